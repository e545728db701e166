"""Static public pages the law asks for: the accessibility statement and the privacy notice.

The contact address comes from the context processor ros_portal.context_processors.contact.
"""

from django.shortcuts import render


def accessibility(request):
    """Tillgänglighetsredogörelse, as the law on accessible digital public services requires."""
    return render(request, "pages/accessibility.html")


def privacy(request):
    """How the portal handles personal data (GDPR art. 13)."""
    return render(request, "pages/privacy.html")
