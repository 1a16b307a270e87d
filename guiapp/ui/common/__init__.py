"""Pieces every tab uses: the observable state base, bound widgets, texts that
retranslate in place, the one Keras job runner, file dialogs with atomic save,
undo commands, plots, and the tab base with its context."""
