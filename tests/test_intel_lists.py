"""Line-oriented intel importers: maltrail trails, signature-base IOC lists, plain lists, prose reports.

Counts are derived here from the staged files with simple greps of their own (or taken from
SOURCES.md), never copied from what the importer returns.
"""

from __future__ import annotations

import bz2
import gzip
import random
import re
import time
import tracemalloc
from collections import Counter
from pathlib import Path

import idna
import pytest
from conftest import shared_path

from keiho.errors import IntelFormatError
from keiho.intel.addresses import parse_address
from keiho.intel.importers import lists
from keiho.intel.importers._common import head
from keiho.intel.model import ImportedFile, Indicator, IndicatorType, Role

IOCS = ("data", "intel", "iocs")
URL = re.compile(r"https?://[^\s)]+")
REFERENCE = re.compile(r"#\s*Ref\w*\s*:")

# file -> (actor, entries stated in SOURCES.md)
MALTRAIL = {
    "apt_lazarus.txt": ("Lazarus Group", 5573),
    "apt_bluenoroff.txt": ("BlueNoroff", 2140),
    "apt_38.txt": ("APT38", 11),
    "apt_45.txt": ("APT45", 3),
    "apt_37.txt": ("APT37", 486),
    "apt_kimsuky.txt": ("Kimsuky", 26493),
    "android_lazarus.txt": ("Lazarus Group", 87),
}


def _read(path: Path, format: str = "list") -> tuple[ImportedFile, list[Indicator]]:
    imported = lists.read(path, format)
    return imported, list(imported.indicators)


def _entries(path: Path) -> list[str]:
    """Non-blank, non-comment lines, stripped: what a list file lists."""
    with path.open(encoding="utf-8") as handle:
        return [s for s in (line.strip() for line in handle) if s and not s.startswith("#")]


def _bad_idn(entry: str) -> bool:
    """A punycode host that IDNA 2008 refuses (maltrail keeps a few: 'xn--nid-mo0a' is U+2018 + 'nid')."""
    host = entry.split("://")[-1].split("/")[0].split(":")[0]
    if "xn--" not in host:
        return False
    try:
        idna.decode(host)
    except idna.IDNAError:
        return True
    return False


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- maltrail ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(MALTRAIL))
def test_maltrail_file_yields_every_entry_but_host_less_paths(name: str) -> None:
    path = shared_path(*IOCS, "maltrail", name)
    actor, stated = MALTRAIL[name]
    entries = _entries(path)
    assert len(entries) == stated  # our own count agrees with SOURCES.md
    paths = [e for e in entries if e.startswith("/")]
    bad_idn = [e for e in entries if _bad_idn(e)]

    imported, indicators = _read(path, "maltrail")

    assert len(indicators) == len(entries) - len(paths) - len(bad_idn)
    assert {i.actor for i in indicators} == {actor}
    assert {(i.source, i.role) for i in indicators} == {("maltrail", Role.HOSTILE)}
    assert imported.source == "maltrail"
    kept = [s for s in imported.skipped if not s.startswith("in all:")]
    assert len(kept) == min(len(paths) + len(bad_idn), 20)
    if len(paths) + len(bad_idn) > 20:  # the reasons are bounded; the total is still told
        assert imported.skipped[-1].startswith(f"in all: {len(paths) + len(bad_idn)} ")
    assert all("URL path without a host" in s or "internationalised" in s for s in kept)


def test_maltrail_lazarus_known_entries_and_their_references() -> None:
    path = shared_path(*IOCS, "maltrail", "apt_lazarus.txt")
    _, indicators = _read(path, "maltrail")
    by_value = {i.value: i for i in indicators}
    # AA22-108A (TraderTraitor) and AppleJeus domains named in SOURCES.md
    for domain in ("dafom.dev", "tokenais.com", "cryptais.com", "alticgo.com", "esilet.com", "celasllc.com",
                   "jmttrading.org", "unioncrypto.vip", "kupaywallet.com", "coingotrade.com"):
        assert by_value[domain].type is IndicatorType.DOMAIN, domain
        assert by_value[domain].actor == "Lazarus Group"
    # dorusio.com is listed only as a URL (dorusio.com/dorusio_update.php), not as a bare domain
    assert by_value["http://dorusio.com/dorusio_update.php"].type is IndicatorType.URL
    assert by_value["dafom.dev"].references[0] == "https://www.cisa.gov/uscert/ncas/alerts/aa22-108a"

    # The references of dafom.dev are the run of reference lines nearest above it, found by hand.
    lines = path.read_text(encoding="utf-8").splitlines()
    at = next(n for n, line in enumerate(lines) if line.strip() == "dafom.dev")
    run: list[str] = []
    for line in reversed(lines[:at]):
        text = line.strip()
        if REFERENCE.match(text):
            run.insert(0, text)
        elif run and text:
            break
    expected = tuple(dict.fromkeys(url for text in run for url in URL.findall(text)))
    assert expected and by_value["dafom.dev"].references == expected


