"""The Møder view (issue 16): forums and meetings, the agenda builder and the minutes mode."""
