"""PLOVER ontology tables: quad classes, base PLOVER scores, CAMEO Goldstein values, crosswalk helpers.

Sources: PLOVER manual v0.8 (event types, quad classes, score table; ACCUSE's printed "3" is a sign
typo, -3 used); CAMEO 1.1b3 and the GDELT/Parus Goldstein table (root-level values; subcodes not
listed here take their root's value).
"""
from __future__ import annotations

from ..schema import PLOVER_EVENTS

#: PLOVER type -> QuadClass (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict).
#: SANCTION: the manual's summary table says 3, its own section and CAMEO 16 ("reduce relations",
#: GDELT QuadClass 4) say material conflict; eventwire uses 4 (docs/decisions: follows GDELT users).
QUAD_CLASS = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}

#: PLOVER manual v0.8 base scores (-10 conflict .. +10 cooperation).
PLOVER_SCORE = {
    "AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5.0, "CONCEDE": 4.5, "COOPERATE": 9.5, "AID": 10.0,
    "RETREAT": 6.5, "REQUEST": 0.0, "ACCUSE": -3.0, "REJECT": -2.0, "THREATEN": -3.5, "PROTEST": -5.0,
    "SANCTION": -6.0, "MOBILIZE": -5.5, "COERCE": -7.0, "ASSAULT": -9.0,
}

#: Goldstein scale per CAMEO code (GDELT CAMEO.goldsteinscale); root codes plus common subcodes.
GOLDSTEIN = {
    "01": 0.0, "010": 0.0, "02": 3.0, "020": 3.0, "021": 3.4, "024": -0.3, "025": -0.3, "026": 4.0, "03": 4.0, "030": 4.0, "036": 4.0, "04": 1.0, "040": 1.0,
    "042": 1.9, "043": 2.8, "045": 5.0, "046": 7.0, "05": 3.5, "051": 3.4, "054": 6.0, "055": 7.0, "056": 7.0,
    "057": 8.0, "06": 6.0, "060": 6.0, "07": 7.0, "070": 7.0, "071": 7.4, "072": 8.3, "08": 5.0, "080": 5.0,
    "081": 5.0, "0832": 5.0, "0841": 7.0, "0871": 9.0, "0872": 9.0, "0874": 10.0, "09": -2.0, "090": -2.0,
    "10": -5.0, "100": -5.0, "101": -5.0, "104": -5.0, "105": -5.0, "106": -5.0, "11": -2.0, "111": -2.0, "112": -2.0, "115": -2.0, "12": -4.0,
    "120": -4.0, "125": -5.0, "13": -6.0, "130": -4.4, "139": -7.0, "14": -6.5, "141": -6.5, "143": -6.5,
    "144": -7.5, "145": -7.5, "15": -7.2, "150": -7.2, "16": -4.0, "161": -4.0, "163": -8.0, "166": -5.0, "1663": -5.0,
    "17": -7.0, "170": -7.0, "171": -9.2, "1721": -9.5, "173": -5.0, "174": -5.0, "175": -9.0, "18": -9.0,
    "181": -9.0, "1821": -9.5, "186": -10.0, "19": -10.0, "190": -10.0, "192": -10.0, "194": -10.0,
    "195": -10.0, "20": -10.0, "200": -10.0,
}

#: CAMEO code to use when a pattern gives none: the root of the PLOVER type.
DEFAULT_CAMEO = {
    "AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "CONCEDE": "080", "COOPERATE": "060", "AID": "070",
    "RETREAT": "080", "REQUEST": "100", "ACCUSE": "110", "REJECT": "120", "THREATEN": "130",
    "PROTEST": "140", "SANCTION": "160", "MOBILIZE": "150", "COERCE": "170", "ASSAULT": "190",
}


def goldstein(cameo: str | None) -> float | None:
    """Goldstein value of a CAMEO code: the code itself, else its 3-digit parent, else its root."""
    if not cameo:
        return None
    for k in (cameo, cameo[:3], cameo[:2]):
        if k in GOLDSTEIN:
            return GOLDSTEIN[k]
    return None


def quad_class_of_cameo(cameo: str) -> int:
    """GDELT QuadClass of a CAMEO code: 01-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4."""
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


assert set(QUAD_CLASS) == set(PLOVER_EVENTS) == set(PLOVER_SCORE) == set(DEFAULT_CAMEO)
