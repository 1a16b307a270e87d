"""The CNN builder's document: the stack, its selection, the exercise, the Keras
check (Qt-free, observable).

The stack is one value, :attr:`BuilderState.network` = ``(input shape, layers)``,
replaced whole on every change (never changed in place), so one edit is one
notification (``"network"``) and an undo command stores it as it is. The
training tab reads it with :meth:`BuilderState.stack` and follows it with
``state.subscribe(listener)`` (the name is :data:`NETWORK`).

>>> state = BuilderState()
>>> state.stack()[0], len(state.stack()[1])
((28, 28, 1), 6)
>>> seen = []
>>> state.subscribe(seen.append)
>>> state.set_stack((32, 32, 1), [{"type": "Flatten"}])
>>> sorted(seen), state.rows()[0].shape
(['network', 'selection'], (1024,))
>>> BuilderState().from_dict(state.to_dict()); state.to_dict()["input"]
[]
[32, 32, 1]
"""

from __future__ import annotations

import copy
import json
import re

from ...core.layer_types import layer_type
from ...core.layers import (
    INPUT_LIMIT,
    MAX_PARAMS,
    MESSAGES,
    LayerRow,
    Message,
    StackError,
    default_layer,
    summarize,
    total_params,
    validate_stack,
)
from ...core.messages import echo
from ...presets import PRESETS, preset
from ..common.document import Document, Setting, Value

__all__ = [
    "NETWORK",
    "FILE_FORMAT",
    "FILE_MESSAGES",
    "INPUT_LIMITS",
    "KERAS_CHECK_LIMIT",
    "MAX_FILE_BYTES",
    "BuilderState",
    "KerasRow",
    "NetworkFile",
    "parse_count",
    "parse_shape",
    "file_too_big",
    "read_network_file",
    "shape_text",
]

#: the name notified when the stack changes
NETWORK = "network"
#: the ``"format"`` of a saved network file
FILE_FORMAT = "guiapp-network"
#: the largest H, W and D the input editor offers: what validate_stack accepts
INPUT_LIMITS = (INPUT_LIMIT, INPUT_LIMIT, INPUT_LIMIT)
#: a network file is a few kilobytes: a larger one is refused before it is read
MAX_FILE_BYTES = 1_000_000
#: the version of the network files this guiapp writes and reads
FILE_VERSION = 1
#: Check with Keras builds the model's weights in memory (4 bytes each): above
#: this many parameters (400 MB) it is refused with a sentence instead
KERAS_CHECK_LIMIT = MAX_PARAMS
#: a typed answer longer than this many digits is wrong (Python refuses to
#: read an int of more than 4 300 digits)
_MAX_DIGITS = 30

#: The sentences of a refused or partly ignored network file (guiapp.ui.builder
#: lists them for lupdate; the interface translates them as core messages).
FILE_MESSAGES = (
    "the file is {size}: a network file is at most {limit}",
    "this is not a text file in UTF-8 (byte {position} cannot be read)",
    "this is not a JSON file: it breaks at line {line}, column {column}",
    "the JSON nests too deeply to be a network file",
    "{value} is not a JSON number (NaN and Infinity are not allowed)",
    "the number {value} is too long for any field of a network file",
    "the key {key} appears twice in one object: which value is meant is unclear",
    'this JSON file holds {value}, not a guiapp network (an object with "format": '
    '"guiapp-network")',
    'this JSON file is not a guiapp network (no "format": "guiapp-network")',
    "this guiapp reads network files of version {supported}, not version {version}",
    "ignored, unknown to guiapp: {names}",
    "layer {position}: ignored, unknown to {kind}: {names}",
    "this is not a file (a folder or a device)",
    "the file is empty",
    'the file has no "{key}": a network file gives "input" (H, W, D) and "layers"',
)
#: the exercise's two answer columns
SHAPE, PARAMS = "shape", "params"


def shape_text(shape) -> str:
    """``(26, 26, 64)``; a dash for a shape that could not be computed."""
    return "—" if shape is None else "(" + ", ".join(str(v) for v in shape) + ")"


