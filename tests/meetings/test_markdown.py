"""Hostile Markdown is inert: the one sanitiser, the template filter and the admin preview."""

from django.template import Context, Template
from django.urls import reverse

from ros_portal.markdown import render_markdown

HOSTILE = """\
# Rubrik

<script>alert("pwned")</script>
<iframe src="https://evil.example/"></iframe>
[klicka här](javascript:alert(1))
<img src="file:///etc/passwd">
![metadata](http://169.254.169.254/latest/meta-data/)
<a href="http://169.254.169.254/latest/" onclick="steal()">moln</a>
<p style="background:url(http://169.254.169.254/)">stil</p>
**fet** och [länk](https://www.vgregion.se/)
"""


def assert_inert(html):
    lowered = html.lower()
    for bad in [
        "<script",
        "<iframe",
        "javascript:",
        "<img",
        "file://",
        "onclick",
        "style=",
        "alert(",
    ]:
        assert bad not in lowered, bad
    # What is harmless survives.
    assert "<strong>fet</strong>" in html
    assert 'href="https://www.vgregion.se/"' in html


def test_the_sanitiser_keeps_text_and_drops_everything_that_could_run():
    html = render_markdown(HOSTILE)
    assert_inert(html)
    assert "klicka här" in html


def test_the_metadata_address_is_at_most_an_inert_link_never_an_image():
    html = render_markdown(HOSTILE)
    assert "<img" not in html
    assert 'rel="noopener noreferrer nofollow"' in html


def test_the_portal_filter_renders_the_same_sanitised_html():
    rendered = Template("{% load markup %}{{ text|markdown }}").render(Context({"text": HOSTILE}))
    assert rendered == render_markdown(HOSTILE)
    assert_inert(rendered)


def test_the_admin_preview_returns_the_sanitised_html(client_for, secretary):
    url = reverse("admin:meetings_markdown_preview")
    response = client_for(secretary).post(url, {"text": HOSTILE})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert response.content.decode() == render_markdown(HOSTILE)
    assert_inert(response.content.decode())


def test_the_preview_answers_only_posts(client_for, secretary):
    url = reverse("admin:meetings_markdown_preview")
    assert client_for(secretary).get(url).status_code == 405


def test_the_preview_is_for_staff_only(client_for, member):
    url = reverse("admin:meetings_markdown_preview")
    response = client_for(member).post(url, {"text": "hej"})
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_the_admin_change_page_escapes_hostile_headings(client_for, secretary, august_meeting):
    august_meeting.agenda_items.create(heading='<script>alert("x")</script>', body=HOSTILE)
    url = reverse("admin:meetings_meeting_change", args=[august_meeting.pk])
    html = client_for(secretary).get(url).content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;" in html
