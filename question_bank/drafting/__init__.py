"""Draft questions from a source text, offline: every answer is a span of its own quoted sentence.

    from question_bank.drafting import draft_questions, suggest_questions
    qset = draft_questions(text, title="Berlin Airlift")          # a QuestionSet, status "draft"
    result = suggest_questions(text)                               # the set plus a DraftInfo per question
    for info in result.drafts: print(info.question_id, info.type, info.kind, info.score)

No Qt here; the editor calls these functions (off the GUI thread for long texts).
"""

from .api import DraftInfo, DraftResult, draft_questions, suggest_questions

__all__ = ["DraftInfo", "DraftResult", "draft_questions", "suggest_questions"]
