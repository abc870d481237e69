"""People seized by an armed group outside the state are abducted (recode.armed_group_seizure, lexicon seizing_verb):
ASSAULT abduct, not the COERCE seizure of the authorities (PLOVER manual, ASSAULT mode abduct; COERCE mode seize).
Training stories: all F1 0.6930 -> 0.6945 (with story_context._gang_attack); dev and voa_news unchanged."""
import pytest

from test_coder_rules import coded


def kinds(text):
    rows, events, _ = coded(text)
    return rows, [(e.event, e.mode) for e in events if e.event_text.lower().startswith("seiz")]


@pytest.mark.parametrize("text", [
    "A Malaysian fish breeder and his worker were seized by Filipino gunmen from their farm.",
    "Rebels seized three aid workers near Goma on Tuesday.",
    "Pirates seized the crew of a Greek tanker off Somalia.",
])
def test_people_seized_by_an_armed_group_are_abducted(text):
    rows, got = kinds(text)
    assert got and all(k == ("ASSAULT", "abduct") for k in got), rows


@pytest.mark.parametrize("text", [
    "Police seized two suspects in Lagos on Monday.",           # the authorities: an arrest-like seizure
    "Police in Manila seized 20 kilograms of heroin.",          # no party seized
    "Nigerian soldiers seized the rebels' weapons.",
])
def test_seizures_by_the_state_stay_coerce(text):
    rows, got = kinds(text)
    assert not any(k[0] == "ASSAULT" for k in got), rows
