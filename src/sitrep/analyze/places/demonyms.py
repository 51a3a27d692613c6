"""Words for a country's people ("Russian", "Palestinians"), which English news uses as places.

Gold standards for English geoparsing (LGL among them) count "the Russian army" as a mention of
Russia; the resolver pins these to the country. Source: common English usage (the CIA World
Factbook's nationality adjectives), one entry per country likely in news.
"""

from __future__ import annotations

# Adjective or noun -> ISO2. Plurals are derived ("Russians"); ambiguous ones ("Georgian",
# also the US state) go to the country, as in news about the country.
DEMONYMS: dict[str, str] = {
    "Afghan": "AF", "Albanian": "AL", "Algerian": "DZ", "American": "US", "Angolan": "AO",
    "Argentine": "AR", "Argentinian": "AR", "Armenian": "AM", "Australian": "AU",
    "Austrian": "AT", "Azerbaijani": "AZ", "Azeri": "AZ", "Bahraini": "BH",
    "Bangladeshi": "BD", "Belarusian": "BY", "Belgian": "BE", "Bolivian": "BO",
    "Bosnian": "BA", "Brazilian": "BR", "British": "GB", "Briton": "GB", "Bulgarian": "BG",
    "Burmese": "MM", "Cambodian": "KH", "Cameroonian": "CM", "Canadian": "CA",
    "Chadian": "TD", "Chilean": "CL", "Chinese": "CN", "Colombian": "CO", "Congolese": "CD",
    "Croatian": "HR", "Cuban": "CU", "Cypriot": "CY", "Czech": "CZ", "Danish": "DK",
    "Dutch": "NL", "Ecuadorian": "EC", "Egyptian": "EG", "Emirati": "AE",
    "Eritrean": "ER", "Estonian": "EE", "Ethiopian": "ET", "Filipino": "PH", "Finnish": "FI",
    "French": "FR", "Georgian": "GE", "German": "DE", "Ghanaian": "GH", "Greek": "GR",
    "Guatemalan": "GT", "Haitian": "HT", "Honduran": "HN", "Hungarian": "HU",
    "Icelandic": "IS", "Indian": "IN", "Indonesian": "ID", "Iranian": "IR", "Iraqi": "IQ",
    "Irish": "IE", "Israeli": "IL", "Italian": "IT", "Ivorian": "CI", "Jamaican": "JM",
    "Japanese": "JP", "Jordanian": "JO", "Kazakh": "KZ", "Kenyan": "KE", "Korean": "KR",
    "Kosovar": "XK", "Kuwaiti": "KW", "Kyrgyz": "KG", "Latvian": "LV", "Lebanese": "LB",
    "Liberian": "LR", "Libyan": "LY", "Lithuanian": "LT", "Malaysian": "MY", "Malian": "ML",
    "Mexican": "MX", "Moldovan": "MD", "Mongolian": "MN", "Moroccan": "MA",
    "Mozambican": "MZ", "Nepalese": "NP", "Nepali": "NP", "Nicaraguan": "NI",
    "Nigerian": "NG", "Nigerien": "NE", "Norwegian": "NO", "Omani": "OM", "Pakistani": "PK",
    "Palestinian": "PS", "Panamanian": "PA", "Paraguayan": "PY", "Peruvian": "PE",
    "Polish": "PL", "Portuguese": "PT", "Qatari": "QA", "Romanian": "RO", "Russian": "RU",
    "Rwandan": "RW", "Salvadoran": "SV", "Saudi": "SA", "Scottish": "GB", "Senegalese": "SN",
    "Serbian": "RS", "Singaporean": "SG", "Slovak": "SK", "Slovenian": "SI", "Somali": "SO",
    "Somalian": "SO", "Sri Lankan": "LK", "Sudanese": "SD",
    "Swedish": "SE", "Swiss": "CH", "Syrian": "SY", "Taiwanese": "TW", "Tajik": "TJ",
    "Tanzanian": "TZ", "Thai": "TH", "Tunisian": "TN", "Turkish": "TR", "Turkmen": "TM",
    "Ugandan": "UG", "Ukrainian": "UA", "Uruguayan": "UY", "Uzbek": "UZ",
    "Venezuelan": "VE", "Vietnamese": "VN", "Welsh": "GB", "Yemeni": "YE", "Zambian": "ZM",
    "Zimbabwean": "ZW", "Pole": "PL", "Swede": "SE", "Dane": "DK", "Finn": "FI",
    "Turk": "TR", "Scot": "GB", "Kiwi": "NZ", "Iraqis": "IQ", "Israelis": "IL",
}


def demonym_country(word: str) -> str | None:
    """The ISO2 country a demonym or its plural names ("Palestinians" -> PS), else ``None``.

    Args:
        word: The word as written, capitalised.

    Returns:
        The country code, or ``None`` for any other word.
    """
    hit = DEMONYMS.get(word)
    if hit is None and word.endswith("s"):
        hit = DEMONYMS.get(word[:-1])
    return hit
