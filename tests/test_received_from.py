"""Receiving an act named by a noun ("received a request from Somalia", "received a visit from the Somali president"):
the giver in the "from" phrase is the actor (actor_rules.between_or_from: "receive" is in lexicon list
``undergoer_verb``, so the receiver is not the light verb's doer) and the receiver is the recipient
(recipient_rules.undergoer_subject, tried before the row's own sources, whose "from" names the giver here).
PLOVER manual, REQUEST and CONSULT: the actor makes the request or the visit."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _events(text):
    evs, _ = code_text(text, publication_date="2015-09-01")
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in evs]


@pytest.mark.parametrize("text,event,actor,recipient", [
    ("Kenya received a request from Somalia.", "REQUEST", "SOM", "KEN"),
    ("Last week Germany received a formal request from Poland.", "REQUEST", "POL", "DEU"),
    ("Kenya received a visit from the Somali president.", "CONSULT", "SOM", "KEN"),
    ("Israel faced criticism from France over the raid.", "ACCUSE", "FRA", "ISR"),
])
def test_the_giver_acts_on_the_receiver(text, event, actor, recipient):
    got = [g for g in _events(text) if g[0] == event]
    assert got and got[0][1] == [actor] and got[0][2] == [recipient], _events(text)


def test_a_request_sent_is_still_the_senders():
    got = [g for g in _events("Somalia sent a request to Kenya.") if g[0] == "REQUEST"]
    assert got and got[0][1] == ["SOM"] and got[0][2] == ["KEN"]
