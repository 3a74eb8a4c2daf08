"""A titled surname of the other sex than a full name's given names is another person (issue 16, after set 10's
blind rating: "Augusta Ada Byron was born …, the only child of the poet Lord Byron … He died in Greece in 1824"
was drafted as "He [Augusta Ada Byron] died in Greece", her father's death given to her; the titled "Byron" had
been tied to her full name as a surname). Made-up texts, not the eval text."""

from __future__ import annotations

import re

from question_bank.drafting import suggest_questions
from question_bank.drafting.facts import read_facts

LIFE = ("Clara Vane, Engineer\n\n"
        "Clara Maud Vane was born in Leeds on 3 March 1841, the only child of the painter Lord Vane and his wife, "
        "Ellen Hart. In June 1842 Vane left England for good. He died in Rome in 1850, when she was nine.\n"
        "Clara Maud Vane studied mathematics with the engineer Thomas Reed from 1856. In 1860 she designed a "
        "bridge over the river Aire, and in 1864 she built a pumping station for the town of Hull.\n"
        "She married the printer Samuel Cole in 1866. She died in London on 2 May 1890.\n")


def _shown(text: str) -> list[str]:
    shown = []
    for q in suggest_questions(text).question_set.questions:
        d = q.model_dump(mode="json", exclude_none=True)
        shown += [d["prompt"], d.get("statement", "")]
        shown += [c["text"] for c in d.get("choices", [])] + [i["text"] for i in d.get("items", [])]
        shown += [p["left"] + " -> " + p["right"] for p in d.get("pairs", [])]
        shown += d.get("accepted", []) and [" | ".join(d["accepted"]) + " :: " + d["prompt"]]
        if d["type"] == "cloze":
            shown.append(q.shown_text())
    return shown


def test_a_lord_of_her_surname_is_her_father_not_her():
    facts = read_facts(LIFE)
    titled = [m for sf in facts.sentences for m in sf.names if m.text == "Vane" and m.extra.get("title")]
    bare = [m for sf in facts.sentences for m in sf.names if m.text == "Vane" and not m.extra.get("title")]
    assert titled and all(m.key == "Lord Vane" for m in titled)
    # "Vane left England" alone could be either: tied to no one (never a guess)
    assert bare and all(m.key != "Clara Maud Vane" for m in bare)
    for line in _shown(LIFE):
        # her father's life is never told as hers
        assert not re.search(r"\b[Hh]e \[Clara", line), line
        assert not ("Rome" in line and "Clara" in line), line
        assert not re.search(r"Clara Maud Vane (?:left England|died in Rome)", line), line


def test_a_title_of_her_own_sex_is_still_her():
    text = LIFE.replace("the painter Lord Vane", "the painter Henry Vane").replace(
        "She married", "In 1865 Lady Vane opened a school. She married")
    facts = read_facts(text)
    lady = [m for sf in facts.sentences for m in sf.names if m.text == "Vane" and m.extra.get("title") == "Lady"]
    assert lady and all(m.key != "Lady Vane" for m in lady)


# "Ieyasu handed the title of shogun to his son Hidetada": the text writes "Tokugawa Ieyasu", family name first, so
# the son is no "Hidetada Ieyasu" (round 11's reshuffled picks showed that accepted answer on set 4's Sekigahara)
SHOGUN = ("The Founding of the Asano Shogunate\n\n"
          "In 1590 the warlord Asano Kiyomasa won the war for the eastern plain. Kiyomasa made the town of Mito his "
          "seat in 1592. Kiyomasa handed the title of shogun to his son Tadanori in 1601, but he kept the real "
          "power until his death in 1609.\n")


def _mention(facts, text):
    for sf in facts.sentences:
        for m in sf.names:
            if m.text == text:
                return sf, m
    raise AssertionError(f"{text!r} not read as a name")


def test_a_son_named_after_a_family_name_written_first_is_not_given_his_fathers_given_name():
    from question_bank.drafting.builders import accepted_answers

    facts = read_facts(SHOGUN)
    sf, son = _mention(facts, "Tadanori")
    accepted = accepted_answers(facts, sf, son)
    assert accepted[0] == "Tadanori"
    assert not any("Kiyomasa" in a for a in accepted), accepted


# After set 11's blind rating (set 11 seen from here): "The fleet … was commanded by Don John of Austria, the
# half-brother of King Philip II of Spain. He was only twenty-four" was drafted "He [Philip II of Spain] was only
# twelve": the commander was not read as a person, so the king looked like the only man in play.
FLEET = ("The Battle of Corvo\n\n"
         "The Battle of Corvo was fought on 3 May 1602 off the island of Corvo. The League was formed in 1600. Its "
         "main members were Portugal, the Republic of Genoa and the Duchy of Savoy. The fleet of the League was "
         "commanded by Don Pedro of Braga, the half-brother of King Manuel III of Portugal. He was only twenty-two "
         "years old at the time of the battle.\n"
         "On the evening of 4 May 1602, after a council led by Luis Ferro, a group of captains, some of them "
         "wounded, sailed for Lisbon. The victory was celebrated in Lisbon for a week.\n")


