"""The house's walls, for every module: core is NumPy only, ml has no Qt, ui has
no Keras, a tab's state has no Qt (napari's import contracts, as a test)."""

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "guiapp"
QT = {"PySide6", "pyqtgraph", "shiboken6"}
KERAS = {"keras", "tensorflow"}


def modules(layer: str) -> list[str]:
    """Every module of guiapp.<layer>, by dotted name."""
    names = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return names


def state_modules() -> list[str]:
    """The Qt-free documents of the tabs (and their base)."""
    return [
        name
        for name in modules("ui")
        if name.endswith(".state") or name == "guiapp.ui.common.document"
    ]


def imported(name: str) -> set[str]:
    """Every module ``name``'s source imports, anywhere in it (functions too),
    relative imports made absolute."""
    path = PACKAGE.parent / Path(*name.split("."))
    path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return found


def tops(names: set[str]) -> set[str]:
    return {name.split(".")[0] for name in names}


@pytest.mark.parametrize("name", modules("core"))
def test_core_module_imports_no_qt_keras_or_ui(name):
    """No guiapp.core module imports Qt, pyqtgraph, Keras, TensorFlow, ml or ui."""
    found = imported(name)
    assert not tops(found) & (QT | KERAS), sorted(found)
    assert not {n for n in found if n.startswith(("guiapp.ui", "guiapp.ml"))}


@pytest.mark.parametrize("name", modules("ml"))
def test_ml_module_imports_no_qt(name):
    """No guiapp.ml module imports Qt, pyqtgraph or guiapp.ui."""
    found = imported(name)
    assert not tops(found) & QT, sorted(found)
    assert not {n for n in found if n.startswith("guiapp.ui")}


@pytest.mark.parametrize("name", modules("ui"))
def test_ui_module_imports_no_keras(name):
    """No guiapp.ui module imports Keras or TensorFlow, not even inside a function."""
    assert not tops(imported(name)) & KERAS, sorted(imported(name))


@pytest.mark.parametrize("name", state_modules())
def test_state_module_imports_no_qt(name):
    """A tab's document imports no Qt, pyqtgraph or Keras (it is testable alone)."""
    assert not tops(imported(name)) & (QT | KERAS), sorted(imported(name))


def loaded_after(names) -> set[str]:
    """The top-level packages loaded by importing ``names`` in a fresh interpreter."""
    script = textwrap.dedent(f"""
        import importlib, sys
        for name in {list(names)!r}:
            importlib.import_module(name)
        print(" ".join(sorted(m.split(".")[0] for m in sys.modules)))
    """)
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return set(out.stdout.split())


def test_importing_all_of_core_loads_no_qt_and_no_keras():
    """Importing every guiapp.core module loads neither Qt, pyqtgraph, Keras nor TensorFlow."""
    assert not loaded_after(modules("core")) & (QT | KERAS)


def test_importing_all_of_ml_loads_no_qt_and_not_tensorflow_yet():
    """guiapp.ml loads no Qt, and does not import TensorFlow until asked."""
    assert not loaded_after(modules("ml")) & (QT | {"tensorflow"})


def test_importing_all_of_ui_loads_no_keras():
    """Importing every guiapp.ui module (every tab) loads no Keras nor TensorFlow."""
    assert not loaded_after(modules("ui")) & KERAS


def test_importing_the_states_loads_no_qt():
    """Every tab's document imports without Qt: it can be tested without a window."""
    assert not loaded_after(state_modules()) & (QT | KERAS)


def test_every_repeating_timer_is_guarded():
    """No module of the windows makes a QTimer itself: ``common.timers.timer``
    does, so that a callback failing at every tick is stopped at its first error
    (a one-shot ``QTimer.singleShot`` runs once and is not a repeat)."""
    offenders = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        if path.name == "timers.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QTimer"
            ):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert not offenders


def test_every_deferred_call_dies_with_its_widget():
    """``QTimer.singleShot(ms, fn)`` without a context object runs ``fn`` even
    after its widget is gone (the conv tab's deferred panes then met a deleted
    layout when a window was closed early); with the context,
    ``QTimer.singleShot(ms, widget, fn)``, Qt drops the call with the widget."""
    offenders = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "singleShot"
                and len(node.args) < 3
            ):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert not offenders
