"""The shapes the hand-written messages are declared in, and the RFC 5322 writer for them."""

from __future__ import annotations

import base64
import hashlib
import random
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

LABELS = ("lure", "benign")
CATEGORIES = (
    "exec-impersonation", "vendor-impersonation", "lookalike-link", "recruiter-coding-test",
    "investor-meeting-install", "trading-app", "wallet-request", "attachment", "conversation-hijack",
)
LANGUAGES = ("ja", "en", "fr", "ar", "ko", "zh")
GATEWAY = "mx1.kitsune-ex.co.jp"
OWN_DOMAINS = ("kitsune-ex.co.jp", "kitsune-ex.com")

# Helo names of the big free-mail providers, so their Received lines look like theirs.
_PROVIDER_HELO = {
    "gmail.com": "mail-sor-f41.google.com", "outlook.com": "mail-tycjpn01on2101.outbound.protection.outlook.com",
    "outlook.jp": "mail-tycjpn01on2102.outbound.protection.outlook.com", "yahoo.co.jp": "mail-s12.yahoo.co.jp",
    "naver.com": "cvsmtppost02.nm.naver.com", "163.com": "m16.mail.163.com", "qq.com": "out203-205-221.mail.qq.com",
    "gmx.fr": "mout.gmx.net", "proton.me": "mail-4316.protonmail.ch",
}


@dataclass(frozen=True)
class Att:
    filename: str
    data: bytes
    mime: str = "application/octet-stream"


