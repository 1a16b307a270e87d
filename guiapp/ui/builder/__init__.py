"""The CNN builder tab as a package.

``state.py`` the Qt-free document (the stack, its selection, the exercise, the
Keras check); ``edits.py`` the undoable edits; ``layer_list.py``,
``layer_editor.py`` (generated from guiapp.core.layer_types), ``summary_table.py``,
``drawing.py`` and ``keras_panel.py`` the views; ``tab.py`` assembles them.
"""
