from django.urls import path

from signatories import views

app_name = "signatories"

urlpatterns = [
    path("", views.public_list, name="public_list"),
    path("statistik/", views.statistics, name="statistics"),
]
