"""QTI 2.1 packages for Blackboard-class systems (export only): a .zip with ``imsmanifest.xml`` and one
``assessmentItem`` file per question, valid against IMS's ``imsqti_v2p1.xsd``.

Each type becomes the interaction QTI 2.1 defines for it: true/false, multiple choice and cite
(a choice among sentences of the source) a ``choiceInteraction`` with one choice, choose-all-that-apply
one with several, a short answer a ``textEntryInteraction`` (every accepted answer in its mapping, case
ignored), a number a ``textEntryInteraction`` scored with an absolute tolerance, matching a
``matchInteraction`` and ordering an ``orderInteraction``. Scoring is all or nothing (the points of the
question when the whole answer is right). The explanation and the quote are a ``modalFeedback`` that
every student sees after answering.
"""

from __future__ import annotations

from pathlib import Path

from ..models import QuestionSet
from .drafts import real_evidence, real_explanation
from .exported import LeftOut
from .markers import with_evidence
from .native import cite_choices
from .qti import attr, ident, text, write_package
from .text import fmt_num

FORMAT = "qti21"
QTI21_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1"
QTI21_XSD = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"
CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"
RESOURCE_TYPE = "imsqti_item_xmlv2p1"


def _paragraphs(value: str, indent: str) -> str:
    paragraphs = [p for p in value.split("\n\n") if p.strip()] or [value]
    return "\n".join(f"{indent}<p>{text(p).replace(chr(10), '<br/>')}</p>" for p in paragraphs)


def _inline(value: str) -> str:
    """Text for an element that holds inline content only (a choice, a prompt)."""
    return text(value).replace("\n", "<br/>")


def _response(cardinality: str, base: str, values: list[str], extra: str = "") -> str:
    correct = "".join(f"<value>{text(v)}</value>" for v in values)
    return (f'  <responseDeclaration identifier="RESPONSE" cardinality="{cardinality}" baseType="{base}">\n'
            f"    <correctResponse>{correct}</correctResponse>{extra}\n  </responseDeclaration>")


def _choices(tag: str, options: list[tuple[str, str]], indent: str = "      ") -> str:
    return "\n".join(f"{indent}<{tag} identifier={attr(cid)}>{_inline(t)}</{tag}>" for cid, t in options)


def _score_condition(rule: str, share: str, add: bool) -> str:
    """SCORE set to (or, for one gap of several, increased by) ``share`` when ``rule`` holds."""
    value = f'<baseValue baseType="float">{share}</baseValue>'
    if add:
        value = f'<sum><variable identifier="SCORE"/>{value}</sum>'
    return (f"    <responseCondition>\n      <responseIf>\n        {rule}\n"
            f'        <setOutcomeValue identifier="SCORE">{value}</setOutcomeValue>\n'
            "      </responseIf>\n    </responseCondition>")


def _cloze_parts(q) -> tuple[str, str, list[tuple[str, str, bool]], list[str]]:
    """A cloze question's declarations (one per gap), item body (the passage with a blank or a drop-down per
    gap), scoring conditions (each gap its share of the points) and warnings."""
    from .cloze import choices_of, number_of

    notes: list[str] = []
    declarations, conditions, passage = [], [], []
    total = sum(g.weight for g in q.gaps)
    for text_part, index in q.parts():
        if index is None:
            passage.append(_inline(text_part))
            continue
        gap, rid = q.gaps[index], f"GAP{index + 1}"
        share = fmt_num(q.points * gap.weight / total)
        if gap.kind in ("dropdown", "word_bank"):
            options = [(f"G{index + 1}_{k + 1}", o) for k, o in enumerate(choices_of(q, index))]
            declarations.append(_response("single", "identifier", [options[0][0]]).replace('"RESPONSE"', f'"{rid}"'))
            choices = "".join(f"<inlineChoice identifier={attr(cid)}>{_inline(o)}</inlineChoice>" for cid, o in options)
            passage.append(f'<inlineChoiceInteraction responseIdentifier="{rid}" shuffle="true">{choices}'
                           "</inlineChoiceInteraction>")
            rule = f'<match><variable identifier="{rid}"/><correct identifier="{rid}"/></match>'
        elif gap.kind == "numeric":
            declarations.append(_response("single", "float", [number_of(gap)]).replace('"RESPONSE"', f'"{rid}"'))
            passage.append(f'<textEntryInteraction responseIdentifier="{rid}" expectedLength="12"/>')
            tol = fmt_num(gap.tolerance)
            rule = (f'<equal toleranceMode="absolute" tolerance="{tol} {tol}"><variable identifier="{rid}"/>'
                    f'<correct identifier="{rid}"/></equal>')
        else:
            mapping = "".join(f'<mapEntry mapKey={attr(a)} mappedValue="1" caseSensitive="false"/>'
                              for a in [gap.answer, *gap.accepted])
            declarations.append(_response("single", "string", [gap.answer],
                                          f'\n    <mapping defaultValue="0">{mapping}</mapping>')
                                .replace('"RESPONSE"', f'"{rid}"'))
            passage.append(f'<textEntryInteraction responseIdentifier="{rid}" expectedLength="{len(gap.answer) + 5}"/>')
            rule = f'<gt><mapResponse identifier="{rid}"/><baseValue baseType="float">0</baseValue></gt>'
        conditions.append((rule, share, True))
    if any(g.kind == "word_bank" for g in q.gaps):
        notes.append(f"{q.id}: the word bank is written as a drop-down of the bank's words in each of its gaps")
    body = f"{_paragraphs(q.prompt, '    ')}\n    <p>{''.join(passage)}</p>"
    return "\n".join(declarations), body, conditions, notes


