"""The Møder view (issue 16): forums and meetings, the agenda builder and the minutes mode."""

SECTION_STYLE = "font-weight: 600; font-size: 11pt; margin-top: 6px;"
