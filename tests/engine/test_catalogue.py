"""The catalogue: which sets a student can play, remembered opened files, titles told apart, no Qt."""

from __future__ import annotations

import json

from question_bank.loading import load_builtin, load_set
from quiz_app import paths
from quiz_app.catalogue import BUILTIN_PREFIX, OPENED_FILE, Catalogue, file_key, load_sets
from quiz_app.scores import ScoreStore
from quiz_app.session import RoundSettings, review_counts, start_round


def _write_set(path, title="Korean War 1950", set_id="copy"):
    data = load_builtin().question_set.model_dump(mode="json", exclude_none=True)
    data["id"], data["title"] = set_id, title
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_builtin_and_folder_sets_are_listed_built_in_first(data_dir):
    folder = paths.sets_dir(data_dir)
    _write_set(folder / "a.json", title="A teacher's set", set_id="teacher")
    cat = Catalogue(data_dir)
    cat.update(load_sets(cat.keys_to_load()))
    listed = cat.summaries()
    assert listed[0].key == BUILTIN_PREFIX + "korean-war-1950" and listed[0].origin == "built-in"
    assert [s.title for s in listed[1:]] == ["A teacher's set"]
    assert listed[1].origin == "folder" and listed[1].question_count == len(load_builtin().question_set.questions)


def test_two_sets_with_one_title_are_told_apart(data_dir, tmp_path):
    builtin_title = load_builtin().question_set.title
    other = _write_set(tmp_path / "my copy.json", title=builtin_title)
    cat = Catalogue(data_dir)
    cat.update(load_sets(cat.keys_to_load()))
    cat.add_opened(other, load_set(other))
    titles = sorted(s.title for s in cat.summaries())
    assert titles == sorted([f"{builtin_title} (built-in)", f"{builtin_title} (my copy.json)"])


def test_an_opened_file_is_remembered_across_restarts_and_can_be_forgotten(data_dir, tmp_path):
    path = _write_set(tmp_path / "lesson.json", title="Lesson 4")
    cat = Catalogue(data_dir)
    key = cat.add_opened(path, load_set(path))
    assert key == file_key(path)
    assert json.loads((data_dir / OPENED_FILE).read_text(encoding="utf-8")) == [key]

    again = Catalogue(data_dir)  # the next start
    assert key in again.keys_to_load()
    again.update(load_sets(again.keys_to_load()))
    assert "Lesson 4" in [s.title for s in again.summaries()]
    again.forget(key)
    assert key not in Catalogue(data_dir).keys_to_load()


def test_a_remembered_file_that_is_gone_or_broken_leaves_the_list(data_dir, tmp_path):
    path = _write_set(tmp_path / "lesson.json", title="Lesson 4")
    cat = Catalogue(data_dir)
    cat.add_opened(path, load_set(path))
    path.write_text("{ not json", encoding="utf-8")
    again = Catalogue(data_dir)
    again.update(load_sets(again.keys_to_load()))
    assert [s.title for s in again.summaries()] == [load_builtin().question_set.title]
    assert file_key(path) in again.failed


def test_a_damaged_remembered_list_is_ignored(data_dir):
    (data_dir / OPENED_FILE).write_text("[1, {", encoding="utf-8")
    cat = Catalogue(data_dir)
    assert [k for k in cat.keys_to_load() if not k.startswith(BUILTIN_PREFIX)] == []


def test_a_trial_from_the_editor_is_playable_but_never_listed(data_dir):
    cat = Catalogue(data_dir)
    cat.update(load_sets([]))
    key = cat.add_trial(load_builtin().question_set.model_copy(update={"id": "trial"}))
    assert key in cat and cat[key].question_set.id == "trial"
    assert key not in [s.key for s in cat.summaries()]
    assert key not in [r.path for r in cat.playable_results()]


def test_last_score_and_interrupted_round_come_from_the_store(data_dir, store, student):
    cat = Catalogue(data_dir)
    cat.update(load_sets([]))
    loaded = cat[BUILTIN_PREFIX + "korean-war-1950"]
    rnd = start_round(loaded, RoundSettings.for_set(loaded.question_set, "scored", count=2, seed=1), store=store,
                      profile=student.id)
    rnd.answer(None)
    rnd.answer(None)
    assert cat.summaries(store, student.id)[0].last_score == "0%"
    unfinished = start_round(loaded, RoundSettings.for_set(loaded.question_set, "practice", count=3, seed=2),
                             store=store, profile=student.id)
    assert cat.interrupted(store, student.id) is None  # being played right now by this store
    later = ScoreStore(store.path)  # the app opened again after a crash
    try:
        record, key = cat.interrupted(later, student.id)
    finally:
        later.close()
    assert record.id == unfinished.round_id and key == BUILTIN_PREFIX + "korean-war-1950"


