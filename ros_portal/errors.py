"""A page in words for a request the address does not take (405), like the 403 and 404 pages."""

from django.shortcuts import render


class MethodNotAllowedPageMiddleware:
    """Django answers a GET to an address that only takes a form (logging out, approving,
    answering a comment, …) with an empty 405; the visitor sees a blank page. Here the 405
    keeps its status and Allow header and gets the portal's page saying what to do instead."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 405 or response.content or request.method == "HEAD":
            return response
        page = render(request, "405.html", status=405)
        if "Allow" in response:
            page["Allow"] = response["Allow"]
        return page
