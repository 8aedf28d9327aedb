#!/usr/bin/env python3
"""Prints a real access token for a demo user: the authorization-code flow with PKCE of the
arsberetning-cli client, logging in on Keycloak's login page (the realm has no password grant).

usage: token.py ISSUER_URL CREDENTIALS_FILE USER
"""
import base64
import hashlib
import html
import json
import re
import secrets
import sys
import urllib.error
import urllib.parse
import urllib.request

REDIRECT = "http://localhost:49152/callback"
LOGIN_FORM = re.compile(r'<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class Cookies(urllib.request.BaseHandler):
    """Keycloak's cookies are Secure; on plain-http localhost a browser still sends them, Python's CookieJar does not."""

    def __init__(self):
        self.cookies = {}

    def http_request(self, request):
        if self.cookies:
            request.add_unredirected_header("Cookie", "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        return request

    def http_response(self, request, response):
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, value = header.split(";", 1)[0].partition("=")
            self.cookies[name.strip()] = value.strip()
        return response

    https_request = http_request
    https_response = http_response


def credential(path, key):
    with open(path, encoding="utf-8") as f:
        for line in f:
            name, _, value = line.strip().partition("=")
            if name == key:
                return value
    raise SystemExit(f"no {key} in {path}")


def main():
    issuer, credentials, user = sys.argv[1:4]
    # The demo user's password, read from the generated credentials file (never stored in the repository).
    user_pw = credential(credentials, "user." + user)
    verifier = secrets.token_urlsafe(32)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    state = secrets.token_urlsafe(16)
    opener = urllib.request.build_opener(Cookies(), NoRedirect())
    query = urllib.parse.urlencode({"client_id": "arsberetning-cli", "response_type": "code", "scope": "openid",
                                    "redirect_uri": REDIRECT, "state": state, "code_challenge": challenge,
                                    "code_challenge_method": "S256"})
    page = opener.open(f"{issuer}/protocol/openid-connect/auth?{query}", timeout=30).read().decode()
    form = LOGIN_FORM.search(page)
    if not form:
        raise SystemExit("no login form on Keycloak's page")
    body = urllib.parse.urlencode({"username": user, "password": user_pw, "credentialId": ""}).encode()
    try:
        opener.open(html.unescape(form.group(1)), data=body, timeout=30)
        raise SystemExit("login did not redirect back")
    except urllib.error.HTTPError as redirect:
        location = redirect.headers.get("Location", "")
    if not location.startswith(REDIRECT):
        raise SystemExit(f"login as {user} failed: {location}")
    params = urllib.parse.parse_qs(urllib.parse.urlparse(location).query)
    if params.get("state") != [state]:
        raise SystemExit("state mismatch")
    body = urllib.parse.urlencode({"grant_type": "authorization_code", "client_id": "arsberetning-cli",
                                   "code": params["code"][0], "redirect_uri": REDIRECT,
                                   "code_verifier": verifier}).encode()
    tokens = json.load(opener.open(f"{issuer}/protocol/openid-connect/token", data=body, timeout=30))
    print(tokens["access_token"])


if __name__ == "__main__":
    main()
