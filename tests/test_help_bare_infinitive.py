"""recipient_rules.bare_infinitive_objects: "Iran helped Hezbollah obtain missiles" -- the small model parses the
object of "help" as the subject of a complement clause ("Hezbollah obtain"); with a bare infinitive and no "that",
that subject is who is helped, the AID recipient (PLOVER manual, AID). The strict "help" row had dropped the
record for want of a recipient. A pronoun ("help him regain trust") is left out: such help is about a
politician's fortunes, and a finite "that" clause is a statement, not an object.
"""
import pytest

from expectations import records


def aid(text):
    return [e for e in records(text) if e.event == "AID" and not e.negated]


@pytest.mark.parametrize("text,actor,recipient", [
    ("Iran helped Hezbollah obtain missiles.", "IRN", "LBN"),
    ("Russia helped Syria rebuild its air defences.", "RUS", "SYR"),
    ("Qatar has been helping Sudan buy wheat.", "QAT", "SDN"),
])
def test_object_of_help_before_a_bare_infinitive_is_the_recipient(text, actor, recipient):
    got = aid(text)
    assert got
    assert actor in {a.code for a in got[0].actor} and recipient in {r.code for r in got[0].recipient}


@pytest.mark.parametrize("text", [
    "The speech will not help him regain public trust, Kenya's opposition said.",
    "Officials said the rain helped firefighters contain the blaze.",
])
def test_pronoun_or_unresolved_helped_party_makes_no_aid(text):
    assert not aid(text)
