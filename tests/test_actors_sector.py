"""Issue 12, actor sectors: kinds of sector error found on the PLOVER GSR, each tested with variants of our own
(other countries, other bodies, other roles), coded end to end."""
from __future__ import annotations

import pytest

from eventwire import code_text


def coded(text, pub="2012-06-01"):
    events, _ = code_text(text, publication_date=pub)
    return events


def parties(events):
    """[(event type, [(text, code, sector)], [(text, code, sector)])] of the events."""
    return [(e.event, [(a.entity_text, a.code, a.sector) for a in e.actor],
             [(r.entity_text, r.code, r.sector) for r in e.recipient]) for e in events]


def role_of(events, event, role, code):
    """(code, sector) of the first entity with country/body ``code`` in ``role`` of an ``event`` event."""
    got = [(x.code, x.sector) for e in events if e.event == event for x in getattr(e, role) if x.code == code]
    assert got, parties(events)
    return got[0]


# --- IGO bodies take their own sector: the Security Council is the UN's executive (GOV), the refugee agencies
#     REF (PLOVER manual, "Sector Codes"; Phoenix International and agents dictionaries) --------------------
@pytest.mark.parametrize("text,event,role,sector", [
    ("The U.N. Security Council condemned the attack on the embassy.", "ACCUSE", "actor", "GOV"),
    ("The United Nations Security Council rejected the Syrian proposal.", "REJECT", "actor", "GOV"),
    ("Russia vetoed a Security Council resolution on Syria.", "REJECT", "recipient", "GOV"),
    ("Serbia demanded a meeting of the UN Security Council.", "REQUEST", "recipient", "GOV"),
    ("Kenya forced the UN refugee agency out of the Dadaab camps.", "SANCTION", "recipient", "REF"),
    ("The UNHCR criticised Hungary over its border fence.", "ACCUSE", "actor", "REF"),
    ("Israel accused UNRWA of bias.", "ACCUSE", "recipient", "REF"),
])
def test_un_bodies_have_their_own_sector(text, event, role, sector):
    assert role_of(coded(text), event, role, "UNO") == ("UNO", sector)


def test_the_un_itself_has_no_sector():
    assert role_of(coded("China asked the United Nations to send monitors."), "REQUEST", "recipient", "UNO") == \
        ("UNO", None)


# --- a thing of an agent stands for the agent: its "of" phrase or its possessor gives the sector ------------
@pytest.mark.parametrize("text,event,code,sector", [
    ("North Korea has tried to hack into the computers of South Korean army officers.", "COERCE", "KOR", "MIL"),
    ("China hacked the phones of Taiwanese legislators.", "COERCE", "TWN", "LEG"),
    ("Protesters rallied in Minsk in defiance of Belarusian police.", "PROTEST", "BLR", "COP"),
    ("Thousands of people blocked streets in Hong Kong in defiance of Chinese authorities.", "PROTEST", "CHN",
     "GOV"),
    ("Refugees began a hunger strike in protest of the Russian government's refusal to accept them.", "PROTEST",
     "RUS", "GOV"),
    ("Students protested against the Thai army's decision to ban the rally.", "PROTEST", "THA", "MIL"),
])
def test_a_thing_of_an_agent_takes_the_agents_sector(text, event, code, sector):
    assert role_of(coded(text), event, "recipient", code) == (code, sector)


def test_the_agent_sector_goes_to_the_agents_country_only():
    # the army is Pakistan's: India, named in the same phrase, does not become MIL
    ev = coded("The Pakistani army's shelling of Indian villages killed five people.")
    got = {(a.code, a.sector) for e in ev for a in e.actor}
    assert ("PAK", "MIL") in got, parties(ev)
    assert ("IND", "MIL") not in got, parties(ev)


def test_a_thing_of_a_country_gets_no_agent_sector():
    # no agent noun in the phrase: the country is coded, the sector stays open; an agent noun gives its own
    assert role_of(coded("Students protested against the Thai decision to ban the rally."), "PROTEST",
                   "recipient", "THA") == ("THA", None)
    assert role_of(coded("Students protested against the decision of the Thai farmers to ban the rally."),
                   "PROTEST", "recipient", "THA") == ("THA", "AGR")


# --- "government forces" are the state's armed forces (PLOVER MIL: troops, all state-military personnel), not
#     the government (GOV) that the generic head "forces" would take from its modifier -------------------------
@pytest.mark.parametrize("text,event,role,code", [
    ("Syrian government forces shelled the town of Homs.", "ASSAULT", "actor", "SYR"),
    ("Ethiopian government forces clashed with Tigrayan fighters.", "ASSAULT", "actor", "ETH"),
    ("Syrian regime forces shelled Aleppo.", "ASSAULT", "actor", "SYR"),
    ("Rebels attacked Sudanese government forces near Nyala.", "ASSAULT", "recipient", "SDN"),
])
def test_government_forces_are_military(text, event, role, code):
    assert role_of(coded(text), event, role, code) == (code, "MIL")


