"""scripts/event_losses.py sorts gold and extracted events by where the points are lost."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("quality", HERE.parent / "scripts" / "event_losses.py")
quality = importlib.util.module_from_spec(spec)
spec.loader.exec_module(quality)


@pytest.fixture
def scorer():
    if not quality.DEFAULT_SCORE.exists():
        pytest.skip("the shared scorer is not next to this repository")
    return quality._load_scorer(quality.DEFAULT_SCORE)


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def test_causes_are_counted(tmp_path, scorer):
    f = "100_x.txt"
    actors = [{"kind": "actor", "name": n, "type": "country", "aliases": []} for n in ("Kenya", "Uganda", "Chad")]
    s1, s2, s3 = "Kenya accused Uganda of harbouring rebels.", "Chad shelled the border town.", "Kenya praised Chad."
    gold = [{"kind": "article", "file": f, "title": None, "published": None}, *actors,
            {"kind": "event", "file": f, "type": "ACCUSE", "source": "Kenya", "target": "Uganda", "sentence": s1},
            {"kind": "event", "file": f, "type": "ASSAULT", "source": "Chad", "target": None, "sentence": s2},
            {"kind": "event", "file": f, "type": "SUPPORT", "source": "Kenya", "target": "Chad", "sentence": s3}]
    system = [*actors,
              {"kind": "event", "file": f, "type": "ACCUSE", "source": "Kenya", "target": "Uganda", "sentence": s1},
              {"kind": "event", "file": f, "type": "SUPPORT", "source": "Uganda", "target": "Chad", "sentence": s3}]
    g, s = _write(tmp_path / "g.jsonl", gold), _write(tmp_path / "s.jsonl", system)
    counts, lines = quality.analyse(scorer, scorer.load(str(g)), scorer.load(str(s)))
    assert counts["matched, type and target right"] == 1
    assert counts["missed: trigger"] == 1 and counts["missed: source"] == 1
    assert counts["extra: source"] == 1
    assert len(lines) == 3
    assert quality.analyse(scorer, scorer.load(str(g)), scorer.load(str(s)), "odd")[0] == {}
