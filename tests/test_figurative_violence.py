"""A verb of violence whose target is a social ill, an idea or a text is a figure of speech, no ASSAULT (PLOVER
manual, ASSAULT: use of force against people or property): "fight crime", "combat racism", "kill the bill".
Criticism in the words of violence ("attacked the minister's taxes", "attacking the lies") is ACCUSE disapprove
(PLOVER manual, ACCUSE: criticize). Training-story errors: political news coded "fought all forms of racism",
"fighting international poverty", "designed to kill the Disability Bill" as attacks. triggers.figurative_violence,
lexicon lists figurative_violence_verb / figurative_target, verbs.tsv attack row (ACCUSE objects)."""
import pytest

from test_coder_rules import coded


def types(text):
    rows, events, _ = coded(text)
    return rows, [e.event for e in events if not e.negated]


@pytest.mark.parametrize("text", [
    "The Kenyan interior minister said the police would fight crime with new patrols.",
    "The French government has pledged to combat racism in schools.",
    "The party also fought all forms of discrimination, its leader said.",
    "Brazil's president promised to fight hunger and poverty in the north-east.",
    "Opposition senators in Nigeria tried to kill the electricity bill last year.",
    "Indian traders said the new rules would kill the spirit of the reform.",
    "Activists in Chile accused the ministry of fighting inflation at the expense of the poor.",
    "The Spanish government launched a campaign against corruption and the fight against fraud.",
    # a film shot, a plan shot down, prices slashed (fresh user, s11)
    "The American director shot his new war film in Morocco last year.",
    "Investors in Frankfurt shot down the merger plan on Monday.",
    "Microsoft slashed prices in China last month.",
    # a post abused (lexicon abused_office_noun, with "abuse" only)
    "Officials in Lagos abused their positions to win contracts.",
    "Senior managers were abusing their position in the workplace.",
    "The governor abused his influence over the courts.",
    # the goal or basket of a game (sports reporting in the words of war; fresh users)
    "Brazil attacked the German goal from the first minute.",
    "The Lakers attacked the basket all night.",
])
def test_violence_against_an_abstract_target_is_no_assault(text):
    rows, got = types(text)
    assert "ASSAULT" not in got, rows


@pytest.mark.parametrize("text", [
    "Kenyan police fought armed cattle raiders near Baringo on Monday.",
    "Nigerian troops fought Boko Haram militants in Borno state.",
    "Gunmen killed three farmers in Benue state, police said.",
    "Rebels attacked a police station in northern Mali.",
    "Soldiers attacked rebel positions near the border.",
    "Troops abused the prisoners in Abu Ghraib.",
    "Colombian soldiers battled guerrillas near the border with Venezuela.",
    "The army said it had destroyed a rebel camp in Kivu.",
    "Russian air defences shot down a Ukrainian drone over Belgorod.",
    "Gunmen shot two police officers in Peshawar on Friday.",
])
def test_violence_against_people_or_places_stays_assault(text):
    rows, got = types(text)
    assert "ASSAULT" in got, rows


@pytest.mark.parametrize("text", [
    "The Conservative leader attacked the government's taxes as unfair.",
    "The Spanish foreign minister attacked the lies spread about his ministry.",
    "The Indian opposition leader attacked the government's failure to control prices.",
    "The German finance minister attacked the French budget pledges on Tuesday.",
])
def test_attacking_words_or_policies_is_accuse_not_assault(text):
    rows, got = types(text)
    assert "ASSAULT" not in got, rows
    assert "ACCUSE" in got, rows


@pytest.mark.parametrize("text", [
    "The Republican candidate escalated his personal attacks on the Democratic senator from Ohio.",
    "The Kenyan president's party ran a negative attack on the opposition leader before the vote.",
    "The Labour Party's attack ad campaign targeting the Conservative leader was withdrawn.",
])
def test_a_personal_or_negative_attack_is_accuse(text):
    rows, got = types(text)
    assert "ASSAULT" not in got, rows


@pytest.mark.parametrize("text", [
    "The two Kenyan parties struck a deal on the new constitution.",
    "Such agreements had been struck twice between the Spanish ministers.",
])
def test_a_deal_struck_is_no_attack(text):
    rows, got = types(text)
    assert "ASSAULT" not in got, rows


@pytest.mark.parametrize("text", [
    "A deadly attack on a police station killed five officers in Kano.",
    "Gunmen launched a surprise attack on an army base in northern Mali.",
    "Israeli aircraft struck a house in Gaza City, killing four people.",
])
def test_violent_attacks_and_strikes_stay_assault(text):
    rows, got = types(text)
    assert "ASSAULT" in got, rows


@pytest.mark.parametrize("text", [
    "British police chiefs said identity cards would help fight terror, crime and illegal immigration.",
    "The Kenyan interior minister vowed to fight terrorism and extremism in the coastal towns.",
    "The Brazilian president said he was supposed to fight all of these problems at once.",
])
def test_fighting_an_ill_or_a_vague_thing_is_no_violence(text):
    # lexicon figurative_target: terror, terrorism, extremism, immigration, thing, problem
    rows, got = types(text)
    assert "ASSAULT" not in got and "THREATEN" not in got, rows


@pytest.mark.parametrize("text", [
    "The Kenyan army will fight the terrorists in Somalia.",
    "Nigerian troops fought the extremists near Maiduguri on Sunday.",
])
def test_fighting_the_people_behind_an_ill_stays_violence(text):
    rows, got = types(text)
    assert "ASSAULT" in got or "THREATEN" in got, rows


@pytest.mark.parametrize("text", [
    "The Liberal Democrat leader fired up his campaign in Manchester on Monday.",
    "Kenya's foreign minister fired off a letter to the Somali government.",
    "The Indian and Chinese delegates struck up a friendship at the summit.",
    "The minister said a decisive blow was struck at the election by young voters.",
    "Brazilian unions struck a blow for workers' rights with the new law.",
])
def test_an_idiom_of_violence_is_no_assault(text):
    """Lexicon sense_changing_particle ("fired up", "fired off", "struck up"), and "blow" as the idiom object
    of "strike" (figurative_target)."""
    rows, got = types(text)
    assert "ASSAULT" not in got, rows


@pytest.mark.parametrize("text", [
    "Syrian troops fired on protesters in Homs on Friday.",
    "Ethiopian jets struck rebel positions in Tigray.",
    "Gunmen beat up two Afghan journalists in Kabul.",
    "Rebels blew up a bridge near the Ugandan border.",
])
def test_force_with_or_without_a_particle_stays_assault(text):
    rows, got = types(text)
    assert "ASSAULT" in got, rows


# --- records, offices and counted things (figurative_target: email, document, power, office ...; the "of" phrase
# of a count head: "thousands of emails"). Training stories: all F1 0.6968 -> 0.6970 --------------------------------
@pytest.mark.parametrize("text", [
    "Officials in the ministry destroyed thousands of emails before the inquiry.",
    "The governor was accused of abusing his power to reward allies.",
    "Aides destroyed dozens of documents, the Kenyan prosecutor said.",
])
def test_violence_against_records_or_offices_is_no_assault(text):
    rows, got = types(text)
    assert "ASSAULT" not in got, rows


@pytest.mark.parametrize("text", [
    "Soldiers destroyed hundreds of homes in the Congolese village.",
    "Rebels killed dozens of villagers near Goma.",
    "Ethiopian jets struck rebel positions in Tigray.",  # military positions are no office
])
def test_violence_against_counted_people_or_property_stays(text):
    rows, got = types(text)
    assert "ASSAULT" in got, rows
