"""Group and profession nouns written without a country ("Barristers threatened ...", "Salafists attacked ...",
"Hardliners rejected ..."): coded by sector (``data/actors/sector_nouns.tsv``, lexicon ``sector_modifier``) with
the country of the place the sentence names (:func:`eventwire.events.implicit.group_place` for acts of force, the
story's ``located-party`` rule for the rest), else the story's home country
(:func:`eventwire.actors.infer.complete_from_context`, ``source`` "context"). Commentators, researchers and sports
crowds stay no actors. Variants of our own, coded end to end."""
from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.actors.dictionaries import load_dictionaries
from eventwire.events import implicit


def coded(text, pub="2015-07-20"):
    events, _ = code_text(text, publication_date=pub)
    return events


def actors(events, event=None):
    """[(event type, [(text, code, sector)])] of the events (of type ``event``)."""
    return [(e.event, [(a.entity_text, a.code, a.sector) for a in e.actor])
            for e in events if event is None or e.event == event]


@pytest.mark.parametrize("noun,sector", [
    ("barrister", "JUD"), ("solicitor", "JUD"), ("salafist", "REL"), ("salafi", "REL"), ("islamist", "REL"),
    ("islamist party", "PTY"), ("hardliner", "PTY"), ("hard - liner", "PTY"), ("reformist", "PTY"),
    ("reservist", "MIL"), ("pharmacist", "MED"), ("midwife", "MED"), ("schoolteacher", "EDU"),
    ("taxi driver", "LAB"), ("docker", "LAB"),
])
def test_group_and_profession_nouns_have_a_sector(noun, sector):
    assert load_dictionaries().sector_of_noun(noun) == sector


@pytest.mark.parametrize("noun", ["analyst", "researcher", "scientist", "economist", "fan", "hooligan", "expert"])
def test_commentators_researchers_and_sports_crowds_have_no_sector(noun):
    assert load_dictionaries().sector_of_noun(noun) is None


@pytest.mark.parametrize("text,event,expected", [
    # the place of an act of force gives the country, also a capital the tagger does not read as a place
    ("Salafists attacked a police station in Tunis.", "ASSAULT", [("Salafists", "TUN", "REL")]),
    ("Rebels attacked a police station in Tunis.", "ASSAULT", [("Rebels", "TUN", "REB")]),
    ("Islamists attacked a church in Minya.", "ASSAULT", [("Islamists", "EGY", "REL")]),
    ("Salafis burned a shrine near Benghazi.", "ASSAULT", [("Salafis", "LBY", "REL")]),
    # a group the modifier names is no unidentified armed force
    ("Islamist gunmen stormed a hotel in Mogadishu.", "ASSAULT", [("Islamist gunmen", "SOM", "REB")]),
    ("Jihadist gunmen killed five villagers in Burkina Faso.", "ASSAULT", [("Jihadist gunmen", "BFA", "REB")]),
    ("Islamist fighters attacked an army base in Borno state.", "ASSAULT", [("Islamist fighters", "NGA", "REB")]),
    # professions
    ("Teachers marched on parliament in Nairobi.", "PROTEST", [("Teachers", "KEN", "EDU")]),
    ("Pharmacists closed their shops in protest in Athens.", "PROTEST", [("Pharmacists", "GRC", "MED")]),
    ("Lawyers struck in Lahore on Monday.", "PROTEST", [("Lawyers", "PAK", "JUD")]),
])
def test_a_group_noun_takes_the_country_of_the_sentences_place(text, event, expected):
    assert actors(coded(text), event) == [(event, expected)]


@pytest.mark.parametrize("text,event,expected", [
    ("Barristers threatened to strike over legal aid cuts.", "THREATEN", [("Barristers", None, "JUD")]),
    ("Hardliners rejected the deal.", "REJECT", [("Hardliners", None, "PTY")]),
    ("Reformists boycotted the vote.", "PROTEST", [("Reformists", None, "PTY")]),
    ("The Islamist party rejected the constitution.", "REJECT", [("The Islamist party", None, "PTY")]),
])
def test_a_group_noun_without_place_or_story_keeps_its_sector_and_no_country(text, event, expected):
    """A lone sentence has no home country: the record is kept with the sector (it was dropped: no actor)."""
    assert actors(coded(text), event) == [(event, expected)]


@pytest.mark.parametrize("text,event,expected", [
    ("TEHRAN (Reuters) - Iran's parliament debated the nuclear accord with world powers on Sunday. Iranian lawmakers "
     "argued for hours in Tehran. Hardliners rejected the deal.", "REJECT", ("Hardliners", "IRN", "PTY", "context")),
    ("Egypt's army deployed troops across Cairo on Friday. Egyptian officials said the situation was calm. Salafists "
     "attacked a police station.", "ASSAULT", ("Salafists", "EGY", "REL", "context")),
    ("Kenya's government raised fuel prices on Monday. President Ruto defended the rise in Nairobi. Teachers marched "
     "on parliament.", "PROTEST", ("Teachers", "KEN", "EDU", "context")),
])
def test_a_group_noun_without_a_place_takes_the_storys_home_country(text, event, expected):
    got = [[(a.entity_text, a.code, a.sector, a.source) for a in e.actor] for e in coded(text) if e.event == event]
    assert got == [[expected]]


def test_unidentified_gunmen_stay_unidentified():
    assert actors(coded("Unknown gunmen attacked a bus in Kano."), "ASSAULT") == [
        ("ASSAULT", [("Unknown gunmen", "NGA", "UAF")])]
    assert actors(coded("Armed men attacked a village in Zamfara."), "ASSAULT") == [
        ("ASSAULT", [("Armed men", "NGA", "UAF")])]


def test_foreign_fighters_take_no_country_from_the_place():
    assert actors(coded("Foreign fighters attacked a checkpoint in Idlib."), "ASSAULT") == [
        ("ASSAULT", [("Foreign fighters", None, "REB")])]


@pytest.mark.parametrize("text", [
    "Fans attacked the referee.",
    "Fans attacked the referee after the match in Buenos Aires.",
    "Analysts criticised the central bank's decision.",
    "Economists criticised the budget.",
    "Scientists warned that the glacier would collapse.",
    "Researchers found that the drug reduced deaths.",
    "Analysts said the deal would collapse.",
])
def test_commentators_researchers_and_fans_are_no_political_actors(text):
    assert coded(text) == []


def test_a_group_in_a_verbal_event_takes_no_country_from_the_place():
    """group_place is for acts of force only: a statement may be made anywhere about anywhere."""
    assert "ASSAULT" in implicit.FORCE_EVENTS and "REJECT" not in implicit.FORCE_EVENTS
    assert implicit.group_place in implicit.COMPLETION_RULES
    assert implicit.COMPLETION_RULES.index(implicit.group_place) > implicit.COMPLETION_RULES.index(
        implicit.armed_men_place)
