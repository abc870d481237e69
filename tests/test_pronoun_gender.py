"""actors.resolve: gender agreement of a "he"/"she" with its antecedent. A title before a name says the person's
gender ("Mrs", "Ms", "Lady"; "Mr", "Sir", "Lord": lexicon ``female_title``, ``male_title``); a "she" never refers
to a "Mr" nor a "he" to a "Mrs" (standard coreference practice, as number agreement for "it"/"they"). When every
person noted as an actor is of the other gender, the last person named with the pronoun's title is the antecedent.
A person named with no title of gender stays a candidate for either pronoun."""
from __future__ import annotations

from eventwire import code_text


def _actors(text, event):
    evs, _ = code_text(text, publication_date="2005-10-10")
    return [[a.code for a in e.actor] for e in evs if e.event == event]


def test_she_skips_the_last_mr():
    got = _actors("Kenyan minister Mrs Otieno met the envoy. French diplomat Mr Dupont praised the talks. "
                  "She later urged France to send aid.", "REQUEST")
    assert got == [["KEN"]]


def test_he_skips_the_last_mrs():
    got = _actors("French diplomat Mr Dupont met the envoy. Kenyan minister Mrs Otieno praised the talks. "
                  "He later urged Kenya to send aid.", "REQUEST")
    assert got == [["FRA"]]


def test_she_finds_a_woman_named_only_as_a_victim():
    got = _actors("Mrs Berg, who works for Oxfam, was abducted in Kabul. British MP Mr Smith appealed for her "
                  "release. She also urged the Afghan government to free women prisoners.", "REQUEST")
    assert ["NGO"] in got and got[-1] == ["NGO"]


def test_matching_gender_keeps_the_last_person():
    got = _actors("Kenyan minister Mrs Otieno met the envoy. French diplomat Ms Dupont praised the talks. "
                  "She later urged Kenya to send aid.", "REQUEST")
    assert got == [["FRA"]]


def test_a_name_without_a_title_stays_a_candidate():
    got = _actors("Kenyan minister Mary Otieno met the envoy. French diplomat Jean Dupont praised the talks. "
                  "He later urged Kenya to send aid.", "REQUEST")
    assert got == [["FRA"]]
