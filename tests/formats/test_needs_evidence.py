"""A file from elsewhere imports as a draft; validate lists each question that needs evidence,
with the best-matching sentences of the set's source."""

from __future__ import annotations

import json

from question_bank.loading import load_set
from quiz_app.cli import main


def test_imported_gift_needs_evidence_with_suggestions(tmp_path, capsys):
    gift = tmp_path / "quiz.gift"
    gift.write_text("::Seoul::When did North Korean forces capture Seoul?{=June 27 ~June 25 ~early July}\n\n"
                    "::KPA::How many troops did the KPA have in 1950?{#135000:5000}\n", encoding="utf-8")
    source = tmp_path / "source.txt"
    source.write_text(
        "By 1950, the Korean People's Army (KPA) boasted around 135,000 troops. "
        "Within days, the North Korean forces had captured Seoul, the South Korean capital, on June 27.\n",
        encoding="utf-8")
    out = tmp_path / "set.json"
    assert main(["import", "--format", "gift", str(gift), "--source", str(source), "-o", str(out)]) == 0
    capsys.readouterr()
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["status"] == "draft"
    assert main(["validate", str(out)]) == 1
    text = capsys.readouterr().out
    assert text.count("needs evidence") == 2
    assert "Best matches in the source:" in text and "captured Seoul" in text and "135,000 troops" in text
    result = load_set(out)
    needs = [p for p in result.errors if "needs evidence" in p.message]
    assert [p.where for p in needs] == ["questions[0].evidence", "questions[1].evidence"]
    assert all(p.line for p in needs)
