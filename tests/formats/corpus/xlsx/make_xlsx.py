"""Writes the .xlsx files of the corpus (run from this folder: python make_xlsx.py).

kahoot-quiz.xlsx follows Kahoot's quiz template as a teacher fills it in Google Sheets and downloads
it: instructions in rows 1-7, the header in row 8, numbered rows down to 100, numbers stored as floats.
template-sheet.xlsx is our CSV template typed into Excel, on a second sheet.
"""

from __future__ import annotations

from datetime import datetime

from openpyxl import Workbook

KAHOOT_HEADER = [
    None, "Question - max 120 characters", "Answer 1 - max 75 characters", "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters", "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs", "Correct answer(s) - choose at least one",
]


def kahoot() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["B2"] = "Quiz template"
    ws["B3"] = "Add questions, at least two answer alternatives, time limit and choose correct answers (at least one)."
    ws["B4"] = "Remember: questions have a limit of 120 characters and answers can have 75 characters max."
    ws["B5"] = "See an example question below (don't forget to overwrite this with your first question!)"
    ws["B6"] = "And remember, if you're not using Excel you need to export to .xlsx format before you upload to Kahoot!"
    ws.append([])
    for col, text in enumerate(KAHOOT_HEADER, 1):
        ws.cell(row=8, column=col, value=text)
    rows = [
        ["Who was installed as leader of North Korea?", "Syngman Rhee", "Kim Il Sung", "Mao Zedong", "Stalin",
         20.0, 2.0],
        ["In which year did the Korean War begin?", 1945.0, 1950.0, 1953.0, None, 30.0, 2.0],
        ["Which powers backed North Korea?", "Soviet Union", "United States", "China", "Britain", 20.0, "1,3"],
        ["Seoul fell on June 27, 1950.", "True", "False", None, None, 10.0, 1.0],
        ["On which day did the invasion begin?", datetime(1950, 6, 25), datetime(1950, 6, 27), None, None, 20.0,
         "1"],
        ["Which cities were captured in June 1950?", "Seoul", "Tokyo", "Pusan", "Kaesong", 60.0, "1, 4"],
        ["This row marks an empty answer as correct", "A", "B", None, None, 20.0, 3.0],
        [None, "An answer", "without a question", None, None, 20.0, 1.0],
        ["Only one answer?", "Yes", None, None, None, 20.0, 1.0],
        ["The correct cell says 'B'", "A", "B", None, None, 20.0, "B"],
    ]
    for i in range(1, 101):
        r = 8 + i
        ws.cell(row=r, column=1, value=float(i))
        if i <= len(rows):
            for col, value in enumerate(rows[i - 1], 2):
                ws.cell(row=r, column=col, value=value)
    wb.save("kahoot-quiz.xlsx")


def template() -> None:
    wb = Workbook()
    notes = wb.active
    notes.title = "Notes"
    notes["A1"] = "Questions are on the next sheet."
    ws = wb.create_sheet("Questions")
    ws.append(["id", "type", "topics", "prompt", "answer", "option_1", "option_2", "option_3", "tolerance",
               "difficulty"])
    ws.append(["x-1", "multiple_choice", "leaders", "Who led the South?", "Syngman Rhee", "Kim Il Sung",
               "Syngman Rhee", "Mao Zedong", None, 1.0])
    ws.append(["x-2", "numeric", "dates", "In what year did the war begin?", 1950.0, None, None, None, 0.0, 2.0])
    ws.append(["x-3", "multiple_choice", "places", "Which city fell on June 27?", 4.0, "Seoul", "Pusan", None,
               None, 2.0])
    ws.append(["x-4", "true_false", "dates", "The invasion began on June 25, 1950.", True, None, None, None, None,
               3.0])
    ws.append(["x-5", "numeric", "troop_counts", "How many troops?", "many", None, None, None, None, None])
    wb.save("template-sheet.xlsx")


if __name__ == "__main__":
    kahoot()
    template()
