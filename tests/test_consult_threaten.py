"""Consultations by phone and talks, and threats inside warnings and quotes (issue 13: voa_news CONSULT and
THREATEN recall), each kind with variants of its own: other countries, other wording."""
import pytest

from test_coder_rules import coded, find


# --- CONSULT: a speech verb with its counterpart or its medium (verbs.tsv, condition prep=) ---------------------
@pytest.mark.parametrize("text,actor,recipient,mode", [
    ("President Biden spoke with Chinese President Xi Jinping on Thursday.", "USA", "CHN", None),
    ("Kenya's president spoke on the phone with the Somali leader.", "KEN", "SOM", None),
    ("The Brazilian president talked with Argentina's president on Monday.", "BRA", "ARG", None),
    ("President Macron held a phone call with Chancellor Scholz on Monday.", "FRA", "DEU", "phone"),
    ("Chinese President Xi Jinping held a phone call with Russian President Vladimir Putin.", "CHN", "RUS", "phone"),
])
def test_a_call_or_a_conversation_with_a_counterpart_is_consult(text, actor, recipient, mode):
    rows, events, _ = coded(text)
    hits = [e for e in events if e.event == "CONSULT" and actor in [a.code for a in e.actor]
            and recipient in [r.code for r in e.recipient]]
    assert hits, rows
    assert mode is None or hits[0].mode == mode


@pytest.mark.parametrize("text,a,b", [
    ("Philippine President Rodrigo Duterte and Japanese Prime Minister Yoshihide Suga spoke by phone late last year.",
     "PHL", "JPN"),
    ("Egyptian and Turkish officials talked on the phone on Sunday.", "EGY", "TUR"),
    ("Saudi Arabia and Iran spoke over the telephone on Sunday.", "SAU", "IRN"),
])
def test_parties_who_spoke_by_phone_consult_each_other(text, a, b):
    rows, events, _ = coded(text)
    assert find(rows, "CONSULT", a, b) and find(rows, "CONSULT", b, a), rows
    assert all(e.mode == "phone" for e in events if e.event == "CONSULT")


@pytest.mark.parametrize("text", [
    "Putin spoke to reporters in Moscow.",
    "The Kenyan minister spoke at length about the drought.",
    "President Ruto talked about the economy in Nairobi.",
])
def test_a_speech_verb_alone_is_no_consultation(text):
    rows, _, _ = coded(text)
    assert not find(rows, "CONSULT"), rows


# --- THREATEN: the party of the threatened act --------------------------------------------------------------
@pytest.mark.parametrize("text,actor,recipient", [
    ("Trump threatened to use force against North Korea if necessary.", "USA", "PRK"),
    ("Turkey threatened to impose sanctions on Sweden.", "TUR", "SWE"),
    ("The United States warned Wednesday that it will continue to exert maximum pressure on Iran.", "USA", "IRN"),
    ("China warned that it would take countermeasures against Lithuania.", "CHN", "LTU"),
])
def test_the_target_of_a_threatened_act_is_the_recipient(text, actor, recipient):
    rows, _, _ = coded(text)
    got = find(rows, "THREATEN", actor)
    assert got, rows
    assert recipient in got[0][2] and actor not in got[0][2]


# --- THREATEN: "will not hesitate to" is readiness (lexicon litotes_verb) -----------------------------------
@pytest.mark.parametrize("text,actor,recipient", [
    ('"I will not hesitate to use force against Venezuela," the Colombian president said.', "COL", "VEN"),
    ("Colombia will not hesitate to impose sanctions on Venezuela.", "COL", "VEN"),
    ("India would not hesitate to strike militant camps in Pakistan, the Indian defence minister said.", "IND", "PAK"),
])
def test_will_not_hesitate_to_use_force_is_a_threat(text, actor, recipient):
    rows, _, _ = coded(text)
    got = find(rows, "THREATEN", actor, recipient)
    assert got, rows
    assert not got[0][4]  # not negated: the readiness is stated
    assert not find(rows, "ASSAULT") and not find(rows, "SANCTION")


def test_will_not_hesitate_to_help_is_readiness_not_refusal():
    rows, _, _ = coded("Germany will not hesitate to help Ukraine.")
    assert find(rows, "AGREE", "DEU", "UKR"), rows
    assert not find(rows, "REJECT")


