"""Table tests for each extractor on tricky sentences."""

from __future__ import annotations

import pytest

from question_bank.drafting import extract
from question_bank.drafting.document import read_document, split_sentences
from question_bank.drafting.facts import read_facts
from question_bank.drafting.phrasing import event_label, paraphrase
from question_bank.textnorm import PartialDate

# --------------------------------------------------------------------------- sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The United States supported the election of Dr. Syngman Rhee in 1948. Rhee was anti-communist.", 2),
        ("In late July 1948, Maj. Gen. William H. Tunner took command. He ran it well.", 2),
        ("President Harry S. Truman feared a war. Gen. Lucius D. Clay did not.", 2),
        ("MacArthur commanded the U.S. occupation forces in Japan. The 24th Infantry Division arrived first.", 2),
        ("Aid came from the U.S. The army held the line.", 2),
        ("Lt. Gail Halvorsen, an American pilot, dropped candy. The press loved it.", 2),
        ("First paragraph ends here\nSecond paragraph starts here.", 2),
    ],
)
def test_sentence_splitting_keeps_abbreviations_and_initials(text, expected):
    sents = split_sentences(text)
    assert len(sents) == expected, [s.text for s in sents]
    for s in sents:
        assert text[s.start:s.end] == s.text


def test_headings_and_reference_lines_are_not_content():
    doc = read_document("The Berlin Airlift\nThe blockade began in 1948. It ended in 1949.\n"
                        "Source: NA\nCite Article : Reference: www.example.com/page.html")
    assert doc.heading == "The Berlin Airlift"
    assert doc.content_paragraphs == [1]
    assert "www.example.com" in doc.citation
    assert [s.paragraph for s in doc.sentences] == [1, 1]


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "sentence, text, granularity, date",
    [
        ("On June 25, 1950, the army attacked.", "June 25, 1950", "full", PartialDate(1950, 6, 25)),
        ("She died on 4 July 1934 in the Alps.", "4 July 1934", "full", PartialDate(1934, 7, 4)),
        ("Seoul fell on June 27.", "June 27", "month_day", PartialDate(None, 6, 27)),
        ("The Soviets declared war in August 1945.", "August 1945", "month_year", PartialDate(1945, 8)),
        ("In 1949, Mao's forces won.", "1949", "year", PartialDate(1949)),
        ("By early July, the forces were retreating.", "early July", "period", PartialDate(None, 7)),
        ("The situation in the summer of 1950 was dire.", "summer of 1950", "period", PartialDate(1950)),
        ("In late July 1948, Tunner took command.", "late July 1948", "period", PartialDate(1948, 7)),
        ("Apollo 8 flew on December 21–27, 1968.", "December 21–27, 1968", "range", PartialDate(1968, 12, 21)),
        ("The war lasted from 1950–53 in all.", "1950–53", "range", PartialDate(1950)),
        ("Prices rose in the 1940s.", "1940s", "decade", PartialDate(1940)),
    ],
)
def test_dates(sentence, text, granularity, date):
    found = extract.find_dates(sentence)
    assert [(d.text, d.granularity) for d in found] == [(text, granularity)]
    assert found[0].date == date
    assert sentence[found[0].start:found[0].end] == text


@pytest.mark.parametrize(
    "sentence",
    [
        "The leadership might hesitate, and may yet change its mind.",  # "may" is not May
        "The army numbered 1,398 men.",  # a count, not a year
        "They carried 1500 tons of coal.",  # a count followed by its unit
    ],
)
def test_no_false_dates(sentence):
    assert extract.find_dates(sentence) == []


def test_by_date_remembers_its_preposition():
    (d,) = extract.find_dates("By the spring of 1949 the airlift delivered more.")
    assert d.prep == "by"


def test_dates_without_year_take_the_year_of_the_story():
    facts = read_facts("On June 25, 1950, the army attacked. Within days it took Seoul on June 27. "
                       "A written agreement of 1945 was ignored on June 28.")
    resolved = [d.resolved for sf in facts.sentences for d in sf.dates]
    assert resolved[1] == PartialDate(1950, 6, 27)
    # a bare year used as a label ("of 1945") does not move the story back in time
    assert resolved[3] == PartialDate(1950, 6, 28)


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    "sentence, text, value, unit, hedge",
    [
        ("The KPA boasted around 135,000 troops, heavily equipped.", "135,000", 135000, "troops", "around"),
        ("It attacked with 10 Soviet-equipped divisions.", "10", 10, "divisions", ""),
        ("The airlift carried about 2.3 million tons of supplies.", "2.3 million", 2_300_000, "tons", "about"),
        ("Berlin was split into four sectors.", "four", 4, "sectors", ""),
        ("Tegel was built in fewer than ninety days.", "ninety", 90, "days", "fewer than"),
        ("More than two million people were cut off.", "two million", 2_000_000, "people", "more than"),
        ("They walked for about two and a half hours.", "two and a half", 2.5, "hours", "about"),
        ("The sphere was 58 centimeters wide.", "58", 58, "centimeters", ""),
        ("At the age of 24, she moved to Paris.", "24", 24, "years", ""),
        ("Vostok 6 orbited the Earth 48 times.", "48", 48, "times", ""),
    ],
)
def test_numbers(sentence, text, value, unit, hedge):
    found = extract.find_numbers(sentence)
    assert [(n.text, n.value, n.unit, n.hedge) for n in found] == [(text, value, unit, hedge)]


