"""Generated form classes (see brobygger.ui.build_forms)."""
