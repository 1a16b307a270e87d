"""The command lines `guiapp` and `guiapp train`: clear refusals, help with
defaults, and a terminal free of TensorFlow's notices."""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guiapp import app, cli_train

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
ENV.pop("TF_CPP_MIN_LOG_LEVEL", None)  # what a student's terminal has


def refusal(parser, argv, capsys) -> str:
    """argparse's exit 2 and its one-line message (never a traceback)."""
    with pytest.raises(SystemExit) as exit_info:
        parser.parse_args(argv)
    assert exit_info.value.code == 2
    return capsys.readouterr().err.strip().splitlines()[-1]


@pytest.mark.parametrize(
    "argv, expected",
    [
        (["--epochs", "0"], "--epochs: must be a whole number from 1"),
        (["--epochs", "-3"], "--epochs: must be a whole number from 1"),
        (["--epochs", "2.5"], "--epochs: must be a whole number from 1"),
        (["--epochs", "9" * 5000], "--epochs: must be a whole number from 1"),
        (["--batch-size", "0"], "--batch-size: must be a whole number from 1"),
        (["--batch-size", str(2**63)], "--batch-size: must be a whole number from 1"),
        (["--learning-rate", "0"], "--learning-rate: must be a number > 0"),
        (["--learning-rate", "-0.1"], "--learning-rate: must be a number > 0"),
        (["--learning-rate", "nan"], "--learning-rate: must be a number > 0"),
        (["--learning-rate", "inf"], "--learning-rate: must be a number > 0"),
        (["--learning-rate", "1e999"], "--learning-rate: must be a number > 0"),
        (["--validation-split", "1.5"], "--validation-split: must be a fraction"),
        (["--validation-split", "1"], "--validation-split: must be a fraction"),
        (["--validation-split", "-0.1"], "--validation-split: must be a fraction"),
        (["--validation-split", "nan"], "--validation-split: must be a fraction"),
        (["--seed", "-1"], "--seed: must be a whole number from 0"),
        (["--seed", str(2**32)], "--seed: must be a whole number from 0"),
        (
            ["--dataset", "cifar-10"],
            "--dataset: must be one of mnist-5k, mnist, fashion-mnist, or folder:PATH",
        ),
        (["--dataset", "folder:"], "--dataset: folder: needs the folder's path"),
        (
            ["--save", "/no/such/folder/model.keras"],
            "--save: no folder /no/such/folder",
        ),
    ],
)
def test_train_options_out_of_range_are_refused(argv, expected, capsys):
    """Each option of `guiapp train` refuses what cannot train, naming the option and what it accepts."""
    message = refusal(cli_train.build_parser(), argv, capsys)
    assert message.startswith("guiapp train: error: argument")
    assert expected in message


def test_train_options_in_range_are_accepted():
    """The edges of each range are accepted as numbers."""
    args = cli_train.build_parser().parse_args(
        [
            "--epochs",
            "1",
            "--batch-size",
            "1",
            "--learning-rate",
            "1e-9",
            "--validation-split",
            "0",
            "--seed",
            str(2**32 - 1),
        ]
    )
    assert (args.epochs, args.batch_size, args.validation_split) == (1, 1, 0.0)
    assert args.learning_rate == 1e-9 and args.seed == 2**32 - 1


def test_train_help_shows_defaults_and_exit_codes(capsys):
    """`guiapp train --help` explains each option with its default and lists the exit codes."""
    with pytest.raises(SystemExit):
        cli_train.build_parser().parse_args(["--help"])
    text = " ".join(capsys.readouterr().out.split())
    for expected in (
        "(default: 5)",
        "(default: 64)",
        "(default: 0.001)",
        "(default: 0.1)",
        "(default: mnist-5k)",
        "Exit status: 0 trained",
        "3 the training diverged",
    ):
        assert expected in text
    assert "(default: None)" not in text and "(default: False)" not in text


def test_epochs_zero_exits_cleanly(capsys):
    """`guiapp train --epochs 0` (KeyError: 'loss' before) exits 2 with a sentence."""
    with pytest.raises(SystemExit) as exit_info:
        app.main(["train", "--epochs", "0"])
    assert exit_info.value.code == 2
    assert "--epochs: must be a whole number from 1" in capsys.readouterr().err


