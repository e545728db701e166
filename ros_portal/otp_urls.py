from django.urls import path

from ros_portal import otp_views

app_name = "otp"

urlpatterns = [
    path("", otp_views.verify, name="verify"),
    path("aktivera/", otp_views.setup, name="setup"),
    path("stang-av/", otp_views.disable, name="disable"),
]
