"""Recall kinds of CONSULT and THREATEN found on the annotated training stories (stop 19), each with invented
variants: a journey that takes its traveller to places (actor_rules.journey_traveller,
recipient_rules.journey_destinations; verbs.tsv row ``tour``), a vow of force or punishment without a named
target (admission.vowed_coercion)."""
import pytest

from test_coder_rules import coded, find


# --- CONSULT visit: the places a tour or visit takes its traveller to ------------------------------------------
@pytest.mark.parametrize("text,actor,places", [
    ("French President Emmanuel Macron is on a regional tour which has so far taken him to Kenya, Ghana and Nigeria.",
     "FRA", ["KEN", "GHA", "NGA"]),
    ("German Chancellor Olaf Scholz arrived in Hanoi on Sunday. The tour took him to Vietnam and Indonesia.",
     "DEU", ["VNM", "IDN"]),
    ("Indian Prime Minister Narendra Modi began a visit to the Gulf on Monday. The visit takes him to Qatar and "
     "Oman.", "IND", ["QAT", "OMN"]),
])
def test_a_journey_that_takes_its_traveller_to_places_is_a_visit_to_each(text, actor, places):
    rows, _, _ = coded(text)
    for p in places:
        assert find(rows, "CONSULT", actor, p), (p, rows)


@pytest.mark.parametrize("text", [
    "The trip took three days.",
    "The talks took place in Geneva on Monday.",
    "The tour took visitors through the old city.",
])
def test_a_journey_that_names_no_traveller_or_place_is_no_visit_to_a_place(text):
    rows, _, _ = coded(text)
    assert not [r for r in rows if r[0] == "CONSULT" and r[2]], rows


@pytest.mark.parametrize("text", [
    "British Chancellor Gordon Brown is on a tour of Africa to highlight poverty.",
    "Japanese Prime Minister Fumio Kishida embarked on a three-nation tour of Africa on Monday.",
])
def test_a_tour_that_names_no_host_is_no_record(text):
    rows, _, _ = coded(text)  # verbs.tsv tour: strict (the training annotators code no such tour)
    assert not find(rows, "CONSULT"), rows


def test_a_tour_of_a_country_is_a_visit_to_it():
    rows, _, _ = coded("Chinese Premier Li Qiang is on a three-day tour of Australia.")
    assert find(rows, "CONSULT", "CHN", "AUS"), rows


# --- THREATEN: a vow of force or punishment needs no named target (admission.vowed_coercion) --------------------
@pytest.mark.parametrize("text,actor", [
    ("Kenyan Interior Minister Kithure Kindiki vowed to crack down on cattle rustling.", "KEN"),
    ("The Pakistani army vowed to eliminate terrorism.", "PAK"),
    ("Justice Minister Tseng Yung-fu vowed to stamp out vote buying in Taiwan.", "TWN"),
    ("The Nigerian president vowed to punish those responsible for the attack.", "NGA"),
])
def test_a_vow_of_force_or_punishment_is_a_threat_without_a_named_target(text, actor):
    rows, _, _ = coded(text)
    assert find(rows, "THREATEN", actor), rows


@pytest.mark.parametrize("text", [
    "The Kenyan president vowed to continue the reforms.",
    "The Pakistani prime minister vowed to fight for justice for the victims.",
])
def test_a_vow_of_anything_else_still_needs_its_target(text):
    rows, _, _ = coded(text)
    assert not find(rows, "THREATEN"), rows


def test_vowed_coercion_reads_the_infinitive_on_the_verb_or_its_object():
    from eventwire.events.admission import vowed_coercion
    from eventwire.nlp.model import load_model

    nlp = load_model()
    doc = nlp("The minister vowed to crack down on corruption.")
    assert vowed_coercion(doc[2])
    doc = nlp("Moscow reserved the right to stamp out such attacks.")
    assert vowed_coercion(doc[1])
    doc = nlp("The junta vowed to crush the uprising.")
    assert not vowed_coercion(doc[2])  # "crush" is a trigger of its own, recoded as the threat
    doc = nlp("The minister vowed to continue the reforms.")
    assert not vowed_coercion(doc[2])

