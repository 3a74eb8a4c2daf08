"""Round 5 of issue 16: ordering and matching items, years BC, and texts with a writer's voice (letters, reports).

Every text here is made up for the test; none is from an evaluation set.
"""

from __future__ import annotations

from question_bank import evidence
from question_bank.drafting import extract
from question_bank.drafting.api import read_facts, suggest_questions
from question_bank.drafting.builders import dated_events, ordering_drafts
from question_bank.drafting.document import is_dateline, is_sign_off, read_document

# --------------------------------------------------------------------------- years BC


def test_a_year_bc_is_a_date_ordered_backwards_and_never_a_number():
    text = "In 612 BC the allies sacked the city of Nineveh. By 605 B.C. the last army had been beaten, aged 40."
    dates = extract.find_dates(text)
    assert [(d.text, d.granularity) for d in dates] == [("612 BC", "year_bc"), ("605 B.C.", "year_bc")]
    assert dates[0].extra["sort"] < dates[1].extra["sort"]  # 612 BC came first
    assert [n.text for n in extract.find_numbers(text, dates=dates)] == ["40"]


def test_a_season_of_a_year_bc_is_one_date():
    dates = extract.find_dates("In the winter of 331 BCE the king marched east.")
    assert [d.text for d in dates] == ["winter of 331 BCE"] and dates[0].date.year == -331


_BC_TEXT = (
    "The Kingdom of Lydia\n"
    "In 585 BC the armies of Lydia and Media fought a battle during an eclipse of the sun. "
    "In 560 BC Croesus became king of Lydia and ruled from the city of Sardis.\n"
    "Croesus attacked the Persian king Cyrus in 547 BC. "
    "The Persians captured the city of Sardis in 546 BC, and Lydia became a province of Persia."
)


def test_an_ordering_of_years_bc_shows_the_era_and_puts_the_earliest_first():
    facts = read_facts(_BC_TEXT)
    drafts = ordering_drafts(facts, dated_events(facts))
    assert drafts, "four dated events should make an ordering"
    items = drafts[0].question["items"]
    assert [i["date"] for i in items] == ["585 BC", "560 BC", "547 BC", "546 BC"]
    assert all(not i["text"].endswith(("BC", "around", "in")) for i in items)


# --------------------------------------------------------------------------- event labels


def test_an_event_label_never_keeps_the_hedge_of_its_date():
    text = ("Maria Lenz was born on a farm around 1801 in the valley of the Inn. Fearing that the farm would be sold, "
            "she left for Vienna in 1820. She opened a school for girls in 1834. The city gave her a medal in 1850.")
    facts = read_facts(text)
    labels = {e.date.text: e.label for e in dated_events(facts)}
    assert labels["1801"] == "Maria Lenz was born on a farm in the valley of the Inn"
    assert all("around" not in label and not label.startswith("Fearing") for label in labels.values())


def test_a_person_described_or_a_place_is_not_an_event():
    text = ("The museum shows the sword of Ardric, a chief who ruled the valley and died around 410. "
            "Near the river in what is now the old town, the first church was built in 455. "
            "The monks founded a library in 480. The town walls were finished in 502.")
    facts = read_facts(text)
    labels = [e.label for e in dated_events(facts)]
    assert not any(label.lower().startswith(("a chief", "near")) for label in labels), labels


def test_an_event_dated_again_by_the_next_year_is_not_an_ordering_item():
    text = ("The duke took the castle in 1402. The duke died the next year, in 1403. "
            "His son sold the castle in 1410. The castle burned in 1431.")
    facts = read_facts(text)
    assert all("next year" not in e.label for e in dated_events(facts))


# --------------------------------------------------------------------------- sentences


def test_a_rulers_numeral_before_a_sentence_starter_ends_the_sentence():
    text = "Otto became king in 936, after the death of his father Henry I. In 962 he was crowned emperor."
    assert [s.text for s in evidence.sentences(text)] == [
        "Otto became king in 936, after the death of his father Henry I.", "In 962 he was crowned emperor."]


def test_an_initial_that_is_also_a_numeral_stays_in_its_sentence():
    text = "The bank was founded by John D. Rockefeller in 1870. Darius I. Smith was its first clerk."
    assert [s.text for s in evidence.sentences(text)] == [
        "The bank was founded by John D. Rockefeller in 1870.", "Darius I. Smith was its first clerk."]


# --------------------------------------------------------------------------- a writer's voice


