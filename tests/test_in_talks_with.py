"""actor_rules._light_verb_doer (copula): "Iran is in talks with Russia", "the Qatari government was in negotiations
with Hamas" -- a consultation noun of the pattern dictionary as the object of "in" on "be" (which the model tags
AUX, no light verb) says that the subject of "be" takes part in it: the subject is the actor (PLOVER manual,
CONSULT: "holding talks", "negotiations, bargaining, or discussions"). Only for the dictionary's CONSULT nouns: a
detector noun under "be in" ("the emergency has been in place") gets no actor from it.
"""
import pytest

from expectations import records, of_type, pairs


@pytest.mark.parametrize("text,pair", [
    ("Iran is in talks with Russia over the deal.", ("IRN", "RUS")),
    ("The Qatari government was in negotiations with Hamas.", ("QAT", "PSE")),
    ("Germany is in discussions with France about the tanks.", ("DEU", "FRA")),
    ("Kenya has been in talks with Ethiopia since March.", ("KEN", "ETH")),
])
def test_subject_of_be_in_talks_is_the_actor(text, pair):
    assert pair in pairs(of_type(records(text), "CONSULT"))


@pytest.mark.parametrize("text", [
    "The talks were in Geneva last week.",
    "Iran said its nuclear programme was in compliance with the treaty.",
])
def test_other_be_in_phrases_make_no_consultation_actor(text):
    assert not [e for e in of_type(records(text), "CONSULT") if any(a.code for a in e.actor)]
