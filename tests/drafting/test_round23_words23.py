"""Round 23 of issue 16 (words23): no key asked twice in one set (``select._key_forms``, the picker's
``keys_asked``): a person, place or count above twelve that one kept draft asks is not the key of another (its
short answer, a cloze's gap, a right choice), in any of its spellings. And three cuts of broken wording: a blank that tears one name at its "and" under one
"the" ("the Castor and _____", Pollux Chapel) or before its "al-" ("_____ al-Qasr"), and a "partly" the reason's
link word leaves behind ("moved east to Porta Nova, partly." as the effect, "Partly because ..." as an ordering
item). Made-up texts."""

from question_bank.drafting import suggest_questions

SALT = "The Salt Revolt of Marvania\n\nIn the winter of 1788 the price of salt in Marvania doubled after the crown raised the salt tax. The tax was collected by the governor, Count Emil Varga, who lived in the fortress of Koros.\nOn 3 March 1789 a crowd of fishermen marched from the harbour of Lenno to the customs house and burned its records. Their leader was a boatbuilder named Tomas Brenner, who had lost two sons at sea.\nBrenner sent a letter to the king in Vedra asking him to lower the tax. The king refused and ordered Count Varga to arrest the rebels.\nVarga's soldiers reached Lenno on 20 April, but the townspeople had built barricades across the streets. After a siege of nineteen days the soldiers withdrew to Koros.\nIn June the revolt spread to the salt works at Dravo, where about 3,000 workers laid down their tools. The workers chose Brenner to speak for them.\nIn September 1789 the king gave way: the salt tax was cut by half, and Varga was recalled to Vedra. Brenner returned to his boatyard in Lenno and died there in 1811.\nEvery March the people of Lenno still light bonfires on the harbour wall in memory of the revolt.\n"

UNION = "The Union of Tarsia\n\nIn 1848 the twenty-two provinces of Tarsia joined in a single union under a council that met in the city of Orvel. Each province sent two delegates to the council.\nThe union's first president was Anton Lisek, a lawyer from the port of Brenna. Lisek wrote the union's first laws on trade and roads.\nMany people in the twenty-two provinces had never accepted the rule of Orvel. In 1861 the northern provinces refused to pay the union's taxes, and the council sent troops to collect them.\nThe fighting lasted for three years and cost about 40,000 lives. In 1864 the council agreed that each province could keep its own taxes.\nThe union survived until 1919, when it was replaced by a republic with a single parliament in Orvel.\n"


def _keys(q) -> list[str]:
    d = q.model_dump(mode="json", exclude_none=True)
    keys = [d["answer"]] if isinstance(d.get("answer"), str) else []
    keys += d.get("accepted", [])
    keys += [c["text"] for c in d.get("choices", []) if c["correct"]] if d["type"] != "true_false" else []
    keys += [g["answer"] for g in d.get("gaps", [])]
    keys += [str(d["value"])] if "value" in d else []
    return keys


def test_a_person_is_the_key_of_one_draft_only():
    qs = suggest_questions(SALT).question_set.questions
    asking = [q.id for q in qs if q.type not in ("true_false", "cite") and any("Varga" in k for k in _keys(q))]
    assert len(asking) == 1, asking  # was three: "Count _____" twice and a cloze's gap "_____'s soldiers"
    assert any(q.id == "s002-sa" for q in qs)  # the first, best draft is the one kept


def test_a_count_above_twelve_is_the_key_of_one_draft_only():
    qs = suggest_questions(UNION).question_set.questions
    asking = [q.id for q in qs if any(k.startswith("22") for k in _keys(q))]
    assert asking == ["s001-num"], asking  # "Many people in the _____ provinces" asked twenty-two again


PORT = 'The Port of Selvano\n\nIn 1520 the merchants of Selvano built a new harbour on the river Arla. The finest building of the harbour was the Castor and Pollux Chapel, which was finished in 1524.\nIn 1536 traders from Selvano reached Wadi al-Qasr, on the coast of the Red Sea, and bought spices there. The city grew rich on the spice trade for fifty years.\nIn 1571 a great fire destroyed the old market. Later the centre of the town moved east to Porta Nova, partly because the river Arla silted up in 1590.\nThe merchants then built a canal to the sea, which was opened in 1602. Selvano never again rivalled the great ports of the north.\n'


def _candidate_prompts(text: str) -> list[str]:
    from question_bank.drafting.api import build_candidates
    from question_bank.drafting.facts import read_facts

    facts = read_facts(text)
    types = ["multiple_choice", "short_answer", "cloze", "numeric", "true_false", "multiple_select", "cite",
             "ordering", "matching"]
    out = []
    for d in build_candidates(facts, types):
        q = d.question
        out.append(q.get("prompt", "") + " " + " ".join(str(v) for v in q.values() if isinstance(v, str)))
    return out


def test_no_blank_tears_a_name_at_its_and_or_its_al():
    prompts = _candidate_prompts(PORT)
    assert not [p for p in prompts if "Castor and _____" in p], "the Castor and _____ (Pollux Chapel)"
    assert not [p for p in prompts if "_____ al-Qasr" in p], "_____ al-Qasr (Wadi)"


def test_partly_goes_with_its_because():
    from question_bank.drafting.causes import find_links
    from question_bank.drafting.facts import read_facts
    from question_bank.drafting.phrasing import event_label

    facts = read_facts(PORT)
    effects = [link.effect for link in find_links(facts)]
    assert "Later the centre of the town moved east to Porta Nova" in effects, effects
    sf = next(sf for sf in facts.sentences if "silted" in sf.text)
    date = next(m for m in sf.mentions if m.text == "1590")
    assert event_label(facts, sf, date) == "The river Arla silted up"


def test_a_long_prompt_keeps_its_subject_when_cut():
    from question_bank.drafting.phrasing import shorten

    text = ("The merchant ship Aurelia, the largest vessel ever built in the yards of the old port of Selvano, "
            "was struck by a violent storm off the cape of Marro, on the far side of the northern bay, in the "
            "last week of the winter, and sank in less than _____ hours with all her cargo of salt.")
    out = shorten(text)
    assert out.startswith("The merchant ship Aurelia, … "), out  # not "… was struck by a violent storm"
    assert "_____ hours" in out and len(out.split()) <= 38


def test_a_building_or_a_river_bank_is_not_labelled_an_organisation():
    from question_bank.drafting import extract
    from question_bank.drafting.builders import kind_word

    def org(text: str) -> extract.Mention:
        return extract.Mention(kind="organisation", text=text, start=0, end=len(text))

    assert kind_word(org("Exchange Building")) == "a building"
    assert kind_word(org("Right Bank")) == "a place"
    assert kind_word(org("Salt Traders Company")) == "an organisation"
