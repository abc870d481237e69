"""A state of disapproval said of a party, with what it is about, is ACCUSE disapprove (PLOVER manual, ACCUSE
"criticize ... disapprove"; CAMEO 111): triggers.stance_statements, lexicon ``disapproval_stance``; the passive
participle's subject is the actor (lexicon ``stative_passive``). voa_news: "the United States is 'deeply
disappointed' by the approval of the legislation" (gold USA ACCUSE SOM) was read only by the detector."""
import pytest

from test_coder_rules import coded, find


@pytest.mark.parametrize("text,actor,recipient", [
    ("The United States is deeply disappointed by the Somali government's decision to extend its term.", "USA", "SOM"),
    ("Japan is alarmed at North Korea's latest missile launches.", "JPN", "PRK"),
    ("Britain said it was seriously concerned about Iran's enrichment of uranium.", "GBR", "IRN"),
    ("The European Union was dismayed by the Turkish government's arrest of the opposition leader.", "EUR", "TUR"),
    ("China remains troubled by American arms sales to Taiwan.", "CHN", "USA"),
    ("Germany is outraged over Russia's detention of the journalist.", "DEU", "RUS"),
])
def test_a_stated_disapproval_of_a_party_is_accuse(text, actor, recipient):
    rows, events, _ = coded(text)
    hit = [e for e in events if e.event == "ACCUSE" and actor in [a.code for a in e.actor]
           and recipient in [r.code for r in e.recipient]]
    assert hit, rows
    assert hit[0].mode == "disapprove" and hit[0].text_info["rule"]["trigger"] == "stance", rows


@pytest.mark.parametrize("text", [
    "Analysts are concerned.",                                   # about nothing named
    "France is concerned with the health of its economy.",       # what one deals with
    "The talks were troubled from the start.",                   # no party's state
    "Kenya is pleased with Ethiopia's decision.",                 # approval, not disapproval
])
def test_no_disapproval_without_a_party_and_what_it_is_about(text):
    _, events, _ = coded(text)
    assert not [e for e in events if e.text_info["rule"]["trigger"] == "stance"], [e.to_dict() for e in events]
