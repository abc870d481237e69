"""Matching of emitted records against the expectation files in ../shared (seed/expected.json and
cases/cases.jsonl). The semantics follow the rules written in those files: an expectation matches an
event on the listed keys only."""
from __future__ import annotations

import re

OUTLET_WORDS = ("Post", "Times", "CNN", "Reuters", "AP", "AFP", "BBC")


def ents(e: dict, key: str) -> list[dict]:
    v = e.get(key) or []
    return v if isinstance(v, list) else [v]


def names(ent: dict) -> str:
    return " | ".join(str(ent.get(k) or "") for k in ("name", "entity_text"))


def seed_matches(e: dict, spec: dict) -> bool:
    """True when event dict ``e`` satisfies every key of a seed expectation ``spec``."""
    A, R = ents(e, "actor"), ents(e, "recipient")
    checks = {
        "actor": lambda w: any(a.get("code") == w for a in A),
        "recipient": lambda w: any(a.get("code") == w for a in R),
        "actor_sector": lambda w: any(a.get("sector") == w and spec.get("actor") in (None, a.get("code")) for a in A),
        "recipient_sector": lambda w: any(a.get("sector") == w for a in R),
        "event": lambda w: e.get("event") == w,
        "event_any": lambda w: e.get("event") in w,
        "mode": lambda w: e.get("mode") == w,
        "context_includes": lambda w: w in (e.get("context") or []),
        "negated": lambda w: bool(e.get("negated")) == w,
        "status": lambda w: (e.get("status") or "actual") == w,
        "status_any": lambda w: (e.get("status") or "actual") in w,
        "reported": lambda w: bool(e.get("reported")) == w,
        "sources_include_any": lambda w: any(x in " | ".join(e.get("sources") or []) for x in w),
        "date": lambda w: str(e.get("date") or "") == w,
        "date_prefix": lambda w: str(e.get("date") or "").startswith(w),
        "actor_name": lambda w: any(w in names(a) for a in A),
        "recipient_name": lambda w: any(w in names(a) for a in R),
        "actor_name_any": lambda w: any(x in names(a) for a in A for x in w),
        "recipient_name_any": lambda w: any(x in names(a) for a in R for x in w),
        "evidence_contains": lambda w: w in " ".join(str(x) for x in ((e.get("text_info") or {}).get("sentence"), e.get("event_text")) if x),
    }
    for k, w in spec.items():
        if k in ("why", "note"):
            continue
        if k not in checks:
            raise KeyError(f"unknown expectation key {k}")
        if not checks[k](w):
            return False
    return True


def seed_quote_ok(quotes: list[dict], spec: dict) -> bool:
    for q in quotes:
        text = str(q.get("text") or "").strip().lstrip("\"'“‘ ")
        ent = q.get("speaker_entity") or {}
        if not text.startswith(spec["starts_with"]):
            continue
        if spec["speaker"].split()[-1] not in (q.get("speaker") or "") + " " + names(ent):
            continue
        if "speaker_country" in spec and ent.get("code") != spec["speaker_country"]:
            continue
        if "speaker_sector" in spec and ent.get("sector") != spec["speaker_sector"]:
            continue
        return True
    return False


# --- field cases --------------------------------------------------------------------------------
IGO_NAMES = {"EU": ("EUR",), "NATO": ("IGO",), "AU": ("IGO",), "IMF": ("IGO",), "UN": ("UNO",)}
STATUS_MAP = {"intended": "future", "hypothetical": "hypothetical", "historical": "historical"}


def split_code(s: str | None) -> tuple[str | None, str | None, str | None]:
    """'RUSMIL' -> ('RUS', 'MIL', None); 'NATO' -> ('IGO', None, 'NATO'); None -> (None, None, None)."""
    if not s:
        return None, None, None
    if s in IGO_NAMES:
        return IGO_NAMES[s][0], None, s
    return s[:3], (s[3:6] or None), None


def case_event_ok(e: dict, exp: dict, alternates: dict | None = None) -> bool:
    """An emitted event matches an expected case event: type (or an alternate the case note allows),
    actor country (and IGO name), recipient country when given, negation, future/hypothetical status
    when the case says so, reported when the case says 'reported', and the date when given as a day
    or month."""
    types = {exp["type"]} | set((alternates or {}).get(exp["type"], ()))
    if e.get("event") not in types:
        return False
    code, _sector, igo = split_code(exp.get("source"))
    A = ents(e, "actor")
    if code is None:
        if A and any(a.get("code") for a in A):
            return False
    elif not any(a.get("code") == code and (igo is None or igo in names(a)) for a in A):
        return False
    rcode, _rs, rigo = split_code(exp.get("target"))
    if rcode is not None and not any(r.get("code") == rcode for r in ents(e, "recipient")):
        return False
    if bool(e.get("negated")) != bool(exp.get("negated", False)):
        return False
    st = exp.get("status")
    if st in STATUS_MAP and e.get("status") != STATUS_MAP[st]:
        # an alternate type (e.g. AGREE for a future CONSULT) carries the futurity itself
        if not (e.get("event") != exp["type"] and st == "intended"):
            return False
    if st == "reported" and not e.get("reported"):
        return False
    d = exp.get("date")
    if d:
        options = re.findall(r"\d{4}-\d{2}(?:-\d{2})?", d)
        for m in re.finditer(r"(\d{4}-\d{2})-(\d{2})/(\d{2})\b", d):  # "2024-08-17/18"
            options.append(f"{m.group(1)}-{m.group(3)}")
        if options and str(e.get("date") or "") not in options:
            return False
    return True


def parse_must_not(text: str):
    """Turn a must_not line of the 'XXX* TYPE YYY*' form into a predicate on event dicts (None when
    the line is prose that needs a hand-written check)."""
    m = re.fullmatch(r"([A-Z]{3})\*?\s+(?:as source of the )?([A-Z]+)\s+([A-Z]{3})\*?(?:\s+\(.*)?", text.strip())
    if m and m.group(2) in ("ASSAULT", "AID", "COOPERATE", "MOBILIZE", "THREATEN", "REQUEST", "SANCTION",
                            "PROTEST", "COERCE", "ACCUSE", "CONSULT", "AGREE", "RETREAT"):
        a, t, r = m.groups()
        return lambda e: e.get("event") == t and any(x.get("code") == a for x in ents(e, "actor")) and any(
            x.get("code") == r for x in ents(e, "recipient"))
    m = re.fullmatch(r"([A-Z]{3}) anywhere.*", text.strip())
    if m:
        c = m.group(1)
        return lambda e: any(x.get("code") == c for x in ents(e, "actor") + ents(e, "recipient"))
    return None


# --- coding short texts (shared by the rule-kind test files) ---------------------------------------------------
def records(text, pub="2024-05-14"):
    """The Event records eventwire codes from ``text`` published on ``pub``."""
    from eventwire import code_text

    events, _ = code_text(text, publication_date=pub)
    return events


def of_type(events, event):
    """The non-negated records of type ``event``."""
    return [e for e in events if e.event == event and not e.negated]


def codes(ents):
    """The set of codes of a list of entities."""
    return {a.code for a in ents}


def pairs(events):
    """The (actor code, recipient code) pairs of the records."""
    return {(a.code, r.code) for e in events for a in e.actor for r in e.recipient}
