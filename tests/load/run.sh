#!/usr/bin/env bash
# `make load`: gunicorn with PostgreSQL on 127.0.0.1, demo data, 32 connections for 30 s on the
# public pages and one logged-in page (wrk). Needs DATABASE_URL (the Makefile wraps it in
# .ci/with-postgres, a throwaway server). Prints requests per second, p99 and errors (must be 0).
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${DATABASE_URL:?run through .ci/with-postgres}"
PY=.venv/bin/python
PORT=${LOAD_PORT:-58123}
BASE="http://127.0.0.1:$PORT"
DURATION=${LOAD_DURATION:-30s}
CONNECTIONS=${LOAD_CONNECTIONS:-32}
WORKERS=${LOAD_WORKERS:-4}
export LOAD_PUBLIC_PATHS=${LOAD_PUBLIC_PATHS:-"/protokoll/ /underskrivare/ /"}
export LOAD_PRIVATE_PATH=${LOAD_PRIVATE_PATH:-"/moten/"}

# Production settings, but plain http on the loopback and a private var/ directory.
vardir=$(mktemp -d /tmp/ros-load.XXXXXX)
export ROS_VAR_DIR="$vardir"
export DJANGO_DEBUG=0
export DJANGO_SECRET_KEY="load-$(head -c 48 /dev/urandom | base64 | tr -d '/+=')"
export DJANGO_ALLOWED_HOSTS=127.0.0.1
export DJANGO_SECURE_SSL_REDIRECT=0
export DJANGO_LOG_LEVEL=WARNING

gunicorn_pid=""
cleanup() {
  if [ -n "$gunicorn_pid" ]; then kill "$gunicorn_pid" 2>/dev/null || true; wait "$gunicorn_pid" 2>/dev/null || true; fi
  rm -rf "$vardir"
}
trap cleanup EXIT

$PY manage.py migrate --noinput -v 0
$PY manage.py collectstatic --noinput -v 0
# The demo logins only exist in debug; the load run creates its own member.
DJANGO_DEBUG=1 $PY manage.py load_demo -v 0 >/dev/null
DJANGO_DEBUG=1 $PY manage.py shell -v 0 -c "
import datetime
from django.contrib.auth.models import User
from meetings.models import Person, Term
from meetings.models.people import Group, Role
user, _ = User.objects.get_or_create(username='load-member')
user.set_password('load-run-password-42'); user.save()
person, _ = Person.objects.get_or_create(name='Lasse Lastprov', defaults={'user': user})
Term.objects.get_or_create(person=person, group=Group.CIVIL_SOCIETY, role=Role.MEMBER, start=datetime.date(2020, 1, 1))
"

.venv/bin/gunicorn ros_portal.wsgi -w "$WORKERS" -b "127.0.0.1:$PORT" --access-logfile /dev/null \
  --error-logfile "$vardir/gunicorn.log" &
gunicorn_pid=$!
for _ in $(seq 50); do
  curl -sf "$BASE/halsa/" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -sf "$BASE/halsa/" >/dev/null

LOAD_COOKIE=$($PY tests/load/login.py "$BASE" load-member load-run-password-42)
export LOAD_COOKIE
for path in $LOAD_PUBLIC_PATHS; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")
  echo "warm-up $path: HTTP $status"
done
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $LOAD_COOKIE" "$BASE$LOAD_PRIVATE_PATH")
echo "warm-up $LOAD_PRIVATE_PATH (logged in): HTTP $status"

echo "wrk: $CONNECTIONS connections, $DURATION, $WORKERS gunicorn workers, pages: $LOAD_PUBLIC_PATHS $LOAD_PRIVATE_PATH (logged in)"
out=$(timeout 120 wrk -t 4 -c "$CONNECTIONS" -d "$DURATION" --timeout 10s --latency -s tests/load/mix.lua "$BASE")
echo "$out"
errors=$(echo "$out" | sed -n 's/^errors: \([0-9]*\).*/\1/p')
ok=$(echo "$out" | sed -n 's/^HTTP 200: \([0-9]*\)/\1/p')
total=$(echo "$out" | sed -n 's/^requests: \([0-9]*\) .*/\1/p')
if [ "$errors" != "0" ] || [ "$ok" != "$total" ]; then
  echo "LOAD RUN FAILED: $errors errors, $ok of $total answered 200" >&2
  exit 1
fi
echo "load run passed: $total requests, all 200, 0 errors"
