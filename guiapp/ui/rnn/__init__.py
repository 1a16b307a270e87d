"""The RNN tab: ``state.py`` (RnnState, Qt-free), ``tab.py`` (RnnTab) and its pages."""
