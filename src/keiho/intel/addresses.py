"""Crypto addresses: recognise the family, check the checksum, give one normal form.

`parse_address` returns an `Address` whose `value` is the key the store matches on:

- "evm": `0x` + 40 hex, one key for Ethereum, BSC, Polygon, Arbitrum, ETC... (lower-case);
  `display` is the EIP-55 form and a mixed-case input must pass EIP-55.
- base58check families, kept exactly as written (base58 is case-sensitive): "bitcoin"
  (legacy P2PKH/P2SH; also Omni USDT), "litecoin", "dogecoin", "verge", "bitcoin-gold", "dash",
  "tron", "zcash" (transparent), "tezos", "xdag", "ripple" (Ripple alphabet).
- bech32/bech32m (lower-case): "bitcoin" and "litecoin" segwit (BIP-173/BIP-350), and the
  account chains "bnb-beacon", "kava", "harmony", "zilliqa".
- "bitcoin-cash" cashaddr, as `bitcoincash:` + lower-case payload (the prefix is optional on input).
- "monero" (standard, sub- and integrated addresses; Keccak checksum), "polkadot"/"kusama"/
  "substrate" (SS58), "stellar" (StrKey), "ton" (value is the raw `workchain:hex` form that all
  user-friendly spellings share).
- Shape only, because these chains' addresses carry no checksum: "solana" (base58 of 32 bytes),
  "kadena" (`k:` + 64 hex), and "aptos"/"sui" (`0x` + 64 hex, only with that chain hint: without
  it the same text is far more likely a transaction hash).

The chain hint (a ticker or chain name from the source: "XBT", "BCH", "usdt", "tron") only breaks
ties between families that share an encoding, e.g. a legacy `1...` address listed under BCH or BSV.
The form always wins otherwise: a `T...` address listed under XBT is still Tron.
"""

from __future__ import annotations

import base64
import binascii
import ctypes
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import base58
from bech32 import CHARSET as BECH32_CHARSET
from bech32 import bech32_hrp_expand, bech32_polymod, convertbits
from Crypto.Hash import keccak

# Candidate crypto addresses in prose (EVM, Bitcoin base58 and bech32, Tron). Cheap and loose on
# purpose: `parse_address` verifies the checksum of whatever it finds.
ADDRESS_IN_TEXT = re.compile(r"\b(?:0x[0-9a-fA-F]{40}|(?:bc1|tb1)[02-9ac-hj-np-z]{11,71}|[13T][1-9A-HJ-NP-Za-km-z]{25,34})\b")


class InvalidAddress(ValueError):
    """The text has the shape of an address of some chain but fails its checksum or encoding."""


@dataclass(frozen=True, slots=True)
class Address:
    value: str  # the key the store matches on (EVM: lower-case 0x-hex, shared by all EVM chains)
    chain: str  # family: "evm", "bitcoin", "litecoin", "tron", ...
    display: str  # what to show (EVM: EIP-55 checksummed)


# The shortest valid address is a bech32m one with a 2-byte program (14 characters); the longest
# is a 64-byte cashaddr with its prefix.
_MIN_LENGTH = 14
_MAX_LENGTH = 128

_HEX = re.compile(r"[0-9a-fA-F]+")
_ALNUM = re.compile(r"[0-9A-Za-z]+")
_HEX40 = re.compile(r"[0-9a-fA-F]{40}")
_HEX64 = re.compile(r"[0-9a-fA-F]{64}")
_BASE58 = re.compile(r"[1-9A-HJ-NP-Za-km-z]+")
_RIPPLE = re.compile(r"r[1-9A-HJ-NP-Za-km-z]{24,34}")
_STELLAR = re.compile(r"G[A-Z2-7]{55}")
_TON_RAW = re.compile(r"(-1|0):[0-9a-fA-F]{64}")
_BARE_CASHADDR = re.compile(r"[qp][02-9ac-hj-np-z]{41}|[QP][02-9AC-HJ-NP-Z]{41}")

