"""A death in a "when" clause whose subject is a hazard is an accident, no ASSAULT (PLOVER manual, ASSAULT:
deliberate force): "killed when floods hit the valley", and a fire that spreads ("killed when fire tore through an
inn", "when a fire swept through the market"; lexicon fire_spread_verb). Gunfire and arson keep the attack.
Training-story FP kind: deaths in accidents and background coded ASSAULT (about 16 of 666 FPs).
accidents._accidental_blast."""
import pytest

from test_coder_rules import coded


def assaults(text):
    rows, events, _ = coded(text)
    return rows, [e for e in events if e.event == "ASSAULT" and not e.negated]


@pytest.mark.parametrize("text", [
    "Five workers were killed when fire tore through a garment factory in Dhaka.",
    "Three traders were killed when a fire swept through a market in Lagos.",
    "Eleven patients died when a fire spread through a hospital ward in Bucharest.",
    "Nine people were killed when floods hit villages in northern Pakistan.",
])
def test_a_hazard_in_the_when_clause_is_an_accident(text):
    rows, got = assaults(text)
    assert not got, rows


@pytest.mark.parametrize("text", [
    "Two soldiers were killed when militants opened fire on a checkpoint in Kashmir.",
    "Four worshippers were killed when gunmen set fire to a church in Kaduna.",
    "Six civilians were killed when rebels attacked a village in North Kivu.",
])
def test_gunfire_and_arson_stay_attacks(text):
    rows, got = assaults(text)
    assert got, rows
