"""Commentary by analysts and experts is no event (events.commentary; lexicon commentator_noun). Source:
eval/voa_news/ANNOTATION.md: "do not code commentary, opinions about the world in general, or statistics; an
analyst's quote is an event only if it reports a concrete interaction". A statement the trained detector reads in
what only commentators say is dropped; a concrete act they report, a commentator's own act, and what an official
says stay. Invented sentences."""
import pytest

from test_coder_rules import coded

from eventwire.events.commentary import names_commentator
from eventwire.nlp.model import load_model

ROE_FELLOW = "Jane Roe, senior fellow with the Baltic Institute"
VIEW = "The government is looking at all the country's rights offshore"


def _token(text, word):
    return next(t for t in load_model()(text) if t.text == word)


@pytest.mark.parametrize("text,word", [
    ("Gregory Roe, a senior Iran analyst at the Eurasia Group, said Iran may test the waters.", "Roe"),
    ("The government is reviewing its rights, said Oh Jane Roe, senior fellow with the Baltic Institute.", "Roe"),
    ("Eurasia Group analyst Gregory Roe said Iran attacked the ships.", "Roe"),
    ("Professor Carl Roe said China boarded boats.", "Roe"),
    ("Carl Roe, who is a professor at the Defence Academy, said China boarded the boats.", "Roe"),
    ("Analysts say the states look to Washington for support.", "Analysts"),
    ("Experts think North Korea will continue to increase threats.", "Experts"),
])
def test_words_that_name_a_commentator(text, word):
    assert names_commentator(_token(text, word))


@pytest.mark.parametrize("text,word", [
    ("Jane Roe, a spokeswoman for the foreign ministry, said China boarded the boats.", "Roe"),
    ("Foreign Minister Jane Roe said China boarded the boats.", "Roe"),
    ("Officials say the states look to Washington for support.", "Officials"),
    ("Fellow Democrat Jane Roe said the plan would fail.", "Roe"),
])
def test_words_that_name_no_commentator(text, word):
    assert not names_commentator(_token(text, word))


@pytest.mark.parametrize("text", [
    f"{VIEW}, analysts say.",
    f"{VIEW}, said {ROE_FELLOW}.",
    f"{VIEW}, said Professor Jane Roe.",
    f"{VIEW}, said Jane Roe, who is a professor at Keio University.",
    # a later mention of a person introduced as a commentator: surname or pronoun (people memory)
    "Jane Roe, a professor at Keio University, spoke about the dispute. Russian authorities have boarded "
    "foreign boats before, Roe said.",
    "Jane Roe, a professor at Keio University, spoke about the dispute. Russian authorities have boarded "
    "foreign boats before, she said.",
    "\"What is needed is a ban on tobacco, and the chief minister has ignored the issue several times,\" said "
    "Jane Roe, a cancer specialist at the city hospital.",
])
def test_a_detector_statement_told_only_by_commentators_is_dropped(text):
    rows, events, _ = coded(text)
    assert rows == [], rows


@pytest.mark.parametrize("text,event", [
    (f"{VIEW}, officials say.", "ACCUSE"),
    (f"{VIEW}, said Jane Roe, a spokeswoman for the foreign ministry.", "ACCUSE"),
    (f"{VIEW}, UN experts said.", "ACCUSE"),  # a body's experts speak for the body
    (f"{VIEW}, said fellow Democrat Jane Roe.", "ACCUSE"),  # 'fellow' as a modifier is no role
    ("Russian authorities have boarded foreign boats before, the coast guard said.", "ACCUSE"),
    # a commentator's own act ("I have raised this issue with ...")
    ("\"What is needed is a ban on tobacco, and I have raised this issue with the chief minister several "
     "times,\" said Jane Roe, a cancer specialist at the city hospital.", "REQUEST"),
])
def test_other_voices_and_own_acts_stay(text, event):
    rows, events, _ = coded(text)
    assert [e.event for e in events] == [event], rows


@pytest.mark.parametrize("text,row", [
    ("Russian forces shelled Kharkiv on Monday, said Jane Roe, a professor at Keio University.",
     ("ASSAULT", ("RUS",), ("UKR",))),
    ("Russian warships seized two Ukrainian boats on Monday, said Jane Roe, a professor at Keio University.",
     ("COERCE", ("RUS",), ("UKR",))),
])
def test_a_concrete_act_a_commentator_reports_stays(text, row):
    rows, events, _ = coded(text)
    assert [r[:3] for r in rows] == [row], rows
    assert events[0].sources == ["Jane Roe"] and events[0].reported


