"""Recall kinds of the less frequent PLOVER types on whole stories, each with made-up variants and negatives.

* An event noun whose light verb is a participle ("the sanctions imposed on Iran by the United States", "a
  ceasefire declared by the rebels"): the row's head= condition, recipient and "by" actor read the participle
  (triggers.event_participles). Source: PLOVER manual SANCTION, RETREAT, PROTEST.
* MOBILIZE troops: "called up 10,000 reservists", "called up its reserves": a rules-only row call up with force
  objects. Source: PLOVER manual, MOBILIZE mode troops ("mobilize armed personnel"); CAMEO 154.
* AID: hostage rescues ("rescued 10 hostages", "freed 10 trafficking victims") and debt forgiveness ("forgave
  Ghana's debt", "cancelled the loans"): rules-only rows rescue, free (victim), forgive/cancel/write off (debt).
  Source: PLOVER manual, AID and RETREAT ambiguities (both coded AID).
* RETREAT release whose captives have no code: the recipient is the captives of the story's latest earlier arrest,
  seizure or abduction (story_context.released_captives).
* RETREAT resign: "the resignation of X" has X for its actor (actor_rules.resigner_of).
* RETREAT release of captives named by a pronoun or a number ("All three have been released", "They were freed
  later", "the army freed them"): verbs.tsv rows ``release``/``free`` with pronoun and numeral objects (rules only).
  A release from a place of care ("released from hospital") is dropped (triggers.released_from_care).
  Source: PLOVER manual v0.8, RETREAT ("the release of prisoners and hostages"; mode release).
"""
import pytest

from expectations import of_type, records


# --- RETREAT: captives named by a pronoun or a number --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Indonesian police detained four Australian surfers on Friday. All four were released on Monday.",
    "Pirates seized a Greek tanker and its crew last month. They were freed after a ransom was paid.",
    "Gunmen kidnapped two Chinese engineers in Sindh. Both have since been released.",
    "Rebels abducted a Colombian mayor. The army freed him on Tuesday.",
])
def test_release_of_captives_named_by_pronoun_or_number(text):
    got = of_type(records(text), "RETREAT")
    assert got, records(text)
    assert got[0].mode == "release"


@pytest.mark.parametrize("text", [
    "The ministry released two reports on Monday. Both were criticised by the opposition.",
    "The studio finished the film in May. It was released in cinemas on Friday.",
    "The Kenyan minister fell ill on Monday. He was released from hospital on Friday.",
    "The company released its results. They were better than expected.",
])
def test_no_release_of_things_or_patients(text):
    assert not of_type(records(text), "RETREAT"), records(text)


def test_release_from_a_place_of_care_is_no_retreat_but_from_prison_is():
    assert not of_type(records("The Peruvian senator was freed from quarantine on Sunday."), "RETREAT")
    assert of_type(records("The Peruvian senator was freed from prison on Sunday."), "RETREAT")


# --- RETREAT resign: the "of" phrase of a resignation names who resigned ---------------------------------------
@pytest.mark.parametrize("text,code", [
    ("The resignation of British Home Secretary David Blunkett forced a reshuffle.", "GBR"),
    ("Markets fell after the resignation of the Argentine economy minister.", "ARG"),
])
def test_resignation_of_names_the_resigner(text, code):
    got = of_type(records(text), "RETREAT")
    assert got, records(text)
    assert code in {a.code for a in got[0].actor}
    assert got[0].text_info["rule"]["actor"] == "resigner_of"


def test_demanded_resignation_is_no_retreat():
    text = "Protesters demanded the resignation of Peruvian President Pedro Castillo."
    assert not of_type(records(text), "RETREAT"), records(text)


# --- an event noun with its light verb as a participle: "the sanctions imposed on Iran by the United States" -----
@pytest.mark.parametrize("text,event,actor,recipient", [
    ("Officials criticised the sanctions imposed on Iran by the United States.", "SANCTION", "USA", "IRN"),
    ("Tariffs imposed on Canadian steel by Washington hurt exporters.", "SANCTION", "USA", "CAN"),
    ("A ceasefire declared by Ethiopian rebels took hold on Monday.", "RETREAT", "ETH", None),
])
def test_event_noun_with_participle_light_verb(text, event, actor, recipient):
    got = of_type(records(text), event)
    assert got, records(text)
    assert actor in {a.code for e in got for a in e.actor}
    assert recipient is None or recipient in {r.code for e in got for r in e.recipient}


@pytest.mark.parametrize("text", [
    "Analysts said the sanctions considered by Japan would hurt North Korea.",
    "Diplomats weighed the sanctions discussed by the European Union against Iran.",
])
def test_participle_outside_the_row_heads_is_no_light_verb(text):
    assert not of_type(records(text), "SANCTION"), records(text)