def test_the_government_itself_stays_gov():
    assert role_of(coded("The Syrian government condemned the attack."), "ACCUSE", "actor", "SYR") == ("SYR", "GOV")


# --- a leader, spokesman or commander "of" a group is coded as the group (not the GOV of the word "leader") --
@pytest.mark.parametrize("text,event,code,sector", [
    ("Leaders of the Georgian opposition coalition agreed to postpone the rally.", "AGREE", "GEO", "OPP"),
    ("Leaders of the Azadliq opposition coalition in Azerbaijan rejected the offer.", "REJECT", "AZE", "OPP"),
    ("The leader of Hamas rejected the offer.", "REJECT", "PSE", "REB"),
    ("Commanders of the Afghan police criticised the Taliban.", "ACCUSE", "AFG", "COP"),
    ("The spokesman of the Nigerian rebel movement denied the charges against Chad.", "REJECT", "NGA", "REB"),
    ("The head of the Kenyan teachers union criticised the government.", "ACCUSE", "KEN", "LAB"),
    ("The head of the Pakistani army met Chinese officials.", "CONSULT", "PAK", "MIL"),
])
def test_a_leader_of_a_group_is_coded_as_the_group(text, event, code, sector):
    assert role_of(coded(text), event, "actor", code) == (code, sector)


def test_a_title_with_its_own_of_phrase_keeps_its_sector():
    # "head of state" is a title (sector_nouns.tsv), not a head of a group called "state"
    assert role_of(coded("The head of state of Ghana visited Togo."), "CONSULT", "actor", "GHA") == ("GHA", "GOV")


# --- coordinated demonyms share the head noun: "Sierra Leonean and Liberian refugees" are both REF; "South
#     Sudanese and Congolese soldiers" are both MIL, whichever word of a two-word demonym the parser hangs the
#     conjunct on ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,event,expected", [
    ("Security forces in Guinea tortured scores of Sierra Leonean and Liberian refugees.", "ASSAULT",
     {("SLE", "REF"), ("LBR", "REF")}),
    ("Police arrested scores of Sierra Leonean and Guinean soldiers.", "COERCE", {("SLE", "MIL"), ("GIN", "MIL")}),
    ("Rebels killed dozens of South Sudanese and Congolese soldiers.", "ASSAULT", {("SSD", "MIL"), ("COD", "MIL")}),
    ("Guinean soldiers tortured hundreds of Burkinabe and Malian refugees.", "ASSAULT",
     {("BFA", "REF"), ("MLI", "REF")}),
])
def test_coordinated_demonyms_share_the_head_noun(text, event, expected):
    ev = coded(text)
    got = {(r.code, r.sector) for e in ev if e.event == event for r in e.recipient}
    assert got == expected, parties(ev)


def test_a_demonym_with_its_own_determiner_is_its_own_phrase():
    # "a Sierra Leonean" is a person of Sierra Leone, not one of the "two Guinean soldiers"
    ev = coded("Police arrested a Sierra Leonean and two Guinean soldiers.")
    got = {(r.code, r.sector) for e in ev if e.event == "COERCE" for r in e.recipient}
    assert ("GIN", "MIL") in got and ("SLE", "MIL") not in got, parties(ev)
    assert "SLE" in {c for c, _ in got}, parties(ev)


@pytest.mark.parametrize("loader,item_id", [("load_case2021", "case2021:965"), ("load_india_police", "india:528")])
def test_a_misparsed_cycle_of_modifiers_ends(loader, item_id):
    # real news whose parse makes a conjunct of a multi-word demonym the head itself: modifier_info followed the
    # cycle until Python's recursion limit (EW900 internal) before the depth bound (resolve.MODIFIER_DEPTH)
    from eventwire.evaluate import loaders
    from eventwire.pipeline import code_batch
    from eventwire.schema import Article

    item = next(it for it in getattr(loaders, loader)().items if it.id == item_id)
    res = code_batch([Article(text=item.text, id=item_id)])
    # coded, with no error: the run report may count records the story's drop rules removed
    assert [r.status for r in res.reports] == ["coded"]
    assert all(n.strip().startswith("story_dropped:") for r in res.reports for n in (r.reason or "").split(";") if n)
    assert res.events  # both stories report attacks or arrests