# -- an affiliation with a research body makes a commentator, whatever the role noun (kind: "Jane Roe, director of
# the Baltic Institute's Center for Maritime Analysis, said ..."; lexicon research_body_noun) --

def _heads(text, word):
    from eventwire.events.commentary import affiliations
    return sorted(t.text for t in affiliations(_token(text, word)))


@pytest.mark.parametrize("text,word,bodies", [
    ("Jane Roe, director of the Baltic Institute's Center for Maritime Analysis, said China boarded the boats.",
     "Roe", ["Center", "Institute"]),
    ("China boarded the boats, said Jane Roe of Georgetown University.", "Roe", ["University"]),
    ("Jane Roe, director of the China program at the Stimson Center, said China boarded the boats.", "Roe",
     ["Center", "program"]),
])
def test_affiliations_of_a_person(text, word, bodies):
    assert _heads(text, word) == bodies


@pytest.mark.parametrize("text,word,expected", [
    ("He spoke at the Baltic Institute.", "Institute", True),
    ("He spoke at Georgetown University.", "University", True),
    ("He spoke at the Center for Strategic and International Studies.", "Center", True),
    ("He spoke at the Council on Foreign Relations.", "Council", True),
    ("He spoke at the think tank Stimson Center.", "Center", True),
    ("He spoke at the Nasser Medical Center.", "Center", False),
    ("He spoke at the International Cricket Council.", "Council", False),
    ("He spoke at the Gates Foundation.", "Foundation", False),
])
def test_research_bodies(text, word, expected):
    from eventwire.events.commentary import research_body
    assert research_body(_token(text, word)) is expected


@pytest.mark.parametrize("text", [
    f"{VIEW}, said Jane Roe of Georgetown University.",
    f"{VIEW}, said Jane Roe, from the Baltic Institute.",
    f"{VIEW}, said Jane Roe, director of the Baltic Institute's Center for Maritime Analysis.",
    f"Jane Roe, president of the Washington-based think tank Stimson Center, said {VIEW[0].lower()}{VIEW[1:]}.",
    f"{VIEW}, said Jane Roe, director of the China program at the Center for Strategic and International Studies.",
    f"{VIEW}, said Jane Roe of the Council on Foreign Relations.",
    # a later mention of the person so introduced
    "Jane Roe, director of the Baltic Institute, spoke about the dispute. Russian authorities have boarded "
    "foreign boats before, Roe said.",
])
def test_a_detector_statement_told_only_by_a_research_affiliate_is_dropped(text):
    rows, events, _ = coded(text)
    assert rows == [], rows


@pytest.mark.parametrize("text", [
    f"{VIEW}, said Jane Roe, president of the UN Security Council.",  # an official body (actor tables)
    f"Jane Roe, head of China's State Council, said {VIEW[0].lower()}{VIEW[1:]}.",
    f"{VIEW}, said Jane Roe of the Federation Council.",
    f"{VIEW}, said Jane Roe, a student at Columbia University.",  # a party, no commentator
    f"{VIEW}, said Jane Roe, a doctor at the Nasser Medical Center.",  # no research body
])
def test_an_affiliation_with_an_official_or_other_body_makes_no_commentator(text):
    rows, events, _ = coded(text)
    assert [e.event for e in events] == ["ACCUSE"], rows


def test_a_concrete_act_a_research_affiliate_reports_stays():
    rows, events, _ = coded("Jane Roe, director of the Baltic Institute, said Russian forces shelled Kharkiv on "
                            "Monday.")
    assert [r[:3] for r in rows] == [("ASSAULT", ("RUS",), ("UKR",))], rows


@pytest.mark.parametrize("text", [
    "If Israel strikes Iranian nuclear sites, Iran could retaliate against U.S. bases in the region, analysts said.",
    "Iran could retaliate against U.S. bases in the region, analysts said.",
    "Russia would respond forcefully if NATO deployed troops to Ukraine, experts warned.",
])
def test_a_consequence_foretold_by_commentators_is_no_threat(text):
    # fresh user: THREATEN actual by Iran on the analysts' forecast (commentary.commentary, trigger source consequence)
    rows, _, _ = coded(text)
    assert not [r for r in rows if r[0] == "THREATEN"], rows


def test_a_consequence_the_party_states_stays_a_threat():
    rows, _, _ = coded("Iran said it would retaliate against U.S. bases in the region if Israel strikes its nuclear sites.")
    assert ("THREATEN", ("IRN",), ("USA",)) in [r[:3] for r in rows], rows
