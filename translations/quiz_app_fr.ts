<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>AddSourceDialog</name>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="30" />
            <source>Text files (*.txt *.md);;All files (*)</source>
            <translation>Fichiers texte (*.txt *.md);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="165" />
            <source>Add a source text</source>
            <translation>Ajouter un texte source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="170" />
            <source>Title of the source</source>
            <translation>Titre de la source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="171" />
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="172" />
            <source>Citation: where the text comes from</source>
            <translation>Référence : d’où vient le texte</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="172" />
            <source>Author, work, year, page or address</source>
            <translation>Auteur, œuvre, année, page ou adresse</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="173" />
            <source>&amp;Citation:</source>
            <translation>&amp;Référence :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="175" />
            <source>Paste the text below, or open a text file (.txt or .md, UTF-8).</source>
            <translation>Collez le texte ci-dessous, ou ouvrez un fichier texte (.txt ou .md, UTF-8).</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="176" />
            <source>Source text</source>
            <translation>Texte source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="178" />
            <source>&amp;Open a text file…</source>
            <translation>&amp;Ouvrir un fichier texte…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="186" />
            <source>Add the source</source>
            <translation>Ajouter la source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="212" />
            <source>Open a source text</source>
            <translation>Ouvrir un texte source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="220" />
            <source>There is no text yet: paste it, or open a text file.</source>
            <translation>Il n’y a pas encore de texte : collez-le, ou ouvrez un fichier texte.</translation>
        </message>
    </context>
    <context>
        <name>BankActions</name>
        <message>
            <location filename="../quiz_app/ui/editor/bank_actions.py" line="127" />
            <source>Question sets (*.json)</source>
            <translation>Séries de questions (*.json)</translation>
        </message>
        <message numerus="yes">
            <source>Move %n question(s) to the set</source>
            <translation>
                <numerusform>Déplacer %n question vers la série</numerusform>
                <numerusform>Déplacer %n questions vers la série</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copy %n question(s) to the set</source>
            <translation>
                <numerusform>Copier %n question dans la série</numerusform>
                <numerusform>Copier %n questions dans la série</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BulkEditDialog</name>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="134" />
            <source>What you change here is changed in all {count} selected questions; what you leave alone stays as it is in each. A topic ticked is added, one crossed out (ticked twice) is taken off.</source>
            <translation>Ce que vous changez ici change dans les {count} questions choisies ; ce que vous laissez tel quel reste comme il est dans chacune. Un thème coché est ajouté, un thème barré (coché deux fois) est retiré.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="143" />
            <source>Topic {topic}: partly ticked leaves it, ticked adds it, unticked takes it off</source>
            <translation>Thème {topic} : à moitié coché, il ne change pas ; coché, il est ajouté ; décoché, il est retiré</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="147" />
            <source>Topics (▣ leave as is, ☑ add, ☐ take off):</source>
            <translation>Thèmes (▣ ne pas changer, ☑ ajouter, ☐ retirer) :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="148" />
            <source>Set the &amp;points to</source>
            <translation>Mettre les &amp;points à</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="149" />
            <source>Points of every selected question</source>
            <translation>Points de chaque question choisie</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="157" />
            <source>Difficulty of every selected question</source>
            <translation>Difficulté de chaque question choisie</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="158" />
            <source>Leave as is</source>
            <translation>Ne pas changer</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="158" />
            <source>1 – easy</source>
            <translation>1 – facile</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="158" />
            <source>2 – medium</source>
            <translation>2 – moyen</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="158" />
            <source>3 – hard</source>
            <translation>3 – difficile</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="159" />
            <source>&amp;Difficulty:</source>
            <translation>&amp;Difficulté :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="165" />
            <source>&amp;Change them</source>
            <translation>&amp;Les modifier</translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="130" />
            <source>Change %n question(s)</source>
            <translation>
                <numerusform>Modifier %n question</numerusform>
                <numerusform>Modifier %n questions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChoiceInput</name>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="109" />
            <source>Choice {number}: {text}</source>
            <extracomment>the letter keys of the choices, as many as a multiple-choice question may have (models.MAX_CHOICES)</extracomment>
            <translation>Choix {number} : {text}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="110" />
            <source>Press Space to tick or untick</source>
            <translation>Appuyez sur Espace pour cocher ou décocher</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="110" />
            <source>Press Enter to answer</source>
            <translation>Appuyez sur Entrée pour répondre</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="129" />
            <source>Submit with only 1 box ticked? More than one answer may be right.</source>
            <translation>Envoyer avec une seule case cochée ? Plusieurs réponses peuvent être justes.</translation>
        </message>
    </context>
    <context>
        <name>ChoicesForm</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/choices.py" line="20" />
            <source>Tick the correct choice. Feedback is optional: why this choice is right or wrong.</source>
            <translation>Cochez le bon choix. Le commentaire est facultatif : pourquoi ce choix est juste ou faux.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/choices.py" line="21" />
            <source>Tick every correct choice. Feedback is optional: why this choice is right or wrong.</source>
            <translation>Cochez chaque bon choix. Le commentaire est facultatif : pourquoi ce choix est juste ou faux.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/choices.py" line="23" />
            <source>Choice</source>
            <translation>Choix</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/choices.py" line="24" />
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/choices.py" line="24" />
            <source>Correct</source>
            <translation>Juste</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/choices.py" line="25" />
            <source>Feedback</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/choices.py" line="25" />
            <source>Optional: why this choice is right or wrong</source>
            <translation>Facultatif : pourquoi ce choix est juste ou faux</translation>
        </message>
    </context>
    <context>
        <name>CiteForm</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cite.py" line="24" />
            <source>Statement to prove</source>
            <translation>Affirmation à prouver</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cite.py" line="24" />
            <source>The claim the student finds the proof for</source>
            <translation>L’affirmation dont l’élève trouve la preuve</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cite.py" line="27" />
            <source>S&amp;tatement:</source>
            <translation>Affirma&amp;tion :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cite.py" line="29" />
            <source>The answer is the evidence: select, in the source, the sentence (or part of one) that proves the statement.</source>
            <translation>La réponse est la preuve : sélectionnez, dans la source, la phrase (ou une partie de phrase) qui prouve l’affirmation.</translation>
        </message>
    </context>
    <context>
        <name>CiteInput</name>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="358" />
            <source>Sentences of the source text</source>
            <translation>Phrases du texte source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="360" />
            <source>Use the arrow keys to choose the sentence that proves the statement</source>
            <translation>Choisissez avec les flèches la phrase qui prouve l’affirmation</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="387" />
            <source>Choose the sentence that proves it:</source>
            <translation>Choisissez la phrase qui le prouve :</translation>
        </message>
    </context>
    <context>
        <name>ClozeForm</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="50" />
            <source>Click a word to hide it in a gap, or click it again to show it. Words side by side make one gap. Keyboard: arrow keys move between words, Space or Enter picks one.</source>
            <translation>Cliquez sur un mot pour le cacher dans un trou, ou cliquez de nouveau pour le montrer. Des mots côte à côte forment un seul trou. Clavier : les flèches passent d’un mot à l’autre, Espace ou Entrée en choisit un.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="52" />
            <source>Select the passage in the source text beside the form: its words appear here to pick the gaps from.</source>
            <translation>Sélectionnez le passage dans le texte source à côté du formulaire : ses mots apparaissent ici pour choisir les trous.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="347" />
            <source>Passage and gaps</source>
            <extracomment>the set being edited; the editor sets it (options from the text, trying an answer)</extracomment>
            <translation>Texte et trous</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="355" />
            <source>The passage as the student sees it</source>
            <translation>Le texte tel que l’élève le voit</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="363" />
            <source>Extra words of the word bank</source>
            <translation>Mots en plus dans la liste de mots</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="363" />
            <source>Words that fill no gap, separated by semicolons</source>
            <translation>Des mots qui ne remplissent aucun trou, séparés par des points-virgules</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="365" />
            <source>E&amp;xtra bank words:</source>
            <translation>Mots &amp;hors trous de la liste :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="384" />
            <source>This passage has {count} words: only the first {shown} are shown to pick from. A shorter passage makes a better exercise.</source>
            <translation>Ce texte a {count} mots : seuls les {shown} premiers sont proposés. Un texte plus court fait un meilleur exercice.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="388" />
            <source>The student reads: {shown}</source>
            <translation>L’élève lit : {shown}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="389" />
            <source>No gap yet: pick the words to hide.</source>
            <translation>Pas encore de trou : choisissez les mots à cacher.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="468" />
            <source>ℹ The text gives no other option of the same kind: type the wrong options.</source>
            <translation>ℹ Le texte ne donne aucune autre option du même genre : tapez les leurres.</translation>
        </message>
    </context>
    <context>
        <name>ClozeInput</name>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="95" />
            <source>— choose —</source>
            <translation>— choisir —</translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="112" />
            <source>The passage, with %n gap(s) to fill</source>
            <extracomment>one input per gap, in reading order (QLineEdit for typed gaps, QComboBox for chosen ones)</extracomment>
            <translation>
                <numerusform>Le texte, avec %n trou à remplir</numerusform>
                <numerusform>Le texte, avec %n trous à remplir</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="113" />
            <source>(gap)</source>
            <translation>(trou)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="130" />
            <source>Word bank: with a word-bank gap chosen, click a word or press its number (a word may be used more than once).</source>
            <extracomment>the word labels of the passage (tests check none is cut off)</extracomment>
            <translation>Liste de mots : après avoir choisi un trou de la liste de mots, cliquez sur un mot ou tapez son numéro (un mot peut servir plusieurs fois).</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="135" />
            <source>Word bank</source>
            <translation>Liste de mots</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="144" />
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="301" />
            <source>Word {number}: {word}</source>
            <translation>Mot {number} : {word}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="171" />
            <source>a number</source>
            <translation>un nombre</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="192" />
            <source>Gap {number} of {total}, {kind}</source>
            <translation>Trou {number} sur {total}, {kind}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="197" />
            <source>After the words: {words}</source>
            <translation>Après les mots : {words}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="198" />
            <source>At the start of the passage</source>
            <translation>Au début du texte</translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="244" />
            <source>Submit with %n of {total} gaps empty?</source>
            <translation>
                <numerusform>Valider avec %n trou vide sur {total} ?</numerusform>
                <numerusform>Valider avec %n trous vides sur {total} ?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="298" />
            <source>{number}. {word} ✓ in gap {gaps}</source>
            <translation>{number}. {word} ✓ dans le trou {gaps}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="300" />
            <source>Word {number}: {word}, used in gap {gaps}</source>
            <translation>Mot {number} : {word}, utilisé dans le trou {gaps}</translation>
        </message>
    </context>
    <context>
        <name>ClozeTryBox</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="266" />
            <source>Try an answer</source>
            <translation>Essayer une réponse</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="271" />
            <source>Fill the gaps as a student might: they are marked as in a scored round. “Try as a student” plays the whole passage.</source>
            <translation>Remplissez les trous comme un élève le ferait : ils sont notés comme dans une partie notée. « Essayer comme un élève » joue tout le texte.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="275" />
            <source>T&amp;ry it</source>
            <translation>Essa&amp;yer</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="276" />
            <source>Try these answers</source>
            <translation>Essayer ces réponses</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="283" />
            <source>How the answers were marked</source>
            <translation>Comment les réponses ont été notées</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="314" />
            <source>(left empty)</source>
            <translation>(laissé vide)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="319" />
            <source>A student's answer</source>
            <translation>La réponse d’un élève</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="321" />
            <source>An answer to try for gap {number}</source>
            <translation>Une réponse à essayer pour le trou {number}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="322" />
            <source>Gap {number}:</source>
            <translation>Trou {number} :</translation>
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <location filename="../quiz_app/ui/editor/bank.py" line="175" />
            <source>No duplicates: no two questions ask the same with the same answer.</source>
            <extracomment>near-same questions were not looked for (the bank is larger than ``NEAR_DUPLICATE_LIMIT``)</extracomment>
            <translation>Aucun doublon : aucune question ne demande la même chose avec la même réponse qu’une autre.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank.py" line="185" />
            <source> (A bank of more than {limit} questions is checked for exact repeats only.)</source>
            <translation> (Une banque de plus de {limit} questions n’est vérifiée que pour les répétitions exactes.)</translation>
        </message>
        <message numerus="yes">
            <source>; and %n more group(s)</source>
            <translation>
                <numerusform>; et %n autre groupe</numerusform>
                <numerusform>; et %n autres groupes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/bank.py" line="181" />
            <source>%n group(s) of questions that ask the same with the same answer (or nearly): questions {listed}{more}. The list shows only them; clear the filters to see all.</source>
            <translation>
                <numerusform>%n groupe de questions qui demandent la même chose avec la même réponse (ou presque) : questions {listed}{more}. La liste ne montre qu’elles ; effacez les filtres pour tout voir.</numerusform>
                <numerusform>%n groupes de questions qui demandent la même chose avec la même réponse (ou presque) : questions {listed}{more}. La liste ne montre qu’elles ; effacez les filtres pour tout voir.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditedSet</name>
        <message>
            <location filename="../quiz_app/ui/editor/editing.py" line="82" />
            <source>question</source>
            <extracomment>the selected question (-1: none); the place an edit of "the question" goes to</extracomment>
            <translation>question</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editing.py" line="83" />
            <location filename="../quiz_app/ui/editor/editing.py" line="86" />
            <source>Edit {place}</source>
            <translation>Modifier {place}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editing.py" line="102" />
            <source>Add a {type} question</source>
            <translation>Ajouter une question « {type} »</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editing.py" line="109" />
            <source>Duplicate the question</source>
            <translation>Dupliquer la question</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editing.py" line="115" />
            <source>Delete the question</source>
            <translation>Supprimer la question</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editing.py" line="140" />
            <source>Move the question</source>
            <translation>Déplacer la question</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editing.py" line="161" />
            <source>Clear the evidence</source>
            <translation>Effacer la preuve</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editing.py" line="170" />
            <location filename="../quiz_app/ui/editor/editing.py" line="171" />
            <location filename="../quiz_app/ui/editor/editing.py" line="173" />
            <location filename="../quiz_app/ui/editor/editing.py" line="176" />
            <source>Edit the source text</source>
            <translation>Modifier le texte source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editing.py" line="172" />
            <source>Source text</source>
            <translation>Texte source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editing.py" line="190" />
            <source>Add a source</source>
            <translation>Ajouter une source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editing.py" line="192" />
            <location filename="../quiz_app/ui/editor/editing.py" line="193" />
            <location filename="../quiz_app/ui/editor/editing.py" line="195" />
            <source>Add the source text</source>
            <translation>Ajouter le texte source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editing.py" line="204" />
            <source>Remove the source</source>
            <translation>Retirer la source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editing.py" line="211" />
            <location filename="../quiz_app/ui/editor/editing.py" line="212" />
            <location filename="../quiz_app/ui/editor/editing.py" line="214" />
            <source>Rename the source</source>
            <translation>Renommer la source</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n question(s)</source>
            <translation>
                <numerusform>Supprimer %n question</numerusform>
                <numerusform>Supprimer %n questions</numerusform>
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
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="38" />
            <source>&amp;New set…</source>
            <translation>&amp;Nouvelle série…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="39" />
            <source>&amp;Open a set or import…</source>
            <translation>&amp;Ouvrir une série ou importer…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="40" />
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="41" />
            <source>Save &amp;as…</source>
            <translation>Enregistrer &amp;sous…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="42" />
            <source>&amp;Try as a student</source>
            <translation>Essa&amp;yer comme un élève</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="43" />
            <source>&amp;Print a worksheet or answer key…</source>
            <translation>&amp;Imprimer une fiche ou un corrigé…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="44" />
            <source>&amp;Close the editor</source>
            <translation>&amp;Fermer l’éditeur</translation>
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
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="45" />
            <source>Add a &amp;question</source>
            <translation>Ajouter une &amp;question</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="46" />
            <source>&amp;Duplicate the question</source>
            <translation>&amp;Dupliquer la question</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="47" />
            <source>De&amp;lete the question</source>
            <translation>&amp;Supprimer la question</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="48" />
            <source>Move the question &amp;up</source>
            <translation>&amp;Monter la question</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="49" />
            <source>Move the question do&amp;wn</source>
            <translation>Desce&amp;ndre la question</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="50" />
            <source>Add a &amp;source text…</source>
            <translation>Ajouter un &amp;texte source…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="51" />
            <source>Su&amp;ggest evidence</source>
            <translation>Su&amp;ggérer une preuve</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="52" />
            <source>Suggest questions &amp;from the source…</source>
            <translation>Suggérer des questions à &amp;partir de la source…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="53" />
            <location filename="../quiz_app/ui/editor/actions.py" line="54" />
            <location filename="../quiz_app/ui/editor/actions.py" line="55" />
            <location filename="../quiz_app/ui/editor/actions.py" line="56" />
            <location filename="../quiz_app/ui/editor/actions.py" line="57" />
            <source>&amp;Bank</source>
            <translation>&amp;Banque</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="53" />
            <source>&amp;Find questions</source>
            <translation>&amp;Chercher des questions</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="54" />
            <source>&amp;Change the selected questions…</source>
            <translation>&amp;Modifier les questions choisies…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="55" />
            <source>C&amp;opy the selected questions to another set…</source>
            <translation>C&amp;opier les questions choisies dans une autre série…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="56" />
            <source>&amp;Move the selected questions to another set…</source>
            <translation>&amp;Déplacer les questions choisies vers une autre série…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="57" />
            <source>Find &amp;duplicate questions</source>
            <translation>Trouver les do&amp;ublons</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="58" />
            <location filename="../quiz_app/ui/editor/actions.py" line="59" />
            <location filename="../quiz_app/ui/editor/actions.py" line="60" />
            <location filename="../quiz_app/ui/editor/actions.py" line="61" />
            <location filename="../quiz_app/ui/editor/actions.py" line="62" />
            <location filename="../quiz_app/ui/editor/actions.py" line="63" />
            <source>&amp;Go</source>
            <translation>A&amp;ller</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="58" />
            <source>&amp;Next problem</source>
            <translation>Problème &amp;suivant</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="59" />
            <source>&amp;Previous problem</source>
            <translation>Problème &amp;précédent</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="60" />
            <source>The &amp;questions</source>
            <translation>Les &amp;questions</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="61" />
            <source>The question &amp;form</source>
            <translation>Le &amp;formulaire de la question</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="62" />
            <source>The &amp;source text</source>
            <translation>Le &amp;texte source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="63" />
            <source>The list of p&amp;roblems</source>
            <translation>La liste des p&amp;roblèmes</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="64" />
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="64" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="70" />
            <source>Deleting and moving a question work when the list of questions has the focus.</source>
            <extracomment>Keys that belong to no menu action, for the shortcut help.</extracomment>
            <translation>Supprimer et déplacer une question fonctionnent quand la liste des questions a le focus.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="71" />
            <source>In the list of suggested questions: Delete discards the draft.</source>
            <translation>Dans la liste des questions suggérées : Suppr écarte le brouillon.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="72" />
            <source>In the source text: select words with Shift and the arrow keys to make them the evidence.</source>
            <translation>Dans le texte source : sélectionnez des mots avec Maj et les flèches pour en faire la preuve.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="99" />
            <source>&amp;Undo</source>
            <extracomment>Actions that need an open set; those that need a selected question. Actions on the questions selected in the list (one or more)</extracomment>
            <translation>Annu&amp;ler</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="102" />
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="104" />
            <location filename="../quiz_app/ui/editor/actions.py" line="136" />
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="105" />
            <location filename="../quiz_app/ui/editor/actions.py" line="137" />
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/actions.py" line="131" />
            <source>Set</source>
            <extracomment>menu title -&gt; menu, in the menu bar's order (the shortcut help follows it)</extracomment>
            <translation>Série</translation>
        </message>
    </context>
    <context>
        <name>EditorWindow</name>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="97" />
            <location filename="../quiz_app/ui/editor/editor_window.py" line="477" />
            <source>Set editor[*]</source>
            <extracomment>The tabs of the middle pane, in order. (question index, its evidence) before the teacher's current selection in the source changed it</extracomment>
            <translation>Éditeur de séries[*]</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="137" />
            <source>Question, set details and sources</source>
            <translation>Question, détails de la série et sources</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="143" />
            <source>&amp;Question</source>
            <translation>&amp;Question</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="146" />
            <source>Set and &amp;rounds</source>
            <translation>Série et &amp;parties</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="153" />
            <source>Sour&amp;ces</source>
            <translation>Sour&amp;ces</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="168" />
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="174" />
            <source>Number of problems</source>
            <translation>Nombre de problèmes</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="227" />
            <source>Add suggested questions</source>
            <extracomment>the warning the last check put in the status bar (taken down when a later check finds it gone)</extracomment>
            <translation>Ajouter des questions suggérées</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="303" />
            <source>Question deleted. Undo (Ctrl+Z) brings it back.</source>
            <translation>Question supprimée. Annuler (Ctrl+Z) la rétablit.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="312" />
            <source>Set the evidence</source>
            <translation>Définir la preuve</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="322" />
            <source>Select the words in the source text first, then press “Quote from selection”.</source>
            <translation>Sélectionnez d’abord les mots dans le texte source, puis appuyez sur « Citer la sélection ».</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="326" />
            <location filename="../quiz_app/ui/editor/editor_window.py" line="331" />
            <source>Quote from the selection</source>
            <translation>Citer la sélection</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="329" />
            <source>Keep the question's quote</source>
            <translation>Garder la citation de la question</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="335" />
            <source>{place} now has its own quote.</source>
            <translation>{place} a maintenant sa propre citation.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="339" />
            <source>Use the passage as evidence</source>
            <translation>Prendre le passage comme preuve</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="368" />
            <source>Accept a suggested question</source>
            <translation>Accepter une question suggérée</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="368" />
            <source>Accept {n} suggested questions</source>
            <translation>Accepter {n} questions suggérées</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="372" />
            <source>Add a suggested question</source>
            <translation>Ajouter une question suggérée</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="375" />
            <source>Suggested question added: change it in the form. Suggest questions (Ctrl+Shift+G) brings back the other drafts.</source>
            <translation>Question suggérée ajoutée : modifiez-la dans le formulaire. Suggérer des questions (Ctrl+Maj+G) rouvre les autres brouillons.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="397" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="404" />
            <source>Source “{title}” added; it is shown beside the form.</source>
            <translation>Source « {title} » ajoutée ; elle s’affiche à côté du formulaire.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="479" />
            <source>not saved yet</source>
            <translation>pas encore enregistrée</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="480" />
            <source>Set editor — {title} ({file})[*]</source>
            <translation>Éditeur de séries — {title} ({file})[*]</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="481" />
            <source>Untitled</source>
            <translation>Sans titre</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="528" />
            <source>Nothing to fix: no problems or warnings.</source>
            <translation>Rien à corriger : aucun problème ni avertissement.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="549" />
            <source>Add a question first.</source>
            <translation>Ajoutez d’abord une question.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="555" />
            <source>Nothing to try yet</source>
            <translation>Rien à essayer pour l’instant</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="562" />
            <source>Nothing to print yet</source>
            <translation>Rien à imprimer pour l’instant</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/editor_window.py" line="594" />
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message numerus="yes">
            <source>%n incomplete question(s) are left out of the worksheet.</source>
            <translation>
                <numerusform>%n question incomplète est laissée hors de la fiche.</numerusform>
                <numerusform>%n questions incomplètes sont laissées hors de la fiche.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/editor_window.py" line="305" />
            <source>%n questions deleted. Undo (Ctrl+Z) brings them back.</source>
            <translation>
                <numerusform>%n question supprimée. Annuler (Ctrl+Z) la rétablit.</numerusform>
                <numerusform>%n questions supprimées. Annuler (Ctrl+Z) les rétablit.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FeedbackScreen</name>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="84" />
            <source>Feedback on your answer</source>
            <extracomment>what the passage, its title and the citation show now (``_show_evidence``)</extracomment>
            <translation>Correction de votre réponse</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="97" />
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="117" />
            <source>When this question comes back</source>
            <translation>Quand cette question reviendra</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="123" />
            <location filename="../quiz_app/ui/feedback_screen.py" line="274" />
            <location filename="../quiz_app/ui/feedback_screen.py" line="296" />
            <source>What the text says:</source>
            <translation>Ce que dit le texte :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="141" />
            <source>&amp;Read in source</source>
            <translation>&amp;Lire dans le texte source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="142" />
            <source>Read this passage in the full source text</source>
            <translation>Lire ce passage dans le texte source complet</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="146" />
            <location filename="../quiz_app/ui/feedback_screen.py" line="205" />
            <source>&amp;Next question</source>
            <translation>Question &amp;suivante</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="148" />
            <source>Next question</source>
            <translation>Question suivante</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="190" />
            <source>Your answer: {answer}</source>
            <translation>Votre réponse : {answer}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="191" />
            <source>You did not answer this question.</source>
            <translation>Vous n’avez pas répondu à cette question.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="263" />
            <source>Correct answer: {correct_answer}</source>
            <translation>Bonne réponse : {correct_answer}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="196" />
            <source>About your choice: {feedback}</source>
            <translation>À propos de votre choix : {feedback}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="266" />
            <source>Why: {explanation}</source>
            <translation>Pourquoi : {explanation}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="288" />
            <source>the title</source>
            <translation>le titre</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="288" />
            <source>a heading</source>
            <translation>un intertitre</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="289" />
            <source>the text</source>
            <translation>le texte</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="291" />
            <source>paragraph {number}</source>
            <translation>le paragraphe {number}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="292" />
            <source>paragraphs {numbers} and {last}</source>
            <translation>paragraphes {numbers} et {last}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="293" />
            <source>What the text says ({which} of “{source_title}”):</source>
            <translation>Ce que dit le texte ({which} de « {source_title} ») :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="312" />
            <source>Your answers, gap by gap:
{lines}</source>
            <translation>Vos réponses, trou par trou :
{lines}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="313" />
            <source>The text's words: {answer}</source>
            <translation>Les mots du texte : {answer}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="315" />
            <source>The passage with the gaps filled by the text's words</source>
            <translation>Le texte, ses trous remplis par les mots du texte</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="40" />
            <source>Search the questions</source>
            <translation>Chercher dans les questions</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="40" />
            <source>Search the questions (Ctrl+F)</source>
            <translation>Chercher dans les questions (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="45" />
            <source>Filters</source>
            <translation>Filtres</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="47" />
            <source>Show the filters: type, topic, difficulty, paragraph, problems</source>
            <translation>Afficher les filtres : type, thème, difficulté, paragraphe, problèmes</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="56" />
            <source>Filter by type</source>
            <translation>Filtrer par type</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="57" />
            <source>Filter by topic</source>
            <translation>Filtrer par thème</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="57" />
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="95" />
            <source>Any topic</source>
            <extracomment>the groups of duplicates the list is narrowed to ("Find duplicates"); None: not narrowed</extracomment>
            <translation>Tous les thèmes</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="58" />
            <source>Filter by difficulty</source>
            <translation>Filtrer par difficulté</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="58" />
            <source>Any difficulty</source>
            <translation>Toutes les difficultés</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="58" />
            <source>1 – easy</source>
            <translation>1 – facile</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="59" />
            <source>2 – medium</source>
            <translation>2 – moyen</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="59" />
            <source>3 – hard</source>
            <translation>3 – difficile</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="60" />
            <source>Filter by the paragraph of the quote</source>
            <translation>Filtrer par le paragraphe de la citation</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="60" />
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="96" />
            <source>Any paragraph</source>
            <translation>Tous les paragraphes</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="64" />
            <source>With &amp;problems</source>
            <translation>Avec &amp;problèmes</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="65" />
            <source>Show only questions with problems</source>
            <translation>N’afficher que les questions qui ont des problèmes</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="66" />
            <source>With &amp;warnings</source>
            <translation>Avec &amp;avertissements</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="67" />
            <source>Show only questions with warnings</source>
            <translation>N’afficher que les questions qui ont des avertissements</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="70" />
            <source>Clear filters</source>
            <translation>Effacer les filtres</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="71" />
            <source>Clear the search and the filters: show every question</source>
            <translation>Effacer la recherche et les filtres : afficher toutes les questions</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="80" />
            <source>How many questions the filters show</source>
            <translation>Combien de questions les filtres affichent</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank_panel.py" line="96" />
            <source>Paragraph {number}</source>
            <translation>Paragraphe {number}</translation>
        </message>
    </context>
    <context>
        <name>GapCard</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="187" />
            <source>Problems of gap {number}</source>
            <translation>Problèmes du trou {number}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="191" />
            <source>Gap {number}: kind</source>
            <translation>Trou {number} : type</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="195" />
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="196" />
            <source>Gap {number}: other accepted spellings</source>
            <translation>Trou {number} : autres orthographes acceptées</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="197" />
            <source>Other spellings that count, separated by semicolons</source>
            <translation>Autres orthographes qui comptent, séparées par des points-virgules</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="200" />
            <source>Also &amp;accept:</source>
            <translation>Accepter &amp;aussi :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="202" />
            <source>Gap {number}: tolerance</source>
            <translation>Trou {number} : tolérance</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="202" />
            <source>0 means exactly</source>
            <translation>0 signifie exactement</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="204" />
            <source>&amp;Tolerance (±):</source>
            <translation>T&amp;olérance (±) :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="209" />
            <source>Gap {number}: wrong options</source>
            <translation>Trou {number} : leurres</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="209" />
            <source>Wrong options, separated by semicolons</source>
            <translation>Leurres, séparés par des points-virgules</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="213" />
            <source>Suggest from the text</source>
            <translation>Suggérer d’après le texte</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="214" />
            <source>Gap {number}: suggest wrong options from the text</source>
            <translation>Trou {number} : suggérer des leurres d’après le texte</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="217" />
            <source>&amp;Wrong options:</source>
            <translation>&amp;Leurres :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="220" />
            <source>Gap {number}: weight</source>
            <translation>Trou {number} : poids</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="225" />
            <source>W&amp;eight:</source>
            <translation>Poid&amp;s :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="229" />
            <source>Gap {number}: “{answer}”</source>
            <translation>Trou {number} : « {answer} »</translation>
        </message>
    </context>
    <context>
        <name>HistoryChart</name>
        <message>
            <location filename="../quiz_app/ui/widgets/history_chart.py" line="21" />
            <source>Score per round chart</source>
            <translation>Graphique du score de chaque partie</translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/widgets/history_chart.py" line="34" />
            <source>%n round(s). Latest {latest:.0f}% on {day}; best {best:.0f}%.</source>
            <translation>
                <numerusform>%n partie. Dernière : {latest:.0f} % le {day} ; meilleure : {best:.0f} %.</numerusform>
                <numerusform>%n parties. Dernière : {latest:.0f} % le {day} ; meilleure : {best:.0f} %.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/history_chart.py" line="36" />
            <source>No scored rounds yet.</source>
            <translation>Pas encore de partie notée.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/history_chart.py" line="60" />
            <source>No scored rounds yet: play a round to see your progress.</source>
            <translation>Pas encore de partie notée : jouez une partie pour voir vos progrès.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/history_chart.py" line="67" />
            <source>pass mark</source>
            <translation>seuil de réussite</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Answering: 1–9 (0 for a tenth) or A–J choose an answer · T / F true or false · Space ticks a box · Enter answers and goes on · Alt+Up / Alt+Down move an event in an ordering question · Esc asks before leaving a round.</source>
            <extracomment>one menu entry: (attribute name, text, shortcuts, slot); None is a separator keys of the round's screens, which belong to no menu action</extracomment>
            <translation type="vanished">Pour répondre : 1–9 (0 pour la dixième) ou A–J choisissent une réponse · T / F vrai ou faux · Espace coche une case · Entrée répond et continue · Alt+Haut / Alt+Bas déplacent un événement dans une question de mise en ordre · Échap demande confirmation avant de quitter une partie.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="282" />
            <source>History Quiz</source>
            <extracomment>in it: the students as the store had them when the window last closed it (quiz_app.scores.roster) One loading job off the GUI thread at a time. Two workers importing the loading and session modules at once (the sets loading at start while a student opens a file) could meet in the middle of an import cycle, and Python then hands one of them a half-made module: "cannot import name ...", and no set was listed. the students (id, name) read before the store is opened; None once the store lists them the start screen's reads of the chosen student, from the record (None: from the store) the window is built: a store opened from now on shows its message and its students at once a listed set is being parsed for a round, the reader or an export (see _with_sets) "Quit in the middle of this round?" while it is open; the student's yes closes the window "Start afresh?" for an unfinished scored round, while it is open each screen's keyboard shortcuts, made the first time it is shown and then only enabled while it is shown (a disabled shortcut takes no key: the focused widget gets it as if there were none) the screens' shortcuts are made from the first paint on (see _finish_after_first_paint)</extracomment>
            <translation>History Quiz</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="448" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="463" />
            <source>&amp;Open a set file…</source>
            <translation>&amp;Ouvrir un fichier de questions…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="464" />
            <source>&amp;Export my results…</source>
            <translation>&amp;Exporter mes résultats…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="466" />
            <location filename="../quiz_app/ui/main_window.py" line="710" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="448" />
            <source>&amp;View</source>
            <translation>Affic&amp;hage</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="469" />
            <source>&amp;Bigger text</source>
            <translation>Texte plus &amp;grand</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="471" />
            <source>&amp;Smaller text</source>
            <translation>Texte plus &amp;petit</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="473" />
            <source>&amp;Normal text size</source>
            <translation>Taille de texte &amp;normale</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="476" />
            <source>My &amp;progress</source>
            <translation>Mes p&amp;rogrès</translation>
        </message>
        <message>
            <source>Se&amp;ttings</source>
            <translation type="vanished">Para&amp;mètres</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="448" />
            <source>&amp;Teacher</source>
            <translation>Ensei&amp;gnant</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="480" />
            <source>&amp;Edit question sets…</source>
            <translation>&amp;Modifier les séries de questions…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="481" />
            <source>&amp;Class report…</source>
            <translation>&amp;Bilan de la classe…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="482" />
            <source>&amp;Print a worksheet of the selected set…</source>
            <translation>&amp;Imprimer une fiche de la série choisie…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="448" />
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="486" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="487" />
            <source>&amp;About History Quiz</source>
            <translation>À &amp;propos de History Quiz</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="708" />
            <source>Quit in the middle of a round?</source>
            <translation>Quitter en pleine partie ?</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="709" />
            <source>Quit History Quiz in the middle of this round?

Your answers so far are saved. Next time, the start screen offers to continue the round.</source>
            <translation>Quitter History Quiz au milieu de cette partie ?

Vos réponses déjà données sont enregistrées. La prochaine fois, l’écran d’accueil vous proposera de reprendre la partie.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="710" />
            <source>&amp;Keep playing</source>
            <translation>&amp;Continuer à jouer</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="744" />
            <source>There is already a student called {name}; they are selected now.</source>
            <translation>Il y a déjà un élève nommé {name} ; cet élève est maintenant sélectionné.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="750" />
            <source>The new student could not be saved: {exc}</source>
            <translation>Le nouvel élève n’a pas pu être enregistré : {exc}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="780" />
            <source>The question sets could not be loaded: {exc}</source>
            <translation>Les séries de questions n’ont pas pu être chargées : {exc}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="785" />
            <source>Opening {name}…</source>
            <translation>Ouverture de {name}…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="827" />
            <source>Opening the set…</source>
            <translation>Ouverture de la série…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="827" />
            <source>Opening the sets…</source>
            <translation>Ouverture des séries…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="871" />
            <source>0 due today</source>
            <translation>0 à revoir aujourd’hui</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="878" />
            <source>{due} due today, {new} new</source>
            <translation>{due} à revoir aujourd’hui, {new} nouvelles</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="941" />
            <source>No questions match your choice.</source>
            <translation>Aucune question ne correspond à votre choix.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="982" />
            <source>{answered} of {total}</source>
            <translation>{answered} sur {total}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="984" />
            <source>Give up the unfinished round?</source>
            <translation>Abandonner la partie inachevée ?</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="985" />
            <source>Start afresh and give up your unfinished scored round?

It is kept in your results as abandoned, with {of_total} questions answered; the questions not answered count 0 points.</source>
            <translation>Recommencer à zéro et abandonner votre partie notée inachevée ?

Elle reste dans vos résultats comme abandonnée (réponses données : {of_total}) ; les questions sans réponse comptent 0 point.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="987" />
            <source>&amp;Give it up</source>
            <translation>&amp;Abandonner</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="987" />
            <source>&amp;Keep it for later</source>
            <translation>&amp;La garder pour plus tard</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="1024" />
            <source>Add a student first to see progress.</source>
            <translation>Ajoutez d’abord un élève pour voir ses progrès.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="1070" />
            <source>Choose a question set to print.</source>
            <translation>Choisissez une série de questions à imprimer.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="1083" />
            <source>Add a student first: there are no results to export yet.</source>
            <translation>Ajoutez d’abord un élève : il n’y a pas encore de résultats à exporter.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="1086" />
            <source>{name} - quiz results.csv</source>
            <translation>{name} - résultats du quiz.csv</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="1086" />
            <source>My</source>
            <translation>Mes</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="1087" />
            <source>Export my results</source>
            <translation>Exporter mes résultats</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="1087" />
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="1097" />
            <source>Your results could not be saved to {path}: {reason}</source>
            <translation>Vos résultats n’ont pas pu être enregistrés dans {path} : {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/main_window.py" line="1099" />
            <source>Saved %n answer(s) to {path}. Give this file to your teacher.</source>
            <translation>
                <numerusform>%n réponse enregistrée dans {path}. Donnez ce fichier à votre enseignant.</numerusform>
                <numerusform>%n réponses enregistrées dans {path}. Donnez ce fichier à votre enseignant.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="1145" />
            <source>History Quiz: practise on questions whose every answer is proved by a quote from the source text.

Your scores are kept in {where}.</source>
            <translation>History Quiz : entraînez-vous sur des questions dont chaque réponse est prouvée par une citation du texte source.

Vos scores sont conservés dans {where}.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="1139" />
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="77" />
            <source>Answering: 1–9 (0 for a tenth) or A–J choose an answer · T / F true or false · Space ticks a box · Enter answers and goes on · Alt+Up / Alt+Down move an event in an ordering question · in a fill-the-gaps passage, Tab / Shift+Tab go from gap to gap and a number places that word of the word bank · Esc asks before leaving a round.</source>
            <extracomment>one menu entry: (attribute name, text, shortcuts, slot); None is a separator the window's attribute for each action of the menus (made just after the first paint: see _fill_menus) keys of the round's screens, which belong to no menu action</extracomment>
            <translation>Pour répondre : 1–9 (0 pour la dixième) ou A–J choisissent une réponse · T / F vrai ou faux · Espace coche une case · Entrée répond et continue · Alt+Haut / Alt+Bas déplacent un événement dans une question de mise en ordre · dans un texte à trous, Tab / Maj+Tab passent d’un trou à l’autre et un chiffre place ce mot de la liste de mots · Échap demande confirmation avant de quitter une partie.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="477" />
            <source>Settin&amp;gs</source>
            <translation>Para&amp;mètres</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="1144" />
            <source>About History Quiz</source>
            <translation>À propos de History Quiz</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/main_window.py" line="1146" />
            <source>memory (not saved)</source>
            <translation>la mémoire (non enregistrés)</translation>
        </message>
    </context>
    <context>
        <name>MatchingForm</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/matching.py" line="17" />
            <source>Each pair is a left item and the right item that matches it; students see the right items shuffled. A pair the question's quote does not state can have a quote of its own: select its words in the source text and press “Quote from selection”.</source>
            <translation>Chaque paire associe un élément de gauche à l’élément de droite qui lui correspond ; les élèves voient les éléments de droite mélangés. Une paire que la citation de la question n’énonce pas peut avoir sa propre citation : sélectionnez ses mots dans le texte source et appuyez sur « Citer la sélection ».</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/matching.py" line="21" />
            <source>Pair</source>
            <translation>Paire</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/matching.py" line="21" />
            <source>Matches</source>
            <translation>Correspond à</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/matching.py" line="22" />
            <source>Quote</source>
            <translation>Citation</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/matching.py" line="26" />
            <source>Extra options that match nothing (optional):</source>
            <translation>Options en plus qui ne correspondent à rien (facultatif) :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/matching.py" line="27" />
            <source>Extra option</source>
            <translation>Option en plus</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/matching.py" line="27" />
            <source>Option</source>
            <translation>Option</translation>
        </message>
    </context>
    <context>
        <name>MatchingInput</name>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="297" />
            <source>— choose —</source>
            <translation>— choisir —</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="313" />
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="316" />
            <source>Partner for {left}</source>
            <translation>Associé à {left}</translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="335" />
            <source>Submit with {open_pairs} of %n pair(s) unmatched?</source>
            <translation>
                <numerusform>Envoyer alors que des paires restent sans associé ({open_pairs} sur %n) ?</numerusform>
                <numerusform>Envoyer alors que des paires restent sans associé ({open_pairs} sur %n) ?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewProfileDialog</name>
        <message>
            <location filename="../quiz_app/ui/new_student_dialog.py" line="14" />
            <source>New student</source>
            <translation>Nouvel élève</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/new_student_dialog.py" line="17" />
            <source>Student name</source>
            <translation>Nom de l’élève</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/new_student_dialog.py" line="19" />
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/new_student_dialog.py" line="24" />
            <source> × time</source>
            <translation> × temps</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/new_student_dialog.py" line="25" />
            <source>Extra time factor</source>
            <translation>Facteur de temps supplémentaire</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/new_student_dialog.py" line="26" />
            <source>1.5 gives half as much time again in timed rounds</source>
            <translation>1,5 donne moitié plus de temps dans les parties chronométrées</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/new_student_dialog.py" line="27" />
            <source>&amp;Extra time:</source>
            <translation>&amp;Temps supplémentaire :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/new_student_dialog.py" line="28" />
            <source>For students who get extra time in tests: 1.5 gives half as much time again.</source>
            <translation>Pour les élèves qui ont un tiers-temps ou plus aux évaluations : 1,5 donne moitié plus de temps.</translation>
        </message>
    </context>
    <context>
        <name>NumericForm</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/numeric.py" line="20" />
            <source>The number</source>
            <translation>Le nombre</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/numeric.py" line="20" />
            <source>For example 135000</source>
            <translation>Par exemple 135000</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/numeric.py" line="22" />
            <source>&amp;Number:</source>
            <translation>&amp;Nombre :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/numeric.py" line="23" />
            <source>Tolerance: answers this far off still count</source>
            <translation>Tolérance : les réponses à cet écart près comptent encore</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/numeric.py" line="23" />
            <source>0 means exactly</source>
            <translation>0 signifie exactement</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/numeric.py" line="25" />
            <source>&amp;Tolerance (±):</source>
            <translation>T&amp;olérance (±) :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/numeric.py" line="26" />
            <source>Unit: what the number counts</source>
            <translation>Unité : ce que le nombre compte</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/numeric.py" line="26" />
            <source>For example troops, divisions, km</source>
            <translation>Par exemple soldats, divisions, km</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/numeric.py" line="28" />
            <source>&amp;Unit:</source>
            <translation>&amp;Unité :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/numeric.py" line="30" />
            <source>The number must be one of the numbers written in the quote (within the tolerance).</source>
            <translation>Le nombre doit être l’un des nombres écrits dans la citation (à la tolérance près).</translation>
        </message>
    </context>
    <context>
        <name>OrderingForm</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/ordering.py" line="16" />
            <source>As the source writes it, e.g. June 25, 1950</source>
            <translation>Comme la source l’écrit, par ex. June 25, 1950</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/ordering.py" line="17" />
            <source>Optional: every event has its own quote, which fixes its place</source>
            <translation>Facultatif : chaque événement a sa propre citation, qui fixe sa place</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/ordering.py" line="24" />
            <source>List the events in their correct order, earliest first (students see them shuffled). Give each the date the source writes for it, or give every event a quote of its own: select its words in the source text and press “Quote from selection”.</source>
            <translation>Listez les événements dans le bon ordre, du plus ancien au plus récent (les élèves les voient mélangés). Donnez à chacun la date que la source écrit pour lui, ou donnez à chaque événement sa propre citation : sélectionnez ses mots dans le texte source et appuyez sur « Citer la sélection ».</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/ordering.py" line="28" />
            <location filename="../quiz_app/ui/editor/forms/ordering.py" line="29" />
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/ordering.py" line="29" />
            <location filename="../quiz_app/ui/editor/forms/ordering.py" line="41" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/ordering.py" line="30" />
            <source>Quote</source>
            <translation>Citation</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/ordering.py" line="41" />
            <source>Date (optional)</source>
            <translation>Date (facultative)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/ordering.py" line="46" />
            <source>Event {number}: date</source>
            <translation>Événement {number} : date</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/ordering.py" line="46" />
            <source> (optional)</source>
            <translation> (facultatif)</translation>
        </message>
    </context>
    <context>
        <name>OrderingInput</name>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="238" />
            <source>Events to put in order, earliest first</source>
            <translation>Événements à remettre dans l’ordre, le plus ancien en premier</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="240" />
            <source>Select an event and press Alt+Up or Alt+Down to move it</source>
            <translation>Sélectionnez un événement et appuyez sur Alt+Haut ou Alt+Bas pour le déplacer</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="253" />
            <source>Move up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="254" />
            <source>Move the selected event earlier</source>
            <translation>Placer l’événement sélectionné plus tôt</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="255" />
            <source>Alt+Up</source>
            <translation>Alt+Haut</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="256" />
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="257" />
            <source>Move the selected event later</source>
            <translation>Placer l’événement sélectionné plus tard</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="258" />
            <source>Alt+Down</source>
            <translation>Alt+Bas</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="265" />
            <source>Earliest at the top. Drag, or select and press Alt+Up / Alt+Down.</source>
            <translation>Le plus ancien en haut. Faites glisser, ou sélectionnez et appuyez sur Alt+Haut / Alt+Bas.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="274" />
            <source>Place {place} of {count}: {text}</source>
            <translation>Position {place} sur {count} : {text}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="283" />
            <source>Submit the events in the order shown? You have not moved any of them.</source>
            <translation>Envoyer les événements dans l’ordre affiché ? Vous n’en avez déplacé aucun.</translation>
        </message>
    </context>
    <context>
        <name>Panes</name>
        <message>
            <location filename="../quiz_app/ui/editor/panes.py" line="51" />
            <source>Questions, the form and the source text</source>
            <translation>Les questions, le formulaire et le texte source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/panes.py" line="54" />
            <source>&amp;Questions</source>
            <translation>&amp;Questions</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/panes.py" line="54" />
            <source>&amp;Edit</source>
            <translation>&amp;Modifier</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/panes.py" line="54" />
            <source>Source &amp;text</source>
            <translation>&amp;Texte source</translation>
        </message>
    </context>
    <context>
        <name>PassageView</name>
        <message>
            <location filename="../quiz_app/ui/widgets/text.py" line="73" />
            <source>Quoted passage</source>
            <translation>Passage cité</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/text.py" line="99" />
            <source>The highlighted words are the quotes: {quotes}</source>
            <translation>Les mots surlignés sont les citations : {quotes}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/text.py" line="82" />
            <location filename="../quiz_app/ui/widgets/text.py" line="101" />
            <source>The highlighted words are the quote: {quote}</source>
            <translation>Les mots surlignés sont la citation : {quote}</translation>
        </message>
    </context>
    <context>
        <name>PassageWords</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="87" />
            <source>Words of the passage: pick the words to hide</source>
            <extracomment>the words shown to pick from; a longer passage is cut here, with a word saying so the set being edited (the form needs its sources for options suggested from the text, and for trying)</extracomment>
            <translation>Mots du texte : choisissez les mots à cacher</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="113" />
            <source>{words}: in gap {number}</source>
            <translation>{words} : dans le trou {number}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="128" />
            <source>Click to hide this word in a gap, or to show it again</source>
            <translation>Cliquez pour cacher ce mot dans un trou, ou pour le montrer de nouveau</translation>
        </message>
    </context>
    <context>
        <name>PrintDialog</name>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="266" />
            <location filename="../quiz_app/ui/printing.py" line="267" />
            <source>Print a worksheet</source>
            <translation>Imprimer une fiche</translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/printing.py" line="269" />
            <source>Print “{title}” (%n question(s)) as a PDF file.</source>
            <translation>
                <numerusform>Imprimer « {title} » (%n question) dans un fichier PDF.</numerusform>
                <numerusform>Imprimer « {title} » (%n questions) dans un fichier PDF.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="272" />
            <source>What to print</source>
            <translation>Ce qu’il faut imprimer</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="274" />
            <source>The &amp;worksheet (for students)</source>
            <translation>La &amp;fiche d’exercices (pour les élèves)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="275" />
            <source>The answer &amp;key (for the teacher)</source>
            <translation>Le &amp;corrigé (pour l’enseignant)</translation>
        </message>
        <message>
            <source>B&amp;oth, as two files</source>
            <translation type="vanished">Les &amp;deux, en deux fichiers</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="276" />
            <source>B&amp;oth, the worksheet and its key</source>
            <translation>Les &amp;deux, la fiche et son corrigé</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="287" />
            <location filename="../quiz_app/ui/printing.py" line="380" />
            <source>Print the source &amp;text first, with line numbers</source>
            <translation>Imprimer d’abord le &amp;texte source, avec les numéros de ligne</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="288" />
            <source>Print the source text first, with line numbers</source>
            <translation>Imprimer d’abord le texte source, avec les numéros de ligne</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="292" />
            <source>Two &amp;versions, A and B (questions and choices in another order, each with its own key)</source>
            <translation>Deux &amp;versions, A et B (questions et choix dans un autre ordre, chacune avec son corrigé)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="294" />
            <source>Print two versions, A and B</source>
            <translation>Imprimer deux versions, A et B</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="297" />
            <source>A one-page answer &amp;grid to fill in</source>
            <translation>Une &amp;grille de réponses d’une page à remplir</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="298" />
            <source>Print a one-page answer grid</source>
            <translation>Imprimer une grille de réponses d’une page</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="302" />
            <source>Paper size</source>
            <translation>Format du papier</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="304" />
            <source>&amp;A4</source>
            <translation>&amp;A4</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="305" />
            <source>&amp;Letter</source>
            <translation>&amp;Lettre US</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="306" />
            <source>A4 paper</source>
            <translation>Papier A4</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="307" />
            <source>Letter paper</source>
            <translation>Papier Lettre US</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="316" />
            <source>Save to &amp;file:</source>
            <translation>Enregistrer dans le fic&amp;hier :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="320" />
            <source>File name of the PDF</source>
            <translation>Nom du fichier PDF</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="327" />
            <source>&amp;Choose…</source>
            <translation>Choi&amp;sir…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="328" />
            <source>Choose where to save the PDF</source>
            <translation>Choisir où enregistrer le PDF</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="334" />
            <source>The files that will be saved</source>
            <translation>Les fichiers qui seront enregistrés</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="342" />
            <source>Making the PDF</source>
            <translation>Création du PDF</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="347" />
            <source>Print status</source>
            <translation>État de l’impression</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="353" />
            <source>&amp;Save PDF</source>
            <translation>&amp;Enregistrer le PDF</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="355" />
            <source>Save the PDF</source>
            <translation>Enregistrer le PDF</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="358" />
            <source>Cancel printing</source>
            <translation>Annuler l’impression</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="381" />
            <source>Print the source &amp;text before the key, with line numbers</source>
            <translation>Imprimer le &amp;texte source avant le corrigé, avec les numéros de ligne</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="388" />
            <source>One file is saved: “{name}”.</source>
            <translation>Un seul fichier est enregistré : « {name} ».</translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/printing.py" line="391" />
            <source>%n files are saved side by side: {names}.</source>
            <translation>
                <numerusform>%n fichier est enregistré : {names}.</numerusform>
                <numerusform>%n fichiers sont enregistrés côte à côte : {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/printing.py" line="434" />
            <source>{label}: {name} (%n page(s))</source>
            <translation>
                <numerusform>{label} : {name} (%n page)</numerusform>
                <numerusform>{label} : {name} (%n pages)</numerusform>
            </translation>
        </message>
        <message>
            <source>The answer key is saved next to it as “{name}”.</source>
            <translation type="vanished">Le corrigé est enregistré à côté, sous le nom « {name} ».</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="394" />
            <source>Save the PDF as</source>
            <translation>Enregistrer le PDF sous</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="394" />
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Choose where to save the PDF first.</source>
            <translation type="vanished">Choisissez d’abord où enregistrer le PDF.</translation>
        </message>
        <message>
            <source>The folder “{parent}” does not exist. Choose another place.</source>
            <translation type="vanished">Le dossier « {parent} » n’existe pas. Choisissez un autre emplacement.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="417" />
            <source>Making the PDF…</source>
            <translation>Création du PDF…</translation>
        </message>
        <message>
            <source>Answer key</source>
            <translation type="vanished">Corrigé</translation>
        </message>
        <message>
            <source>Worksheet</source>
            <translation type="vanished">Fiche d’exercices</translation>
        </message>
        <message numerus="yes">
            <source>: {name} (%n page(s))</source>
            <translation type="vanished">
                <numerusform> : {name} (%n page)</numerusform>
                <numerusform> : {name} (%n pages)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="437" />
            <source>Saved. </source>
            <translation>Enregistré. </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="442" />
            <source>The PDF could not be saved: {exc}</source>
            <translation>Le PDF n’a pas pu être enregistré : {exc}</translation>
        </message>
    </context>
    <context>
        <name>ProblemsDialog</name>
        <message>
            <location filename="../quiz_app/ui/widgets/problems_dialog.py" line="19" />
            <source>Problems in this question set</source>
            <translation>Problèmes dans cette série de questions</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/problems_dialog.py" line="24" />
            <source>“{path}” cannot be opened as a question set:</source>
            <translation>« {path} » ne peut pas être ouvert comme série de questions :</translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/widgets/problems_dialog.py" line="26" />
            <source>“{path}” has %n problem(s). It can be practised, but not played as a scored round until they are fixed:</source>
            <translation>
                <numerusform>« {path} » a %n problème. On peut s’y entraîner, mais pas en faire une partie notée tant qu’il n’est pas corrigé :</numerusform>
                <numerusform>« {path} » a %n problèmes. On peut s’y entraîner, mais pas en faire une partie notée tant qu’ils ne sont pas corrigés :</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/problems_dialog.py" line="32" />
            <source>List of problems</source>
            <translation>Liste des problèmes</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/problems_dialog.py" line="43" />
            <source>line {line}, column {column}</source>
            <translation>ligne {line}, colonne {column}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/problems_dialog.py" line="44" />
            <source>the whole file</source>
            <translation>tout le fichier</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/problems_dialog.py" line="46" />
            <source>• At {place}{where}: {message}</source>
            <translation>• À {place}{where} : {message}</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <location filename="../quiz_app/ui/editor/problems_panel.py" line="69" />
            <source>Problems</source>
            <translation>Problèmes</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/problems_panel.py" line="72" />
            <source>Problems with this set; press Enter to go to one</source>
            <translation>Problèmes de cette série ; appuyez sur Entrée pour aller à l’un d’eux</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/problems_panel.py" line="82" />
            <source>How to fix the chosen problem</source>
            <translation>Comment corriger le problème choisi</translation>
        </message>
    </context>
    <context>
        <name>ProgressScreen</name>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="31" />
            <source>mastered</source>
            <extracomment>a paragraph's status (the score store's words) as shown</extracomment>
            <translation>maîtrisé</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="32" />
            <source>getting there</source>
            <translation>en bonne voie</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="33" />
            <source>keep missing</source>
            <translation>encore souvent manqué</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="34" />
            <location filename="../quiz_app/ui/progress_screen.py" line="114" />
            <source>not practised yet</source>
            <translation>pas encore travaillé</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="46" />
            <location filename="../quiz_app/ui/progress_screen.py" line="52" />
            <source>Your progress</source>
            <translation>Vos progrès</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="49" />
            <source>Which set this shows</source>
            <translation>La série affichée</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="58" />
            <source>Score in each scored round</source>
            <translation>Score de chaque partie notée</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="63" />
            <source>Mastery by topic</source>
            <translation>Maîtrise par thème</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="66" />
            <source>Map of the source text</source>
            <translation>Carte du texte source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="67" />
            <source>Each paragraph of the text, with how well you answer the questions that quote it.</source>
            <translation>Chaque paragraphe du texte, avec votre réussite aux questions qui le citent.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="70" />
            <source>Paragraphs of the source and how well you master each</source>
            <translation>Paragraphes du texte source et votre maîtrise de chacun</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="71" />
            <source>Press Enter to read the paragraph in the source text</source>
            <translation>Appuyez sur Entrée pour lire le paragraphe dans le texte source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="79" />
            <source>&amp;Back</source>
            <translation>&amp;Retour</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="80" />
            <source>Back to the start screen</source>
            <translation>Retour à l’écran d’accueil</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="92" />
            <source>{student_name}: your progress</source>
            <translation>{student_name} : vos progrès</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="93" />
            <source>Set: {title}. Topics and the map are for this set; scored rounds are of every set.</source>
            <translation>Série : {title}. Les thèmes et la carte portent sur cette série ; les parties notées, sur toutes les séries.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="94" />
            <source>No set is chosen: choose one on the start screen to see its map.</source>
            <translation>Aucune série n’est choisie : choisissez-en une sur l’écran d’accueil pour voir sa carte.</translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/progress_screen.py" line="100" />
            <source> You practised %n day(s) in a row.</source>
            <translation>
                <numerusform> Vous vous êtes entraîné %n jour d’affilée.</numerusform>
                <numerusform> Vous vous êtes entraîné %n jours d’affilée.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/progress_screen.py" line="101" />
            <source>%n scored round(s), average {avg:.0f}%, latest {latest:.0f}%.{streak}</source>
            <translation>
                <numerusform>%n partie notée, moyenne {avg:.0f} %, dernière {latest:.0f} %.{streak}</numerusform>
                <numerusform>%n parties notées, moyenne {avg:.0f} %, dernière {latest:.0f} %.{streak}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="104" />
            <source>No scored rounds yet.</source>
            <translation>Pas encore de partie notée.</translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/progress_screen.py" line="114" />
            <source>{correct} of %n answer(s) right</source>
            <translation>
                <numerusform>Réponse juste : {correct} sur %n</numerusform>
                <numerusform>Réponses justes : {correct} sur %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="116" />
            <source>{topic} mastery</source>
            <translation>Maîtrise : {topic}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="126" />
            <source>{correct}/{answered} right</source>
            <translation>{correct}/{answered} justes</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="126" />
            <source>no answers yet</source>
            <translation>pas encore de réponse</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="128" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/progress_screen.py" line="136" />
            <source>{paragraph}: {status}, {counts}</source>
            <translation>{paragraph} : {status}, {counts}</translation>
        </message>
        <message>
            <source>Paragraph {number}: {status}, {counts}</source>
            <translation type="vanished">Paragraphe {number} : {status}, {counts}</translation>
        </message>
    </context>
    <context>
        <name>QuestionEditor</name>
        <message>
            <location filename="../quiz_app/ui/editor/question_editor.py" line="21" />
            <source>No question yet. Choose a type under the list of questions and press “Add”.</source>
            <translation>Pas encore de question. Choisissez un type sous la liste des questions et appuyez sur « Ajouter ».</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_editor.py" line="22" />
            <source>Select a question in the list.</source>
            <translation>Choisissez une question dans la liste.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_editor.py" line="53" />
            <source>This question has the unknown type “{type}”, so it cannot be edited here. Known types: {names}. Delete it, or fix the type in the file.</source>
            <translation>Cette question a le type inconnu « {type} » : elle ne peut donc pas être modifiée ici. Types connus : {names}. Supprimez-la, ou corrigez le type dans le fichier.</translation>
        </message>
    </context>
    <context>
        <name>QuestionForm</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="28" />
            <source>✓ Nothing to fix in this question.</source>
            <translation>✓ Rien à corriger dans cette question.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="30" />
            <source>1 – easy</source>
            <translation>1 – facile</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="30" />
            <source>2 – medium</source>
            <translation>2 – moyen</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="31" />
            <source>3 – hard</source>
            <translation>3 – difficile</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="43" />
            <source>&amp;Question:</source>
            <translation>&amp;Question :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="44" />
            <source>The question as the student reads it</source>
            <translation>La question telle que l’élève la lit</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="56" />
            <source>Problems in this question</source>
            <translation>Problèmes de cette question</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="63" />
            <source>Question text</source>
            <translation>Texte de la question</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="69" />
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="77" />
            <source>Explanation</source>
            <translation>Explication</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="77" />
            <source>Why the answer is right, in plain words</source>
            <translation>Pourquoi la réponse est juste, en mots simples</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="80" />
            <source>E&amp;xplanation:</source>
            <translation>E&amp;xplication :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="88" />
            <source>Topic: {topic}</source>
            <translation>Thème : {topic}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="92" />
            <source>Topics:</source>
            <translation>Thèmes :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="93" />
            <source>Other tags, separated by commas</source>
            <translation>Autres mots-clés, séparés par des virgules</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="95" />
            <source>Other ta&amp;gs:</source>
            <translation>Autres &amp;mots-clés :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="98" />
            <source>Difficulty</source>
            <translation>Difficulté</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="103" />
            <source>&amp;Difficulty:</source>
            <translation>&amp;Difficulté :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="105" />
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="110" />
            <source>&amp;Points:</source>
            <translation>&amp;Points :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="112" />
            <source>Question id</source>
            <translation>Identifiant de la question</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="112" />
            <source>A short id, unique in this set</source>
            <translation>Un identifiant court, unique dans cette série</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="114" />
            <source>Question &amp;id:</source>
            <translation>&amp;Identifiant de la question :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="116" />
            <source>&amp;Teacher-verified</source>
            <translation>&amp;Vérifiée par l’enseignant</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="117" />
            <source>Teacher-verified: skip the automatic answer-in-quote check</source>
            <translation>Vérifiée par l’enseignant : sauter la vérification automatique de la réponse dans la citation</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="120" />
            <source>Tick it when the quote says the answer in other words than the automatic check can match; give the reason below.</source>
            <translation>Cochez-la quand la citation dit la réponse avec d’autres mots que ceux que la vérification automatique sait reconnaître ; donnez la raison ci-dessous.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="122" />
            <source>Why the quote supports the answer</source>
            <translation>Pourquoi la citation appuie la réponse</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/base.py" line="124" />
            <source>&amp;Reason:</source>
            <translation>&amp;Raison :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cite.py" line="17" />
            <source>&amp;Instruction:</source>
            <translation>Consi&amp;gne :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cite.py" line="18" />
            <source>For example: Which sentence of the text shows this?</source>
            <translation>Par exemple : Quelle phrase du texte le montre ?</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/cloze.py" line="340" />
            <source>What the student is asked to do, for example: Fill the gaps with the words of the text.</source>
            <translation>Ce que l’on demande à l’élève, par exemple : Remplissez les trous avec les mots du texte.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="17" />
            <source>&amp;Statement:</source>
            <translation>&amp;Affirmation :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="18" />
            <source>A statement the student judges true or false</source>
            <translation>Une affirmation que l’élève juge vraie ou fausse</translation>
        </message>
    </context>
    <context>
        <name>QuestionPanel</name>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="51" />
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="57" />
            <source>Questions of the set; ⚠ marks a question with problems. Shift or Ctrl with the arrow keys and Space selects several.</source>
            <translation>Questions de la série ; ⚠ signale une question qui a des problèmes. Maj ou Ctrl avec les flèches et Espace en sélectionnent plusieurs.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="68" />
            <source>Type of the new question</source>
            <translation>Type de la nouvelle question</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="74" />
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="74" />
            <source>Add a question of the chosen type</source>
            <translation>Ajouter une question du type choisi</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="77" />
            <source>Duplicate</source>
            <translation>Dupliquer</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="77" />
            <source>Duplicate the selected question</source>
            <translation>Dupliquer la question choisie</translation>
        </message>
        <message>
            <source>Delete the selected question</source>
            <translation type="vanished">Supprimer la question choisie</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="79" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="79" />
            <source>Delete the selected questions</source>
            <translation>Supprimer les questions choisies</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="81" />
            <source>Move the selected question up</source>
            <translation>Monter la question choisie</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="81" />
            <source>Move the selected question up (Alt+Up in the list)</source>
            <translation>Monter la question choisie (Alt+Haut dans la liste)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="84" />
            <source>Move the selected question down</source>
            <translation>Descendre la question choisie</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="84" />
            <source>Move the selected question down (Alt+Down in the list)</source>
            <translation>Descendre la question choisie (Alt+Bas dans la liste)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="93" />
            <source>Suggest questions…</source>
            <translation>Suggérer des questions…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="93" />
            <source>Suggest questions drafted from the source text</source>
            <translation>Suggérer des questions rédigées à partir du texte source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="94" />
            <source>Drafts from the source text to accept, edit or discard (Ctrl+Shift+G)</source>
            <translation>Des brouillons tirés du texte source, à accepter, modifier ou écarter (Ctrl+Maj+G)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="100" />
            <source>Selected questions ▾</source>
            <translation>Questions choisies ▾</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="100" />
            <source>Actions on the selected questions: change, copy, move; find duplicates</source>
            <translation>Actions sur les questions choisies : modifier, copier, déplacer ; trouver les doublons</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="103" />
            <source>&amp;Change the selected questions…</source>
            <translation>&amp;Modifier les questions choisies…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="105" />
            <source>C&amp;opy them to another set…</source>
            <translation>C&amp;opier dans une autre série…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="106" />
            <source>&amp;Move them to another set…</source>
            <translation>&amp;Déplacer vers une autre série…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="108" />
            <source>Find &amp;duplicate questions</source>
            <translation>Trouver les do&amp;ublons</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/question_panel.py" line="123" />
            <source>Questions ({count})</source>
            <translation>Questions ({count})</translation>
        </message>
    </context>
    <context>
        <name>QuestionScreen</name>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="43" />
            <source>S&amp;ure</source>
            <extracomment>certainty-based marking: (certainty, button text with its Alt key, what it earns)</extracomment>
            <translation>&amp;Sûr</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="43" />
            <source>Fai&amp;rly sure</source>
            <translation>Asse&amp;z sûr</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="44" />
            <source>N&amp;ot sure</source>
            <translation>&amp;Pas sûr</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="132" />
            <source>Progress</source>
            <extracomment>"Submit with 2 of 3 pairs unmatched?" while it is open</extracomment>
            <translation>Avancement</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="136" />
            <source>Score so far</source>
            <translation>Score jusqu’ici</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="146" />
            <source>The question and your answer</source>
            <translation>La question et votre réponse</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="158" />
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="168" />
            <source>Statement to prove</source>
            <translation>Affirmation à prouver</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="172" />
            <source>How sure are you? (points if right / if wrong)</source>
            <translation>Êtes-vous sûr ? (points si juste / si faux)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="182" />
            <source>Certainty-based marking: right {right}, wrong {wrong}, times the points</source>
            <translation>Notation selon la certitude : juste {right}, faux {wrong}, multiplié par les points</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="196" />
            <source>Leave round</source>
            <translation>Quitter la partie</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="197" />
            <source>Leave this round</source>
            <translation>Quitter cette partie</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="198" />
            <source>Esc</source>
            <translation>Échap</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="201" />
            <source>Show me the &amp;passage</source>
            <translation>&amp;Voir le passage</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="202" />
            <source>Show me the passage</source>
            <translation>Afficher le passage</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="204" />
            <source>Read the paragraph that answers this question. Your answer then earns no spaced-review credit.</source>
            <translation>Lire le paragraphe qui répond à cette question. Votre réponse ne comptera alors pas pour la révision espacée.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="208" />
            <source>Add a &amp;minute</source>
            <translation>Ajouter une &amp;minute</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="209" />
            <source>Add a minute to the time limit</source>
            <translation>Ajouter une minute au temps imparti</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="211" />
            <source>No time &amp;limit</source>
            <translation>Sans &amp;limite de temps</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="212" />
            <source>Switch the time limit off</source>
            <translation>Supprimer la limite de temps</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="218" />
            <source>&amp;Answer</source>
            <translation>&amp;Répondre</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="220" />
            <source>Submit your answer</source>
            <translation>Envoyer votre réponse</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="221" />
            <source>Enter</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="242" />
            <source>Question {number} of {total}</source>
            <translation>Question {number} sur {total}</translation>
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
            <translation>« {statement} »</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="277" />
            <source> Say how sure you are first: Alt+U, Alt+R or Alt+O.</source>
            <translation> Dites d’abord si vous êtes sûr : Alt+S, Alt+Z ou Alt+P.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="285" />
            <source>Question {number} of {total}. {prompt}</source>
            <translation>Question {number} sur {total}. {prompt}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="291" />
            <source>Paragraph {number} of “{source_title}”, as you asked (this answer earns no spaced-review credit):</source>
            <translation>Paragraphe {number} de « {source_title} », comme demandé (cette réponse ne comptera pas pour la révision espacée) :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="330" />
            <source>Time left: {minutes}:{secs:02d}</source>
            <translation>Temps restant : {minutes}:{secs:02d}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="331" />
            <source>{minutes} minutes {secs} seconds left</source>
            <translation>Il reste {minutes} minutes {secs} secondes</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="355" />
            <source>Choose or type an answer first.</source>
            <translation>Choisissez ou tapez d’abord une réponse.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="359" />
            <source>Say how sure you are first: Alt+U sure, Alt+R fairly sure, Alt+O not sure.</source>
            <translation>Dites d’abord si vous êtes sûr : Alt+S sûr, Alt+Z assez sûr, Alt+P pas sûr.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="374" />
            <source>Submit this answer?</source>
            <translation>Envoyer cette réponse ?</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="374" />
            <source>&amp;Submit anyway</source>
            <translation>&amp;Envoyer quand même</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="374" />
            <source>&amp;Keep answering</source>
            <translation>&amp;Continuer à répondre</translation>
        </message>
    </context>
    <context>
        <name>QuoteCell</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/fields.py" line="198" />
            <source>No quote of its own: the question's quote is checked.</source>
            <translation>Pas de citation propre : la citation de la question est vérifiée.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/fields.py" line="219" />
            <source>Quote from selection</source>
            <translation>Citer la sélection</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/fields.py" line="219" />
            <source>{name}: quote the words selected in the source text</source>
            <translation>{name} : citer les mots sélectionnés dans le texte source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/fields.py" line="220" />
            <source>Remove quote</source>
            <translation>Retirer la citation</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/fields.py" line="220" />
            <source>{name}: remove its own quote</source>
            <translation>{name} : retirer sa propre citation</translation>
        </message>
    </context>
    <context>
        <name>ReportScreen</name>
        <message>
            <source>Facility: the share of answers that were right (1.00 = everybody right). Discrimination: the share right among the top third of students (by total score) minus the share right among the bottom third; below 0.20 a question does not tell stronger and weaker students apart, below 0 the weaker students did better. It needs at least 3 students.</source>
            <translation type="vanished">Facilité : la part des réponses justes (1,00 = tout le monde a juste). Discrimination : la part de réponses justes du tiers supérieur des élèves (selon le score total) moins celle du tiers inférieur ; en dessous de 0,20, la question ne distingue pas les élèves les plus à l’aise des autres ; en dessous de 0, les élèves les plus en difficulté ont mieux réussi. Il faut au moins 3 élèves.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="276" />
            <source>Class report</source>
            <translation>Bilan de la classe</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="285" />
            <source>Add the result files your students exported (several at once if you like), or use the results stored on this computer, then choose the question set.</source>
            <translation>Ajoutez les fichiers de résultats exportés par vos élèves (plusieurs à la fois si vous le souhaitez), ou utilisez les résultats enregistrés sur cet ordinateur, puis choisissez la série de questions.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="290" />
            <source>Result files in the report</source>
            <translation>Fichiers de résultats du bilan</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="295" />
            <source>&amp;Add result files…</source>
            <translation>&amp;Ajouter des fichiers de résultats…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="296" />
            <location filename="../quiz_app/ui/report_screen.py" line="478" />
            <source>Add result files</source>
            <translation>Ajouter des fichiers de résultats</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="298" />
            <source>&amp;Remove file</source>
            <translation>Retirer le &amp;fichier</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="299" />
            <source>Remove the selected result files</source>
            <translation>Retirer les fichiers de résultats sélectionnés</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="301" />
            <source>Use the results on this &amp;computer</source>
            <translation>Utiliser les résultats de cet &amp;ordinateur</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="302" />
            <source>Use the results stored on this computer</source>
            <translation>Utiliser les résultats enregistrés sur cet ordinateur</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="312" />
            <source>Question &amp;set:</source>
            <translation>&amp;Série de questions :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="314" />
            <source>Question set of the report</source>
            <translation>Série de questions du bilan</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="319" />
            <source>Scored rounds &amp;only</source>
            <translation>Parties notées &amp;uniquement</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="320" />
            <source>Count scored rounds only, not practice or reviews</source>
            <translation>Ne compter que les parties notées, ni l’entraînement ni les révisions</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="328" />
            <source>Report summary</source>
            <translation>Résumé du bilan</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="331" />
            <source>Notes about the report</source>
            <translation>Remarques sur le bilan</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="337" />
            <source>Reading the result files</source>
            <translation>Lecture des fichiers de résultats</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="342" />
            <source>Report tables</source>
            <translation>Tableaux du bilan</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="343" />
            <source>Scores of each student in each round</source>
            <translation>Scores de chaque élève à chaque partie</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="343" />
            <location filename="../quiz_app/ui/report_screen.py" line="579" />
            <source>Student</source>
            <translation>Élève</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="343" />
            <location filename="../quiz_app/ui/report_screen.py" line="579" />
            <source>Rounds</source>
            <translation>Parties</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="343" />
            <location filename="../quiz_app/ui/report_screen.py" line="355" />
            <location filename="../quiz_app/ui/report_screen.py" line="359" />
            <location filename="../quiz_app/ui/report_screen.py" line="579" />
            <source>Score %</source>
            <translation>Score %</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="343" />
            <location filename="../quiz_app/ui/report_screen.py" line="579" />
            <source>Third</source>
            <translation>Tiers</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="345" />
            <source>Statistics of each question</source>
            <translation>Statistiques de chaque question</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="346" />
            <location filename="../quiz_app/ui/report_screen.py" line="351" />
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="346" />
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="346" />
            <location filename="../quiz_app/ui/report_screen.py" line="355" />
            <location filename="../quiz_app/ui/report_screen.py" line="358" />
            <source>Right</source>
            <translation>Justes</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="346" />
            <source>Facility</source>
            <translation>Facilité</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="346" />
            <source>Discrimination</source>
            <translation>Discrimination</translation>
        </message>
        <message>
            <source>Most chosen
wrong answer</source>
            <translation type="vanished">Mauvaise réponse
la plus choisie</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="347" />
            <location filename="../quiz_app/ui/report_screen.py" line="352" />
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="348" />
            <source>Right answers out of all answers</source>
            <translation>Réponses justes sur l’ensemble des réponses</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="348" />
            <source>Share of answers that were right</source>
            <translation>Part des réponses justes</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="349" />
            <source>Top third minus bottom third (see below the table)</source>
            <translation>Tiers supérieur moins tiers inférieur (voir sous le tableau)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="354" />
            <source>Score of the class by topic</source>
            <translation>Score de la classe par thème</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="355" />
            <source>Topic</source>
            <translation>Thème</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="355" />
            <location filename="../quiz_app/ui/report_screen.py" line="358" />
            <source>Answers</source>
            <translation>Réponses</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="356" />
            <source>Students</source>
            <translation>Élèves</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="356" />
            <location filename="../quiz_app/ui/report_screen.py" line="359" />
            <source>Below the pass mark</source>
            <translation>Sous le seuil de réussite</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="357" />
            <source>Score of the class by paragraph of the source</source>
            <translation>Score de la classe par paragraphe du texte source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="361" />
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="358" />
            <source>Paragraph</source>
            <translation>Paragraphe</translation>
        </message>
        <message>
            <source>A question with fewer than {minimum} answers is not judged (too few answers to judge). Facility: the share of answers that were right (1.00 = everybody right). Discrimination: the share right among the top third of students (by total score) minus the share right among the bottom third; below 0.20 a question does not tell stronger and weaker students apart, below 0 the weaker students did better. It needs at least 3 students.</source>
            <translation type="vanished">Une question qui a moins de {minimum} réponses n’est pas jugée (trop peu de réponses pour en juger). Facilité : la part des réponses justes (1,00 = tout le monde a juste). Discrimination : la part de réponses justes du tiers supérieur des élèves (selon le score total) moins celle du tiers inférieur ; en dessous de 0,20, la question ne distingue pas les élèves les plus à l’aise des autres ; en dessous de 0, les élèves les plus en difficulté ont mieux réussi. Il faut au moins 3 élèves.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="347" />
            <source>Most common
wrong answer</source>
            <translation>Erreur
la plus fréquente</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="350" />
            <source>Each gap of the fill-the-gaps questions</source>
            <translation>Chaque trou des textes à trous</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="351" />
            <source>Gap</source>
            <translation>Trou</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="351" />
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="351" />
            <source>Filled right</source>
            <translation>Bien rempli</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="352" />
            <source>Share right</source>
            <translation>Part de justes</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="352" />
            <source>Most common
wrong answers</source>
            <translation>Erreurs
les plus fréquentes</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="353" />
            <source>Answers that filled this gap right, out of all answers to the question</source>
            <translation>Réponses qui ont bien rempli ce trou, sur toutes les réponses à la question</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="358" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="359" />
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="360" />
            <source>Problems found in the result files</source>
            <translation>Problèmes trouvés dans les fichiers de résultats</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="361" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="361" />
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="363" />
            <source>Each cell is a round's score (right answers out of answers, and %), oldest first. Third: top or bottom third of the class by total score.</source>
            <translation>Chaque case est le score d’une partie (réponses justes sur réponses données, et %), de la plus ancienne à la plus récente. Tiers : tiers supérieur ou inférieur de la classe selon le score total.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="365" />
            <source>St&amp;udents</source>
            <translation>É&amp;lèves</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="368" />
            <source>&amp;Questions</source>
            <translation>&amp;Questions</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="369" />
            <source>Which gaps of each passage the class fills right, and what they wrote instead. Gap numbers are those of the printed worksheet.</source>
            <translation>Les trous de chaque texte que la classe remplit bien, et ce que les élèves ont écrit à la place. Les numéros des trous sont ceux de la fiche imprimée.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="370" />
            <source>Gap&amp;s</source>
            <translation>Te&amp;xtes à trous</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="371" />
            <source>Weakest first: points earned out of possible points.</source>
            <translation>Les plus faibles d’abord : points obtenus sur points possibles.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="372" />
            <source>To&amp;pics</source>
            <translation>&amp;Thèmes</translation>
        </message>
        <message>
            <source>Which parts of the text the class keeps missing, weakest first. Line numbers are those of the printed worksheet.</source>
            <translation type="vanished">Les parties du texte que la classe manque le plus souvent, les plus faibles d’abord. Les numéros de ligne sont ceux de la fiche imprimée.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="375" />
            <source>Para&amp;graphs</source>
            <translation>Para&amp;graphes</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="376" />
            <source>C&amp;hart</source>
            <translation>Grap&amp;hique</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="376" />
            <source>How many rounds scored in each band of 10 percent.</source>
            <translation>Combien de parties ont obtenu un score dans chaque tranche de 10 %.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="377" />
            <source>Lines that were left out of the report, and why.</source>
            <translation>Les lignes laissées hors du bilan, et pourquoi.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="378" />
            <location filename="../quiz_app/ui/report_screen.py" line="559" />
            <location filename="../quiz_app/ui/report_screen.py" line="573" />
            <source>Proble&amp;ms</source>
            <translation>&amp;Problèmes</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="382" />
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="385" />
            <source>&amp;Back</source>
            <translation>&amp;Retour</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="386" />
            <source>Back to the start screen</source>
            <translation>Retour à l’écran d’accueil</translation>
        </message>
        <message>
            <source>&amp;Export as CSV…</source>
            <translation type="vanished">&amp;Exporter en CSV…</translation>
        </message>
        <message>
            <source>Export the report as a CSV file</source>
            <translation type="vanished">Exporter le bilan dans un fichier CSV</translation>
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
            <translation>Fichiers de résultats (*.csv);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="530" />
            <source>Some answers are to a question set that is not open in the app ({sets}). Open that set first to see its questions.</source>
            <translation>Certaines réponses portent sur une série de questions qui n’est pas ouverte dans l’application ({sets}). Ouvrez d’abord cette série pour voir ses questions.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="621" />
            <location filename="../quiz_app/ui/report_screen.py" line="627" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="632" />
            <source>Excel workbook, a sheet per table (*.xlsx)</source>
            <translation>Classeur Excel, une feuille par tableau (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="633" />
            <source>CSV files, one per table (*.csv)</source>
            <translation>Fichiers CSV, un par tableau (*.csv)</translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/report_screen.py" line="655" />
            <source>Saved the report as %n CSV file(s), one per table, in {folder}: {names}.</source>
            <translation>
                <numerusform>Bilan enregistré en %n fichier CSV, un par tableau, dans {folder} : {names}.</numerusform>
                <numerusform>Bilan enregistré en %n fichiers CSV, un par tableau, dans {folder} : {names}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="663" />
            <source>The report could not be saved: {reason}.</source>
            <translation>Le bilan n’a pas pu être enregistré : {reason}.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="539" />
            <source>The report could not be made: {exc}</source>
            <translation>Le bilan n’a pas pu être établi : {exc}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="52" />
            <source>A question with fewer than {minimum} answers is not judged (too few answers to judge). Facility: the share of answers that were right (1.00 = everybody right; for a fill-the-gaps passage, the share of its points earned). Discrimination: the share right among the top third of students (by total score) minus the share right among the bottom third; below 0.20 a question does not tell stronger and weaker students apart, below 0 the weaker students did better. It needs at least 3 students.</source>
            <translation>Une question qui a moins de {minimum} réponses n’est pas jugée (trop peu de réponses pour en juger). Facilité : la part des réponses justes (1,00 = tout le monde a juste ; pour un texte à trous, la part de ses points obtenus). Discrimination : la part de réponses justes du tiers supérieur des élèves (selon le score total) moins celle du tiers inférieur ; en dessous de 0,20, la question ne distingue pas les élèves les plus à l’aise des autres ; en dessous de 0, les élèves les plus en difficulté ont mieux réussi. Il faut au moins 3 élèves.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="373" />
            <source>Which parts of the text the class keeps missing, weakest first. ¶: the paragraph's number, as marked on the printed text (the title is not counted).</source>
            <translation>Les parties du texte que la classe manque le plus souvent, les plus faibles d’abord. ¶ : le numéro du paragraphe, tel qu’il figure sur le texte imprimé (le titre n’est pas compté).</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="388" />
            <source>&amp;Export…</source>
            <translation>&amp;Exporter…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="390" />
            <source>Export the report as an Excel workbook or as CSV files</source>
            <translation>Exporter le bilan en classeur Excel ou en fichiers CSV</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="545" />
            <source>Reading the result files…</source>
            <translation>Lecture des fichiers de résultats…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="553" />
            <source>No results yet: add result files, or use the results on this computer.</source>
            <translation>Pas encore de résultats : ajoutez des fichiers de résultats, ou utilisez les résultats de cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="572" />
            <source>Proble&amp;ms ({count})</source>
            <translation>&amp;Problèmes ({count})</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="579" />
            <source>Round {number}</source>
            <translation>Partie {number}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="587" />
            <source>{started}, {mode}; {points:g} of {possible:g} points; from {files}</source>
            <translation>{started}, {mode} ; {points:g} points sur {possible:g} ; d’après {files}</translation>
        </message>
        <message>
            <source>{options} ({count} of {wrong})</source>
            <translation type="vanished">{options} ({count} sur {wrong})</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="601" />
            <location filename="../quiz_app/ui/report_screen.py" line="610" />
            <source>{correct} of {answers}</source>
            <translation>{correct} sur {answers}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="641" />
            <source>Export the report as</source>
            <translation>Exporter le bilan sous</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="vanished">Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="661" />
            <source>Saved the report as {path}.</source>
            <translation>Bilan enregistré sous {path}.</translation>
        </message>
    </context>
    <context>
        <name>ResultsScreen</name>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="31" />
            <source>Practice</source>
            <extracomment>the results title for each kind of round</extracomment>
            <translation>Entraînement</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="31" />
            <source>Scored round</source>
            <translation>Partie notée</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="31" />
            <source>Review of mistakes</source>
            <translation>Révision des erreurs</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="32" />
            <source>Spaced review</source>
            <translation>Révision espacée</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="56" />
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="59" />
            <source>Your results</source>
            <translation>Vos résultats</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="66" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="73" />
            <source>How sure you were, and how often you were right</source>
            <translation>Votre certitude, et combien de fois vous aviez juste</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="76" />
            <source>By topic</source>
            <translation>Par thème</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="79" />
            <location filename="../quiz_app/ui/results_screen.py" line="181" />
            <source>Questions to look at again</source>
            <translation>Questions à revoir</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="81" />
            <source>Select one and press Enter (or double-click) to see its feedback.</source>
            <translation>Sélectionnez-en une et appuyez sur Entrée (ou double-cliquez) pour voir sa correction.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="85" />
            <source>Questions you missed, with the quote that answers each</source>
            <translation>Les questions manquées, avec la citation qui répond à chacune</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="92" />
            <source>&amp;Back to start</source>
            <translation>Retour à l’acc&amp;ueil</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="93" />
            <source>Back to the start screen</source>
            <translation>Retour à l’écran d’accueil</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="95" />
            <source>&amp;Print this round…</source>
            <translation>&amp;Imprimer cette partie…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="96" />
            <source>Print this round as a worksheet</source>
            <translation>Imprimer cette partie comme fiche d’exercices</translation>
        </message>
        <message>
            <source>See &amp;feedback on every answer</source>
            <translation type="vanished">Voir la &amp;correction de chaque réponse</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="98" />
            <source>See fee&amp;dback on every answer</source>
            <translation>Voir la &amp;correction de chaque réponse</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="99" />
            <source>See the feedback on every answer of this round</source>
            <translation>Voir la correction de chaque réponse de cette partie</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="101" />
            <source>&amp;Review these mistakes</source>
            <translation>&amp;Revoir ces erreurs</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="102" />
            <source>Review these mistakes</source>
            <translation>Revoir ces erreurs</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="104" />
            <source>Play &amp;again</source>
            <translation>Re&amp;jouer</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="106" />
            <source>Play again</source>
            <translation>Rejouer</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="127" />
            <source>{mode}: {title}</source>
            <translation>{mode} : {title}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="131" />
            <source>No questions answered</source>
            <translation>Aucune réponse donnée</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="133" />
            <source>Not scored: counted over the questions you answered</source>
            <translation>Non notée : calculé sur les questions auxquelles vous avez répondu</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="136" />
            <source>✓  Passed (the pass mark is {pass_mark_percent:g}%)</source>
            <translation>✓  Réussi (le seuil de réussite est de {pass_mark_percent:g} %)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="139" />
            <source>✗  Not passed yet (the pass mark is {pass_mark_percent:g}%)</source>
            <translation>✗  Pas encore réussi (le seuil de réussite est de {pass_mark_percent:g} %)</translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/results_screen.py" line="144" />
            <source>{answered} of %n question(s) answered</source>
            <translation>
                <numerusform>Réponses données : {answered} sur %n question</numerusform>
                <numerusform>Réponses données : {answered} sur %n questions</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="146" />
            <source> · reached {reached} of {total}; the {not_reached} not reached count 0 points</source>
            <translation> · {reached} sur {total} atteintes ; les {not_reached} non atteintes comptent 0 point</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="149" />
            <source>{answered} · time {time}</source>
            <translation>{answered} · durée {time}</translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/results_screen.py" line="160" />
            <source>{points} of {possible} point(s) </source>
            <translation>
                <numerusform>{points} sur {possible} point </numerusform>
                <numerusform>{points} sur {possible} points </numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="162" />
            <source>{topic} score</source>
            <translation>Score : {topic}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="171" />
            <source>Partly right ({credit})</source>
            <translation>En partie juste ({credit})</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="173" />
            <source>Not right</source>
            <translation>Pas juste</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="175" />
            <source>Not answered</source>
            <translation>Sans réponse</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="176" />
            <source>{tag}: {prompt_text}
    Answer: {correct_answer}
    The text: “{quote}”</source>
            <translation>{tag} : {prompt_text}
    Réponse : {correct_answer}
    Le texte : « {quote} »</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="183" />
            <source>No mistakes: well done!</source>
            <translation>Aucune erreur : bravo !</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="185" />
            <source>No questions were answered in this round.</source>
            <translation>Aucune réponse n’a été donnée dans cette partie.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="201" />
            <source>• {prompt}
   The text: “{quote}”</source>
            <translation>• {prompt}
   Le texte : « {quote} »</translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/results_screen.py" line="203" />
            <source>
Sure and wrong on %n question(s): here is what the text says.
</source>
            <translation>
                <numerusform>
Sûr mais faux pour %n question : voici ce que dit le texte.
</numerusform>
                <numerusform>
Sûr mais faux pour %n questions : voici ce que dit le texte.
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
            <translation>Score : {score} / {possible}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="222" />
            <source> You can add a minute or switch the time limit off.</source>
            <translation> Vous pouvez ajouter une minute ou supprimer la limite de temps.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="258" />
            <location filename="../quiz_app/ui/round_player.py" line="338" />
            <source>Question {number} of {total}</source>
            <translation>Question {number} sur {total}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="259" />
            <source>See your &amp;results</source>
            <translation>Voir vos &amp;résultats</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="259" />
            <source>&amp;Next question</source>
            <translation>Question &amp;suivante</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="277" />
            <source>Next review of this question: {when}.</source>
            <translation>Prochaine révision de cette question : {when}.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="291" />
            <source>The questions you have not answered count 0 points.</source>
            <translation>Les questions sans réponse comptent 0 point.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="292" />
            <source>The round is counted over the questions you have answered.</source>
            <translation>La partie est calculée sur les questions auxquelles vous avez répondu.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="294" />
            <source>Your answers so far are saved.</source>
            <translation>Vos réponses jusqu’ici sont enregistrées.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="295" />
            <source>This try records nothing: no answers or scores are kept.</source>
            <translation>Cet essai n’enregistre rien : ni réponses ni scores ne sont gardés.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="297" />
            <source>Leave this round?</source>
            <translation>Quitter cette partie ?</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="298" />
            <source>Leave this round now?

{kept} {rest}</source>
            <translation>Quitter cette partie maintenant ?

{kept} {rest}</translation>
        </message>
        <message>
            <source>Leave this round now?

Your answers so far are saved. {rest}</source>
            <translation type="vanished">Quitter cette partie maintenant ?

Vos réponses déjà données sont enregistrées. {rest}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="299" />
            <source>&amp;End the round</source>
            <translation>&amp;Terminer la partie</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="299" />
            <source>&amp;Keep playing</source>
            <translation>&amp;Continuer à jouer</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="335" />
            <source>Back to &amp;results</source>
            <translation>Retour aux &amp;résultats</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="336" />
            <source>&amp;Next missed question</source>
            <translation>Question manquée &amp;suivante</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="336" />
            <source>&amp;Next answer</source>
            <translation>Réponse &amp;suivante</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/round_player.py" line="339" />
            <source>Score: {score}</source>
            <translation>Score : {score}</translation>
        </message>
    </context>
    <context>
        <name>RowsEditor</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/fields.py" line="274" />
            <source>Add {noun}</source>
            <extracomment>each row's labels of its text inputs (by key): a label may change (a date becomes optional)</extracomment>
            <translation>Ajouter : {noun}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/fields.py" line="275" />
            <source>Add a {noun}</source>
            <translation>Ajouter : {noun}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/fields.py" line="358" />
            <source>Move {noun} {number} up</source>
            <translation>Monter {noun} {number}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/fields.py" line="359" />
            <source>Move {noun} {number} down</source>
            <translation>Descendre {noun} {number}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/fields.py" line="360" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/fields.py" line="360" />
            <source>Remove {noun} {number}</source>
            <translation>Retirer {noun} {number}</translation>
        </message>
    </context>
    <context>
        <name>ScoreHistogram</name>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="93" />
            <source>Chart of the score of each round, in bands of 10 percent</source>
            <translation>Graphique du score de chaque partie, par tranches de 10 %</translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/report_screen.py" line="105" />
            <source>%n round(s). </source>
            <translation>
                <numerusform>%n partie. </numerusform>
                <numerusform>%n parties. </numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="107" />
            <source>No rounds yet.</source>
            <translation>Pas encore de partie.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="126" />
            <source>No rounds yet: add result files to see how the scores spread.</source>
            <translation>Pas encore de partie : ajoutez des fichiers de résultats pour voir la répartition des scores.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="156" />
            <source>Score % of each round</source>
            <translation>Score en % de chaque partie</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="161" />
            <location filename="../quiz_app/ui/report_screen.py" line="162" />
            <source>pass mark</source>
            <translation>seuil de réussite</translation>
        </message>
    </context>
    <context>
        <name>SetChecker</name>
        <message>
            <location filename="../quiz_app/ui/editor/checking.py" line="150" />
            <source>The set could not be checked ({kind}: {exc}). Save it and report the problem; the last problems shown may be out of date.</source>
            <extracomment>The pause after the last keystroke before the set is checked (typing restarts the wait). The largest set whose item-quality warnings the background check finds. The lint reads every question against the others, so it grows with the square of the set (measured: 0.02 s for 98 questions, 0.11 s for 392, 0.65 s for 980); beyond this the warnings would come seconds after each pause in typing, so the list says to run ``quiz-bank validate`` instead. The largest set linted by ``check_now`` on the GUI thread (saving, trying): about 0.1 s. A larger one is linted by the next background check only.</extracomment>
            <translation>La série n’a pas pu être vérifiée ({kind} : {exc}). Enregistrez-la et signalez le problème ; les derniers problèmes affichés peuvent être dépassés.</translation>
        </message>
    </context>
    <context>
        <name>SetDetailsForm</name>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="16" />
            <source>Draft: students can practise it, not play it for a score</source>
            <translation>Brouillon : les élèves peuvent s’entraîner, pas jouer une partie notée</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="17" />
            <source>Ready: students can play it as a scored round</source>
            <translation>Prête : les élèves peuvent la jouer en partie notée</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="18" />
            <source>After each answer</source>
            <translation>Après chaque réponse</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="19" />
            <source>At the end of the round</source>
            <translation>À la fin de la partie</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="21" />
            <source>&amp;Partial credit</source>
            <translation>Crédit &amp;partiel</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="22" />
            <source>Choose-all, ordering and matching questions earn a share of the points.</source>
            <translation>Les questions à choix multiples, de mise en ordre et d’association rapportent une part des points.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="23" />
            <source>&amp;Negative marking</source>
            <translation>Points &amp;négatifs</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="24" />
            <source>A wrong multiple-choice answer costs a share of its points.</source>
            <translation>Une mauvaise réponse à un QCM coûte une part de ses points.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="25" />
            <source>S&amp;huffle</source>
            <translation>Mélan&amp;ger</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="26" />
            <source>Questions and choices come in a new order each round.</source>
            <translation>Questions et choix viennent dans un nouvel ordre à chaque partie.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="27" />
            <source>Speed &amp;bonus</source>
            <translation>&amp;Bonus de rapidité</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="28" />
            <source>Quick right answers earn a bonus, shown apart; it never counts towards the pass mark.</source>
            <translation>Les bonnes réponses rapides rapportent un bonus, affiché à part ; il ne compte jamais pour le seuil de réussite.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="42" />
            <source>About this set</source>
            <translation>À propos de cette série</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="46" />
            <source>Set title</source>
            <translation>Titre de la série</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="48" />
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="49" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="49" />
            <source>What the set is about, for students and colleagues</source>
            <translation>Le sujet de la série, pour les élèves et les collègues</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="52" />
            <source>&amp;Description:</source>
            <translation>&amp;Description :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="53" />
            <source>Authors, separated by commas</source>
            <translation>Auteurs, séparés par des virgules</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="53" />
            <source>Separated by commas</source>
            <translation>Séparés par des virgules</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="56" />
            <source>&amp;Authors:</source>
            <translation>&amp;Auteurs :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="57" />
            <source>Language code</source>
            <translation>Code de langue</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="57" />
            <source>For example en, fr, de</source>
            <translation>Par exemple en, fr, de</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="59" />
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="60" />
            <source>Set id</source>
            <translation>Identifiant de la série</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="60" />
            <source>A short id; scores are stored under it</source>
            <translation>Un identifiant court ; les scores sont enregistrés sous ce nom</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="62" />
            <source>Set &amp;id:</source>
            <translation>&amp;Identifiant de la série :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="64" />
            <source>Status of the set</source>
            <translation>Statut de la série</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="69" />
            <source>&amp;Status:</source>
            <translation>&amp;Statut :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="70" />
            <source>A set with problems is always saved as a draft.</source>
            <translation>Une série qui a des problèmes est toujours enregistrée comme brouillon.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="73" />
            <source>Scored rounds: the defaults</source>
            <translation>Parties notées : les réglages par défaut</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="76" />
            <source>Number of questions in a round</source>
            <translation>Nombre de questions d’une partie</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="79" />
            <source>&amp;Questions per round:</source>
            <translation>&amp;Questions par partie :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="80" />
            <source>Time limit in seconds, 0 for no limit</source>
            <translation>Limite de temps en secondes, 0 pour aucune limite</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="83" />
            <source>No time limit</source>
            <translation>Pas de limite de temps</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="87" />
            <source>Time li&amp;mit:</source>
            <translation>Li&amp;mite de temps :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="89" />
            <source>When students see feedback</source>
            <translation>Quand les élèves voient la correction</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="94" />
            <source>&amp;Feedback:</source>
            <translation>&amp;Correction :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="95" />
            <source>Pass mark in percent</source>
            <translation>Seuil de réussite en pourcentage</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_details.py" line="101" />
            <source>Pass mar&amp;k:</source>
            <translation>Seuil de &amp;réussite :</translation>
        </message>
    </context>
    <context>
        <name>SetFiles</name>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="28" />
            <source>Question sets and files to import (*.json *.gift *.txt *.xml *.csv *.tsv *.tab *.xlsx *.xlsm);;Question sets (*.json);;All files (*)</source>
            <translation>Séries de questions et fichiers à importer (*.json *.gift *.txt *.xml *.csv *.tsv *.tab *.xlsx *.xlsm);;Séries de questions (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="30" />
            <source>New set. Add a question under the list, then select its evidence in the text.</source>
            <translation>Nouvelle série. Ajoutez une question sous la liste, puis sélectionnez sa preuve dans le texte.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="88" />
            <source>Open a set or import questions</source>
            <extracomment>the set's file; None for a new or imported set (not saved yet)</extracomment>
            <translation>Ouvrir une série ou importer des questions</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="95" />
            <source>Opening {name}…</source>
            <translation>Ouverture de {name}…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="108" />
            <location filename="../quiz_app/ui/editor/files.py" line="128" />
            <source>This file cannot be opened</source>
            <translation>Ce fichier ne peut pas être ouvert</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="108" />
            <source>“{name}” cannot be opened as a question set:

</source>
            <translation>« {name} » ne peut pas être ouvert comme série de questions :

</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="110" />
            <source>Opened {path}.</source>
            <translation>{path} ouvert.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="117" />
            <source>Nothing could be imported</source>
            <translation>Rien n’a pu être importé</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="120" />
            <source>Imported {name}.</source>
            <translation>{name} importé.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="122" />
            <source>Imported, with remarks</source>
            <translation>Importé, avec des remarques</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="128" />
            <source>“{path}” could not be read: {exc}</source>
            <translation>« {path} » n’a pas pu être lu : {exc}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="145" />
            <location filename="../quiz_app/ui/editor/files.py" line="161" />
            <source>The set was not saved</source>
            <translation>La série n’a pas été enregistrée</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="174" />
            <source>Save the set as</source>
            <translation>Enregistrer la série sous</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="174" />
            <source>Question sets (*.json)</source>
            <translation>Séries de questions (*.json)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="195" />
            <source>This set</source>
            <translation>Cette série</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="196" />
            <source>Save the changes?</source>
            <translation>Enregistrer les modifications ?</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="197" />
            <source>“{title}” has changes that are not saved.</source>
            <translation>« {title} » a des modifications non enregistrées.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="199" />
            <source>Save them before you go on?</source>
            <translation>Les enregistrer avant de continuer ?</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/files.py" line="202" />
            <source>&amp;Discard the changes</source>
            <translation>&amp;Abandonner les modifications</translation>
        </message>
    </context>
    <context>
        <name>SettingsScreen</name>
        <message>
            <source>Follow the system</source>
            <translation type="vanished">Comme le système</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="24" />
            <source>System (as the computer is set)</source>
            <translation>Système (comme l’ordinateur est réglé)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="25" />
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="25" />
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="26" />
            <source>High contrast (white on black)</source>
            <translation>Contraste élevé (blanc sur noir)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="27" />
            <source>8 in 10 (fewer reviews)</source>
            <translation>8 sur 10 (moins de révisions)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="27" />
            <source>8.5 in 10</source>
            <translation>8,5 sur 10</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="27" />
            <source>9 in 10 (recommended)</source>
            <translation>9 sur 10 (recommandé)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="28" />
            <source>19 in 20 (many more reviews)</source>
            <translation>19 sur 20 (beaucoup plus de révisions)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="29" />
            <source>As the question set says</source>
            <translation>Comme le prévoit la série de questions</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="29" />
            <source>After each answer</source>
            <translation>Après chaque réponse</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="30" />
            <source>At the end of the round</source>
            <translation>À la fin de la partie</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="51" />
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="58" />
            <source>Text size</source>
            <translation>Taille du texte</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="61" />
            <source>Text size. Also Ctrl+= and Ctrl+- anywhere in the app</source>
            <translation>Taille du texte. Aussi Ctrl+= et Ctrl+- partout dans l’application</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="62" />
            <source>Te&amp;xt size (Ctrl+= / Ctrl+-):</source>
            <translation>&amp;Taille du texte (Ctrl+= / Ctrl+-) :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="68" />
            <source>Colour theme. System follows your computer's light or dark setting; high contrast is white text on black</source>
            <translation>Thème de couleurs. Système suit le réglage clair ou sombre de votre ordinateur ; contraste élevé, c’est du texte blanc sur fond noir</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="70" />
            <source>&amp;Colour theme:</source>
            <translation>Thème de &amp;couleurs :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="77" />
            <source>Fee&amp;dback in scored rounds:</source>
            <translation>Correction dans les parties &amp;notées :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="88" />
            <source>How much to remember. A question comes back for review when your chance of remembering it falls to this</source>
            <translation>Objectif de mémorisation. Une question revient en révision quand votre probabilité de vous en souvenir descend à ce niveau</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="97" />
            <source>Language. Used the next time History Quiz starts</source>
            <translation>Langue. Prise en compte au prochain démarrage de History Quiz</translation>
        </message>
        <message>
            <source>Also Ctrl+= and Ctrl+- anywhere in the app</source>
            <translation type="vanished">Aussi Ctrl+= et Ctrl+- partout dans l’application</translation>
        </message>
        <message>
            <source>&amp;Text size (Ctrl+= / Ctrl+-):</source>
            <translation type="vanished">&amp;Taille du texte (Ctrl+= / Ctrl+-) :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="67" />
            <source>Colour theme</source>
            <translation>Thème de couleurs</translation>
        </message>
        <message>
            <source>&amp;Colours:</source>
            <translation type="vanished">&amp;Couleurs :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="75" />
            <location filename="../quiz_app/ui/settings_screen.py" line="76" />
            <source>When to show feedback in a scored round</source>
            <translation>Quand afficher la correction dans une partie notée</translation>
        </message>
        <message>
            <source>&amp;Feedback in scored rounds:</source>
            <translation type="vanished">Correction dans les parties &amp;notées :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="79" />
            <source>Play a sound after each answer</source>
            <translation>Jouer un son après chaque réponse</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="80" />
            <source>Sound</source>
            <translation>Son</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="81" />
            <source>&amp;Sound:</source>
            <translation>&amp;Son :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="86" />
            <source>How much to remember</source>
            <translation>Objectif de mémorisation</translation>
        </message>
        <message>
            <source>A question comes back for review when your chance of remembering it falls to this</source>
            <translation type="vanished">Une question revient en révision quand votre probabilité de vous en souvenir descend à ce niveau</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="90" />
            <source>&amp;Aim to remember:</source>
            <translation>&amp;Objectif de mémorisation :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="93" />
            <source>The computer's language</source>
            <translation>Langue de l’ordinateur</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="96" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Used the next time History Quiz starts</source>
            <translation type="vanished">Appliquée au prochain démarrage de History Quiz</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="98" />
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="100" />
            <source>Spaced review brings a question back when your chance of remembering it falls to this. Aiming higher means more reviews.</source>
            <translation>La révision espacée fait revenir une question quand votre probabilité de vous en souvenir descend à ce niveau. Viser plus haut signifie plus de révisions.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="102" />
            <source>Practice rounds always show feedback after each answer.</source>
            <translation>L’entraînement affiche toujours la correction après chaque réponse.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="103" />
            <source>A new language is used the next time History Quiz starts.</source>
            <translation>Une nouvelle langue s’applique au prochain démarrage de History Quiz.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="107" />
            <source>&amp;Back</source>
            <translation>&amp;Retour</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/settings_screen.py" line="108" />
            <source>Back</source>
            <translation>Retour</translation>
        </message>
    </context>
    <context>
        <name>ShortAnswerForm</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/short_answer.py" line="18" />
            <source>The first accepted answer is shown to students as the correct one and must be in the quote. Case, accents, punctuation and one typo are forgiven.</source>
            <translation>La première réponse acceptée est montrée aux élèves comme la bonne et doit figurer dans la citation. Majuscules, accents, ponctuation et une faute de frappe sont pardonnés.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/short_answer.py" line="20" />
            <source>Accepted answer</source>
            <translation>Réponse acceptée</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/short_answer.py" line="20" />
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
    </context>
    <context>
        <name>SourcePane</name>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="155" />
            <location filename="../quiz_app/ui/editor/source_pane.py" line="270" />
            <source>Source text</source>
            <translation>Texte source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="156" />
            <source>Title of the source shown</source>
            <translation>Titre de la source affichée</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="159" />
            <source>Which source text to show</source>
            <translation>Quel texte source afficher</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="164" />
            <location filename="../quiz_app/ui/editor/source_pane.py" line="499" />
            <source>Edit te&amp;xt</source>
            <translation>Modifier le te&amp;xte</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="166" />
            <source>Edit the source text</source>
            <translation>Modifier le texte source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="170" />
            <location filename="../quiz_app/ui/editor/source_pane.py" line="501" />
            <source>Select words in the text to make them the evidence of the question.</source>
            <translation>Sélectionnez des mots dans le texte pour en faire la preuve de la question.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="182" />
            <location filename="../quiz_app/ui/editor/source_pane.py" line="304" />
            <source>Evidence of this question</source>
            <translation>Preuve de cette question</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="185" />
            <source>Evidence status</source>
            <translation>État de la preuve</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="188" />
            <source>The evidence quote</source>
            <translation>La citation qui sert de preuve</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="198" />
            <source>The closest passage of the source now</source>
            <translation>Le passage le plus proche dans la source actuelle</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="201" />
            <source>&amp;Use this passage</source>
            <translation>&amp;Utiliser ce passage</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="202" />
            <source>Use the closest passage as the evidence</source>
            <translation>Prendre le passage le plus proche comme preuve</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="205" />
            <source>Su&amp;ggest evidence</source>
            <translation>Su&amp;ggérer une preuve</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="206" />
            <source>Suggest evidence: rank the sentences of the source for this question</source>
            <translation>Suggérer une preuve : classer les phrases de la source pour cette question</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="209" />
            <source>C&amp;lear evidence</source>
            <translation>Effacer &amp;la preuve</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="210" />
            <source>Clear the evidence of this question</source>
            <translation>Effacer la preuve de cette question</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="216" />
            <source>Suggested sentences, best first</source>
            <translation>Phrases suggérées, les meilleures d’abord</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="226" />
            <source>Use the chosen &amp;sentence</source>
            <translation>Utiliser la &amp;phrase choisie</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="227" />
            <source>Use the chosen suggested sentence as the evidence</source>
            <translation>Prendre la phrase suggérée choisie comme preuve</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="250" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="270" />
            <source>Source: {title}</source>
            <translation>Source : {title}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="288" />
            <source>Evidence</source>
            <translation>Preuve</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="289" />
            <source>Select a question to see or set its evidence.</source>
            <translation>Choisissez une question pour voir ou définir sa preuve.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="312" />
            <source>The closest passage of the source now: “{closest}”</source>
            <translation>Le passage le plus proche dans la source actuelle : « {closest} »</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="315" />
            <source>⚠ No evidence yet. Select the passage that proves the answer, or use “Suggest evidence”.</source>
            <translation>⚠ Pas encore de preuve. Sélectionnez le passage qui prouve la réponse, ou utilisez « Suggérer une preuve ».</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="318" />
            <source>⚠ The evidence cites the source “{source_id}”, which this set does not have. Select a passage of one of the set's sources.</source>
            <translation>⚠ La preuve cite la source « {source_id} », que cette série n’a pas. Sélectionnez un passage de l’une des sources de la série.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="320" />
            <source>⚠ This quote is no longer in the source (its text was changed). Use the closest passage, or select the right one.</source>
            <translation>⚠ Cette citation n’est plus dans la source (son texte a été modifié). Prenez le passage le plus proche, ou sélectionnez le bon.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="327" />
            <source>✓ Found in “{title}”, line {line} (highlighted).</source>
            <translation>✓ Trouvée dans « {title} », ligne {line} (surlignée).</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="418" />
            <source>Write the question and its answer first: the suggestions look for their words in the text.</source>
            <translation>Écrivez d’abord la question et sa réponse : les suggestions cherchent leurs mots dans le texte.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="427" />
            <source>{score:.0f}% match · line {line}: {quote}</source>
            <translation>{score:.0f} % de correspondance · ligne {line} : {quote}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="437" />
            <source>The source has no sentences to suggest.</source>
            <translation>La source n’a aucune phrase à suggérer.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="499" />
            <source>Stop &amp;editing</source>
            <translation>&amp;Arrêter de modifier</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="500" />
            <source>Editing the text: questions whose quote is no longer in it are marked ⚠.</source>
            <translation>Modification du texte : les questions dont la citation n’y est plus sont marquées ⚠.</translation>
        </message>
    </context>
    <context>
        <name>SourceReaderScreen</name>
        <message>
            <location filename="../quiz_app/ui/source_reader_screen.py" line="78" />
            <location filename="../quiz_app/ui/source_reader_screen.py" line="89" />
            <source>Source text</source>
            <extracomment>the passage shown in colour (the one whose questions are listed), or None</extracomment>
            <translation>Texte source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/source_reader_screen.py" line="81" />
            <location filename="../quiz_app/ui/source_reader_screen.py" line="82" />
            <source>Which source text</source>
            <translation>Quel texte source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/source_reader_screen.py" line="97" />
            <source>The selected passage and its questions</source>
            <translation>Le passage choisi et ses questions</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/source_reader_screen.py" line="106" />
            <source>Underlined passages are quoted by questions. Click one (or Tab to it and press Enter) to see which questions cite it; it is then highlighted.</source>
            <translation>Les passages soulignés sont cités par des questions. Cliquez sur l’un d’eux (ou atteignez-le avec Tab et appuyez sur Entrée) pour voir quelles questions le citent ; il est alors surligné.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/source_reader_screen.py" line="109" />
            <source>No passage selected.</source>
            <translation>Aucun passage sélectionné.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/source_reader_screen.py" line="112" />
            <source>Questions that cite the selected passage</source>
            <translation>Questions qui citent le passage sélectionné</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/source_reader_screen.py" line="123" />
            <source>&amp;Back</source>
            <translation>&amp;Retour</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/source_reader_screen.py" line="124" />
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/source_reader_screen.py" line="179" />
            <source>%n passage(s) of this text are quoted by questions.</source>
            <extracomment>lines of the text always shown (at most half the screen): the notes below take the rest and scroll</extracomment>
            <translation>
                <numerusform>%n passage de ce texte est cité par des questions.</numerusform>
                <numerusform>%n passages de ce texte sont cités par des questions.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/source_reader_screen.py" line="221" />
            <source>“{quoted}” is cited by %n question(s):</source>
            <translation>
                <numerusform>« {quoted} » est cité par %n question :</numerusform>
                <numerusform>« {quoted} » est cité par %n questions :</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SourceTextView</name>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="118" />
            <source>Source text</source>
            <extracomment>how many suggested sentences the list shows without scrolling (each whole)</extracomment>
            <translation>Texte source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="127" />
            <source>Editing the source text.</source>
            <translation>Modification du texte source.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/source_pane.py" line="128" />
            <source>Select words with the mouse or with Shift and the arrow keys: they become the evidence of the question.</source>
            <translation>Sélectionnez des mots avec la souris ou avec Maj et les flèches : ils deviennent la preuve de la question.</translation>
        </message>
    </context>
    <context>
        <name>SourcesForm</name>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="51" />
            <source>A set can quote several sources. The text of the source shown beside the form can be changed there with “Edit text”.</source>
            <translation>Une série peut citer plusieurs sources. Le texte de la source affichée à côté du formulaire se modifie là, avec « Modifier le texte ».</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="54" />
            <source>Sources of this set</source>
            <translation>Sources de cette série</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="61" />
            <source>&amp;Add a source…</source>
            <translation>&amp;Ajouter une source…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="63" />
            <source>&amp;Remove this source</source>
            <translation>&amp;Retirer cette source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="69" />
            <source>This source</source>
            <translation>Cette source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="73" />
            <source>Source title</source>
            <translation>Titre de la source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="75" />
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="76" />
            <source>Citation: where the text comes from</source>
            <translation>Référence : d’où vient le texte</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="76" />
            <source>Author, work, year, page or address</source>
            <translation>Auteur, œuvre, année, page ou adresse</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="78" />
            <source>&amp;Citation:</source>
            <translation>Ré&amp;férence :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="79" />
            <source>Source id (quotes refer to it)</source>
            <translation>Identifiant de la source (les citations y renvoient)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="81" />
            <source>Source &amp;id:</source>
            <translation>&amp;Identifiant de la source :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="101" />
            <source>Untitled</source>
            <translation>Sans titre</translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/sources_form.py" line="99" />
            <source>{number}. {title} — {words:,} words, quoted by %n question(s)</source>
            <translation>
                <numerusform>{number}. {title} — {words:,} mots, cité par %n question</numerusform>
                <numerusform>{number}. {title} — {words:,} mots, cité par %n questions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="36" />
            <source>Set editor</source>
            <translation>Éditeur de séries</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="37" />
            <source>Make questions from your own text. Every answer is proved by a passage you select in the text.</source>
            <translation>Créez des questions à partir de votre propre texte. Chaque réponse est prouvée par un passage que vous sélectionnez dans le texte.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="40" />
            <source>A new set from a text</source>
            <translation>Une nouvelle série à partir d’un texte</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="45" />
            <source>Title of the new set</source>
            <translation>Titre de la nouvelle série</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="45" />
            <source>For example: The Berlin Airlift</source>
            <translation>Par exemple : Le pont aérien de Berlin</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="46" />
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="48" />
            <source>Paste the source text (a textbook page, a primary source…), or open a .txt or .md file saved as UTF-8:</source>
            <translation>Collez le texte source (une page de manuel, une source primaire…), ou ouvrez un fichier .txt ou .md enregistré en UTF-8 :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="50" />
            <source>Source text for the new set</source>
            <translation>Texte source de la nouvelle série</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="54" />
            <source>Problem with the text</source>
            <translation>Problème avec le texte</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="58" />
            <source>Open a &amp;text file…</source>
            <translation>Ouvrir un &amp;fichier texte…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="59" />
            <source>Open a text file as the source</source>
            <translation>Ouvrir un fichier texte comme source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="63" />
            <source>&amp;Create the set</source>
            <translation>&amp;Créer la série</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="75" />
            <source>&amp;Open a set or import questions…</source>
            <translation>&amp;Ouvrir une série ou importer des questions…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="112" />
            <source>Open a source text</source>
            <translation>Ouvrir un texte source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="121" />
            <source>There is no text yet: paste it, or open a text file.</source>
            <translation>Il n’y a pas encore de texte : collez-le, ou ouvrez un fichier texte.</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="46" />
            <source>&amp;Practice</source>
            <translation>&amp;Entraînement</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="46" />
            <source>Feedback after every answer, no time limit. Not a scored round.</source>
            <translation>Correction après chaque réponse, sans limite de temps. Pas de note.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="47" />
            <source>Scor&amp;ed round</source>
            <translation>Partie &amp;notée</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="47" />
            <source>A fixed number of questions and a final score.</source>
            <translation>Un nombre fixe de questions et un score final.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="48" />
            <source>Review &amp;mistakes</source>
            <translation>Re&amp;voir mes erreurs</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="48" />
            <source>Questions you got wrong, most recent first.</source>
            <translation>Les questions où vous vous êtes trompé, les plus récentes d’abord.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="49" />
            <source>Spaced rev&amp;iew</source>
            <translation>Révision es&amp;pacée</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="49" />
            <source>Questions due today, then new ones: each comes back just before you would forget it.</source>
            <translation>Les questions à revoir aujourd’hui, puis de nouvelles : chacune revient juste avant que vous ne l’oubliiez.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="51" />
            <source>practice</source>
            <translation>entraînement</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="51" />
            <source>scored round</source>
            <translation>partie notée</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="51" />
            <source>review of mistakes</source>
            <translation>révision des erreurs</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="52" />
            <source>spaced review</source>
            <translation>révision espacée</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="106" />
            <source>History Quiz</source>
            <extracomment>the ticked topics of the chosen set every topic of the set is ticked: the round is not filtered by topic</extracomment>
            <translation>History Quiz</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="107" />
            <source>My p&amp;rogress</source>
            <translation>Mes p&amp;rogrès</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="108" />
            <source>My progress</source>
            <translation>Mes progrès</translation>
        </message>
        <message>
            <source>Se&amp;ttings</source>
            <translation type="vanished">Para&amp;mètres</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="111" />
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="126" />
            <source>&amp;Continue that round</source>
            <translation>&amp;Continuer cette partie</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="127" />
            <source>Continue the interrupted round</source>
            <translation>Continuer la partie interrompue</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="129" />
            <source>Start afresh</source>
            <translation>Recommencer à zéro</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="130" />
            <source>Do not continue the interrupted round</source>
            <translation>Ne pas continuer la partie interrompue</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="138" />
            <source>Choose your round</source>
            <translation>Choisissez votre partie</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="148" />
            <source>1. Who is playing?</source>
            <translation>1. Qui joue ?</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="151" />
            <location filename="../quiz_app/ui/start_screen.py" line="152" />
            <source>Student</source>
            <translation>Élève</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="155" />
            <source>&amp;New student…</source>
            <translation>Nouvel é&amp;lève…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="156" />
            <source>Add a new student</source>
            <translation>Ajouter un nouvel élève</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="162" />
            <source>2. Which question set?</source>
            <translation>2. Quelle série de questions ?</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="165" />
            <source>Question sets</source>
            <translation>Séries de questions</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="172" />
            <source>Loading question sets</source>
            <translation>Chargement des séries de questions</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="173" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="177" />
            <source>&amp;Open a set file…</source>
            <translation>&amp;Ouvrir un fichier de questions…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="178" />
            <source>Open a question set file</source>
            <translation>Ouvrir un fichier de série de questions</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="180" />
            <source>Read the so&amp;urce text</source>
            <translation>Lire le texte &amp;source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="181" />
            <source>Read the source text of the selected set</source>
            <translation>Lire le texte source de la série choisie</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="189" />
            <source>3. How do you want to play?</source>
            <translation>3. Comment voulez-vous jouer ?</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="210" />
            <source>4. Topics and number of questions</source>
            <translation>4. Thèmes et nombre de questions</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="217" />
            <source>This set's questions have no topics: all of them can be drawn.</source>
            <translation>Les questions de cette série n’ont pas de thème : toutes peuvent être tirées.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="389" />
            <source>Topic: {topic}</source>
            <translation>Thème : {topic}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="225" />
            <source>Number of questions</source>
            <translation>Nombre de questions</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="110" />
            <source>Settin&amp;gs</source>
            <translation>Para&amp;mètres</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="227" />
            <source>Number of &amp;questions:</source>
            <translation>Nombre de &amp;questions :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="240" />
            <source>The round you are about to start</source>
            <translation>La partie que vous allez commencer</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="245" />
            <source>&amp;Start</source>
            <translation>&amp;Démarrer</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="247" />
            <source>Start the round</source>
            <translation>Démarrer la partie</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="318" />
            <source>(add a student first)</source>
            <translation>(ajoutez d’abord un élève)</translation>
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
            <translation>partagée par l’établissement</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="336" />
            <source>last score {score}</source>
            <translation>dernier score {score}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="338" />
            <source>draft: practice only</source>
            <translation>brouillon : entraînement seulement</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="351" />
            <source>Review &amp;mistakes ({mistakes})</source>
            <translation>Re&amp;voir mes erreurs ({mistakes})</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="352" />
            <source>Spaced rev&amp;iew ({due})</source>
            <translation>Révision es&amp;pacée ({due})</translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/start_screen.py" line="353" />
            <source>Review mistakes, %n question(s)</source>
            <translation>
                <numerusform>Revoir mes erreurs, %n question</numerusform>
                <numerusform>Revoir mes erreurs, %n questions</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="354" />
            <source>Spaced review, {due}</source>
            <translation>Révision espacée, {due}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="361" />
            <source>d MMMM yyyy 'at' HH:mm</source>
            <translation>d MMMM yyyy 'à' HH:mm</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="363" />
            <source>You have an unfinished {mode} of “{title}” from {when}: {answered} of {total} questions answered.</source>
            <translation>Vous avez une partie inachevée ({mode}) de « {title} » du {when} ; réponses données : {answered} sur {total} questions.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="373" />
            <source>You are about to play: {plan}</source>
            <translation>Vous allez jouer : {plan}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="426" />
            <source>Add a student with “New student…” to begin.</source>
            <translation>Ajoutez un élève avec « Nouvel élève… » pour commencer.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="428" />
            <source>Choose a question set.</source>
            <translation>Choisissez une série de questions.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="468" />
            <source>Open a question set</source>
            <translation>Ouvrir une série de questions</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="468" />
            <source>Question sets (*.json);;All files (*)</source>
            <translation>Séries de questions (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/start_screen.py" line="478" />
            <source>Tick at least one topic.</source>
            <translation>Cochez au moins un thème.</translation>
        </message>
    </context>
    <context>
        <name>SuggestPanel</name>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="151" />
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="444" />
            <source>Suggest questions — {title}</source>
            <translation>Suggérer des questions — {title}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="152" />
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="445" />
            <source>Untitled</source>
            <translation>Sans titre</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="169" />
            <source>The drafts and the source text</source>
            <translation>Les brouillons et le texte source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="176" />
            <source>Suggested questions</source>
            <translation>Questions suggérées</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="178" />
            <source>Each draft asks about one sentence of the text, and its answer is words of that sentence. Read each one before you keep it.</source>
            <translation>Chaque brouillon porte sur une phrase du texte, et sa réponse est faite de mots de cette phrase. Relisez chacun avant de le garder.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="184" />
            <source>Show drafts of this type</source>
            <translation>Afficher les brouillons de ce type</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="185" />
            <source>All types</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="190" />
            <source>Show drafts on this topic</source>
            <translation>Afficher les brouillons sur ce thème</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="191" />
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="408" />
            <source>All topics</source>
            <translation>Tous les thèmes</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="194" />
            <source>Order of the drafts</source>
            <translation>Ordre des brouillons</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="209" />
            <source>Drafting questions from the text…</source>
            <translation>Rédaction de questions à partir du texte…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="214" />
            <source>Drafting questions</source>
            <translation>Rédaction des questions</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="219" />
            <source>How many drafts there are</source>
            <translation>Combien il y a de brouillons</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="222" />
            <source>Drafts left out</source>
            <translation>Brouillons laissés de côté</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="227" />
            <source>Drafts: type, usefulness, question, answer and wrong choices</source>
            <translation>Brouillons : type, utilité, question, réponse et mauvais choix</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="240" />
            <source>The chosen draft's evidence</source>
            <translation>La preuve du brouillon choisi</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="250" />
            <source>&amp;Accept</source>
            <translation>&amp;Accepter</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="251" />
            <source>Accept the chosen draft: add it to the set</source>
            <translation>Accepter le brouillon choisi : l’ajouter à la série</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="254" />
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="255" />
            <source>Add the chosen draft to the set and open its form to change it</source>
            <translation>Ajouter le brouillon choisi à la série et ouvrir son formulaire pour le modifier</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="257" />
            <source>&amp;Discard</source>
            <translation>É&amp;carter</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="258" />
            <source>Discard the chosen draft</source>
            <translation>Écarter le brouillon choisi</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="260" />
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="573" />
            <source>Accept all &amp;shown</source>
            <translation>Accepter tout ce qui est affic&amp;hé</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="261" />
            <source>Accept every draft in the list as one step</source>
            <translation>Accepter tous les brouillons de la liste en une seule étape</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="272" />
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="468" />
            <source>Source text</source>
            <translation>Texte source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="275" />
            <source>Which source text to draft from</source>
            <translation>À partir de quel texte source rédiger</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="281" />
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="531" />
            <source>Choose a draft: its sentence is highlighted here.</source>
            <translation>Choisissez un brouillon : sa phrase est surlignée ici.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="282" />
            <source>Where the chosen draft's evidence is</source>
            <translation>Où se trouve la preuve du brouillon choisi</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="288" />
            <source>Source text; the chosen draft's evidence is highlighted</source>
            <translation>Texte source ; la preuve du brouillon choisi est surlignée</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="296" />
            <source>Draft a&amp;gain</source>
            <translation>Rédi&amp;ger à nouveau</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="297" />
            <source>Draft again from the source as it is now; discarded drafts return</source>
            <translation>Rédiger à nouveau à partir de la source telle qu’elle est ; les brouillons écartés reviennent</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="302" />
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="345" />
            <source>Draf&amp;ts</source>
            <translation>&amp;Brouillons</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="346" />
            <source>Source te&amp;xt</source>
            <translation>Te&amp;xte source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="388" />
            <source>This source has no text to draft questions from. Add its text first (Sources, or “Edit text” beside the form).</source>
            <translation>Cette source n’a pas de texte à partir duquel rédiger des questions. Ajoutez d’abord son texte (Sources, ou « Modifier le texte » à côté du formulaire).</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="424" />
            <source>No questions could be drafted from this text: {exc}</source>
            <translation>Aucune question n’a pu être rédigée à partir de ce texte : {exc}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="461" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="468" />
            <source>Source: {title}</source>
            <translation>Source : {title}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="527" />
            <source>Evidence, {where}: “{quote}”</source>
            <translation>Preuve, {where} : « {quote} »</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="532" />
            <source>The drafts' sentences are highlighted here.</source>
            <translation>Les phrases des brouillons sont surlignées ici.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="535" />
            <source>⚠ The source text was changed: this draft's sentence is no longer in it. Press “Draft again”.</source>
            <translation>⚠ Le texte source a été modifié : la phrase de ce brouillon n’y est plus. Appuyez sur « Rédiger à nouveau ».</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="558" />
            <source>Its evidence: {where}, highlighted</source>
            <translation>Sa preuve : {where}, surlignée</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="573" />
            <source>Accept all &amp;shown ({n})</source>
            <translation>Accepter tout ce qui est affic&amp;hé ({n})</translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/suggest_panel.py" line="559" />
            <source> (and %n more sentence(s) the draft quotes).</source>
            <translation>
                <numerusform> (et %n autre phrase que le brouillon cite).</numerusform>
                <numerusform> (et %n autres phrases que le brouillon cite).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TextInput</name>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="169" />
            <source>Your answer</source>
            <translation>Votre réponse</translation>
        </message>
    </context>
    <context>
        <name>TrueFalseForm</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="22" />
            <source>The statement is &amp;true</source>
            <translation>L’affirmation est vrai&amp;e</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="23" />
            <source>The statement is &amp;false</source>
            <translation>L’affirmation est fa&amp;usse</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="24" />
            <source>The statement is true</source>
            <translation>L’affirmation est vraie</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="25" />
            <source>The statement is false</source>
            <translation>L’affirmation est fausse</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="37" />
            <source>Correction: the fact as the source states it</source>
            <translation>Correction : le fait tel que la source l’énonce</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="38" />
            <source>For a false statement: the fact as the source states it</source>
            <translation>Pour une affirmation fausse : le fait tel que la source l’énonce</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="40" />
            <source>C&amp;orrection:</source>
            <translation>C&amp;orrection :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="41" />
            <source>Feedback for a wrong answer</source>
            <translation>Commentaire pour une mauvaise réponse</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="41" />
            <source>Optional: shown after a wrong answer</source>
            <translation>Facultatif : affiché après une mauvaise réponse</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="43" />
            <source>Feedback if &amp;wrong:</source>
            <translation>Commentaire si &amp;faux :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="44" />
            <source>Feedback for a right answer</source>
            <translation>Commentaire pour une bonne réponse</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="44" />
            <source>Optional: shown after a right answer</source>
            <translation>Facultatif : affiché après une bonne réponse</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="46" />
            <source>Feedback if rig&amp;ht:</source>
            <translation>Commentaire si &amp;juste :</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/true_false.py" line="48" />
            <source>The validator looks for the words of a true statement, or of the correction of a false one, in the quote.</source>
            <translation>Le vérificateur cherche dans la citation les mots d’une affirmation vraie, ou de la correction d’une affirmation fausse.</translation>
        </message>
    </context>
    <context>
        <name>TrueFalseInput</name>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="147" />
            <source>True</source>
            <translation>Vrai</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="147" />
            <source>False</source>
            <translation>Faux</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="148" />
            <source>1 (T)</source>
            <translation>1 (T)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/answer_inputs.py" line="149" />
            <source>2 (F)</source>
            <translation>2 (F)</translation>
        </message>
    </context>
    <context>
        <name>TryAnswerBox</name>
        <message>
            <location filename="../quiz_app/ui/editor/forms/try_answer.py" line="20" />
            <source>Try an answer</source>
            <extracomment>grades a typed answer for a question (as a dict); set by the editor, which knows the set's sources</extracomment>
            <translation>Essayer une réponse</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/try_answer.py" line="25" />
            <source>Type what a student might answer: it is marked as in a scored round.</source>
            <translation>Tapez ce qu’un élève pourrait répondre : c’est noté comme dans une partie notée.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/try_answer.py" line="29" />
            <source>A student's answer</source>
            <translation>La réponse d’un élève</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/try_answer.py" line="30" />
            <source>An answer to try</source>
            <translation>Une réponse à essayer</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/try_answer.py" line="33" />
            <source>T&amp;ry it</source>
            <translation>Essa&amp;yer</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/try_answer.py" line="34" />
            <source>Try this answer</source>
            <translation>Essayer cette réponse</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/forms/try_answer.py" line="39" />
            <source>How the answer was marked</source>
            <translation>Comment la réponse a été notée</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../quiz_app/ui/app.py" line="266" />
            <source>your user data folder</source>
            <extracomment>the language every string of the code is written in the translators installed by :func:`install_translations`: owned here (no Qt parent), so one removed is also freed, however often the language is set the language of the translators in ``_installed`` (None: none installed by install_translations)</extracomment>
            <translation>votre dossier de données</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/app.py" line="267" />
            <source>you do not have permission to create it</source>
            <translation>vous n’avez pas le droit de le créer</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/app.py" line="268" />
            <source>a file with that name is in the way</source>
            <translation>un fichier portant ce nom est déjà là</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/app.py" line="270" />
            <source>History Quiz cannot use the folder {where} for its scores and settings: {reason}.
Choose another folder with --data-dir, or ask your school's IT support.</source>
            <translation>History Quiz ne peut pas utiliser le dossier {where} pour ses scores et ses paramètres : {reason}.
Choisissez un autre dossier avec --data-dir, ou demandez au service informatique de votre établissement.</translation>
        </message>
    </context>
    <context>
        <name>bank</name>
        <message>
            <location filename="../quiz_app/ui/editor/bank.py" line="151" />
            <source>No question of the {total} matches. Clear the filters (Esc in the search) to see them all.</source>
            <extracomment>Near-same questions are looked for among at most this many (every pair is compared: a bank larger than this is checked for exact repeats only, and the report says so). How alike two questions' prompt and answer must be (0-100, rapidfuzz's token-sort ratio) to be near-same. only questions that are in one of these groups of duplicates (indexes), when given</extracomment>
            <translation>Aucune des {total} questions ne correspond. Effacez les filtres (Échap dans la recherche) pour toutes les voir.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank.py" line="152" />
            <source>Showing {shown} of the {total} questions.</source>
            <translation>{shown} questions affichées sur {total}.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank.py" line="271" />
            <source>topics added: </source>
            <translation>thèmes ajoutés : </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank.py" line="273" />
            <source>topics taken off: </source>
            <translation>thèmes retirés : </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank.py" line="275" />
            <source>points set to {points:g}</source>
            <translation>points mis à {points:g}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank.py" line="277" />
            <source>difficulty set to {difficulty}</source>
            <translation>difficulté mise à {difficulty}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank.py" line="358" />
            <source> Their source text came along ({names}).</source>
            <translation> Leur texte source a suivi ({names}).</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank.py" line="360" />
            <source> Undo (Ctrl+Z) puts them back here; the other set keeps its copy.</source>
            <translation> Annuler (Ctrl+Z) les remet ici ; l’autre série garde sa copie.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/bank.py" line="365" />
            <source>Any type</source>
            <translation>Tous les types</translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/bank.py" line="278" />
            <source>%n question(s) changed ({changes}). Undo (Ctrl+Z) takes the change back in one step.</source>
            <translation>
                <numerusform>%n question modifiée ({changes}). Annuler (Ctrl+Z) défait le changement en une fois.</numerusform>
                <numerusform>%n questions modifiées ({changes}). Annuler (Ctrl+Z) défait le changement en une fois.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/bank.py" line="355" />
            <source>%n question(s) moved to “{target}” (as {ids}).</source>
            <translation>
                <numerusform>%n question déplacée vers « {target} » (sous {ids}).</numerusform>
                <numerusform>%n questions déplacées vers « {target} » (sous {ids}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/bank.py" line="356" />
            <source>%n question(s) copied to “{target}” (as {ids}).</source>
            <translation>
                <numerusform>%n question copiée dans « {target} » (sous {ids}).</numerusform>
                <numerusform>%n questions copiées dans « {target} » (sous {ids}).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cloze_gaps</name>
        <message>
            <location filename="../quiz_app/ui/editor/cloze_gaps.py" line="20" />
            <source>Typed answer</source>
            <extracomment>the kinds of gap, in the words of the form</extracomment>
            <translation>Réponse à taper</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/cloze_gaps.py" line="21" />
            <source>Number</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/cloze_gaps.py" line="22" />
            <source>Drop-down</source>
            <translation>Liste déroulante</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/cloze_gaps.py" line="23" />
            <source>Word bank</source>
            <translation>Liste de mots</translation>
        </message>
    </context>
    <context>
        <name>cloze_passage</name>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="35" />
            <source>type the words</source>
            <extracomment>what a gap is, in words (its accessible name says it: "Gap 2 of 3, drop-down")</extracomment>
            <translation>tapez les mots</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="36" />
            <source>type a number</source>
            <translation>tapez un nombre</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="37" />
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="42" />
            <source>drop-down</source>
            <translation>liste déroulante</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="38" />
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="43" />
            <source>word bank</source>
            <translation>liste de mots</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="40" />
            <source>typed</source>
            <extracomment>what a gap was, in the feedback ("Gap 2 (drop-down): ✓ right ...")</extracomment>
            <translation>à taper</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="41" />
            <source>number</source>
            <translation>nombre</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="45" />
            <source> ✓ used</source>
            <extracomment>after a word-bank word in a gap's list when another gap holds it already</extracomment>
            <translation> ✓ utilisé</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="87" />
            <source> gap {number} </source>
            <extracomment>how many words before a gap its accessible description repeats</extracomment>
            <translation> trou {number} </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="336" />
            <source>Gap {number} ({kind})</source>
            <translation>Trou {number} ({kind})</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="340" />
            <source>{gap}: ✗ left empty. The text says “{answer}”.</source>
            <translation>{gap} : ✗ laissé vide. Le texte dit « {answer} ».</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="343" />
            <source>{gap}: ✓ right, “{answer}”.</source>
            <translation>{gap} : ✓ juste, « {answer} ».</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="345" />
            <source>{gap}: ✓ right, you chose “{given}”; the text says “{answer}”.</source>
            <translation>{gap} : ✓ juste, vous avez choisi « {given} » ; le texte dit « {answer} ».</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="346" />
            <source>{gap}: ✓ right, you wrote “{given}”; the text says “{answer}”.</source>
            <translation>{gap} : ✓ juste, vous avez écrit « {given} » ; le texte dit « {answer} ».</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="349" />
            <source>{gap}: ✗ not right, you chose “{given}”; the text says “{answer}”.</source>
            <translation>{gap} : ✗ pas juste, vous avez choisi « {given} » ; le texte dit « {answer} ».</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="351" />
            <source>{gap}: ✗ not right, you wrote “{given}”; the text says “{answer}”.</source>
            <translation>{gap} : ✗ pas juste, vous avez écrit « {given} » ; le texte dit « {answer} ».</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="374" />
            <source> empty</source>
            <translation> vide</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/widgets/cloze_passage.py" line="375" />
            <source> you: {given}</source>
            <translation> vous : {given}</translation>
        </message>
    </context>
    <context>
        <name>document</name>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="279" />
            <source>(no question text yet)</source>
            <translation>(pas encore de texte de question)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="487" />
            <source>Question {number}</source>
            <translation>Question {number}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="493" />
            <source>the set</source>
            <translation>la série</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="592" />
            <source>Fill it in in the form.</source>
            <extracomment>The file checker's advice (written for a file) as the editor's form says it.</extracomment>
            <translation>Remplissez-le dans le formulaire.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="640" />
            <source>No question is complete yet: every question still has problems to fix.</source>
            <translation>Aucune question n’est encore complète : chaque question a encore des problèmes à corriger.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="646" />
            <source>The set details or sources have problems to fix first (see the list of problems).</source>
            <translation>Les détails de la série ou les sources ont d’abord des problèmes à corriger (voir la liste des problèmes).</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="698" />
            <source>Saved to {written} as a draft. Set its status to Ready (Set and rounds) to allow scored rounds.</source>
            <translation>Enregistrée dans {written} comme brouillon. Mettez son statut à Prête (Série et parties) pour permettre les parties notées.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="699" />
            <source>Saved to {written}: ready for scored rounds.</source>
            <translation>Enregistrée dans {written} : prête pour les parties notées.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="708" />
            <source>Trying {count} of the {complete} questions as a student (a round asks {count}: change it in Set and rounds, “Questions per round”): a practice round that records nothing.</source>
            <translation>Essai de {count} des {complete} questions comme un élève (une partie en pose {count} : changez-le dans Série et parties, « Questions par partie ») : une partie d’entraînement qui n’enregistre rien.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="720" />
            <source>✓ No problems</source>
            <translation>✓ Aucun problème</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="764" />
            <source>the question</source>
            <translation>la question</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="494" />
            <source>{mark} Set, {place}: {problem}</source>
            <translation>{mark} Série, {place} : {problem}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="59" />
            <source>Select the passage in the source text beside the form, or use “Suggest evidence”.</source>
            <extracomment>Hints the validator does not give, for the problems a teacher meets while building a question.</extracomment>
            <translation>Sélectionnez le passage dans le texte source à côté du formulaire, ou utilisez « Suggérer une preuve ».</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="61" />
            <source>Write the question as the student will read it.</source>
            <translation>Écrivez la question telle que l’élève la lira.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="62" />
            <source>Say in plain words why the answer is right; students read it after answering.</source>
            <translation>Dites en mots simples pourquoi la réponse est juste ; les élèves le lisent après avoir répondu.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="64" />
            <source>Tick at least one of the topics: {topics}.</source>
            <translation>Cochez au moins un des thèmes : {topics}.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="65" />
            <source>Type the number as the source gives it (digits, for example 135000).</source>
            <translation>Tapez le nombre comme la source le donne (en chiffres, par exemple 135000).</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="389" />
            <source>question text</source>
            <translation>texte de la question</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="390" />
            <source>explanation</source>
            <translation>explication</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="391" />
            <source>topics</source>
            <translation>thèmes</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="392" />
            <source>difficulty</source>
            <translation>difficulté</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="393" />
            <source>points</source>
            <translation>points</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="394" />
            <source>id</source>
            <translation>identifiant</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="395" />
            <source>reason</source>
            <translation>raison</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="396" />
            <location filename="../quiz_app/ui/editor/document.py" line="445" />
            <source>evidence</source>
            <translation>preuve</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="397" />
            <source>quote</source>
            <translation>citation</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="398" />
            <location filename="../quiz_app/ui/editor/document.py" line="428" />
            <source>source</source>
            <translation>source</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="399" />
            <source>choice</source>
            <translation>choix</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="400" />
            <source>accepted answer</source>
            <translation>réponse acceptée</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="401" />
            <source>event</source>
            <translation>événement</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="402" />
            <source>pair</source>
            <translation>paire</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="403" />
            <source>extra option</source>
            <translation>option en plus</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="404" />
            <source>number</source>
            <translation>nombre</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="405" />
            <source>tolerance</source>
            <translation>tolérance</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="406" />
            <source>unit</source>
            <translation>unité</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="407" />
            <source>true/false</source>
            <translation>vrai/faux</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="408" />
            <source>correction</source>
            <translation>correction</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="409" />
            <location filename="../quiz_app/ui/editor/document.py" line="416" />
            <source>feedback</source>
            <translation>commentaire</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="410" />
            <source>statement</source>
            <translation>affirmation</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="411" />
            <source>text</source>
            <translation>texte</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="412" />
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="413" />
            <source>left</source>
            <translation>gauche</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="414" />
            <source>right</source>
            <translation>droite</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="415" />
            <source>correct</source>
            <translation>juste</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="417" />
            <source>type</source>
            <translation>type</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="418" />
            <source>gap</source>
            <translation>trou</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="419" />
            <source>kind</source>
            <translation>type</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="420" />
            <source>weight</source>
            <translation>poids</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="421" />
            <source>extra bank words</source>
            <translation>mots hors trous de la liste</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="422" />
            <source>title</source>
            <translation>titre</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="423" />
            <source>description</source>
            <translation>description</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="424" />
            <source>authors</source>
            <translation>auteurs</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="425" />
            <source>language</source>
            <translation>langue</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="426" />
            <source>status</source>
            <translation>statut</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="427" />
            <source>round defaults</source>
            <translation>réglages des parties</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="429" />
            <source>questions per round</source>
            <translation>questions par partie</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="430" />
            <source>time limit</source>
            <translation>limite de temps</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="431" />
            <source>pass mark</source>
            <translation>seuil de réussite</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="432" />
            <source>format version</source>
            <translation>version du format</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="433" />
            <source>questions</source>
            <translation>questions</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="460" />
            <source>still empty</source>
            <extracomment>The mark of each kind of problem: an error to fix (it stops scored rounds), an item-quality warning (worth a look, never blocking) and a teacher-verified note (already answered for). The structural messages of the file checker (``quiz-bank validate``, written for a file) said as a teacher in the editor reads them: the place before the colon already names the field.</extracomment>
            <translation>encore vide</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="461" />
            <source>not filled in yet</source>
            <translation>pas encore rempli</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="463" />
            <source>not a number: type digits, for example 135000</source>
            <translation>pas un nombre : tapez des chiffres, par exemple 135000</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="464" />
            <source>not a whole number: type digits, for example 3</source>
            <translation>pas un nombre entier : tapez des chiffres, par exemple 3</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="465" />
            <source>too few: give at least {count}</source>
            <translation>trop peu : donnez-en au moins {count}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="466" />
            <source>too many: give at most {count}</source>
            <translation>trop : donnez-en au plus {count}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="490" />
            <source>{mark} {question}, {place}: {problem}</source>
            <translation>{mark} {question}, {place} : {problem}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="492" />
            <source>{mark} {question}: {problem}</source>
            <translation>{mark} {question} : {problem}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="657" />
            <source>{place}: {problem}</source>
            <translation>{place} : {problem}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="657" />
            <source>question</source>
            <translation>question</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="765" />
            <source>Finish the question first: {where}: {problem}.</source>
            <translation>Terminez d’abord la question : {where} : {problem}.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="782" />
            <source>Fill at least one gap to see how it would be marked.</source>
            <translation>Remplissez au moins un trou pour voir comment ce serait noté.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="794" />
            <source>{number} % of the points.</source>
            <translation>{number} % des points.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="797" />
            <source>Gap {n}: left empty (the answer is “{answer}”).</source>
            <translation>Trou {n} : laissé vide (la réponse est « {answer} »).</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="800" />
            <source>Gap {n}: </source>
            <translation>Trou {n} : </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="800" />
            <source>✓ accepted</source>
            <translation>✓ acceptée</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="800" />
            <source>✗ not accepted (the answer is “{answer}”)</source>
            <translation>✗ refusée (la réponse est « {answer} »)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="811" />
            <source>Type an answer to see how it would be marked.</source>
            <translation>Tapez une réponse pour voir comment elle serait notée.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="820" />
            <source>Accepted</source>
            <translation>Acceptée</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="820" />
            <source>Partly accepted</source>
            <translation>Acceptée en partie</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/document.py" line="820" />
            <source>Not accepted</source>
            <translation>Refusée</translation>
        </message>
        <message numerus="yes">
            <source> · %n problem(s)</source>
            <translation>
                <numerusform> · %n problème</numerusform>
                <numerusform> · %n problèmes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %n warning(s)</source>
            <translation>
                <numerusform> · %n avertissement</numerusform>
                <numerusform> · %n avertissements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n question(s) quote words that are no longer in the source (questions {listed}). Select one to see the closest passage and “Use this passage”.</source>
            <translation>
                <numerusform>⚠ %n question cite des mots qui ne sont plus dans la source (questions {listed}). Choisissez-en une pour voir le passage le plus proche et « Utiliser ce passage ».</numerusform>
                <numerusform>⚠ %n questions citent des mots qui ne sont plus dans la source (questions {listed}). Choisissez-en une pour voir le passage le plus proche et « Utiliser ce passage ».</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> %n incomplete question is left out (question {numbers}).</source>
            <translation>
                <numerusform> %n question incomplète est laissée de côté (question {numbers}).</numerusform>
                <numerusform> %n questions incomplètes sont laissées de côté (questions {numbers}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> %n incomplete questions are left out (question {numbers}).</source>
            <translation>
                <numerusform> %n question incomplète est laissée de côté (question {numbers}).</numerusform>
                <numerusform> %n questions incomplètes sont laissées de côté (questions {numbers}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/document.py" line="706" />
            <source>Trying %n question(s) as a student: a practice round that records nothing.</source>
            <translation>
                <numerusform>Essai de %n question comme un élève : une partie d’entraînement qui n’enregistre rien.</numerusform>
                <numerusform>Essai de %n questions comme un élève : une partie d’entraînement qui n’enregistre rien.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/document.py" line="719" />
            <source>⚠ %n problem(s) · saved as a draft</source>
            <translation>
                <numerusform>⚠ %n problème · enregistrée comme brouillon</numerusform>
                <numerusform>⚠ %n problèmes · enregistrée comme brouillon</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/document.py" line="725" />
            <source>%n suggested question added. Undo (Ctrl+Z) takes it out again.</source>
            <translation>
                <numerusform>%n question suggérée ajoutée. Annuler (Ctrl+Z) la retire.</numerusform>
                <numerusform>%n questions suggérées ajoutées. Annuler (Ctrl+Z) les retire.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/document.py" line="727" />
            <source>%n suggested questions added. Undo (Ctrl+Z) takes them out again.</source>
            <translation>
                <numerusform>%n question suggérée ajoutée. Annuler (Ctrl+Z) la retire.</numerusform>
                <numerusform>%n questions suggérées ajoutées. Annuler (Ctrl+Z) les retire.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/document.py" line="695" />
            <source>Saved as a draft to {written}: %n problem(s) to fix before students can play it for a score (they can practise it).</source>
            <translation>
                <numerusform>Enregistrée comme brouillon dans {written} : %n problème à corriger avant que les élèves puissent la jouer en partie notée (ils peuvent s’entraîner).</numerusform>
                <numerusform>Enregistrée comme brouillon dans {written} : %n problèmes à corriger avant que les élèves puissent la jouer en partie notée (ils peuvent s’entraîner).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>feedback_screen</name>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="36" />
            <source>✗  Not answered</source>
            <translation>✗  Sans réponse</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="38" />
            <source>✓  Right!</source>
            <translation>✓  Juste !</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="42" />
            <source>◐  Partly right: {credit}</source>
            <translation>◐  En partie juste : {credit}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/feedback_screen.py" line="43" />
            <source>✗  Not right</source>
            <translation>✗  Pas juste</translation>
        </message>
    </context>
    <context>
        <name>grading</name>
        <message>
            <location filename="../quiz_app/grading.py" line="387" />
            <source>Not answered.</source>
            <extracomment>the response as given, in the shape of the module docstring (sets become sorted lists) the response written out for a person ("Kim Il Sung", "June 27", "A → B; C → D") the canonical correct answer (``question.answer_text()``) the set's feedback on the wrong option(s) the student chose, when it has any e.g. "Accepted — the exact spelling is 'Syngman Rhee'", or why an answer could not be read share of the points earned: 0..1, below 0 only with negative marking per part: multiple_select -&gt; per original choice, "decided right"; ordering -&gt; per student position, "item in its right place"; matching -&gt; per left item, "matched right"; cloze -&gt; per gap, "filled right"; else ()</extracomment>
            <translation>Sans réponse.</translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="426" />
            <source>No choice was ticked.</source>
            <translation>Aucun choix n’a été coché.</translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="439" />
            <source>The source says: {correction}</source>
            <translation>Le texte source dit : {correction}</translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="606" />
            <source>Right: read as “{answer}”.</source>
            <extracomment>the world wars by their other names: a student who writes "World War II" or "WWII" for the text's "Second World War" names the same war (set 14: only "Second World War" and "2nd World War" were accepted) a sea or ocean the text names by its adjective alone ("the Mediterranean", "the Baltic", "the Pacific") "or", "and", "nor" or ";" between two numbers ("25 or 26 March", "1950 and 1951"; not "26/03/1821", "May 5, 1950")</extracomment>
            <translation>Juste : lu comme « {answer} ».</translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="609" />
            <source>This answer only repeats words of the question.</source>
            <translation>Cette réponse ne fait que reprendre des mots de la question.</translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="713" />
            <location filename="../quiz_app/grading.py" line="902" />
            <source>No answer was typed.</source>
            <extracomment>the kind of thing a question asks for, after "which" or "what ... the": "At which battle", "What was the war" a long vowel written as romanised Japanese often writes it without the macron: "ou", "oo", "oh" for ō, "uu" for ū kinds of things whose name is a name written before or after the kind: "Boshin War", "Lake Superior"</extracomment>
            <translation>Aucune réponse n’a été tapée.</translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="719" />
            <location filename="../quiz_app/grading.py" line="734" />
            <source>Accepted — the exact spelling is '{acc}'</source>
            <translation>Accepté — l’orthographe exacte est « {acc} »</translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="727" />
            <source>Right: the text says “{source_phrase}”.</source>
            <translation>Juste : le texte dit « {source_phrase} ».</translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="740" />
            <location filename="../quiz_app/grading.py" line="745" />
            <source>This answer names more than one thing; only one answer can be right, so give one.</source>
            <translation>Cette réponse nomme plusieurs choses ; une seule réponse peut être juste, donnez-en une seule.</translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="793" />
            <location filename="../quiz_app/grading.py" line="798" />
            <source>the day</source>
            <translation>le jour</translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="793" />
            <location filename="../quiz_app/grading.py" line="798" />
            <source>the month</source>
            <translation>le mois</translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="793" />
            <location filename="../quiz_app/grading.py" line="799" />
            <source>the year</source>
            <translation>l’année</translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="795" />
            <source> and </source>
            <translation> et </translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="797" />
            <source>This could not be read as a date: give {asked}, e.g. 4 July 1776 or July 4, 1776.</source>
            <translation>Impossible de lire cette réponse comme une date : donnez {asked}, par exemple 4 July 1776 ou July 4, 1776 (les mois en anglais, comme dans le texte).</translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="801" />
            <source>The question asks for {asked}; this answer does not give {missing}.</source>
            <translation>La question demande {asked} ; cette réponse ne donne pas {missing}.</translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="801" />
            <source> or </source>
            <translation> ni </translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="867" />
            <source>type the month, e.g. June or 6.</source>
            <translation>tapez le mois, par exemple June ou 6.</translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="869" />
            <source>type the year in digits, e.g. 1950.</source>
            <translation>tapez l’année en chiffres, par exemple 1950.</translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="872" />
            <source>type the day of the month, e.g. 25.</source>
            <translation>tapez le jour du mois, par exemple 25.</translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="873" />
            <source>type it in digits, e.g. 135000 or 135,000, or in words, e.g. two million.</source>
            <translation>tapez-le en chiffres, par exemple 135000 ou 135,000, ou en lettres (en anglais), par exemple two million.</translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="906" />
            <source>The text's year is {era}, not {typed}.</source>
            <translation>L’année du texte est {era}, pas {typed}.</translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="917" />
            <source>Give one number, not several.</source>
            <translation>Donnez un seul nombre, pas plusieurs.</translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="918" />
            <source>No number could be read from this answer; </source>
            <translation>Aucun nombre n’a pu être lu dans cette réponse ; </translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="925" />
            <source>Right: read as {say}, which is {value}{unit}.</source>
            <translation>Juste : lu comme {say}, soit {value}{unit}.</translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="930" />
            <source>Accepted — read as {text}; the source gives {shown}</source>
            <translation>Accepté — lu comme {text} ; le texte source donne {shown}</translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="931" />
            <source>Accepted — the source gives {shown}</source>
            <translation>Accepté — le texte source donne {shown}</translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="971" />
            <source>Nothing was matched.</source>
            <translation>Rien n’a été associé.</translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="1006" />
            <source>This sentence holds only part of the quote.</source>
            <translation>Cette phrase ne contient qu’une partie de la citation.</translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="1108" />
            <source>Gap {n}: {note}</source>
            <translation>Trou {n} : {note}</translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="1110" />
            <source>Gaps {first} to {last} are one list in the text: their answers count in any order.</source>
            <translation>Les trous {first} à {last} forment une seule liste dans le texte : leurs réponses comptent dans n’importe quel ordre.</translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="1171" />
            <source>Right: this is the accepted answer.</source>
            <translation>Juste : c’est la réponse acceptée.</translation>
        </message>
        <message>
            <location filename="../quiz_app/grading.py" line="1173" />
            <source>Not accepted. The accepted answer is {answer_text}.</source>
            <translation>Non acceptée. La réponse acceptée est {answer_text}.</translation>
        </message>
        <message numerus="yes">
            <source>{empty} of %n gap(s) left empty.</source>
            <translation>
                <numerusform>Trou laissé vide : {empty} sur %n.</numerusform>
                <numerusform>Trous laissés vides : {empty} sur %n.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../question_bank/answers.py" line="571" />
            <source>Give the ruler's number too ({name}).</source>
            <extracomment>personal titles and ranks, in their long form ("gen" is read as "general") given names: a name that opens with one is a person's ("Alexander Mackenzie", "Cuthbert Grant"), so the surname alone names him, as a teacher reads it, even where the text never writes the surname alone nouns that say what kind of thing a name is ("the island of Taiwan", "a UN military force") generic nouns that may be left out when what remains still names the thing ("the Naktong", "24th Infantry") the kind of land a realm's name opens with, before "of" and the land's own name (not "republic": the Republic of China is not the People's Republic) standard abbreviations: (typed form, must be written in capitals) -&gt; the words punctuation (a comma, a full stop, a bracket) stands between this word and the one before the possessive-free form: "people" for "People's", "kim" for "Kim's" words the text uses alone as a name ("Truman, determined to ...", "Kim's army") every run of capitalised words (names), as tuples of words words the text writes as a family's name ("the Tokugawa family", "the house of Tudor") the text writes Japanese names family name first ("Ōkubo Toshimichi" ... "Ōkubo was murdered") where each word form is written: (norm -&gt; positions, possessive-free form -&gt; positions), built the first time an answer is looked for (see ``positions_of``) words that may follow a name used alone as the subject: "Khrushchev sent", "Castro soon turned" the Arabic article as names write it, joined to the name by a hyphen ("al-Umari", "an-Nasir", "ash-Shafi'i") a word of romanised Japanese (Hepburn): syllables of a consonant (or none) and a vowel, a syllabic "n", a doubled consonant; never "si", "ti", "tu", "di", "du", "hu", "l", "v", "x", "q" ("Sundiata", "Kim", "Syngman" are not) the words of the source the answer matched, as written there why it was not accepted although it is close (shown to the student), or "" a ruler's number after the first name ("Constantine XI", "Henry VI"; "I" only as a whole word)</extracomment>
            <translation>Donnez aussi le numéro du souverain ({name}).</translation>
        </message>
        <message>
            <location filename="../question_bank/answers.py" line="594" />
            <source>The text names more than one person called {name}; give the full name.</source>
            <translation>Le texte nomme plus d’une personne appelée {name} ; donnez le nom complet.</translation>
        </message>
    </context>
    <context>
        <name>memory</name>
        <message>
            <location filename="../quiz_app/scores/memory.py" line="143" />
            <source>today</source>
            <extracomment>the ratings as stored (``reviews.rating``): the values of ``fsrs.Rating`` (a test checks they agree) Leitner box -&gt; days, the rule the app used before FSRS (kept for migrating old files and the benchmark) days after the last review at which the chance to remember it has fallen to 90 % 1 (easy) .. 10 (hard), FSRS's difficulty when it is due again, unix seconds the last graded answer, unix seconds</extracomment>
            <translation>aujourd’hui</translation>
        </message>
        <message>
            <location filename="../quiz_app/scores/memory.py" line="143" />
            <source>next review today</source>
            <translation>prochaine révision aujourd’hui</translation>
        </message>
        <message>
            <location filename="../quiz_app/scores/memory.py" line="145" />
            <source>tomorrow</source>
            <translation>demain</translation>
        </message>
        <message>
            <location filename="../quiz_app/scores/memory.py" line="145" />
            <source>next review tomorrow</source>
            <translation>prochaine révision demain</translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/scores/memory.py" line="146" />
            <source>in %n day(s)</source>
            <translation>
                <numerusform>dans %n jour</numerusform>
                <numerusform>dans %n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/scores/memory.py" line="147" />
            <source>next review in %n day(s)</source>
            <translation>
                <numerusform>prochaine révision dans %n jour</numerusform>
                <numerusform>prochaine révision dans %n jours</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>printing</name>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="92" />
            <source>“{path}” could not be written.</source>
            <translation>« {path} » n’a pas pu être écrit.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="94" />
            <source>“{path}” cannot be written: {reason}.</source>
            <translation>« {path} » ne peut pas être écrit : {reason}.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="147" />
            <source>“{path}” cannot be written: the folder may be read-only or the disk full.</source>
            <translation>« {path} » ne peut pas être écrit : le dossier est peut-être en lecture seule ou le disque plein.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="151" />
            <source>“{path}” could not be written completely (page {page}).</source>
            <translation>« {path} » n’a pas pu être écrit en entier (page {page}).</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="179" />
            <source>Worksheet</source>
            <extracomment>the printed documents, named in the dialog (translated there; the PDF itself is in the worksheet's English)</extracomment>
            <translation>Fiche d’exercices</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="179" />
            <source>Answer key</source>
            <translation>Corrigé</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="180" />
            <source>Answer grid</source>
            <translation>Grille de réponses</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="214" />
            <source>Type a file name for the PDF, or choose where to save it.</source>
            <translation>Tapez un nom de fichier pour le PDF, ou choisissez où l’enregistrer.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="217" />
            <location filename="../quiz_app/ui/printing.py" line="220" />
            <source>“{path}” is a folder. Add a file name for the PDF, for example “{example}”.</source>
            <translation>« {path} » est un dossier. Ajoutez un nom de fichier pour le PDF, par exemple « {example} ».</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/printing.py" line="225" />
            <source>The folder “{folder}” does not exist. Choose another place.</source>
            <translation>Le dossier « {folder} » n’existe pas. Choisissez un autre emplacement.</translation>
        </message>
    </context>
    <context>
        <name>problems_panel</name>
        <message>
            <location filename="../quiz_app/ui/editor/problems_panel.py" line="25" />
            <source>No questions yet: add one to play the set</source>
            <translation>Pas encore de question : ajoutez-en une pour jouer la série</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/problems_panel.py" line="27" />
            <source>No problems · the set is a draft: set its status to Ready (Set and rounds) for scored rounds</source>
            <translation>Aucun problème · la série est un brouillon : mettez son statut à Prête (Série et parties) pour les parties notées</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/problems_panel.py" line="29" />
            <source>No problems: the set can be played for a score</source>
            <translation>Aucun problème : la série peut être jouée en partie notée</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/problems_panel.py" line="33" />
            <source> · warnings not checked here for a set this large (use “quiz-bank validate”)</source>
            <translation> · avertissements non vérifiés ici pour une série aussi grande (utilisez « quiz-bank validate »)</translation>
        </message>
        <message>
            <source> · {notices} teacher-verified</source>
            <translation type="vanished"> · {notices} vérifiée(s) par l’enseignant</translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/problems_panel.py" line="23" />
            <source>%n problem(s) to fix</source>
            <translation>
                <numerusform>%n problème à corriger</numerusform>
                <numerusform>%n problèmes à corriger</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/problems_panel.py" line="31" />
            <source> · %n warning(s) to look at</source>
            <translation>
                <numerusform> · %n avertissement à examiner</numerusform>
                <numerusform> · %n avertissements à examiner</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/problems_panel.py" line="35" />
            <source> · %n teacher-verified</source>
            <translation>
                <numerusform> · %n vérifiée par l’enseignant</numerusform>
                <numerusform> · %n vérifiées par l’enseignant</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>progress</name>
        <message>
            <location filename="../quiz_app/scores/progress.py" line="87" />
            <source>the title</source>
            <extracomment>the topic's questions (in the chosen set, or every set the student has played) how many of them the student is likely to remember now: chance of recall at least ``LIKELY_RECALL`` 1-based position among the source's blocks (``Passage.index + 1``): what finds the paragraph again the number a reader gives it (``evidence.paragraph_number``: the title and headings are not counted); None for a title or heading</extracomment>
            <translation>le titre</translation>
        </message>
        <message>
            <location filename="../quiz_app/scores/progress.py" line="87" />
            <source>a heading</source>
            <translation>un intertitre</translation>
        </message>
        <message>
            <location filename="../quiz_app/scores/progress.py" line="88" />
            <source>paragraph {number}</source>
            <translation>paragraphe {number}</translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/scores/progress.py" line="41" />
            <source>likely to remember {likely} of the %n question(s) on {where}</source>
            <translation>
                <numerusform>{where} : vous retiendrez probablement {likely} question sur %n</numerusform>
                <numerusform>{where} : vous retiendrez probablement {likely} des %n questions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>question_screen</name>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="47" />
            <source>Press {keys} to choose, then Enter.</source>
            <translation>Appuyez sur {keys} pour choisir, puis sur Entrée.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="48" />
            <source>Tick every answer that is right ({keys}, or Space), then Enter.</source>
            <translation>Cochez toutes les réponses justes ({keys}, ou Espace), puis appuyez sur Entrée.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="49" />
            <source>Press T or F (or 1 or 2), then Enter.</source>
            <translation>Appuyez sur 1 (vrai) ou 2 (faux) — ou sur T ou F —, puis sur Entrée.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="50" />
            <source>Type a number, then Enter.</source>
            <translation>Tapez un nombre, puis appuyez sur Entrée.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="51" />
            <source>Type your answer, then Enter.</source>
            <translation>Tapez votre réponse, puis appuyez sur Entrée.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="52" />
            <source>Put the earliest at the top: select an event and press Alt+Up / Alt+Down (or drag it). Then Enter.</source>
            <translation>Mettez le plus ancien en haut : sélectionnez un événement et appuyez sur Alt+Haut / Alt+Bas (ou faites-le glisser). Puis Entrée.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="53" />
            <source>Choose a partner for each item (Tab moves between them), then Enter.</source>
            <translation>Choisissez un associé pour chaque élément (Tab passe de l’un à l’autre), puis appuyez sur Entrée.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="54" />
            <source>Choose the sentence with the arrow keys, then Enter.</source>
            <translation>Choisissez la phrase avec les flèches, puis appuyez sur Entrée.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="55" />
            <source>Fill the gaps: Tab moves to the next gap; type, or choose with the arrow keys{bank}. Then Enter.</source>
            <translation>Remplissez les trous : Tab passe au trou suivant ; tapez, ou choisissez avec les flèches{bank}. Puis Entrée.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="62" />
            <source>1 or A</source>
            <translation>1 ou A</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="64" />
            <source>1–9, 0</source>
            <translation>1–9, 0</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="65" />
            <source>{digits} or A–{letter}</source>
            <translation>{digits} ou A–{letter}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="75" />
            <source> (in a word-bank gap, press a word's number)</source>
            <translation> (dans un trou de la liste de mots, tapez le numéro d’un mot)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="95" />
            <source>A number, e.g. 1,250</source>
            <translation>Un nombre, par exemple 1250</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/question_screen.py" line="97" />
            <source>Your answer in a few words</source>
            <translation>Votre réponse en quelques mots</translation>
        </message>
    </context>
    <context>
        <name>report_screen</name>
        <message>
            <location filename="../quiz_app/ui/report_screen.py" line="79" />
            <source>Not enough answers to tell</source>
            <translation>Pas assez de réponses pour le dire</translation>
        </message>
        <message>
            <source>very hard</source>
            <translation type="vanished">très difficile</translation>
        </message>
        <message>
            <source>very easy</source>
            <translation type="vanished">très facile</translation>
        </message>
        <message>
            <source>weaker students did better: check the question</source>
            <translation type="vanished">les élèves en difficulté ont mieux réussi : vérifiez la question</translation>
        </message>
        <message>
            <source>does not separate strong and weak students</source>
            <translation type="vanished">ne distingue pas les élèves à l’aise des élèves en difficulté</translation>
        </message>
    </context>
    <context>
        <name>results_screen</name>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="37" />
            <source>{minutes} min {secs:02d} s</source>
            <translation>{minutes} min {secs:02d} s</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/results_screen.py" line="38" />
            <source>{secs} s</source>
            <translation>{secs} s</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <location filename="../quiz_app/round_settings.py" line="30" />
            <source>Practice</source>
            <translation>Entraînement</translation>
        </message>
        <message>
            <location filename="../quiz_app/round_settings.py" line="30" />
            <source>Scored round</source>
            <translation>Partie notée</translation>
        </message>
        <message>
            <location filename="../quiz_app/round_settings.py" line="30" />
            <source>Review mistakes</source>
            <translation>Revoir mes erreurs</translation>
        </message>
        <message>
            <location filename="../quiz_app/round_settings.py" line="31" />
            <source>Spaced review</source>
            <translation>Révision espacée</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="127" />
            <source>sure</source>
            <extracomment>Moodle's certainty-based marking, in multiples of the question's points: (if right, if wrong)</extracomment>
            <translation>sûr</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="127" />
            <source>fairly sure</source>
            <translation>assez sûr</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="127" />
            <source>not sure</source>
            <translation>pas sûr</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="140" />
            <source>You were {certainty}: {mark}.</source>
            <translation>Vous étiez {certainty} : {mark}.</translation>
        </message>
        <message>
            <location filename="../quiz_app/round_settings.py" line="139" />
            <source>{minutes} min {secs} s</source>
            <extracomment>None: the student's own factor (from the profile); 1.5 gives 50 % more time certainty-based marking: each answer comes with "sure", "fairly_sure" or "not_sure" (see CBM_MARKS) what ``RoundSettings.to_json`` leaves out, for settings JSON version 1 (never change; add a version) version 2 adds certainty-based marking (never change; add a version)</extracomment>
            <translation>{minutes} min {secs} s</translation>
        </message>
        <message>
            <location filename="../quiz_app/round_settings.py" line="140" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <location filename="../quiz_app/round_settings.py" line="140" />
            <source>{secs} s</source>
            <translation>{secs} s</translation>
        </message>
        <message>
            <location filename="../quiz_app/round_settings.py" line="153" />
            <source>no time limit</source>
            <translation>sans limite de temps</translation>
        </message>
        <message>
            <location filename="../quiz_app/round_settings.py" line="157" />
            <source>{time} for the whole round</source>
            <translation>{time} pour toute la partie</translation>
        </message>
        <message>
            <location filename="../quiz_app/round_settings.py" line="159" />
            <source> ({time}, with your extra time × {factor:g})</source>
            <translation> ({time}, avec votre temps supplémentaire × {factor:g})</translation>
        </message>
        <message>
            <location filename="../quiz_app/round_settings.py" line="162" />
            <source>say how sure you are with each answer (sure: +3 or -6, fairly sure: +2 or -2, not sure: +1 or 0)</source>
            <translation>dites si vous êtes sûr à chaque réponse (sûr : +3 ou -6, assez sûr : +2 ou -2, pas sûr : +1 ou 0)</translation>
        </message>
        <message>
            <location filename="../quiz_app/round_settings.py" line="164" />
            <source>pass mark {percent:g}%</source>
            <translation>seuil de réussite {percent:g} %</translation>
        </message>
        <message>
            <location filename="../quiz_app/round_settings.py" line="166" />
            <source>feedback at the end</source>
            <translation>correction à la fin</translation>
        </message>
        <message>
            <location filename="../quiz_app/round_settings.py" line="168" />
            <source>not scored: counted over the questions you answer</source>
            <translation>non notée : calculée sur les questions auxquelles vous répondez</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="289" />
            <source>{right} of {parts} right</source>
            <extracomment>seconds left at which a timed round warns (a minute, then 20 seconds) how much "Add time" gives in a practice round the paragraph(s) holding the quote, verbatim where ``text`` starts in the source text the quote's span within ``text`` (highlight it) the quote's span in the whole source text multiple_choice / multiple_select: choices in display order ordering: the shuffled start order of the items (never already solved) matching: left items in display order matching: right options (index into ``right_options``) in display order matching: the pairs' rights then the distractors, in index order cite: the sentences of the evidence source to choose from (response = ``Passage.index``) the evidence source (cite shows it; every result cites it) cloze: per gap in reading order, what the student chooses from in display order: a drop-down's answer and distractors shuffled, the word bank for a word-bank gap, () for a typed gap. The response is the chosen text, so these orders never need translating back cloze: the shared word bank, shuffled once for the whole passage (every word-bank gap offers it in this order) the grade; for an unanswered question (time up / round ended) a skipped result the student was shown this question (a question never reached is neither missed nor revealed) certainty-based marking: how sure the student said they were ("sure", "fairly_sure", "not_sure")</extracomment>
            <translation>{right} sur {parts} justes</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="290" />
            <source>{points} of {possible} points</source>
            <translation>{points} points sur {possible}</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="335" />
            <source>{certainty} on {answers} ({right} right)</source>
            <extracomment>the questions shown and not fully right, in round order: wrong, partly right or skipped, and in a scored round also the one on screen when time ran out (practice and reviews count answers only) questions the student was shown (answered, or on screen when the round ended) questions of a scored round never shown (time up, round ended early): 0 points, answers not revealed (question id, days until it comes back) for each answer whose memory state was updated, in round order certainty-based marking: per certainty given, (answers, fully right), in CBM_MARKS order</extracomment>
            <translation>{certainty} pour {answers} ({right} justes)</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="352" />
            <source>{count} {when}</source>
            <translation>{count} {when}</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="353" />
            <source>When these questions come back for review: </source>
            <translation>Quand ces questions reviendront en révision : </translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="484" />
            <source>No questions match the chosen topics, types and difficulties, so there is nothing to play in this round.</source>
            <extracomment>sets with more questions than this are drawn without keeping giveaways apart (the check reads every pair of questions: about 0.4 s for 1,000 questions, growing with the square) why a round has fewer questions than asked, for each way of drawing: (none at all, exactly one, n)</extracomment>
            <translation>Aucune question ne correspond aux thèmes, types et difficultés choisis : il n’y a rien à jouer dans cette partie.</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="485" />
            <source>Only 1 question matches the chosen topics, types and difficulties, so this round has 1 question instead of {wanted}.</source>
            <translation>Une seule question correspond aux thèmes, types et difficultés choisis : cette partie a donc 1 question au lieu de {wanted}.</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="487" />
            <source>No past mistakes to review, so there is nothing to play in this round.</source>
            <translation>Aucune erreur passée à revoir : il n’y a rien à jouer dans cette partie.</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="488" />
            <source>Only 1 past mistake to review, so this round has 1 question instead of {wanted}.</source>
            <translation>Une seule erreur passée à revoir : cette partie a donc 1 question au lieu de {wanted}.</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="490" />
            <source>No questions are due or new today, so there is nothing to play in this round.</source>
            <translation>Aucune question n’est à revoir ni nouvelle aujourd’hui : il n’y a rien à jouer dans cette partie.</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="491" />
            <source>Only 1 question is due or new today, so this round has 1 question instead of {wanted}.</source>
            <translation>Une seule question est à revoir ou nouvelle aujourd’hui : cette partie a donc 1 question au lieu de {wanted}.</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="579" />
            <source>This question set could not be loaded.</source>
            <translation>Cette série de questions n’a pas pu être chargée.</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="584" />
            <source>“{title}” is marked as a draft: it can be practised, but not played as a scored round until the teacher marks it ready.</source>
            <translation>« {title} » est marquée comme brouillon : on peut s’y entraîner, mais pas en faire une partie notée tant que l’enseignant ne l’a pas marquée comme prête.</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="711" />
            <source>1 minute left.</source>
            <extracomment>the student's memory state of each question of the set answered before (updated as they answer) question id -&gt; (state before, state after) for the answers of this round ids of the questions answered after "Show me the passage" (no schedule credit) indices of the questions the student has been shown</extracomment>
            <translation>Plus qu’une minute.</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="797" />
            <source>Time was up: this answer came too late and was not counted.</source>
            <translation>Le temps était écoulé : cette réponse est arrivée trop tard et n’a pas été comptée.</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="806" />
            <source>You read the passage first, so this answer earns no spaced-review credit: the question comes back soon.</source>
            <translation>Vous avez d’abord lu le passage : cette réponse ne compte pas pour la révision espacée, et la question reviendra bientôt.</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="910" />
            <source>Not reached: time was up.</source>
            <translation>Non atteinte : le temps était écoulé.</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="910" />
            <source>Not reached: the round ended first.</source>
            <translation>Non atteinte : la partie s’est terminée avant.</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="912" />
            <source>Not answered: time was up.</source>
            <translation>Sans réponse : le temps était écoulé.</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="912" />
            <source>Not answered.</source>
            <translation>Sans réponse.</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="945" />
            <source>Time is up.</source>
            <translation>Le temps est écoulé.</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="1017" />
            <source>Reviews need a student profile, so this round has no questions.</source>
            <translation>Les révisions demandent un profil d’élève : cette partie n’a donc aucune question.</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="1045" />
            <source>There are no mistakes to review in this set. Well done!</source>
            <translation>Aucune erreur à revoir dans cette série. Bravo !</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="1065" />
            <source>Nothing is due for review today. Come back tomorrow!</source>
            <translation>Rien à revoir aujourd’hui. Revenez demain !</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="1088" />
            <source>The question set has changed since this round began; questions it no longer has are left out.</source>
            <translation>La série de questions a changé depuis le début de cette partie ; les questions qu’elle n’a plus sont laissées de côté.</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="1092" />
            <source>The question set has been edited since this round began.</source>
            <translation>La série de questions a été modifiée depuis le début de cette partie.</translation>
        </message>
        <message>
            <location filename="../quiz_app/session.py" line="1114" />
            <source>Answered before the set changed.</source>
            <translation>Réponse donnée avant la modification de la série.</translation>
        </message>
        <message numerus="yes">
            <source>“{title}” has %n problem(s) to fix (run its check in the set editor): it can be practised, but not played as a scored round.</source>
            <translation>
                <numerusform>« {title} » a %n problème à corriger (lancez sa vérification dans l’éditeur de séries) : on peut s’y entraîner, mais pas en faire une partie notée.</numerusform>
                <numerusform>« {title} » a %n problèmes à corriger (lancez sa vérification dans l’éditeur de séries) : on peut s’y entraîner, mais pas en faire une partie notée.</numerusform>
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
                <numerusform>jusqu’à %n question</numerusform>
                <numerusform>jusqu’à %n questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/session.py" line="486" />
            <source>Only %n questions match the chosen topics, types and difficulties, so this round has %n questions instead of {wanted}.</source>
            <translation>
                <numerusform>Seulement %n question correspond aux thèmes, types et difficultés choisis : cette partie a donc %n question au lieu de {wanted}.</numerusform>
                <numerusform>Seulement %n questions correspondent aux thèmes, types et difficultés choisis : cette partie a donc %n questions au lieu de {wanted}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/session.py" line="489" />
            <source>Only %n past mistakes to review, so this round has %n questions instead of {wanted}.</source>
            <translation>
                <numerusform>Seulement %n erreur passée à revoir : cette partie a donc %n question au lieu de {wanted}.</numerusform>
                <numerusform>Seulement %n erreurs passées à revoir : cette partie a donc %n questions au lieu de {wanted}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/session.py" line="492" />
            <source>Only %n questions are due or new today, so this round has %n questions instead of {wanted}.</source>
            <translation>
                <numerusform>Seulement %n question est à revoir ou nouvelle aujourd’hui : cette partie a donc %n question au lieu de {wanted}.</numerusform>
                <numerusform>Seulement %n questions sont à revoir ou nouvelles aujourd’hui : cette partie a donc %n questions au lieu de {wanted}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/session.py" line="711" />
            <source>%n second(s) left.</source>
            <translation>
                <numerusform>Plus que %n seconde.</numerusform>
                <numerusform>Plus que %n secondes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>set_io</name>
        <message>
            <location filename="../quiz_app/ui/editor/set_io.py" line="55" />
            <source>The file is not a question set.</source>
            <extracomment>why the file cannot be edited (``data`` is None), or an import's remarks an import's report (what was imported, of which types) the file's encoding was a guess (not UTF-8, read as Windows-1252): accents to check</extracomment>
            <translation>Le fichier n’est pas une série de questions.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_io.py" line="72" />
            <source>line {line}, column {column}: </source>
            <translation>ligne {line}, colonne {column} : </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_io.py" line="98" />
            <source>If this is the text you want to ask questions about, use “New set…” and open it as the source text instead.</source>
            <extracomment>What the importer (written for ``quiz-bank import`` too) tells a command-line user, as the editor says it.</extracomment>
            <translation>Si c’est le texte sur lequel vous voulez poser des questions, utilisez plutôt « Nouvelle série… » et ouvrez-le comme texte source.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_io.py" line="100" />
            <source>No questions were found in the file.</source>
            <translation>Aucune question n’a été trouvée dans le fichier.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/set_io.py" line="112" />
            <source>Opens question sets (.json) and imports {names}.</source>
            <translation>Ouvre les séries de questions (.json) et importe {names}.</translation>
        </message>
    </context>
    <context>
        <name>shortcut_help</name>
        <message>
            <location filename="../quiz_app/ui/widgets/shortcut_help.py" line="57" />
            <source>{menu}: {keys}</source>
            <extracomment>The dynamic property that names an action in the help when its text changes (Undo says what it undoes).</extracomment>
            <translation>{menu} : {keys}</translation>
        </message>
    </context>
    <context>
        <name>sources_form</name>
        <message>
            <location filename="../quiz_app/ui/editor/sources_form.py" line="230" />
            <source>Paste the text here</source>
            <translation>Collez le texte ici</translation>
        </message>
    </context>
    <context>
        <name>start_page</name>
        <message>
            <location filename="../quiz_app/ui/editor/start_page.py" line="132" />
            <source>New question set</source>
            <translation>Nouvelle série de questions</translation>
        </message>
    </context>
    <context>
        <name>suggestions</name>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="25" />
            <source>very useful</source>
            <extracomment>Usefulness scores (0–1) in the words the teacher reads, best first.</extracomment>
            <translation>très utile</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="25" />
            <source>useful</source>
            <translation>utile</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="26" />
            <source>fair</source>
            <translation>moyen</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="26" />
            <source>weak: check it closely</source>
            <translation>faible : à vérifier de près</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="28" />
            <source>Text order</source>
            <extracomment>The orders the list offers: (key, label).</extracomment>
            <translation>Ordre du texte</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="28" />
            <source>Most useful first</source>
            <translation>Les plus utiles d’abord</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="187" />
            <source>{type} · {usefulness} · paragraph {paragraph}</source>
            <extracomment>Spans of its quotes in the editor's source text, the question's own evidence first. 1-based paragraph of the source where its own evidence is.</extracomment>
            <translation>{type} · {usefulness} · paragraphe {paragraph}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="195" />
            <source>Order: </source>
            <translation>Ordre : </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="198" />
            <source>Pairs: </source>
            <translation>Paires : </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="200" />
            <source>Answer: true</source>
            <translation>Réponse : vrai</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="200" />
            <source>Answer: false</source>
            <translation>Réponse : faux</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="201" />
            <source> (the text says: {correction})</source>
            <translation> (le texte dit : {correction})</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="204" />
            <source>Answer: {answer}{unit}</source>
            <translation>Réponse : {answer}{unit}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="208" />
            <source>Answer: {answer}</source>
            <translation>Réponse : {answer}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="210" />
            <source>Extra choices</source>
            <translation>Choix en plus</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="210" />
            <source>Wrong choices</source>
            <translation>Mauvais choix</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="228" />
            <source>; wrong options: {names}</source>
            <translation> ; leurres : {names}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="230" />
            <source>Passage: </source>
            <translation>Texte : </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="230" />
            <source>Gaps: </source>
            <translation>Trous : </translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="235" />
            <source>Usefulness score {score:.2f} of 1.

{explanation}</source>
            <translation>Score d’utilité : {score:.2f} sur 1.

{explanation}</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="241" />
            <source>No questions could be drafted from this text.</source>
            <translation>Aucune question n’a pu être rédigée à partir de ce texte.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="245" />
            <source>{accepted} in the set</source>
            <translation>{accepted} dans la série</translation>
        </message>
        <message>
            <source>{discarded} discarded</source>
            <translation type="vanished">{discarded} écarté(s)</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="249" />
            <source>{shown} of {open} shown by the filters</source>
            <translation>{shown} sur {open} affichés par les filtres</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="251" />
            <source>{open} to review</source>
            <translation>{open} à relire</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="259" />
            <source>⚠ The source text was changed after these drafts were made. Press “Draft again” to draft from the text as it is now.</source>
            <translation>⚠ Le texte source a été modifié après la rédaction de ces brouillons. Appuyez sur « Rédiger à nouveau » pour rédiger à partir du texte tel qu’il est.</translation>
        </message>
        <message>
            <location filename="../quiz_app/ui/editor/suggestions.py" line="273" />
            <source>⚠ The source text changed: the quote of {names} is no longer in it. Press “Draft again”.</source>
            <translation>⚠ Le texte source a changé : la citation de {names} n’y est plus. Appuyez sur « Rédiger à nouveau ».</translation>
        </message>
        <message numerus="yes">
            <source>%n draft(s)</source>
            <translation>
                <numerusform>%n brouillon</numerusform>
                <numerusform>%n brouillons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/suggestions.py" line="247" />
            <source>%n discarded</source>
            <translation>
                <numerusform>%n écarté</numerusform>
                <numerusform>%n écartés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/suggestions.py" line="264" />
            <source>⚠ %n draft was left out: its quote is not found in this source ({listed}).</source>
            <translation>
                <numerusform>⚠ %n brouillon a été laissé de côté : sa citation est introuvable dans cette source ({listed}).</numerusform>
                <numerusform>⚠ %n brouillons ont été laissés de côté : leurs citations sont introuvables dans cette source ({listed}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../quiz_app/ui/editor/suggestions.py" line="266" />
            <source>⚠ %n drafts were left out: their quotes are not found in this source ({listed}).</source>
            <translation>
                <numerusform>⚠ %n brouillon a été laissé de côté : sa citation est introuvable dans cette source ({listed}).</numerusform>
                <numerusform>⚠ %n brouillons ont été laissés de côté : leurs citations sont introuvables dans cette source ({listed}).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>topics</name>
        <message>
            <location filename="../question_bank/topics.py" line="18" />
            <source>Dates</source>
            <extracomment>The topics every built-in and teacher set draws from. Questions may add free tags.</extracomment>
            <translation>Dates</translation>
        </message>
        <message>
            <location filename="../question_bank/topics.py" line="19" />
            <source>Leaders</source>
            <translation>Dirigeants</translation>
        </message>
        <message>
            <location filename="../question_bank/topics.py" line="20" />
            <source>Troop counts</source>
            <translation>Effectifs militaires</translation>
        </message>
        <message>
            <location filename="../question_bank/topics.py" line="21" />
            <source>UN Security Council</source>
            <translation>Conseil de sécurité de l’ONU</translation>
        </message>
        <message>
            <location filename="../question_bank/topics.py" line="22" />
            <source>Places</source>
            <translation>Lieux</translation>
        </message>
        <message>
            <location filename="../question_bank/topics.py" line="23" />
            <source>Context</source>
            <translation>Contexte</translation>
        </message>
        <message>
            <location filename="../question_bank/topics.py" line="39" />
            <source>Multiple choice</source>
            <translation>Choix multiple</translation>
        </message>
        <message>
            <location filename="../question_bank/topics.py" line="40" />
            <source>Choose all that apply</source>
            <translation>Plusieurs réponses possibles</translation>
        </message>
        <message>
            <location filename="../question_bank/topics.py" line="41" />
            <source>True or false</source>
            <translation>Vrai ou faux</translation>
        </message>
        <message>
            <location filename="../question_bank/topics.py" line="42" />
            <source>Number</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../question_bank/topics.py" line="43" />
            <source>Short answer</source>
            <translation>Réponse courte</translation>
        </message>
        <message>
            <location filename="../question_bank/topics.py" line="44" />
            <source>Put in order</source>
            <translation>Remettre dans l’ordre</translation>
        </message>
        <message>
            <location filename="../question_bank/topics.py" line="45" />
            <source>Matching</source>
            <translation>Associer</translation>
        </message>
        <message>
            <location filename="../question_bank/topics.py" line="46" />
            <source>Find the sentence</source>
            <translation>Trouver la phrase</translation>
        </message>
        <message>
            <location filename="../question_bank/topics.py" line="47" />
            <source>Fill the gaps</source>
            <translation>Texte à trous</translation>
        </message>
    </context>
</TS>
