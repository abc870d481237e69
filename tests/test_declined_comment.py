"""triggers.declined_comment: refusing to comment on a topic is CAMEO 011 ("Decline comment"), a neutral
statement PLOVER does not code -- not a REJECT of talks. A refusal to talk with a partner stays a REJECT."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _events(text):
    evs, _ = code_text(text, publication_date="2022-03-15")
    return evs


@pytest.mark.parametrize("text", [
    "Dr Fox refused to discuss newspaper reports that the party had repaid the money.",
    "The French foreign minister declined to discuss the holdup.",
    "A Kremlin spokesman would not discuss the reports.",
    "The Indian defence ministry refused to comment on the deployment.",
])
def test_declining_comment_is_no_event(text):
    assert [e.event for e in _events(text) if e.event in ("REJECT", "CONSULT")] == []


@pytest.mark.parametrize("text, actor, recipient", [
    ("Iran refused to discuss the nuclear deal with the United States.", "IRN", "USA"),
    ("Hamas declined to discuss a ceasefire with Israel.", "PSE", "ISR"),
])
def test_refusing_talks_with_a_partner_stays_a_rejection(text, actor, recipient):
    rej = [e for e in _events(text) if e.event == "REJECT"]
    assert rej and [a.code for a in rej[0].actor] == [actor] and [r.code for r in rej[0].recipient] == [recipient]


def test_talks_that_happened_stay_a_consultation():
    evs = _events("The Chinese and Russian presidents discussed trade in Beijing.")
    assert evs and {e.event for e in evs} == {"CONSULT"}
