"""Loaded by pytest before Django: tests run with the development settings unless told otherwise."""

import os

os.environ.setdefault("DJANGO_DEBUG", "1")