def test_validation_split_leaving_nothing_to_train(capsys, monkeypatch):
    """A split that leaves no image to train on (or none to validate) is refused before training."""
    from guiapp.ml import backend

    monkeypatch.setattr(backend, "quiet_tensorflow", lambda verbose: None)
    assert cli_train.main(["--validation-split", "0.99999"]) == 2
    assert "leaves 0 of the 4000 training images" in capsys.readouterr().err


def test_app_help_says_the_defaults(capsys):
    """`guiapp --help` says what --lang and --tab default to."""
    with pytest.raises(SystemExit):
        app.build_parser().parse_args(["--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "(default: the one remembered, else the system's)" in text
    assert "(default: the one open when the app was last closed)" in text


@pytest.mark.parametrize(
    "argv, expected",
    [
        (["--tab", "cooking"], "argument --tab: invalid choice: 'cooking'"),
        (["--lang", "de"], "argument --lang: invalid choice: 'de'"),
        (["--screenshot", "."], "argument --screenshot: '.' is a folder"),
    ],
)
def test_app_options_refuse_bad_values(argv, expected, capsys):
    """`guiapp --tab/--lang/--screenshot` with a bad value: argparse's message, exit 2
    (a missing --image still starts the app: tests/ui/test_app.py)."""
    message = refusal(app.build_parser(), argv, capsys)
    assert message.startswith("guiapp: error:") and expected in message


# ---- TensorFlow's notices
NOTICES = ("oneDNN", "E0000", "I0000", "W0000", "absl::InitializeLog")


@pytest.mark.slow
def test_train_keeps_the_terminal_free_of_tensorflow_notices(tmp_path):
    """`python -m guiapp train --epochs 1` prints its results; stderr has no oneDNN or E0000 line."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "guiapp",
            "train",
            "--epochs",
            "1",
            "--dataset",
            "mnist-5k",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**ENV, "HOME": str(tmp_path)},
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1])["epochs"] == 1
    noisy = [
        line for line in result.stderr.splitlines() if any(n in line for n in NOTICES)
    ]
    assert not noisy, result.stderr


ROUTING = textwrap.dedent(
    """
    import logging, sys, warnings
    from guiapp.ml import backend

    backend.quiet_tensorflow(verbose="--verbose" in sys.argv)
    kept = []
    handler = logging.Handler(logging.DEBUG)
    handler.emit = lambda record: kept.append(record.getMessage())
    backend.LOGGER.addHandler(handler)
    backend.LOGGER.setLevel(logging.DEBUG)
    backend.LOGGER.propagate = False  # the list is enough
    warnings.warn_explicit("keras says", UserWarning, "/x/keras/src/layer.py", 3)
    warnings.warn_explicit("ours says", UserWarning, "/x/notebook.py", 3)
    logging.getLogger("tensorflow").warning("tensorflow logger says")
    from absl import logging as absl_logging
    absl_logging.warning("absl says")
    absl_logging.error("absl error")
    print(kept)
    """
)


@pytest.mark.parametrize("verbose", [False, True], ids=["quiet", "verbose"])
def test_warnings_from_keras_go_to_the_log(verbose):
    """Quiet: Keras/TensorFlow/absl warnings go to the guiapp.tensorflow log, not stderr; other
    warnings and errors still show. --verbose keeps them all on stderr."""
    result = subprocess.run(
        [sys.executable, "-c", ROUTING, *(["--verbose"] if verbose else [])],
        capture_output=True,
        text=True,
        timeout=60,
        env=ENV,
        cwd=ROOT,  # this checkout's guiapp
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "ours says" in result.stderr and "absl error" in result.stderr
    for text in ("keras says", "tensorflow logger says", "absl says"):
        assert (text in result.stderr) == verbose
        assert (text in result.stdout) == (not verbose)


def test_without_notices_drops_only_what_the_level_hides():
    """The start-up filter drops absl lines below the level and their continuations, nothing else."""
    from guiapp.ml.backend import without_notices

    text = (
        b"WARNING: All log messages before absl::InitializeLog() is called are written to STDERR\n"
        b"I0000 00:00:1795557170.845321    6674 port.cc:153] oneDNN custom operations are on.\n"
        b"I0000 00:00:1795557187.803825    6819 cpu_feature_guard.cc:227] This TensorFlow binary\n"
        b"To enable the following instructions: AVX2 FMA, in other operations\n"
        b"E0000 00:00:1795557267.702870    7698 tfg_optimizer_hook.cc:135] failed\n"
        b"\twhen importing GraphDef to MLIR module in GrapplerHook\n"
        b"F0000 00:00:1795557267.702870    7698 something.cc:1] fatal\n"
        b"a line of ours\n"
    )
    assert without_notices(text, 3).splitlines() == [
        b"F0000 00:00:1795557267.702870    7698 something.cc:1] fatal",
        b"a line of ours",
    ]
    assert without_notices(text, 0) == text
    assert b"tfg_optimizer" in without_notices(text, 2)


# ---- random command lines (hypothesis)

NEAR_LIMITS = st.builds(
    lambda base, sign, offset: str(sign * base + offset),
    st.sampled_from([0, 2**31, 2**32, 2**63, 2**64, 10**100]),
    st.sampled_from([1, -1]),
    st.integers(-2, 2),
)
FLOATS = st.floats(allow_nan=True, allow_infinity=True).map(repr)
VALUES = st.one_of(
    NEAR_LIMITS,
    FLOATS,
    st.sampled_from(["1e999", "-1e999", "nan", "inf", "0", "0.5", "1", "", " ", "-"]),
    st.sampled_from(["conv", "rnn", "fr", "mnist-5k", "adam", "mnist-dense"]),
    st.text(max_size=30),
    st.binary(min_size=1, max_size=30).map(os.fsdecode),  # a name that is not UTF-8
    st.builds(
        lambda c, n: c * n,
        st.sampled_from(["9", "x", "é ", "\x00"]),
        st.integers(100, 5000),
    ),
    st.sampled_from([".", "/", "/etc/passwd/x.png", "/proc/x.keras", "a\x00b.keras"]),
)


def argv_lists(options):
    return st.lists(st.one_of(st.sampled_from(options), VALUES), max_size=8)


APP_OPTIONS = [
    "--lang",
    "--tab",
    "--image",
    "--screenshot",
    "--smoke",
    "--no-tensorflow",
    "--verbose",
    "--help",
    "--",
    "-x",
    "--scr",
]
TRAIN_OPTIONS = [
    "--preset",
    "--dataset",
    "--epochs",
    "--batch-size",
    "--optimizer",
    "--learning-rate",
    "--validation-split",
    "--seed",
    "--save",
    "--json",
    "--verbose",
    "--help",
    "--ep",
    "--batch-size=",
    "--seed=",
]


def parse_or_refuse(parser, argv):
    """Parse ``argv`` in-process: the namespace, or None after argparse exited
    with 0 (help) or 2 and one bounded line of error (never another exception)."""
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            return parser.parse_args(argv)
    except SystemExit as exit_info:
        assert exit_info.code in (0, 2)
        if exit_info.code == 0:
            assert "usage:" in out.getvalue()
        else:
            lines = err.getvalue().strip().splitlines()
            assert lines[-1].startswith(f"{parser.prog}: error: ")
            assert len(lines[-1]) <= 460  # never a pasted paragraph echoed whole
            assert "Traceback" not in err.getvalue()
        return None


@settings(max_examples=300, deadline=None)
@given(argv_lists(TRAIN_OPTIONS))
def test_train_random_command_lines(argv):
    """`guiapp train` with random options and values (ints near 2**31 and 2**63, NaN,
    inf, 1e999, unicode, 5 000 characters, NUL, names that are not UTF-8): exit 0
    (help) or 2 with a one-line message, or values all within their ranges."""
    args = parse_or_refuse(cli_train.build_parser(), argv)
    if args is None:
        return
    assert 1 <= args.epochs <= cli_train.MAX_EPOCHS
    assert 1 <= args.batch_size <= cli_train.MAX_BATCH_SIZE
    assert 0 <= args.seed <= cli_train.MAX_SEED
    assert args.learning_rate > 0 and args.learning_rate < float("inf")
    assert 0 <= args.validation_split < 1
    assert args.save is None or app.file_problem(args.save, folders_made=False) is None


@settings(max_examples=300, deadline=None)
@given(argv_lists(APP_OPTIONS))
def test_app_random_command_lines(argv):
    """`guiapp` with random options and values: exit 0 (help) or 2 with a one-line
    message, or a tab and language it has, a screenshot file it can write."""
    args = parse_or_refuse(app.build_parser(), argv)
    if args is None:
        return
    assert args.tab in (None, *app.TAB_NAMES) and args.lang in (None, "en", "fr")
    if args.screenshot is not None:
        assert app.file_problem(args.screenshot, folders_made=True) is None


@pytest.mark.parametrize(
    "parser, argv, expected",
    [
        (
            app.build_parser,
            ["--tab", "x" * 5000],
            "invalid choice: 'xxxxxxxxxxxxxxxxxxxxxxxx",
        ),
        (app.build_parser, ["y" * 5000], "unrecognized arguments: yyyy"),
        (
            app.build_parser,
            ["--screenshot", "/etc/passwd/x.png"],
            "/etc/passwd is a file, not a folder",
        ),
        (app.build_parser, ["--screenshot", "a\x00b.png"], "holds a NUL character"),
        (app.build_parser, ["--screenshot", "x" * 300 + ".png"], "is too long"),
        (cli_train.build_parser, ["--save", "a\x00b.keras"], "holds a NUL character"),
        (cli_train.build_parser, ["--preset", "a " * 3000], "invalid choice"),
        (
            cli_train.build_parser,
            ["--save", "/etc/passwd/x.keras"],
            "no folder /etc/passwd",
        ),
    ],
)
def test_refusals_echo_a_bounded_part(parser, argv, expected, capsys):
    """A pasted paragraph is echoed shortened (was 5 000 characters on one line); a
    screenshot under a file, a NUL or a 300-character name are refused before the
    window opens (mkdir's traceback after it, or a save failing after training)."""
    message = refusal(parser(), argv, capsys)
    assert expected in message and len(message) <= 460


def test_unwritable_folders_are_refused_before_work(tmp_path, capsys):
    """--save into a folder that cannot be written is refused before training."""
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        message = refusal(
            cli_train.build_parser(), ["--save", str(locked / "m.keras")], capsys
        )
        assert "cannot be written" in message
    finally:
        locked.chmod(0o700)


def test_command_line_bytes_that_are_not_utf8():
    """A real process: `guiapp --tab <bytes not UTF-8>` and `guiapp train --epochs
    2**63`: exit 2 with argparse's line, no traceback."""
    for argv in (
        [b"--tab", b"\xff\xfe" * 50],
        [b"train", b"--epochs", str(2**63).encode()],
    ):
        result = subprocess.run(
            [sys.executable, "-m", "guiapp", *argv],
            capture_output=True,
            timeout=120,
            env=ENV,
            cwd=ROOT,
            check=False,
        )
        assert result.returncode == 2, result.stderr
        assert b"Traceback" not in result.stderr
        assert b"error: argument" in result.stderr.splitlines()[-1]


def test_train_lenet5_on_mnist_pads_the_images(capsys, monkeypatch):
    """`guiapp train --preset lenet5` ended in Keras's ValueError traceback
    (32 x 32 network, 28 x 28 digits): its first convolution now pads them, as
    the Training tab offers, and it says so."""
    from guiapp.ml import backend

    monkeypatch.setattr(backend, "quiet_tensorflow", lambda verbose: None)
    code = cli_train.main(
        ["--preset", "lenet5", "--dataset", "mnist-5k", "--epochs", "1"]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "pads them (P = 2)" in out
    assert "epoch 1/1" in out
