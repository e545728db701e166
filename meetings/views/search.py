"""Search across minutes, decisions and action items; the public sees approved text only."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.shortcuts import render

from meetings import search as finder
from meetings.forms import SearchForm
from meetings.roles import is_member


def search(request):
    form = SearchForm(request.GET or None)
    text = form.cleaned_data["q"] if form.is_valid() else ""
    public = not is_member(request.user)
    page = Paginator(finder.find(text, public=public), 20).get_page(request.GET.get("sida"))
    results = finder.load(list(page.object_list), text) if text else []
    context = {
        "form": form,
        "text": text,
        "page": page,
        "results": results,
        "public": public,
        "query": urlencode({"q": text}),
    }
    return render(request, "meetings/search.html", context)
