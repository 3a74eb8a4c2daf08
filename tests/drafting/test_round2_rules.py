"""Rules of the second round of issue 16, each on a small text written for the test (never an eval text)."""

from __future__ import annotations

from question_bank.drafting import suggest_questions
from question_bank.drafting.builders import answerable
from question_bank.drafting.facts import read_facts
from question_bank.drafting.phrasing import antecedent, paraphrase


def test_a_guessed_name_after_the_or_ending_in_a_weekday_is_not_a_person():
    facts = read_facts("The Silver Charter eased the strain on farmers in 1935. "
                       "On 12 May, Grey Monday, the markets fell. Leading Banks together proved hard. "
                       "The plan was drafted by Kato Ren in 1936.")
    people = {e.display for e in facts.entities.values() if e.kind == "person"}
    assert "Silver Charter" not in people and "Grey Monday" not in people and "Leading Banks" not in people
    assert "Kato Ren" in people  # "drafted by Kato Ren": nothing says it is not a person


def test_he_is_not_resolved_to_a_woman_nor_past_the_sentence_own_he():
    text = ("Tomas Vega was born in Lima in 1790. In 1810 he went to Madrid. There he married Maria Lopez, "
            "but she died a year later. Back home, he swore to free his country.")
    facts = read_facts(text)
    last = facts.sentences[-1]
    ante = antecedent(facts, last)
    assert ante is None or ante.name != "Maria Lopez"
    text2 = "Clara Holm studied in Oslo. In 1901 he won a prize for painting."
    facts2 = read_facts(text2)
    ante2 = antecedent(facts2, facts2.sentences[-1])
    assert ante2 is None


def test_a_false_statement_never_swaps_in_a_place_the_text_says_was_also_attacked():
    text = ("On 3 March the army attacked Harbor Point, a port on the coast. The attack on Harbor Point caused great damage. "
            "That night the army attacked Stone Bay. That night the army attacked Green Island. "
            "The next morning the army attacked Red Cape. The fleet sailed home from Blue Sound in April.")
    for _ in range(1):
        qs = suggest_questions(text).question_set.questions
        for q in qs:
            if q.type == "true_false" and q.answer is False and "That night the army attacked" in q.prompt:
                assert "Harbor Point" not in q.prompt, q.prompt


def test_shares_years_in_a_list_and_datelines_are_not_asked():
    facts = read_facts("PORT ELLEN, Scotland, May 2, 1911 -- The first boat sailed today from the harbour. "
                       "About one man in four had no work, and the crews tested boats in 1905, 1906 and 1907.")
    first, second = facts.sentences
    assert not any(answerable(first, m) for m in first.names if m.text == "PORT ELLEN")
    one = next(m for m in second.numbers if m.text.lower() == "one")
    assert not answerable(second, one)
    assert not any(answerable(second, d) for d in second.dates if d.granularity == "year")


def test_a_leading_phrase_of_time_moves_to_the_end_of_a_reworded_statement():
    facts = read_facts("In 1853 the naval officer Matthew Perry sailed into the bay with four warships.")
    assert paraphrase(facts, facts.sentences[0]) == \
        "The naval officer Matthew Perry sailed into the bay with four warships in 1853."
