"""Test configuration shared by tests/ and the doctests of guiapp/core.

Qt runs offscreen, and the network is cut: a test (or a library it calls) that
tries to open a socket fails loudly instead of downloading something.
"""

import os
import socket

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


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
