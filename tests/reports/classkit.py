"""Helpers of the report tests: a class computed by hand (six students, seven rounds, three built-in questions).

Questions: Q1 = kw-001 (multiple choice; right: "The Yalta Conference"; choice 1 = "The Potsdam Conference",
choice 2 = "The Cairo Conference"), Q2 = kw-003 (true/false), Q3 = kw-014 (short answer).

======  =====================  ====  ====  ====================  =====
student round (computer, id)    Q1    Q2    Q3                    total
======  =====================  ====  ====  ====================  =====
Ana     A 1  (2 May 09:00)      yes   yes   yes                   3/4 (75 %)
Ana     A 2  (3 May 09:00)                  no
Ben     A 3                     yes   no    no                    1/3
Cy      B 1                     yes   yes   no                    2/3
Dee     B 2                     no:Potsdam (as text)  yes   no    1/3
Eli     C 1                     no:1 (JSON = Potsdam)  yes   yes  2/3
Fay     C 2                     no:2 (JSON = Cairo)    no    skipped  0/3
======  =====================  ====  ====  ====================  =====

Ranking by total: Ana 75 %, Cy 66.7, Eli 66.7, Ben 33.3, Dee 33.3, Fay 0 (ties by name).
Thirds (6 // 3 = 2): top Ana, Cy; bottom Dee, Fay.
Q1: facility 3/6 = 0.50; top 1, bottom 0 -> D = 1.00; most chosen wrong: Potsdam, 2 of 3 wrong answers.
Q2: facility 4/6 = 0.67; top 1, bottom (1 + 0) / 2 = 0.5 -> D = 0.50.
Q3: facility 2/7 = 0.29; top (Ana 1/2 + Cy 0) / 2 = 0.25, bottom 0 -> D = 0.25.
"""

from __future__ import annotations

import csv

from quiz_app.reports import ANSWER_COLUMNS

Q1, Q2, Q3 = "kw-001", "kw-003", "kw-014"


def row(student, round_id, question, verdict, given="", at="2024-05-02 09:00:00", mode="scored", points=None):
    points = (1 if verdict == "yes" else 0) if points is None else points
    return [student, "korean-war-1950", str(round_id), mode, question, given, verdict, f"{points:g}", "1", "12.0", at]


ANA_1 = [row("Ana", 1, Q1, "yes", "0", "2024-05-02 09:00:00"), row("Ana", 1, Q2, "yes", "false", "2024-05-02 09:00:20"),
         row("Ana", 1, Q3, "yes", '"Kim Il Sung"', "2024-05-02 09:00:40")]
ANA_2 = [row("Ana", 2, Q3, "no", '"Syngman Rhee"', "2024-05-03 09:00:00")]
BEN = [row("Ben", 3, Q1, "yes", "0", "2024-05-02 10:00:00"), row("Ben", 3, Q2, "no", "true", "2024-05-02 10:00:10"),
       row("Ben", 3, Q3, "no", '"Rhee"', "2024-05-02 10:00:20")]
CY = [row("Cy", 1, Q1, "yes", "The Yalta Conference", "2024-05-02 11:00:00"),
      row("Cy", 1, Q2, "yes", "False", "2024-05-02 11:00:10"),
      row("Cy", 1, Q3, "no", "Mao", "2024-05-02 11:00:20")]
DEE = [row("Dee", 2, Q1, "no", "The Potsdam Conference", "2024-05-02 12:00:00"),
       row("Dee", 2, Q2, "yes", "False", "2024-05-02 12:00:10"),
       row("Dee", 2, Q3, "no", "Stalin", "2024-05-02 12:00:20")]
ELI = [row("Eli", 1, Q1, "no", "1", "2024-05-02 13:00:00"), row("Eli", 1, Q2, "yes", "false", "2024-05-02 13:00:10"),
       row("Eli", 1, Q3, "yes", '"Kim Il-sung"', "2024-05-02 13:00:20")]
FAY = [row("Fay", 2, Q1, "no", "2", "2024-05-02 14:00:00"), row("Fay", 2, Q2, "no", "true", "2024-05-02 14:00:10"),
       row("Fay", 2, Q3, "skipped", "", "2024-05-02 14:00:20")]


def write_csv(path, rows, header=ANSWER_COLUMNS, bom=True):
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for r in rows:
            if isinstance(r, str):
                fh.write(r)
            else:
                writer.writerow(r)
    return path
