from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLE_PROFILE = ROOT / "examples" / "profile.toml"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test cleanly when the data set is not beside the checkout."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present (../shared is optional)")
    return path


@pytest.fixture
def example_profile_path() -> Path:
    return EXAMPLE_PROFILE
