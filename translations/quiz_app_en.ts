<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>ChoiceInput</name>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="108" />
            <source>Choice {number}: {text}</source>
            <extracomment>the letter keys of the choices, as many as a multiple-choice question may have (models.MAX_CHOICES)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="109" />
            <source>Press Space to tick or untick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="109" />
            <source>Press Enter to answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="128" />
            <source>Submit with only 1 box ticked? More than one answer may be right.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CiteInput</name>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="357" />
            <source>Sentences of the source text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="359" />
            <source>Use the arrow keys to choose the sentence that proves the statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="385" />
            <source>Choose the sentence that proves it:</source>
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
            <location filename="../quiz_app/ui/feedback_screen.py" line="98" />
            <source>When this question comes back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="104" />
            <location filename="../quiz_app/ui/feedback_screen.py" line="181" />
            <source>What the text says:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="117" />
            <source>&amp;Read in source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="118" />
            <source>Read this passage in the full source text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="122" />
            <location filename="../quiz_app/ui/feedback_screen.py" line="187" />
            <source>&amp;Next question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="124" />
            <source>Next question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="160" />
            <source>Your answer: {answer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="161" />
            <source>You did not answer this question.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="162" />
            <source>Correct answer: {correct_answer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="165" />
            <source>About your choice: {feedback}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="167" />
            <source>Why: {explanation}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="176" />
            <source>paragraph {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="177" />
            <source>paragraphs {numbers} and {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="178" />
            <source>What the text says ({which} of “{source_title}”):</source>
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
            <location filename="../quiz_app/ui/widgets/history_chart.py" line="59" />
            <source>No scored rounds yet: play a round to see your progress.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/history_chart.py" line="66" />
            <source>pass mark</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="66" />
            <source>Answering: 1–9 (0 for a tenth) or A–J choose an answer · T / F true or false · Space ticks a box · Enter answers and goes on · Alt+Up / Alt+Down move an event in an ordering question · Esc asks before leaving a round.</source>
            <extracomment>one menu entry: (attribute name, text, shortcuts, slot); None is a separator keys of the round's screens, which belong to no menu action</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="129" />
            <source>History Quiz</source>
            <extracomment>"Quit in the middle of this round?" while it is open; the student's yes closes the window "Start afresh?" for an unfinished scored round, while it is open</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="168" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="169" />
            <source>&amp;Open a set file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="170" />
            <source>&amp;Export my results…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="172" />
            <location filename="../quiz_app/ui/main_window.py" line="372" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="174" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="175" />
            <source>&amp;Bigger text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="177" />
            <source>&amp;Smaller text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="179" />
            <source>&amp;Normal text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="182" />
            <source>My &amp;progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="183" />
            <source>Se&amp;ttings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="185" />
            <source>&amp;Teacher</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="186" />
            <source>&amp;Edit question sets…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="187" />
            <source>&amp;Class report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="188" />
            <source>&amp;Print a worksheet of the selected set…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="191" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="192" />
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="193" />
            <source>&amp;About History Quiz</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="370" />
            <source>Quit in the middle of a round?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="371" />
            <source>Quit History Quiz in the middle of this round?

Your answers so far are saved. Next time, the start screen offers to continue the round.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="372" />
            <source>&amp;Keep playing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="405" />
            <source>There is already a student called {name}; they are selected now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="411" />
            <source>The new student could not be saved: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="432" />
            <source>The question sets could not be loaded: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="437" />
            <source>Opening {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="472" />
            <source>0 due today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="479" />
            <source>{due} due today, {new} new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="537" />
            <source>No questions match your choice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="570" />
            <source>{answered} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="572" />
            <source>Give up the unfinished round?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="573" />
            <source>Start afresh and give up your unfinished scored round?

It is kept in your results as abandoned, with {of_total} questions answered; the questions not answered count 0 points.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="575" />
            <source>&amp;Give it up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="575" />
            <source>&amp;Keep it for later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="611" />
            <source>Add a student first to see progress.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="651" />
            <source>Choose a question set to print.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="659" />
            <source>Add a student first: there are no results to export yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="662" />
            <source>{name} - quiz results.csv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="662" />
            <source>My</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="663" />
            <source>Export my results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="663" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="673" />
            <source>Your results could not be saved to {path}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/main_window.py" line="675" />
            <source>Saved %n answer(s) to {path}. Give this file to your teacher.</source>
            <translation>
                <numerusform>Saved %n answer to {path}. Give this file to your teacher.</numerusform>
                <numerusform>Saved %n answers to {path}. Give this file to your teacher.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="711" />
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="714" />
            <source>About History Quiz</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="715" />
            <source>History Quiz: practise on questions whose every answer is proved by a quote from the source text.

Your scores are kept in {where}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="716" />
            <source>memory (not saved)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MatchingInput</name>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="296" />
            <source>— choose —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="312" />
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="315" />
            <source>Partner for {left}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="334" />
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
            <location filename="../quiz_app/ui/start_screen.py" line="64" />
            <source>New student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="67" />
            <source>Student name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="69" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="74" />
            <source> × time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="75" />
            <source>Extra time factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="76" />
            <source>1.5 gives half as much time again in timed rounds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="77" />
            <source>&amp;Extra time:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="78" />
            <source>For students who get extra time in tests: 1.5 gives half as much time again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrderingInput</name>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="237" />
            <source>Events to put in order, earliest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="239" />
            <source>Select an event and press Alt+Up or Alt+Down to move it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="252" />
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="253" />
            <source>Move the selected event earlier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="254" />
            <source>Alt+Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="255" />
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="256" />
            <source>Move the selected event later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="257" />
            <source>Alt+Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="264" />
            <source>Earliest at the top. Drag, or select and press Alt+Up / Alt+Down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="273" />
            <source>Place {place} of {count}: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="282" />
            <source>Submit the events in the order shown? You have not moved any of them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PassageView</name>
        <message>
            <location filename="../quiz_app/ui/widgets/text.py" line="85" />
            <source>Quoted passage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/text.py" line="94" />
            <location filename="../quiz_app/ui/widgets/text.py" line="109" />
            <source>The highlighted words are the quote: {quote}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/text.py" line="107" />
            <source>The highlighted words are the quotes: {quotes}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintDialog</name>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="210" />
            <location filename="../quiz_app/ui/printing.py" line="211" />
            <source>Print a worksheet</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/printing.py" line="213" />
            <source>Print “{title}” (%n question(s)) as a PDF file.</source>
            <translation>
                <numerusform>Print “{title}” (%n question) as a PDF file.</numerusform>
                <numerusform>Print “{title}” (%n questions) as a PDF file.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="216" />
            <source>What to print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="218" />
            <source>The &amp;worksheet (for students)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="219" />
            <source>The answer &amp;key (for the teacher)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="220" />
            <source>B&amp;oth, as two files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="231" />
            <source>Print the source &amp;text first, with line numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="232" />
            <source>Print the source text first, with line numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="236" />
            <source>Paper size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="238" />
            <source>&amp;A4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="239" />
            <source>&amp;Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="240" />
            <source>A4 paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="241" />
            <source>Letter paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="250" />
            <source>Save to &amp;file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="254" />
            <source>File name of the PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="261" />
            <source>&amp;Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="262" />
            <source>Choose where to save the PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="272" />
            <source>Making the PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="277" />
            <source>Print status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="281" />
            <source>&amp;Save PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="283" />
            <source>Save the PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="286" />
            <source>Cancel printing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="307" />
            <source>The answer key is saved next to it as “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="312" />
            <source>Save the PDF as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="312" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="325" />
            <source>Choose where to save the PDF first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="332" />
            <source>The folder “{parent}” does not exist. Choose another place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="341" />
            <source>Making the PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="357" />
            <source>Answer key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="357" />
            <source>Worksheet</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/printing.py" line="357" />
            <source>: {name} (%n page(s))</source>
            <translation>
                <numerusform>: {name} (%n page)</numerusform>
                <numerusform>: {name} (%n pages)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="359" />
            <source>Saved. </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="364" />
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
            <location filename="../quiz_app/ui/progress_screen.py" line="29" />
            <source>mastered</source>
            <extracomment>a paragraph's status (the score store's words) as shown</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="30" />
            <source>getting there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="31" />
            <source>keep missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="32" />
            <location filename="../quiz_app/ui/progress_screen.py" line="112" />
            <source>not practised yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="44" />
            <location filename="../quiz_app/ui/progress_screen.py" line="50" />
            <source>Your progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="47" />
            <source>Which set this shows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="56" />
            <source>Score in each scored round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="61" />
            <source>Mastery by topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="64" />
            <source>Map of the source text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="65" />
            <source>Each paragraph of the text, with how well you answer the questions that quote it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="68" />
            <source>Paragraphs of the source and how well you master each</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="69" />
            <source>Press Enter to read the paragraph in the source text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="77" />
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="78" />
            <source>Back to the start screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="90" />
            <source>{student_name}: your progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="91" />
            <source>Set: {title}. Topics and the map are for this set; scored rounds are of every set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="92" />
            <source>No set is chosen: choose one on the start screen to see its map.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/progress_screen.py" line="98" />
            <source> You practised %n day(s) in a row.</source>
            <translation>
                <numerusform> You practised %n day in a row.</numerusform>
                <numerusform> You practised %n days in a row.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/progress_screen.py" line="99" />
            <source>%n scored round(s), average {avg:.0f}%, latest {latest:.0f}%.{streak}</source>
            <translation>
                <numerusform>%n scored round, average {avg:.0f}%, latest {latest:.0f}%.{streak}</numerusform>
                <numerusform>%n scored rounds, average {avg:.0f}%, latest {latest:.0f}%.{streak}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="102" />
            <source>No scored rounds yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/progress_screen.py" line="112" />
            <source>{correct} of %n answer(s) right</source>
            <translation>
                <numerusform>{correct} of %n answer right</numerusform>
                <numerusform>{correct} of %n answers right</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="114" />
            <source>{topic} mastery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="124" />
            <source>{correct}/{answered} right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="124" />
            <source>no answers yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="133" />
            <source>Paragraph {number}: {status}, {counts}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuestionScreen</name>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="42" />
            <source>S&amp;ure</source>
            <extracomment>certainty-based marking: (certainty, button text with its Alt key, what it earns)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="42" />
            <source>Fai&amp;rly sure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="43" />
            <source>N&amp;ot sure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="121" />
            <source>Progress</source>
            <extracomment>"Submit with 2 of 3 pairs unmatched?" while it is open</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="125" />
            <source>Score so far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="135" />
            <source>The question and your answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="147" />
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="157" />
            <source>Statement to prove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="161" />
            <source>How sure are you? (points if right / if wrong)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="171" />
            <source>Certainty-based marking: right {right}, wrong {wrong}, times the points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="185" />
            <source>Leave round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="186" />
            <source>Leave this round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="187" />
            <source>Esc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="190" />
            <source>Show me the &amp;passage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="191" />
            <source>Show me the passage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="193" />
            <source>Read the paragraph that answers this question. Your answer then earns no spaced-review credit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="197" />
            <source>Add a &amp;minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="198" />
            <source>Add a minute to the time limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="200" />
            <source>No time &amp;limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="201" />
            <source>Switch the time limit off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="207" />
            <source>&amp;Answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="209" />
            <source>Submit your answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="210" />
            <source>Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="231" />
            <source>Question {number} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/question_screen.py" line="234" />
            <source>{type} · {topics} · {points:g} point(s)</source>
            <translation>
                <numerusform>{type} · {topics} · {points:g} point</numerusform>
                <numerusform>{type} · {topics} · {points:g} points</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="262" />
            <source> Say how sure you are first: Alt+U, Alt+R or Alt+O.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="270" />
            <source>Question {number} of {total}. {prompt}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="276" />
            <source>Paragraph {number} of “{source_title}”, as you asked (this answer earns no spaced-review credit):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="315" />
            <source>Time left: {minutes}:{secs:02d}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="316" />
            <source>{minutes} minutes {secs} seconds left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="340" />
            <source>Choose or type an answer first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="344" />
            <source>Say how sure you are first: Alt+U sure, Alt+R fairly sure, Alt+O not sure.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="359" />
            <source>Submit this answer?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="359" />
            <source>&amp;Submit anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="359" />
            <source>&amp;Keep answering</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportScreen</name>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="57" />
            <source>Facility: the share of answers that were right (1.00 = everybody right). Discrimination: the share right among the top third of students (by total score) minus the share right among the bottom third; below 0.20 a question does not tell stronger and weaker students apart, below 0 the weaker students did better. It needs at least 3 students.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="291" />
            <source>Class report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="300" />
            <source>Add the result files your students exported (several at once if you like), or use the results stored on this computer, then choose the question set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="305" />
            <source>Result files in the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="310" />
            <source>&amp;Add result files…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="311" />
            <location filename="../quiz_app/ui/report_screen.py" line="481" />
            <source>Add result files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="313" />
            <source>&amp;Remove file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="314" />
            <source>Remove the selected result files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="316" />
            <source>Use the results on this &amp;computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="317" />
            <source>Use the results stored on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="327" />
            <source>Question &amp;set:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="329" />
            <source>Question set of the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="334" />
            <source>Scored rounds &amp;only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="335" />
            <source>Count scored rounds only, not practice or reviews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="343" />
            <source>Report summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="346" />
            <source>Notes about the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="352" />
            <source>Reading the result files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="357" />
            <source>Report tables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="358" />
            <source>Scores of each student in each round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="358" />
            <location filename="../quiz_app/ui/report_screen.py" line="580" />
            <source>Student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="358" />
            <location filename="../quiz_app/ui/report_screen.py" line="580" />
            <source>Rounds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="358" />
            <location filename="../quiz_app/ui/report_screen.py" line="364" />
            <location filename="../quiz_app/ui/report_screen.py" line="367" />
            <location filename="../quiz_app/ui/report_screen.py" line="580" />
            <source>Score %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="358" />
            <location filename="../quiz_app/ui/report_screen.py" line="580" />
            <source>Third</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="360" />
            <source>Statistics of each question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="361" />
            <source>No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="361" />
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="361" />
            <location filename="../quiz_app/ui/report_screen.py" line="364" />
            <location filename="../quiz_app/ui/report_screen.py" line="367" />
            <source>Right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="361" />
            <source>Facility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="361" />
            <source>Discrimination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="361" />
            <source>Most chosen
wrong answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="361" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="362" />
            <source>Right answers out of all answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="362" />
            <source>Share of answers that were right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="363" />
            <source>Top third minus bottom third (see below the table)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="364" />
            <source>Score of the class by topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="364" />
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="364" />
            <location filename="../quiz_app/ui/report_screen.py" line="367" />
            <source>Answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="364" />
            <source>Students</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="365" />
            <location filename="../quiz_app/ui/report_screen.py" line="368" />
            <source>Below the pass mark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="366" />
            <source>Score of the class by paragraph of the source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="367" />
            <location filename="../quiz_app/ui/report_screen.py" line="369" />
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="367" />
            <source>Paragraph</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="367" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="368" />
            <source>Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="369" />
            <source>Problems found in the result files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="369" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="369" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="371" />
            <source>Each cell is a round's score (right answers out of answers, and %), oldest first. Third: top or bottom third of the class by total score.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="373" />
            <source>St&amp;udents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="374" />
            <source>&amp;Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="375" />
            <source>Weakest first: points earned out of possible points.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="376" />
            <source>To&amp;pics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="377" />
            <source>Which parts of the text the class keeps missing, weakest first. Line numbers are those of the printed worksheet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="378" />
            <source>Para&amp;graphs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="379" />
            <source>How many rounds scored in each band of 10 percent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="379" />
            <source>C&amp;hart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="380" />
            <source>Lines that were left out of the report, and why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="381" />
            <location filename="../quiz_app/ui/report_screen.py" line="562" />
            <location filename="../quiz_app/ui/report_screen.py" line="574" />
            <source>Proble&amp;ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="385" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="388" />
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="389" />
            <source>Back to the start screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="391" />
            <source>&amp;Export as CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="393" />
            <source>Export the report as a CSV file</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/report_screen.py" line="440" />
            <source>{title} (%n question(s))</source>
            <translation>
                <numerusform>{title} (%n question)</numerusform>
                <numerusform>{title} (%n questions)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="482" />
            <source>Result files (*.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="533" />
            <source>Some answers are to a question set that is not open in the app ({sets}). Open that set first to see its questions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="542" />
            <source>The report could not be made: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="548" />
            <source>Reading the result files…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="556" />
            <source>No results yet: add result files, or use the results on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="574" />
            <source>Proble&amp;ms ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="580" />
            <source>Round {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="588" />
            <source>{started}, {mode}; {points:g} of {possible:g} points; from {files}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="600" />
            <source>{options} ({count} of {wrong})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="604" />
            <source>{correct} of {answers}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="629" />
            <source>Export the report as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="630" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="641" />
            <source>The report could not be saved: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="643" />
            <source>Saved the report as {path}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultsScreen</name>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="29" />
            <source>Practice</source>
            <extracomment>the results title for each kind of round</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="29" />
            <source>Scored round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="29" />
            <source>Review of mistakes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="30" />
            <source>Spaced review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="54" />
            <source>Results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="57" />
            <source>Your results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="64" />
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="71" />
            <source>How sure you were, and how often you were right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="74" />
            <source>By topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="77" />
            <location filename="../quiz_app/ui/results_screen.py" line="179" />
            <source>Questions to look at again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="79" />
            <source>Select one and press Enter (or double-click) to see its feedback.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="83" />
            <source>Questions you missed, with the quote that answers each</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="90" />
            <source>&amp;Back to start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="91" />
            <source>Back to the start screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="93" />
            <source>&amp;Print this round…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="94" />
            <source>Print this round as a worksheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="96" />
            <source>See &amp;feedback on every answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="97" />
            <source>See the feedback on every answer of this round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="99" />
            <source>&amp;Review these mistakes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="100" />
            <source>Review these mistakes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="102" />
            <source>Play &amp;again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="104" />
            <source>Play again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="125" />
            <source>{mode}: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="129" />
            <source>No questions answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="131" />
            <source>Not scored: counted over the questions you answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="134" />
            <source>✓  Passed (the pass mark is {pass_mark_percent:g}%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="137" />
            <source>✗  Not passed yet (the pass mark is {pass_mark_percent:g}%)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/results_screen.py" line="142" />
            <source>{answered} of %n question(s) answered</source>
            <translation>
                <numerusform>{answered} of %n question answered</numerusform>
                <numerusform>{answered} of %n questions answered</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="144" />
            <source> · reached {reached} of {total}; the {not_reached} not reached count 0 points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="147" />
            <source>{answered} · time {time}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/results_screen.py" line="158" />
            <source>{points} of {possible} point(s) </source>
            <translation>
                <numerusform>{points} of {possible} point </numerusform>
                <numerusform>{points} of {possible} points </numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="160" />
            <source>{topic} score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="169" />
            <source>Partly right ({credit})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="171" />
            <source>Not right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="173" />
            <source>Not answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="174" />
            <source>{tag}: {prompt_text}
    Answer: {correct_answer}
    The text: “{quote}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="181" />
            <source>No mistakes: well done!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="183" />
            <source>No questions were answered in this round.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="199" />
            <source>• {prompt}
   The text: “{quote}”</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/results_screen.py" line="201" />
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
            <location filename="../quiz_app/ui/round_player.py" line="291" />
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
            <source>Leave this round?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="251" />
            <source>Leave this round now?

Your answers so far are saved. {rest}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="252" />
            <source>&amp;End the round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="252" />
            <source>&amp;Keep playing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="288" />
            <source>Back to &amp;results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="289" />
            <source>&amp;Next missed question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="289" />
            <source>&amp;Next answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="292" />
            <source>Score: {score}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScoreHistogram</name>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="109" />
            <source>Chart of the score of each round, in bands of 10 percent</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/report_screen.py" line="121" />
            <source>%n round(s). </source>
            <translation>
                <numerusform>%n round. </numerusform>
                <numerusform>%n rounds. </numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="123" />
            <source>No rounds yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="141" />
            <source>No rounds yet: add result files to see how the scores spread.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="171" />
            <source>Score % of each round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="176" />
            <location filename="../quiz_app/ui/report_screen.py" line="177" />
            <source>pass mark</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsScreen</name>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="20" />
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="20" />
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="20" />
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="21" />
            <source>8 in 10 (fewer reviews)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="21" />
            <source>8.5 in 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="21" />
            <source>9 in 10 (recommended)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="22" />
            <source>19 in 20 (many more reviews)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="23" />
            <source>As the question set says</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="23" />
            <source>After each answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="24" />
            <source>At the end of the round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="37" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="44" />
            <source>Text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="45" />
            <source>Also Ctrl+= and Ctrl+- anywhere in the app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="46" />
            <source>&amp;Text size (Ctrl+= / Ctrl+-):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="51" />
            <source>Colour theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="52" />
            <source>&amp;Colours:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="57" />
            <source>When to show feedback in a scored round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="58" />
            <source>&amp;Feedback in scored rounds:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="60" />
            <source>Play a sound after each answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="61" />
            <source>Sound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="62" />
            <source>&amp;Sound:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="67" />
            <source>How much to remember</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="69" />
            <source>A question comes back for review when your chance of remembering it falls to this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="70" />
            <source>&amp;Aim to remember:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="73" />
            <source>The computer's language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="76" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="77" />
            <source>Used the next time History Quiz starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="78" />
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="80" />
            <source>Spaced review brings a question back when your chance of remembering it falls to this. Aiming higher means more reviews.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="82" />
            <source>Practice rounds always show feedback after each answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="83" />
            <source>A new language is used the next time History Quiz starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="87" />
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="88" />
            <source>Back</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SourceReaderScreen</name>
        <message>
            <location filename="../quiz_app/ui/source_reader_screen.py" line="77" />
            <location filename="../quiz_app/ui/source_reader_screen.py" line="92" />
            <source>Source text</source>
            <extracomment>the passage shown in colour (the one whose questions are listed), or None</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/source_reader_screen.py" line="80" />
            <source>Which source text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/source_reader_screen.py" line="86" />
            <source>Underlined passages are quoted by questions. Click one (or Tab to it and press Enter) to see which questions cite it; it is then highlighted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/source_reader_screen.py" line="98" />
            <source>No passage selected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/source_reader_screen.py" line="102" />
            <source>Questions that cite the selected passage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/source_reader_screen.py" line="110" />
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/source_reader_screen.py" line="111" />
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/source_reader_screen.py" line="146" />
            <source>%n passage(s) of this text are quoted by questions.</source>
            <translation>
                <numerusform>%n passage of this text are quoted by questions.</numerusform>
                <numerusform>%n passages of this text are quoted by questions.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/source_reader_screen.py" line="188" />
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
            <location filename="../quiz_app/ui/start_screen.py" line="44" />
            <source>&amp;Practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="44" />
            <source>Feedback after every answer, no time limit. Not a scored round.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="45" />
            <source>Scor&amp;ed round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="45" />
            <source>A fixed number of questions and a final score.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="46" />
            <source>Review &amp;mistakes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="46" />
            <source>Questions you got wrong, most recent first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="47" />
            <source>Spaced rev&amp;iew</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="47" />
            <source>Questions due today, then new ones: each comes back just before you would forget it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="49" />
            <source>practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="49" />
            <source>scored round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="49" />
            <source>review of mistakes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="50" />
            <source>spaced review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="118" />
            <source>History Quiz</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="119" />
            <source>My p&amp;rogress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="120" />
            <source>My progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="122" />
            <source>Se&amp;ttings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="123" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="138" />
            <source>&amp;Continue that round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="139" />
            <source>Continue the interrupted round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="141" />
            <source>Start afresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="142" />
            <source>Do not continue the interrupted round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="150" />
            <source>Choose your round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="160" />
            <source>1. Who is playing?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="163" />
            <source>Student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="166" />
            <source>&amp;New student…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="167" />
            <source>Add a new student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="173" />
            <source>2. Which question set?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="176" />
            <source>Question sets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="183" />
            <source>Loading question sets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="184" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="188" />
            <source>&amp;Open a set file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="189" />
            <source>Open a question set file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="191" />
            <source>Read the so&amp;urce text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="192" />
            <source>Read the source text of the selected set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="200" />
            <source>3. How do you want to play?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="221" />
            <source>4. Topics and number of questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="227" />
            <source>Topic: {topic}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="235" />
            <source>Number of questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="237" />
            <source>Number of &amp;questions:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="250" />
            <source>The round you are about to start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="255" />
            <source>&amp;Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="257" />
            <source>Start the round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="313" />
            <source>(add a student first)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/start_screen.py" line="327" />
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n question</numerusform>
                <numerusform>%n questions</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="329" />
            <source>shared by the school</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="331" />
            <source>last score {score}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="333" />
            <source>draft: practice only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="346" />
            <source>Review &amp;mistakes ({mistakes})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="347" />
            <source>Spaced rev&amp;iew ({due})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/start_screen.py" line="348" />
            <source>Review mistakes, %n question(s)</source>
            <translation>
                <numerusform>Review mistakes, %n question</numerusform>
                <numerusform>Review mistakes, %n questions</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="349" />
            <source>Spaced review, {due}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="356" />
            <source>d MMMM yyyy 'at' HH:mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="358" />
            <source>You have an unfinished {mode} of “{title}” from {when}: {answered} of {total} questions answered.</source>
            <translation type="unfinished">You have an unfinished {mode} of “{title}” from {when}: {answered} of {total} questions answered.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="368" />
            <source>You are about to play: {plan}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="401" />
            <source>Add a student with “New student…” to begin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="403" />
            <source>Choose a question set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="434" />
            <source>Open a question set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="434" />
            <source>Question sets (*.json);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="444" />
            <source>Tick at least one topic.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TextInput</name>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="168" />
            <source>Your answer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrueFalseInput</name>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="146" />
            <source>True</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="146" />
            <source>False</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="147" />
            <source>1 (T)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="148" />
            <source>2 (F)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../quiz_app/ui/app.py" line="122" />
            <source>your user data folder</source>
            <extracomment>the language every string of the code is written in the translators installed by :func:`install_translations` (kept so they can be removed, and not collected)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/app.py" line="123" />
            <source>you do not have permission to create it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/app.py" line="124" />
            <source>a file with that name is in the way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/app.py" line="126" />
            <source>History Quiz cannot use the folder {where} for its scores and settings: {reason}.
Choose another folder with --data-dir, or ask your school's IT support.</source>
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
            <location filename="../quiz_app/ui/printing.py" line="91" />
            <source>“{path}” could not be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="93" />
            <source>“{path}” cannot be written: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="146" />
            <source>“{path}” cannot be written: the folder may be read-only or the disk full.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="150" />
            <source>“{path}” could not be written completely (page {page}).</source>
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
            <location filename="../quiz_app/ui/question_screen.py" line="46" />
            <source>Press {keys} to choose, then Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="47" />
            <source>Tick every answer that is right ({keys}, or Space), then Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="48" />
            <source>Press T or F (or 1 or 2), then Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="49" />
            <source>Type a number, then Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="50" />
            <source>Type your answer, then Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="51" />
            <source>Put the earliest at the top: select an event and press Alt+Up / Alt+Down (or drag it). Then Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="52" />
            <source>Choose a partner for each item (Tab moves between them), then Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="53" />
            <source>Choose the sentence with the arrow keys, then Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="60" />
            <source>1 or A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="62" />
            <source>1–9, 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="63" />
            <source>{digits} or A–{letter}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="84" />
            <source>A number, e.g. 1,250</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="86" />
            <source>Your answer in a few words</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>report_screen</name>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="82" />
            <source>Not enough answers to tell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="89" />
            <source>very hard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="91" />
            <source>very easy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="93" />
            <source>weaker students did better: check the question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="95" />
            <source>does not separate strong and weak students</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>results_screen</name>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="35" />
            <source>{minutes} min {secs:02d} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="36" />
            <source>{secs} s</source>
            <translation type="unfinished" />
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
