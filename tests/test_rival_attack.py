"""The verb "attack" between politicians, parties, the opposition or governments of one country is an attack in
words, ACCUSE (recode.attack_on_political_rival; lexicon political_rival_sector includes OPP); politicians
fighting each other quarrel, no ASSAULT (admission.political_infighting); attacks by or on police, soldiers,
rebels or civilians, with a means, or between states stay ASSAULT."""
import pytest

from eventwire import code_text


def types(text):
    events, _ = code_text(text, publication_date="2024-05-14")
    return [e.event for e in events if e.event_text and "attack" in e.event_text]


@pytest.mark.parametrize("text", [
    "Party officials say Mr Kilroy-Silk has been attacking the party he once wanted to lead.",
    "Labour poster plans attacking Mr Howard were withdrawn.",
    "The Kenyan president attacked the opposition leader Raila Odinga in a speech.",
    "The Zambian opposition leader attacked the government over fuel prices.",
    "The Ugandan opposition leader Kizza Besigye attacked President Museveni.",
    "The opposition leader attacked the prime minister in parliament on Tuesday.",
    "The senator attacked the governor over the budget.",
])
def test_attack_between_political_rivals_is_accuse(text):
    assert types(text) == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    "The MP had abused the chief minister at a rally.",
    "The Kenyan senator abused the Kenyan governor in a radio interview.",
])
def test_abuse_between_political_rivals_is_accuse(text):
    """lexicon political_attack_verb: an MP's abuse of a minister is in words."""
    events, _ = code_text(text, publication_date="2024-05-14")
    assert [e.event for e in events if e.event_text and "abused" in e.event_text] == ["ACCUSE"], events


@pytest.mark.parametrize("text", [
    "Taliban fighters attacked the governor in Kandahar.",
    "Protesters attacked a Labour MP in Leeds.",
    "Police attacked opposition leaders at the rally in Kampala.",
    "The Ukrainian government attacked the Russian government.",
    "A Ugandan MP attacked a Ugandan minister with a chair in parliament.",
    "Police attacked the Ugandan opposition leader at a rally.",
    "Soldiers attacked the opposition leader's convoy.",
    "The minister was attacked by a man with a knife.",
])
def test_physical_or_interstate_attacks_stay(text):
    assert types(text) == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "How can Labour ministers fight crime when they are fighting each other?",
    "Kenyan opposition parties are fighting one another over the nomination.",
])
def test_politicians_fighting_each_other_is_no_assault(text):
    """admission.political_infighting: a reciprocal object and only political actors."""
    events, _ = code_text(text, publication_date="2024-05-14")
    assert "ASSAULT" not in [e.event for e in events], events


@pytest.mark.parametrize("text", [
    "Rival Libyan militias fought each other in Tripoli.",
    "Kenyan police and protesters fought each other in Nairobi.",
])
def test_armed_or_civil_parties_fighting_each_other_stay(text):
    events, _ = code_text(text, publication_date="2024-05-14")
    assert "ASSAULT" in [e.event for e in events], events
