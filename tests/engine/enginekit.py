"""Helpers of the engine tests: small question sets built with the models, answers, a clock moved by hand."""

from __future__ import annotations

from question_bank.models import QuestionSet
from question_bank.topics import CORE_TOPICS
from question_bank.validation import check_set

SOURCE_TEXT = (
    "In the North, Kim Il Sung, a former guerrilla fighter, was installed as the leader of what would become "
    "the Democratic People’s Republic of Korea (DPRK). In the South, Syngman Rhee, a staunch anti-communist, "
    "became president of the Republic of Korea. By 1950, the Korean People’s Army (KPA) boasted around "
    "135,000 troops.\n"
    "On June 25, 1950, the North Korean army launched a surprise attack, pouring across the 38th parallel with "
    "10 Soviet-equipped divisions. Within days, the North Korean forces had captured Seoul, the South Korean "
    "capital, on June 27. By early July, the South Korean forces were retreating towards the Pusan Perimeter.\n"
    "The United Nations Security Council met on June 25 and passed a resolution condemning the invasion. "
    "The Soviet Union was boycotting the council and could not veto it."
)


def _q(qid: str, qtype: str, quote: str, topics=("dates",), difficulty: int = 2, **extra) -> dict:
    return {
        "type": qtype, "id": qid, "prompt": f"Prompt for {qid}", "topics": list(topics), "difficulty": difficulty,
        "explanation": f"Explanation for {qid}.", "evidence": {"source": "kw", "quote": quote},
    } | extra


def small_set_dict(status: str = "ready") -> dict:
    """Every question type, several topics and difficulties; validates without errors."""
    questions = [
        _q("mc-seoul", "multiple_choice", "captured Seoul, the South Korean capital, on June 27", difficulty=1,
           choices=[{"text": "June 27", "correct": True, "feedback": "Right: two days after the invasion."},
                    {"text": "June 25", "feedback": "That is when the invasion began."},
                    {"text": "early July", "feedback": "By then the retreat to Pusan had begun."},
                    {"text": "August 1945"}]),
        _q("mc-capital", "multiple_choice", "captured Seoul, the South Korean capital", ["places"], 1,
           choices=[{"text": "Seoul", "correct": True}, {"text": "Pusan", "feedback": "Pusan was the last refuge."}]),
        _q("ms-army", "multiple_select", "with 10 Soviet-equipped divisions", ["troop_counts"], 2,
           choices=[{"text": "10 divisions", "correct": True}, {"text": "Soviet-equipped", "correct": True},
                    {"text": "American-equipped", "feedback": "The text says Soviet-equipped."},
                    {"text": "20 divisions", "feedback": "It was 10."}]),
        _q("tf-troops", "true_false", "the Korean People’s Army (KPA) boasted around 135,000 troops",
           ["troop_counts"], 1, prompt="The KPA had about 250,000 troops.", answer=False,
           correction="around 135,000 troops", feedback_wrong="Check the number of troops in the text."),
        _q("tf-boycott", "true_false", "The Soviet Union was boycotting the council", ["un_security_council"], 2,
           prompt="The Soviet Union was boycotting the council.", answer=True),
        _q("num-troops", "numeric", "boasted around 135,000 troops", ["troop_counts"], 2,
           value=135000, tolerance=5000, unit="troops"),
        _q("num-divisions", "numeric", "with 10 Soviet-equipped divisions", ["troop_counts"], 1,
           value=10, unit="divisions"),
        _q("num-year", "numeric", "By 1950, the Korean People’s Army", ["dates"], 1, value=1950),
        _q("sa-north", "short_answer", "Kim Il Sung, a former guerrilla fighter", ["leaders"], 1,
           accepted=["Kim Il Sung", "Kim Il-sung"]),
        _q("sa-south", "short_answer", "Syngman Rhee, a staunch anti-communist", ["leaders"], 2,
           accepted=["Syngman Rhee"]),
        _q("sa-date", "short_answer", "On June 25, 1950, the North Korean army launched a surprise attack",
           ["dates"], 2, accepted=["June 25, 1950"]),
        _q("sa-year", "short_answer", "By 1950, the Korean People’s Army", ["dates"], 1, accepted=["1950"]),
        _q("sa-parallel", "short_answer", "pouring across the 38th parallel", ["places"], 1,
           accepted=["38th parallel"]),
        _q("sa-divisions", "short_answer", "with 10 Soviet-equipped divisions", ["troop_counts"], 2,
           accepted=["10"]),
        _q("ord-events", "ordering", "On June 25, 1950, the North Korean army launched a surprise attack",
           ["dates"], 3, items=[
               {"text": "Invasion", "date": "June 25, 1950"},
               {"text": "Seoul falls", "date": "June 27",
                "evidence": {"source": "kw", "quote": "captured Seoul, the South Korean capital, on June 27"}},
               {"text": "Retreat to Pusan", "date": "early July",
                "evidence": {"source": "kw", "quote": "By early July, the South Korean forces were retreating"}},
           ]),
        _q("match-leaders", "matching", "Kim Il Sung, a former guerrilla fighter", ["leaders"], 3,
           pairs=[{"left": "Kim Il Sung", "right": "the North"}, {"left": "Syngman Rhee", "right": "the South"},
                  {"left": "Joseph Stalin", "right": "the Soviet Union"}],
           distractors=["Japan"], support_note="The pairs come from two sentences of the first paragraph."),
        _q("cite-troops", "cite", "the Korean People’s Army (KPA) boasted around 135,000 troops",
           ["troop_counts"], 2, statement="The North Korean army was large."),
        _q("cite-veto", "cite", "The Soviet Union was boycotting the council and could not veto it.",
           ["un_security_council"], 3, statement="The USSR could not block the resolution."),
    ]
    return {"schema_version": 1, "id": "engine-test", "title": "Engine test set", "status": status,
            "sources": [{"id": "kw", "title": "The Korean War, 1950", "citation": "Test", "text": SOURCE_TEXT}],
            "questions": questions}


