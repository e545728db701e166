"""Annual report: PDF render time (and its CPU time), SQL queries, and the HTML preview pages."""

import statistics
import time

from django.db import connection
from django.test.utils import CaptureQueriesContext


def _report():
    from reports.models import AnnualReport

    return AnnualReport.objects.get(year=2025)


def demo(ctx):
    from reports.annual import annual_report_pdf

    report = _report()
    annual_report_pdf(report)  # warm: fonts, templates, the charts' cache
    with CaptureQueriesContext(connection) as queries:
        annual_report_pdf(report)
    ctx.note("PDF: annual report 2025, SQL queries per render", str(len(queries)))
    ctx.time("PDF: annual report 2025", lambda: annual_report_pdf(report), repeat=5, target=1.0)
    # Wall time depends on what else the machine runs; CPU time is the render's own cost.
    cpu = []
    for _ in range(5):
        started = time.process_time()
        annual_report_pdf(report)
        cpu.append(time.process_time() - started)
    ctx.note("PDF: annual report 2025, CPU time", f"median {statistics.median(cpu):.3f} s of 5")
    ctx.page("report: preview 2025", "/rapporter/2025/", role="process_leader")
    ctx.page("report: preview 2025 (public)", "/rapporter/2025/", role=None)
    ctx.page("report: edit 2025", "/rapporter/2025/redigera/", role="process_leader")
    ctx.page("report: list", "/rapporter/", role="process_leader")


def scale(ctx):
    ctx.page("report: preview 2025", "/rapporter/2025/", role="process_leader")
    ctx.page("report: preview 2025 (public)", "/rapporter/2025/", role=None)
    ctx.page("report: edit 2025", "/rapporter/2025/redigera/", role="process_leader")
    ctx.page("report: list", "/rapporter/", role="process_leader")
