"""Static public pages the law asks for: the accessibility statement and the privacy notice."""

from django.conf import settings
from django.shortcuts import render


def _context():
    return {"contact_email": getattr(settings, "ROS_CONTACT_EMAIL", "")}


def accessibility(request):
    """Tillgänglighetsredogörelse, as the law on accessible digital public services requires."""
    return render(request, "pages/accessibility.html", _context())


def privacy(request):
    """How the portal handles personal data (GDPR art. 13)."""
    return render(request, "pages/privacy.html", _context())
