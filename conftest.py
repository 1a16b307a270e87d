"""Test configuration shared by tests/ and the doctests of guiapp/core.

Qt runs offscreen, and the network is cut: a test (or a library it calls) that
tries to open a socket fails loudly instead of downloading something.

The property tests (hypothesis) draw the same examples at every run, so that
``make test`` passes or fails the same way on every machine; to look for new
failing inputs, run them with ``HYPOTHESIS_PROFILE=explore`` (random examples,
the failures found kept in ``.hypothesis/``), then add each one as an
``@example`` to its test.
"""

import os
import socket

from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore")
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


class NetworkBlocked(RuntimeError):
    pass


def _refuse(*args, **kwargs):
    raise NetworkBlocked("guiapp's tests never touch the network")


_real_connect = socket.socket.connect


def _guarded_connect(self, address, *args, **kwargs):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        _refuse()
    return _real_connect(self, address, *args, **kwargs)


socket.socket.connect = _guarded_connect
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
