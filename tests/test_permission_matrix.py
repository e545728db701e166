"""Every URL pattern of the project × every role: who sees what, who may change what.

Deny by default: 404 for what a role may not see, 403 for what it may see but not change.
Two conventions of Django are kept and written down here rather than fought:
- Member pages send anonymous visitors to the login page (302) whether the object exists or
  not, so the redirect reveals nothing; logged-in outsiders get 404.
- The admin sends everyone who is not staff to its login page (302), again without revealing
  whether the object exists. Staff get 403 for a model they may not view or change, and 404 for
  an app they have no permission in (Django's admin answers app pages that way).
Admin pages are derived from the admin registry: changelist, add, change, history and delete of
every model, plus import and export; what staff may do there comes from the role permissions in
meetings/roles.py (through the ModelAdmin's own permission checks, which also forbid deleting
signatories and editing approved minutes). test_every_url_pattern_is_in_the_matrix fails when a
new URL pattern is added without a line here.
"""

import datetime
import re
from types import SimpleNamespace

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib import admin
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import transaction
from django.test import Client, RequestFactory
from django.urls import URLResolver, get_resolver, reverse

from meetings import approval
from meetings.models import (
    AccessGrant,
    CalendarToken,
    Comment,
    Invitation,
    Person,
    Reopening,
    SentNotice,
)
from meetings.models.meeting import Status
from meetings.roles import ensure_role_groups
from reports.demo import archive_published_reports
from reports.models import AnnualReport, ReportStatus
from tests.conftest import _user, log_in_client, totp_device
from tests.portal.conftest import make_minutes

ROLES = [
    "anonymous",
    "outsider",
    "member",
    "adjuster",
    "secretary",
    "process_leader",
    "administrator",
]
STAFF = {"secretary", "process_leader", "administrator"}
PEOPLE = {
    "outsider": ("olle", "Olle Utomstående", [], {}),
    "member": ("kerstin", "Kerstin Söderberg", [], {"member": True}),
    "adjuster": ("jan", "Jan Linde", [], {"member": True}),
    "secretary": ("jesper", "Jesper Svensson", ["Sekreterare"], {"staff": True}),
    "process_leader": ("erica", "Erica Sjölin", ["Processledare"], {"staff": True}),
    "administrator": ("admin", "Ada Administratör", [], {"superuser": True}),
}


def walk(patterns, prefix="", namespace=None):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            ns = pattern.namespace
            full_ns = f"{namespace}:{ns}" if namespace and ns else ns or namespace
            yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), full_ns)
        else:
            name = f"{namespace}:{pattern.name}" if namespace else pattern.name
            yield prefix + str(pattern.pattern), name


ALL_PATTERNS = sorted(set(walk(get_resolver().url_patterns)), key=lambda p: p[0])


def row(anonymous, outsider, member, adjuster, secretary, process_leader, administrator):
    return dict(zip(ROLES, [anonymous, outsider, member, adjuster, secretary, process_leader, administrator], strict=True))  # fmt: skip


def everyone(code):
    return row(*[code] * 7)


def members_only(code=200):
    """Member pages: anonymous visitors log in first, outsiders get 404."""
    return row(302, 404, code, code, code, code, code)


# Corrections: the meeting's adjusters and the secretary; frozen minutes: nobody.
CORRECTORS = row(302, 404, 403, 200, 200, 403, 200)
FROZEN = row(302, 404, 403, 403, 403, 403, 403)


