"""Two misparses of the small model, repaired (fresh-user tryout):
- "The Philippines accused China's coast guard of firing water cannon": the "of" phrase hangs on the accused noun,
  not the verb; the accused is still the doer of the gerund (actor_rules.accused_of_gerund) and the recipient's
  text stops before the act (ActorResolver._np_span). It was PHL ASSAULT CHN/MIL, the accuser as attacker.
- "Sudan's paramilitary Rapid Support Forces shelled El Fasher, killing ...": the adjective is parsed as a second
  subject; the noun is the subject (nlp.views.subject_of). The attack had no record."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text,accuser,accused", [
    ("The Philippines accused China's coast guard of firing water cannon at its supply boat near the Second Thomas "
     "Shoal on Saturday.", "PHL", "CHN"),
    ("Ukraine accused Russia's army of shelling a hospital in Kharkiv.", "UKR", "RUS"),
])
def test_the_accused_does_the_act_even_when_of_hangs_on_the_noun(text, accuser, accused):
    rows, events, _ = coded(text)
    acts = [e for e in events if e.event == "ASSAULT"]
    assert acts and all(accused in [a.code for a in e.actor] for e in acts), rows
    assert not [e for e in acts if accuser in [a.code for a in e.actor]], rows
    accusations = [e for e in events if e.event == "ACCUSE" and accuser in [a.code for a in e.actor]]
    assert accusations and all(" of " not in r.entity_text for e in accusations for r in e.recipient), rows


def test_an_adjective_parsed_as_second_subject_gives_way_to_the_noun():
    rows, events, _ = coded("Sudan's paramilitary Rapid Support Forces shelled El Fasher, killing at least 40 "
                            "civilians, the United Nations said.")
    assert [e for e in events if e.event == "ASSAULT" and any(a.code == "SDN" for a in e.actor)], rows


def test_a_single_subject_is_unchanged():
    # negative: one subject, an ordinary clause
    rows, events, _ = coded("Paramilitary forces shelled the town of Kadugli in Sudan on Sunday.")
    assert [e for e in events if e.event == "ASSAULT" and e.actor], rows
