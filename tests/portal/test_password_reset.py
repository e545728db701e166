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
