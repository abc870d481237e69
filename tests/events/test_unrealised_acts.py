"""Acts that did not (yet) happen are not coded as actual acts (stop 22, fresh-user findings; PLOVER manual, auxiliary
modes): the means of a conditional response (modality.means_verb), a response an analyst estimates
(triggers.estimated_response), an offer not yet accepted (modality.pending_acceptance), a failing or weighing the
detector reads as the act (admission.empty_governor), and talks put off (modality.postponed_act). Each with the
shapes that must stay."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.events import admission


def _records(text):
    evs, _ = code_text(text, publication_date="2023-06-14")
    return [(e.event, e.status, bool(e.negated), [a.code for a in e.actor], [a.code for a in e.recipient])
            for e in evs]


def _actual(text, event):
    return [r for r in _records(text) if r[0] == event and r[1] == "actual" and not r[2]]


# ------------------------------------------------------------------ means phrase of a conditional response
@pytest.mark.parametrize("text,event", [
    ("If Iran resumes arms shipments to the Houthis, Riyadh would likely respond by cutting ties again.", "SANCTION"),
    ("The EU could respond by imposing tariffs on China.", "SANCTION"),
    ("Iran would probably respond by expelling French diplomats.", "SANCTION"),
])
def test_the_means_of_a_hypothetical_response_is_hypothetical(text, event):
    recs = _records(text)
    assert [r for r in recs if r[0] == event and r[1] == "hypothetical"], recs
    assert not _actual(text, event), recs


def test_the_means_of_a_response_made_is_actual():
    assert _actual("Riyadh responded by cutting ties with Iran.", "SANCTION")[0][3] == ["SAU"]


# ------------------------------------------------------------------ a response estimated is no threat
@pytest.mark.parametrize("text", [
    "If Iran resumes arms shipments to the Houthis, Riyadh would likely respond by cutting ties again.",
    "Israel will probably retaliate against Iran, analysts say.",
])
def test_an_estimated_response_is_no_threat(text):
    assert [r for r in _records(text) if r[0] == "THREATEN"] == []


@pytest.mark.parametrize("text,actor", [
    ("Israel will retaliate against Iran, the prime minister said.", "ISR"),
    ("Riyadh would respond by cutting ties with Iran if Tehran resumes arms shipments, the Saudi foreign minister "
     "said.", "SAU"),
])
def test_an_announced_response_stays_a_threat(text, actor):
    hit = [r for r in _records(text) if r[0] == "THREATEN"]
    assert hit and hit[0][3] == [actor]


# ------------------------------------------------------------------ an offer not yet accepted is not rejected
@pytest.mark.parametrize("text", [
    "France said it was ready to provide 5 million euros in aid to Morocco, but Morocco has not yet accepted the offer.",
    "Kyiv has not yet agreed to the plan.",
    "Hamas has not yet accepted the Egyptian proposal.",
])
def test_not_yet_accepted_is_no_reject(text):
    assert _actual(text, "REJECT") == []


@pytest.mark.parametrize("text,actor", [
    ("Morocco rejected the offer from France.", "MAR"),
    ("Iran has not accepted the European proposal.", "IRN"),
])
def test_a_rejection_stays(text, actor):
    hit = _actual(text, "REJECT")
    assert hit and hit[0][3] == [actor]


def test_the_offer_before_not_yet_accepted_stays():
    text = "France said it was ready to provide 5 million euros in aid to Morocco, but Morocco has not yet accepted " \
           "the offer."
    assert [r[3:] for r in _records(text) if r[0] == "AGREE" and not r[2]] == [(["FRA"], ["MAR"])]


# ------------------------------------------------------------------ failing and weighing are no acts
def test_the_rule_runs_among_the_drop_rules():
    before = [r.__name__ for r in admission.DROP_BEFORE_CODING]
    assert before.index("empty_governor") == before.index("flight_not_act") + 1


@pytest.mark.parametrize("text,event", [
    ("The council failed to adopt a joint statement after China objected to the wording, according to two "
     "diplomats.", "AGREE"),
    ("The EU is also considering a ban on exports of drone components to Iran, according to a diplomat.", "REQUEST"),
    ("The EU is considering a ban on Iranian oil.", "REQUEST"),
])
def test_a_failure_or_a_weighing_is_no_act(text, event):
    assert _actual(text, event) == []


def test_advice_to_consider_stays_a_request():
    recs = _records("The government should consider a national spatial framework for England.")
    assert [r for r in recs if r[0] == "REQUEST" and not r[2]], recs


# ------------------------------------------------------------------ talks put off are still to come
@pytest.mark.parametrize("text", [
    "Talks between Russia and Ukraine have been postponed.",
    "Peace talks between Russia and Ukraine that were due to begin on Thursday have been postponed, the African "
    "Union said.",
    "Talks between Israel and Hamas were delayed.",
])
def test_postponed_talks_are_no_consultation(text):
    recs = _records(text)
    assert _actual(text, "CONSULT") == [], recs
    assert [r for r in recs if r[0] in ("AGREE", "CONSULT") and r[1] == "future"], recs


@pytest.mark.parametrize("text", [
    "The talks between Russia and Ukraine were not postponed.",
    "Talks between Russia and Ukraine resumed in Istanbul after a delay.",
])
def test_talks_that_go_ahead_stay(text):
    assert sorted(r[3][0] for r in _actual(text, "CONSULT")) == ["RUS", "UKR"]


def test_putting_off_talks_stays_a_rejection():
    hit = _actual("Israel postponed the talks with Hamas.", "REJECT")
    assert hit and hit[0][3:] == (["ISR"], ["PSE"])


# ------------------------------------------------------------------ an act estimated likely is weighed, not threatened
@pytest.mark.parametrize("text,event,actor", [
    ("If Iran resumes arms shipments, Riyadh would likely cut ties again, analysts say.", "SANCTION", "SAU"),
    ("If Iran resumes arms shipments, Riyadh would likely cut ties again.", "SANCTION", "SAU"),
    ("Israel would probably strike Iran if it enriches uranium to 90 percent, analysts say.", "ASSAULT", "ISR"),
])
def test_an_estimated_conditional_act_is_hypothetical_and_no_threat(text, event, actor):
    recs = _records(text)
    assert [r for r in recs if r[0] == "THREATEN"] == [], recs
    assert [r for r in recs if r[0] == event and r[1] == "hypothetical" and r[3] == [actor]], recs


def test_the_actors_own_conditional_stays_a_threat():
    recs = _records("If Iran resumes arms shipments, Riyadh would cut ties again, the Saudi foreign minister said.")
    assert [r[3:] for r in recs if r[0] == "THREATEN"] == [(["SAU"], ["IRN"])], recs


def test_an_offer_not_yet_accepted_was_made():
    recs = _records("Morocco has yet to accept the offer from France.")
    assert [r[3:] for r in recs if r[0] == "AGREE" and not r[2]] == [(["FRA"], ["MAR"])], recs
    assert _actual("Russia has yet to launch its offensive.", "ASSAULT") == []