# Every pattern outside the admin: (method, url from the world, expected per role[, data from
# the world]), one or more. Each request runs in a transaction rolled back after it.
PORTAL = {
    "otp:verify": [("get", lambda w: "/konto/tvafaktor/", row(302, 302, 302, 302, 200, 200, 200))],
    "otp:setup": [("get", lambda w: "/konto/tvafaktor/aktivera/", row(302, 200, 200, 200, 200, 200, 200))],
    "otp:disable": [("post", lambda w: "/konto/tvafaktor/stang-av/", row(302, 302, 302, 302, 403, 403, 403))],
    "login": [("get", lambda w: "/konto/login/", everyone(200))],
    "logout": [("post", lambda w: "/konto/logout/", everyone(302))],
    "password_change": [("get", lambda w: "/konto/password_change/", row(302, 200, 200, 200, 200, 200, 200))],
    "password_change_done": [("get", lambda w: "/konto/password_change/done/", row(302, 200, 200, 200, 200, 200, 200))],
    "password_reset": [("get", lambda w: "/konto/password_reset/", everyone(200))],
    "password_reset_done": [("get", lambda w: "/konto/password_reset/done/", everyone(200))],
    "password_reset_confirm": [("get", lambda w: "/konto/reset/MQ/set-password/", everyone(200))],
    "password_reset_complete": [("get", lambda w: "/konto/reset/done/", everyone(200))],
    "set_language": [("post", lambda w: "/i18n/setlang/", everyone(302))],
    "health": [("get", lambda w: "/halsa/", everyone(200))],
    "signatories:public_list": [("get", lambda w: "/underskrivare/", everyone(200))],
    "signatories:statistics": [("get", lambda w: "/underskrivare/statistik/", row(404, 404, 200, 200, 200, 200, 200))],
    "budget:follow_up": [("get", lambda w: "/budget/", row(404, 404, 200, 200, 200, 200, 200))],
    "budget:follow_up_xlsx": [("get", lambda w: "/budget/uppfoljning.xlsx?year=2025&until=2025-12-31", row(404, 404, 200, 200, 200, 200, 200))],
    "budget:next_year": [("get", lambda w: "/budget/nasta-ar/", row(404, 404, 403, 403, 403, 200, 200))],
    "reports:report_list": [("get", lambda w: "/rapporter/", everyone(200))],
    "reports:report_start": [("post", lambda w: "/rapporter/ny/", row(302, 403, 403, 403, 302, 302, 302))],
    "reports:markdown_preview": [("post", lambda w: "/rapporter/forhandsgranska/", row(302, 404, 404, 404, 400, 400, 400))],
    "reports:report_detail": [
        ("get", lambda w: f"/rapporter/{w.draft_report.year}/", row(404, 404, 404, 404, 200, 200, 200)),
        ("get", lambda w: f"/rapporter/{w.published_report.year}/", everyone(200)),
    ],
    "reports:report_edit": [
        ("get", lambda w: f"/rapporter/{w.draft_report.year}/redigera/", row(302, 404, 404, 404, 200, 200, 200)),
        ("get", lambda w: f"/rapporter/{w.published_report.year}/redigera/", row(302, 403, 403, 403, 200, 200, 200)),
    ],
    "reports:report_pdf": [("get", lambda w: f"/rapporter/{w.draft_report.year}/pdf/", row(404, 404, 404, 404, 200, 200, 200))],
    "meetings:home": [("get", lambda w: "/", everyone(200))],
    "meetings:meeting_list": [
        ("get", lambda w: "/moten/", members_only()),
        ("get", lambda w: "/moten/?ar=2025", members_only()),
    ],
    "meetings:meeting_detail": [
        ("get", lambda w: f"/moten/{w.sent.pk}/", members_only()),
        ("get", lambda w: f"/moten/{w.draft.pk}/", members_only()),
        ("get", lambda w: f"/moten/{w.approved.pk}/", members_only()),
        ("get", lambda w: "/moten/999999/", members_only(404)),
    ],
    "meetings:meeting_pack": [("get", lambda w: f"/moten/{w.draft.pk}/motespaket.pdf", members_only())],
    "meetings:notice_settings": [
        ("get", lambda w: "/konto/meddelanden/", members_only()),
        ("post", lambda w: "/konto/meddelanden/", members_only(302)),
    ],
    "meetings:approve": [
        ("get", lambda w: f"/moten/{w.sent.pk}/justera/", row(302, 404, 403, 200, 403, 403, 403)),
        ("post", lambda w: f"/moten/{w.sent.pk}/justera/", row(302, 404, 403, 302, 403, 403, 403), lambda w: {"fingerprint": approval.fingerprint(w.sent)}),
    ],
    "meetings:attachment": [
        ("get", lambda w: f"/moten/{w.sent.pk}/bilagor/{w.attachment.pk}/", members_only()),
        ("get", lambda w: f"/moten/{w.draft.pk}/bilagor/{w.draft.attachments.get().pk}/", members_only()),
        ("get", lambda w: f"/moten/{w.sent.pk}/bilagor/{w.draft.attachments.get().pk}/", members_only(404)),
    ],
    "meetings:comment": [
        ("post", lambda w: f"/moten/{w.sent.pk}/punkter/{w.item.pk}/kommentera/", members_only(302)),
        ("post", lambda w: f"/moten/{w.sent.pk}/punkter/{w.item.pk}/kommentera/", members_only(302), lambda w: {"text": "Stavfel i punkt 1."}),
        ("post", lambda w: f"/moten/{w.approved.pk}/punkter/{w.approved.agenda_items.get().pk}/kommentera/", FROZEN, lambda w: {"text": "För sent."}),
    ],
    "meetings:answer_comment": [
        ("post", lambda w: f"/kommentarer/{w.comment.pk}/svara/", row(302, 404, 403, 403, 302, 403, 302)),
        ("post", lambda w: f"/kommentarer/{w.comment.pk}/svara/", row(302, 404, 403, 403, 302, 403, 302), lambda w: {"answer": "Rättat.", "resolved": "on", "version": 0}),
    ],
    "meetings:edit_item": [
        ("get", lambda w: f"/rattelse/beslut/{w.decision.pk}/", CORRECTORS),
        ("get", lambda w: f"/rattelse/punkt/{w.item.pk}/", CORRECTORS),
        ("get", lambda w: f"/rattelse/uppdrag/{w.sent.action_items.get().pk}/", CORRECTORS),
        ("post", lambda w: f"/rattelse/beslut/{w.decision.pk}/", row(302, 404, 403, 302, 302, 403, 302), lambda w: {"text": "RÖS-gruppen beslutade att fira.", "version": 1}),
        ("get", lambda w: f"/rattelse/beslut/{w.approved_decision.pk}/", FROZEN),
        ("get", lambda w: f"/rattelse/punkt/{w.approved.agenda_items.get().pk}/", FROZEN),
        ("get", lambda w: "/rattelse/bilaga/1/", members_only(404)),
    ],
    "meetings:item_history": [
        ("get", lambda w: f"/rattelse/beslut/{w.decision.pk}/versioner/", members_only()),
        ("get", lambda w: f"/rattelse/punkt/{w.item.pk}/versioner/", members_only()),
    ],
    "meetings:action_items": [
        ("get", lambda w: "/uppdrag/", members_only()),
        ("get", lambda w: "/uppdrag/?status=open&due_before=2030-01-01", members_only()),
    ],
    "meetings:action_items_file": [("get", lambda w, fmt=fmt: f"/uppdrag/uppdrag.{fmt}", members_only()) for fmt in ("csv", "xlsx", "json")],
    "meetings:decisions": [("get", lambda w: "/beslut/", everyone(200))],
    "meetings:decisions_file": [
        *[("get", lambda w, fmt=fmt: f"/beslut/beslut.{fmt}", everyone(200)) for fmt in ("csv", "xlsx", "json")],
        ("get", lambda w: "/beslut/beslut.html", everyone(404)),
    ],
    "meetings:close_action": [("get", lambda w: f"/uppdrag/{w.action.pk}/avsluta/", row(302, 404, 200, 403, 200, 403, 200))],
    "meetings:search": [("get", lambda w: "/sok/?q=budget", everyone(200))],
    "meetings:public_minutes": [("get", lambda w: "/protokoll/", everyone(200))],
    "meetings:public_minutes_detail": [
        ("get", lambda w: f"/protokoll/{w.approved.pk}/", everyone(200)),
        ("get", lambda w: f"/protokoll/{w.sent.pk}/", everyone(404)),
        ("get", lambda w: f"/protokoll/{w.draft.pk}/", everyone(404)),
    ],
    "meetings:archived_pdf": [
        ("get", lambda w: f"/protokoll/{w.approved.pk}/pdf/", everyone(200)),
        ("get", lambda w: f"/protokoll/{w.sent.pk}/pdf/", everyone(404)),
    ],
    "meetings:archived_pdf_version": [
        ("get", lambda w: f"/protokoll/{w.approved.pk}/pdf/{w.approved.archives.get().pk}/", everyone(200)),
        ("get", lambda w: f"/protokoll/{w.sent.pk}/pdf/{w.approved.archives.get().pk}/", everyone(404)),
    ],
    "meetings:calendar": [("get", lambda w: "/kalender/", members_only())],
    "meetings:calendar_renew": [("post", lambda w: "/kalender/ny-lank/", members_only(302))],
    "meetings:calendar_public": [("get", lambda w: "/kalender/publik.ics", everyone(200))],
    "meetings:calendar_private": [
        ("get", lambda w: f"/kalender/{w.token.token}.ics", everyone(200)),
        ("get", lambda w: "/kalender/fel-nyckel.ics", everyone(404)),
    ],
    "meetings:accessibility": [("get", lambda w: "/tillganglighet/", everyone(200))],
    "meetings:privacy": [("get", lambda w: "/personuppgifter/", everyone(200))],
}  # fmt: skip

