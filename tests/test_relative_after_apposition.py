"""actors.resolve (relative pronouns): "In his speech, Trump, who also praised Kenya and Ghana, ..." -- the small model
hangs the relative clause on the noun before the name in apposition ("speech"), which resolves to nothing; "who"
names a person, so the appositive name is the antecedent and the clause's act gets its actor (PLOVER manual,
SUPPORT: "commend"; the training stories code such praise with the speaker as actor). A clause on a noun that
resolves keeps that noun; a clause on a noun with no name beside it gets no actor.
"""
import pytest

from expectations import records, of_type, pairs


@pytest.mark.parametrize("text,expected", [
    ('A little earlier in his speech, Trump, who also praised Kenya, Ghana and Nigeria, besides Egypt, described '
     'Brazil as a "great democracy".', {("USA", "KEN"), ("USA", "GHA"), ("USA", "NGA")}),
    ('Later in his speech, Trump, who also praised Poland and Hungary, called Germany a "big problem".',
     {("USA", "POL"), ("USA", "HUN")}),
    ("In a speech, Obama, who also praised Kenya and Ghana, described Nigeria as a key partner.",
     {("USA", "KEN"), ("USA", "GHA")}),
])
def test_who_after_an_appositive_name_is_that_person(text, expected):
    assert expected <= pairs(of_type(records(text), "SUPPORT"))


def test_relative_on_a_resolved_noun_keeps_that_noun():
    got = of_type(records("The Kenyan president, who also praised Ghana, met reporters in Nairobi."), "SUPPORT")
    assert ("KEN", "GHA") in pairs(got)


def test_relative_on_a_noun_without_a_name_gets_no_actor():
    evs = records("Later in the speech, which also praised Kenya, the crowd cheered loudly.")
    assert not [e for e in of_type(evs, "SUPPORT") if any(a.code for a in e.actor)]
