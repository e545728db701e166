"""Every portal URL × every role: 404 for what a role may not see, 403 for what it may see but
not change, 200 (or a redirect after a successful POST) otherwise. Anonymous visitors to member
pages are sent to the login page (302), which reveals nothing."""

import pytest
from django.urls import reverse

from meetings import approval
from meetings.models import CalendarToken, Comment

ROLES = [
    "anonymous",
    "outsider",
    "member",
    "adjuster",
    "secretary",
    "process_leader",
    "administrator",
]


def expect(anonymous, outsider, member, adjuster, secretary, process_leader, administrator):
    return dict(
        zip(
            ROLES,
            [anonymous, outsider, member, adjuster, secretary, process_leader, administrator],
            strict=True,
        )
    )


EVERYONE = expect(200, 200, 200, 200, 200, 200, 200)
NOBODY = expect(404, 404, 404, 404, 404, 404, 404)
MEMBERS_READ = expect(302, 404, 200, 200, 200, 200, 200)
MEMBERS_POST = expect(302, 404, 302, 302, 302, 302, 302)
CORRECTORS = expect(302, 404, 403, 200, 200, 403, 200)
CORRECTORS_POST = expect(302, 404, 403, 302, 302, 403, 302)
FROZEN = expect(302, 404, 403, 403, 403, 403, 403)
ADJUSTERS = expect(302, 404, 403, 200, 403, 403, 403)
ADJUSTERS_POST = expect(302, 404, 403, 302, 403, 403, 403)
SECRETARY_POST = expect(302, 404, 403, 403, 302, 403, 302)
OWNER_OR_SECRETARY = expect(302, 404, 200, 403, 200, 403, 200)


def _item(meeting):
    return meeting.agenda_items.get()


