""""X says Y should be seen/viewed as ..." is commentary, no demand (triggers._regard_passive, triggers._obligation_clause;
lexicon regard_verb). Audit of VOA feature stories outside the evaluation set: "He says West African ways of recording
history should be taken as seriously as European techniques", "The OECD report notes that ... results must be seen in
the context of ..." were coded REQUEST. PLOVER manual, REQUEST; ANNOTATION.md: do not code commentary."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text", [
    "The Kenyan historian says African ways of recording history should be viewed as seriously as European ones.",
    "The OECD report notes that Indonesia's results must be seen in the context of its gains in enrolment.",
    "Japan's minister said the findings should be seen as a warning to China.",
    "An Italian scholar says oral history should be taken as seriously as written records in Mali.",
])
def test_how_a_thing_should_be_seen_is_no_request(text):
    rows, events, _ = coded(text)
    assert not [e for e in events if e.event == "REQUEST"], rows


@pytest.mark.parametrize("text", [
    "Russia said Sudan must return the helicopter.",
    "The EU said Iran must be sanctioned for the attack.",
    "Kenya's president said the report must be released before the election.",
])
def test_a_demand_on_a_party_stays_a_request(text):
    rows, events, _ = coded(text)
    assert [e for e in events if e.event == "REQUEST"], rows
