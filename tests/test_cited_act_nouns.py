"""Who cites, highlights or notes an act named by a noun only speaks of it: "the UN envoy cited the murders of two
judges" is no ASSAULT by the envoy. Lexicon list ``undergoer_verb`` (cite, highlight, note, list, recount, detail,
reference join mention, describe, report): their subject is not the noun's doer (actor_rules._light_verb_doer).
PLOVER manual, ASSAULT: the actor is the attacker."""
from __future__ import annotations

import pytest

from eventwire import code_text


@pytest.mark.parametrize("text", [
    "In particular, the UN envoy cited the murders of two Iraqi judges in Baghdad.",
    "The Mexican report highlighted attacks on journalists in Sinaloa.",
    "The French minister noted the bombing of the embassy in his speech.",
])
def test_a_speaker_of_an_attack_is_not_its_attacker(text):
    evs, _ = code_text(text, publication_date="2015-09-01")
    speaker = {"UNO", "MEX", "FRA"}
    assert not [e for e in evs if e.event == "ASSAULT" and {a.code for a in e.actor} & speaker], \
        [(e.event, [a.code for a in e.actor]) for e in evs]


def test_a_light_verb_still_makes_its_subject_the_doer():
    evs, _ = code_text("Iraqi forces launched an attack on the town.", publication_date="2015-09-01")
    att = [e for e in evs if e.event == "ASSAULT"]
    assert att and [a.code for a in att[0].actor] == ["IRQ"]
