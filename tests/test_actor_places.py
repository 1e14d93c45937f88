"""Actors on unseen news (issue 12): a state body placed by a city or region rather than a country
("the health ministry in Rafah", "Kandahar's police"); titles and honorifics that are no part of a
name or body. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extracting import extract_text


def article(text: str):
    return extract_text(text, "2024-03-05", name="p.txt", headline=True)


def countries(art):
    return {a.name: a.country for a in art.actors.values()}


@pytest.mark.parametrize("text, iso3", [
    # a lower-case ministry placed "in" a city whose country the article does not name
    ("The health ministry in Hamas-run Rafah said on Monday that an air strike killed nine people.", "PSE"),
    ("The interior ministry in Kandahar said on Monday that gunmen killed four guards.", "AFG"),
])
def test_a_ministry_placed_in_a_city_is_that_citys_countrys(text, iso3):
    art = article(text)
    bodies = [a for a in art.actors.values() if a.type == "organization" and "ministry" in a.name.lower()]
    assert bodies and all(a.country == iso3 for a in bodies), countries(art)


def test_a_ministry_owned_by_a_citys_possessive_is_that_citys_countrys():
    art = article("Israeli jets struck a camp near the border on Sunday. Hebron's Ministry of Health said "
                  "three men died in the strike.")
    bodies = [a for a in art.actors.values() if "Ministry of Health" in a.name or "Health Ministry" in a.name]
    assert bodies and all(a.country == "PSE" for a in bodies), countries(art)


def test_a_city_of_two_countries_regions_places_no_body():
    # "Delta" is a Canadian city and a Nigerian state: the place gives no country of its own
    art = article("The police in Delta said on Monday that gunmen killed four guards.")
    assert not any(a.country == "CAN" for a in art.actors.values()), countries(art)
