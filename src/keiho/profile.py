"""The organisation profile: who and what the organisation trusts. Every detector reads it.

Loaded from TOML and validated at once; any problem is one `ProfileError` naming the file,
the key and what is wrong.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from keiho.errors import ProfileError

_DOMAIN_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)+[a-z0-9-]{2,63}$")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _check_domain(value: str) -> str:
    host = value.strip().lower().rstrip(".")
    try:
        ascii_host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError as exc:
        raise ValueError(f"{value!r} is not a valid domain name ({exc})") from None
    if not _DOMAIN_RE.match(ascii_host):
        raise ValueError(f"{value!r} is not a domain name (expected e.g. example.com)")
    return ascii_host


# A domain name, normalised to lower-case IDNA; errors name the list item ("web.protected[2]").
DomainName = Annotated[str, AfterValidator(_check_domain)]


class _Model(BaseModel):
    # Unknown keys are errors: a typo such as `protectd = [...]` must not silently disable protection.
    model_config = ConfigDict(extra="forbid", frozen=True)


class Organization(_Model):
    name: str = Field(min_length=1)
    domains: tuple[DomainName, ...] = ()
    languages: tuple[str, ...] = ("en",)


class Executive(_Model):
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    title: str = ""
    emails: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()  # chat accounts known to be theirs (Slack ids, Telegram @names, LinkedIn URLs)

    @field_validator("emails")
    @classmethod
    def _emails(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for email in value:
            if not _EMAIL_RE.match(email):
                raise ValueError(f"{email!r} is not an email address")
        return tuple(e.lower() for e in value)


class Vendor(_Model):
    name: str = Field(min_length=1)
    domains: tuple[DomainName, ...] = ()


class Web(_Model):
    protected: tuple[DomainName, ...] = ()
    trusted_download_sources: tuple[str, ...] = ()
    allowlist: tuple[DomainName, ...] = ()
    known_bad: tuple[str, ...] = ()  # files of known-bad hosts, relative to the profile


class Wallet(_Model):
    chain: str = Field(min_length=1)
    address: str = Field(min_length=1)
    label: str = ""
    role: Literal["hot", "warm", "cold"] = "hot"


class Rules(_Model):
    disable: tuple[str, ...] = ()
    weights: dict[str, Annotated[int, Field(ge=0, le=100)]] = Field(default_factory=dict)


class Feed(_Model):
    """One intel feed `keiho intel update` re-imports: a file, or a URL where a network exists."""

    path: str = ""  # relative to the profile
    url: str = ""
    format: str = "auto"

    @model_validator(mode="after")
    def _one_place(self) -> Feed:
        if bool(self.path) == bool(self.url):
            raise ValueError("a feed has exactly one of `path` or `url`")
        if self.url and not self.url.startswith(("https://", "http://")):
            raise ValueError(f"{self.url!r}: feed URLs are http(s)")
        return self


class Intel(_Model):
    bundled: bool = True  # use the snapshot shipped with keiho as well as the store
    feeds: tuple[Feed, ...] = ()


class Mail(_Model):
    policy: str = ""  # verdict policy file (TOML) relative to the profile; empty: keiho's default
    # Authentication-Results are trusted only from these servers (authserv-id); empty: the
    # topmost header, which the receiving server added last.
    authserv_ids: tuple[str, ...] = ()


class Profile(_Model):
    organization: Organization
    executives: tuple[Executive, ...] = ()
    vendors: tuple[Vendor, ...] = ()
    web: Web = Web()
    wallets: tuple[Wallet, ...] = ()
    rules: Rules = Rules()
    intel: Intel = Intel()
    mail: Mail = Mail()
    source: str = Field(default="", exclude=True)  # the file it came from, for messages

    @property
    def base_dir(self) -> Path:
        return Path(self.source).parent if self.source else Path.cwd()

    @property
    def trusted_domains(self) -> tuple[str, ...]:
        """Domains whose hosts are the organisation's or its vendors' own, never lookalikes."""
        seen: dict[str, None] = {}
        for d in (*self.organization.domains, *(d for v in self.vendors for d in v.domains)):
            seen[d] = None
        for d in (*self.web.protected, *self.web.allowlist):
            seen[d] = None
        return tuple(seen)

    @property
    def own_domains(self) -> tuple[str, ...]:
        """The organisation's own mail and web domains."""
        return self.organization.domains

    def known_bad_paths(self) -> list[Path]:
        return [(self.base_dir / p) for p in self.web.known_bad]


def load_profile(path: str | Path) -> Profile:
    """Read and validate a profile; raise `ProfileError` naming the file, key and problem."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise ProfileError(str(p), "", "no such file (create one with `keiho init`)") from None
    except OSError as exc:
        raise ProfileError(str(p), "", f"cannot read: {exc.strerror}") from None
    return parse_profile(raw, str(p))


def parse_profile(raw: bytes | str, source: str = "<profile>") -> Profile:
    text = raw.decode("utf-8", errors="strict") if isinstance(raw, bytes) else raw
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(source, "", f"not valid TOML: {exc}") from None
    try:
        return Profile.model_validate({**data, "source": source})
    except ValidationError as exc:
        err = exc.errors()[0]
        key = _format_loc(err["loc"])
        problem = str(err["msg"]).removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            problem = "unknown key (check the spelling; `keiho init` shows every key)"
        elif err["type"] == "missing":
            problem = "required key is missing"
        more = len(exc.errors()) - 1
        if more:
            problem += f" (and {more} more problem{'s' if more > 1 else ''})"
        raise ProfileError(source, key, problem) from None


def _format_loc(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
