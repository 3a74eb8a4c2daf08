"""Round 6 of issue 16: more drafts where none were made, and the wording of those made (every text made up)."""

from __future__ import annotations

from question_bank.drafting import suggest_questions
from question_bank.drafting.builders import accepted_answers, sentence_quality, tells_writers_day
from question_bank.drafting.causes import find_links
from question_bank.drafting.facts import folded, read_facts
from question_bank.drafting.phrasing import antecedent, reworded_statement, thing_antecedent


def _text(raw: str) -> str:
    """A title line, then one paragraph (the source lines below are wrapped only for the reader of this file)."""
    title, *bodies = raw.strip().split("\n\n")
    return f"{title}\n\n" + "\n\n".join(" ".join(b.split()) for b in bodies) + "\n"


def _sentence(facts, start: str):
    return next(sf for sf in facts.sentences if sf.text.startswith(start))


def _asked(q) -> list[str]:
    """The answers a draft asks for: right choices, accepted answers, cloze gaps, a numeric value."""
    d = q.model_dump(mode="json", exclude_none=True)
    # (a whole statement to pick, "which of these does the text say", asks no one name)
    out = [c["text"] for c in d.get("choices", []) if c["correct"] and len(c["text"].split()) <= 5]
    out += d.get("accepted", [])
    out += [g["answer"] for g in d.get("gaps", [])]
    return [folded(a) for a in out]


# --------------------------------------------------------------------------- the title shows the answer

TITLED = _text("""The Buried Towns of Mount Korvath, 1741

The eruption of Mount Korvath buried the town of Lessana in the spring of 1741. Ash from Korvath fell on Lessana for
three days, and the people fled to the port of Marrow. The governor, Anton Vell, sent twelve ships to carry them away.
In 1741 the town was abandoned for good, and in 1802 farmers found its walls again.

Korvath erupted again in 1790, but the ash fell only on the forests to the east. The priest Maren Hald wrote the first
account of the buried town in 1805. Her book was printed at Marrow. Lessana is now a museum, and Korvath is watched by
the observatory of Brell, which was founded in 1850.
""")


def test_no_draft_asks_what_the_title_shows():
    from pydantic import TypeAdapter

    from question_bank.drafting.api import build_candidates
    from question_bank.models import Question

    facts = read_facts(TITLED)
    # every candidate, not only the kept ones (which the picker's other rules decide)
    adapter: TypeAdapter = TypeAdapter(Question)
    qs = [adapter.validate_python({"id": "q", **d.question})
          for d in build_candidates(facts, ["multiple_choice", "short_answer", "numeric", "cloze"])]
    asked = [a for q in qs for a in _asked(q)]
    assert asked, "the text still gets drafts"
    assert not any("korvath" in a for a in asked), asked  # the title is shown beside every question
    assert "1741" not in asked  # a year the title gives
    assert any(a in ("marrow", "anton vell", "lessana", "1802", "twelve", "maren hald", "brell", "1790", "1805", "1850")
               for a in asked), asked


# --------------------------------------------------------------------------- pronouns named from the sentence before

SURNAMES = _text("""Ada Morrow

Ada Morrow was born in 1840 in a mill town. In 1861 she married Thomas Morrow, a printer. Morrow went to the capital
in 1865. She became the best-known speaker of the reform league. On June 2, 1870, she spoke before the assembly.
Over about ten years she gave some three hundred speeches.
""")


def test_a_surname_two_people_share_is_the_one_the_pronoun_can_be():
    facts = read_facts(SURNAMES)
    ante = antecedent(facts, _sentence(facts, "She became"))
    assert ante is not None and ante.name == "Ada Morrow"  # Thomas is no "she"
    for start in ("On June 2, 1870, she", "Over about ten years she"):
        later = antecedent(facts, _sentence(facts, start))
        assert later is not None and later.name == "Ada Morrow", start


def test_a_surname_two_men_share_names_no_one():
    text = ("The Crisis\n\nPresident John Harlan met his advisers. Robert Harlan, his brother, met the envoy. "
            "Some wanted war, but Harlan chose a blockade. On October 22, 1962, he announced the discovery.")
    facts = read_facts(text)
    assert antecedent(facts, _sentence(facts, "On October 22")) is None  # John or Robert? No guess


THINGS = _text("""The Siege of Dorn

The Siege of Dorn was fought in 1412 between the army of the duke and the townsmen. It lasted eleven weeks and ended
with the fall of the north gate. The plague probably began in the camp of the duke. In 1413 it struck the town of
Hale. It is said that three thousand died. The city had been founded by Brenna traders around 900. By 1400 it had
20,000 inhabitants. The Harrows were a clan of the north. They burned the mill of Dorn in 1415.
""")


def test_it_and_they_are_named_from_the_one_thing_or_group_the_sentence_before_opens_with():
    facts = read_facts(THINGS)
    assert thing_antecedent(facts, _sentence(facts, "It lasted")).name == "the Siege of Dorn"
    assert thing_antecedent(facts, _sentence(facts, "In 1413 it")).name == "the plague"
    assert thing_antecedent(facts, _sentence(facts, "They burned")).name == "the Harrows"
    # "It is said that": an "it" that stands for nothing; "the city" itself leans on an earlier sentence
    assert thing_antecedent(facts, _sentence(facts, "It is said")) is None
    assert thing_antecedent(facts, _sentence(facts, "By 1400 it")) is None
    score, notes, ante = sentence_quality(facts, _sentence(facts, "It lasted"))
    assert ante is not None and "starts with a pronoun" not in notes


def test_a_named_it_reads_as_the_name_in_a_statement():
    facts = read_facts(THINGS)
    out = reworded_statement(facts, _sentence(facts, "In 1413 it"), thing_antecedent(facts, _sentence(facts, "In 1413 it")))
    assert out is None or "it struck" not in out


