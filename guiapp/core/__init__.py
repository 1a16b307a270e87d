"""NumPy-only teaching library: the numbers the GUI shows, usable in a notebook.

>>> from guiapp.core import conv
>>> conv.correlate2d([[1, 2], [3, 4]], [[1]]).tolist()
[[1.0, 2.0], [3.0, 4.0]]

Nothing here imports Qt, pyqtgraph, Keras or TensorFlow (a test checks it).
"""
