"""An attack noun naming an attack feared or awaited is no ASSAULT (triggers.feared_attack; lexicon
feared_attack_modifier, awaited_attack_governor). Training stories: all F1 0.6963 -> 0.6968, dev 0.6935 -> 0.6951;
voa_news unchanged."""
import pytest

from test_coder_rules import coded


def assaults(text):
    rows, events, _ = coded(text)
    return rows, [e for e in events if e.event == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Venezuela mobilized its reserves in preparation for a feared attack by the United States.",
    "Villagers in Kenya practiced drills in case of a Somali invasion.",
    "The Spanish minister said it would be wrong to wait for an attack before acting.",
    "Ukraine reinforced its border ahead of a possible Russian offensive.",
])
def test_a_feared_or_awaited_attack_is_no_assault(text):
    rows, got = assaults(text)
    assert not got, rows


@pytest.mark.parametrize("text", [
    "Rebels launched an attack on the army base near Goma.",
    "The attack by Russian forces killed ten civilians in Kharkiv.",
    "Officials condemned the Israeli offensive in Gaza.",
])
def test_an_attack_done_stays(text):
    rows, got = assaults(text)
    assert got, rows
