"""Log in through the portal's login form and print the session cookie as a Cookie header.

Usage: python tests/load/login.py http://127.0.0.1:PORT USERNAME PASSWORD
Plain http.client, so that the Secure flag on production cookies does not hide them.
"""

import http.client
import re
import sys
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit


def cookies_of(response, jar):
    for header in response.headers.get_all("Set-Cookie") or []:
        jar.load(header)


def main(base, username, password):
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    jar = SimpleCookie()
    conn.request("GET", "/konto/login/")
    response = conn.getresponse()
    page = response.read().decode()
    cookies_of(response, jar)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    body = urlencode({"username": username, "password": password, "csrfmiddlewaretoken": token})
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": "; ".join(f"{k}={v.value}" for k, v in jar.items()),
        "Referer": f"{base}/konto/login/",
    }
    conn.request("POST", "/konto/login/", body=body, headers=headers)
    response = conn.getresponse()
    response.read()
    cookies_of(response, jar)
    if response.status != 302 or "sessionid" not in jar:
        sys.exit(f"login failed: HTTP {response.status}")
    print(f"sessionid={jar['sessionid'].value}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