_LETTER = (
    "A Letter from the Siege of Leiden\n"
    "Leiden, the 3rd of October 1574. Dear Brother, I write to tell you that the siege is over. "
    "On Monday I saw the ships of the Sea Beggars sail over the flooded fields to the walls. "
    "The Spanish army left its camps at Lammen in the night, for the water had reached them. "
    "The town council gave out herring and white bread to every family in the town.\n"
    "William of Orange came to the town on the 4th of October and thanked the people for their courage. "
    "He has promised that the town shall have a university. Your loving brother, Pieter."
)


def test_datelines_and_sign_offs_are_not_sentences_to_draft_and_a_greeting_is_cut_off():
    assert is_dateline("Leiden, the 3rd of October 1574.")
    assert is_dateline("ANTWERP, Belgium, May 10, 1920.")
    assert not is_dateline("Leiden was besieged from May to October 1574.")
    assert is_sign_off("Your loving brother, Pieter.") and not is_sign_off("Your army has left the town.")
    doc = read_document(_LETTER)
    texts = [s.text for s in doc.sentences]
    assert not any(t.startswith(("Leiden, the 3rd", "Dear", "Your loving")) for t in texts)
    first = doc.sentences[0]
    assert first.text.startswith("I write to tell you") and _LETTER[first.start:first.end] == first.text


def test_the_writer_i_is_never_part_of_a_name():
    names = [m.text for m in extract.find_names("On Monday I saw the ships of the Sea Beggars.")]
    assert not any("I" in n.split() for n in names) and "Monday" not in names
    assert [m.text for m in extract.find_names("King Darius I did not forget.")] == ["Darius I"]


def test_a_letter_drafts_nothing_from_its_frame():
    result = suggest_questions(_LETTER)
    shown = " ".join(q.model_dump_json() for q in result.question_set.questions)
    assert result.question_set.questions
    assert "Dear Brother" not in shown and "loving brother" not in shown and "Monday I" not in shown
    assert "Leiden, the 3rd of October 1574." not in shown


# --------------------------------------------------------------------------- relative dates


_REPORT = (
    "Bridge Opens Across the River\n"
    "HALSTADT, June 2, 1911. The new iron bridge across the Weser was opened today by the mayor, after work that "
    "began last year. Crowds filled both banks of the river to watch the first carriage cross.\n"
    "The bridge is 240 metres long and stands on six stone piers. It cost the town 90,000 marks. "
    "The old ferry, which carried people across for three hundred years, will stop the following spring."
)


def test_relative_dates_are_read_as_relative():
    dates = extract.find_dates("The bridge was opened today, after work that began last year; the ferry stops the "
                               "following spring.")
    assert [(d.text, d.granularity) for d in dates] == [
        ("today", "relative"), ("last year", "relative"), ("following spring", "relative")]
    assert dates[0].extra.get("writers_day") and dates[1].extra.get("writers_day")
    assert not dates[2].extra.get("writers_day")


def test_a_report_never_asks_its_own_days_as_dates_or_facts():
    result = suggest_questions(_REPORT)
    questions = result.question_set.questions
    assert questions
    for q in questions:
        data = q.model_dump()
        shown = " ".join(str(data.get(k, "")) for k in ("prompt", "statement"))
        assert "HALSTADT" not in shown
        if q.type in ("true_false", "cite"):
            assert "today" not in shown and "last year" not in shown, shown
        for choice in data.get("choices", None) or ():
            assert choice["text"].lower() not in ("today", "last year", "following spring")


# --------------------------------------------------------------------------- matching


def test_no_kept_prompt_shows_a_matching_pair_whole():
    from question_bank.drafting.facts import folded

    text = (
        "The Canal\n"
        "On March 3, 1825, the engineers began to dig the canal at Albany with four hundred workers. "
        "On June 9, 1825, the workers reached the town of Rome, where on July 4 the governor opened the first lock. "
        "On May 21, 1826, about two thousand men led by the engineer James Geddes cut through the hills at Lockport.\n"
        "On October 26, 1826, the first boat sailed the whole length of the canal from Buffalo to New York. "
        "On April 2, 1827, the state lowered the tolls on grain. On August 8, 1827, a flood broke the bank at Utica."
    )
    questions = suggest_questions(text).question_set.questions
    for m in (q for q in questions if q.type == "matching"):
        for q in questions:
            if q is m:
                continue
            data = q.model_dump()
            shown = " " + folded(" ".join(str(data.get(k, "")) for k in ("prompt", "statement"))) + " "
            for p in m.pairs:
                assert not (f" {folded(p.left)} " in shown and f" {folded(p.right)} " in shown), (p, shown)
