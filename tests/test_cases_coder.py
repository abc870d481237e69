"""Field failure cases (../shared/cases/cases.jsonl) about events, actors, dates and quotes.

One test per case: every expected event must be emitted (type, actor country, recipient country,
negation, future/hypothetical status, reported, date — see expectations.case_event_ok), no event may
match a parsable must_not line, and expected quotes must carry the expected speaker. Cases whose
fault is not fixed yet are xfail with the reason (strict, so a fix is noticed).
HTML, geoparsing and bad-input cases are tested by the ingest and geo tests.
"""
import json

import pytest

from conftest import shared_path
from expectations import case_event_ok, parse_must_not, split_code

EVENT_CASES = ["C01", "C03", "C04", "C06", "C07", "C09", "C11", "C13", "C14", "C15", "C16", "C18",
               "C26", "C27", "C29", "C32"]
#: Alternatives the cases' notes allow (C03: CONCEDE for an announced withdrawal; C13: AGREE for a
#: future meeting; C16: symmetric fighting, either direction).
ALTERNATES = {"RETREAT": ["CONCEDE"], "CONSULT": ["AGREE"]}
XFAIL = {
    "C32": "speaker written in Cyrillic ('Мария Захарова') is not in the people table",
}


def load_cases():
    path = shared_path("cases", "cases.jsonl")
    return {c["id"]: c for c in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


@pytest.fixture(scope="module")
def cases():
    return load_cases()


def code_case(case):
    from eventwire import code_text

    pub = case.get("publication_date")
    pub = pub if pub and len(pub) == 10 else None
    events, quotes = code_text(case["input_text"], publication_date=pub, article_id=case["id"])
    return [e.to_dict() for e in events], [q.to_dict() for q in quotes]


@pytest.mark.parametrize("cid", [pytest.param(c, marks=pytest.mark.xfail(reason=XFAIL[c], strict=True))
                                 if c in XFAIL else c for c in EVENT_CASES])
def test_field_case(cases, cid):
    case = cases[cid]
    events, quotes = code_case(case)
    problems = []
    if not case["expected"]:
        assert events == [], f"{cid}: no codable event, got {[e['event'] for e in events]}"
    symmetric = "symmetric" in json.dumps(case["expected"])
    for exp in case["expected"]:
        ok = any(case_event_ok(e, exp, ALTERNATES) for e in events)
        if not ok and symmetric:
            rev = dict(exp, source=exp.get("target"), target=exp.get("source"))
            ok = any(case_event_ok(e, rev, ALTERNATES) for e in events)
        if not ok:
            problems.append(f"missing {exp.get('source')} {exp['type']} {exp.get('target')} ({exp.get('mode')})")
    for line in case.get("must_not", []):
        pred = parse_must_not(line)
        if pred is not None and any(pred(e) for e in events):
            problems.append(f"forbidden: {line}")
    for q in case.get("quotes", []):
        code, sector, _ = split_code(q["speaker"].split()[0]) if q["speaker"][:3].isupper() else (None, None, None)
        hit = [x for x in quotes if x["text"].strip().startswith(q["text"][:25])]
        if not hit:
            problems.append(f"quote not found: {q['text'][:30]}")
            continue
        x = hit[0]
        ent = x.get("speaker_entity") or {}
        if code and (ent.get("code"), ent.get("sector")) != (code, sector):
            problems.append(f"quote speaker {ent} != {q['speaker']}")
        if not code and q["speaker"].split("(")[0].strip().split()[-1] not in (x.get("speaker") or ""):
            problems.append(f"quote speaker {x.get('speaker')} != {q['speaker']}")
    assert not problems, f"{cid}: " + "; ".join(problems)


def test_case_c29_no_fallback_code(cases):
    """C29: commentary yields nothing — no default 'statement' (CAMEO 010) event."""
    events, _ = code_case(cases["C29"])
    assert not any(e["cameo"] in ("010", "01") for e in events)
    assert events == []
