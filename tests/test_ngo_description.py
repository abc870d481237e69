"""A definite role description of an NGO ("the watchdog", "the charity", "the rights group") is the latest NGO the
story named before it: its code, sector and name; actors.resolve.short_org_mention_step (ngo_description,
ngo_description_antecedent, lexicon ngo_description_noun). Invented variants."""
import pytest

from test_coder_rules import coded
from eventwire.actors.resolve import ngo_description
from eventwire.nlp.model import load_model


def actors(text):
    rows, events, _ = coded(text)
    return rows, [(e.event, [(a.entity_text, a.code, a.sector, a.name) for a in e.actor], [r.code for r in e.recipient])
                  for e in events]


@pytest.mark.parametrize("text,event,actor,recipient", [
    ("Police in Kenya arrested dozens of protesters on Monday. Human Rights Watch said the arrests were unlawful. "
     "The watchdog accused the police of beating detainees.",
     "ACCUSE", ("The watchdog", "NGO", None, "Human Rights Watch"), "KEN"),
    ("Save the Children said its staff in Yemen were safe. The charity accused the Houthis of blocking aid.",
     "ACCUSE", ("The charity", "NGO", None, "Save the Children"), "YEM"),
    ("Doctors Without Borders said its clinic in Sudan was attacked. The medical charity accused the army of "
     "shelling the hospital.", "ACCUSE", ("The medical charity", "NGO", "MED", "Doctors Without Borders"), "SDN"),
    ("Human Rights Watch said Egypt's Interior Ministry tortured detainees. The New York-based watchdog urged the "
     "ministry to stop.", "REQUEST", ("The New York-based watchdog", "NGO", None, "Human Rights Watch"), "EGY"),
    # a noun only NGOs bear skips the other bodies named since
    ("Amnesty International criticized the Egyptian government. The United Nations said it was concerned. "
     "The rights group urged Cairo to release the jailed journalists.",
     "REQUEST", ("The rights group", "NGO", None, "Amnesty International"), "EGY"),
    # the latest NGO named, not an earlier one
    ("Amnesty International criticized Egypt. Human Rights Watch criticized Egypt too. "
     "The rights group urged Cairo to release the jailed journalists.",
     "REQUEST", ("The rights group", "NGO", None, "Human Rights Watch"), "EGY"),
])
def test_a_role_description_is_the_latest_named_ngo(text, event, actor, recipient):
    rows, got = actors(text)
    assert any(e == event and a == [actor] and recipient in r for e, a, r in got), got


def test_a_shared_noun_needs_the_latest_named_organisation_to_be_an_ngo():
    # the IAEA is named after Human Rights Watch: "the watchdog" is no NGO's
    rows, got = actors("Human Rights Watch criticized Kenya. The International Atomic Energy Agency inspected sites in "
                       "Iran. The watchdog urged Tehran to cooperate.")
    assert not any(a and a[0][0] == "The watchdog" and a[0][1] == "NGO" for e, a, r in got), got


@pytest.mark.parametrize("text", [
    "Police in Kenya arrested dozens of protesters. The rights group accused the police of beating detainees.",
    "Amnesty International criticized Egypt. The rights groups urged Cairo to release the jailed journalists.",
])
def test_no_named_ngo_or_a_plural_keeps_the_common_noun_reading(text):
    # never named, or plural: NGO by the advocacy noun itself, no organisation's name
    rows, got = actors(text)
    assert any(e == "REQUEST" or e == "ACCUSE" for e, a, r in got), got
    assert all(a[0][3] is None for e, a, r in got if a and a[0][0].lower().startswith("the rights group")), got


def test_an_indefinite_description_is_no_mention():
    rows, got = actors("Oxfam criticized Britain. A charity accused the government of cutting aid.")
    assert not any(a and a[0][0] == "A charity" and a[0][1] == "NGO" for e, a, r in got), got


@pytest.mark.parametrize("text,kind", [
    ("The watchdog said so.", "any"),
    ("The London-based rights group said so.", "ngo"),
    ("The press freedom group said so.", "ngo"),
    ("The charity said so.", "ngo"),
    ("The Kenyan watchdog said so.", None),
    ("The rights groups said so.", None),
    ("A charity said so.", None),
])
def test_ngo_description(text, kind):
    doc = load_model()(text)
    head = next(t for t in doc if t.dep_ in ("nsubj", "ROOT") and t.pos_ == "NOUN")
    assert ngo_description(head) == kind
