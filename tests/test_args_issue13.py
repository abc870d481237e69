"""Argument resolution on whole stories (issue 13, wrong actor / wrong recipient kinds), each kind with made-up
variants: other countries, other wordings, and negatives that must not change."""
import pytest

from test_coder_rules import coded, find


# --- a definite counted plural stands for the states named before (ActorResolver.collective_parties) ---------
@pytest.mark.parametrize("text,event,actor,members", [
    ("Israeli jets struck Gaza on Monday, and Hamas fired rockets at Israel. "
     "The UN Security Council called on both sides to declare a ceasefire.", "REQUEST", "UNO", {"ISR", "PSE"}),
    ("Ethiopia and Eritrea have disputed the border since 2000. "
     "The United Nations urged the two countries to respect the ruling.", "REQUEST", "UNO", {"ETH", "ERI"}),
    ("Mali, Burkina Faso and Niger left ECOWAS in January. "
     "ECOWAS said it will maintain trade relations with the trio.", "AGREE", "IGO", {"MLI", "BFA", "NER"}),
    ("Armenia and Azerbaijan clashed along the border last week. "
     "Russia urged both countries to hold talks.", "REQUEST", "RUS", {"ARM", "AZE"}),
])
def test_counted_collective_recipient_is_each_named_state(text, event, actor, members):
    rows, _, _ = coded(text)
    got = {c for r in find(rows, event, actor) for c in r[2]}
    assert members <= got, rows


@pytest.mark.parametrize("text,event,members", [
    ("Mali, Burkina Faso and Niger left ECOWAS in January. "
     "The three military-led nations accused the regional body of failing its members.", "ACCUSE",
     {"MLI", "BFA", "NER"}),
    ("The minister was referring to Turkey's and Qatar's calls. "
     "The two countries have supported rebels fighting in Syria.", "SUPPORT", {"TUR", "QAT"}),
    # a person named after the states is no state of the group
    ("The minister was referring to Turkey's and Qatar's calls for Assad to step down. "
     "The two countries have supported rebels fighting in Syria.", "SUPPORT", {"TUR", "QAT"}),
])
def test_counted_collective_actor_is_each_named_state(text, event, members):
    rows, _, _ = coded(text)
    got = {c for r in find(rows, event) for c in r[1]}
    assert members <= got, rows


@pytest.mark.parametrize("text,event", [
    # fewer distinct states than the count: the words stand for something else
    ("Police clashed with protesters in Nairobi. Both sides accused each other of starting the violence.",
     "ACCUSE"),
    # indefinite, uncounted: no collective reference
    ("Germany hosted the meeting on Monday. Two countries have condemned the attack on the embassy.", "ACCUSE"),
])
def test_no_collective_without_a_definite_count_of_named_states(text, event):
    rows, events, _ = coded(text)
    for e in events:
        for ent in e.actor + e.recipient:
            assert not (ent.entity_text.lower().startswith(("both", "two")) and ent.code), rows


@pytest.mark.parametrize("text,event,members,never", [
    ("India and Pakistan dispute Kashmir. Since their independence from Britain, the two countries have fought "
     "three wars.", "ASSAULT", {"IND", "PAK"}, "GBR"),
    ("Sudan and South Sudan signed an oil deal in Addis Ababa. The two countries later accused each other of "
     "breaking it.", "ACCUSE", {"SDN", "SSD"}, "ETH"),
])
def test_collective_skips_places_and_origins(text, event, members, never):
    rows, _, _ = coded(text)
    got = {c for r in find(rows, event) for c in r[1]}
    assert members <= got and never not in got, rows


def test_collective_skips_the_excluded_actor_and_organisations():
    from eventwire.actors.resolve import ActorResolver, ResolveContext  # noqa: F401  (import check)
    rows, _, _ = coded("Sudan and South Sudan signed an oil deal in Addis Ababa. "
                       "The African Union praised the two countries on Tuesday.")
    got = {c for r in find(rows, "SUPPORT", "IGO") for c in r[2]}
    assert {"SDN", "SSD"} <= got and "IGO" not in got, rows


