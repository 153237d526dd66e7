"""Etherscan label dumps in CSV: the label-cloud scrape (brianleect/etherscan-labels) and the Forta
labelled data sets built on Etherscan's phish/hack, exploit and heist lists.

The header row says which file it is (see `address_csv` for the machinery). What each gives:
- label cloud (`chain, address, name_tag, labels`): the role comes from the labels (`LABEL_ROLES`),
  the name tag is the label, the labels and "network:<chain>" are tags.
- Forta malicious labels, phishing scams: HOSTILE, the Etherscan tag as label ("Ronin Bridge
  Exploiter 3"), the list as a tag ("exploit").
- Forta malicious contracts: the contract is HOSTILE, and so is its deployer (tag "deployer").

Every address here is EVM; the network (one of Etherscan's family of explorers) is a tag, because
the indicator's chain is the family ("evm") and one address is the same on every EVM network.
Forta names the network by the chain id its file names start with ("1_...", "10_...").
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from keiho.intel.importers.address_csv import (
    CsvLayout,
    Row,
    read_layouts,
    sniff_layouts,
)
from keiho.intel.model import ImportedFile, Indicator, Role

ETHERSCAN_SOURCE = "etherscan-labels"
FORTA_SOURCE = "forta-labelled-datasets"

# Etherscan label -> role, decided from what the labelled addresses are. Any label not here is
# LABEL: identification (exchange, bridge, defi, tornado-cash, ...), never a screening hit.
LABEL_ROLES: dict[str, Role] = {
    "phish-hack": Role.HOSTILE,
    "exploit": Role.HOSTILE,
    "heist": Role.HOSTILE,
    "scam": Role.HOSTILE,  # bsc/polygon "Fake_Phishing<n>" addresses
    "compromised": Role.VICTIM,  # "Rubic's Compromised Wallet": the victim's key, like the incident list's victim rows
    # Stablecoin issuers' freezes: most are on the USDT blacklist, but so are token contracts, the
    # null address and a Uniswap pool. Frozen is not hostile.
    "blocked": Role.LABEL,
    # A dateless 2023 copy of the OFAC list: 37 of its 72 are Tornado Cash addresses delisted on
    # 2025-03-21 and 2 are in no OFAC list of 2021-2025; the other 33 are on the current list.
    # SANCTIONED comes from the OFAC files, which carry the listing and delisting dates.
    "ofac-sanctions-lists": Role.LABEL,
    "spam-token": Role.LABEL,  # unsolicited token contracts: a nuisance, not a counterparty
}
_PRECEDENCE = (Role.SANCTIONED, Role.HOSTILE, Role.VICTIM, Role.LABEL)  # the role of a row with several labels

# Forta files start with the chain id of the network they cover.
FORTA_NETWORKS = {
    "1": "ethereum",
    "10": "optimism",
    "56": "bsc",
    "137": "polygon",
    "250": "fantom",
    "42161": "arbitrum",
    "43114": "avalanche",
}


def role_of_labels(labels: tuple[str, ...]) -> Role:
    roles = {LABEL_ROLES.get(label, Role.LABEL) for label in labels}
    return next((role for role in _PRECEDENCE if role in roles), Role.LABEL)


def _labels(text: str) -> tuple[str, ...]:
    return tuple(label.strip() for label in text.split(";") if label.strip())


def _label_cloud_row(row: Row) -> Iterator[Indicator]:
    network = row.required("chain").lower()
    labels = _labels(row.get("labels"))
    indicator = row.indicator(
        row.get("address"),
        network,
        role=role_of_labels(labels),
        label=row.get("name_tag"),
        tags=(f"network:{network}",) + labels,
    )
    if indicator:
        yield indicator


def _forta_network(row: Row) -> tuple[str, tuple[str, ...]]:
    """(chain hint, network tags) from the file name's chain-id prefix; nothing if it has none we know."""
    network = FORTA_NETWORKS.get(row.path.name.split("_", 1)[0], "")
    return network, ((f"network:{network}",) if network else ())


def _forta_labels_row(row: Row) -> Iterator[Indicator]:
    network, tags = _forta_network(row)
    listed = row.required("data_source")  # "etherscan-exploit-list": every list in this file is a hostile one
    name = listed.removeprefix("etherscan-").removesuffix("-list")
    indicator = row.indicator(
        row.get("banned_address"), network, role=Role.HOSTILE, label=row.get("wallet_tag"), tags=tags + (name,)
    )
    if indicator:
        yield indicator


def _forta_phishing_row(row: Row) -> Iterator[Indicator]:
    network, tags = _forta_network(row)
    labels = _labels(row.get("etherscan_labels"))
    tags += labels + (("contract",) if row.get("is_contract").lower() == "true" else ())
    indicator = row.indicator(
        row.get("address"), network, role=role_of_labels(labels), label=row.get("etherscan_tag"), tags=tags
    )
    if indicator:
        yield indicator


def _forta_contract_row(row: Row) -> Iterator[Indicator]:
    network, tags = _forta_network(row)
    contract = row.get("contract_address")
    created_in = row.get("contract_creation_tx")  # absent from some of Forta's files
    cited = tuple(r for r in (row.get("source"), f"creation tx {created_in}" if created_in else "") if r)
    malicious = row.indicator(
        contract,
        network,
        role=Role.HOSTILE,
        label=row.get("contract_tag") or row.get("notes"),
        tags=tags + ("malicious-contract",),
        references=cited,
    )
    if malicious:
        yield malicious
    creator_label = row.get("contract_creator_etherscan_label")
    deployer = row.indicator(
        row.get("contract_creator"),
        network,
        role=Role.HOSTILE,  # whoever deployed an exploit or phishing contract is the attacker
        label=row.get("contract_creator_tag"),
        tags=tags + ("deployer",) + ((creator_label,) if creator_label else ()),
        references=cited + (f"deployer of {contract}",),
    )
    if deployer:
        yield deployer


LAYOUTS = (
    CsvLayout(
        "Etherscan label-cloud export",
        "chain,address,name_tag,labels",
        ETHERSCAN_SOURCE,
        rows=_label_cloud_row,
    ),
    CsvLayout(
        "Forta Etherscan malicious-label list",
        "banned_address,wallet_tag,data_source",
        FORTA_SOURCE,
        rows=_forta_labels_row,
    ),
    CsvLayout(
        "Forta phishing-scam list",
        "address,etherscan_tag,etherscan_labels,is_contract",
        FORTA_SOURCE,
        rows=_forta_phishing_row,
    ),
    CsvLayout(
        "Forta malicious-contract list",
        "contract_address,contract_tag,contract_creator,contract_creation_tx,"
        "contract_creator_tag,source,notes,contract_creator_etherscan_label",
        FORTA_SOURCE,
        rows=_forta_contract_row,
    ),
    CsvLayout(
        "Forta malicious-contract list without creation transactions",
        "contract_address,contract_tag,contract_creator,contract_creator_tag,source,notes",
        FORTA_SOURCE,
        rows=_forta_contract_row,
    ),
)


def sniff(path: Path, head: bytes, format: str) -> bool:
    return sniff_layouts(head, LAYOUTS)


def read(path: Path, format: str) -> ImportedFile:
    return read_layouts(path, format, LAYOUTS)
