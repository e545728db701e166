from django.db import connection
from django.http import JsonResponse


def health(request):
    """Liveness and database check for the container's health check."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})
