"""The article's home country (actors.infer.article_home_country), which sector actors without a country take
("opposition lawmakers", "police"), counts the named organisations of a country (its parties, parliament and
agencies: orgs.tsv) as it counts its capital and demonym. A Taiwanese story naming the Legislative Yuan, the
Kuomintang and the DPP, and China once, made its lawmakers Chinese; a Northern Irish story naming Sinn Fein and the
DUP took its home from Dublin. Source: PLOVER annotation protocol (unnamed parties take the country where the act
happens); ICEWS/POLECAT sector actors. Variants of our own wording."""
from eventwire import code_text


def codes(story, pub="2010-09-01"):
    events, _ = code_text(story, publication_date=pub)
    return [([a.code for a in e.actor], e.event, [r.code for r in e.recipient]) for e in events]


def test_a_country_named_by_its_bodies_is_the_home_of_sector_actors():
    story = ("Opposition lawmakers criticized the government on Tuesday, as the Legislative Yuan prepared to debate "
             "the budget.\nThe Kuomintang and the Democratic Progressive Party traded barbs over the debt.\n"
             "A senior lawmaker questioned why the Mainland Affairs Council needed more money for talks with China.")
    # counting only countries, capitals and demonyms, China (named once) was the home: CHN ACCUSE CHN
    assert codes(story) == [(["TWN"], "ACCUSE", ["TWN"])]


def test_a_country_named_more_often_still_wins():
    story = ("Police in Beijing detained three activists on Tuesday.\nChinese officials said the Chinese capital "
             "would not tolerate protests, and China's foreign ministry criticized the Kuomintang.")
    got = codes(story)
    assert got and all(a == ["CHN"] for a, e, _ in got if e == "COERCE"), got
