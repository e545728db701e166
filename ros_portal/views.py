import logging

from django.contrib.auth import views as auth_views
from django.db import connection
from django.http import HttpResponseRedirect, JsonResponse
from django.utils.decorators import method_decorator
from django_ratelimit.decorators import ratelimit

logger = logging.getLogger(__name__)

# Mails one address may be sent by "Glömt lösenordet?" in an hour.
RESET_MAILS_PER_HOUR = 3


def health(request):
    """Liveness and database check for the container's health check."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


def reset_address(group, request):
    return request.POST.get("email", "").strip().lower()


@method_decorator(
    ratelimit(key=reset_address, rate=f"{RESET_MAILS_PER_HOUR}/h", method="POST", block=False),
    name="post",
)
class PasswordResetView(auth_views.PasswordResetView):
    """Django's password reset, except that nobody can fill an address's inbox with reset mails:
    past the limit the page answers as always (it reveals nothing) but no mail goes out. The
    count lives in the cache (Redis when REDIS_URL is set, shared by the workers)."""

    def form_valid(self, form):
        if getattr(self.request, "limited", False):
            logger.warning("Password reset mails for one address over the hourly limit")
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)
