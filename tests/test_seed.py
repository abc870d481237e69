"""Acceptance: the seed article (The Hill, 2022-03-13) against ../shared/seed/expected.json."""
import json

import pytest

from conftest import shared_path
from expectations import seed_matches, seed_quote_ok


@pytest.fixture(scope="module")
def seed():
    spec = json.loads(shared_path("seed", "expected.json").read_text())
    text = shared_path("seed", "article.txt").read_text(encoding="utf-8")
    from eventwire import code_text

    events, quotes = code_text(text, publication_date=spec["publication_date"], article_id="seed")
    return spec, [e.to_dict() for e in events], [q.to_dict() for q in quotes], text


def _label(m):
    return m.get("why", "")[:60]


@pytest.mark.parametrize("i", range(6))
def test_seed_must(seed, i):
    spec, events, _, _ = seed
    m = spec["must"][i]
    assert any(seed_matches(e, m) for e in events), f"missing: {m}"


@pytest.mark.parametrize("i", range(6))
def test_seed_must_not(seed, i):
    spec, events, _, _ = seed
    m = spec["must_not"][i]
    bad = [e for e in events if seed_matches(e, m)]
    assert not bad, f"forbidden {m}: {bad[:1]}"


@pytest.mark.parametrize("i", range(5))
def test_seed_quotes(seed, i):
    spec, _, quotes, _ = seed
    assert seed_quote_ok(quotes, spec["quotes"][i]), spec["quotes"][i]


def test_seed_offsets_point_at_evidence(seed):
    """Every actor, recipient and trigger offset points at the characters it came from."""
    _, events, quotes, text = seed
    assert events
    for e in events:
        ti = e["text_info"]
        assert text[ti["start"]:ti["end"]].split()[0] == e["event_text"].split()[0]
        for ent in e["actor"] + e["recipient"]:
            if ent["start"] is None:  # implicit party: no text to point at
                # either coded by an implicit-party rule (agentless arrest -> police: a sector) or inferred from
                # the story by a context rule, which names itself in text_info.rule (issue 13)
                side = "actor" if ent in e["actor"] else "recipient"
                by_context = str((ti.get("rule") or {}).get(side, "")).startswith("context:")
                assert ent["entity_text"] == "" and (ent["sector"] or (by_context and ent["code"])), e
                continue
            assert text[ent["start"]:ent["end"]] == ent["entity_text"]
    for q in quotes:
        assert text[q["start"]:q["end"]].startswith(q["text"][:20])


def test_seed_no_event_from_boilerplate(seed):
    _, events, _, text = seed
    footer = text.index("Update: 6:08")
    assert events and footer > 0
    assert all(e["text_info"]["start"] < footer for e in events)
    assert all(not str(e["date"] or "").startswith("2023") for e in events)
