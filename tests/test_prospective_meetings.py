"""A meeting still to come is an AGREE, even with no future modal (PLOVER manual: "future
CONSULT/SUPPORT/COOPERATE/AID is coded AGREE"): one hoped for ("looking forward to meeting ..."), one timed by a
future clause ("are due to discuss ... when they meet ..."), one arranged ("talks set for Monday") and a present
progressive with a coming time ("is holding a meeting on Friday"). Training-story FP kind: future meetings coded
as actual CONSULT (5 of 43 wrong CONSULT records; gold codes them AGREE or not at all).
modality.prospective (status ``future`` in recode.modality_of); lexicon lists arranged_participle,
temporal_mark, coming_time_word."""
import pytest

from test_coder_rules import coded
from eventwire.events import modality


def types(text):
    rows, evs, _ = coded(text)
    return rows, [e.event for e in evs if not e.negated]


@pytest.mark.parametrize("text", [
    "The Kenyan president was looking forward to meeting the Tanzanian prime minister.",
    "The foreign ministers of Peru and Chile are due to discuss the border when they meet in Lima on Sunday.",
    "The Spanish government is holding talks with Moroccan officials on Thursday.",
    "The Nigerian president is meeting the Ghanaian president tomorrow.",
])
def test_a_meeting_still_to_come_is_an_agree(text):
    rows, got = types(text)
    assert "AGREE" in got, rows
    assert "CONSULT" not in got, rows


@pytest.mark.parametrize("text", [
    "The Kenyan president met the Tanzanian prime minister on Friday.",
    "The Spanish government is holding talks with Moroccan officials in Rabat.",
    "The foreign ministers of Peru and Chile met when the crisis began.",
])
def test_a_meeting_that_happened_or_is_going_on_stays_consult(text):
    rows, got = types(text)
    assert "CONSULT" in got, rows
    assert "AGREE" not in got, rows


@pytest.mark.parametrize("text,word,expected", [
    ("Bilateral talks set for Monday", "talks", True),
    ("A summit scheduled for May will review the accord.", "summit", True),
    ("The envoy looks forward to the talks.", "talks", True),
    ("The talks held on Monday were useful.", "talks", False),
    ("Leaders will sign the accord after they met in Paris.", "met", False),
    ("Rebels attacked the town when troops arrived.", "arrived", False),
    ("The minister is meeting his French counterpart next week.", "meeting", True),
    ("The minister is meeting his French counterpart later this month.", "meeting", True),
    ("Next, Kuwaiti students are still demanding change.", "demanding", False),
    ("The minister is meeting his French counterpart in Paris.", "meeting", False),
])
def test_prospective(nlp, text, word, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert modality.prospective(tok, doc) is expected


# ------------------------------------------------------------------ engagements listed in a plan
# "the minister's schedule includes visits to X and Y": a present-tense plan lists acts still to come (AGREE), and
# the plan's possessor is their doer when it names its own country or body (modality.itinerary_verb,
# actor_rules.itinerary_owner; lexicon itinerary_noun). Training-story miss kind: no record at all (the subject
# "schedule" resolved to no one, so the nominal "visits" had no actor).
@pytest.mark.parametrize("text,pairs", [
    ("The French president's schedule includes visits to Kenya and Ethiopia.",
     {("FRA", "KEN"), ("FRA", "ETH")}),
    ("The Japanese foreign minister's itinerary includes a meeting with the Kenyan president.", {("JPN", "KEN")}),
    ("The UN delegation's programme includes talks with the Sudanese government.", {("UNO", "SDN")}),
])
def test_engagements_a_plan_lists_are_agree_by_its_owner(text, pairs):
    rows, evs, _ = coded(text)
    got = {(a, r) for ev, acts, recs, *_ in rows if ev == "AGREE" for a in acts for r in recs}
    assert pairs <= got, rows
    assert not [r for r in rows if r[0] == "CONSULT"], rows


@pytest.mark.parametrize("text", [
    "The French president's schedule included visits to Kenya and Ethiopia last year.",  # a past plan: done
    "The French president visited Kenya and Ethiopia.",  # a visit that happened
])
def test_a_visit_that_happened_is_no_agree(text):
    rows, evs, _ = coded(text)
    assert not [r for r in rows if r[0] == "AGREE"], rows


@pytest.mark.parametrize("text", [
    "The mayor's schedule includes visits to the hospital and two schools.",  # at home, no other party
    "The delegation's schedule includes visits to Kenya and Ethiopia.",  # no country of its own: not the host's
])
def test_a_plan_with_no_coded_owner_gives_no_agree_with_another_country(text):
    rows, evs, _ = coded(text)
    assert not [r for r in rows if r[0] == "AGREE" and r[1] and r[2] and r[1][0] and r[2][0]], rows


@pytest.mark.parametrize("text,word,expected", [
    ("The minister's schedule includes visits to Kenya.", "visits", True),
    ("Her itinerary features talks with Japanese leaders.", "talks", True),
    ("The minister's schedule included visits to Kenya.", "visits", False),
    ("The package includes talks with Japanese leaders.", "talks", False),
])
def test_itinerary_is_prospective(nlp, text, word, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert modality.prospective(tok, doc) is expected


# ------------------------------------------------------------------ gapped second destination
# "will visit Kenya on Monday and Ethiopia on Tuesday": the parser hangs "Ethiopia" on the date "Monday"; it is a
# second object of the verb (recipient_rules.gapped_objects). Training-story miss kind: the last destination of a
# tour lost.
@pytest.mark.parametrize("text,rec", [
    ("The Japanese minister will visit Kenya on Monday and Ethiopia on Tuesday.", "ETH"),
    ("The Brazilian president plans to visit Chile from May 3-5 and Peru on May 6.", "PER"),
])
def test_a_gapped_second_destination_is_a_recipient(text, rec):
    rows, evs, _ = coded(text)
    assert any(r[0] == "AGREE" and rec in r[2] for r in rows), rows


def test_a_second_date_is_no_destination():
    rows, evs, _ = coded("The Japanese minister will visit Kenya on Monday and Tuesday.")
    assert {r[2] for r in rows if r[0] == "AGREE"} == {("KEN",)}, rows


# ------------------------------------------------------------------ awaited: "ahead of"
# "ahead of a summit in Brussels": an event the story awaits is still to come (modality.prospective).
@pytest.mark.parametrize("text,word,expected", [
    ("Ministers met on Monday ahead of a summit in Brussels.", "summit", True),
    ("Ahead of talks with China, the Japanese minister said the dispute was serious.", "talks", True),
    ("The talks ran ahead of schedule.", "talks", False),
    ("The Chinese and Japanese ministers held talks in Beijing.", "talks", False),
])
def test_ahead_of_is_prospective(nlp, text, word, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert modality.prospective(tok, doc) is expected


def test_talks_ahead_of_which_a_minister_speaks_are_agree():
    rows, got = types("Ahead of talks with China, the Japanese minister said the dispute was serious.")
    assert "AGREE" in got and "CONSULT" not in got, rows
