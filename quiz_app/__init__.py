"""History Quiz: the desktop app (engine in plain Python, the Qt screens under quiz_app.ui)."""