def test_number_ranges():
    (n,) = extract.find_numbers("Between 30,000–40,000 men were lost.")
    assert (n.low, n.high, n.unit) == (30000, 40000, "men")


def test_fractions():
    (n,) = extract.find_numbers("Coal made up about two-thirds of all the cargo.")
    assert n.subkind == "fraction" and abs(n.value - 2 / 3) < 1e-9


@pytest.mark.parametrize(
    "sentence",
    [
        "The Soviet Union launched Sputnik 1, the first satellite.",  # part of a name
        "A fire swept through the Apollo 1 capsule.",
        "No one was hurt, and one of them flew home.",  # pronoun uses of "one"
        "The 24th Infantry Division arrived first.",  # an ordinal in a name
        "On June 25, 1950, they attacked.",  # the parts of a date
    ],
)
def test_no_false_counts(sentence):
    assert extract.find_numbers(sentence) == []


# --------------------------------------------------------------------------- names


def _names(sentence: str, context: list[str] | None = None) -> list[tuple[str, str]]:
    ctx = extract.NameContext.from_sentences(context or [sentence])
    return [(m.text, m.kind) for m in extract.find_names(sentence, ctx=ctx)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("President Harry S. Truman feared a war.", [("Harry S. Truman", "person")]),
        ("In late July 1948, Maj. Gen. William H. Tunner took command.", [("William H. Tunner", "person")]),
        ("The United States supported the election of Dr. Syngman Rhee.",
         [("United States", "country"), ("Syngman Rhee", "person")]),
        ("In 1949, Mao Zedong’s communist forces defeated the armies of Chiang Kai-shek.",
         [("Mao Zedong", "person"), ("Chiang Kai-shek", "person")]),
        ("The victory of the Korean People’s Army surprised the West.",
         [("Korean People’s Army", "unit"), ("West", "group")]),
        ("The first unit was the 24th Infantry Division, dispatched from Japan.",
         [("24th Infantry Division", "unit"), ("Japan", "country")]),
        ("The forces fell back to the Naktong River and the Pusan Perimeter.",
         [("Naktong River", "place"), ("Pusan Perimeter", "place")]),
        ("It was the Democratic People’s Republic of Korea (DPRK).",
         [("Democratic People’s Republic of Korea", "country"), ("DPRK", "organisation")]),
        ("She shared the Nobel Prize in Physics with Henri Becquerel.",
         [("Nobel Prize in Physics", "award"), ("Henri Becquerel", "person")]),
        ("Later Eisenhower signed the National Aeronautics and Space Act.",
         [("Eisenhower", "other"), ("National Aeronautics and Space Act", "event")]),
        ("Her spacecraft, Vostok 6, orbited the Earth.", [("Vostok 6", "craft"), ("Earth", "place")]),
        ("Backed by Soviet support, the army grew.", [("Soviet", "group")]),
        ("Heavily armed Soviet-made tanks rolled south.", []),
        ("The soldiers needed X-ray machines.", []),
    ],
)
def test_names(sentence, expected):
    assert _names(sentence) == expected


def test_a_sentence_start_is_a_name_when_the_text_says_so_elsewhere():
    first = "Eisenhower signed the act."
    assert _names(first) == []  # could be any capitalised word
    assert _names(first, [first, "The act was signed by President Eisenhower."]) == [("Eisenhower", "other")]


def test_possessive_is_not_part_of_the_name():
    facts = read_facts("Syngman Rhee led the South. Rhee’s government took harsh measures.")
    (m,) = [m for m in facts.sentences[1].names]
    assert m.text == "Rhee" and m.kind == "person" and m.key == "Syngman Rhee"