def test_reporting_participle_is_no_light_verb():
    from eventwire.events.triggers import event_participles
    from eventwire.nlp.model import load_model

    doc = load_model()("The protests seen in Paris were peaceful, and the protests held in Lyon were not.")
    assert [p.text for p in event_participles(doc[1])] == []
    held = [t for t in doc if t.text == "held"][0]
    assert held in event_participles(held.head)


# --- MOBILIZE troops: calling up reservists or troops ----------------------------------------------------------
@pytest.mark.parametrize("text,code", [
    ("Ukraine called up 10,000 reservists on Monday.", "UKR"),
    ("The Armenian army called up conscripts near the border.", "ARM"),
    ("Taiwan called up its reserves as Chinese warships circled the island.", "TWN"),
])
def test_calling_up_forces_is_mobilize(text, code):
    got = of_type(records(text), "MOBILIZE")
    assert got, records(text)
    assert got[0].mode == "troops" and code in {a.code for a in got[0].actor}


@pytest.mark.parametrize("text", [
    "The Brazilian coach called up two young players for the match.",
    "The Kenyan clerk called up the file on his screen.",
])
def test_calling_up_players_or_files_is_no_mobilize(text):
    assert not of_type(records(text), "MOBILIZE"), records(text)


# --- AID: hostage rescues and debt forgiveness (the manual's named ambiguities) -------------------------------
@pytest.mark.parametrize("text,code", [
    ("Pakistan's military rescued 10 hostages from the border region with Afghanistan yesterday.", "PAK"),
    ("Italian coastguards rescued 200 migrants off Lampedusa.", "ITA"),
    ("Police in Barcelona freed 10 human trafficking victims during an operation.", "ESP"),
    ("Germany forgave Ghana's debt.", "DEU"),
    ("Japan cancelled the loans of Myanmar on Friday.", "JPN"),
])
def test_rescues_and_debt_forgiveness_are_aid(text, code):
    got = of_type(records(text), "AID")
    assert got, records(text)
    assert code in {a.code for a in got[0].actor}


@pytest.mark.parametrize("text,event", [
    ("Russian rebels freed two Ukrainian soldiers.", "RETREAT"),      # captors release: RETREAT release
    ("The Chinese president forgave the insult.", None),
    ("The Indian coach rescued a draw in the final minutes.", None),
])
def test_release_by_captors_and_other_rescues_are_no_aid(text, event):
    evs = records(text)
    assert not of_type(evs, "AID"), evs
    assert event is None or of_type(evs, event)


# --- RETREAT release: the captives of the story's earlier capture are the recipient ----------------------------
@pytest.mark.parametrize("text,actor,recipient", [
    ("Malaysian police detained three Chinese nationals on Monday. All three have been released.", "MYS", "CHN"),
    ("Gunmen kidnapped two Chinese engineers in Sindh. Both have since been released.", None, "CHN"),
    ("Houthi rebels abducted two British aid workers in Yemen. Both were freed on Friday.", None, "GBR"),
])
def test_release_takes_the_captives_of_the_earlier_capture(text, actor, recipient):
    got = [e for e in records(text) if e.event == "RETREAT" and not e.negated]
    assert got, records(text)
    assert recipient in {r.code for r in got[-1].recipient}
    assert actor is None or actor in {a.code for a in got[-1].actor}
    assert got[-1].text_info["rule"]["recipient"] == "context:released-captives"


def test_release_with_its_own_captives_keeps_them():
    text = "Malaysian police detained three Chinese nationals on Monday. Police released the Indonesian captain."
    got = [e for e in records(text) if e.event == "RETREAT"]
    assert got and {r.code for r in got[-1].recipient} == {"IDN"}


def test_released_captives_unit():
    from eventwire.events.story_context import StoryContext, released_captives
    from eventwire.schema import Entity, Event

    def ev(typ, mode, actor, recipient):
        return Event(article_id="a", event=typ, mode=mode, actor=[Entity("x", code=actor)],
                     recipient=[Entity("x" if recipient else "", code=recipient)], event_text=typ.lower(),
                     text_info={})

    story = StoryContext(None)
    story.earlier.append(ev("COERCE", "arrest", "MYS", "CHN"))
    new, changed = released_captives(ev("RETREAT", "release", "MYS", None), story)
    assert changed and [r.code for r in new.recipient] == ["CHN"]
    assert not released_captives(ev("RETREAT", "withdraw", "MYS", None), story)[1]  # no release
    assert not released_captives(ev("RETREAT", "release", "MYS", "IDN"), story)[1]  # its own captives