def test_maltrail_kinds_of_entries() -> None:
    _, indicators = _read(shared_path(*IOCS, "maltrail", "apt_lazarus.txt"), "maltrail")
    entries = _entries(shared_path(*IOCS, "maltrail", "apt_lazarus.txt"))
    types = Counter(i.type for i in indicators)
    with_port = [e for e in entries if re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}:\d+", e)]
    bare_ip = [e for e in entries if re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", e)]
    urls = [e for e in entries if not e.startswith("/") and ("/" in e or "://" in e)]
    assert types[IndicatorType.IP_PORT] == len(with_port)
    assert types[IndicatorType.IP] == len(bare_ip)
    assert types[IndicatorType.URL] == len(urls)


def test_maltrail_kimsuky_parses_fast() -> None:
    path = shared_path(*IOCS, "maltrail", "apt_kimsuky.txt")
    start = time.process_time()  # CPU time: other workers on the machine do not count
    count = sum(1 for _ in lists.read(path, "maltrail").indicators)
    assert count > 26_000
    assert time.process_time() - start < 1.0


def test_maltrail_reference_runs(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "apt_example.txt",
        "# Copyright (c) 2014-2026 Maltrail developers (https://github.com/stamparm/maltrail/)\n\n"
        "# Reference: https://a.example/1\n# Reference: https://a.example/2 (Korean)\n\none.example\n\n"
        "# Reference: https://b.example/1\n\n# http://175.45.176.97\n\n"
        "# Referemce: https://c.example/1\n\ntwo.example\n/path/only.php\n\n"
        "# BANNER_0_HASH-HOST=fda47416f397bac31d80d8e73d01fe0c\n\nthree.example\n",
    )
    assert lists.sniff(path, head(path), "maltrail")
    imported = lists.read(path, "maltrail", source_version="8adace159e1e")
    indicators = list(imported.indicators)
    assert imported.source_version == "8adace159e1e" and {i.source_version for i in indicators} == {"8adace159e1e"}
    refs = {i.value: i.references for i in indicators}
    assert refs["one.example"] == ("https://a.example/1", "https://a.example/2")
    # a new run replaces the old one; a commented-out entry is no reference
    assert refs["two.example"] == ("https://c.example/1",)
    assert refs["three.example"] == ("https://c.example/1",)  # a hunting note does not end the references
    assert indicators[0].actor == ""  # no table entry, no actor word in "apt_example"
    assert imported.skipped == ["line 15: /path/only.php: a URL path without a host (no path indicator type)"]


# --- signature-base ----------------------------------------------------------------------------


def test_signature_base_hashes_carry_their_comment() -> None:
    path = shared_path(*IOCS, "signature-base", "hash-iocs-dprk.txt")
    entries = _entries(path)
    assert len(entries) == 202  # SOURCES.md
    imported, indicators = _read(path)
    assert imported.source == "signature-base" and not imported.skipped
    assert len(indicators) == len(entries)
    lengths = {32: IndicatorType.MD5, 40: IndicatorType.SHA1, 64: IndicatorType.SHA256}
    for entry, indicator in zip(entries, indicators, strict=True):
        value, comment = entry.split(";", 1)
        assert indicator.type is lengths[len(value)] and indicator.value == value.lower()
        assert indicator.references == tuple(dict.fromkeys(URL.findall(comment))) or not URL.findall(comment)
        words = URL.sub("", comment).lower()
        # the actor only when the words say so: "Threat Needle" lines cite a /lazarus-threatneedle/ URL, no more
        if "lazarus" in words:
            assert indicator.actor == "Lazarus Group"
        elif "unc4736" not in words:
            assert indicator.actor == "", entry
        assert indicator.label and "http" not in indicator.label


def test_signature_base_c2_blocks() -> None:
    path = shared_path(*IOCS, "signature-base", "c2-iocs-dprk.txt")
    entries = _entries(path)
    assert len(entries) == 36  # SOURCES.md
    _, indicators = _read(path)
    assert [i.value for i in indicators] == entries
    by_value = {i.value: i for i in indicators}
    lazarus = by_value["angeldonationblog.com"]
    assert lazarus.actor == "Lazarus Group"
    assert lazarus.label == "Lazarus Campaign targeting Security Researchers"
    google = "https://blog.google/threat-analysis-group/new-campaign-targeting-security-researchers/"
    assert lazarus.references == (google,)
    assert by_value["akamaicontainer.com"].actor == ""  # "3CX Compromise IOCs" names no actor
    assert by_value["curvefinances.com"].actor == "UNC4736"


def test_signature_base_filename_patterns_take_confidence_from_score() -> None:
    path = shared_path(*IOCS, "signature-base", "filename-iocs-dprk.txt")
    entries = _entries(path)
    assert len(entries) == 210  # SOURCES.md
    _, indicators = _read(path)
    assert len(indicators) == len(entries)
    for entry, indicator in zip(entries, indicators, strict=True):
        fields = entry.split(";")
        assert indicator.type is IndicatorType.FILENAME
        assert (indicator.value, indicator.confidence) == (fields[0], int(fields[1]))
        assert indicator.tags == ((f"false-positive-pattern:{fields[2]}",) if len(fields) > 2 else ())
        re.compile(indicator.value)


# --- ESET, unit42: plain lists and prose reports -----------------------------------------------


@pytest.mark.parametrize(
    ("folder", "actor"), [("nukesped_lazarus", "Lazarus Group"), ("interception", "")]
)
@pytest.mark.parametrize(
    ("suffix", "type"), [("md5", IndicatorType.MD5), ("sha1", IndicatorType.SHA1), ("sha256", IndicatorType.SHA256)]
)
def test_eset_sample_hashes(folder: str, actor: str, suffix: str, type: IndicatorType) -> None:
    path = shared_path(*IOCS, "eset", folder, f"samples.{suffix}")
    imported, indicators = _read(path)
    assert len(indicators) == len(_entries(path)) == (555 if folder == "nukesped_lazarus" else 8)
    assert {(i.type, i.source, i.actor) for i in indicators} == {(type, "eset-malware-ioc", actor)}
    assert not imported.skipped


def test_eset_nukesped_readme_tables_and_lists() -> None:
    path = shared_path(*IOCS, "eset", "nukesped_lazarus", "README.adoc")
    text = path.read_text(encoding="utf-8")
    imported, indicators = _read(path)
    by_type: dict[IndicatorType, list[str]] = {}
    for indicator in indicators:
        by_type.setdefault(indicator.type, []).append(indicator.value)
    # SOURCES.md: 15 IPs and 13 domains, defanged
    assert len(set(by_type[IndicatorType.IP])) == 15
    assert len(set(by_type[IndicatorType.DOMAIN])) == 13
    assert len(by_type[IndicatorType.URL]) == len(re.findall(r"https?://\S*\[\.\]", text))
    for size, type in ((64, IndicatorType.SHA256), (40, IndicatorType.SHA1)):
        assert len(by_type[type]) == len(re.findall(rf"(?<![0-9A-F])[0-9A-F]{{{size}}}(?![0-9A-F])", text))
    # the one 32-hex string is a code-signing certificate serial, not an MD5
    assert IndicatorType.MD5 not in by_type
    assert any("4C8DEF294478B7D59EE95C61FAE3D965" in s and "serial" in s for s in imported.skipped)
    # plain URLs in the prose are the blog posts: references, never indicators
    assert not any("welivesecurity" in value for value in by_type[IndicatorType.URL])
    first = next(i for i in indicators if i.value == "46.105.57.169")
    blog = "https://www.welivesecurity.com/en/eset-research/" + (
        "lazarus-luring-employees-trojanized-coding-challenges-case-spanish-aerospace-company"
    )
    assert first.references == (blog,)
    assert {i.actor for i in indicators} == {"Lazarus Group"}
    # decoy sites named in headings ("==== www.avast.com, www.wikipedia.org") are not indicators
    assert "www.avast.com" not in by_type[IndicatorType.DOMAIN]


def test_eset_interception_readme() -> None:
    path = shared_path(*IOCS, "eset", "interception", "README.adoc")
    lines = path.read_text(encoding="utf-8").splitlines()
    _, indicators = _read(path)
    types = Counter(i.type for i in indicators)
    assert types[IndicatorType.SHA1] == sum(1 for line in lines if re.fullmatch(r"[0-9A-F]{40}", line))
    assert types[IndicatorType.URL] == sum(1 for line in lines if line.startswith("http") and "[.]" in line)
    assert len(indicators) == types[IndicatorType.SHA1] + types[IndicatorType.URL]


def test_unit42_contagious_interview_report() -> None:
    path = shared_path(
        *IOCS, "unit42", "2026-02-04-IOCs-for-December-2025-Contagious-Interview-activity.txt"
    )
    imported, indicators = _read(path)
    assert imported.source == "unit42-timely-threat-intel"
    types = Counter(i.type for i in indicators)
    assert types == {IndicatorType.SHA256: 5, IndicatorType.IP: 2, IndicatorType.URL: 1}  # SOURCES.md
    url = next(i for i in indicators if i.type is IndicatorType.URL)
    assert url.value == "https://github.com/michalcaladanxyz/caladanecomvp"
    assert {i.value for i in indicators if i.type is IndicatorType.IP} == {"67.203.7.205", "45.43.11.199"}
    original = "https://unit42.paloaltonetworks.com/north-korean-threat-actors-lure-tech-job-seekers-as-fake-recruiters/"
    assert original in url.references
    assert not any("linkedin" in i.value for i in indicators)  # the plain reference URLs are not indicators
    assert {i.actor for i in indicators} == {"Contagious Interview"}


# --- OFAC address lists ------------------------------------------------------------------------


def test_ofac_eth_list_is_sanctioned_evm_addresses() -> None:
    path = shared_path(*IOCS, "ofac", "sanctioned_addresses_ETH.txt")
    imported, indicators = _read(path)
    assert len(indicators) == len(_entries(path)) == 152  # SOURCES.md
    assert imported.source == "ofac-list"
    expected = {(IndicatorType.ADDRESS, Role.SANCTIONED, "evm", "")}
    assert {(i.type, i.role, i.chain, i.actor) for i in indicators} == expected
    assert {i.tags for i in indicators} == {("asset:ETH",)}
    assert all(i.value == i.value.lower() for i in indicators)


def test_ofac_bitcoin_list() -> None:
    path = shared_path(*IOCS, "ofac", "sanctioned_addresses_XBT.txt")
    if parse_address("1BoatSLRHtKNngkdXEeobR76b53LETtpyT") is None:
        pytest.skip("addresses.parse_address does not recognise bitcoin addresses yet (placeholder)")
    _, indicators = _read(path)
    assert len(indicators) == len(_entries(path)) == 435  # SOURCES.md
    assert {(i.type, i.role) for i in indicators} == {(IndicatorType.ADDRESS, Role.SANCTIONED)}


def test_ofac_lists_never_yield_hashes() -> None:
    """The XMR list holds a 64-hex line; in an address list it is a bad address, not a SHA-256."""
    folder = shared_path(*IOCS, "ofac")
    total, skipped, hex_lines = 0, [], []
    for path in sorted(folder.glob("sanctioned_addresses_*.txt")):
        imported, indicators = _read(path)
        assert {i.type for i in indicators} <= {IndicatorType.ADDRESS}, path.name
        total += len(indicators)
        skipped += imported.skipped
        hex_lines += [e for e in _entries(path) if re.fullmatch(r"[0-9a-f]{64}", e)]
    if parse_address("1BoatSLRHtKNngkdXEeobR76b53LETtpyT") is None:
        pytest.skip("addresses.parse_address does not recognise bitcoin addresses yet (placeholder)")
    assert total == 654 - len(hex_lines)  # SOURCES.md: 654 addresses across 17 assets
    assert len(skipped) == len(hex_lines) == 1 and hex_lines[0] in skipped[0]


# --- sniffing ----------------------------------------------------------------------------------


def test_sniffing_staged_files() -> None:
    folder = shared_path(*IOCS)
    for path in sorted(folder.glob("maltrail/*.txt")):
        assert lists.sniff(path, head(path), "maltrail"), path
    plain = ("signature-base/*-dprk.txt", "eset/*/samples.*", "ofac/*.txt", "unit42/*.txt")
    for path in [path for pattern in plain for path in folder.glob(pattern)]:
        start = head(path)
        assert lists.sniff(path, start, "list") and not lists.sniff(path, start, "maltrail"), path
    misp = folder / "eset" / "nukesped_lazarus" / "lazarus_3cx.json"
    assert not lists.sniff(misp, head(misp), "list")


# --- line shapes, tokens, provenance (small inputs) ---------------------------------------------


def test_defanged_whole_lines_and_inline_comments(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "mylist.txt",
        "# my own list https://ref.example/post\n"
        "evil[.]com\nhxxps://bad[.]example/x.php\n1.2.3[.]4\n5.6.7.8:8443\nEVIL2.COM # phishing kit\n"
        "0x8589427373d6d84e98730d7795d8f6f8731fda16\nnot_an_indicator\n",
    )
    imported, indicators = _read(path)
    got = [(i.type, i.value) for i in indicators]
    assert got == [
        (IndicatorType.DOMAIN, "evil.com"),
        (IndicatorType.URL, "https://bad.example/x.php"),
        (IndicatorType.IP, "1.2.3.4"),
        (IndicatorType.IP_PORT, "5.6.7.8:8443"),
        (IndicatorType.DOMAIN, "evil2.com"),
        (IndicatorType.ADDRESS, "0x8589427373d6d84e98730d7795d8f6f8731fda16"),
    ]
    assert imported.source == "mylist"  # unknown path: the file stem
    assert indicators[0].references == ("https://ref.example/post",) and indicators[0].label == "my own list"
    assert indicators[4].label == "phishing kit"
    assert len(imported.skipped) == 1 and imported.skipped[0].startswith("line 8: not_an_indicator")


def test_comment_blocks_set_and_reset_context(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "c2.txt",
        "# Lazarus Group infrastructure https://a.example/r\nfirst.example\nsecond.example\n\n"
        "# Something else\nthird.example\n",
    )
    _, indicators = _read(path)
    first, second, third = indicators
    assert first.actor == second.actor == "Lazarus Group" and first.references == ("https://a.example/r",)
    assert (third.actor, third.label, third.references) == ("", "Something else", ())


PROSE_NOISE = (
    "Summary of the incident report, written by our team in 2025.\n"
    "Open result.json, e.g. with jq; see README.md and setup.py for v1.2.3.\n"
    "Version 1.2.3.4 of the tool ships with libssl 3.0.13 and talks to 8.8.8.8 and 10.0.0.5.\n"
    "Benign sites named in passing: www.wikipedia.org, naver.com (decoys).\n"
    "Blog post: https://blog.example/analysis[the analysis].\n"
    "Build id 12345678901234567890123456789012 is not a hash.\n"
)


def test_prose_ignores_ordinary_dotted_words(tmp_path: Path) -> None:
    imported, indicators = _read(_write(tmp_path, "report.txt", PROSE_NOISE))
    assert indicators == [] and imported.skipped == []


def test_prose_extracts_marked_indicators(tmp_path: Path) -> None:
    text = PROSE_NOISE + (
        "The C2 at evil[.]com and 45.43.11[.]199:443 served `d41d8cd98f00b204e9800998ecf8427e` (stage 2).\n"
        "| `203.0.113[.]7` | `hxxps[:]//cdn.bad[.]example/p.js` | 198.51.100.20 | 93.184.216.34 |\n"
    )
    _, indicators = _read(_write(tmp_path, "report.txt", text))
    got = [(i.type.value, i.value, i.references) for i in indicators]
    ref = ("https://blog.example/analysis",)
    assert got == [
        ("domain", "evil.com", ref),
        ("ip:port", "45.43.11.199:443", ref),
        ("md5", "d41d8cd98f00b204e9800998ecf8427e", ref),
        ("ip", "203.0.113.7", ref),  # defanged: the writer marked it, even in a documentation range
        ("url", "https://cdn.bad.example/p.js", ref),
        ("ip", "93.184.216.34", ref),  # plain public IPv4; 198.51.100.20 is a documentation address
    ]


def test_adoc_is_prose_from_the_first_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "notes.adoc", "https://blog.example/post\n\nevil[.]com\nplain.example\n")
    _, indicators = _read(path)
    assert [(i.value, i.references) for i in indicators] == [("evil.com", ("https://blog.example/post",))]


