"""After the blind rating of set 7 (so set 7 is seen, and these are not in its figures): the two faults that made
prompts state false history — a "he" named as the man who acted on him ("The sultan then sent him" read as the
sultan sending himself), and a town taken for the "he" of the next sentence. Made-up texts only."""

from __future__ import annotations

from question_bank.drafting import phrasing, suggest_questions
from question_bank.drafting.facts import read_facts

ENVOY = (
    "Ibn Fadlan, Envoy to the Volga\n\n"
    "Abu Bakr Ahmad ibn Fadlan was born in Baghdad in about 877. He studied law as a young man.\n\n"
    "In 921 he was in the service of the caliph. Caliph Jafar bin Tahir made him the secretary of an embassy, and "
    "he served the caliph well. The caliph then sent him north to the king of the Bulgars. Afraid of the winter "
    "roads, he waited three months at Khwarazm. He reached the Volga in May 922."
)


def _names(text: str) -> dict[str, str | None]:
    facts = read_facts(text)
    return {sf.text: (a.name if (a := phrasing.antecedent(facts, sf)) else None) for sf in facts.sentences}


def test_a_him_the_named_man_acts_on_is_not_that_man_and_he_stays_the_texts_subject():
    names = _names(ENVOY)
    assert names["The caliph then sent him north to the king of the Bulgars."] == "Abu Bakr Ahmad ibn Fadlan"
    assert names["Afraid of the winter roads, he waited three months at Khwarazm."] == "Abu Bakr Ahmad ibn Fadlan"
    assert names["He reached the Volga in May 922."] == "Abu Bakr Ahmad ibn Fadlan"
    assert "Jafar bin Tahir" not in {n for n in names.values() if n}
    # and no draft says the caliph did what the envoy did
    for q in suggest_questions(ENVOY).question_set.questions:
        shown = q.model_dump_json()
        assert "bin Tahir] waited" not in shown and "bin Tahir waited" not in shown, shown
        assert "bin Tahir reached" not in shown and "bin Tahir] reached" not in shown, shown


def test_without_a_subject_two_men_in_play_leave_he_unnamed():
    text = ("The Court of the Caliph\n\n"
            "In 921 the court at Baghdad sent an embassy north. Caliph Jafar bin Tahir made him its secretary. "
            "He reached the Volga in May 922.")
    names = _names(text)
    assert names["He reached the Volga in May 922."] is None


def test_a_man_named_alone_is_still_the_he_of_the_next_sentence():
    text = ("The Embassy to the Volga\n\n"
            "In 921 Caliph Jafar bin Tahir sent an embassy north to the Bulgars. He hoped to win them as allies.")
    assert _names(text)["He hoped to win them as allies."] == "Jafar bin Tahir"


def test_a_place_named_for_a_saint_is_no_person_even_when_its_second_word_is_a_given_name():
    text = ("The Rising of 1680\n\n"
            "The rising was led by Catiti, a healer from San Lorenzo Pueblo. He had been jailed in 1675 with many "
            "others. After his release he hid in the hills.")
    facts = read_facts(text)
    kinds = {e.display: e.kind for e in facts.entities.values()}
    assert kinds.get("San Lorenzo Pueblo") == "place"
    names = _names(text)
    assert names["He had been jailed in 1675 with many others."] != "San Lorenzo Pueblo"
    for q in suggest_questions(text).question_set.questions:
        assert "[San Lorenzo Pueblo]" not in q.model_dump_json()
