"""A set file unchanged since it was last validated is not validated again at start; an edited file, a rule
change or a damaged cache means validating again, and never a message to the student."""

from __future__ import annotations

import json

import pytest

from question_bank import validation, validation_cache
from question_bank.loading import load_builtin, load_set
from question_bank.validation_cache import MAX_ENTRIES, ValidationCache, Verdict
from quiz_app import paths
from quiz_app.catalogue import Catalogue, load_sets


def _write_set(path, *, broken_quote: bool = False, set_id: str = "copy"):
    data = load_builtin().question_set.model_dump(mode="json", exclude_none=True)
    data["id"], data["title"] = set_id, f"Copy {set_id}"
    if broken_quote:
        data["questions"][0]["evidence"]["quote"] = "a passage no source has ever held"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _start(data_dir):
    """What a start of the app does with its sets: list the keys, load them with the data dir's cache."""
    catalogue = Catalogue(data_dir)
    results = load_sets(catalogue.keys_to_load(), data_dir)
    catalogue.update(results)
    return catalogue, results


def _verdicts(results):
    """Everything a student or teacher can see of the load results: problems with places, quote spans."""
    out = {}
    for key, result in results.items():
        qset = result.question_set
        spans = [e.span for q in qset.questions for _, e in q.evidences()] if qset is not None else None
        out[key] = ([p.as_dict() for p in result.problems], spans, result.ok,
                    len(qset.questions) if qset is not None else None)
    return out


@pytest.fixture
def sets(data_dir):
    folder = paths.sets_dir(data_dir)
    return _write_set(folder / "good.json", set_id="good"), _write_set(folder / "draft.json", broken_quote=True,
                                                                        set_id="draft")


def test_a_second_start_does_not_validate_unchanged_sets_and_gives_the_same_verdicts(data_dir, sets):
    before = validation.validations_run()
    _, first = _start(data_dir)
    assert validation.validations_run() - before == len(first) == 3  # the built-in set and the two files
    assert paths.validation_cache_path(data_dir).is_file()

    before = validation.validations_run()
    catalogue, second = _start(data_dir)
    assert validation.validations_run() == before  # nothing checked again
    assert _verdicts(second) == _verdicts(first)
    draft = second[str(sets[1].resolve())]
    assert not draft.ok and "the quote is not in source" in draft.errors[0].message
    assert draft.errors[0].file == str(sets[1].resolve()) and draft.errors[0].line is not None
    assert catalogue.failed_summary() == ""


def test_an_edited_file_is_validated_again(data_dir, sets):
    _start(data_dir)
    good, draft = sets
    _write_set(draft, set_id="draft")  # the teacher fixed the quote
    before = validation.validations_run()
    _, results = _start(data_dir)
    assert validation.validations_run() - before == 1  # only the edited file
    assert results[str(draft.resolve())].ok
    _write_set(good, broken_quote=True, set_id="good")
    _, results = _start(data_dir)
    assert not results[str(good.resolve())].ok


def test_a_rule_change_validates_every_set_again(data_dir, sets, monkeypatch):
    _start(data_dir)
    monkeypatch.setattr(validation_cache, "RULES_VERSION", validation_cache.RULES_VERSION + 1)
    validation_cache.rules_fingerprint.cache_clear()
    try:
        before = validation.validations_run()
        _start(data_dir)
        assert validation.validations_run() - before == 3
    finally:
        validation_cache.rules_fingerprint.cache_clear()


@pytest.mark.parametrize("damage", [
    b"\x00\xff garbage, not JSON at all",
    b"",
    b'{"format": 1, "rules": "x", "entries": []',  # cut off while written
    b"[1, 2, 3]",
    "a cache of the right shape with wrong verdicts",
])
def test_a_damaged_cache_is_ignored_with_no_message_to_the_student(data_dir, sets, damage):
    _, fresh = _start(data_dir)
    cache_file = paths.validation_cache_path(data_dir)
    if isinstance(damage, str):
        data = json.loads(cache_file.read_text(encoding="utf-8"))
        for _key, verdict in data["entries"]:
            verdict["problems"] = [["not", "a", "problem"]]
            verdict["spans"] = [[5, 1]]
        damage = json.dumps(data).encode()
    cache_file.write_bytes(damage)

    before = validation.validations_run()
    catalogue, results = _start(data_dir)
    assert validation.validations_run() - before == 3  # every set checked as if never seen
    assert _verdicts(results) == _verdicts(fresh)
    assert catalogue.failed_summary() == ""
    # and the cache is whole again: the next start checks nothing
    before = validation.validations_run()
    _start(data_dir)
    assert validation.validations_run() == before


