"""A negated subject negates the act its verb governs: "no external power will dare threaten Pakistan", "no
Western government wants to attack Iran", "neither Kenya nor Uganda tried to arrest him" (modality.negated_subject,
read on the trigger and, through xcomp, on its governor). Training-story error: "so that no external power will
ever dare threaten us" coded as an actual THREATEN."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text,event", [
    ("Pakistani officials said no Indian government would dare threaten Pakistan.", "THREATEN"),
    ("No Western government wants to attack Iran, the French minister said.", "THREATEN"),
    ("Neither Kenya nor Uganda tried to arrest the Sudanese president.", "COERCE"),
])
def test_a_negated_subject_of_the_governor_negates_the_act(text, event):
    rows, _, _ = coded(text)
    assert not [r for r in rows if r[0] == event and not r[4]], rows


@pytest.mark.parametrize("text,event", [
    ("Pakistani officials said the Indian government would dare threaten Pakistan.", "THREATEN"),
    ("Kenya and Uganda tried to arrest the Sudanese president.", "COERCE"),
    ("India threatened Pakistan, and no talks followed.", "THREATEN"),
])
def test_an_affirmative_subject_keeps_the_act(text, event):
    rows, _, _ = coded(text)
    assert [r for r in rows if r[0] == event and not r[4]], rows
