"""Recall kinds of issue 13, each with variants of its own (other countries, other wordings) and negatives:
releases from custody written in the passive or as a participle (RETREAT), designation as a terrorist group
and expulsion from a party (SANCTION), agentless convictions and sentences (SANCTION convict), and easing a
legal or economic measure (CONCEDE: overturned convictions, dropped charges, repealed laws, exemptions from
tariffs, pardons, acquittals). Source of each: PLOVER manual v0.8 (RETREAT; SANCTION modes convict, expel;
CONCEDE "pardons, acquittals ... easing of administrative or legal restrictions").
"""
import pytest

from expectations import records, codes


def of_type(events, event):
    return [e for e in events if e.event == event]


def seen_triggers(text):
    """Every trigger the rule sources find in ``text``, before filters and drop rules."""
    from eventwire.events.triggers import TRIGGER_SOURCES
    from eventwire.nlp.model import load_model

    out = []
    for sent in load_model()(text).sents:
        found = []
        for source in TRIGGER_SOURCES:
            found += source(sent, found, None)
        out += found
    return out


# --- RETREAT: release from custody, passive or participle -------------------------------------------------
@pytest.mark.parametrize("text,recipient", [
    ("The Turkish opposition leader has been released on bail.", "TUR"),
    ("The Egyptian inmate was released on parole last week.", "EGY"),
    ("The Ugandan activist thanked his lawyers after being freed from jail.", None),
])
def test_release_from_custody_is_the_judiciarys(text, recipient):
    got = of_type(records(text), "RETREAT")
    assert got, records(text)
    e = got[0]
    assert e.mode == "release"
    assert [a.sector for a in e.actor] == ["JUD"] and e.actor[0].entity_text == ""  # implicit, no text
    assert recipient is None or recipient in codes(e.recipient)
    assert e.text_info["rule"]["actor"] == "judicial_authority"


def test_custody_named_as_a_states_gives_that_state():
    got = of_type(records("The Palestinian teenager was released from an Israeli prison on Sunday."), "RETREAT")
    assert got and codes(got[0].actor) == {"ISR"} and codes(got[0].recipient) == {"PSE"}


@pytest.mark.parametrize("text", [
    "The new album was released in May.",
    "The report was released on Monday.",
    "The hostages were released on Monday.",  # captors, not the state: no invented actor
])
def test_release_without_custody_gets_no_judiciary(text):
    assert not [e for e in records(text) if e.text_info["rule"]["actor"] == "judicial_authority"]


def test_students_freed_by_captors_are_released_by_unidentified_armed_men():
    got = of_type(records("More than 100 students abducted in Kaduna state were freed by their captors on "
                          "Monday."), "RETREAT")
    assert got
    assert [(a.code, a.sector) for a in got[0].actor] == [("NGA", "UAF")]


# --- SANCTION: designation, expulsion from a party, agentless conviction ----------------------------------
def test_designation_as_terrorist_group_is_sanction_by_each_designating_state():
    got = of_type(records("The United States and Britain have designated the Houthis as a terrorist "
                          "organization."), "SANCTION")
    assert {next(iter(codes(e.actor))) for e in got} == {"USA", "GBR"}
    assert all(codes(e.recipient) == {"YEM"} for e in got)


def test_designation_as_something_else_is_no_sanction():
    assert not of_type(records("The governor designated the stadium as a vaccination site."), "SANCTION")


@pytest.mark.parametrize("text,actor_sector", [
    ("The opposition lawmaker was expelled from the ruling party on Friday.", "PTY"),
    ("The ANC expelled the former president from the party.", "PTY"),
])
def test_expulsion_from_a_party_is_sanction_expel(text, actor_sector):
    got = of_type(records(text), "SANCTION")
    assert got, records(text)
    assert got[0].mode == "expel" and got[0].actor[0].sector == actor_sector
    assert not of_type(records(text), "COERCE")


def test_expelled_diplomats_keep_their_row():
    got = of_type(records("Iran expelled two French diplomats."), "SANCTION")
    assert got and got[0].mode == "expel" and codes(got[0].recipient) == {"FRA"}


@pytest.mark.parametrize("text", [
    "The former minister was convicted on three counts of corruption.",
    "The activist had been arrested and sentenced to four years in prison in 2015.",
])
def test_agentless_conviction_is_the_judiciarys(text):
    got = of_type(records(text), "SANCTION")
    assert got, records(text)
    assert got[0].mode == "convict" and [a.sector for a in got[0].actor] == ["JUD"]


def test_court_named_as_subject_stays_the_actor():
    got = of_type(records("A court in Ankara sentenced the journalist to two years."), "SANCTION")
    assert got and codes(got[0].actor) == {"TUR"} and got[0].text_info["rule"]["actor"] == "subject"


# --- CONCEDE: easing a legal or economic measure --------------------------------------------------------
@pytest.mark.parametrize("text,actor,recipient", [
    ("An appeals court in Lima overturned the conviction of the former president.", "PER", "PER"),
    ("Prosecutors in Seoul dropped the charges against the protest leader.", "KOR", "KOR"),
    ("Washington exempted the tariffs on Mexican steel.", "USA", "MEX"),
    ("China exempted U.S. soybeans from retaliatory tariffs.", "CHN", "USA"),
    ("Turkey dropped its objection to Sweden's NATO membership.", "TUR", "SWE"),
])
def test_easing_a_measure_is_concede(text, actor, recipient):
    got = of_type(records(text), "CONCEDE")
    assert got, records(text)
    assert actor in codes(got[0].actor) and recipient in set().union(*(codes(e.recipient) for e in got))


@pytest.mark.parametrize("text", [
    "The parliament of Uganda repealed a law used to jail journalists.",
    "The Supreme Court of Pakistan quashed the sentence of the former prime minister.",
    "The president pardoned 300 prisoners on Independence Day.",
])
def test_repeal_quash_pardon_are_concede(text):
    assert of_type(records(text), "CONCEDE"), records(text)


def test_agentless_dropped_charges_and_acquittal_are_the_judiciarys():
    e = of_type(records("The charges against the Russian journalist were dropped."), "CONCEDE")
    assert e and e[0].actor[0].sector == "JUD" and codes(e[0].recipient) == {"RUS"} and not e[0].negated
    e = of_type(records("The charges have not been dropped."), "CONCEDE")
    assert e and e[0].negated
    e = of_type(records("The former Brazilian president was acquitted of corruption charges."), "CONCEDE")
    assert e and e[0].actor[0].sector == "JUD" and codes(e[0].recipient) == {"BRA"}


def test_charges_wanted_dropped_are_no_concession():
    text = "The lawyer called for the charges against the Ugandan reporter to be dropped."
    assert "CONCEDE" in {t.event for t in seen_triggers(text)}  # read as a trigger, then given no actor
    assert not of_type(records(text), "CONCEDE")


@pytest.mark.parametrize("text", [
    "The plane dropped leaflets over the city.",
    "He dropped the ball in the final minute.",
    "Oil prices dropped sharply on Monday.",
    "The ruling was overturned.",
])
def test_other_drops_and_agentless_overturns_are_no_concession(text):
    assert not of_type(records(text), "CONCEDE")
