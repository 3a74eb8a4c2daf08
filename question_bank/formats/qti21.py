"""QTI 2.1 packages for Blackboard-class systems, both ways: a .zip with ``imsmanifest.xml`` and one
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
from .builder import SetBuilder, Where
from .cloze import DEFAULT_PROMPT, choices_of, cloze_evidence, draft_hint, number_of
from .drafts import real_evidence, real_explanation
from .exported import LeftOut
from .markers import split_evidence, with_evidence
from .native import cite_choices
from .problems import ImportOptions, ImportResult
from .qti import PackageError, attr, ident, local, parse_xml, read_package, resolve_href, text, write_package
from .text import fmt_num, parse_plain_number

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


# --------------------------------------------------------------------------- import

class _Item:
    """One ``assessmentItem`` read into our JSON shape."""

    def __init__(self, b: SetBuilder, root, body, label: str, where: Where):
        self.b, self.root, self.body, self.label, self.where = b, root, body, label, where
        self.declarations: dict[str, dict] = {}
        for d in _children(root, "responseDeclaration"):
            correct = [(v.text or "").strip() for c in _children(d, "correctResponse") for v in _children(c, "value")]
            mapping = [(m.get("mapKey") or "", parse_plain_number(m.get("mappedValue") or "0") or 0.0)
                       for mp in _children(d, "mapping") for m in _children(mp, "mapEntry")]
            self.declarations[d.get("identifier") or ""] = {
                "cardinality": d.get("cardinality") or "single", "base": d.get("baseType") or "",
                "correct": correct, "mapping": mapping}

    def tolerance(self, rid: str) -> float:
        """The absolute tolerance of the ``equal`` that compares ``rid`` with its right value (0 without one)."""
        for eq in self.root.iter():
            if local(eq.tag) == "equal" and any(local(v.tag) == "variable" and v.get("identifier") == rid for v in eq):
                parts = (eq.get("tolerance") or "0").split()
                value = parse_plain_number(parts[0]) if parts else 0.0
                return abs(value or 0.0)
        return 0.0

    def shares(self) -> dict[str, float]:
        """What each gap adds to the score (``sum`` of SCORE and a value, under a condition on that gap)."""
        out: dict[str, float] = {}
        for cond in self.root.iter():
            if local(cond.tag) != "responseIf":
                continue
            ids = [v.get("identifier") or "" for v in cond.iter() if local(v.tag) in ("variable", "mapResponse",
                                                                                       "correct")]
            values = [parse_plain_number((v.text or "").strip()) for v in cond.iter() if local(v.tag) == "baseValue"
                      and v.get("baseType") == "float"]
            gap = next((i for i in ids if i.startswith("GAP")), None)
            if gap is not None and values and values[-1] is not None:
                out.setdefault(gap, values[-1])
        return out


def _children(el, name: str):
    return (c for c in el if local(c.tag) == name)


def _text_of(el, skip: frozenset[str] = frozenset()) -> str:
    """The text of an element, ``<br/>`` as a line break, leaving out the elements named in ``skip``."""
    out: list[str] = []

    def walk(node) -> None:
        if node.text:
            out.append(node.text)
        for child in node:
            name = local(child.tag)
            if name == "br":
                out.append("\n")
            elif name not in skip:
                walk(child)
            if child.tail:
                out.append(child.tail)

    walk(el)
    return "".join(out)


_INTERACTIONS = frozenset({"choiceInteraction", "textEntryInteraction", "matchInteraction", "orderInteraction",
                           "inlineChoiceInteraction"})


def _read_item(b: SetBuilder, root, place: str) -> None:
    where = Where()
    title = " ".join((root.get("title") or "").split()) or None
    label = f"{place} ({title!r})" if title else place
    body = next(_children(root, "itemBody"), None)
    if body is None:
        b.problem(f"{label} has no <itemBody> (no question text)", where)
        return
    item = _Item(b, root, body, label, where)
    feedback = "\n\n".join(
        "\n\n".join(_text_of(p).strip() for p in fb if local(p.tag) == "p") or _text_of(fb).strip()
        for fb in _children(root, "modalFeedback"))
    explanation, evidence = split_evidence(feedback)
    data: dict = {"explanation": explanation, "evidence": evidence}
    for outcome in _children(root, "outcomeDeclaration"):
        if outcome.get("identifier") == "MAXSCORE":
            value = next((v.text for d in _children(outcome, "defaultValue") for v in _children(d, "value")), None)
            points = parse_plain_number((value or "").strip())
            if points is not None and 0 < points <= 100:
                data["points"] = points
    found = [el for el in item.body.iter() if local(el.tag) in _INTERACTIONS]
    kinds = {local(el.tag) for el in found}
    if not found:
        b.skip(f"{label} has no interaction this app can ask (choice, text entry, match, order)", where)
        return
    if "inlineChoiceInteraction" in kinds or len(found) > 1:
        ok = _cloze(item, found, data)
    else:
        ok = _single(item, found[0], data)
    if ok:
        b.add(data, where, name=title, label=label)


def _prompt(item: _Item, interaction) -> str:
    inner = next(_children(interaction, "prompt"), None)
    if inner is not None:
        return _text_of(inner).strip()
    # the paragraphs of the body that hold no interaction
    paragraphs = [p for p in item.body if not any(local(x.tag) in _INTERACTIONS for x in p.iter())]
    return "\n\n".join(_text_of(p).strip() for p in paragraphs if _text_of(p).strip())


def _single(item: _Item, el, data: dict) -> bool:
    b, label, where = item.b, item.label, item.where
    name = local(el.tag)
    decl = item.declarations.get(el.get("responseIdentifier") or "")
    if decl is None:
        b.problem(f"{label}: the {name} has no responseDeclaration", where)
        return False
    data["prompt"] = _prompt(item, el)
    if name == "choiceInteraction":
        choices = [(c.get("identifier") or "", _text_of(c, frozenset({"prompt"})).strip())
                   for c in _children(el, "simpleChoice")]
        right = set(decl["correct"])
        if [cid for cid, _ in choices] == ["TRUE", "FALSE"] and len(right) == 1:
            data.update(type="true_false", answer="TRUE" in right)
            return True
        single = decl["cardinality"] == "single"
        data.update(type="multiple_choice" if single else "multiple_select",
                    choices=[{"text": t, "correct": cid in right} for cid, t in choices])
        return True
    if name == "textEntryInteraction":
        if decl["base"] in ("float", "integer"):
            value = parse_plain_number(decl["correct"][0]) if decl["correct"] else None
            if value is None:
                b.problem(f"{label}: the right number {decl['correct'][:1]!r} is not a number", where)
                return False
            data.update(type="numeric", value=value, tolerance=item.tolerance(el.get("responseIdentifier") or ""))
            holder = next((p for p in item.body if any(x is el for x in p.iter())), None)
            unit = _text_of(holder).strip() if holder is not None else ""
            if unit:
                data["unit"] = unit
            return True
        accepted = [k for k, v in decl["mapping"] if v > 0] or list(decl["correct"])
        for value in reversed(decl["correct"]):
            if value in accepted:
                accepted.remove(value)
            accepted.insert(0, value)
        data.update(type="short_answer", accepted=[a for a in dict.fromkeys(accepted) if a.strip()])
        return True
    if name == "matchInteraction":
        sets = [[(c.get("identifier") or "", _text_of(c).strip()) for c in _children(s, "simpleAssociableChoice")]
                for s in _children(el, "simpleMatchSet")]
        if len(sets) != 2:
            b.problem(f"{label}: a matchInteraction needs two sets to match", where)
            return False
        lefts, rights = dict(sets[0]), dict(sets[1])
        pairs, used = [], set()
        for pair in decl["correct"]:
            left, _, right = pair.partition(" ")
            if left in lefts and right in rights:
                pairs.append({"left": lefts[left], "right": rights[right]})
                used.add(right)
        data.update(type="matching", pairs=pairs)
        distractors = [t for rid, t in sets[1] if rid not in used]
        if distractors:
            data["distractors"] = distractors
        return True
    # orderInteraction
    texts = {c.get("identifier") or "": _text_of(c).strip() for c in _children(el, "simpleChoice")}
    data.update(type="ordering", items=[{"text": texts[cid]} for cid in decl["correct"] if cid in texts])
    return True


def _cloze(item: _Item, found, data: dict) -> bool:
    """A passage with blanks and drop-downs (our cloze export, or any item whose interactions sit in the text)."""
    b, label, where = item.b, item.label, item.where
    holder = next((p for p in item.body if any(x is found[0] for x in p.iter())), None)
    if holder is None or any(not any(x is el for x in holder.iter()) for el in found):
        b.skip(f"{label} has several interactions in different places; only a passage with gaps can be read", where)
        return False
    pieces: list[str] = []
    gaps: list[dict] = []
    length = 0

    def add(text: str) -> None:
        nonlocal length
        pieces.append(text)
        length += len(text)

    def walk(node) -> bool:
        if node.text:
            add(node.text)
        for child in node:
            name = local(child.tag)
            if name == "br":
                add("\n")
            elif name in ("textEntryInteraction", "inlineChoiceInteraction"):
                gap = _gap(item, child, len(gaps) + 1)
                if gap is None:
                    return False
                gap["start"], gap["end"] = length, length + len(gap["answer"])
                add(gap["answer"])
                gaps.append(gap)
            elif name in _INTERACTIONS:
                b.skip(f"{label} has a {name} inside its passage, which a gap cannot be", where)
                return False
            elif not walk(child):
                return False
            if child.tail:
                add(child.tail)
        return True

    if not walk(holder):
        return False
    passage = "".join(pieces)
    lead = len(passage) - len(passage.lstrip())
    for gap in gaps:
        gap["start"] -= lead
        gap["end"] -= lead
    passage = passage.strip()
    shares = item.shares()
    values = [shares.get(f"GAP{n}") for n in range(1, len(gaps) + 1)]
    if all(v is not None and v > 0 for v in values) and len({round(v or 0, 9) for v in values}) > 1:
        smallest = min(v for v in values if v is not None)
        for gap, v in zip(gaps, values, strict=True):
            gap["weight"] = round((v or smallest) / smallest, 6)
    prompt = "\n\n".join(_text_of(p).strip() for p in item.body if p is not holder and _text_of(p).strip())
    evidence, why = cloze_evidence(b, passage, data.get("evidence"))
    if why:
        b.warn(f"{label}: imported as a draft: {why}", where, hint=draft_hint(b, passage))
    data.update(type="cloze", prompt=prompt or DEFAULT_PROMPT, evidence=evidence, gaps=gaps)
    return True


def _gap(item: _Item, el, number: int) -> dict | None:
    b, label, where = item.b, item.label, item.where
    rid = el.get("responseIdentifier") or ""
    decl = item.declarations.get(rid)
    if decl is None or not decl["correct"]:
        b.problem(f"{label}: gap {number} ({rid!r}) has no right answer in a responseDeclaration", where)
        return None
    if local(el.tag) == "inlineChoiceInteraction":
        options = [(c.get("identifier") or "", _text_of(c).strip()) for c in _children(el, "inlineChoice")]
        right = next((t for cid, t in options if cid == decl["correct"][0]), None)
        if right is None:
            b.problem(f"{label}: gap {number}'s right answer {decl['correct'][0]!r} is none of its options", where)
            return None
        return {"answer": right, "kind": "dropdown",
                "distractors": [t for cid, t in options if cid != decl["correct"][0] and t != right]}
    if decl["base"] in ("float", "integer"):
        gap: dict = {"answer": decl["correct"][0], "kind": "numeric"}
        tolerance = item.tolerance(rid)
        if tolerance:
            gap["tolerance"] = tolerance
        return gap
    answer = decl["correct"][0]
    accepted = [k for k, v in decl["mapping"] if v > 0 and k != answer]
    gap = {"answer": answer}
    if accepted:
        gap["accepted"] = list(dict.fromkeys(accepted))
    return gap


def _item_files(files: dict[str, bytes], b: SetBuilder) -> list[str]:
    """The QTI 2 item files the manifest names, in its order, each checked to be in the package."""
    if "imsmanifest.xml" not in files:
        b.problem("the package has no imsmanifest.xml; an LMS package always has one at its top")
        return []
    manifest = parse_xml(files["imsmanifest.xml"], "imsmanifest.xml")
    names: list[str] = []
    for res in manifest.iter():
        if local(res.tag) != "resource" or not (res.get("type") or "").startswith("imsqti_item_xmlv2"):
            continue
        hrefs = [res.get("href")] + [f.get("href") for f in res if local(f.tag) == "file"]
        for href in dict.fromkeys(h for h in hrefs if h):
            name = resolve_href("imsmanifest.xml", href)
            if name is None or name not in files:
                b.problem(f"imsmanifest.xml names the file {href!r}, which the package does not hold")
            elif name.endswith(".xml") and name not in names:
                names.append(name)
    if not names:
        b.problem("imsmanifest.xml names no QTI 2 item (a resource of type imsqti_item_xmlv2p1)")
    return names


def is_qti2_package(files: dict[str, bytes]) -> bool:
    """Whether a package's manifest names QTI 2 items (and no QTI 1.2 assessment)."""
    manifest = files.get("imsmanifest.xml", b"")
    return b"imsqti_item_xmlv2" in manifest and b"imsqti_xmlv1p2" not in manifest


def import_qti21_bytes(data: bytes, name: str = "<qti>", options: ImportOptions | None = None) -> ImportResult:
    builder = SetBuilder(name, FORMAT, options)
    try:
        files = read_package(data, "QTI")
        if not is_qti2_package(files) and b"imsqti_xmlv1p2" in files.get("imsmanifest.xml", b""):
            from .qti12 import import_qti12_bytes  # qti12 imports this module: imported here, when needed

            return import_qti12_bytes(data, name, options)  # a Canvas package given as --format qti21
        for n, item_name in enumerate(_item_files(files, builder), 1):
            root = parse_xml(files[item_name], item_name)
            if local(root.tag) != "assessmentItem":
                builder.problem(f"{item_name} is not a QTI 2 item (its top element is <{local(root.tag)}>)")
                continue
            _read_item(builder, root, f"{item_name} (question {n})")
    except PackageError as exc:
        builder.problem(str(exc))
    if not builder.questions and not builder.problems:
        builder.problem("no questions found in this QTI package")
    return builder.build()
