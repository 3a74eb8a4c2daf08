"""Issue 16, round 10: a pronoun in what the student sees named as the person or group it means (the text's
subject, a pair, a counted group), never as the wrong one; relative dates placed from the date they count from.
Made-up texts only; none is copied from an eval set."""

from __future__ import annotations

from question_bank.drafting import suggest_questions
from question_bank.drafting.builders import absolute_lead, sentence_drafts, sentence_quality
from question_bank.drafting.facts import read_facts
from question_bank.drafting.phrasing import antecedent, late_antecedent, thing_antecedent


def _sentence(facts, start: str):
    for sf in facts.sentences:
        if sf.text.startswith(start):
            return sf
    raise AssertionError(f"no sentence opens {start!r}")


def _shown(text: str) -> str:
    out = []
    for q in suggest_questions(text).question_set.questions:
        out.append(q.prompt)
        out.append(getattr(q, "statement", None) or "")
        if q.type == "cloze":
            out.append(q.shown_text())
        out += [c.text for c in getattr(q, "choices", None) or []]
        out += [i.text for i in getattr(q, "items", None) or []]
    return "\n".join(out)


LIFE = (
    "Samuel Okafor, Printer of Lagos\n\n"
    "Samuel Okafor was born in Onitsha in March 1851 and was named Samuel Chike Okafor. He hardly knew his "
    "mother, Grace Okafor, who died when he was six. He was raised by his grandmother, Ruth Eze.\n\n"
    "When he was about ten, Samuel was sent to Lagos to work in the shop of a trader. Samuel learned to set type "
    "at night, trading fish for lessons.\n\n"
    "On 3 June 1872, dressed as a porter and carrying letters borrowed from a kind Yoruba clerk, he sailed by "
    "steamer to Accra. In 1875 he opened a printing house in Accra, and in 1879 he printed the first newspaper "
    "of the Gold Coast.\n\n"
    "In 1880 the governor, Sir Henry Blake, closed the newspaper. In 1882 he moved back to Lagos. Okafor died "
    "in Lagos on 9 May 1901."
)


def test_a_he_no_rule_placed_is_the_texts_subject_when_no_other_man_is_in_reach():
    facts = read_facts(LIFE)
    sailed = _sentence(facts, "On 3 June 1872")
    held, ante = late_antecedent(facts, sailed)
    # the clerk is "a kind Yoruba clerk": no name and no man's noun of the lists, and "a porter" is his role
    assert held and ante is not None and ante.name == "Samuel Okafor"
    prompts = [d.question["prompt"] for d in sentence_drafts(facts, sailed, {"multiple_choice", "short_answer"})]
    assert prompts and all("he [Samuel Okafor] sailed" in p for p in prompts)
    opened = _sentence(facts, "In 1875 he opened")
    lead = antecedent(facts, opened)
    assert lead is not None and lead.name == "Samuel Okafor"  # the nearest man named before is Samuel alone


def test_a_he_after_another_man_is_named_is_never_the_subject():
    facts = read_facts(LIFE)
    moved = _sentence(facts, "In 1882 he moved")
    # "the governor, Sir Henry Blake" is a second man in reach, Samuel the "he" of the paragraph before: the "he"
    # may be either, so no one is named (before this round: Henry Blake)
    assert antecedent(facts, moved) is None
    shown = _shown(LIFE)
    assert "Samuel Okafor moved" not in shown and "Henry Blake moved" not in shown and "[Henry Blake]" not in shown


def test_the_subject_rule_needs_the_text_to_be_about_one_person_of_that_sex():
    text = LIFE.replace("Samuel Okafor, Printer of Lagos", "Printing in West Africa")
    facts = read_facts(text)
    held, ante = late_antecedent(facts, _sentence(facts, "On 3 June 1872"))
    assert ante is None  # no title naming one person: no subject to name


PAIR = (
    "The Union of the Two Crowns\n\n"
    "In 1469 the rulers of two kingdoms married at Valdora. On 2 January 1481 John Marsh and Mary Holt entered "
    "the city of Marena after a long siege. In May 1481, at Marena, they agreed to pay for a voyage of Pedro "
    "Salas to the west.\n\n"
    "On 5 March 1482 John Marsh and Mary Holt expelled the merchants of Tyrel from the kingdom. They sailed to Corvo "
    "in the summer of 1482."
)


