"""Story-context parties given a confident wrong country (fresh user, stop 22): an official with no country word takes
the state that acted just before (story_context.official_antecedent), a person placed in an organisation takes no
story country (story_context.affiliated_person), and an act that befell no one gets no inferred doer
(story_context.no_one_acted_on). Source: PLOVER manual, "Actors" and "Negation"; ANNOTATION.md."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _records(text):
    evs, _ = code_text(text, publication_date="2023-06-14")
    return evs


def _actor_of(text, trigger, sentence=""):
    return [[a.code for a in e.actor] for e in _records(text)
            if e.event_text == trigger and sentence in (e.text_info.get("sentence") or "")]


@pytest.mark.parametrize("text,trigger,code", [
    ("France condemned Russia's attack on the Ukrainian port of Odesa on Monday. The minister called it "
     "\"barbaric\" and urged Moscow to stop.", "urged", "FRA"),
    ("Germany summons Chinese ambassador\nBERLIN (dpa) - Germany summoned China's ambassador on Tuesday to protest "
     "against the detention of a German journalist in Beijing, the foreign ministry said.\nForeign Minister Annalena "
     "Baerbock said the journalist must be released immediately.\nChina said the journalist had violated Chinese law "
     "and rejected the protest.", "said", "DEU"),
    ("Britain accused Iran of supplying drones to Russia. The foreign secretary said Tehran must stop arming Moscow.",
     "said", "GBR"),
])
def test_an_official_with_no_country_speaks_for_the_state_that_acted_just_before(text, trigger, code):
    actors = _actor_of(text, trigger, {"FRA": "minister", "DEU": "Minister", "GBR": "secretary"}[code])
    assert actors and all(a == [code] for a in actors), actors


def test_a_head_of_another_body_is_no_antecedent_official():
    from eventwire.events.story_context import _country_free_official
    from eventwire.schema import Entity
    assert not _country_free_official(Entity("The director general", sector="GOV"))
    assert _country_free_official(Entity("The minister", sector="GOV"))
    assert _country_free_official(Entity("Foreign Minister Annalena Baerbock", sector="GOV"))
    assert not _country_free_official(Entity("foreign officials", sector="GOV"))


@pytest.mark.parametrize("text,trigger", [
    ("The reconciliation between Saudi Arabia and Iran could unravel, analysts say. Saudi Arabia severed ties with "
     "Iran in 2016. \"Nobody should expect Tehran to give up its regional ambitions,\" said Sanam Vakil of Chatham "
     "House.", "said"),
    ("Iran rejected the talks on Monday. Iran's foreign ministry condemned the sanctions. Jane Doe, a senior fellow "
     "at the Brookings Institution, criticized Tehran's stance.", "criticized"),
])
def test_a_person_of_an_organisation_takes_no_story_country(text, trigger):
    actors = _actor_of(text, trigger)
    assert actors and all(a == [None] for a in actors), actors


def test_a_person_with_no_affiliation_still_takes_the_story_country():
    text = "Iran rejected the talks on Monday. Iran's foreign ministry condemned the sanctions. Ali Vaez criticized the decision."
    assert _actor_of(text, "criticized") == [["IRN"]]


@pytest.mark.parametrize("text", [
    "Indian and Chinese soldiers clashed along their disputed border on Monday, India's army said. Defence Minister "
    "Rajnath Singh told parliament on Tuesday that no Indian soldier was killed.",
    "Gunmen attacked a police station in northern Nigeria on Sunday. The army said none of the officers was killed.",
    "A roadside bomb exploded in Kandahar, Afghanistan on Monday. Nobody was injured, police said.",
])
def test_an_act_that_befell_no_one_gets_no_inferred_doer(text):
    inferred = [e for e in _records(text)
                if (e.text_info.get("rule") or {}).get("actor") == "context:implicit-actor"]
    assert inferred == []


def test_an_attack_with_victims_keeps_its_inferred_doer():
    text = "Gunmen attacked a police station in northern Nigeria on Sunday. Later, two officers were killed near Kano."
    killed = [e for e in _records(text) if e.event_text == "killed"]
    assert killed and killed[0].actor and killed[0].actor[0].code == "NGA"


@pytest.mark.parametrize("text,code", [
    ("US blames North Korea for crypto heist\nWASHINGTON, June 13 (Reuters) - The United States on Tuesday accused "
     "North Korean hackers of stealing $100 million in cryptocurrency from a US company.\nThe FBI said the Lazarus "
     "Group, which works for North Korea's intelligence service, carried out the attack in June.", "PRK"),
])
def test_a_party_working_for_a_state_is_never_the_story_country(text, code):
    attacks = [e for e in _records(text) if e.event_text == "attack"]
    # the attacker is the state it works for (or the record goes), never the US company's country
    assert all([a.code for a in e.actor] == [code] for e in attacks), [(e.actor, e.recipient) for e in attacks]


def test_the_principal_named_in_the_party_clause():
    from eventwire.events.story_context import principal_of_party
    from eventwire.schema import Entity, Event

    def rec(sentence, name):
        start = sentence.index(name)
        a = Entity(name, start=start, end=start + len(name))
        return Event(article_id="t", event="ASSAULT", event_text="attack", actor=[a], recipient=[], text_info={
            "sentence": sentence, "sentence_start": 0, "start": 0, "end": 1}), a
    assert principal_of_party(*rec("The FBI said the Lazarus Group, which works for North Korea's intelligence "
                                   "service, carried out the attack.", "the Lazarus Group")) == "PRK"
    assert principal_of_party(*rec("Investigators said Sandworm, a unit linked to Russia's military intelligence, "
                                   "hit the grid.", "Sandworm")) == "RUS"
    assert principal_of_party(*rec("Hackers backed by Iran hit the bank.", "Hackers")) == "IRN"
    assert principal_of_party(*rec("The Lazarus Group, which works for a bank in Seoul, denied it.",
                                   "The Lazarus Group")) is None
