"""Party kinds of the actor layer (stop 20, helper w3):

* ``role_first_apposed_person`` (actors.infer.role_first_name, actors.resolve.ActorResolver.role_first_person): a
  role with the person's name in apposition after it ("Kenya's foreign minister, Musalia Mudavadi, met ...") is
  that person, so a later "he" or surname is the minister of Kenya. Before: "He accused Somalia" coded nothing
  (no person to stand for) and a later bare surname took the story's focus country.
* ``capitalised_role_apposition`` (actors.infer.capitalised_role_title): the role written as a capitalised title
  ("Pakistan's Ambassador to the U.N., Jalil Abbas Jilani") is the same role.
* ``acronym_read_as_verb`` (actors.resolve.ActorResolver.acronym_read_as_verb): "ECOWAS security chiefs met": the
  acronym the parser read as the clause's verb is the phrase's body (before: the chiefs took the host country).
* ``named_publication`` (actors.resolve.named_publication): "The China Newsweek magazine accused ..." is a news
  outlet, no actor (before: CHN).
All sentences invented."""
import pytest

from test_coder_rules import coded


def found(text):
    rows, events, _ = coded(text)
    return rows, [(e.event, [a.code for a in e.actor], [a.code for a in e.recipient]) for e in events]


@pytest.mark.parametrize("text,event,actor,recipient", [
    # the pronoun after a role-first apposition
    ("Kenya's foreign minister, Musalia Mudavadi, met Somali officials on Monday in Mogadishu. The talks covered "
     "trade. He accused Somalia of violating the border deal.", "ACCUSE", "KEN", "SOM"),
    ("Chile's interior minister, Carla Pinto, met Argentine officials on Monday in Buenos Aires. The talks covered "
     "migration. She accused Argentina of violating the border treaty.", "ACCUSE", "CHL", "ARG"),
    # a capitalised title: the later surname
    ("Pakistan's Ambassador to the U.N., Jalil Abbas Jilani, met Indian officials on Monday in New Delhi. The talks "
     "covered trade. Jilani accused India of violating the ceasefire.", "ACCUSE", "PAK", "IND"),
    ("Pakistan's Ambassador to the U.N., Jalil Abbas Jilani, met Indian officials on Monday in New Delhi. The talks "
     "covered trade. He accused India of violating the ceasefire.", "ACCUSE", "PAK", "IND"),
])
def test_the_role_first_person_is_remembered(text, event, actor, recipient):
    rows, got = found(text)
    assert (event, [actor], [recipient]) in got, rows


def test_the_role_phrase_keeps_its_words_and_takes_the_name():
    rows, events, _ = coded("Kenya's foreign minister, Musalia Mudavadi, met Somali officials on Monday.")
    meet = [e for e in events if e.event == "CONSULT"]
    assert meet and [(a.entity_text, a.code, a.name) for a in meet[0].actor] == [
        ("Kenya's foreign minister", "KEN", "Musalia Mudavadi")], rows


def test_a_role_without_a_name_stays_a_group():
    rows, events, _ = coded("Kenya's foreign minister met Somali officials on Monday.")
    meet = [e for e in events if e.event == "CONSULT"]
    assert meet and [(a.code, a.name) for a in meet[0].actor] == [("KEN", None)], rows


@pytest.mark.parametrize("text,code", [
    ("ECOWAS security chiefs met in Abuja on Tuesday to discuss the crisis in Mali.", "IGO"),
    ("NATO defence ministers met in Brussels on Thursday to discuss aid to Ukraine.", "IGO"),
])
def test_an_acronym_read_as_a_verb_is_the_body(text, code):
    rows, got = found(text)
    assert any(e == "CONSULT" and a == [code] for e, a, _ in got), rows


@pytest.mark.parametrize("text", [
    "The China Newsweek magazine accused Kowal of spying for Poland.",
    "The Kommersant daily accused the Kremlin of lying.",
    "The Washington Post newspaper criticized the Chinese government.",
])
def test_a_named_publication_is_no_actor(text):
    rows, got = found(text)
    assert not any(e == "ACCUSE" for e, _, _ in got), rows


def test_a_publication_named_by_its_country_stays():
    # no title: the country's press as the text gives it (the training annotations code it so)
    rows, got = found("A British newspaper criticized the French president.")
    assert ("ACCUSE", ["GBR"], ["FRA"]) in got, rows