NOT_STAFF = {"anonymous": 302, "outsider": 302, "member": 302, "adjuster": 302}


def staff_row(secretary, process_leader, administrator):
    return {**NOT_STAFF, "secretary": secretary, "process_leader": process_leader, "administrator": administrator}  # fmt: skip


# Admin pages that are not a model's standard pages: (method, url, expected per role).
ADMIN_EXTRA = {
    "admin:index": [("get", lambda w: "/admin/", staff_row(200, 200, 200))],
    "admin:login": [("get", lambda w: "/admin/login/", row(200, 200, 200, 200, 302, 302, 302))],
    "admin:logout": [("post", lambda w: "/admin/logout/", everyone(302))],
    "admin:password_change": [("get", lambda w: "/admin/password_change/", staff_row(200, 200, 200))],
    "admin:auth_user_password_change": [("get", lambda w: f"/admin/auth/user/{w.users['member'].pk}/password/", staff_row(403, 403, 200))],
    "admin:password_change_done": [("get", lambda w: "/admin/password_change/done/", staff_row(200, 200, 200))],
    "admin:autocomplete": [("get", lambda w: "/admin/autocomplete/?app_label=meetings&model_name=meeting&field_name=adjusters", staff_row(200, 200, 200))],
    "admin:jsi18n": [("get", lambda w: "/admin/jsi18n/", staff_row(200, 200, 200))],
    "admin:view_on_site": [("get", lambda w: f"/admin/r/{w.meeting_ct}/{w.sent.pk}/", staff_row(404, 404, 404))],
    "admin:app_list": [
        ("get", lambda w: "/admin/meetings/", staff_row(200, 200, 200)),
        ("get", lambda w: "/admin/signatories/", staff_row(200, 200, 200)),
        ("get", lambda w: "/admin/budget/", staff_row(200, 200, 200)),
        ("get", lambda w: "/admin/reports/", staff_row(200, 200, 200)),
        ("get", lambda w: "/admin/auth/", staff_row(404, 404, 200)),
        ("get", lambda w: "/admin/axes/", staff_row(404, 404, 200)),
        ("get", lambda w: "/admin/otp_totp/", staff_row(404, 404, 200)),
    ],
    # Not even the administrator reads someone's authenticator key (OTP_ADMIN_HIDE_SENSITIVE_DATA).
    "admin:otp_totp_totpdevice_config": [("get", lambda w: f"/admin/otp_totp/totpdevice/{w.device.pk}/config/", staff_row(403, 403, 403))],
    "admin:otp_totp_totpdevice_qrcode": [("get", lambda w: f"/admin/otp_totp/totpdevice/{w.device.pk}/qrcode/", staff_row(403, 403, 403))],
    # The preview renders only the posted text, so staff who read meetings may use it.
    "admin:meetings_markdown_preview": [("post", lambda w: "/admin/meetings/meeting/forhandsgranska/", staff_row(200, 200, 200))],
    "admin:meetings_meeting_copy_attendance": [("get", lambda w: f"/admin/meetings/meeting/{w.draft.pk}/kopiera-narvaro/", staff_row(200, 403, 200))],
    "admin:meetings_meeting_members_in_office": [("get", lambda w: "/admin/meetings/meeting/ledamoter-i-tjanst/?datum=2025-01-01", staff_row(200, 403, 200))],
    "admin:meetings_meeting_send": [("get", lambda w: f"/admin/meetings/meeting/{w.draft.pk}/skicka-for-justering/", staff_row(200, 403, 200))],
    "admin:meetings_meeting_invite": [("get", lambda w: f"/admin/meetings/meeting/{w.draft.pk}/skicka-kallelse/", staff_row(200, 403, 200))],
    "admin:meetings_meeting_cancel": [("get", lambda w: f"/admin/meetings/meeting/{w.draft.pk}/stall-in/", staff_row(200, 403, 200))],
    "admin:meetings_meeting_reopen": [("get", lambda w: f"/admin/meetings/meeting/{w.approved.pk}/ateroppna/", staff_row(200, 403, 200))],
    "admin:meetings_meeting_pdf": [("get", lambda w: f"/admin/meetings/meeting/{w.approved.pk}/pdf/", staff_row(200, 200, 200))],
    "admin:meetings_meeting_trail": [("get", lambda w: f"/admin/meetings/meeting/{w.approved.pk}/spar/", staff_row(200, 200, 200))],
    "admin:meetings_meeting_follow_up": [("post", lambda w: f"/admin/meetings/meeting/{w.draft.pk}/aterkoppling/{w.earlier_action.pk}/", staff_row(302, 403, 302))],
    # Django's redirect from an object's bare admin URL to its change page, and the catch-all.
    "admin:None": [("get", lambda w: "/admin/finns-inte/", staff_row(404, 404, 404))],
}  # fmt: skip

