"""Entry point of the frozen bundle: the same as ``python -m guiapp``."""

import sys

from guiapp.app import main

if __name__ == "__main__":
    sys.exit(main())
