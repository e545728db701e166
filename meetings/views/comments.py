"""Comments on agenda items of draft minutes; the secretary answers and resolves them."""

from django.contrib import messages
from django.contrib.humanize.templatetags.humanize import intcomma
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from meetings.access import CommentTimePassed, get_commentable_item, member_required
from meetings.forms import AnswerForm, CommentForm
from meetings.models import Comment
from meetings.models.review import COMMENT_MAX_LENGTH
from meetings.roles import is_secretary
from ros_portal import locking
from ros_portal.locking import StaleEdit


def _item_url(item):
    return reverse("meetings:meeting_detail", args=[item.meeting_id]) + f"#punkt-{item.pk}"


@member_required
@require_POST
def comment(request, pk, item_pk):
    try:
        item = get_commentable_item(request.user, pk, item_pk)
    except CommentTimePassed as passed:
        # A page opened before the deadline: say why nothing was saved, above the minutes,
        # which now say that the comment time has passed instead of offering the form.
        messages.error(request, str(passed))
        return redirect("meetings:meeting_detail", pk=pk)
    form = CommentForm(request.POST)
    if form.is_valid():
        note = Comment.objects.create(
            agenda_item=item, author=request.user, text=form.cleaned_data["text"]
        )
        # The confirmation is shown at the comment itself (see _comments.html), where the
        # page opens: not at the top of a long page, out of sight.
        url = reverse("meetings:meeting_detail", args=[item.meeting_id])
        return redirect(f"{url}?kommentar={note.pk}#kommentar-{note.pk}")
    # Only spaces (or, from outside a browser, too long a text) got past the browser: the page
    # opens at this item's form, which says what was wrong.
    url = reverse("meetings:meeting_detail", args=[item.meeting_id])
    problem = "lang_kommentar" if form.has_error("text", "max_length") else "tom_kommentar"
    return redirect(f"{url}?{problem}={item.pk}#comment-{item.pk}")


@member_required
@require_POST
def answer_comment(request, pk):
    note = get_object_or_404(Comment.objects.select_related("agenda_item"), pk=pk)
    if not is_secretary(request.user):
        raise PermissionDenied
    form = AnswerForm(request.POST, instance=note)
    if note.resolved_at is not None:
        messages.error(request, _("Kommentaren är redan löst. Svaret kan inte ändras."))
    elif not form.is_valid():
        messages.error(request, _answer_refused(form))
    else:
        try:
            _save_answer(note, request.user, form.cleaned_data)
        except StaleEdit:
            messages.error(
                request,
                _(
                    "Svaret är inte sparat: någon har svarat på kommentaren sedan du öppnade "
                    "sidan. Läs det svaret och svara igen om något saknas. Du skrev: %(answer)s"
                )
                % {"answer": form.cleaned_data["answer"]},
            )
        else:
            messages.success(request, _("Svaret är sparat."))
    return redirect(_item_url(note.agenda_item))


@transaction.atomic
def _save_answer(note, user, data):
    """Save the answer if nobody answered since the page was opened; else StaleEdit."""
    locking.claim(note, data["version"])
    note.answered_by = user
    if data["resolved"]:
        note.resolved_at = timezone.now()
    note.save()


def _answer_refused(form):
    if form.has_error("answer", "max_length"):
        return _("Svaret är inte sparat: det får vara högst %(limit)s tecken.") % {
            "limit": intcomma(COMMENT_MAX_LENGTH)
        }
    # No version: a form from outside the page, or a page from before answers had one.
    return _("Svaret är inte sparat. Ladda om sidan och svara igen.")