def test_a_leading_they_after_a_pair_of_people_is_that_pair():
    facts = read_facts(PAIR)
    ante = thing_antecedent(facts, _sentence(facts, "In May 1481"))
    assert ante is not None and ante.name == "John Marsh and Mary Holt"
    # "… expelled the merchants … They sailed …": the merchants may be "they", so no one is named
    assert thing_antecedent(facts, _sentence(facts, "They sailed")) is None


TROOPS = (
    "The Landing at Keln\n\n"
    "On 9 May 1917 the fleet of Ostmark landed an army on the beaches of Keln. About 42,000 Ostmark soldiers "
    "reached the shore by boat that day. Of them, some 30,000 came from Ostmark, 8,000 from Varn and 4,000 from Holm.\n\n"
    "The army of Keln held the hills, and 5,000 prisoners were taken by the evening of 10 May 1917. Most of them "
    "were sent to camps near the capital."
)


def test_of_them_after_a_counted_group_names_the_group():
    facts = read_facts(TROOPS)
    ante = thing_antecedent(facts, _sentence(facts, "Of them"))
    assert ante is not None and ante.name == "the 42,000 Ostmark soldiers"
    prompts = [d.question["prompt"] for d in sentence_drafts(facts, _sentence(facts, "Of them"),
                                                             {"multiple_choice", "short_answer", "numeric"})]
    assert prompts and all("Of them [the 42,000 Ostmark soldiers], some" in p for p in prompts)


def test_of_them_no_rule_names_leans_on_the_sentence_before():
    facts = read_facts(TROOPS)
    sf = _sentence(facts, "Most of them")
    assert thing_antecedent(facts, sf) is None  # the army and the prisoners: either may be "them"
    _, notes, _ = sentence_quality(facts, sf)
    assert "starts with a pronoun" in notes


REPORT = (
    "Truce at Orvel\n\n"
    "ORVEL, Dalmar, 14 August 1921. A truce was signed here this morning between the two armies.\n\n"
    "The talks had lasted a year. Last month the rebel leader, Ivo Stanek, set free 3,000 prisoners. Last year "
    "the two sides fought at the river Mura. Yesterday the guns fell silent along the front."
)


def test_a_reports_dateline_places_last_month_and_yesterday_in_any_paragraph():
    facts = read_facts(REPORT)
    lead = absolute_lead(facts, _sentence(facts, "Last month"))
    assert lead is not None and lead[2] == "In July 1921 "
    lead = absolute_lead(facts, _sentence(facts, "Last year"))
    assert lead is not None and lead[2] == "In 1920 "
    lead = absolute_lead(facts, _sentence(facts, "Yesterday"))
    assert lead is not None and lead[2] == "On 13 August 1921 "
    assert "Last month" not in _shown(REPORT)


YEARS = (
    "The Kingdom of Marr\n\n"
    "In 1302 King Osric died at Dunholt, and his young son Edwin was crowned. For the next six years the regent "
    "Aldred ruled in the king's name. In 1308 Edwin took power himself.\n\n"
    "Edwin fought the Danes for many years. On 3 May 1330 the Danes burned Dunholt. A year later Edwin made "
    "peace with the Danes at Ravensey, and he died there on 9 June 1331."
)


def test_for_the_next_years_counts_from_the_one_year_of_the_sentence_before():
    facts = read_facts(YEARS)
    lead = absolute_lead(facts, _sentence(facts, "For the next six years"))
    assert lead is not None and lead[2] == "From 1302, for"
    assert "For the next" not in _shown(YEARS)


def test_a_year_later_goes_when_the_sentence_gives_its_own_date():
    facts = read_facts(YEARS)
    lead = absolute_lead(facts, _sentence(facts, "A year later"))
    assert lead is not None and lead[2] == "E"  # "Edwin made peace …": its own date places it
    assert "A year later" not in _shown(YEARS)


def test_a_count_of_minutes_later_is_a_relative_date():
    text = ("The Raid on Holm\n\n"
            "At dawn on 2 July 1916 a mine went up under the line at Holm. Ten minutes later, at half past five, "
            "the whistles blew and the first wave of 3,000 men climbed out. By noon the village of Holm was taken.")
    facts = read_facts(text)
    _, notes, _ = sentence_quality(facts, _sentence(facts, "Ten minutes later"))
    assert "relative date" in notes


