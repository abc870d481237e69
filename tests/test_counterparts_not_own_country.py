"""A counterpart holds the same office on the other side: "the Nigerian minister urged security counterparts to ..."
does not ask Nigeria (lexicon foreign_word "counterpart(s)": implicit.own_institution, the home-country and story
steps leave such a party without a country). A counterpart whose nationality is named keeps it."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text,actor", [
    ("The Nigerian minister urged security counterparts to coordinate efforts against terrorism.", "NGA"),
    ("The Kenyan defence minister called on his counterparts to share intelligence on al-Shabab.", "KEN"),
])
def test_unnamed_counterparts_are_not_the_actors_country(text, actor):
    rows, events, _ = coded(text)
    reqs = [e for e in events if e.event == "REQUEST"]
    assert reqs and actor in [a.code for a in reqs[0].actor], rows
    assert actor not in [r.code for e in reqs for r in e.recipient], rows


def test_a_named_counterpart_keeps_its_country():
    rows, events, _ = coded("The Nigerian minister met his Ghanaian counterpart in Accra.")
    got = [e for e in events if e.event == "CONSULT"]
    assert got and "GHA" in [r.code for r in got[0].recipient], rows


def test_other_officials_still_take_the_actors_country():
    # negative: an uncoded institution without such a word stays the actor's own
    rows, events, _ = coded("The Nigerian minister urged security officials to coordinate efforts against terrorism.")
    reqs = [e for e in events if e.event == "REQUEST"]
    assert reqs and "NGA" in [r.code for r in reqs[0].recipient], rows
