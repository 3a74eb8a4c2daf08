"""Ours -> format -> ours keeps every field the format can carry, checked field by field.

Our own GIFT, Moodle XML and xlsx files carry everything (the extra lines are comments Moodle ignores,
or extra sheets); CSV/TSV carry every question field and take the source text from --source. When the
comments are lost (a file rewritten by Moodle) GIFT and Moodle XML still keep what their own syntax
carries; the tables below name those fields, and the others come back as their defaults.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from question_bank.formats import ImportOptions, export_file, export_set, format_named, import_file
from question_bank.formats.gift import export_gift
from question_bank.formats.moodle_xml import export_moodle_xml
from question_bank.models import QuestionSet
from question_bank.validation import check_set

SET_FIELDS = ("schema_version", "id", "title", "description", "authors", "language", "status", "round_defaults",
              "sources")

NATIVE = {
    "gift": {"id", "type", "prompt", "topics", "explanation", "evidence", "choices", "answer", "feedback_wrong",
             "feedback_right", "value", "tolerance", "accepted", "pairs", "distractors"},
}
NATIVE["moodle-xml"] = NATIVE["gift"] | {"points", "unit"}


def source_options(qset: QuestionSet) -> ImportOptions:
    src = qset.sources[0]
    return ImportOptions(source_text=src.text, source_id=src.id, source_title=src.title,
                         source_citation=src.citation)


def written_part(qset: QuestionSet, fmt: str, folder: Path) -> QuestionSet:
    """The set without the questions an export to ``fmt`` leaves out (each reported with its reason): the
    built-in set's fill-the-gaps questions have several gaps, which GIFT and the template cannot hold."""
    report = export_set(qset, folder / f"probe{format_named(fmt).suffix}", fmt)
    left = {qid for qid, why in report.left_out if why}
    assert left == ({q.id for q in qset.questions if q.type == "cloze" and len(q.gaps) > 1} if fmt == "gift" else
                    {q.id for q in qset.questions if q.type == "cloze"} if fmt in ("csv", "tsv", "xlsx") else set())
    return qset.model_copy(update={"questions": [q for q in qset.questions if q.id not in left]})


def round_trip(qset: QuestionSet, fmt: str, folder: Path, options: ImportOptions | None = None, **export_args):
    path = folder / f"set{format_named(fmt).suffix}"
    if export_args:
        {"gift": export_gift, "moodle-xml": export_moodle_xml}[fmt](qset, path, **export_args)
    else:
        export_file(qset, path, fmt)
    result = import_file(path, "xlsx" if fmt == "kahoot" else fmt, options)
    assert not result.errors, [str(p) for p in result.errors]
    return result


def assert_same_questions(before: QuestionSet, after: QuestionSet) -> None:
    assert [q.id for q in after.questions] == [q.id for q in before.questions]
    for a, b in zip(before.questions, after.questions, strict=True):
        assert type(a) is type(b), a.id
        da, db = a.model_dump(), b.model_dump()  # values only (validation caches quote spans privately)
        for name in type(a).model_fields:
            assert db[name] == da[name], f"{a.id}.{name}"


@pytest.mark.parametrize("fmt", ["gift", "moodle-xml", "xlsx"])
def test_our_files_restore_the_whole_set(fmt, tricky_set, tmp_path):
    result = round_trip(tricky_set, fmt, tmp_path)
    after = result.question_set
    for name in SET_FIELDS:
        assert getattr(after, name) == getattr(tricky_set, name), name
    assert_same_questions(tricky_set, after)
    assert not result.warnings


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_template_restores_every_question_field(fmt, tricky_set, tmp_path):
    result = round_trip(tricky_set, fmt, tmp_path, source_options(tricky_set))
    assert_same_questions(tricky_set, result.question_set)
    assert result.question_set.sources == tricky_set.sources
    assert result.question_set.status == "ready"