STANDARD = re.compile(
    r"^admin:(?P<app>[a-z_]+?)_(?P<model_name>[a-z]+)_(?P<page>changelist|add|change|history|delete|import|process_import|export)$"
)


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The demo data, one user per role, minutes in each status, and one object per model."""
    with django_db_blocker.unblock():
        ensure_role_groups()
        # The minutes' archives are made below (make_minutes); the published report's one here.
        call_command("load_demo", verbosity=0, without_pdfs=True)
        archive_published_reports()
        users = {}
        for role, (username, name, groups, flags) in PEOPLE.items():
            users[role] = _user(username, name, *groups, **flags)
            if role in STAFF:
                totp_device(users[role])
        second = _user("soraya", "Soraya Zarza Lundberg", member=True)
        common = {"secretary": users["secretary"], "owner": users["member"]}
        sent = make_minutes(Status.SENT, datetime.date(2025, 11, 20), adjusters=[users["adjuster"], second], title="Novembermötet", **common)  # fmt: skip
        draft = make_minutes(Status.DRAFT, datetime.date(2025, 12, 5), adjusters=[users["adjuster"]], title="Utkast", **common)  # fmt: skip
        approved = make_minutes(Status.APPROVED, datetime.date(2025, 10, 1), adjusters=[users["adjuster"]], title="Oktobermötet", **common)  # fmt: skip
        item = sent.agenda_items.first()
        comment = Comment.objects.create(agenda_item=item, author=users["member"], text="Bra.")
        Reopening.objects.create(meeting=approved, reason="Stavfel", by=users["secretary"])
        Invitation.objects.create(meeting=draft, method="REQUEST", sequence=0, date=draft.date, recipients="kerstin@example.se", sent_by=users["secretary"])  # fmt: skip
        SentNotice.objects.create(kind="action_overdue", about="uppdrag 1", address="kerstin@example.se")  # fmt: skip
        AccessGrant.objects.create(person=Person.objects.get(name="Sofia Emanuelsson"), start=datetime.date(2025, 1, 1), end=datetime.date(2025, 12, 31), reason="Förbereder mötet")  # fmt: skip
        AccessAttempt.objects.create(username="olle", ip_address="10.0.0.9", failures_since_start=1, get_data="", post_data="", http_accept="", path_info="/konto/login/")  # fmt: skip
        AccessLog.objects.create(username="olle", ip_address="10.0.0.9", http_accept="", path_info="/konto/login/")  # fmt: skip
        AccessFailureLog.objects.create(username="olle", ip_address="10.0.0.9", http_accept="", path_info="/konto/login/")  # fmt: skip
        reports = AnnualReport.objects.order_by("year")
        published = reports.filter(status=ReportStatus.PUBLISHED).first()
        draft_report = reports.filter(status=ReportStatus.DRAFT).first()
        if published is None:
            published = AnnualReport.objects.create(year=2019, title="Årsrapport 2019", status=ReportStatus.PUBLISHED)  # fmt: skip
        if draft_report is None:
            draft_report = AnnualReport.objects.create(year=2018, title="Årsrapport 2018")
        from django.contrib.contenttypes.models import ContentType

        # One login per role for the whole matrix: each request is made with its session cookie
        # (and rolled back), so a logout or a password change in one case ends no other's.
        sessions = {
            role: log_in_client(Client(), user).cookies[settings.SESSION_COOKIE_NAME].value
            for role, user in users.items()
        }
        yield SimpleNamespace(
            users=users,
            sessions=sessions,
            sent=sent,
            draft=draft,
            approved=approved,
            item=item,
            decision=sent.decisions.get(),
            approved_decision=approved.decisions.get(),
            action=draft.action_items.get(),
            earlier_action=approved.action_items.get(),
            attachment=sent.attachments.get(),
            comment=comment,
            token=CalendarToken.objects.create(user=users["member"]),
            device=totp_device(users["secretary"]),
            published_report=published,
            draft_report=draft_report,
            meeting_ct=ContentType.objects.get_for_model(sent).pk,
        )
        # Attachments live in the database (StoredFile): the flush takes them with the rest.
        call_command("flush", interactive=False, verbosity=0)


def client_as(world, role):
    client = Client()
    if role != "anonymous":
        client.cookies[settings.SESSION_COOKIE_NAME] = world.sessions[role]
    return client


def admin_expectations(world, name, app, model_name, page):
    """What each role gets on a standard admin page, from the ModelAdmin's permission checks."""
    model_admin = next(
        ma
        for model, ma in admin.site._registry.items()
        if model._meta.app_label == app and model._meta.model_name == model_name
    )
    model = model_admin.model
    obj = {"meetings.meeting": world.sent}.get(
        model._meta.label_lower, model._default_manager.order_by("pk").first()
    )
    assert obj is not None, f"the matrix world has no {model._meta.label}: add one"
    prefix = f"/admin/{app}/{model_name}/"
    url = {
        "changelist": prefix,
        "add": f"{prefix}add/",
        "change": f"{prefix}{obj.pk}/change/",
        "history": f"{prefix}{obj.pk}/history/",
        "delete": f"{prefix}{obj.pk}/delete/",
        "import": f"{prefix}import/",
        "export": f"{prefix}export/",
        "process_import": f"{prefix}process_import/",
    }[page]
    expected = dict(NOT_STAFF)
    for role in STAFF:
        request = RequestFactory().get(url)
        request.user = User.objects.get(pk=world.users[role].pk)
        allowed = {
            "changelist": lambda r=request: model_admin.has_view_or_change_permission(r),
            "add": lambda r=request: model_admin.has_add_permission(r),
            "change": lambda r=request: model_admin.has_view_or_change_permission(r, obj),
            "history": lambda r=request: model_admin.has_view_or_change_permission(r, obj),
            "delete": lambda r=request: model_admin.has_delete_permission(r, obj),
            "import": lambda r=request: model_admin.has_import_permission(r),
            "export": lambda r=request: model_admin.has_export_permission(r),
            "process_import": lambda r=request: model_admin.has_import_permission(r),
        }[page]()
        expected[role] = 200 if allowed else 403
    method = "post" if page == "process_import" else "get"
    return [(method, lambda w, url=url: url, expected)]


