from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SHARED

from keiho.cli.main import main
from keiho.errors import ProfileError
from keiho.profile import load_profile, parse_profile

MINIMAL = '[organization]\nname = "X"\n'


def test_example_profile_is_valid(example_profile_path: Path) -> None:
    profile = load_profile(example_profile_path)
    assert profile.organization.name == "Kitsune Exchange K.K."
    assert "app.safe.global" in profile.web.protected
    assert "fireblocks.io" in profile.trusted_domains
    assert profile.executives[0].aliases[0] == "佐藤 陽翔"


def test_shared_example_profile_stays_valid() -> None:
    path = SHARED / "design" / "profile.example.toml"
    if not path.exists():
        pytest.skip("../shared not present")
    assert load_profile(path).wallets[0].role == "hot"


@pytest.mark.parametrize(
    ("text", "key", "problem"),
    [
        (MINIMAL + "[web]\nprotectd = ['a.com']\n", "web.protectd", "unknown key"),
        (MINIMAL + "[[executives]]\nname='A'\nemails=['nope']\n", "executives[0].emails", "not an email"),
        (MINIMAL + "[web]\nprotected=['ok.example', 'not a domain']\n", "web.protected[1]", "not a domain name"),
        (MINIMAL + "[[wallets]]\nchain='ethereum'\naddress='0x0'\nrole='lukewarm'\n", "wallets[0].role", "hot"),
        (MINIMAL + "[rules.weights]\n'domain.typosquat' = 300\n", "rules.weights.domain.typosquat", "100"),
        ("[web]\nprotected = ['a.com']\n", "organization", "required"),
        ("name = ", "", "not valid TOML"),
    ],
)
def test_bad_profile_names_file_key_and_problem(text: str, key: str, problem: str) -> None:
    with pytest.raises(ProfileError) as caught:
        parse_profile(text, "org.toml")
    assert caught.value.path == "org.toml"
    assert caught.value.key == key
    assert problem in caught.value.problem


def test_profile_check_cli_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str], example_profile_path: Path) -> None:
    assert main(["profile", "check", str(example_profile_path)]) == 0
    assert "ok" in capsys.readouterr().out
    bad = tmp_path / "bad.toml"
    bad.write_text(MINIMAL + "[web]\nprotected = ['exa mple.com']\n", encoding="utf-8")
    assert main(["profile", "check", str(bad)]) == 2
    captured = capsys.readouterr()
    assert f"{bad}: web.protected[0]:" in captured.err
    assert "Traceback" not in captured.err + captured.out
    assert main(["profile", "check", str(tmp_path / "missing.toml")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_init_writes_a_valid_starter_and_will_not_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "keiho.toml"
    assert main(["init", str(target)]) == 0
    profile = load_profile(target)
    assert profile.web.protected
    assert main(["init", str(target)]) == 2
    assert "exists" in capsys.readouterr().err
