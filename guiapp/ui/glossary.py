"""The glossary panel: the course's French words beside the English ones."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDockWidget, QHeaderView, QTableWidget, QTableWidgetItem

from .common.plots import zoom_factor


def entries() -> list[tuple[str, str, str]]:
    """(French, English, explanation in the user's language)."""
    return [
        (
            "noyau (filtre)",
            "kernel (filter)",
            QCoreApplication.translate(
                "Glossary",
                "The small grid of weights slid over the image; a CNN learns them.",
            ),
        ),
        (
            "pas",
            "stride",
            QCoreApplication.translate(
                "Glossary", "S: how many pixels the window moves at each step."
            ),
        ),
        (
            "remplissage (zero-padding)",
            "padding",
            QCoreApplication.translate(
                "Glossary",
                "P: a border of zeros added around the input, so the output can keep its size.",
            ),
        ),
        (
            "regroupement (pooling)",
            "pooling",
            QCoreApplication.translate(
                "Glossary",
                "Summarises each F×F cell by one number (max, mean, L2 norm…), shrinking the image.",
            ),
        ),
        (
            "couche entièrement connectée",
            "dense (fully connected) layer",
            QCoreApplication.translate(
                "Glossary",
                "Every output is connected to every input, with its own weight.",
            ),
        ),
        (
            "champ récepteur",
            "receptive field",
            QCoreApplication.translate(
                "Glossary", "The part of the input that one output pixel depends on."
            ),
        ),
        (
            "carte de caractéristiques",
            "feature map",
            QCoreApplication.translate(
                "Glossary", "The output of one filter of a convolution layer."
            ),
        ),
        (
            "corrélation croisée",
            "cross-correlation",
            QCoreApplication.translate(
                "Glossary",
                "What CNNs call convolution: the kernel is used without flipping it.",
            ),
        ),
        (
            "profondeur (canaux)",
            "depth (channels)",
            QCoreApplication.translate(
                "Glossary",
                "D: 1 for a grey image, 3 for colour, K after a layer of K filters.",
            ),
        ),
        (
            "fonction d'activation",
            "activation function",
            QCoreApplication.translate(
                "Glossary",
                "The non-linearity applied after a layer: ReLU, sigmoid, tanh, softmax.",
            ),
        ),
        (
            "époque",
            "epoch",
            QCoreApplication.translate(
                "Glossary",
                "One pass of the training over every training example.",
            ),
        ),
        (
            "lot (batch)",
            "batch",
            QCoreApplication.translate(
                "Glossary",
                "The examples seen before each update of the weights (batch_size of them).",
            ),
        ),
        (
            "perte (fonction de coût)",
            "loss",
            QCoreApplication.translate(
                "Glossary",
                "The error the training makes smaller; cross-entropy for classes, "
                "mean squared error for a series.",
            ),
        ),
        (
            "exactitude (taux de réussite)",
            "accuracy",
            QCoreApplication.translate(
                "Glossary",
                "The share of examples whose predicted class is the right one.",
            ),
        ),
        (
            "taux d'apprentissage",
            "learning rate",
            QCoreApplication.translate(
                "Glossary",
                "How big a step the optimizer takes against the gradient at each update.",
            ),
        ),
        (
            "part de validation",
            "validation split",
            QCoreApplication.translate(
                "Glossary",
                "Training examples kept aside to measure, at each epoch, how well the "
                "network does on examples it does not learn from.",
            ),
        ),
        (
            "surapprentissage",
            "overfitting",
            QCoreApplication.translate(
                "Glossary",
                "The training loss keeps falling while the validation loss rises: "
                "the network learns its examples by heart.",
            ),
        ),
        (
            "encodage one-hot",
            "one-hot encoding",
            QCoreApplication.translate(
                "Glossary",
                "A class written as a vector of zeros with a 1 at its place: "
                "3 of 10 is [0, 0, 0, 1, 0, 0, 0, 0, 0, 0].",
            ),
        ),
        (
            "réseau récurrent",
            "recurrent network (RNN)",
            QCoreApplication.translate(
                "Glossary",
                "A network that reads a sequence step by step and carries a state.",
            ),
        ),
    ]


class GlossaryDock(QDockWidget):
    """A dock with the French/English glossary (F1 shows or hides it).

    It never widens the window: shown beside a tab that leaves it less than
    :attr:`MIN_DOCKED` pixels (1024 px projector, 150 % zoom), it opens as a
    floating window placed on the screen instead.
    """

    WIDTH = 560  # both terms whole, the meaning wrapped
    MIN_DOCKED = 400

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("glossary")
        table = QTableWidget(0, 3)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        header = table.horizontalHeader()
        # shares of the width, every column wrapped: at 150 % the two terms
        # sized to their text left the meaning a few letters ("La petite …")
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        table.viewport().installEventFilter(self)
        self.table = table
        self.setWidget(table)
        self.setMinimumWidth(200)
        self.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
        self.retranslate()

    #: the share of the width of the French term, the English one (the
    #: meaning has the rest)
    SHARES = (0.28, 0.24)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _longest_word(self, column: int) -> int:
        """The width of the longest word of a column (it cannot wrap)."""
        table, metrics = self.table, self.table.fontMetrics()
        words = [
            word
            for row in range(table.rowCount())
            if table.item(row, column) is not None
            for word in table.item(row, column).text().split()
        ]
        return max((metrics.horizontalAdvance(word) for word in words), default=0) + 14

    def _fit_columns(self) -> None:
        table = self.table
        width = table.viewport().width()
        first, second = (
            max(int(width * share), self._longest_word(column))
            for column, share in enumerate(self.SHARES)
        )
        table.setColumnWidth(0, first)
        table.setColumnWidth(1, second)
        # the meaning has the rest, never less than its longest word (on a
        # narrow screen at a large zoom the table then scrolls sideways)
        table.setColumnWidth(2, max(self._longest_word(2), width - first - second))
        table.resizeRowsToContents()

    def min_docked(self) -> int:
        """The least room beside the tabs to dock in, at the current zoom."""
        return int(self.MIN_DOCKED * zoom_factor(self.font()))

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt override)
        if visible and self.isHidden():
            self._place()
        super().setVisible(visible)

    def _place(self) -> None:
        """Docked if the window has room beside its tabs, else floating."""
        window = self.parentWidget()
        central = window.centralWidget() if window is not None else None
        if central is None:
            return
        room = window.width() - central.minimumSizeHint().width() - 16
        if self.isFloating() or room >= self.min_docked():
            if not self.isFloating():
                window.resizeDocks(
                    [self], [min(self.WIDTH, room)], Qt.Orientation.Horizontal
                )
            return
        self.setFloating(True)
        screen = window.screen().availableGeometry()
        # as wide as the zoom makes the text, at most 60 % of the screen
        width = min(
            int(self.WIDTH * zoom_factor(self.font())), int(screen.width() * 0.6)
        )
        height = min(window.height(), screen.height())
        left = min(window.geometry().right() - width, screen.right() - width)
        self.setGeometry(
            max(screen.left(), left), window.geometry().top(), width, height
        )

    def retranslate(self) -> None:
        """Set the title, the headers and the entries in the current language."""
        self.setWindowTitle(self.tr("Glossary"))
        table = self.table
        table.setHorizontalHeaderLabels(
            [self.tr("Français"), self.tr("English"), self.tr("Meaning")]
        )
        rows = entries()
        table.setRowCount(len(rows))
        for row, (french, english, meaning) in enumerate(rows):
            for col, text in enumerate((french, english, meaning)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, col, item)
        self._fit_columns()