def history_version_expectations(world, app, model_name):
    """simple-history's page of one past version: as the object's change page."""
    model = next(
        m
        for m in admin.site._registry
        if (m._meta.app_label, m._meta.model_name) == (app, model_name)
    )
    record = model.history.order_by("history_id").first()
    assert record is not None, f"the matrix world has no history of {model._meta.label}"
    obj_pk = getattr(record, model._meta.pk.attname)
    url = f"/admin/{app}/{model_name}/{obj_pk}/history/{record.history_id}/"
    change = admin_expectations(world, None, app, model_name, "change")[0][2]
    return [("get", lambda w: url, change)]


def cases_for(world, name):
    history = re.match(
        r"^admin:(?P<app>[a-z_]+?)_(?P<model_name>[a-z]+)_simple_history$", name or ""
    )
    if history:
        return history_version_expectations(world, **history.groupdict())
    if name in PORTAL:
        return PORTAL[name]
    if name in ADMIN_EXTRA:
        return ADMIN_EXTRA[name]
    match = STANDARD.match(name or "")
    if match:
        return admin_expectations(world, name, **match.groupdict())
    return None


def _key(route, name):
    return name if name and not name.endswith(":None") else f"{name}:{route}"


@pytest.mark.parametrize("route,name", ALL_PATTERNS, ids=[f"{n}|{r}" for r, n in ALL_PATTERNS])
def test_each_role_gets_what_it_may_see_and_change(world, db, route, name):
    if name == "admin:None" and route != "admin/(?P<url>.*)$":
        # The object's bare admin URL redirects to its change page (or login) for everyone.
        cases = [("get", lambda w: f"/admin/meetings/meeting/{w.sent.pk}/", everyone(302))]
    else:
        cases = cases_for(world, name)
    assert cases is not None, f"{route} ({name}) is not in the permission matrix"
    wrong = []
    for method, url_of, expected, *data_of in cases:
        url = url_of(world)
        for role in ROLES:
            with transaction.atomic():
                data = data_of[0](world) if data_of else None
                response = getattr(client_as(world, role), method)(url, data)
                transaction.set_rollback(True)
            # A visitor sent away is sent to log in: the redirect reveals nothing else.
            login = reverse("admin:login" if url.startswith("/admin/") else "login")
            sent_away = role == "anonymous" and response.status_code == 302 and method == "get"
            if sent_away and not response["Location"].startswith(login):
                wrong.append(f"anonymous GET {url}: redirected to {response['Location']}")
            if response.status_code != expected[role]:
                wrong.append(f"{role:15} {method.upper()} {url}: {response.status_code}, expected {expected[role]}")  # fmt: skip
    assert wrong == [], "\n" + "\n".join(wrong)


