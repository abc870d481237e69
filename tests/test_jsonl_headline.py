"""A JSONL record without a title field: a first line of its text with no final punctuation is the headline, as
for a .txt file, so the dateline after it is found and never coded as an actor (ingest.jsonl; fresh-user tryout:
"NEW DELHI, June 16 (Reuters) - Indian and Chinese soldiers clashed" in a JSONL text gave IND/GOV from the
dateline city instead of IND/MIL and CHN/MIL)."""
import json

from eventwire.ingest.readers import read_inputs
from eventwire.pipeline import code_articles

TEXT = ("Indian and Chinese troops clash in Ladakh, several injured\n"
        "NEW DELHI, June 16 (Reuters) - Indian and Chinese soldiers clashed with clubs and stones along their "
        "disputed Himalayan border on Monday, the Indian army said.\n")


def _read(tmp_path, rec):
    p = tmp_path / "s.jsonl"
    p.write_text(json.dumps(rec) + "\n")
    return list(read_inputs([str(p)]))


def test_the_first_line_is_the_headline_and_the_dateline_is_no_actor(tmp_path):
    (art,) = _read(tmp_path, {"id": "a", "text": TEXT, "publication_date": "2020-06-16"})
    assert art.title == "Indian and Chinese troops clash in Ladakh, several injured"
    (coded,) = code_articles([art])
    clashed = [e for e in coded.events if e.event_text == "clashed"]
    assert clashed
    assert all("NEW DELHI" not in a.entity_text for e in clashed for a in e.actor + e.recipient)
    assert {a.sector for e in clashed for a in e.actor} == {"MIL"}


def test_a_title_field_wins_and_a_sentence_is_no_headline(tmp_path):
    (art,) = _read(tmp_path, {"id": "b", "text": TEXT, "title": "Border clash"})
    assert art.title == "Border clash"
    (art2,) = _read(tmp_path, {"id": "c", "text": "Police arrested ten people in Lagos on Friday.\nThey were freed."})
    assert art2.title is None  # a first line with final punctuation is body text
