"""Round 14 (issue 16, sets 8-13's broken wording, wrong labels and nonsense swaps): a false statement of the wrong
sex, a fraction swapped where no other fraction reads, a swapped name the sentence names again, a year range, a hint
that is not the answer's kind, and reworded statements that are no sentence. Each test drafts a short text written
here."""

from __future__ import annotations

import re

from question_bank.drafting import suggest_questions
from question_bank.drafting.api import _check_types, build_candidates
from question_bank.drafting.facts import read_facts


def _drafts(text: str) -> list[dict]:
    return [q.model_dump(mode="json", exclude_none=True) for q in suggest_questions(text).question_set.questions]


def _statements(qs: list[dict]) -> list[str]:
    """Every statement a student judges or finds: true/false prompts, cite statements, multiple-select choices."""
    out = [q["prompt"] for q in qs if q["type"] == "true_false"]
    out += [q["statement"] for q in qs if q["type"] == "cite"]
    out += [c["text"] for q in qs if q["type"] == "multiple_select" for c in q["choices"]]
    return out


def _candidates(text: str) -> list[dict]:
    """Every draft the picker weighs, kept or not."""
    return [d.question for d in build_candidates(read_facts(text), _check_types(None))]


CURIE = """Marie Curie
Marie Sklodowska was born in Warsaw on 7 November 1867. In 1891 she moved to Paris to study physics at the Sorbonne.
Marie chose for her research the strange rays given off by uranium, which Henri Becquerel had discovered in 1896. She named this property radioactivity.
In 1903 Marie and Pierre Curie shared the Nobel Prize in Physics with Becquerel. Marie was the first woman to win a Nobel Prize. Three years later, on 19 April 1906, Pierre was killed in a Paris street. Marie took over his teaching post and became the first woman to teach at the Sorbonne.
"""


def test_no_man_is_made_the_first_woman():
    said = _statements(_drafts(CURIE))
    assert said
    bad = [s for s in said if re.search(r"\b(?:Becquerel|Pierre)\b[^.;]*\bfirst woman\b", s)]
    assert not bad, bad


CAESAR = """The Ides of March
Julius Caesar crossed the Rubicon in January 49 BC. He defeated Pompey at Pharsalus in 48 BC.
On 15 March 44 BC the Senate met in a hall beside the Theatre of Pompey. Caesar's wife, Calpurnia, had dreamed of disaster and begged him to stay at home. Soon after Caesar sat down, the plotters surrounded him and stabbed him 23 times.
Mark Antony spoke at the funeral in 44 BC, and in 43 BC Octavian formed the Second Triumvirate.
"""


def test_a_wife_is_not_swapped_in_where_the_sentence_says_him():
    said = _statements(_drafts(CAESAR))
    assert not [s for s in said if "Calpurnia sat down" in s]


SPAIN = """The Spanish Civil War
On 14 April 1931 the Second Spanish Republic was proclaimed. On 17 July 1936 army officers in Spanish Morocco rebelled against the government.
Germany and Italy sent troops and aircraft to Franco. The Soviet Union sent tanks and aircraft to the Republic, while Britain and France followed a policy of non-intervention.
The war cost about half a million lives.
The winter of 1946 to 1947 was one of the coldest on record.
"""


def test_a_swapped_name_is_not_named_again_by_the_sentence():
    said = _statements(_candidates(SPAIN))
    assert said
    assert not [s for s in said if re.search(r"Republic sent tanks and aircraft to the Republic", s)], said


def test_one_year_of_a_range_is_not_swapped():
    said = _statements(_candidates(SPAIN))
    assert not [s for s in said if re.search(r"winter of \d{4} to (?!1947)\d{4}|winter of (?!1946)\d{4} to 1947", s)]


LABELS = """Russia after the Revolution
In March 1921 sailors at the naval base of Kronstadt rebelled against the Bolsheviks. In the same month Lenin announced the New Economic Policy, which allowed peasants to sell some of their grain for profit.
Byzantine emperors were crowned in Hagia Sophia in Constantinople, and it was the church of the Patriarch of Constantinople. In January 1851 Hong Xiuquan proclaimed the Taiping Heavenly Kingdom, meaning the Heavenly Kingdom of Great Peace.
On 20 July 1969 the lunar module Eagle landed on the Moon. Then the voice of Neil Armstrong reached Mission Control in Houston.
"""


def test_a_hint_is_given_only_of_the_answers_kind():
    qs = [q for q in _drafts(LABELS) if q["type"] == "short_answer"]
    wrong = {"New Economic Policy": ("a place", "a country"), "Patriarch of Constantinople": ("a place", "a country"),
             "Heavenly Kingdom of Great Peace": ("a place", "a country"), "Mission Control": ("an event",)}
    asked = [q for q in qs if q["accepted"][0] in wrong]
    assert asked  # some of them are still asked, without a wrong hint
    for q in asked:
        for word in wrong[q["accepted"][0]]:
            assert f"({word})" not in q["prompt"], q["prompt"]
