"""Round 9 of issue 16 (volume): drafts for the sentences nothing else asked, years BC as blanks, no "which happened
in year X?", ordering items that read whole. Every text here is made up."""

from __future__ import annotations

from question_bank.drafting import suggest_questions
from question_bank.drafting.api import build_candidates
from question_bank.drafting.builders import item_label, reads_whole, sentence_drafts
from question_bank.drafting.facts import read_facts
from question_bank.drafting.volume import one_clause
from question_bank.models import QUESTION_TYPES

REVOLT = ("The Salt Marsh Revolt\n\n"
          "In 1702 the fishermen of Varn refused to pay the new salt tax. The governor sent soldiers to the harbour, "
          "and the fishermen burned the customs house. Heavy storms had ruined the spring catch, and many families "
          "were already in debt. When the soldiers arrived, the crowd scattered into the marshes. The revolt ended "
          "in 1704 with a pardon from the governor.\n\n"
          "Tomas Brel led the fishermen during the second year. I think the revolt was brave and the governor "
          "was cruel to the families. By Thursday the harbour was quiet again and the boats went out to sea.\n")

ORSA = ("The Kingdom of Orsa\n\n"
        "In 410 BC the city of Orsa rebelled against the empire of Tald. The rebels burned the royal granaries in "
        "405 BC. By 396 BC the empire had lost every province in the west. Orsa was finally conquered around 340 BC "
        "by the general Dovan.\n")


def _statements(text: str) -> dict[str, str]:
    """The find-the-sentence drafts of a text: the sentence each points to -> its statement."""
    result = suggest_questions(text)
    return {q.evidence.quote: q.statement for q in result.question_set.questions if q.type == "cite"}


def test_a_sentence_without_a_fact_to_blank_is_found_by_a_restatement():
    cites = _statements(REVOLT)
    # one clause of two: the student finds the sentence that says part of it
    assert cites["The governor sent soldiers to the harbour, and the fishermen burned the customs house."] == \
        "The fishermen burned the customs house."
    # a leading clause of time moves to the end
    assert cites["When the soldiers arrived, the crowd scattered into the marshes."] == \
        "The crowd scattered into the marshes when the soldiers arrived."


def test_no_restatement_in_the_writers_voice_or_by_a_weekday():
    quotes = " ".join(_statements(REVOLT))
    assert "I think" not in quotes  # the writer's opinion is no fact of the history
    assert "By Thursday" not in quotes  # which Thursday? The student cannot place it


def test_one_clause_takes_a_clause_that_stands_alone():
    assert one_clause("Yellow fever killed workers by the thousands, and landslides filled the cuts again.") == \
        "Landslides filled the cuts again."
    # the later clause leans on a pronoun: the first one is taken
    assert one_clause("The Chinese had many more soldiers, but their weapons and ships were old.") == \
        "The Chinese had many more soldiers."
    assert one_clause("The friars banned the dances of the villages.") is None  # one clause: no part to find


def test_a_year_bc_is_asked_with_choices_written_in_its_era():
    facts = read_facts(ORSA)
    by = next(sf for sf in facts.sentences if sf.text.startswith("By 396 BC"))
    drafts = sentence_drafts(facts, by, {"multiple_choice", "short_answer"})
    mc = next(d for d in drafts if d.type == "multiple_choice" and d.answer == "396 BC")
    wrong = [c["text"] for c in mc.question["choices"] if not c["correct"]]
    assert wrong and all(w.endswith(" BC") for w in wrong)
    # "by 396 BC": a later year (a smaller number) would be as true, so only earlier ones are wrong choices
    assert all(int(w.split()[0]) > 396 for w in wrong), wrong
    sa = next(d for d in drafts if d.type == "short_answer" and d.answer == "396 BC")
    assert "396 BCE" in sa.question["accepted"] and "396 B.C." in sa.question["accepted"]


def test_a_hedged_year_bc_is_not_asked_as_one_year():
    facts = read_facts(ORSA)
    around = next(sf for sf in facts.sentences if "around 340 BC" in sf.text)
    drafts = sentence_drafts(facts, around, {"multiple_choice", "short_answer"})
    assert not [d for d in drafts if d.answer == "340 BC"]