# (case id, method, url(ctx) -> str, data(ctx) -> dict, expected codes per role)
CASES = [
    ("home", "get", lambda c: reverse("meetings:home"), None, EVERYONE),
    ("meeting list", "get", lambda c: reverse("meetings:meeting_list"), None, MEMBERS_READ),
    ("meeting list of a year", "get", lambda c: reverse("meetings:meeting_list") + "?ar=2025", None, MEMBERS_READ),
    ("sent meeting", "get", lambda c: reverse("meetings:meeting_detail", args=[c["sent"].pk]), None, MEMBERS_READ),
    ("draft meeting", "get", lambda c: reverse("meetings:meeting_detail", args=[c["draft"].pk]), None, MEMBERS_READ),
    ("approved meeting", "get", lambda c: reverse("meetings:meeting_detail", args=[c["approved"].pk]), None, MEMBERS_READ),
    ("missing meeting", "get", lambda c: reverse("meetings:meeting_detail", args=[999999]), None, expect(302, 404, 404, 404, 404, 404, 404)),
    ("attachment of a draft", "get", lambda c: reverse("meetings:attachment", args=[c["draft"].pk, c["draft"].attachments.get().pk]), None, MEMBERS_READ),
    ("attachment under the wrong meeting", "get", lambda c: reverse("meetings:attachment", args=[c["sent"].pk, c["draft"].attachments.get().pk]), None, expect(302, 404, 404, 404, 404, 404, 404)),
    ("approval page", "get", lambda c: reverse("meetings:approve", args=[c["sent"].pk]), None, ADJUSTERS),
    ("approve", "post", lambda c: reverse("meetings:approve", args=[c["sent"].pk]), lambda c: {"fingerprint": approval.fingerprint(c["sent"])}, ADJUSTERS_POST),
    ("comment on sent minutes", "post", lambda c: reverse("meetings:comment", args=[c["sent"].pk, _item(c["sent"]).pk]), lambda c: {"text": "Stavfel i punkt 1."}, MEMBERS_POST),
    ("comment on approved minutes", "post", lambda c: reverse("meetings:comment", args=[c["approved"].pk, _item(c["approved"]).pk]), lambda c: {"text": "För sent."}, FROZEN),
    ("answer a comment", "post", lambda c: reverse("meetings:answer_comment", args=[c["comment"].pk]), lambda c: {"answer": "Rättat.", "resolved": "on"}, SECRETARY_POST),
    ("edit form of an agenda item", "get", lambda c: reverse("meetings:edit_item", args=["punkt", _item(c["sent"]).pk]), None, CORRECTORS),
    ("edit form of a decision", "get", lambda c: reverse("meetings:edit_item", args=["beslut", c["sent"].decisions.get().pk]), None, CORRECTORS),
    ("edit form of an action item", "get", lambda c: reverse("meetings:edit_item", args=["uppdrag", c["sent"].action_items.get().pk]), None, CORRECTORS),
    ("save a correction", "post", lambda c: reverse("meetings:edit_item", args=["beslut", c["sent"].decisions.get().pk]), lambda c: {"text": "RÖS-gruppen beslutade att fira.", "version": 1}, CORRECTORS_POST),
    ("edit form of approved minutes", "get", lambda c: reverse("meetings:edit_item", args=["punkt", _item(c["approved"]).pk]), None, FROZEN),
    ("edit form of an unknown kind", "get", lambda c: reverse("meetings:edit_item", args=["bilaga", 1]), None, expect(302, 404, 404, 404, 404, 404, 404)),
    ("versions of an agenda item", "get", lambda c: reverse("meetings:item_history", args=["punkt", _item(c["sent"]).pk]), None, MEMBERS_READ),
    ("action items", "get", lambda c: reverse("meetings:action_items"), None, MEMBERS_READ),
    ("action items filtered", "get", lambda c: reverse("meetings:action_items") + "?status=open&due_before=2030-01-01", None, MEMBERS_READ),
    ("close form of Kerstin's action item", "get", lambda c: reverse("meetings:close_action", args=[c["sent"].action_items.get().pk]), None, OWNER_OR_SECRETARY),
    ("search", "get", lambda c: reverse("meetings:search") + "?q=budget", None, EVERYONE),
    ("public minutes", "get", lambda c: reverse("meetings:public_minutes"), None, EVERYONE),
    ("public approved minutes", "get", lambda c: reverse("meetings:public_minutes_detail", args=[c["approved"].pk]), None, EVERYONE),
    ("public page of draft minutes", "get", lambda c: reverse("meetings:public_minutes_detail", args=[c["draft"].pk]), None, NOBODY),
    ("public page of sent minutes", "get", lambda c: reverse("meetings:public_minutes_detail", args=[c["sent"].pk]), None, NOBODY),
    ("archived PDF", "get", lambda c: reverse("meetings:archived_pdf", args=[c["approved"].pk]), None, EVERYONE),
    ("PDF of sent minutes", "get", lambda c: reverse("meetings:archived_pdf", args=[c["sent"].pk]), None, NOBODY),
    ("calendar page", "get", lambda c: reverse("meetings:calendar"), None, MEMBERS_READ),
    ("renew calendar link", "post", lambda c: reverse("meetings:calendar_renew"), lambda c: {}, MEMBERS_POST),
    ("private calendar feed", "get", lambda c: reverse("meetings:calendar_private", args=[c["token"].token]), None, EVERYONE),
    ("private feed with a wrong token", "get", lambda c: reverse("meetings:calendar_private", args=["fel"]), None, NOBODY),
    ("public calendar feed", "get", lambda c: reverse("meetings:calendar_public"), None, EVERYONE),
    ("password reset", "get", lambda c: reverse("password_reset"), None, EVERYONE),
]  # fmt: skip


@pytest.fixture
def ctx(people, sent_minutes, draft_minutes, approved_minutes):
    comment = Comment.objects.create(
        agenda_item=sent_minutes.agenda_items.get(), author=people["member"], text="Ett stavfel."
    )
    token = CalendarToken.objects.create(user=people["member"])
    return {
        "sent": sent_minutes,
        "draft": draft_minutes,
        "approved": approved_minutes,
        "comment": comment,
        "token": token,
    }


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("case", "method", "url", "data", "codes"), CASES, ids=[c[0] for c in CASES]
)
def test_permission_matrix(client, client_for, people, ctx, role, case, method, url, data, codes):
    http = client if role == "anonymous" else client_for(people[role])
    target = url(ctx)
    response = http.get(target) if method == "get" else http.post(target, data(ctx))
    assert response.status_code == codes[role], (case, role, target)
    if role == "anonymous" and codes[role] == 302 and method == "get":
        assert response["Location"].startswith(reverse("login"))
