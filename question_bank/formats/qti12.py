"""Canvas QTI 1.2 packages (a .zip with ``imsmanifest.xml``), both ways.

Export writes what Canvas's classic quizzes import, shaped as Canvas itself exports it: each question an
``<item>`` with Canvas's ``question_type`` (multiple choice, true/false, multiple answers, short answer,
numerical, matching), its points, the explanation and the quote in the general feedback (``general_fb``),
a choice's feedback and quote in that choice's feedback, and the feedback for a wrong true/false answer in
``general_incorrect_fb``. Ordering becomes matching (each event -> its position), cite a multiple choice
among sentences of the source, as in Moodle's formats. What Canvas has no place for (id, topics,
difficulty, unit, the set and its sources) goes in ``qtimetadatafield`` entries named ``quiz_bank…``,
which Canvas ignores and our import reads back.

A cloze question becomes "fill in multiple blanks" (typed and number gaps, each written as its accepted
spellings) or "multiple dropdowns" (drop-downs and word banks): ``[gap1]`` in the text, one
``response_lid`` per blank, each blank its share of the points. A cloze that mixes both is left out.

Import reads those item types from any QTI 1.2 package (ours or Canvas's); other Canvas types (essay,
file upload, text only, calculated, formula) are skipped and named.
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from pathlib import Path

from ..models import QuestionSet
from .builder import SetBuilder, Where
from .cloze import choices_of, cloze_data, escape_answer, gap_meta, number_of
from .drafts import real_sources
from .exported import LeftOut
from .gift import choice_data, numerical_data, shortanswer_data
from .markers import meta_json, read_meta, split_evidence
from .native import GIFT_CARRIES, Native, NativeChoice, to_native
from .problems import ImportOptions, ImportResult
from .qti import PackageError, attr, ident, local, parse_xml, read_package, resolve_href, text, write_package
from .text import MEDIA_HINT, fmt_num, html_to_text, media_warning, parse_plain_number

FORMAT = "qti12"
#: Canvas has a place for points; the rest goes in our metadata fields
CARRIES = GIFT_CARRIES - {"topics"} | {"points"}
QTI12_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
CP_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
RESOURCE_TYPE = "imsqti_xmlv1p2"
SET_FIELD, SOURCE_FIELD, QUESTION_FIELD = "quiz_bank_set", "quiz_bank_source", "quiz_bank"

_CANVAS_TYPES = {
    "fill_in_multiple_blanks_question": "fill in multiple blanks", "multiple_dropdowns_question": "multiple dropdowns",
    "multiple_choice_question": "multiple choice", "true_false_question": "true/false",
    "multiple_answers_question": "multiple answers", "short_answer_question": "short answer",
    "numerical_question": "numerical", "matching_question": "matching",
}
_SKIPPED_TYPES = {
    "essay_question": "essay", "file_upload_question": "file upload", "text_only_question": "text only",
    "calculated_question": "formula (calculated)", "hot_spot_question": "hot spot", "categorization_question":
    "categorization", "ordering_question": "ordering (New Quizzes)",
}


# --------------------------------------------------------------------------- export

def _html(value: str) -> str:
    """Our plain text as the HTML Canvas shows (escaped; paragraphs and line breaks kept)."""
    paragraphs = [p for p in value.split("\n\n") if p.strip()] or [value]
    return "".join(f"<p>{text(p).replace(chr(10), '<br/>')}</p>" for p in paragraphs)


def _mattext(value: str, indent: str) -> str:
    return f'{indent}<material>\n{indent}  <mattext texttype="text/html">{text(_html(value))}</mattext>\n' \
           f"{indent}</material>"


def _field(label: str, entry: str, indent: str) -> str:
    return (f"{indent}<qtimetadatafield>\n{indent}  <fieldlabel>{text(label)}</fieldlabel>\n"
            f"{indent}  <fieldentry>{text(entry)}</fieldentry>\n{indent}</qtimetadatafield>")


def _feedback(fid: str, value: str) -> str:
    return (f"        <itemfeedback ident={attr(fid)}>\n          <flow_mat>\n"
            f"{_mattext(value, '            ')}\n          </flow_mat>\n        </itemfeedback>")


def _condition(inner: str, *, score: str | None = None, add: bool = False, feedback: str | None = None,
               stop: bool = False) -> str:
    out = [f'          <respcondition continue="{"No" if stop else "Yes"}">', "            <conditionvar>",
           inner, "            </conditionvar>"]
    if score is not None:
        out.append(f'            <setvar action="{"Add" if add else "Set"}" varname="SCORE">{score}</setvar>')
    if feedback:
        out.append(f'            <displayfeedback feedbacktype="Response" linkrefid={attr(feedback)}/>')
    out.append("          </respcondition>")
    return "\n".join(out)


def _varequal(resp: str, value: str, indent: str = "              ") -> str:
    return f"{indent}<varequal respident={attr(resp)}>{text(value)}</varequal>"


def _decimal(value: float) -> Decimal:
    return Decimal(repr(value))


def cloze_type(q) -> tuple[str | None, str | None]:
    """Canvas's type for a cloze question: typed gaps make "fill in multiple blanks", drop-downs and word banks
    "multiple dropdowns"; (None, why) for a mix, which Canvas has no question for."""
    kinds = {g.kind for g in q.gaps}
    if kinds <= {"short_answer", "numeric"}:
        return "fill_in_multiple_blanks_question", None
    if kinds <= {"dropdown", "word_bank"}:
        return "multiple_dropdowns_question", None
    return None, ("Canvas's fill-in-multiple-blanks and multiple-dropdowns questions each take one kind of gap; "
                  "this cloze has typed gaps and drop-downs")


def _cloze_meta(q) -> dict:
    """What Canvas's blanks lose of a cloze question, for our metadata field: number gaps and their tolerance,
    word banks, weights (see ``cloze.apply_meta``)."""
    extra = gap_meta(q)
    infos = extra.get("gaps") or [{} for _ in q.gaps]
    for info, gap in zip(infos, q.gaps, strict=True):
        if gap.kind == "numeric":
            info.update(kind="numeric", tolerance=gap.tolerance)
        if gap.weight != 1:
            info["weight"] = gap.weight
    if any(infos):
        extra["gaps"] = infos
    return extra


def _cloze_notes(q) -> list[str]:
    notes = []
    if any(g.kind == "numeric" and g.tolerance for g in q.gaps):
        notes.append(f"{q.id}: Canvas compares a blank's text exactly, so the tolerance of its number gaps is lost "
                     "in Canvas (our import restores it)")
    if any(g.kind == "short_answer" for g in q.gaps):
        notes.append(f"{q.id}: Canvas compares a blank's text exactly (case ignored), without our lenient matching")
    if any(g.kind == "word_bank" for g in q.gaps):
        notes.append(f"{q.id}: the word bank is a drop-down of the bank's words in each of its gaps in Canvas "
                     "(our import restores it)")
    return notes


def item_xml(n: Native, meta: dict) -> str:
    """One question as a Canvas QTI 1.2 ``<item>``."""
    iid = ident("i", n.id)
    prompt = n.prompt
    if n.cloze is not None:
        canvas_type = cloze_type(n.cloze)[0] or ""
    else:
        canvas_type = {"multichoice": "multiple_choice_question" if n.single else "multiple_answers_question",
                       "truefalse": "true_false_question", "shortanswer": "short_answer_question",
                       "numerical": "numerical_question", "matching": "matching_question"}[n.kind]
    presentation: list[str] = []
    conditions: list[str] = []
    feedbacks: list[str] = []
    answer_ids: list[str] = []
    if n.general_feedback:
        conditions.append(_condition("              <other/>", feedback="general_fb"))
        feedbacks.append(_feedback("general_fb", n.general_feedback))
    if n.kind in ("multichoice", "truefalse"):
        if n.kind == "truefalse":
            choices = [NativeChoice("True", 100.0 if n.tf_answer else 0.0),
                       NativeChoice("False", 0.0 if n.tf_answer else 100.0)]
        else:
            choices = n.choices
        labels = []
        for k, c in enumerate(choices):
            cid = f"{iid}_c{k + 1}"
            answer_ids.append(cid)
            labels.append(f"              <response_label ident={attr(cid)}>\n"
                          f"{_mattext(c.text, '                ')}\n              </response_label>")
            if c.feedback:
                conditions.append(_condition(_varequal("response1", cid), feedback=f"{cid}_fb"))
                feedbacks.append(_feedback(f"{cid}_fb", c.feedback))
        cardinality = "Single" if n.kind == "truefalse" or n.single else "Multiple"
        presentation.append(f'          <response_lid ident="response1" rcardinality="{cardinality}">\n'
                            "            <render_choice>\n" + "\n".join(labels) +
                            "\n            </render_choice>\n          </response_lid>")
        right = [answer_ids[k] for k, c in enumerate(choices) if c.correct]
        if cardinality == "Single":
            inner = _varequal("response1", right[0])
        else:
            parts = [_varequal("response1", cid, "                ") if cid in right else
                     f"                <not>\n{_varequal('response1', cid, '                  ')}\n"
                     "                </not>" for cid in answer_ids]
            inner = "              <and>\n" + "\n".join(parts) + "\n              </and>"
        right_fb = "correct_fb" if n.kind == "truefalse" and n.tf_feedback_right else None
        conditions.append(_condition(inner, score="100", stop=True, feedback=right_fb))
        if right_fb:
            feedbacks.append(_feedback(right_fb, n.tf_feedback_right))
    elif n.kind == "shortanswer":
        presentation.append('          <response_str ident="response1" rcardinality="Single">\n'
                            '            <render_fib>\n              <response_label ident="answer1" rshuffle="No"/>\n'
                            "            </render_fib>\n          </response_str>")
        inner = "\n".join(_varequal("response1", a) for a in n.accepted)
        conditions.append(_condition(inner, score="100", stop=True))
    elif n.kind == "numerical":
        presentation.append('          <response_str ident="response1" rcardinality="Single">\n'
                            '            <render_fib fibtype="Decimal">\n              <response_label ident="answer1"/>\n'
                            "            </render_fib>\n          </response_str>")
        value, tol = _decimal(n.value), _decimal(n.tolerance)
        inner = ("              <or>\n" + _varequal("response1", fmt_num(n.value), "                ") +
                 "\n                <and>\n"
                 f'                  <vargte respident="response1">{value - tol:f}</vargte>\n'
                 f'                  <varlte respident="response1">{value + tol:f}</varlte>\n'
                 "                </and>\n              </or>")
        conditions.append(_condition(inner, score="100", stop=True))
    elif n.cloze is not None:
        q = n.cloze
        shown = []
        total = sum(g.weight for g in q.gaps)
        for part, index in q.parts():
            if index is None:
                shown.append(part)
                continue
            gap, blank = q.gaps[index], f"gap{index + 1}"
            shown.append(f"[{blank}]")
            rid = f"response_{blank}"
            if gap.kind in ("dropdown", "word_bank"):
                options = choices_of(q, index)
            else:  # typed: Canvas compares the text exactly (case ignored), so a number is its spellings
                options = list(dict.fromkeys([gap.answer, *gap.accepted] + (
                    [number_of(gap)] if gap.kind == "numeric" else [])))
            labels = []
            for k, option in enumerate(options):
                cid = f"{iid}_{blank}_{k + 1}"
                answer_ids.append(cid)
                labels.append(f"              <response_label ident={attr(cid)}>\n"
                              f'                <material><mattext texttype="text/plain">{text(option)}</mattext>'
                              "</material>\n              </response_label>")
                # every right spelling of a blank gives the blank's share; a drop-down has one
                if k == 0 or gap.kind not in ("dropdown", "word_bank"):
                    share = f"{100 * gap.weight / total:.2f}"
                    conditions.append(_condition(_varequal(rid, cid), score=share, add=True))
            presentation.append(f"          <response_lid ident={attr(rid)}>\n"
                                f"            <material><mattext>{blank}</mattext></material>\n"
                                "            <render_choice>\n" + "\n".join(labels) +
                                "\n            </render_choice>\n          </response_lid>")
        prompt = f"{q.prompt}\n\n{''.join(shown)}"
    else:  # matching
        rights = [r for _, r in n.pairs] + list(n.distractors)
        right_ids = {r: f"{iid}_r{k + 1}" for k, r in enumerate(rights)}
        right_labels = "\n".join(f"              <response_label ident={attr(right_ids[r])}>\n"
                                 f"{_mattext(r, '                ')}\n              </response_label>" for r in rights)
        share = f"{100 / len(n.pairs):.2f}"
        for k, (left, match) in enumerate(n.pairs):
            rid = f"response_{iid}_m{k + 1}"
            answer_ids.append(rid)
            presentation.append(f"          <response_lid ident={attr(rid)}>\n{_mattext(left, '            ')}\n"
                                f"            <render_choice>\n{right_labels}\n            </render_choice>\n"
                                "          </response_lid>")
            conditions.append(_condition(_varequal(rid, right_ids[match]), score=share, add=True))
    if n.kind == "truefalse" and n.tf_feedback_wrong:
        conditions.append(_condition("              <other/>", feedback="general_incorrect_fb"))
        feedbacks.append(_feedback("general_incorrect_fb", n.tf_feedback_wrong))
    fields = [_field("question_type", canvas_type, "            "),
              _field("points_possible", fmt_num(n.points), "            "),
              _field("original_answer_ids", ",".join(answer_ids), "            "),
              _field(QUESTION_FIELD, meta_json(meta), "            ")]
    return "\n".join([
        f"      <item ident={attr(iid)} title={attr(n.id)}>",
        "        <itemmetadata>\n          <qtimetadata>", *fields, "          </qtimetadata>\n        </itemmetadata>",
        "        <presentation>", _mattext(prompt, "          "), *presentation, "        </presentation>",
        "        <resprocessing>\n          <outcomes>\n"
        '            <decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/>\n          </outcomes>',
        *conditions, "        </resprocessing>", *feedbacks, "      </item>"])


def package_files(qset: QuestionSet) -> tuple[dict[str, str], list[str]]:
    """The files of the package (name -> XML) and the export's warnings."""
    warnings: list[str] = []
    aid = ident("a", qset.id)
    items = []
    for q in qset.questions:
        native, why = to_native(q, qset, CARRIES)
        if native is not None and native.cloze is not None:
            canvas_type, why = cloze_type(native.cloze)
            if canvas_type is None:
                native = None
            else:
                warnings += _cloze_notes(native.cloze)
        if native is None:
            warnings.append(LeftOut(q.id, f"not exported ({why})"))
            continue
        meta = dict(native.meta, id=q.id, topics=list(q.topics))
        if native.cloze is not None:
            meta.update(_cloze_meta(native.cloze))
        items.append(item_xml(native, meta))
    set_meta = qset.model_dump(mode="json", exclude={"sources", "questions"})
    fields = [_field("cc_maxattempts", "1", "        "), _field(SET_FIELD, meta_json(set_meta), "        ")]
    fields += [_field(SOURCE_FIELD, meta_json(s.model_dump(mode="json")), "        ") for s in real_sources(qset)]
    assessment = "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<questestinterop xmlns="{QTI12_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        f'xsi:schemaLocation="{QTI12_NS} http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd">',
        f"  <assessment ident={attr(aid)} title={attr(qset.title)}>",
        "    <qtimetadata>", *fields, "    </qtimetadata>",
        '    <section ident="root_section">', *items, "    </section>", "  </assessment>", "</questestinterop>", ""])
    points = sum(q.points for q in qset.questions)
    meta_xml = "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<quiz identifier={attr(aid)} xmlns="http://canvas.instructure.com/xsd/cccv1p0" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://canvas.instructure.com/xsd/'
        'cccv1p0 https://canvas.instructure.com/xsd/cccv1p0.xsd">',
        f"  <title>{text(qset.title)}</title>", f"  <description>{text(_html(qset.description)) if qset.description else ''}"
        "</description>", f"  <shuffle_answers>{'true' if qset.round_defaults.shuffle else 'false'}</shuffle_answers>",
        "  <scoring_policy>keep_highest</scoring_policy>", "  <quiz_type>assignment</quiz_type>",
        f"  <points_possible>{fmt_num(points)}</points_possible>", "  <allowed_attempts>1</allowed_attempts>",
        "</quiz>", ""])
    dep = ident("m", qset.id)
    manifest = "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<manifest identifier={attr(ident("p", qset.id))} xmlns="{CP_NS}">',
        "  <metadata>\n    <schema>IMS Content</schema>\n    <schemaversion>1.1.3</schemaversion>\n  </metadata>",
        "  <organizations/>", "  <resources>",
        f'    <resource identifier="{aid}" type="{RESOURCE_TYPE}">\n      <file href="{aid}/{aid}.xml"/>\n'
        f'      <dependency identifierref="{dep}"/>\n    </resource>',
        f'    <resource identifier="{dep}" type="associatedcontent/imscc_xmlv1p1/learning-application-resource" '
        f'href="{aid}/assessment_meta.xml">\n      <file href="{aid}/assessment_meta.xml"/>\n    </resource>',
        "  </resources>", "</manifest>", ""])
    return {"imsmanifest.xml": manifest, f"{aid}/{aid}.xml": assessment, f"{aid}/assessment_meta.xml": meta_xml}, \
        warnings


