"""A wire dateline's full date is the publication date of a document that has none
(pipeline.dated_by_dateline): relative dates resolve against it and the report says where it came from."""
from eventwire.pipeline import code_batch, code_text
from eventwire.schema import Article


def _one(text, **kw):
    evs, _ = code_text(text, **kw)
    assert len(evs) == 1, [e.event for e in evs]
    return evs[0]


def test_full_dateline_date_anchors_relative_dates():
    e = _one("WASHINGTON, March 3, 2022 (Reuters) - The United States imposed sanctions on Russia on Tuesday.")
    assert (e.event, e.date, e.date_basis) == ("SANCTION", "2022-03-01", "text")


def test_abbreviated_month_and_no_agency():
    e = _one("NAIROBI, Sept. 14, 2021 - Kenyan police arrested 12 opposition activists.")
    assert (e.event, e.date, e.date_basis) == ("COERCE", "2021-09-14", "publication")


def test_dateline_without_year_anchors_nothing():
    e = _one("KYIV, Ukraine, March 3 (AP) - Russian forces shelled Kharkiv on Tuesday.")
    assert e.event == "ASSAULT" and e.date is None


def test_given_publication_date_wins_over_dateline():
    e = _one("WASHINGTON, March 3, 2022 (Reuters) - The United States imposed sanctions on Russia.",
             publication_date="2022-03-05")
    assert e.date == "2022-03-05"


def test_report_and_article_say_the_date_came_from_the_dateline():
    res = code_batch([Article(text="WASHINGTON, March 3, 2022 (Reuters) - The United States imposed "
                                   "sanctions on Russia.", id="d1")])
    assert res.reports[0].status == "coded"
    assert "publication_date_from_dateline:2022-03-03" in res.reports[0].reason
    assert res.articles[0].publication_date == "2022-03-03"
    assert res.articles[0].meta["publication_date_source"] == "dateline"
    plain = code_batch([Article(text="The United States imposed sanctions on Russia.", id="d2")])
    assert plain.articles[0].publication_date is None
    assert "dateline" not in (plain.reports[0].reason or "")


def test_city_in_capitals_with_country_in_title_case_is_a_dateline():
    """AP style "KABUL, Afghanistan (AP) —": the capitals share is judged on the city, not on the country."""
    from eventwire.nlp.segment import segment_article

    for text, place in [("KABUL, Afghanistan (AP) — Taliban fighters attacked a checkpoint.", "KABUL, Afghanistan"),
                        ("KYIV, Ukraine, March 3 (AP) - Russian forces shelled Kharkiv.", "KYIV, Ukraine")]:
        seg = segment_article(text)
        assert seg.dateline["place"] == place
        assert not seg.segments[0].text.startswith(place.split(",")[0])
    for text in ("Washington, Tuesday - the talks went on.", "The Hill, Sunday - a column."):
        assert segment_article(text).dateline is None


def test_date_alone_opening_the_story_is_a_dateline():
    """ABC/UPI style "March 5, 2001 -- ...": a full date alone before the dash dates the story and is no text."""
    from eventwire.nlp.segment import segment_article

    e = _one("Local news\nMarch 5, 2001 -- Police arrested a student on Monday.")
    assert (e.event, e.date) == ("COERCE", "2001-03-05")  # 2001-03-05 was a Monday
    e = _one("Dec. 31, 2000 (AP) — Russia expelled two Ukrainian diplomats on Friday.")
    assert (e.event, e.date) == ("SANCTION", "2000-12-29")
    seg = segment_article("Sept. 14, 2021 — Kenyan police arrested 12 activists.")
    assert seg.dateline["date"] == "Sept. 14, 2021" and seg.dateline["place"] is None
    assert seg.segments[0].text.startswith("Kenyan police")


def test_date_that_is_part_of_a_sentence_is_no_dateline():
    from eventwire.nlp.segment import segment_article

    for text in ("March 5, 2001 was the day police arrested a student.",   # no dash
                 "On March 5, 2001 - a Monday - police arrested a student.",  # not at the start
                 "March 5 - police arrested a student."):                  # no year: nothing to anchor
        assert segment_article(text).dateline is None, text
    e = _one("March 5, 2001 was the day police arrested a student.")
    assert e.date is None


def test_city_in_capitals_with_its_country_and_a_bare_dash_is_a_dateline():
    """"MAIDUGURI, Nigeria — ..." (no agency, no date): the city in capitals before a comma and a dash makes the
    dateline; neither dash of "--" belongs to the place. A title-case opening stays text."""
    from eventwire.nlp.segment import segment_article

    for text, place in [("MAIDUGURI, Nigeria — Boko Haram fighters attacked a village.", "MAIDUGURI, Nigeria"),
                        ("MAIDUGURI, Nigeria -- Boko Haram fighters attacked a village.", "MAIDUGURI, Nigeria"),
                        ("GAZA CITY, Gaza Strip — Israeli strikes hit a school.", "GAZA CITY, Gaza Strip")]:
        seg = segment_article(text)
        assert seg.dateline["place"] == place
        assert seg.segments[0].text.split()[0] in ("Boko", "Israeli")
    for text in ("Maiduguri, Nigeria — fighters attacked a village.", "NATO, the alliance — said it would act."):
        assert segment_article(text).dateline is None, text
    e = _one("MAIDUGURI, Nigeria — Nigerian police arrested 12 men on Monday.")
    assert e.event == "COERCE" and all(a.entity_text != "MAIDUGURI" for a in e.actor)


def test_a_dateline_city_lies_in_the_country_or_state_after_its_comma():
    """"TBILISI, Georgia —" is the country Georgia, "ATLANTA, Georgia —" the US state (actors.infer.dateline_place_country:
    the city's own country first). Before, both were read as the US state, so Tbilisi's protesters were American."""
    from eventwire.actors.infer import dateline_country
    from eventwire.nlp.segment import segment_article

    assert dateline_country(segment_article("TBILISI, Georgia — Protesters rallied on Sunday.")) == "GEO"
    assert dateline_country(segment_article("ATLANTA, Georgia — Police arrested four men.")) == "USA"
    assert dateline_country(segment_article("KABUL, Afghanistan (AP) — Fighters attacked a post.")) == "AFG"
    e = _one("TBILISI, Georgia — Georgian police arrested 20 protesters outside parliament on Sunday.")
    assert e.event == "COERCE" and [a.code for a in e.actor] == ["GEO"]
