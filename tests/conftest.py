from __future__ import annotations

import os
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


def require_server(available: bool, what: str, install: str) -> None:
    """Skip a test that needs a real server binary, unless CI says every server must be there
    (KEIHO_REQUIRE_SERVERS=1, set by .ci/run after it installs them): then fail instead."""
    if available:
        return
    message = f"{what} not installed ({install})"
    if os.environ.get("KEIHO_REQUIRE_SERVERS") == "1":
        pytest.fail(message + "; .ci/run should have installed it", pytrace=False)
    pytest.skip(message)
