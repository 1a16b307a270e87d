"""Keras without Qt: datasets, models from a layer spec, training with plain callbacks.

Importing this package is cheap: TensorFlow is imported only when a function
needs it, so the window can show first.
"""
