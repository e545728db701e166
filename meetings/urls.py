from django.urls import path

from meetings import pages, views

app_name = "meetings"

urlpatterns = [
    path("", views.home, name="home"),
    path("moten/", views.meeting_list, name="meeting_list"),
    path("moten/<int:pk>/", views.meeting_detail, name="meeting_detail"),
    path("moten/<int:pk>/motespaket.pdf", views.meeting_pack, name="meeting_pack"),
    path("moten/<int:pk>/justera/", views.approve, name="approve"),
    path("moten/<int:pk>/bilagor/<int:attachment_pk>/", views.attachment, name="attachment"),
    path("moten/<int:pk>/punkter/<int:item_pk>/kommentera/", views.comment, name="comment"),
    path("kommentarer/<int:pk>/svara/", views.answer_comment, name="answer_comment"),
    path("rattelse/<slug:kind>/<int:pk>/", views.edit_item, name="edit_item"),
    path("rattelse/<slug:kind>/<int:pk>/versioner/", views.item_history, name="item_history"),
    path("beslut/", views.decisions, name="decisions"),
    path("beslut/beslut.<slug:fmt>", views.decisions_file, name="decisions_file"),
    path("uppdrag/", views.action_items, name="action_items"),
    path("uppdrag/uppdrag.<slug:fmt>", views.action_items_file, name="action_items_file"),
    path("uppdrag/<int:pk>/avsluta/", views.close_action, name="close_action"),
    path("sok/", views.search, name="search"),
    path("protokoll/", views.public_minutes, name="public_minutes"),
    path("protokoll/<int:pk>/", views.public_minutes_detail, name="public_minutes_detail"),
    path("protokoll/<int:pk>/pdf/", views.archived_pdf, name="archived_pdf"),
    path("protokoll/<int:pk>/pdf/<int:version>/", views.archived_pdf, name="archived_pdf_version"),
    path("kalender/", views.calendar_page, name="calendar"),
    path("kalender/ny-lank/", views.renew_token, name="calendar_renew"),
    path("kalender/publik.ics", views.calendar_public, name="calendar_public"),
    path("kalender/<slug:token>.ics", views.calendar_private, name="calendar_private"),
    path("konto/meddelanden/", views.notice_settings, name="notice_settings"),
    path("tillganglighet/", pages.accessibility, name="accessibility"),
    path("personuppgifter/", pages.privacy, name="privacy"),
]
