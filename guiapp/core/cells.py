"""The recurrent cells the course compares, declared once (course part 2).

Every place that offers a cell (the RNN tab's combo boxes, the shapes page,
:func:`guiapp.ml.rnn.build_rnn`) reads this table; an unknown name raises with
the name instead of falling through an ``else``. A cell is a SimpleRNN repeated
once per gate: an LSTM has four gates (input, forget, cell, output), a GRU three
(update, reset, candidate), each with its own Wx, Wy and bias.

>>> cell("LSTM").gates
4
>>> cell("GRU").params(4, 2)
(96, '3*4*(4 + 2 + 2) = 96')
>>> names()
('SimpleRNN', 'LSTM', 'GRU')
"""

from __future__ import annotations

from dataclasses import dataclass

from .layers import recurrent_params
from .messages import echo

__all__ = ["Cell", "CELLS", "cell", "names"]


@dataclass(frozen=True)
class Cell:
    """What the app needs to know about one kind of recurrent cell."""

    #: the name shown and saved (the Keras layer's name too)
    name: str
    #: how many SimpleRNN-like blocks (Wx, Wy, b) the cell holds
    gates: int
    #: one line the shapes page shows next to the parameter formula (English;
    #: the interface translates it)
    description: str
    #: the class in ``keras.layers``
    keras_class: str

    def params(self, units: int, inputs: int) -> tuple[int, str]:
        """The parameter count of the Keras layer and its formula as text.

        Computed by :func:`guiapp.core.layers.recurrent_params`:
        ``gates * units * (units + inputs + 1)`` (a GRU has two biases per gate).

        >>> cell("SimpleRNN").params(20, 1)
        (440, '20*(20 + 1 + 1) = 440')
        """
        return recurrent_params(self.name, units, inputs)


CELLS: dict[str, Cell] = {
    entry.name: entry
    for entry in (
        Cell(
            "SimpleRNN",
            gates=1,
            description="(Wx: features×units, Wy: units×units, b: units)",
            keras_class="SimpleRNN",
        ),
        Cell(
            "LSTM",
            gates=4,
            description="(four gates, each like a SimpleRNN)",
            keras_class="LSTM",
        ),
        Cell(
            "GRU",
            gates=3,
            description="(three gates, two biases each in Keras)",
            keras_class="GRU",
        ),
    )
}


def names() -> tuple[str, ...]:
    """The cells' names, in the order the interface lists them."""
    return tuple(CELLS)


def cell(name: str) -> Cell:
    """The cell called ``name``.

    Raises
    ------
    ValueError
        Naming the unknown cell and the known ones.

    >>> cell("Transformer")
    Traceback (most recent call last):
    ...
    ValueError: unknown recurrent cell 'Transformer'; choose one of SimpleRNN, LSTM, GRU
    """
    try:
        return CELLS[name]
    except (KeyError, TypeError):  # TypeError: a list, a dict
        raise ValueError(
            f"unknown recurrent cell {echo(name)}; choose one of {', '.join(CELLS)}"
        ) from None
