"""The environment an extraction worker starts with: only what reading files needs.

The service's environment holds its secrets (``SECOR_*`` passwords, tokens,
keys); a worker opens hostile files, so it gets none of them. Names are kept by
an allow-list, never filtered by a deny-list.
"""

from __future__ import annotations

from collections.abc import Mapping

_KEEP = frozenset(
    {
        "PATH",
        "HOME",
        "LANG",
        "LANGUAGE",
        "TZ",
        "TMPDIR",
        "TEMP",
        "TMP",
        "VIRTUAL_ENV",
        "LD_LIBRARY_PATH",
        "SYSTEMROOT",
        "CONDA_PREFIX",  # where a conda tesseract keeps its models (intake/ingest/ocr_api.py)
    }
)
_KEEP_PREFIXES = (
    "LC_",
    "PYTHON",
    "OMP_",
    "OPENBLAS_",
    "MKL_",
    "MALLOC_",
    "TESS",
    "OPENCV_",
    "COVERAGE_",
)


def scrubbed(environ: Mapping[str, str]) -> dict[str, str]:
    """ENVIRON with only the allowed names (no SECOR_* setting, no secret)."""
    return {
        name: value
        for name, value in environ.items()
        if not name.startswith("SECOR_") and (name in _KEEP or name.startswith(_KEEP_PREFIXES))
    }
