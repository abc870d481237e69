"""Unit tests of the coding rules, each with variants of its own (issue 2: a fault is fixed as a kind).

Each helper codes one short text and returns compact tuples:
(event, actor codes, recipient codes, status, negated, reported, date).
"""
import pytest

from eventwire import code_text


def coded(text, pub="2024-05-14"):
    events, quotes = code_text(text, publication_date=pub)
    return [(e.event, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient), e.status,
             e.negated, e.reported, e.date) for e in events], events, quotes


def seen_triggers(text):
    """Every trigger the coder finds in ``text`` before its filters and drop rules (all sentences)."""
    from eventwire.events.triggers import TRIGGER_SOURCES, model_triggers
    from eventwire.nlp.model import load_model

    out = []
    for sent in load_model()(text).sents:
        found = []
        for source in [*TRIGGER_SOURCES, model_triggers]:
            found += source(sent, found, None)
        out += found
    return out


def seen(text):
    """PLOVER types of :func:`seen_triggers`: a test that some words code no record first shows they were
    read as a trigger, so it fails when the coder finds nothing at all."""
    return {t.event for t in seen_triggers(text)}


def find(rows, event, actor=None, recipient=None):
    return [r for r in rows if r[0] == event and (actor is None or actor in r[1])
            and (recipient is None or recipient in r[2])]


# --- passive voice (C01 kind) ------------------------------------------------------------------
@pytest.mark.parametrize("text,actor,recipient", [
    ("Ukrainian border posts were shelled by Russian artillery units on Monday.", "RUS", "UKR"),
    ("Syrian villages were bombed by Israeli warplanes.", "ISR", "SYR"),
    ("Iranian protesters were arrested by Iraqi police in Basra.", "IRQ", "IRN"),
])
def test_passive_agent_is_actor(text, actor, recipient):
    rows, _, _ = coded(text)
    assert rows and all(r[1] != (recipient,) for r in rows), rows
    assert any(actor in r[1] and recipient in r[2] for r in rows), rows


def test_agentless_passive_has_no_invented_actor():
    rows, _, _ = coded("A convoy was attacked near Kharkiv.")
    assert [r[:3] for r in rows] == [("ASSAULT", (), ())]


# --- negation (C04 kind) -----------------------------------------------------------------------
@pytest.mark.parametrize("text,event", [
    ("Sri Lanka's navy did not open fire on Indian trawlers.", "ASSAULT"),
    ("Russia never attacked Moldova.", "ASSAULT"),
    ("The Indian army has not withdrawn its troops from the border.", "RETREAT"),
])
def test_negation(text, event):
    rows, _, _ = coded(text)
    hits = find(rows, event)
    assert hits and all(r[4] for r in hits), rows


def test_negation_does_not_leak_to_next_clause():
    rows, _, _ = coded("Sri Lanka's navy did not open fire on the Indian trawlers, but it detained 12 Indian fishermen.")
    assert find(rows, "ASSAULT")[0][4] is True
    assert find(rows, "COERCE")[0][4] is False


# --- future / hypothetical / content of threats (C07, seed kind) -------------------------------
@pytest.mark.parametrize("text,event,status", [
    ("The United States will withdraw its troops from Niger.", "CONCEDE", "future"),  # an announced retreat (to come)
    ("France plans to impose sanctions on Mali.", "SANCTION", "future"),
    # under a threat ("..., Japan would respond") the condition is no record (admission.condition_of_threat)
    ("If China attacks Taiwan, markets would fall.", "ASSAULT", "hypothetical"),
    ("Egypt could expel Israeli diplomats.", "SANCTION", "hypothetical"),
])
def test_status(text, event, status):
    rows, _, _ = coded(text)
    hits = find(rows, event)
    assert hits and all(r[3] == status for r in hits), rows


@pytest.mark.parametrize("text,absent", [
    ("Germany warned Belarus that any incursion into Lithuania would trigger a response.", "ASSAULT"),
    ("Washington warned China against providing military aid to Russia.", "AID"),
    ("Brazil urged Argentina to impose sanctions on Venezuela.", "SANCTION"),
])
def test_content_of_threat_or_demand_is_not_an_event(text, absent):
    rows, _, _ = coded(text)
    assert not [r for r in find(rows, absent) if r[3] == "actual"], rows
    assert rows, "the threat/demand itself must be coded"


# --- actors -------------------------------------------------------------------------------------
def test_compound_actor_one_event_per_member():
    rows, _, _ = coded("The U.S. and the U.K. imposed sanctions on Iran.")
    assert {r[1] for r in find(rows, "SANCTION", recipient="IRN")} == {("USA",), ("GBR",)}


def test_coordinated_recipients():
    rows, _, _ = coded("Kenya urged the governments of Uganda, Rwanda and Burundi to withdraw troops.")
    assert {r[2] for r in find(rows, "REQUEST", "KEN")} == {("UGA",), ("RWA",), ("BDI",)}


@pytest.mark.parametrize("text,code", [
    ("Nigerien soldiers attacked a village.", "NER"),
    ("Nigerian soldiers attacked a village.", "NGA"),
    ("Kremlin officials condemned Poland.", "RUS"),
    ("Downing Street criticised France.", "GBR"),
    ("Sri Lanka's navy detained Indian fishermen.", "LKA"),
])
def test_actor_country_forms(text, code):
    rows, _, _ = coded(text)
    assert rows and code in rows[0][1], rows


@pytest.mark.parametrize("text,event,expected", [
    ("The Washington Post accused the Pentagon of lying.", "ACCUSE", []),
    ("Reuters reported that Iran seized a tanker.", "COERCE", [("COERCE", ("IRN",), ())]),
    ("CNN criticized the White House.", "ACCUSE", []),
])
def test_outlets_are_never_actors(text, event, expected):
    rows, events, _ = coded(text)
    assert event in seen(text)  # the act was read; an outlet as its doer gives no record
    assert [r[:3] for r in rows] == expected, rows
    for e in events:
        for ent in e.actor + e.recipient:
            assert not any(w in ent.entity_text for w in ("Post", "Reuters", "CNN")), e.to_dict()


def test_regions_stay_uncoded():
    rows, _, _ = coded("Western powers imposed sanctions on Russia.")
    assert "SANCTION" in seen("Western powers imposed sanctions on Russia.")  # read, and no actor is invented
    assert all(r[1] == () for r in find(rows, "SANCTION")), rows


def test_person_role_and_later_surname():
    _, events, quotes = coded(
        "Russian Finance Minister Anton Siluanov criticized Japan on Sunday.\n"
        "\u201cWe will respond,\u201d Siluanov said.")
    a = events[0].actor[0]
    assert (a.code, a.sector, a.name) == ("RUS", "GOV", "Anton Siluanov")
    assert quotes[0].speaker == "Anton Siluanov" and quotes[0].speaker_entity.code == "RUS"


# --- attribution --------------------------------------------------------------------------------
@pytest.mark.parametrize("text,source", [
    ("Iran seized a British tanker, according to U.S. officials.", "U.S. officials"),
    ("Israel struck Syrian targets, the Syrian army said.", "the Syrian army"),
    ("Russia has reportedly asked Iran for drones.", None),
])
def test_reported_and_sources(text, source):
    _, events, _ = coded(text)
    assert events and events[0].reported, [e.to_dict() for e in events]
    if source:
        assert source in events[0].sources


def test_direct_claim_is_not_reported():
    _, events, _ = coded("Jake Sullivan warned China on Sunday.", pub="2022-03-13")
    assert events[0].reported is False and events[0].sources == []


def test_headline_report_suffix():
    _, events, _ = coded("Iran seizing tankers in Gulf: report\nNothing else happened.")
    assert events and events[0].reported and events[0].sources == ["report"]


# --- dates ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,pub,date", [
    ("Japan protested to China on Sunday.", "2022-03-13", "2022-03-13"),   # same weekday = that day
    ("Japan protested to China on Saturday.", "2022-03-13", "2022-03-12"),
    ("Chinese warships entered Taiwanese waters on 28 December.", "2023-01-03", "2022-12-28"),
    ("Niger expelled French diplomats yesterday.", "2023-08-26", "2023-08-25"),
    ("Niger expelled French diplomats in July.", "2023-08-26", "2023-07"),
])
def test_event_dates(text, pub, date):
    _, events, _ = coded(text, pub=pub)
    assert events and events[0].date == date and events[0].date_basis == "text", [e.to_dict() for e in events]


def test_future_weekday_is_next():
    """A future meeting is coded AGREE (PLOVER manual) and dated on the coming Thursday."""
    _, events, _ = coded("Ukraine will meet Russia on Thursday.", pub="2022-03-01")
    assert events[0].event == "AGREE" and events[0].date == "2022-03-03"


@pytest.mark.parametrize("text,mode", [
    ("Israel refused to meet Jordan's king.", "meet"),
    ("Turkey refused to expel Swedish diplomats.", None),
    ("Pakistan declined to deploy peacekeepers in Iraq.", None),
    ("Syria said it will not accept any more refugees.", None),
    ("Pakistan has refused to withdraw its troops from the border.", "yield"),
    ("Israel and Syria failed to reach agreement on Sunday.", None),
])
def test_refused_cooperation_is_reject(text, mode):
    _, events, _ = coded(text)
    rej = [e for e in events if e.event == "REJECT"]
    assert rej and rej[0].mode == mode and not rej[0].negated, [e.to_dict() for e in events]


@pytest.mark.parametrize("text,recipient", [
    ("Russia said on Tuesday that Sudan must return a captured helicopter.", "SDN"),
    ("The Bush administration declared that China must drop barriers to U.S. exports.", "CHN"),
    ("Britain insisted that Libya should hand over the suspects.", "LBY"),
])
def test_must_statement_is_request(text, recipient):
    rows, _, _ = coded(text)
    assert find(rows, "REQUEST", recipient=recipient), rows


@pytest.mark.parametrize("text", [
    "Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday.",
    "Hundreds of Iraqi Kurds staged a rally in Kirkuk.",
    "A group of Iraqi Kurds went on strike.",
])
def test_quantity_heads_and_nominal_protests(text):
    rows, _, _ = coded(text)
    assert find(rows, "PROTEST", actor="IRQ"), rows


def test_publication_date_fallback_and_month_precision():
    _, events, _ = coded("Chad recalled its ambassador from Sudan.", pub="2024-02")
    assert events[0].date == "2024-02" and events[0].date_basis == "publication"


def test_no_statement_fallback():
    rows, _, _ = coded("Bolivia's president spoke with reporters about lithium prices.")
    assert rows == []


def test_sentence_cap():
    text = ("Kenya urged Uganda, Rwanda, Burundi, Tanzania, Ethiopia, Somalia, Sudan, Egypt and Chad "
            "to join the fund.")
    rows, _, _ = coded(text)
    assert 0 < len(rows) <= 6


def test_events_over_the_sentence_cap_are_reported_not_hidden():
    from eventwire.pipeline import code_batch
    from eventwire.schema import Article

    # one 2,300-character sentence of distinct dyads (repeats of one dyad are one record): no run-on cut
    states = ["France", "Germany", "Spain", "Italy", "Poland", "Sweden", "Norway", "Finland", "Denmark", "Austria",
              "Hungary", "Romania", "Greece", "Portugal", "Ireland", "Belgium", "Chile", "Peru", "Japan", "Kenya"]
    text = "; ".join(f"Russia attacked {a}, {a} condemned {b}" for a, b in zip(states, states[1:] + states[:1]))
    text = (text + "; " + text[:2300 - len(text)].rsplit(";", 1)[0] if len(text) < 2300 else text) + "."
    res = code_batch([Article(text=text, publication_date="2024-01-01")])
    (rep,) = res.reports
    assert rep.status == "coded" and rep.reason.startswith("capped_events:")
    capped = int(rep.reason.split(":")[1].split()[0])
    assert capped > 0 and rep.events == 6 + (len(text) - 400) // 100  # the long-sentence allowance


def test_a_run_on_without_sentence_ends_is_cut_at_clause_marks_and_stays_linear():
    from eventwire.nlp.segment import RUN_ON_PIECE, segment_article
    from eventwire.pipeline import code_batch
    from eventwire.schema import Article

    text = "".join(f"Russia attacked Ukraine on day {i} and the United States condemned Russia and " for i in range(400))
    seg = segment_article(text)
    assert seg.run_on_cuts > 0 and all(len(s.text) <= RUN_ON_PIECE for s in seg.segments)
    assert "".join(text[s.start:s.end] for s in seg.segments) == text.strip()  # nothing lost, offsets exact
    (rep,) = code_batch([Article(text=text, publication_date="2024-01-01")]).reports
    # every piece is coded (a piece repeats one attack and one condemnation: two records each)
    assert rep.status == "coded" and "run_on_cuts:" in rep.reason and rep.events >= 2 * len(seg.segments) - 2
    # the same clause repeated: its identical pieces are coded once and counted (tests/test_run_on_repeats.py)
    rep_seg = segment_article("Russia attacked Ukraine on Monday and the United States condemned Russia and " * 400)
    assert rep_seg.run_on_cuts > 0 and rep_seg.collapsed_repeats > 0
    kept = [" ".join(s.text.split()) for s in rep_seg.segments]
    assert len(kept) == len(set(kept)) < 10


def test_deterministic_ids():
    a, _, _ = coded("Iran seized a British tanker on Friday.")
    _, e1, _ = coded("Iran seized a British tanker on Friday.")
    _, e2, _ = coded("Iran seized a British tanker on Friday.")
    assert [e.to_dict() for e in e1] == [e.to_dict() for e in e2]


@pytest.mark.parametrize("text,recipient", [
    ("The United States will withdraw its troops from Niger. Nigerien leaders said they had demanded the pullout.", "USA"),
    ("France attacked rebel positions in Mali. Algeria condemned the attack.", "FRA"),
    ("Russia proposed talks with Ukraine. Kyiv rejected the talks.", "RUS"),
])
def test_definite_event_noun_points_back_to_its_actor(text, recipient):
    """'the pullout', 'the attack': a definite event noun refers to the latest event of its type."""
    _, events, _ = coded(text)
    last = [e for e in events if e.text_info["sentence_index"] == 1]
    assert last and any(r.code == recipient for e in last for r in e.recipient), [e.to_dict() for e in events]


@pytest.mark.parametrize("text,actor", [
    ("Eight people were killed in an air strike by Syrian government forces in Idlib.", "SYR"),
    ("Three soldiers were wounded in an attack by Taliban fighters.", "AFG"),
])
def test_agent_of_the_means(text, actor):
    rows, _, _ = coded(text)
    assert find(rows, "ASSAULT", actor=actor), rows


