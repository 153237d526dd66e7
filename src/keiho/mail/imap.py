"""Read an IMAP folder without changing it: EXAMINE (read-only) and BODY.PEEK[] by UID.

    imaps://user@host[:port]/FOLDER      implicit TLS, port 993 by default
    imap://user@host[:port]/FOLDER       STARTTLS, port 143 by default
    .../FOLDER;UID=123                   just that message (the location this module emits)

User and folder are percent-decoded (`alice%40example.com`, `Archive%202024`); the folder
defaults to INBOX. The password never goes in the URL: it comes from the caller, else from
$KEIHO_IMAP_PASSWORD, else from a prompt when keiho runs in a terminal. It is never sent in
clear, except to a loopback host when the caller explicitly allows it (for local test servers).
"""

from __future__ import annotations

import base64
import getpass
import imaplib
import ipaddress
import logging
import os
import re
import ssl
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote, unquote, urlsplit

from keiho.mail.sources import (
    DEFAULT_MAX_MESSAGE_BYTES,
    MailSourceError,
    ProblemHandler,
    RawMessage,
)

log = logging.getLogger(__name__)

DEFAULT_PASSWORD_ENV = "KEIHO_IMAP_PASSWORD"
DEFAULT_PORTS = {"imaps": 993, "imap": 143}
_SEARCH_CHUNK = 5000  # sequence numbers per UID SEARCH, so no answer line nears imaplib's 1 MB cap
_FETCH_BYTES = 32 * 2**20  # bodies fetched per command, so a batch of big messages stays bounded
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_UID = re.compile(rb"\bUID (\d+)", re.IGNORECASE)
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)", re.IGNORECASE)
_REPORTED = -1  # a size meaning "already reported as failed"
_UID_SUFFIX = re.compile(r";UID=(\d+)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ImapTarget:
    """A parsed IMAP URL; `uid` is set when the URL names a single message."""

    scheme: str
    user: str
    host: str
    port: int
    folder: str
    uid: int | None = None

    @property
    def folder_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{quote(self.user, safe='')}@{host}:{self.port}/{quote(self.folder, safe='/')}"

    def location(self, uid: int) -> str:
        return f"{self.folder_url};UID={uid}"


def parse_imap_url(url: str) -> ImapTarget:
    """Split an imap:// or imaps:// URL; a malformed one raises `MailSourceError`."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise MailSourceError("IMAP URL: malformed host or port (expected imaps://user@host[:port]/FOLDER)") from None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise MailSourceError(f"{scheme}: not an IMAP URL (expected imaps://user@host[:port]/FOLDER)")
    if parts.password is not None:
        # The URL ends up in logs and locations; say so without repeating it.
        raise MailSourceError(f"IMAP URL for {parts.hostname}: remove the password from the URL and put it "
                              f"in ${DEFAULT_PASSWORD_ENV} instead")
    if not parts.hostname:
        raise MailSourceError(f"{url}: no host (expected imaps://user@host[:port]/FOLDER)")
    if not parts.username:
        raise MailSourceError(f"{url}: no user name (expected imaps://user@host[:port]/FOLDER)")
    if parts.query or parts.fragment:
        raise MailSourceError(f"{url}: unexpected '?' or '#' part")
    path = parts.path.lstrip("/")
    uid: int | None = None
    if match := _UID_SUFFIX.search(path):
        uid, path = int(match[1]), path[: match.start()]
    folder = unquote(path, errors="strict") if path else "INBOX"
    return ImapTarget(scheme, unquote(parts.username), parts.hostname, port or DEFAULT_PORTS[scheme], folder, uid)


def iter_imap(
    url: str,
    *,
    password: str | None = None,
    password_env: str = DEFAULT_PASSWORD_ENV,
    ssl_context: ssl.SSLContext | None = None,
    starttls: bool = True,
    allow_plaintext: bool = False,
    timeout: float = 30.0,
    batch: int = 100,
    since: date | None = None,
    limit: int | None = None,
    max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES,
    on_problem: ProblemHandler | None = None,
) -> Iterator[RawMessage]:
    """Yield the messages of one IMAP folder in UID order, leaving every flag as it was.

    `since` keeps messages the server dated on or after that day (SEARCH SINCE); `limit` keeps
    the newest N. The URL, the transport policy and the password are checked here, before the
    first message is asked for; the connection is made when iteration starts. Failing to
    connect, log in or open the folder raises `MailSourceError`; one message that cannot be
    fetched (or is over `max_message_bytes`) is reported to `on_problem` and skipped.
    """
    if batch < 1 or (limit is not None and limit < 0) or max_message_bytes < 1:
        raise ValueError("batch and max_message_bytes must be positive, limit not negative")
    target = parse_imap_url(url)
    if target.scheme == "imap" and not starttls and not (allow_plaintext and is_loopback(target.host)):
        raise MailSourceError(
            f"{target.folder_url}: refusing to send the password without TLS; use imaps:// or STARTTLS "
            "(plaintext is only allowed to a loopback host, and only when explicitly requested)")
    secret = _resolve_password(target, password, password_env)
    session = _Session(target, secret, ssl_context, starttls, timeout, max_message_bytes, on_problem)
    return session.messages(batch, since, limit)


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _resolve_password(target: ImapTarget, password: str | None, password_env: str) -> str:
    if password is not None:
        return password
    if from_env := os.environ.get(password_env):
        return from_env
    stdin = sys.stdin
    if stdin is not None and stdin.isatty():
        return getpass.getpass(f"IMAP password for {target.user}@{target.host}: ")
    raise MailSourceError(f"{target.folder_url}: no IMAP password; set ${password_env} "
                          "or run keiho in a terminal to be asked for it")


def imap_date(day: date) -> str:
    """`01-Feb-2024`, the IMAP date form, whatever the locale."""
    return f"{day.day:02d}-{_MONTHS[day.month - 1]}-{day.year:04d}"


def encode_mailbox(name: str) -> str:
    """The folder name as a quoted IMAP string, non-ASCII in modified UTF-7 (RFC 3501 5.1.3)."""
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            encoded = base64.b64encode("".join(pending).encode("utf-16-be")).rstrip(b"=").replace(b"/", b",")
            out.append("&" + encoded.decode("ascii") + "-")
            pending.clear()

    for char in name:
        if " " <= char <= "~":
            flush()
            out.append("&-" if char == "&" else char)
        else:
            pending.append(char)
    flush()
    return '"' + "".join(out).replace("\\", "\\\\").replace('"', '\\"') + '"'


def uid_set(uids: Sequence[int]) -> str:
    """Sorted UIDs as an IMAP set with ranges: [1, 2, 3, 7] -> '1:3,7'."""
    ranges: list[str] = []
    start = previous = uids[0]
    for uid in [*uids[1:], -1]:
        if uid == previous + 1:
            previous = uid
            continue
        ranges.append(str(start) if start == previous else f"{start}:{previous}")
        start = previous = uid
    return ",".join(ranges)


def _server_text(exc: BaseException, secret: str) -> str:
    """The server's words from an imaplib error, as text, with the password masked just in case."""
    arg = exc.args[0] if exc.args else exc
    text = arg.decode("utf-8", "replace") if isinstance(arg, bytes) else str(arg)
    return text.replace(secret, "***") if secret else text


def _response_text(data: Sequence[object]) -> str:
    parts = [item.decode("utf-8", "replace") if isinstance(item, bytes) else str(item) for item in data if item]
    return " ".join(parts) or "no reason given"


class _Session:
    """One connection's worth of state; every exit path closes the socket."""

    def __init__(self, target: ImapTarget, secret: str, ssl_context: ssl.SSLContext | None, starttls: bool,
                 timeout: float, max_message_bytes: int, on_problem: ProblemHandler | None) -> None:
        self.target, self._secret, self._starttls, self._timeout = target, secret, starttls, timeout
        self._context = ssl_context
        self._max_bytes = max_message_bytes
        self._on_problem = on_problem
        self._where = target.folder_url

    def problem(self, location: str, reason: str) -> None:
        log.warning("%s: %s", location, reason)
        if self._on_problem is not None:
            self._on_problem(location, reason)

    def messages(self, batch: int, since: date | None, limit: int | None) -> Iterator[RawMessage]:
        conn = self._connect()
        polite = True  # say LOGOUT unless the connection is already dead or stuck
        try:
            self._login(conn)
            exists = self._examine(conn)
            uids = [self.target.uid] if self.target.uid is not None else self._search(conn, exists, since)
            if limit is not None:
                uids = uids[max(0, len(uids) - limit):] if limit else []
            log.info("%s: %d message(s) to read", self._where, len(uids))
            for start in range(0, len(uids), batch):
                yield from self._fetch_batch(conn, uids[start:start + batch])
        except TimeoutError:
            polite = False
            raise MailSourceError(f"{self._where}: the server stopped answering ({self._timeout:g} s)") from None
        except imaplib.IMAP4.abort as exc:
            polite = False
            raise MailSourceError(f"{self._where}: connection lost: {_server_text(exc, self._secret)}") from None
        except imaplib.IMAP4.error as exc:
            raise MailSourceError(f"{self._where}: {_server_text(exc, self._secret)}") from None
        except OSError as exc:
            polite = False
            raise MailSourceError(f"{self._where}: connection failed ({exc.strerror or exc})") from None
        finally:
            _close(conn, polite)

    def _connect(self) -> imaplib.IMAP4:
        target = self.target
        context = self._context or ssl.create_default_context()
        where = f"{target.host}:{target.port}"
        conn: imaplib.IMAP4 | None = None
        try:
            if target.scheme == "imaps":
                return imaplib.IMAP4_SSL(target.host, target.port, ssl_context=context, timeout=self._timeout)
            conn = imaplib.IMAP4(target.host, target.port, timeout=self._timeout)
            if self._starttls:
                if "STARTTLS" not in conn.capabilities:
                    raise MailSourceError(f"{self._where}: the server does not offer STARTTLS; "
                                          "refusing to send the password in clear (try imaps://)")
                conn.starttls(ssl_context=context)
            return conn
        except ssl.SSLCertVerificationError as exc:
            problem = f"TLS certificate not trusted ({exc.verify_message or exc.reason})"
        except ssl.SSLError as exc:
            problem = f"TLS handshake failed ({exc.reason or exc})"
        except TimeoutError:
            problem = f"no answer within {self._timeout:g} s"
        except OSError as exc:
            problem = f"cannot connect ({exc.strerror or exc})"
        except imaplib.IMAP4.error as exc:
            problem = _server_text(exc, self._secret)
        except BaseException:
            if conn is not None:
                _close(conn, polite=False)
            raise
        if conn is not None:
            _close(conn, polite=False)
        raise MailSourceError(f"{where}: {problem}")

    def _login(self, conn: imaplib.IMAP4) -> None:
        user, secret = self.target.user, self._secret
        try:
            if "AUTH=PLAIN" in conn.capabilities:  # SASL PLAIN carries UTF-8; LOGIN only ASCII
                conn.authenticate("PLAIN", lambda _: f"\0{user}\0{secret}".encode())
            elif "LOGINDISABLED" in conn.capabilities:
                raise MailSourceError(f"{self._where}: the server refuses to log in on this connection")
            else:
                conn.login(user, secret)
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as exc:
            raise MailSourceError(f"{self._where}: login as {user!r} failed: "
                                  f"{_server_text(exc, secret)}") from None
        except UnicodeEncodeError:
            raise MailSourceError(f"{self._where}: the server only accepts an ASCII password (no AUTH=PLAIN)") from None

    def _examine(self, conn: imaplib.IMAP4) -> int:
        folder = self.target.folder
        status, data = conn.select(encode_mailbox(folder), readonly=True)  # EXAMINE: flags stay as they are
        if status != "OK":
            raise MailSourceError(f"{self._where}: cannot open folder {folder!r}: {_response_text(data)}")
        try:
            return int(data[0] or 0)
        except (TypeError, ValueError):
            raise MailSourceError(f"{self._where}: the server did not say how many messages {folder!r} holds") from None

    def _search(self, conn: imaplib.IMAP4, exists: int, since: date | None) -> list[int]:
        criteria = ("SINCE", imap_date(since)) if since else ()
        found: set[int] = set()
        for first in range(1, exists + 1, _SEARCH_CHUNK):
            last = min(first + _SEARCH_CHUNK - 1, exists)
            status, data = conn.uid("SEARCH", f"{first}:{last}", *criteria)
            if status != "OK":
                raise MailSourceError(f"{self._where}: search failed: {_response_text(data)}")
            for line in data:
                if isinstance(line, bytes):
                    found.update(int(token) for token in line.split() if token.isdigit())
        return sorted(found)

    def _fetch_batch(self, conn: imaplib.IMAP4, uids: list[int]) -> Iterator[RawMessage]:
        sizes = self._fetch_sizes(conn, uids)
        wanted: list[int] = []
        for uid in uids:
            if sizes.get(uid) == _REPORTED:
                continue
            if uid not in sizes:
                self.problem(self.target.location(uid), "no such message in the folder (deleted meanwhile?)")
            elif sizes[uid] > self._max_bytes:
                self.problem(self.target.location(uid), f"{sizes[uid]:,} bytes, over the limit of "
                                                        f"{self._max_bytes:,} bytes per message; not fetched")
            else:
                wanted.append(uid)
        group: list[int] = []
        group_bytes = 0
        for uid in wanted:
            if group and group_bytes + sizes[uid] > _FETCH_BYTES:
                yield from self._fetch_bodies(conn, group)
                group, group_bytes = [], 0
            group.append(uid)
            group_bytes += sizes[uid]
        if group:
            yield from self._fetch_bodies(conn, group)

    def _fetch_sizes(self, conn: imaplib.IMAP4, uids: list[int]) -> dict[int, int]:
        """UID -> RFC822.SIZE; a UID whose fetch failed maps to _REPORTED, a vanished one is absent."""
        status, data = conn.uid("FETCH", uid_set(uids), "(UID RFC822.SIZE)")
        if status != "OK":
            if len(uids) == 1:
                self.problem(self.target.location(uids[0]), f"fetch failed: {_response_text(data)}")
                return {uids[0]: _REPORTED}
            sizes: dict[int, int] = {}
            for uid in uids:  # find the culprit one by one rather than lose the whole batch
                sizes.update(self._fetch_sizes(conn, [uid]))
            return sizes
        found: dict[int, int] = {}
        for item in data:
            line = item[0] if isinstance(item, tuple) else item
            if isinstance(line, bytes) and (uid_match := _UID.search(line)) and (size := _SIZE.search(line)):
                found[int(uid_match[1])] = int(size[1])
        return found

    def _fetch_bodies(self, conn: imaplib.IMAP4, uids: list[int]) -> Iterator[RawMessage]:
        status, data = conn.uid("FETCH", uid_set(uids), "(UID BODY.PEEK[])")  # PEEK: \Seen is not set
        if status != "OK":
            if len(uids) > 1:  # find the culprit one by one rather than lose the whole group
                for uid in uids:
                    yield from self._fetch_bodies(conn, [uid])
                return
            self.problem(self.target.location(uids[0]), f"fetch failed: {_response_text(data)}")
            return
        bodies = _parse_bodies(data)
        for uid in uids:
            body = bodies.get(uid)
            if body is None:
                self.problem(self.target.location(uid), "the server returned no content (deleted meanwhile?)")
            elif len(body) > self._max_bytes:
                self.problem(self.target.location(uid), f"over the limit of {self._max_bytes:,} bytes; skipped")
            else:
                yield RawMessage(self.target.location(uid), body)


def _parse_bodies(data: Sequence[object]) -> dict[int, bytes]:
    """UID -> BODY[] literal from imaplib's FETCH answer: (head, literal) tuples, where UID may
    sit in the head or in the bytes after the literal; unsolicited FETCH lines are ignored."""
    bodies: dict[int, bytes] = {}
    waiting: bytes | None = None
    for item in data:
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], bytes) and isinstance(item[1], bytes):
            head, literal = item
            waiting = None
            if b"BODY[]" not in head.upper():
                continue
            if match := _UID.search(head):
                bodies[int(match[1])] = literal
            else:
                waiting = literal
        elif isinstance(item, bytes) and waiting is not None:
            if match := _UID.search(item):
                bodies[int(match[1])] = waiting
            waiting = None
    return bodies


def _close(conn: imaplib.IMAP4, polite: bool) -> None:
    if polite:
        try:
            conn.logout()  # also shuts the socket down
            return
        except (OSError, imaplib.IMAP4.error):
            pass
    try:
        conn.shutdown()
    except (OSError, imaplib.IMAP4.error):
        pass
