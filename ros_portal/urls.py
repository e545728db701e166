from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from ros_portal import views

admin.site.site_header = _("RÖS-portalen: administration")
admin.site.site_title = _("RÖS-portalen")
admin.site.index_title = _("Sekreterarens och processledarens administration")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("konto/tvafaktor/", include("ros_portal.otp_urls")),
    path("konto/password_reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path("konto/", include("django.contrib.auth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("halsa/", views.health, name="health"),
    path("underskrivare/", include("signatories.urls")),
    path("budget/", include("budget.urls")),
    path("rapporter/", include("reports.urls")),
    path("", include("meetings.urls")),
]
