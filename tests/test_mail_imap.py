"""IMAP source tests against a real Dovecot on loopback (skipped when dovecot is not installed).

Debian packages: dovecot-imapd (pulls dovecot-core) and, when the `cryptography` package is
absent from the virtualenv, openssl for the test certificates.
"""

from __future__ import annotations

import grp
import imaplib
import io
import ipaddress
import os
import pwd
import re
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from conftest import require_server

from keiho.errors import KeihoError
from keiho.mail.imap import encode_mailbox, iter_imap, parse_imap_url, uid_set
from keiho.mail.sources import MailSourceError, RawMessage, iter_raw_messages

USER = "alice"
PASSWORD = "s3cret-pässword"  # non-ASCII on purpose: only SASL PLAIN can carry it
WRONG_PASSWORD = "not-the-Password-42"


def find_dovecot() -> str | None:
    found = shutil.which("dovecot")
    if found is None and os.access("/usr/sbin/dovecot", os.X_OK):
        found = "/usr/sbin/dovecot"
    return found


def crlf_message(subject: str, body: str) -> bytes:
    # Dovecot serves messages with CRLF line ends; stored that way they come back byte for byte.
    text = f"From: Mallory <ceo@kitsune-ex.example>\nTo: {USER}@example.org\nSubject: {subject}\n" \
           f"Message-ID: <{abs(hash(subject))}@test>\n\n{body}"
    return text.replace("\n", "\r\n").encode("utf-8")


INBOX = [
    crlf_message("plain", "Please review the attached term sheet.\n"),
    crlf_message("utf-8 body", "Grüße aus Tōkyō — 東京からこんにちは\n"),
    crlf_message("big", "QUJD" * 75_000 + "\n"),  # ~300 KB: a literal imaplib must read in pieces
    crlf_message("last", "short\n"),
]


# --- certificates ---------------------------------------------------------------------------

def make_certificates(directory: Path) -> tuple[Path, Path, Path]:
    """A throw-away CA and a server certificate for localhost / 127.0.0.1: (ca, cert, key)."""
    try:
        import cryptography  # noqa: F401
    except ImportError:
        return _certificates_with_openssl(directory)
    return _certificates_with_cryptography(directory)