# --------------------------------------------------------------------------- numbers

NUMBERS = _text("""The Battle of Varn

By the morning of the battle the northern army had only about 6,000 to 9,000 men. More than a hundred men were taken
prisoner by the river. The king now faced two armies: a northern army under Osric and a hill army under Bede. An
army of perhaps 12,000 men held the pass for weeks.
""")


def test_a_range_is_asked_as_a_number_and_never_as_a_choice():
    # round 22 (the lead): by its upper end ("about 6,000 to _____ men"), not as one blank over both ends whose key
    # was the middle, 7,500, a number the text never gives (set 18's raters: "never")
    result = suggest_questions(NUMBERS, types=["numeric", "multiple_choice"])
    ranges = [q for q in result.question_set.questions if "6,000 to 9,000" in q.evidence.quote]
    assert ranges, "the range sentence gets a draft"
    for q in ranges:
        assert q.type == "numeric" and q.value == 9000 and "6,000 to _____" in q.prompt
        assert 0 < q.tolerance < 1000  # "about": a few percent either way


def test_number_words_and_hedges_are_read():
    facts = read_facts(NUMBERS + "\nSome two-and-twenty riders came back.\n")
    hundred = next(m for m in _sentence(facts, "More than").mentions if m.kind == "number")
    assert (hundred.value, hundred.hedge, hundred.unit) == (100, "more than", "men")
    riders = next(m for m in _sentence(facts, "Some two-and-twenty").mentions if m.kind == "number")
    assert riders.value == 22
    perhaps = next(m for m in _sentence(facts, "An army of perhaps").mentions if m.kind == "number")
    assert perhaps.hedge == "perhaps"
    numeric = [q for q in suggest_questions(NUMBERS, types=["numeric"]).question_set.questions
               if "12,000" in q.evidence.quote]
    assert all(q.tolerance > 0 for q in numeric)  # "perhaps 12,000": not exactly 12,000


def test_no_number_blank_the_same_sentence_counts_out():
    qs = suggest_questions(NUMBERS).question_set.questions
    for q in qs:
        if "two armies" in q.evidence.quote and q.type in ("numeric", "multiple_choice", "short_answer"):
            assert "two" not in _asked(q) and getattr(q, "value", None) != 2, q.prompt
        if q.type == "cloze" and "two armies" in q.evidence.quote:
            assert "two" not in [folded(g.answer) for g in q.gaps]


# --------------------------------------------------------------------------- wording

def test_no_statement_is_cut_by_a_moved_phrase_of_time():
    text = ("Varn\n\nBy the day of the battle the northern army had only six thousand men, most of them archers. "
            "In April of the same year Osric was called before the council at Hale.")
    facts = read_facts(text)
    for sf in facts.sentences:
        out = reworded_statement(facts, sf)
        assert out is None or not out.rstrip(".").endswith((" of", " the")), out
    for q in suggest_questions(text).question_set.questions:
        shown = (getattr(q, "statement", None) or q.prompt).rstrip(".")
        assert not shown.endswith((" of", "by the day of")), shown


def test_a_day_of_the_writers_month_is_not_a_date_to_judge():
    text = ("A Letter from Hale, 1893\n\nMy dear sister, I write with news. On the 19th of this month the Governor "
            "signed the new Act, and every woman in the colony may now vote. The Act had passed the council by two votes.")
    result = suggest_questions(text)
    for q in result.question_set.questions:
        if q.type in ("true_false", "cite"):
            assert "this month" not in (getattr(q, "statement", None) or q.prompt)
    facts = read_facts(text)
    from question_bank.drafting.builders import Draft
    sf = _sentence(facts, "On the 19th")
    d = Draft({"statement": sf.text, "prompt": ""}, "true_false", "statement", 0.8, (sf.index,), "True", [], [], "x")
    assert tells_writers_day(facts, d)


def test_accepted_answers_as_a_student_writes_them():
    text = ("Lutz\n\nLutz taught at the University of Herrenburg. Digging began under the rulers of the Kingdom of "
            "Vallona, near the Bay of Vallona. The British East India Company grew tea. The Duchy of Sarn and the "
            "Kingdom of Sarn were at war.")
    facts = read_facts(text)

    def accepted(start: str, name: str) -> list[str]:
        sf = _sentence(facts, start)
        return accepted_answers(facts, sf, next(m for m in sf.mentions if m.text == name))

    assert "Herrenburg" in accepted("Lutz taught", "University of Herrenburg")
    assert "Vallona" in accepted("Digging began", "Kingdom of Vallona")  # the bay is no other realm
    assert "East India Company" in accepted("The British East", "British East India Company")
    assert "Sarn" not in accepted("The Duchy of Sarn", "Duchy of Sarn")  # the bare name would be both realms


def test_a_reason_explains_the_clause_it_follows():
    text = ("Harfleur\n\nThe town surrendered in September, but the siege cost the northern army dearly, because many "
            "soldiers fell ill with fever.")
    [link] = find_links(read_facts(text))
    assert link.effect == "the siege cost the northern army dearly"
    assert link.cause == "many soldiers fell ill with fever"


def test_no_true_false_on_a_writers_word_to_the_reader():
    text = ("A Letter from Hale, 1893\n\nMy dear sister, we have won the vote. When Mrs Ada Morrow first asked us to "
            "collect names in 1891, you will remember how many of our friends laughed. Mrs Morrow led the campaign "
            "for the Hale Reform League in 1892. Please look at the banner in the case before you go on to Gallery 4.")
    for q in suggest_questions(text, types=["true_false"]).question_set.questions:
        assert "you" not in (getattr(q, "statement", None) or q.prompt).lower().split(), q.prompt
