"""Golden-file test: 12 Voice of America stories (public domain) from ../shared/corpus/voa, coded and
compared with outputs reviewed by hand (tests/golden/voa_events.jsonl; review notes in
tests/golden/REVIEW.md).

The golden file keeps a compact projection of each event (type, mode, actor/recipient codes and
sectors, modality, date, trigger offsets, story event: mentions and primary) so that it reads as a review sheet. Re-pin deliberately
after reviewing the diff: ``EVENTWIRE_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py``.
"""
import json
import os
from pathlib import Path

from conftest import shared_path

GOLDEN = Path(__file__).parent / "golden" / "voa_events.jsonl"
#: VOA story ids: conflict, diplomacy, sanctions, protest, coercion; 2019-2025.
STORY_IDS = ["8011115", "8010694", "8008456", "8005899", "8006651", "8009004", "6202743", "8006924",
             "6204569", "8009853", "8008619", "8011076"]


def project(e: dict) -> dict:
    return {
        "article_id": e["article_id"], "event": e["event"], "mode": e["mode"],
        "actor": [f"{a['code'] or '-'}/{a['sector'] or '-'}" for a in e["actor"]],
        "recipient": [f"{r['code'] or '-'}/{r['sector'] or '-'}" for r in e["recipient"]],
        "status": e["status"], "negated": e["negated"], "reported": e["reported"], "date": e["date"],
        "trigger": [e["text_info"]["start"], e["text_info"]["end"], e["event_text"]],
        # the story event: how many records of the story are its mentions, and whether this one is the primary
        "story_event": [e["text_info"]["story_event"]["mentions"], e["text_info"]["story_event"]["primary"]],
    }


def code_stories():
    from eventwire.pipeline import code_batch
    from eventwire.schema import Article

    rows = {}
    for line in shared_path("corpus", "voa", "voa_stories.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        rows[d["id"]] = d
    arts = [Article(text=rows[i]["text"], id="voa-" + i, title=rows[i]["title"],
                    publication_date=rows[i]["published"][:10]) for i in STORY_IDS if i in rows]
    assert len(arts) == len(STORY_IDS), "a golden story is missing from the corpus"
    res = code_batch(arts)
    assert all(r.status == "coded" for r in res.reports)
    return [project(e.to_dict()) for e in res.events]


def test_golden_voa():
    got = code_stories()
    if os.environ.get("EVENTWIRE_UPDATE_GOLDEN"):
        GOLDEN.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in got), encoding="utf-8")
    want = [json.loads(l) for l in GOLDEN.read_text(encoding="utf-8").splitlines()]
    assert len(got) >= 30
    missing = [w for w in want if w not in got]
    extra = [g for g in got if g not in want]
    assert not missing and not extra, f"{len(missing)} golden events lost, {len(extra)} new:\n" + "\n".join(
        ["- " + json.dumps(m) for m in missing[:10]] + ["+ " + json.dumps(x) for x in extra[:10]])