def export_qti12(qset: QuestionSet, path: Path) -> list[str]:
    files, warnings = package_files(qset)
    write_package(path, files)
    return warnings


# --------------------------------------------------------------------------- import

class _Item:
    """One ``<item>`` read into what the shared Moodle-like helpers take."""

    def __init__(self, reader: _Reader, el, where: Where):
        self.r, self.el, self.where = reader, el, where
        self.fields: dict[str, str] = {}
        for f in el.iter():
            if local(f.tag) == "qtimetadatafield":
                label = next((c for c in f if local(c.tag) == "fieldlabel"), None)
                entry = next((c for c in f if local(c.tag) == "fieldentry"), None)
                if label is not None:
                    self.fields[(label.text or "").strip()] = entry.text or "" if entry is not None else ""
        self.feedback: dict[str, str] = {}
        for fb in el:
            if local(fb.tag) == "itemfeedback":
                self.feedback[fb.get("ident", "")] = self.material(fb)
        self.presentation = next((c for c in el if local(c.tag) == "presentation"), None)
        self.conditions = [c for c in el.iter() if local(c.tag) == "respcondition"]

    def material(self, el) -> str:
        """The text of the first ``<mattext>`` under ``el`` (HTML becomes plain text)."""
        if el is None:
            return ""
        mat = next((m for m in el.iter() if local(m.tag) == "mattext"), None)
        if mat is None:
            return ""
        value = "".join(mat.itertext())
        if (mat.get("texttype") or "text/plain").lower() == "text/html":
            value, media = html_to_text(value)
            if media:
                self.r.b.warn(media_warning(media), self.where, hint=MEDIA_HINT)
        return value.strip()

    def own_material(self, el) -> str:
        """The text of ``el``'s own ``<material>`` (not that of its choices)."""
        mat = next((c for c in el if local(c.tag) == "material"), None)
        return self.material(mat)

    def score_conditions(self):
        """(the condition, the points it sets or adds) for each condition that gives marks."""
        out = []
        for c in self.conditions:
            for s in c:
                if local(s.tag) == "setvar" and (s.get("varname") or "SCORE").upper() == "SCORE":
                    value = parse_plain_number((s.text or "").strip())
                    if value and value > 0:
                        out.append((c, value))
        return out

    def condition_feedback(self, value: str) -> str:
        """The feedback shown when ``value`` is chosen, in a condition of its own."""
        for c in self.conditions:
            var = [v for v in c.iter() if local(v.tag) == "varequal"]
            if len(var) == 1 and (var[0].text or "").strip() == value:
                for d in c:
                    if local(d.tag) == "displayfeedback" and d.get("linkrefid") in self.feedback:
                        return self.feedback[d.get("linkrefid", "")]
        return ""


