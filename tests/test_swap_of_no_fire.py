"""A swap of prisoners is no fight (triggers.swap_of_no_fire; lexicon swap_word, exchanged_fire_noun). Fresh user
on real text: 'the two sides exchanged 200 prisoners' was coded ASSAULT by the trained detector, which learnt
"exchanged" from exchanges of fire. PLOVER manual, ASSAULT (the use of force against people or property)."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text", [
    "Russia and Ukraine exchanged 200 prisoners of war on Sunday.",
    "The two sides exchanged 200 prisoners on Sunday.",
    "Armenia and Azerbaijan exchanged the bodies of soldiers on Friday.",
    "The rebels and the army swapped 40 detainees under the deal.",
])
def test_a_swap_of_people_is_no_assault(text):
    rows, events, _ = coded(text)
    assert not [e for e in events if e.event == "ASSAULT"], rows


@pytest.mark.parametrize("text", [
    "Russia and Ukraine exchanged 200 prisoners of war on Thursday, in a deal brokered by Turkey.",
    "Israel and Hamas swapped hostages and prisoners on Friday.",
])
def test_a_swap_of_people_is_no_seizure(text):
    # second fresh user of the twelfth stop: the detector read the exchange as COERCE of civilians
    rows, events, _ = coded(text)
    assert not [e for e in events if e.event in ("ASSAULT", "COERCE")], rows


def test_a_seizure_stays_a_seizure():
    rows, events, _ = coded("Police seized 200 prisoners after the riot.")
    assert [e for e in events if e.event == "COERCE"], rows


@pytest.mark.parametrize("text", [
    "Israeli troops exchanged fire with militants near Jenin.",
    "Police exchanged fire with gunmen outside the bank on Tuesday.",
])
def test_an_exchange_of_fire_stays_an_assault(text):
    rows, events, _ = coded(text)
    assert [e for e in events if e.event == "ASSAULT"], rows
