from django.urls import path

from budget import views

app_name = "budget"

urlpatterns = [
    path("", views.follow_up_page, name="follow_up"),
    path("uppfoljning.xlsx", views.follow_up_xlsx_download, name="follow_up_xlsx"),
    path("nasta-ar/", views.next_year, name="next_year"),
]