def _positive_values(cond) -> list[tuple[str | None, str]]:
    """(respident, value) of every ``varequal`` in ``cond`` that is not under a ``<not>``."""
    out = []

    def walk(el, negated: bool) -> None:
        for child in el:
            name = local(child.tag)
            if name == "varequal" and not negated:
                out.append((child.get("respident"), (child.text or "").strip()))
            walk(child, negated or name == "not")

    walk(cond, False)
    return out


class _Reader:
    def __init__(self, builder: SetBuilder):
        self.b = builder
        self.meta: dict | None = None

    def assessment_fields(self, root) -> None:
        for f in root.iter():
            if local(f.tag) == "item":
                break
            if local(f.tag) != "qtimetadatafield":
                continue
            label = next((c.text or "" for c in f if local(c.tag) == "fieldlabel"), "").strip()
            entry = next((c.text or "" for c in f if local(c.tag) == "fieldentry"), "")
            if label == SET_FIELD:
                self.b.take_set_meta(entry)
            elif label == SOURCE_FIELD:
                self.b.take_source_meta(entry)

    def item(self, el, place: str) -> None:
        b = self.b
        where = Where(line=None)
        title = " ".join((el.get("title") or "").split()) or None
        label = f"{place} ({title!r})" if title else place
        it = _Item(self, el, where)
        qtype = it.fields.get("question_type", "").strip()
        if qtype in _SKIPPED_TYPES:
            b.skip(f"{label} is a Canvas {_SKIPPED_TYPES[qtype]!r} question, which is not supported", where)
            return
        if qtype and qtype not in _CANVAS_TYPES:
            b.skip(f"{label} has the Canvas type {qtype!r}, which is not supported", where)
            return
        raw_meta = it.fields.get(QUESTION_FIELD)
        meta = read_meta(raw_meta) if raw_meta else None
        if raw_meta and not isinstance(meta, dict):
            b.warn(f"{label}: the quiz_bank field is damaged and was ignored", where)
            meta = None
        if it.presentation is None:
            b.problem(f"{label} has no <presentation> (no question text)", where)
            return
        prompt = it.own_material(it.presentation)
        if not prompt:
            b.problem(f"{label} has no question text", where)
            return
        explanation, evidence = split_evidence(it.feedback.get("general_fb", ""))
        data: dict = {"prompt": prompt, "explanation": explanation, "evidence": evidence}
        points = parse_plain_number(it.fields.get("points_possible", "").strip() or "1")
        if points is not None and 0 < points <= 100:
            data["points"] = points
        elif it.fields.get("points_possible", "").strip() not in ("", "0"):
            b.warn(f"{label}: the points {it.fields['points_possible']!r} are not between 0 and 100; 1 is used", where)
        lids = [c for c in it.presentation if local(c.tag) == "response_lid"]
        strs = [c for c in it.presentation if local(c.tag) == "response_str"]
        if not qtype:  # a QTI 1.2 file from elsewhere: the structure says the type
            if len(lids) > 1:
                qtype = "matching_question"
            elif lids:
                qtype = "multiple_answers_question" if (lids[0].get("rcardinality") or "") == "Multiple" \
                    else "multiple_choice_question"
            elif strs:
                fib = next((f for f in strs[0].iter() if local(f.tag) == "render_fib"), None)
                qtype = "numerical_question" if fib is not None and (fib.get("fibtype") or "") in (
                    "Decimal", "Integer") else "short_answer_question"
            else:
                b.skip(f"{label} has no answer to give (no response element)", where)
                return
        self.meta = meta
        ok = getattr(self, qtype.removesuffix("_question"))(it, lids, data, where, label)
        if ok:
            b.add(data, where, name=title, meta=meta, label=label)

    def fill_in_multiple_blanks(self, it: _Item, lids, data, where, label, dropdowns: bool = False) -> bool:
        """Canvas's blanks ``[name]`` in the text, one ``response_lid`` each, as a cloze question: each blank is
        written as an embedded answer and the text read as Moodle's (see ``cloze``)."""
        text = data["prompt"]
        shares: dict[str, dict[str, float]] = {}
        for cond, points in it.score_conditions():
            for resp, value in _positive_values(cond):
                if resp is not None:
                    shares.setdefault(resp, {})[value] = points
        smallest = min((p for by in shares.values() for p in by.values()), default=1.0)
        for lid in lids:
            rid = lid.get("ident", "")
            name = it.own_material(lid).strip() or rid.removeprefix("response_")
            options = [(c.get("ident", ""), it.own_material(c)) for c in lid.iter() if local(c.tag) == "response_label"]
            right = shares.get(rid, {})
            weight = max(1, round(max(right.values(), default=smallest) / smallest))
            if dropdowns:
                body = "~".join(("=" if cid in right else "") + escape_answer(t) for cid, t in options)
                embedded = f"{{{weight}:MULTICHOICE:{body}}}"
            else:
                body = "~".join("=" + escape_answer(t) for cid, t in options if cid in right)
                embedded = f"{{{weight}:SHORTANSWER:{body}}}"
            if f"[{name}]" not in text:
                self.b.problem(f"{label}: the blank [{name}] is not in the question text", where)
                return False
            text = text.replace(f"[{name}]", embedded, 1)
        return cloze_data(self.b, data, text, self.meta, where, label)

    def multiple_dropdowns(self, it: _Item, lids, data, where, label) -> bool:
        return self.fill_in_multiple_blanks(it, lids, data, where, label, dropdowns=True)

    def _choices(self, it: _Item, lids, label: str, where: Where):
        if not lids:
            self.b.problem(f"{label} has no choices", where)
            return None
        labels = [c for c in lids[0].iter() if local(c.tag) == "response_label"]
        right = {v for c, _ in it.score_conditions() for _, v in _positive_values(c)}
        return [(c.get("ident", ""), it.own_material(c), c.get("ident", "") in right) for c in labels]

    def multiple_choice(self, it: _Item, lids, data, where, label, single: bool = True) -> bool:
        choices = self._choices(it, lids, label, where)
        if choices is None:
            return False
        if len(choices) < 2:
            self.b.problem(f"{label}: a multiple-choice question needs at least two choices", where)
            return False
        native = [NativeChoice(t, 100.0 if ok else 0.0, it.condition_feedback(cid)) for cid, t, ok in choices]
        return choice_data(self.b, data, single, native, where, label)

    def multiple_answers(self, it, lids, data, where, label) -> bool:
        return self.multiple_choice(it, lids, data, where, label, single=False)

    def true_false(self, it: _Item, lids, data, where, label) -> bool:
        choices = self._choices(it, lids, label, where)
        if choices is None:
            return False
        by_text = {t.strip().lower(): ok for _, t, ok in choices}
        if set(by_text) != {"true", "false"} or sum(by_text.values()) != 1:
            self.b.problem(f"{label}: a true/false question needs the choices True and False, one of them right",
                           where)
            return False
        data.update(type="true_false", answer=by_text["true"])
        wrong = it.feedback.get("general_incorrect_fb", "")
        if wrong:
            data["feedback_wrong"] = wrong
        right = next((it.condition_feedback(cid) for cid, _, ok in choices if ok), "") or it.feedback.get(
            "correct_fb", "")
        if right:
            data["feedback_right"] = right
        return True

    def short_answer(self, it: _Item, lids, data, where, label) -> bool:
        answers = [(v, points, "") for c, points in it.score_conditions() for _, v in _positive_values(c) if v]
        if not answers:
            self.b.problem(f"{label}: a short-answer question needs at least one right answer", where)
            return False
        # Canvas gives every right answer 100 (Set), so the weights are all full marks
        return shortanswer_data(self.b, data, [(a, 100.0, f) for a, _, f in answers], where, label)

    def numerical(self, it: _Item, lids, data, where, label) -> bool:
        found = []
        for cond, _ in it.score_conditions():
            exact = [(v.text or "").strip() for v in cond.iter() if local(v.tag) == "varequal"]
            low = [(v.text or "").strip() for v in cond.iter() if local(v.tag) == "vargte"]
            high = [(v.text or "").strip() for v in cond.iter() if local(v.tag) == "varlte"]
            try:
                if exact and low:
                    value = Decimal(exact[0])
                    tolerance = max(value - Decimal(low[0]), Decimal(high[0]) - value if high else Decimal(0))
                elif low and high:
                    lo, hi = Decimal(low[0]), Decimal(high[0])
                    value, tolerance = (lo + hi) / 2, (hi - lo) / 2
                elif exact:
                    value, tolerance = Decimal(exact[0]), Decimal(0)
                else:
                    continue
            except (InvalidOperation, ValueError):
                self.b.problem(f"{label}: the answer {exact or low!r} is not a number", where)
                return False
            found.append((float(value), abs(float(tolerance)), 100.0, ""))
        if not found:
            self.b.problem(f"{label}: a numerical question needs a right number", where)
            return False
        return numerical_data(self.b, data, found[:1], where, label) and (
            len(found) == 1 or self._warn_more(where))

    def _warn_more(self, where: Where) -> bool:
        self.b.warn("the other accepted numbers are not kept; a number question here has one value and a tolerance",
                    where)
        return True

    def matching(self, it: _Item, lids, data, where, label) -> bool:
        if len(lids) < 2:
            self.b.problem(f"{label}: a matching question needs at least two items to match", where)
            return False
        rights: dict[str, str] = {}
        for lid in lids:
            for c in lid.iter():
                if local(c.tag) == "response_label":
                    rights.setdefault(c.get("ident", ""), it.own_material(c))
        correct: dict[str, str] = {}
        for cond, _ in it.score_conditions():
            for resp, value in _positive_values(cond):
                if resp is not None:
                    correct.setdefault(resp, value)
        pairs, used = [], set()
        for lid in lids:
            rid = correct.get(lid.get("ident", ""))
            if rid is None or rid not in rights:
                self.b.problem(f"{label}: the item {it.own_material(lid)!r} has no right match", where)
                return False
            pairs.append({"left": it.own_material(lid), "right": rights[rid]})
            used.add(rid)
        data.update(type="matching", pairs=pairs)
        distractors = [t for rid, t in rights.items() if rid not in used and t not in {p["right"] for p in pairs}]
        if distractors:
            data["distractors"] = distractors
        return True