def test_surnames_and_acronyms_are_tied_to_their_names():
    facts = read_facts("The Korean People’s Army (KPA) had 135,000 troops. The KPA moved fast. "
                       "President Harry Truman acted. Truman went to the United Nations. The UN agreed.")
    keys = {(m.text, m.key) for sf in facts.sentences for m in sf.names}
    assert ("KPA", "Korean People’s Army") in keys
    assert ("Truman", "Harry Truman") in keys
    assert ("UN", "United Nations") in keys


def test_born_as_is_the_same_person():
    facts = read_facts("Marie Curie was born Maria Skłodowska in Warsaw. Marie Curie studied in Paris. "
                       "Marie Curie won twice. Skłodowska moved to Paris in 1891.")
    m = facts.sentences[3].names[0]
    assert m.key == "Marie Curie"


# --------------------------------------------------------------------------- roles and lists


@pytest.mark.parametrize(
    "sentence, person, role, pattern",
    [
        ("In the North, Kim Il Sung, a former guerrilla fighter who had gained favor, was installed.",
         "Kim Il Sung", "a former guerrilla fighter", "apposition"),
        ("General Douglas MacArthur, who commanded the U.S. occupation forces in Japan, was tasked.",
         "Douglas MacArthur", "commanded the U.S. occupation forces in Japan", "relative"),
        ("They backed the election of Dr. Syngman Rhee as the first president of the Republic of Korea (ROK) in 1948.",
         "Syngman Rhee", "the first president of the Republic of Korea", "as"),
        ("April 12, 1961: Yuri Gagarin became the first human in space.", "Yuri Gagarin", "the first human in space",
         "became"),
        ("In 1896, the French physicist Henri Becquerel discovered rays.", "Henri Becquerel", "the French physicist",
         "before"),
    ],
)
def test_roles(sentence, person, role, pattern):
    names = extract.find_names(sentence, ctx=extract.NameContext.from_sentences([sentence]))
    roles = [(r.person.text, r.text, r.pattern) for r in extract.find_roles(sentence, names)]
    assert (person, role, pattern) in roles
    for r in extract.find_roles(sentence, names):
        assert sentence[r.start:r.end] == r.text


def test_a_clause_after_a_comma_is_not_an_apposition():
    sentence = "Following the Yalta Conference, the Soviets declared war on Japan."
    names = extract.find_names(sentence, ctx=extract.NameContext.from_sentences([sentence]))
    assert extract.find_roles(sentence, names) == []


def test_lists():
    sentence = "A fire killed the astronauts Gus Grissom, Ed White and Roger Chaffee."
    names = extract.find_names(sentence, ctx=extract.NameContext.from_sentences([sentence]))
    (lst,) = extract.find_lists(sentence, names)
    assert [m.text for m in lst.items] == ["Gus Grissom", "Ed White", "Roger Chaffee"]
    assert lst.kind == "person"


# --------------------------------------------------------------------------- phrasing


@pytest.mark.parametrize(
    "text, date, label",
    [
        ("Following their agreement at the Yalta Conference, the Soviets declared war on Japan in August 1945, "
         "just as the empire was crumbling.", "August 1945", "The Soviets declared war on Japan"),
        ("Within days, the North Korean forces had captured Seoul, the South Korean capital, on June 27.",
         "June 27", "The North Korean forces had captured Seoul"),
        ("After a pile-up of aircraft over Tempelhof on August 13, 1948, a day the crews called Black Friday, he "
         "ruled that pilots must fly home.", "August 13, 1948", "A pile-up of aircraft over Tempelhof"),
        ("October 4, 1957: The Soviet Union launched Sputnik 1, the first artificial satellite.",
         "October 4, 1957", "The Soviet Union launched Sputnik 1"),
        ("On June 24, Soviet forces cut every road, rail and canal link to the city.", "June 24",
         "Soviet forces cut every road, rail and canal link to the city"),
        ("The situation in the summer of 1950 was dire.", "summer of 1950", None),
    ],
)
def test_event_labels(text, date, label):
    facts = read_facts(text)
    sf = facts.sentences[0]
    (d,) = [d for d in sf.dates if d.text == date]
    assert event_label(facts, sf, d) == label


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On June 25, 1950, the North Korean army launched a surprise attack, pouring across the border.",
         "The North Korean army launched a surprise attack on June 25, 1950."),
        ("By 1950, the Korean People’s Army (KPA) boasted around 135,000 troops, heavily equipped with tanks, "
         "artillery, and other weaponry.", "The Korean People’s Army boasted around 135,000 troops by 1950."),
        ("Syngman Rhee ruled. Rhee, a staunch anti-communist, faced enormous challenges.",
         "Rhee faced enormous challenges."),
    ],
)
def test_paraphrase_moves_and_drops_but_never_adds(text, expected):
    facts = read_facts(text)
    assert paraphrase(facts, facts.sentences[-1]) == expected
