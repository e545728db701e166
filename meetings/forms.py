"""The portal's forms (rendered with crispy-forms, Bootstrap 5)."""

from django import forms
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from budget.models import BudgetLine
from meetings.models import ActionItem, AgendaItem, Comment, Decision, NoticeSettings, Person, Term
from meetings.models.minutes import ActionStatus
from reports.models import DevelopmentArea


class CorrectionForm(forms.ModelForm):
    """Carries the version the form was opened at, so a stale save can be refused."""

    version = forms.IntegerField(widget=forms.HiddenInput)

    def changes(self):
        return {name: self.cleaned_data[name] for name in self._meta.fields}


class AgendaItemCorrectionForm(CorrectionForm):
    class Meta:
        model = AgendaItem
        fields = ["heading", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 14})}
        help_texts = {"body": _("Markdown: **fet**, *kursiv*, punktlistor med '-'.")}


class DecisionCorrectionForm(CorrectionForm):
    class Meta:
        model = Decision
        fields = ["text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 6})}


class ActionItemCorrectionForm(CorrectionForm):
    class Meta:
        model = ActionItem
        fields = ["text", "due_date"]
        widgets = {
            "text": forms.Textarea(attrs={"rows": 5}),
            "due_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }


CORRECTION_FORMS = {
    AgendaItem: AgendaItemCorrectionForm,
    Decision: DecisionCorrectionForm,
    ActionItem: ActionItemCorrectionForm,
}


class CommentForm(forms.ModelForm):
    class Meta:
        model = Comment
        fields = ["text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}


class AnswerForm(forms.ModelForm):
    resolved = forms.BooleanField(label=_("Markera som löst"), required=False)
    # The comment's version when the page was opened (see ros_portal.locking).
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)

    class Meta:
        model = Comment
        fields = ["answer"]
        widgets = {"answer": forms.Textarea(attrs={"rows": 3})}


class ApproveForm(forms.Form):
    fingerprint = forms.CharField(widget=forms.HiddenInput, max_length=64)


class CloseActionForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Ny status"),
        choices=[
            (ActionStatus.DONE, ActionStatus.DONE.label),
            (ActionStatus.CANCELLED, ActionStatus.CANCELLED.label),
        ],
    )
    done_note = forms.CharField(
        label=_("Återkoppling"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000
    )


class ActionFilterForm(forms.Form):
    """The action items' filters. The owner picker offers the people a member filters by:
    those with an open item and today's members; anyone else is found by the search."""

    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Alla")), *ActionStatus.choices],
    )
    owner = forms.ModelChoiceField(
        label=_("Ansvarig"),
        required=False,
        queryset=Person.objects.none(),
        empty_label=_("Alla"),
    )
    due_before = forms.DateField(
        label=_("Klart senast före"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    q = forms.CharField(
        label=_("Sök"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Sök i uppdragstexten eller ansvarig")}),
    )

    def __init__(self, data=None):
        super().__init__(data)
        open_items = ActionItem.objects.filter(owners=OuterRef("pk"), status=ActionStatus.OPEN)
        in_office = Term.objects.members_on(timezone.localdate()).filter(person=OuterRef("pk"))
        self.fields["owner"].queryset = Person.objects.filter(
            Exists(open_items) | Exists(in_office)
        ).order_by("name")


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Sökord"), max_length=200, required=False)


class DecisionFilterForm(forms.Form):
    """The register's filters; the choices come from the decisions the reader may see."""

    ar = forms.TypedChoiceField(label=_("År"), required=False, coerce=int, empty_value=None)
    omrade = forms.ModelChoiceField(
        label=_("Utvecklingsområde"),
        required=False,
        queryset=DevelopmentArea.objects.order_by("number", "pk"),
        empty_label=_("Alla"),
    )
    budgetpost = forms.ChoiceField(label=_("Budgetpost"), required=False)
    q = forms.CharField(label=_("Sök i beslutstexten"), max_length=200, required=False)

    def __init__(self, data, *, decisions):
        super().__init__(data)
        years = decisions.order_by("-year").values_list("year", flat=True).distinct()
        self.fields["ar"].choices = [("", _("Alla")), *((y, y) for y in years)]
        lines = (
            BudgetLine.objects.filter(decisions__in=decisions)
            .order_by("name")
            .values_list("name", flat=True)
            .distinct()
        )
        self.fields["budgetpost"].choices = [("", _("Alla")), *((n, n) for n in lines)]


class NoticeSettingsForm(forms.ModelForm):
    class Meta:
        model = NoticeSettings
        fields = ["draft_open", "action_reminders", "comment_digest"]
