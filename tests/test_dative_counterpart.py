"""A detector trigger's counterpart after "to" is found when the parser reads "to" after the object as a dative
("issued instructions to the police"): :func:`eventwire.events.recipient_rules.detector_counterpart`. Variants of
our own wording."""
from eventwire import code_text


def records(text):
    events, _ = code_text(text, publication_date="2024-05-01")
    return [(e.event, [(a.code, a.sector) for a in e.actor], [(r.code, r.sector) for r in e.recipient],
             (e.text_info or {}).get("rule", {}).get("recipient")) for e in events]


def test_to_parsed_as_a_dative_gives_the_counterpart():
    got = [r for r in records("The Attorney General issued instructions to police on the new law.") if r[0] == "REQUEST"]
    assert got and got[0][2] and got[0][2][0][1] == "COP" and got[0][3] == "detector_counterpart", got


def test_no_to_phrase_no_counterpart():
    got = [r for r in records("The Attorney General issued instructions on the new law.") if r[0] == "REQUEST"]
    assert not got or not got[0][2], got
