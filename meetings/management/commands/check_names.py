from django.core.management.base import BaseCommand

from meetings.names import unknown_names


class Command(BaseCommand):
    help = (
        "List names in the minutes and attendance notes that match no person, other spelling "
        "or initials, with the closest known name. Exits 1 when there are any."
    )

    def handle(self, *args, **options):
        found = unknown_names()
        for item in found:
            suggestion = f" (menar du {item.suggestion}?)" if item.suggestion else ""
            self.stdout.write(f"{item.where}: {item.name}{suggestion}")
        if found:
            self.stderr.write(f"{len(found)} namn saknas i personregistret.")
            raise SystemExit(1)
        self.stdout.write("Alla namn finns i personregistret.")
