"""Crypto addresses: recognise the family, check the checksum, give one normal form.

PLACEHOLDER shape-only version; the checksum-verifying implementation replaces the bodies and
keeps this API: `parse_address`, `Address`, `InvalidAddress`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


class InvalidAddress(ValueError):
    """The text has the shape of an address of some chain but fails its checksum or encoding."""


@dataclass(frozen=True, slots=True)
class Address:
    value: str  # the key the store matches on (EVM: lower-case 0x-hex, shared by all EVM chains)
    chain: str  # family: "evm", "bitcoin", "litecoin", "tron", ...
    display: str  # what to show (EVM: EIP-55 checksummed)


_EVM = re.compile(r"0x[0-9a-fA-F]{40}")


def parse_address(text: str, chain_hint: str = "") -> Address | None:
    """The address in `text`, or None if it does not look like a supported address.

    `chain_hint` is a ticker or chain name from the source ("XBT", "ETH", "USDT", "tron") used
    only to break ties. Raises `InvalidAddress` if it looks like one but fails its checksum.
    """
    if _EVM.fullmatch(text):
        return Address(text.lower(), "evm", text)
    return None
