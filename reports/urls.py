from django.urls import path
from django.views.decorators.http import require_http_methods, require_safe

from reports import views

# Pages answer GET and HEAD; pages with a form also POST; anything else is 405.
read = require_safe
form = require_http_methods(["GET", "HEAD", "POST"])

app_name = "reports"

urlpatterns = [
    path("", read(views.report_list), name="report_list"),
    path("ny/", views.report_start, name="report_start"),
    path("forhandsgranska/", views.markdown_preview, name="markdown_preview"),
    path("<int:year>/", read(views.report_detail), name="report_detail"),
    path("<int:year>/redigera/", form(views.report_edit), name="report_edit"),
    path("<int:year>/pdf/", read(views.report_pdf), name="report_pdf"),
]
