"""The error catalogue (src/eventwire/errors.py): one class per name, one code per class.

Two branches once each added a ``TooLarge`` (a document over the size limit, EW111, and a fetched body over
``--max-bytes``, EW603); the second definition silently replaced the first, so an oversized document was
reported as an internal error (EW900) instead of a ``too_large:<bytes>`` skip.
"""
from __future__ import annotations

import ast
import inspect
from collections import Counter
from pathlib import Path

import eventwire.errors as errors


def test_every_error_class_is_defined_once():
    tree = ast.parse(Path(errors.__file__).read_text(encoding="utf-8"))
    names = Counter(n.name for n in tree.body if isinstance(n, ast.ClassDef))
    assert names["TooLarge"] == 1 and names["BodyTooLarge"] == 1
    assert [n for n, k in names.items() if k > 1] == []


def test_every_error_code_is_unique():
    classes = [c for _, c in inspect.getmembers(errors, inspect.isclass) if issubclass(c, errors.EventwireError)]
    assert len(classes) > 20
    codes = Counter(c.__dict__["code"] for c in classes if "code" in c.__dict__)
    assert codes["EW111"] == 1 and codes["EW603"] == 1
    assert [c for c, k in codes.items() if k > 1] == []


def test_document_too_large_is_an_input_error_with_its_size():
    e = errors.TooLarge("doc: too big", size=2_000_001)
    assert isinstance(e, errors.InputError) and e.code == "EW111" and e.reason == "too_large:2000001"
    b = errors.BodyTooLarge("http://x/: body over the limit")
    assert isinstance(b, errors.FetchError) and b.code == "EW603" and b.reason == "too_large"
