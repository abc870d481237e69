"""A denial with no recipient in its clause answers the story's accusation of the denier
(story_context.accuser_of_denier). Fresh-user tryout: "Belarus denied the accusations" after the EU's accusation was
BLR REJECT BLR (the implicit recipient: its own country)."""
from test_coder_rules import coded


def test_the_denial_answers_the_accuser():
    rows, events, _ = coded(
        "The European Union on Tuesday imposed sanctions on 17 Belarusian officials, accusing President Alexander "
        "Lukashenko's government of orchestrating a migrant crisis on the bloc's border. "
        "Belarus denied the accusations on Wednesday.")
    denials = [e for e in events if e.event == "REJECT" and "BLR" in [a.code for a in e.actor]]
    assert denials and all([r.code for r in e.recipient] == ["EUR"] for e in denials), rows


def test_a_domestic_accusation_gives_a_domestic_denial():
    rows, events, _ = coded(
        "Afghan officials accused the Taliban of plotting the attack on the girls' school in Kabul. "
        "The insurgent group denied involvement, saying it condemns any violence against Afghan civilians.")
    denials = [e for e in events if e.event == "REJECT"]
    assert denials and all("AFG" in [r.code for r in e.recipient] for e in denials), rows


def test_a_denial_with_its_own_recipient_keeps_it():
    rows, events, _ = coded(
        "Russia accused Ukraine of shelling the Zaporizhzhia plant. Kyiv denied Moscow's claims on Monday.")
    denials = [e for e in events if e.event == "REJECT" and "UKR" in [a.code for a in e.actor]]
    assert denials and all("RUS" in [r.code for r in e.recipient] for e in denials), rows