def _certificates_with_cryptography(directory: Path) -> tuple[Path, Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = datetime.now(UTC)
    ca_key, server_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "keiho test CA")])
    ca = (
        x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
        .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1)).not_valid_after(now + timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    server = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])).issuer_name(ca_name)
        .public_key(server_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1)).not_valid_after(now + timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName(
            [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    paths = directory / "ca.pem", directory / "server.pem", directory / "server.key"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(server.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(server_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    return paths


def _certificates_with_openssl(directory: Path) -> tuple[Path, Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("neither the cryptography package nor the openssl command is available")
    ca, ca_key = directory / "ca.pem", directory / "ca.key"
    cert, key, csr, ext = directory / "server.pem", directory / "server.key", directory / "server.csr", directory / "ext.cnf"
    ext.write_text("subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=critical,CA:FALSE\n"
                   "extendedKeyUsage=serverAuth\nauthorityKeyIdentifier=keyid\n")
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"]
    for command in (
        ["req", "-x509", *ec, "-keyout", ca_key, "-out", ca, "-days", "2", "-subj", "/CN=keiho test CA",
         "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"],
        ["req", *ec, "-keyout", key, "-out", csr, "-subj", "/CN=localhost"],
        ["x509", "-req", "-in", csr, "-CA", ca, "-CAkey", ca_key, "-CAcreateserial", "-out", cert,
         "-days", "2", "-extfile", ext],
    ):
        subprocess.run(["openssl", *map(str, command)], check=True, capture_output=True)
    return ca, cert, key


# --- the server -----------------------------------------------------------------------------

@dataclass
class Dovecot:
    root: Path
    imap_port: int
    imaps_port: int
    ca: Path
    maildir: Path
    mail_owner: tuple[int, int] | None  # chown delivered files to this (uid, gid) when we are root

    def url(self, folder: str = "INBOX", scheme: str = "imaps") -> str:
        port = self.imaps_port if scheme == "imaps" else self.imap_port
        return f"{scheme}://{USER}@127.0.0.1:{port}/{folder}"

    def trusting(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca))

    def folder_dir(self, folder: str) -> Path:
        """Maildir++ layout: INBOX is the Maildir itself, other folders `.NAME` (modified UTF-7)."""
        return self.maildir if folder == "INBOX" else self.maildir / ("." + encode_mailbox(folder)[1:-1])

    def deliver(self, folder: str, data: bytes, *, received: datetime | None = None) -> Path:
        """Put a message straight into the Maildir, unseen; `received` becomes its INTERNALDATE."""
        directory = self.folder_dir(folder)
        for sub in ("cur", "new", "tmp"):
            (directory / sub).mkdir(parents=True, exist_ok=True)
        if directory != self.maildir:
            (directory / "maildirfolder").touch()
        name = f"{time.time_ns()}.M{len(os.listdir(directory / 'cur'))}P{os.getpid()}.keiho:2,"
        path = directory / "cur" / name
        path.write_bytes(data)
        if received is not None:
            stamp = received.timestamp()
            os.utime(path, (stamp, stamp))
        if self.mail_owner is not None:
            for item in (directory, *(directory / sub for sub in ("cur", "new", "tmp")), path,
                         *([directory / "maildirfolder"] if directory != self.maildir else [])):
                os.chown(item, *self.mail_owner)
        return path

    def admin(self) -> imaplib.IMAP4_SSL:
        """An independent connection for checking what the server holds."""
        conn = imaplib.IMAP4_SSL("127.0.0.1", self.imaps_port, ssl_context=self.trusting(), timeout=10)
        conn.authenticate("PLAIN", lambda _: f"\0{USER}\0{PASSWORD}".encode())
        return conn


def free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def dovecot_config(root: Path, imap_port: int, imaps_port: int, cert: Path, key: Path) -> str:
    if os.geteuid() == 0:
        # Dovecot refuses root for login processes and for mail access: use unprivileged users.
        mail_user = pwd.getpwnam("nobody")
        login_user = "dovenull" if _user_exists("dovenull") else "nobody"
        internal_user, internal_group = "root", "root"
        unchroot = ""
    else:
        mail_user = pwd.getpwuid(os.getuid())
        login_user = internal_user = mail_user.pw_name
        internal_group = grp.getgrgid(os.getgid()).gr_name
        # Without root there is no chroot(): switch it off for every service that would use it.
        unchroot = "".join(f"service {name} {{\n  chroot =\n}}\n"
                           for name in ("anvil", "ipc", "imap-login", "imap-urlauth-login", "old-stats",
                                        "aggregator", "director"))
    return f"""\
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
default_internal_user = {internal_user}
default_internal_group = {internal_group}
default_login_user = {login_user}
mail_uid = {mail_user.pw_uid}
mail_gid = {mail_user.pw_gid}
first_valid_uid = 1
mail_location = maildir:~/Maildir
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
ssl_min_protocol = TLSv1.2
auth_mechanisms = plain login
auth_failure_delay = 0
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = home={root}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps_port}
    ssl = yes
  }}
}}
{unchroot}"""


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def wait_for_ports(process: subprocess.Popen[bytes], ports: list[int], log: Path) -> None:
    """Wait until every port accepts; ports[0] must be the plain IMAP one."""
    deadline = time.monotonic() + 30
    pending = list(ports)
    while pending:
        if process.poll() is not None or time.monotonic() > deadline:
            text = log.read_text(errors="replace") if log.exists() else "(no log)"
            pytest.fail(f"dovecot did not start (exit {process.poll()}):\n{text[-3000:]}")
        try:
            with socket.create_connection(("127.0.0.1", pending[0]), timeout=1) as probe:
                # plain IMAP greets first: proves a login process answers
                if pending[0] == ports[0] and not probe.recv(64).startswith(b"* OK"):
                    raise OSError("no greeting yet")
            pending.pop(0)
        except OSError:
            time.sleep(0.1)


@pytest.fixture(scope="module")
def dovecot() -> Iterator[Dovecot]:
    binary = find_dovecot()
    require_server(binary is not None, "dovecot", "apt-get install dovecot-imapd")
    assert binary is not None
    # Not pytest's tmp_path: its parents are mode 0700, and when we run as root the mail
    # processes run as 'nobody' and must reach the Maildir.
    root = Path(tempfile.mkdtemp(prefix="keiho-dovecot-"))
    process: subprocess.Popen[bytes] | None = None
    try:
        root.chmod(0o755)
        ca, cert, key = make_certificates(root)
        (root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}::::::\n", encoding="utf-8")
        imap_port, imaps_port = free_ports(2)
        conf = root / "dovecot.conf"
        conf.write_text(dovecot_config(root, imap_port, imaps_port, cert, key), encoding="utf-8")
        home = root / "home" / USER
        home.mkdir(parents=True)
        owner = None
        if os.geteuid() == 0:
            nobody = pwd.getpwnam("nobody")
            owner = (nobody.pw_uid, nobody.pw_gid)
            os.chown(home, *owner)
        server = Dovecot(root, imap_port, imaps_port, ca, home / "Maildir", owner)
        server.maildir.mkdir()
        if owner is not None:
            os.chown(server.maildir, *owner)
        for data in INBOX:
            server.deliver("INBOX", data)
        with (root / "stderr.log").open("wb") as stderr:
            process = subprocess.Popen([binary, "-F", "-c", str(conf)], stdin=subprocess.DEVNULL,
                                       stdout=stderr, stderr=stderr)
        wait_for_ports(process, [imap_port, imaps_port], root / "dovecot.log")
        yield server
    finally:
        if process is not None:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        shutil.rmtree(root, ignore_errors=True)


def flags_by_uid(server: Dovecot, folder: str = "INBOX") -> dict[int, set[str]]:
    conn = server.admin()
    try:
        status, _ = conn.select(encode_mailbox(folder), readonly=True)
        assert status == "OK"
        status, data = conn.uid("FETCH", "1:*", "(UID FLAGS)")
        assert status == "OK"
    finally:
        conn.logout()
    flags: dict[int, set[str]] = {}
    for line in data:
        assert isinstance(line, bytes)
        match = re.search(rb"UID (\d+) FLAGS \(([^)]*)\)", line)
        assert match, line
        flags[int(match[1])] = set(match[2].decode().split()) - {"\\Recent"}  # \Recent is per-session
    return flags


def uid_of(raw: RawMessage) -> int:
    match = re.search(r";UID=(\d+)$", raw.location)
    assert match, raw.location
    return int(match[1])


# --- reading over a real server ---------------------------------------------------------------

def test_imaps_reads_every_message_byte_for_byte_with_uid_locations(dovecot: Dovecot) -> None:
    found = list(iter_imap(dovecot.url(), password=PASSWORD, ssl_context=dovecot.trusting()))

    assert sorted(raw.data for raw in found) == sorted(INBOX)
    prefix = f"imaps://{USER}@127.0.0.1:{dovecot.imaps_port}/INBOX;UID="
    assert all(raw.location.startswith(prefix) for raw in found)
    uids = [uid_of(raw) for raw in found]
    assert uids == sorted(set(uids))
    conn = dovecot.admin()  # the UID in each location names that very message on the server
    try:
        conn.select("INBOX", readonly=True)
        for raw in found:
            status, data = conn.uid("FETCH", str(uid_of(raw)), "(BODY.PEEK[])")
            assert status == "OK" and isinstance(data[0], tuple) and data[0][1] == raw.data
    finally:
        conn.logout()


def test_a_location_can_be_read_again(dovecot: Dovecot) -> None:
    first = next(iter_imap(dovecot.url(), password=PASSWORD, ssl_context=dovecot.trusting()))
    again = list(iter_imap(first.location, password=PASSWORD, ssl_context=dovecot.trusting()))
    assert again == [first]


def test_scanning_marks_nothing_as_seen(dovecot: Dovecot) -> None:
    before = flags_by_uid(dovecot)
    assert before and all("\\Seen" not in flags for flags in before.values())

    assert len(list(iter_imap(dovecot.url(), password=PASSWORD, ssl_context=dovecot.trusting(), batch=2))) == len(INBOX)

    assert flags_by_uid(dovecot) == before
    # Control: the server does record \Seen when a client reads the ordinary way.
    dovecot.deliver("Control", crlf_message("control", "read me\n"))
    conn = dovecot.admin()
    try:
        conn.select("Control")
        conn.uid("FETCH", "1:*", "(BODY[])")
    finally:
        conn.logout()
    assert all("\\Seen" in flags for flags in flags_by_uid(dovecot, "Control").values())


def test_starttls_reads_the_same_messages(dovecot: Dovecot) -> None:
    found = list(iter_imap(dovecot.url(scheme="imap"), password=PASSWORD, ssl_context=dovecot.trusting()))
    assert sorted(raw.data for raw in found) == sorted(INBOX)
    assert found[0].location.startswith(f"imap://{USER}@127.0.0.1:{dovecot.imap_port}/INBOX;UID=")


@pytest.mark.parametrize("scheme", ["imaps", "imap"])
def test_an_untrusted_certificate_is_refused(dovecot: Dovecot, scheme: str) -> None:
    with pytest.raises(MailSourceError) as raised:
        next(iter_imap(dovecot.url(scheme=scheme), password=PASSWORD, ssl_context=ssl.create_default_context()))
    assert "certificate" in str(raised.value)
    assert PASSWORD not in str(raised.value)


def test_wrong_password_is_a_clear_error_without_the_password(dovecot: Dovecot) -> None:
    with pytest.raises(MailSourceError) as raised:
        next(iter_imap(dovecot.url(), password=WRONG_PASSWORD, ssl_context=dovecot.trusting()))
    message = str(raised.value)
    assert isinstance(raised.value, KeihoError) and raised.value.exit_code == 2
    assert f"login as '{USER}' failed" in message
    assert "Authentication failed" in message  # the server's own reason
    assert WRONG_PASSWORD not in message and PASSWORD not in message


def test_unknown_folder_is_a_clear_error(dovecot: Dovecot) -> None:
    with pytest.raises(MailSourceError) as raised:
        next(iter_imap(dovecot.url("No%20Such%20Folder"), password=PASSWORD, ssl_context=dovecot.trusting()))
    assert "cannot open folder 'No Such Folder'" in str(raised.value)


def test_folder_names_are_percent_decoded_and_encoded_for_imap(dovecot: Dovecot) -> None:
    japanese, spaced = crlf_message("japanese folder", "x\n"), crlf_message("spaced folder", "y\n")
    dovecot.deliver("日本語", japanese)
    dovecot.deliver("Archive 2024", spaced)
    assert (dovecot.maildir / ".&ZeVnLIqe-").is_dir()  # RFC 3501's own example of modified UTF-7

    found = list(iter_imap(dovecot.url("%E6%97%A5%E6%9C%AC%E8%AA%9E"), password=PASSWORD,
                           ssl_context=dovecot.trusting()))
    assert [raw.data for raw in found] == [japanese]
    assert found[0].location.startswith(f"imaps://{USER}@127.0.0.1:{dovecot.imaps_port}/%E6%97%A5")

    found = list(iter_imap(dovecot.url("Archive%202024"), password=PASSWORD, ssl_context=dovecot.trusting()))
    assert [raw.data for raw in found] == [spaced]
    assert list(iter_imap(found[0].location, password=PASSWORD, ssl_context=dovecot.trusting())) == found


def test_since_and_limit_select_messages(dovecot: Dovecot) -> None:
    dated = {year: crlf_message(f"from {year}", f"sent in {year}\n") for year in (2020, 2023, 2024)}
    for year, data in dated.items():
        dovecot.deliver("Dated", data, received=datetime(year, 6, 1, 12, tzinfo=UTC))

    def read(since: date | None = None, limit: int | None = None) -> list[bytes]:
        return [raw.data for raw in iter_imap(dovecot.url("Dated"), password=PASSWORD, ssl_context=dovecot.trusting(),
                                              batch=1, since=since, limit=limit)]

    assert sorted(read()) == sorted(dated.values())
    assert sorted(read(since=date(2023, 1, 1))) == sorted([dated[2023], dated[2024]])
    assert read(since=date(2025, 1, 1)) == []
    everything = read()
    assert read(limit=1) == everything[-1:]  # the newest UID
    assert read(limit=10) == everything
    assert read(limit=0) == []


def test_oversize_message_is_reported_not_fetched(dovecot: Dovecot) -> None:
    problems: list[tuple[str, str]] = []
    found = list(iter_imap(dovecot.url(), password=PASSWORD, ssl_context=dovecot.trusting(),
                           max_message_bytes=100_000, on_problem=lambda w, r: problems.append((w, r))))
    assert sorted(raw.data for raw in found) == sorted(data for data in INBOX if len(data) <= 100_000)
    assert len(problems) == 1 and "over the limit" in problems[0][1]
    assert problems[0][0].startswith(dovecot.url() + ";UID=")


def test_a_message_that_vanishes_mid_scan_is_reported_not_fatal(dovecot: Dovecot) -> None:
    messages = [crlf_message(f"vanishing {n}", f"number {n}\n") for n in range(3)]
    files = {data: dovecot.deliver("Vanishing", data) for data in messages}
    problems: list[tuple[str, str]] = []
    scan = iter_imap(dovecot.url("Vanishing"), password=PASSWORD, ssl_context=dovecot.trusting(), batch=1,
                     on_problem=lambda w, r: problems.append((w, r)))
    first = next(scan)
    doomed = next(data for data in messages if data != first.data)
    files[doomed].unlink()  # another client expunged it after our search

    rest = list(scan)

    assert sorted([first.data, *(raw.data for raw in rest)]) == sorted(set(messages) - {doomed})
    assert len(problems) == 1
    assert problems[0][0].startswith(dovecot.url("Vanishing") + ";UID=")
    assert problems[0][0] not in {raw.location for raw in [first, *rest]}


# --- transport policy and password sources ----------------------------------------------------

def test_plaintext_is_refused_unless_loopback_and_explicitly_allowed(dovecot: Dovecot) -> None:
    with pytest.raises(MailSourceError, match="without TLS"):
        iter_imap(dovecot.url(scheme="imap"), password=PASSWORD, starttls=False)
    with pytest.raises(MailSourceError, match="without TLS"):
        iter_imap("imap://alice@mail.example.com/INBOX", password=PASSWORD, starttls=False, allow_plaintext=True)
    found = list(iter_imap(dovecot.url(scheme="imap"), password=PASSWORD, starttls=False, allow_plaintext=True))
    assert sorted(raw.data for raw in found) == sorted(INBOX)


def test_password_from_the_environment(dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEIHO_IMAP_PASSWORD", PASSWORD)
    assert len(list(iter_imap(dovecot.url(), ssl_context=dovecot.trusting()))) == len(INBOX)


def test_iter_raw_messages_mixes_files_and_imap(dovecot: Dovecot, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEIHO_IMAP_PASSWORD", PASSWORD)
    monkeypatch.setenv("SSL_CERT_FILE", str(dovecot.ca))  # how a user trusts a private CA
    local = tmp_path / "local.eml"
    local.write_bytes(crlf_message("local", "file\n"))
    found = list(iter_raw_messages([str(local), dovecot.url()]))
    assert found[0] == RawMessage(str(local), local.read_bytes())
    assert sorted(raw.data for raw in found[1:]) == sorted(INBOX)


def test_no_password_and_no_terminal_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KEIHO_IMAP_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    with pytest.raises(MailSourceError, match=r"no IMAP password; set \$KEIHO_IMAP_PASSWORD"):
        iter_imap("imaps://alice@mail.example.com/INBOX")


def test_password_is_asked_for_in_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return PASSWORD

    monkeypatch.delenv("KEIHO_IMAP_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", Terminal(""))
    monkeypatch.setattr("getpass.getpass", fake_getpass)
    iter_imap("imaps://alice@mail.example.com/INBOX")  # nothing is connected before iteration
    assert prompts == ["IMAP password for alice@mail.example.com: "]


def test_a_silent_server_times_out_cleanly() -> None:
    with socket.socket() as listener:  # accepts TCP connections (backlog) but never greets
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        port = listener.getsockname()[1]
        with pytest.raises(MailSourceError, match="no answer within 0.5 s"):
            next(iter_imap(f"imaps://alice@127.0.0.1:{port}/INBOX", password=PASSWORD, timeout=0.5))


def test_nothing_listening_is_a_clear_error() -> None:
    port = free_ports(1)[0]
    with pytest.raises(MailSourceError, match=f"127.0.0.1:{port}: cannot connect"):
        next(iter_imap(f"imaps://alice@127.0.0.1:{port}/INBOX", password=PASSWORD, timeout=5))


# --- URL and protocol helpers -------------------------------------------------------------------

def test_imap_urls_are_parsed_and_percent_decoded() -> None:
    target = parse_imap_url("IMAPS://alice%40example.com@Mail.Example.com/Archive%2F2024%20Q1;UID=42")
    assert (target.scheme, target.user, target.host, target.port) == ("imaps", "alice@example.com", "mail.example.com", 993)
    assert (target.folder, target.uid) == ("Archive/2024 Q1", 42)
    assert target.location(7) == "imaps://alice%40example.com@mail.example.com:993/Archive/2024%20Q1;UID=7"
    assert parse_imap_url(target.location(7)).folder == "Archive/2024 Q1"
    assert parse_imap_url("imap://bob@[::1]:1143").folder == "INBOX"
    assert parse_imap_url("imap://bob@[::1]:1143").location(1) == "imap://bob@[::1]:1143/INBOX;UID=1"
    assert parse_imap_url("imap://bob@host/").port == 143


@pytest.mark.parametrize("url, expected", [
    ("imaps://alice:hunter2@mail.example.com/INBOX", "remove the password from the URL"),
    ("https://alice@mail.example.com/INBOX", "not an IMAP URL"),
    ("imaps://mail.example.com/INBOX", "no user name"),
    ("imaps://alice@mail.example.com:99999/INBOX", "malformed host or port"),
])
def test_bad_imap_urls_are_refused(url: str, expected: str) -> None:
    with pytest.raises(MailSourceError, match=expected) as raised:
        parse_imap_url(url)
    assert "hunter2" not in str(raised.value)


def test_mailbox_names_use_modified_utf7_and_quoting() -> None:
    assert encode_mailbox("~peter/mail/台北/日本語") == '"~peter/mail/&U,BTFw-/&ZeVnLIqe-"'  # RFC 3501 5.1.3
    assert encode_mailbox('R&D "x"') == '"R&-D \\"x\\""'


def test_uid_sets_compress_runs() -> None:
    assert uid_set([1, 2, 3, 7, 9, 10]) == "1:3,7,9:10"
    assert uid_set([5]) == "5"
