from django.shortcuts import render
from django.urls import include, path


def bare(request):
    """The yardstick: a view that renders only the base template."""
    return render(request, "base.html")


urlpatterns = [path("__bench__/bare/", bare), path("", include("ros_portal.urls"))]
