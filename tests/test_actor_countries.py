"""Actor types and ISO3 countries from the words of a name or of a title (issue 12), on sentences
written for these tests."""

from __future__ import annotations

import pytest

from tuiex.ingest.actors import _country_of_words
from tuiex.ingest.pipeline import extract
from tuiex.records import SourceDoc


def article(text: str):
    doc = SourceDoc(path="/tmp/c.txt", file="c.txt", raw="Headline Words Here\n\n" + text, content_hash="x",
                    published="2023-04-04", published_how="test")
    return extract(doc)


def by_name(art):
    return {a.name: a for a in art.actors.values()}


@pytest.mark.parametrize("name, iso3", [
    ("New Zealand Defence Force", "NZL"),
    ("Papua New Guinea Defence Force", "PNG"),
    ("South Sudan People's Defence Forces", "SSD"),
    ("Sri Lanka Navy", "LKA"),
    ("United Arab Emirates Air Force", "ARE"),
    ("Royal Thai Army", "THA"),
    ("National Unity Front", None),
])
def test_country_of_an_organisation_name(name, iso3):
    assert _country_of_words(name) == iso3


def test_defence_force_named_after_its_country():
    art = article("The New Zealand Defence Force flew two aircraft to Fiji on Sunday.")
    assert by_name(art)["New Zealand Defence Force"].country == "NZL"


def test_titled_name_tagged_org_is_a_person_of_the_title_country():
    art = article("Kazakh President Kassym-Jomart Tokayev met Uzbek leader Shavkat Mirziyoyev in Tashkent.")
    tokayev = by_name(art)["Kassym-Jomart Tokayev"]
    assert (tokayev.type, tokayev.country) == ("person", "KAZ")
