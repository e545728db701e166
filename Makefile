# RÖS-portalen. `make run` starts the portal with demo data; `make test` runs the whole suite.
PY := .venv/bin/python
SYSDEPS_RUN := libharfbuzz-subset0 libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core gettext
SYSDEPS_TEST := $(SYSDEPS_RUN) poppler-utils chromium postgresql
export DJANGO_DEBUG ?= 1

.PHONY: code run test bench lint format venv sysdeps-run sysdeps-test messages backup restore load

venv: .venv/.installed

.venv/.installed: pyproject.toml
	test -x $(PY) || python3 -m venv .venv
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[dev]"
	touch $@

sysdeps-run:
	@.ci/apt-ensure $(SYSDEPS_RUN)

sysdeps-test:
	@.ci/apt-ensure $(SYSDEPS_TEST)

messages: venv
	$(PY) manage.py compilemessages --ignore=.venv -v 0

run: venv sysdeps-run messages
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py runserver 127.0.0.1:8000

code: venv
	@$(PY) manage.py totp_code $(LOGIN)

test: venv sysdeps-test messages
	.ci/with-postgres $(PY) -m pytest -n 2 --dist loadfile --durations=15 $(PYTEST_ARGS)

bench: venv sysdeps-test
	.ci/with-postgres $(PY) -m tests.bench

# Load run: gunicorn + PostgreSQL on 127.0.0.1, 32 connections for 30 s (wrk); 0 errors or it fails.
load: venv
	@.ci/apt-ensure wrk curl postgresql
	.ci/with-postgres tests/load/run.sh

# Backups: `make backup` writes a pg_dump custom-format file of DATABASE_URL to var/backups/;
# `make restore FILE=var/backups/ros-….dump` restores one into DATABASE_URL, replacing its contents.
BACKUP_DIR ?= var/backups
backup:
	@case "$$DATABASE_URL" in postgres*) ;; *) echo "make backup needs DATABASE_URL=postgres://…" >&2; exit 2;; esac
	@mkdir -p $(BACKUP_DIR)
	@file=$(BACKUP_DIR)/ros-$$(date -u +%Y%m%dT%H%M%SZ).dump; \
	  .ci/pg-tool pg_dump --format=custom --no-owner --file="$$file" --dbname="$$DATABASE_URL" && \
	  chmod 600 "$$file" && echo "$$file"

restore:
	@case "$$DATABASE_URL" in postgres*) ;; *) echo "make restore needs DATABASE_URL=postgres://…" >&2; exit 2;; esac
	@test -f "$(FILE)" || { echo "usage: make restore FILE=var/backups/ros-….dump" >&2; exit 2; }
	.ci/pg-tool pg_restore --clean --if-exists --no-owner --single-transaction --dbname="$$DATABASE_URL" "$(FILE)"

lint: venv
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .

format: venv
	.venv/bin/ruff check --fix .
	.venv/bin/ruff format .
