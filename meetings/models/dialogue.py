from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from meetings.models.meeting import Meeting


class DialogueOrganisation(models.Model):
    """An organisation at a dialogue meeting, linked to the register when it is a signatory."""

    meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("möte"),
        on_delete=models.CASCADE,
        related_name="organisations_present",
    )
    signatory = models.ForeignKey(
        "signatories.Signatory",
        verbose_name=_("underskrivare"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="dialogue_visits",
    )
    name = models.CharField(
        _("organisation"),
        max_length=300,
        blank=True,
        help_text=_("Bara för en organisation som inte är underskrivare."),
    )
    people = models.PositiveIntegerField(
        _("antal personer"), default=1, validators=[MinValueValidator(1)]
    )

    class Meta:
        verbose_name = _("organisation vid dialogmöte")
        verbose_name_plural = _("organisationer vid dialogmöte")
        ordering = ["meeting", "name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "signatory"], name="one_row_per_signatory_and_dialogue"
            ),
            models.CheckConstraint(
                condition=models.Q(signatory__isnull=False) | ~models.Q(name=""),
                name="dialogue_organisation_named",
            ),
        ]

    def __str__(self):
        return str(self.signatory) if self.signatory_id else self.name