# --- bad input through the coder (issue 2, item 5; field cases C33, C36) ------------------------
def test_five_megabyte_liveblog_is_coded_whole_without_duplicates():
    """C36: 5 MB, the only event at 98 %: found once, at its true offset; filler coded once."""
    from eventwire import code_batch
    from eventwire.schema import Article

    filler = "Live updates continue as officials assess the situation across the region. "
    event = "At 23:40 Israeli aircraft struck a weapons depot near Damascus airport, Syrian state media reported. "
    text = filler * (4_900_000 // len(filler)) + event + filler * 1000
    res = code_batch([Article(text=text, id="c36", publication_date="2024-01-03")])
    assert res.reports[0].status == "coded" and res.reports[0].reason.startswith("collapsed_repeats:")
    [e] = res.events
    assert (e.event, e.actor[0].code, e.recipient[0].code, e.reported) == ("ASSAULT", "ISR", "SYR", True)
    assert text[e.text_info["start"]:e.text_info["end"]] == "struck"
    assert e.text_info["start"] > 4_800_000


def test_long_distinct_text_is_split_at_sentence_ends_not_truncated():
    """Over the 100,000-character chunk limit with no repeats: every part is coded."""
    from eventwire import code_batch
    from eventwire.schema import Article

    body = "".join(f"Officials in district {i} reviewed budget item {i * 7} on schedule. " for i in range(2400))
    text = "Kenya expelled two Ugandan diplomats. " + body + "Chad recalled its ambassador from Sudan."
    assert len(text) > 150_000
    res = code_batch([Article(text=text, id="long", publication_date="2024-02-02")])
    got = {(e.event, e.actor[0].code) for e in res.events}
    assert ("SANCTION", "KEN") in got and ("SANCTION", "TCD") in got
    last = [e for e in res.events if e.actor[0].code == "TCD"][0]
    assert text[last.text_info["start"]:last.text_info["end"]].startswith("recalled")


@pytest.mark.parametrize("text", ["", "   \n\t \n"])
def test_empty_text_is_a_skip_with_reason(text):
    from eventwire import code_batch
    from eventwire.schema import Article

    res = code_batch([Article(text=text, id="empty"), Article(text="Iran seized a British tanker.", id="ok")])
    assert [r.status for r in res.reports] == ["skipped", "coded"]
    assert res.reports[0].reason.startswith("empty_input") and res.events


@pytest.mark.parametrize("text", ["Russian forces attacked Kyiv on Monday.", "Russian forces attacked Kyiv yesterday.",
                                  "Russian forces attacked Kyiv overnight."])
def test_month_only_publication_date_invents_no_day(text):
    """C21 kind: a weekday against a month-only publication date keeps month precision."""
    _, events, _ = coded(text, pub="2024-02")
    assert events and events[0].date == "2024-02" and events[0].date_basis == "publication"


@pytest.mark.parametrize("text,event,actor", [
    ("Qatar launched a mediation effort between the Emirates and Saudi Arabia.", "CONSULT", "QAT"),
    ("Palestinian riots against Israeli policies continued on Monday.", "PROTEST", "PSE"),
    ("Seven Nepalese opposition parties organized a general strike in Kathmandu.", "PROTEST", "NPL"),
    ("France is ready to contribute 4,000 troops to a peacekeeping force in Liberia.", "AGREE", "FRA"),
])
def test_event_nouns_on_carriers_and_protest_nouns(text, event, actor):
    rows, _, _ = coded(text)
    assert find(rows, event, actor=actor), rows


# --- accuracy work, session 3: each kind with the gold sentence's shape and variants of my own ---------
def actors_of(rows, event):
    return [(r[1], r[2]) for r in rows if r[0] == event]


@pytest.mark.parametrize("text,event,actor", [
    ("The US on Thursday rejected calls by Kofi Annan to adopt reforms.", "REJECT", "USA"),
    ("The US criticised Iran's missile tests.", "ACCUSE", "USA"),
    ("Russia and the US agreed to resume talks.", "AGREE", "USA"),
])
def test_all_capital_us_is_the_country_not_the_pronoun(text, event, actor):
    rows, _, _ = coded(text)
    assert any(actor in a for a, _ in actors_of(rows, event)), rows


def test_lower_case_us_stays_a_pronoun():
    rows, _, _ = coded("Russia attacked us, the mayor said.")
    assert find(rows, "ASSAULT", "RUS"), rows
    assert not any("USA" in r[1] + r[2] for r in rows), rows


@pytest.mark.parametrize("text,event,code", [
    ("Bosnian Serbs demanded a truce with Moslem forces in east Bosnia.", "REQUEST", "BIH"),
    ("Iraqi Kurds protested against the government in Erbil.", "PROTEST", "IRQ"),
    ("Kosovo Albanians accused Serbia of torture.", "ACCUSE", "XKX"),
])
def test_a_people_named_by_two_demonyms_lives_in_the_first(text, event, code):
    rows, events, _ = coded(text)
    ev = [e for e in events if e.event == event]
    assert ev and ev[0].actor[0].code == code and ev[0].actor[0].sector == "CVL", rows


@pytest.mark.parametrize("text,code,sector", [
    ("Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded a ceasefire.", "UNO", "GOV"),
    ("Josephine Odumakin, a Nigerian women's rights activist, demanded an inquiry.", "NGA", None),
    ("Catherine Russell, UNICEF's executive director, demanded an end to the hostilities.", "UNO", "GOV"),
])
def test_an_unknown_name_takes_its_apposition(text, code, sector):
    _, events, _ = coded(text)
    ev = [e for e in events if e.event == "REQUEST"]
    assert ev and ev[0].actor[0].code == code, [e.to_dict() for e in events]
    if sector:
        assert ev[0].actor[0].sector == sector  # an IGO officer is no business (BUS from "director")


@pytest.mark.parametrize("text,actor,recipient", [
    ("The US on Thursday rejected calls by UN Secretary-General Antonio Guterres to adopt reforms.", "USA", "UNO"),
    ("Rebels in the Ivory Coast dismissed an appeal from the Ivorian government to lay down their arms.", "CIV", "CIV"),
    ("Syria accepted Russia's offer of talks.", "SYR", "RUS"),
    ("Beirut again rejected a United Nations appeal for deploying army troops.", "LBN", "UNO"),
])
def test_the_maker_of_a_rejected_or_accepted_proposal_is_the_recipient(text, actor, recipient):
    rows, _, _ = coded(text)
    assert any(actor in r[1] and recipient in r[2] for r in rows if r[0] in ("REJECT", "AGREE")), rows


@pytest.mark.parametrize("text,code,mode", [
    ("A roadside bombing near the town of Samarra on Sunday killed one U.S. soldier.", "IRQ", "explosives"),
    ("Three US servicemen were killed by an improvised explosive device outside of the Iraqi city of Basra.",
     "IRQ", "explosives"),
    ("A suicide bombing killed 12 people in Mogadishu.", "SOM", "suicide-attack"),
    ("A bomb blast killed five shoppers in a market in Kabul and Lahore.", None, None),  # two countries: no code
])
def test_an_attack_by_nobody_named_has_an_implicit_unidentified_armed_force(text, code, mode):
    _, events, _ = coded(text)
    ev = [e for e in events if e.event == "ASSAULT"]
    assert ev, text
    a = ev[0].actor[0]
    assert (a.sector, a.code, a.entity_text, a.start) == ("UAF", code, "", None)  # implicit: no text, no offsets
    if mode:
        assert ev[0].mode == mode


def test_an_agentless_shooting_of_a_named_convoy_keeps_no_actor():
    rows, _, _ = coded("A convoy was attacked near Kharkiv.")
    assert [r[:3] for r in rows] == [("ASSAULT", (), ())]  # no means named: nobody invented


def test_the_subject_of_came_under_attack_is_not_the_attacker():
    text = "The train was passing through a tunnel when it came under attack."
    rows, _, _ = coded(text)
    assert "ASSAULT" in seen(text)  # the attack is read; the train is not its attacker
    assert not any(r[0] == "ASSAULT" and r[1] for r in rows), rows


def test_came_under_fire_is_not_read_as_an_attack():
    """"came under fire": today no trigger at all (so no attacker can be invented either); this pins that."""
    text = "Government forces came under fire near the border."
    rows, _, _ = coded(text)
    # since issue 13 the detector may read "fire" as the figurative ACCUSE ("came under fire" = criticised); no
    # trigger reads it as an attack and no record comes of it
    assert "ASSAULT" not in seen(text) and rows == [], rows


@pytest.mark.parametrize("text,actor,sector", [
    ("Afghan rebel leaders met U.N. mediator Diego Cordovez.", "AFG", "REB"),
    ("Seven opposition parties in Nepal have organized a general strike.", "NPL", "OPP"),
    ("Kenyan union leaders called a strike.", "KEN", "LAB"),
    ("Iraqi government officials met the rebel commander.", "IRQ", "GOV"),
])
def test_a_sector_noun_before_a_generic_head_decides_the_sector(text, actor, sector):
    _, events, _ = coded(text)
    assert events and (events[0].actor[0].code, events[0].actor[0].sector) == (actor, sector), \
        [e.to_dict() for e in events]


@pytest.mark.parametrize("text,event,recipient", [
    ("The United Nations will provide nearly 25,000 tons of emergency food aid to Liberia.", "AID", "LBR"),
    ("The United States suspended part of a military aid program for Bosnia.", "SANCTION", "BIH"),
    ("Japan delivered a shipment of food aid to North Korea.", "AID", "PRK"),
])
def test_a_measure_or_part_stands_for_what_it_measures(text, event, recipient):
    rows, _, _ = coded(text)
    ev = find(rows, event) or find(rows, "AGREE")  # a future AID is an AGREE
    assert ev and recipient in ev[0][2], rows


@pytest.mark.parametrize("text,event,mode", [
    ("Some 500,000 Serbian workers stopped work on Monday.", "PROTEST", "strike"),
    ("Syrian rebels engaged Filipino peacekeepers in a firefight in the Golan Heights.", "ASSAULT", "firearms"),
    ("Palestinian youths threw stones at Israeli soldiers.", "PROTEST", "riot"),
    ("Rebels in the Ivory Coast blocked transport into Abidjan.", "PROTEST", "obstruct"),
    ("Hezbollah launched rockets at northern Israel.", "ASSAULT", "heavy-weapons"),
    ("Uzbekistan opened the Friendship Bridge to Afghanistan.", "RETREAT", "access"),
    ("French authorities released an impounded Greenpeace ship.", "RETREAT", "release"),
    ("Italy announced a suspension of air links with Serbia.", "SANCTION", "discontinue"),
])
def test_new_patterns(text, event, mode):
    _, events, _ = coded(text)
    ev = [e for e in events if e.event == event]
    assert ev and ev[0].mode == mode, [e.to_dict() for e in events]


def test_parties_to_a_conflict_are_no_political_parties():
    rows, events, _ = coded("The United Nations demanded that the parties to the conflict allow aid convoys.")
    assert find(rows, "REQUEST", "UNO"), rows
    assert not any(x.sector == "PTY" for e in events for x in e.actor + e.recipient)


@pytest.mark.parametrize("text,protest_recipient", [
    ("Tens of thousands of students throughout Indonesia staged demonstrations to demand reforms by the government.",
     "IDN"),
    ("Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday calling for independence from Iraq.", None),
    ("Young Algerians blocked roads leading to the city centre to press their demands for greater freedom.", None),
    ("Angry activists staged rallies in Gaza against Palestinian President Mahmoud Abbas, saying he must resign.",
     "PSE"),
])
def test_the_topic_of_a_protest_is_not_a_separate_request(text, protest_recipient):
    rows, _, _ = coded(text)
    assert find(rows, "PROTEST") and not find(rows, "REQUEST"), rows  # PLOVER manual, PROTEST
    if protest_recipient:
        assert protest_recipient in find(rows, "PROTEST")[0][2], rows


def test_a_demand_outside_a_protest_is_still_coded():
    rows, _, _ = coded("Students marched in Jakarta. The Indonesian government demanded that they return to class.")
    assert find(rows, "PROTEST") and find(rows, "REQUEST"), rows


@pytest.mark.parametrize("text,event,coded_instead", [
    ("The ILO reiterated its demand that Israel ease restrictions on Palestinian workers.", "CONCEDE", "CONCEDE"),
    ("Russia demanded that Ukraine withdraw its troops from the border.", "RETREAT", "REQUEST"),
    ("Mubarak said that the US must be ready to mediate between Israelis and Palestinians.", "CONSULT", "REQUEST"),
    ("This dangerous abuse must be rejected, Iran said.", "REJECT", "REQUEST"),
])
def test_what_is_demanded_or_obliged_has_not_happened(text, event, coded_instead):
    rows, events, _ = coded(text)
    assert event in seen(text) and find(rows, coded_instead), rows  # the act is read; the demand is coded
    ev = [e for e in events if e.event == event]
    assert all(e.status == "hypothetical" for e in ev), [e.to_dict() for e in events]


@pytest.mark.parametrize("text,recipient", [
    ("The Azerbaijani parliament threatened to break relations with Russia unless the Kremlin closed its base.", "RUS"),
    ("A French minister threatened to impose import restrictions against German goods.", "DEU"),
    ("Turkey threatened to cut trade with Israel.", "ISR"),
])
def test_the_target_of_a_threatened_act_on_its_object(text, recipient):
    rows, _, _ = coded(text)
    assert any(recipient in r[2] for r in find(rows, "THREATEN")), rows


@pytest.mark.parametrize("text,event,recipient", [
    ("Poland's parliament demanded an immediate admission by Moscow of the killings.", "REQUEST", "RUS"),
    ("The Arab League called for a withdrawal by Israel from the occupied territories.", "REQUEST", "ISR"),
    ("Some 800,000 Iraqi Kurds sought refuge in Germany last month.", "REQUEST", "DEU"),
    ("Benin was still refusing admittance to Ghanaians.", "REJECT", "GHA"),
])
def test_recipients_of_demands_requests_and_refusals(text, event, recipient):
    rows, _, _ = coded(text)
    assert any(recipient in r[2] for r in find(rows, event)), rows


@pytest.mark.parametrize("text,actor", [
    ("Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia.", "SRB"),
    ("Ethnic Albanians in south Serbia are demanding a U.N. military presence.", "SRB"),
    ("Ethnic Albanians attacked a police station.", "ALB"),  # nowhere named: the demonym's country
    ("Ethnic Russians protested in Estonia against the language law.", "EST"),
])
def test_an_ethnic_group_is_coded_by_where_it_lives(text, actor):
    _, events, _ = coded(text)
    assert events and (events[0].actor[0].code, events[0].actor[0].sector) == (actor, "CVL"), \
        [e.to_dict() for e in events]


@pytest.mark.parametrize("text,recipient", [
    ("The Nigerian foreign minister summoned Niger's ambassador to complain.", ("NER", "GOV")),
    ("Israeli army bulldozers demolished Palestinian homes in southern Gaza.", ("PSE", "CVL")),
    ("The German government welcomed President Biden's latest policy statement.", ("USA", "GOV")),
])
def test_sectors_of_recipients_named_inside_their_object(text, recipient):
    _, events, _ = coded(text)
    assert any((r.code, r.sector) == recipient for e in events for r in e.recipient), [e.to_dict() for e in events]


@pytest.mark.parametrize("text,actor,recipient", [
    ("Four children and a man were killed in Israeli tank shelling in the east of the Gaza Strip.", "ISR", None),
    ("Three civilians died in a Russian missile strike on Kharkiv.", "RUS", None),
    ("Five soldiers were wounded in a Turkish air strike near the border.", "TUR", None),
])
def test_the_nationality_of_the_means_is_the_attacker(text, actor, recipient):
    _, events, _ = coded(text)
    ev = [e for e in events if e.event == "ASSAULT" and e.actor]
    assert ev and ev[0].actor[0].code == actor, [e.to_dict() for e in events]


@pytest.mark.parametrize("text", [
    "Two soldiers died in an attack on their base.",
    "Dozens of villagers perished in the attack.",
])
def test_who_died_in_an_attack_is_not_its_attacker(text):
    _, events, _ = coded(text)
    assert "ASSAULT" in seen(text)  # the attack is read; who died is not its attacker
    assert not any(e.actor and e.actor[0].entity_text for e in events if e.event == "ASSAULT"), \
        [e.to_dict() for e in events]


@pytest.mark.parametrize("text,pairs", [
    ("The US, Russia, and Switzerland met yesterday.", {("USA", "RUS"), ("RUS", "USA"), ("USA", "CHE"),
                                                         ("CHE", "USA"), ("RUS", "CHE"), ("CHE", "RUS")}),
    ("Barack Obama and Vladimir Putin met in Zurich.", {("USA", "RUS"), ("RUS", "USA")}),
    ("Armenian and Azerbaijani forces clashed on the border.", {("ARM", "AZE"), ("AZE", "ARM")}),
])
def test_coordinated_parties_of_a_reciprocal_verb_act_on_each_other(text, pairs):
    rows, _, _ = coded(text, pub="2015-06-01")
    assert {(r[1][0], r[2][0]) for r in rows if r[1] and r[2]} == pairs, rows


def test_a_one_sided_verb_with_coordinated_actors_is_not_reciprocal():
    rows, _, _ = coded("Russia and China attacked Ukraine.")
    assert {(r[1][0], r[2][0]) for r in rows} == {("RUS", "UKR"), ("CHN", "UKR")}, rows


def test_one_entity_with_two_codes_is_no_dyad():
    rows, _, _ = coded("Iran's U.N. ambassador participated in the meeting.")
    assert find(rows, "CONSULT", "IRN"), rows
    assert not any(r[2] for r in rows), rows


@pytest.mark.parametrize("text,event,actor,status", [
    ("Obama is scheduled to attend a summit on the unrest in Iran.", "AGREE", "USA", "future"),
    ("Iran was forced to withdraw its troops from Syria.", "RETREAT", "IRN", "actual"),
    ("The United States and Ukraine were supposed to sign a minerals deal.", "SUPPORT", "USA", "hypothetical"),
])
def test_the_passive_subject_of_a_governor_does_its_complement(text, event, actor, status):
    _, events, _ = coded(text, pub="2015-06-01")
    ev = [e for e in events if e.event == event and e.actor and e.actor[0].code == actor]
    assert ev, [e.to_dict() for e in events]
    if status:
        assert ev[0].status == status


def test_bombard_is_an_assault():
    rows, _, _ = coded("Insurgents bombarded a government-held part of Syria's second city Aleppo overnight.")
    assert find(rows, "ASSAULT", recipient="SYR"), rows


@pytest.mark.parametrize("text,event", [
    ("North Korea has tried to hack into the computers of South Korean army officers.", "COERCE"),
    ("Militants said they attempted to assassinate Prime Minister Iyad Allawi.", "ASSAULT"),
    ("Rebels tried to storm the presidential palace in Bangui.", "ASSAULT"),
])
def test_an_attempt_is_an_act_not_a_threat(text, event):
    _, events, _ = coded(text)
    ev = [e for e in events if e.event == event]
    assert ev and ev[0].status == "actual" and not any(e.event == "THREATEN" for e in events), \
        [e.to_dict() for e in events]


def test_records_say_which_manual_rule_recoded_them():
    _, events, _ = coded("France will host talks with Iran next week. Iran refused to meet the envoy.")
    got = {(e.event, e.text_info["rule"]["type"], e.text_info.get("coded_from")) for e in events}
    assert ("AGREE", "future-as-agree", "CONSULT") in got and ("REJECT", "refused-as-reject", "CONSULT") in got
    _, events, _ = coded("Students staged demonstrations to demand reforms by the government.")
    (p,) = [e for e in events if e.event == "PROTEST"]
    s, e = p.text_info["topic"]
    assert "Students staged demonstrations to demand reforms by the government."[s:e] == "demand"
    _, events, _ = coded("Russian forces attacked Kyiv on Monday.")
    ti = events[0].text_info  # nothing recoded: the type is the trigger's, and no coded_from
    assert ti["rule"]["type"] == ti["rule"]["trigger"] and "coded_from" not in ti
    assert ti["rule"]["trigger"].startswith("pattern:attack/V@")  # the row of verbs.tsv, by its line


@pytest.mark.parametrize("text,event,status", [
    ("Gambian President Dawda Jawara will visit Senegal to mediate in a border dispute.", "CONSULT", "future"),
    ("Russia would send troops to fight the rebels.", "ASSAULT", "hypothetical"),
    ("The US defended the right of Russian troops to fire on militants in Azerbaijan.", "ASSAULT", "hypothetical"),
    ("Macedonia is preparing a major offensive against ethnic Albanian guerrillas.", "ASSAULT", "future"),
    ("Turkey announced a plan to attack Kurdish positions in Syria.", "ASSAULT", "hypothetical"),
])
def test_purposes_rights_and_preparations_are_not_acts_yet(text, event, status):
    _, events, _ = coded(text)
    ev = [e for e in events if e.event == event or e.text_info.get("coded_from") == event]
    assert ev and ev[0].status in (status, "actual" if ev[0].event in ("AGREE", "THREATEN") else status), \
        [e.to_dict() for e in events]
    if ev[0].event == "AGREE":  # a future CONSULT is an AGREE (PLOVER manual)
        assert ev[0].text_info["rule"]["type"] == "future-as-agree"
    if ev[0].event == "THREATEN":  # a planned attack is a threat made now (PLOVER manual, auxiliary modes)
        assert ev[0].text_info["rule"]["type"] == "planned-force-as-threaten"


def test_a_purpose_of_an_act_that_happened_is_not_demoted():
    _, events, _ = coded("Russian troops entered the town on Monday to fight the rebels.")
    assert [e.status for e in events if e.event == "ASSAULT"] == ["actual"]


@pytest.mark.parametrize("text,event", [
    ("Rebels blew up a railway bridge near Quetta.", "ASSAULT"),
    ("The United States is providing aerial photographs and intelligence to Macedonia.", "AID"),
])
def test_blowing_up_is_an_assault_and_intelligence_is_aid(text, event):
    rows, _, _ = coded(text)
    assert find(rows, event), rows


@pytest.mark.parametrize("text,event,status", [
    ("Iraq said it would allow the return of U.N. weapons inspectors.", "AGREE", "future"),
    ("Japan said it would provide aid to Nepal.", "AGREE", "future"),  # future AID -> AGREE (manual), a promise
    ("The minister told reporters that Greece would veto the proposal.", "REJECT", "future"),
])
def test_would_in_reported_speech_is_a_future(text, event, status):
    _, events, _ = coded(text)
    ev = [e for e in events if e.event == event]
    assert ev and ev[0].status == status, [e.to_dict() for e in events]


@pytest.mark.parametrize("text", [
    "Russia would attack Ukraine if NATO expanded.",  # a condition: a threat, not a plan
    "Russia said it could cut gas supplies to Europe.",  # announced and hypothetical
])
def test_conditional_or_announced_hypothetical_coercion_is_a_threat(text):
    rows, _, _ = coded(text)
    assert find(rows, "THREATEN"), rows


@pytest.mark.parametrize("text,event", [
    # reported "would" is the backshifted "will": the act with status future, as "will phase out" in the seed
    ("The United States announced it would prohibit all aid to Albanian rebels in Macedonia.", "SANCTION"),
    ("Palestinian leaders said they would boycott all official contact with the United States.", "PROTEST"),
])
def test_reported_would_is_the_announced_act_in_the_future(text, event):
    _, events, _ = coded(text)
    ev = [e for e in events if e.event == event]
    assert ev and ev[0].status == "future" and not any(e.event == "THREATEN" for e in events), \
        [e.to_dict() for e in events]


def test_accepting_demands_is_a_concession():
    rows, _, _ = coded("The Mozambique government accepted demands from rebels that it initiate reforms.")
    assert find(rows, "CONCEDE", actor="MOZ") and not find(rows, "AGREE"), rows


def test_would_without_a_speaker_stays_hypothetical():
    from eventwire.events import modality

    text = "A deal with Iran would ease sanctions on its oil exports."
    (trig,) = [t for t in seen_triggers(text) if t.event == "RETREAT"]  # "ease sanctions"
    assert modality.status(trig.token, trig.token.sent) == "hypothetical"  # no speaker: no backshifted "will"
    _, events, _ = coded(text)
    assert all(e.status == "hypothetical" for e in events), [e.to_dict() for e in events]


@pytest.mark.parametrize("text,recipient", [
    ("Albania on Friday denounced as an ugly crime Serbia's suppression of unrest in Montenegro.", "SRB"),
    ("Croatia is investigating alleged war crimes by Croatian extremists against Serb civilians.", "HRV"),
    ("Serbian military police launched an investigation into crimes committed by Croat forces.", "HRV"),
    ("The EU condemned the attack by Russian forces on Kharkiv.", "RUS"),
])
def test_the_doer_of_a_condemned_or_investigated_act_is_the_recipient(text, recipient):
    rows, _, _ = coded(text)
    assert any(recipient in r[2] for r in find(rows, "ACCUSE")), rows


def test_a_condemned_party_named_directly_stays_the_recipient():
    rows, _, _ = coded("The US condemned Israel and Hamas.")
    assert {r[2] for r in find(rows, "ACCUSE")} == {("ISR",), ("PSE",)} or \
        {c for r in find(rows, "ACCUSE") for c in r[2]} >= {"ISR"}, rows


@pytest.mark.parametrize("text,actor,recipient", [
    ("Gunmen abducted 20 pupils from a primary school in Nigeria's Kaduna state on Thursday.", "NGA", "NGA"),
    ("Sudanese rebels shelled Juba, killing about 20 people, relief officials in Nairobi said.", "SDN", None),
    ("The EU condemned the attack by Russian forces on Kharkiv.", "RUS", "UKR"),
])
def test_places_code_unidentified_attackers_and_their_victims(text, actor, recipient):
    _, events, _ = coded(text)
    ev = [e for e in events if e.event == "ASSAULT" and e.actor]
    assert ev and ev[0].actor[0].code == actor, [e.to_dict() for e in events]
    codes = {r.code for e in ev for r in e.recipient}
    if recipient:
        assert recipient in codes
    assert "KEN" not in codes  # the speakers' town places nothing


def test_a_direction_word_is_no_town():
    rows, _, _ = coded("U.S. officials alleged that the North admitted it had a uranium program.")
    assert find(rows, "ACCUSE", "USA"), rows
    assert not any("USA" in r[2] for r in rows), rows


@pytest.mark.parametrize("text,actor", [
    ("The Albanians of southern Serbia are demanding autonomy from Serbian authorities.", ("SRB", "CVL")),
    ("The Red Cross operating in Iraq said US and British forces must ensure security.", ("NGO", "MED")),
])
def test_people_of_a_place_and_reduced_relative_subjects(text, actor):
    _, events, _ = coded(text)
    assert events and (events[0].actor[0].code, events[0].actor[0].sector) == actor, [e.to_dict() for e in events]


@pytest.mark.parametrize("text,actor,recipient", [
    ("A group of Chechen refugees continued a hunger strike in protest of the Russian government's refusal.",
     None, "RUS"),
    ("Hundreds of thousands of people blocked streets in Hong Kong in defiance of Chinese authorities.", "HKG", None),
    ("Liberian riot police used tear gas to disperse demonstrators protesting election results in Monrovia.",
     "LBR", None),
])
def test_protesters_and_what_they_protest(text, actor, recipient):
    _, events, _ = coded(text)
    ev = [e for e in events if e.event == "PROTEST"]
    assert ev, [e.to_dict() for e in events]
    assert all(x.sector != "COP" for e in ev for x in e.actor)  # the police do not protest
    if actor:
        assert ev[0].actor[0].code == actor
    if recipient:
        assert recipient in {r.code for e in ev for r in e.recipient}


def test_killed_in_a_car_bomb_explosion_has_an_unidentified_attacker():
    _, events, _ = coded("A prominent journalist has been killed in a car bomb explosion in eastern Beirut.")
    (e,) = [e for e in events if e.event == "ASSAULT"]
    assert (e.actor[0].code, e.actor[0].sector, e.mode) == ("LBN", "UAF", "explosives")


@pytest.mark.parametrize("text,event,actor,recipient", [
    ("Georgian demonstrators received weapons from the Georgian government.", "AID", ("GEO", "GOV"), ("GEO", "CVL")),
    ("Ukraine received military aid from Germany.", "AID", ("DEU", "GOV"), ("UKR", "GOV")),
    ("The rebels received assurances from the Sudanese government.", "AGREE", ("SDN", "GOV"), (None, "REB")),
])
def test_the_giver_acts_when_the_subject_receives(text, event, actor, recipient):
    _, events, _ = coded(text)
    ev = [e for e in events if e.event == event]
    assert ev and (ev[0].actor[0].code, ev[0].actor[0].sector) == actor, [e.to_dict() for e in events]
    assert (ev[0].recipient[0].code, ev[0].recipient[0].sector) == recipient


def test_receiving_a_delegation_is_hosting_it():
    _, events, _ = coded("Ukraine received a delegation from Poland.")
    assert [(e.event, e.mode, e.actor[0].code) for e in events] == [("CONSULT", "host", "UKR")]


@pytest.mark.parametrize("text,event,recipient", [
    ("Syrian rebels engaged Filipino peacekeepers in a firefight in the Golan Heights.", "ASSAULT", "PHL"),
    ("Ukrainian lawmakers endorsed an association agreement with the European Union.", "SUPPORT", "EUR"),
    ("Obama ordered an investigation against Iran.", "REQUEST", "IRN"),
    ("Russia is conducting military exercises in Alaska.", "MOBILIZE", "USA"),
])
def test_recipients_on_light_verbs_objects_and_places_of_exercises(text, event, recipient):
    rows, _, _ = coded(text, pub="2015-06-01")
    assert any(recipient in r[2] for r in find(rows, event)), rows


def test_an_unknown_foreign_president_does_not_inherit_the_actors_country():
    rows, _, _ = coded("The US commander in Iraq held talks with President Michel Suleiman in Beirut.")
    assert find(rows, "CONSULT", "USA"), rows
    assert not any("USA" in r[2] for r in rows), rows


def test_exercises_at_home_have_no_recipient():
    rows, _, _ = coded("Russia is conducting military exercises near Moscow.")
    assert find(rows, "MOBILIZE") and not any(r[2] for r in find(rows, "MOBILIZE")), rows


@pytest.mark.parametrize("text,event,actor,recipient", [
    ("Obama faces pressure from Congress to help Iran.", "REQUEST", "LEG", "USA"),
    ("Israel came under criticism from France over the settlements.", "ACCUSE", "FRA", "ISR"),
    ("The government drew criticism from Human Rights Watch.", "ACCUSE", "NGO", None),
])
def test_what_the_subject_of_face_or_come_under_undergoes(text, event, actor, recipient):
    _, events, _ = coded(text, pub="2015-06-01")
    ev = [e for e in events if e.event == event]
    assert ev and actor in (ev[0].actor[0].code, ev[0].actor[0].sector), [e.to_dict() for e in events]
    if recipient:
        assert ev[0].recipient and ev[0].recipient[0].code == recipient


def test_who_fired_the_weapon_is_the_attacker():
    _, events, _ = coded("The airliner was blown up over eastern Ukraine by a missile believed to be fired by "
                         "pro-Russia rebels.")
    ev = [e for e in events if e.event == "ASSAULT" and e.actor]
    assert ev and ev[0].actor[0].sector == "REB", [e.to_dict() for e in events]


@pytest.mark.parametrize("text,event,recipient", [
    ("Iran threatened to launch a new offensive unless Baghdad accepted its conditions.", "THREATEN", "IRQ"),
    ("Russia has threatened to stop negotiations if the United States goes ahead with the deployment.", "THREATEN",
     "USA"),
    ("Egyptian police opened fire to disperse Moslem fundamentalist demonstrators.", "ASSAULT", "EGY"),
    ("Britain mobilized army reservists for a possible war against Iraq.", "MOBILIZE", "IRQ"),
    ("Israeli Prime Minister Ehud Barak has agreed to US mediation in the talks.", "AGREE", "USA"),
])
def test_recipients_of_conditions_purposes_and_agreed_acts(text, event, recipient):
    rows, _, _ = coded(text, pub="2000-01-10")
    assert any(recipient in r[2] for r in find(rows, event)), rows


def test_police_acting_abroad_is_not_assumed_at_home():
    rows, _, _ = coded("Kenyan police dispersed demonstrators in Kampala.")
    assert find(rows, "COERCE", "KEN"), rows
    assert not any("KEN" in r[2] for r in rows), rows


@pytest.mark.parametrize("text,event,actor", [
    ("Israel is opposed to French mediation in peace negotiations with Syria.", "REJECT", "ISR"),
    ("Vietnam is committed to opening up its economy.", "AGREE", "VNM"),
    ("Serb forces were engaged in ethnic cleansing in Montenegro.", "ASSAULT", "SRB"),
])
def test_stative_passives_keep_their_subject_as_actor(text, event, actor):
    rows, _, _ = coded(text)
    assert find(rows, event, actor=actor), rows


@pytest.mark.parametrize("text", [
    "Ethnic Albanians have sworn to fight until they gain control of villages near Macedonia's border.",
    "The rebels vowed to attack the capital.",
    "The junta vowed to crush the uprising.",
])
def test_a_pledge_of_force_is_a_threat(text):
    _, events, _ = coded(text)
    assert [e.event for e in events] == ["THREATEN"], [e.to_dict() for e in events]
    assert events[0].text_info["coded_from"] in ("ASSAULT", "COERCE")


@pytest.mark.parametrize("text,event,mode", [
    ("North Korea expelled inspectors of the International Atomic Energy Agency.", "SANCTION", "expel"),
    ("Jakarta forced the UN refugee agency out of the country.", "SANCTION", "expel"),
    ("Ghana expelled 168 Liberians.", "COERCE", "deport"),
])
def test_expelling_envoys_and_missions_is_a_sanction_expelling_people_is_coercion(text, event, mode):
    _, events, _ = coded(text)
    assert [(e.event, e.mode) for e in events][:1] == [(event, mode)], [e.to_dict() for e in events]


@pytest.mark.parametrize("name,code", [
    ("Anbar", "IRQ"),      # the province, not the Turkish village "Ambar"
    ("Borno", "NGA"),      # the state, not the German town "Borna"
    ("Kalat", "PAK"), ("Samarra", "IRQ"), ("Jangebe", None), ("Chibok", None),
])
def test_place_country_prefers_own_names_and_provinces(name, code):
    from eventwire.actors.resolve import place_country
    assert place_country(name) == code


def test_an_uncoded_government_is_of_the_place_of_the_act():
    # was "not placed by a town in the sentence"; since issue 13 a party named without a country is of the country
    # where the act happens (PLOVER annotation protocol, eval/voa_news/ANNOTATION.md; eventwire.events.story_context)
    rows, _, _ = coded("The government ordered patrols after violent protests in Sindh province.")
    assert find(rows, "MOBILIZE") and all(r[1] == ("PAK",) for r in find(rows, "MOBILIZE")), rows


def test_full_dates_in_the_text_need_no_publication_date():
    events, _ = code_text("Police arrested Dobruna in Pristina in March 2012. Russian forces attacked Kyiv on Monday.")
    got = {e.event: (e.date, e.date_basis) for e in events}
    assert got["COERCE"] == ("2012-03", "text")
    assert got["ASSAULT"] == (None, None)  # "on Monday" needs an anchor: none is invented


def test_a_historical_event_never_takes_the_publication_date():
    events, _ = code_text("Since starting its invasion, Russia has faced sanctions.", publication_date="2022-03-13")
    hist = [e for e in events if e.status == "historical"]
    assert hist and all(e.date is None and e.date_basis is None for e in hist), [e.to_dict() for e in events]


@pytest.mark.parametrize("headline,actor,recipient", [
    ("Russia attacks Ukraine", "RUS", "UKR"),
    ("Israel strikes Gaza", "ISR", "PSE"),
])
def test_headline_subject_parsed_as_compound(headline, actor, recipient):
    events, _ = code_text(headline + "\nOfficials gave no details.", publication_date="2024-01-01")
    assert any(e.event == "ASSAULT" and e.actor and e.actor[0].code == actor and e.recipient
               and e.recipient[0].code == recipient for e in events), [e.to_dict() for e in events]


@pytest.mark.parametrize("text,event,mode", [
    ("The Israeli army lifted a day-old blockade on Palestinian lorries.", "RETREAT", "withdraw"),   # CAMEO 0872
    ("The United Arab Emirates has lifted its boycott of trade in oil on Namibia.", "RETREAT", None),  # CAMEO 085
    ("The European Union eased sanctions on Belarus.", "RETREAT", None),
    ("President Bashir lifted the curfew in Khartoum.", "CONCEDE", None),                              # CAMEO 081
    ("Kyrgyzstan received observers from the OSCE.", "RETREAT", "access"),                             # CAMEO 0862
])
def test_easing_follows_the_cameo_plover_crosswalk(text, event, mode):
    _, events, _ = coded(text)
    assert [(e.event, e.mode) for e in events][:1] == [(event, mode)], [e.to_dict() for e in events]


@pytest.mark.parametrize("text,event,mode,actor", [
    ("Syrian officers today ended mediation efforts between rival militias.", "SANCTION", "discontinue", "SYR"),
    ("Montenegro's prime minister has been indicted by the U.N. war crimes court and will resign.", "CONCEDE",
     None, "MNE"),  # an announced resignation (PLOVER manual, CONCEDE: announced future retreats)
    ("Five hundred Ugandan rebels surrendered last week in Soroti.", "RETREAT", "disarm", "UGA"),
    ("U.N. helicopters evacuated the wounded from the besieged town of Gorazde.", "AID", None, "UNO"),
])
def test_carriers_conjoined_passives_surrender_and_evacuating_people(text, event, mode, actor):
    _, events, _ = coded(text)
    ev = [e for e in events if e.event == event]
    assert ev and ev[0].mode == mode and ev[0].actor[0].code == actor, [e.to_dict() for e in events]
    assert not any(e.event == "CONSULT" for e in events)  # the ended mediation is not a mediation
    assert not any(e.event == "ASSAULT" and not e.actor for e in events)  # "the wounded" are people


def test_evacuating_troops_is_still_a_retreat():
    _, events, _ = coded("Israel evacuated its troops from southern Lebanon.")
    assert [(e.event, e.mode) for e in events][:1] == [("RETREAT", "withdraw")]


def test_a_person_name_is_never_looked_up_as_a_town():
    rows, _, _ = coded("About 200 supporters of former President Ahmed Ben Bella blocked roads in Algiers.")
    assert find(rows, "PROTEST"), rows
    assert not any("COL" in r[1] + r[2] for r in rows), rows  # "Bella" is no Colombian town here


@pytest.mark.parametrize("text,event,recipient", [
    ("Iran threatened to shell Iraqi towns in retaliation for a raid where, it said, 100 people were killed.",
     "THREATEN", ("IRQ", "CVL")),
    ("Palestinian police in Jericho confiscated weapons and explosives from Palestinian armed groups.", "COERCE",
     ("PSE", "REB")),
    ("Turkish police prevented the demonstration staged by students at Cumhuriyet University.", "COERCE",
     ("TUR", "EDU")),
])
def test_recipients_of_threatened_acts_seizures_and_prevented_protests(text, event, recipient):
    _, events, _ = coded(text)
    ev = [e for e in events if e.event == event]
    assert ev and ev[0].recipient and (ev[0].recipient[0].code, ev[0].recipient[0].sector) == recipient, \
        [e.to_dict() for e in events]


@pytest.mark.parametrize("text,event,recipient", [
    ("Israel is opposed to French mediation in peace negotiations with Syria.", "REJECT", "FRA"),
    ("The rebel group insisted on its demands that Burundi's government grant the Hutu majority more rights.",
     "REQUEST", "BDI"),
    ("Israel threatened to ban voting in East Jerusalem if Hamas ran in the election.", "THREATEN", "PSE"),
])
def test_recipients_of_opposed_acts_demand_clauses_and_conditions(text, event, recipient):
    rows, _, _ = coded(text)
    assert any(recipient in r[2] for r in find(rows, event)), rows


@pytest.mark.parametrize("text,actor", [
    ("Vietnamese-led forces have retaken a strategic village in western Cambodia.", "VNM"),
    ("The Saudi-led coalition struck Sanaa on Monday.", "SAU"),
])
def test_x_led_forces_are_the_leaders(text, actor):
    rows, _, _ = coded(text)
    assert rows and rows[0][1] == (actor,), rows


def test_x_backed_militias_are_not_their_backers():
    rows, _, _ = coded("Iranian-backed militias attacked a US base.")
    assert find(rows, "ASSAULT", recipient="USA"), rows
    assert not any("IRN" in r[1] for r in rows), rows


@pytest.mark.parametrize("text,recipient", [
    ("Syrian officers ended mediation efforts between rival militias in Tripoli as shells crashed into the "
     "north Lebanese port.", "LBN"),   # the Lebanese Tripoli: the sentence names Lebanon
    ("Rebels in Tripoli attacked Syrian troops.", None),      # no Syrian Tripoli: the capital stays Libya's
])
def test_a_town_named_like_a_capital_follows_the_sentence(text, recipient):
    _, events, _ = coded(text)
    codes = {x.code for e in events for x in e.actor + e.recipient}
    if recipient:
        assert recipient in codes and "LBY" not in codes, [e.to_dict() for e in events]
    else:
        assert "LBY" in codes


def test_paying_compensation_is_a_retreat_with_reparations():
    _, events, _ = coded("Uganda said it had paid compensation to 67 elderly British nationals.")
    (e,) = [e for e in events if e.event == "RETREAT"]
    assert (e.actor[0].code, e.recipient[0].code) == ("UGA", "GBR") and "reparations" in e.context


@pytest.mark.parametrize("expr,iso", [
    ("15 months ago", ("2007-05", "month")), ("three days ago", ("2008-08-03", "day")),
    ("two weeks ago", ("2008-07-23", "day")), ("18 years ago", None), ("a month ago", ("2008-07", "month")),
])
def test_n_units_ago(expr, iso):
    from datetime import date

    from eventwire.events.dates import resolve_expression
    assert resolve_expression(expr, date(2008, 8, 6)) == iso


def test_an_arrest_fifteen_months_before_publication_is_historical():
    _, events, _ = coded("The release of Adli Yaish, who had been arrested 15 months ago, came as Israel freed "
                         "150 prisoners.", pub="2008-08-06")
    (arrest,) = [e for e in events if e.event == "COERCE"]
    assert (arrest.date, arrest.status) == ("2007-05", "historical")


# --- stated intent (PLOVER manual: AGREE "indicate willingness"; THREATEN, not ASSAULT + hypothetical) -------
@pytest.mark.parametrize("text,event,actor,recipient", [
    ("Obama wants to attack Switzerland.", "THREATEN", "USA", "CHE"),
    ("The rebels in Mali want to seize the airport in Bamako.", "THREATEN", "MLI", None),
    ("Iran hopes to meet the French envoy soon.", "AGREE", "IRN", "FRA"),
    ("The US Secretary of State wants to help Israel.", "AGREE", "USA", "ISR"),
    ("Russia hopes to strengthen its alliance with China.", "AGREE", "RUS", "CHN"),
])
def test_a_stated_intent_is_agree_or_threaten(text, event, actor, recipient):
    rows, events, _ = coded(text)
    assert [r[:2] for r in rows if r[0] == event and actor in r[1]], rows
    got = [e for e in events if e.event == event]
    # a stated intent to cooperate is a promise (AGREE future, ANNOTATION.md); a stated intent of force is a threat made now
    assert all(e.status == ("future" if event == "AGREE" else "actual")
               and e.text_info["rule"]["type"] in ("intent-as-agree", "intent-as-threaten")
               for e in got), [e.to_dict() for e in got]
    if recipient:
        assert find(rows, event, actor, recipient), rows


@pytest.mark.parametrize("text,act,kept", [("Obama wants Putin to attack Switzerland.", "ASSAULT", False),
                                           ("Russia would like to join the talks.", "CONSULT", True),
                                           ("Iran does not want to meet the French envoy.", "CONSULT", True)])
def test_somebody_elses_wish_or_a_negated_wish_is_no_intent(text, act, kept):
    rows, events, _ = coded(text)
    # one's own wished act stays itself, not recoded; an act wished of another party is no record at all
    # (nonacts.wished_act_of_another, twenty-second stop: the training annotators code no such wish)
    assert bool(find(rows, act)) == kept, rows
    assert not [r for r in rows if r[0] in ("THREATEN", "AGREE") and r[3] == "actual" and not r[4]], rows


def test_seeking_to_deepen_a_partnership_is_an_intent_each_way_not_a_request():
    rows, _, _ = coded("Brazil and the United States are seeking to deepen a partnership in energy, US Deputy "
                       "Secretary of Energy Jeffrey Kupfer said here Wednesday.")
    assert sorted(r[:3] for r in rows) == [("AGREE", ("BRA",), ("USA",)), ("AGREE", ("USA",), ("BRA",))], rows


def test_seeking_help_or_asylum_is_still_a_request():
    rows, _, _ = coded("The opposition leader sought asylum in France.")
    assert [r[0] for r in rows] == ["REQUEST"], rows
    rows, _, _ = coded("Kenya is seeking help from Britain to fight the drought.")
    assert find(rows, "REQUEST", "KEN", "GBR"), rows


# --- a claim that another party did an act of conflict is an allegation (PLOVER manual, ACCUSE) ------------
@pytest.mark.parametrize("text,actor,recipient", [
    ("The US claimed that ISIL had attacked Iraq and taken the city of Mosul", "USA", "IMG"),
    ("Hamas claimed that Israeli troops killed three civilians in Gaza.", "PSE", "ISR"),
    ("Ukraine claims Russian forces shelled a hospital in Kherson.", "UKR", "RUS"),
])
def test_a_claim_about_another_partys_attack_is_an_allegation(text, actor, recipient):
    rows, events, _ = coded(text)
    assert find(rows, "ACCUSE", actor, recipient), rows
    assert [e.mode for e in events if e.event == "ACCUSE"] == ["allege"]
    assert [r for r in rows if r[0] == "ASSAULT" and recipient in r[1] and r[5]], rows  # the act, reported


@pytest.mark.parametrize("text,claimed", [("The US claimed that they had attacked Iraq", "ASSAULT"),
                                          ("Russia claimed that it had destroyed a Ukrainian depot.", "COERCE"),
                                          ("Al-Shabab claimed responsibility for the attack on the mall in Nairobi.",
                                           None)])
def test_a_claim_about_oneself_accuses_nobody(text, claimed):
    rows, _, _ = coded(text)
    if claimed:  # the claim is read as an allegation (strict: it needs another party), the act is coded
        assert "ACCUSE" in seen(text) and find(rows, claimed), rows
    else:
        assert "ASSAULT" in seen(text)  # "claimed responsibility for the attack": the attack noun is read
    assert not [r for r in rows if r[0] == "ACCUSE"], rows


# --- reduced passives: the noun a participle modifies is what was acted on --------------------------------
@pytest.mark.parametrize("text,event,recipient", [
    ("There were 10 Russian soldiers killed in Ukraine today.", "ASSAULT", "RUS"),
    ("Two Turkish journalists detained in Syria last week were freed.", "COERCE", "TUR"),
    ("Iranian protesters arrested on Monday were released on bail.", "COERCE", "IRN"),
])
def test_a_reduced_passive_acts_on_the_noun_it_modifies(text, event, recipient):
    rows, _, _ = coded(text)
    assert find(rows, event, None, recipient), rows
    assert not find(rows, event, recipient), rows  # never the actor of its own killing/arrest


# --- a protest staged in a foreign capital is aimed at that state ----------------------------------------
@pytest.mark.parametrize("text,actors,recipient", [
    ("US and British activists staged a dramatic protest in Beijing on Wednesday.", {"USA", "GBR"}, "CHN"),
    ("Thousands of Serbs protested in Belgrade on Sunday.", {"SRB"}, "SRB"),
    ("Kurdish activists held a demonstration in Ankara.", {"TUR"}, "TUR"),
])
def test_a_protest_in_a_capital_targets_that_state(text, actors, recipient):
    rows, _, _ = coded(text)
    prot = [r for r in rows if r[0] == "PROTEST"]
    assert prot and {a for r in prot for a in r[1]} == actors and all(r[2] == (recipient,) for r in prot), rows


# --- a name written with stray capitals is still a name; all lower case is a common word ------------------
def test_a_name_with_stray_capitals_is_resolved_but_a_lowercase_word_is_not():
    rows, _, _ = coded("The US Secretary of state wants to help iSrael")
    assert find(rows, "AGREE", "USA", "ISR"), rows
    rows, _, _ = coded("Soldiers attacked the turkey farm near the border.")
    assert not [r for r in rows if "TUR" in r[1] + r[2]], rows


def test_the_purpose_of_a_meeting_is_its_topic_not_a_second_meeting():
    rows, _, _ = coded("Iraq's national security advisor met with Syrian President Bashar Assad on Tuesday to "
                       "discuss efforts to counter Islamic State militants.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("CONSULT", ("IRQ",), ("SYR",))], rows


# --- society meets state at home: a domestic dyad is kept (objmod recipient) ------------------------------
@pytest.mark.parametrize("text,recipient_sector", [
    ("Georgian demonstrators received ministers from the Georgian government.", "GOV"),
    ("Striking Kenyan doctors received a delegation from the Kenyan government.", "GOV"),
])
def test_society_receiving_its_own_government_is_a_domestic_dyad(text, recipient_sector):
    _, events, _ = coded(text)
    (ev,) = [e for e in events if e.event == "CONSULT"]
    assert ev.actor[0].code == ev.recipient[0].code and ev.recipient[0].sector == recipient_sector, ev.to_dict()
    assert ev.actor[0].sector != recipient_sector


def test_a_government_receiving_its_own_ministers_is_no_dyad():
    rows, events, _ = coded("The Georgian president received ministers from the Georgian government.")
    assert find(rows, "CONSULT", "GEO"), rows
    assert all(not e.recipient for e in events if e.event == "CONSULT"), [e.to_dict() for e in events]


# --- arrest warrants (CAMEO 173; PLOVER COERCE arrest) ------------------------------------------------------
@pytest.mark.parametrize("text,actor,recipient", [
    ("A court in Guyana has issued arrest warrants for two Brazilian men sought in the slaying of two "
     "missionaries.", "GUY", "BRA"),
    ("Turkish prosecutors issued a warrant for a Swedish journalist.", "TUR", "SWE"),
    ("The court issued arrest warrants against three Syrian officers, Lebanese media said.", None, "SYR"),
])
def test_an_arrest_warrant_is_coerce_arrest_of_the_one_it_is_for(text, actor, recipient):
    rows, events, _ = coded(text)
    assert [e.mode for e in events if e.event == "COERCE"] == ["arrest"], [e.to_dict() for e in events]
    assert find(rows, "COERCE", actor, recipient), rows


# --- one attack, one record: the means of an attack is not a second attack --------------------------------
@pytest.mark.parametrize("text,n", [
    ("GAZA CITY, Palestinian Territories: Four children and a man were killed in Israeli tank shelling in the "
     "east of the Gaza Strip.", 1),
    ("The Malaysia Airlines flight MH17 was blown up over Eastern Ukraine by a missile fired by pro-Russia rebels.", 1),
    ("Two soldiers were wounded by a rocket launched by Hezbollah.", 1),
])
def test_the_means_of_an_attack_is_the_same_attack(text, n):
    _, events, _ = coded(text)
    assault = [e for e in events if e.event == "ASSAULT"]
    triggers = {e.text_info["start"] for e in assault}
    assert len(triggers) == n, [e.to_dict() for e in assault]
    assert all(e.actor for e in assault), [e.to_dict() for e in assault]


# --- accidents and natural hazards are no attack (PLOVER manual, ASSAULT) ---------------------------------
@pytest.mark.parametrize("text", [
    "Five people were killed in a car crash near Lyon.",
    "Interpol will help identify victims killed by the Malaysia Airlines flight MH17 crash in east Ukraine.",
    "Twelve villagers were killed by floods in Assam.",
    "The earthquake killed 300 people in Nepal.",
    "A stampede at the stadium in Guinea killed dozens of fans.",
])
def test_deaths_from_accidents_and_hazards_are_no_assault(text):
    rows, _, _ = coded(text)
    assert "ASSAULT" in seen(text)  # "killed" is read, then dropped as an accident
    assert not [r for r in rows if r[0] == "ASSAULT"], rows


@pytest.mark.parametrize("text", ["Three soldiers were killed in a roadside bombing in Kandahar.",
                                  "Two people were killed in the crash of a plane shot down by rebels in Sudan."])
def test_an_attack_named_beside_a_crash_is_still_an_assault(text):
    rows, _, _ = coded(text)
    assert [r for r in rows if r[0] == "ASSAULT"], rows


# --- an official met on a visit belongs to the host country ----------------------------------------------
@pytest.mark.parametrize("text,host", [
    ("The US commander in Iraq, General David Petraeus, held talks with President Michel Suleiman during a "
     "surprise visit to Beirut on Wednesday.", "LBN"),
    ("On his first trip to Ghana, the French foreign minister met President Kufuor.", "GHA"),
])
def test_an_unnamed_countrys_official_met_on_a_visit_is_the_hosts(text, host):
    rows, _, _ = coded(text)
    assert [r for r in rows if r[0] == "CONSULT" and r[2] == (host,)], rows


def test_an_official_met_at_a_neutral_venue_gets_no_invented_country():
    # the name is made up: Joko Widodo, of the original example, is now known to the actor knowledge base
    # (issue 12) and rightly IDN; the rule under test is that Geneva gives an unknown president no country
    rows, _, _ = coded("Obama met President Tanu Marevo in Geneva.")
    assert [r[2] for r in rows if r[0] == "CONSULT"] == [(None,)], rows
    rows, _, _ = coded("Obama met President Joko Widodo in Geneva.")
    assert [r[2] for r in rows if r[0] == "CONSULT"] == [("IDN",)], rows


# --- a protest that names no target: the state where it happens, else the protesters' own government ------
@pytest.mark.parametrize("text,recipient", [
    ("Egyptian demonstrators rioted following a peaceful demonstration.", ("EGY", "GOV")),
    ("Seven opposition parties in Nepal have organized a general strike that shut down Khatmandu.", ("NPL", "GOV")),
    ("Palestinian prisoners rioted Monday at this jail in northern Israel.", ("ISR", None)),
])
def test_an_untargeted_protest_is_aimed_at_the_state(text, recipient):
    _, events, _ = coded(text)
    prot = [e for e in events if e.event == "PROTEST"]
    assert prot and all([(r.code, r.sector) for r in e.recipient] == [recipient] for e in prot), [e.to_dict() for e in prot]
    # implicit: no words of the text stand for it
    assert all(r.entity_text == "" and r.start is None for e in prot for r in e.recipient)


def test_a_protest_by_an_international_group_gets_no_invented_target():
    rows, events, _ = coded("Greenpeace activists protested on Monday.")
    assert find(rows, "PROTEST", "NGO"), rows
    assert all(not e.recipient for e in events if e.event == "PROTEST"), [e.to_dict() for e in events]


# --- one act, one record: a record naming fewer parties for the same act is dropped ------------------------
@pytest.mark.parametrize("text,n", [
    ("A roadside bombing near the town of Samarra on Sunday killed one U.S. soldier and wounded two others.", 1),
    ("Israeli troops shot dead two Palestinian gunmen and wounded three others in Jenin.", 1),
    ("Israeli troops killed two Palestinian gunmen in Jenin. Israeli troops wounded three others.", 2),
])
def test_a_record_subsumed_by_another_of_the_same_sentence_is_dropped(text, n):
    _, events, _ = coded(text)
    assault = [e for e in events if e.event == "ASSAULT"]
    assert len(assault) == n, [e.to_dict() for e in assault]
    assert all(e.recipient for e in assault if any(o.recipient for o in assault if o is not e and o.actor == e.actor))


# --- readiness to cooperate or yield is an AGREE (PLOVER manual, AGREE: "indicate willingness") -----------
@pytest.mark.parametrize("text,actor,recipient,coded_from", [
    ("Syria says it is willing to withdraw its troops from neighboring Lebanon.", "SYR", "LBN", "RETREAT"),
    ("President Abdelaziz Bouteflika said he is prepared to lift the ban on the Islamic Salvation Front.", "DZA",
     "DZA", "CONCEDE"),
    ("Japan is ready to provide emergency aid to Nepal.", "JPN", "NPL", "AID"),
    # "happy"/"keen" state readiness as "willing" does (a leader who "would be happy to meet" offers a meeting)
    ("The Indian prime minister would be happy to visit Pakistan.", "IND", "PAK", "CONSULT"),
    ("Japan is keen to provide emergency aid to Nepal.", "JPN", "NPL", "AID"),
])
def test_readiness_to_cooperate_or_yield_is_agree(text, actor, recipient, coded_from):
    rows, events, _ = coded(text)
    assert find(rows, "AGREE", actor, recipient), rows
    (ev,) = [e for e in events if e.event == "AGREE"]
    assert (ev.status, ev.text_info["rule"]["type"], ev.text_info["coded_from"]) == ("actual", "willing-as-agree",
                                                                                    coded_from)


def test_a_plain_future_withdrawal_is_concede_and_readiness_to_attack_is_no_agree():
    # PLOVER manual, CONCEDE: "Announcements of future retreats should be coded as CONCEDE" (field case C03
    # accepts CONCEDE or RETREAT future); the retreat announced is to come (ANNOTATION.md: future)
    rows, _, _ = coded("The United States will withdraw its troops from Niger by mid-September.")
    assert [(r[0], r[3]) for r in rows] == [("CONCEDE", "future")], rows
    rows, _, _ = coded("The army is ready to attack the rebel positions near Goma.")
    assert not [r for r in rows if r[0] == "AGREE"], rows
    rows, _, _ = coded("The rebels are happy to fight the army.")
    assert not [r for r in rows if r[0] == "AGREE"], rows


# --- the offence a punishment is given for is the punisher's charge, not an asserted act -------------------
@pytest.mark.parametrize("text,event,offence", [
    ("A Tunisian court has jailed a Nigerian student for two years for helping young militants join an armed "
     "group in Syria.", "COERCE", "AID"),
    ("Ghanaian authorities have deported 168 Liberians for traveling without proper documents.", "COERCE", "CONSULT"),
    ("Russia expelled two British diplomats for spying.", "SANCTION", "SPY"),
])
def test_the_offence_punished_is_not_coded_as_an_act(text, event, offence):
    rows, _, _ = coded(text)
    assert [r[0] for r in rows] == [event], rows


def test_a_purpose_with_for_on_an_aid_act_is_still_coded():
    rows, _, _ = coded("Japan gave Nepal 10 million dollars for rebuilding schools destroyed by the earthquake.")
    assert find(rows, "AID", "JPN", "NPL"), rows


# --- permission: granting is AGREE, refusing it is REJECT, and what it would have allowed did not happen ---
def test_refused_permission_is_reject_and_the_permitted_act_is_hypothetical():
    rows, _, _ = coded("Obama said he would not give permission to Russia to help Israel")
    assert find(rows, "REJECT", "USA", "RUS"), rows
    assert not [r for r in rows if r[0] in ("AID", "AGREE") and r[3] == "actual"], rows


@pytest.mark.parametrize("text,event,actor,recipient", [
    ("Turkey gave permission to the United States to use its air bases.", "AGREE", "TUR", "USA"),
    ("Egypt granted approval to Israel for the deployment.", "AGREE", "EGY", "ISR"),
    ("Syria granted access to UN inspectors.", "RETREAT", "SYR", "UNO"),
])
def test_granted_permission_is_agree_and_granted_access_is_retreat(text, event, actor, recipient):
    rows, _, _ = coded(text)
    assert find(rows, event, actor, recipient), rows


def test_the_purpose_of_a_negated_act_did_not_happen():
    rows, _, _ = coded("Germany did not send troops to help France.")
    assert find(rows, "AID", "DEU", "FRA"), rows
    assert not [r for r in rows if r[0] in ("AID", "AGREE", "MOBILIZE") and r[3] == "actual" and not r[4]], rows


# --- readiness to use force or coercion is a threat ----------------------------------------------------------
@pytest.mark.parametrize("text,actor", [
    ("Iraq's interim government announced that it is prepared to impose martial law as street battles raged in "
     "central Baghdad.", "IRQ"),
    ("The army is ready to attack the rebel positions near Goma.", None),
    ("Washington is prepared to impose new sanctions on Iran.", "USA"),
])
def test_readiness_to_use_force_is_threaten(text, actor):
    rows, events, _ = coded(text)
    assert find(rows, "THREATEN", actor), rows
    assert all(e.text_info["rule"]["type"] == "willing-as-threaten" for e in events if e.event == "THREATEN")


# --- legal hearings opened into something are investigations; reneging is a rejection -----------------------
def test_an_opened_hearing_is_an_investigation_but_a_hearing_as_a_place_is_not():
    rows, events, _ = coded("Israel's high court opened a landmark hearing Wednesday into the legality of secret "
                            "interrogation techniques.")
    assert find(rows, "ACCUSE", "ISR") and [e.mode for e in events] == ["investigate"], rows
    rows, _, _ = coded("At a hearing on Monday, the French minister praised the army.")
    assert not [r for r in rows if r[0] == "ACCUSE"], rows


def test_reneging_on_a_commitment_is_reject():
    rows, _, _ = coded("Zimbabwe has reneged on its commitment to hold elections under a new constitution.")
    assert find(rows, "REJECT", "ZWE"), rows


def test_imposing_a_state_of_emergency_is_coerce_martial_law():
    _, events, _ = coded("The Thai army imposed a state of emergency in Bangkok.")
    assert [(e.event, e.mode) for e in events] == [("COERCE", "martial-law")], [e.to_dict() for e in events]


# --- disrupted weapons use: finding, seizing or destroying arms is COERCE seize (CAMEO 1711) ---------------
@pytest.mark.parametrize("text,actor", [
    ("The Afghan Special Forces destroyed a house-borne improvised explosive device in Kandahar province.", "AFG"),
    ("Explosive devices were found at a high school in Santa Fe, Texas.", None),
    ("234 pistols and 17,000 bullets were captured in the capital Addis Ababa", None),
    ("The Ghana Immigration Service has intercepted 12 locally manufactured guns at Aflao.", "GHA"),
])
def test_found_seized_or_destroyed_weapons_are_coerce_seize(text, actor):
    rows, events, _ = coded(text)
    assert [(e.event, e.mode) for e in events] == [("COERCE", "seize")], [e.to_dict() for e in events]
    if actor:
        assert find(rows, "COERCE", actor), rows


@pytest.mark.parametrize("text,contrast", [
    ("Rescuers found three miners alive in the flooded mine.", "Police arrested three miners in the flooded mine."),
    pytest.param("Police found the missing girl in a park in Leeds.",
                 "Police arrested the missing girl in a park in Leeds.",
                 marks=pytest.mark.xfail(strict=True, reason="known detector error (issue 13): at DETECTOR_ADD 0.05 "
                                         "the trained detector reads 'found' (police as subject) as COERCE; the rules "
                                         "do not. Strict: passes again when the detector stops doing it.")),
])
def test_finding_people_is_no_event(text, contrast):
    assert find(coded(contrast)[0], "COERCE"), contrast  # the same sentence with an arrest is coded
    rows, _, _ = coded(text)
    assert not [r for r in rows if r[0] == "COERCE"], rows


@pytest.mark.parametrize("text,event", [
    ("Turkish jets destroyed the bridge near Raqqa.", "ASSAULT"),
    ("The wildfire destroyed 300 homes in California.", None),
])
def test_destroying_property_is_assault_destroy_unless_a_hazard_did_it(text, event):
    _, events, _ = coded(text)
    assert [(e.event, e.mode) for e in events] == ([(event, "destroy")] if event else []), [e.to_dict() for e in events]


# --- protests reported as happening, with or without a named organiser -----------------------------------
@pytest.mark.parametrize("text,actor_code", [
    ("Rallies and sit-ins were held across Pakistan on Friday against the execution of Mumtaz Qadri.", None),
    ("Peaceful protest took place in Batsari town following the arrest of some local vigilantes.", None),
    ("There were protests in several cities.", None),
    ("In recent days, protesters took to the streets in Kampala to decry the arrests.", "UGA"),
    ("At least 400 PEGIDA supporters staged a demonstration in Antwerp, Belgium against opening borders.", "BEL"),
    ("Students held a candlelight vigil outside the parliament in Tbilisi.", "GEO"),
])
def test_protests_reported_as_happening_are_coded(text, actor_code):
    _, events, _ = coded(text)
    prot = [e for e in events if e.event == "PROTEST"]
    assert len(prot) == 1, [e.to_dict() for e in events]
    assert [a.code for a in prot[0].actor] == ([actor_code] if actor_code else []) or (
        actor_code is None and all(a.code is None for a in prot[0].actor)), prot[0].to_dict()


@pytest.mark.parametrize("text", ["The protest was a success, organizers said.",
                                  "The government discussed the protest at its meeting."])
def test_a_mere_mention_of_a_protest_is_no_event(text):
    rows, _, _ = coded(text)
    assert "PROTEST" in seen(text)  # read as a trigger, and not coded: nobody is said to protest
    assert not [r for r in rows if r[0] == "PROTEST"], rows


@pytest.mark.parametrize("text,target", [
    ("Demonstrators in Baghdad blocked a road to show their disapproval for the United States' military "
     "policies, a newspaper reported Tuesday.", "USA"),
    ("Hundreds of thousands of people marched in Hong Kong in defiance of Chinese authorities.", "CHN"),
])
def test_what_a_protest_defies_or_disapproves_of_is_its_target(text, target):
    rows, _, _ = coded(text)
    assert [r for r in rows if r[0] == "PROTEST" and target in r[2]], rows


@pytest.mark.parametrize("text,n", [
    ("A general strike took place in Nepal on Monday.", 1),
    ("Fighting broke out in Tripoli on Sunday.", 1),
    ("For three years now, there's been too much killing and too much destruction in Ukraine.", 0),
    ("The fighting is happening right at their doorsteps, around their homes.", 0),
])
def test_a_named_event_reported_as_happening_needs_an_onset_or_occurrence(text, n):
    _, events, _ = coded(text)
    assert len(events) == n, [e.to_dict() for e in events]


def test_a_suicide_bomber_detonating_devices_is_no_weapons_seizure():
    rows, _, _ = coded("Earlier this month, a female suicide bomber detonated her explosive devices near a military "
                       "convoy in Balochistan's Kalat district, killing at least one soldier.")
    assert find(rows, "ASSAULT"), rows
    assert not [r for r in rows if r[0] == "COERCE"], rows


# --- ACLED kinds the pattern table lacked: sexual violence, looting, arson, explosives, chemical, territory ----
@pytest.mark.parametrize("text,event,mode", [
    ("A feared unit of Sudan's security forces raped women as they dispersed protesters in Khartoum.", "ASSAULT", "sexual"),
    ("Two women were raped at Shambhunath Municipality in Saptari district.", "ASSAULT", "sexual"),
    ("Soldiers sexually assaulted three girls near the camp in Bentiu.", "ASSAULT", "sexual"),
    ("Several foreign owned shops have been looted in the townships of Kwamakhutha and Isipingo.", "COERCE", "seize"),
    ("Three people torched two patrol cars outside the police station in Atlanta.", "ASSAULT", "destroy"),
    ("Rioters burned a church and three shops in Jos.", "ASSAULT", "destroy"),
    ("The militants detonated a large vehicle-borne explosive device in Kabul city.", "ASSAULT", "explosives"),
    ("Seven soldiers were injured when militants set off an explosive device in Pulwama.", "ASSAULT", "explosives"),
    ("A helicopter dropped containers of toxic gas suspected to be chlorine on a town in northern Syria.",
     "ASSAULT", "unconventional"),
    ("Syrian helicopters dropped barrel bombs on Aleppo.", "ASSAULT", "aerial"),
])
def test_acled_kinds_are_coded_with_their_plover_mode(text, event, mode):
    _, events, _ = coded(text)
    assert (event, mode) in [(e.event, e.mode) for e in events], [e.to_dict() for e in events]


@pytest.mark.parametrize("text,read", [("A gas cylinder exploded in a restaurant in Lahore.", "ASSAULT"),
                                       ("Farmers burned crop stubble across Punjab.", None),
                                       ("Police used tear gas to disperse the crowd in Nairobi.", "COERCE")])
def test_accidents_stubble_and_tear_gas_are_no_bombing_arson_or_chemical_attack(text, read):
    rows, events, _ = coded(text)
    if read:
        assert read in seen(text), seen(text)
    else:  # "burned crop stubble": no trigger at all, while burning a building is one
        assert seen(text) == set() and "ASSAULT" in seen("Rebels burned the police station across Punjab.")
    if read == "COERCE":  # the dispersal read, coded as the one act of using a crowd-control weapon
        assert [(e.event, e.mode) for e in events] == [("ASSAULT", "crowd-control")], rows
    assert not [e for e in events if e.mode in ("explosives", "destroy", "unconventional")], [e.to_dict() for e in events]


@pytest.mark.parametrize("text,actor,recipient", [
    ("An air strike by Syrian government forces killed 29 Turkish soldiers in northeast Syria.", "SYR", "TUR"),
    ("Syrian government forces have recovered control of two villages in northwestern Syria from rebel fighters.",
     "SYR", None),
    ("Iraqi security forces on Wednesday freed several villages from the Islamic State militants.", "IRQ", "IMG"),
    ("The Iraqi military has taken control of Garma, between Fallujah and Baghdad.", "IRQ", None),
])
def test_means_as_subject_and_territory_retaken_are_assaults(text, actor, recipient):
    rows, _, _ = coded(text)
    assert find(rows, "ASSAULT", actor, recipient), rows


def test_regaining_control_of_property_is_no_military_assault():
    rows, _, _ = coded("Municipal officials demanded support from the Montenegro Assembly in regaining control over "
                       "the properties.")
    assert find(rows, "REQUEST", recipient="MNE"), rows
    assert not [r for r in rows if r[0] == "ASSAULT"], rows


@pytest.mark.parametrize("text,sector", [("The women had been raped, often by armed men.", "UAF"),
                                         ("Masked men attacked a bus near Peshawar.", "UAF"),
                                         ("Armed groups attacked a village in Ituri.", "REB")])
def test_armed_or_masked_men_are_an_unidentified_armed_force(text, sector):
    _, events, _ = coded(text)
    assert [a.sector for e in events for a in e.actor] == [sector], [e.to_dict() for e in events]


# --- industrial and traffic accidents are no attack; a bomb going off is ----------------------------------
@pytest.mark.parametrize("text", [
    "Multiple workers at a Pittsburgh area gas plant were hurt when a tank at the plant exploded Thursday night.",
    "Gas explosion at Bolivia Carnival kills 8, forty others are injured.",
    "Officials say 19 people were killed when their bus plunged off a bridge onto a frozen river.",
    "One laborer was killed and another injured as the boiler of a pesticide plant exploded.",
])
def test_accidents_are_no_assault(text):
    rows, _, _ = coded(text)
    assert "ASSAULT" in seen(text)  # the hurt is read, then dropped as the accident's
    assert not [r for r in rows if r[0] == "ASSAULT"], rows


@pytest.mark.parametrize("text,actor_sector,recipient", [
    ("A bomb exploded in a market in Kabul, killing five people.", "UAF", "AFG"),
    ("Five people were killed when a roadside bomb exploded near their car in Helmand.", "UAF", "AFG"),
    ("Three soldiers were wounded when gunmen opened fire on a checkpoint in Mosul.", "UAF", "IRQ"),
])
def test_an_attack_told_by_its_act_and_its_result_is_one_record(text, actor_sector, recipient):
    _, events, _ = coded(text)
    assault = [e for e in events if e.event == "ASSAULT"]
    assert len(assault) == 1, [e.to_dict() for e in assault]
    (ev,) = assault
    assert [a.sector for a in ev.actor] == [actor_sector] and [r.code for r in ev.recipient] == [recipient], ev.to_dict()


def test_a_suicide_bombing_told_with_a_when_clause_is_no_accident():
    rows, _, _ = coded("Two Palestinian suicide bombers killed 23 people as well as themselves late Sunday when they "
                       "blew themselves up in Tel Aviv.")
    assert find(rows, "ASSAULT", "PSE", "ISR"), rows


@pytest.mark.parametrize("text,mode", [
    ("One Serbian policeman was murdered in an attack on an Albanian border patrol near Kosovo.", None),
    ("Gunmen shot down a police officer in Karachi.", "firearms"),
    ("Militants beheaded two hostages in Raqqa.", "targeted"),
    ("A man stabbed two police officers outside the parliament in London.", "primitive"),
])
def test_killing_verbs_are_assault(text, mode):
    _, events, _ = coded(text)
    assert [(e.event, e.mode) for e in events] == [("ASSAULT", mode)], [e.to_dict() for e in events]


@pytest.mark.parametrize("text", ["The murder of a journalist in Kabul sparked protests.",
                                  "The verdict triggered riots in Lagos."])
def test_what_sparks_a_protest_is_not_its_protester(text):
    _, events, _ = coded(text)
    prot = [e for e in events if e.event == "PROTEST"]
    assert len(prot) == 1 and not prot[0].actor, [e.to_dict() for e in events]


# --- from the second fresh-user tryout -----------------------------------------------------------------------
@pytest.mark.parametrize("text,event", [("Neither Russia nor China attacked Ukraine.", "ASSAULT"),
                                        ("No country recognised the vote.", "SUPPORT"),
                                        ("Nobody attacked the convoy near Kharkiv.", "ASSAULT")])
def test_a_negated_subject_negates_the_act(text, event):
    from eventwire.events import modality

    trigs = [t for t in seen_triggers(text) if t.event == event]
    assert trigs and all(modality.negated(t.token) for t in trigs)  # the rule, on the trigger itself
    _, events, _ = coded(text)
    assert all(e.negated for e in events), [e.to_dict() for e in events]


@pytest.mark.parametrize("text", ["China rejected reports that it had offered Russia military aid.",
                                  "China denied claims that it had supplied weapons to Russia.",
                                  "Moscow dismissed allegations that its troops had shelled the hospital in Kherson."])
def test_the_content_of_a_denied_report_is_no_event(text):
    rows, _, _ = coded(text)
    assert [r[0] for r in rows] in ([], ["REJECT"]), rows  # at most the denial itself


@pytest.mark.parametrize("text", [
    "The Kremlin denied that Russian forces had shelled a hospital in Kharkiv.",
    "The Kremlin on Thursday denied that Russian troops shelled a hospital.",
    "Iran denied it had attacked the tanker in the Gulf of Oman.",
    "Israel's army denied that its soldiers had killed the journalist."])
def test_the_content_of_a_denial_is_no_asserted_event(text):
    assert "ASSAULT" in seen(text)  # the act was read as a trigger ...
    rows, _, _ = coded(text)
    assert not [r for r in rows if r[0] == "ASSAULT"], rows  # ... but a denied act is not asserted


def test_an_asserted_attack_beside_a_denial_is_still_an_event():
    rows, _, _ = coded("Ukraine said Russian forces shelled a hospital in Kharkiv on Tuesday.")
    assert find(rows, "ASSAULT", "RUS", "UKR"), rows


def test_a_confirmed_report_is_still_an_event():
    rows, _, _ = coded("Officials confirmed reports that Russia had attacked Ukraine.")
    assert find(rows, "ASSAULT", "RUS", "UKR"), rows


@pytest.mark.parametrize("text,date,status", [
    ("Russia invaded Ukraine in 2014.", None, "historical"),
    ("Russia attacked Ukraine in the 1990s.", None, "historical"),
    ("Russia attacked Ukraine on Christmas Day.", None, "actual"),
    ("Russia attacked Ukraine on 31 February 2023.", None, "historical"),
    ("Russia attacked Ukraine on 2024-03-05.", "2024-03-05", "actual"),
    ("Russia attacked Ukraine on Monday.", "2024-05-13", "actual"),
    ("Russia attacked Ukraine.", "2024-05-14", "actual"),
])
def test_a_text_date_too_coarse_for_a_day_keeps_the_publication_date_off(text, date, status):
    _, events, _ = coded(text)
    assert [(e.date, e.status) for e in events] == [(date, status)], [e.to_dict() for e in events]


@pytest.mark.parametrize("text,event,mode,actor,recipient", [
    ("North Korea launched a ballistic missile into the Sea of Japan.", "MOBILIZE", "weapons", "PRK", None),
    ("Iran test-fired a new missile on Monday.", "MOBILIZE", "weapons", "IRN", None),
    ("Hamas fired rockets at Tel Aviv.", "ASSAULT", None, "PSE", None),
    ("Venezuela broke off diplomatic relations with Colombia.", "SANCTION", None, "VEN", "COL"),
    ("The Taliban executed two men in Kandahar.", "ASSAULT", "targeted", "AFG", None),
    ("Russia annexed Crimea in 2014.", "ASSAULT", None, "RUS", "UKR"),
    ("Protesters burned the U.S. embassy in Tehran.", "ASSAULT", "destroy", None, "USA"),
    ("Protesters set fire to the U.S. embassy in Baghdad.", "ASSAULT", "destroy", None, "USA"),
    ("If Iran enriches uranium, the United States will impose sanctions.", "THREATEN", None, "USA", "IRN"),
])
def test_tryout_kinds(text, event, mode, actor, recipient):
    rows, events, _ = coded(text)
    assert find(rows, event, actor, recipient), rows
    if mode:
        assert mode in [e.mode for e in events if e.event == event], [e.to_dict() for e in events]


@pytest.mark.parametrize("text,actor,recipient", [
    ("Police arrested 50 people in Minsk.", ("BLR", "COP"), ("BLR", "CVL")),
    ("Police found a cache of weapons in Kharkiv.", ("UKR", "COP"), None),
    ("Two officers were shot in Marseille.", None, ("FRA", "COP")),
])
def test_police_act_and_are_attacked_at_home(text, actor, recipient):
    _, events, _ = coded(text)
    (ev,) = events
    assert [(a.code, a.sector) for a in ev.actor] == ([actor] if actor else [])
    assert [(r.code, r.sector) for r in ev.recipient] == ([recipient] if recipient else []), ev.to_dict()


def test_a_low_opening_quote_closes_with_either_high_mark():
    from eventwire.events.quotes import find_quotes
    text = "Zelensky said „Russia will fail”. Biden said “we will defend Taiwan”."
    spans = find_quotes(text)
    got = [text[s:e] for sp in spans for s, e in sp.parts]
    assert got == ["Russia will fail", "we will defend Taiwan"], got


@pytest.mark.parametrize("text,actor,recipient", [
    ("China refused to condemn Russia's invasion of Ukraine.", "CHN", ("RUS",)),
    ("France condemned Russia's invasion of Ukraine.", "FRA", ("RUS",)),
])
def test_condemning_an_act_targets_its_doer_only(text, actor, recipient):
    rows, _, _ = coded(text)
    verbal = [r for r in rows if r[0] in ("ACCUSE", "REJECT")]
    assert [r[2] for r in verbal] == [recipient] and verbal[0][1] == (actor,), rows


@pytest.mark.parametrize("text,recipient", [("Rebels kidnapped 20 schoolgirls in northern Nigeria.", ("NGA", "EDU")),
                                            ("Russian forces shelled Kharkiv.", ("UKR", None))])
def test_victims_and_towns_attacked_have_their_country(text, recipient):
    _, events, _ = coded(text)
    assert [[(r.code, r.sector) for r in e.recipient] for e in events] == [[recipient]], [e.to_dict() for e in events]


# --- from the third fresh-user tryout ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Brazil beat Argentina 2-1 in the World Cup qualifier.",
    "Liverpool destroyed Chelsea 4-0 on Saturday.",
    "The striker shot the ball into the top corner.",
    "France invaded the pitch after the final whistle.",
    "Germany crushed Portugal 4-0 in the group stage.",
])
def test_sports_reporting_codes_no_political_event(text):
    from eventwire.events.triggers import sports_reporting
    from eventwire.nlp.model import load_model

    assert all(sports_reporting(s) for s in load_model()(text).sents)  # the sports cues are read
    rows, _, _ = coded(text)
    assert rows == [], rows


