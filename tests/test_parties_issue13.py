"""Party assignment on whole stories (issue 13: wrong actors and recipients), each kind with variants of its own:
other countries, other wordings, and negatives that must not change."""
import pytest

from test_coder_rules import coded, find


# --- a coordinated subject whose object says the act is mutual: one dyad each way (records.mutual_object) ------
@pytest.mark.parametrize("text,event,a,b", [
    ("Brazil and Argentina have upgraded their ties, leaders of both countries said on Tuesday.", "SUPPORT",
     "BRA", "ARG"),
    ("Japan and South Korea accused each other of violating the airspace on Monday.", "ACCUSE", "JPN", "KOR"),
    ("Egypt and Sudan signed a bilateral pact on water.", "SUPPORT", "EGY", "SDN"),
])
def test_coordinated_parties_of_a_mutual_act_act_on_each_other(text, event, a, b):
    rows, _, _ = coded(text)
    assert find(rows, event, a, b) and find(rows, event, b, a), rows


@pytest.mark.parametrize("text,event,a,b", [
    ("Poland and Hungary praised their allies.", "SUPPORT", "POL", "HUN"),
    ("Brazil and Argentina condemned their attack on the embassy.", "ACCUSE", "BRA", "ARG"),
])
def test_their_on_a_non_relation_noun_is_no_mutual_act(text, event, a, b):
    rows, _, _ = coded(text)
    assert find(rows, event, a) and find(rows, event, b), rows
    assert not find(rows, event, a, b) and not find(rows, event, b, a), rows


# --- a relation noun owned by nobody and naming no other party is the coordinated subjects' own
# (records.own_relation): "Iran and Saudi Arabia restore ties" is one dyad each way, never a country with itself -----
@pytest.mark.parametrize("text,event,a,b", [
    ("Iran and Saudi Arabia restore ties", "SUPPORT", "IRN", "SAU"),
    ("Iran and Saudi Arabia agreed to restore diplomatic ties.", "AGREE", "IRN", "SAU"),
    ("Egypt and Sudan cut diplomatic relations.", "SANCTION", "EGY", "SDN"),
    ("Japan and India deepened security cooperation.", "COOPERATE", "JPN", "IND"),
    ("Iran and Saudi Arabia have restored ties after seven years. Tehran and Riyadh will reopen embassies within "
     "two months.", "SUPPORT", "IRN", "SAU"),
])
def test_an_ownerless_relation_of_coordinated_subjects_is_mutual(text, event, a, b):
    rows, _, _ = coded(text)
    assert find(rows, event, a, b) and find(rows, event, b, a), rows
    assert not [r for r in rows if set(r[1]) & set(r[2])], rows  # no country with itself


@pytest.mark.parametrize("text,event,a,b,other", [
    ("Russia and China expanded cooperation with Iran.", "COOPERATE", "RUS", "CHN", "IRN"),
    ("Iran and Iraq criticized Israel's ties with Egypt.", "ACCUSE", "IRN", "IRQ", "ISR"),
])
def test_a_relation_with_another_party_is_not_mutual(text, event, a, b, other):
    rows, _, _ = coded(text)
    assert find(rows, event, a, other) and find(rows, event, b, other), rows
    assert not find(rows, event, a, b) and not find(rows, event, b, a), rows


# --- "X stands accused of ...": X is the accused (actor_rules.accused_state) ----------------------------------
@pytest.mark.parametrize("text,accused", [
    ("Ahmed, an opposition leader in Ethiopia, stands accused of treason under a new security law. "
     "Ethiopian police arrested him in Addis Ababa last year.", "ETH"),
    ("The Belarusian opposition leader remains accused of plotting a coup. The trial opened in Minsk on Monday.",
     "BLR"),
])
def test_who_stands_accused_is_the_recipient_and_the_state_accuses(text, accused):
    rows, events, _ = coded(text)
    got = [e for e in events if e.event == "ACCUSE" and e.text_info["rule"]["actor"] == "charging_authority"]
    assert got, rows
    e = got[0]
    assert [r.code for r in e.recipient] == [accused]
    assert e.text_info["rule"]["recipient"] == "accused_state_subject"
    assert e.actor[0].sector == "GOV" and e.actor[0].entity_text == "" and e.actor[0].code == accused


def test_an_accuser_who_is_named_keeps_the_accusation():
    rows, _, _ = coded("Ethiopia's government has accused Eritrea of arming rebels.")
    assert find(rows, "ACCUSE", "ETH", "ERI"), rows
    rows, _, _ = coded("The Kenyan opposition leader was accused by prosecutors of fraud.")
    assert find(rows, "ACCUSE"), rows
    assert all(r[1] != r[2] or not r[1] for r in rows), rows


