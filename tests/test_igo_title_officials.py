"""actors.resolve.ActorResolver.title_organisation: a capitalised organisation noun of a person's title ("Assembly
President X", "Council President X") refers back to the international body named before it in the story, whose
officer the person is (PLOVER manual, "Non-state international actors"; eval/voa_news/ANNOTATION.md: UN bodies
UNO); a national title or a story naming no such body leaves the person national or uncoded."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _actors(text, event="REQUEST"):
    evs, _ = code_text(text, publication_date="2005-10-10")
    return [[a.code for a in e.actor] for e in evs if e.event == event]


@pytest.mark.parametrize("text", [
    "The UN General Assembly opened its annual session in New York on Monday. Assembly President Maria Lopez "
    "urged member states to agree on reform.",
    "The UN Security Council met on Tuesday to discuss the crisis. Council President Hans Weber called on Iran to "
    "halt enrichment.",
    # a person the knowledge base holds as a national official (Jan Eliasson, SWE) serving the UN body
    "The President of the United Nations General Assembly has accelerated work on reform, his spokesman said. "
    "Assembly President Jan Eliasson urged member states to agree on a new council.",
])
def test_title_noun_of_a_named_un_body_codes_its_officer_uno(text):
    got = _actors(text)
    assert got and got[-1] == ["UNO"]


def test_the_officer_stays_uno_when_referred_to_again():
    got = _actors("The UN General Assembly opened its session on Monday. Assembly President Jan Eliasson "
                  "spoke to reporters. Later he urged member states to agree on reform.")
    assert got and got[-1] == ["UNO"]


@pytest.mark.parametrize("text, want", [
    # a national title: the person's own country
    ("Swedish Foreign Minister Jan Eliasson urged Iran to halt enrichment.", ["SWE"]),
    # a national body's officer in a story that names the UN body first
    ("The UN General Assembly opened its annual session on Monday. Kenyan Assembly Speaker Justin Muturi urged "
     "lawmakers to back the budget.", ["KEN"]),
    # no international body named before: no organisation to refer back to
    ("Assembly President Maria Lopez urged lawmakers to back the budget.", [None]),
])
def test_without_a_named_international_body_the_title_stays_national(text, want):
    got = _actors(text)
    assert got and got[-1] == want


@pytest.mark.parametrize("text, event, side, want", [
    # the UN's high commissioners' titles name their office (actors/igos.tsv)
    ("High Commissioner for Refugees Maria Costa met Brazilian President Lula in Brasilia.", "CONSULT", "actor", "UNO"),
    ("High Commissioner for Human Rights Anna Berg urged Nepal to free the detainees.", "REQUEST", "actor", "UNO"),
    # the Middle East Quartet (UN, EU, US, Russia) is an IGO; its envoy acts for it (met in Cairo, the envoy is the
    # visitor and the actor: story_context.visitor_first)
    ("Egypt's president met Middle East Quartet envoy John Hale in Cairo on Saturday.", "CONSULT", "actor", "IGO"),
])
def test_un_high_commissioners_and_quartet_envoy(text, event, side, want):
    evs, _ = code_text(text, publication_date="2007-10-10")
    got = [[x.code for x in getattr(e, side)] for e in evs if e.event == event]
    assert got and want in got[0]


def test_a_national_commissioner_stays_national():
    evs, _ = code_text("Kenyan Police Commissioner Joseph Boinnet urged protesters to go home.",
                       publication_date="2007-10-10")
    got = [[a.code for a in e.actor] for e in evs if e.event == "REQUEST"]
    assert got and got[0] == ["KEN"]


@pytest.mark.parametrize("text, want", [
    ('The United Nations condemned the bombing in Baghdad. "The Secretary-General hopes that the court will uphold '
     'the law," his spokeswoman said.', ["UNO"]),
    ("NATO ministers met in Brussels on Monday. The Secretary General urged Russia to withdraw its troops.", ["IGO"]),
    ("The UN Security Council met on Iraq. The Secretary-General later urged Iraq to hold the vote on time.", ["UNO"]),
])
def test_the_secretary_general_is_the_officer_of_the_body_named_before(text, want):
    got = _actors(text)
    assert got and got[-1] == want


@pytest.mark.parametrize("text", [
    # no international body named: no organisation to refer back to
    "The Secretary General urged police to stay calm.",
    # "the general" alone is a military officer
    "The United Nations condemned the attack. The general urged Russia to withdraw its troops.",
])
def test_without_a_named_body_the_secretary_general_gets_no_organisation_code(text):
    got = _actors(text)
    assert got and not {"UNO", "IGO", "EUR"} & set(got[-1])


@pytest.mark.parametrize("text, want", [
    ("The United Nations welcomed the vote. Mr. Hale, who is the Secretary-General's Special Representative for "
     "Liberia, urged the candidates to accept the results.", ["UNO"]),
    ("Anna Berg, who is the EU's envoy to the talks, urged Serbia to free the prisoners.", ["EUR"]),
    ("John Hale, who is the UN envoy to Sudan, urged Sudan to free the prisoners.", ["UNO"]),
])
def test_who_is_an_international_bodys_officer(text, want):
    got = _actors(text)
    assert got and got[-1] == want


@pytest.mark.parametrize("text", [
    "John Hale, who visited the UN headquarters last week, urged Sudan to free the prisoners.",
    "John Hale, who is Kenya's ambassador to the UN, urged Sudan to free the prisoners.",
])
def test_a_relative_clause_naming_the_un_otherwise_gives_no_un_code(text):
    got = _actors(text)
    assert got and "UNO" not in got[-1]


def test_a_surname_met_uncoded_finds_the_officer_once_his_office_is_said():
    got = _actors("Alan Hale said the vote in Liberia was calm. \"It went well,\" said Mr. Hale, who is the UN "
                  "envoy to Liberia. Later he urged the candidates to accept the results.")
    assert got and got[-1] == ["UNO"]


@pytest.mark.parametrize("text, want", [
    ("UNMIL troops arrested two former fighters in Monrovia.", "UNO"),
    ("MINUSTAH peacekeepers arrested a gang leader in Port-au-Prince.", "UNO"),
    ("Liberian troops arrested two former fighters in Monrovia.", "LBR"),
])
def test_un_mission_acronyms_code_their_troops_uno(text, want):
    got = _actors(text, "COERCE")
    assert got and got[0] == [want]


def _codes(text, event):
    evs, _ = code_text(text, publication_date="2005-10-10")
    return [[(a.code, a.sector) for a in e.actor] for e in evs if e.event == event]


@pytest.mark.parametrize("text, event, want", [
    # the "from"/"of" phrase the parser hangs on the first conjunct belongs to both groups
    ("Civilian police and troops from the UN peacekeeping operation in Haiti were deployed at key locations.",
     "MOBILIZE", [[("UNO", "COP")], [("UNO", "MIL")]]),
    ("Police and soldiers from the UN mission were deployed across the capital of Liberia.",
     "MOBILIZE", [[("UNO", "COP")], [("UNO", "MIL")]]),
])
def test_coordinated_groups_from_an_international_body_are_the_body(text, event, want):
    assert _codes(text, event) == want


@pytest.mark.parametrize("text, event, want", [
    # a state is not shared by this rule; a lone group from a state stays the state's
    ("Troops from Kenya were deployed in Somalia.", "MOBILIZE", [[("KEN", "MIL")]]),
    # a conjunct with a country of its own keeps it
    ("Kenyan police and troops from the UN mission were deployed in Somalia.", "MOBILIZE",
     [[("KEN", "COP")], [("UNO", "MIL")]]),
])
def test_coordinated_groups_keep_a_state_of_their_own(text, event, want):
    assert _codes(text, event) == want


@pytest.mark.parametrize("text", [
    "The UN refugee agency said camps in Chad are full. Agency spokesperson Maria Lopez urged the government to "
    "protect refugees.",
    "The World Food Programme said stocks in Chad are low. An agency spokesman urged the government to protect "
    "refugees.",
    "The UN refugee agency said camps in Chad are full. agency spokesperson Maria Lopez urged the government to "
    "protect refugees.",
])
def test_a_bare_agency_spokesperson_is_the_international_body_named_before(text):
    assert _codes(text, "REQUEST") == [[("UNO", "GOV")]]


def test_bare_organization_officials_are_the_igo_named_before():
    got = _codes("The African Union met in Addis Ababa. Organization officials urged Sudan to allow monitors in.",
                 "REQUEST")
    assert got == [[("IGO", "GOV")]]


@pytest.mark.parametrize("text, want", [
    # no international body named before: no organisation to refer back to (the country is the story's text focus,
    # story_context.text_focus: Chad is the one country the story names)
    ("Fighting spread in Chad. An agency spokesman urged the government to protect refugees.", [[("TCD", "GOV")]]),
    # a national spokesman stays national after a UN agency is named
    ("The UN refugee agency said camps in Chad are full. A Chadian government spokesman urged rebels to lay down "
     "arms.", [[("TCD", "GOV")]]),
])
def test_a_national_or_unanchored_spokesman_gets_no_body_code(text, want):
    assert _codes(text, "REQUEST") == want


_DARFUR = "Fighting spread in Sudan's Darfur region on Monday. The UN Security Council met to discuss the crisis. "


@pytest.mark.parametrize("text, want", [
    (_DARFUR + "A spokesman for the Secretary-General urged Khartoum to disarm the militias.", [[("UNO", "GOV")]]),
    (_DARFUR + "The Secretary-General's spokeswoman urged Khartoum to disarm the militias.", [[("UNO", "GOV")]]),
    ("The European Union met in Brussels on Monday. A spokeswoman for the bloc urged Belarus to free the "
     "prisoners.", [[("EUR", "GOV")]]),
])
def test_a_spokesperson_for_an_international_officer_or_body_is_the_body(text, want):
    assert _codes(text, "REQUEST") == want


@pytest.mark.parametrize("text, want", [
    # a national spokesman stays national in a story that names the UN
    (_DARFUR + "A spokesman for Sudan's foreign ministry urged the rebels to disarm.", [[("SDN", "GOV")]]),
    # no international body named before: no organisation for "the Secretary-General"
    ("Fighting spread in Sudan's Darfur region. A spokesman for the Secretary-General urged Khartoum to disarm "
     "the militias.", "no-UNO"),
])
def test_a_national_spokesman_or_an_unanchored_secretary_general_is_no_body(text, want):
    got = _codes(text, "REQUEST")
    if want == "no-UNO":
        assert got and all(code != "UNO" for side in got for code, _s in side)
    else:
        assert got == want
