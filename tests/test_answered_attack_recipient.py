"""A show of force or a reprisal is aimed at the doer of the attack it prepares for or answers ("mobilized its
reserves in preparation for a feared attack by the United States", "struck in retaliation for rocket attacks by
Hamas"): :func:`eventwire.events.recipient_rules.purpose_object` with :func:`_answered_attacks`. Variants of our own
wording."""
import pytest

from eventwire import code_text


def records(text):
    events, _ = code_text(text, publication_date="2024-05-01")
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient],
             (e.text_info or {}).get("rule", {}).get("recipient")) for e in events]


@pytest.mark.parametrize("text,event,actor,recipient", [
    ("Cuba mobilized its reserves in preparation for a feared attack by the United States.", "MOBILIZE", "CUB", "USA"),
    ("Taiwan deployed extra troops to the islands in anticipation of an invasion by China.", "MOBILIZE", "TWN", "CHN"),
    ("Israeli jets struck in retaliation for rocket attacks by Hamas.", "ASSAULT", "ISR", "PSE"),
    # the phrase on the object of a coordinated verb without its own subject
    ("Cuba mobilized its army and mounted guns on the roofs in preparation for an attack by the United States.",
     "MOBILIZE", "CUB", "USA"),
    ("Venezuela mobilized its reserves and placed tanks at the border in preparation for an invasion by Colombia.",
     "MOBILIZE", "VEN", "COL"),
])
def test_the_doer_of_the_answered_attack_is_the_recipient(text, event, actor, recipient):
    got = [r for r in records(text) if r[0] == event and actor in r[1]]
    assert got and recipient in got[0][2], records(text)


def test_preparation_for_no_attack_names_no_recipient():
    got = [r for r in records("Greece mobilized its navy in preparation for winter storms.") if r[0] == "MOBILIZE"]
    assert got and not [c for c in got[0][2] if c], got


def test_a_plain_in_phrase_is_no_answered_attack():
    # "in" without response/retaliation/preparation: the attack is where the act happened, not what it answers
    got = [r for r in records("Police arrested two Turkish men in the attack by gunmen on the mosque.")
           if r[0] == "COERCE"]
    assert got and got[0][3] != "purpose_object", got