# --- the party of the refused or accepted act, named inside its object (recipient_rules._act_party) --------------
@pytest.mark.parametrize("text,event,actor,recipient", [
    ("Ghana has refused to attend a hearing by the International Criminal Court over the dispute with Togo.",
     "REJECT", "GHA", "IGO"),
    ("Serbia refused to attend Croatia's commemoration on Friday.", "REJECT", "SRB", "HRV"),
    ("Nigeria agreed to talks with Chad over the border.", "AGREE", "NGA", "TCD"),
])
def test_the_party_of_the_refused_or_accepted_act_is_the_recipient(text, event, actor, recipient):
    rows, _, _ = coded(text)
    assert find(rows, event, actor, recipient), rows


def test_a_refused_act_without_a_party_names_none():
    rows, _, _ = coded("Kenya refused to attend the weeklong hearing.")
    got = find(rows, "REJECT", "KEN")
    assert got, rows
    assert got[0][2] == (), rows


# --- "the council", "the regional body": a definite description of an organisation named before ----------------
@pytest.mark.parametrize("text,event,actor,recipient", [
    ("The U.N. Security Council met on Monday to discuss the war in Yemen. France urged the council to act "
     "against the Houthis.", "REQUEST", "FRA", "UNO"),
    ("The Economic Community of West African States met in Abuja. Mali and Niger accused the regional body of "
     "serving foreign interests.", "ACCUSE", "MLI", "IGO"),
    ("The European Union met in Brussels on Monday. Hungary criticized the bloc over its migration policy.",
     "ACCUSE", "HUN", "EUR"),
])
def test_a_definite_description_refers_back_to_the_organisation_named(text, event, actor, recipient):
    rows, events, _ = coded(text)
    got = [e for e in events if e.event == event and actor in [a.code for a in e.actor]]
    assert got, rows
    assert [r.code for r in got[0].recipient] == [recipient], rows


@pytest.mark.parametrize("text,recipient", [
    # a court of its own (a modifier) and a court no organisation named before is no U.N. court
    ("The International Court of Justice heard the case. Kenyan lawmakers criticized the district court on "
     "Monday.", "UNO"),
    ("Kenya's High Court ruled on Monday. Kenyan lawmakers criticized the court.", "UNO"),
    # the council named before holds no "council": no antecedent
    ("The European Union met in Brussels. Hungarian lawmakers criticized the council on Monday.", "EUR"),
])
def test_a_description_without_a_fitting_organisation_keeps_its_own_reading(text, recipient):
    rows, events, _ = coded(text)
    got = [e for e in events if e.event == "ACCUSE"]
    assert got, rows
    assert recipient not in [r.code for e in got for r in e.recipient], rows


# --- a state's envoy to an organisation acts for the state (resolve: lexicon envoy_noun) ---------------------------
@pytest.mark.parametrize("text,state", [
    ("Brazil's U.N. mission criticized the report on Monday.", "BRA"),
    ("Pakistan's U.N. ambassador condemned the sanctions.", "PAK"),
])
def test_a_states_mission_to_the_un_is_the_state(text, state):
    rows, events, _ = coded(text)
    got = [e for e in events if e.event == "ACCUSE"]
    assert got, rows
    assert {a.code for e in got for a in e.actor} == {state}, rows
    assert got[0].actor[0].sector == "GOV"


def test_an_organisations_own_envoy_stays_the_organisation():
    rows, events, _ = coded("The U.N. envoy for Syria urged restraint on Monday.")
    got = [e for e in events if e.event == "REQUEST"]
    assert got, rows
    assert [a.code for a in got[0].actor] == ["UNO"], rows


# --- a document named after the city it was signed in names no party (lexicon signing_place_noun) ---------------
@pytest.mark.parametrize("text,actor,city_code", [
    ("Armenia urged that the Moscow agreement be respected.", "ARM", "RUS"),
    ("The Taliban demanded that all parts of the Doha agreement be implemented.", "AFG", "QAT"),
])
def test_the_city_a_document_is_named_after_is_no_party(text, actor, city_code):
    rows, events, _ = coded(text)
    got = [e for e in events if e.event == "REQUEST"]
    assert got, rows
    assert all(city_code not in [x.code for x in e.actor + e.recipient] for e in events), rows
    assert actor is None or actor in [a.code for a in got[0].actor]


