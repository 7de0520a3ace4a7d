"""The form's look: problems in red, derived values and hints set apart from input,
a pending revision in amber. No italics: most fonts have no italic Arabic, whose
letters would be drawn as empty boxes."""

FORM_STYLE = """
QFrame#fieldBox[invalid="true"] {
    border: 1px solid #c62828;
    border-radius: 4px;
    background: #fff6f5;
}
QLabel#fieldProblem { color: #b3261e; }
QLabel#hint { color: #5b616b; }
QLabel#claimed { color: #8a4600; }
QLabel#derived { color: #174a8b; padding: 4px 2px; }
QLabel#formTitle { font-size: 15pt; font-weight: bold; }
QLabel#formState { color: #5b616b; }
QLabel#pendingNote { background: #fff4e0; border: 1px solid #e8c07a; border-radius: 4px;
                     padding: 4px 8px; color: #6b3f00; }
QLabel#reviewNote { color: #5b616b; }
QLabel#reviewNote[error="true"] { color: #b3261e; font-weight: bold; }
QFrame#banner { border-radius: 4px; }
QFrame#banner[kind="error"] { background: #fdecea; border: 1px solid #e3a29c; }
QFrame#banner[kind="warning"] { background: #fff4e0; border: 1px solid #e8c07a; }
QFrame#banner[kind="info"] { background: #e7f0fb; border: 1px solid #a9c4e6; }
QFrame#duplicateHint { background: #fff4e0; border: 1px solid #e8c07a; border-radius: 4px; }
QLabel#duplicateHintText { color: #6b3f00; }
QListWidget#problemList { border: 1px solid #e3a29c; background: #fff9f8; }
QGroupBox { font-weight: bold; margin-top: 12px; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }
QToolButton#sectionHeader { font-weight: normal; padding: 3px 0; }
"""
