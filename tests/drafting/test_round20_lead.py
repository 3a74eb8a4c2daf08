"""Round 20 of issue 16, the lead's fixes after set 19's blind rating (set 19 is seen from there), on made-up texts:
a "he" after a sentence whose second clause brings in a man whose full name is not sure is no one (not the first
clause's man); a title that is one person's name makes that person the text's subject even when the text never
made the name sure, and the surname two of its people share is that subject; a "she" of a leading "when" clause
that the main clause names is not named again ("When Ada Lowe was seventeen, Ada met"); a name the text reads as
two kinds (a person here, a city elsewhere) is asked by no multiple choice of people; and a name written family
name first ("Yuan Shikai", called "Yuan") does not accept its given name alone."""

from __future__ import annotations

from question_bank.drafting import phrasing, suggest_questions
from question_bank.drafting.facts import read_facts

LIFE = """Li Wen-tao
Li Wen-tao, the reformer who is remembered as the father of the new schools, was born on 3 May 1860 in the village \
of Hanli. In 1875 he went to join his elder brother Li Pei in Canton, where he studied at a mission school.
Li trained as a teacher and opened his first school in 1888. However, the army was controlled by the general Chen \
Baoshan, so to win Chen's help, Li handed the school board to him in 1898.
Chen soon ruled the province as a dictator, and Li again went into exile. From 1901 he tried to found a rival \
college in Macau. He died of fever in Macau on 9 June 1911, and in 1920 his body was placed in a tomb in Hanli."""

REPUBLIC = """The Wei Revolt
In 1898 the general Chen Baoshan and the teacher Li Wen-tao met at Hanli, where his brother Li Pei lived.
Chen soon ruled the province as a dictator, and Li again went into exile. From 1901 he tried to found a rival \
college in Macau. The revolt ended in 1905 when the governor was recalled.
The province was split into two in 1910 and joined the republic in 1912."""

ADA = """Ada Lowe
Ada Lowe was born in Leeds in 1815 and was taught at home by her mother. In June 1833, when she was seventeen, Ada \
met the engineer Thomas Hale at a party in London. Soon afterwards he showed her a model of his steam loom.
From 1840 the mathematician Augustus Morley taught her by letter. She died in 1852."""

ESCAPE = """Jon Harl
Jon Harl was born a slave in Kessa in 1801. When he was about eight, Jon was sent to Baltimore to work in the house \
of a merchant.
On 3 September 1822 he escaped by train to New York. Mary Dell, a free Black woman from Baltimore who had helped \
him plan the escape, joined him there, and they married on 15 September.
In 1830 the couple moved to Boston, where Harl became a printer. He died there in 1870."""


def _sentence(facts, start: str):
    return next(sf for sf in facts.sentences if sf.text.startswith(start))


def _shown(text: str) -> str:
    return "\n".join(q.model_dump_json() for q in suggest_questions(text).question_set.questions)


def test_a_he_after_two_clauses_is_not_the_first_clauses_man():
    # set 19's Sun Yat-sen: "Yuan soon ruled as a dictator, and Sun again went into exile. From 1917 he tried …" was
    # named "he [Yuan Shikai]"; here the text is no one's life, and "Li" may be Li Wen-tao or Li Pei
    facts = read_facts(REPUBLIC)
    assert phrasing.antecedent(facts, _sentence(facts, "From 1901 he tried")) is None
    assert "[Chen Baoshan]" not in _shown(REPUBLIC)


def test_a_life_titled_by_its_subject_names_its_he_by_the_subject():
    facts = read_facts(LIFE)
    assert phrasing.text_subject(facts) is not None and phrasing.text_subject(facts)[0] == "Li Wen-tao"
    for start in ("From 1901 he tried", "He died of fever", "In 1875 he went"):
        ante = phrasing.antecedent(facts, _sentence(facts, start))
        assert ante is not None and ante.name == "Li Wen-tao", start
    shown = _shown(LIFE)
    assert "[Chen Baoshan]" not in shown and "Chen Baoshan died" not in shown and "Chen Baoshan tried" not in shown


def test_a_she_the_main_clause_names_is_not_named_again():
    facts = read_facts(ADA)
    assert phrasing.antecedent(facts, _sentence(facts, "In June 1833, when she")) is None
    assert "Ada Lowe was seventeen, Ada" not in _shown(ADA)
    assert "she [Ada Lowe] was seventeen" not in _shown(ADA)
    # a "he" of a "when" clause whose main clause opens with another word is still named as before
    facts = read_facts(ESCAPE)
    assert phrasing.antecedent(facts, _sentence(facts, "On 3 September 1822 he")).name == "Jon Harl"


def test_a_city_read_as_a_person_once_is_no_multiple_choice_of_people():
    result = suggest_questions(ESCAPE)
    for q in result.question_set.questions:
        d = q.model_dump(mode="json")
        if d["type"] == "multiple_choice" and any(c["correct"] and c["text"] == "Baltimore" for c in d["choices"]):
            assert not {"Mary Dell", "Jon Harl", "Harl", "Dell"} & {c["text"] for c in d["choices"]}, d


def test_a_name_written_family_name_first_does_not_accept_the_given_name():
    accepted = [a for q in suggest_questions(LIFE).question_set.questions
                for a in q.model_dump(mode="json").get("accepted", [])]
    text = _shown(LIFE)
    assert "Baoshan\"" not in text.replace("Chen Baoshan\"", "")
    assert "Baoshan" not in accepted
