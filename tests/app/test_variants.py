"""Quote variants (issue 16): a quotation trimmed by one outlet is two variants of one
statement, shown side by side with the difference marked word by word."""

from __future__ import annotations

import pytest
from conftest import screen_text, settle
from storycorpus import LAVROV_FULL, LAVROV_TRIMMED, build_story_store

from tuiex.app.app import ExplorerApp
from tuiex.app.story_view import ReportsScreen
from tuiex.app.variants import marked
from tuiex.store import variants
from tuiex.store.reader import Reader


@pytest.fixture(scope="module")
def story_db(tmp_path_factory):
    return build_story_store(tmp_path_factory.mktemp("variants") / "s.db")


def test_a_trimmed_quotation_is_two_variants(story_db):
    reader = Reader(story_db)
    try:
        groups = variants.speaker_variants(reader, 3)        # Sergei Lavrov
        assert [[q.text for q in g] for g in groups] == [[LAVROV_FULL, LAVROV_TRIMMED]]
        assert [q.file for q in variants.variants_of(reader, groups[0][1].id)] == [
            "101_reuters.txt", "102_tass.txt"]
    finally:
        reader.close()


def test_different_statements_are_not_variants():
    assert not variants.same_statement("We will respond firmly to this step",
                                       "The talks in Sochi went well for both sides")
    assert not variants.same_statement("no", "no")           # too short to tell
    assert variants.group(["a b c d e", "x y z w v", "a b c d"]) == [[0, 2]]


def test_the_difference_is_marked_word_by_word():
    diff = variants.word_diff(LAVROV_FULL, LAVROV_TRIMMED)
    assert ("removed", "and proportionately") in diff and ("removed", "by Ankara") in diff
    assert ("equal", "Russia will respond firmly") in diff
    assert variants.word_diff("we will act now", "we shall act now") == [
        ("equal", "we"), ("removed", "will"), ("changed", "shall"), ("equal", "act now")]
    text = marked(LAVROV_FULL, LAVROV_TRIMMED)
    assert text.plain == "Russia will respond firmly [−and proportionately] to this unfriendly step [−by Ankara]"
    struck = [text.plain[s.start:s.end] for s in text.spans if "strike" in str(s.style)]
    assert struck == ["[−and proportionately]", "[−by Ankara]"]


async def test_variants_side_by_side_from_the_timeline_each_opening_its_passage(story_db):
    app = ExplorerApp(story_db)
    app.preview_delay = 0.01
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        for _ in range(30):
            item = app.timeline.current_item
            if item and item.kind == "quote" and item.file == "102_tass.txt":
                break
            await pilot.press("j")
            await settle(pilot, 1)
        await pilot.press("v")
        await settle(pilot)
        assert isinstance(app.screen, ReportsScreen)
        text = screen_text(app)
        assert "Sergei Lavrov: one statement, 2 wordings" in text
        assert "Reuters" in text and "TASS" in text and "[−and proportionately]" in text
        await pilot.press("right", "enter")           # the TASS wording's passage
        await settle(pilot)
        assert not isinstance(app.screen, ReportsScreen)
        assert app.source.selected[0] == "quote"
        assert app.reader.item("quote", app.source.selected[1]).file == "102_tass.txt"


async def test_variants_from_the_actor_pane_and_a_quote_without_variants(story_db):
    app = ExplorerApp(story_db)
    app.preview_delay = 0.01
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        app.open_actor(3)                               # Sergei Lavrov
        await settle(pilot)
        for _ in range(20):
            if app.actor.highlighted_quote is not None:
                break
            await pilot.press("j")
        assert app.focused is app.actor and app.actor.highlighted_quote is not None
        await pilot.press("v")
        await settle(pilot)
        assert isinstance(app.screen, ReportsScreen)
        assert "one statement, 2 wordings" in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        # an event, not a quote: a warning, no screen
        app.timeline.focus()
        await pilot.press("v")
        await settle(pilot)
        assert not isinstance(app.screen, ReportsScreen)
