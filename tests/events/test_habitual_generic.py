"""Generic and habitual statements state no particular event (PLOVER manual: an event is one occurrence;
voa_news ANNOTATION.md: "do not code commentary, opinions about the world in general"). Extends
tests/test_habitual_acts.py (triggers.habitual_act):

- a frequency adverb on a present-simple verb, of any type but a stance ("the Taliban routinely deny ..." states
  their position now), also on the verb that governs the act word ("officials routinely comply with such
  requests", "we always ask everyone we phone up"); a past statement ("often criticised") stays, and so does a past act in a bounded period ("police routinely arrested protesters
  last week": the arrests of last week are news, an event series of that week -- decided so, and documented in
  triggers._bounded_period);
- an act word anywhere inside a present-simple "when"/"whenever"/"once" clause ("when it comes to opposition
  figures supporting the former president", "once a president commits himself to ...").

Training-story errors of the kind: "Florida officials routinely comply with such requests, largely because of the
state's sweeping laws" (REQUEST), "We always ask everyone we phone up whether ..." (REQUEST), "Once a president
commits himself to the principle that Kadafi must go, it's difficult to back down" (AGREE). Sentences invented."""
import pytest

from test_habitual_acts import events

from eventwire.events import triggers
from eventwire.nlp.model import load_model


@pytest.mark.parametrize("text,event", [
    ("Ohio officials routinely comply with such requests from reporters.", "REQUEST"),
    ("We always ask every voter we call whether they will back the party again.", "REQUEST"),
    ("Zambian ministers regularly try to meet donors before the budget.", "CONSULT"),
    ("Indian police often respond to stone-throwing by firing tear gas.", "ASSAULT"),
])
def test_a_present_simple_habit_is_no_event(text, event):
    rows, got = events(text)
    assert event not in got, rows


@pytest.mark.parametrize("text,event", [
    ("Indian police routinely arrested protesters in Srinagar last week.", "COERCE"),
    ("Syrian forces repeatedly shelled the town on Monday, residents said.", "ASSAULT"),
    ("Ohio officials complied with the reporters' request on Monday.", "REQUEST"),
    ("The Kenyan opposition leader often criticised the president's security policy.", "ACCUSE"),
    ("The Nigerian senate approved the president's nominees on Tuesday.", "SUPPORT"),
    ("The Afghan Taliban routinely deny sheltering Pakistani fighters.", "REJECT"),
    ("Zambian ministers met donors in Lusaka on Friday.", "CONSULT"),
])
def test_one_act_a_bounded_period_or_a_past_statement_stays(text, event):
    rows, got = events(text)
    assert event in got, rows


@pytest.mark.parametrize("text,event", [
    ("Ivorian state media are mostly negative when it comes to opposition figures supporting the former "
     "president.", "SUPPORT"),
    ("Once a president commits himself to the principle that the dictator must go, it is hard to back down.",
     "AGREE"),
    ("Whenever the Kenyan government calls for an inquiry into police killings, nothing happens.", "REQUEST"),
])
def test_an_act_inside_a_generic_time_clause_is_no_event(text, event):
    rows, got = events(text)
    assert event not in got, rows


@pytest.mark.parametrize("text,event", [
    ("When the Ugandan president visited Nairobi, he praised the Kenyan government's support.", "CONSULT"),
    ("Once the Sudanese army agreed to the truce, the rebels withdrew from the town.", "AGREE"),
])
def test_a_past_time_clause_keeps_its_acts(text, event):
    rows, got = events(text)
    assert event in got, rows


def test_clause_verb_climbs_to_the_governing_verb():
    doc = load_model()("Florida officials routinely comply with such requests.")
    requests = next(t for t in doc if t.lower_ == "requests")
    assert triggers.clause_verb(requests).lower_ == "comply"
    assert triggers.clause_verb(doc[3]).lower_ == "comply"  # the verb is its own clause verb


def test_bounded_period_needs_a_time_expression_of_a_past_verb():
    doc = load_model()("Indian police routinely arrested protesters last week.")
    arrested = next(t for t in doc if t.lower_ == "arrested")
    assert triggers._bounded_period(arrested) is True
    doc = load_model()("Indian police routinely arrested protesters.")
    arrested = next(t for t in doc if t.lower_ == "arrested")
    assert triggers._bounded_period(arrested) is False


def test_words_said_in_a_time_clause_are_a_statement():
    """"Believe me when I say ...": the words said are a statement made now, not a generic condition."""
    rows, got = events('The Canadian prime minister said: "Believe me when I say we reject these tariffs."')
    assert "REJECT" in got, rows