# --- "blamed X on Y": Y is the accused (verbs.tsv blame: P:on before dobj) --------------------------------------
@pytest.mark.parametrize("text,actor,recipient", [
    ("Pakistan blamed the bombing on Afghan militants.", "PAK", "AFG"),
    ("The Kenyan government blamed the violence on Somali gunmen.", "KEN", "SOM"),
    ("It was the latest assault that Delhi blamed on Pakistani militants.", "IND", "PAK"),
])
def test_blamed_on_names_the_accused(text, actor, recipient):
    rows, _, _ = coded(text)
    assert find(rows, "ACCUSE", actor, recipient), rows


@pytest.mark.parametrize("text,actor,recipient", [
    ("Russia blamed Ukraine on Tuesday for the attack.", "RUS", "UKR"),
    ("Kyiv blamed Moscow for the strike on a hospital.", "UKR", "RUS"),
])
def test_blamed_without_on_keeps_the_object(text, actor, recipient):
    rows, _, _ = coded(text)
    assert find(rows, "ACCUSE", actor, recipient), rows


# --- a group placed where it is based or operates (ActorResolver.located_countries) ---------------------------
@pytest.mark.parametrize("text,event,code", [
    ("Islamabad has blamed recent attacks on militants present on Afghan soil.", "ACCUSE", "AFG"),
    ("Kabul condemned militants based in Pakistan for the attack.", "ACCUSE", "PAK"),
    ("Kenya blamed the raid on a Somalia-based militant group.", "ACCUSE", "SOM"),
    ("India blamed the bombing on Pakistan-based militants.", "ACCUSE", "PAK"),
])
def test_located_group_takes_the_country_it_operates_in(text, event, code):
    rows, _, _ = coded(text)
    assert any(code in r[2] for r in find(rows, event)), rows


def test_located_word_never_recodes_a_named_group_or_a_thing_or_a_coded_one():
    rows, events, _ = coded("The Alliance of Democracies, headquartered in Copenhagen, was sanctioned by Beijing.")
    assert not any("DNK" in r[2] for r in rows), rows
    rows, events, _ = coded("Russian troops stationed in Moldova held drills.")
    assert all(r[1] == ("RUS",) for r in rows), rows
    rows, events, _ = coded("Hackers broke into a US-based system, German police said.")
    assert not any(a.entity_text == "a US-based system" and a.code for e in events for a in e.recipient), rows


# --- the one other state named in what a verbal conflict is about (recipient_rules.clause_other_state) ---------
@pytest.mark.parametrize("text,event,actor,recipient", [
    ("The Canadian minister denounced the decision to expand settlements taken by Israel's cabinet.",
     "ACCUSE", "CAN", "ISR"),
    ("The French minister condemned what he called the brutal repression of protesters by Iran's forces.",
     "ACCUSE", "FRA", "IRN"),
    ("Germany's foreign minister criticised the decision to build settlements, in a reference to Israel's cabinet.",
     "ACCUSE", "DEU", "ISR"),
])
def test_verbal_conflict_targets_the_one_other_state_it_is_about(text, event, actor, recipient):
    rows, _, _ = coded(text)
    assert find(rows, event, actor, recipient), rows


@pytest.mark.parametrize("text,event,actor,never", [
    # two other states: nobody is chosen by this rule
    ("\"We are concerned about the talks between Iran and Saudi Arabia,\" the British envoy said.", "ACCUSE",
     "GBR", None),
    # a hyphenated description is no party
    ("The Bosnian speaker denounced the moves against the Serb-controlled republic.", "ACCUSE", "BIH", "SRB"),
    # the city a document is named after is no party
    ("Ukraine demanded that the Minsk agreement be respected.", "REQUEST", "UKR", "BLR"),
    # a place after "in" is no party
    ("\"We are concerned about the violence in Kenya,\" the British envoy said.", "ACCUSE", "GBR", None),
])
def test_clause_state_needs_one_party_not_a_place_or_description(text, event, actor, never):
    rows, events, _ = coded(text)
    for e in events:
        if e.event == event and e.text_info["rule"].get("recipient") == "clause_other_state":
            assert never is not None and never not in [r.code for r in e.recipient], rows
