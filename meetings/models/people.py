from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class Group(models.TextChoices):
    ELECTED = "elected", _("förtroendevald")
    CIVIL_SOCIETY = "civil_society", _("civila samhället")
    OFFICIAL = "official", _("tjänsteperson")


class Role(models.TextChoices):
    CHAIR = "chair", _("ordförande")
    VICE_CHAIR = "vice_chair", _("vice ordförande")
    MEMBER = "member", _("ledamot")
    SUBSTITUTE = "substitute", _("ersättare")
    SECRETARY = "secretary", _("sekreterare")
    PROCESS_LEADER = "process_leader", _("processledare")
    OFFICIAL = "official", _("tjänsteperson")
    GUEST = "guest", _("gäst")


class Person(models.Model):
    """A person in the register: a member of the group, an official or a guest."""

    name = models.CharField(_("namn"), max_length=200)
    initials = models.CharField(_("initialer"), max_length=10, blank=True)
    title = models.CharField(
        _("titel"), max_length=300, blank=True, help_text=_("T.ex. regionutvecklare (KUN).")
    )
    organisation = models.CharField(_("organisation"), max_length=300, blank=True)
    email = models.EmailField(_("e-post"), blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("inloggning"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
    )
    # Moves on with every save, so a page opened before is refused (ros_portal.locking).
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("personer")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["name"], name="unique_person_name")]

    def __str__(self):
        return self.name


class PersonAlias(models.Model):
    """Another spelling of a person's name, as minutes have written it ("Janne Norlin")."""

    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="aliases"
    )
    name = models.CharField(_("annan stavning"), max_length=200, unique=True)

    class Meta:
        verbose_name = _("annan stavning")
        verbose_name_plural = _("andra stavningar")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        from django.core.exceptions import ValidationError

        if Person.objects.filter(name__iexact=self.name).exclude(pk=self.person_id).exists():
            raise ValidationError(
                {"name": _("Det är en annan persons namn i registret.")}, code="taken"
            )


class TermQuerySet(models.QuerySet):
    def in_office(self, on_date):
        return self.filter(start__lte=on_date).filter(
            models.Q(end__isnull=True) | models.Q(end__gte=on_date)
        )

    def members_on(self, on_date):
        """Terms in a member's role running on the date: they make their person a member."""
        return self.in_office(on_date).filter(role__in=MEMBER_ROLES)


class Term(models.Model):
    """A person's term of office in the group: group, role, whom they represent, dates."""

    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="terms"
    )
    group = models.CharField(_("grupp"), max_length=20, choices=Group.choices)
    role = models.CharField(_("roll"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    represents = models.CharField(
        _("representerar"),
        max_length=300,
        blank=True,
        help_text=_("T.ex. Beredningen för mänskliga rättigheter (BMR)."),
    )
    start = models.DateField(_("från"))
    end = models.DateField(_("till"), null=True, blank=True)
    succeeded = models.ForeignKey(
        Person,
        verbose_name=_("efterträdde"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="succeeded_by_terms",
    )
    note = models.CharField(_("anteckning"), max_length=300, blank=True)
    # Moves on with every save, so a page opened before is refused (ros_portal.locking).
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    history = HistoricalRecords()

    objects = TermQuerySet.as_manager()

    class Meta:
        verbose_name = _("mandatperiod")
        verbose_name_plural = _("mandatperioder")
        ordering = ["start", "person__name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__isnull=True) | models.Q(end__gte=models.F("start")),
                name="term_ends_after_start",
            )
        ]

    def __str__(self):
        return f"{self.person} ({self.get_role_display()}, {self.start:%Y}–)"


# Terms in these roles make a person a member of the group, with access to the portal's
# non-public pages for as long as the term runs.
MEMBER_ROLES = (Role.CHAIR, Role.VICE_CHAIR, Role.MEMBER, Role.SUBSTITUTE)


class AccessGrantQuerySet(models.QuerySet):
    def active(self, on_date):
        return self.filter(start__lte=on_date, end__gte=on_date)


class AccessGrant(models.Model):
    """Portal access as a member for someone without a member's term (an official, a guest
    preparing a meeting), always with an end date: it lapses by itself."""

    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="access_grants"
    )
    start = models.DateField(_("från"))
    end = models.DateField(_("till och med"))
    reason = models.CharField(_("skäl"), max_length=300)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("beviljad av"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        editable=False,
        related_name="+",
    )
    # Moves on with every save, so a page opened before is refused (ros_portal.locking).
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    history = HistoricalRecords()

    objects = AccessGrantQuerySet.as_manager()

    class Meta:
        verbose_name = _("behörighet till portalen")
        verbose_name_plural = _("behörigheter till portalen")
        ordering = ["-end", "person__name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gte=models.F("start")), name="access_grant_ends_after_start"
            )
        ]

    def __str__(self):
        return f"{self.person} ({self.start:%Y-%m-%d}–{self.end:%Y-%m-%d})"
