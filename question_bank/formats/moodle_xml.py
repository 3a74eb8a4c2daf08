"""Moodle XML, both ways.

Import reads multichoice (one or several right answers), truefalse, shortanswer, numerical and
matching questions and nested categories; other question types are reported and skipped. The
file is parsed with defusedxml: entity declarations (the "billion laughs" file) and external
entities are refused, nothing is fetched from the network, elements nested deeper than
``MAX_DEPTH`` stop the import, and each question is processed (and dropped) as soon as it closes.

Export writes questions with ``format="plain_text"`` (our texts are plain), points as
``defaultgrade``, the id as ``idnumber``, topics as tags, the unit of a number question as its unit,
and the explanation with the quote in ``generalfeedback``. XML comments that Moodle ignores carry
the set, its sources, and per question what Moodle XML cannot (``<!-- quiz-bank: {...} -->``).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from defusedxml import DefusedXmlException, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import DefusedXMLParser

from ..atomic import atomic_write
from ..models import QuestionSet
from .builder import SetBuilder, Where
from .categories import default_category
from .cloze import cloze_data
from .drafts import real_sources
from .exported import LeftOut
from .gift import choice_data, numerical_data, shortanswer_data
from .markers import QUESTION_MARKER, SET_MARKER, SOURCE_MARKER, meta_json, read_meta, split_evidence
from .native import MOODLE_XML_CARRIES, Native, NativeChoice, to_native
from .problems import ImportOptions, ImportResult, decode_text
from .text import MEDIA_HINT, fmt_num, html_to_text, looks_like_html, media_warning, parse_plain_number

FORMAT = "moodle-xml"
MAX_DEPTH = 40
MAX_ELEMENTS_PER_QUESTION = 20000

_SUPPORTED = ("multichoice", "truefalse", "shortanswer", "numerical", "matching", "multianswer")
_TYPE_NAMES = {
    "essay": "essay", "description": "description", "multianswer": "embedded answers (cloze)",
    "calculated": "calculated", "calculatedsimple": "simple calculated", "calculatedmulti": "calculated multichoice",
    "ddwtos": "drag and drop into text", "gapselect": "select missing words", "ddimageortext": "drag and drop onto image",
    "ddmarker": "drag and drop markers", "randomsamatch": "random short-answer matching", "ordering": "ordering",
    "random": "random", "missingtype": "unknown",
}


class _Stop(Exception):
    """Ends parsing early with a message (too deep, too big, not Moodle XML)."""


class _Target:
    """An ElementTree builder that hands over each <question> as soon as it is complete."""

    def __init__(self, on_question, on_comment):
        self.tb = ET.TreeBuilder(insert_comments=True)
        self.depth = 0
        self.root: ET.Element | None = None
        self.parser = None
        self.on_question = on_question
        self.on_comment = on_comment
        self.lines: dict[int, int] = {}
        self.count = 0

    def _line(self) -> int | None:
        try:
            return self.parser.parser.CurrentLineNumber
        except AttributeError:
            return None

    def start(self, tag, attrs):
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _Stop(f"the XML is nested more than {MAX_DEPTH} levels deep; a Moodle question file never is")
        el = self.tb.start(tag, attrs)
        if self.depth == 1:
            if tag != "quiz":
                raise _Stop(f"this XML file is not a Moodle question file (its top element is <{tag}>, not <quiz>)")
            self.root = el
        elif self.depth == 2:
            self.lines[id(el)] = self._line()
            self.count = 0
        else:
            self.count += 1
            if self.count > MAX_ELEMENTS_PER_QUESTION:
                raise _Stop(f"a question has more than {MAX_ELEMENTS_PER_QUESTION} XML elements; "
                            "it is not a question file", )
        return el

    def end(self, tag):
        el = self.tb.end(tag)
        if self.depth == 2 and self.root is not None:
            line = self.lines.pop(id(el), None)
            if el.tag == "question":
                self.on_question(el, line)
            self.root.remove(el)
        self.depth -= 1
        return el

    def data(self, data):
        self.tb.data(data)

    def comment(self, text):
        if self.depth <= 1:
            self.on_comment(text, self._line())
            return None
        return self.tb.comment(text)

    def close(self):
        return self.tb.close() if self.root is not None else None


def _text_of(el: ET.Element | None, path: str = "text") -> str:
    if el is None:
        return ""
    child = el.find(path)
    return "".join(t for t in child.itertext()) if child is not None else ""


class _Reader:
    def __init__(self, builder: SetBuilder):
        self.b = builder
        self.category: str | None = None
        self.meta: dict | None = None

    def comment(self, text: str, line: int | None) -> None:
        content = text.strip()
        where = Where(line=line)
        if content.startswith(SET_MARKER):
            self.b.take_set_meta(content[len(SET_MARKER):], where)
        elif content.startswith(SOURCE_MARKER):
            self.b.take_source_meta(content[len(SOURCE_MARKER):], where)

    def formatted(self, el: ET.Element | None, where: Where, default: str = "html") -> str:
        """The plain text of a Moodle text element (<questiontext format="html"><text>…</text>)."""
        if el is None:
            return ""
        fmt = el.get("format", default)
        text = _text_of(el)
        images = 0
        if fmt == "html" or (fmt == "moodle_auto_format" and looks_like_html(text)):
            text, images = html_to_text(text)
        files = len(el.findall("file"))
        if images or files:
            self.b.warn(media_warning(max(images, files)), where, hint=MEDIA_HINT)
        # plain text is kept as written (our own exports round-trip exactly); the rest is trimmed
        return text if fmt == "plain_text" and text.strip() else text.strip()

    def question(self, el: ET.Element, line: int | None) -> None:
        b = self.b
        where = Where(line=line)
        qtype = el.get("type", "")
        if qtype == "category":
            self.category = _text_of(el.find("category")).strip() or None
            if self.category:
                b.categories.append(self.category)
            info = self.formatted(el.find("info"), where, default="moodle_auto_format")
            if info and not b.description:
                b.description = info
            return
        name = " ".join(_text_of(el.find("name")).split()) or None
        label = f"question {name!r}" if name else "question"
        if qtype not in _SUPPORTED:
            what = _TYPE_NAMES.get(qtype, qtype or "without a type")
            b.skip(f"{label} has the type {what!r}, which is not supported", where)
            return
        meta = None
        for child in el:
            comment_text = (child.text or "").strip()
            if child.tag is ET.Comment and comment_text.startswith(QUESTION_MARKER):
                meta = read_meta(comment_text[len(QUESTION_MARKER):])
                if not isinstance(meta, dict):
                    b.warn("the quiz-bank comment of this question is damaged and was ignored", where)
                    meta = None
        prompt = self.formatted(el.find("questiontext"), where)
        if not prompt:
            b.problem(f"{label} has no question text", where)
            return
        general = self.formatted(el.find("generalfeedback"), where)
        explanation, evidence = split_evidence(general)
        data: dict = {"prompt": prompt, "explanation": explanation, "evidence": evidence}
        grade = (el.findtext("defaultgrade") or "").strip()
        if grade:
            points = parse_plain_number(grade)
            if points is not None and 0 < points <= 100:
                data["points"] = points
            else:
                b.warn(f"the mark {grade!r} is not between 0 and 100; 1 point is used", where)
        idnumber = (el.findtext("idnumber") or "").strip() or None
        tags = [(t.findtext("text") or "").strip() for t in el.findall("tags/tag")]
        answers = el.findall("answer")
        self.meta = meta
        ok = getattr(self, qtype)(el, answers, data, where, label)
        if ok:
            b.add(data, where, tags=tags, category=self.category, name=name, idnumber=idnumber, meta=meta,
                  label=label)

    def _fraction(self, answer: ET.Element, where: Where) -> float:
        raw = answer.get("fraction", "0")
        value = parse_plain_number(raw)
        if value is None:
            self.b.warn(f"the answer weight {raw!r} is not a number; 0% is used", where)
            return 0.0
        return value

    def multichoice(self, el, answers, data, where, label) -> bool:
        single = (el.findtext("single") or "true").strip().lower() not in ("false", "0")
        native = []
        for a in answers:
            text = self.formatted(a, where)
            feedback = self.formatted(a.find("feedback"), where)
            native.append(NativeChoice(text, self._fraction(a, where), feedback))
        if len(native) < 2:
            self.b.problem(f"{label}: a multiple-choice question needs at least two answers", where)
            return False
        return choice_data(self.b, data, single, native, where, label)

    def truefalse(self, el, answers, data, where, label) -> bool:
        by_value: dict[str, tuple[float, str]] = {}
        for a in answers:
            text = self.formatted(a, where, default="moodle_auto_format").strip().lower()
            by_value[text] = (self._fraction(a, where), self.formatted(a.find("feedback"), where))
        if "true" not in by_value or "false" not in by_value:
            self.b.problem(f"{label}: a true/false question needs the answers 'true' and 'false'", where)
            return False
        answer = by_value["true"][0] >= by_value["false"][0]
        right = by_value["true" if answer else "false"][1]
        wrong = by_value["false" if answer else "true"][1]
        data.update(type="true_false", answer=answer)
        if wrong:
            data["feedback_wrong"] = wrong
        if right:
            data["feedback_right"] = right
        return True

    def shortanswer(self, el, answers, data, where, label) -> bool:
        if (el.findtext("usecase") or "0").strip() == "1":
            self.b.warn("the answers were case-sensitive in Moodle; here case is ignored", where)
        native = [(self.formatted(a, where, default="moodle_auto_format"), self._fraction(a, where),
                   self.formatted(a.find("feedback"), where)) for a in answers]
        if not native:
            self.b.problem(f"{label}: a short-answer question needs at least one answer", where)
            return False
        return shortanswer_data(self.b, data, native, where, label)

    def numerical(self, el, answers, data, where, label) -> bool:
        native = []
        for a in answers:
            raw = _text_of(a).strip()
            if raw == "*":
                if self.formatted(a.find("feedback"), where):
                    self.b.warn("the feedback for other (wrong) numbers is not kept", where)
                continue
            value = parse_plain_number(raw)
            tolerance = parse_plain_number((a.findtext("tolerance") or "0").strip() or "0")
            if value is None or tolerance is None:
                self.b.problem(f"{label}: {raw!r} (tolerance {a.findtext('tolerance')!r}) is not a number", where)
                return False
            native.append((value, abs(tolerance), self._fraction(a, where), self.formatted(a.find("feedback"), where)))
        if not native:
            self.b.problem(f"{label}: a numerical question needs a number", where)
            return False
        units = [((u.findtext("unit_name") or "").strip(), parse_plain_number((u.findtext("multiplier") or "1").strip()))
                 for u in el.findall("units/unit")]
        base = [name for name, mult in units if name and mult == 1]
        if base:
            data["unit"] = base[0]
        if len(units) > len(base[:1]):
            self.b.warn("units other than the main one are not kept", where)
        return numerical_data(self.b, data, native, where, label)

    def multianswer(self, el, answers, data, where, label) -> bool:
        """Embedded answers (Cloze): the text with its gaps filled in is the passage, which must be a quote."""
        return cloze_data(self.b, data, data["prompt"], self.meta, where, label)

    def matching(self, el, answers, data, where, label) -> bool:
        pairs, distractors = [], []
        for sub in el.findall("subquestion"):
            left = self.formatted(sub, where)
            right = (sub.findtext("answer/text") or "").strip()
            if left:
                pairs.append({"left": left, "right": right})
            elif right:
                distractors.append(right)
        data.update(type="matching", pairs=pairs)
        if distractors:
            data["distractors"] = distractors
        return True


#: codecs Python knows that are not a way to store a document's characters (a declared one is ignored)
_NOT_DOCUMENT_CODECS = frozenset({"punycode", "idna", "unicode_escape", "raw_unicode_escape", "undefined",
                                  "palmos", "mbcs", "oem"})


def _is_character_encoding(declared: str) -> bool:
    import codecs

    try:
        info = codecs.lookup(declared)
    except LookupError:
        return False
    return bool(getattr(info, "_is_text_encoding", True)) and info.name not in _NOT_DOCUMENT_CODECS


def _decode_xml(data: bytes, name: str):
    """Text of an XML file: a BOM or the declared encoding first, then our usual guesses."""
    m = re.match(rb"\s*<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']", data[:200])
    if m and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        declared = m.group(1).decode("ascii").lower()
        if declared not in ("utf-8", "utf8") and _is_character_encoding(declared):
            try:
                text = data.decode(declared)
                return text, declared.upper(), []
            except (LookupError, UnicodeError, ValueError):  # punycode and friends raise UnicodeError
                pass
    return decode_text(data, name)


def read_moodle_xml_text(text: str, builder: SetBuilder) -> None:
    reader = _Reader(builder)
    # The text is already decoded: drop the declaration (and its encoding), keeping line numbers.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", lambda m: "\n" * m.group(0).count("\n"), text, count=1)
    target = _Target(reader.question, reader.comment)
    parser = DefusedXMLParser(target=target, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    target.parser = parser
    try:
        for i in range(0, len(text), 1 << 16):
            parser.feed(text[i:i + (1 << 16)])
        parser.close()
    except EntitiesForbidden as exc:
        if exc.sysid or exc.pubid:
            builder.problem(f"the file declares an external entity {exc.name!r} ({exc.sysid or exc.pubid}); "
                            "refused: a question file may not read other files or web addresses")
        else:
            builder.problem(f"the file declares an XML entity {exc.name!r}; refused: entity expansion (as in the "
                            "'billion laughs' attack) is not allowed in question files")
    except ExternalReferenceForbidden as exc:
        builder.problem(f"the file refers to an external resource ({exc.sysid or exc.pubid}); refused: a question "
                        "file may not read other files or web addresses")
    except DefusedXmlException as exc:
        builder.problem(f"the XML uses a construct that is refused for safety ({type(exc).__name__})")
    except _Stop as exc:
        builder.problem(str(exc), Where(line=target._line()))
    except ET.ParseError as exc:
        line, column = getattr(exc, "position", (None, None))
        message = str(exc).split(":")[0]
        builder.problem(f"the XML is not well-formed ({message}, column {column}); the questions before this "
                        "place were imported", Where(line=line),
                        hint="The file may be cut short or edited by hand; export it again from Moodle.")
    if target.root is None and not builder.problems:
        builder.problem("the file holds no XML elements")


def import_moodle_xml_bytes(data: bytes, name: str = "<xml>", options: ImportOptions | None = None) -> ImportResult:
    builder = SetBuilder(name, FORMAT, options)
    text, encoding, problems = _decode_xml(data, name)
    builder.problems += problems
    builder.encoding = encoding
    if text is not None:
        read_moodle_xml_text(text, builder)
        if not builder.questions and not builder.problems:
            builder.problem("no questions found in this Moodle XML file")
    return builder.build()


# --------------------------------------------------------------------------- export

_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _esc(text: str) -> str:
    text = _XML_ILLEGAL.sub("", text)
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;"))


def _comment(text: str) -> str:
    """JSON in an XML comment: '-' inside strings becomes \\u002d so no '--' can appear."""
    def fix(m: re.Match) -> str:
        return m.group(0).replace("-", "\\u002d")
    return re.sub(r'"(?:[^"\\]|\\.)*"', fix, text)


def _text_el(tag: str, text: str, indent: str, fmt: str | None = "plain_text") -> str:
    attr = f' format="{fmt}"' if fmt else ""
    return f"{indent}<{tag}{attr}>\n{indent}  <text>{_esc(text)}</text>\n{indent}</{tag}>"


def question_xml(n: Native, metadata: bool = True) -> str:
    i1, i2 = "    ", "      "
    qtype = n.kind
    out = [f'  <question type="{qtype}">']
    if metadata and n.meta:
        out.append(f"{i1}<!-- {QUESTION_MARKER} {_comment(meta_json(n.meta))} -->")
    out.append(f"{i1}<name>\n{i2}<text>{_esc(n.id)}</text>\n{i1}</name>")
    out.append(_text_el("questiontext", n.prompt, i1))
    out.append(_text_el("generalfeedback", n.general_feedback, i1))
    out.append(f"{i1}<defaultgrade>{fmt_num(n.points)}</defaultgrade>")
    out.append(f"{i1}<penalty>{'1' if qtype == 'truefalse' else '0.3333333'}</penalty>")
    out.append(f"{i1}<hidden>0</hidden>")
    out.append(f"{i1}<idnumber>{_esc(n.id)}</idnumber>")

    def answer(fraction: str, text: str, feedback: str, extra: str = "", fmt: str = "plain_text") -> str:
        return (f'{i1}<answer fraction="{fraction}" format="{fmt}">\n{i2}<text>{_esc(text)}</text>\n'
                f'{_text_el("feedback", feedback, i2)}{extra}\n{i1}</answer>')

    if qtype == "multichoice":
        out.append(f"{i1}<single>{'true' if n.single else 'false'}</single>")
        out.append(f"{i1}<shuffleanswers>true</shuffleanswers>")
        out.append(f"{i1}<answernumbering>abc</answernumbering>")
        for c in n.choices:
            out.append(answer(f"{c.fraction:.5f}".rstrip("0").rstrip("."), c.text, c.feedback))
    elif qtype == "truefalse":
        right, wrong = n.tf_feedback_right, n.tf_feedback_wrong
        out.append(answer("100" if n.tf_answer else "0", "true", right if n.tf_answer else wrong,
                          fmt="moodle_auto_format"))
        out.append(answer("0" if n.tf_answer else "100", "false", wrong if n.tf_answer else right,
                          fmt="moodle_auto_format"))
    elif qtype == "numerical":
        out.append(answer("100", fmt_num(n.value), "", f"\n{i2}<tolerance>{fmt_num(n.tolerance)}</tolerance>"))
        if n.unit:
            out.append(f"{i1}<units>\n{i2}<unit>\n{i2}  <multiplier>1</multiplier>\n{i2}  <unit_name>"
                       f"{_esc(n.unit)}</unit_name>\n{i2}</unit>\n{i1}</units>")
        out.append(f"{i1}<unitgradingtype>0</unitgradingtype>\n{i1}<unitpenalty>0.1000000</unitpenalty>\n"
                   f"{i1}<showunits>3</showunits>\n{i1}<unitsleft>0</unitsleft>")
    elif qtype == "multianswer":
        pass  # the gaps are in the question text
    elif qtype == "shortanswer":
        out.append(f"{i1}<usecase>0</usecase>")
        for a in n.accepted:
            out.append(answer("100", a, "", fmt="moodle_auto_format"))
    else:  # matching
        out.append(f"{i1}<shuffleanswers>true</shuffleanswers>")
        for left, right in [*n.pairs, *(("", d) for d in n.distractors)]:
            out.append(f'{i1}<subquestion format="plain_text">\n{i2}<text>{_esc(left)}</text>\n'
                       f"{i2}<answer>\n{i2}  <text>{_esc(right)}</text>\n{i2}</answer>\n{i1}</subquestion>")
    if n.topics:
        tags = "".join(f"\n{i2}<tag><text>{_esc(t)}</text></tag>" for t in n.topics)
        out.append(f"{i1}<tags>{tags}\n{i1}</tags>")
    out.append("  </question>")
    return "\n".join(out)


def moodle_xml_text(qset: QuestionSet, metadata: bool = True) -> tuple[str, list[str]]:
    warnings: list[str] = []
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<quiz>"]
    if metadata:
        set_meta = qset.model_dump(mode="json", exclude={"sources", "questions"})
        out.append(f"<!-- {SET_MARKER} {_comment(meta_json(set_meta))} -->")
        for src in real_sources(qset):
            out.append(f"<!-- {SOURCE_MARKER} {_comment(meta_json(src.model_dump(mode='json')))} -->")
    default, current = default_category(qset.title), None

    def category(path: str) -> str:
        return ('  <question type="category">\n    <category>\n      <text>' + _esc(path) + "</text>\n"
                "    </category>\n" + _text_el("info", qset.description if current is None else "", "    ") +
                "\n  </question>")

    for q in qset.questions:
        native, why = to_native(q, qset, MOODLE_XML_CARRIES)
        if native is None:
            warnings.append(LeftOut(q.id, f"not exported ({why})"))
            continue
        path = native.category or default
        if path != current:  # each question goes back in its own category, in the set's order
            out.append(category(path))
            current = path
        warnings += native.notes
        out.append(question_xml(native, metadata))
    if current is None:
        out.append(category(default))
    out.append("</quiz>")
    return "\n".join(out) + "\n", warnings


def export_moodle_xml(qset: QuestionSet, path: Path, metadata: bool = True) -> list[str]:
    text, warnings = moodle_xml_text(qset, metadata)
    atomic_write(path, text)
    return warnings
