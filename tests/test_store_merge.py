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


def groups(path: Path) -> list[tuple[str, str | None]]:
    store = Store(path)
    try:
        return sorted(store.db.execute("SELECT name, country FROM actors WHERE type = 'group'").fetchall(),
                      key=lambda r: (r[0], r[1] or ""))
    finally:
        store.close()


def test_protesters_of_two_articles_are_two_groups(tmp_path: Path):
    """A description ("protesters") says what a group is, not which one: two articles' protesters
    are not one actor (the store merged a Lima article's "Protesters" into the "Bangladeshi
    Protesters" of a Dhaka dateline, which has "Protesters" as an alias)."""
    path = tmp_path / "s.db"
    store = Store(path)
    try:
        write(store, "a.txt", "DHAKA, Bangladesh (AP) - Protesters blocked a highway on Monday. The protesters "
                              "demanded new elections.")
        write(store, "b.txt", "Protesters marched on the parliament in Lima on Tuesday, and police fired tear gas.")
        write(store, "c.txt", "Rebels attacked an army post in the north on Monday, the army said.")
        write(store, "d.txt", "Rebels seized a town near the border on Friday.")
    finally:
        store.close()
    rows = groups(path)
    assert [r for r in rows if r[0].lower().endswith("protesters")] == [
        ("Bangladeshi Protesters", "BGD"), ("Protesters", None)], rows
    assert [r for r in rows if r[0] == "Rebels"] == [("Rebels", None), ("Rebels", None)], rows


def test_a_description_of_one_known_country_joins_across_articles(tmp_path: Path):
    path = tmp_path / "s.db"
    store = Store(path)
    try:
        write(store, "a.txt", "Kenyan protesters blocked a highway near Nairobi on Monday.")
        write(store, "b.txt", "Kenyan protesters marched on the parliament in Nairobi on Tuesday.")
    finally:
        store.close()
    assert groups(path) == [("Kenyan protesters", "KEN")]


def test_a_shared_name_does_not_join_actors_of_two_countries(tmp_path: Path):
    """Two organisations that both carry the alias "Electoral Commission" (as a dateline or a
    possessive would give them) but whose known countries differ stay two actors."""
    path = tmp_path / "s.db"
    store = Store(path)
    try:
        for name, text in (("a.txt", "Ghana's Electoral Commission said on Monday that the vote would go ahead."),
                           ("b.txt", "Kenya's Electoral Commission said on Monday that the vote was fair.")):
            doc = SourceDoc(path=f"/tmp/{name}", file=name, raw="Headline Words Here\n\n" + text,
                            content_hash=name, published="2015-05-05", published_how="test")
            art = extract(doc)
            for actor in art.actors.values():
                if actor.type == "organization":
                    actor.aliases.add("Electoral Commission")
            store.write_article(art)
        rows = sorted(store.db.execute("SELECT name, country FROM actors WHERE type = 'organization'").fetchall())
    finally:
        store.close()
    assert rows == [("Ghanaian Electoral Commission", "GHA"), ("Kenyan Electoral Commission", "KEN")], rows


def test_descriptions_and_names():
    from tuiex.ingest.actors import is_description

    for described in ("protesters", "Protesters", "Bangladeshi protesters", "South Korean riot police",
                      "rebel groups", "security forces", "Nepali Protesters", "Rebels",
                      "Central African rebel groups", "human rights activists"):
        assert is_description(described), described
    for name in ("Islamic State", "Hamas", "Foreign Ministry", "Kenyan Foreign Ministry", "Red Cross",
                 "National Resistance Front"):
        assert not is_description(name), name


def test_a_shared_description_in_one_article_does_not_join_two_countries(tmp_path: Path):
    """Within an article descriptions join actors ("20 protesters" is the "Kenyan protesters"),
    but not two whose known countries differ: Kenya's and Uganda's protesters of one article, both
    also called "protesters", stay two (as a shared name never joins two countries)."""
    path = tmp_path / "s.db"
    store = Store(path)
    try:
        doc = SourceDoc(path="/tmp/a.txt", file="a.txt", raw="Headline Words Here\n\nKenyan protesters blocked a "
                        "highway near Nairobi on Monday. Ugandan protesters marched in Kampala on Tuesday.",
                        content_hash="a.txt", published="2015-05-05", published_how="test")
        art = extract(doc)
        found = [a for a in art.actors.values() if a.type == "group" and a.name.endswith("protesters")]
        assert sorted(a.country or "" for a in found) == ["KEN", "UGA"], [(a.name, a.country) for a in found]
        for actor in found:
            actor.aliases.add("protesters")
            actor.descriptions.add("protesters")
        store.write_article(art)
    finally:
        store.close()
    assert groups(path) == [("Kenyan protesters", "KEN"), ("Ugandan protesters", "UGA")]


def test_a_bodys_short_form_and_its_full_name_typed_apart_are_one_actor(tmp_path: Path):
    path = tmp_path / "s.db"
    store = Store(path)
    try:
        write(store, "a.txt", "The ZUF accused police of attacking its supporters in Harare on Monday.")
        write(store, "b.txt", "The Zambezi Unity Front (ZUF) said police had detained its leaders in Harare.")
    finally:
        store.close()
    store = Store(path)
    try:
        rows = store.db.execute("SELECT a.name, a.type FROM actors a JOIN aliases al ON al.actor_id = a.id "
                                "WHERE al.norm = 'zuf'").fetchall()
    finally:
        store.close()
    assert rows == [("Zambezi Unity Front", "group")]
