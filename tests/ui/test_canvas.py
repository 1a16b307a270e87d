"""The drawing canvas gives the network an MNIST digit, and shows it."""

import numpy as np
from PySide6.QtCore import QPointF

from guiapp.resources import resource_path
from guiapp.ui.train.canvas import DrawingCanvas


def test_a_digit_drawn_large_is_the_network_s_mnist_digit(qtbot):
    """A large stroke across the canvas is cropped, scaled to 20 pixels and
    centred (it was squeezed whole into 28 x 28, touching the borders)."""
    canvas = DrawingCanvas()
    qtbot.addWidget(canvas)
    changes = []
    canvas.sig_changed.connect(lambda: changes.append(1))
    side = canvas.SIZE
    canvas.draw_line(QPointF(side - 16, 2), QPointF(side - 16, side - 2))
    digit = canvas.array()
    rows = np.nonzero(digit.max(axis=1))[0]
    cols = np.nonzero(digit.max(axis=0))[0]
    assert rows[-1] - rows[0] + 1 == 20
    assert 11 <= cols[0] and cols[-1] <= 16  # centred, not at the right edge
    assert changes == [1]
    canvas.clear()
    assert canvas.is_blank()


def test_the_canvas_shows_what_the_network_sees(qtbot):
    """Beside the drawing, the 28 x 28 digit, three screen pixels per pixel."""
    canvas = DrawingCanvas()
    qtbot.addWidget(canvas)
    with np.load(resource_path("datasets", "mnist_5k.npz")) as data:
        digit = data["x_test"][0]
    scale = canvas.SIZE // 28
    big = np.ascontiguousarray(np.kron(digit, np.ones((scale, scale), np.uint8)))
    for y in range(canvas.SIZE):
        for x in np.nonzero(big[y])[0]:
            canvas.image.setPixelColor(int(x), y, _grey(int(big[y, x])))
    canvas._changed()
    np.testing.assert_array_equal(canvas.array(), digit)
    shot = canvas.grab().toImage()
    left, side = canvas.SIZE + canvas.GAP, 28 * canvas.PREVIEW
    top = (canvas.SIZE - side) // 2
    shown = np.array(
        [
            [
                shot.pixelColor(left + 3 * x + 1, top + 3 * y + 1).red()
                for x in range(28)
            ]
            for y in range(28)
        ]
    )
    np.testing.assert_array_equal(shown, digit)


def _grey(value):
    from PySide6.QtGui import QColor

    return QColor(value, value, value)
