"""factdesk.refs.countries: every UN member, the observers and former states, by name, demonym
and capital metonym; ambiguous words stay unresolved."""

from __future__ import annotations

import importlib.util
from collections import Counter

import pytest
from conftest import ROOT

from factdesk.refs.countries import (
    COUNTRIES,
    COUNTRY_RE,
    DATA,
    RECORDS,
    canonical_country,
    country_by_code,
    country_record,
    find_countries,
)


def _generator():  # noqa: ANN202
    spec = importlib.util.spec_from_file_location("gen_countries", ROOT / "scripts" / "gen_countries.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def test_the_committed_data_file_is_what_the_script_generates() -> None:
    gen = _generator()
    assert DATA.read_text(encoding="utf-8") == gen.render(gen.generate())


def test_all_un_members_observers_and_former_states() -> None:
    status = Counter(e["status"] for e in RECORDS.values())
    assert status == {"member": 193, "observer": 2, "former": 9}
    assert {n for n, e in RECORDS.items() if e["status"] == "observer"} == {"Holy See", "State of Palestine"}
    assert {"Soviet Union", "Yugoslavia", "Czechoslovakia", "German Democratic Republic", "West Germany"} <= {
        n for n, e in RECORDS.items() if e["status"] == "former"
    }
    codes = [e["iso2"] for e in RECORDS.values()]
    assert len(codes) == len(set(codes))
    assert RECORDS["Kenya"]["iso3"] == "KEN" and RECORDS["Soviet Union"]["iso3"] == "SUN"
    assert country_by_code("ci") == "Côte d'Ivoire" and country_by_code("SUN") == "Soviet Union"
    assert country_by_code("XX") is None


@pytest.mark.parametrize(("text", "country"), [
    # Africa
    ("Kenyan", "Kenya"), ("Nairobi", "Kenya"), ("Ivorian", "Côte d'Ivoire"), ("Côte d'Ivoire", "Côte d'Ivoire"),
    ("Côte d’Ivoire", "Côte d'Ivoire"), ("Cote D’Ivoire", "Côte d'Ivoire"),
    ("Ivory Coast", "Côte d'Ivoire"), ("Zaire", "Democratic Republic of the Congo"),
    ("DRC", "Democratic Republic of the Congo"), ("Kinshasa", "Democratic Republic of the Congo"),
    ("Brazzaville", "Republic of the Congo"), ("Swaziland", "Eswatini"), ("Addis Ababa", "Ethiopia"),
    ("Burkinabe", "Burkina Faso"), ("Cape Verde", "Cabo Verde"), ("Nigerien", "Niger"), ("Nigerian", "Nigeria"),
    # Asia and the Pacific
    ("the Philippines", "Philippines"), ("Filipino", "Philippines"), ("Burma", "Myanmar"), ("Burmese", "Myanmar"),
    ("Beijing", "China"), ("Pyongyang", "North Korea"), ("DPRK", "North Korea"), ("Seoul", "Republic of Korea"),
    ("Viet Nam", "Vietnam"), ("East Timor", "Timor-Leste"), ("Islamabad", "Pakistan"), ("Fijian", "Fiji"),
    # Europe
    ("Türkiye", "Turkey"), ("Turkey", "Turkey"), ("Ankara", "Turkey"), ("Czechia", "Czechia"),
    ("Czech Republic", "Czechia"), ("Moscow", "Russia"), ("Kyiv", "Ukraine"), ("Kiev", "Ukraine"),
    ("Vatican", "Holy See"), ("The Hague", "Netherlands"), ("Belarusian", "Belarus"),
    # the Americas and the Middle East
    ("Washington", "United States"), ("the US's", "United States"), ("Havana", "Cuba"), ("Bogotá", "Colombia"),
    ("Salvadoran", "El Salvador"), ("Dominica", "Dominica"),
    ("Dominican Republic", "Dominican Republic"),
    ("St. Vincent and the Grenadines", "Saint Vincent and the Grenadines"),
    ("Palestinian", "State of Palestine"), ("Riyadh", "Saudi Arabia"), ("Emirati", "United Arab Emirates"),
    # former states, named as the world base names them
    ("USSR", "Soviet Union"), ("Soviet", "Soviet Union"), ("East Germany", "German Democratic Republic"),
    ("GDR", "German Democratic Republic"), ("Yugoslav", "Yugoslavia"), ("Czechoslovak", "Czechoslovakia"),
])
def test_resolves(text: str, country: str) -> None:
    assert canonical_country(text) == country


@pytest.mark.parametrize("text", [
    "Congolese",  # two Congos
    "Congo",
    "Dominican",  # Dominica or the Dominican Republic
    "Guinean",  # Guinea, Guinea-Bissau, Equatorial Guinea, Papua New Guinea
    "Korean", "Samoan", "Somali", "Kazakh", "Arab", "Irish", "Macedonian", "Serb", "Croat",
    "Kingston", "Georgetown", "Santiago", "Victoria", "La Paz", "San José", "Rome", "Brussels", "Lima",
    "Georgia",  # a US state too
    "Chad",  # a given name
    "Kosovo", "Taiwan",  # neither a member nor an observer
    "Federal Republic of Germany",  # today's Germany and, in the GA votes, West Germany
])
def test_ambiguous_words_stay_unresolved(text: str) -> None:
    assert canonical_country(text) is None


def test_exact_names_still_find_their_record() -> None:
    assert country_record("Georgia")["iso2"] == "GE"
    assert country_record("Chad")["iso3"] == "TCD"
    assert country_record("Ivorian")["name"] == "Côte d'Ivoire"
    assert country_record("Narnia") is None


def test_find_countries_in_real_sentences() -> None:
    # Common Dreams and The Nation (Thailand) on the GA's 2 March 2022 vote (tests/realcorpus 052, 057)
    text = "Only five nations—Belarus, Eritrea, Russia, North Korea, and Syria—voted against"
    assert find_countries(text) == [(18, 25, "Belarus"), (27, 34, "Eritrea"), (36, 42, "Russia"),
                                    (44, 55, "North Korea"), (61, 66, "Syria")]
    text = "Vietnam and Laos also abstained"
    assert find_countries(text) == [(0, 7, "Vietnam"), (12, 16, "Laos")]


def test_find_countries_skips_phrases_that_name_no_country() -> None:
    text = "The Washington Post said Latin American states and New Guinea; Papua New Guinea voted."
    assert find_countries(text) == [(63, 79, "Papua New Guinea")]
    assert find_countries("Georgia and Chad voted") == []
    assert find_countries("a turkey from us") == []  # case-sensitive: "US" is a country, "us" is not


def test_every_alias_names_one_country() -> None:
    seen: dict[str, str] = {}
    for canon, aliases in COUNTRIES.items():
        for a in aliases:
            key = a.lower().removeprefix("the ")
            assert seen.setdefault(key, canon) == canon, a
    assert COUNTRY_RE.fullmatch("the Philippines") is not None
