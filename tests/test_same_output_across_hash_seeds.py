"""Same input, same version: same output, byte for byte -- also across processes, whose string hash seed
(PYTHONHASHSEED) orders sets differently. A training story on which the person lookup once depended on a set's
order (infer.lookup_person handed the knowledge base the sentence's countries as a set: Sarkozy's `source` came
out `inferred` under some seeds and `phoenix:...` under others) is coded in two processes with different seeds."""
import json
import os
import subprocess
import sys

from conftest import shared_path

STORY = "Main_Stream_Media__latimes_026_010#3"


def test_a_story_codes_the_same_under_two_hash_seeds(tmp_path):
    text = next(json.loads(l)["text"] for l in shared_path("train", "articles.jsonl").read_text(
        encoding="utf-8").splitlines() if l.strip() and json.loads(l)["id"] == STORY)
    # The sentence naming Sarkozy and Cameron (the countries of the lookup) must give a record: its trigger was a
    # detector reading of "took on the challenge", which light verbs no longer give; a rule verb keeps the sentence.
    old = "took on the challenge of getting a resolution from"
    assert old in text
    text = text.replace(old, "demanded a resolution from")
    src = tmp_path / "story.txt"
    src.write_text(text, encoding="utf-8")
    outs = []
    for seed in ("0", "4"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        r = subprocess.run([sys.executable, "-m", "eventwire", "code", str(src), "--format", "jsonl",
                            "--pub-date", "2010-06-01"], env=env, capture_output=True, text=True, check=True)
        outs.append(r.stdout)
    assert outs[0] == outs[1]
    records = [json.loads(l) for l in outs[0].splitlines() if l.strip()]
    assert any("Sarkozy" in (a["entity_text"] or "") for e in records for a in e["actor"] + e["recipient"]), records
