"""Datelines after a headline line and in the colon form ("KARACHI: Police have arrested ...", the form of South
Asian and Singapore papers) are recognised (nlp.segment), and the article's home country counts the country of the
dateline's place (actors.infer.article_home_country), so sector actors of a story that names no country ("Police",
"the men") take it. Before, DATELINE only matched at the very start of the text (``^`` with a start position), so
an article whose first line is its headline never had one. Training stories: all F1 0.6169 -> 0.6214, dev and
voa_news unchanged."""
import pytest

from eventwire.nlp.segment import segment_article
from test_coder_rules import coded


@pytest.mark.parametrize("first,place", [
    ("KARACHI: Police arrested two men on Monday.", "KARACHI"),
    ("NEW DELHI: The ministry issued a statement.", "NEW DELHI"),
    ("SINGAPORE: A court fined the company.", "SINGAPORE"),
    ("LAGOS — Police arrested two men on Monday.", "LAGOS"),
    ("KADUNA, Nigeria (AP) — Police arrested two men.", "KADUNA, Nigeria"),
])
def test_a_dateline_after_the_headline_is_recognised(first, place):
    text = "Two men held\n" + first + "\nThey were charged on Tuesday."
    seg = segment_article(text, "Two men held")
    assert seg.dateline is not None and seg.dateline["place"] == place
    body = [s.text for s in seg.segments if s.kind == "body"]
    assert not body[0].startswith(place.split(",")[0])


@pytest.mark.parametrize("first", [
    "NATO: Russia is massing troops near the border.",      # an organisation, no place
    "UN: Aid convoys reached the city on Monday.",          # an acronym
    "WARNING: Heavy rain is expected across the region.",   # a label
])
def test_capitals_before_a_colon_that_name_no_place_are_no_dateline(first):
    seg = segment_article("Headline here\n" + first + "\nMore text follows.", "Headline here")
    assert seg.dateline is None
    assert [s.text for s in seg.segments if s.kind == "body"][0] == first


def test_only_the_first_paragraph_has_a_dateline():
    text = "Two men held\nPolice arrested two men on Monday.\nLONDON — A court will hear the case."
    seg = segment_article(text, "Two men held")
    assert seg.dateline is None
    assert seg.segments[-1].text.startswith("LONDON")


@pytest.mark.parametrize("dateline,code", [
    ("KARACHI:", "PAK"),
    ("PUNE:", "IND"),
    ("SINGAPORE:", "SGP"),
    ("MOMBASA —", "KEN"),
])
def test_sector_actors_take_the_dateline_country(dateline, code):
    text = f"Three men held\n{dateline} Police have arrested three men after a robbery.\nThe men will be charged in court."
    rows, events, _ = coded(text)
    arrests = [e for e in events if e.event == "COERCE" and any(a.sector == "COP" for a in e.actor)]
    assert arrests, rows
    assert [(a.code, a.sector) for a in arrests[0].actor] == [(code, "COP")], rows


def test_no_country_without_a_dateline():
    rows, events, _ = coded("Three men held\nPolice have arrested three men after a robbery.\n"
                            "The men will be charged in court.")
    arrests = [e for e in events if e.event == "COERCE"]
    assert arrests and all(a.code is None for e in arrests for a in e.actor), rows