@pytest.mark.parametrize("text", ["Israeli troops killed 19-20 militants near Jenin.",
                                  "Russia attacked Ukraine on 19-20 October, officials said.",
                                  "Russia and Ukraine fought for control of the bridge."])
def test_numbers_and_ranges_are_no_scoreline(text):
    rows, _, _ = coded(text)
    assert rows, rows


@pytest.mark.parametrize("text,pub,date", [
    ("Russia attacked Ukraine on Monday night.", "2024-06-12", "2024-06-10"),
    ("Russia attacked Ukraine on Tuesday morning.", "2024-06-12", "2024-06-11"),
    ("Russia attacked Ukraine last night.", "2024-06-12", "2024-06-11"),
    ("Russia attacked Ukraine in the first week of May.", "2024-06-12", "2024-05"),
    ("Russia attacked Ukraine in May.", "2024-06-12", "2024-05"),
])
def test_times_of_day_and_weeks_of_a_month_resolve(text, pub, date):
    _, events, _ = coded(text, pub=pub)
    assert [e.date for e in events] == [date], [e.to_dict() for e in events]


def test_a_name_written_with_no_break_spaces_resolves():
    rows, _, _ = coded("The\u00a0United\u00a0States condemned Russia.")
    assert find(rows, "ACCUSE", "USA", "RUS"), rows


