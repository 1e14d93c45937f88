"""The explorer and the config file: the theme it names is used, the theme chosen in the
palette is written back, [keys] overrides keys, and the app says which store it opened."""

from __future__ import annotations

from conftest import screen_text, settle
from tuiex.app.app import ExplorerApp
from tuiex.config import load_config


async def test_theme_from_config_and_remembered(sample_db, tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('# mine\ntheme = "nord"\n')
    app = ExplorerApp(sample_db, config=load_config(path))
    async with app.run_test() as pilot:
        await settle(pilot)
        assert app.theme == "nord"
        app.theme = "textual-light"          # what the palette's "Change theme" does
        await settle(pilot)
    text = path.read_text()
    assert 'theme = "textual-light"' in text and "# mine" in text
    assert load_config(path).theme == "textual-light"


async def test_an_unknown_theme_is_said_not_fatal(sample_db, tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('theme = "no-such-theme"\n')
    app = ExplorerApp(sample_db, config=load_config(path))
    async with app.run_test(notifications=True) as pilot:
        await settle(pilot)
        assert any("unknown theme" in n.message for n in app._notifications)


async def test_keys_overridden_by_the_config(sample_db, tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[keys]\nquotes = "Q"\n')
    app = ExplorerApp(sample_db, config=load_config(path))
    async with app.run_test() as pilot:
        await settle(pilot)
        n = app.timeline.rows
        await pilot.press("Q")
        await settle(pilot)
        assert app.timeline.view.quotes and app.timeline.rows > n
        await pilot.press("t")                # the old key no longer does it
        await settle(pilot)
        assert app.timeline.view.quotes


async def test_says_which_store_it_opened(sample_db):
    app = ExplorerApp(sample_db, opened=f"the sample store {sample_db}")
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(pilot)
        assert "Opened the sample store" in str(app.timeline_pane.border_subtitle)
        assert "Opened the sample store" in screen_text(app)       # under the timeline, not a toast
        await pilot.press("/", "r", "u", "s", "enter")
        await settle(pilot)
        assert "filter: rus" in screen_text(app)                    # the status line stays whole


async def test_search_history_up_down_kept_between_runs(sample_db, tmp_path):
    from test_explorer import type_text

    path = tmp_path / "history.txt"
    app = ExplorerApp(sample_db, history_file=path)
    async with app.run_test() as pilot:
        await settle(pilot)
        for query in ("lavrov", "sochi", "lavrov"):
            await pilot.press("slash")
            await type_text(pilot, query)
            await pilot.press("enter")
            await settle(pilot)
            await pilot.press("escape")
            await settle(pilot)
    assert path.read_text().splitlines() == ["sochi", "lavrov"]     # once each, newest last

    app = ExplorerApp(sample_db, history_file=path)                  # the next run
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await type_text(pilot, "tur")
        box = app.search_bar.input
        await pilot.press("up")
        assert box.value == "lavrov"
        await pilot.press("up")
        assert box.value == "sochi"
        await pilot.press("up")                   # the oldest: stays
        assert box.value == "sochi"
        await pilot.press("down", "down")         # past the newest: what was typed
        assert box.value == "tur"


def _luminance(rgb) -> float:
    def lin(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = rgb
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)


def _contrast(a, b) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


import pytest  # noqa: E402


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light", "solarized-light", "nord"])
async def test_every_coloured_part_is_readable_in_light_and_dark_themes(sample_db, theme):
    app = ExplorerApp(sample_db)
    async with app.run_test() as pilot:
        app.theme = theme
        await settle(pilot)
        for widget in (app.timeline, app.source):
            background = widget.rich_style.bgcolor.triplet
            for name in sorted(widget.COMPONENT_CLASSES):
                style = widget._cs(name)
                if style.color is None or style.bgcolor is not None:
                    continue            # own background (cursor, match): drawn on it, not on the pane
                ratio = _contrast(style.color.triplet, background)
                assert ratio >= 3, f"{theme}: {name} {style.color.triplet.hex} on {background.hex}: {ratio:.1f}"