def test_hesitating_is_still_a_refusal():
    rows, _, _ = coded("Poland hesitated to send tanks to Ukraine.")
    assert find(rows, "REJECT", "POL", "UKR"), rows


# --- CONSULT: the parties of a mutual act named as a pair --------------------------------------------------
@pytest.mark.parametrize("text,a,b", [
    ("Negotiations between Britain and Mauritius on ceding sovereignty have been going on for several years.",
     "GBR", "MUS"),
    ("Talks between India and China ended without agreement.", "IND", "CHN"),
    ("U.S.-Ukraine talks began in Jeddah on Tuesday.", "USA", "UKR"),
    ("Russia-Ukraine negotiations resumed in Istanbul.", "RUS", "UKR"),
    ("The U.S.-China trade talks resumed.", "USA", "CHN"),
    ("The G7 talks in Quebec follow U.S.-Ukraine talks in Jeddah, Saudi Arabia.", "USA", "UKR"),
])
def test_talks_between_two_parties_are_coded_each_way(text, a, b):
    rows, events, _ = coded(text)
    assert find(rows, "CONSULT", a, b) and find(rows, "CONSULT", b, a), rows
    assert all(e.text_info["rule"]["recipient"] == "reciprocal_pairs" for e in events if e.event == "CONSULT")


def test_a_mediation_between_two_parties_is_no_talk_between_them():
    rows, _, _ = coded("Qatar announced a mediation between Israel and Hamas.")
    assert rows and not find(rows, "CONSULT", "ISR", "PSE") and not find(rows, "AGREE", "ISR"), rows


def test_a_hyphenated_pair_of_another_act_is_no_pair():
    rows, _, _ = coded("The Iran-backed militia attacked a U.S. base.")
    assert find(rows, "ASSAULT"), rows
    assert not find(rows, "ASSAULT", "IRN")


@pytest.mark.parametrize("text,actor,recipient,event", [
    ("Secretary of State Marco Rubio led more than eight hours of peace talks with Ukrainian officials in Jeddah.",
     "USA", "UKR", "CONSULT"),
    ("The Kenyan foreign minister held several rounds of talks with Somali officials.", "KEN", "SOM", "CONSULT"),
])
def test_the_doer_of_a_measured_event_noun_is_its_actor(text, actor, recipient, event):
    rows, _, _ = coded(text)
    assert find(rows, event, actor, recipient), rows


# --- THREATEN: an ultimatum ("gave X N days to ...", verbs.tsv condition inf) -------------------------------
@pytest.mark.parametrize("text,actor,recipient", [
    ("Kenya gave the U.N. Refugee Agency 14 days to present a plan to close the camps.", "KEN", "UNO"),
    ("Mali's junta gave the French ambassador's staff 72 hours to leave the country.", "MLI", None),
    ("The rebels gave the Malian government 48 hours to release the prisoners.", None, "MLI"),
])
def test_a_deadline_to_act_is_an_ultimatum(text, actor, recipient):
    rows, _, _ = coded(text)
    assert find(rows, "THREATEN", actor, recipient), rows


def test_what_an_ultimatum_demands_is_no_event_of_its_own():
    rows, _, _ = coded("The rebels gave the Malian government 48 hours to release the prisoners.")
    assert find(rows, "THREATEN"), rows
    assert not find(rows, "RETREAT")


@pytest.mark.parametrize("text", [
    "Ghana gave its farmers two weeks of training.",
    "The government gave the company ten days off.",
])
def test_time_given_without_a_demand_is_no_ultimatum(text):
    rows, _, _ = coded(text)
    assert not find(rows, "THREATEN"), rows


@pytest.mark.parametrize("text,actor,recipient", [
    ("Kenya is negotiating to buy wheat from Russia.", "KEN", "RUS"),
    ("Cameroon's livestock ministry says it is negotiating to import eggs and chicks from Brazil.", "CMR", "BRA"),
])
def test_the_counterpart_of_a_negotiation_is_the_party_of_the_negotiated_act(text, actor, recipient):
    rows, _, _ = coded(text)
    assert find(rows, "CONSULT", actor, recipient), rows
