"""Annual reports: list, HTML preview, edit (process leader, secretary), PDF export."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from meetings.roles import is_process_leader, is_secretary
from reports import annual, checks, narrative, services
from reports.facts import facts_for
from reports.forms import (
    AnnualReportForm,
    PreviewForm,
    SectionFormSet,
    StartReportForm,
    area_choices,
)
from reports.models import AnnualReport, ReportFrozen, ReportStatus
from ros_portal.locking import StaleEdit


def can_manage(user):
    """The process leader, the secretary and administrators edit and export any report."""
    return is_process_leader(user) or is_secretary(user)


def visible_reports(user):
    reports = AnnualReport.objects.all()
    if can_manage(user):
        return reports
    return reports.filter(status=ReportStatus.PUBLISHED)


def get_report_for_reading(user, year):
    """A published report for anyone; a draft only for those who manage reports (else 404)."""
    # The action plan comes along: the facts of the year need it.
    return get_object_or_404(visible_reports(user).select_related("action_plan"), year=year)


def get_report_for_editing(user, year):
    """404 for a draft the user may not see, 403 for a published one they may not change."""
    report = get_report_for_reading(user, year)
    if not can_manage(user):
        raise PermissionDenied
    return report


def report_list(request):
    reports = visible_reports(request.user).only("year", "title", "subtitle", "status")
    start_form = StartReportForm() if can_manage(request.user) else None
    return render(
        request,
        "reports/report_list.html",
        {"reports": reports, "start_form": start_form, "can_manage": can_manage(request.user)},
    )


def report_detail(request, year):
    report = get_report_for_reading(request.user, year)
    context = annual.report_context(report)
    context["can_manage"] = can_manage(request.user)
    if report.status == ReportStatus.PUBLISHED:
        # The PDF served is the archived one: say when it was published and its fingerprint.
        archives = report.archives.order_by("-created_at", "-pk").only(
            "report", "sha256", "created_at"
        )
        context["archive"] = archives.first()
    return render(request, "reports/report_detail.html", context)


def report_pdf(request, year):
    report = get_report_for_reading(request.user, year)
    name, content_type, data, sha256 = annual.report_pdf_to_serve(report)
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    if sha256:
        response["X-Content-SHA256"] = sha256
    return response


@login_required
def report_edit(request, year):
    report = get_report_for_editing(request.user, year)
    choices = area_choices()
    form = AnnualReportForm(request.POST or None, instance=report)
    formset = SectionFormSet(
        request.POST or None,
        instance=report,
        queryset=report.sections.select_related("development_area"),
        form_kwargs={"area_choices": choices},
    )
    findings = []
    status = 400 if request.method == "POST" else 200
    if request.method == "POST" and form.is_valid() and formset.is_valid():
        findings = checks.check_before_publishing(form, formset)
    if request.method == "POST" and form.is_valid() and formset.is_valid() and not findings:
        try:
            services.save_report(form, formset, form.cleaned_data["version"], request.user)
        except ReportFrozen as error:
            messages.error(request, str(error))
            return redirect("reports:report_edit", year=year)
        except StaleEdit as error:
            # Nothing is saved and the text stays on screen, now based on the newer version:
            # saving again is a conscious choice.
            messages.error(request, str(error))
            form.data = form.data.copy()
            form.data["version"] = error.current.version
            status = 409
        else:
            messages.success(request, _("Årsrapporten har sparats."))
            return redirect("reports:report_detail", year=year)
    return render(
        request,
        "reports/report_edit.html",
        {
            "report": report,
            "form": form,
            "formset": formset,
            "placeholders": narrative.placeholder_list(),
            "findings": findings,
        },
        status=status,
    )


@login_required
@require_POST
def report_start(request):
    if not can_manage(request.user):
        raise PermissionDenied
    form = StartReportForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Ange ett år mellan 2000 och 2100."))
        return redirect("reports:report_list")
    year = form.cleaned_data["year"]
    try:
        services.start_report(year, request.user)
    except services.ReportExists as error:
        messages.error(request, str(error))
        return redirect("reports:report_list")
    messages.success(request, _("Årsrapporten är påbörjad utifrån förra årets struktur."))
    return redirect("reports:report_edit", year=year)


@login_required
@require_POST
def markdown_preview(request):
    """The Markdown preview of the edit form: text with placeholders, as sanitised HTML."""
    if not can_manage(request.user):
        raise Http404
    form = PreviewForm(request.POST)
    if not form.is_valid():
        return HttpResponse(status=400)
    facts = facts_for(form.cleaned_data["year"])
    body = narrative.split(form.cleaned_data["text"], facts)
    marker = format_html("<p><em>{}</em></p>", _("[Här placeras avsnittets faktablock.]"))
    html = format_html("{}{}{}", body.before, marker if body.before else "", body.after)
    return HttpResponse(html, content_type="text/html; charset=utf-8")