def parse_shape(text: str) -> tuple[int, ...] | None:
    """A shape typed by a student: ``(26, 26, 64)``, ``26x26x64`` or ``26 26 64``.

    >>> parse_shape("26 x 26 x 64"), parse_shape("")
    ((26, 26, 64), None)
    """
    numbers = re.findall(r"\d+", text)
    if not numbers or any(len(n) > _MAX_DIGITS for n in numbers):
        return None  # nothing typed, or a number no layer has
    return tuple(int(n) for n in numbers)


def parse_count(text: str) -> int | None:
    """A count typed with any thousands separator: ``108 170``, ``108,170``.

    >>> parse_count("108 170"), parse_count("108,170"), parse_count("lots")
    (108170, 108170, None)
    """
    digits = re.sub(r"[\s,.\u00a0\u202f_']", "", text)
    if not digits.isdecimal() or len(digits) > _MAX_DIGITS:  # "²" is not decimal
        return None
    return int(digits)


class KerasRow:
    """One row of the Keras check: Keras's figures beside ours."""

    def __init__(self, index: int, shape, params: int, ours: LayerRow | None):
        self.index, self.shape, self.params, self.ours = index, shape, params, ours

    @property
    def kind(self) -> str:
        return self.ours.kind if self.ours is not None else "?"

    @property
    def agrees(self) -> bool:
        ours = self.ours
        return (
            ours is not None and ours.shape == self.shape and ours.params == self.params
        )


class NetworkFile:
    """A network file read and checked: its stack, and what was ignored in it."""

    def __init__(self, network: tuple, ignored: list[Message]):
        #: (input shape, layers), as validate_stack returns them
        self.network = network
        #: a sentence per object that held keys guiapp does not know (dropped)
        self.ignored = ignored


class _Refused(Exception):
    """Raised by the JSON hooks; read_network_file turns it into StackError."""


def _no_constant(name: str):
    raise _Refused(Message(FILE_MESSAGES[4], value=name))


