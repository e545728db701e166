from django.urls import path
from django.views.decorators.http import require_http_methods, require_safe

from meetings import pages, views

# Pages answer GET and HEAD; pages with a form also POST; anything else is 405.
read = require_safe
form = require_http_methods(["GET", "HEAD", "POST"])

app_name = "meetings"

urlpatterns = [
    path("", read(views.home), name="home"),
    path("moten/", read(views.meeting_list), name="meeting_list"),
    path("moten/<int:pk>/", read(views.meeting_detail), name="meeting_detail"),
    path("moten/<int:pk>/motespaket.pdf", read(views.meeting_pack), name="meeting_pack"),
    path("moten/<int:pk>/justera/", form(views.approve), name="approve"),
    path("moten/<int:pk>/bilagor/<int:attachment_pk>/", read(views.attachment), name="attachment"),
    path("moten/<int:pk>/punkter/<int:item_pk>/kommentera/", views.comment, name="comment"),
    path("kommentarer/<int:pk>/svara/", views.answer_comment, name="answer_comment"),
    path("rattelse/<slug:kind>/<int:pk>/", form(views.edit_item), name="edit_item"),
    path("rattelse/<slug:kind>/<int:pk>/versioner/", read(views.item_history), name="item_history"),
    path("beslut/", read(views.decisions), name="decisions"),
    path("beslut/beslut.<slug:fmt>", read(views.decisions_file), name="decisions_file"),
    path("uppdrag/", read(views.action_items), name="action_items"),
    path("uppdrag/uppdrag.<slug:fmt>", read(views.action_items_file), name="action_items_file"),
    path("uppdrag/<int:pk>/avsluta/", form(views.close_action), name="close_action"),
    path("sok/", read(views.search), name="search"),
    path("protokoll/", read(views.public_minutes), name="public_minutes"),
    path("protokoll/<int:pk>/", read(views.public_minutes_detail), name="public_minutes_detail"),
    path("protokoll/<int:pk>/pdf/", read(views.archived_pdf), name="archived_pdf"),
    path(
        "protokoll/<int:pk>/pdf/<int:version>/",
        read(views.archived_pdf),
        name="archived_pdf_version",
    ),
    path("kalender/", read(views.calendar_page), name="calendar"),
    path("kalender/ny-lank/", views.renew_token, name="calendar_renew"),
    path("kalender/publik.ics", read(views.calendar_public), name="calendar_public"),
    path("kalender/<slug:token>.ics", read(views.calendar_private), name="calendar_private"),
    path("konto/meddelanden/", form(views.notice_settings), name="notice_settings"),
    path("tillganglighet/", read(pages.accessibility), name="accessibility"),
    path("personuppgifter/", read(pages.privacy), name="privacy"),
]
