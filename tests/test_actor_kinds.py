"""Actor names whole where the tagger cuts them (issue 12, "Names whole"), on sentences written for
these tests."""

from __future__ import annotations

import pytest
from extracting import extract_text


def names(text: str) -> dict[str, tuple[str, str | None]]:
    art = extract_text(text, "2023-04-04", name="k.txt", headline=True)
    return {a.name: (a.type, a.country) for a in art.actors.values()}


@pytest.mark.parametrize("text, name, iso3", [
    ("Peru's Office of the Attorney General said it would lift the arrest warrants.",
     "Peruvian Office of the Attorney General", "PER"),
    ("The U.S. Department of the Treasury said the sanctions freeze assets.", "Treasury Department", "USA"),
])
def test_a_body_named_with_of_and_a_title_is_kept_whole(text, name, iso3):
    found = names(text)
    assert found.get(name) == ("organization", iso3), found
