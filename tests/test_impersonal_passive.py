"""Impersonal passives of saying and expecting (attribution.impersonal; annotation protocol: reported = attributed or
hedged; training annotations: "are expected to meet" AGREE future).
- "X is said/reported/alleged to ..." is reported with no source: the passive subject is the doer, not a speaker;
- "X is expected to ..." is a forecast: an announced future that would become AGREE actual (future-as-agree) keeps
  the status future (recode.forecast);
- an agent speaks ("was said by officials to"), and the passive of an addressee verb ("was told to") is no report of
  the subject."""
import pytest

from eventwire import code_text


def _coded(text):
    evs, _ = code_text(text, publication_date="2024-06-05")
    return [(e.event, e.status, e.reported, e.sources) for e in evs]


@pytest.mark.parametrize("text,event", [
    ("Turkey is said to be planning an offensive.", "ASSAULT"),
    ("The rebels are said to have attacked the convoy.", "ASSAULT"),
    ("Russia is reported to have withdrawn its troops.", "RETREAT"),
])
def test_said_to_is_reported_without_a_source(text, event):
    coded = [c for c in _coded(text) if c[0] == event]
    assert coded and all(c[2] and c[3] == [] for c in coded)


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan are expected to sign a peace treaty next month.",
    "The two leaders are expected to meet in Geneva next week.",
])
def test_expected_to_is_a_future(text):
    coded = _coded(text)
    assert coded and all(c[0] == "AGREE" and c[1] == "future" for c in coded)


def test_an_own_announcement_stays_a_commitment():
    # an own announcement is a promise dated as made (not an impersonal forecast), the act promised is to come
    got = _coded("Armenia will sign a peace treaty next month.")
    assert [c[:2] for c in got] == [("AGREE", "future")], got


def test_a_named_agent_is_the_source():
    coded = _coded("The attack was said by officials to have killed ten people.")
    assert coded and coded[0][3] == ["officials"]


def test_said_by_the_subject_keeps_its_source():
    coded = _coded("Turkey said it was planning an offensive.")
    assert coded and coded[0][3] == ["Turkey"]