@pytest.mark.parametrize("text,recipient", [
    ("Russia threatened to attack Ukraine if NATO expands.", "UKR"),
    ("Israel threatened to ban voting in East Jerusalem if Hamas ran in the election.", "PSE"),
    ("Iran threatened to stop negotiations if the United States goes ahead.", "USA"),
])
def test_a_threat_targets_who_is_to_be_hit_else_who_must_meet_the_condition(text, recipient):
    rows, _, _ = coded(text)
    assert [r[2] for r in rows if r[0] == "THREATEN"] == [(recipient,)], rows


# --- issue 13: kinds seen on real news ------------------------------------------------------------------------
@pytest.mark.parametrize("text,event,event_text", [
    ("The court froze the newspaper's assets on Monday.", "SANCTION", "froze the newspaper's assets"),
    ("Russia's army shelled  Kharkiv overnight.", "ASSAULT", "shelled"),
])
def test_event_text_is_the_article_text_between_the_trigger_offsets(text, event, event_text):
    _, events, _ = coded(text)
    ev = [e for e in events if e.event == event]
    assert ev, [e.to_dict() for e in events]
    for e in events:  # the contract of the record table: text[text_info.start:text_info.end]
        assert e.event_text == text[e.text_info["start"]:e.text_info["end"]], e.to_dict()
    assert ev[0].event_text == event_text


