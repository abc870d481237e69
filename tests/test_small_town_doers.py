"""A name the actor dictionaries do not list is looked up in the gazetteer; as the doer of an act (the active
subject, or joined to it) it counts as a place only when the place is a province or a city of 100,000 people
or more. Surnames and firm names that are also small towns ("Rosenfeld" is a German town of 6,000, "Young" a
Uruguayan one) were coded as those countries on the training stories ("Accountancy firm Ernst & Young urged
him ..." -> URY; "Rosenfeld rhetorically asked ..." -> DEU). A small town attacked or named as an object keeps
its country. actors.resolve.place_country (``small_ok``), actors.resolve._doer."""
import pytest

from eventwire.actors.resolve import place_country

from test_coder_rules import coded


def test_place_country_small_ok():
    assert place_country("Rosenfeld") == "DEU"
    assert place_country("Rosenfeld", small_ok=False) is None
    assert place_country("Young", small_ok=False) is None
    assert place_country("Kano", small_ok=False) == "NGA"  # a large city still counts


@pytest.mark.parametrize("text", [
    "Accountancy firm Ernst & Young urged the British chancellor to cut taxes.",
    "Rosenfeld rhetorically asked the airline why it had changed its rules.",
])
def test_a_small_town_name_as_doer_is_not_a_country(text):
    rows, evs, _ = coded(text)
    assert not any(c in ("URY", "DEU") for e in evs for c in (a.code for a in e.actor)), rows


def test_a_small_town_attacked_keeps_its_country():
    rows, evs, _ = coded("Russian artillery shelled Rosenfeld overnight.")
    assert any("DEU" in (r.code for r in e.recipient) for e in evs), rows
