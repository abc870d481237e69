"""Every record says which rules chose its type, actor and recipient (text_info.rule), on real articles."""
import json
import re

import pytest

from conftest import shared_path
from eventwire.events.actor_rules import ACTOR_RULES
from eventwire.events.implicit import IMPLICIT_ACTOR_RULES
from eventwire.events.recipient_rules import RECIPIENT_RULES
from eventwire.events.recode import RECODE_TABLE
from eventwire.events.story_context import CONTEXT_RULES
from eventwire.pipeline import code_batch
from eventwire.schema import Article

TRIGGER_ID = re.compile(r"^(?:pattern:[^/@]+/[VN]@\d+|demand-statement|allegation|verdict|model:[^/]+/[VN])$")
ACTOR_IDS = {r.__name__ for r in ACTOR_RULES + IMPLICIT_ACTOR_RULES}
RECIPIENT_IDS = {r.__name__ for r in RECIPIENT_RULES} | {"protest_target", "implicit_protest_target",
                                                          "condition_subject", "reciprocal_pairs"}
RECODE_IDS = {r.rule for r in RECODE_TABLE}
CONTEXT_IDS = {rid for rid, _ in CONTEXT_RULES}

@pytest.fixture(scope="module")
def records():
    arts = [Article(text=shared_path("seed", "article.txt").read_text(encoding="utf-8"), id="seed",
                    publication_date="2022-03-13")]
    for line in shared_path("corpus", "voa", "voa_stories.jsonl").read_text(encoding="utf-8").splitlines()[:8]:
        d = json.loads(line)
        arts.append(Article(text=d["text"], id=d["id"], title=d.get("title"), publication_date=d["published"][:10]))
    res = code_batch(arts)
    assert all(r.status == "coded" for r in res.reports)
    return res.events

def test_every_record_names_its_trigger_type_actor_and_recipient_rules(records):
    assert len(records) >= 40
    for e in records:
        rule = e.text_info["rule"]
        assert set(rule) - {"context"} == {"trigger", "type", "actor", "recipient"}, e.to_dict()
        assert set(rule.get("context", [])) <= CONTEXT_IDS and rule.get("context", True), rule  # issue 13
        for side in ("actor", "recipient"):  # a party inferred from the story names its context rule
            if rule[side].startswith("context:"):
                assert rule[side].removeprefix("context:") in rule["context"], rule
        assert TRIGGER_ID.match(rule["trigger"]), rule
        assert rule["type"] == rule["trigger"] or rule["type"] in RECODE_IDS, rule
        assert ("coded_from" in e.text_info) == (rule["type"] != rule["trigger"]), e.to_dict()
        assert (rule["actor"] == "none") == (not e.actor), e.to_dict()
        assert (rule["recipient"] == "none") == (not e.recipient), e.to_dict()
        if e.actor and not rule["actor"].startswith("context:"):
            name = rule["actor"].removeprefix("giver:")
            assert name in ACTOR_IDS or name in RECIPIENT_IDS or name.startswith("row:"), rule
        if e.recipient and not rule["recipient"].startswith("context:"):
            name = rule["recipient"].removeprefix("receiver:")
            assert name in RECIPIENT_IDS or name.startswith("row:") or name in ACTOR_IDS, rule

def test_the_rules_seen_are_many_not_one(records):
    """A real article exercises several rules of each list (the ids are not a constant)."""
    actors = {e.text_info["rule"]["actor"] for e in records}
    recipients = {e.text_info["rule"]["recipient"] for e in records}
    assert len(actors) >= 3 and len(recipients) >= 4, (actors, recipients)
    assert "subject" in actors and any(r.startswith("row:") for r in recipients)