def test_the_narration_between_two_quotations_is_not_quoted():
    from eventwire.events.quotes import find_quotes
    text = ('“We will not back down,” Crow told reporters, adding that “sanctions are a mistake," and left. '
            '«Nous resterons», a dit Macron à la presse, « jusqu’au bout ».')
    got = [sp.text(text) for sp in find_quotes(text)]
    assert got == ["We will not back down,", "sanctions are a mistake,", "Nous resterons", "jusqu’au bout"], got


def test_a_quote_run_on_into_the_next_one_ends_there_and_has_its_speaker():
    from eventwire.events.quotes import find_quotes
    text = ('“We will not back down,” Crow told reporters. “Russia is an alternative to the West. '
            '“Part of that is trade,” he said.')
    spans = find_quotes(text)
    assert [(sp.text(text), sp.runs_on) for sp in spans] == [
        ("We will not back down,", False), ("Russia is an alternative to the West.", True),
        ("Part of that is trade,", False)]
    _, _, quotes = coded(text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We will not back down,", "Crow"), ("Russia is an alternative to the West.", "Crow"),
        ("Part of that is trade,", "Crow")], quotes


@pytest.mark.parametrize("text,date_word", [
    ("In March 2012, Mali's army staged a coup.", "March"),
    ("On 3 March, Senegal's police arrested protesters in Dakar.", "March"),
    ("In March, Sudan's army attacked RSF positions in Khartoum.", "March"),
])
def test_a_date_word_is_never_a_trigger(text, date_word):
    from eventwire.events.triggers import is_date_word
    from eventwire.nlp.model import load_model

    assert any(is_date_word(t) for t in load_model()(text) if t.text == date_word)  # read as a date
    assert all(t.token.text != date_word for t in seen_triggers(text)), seen_triggers(text)
    _, events, _ = coded(text)
    assert "PROTEST" not in [e.event for e in events], [e.to_dict() for e in events]


