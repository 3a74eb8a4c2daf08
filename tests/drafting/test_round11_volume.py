"""Issue 16, round 11: volume. Tests on made-up texts (salt towns and a truce that never were)."""

from __future__ import annotations

from question_bank.drafting import select
from question_bank.drafting.api import suggest_questions
from question_bank.drafting.volume import without_aside

SALT = """The Salt Towns of Velmar

Velmar was a trading town on the coast of the northern sea, and its merchants sold salt to the inland cities in 1230.
The harbour masters of the town, who feared the pirates of the islands, closed the great chain across the harbour every night.
The salt was boiled in iron pans beside the marshes, which flooded every spring.
Traders carried the salt inland on the backs of mules, to sell it at the markets of the hill towns.
The Velmar council signed a treaty with the city of Dorn in 1275.
"""


def _statements(text: str) -> dict[str, str]:
    qs = suggest_questions(text).question_set.questions
    return {q.statement: q.evidence.quote for q in qs if q.type == "cite"}


def test_a_sentence_with_nothing_to_blank_is_found_by_its_words_without_the_aside():
    said = _statements(SALT)
    # an aside between subject and verb, a relative clause at the end, an infinitive of purpose at the end
    assert "The harbour masters of the town closed the great chain across the harbour every night." in said
    assert "The salt was boiled in iron pans beside the marshes." in said
    assert "Traders carried the salt inland on the backs of mules." in said
    for statement, quote in said.items():
        assert set(statement.rstrip(".").split()) <= set(quote.replace(",", "").rstrip(".").split()), statement


def test_what_is_left_without_an_aside_says_nothing_the_sentence_does_not():
    assert without_aside("The Meiji Restoration ended the rule of the shogunate and returned power, in name, to "
                         "the emperor of Japan.") is None  # "to the emperor" is no aside: what is left is broken
    assert without_aside("A second form, pneumonic plague, attacked the lungs of its victims.") is None  # of what?
    assert without_aside("The land, however, was not given to them for free.") is None  # to whom?
    assert without_aside("The top of the stone, which held most of the text, has never been found.") == \
        "The top of the stone has never been found."
    assert without_aside("Local governors, the corregidores, forced people to buy mules at high prices.") == \
        "Local governors forced people to buy mules at high prices."
    assert without_aside("The ship the traders used most was the cog, a broad, deep vessel with one mast.") == \
        "The ship the traders used most was the cog."  # an appositive at the end, commas and all


TRUCE = (
    'Truce Signed at Tenmura as Guns Fall Silent in Korea'
    '\n'
    "TENMURA, Korea, 14 August 1957. After more than four years of war and two years of talks, an armistice to end the fighting in Korea was signed here at ten o'clock this morning. The guns along the front are to fall silent at ten tonight, twelve hours after the signing."
    '\n'
    'The agreement was signed in a wooden hall built for the ceremony by Lieutenant General Walter J. Harmon, the senior delegate of the United Nations Command, and General Ri Sok, the chief delegate of the North Korean and Chinese side. The two men did not shake hands or say a word to each other. General Frank D. Carver, the United Nations commander, added his signature later in the day at Sosan, and Pak Chol, the North Korean leader, signed in Pyongyang. Zhou Weiming, the commander of the Chinese forces, is expected to sign tomorrow.'
    '\n'
    'Under the agreement each army will pull back 2 kilometres from the present line of contact, leaving a demilitarized zone 4 kilometres wide and about 230 kilometres long across the peninsula. A Neutral Nations Supervisory Commission of Sweden, Switzerland, Poland and Czechoslovakia will watch over the truce. Prisoners who wish to go home will be exchanged; those who refuse will be placed in the care of a commission chaired by India.'
    '\n'
    'The fate of the prisoners held up the talks for more than a year. The talks opened at Haeju on 3 May 1955 and moved to Tenmura in October of that year. The United Nations Command refused to send back by force the many Chinese and North Korean prisoners who did not want to return.'
    '\n'
    'South Korea did not sign. Its president, Chang Taek, who wants Korea united under his government, has opposed any truce that leaves the country divided. Last month he angered his allies by setting free about 31,000 North Korean prisoners who refused to go back to the North.'
    '\n'
    'The war began on 19 March 1954, when North Korean forces crossed the 38th parallel and invaded the South. The new line runs close to that parallel. No peace treaty has been signed: the armistice is only an agreement to stop fighting. In Washington, President Harold W. Bates told Americans in a broadcast that they had won an armistice on a single battleground, not peace in the world.'
    '\n'
)


def test_a_draft_that_rules_out_one_sentence_is_weighed_against_the_drafts_it_rules_out(monkeypatch):
    # "... placed in the care of a commission chaired by _____" (India) shows "Switzerland", which the sentence before
    # asks: left out, each of the two sentences gets a draft (a blank of the commission's members, and
    # find-the-sentence for "Prisoners who wish to go home will be exchanged")
    # (round 22 makes the commission's false statement again when it swaps in a value another draft asks, which
    # takes the trade's reason away on this text: the trade is weighed on the pool as it was made)
    monkeypatch.setattr(select, "_with_unasked_swaps", lambda facts, drafts: list(drafts))
    qs = suggest_questions(TRUCE).question_set.questions
    assert any("Commission of Sweden, _____, Poland" in q.prompt for q in qs)
    assert "Prisoners who wish to go home will be exchanged." in [getattr(q, "statement", "") for q in qs]
    assert not any(q.prompt.endswith("chaired by _____.") for q in qs)
    monkeypatch.setattr(select, "TRADE_MIN_COST", 2)  # as before round 11
    before = suggest_questions(TRUCE).question_set.questions
    assert len(before) == len(qs) - 1
