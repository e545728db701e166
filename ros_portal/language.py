"""The portal speaks Swedish unless the visitor has chosen English with the language form."""

from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers


def chosen_language(request):
    """The language in the cookie that Django's set_language view leaves, else Swedish.

    The browser's Accept-Language is not consulted: a visitor whose browser prefers English
    gets the Swedish portal until they choose English.
    """
    chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if chosen:
        try:
            return translation.get_supported_language_variant(chosen)
        except LookupError:
            pass
    return settings.LANGUAGE_CODE


class ChosenLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Only for this request: the thread goes back to its language afterwards, so what runs
        # next in it (a command, a mail, a test) does not speak the last visitor's language.
        with translation.override(chosen_language(request)):
            request.LANGUAGE_CODE = translation.get_language()
            response = self.get_response(request)
        patch_vary_headers(response, ("Cookie",))
        response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
        return response
