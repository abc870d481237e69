"""The detector never proposes a phrasal verb with a particle the pattern dictionary does not code it with, when the
dictionary codes the verb only as a phrasal verb (triggers.other_particle). Training stories and voa_news: "stepped
up his campaign", "stepped up patrols" were RETREAT or MOBILIZE from the detector reading "step" as "step down"."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text", [
    "Opposition leader Charles Kennedy stepped up his party's election campaign in Britain this week.",
    "India stepped up security along the border with China on Monday.",
])
def test_another_particle_is_another_verb(text):
    rows, events, _ = coded(text)
    assert not [e for e in events if (e.event_text or "").startswith("stepped")], rows


def test_the_coded_particle_still_triggers():
    rows, events, _ = coded("Assad has refused to step down.")
    assert [e for e in events if (e.event_text or "").startswith("step")], rows