def test_no_which_happened_in_year_drafts():
    text = ("The Harbour Years\n\n"
            "In 1850 the merchants of Pell built a new harbour wall. In 1850 the town council opened a fish market. "
            "In 1850 the first steamship reached the harbour. In 1862 a fire destroyed the old warehouses. "
            "In 1862 the council bought two new cranes. In 1875 the railway reached the town. In 1875 the mayor "
            "Ida Sorn opened a school for sailors. In 1890 the harbour was made deeper.\n")
    facts = read_facts(text)
    candidates = build_candidates(facts, list(QUESTION_TYPES))
    assert not [d for d in candidates if "happened in" in d.question.get("prompt", "")]


def test_an_ordering_item_is_a_whole_event():
    text = ("The Long Treaty\n\n"
            "In 1620 the duke signed the first charter, as the Charter of Venn of 1588 had allowed. "
            "In 1631 a fleet of some 90 ships carried about 3,000 Danish, Swedish and Scottish soldiers to the coast. "
            "In 1634 the council of Arno did the same again. "
            "In 1640 a trading company led by Piet Oster. "
            "In 1641 hundreds of farmers gathered here to hear the treaty read. "
            "In 1650 the council of Arno signed the Long Treaty with the duke.\n")
    facts = read_facts(text)
    labels = {}
    for sf in facts.sentences:
        for d in sf.dates:
            labels[d.text] = item_label(facts, sf, d)
    assert labels["1631"] is None  # cut in the middle of a list ("about 3,000 Danish")
    assert labels["1634"] is None  # "did the same again": the same as what?
    assert labels["1641"] is None  # "gathered here": the guide's "here"
    assert labels["1650"] == "The council of Arno signed the Long Treaty with the duke"
    sf = facts.sentences[0]
    assert not reads_whole(sf, "The Charter of Venn had allowed")  # a comparison ("as … had allowed"), no event
    assert not reads_whole(facts.sentences[3], "A trading company led by Piet Oster")  # no verb of its own


def test_a_name_of_unsure_kind_opening_its_sentence_is_typed_without_a_hint():
    text = ("The Siege of Kell\n\n"
            "In 1410 the army of Morv besieged the town of Kell for six months. The letters of Ostrigar tell of "
            "the hunger in the town. Ostrigar watched the siege from the walls of the old tower. The defenders "
            "surrendered in the spring of 1411.\n")
    result = suggest_questions(text, types=["short_answer"])
    typed = [q for q in result.question_set.questions if q.accepted == ["Ostrigar"]]
    assert typed and typed[0].prompt == "Fill in the blank: _____ watched the siege from the walls of the old tower."


BLOCKADE = ("The Berlin Blockade\n"
            "On 24 June 1948 the Soviet Union closed the roads to Berlin. "
            "On 26 June 1948 the first American planes landed at Tempelhof. "
            "On 12 May 1949 the Soviet Union lifted the blockade.\n")


def test_the_pickers_trades_keep_the_only_draft_of_a_type():
    from question_bank.drafting.builders import Draft
    from question_bank.drafting.select import select

    facts = read_facts(BLOCKADE)
    said = [sf.text for sf in facts.sentences]
    q = {"type": "multiple_select", "prompt": "Which of these does the text say?",
         "choices": [{"text": t, "correct": True} for t in said[:2]] + [{"text": "The blockade ended in 1950.",
                                                                         "correct": False}]}
    statements = Draft(q, "multiple_select", "statements", 0.8, (0, 1, 2), "; ".join(said[:2]), fact="said:0",
                       also=("0:s", "1:s"), shown=tuple((i, t) for i, t in enumerate(said)))
    singles = [Draft({"type": "short_answer", "prompt": f"When? ({i})", "answer": a}, "short_answer", "date", 0.8,
                     (i,), a, fact=f"{i}:{a}") for i, a in enumerate(["24 June 1948", "26 June 1948", "12 May 1949"])]
    chosen = select(facts, [statements, *singles], 10, ["multiple_select", "short_answer"])
    # three typed dates would be one draft more, but the set would lose its only multiple select
    assert "multiple_select" in {d.type for d in chosen}


def test_a_guides_words_are_never_shown_as_the_sentence_before():
    text = ("The Harbour Museum\n"
            "The harbour of Port Aven was built by merchants from the south in 1402.\n"
            "In front of you is a model of the quay as it stood in 1600. It cost the town council 200 pounds.\n")
    for q in suggest_questions(text).question_set.questions:
        assert "In front of you" not in q.model_dump_json(), q.id
