"""Settings: names exactly as documented; a bad value stops the start with one clear line."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
import urllib.request
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
    "LINLI_SANDBOX_PORT",
    "LINLI_SEND_RATE",
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
    assert settings.sandbox_port == 8080
    assert settings.send_rate == 25.0


def test_values_are_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINLI_ADMINS", "11, 22")
    monkeypatch.setenv("LINLI_STAFF_CHAT", "-1001234")
    monkeypatch.setenv("LINLI_TZ", "Asia/Shanghai")
    monkeypatch.setenv("LINLI_LANG", "zh-hans")
    monkeypatch.setenv("LINLI_SEND_RATE", "100")
    settings = load_settings()
    assert settings.send_rate == 100.0
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
        ("LINLI_SEND_RATE", "0"),
        ("LINLI_STAFF_CHAT", "staff"),
        ("TELEGRAM_API_BASE_URL", "localhost:8081"),
        ("LINLI_SANDBOX_PORT", "eighty"),
        ("LINLI_SANDBOX_PORT", "70000"),
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


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for_http(url: str, process: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, "the sandbox stopped on its own"
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"nothing answered at {url} within {seconds}s")


def test_without_a_token_the_command_line_starts_the_sandbox_and_stops_on_ctrl_c(
    tmp_path: Path,
) -> None:
    port = _free_port()
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "LINLI_SANDBOX_PORT": str(port),
        "LINLI_DB": str(tmp_path / "production.db"),
    }
    stderr = tmp_path / "stderr.txt"
    with stderr.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot"], cwd=tmp_path, env=env, stderr=sink
        )
        try:
            _wait_for_http(f"http://127.0.0.1:{port}/api/status", process)
        finally:
            process.send_signal(signal.SIGINT)
            returncode = process.wait(timeout=30)
    lines = stderr.read_text(encoding="utf-8").splitlines()
    assert returncode == 0
    assert "TELEGRAM_BOT_TOKEN is not set" in lines[0]
    assert f"http://127.0.0.1:{port}" in lines[0]
    assert (tmp_path / "sandbox.db").exists()
    assert not (tmp_path / "production.db").exists()


def test_a_malformed_value_still_stops_the_command_line_with_one_line(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LINLI_LANG": "fr"}
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
    assert "LINLI_LANG is malformed" in done.stderr
    assert not (tmp_path / "sandbox.db").exists()


def test_sandbox_options_with_a_token_ask_for_the_sandbox_command(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "TELEGRAM_BOT_TOKEN": "1:X"}
    done = subprocess.run(
        [sys.executable, "-m", "bot", "--demo"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [done.stderr.strip()]
    assert "python -m bot sandbox" in done.stderr


def test_a_self_hosted_bot_api_address_becomes_ptb_urls() -> None:
    assert api_urls("http://localhost:8081") == (
        "http://localhost:8081/bot",
        "http://localhost:8081/file/bot",
    )
    assert api_urls("http://127.0.0.1:9/bot/") == (
        "http://127.0.0.1:9/bot",
        "http://127.0.0.1:9/file/bot",
    )