# --- the city an attack is named after is where it happened, not the attacker (actor_rules.party_modifier) ------
@pytest.mark.parametrize("text,city_code", [
    ("Officials recalled the Madrid bombing at a ceremony in Paris on Monday.", "ESP"),
    ("The minister condemned the Kabul attack in a statement.", "AFG"),
    ("The London bombings changed French security policy, the report said.", "GBR"),
])
def test_the_city_an_attack_is_named_after_is_not_its_attacker(text, city_code):
    rows, events, _ = coded(text)
    assert not any(e.event == "ASSAULT" and city_code in [a.code for a in e.actor] for e in events), rows


@pytest.mark.parametrize("text,actor", [
    ("Kremlin attacks on Ukraine continued on Monday.", "RUS"),    # a seat of government is the government
    ("Syrian attacks on the rebels continued on Monday.", "SYR"),  # a nationality is the attacker
    ("Moscow's attack on Kyiv was condemned.", "RUS"),           # a possessor capital still is
])
def test_a_seat_a_nationality_or_a_possessor_still_names_the_attacker(text, actor):
    rows, events, _ = coded(text)
    assert any(e.event == "ASSAULT" and actor in [a.code for a in e.actor] for e in events), rows


def test_a_country_named_on_a_deal_is_still_its_party():
    rows, _, _ = coded("Iran urged that the Russian deal be respected.")
    assert find(rows, "REQUEST", "IRN", "RUS"), rows


# --- a journey made for talks: the counterpart of the talks is the recipient (recipient_rules.visit_talks_partner) --
@pytest.mark.parametrize("text,event,actor,recipient,host", [
    ("The Japanese foreign minister will travel to Brussels for talks with NATO officials.", "AGREE", "JPN", "IGO",
     "BEL"),
    ("The Indian prime minister traveled to Geneva for talks with French President Emmanuel Macron.", "CONSULT",
     "IND", "FRA", "CHE"),
])
def test_the_partner_of_the_talks_a_journey_is_for_is_the_recipient(text, event, actor, recipient, host):
    rows, _, _ = coded(text)
    got = find(rows, event, actor)
    assert got, rows
    assert recipient in got[0][2] and host not in got[0][2], rows


def test_a_journey_for_no_talks_keeps_its_destination():
    rows, _, _ = coded("The Indian prime minister traveled to Paris for the air show.")
    assert find(rows, "CONSULT", "IND", "FRA"), rows


# --- "the bombing of X killed ...": the "of" phrase of an attack subject is its target (means_subject_target) -----
@pytest.mark.parametrize("text,target", [
    ("The 2010 bombing of a Turkish army post in northern Iraq killed six Turkish soldiers.", "TUR"),
    ("The shelling of the Syrian town killed three civilians on Monday.", "SYR"),
])
def test_the_target_of_an_attack_subject_is_not_its_doer(text, target):
    rows, _, _ = coded(text)
    got = find(rows, "ASSAULT")
    assert got, rows
    assert all(target not in r[1] for r in got), rows


@pytest.mark.parametrize("text,actor", [
    ("A Hamas attack on the border killed two Israeli soldiers.", "PSE"),
    ("The Russian shelling of Kharkiv killed five Ukrainian civilians.", "RUS"),
])
def test_an_attack_subject_with_a_party_keeps_it_as_actor(text, actor):
    rows, _, _ = coded(text)
    assert find(rows, "ASSAULT", actor), rows


def test_an_officer_of_the_organisation_a_description_refers_to_is_of_it():
    rows, events, _ = coded("The case went before the International Court of Justice in March. The court's president "
                            "rejected Ghana's request on Monday.")
    got = [e for e in events if e.event == "REJECT"]
    assert got, rows
    assert [a.code for a in got[0].actor] == ["UNO"] and [r.code for r in got[0].recipient] == ["GHA"], rows



# --- "the two countries", "both countries": the last two countries named, acting on each other
# (resolve.is_dual_anaphor, records.reciprocal_pairs); a country is never its own counterpart ----------------------
@pytest.mark.parametrize("text,event,a,b", [
    ("Iran and Saudi Arabia restore ties. The two countries agreed to reopen embassies.", "AGREE", "IRN", "SAU"),
    ("Russia attacked Ukraine. The two countries held talks in Istanbul.", "CONSULT", "RUS", "UKR"),
    ("Kenya's president met France's leader. Both countries agreed to expand trade.", "AGREE", "KEN", "FRA"),
])
def test_the_two_countries_are_the_last_two_named(text, event, a, b):
    rows, _, _ = coded(text)
    assert find(rows, event, a, b) and find(rows, event, b, a), rows
    assert not [r for r in rows if set(r[1]) & set(r[2])], rows