def _qti_files(files: dict[str, bytes], b: SetBuilder) -> list[str]:
    """The QTI 1.2 files the manifest names (in its order), each checked to be in the package."""
    if "imsmanifest.xml" not in files:
        b.problem("the package has no imsmanifest.xml; an LMS package always has one at its top")
        return []
    manifest = parse_xml(files["imsmanifest.xml"], "imsmanifest.xml")
    names, other = [], []
    for res in manifest.iter():
        if local(res.tag) != "resource":
            continue
        kind = res.get("type") or ""
        hrefs = [res.get("href")] + [f.get("href") for f in res if local(f.tag) == "file"]
        for href in dict.fromkeys(h for h in hrefs if h):
            name = resolve_href("imsmanifest.xml", href)
            if name is None or name not in files:
                b.problem(f"imsmanifest.xml names the file {href!r}, which the package does not hold")
                continue
            if kind.startswith("imsqti_xmlv1p2") and name.endswith(".xml") and name not in names:
                names.append(name)
        if kind.startswith("imsqti_item_xmlv2") or kind.startswith("imsqti_test_xmlv2"):
            other.append(kind)
    if not names and other:
        b.problem("this is a QTI 2.1 package; only QTI 1.2 (Canvas) packages can be imported",
                  hint="Export the quiz from the other system as QTI 1.2, or as Moodle XML or GIFT.")
    elif not names:
        b.problem("imsmanifest.xml names no QTI 1.2 assessment (a resource of type imsqti_xmlv1p2)")
    return names


def import_qti12_bytes(data: bytes, name: str = "<qti>", options: ImportOptions | None = None) -> ImportResult:
    builder = SetBuilder(name, FORMAT, options)
    reader = _Reader(builder)
    try:
        files = read_package(data, "QTI")
        from .qti21 import import_qti21_bytes, is_qti2_package

        if is_qti2_package(files):  # a .zip is read as QTI 1.2 unless its manifest says QTI 2
            return import_qti21_bytes(data, name, options)
        for qti_name in _qti_files(files, builder):
            root = parse_xml(files[qti_name], qti_name)
            if local(root.tag) != "questestinterop":
                builder.problem(f"{qti_name} is not a QTI 1.2 file (its top element is <{local(root.tag)}>)")
                continue
            reader.assessment_fields(root)
            items = [el for el in root.iter() if local(el.tag) == "item"]
            for n, el in enumerate(items, 1):
                reader.item(el, f"{qti_name}, question {n}")
    except PackageError as exc:
        builder.problem(str(exc))
    except json.JSONDecodeError:  # read_meta catches these; kept so that no damaged field can escape
        builder.problem("a quiz_bank field is damaged")
    if not builder.questions and not builder.problems:
        builder.problem("no questions found in this QTI package")
    return builder.build()
