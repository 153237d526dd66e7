"""The fast typo index must agree with a brute-force scan over every brand."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import DamerauLevenshtein

from keiho.domains.brands import build_brands
from keiho.domains.psl import default_psl
from keiho.domains.typo import TypoIndex

PROTECTED = [
    "metamask.io", "uniswap.org", "pancakeswap.finance", "kitsune-ex.co.jp", "fireblocks.io", "opensea.io",
    "trezor.io", "kraken.com", "ledger.com", "coinbase.com", "binance.com", "walletconnect.com", "okx.com",
]  # fmt: skip
BRANDS = build_brands(PROTECTED, default_psl())
INDEX = TypoIndex(BRANDS)


def brute_force(name: str) -> set[str]:
    found = set()
    for brand in BRANDS:
        budget = INDEX.budget(brand)
        distance = DamerauLevenshtein.distance(name, brand.compact)
        if budget and 0 < distance <= budget:
            found.add(brand.label)
    return found


def edits(word: str) -> st.SearchStrategy[str]:
    """A brand word with up to two random edits: what a typosquatter registers."""
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-"

    def apply(draw_ops: list[tuple[int, int, str]]) -> str:
        out = word
        for op, pos, char in draw_ops:
            pos = pos % (len(out) + 1)
            if op == 0 and pos < len(out):
                out = out[:pos] + out[pos + 1 :]
            elif op == 1:
                out = out[:pos] + char + out[pos:]
            elif op == 2 and pos < len(out):
                out = out[:pos] + char + out[pos + 1 :]
            elif op == 3 and pos + 1 < len(out):
                out = out[:pos] + out[pos + 1] + out[pos] + out[pos + 2 :]
        return out

    ops = st.lists(st.tuples(st.integers(0, 3), st.integers(0, 30), st.sampled_from(alphabet)), max_size=2)
    return ops.map(apply)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from([b.compact for b in BRANDS]).flatmap(edits))
def test_index_matches_brute_force_on_edited_brands(name: str) -> None:
    assert {b.label for b, _ in INDEX.matches(name)} == brute_force(name)
    if brute_force(name):
        assert INDEX.may_match([name])[0], "the batch prefilter must never drop a real match"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=20))
def test_index_matches_brute_force_on_random_names(name: str) -> None:
    assert {b.label for b, _ in INDEX.matches(name)} == brute_force(name)


def test_prefilter_rejects_unrelated_names() -> None:
    names = ["google", "wikipedia", "example", "stackoverflow", "metmask"]
    assert INDEX.may_match(names).tolist()[-1] is True
    assert sum(INDEX.may_match(names).tolist()[:-1]) <= 1


def test_bitsquats() -> None:
    assert [b.label for b in INDEX.bitsquat_of("metaoask")] == ["metamask"]
