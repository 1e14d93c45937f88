"""People merged across articles in the store (issue 12): a shared surname alone never joins two people."""

from __future__ import annotations

from pathlib import Path

from tuiex.ingest.pipeline import extract
from tuiex.records import SourceDoc
from tuiex.store.db import Store


def write(store: Store, name: str, text: str) -> None:
    doc = SourceDoc(path=f"/tmp/{name}", file=name, raw="Headline Words Here\n\n" + text, content_hash=name,
                    published="2015-05-05", published_how="test")
    store.write_article(extract(doc))


def people(path: Path) -> list[str]:
    store = Store(path)
    try:
        return sorted(r[0] for r in store.db.execute("SELECT name FROM actors WHERE type = 'person'"))
    finally:
        store.close()


def test_brothers_with_one_surname_stay_two_people(tmp_path: Path):
    path = tmp_path / "s.db"
    store = Store(path)
    try:
        write(store, "a.txt", "Former minister Edward Hartley said that the party had lost its way.")
        write(store, "b.txt", "Opposition leader Thomas Hartley said that the party would win in May.")
    finally:
        store.close()
    assert people(path) == ["Edward Hartley", "Thomas Hartley"]


def test_a_spelling_of_the_same_given_name_merges(tmp_path: Path):
    path = tmp_path / "s.db"
    store = Store(path)
    try:
        write(store, "a.txt", "Russian envoy Sergei Volkov said that talks would resume.")
        write(store, "b.txt", "Russian envoy Sergey Volkov said that the talks had resumed.")
    finally:
        store.close()
    assert len(people(path)) == 1


def test_a_bare_surname_joins_the_only_person_it_can_be(tmp_path: Path):
    path = tmp_path / "s.db"
    store = Store(path)
    try:
        write(store, "a.txt", "Chilean President Rosa Valdivia said that the mine would reopen.")
        write(store, "b.txt", "Valdivia said that copper exports would rise.")
    finally:
        store.close()
    assert people(path) == ["Rosa Valdivia"]


def test_a_bare_surname_two_people_share_stays_apart(tmp_path: Path):
    path = tmp_path / "s.db"
    store = Store(path)
    try:
        write(store, "a.txt", "Former minister Edward Hartley said that the party had lost its way.")
        write(store, "b.txt", "Opposition leader Thomas Hartley said that the party would win in May.")
        write(store, "c.txt", "Hartley said that the vote would be close.\n\nMr Hartley told reporters in London that he expected to win.")
    finally:
        store.close()
    assert people(path) == ["Edward Hartley", "Hartley", "Thomas Hartley"]


def test_a_bare_foreign_ministry_takes_its_articles_country_and_stays_apart(tmp_path: Path):
    path = tmp_path / "s.db"
    store = Store(path)
    try:
        write(store, "a.txt", "Peru recalled its envoy from Santiago on Monday. The Foreign Ministry said the "
                              "decision was final, and Peru would not reverse it.")
        write(store, "b.txt", "Chile closed two border crossings on Tuesday. The Foreign Ministry said that "
                              "Chile wanted calm, and Chile would reopen them soon.")
        names = sorted(r[0] for r in store.db.execute("SELECT name FROM actors WHERE type = 'organization'"))
    finally:
        store.close()
    assert names == ["Chilean Foreign Ministry", "Peruvian Foreign Ministry"]
