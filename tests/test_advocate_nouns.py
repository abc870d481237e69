"""A party said to be a backer of another ("Germany is a strong supporter of Ukraine", "France has long been a
champion of the Iranian opposition") states its support: SUPPORT by the subject of "be" for the "of" object (PLOVER
manual, SUPPORT: "express support for"; verbs.tsv rows supporter/proponent/advocate/champion/backer/defender with
``head=be,rules``; actor rule ``advocate_subject``, lexicon ``advocate_noun``). The same nouns naming people
("supporters of the president rallied", "called a supporter of the mayor") are no act, and "is not a supporter" is
negated.
"""
import pytest

from expectations import records


def supports(events):
    return [e for e in events if e.event == "SUPPORT"]


@pytest.mark.parametrize("text,actor,recipient", [
    ("Germany is a strong supporter of Ukraine.", "DEU", "UKR"),
    ("France has long been a champion of the Iranian opposition.", "FRA", "IRN"),
    ("Poland was the most vocal backer of Georgia at the summit.", "POL", "GEO"),
    ("Japan has been a steady advocate of Indian membership.", "JPN", "IND"),
])
def test_advocate_noun_is_support(text, actor, recipient):
    got = [e for e in supports(records(text)) if not e.negated]
    assert got, text
    assert {a.code for e in got for a in e.actor} == {actor}
    assert recipient in {a.code for e in got for a in e.recipient}
    assert all(e.text_info["rule"]["actor"] == "advocate_subject" for e in got)


@pytest.mark.parametrize("text", [
    "Supporters of the French president rallied in Paris.",
    "Lawyers for the defence called a supporter of the Kenyan mayor as a witness.",
    "Israel's backers in Washington met on Monday.",
])
def test_people_named_by_the_noun_are_no_support(text):
    assert not supports(records(text)), text


def test_negated_copula_negates_the_support():
    got = supports(records("Germany is not a supporter of the sanctions on Russia."))
    assert got and all(e.negated for e in got)