@dataclass(frozen=True)
class Mail:
    """One labelled .eml. `category` of a benign message names the lure category it resembles."""

    label: str
    category: str
    language: str
    note: str
    sender: tuple[str, str]  # (display name, address)
    to: tuple[tuple[str, str], ...]
    subject: str
    body: str
    date: str  # "YYYY-MM-DD HH:MM +ZZZZ"
    html: str | None = None
    reply_to: str | None = None
    auth: str = "pass"  # what the receiving gateway recorded: pass | fail | none
    attachments: tuple[Att, ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    in_reply_to: str | None = None
    references: str | None = None
    cc: tuple[tuple[str, str], ...] = ()
    charset: str = "utf-8"
    cte: str | None = None
    return_path: str | None = None
    message_id: str | None = None
    helo: str | None = None

    def key(self) -> str:
        return f"{self.sender[1]}|{self.subject}|{self.date}"

    def validate(self) -> None:
        assert self.label in LABELS, self.label
        assert self.category in CATEGORIES, self.category
        assert self.language in LANGUAGES, self.language
        assert self.note and "\n" not in self.note, self.note
        datetime.strptime(self.date, "%Y-%m-%d %H:%M %z")


def _domain(address: str) -> str:
    return address.rsplit("@", 1)[-1].lower()


def _ip(seed: str) -> str:
    """An arbitrary public-looking IPv4 address. Not the TEST-NET ranges: SpamAssassin scores those
    as RCVD_ILLEGAL_IP, which would be an artefact of this set, not a signal."""
    digest = hashlib.sha256(seed.encode()).digest()
    first = (34, 40, 52, 54, 104, 149, 162, 167, 185, 209)[digest[0] % 10]
    return f"{first}.{digest[1]}.{digest[2]}.{digest[3] % 250 + 2}"


def _auth_results(mail: Mail) -> str:
    domain = _domain(mail.sender[1])
    envelope = _domain(mail.return_path or mail.sender[1])
    ip = _ip(mail.key())
    if mail.auth == "pass":
        return (f"{GATEWAY};\n\tspf=pass (domain of {envelope} designates {ip} as permitted sender) "
                f"smtp.mailfrom={envelope};\n\tdkim=pass header.d={domain} header.s=s1;\n\t"
                f"dmarc=pass (p=QUARANTINE) header.from={domain}")
    if mail.auth == "none":
        return (f"{GATEWAY};\n\tspf=pass smtp.mailfrom={envelope};\n\tdkim=none;\n\t"
                f"dmarc=none (p=NONE) header.from={domain}")
    if mail.auth == "fail":
        return (f"{GATEWAY};\n\tspf=fail (domain of {envelope} does not designate {ip} as permitted sender) "
                f"smtp.mailfrom={envelope};\n\tdkim=none;\n\tdmarc=fail (p=NONE) header.from={domain}")
    raise ValueError(mail.auth)


def _addr(display: str, address: str) -> Address:
    local, domain = address.rsplit("@", 1)
    return Address(display_name=display, username=local, domain=domain)


def build_email(mail: Mail) -> bytes:
    mail.validate()
    random.seed(mail.key())  # the email package draws MIME boundaries from `random`
    when = datetime.strptime(mail.date, "%Y-%m-%d %H:%M %z")
    sender_domain = _domain(mail.sender[1])
    rcpt = mail.to[0][1]
    internal = sender_domain in OWN_DOMAINS and mail.auth == "pass"
    helo = mail.helo or ("mail.kitsune-ex.co.jp" if internal else _PROVIDER_HELO.get(sender_domain, f"mail.{sender_domain}"))
    ip = "10.20.0.5" if internal else _ip(mail.key())
    qid = hashlib.sha1(mail.key().encode()).hexdigest()[:10].upper()

    # Trace fields come first and are folded by hand, as the receiving MTA writes them.
    trace = (f"Return-Path: <{mail.return_path or mail.sender[1]}>\n"
             f"Received: from {helo} ({helo} [{ip}])\n\tby {GATEWAY} (Postfix) with ESMTPS id {qid}\n"
             f"\tfor <{rcpt}>; {format_datetime(when)}\n"
             f"Authentication-Results: {_auth_results(mail)}\n")
    if sender_domain == "gmail.com":  # what Gmail's own submission path stamps on every message
        token = base64.b64encode(hashlib.sha512(mail.key().encode()).digest()).decode()
        trace += (f"X-Received: by 2002:a05:6a20:{qid[:4].lower()}:b0:1c4:{qid[4:8].lower()}:55d1 with SMTP id "
                  f"{qid.lower()}-20020a056a2000f1b0;\n\t{format_datetime(when)}\n"
                  f"X-Gm-Message-State: {token[:72]}\n"
                  f"X-Google-Smtp-Source: {token[8:80]}\n")
    msg = EmailMessage(policy=policy.default)
    msg["From"] = _addr(*mail.sender)
    msg["To"] = [_addr(*t) for t in mail.to]
    if mail.cc:
        msg["Cc"] = [_addr(*t) for t in mail.cc]
    if mail.reply_to:
        msg["Reply-To"] = mail.reply_to
    msg["Subject"] = mail.subject
    msg["Date"] = format_datetime(when)
    mid_domain = sender_domain if "." in sender_domain else "localhost"
    msg["Message-ID"] = mail.message_id or f"<{hashlib.sha1(mail.key().encode()).hexdigest()[:20]}@{mid_domain}>"
    if mail.in_reply_to:
        msg["In-Reply-To"] = mail.in_reply_to
    if mail.references:
        msg["References"] = mail.references
    for name, value in mail.headers:
        msg[name] = value

    body = mail.body.strip("\n") + "\n"
    cte = mail.cte or ("7bit" if mail.charset == "iso-2022-jp" else None)  # how Japanese MUAs send it
    if cte:
        msg.set_content(body, charset=mail.charset, cte=cte)
    else:
        msg.set_content(body, charset=mail.charset)
    if mail.html is not None:
        msg.add_alternative(mail.html, subtype="html")
    for att in mail.attachments:
        maintype, subtype = att.mime.split("/", 1)
        msg.add_attachment(att.data, maintype=maintype, subtype=subtype, filename=att.filename)
    return trace.encode("ascii") + msg.as_bytes(policy=policy.default.clone(linesep="\n"))


@dataclass
class ChatItem:
    """A labelled chat message; service messages carry no label and are skipped when counting."""

    label: str
    category: str
    language: str
    note: str

    def validate(self) -> None:
        assert self.label in LABELS and self.category in CATEGORIES and self.language in LANGUAGES, self
        assert self.note and "\n" not in self.note


@dataclass
class ChatFile:
    """One chat-export file: its bytes and the labels of its counted messages, in file order."""

    path: str  # relative to benchmarks/data/mail
    data: bytes
    labels: list[ChatItem] = field(default_factory=list)
