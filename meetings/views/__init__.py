"""The members' portal and the public pages, one module per area."""

from meetings.views.actions import action_items, close_action
from meetings.views.approval import approve
from meetings.views.calendar import calendar_page, calendar_private, calendar_public, renew_token
from meetings.views.comments import answer_comment, comment
from meetings.views.corrections import edit_item, item_history
from meetings.views.notices import notice_settings
from meetings.views.pack import meeting_pack
from meetings.views.portal import attachment, home, meeting_detail, meeting_list
from meetings.views.public import archived_pdf, public_minutes, public_minutes_detail
from meetings.views.register import action_items_file, decisions, decisions_file
from meetings.views.search import search

__all__ = [
    "action_items",
    "action_items_file",
    "answer_comment",
    "approve",
    "archived_pdf",
    "attachment",
    "calendar_page",
    "calendar_private",
    "calendar_public",
    "close_action",
    "comment",
    "decisions",
    "decisions_file",
    "edit_item",
    "home",
    "item_history",
    "meeting_detail",
    "meeting_list",
    "meeting_pack",
    "notice_settings",
    "public_minutes",
    "public_minutes_detail",
    "renew_token",
    "search",
]
