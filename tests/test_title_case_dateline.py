"""A dateline whose place is in title case ("Kyiv, March 3 (Reuters) -", "Moscow (TASS) —", "Kyiv, Ukraine (AP) -") is a
dateline (nlp.segment.TITLE_DATELINE, title_dateline_place), not the first words of the lead: the fresh user's "Kyiv,
March 3 (Reuters) - Russian Foreign Minister Sergei Lavrov on Thursday accused the United States ..." made "Kyiv" the
actor (UKR/GOV) and lost Lavrov. Only a known place followed by a date or an agency."""
import pytest

from eventwire.nlp.segment import segment_article
from test_coder_rules import coded

LEAD = "Russian Foreign Minister Sergei Lavrov on Thursday accused the United States of plotting a coup in Georgia."


@pytest.mark.parametrize("first,place", [
    ("Kyiv, March 3 (Reuters) - ", "Kyiv"),
    ("Moscow (TASS) — ", "Moscow"),
    ("Kyiv, Ukraine (AP) - ", "Kyiv, Ukraine"),
    ("Nairobi, March 3 - ", "Nairobi"),
])
def test_a_title_case_dateline_is_recognised(first, place):
    seg = segment_article(first + LEAD, None)
    assert seg.dateline is not None and seg.dateline["place"] == place
    assert [s.text for s in seg.segments if s.kind == "body"][0] == LEAD
    rows, _, _ = coded(first + LEAD, pub="2023-03-04")
    assert ("ACCUSE", ("RUS",), ("USA",)) in [r[:3] for r in rows], rows


@pytest.mark.parametrize("first", [
    "Smith, Jones - the rivalry that shaped the league. ",   # no known place
    "Kyiv - the capital braced for more strikes. ",          # a known place, but nothing after it that dates a wire
    "Peace talks (round two) - what to expect. ",            # no place
    "Kyiv, Ukraine - the capital braced for more strikes. ",  # no date or agency: may be text (as in capitals' rule)
])
def test_title_case_words_before_a_dash_are_no_dateline(first):
    seg = segment_article(first + LEAD, None)
    assert seg.dateline is None
