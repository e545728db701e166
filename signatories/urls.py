from django.urls import path
from django.views.decorators.http import require_safe

from signatories import views

# Pages answer GET and HEAD; pages with a form also POST; anything else is 405.
read = require_safe

app_name = "signatories"

urlpatterns = [
    path("", read(views.public_list), name="public_list"),
    path("statistik/", read(views.statistics), name="statistics"),
]
