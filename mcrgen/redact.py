"""Secrets never leave in a message or a file: every way a key can be spelled is replaced by ``***``.

A key reaches text in more shapes than its raw value: an HTTP library's error shows a header as ``b'Bearer
sk-x\\n'`` (escaped), a JSON body echoes it with ``\\"`` escapes, a URL carries it percent-encoded, a Basic-auth
header carries it in base64. :func:`variants` lists those spellings; :func:`scrub` removes all of them for every
registered secret and every key-like environment variable. Keys shorter than :data:`MIN_SECRET` are not scrubbed
(replacing a 3-character string everywhere would mangle ordinary text and hide nothing worth hiding).
"""

from __future__ import annotations

import base64
import functools
import json
import os
import re
from collections.abc import Iterable, Mapping
from urllib.parse import quote, quote_plus

MIN_SECRET = 6
MASK = "***"
KEY_VAR = re.compile(r"^(?:[A-Za-z0-9_]*_)?(?:API_KEY|KEY|TOKEN|SECRET|PASSWORD)$", re.IGNORECASE)
"""Environment variable names whose values are scrubbed wherever they appear (OPENAI_API_KEY, HF_TOKEN, ...)."""

_registered: set[str] = set()


def register(secret: str) -> None:
    """Remember a secret read at run time (an API key from the variable the recipe names)."""
    if len(secret.strip()) >= MIN_SECRET:
        _registered.add(secret)


def _b64_forms(value: str) -> set[str]:
    """The base64 characters that encode ``value`` at each of the three byte alignments it can have inside a longer
    encoded string (e.g. a Basic-auth ``user:key``): the characters shared with the bytes around it are left off."""
    out: set[str] = set()
    data = value.encode("utf-8", "surrogatepass")
    for k, skip in ((0, 0), (1, 2), (2, 3)):
        enc = base64.b64encode(b"\0" * k + data).decode("ascii").rstrip("=")
        if (k + len(data)) % 3:
            enc = enc[:-1]  # the last character also holds bits of whatever byte follows
        if len(enc) - skip >= 8:
            out.add(enc[skip:])
    return out


def variants(secret: str) -> set[str]:
    """Every spelling of ``secret`` that mcrgen or a library may print: raw, stripped, escaped, JSON, repr of its
    bytes, percent-encoded, base64."""
    forms = {secret, secret.strip()}
    for s in list(forms):
        forms.add(json.dumps(s)[1:-1])
        forms.add(json.dumps(s, ensure_ascii=False)[1:-1])
        forms.add(repr(s)[1:-1])
        forms.add(repr(s.encode("utf-8", "surrogatepass"))[2:-1])
        forms.add(quote(s, safe=""))
        forms.add(quote(s))
        forms.add(quote_plus(s))
        forms |= _b64_forms(s)
    return {f for f in forms if len(f) >= MIN_SECRET}


def env_secrets(environ: Mapping[str, str] | None = None) -> set[str]:
    if environ is None:
        raw = getattr(os.environ, "_data", None)  # the bytes os.environ decodes on every read (POSIX)
        if isinstance(raw, dict):
            # Reading os.environ decodes all of it (~80 µs) and every rejected sample's verdict is scrubbed: the
            # secrets are worked out once per state of the environment, which a test or the user may change.
            return set(_env_secrets_of(frozenset(raw.items())))
    env = os.environ if environ is None else environ
    return {v for k, v in env.items() if KEY_VAR.match(k) and len(v.strip()) >= MIN_SECRET}


@functools.lru_cache(maxsize=8)
def _env_secrets_of(items: frozenset[tuple[bytes, bytes]]) -> frozenset[str]:
    pairs = ((os.fsdecode(k), os.fsdecode(v)) for k, v in items)
    return frozenset(v for k, v in pairs if KEY_VAR.match(k) and len(v.strip()) >= MIN_SECRET)


_URL_PASSWORD = re.compile(r"(\b[A-Za-z][A-Za-z0-9+.-]*://[^/\s:@]*:)[^/\s@]+@")
"""The password of a URL's user info (``http://user:PASSWORD@host``): a credential whatever it is."""


def scrub(text: str, extra: Iterable[str] = ()) -> str:
    """``text`` with every spelling of every known secret masked (longest first, so no fragment survives), and
    every password written in a URL."""
    if "://" in text:
        text = _URL_PASSWORD.sub(r"\1" + MASK + "@", text)
    secrets = _registered | env_secrets() | {s for s in extra if len(s.strip()) >= MIN_SECRET}
    if not secrets:
        return text
    forms = _forms(frozenset(secrets))
    for form in forms:
        if form in text:
            text = text.replace(form, MASK)
    return text


@functools.lru_cache(maxsize=64)
def _forms(secrets: frozenset[str]) -> tuple[str, ...]:
    """Every spelling of every secret, longest first. Cached: a rejected sample's verdict is scrubbed too, and
    spelling a key out (base64 at three alignments, JSON, repr, percent) cost ~100 µs each time."""
    return tuple(sorted({f for s in secrets for f in variants(s)}, key=len, reverse=True))