@pytest.mark.parametrize("fmt", ["gift", "moodle-xml"])
def test_without_our_comments_the_native_fields_survive(fmt, tricky_set, tmp_path):
    result = round_trip(tricky_set, fmt, tmp_path, source_options(tricky_set), metadata=False)
    kept = NATIVE[fmt]
    # without our comments, the category the file puts the questions in (named after the set) is kept as a topic
    filed = "Category: " + " ".join(tricky_set.title.replace("/", "//").split())
    for a, b in zip(tricky_set.questions, result.questions, strict=True):
        assert (b.explanation, b.evidence.model_dump(), b.topics, b.id) == \
            (a.explanation, a.evidence.model_dump(), [*a.topics, filed], a.id)
        if a.type == "ordering":
            assert b.type == "matching"
            assert [(p.left, p.right) for p in b.pairs] == [(it.text, str(i)) for i, it in enumerate(a.items, 1)]
            continue
        if a.type == "cite":
            assert b.type == "multiple_choice" and b.prompt == f"{a.prompt}\n\n“{a.statement}”"
            assert a.evidence.quote in next(c.text for c in b.choices if c.correct)
            continue
        for name, info in type(a).model_fields.items():
            if name == "topics":
                continue  # compared above
            if name in kept:
                assert getattr(b, name) == getattr(a, name), f"{fmt} keeps {a.id}.{name}"
            else:
                default = info.get_default(call_default_factory=True)
                assert getattr(b, name) == default, f"{fmt} loses {a.id}.{name}"


def test_stripping_our_comments_is_the_same_as_a_foreign_file(tricky_set, tmp_path):
    export_gift(tricky_set, tmp_path / "own.gift")
    export_gift(tricky_set, tmp_path / "plain.gift", metadata=False)
    own = (tmp_path / "own.gift").read_text(encoding="utf-8")
    stripped = re.sub(r"^// quiz-bank[^\n]*\n", "", own, flags=re.MULTILINE)
    assert stripped == (tmp_path / "plain.gift").read_text(encoding="utf-8")


def test_kahoot_sheet_and_aiken_keep_their_fields(tricky_set, tmp_path):
    kahoot = round_trip(tricky_set, "kahoot", tmp_path)
    originals = {q.prompt: q for q in tricky_set.questions}
    for b in kahoot.questions:
        a = originals.get(b.prompt)
        if a is None:  # the cite question, asked with its statement
            assert b.type == "multiple_choice"
            continue
        if a.type == "true_false":
            assert b.answer == a.answer
        else:
            texts = {c.text for c in a.choices}
            assert {c.text for c in b.choices} <= texts
            assert {c.text for c in b.choices if c.correct} == {c.text for c in a.choices if c.correct}
    aiken = round_trip(tricky_set, "aiken", tmp_path)
    mcs = [q for q in tricky_set.questions if q.type == "multiple_choice"]
    assert [(q.prompt, q.choices) for q in aiken.questions] == [
        (q.prompt, [c.model_copy(update={"feedback": None, "evidence": None}) for c in q.choices]) for q in mcs]


def test_an_imported_draft_survives_its_own_round_trip(tmp_path):
    draft = import_file(Path(__file__).parent / "corpus" / "gift" / "teacher-korean-war.gift").question_set
    assert draft.status == "draft"
    export_gift(draft, tmp_path / "draft.gift")
    text = (tmp_path / "draft.gift").read_text(encoding="utf-8")
    assert "needs evidence" not in text and "No explanation yet" not in text
    again = import_file(tmp_path / "draft.gift").question_set
    assert again.model_dump() == draft.model_dump()


# --------------------------------------------------------------------------- the built-in set


@pytest.mark.parametrize("fmt", ["gift", "moodle-xml", "xlsx"])
def test_builtin_set_round_trips_exactly(fmt, builtin_set, tmp_path):
    result = round_trip(builtin_set, fmt, tmp_path)
    after = result.question_set
    assert after.model_dump() == written_part(builtin_set, fmt, tmp_path).model_dump()
    assert [p for p in check_set(after) if p.severity == "error"] == []


@pytest.mark.parametrize("fmt", ["gift", "moodle-xml"])
def test_builtin_evidence_survives_moodle_syntax_alone(fmt, builtin_set, tmp_path):
    result = round_trip(builtin_set, fmt, tmp_path, ImportOptions(source_text=builtin_set.sources[0].text),
                        metadata=False)
    after = result.question_set
    assert after.sources[0].id == builtin_set.sources[0].id
    for a, b in zip(written_part(builtin_set, fmt, tmp_path).questions, after.questions, strict=True):
        da, db = a.model_dump(), b.model_dump()
        assert db["evidence"] == da["evidence"], a.id
        assert db["explanation"] == da["explanation"], a.id
        if a.type in ("multiple_choice", "multiple_select"):
            assert db["choices"] == da["choices"], a.id
    assert after.status == "ready"


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_builtin_questions_round_trip_through_the_template(fmt, builtin_set, tmp_path):
    result = round_trip(builtin_set, fmt, tmp_path, source_options(builtin_set))
    assert_same_questions(written_part(builtin_set, fmt, tmp_path), result.question_set)
