"""The "Inside the network" page names each layer by its kind, in the user's
language (a fake model stands for Keras: the page reads its layers' classes)."""

import numpy as np
import pytest

pytestmark = [pytest.mark.gui]


class Layer:
    def __init__(self, name):
        self.name = name


# the classes' names are what the page reads, as Keras's would be
class InputLayer(Layer):
    pass


class Conv2D(Layer):
    pass


class MaxPooling2D(Layer):
    pass


class Flatten(Layer):
    pass


class Model:
    def __init__(self):
        self.layers = [
            InputLayer("images"),
            Conv2D("layer_0_conv2d"),
            MaxPooling2D("layer_1_maxpooling2d"),
            Flatten("layer_2_flatten"),
        ]


@pytest.fixture
def inside_page(qtbot):
    """The page showing a look inside a small CNN's two layers."""
    from guiapp.ml.features import FeatureMaps, Inside
    from guiapp.ui.train.inside_page import InsidePage
    from guiapp.ui.train.state import TrainState

    state = TrainState()
    state.training.model = Model()
    page = InsidePage(state)
    qtbot.addWidget(page)
    maps = [np.zeros((26, 26))]
    state.inside = Inside(
        first_conv="layer_0_conv2d",
        kernel_count=32,
        kernel_size=3,
        kernels=[("Sobel x", np.zeros((3, 3))), ("#0", np.zeros((3, 3)))],
        image=np.zeros((28, 28), np.uint8),
        layers=[
            FeatureMaps("layer_0_conv2d", (26, 26, 32), maps),
            FeatureMaps("layer_1_maxpooling2d", (13, 13, 32), maps),
        ],
    )
    return page


def captions(page) -> list:
    from PySide6.QtWidgets import QLabel

    grid = page.maps_grid
    shown = [grid.itemAt(i).widget() for i in range(grid.count())]
    return [w for w in shown if type(w) is QLabel]


def test_each_layer_is_named_by_its_kind_and_its_place(inside_page):
    """The captions said Keras's names ("layer_1_maxpooling2d (13, 13, 32)"):
    now the kind in words with its Keras class, its place in the network and
    its output; the Keras name is read on hover."""
    shown = captions(inside_page)
    assert [label.text() for label in shown] == [
        "Convolution (Conv2D), layer 1: output 26 × 26 × 32",
        "Max pooling (MaxPooling2D), layer 2: output 13 × 13 × 32",
    ]
    assert "layer_1_maxpooling2d" in shown[1].toolTip()
    assert inside_page.label.text().startswith(
        "The first convolution (layer 1) learned 32 kernels of 3×3"
    )


def test_in_french_the_kinds_are_french(inside_page):
    """In French the kinds were Keras's English names: they are the French
    words ("Regroupement par maximum"), and back to English after."""
    from PySide6.QtCore import QCoreApplication

    from guiapp.ui import i18n

    try:
        assert i18n.install("fr")
        inside_page.retranslate()
        pooling = QCoreApplication.translate("LayerKinds", "Max pooling")
        text = captions(inside_page)[1].text()
        assert text.startswith(f"{pooling or 'Max pooling'} (MaxPooling2D)")
        assert "layer_1_maxpooling2d" not in text
        assert "13 × 13 × 32" in text
    finally:
        i18n.install("en")
        inside_page.retranslate()
    assert captions(inside_page)[1].text().startswith("Max pooling (MaxPooling2D)")


def test_a_network_without_convolution_shows_no_empty_headings(inside_page):
    """The dense network: the page says why there is nothing, names a preset
    as the menus do, and shows no heading over an empty space."""
    from guiapp.ml.features import Inside

    inside_page.show()
    assert all(title.isVisible() for title in inside_page.titles)
    inside_page.state.inside = Inside()
    text = inside_page.label.text()
    assert "no convolution layer" in text
    assert "Course: Fashion-MNIST CNN, printed summary" in text
    assert not any(title.isVisible() for title in inside_page.titles)
