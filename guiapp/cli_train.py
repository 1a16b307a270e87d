"""``guiapp train``: train a course network without a window.

For teachers preparing a class, and for tests::

    guiapp train --preset mnist-dense --dataset mnist-5k --epochs 5 --json

prints the final metrics as one JSON line. No Qt is imported.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

from .presets import PRESETS


def build_parser() -> argparse.ArgumentParser:
    from .ml.datasets import DATASETS
    from .ml.training import OPTIMIZERS

    parser = argparse.ArgumentParser(
        prog="guiapp train", description="Train a course network headless."
    )
    parser.add_argument("--preset", choices=sorted(PRESETS), default="mnist-dense")
    parser.add_argument("--dataset", choices=DATASETS, default="mnist-5k")
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--optimizer", choices=OPTIMIZERS, default="adam")
    parser.add_argument("--learning-rate", type=float, default=1e-3)
    parser.add_argument("--validation-split", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--save", metavar="FILE.keras", help="save the trained model")
    parser.add_argument(
        "--json", action="store_true", help="print the final metrics as one JSON line"
    )
    return parser


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    from .ml import datasets, training
    from .presets import preset

    try:
        (x_train, y_train), (x_test, y_test) = datasets.load(args.dataset)
    except datasets.DatasetError as error:
        print(f"guiapp train: {error}", file=sys.stderr)
        return 2
    train_data = datasets.preprocess(x_train, y_train)
    test_data = datasets.preprocess(x_test, y_test)
    config = training.TrainConfig(
        optimizer=args.optimizer,
        learning_rate=args.learning_rate,
        batch_size=args.batch_size,
        epochs=args.epochs,
        validation_split=args.validation_split,
        seed=args.seed,
    )
    model = training.model_builder(*preset(args.preset), config)()  # seeded

    def report(epoch, logs):
        if not args.json:
            values = "  ".join(f"{key} {value:.4f}" for key, value in logs.items())
            print(f"epoch {epoch + 1}/{config.epochs}  {values}", flush=True)

    start = time.perf_counter()
    try:
        result = training.train(model, train_data, config, on_epoch=report)
    except training.TrainingDiverged as error:
        print(f"guiapp train: {error}", file=sys.stderr)
        return 3
    seconds = time.perf_counter() - start
    test_loss, test_accuracy = training.evaluate(model, test_data)
    if args.save:
        from .ml.model_files import ModelFileError, save_model
        from .ml.session import Task

        try:
            save_model(Task(), model, args.save)  # whole or not at all
        except ModelFileError as error:
            print(f"guiapp train: {error}", file=sys.stderr)
            return 4
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
    }
    if args.json:
        print(json.dumps(summary))
    else:
        print(f"Test loss {test_loss}")
        print(f"Test accuracy {test_accuracy}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
