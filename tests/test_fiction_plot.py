"""The plot of a film or novel is no event (triggers.fiction_plot; lexicon fiction_work_noun, plot_verb). Fresh user
on real text: a film review's 'Godzilla attacks Tokyo' was coded ASSAULT. PLOVER manual (events are interactions of
political actors; ASSAULT: the use of force)."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text", [
    "In the film, Godzilla attacks Tokyo and destroys the parliament building.",
    "In the new movie, Russian agents kidnap the American president.",
    "The novel tells how French soldiers invade Britain.",
    "The film follows rebels who seize a town in Mali.",
])
def test_a_plot_codes_no_event(text):
    rows, events, _ = coded(text)
    assert not events, rows


@pytest.mark.parametrize("text,event", [
    ("In the video, soldiers beat a prisoner in Kherson.", "ASSAULT"),
    ("Russia attacked Ukraine in a series of strikes.", "ASSAULT"),
    ("Rebels killed 12 soldiers in the game reserve.", "ASSAULT"),
    ("Police arrested the actor who starred in the film.", "COERCE"),
])
def test_real_acts_stay(text, event):
    rows, events, _ = coded(text)
    assert [e for e in events if e.event == event], rows
