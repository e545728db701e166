import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from signatories.validators import validate_organisation_number


class Subregion(models.TextChoices):
    GOTEBORG = "goteborg", _("Göteborgsregionen")
    FYRBODAL = "fyrbodal", _("Fyrbodal")
    SJUHARAD = "sjuharad", _("Sjuhärad")
    SKARABORG = "skaraborg", _("Skaraborg")
    WHOLE = "whole", _("Hela Västra Götaland")


class LegalForm(models.TextChoices):
    NON_PROFIT = "ideell_forening", _("ideell förening")
    FOUNDATION = "stiftelse", _("stiftelse")
    COOPERATIVE = "ekonomisk_forening", _("ekonomisk förening")
    RELIGIOUS = "trossamfund", _("trossamfund")
    LIMITED = "aktiebolag_svb", _("aktiebolag med särskild vinstutdelningsbegränsning")
    OTHER = "annan", _("annan")


# The dates a register can hold: a mistyped year (0201 for 2021) would otherwise stretch the
# statistics' table and chart over eighteen centuries.
FIRST_DATE = datetime.date(1900, 1, 1)
LAST_DATE = datetime.date(2200, 12, 31)


class SignatoryQuerySet(models.QuerySet):
    def active_on(self, on_date):
        return self.filter(signed_on__lte=on_date).filter(
            models.Q(withdrawn_on__isnull=True) | models.Q(withdrawn_on__gt=on_date)
        )


class Signatory(models.Model):
    """An organisation that has signed the agreement (underskrivare)."""

    name = models.CharField(_("namn"), max_length=300)
    organisation_number = models.CharField(
        _("organisationsnummer"),
        max_length=11,
        null=True,
        blank=True,
        unique=True,
        validators=[validate_organisation_number],
    )
    legal_form = models.CharField(
        _("associationsform"),
        max_length=30,
        choices=LegalForm.choices,
        default=LegalForm.NON_PROFIT,
    )
    is_umbrella = models.BooleanField(_("paraplyorganisation"), default=False)
    subregion = models.CharField(_("delregion"), max_length=20, choices=Subregion.choices)
    signed_on = models.DateField(_("undertecknade"))
    withdrawn_on = models.DateField(_("utträdde"), null=True, blank=True)
    admitted_by = models.ForeignKey(
        "meetings.Decision",
        verbose_name=_("antagen genom beslut"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="admitted_signatories",
    )
    contact_name = models.CharField(_("kontaktperson"), max_length=200, blank=True)
    contact_email = models.EmailField(_("kontaktens e-post"), blank=True)
    contact_phone = models.CharField(_("kontaktens telefon"), max_length=40, blank=True)
    website = models.URLField(_("webbplats"), blank=True)
    is_synthetic = models.BooleanField(
        _("syntetisk demodata"),
        default=False,
        help_text=_("Påhittad organisation i demodata, så att summorna stämmer med årsrapporten."),
    )
    # Moves on with every save, so a page opened before is refused (ros_portal.locking).
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    history = HistoricalRecords()

    objects = SignatoryQuerySet.as_manager()

    class Meta:
        verbose_name = _("underskrivare")
        verbose_name_plural = pgettext_lazy("plural", "underskrivare")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(withdrawn_on__isnull=True)
                | models.Q(withdrawn_on__gte=models.F("signed_on")),
                name="withdrawn_after_signed",
                violation_error_message=_("Utträdesdatumet kan inte vara före undertecknandet."),
            )
        ]
        indexes = [models.Index(fields=["signed_on"]), models.Index(fields=["withdrawn_on"])]

    def __str__(self):
        return self.name

    def clean(self):
        errors = {}
        for field in ("signed_on", "withdrawn_on"):
            value = getattr(self, field)
            if value and not FIRST_DATE <= value <= LAST_DATE:
                errors[field] = _("Ange ett datum mellan år 1900 och 2200.")
        if errors:
            raise ValidationError(errors)

    def delete(self, *args, **kwargs):
        raise models.ProtectedError(
            _("Underskrivare tas aldrig bort: ange ett utträdesdatum i stället."), {self}
        )
