"""The context of a source's title is not the event's (records.attribution_tokens; PLOVER manual, contexts): words of
"according to X", "per X" and a trailing "..., X said" do not add contexts; the same words inside the act do."""
import pytest

from eventwire import code_text


def _contexts(text):
    evs, _ = code_text(text, publication_date="2024-06-05")
    return [e.context for e in evs if e.event == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Gunmen killed five villagers, according to local health officials.",
    "Gunmen killed five villagers, local health officials said.",
    "Gunmen killed five villagers, per the health ministry.",
])
def test_a_source_title_adds_no_context(text):
    ctx = _contexts(text)
    assert ctx and all("health" not in c for c in ctx)


@pytest.mark.parametrize("text", [
    "Gunmen attacked a hospital, according to police.",
    "Gunmen killed five health workers, according to police.",
])
def test_the_act_own_words_keep_their_context(text):
    ctx = _contexts(text)
    assert ctx and all("health" in c for c in ctx)