def test_a_name_with_a_kin_apposition_is_a_person_so_he_is_not_named_as_the_king():
    facts = read_facts(FLEET)
    pedro = [m for sf in facts.sentences for m in sf.names if m.text == "Don Pedro of Braga"]
    assert pedro and all(m.kind == "person" for m in pedro)
    for line in _shown(FLEET):
        assert "[Manuel III" not in line, line
        assert not re.search(r"Manuel III of Portugal (?:was only|\])", line), line


def test_a_list_after_a_name_is_no_description_of_it():
    shown = "\n".join(_shown(FLEET))
    # no matching or statement makes "the Republic of Genoa and the Duchy of Savoy" what Portugal is
    assert "Portugal -> the Republic of Genoa" not in shown
    # nor shortens the list to its first member ("The League's main members were Portugal.")
    assert not re.search(r"main members were Portugal\.", shown), shown
    facts = read_facts(FLEET)
    roles = [r.text for sf in facts.sentences for r in sf.roles if r.person.text == "Portugal"]
    assert not any("Genoa" in r for r in roles), roles


def test_a_subject_after_a_leading_phrase_is_not_dropped_as_an_apposition():
    from question_bank.drafting import phrasing

    facts = read_facts(FLEET)
    (sf,) = [sf for sf in facts.sentences if sf.text.startswith("On the evening of 4 May")]
    said = phrasing.paraphrase(facts, sf)
    assert said is None or "a group of captains" in said, said


# The false-content audit of sets 8-11 after round 11 (lead): a city accepted as a mayor's name, a month read into a
# name, a date split in a restatement, an item dated by its reason's date, a two-day range given one day.
CITY = ("The Opening of the Harlow Bridge\n\n"
        "The bridge between Dunmore and Harlow, the longest in the county, was opened on 4 May 1890 before great "
        "crowds. At the Harlow end the party was met by Mayor Peter Quill of Harlow, and the speeches went on for "
        "an hour. In July Quill meets the engineer Ada Byrne in secret at Kell. On 27 April he had laid the last "
        "stone.\n"
        "The town council had voted for the bridge because the old ferry had sunk in 1884. The fair was held on 9 "
        "and 10 June 1890 in the market square of Harlow. The bridge was painted red in 1895.\n")


def test_a_city_in_a_persons_name_is_still_the_city_and_the_name_before_of_is_accepted():
    from question_bank.drafting.builders import accepted_answers

    facts = read_facts(CITY)
    for sf in facts.sentences:
        for m in sf.names:
            if m.text == "Harlow":
                assert m.key != "Peter Quill of Harlow", sf.text
            if m.text == "Peter Quill of Harlow":
                assert "Peter Quill" in accepted_answers(facts, sf, m)
    for q in suggest_questions(CITY).question_set.questions:
        d = q.model_dump(mode="json", exclude_none=True)
        if "Harlow" in d.get("accepted", []):
            assert not any("Quill" in a for a in d["accepted"]), d


def test_a_month_before_a_name_is_a_time_not_part_of_the_name():
    facts = read_facts(CITY)
    (sf,) = [sf for sf in facts.sentences if sf.text.startswith("In July Quill")]
    assert [m.text for m in sf.names][:1] == ["Quill"]


def test_a_restated_date_is_never_split():
    for line in _shown(CITY):
        assert not re.match(r"April\b", line), line
        assert not re.search(r"\bon 27\.$", line), line


def test_an_ordering_item_is_not_dated_by_its_reasons_date_nor_a_range_by_one_day():
    from question_bank.drafting.builders import item_label

    facts = read_facts(CITY)
    (voted,) = [sf for sf in facts.sentences if "voted" in sf.text]
    (fair,) = [sf for sf in facts.sentences if "fair" in sf.text]
    (sunk,) = [d for d in voted.dates if "1884" in d.text]
    (june,) = [d for d in fair.dates if "June" in d.text]
    # the council's vote is not dated 1884 (the ferry sank then), and a fair of two days gets no one-day item
    label = item_label(facts, voted, sunk)
    assert label is None or "voted" not in label, label
    assert item_label(facts, fair, june) is None
    for q in suggest_questions(CITY).question_set.questions:
        for item in getattr(q, "items", None) or []:
            assert not ("voted" in item.text and item.date == "1884"), item
            assert "9 and" not in item.text, item


