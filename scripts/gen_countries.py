"""Generate factdesk/refs/countries.json: every UN member, the two observers and former states.

Run offline (``.venv/bin/python scripts/gen_countries.py``) and commit the output: the check
path loads the JSON and never imports pycountry (tests/test_startup.py).

- Members: the 193 states voting in the General Assembly's 73rd-74th sessions of the UN votes
  dataset (seeds/world/unvotes, where ``YU`` stands for Serbia), plus the observers.
- Names: pycountry's name, common name and official name (ISO 3166), minus the
  "Korea, Republic of" inverted forms and names that belong to another entry.
- Demonyms, capitals used as metonyms, renamed states and news spellings: the curated table
  below. Left out on purpose: demonyms shared by two states or an ethnic group spanning
  several ("Congolese", "Dominican", "Guinean", "Korean", "Samoan", "Somali", "Kazakh",
  "Tajik", "Uzbek", "Azeri", "Croat", "Serb", "Irish", "Macedonian", "Swazi", "Lao"), and
  capitals that are common words or also other places ("Victoria", "Kingston",
  "Georgetown", "Santiago", "La Paz", "San José", "Panama City", "Nassau", "Wellington",
  "Sofia", "Rome", "Tripoli", "Brussels", "Nicosia", "Praia", "Port Louis"), and those that are
  common surnames ("Lima", "Colombo").
- ``lookup_only``: names that are also a common word or place (a US state, a given name:
  "Georgia", "Chad"): never matched in running
  text nor resolved by ``canonical_country``; ``country_record`` finds them by exact name.
"""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "factdesk" / "refs" / "countries.json"
VOTES = ROOT / "seeds" / "world" / "unvotes"

#: canonical names: the world base's where it reads well; the curated table's before this file
CANONICAL = {
    "US": "United States",
    "GB": "United Kingdom",
    "RU": "Russia",
    "CN": "China",
    "KR": "Republic of Korea",
    "KP": "North Korea",
    "PS": "State of Palestine",
    "FM": "Micronesia",
    "CZ": "Czechia",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CI": "Côte d'Ivoire",
    "MM": "Myanmar",
    "VA": "Holy See",
    "VC": "Saint Vincent and the Grenadines",
    "CV": "Cabo Verde",
    "TR": "Turkey",
    "VN": "Vietnam",
    "LA": "Laos",
    "SY": "Syria",
    "BN": "Brunei",
    "BO": "Bolivia",
    "IR": "Iran",
    "MD": "Moldova",
    "TZ": "Tanzania",
    "ST": "São Tomé and Príncipe",
    "SZ": "Eswatini",
    "BS": "Bahamas",
    "GM": "Gambia",
    "VE": "Venezuela",
    "MK": "North Macedonia",
    "TL": "Timor-Leste",
    "KN": "Saint Kitts and Nevis",
    "LC": "Saint Lucia",
}

