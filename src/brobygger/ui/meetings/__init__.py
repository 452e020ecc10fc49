"""The Møder view (issue 16): forums and meetings, the agenda builder and the minutes mode."""

SECTION_STYLE = "font-weight: 600; font-size: 11pt; margin-top: 6px;"

# The tables behind the Møder and Min uge views (Changes name the tables written).
MEETING_TABLES = frozenset({"forum", "forum_initiative", "forum_member", "meeting",
                            "meeting_attendee", "agenda_item", "agenda_item_link",
                            "contact_rhythm"})