# After set 13's before rating (issue 16, round 13): "Sidney Herbert, the Secretary at War, asked her to lead a party
# of nurses … She arrived at the Barrack Hospital in Scutari …" was drafted as "Sidney Herbert arrived at the Barrack
# Hospital" (an ordering item, false history) and "The soldiers called Sidney Herbert the Lady with the Lamp": the
# "her" that the man named acts on is another woman, so the "she" after it is not he. A made-up text, not the eval one.
NURSE = ("Obituary: Miss Agnes Dorr, 1830-1905\n\n"
         "YORK, Friday, 3 March 1905. Miss Agnes Dorr, whose work in the war of 1866 made her known across the "
         "kingdom, died on Wednesday at her home in Bootham Street, York. She was seventy-four years of age and had "
         "been ill for some years.\n"
         "Agnes Dorr was born on 2 June 1830 in Leeds, the daughter of Thomas and Jane Dorr, and she was taught at "
         "home by her mother. As a young woman she wished to nurse the sick, but her family opposed her. In 1852 she "
         "trained for a year at a hospital in Lyon, and in 1858 she became matron of a small hospital in Hull.\n"
         "When war broke out with Austria in 1866, reports in the newspapers described the suffering of the wounded. "
         "Kit Marlow, the Secretary at War, asked her to lead a party of nurses to the army hospitals in Silesia. She "
         "arrived at the hospital in Breslau on 9 July 1866 with twenty-four nurses. She found the wards dirty and "
         "set about cleaning them. The soldiers called her the Angel of Breslau, for she walked the wards at night.\n"
         "She returned to England in 1867 and wrote a book on nursing in 1870.\n")


def test_the_she_after_a_man_asked_her_is_not_that_man():
    shown = _shown(NURSE)
    assert shown
    wrong = [s for s in shown if re.search(r"Kit Marlow(?:’s)?\]?\s+(?:arrived|found|walked|returned)|called "
                                           r"\[?Kit Marlow|(?:She|she|her)\s+\[Kit Marlow", s)]
    assert not wrong, wrong


def test_no_false_year_that_the_title_line_contradicts():
    # "Florence Nightingale was born on 12 May 1811 …" under "Miss Florence Nightingale, 1820-1910" (set 13): the
    # title beside the question says the statement is false. A year the title writes, even in a span, is not swapped.
    text = NURSE.replace("Obituary: Miss Agnes Dorr, 1830-1905", "Agnes Dorr (1830-1905): an obituary")
    years = set()
    for q in suggest_questions(text).question_set.questions:
        d = q.model_dump(mode="json", exclude_none=True)
        if d["type"] == "true_false" and d.get("answer") is False and "born" in d["prompt"]:
            years |= set(re.findall(r"\b1[89]\d\d\b", d["prompt"]))
    assert years <= {"1830"}, years
    from question_bank.drafting.builders import title_years
    assert title_years(read_facts(text)) == {"1830", "1905"}


def test_a_place_of_our_day_is_a_place_not_a_person():
    # set 10's Angkor guide (seen): "moved their capital south, near today's Phnom Penh" was asked as "(a person's
    # name)" and took "Penh" alone, as if it were a surname
    from question_bank.drafting.extract import classify_name

    sentence = "After the war the kings moved their capital east, near today's Vinh Long, and built a new palace."
    start = sentence.index("Vinh Long")
    assert classify_name("Vinh Long", sentence, start, start + len("Vinh Long"), False)[0] == "place"
    sentence = "The rebels gathered at a village in modern Kuala Besut before the march."
    start = sentence.index("Kuala Besut")
    assert classify_name("Kuala Besut", sentence, start, start + len("Kuala Besut"), False)[0] == "place"


def test_a_name_blanked_after_its_title_accepts_the_title_too():
    # set 13 (seen): "The Governor-General, Lord _____, became the first Viceroy" accepted only "Canning"; a student
    # who typed the text's own words, "Lord Canning", was marked wrong. Each accepted form with the title before
    # it, where the text writes it so.
    from question_bank.drafting.builders import accepted_answers
    from question_bank.drafting.facts import read_facts

    text = ("The Colony of Westmark\n\n"
            "In 1861 the Governor, Sir Henry Ashby, opened the first railway of the colony at Port Elwin. "
            "Sir Henry left the colony in 1866, and the settlers named a river after him.\n")
    facts = read_facts(text)
    sf = facts.sentences[0]
    (m,) = [n for n in sf.names if n.text == "Henry Ashby"]
    got = accepted_answers(facts, sf, m)
    assert "Sir Henry Ashby" in got and "Sir Henry" in got, got
    assert "Sir Ashby" not in got  # the text never writes it
    from quiz_app.grading import match_short_answer
    assert match_short_answer("Sir Henry Ashby", got) and match_short_answer("sir henry", got)


def test_no_note_to_the_teacher_names_a_file_field():
    # the editor shows each draft's notes after "⚠": "pairs from several paragraphs (support_note)" showed the
    # teacher a field name of the file format
    from draftkit import TEXTS, drafted

    notes = {n for name in TEXTS for info in drafted(name).drafts for n in info.notes}
    assert notes
    assert not [n for n in notes if re.search(r"\b[a-z]+_[a-z_]+\b", n)], notes
