"""The backup settings: documented defaults, hours as people write them, one line when wrong."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from bot.config import SettingsError, load_settings

NAMES = ("LINLI_DB", "LINLI_BACKUP_DIR", "LINLI_BACKUP_KEEP", "LINLI_BACKUP_HOUR")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in NAMES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env


def test_backups_go_next_to_the_database_at_three_and_are_kept_two_weeks() -> None:
    settings = load_settings(LINLI_DB=Path("/var/lib/linli/linli.db"))
    assert settings.backups == Path("/var/lib/linli/backups")
    assert settings.backup_keep == 14
    assert settings.backup_hour == time(3)


@pytest.mark.parametrize(
    ("written", "read"), [("04:30", time(4, 30)), ("4", time(4)), ("23:59", time(23, 59))]
)
def test_the_backup_hour_is_read_as_people_write_it(
    monkeypatch: pytest.MonkeyPatch, written: str, read: time
) -> None:
    monkeypatch.setenv("LINLI_BACKUP_HOUR", written)
    assert load_settings().backup_hour == read


def test_off_turns_the_nightly_backup_off_and_a_folder_can_be_named(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("LINLI_BACKUP_HOUR", "off")
    monkeypatch.setenv("LINLI_BACKUP_DIR", str(tmp_path / "elsewhere"))
    settings = load_settings()
    assert settings.backup_hour is None
    assert settings.backups == tmp_path / "elsewhere"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("LINLI_BACKUP_HOUR", "25:00"),
        ("LINLI_BACKUP_HOUR", "3am"),
        ("LINLI_BACKUP_HOUR", "03:75"),
        ("LINLI_BACKUP_KEEP", "0"),
        ("LINLI_BACKUP_KEEP", "a week"),
    ],
)
def test_a_malformed_backup_setting_names_its_variable_in_one_line(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert str(caught.value).startswith(f"{name} is malformed")
    assert "\n" not in str(caught.value)