_HINT_FAMILY = {
    "bch": "bitcoin-cash", "bitcoin-cash": "bitcoin-cash", "bitcoincash": "bitcoin-cash",
    "bsv": "bitcoin-sv", "bitcoin-sv": "bitcoin-sv", "bitcoinsv": "bitcoin-sv",
    "ltc": "litecoin", "litecoin": "litecoin",
    "xvg": "verge", "verge": "verge",
    "doge": "dogecoin", "dogecoin": "dogecoin",
    "apt": "aptos", "aptos": "aptos", "sui": "sui",
}  # fmt: skip


def parse_address(text: str, chain_hint: str = "") -> Address | None:
    """The address in `text`, or None if it does not look like a supported address.

    `chain_hint` is a ticker or chain name from the source ("XBT", "ETH", "USDT", "tron") used
    only to break ties. Raises `InvalidAddress` if it looks like one but fails its checksum.

    >>> parse_address("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed").display
    '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'
    """
    length = len(text)
    if length < _MIN_LENGTH or length > _MAX_LENGTH:
        return None
    if text.startswith("0x"):
        return _hex_account(text, chain_hint)
    lower = text.lower()
    # Bech32 is single-case (BIP-173); a mixed-case "BC1..." can only be base58 ('B' version bytes).
    if lower.startswith(_BECH32_PREFIXES) and _ALNUM.fullmatch(text) and (text == lower or text == text.upper()):
        try:
            return _bech32(text, lower)
        except InvalidAddress:
            # A Solana address can begin "bc1", "one1"... by chance: then its own shape decides.
            if 37 <= length <= 44 and _BASE58.fullmatch(text) and (solana := _solana(text)):
                return solana
            raise
    if _HEX.fullmatch(text):
        return None  # a bare hash: no real base58 address is made of hex digits only
    if ":" in text:
        return _prefixed(text, lower)
    if length == 42 and _BARE_CASHADDR.fullmatch(text):
        return _cashaddr(text)
    if length == 48 and text[:2] in _TON_TAGS:
        return _ton(text)
    if length == 56 and _STELLAR.fullmatch(text):
        return _stellar(text)
    if not _BASE58.fullmatch(text):
        return None
    if length in _MONERO_LENGTHS and text[0] in "48":
        return _monero(text)
    if text[0] == "r" and _RIPPLE.fullmatch(text):
        return _ripple(text)
    if 25 <= length <= 36:
        return _base58check(text, chain_hint)
    if 37 <= length <= 44:
        return _solana(text)
    if length in (47, 48):
        return _ss58(text)
    return None


def _hint_family(chain_hint: str) -> str:
    return _HINT_FAMILY.get(chain_hint.strip().lower().replace("_", "-").replace(" ", "-"), "")


# --- EVM (and the 32-byte Move-chain accounts that share the 0x prefix) ----------------------


def _hex_account(text: str, chain_hint: str) -> Address | None:
    body = text[2:]
    if len(body) == 64 and _HEX64.fullmatch(body):
        family = _hint_family(chain_hint)
        if family in ("aptos", "sui"):
            value = text.lower()
            return Address(value, family, value)
        return None
    if len(body) != 40 or not _ALNUM.fullmatch(body):
        return None
    if not _HEX40.fullmatch(body):
        raise InvalidAddress("evm address has non-hex characters")
    lower = body.lower()
    display = _eip55(lower)
    # All-lower and all-upper inputs carry no checksum; mixed case must be the EIP-55 form.
    if body != lower and body != body.upper() and display[2:] != body:
        raise InvalidAddress("evm EIP-55 checksum mismatch")
    return Address("0x" + lower, "evm", display)


def _keccak256_public(data: bytes) -> bytes:
    return keccak.new(digest_bits=256, data=data).digest()


