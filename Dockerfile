# RÖS-portalen, production image: gunicorn behind a TLS-terminating proxy, PostgreSQL outside.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# WeasyPrint's native libraries and a fallback font (the PDFs embed Noto Sans from static/);
# gettext compiles the translations at build time.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core gettext \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app

# Dependencies first, so that a code change does not reinstall them.
COPY pyproject.toml ./
RUN pip install .

COPY . .

# Static files and translations are baked into the image. The key is a build-time dummy:
# settings refuse to start without a real one, and none is needed to collect files.
RUN DJANGO_DEBUG=0 DJANGO_SECRET_KEY=build-only-not-a-secret-$(date +%s) \
        DJANGO_ALLOWED_HOSTS=localhost \
        python manage.py collectstatic --noinput -v 0 \
    && DJANGO_DEBUG=1 python manage.py compilemessages --ignore=.venv -v 0 \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin ros \
    && mkdir -p /app/var/private \
    && chown -R ros:ros /app/var

USER ros

EXPOSE 8000

# The health check must pass SECURE_SSL_REDIRECT and ALLOWED_HOSTS like a proxied request.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD python -c "import os, urllib.request; host = os.environ.get('DJANGO_ALLOWED_HOSTS', 'localhost').split(',')[0].strip().lstrip('.*') or 'localhost'; urllib.request.urlopen(urllib.request.Request('http://127.0.0.1:8000/halsa/', headers={'Host': host, 'X-Forwarded-Proto': 'https'}), timeout=4)"

# Migrations run on every start (they are idempotent), then gunicorn takes over the process.
CMD ["sh", "-c", "python manage.py migrate --noinput && exec gunicorn ros_portal.wsgi --bind 0.0.0.0:8000 --workers ${GUNICORN_WORKERS:-3} --timeout 60 --access-logfile -"]
