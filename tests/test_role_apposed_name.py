"""A person introduced by name and role in apposition is remembered whatever the small NER model tags the name
(ORG, or a person of the actor tables tagged ORG), coded by the role, so that a later bare surname, even one the
tagger reads as a common noun opening the sentence, finds the person (actors.infer.appositive_role,
role_apposed_name; actors.resolve.ActorResolver.appositive_role_info, remembered_surname_as_noun;
events.speakers.role_apposed_names). Before: "Tyopev urged residents to remain calm" and "Toha promised to meet the
mayors" coded nothing."""
import pytest

from test_coder_rules import coded
from eventwire.actors.infer import appositive_role


def found(text):
    rows, events, _ = coded(text)
    return rows, [(e.event, [a.code for a in e.actor], [a.name or "" for a in e.actor]) for e in events]


@pytest.mark.parametrize("text,event,code,name", [
    # an unknown name the NER tags ORG, the role after it
    ("Gunmen killed five villagers in Benue state on Sunday. Terna Tyopev, the state police spokesperson, said "
     "officers had been deployed. Tyopev urged residents to remain calm.", "REQUEST", "NGA", "Tyopev"),
    ("Rebels attacked an army post in Borno on Friday. Kunle Tyokase, the army spokesman, said the rebels had "
     "fled. Tyokase called on residents to stay indoors.", "REQUEST", "NGA", "Tyokase"),
    # the role first, the name in apposition to it (a person of the actor tables the NER tags ORG)
    ("Chile's interior minister, Carolina Toha, said the government would send troops to the south. Toha "
     "promised to meet the mayors next week.", "AGREE", "CHL", "Toh"),
    ("Chile's interior minister, Carolina Toha, said the government would send troops. Toha urged the mayors "
     "to cooperate.", "REQUEST", "CHL", "Toh"),
])
def test_the_later_surname_finds_the_person(text, event, code, name):
    rows, got = found(text)
    assert any(e == event and a == [code] and any(name in n for n in names) for e, a, names in got), rows


def test_the_role_gives_the_sector():
    # a PERSON the NER knows, no table does: "the defence minister" in apposition makes it GOV (before: no sector)
    rows, events, _ = coded("Protesters blocked roads in Lima on Tuesday. Peru's defence minister, Walter Astudillo, "
                            "said troops would be sent. Astudillo urged the protesters to go home.")
    req = [e for e in events if e.event == "REQUEST"]
    assert req and [(a.code, a.sector) for a in req[0].actor] == [("PER", "GOV")], rows


@pytest.mark.parametrize("text,role", [
    ("Terna Tyopev, the state police spokesperson, said so.", "spokesperson"),
    ("Chile's interior minister, Carolina Toha, said so.", "minister"),
    ("Boko Haram, the militant group, said so.", None),          # a group is no person
    ("Kwara Tigers, the regional ministry, said so.", None),      # neither is an institution
])
def test_appositive_role(nlp, text, role):
    doc = nlp(text)
    heads = [t for t in doc if t.pos_ == "PROPN" and t.dep_ != "compound" and t.i > 0 and doc[t.i - 1].pos_ == "PROPN"]
    got = [appositive_role(h) for h in heads]
    assert [r.lower_ if r is not None else None for r in got][:1] == [role]


def test_an_unremembered_capitalised_noun_is_nobody():
    # no person named Tyopev before: the sentence-opening noun stays unknown
    rows, got = found("Tyopev urged residents to remain calm.")
    assert not any(names and any("Tyopev" in n for n in names) for _, _, names in got), rows



def test_a_role_the_parser_made_a_second_subject_is_the_names_role(hand_doc):
    # split_subject_apposition (actors.infer.split_subject_role): no comma after the role, and the small model makes
    # the name and the role both subjects of "said" (a parse seen in a wire story); the role is the name's all the
    # same, so the person is remembered (before: a later "Okoro called on ..." had no actor). Invented words.
    doc = hand_doc("""
    Emeka        1 compound PROPN NNP  emeka        B-PERSON
    Okoro        6 nsubj    PROPN NNP  okoro        I-PERSON
    ,            1 punct    PUNCT ,    ,
    the          5 det      DET   DT   the
    police       5 compound NOUN  NN   police
    spokesperson 6 nsubj    NOUN  NN   spokesperson
    said         6 ROOT     VERB  VBD  say
    """)
    role = appositive_role(doc[1])
    assert role is not None and role.i == 5
    # a second subject with no comma between is no apposition
    doc = hand_doc("""
    Okoro        2 nsubj    PROPN NNP  okoro        B-PERSON
    spokesperson 2 nsubj    NOUN  NN   spokesperson
    said         2 ROOT     VERB  VBD  say
    """)
    assert appositive_role(doc[0]) is None