def item_xml(q, qset: QuestionSet) -> tuple[str | None, str | None, list[str]]:
    """(the assessmentItem XML, why it cannot be written, warnings)."""
    warnings: list[str] = []
    iid = ident("i", q.id)
    points = fmt_num(q.points)
    prompt = f"    <prompt>{_inline(q.prompt)}</prompt>"
    rule = ('<match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>')
    t = q.type
    if t in ("multiple_choice", "multiple_select", "true_false", "cite"):
        if t == "true_false":
            options = [("TRUE", "True", q.answer), ("FALSE", "False", not q.answer)]
        elif t == "cite":
            found = cite_choices(q, qset)
            if found is None or len(found) < 2:
                return None, "a cite question needs its evidence and source to become a multiple choice", []
            options = [(f"C{k + 1}", s, ok) for k, (s, ok) in enumerate(found)]
            prompt = f"    <prompt>{_inline(q.prompt)}<br/>“{_inline(q.statement)}”</prompt>"
        else:
            options = [(f"C{k + 1}", c.text, c.correct) for k, c in enumerate(q.choices)]
            if any(c.feedback or c.evidence for c in q.choices):
                warnings.append(f"{q.id}: the feedback and quotes of single choices are not kept (QTI 2.1 here has "
                                "one feedback per question: the explanation and its quote)")
        single = t != "multiple_select"
        declaration = _response("single" if single else "multiple", "identifier",
                                [cid for cid, _, ok in options if ok])
        body = (f'    <choiceInteraction responseIdentifier="RESPONSE" shuffle="{"false" if t == "true_false" else "true"}"'
                f' maxChoices="{1 if single else 0}">\n{prompt}\n'
                f"{_choices('simpleChoice', [(c, s) for c, s, _ in options])}\n    </choiceInteraction>")
    elif t == "short_answer":
        mapping = "".join(f'<mapEntry mapKey={attr(a)} mappedValue="1" caseSensitive="false"/>' for a in q.accepted)
        declaration = _response("single", "string", [q.accepted[0]],
                                f'\n    <mapping defaultValue="0">{mapping}</mapping>')
        body = (f"{_paragraphs(q.prompt, '    ')}\n"
                '    <p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="30"/></p>')
        rule = '<gt><mapResponse identifier="RESPONSE"/><baseValue baseType="float">0</baseValue></gt>'
    elif t == "numeric":
        declaration = _response("single", "float", [fmt_num(q.value)])
        unit = f" {_inline(q.unit)}" if q.unit else ""
        body = (f"{_paragraphs(q.prompt, '    ')}\n"
                f'    <p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="12"/>{unit}</p>')
        tol = fmt_num(q.tolerance)
        rule = (f'<equal toleranceMode="absolute" tolerance="{tol} {tol}"><variable identifier="RESPONSE"/>'
                '<correct identifier="RESPONSE"/></equal>')
    elif t == "matching":
        rights = [p.right for p in q.pairs] + list(q.distractors)
        right_ids = {r: f"R{k + 1}" for k, r in enumerate(rights)}
        lefts = [(f"L{k + 1}", p.left) for k, p in enumerate(q.pairs)]
        declaration = _response("multiple", "directedPair",
                                [f"L{k + 1} {right_ids[p.right]}" for k, p in enumerate(q.pairs)])
        left_set = "\n".join(f'        <simpleAssociableChoice identifier="{cid}" matchMax="1">{_inline(s)}'
                             "</simpleAssociableChoice>" for cid, s in lefts)
        right_set = "\n".join(f'        <simpleAssociableChoice identifier="{right_ids[r]}" matchMax="1">{_inline(r)}'
                              "</simpleAssociableChoice>" for r in rights)
        body = (f'    <matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="{len(lefts)}">\n'
                f"{prompt}\n      <simpleMatchSet>\n{left_set}\n      </simpleMatchSet>\n"
                f"      <simpleMatchSet>\n{right_set}\n      </simpleMatchSet>\n    </matchInteraction>")
    elif t == "cloze":
        declaration, body, conditions, notes = _cloze_parts(q)
        warnings += notes
    elif t == "ordering":
        events = [(f"E{k + 1}", it.text) for k, it in enumerate(q.items)]
        declaration = _response("ordered", "identifier", [cid for cid, _ in events])
        shown = sorted(events, key=lambda o: o[1].casefold())  # alphabetical, so the order is not given away
        body = (f'    <orderInteraction responseIdentifier="RESPONSE" shuffle="true">\n{prompt}\n'
                f"{_choices('simpleChoice', shown)}\n    </orderInteraction>")
        if any(it.date or it.evidence for it in q.items):
            warnings.append(f"{q.id}: the dates and quotes of single events are not kept (only the question's "
                            "explanation and quote)")
    else:
        return None, f"questions of type {t} cannot be written in QTI 2.1", []
    feedback = with_evidence(real_explanation(q), real_evidence(q))
    if t == "true_false" and q.correction:
        feedback = f"{q.correction}\n\n{feedback}" if feedback else q.correction
    if t == "true_false" and (q.feedback_wrong or q.feedback_right):
        which = " and ".join(w for w, f in (("wrong", q.feedback_wrong), ("right", q.feedback_right)) if f)
        warnings.append(f"{q.id}: the feedback for a {which} answer is not kept (QTI 2.1 here has one feedback "
                        "per question)")
    outcomes = ('  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">'
                "<defaultValue><value>0</value></defaultValue></outcomeDeclaration>\n"
                '  <outcomeDeclaration identifier="MAXSCORE" cardinality="single" baseType="float">'
                f"<defaultValue><value>{points}</value></defaultValue></outcomeDeclaration>\n"
                '  <outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>')
    if t != "cloze":
        conditions = [(rule, points, False)]
    processing = ["  <responseProcessing>", *(_score_condition(r, share, add) for r, share, add in conditions)]
    modal = ""
    if feedback:
        processing.append('    <setOutcomeValue identifier="FEEDBACK"><baseValue baseType="identifier">EXPLANATION'
                          "</baseValue></setOutcomeValue>")
        modal = ('\n  <modalFeedback outcomeIdentifier="FEEDBACK" identifier="EXPLANATION" showHide="show" '
                 f'title="Why">\n{_paragraphs(feedback, "    ")}\n  </modalFeedback>')
    processing.append("  </responseProcessing>")
    xml = "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<assessmentItem xmlns="{QTI21_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        f'xsi:schemaLocation="{QTI21_NS} {QTI21_XSD}" identifier="{iid}" title={attr(q.id)} '
        'adaptive="false" timeDependent="false">',
        declaration, outcomes, "  <itemBody>", body, "  </itemBody>", *processing]) + modal + "\n</assessmentItem>\n"
    return xml, None, warnings


def package_files(qset: QuestionSet) -> tuple[dict[str, str], list[str]]:
    files: dict[str, str] = {}
    warnings: list[str] = []
    resources = []
    for q in qset.questions:
        xml, why, notes = item_xml(q, qset)
        if xml is None:
            warnings.append(LeftOut(q.id, f"not exported ({why})"))
            continue
        warnings += notes
        iid = ident("i", q.id)
        href = f"items/{iid}.xml"
        files[href] = xml
        resources.append(f'    <resource identifier="R{iid}" type="{RESOURCE_TYPE}" href="{href}">\n'
                         f'      <file href="{href}"/>\n    </resource>')
    manifest = "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<manifest xmlns="{CP_NS}" identifier={attr(ident("p", qset.id))}>',
        "  <metadata>\n    <schema>QTIv2.1 Package</schema>\n    <schemaversion>1.0.0</schemaversion>\n  </metadata>",
        "  <organizations/>", "  <resources>", *resources, "  </resources>", "</manifest>", ""])
    return {"imsmanifest.xml": manifest, **files}, warnings


def export_qti21(qset: QuestionSet, path: Path) -> list[str]:
    files, warnings = package_files(qset)
    write_package(path, files)
    return warnings