@pytest.mark.parametrize("text,a,b", [
    ("Kashmir is claimed by India and Pakistan. Since independence, the two countries have fought three wars.",
     "IND", "PAK"),
    ("Eritrea and Ethiopia signed a peace deal in 2018. The two countries fought a border war from 1998 to 2000.",
     "ERI", "ETH"),
    ("Armenia and Azerbaijan both claim the enclave. Both countries clashed again along the border on Sunday.",
     "ARM", "AZE"),
])
def test_the_two_countries_fighting_is_coded_each_way(text, a, b):
    # records.reciprocal_pairs: "the two countries fought" is a war between them (annotation protocol), each way
    rows, events, _ = coded(text)
    assert find(rows, "ASSAULT", a, b) and find(rows, "ASSAULT", b, a), rows
    assert not [r for r in rows if r[0] == "ASSAULT" and set(r[1]) & set(r[2])], rows


@pytest.mark.parametrize("text", [
    ("Kashmir is claimed by India and Pakistan. Since independence, the two countries have fought three wars. "
     "A soldier was killed in Kupwara on Monday."),
    ("Eritrea and Ethiopia signed a peace deal in 2018. The two countries fought a border war from 1998 to 2000. "
     "Two herders were shot dead near Badme on Friday."),
])
def test_a_war_read_from_the_two_countries_is_no_war_between_states(text):
    # story_context.dual_phrase_pair: the pair read from one phrase does not make the story interstate, so the
    # story's agentless killing keeps its inferred attacker (implicit_actor)
    rows, events, _ = coded(text)
    killed = [e for e in events if e.event == "ASSAULT" and e.text_info["rule"]["recipient"] != "reciprocal_pairs"]
    assert killed and all(any(x.code for x in e.actor) for e in killed), rows


def test_an_uncounted_pair_of_countries_fighting_is_not_coded_each_way():
    rows, events, _ = coded("India and Pakistan dispute Kashmir. Two countries have fought over it for decades.")
    assert not [e for e in events if e.text_info["rule"].get("recipient") == "reciprocal_pairs"], rows


def test_a_described_pair_is_not_guessed_from_the_last_two_named():
    # "the two Gulf states" names its pair by a description: not Turkey and Syria
    rows, _, _ = coded("Turkey criticized Syria. The two Gulf states agreed to expand trade.")
    assert not find(rows, "AGREE", "TUR", "SYR") and not find(rows, "AGREE", "SYR", "TUR"), rows


def test_what_an_agreed_act_is_on_is_no_party_of_coordinated_subjects():
    rows, _, _ = coded("Iran and Saudi Arabia agreed to reopen embassies.")
    assert find(rows, "AGREE", "IRN", "SAU") and find(rows, "AGREE", "SAU", "IRN"), rows
    # a coded party of the agreed act stays the recipient
    rows, _, _ = coded("Iran and Qatar agreed to send aid to Syria.")
    assert find(rows, "AGREE", "IRN", "SYR") and find(rows, "AGREE", "QAT", "SYR"), rows


@pytest.mark.parametrize("text,event,a,b", [
    ("India and Pakistan dispute Kashmir. Tensions rose between the two countries, which have fought three wars.",
     "ASSAULT", "IND", "PAK"),
    ("Ethiopia and Eritrea signed a deal. Analysts fear fresh fighting between the two countries, which fought a "
     "bitter border war from 1998 to 2000.", "ASSAULT", "ETH", "ERI"),
    ("Iran and Saudi Arabia restored ties. Trade grew between the two countries, which agreed to reopen embassies.",
     "AGREE", "IRN", "SAU"),
])
def test_the_two_countries_of_a_relative_clause_act_on_each_other(text, event, a, b):
    # records.relative_antecedent: "which" stands for "the two countries", a phrase counted as two
    rows, events, _ = coded(text)
    assert find(rows, event, a, b) and find(rows, event, b, a), rows
    assert not [r for r in rows if r[0] == event and set(r[1]) & set(r[2])], rows


def test_a_relative_clause_of_one_country_is_no_pair():
    rows, events, _ = coded("India and Pakistan dispute Kashmir. Talks stalled with Pakistan, which has fought "
                            "three wars.")
    assert not [e for e in events if e.text_info["rule"].get("recipient") == "reciprocal_pairs"], rows
