"""Hypothesis round trip: Event -> store -> query -> the same Event (to_dict equal)."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.schema import (CONTEXTS, NON_STATE_CODES, PLOVER_EVENTS, SECTORS, STATUSES, BatchResult, Entity,
                              Event, dumps)
from eventwire.store import open_store

text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
offset = st.one_of(st.none(), st.integers(min_value=0, max_value=10**7))
score = st.one_of(st.none(), st.floats(min_value=-10, max_value=10, allow_nan=False))
code = st.one_of(st.none(), st.sampled_from(("RUS", "UKR", "USA", "CHN") + NON_STATE_CODES))
entity = st.builds(Entity, entity_text=text, code=code, sector=st.one_of(st.none(), st.sampled_from(SECTORS)),
                   name=st.one_of(st.none(), text), start=offset, end=offset)
date = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()), st.dates().map(lambda d: d.isoformat()[:7]),
                 text)  # a malformed date must survive as written too
loc = st.fixed_dictionaries({"name": text, "geo_type": st.sampled_from(["city", "country"]), "lat": st.floats(-90, 90), "lon": st.floats(-180, 180),
                             "country_code": code, "geonameid": st.one_of(st.none(), st.integers(0, 10**8))})
text_info = st.fixed_dictionaries({"sentence_index": st.integers(0, 500), "sentence": text,
                                   "start": st.integers(0, 10**6), "end": st.integers(0, 10**6)})


@st.composite
def events(draw):
    return Event(
        article_id=draw(st.text(min_size=1, max_size=20)), event=draw(st.sampled_from(PLOVER_EVENTS)),
        actor=draw(st.lists(entity, max_size=3)), recipient=draw(st.lists(entity, max_size=3)),
        event_text=draw(text), text_info=draw(text_info), mode=draw(st.one_of(st.none(), text)),
        context=draw(st.lists(st.sampled_from(CONTEXTS), max_size=3)), negated=draw(st.booleans()),
        status=draw(st.sampled_from(STATUSES)), reported=draw(st.booleans()), sources=draw(st.lists(text, max_size=2)),
        date=draw(date), date_basis=draw(st.sampled_from([None, "text", "publication"])),
        cameo=draw(st.one_of(st.none(), st.from_regex(r"\A[0-2][0-9]{1,3}\Z"))),
        quad_class=draw(st.one_of(st.none(), st.integers(1, 4))), goldstein=draw(score), plover_score=draw(score),
        event_loc=draw(st.lists(loc, max_size=2)), coder=draw(text),
    )


_STORE = []


def _store():
    if not _STORE:
        _STORE.append(open_store(":memory:", read_only=False))
    s = _STORE[0]
    with s.connection() as con:
        con.execute("DELETE FROM events")
    return s


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(events(), min_size=1, max_size=4, unique_by=lambda e: e.id))
def test_event_store_query_round_trip(evs):
    s = _store()
    s.write_batch(BatchResult(events=evs))
    # through the query layer: filter on each event's own type and article, then by id
    for e in evs:
        got = s.event_records(event=e.event, article_id=e.article_id)
        match = [g for g in got if g.id == e.id]
        assert len(match) == 1
        assert match[0].to_dict() == e.to_dict()
        assert dumps(match[0]) == dumps(e)  # same bytes, key order of text_info/event_loc included
        assert s.event(e.id).to_dict() == e.to_dict()
    assert s.count_events() == len(evs)
