"""The print dialog: a round printed as worksheet and key, off the GUI thread, from real clicks."""

from __future__ import annotations

from pdfkit import pdf_pages, squeeze
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QLineEdit, QWidget

from quiz_app import worksheets as ws
from quiz_app.session import RoundSettings, start_round
from quiz_app.ui.printing import PrintDialog, key_path, print_round
from quiz_app.ui.workers import wait_for_background


def _click(qtbot, button):
    """Click a radio button on its label, as a person does (its middle may be empty space)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(12, button.height() // 2))


def test_print_a_round_as_worksheet_and_key(qtbot, builtin_set, tmp_path):
    rnd = start_round(builtin_set, RoundSettings.for_set(builtin_set, "practice", count=8, seed=11))
    while rnd.present() is not None:
        rnd.skip()
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = print_round(parent, rnd.summary())
    assert isinstance(dialog, PrintDialog) and dialog.isVisible()
    assert [s.question.id for s in dialog.sheet.questions] == [p.question.id for p in rnd.presented]
    _click(qtbot, dialog.both_radio)
    _click(qtbot, dialog.letter_radio)
    assert dialog.both_radio.isChecked() and dialog.letter_radio.isChecked()
    target = tmp_path / "round.pdf"
    dialog.path_edit.setText(str(target))
    assert "round-answer-key.pdf" in dialog.key_note.text()
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_background()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [(p.kind, p.path) for p in dialog.printed] == [("worksheet", target), ("key", key_path(target))]
    assert "Saved." in dialog.status.text()
    worksheet_text = squeeze("".join(pdf_pages(target)))
    key_text = squeeze("".join(pdf_pages(key_path(target))))
    for p in rnd.presented:
        assert squeeze(p.question.prompt) in worksheet_text
        assert squeeze(p.question.evidence.quote) in key_text
    assert squeeze(rnd.presented[0].source.text.split("\n")[0][:60]) in worksheet_text  # source printed first


def test_a_folder_that_does_not_exist_is_said_in_words(qtbot, builtin_set, tmp_path):
    dialog = PrintDialog(ws.sheet_for_set(builtin_set), folder=str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.path_edit.text() == str(tmp_path / "The-Outbreak-of-the-Korean-War-1945-1950.pdf")
    dialog.path_edit.setText(str(tmp_path / "nowhere" / "x.pdf"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "does not exist" in dialog.status.text() and dialog.isVisible() and not dialog.printed
    _click(qtbot, dialog.key_radio)
    # the key can carry the source text too (the teacher's copy with the line numbers it refers to)
    assert dialog.source_check.isEnabled() and dialog.options() == ws.PrintOptions("key", True, dialog.options().page)
    for w in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLineEdit):
        assert w.accessibleName(), w
    dialog.reject()
