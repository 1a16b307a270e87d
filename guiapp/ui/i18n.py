"""Languages: Qt's translation system with a French catalogue.

English is the source language. The Language menu overrides the system locale
and is remembered.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..resources import resource_path

LANGUAGES = ("en", "fr")

_installed: list[QTranslator] = []
_current = ["en"]


def current() -> str:
    """The language installed last ("en" or "fr")."""
    return _current[0]


def system_language() -> str:
    """``"fr"`` when the system locale is French, else ``"en"``."""
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


#: Qt's own strings that its French catalogue lacks (Qt 6 renamed them with a
#: shortcut letter): {(context, source): French}
QT_GAPS_FR = {
    ("QFileDialog", "&Look in:"): "&Voir dans\u00a0:",
    ("QFileDialog", "Files of &type:"): "Fichiers de &type\u00a0:",
    ("QFileDialog", "Computer"): "Ordinateur",
}


class QtGaps(QTranslator):
    """The strings of :data:`QT_GAPS_FR`: installed before Qt's catalogue, so
    it is asked only for what no other catalogue translates."""

    def __init__(self, table: dict, parent=None):
        super().__init__(parent)
        self.table = table

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return not self.table

    def translate(self, context, source, disambiguation=None, n=-1):
        # None, not "": Qt takes an empty string for a translation (blank labels)
        return self.table.get((context, source))


def install(language: str) -> bool:
    """Translate the application into ``language`` ("en" or "fr"); True if loaded."""
    app = QCoreApplication.instance()
    _current[0] = language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(
        QLocale.Language.French if language == "fr" else QLocale.Language.English
    )
    QLocale.setDefault(locale)
    if language == "en":
        return True
    gaps = QtGaps(QT_GAPS_FR, app)  # searched last: installed first
    app.installTranslator(gaps)
    _installed.append(gaps)
    ours = QTranslator(app)
    # read into memory: Qt maps a loaded file, and a catalogue written anew
    # while the app runs (an update, `make translations`) turned half the
    # window English; Qt does not copy the bytes, so the translator keeps them
    try:
        catalogue = resource_path("translations", f"guiapp_{language}.qm").read_bytes()
    except OSError:
        catalogue = b""
    loaded = bool(catalogue) and ours.load(catalogue)
    ours.catalogue = catalogue
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    # Qt's own strings (dialog buttons: Oui/Non, Annuler...)
    qt_base = QTranslator(app)
    if qt_base.load(
        locale,
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return loaded


def translate_message(text) -> str:
    """``text`` in the user's language when it is a guiapp.core Message."""
    template = getattr(text, "template", None)
    if template is None:
        return str(text)
    return QCoreApplication.translate("CoreMessages", template).format(**text.values)


#: the modules whose ``MESSAGES`` tuple holds the templates of their Message
#: errors, in the order ``_core_messages_for_lupdate`` lists them
MESSAGE_MODULES = (
    "guiapp.core.layer_types",
    "guiapp.core.modern_layers",
    "guiapp.core.codegen",
    "guiapp.core.series",
    "guiapp.core.rnn",
    "guiapp.core.os_errors",
    "guiapp.ml.datasets",
    "guiapp.ml.training",
    "guiapp.ml.model_files",
    "guiapp.folder_dataset",
)


