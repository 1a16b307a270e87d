"""The training tab (course part 1, section 4): train a network, watch it learn,
evaluate it, ask it about an image and look inside.

``state.py`` is the tab's Qt-free document; ``tab.py`` assembles the side panel
(``panel.py``) and one view per page (``curves``, ``samples``, ``evaluate_page``,
``predict_page``, ``inside_page``); ``runner.py`` (the fit), ``analysis.py``
(evaluate, predict, feature maps) and ``storage.py`` (model and dataset files)
start the Keras work of ``guiapp.ml`` through the window's KerasSession and
write the results into the document.
"""
