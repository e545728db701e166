"""Browser tests: Playwright driving Debian's chromium against the live test server."""

import json
import os
import shutil
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; Django's ORM calls made by the
# tests themselves are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
AXE_JS = (Path(__file__).parent / "vendor" / "axe.min.js").read_text()
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium")
    assert executable, "Debian's chromium is required: run 'make sysdeps-test'."
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="sv-SE")
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def phone_page(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url,
        locale="sv-SE",
        viewport={"width": 390, "height": 844},
        is_mobile=True,
        has_touch=True,
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def axe_violations(page):
    """Run axe-core on the page and return its WCAG 2.1 A/AA violations."""
    # Evaluated through the DevTools protocol, so the CSP (no inline scripts) does not block it.
    page.evaluate(AXE_JS)
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
    )
    return [
        {"id": v["id"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]


def assert_no_axe_violations(page):
    violations = axe_violations(page)
    assert violations == [], json.dumps(violations, indent=2, ensure_ascii=False)


def csp_refusals(page):
    """Collect what the Content-Security-Policy refuses on this page from now on.

    Other console errors (a missing favicon, say) are not the portal's business here."""
    refusals = []

    def on_console(message):
        if "Content Security Policy" in message.text or "Refused to" in message.text:
            refusals.append(message.text)

    page.on("console", on_console)
    return refusals


def log_in(page, user, password=None):
    """Log in through the login form; staff then pass the two-factor step with a fresh code."""
    from django_otp.oath import totp

    from tests.conftest import PASSWORD, totp_device

    staff = user.is_staff or user.is_superuser
    # The device exists before the form is sent, so staff get the code step, not the set-up.
    device = totp_device(user) if staff else None
    page.goto("/konto/login/")
    page.get_by_label("Användarnamn").fill(user.username)
    page.get_by_label("Lösenord").fill(password or PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    if staff:
        # django-otp refuses a code twice; a second log_in within 30 s must still work.
        type(device).objects.filter(pk=device.pk).update(last_t=-1, throttling_failure_count=0)
        page.wait_for_url("**/konto/tvafaktor/**")
        page.get_by_label("Engångskod från appen").fill(f"{totp(device.bin_key):06d}")
        page.get_by_role("button", name="Verifiera").click()
        page.wait_for_url(lambda url: "/konto/tvafaktor/" not in url)