def _core_messages_for_lupdate() -> tuple[str, ...]:
    """The templates of the ``MESSAGES`` of :data:`MESSAGE_MODULES`, written
    out for pyside6-lupdate, which reads literal strings only
    (``resources/translations/core_messages.py`` writes the list;
    tests/test_translations.py checks it matches those tuples exactly)."""
    # ---- written by resources/translations/core_messages.py: do not edit
    return (
        QCoreApplication.translate(
            "CoreMessages",
            "{kind}: '{key}' must be a whole number >= {low}, not {value}",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "the input shape must be three whole numbers >= 1 (H, W, D), not {value}",
        ),
        QCoreApplication.translate("CoreMessages", "the layers must be a list"),
        QCoreApplication.translate(
            "CoreMessages", "layer {position}: unknown layer type {kind}"
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "layer {position}: padding must be 'valid', 'same' or a number P >= 0",
        ),
        QCoreApplication.translate(
            "CoreMessages", "layer {position}: the dropout rate must be in [0, 1)"
        ),
        QCoreApplication.translate(
            "CoreMessages", "layer {position}: unknown activation {value}"
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "ceil({w}/{s}): Keras pads so that the window covers every pixel",
        ),
        QCoreApplication.translate(
            "CoreMessages", "{exact} is not whole: Keras floors it to {out}"
        ),
        QCoreApplication.translate(
            "CoreMessages", "not computed: a layer above is invalid"
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{kind} needs an image-shaped input (H, W, D), but after Flatten its "
            "input is {shape}: it has no rows and columns left to slide over",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{kind} needs an image-shaped input (H, W, D), but its input is {shape}: "
            "it has no rows and columns left to slide over",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "the {f}x{f} kernel is larger than the {h}x{w} input plus padding: the "
            "output would be {oh}x{ow}",
        ),
        QCoreApplication.translate(
            "CoreMessages", "the {f}x{f} window does not fit in the {h}x{w} input"
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "no Flatten before Dense: Keras applies Dense to the last axis only, so "
            "each of the {positions} positions gets its own {units} outputs, shape "
            "{shape}, not a vector",
        ),
        QCoreApplication.translate("CoreMessages", "unchanged"),
        QCoreApplication.translate("CoreMessages", "0 (pooling learns nothing)"),
        QCoreApplication.translate("CoreMessages", "units = {units}"),
        QCoreApplication.translate("CoreMessages", "unknown layer type {kind}"),
        QCoreApplication.translate(
            "CoreMessages",
            "{kind}: '{key}' must be a number in [{low}, {high}), not {value}",
        ),
        QCoreApplication.translate(
            "CoreMessages", "{kind}: '{key}' must be one of {choices}, not {value}"
        ),
        QCoreApplication.translate("CoreMessages", "Filters K:"),
        QCoreApplication.translate(
            "CoreMessages", "K, the number of filters: the depth of the output."
        ),
        QCoreApplication.translate("CoreMessages", "Kernel F:"),
        QCoreApplication.translate(
            "CoreMessages", "F, the side of each filter (F×F×D weights)."
        ),
        QCoreApplication.translate("CoreMessages", "Stride S:"),
        QCoreApplication.translate("CoreMessages", "S, the step of the window."),
        QCoreApplication.translate("CoreMessages", "Padding:"),
        QCoreApplication.translate(
            "CoreMessages",
            "valid: no padding (P = 0). same: Keras pads so the output is ceil(W/S). "
            "Or a number P of zero rows and columns on each side.",
        ),
        QCoreApplication.translate("CoreMessages", "Activation:"),
        QCoreApplication.translate(
            "CoreMessages", "The function applied to each output."
        ),
        QCoreApplication.translate("CoreMessages", "Window F:"),
        QCoreApplication.translate("CoreMessages", "F, the side of each pooling cell."),
        QCoreApplication.translate("CoreMessages", "Units:"),
        QCoreApplication.translate(
            "CoreMessages",
            "The number of neurons; each has one weight per input plus a bias.",
        ),
        QCoreApplication.translate("CoreMessages", "Rate:"),
        QCoreApplication.translate(
            "CoreMessages",
            "The share of inputs set to zero at random during training; no parameter.",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "Flatten has no setting: it lines the values up into one vector of H×W×D "
            "numbers.",
        ),
        QCoreApplication.translate("CoreMessages", "Dilation D:"),
        QCoreApplication.translate(
            "CoreMessages",
            "D, the distance between the kernel's taps: the window spans D(F - 1) + 1 "
            "pixels and sees every D-th one. Keras allows D > 1 only with stride 1.",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "strides {s} and dilation {d} together: Keras refuses a stride above 1 "
            "with a dilation above 1; set S = 1 or D = 1",
        ),
        QCoreApplication.translate("CoreMessages", "Padding:"),
        QCoreApplication.translate(
            "CoreMessages",
            "valid: no padding. same: Keras pads so the output is ceil(W/S) (W*S for "
            "a transposed convolution).",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "the general formula (W - 1)*S - 2P + F gives {general} with P = 0; Keras "
            "adds {extra} zero rows and columns when S > F",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "Keras's 'same': W*S, the size a stride-{s} 'same' convolution divides "
            "back to W; the general formula (W - 1)*S - 2P + F gives it with 2P = F - "
            "S",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "BatchNormalization normalises each channel with the batch's mean and "
            "variance, then scales by gamma and shifts by beta.",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "4*{c} = {count} ({trained} learned: gamma, beta; {followed} followed: "
            "the moving mean and variance)",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "GlobalAveragePooling2D has no setting: it keeps one number per channel, "
            "the mean of the whole H×W map.",
        ),
        QCoreApplication.translate("CoreMessages", "one per channel: {d}"),
        QCoreApplication.translate(
            "CoreMessages",
            "{f}*{f}*{d} + {d}*{k} + {k} = {count} (a Conv2D of the same shapes: "
            "({f}*{f}*{d} + 1)*{k} = {plain})",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "GlobalMaxPooling2D has no setting: it keeps one number per channel, the "
            "maximum of the whole H×W map.",
        ),
        QCoreApplication.translate("CoreMessages", "Momentum:"),
        QCoreApplication.translate(
            "CoreMessages",
            "How slowly the moving mean and variance, used after training, follow the "
            "batches': 0.99 (Keras's default) needs about a thousand steps to forget "
            "its start; 0.9 about a hundred, better for a small dataset.",
        ),
        QCoreApplication.translate("CoreMessages", "already grey"),
        QCoreApplication.translate("CoreMessages", "grey, as in the course"),
        QCoreApplication.translate("CoreMessages", "luminance"),
        QCoreApplication.translate("CoreMessages", "true convolution flips the kernel"),
        QCoreApplication.translate("CoreMessages", "stride and zero padding"),
        QCoreApplication.translate("CoreMessages", "(H - F + 2P)/S + 1, floored"),
        QCoreApplication.translate("CoreMessages", "(W - F + 2P)/S + 1, floored"),
        QCoreApplication.translate(
            "CoreMessages", "one pass per weight, vectorised over all pixels"
        ),
        QCoreApplication.translate("CoreMessages", "as the course shows it"),
        QCoreApplication.translate(
            "CoreMessages", "weights 1/(1 + distance to the centre)"
        ),
        QCoreApplication.translate("CoreMessages", "(W - F)/S + 1 per side"),
        QCoreApplication.translate("CoreMessages", "stride, zero padding and dilation"),
        QCoreApplication.translate("CoreMessages", "the window's side, gaps included"),
        QCoreApplication.translate(
            "CoreMessages", "{name} must be a finite number, not {value}"
        ),
        QCoreApplication.translate(
            "CoreMessages", "the step must be a number > 0, not {value}"
        ),
        QCoreApplication.translate(
            "CoreMessages", "t to ({stop}) must be greater than t from ({start})"
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "t from {start} to {stop} by steps of {step} makes {count} points; at "
            "most {limit} are accepted (a larger step or a shorter span)",
        ),
        QCoreApplication.translate(
            "CoreMessages", "unknown signal {value}; choose one of {choices}"
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{name} must be a whole number from {low} to {high}, not {value}",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "the window s must be from 1 to {high} for a series of {count} points, "
            "not {value}",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "a series of {count} points is too short for a window: it needs at least 2",
        ),
        QCoreApplication.translate(
            "CoreMessages", "{name} must be a number from {low} to {high}, not {value}"
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "x[{row}, {column}] must be a number from -{limit} to {limit}, not "
            "{value}; the cell keeps {old}",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "x[{row}, {column}] is not a cell of the {rows}×{columns} input sequence",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{name} cannot be saved: the folder {folder} does not exist (was it "
            "moved, or is it on a USB key that was taken out?)",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{name} cannot be saved in {folder}: you are not allowed to write there. "
            "Choose another folder",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{name} cannot be saved in {folder}: that disk is read-only (a locked USB "
            "key, a CD?). Choose another folder",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{name} cannot be saved in {folder}: there is no room left on that disk. "
            "Make room or choose another disk",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{name} cannot be saved in {folder}: a folder there already has that name",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{name} cannot be saved in {folder}: part of that path is a file, not a "
            "folder",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{name} cannot be saved in {folder}: the name or the path is too long",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{name} cannot be saved in {folder}: something of that name is in the way",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{name} cannot be saved in {folder}: another program is using it",
        ),
        QCoreApplication.translate(
            "CoreMessages", "{name} cannot be saved in {folder}: {error}"
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{name} cannot be opened: there is no such file in {folder} (was it "
            "moved, renamed, or on a USB key that was taken out?)",
        ),
        QCoreApplication.translate(
            "CoreMessages", "{name} cannot be opened: you are not allowed to read it"
        ),
        QCoreApplication.translate(
            "CoreMessages", "{name} cannot be opened: it is a folder, not a file"
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{name} cannot be opened: part of the path {folder} is a file, not a "
            "folder",
        ),
        QCoreApplication.translate(
            "CoreMessages", "{name} cannot be opened: the name or the path is too long"
        ),
        QCoreApplication.translate("CoreMessages", "{name} cannot be opened: {error}"),
        QCoreApplication.translate("CoreMessages", "{name}: cannot be read ({error})"),
        QCoreApplication.translate(
            "CoreMessages", "{name}: not an IDX file (wrong magic number)"
        ),
        QCoreApplication.translate(
            "CoreMessages", "{name}: unsupported IDX magic number {magic}"
        ),
        QCoreApplication.translate("CoreMessages", "{name}: truncated header"),
        QCoreApplication.translate(
            "CoreMessages",
            "{name}: truncated: the header announces {shape}, {expected} values, the "
            "file holds {actual}",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{name}: longer than its header says: the header announces {shape}, "
            "{expected} values, the file holds {actual}",
        ),
        QCoreApplication.translate("CoreMessages", "{source}: no {key} array"),
        QCoreApplication.translate(
            "CoreMessages",
            "{source}: the images {key} have shape {shape}, not (N, 28, 28)",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{source}: {count} images in {images} but {labels} labels in {key}",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{source}: the labels in {key} must be whole numbers from 0 to 9, not "
            "{value}",
        ),
        QCoreApplication.translate(
            "CoreMessages", "{source}: not a readable .npz file ({error})"
        ),
        QCoreApplication.translate(
            "CoreMessages", "unknown dataset {name}; choose one of {choices}"
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{name} is not installed on this computer. Import its files (the four IDX "
            ".gz files or an .npz) or download it (about {size} MB).",
        ),
        QCoreApplication.translate(
            "CoreMessages", "only mnist and fashion-mnist can be imported, not {name}"
        ),
        QCoreApplication.translate("CoreMessages", "{source}: missing {files}"),
        QCoreApplication.translate(
            "CoreMessages", "{source}: choose a folder of IDX .gz files or an .npz file"
        ),
        QCoreApplication.translate("CoreMessages", "download of {name} cancelled"),
        QCoreApplication.translate(
            "CoreMessages",
            "{name} cannot be downloaded: no network connection ({error}). Connect "
            "this computer to the internet and try again, or import the dataset's "
            "files.",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{name} cannot be downloaded from {url}: {error}. Nothing was kept.",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{name}: the header announces {shape}, {size} MB; at most {limit} MB is "
            "accepted",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{source}: {key} holds {shape} values of {dtype}, {size} MB; at most "
            "{limit} MB is accepted",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{source}: {key} holds values of type {dtype}; images and labels must be "
            "numbers (uint8 in MNIST's files)",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{source}: the images in {key} must be whole numbers from 0 to 255, not "
            "{value}",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{source}: {key} holds no image; each part of a dataset needs at least one",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{source}: {key} was written in a format this version cannot read (.npy "
            "{version})",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "the loss became {loss} at epoch {epoch}: the weights exploded. Lower the "
            "learning rate (now {rate}), for example divide it by 10, then press "
            "Reset and train again.",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "the loss became {loss} at epoch {epoch}: the network ends with "
            "{activation}, not softmax, so its outputs are not probabilities and the "
            "cross-entropy of a 0 or a negative output is not a number. End the "
            "network with a softmax activation, then press Reset and train again.",
        ),
        QCoreApplication.translate("CoreMessages", "{name}: file not found"),
        QCoreApplication.translate("CoreMessages", "{name} is not a Keras model file"),
        QCoreApplication.translate("CoreMessages", "{name} cannot be opened: {error}"),
        QCoreApplication.translate(
            "CoreMessages",
            "{name} expects images of shape {shape}, but these images are {expected}",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{name} gives {shape} outputs, but there are {classes} classes: a "
            "classifier ends with one output per class",
        ),
        QCoreApplication.translate("CoreMessages", "{name} cannot be saved: {error}"),
        QCoreApplication.translate(
            "CoreMessages",
            "{name} has no input shape: it was saved before it was built. Give it a "
            "keras.Input first (or call it on images once), then save it again",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{name} takes {count} inputs, but a classifier here takes one: the image",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{name} gives {count} outputs, but a classifier here gives one: a "
            "probability per class",
        ),
        QCoreApplication.translate(
            "CoreMessages", "{name} cannot classify these images: {error}"
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{name} ends without a softmax: its outputs are not probabilities",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "pad each image with {pad} pixels of 0 on each side, to {size} (as "
            "LeNet-5's authors did for MNIST)",
        ),
        QCoreApplication.translate(
            "CoreMessages", "repeat the grey channel 3 times, as red, green and blue"
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "reshape each image to {shape} (the same pixels in the same order)",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "add a softmax at its end: the outputs become probabilities, the "
            "predicted classes stay the same",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{name} is not a folder: choose the folder that holds one subfolder per "
            "class",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{name} has no subfolder: put the images of each class in a subfolder "
            "named after the class (for example circle/, square/)",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{name} has one class ({label}): a network needs at least two to tell "
            "apart; add a subfolder of images of another class",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "the class {label} has no image guiapp can read ({skipped} file(s) "
            "skipped): add images to it or remove the subfolder",
        ),
        QCoreApplication.translate(
            "CoreMessages",
            "{name} holds more than {limit} images: make a smaller copy of the folder",
        ),
        QCoreApplication.translate("CoreMessages", "{name} cannot be read: {reason}"),
        QCoreApplication.translate("CoreMessages", "not an image guiapp can read"),
    )
    # ---- end of the written list
