"""Anmodninger: every ask with its life cycle – the page, and the dialogs to raise, answer,
close and reopen one."""

from brobygger.ui.asks.dialogs import (
    AnswerDialog,
    AskDialog,
    CloseDialog,
    SelfReviewDialog,
    reopen_ask,
)
from brobygger.ui.asks.page import AsksPage, AsksPanel

__all__ = ["AnswerDialog", "AskDialog", "AsksPage", "AsksPanel", "CloseDialog",
           "SelfReviewDialog", "reopen_ask"]
