from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from signatories.importing import import_file


class Command(BaseCommand):
    help = (
        "Import signatories from a CSV (semicolon) or XLSX file: every row valid, or nothing saved."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="a .csv or .xlsx file with the register's Swedish columns")
        parser.add_argument("--dry-run", action="store_true", help="check every row, save nothing")

    def handle(self, *args, **options):
        with translation.override("sv"):
            try:
                outcome = import_file(options["file"], dry_run=options["dry_run"])
            except (OSError, ValueError) as error:
                raise CommandError(str(error)) from error
            if not outcome.ok:
                for message in outcome.errors:
                    self.stderr.write(message)
                raise CommandError(
                    _("Filen avvisades: %(count)s fel, ingenting sparades.")
                    % {"count": len(outcome.errors)}
                )
            totals = outcome.totals
            figures = {
                "new": totals.get("new", 0),
                "update": totals.get("update", 0),
                "skip": totals.get("skip", 0),
            }
            if outcome.dry_run:
                text = _(
                    "Provkörning, ingenting sparat: %(new)s nya, %(update)s uppdaterade, %(skip)s oförändrade."
                )
            else:
                text = _("Importerat: %(new)s nya, %(update)s uppdaterade, %(skip)s oförändrade.")
            self.stdout.write(text % figures)
