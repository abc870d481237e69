"""A person named as the object of a row whose recipient is read from the object's modifiers (verbs.tsv ``receive``
PERSON, recipient ``objmod``) is that person as resolved, title and all (recipient_rules.objmod_entities):
"Modi received Japanese Prime Minister Fumio Kishida" gave recipient JPN with no sector. PLOVER manual, CONSULT
(host) and "Actors" (sector from the referring expression)."""
import pytest

from test_coder_rules import coded


@pytest.mark.parametrize("text, actor, recipient, sector", [
    ("Indian Prime Minister Narendra Modi received Japanese Prime Minister Fumio Kishida in New Delhi.", "IND", "JPN",
     "GOV"),
    ("French President Emmanuel Macron received Turkish President Recep Tayyip Erdogan in Paris.", "FRA", "TUR", "GOV"),
    ("Egyptian President Abdel Fattah el-Sisi received Sudanese army chief Abdel Fattah al-Burhan in Cairo.", "EGY", "SDN",
     "MIL"),
])
def test_received_person_keeps_sector(text, actor, recipient, sector):
    _, events, _ = coded(text)
    consult = [e for e in events if e.event == "CONSULT" and [a.code for a in e.actor] == [actor]]
    assert consult, events
    assert [(r.code, r.sector) for r in consult[0].recipient] == [(recipient, sector)], consult[0].recipient


def test_received_envoy_by_title_still_objmod():
    rows, _, _ = coded("Chinese President Xi Jinping received the Japanese ambassador in Beijing.")
    assert ("CONSULT", ("CHN",), ("JPN",)) in [r[:3] for r in rows], rows
