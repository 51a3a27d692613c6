"""Words around a name that say what kind of place it is, or that it is a place at all."""

from __future__ import annotations

from sitrep.analyze.places.spans import FeatureHint

# Prepositions that put a following name in space ("fighting in Pokrovsk", "near Avdiivka").
LOCATIVE = frozenset({
    "in", "at", "near", "from", "to", "outside", "inside", "across", "into", "toward",
    "towards", "around", "through", "throughout", "via", "within", "between", "along", "off",
    "beyond", "past", "behind", "north", "south", "east", "west", "northeast", "northwest",
    "southeast", "southwest",
})

# Words before a capitalised name that make it a person ("Mr. Henry", "Gov. Jackson").
PERSON_TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "lt", "sgt", "capt", "col", "gen",
    "maj", "cpl", "pvt", "officer", "deputy", "sheriff", "judge", "president", "minister",
    "chief", "coach", "father", "rev", "pastor", "prof", "professor", "mayor", "senator",
    "governor", "representative", "commissioner", "detective", "trooper", "sister", "brother",
    "saint", "st",
})

# A trailing word that names the kind of place; the hint steers resolution, and the name
# without it is a fallback lookup key ("Laurel County" -> "Laurel").
GENERIC_SUFFIX: dict[str, FeatureHint] = {
    "county": "admin2",
    "parish": "admin2",
    "borough": "admin2",
    "township": "admin2",
    "raion": "admin2",
    "district": "admin2",
    "oblast": "admin1",
    "province": "admin1",
    "region": "admin1",
    "krai": "admin1",
    "state": "admin1",
    "city": "settlement",
}

# Words before a name that point at a part of the place ("North Texas", "Western
# Massachusetts", "Metro Nashville"). When the whole is no gazetteer name, the name without
# the word is looked up: the part lies within the place.
PART_PREFIXES = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
    "southeastern", "southwestern", "central", "greater", "metro", "downtown", "historic",
})

# Nouns that, before "of", announce the kind of the following name ("the village of Kachin").
KIND_BEFORE_OF: dict[str, FeatureHint] = {
    "village": "village",
    "hamlet": "village",
    "settlement": "village",
    "town": "settlement",
    "city": "settlement",
    "region": "admin1",
    "province": "admin1",
    "state": "admin1",
    "county": "admin2",
    "district": "admin2",
}

# US state abbreviations as newspapers write them after a town ("Alexandria, La."), AP style
# and postal, mapped to the state's name. Source: the AP Stylebook state list and USPS codes.
US_STATES: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
    "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire",
    "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "DC": "District of Columbia",
}
AP_STATES: dict[str, str] = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Cal.": "CA", "Colo.": "CO",
    "Conn.": "CT", "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN",
    "Kan.": "KS", "Kans.": "KS", "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA",
    "Mich.": "MI", "Minn.": "MN", "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE",
    "Nebr.": "NE", "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY",
    "N.C.": "NC", "N.D.": "ND", "Okla.": "OK", "Ore.": "OR", "Pa.": "PA", "R.I.": "RI",
    "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN", "Tex.": "TX", "Vt.": "VT", "Va.": "VA",
    "Wash.": "WA", "W.Va.": "WV", "W. Va.": "WV", "Wis.": "WI", "Wisc.": "WI", "Wyo.": "WY",
    "D.C.": "DC",
}


def state_name(token: str) -> str | None:
    """The US state an abbreviation after a town names ("La." -> "Louisiana"), else ``None``."""
    code = AP_STATES.get(token, token if token.isupper() and len(token) == 2 else None)
    return US_STATES.get(code) if code else None

# Country abbreviations in English news that GeoNames does not list as names of the
# country ("U.S.", "USA"), mapped to ISO2. Source: common newspaper usage.
COUNTRY_ABBREVIATIONS: dict[str, str] = {
    "U.S.": "US", "US": "US", "U.S": "US", "USA": "US", "U.S.A.": "US", "U.S.A": "US",
    "UK": "GB", "U.K.": "GB", "U.K": "GB", "UAE": "AE", "U.A.E.": "AE", "DRC": "CD",
    "DPRK": "KP", "PRC": "CN", "ROK": "KR",
}
COUNTRY_ABBREVIATIONS["America"] = "US"

# Capitalised words that are never the place a gazetteer may list under the same name:
# calendar words, pronouns and sentence openers, compass words. A stop-list of generic
# words, not of places.
NOT_PLACES = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "christmas", "easter", "today", "tomorrow", "yesterday",
    "we", "i", "you", "he", "she", "it", "they", "no", "yes", "this", "that", "these", "those",
    "but", "and", "or", "so", "if", "when", "where", "there", "here", "all", "some", "one",
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "olympic", "olympics", "god", "lord", "church", "police", "army", "city",
    "county", "state", "government", "president", "mr", "mrs", "ms", "dr", "st", "mt",
    "university", "college", "school", "hall", "center", "centre", "way", "park", "valley",
    "court", "union", "council", "metro", "ridge", "federal", "chamber", "gulf", "northeast",
    "northwest", "southeast", "southwest", "national", "united", "new", "old", "great",
    "little", "upper", "lower", "saint", "fort", "lake", "river", "mount", "bay", "island",
    "beach", "street", "road", "avenue", "square", "station", "airport", "market", "house",
    # English function words, which open sentences capitalised: a closed class.
    "a", "an", "the", "at", "in", "on", "of", "to", "for", "from", "by", "with", "as", "about",
    "after", "before", "since", "during", "until", "while", "because", "although", "though",
    "most", "more", "many", "much", "few", "several", "such", "other", "another", "each",
    "every", "both", "either", "neither", "any", "none", "what", "which", "who", "whom",
    "whose", "why", "how", "then", "than", "also", "only", "even", "just", "still", "yet",
    "now", "however", "meanwhile", "instead", "according", "last", "next", "first", "second",
    "third", "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does",
    "did", "will", "would", "can", "could", "might", "must", "should", "shall", "my",
    "our", "your", "his", "her", "its", "their", "me", "him", "us", "them", "mad", "under",
    "over", "through", "into", "without", "within", "against", "among", "between", "per",
    # International organisations written like country codes.
    "un", "u.n", "eu", "e.u", "nato", "sos", "fao", "imf",
})

# Words after a place name that make it part of a disease's or pathogen's name
# ("West Nile virus", "Marburg fever").
DISEASE_WORDS = frozenset({
    "virus", "viruses", "fever", "disease", "flu", "influenza", "strain", "syndrome",
    "encephalitis", "outbreak",
})

# Verbs of saying right after a bare surname ("Ripley said") or before it ("said Ripley").
SPEECH_VERBS = frozenset({"said", "says", "told", "added", "wrote", "asked", "explained"})
