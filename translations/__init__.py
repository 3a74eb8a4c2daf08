"""The translations (Qt Linguist .ts sources and compiled .qm files), shipped in the wheel as the package
``quiz_app.translations``; docs/translating.md says how to add and update them."""
