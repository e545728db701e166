from django.urls import path
from django.views.decorators.http import require_http_methods, require_safe

from budget import views

# Pages answer GET and HEAD; pages with a form also POST; anything else is 405.
read = require_safe
form = require_http_methods(["GET", "HEAD", "POST"])

app_name = "budget"

urlpatterns = [
    path("", read(views.follow_up_page), name="follow_up"),
    path("uppfoljning.xlsx", read(views.follow_up_xlsx_download), name="follow_up_xlsx"),
    path("nasta-ar/", form(views.next_year), name="next_year"),
]
