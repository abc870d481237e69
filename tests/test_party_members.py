"""Rule party_members (actors.resolve.party_member_step): a capitalised plural naming the members of a party the
tables know as "<singular> Party" / "<singular>ic Party" is that party (PTY) when the story is about its country.
Training stories all F1 0.7722 -> 0.7730; dev 0.7732 and voa_news 0.7086 unchanged."""
import pytest

from test_coder_rules import coded


def actors(text):
    rows, events, _ = coded(text)
    return rows, [(e.event, [(a.entity_text, a.code, a.sector) for a in e.actor]) for e in events]


@pytest.mark.parametrize("text,event,actor", [
    ("WASHINGTON -- Republicans rejected the budget on Monday.", "REJECT", ("Republicans", "USA", "PTY")),
    ("WASHINGTON -- Democrats accused the president of lying about the war.", "ACCUSE", ("Democrats", "USA", "PTY")),
    ("WASHINGTON -- The conservative Republicans rejected the spending bill.", "REJECT",
     ("The conservative Republicans", "USA", "PTY")),
])
def test_party_members_are_their_party(text, event, actor):
    rows, got = actors(text)
    assert (event, [actor]) in got, rows


def test_party_members_of_a_country_the_story_does_not_name_stay_unknown():
    rows, got = actors("NAIROBI, Kenya -- Republicans rejected the budget on Monday.")
    assert not any(c == "USA" for _, a in got for _, c, _ in a), rows


def test_a_plural_no_party_is_named_after_stays_unknown():
    rows, got = actors("WASHINGTON -- Vikings rejected the plan on Monday.")
    assert not any(a for _, a in got), rows


def test_org_named():
    from eventwire.actors.dictionaries import load_dictionaries
    D = load_dictionaries()
    assert D.org_named("Republican Party")[:2] == ("USA", "PTY")
    assert D.org_named("republican party")[:2] == ("USA", "PTY")
    assert D.org_named("Viking Party") is None