def _bind_keccak256() -> Callable[[bytes], bytes]:
    """pycryptodome's one-shot Keccak, called without the hash-object setup of `keccak.new`.

    The public API costs about 4.5 us a call and held EVM parsing to about 140k/s; the one-shot
    entry point of the same C library costs about 1.4 us (EVM parsing then runs near 250k/s).
    It is internal to pycryptodome, so it is used only if present and if it reproduces the
    public API's digest; otherwise the public API is used.
    """
    lib: Any = getattr(keccak, "_raw_keccak_lib", None)
    oneshot: Any = getattr(lib, "keccak_oneshot", None)
    if oneshot is None or not isinstance(lib, ctypes.CDLL):
        return _keccak256_public
    size, capacity, rounds, padding = (
        ctypes.c_size_t(32), ctypes.c_size_t(64), ctypes.c_ubyte(24), ctypes.c_ubyte(0x01)
    )  # fmt: skip

    def keccak256(data: bytes) -> bytes:
        out = ctypes.create_string_buffer(32)
        if oneshot(data, ctypes.c_size_t(len(data)), out, size, capacity, rounds, padding):
            return _keccak256_public(data)
        return out.raw

    probe = b"keiho keccak self-check"
    try:
        agrees = keccak256(probe) == _keccak256_public(probe)
    except (ctypes.ArgumentError, TypeError, OSError):
        agrees = False
    return keccak256 if agrees else _keccak256_public


_keccak256 = _bind_keccak256()

# EIP-55 upper-cases the letters whose hash nibble is >= 8. Done on whole 160-bit integers so
# that no Python loop runs per character: ASCII lower -> upper is XOR 0x20.
_HIGH_NIBBLE = bytes.maketrans(b"0123456789abcdef", b"\x00" * 8 + b"\x20" * 8)
_IS_LETTER = bytes.maketrans(b"0123456789abcdef", b"\x00" * 10 + b"\x20" * 6)


def _eip55(lower: str) -> str:
    """EIP-55 display form of 40 lower-case hex digits."""
    digits = lower.encode("ascii")
    nibbles = _keccak256(digits)[:20].hex().encode("ascii")
    flip = int.from_bytes(nibbles.translate(_HIGH_NIBBLE), "big") & int.from_bytes(
        digits.translate(_IS_LETTER), "big"
    )
    return "0x" + (int.from_bytes(digits, "big") ^ flip).to_bytes(40, "big").decode("ascii")


# --- base58check -----------------------------------------------------------------------------

# Version prefix (before a 20-byte hash) -> (family, families the chain hint may pick instead).
_BASE58_VERSIONS: dict[bytes, tuple[str, frozenset[str]]] = {
    b"\x00": ("bitcoin", frozenset({"bitcoin-cash", "bitcoin-sv"})),
    b"\x05": ("bitcoin", frozenset({"bitcoin-cash", "bitcoin-sv", "litecoin"})),
    b"\x30": ("litecoin", frozenset()),  # L
    b"\x32": ("litecoin", frozenset()),  # M
    b"\x1e": ("dogecoin", frozenset({"verge"})),  # D: Verge reuses Dogecoin's P2PKH byte
    b"\x16": ("dogecoin", frozenset()),  # 9 / A
    b"\x21": ("verge", frozenset()),  # E
    b"\x26": ("bitcoin-gold", frozenset()),  # G
    b"\x17": ("bitcoin-gold", frozenset()),  # A
    b"\x4c": ("dash", frozenset()),  # X
    b"\x10": ("dash", frozenset()),  # 7
    b"\x41": ("tron", frozenset()),  # T
    b"\x1c\xb8": ("zcash", frozenset()),  # t1
    b"\x1c\xbd": ("zcash", frozenset()),  # t3
    b"\x06\xa1\x9f": ("tezos", frozenset()),  # tz1
    b"\x06\xa1\xa1": ("tezos", frozenset()),  # tz2
    b"\x06\xa1\xa4": ("tezos", frozenset()),  # tz3
    b"\x02\x5a\x79": ("tezos", frozenset()),  # KT1
    b"": ("xdag", frozenset()),  # XDAG checksums the bare 20-byte hash
}

