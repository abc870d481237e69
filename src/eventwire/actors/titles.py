"""Office titles written with a name (issue 12): which sector a title gives, and the words that make an
office a past one. A leaf module (it imports only the lexicon) shared by the dictionaries, the knowledge base
and :mod:`eventwire.actors.infer`; ``D`` below is an object with ``sector_of_noun(lemma) -> sector | None``
(:class:`~eventwire.actors.dictionaries.ActorDictionaries`)."""
from __future__ import annotations

from ..lexicon import words

__all__ = ["FORMER_WORDS", "GOV_TITLES", "title_sector", "written_title_sector"]

#: Words that make an office a past one ("former President", "ex-minister"; not "then-President", which
#: dates the office to the event).
FORMER_WORDS = words("former_word")

#: Office words that are GOV when the sector-noun table has no entry (as the resolver's ROLE_GOV).
GOV_TITLES = words("gov_title_word")


def title_sector(D, title: str) -> str | None:
    """Sector of office words ("prime minister" -> GOV, "lieutenant general" -> MIL, "senator" -> LEG). The
    longest run of final words the sector-noun table lists decides before any single word: "arab league secretary
    general" is a "secretary general" (GOV), not a "general" (MIL); "nato secretary general" likewise (fresh user,
    stop 22: the Arab League's Secretary-General Ahmed Aboul Gheit was coded MIL)."""
    if not title:
        return None
    sec = D.sector_of_noun(title)
    parts = title.split()
    for k in range(1, len(parts) - 1):  # the whole title was tried; single words come last
        if sec:
            break
        sec = D.sector_of_noun(" ".join(parts[k:]))
    for w in reversed(parts):
        if sec:
            break
        sec = D.sector_of_noun(w) or ("GOV" if w in GOV_TITLES else None)
    return sec


def written_title_sector(D, texts: list[str], lowers: list[str], start: int) -> str | None:
    """Sector of a capitalised title written right before a name at token ``start`` ("President Reagan's
    statement" -> GOV, "Gen. Avril" -> MIL); None when there is none or "former"/"ex-" precedes it. Used
    when the dated rows say a person held no office that day: the text's title speaks of the day it was
    written (PLOVER codes the actor as the story describes it)."""
    for L in (3, 2, 1):
        k = start - L
        if k < 0 or not texts[k][:1].isupper():
            continue
        phrase = " ".join(lowers[k:start])
        sec = D.sector_of_noun(phrase) or (title_sector(D, phrase) if L == 1 else None)
        if sec:
            if k > 0 and (lowers[k - 1] in FORMER_WORDS or lowers[k - 1].startswith("ex-")):
                return None
            return sec
    return None
