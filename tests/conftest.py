"""Shared fixtures. Tests that read ../shared fail (not skip) when CI=true and it is missing."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """Path under ../shared; skips the test locally when absent, fails under CI=true."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        if os.environ.get("CI"):
            pytest.fail(f"../shared is required under CI=true and {p} is missing")
        pytest.skip(f"{p} not available")
    return p


@pytest.fixture(scope="session")
def nlp():
    from eventwire.nlp.model import load_model

    return load_model()


@pytest.fixture(scope="session")
def hand_doc(nlp):
    """Build a parsed spaCy Doc by hand, as spaCy's own tests do, so that a rule test does not move when the
    model does. One token per line: ``word head dep POS TAG lemma [IOB-entity]`` (head = token index)::

        hand_doc('''
        Russia   1 nsubj PROPN NNP russia  B-GPE
        attacked 1 ROOT  VERB  VBD attack
        ''')
    """
    from spacy.tokens import Doc

    def build(spec: str):
        rows = [line.split() for line in spec.strip().splitlines()]
        return Doc(nlp.vocab, words=[r[0] for r in rows], heads=[int(r[1]) for r in rows],
                   deps=[r[2] for r in rows], pos=[r[3] for r in rows], tags=[r[4] for r in rows],
                   lemmas=[r[5] for r in rows], ents=[r[6] if len(r) > 6 else "O" for r in rows])

    return build
