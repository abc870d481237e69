"""triggers.threat_as_danger: a threat noun that names a danger -- a category with its kinds listed, a danger by its
field or growth, the object of a verb naming or meeting a danger, a threat "posed" -- is no threat made by anyone
(lexicon ``threat_noun``, ``danger_modifier``, ``danger_verb``, ``threat_kind_preposition``). A threat made keeps its
THREATEN. Source: PLOVER manual, THREATEN. Variants of our own wording."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _threats(text):
    evs, _ = code_text(text, publication_date="2024-05-01")
    return [(e.event_text, [a.code for a in e.actor]) for e in evs if e.event == "THREATEN"]


@pytest.mark.parametrize("text", [
    "The minister listed threats such as piracy and smuggling.",
    "The admiral named threats like sabotage of undersea cables.",
    "Analysts said Iran poses a threat to the region.",
    "The report cited security threats in the Gulf.",
    "The Pentagon sees a growing threat from China.",
    "The threat posed by the militia is growing, the general said.",
    "Officials said the new unit would counter cyber threats.",
])
def test_a_threat_named_as_a_danger_is_no_threaten(text):
    assert _threats(text) == []


@pytest.mark.parametrize("text, actor", [
    ("Russia renewed its threat to cut gas supplies to Europe.", "RUS"),
    ("Putin's threats against Ukraine alarmed Europe.", "RUS"),
    ("Trump could return to threats of preventive attacks.", "USA"),
])
def test_a_threat_made_stays_threaten(text, actor):
    got = _threats(text)
    assert got and actor in got[0][1], got
