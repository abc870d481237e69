"""Two texts whose leads name different countries are two stories, however alike their words (ingest.dedupe:
lead_countries): one wire template filled for Poland and for Estonia was skipped as a near-duplicate and the second
expulsion lost (fresh-user check). A syndicated copy naming the same country stays one story (field case C31)."""
from __future__ import annotations

from eventwire.ingest.dedupe import dedupe, is_copy, lead_countries
from eventwire.schema import Article, DocReport

TEMPLATE = ("{c} expelled two Russian diplomats on {d} May 2023, the foreign ministry said in a statement. The ministry "
            "said the diplomats had engaged in activities incompatible with their status and gave them 72 hours to "
            "leave the country. The embassy did not immediately respond to a request for comment. Relations between "
            "the two countries have been strained for months over a series of disputes about trade and visas.")


def test_a_template_filled_for_two_countries_is_two_stories():
    a, b = TEMPLATE.format(c="Poland", d=12), TEMPLATE.format(c="Estonia", d=14)
    assert lead_countries(a) == {"POL"} and lead_countries(b) == {"EST"}
    out = list(dedupe([Article(text=a), Article(text=b)]))
    assert all(isinstance(x, Article) for x in out), out
    assert not is_copy(a, b)


def test_a_copy_naming_the_same_country_is_still_a_duplicate():
    a = TEMPLATE.format(c="Poland", d=12)
    b = a.replace("the foreign ministry said in a statement", "the Polish foreign ministry said on Friday")
    out = list(dedupe([Article(text=a), Article(text=b)]))
    assert isinstance(out[1], DocReport) and out[1].reason.startswith("duplicate:")
