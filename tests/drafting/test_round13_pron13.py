"""Round 13 of issue 16 (one gate for unnamed pronouns, ``referents``): a draft of any type that shows a pronoun
nothing in it names ("It was heard", "A jury acquitted them") is not a candidate; a diary's or a letter's "I" and
"we" are said by a note on the prompt. Every text here is made up."""

from __future__ import annotations

import re

from question_bank.drafting import api, suggest_questions
from question_bank.drafting.facts import read_facts
from question_bank.drafting.referents import shown, unnamed_in
from question_bank.models import QUESTION_TYPES

VOLCANO = ("The Eruption of Mount Tambora\n\n"
           "Mount Tambora stands on the island of Sumbawa in Indonesia. In April 1815 the volcano erupted with "
           "enormous force, and about 71,000 people died in the eruption and the famine that followed.\n\n"
           "It was heard on the island of Sumatra, more than 2,000 kilometres away. The ash cooled the climate of "
           "the whole world, and 1816 became known as the Year Without a Summer.\n")

DIARY = ("A Clerk's Diary of the Great Exhibition, 1851\n\n"
         "1 May 1851. I rose at five and walked to Hyde Park with my sister Jane. The Crystal Palace was opened by "
         "Queen Victoria at noon. I waited almost two hours at the gate before I could enter. The building holds "
         "more than 100,000 objects from all over the world. Joseph Paxton, a gardener, designed the glass hall. "
         "We stayed until the evening and walked home by the river.\n")

TRIAL = ("The Trial of the Seven Bishops\n\n"
         "King James II issued a Declaration of Indulgence in April 1687. When seven bishops refused to read it, "
         "the king had them tried. A jury acquitted them on 30 June 1688. A son, James Francis Edward Stuart, was "
         "born to the king on 10 June 1688. William of Orange landed at Torbay on 5 November 1688. James fled to "
         "France on 23 December 1688. Parliament offered the crown to William and Mary in February 1689.\n")


def _candidates(text: str):
    return api.build_candidates(read_facts(text), list(QUESTION_TYPES))


def _seen(d) -> str:
    return " || ".join(t for _, t in shown(d))


def test_no_draft_of_any_type_opens_on_an_it_that_nothing_names() -> None:
    drafts = _candidates(VOLCANO)
    assert drafts
    leaning = [d for d in drafts if re.search(r"(?:^|: |\|\| )It was heard", _seen(d))]
    assert leaning == [], [(d.type, _seen(d)) for d in leaning]
    # the sentence itself is still asked where the sentence before is shown, or by another type
    assert suggest_questions(VOLCANO).question_set.questions


def test_an_ordering_is_made_of_events_whose_labels_name_their_pronouns() -> None:
    orderings = [d for d in _candidates(TRIAL) if d.type in ("ordering", "matching")]
    assert orderings
    for d in orderings:
        texts = [i["text"] for i in d.question.get("items", ())] + \
            [p["right"] for p in d.question.get("pairs", ())] + [p["left"] for p in d.question.get("pairs", ())]
        assert not any(re.search(r"\bthem\b", t) for t in texts), texts


def test_a_diarys_i_and_we_are_said_by_a_note_on_the_prompt() -> None:
    result = suggest_questions(DIARY)
    first_person = [q for q in result.question_set.questions
                    if re.search(r"\b(?:I|we|We|my)\b", re.sub(r"\([^)]*\)", "", q.prompt + " " + " ".join(
                        c.text for c in getattr(q, "choices", []) or [])))]
    assert first_person
    for q in first_person:
        assert re.search(r"“(?:I|We|we|my|My)” is the diarist", q.prompt), q.prompt
    # the note does not give away a person's name the text asks for
    assert not any("Paxton" in q.prompt and "is the diarist" in q.prompt for q in result.question_set.questions)


def test_what_the_gate_reads_as_named_and_as_unnamed() -> None:
    assert unnamed_in("It was heard on the island of _____.") == "It"
    assert unnamed_in("Because this was _____ in the old calendar, the event is known as October.") == "this"
    assert unnamed_in("I am told that some hundreds of guests rode in three trains.") == "I"
    assert unnamed_in("Soon afterwards it chose Trygve Lie.") == "it"
    # named: a name or a person noun before, a regnal numeral, a leading clause, a bracket, things before "their"
    assert unnamed_in("Elizabeth I closed the Steelyard in 1598.") is None
    assert unnamed_in("When she was seventeen, Ada met the mathematician Charles Babbage.") is None
    assert unnamed_in("a police chief reported what he took to be the roar of guns") is None
    assert unnamed_in("In 1521 he [Ferdinand Magellan] was killed on Mactan.") is None
    assert unnamed_in("The samurai lost their right to carry swords in 1876.") is None
    assert unnamed_in("Mark Antony’s ships were large; those of Agrippa were smaller.") is None
