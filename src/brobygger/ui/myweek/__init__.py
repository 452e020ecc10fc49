"""Min uge (issue 16): the user's own week – a home view and, when chosen, the start view."""
