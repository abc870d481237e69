"""Acts the sentence says did not happen (:func:`eventwire.events.modality.cancelled`, lexicon
``cancelling_governor``, ``cancelling_opener``): a trigger under "without", "rather than", "instead of", "refrained
from", "stopped short of", "held off on" is negated; "ruled out" refuses its act (REJECT, as "refused to",
:func:`eventwire.events.modality.ruled_out`); the cancelling verb itself is no event (``admission.cancelling_verb``).
Meetings postponed, delayed, called off or put off are refused like cancelled ones, and aid blocked is a REJECT by the
blocker with no AID (verbs.tsv rows with the ``rules`` flag). The sentences are invented variants of each kind."""
import pytest

from eventwire import code_text
from eventwire.events import admission
from eventwire.lexicon import words


def coded(text):
    events, _ = code_text(text, publication_date="2024-05-14")
    return [(e.event, e.status, bool(e.negated), [a.code for a in e.actor], [a.code for a in e.recipient])
            for e in events]


def test_lexicon_lists():
    assert {"rule out", "refrain", "stop short", "hold off"} <= words("cancelling_governor")
    assert {"without", "rather than", "instead of"} <= words("cancelling_opener")
    assert "rule out" in words("explicit_refusal_verb")
    before = [r.__name__ for r in admission.DROP_BEFORE_CODING]
    assert before.index("cancelling_verb") == before.index("abstraction_judged") + 1


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Germany ruled out sending Taurus missiles to Ukraine.", "REJECT", "DEU", "UKR"),
    ("France ruled out deploying troops to Ukraine.", "REJECT", "FRA", "UKR"),
    ("Israel ruled out talks with Hamas.", "REJECT", "ISR", "PSE"),
    ("Germany ruled out sending tanks to Ukraine.", "REJECT", "DEU", "UKR"),  # the gerund parsed as advcl
])
def test_ruling_out_is_a_rejection(text, event, actor, recipient):
    assert coded(text) == [(event, "actual", False, [actor], [recipient])]


@pytest.mark.parametrize("text, event", [
    ("Russian jets flew over the Baltic Sea without attacking Lithuania.", "ASSAULT"),
    ("Turkey chose diplomacy rather than attacking Syria.", "ASSAULT"),
    ("India avoided condemning Russia.", "ACCUSE"),
])
def test_a_cancelled_act_is_negated(text, event):
    recs = [r for r in coded(text) if r[0] == event]
    assert recs and all(r[2] for r in recs), coded(text)


@pytest.mark.parametrize("text", [
    "The EU stopped short of imposing sanctions on Israel.",
    "The United States refrained from criticizing Israel.",
    "Washington held off on sanctioning China.",
    "Japan held off on imposing tariffs on Chinese goods.",
])
def test_a_cancelling_verb_codes_no_actual_event(text):
    assert [r for r in coded(text) if not r[2]] == []


@pytest.mark.parametrize("text, event", [
    ("Police stopped the convoy near the border.", "COERCE"),
    ("Russia attacked Ukraine without warning.", "ASSAULT"),
])
def test_acts_outside_the_cancelling_phrase_stay(text, event):
    assert any(r[0] == event and not r[2] for r in coded(text)), coded(text)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Israel postponed the talks with Hamas.", "ISR", "PSE"),
    ("Taliban officials called off talks with Pakistan on Monday.", "AFG", "PAK"),
    ("Pakistan cancelled talks with India.", "PAK", "IND"),
    ("Russia delayed the summit with Ukraine.", "RUS", "UKR"),
    ("Britain has called off a planned meeting with Iranian officials.", "GBR", "IRN"),
])
def test_a_postponed_meeting_is_refused(text, actor, recipient):
    assert coded(text) == [("REJECT", "actual", False, [actor], [recipient])]


@pytest.mark.parametrize("text, actor", [
    ("Earlier this year, Hungary blocked EU aid to Ukraine.", "HUN"),
    ("Slovakia blocked the delivery of weapons to Ukraine.", "SVK"),
])
def test_blocked_aid_is_a_rejection_and_no_aid(text, actor):
    recs = coded(text)
    assert [r[0] for r in recs] == ["REJECT"] and recs[0][3] == [actor], recs


@pytest.mark.parametrize("text, event", [
    # a proposal to change what is done now: the water cannons are in use
    ("Instead of using water cannons, the government needs to engage in dialogue with farmers.", "ASSAULT"),
    ("The government should talk to the protesters instead of arresting them.", "COERCE"),
])
def test_an_opener_under_a_proposal_keeps_the_act(text, event):
    assert any(r[0] == event and not r[2] for r in coded(text)), coded(text)


def test_a_scheduled_meeting_postponed_by_no_one_stays_planned():
    assert ("AGREE", "future", False, ["RUS"], ["UKR"]) in coded(
        "The scheduled talks between Russia and Ukraine were postponed.")
    assert coded("The talks with Hamas were postponed by Israel.") == [("REJECT", "actual", False, ["ISR"], ["PSE"])]


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Germany did not rule out sending tanks to Ukraine.", "AID", "DEU", "UKR"),
    ("Israel has not ruled out talks with Hamas.", "CONSULT", "ISR", "PSE"),
    ("France has never ruled out deploying troops to Ukraine.", "AID", "FRA", "UKR"),
])
def test_an_act_not_ruled_out_is_left_open(text, event, actor, recipient):
    # a double negative: not negated, and no act asserted either (modality.cancelling_negated; fresh-user finding)
    recs = [r for r in coded(text) if r[0] == event]
    assert recs == [(event, "hypothetical", False, [actor], [recipient])], coded(text)


def test_the_double_negative_rule_on_its_own():
    from eventwire.events.modality import cancelling_negated
    from eventwire.nlp.model import load_model

    nlp = load_model()
    doc = nlp("Germany did not rule out sending tanks to Ukraine.")
    assert cancelling_negated(doc[5]) == "hypothetical"
    doc = nlp("The United States never refrained from criticizing Israel.")
    assert cancelling_negated(doc[6]) == "actual"
    doc = nlp("Germany ruled out sending tanks to Ukraine.")
    assert cancelling_negated(doc[3]) is None