def test_every_url_pattern_is_in_the_matrix():
    missing = [
        f"{route} ({name})"
        for route, name in ALL_PATTERNS
        if name not in PORTAL
        and name not in ADMIN_EXTRA
        and not STANDARD.match(name or "")
        and not (name or "").endswith("_simple_history")
        and name != "admin:None"
    ]
    assert missing == []


def test_the_matrix_reaches_every_admin_model():
    registered = {
        f"admin:{m._meta.app_label}_{m._meta.model_name}_changelist" for m in admin.site._registry
    }
    assert registered <= {name for _route, name in ALL_PATTERNS}


def test_the_roles_permissions_read_as_intended(world, db):
    """Spot checks written by hand, so that the derived admin rows cannot drift unnoticed."""
    secretary = client_as(world, "secretary")
    leader = client_as(world, "process_leader")
    signatory = reverse("admin:signatories_signatory_changelist")
    budget_year = reverse("admin:budget_budgetyear_add")
    meeting_add = reverse("admin:meetings_meeting_add")
    assert secretary.get(signatory).status_code == 200  # may read the register
    assert secretary.get(reverse("admin:signatories_signatory_add")).status_code == 403
    assert secretary.get(budget_year).status_code == 403
    assert secretary.get(meeting_add).status_code == 200
    assert leader.get(meeting_add).status_code == 403  # reads meetings, does not write them
    assert leader.get(budget_year).status_code == 200
    assert leader.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert client_as(world, "member").get(signatory).status_code == 302
