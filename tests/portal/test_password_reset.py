"""A member who forgot her password gets a Swedish e-mail with a working link."""

import re

from django.core import mail
from django.urls import reverse


def test_member_resets_her_password_by_e_mail(client, member):
    response = client.post(reverse("password_reset"), {"email": "kerstin@example.se"})
    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [["kerstin@example.se"]]
    message = mail.outbox[0]
    assert message.subject == "Nytt lösenord till RÖS-portalen"
    link = re.search(r"https?://[^/]+(/konto/reset/\S+)", message.body).group(1)
    form = client.get(link, follow=True)
    assert "Välj nytt lösenord" in form.content.decode()
    done = client.post(
        form.redirect_chain[-1][0],
        {
            "new_password1": "ett-nytt-långt-lösenord-7",
            "new_password2": "ett-nytt-långt-lösenord-7",
        },
    )
    assert done.status_code == 302
    member.refresh_from_db()
    assert member.check_password("ett-nytt-långt-lösenord-7")


def test_unknown_address_gets_the_same_answer_and_no_mail(client, member):
    response = client.post(reverse("password_reset"), {"email": "okand@example.se"})
    assert response.status_code == 302
    assert mail.outbox == []


def test_an_outsider_cannot_fill_a_members_inbox_with_reset_mails(client, member):
    """Someone asks again and again for Kerstin's reset: she gets three mails in the hour, and
    the page says the same every time, so it tells the outsider nothing."""
    from ros_portal.views import RESET_MAILS_PER_HOUR

    answers = [
        client.post(reverse("password_reset"), {"email": address})
        for address in ["kerstin@example.se", " Kerstin@Example.se "] * 3
    ]

    assert {(a.status_code, a["Location"]) for a in answers} == {
        (302, reverse("password_reset_done"))
    }
    assert RESET_MAILS_PER_HOUR == 3
    assert [m.to for m in mail.outbox] == [["kerstin@example.se"]] * 3


def test_another_members_reset_is_not_held_back_by_that(client, member, adjuster):
    for _ in range(5):
        client.post(reverse("password_reset"), {"email": "kerstin@example.se"})
    mail.outbox.clear()

    client.post(reverse("password_reset"), {"email": adjuster.email})

    assert [m.to for m in mail.outbox] == [[adjuster.email]]
