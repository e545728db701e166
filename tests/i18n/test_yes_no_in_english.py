"""A signatory file exported in English says yes/no; importing it again must understand it."""

import pytest
from django.utils import translation

from signatories.resources import YesNoWidget


@pytest.mark.parametrize("flag", [True, False])
def test_a_yes_or_no_written_in_english_reads_back(flag):
    widget = YesNoWidget()
    with translation.override("en"):
        written = widget.render(flag)
    assert written in ("yes", "no")
    assert widget.clean(written) is flag
