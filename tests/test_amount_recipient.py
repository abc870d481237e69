"""recipient_rules.source_prep: the recipient's "to" phrase may hang on the noun an amount measures ("pledged 500
million euros in humanitarian aid to Ukraine", "sent a shipment of weapons to Israel"): a found tryout case, where
the pledge had no recipient."""
from __future__ import annotations

import pytest

from eventwire import code_text


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Germany pledged 500 million euros in humanitarian aid to Ukraine on Tuesday.", "AGREE", "DEU", "UKR"),
    ("The United States sent a shipment of weapons to Israel.", "AID", "USA", "ISR"),
    ("Japan offered a package of loans to Indonesia.", "AGREE", "JPN", "IDN"),
])
def test_the_to_phrase_on_the_measured_noun_is_the_recipient(text, event, actor, recipient):
    evs, _ = code_text(text, publication_date="2022-03-15")
    got = [e for e in evs if e.event == event]
    assert got and [a.code for a in got[0].actor] == [actor] and [r.code for r in got[0].recipient] == [recipient]


def test_a_to_phrase_on_the_verb_still_gives_the_recipient():
    evs, _ = code_text("France pledged 200 million euros to Mali on Monday.", publication_date="2022-03-15")
    agree = [e for e in evs if e.event == "AGREE"]
    assert agree and [r.code for r in agree[0].recipient] == ["MLI"]
