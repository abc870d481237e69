"""A counted definite plural of people ("the two leaders", "the three ministers") stands for the people named last
as actors (ActorResolver.collective_people). It was an uncoded government body that took the story's home country:
"Biden and Putin met ... The two leaders did not agree on Ukraine" in a story on Ukraine -> actor UKR."""
from eventwire.events import coder

from test_coder_rules import coded

STORY = ("Russian forces shelled Kharkiv on Monday, Ukrainian officials said. Ukraine asked Germany for more tanks. "
         "{people} met in Vienna on Wednesday. {second}")


def _all_records(text):
    """Every record, negated ones included (code_text leaves negated records out)."""
    got = []
    orig = coder.complete_from_context

    def spy(events, *a, **k):
        out = orig(events, *a, **k)
        got.extend(out)
        return out
    coder.complete_from_context = spy
    try:
        coded(text)
    finally:
        coder.complete_from_context = orig
    return got


def test_the_two_leaders_are_the_two_people_named_before():
    evs = _all_records(STORY.format(people="Macron and Erdogan", second="The two leaders did not agree on Ukraine."))
    agree = [e for e in evs if e.event == "AGREE"]
    assert agree, evs
    assert {a.code for e in agree for a in e.actor} == {"FRA", "TUR"}, agree


def test_the_two_presidents_agreed_are_coded_as_each():
    evs = _all_records(STORY.format(people="Macron and Erdogan", second="The two presidents agreed to meet again."))
    agree = [e for e in evs if e.event == "AGREE"]
    assert agree and {a.code for e in agree for a in e.actor} == {"FRA", "TUR"}, agree
    assert not any(a.code == "UKR" for e in agree for a in e.actor), agree


def test_without_a_count_the_leaders_are_not_the_people_named_before():
    # negative: "leaders from 20 countries" is no counted reference back
    evs = _all_records(STORY.format(people="Macron and Erdogan", second="Leaders from 20 countries agreed to meet."))
    agree = [e for e in evs if e.event == "AGREE"]
    assert not any(a.code in ("FRA", "TUR") for e in agree for a in e.actor), agree


def test_fewer_people_named_than_counted_leaves_the_words_alone():
    # negative: one person named before "the two leaders"
    evs = _all_records(STORY.format(people="Macron and officials", second="The two leaders agreed to meet again."))
    agree = [e for e in evs if e.event == "AGREE"]
    assert not any(a.code == "FRA" for e in agree for a in e.actor), agree


def test_a_host_and_the_guest_are_the_two_leaders():
    # the guest was a recipient ("hosted Hassan"), not an actor: still one of the two leaders
    for first, second in [
            ("Kenyan President William Ruto hosted Tanzanian President Samia Suluhu Hassan on Monday.",
             "The two leaders met in Nairobi for talks on trade."),
            ("German Chancellor Olaf Scholz hosted Polish Prime Minister Donald Tusk in Berlin.",
             "The two leaders agreed to step up military aid to Ukraine."),
    ]:
        evs = _all_records(f"{first} {second}")
        later = [e for e in evs if e.text_info["start"] > len(first)]
        assert later, evs
        assert {a.code for e in later for a in e.actor} == ({"KEN", "TZA"} if "Ruto" in first else {"DEU", "POL"}), later