def _int(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_DIGITS:
        raise _Refused(Message(FILE_MESSAGES[5], value=echo(text)))
    return int(text)


def _object(pairs: list) -> dict:
    found = dict(pairs)
    if len(found) != len(pairs):
        seen = set()
        for key, _ in pairs:
            if key in seen:
                raise _Refused(Message(FILE_MESSAGES[6], key=echo(key)))
            seen.add(key)
    return found


def _names(keys) -> str:
    shown = [echo(key) for key in keys[:3]]
    return ", ".join(shown) + (", …" if len(keys) > 3 else "")


def file_too_big(size: int) -> Message:
    """The refusal of a file of ``size`` bytes (over :data:`MAX_FILE_BYTES`)."""
    return Message(
        FILE_MESSAGES[0],
        size=f"{size / 1e6:.1f} MB",
        limit=f"{MAX_FILE_BYTES / 1e6:g} MB",
    )


def read_network_file(content: bytes | str) -> NetworkFile:
    """Read a guiapp network file (its bytes, or its text) and check it.

    Raises :class:`StackError` with a :class:`Message` naming what is wrong,
    what was found and what is accepted: a file over :data:`MAX_FILE_BYTES`,
    not UTF-8, not JSON (or nested too deep, with NaN, Infinity, a number of
    more than 30 digits or a key twice in one object), not an object with
    ``"format": "guiapp-network"``, a newer version, or a stack that
    :func:`validate_stack` refuses (a number above a field's range, a bool
    where a number is expected, a missing or unknown type). Keys guiapp does
    not know are dropped and listed in :attr:`NetworkFile.ignored`. Nothing
    else is read: the caller's state is not touched.

    >>> read_network_file('{"format": "guiapp-network", "input": [8, 8, 1], '
    ...                   '"layers": [{"type": "Flatten", "note": "x"}]}').network
    ((8, 8, 1), [{'type': 'Flatten'}])
    """
    if len(content) > MAX_FILE_BYTES:
        raise StackError(file_too_big(len(content)))
    if isinstance(content, bytes):
        try:
            content = content.decode("utf-8-sig")  # a BOM from Notepad is fine
        except UnicodeDecodeError as error:
            raise StackError(
                Message(FILE_MESSAGES[1], position=error.start + 1)
            ) from None
    if not content.strip():
        raise StackError(Message(FILE_MESSAGES[13]))
    try:
        data = json.loads(
            content,
            parse_constant=_no_constant,
            parse_int=_int,
            object_pairs_hook=_object,
        )
    except _Refused as refusal:
        raise StackError(refusal.args[0]) from None
    except json.JSONDecodeError as error:
        raise StackError(
            Message(FILE_MESSAGES[2], line=error.lineno, column=error.colno)
        ) from None
    except RecursionError:
        raise StackError(Message(FILE_MESSAGES[3])) from None
    if not isinstance(data, dict):
        raise StackError(Message(FILE_MESSAGES[7], value=echo(data)))
    if data.get("format") != FILE_FORMAT:
        raise StackError(Message(FILE_MESSAGES[8]))
    version = data.get("version", FILE_VERSION)
    if not (type(version) is int and 1 <= version <= FILE_VERSION):
        raise StackError(
            Message(FILE_MESSAGES[9], supported=FILE_VERSION, version=echo(version))
        )
    for key in ("input", "layers"):
        if key not in data:
            raise StackError(Message(FILE_MESSAGES[14], key=key))
    network = validate_stack(data.get("input"), data.get("layers"))
    ignored = []
    unknown = [k for k in data if k not in ("format", "version", "input", "layers")]
    if unknown:
        ignored.append(Message(FILE_MESSAGES[10], names=_names(unknown)))
    for position, layer in enumerate(data["layers"], start=1):
        unknown = layer_type(layer["type"]).unknown_keys(layer)
        if unknown:
            ignored.append(
                Message(
                    FILE_MESSAGES[11],
                    position=position,
                    kind=layer["type"],
                    names=_names(unknown),
                )
            )
    return NetworkFile(network, ignored)


class BuilderState(Document):
    """The builder tab's document (see the module's doc)."""

    VERSION = 2  # 1: the old builder tab's state() dict, which had no version

    #: exercise mode: the shapes and counts are hidden; the student types them
    exercise = Setting(False)
    #: where the file dialogs open
    last_folder = Setting("")

    #: (input shape (H, W, D), list of layer dicts), checked by validate_stack
    network = Value(factory=lambda: validate_stack(*preset("fashion-cnn")))
    #: the selected layer's index, -1 for none
    selection = Value(0)
    #: exercise mode: what the student typed, {(index, "shape" | "params"): text}
    answers = Value(factory=dict)
    #: after Check answers: {(index, "shape" | "params"): right?} for the
    #: answers typed (a blank one is not marked); None before
    marks = Value(None)
    #: exercise mode: the layers whose answers the teacher revealed (indexes)
    revealed = Value(factory=frozenset)
    #: the Keras check: "idle", "refused", "running", "done", "failed"
    keras_status = Value("idle")
    #: while running: (layers built, layers); when done: Keras's rows
    keras_progress = Value((0, 0))
    keras_rows = Value(None)
    #: why Keras failed (a sentence in the user's language)
    keras_error = Value("")

    def __init__(self):
        super().__init__()
        self._rows_for = None
        self._rows: list[LayerRow] = []
        self.subscribe(self._on_change)

    # ---- the stack
    @property
    def input_shape(self) -> tuple[int, int, int]:
        return self.network[0]

    @property
    def layers(self) -> list[dict]:
        """The layers (do not change them in place: use :meth:`set_stack`)."""
        return self.network[1]

    def stack(self) -> tuple[tuple[int, int, int], list[dict]]:
        """(input shape H, W, D, a copy of the layers): what the training tab builds."""
        return self.input_shape, copy.deepcopy(self.layers)

    def checked(self, input_shape, layers) -> tuple[tuple[int, int, int], list[dict]]:
        """The stack validated, as :attr:`network` holds it; raises StackError."""
        shape, clean = validate_stack(input_shape, copy.deepcopy(layers))
        return shape, clean

    def set_stack(self, input_shape, layers, selection: int | None = None) -> None:
        """Replace the stack (not undoable: the tab's edits go through its undo
        stack); raises StackError if it is malformed."""
        network = self.checked(input_shape, layers)
        with self.batch():
            self.network = network
            self.selection = self.clamp_selection(
                self.selection if selection is None else selection, network[1]
            )

    @staticmethod
    def clamp_selection(row: int, layers: list) -> int:
        return -1 if not layers else max(0, min(row, len(layers) - 1))

    def rows(self) -> list[LayerRow]:
        """The summary of the stack, one row per layer (computed once per stack)."""
        if self._rows_for is not self.network:
            self._rows = summarize(*self.network)
            self._rows_for = self.network
        return self._rows

    def total(self) -> int:
        return total_params(self.rows())

    def all_ok(self) -> bool:
        return all(row.ok for row in self.rows())

    def problems(self) -> list[tuple[LayerRow, str]]:
        """(row, sentence) of each error (not "not computed") and warning."""
        found = []
        for row in self.rows():
            if row.error and getattr(row.error, "template", None) != MESSAGES[9]:
                found.append((row, row.error))
            elif row.warning:
                found.append((row, row.warning))
        return found

    def preset_name(self) -> str:
        """The name of the preset the stack equals, "" if none."""
        for name in PRESETS:
            if validate_stack(*preset(name)) == self.network:
                return name
        return ""

    # ---- pure edits: each returns the values an undo command sets
    def with_layers(self, layers: list[dict], selection: int) -> dict:
        network = self.checked(self.input_shape, layers)
        return {
            NETWORK: network,
            "selection": self.clamp_selection(selection, network[1]),
        }

    def added(self, kind: str, row: int | None = None) -> dict:
        """A layer of type ``kind`` after ``row`` (the selection), or at the end."""
        row = self.selection if row is None else row
        layers = copy.deepcopy(self.layers)
        position = row + 1 if row >= 0 else len(layers)
        layers.insert(position, default_layer(kind))
        return self.with_layers(layers, position)

    def removed(self, row: int) -> dict:
        layers = copy.deepcopy(self.layers)
        layers.pop(row)
        return self.with_layers(layers, min(row, len(layers) - 1))

    def duplicated(self, row: int) -> dict:
        layers = copy.deepcopy(self.layers)
        layers.insert(row + 1, copy.deepcopy(layers[row]))
        return self.with_layers(layers, row + 1)

    def moved(self, row: int, target: int) -> dict:
        layers = copy.deepcopy(self.layers)
        layers.insert(target, layers.pop(row))
        return self.with_layers(layers, target)

    def edited(self, row: int, key: str, value) -> dict:
        layers = copy.deepcopy(self.layers)
        layers[row][key] = value
        return self.with_layers(layers, row)

    def with_input(self, input_shape) -> dict:
        return {NETWORK: self.checked(input_shape, self.layers)}

    # ---- exercise
    def set_answer(self, row: int, column: str, text: str) -> None:
        """The student typed ``text`` as layer ``row``'s shape or parameter count
        (a mark given to the previous text is dropped: Check answers again)."""
        answers = dict(self.answers)
        answers[(row, column)] = text
        with self.batch():
            self.answers = answers
            if self.marks is not None and (row, column) in self.marks:
                marks = dict(self.marks)
                del marks[(row, column)]
                self.marks = marks

    def attempted(self, row: int, column: str) -> bool:
        """True when the student typed something as this answer."""
        return bool(self.answers.get((row, column), "").strip())

    def asked(self) -> list[tuple[int, str]]:
        """The answers the exercise asks for: (index, column) of each computed
        layer that the teacher has not revealed."""
        return [
            (row.index, column)
            for row in self.rows()
            if row.shape is not None and row.index not in self.revealed
            for column in (SHAPE, PARAMS)
        ]

    def check_answers(self) -> tuple[int, int]:
        """Mark each typed shape and count right or wrong (a blank answer is not
        marked, a revealed layer is not asked); (right, attempted)."""
        rows = {row.index: row for row in self.rows()}
        marks = {}
        for index, column in self.asked():
            if not self.attempted(index, column):
                continue
            row, typed = rows[index], self.answers[(index, column)]
            if column == SHAPE:
                marks[(index, column)] = parse_shape(typed) == row.shape
            else:
                marks[(index, column)] = parse_count(typed) == row.params
        self.marks = marks
        return sum(marks.values()), len(marks)

    def reveal(self, rows=None) -> None:
        """The teacher shows the answers of these layers (every layer if None)."""
        if rows is None:
            rows = [row.index for row in self.rows()]
        revealed = self.revealed | frozenset(rows)
        if revealed != self.revealed:
            self.revealed = revealed

    def earned(self, row: int, column: str) -> bool:
        """May this answer be shown? Always outside exercise mode; in it, once the
        teacher revealed the layer or Check answers found the typed one right."""
        if not self.exercise or row in self.revealed:
            return True
        return bool(self.marks and self.marks.get((row, column)))

    def row_earned(self, row: int) -> bool:
        """Both answers of layer ``row`` may be shown."""
        return self.earned(row, SHAPE) and self.earned(row, PARAMS)

    # ---- the Keras check
    def keras_comparison(self) -> list[KerasRow]:
        """Keras's rows beside ours (after a check that is done)."""
        ours = {row.index: row for row in self.rows()}
        return [
            KerasRow(index, tuple(shape), params, ours.get(index))
            for index, shape, params in self.keras_rows or []
        ]

    # ---- files
    def network_json(self) -> str:
        """The stack as a guiapp network file."""
        return json.dumps(
            {
                "format": FILE_FORMAT,
                "version": FILE_VERSION,
                "input": list(self.input_shape),
                "layers": self.layers,
            },
            indent=2,
        )

    # ---- saved settings
    def to_dict(self) -> dict:
        data = super().to_dict()
        data["input"] = list(self.input_shape)
        data["layers"] = copy.deepcopy(self.layers)
        return data

    def from_dict(self, data) -> list[str]:
        """Restore the settings and the stack; a damaged stack keeps the current
        one (its names are returned with the other skipped fields)."""
        skipped = super().from_dict(data)
        if isinstance(data, dict) and ("input" in data or "layers" in data):
            try:
                self.set_stack(data.get("input"), data.get("layers"))
            except (StackError, TypeError, AttributeError):
                skipped += ["input", "layers"]
        return skipped

    def migrate(self, data: dict, version: int) -> dict:
        # version 1 (no "version" key): the same keys, "exercise" perhaps not a bool
        if version < 2 and "exercise" in data:
            # QSettings gave "true"/"false" strings: bool("false") is True
            value = data["exercise"]
            if isinstance(value, str) and value.strip().lower() in ("true", "false"):
                data["exercise"] = value.strip().lower() == "true"
            elif isinstance(value, bool | int) and value in (0, 1):
                data["exercise"] = bool(value)
            else:
                del data["exercise"]  # not a choice: the default
        return data

    # ---- consequences of a change
    def _on_change(self, name: str) -> None:
        if name == NETWORK:
            # answers and Keras's rows were for the previous stack
            if self.answers:
                self.answers = {}
            if self.marks is not None:
                self.marks = None
            if self.revealed:
                self.revealed = frozenset()
            if self.keras_status != "running" and self.keras_status != "idle":
                self.keras_status = "idle"
                self.keras_rows = None
        elif name == "exercise":
            # a new exercise: nothing checked, nothing revealed
            if self.marks is not None:
                self.marks = None
            if self.revealed:
                self.revealed = frozenset()
