"""triggers.denied_entitlements: a speaker's "Y has no authority/right/mandate/legitimacy to ..." is the speaker's
REJECT of Y (PLOVER manual, REJECT: "all rejections and refusals"), not negated; what Y has no right to do is no
event; a first-person or self-referring denial ("we have no mandate") rejects no one."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _events(text):
    evs, _ = code_text(text, publication_date="2024-03-12")
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient], e.negated, e.event_text) for e in evs]


@pytest.mark.parametrize("text,actor,recipient,words", [
    ("Mali says ECOWAS has no mandate to impose sanctions.", "MLI", "IGO", "no mandate"),
    ("Kyiv says Moscow has no legitimacy to hold elections in occupied regions.", "UKR", "RUS", "no legitimacy"),
    ("China said Washington had no right to interfere in its internal affairs.", "CHN", "USA", "no right"),
    ("Niger's junta ordered the French ambassador to leave. France said the junta had no authority to make such a "
     "demand.", "FRA", "NER", "no authority"),
])
def test_denied_entitlement_is_the_speakers_reject(text, actor, recipient, words):
    got = _events(text)
    assert ("REJECT", [actor], [recipient], False, words) in got, got
    # the act there is no right to is no event of the party denied
    assert not [g for g in got if g[1] == [recipient] and g[4].split()[0] in ("impose", "hold", "interfere", "make")], got


@pytest.mark.parametrize("text", [
    "We have no mandate to negotiate, the minister said.",
    "Britain said it had no right to block the deal.",
    "France did not say the junta had no authority.",
    "The junta has no authority to make such a demand.",
])
def test_no_reject_without_a_speaker_denying_another_party(text):
    assert not [g for g in _events(text) if g[0] == "REJECT"], _events(text)