def test_review_counts_use_the_same_rule_as_the_spaced_round(data_dir, store, student):
    qset = load_builtin().question_set
    before = review_counts(qset, store, student.id)
    assert (len(before.due), len(before.new)) == (0, len(qset.questions))
    rnd = start_round(qset, RoundSettings.for_set(qset, "spaced_review", count=3, seed=4), store=store,
                      profile=student.id)
    asked = [rnd.current.question.id]
    rnd.answer(None)  # wrong: due again tomorrow, no longer new
    after = review_counts(qset, store, student.id)
    assert len(after.new) == len(qset.questions) - 1 and asked[0] not in [q.id for q in after.new]
    tomorrow = review_counts(qset, store, student.id, wall_clock=lambda: __import__("time").time() + 2 * 86400)
    assert asked[0] in [q.id for q in tomorrow.due]


def test_one_bad_file_in_the_sets_folder_never_hides_the_others(tmp_path):
    import os as _os

    from quiz_app import paths as _paths
    from quiz_app.catalogue import Catalogue, load_sets

    folder = _paths.sets_dir(tmp_path)
    (folder / "huge-number.json").write_text('{"id": "x", "schema_version": ' + "9" * 5000 + "}")
    (folder / "sources-five.json").write_text('{"id": "x", "title": "t", "sources": 5, "questions": []}')
    _os.mkfifo(folder / "pipe.json")
    cat = Catalogue(tmp_path)
    cat.update(load_sets(cat.keys_to_load()))
    assert [k for k, _ in cat.listed()] == ["builtin:korean-war-1950"]
    summary = cat.failed_summary()
    assert "huge-number.json: the file holds a number with thousands of digits" in summary
    assert "pipe.json: this is not a plain file" in summary and "sources-five.json" in summary


def test_temporary_files_left_by_killed_saves_are_removed_when_the_sets_are_listed(data_dir):
    import os
    import subprocess
    import sys

    folder = paths.sets_dir(data_dir)
    _write_set(folder / "airlift.json", title="Airlift", set_id="airlift")
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = int(gone.stdout)  # a process that has ended: its saves were killed
    left = [folder / f".airlift.json.{dead}.k2j4x9q1.tmp", folder / f".new set.json.{dead}.a8b7c6d5.tmp"]
    for path in left:
        path.write_text('{"half": ', encoding="utf-8")
    saving = folder / f".airlift.json.{os.getpid()}.zz99yy88.tmp"  # a save under way in this process
    saving.write_text("{", encoding="utf-8")
    teacher_file = folder / ".notes.tmp"  # not one of ours: left alone
    teacher_file.write_text("mine", encoding="utf-8")
    cat = Catalogue(data_dir)
    keys = cat.keys_to_load()
    assert keys == [file_key(folder / "airlift.json")]
    assert not any(path.exists() for path in left)
    assert saving.exists() and teacher_file.exists()
    assert (folder / "airlift.json").exists()


# ---------------------------------------------------------------------- classroom PCs: shared sets, portable mode
def test_sets_in_the_shared_folder_are_listed_as_shared_beside_the_students_own(data_dir, tmp_path, monkeypatch):
    shared = tmp_path / "school-sets"
    shared.mkdir()
    _write_set(shared / "airlift.json", title="Berlin Airlift", set_id="airlift")
    _write_set(paths.sets_dir(data_dir) / "airlift.json", title="Berlin Airlift", set_id="my-airlift")
    _write_set(shared / "cuba.json", title="Cuban Missile Crisis", set_id="cuba")
    monkeypatch.setenv(paths.SHARED_ENV_VAR, str(shared))
    cat = Catalogue(data_dir)
    cat.update(load_sets(cat.keys_to_load()))
    by_title = {s.title: s.origin for s in cat.summaries()}
    assert by_title == {load_builtin().question_set.title: "built-in", "Cuban Missile Crisis": "shared",
                        "Berlin Airlift (shared: airlift.json)": "shared", "Berlin Airlift (airlift.json)": "folder"}
    # opening a shared set with Ctrl+O does not add it to the student's remembered files
    cat.add_opened(shared / "cuba.json", load_set(shared / "cuba.json"))
    assert not (data_dir / OPENED_FILE).exists()


