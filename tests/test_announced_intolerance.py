"""'X will not tolerate/allow any aggression by Y' is X's THREATEN to Y (triggers.announced_intolerance,
recipient_rules.hostile_act_doer; PLOVER manual, THREATEN; CAMEO 130): not negated, actual, and the act not
tolerated is no act of X's."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _events(text):
    events, _ = code_text(text, publication_date="2024-03-12")
    return events


@pytest.mark.parametrize("text, actor, recipient", [
    ("Israel will not tolerate any further aggression by Hezbollah, the defense minister said.", "ISR", "LBN"),
    ("The United States will not allow Iranian aggression against its allies.", "USA", "IRN"),
    ("Beijing will not accept any foreign interference in Hong Kong.", "CHN", None),
    ("Turkey would not tolerate attacks on its soldiers, Erdogan said.", "TUR", None),
])
def test_announced_intolerance_is_a_threat_to_the_doer(text, actor, recipient):
    evs = _events(text)
    threats = [e for e in evs if e.event == "THREATEN"]
    assert len(threats) == 1, [(e.event, e.event_text) for e in evs]
    t = threats[0]
    assert not t.negated and t.status == "actual" and t.text_info["rule"]["trigger"] == "intolerance"
    assert [a.code for a in t.actor] == [actor]
    assert [r.code for r in t.recipient] == ([recipient] if recipient else [])
    # the subject does not commit the act it will not tolerate
    assert not any(e.event == "ASSAULT" and any(a.code == actor for a in e.actor) for e in evs)


def test_the_victims_place_is_not_the_one_threatened():
    evs = _events("Palestinian leader Mahmoud Abbas has said he will not tolerate attacks such as last Friday's "
                  "suicide bombing in the Israeli city of Tel Aviv.")
    threat = [e for e in evs if e.event == "THREATEN"]
    assert len(threat) == 1 and [a.code for a in threat[0].actor] == ["PSE"]
    assert all(r.code != "ISR" for r in threat[0].recipient)


@pytest.mark.parametrize("text", [
    "China did not tolerate dissent.",  # past, and no hostile act
    "Russia did not tolerate attacks on its convoys.",  # a past stance, not a warning now
    "Russia will not accept the proposal.",  # a refusal (REJECT), not a threat
    "Israel will tolerate no delays in the talks.",  # no hostile act
])
def test_no_threat_without_a_negated_stance_on_a_hostile_act(text):
    assert not [e for e in _events(text) if e.event == "THREATEN" and e.text_info["rule"]["trigger"] == "intolerance"]


def test_a_refused_proposal_stays_a_reject():
    evs = _events("Russia will not accept the proposal.")
    assert [e.event for e in evs if not e.negated] == ["REJECT"]


@pytest.mark.parametrize("text, recipient", [
    ("\"The Zionist regime will receive a crushing response,\" Iran's foreign minister told reporters.", "ISR"),
    ("Iran's foreign minister said Israel will get a decisive response.", "ISR"),
])
def test_a_response_to_be_received_is_the_speakers_threat(text, recipient):
    """lexicon penalty_verb (receive, get, incur beside face, suffer) and seats.tsv ("Zionist regime": ISR GOV)."""
    threats = [e for e in _events(text) if e.event == "THREATEN"]
    assert [(e.actor[0].code, [r.code for r in e.recipient]) for e in threats] == [("IRN", [recipient])]


def test_receiving_aid_is_no_threat():
    assert not [e for e in _events("Ukraine will receive more weapons from Germany.") if e.event == "THREATEN"]
