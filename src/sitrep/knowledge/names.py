"""One normal form for place names, so lookups match across apostrophes, case and ё."""

from __future__ import annotations

import re
import unicodedata

# Apostrophe look-alikes used in Ukrainian names (Пов'язане, Kam'ianske): ASCII, right single
# quote, modifier letter apostrophe, prime, grave and acute accents used as apostrophes.
_APOSTROPHES = re.compile("['\u2019\u02bc\u2032`\u00b4\u2018]")
_DASHES = re.compile("[\u2010-\u2015\u2212-]")
_SPACE = re.compile(r"\s+")


def normalize_name(name: str) -> str:
    """The lookup key of a place name.

    Casefolded, NFC, apostrophes removed (Pokrovs'k = Pokrovsk, Пов’язане = Повязане), ё as е,
    dashes and runs of white space as one space, so "Kamianets-Podilskyi" and
    "Kamianets Podilskyi" meet. Diacritics are kept: they tell names apart.
    """
    text = unicodedata.normalize("NFC", name).casefold()
    text = _APOSTROPHES.sub("", text).replace("ё", "е")
    text = _DASHES.sub(" ", text)
    return _SPACE.sub(" ", text).strip()
