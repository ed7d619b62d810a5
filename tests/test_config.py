"""Settings: names exactly as documented; a bad value stops the start with one clear line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.app import api_urls
from bot.config import SettingsError, load_settings

ALL = (
    "TELEGRAM_BOT_TOKEN",
    "TELEGRAM_API_BASE_URL",
    "LINLI_DB",
    "LINLI_ADMINS",
    "LINLI_STAFF_CHAT",
    "LINLI_TZ",
    "LINLI_LANG",
)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ALL:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env


def test_defaults_are_the_documented_ones() -> None:
    settings = load_settings()
    assert settings.db == Path("linli.db")
    assert settings.admins == frozenset()
    assert settings.staff_chat is None
    assert settings.tz == "UTC"
    assert settings.lang == "en"
    assert settings.telegram_api_base_url is None


def test_values_are_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINLI_ADMINS", "11, 22")
    monkeypatch.setenv("LINLI_STAFF_CHAT", "-1001234")
    monkeypatch.setenv("LINLI_TZ", "Asia/Shanghai")
    monkeypatch.setenv("LINLI_LANG", "zh-hans")
    settings = load_settings()
    assert settings.admins == frozenset({11, 22})
    assert settings.staff_chat == -1001234
    assert settings.zone.key == "Asia/Shanghai"
    assert settings.lang == "zh-hans"


def test_values_are_read_from_a_dotenv_file(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("LINLI_LANG=zh-hans\nLINLI_DB=/tmp/x.db\n", encoding="utf-8")
    settings = load_settings()
    assert settings.lang == "zh-hans"
    assert settings.db == Path("/tmp/x.db")


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("LINLI_ADMINS", "12,abc"),
        ("LINLI_TZ", "Mars/Olympus"),
        ("LINLI_LANG", "fr"),
        ("LINLI_STAFF_CHAT", "staff"),
        ("TELEGRAM_API_BASE_URL", "localhost:8081"),
    ],
)
def test_a_malformed_value_names_its_variable(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert str(caught.value).startswith(f"{name} is malformed")
    assert "\n" not in str(caught.value)


def test_a_missing_token_says_how_to_get_one() -> None:
    with pytest.raises(SettingsError, match=r"TELEGRAM_BOT_TOKEN is not set.*BotFather"):
        load_settings().require_token()


def test_the_token_is_never_shown_in_the_settings_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:SECRET-TOKEN")
    settings = load_settings()
    assert "SECRET-TOKEN" not in repr(settings)
    assert settings.require_token() == "123:SECRET-TOKEN"


def test_the_command_line_stops_with_one_line_when_the_token_is_missing(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "bot"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [done.stderr.strip()]
    assert "TELEGRAM_BOT_TOKEN" in done.stderr


def test_a_self_hosted_bot_api_address_becomes_ptb_urls() -> None:
    assert api_urls("http://localhost:8081") == (
        "http://localhost:8081/bot",
        "http://localhost:8081/file/bot",
    )
    assert api_urls("http://127.0.0.1:9/bot/") == (
        "http://127.0.0.1:9/bot",
        "http://127.0.0.1:9/file/bot",
    )
