"""Story events (events.story_events): the mentions of one event in a story are grouped and the clearest is
primary. Source: eval/voa_news/ANNOTATION.md ("code each distinct interaction once per story ..., with the
clearest sentence") and the one-a-day filter of ICEWS/Phoenix. Unit tests on hand-made records, then the coder
on invented stories, then the CLI flag."""
import json

from eventwire.cli import main
from eventwire.events.story_events import (clarity, clearest_mention, mark_story_events, primary_mentions,
                                           story_event_key)
from eventwire.schema import Entity, Event

from test_coder_rules import coded


def rec(event="ACCUSE", actor=("USA", 0), recipient=("CHN", 10), start=5, status="actual", negated=False,
        reported=False, sources=(), date_basis="publication", article="a1", date=None, loc=None):
    def ent(spec):
        code, at = spec
        return [Entity(entity_text=code, code=code, start=at, end=None if at is None else at + 3)]

    return Event(article_id=article, event=event, actor=ent(actor) if actor else [],
                 recipient=ent(recipient) if recipient else [], event_text="x",
                 text_info={"start": start, "end": start + 1, "sentence_index": start // 100},
                 status=status, negated=negated, reported=reported, sources=list(sources), date_basis=date_basis,
                 date=date, event_loc=[loc] if loc else [])


def test_key_keeps_statuses_negation_types_and_parties_apart():
    assert story_event_key(rec(status="actual")) != story_event_key(rec(status="historical"))
    assert story_event_key(rec(status="actual")) != story_event_key(rec(status="future"))
    assert story_event_key(rec(status="future")) != story_event_key(rec(status="hypothetical"))
    assert story_event_key(rec(negated=True)) != story_event_key(rec())
    assert story_event_key(rec(recipient=("RUS", 10))) != story_event_key(rec())
    assert story_event_key(rec(event="REJECT")) != story_event_key(rec())
    # the sector and the offsets are no part of it: "the U.S." and "Washington" name one party
    assert story_event_key(rec(actor=("USA", 200))) == story_event_key(rec(actor=("USA", 0)))


def test_clarity_counts_named_parties_text_date_and_narration():
    assert clarity(rec()) == 2
    assert clarity(rec(date_basis="text")) == 3
    assert clarity(rec(recipient=("CHN", None))) == 1  # recipient from the story's context
    assert clarity(rec(reported=True, sources=["he"])) == 0
    assert clarity(rec(actor=None, recipient=None, reported=True, sources=["he"])) == -2


def test_clearest_mention_prefers_clarity_then_earliest():
    quoted = rec(start=10, reported=True, sources=["she"])
    narrated = rec(start=300)
    assert clearest_mention([quoted, narrated]) is narrated
    early, late = rec(start=10), rec(start=300)
    assert clearest_mention([late, early]) is early


def test_a_mention_dated_in_the_text_wins_over_a_headline_dated_by_publication():
    # fresh user: "Gunmen kill 12 in Zamfara" (headline, publication date) was primary over the body's attributed
    # "killed 12 villagers on Tuesday, police said"
    headline = rec(start=0)
    body = rec(start=200, date_basis="text", reported=True, sources=["police"])
    assert clearest_mention([headline, body]) is body


def test_a_body_mention_wins_over_the_headline_even_a_clearer_one():
    # "Blair pledges unity to Labour MPs" (headline, both parties named) vs the lead's attributed restatement
    headline = rec(start=0, date_basis="text")
    headline.text_info["headline"] = True
    lead = rec(start=120, reported=True, sources=["he"])
    assert clarity(headline) > clarity(lead)
    assert clearest_mention([headline, lead]) is lead
    # a story whose only mention is its headline keeps it
    assert clearest_mention([headline]) is headline


def test_the_coder_marks_headline_records_and_prefers_the_body():
    from eventwire.pipeline import code_batch
    from eventwire.schema import Article

    title = "Russia condemns Ukraine over drone strike"
    text = (title + "\nRussia condemned Ukraine over a drone strike on a fuel depot in Belgorod, the "
            "foreign ministry said.\n")
    evs = [e for e in code_batch([Article(text=text, id="h1", title=title, publication_date="2024-05-08")]).events
           if e.event == "ACCUSE"]
    heads = [e for e in evs if e.text_info.get("headline")]
    body = [e for e in evs if not e.text_info.get("headline")]
    assert heads and body
    assert all(e.text_info["sentence_index"] == 0 for e in heads)
    assert all("headline" not in e.text_info for e in body)
    prim = [e for e in evs if e.text_info["story_event"]["primary"]]
    assert prim and not any(e.text_info.get("headline") for e in prim)


def test_mark_story_events_marks_every_record_once_primary_per_group():
    a, b = rec(start=300), rec(start=10, reported=True, sources=["she"])
    c = rec(event="REJECT", start=50)
    other_story = rec(start=10, article="a2")
    out = mark_story_events([a, b, c, other_story])
    assert [e.id for e in out] == [e.id for e in (a, b, c, other_story)]  # ids and order unchanged
    marks = [e.text_info["story_event"] for e in out]
    assert marks[0]["id"] == marks[1]["id"] != marks[2]["id"]
    assert marks[3]["id"] != marks[0]["id"]  # the same key in another story is another event
    assert [m["mentions"] for m in marks] == [2, 2, 1, 1]
    assert [m["primary"] for m in marks] == [True, False, True, True]
    assert [e.id for e in primary_mentions(out)] == [a.id, c.id, other_story.id]
    assert "story_event" not in a.text_info  # the inputs are not modified
    assert mark_story_events([a, b, c, other_story])[0].text_info == out[0].text_info  # same input, same marks


def test_dates_and_places_split_one_key_into_events():
    """One dyad's attacks "earlier this month" / on Tuesday / "last month": the days decide; a mention dated by
    publication joins the one within days of it; a place in another country is another event."""
    tue = rec(event="ASSAULT", start=10, date="2025-03-11", date_basis="text",
              loc={"country_code": "PAK", "resolved_place": "Quetta", "lat": 30.2, "lon": 67.0,
                   "feature_code": "PPLA", "method": "syntax"})
    headline = rec(event="ASSAULT", start=0, date="2025-03-13")  # dated by publication, two days later
    last_month = rec(event="ASSAULT", start=300, date="2025-02-10", date_basis="text")
    elsewhere = rec(event="ASSAULT", start=400, date="2025-03-11", date_basis="text",
                    loc={"country_code": "AFG", "resolved_place": "Kabul", "lat": 34.5, "lon": 69.2,
                         "feature_code": "PPLC", "method": "syntax"})
    marks = [e.text_info["story_event"] for e in mark_story_events([tue, headline, last_month, elsewhere])]
    assert marks[0]["id"] == marks[1]["id"]
    assert len({marks[0]["id"], marks[2]["id"], marks[3]["id"]}) == 3
    assert [m["mentions"] for m in marks] == [2, 2, 1, 1]
    assert marks[0]["primary"] and not marks[1]["primary"]  # the dated one states it more clearly


def test_coder_groups_a_repeated_accusation_in_a_story():
    text = ("Japan accused China of violating its airspace on Monday. "
            "The incident drew protests in Tokyo. "
            "\"China violated our airspace,\" Japanese Defense Minister Taro Aso told reporters, accusing Beijing "
            "of a deliberate provocation.")
    rows, events, _ = coded(text)
    accuse = [e for e in events if e.event == "ACCUSE" and [a.code for a in e.actor] == ["JPN"]
              and [r.code for r in e.recipient] == ["CHN"]]
    assert len(accuse) >= 2, rows
    marks = [e.text_info["story_event"] for e in accuse]
    assert len({m["id"] for m in marks}) == 1
    assert sum(m["primary"] for m in marks) == 1
    primary = next(e for e in accuse if e.text_info["story_event"]["primary"])
    assert primary.text_info["sentence_index"] == 0  # the narrated, dated mention, not the quoted one
    assert all(m["mentions"] == len(accuse) for m in marks)


def test_coder_keeps_two_events_of_a_story_apart():
    text = ("Russia attacked Ukrainian ports on Tuesday. Russia will attack Kyiv again, the defence minister said. "
            "Ukraine condemned the attack.")
    _, events, _ = coded(text)
    ids = {(e.event, e.status): e.text_info["story_event"]["id"] for e in events if e.event == "ASSAULT"}
    assert ids[("ASSAULT", "actual")] != ids[("ASSAULT", "future")]


def test_cli_story_events_writes_one_record_per_event(tmp_path):
    src = tmp_path / "story.txt"
    src.write_text("Japan accused China of violating its airspace on Monday. \"China violated our airspace,\" "
                   "Japanese Defense Minister Taro Aso said, accusing Beijing of a deliberate provocation.\n",
                   encoding="utf-8")
    every, one = tmp_path / "every.jsonl", tmp_path / "one.jsonl"
    assert main(["code", str(src), "--pub-date", "2024-05-14", "--out", str(every), "--no-progress"]) == 0
    assert main(["code", str(src), "--pub-date", "2024-05-14", "--out", str(one), "--story-events",
                 "--no-progress"]) == 0
    all_recs = [json.loads(x) for x in every.read_text().splitlines()]
    primaries = [json.loads(x) for x in one.read_text().splitlines()]
    assert len(primaries) < len(all_recs)
    assert {r["text_info"]["story_event"]["id"] for r in all_recs} == \
        {r["text_info"]["story_event"]["id"] for r in primaries}
    assert all(r["text_info"]["story_event"]["primary"] for r in primaries)


def test_store_query_cli_and_api_keep_one_record_per_story_event(tmp_path):
    """``EventFilter(story_events=True)`` (CLI ``query --story-events``, API ``story_events=true``) keeps the
    primary records; records stored without a mark count as their own event."""
    from fastapi.testclient import TestClient

    from eventwire.api import create_app
    from eventwire.pipeline import code_batch
    from eventwire.query import EventFilter
    from eventwire.schema import Article
    from eventwire.store import open_store

    text = ("Japan accused China of violating its airspace on Monday. \"China violated our airspace,\" Japanese "
            "Defense Minister Taro Aso said, accusing Beijing of a deliberate provocation.")
    res = code_batch([Article(text=text, id="s1", publication_date="2024-05-14")])
    db = str(tmp_path / "s.duckdb")
    s = open_store(db, read_only=False)
    s.write_batch(res)
    s.close()
    s = open_store(db)
    every = s.events(as_="records")
    one = s.events(EventFilter(story_events=True), as_="records")
    s.close()
    n_groups = len({e.text_info["story_event"]["id"] for e in res.events})
    assert len(every) == len(res.events) > n_groups == len(one)
    api = TestClient(create_app(db))
    r = api.get("/events", params={"story_events": "true", "limit": 100})
    assert r.status_code == 200, r.text
    assert len(r.json()["events"]) == n_groups
    assert len(api.get("/events", params={"limit": 100}).json()["events"]) == len(every)
    out = tmp_path / "q.jsonl"
    assert main(["query", "--db", db, "--story-events", "--format", "jsonl", "--out", str(out)]) == 0
    assert len(out.read_text().splitlines()) == n_groups


def test_unmarked_records_count_as_their_own_event():
    """Records coded before story events were marked (no ``story_event`` key, or NULL text_info) are kept."""
    import duckdb

    from eventwire.query import EventFilter

    a, b = rec(start=10), rec(start=300)
    assert primary_mentions([a, b]) == [a, b]
    where, params = EventFilter(story_events=True).to_sql()
    con = duckdb.connect()
    con.execute("CREATE TABLE events (text_info VARCHAR)")
    con.execute("INSERT INTO events VALUES ('{}'), (NULL), ('{\"story_event\": {\"primary\": false}}'), "
                "('{\"story_event\": {\"primary\": true}}')")
    assert con.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchone()[0] == 3
    assert EventFilter(story_events=False).to_sql()[0] == "TRUE"


# --- nominal back-references (story_events.nominal_back_reference / fold_back_references) ---------------------

from eventwire.events.story_events import back_reference_target, nominal_back_reference  # noqa: E402


def nominal(sentence, noun, event="ASSAULT", actor=None, recipient=None, actor_rule="none", trigger_pos="N",
            status="actual", article="a1", base=500):
    """A hand-made record of act noun ``noun`` in ``sentence`` (placed at offset ``base``); ``actor`` and
    ``recipient`` are (text, code, named) triples."""
    at = sentence.index(noun)

    def ent(spec):
        if spec is None:
            return []
        text, code, named = spec
        start = base + sentence.index(text) if named else None
        return [Entity(entity_text=text if named else "", code=code, start=start,
                       end=None if start is None else start + len(text), source=None if named else "context:x")]

    return Event(article_id=article, event=event, actor=ent(actor), recipient=ent(recipient), event_text=noun,
                 text_info={"start": base + at, "end": base + at + len(noun), "sentence": sentence,
                            "sentence_start": base, "sentence_index": 3,
                            "rule": {"trigger": f"pattern:{noun}/{trigger_pos}@1", "actor": actor_rule,
                                     "recipient": "context:same-act-recipient"}},
                 status=status)


def test_nominal_back_reference_shapes():
    told = "\"We cannot reach the crew,\" a railway official told VOA soon after the attack."
    # the teller is the subject of the clause the time phrase hangs on: no party of the attack
    assert nominal_back_reference(nominal(told, "attack", actor=("a railway official", "PAK", True),
                                          recipient=("", "PAK", False), actor_rule="light_verb_doer"))
    during = "During the visit on Feb. 27, the two sides signed a trade deal."
    assert nominal_back_reference(nominal(during, "visit", event="CONSULT", actor=("", "USA", False),
                                          recipient=("", "PAN", False)))
    marks = "This marks Rubio's second visit to the region."
    assert nominal_back_reference(nominal(marks, "visit", event="CONSULT", actor=("Rubio", "USA", True),
                                          recipient=("", "PAN", False), actor_rule="possessor"))
    # negatives: a new act; the noun's own parties named; an indefinite noun; a verb
    new = "Officials said a new attack on Tuesday hit the same district."
    assert not nominal_back_reference(nominal(new, "attack", actor=("", "RUS", False), recipient=("", "UKR", False)))
    another = "Officials said the other attack hit the same district."
    assert not nominal_back_reference(nominal(another, "attack", actor=("", "RUS", False),
                                              recipient=("", "UKR", False)))
    own = "The Israeli attack on the Gaza camp killed 20 people."
    assert not nominal_back_reference(nominal(own, "attack", actor=("Israeli", "ISR", True),
                                              recipient=("the Gaza camp", "PSE", True), actor_rule="party_modifier"))
    bare = "Protests were also held in Tokyo on Friday."
    assert not nominal_back_reference(nominal(bare, "Protests", event="PROTEST", actor=("", "PSE", False)))
    verb = "Russia attacked the city on Monday."
    assert not nominal_back_reference(nominal(verb, "attacked", actor=("Russia", "RUS", True),
                                              recipient=("the city", "UKR", True), trigger_pos="V",
                                              actor_rule="subject"))
    # a doer of a light verb ("launched the attack") is named, not a time phrase's clause subject
    launched = "Militants launched the attack at dawn."
    assert not nominal_back_reference(nominal(launched, "attack", actor=("Militants", "PAK", True),
                                              recipient=("", "PAK", False), actor_rule="light_verb_doer"))


def test_back_reference_target_asks_for_the_same_type_status_and_roles():
    main_ = nominal("Militants attacked a passenger train in Pakistan on Tuesday.", "attacked",
                    actor=("Militants", "PAK", True), recipient=("a passenger train", "PAK", True),
                    trigger_pos="V", actor_rule="subject", base=0)
    told = nominal("\"We cannot reach the crew,\" a railway official told VOA soon after the attack.", "attack",
                   actor=("a railway official", "PAK", True), recipient=("", "PAK", False),
                   actor_rule="light_verb_doer")
    assert back_reference_target(told, [main_, told]) is main_
    # another type, another status, or roles that contradict: no target
    assert back_reference_target(replace_event(told, event="PROTEST"), [main_]) is None
    assert back_reference_target(replace_event(told, status="future"), [main_]) is None
    foreign = nominal("Officials spoke after the attack.", "attack", actor=("", "IND", False),
                      recipient=("", "PAK", False))
    assert back_reference_target(foreign, [main_]) is None


def replace_event(e, **kw):
    from dataclasses import replace

    return replace(e, **kw)


def test_mark_story_events_folds_a_back_reference_into_its_event():
    main_ = nominal("Militants attacked a passenger train in Pakistan on Tuesday.", "attacked",
                    actor=("Militants", "PAK", True), recipient=("a passenger train", "PAK", True),
                    trigger_pos="V", actor_rule="subject", base=0)
    told = nominal("\"We cannot reach the crew,\" a railway official told VOA soon after the attack.", "attack",
                   actor=("a railway official", "PAK", True), recipient=("", "PAK", False),
                   actor_rule="light_verb_doer")
    told = replace_event(told, recipient=[])  # a key of its own: no recipient
    out = mark_story_events([main_, told])
    a, b = (e.text_info["story_event"] for e in out)
    assert a["id"] == b["id"] and a["primary"] and not b["primary"]
    assert a["mentions"] == b["mentions"] == 2
    assert b["folded"] == "nominal_back_reference" and "folded" not in a
    assert len(out) == 2 and out[1].event == "ASSAULT"  # the record stays, for audit
    # alone in its story it stays its own event
    alone = mark_story_events([told])[0].text_info["story_event"]
    assert alone["primary"] and alone["mentions"] == 1


def test_coder_folds_the_told_after_the_attack_mention():
    text = ("Russian forces attacked the Ukrainian city of Kharkiv on Monday, killing five people. "
            "\"We heard explosions all night,\" a resident told VOA soon after the attack.")
    _, events, _ = coded(text)
    assault = [e for e in events if e.event == "ASSAULT"]
    assert len({e.text_info["story_event"]["id"] for e in assault}) == 1, [(e.event_text, e.actor) for e in assault]
    assert sum(e.text_info["story_event"]["primary"] for e in assault) == 1
    primary = next(e for e in assault if e.text_info["story_event"]["primary"])
    assert [a.code for a in primary.actor] == ["RUS"]


def test_coder_keeps_a_new_attack_and_a_named_attack_apart():
    text = ("Russian forces attacked the Ukrainian city of Kharkiv on Monday, killing five people. "
            "Officials said a new attack on Tuesday hit the same district.")
    _, events, _ = coded(text)
    assert not any(e.text_info["story_event"].get("folded") for e in events)
    text = ("Pakistan's army attacked militants in Waziristan on Monday. "
            "The Indian attack on Pakistan on Tuesday killed three soldiers.")
    _, events, _ = coded(text)
    assert not any(e.text_info["story_event"].get("folded") for e in events)
    assert len({e.text_info["story_event"]["id"] for e in events if e.event == "ASSAULT"}) == 2