def make_set(data: dict) -> QuestionSet:
    qset = QuestionSet.model_validate(data)
    check_set(qset)  # resolves the evidence spans, as loading does
    return qset


def generated_set_dict(per_topic: int = 10, set_id: str = "generated") -> dict:
    """per_topic questions for each core topic, types and difficulties cycling (for drawing tests)."""
    questions = []
    for t, topic in enumerate(CORE_TOPICS):
        for i in range(per_topic):
            qid = f"{topic}-{i:02d}"
            difficulty = 1 + (i % 3)
            if i % 2 == 0:
                questions.append(_q(qid, "multiple_choice", "captured Seoul, the South Korean capital", [topic],
                                    difficulty, support_note="generated",
                                    choices=[{"text": f"right {qid}", "correct": True},
                                             {"text": f"wrong a {qid}"}, {"text": f"wrong b {qid}"},
                                             {"text": f"wrong c {qid}"}]))
            else:
                questions.append(_q(qid, "true_false", "captured Seoul, the South Korean capital", [topic],
                                    difficulty, support_note="generated", answer=bool(t % 2)))
    return {"schema_version": 1, "id": set_id, "title": "Generated", "questions": questions,
            "sources": [{"id": "kw", "title": "The Korean War, 1950", "text": SOURCE_TEXT}]}


class ManualClock:
    """A monotonic clock the test moves by hand (time limits without sleeping)."""

    def __init__(self, start: float = 1000.0):
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


RIGHT = {"mc-seoul": 0, "mc-capital": 0, "ms-army": {0, 1}, "tf-troops": False, "tf-boycott": True,
         "num-troops": "135,000", "num-divisions": "10", "num-year": "1950", "sa-north": "Kim Il Sung",
         "sa-south": "Syngman Rhee", "sa-date": "25 June 1950", "sa-year": "1950", "sa-parallel": "38th parallel",
         "sa-divisions": "10", "ord-events": [0, 1, 2], "match-leaders": {0: 0, 1: 1, 2: 2}}
WRONG = {"mc-seoul": 1, "mc-capital": 1, "ms-army": {2}, "tf-troops": True, "tf-boycott": False,
         "num-troops": "1", "num-divisions": "1", "num-year": "1", "sa-north": "Kim Jong Il", "sa-south": "Lee",
         "sa-date": "1951", "sa-year": "1951", "sa-parallel": "39th parallel", "sa-divisions": "11",
         "ord-events": [2, 1, 0], "match-leaders": {0: 3, 1: 3, 2: 3}}


def right_answer(shown):
    q = shown.question
    if q.type == "cite":
        span = q.evidence.span
        return next(s.index for s in shown.sentences if s.start <= span[0] and span[1] <= s.end)
    return RIGHT[q.id]


def wrong_answer(shown):
    q = shown.question
    if q.type == "cite":
        span = q.evidence.span
        return next(s.index for s in shown.sentences if s.end <= span[0] or s.start >= span[1])
    return WRONG[q.id]


def play(rnd, answer=right_answer):
    results = []
    while (shown := rnd.present()) is not None:
        results.append(rnd.answer(answer(shown)))
    return results


def signature(rnd):
    return [(p.question.id, p.choice_order, p.item_order, p.left_order, p.right_order) for p in rnd.presented]
