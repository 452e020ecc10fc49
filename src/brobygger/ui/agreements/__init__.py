"""The Aftaler view and its dialogs (issue 17)."""

from brobygger.ui.agreements.page import AgreementsPage

__all__ = ["AgreementsPage"]
