"""An act told under an expletive passive of saying or alleging is reported with no source (attribution.
expletive_passive, expletive_report; fresh user, twentieth stop): "..., it was reported on Thursday", "It is alleged
that ...". voa_news ANNOTATION.md: reported = attributed to someone else, or hedged."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _records(text):
    evs, _ = code_text(text, publication_date="2024-03-12")
    return [(e.event, [a.code for a in e.actor], e.reported, list(e.sources)) for e in evs]


@pytest.mark.parametrize("text,event,actor", [
    ("Russia expelled two Estonian diplomats, it was reported on Thursday.", "SANCTION", "RUS"),
    ("It was reported that Russia expelled two Estonian diplomats.", "SANCTION", "RUS"),
    ("It is alleged that Syrian troops shelled the village of Kafr Nabl.", "ASSAULT", "SYR"),
    ("It was claimed that Houthi rebels attacked the convoy on Monday.", "ASSAULT", "YEM"),
])
def test_expletive_passive_report_is_reported_with_no_source(text, event, actor):
    got = [r for r in _records(text) if r[0] == event and r[1] == [actor]]
    assert got, _records(text)
    assert all(r[2] is True and r[3] == [] for r in got), got


@pytest.mark.parametrize("text,event,actor", [
    ("Russia expelled two Estonian diplomats on Thursday.", "SANCTION", "RUS"),
    ("Syrian troops shelled the village of Kafr Nabl.", "ASSAULT", "SYR"),
])
def test_an_unhedged_act_stays_unreported(text, event, actor):
    got = [r for r in _records(text) if r[0] == event and r[1] == [actor]]
    assert got and all(r[2] is False for r in got), _records(text)
