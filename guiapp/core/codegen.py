"""The NumPy lines behind what the convolution tab shows ("Show code").

The generated text runs as shown in a Python session where guiapp is installed
(``guiapp.images.load_image`` reads the photo; the rest is plain NumPy), and
computes the same arrays as the tab. A test executes it. Its comments are
in the user's language: the interface passes ``say``, which translates each
one (:data:`MESSAGES` lists them for the translators).
"""

from __future__ import annotations

import numpy as np

__all__ = ["MESSAGES", "conv_code"]

MESSAGES = (
    "already grey",
    "grey, as in the course",
    "luminance",
    "true convolution flips the kernel",
    "stride and zero padding",
    "(H - F + 2P)/S + 1, floored",
    "(W - F + 2P)/S + 1, floored",
    "one pass per weight, vectorised over all pixels",
    "as the course shows it",
    "weights 1/(1 + distance to the centre)",
    "(W - F)/S + 1 per side",
    "stride, zero padding and dilation",
    "the window's side, gaps included",
)


def _matrix(kernel: np.ndarray) -> str:
    rows = ",\n                   ".join(
        "["
        + ", ".join(repr(float(v)) if v != int(v) else str(int(v)) for v in row)
        + "]"
        for row in kernel
    )
    return f"np.array([{rows}], dtype=float)"


def conv_code(
    image_path: str,
    grey: str,
    colour: bool,
    kernel,
    stride: int = 1,
    padding: int = 0,
    flip: bool = False,
    pool: tuple[int, int, str] | None = None,
    sobel: bool = False,
    say=str,
    dilation: int = 1,
) -> str:
    """Python source computing the grey image ``gimg``, the result ``r`` and more.

    Parameters
    ----------
    image_path : str
        The photo's file.
    grey : {"mean", "luminance"}
        How colour becomes grey (ignored for a grey photo).
    colour : bool
        Whether the photo has colour channels.
    kernel : array_like
        The kernel as typed; ``flip`` flips it (true convolution).
    pool : (F, S, source), optional
        Adds the four poolings of the course, as ``pooled[mode]``, of
        ``gimg`` (source ``"grey"``) or of ``r`` (source ``"conv"``).
    sobel : bool
        Adds gx, gy, magnitude and direction.
    say : callable, optional
        Writes a comment (one of :data:`MESSAGES`) in the user's language.
    dilation : int, optional
        D: the kernel's taps D pixels apart.

    Examples
    --------
    >>> code = conv_code("koala.jpg", "mean", True, [[0, 1, 0]] * 3)
    >>> "np.average(img, axis=2).astype(int)" in code
    True
    """
    kernel = np.asarray(kernel, dtype=float)
    lines = [
        "import numpy as np",
        "from guiapp.images import load_image",
        "",
        f"img = load_image({str(image_path)!r})",
    ]
    if not colour:
        lines.append(f"gimg = img.astype(float)  # {say(MESSAGES[0])}")
    elif grey == "mean":
        lines.append(
            f"gimg = np.average(img, axis=2).astype(int)  # {say(MESSAGES[1])}"
        )
    else:
        lines.append(
            f"gimg = img[..., :3] @ np.array([0.299, 0.587, 0.114])  # {say(MESSAGES[2])}"
        )
    lines += ["", f"kernel = {_matrix(kernel)}"]
    if flip:
        lines.append(f"kernel = np.flip(kernel)  # {say(MESSAGES[3])}")
    if dilation == 1:
        lines += [
            f"S, P = {stride}, {padding}  # {say(MESSAGES[4])}",
            "F = kernel.shape[0]",
            "x = np.pad(gimg, P).astype(float)",
            f"H = (x.shape[0] - F) // S + 1  # {say(MESSAGES[5])}",
            f"W = (x.shape[1] - F) // S + 1  # {say(MESSAGES[6])}",
            "r = np.zeros((H, W))",
            f"for a in range(F):  # {say(MESSAGES[7])}",
            "    for b in range(F):",
            "        r += kernel[a, b] * x[a:a + S * H:S, b:b + S * W:S]",
            "print(r.shape)",
        ]
    else:
        lines += [
            f"S, P, D = {stride}, {padding}, {dilation}  # {say(MESSAGES[11])}",
            "F = kernel.shape[0]",
            f"span = D * (F - 1) + 1  # {say(MESSAGES[12])}",
            "x = np.pad(gimg, P).astype(float)",
            "H = (x.shape[0] - span) // S + 1",
            "W = (x.shape[1] - span) // S + 1",
            "r = np.zeros((H, W))",
            f"for a in range(F):  # {say(MESSAGES[7])}",
            "    for b in range(F):",
            "        r += kernel[a, b] * x[a * D:a * D + S * H:S, b * D:b * D + S * W:S]",
            "print(r.shape)",
        ]
    if sobel:
        lines += [
            "",
            "sobel_x = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], dtype=float)",
            "",
            "def correlate(image, k):",
            "    n = k.shape[0]",
            "    h, w = image.shape[0] - n + 1, image.shape[1] - n + 1",
            "    return sum(k[a, b] * image[a:a + h, b:b + w]",
            "               for a in range(n) for b in range(n))",
            "",
            "gx = correlate(gimg.astype(float), sobel_x)",
            "gy = correlate(gimg.astype(float), sobel_x.T)",
            "magnitude = np.sqrt(gx * gx + gy * gy)",
            "direction = np.degrees(np.arctan2(gy, gx))",
            f"shown = magnitude / np.max(magnitude)  # {say(MESSAGES[8])}",
        ]
    if pool is not None:
        size, step, source = pool
        lines += [
            "",
            f"source = {'r' if source == 'conv' else 'gimg.astype(float)'}",
            "windows = np.lib.stride_tricks.sliding_window_view("
            f"source, ({size}, {size}))[::{step}, ::{step}]",
            f"c = ({size} - 1) / 2  # {say(MESSAGES[9])}",
            f"rows, cols = np.mgrid[0:{size}, 0:{size}]",
            "weights = 1 / (1 + np.hypot(rows - c, cols - c))",
            "weights /= weights.sum()",
            f"pooled = {{  # {say(MESSAGES[10])}",
            "    'max': windows.max(axis=(2, 3)),",
            "    'avg': windows.mean(axis=(2, 3)),",
            "    'l2': np.sqrt((windows ** 2).sum(axis=(2, 3))),",
            "    'weighted': np.einsum('ijab,ab->ij', windows, weights),",
            "}",
            "print(source.size, '->', pooled['max'].size, pooled['max'].shape)",
        ]
    return "\n".join(lines) + "\n"