@pytest.mark.parametrize(
    ("parts", "source", "role"),
    [
        (("x", "maltrail", "trails", "static", "malware", "apt_lazarus.txt"), "maltrail", Role.HOSTILE),
        (("x", "malware-ioc", "nukesped_lazarus", "samples.md5"), "eset-malware-ioc", Role.HOSTILE),
        (("x", "dl", "hash-iocs.txt"), "signature-base", Role.HOSTILE),
        (("x", "ofac", "sanctioned_addresses_TRX.txt"), "ofac-list", Role.SANCTIONED),
        (("x", "feeds", "blocklist.txt.gz"), "blocklist", Role.HOSTILE),
    ],
)
def test_origin_from_path(parts: tuple[str, ...], source: str, role: Role) -> None:
    origin = lists.origin_of(Path(*parts))
    assert (origin.source, origin.role) == (source, role)


def test_ofac_origin_forces_address_type_and_ticker() -> None:
    origin = lists.origin_of(Path("sanctioned_addresses_TRX.txt"))
    assert (origin.type, origin.chain_hint, origin.actor) == (IndicatorType.ADDRESS, "TRX", "")


# --- robustness ----------------------------------------------------------------------------------


def test_overlong_lines_are_skipped_and_named(tmp_path: Path) -> None:
    path = _write(tmp_path, "long.txt", "a.example\n" + "b" * 10_000 + ".example\nc.example\n# " + "x" * 5000)
    imported, indicators = _read(path)
    assert [i.value for i in indicators] == ["a.example", "c.example"]
    assert imported.skipped == ["line 2: longer than 4096 bytes", "line 4: longer than 4096 bytes"]


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"".join(f"host{n}.example\n".encode() for n in range(6)) + "café.example\n".encode("latin-1"))
    imported = lists.read(path, "list")
    with pytest.raises(IntelFormatError) as caught:
        list(imported.indicators)
    assert caught.value.where == "line 7" and caught.value.problem == "not UTF-8 text"
    assert str(caught.value) == f"{path}: line 7: not UTF-8 text"


