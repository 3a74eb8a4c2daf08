"""The item-quality lint: one set per warning, each warning names its question and says how to fix it."""

from __future__ import annotations

import json

from question_bank.lint import giveaway_pairs, lint_set, warning_code
from question_bank.loading import load_builtin, validate_data
from quiz_app.cli import main

TEXT = ("Kim Il Sung was installed as the leader in the North. By 1950, the Korean People's Army boasted around "
        "135,000 troops. The first American unit to arrive was the 24th Infantry Division, hastily dispatched "
        "from Japan. Seoul, the South Korean capital, fell on June 27. The Rhee government fled southward.")


def _mc(qid, prompt, quote, key, wrong, topics=("context",)):
    return {"id": qid, "type": "multiple_choice", "prompt": prompt, "topics": list(topics), "explanation": "x",
            "evidence": {"source": "s", "quote": quote},
            "choices": [{"text": key, "correct": True, "feedback": "Right."}]
            + [{"text": w, "feedback": "The text says otherwise."} for w in wrong]}


def _set(*questions):
    data = {"id": "t", "title": "T", "sources": [{"id": "s", "title": "S", "text": TEXT}], "questions": list(questions)}
    result = validate_data(data)
    assert result.question_set is not None and not result.errors, [str(p) for p in result.errors]
    return result.question_set


def _codes(qset):
    return [(w.path[1], warning_code(w)) for w in lint_set(qset)]


def test_a_clean_question_has_no_warning():
    assert _codes(_set(_mc("a", "Who was installed as leader in the North?", "Kim Il Sung was installed",
                           "Kim Il Sung", ["Syngman Rhee", "Mao Zedong", "Chiang Kai-shek"]))) == []


def test_longest_key():
    qset = _set(_mc("a", "Where did the leaders go after Seoul fell?", "The Rhee government fled southward",
                    "The Rhee government fled southward", ["North", "Japan", "Seoul"]))
    [w] = lint_set(qset)
    assert warning_code(w) == "longest_key" and w.severity == "warning"
    assert w.message.startswith("a: ") and "longest" in w.message and w.hint


def test_only_the_key_shares_a_word_with_the_prompt():
    qset = _set(_mc("a", "Where was the first American unit dispatched from?", "hastily dispatched from Japan",
                    "It was dispatched from Japan", ["From Seoul itself", "From the North", "From Taiwan"]))
    assert (0, "only_key_echoes_prompt") in _codes(qset)


def test_true_statement_copied_from_the_text():
    qset = _set({"id": "tf", "type": "true_false", "prompt": "By 1950, the Korean People's Army boasted around "
                 "135,000 troops.", "answer": True, "topics": ["troop_counts"], "explanation": "x",
                 "feedback_wrong": "See the text.",
                 "evidence": {"source": "s", "quote": "By 1950, the Korean People's Army boasted around 135,000 troops"}})
    assert _codes(qset) == [(0, "copied_true_statement")]


def test_true_false_without_wrong_answer_feedback():
    qset = _set({"id": "tf", "type": "true_false", "prompt": "The Rhee government went north.", "answer": False,
                 "correction": "fled southward", "topics": ["leaders"], "explanation": "x",
                 "evidence": {"source": "s", "quote": "The Rhee government fled southward"}})
    [w] = lint_set(qset)
    assert warning_code(w) == "no_wrong_feedback" and w.path == ("questions", 0, "feedback_wrong")


def test_answer_in_another_prompt_and_the_pair_is_kept_apart():
    q1 = _mc("city", "Which South Korean capital fell on June 27?", "Seoul, the South Korean capital, fell on June 27",
             "Seoul", ["Pusan", "Inchon", "Japan"], topics=("places",))
    q2 = {"id": "day", "type": "short_answer", "prompt": "On what day did Seoul, the capital, fall?",
          "accepted": ["June 27"], "topics": ["dates"], "explanation": "x",
          "evidence": {"source": "s", "quote": "Seoul, the South Korean capital, fell on June 27"}}
    qset = _set(q1, q2)
    assert set(_codes(qset)) == {(0, "answer_in_other_prompt"), (1, "answer_in_other_prompt")}
    assert "prompt of day" in lint_set(qset)[0].message
    assert giveaway_pairs(qset) == {frozenset({"city", "day"})}


def test_several_questions_on_one_sentence():
    quote = "Seoul, the South Korean capital, fell on June 27"
    qs = [_mc(f"q{i}", f"Question {i} about the fall?", quote, "June 27", ["June 25", "June 28", "June 30"],
              topics=("dates",)) for i in range(5)]
    codes = _codes(_set(*qs))
    assert codes == [(3, "same_sentence"), (4, "same_sentence")]
    assert len(giveaway_pairs(_set(*qs))) == 10