# Leading characters that make a base58 string look like an address of a family, so that a
# checksum failure is reported as a broken address rather than ignored as some other token.
_BASE58_LOOKALIKES = (
    ("tz", "tezos"), ("KT1", "tezos"), ("t1", "zcash"), ("t3", "zcash"),
    ("1", "bitcoin"), ("3", "bitcoin"), ("L", "litecoin"), ("M", "litecoin"),
    ("D", "dogecoin"), ("9", "dogecoin"), ("A", "dogecoin"), ("E", "verge"),
    ("G", "bitcoin-gold"), ("X", "dash"), ("7", "dash"), ("T", "tron"),
)  # fmt: skip


def _sha256d_check(payload: bytes, check: bytes) -> bool:
    return hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] == check


def _base58check(text: str, chain_hint: str) -> Address | None:
    raw = base58.b58decode(text)
    payload, check = raw[:-4], raw[-4:]
    if len(raw) < 5 or not _sha256d_check(payload, check):
        family = next((f for prefix, f in _BASE58_LOOKALIKES if text.startswith(prefix)), None)
        if family is None:
            return None
        raise InvalidAddress(f"{family} base58 checksum mismatch")
    entry = _BASE58_VERSIONS.get(payload[:-20]) if len(payload) >= 20 else None
    if entry is None:
        return None  # well-formed base58check of another chain, a testnet, or a key
    family, alternatives = entry
    hinted = _hint_family(chain_hint)
    return Address(text, hinted if hinted in alternatives else family, text)


def _ripple(text: str) -> Address | None:
    raw = base58.b58decode(text, alphabet=base58.RIPPLE_ALPHABET)
    payload, check = raw[:-4], raw[-4:]
    if not _sha256d_check(payload, check):
        raise InvalidAddress("ripple base58 checksum mismatch")
    if len(payload) != 21 or payload[0] != 0:
        return None  # a seed or public key, not an account address
    return Address(text, "ripple", text)


def _solana(text: str) -> Address | None:
    # Shape only: a Solana address is a bare base58 ed25519 key with no checksum.
    if len(base58.b58decode(text)) != 32:
        return None
    return Address(text, "solana", text)


_SS58_NETWORKS = {0: "polkadot", 2: "kusama", 42: "substrate"}


def _ss58(text: str) -> Address | None:
    raw = base58.b58decode(text)
    family = _SS58_NETWORKS.get(raw[0]) if len(raw) == 35 else None
    if family is None:
        return None
    if hashlib.blake2b(b"SS58PRE" + raw[:33]).digest()[:2] != raw[33:]:
        raise InvalidAddress(f"{family} ss58 checksum mismatch")
    return Address(text, family, text)


# --- Monero: its own base58 (8-byte blocks) and a Keccak checksum ----------------------------

_MONERO_LENGTHS = (95, 106)  # standard/subaddress, integrated
_MONERO_BLOCK_BYTES = {2: 1, 3: 2, 5: 3, 6: 4, 7: 5, 9: 6, 10: 7, 11: 8}
_MONERO_NETWORKS = {(69, 18), (69, 42), (77, 19)}  # (decoded length, mainnet network byte)


def _monero(text: str) -> Address | None:
    decoded = bytearray()
    for start in range(0, len(text), 11):
        block = text[start : start + 11]
        size = _MONERO_BLOCK_BYTES[len(block)]  # 95 and 106 both end in a 7-character block
        number = base58.b58decode_int(block)
        if number >> (8 * size):
            raise InvalidAddress("monero base58 block out of range")
        decoded += number.to_bytes(size, "big")
    if (len(decoded), decoded[0]) not in _MONERO_NETWORKS:
        return None
    if _keccak256(bytes(decoded[:-4]))[:4] != decoded[-4:]:
        raise InvalidAddress("monero checksum mismatch")
    return Address(text, "monero", text)


