"""Small corpora for stories, dyads and quote variants (issue 16), written through the real
write path (`Store.write_article`), like storefactory's sample store.

* Three outlets report one expulsion (Russia expels Turkish diplomats) on different days and at
  different precisions: 2018-03-05 (Reuters, the day), 2018-03-06 (TASS dates it from its own
  day), 2018-03 (Hurriyet, the month only) -> one story.
* A second expulsion a month later (2018-04-09, Turkey expels Russian diplomats: the mutual
  direction) -> a second story.
* Lavrov's statement quoted in full by Reuters and trimmed by TASS -> two variants of one quote.
* A spread of Russia-Turkey events over 2018 for the dyad view, and one Russia-Syria event.
"""

from __future__ import annotations

from pathlib import Path

from storefactory import ArticleBuilder

from tuiex.records import Article
from tuiex.store.db import Store

LAVROV_FULL = "Russia will respond firmly and proportionately to this unfriendly step by Ankara"
LAVROV_TRIMMED = "Russia will respond firmly to this unfriendly step"


def _ru_tr(b: ArticleBuilder) -> ArticleBuilder:
    return (b.actor("ru", "Russia", "country", "RUS", aliases=("Moscow", "Kremlin"))
             .actor("tr", "Turkey", "country", "TUR", aliases=("Ankara",))
             .actor("lavrov", "Sergei Lavrov", "person", "RUS", "Foreign Minister of Russia",
                    ("Lavrov", "Sergei Lavrov")))


def expulsion_articles() -> list[Article]:
    a = _ru_tr(ArticleBuilder(
        "101_reuters.txt", "Russia expels four Turkish diplomats", "Reuters", "2018-03-05",
        """
Russia expelled four Turkish diplomats on Monday, the foreign ministry said.
Sergei Lavrov said: "Russia will respond firmly and proportionately to this unfriendly step by Ankara."
""",
    ))
    a.event("SANCTION", "ru", "tr", "Russia expelled four Turkish diplomats", "expelled", "2018-03-05")
    a.quote("lavrov", LAVROV_FULL, "said", "2018-03-05")

    b = _ru_tr(ArticleBuilder(
        "102_tass.txt", "Moscow orders expulsion of Turkish envoys", "TASS", "2018-03-07",
        """
Moscow ordered the expulsion of four Turkish diplomats on Tuesday.
Lavrov said that "Russia will respond firmly to this unfriendly step" and gave no details.
""",
    ))
    b.event("SANCTION", "ru", "tr", "Moscow ordered the expulsion of four Turkish diplomats", "expulsion",
            "2018-03-06")
    b.quote("lavrov", LAVROV_TRIMMED, "said", "2018-03-06")

    c = _ru_tr(ArticleBuilder(
        "103_hurriyet.txt", "Diplomatic row deepens", "Hurriyet", "2018-03-20",
        """
Earlier this month Russia expels Turkish diplomats, and Ankara has not yet answered.
""",
    ))
    c.event("SANCTION", "ru", "tr", "Russia expels Turkish diplomats", "expels", "2018-03")

    d = _ru_tr(ArticleBuilder(
        "104_aa.txt", "Turkey expels Russian diplomats", "Anadolu", "2018-04-10",
        """
Turkey expelled three Russian diplomats on Monday in a tit-for-tat move.
""",
    ))
    d.event("SANCTION", "tr", "ru", "Turkey expelled three Russian diplomats", "expelled", "2018-04-09")
    return [a.build(), b.build(), c.build(), d.build()]


def dyad_articles() -> list[Article]:
    """Russia-Turkey events over 2018 (every quad class), and one Russia-Syria event."""
    rows = [
        ("201", "2018-01-15", "AGREE", "ru", "tr", "Russia agreed with Turkey on gas prices", "agreed"),
        ("202", "2018-01-22", "CONSULT", "tr", "ru", "Turkey held talks with Russia in Sochi", "held talks"),
        ("203", "2018-02-05", "COOPERATE", "ru", "tr", "Russia cooperated with Turkey on the pipeline", "cooperated"),
        ("204", "2018-02-12", "ACCUSE", "tr", "ru", "Turkey accused Russia of airspace violations", "accused"),
        ("205", "2018-05-03", "ASSAULT", "ru", "sy", "Russia bombed Syria rebels near Idlib", "bombed"),
        ("206", "2018-05-14", "THREATEN", "ru", "tr", "Russia warned Turkey over the border", "warned"),
        ("207", "2018-06-11", "AID", "ru", "tr", "Russia sent aid to Turkey after the floods", "sent aid"),
    ]
    out = []
    for n, day, type_, s, t, clause, trigger in rows:
        b = _ru_tr(ArticleBuilder(f"{n}_wire.txt", clause, "Wire", day, clause + " on Monday."))
        b.actor("sy", "Syria", "country", "SYR", aliases=("Damascus",))
        b.event(type_, s, t, clause, trigger, day)
        out.append(b.build())
    return out


def story_articles() -> list[Article]:
    return expulsion_articles() + dyad_articles()


def build_story_store(path: Path) -> Path:
    store = Store(path)
    try:
        for art in story_articles():
            store.write_article(art)
    finally:
        store.close()
    return path
