"""Icons, sounds and the .desktop file, shipped in the wheel as the package ``quiz_app.assets``."""
