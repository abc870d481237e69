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
