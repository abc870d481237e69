"""A visit to places of one's own country is no CONSULT (story_context.domestic_visit). Training stories: "the Lib
Dem leader ... as he visits Manchester, Liverpool, Leicester" was coded GBR CONSULT GBR for each town. PLOVER
manual, CONSULT mode visit: visits by officials to another party (CAMEO 042/043)."""
from test_coder_rules import coded

STORY = ("Opposition leader Charles Kennedy stepped up his party's election campaign in Britain this week. "
         "He visits Manchester, Liverpool and Leicester on Thursday. ")


def test_a_tour_of_home_towns_is_no_consultation():
    rows, events, _ = coded(STORY + "Kennedy also criticised the government over its tax plans.")
    assert not [e for e in events if e.event == "CONSULT"], rows
    assert [e for e in events if e.event == "ACCUSE"], rows  # the story is still coded


def test_a_visit_abroad_or_to_a_host_stays():
    rows, events, _ = coded("British Prime Minister Keir Starmer visits Paris on Thursday. "
                            "Starmer will meet French President Emmanuel Macron at the Elysee. "
                            "He visited Berlin last month.")
    assert [e for e in events if e.event == "CONSULT" and "GBR" in [a.code for a in e.actor]
            and "FRA" in [r.code for r in e.recipient]], rows