# --- bech32 / bech32m (BIP-173, BIP-350) -----------------------------------------------------

_SEGWIT_HRPS = {"bc": "bitcoin", "ltc": "litecoin"}
_ACCOUNT_HRPS = {"bnb": "bnb-beacon", "kava": "kava", "one": "harmony", "zil": "zilliqa"}
_BECH32_PREFIXES = tuple(hrp + "1" for hrp in (*_SEGWIT_HRPS, *_ACCOUNT_HRPS))
_BECH32_CONST = 1
_BECH32M_CONST = 0x2BC830A3
_BECH32_MAX_LENGTH = 90


def _bech32_data(hrp: str, text: str, family: str) -> tuple[list[int], int]:
    """The 5-bit data (checksum removed) and the checksum constant it verified with."""
    if text != text.lower() and text != text.upper():
        raise InvalidAddress(f"{family} bech32 address mixes upper and lower case")
    lower = text.lower()
    if not lower.startswith(hrp + "1"):
        raise InvalidAddress(f"{family} bech32 address does not start with {hrp}1")
    if len(lower) > _BECH32_MAX_LENGTH:
        raise InvalidAddress(f"{family} bech32 address longer than {_BECH32_MAX_LENGTH}")
    chars = lower[len(hrp) + 1 :]
    if len(chars) < 6 or any(c not in BECH32_CHARSET for c in chars):
        raise InvalidAddress(f"{family} bech32 address has characters outside the bech32 alphabet")
    data = [BECH32_CHARSET.index(c) for c in chars]
    const = bech32_polymod(bech32_hrp_expand(hrp) + data)
    if const not in (_BECH32_CONST, _BECH32M_CONST):
        raise InvalidAddress(f"{family} bech32 checksum mismatch")
    return data[:-6], const


def _segwit_decode(hrp: str, text: str, family: str = "segwit") -> tuple[int, bytes]:
    """Witness version and program of a segwit address, by BIP-173 as amended by BIP-350."""
    data, const = _bech32_data(hrp, text, family)
    if not data or data[0] > 16:
        raise InvalidAddress(f"{family} segwit address has no valid witness version")
    version = data[0]
    program = convertbits(data[1:], 5, 8, False)
    if program is None:
        raise InvalidAddress(f"{family} segwit program has invalid padding")
    if not 2 <= len(program) <= 40 or (version == 0 and len(program) not in (20, 32)):
        raise InvalidAddress(f"{family} segwit v{version} program length {len(program)} is invalid")
    if const != (_BECH32_CONST if version == 0 else _BECH32M_CONST):
        expected = "bech32" if version == 0 else "bech32m"
        raise InvalidAddress(f"{family} segwit v{version} address must use {expected} checksum")
    return version, bytes(program)


def _bech32(text: str, lower: str) -> Address:
    hrp = lower[: lower.index("1")]
    if hrp in _SEGWIT_HRPS:
        family = _SEGWIT_HRPS[hrp]
        _segwit_decode(hrp, text, family)
    else:
        family = _ACCOUNT_HRPS[hrp]
        data, const = _bech32_data(hrp, text, family)
        account = convertbits(data, 5, 8, False)
        if const != _BECH32_CONST or account is None or len(account) not in (20, 32):
            raise InvalidAddress(f"{family} bech32 address is not a 20- or 32-byte account")
    return Address(lower, family, lower)


# --- Bitcoin Cash cashaddr -------------------------------------------------------------------

_CASHADDR_PREFIX = "bitcoincash"
_CASHADDR_GENERATORS = (0x98F2BC8E61, 0x79B76D99E2, 0xF33E5FB3C4, 0xAE2EABE2A8, 0x1E4F43E470)
_CASHADDR_HASH_SIZES = (20, 24, 28, 32, 40, 48, 56, 64)


