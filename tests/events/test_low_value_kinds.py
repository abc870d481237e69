"""Low-value records of four kinds a field tester found, each a drop rule of :mod:`eventwire.events.admission`: the
agentless state of a thing read as coercion (``agentless_state_of_thing``, lexicon ``inert_thing_noun``), a
speaker's judgement of a situation read as an accusation (``abstraction_judged``, lexicon
``judged_situation_noun``), aid that money being sought would pay for (``aid_sought_not_given``, lexicon
``fund_seeking_verb``), and the journey of a vehicle or goods read as a visit (``conveyance_journey``, lexicon
``conveyance_noun``; ``conveyance_doer``: the detector's reading of what a conveyance does). The sentences are invented variants of each kind."""
import pytest

from eventwire import code_text
from eventwire.events import admission


def coded(text):
    events, _ = code_text(text, publication_date="2024-05-14")
    return events


def types(text):
    return [e.event for e in coded(text)]


def test_the_rules_run_among_the_drop_rules():
    after = [r.__name__ for r in admission.DROP_AFTER_ACTOR]
    before = [r.__name__ for r in admission.DROP_BEFORE_CODING]
    assert after.index("conveyance_journey") == after.index("tourist_visit") + 1
    assert after.index("conveyance_doer") == after.index("conveyance_journey") + 1
    assert after[-1] == "aid_sought_not_given"
    assert before.index("abstraction_judged") == before.index("agentless_state_of_thing") + 1


# ------------------------------------------------------------------ agentless_state_of_thing
@pytest.mark.parametrize("text", [
    "The train remains blocked in a tunnel near the border, officials in Pakistan said.",
    "The trucks were blocked at the border crossing, officials in Peru said.",
])
def test_the_state_of_a_thing_is_no_coercion(text):
    assert "COERCE" not in types(text)


@pytest.mark.parametrize("text", [
    "Kenyan police recovered 17 firearms from the suspects' homes.",  # a doer
    "Hamas's weapons were seized by Israeli forces.",  # a doer and an owner
    "Police in Kenya said 17 firearms were recovered from the suspects' homes on Sunday.",  # seized arms: CAMEO 1711
    "The British-flagged tanker was seized in the Strait of Hormuz on Friday.",  # a seizure, whatever is seized
    "Three activists were detained in Nairobi on Sunday.",  # people
])
def test_coercion_with_a_doer_or_of_people_stays(text):
    assert "COERCE" in types(text)


def test_inert_thing_words(nlp):
    doc = nlp("The projects and the activists and the train and the firearms and the body.")
    by = {t.text: t for t in doc}
    assert admission._inert_thing(by["projects"]) and admission._inert_thing(by["train"])
    assert not admission._inert_thing(by["activists"])
    assert not admission._inert_thing(by["firearms"])  # their seizure is COERCE seize (tests/test_coder_rules.py)
    assert not admission._inert_thing(by["body"])  # a body found reports a killing: left to it


# ------------------------------------------------------------------ abstraction_judged
@pytest.mark.parametrize("text", [
    "The conflict exposed the darkest depths of human cruelty, the Sudanese minister said.",
    "The war exposed the darkest depths of cruelty, the Ethiopian president said.",
])
def test_a_judged_situation_is_no_accusation(text):
    assert "ACCUSE" not in types(text)


@pytest.mark.parametrize("text", [
    "The Kenyan opposition leader said the government had lied to voters.",
    "The episode painted an unflattering picture of the government, the Kenyan opposition leader said.",
])
def test_a_judged_party_stays_accused(text):
    assert "ACCUSE" in types(text)


# ------------------------------------------------------------------ aid_sought_not_given
@pytest.mark.parametrize("text", [
    "UNICEF needs $50 million to help children in Sudan.",
    "The World Food Programme said it requires $300 million to provide food aid to refugees in Chad.",
])
def test_aid_that_funds_sought_would_pay_for_is_not_given(text):
    assert "AID" not in types(text)


@pytest.mark.parametrize("text", [
    "Japan pledged $50 million to help children in Sudan.",
    "The United States gave $10 million to help refugees in Chad.",
])
def test_aid_given_stays(text):
    assert "AID" in types(text)


# ------------------------------------------------------------------ conveyance_journey
@pytest.mark.parametrize("text", [
    "The ship arrived in eastern China late last year.",
    "The cargo ship arrived in Iran on Monday.",
    "The vessel arrived in Syria late last year.",
])
def test_the_journey_of_a_conveyance_is_no_visit(text):
    assert "CONSULT" not in types(text)


def test_an_official_visit_stays():
    assert "CONSULT" in types("The Iranian foreign minister arrived in Beijing on Monday for talks.")


def test_what_a_conveyance_does_is_no_act(nlp):
    assert "ACCUSE" not in types("A cargo train completed its 15-day journey from Yiwu to Tehran, the Chinese "
                                 "embassy said.")
    doc = nlp("A freight train carrying 41 containers completed a 19-day journey from China to Iran.")
    assert admission._conveyance(doc[2])  # "train": the detector's ASSAULT on "completed" has it as its doer
    assert not admission._conveyance(nlp("Iran's tanker arrived in Venezuela.")[2])  # an owner named


def test_suspended_projects_in_a_story_are_no_coercion():
    text = ("Lebanese authorities have restricted access to the Ein el-Hilweh camp. Construction projects in the camp "
            "were suspended in early 2020, residents said.")
    assert "COERCE" not in types(text)
