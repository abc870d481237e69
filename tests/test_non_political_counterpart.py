"""Meetings and visits with no political counterpart are no CONSULT (admission.no_political_counterpart,
admission.domestic_tour, recipient_rules.meeting_of_itself; lexicon private_group_noun, visited_site_noun,
member_head_noun, meeting_body_noun). Training stories: "she met with a group of prominent Egyptian women",
"visited the 'Smart Village,' a technology centre", "he visits Manchester, Liverpool, Leicester, Somerset ..."
(Somerset read as the US one), "Jones' committee met to discuss the budget problems" (the recipient of an earlier
meeting). PLOVER manual, CONSULT: meetings and visits between political actors. All sentences invented."""
import pytest

from test_coder_rules import coded


def consults(events):
    return [e for e in events if e.event in ("CONSULT", "AGREE")]


@pytest.mark.parametrize("text", [
    "The German chancellor's wife also visited a water purification project outside Nairobi.",
    "During the trip, the Prime Minister visited a children's hospital and an orphanage in the capital.",
    "The minister also visited the \"Green Valley,\" a solar energy centre built by the government.",
    "The Japanese foreign minister met with a group of prominent Kenyan women active in business.",
    "The senator met ordinary members of the public in the town square.",
    "The Labour leader wants to meet as many ordinary members of the public as possible, his aide said.",
    "The prosecutors visited local residents and places flooded by the river.",
    "The French president met students at the university on Tuesday.",
    "The French president met the family of the slain journalist.",
])
def test_no_political_counterpart_codes_no_consult(text):
    rows, events, _ = coded(text)
    assert not consults(events), rows


@pytest.mark.parametrize("text, actor, recipient", [
    ("Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Monday.", "USA", "CHN"),
    ("French President Emmanuel Macron visited Kyiv on Friday.", "FRA", "UKR"),
    ("The UN envoy met opposition leaders in Caracas.", "UNO", "VEN"),
    ("Indian Prime Minister Narendra Modi hosted the Japanese prime minister in New Delhi.", "IND", "JPN"),
    ("Ukrainian President Volodymyr Zelensky visited troops in Donbas.", "UKR", "UKR"),
    ("The UN refugee chief met with refugees from Colombia in Brasilia.", "UNO", "COL"),
    ("The French minister met women leaders of the Egyptian parliament.", "FRA", "EGY"),
    ("The Kenyan president met the Chinese ambassador and a group of Chinese students.", "KEN", "CHN"),
    ("The British prince met the Saudi royal family in Riyadh.", "GBR", "SAU"),
])
def test_a_meeting_with_a_political_actor_stays(text, actor, recipient):
    rows, events, _ = coded(text)
    assert [e for e in events if e.event == "CONSULT" and actor in [a.code for a in e.actor]
            and recipient in [r.code for r in e.recipient]], rows


def test_a_tour_of_home_towns_with_a_foreign_namesake_is_no_visit():
    rows, events, _ = coded("Liberal Democrat leader Charles Kennedy is stepping up his election campaign this week "
                            "as he visits Manchester, Liverpool, Leicester, Somerset, Basingstoke and Torbay.")
    assert not consults(events), rows


@pytest.mark.parametrize("text, recipient", [
    ("US President Joe Biden visited Texas and Mexico City.", "MEX"),
    ("British Chancellor Gordon Brown is visiting Tanzania, Mozambique and Kenya this week.", "KEN"),
    ("French President Emmanuel Macron visited Kyiv and Lviv on Friday.", "UKR"),
])
def test_a_visit_abroad_stays(text, recipient):
    rows, events, _ = coded(text)
    assert [e for e in events if e.event == "CONSULT" and recipient in [r.code for r in e.recipient]], rows


STORY = ("WASHINGTON (UPI) -- The Senate Finance Committee met with White House officials on Tuesday to discuss the "
         "deficit. ")


def test_a_committee_meeting_by_itself_takes_no_earlier_recipient():
    rows, events, _ = coded(STORY + "Senator Smith's committee met to discuss the tax bill but did not vote.")
    meetings = [e for e in events if e.event == "CONSULT"]
    assert len(meetings) == 1 and meetings[0].text_info["rule"]["recipient"] == "row:P:with", rows


def test_a_committee_meeting_with_someone_keeps_its_counterpart():
    rows, events, _ = coded(STORY + "Senator Smith's committee met with the Iranian envoy on Wednesday.")
    assert [e for e in events if e.event == "CONSULT" and "IRN" in [r.code for r in e.recipient]], rows


def test_meeting_of_itself_names_its_rule():
    rows, events, _ = coded("The cabinet met on Monday to discuss the budget.")
    assert [e.text_info["rule"]["recipient"] for e in events if e.event == "CONSULT"] in ([], ["meeting_of_itself"]), rows


@pytest.mark.parametrize("text, actor, recipient", [
    ("Japanese Prime Minister Fumio Kishida concluded his three-day visit to India on Tuesday.", "JPN", "IND"),
    ("Taiwan's first lady Chow Mei-ching wrapped up her humanitarian visit to Haiti on Tuesday.", "TWN", "HTI"),
])
def test_own_visit_of_the_clause_subject(text, actor, recipient):
    """actor_rules.possessor: "concluded his visit to India" -- the possessive pronoun is the subject's own."""
    rows, events, _ = coded(text)
    assert [e for e in events if e.event == "CONSULT" and actor in [a.code for a in e.actor]
            and recipient in [r.code for r in e.recipient]], rows


def test_a_list_of_sites_with_an_organisation_keeps_the_organisation():
    """A list parsed as appositions: the organisation among the sites is a counterpart; the sites alone are none."""
    from eventwire.events.admission import counterpart_phrases, visited_site
    from eventwire.nlp.model import load_model
    doc = load_model()("During her two-day stay in Kenya, Ms Lee visited an orphanage, the charity Food for the Poor, "
                       "a World Vision childcare center, and a number of refugee camps.")
    v = next(t for t in doc if t.lemma_ == "visit" and t.pos_ == "VERB")
    heads = {x.text: x for x in counterpart_phrases(v)}
    assert "orphanage" in heads and "Food" in heads, heads
    assert not visited_site(heads["Food"], None)  # a list member is no name explained by the next member
