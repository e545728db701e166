"""Every page says whose portal it is and how to reach them, and has an icon."""

import pytest

GROUP = "RÖS-gruppen – Överenskommelsen mellan Västra Götalandsregionen och civilsamhället"
SWITCHBOARD = "010-441 00 00"


def header_and_footer(html):
    return (
        html[html.index("<header") : html.index("</header>")],
        html[html.index("<footer") : html.index("</footer>")],
    )


@pytest.mark.django_db
def test_the_favicon_is_a_real_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    icon = b"".join(response.streaming_content)
    assert icon[:4] == b"\x00\x00\x01\x00"  # the ICO header
    assert len(icon) > 1000


@pytest.mark.django_db
def test_every_page_links_the_icon(client):
    assert 'rel="icon" href="/favicon.ico"' in client.get("/").content.decode()
    assert 'rel="icon" href="/favicon.ico"' in client.get("/admin/login/").content.decode()


@pytest.mark.django_db
def test_header_and_footer_name_the_group_and_its_contact_address(client, settings):
    settings.ROS_CONTACT_EMAIL = "ros-gruppen@example.se"
    header, footer = header_and_footer(client.get("/underskrivare/").content.decode())
    assert GROUP in header
    assert "RÖS-gruppen" in footer
    for part in (header, footer):
        assert 'href="mailto:ros-gruppen@example.se"' in part


@pytest.mark.django_db
def test_without_a_contact_address_header_and_footer_give_the_switchboard(client, settings):
    settings.ROS_CONTACT_EMAIL = ""
    header, footer = header_and_footer(client.get("/").content.decode())
    assert SWITCHBOARD in header
    assert SWITCHBOARD in footer
    assert "mailto:" not in header


@pytest.mark.django_db
def test_the_accessibility_statement_gives_the_contact_address(client, settings):
    settings.ROS_CONTACT_EMAIL = "ros-gruppen@example.se"
    html = client.get("/tillganglighet/").content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    assert 'href="mailto:ros-gruppen@example.se"' in main
