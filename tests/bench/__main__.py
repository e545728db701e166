"""`make bench`: SQL queries and median server times per page, PDF and import timings.

Runs on a throwaway test database: loads the demo data, runs every `bench_*.py` module's
`demo(ctx)`, generates the scale data, runs every module's `scale(ctx)` and prints one table.
"""

import importlib
import logging
import os
import pkgutil
import sys
import time

os.environ.setdefault("DJANGO_DEBUG", "1")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ros_portal.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command, get_commands  # noqa: E402
from django.test.utils import setup_databases, setup_test_environment  # noqa: E402

from tests.bench.context import Bench  # noqa: E402


def modules():
    package = importlib.import_module("tests.bench")
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name.startswith("bench_"):
            yield importlib.import_module(f"tests.bench.{info.name}")


def main():
    # DEBUG off as in production: timings without query logging, and query counts that
    # CaptureQueriesContext can see (with DEBUG on, each request resets the log it diffs).
    setup_test_environment(debug=False)
    logging.getLogger("axes").setLevel(logging.WARNING)
    settings.ROOT_URLCONF = "tests.bench.urls"
    settings.ALLOWED_HOSTS = ["*"]
    old_config = setup_databases(verbosity=0, interactive=False)
    try:
        ctx = Bench()
        started = time.perf_counter()
        call_command("load_demo", verbosity=0)
        ctx.note("load_demo", f"{time.perf_counter() - started:.2f} s")
        ctx.phase = "demo"
        ctx.measure_bare()
        mods = list(modules())
        for mod in mods:
            mod.demo(ctx)
        if "generate_scale_data" in get_commands():
            started = time.perf_counter()
            call_command("generate_scale_data", years=20, verbosity=0)
            ctx.note("generate_scale_data --years 20", f"{time.perf_counter() - started:.2f} s")
            ctx.phase = "scale"
            ctx.measure_bare()
            for mod in mods:
                if hasattr(mod, "scale"):
                    mod.scale(ctx)
        ctx.report(sys.stdout)
    finally:
        from django.test.utils import teardown_databases

        teardown_databases(old_config, verbosity=0)
    return 0 if ctx.ok else 1


if __name__ == "__main__":
    sys.exit(main())
