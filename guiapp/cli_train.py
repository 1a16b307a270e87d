"""``guiapp train``: train a course network without a window.

For teachers preparing a class, and for tests::

    guiapp train --preset mnist-dense --dataset mnist-5k --epochs 5 --json

prints the final metrics as one JSON line. ``--dataset folder:PATH`` trains on
a folder of one's own images, one subfolder per class
(:mod:`guiapp.folder_dataset`); its last Dense layer then gives one output per
class. No Qt is imported, except Qt's image readers for a folder.

Exit status: 0 trained (and saved, with ``--save``); 2 a wrong option or a
dataset that is not on this computer; 3 the training diverged (the loss
became NaN or infinite); 4 the model could not be saved; 130 interrupted
(Ctrl+C).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time

from .presets import PRESETS

EXIT_OK, EXIT_USAGE, EXIT_DIVERGED, EXIT_SAVE, EXIT_INTERRUPTED = 0, 2, 3, 4, 130

#: The largest values accepted; beyond, a number means a typing mistake.
MAX_EPOCHS = 100_000
MAX_BATCH_SIZE = 1 << 20
MAX_SEED = 2**32 - 1  # NumPy's seeds


def _shown(text: str) -> str:
    return text if len(text) <= 20 else text[:20] + "…"


def _integer(text: str, low: int, high: int) -> int:
    try:
        value = int(text)
    except ValueError:
        value = None  # not a number, or thousands of digits
    if value is None or not low <= value <= high:
        raise argparse.ArgumentTypeError(
            f"must be a whole number from {low} to {high}, not {_shown(text)}"
        )
    return value


def epochs(text: str) -> int:
    """At least 1 (0 epochs would train nothing and report nothing)."""
    return _integer(text, 1, MAX_EPOCHS)


def batch_size(text: str) -> int:
    return _integer(text, 1, MAX_BATCH_SIZE)


def seed(text: str) -> int:
    return _integer(text, 0, MAX_SEED)


def _number(text: str, accepted: str, accept) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and accept(value)):
        raise argparse.ArgumentTypeError(f"must be {accepted}, not {_shown(text)}")
    return value


def learning_rate(text: str) -> float:
    """A finite number > 0."""
    return _number(text, "a number > 0", lambda value: value > 0)


def validation_split(text: str) -> float:
    """The fraction of the training images kept aside, in [0, 1)."""
    return _number(
        text,
        "a fraction of the training images, from 0 to less than 1",
        lambda value: 0 <= value < 1,
    )


FOLDER = "folder:"


def dataset_name(text: str) -> str:
    """A dataset of the registry, or ``folder:PATH``."""
    from .ml.datasets import DATASETS

    if text in DATASETS:
        return text
    if text.startswith(FOLDER):
        if not text[len(FOLDER) :].strip():
            raise argparse.ArgumentTypeError(
                "folder: needs the folder's path, for example folder:shapes"
            )
        return text
    raise argparse.ArgumentTypeError(
        f"must be one of {', '.join(DATASETS)}, or folder:PATH for a folder of "
        f"your own images (one subfolder per class), not {_shown(text)}"
    )


def model_file(text: str) -> str:
    """Where to save: a file name in a folder that exists and can be written
    (checked before training, not after minutes of it)."""
    from .app import file_problem

    problem = file_problem(text, folders_made=False)
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return text


class _HelpFormatter(argparse.ArgumentDefaultsHelpFormatter):
    """Defaults in the help, except for flags and options without one."""

    def _get_help_string(self, action):
        if action.default is None or action.default is False:
            return action.help
        return super()._get_help_string(action)


def build_parser() -> argparse.ArgumentParser:
    from .app import Parser
    from .ml.datasets import DATASETS
    from .ml.training import OPTIMIZERS

    parser = Parser(
        prog="guiapp train",
        description="Train a course network headless.",
        formatter_class=_HelpFormatter,
        epilog="Exit status: 0 trained (and saved); 2 a wrong option or a dataset "
        "not on this computer; 3 the training diverged; 4 the model could not be "
        "saved; 130 interrupted.",
    )
    parser.add_argument(
        "--preset",
        choices=sorted(PRESETS),
        default="mnist-dense",
        help="the course network to train",
    )
    parser.add_argument(
        "--dataset",
        type=dataset_name,
        default="mnist-5k",
        metavar="{" + ",".join(DATASETS) + ",folder:PATH}",
        help="mnist-5k is bundled; the full sets must be imported or downloaded "
        "in the app first; folder:PATH reads your own images, one subfolder per "
        "class",
    )
    parser.add_argument(
        "--fit",
        choices=("pad", "crop", "stretch"),
        default="pad",
        help="how a folder's images are fitted to the network's square input",
    )
    parser.add_argument(
        "--epochs",
        type=epochs,
        default=5,
        help=f"passes over the data, 1 to {MAX_EPOCHS}",
    )
    parser.add_argument(
        "--batch-size",
        type=batch_size,
        default=64,
        help=f"images per gradient step, 1 to {MAX_BATCH_SIZE}",
    )
    parser.add_argument(
        "--optimizer",
        choices=OPTIMIZERS,
        default="adam",
        help="how the weights follow the gradient",
    )
    parser.add_argument(
        "--learning-rate",
        type=learning_rate,
        default=1e-3,
        help="the optimizer's step size, a finite number > 0",
    )
    parser.add_argument(
        "--validation-split",
        type=validation_split,
        default=0.1,
        help="fraction of the training images kept to validate, in [0, 1)",
    )
    parser.add_argument(
        "--seed",
        type=seed,
        default=0,
        help=f"same seed, same run: 0 to {MAX_SEED}",
    )
    parser.add_argument(
        "--save", metavar="FILE.keras", type=model_file, help="save the trained model"
    )
    parser.add_argument(
        "--json", action="store_true", help="print the final metrics as one JSON line"
    )
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="keep TensorFlow's own log lines and Python warnings in the terminal",
    )
    return parser


def main(argv=None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from .ml.backend import import_tensorflow, quiet_tensorflow

    quiet_tensorflow(verbose=args.verbose)  # before TensorFlow is imported
    try:
        return _train(parser, args, import_tensorflow)
    except KeyboardInterrupt:
        print("guiapp train: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def _stack_for(parser, args):
    """The preset's stack for the dataset's images: as it is, padded by its
    first convolution (LeNet-5's 32 x 32 on MNIST's 28 x 28, as its authors
    did), or None after a usage message naming both shapes."""
    from .ml import datasets
    from .ml.model_files import padded_stack
    from .presets import preset

    shape, layers = preset(args.preset)
    image_shape = tuple(datasets.dataset(args.dataset).image_shape)
    if tuple(shape) == image_shape:
        return shape, layers
    padded = padded_stack(shape, layers, image_shape)
    if padded is None:
        parser.print_usage(sys.stderr)
        print(
            f"guiapp train: the preset {args.preset} takes {tuple(shape)} images, "
            f"but {args.dataset}'s are {image_shape}",
            file=sys.stderr,
        )
        return None
    if not args.json:
        pad = padded[1][0]["padding"]
        print(
            f"{args.preset} takes {tuple(shape)} images; {args.dataset}'s are "
            f"{image_shape}: its first convolution pads them (P = {pad}).",
            flush=True,
        )
    return padded


def with_classes(layers: list[dict], count: int) -> tuple[list[dict], int | None]:
    """The layers with their last Dense giving ``count`` outputs, and the
    count it gave (None when it already gave ``count``)."""
    for layer in reversed(layers):
        if layer["type"] == "Dense":
            before = layer["units"]
            layer["units"] = count
            return layers, None if before == count else before
    return layers, None


def _folder_data(parser, args):
    """(stack, (x_train, y_train), (x_test, y_test), classes, extra summary)
    from ``--dataset folder:PATH``, or None after the reason."""
    from .folder_dataset import FolderError, read_folder
    from .presets import preset

    shape, layers = preset(args.preset)
    path = args.dataset[len(FOLDER) :]
    try:
        data = read_folder(path, shape, args.fit, seed=args.seed)
    except FolderError as error:
        print(f"guiapp train: {error}", file=sys.stderr)
        return None
    classes = data.class_names
    layers, before = with_classes(layers, len(classes))
    if not args.json:
        counts = ", ".join(
            f"{name} {train}+{test}" for name, (train, test) in data.counts().items()
        )
        print(
            f"{path}: {len(classes)} classes (training+test images: {counts}), "
            f"fitted to {shape[0]}x{shape[1]} ({args.fit}).",
            flush=True,
        )
        if before is not None:
            print(
                f"{args.preset}'s last Dense layer gives {len(classes)} outputs, one "
                f"per class (it gave {before}).",
                flush=True,
            )
        for name, reason in data.skipped:
            print(f"skipped {name}: {reason}", flush=True)
    extra = {"classes": classes, "skipped": len(data.skipped)}
    return (
        (shape, layers),
        (data.x_train, data.y_train),
        (data.x_test, data.y_test),
        len(classes),
        extra,
    )


def _train(parser, args, import_tensorflow) -> int:
    from .ml import datasets, training

    extra = {}
    if args.dataset.startswith(FOLDER):
        found = _folder_data(parser, args)
        if found is None:
            return EXIT_USAGE
        stack, (x_train, y_train), (x_test, y_test), num_classes, extra = found
    else:
        stack = _stack_for(parser, args)
        if stack is None:
            return EXIT_USAGE
        num_classes = datasets.dataset(args.dataset).num_classes
        try:
            (x_train, y_train), (x_test, y_test) = datasets.load(args.dataset)
        except datasets.DatasetError as error:
            print(f"guiapp train: {error}", file=sys.stderr)
            return EXIT_USAGE
    kept = math.floor(len(x_train) * (1.0 - args.validation_split))
    if kept < 1 or (args.validation_split > 0 and kept == len(x_train)):
        parser.print_usage(sys.stderr)
        print(
            f"guiapp train: --validation-split {args.validation_split} leaves "
            f"{kept} of the {len(x_train)} training images to train on and "
            f"{len(x_train) - kept} to validate: each needs at least one",
            file=sys.stderr,
        )
        return EXIT_USAGE
    import_tensorflow()  # its start-up notices held back
    image_shape = tuple(stack[0])
    train_data = datasets.preprocess(x_train, y_train, num_classes, image_shape)
    test_data = datasets.preprocess(x_test, y_test, num_classes, image_shape)
    config = training.TrainConfig(
        optimizer=args.optimizer,
        learning_rate=args.learning_rate,
        batch_size=args.batch_size,
        epochs=args.epochs,
        validation_split=args.validation_split,
        seed=args.seed,
    )
    model = training.model_builder(*stack, config)()  # seeded

    def report(epoch, logs):
        if not args.json:
            values = "  ".join(f"{key} {value:.4f}" for key, value in logs.items())
            print(f"epoch {epoch + 1}/{config.epochs}  {values}", flush=True)

    start = time.perf_counter()
    try:
        result = training.train(model, train_data, config, on_epoch=report)
    except training.TrainingDiverged as error:
        print(f"guiapp train: {error}", file=sys.stderr)
        return EXIT_DIVERGED
    seconds = time.perf_counter() - start
    test_loss, test_accuracy = training.evaluate(model, test_data)
    if args.save:
        from .ml.model_files import ModelFileError, save_model
        from .ml.session import Task

        try:
            save_model(Task(), model, args.save)  # whole or not at all
        except ModelFileError as error:
            print(f"guiapp train: {error}", file=sys.stderr)
            return EXIT_SAVE
    history = result["history"]
    summary = {
        "preset": args.preset,
        "dataset": args.dataset,
        "epochs": result["epochs_done"],
        "params": int(model.count_params()),
        "train_loss": history["loss"][-1],
        "train_accuracy": history["accuracy"][-1],
        "test_loss": test_loss,
        "test_accuracy": test_accuracy,
        "seconds": round(seconds, 2),
        "config": config.to_dict(),
        **extra,
    }
    if args.json:
        print(json.dumps(summary))
    else:
        print(f"Test loss {test_loss}")
        print(f"Test accuracy {test_accuracy}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