def test_a_march_that_is_no_date_is_still_a_protest():
    rows, _, _ = coded("Thousands of women marched in Kabul in March.")
    assert [r[0] for r in rows] == ["PROTEST"], rows


@pytest.mark.parametrize("text,actor,recipient,rule", [
    ("Trump attacked The Wall Street Journal on Monday.", ("USA",), (), None),
    ("Erdogan attacked the European Union's decision on Tuesday.", ("TUR",), ("EUR",), None),
    ("The opposition attacked the ruling as unfair.", None, (), None),
    ("Senators attacked Biden for failing to act on Iran.", None, ("USA",), "verbal-attack-as-accuse"),
    ("Putin assailed NATO's plan.", ("RUS",), ("IGO",), None),
])
def test_an_attack_in_words_is_an_accusation_not_an_assault(text, actor, recipient, rule):
    rows, events, _ = coded(text)
    assert [r[0] for r in rows] == ["ACCUSE"], rows
    assert events[0].mode == "disapprove"
    if actor is not None:
        assert rows[0][1] == actor, rows
    assert rows[0][2] == recipient, rows
    if rule:
        assert events[0].text_info["rule"]["type"] == rule, events[0].text_info


@pytest.mark.parametrize("text,recipient", [
    ("Russian troops attacked Ukrainian positions near Bakhmut.", ("UKR",)),
    ("Gunmen attacked the convoy as it passed through Kidal.", ()),
    ("Rebels attacked the army base for hours.", (None,)),
    ("Militants attacked a police station in Peshawar.", ("PAK",)),
])
def test_a_physical_attack_stays_an_assault(text, recipient):
    rows, _, _ = coded(text)
    assert [r[0] for r in rows] == ["ASSAULT"] and rows[0][2] == recipient, rows


