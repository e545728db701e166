"""Loaded by pytest before Django: tests run with the development settings unless told otherwise."""

import os

os.environ.setdefault("DJANGO_DEBUG", "1")
# Connections closed at the end of each request: the live server's handler threads must not
# keep the test database open when it is dropped.
os.environ.setdefault("DJANGO_CONN_MAX_AGE", "0")
