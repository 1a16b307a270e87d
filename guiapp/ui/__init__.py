"""The Qt application: main window, one module per tab, workers and plots."""
