"""actors.resolve: "the government", "the country" stand for the last STATE named; an organisation named since
("the EU", "the UN", NATO) is no country and has no government of its own (schema.NON_STATE_CODES)."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _recipients(text, event):
    evs, _ = code_text(text, publication_date="2005-01-20")
    return [[r.code for r in e.recipient] for e in evs if e.event == event]


@pytest.mark.parametrize("text, want", [
    ("Turkey has asked to join. The UN welcomed the talks. The opposition condemned the government over its "
     "record.", "TUR"),
    ("Turkey has asked to join. The talks will shape Europe's future, the EU said. The opposition condemned the "
     "government over its record.", "TUR"),
    ("Kenya sent troops abroad last year. The African Union praised the deployment. The opposition accused the "
     "government of wasting money.", "KEN"),
])
def test_the_government_is_the_last_state_named_not_an_organisation(text, want):
    got = _recipients(text, "ACCUSE")
    assert got and got[-1] == [want]


def test_with_no_state_named_the_government_gets_no_organisation_code():
    from eventwire.pipeline import code_batch
    from eventwire.schema import Article

    res = code_batch([Article(text="The EU unveiled its budget. The opposition criticised the government.", id="eu",
                              publication_date="2005-01-20")])
    crit = [e for e in res.events if e.event == "ACCUSE" and e.event_text.startswith("criticised")]
    # the government is never the EU's: the record keeps it uncoded, and with neither party coded the story drop
    # rule no-codable-party removes it (reported)
    assert all(r.code not in ("EUR", "IGO", "UNO") for e in crit for r in e.recipient)
    assert crit or "story_dropped:no-codable-party:1" in res.reports[0].reason
