"""``$EVENTWIRE_SHARED`` set to a folder that is not the shared data folder is an error, not a silent fall back to
another copy of the data (fresh user, stop 19; evaluate.loaders.shared_root)."""
from __future__ import annotations

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate.loaders import shared_root


def test_a_wrong_shared_folder_is_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_SHARED", str(tmp_path / "nonexistent"))
    with pytest.raises(EvaluationError, match="EVENTWIRE_SHARED=.*nonexistent.*no eval/"):
        shared_root()


def test_a_right_shared_folder_is_taken(tmp_path, monkeypatch):
    (tmp_path / "eval").mkdir()
    monkeypatch.setenv("EVENTWIRE_SHARED", str(tmp_path))
    assert shared_root() == tmp_path