@pytest.mark.parametrize("text,event,mode", [
    ("Thousands of French workers took part in the strike in Paris.", "PROTEST", "strike"),
    ("Kenyan teachers went on strike over pay.", "PROTEST", "strike"),
    ("Israel carried out an air strike on Gaza.", "ASSAULT", "aerial"),
    # the named weapon sets the mode over the row's aerial (records.named_weapon_mode; PLOVER manual, ASSAULT modes:
    # missiles are heavy weapons, aerial is manned aircraft)
    ("Russia launched missile strikes on Kyiv.", "ASSAULT", "heavy-weapons"),
    ("Israel conducted a military strike against Iran.", "ASSAULT", "aerial"),
    ("Pakistan struck militant hideouts in Afghanistan.", "ASSAULT", None),
])
def test_a_labour_strike_is_a_protest_and_a_military_strike_an_assault(text, event, mode):
    _, events, _ = coded(text)
    assert [(e.event, e.mode) for e in events] == [(event, mode)], [e.to_dict() for e in events]


@pytest.mark.parametrize("text,actor", [("A US drone strike hit a convoy in Somalia.", ("USA",)),
                                        ("Israeli strikes pounded Rafah overnight.", ("ISR",)),
                                        ("The strike on the hospital in Gaza killed ten people.", ())])
def test_a_military_strike_is_never_a_protest(text, actor):
    rows, _, _ = coded(text)
    assert [r[:2] for r in rows] == [("ASSAULT", actor)], rows


@pytest.mark.parametrize("text", ["Officials destroyed documents before the inquiry.",
                                  "Trump's aides destroyed records of the meeting.",
                                  "The army destroyed its own stockpile of shells."])
def test_destroying_records_or_ones_own_things_is_no_assault(text):
    assert "ASSAULT" in seen(text)  # "destroyed" is read as a trigger
    _, events, _ = coded(text)
    assert "ASSAULT" not in [e.event for e in events], [e.to_dict() for e in events]


@pytest.mark.parametrize("text", ["Floods destroyed hundreds of homes in Pakistan.",
                                  "The storm destroyed buildings in Florida.",
                                  "Wildfires destroyed hundreds of homes in Greece.",
                                  "Cyclone Freddy destroyed villages in Malawi.",
                                  "Hundreds of homes were destroyed by floods in Pakistan.",
                                  "The earthquake destroyed thousands of buildings in Turkey."])
def test_natural_hazards_never_assault(text):
    assert "ASSAULT" in seen(text)  # the verb of damage is read as a trigger
    rows, _, _ = coded(text)
    assert "ASSAULT" not in [r[0] for r in rows], rows


