"""Every code that a place or a story rule gave an entity says so in its ``source`` (docs/actors.md): "place" for
the country of the sentence's places (events.implicit), "context:<rule>" for a story rule (story_context
._mark_sources). Codes read off the words themselves keep their dictionary source (None) or table source."""
from eventwire import code_text


def _ents(text):
    evs, _ = code_text(text, publication_date="2024-03-14")
    return [(e.event, [(a.entity_text, a.code, a.source) for a in e.actor],
             [(r.entity_text, r.code, r.source) for r in e.recipient]) for e in evs]


def test_police_and_protesters_placed_by_the_sentence_say_place():
    assert _ents("Police arrested 12 protesters in Paris.") == [
        ("COERCE", [("Police", "FRA", "place")], [("12 protesters", "FRA", "place")])]


def test_story_rule_codes_name_the_rule():
    got = _ents("Russia shelled Kherson on Monday, officials said. Ukraine condemned the attack.")
    assault = next(g for g in got if g[0] == "ASSAULT")
    assert assault[1] == [("Russia", "RUS", None)]
    assert assault[2] == [("Kherson", "UKR", "context:located-party")]


def test_people_tables_keep_their_source():
    got = _ents("Vladimir Putin threatened Ukraine.")
    assert got == [("THREATEN", [("Vladimir Putin", "RUS", "eventwire:people.tsv")], [("Ukraine", "UKR", None)])]