def test_a_verdict_that_does_not_fit_its_file_is_not_used(data_dir, sets):
    """A hand-made entry under the right key with the wrong number of quote spans is validated again."""
    good = sets[0]
    cache = ValidationCache.open(paths.validation_cache_path(data_dir))
    cache.put(ValidationCache.key(good.read_bytes()), Verdict(True, (), ((0, 1),)))
    before = validation.validations_run()
    result = load_set(good, cache)
    assert validation.validations_run() - before == 1
    assert result.ok and all(e.span is not None for q in result.question_set.questions for _, e in q.evidences())


def test_a_file_that_is_not_a_set_is_remembered_with_its_problem_and_place(data_dir):
    broken = paths.sets_dir(data_dir) / "broken.json"
    broken.write_text('{"id": "x", "title": "X",\n "sources": [}', encoding="utf-8")
    _, first = _start(data_dir)
    _, second = _start(data_dir)
    key = str(broken.resolve())
    assert second[key].question_set is None
    assert [p.as_dict() for p in second[key].problems] == [p.as_dict() for p in first[key].problems]
    assert second[key].problems[0].line == 2


def test_the_cache_is_bounded(tmp_path):
    cache = ValidationCache(tmp_path / "cache.json")
    for i in range(MAX_ENTRIES + 20):
        cache.put(ValidationCache.key(str(i).encode()), Verdict(True, (), ()))
    assert len(cache) == MAX_ENTRIES
    assert cache.get(ValidationCache.key(b"0")) is None  # the oldest went first
    assert cache.get(ValidationCache.key(str(MAX_ENTRIES + 19).encode())) is not None
    cache.save()
    assert len(ValidationCache.open(tmp_path / "cache.json")) == MAX_ENTRIES


def test_a_read_only_data_dir_still_loads_every_set(data_dir, sets, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError("read-only")

    monkeypatch.setattr(validation_cache, "atomic_write", refuse)
    catalogue, results = _start(data_dir)
    assert len(catalogue.listed()) == 3 and catalogue.failed_summary() == ""
    assert not paths.validation_cache_path(data_dir).exists()


def test_the_window_shows_no_message_for_a_damaged_cache(qtbot, data_dir, sets):
    from quiz_app.ui.app import make_application
    from quiz_app.ui.main_window import MainWindow
    from quiz_app.ui.workers import wait_for_background

    make_application()
    _start(data_dir)
    paths.validation_cache_path(data_dir).write_bytes(b"\x00 not a cache")
    window = MainWindow.open_for(str(data_dir))
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.start_screen.set_list.count() == 3, timeout=10000)
        assert window.start_screen.banner.text() == ""
    finally:
        window.close()
        window.store.close()
        wait_for_background()


def test_the_texts_typed_answers_are_read_against_are_read_ahead(data_dir, sets):
    from question_bank import answers
    from quiz_app.grading import grade

    _, results = _start(data_dir)
    answers.source_words.cache_clear()
    from quiz_app.catalogue import warm_answer_reading

    assert warm_answer_reading(results) == 1  # the built-in set and its copies cite one text
    builtin = results["builtin:korean-war-1950"].question_set
    question = next(q for q in builtin.questions if q.type == "short_answer")
    misses = answers.source_words.cache_info().misses
    result = grade(question, question.accepted[0], sources=builtin)
    assert result.correct
    assert answers.source_words.cache_info().misses == misses  # the student's answer found the text read


def test_a_remembered_quote_place_is_checked_against_the_text_at_every_start(data_dir, sets):
    """A remembered span that no longer shows the quote (a cache edited by hand) is never shown as proof."""
    _, fresh = _start(data_dir)
    cache_file = paths.validation_cache_path(data_dir)
    data = json.loads(cache_file.read_text(encoding="utf-8"))
    for _key, verdict in data["entries"]:
        verdict["spans"] = [[s[0] + 1, s[1] + 1] if s else s for s in verdict["spans"]]
    cache_file.write_text(json.dumps(data), encoding="utf-8")
    before = validation.validations_run()
    _, results = _start(data_dir)
    assert validation.validations_run() - before == 3
    assert _verdicts(results) == _verdicts(fresh)
