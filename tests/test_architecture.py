"""The house's walls: core is NumPy only, ml has no Qt."""

import subprocess
import sys
import textwrap


def modules_after(imports):
    script = textwrap.dedent(f"""
        import sys
        {imports}
        print(" ".join(sorted(m.split(".")[0] for m in sys.modules)))
    """)
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return set(out.stdout.split())


def test_core_imports_no_qt_and_no_keras():
    """Importing every guiapp.core module loads neither Qt, pyqtgraph, Keras nor TensorFlow."""
    loaded = modules_after(
        "import guiapp.core.conv, guiapp.core.pooling, guiapp.core.shapes, "
        "guiapp.core.kernels, guiapp.core.image, guiapp.core.codegen, guiapp.resources"
    )
    assert not loaded & {"PySide6", "pyqtgraph", "keras", "tensorflow"}


def test_ml_imports_no_qt():
    """guiapp.ml loads no Qt, and does not import TensorFlow until asked."""
    loaded = modules_after("import guiapp.ml, guiapp.ml.backend")
    assert not loaded & {"PySide6", "pyqtgraph", "tensorflow"}