def test_the_shared_folder_comes_from_the_schools_config_file(data_dir, tmp_path, monkeypatch):
    shared = tmp_path / "shared"
    shared.mkdir()
    _write_set(shared / "cuba.json", title="Cuban Missile Crisis", set_id="cuba")
    config = tmp_path / "config.json"
    config.write_text(json.dumps({"shared_sets": str(shared)}), encoding="utf-8")
    monkeypatch.setenv(paths.CONFIG_ENV_VAR, str(config))
    assert paths.shared_sets_dir() == shared
    cat = Catalogue(data_dir)
    cat.update(load_sets(cat.keys_to_load()))
    assert [s.origin for s in cat.summaries()] == ["built-in", "shared"]
    monkeypatch.setenv(paths.SHARED_ENV_VAR, str(tmp_path / "elsewhere"))  # the environment wins
    assert paths.shared_sets_dir() == tmp_path / "elsewhere"


def test_a_shared_folder_that_is_missing_or_unreadable_leaves_the_other_sets(data_dir, tmp_path, monkeypatch):
    monkeypatch.setenv(paths.SHARED_ENV_VAR, str(tmp_path / "not-mounted"))
    cat = Catalogue(data_dir)
    cat.update(load_sets(cat.keys_to_load()))
    assert [s.origin for s in cat.summaries()] == ["built-in"] and cat.failed_summary() == ""


def test_a_broken_school_config_is_named_and_ignored(data_dir, tmp_path, monkeypatch):
    config = tmp_path / "config.json"
    config.write_text('{"shared_sets": ', encoding="utf-8")
    monkeypatch.setenv(paths.CONFIG_ENV_VAR, str(config))
    assert paths.shared_sets_dir() is None
    cat = Catalogue(data_dir)
    cat.update(load_sets(cat.keys_to_load()))
    assert [s.origin for s in cat.summaries()] == ["built-in"]
    assert cat.failed_summary() == f"The school's settings file {config} is not valid JSON (line 1); it is ignored."
    config.write_text('["not", "an object"]', encoding="utf-8")
    assert "should hold an object" in paths.read_site_config()[1]
    config.write_bytes(b" " * (paths.MAX_CONFIG_BYTES + 10))
    assert "too big" in paths.read_site_config()[1]


def test_the_shared_folder_is_never_written_to(data_dir, tmp_path, monkeypatch):
    shared = tmp_path / "shared"
    shared.mkdir()
    _write_set(shared / "cuba.json", title="Cuban Missile Crisis", set_id="cuba")
    left = shared / ".cuba.json.999999999.abcdefgh.tmp"  # an admin's save, or one killed: not the student's to remove
    left.write_text("{", encoding="utf-8")
    before = sorted(p.name for p in shared.iterdir())
    monkeypatch.setenv(paths.SHARED_ENV_VAR, str(shared))
    cat = Catalogue(data_dir)
    cat.update(load_sets(cat.keys_to_load()))
    cat.forget(file_key(shared / "cuba.json"))
    assert sorted(p.name for p in shared.iterdir()) == before


def test_portable_mode_keeps_the_data_beside_the_program(tmp_path, monkeypatch):
    import sys

    program = tmp_path / "stick" / "History Quiz"
    program.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "history-quiz"))
    monkeypatch.delenv(paths.ENV_VAR)
    assert paths.portable_dir() is None  # no marker: the user's own data folder
    assert paths.data_dir(create=False) != program / "data"
    (program / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    assert paths.data_dir() == program / "data" and (program / "data").is_dir()
    assert paths.db_path() == program / "data" / "scores.sqlite3"
    assert paths.shared_sets_dir() is None
    (program / "shared-sets").mkdir()
    assert paths.shared_sets_dir() == program / "shared-sets"


def test_scores_stay_out_of_a_roaming_profile(monkeypatch, tmp_path):
    # platformdirs tells local from roaming AppData only on Windows: record what the app asks it for
    asked = []

    def user_data_dir(*args, **kwargs):
        asked.append(kwargs)
        return str(tmp_path / "local")

    import platformdirs

    monkeypatch.setattr(platformdirs, "user_data_dir", user_data_dir)
    monkeypatch.setattr(paths.sys, "platform", "win32")  # on Linux the usual case is answered without platformdirs
    monkeypatch.delenv(paths.ENV_VAR)
    assert paths.data_dir() == tmp_path / "local"
    assert asked == [{"appauthor": False, "roaming": False}]


def test_a_listing_keeps_every_round_default_a_set_file_can_hold():
    # the listing's copy of round_defaults (no pydantic on the start path) must not silently drop a field the
    # model gains, nor default it differently: RoundSettings.for_set reads it in place of the model
    from question_bank.models import RoundDefaults
    from quiz_app.catalogue import ListedDefaults

    fields = ListedDefaults.__dataclass_fields__
    assert set(fields) == set(RoundDefaults.model_fields)
    assert {n: f.default for n, f in fields.items()} == {n: f.default for n, f in RoundDefaults.model_fields.items()}
