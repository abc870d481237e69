"""A province or state name that several countries share is left uncoded unless the sentence names one of them
(actors.resolve.place_country): "politicians in Florida" is no Uruguayan department."""
from eventwire import code_text
from eventwire.actors.resolve import place_country


def test_shared_province_name_without_context_is_uncoded():
    assert place_country("Florida") is None
    assert place_country("Punjab") is None


def test_a_named_country_settles_a_shared_province_name():
    assert place_country("Florida", frozenset({"USA"})) == "USA"
    assert place_country("Punjab", frozenset({"PAK"})) == "PAK"


def test_unshared_province_names_keep_their_country():
    assert place_country("Kaduna") == "NGA"
    assert place_country("Anbar") == "IRQ"


def test_no_foreign_actor_from_a_shared_state_name():
    events, _ = code_text("Politicians in Florida were talking Wednesday about ways to overhaul the state's "
                          "balloting system.", publication_date="2024-05-14")
    assert all(a.code != "URY" for e in events for a in e.actor)
