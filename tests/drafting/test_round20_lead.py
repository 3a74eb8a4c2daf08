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


# --- after set 20's blind rating (set 20 is seen from there): three drafts named a pronoun as the wrong person

EMPRESS = """Lin Mei, the Only Woman Khan of the North
Lin Hua, known to history as Lin Mei, was born in 824, the daughter of Lin Bo, a rich salt merchant. At the age of \
about fourteen she entered the palace of Emperor Taiqing as a servant.
When Taiqing died in 849, she was sent to a convent. Within a few years, however, his son, Emperor Daoming, brought \
her back to the palace. She quickly won his favour, and in 855 he made her empress.
Daoming was often ill, and from about 860 the empress took a growing part in government. She sat behind a screen at \
audiences and read state papers.
In 890 she took the throne herself. She died in 905."""

RANSOM = """The Fall of Quito
When the king Tupa died of smallpox around 1527, two of his sons, Huaman and Ataro, fought a civil war. Ataro had \
just won it when the Spanish soldier Diego Ortiz arrived with about 168 men. On 16 November 1532 the Spaniards took \
Ataro prisoner in a surprise attack. He offered to fill a room with gold for his freedom, but the Spaniards killed \
him in July 1533.
Resistance went on for decades in the mountains.
The last ruler was captured in 1572.
The city was rebuilt in stone."""


def test_a_she_is_never_a_man_the_text_titles_emperor():
    # set 20's Wu Zetian: "She sat behind a screen …" was named "She [Gaozong]"
    facts = read_facts(EMPRESS)
    assert phrasing.titled_sex(facts, "Daoming") == "m"
    for start in ("She quickly won", "She sat behind", "When Taiqing died", "At the age of about fourteen"):
        ante = phrasing.antecedent(facts, _sentence(facts, start))
        assert ante is None or ante.name == "Lin Mei", (start, ante)
    shown = _shown(EMPRESS)
    assert "[Daoming]" not in shown and "Daoming sat behind" not in shown and "[Taiqing]" not in shown


def test_a_life_whose_first_sentence_says_known_as_the_titles_name_has_that_subject():
    facts = read_facts(EMPRESS)
    assert phrasing.text_subject(facts) == ("Lin Mei", frozenset({"Lin Mei", "Lin Hua"}))
    # only men stand before "she" in the sentence ("When Taiqing died in 849, she …"): she is the life's subject
    assert phrasing.antecedent(facts, _sentence(facts, "When Taiqing died")).name == "Lin Mei"


def test_people_named_after_a_plural_role_are_people():
    # set 20's Inca page: "He offered to fill a room …" was named "He [Francisco Pizarro]", Atahualpa being read as no
    # person in "two of his sons, Huáscar and Atahualpa"
    facts = read_facts(RANSOM)
    kinds = {n.text: n.kind for sf in facts.sentences for n in sf.names}
    assert kinds["Huaman"] == "person"
    assert phrasing.antecedent(facts, _sentence(facts, "He offered")).name != "Diego Ortiz"
    assert "[Diego Ortiz]" not in _shown(RANSOM)


# --- after set 21's blind rating (set 21 is seen from there): a span's wrong options the prompt rules out

REIGNS = """The Kingdom of Osu
The kingdom of Osu was founded around 1701 by Tano, who united several chiefdoms. Under Kofi Ware, who ruled from \
about 1720 to 1750, Osu conquered its neighbours. In 1824 Osu defeated a British army at Nsamankow. In 1874 a \
British army burned the capital, and in 1901 the kingdom was annexed. The Great Revolt lasted from 1850 to 1864, and \
the railway was built between 1898 and 1903.
The palace was rebuilt in 1921.
The kingdom's gold trade grew after 1730.
Its markets drew traders from 1740."""


def _date_options(text: str, blank_after: str) -> list[list[str]]:
    out = []
    for q in suggest_questions(text).question_set.questions:
        d = q.model_dump(mode="json")
        if d["type"] == "multiple_choice" and blank_after in d["prompt"]:
            out.append([c["text"] for c in d["choices"]])
    return out


def test_a_span_opened_with_a_hedge_keeps_its_wrong_options_after_its_start_and_within_reach():
    from question_bank.drafting.distractors import date_distractors
    from question_bank.drafting.facts import read_facts as rf

    facts = rf(REIGNS)
    sf = _sentence(facts, "Under Kofi Ware")
    end = next(m for m in sf.dates if m.text == "1750")
    options = [d.text for d in date_distractors(facts, sf, end)]
    # "from about 1720 to _____": never 1701 (before the span opens), nor 1874 or 1901 (a reign of 154 or 181 years)
    assert not {"1701", "1874", "1901"} & set(options), options
    for choices in _date_options(REIGNS, "from about 1720 to _____"):
        assert not {"1701", "1874", "1901"} & set(choices), choices