def test_topic_tags_that_do_not_fit():
    unit = _mc("unit", "Which unit arrived first?", "the 24th Infantry Division", "The 24th Infantry Division",
               ["The 1st Marine Division", "The 3rd Army", "The 7th Fleet"], topics=("troop_counts",))
    leader = _mc("lead", "Who was installed as leader in the North?", "Kim Il Sung was installed", "Kim Il Sung",
                 ["Syngman Rhee", "Mao Zedong", "Chiang Kai-shek"], topics=("dates", "leaders"))
    count = {"id": "n", "type": "numeric", "prompt": "How many troops did the KPA have?", "value": 135000,
             "tolerance": 5000, "topics": ["troop_counts"], "explanation": "x",
             "evidence": {"source": "s", "quote": "around 135,000 troops"}}
    assert _codes(_set(unit, leader, count)) == [(0, "topic_mismatch"), (1, "topic_mismatch")]


def test_a_date_among_names():
    qset = _set(_mc("a", "Who was installed as leader in the North?", "Kim Il Sung was installed", "Kim Il Sung",
                    ["Syngman Rhee", "June 27", "Chiang Kai-shek"], topics=("leaders",)))
    [w] = lint_set(qset)
    assert warning_code(w) == "mixed_option_kinds" and "'June 27' is the only date" in w.message


def test_a_distractor_the_quote_states():
    q = {"id": "ms", "type": "multiple_select", "prompt": "What does the text say about the 24th Infantry Division?",
         "topics": ["context"], "explanation": "x",
         "evidence": {"source": "s", "quote": "the 24th Infantry Division, hastily dispatched from Japan"},
         "choices": [{"text": "It was the first American unit", "correct": True, "feedback": "Right.",
                      "evidence": {"source": "s", "quote": "The first American unit to arrive"}},
                     {"text": "hastily dispatched", "feedback": "Wrong."},
                     {"text": "It came from Taiwan", "feedback": "From Japan."}]}
    assert _codes(_set(q)) == [(0, "true_distractor")]


def test_warnings_never_stop_loading_or_scoring():
    qset = _set(_mc("a", "Where did the leaders go after Seoul fell?", "The Rhee government fled southward",
                    "The Rhee government fled southward", ["North", "Japan", "Seoul"]))
    result = validate_data(qset.model_dump(mode="json"))
    assert result.ok and not [p for p in result.problems if p.severity == "warning"]


def test_cli_prints_warnings_and_strict_fails(tmp_path, capsys):
    qset = _set(_mc("a", "Where did the leaders go after Seoul fell?", "The Rhee government fled southward",
                    "The Rhee government fled southward", ["North", "Japan", "Seoul"]))
    path = tmp_path / "set.json"
    path.write_text(json.dumps(qset.model_dump(mode="json")), encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert "valid (1 questions" in out and "1 item-quality warning" in out and "a: [longest_key]" in out
    assert "hint: Shorten the correct choice" in out
    assert main(["validate", "--strict", str(path)]) == 1
    assert "error: " in capsys.readouterr().out
    assert main(["validate", "--json", str(path)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [p["severity"] for p in report["problems"]] == ["warning"]


def test_builtin_set_passes_strict(capsys):
    from pathlib import Path

    bank = Path(__file__).resolve().parents[2] / "question_bank" / "banks" / "korean-war-1950.json"
    assert main(["validate", "--strict", str(bank)]) == 0


def test_builtin_pairs_cover_the_old_giveaways():
    qset = load_builtin().question_set
    pairs = giveaway_pairs(qset)
    # same sentence: the three Seoul questions (the date, the city, the true/false on the day)
    assert {frozenset({"kw-045", "kw-046"}), frozenset({"kw-046", "kw-047"}), frozenset({"kw-045", "kw-047"})} <= pairs
    assert all(len(p) == 2 for p in pairs)


def test_rounds_never_hold_a_giveaway_pair():
    from quiz_app.session import RoundSettings, draw_questions

    qset = load_builtin().question_set
    pairs = giveaway_pairs(qset)
    settings = RoundSettings.for_set(qset, "scored")
    for seed in range(1000):
        ids = [q.id for q in draw_questions(qset, settings, seed)]
        assert len(ids) == settings.count
        clashes = [p for p in pairs if p <= set(ids)]
        assert not clashes, (seed, clashes)
