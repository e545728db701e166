"""The portal's tests: attachments in a temporary folder, fast passwords. The minutes in each
status (sent_minutes, draft_minutes, approved_minutes) live in tests/conftest.py."""

import pytest

from tests.conftest import FAKE_PDF, make_minutes  # noqa: F401 - imported from here by others


@pytest.fixture(autouse=True)
def private_files(settings, tmp_path):
    """Attachments written by tests go to a temporary folder."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path), "base_url": None},
        },
    }