def _cashaddr_polymod(values: list[int]) -> int:
    checksum = 1
    for value in values:
        top = checksum >> 35
        checksum = ((checksum & 0x07FFFFFFFF) << 5) ^ value
        for bit, generator in enumerate(_CASHADDR_GENERATORS):
            if (top >> bit) & 1:
                checksum ^= generator
    return checksum ^ 1


def _cashaddr_decode(prefix: str, payload: str) -> tuple[int, bytes]:
    """Type (0 P2PKH, 1 P2SH, ...) and hash of a cashaddr payload, checksum verified."""
    if payload != payload.lower() and payload != payload.upper():
        raise InvalidAddress("bitcoin-cash cashaddr mixes upper and lower case")
    payload = payload.lower()
    if len(payload) < 9 or any(c not in BECH32_CHARSET for c in payload):
        raise InvalidAddress("bitcoin-cash cashaddr has characters outside its alphabet")
    values = [BECH32_CHARSET.index(c) for c in payload]
    if _cashaddr_polymod([ord(c) & 0x1F for c in prefix] + [0] + values):
        raise InvalidAddress("bitcoin-cash cashaddr checksum mismatch")
    data = convertbits(values[:-8], 5, 8, False)
    if data is None or not data or data[0] & 0x80:
        raise InvalidAddress("bitcoin-cash cashaddr has an invalid version byte or padding")
    if len(data) - 1 != _CASHADDR_HASH_SIZES[data[0] & 0x07]:
        raise InvalidAddress("bitcoin-cash cashaddr hash length does not match its version")
    return data[0] >> 3, bytes(data[1:])


def _cashaddr(payload: str) -> Address:
    kind, _ = _cashaddr_decode(_CASHADDR_PREFIX, payload)
    if kind not in (0, 1):
        raise InvalidAddress(f"bitcoin-cash cashaddr type {kind} is not P2PKH or P2SH")
    value = f"{_CASHADDR_PREFIX}:{payload.lower()}"
    return Address(value, "bitcoin-cash", value)


def _prefixed(text: str, lower: str) -> Address | None:
    if lower.startswith(_CASHADDR_PREFIX + ":"):
        if text != lower and text != text.upper():
            raise InvalidAddress("bitcoin-cash cashaddr mixes upper and lower case")
        return _cashaddr(text[len(_CASHADDR_PREFIX) + 1 :])
    if text.startswith("k:") and len(text) == 66 and _HEX64.fullmatch(text, 2):
        # Shape only: a Kadena k: account is an ed25519 public key in hex, no checksum.
        return Address(lower, "kadena", lower)
    if _TON_RAW.fullmatch(text):
        return Address(lower, "ton", lower)
    return None


# --- TON and Stellar: base64/base32 with a CRC16-XMODEM --------------------------------------

_TON_TAGS = frozenset({"EQ", "UQ", "Ef", "Uf"})  # mainnet (non-)bounceable, workchain 0 / -1
_TON_FLAGS = (0x11, 0x51)


def _ton(text: str) -> Address | None:
    try:
        raw = base64.urlsafe_b64decode(text.replace("+", "-").replace("/", "_"))
    except (binascii.Error, ValueError):
        return None
    if len(raw) != 36 or raw[0] not in _TON_FLAGS:
        return None
    if binascii.crc_hqx(raw[:34], 0).to_bytes(2, "big") != raw[34:]:
        raise InvalidAddress("ton address checksum mismatch")
    workchain = int.from_bytes(raw[1:2], "big", signed=True)
    return Address(f"{workchain}:{raw[2:34].hex()}", "ton", text)


_STELLAR_ACCOUNT_VERSION = 6 << 3  # StrKey version byte of a "G..." account id


def _stellar(text: str) -> Address | None:
    raw = base64.b32decode(text)
    if len(raw) != 35 or raw[0] != _STELLAR_ACCOUNT_VERSION:
        return None
    if binascii.crc_hqx(raw[:33], 0).to_bytes(2, "little") != raw[33:]:
        raise InvalidAddress("stellar strkey checksum mismatch")
    return Address(text, "stellar", text)