@pytest.mark.parametrize("text,actor,recipient", [
    ("Russian forces destroyed a Ukrainian tank near Avdiivka.", ("RUS",), ("UKR",)),
    # an uncoded armed group takes the country of the place of the act (issue 13, story context)
    ("Militants destroyed a school in Borno.", ("NGA",), ("NGA",)),
])
def test_destroying_property_of_another_party_is_an_assault(text, actor, recipient):
    rows, events, _ = coded(text)
    assert [r[:3] for r in rows] == [("ASSAULT", actor, recipient)], rows
    assert events[0].mode == "destroy"


@pytest.mark.parametrize("text,verbal,actor,recipient", [
    ("China never condemned Russia's invasion of Ukraine.", ("CHN",), ("RUS",), ("UKR",)),
    ("India did not criticise Russia's attack on Kyiv.", ("IND",), ("RUS",), ("UKR",)),
])
def test_the_negation_of_a_condemnation_stays_on_it(text, verbal, actor, recipient):
    rows, _, _ = coded(text)
    assert [(r[0], r[1], r[4]) for r in rows if r[0] == "ACCUSE"] == [("ACCUSE", verbal, True)], rows
    assault = [r for r in rows if r[0] == "ASSAULT"]
    assert [(r[1], r[2], r[4]) for r in assault] == [(actor, recipient, False)], rows


@pytest.mark.parametrize("text", ["Russia did not launch an attack on Kyiv.",
                                  "Israel did not carry out the strike on Damascus.",
                                  "Russia never attacked Ukraine's power grid."])
def test_a_negated_attack_stays_negated(text):
    rows, _, _ = coded(text)
    assert [(r[0], r[4]) for r in rows] == [("ASSAULT", True)], rows


@pytest.mark.parametrize("text,source", [
    ("Government forces shelled rebel positions in Idlib, the Syrian Observatory for Human Rights said.",
     "the Syrian Observatory for Human Rights"),
    ("Houthi rebels attacked a cargo ship near Hodeidah, the British military's maritime agency said.",
     "the British military's maritime agency"),
    ("Police arrested 30 protesters in Tbilisi, the interior ministry said in a statement.", "the interior ministry"),
])
def test_a_trailing_attribution_marks_the_sentence_reported(text, source):
    _, events, _ = coded(text)
    assert events, "no event coded"
    assert all(e.reported and e.sources == [source] for e in events), [e.to_dict() for e in events]


@pytest.mark.parametrize("text,pub,date,basis", [
    ("Russia attacked Kharkiv last week.", "2024-05-16", "2024-05", "text"),
    ("Russia attacked Kharkiv last week.", "2024-06-03", None, None),  # May 27 - June 2: no one month
    ("Police arrested 30 protesters in Tbilisi earlier this week.", "2024-05-16", "2024-05", "text"),
    ("Russia has shelled Kharkiv in recent days.", "2024-05-16", None, None),
    ("Russia attacked Kharkiv last month.", "2024-05-16", "2024-04", "text"),
    ("Russia attacked Kharkiv on Tuesday.", "2024-05-16", "2024-05-14", "text"),
    ("Russia attacked Kharkiv this morning.", "2024-05-16", "2024-05-16", "publication"),
])
def test_a_relative_span_is_never_the_publication_day(text, pub, date, basis):
    _, events, _ = coded(text, pub=pub)
    assert [(e.date, e.date_basis) for e in events] == [(date, basis)], [e.to_dict() for e in events]


@pytest.mark.parametrize("expr,pub,future,want", [
    ("last week", "2024-05-16", False, ("2024-05", "month")),
    ("last weekend", "2024-06-03", False, ("2024-06", "month")),
    ("next week", "2024-05-30", True, ("2024-06", "month")),
    ("last week", "2024-06-03", False, None),
])
def test_relative_weeks_resolve_to_their_month(expr, pub, future, want):
    from datetime import date as _date

    from eventwire.events.dates import resolve_expression
    assert resolve_expression(expr, _date.fromisoformat(pub), future=future) == want


@pytest.mark.parametrize("text,events", [
    ("Biden visited Kyiv weeks before Russia invaded Ukraine.", [("CONSULT", None), ("ASSAULT", None)]),
    ("Germany imposed sanctions on Russia before Russia invaded Ukraine.", [("SANCTION", None), ("ASSAULT", None)]),
    ("The talks collapsed after Israel bombed Rafah.", [("ASSAULT", None)]),
    ("Hamas released two hostages on Monday after Israel bombed Rafah.", [("RETREAT", "2024-05-13"),
                                                                          ("ASSAULT", None)]),
    ("Ukrainian forces shot down 20 drones before they reached Kyiv.", [("ASSAULT", "2024-05-16")]),
    ("Police arrested the man before he could attack the mosque.", [("COERCE", "2024-05-16")]),
])
def test_an_act_timed_by_another_act_is_not_dated_today(text, events):
    _, got, _ = coded(text, pub="2024-05-16")
    assert [(e.event, e.date) for e in got] == events, [e.to_dict() for e in got]


@pytest.mark.parametrize("press,party,dyad", [
    ("The Kenyan foreign minister met journalists in Nairobi.",
     "The Kenyan foreign minister met Ugandan officials in Nairobi.", ("UGA", "KEN")),  # in Nairobi: Uganda visits
])
def test_talking_to_the_press_is_no_consultation(press, party, dyad):
    """admission.press_as_counterpart (PLOVER manual, CONSULT; field case C29): the same meeting with a party is
    coded, with the press it is a statement."""
    assert [r[:3] for r in find(coded(party)[0], "CONSULT")] == [("CONSULT", (dyad[0],), (dyad[1],))]
    assert "CONSULT" in seen(press)  # "met" is read as a trigger
    assert not find(coded(press)[0], "CONSULT")


# issue 13: SANCTION on real news -- leaving an organisation, tariffs and levies, halted aid; consultations as nouns
@pytest.mark.parametrize("text, actors, recipient", [
    ("Burkina Faso, Mali and Niger withdrew from ECOWAS last year.", {"BFA", "MLI", "NER"}, "IGO"),
    ("Hungary withdrew from the International Criminal Court on Thursday.", {"HUN"}, "IGO"),
    ("The United States withdrew from the World Health Organization.", {"USA"}, "UNO"),
])
def test_leaving_an_organisation_is_a_sanction_withdraw(text, actors, recipient):
    rows, events, _ = coded(text)
    sanction = [e for e in events if e.event == "SANCTION"]
    assert {a.code for e in sanction for a in e.actor} == actors, rows
    assert all(e.mode == "withdraw" and [r.code for r in e.recipient] == [recipient] for e in sanction)
    assert all(e.text_info["rule"]["type"] == "left-organisation-as-sanction" for e in sanction)
    assert not find(rows, "RETREAT")


@pytest.mark.parametrize("text", [
    "Russian forces withdrew from Kherson in November.",          # a retreat from territory
    "Russia withdrew its troops from the United Nations mission.",  # military resources withdrawn
])
def test_a_withdrawal_of_forces_stays_a_retreat(text):
    rows, _, _ = coded(text)
    assert find(rows, "RETREAT") and not find(rows, "SANCTION"), rows


@pytest.mark.parametrize("text, actor, recipient", [
    ("Trump doubled the 25% tariff on Canadian steel on Tuesday.", "USA", "CAN"),
    ("Washington is keeping new tariffs in place on Mexico.", "USA", "MEX"),
    ("Beijing retaliated with its own tariffs on American farm goods.", "CHN", "USA"),
    ("The European Union slapped a 10% levy on Chinese electric cars.", "EUR", "CHN"),
    ("Ottawa levied 25% tariffs on U.S. goods.", "CAN", "USA"),
    ("The U.N. Security Council ramped up sanctions on North Korea.", "UNO", "PRK"),
    ("The United States ceased military aid to Ukraine on Monday.", "USA", "UKR"),
    ("Germany paused arms deliveries to Saudi Arabia.", "DEU", "SAU"),
    ("Canada banned the importation of wildlife trophies from Botswana.", "CAN", "BWA"),
])
def test_tariffs_levies_and_halted_aid_are_sanctions(text, actor, recipient):
    rows, _, _ = coded(text)
    assert find(rows, "SANCTION", actor, recipient), rows


def test_a_tariff_that_is_no_trade_measure_is_no_sanction():
    # "the tariff for murder" (a British minimum prison term): no governor of a trade measure
    rows, _, _ = coded("The judge said the tariff for murder was too low.")
    assert not find(rows, "SANCTION"), rows


@pytest.mark.parametrize("text, actor, recipient", [
    ("Pakistan said discussions with the International Monetary Fund are progressing well.", "PAK", "IGO"),
    ("Sheinbaum told Trump in phone conversations that Mexico had made progress.", "MEX", "USA"),
    ("Japan held consultations with South Korea on Friday.", "JPN", "KOR"),
])
def test_discussions_conversations_and_consultations_are_consult(text, actor, recipient):
    rows, _, _ = coded(text)
    assert find(rows, "CONSULT", actor, recipient), rows


@pytest.mark.parametrize("text", [
    "Mauritius conferred its highest civilian honour on the Indian prime minister.",
    "The senator said he opted to wait until after consultation with party colleagues.",
])
def test_an_honour_conferred_or_a_domestic_consultation_is_no_consult(text):
    rows, _, _ = coded(text)
    assert not find(rows, "CONSULT"), rows


@pytest.mark.parametrize("text", [
    "Spanish miners have arrived in Madrid after walking 400 km from the north.",
    "More than 80,000 foreigners have traveled to Vietnam for medical examinations.",
    "Seventy passengers had arrived at the station in Quetta by Tuesday evening.",
])
def test_a_private_journey_is_no_visit(text):
    assert "CONSULT" in seen(text), "the journey verb is read as a visit first"
    rows, _, _ = coded(text)
    assert not find(rows, "CONSULT") and not find(rows, "AGREE"), rows


@pytest.mark.parametrize("text, actor, recipient", [
    ("U.S. Secretary of State Antony Blinken arrived in Kyiv on Wednesday.", "USA", "UKR"),
    ("Indian Prime Minister Narendra Modi traveled to Mauritius on Tuesday.", "IND", "MUS"),
    ("The U.N. envoy arrived in Tripoli on Monday.", "UNO", "LBY"),
])
def test_an_officials_journey_stays_a_visit(text, actor, recipient):
    rows, events, _ = coded(text)
    assert find(rows, "CONSULT", actor, recipient), rows
    assert all(e.mode == "visit" for e in events if e.event == "CONSULT")


@pytest.mark.parametrize("text, actor, recipient", [
    ("The United Nations deplored the killing of aid workers in Gaza.", "UNO", "PSE"),
    ("North Korea slammed joint military exercises held by South Korea.", "PRK", "KOR"),
    ("Beijing rebuked Washington over its arms sales to Taiwan.", "CHN", "USA"),
    ("The European Union expressed concern about the arrest of opposition leaders in Turkey.", "EUR", "TUR"),
    ("Human Rights Watch decried Egypt's crackdown on journalists.", "NGO", "EGY"),
])
def test_words_of_disapproval_are_accuse(text, actor, recipient):
    rows, events, _ = coded(text)
    hits = find(rows, "ACCUSE", actor, recipient)
    assert hits, rows
    assert all(e.mode == "disapprove" for e in events if e.event == "ACCUSE")


@pytest.mark.parametrize("text", ["He slammed the door and left the room.", "I regret nothing about that summer."])
def test_a_door_slammed_or_a_private_regret_is_no_accusation(text):
    rows, _, _ = coded(text)
    assert not find(rows, "ACCUSE"), rows


@pytest.mark.parametrize("text, actor, recipient", [
    ("Canada's foreign minister called Russia's invasion of Ukraine illegal and unjustified.", "CAN", "RUS"),
    ("Moscow branded the American sanctions illegal.", "RUS", "USA"),
    ("China called the visit of the U.S. delegation a provocation.", "CHN", "USA"),
    # "labelled the Ukrainian report baseless" is a denial of a claim, REJECT: test_dismissed_claims.py
    ('The Haitian police spokesman described the jailbreak as "deplorable."', "HTI", None),
    # the disapproval in a modifier or "of" object of a neutral head noun (triggers.judgement_with_modifiers)
    ("North Korea bristled at the American port visit, calling it a reckless act of provocation.", "PRK", "USA"),
    ("The Iranian minister described the Saudi decision as a shameful one.", "IRN", "SAU"),
])
def test_a_judgement_of_disapproval_is_accuse(text, actor, recipient):
    rows, events, _ = coded(text)
    hits = [e for e in events if e.event == "ACCUSE" and e.text_info["rule"]["trigger"] == "judgement"]
    assert hits, rows
    assert hits[0].mode == "disapprove" and actor in {a.code for a in hits[0].actor}
    if recipient:
        assert recipient in {r.code for r in hits[0].recipient}


@pytest.mark.parametrize("text", [
    "The Kenyan minister described the talks with Somalia as productive.",
    "Germany called the agreement with France a success.",
    "The Iranian minister described the Saudi decision as a bold one.",
    "North Korea called the American visit a welcome act of goodwill.",
])
def test_a_favourable_judgement_accuses_nobody(text):
    rows, events, _ = coded(text)
    assert not [e for e in events if e.text_info["rule"]["trigger"] == "judgement"], rows
    assert not find(rows, "ACCUSE"), rows


def test_every_cut_of_a_giant_run_on_line_is_reported(monkeypatch):
    """A giant single line with no sentence end: the parser's piece (MAX_CHUNK_CHARS, shrunk here to keep the test
    fast) is cut at whitespace and the run report says so (chunk_cuts:N), besides the run-on cuts; the pieces
    cover the text exactly (nothing truncated)."""
    from eventwire.nlp import segment as S
    from eventwire.pipeline import code_batch
    from eventwire.schema import Article

    monkeypatch.setattr(S, "MAX_CHUNK_CHARS", 2_000)
    text = " ".join(f"Kenya criticized Uganda over the border row number {i}" for i in range(90))  # ~5,000 chars
    seg = S.segment_article(text)
    assert seg.chunk_cuts == len(text) // 2_000 and all(len(s.text) <= 2_000 for s in seg.segments)
    assert "".join(text[s.start:s.end] for s in seg.segments).replace(" ", "") == text.replace(" ", "")
    (rep,) = code_batch([Article(text=text, publication_date="2024-01-01")]).reports
    assert rep.status == "coded" and f"chunk_cuts:{seg.chunk_cuts} " in rep.reason, rep.reason


def test_a_long_text_of_short_sentences_has_no_cut_notes():
    from eventwire.nlp.segment import segment_article

    text = " ".join(f"Kenya criticized Uganda over the border row number {i}." for i in range(200))
    seg = segment_article(text)
    assert (seg.chunk_cuts, seg.run_on_cuts, seg.collapsed_repeats) == (0, 0, 0)
