"""Demands and refusals phrased with words the dictionary lacked (verbs.tsv rules-only rows appended at the end;
modality.refusal_noun_infinitive). Kinds from the missed REQUEST/REJECT events of the training stories:

* "called upon Israel to withdraw" (phrasal 'call upon', as 'call on'); "exhorted Uganda to end the blockade";
  "lobbied/petitioned Washington to lift the sanctions" (with a to-infinitive and a resolved addressee only: "we
  cannot petition to have her charged" names no party); "Kenya's plea for help" (a plea 'for' something; a plea in
  court, "a plea of not guilty", "a plea deal", is none): REQUEST (PLOVER manual, REQUEST; CAMEO 02 "appeal").
* "discounted the allegations", "shrugged off the criticism", "brushed aside demands" (objects of the claim nouns
  of the 'dismiss' row), "spurned the offer": REJECT (PLOVER manual, REJECT; CAMEO 12).
* nouns of a rejection with what is rejected: "Israel's rejection of the plan", "Syria's refusal of the UN plan",
  "Russia's opposition to NATO expansion" (only with 'to': "the opposition party" is no act): REJECT.
* the to-infinitive of a refusal noun is refused ("Iran's refusal to meet the American envoy"), REJECT of the one
  it was to meet, as under "refused to meet"; it was read as a planned meeting (AGREE). "Refusal to comment" stays
  uncoded (CAMEO 011, as "refused to comment")."""
import pytest

from test_coder_rules import coded


def _of(events, t):
    return [e for e in events if e.event == t and not e.negated]


def _codes(parties):
    return [p.code for p in parties]


@pytest.mark.parametrize("text,actor,recipient", [
    ("The Security Council called upon Israel to withdraw its troops.", "UNO", "ISR"),
    ("Kenya exhorted Uganda to end the blockade.", "KEN", "UGA"),
    ("Kenya lobbied Washington to lift the sanctions.", "KEN", "USA"),
    ("Kenya's plea for help went unanswered.", "KEN", None),
])
def test_appeals_are_requests(text, actor, recipient):
    rows, events, _ = coded(text)
    hit = _of(events, "REQUEST")
    assert hit and actor in _codes(hit[0].actor), rows
    if recipient:
        assert recipient in _codes(hit[0].recipient), rows


def test_a_demanded_act_after_call_upon_is_content():
    rows, events, _ = coded("The Security Council called upon Israel to withdraw its troops.")
    assert not _of(events, "RETREAT"), rows


@pytest.mark.parametrize("text", [
    "The minister requested anonymity because he was not authorized to speak.",
    "Kenya refused to comment on the report.",
    "The Kenyan minister's refusal to comment drew criticism.",
    "The lawyer entered a plea of not guilty.",
    "Kenya's plea deal with prosecutors was approved.",
    "It doesn't mean we cannot petition to have her charged as an adult.",
])
def test_conditions_and_court_pleas_are_no_requests(text):
    rows, events, _ = coded(text)
    assert not _of(events, "REQUEST") and not _of(events, "REJECT"), rows


@pytest.mark.parametrize("text,actor,recipient", [
    ("The Kenyan government discounted the allegations as far-fetched.", "KEN", None),
    ("Kenya brushed aside Ugandan demands for compensation.", "KEN", "UGA"),
    ("Kenya shrugged off the Ugandan criticism.", "KEN", "UGA"),
    ("Kenya spurned the Ugandan offer of talks.", "KEN", "UGA"),
    ("Israel's rejection of the Egyptian plan surprised observers.", "ISR", "EGY"),
    ("Syria's refusal of the UN plan prolonged the war.", "SYR", "UNO"),
    ("Russia reiterated its strong opposition to NATO expansion.", "RUS", "IGO"),
    ("Ethiopia's opposition to the border ruling stalled the peace process.", "ETH", None),
    ("Iran's refusal to meet the American envoy angered Washington.", "IRN", "USA"),
])
def test_refusals_and_dismissals_are_rejections(text, actor, recipient):
    rows, events, _ = coded(text)
    hit = _of(events, "REJECT")
    assert hit and actor in _codes(hit[0].actor), rows
    if recipient:
        assert recipient in _codes(hit[0].recipient), rows
    assert not _of(events, "AGREE") and not _of(events, "CONSULT"), rows


@pytest.mark.parametrize("text", [
    "The opposition party won the vote in Kenya.",
    "Kenya discounted the Ugandan shilling.",
    "Kenya brushed aside the dust on the table.",
])
def test_no_rejection_without_a_rejected_thing(text):
    rows, events, _ = coded(text)
    assert not _of(events, "REJECT"), rows


def test_refusal_noun_infinitive():
    from eventwire.events.modality import refusal_noun_infinitive
    from eventwire.nlp.model import load_model
    doc = load_model()("Iran's refusal to meet the envoy angered Washington.")
    assert refusal_noun_infinitive(next(t for t in doc if t.lower_ == "meet"))
    doc = load_model()("Iran's decision to meet the envoy angered Washington.")
    assert not refusal_noun_infinitive(next(t for t in doc if t.lower_ == "meet"))
