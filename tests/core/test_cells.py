"""The registry of recurrent cells (SimpleRNN, LSTM, GRU), declared once."""

import pytest

from guiapp.core import cells
from guiapp.core.layers import recurrent_params


def test_every_cell_is_declared_once_with_its_formula():
    """Each cell has its gates, a description and a Keras class; its count is
    recurrent_params' (gates x a SimpleRNN's, GRU with two biases)."""
    assert cells.names() == ("SimpleRNN", "LSTM", "GRU")
    for name in cells.names():
        cell = cells.cell(name)
        assert cell.name == name and cell.keras_class == name
        assert cell.description
        assert cell.params(16, 8) == recurrent_params(name, 16, 8)
    assert [cells.cell(n).gates for n in cells.names()] == [1, 4, 3]
    assert (
        cells.cell("LSTM").params(16, 8)[0]
        == 4 * cells.cell("SimpleRNN").params(16, 8)[0]
    )


@pytest.mark.parametrize("name", ["Transformer", "lstm", None, ""])
def test_unknown_cell_raises_naming_it(name):
    """An unknown cell fails loudly with its name, never falls through."""
    with pytest.raises(ValueError, match="unknown recurrent cell") as error:
        cells.cell(name)
    assert repr(name) in str(error.value)


def test_rnn_modules_load_neither_qt_nor_keras():
    """The RNN's core and Keras modules import no Qt, and Keras only when a job runs."""
    import subprocess
    import sys

    script = (
        "import sys, guiapp.core.cells, guiapp.core.series, guiapp.core.rnn, "
        "guiapp.ml.rnn; print(' '.join(m.split('.')[0] for m in sys.modules))"
    )
    loaded = set(
        subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert not loaded & {"PySide6", "pyqtgraph", "keras", "tensorflow"}
