<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>ChoiceInput</name>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="109" />
            <source>Choice {number}: {text}</source>
            <extracomment>the letter keys of the choices, as many as a multiple-choice question may have (models.MAX_CHOICES)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="110" />
            <source>Press Space to tick or untick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="110" />
            <source>Press Enter to answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="129" />
            <source>Submit with only 1 box ticked? More than one answer may be right.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CiteInput</name>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="358" />
            <source>Sentences of the source text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="360" />
            <source>Use the arrow keys to choose the sentence that proves the statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="387" />
            <source>Choose the sentence that proves it:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClozeInput</name>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="178" />
            <source>— choose —</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="195" />
            <source>The passage, with %n gap(s) to fill</source>
            <extracomment>one input per gap, in reading order (QLineEdit for typed gaps, QComboBox for chosen ones)</extracomment>
            <translation>
                <numerusform>The passage, with %n gap to fill</numerusform>
                <numerusform>The passage, with %n gaps to fill</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="196" />
            <source>(gap)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="213" />
            <source>Word bank: with a word-bank gap chosen, click a word or press its number (a word may be used more than once).</source>
            <extracomment>the word labels of the passage (tests check none is cut off)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="218" />
            <source>Word bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="227" />
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="383" />
            <source>Word {number}: {word}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="254" />
            <source>a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="275" />
            <source>Gap {number} of {total}, {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="279" />
            <source>After the words: {words}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="280" />
            <source>At the start of the passage</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="326" />
            <source>Submit with %n of {total} gaps empty?</source>
            <translation>
                <numerusform>Submit with %n of {total} gaps empty?</numerusform>
                <numerusform>Submit with %n of {total} gaps empty?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="380" />
            <source>{number}. {word} ✓ in gap {gaps}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="382" />
            <source>Word {number}: {word}, used in gap {gaps}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FeedbackScreen</name>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="78" />
            <source>Feedback on your answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="86" />
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="104" />
            <source>When this question comes back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="110" />
            <location filename="../quiz_app/ui/feedback_screen.py" line="194" />
            <source>What the text says:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="123" />
            <source>&amp;Read in source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="124" />
            <source>Read this passage in the full source text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="128" />
            <location filename="../quiz_app/ui/feedback_screen.py" line="200" />
            <source>&amp;Next question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="130" />
            <source>Next question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="166" />
            <source>Your answer: {answer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="167" />
            <source>You did not answer this question.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="168" />
            <source>Correct answer: {correct_answer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="172" />
            <source>About your choice: {feedback}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="174" />
            <source>Why: {explanation}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="186" />
            <source>the title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="186" />
            <source>a heading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="187" />
            <source>the text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="189" />
            <source>paragraph {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="190" />
            <source>paragraphs {numbers} and {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="191" />
            <source>What the text says ({which} of “{source_title}”):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="219" />
            <source>Your answers, gap by gap:
{lines}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="220" />
            <source>The text's words: {answer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="222" />
            <source>The passage with the gaps filled by the text's words</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryChart</name>
        <message>
            <location filename="../quiz_app/ui/widgets/history_chart.py" line="21" />
            <source>Score per round chart</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/widgets/history_chart.py" line="34" />
            <source>%n round(s). Latest {latest:.0f}% on {day}; best {best:.0f}%.</source>
            <translation>
                <numerusform>%n round. Latest {latest:.0f}% on {day}; best {best:.0f}%.</numerusform>
                <numerusform>%n rounds. Latest {latest:.0f}% on {day}; best {best:.0f}%.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/history_chart.py" line="36" />
            <source>No scored rounds yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/history_chart.py" line="60" />
            <source>No scored rounds yet: play a round to see your progress.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/history_chart.py" line="67" />
            <source>pass mark</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="67" />
            <source>Answering: 1–9 (0 for a tenth) or A–J choose an answer · T / F true or false · Space ticks a box · Enter answers and goes on · Alt+Up / Alt+Down move an event in an ordering question · in a fill-the-gaps passage, Tab / Shift+Tab go from gap to gap and a number places that word of the word bank · Esc asks before leaving a round.</source>
            <extracomment>one menu entry: (attribute name, text, shortcuts, slot); None is a separator keys of the round's screens, which belong to no menu action</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="131" />
            <source>History Quiz</source>
            <extracomment>"Quit in the middle of this round?" while it is open; the student's yes closes the window "Start afresh?" for an unfinished scored round, while it is open</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="172" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="173" />
            <source>&amp;Open a set file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="174" />
            <source>&amp;Export my results…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="176" />
            <location filename="../quiz_app/ui/main_window.py" line="376" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="178" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="179" />
            <source>&amp;Bigger text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="181" />
            <source>&amp;Smaller text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="183" />
            <source>&amp;Normal text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="186" />
            <source>My &amp;progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="187" />
            <source>Se&amp;ttings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="189" />
            <source>&amp;Teacher</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="190" />
            <source>&amp;Edit question sets…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="191" />
            <source>&amp;Class report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="192" />
            <source>&amp;Print a worksheet of the selected set…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="195" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="196" />
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="197" />
            <source>&amp;About History Quiz</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="374" />
            <source>Quit in the middle of a round?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="375" />
            <source>Quit History Quiz in the middle of this round?

Your answers so far are saved. Next time, the start screen offers to continue the round.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="376" />
            <source>&amp;Keep playing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="409" />
            <source>There is already a student called {name}; they are selected now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="415" />
            <source>The new student could not be saved: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="436" />
            <source>The question sets could not be loaded: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="441" />
            <source>Opening {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="476" />
            <source>0 due today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="483" />
            <source>{due} due today, {new} new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="541" />
            <source>No questions match your choice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="574" />
            <source>{answered} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="576" />
            <source>Give up the unfinished round?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="577" />
            <source>Start afresh and give up your unfinished scored round?

It is kept in your results as abandoned, with {of_total} questions answered; the questions not answered count 0 points.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="579" />
            <source>&amp;Give it up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="579" />
            <source>&amp;Keep it for later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="615" />
            <source>Add a student first to see progress.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="655" />
            <source>Choose a question set to print.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="663" />
            <source>Add a student first: there are no results to export yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="666" />
            <source>{name} - quiz results.csv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="666" />
            <source>My</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="667" />
            <source>Export my results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="667" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="677" />
            <source>Your results could not be saved to {path}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/main_window.py" line="679" />
            <source>Saved %n answer(s) to {path}. Give this file to your teacher.</source>
            <translation>
                <numerusform>Saved %n answer to {path}. Give this file to your teacher.</numerusform>
                <numerusform>Saved %n answers to {path}. Give this file to your teacher.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="715" />
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="718" />
            <source>About History Quiz</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="719" />
            <source>History Quiz: practise on questions whose every answer is proved by a quote from the source text.

Your scores are kept in {where}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="720" />
            <source>memory (not saved)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MatchingInput</name>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="297" />
            <source>— choose —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="313" />
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="316" />
            <source>Partner for {left}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="335" />
            <source>Submit with {open_pairs} of %n pair(s) unmatched?</source>
            <translation>
                <numerusform>Submit with {open_pairs} of %n pair unmatched?</numerusform>
                <numerusform>Submit with {open_pairs} of %n pairs unmatched?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewProfileDialog</name>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="74" />
            <source>New student</source>
            <extracomment>the ticked topics of the chosen set every topic of the set is ticked: the round is not filtered by topic</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="77" />
            <source>Student name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="79" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="84" />
            <source> × time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="85" />
            <source>Extra time factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="86" />
            <source>1.5 gives half as much time again in timed rounds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="87" />
            <source>&amp;Extra time:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="88" />
            <source>For students who get extra time in tests: 1.5 gives half as much time again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrderingInput</name>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="238" />
            <source>Events to put in order, earliest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="240" />
            <source>Select an event and press Alt+Up or Alt+Down to move it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="253" />
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="254" />
            <source>Move the selected event earlier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="255" />
            <source>Alt+Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="256" />
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="257" />
            <source>Move the selected event later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="258" />
            <source>Alt+Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="265" />
            <source>Earliest at the top. Drag, or select and press Alt+Up / Alt+Down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="274" />
            <source>Place {place} of {count}: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="283" />
            <source>Submit the events in the order shown? You have not moved any of them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PassageView</name>
        <message>
            <location filename="../quiz_app/ui/widgets/text.py" line="87" />
            <source>Quoted passage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/text.py" line="96" />
            <location filename="../quiz_app/ui/widgets/text.py" line="113" />
            <source>The highlighted words are the quote: {quote}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/text.py" line="111" />
            <source>The highlighted words are the quotes: {quotes}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintDialog</name>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="266" />
            <location filename="../quiz_app/ui/printing.py" line="267" />
            <source>Print a worksheet</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/printing.py" line="269" />
            <source>Print “{title}” (%n question(s)) as a PDF file.</source>
            <translation>
                <numerusform>Print “{title}” (%n question) as a PDF file.</numerusform>
                <numerusform>Print “{title}” (%n questions) as a PDF file.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="272" />
            <source>What to print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="274" />
            <source>The &amp;worksheet (for students)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="275" />
            <source>The answer &amp;key (for the teacher)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="276" />
            <source>B&amp;oth, the worksheet and its key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="287" />
            <location filename="../quiz_app/ui/printing.py" line="380" />
            <source>Print the source &amp;text first, with line numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="288" />
            <source>Print the source text first, with line numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="292" />
            <source>Two &amp;versions, A and B (questions and choices in another order, each with its own key)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="294" />
            <source>Print two versions, A and B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="297" />
            <source>A one-page answer &amp;grid to fill in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="298" />
            <source>Print a one-page answer grid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="302" />
            <source>Paper size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="304" />
            <source>&amp;A4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="305" />
            <source>&amp;Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="306" />
            <source>A4 paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="307" />
            <source>Letter paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="316" />
            <source>Save to &amp;file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="320" />
            <source>File name of the PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="327" />
            <source>&amp;Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="328" />
            <source>Choose where to save the PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="334" />
            <source>The files that will be saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="342" />
            <source>Making the PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="347" />
            <source>Print status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="353" />
            <source>&amp;Save PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="355" />
            <source>Save the PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="358" />
            <source>Cancel printing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="381" />
            <source>Print the source &amp;text before the key, with line numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="388" />
            <source>One file is saved: “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/printing.py" line="391" />
            <source>%n files are saved side by side: {names}.</source>
            <translation>
                <numerusform>%n files are saved side by side: {names}.</numerusform>
                <numerusform>%n files are saved side by side: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/printing.py" line="434" />
            <source>{label}: {name} (%n page(s))</source>
            <translation>
                <numerusform>{label}: {name} (%n page)</numerusform>
                <numerusform>{label}: {name} (%n pages)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="394" />
            <source>Save the PDF as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="394" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="417" />
            <source>Making the PDF…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>: {name} (%n page(s))</source>
            <translation type="vanished">
                <numerusform>: {name} (%n page)</numerusform>
                <numerusform>: {name} (%n pages)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="437" />
            <source>Saved. </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="442" />
            <source>The PDF could not be saved: {exc}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProblemsDialog</name>
        <message>
            <location filename="../quiz_app/ui/widgets/problems_dialog.py" line="19" />
            <source>Problems in this question set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/problems_dialog.py" line="24" />
            <source>“{path}” cannot be opened as a question set:</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/widgets/problems_dialog.py" line="26" />
            <source>“{path}” has %n problem(s). It can be practised, but not played as a scored round until they are fixed:</source>
            <translation>
                <numerusform>“{path}” has %n problem. It can be practised, but not played as a scored round until they are fixed:</numerusform>
                <numerusform>“{path}” has %n problems. It can be practised, but not played as a scored round until they are fixed:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/problems_dialog.py" line="32" />
            <source>List of problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/problems_dialog.py" line="43" />
            <source>line {line}, column {column}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/problems_dialog.py" line="44" />
            <source>the whole file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/problems_dialog.py" line="46" />
            <source>• At {place}{where}: {message}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProgressScreen</name>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="31" />
            <source>mastered</source>
            <extracomment>a paragraph's status (the score store's words) as shown</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="32" />
            <source>getting there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="33" />
            <source>keep missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="34" />
            <location filename="../quiz_app/ui/progress_screen.py" line="114" />
            <source>not practised yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="46" />
            <location filename="../quiz_app/ui/progress_screen.py" line="52" />
            <source>Your progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="49" />
            <source>Which set this shows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="58" />
            <source>Score in each scored round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="63" />
            <source>Mastery by topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="66" />
            <source>Map of the source text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="67" />
            <source>Each paragraph of the text, with how well you answer the questions that quote it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="70" />
            <source>Paragraphs of the source and how well you master each</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="71" />
            <source>Press Enter to read the paragraph in the source text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="79" />
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="80" />
            <source>Back to the start screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="92" />
            <source>{student_name}: your progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="93" />
            <source>Set: {title}. Topics and the map are for this set; scored rounds are of every set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="94" />
            <source>No set is chosen: choose one on the start screen to see its map.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/progress_screen.py" line="100" />
            <source> You practised %n day(s) in a row.</source>
            <translation>
                <numerusform> You practised %n day in a row.</numerusform>
                <numerusform> You practised %n days in a row.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/progress_screen.py" line="101" />
            <source>%n scored round(s), average {avg:.0f}%, latest {latest:.0f}%.{streak}</source>
            <translation>
                <numerusform>%n scored round, average {avg:.0f}%, latest {latest:.0f}%.{streak}</numerusform>
                <numerusform>%n scored rounds, average {avg:.0f}%, latest {latest:.0f}%.{streak}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="104" />
            <source>No scored rounds yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/progress_screen.py" line="114" />
            <source>{correct} of %n answer(s) right</source>
            <translation>
                <numerusform>{correct} of %n answer right</numerusform>
                <numerusform>{correct} of %n answers right</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="116" />
            <source>{topic} mastery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="126" />
            <source>{correct}/{answered} right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="126" />
            <source>no answers yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="135" />
            <source>Paragraph {number}: {status}, {counts}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuestionScreen</name>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="43" />
            <source>S&amp;ure</source>
            <extracomment>certainty-based marking: (certainty, button text with its Alt key, what it earns)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="43" />
            <source>Fai&amp;rly sure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="44" />
            <source>N&amp;ot sure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="132" />
            <source>Progress</source>
            <extracomment>"Submit with 2 of 3 pairs unmatched?" while it is open</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="136" />
            <source>Score so far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="146" />
            <source>The question and your answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="158" />
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="168" />
            <source>Statement to prove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="172" />
            <source>How sure are you? (points if right / if wrong)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="182" />
            <source>Certainty-based marking: right {right}, wrong {wrong}, times the points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="196" />
            <source>Leave round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="197" />
            <source>Leave this round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="198" />
            <source>Esc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="201" />
            <source>Show me the &amp;passage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="202" />
            <source>Show me the passage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="204" />
            <source>Read the paragraph that answers this question. Your answer then earns no spaced-review credit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="208" />
            <source>Add a &amp;minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="209" />
            <source>Add a minute to the time limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="211" />
            <source>No time &amp;limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="212" />
            <source>Switch the time limit off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="218" />
            <source>&amp;Answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="220" />
            <source>Submit your answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="221" />
            <source>Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="242" />
            <source>Question {number} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/question_screen.py" line="245" />
            <source>{type} · {topics} · {points:g} point(s)</source>
            <translation>
                <numerusform>{type} · {topics} · {points:g} point</numerusform>
                <numerusform>{type} · {topics} · {points:g} points</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="249" />
            <source>“{statement}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="277" />
            <source> Say how sure you are first: Alt+U, Alt+R or Alt+O.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="285" />
            <source>Question {number} of {total}. {prompt}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="291" />
            <source>Paragraph {number} of “{source_title}”, as you asked (this answer earns no spaced-review credit):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="330" />
            <source>Time left: {minutes}:{secs:02d}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="331" />
            <source>{minutes} minutes {secs} seconds left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="355" />
            <source>Choose or type an answer first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="359" />
            <source>Say how sure you are first: Alt+U sure, Alt+R fairly sure, Alt+O not sure.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="374" />
            <source>Submit this answer?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="374" />
            <source>&amp;Submit anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="374" />
            <source>&amp;Keep answering</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportScreen</name>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="275" />
            <source>Class report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="284" />
            <source>Add the result files your students exported (several at once if you like), or use the results stored on this computer, then choose the question set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="289" />
            <source>Result files in the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="294" />
            <source>&amp;Add result files…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="295" />
            <location filename="../quiz_app/ui/report_screen.py" line="477" />
            <source>Add result files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="297" />
            <source>&amp;Remove file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="298" />
            <source>Remove the selected result files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="300" />
            <source>Use the results on this &amp;computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="301" />
            <source>Use the results stored on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="311" />
            <source>Question &amp;set:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="313" />
            <source>Question set of the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="318" />
            <source>Scored rounds &amp;only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="319" />
            <source>Count scored rounds only, not practice or reviews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="327" />
            <source>Report summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="330" />
            <source>Notes about the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="336" />
            <source>Reading the result files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="341" />
            <source>Report tables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="342" />
            <source>Scores of each student in each round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="342" />
            <location filename="../quiz_app/ui/report_screen.py" line="578" />
            <source>Student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="342" />
            <location filename="../quiz_app/ui/report_screen.py" line="578" />
            <source>Rounds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="342" />
            <location filename="../quiz_app/ui/report_screen.py" line="354" />
            <location filename="../quiz_app/ui/report_screen.py" line="358" />
            <location filename="../quiz_app/ui/report_screen.py" line="578" />
            <source>Score %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="342" />
            <location filename="../quiz_app/ui/report_screen.py" line="578" />
            <source>Third</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="344" />
            <source>Statistics of each question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="345" />
            <location filename="../quiz_app/ui/report_screen.py" line="350" />
            <source>No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="345" />
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="345" />
            <location filename="../quiz_app/ui/report_screen.py" line="354" />
            <location filename="../quiz_app/ui/report_screen.py" line="357" />
            <source>Right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="345" />
            <source>Facility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="345" />
            <source>Discrimination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="372" />
            <source>Which parts of the text the class keeps missing, weakest first. ¶: the paragraph's number, as marked on the printed text (the title is not counted).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="387" />
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="389" />
            <source>Export the report as an Excel workbook or as CSV files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="346" />
            <location filename="../quiz_app/ui/report_screen.py" line="351" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="347" />
            <source>Right answers out of all answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="347" />
            <source>Share of answers that were right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="348" />
            <source>Top third minus bottom third (see below the table)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="353" />
            <source>Score of the class by topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="354" />
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="354" />
            <location filename="../quiz_app/ui/report_screen.py" line="357" />
            <source>Answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="355" />
            <source>Students</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="355" />
            <location filename="../quiz_app/ui/report_screen.py" line="358" />
            <source>Below the pass mark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="356" />
            <source>Score of the class by paragraph of the source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="360" />
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="357" />
            <source>Paragraph</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="52" />
            <source>A question with fewer than {minimum} answers is not judged (too few answers to judge). Facility: the share of answers that were right (1.00 = everybody right). Discrimination: the share right among the top third of students (by total score) minus the share right among the bottom third; below 0.20 a question does not tell stronger and weaker students apart, below 0 the weaker students did better. It needs at least 3 students.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="346" />
            <source>Most common
wrong answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="349" />
            <source>Each gap of the fill-the-gaps questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="350" />
            <source>Gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="350" />
            <source>Answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="350" />
            <source>Filled right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="351" />
            <source>Share right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="351" />
            <source>Most common
wrong answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="352" />
            <source>Answers that filled this gap right, out of all answers to the question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="357" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="358" />
            <source>Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="359" />
            <source>Problems found in the result files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="360" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="360" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="362" />
            <source>Each cell is a round's score (right answers out of answers, and %), oldest first. Third: top or bottom third of the class by total score.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="364" />
            <source>St&amp;udents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="367" />
            <source>&amp;Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="368" />
            <source>Which gaps of each passage the class fills right, and what they wrote instead. Gap numbers are those of the printed worksheet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="369" />
            <source>Gap&amp;s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="370" />
            <source>Weakest first: points earned out of possible points.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="371" />
            <source>To&amp;pics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="374" />
            <source>Para&amp;graphs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="375" />
            <source>How many rounds scored in each band of 10 percent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="375" />
            <source>C&amp;hart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="376" />
            <source>Lines that were left out of the report, and why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="377" />
            <location filename="../quiz_app/ui/report_screen.py" line="558" />
            <location filename="../quiz_app/ui/report_screen.py" line="572" />
            <source>Proble&amp;ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="381" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="384" />
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="385" />
            <source>Back to the start screen</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/report_screen.py" line="436" />
            <source>{title} (%n question(s))</source>
            <translation>
                <numerusform>{title} (%n question)</numerusform>
                <numerusform>{title} (%n questions)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="478" />
            <source>Result files (*.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="529" />
            <source>Some answers are to a question set that is not open in the app ({sets}). Open that set first to see its questions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="538" />
            <source>The report could not be made: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="544" />
            <source>Reading the result files…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="552" />
            <source>No results yet: add result files, or use the results on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="571" />
            <source>Proble&amp;ms ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="578" />
            <source>Round {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="586" />
            <source>{started}, {mode}; {points:g} of {possible:g} points; from {files}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="600" />
            <location filename="../quiz_app/ui/report_screen.py" line="609" />
            <source>{correct} of {answers}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="620" />
            <location filename="../quiz_app/ui/report_screen.py" line="626" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="631" />
            <source>Excel workbook, a sheet per table (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="632" />
            <source>CSV files, one per table (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="640" />
            <source>Export the report as</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/report_screen.py" line="654" />
            <source>Saved the report as %n CSV file(s), one per table, in {folder}: {names}.</source>
            <translation>
                <numerusform>Saved the report as %n CSV file, one per table, in {folder}: {names}.</numerusform>
                <numerusform>Saved the report as %n CSV files, one per table, in {folder}: {names}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="660" />
            <source>Saved the report as {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="662" />
            <source>The report could not be saved: {reason}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultsScreen</name>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="31" />
            <source>Practice</source>
            <extracomment>the results title for each kind of round</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="31" />
            <source>Scored round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="31" />
            <source>Review of mistakes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="32" />
            <source>Spaced review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="56" />
            <source>Results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="59" />
            <source>Your results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="66" />
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="73" />
            <source>How sure you were, and how often you were right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="76" />
            <source>By topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="79" />
            <location filename="../quiz_app/ui/results_screen.py" line="181" />
            <source>Questions to look at again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="81" />
            <source>Select one and press Enter (or double-click) to see its feedback.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="85" />
            <source>Questions you missed, with the quote that answers each</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="92" />
            <source>&amp;Back to start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="93" />
            <source>Back to the start screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="95" />
            <source>&amp;Print this round…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="96" />
            <source>Print this round as a worksheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="98" />
            <source>See &amp;feedback on every answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="99" />
            <source>See the feedback on every answer of this round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="101" />
            <source>&amp;Review these mistakes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="102" />
            <source>Review these mistakes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="104" />
            <source>Play &amp;again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="106" />
            <source>Play again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="127" />
            <source>{mode}: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="131" />
            <source>No questions answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="133" />
            <source>Not scored: counted over the questions you answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="136" />
            <source>✓  Passed (the pass mark is {pass_mark_percent:g}%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="139" />
            <source>✗  Not passed yet (the pass mark is {pass_mark_percent:g}%)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/results_screen.py" line="144" />
            <source>{answered} of %n question(s) answered</source>
            <translation>
                <numerusform>{answered} of %n question answered</numerusform>
                <numerusform>{answered} of %n questions answered</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="146" />
            <source> · reached {reached} of {total}; the {not_reached} not reached count 0 points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="149" />
            <source>{answered} · time {time}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/results_screen.py" line="160" />
            <source>{points} of {possible} point(s) </source>
            <translation>
                <numerusform>{points} of {possible} point </numerusform>
                <numerusform>{points} of {possible} points </numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="162" />
            <source>{topic} score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="171" />
            <source>Partly right ({credit})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="173" />
            <source>Not right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="175" />
            <source>Not answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="176" />
            <source>{tag}: {prompt_text}
    Answer: {correct_answer}
    The text: “{quote}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="183" />
            <source>No mistakes: well done!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="185" />
            <source>No questions were answered in this round.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="201" />
            <source>• {prompt}
   The text: “{quote}”</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/results_screen.py" line="203" />
            <source>
Sure and wrong on %n question(s): here is what the text says.
</source>
            <translation>
                <numerusform>
Sure and wrong on %n question: here is what the text says.
</numerusform>
                <numerusform>
Sure and wrong on %n questions: here is what the text says.
</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoundPlayer</name>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="144" />
            <source>Score: {score} / {possible}</source>
            <extracomment>the catalogue key of the round's set the choice the round was started with (Play again starts it again)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="184" />
            <source> You can add a minute or switch the time limit off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="215" />
            <location filename="../quiz_app/ui/round_player.py" line="295" />
            <source>Question {number} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="216" />
            <source>See your &amp;results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="216" />
            <source>&amp;Next question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="234" />
            <source>Next review of this question: {when}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="248" />
            <source>The questions you have not answered count 0 points.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="249" />
            <source>The round is counted over the questions you have answered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="251" />
            <source>Your answers so far are saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="252" />
            <source>This try records nothing: no answers or scores are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="254" />
            <source>Leave this round?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="255" />
            <source>Leave this round now?

{kept} {rest}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="256" />
            <source>&amp;End the round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="256" />
            <source>&amp;Keep playing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="292" />
            <source>Back to &amp;results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="293" />
            <source>&amp;Next missed question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="293" />
            <source>&amp;Next answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="296" />
            <source>Score: {score}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScoreHistogram</name>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="92" />
            <source>Chart of the score of each round, in bands of 10 percent</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/report_screen.py" line="104" />
            <source>%n round(s). </source>
            <translation>
                <numerusform>%n round. </numerusform>
                <numerusform>%n rounds. </numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="106" />
            <source>No rounds yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="125" />
            <source>No rounds yet: add result files to see how the scores spread.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="155" />
            <source>Score % of each round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="160" />
            <location filename="../quiz_app/ui/report_screen.py" line="161" />
            <source>pass mark</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsScreen</name>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="24" />
            <source>System (as the computer is set)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="25" />
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="25" />
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="26" />
            <source>High contrast (white on black)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="27" />
            <source>8 in 10 (fewer reviews)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="27" />
            <source>8.5 in 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="27" />
            <source>9 in 10 (recommended)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="28" />
            <source>19 in 20 (many more reviews)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="29" />
            <source>As the question set says</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="29" />
            <source>After each answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="30" />
            <source>At the end of the round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="51" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="58" />
            <source>Text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="61" />
            <source>Text size. Also Ctrl+= and Ctrl+- anywhere in the app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="68" />
            <source>Colour theme. System follows your computer's light or dark setting; high contrast is white text on black</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="70" />
            <source>&amp;Colour theme:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="88" />
            <source>How much to remember. A question comes back for review when your chance of remembering it falls to this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="97" />
            <source>Language. Used the next time History Quiz starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="62" />
            <source>&amp;Text size (Ctrl+= / Ctrl+-):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="67" />
            <source>Colour theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="75" />
            <location filename="../quiz_app/ui/settings_screen.py" line="76" />
            <source>When to show feedback in a scored round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="77" />
            <source>&amp;Feedback in scored rounds:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="79" />
            <source>Play a sound after each answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="80" />
            <source>Sound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="81" />
            <source>&amp;Sound:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="86" />
            <source>How much to remember</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="90" />
            <source>&amp;Aim to remember:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="93" />
            <source>The computer's language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="96" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="98" />
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="100" />
            <source>Spaced review brings a question back when your chance of remembering it falls to this. Aiming higher means more reviews.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="102" />
            <source>Practice rounds always show feedback after each answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="103" />
            <source>A new language is used the next time History Quiz starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="107" />
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="108" />
            <source>Back</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SourceReaderScreen</name>
        <message>
            <location filename="../quiz_app/ui/source_reader_screen.py" line="78" />
            <location filename="../quiz_app/ui/source_reader_screen.py" line="89" />
            <source>Source text</source>
            <extracomment>the passage shown in colour (the one whose questions are listed), or None</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/source_reader_screen.py" line="81" />
            <location filename="../quiz_app/ui/source_reader_screen.py" line="82" />
            <source>Which source text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/source_reader_screen.py" line="97" />
            <source>The selected passage and its questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/source_reader_screen.py" line="106" />
            <source>Underlined passages are quoted by questions. Click one (or Tab to it and press Enter) to see which questions cite it; it is then highlighted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/source_reader_screen.py" line="109" />
            <source>No passage selected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/source_reader_screen.py" line="112" />
            <source>Questions that cite the selected passage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/source_reader_screen.py" line="123" />
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/source_reader_screen.py" line="124" />
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/source_reader_screen.py" line="179" />
            <source>%n passage(s) of this text are quoted by questions.</source>
            <extracomment>lines of the text always shown (at most half the screen): the notes below take the rest and scroll</extracomment>
            <translation>
                <numerusform>%n passage of this text are quoted by questions.</numerusform>
                <numerusform>%n passages of this text are quoted by questions.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/source_reader_screen.py" line="221" />
            <source>“{quoted}” is cited by %n question(s):</source>
            <translation>
                <numerusform>“{quoted}” is cited by %n question:</numerusform>
                <numerusform>“{quoted}” is cited by %n questions:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="46" />
            <source>&amp;Practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="46" />
            <source>Feedback after every answer, no time limit. Not a scored round.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="47" />
            <source>Scor&amp;ed round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="47" />
            <source>A fixed number of questions and a final score.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="48" />
            <source>Review &amp;mistakes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="48" />
            <source>Questions you got wrong, most recent first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="49" />
            <source>Spaced rev&amp;iew</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="49" />
            <source>Questions due today, then new ones: each comes back just before you would forget it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="51" />
            <source>practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="51" />
            <source>scored round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="51" />
            <source>review of mistakes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="52" />
            <source>spaced review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="128" />
            <source>History Quiz</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="129" />
            <source>My p&amp;rogress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="130" />
            <source>My progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="132" />
            <source>Se&amp;ttings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="133" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="148" />
            <source>&amp;Continue that round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="149" />
            <source>Continue the interrupted round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="151" />
            <source>Start afresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="152" />
            <source>Do not continue the interrupted round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="160" />
            <source>Choose your round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="170" />
            <source>1. Who is playing?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="173" />
            <location filename="../quiz_app/ui/start_screen.py" line="174" />
            <source>Student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="177" />
            <source>&amp;New student…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="178" />
            <source>Add a new student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="184" />
            <source>2. Which question set?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="187" />
            <source>Question sets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="194" />
            <source>Loading question sets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="195" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="199" />
            <source>&amp;Open a set file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="200" />
            <source>Open a question set file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="202" />
            <source>Read the so&amp;urce text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="203" />
            <source>Read the source text of the selected set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="211" />
            <source>3. How do you want to play?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="232" />
            <source>4. Topics and number of questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="239" />
            <source>This set's questions have no topics: all of them can be drawn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="396" />
            <source>Topic: {topic}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="247" />
            <source>Number of questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="249" />
            <source>Number of &amp;questions:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="262" />
            <source>The round you are about to start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="267" />
            <source>&amp;Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="269" />
            <source>Start the round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="325" />
            <source>(add a student first)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/start_screen.py" line="339" />
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n question</numerusform>
                <numerusform>%n questions</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="341" />
            <source>shared by the school</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="343" />
            <source>last score {score}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="345" />
            <source>draft: practice only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="358" />
            <source>Review &amp;mistakes ({mistakes})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="359" />
            <source>Spaced rev&amp;iew ({due})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/start_screen.py" line="360" />
            <source>Review mistakes, %n question(s)</source>
            <translation>
                <numerusform>Review mistakes, %n question</numerusform>
                <numerusform>Review mistakes, %n questions</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="361" />
            <source>Spaced review, {due}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="368" />
            <source>d MMMM yyyy 'at' HH:mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="370" />
            <source>You have an unfinished {mode} of “{title}” from {when}: {answered} of {total} questions answered.</source>
            <translation type="unfinished">You have an unfinished {mode} of “{title}” from {when}: {answered} of {total} questions answered.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="380" />
            <source>You are about to play: {plan}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="433" />
            <source>Add a student with “New student…” to begin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="435" />
            <source>Choose a question set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="468" />
            <source>Open a question set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="468" />
            <source>Question sets (*.json);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="478" />
            <source>Tick at least one topic.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TextInput</name>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="169" />
            <source>Your answer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrueFalseInput</name>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="147" />
            <source>True</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="147" />
            <source>False</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="148" />
            <source>1 (T)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="149" />
            <source>2 (F)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../quiz_app/ui/app.py" line="144" />
            <source>your user data folder</source>
            <extracomment>the language every string of the code is written in the translators installed by :func:`install_translations`: owned here (no Qt parent), so one removed is also freed, however often the language is set</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/app.py" line="145" />
            <source>you do not have permission to create it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/app.py" line="146" />
            <source>a file with that name is in the way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/app.py" line="148" />
            <source>History Quiz cannot use the folder {where} for its scores and settings: {reason}.
Choose another folder with --data-dir, or ask your school's IT support.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cloze_passage</name>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="36" />
            <source>type the words</source>
            <extracomment>what a gap is, in words (its accessible name says it: "Gap 2 of 3, drop-down")</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="37" />
            <source>type a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="38" />
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="43" />
            <source>drop-down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="39" />
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="44" />
            <source>word bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="41" />
            <source>typed</source>
            <extracomment>what a gap was, in the feedback ("Gap 2 (drop-down): ✓ right ...")</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="42" />
            <source>number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="46" />
            <source> ✓ used</source>
            <extracomment>after a word-bank word in a gap's list when another gap holds it already</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="170" />
            <source> gap {number} </source>
            <extracomment>how many words before a gap its accessible description repeats</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="418" />
            <source>Gap {number} ({kind})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="422" />
            <source>{gap}: ✗ left empty. The text says “{answer}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="425" />
            <source>{gap}: ✓ right, “{answer}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="427" />
            <source>{gap}: ✓ right, you chose “{given}”; the text says “{answer}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="428" />
            <source>{gap}: ✓ right, you wrote “{given}”; the text says “{answer}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="431" />
            <source>{gap}: ✗ not right, you chose “{given}”; the text says “{answer}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="433" />
            <source>{gap}: ✗ not right, you wrote “{given}”; the text says “{answer}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="456" />
            <source> empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="457" />
            <source> you: {given}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>feedback_screen</name>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="32" />
            <source>✗  Not answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="34" />
            <source>✓  Right!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="38" />
            <source>◐  Partly right: {credit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="39" />
            <source>✗  Not right</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>grading</name>
        <message>
            <location filename="../quiz_app/grading.py" line="383" />
            <source>Not answered.</source>
            <extracomment>the response as given, in the shape of the module docstring (sets become sorted lists) the response written out for a person ("Kim Il Sung", "June 27", "A → B; C → D") the canonical correct answer (``question.answer_text()``) the set's feedback on the wrong option(s) the student chose, when it has any e.g. "Accepted — the exact spelling is 'Syngman Rhee'", or why an answer could not be read share of the points earned: 0..1, below 0 only with negative marking per part: multiple_select -&gt; per original choice, "decided right"; ordering -&gt; per student position, "item in its right place"; matching -&gt; per left item, "matched right"; cloze -&gt; per gap, "filled right"; else ()</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="422" />
            <source>No choice was ticked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="435" />
            <source>The source says: {correction}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="574" />
            <location filename="../quiz_app/grading.py" line="707" />
            <source>No answer was typed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="580" />
            <source>Accepted — the exact spelling is '{acc}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="588" />
            <source>Right: the text says “{source_phrase}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="597" />
            <source>This answer names more than one thing; only one answer can be right, so give one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="611" />
            <location filename="../quiz_app/grading.py" line="616" />
            <source>the day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="611" />
            <location filename="../quiz_app/grading.py" line="616" />
            <source>the month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="611" />
            <location filename="../quiz_app/grading.py" line="617" />
            <source>the year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="613" />
            <source> and </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="615" />
            <source>This could not be read as a date: give {asked}, e.g. 4 July 1776 or July 4, 1776.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="619" />
            <source>The question asks for {asked}; this answer does not give {missing}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="619" />
            <source> or </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="685" />
            <source>type the month, e.g. June or 6.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="687" />
            <source>type the year in digits, e.g. 1950.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="690" />
            <source>type the day of the month, e.g. 25.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="691" />
            <source>type it in digits, e.g. 135000 or 135,000, or in words, e.g. two million.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="718" />
            <source>Give one number, not several.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="719" />
            <source>No number could be read from this answer; </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="726" />
            <source>Right: read as {say}, which is {value}{unit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="731" />
            <source>Accepted — read as {text}; the source gives {shown}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="732" />
            <source>Accepted — the source gives {shown}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="772" />
            <source>Nothing was matched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="807" />
            <source>This sentence holds only part of the quote.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="854" />
            <source>Gap {n}: {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="914" />
            <source>Right: this is the accepted answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="916" />
            <source>Not accepted. The accepted answer is {answer_text}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{empty} of %n gap(s) left empty.</source>
            <translation>
                <numerusform>{empty} of %n gap left empty.</numerusform>
                <numerusform>{empty} of %n gaps left empty.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>memory</name>
        <message>
            <location filename="../quiz_app/scores/memory.py" line="136" />
            <source>today</source>
            <extracomment>the ratings as stored (``reviews.rating``): the values of ``fsrs.Rating`` (a test checks they agree) Leitner box -&gt; days, the rule the app used before FSRS (kept for migrating old files and the benchmark) days after the last review at which the chance to remember it has fallen to 90 % 1 (easy) .. 10 (hard), FSRS's difficulty when it is due again, unix seconds the last graded answer, unix seconds</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/scores/memory.py" line="136" />
            <source>next review today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/scores/memory.py" line="138" />
            <source>tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/scores/memory.py" line="138" />
            <source>next review tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/scores/memory.py" line="139" />
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/scores/memory.py" line="140" />
            <source>next review in %n day(s)</source>
            <translation>
                <numerusform>next review in %n day</numerusform>
                <numerusform>next review in %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>printing</name>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="92" />
            <source>“{path}” could not be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="94" />
            <source>“{path}” cannot be written: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="147" />
            <source>“{path}” cannot be written: the folder may be read-only or the disk full.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="151" />
            <source>“{path}” could not be written completely (page {page}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="179" />
            <source>Worksheet</source>
            <extracomment>the printed documents, named in the dialog (translated there; the PDF itself is in the worksheet's English)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="179" />
            <source>Answer key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="180" />
            <source>Answer grid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="214" />
            <source>Type a file name for the PDF, or choose where to save it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="217" />
            <location filename="../quiz_app/ui/printing.py" line="220" />
            <source>“{path}” is a folder. Add a file name for the PDF, for example “{example}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="225" />
            <source>The folder “{folder}” does not exist. Choose another place.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>progress</name>
        <message>
            <location filename="../quiz_app/scores/progress.py" line="82" />
            <source>paragraph {number}</source>
            <extracomment>the topic's questions (in the chosen set, or every set the student has played) how many of them the student is likely to remember now: chance of recall at least ``LIKELY_RECALL`` 1-based, as a student counts paragraphs</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/scores/progress.py" line="41" />
            <source>likely to remember {likely} of the %n question(s) on {where}</source>
            <translation>
                <numerusform>likely to remember {likely} of the %n question on {where}</numerusform>
                <numerusform>likely to remember {likely} of the %n questions on {where}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>question_screen</name>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="47" />
            <source>Press {keys} to choose, then Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="48" />
            <source>Tick every answer that is right ({keys}, or Space), then Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="49" />
            <source>Press T or F (or 1 or 2), then Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="50" />
            <source>Type a number, then Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="51" />
            <source>Type your answer, then Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="52" />
            <source>Put the earliest at the top: select an event and press Alt+Up / Alt+Down (or drag it). Then Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="53" />
            <source>Choose a partner for each item (Tab moves between them), then Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="54" />
            <source>Choose the sentence with the arrow keys, then Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="55" />
            <source>Fill the gaps: Tab moves to the next gap; type, or choose with the arrow keys{bank}. Then Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="62" />
            <source>1 or A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="64" />
            <source>1–9, 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="65" />
            <source>{digits} or A–{letter}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="75" />
            <source> (in a word-bank gap, press a word's number)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="95" />
            <source>A number, e.g. 1,250</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="97" />
            <source>Your answer in a few words</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>report_screen</name>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="78" />
            <source>Not enough answers to tell</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>results_screen</name>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="37" />
            <source>{minutes} min {secs:02d} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="38" />
            <source>{secs} s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <location filename="../quiz_app/session.py" line="95" />
            <source>Practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="95" />
            <source>Scored round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="95" />
            <source>Review mistakes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="96" />
            <source>Spaced review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="217" />
            <source>sure</source>
            <extracomment>None: the student's own factor (from the profile); 1.5 gives 50 % more time certainty-based marking: each answer comes with "sure", "fairly_sure" or "not_sure" (see CBM_MARKS) what ``RoundSettings.to_json`` leaves out, for settings JSON version 1 (never change; add a version) version 2 adds certainty-based marking (never change; add a version) Moodle's certainty-based marking, in multiples of the question's points: (if right, if wrong)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="217" />
            <source>fairly sure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="217" />
            <source>not sure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="230" />
            <source>You were {certainty}: {mark}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="242" />
            <source>{minutes} min {secs} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="243" />
            <source>{minutes} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="243" />
            <source>{secs} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="256" />
            <source>no time limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="260" />
            <source>{time} for the whole round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="262" />
            <source> ({time}, with your extra time × {factor:g})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="265" />
            <source>say how sure you are with each answer (sure: +3 or -6, fairly sure: +2 or -2, not sure: +1 or 0)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="267" />
            <source>pass mark {percent:g}%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="269" />
            <source>feedback at the end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="271" />
            <source>not scored: counted over the questions you answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="416" />
            <source>{right} of {parts} right</source>
            <extracomment>seconds left at which a timed round warns (a minute, then 20 seconds) how much "Add time" gives in a practice round the paragraph(s) holding the quote, verbatim where ``text`` starts in the source text the quote's span within ``text`` (highlight it) the quote's span in the whole source text multiple_choice / multiple_select: choices in display order ordering: the shuffled start order of the items (never already solved) matching: left items in display order matching: right options (index into ``right_options``) in display order matching: the pairs' rights then the distractors, in index order cite: the sentences of the evidence source to choose from (response = ``Passage.index``) the evidence source (cite shows it; every result cites it) cloze: per gap in reading order, what the student chooses from in display order: a drop-down's answer and distractors shuffled, the word bank for a word-bank gap, () for a typed gap. The response is the chosen text, so these orders never need translating back cloze: the shared word bank, shuffled once for the whole passage (every word-bank gap offers it in this order) the grade; for an unanswered question (time up / round ended) a skipped result the student was shown this question (a question never reached is neither missed nor revealed) certainty-based marking: how sure the student said they were ("sure", "fairly_sure", "not_sure")</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="417" />
            <source>{points} of {possible} points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="462" />
            <source>{certainty} on {answers} ({right} right)</source>
            <extracomment>the questions shown and not fully right, in round order: wrong, partly right or skipped, and in a scored round also the one on screen when time ran out (practice and reviews count answers only) questions the student was shown (answered, or on screen when the round ended) questions of a scored round never shown (time up, round ended early): 0 points, answers not revealed (question id, days until it comes back) for each answer whose memory state was updated, in round order certainty-based marking: per certainty given, (answers, fully right), in CBM_MARKS order</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="479" />
            <source>{count} {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="480" />
            <source>When these questions come back for review: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="611" />
            <source>No questions match the chosen topics, types and difficulties, so there is nothing to play in this round.</source>
            <extracomment>sets with more questions than this are drawn without keeping giveaways apart (the check reads every pair of questions: about 0.4 s for 1,000 questions, growing with the square) why a round has fewer questions than asked, for each way of drawing: (none at all, exactly one, n)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="612" />
            <source>Only 1 question matches the chosen topics, types and difficulties, so this round has 1 question instead of {wanted}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="614" />
            <source>No past mistakes to review, so there is nothing to play in this round.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="615" />
            <source>Only 1 past mistake to review, so this round has 1 question instead of {wanted}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="617" />
            <source>No questions are due or new today, so there is nothing to play in this round.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="618" />
            <source>Only 1 question is due or new today, so this round has 1 question instead of {wanted}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="710" />
            <source>This question set could not be loaded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="715" />
            <source>“{title}” is marked as a draft: it can be practised, but not played as a scored round until the teacher marks it ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="842" />
            <source>1 minute left.</source>
            <extracomment>the student's memory state of each question of the set answered before (updated as they answer) question id -&gt; (state before, state after) for the answers of this round ids of the questions answered after "Show me the passage" (no schedule credit) indices of the questions the student has been shown</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="928" />
            <source>Time was up: this answer came too late and was not counted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="937" />
            <source>You read the passage first, so this answer earns no spaced-review credit: the question comes back soon.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="1041" />
            <source>Not reached: time was up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="1041" />
            <source>Not reached: the round ended first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="1043" />
            <source>Not answered: time was up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="1043" />
            <source>Not answered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="1076" />
            <source>Time is up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="1148" />
            <source>Reviews need a student profile, so this round has no questions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="1176" />
            <source>There are no mistakes to review in this set. Well done!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="1212" />
            <source>Nothing is due for review today. Come back tomorrow!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="1235" />
            <source>The question set has changed since this round began; questions it no longer has are left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="1239" />
            <source>The question set has been edited since this round began.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="1261" />
            <source>Answered before the set changed.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>“{title}” has %n problem(s) to fix (run its check in the set editor): it can be practised, but not played as a scored round.</source>
            <translation>
                <numerusform>“{title}” has %n problem to fix (run its check in the set editor): it can be practised, but not played as a scored round.</numerusform>
                <numerusform>“{title}” has %n problems to fix (run its check in the set editor): it can be practised, but not played as a scored round.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/session.py" line="251" />
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n question</numerusform>
                <numerusform>%n questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/session.py" line="253" />
            <source>up to %n question(s)</source>
            <translation>
                <numerusform>up to %n question</numerusform>
                <numerusform>up to %n questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/session.py" line="613" />
            <source>Only %n questions match the chosen topics, types and difficulties, so this round has %n questions instead of {wanted}.</source>
            <translation>
                <numerusform>Only %n questions match the chosen topics, types and difficulties, so this round has %n questions instead of {wanted}.</numerusform>
                <numerusform>Only %n questions match the chosen topics, types and difficulties, so this round has %n questions instead of {wanted}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/session.py" line="616" />
            <source>Only %n past mistakes to review, so this round has %n questions instead of {wanted}.</source>
            <translation>
                <numerusform>Only %n past mistakes to review, so this round has %n questions instead of {wanted}.</numerusform>
                <numerusform>Only %n past mistakes to review, so this round has %n questions instead of {wanted}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/session.py" line="619" />
            <source>Only %n questions are due or new today, so this round has %n questions instead of {wanted}.</source>
            <translation>
                <numerusform>Only %n questions are due or new today, so this round has %n questions instead of {wanted}.</numerusform>
                <numerusform>Only %n questions are due or new today, so this round has %n questions instead of {wanted}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/session.py" line="842" />
            <source>%n second(s) left.</source>
            <translation>
                <numerusform>%n second left.</numerusform>
                <numerusform>%n seconds left.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>topics</name>
        <message>
            <location filename="../question_bank/topics.py" line="18" />
            <source>Dates</source>
            <extracomment>The topics every built-in and teacher set draws from. Questions may add free tags.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../question_bank/topics.py" line="19" />
            <source>Leaders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../question_bank/topics.py" line="20" />
            <source>Troop counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../question_bank/topics.py" line="21" />
            <source>UN Security Council</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../question_bank/topics.py" line="22" />
            <source>Places</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../question_bank/topics.py" line="23" />
            <source>Context</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../question_bank/topics.py" line="39" />
            <source>Multiple choice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../question_bank/topics.py" line="40" />
            <source>Choose all that apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../question_bank/topics.py" line="41" />
            <source>True or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../question_bank/topics.py" line="42" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../question_bank/topics.py" line="43" />
            <source>Short answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../question_bank/topics.py" line="44" />
            <source>Put in order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../question_bank/topics.py" line="45" />
            <source>Matching</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../question_bank/topics.py" line="46" />
            <source>Find the sentence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../question_bank/topics.py" line="47" />
            <source>Fill the gaps</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
