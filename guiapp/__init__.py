"""guiapp: a desktop application that teaches convolutional and recurrent networks.

The package has three floors that never import upwards:

* :mod:`guiapp.core` is NumPy only, a small teaching library usable in a notebook;
* :mod:`guiapp.ml` is Keras without Qt;
* :mod:`guiapp.ui` is the Qt application.
"""

__version__ = "0.1.0"
