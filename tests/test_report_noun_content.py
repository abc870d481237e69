"""An event in the "that" clause of a report noun is reported, with the noun's possessor as source
(attribution.reported_by_noun, lexicon report_noun; annotation protocol: reported = attributed to someone else)."""
import pytest

from eventwire import code_text


def _coded(text):
    evs, _ = code_text(text, publication_date="2024-06-05")
    return [(e.event, e.reported, e.sources) for e in evs]


@pytest.mark.parametrize("text,event,sources", [
    ("There was no comment on a newspaper's report that Cuba had mobilized its army.", "MOBILIZE", ["a newspaper"]),
    ("Following claims that US forces had attacked targets inside Iran, the minister was questioned.", "ASSAULT", []),
    ("Reports that Russia attacked a convoy prompted outrage in Kyiv.", "ASSAULT", []),
    ("Amnesty's report that soldiers had arrested dozens of students was published on Monday.", "COERCE",
     ["Amnesty International"]),
])
def test_event_in_a_report_nouns_clause_is_reported(text, event, sources):
    coded = [c for c in _coded(text) if c[0] == event]
    assert coded and all(c[1] for c in coded), _coded(text)
    assert coded[0][2] == sources


@pytest.mark.parametrize("text", [
    "Russia attacked a convoy near Kharkiv on Monday.",
    "The news that Russia had invaded Ukraine shocked Europe.",     # news: told as fact
    "Russia attacked a convoy and issued a report on the losses.",  # a report as object, no clause
])
def test_other_events_stay_in_the_outlets_voice(text):
    coded = [c for c in _coded(text) if c[0] == "ASSAULT"]
    assert coded and not any(c[1] for c in coded), _coded(text)