def test_nul_byte_stops_the_import(tmp_path: Path) -> None:
    path = tmp_path / "nul.txt"
    path.write_bytes(b"a.example\nb.exa\x00mple\n")
    with pytest.raises(IntelFormatError, match="line 2: NUL byte"):
        list(lists.read(path, "list").indicators)


def test_binary_garbage_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "garbage.bin"
    path.write_bytes(random.Random(7).randbytes(200_000))
    start = head(path)
    assert not lists.sniff(path, start, "list") and not lists.sniff(path, start, "maltrail")
    for format in ("list", "maltrail"):
        with pytest.raises(IntelFormatError, match=r"line \d+: (not UTF-8 text|NUL byte)"):
            list(lists.read(path, format).indicators)


def test_compressed_lists(tmp_path: Path) -> None:
    (tmp_path / "l.txt.gz").write_bytes(gzip.compress(b"evil.example\n1.2.3.4\n"))
    (tmp_path / "l.txt.bz2").write_bytes(bz2.compress(b"evil.example\n1.2.3.4\n"))
    for name in ("l.txt.gz", "l.txt.bz2"):
        imported, indicators = _read(tmp_path / name)
        assert [i.value for i in indicators] == ["evil.example", "1.2.3.4"] and imported.source == "l"
    whole = gzip.compress("".join(f"host{n}.example\n" for n in range(5000)).encode())
    (tmp_path / "broken.txt.gz").write_bytes(whole[: len(whole) // 2])
    with pytest.raises(IntelFormatError, match="decompress"):
        list(lists.read(tmp_path / "broken.txt.gz", "list").indicators)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(IntelFormatError, match="cannot read"):
        lists.read(tmp_path / "nope.txt", "list")


def test_large_list_streams_in_constant_memory(tmp_path: Path) -> None:
    """~50 MB: long URLs, hashes, domains, comment blocks and one 3 MB line, read with tracemalloc on."""
    path = tmp_path / "big.txt"
    long_path = "/".join(f"segment{n:04d}" for n in range(180))  # ~2 KB of URL path
    expected = 0
    with path.open("w", encoding="utf-8") as handle:
        block = 0
        while handle.tell() < 50_000_000:
            handle.write(f"# block {block} https://ref.example/{block}\n")
            for n in range(20):
                handle.write(f"https://host{block}-{n}.example/{long_path}\n")
            handle.write(f"{block:064x}\nhost{block}.example\n\n")
            expected += 22
            block += 1
            if block == 100:
                handle.write("x" * 3_000_000 + "\n")  # an overlong line, read and dropped in bounded pieces
    tracemalloc.start()
    try:
        imported = lists.read(path, "list")
        count = sum(1 for _ in imported.indicators)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == expected
    assert imported.skipped == [f"line {100 * 24 + 1}: longer than 4096 bytes"]  # 24 lines a block
    assert peak < 2_000_000, f"peak {peak} bytes"
