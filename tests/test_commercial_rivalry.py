"""Competition between companies in the words of war is no ASSAULT (admission.commercial_rivalry; lexicon
commercial_target_noun, commercial_war_word). Fresh users on real text: 'Ryanair launched a price war against
easyJet' and 'fight off Amazon' were coded ASSAULT. PLOVER manual, ASSAULT (the use of force against people or
property); events are interactions of political actors."""
import pytest

from test_coder_rules import coded

CONFLICT = ("ASSAULT", "COERCE", "THREATEN", "ACCUSE", "PROTEST", "SANCTION")


@pytest.mark.parametrize("text", [
    "Microsoft attacked Google's search business with a new product.",
    "Local bookshops fought off Amazon for years.",
    "Small retailers are struggling to fight off Amazon.",
    "Ryanair launched a price war against easyJet.",
    "Netflix started a streaming war with Disney.",
])
def test_business_competition_is_no_conflict(text):
    rows, events, _ = coded(text)
    assert not [e for e in events if e.event in CONFLICT], rows


@pytest.mark.parametrize("text", [
    "Gunmen attacked a Chinese company's compound in Mali.",
    "A businessman shot his partner in Lagos.",
    "The oil company destroyed the village's farmland.",
])
def test_force_by_or_against_a_company_stays(text):
    rows, events, _ = coded(text)
    assert [e for e in events if e.event == "ASSAULT"], rows
