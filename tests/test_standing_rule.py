"""A rule in force is no act of coercion (PLOVER manual, COERCE): the present-simple passive of a verb of
prohibition or obligation, with no agent ("Chinese companies are prohibited from owning ...", "employers are
required to post vacancies") describes the law as it stands. A ban or obligation imposed at a time ("were
banned", "will be banned", "the ministry banned", "are banned by the government") stays. Training-story errors:
"Chinese companies are prohibited from owning Taiwanese insurance companies", "companies ... are required to post
job vacancies". triggers.standing_rule, lexicon standing_rule_verb."""
import pytest

from test_coder_rules import coded


def events(text):
    rows, evs, _ = coded(text)
    return rows, {e.event for e in evs if not e.negated}


@pytest.mark.parametrize("text", [
    "Under Thai law, foreign firms are prohibited from owning farmland.",
    "Under the emergency law, Egyptian opposition parties are banned from holding rallies.",
    "In Singapore, employers are required to report foreign workers to the ministry.",
])
def test_a_rule_in_force_is_no_coercion(text):
    rows, got = events(text)
    assert "COERCE" not in got, rows


@pytest.mark.parametrize("text", [
    "Thai authorities prohibited foreign firms from owning farmland on Monday.",
    "Egyptian opposition parties were banned from holding rallies last week.",
    "Opposition rallies are banned by the Cambodian government.",
    "Kenyan police banned opposition rallies in Nairobi.",
])
def test_a_ban_imposed_at_a_time_stays(text):
    rows, got = events(text)
    assert "COERCE" in got, rows
