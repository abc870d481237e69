"""Records in sentences that report no interaction (helper w2, stop 18): force foretold in the passive with nobody
named to use it (admission.predicted_force_without_doer), money named as a venture's backer (admission.means_as_backer,
lexicon ``financial_means_noun``), and a warning that foretells a hardship people will suffer (recode.warned_prediction
with recode._hardship_clause, lexicon ``hardship_noun``): no THREATEN, and since the twenty-first stop no ACCUSE either
(admission.forecast_warning: a hardship foretold blames no party).
"""
import pytest

from expectations import of_type, records


@pytest.mark.parametrize("text", [
    "The rights group said civilians would be massacred if the army entered the city.",
    "Officials said thousands of civilians could be killed if the offensive goes ahead.",
    "Activists fear that more schoolchildren will be abducted in the coming weeks.",
])
def test_force_foretold_with_no_doer_gives_no_assault(text):
    assert of_type(records(text), "ASSAULT") == []


@pytest.mark.parametrize("text", [
    "Two people were killed in an attack in Kabul on Monday.",
    "Rebels attacked the capital on Monday, the minister said.",
])
def test_force_that_happened_or_has_a_doer_stays(text):
    assert of_type(records(text), "ASSAULT")


@pytest.mark.parametrize("text", [
    "The consortium is backed by Chinese capital and has no experience running a life insurer.",
    "The dam project is supported by foreign funds.",
])
def test_money_as_backer_gives_no_support(text):
    assert of_type(records(text), "SUPPORT") == []


def test_a_party_as_backer_stays_support():
    got = of_type(records("The rebels are backed by Rwanda."), "SUPPORT")
    assert [a.code for e in got for a in e.actor] == ["RWA"]


@pytest.mark.parametrize("text", [
    "The World Food Programme warned that millions of people in Sudan will face famine in the coming months.",
    "The UN children's agency warned that thousands of children will die of malnutrition unless aid arrives.",
    "The World Health Organization warned that millions of people could face hunger this year.",
    "The UN Population Fund warned that 1,200 women will face major complications.",
])
def test_a_warning_of_hardship_is_no_threat(text):
    # a hardship foretold with no party blamed is neither a threat nor an accusation (admission.forecast_warning,
    # twenty-first stop; it was ACCUSE disapprove before: the training annotators code no such warning)
    got = records(text)
    assert of_type(got, "THREATEN") == []
    assert of_type(got, "ACCUSE") == []


@pytest.mark.parametrize("text,recipient", [
    ("The United States warned that Russia will face severe consequences.", "RUS"),
    ("The United States warned Russia that it would face sanctions and famine.", "RUS"),
])
def test_a_warning_of_repercussions_stays_a_threat(text, recipient):
    got = of_type(records(text), "THREATEN")
    assert got and recipient in {r.code for e in got for r in e.recipient}
