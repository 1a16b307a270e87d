"""The convolution and pooling tab (course part 1, sections 2.1 and 2.2).

``state.py`` holds the tab's document (Qt-free), ``work.py`` the computations
run as jobs (Qt-free), ``runner.py`` and ``opener.py`` start them, and the views
(``controls.py``, ``kernel_editor.py``, ``conv_page.py``, ``sobel_page.py``,
``pooling_page.py``, ``code_dialog.py``) render from the state; ``tab.py``
assembles them.
"""
