"""A US party-state designation after a name ("Rep. Glenn English, D-Okla.", "Sen. Connie Mack (R-Fla.)") makes the
person a member of Congress, USA LEG (actors.infer.us_legislator_designation; lexicon us_state; AP Stylebook,
party affiliation); a later bare surname that is also a nationality word ("English also questioned") is that
person, not the people (actors.resolve.remembered_demonym_surname). Training stories: all F1 0.7150 -> 0.7192;
dev 0.7082 and voa_news 0.6523 unchanged."""
import pytest

from test_coder_rules import coded


def parties(text):
    rows, events, _ = coded(text)
    return rows, [(e.event, [(a.code, a.sector) for a in e.actor], [(r.code, r.sector) for r in e.recipient])
                  for e in events]


@pytest.mark.parametrize("text,event", [
    ("Harold Sawyer, R-Mich., criticized the agency on Tuesday.", "ACCUSE"),
    ("Rep. Anna Brooks (D-Calif.) rejected the proposal.", "REJECT"),
    ("Chairman William Hughes, D-N.J., accused the administration of cutting the budget.", "ACCUSE"),
    ("Senator Tom Daley, D-South Dakota, criticized the plan.", "ACCUSE"),
    ("Senator Ted Cruz (R-TX) criticized the agency.", "ACCUSE"),
])
def test_party_state_designation_is_a_us_legislator(text, event):
    rows, got = parties(text)
    assert any(e == event and ("USA", "LEG") in a for e, a, r in got), rows


def test_a_demonym_surname_met_before_is_the_person():
    rows, got = parties("Rep. Glenn English, D-Okla., criticized the Justice Department. "
                        "English also questioned the department's conduct.")
    assert [a for e, a, r in got] == [[("USA", "LEG")], [("USA", "LEG")]], rows


@pytest.mark.parametrize("text", [
    "Harold Sawyer, a British lawmaker, criticized the agency.",  # no designation
    "Ahmad Al-Sadr, X-Ray specialist, criticized the ministry in Baghdad.",  # no party letter + state
    "Sam Brooks, D-Day veteran, criticized the ministry.",  # a hyphenated word that is no US state
])
def test_no_designation_no_us_legislator(text):
    rows, got = parties(text)
    assert not any(("USA", "LEG") in a for e, a, r in got), rows


@pytest.mark.parametrize("text", [
    "Writer Sam Jones criticized the ministry. The English accused the minister of lying.",  # the people
    "The French criticized the plan. French officials accused the minister of lying.",  # no person French
])
def test_a_people_stays_a_people(text):
    rows, got = parties(text)
    assert not any(a and a[0][1] == "LEG" for e, a, r in got), rows
    assert any(c in ("GBR", "FRA") for e, a, r in got for c, _ in a), rows
