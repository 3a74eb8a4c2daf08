"""Only for ``quiz_app.ui.editor.editor_window._editable`` until it uses ``ImportResult.editable()``.

common.py was split (problems, text, categories, markers, drafts, evidence_hints, builder); nothing in
question_bank imports this module. Delete it when the editor no longer reads these names from here.
"""

from .drafts import NEEDS_EVIDENCE_QUOTE, NEEDS_EVIDENCE_SOURCE, NO_EXPLANATION, PLACEHOLDER_SOURCE_ID

__all__ = ["NEEDS_EVIDENCE_QUOTE", "NEEDS_EVIDENCE_SOURCE", "NO_EXPLANATION", "PLACEHOLDER_SOURCE_ID"]
