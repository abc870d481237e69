"""Pronoun subjects resolved to the right person (issue 13, wrong-actor kind "he"/"she"/"they" taken for the last
person named), each rule with made-up variants and negatives that must not change."""
import pytest

from test_coder_rules import coded


def actors(events, event):
    return [(a.entity_text, a.code) for e in events if e.event == event for a in e.actor]


# --- a pronoun is never the person coordinated with it (ActorResolver._conjoined_names) --------------------------
@pytest.mark.parametrize("text,event,pron,code,other", [
    ("French Foreign Minister Marie Dubois visited Chad on Monday. Kenyan President Daniel Otieno also spoke at the "
     "meeting. She and Otieno urged the Security Council to press the warring parties.", "REQUEST", "She", "FRA",
     "KEN"),
    ("Peruvian Foreign Minister Ana Rojas flew to Brussels. Polish envoy Jan Nowak addressed the ministers. She and "
     "Nowak urged the European Union to lift the tariffs.", "REQUEST", "She", "PER", "POL"),
])
def test_pronoun_is_not_its_conjunct(text, event, pron, code, other):
    _, events, _ = coded(text)
    got = actors(events, event)
    assert (pron, code) in got, got
    assert (pron, other) not in got, got


def test_pronoun_conjoined_with_an_earlier_person_keeps_the_last_one():
    # negative: the conjunct is not the last person named, so the last one stands
    _, events, _ = coded("Nigerian Foreign Minister Grace Okafor arrived in Geneva. German envoy Klaus Weber addressed "
                         "the council. He and Okafor called on the warring parties to open the roads.")
    got = actors(events, "REQUEST")
    assert ("He", "DEU") in got and ("He", "NGA") not in got, got


# --- "he" in a clause hanging on another: a person named before it in its sentence (_sentence_person) -----------
@pytest.mark.parametrize("text,code,wrong", [
    ("Indian Prime Minister Ravi Kumar spoke in Delhi on Monday. Chinese officials refused to meet British Prime "
     "Minister John Carter after he met the Dalai Lama in London.", "GBR", "IND"),
    ("Mexican President Luis Ortega toured the border. Cuban officials cancelled talks with Canadian Prime Minister "
     "Paul Martin because he had met Cuban dissidents.", "CAN", "MEX"),
])
def test_pronoun_in_subordinate_clause_takes_sentence_person(text, code, wrong):
    _, events, _ = coded(text)
    got = [c for _, c in actors(events, "CONSULT") if c]
    assert code in got and wrong not in got, got


@pytest.mark.parametrize("text,code", [
    # negatives: a main-clause "He" has no antecedent in its own sentence; the last person stands
    ("Russian President Ivan Petrov met Turkish President Ali Demir on Monday. He urged Syria to hold elections.",
     "RUS"),
    ("Egyptian President Omar Hassan spoke to reporters in Cairo. He urged Israel to stop its strikes on Gaza.",
     "EGY"),
])
def test_main_clause_pronoun_takes_last_person(text, code):
    _, events, _ = coded(text)
    got = [c for _, c in actors(events, "REQUEST")]
    assert got and set(got) == {code}, got


# --- the main clause's subject is the one remembered (eventwire.events.coder.remember_subjects) -----------------
@pytest.mark.parametrize("text,code,wrong", [
    ("U.S. officials say Cubans leave because they are unhappy with the economy. They also accuse Havana of "
     "restricting legal exits.", "USA", "CUB"),
    ("French officials say Malians flee because the militias threaten their villages. They also accuse Bamako of "
     "ignoring the north.", "FRA", "MLI"),
    ("German diplomats believe Syrians return home because the fighting has eased. They also accused Damascus of "
     "arresting returnees.", "DEU", "SYR"),
])
def test_they_is_the_main_clause_subject(text, code, wrong):
    _, events, _ = coded(text)
    got = [c for t, c in actors(events, "ACCUSE") if t == "They"]
    assert got == [code], got


def test_they_keeps_an_embedded_subject_when_the_main_one_is_no_party():
    # negative: "a new report" resolves to nothing, so the troops stay the antecedent
    _, events, _ = coded("A new report says Russian troops shelled Kharkiv overnight. They also attacked Odesa.")
    got = [c for t, c in actors(events, "ASSAULT") if t == "They"]
    assert got == ["RUS"], got


# --- "it"/"they" in a clause hanging on another: the governing clause's subject (_sentence_group) --------------
@pytest.mark.parametrize("text,event,code,wrong", [
    ("Turkey criticised Greece on Monday. The Iraqi government gave no reason why it had expelled the Turkish "
     "ambassador.", "SANCTION", "IRQ", "TUR"),
    ("Japan criticised China on Monday. The South Korean navy gave no explanation of why it had fired on the "
     "fishing boat.", "ASSAULT", "KOR", "JPN"),
    ("Egypt hosted the talks. Hamas unleashed a barrage of rockets after issuing a warning that it would fire at "
     "Tel Aviv.", "ASSAULT", "PSE", "EGY"),
])
def test_group_pronoun_in_subordinate_clause_takes_governing_subject(text, event, code, wrong):
    _, events, _ = coded(text)
    got = [c for t, c in actors(events, event) if t == "it"]
    assert got == [code], got


@pytest.mark.parametrize("text,event,code", [
    # negatives: no governing clause ("It later accused"), or a plural subject that "it" does not agree with
    ("Chile complained to Peru on Friday. It later accused Lima of interference.", "ACCUSE", "CHL"),
    ("Chile complained to Peru on Friday. Bolivian officials gave no reason why it had expelled the Peruvian envoy.",
     "SANCTION", "CHL"),
])
def test_group_pronoun_without_agreeing_governing_subject_keeps_memory(text, event, code):
    _, events, _ = coded(text)
    got = [c for t, c in actors(events, event) if t.lower() == "it"]
    assert got == [code], got


# --- "it" that is the warner itself is nobody else (ActorResolver._sentence_group with exclude_codes) ---------------
@pytest.mark.parametrize("text,actor,recipient", [
    ("The United States warned Wednesday that it will continue to exert maximum pressure on Iran.", "USA", "IRN"),
    ("China warned that it would keep up military pressure on Taiwan.", "CHN", "TWN"),
    ("Russia warned that it will impose new sanctions on Moldova.", "RUS", "MDA"),
])
def test_a_warning_about_what_the_warner_will_do_targets_the_party_of_the_act(text, actor, recipient):
    rows, events, _ = coded(text)
    hit = [e for e in events if e.event == "THREATEN"]
    assert hit, rows
    assert [a.code for a in hit[0].actor] == [actor] and [r.code for r in hit[0].recipient] == [recipient], rows


def test_a_warning_about_another_party_still_names_it():
    # negative: "it" of a governing clause whose subject is another party stays that party
    rows, events, _ = coded("Kenyan officials said Somalia's government warned that it would close the border.")
    assert not [e for e in events if e.event == "THREATEN" and [r.code for r in e.recipient] == ["KEN"]], rows
