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
    "The New Vision newspaper accused Kenya of lying.",
])
def test_a_named_publication_is_no_actor(text):
    rows, got = found(text)
    assert not any(e == "ACCUSE" for e, _, _ in got), rows


def test_a_publication_named_by_its_country_stays():
    # no title: the country's press as the text gives it (the training annotations code it so)
    rows, got = found("A British newspaper criticized the French president.")
    assert ("ACCUSE", ["GBR"], ["FRA"]) in got, rows


# speaker_conjunct (events.actor_rules): "S said [that A V1 ...] and V2 ...", V2 hung on V1 by the parser
@pytest.mark.parametrize("text,event,actor", [
    ("Taiwanese President Lin Wei-ming said that the government's policies toward Japan remain unchanged and denied that he "
     "asked the envoy to test Japan.", "REJECT", "TWN"),
    ("The Japanese foreign minister said the sanctions will stay in place and urged North Korea to return to talks.",
     "REQUEST", "JPN"),
])
def test_a_conjunct_of_the_reported_clause_is_the_speakers(text, event, actor):
    rows, events, _ = coded(text)
    got = [(e.event, [a.code for a in e.actor], e.text_info["rule"]["actor"]) for e in events]
    assert (event, [actor], "speaker_conjunct") in got, rows


@pytest.mark.parametrize("text,event,actor", [
    # the reported clause's own party did both acts
    ("The minister said the army shelled the town and killed ten civilians.", "ASSAULT", "subject"),
    # a named party in the present: left to the subject rule
    ("The Indian minister said Pakistan is ready for talks and accused China of aggression.", "ACCUSE", "subject"),
    # a trailing attribution reports both clauses
    ("Many countries have expressed their satisfaction with the talks and agreed that the deal is good, Ma said.",
     "AGREE", None),
])
def test_the_conjunct_keeps_its_own_subject(text, event, actor):
    rows, events, _ = coded(text)
    rules = [e.text_info["rule"]["actor"] for e in events if e.event == event]
    assert "speaker_conjunct" not in rules, rows
    if actor:
        assert actor in rules, rows


# place_of_exile (actors.resolve.place_of_exile, geo.attach.exile_place): where a person fled to is not his country
@pytest.mark.parametrize("text,wrong", [
    ("A former presidential security officer now in hiding in Europe accused the president of ordering the "
     "killing.", "EUR"),
    ("An opposition leader living in exile in London accused the Rwandan government of torture.", "GBR"),
])
def test_the_place_of_exile_gives_no_country(text, wrong):
    rows, got = found(text)
    acc = [a for e, a, _ in got if e == "ACCUSE"]
    assert acc and wrong not in acc[0], rows


def test_the_country_named_on_the_exile_stays():
    rows, got = found("A Rwandan opposition leader living in exile in London accused the government of torture.")
    assert any(e == "ACCUSE" and a == ["RWA"] for e, a, _ in got), rows


def test_police_in_a_city_keep_its_country():
    rows, got = found("Police in London arrested two men.")
    assert any(e == "COERCE" and a == ["GBR"] for e, a, _ in got), rows
