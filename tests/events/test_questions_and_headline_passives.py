"""Requests that ask nobody for anything and headline passives read as acts: the speaker tag of a question the
sentence splitter cut off (``triggers._question_tag`` in ``asked_question``), asking as a right (``triggers.generic_asking``, lexicon
``generic_person_word``, ``permission_verb``, ``ability_modal``, ``right_noun``), and a headline's bare participle
of warning or asking, which is a passive (``admission.headline_passive_address``, lexicon
``headline_passive_verb``). The sentences are invented variants of each kind (PLOVER manual, REQUEST, THREATEN;
voa_news ANNOTATION.md)."""
import pytest

from eventwire import code_text
from eventwire.events import admission, triggers
from eventwire.pipeline import code_batch
from eventwire.schema import Article


def coded(text):
    events, _ = code_text(text, publication_date="2024-05-14")
    return events


def types(text):
    return [e.event for e in coded(text)]


def test_the_rules_run_among_the_filters_and_drop_rules():
    filters = [r.__name__ for r in triggers.TRIGGER_FILTERS]
    assert filters.index("generic_asking") == filters.index("asked_question") + 1
    before = [r.__name__ for r in admission.DROP_BEFORE_CODING]
    assert before.index("headline_passive_address") == before.index("forecast_warning") + 1


# ------------------------------------------------------------------ question tags
@pytest.mark.parametrize("text", [
    '"Why did the Kenyan police not act?\nasked Kenyan Senator John Kamau, a former prosecutor.',
    'Labour MP John Smith attacked the plan. "Isn\'t the reason that the government is selling the new EU to the '
    'country?" he asked.',
])
def test_the_tag_of_a_question_cut_off_is_no_request(text):
    assert "REQUEST" not in types(text)


@pytest.mark.parametrize("text, recipient", [
    ('"Release the prisoners now," the Kenyan senator asked Uganda.', "UGA"),
    ('The Kenyan minister asked Uganda to release the prisoners. "Will you help?" he asked Uganda.', "UGA"),
    ("Egypt asked Israel whether it would withdraw its troops.", "ISR"),
])
def test_asking_a_party_stays_a_request(text, recipient):
    req = [e for e in coded(text) if e.event == "REQUEST"]
    assert req and recipient in [r.code for e in req for r in e.recipient]


# ------------------------------------------------------------------ generic_asking
@pytest.mark.parametrize("text", [
    '"People can ask for whatever they want," said Beirne, a Kenyan election official.',
    "The Kenyan official said the law allows people to ask for correspondence and reports.",
    "Under the new rule, anyone may request a recount in Kenya, the Kenyan election board said.",
    "We are giving those above that age a right to request to work past 65, the British minister said.",
])
def test_asking_as_a_right_is_no_request(text):
    assert "REQUEST" not in types(text)


@pytest.mark.parametrize("text, actor", [
    ("Kenyan people can ask Uganda for help, the Kenyan minister said.", "KEN"),
    ("The Kenyan government can ask Uganda for help.", "KEN"),
    ("Kenyan voters can ask the commission for a recount, the Kenyan election board said.", "KEN"),
])
def test_a_named_party_that_can_ask_keeps_the_request(text, actor):
    req = [e for e in coded(text) if e.event == "REQUEST"]
    assert req and [a.code for a in req[0].actor] == [actor]


# ------------------------------------------------------------------ headline_passive_address
def headline_events(title, body):
    res = code_batch([Article(text=title + "\n\n" + body, id="h", title=title, publication_date="2024-03-12")])
    return [e for e in res.events if (e.text_info or {}).get("headline")]


@pytest.mark.parametrize("title", [
    "Parties warned over 'grey vote'",
    "Kenyan banks warned over risky lending",
    "Kenya urged to release prisoners",
    "Kenyan minister asked to explain delay",
])
def test_a_headline_passive_codes_no_act_of_its_subject(title):
    assert headline_events(title, "The Kenyan parliament met on Monday.") == []


@pytest.mark.parametrize("title", [
    "Kenya warns Uganda over border",
    "Kenya has warned Uganda over border",
])
def test_an_active_headline_warning_stays(title):
    evs = headline_events(title, "Kenya's foreign minister spoke on Monday.")
    assert [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in evs] == [
        ("THREATEN", ["KEN"], ["UGA"])]
