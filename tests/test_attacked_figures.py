"""verbs.tsv row 'attack' with a figure as object (hike, increase, rise, cut, price, cost, rate; rules-only): an attack
on a price rise or a cut is criticism, ACCUSE disapprove (PLOVER manual, ACCUSE; CAMEO 111), as 'attacked the plans'
already was; second fresh user of the twelfth stop ('the government attacked the price hikes of supermarkets' was an
ASSAULT)."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text", [
    "The Argentine government attacked the price increases of supermarkets.",
    "The opposition attacked the tax hikes announced on Monday.",
    "Labour attacked the cuts to the health budget.",
])
def test_an_attack_on_a_figure_is_criticism(text):
    rows, events, _ = coded(text)
    assert [e for e in events if e.event == "ACCUSE"], rows
    assert not [e for e in events if e.event == "ASSAULT"], rows


def test_an_attack_on_a_place_stays_force():
    rows, events, _ = coded("Rebels attacked the army base near Goma on Monday.")
    assert [e for e in events if e.event == "ASSAULT"], rows