RULER = (
    "Osric the Great, King of Marr\n\n"
    "Osric, the second king of Marr, was born in 1290 at Dunholt. His guardian was Aldred, who had served his "
    "father. For the next six years Aldred ruled in the king's name. In 1308 Osric dismissed him and sent him to "
    "a monastery.\n\n"
    "In 1312 Osric married a daughter of the Danish lord Harald of Ribe. Harald's grandson, Sven, became one of "
    "his generals. In 1320 Osric made him an earl."
)


def test_a_him_the_subject_acts_on_is_the_one_other_man_of_the_sentence_before():
    facts = read_facts(RULER)
    ante = antecedent(facts, _sentence(facts, "In 1308 Osric dismissed him"))
    # "the king" is Osric's own title (the first sentence gives it), so Aldred is the one other man in reach
    assert ante is not None and ante.name == "Aldred"
    # "Harald's grandson, Sven": two men in the sentence before, so the "him" Osric made an earl is not named
    assert antecedent(facts, _sentence(facts, "In 1320 Osric made him")) is None
    held, late = late_antecedent(facts, _sentence(facts, "In 1320 Osric made him"))
    assert late is None


def test_a_he_whose_own_clause_names_the_subject_is_the_other_man():
    text = LIFE.replace("In 1882 he moved back to Lagos.", "In 1882 he trusted Samuel Okafor again and let him "
                        "print in Accra.")
    facts = read_facts(text)
    ante = antecedent(facts, _sentence(facts, "In 1882 he trusted"))
    assert ante is not None and ante.name == "Henry Blake"  # "he trusted Samuel Okafor": not Samuel himself


def test_a_letters_dateline_places_last_weekday_and_a_month_of_last_year():
    text = ("A Letter from Port Arvel\n\n"
            "Port Arvel, Norland, 18 November 1849. My dear sister, I write to tell you that I am well.\n\n"
            "In January of last year a miner named Paul Drew found silver in the hills above the port. Last "
            "Tuesday the people voted on a charter written at Velden, and it bans slavery in Norland.")
    facts = read_facts(text)
    lead = absolute_lead(facts, _sentence(facts, "In January of last year"))
    assert lead is not None and lead[2] == "In January 1848 "
    lead = absolute_lead(facts, _sentence(facts, "Last Tuesday"))
    # 18 November 1849 was a Sunday: the Tuesday before (13th) or the one before that (6th), both in November
    assert lead is not None and lead[2] == "In November 1849 "
    prompts = [d.question["prompt"] for d in sentence_drafts(facts, _sentence(facts, "Last Tuesday"),
                                                             {"multiple_choice", "short_answer"})]
    assert prompts and all(p.split(": ", 1)[-1].startswith("In November 1849 the people voted") for p in prompts)


def test_a_he_placed_as_the_subject_carries_the_subject_on():
    text = ("Samuel Okafor, Printer of Lagos\n\n"
            "Samuel Okafor was born in Onitsha in March 1851. In 1871 he worked for the printer John Reed, who "
            "taught him to set type. Because the shop closed in 1872, he went home to Onitsha. In 1880 friends in Accra paid "
            "his debts for £40.")
    facts = read_facts(text)
    assert antecedent(facts, _sentence(facts, "Because the shop")).name == "Samuel Okafor"  # as before this round
    # the nearest sentence that speaks of a man is the one whose "he" is Samuel, not John Reed's, two back
    held, ante = late_antecedent(facts, _sentence(facts, "In 1880 friends"))
    assert held and ante is not None and ante.name == "Samuel Okafor"


def test_a_word_of_the_subjects_name_not_read_as_a_name_still_names_the_subject():
    text = ("Samuel Okafor, Printer of Lagos\n\n"
            "Samuel Okafor was born in Onitsha in March 1851. In 1871 he worked for the printer John Reed, who taught "
            "him to set type. Samuel left the shop in 1872.\n\n"
            "In 1875 he opened a printing house in Accra.")
    facts = read_facts(text)
    assert not _sentence(facts, "Samuel left").names  # the reader takes no name there
    ante = antecedent(facts, _sentence(facts, "In 1875 he opened"))
    assert ante is not None and ante.name == "Samuel Okafor"