#: former states: code as the world base keys it -> (canonical as the world base names it,
#: ISO 3166-3 alpha-4 code or "" where ISO has none, other names)
FORMER = {
    "SU": ("Soviet Union", "SUHH", ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics", "Soviet"]),
    "YU": ("Yugoslavia", "YUCS", ["Socialist Federal Republic of Yugoslavia", "Yugoslav"]),
    "CS": ("Czechoslovakia", "CSHH", ["Czechoslovak"]),
    "DD": ("German Democratic Republic", "DDDE", ["East Germany", "GDR", "East German"]),
    "DE-W": ("West Germany", "", ["West German"]),
    "YD": ("Yemen People's Republic", "YDYE", ["South Yemen", "People's Democratic Republic of Yemen"]),
    "YE-N": ("Yemen Arab Republic", "", ["North Yemen"]),
    "TZ-Z": ("Zanzibar", "", []),
    "CSXX": ("Serbia and Montenegro", "CSXX", []),
}

#: canonical -> names, demonyms and capital metonyms matched in running text (curated)
CURATED: dict[str, dict[str, list[str]]] = {
    # names carried over from the table this file replaces (its aliases are kept verbatim)
    "United States": {
        "names": [
            "United States of America",
            "the United States",
            "United States",
            "U.S.",
            "US",
            "USA",
            "U.S.A.",
            "America",
            "the US",
            "U.S.-",
        ],
        "demonyms": ["American"],
        "capitals": ["Washington"],
    },
    "United Kingdom": {
        "names": ["United Kingdom", "the UK", "UK", "U.K.", "Britain", "Great Britain"],
        "demonyms": ["British"],
        "capitals": ["London"],
    },
    "Russia": {"names": ["Russian Federation", "Russia"], "demonyms": ["Russian"], "capitals": ["Moscow", "Kremlin"]},
    "China": {"names": ["People's Republic of China", "China"], "demonyms": ["Chinese"], "capitals": ["Beijing"]},
    "United Arab Emirates": {
        "names": ["UAE", "U.A.E.", "the Emirates"],
        "demonyms": ["Emirati"],
        "capitals": ["Abu Dhabi"],
    },
    "Republic of Korea": {"names": ["South Korea"], "demonyms": ["South Korean"], "capitals": ["Seoul"]},
    "North Korea": {
        "names": ["Democratic People's Republic of Korea", "DPRK"],
        "demonyms": ["North Korean"],
        "capitals": ["Pyongyang"],
    },
    "Czechia": {"names": ["Czech Republic"], "demonyms": ["Czech"], "capitals": ["Prague"]},
    "Micronesia": {"names": ["Federated States of Micronesia"]},
    # "Permanent Observer of the Observer State of Palestine to the UN, Riyad Mansour" (tests/realcorpus 003,
    # TDI), "Riyad Mansour, Permanent Observer of the observer State of Palestine" (017, Barlamane)
    "State of Palestine": {"names": ["Palestine", "Observer State of Palestine"], "demonyms": ["Palestinian"]},
    "Holy See": {"names": ["Vatican", "Vatican City", "Holy See (Vatican City State)"]},
    "Democratic Republic of the Congo": {
        "names": ["Democratic Republic of Congo", "DR Congo", "DRC", "Congo - Kinshasa", "Zaire"],
        "demonyms": ["Zairean", "Zairian"],
        "capitals": ["Kinshasa"],
    },
    "Republic of the Congo": {
        "names": ["Republic of Congo", "Congo - Brazzaville", "Congo-Brazzaville"],
        "capitals": ["Brazzaville"],
    },
    "Côte d'Ivoire": {
        # the list of the 2 March 2022 vote in tests/realcorpus/articles/043 writes "Cote D’Ivoire"
        "names": ["Côte d’Ivoire", "Cote d'Ivoire", "Cote d’Ivoire", "Cote D'Ivoire", "Cote D’Ivoire", "Ivory Coast"],
        "demonyms": ["Ivorian"],
    },
    "Myanmar": {"names": ["Burma", "Myanmar (Burma)"], "demonyms": ["Burmese"], "capitals": ["Naypyidaw", "Naypyitaw"]},
    "Eswatini": {"names": ["Swaziland"]},
    "Turkey": {"names": ["Türkiye", "Turkiye"], "demonyms": ["Turkish"], "capitals": ["Ankara"]},
    "Cabo Verde": {"names": ["Cape Verde"], "demonyms": ["Cape Verdean", "Cabo Verdean"]},
    "Timor-Leste": {"names": ["East Timor"], "demonyms": ["East Timorese"], "capitals": ["Dili"]},
    "North Macedonia": {"demonyms": ["North Macedonian"], "capitals": ["Skopje"]},
    "Saint Vincent and the Grenadines": {
        "names": ["St. Vincent and the Grenadines", "Saint Vincent and Grenadines"],
        "demonyms": ["Vincentian"],
    },
    "Saint Kitts and Nevis": {"names": ["St. Kitts and Nevis"], "demonyms": ["Kittitian"]},
    "Saint Lucia": {"names": ["St. Lucia"], "demonyms": ["Saint Lucian"]},
    "São Tomé and Príncipe": {"names": ["Sao Tome and Principe"]},
    "Bahamas": {"names": ["the Bahamas"], "demonyms": ["Bahamian"]},
    "Gambia": {"names": ["the Gambia"], "demonyms": ["Gambian"], "capitals": ["Banjul"]},
    "Vietnam": {"names": ["Viet Nam"], "demonyms": ["Vietnamese"], "capitals": ["Hanoi"]},
    "Laos": {"names": ["Lao PDR"], "demonyms": ["Laotian"], "capitals": ["Vientiane"]},
    "Bosnia and Herzegovina": {"names": ["Bosnia"], "demonyms": ["Bosnian"], "capitals": ["Sarajevo"]},
    "Kyrgyzstan": {"names": ["Kyrgyz Republic"], "demonyms": ["Kyrgyz"], "capitals": ["Bishkek"]},
    "Philippines": {"names": ["the Philippines"], "demonyms": ["Filipino", "Philippine"], "capitals": ["Manila"]},
    "Sri Lanka": {"names": ["Ceylon"], "demonyms": ["Sri Lankan"]},
    "Benin": {"names": ["Dahomey"], "demonyms": ["Beninese"]},
    "Georgia": {"names": ["Republic of Georgia"]},
    "Burkina Faso": {"names": ["Upper Volta"], "demonyms": ["Burkinabe", "Burkinabè"], "capitals": ["Ouagadougou"]},
}

#: canonical -> (demonyms, capital metonyms) for the rest (curated)
SIMPLE: dict[str, tuple[str, str]] = {
    "France": ("French", "Paris"),
    "Albania": ("Albanian", "Tirana"),
    "Algeria": ("Algerian", "Algiers"),
    "Brazil": ("Brazilian", "Brasilia|Brasília"),
    "Ecuador": ("Ecuadorian", "Quito"),
    "Gabon": ("Gabonese", "Libreville"),
    "Ghana": ("Ghanaian", "Accra"),
    "Guyana": ("Guyanese", ""),
    "Japan": ("Japanese", "Tokyo"),
    "Malta": ("Maltese", "Valletta"),
    "Mozambique": ("Mozambican", "Maputo"),
    "Sierra Leone": ("Sierra Leonean", "Freetown"),
    "Slovenia": ("Slovenian", "Ljubljana"),
    "Switzerland": ("Swiss", "Bern"),
    "Israel": ("Israeli", "Jerusalem"),
    "Canada": ("Canadian", "Ottawa"),
    "Austria": ("Austrian", "Vienna"),
    "Argentina": ("Argentine|Argentinian", "Buenos Aires"),
    "Hungary": ("Hungarian", "Budapest"),
    "Iran": ("Iranian", "Tehran"),
    "Egypt": ("Egyptian", "Cairo"),
    "Qatar": ("Qatari", "Doha"),
    "Jordan": ("Jordanian", "Amman"),
    "Lebanon": ("Lebanese", "Beirut"),
    "South Africa": ("South African", "Pretoria"),
    "Germany": ("German", "Berlin"),
    "India": ("Indian", "New Delhi"),
    "Australia": ("Australian", "Canberra"),
    "Cameroon": ("Cameroonian", "Yaoundé"),
    "Afghanistan": ("Afghan", "Kabul"),
    "Pakistan": ("Pakistani", "Islamabad"),
    "Bangladesh": ("Bangladeshi", "Dhaka"),
    "Nepal": ("Nepali|Nepalese", "Kathmandu"),
    "Bhutan": ("Bhutanese", "Thimphu"),
    "Maldives": ("Maldivian", ""),
    "Iraq": ("Iraqi", "Baghdad"),
    "Syria": ("Syrian", "Damascus"),
    "Saudi Arabia": ("Saudi", "Riyadh"),
    "Yemen": ("Yemeni", "Sanaa"),
    "Oman": ("Omani", "Muscat"),
    "Bahrain": ("Bahraini", "Manama"),
    "Kuwait": ("Kuwaiti", "Kuwait City"),
    "Libya": ("Libyan", ""),
    "Tunisia": ("Tunisian", "Tunis"),
    "Morocco": ("Moroccan", "Rabat"),
    "Mauritania": ("Mauritanian", "Nouakchott"),
    "Mali": ("Malian", "Bamako"),
    "Niger": ("Nigerien", "Niamey"),
    "Chad": ("Chadian", "N'Djamena"),
    "Sudan": ("Sudanese", "Khartoum"),
    "South Sudan": ("South Sudanese", "Juba"),
    "Eritrea": ("Eritrean", "Asmara"),
    "Ethiopia": ("Ethiopian", "Addis Ababa"),
    "Djibouti": ("Djiboutian", ""),
    "Somalia": ("Somalian", "Mogadishu"),
    "Kenya": ("Kenyan", "Nairobi"),
    "Uganda": ("Ugandan", "Kampala"),
    "Tanzania": ("Tanzanian", ""),
    "Rwanda": ("Rwandan", "Kigali"),
    "Burundi": ("Burundian", ""),
    "Malawi": ("Malawian", "Lilongwe"),
    "Zambia": ("Zambian", "Lusaka"),
    "Zimbabwe": ("Zimbabwean", "Harare"),
    "Angola": ("Angolan", "Luanda"),
    "Namibia": ("Namibian", "Windhoek"),
    "Botswana": ("Botswanan", "Gaborone"),
    "Madagascar": ("Malagasy", "Antananarivo"),
    "Mauritius": ("Mauritian", ""),
    "Seychelles": ("Seychellois", ""),
    "Comoros": ("Comorian|Comoran", ""),
    "Nigeria": ("Nigerian", "Abuja"),
    "Liberia": ("Liberian", "Monrovia"),
    "Guinea-Bissau": ("Bissau-Guinean", ""),
    "Senegal": ("Senegalese", "Dakar"),
    "Togo": ("Togolese", "Lomé"),
    "Guinea": ("", "Conakry"),
    "Central African Republic": ("", "Bangui"),
    "Mexico": ("Mexican", "Mexico City"),
    "Guatemala": ("Guatemalan", "Guatemala City"),
    "Belize": ("Belizean", ""),
    "Honduras": ("Honduran", "Tegucigalpa"),
    "El Salvador": ("Salvadoran|Salvadorean", "San Salvador"),
    "Nicaragua": ("Nicaraguan", "Managua"),
    "Costa Rica": ("Costa Rican", ""),
    "Panama": ("Panamanian", ""),
    "Cuba": ("Cuban", "Havana"),
    "Jamaica": ("Jamaican", ""),
    "Haiti": ("Haitian", "Port-au-Prince"),
    "Barbados": ("Barbadian", ""),
    "Trinidad and Tobago": ("Trinidadian", ""),
    "Grenada": ("Grenadian", ""),
    "Antigua and Barbuda": ("Antiguan", ""),
    "Colombia": ("Colombian", "Bogotá|Bogota"),
    "Venezuela": ("Venezuelan", "Caracas"),
    "Peru": ("Peruvian", ""),
    "Bolivia": ("Bolivian", ""),
    "Chile": ("Chilean", ""),
    "Uruguay": ("Uruguayan", "Montevideo"),
    "Paraguay": ("Paraguayan", "Asunción"),
    "Suriname": ("Surinamese", "Paramaribo"),
    "Mongolia": ("Mongolian", "Ulaanbaatar"),
    "Cambodia": ("Cambodian", "Phnom Penh"),
    "Thailand": ("Thai", "Bangkok"),
    "Malaysia": ("Malaysian", "Kuala Lumpur"),
    "Singapore": ("Singaporean", ""),
    "Indonesia": ("Indonesian", "Jakarta"),
    "Brunei": ("Bruneian", ""),
    "New Zealand": ("New Zealander", ""),
    "Papua New Guinea": ("Papua New Guinean", "Port Moresby"),
    "Fiji": ("Fijian", "Suva"),
    "Tonga": ("Tongan", ""),
    "Tuvalu": ("Tuvaluan", ""),
    "Nauru": ("Nauruan", ""),
    "Palau": ("Palauan", ""),
    "Marshall Islands": ("Marshallese", ""),
    "Vanuatu": ("Vanuatuan", ""),
    "Ukraine": ("Ukrainian", "Kyiv|Kiev"),
    "Belarus": ("Belarusian", "Minsk"),
    "Moldova": ("Moldovan", "Chisinau|Chișinău"),
    "Poland": ("Polish", "Warsaw"),
    "Romania": ("Romanian", "Bucharest"),
    "Bulgaria": ("Bulgarian", ""),
    "Serbia": ("Serbian", "Belgrade"),
    "Croatia": ("Croatian", "Zagreb"),
    "Montenegro": ("Montenegrin", "Podgorica"),
    "Greece": ("Greek", "Athens"),
    "Cyprus": ("Cypriot", ""),
    "Italy": ("Italian", ""),
    "Spain": ("Spanish", "Madrid"),
    "Portugal": ("Portuguese", "Lisbon"),
    "Netherlands": ("Dutch", "The Hague"),
    "Belgium": ("Belgian", ""),
    "Luxembourg": ("Luxembourgish|Luxembourger", ""),
    "Denmark": ("Danish", "Copenhagen"),
    "Norway": ("Norwegian", "Oslo"),
    "Sweden": ("Swedish", "Stockholm"),
    "Finland": ("Finnish", "Helsinki"),
    "Iceland": ("Icelandic", "Reykjavik"),
    "Ireland": ("", "Dublin"),
    "Estonia": ("Estonian", "Tallinn"),
    "Latvia": ("Latvian", "Riga"),
    "Lithuania": ("Lithuanian", "Vilnius"),
    "Slovakia": ("Slovak|Slovakian", "Bratislava"),
    "Armenia": ("Armenian", "Yerevan"),
    "Azerbaijan": ("Azerbaijani", "Baku"),
    "Georgia": ("", "Tbilisi"),
    "Kazakhstan": ("Kazakhstani", "Astana"),
    "Uzbekistan": ("Uzbekistani", "Tashkent"),
    "Tajikistan": ("Tajikistani", "Dushanbe"),
    "Turkmenistan": ("", "Ashgabat"),
    "Monaco": ("Monegasque", ""),
    "Liechtenstein": ("Liechtensteiner", ""),
    "Andorra": ("Andorran", ""),
    "San Marino": ("Sammarinese", ""),
    "Equatorial Guinea": ("", "Malabo"),
    "Lesotho": ("", "Maseru"),
    "Solomon Islands": ("", ""),
    "Kiribati": ("", ""),
    "Samoa": ("", ""),
    "Dominica": ("", ""),
    "Dominican Republic": ("", "Santo Domingo"),
}

#: resolve when given whole (a dataset, a field), never matched in running text
LOOKUP_ONLY = {"Georgia": ["Georgia"], "Chad": ["Chad"]}

#: ISO or dataset names that are no safe key: West Germany's GA name, and "Congo" (news writes it for either)
AMBIGUOUS_NAMES = {"Federal Republic of Germany", "Congo"}

#: phrases matched in running text that are no country, so the country inside them is not taken
NOT_COUNTRIES = [
    "New Guinea",
    "Washington Post",
    "Washington Times",
    "Washington State",
    "George Washington",
    "Jerusalem Post",
    "Tehran Times",
    "Kyiv Independent",
    "Moscow Times",
    "Guinea pig",
    "New Mexico",
    "Indian Ocean",
    "South China Sea",
    "East China Sea",
    "Latin America",
    "South America",
    "North America",
    "Central America",
    "Latin American",
    "South American",
    "North American",
    "Central American",
    "Native American",
    "African American",
    "African-American",
    "Asian American",
]


def _members() -> dict[str, str]:
    sessions = {}
    with gzip.open(VOTES / "un_roll_calls.csv.gz", "rt", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            sessions[r["rcid"].removesuffix(".0")] = int(float(r["session"]))
    out = {}
    with gzip.open(VOTES / "un_votes.csv.gz", "rt", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if sessions.get(r["rcid"].removesuffix(".0"), 0) >= 73:
                out["RS" if r["country_code"] == "YU" else r["country_code"]] = r["country"]
    return out


def _iso_names(c) -> list[str]:
    names = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
    return [n.removeprefix("the ") for n in names if n and ", " not in n]


def generate() -> dict:
    """The document ``countries.json`` holds."""
    members = _members()
    assert len(members) == 193, len(members)
    entries = []
    taken: dict[str, str] = {}
    rows = [(code, "member") for code in sorted(members)] + [("VA", "observer"), ("PS", "observer")]
    for code, status in rows:
        c = pycountry.countries.get(alpha_2=code)
        canon = CANONICAL.get(code) or getattr(c, "common_name", None) or c.name
        cur = CURATED.get(canon, {})
        dem, cap = SIMPLE.get(canon, ("", ""))
        names = [canon, *_iso_names(c), *cur.get("names", [])]
        ga = "" if code == "RS" else members.get(code, "").replace(" & ", " and ").replace("St. ", "Saint ")
        if ga:
            names.append(ga)
        names = [n for n in dict.fromkeys(names) if n not in AMBIGUOUS_NAMES]
        lookup = LOOKUP_ONLY.get(canon, [])
        entries.append(
            {
                "name": canon,
                "iso2": code,
                "iso3": c.alpha_3,
                "status": status,
                "names": [n for n in names if n not in lookup],
                "demonyms": [*cur.get("demonyms", []), *filter(None, dem.split("|"))],
                "capitals": [*cur.get("capitals", []), *filter(None, cap.split("|"))],
                "lookup_only": lookup,
            }
        )
    for code, (canon, alpha4, other) in FORMER.items():
        h = pycountry.historic_countries.get(alpha_4=alpha4) if alpha4 else None
        entries.append(
            {
                "name": canon,
                "iso2": code,
                "iso3": h.alpha_3 if h else "",
                "status": "former",
                "names": [
                    canon,
                    *[
                        o
                        for o in other
                        if o not in ("Soviet", "Yugoslav", "Czechoslovak", "East German", "West German")
                    ],
                ],
                "demonyms": [
                    o for o in other if o in ("Soviet", "Yugoslav", "Czechoslovak", "East German", "West German")
                ],
                "capitals": [],
                "lookup_only": [],
            }
        )
    for e in entries:
        for a in (*e["names"], *e["demonyms"], *e["capitals"], *e["lookup_only"]):
            key = a.lower().removeprefix("the ")
            if taken.setdefault(key, e["name"]) != e["name"]:
                raise SystemExit(f"{a!r} names both {taken[key]} and {e['name']}")
    unknown = (set(SIMPLE) | set(CURATED) | set(LOOKUP_ONLY)) - {e["name"] for e in entries}
    assert not unknown, f"curated rows for no entry: {sorted(unknown)}"
    return {
        "about": "Generated by scripts/gen_countries.py from pycountry (ISO 3166), the UN votes dataset "
        "(membership) and its curated table; do not edit by hand.",
        "countries": entries,
        "not_countries": NOT_COUNTRIES,
    }


def render(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def main() -> None:
    doc = generate()
    OUT.write_text(render(doc), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(doc['countries'])} entries")


if __name__ == "__main__":
    main()
