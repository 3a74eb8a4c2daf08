<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AddSourceDialog</name>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="30" />
            <source>Text files (*.txt *.md);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="165" />
            <source>Add a source text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="170" />
            <source>Title of the source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="171" />
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="172" />
            <source>Citation: where the text comes from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="172" />
            <source>Author, work, year, page or address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="173" />
            <source>&amp;Citation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="175" />
            <source>Paste the text below, or open a text file (.txt or .md, UTF-8).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="176" />
            <source>Source text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="178" />
            <source>&amp;Open a text file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="186" />
            <source>Add the source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="212" />
            <source>Open a source text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="220" />
            <source>There is no text yet: paste it, or open a text file.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BankActions</name>
        <message>
            <location filename="../quiz_app/ui/editor/bank_actions.py" line="127" />
            <source>Question sets (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Move %n question(s) to the set</source>
            <translation>
                <numerusform>Move %n question to the set</numerusform>
                <numerusform>Move %n questions to the set</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copy %n question(s) to the set</source>
            <translation>
                <numerusform>Copy %n question to the set</numerusform>
                <numerusform>Copy %n questions to the set</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BulkEditDialog</name>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="134" />
            <source>What you change here is changed in all {count} selected questions; what you leave alone stays as it is in each. A topic ticked is added, one crossed out (ticked twice) is taken off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="143" />
            <source>Topic {topic}: partly ticked leaves it, ticked adds it, unticked takes it off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="147" />
            <source>Topics (▣ leave as is, ☑ add, ☐ take off):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="148" />
            <source>Set the &amp;points to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="149" />
            <source>Points of every selected question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="157" />
            <source>Difficulty of every selected question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="158" />
            <source>Leave as is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="158" />
            <source>1 – easy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="158" />
            <source>2 – medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="158" />
            <source>3 – hard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="159" />
            <source>&amp;Difficulty:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="165" />
            <source>&amp;Change them</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="130" />
            <source>Change %n question(s)</source>
            <translation>
                <numerusform>Change %n question</numerusform>
                <numerusform>Change %n questions</numerusform>
            </translation>
        </message>
    </context>
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
        <name>ChoicesForm</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/choices.py" line="20" />
            <source>Tick the correct choice. Feedback is optional: why this choice is right or wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/choices.py" line="21" />
            <source>Tick every correct choice. Feedback is optional: why this choice is right or wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/choices.py" line="23" />
            <source>Choice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/choices.py" line="24" />
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/choices.py" line="24" />
            <source>Correct</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/choices.py" line="25" />
            <source>Feedback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/choices.py" line="25" />
            <source>Optional: why this choice is right or wrong</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CiteForm</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cite.py" line="24" />
            <source>Statement to prove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cite.py" line="24" />
            <source>The claim the student finds the proof for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cite.py" line="27" />
            <source>S&amp;tatement:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cite.py" line="29" />
            <source>The answer is the evidence: select, in the source, the sentence (or part of one) that proves the statement.</source>
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
        <name>ClozeForm</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="50" />
            <source>Click a word to hide it in a gap, or click it again to show it. Words side by side make one gap. Keyboard: arrow keys move between words, Space or Enter picks one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="52" />
            <source>Select the passage in the source text beside the form: its words appear here to pick the gaps from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="347" />
            <source>Passage and gaps</source>
            <extracomment>the set being edited; the editor sets it (options from the text, trying an answer)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="355" />
            <source>The passage as the student sees it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="363" />
            <source>Extra words of the word bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="363" />
            <source>Words that fill no gap, separated by semicolons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="365" />
            <source>E&amp;xtra bank words:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="384" />
            <source>This passage has {count} words: only the first {shown} are shown to pick from. A shorter passage makes a better exercise.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="388" />
            <source>The student reads: {shown}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="389" />
            <source>No gap yet: pick the words to hide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="468" />
            <source>ℹ The text gives no other option of the same kind: type the wrong options.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClozeInput</name>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="95" />
            <source>— choose —</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="112" />
            <source>The passage, with %n gap(s) to fill</source>
            <extracomment>one input per gap, in reading order (QLineEdit for typed gaps, QComboBox for chosen ones)</extracomment>
            <translation>
                <numerusform>The passage, with %n gap to fill</numerusform>
                <numerusform>The passage, with %n gaps to fill</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="113" />
            <source>(gap)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="130" />
            <source>Word bank: with a word-bank gap chosen, click a word or press its number (a word may be used more than once).</source>
            <extracomment>the word labels of the passage (tests check none is cut off)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="135" />
            <source>Word bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="144" />
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="301" />
            <source>Word {number}: {word}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="171" />
            <source>a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="192" />
            <source>Gap {number} of {total}, {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="197" />
            <source>After the words: {words}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="198" />
            <source>At the start of the passage</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="244" />
            <source>Submit with %n of {total} gaps empty?</source>
            <translation>
                <numerusform>Submit with %n of {total} gaps empty?</numerusform>
                <numerusform>Submit with %n of {total} gaps empty?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="298" />
            <source>{number}. {word} ✓ in gap {gaps}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="300" />
            <source>Word {number}: {word}, used in gap {gaps}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClozeTryBox</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="266" />
            <source>Try an answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="271" />
            <source>Fill the gaps as a student might: they are marked as in a scored round. “Try as a student” plays the whole passage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="275" />
            <source>T&amp;ry it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="276" />
            <source>Try these answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="283" />
            <source>How the answers were marked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="314" />
            <source>(left empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="319" />
            <source>A student's answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="321" />
            <source>An answer to try for gap {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="322" />
            <source>Gap {number}:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <location filename="../quiz_app/ui/editor/bank.py" line="175" />
            <source>No duplicates: no two questions ask the same with the same answer.</source>
            <extracomment>near-same questions were not looked for (the bank is larger than ``NEAR_DUPLICATE_LIMIT``)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank.py" line="185" />
            <source> (A bank of more than {limit} questions is checked for exact repeats only.)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>; and %n more group(s)</source>
            <translation>
                <numerusform>; and %n more group</numerusform>
                <numerusform>; and %n more groups</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/bank.py" line="181" />
            <source>%n group(s) of questions that ask the same with the same answer (or nearly): questions {listed}{more}. The list shows only them; clear the filters to see all.</source>
            <translation>
                <numerusform>%n group of questions that ask the same with the same answer (or nearly): questions {listed}{more}. The list shows only them; clear the filters to see all.</numerusform>
                <numerusform>%n groups of questions that ask the same with the same answer (or nearly): questions {listed}{more}. The list shows only them; clear the filters to see all.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditedSet</name>
        <message>
            <location filename="../quiz_app/ui/editor/editing.py" line="82" />
            <source>question</source>
            <extracomment>the selected question (-1: none); the place an edit of "the question" goes to</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editing.py" line="83" />
            <location filename="../quiz_app/ui/editor/editing.py" line="86" />
            <source>Edit {place}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editing.py" line="102" />
            <source>Add a {type} question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editing.py" line="109" />
            <source>Duplicate the question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editing.py" line="115" />
            <source>Delete the question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editing.py" line="140" />
            <source>Move the question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editing.py" line="161" />
            <source>Clear the evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editing.py" line="170" />
            <location filename="../quiz_app/ui/editor/editing.py" line="171" />
            <location filename="../quiz_app/ui/editor/editing.py" line="173" />
            <location filename="../quiz_app/ui/editor/editing.py" line="176" />
            <source>Edit the source text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editing.py" line="172" />
            <source>Source text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editing.py" line="190" />
            <source>Add a source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editing.py" line="192" />
            <location filename="../quiz_app/ui/editor/editing.py" line="193" />
            <location filename="../quiz_app/ui/editor/editing.py" line="195" />
            <source>Add the source text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editing.py" line="204" />
            <source>Remove the source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editing.py" line="211" />
            <location filename="../quiz_app/ui/editor/editing.py" line="212" />
            <location filename="../quiz_app/ui/editor/editing.py" line="214" />
            <source>Rename the source</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Delete %n question(s)</source>
            <translation>
                <numerusform>Delete %n question</numerusform>
                <numerusform>Delete %n questions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditorMenus</name>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="38" />
            <location filename="../quiz_app/ui/editor/actions.py" line="39" />
            <location filename="../quiz_app/ui/editor/actions.py" line="40" />
            <location filename="../quiz_app/ui/editor/actions.py" line="41" />
            <location filename="../quiz_app/ui/editor/actions.py" line="42" />
            <location filename="../quiz_app/ui/editor/actions.py" line="43" />
            <location filename="../quiz_app/ui/editor/actions.py" line="44" />
            <source>&amp;File</source>
            <extracomment>True: the keys work only while the list of questions has the focus (Delete must not delete a question while the teacher types in a field).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="38" />
            <source>&amp;New set…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="39" />
            <source>&amp;Open a set or import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="40" />
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="41" />
            <source>Save &amp;as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="42" />
            <source>&amp;Try as a student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="43" />
            <source>&amp;Print a worksheet or answer key…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="44" />
            <source>&amp;Close the editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="45" />
            <location filename="../quiz_app/ui/editor/actions.py" line="46" />
            <location filename="../quiz_app/ui/editor/actions.py" line="47" />
            <location filename="../quiz_app/ui/editor/actions.py" line="48" />
            <location filename="../quiz_app/ui/editor/actions.py" line="49" />
            <location filename="../quiz_app/ui/editor/actions.py" line="50" />
            <location filename="../quiz_app/ui/editor/actions.py" line="51" />
            <location filename="../quiz_app/ui/editor/actions.py" line="52" />
            <location filename="../quiz_app/ui/editor/actions.py" line="67" />
            <source>&amp;Edit</source>
            <extracomment>The menu that starts with Undo and Redo.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="45" />
            <source>Add a &amp;question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="46" />
            <source>&amp;Duplicate the question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="47" />
            <source>De&amp;lete the question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="48" />
            <source>Move the question &amp;up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="49" />
            <source>Move the question do&amp;wn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="50" />
            <source>Add a &amp;source text…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="51" />
            <source>Su&amp;ggest evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="52" />
            <source>Suggest questions &amp;from the source…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="53" />
            <location filename="../quiz_app/ui/editor/actions.py" line="54" />
            <location filename="../quiz_app/ui/editor/actions.py" line="55" />
            <location filename="../quiz_app/ui/editor/actions.py" line="56" />
            <location filename="../quiz_app/ui/editor/actions.py" line="57" />
            <source>&amp;Bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="53" />
            <source>&amp;Find questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="54" />
            <source>&amp;Change the selected questions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="55" />
            <source>C&amp;opy the selected questions to another set…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="56" />
            <source>&amp;Move the selected questions to another set…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="57" />
            <source>Find &amp;duplicate questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="58" />
            <location filename="../quiz_app/ui/editor/actions.py" line="59" />
            <location filename="../quiz_app/ui/editor/actions.py" line="60" />
            <location filename="../quiz_app/ui/editor/actions.py" line="61" />
            <location filename="../quiz_app/ui/editor/actions.py" line="62" />
            <location filename="../quiz_app/ui/editor/actions.py" line="63" />
            <source>&amp;Go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="58" />
            <source>&amp;Next problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="59" />
            <source>&amp;Previous problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="60" />
            <source>The &amp;questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="61" />
            <source>The question &amp;form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="62" />
            <source>The &amp;source text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="63" />
            <source>The list of p&amp;roblems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="64" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="64" />
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="70" />
            <source>Deleting and moving a question work when the list of questions has the focus.</source>
            <extracomment>Keys that belong to no menu action, for the shortcut help.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="71" />
            <source>In the list of suggested questions: Delete discards the draft.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="72" />
            <source>In the source text: select words with Shift and the arrow keys to make them the evidence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="99" />
            <source>&amp;Undo</source>
            <extracomment>Actions that need an open set; those that need a selected question. Actions on the questions selected in the list (one or more)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="102" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="104" />
            <location filename="../quiz_app/ui/editor/actions.py" line="136" />
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="105" />
            <location filename="../quiz_app/ui/editor/actions.py" line="137" />
            <source>Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="131" />
            <source>Set</source>
            <extracomment>menu title -&gt; menu, in the menu bar's order (the shortcut help follows it)</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditorWindow</name>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="97" />
            <location filename="../quiz_app/ui/editor/editor_window.py" line="477" />
            <source>Set editor[*]</source>
            <extracomment>The tabs of the middle pane, in order. (question index, its evidence) before the teacher's current selection in the source changed it</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="137" />
            <source>Question, set details and sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="143" />
            <source>&amp;Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="146" />
            <source>Set and &amp;rounds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="153" />
            <source>Sour&amp;ces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="168" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="174" />
            <source>Number of problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="227" />
            <source>Add suggested questions</source>
            <extracomment>the warning the last check put in the status bar (taken down when a later check finds it gone)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="303" />
            <source>Question deleted. Undo (Ctrl+Z) brings it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="312" />
            <source>Set the evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="322" />
            <source>Select the words in the source text first, then press “Quote from selection”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="326" />
            <location filename="../quiz_app/ui/editor/editor_window.py" line="331" />
            <source>Quote from the selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="329" />
            <source>Keep the question's quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="335" />
            <source>{place} now has its own quote.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="339" />
            <source>Use the passage as evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="368" />
            <source>Accept a suggested question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="368" />
            <source>Accept {n} suggested questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="372" />
            <source>Add a suggested question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="375" />
            <source>Suggested question added: change it in the form. Suggest questions (Ctrl+Shift+G) brings back the other drafts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="397" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="404" />
            <source>Source “{title}” added; it is shown beside the form.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="479" />
            <source>not saved yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="480" />
            <source>Set editor — {title} ({file})[*]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="481" />
            <source>Untitled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="528" />
            <source>Nothing to fix: no problems or warnings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="549" />
            <source>Add a question first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="555" />
            <source>Nothing to try yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="562" />
            <source>Nothing to print yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="594" />
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n incomplete question(s) are left out of the worksheet.</source>
            <translation>
                <numerusform>%n incomplete question are left out of the worksheet.</numerusform>
                <numerusform>%n incomplete questions are left out of the worksheet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/editor_window.py" line="305" />
            <source>%n questions deleted. Undo (Ctrl+Z) brings them back.</source>
            <translation>
                <numerusform>%n questions deleted. Undo (Ctrl+Z) brings them back.</numerusform>
                <numerusform>%n questions deleted. Undo (Ctrl+Z) brings them back.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FeedbackScreen</name>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="84" />
            <source>Feedback on your answer</source>
            <extracomment>what the passage, its title and the citation show now (``_show_evidence``)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="97" />
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="117" />
            <source>When this question comes back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="123" />
            <location filename="../quiz_app/ui/feedback_screen.py" line="274" />
            <location filename="../quiz_app/ui/feedback_screen.py" line="296" />
            <source>What the text says:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="141" />
            <source>&amp;Read in source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="142" />
            <source>Read this passage in the full source text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="146" />
            <location filename="../quiz_app/ui/feedback_screen.py" line="205" />
            <source>&amp;Next question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="148" />
            <source>Next question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="190" />
            <source>Your answer: {answer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="191" />
            <source>You did not answer this question.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="263" />
            <source>Correct answer: {correct_answer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="196" />
            <source>About your choice: {feedback}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="266" />
            <source>Why: {explanation}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="288" />
            <source>the title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="288" />
            <source>a heading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="289" />
            <source>the text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="291" />
            <source>paragraph {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="292" />
            <source>paragraphs {numbers} and {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="293" />
            <source>What the text says ({which} of “{source_title}”):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="312" />
            <source>Your answers, gap by gap:
{lines}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="313" />
            <source>The text's words: {answer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="315" />
            <source>The passage with the gaps filled by the text's words</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="40" />
            <source>Search the questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="40" />
            <source>Search the questions (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="45" />
            <source>Filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="47" />
            <source>Show the filters: type, topic, difficulty, paragraph, problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="56" />
            <source>Filter by type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="57" />
            <source>Filter by topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="57" />
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="95" />
            <source>Any topic</source>
            <extracomment>the groups of duplicates the list is narrowed to ("Find duplicates"); None: not narrowed</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="58" />
            <source>Filter by difficulty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="58" />
            <source>Any difficulty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="58" />
            <source>1 – easy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="59" />
            <source>2 – medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="59" />
            <source>3 – hard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="60" />
            <source>Filter by the paragraph of the quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="60" />
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="96" />
            <source>Any paragraph</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="64" />
            <source>With &amp;problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="65" />
            <source>Show only questions with problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="66" />
            <source>With &amp;warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="67" />
            <source>Show only questions with warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="70" />
            <source>Clear filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="71" />
            <source>Clear the search and the filters: show every question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="80" />
            <source>How many questions the filters show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="96" />
            <source>Paragraph {number}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GapCard</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="187" />
            <source>Problems of gap {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="191" />
            <source>Gap {number}: kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="195" />
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="196" />
            <source>Gap {number}: other accepted spellings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="197" />
            <source>Other spellings that count, separated by semicolons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="200" />
            <source>Also &amp;accept:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="202" />
            <source>Gap {number}: tolerance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="202" />
            <source>0 means exactly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="204" />
            <source>&amp;Tolerance (±):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="209" />
            <source>Gap {number}: wrong options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="209" />
            <source>Wrong options, separated by semicolons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="213" />
            <source>Suggest from the text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="214" />
            <source>Gap {number}: suggest wrong options from the text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="217" />
            <source>&amp;Wrong options:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="220" />
            <source>Gap {number}: weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="225" />
            <source>W&amp;eight:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="229" />
            <source>Gap {number}: “{answer}”</source>
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
            <location filename="../quiz_app/ui/main_window.py" line="77" />
            <source>Answering: 1–9 (0 for a tenth) or A–J choose an answer · T / F true or false · Space ticks a box · Enter answers and goes on · Alt+Up / Alt+Down move an event in an ordering question · in a fill-the-gaps passage, Tab / Shift+Tab go from gap to gap and a number places that word of the word bank · Esc asks before leaving a round.</source>
            <extracomment>one menu entry: (attribute name, text, shortcuts, slot); None is a separator the window's attribute for each action of the menus (made just after the first paint: see _fill_menus) keys of the round's screens, which belong to no menu action</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="282" />
            <source>History Quiz</source>
            <extracomment>in it: the students as the store had them when the window last closed it (quiz_app.scores.roster) One loading job off the GUI thread at a time. Two workers importing the loading and session modules at once (the sets loading at start while a student opens a file) could meet in the middle of an import cycle, and Python then hands one of them a half-made module: "cannot import name ...", and no set was listed. the students (id, name) read before the store is opened; None once the store lists them the start screen's reads of the chosen student, from the record (None: from the store) the window is built: a store opened from now on shows its message and its students at once a listed set is being parsed for a round, the reader or an export (see _with_sets) "Quit in the middle of this round?" while it is open; the student's yes closes the window "Start afresh?" for an unfinished scored round, while it is open each screen's keyboard shortcuts, made the first time it is shown and then only enabled while it is shown (a disabled shortcut takes no key: the focused widget gets it as if there were none) the screens' shortcuts are made from the first paint on (see _finish_after_first_paint)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="448" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="463" />
            <source>&amp;Open a set file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="464" />
            <source>&amp;Export my results…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="466" />
            <location filename="../quiz_app/ui/main_window.py" line="710" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="448" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="469" />
            <source>&amp;Bigger text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="471" />
            <source>&amp;Smaller text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="473" />
            <source>&amp;Normal text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="476" />
            <source>My &amp;progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="477" />
            <source>Settin&amp;gs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="448" />
            <source>&amp;Teacher</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="480" />
            <source>&amp;Edit question sets…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="481" />
            <source>&amp;Class report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="482" />
            <source>&amp;Print a worksheet of the selected set…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="448" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="486" />
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="487" />
            <source>&amp;About History Quiz</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="708" />
            <source>Quit in the middle of a round?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="709" />
            <source>Quit History Quiz in the middle of this round?

Your answers so far are saved. Next time, the start screen offers to continue the round.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="710" />
            <source>&amp;Keep playing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="744" />
            <source>There is already a student called {name}; they are selected now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="750" />
            <source>The new student could not be saved: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="780" />
            <source>The question sets could not be loaded: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="785" />
            <source>Opening {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="827" />
            <source>Opening the set…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="827" />
            <source>Opening the sets…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="871" />
            <source>0 due today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="878" />
            <source>{due} due today, {new} new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="941" />
            <source>No questions match your choice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="982" />
            <source>{answered} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="984" />
            <source>Give up the unfinished round?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="985" />
            <source>Start afresh and give up your unfinished scored round?

It is kept in your results as abandoned, with {of_total} questions answered; the questions not answered count 0 points.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="987" />
            <source>&amp;Give it up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="987" />
            <source>&amp;Keep it for later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="1024" />
            <source>Add a student first to see progress.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="1070" />
            <source>Choose a question set to print.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="1083" />
            <source>Add a student first: there are no results to export yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="1086" />
            <source>{name} - quiz results.csv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="1086" />
            <source>My</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="1087" />
            <source>Export my results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="1087" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="1097" />
            <source>Your results could not be saved to {path}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/main_window.py" line="1099" />
            <source>Saved %n answer(s) to {path}. Give this file to your teacher.</source>
            <translation>
                <numerusform>Saved %n answer to {path}. Give this file to your teacher.</numerusform>
                <numerusform>Saved %n answers to {path}. Give this file to your teacher.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="1139" />
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="1144" />
            <source>About History Quiz</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="1145" />
            <source>History Quiz: practise on questions whose every answer is proved by a quote from the source text.

Your scores are kept in {where}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="1146" />
            <source>memory (not saved)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MatchingForm</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/matching.py" line="17" />
            <source>Each pair is a left item and the right item that matches it; students see the right items shuffled. A pair the question's quote does not state can have a quote of its own: select its words in the source text and press “Quote from selection”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/matching.py" line="21" />
            <source>Pair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/matching.py" line="21" />
            <source>Matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/matching.py" line="22" />
            <source>Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/matching.py" line="26" />
            <source>Extra options that match nothing (optional):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/matching.py" line="27" />
            <source>Extra option</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/matching.py" line="27" />
            <source>Option</source>
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
            <location filename="../quiz_app/ui/new_student_dialog.py" line="14" />
            <source>New student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/new_student_dialog.py" line="17" />
            <source>Student name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/new_student_dialog.py" line="19" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/new_student_dialog.py" line="24" />
            <source> × time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/new_student_dialog.py" line="25" />
            <source>Extra time factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/new_student_dialog.py" line="26" />
            <source>1.5 gives half as much time again in timed rounds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/new_student_dialog.py" line="27" />
            <source>&amp;Extra time:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/new_student_dialog.py" line="28" />
            <source>For students who get extra time in tests: 1.5 gives half as much time again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NumericForm</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/numeric.py" line="20" />
            <source>The number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/numeric.py" line="20" />
            <source>For example 135000</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/numeric.py" line="22" />
            <source>&amp;Number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/numeric.py" line="23" />
            <source>Tolerance: answers this far off still count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/numeric.py" line="23" />
            <source>0 means exactly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/numeric.py" line="25" />
            <source>&amp;Tolerance (±):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/numeric.py" line="26" />
            <source>Unit: what the number counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/numeric.py" line="26" />
            <source>For example troops, divisions, km</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/numeric.py" line="28" />
            <source>&amp;Unit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/numeric.py" line="30" />
            <source>The number must be one of the numbers written in the quote (within the tolerance).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrderingForm</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/ordering.py" line="16" />
            <source>As the source writes it, e.g. June 25, 1950</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/ordering.py" line="17" />
            <source>Optional: every event has its own quote, which fixes its place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/ordering.py" line="24" />
            <source>List the events in their correct order, earliest first (students see them shuffled). Give each the date the source writes for it, or give every event a quote of its own: select its words in the source text and press “Quote from selection”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/ordering.py" line="28" />
            <location filename="../quiz_app/ui/editor/forms/ordering.py" line="29" />
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/ordering.py" line="29" />
            <location filename="../quiz_app/ui/editor/forms/ordering.py" line="41" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/ordering.py" line="30" />
            <source>Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/ordering.py" line="41" />
            <source>Date (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/ordering.py" line="46" />
            <source>Event {number}: date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/ordering.py" line="46" />
            <source> (optional)</source>
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
        <name>Panes</name>
        <message>
            <location filename="../quiz_app/ui/editor/panes.py" line="51" />
            <source>Questions, the form and the source text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/panes.py" line="54" />
            <source>&amp;Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/panes.py" line="54" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/panes.py" line="54" />
            <source>Source &amp;text</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PassageView</name>
        <message>
            <location filename="../quiz_app/ui/widgets/text.py" line="73" />
            <source>Quoted passage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/text.py" line="82" />
            <location filename="../quiz_app/ui/widgets/text.py" line="101" />
            <source>The highlighted words are the quote: {quote}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/text.py" line="99" />
            <source>The highlighted words are the quotes: {quotes}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PassageWords</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="87" />
            <source>Words of the passage: pick the words to hide</source>
            <extracomment>the words shown to pick from; a longer passage is cut here, with a word saying so the set being edited (the form needs its sources for options suggested from the text, and for trying)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="113" />
            <source>{words}: in gap {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="128" />
            <source>Click to hide this word in a gap, or to show it again</source>
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
        <name>ProblemsPanel</name>
        <message>
            <location filename="../quiz_app/ui/editor/problems_panel.py" line="69" />
            <source>Problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/problems_panel.py" line="72" />
            <source>Problems with this set; press Enter to go to one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/problems_panel.py" line="82" />
            <source>How to fix the chosen problem</source>
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
            <location filename="../quiz_app/ui/progress_screen.py" line="128" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="136" />
            <source>{paragraph}: {status}, {counts}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuestionEditor</name>
        <message>
            <location filename="../quiz_app/ui/editor/question_editor.py" line="21" />
            <source>No question yet. Choose a type under the list of questions and press “Add”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_editor.py" line="22" />
            <source>Select a question in the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_editor.py" line="53" />
            <source>This question has the unknown type “{type}”, so it cannot be edited here. Known types: {names}. Delete it, or fix the type in the file.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuestionForm</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="28" />
            <source>✓ Nothing to fix in this question.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="30" />
            <source>1 – easy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="30" />
            <source>2 – medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="31" />
            <source>3 – hard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="43" />
            <source>&amp;Question:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="44" />
            <source>The question as the student reads it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="56" />
            <source>Problems in this question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="63" />
            <source>Question text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="69" />
            <source>Answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="77" />
            <source>Explanation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="77" />
            <source>Why the answer is right, in plain words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="80" />
            <source>E&amp;xplanation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="88" />
            <source>Topic: {topic}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="92" />
            <source>Topics:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="93" />
            <source>Other tags, separated by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="95" />
            <source>Other ta&amp;gs:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="98" />
            <source>Difficulty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="103" />
            <source>&amp;Difficulty:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="105" />
            <source>Points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="110" />
            <source>&amp;Points:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="112" />
            <source>Question id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="112" />
            <source>A short id, unique in this set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="114" />
            <source>Question &amp;id:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="116" />
            <source>&amp;Teacher-verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="117" />
            <source>Teacher-verified: skip the automatic answer-in-quote check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="120" />
            <source>Tick it when the quote says the answer in other words than the automatic check can match; give the reason below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="122" />
            <source>Why the quote supports the answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="124" />
            <source>&amp;Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cite.py" line="17" />
            <source>&amp;Instruction:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cite.py" line="18" />
            <source>For example: Which sentence of the text shows this?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="340" />
            <source>What the student is asked to do, for example: Fill the gaps with the words of the text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="17" />
            <source>&amp;Statement:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="18" />
            <source>A statement the student judges true or false</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuestionPanel</name>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="51" />
            <source>Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="57" />
            <source>Questions of the set; ⚠ marks a question with problems. Shift or Ctrl with the arrow keys and Space selects several.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="68" />
            <source>Type of the new question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="74" />
            <source>&amp;Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="74" />
            <source>Add a question of the chosen type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="77" />
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="77" />
            <source>Duplicate the selected question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="79" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="79" />
            <source>Delete the selected questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="81" />
            <source>Move the selected question up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="81" />
            <source>Move the selected question up (Alt+Up in the list)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="84" />
            <source>Move the selected question down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="84" />
            <source>Move the selected question down (Alt+Down in the list)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="93" />
            <source>Suggest questions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="93" />
            <source>Suggest questions drafted from the source text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="94" />
            <source>Drafts from the source text to accept, edit or discard (Ctrl+Shift+G)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="100" />
            <source>Selected questions ▾</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="100" />
            <source>Actions on the selected questions: change, copy, move; find duplicates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="103" />
            <source>&amp;Change the selected questions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="105" />
            <source>C&amp;opy them to another set…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="106" />
            <source>&amp;Move them to another set…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="108" />
            <source>Find &amp;duplicate questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="123" />
            <source>Questions ({count})</source>
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
        <name>QuoteCell</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/fields.py" line="198" />
            <source>No quote of its own: the question's quote is checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/fields.py" line="219" />
            <source>Quote from selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/fields.py" line="219" />
            <source>{name}: quote the words selected in the source text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/fields.py" line="220" />
            <source>Remove quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/fields.py" line="220" />
            <source>{name}: remove its own quote</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportScreen</name>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="276" />
            <source>Class report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="285" />
            <source>Add the result files your students exported (several at once if you like), or use the results stored on this computer, then choose the question set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="290" />
            <source>Result files in the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="295" />
            <source>&amp;Add result files…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="296" />
            <location filename="../quiz_app/ui/report_screen.py" line="478" />
            <source>Add result files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="298" />
            <source>&amp;Remove file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="299" />
            <source>Remove the selected result files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="301" />
            <source>Use the results on this &amp;computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="302" />
            <source>Use the results stored on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="312" />
            <source>Question &amp;set:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="314" />
            <source>Question set of the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="319" />
            <source>Scored rounds &amp;only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="320" />
            <source>Count scored rounds only, not practice or reviews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="328" />
            <source>Report summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="331" />
            <source>Notes about the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="337" />
            <source>Reading the result files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="342" />
            <source>Report tables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="343" />
            <source>Scores of each student in each round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="343" />
            <location filename="../quiz_app/ui/report_screen.py" line="579" />
            <source>Student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="343" />
            <location filename="../quiz_app/ui/report_screen.py" line="579" />
            <source>Rounds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="343" />
            <location filename="../quiz_app/ui/report_screen.py" line="355" />
            <location filename="../quiz_app/ui/report_screen.py" line="359" />
            <location filename="../quiz_app/ui/report_screen.py" line="579" />
            <source>Score %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="343" />
            <location filename="../quiz_app/ui/report_screen.py" line="579" />
            <source>Third</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="345" />
            <source>Statistics of each question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="346" />
            <location filename="../quiz_app/ui/report_screen.py" line="351" />
            <source>No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="346" />
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="346" />
            <location filename="../quiz_app/ui/report_screen.py" line="355" />
            <location filename="../quiz_app/ui/report_screen.py" line="358" />
            <source>Right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="346" />
            <source>Facility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="346" />
            <source>Discrimination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="373" />
            <source>Which parts of the text the class keeps missing, weakest first. ¶: the paragraph's number, as marked on the printed text (the title is not counted).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="388" />
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="390" />
            <source>Export the report as an Excel workbook or as CSV files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="347" />
            <location filename="../quiz_app/ui/report_screen.py" line="352" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="52" />
            <source>A question with fewer than {minimum} answers is not judged (too few answers to judge). Facility: the share of answers that were right (1.00 = everybody right; for a fill-the-gaps passage, the share of its points earned). Discrimination: the share right among the top third of students (by total score) minus the share right among the bottom third; below 0.20 a question does not tell stronger and weaker students apart, below 0 the weaker students did better. It needs at least 3 students.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="348" />
            <source>Right answers out of all answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="348" />
            <source>Share of answers that were right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="349" />
            <source>Top third minus bottom third (see below the table)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="354" />
            <source>Score of the class by topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="355" />
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="355" />
            <location filename="../quiz_app/ui/report_screen.py" line="358" />
            <source>Answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="356" />
            <source>Students</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="356" />
            <location filename="../quiz_app/ui/report_screen.py" line="359" />
            <source>Below the pass mark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="357" />
            <source>Score of the class by paragraph of the source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="361" />
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="358" />
            <source>Paragraph</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="347" />
            <source>Most common
wrong answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="350" />
            <source>Each gap of the fill-the-gaps questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="351" />
            <source>Gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="351" />
            <source>Answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="351" />
            <source>Filled right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="352" />
            <source>Share right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="352" />
            <source>Most common
wrong answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="353" />
            <source>Answers that filled this gap right, out of all answers to the question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="358" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="359" />
            <source>Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="360" />
            <source>Problems found in the result files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="361" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="361" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="363" />
            <source>Each cell is a round's score (right answers out of answers, and %), oldest first. Third: top or bottom third of the class by total score.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="365" />
            <source>St&amp;udents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="368" />
            <source>&amp;Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="369" />
            <source>Which gaps of each passage the class fills right, and what they wrote instead. Gap numbers are those of the printed worksheet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="370" />
            <source>Gap&amp;s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="371" />
            <source>Weakest first: points earned out of possible points.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="372" />
            <source>To&amp;pics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="375" />
            <source>Para&amp;graphs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="376" />
            <source>How many rounds scored in each band of 10 percent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="376" />
            <source>C&amp;hart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="377" />
            <source>Lines that were left out of the report, and why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="378" />
            <location filename="../quiz_app/ui/report_screen.py" line="559" />
            <location filename="../quiz_app/ui/report_screen.py" line="573" />
            <source>Proble&amp;ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="382" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="385" />
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="386" />
            <source>Back to the start screen</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/report_screen.py" line="437" />
            <source>{title} (%n question(s))</source>
            <translation>
                <numerusform>{title} (%n question)</numerusform>
                <numerusform>{title} (%n questions)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="479" />
            <source>Result files (*.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="530" />
            <source>Some answers are to a question set that is not open in the app ({sets}). Open that set first to see its questions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="539" />
            <source>The report could not be made: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="545" />
            <source>Reading the result files…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="553" />
            <source>No results yet: add result files, or use the results on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="572" />
            <source>Proble&amp;ms ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="579" />
            <source>Round {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="587" />
            <source>{started}, {mode}; {points:g} of {possible:g} points; from {files}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="601" />
            <location filename="../quiz_app/ui/report_screen.py" line="610" />
            <source>{correct} of {answers}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="621" />
            <location filename="../quiz_app/ui/report_screen.py" line="627" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="632" />
            <source>Excel workbook, a sheet per table (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="633" />
            <source>CSV files, one per table (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="641" />
            <source>Export the report as</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/report_screen.py" line="655" />
            <source>Saved the report as %n CSV file(s), one per table, in {folder}: {names}.</source>
            <translation>
                <numerusform>Saved the report as %n CSV file, one per table, in {folder}: {names}.</numerusform>
                <numerusform>Saved the report as %n CSV files, one per table, in {folder}: {names}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="661" />
            <source>Saved the report as {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="663" />
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
            <source>See fee&amp;dback on every answer</source>
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
            <location filename="../quiz_app/ui/round_player.py" line="171" />
            <source>Score: {score} / {possible}</source>
            <extracomment>the catalogue key of the round's set the choice the round was started with (Play again starts it again)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="222" />
            <source> You can add a minute or switch the time limit off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="258" />
            <location filename="../quiz_app/ui/round_player.py" line="338" />
            <source>Question {number} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="259" />
            <source>See your &amp;results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="259" />
            <source>&amp;Next question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="277" />
            <source>Next review of this question: {when}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="291" />
            <source>The questions you have not answered count 0 points.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="292" />
            <source>The round is counted over the questions you have answered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="294" />
            <source>Your answers so far are saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="295" />
            <source>This try records nothing: no answers or scores are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="297" />
            <source>Leave this round?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="298" />
            <source>Leave this round now?

{kept} {rest}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="299" />
            <source>&amp;End the round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="299" />
            <source>&amp;Keep playing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="335" />
            <source>Back to &amp;results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="336" />
            <source>&amp;Next missed question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="336" />
            <source>&amp;Next answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="339" />
            <source>Score: {score}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RowsEditor</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/fields.py" line="274" />
            <source>Add {noun}</source>
            <extracomment>each row's labels of its text inputs (by key): a label may change (a date becomes optional)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/fields.py" line="275" />
            <source>Add a {noun}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/fields.py" line="358" />
            <source>Move {noun} {number} up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/fields.py" line="359" />
            <source>Move {noun} {number} down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/fields.py" line="360" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/fields.py" line="360" />
            <source>Remove {noun} {number}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScoreHistogram</name>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="93" />
            <source>Chart of the score of each round, in bands of 10 percent</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/report_screen.py" line="105" />
            <source>%n round(s). </source>
            <translation>
                <numerusform>%n round. </numerusform>
                <numerusform>%n rounds. </numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="107" />
            <source>No rounds yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="126" />
            <source>No rounds yet: add result files to see how the scores spread.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="156" />
            <source>Score % of each round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="161" />
            <location filename="../quiz_app/ui/report_screen.py" line="162" />
            <source>pass mark</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SetChecker</name>
        <message>
            <location filename="../quiz_app/ui/editor/checking.py" line="150" />
            <source>The set could not be checked ({kind}: {exc}). Save it and report the problem; the last problems shown may be out of date.</source>
            <extracomment>The pause after the last keystroke before the set is checked (typing restarts the wait). The largest set whose item-quality warnings the background check finds. The lint reads every question against the others, so it grows with the square of the set (measured: 0.02 s for 98 questions, 0.11 s for 392, 0.65 s for 980); beyond this the warnings would come seconds after each pause in typing, so the list says to run ``quiz-bank validate`` instead. The largest set linted by ``check_now`` on the GUI thread (saving, trying): about 0.1 s. A larger one is linted by the next background check only.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SetDetailsForm</name>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="16" />
            <source>Draft: students can practise it, not play it for a score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="17" />
            <source>Ready: students can play it as a scored round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="18" />
            <source>After each answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="19" />
            <source>At the end of the round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="21" />
            <source>&amp;Partial credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="22" />
            <source>Choose-all, ordering and matching questions earn a share of the points.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="23" />
            <source>&amp;Negative marking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="24" />
            <source>A wrong multiple-choice answer costs a share of its points.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="25" />
            <source>S&amp;huffle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="26" />
            <source>Questions and choices come in a new order each round.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="27" />
            <source>Speed &amp;bonus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="28" />
            <source>Quick right answers earn a bonus, shown apart; it never counts towards the pass mark.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="42" />
            <source>About this set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="46" />
            <source>Set title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="48" />
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="49" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="49" />
            <source>What the set is about, for students and colleagues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="52" />
            <source>&amp;Description:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="53" />
            <source>Authors, separated by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="53" />
            <source>Separated by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="56" />
            <source>&amp;Authors:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="57" />
            <source>Language code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="57" />
            <source>For example en, fr, de</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="59" />
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="60" />
            <source>Set id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="60" />
            <source>A short id; scores are stored under it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="62" />
            <source>Set &amp;id:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="64" />
            <source>Status of the set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="69" />
            <source>&amp;Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="70" />
            <source>A set with problems is always saved as a draft.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="73" />
            <source>Scored rounds: the defaults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="76" />
            <source>Number of questions in a round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="79" />
            <source>&amp;Questions per round:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="80" />
            <source>Time limit in seconds, 0 for no limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="83" />
            <source>No time limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="87" />
            <source>Time li&amp;mit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="89" />
            <source>When students see feedback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="94" />
            <source>&amp;Feedback:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="95" />
            <source>Pass mark in percent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="101" />
            <source>Pass mar&amp;k:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SetFiles</name>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="28" />
            <source>Question sets and files to import (*.json *.gift *.txt *.xml *.csv *.tsv *.tab *.xlsx *.xlsm);;Question sets (*.json);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="30" />
            <source>New set. Add a question under the list, then select its evidence in the text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="88" />
            <source>Open a set or import questions</source>
            <extracomment>the set's file; None for a new or imported set (not saved yet)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="95" />
            <source>Opening {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="108" />
            <location filename="../quiz_app/ui/editor/files.py" line="128" />
            <source>This file cannot be opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="108" />
            <source>“{name}” cannot be opened as a question set:

</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="110" />
            <source>Opened {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="117" />
            <source>Nothing could be imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="120" />
            <source>Imported {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="122" />
            <source>Imported, with remarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="128" />
            <source>“{path}” could not be read: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="145" />
            <location filename="../quiz_app/ui/editor/files.py" line="161" />
            <source>The set was not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="174" />
            <source>Save the set as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="174" />
            <source>Question sets (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="195" />
            <source>This set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="196" />
            <source>Save the changes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="197" />
            <source>“{title}” has changes that are not saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="199" />
            <source>Save them before you go on?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="202" />
            <source>&amp;Discard the changes</source>
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
            <location filename="../quiz_app/ui/settings_screen.py" line="62" />
            <source>Te&amp;xt size (Ctrl+= / Ctrl+-):</source>
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
            <location filename="../quiz_app/ui/settings_screen.py" line="77" />
            <source>Fee&amp;dback in scored rounds:</source>
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
        <name>ShortAnswerForm</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/short_answer.py" line="18" />
            <source>The first accepted answer is shown to students as the correct one and must be in the quote. Case, accents, punctuation and one typo are forgiven.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/short_answer.py" line="20" />
            <source>Accepted answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/short_answer.py" line="20" />
            <source>Answer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SourcePane</name>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="155" />
            <location filename="../quiz_app/ui/editor/source_pane.py" line="270" />
            <source>Source text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="156" />
            <source>Title of the source shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="159" />
            <source>Which source text to show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="164" />
            <location filename="../quiz_app/ui/editor/source_pane.py" line="499" />
            <source>Edit te&amp;xt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="166" />
            <source>Edit the source text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="170" />
            <location filename="../quiz_app/ui/editor/source_pane.py" line="501" />
            <source>Select words in the text to make them the evidence of the question.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="182" />
            <location filename="../quiz_app/ui/editor/source_pane.py" line="304" />
            <source>Evidence of this question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="185" />
            <source>Evidence status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="188" />
            <source>The evidence quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="198" />
            <source>The closest passage of the source now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="201" />
            <source>&amp;Use this passage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="202" />
            <source>Use the closest passage as the evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="205" />
            <source>Su&amp;ggest evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="206" />
            <source>Suggest evidence: rank the sentences of the source for this question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="209" />
            <source>C&amp;lear evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="210" />
            <source>Clear the evidence of this question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="216" />
            <source>Suggested sentences, best first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="226" />
            <source>Use the chosen &amp;sentence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="227" />
            <source>Use the chosen suggested sentence as the evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="250" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="270" />
            <source>Source: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="288" />
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="289" />
            <source>Select a question to see or set its evidence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="312" />
            <source>The closest passage of the source now: “{closest}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="315" />
            <source>⚠ No evidence yet. Select the passage that proves the answer, or use “Suggest evidence”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="318" />
            <source>⚠ The evidence cites the source “{source_id}”, which this set does not have. Select a passage of one of the set's sources.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="320" />
            <source>⚠ This quote is no longer in the source (its text was changed). Use the closest passage, or select the right one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="327" />
            <source>✓ Found in “{title}”, line {line} (highlighted).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="418" />
            <source>Write the question and its answer first: the suggestions look for their words in the text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="427" />
            <source>{score:.0f}% match · line {line}: {quote}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="437" />
            <source>The source has no sentences to suggest.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="499" />
            <source>Stop &amp;editing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="500" />
            <source>Editing the text: questions whose quote is no longer in it are marked ⚠.</source>
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
        <name>SourceTextView</name>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="118" />
            <source>Source text</source>
            <extracomment>how many suggested sentences the list shows without scrolling (each whole)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="127" />
            <source>Editing the source text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="128" />
            <source>Select words with the mouse or with Shift and the arrow keys: they become the evidence of the question.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SourcesForm</name>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="51" />
            <source>A set can quote several sources. The text of the source shown beside the form can be changed there with “Edit text”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="54" />
            <source>Sources of this set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="61" />
            <source>&amp;Add a source…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="63" />
            <source>&amp;Remove this source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="69" />
            <source>This source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="73" />
            <source>Source title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="75" />
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="76" />
            <source>Citation: where the text comes from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="76" />
            <source>Author, work, year, page or address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="78" />
            <source>&amp;Citation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="79" />
            <source>Source id (quotes refer to it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="81" />
            <source>Source &amp;id:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="101" />
            <source>Untitled</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/sources_form.py" line="99" />
            <source>{number}. {title} — {words:,} words, quoted by %n question(s)</source>
            <translation>
                <numerusform>{number}. {title} — {words:,} words, quoted by %n question</numerusform>
                <numerusform>{number}. {title} — {words:,} words, quoted by %n questions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="36" />
            <source>Set editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="37" />
            <source>Make questions from your own text. Every answer is proved by a passage you select in the text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="40" />
            <source>A new set from a text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="45" />
            <source>Title of the new set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="45" />
            <source>For example: The Berlin Airlift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="46" />
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="48" />
            <source>Paste the source text (a textbook page, a primary source…), or open a .txt or .md file saved as UTF-8:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="50" />
            <source>Source text for the new set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="54" />
            <source>Problem with the text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="58" />
            <source>Open a &amp;text file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="59" />
            <source>Open a text file as the source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="63" />
            <source>&amp;Create the set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="75" />
            <source>&amp;Open a set or import questions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="112" />
            <source>Open a source text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="121" />
            <source>There is no text yet: paste it, or open a text file.</source>
            <translation type="unfinished" />
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
            <location filename="../quiz_app/ui/start_screen.py" line="106" />
            <source>History Quiz</source>
            <extracomment>the ticked topics of the chosen set every topic of the set is ticked: the round is not filtered by topic</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="107" />
            <source>My p&amp;rogress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="108" />
            <source>My progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="111" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="126" />
            <source>&amp;Continue that round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="127" />
            <source>Continue the interrupted round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="129" />
            <source>Start afresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="130" />
            <source>Do not continue the interrupted round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="138" />
            <source>Choose your round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="148" />
            <source>1. Who is playing?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="151" />
            <location filename="../quiz_app/ui/start_screen.py" line="152" />
            <source>Student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="155" />
            <source>&amp;New student…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="156" />
            <source>Add a new student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="162" />
            <source>2. Which question set?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="165" />
            <source>Question sets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="172" />
            <source>Loading question sets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="173" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="177" />
            <source>&amp;Open a set file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="178" />
            <source>Open a question set file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="180" />
            <source>Read the so&amp;urce text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="181" />
            <source>Read the source text of the selected set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="189" />
            <source>3. How do you want to play?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="210" />
            <source>4. Topics and number of questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="217" />
            <source>This set's questions have no topics: all of them can be drawn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="389" />
            <source>Topic: {topic}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="225" />
            <source>Number of questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="110" />
            <source>Settin&amp;gs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="227" />
            <source>Number of &amp;questions:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="240" />
            <source>The round you are about to start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="245" />
            <source>&amp;Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="247" />
            <source>Start the round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="318" />
            <source>(add a student first)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/start_screen.py" line="332" />
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n question</numerusform>
                <numerusform>%n questions</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="334" />
            <source>shared by the school</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="336" />
            <source>last score {score}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="338" />
            <source>draft: practice only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="351" />
            <source>Review &amp;mistakes ({mistakes})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="352" />
            <source>Spaced rev&amp;iew ({due})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/start_screen.py" line="353" />
            <source>Review mistakes, %n question(s)</source>
            <translation>
                <numerusform>Review mistakes, %n question</numerusform>
                <numerusform>Review mistakes, %n questions</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="354" />
            <source>Spaced review, {due}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="361" />
            <source>d MMMM yyyy 'at' HH:mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="363" />
            <source>You have an unfinished {mode} of “{title}” from {when}: {answered} of {total} questions answered.</source>
            <translation type="unfinished">You have an unfinished {mode} of “{title}” from {when}: {answered} of {total} questions answered.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="373" />
            <source>You are about to play: {plan}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="426" />
            <source>Add a student with “New student…” to begin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="428" />
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
        <name>SuggestPanel</name>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="151" />
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="444" />
            <source>Suggest questions — {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="152" />
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="445" />
            <source>Untitled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="169" />
            <source>The drafts and the source text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="176" />
            <source>Suggested questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="178" />
            <source>Each draft asks about one sentence of the text, and its answer is words of that sentence. Read each one before you keep it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="184" />
            <source>Show drafts of this type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="185" />
            <source>All types</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="190" />
            <source>Show drafts on this topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="191" />
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="408" />
            <source>All topics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="194" />
            <source>Order of the drafts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="209" />
            <source>Drafting questions from the text…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="214" />
            <source>Drafting questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="219" />
            <source>How many drafts there are</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="222" />
            <source>Drafts left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="227" />
            <source>Drafts: type, usefulness, question, answer and wrong choices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="240" />
            <source>The chosen draft's evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="250" />
            <source>&amp;Accept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="251" />
            <source>Accept the chosen draft: add it to the set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="254" />
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="255" />
            <source>Add the chosen draft to the set and open its form to change it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="257" />
            <source>&amp;Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="258" />
            <source>Discard the chosen draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="260" />
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="573" />
            <source>Accept all &amp;shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="261" />
            <source>Accept every draft in the list as one step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="272" />
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="468" />
            <source>Source text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="275" />
            <source>Which source text to draft from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="281" />
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="531" />
            <source>Choose a draft: its sentence is highlighted here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="282" />
            <source>Where the chosen draft's evidence is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="288" />
            <source>Source text; the chosen draft's evidence is highlighted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="296" />
            <source>Draft a&amp;gain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="297" />
            <source>Draft again from the source as it is now; discarded drafts return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="302" />
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="345" />
            <source>Draf&amp;ts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="346" />
            <source>Source te&amp;xt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="388" />
            <source>This source has no text to draft questions from. Add its text first (Sources, or “Edit text” beside the form).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="424" />
            <source>No questions could be drafted from this text: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="461" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="468" />
            <source>Source: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="527" />
            <source>Evidence, {where}: “{quote}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="532" />
            <source>The drafts' sentences are highlighted here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="535" />
            <source>⚠ The source text was changed: this draft's sentence is no longer in it. Press “Draft again”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="558" />
            <source>Its evidence: {where}, highlighted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="573" />
            <source>Accept all &amp;shown ({n})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="559" />
            <source> (and %n more sentence(s) the draft quotes).</source>
            <translation>
                <numerusform> (and %n more sentence the draft quotes).</numerusform>
                <numerusform> (and %n more sentences the draft quotes).</numerusform>
            </translation>
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
        <name>TrueFalseForm</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="22" />
            <source>The statement is &amp;true</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="23" />
            <source>The statement is &amp;false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="24" />
            <source>The statement is true</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="25" />
            <source>The statement is false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="37" />
            <source>Correction: the fact as the source states it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="38" />
            <source>For a false statement: the fact as the source states it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="40" />
            <source>C&amp;orrection:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="41" />
            <source>Feedback for a wrong answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="41" />
            <source>Optional: shown after a wrong answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="43" />
            <source>Feedback if &amp;wrong:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="44" />
            <source>Feedback for a right answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="44" />
            <source>Optional: shown after a right answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="46" />
            <source>Feedback if rig&amp;ht:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="48" />
            <source>The validator looks for the words of a true statement, or of the correction of a false one, in the quote.</source>
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
        <name>TryAnswerBox</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/try_answer.py" line="20" />
            <source>Try an answer</source>
            <extracomment>grades a typed answer for a question (as a dict); set by the editor, which knows the set's sources</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/try_answer.py" line="25" />
            <source>Type what a student might answer: it is marked as in a scored round.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/try_answer.py" line="29" />
            <source>A student's answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/try_answer.py" line="30" />
            <source>An answer to try</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/try_answer.py" line="33" />
            <source>T&amp;ry it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/try_answer.py" line="34" />
            <source>Try this answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/try_answer.py" line="39" />
            <source>How the answer was marked</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../quiz_app/ui/app.py" line="266" />
            <source>your user data folder</source>
            <extracomment>the language every string of the code is written in the translators installed by :func:`install_translations`: owned here (no Qt parent), so one removed is also freed, however often the language is set the language of the translators in ``_installed`` (None: none installed by install_translations)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/app.py" line="267" />
            <source>you do not have permission to create it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/app.py" line="268" />
            <source>a file with that name is in the way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/app.py" line="270" />
            <source>History Quiz cannot use the folder {where} for its scores and settings: {reason}.
Choose another folder with --data-dir, or ask your school's IT support.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bank</name>
        <message>
            <location filename="../quiz_app/ui/editor/bank.py" line="151" />
            <source>No question of the {total} matches. Clear the filters (Esc in the search) to see them all.</source>
            <extracomment>Near-same questions are looked for among at most this many (every pair is compared: a bank larger than this is checked for exact repeats only, and the report says so). How alike two questions' prompt and answer must be (0-100, rapidfuzz's token-sort ratio) to be near-same. only questions that are in one of these groups of duplicates (indexes), when given</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank.py" line="152" />
            <source>Showing {shown} of the {total} questions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank.py" line="271" />
            <source>topics added: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank.py" line="273" />
            <source>topics taken off: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank.py" line="275" />
            <source>points set to {points:g}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank.py" line="277" />
            <source>difficulty set to {difficulty}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank.py" line="358" />
            <source> Their source text came along ({names}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank.py" line="360" />
            <source> Undo (Ctrl+Z) puts them back here; the other set keeps its copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank.py" line="365" />
            <source>Any type</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/bank.py" line="278" />
            <source>%n question(s) changed ({changes}). Undo (Ctrl+Z) takes the change back in one step.</source>
            <translation>
                <numerusform>%n question changed ({changes}). Undo (Ctrl+Z) takes the change back in one step.</numerusform>
                <numerusform>%n questions changed ({changes}). Undo (Ctrl+Z) takes the change back in one step.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/bank.py" line="355" />
            <source>%n question(s) moved to “{target}” (as {ids}).</source>
            <translation>
                <numerusform>%n question moved to “{target}” (as {ids}).</numerusform>
                <numerusform>%n questions moved to “{target}” (as {ids}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/bank.py" line="356" />
            <source>%n question(s) copied to “{target}” (as {ids}).</source>
            <translation>
                <numerusform>%n question copied to “{target}” (as {ids}).</numerusform>
                <numerusform>%n questions copied to “{target}” (as {ids}).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cloze_gaps</name>
        <message>
            <location filename="../quiz_app/ui/editor/cloze_gaps.py" line="20" />
            <source>Typed answer</source>
            <extracomment>the kinds of gap, in the words of the form</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/cloze_gaps.py" line="21" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/cloze_gaps.py" line="22" />
            <source>Drop-down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/cloze_gaps.py" line="23" />
            <source>Word bank</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cloze_passage</name>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="35" />
            <source>type the words</source>
            <extracomment>what a gap is, in words (its accessible name says it: "Gap 2 of 3, drop-down")</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="36" />
            <source>type a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="37" />
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="42" />
            <source>drop-down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="38" />
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="43" />
            <source>word bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="40" />
            <source>typed</source>
            <extracomment>what a gap was, in the feedback ("Gap 2 (drop-down): ✓ right ...")</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="41" />
            <source>number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="45" />
            <source> ✓ used</source>
            <extracomment>after a word-bank word in a gap's list when another gap holds it already</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="87" />
            <source> gap {number} </source>
            <extracomment>how many words before a gap its accessible description repeats</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="336" />
            <source>Gap {number} ({kind})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="340" />
            <source>{gap}: ✗ left empty. The text says “{answer}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="343" />
            <source>{gap}: ✓ right, “{answer}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="345" />
            <source>{gap}: ✓ right, you chose “{given}”; the text says “{answer}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="346" />
            <source>{gap}: ✓ right, you wrote “{given}”; the text says “{answer}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="349" />
            <source>{gap}: ✗ not right, you chose “{given}”; the text says “{answer}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="351" />
            <source>{gap}: ✗ not right, you wrote “{given}”; the text says “{answer}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="374" />
            <source> empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="375" />
            <source> you: {given}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>document</name>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="279" />
            <source>(no question text yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="487" />
            <source>Question {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="493" />
            <source>the set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="592" />
            <source>Fill it in in the form.</source>
            <extracomment>The file checker's advice (written for a file) as the editor's form says it.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="640" />
            <source>No question is complete yet: every question still has problems to fix.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="646" />
            <source>The set details or sources have problems to fix first (see the list of problems).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="698" />
            <source>Saved to {written} as a draft. Set its status to Ready (Set and rounds) to allow scored rounds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="699" />
            <source>Saved to {written}: ready for scored rounds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="708" />
            <source>Trying {count} of the {complete} questions as a student (a round asks {count}: change it in Set and rounds, “Questions per round”): a practice round that records nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="720" />
            <source>✓ No problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="764" />
            <source>the question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="494" />
            <source>{mark} Set, {place}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="59" />
            <source>Select the passage in the source text beside the form, or use “Suggest evidence”.</source>
            <extracomment>Hints the validator does not give, for the problems a teacher meets while building a question.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="61" />
            <source>Write the question as the student will read it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="62" />
            <source>Say in plain words why the answer is right; students read it after answering.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="64" />
            <source>Tick at least one of the topics: {topics}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="65" />
            <source>Type the number as the source gives it (digits, for example 135000).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="389" />
            <source>question text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="390" />
            <source>explanation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="391" />
            <source>topics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="392" />
            <source>difficulty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="393" />
            <source>points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="394" />
            <source>id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="395" />
            <source>reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="396" />
            <location filename="../quiz_app/ui/editor/document.py" line="445" />
            <source>evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="397" />
            <source>quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="398" />
            <location filename="../quiz_app/ui/editor/document.py" line="428" />
            <source>source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="399" />
            <source>choice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="400" />
            <source>accepted answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="401" />
            <source>event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="402" />
            <source>pair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="403" />
            <source>extra option</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="404" />
            <source>number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="405" />
            <source>tolerance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="406" />
            <source>unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="407" />
            <source>true/false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="408" />
            <source>correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="409" />
            <location filename="../quiz_app/ui/editor/document.py" line="416" />
            <source>feedback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="410" />
            <source>statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="411" />
            <source>text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="412" />
            <source>date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="413" />
            <source>left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="414" />
            <source>right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="415" />
            <source>correct</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="417" />
            <source>type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="418" />
            <source>gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="419" />
            <source>kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="420" />
            <source>weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="421" />
            <source>extra bank words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="422" />
            <source>title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="423" />
            <source>description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="424" />
            <source>authors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="425" />
            <source>language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="426" />
            <source>status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="427" />
            <source>round defaults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="429" />
            <source>questions per round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="430" />
            <source>time limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="431" />
            <source>pass mark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="432" />
            <source>format version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="433" />
            <source>questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="460" />
            <source>still empty</source>
            <extracomment>The mark of each kind of problem: an error to fix (it stops scored rounds), an item-quality warning (worth a look, never blocking) and a teacher-verified note (already answered for). The structural messages of the file checker (``quiz-bank validate``, written for a file) said as a teacher in the editor reads them: the place before the colon already names the field.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="461" />
            <source>not filled in yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="463" />
            <source>not a number: type digits, for example 135000</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="464" />
            <source>not a whole number: type digits, for example 3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="465" />
            <source>too few: give at least {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="466" />
            <source>too many: give at most {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="490" />
            <source>{mark} {question}, {place}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="492" />
            <source>{mark} {question}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="657" />
            <source>{place}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="657" />
            <source>question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="765" />
            <source>Finish the question first: {where}: {problem}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="782" />
            <source>Fill at least one gap to see how it would be marked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="794" />
            <source>{number} % of the points.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="797" />
            <source>Gap {n}: left empty (the answer is “{answer}”).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="800" />
            <source>Gap {n}: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="800" />
            <source>✓ accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="800" />
            <source>✗ not accepted (the answer is “{answer}”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="811" />
            <source>Type an answer to see how it would be marked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="820" />
            <source>Accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="820" />
            <source>Partly accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="820" />
            <source>Not accepted</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source> · %n problem(s)</source>
            <translation>
                <numerusform> · %n problem</numerusform>
                <numerusform> · %n problems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %n warning(s)</source>
            <translation>
                <numerusform> · %n warning</numerusform>
                <numerusform> · %n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n question(s) quote words that are no longer in the source (questions {listed}). Select one to see the closest passage and “Use this passage”.</source>
            <translation>
                <numerusform>⚠ %n question quote words that are no longer in the source (questions {listed}). Select one to see the closest passage and “Use this passage”.</numerusform>
                <numerusform>⚠ %n questions quote words that are no longer in the source (questions {listed}). Select one to see the closest passage and “Use this passage”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> %n incomplete question is left out (question {numbers}).</source>
            <translation>
                <numerusform> %n incomplete question is left out (question {numbers}).</numerusform>
                <numerusform> %n incomplete question is left out (question {numbers}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> %n incomplete questions are left out (question {numbers}).</source>
            <translation>
                <numerusform> %n incomplete questions are left out (question {numbers}).</numerusform>
                <numerusform> %n incomplete questions are left out (question {numbers}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/document.py" line="706" />
            <source>Trying %n question(s) as a student: a practice round that records nothing.</source>
            <translation>
                <numerusform>Trying %n question as a student: a practice round that records nothing.</numerusform>
                <numerusform>Trying %n questions as a student: a practice round that records nothing.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/document.py" line="719" />
            <source>⚠ %n problem(s) · saved as a draft</source>
            <translation>
                <numerusform>⚠ %n problem · saved as a draft</numerusform>
                <numerusform>⚠ %n problems · saved as a draft</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/document.py" line="725" />
            <source>%n suggested question added. Undo (Ctrl+Z) takes it out again.</source>
            <translation>
                <numerusform>%n suggested question added. Undo (Ctrl+Z) takes it out again.</numerusform>
                <numerusform>%n suggested question added. Undo (Ctrl+Z) takes it out again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/document.py" line="727" />
            <source>%n suggested questions added. Undo (Ctrl+Z) takes them out again.</source>
            <translation>
                <numerusform>%n suggested questions added. Undo (Ctrl+Z) takes them out again.</numerusform>
                <numerusform>%n suggested questions added. Undo (Ctrl+Z) takes them out again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/document.py" line="695" />
            <source>Saved as a draft to {written}: %n problem(s) to fix before students can play it for a score (they can practise it).</source>
            <translation>
                <numerusform>Saved as a draft to {written}: %n problem to fix before students can play it for a score (they can practise it).</numerusform>
                <numerusform>Saved as a draft to {written}: %n problems to fix before students can play it for a score (they can practise it).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>feedback_screen</name>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="36" />
            <source>✗  Not answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="38" />
            <source>✓  Right!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="42" />
            <source>◐  Partly right: {credit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="43" />
            <source>✗  Not right</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>grading</name>
        <message>
            <location filename="../quiz_app/grading.py" line="387" />
            <source>Not answered.</source>
            <extracomment>the response as given, in the shape of the module docstring (sets become sorted lists) the response written out for a person ("Kim Il Sung", "June 27", "A → B; C → D") the canonical correct answer (``question.answer_text()``) the set's feedback on the wrong option(s) the student chose, when it has any e.g. "Accepted — the exact spelling is 'Syngman Rhee'", or why an answer could not be read share of the points earned: 0..1, below 0 only with negative marking per part: multiple_select -&gt; per original choice, "decided right"; ordering -&gt; per student position, "item in its right place"; matching -&gt; per left item, "matched right"; cloze -&gt; per gap, "filled right"; else ()</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="426" />
            <source>No choice was ticked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="439" />
            <source>The source says: {correction}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="606" />
            <source>Right: read as “{answer}”.</source>
            <extracomment>the world wars by their other names: a student who writes "World War II" or "WWII" for the text's "Second World War" names the same war (set 14: only "Second World War" and "2nd World War" were accepted) a sea or ocean the text names by its adjective alone ("the Mediterranean", "the Baltic", "the Pacific") "or", "and", "nor" or ";" between two numbers ("25 or 26 March", "1950 and 1951"; not "26/03/1821", "May 5, 1950")</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="609" />
            <source>This answer only repeats words of the question.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="713" />
            <location filename="../quiz_app/grading.py" line="902" />
            <source>No answer was typed.</source>
            <extracomment>the kind of thing a question asks for, after "which" or "what ... the": "At which battle", "What was the war" a long vowel written as romanised Japanese often writes it without the macron: "ou", "oo", "oh" for ō, "uu" for ū kinds of things whose name is a name written before or after the kind: "Boshin War", "Lake Superior"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="719" />
            <location filename="../quiz_app/grading.py" line="734" />
            <source>Accepted — the exact spelling is '{acc}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="727" />
            <source>Right: the text says “{source_phrase}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="740" />
            <location filename="../quiz_app/grading.py" line="745" />
            <source>This answer names more than one thing; only one answer can be right, so give one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="793" />
            <location filename="../quiz_app/grading.py" line="798" />
            <source>the day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="793" />
            <location filename="../quiz_app/grading.py" line="798" />
            <source>the month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="793" />
            <location filename="../quiz_app/grading.py" line="799" />
            <source>the year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="795" />
            <source> and </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="797" />
            <source>This could not be read as a date: give {asked}, e.g. 4 July 1776 or July 4, 1776.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="801" />
            <source>The question asks for {asked}; this answer does not give {missing}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="801" />
            <source> or </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="867" />
            <source>type the month, e.g. June or 6.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="869" />
            <source>type the year in digits, e.g. 1950.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="872" />
            <source>type the day of the month, e.g. 25.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="873" />
            <source>type it in digits, e.g. 135000 or 135,000, or in words, e.g. two million.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="906" />
            <source>The text's year is {era}, not {typed}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="917" />
            <source>Give one number, not several.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="918" />
            <source>No number could be read from this answer; </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="925" />
            <source>Right: read as {say}, which is {value}{unit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="930" />
            <source>Accepted — read as {text}; the source gives {shown}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="931" />
            <source>Accepted — the source gives {shown}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="971" />
            <source>Nothing was matched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="1006" />
            <source>This sentence holds only part of the quote.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="1108" />
            <source>Gap {n}: {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="1110" />
            <source>Gaps {first} to {last} are one list in the text: their answers count in any order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="1171" />
            <source>Right: this is the accepted answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="1173" />
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
        <message>
            <location filename="../question_bank/answers.py" line="571" />
            <source>Give the ruler's number too ({name}).</source>
            <extracomment>personal titles and ranks, in their long form ("gen" is read as "general") given names: a name that opens with one is a person's ("Alexander Mackenzie", "Cuthbert Grant"), so the surname alone names him, as a teacher reads it, even where the text never writes the surname alone nouns that say what kind of thing a name is ("the island of Taiwan", "a UN military force") generic nouns that may be left out when what remains still names the thing ("the Naktong", "24th Infantry") the kind of land a realm's name opens with, before "of" and the land's own name (not "republic": the Republic of China is not the People's Republic) standard abbreviations: (typed form, must be written in capitals) -&gt; the words punctuation (a comma, a full stop, a bracket) stands between this word and the one before the possessive-free form: "people" for "People's", "kim" for "Kim's" words the text uses alone as a name ("Truman, determined to ...", "Kim's army") every run of capitalised words (names), as tuples of words words the text writes as a family's name ("the Tokugawa family", "the house of Tudor") the text writes Japanese names family name first ("Ōkubo Toshimichi" ... "Ōkubo was murdered") where each word form is written: (norm -&gt; positions, possessive-free form -&gt; positions), built the first time an answer is looked for (see ``positions_of``) words that may follow a name used alone as the subject: "Khrushchev sent", "Castro soon turned" the Arabic article as names write it, joined to the name by a hyphen ("al-Umari", "an-Nasir", "ash-Shafi'i") a word of romanised Japanese (Hepburn): syllables of a consonant (or none) and a vowel, a syllabic "n", a doubled consonant; never "si", "ti", "tu", "di", "du", "hu", "l", "v", "x", "q" ("Sundiata", "Kim", "Syngman" are not) the words of the source the answer matched, as written there why it was not accepted although it is close (shown to the student), or "" a ruler's number after the first name ("Constantine XI", "Henry VI"; "I" only as a whole word)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../question_bank/answers.py" line="594" />
            <source>The text names more than one person called {name}; give the full name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>memory</name>
        <message>
            <location filename="../quiz_app/scores/memory.py" line="143" />
            <source>today</source>
            <extracomment>the ratings as stored (``reviews.rating``): the values of ``fsrs.Rating`` (a test checks they agree) Leitner box -&gt; days, the rule the app used before FSRS (kept for migrating old files and the benchmark) days after the last review at which the chance to remember it has fallen to 90 % 1 (easy) .. 10 (hard), FSRS's difficulty when it is due again, unix seconds the last graded answer, unix seconds</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/scores/memory.py" line="143" />
            <source>next review today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/scores/memory.py" line="145" />
            <source>tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/scores/memory.py" line="145" />
            <source>next review tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/scores/memory.py" line="146" />
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/scores/memory.py" line="147" />
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
        <name>problems_panel</name>
        <message>
            <location filename="../quiz_app/ui/editor/problems_panel.py" line="25" />
            <source>No questions yet: add one to play the set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/problems_panel.py" line="27" />
            <source>No problems · the set is a draft: set its status to Ready (Set and rounds) for scored rounds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/problems_panel.py" line="29" />
            <source>No problems: the set can be played for a score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/problems_panel.py" line="33" />
            <source> · warnings not checked here for a set this large (use “quiz-bank validate”)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/problems_panel.py" line="23" />
            <source>%n problem(s) to fix</source>
            <translation>
                <numerusform>%n problem to fix</numerusform>
                <numerusform>%n problems to fix</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/problems_panel.py" line="31" />
            <source> · %n warning(s) to look at</source>
            <translation>
                <numerusform> · %n warning to look at</numerusform>
                <numerusform> · %n warnings to look at</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/problems_panel.py" line="35" />
            <source> · %n teacher-verified</source>
            <translation>
                <numerusform> · %n teacher-verified</numerusform>
                <numerusform> · %n teacher-verified</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>progress</name>
        <message>
            <location filename="../quiz_app/scores/progress.py" line="87" />
            <source>the title</source>
            <extracomment>the topic's questions (in the chosen set, or every set the student has played) how many of them the student is likely to remember now: chance of recall at least ``LIKELY_RECALL`` 1-based position among the source's blocks (``Passage.index + 1``): what finds the paragraph again the number a reader gives it (``evidence.paragraph_number``: the title and headings are not counted); None for a title or heading</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/scores/progress.py" line="87" />
            <source>a heading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/scores/progress.py" line="88" />
            <source>paragraph {number}</source>
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
            <location filename="../quiz_app/ui/report_screen.py" line="79" />
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
            <location filename="../quiz_app/round_settings.py" line="30" />
            <source>Practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/round_settings.py" line="30" />
            <source>Scored round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/round_settings.py" line="30" />
            <source>Review mistakes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/round_settings.py" line="31" />
            <source>Spaced review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="127" />
            <source>sure</source>
            <extracomment>Moodle's certainty-based marking, in multiples of the question's points: (if right, if wrong)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="127" />
            <source>fairly sure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="127" />
            <source>not sure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="140" />
            <source>You were {certainty}: {mark}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/round_settings.py" line="139" />
            <source>{minutes} min {secs} s</source>
            <extracomment>None: the student's own factor (from the profile); 1.5 gives 50 % more time certainty-based marking: each answer comes with "sure", "fairly_sure" or "not_sure" (see CBM_MARKS) what ``RoundSettings.to_json`` leaves out, for settings JSON version 1 (never change; add a version) version 2 adds certainty-based marking (never change; add a version)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/round_settings.py" line="140" />
            <source>{minutes} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/round_settings.py" line="140" />
            <source>{secs} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/round_settings.py" line="153" />
            <source>no time limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/round_settings.py" line="157" />
            <source>{time} for the whole round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/round_settings.py" line="159" />
            <source> ({time}, with your extra time × {factor:g})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/round_settings.py" line="162" />
            <source>say how sure you are with each answer (sure: +3 or -6, fairly sure: +2 or -2, not sure: +1 or 0)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/round_settings.py" line="164" />
            <source>pass mark {percent:g}%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/round_settings.py" line="166" />
            <source>feedback at the end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/round_settings.py" line="168" />
            <source>not scored: counted over the questions you answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="289" />
            <source>{right} of {parts} right</source>
            <extracomment>seconds left at which a timed round warns (a minute, then 20 seconds) how much "Add time" gives in a practice round the paragraph(s) holding the quote, verbatim where ``text`` starts in the source text the quote's span within ``text`` (highlight it) the quote's span in the whole source text multiple_choice / multiple_select: choices in display order ordering: the shuffled start order of the items (never already solved) matching: left items in display order matching: right options (index into ``right_options``) in display order matching: the pairs' rights then the distractors, in index order cite: the sentences of the evidence source to choose from (response = ``Passage.index``) the evidence source (cite shows it; every result cites it) cloze: per gap in reading order, what the student chooses from in display order: a drop-down's answer and distractors shuffled, the word bank for a word-bank gap, () for a typed gap. The response is the chosen text, so these orders never need translating back cloze: the shared word bank, shuffled once for the whole passage (every word-bank gap offers it in this order) the grade; for an unanswered question (time up / round ended) a skipped result the student was shown this question (a question never reached is neither missed nor revealed) certainty-based marking: how sure the student said they were ("sure", "fairly_sure", "not_sure")</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="290" />
            <source>{points} of {possible} points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="335" />
            <source>{certainty} on {answers} ({right} right)</source>
            <extracomment>the questions shown and not fully right, in round order: wrong, partly right or skipped, and in a scored round also the one on screen when time ran out (practice and reviews count answers only) questions the student was shown (answered, or on screen when the round ended) questions of a scored round never shown (time up, round ended early): 0 points, answers not revealed (question id, days until it comes back) for each answer whose memory state was updated, in round order certainty-based marking: per certainty given, (answers, fully right), in CBM_MARKS order</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="352" />
            <source>{count} {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="353" />
            <source>When these questions come back for review: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="484" />
            <source>No questions match the chosen topics, types and difficulties, so there is nothing to play in this round.</source>
            <extracomment>sets with more questions than this are drawn without keeping giveaways apart (the check reads every pair of questions: about 0.4 s for 1,000 questions, growing with the square) why a round has fewer questions than asked, for each way of drawing: (none at all, exactly one, n)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="485" />
            <source>Only 1 question matches the chosen topics, types and difficulties, so this round has 1 question instead of {wanted}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="487" />
            <source>No past mistakes to review, so there is nothing to play in this round.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="488" />
            <source>Only 1 past mistake to review, so this round has 1 question instead of {wanted}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="490" />
            <source>No questions are due or new today, so there is nothing to play in this round.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="491" />
            <source>Only 1 question is due or new today, so this round has 1 question instead of {wanted}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="579" />
            <source>This question set could not be loaded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="584" />
            <source>“{title}” is marked as a draft: it can be practised, but not played as a scored round until the teacher marks it ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="711" />
            <source>1 minute left.</source>
            <extracomment>the student's memory state of each question of the set answered before (updated as they answer) question id -&gt; (state before, state after) for the answers of this round ids of the questions answered after "Show me the passage" (no schedule credit) indices of the questions the student has been shown</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="797" />
            <source>Time was up: this answer came too late and was not counted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="806" />
            <source>You read the passage first, so this answer earns no spaced-review credit: the question comes back soon.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="910" />
            <source>Not reached: time was up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="910" />
            <source>Not reached: the round ended first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="912" />
            <source>Not answered: time was up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="912" />
            <source>Not answered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="945" />
            <source>Time is up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="1017" />
            <source>Reviews need a student profile, so this round has no questions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="1045" />
            <source>There are no mistakes to review in this set. Well done!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="1065" />
            <source>Nothing is due for review today. Come back tomorrow!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="1088" />
            <source>The question set has changed since this round began; questions it no longer has are left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="1092" />
            <source>The question set has been edited since this round began.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="1114" />
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
            <location filename="../quiz_app/round_settings.py" line="148" />
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n question</numerusform>
                <numerusform>%n questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/round_settings.py" line="150" />
            <source>up to %n question(s)</source>
            <translation>
                <numerusform>up to %n question</numerusform>
                <numerusform>up to %n questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/session.py" line="486" />
            <source>Only %n questions match the chosen topics, types and difficulties, so this round has %n questions instead of {wanted}.</source>
            <translation>
                <numerusform>Only %n questions match the chosen topics, types and difficulties, so this round has %n questions instead of {wanted}.</numerusform>
                <numerusform>Only %n questions match the chosen topics, types and difficulties, so this round has %n questions instead of {wanted}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/session.py" line="489" />
            <source>Only %n past mistakes to review, so this round has %n questions instead of {wanted}.</source>
            <translation>
                <numerusform>Only %n past mistakes to review, so this round has %n questions instead of {wanted}.</numerusform>
                <numerusform>Only %n past mistakes to review, so this round has %n questions instead of {wanted}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/session.py" line="492" />
            <source>Only %n questions are due or new today, so this round has %n questions instead of {wanted}.</source>
            <translation>
                <numerusform>Only %n questions are due or new today, so this round has %n questions instead of {wanted}.</numerusform>
                <numerusform>Only %n questions are due or new today, so this round has %n questions instead of {wanted}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/session.py" line="711" />
            <source>%n second(s) left.</source>
            <translation>
                <numerusform>%n second left.</numerusform>
                <numerusform>%n seconds left.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>set_io</name>
        <message>
            <location filename="../quiz_app/ui/editor/set_io.py" line="55" />
            <source>The file is not a question set.</source>
            <extracomment>why the file cannot be edited (``data`` is None), or an import's remarks an import's report (what was imported, of which types) the file's encoding was a guess (not UTF-8, read as Windows-1252): accents to check</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_io.py" line="72" />
            <source>line {line}, column {column}: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_io.py" line="98" />
            <source>If this is the text you want to ask questions about, use “New set…” and open it as the source text instead.</source>
            <extracomment>What the importer (written for ``quiz-bank import`` too) tells a command-line user, as the editor says it.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_io.py" line="100" />
            <source>No questions were found in the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_io.py" line="112" />
            <source>Opens question sets (.json) and imports {names}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>shortcut_help</name>
        <message>
            <location filename="../quiz_app/ui/widgets/shortcut_help.py" line="57" />
            <source>{menu}: {keys}</source>
            <extracomment>The dynamic property that names an action in the help when its text changes (Undo says what it undoes).</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sources_form</name>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="230" />
            <source>Paste the text here</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>start_page</name>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="132" />
            <source>New question set</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>suggestions</name>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="25" />
            <source>very useful</source>
            <extracomment>Usefulness scores (0–1) in the words the teacher reads, best first.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="25" />
            <source>useful</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="26" />
            <source>fair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="26" />
            <source>weak: check it closely</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="28" />
            <source>Text order</source>
            <extracomment>The orders the list offers: (key, label).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="28" />
            <source>Most useful first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="187" />
            <source>{type} · {usefulness} · paragraph {paragraph}</source>
            <extracomment>Spans of its quotes in the editor's source text, the question's own evidence first. 1-based paragraph of the source where its own evidence is.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="195" />
            <source>Order: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="198" />
            <source>Pairs: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="200" />
            <source>Answer: true</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="200" />
            <source>Answer: false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="201" />
            <source> (the text says: {correction})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="204" />
            <source>Answer: {answer}{unit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="208" />
            <source>Answer: {answer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="210" />
            <source>Extra choices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="210" />
            <source>Wrong choices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="228" />
            <source>; wrong options: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="230" />
            <source>Passage: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="230" />
            <source>Gaps: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="235" />
            <source>Usefulness score {score:.2f} of 1.

{explanation}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="241" />
            <source>No questions could be drafted from this text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="245" />
            <source>{accepted} in the set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="249" />
            <source>{shown} of {open} shown by the filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="251" />
            <source>{open} to review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="259" />
            <source>⚠ The source text was changed after these drafts were made. Press “Draft again” to draft from the text as it is now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="273" />
            <source>⚠ The source text changed: the quote of {names} is no longer in it. Press “Draft again”.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n draft(s)</source>
            <translation>
                <numerusform>%n draft</numerusform>
                <numerusform>%n drafts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/suggestions.py" line="247" />
            <source>%n discarded</source>
            <translation>
                <numerusform>%n discarded</numerusform>
                <numerusform>%n discarded</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/suggestions.py" line="264" />
            <source>⚠ %n draft was left out: its quote is not found in this source ({listed}).</source>
            <translation>
                <numerusform>⚠ %n draft was left out: its quote is not found in this source ({listed}).</numerusform>
                <numerusform>⚠ %n draft was left out: its quote is not found in this source ({listed}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/suggestions.py" line="266" />
            <source>⚠ %n drafts were left out: their quotes are not found in this source ({listed}).</source>
            <translation>
                <numerusform>⚠ %n drafts were left out: their quotes are not found in this source ({listed}).</numerusform>
                <numerusform>⚠ %n drafts were left out: their quotes are not found in this source ({listed}).</numerusform>
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
