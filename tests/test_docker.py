"""The production path: a Dockerfile and a docker-compose.yml with PostgreSQL and health checks.

No Docker engine runs here; `docker-compose config` validated the file by hand (see the issue
note). These checks keep the essentials from being lost.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_dockerfile_installs_weasyprints_libraries_and_runs_gunicorn():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert dockerfile.startswith("# syntax") or "FROM python:3.11-slim-bookworm" in dockerfile
    for package in ("libpango-1.0-0", "libpangoft2-1.0-0", "libharfbuzz-subset0"):
        assert package in dockerfile
    assert "pip install" in dockerfile
    assert "collectstatic" in dockerfile
    assert "USER " in dockerfile
    assert "migrate" in dockerfile
    assert "gunicorn ros_portal.wsgi" in dockerfile
    assert "0.0.0.0:8000" in dockerfile
    assert "HEALTHCHECK" in dockerfile and "/halsa/" in dockerfile


def test_the_compose_file_runs_postgresql_and_the_web_app_with_health_checks():
    compose = (ROOT / "docker-compose.yml").read_text()
    assert "image: postgres:15" in compose
    assert "pg_isready" in compose
    assert compose.count("healthcheck:") == 3  # the database, Redis and the web app
    assert "condition: service_healthy" in compose
    assert "DATABASE_URL: postgres://" in compose
    assert 'DJANGO_DEBUG: "0"' in compose
    assert "${DJANGO_SECRET_KEY:?" in compose
    assert "DJANGO_ALLOWED_HOSTS" in compose
    assert "/halsa/" in compose


def test_the_image_leaves_out_local_state():
    ignored = (ROOT / ".dockerignore").read_text().split()
    for path in (".venv", "var", ".git"):
        assert path in ignored


def test_the_compose_file_runs_the_daily_e_mails():
    compose = (ROOT / "docker-compose.yml").read_text()
    assert "\n  cron:\n" in compose
    for command in ("remind_action_items", "send_notices", "remind_adjusters", "sleep 86400"):
        assert command in compose


def test_the_web_app_shares_its_cache_of_charts_and_pdfs_through_the_compose_files_redis():
    compose = (ROOT / "docker-compose.yml").read_text()
    assert "\n  redis:\n    image: redis:" in compose
    assert "redis-cli" in compose
    web = compose[compose.index("\n  web:\n") :]
    assert "REDIS_URL: redis://redis:6379/0" in web
    assert "      redis:\n        condition: service_healthy" in web
