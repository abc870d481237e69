"""A body owned by a person the article has already named ("Ma's government" after "President Ma Ying-jeou", "the
Sharif government" after "Prime Minister Nawaz Sharif") is that person's country's (actors.resolve.remembered_owner,
read by ActorResolver._modifier_info for possessive and compound proper nouns on a common noun). Before, such a body
had no country and took the story's focus (a Taiwanese president's government became CHN). Training stories: all F1
0.7212 -> 0.7215, dev 0.7082 -> 0.7087; voa_news 0.6523 -> 0.6537."""
import pytest

from test_coder_rules import coded


def parties(text):
    rows, events, _ = coded(text)
    return rows, [(e.event, [(a.code, a.sector) for a in e.actor], [(r.code, r.sector) for r in e.recipient])
                  for e in events]


@pytest.mark.parametrize("text,event,actor", [
    ("President Ma Ying-jeou criticized China on Monday. Ma's government urged Beijing to abolish its law.",
     "REQUEST", "TWN"),
    ("Prime Minister Nawaz Sharif met Chinese leaders. The Sharif government urged India to resume talks.",
     "REQUEST", "PAK"),
    ("President Emmanuel Macron visited Algeria. Macron's spokesman criticized the Algerian press.", "ACCUSE", "FRA"),
])
def test_the_body_of_a_remembered_person_is_the_persons_country(text, event, actor):
    rows, got = parties(text)
    assert any(e == event and a and a[0][0] == actor for e, a, r in got), rows


@pytest.mark.parametrize("text,kept", [
    # a person of no country: no country is given; in a story of two sentences the record, with no coded party
    # left, is then dropped by the story rule no-codable-party
    ("John Smith criticized the plan. Smith's company urged the ministry to act.", False),
    ("Smith's company urged the ministry to act.", True),  # nobody named before; a lone sentence keeps its record
])
def test_no_country_from_an_uncoded_or_unknown_owner(text, kept):
    rows, got = parties(text)
    req = [(e, a, r) for e, a, r in got if e == "REQUEST"]
    assert not any(a and a[0][0] for e, a, r in req), rows
    assert bool(req) == kept, rows


@pytest.mark.parametrize("text,event,actor", [
    # a bare name in the headline, left without a country, then the full name with its office in the body
    ("President Ma says China policies unchanged\n\nPresident Ma Ying-jeou said the policies remain unchanged. "
     "Ma's government has urged China to abolish its law.", "REQUEST", "TWN"),
    ("President Ma says policies unchanged\n\nPresident Ma Ying-jeou spoke on Monday. "
     "Ma criticized China's military deployment.", "ACCUSE", "TWN"),
])
def test_a_fuller_mention_upgrades_a_bare_name(text, event, actor):
    """actors.infer.upgrades_bare_name: training all F1 0.7215 -> 0.7224; dev and voa_news unchanged."""
    rows, got = parties(text)
    assert any(e == event and a and a[0][0] == actor for e, a, r in got), rows


def test_a_coded_bare_name_is_not_replaced():
    # "Obama" is coded by the tables from its first mention: a later namesake does not replace him
    rows, got = parties("Obama speaks on economy\n\nPresident Barack Obama said the economy was growing. "
                        "Obama criticized China's currency policy.")
    assert any(e == "ACCUSE" and a and a[0][0] == "USA" for e, a, r in got), rows
