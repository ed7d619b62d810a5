"""`python -m bot backup / restore / check` as an operator runs them, in a process of their own."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import aiosqlite
import pytest

from bot.models.outbox import OutboxMessage
from storage import outbox
from storage.db import Database
from storage.migrations import latest

ROOT = Path(__file__).resolve().parents[1]
# Long past, so the command (on the wall clock, in its own process) finds these messages due.
NOW = datetime(2020, 3, 4, 7, 0, tzinfo=UTC)


def linli(*args: str, db: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m bot ARGS` in the database's folder, with only the variables given."""
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT),
        "LINLI_DB": str(db),
        **extra,
    }
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=db.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def kept_aside(folder: Path) -> list[Path]:
    """Return the databases a restore kept aside in `folder`."""
    return sorted(folder.glob("linli.db.before-restore-*"))


async def _texts(path: Path) -> list[str]:
    async with (
        aiosqlite.connect(path) as conn,
        conn.execute("SELECT text FROM outbox ORDER BY id") as cur,
    ):
        return [str(row[0]) for row in await cur.fetchall()]


async def _fill(db: Database, *texts: str) -> None:
    for text in texts:
        async with db.transaction() as conn:
            await outbox.add(conn, OutboxMessage(chat_id=1, text=text), NOW)


async def test_backup_and_check_work_while_the_bot_holds_the_database_open(
    db: Database, tmp_path: Path
) -> None:
    await _fill(db, "one", "two")
    target = tmp_path / "copy.db"
    made = linli("backup", str(target), db=Path(db.path))
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith(f"backup made {target} (")
    assert await _texts(target) == ["one", "two"]  # the WAL's last commits included

    checked = linli("check", db=Path(db.path))
    assert checked.returncode == 0, checked.stderr
    assert "integrity  ok" in checked.stdout
    assert f"schema     version {latest()} (this Linli knows {latest()})" in checked.stdout
    assert "outbox     2 due to send" in checked.stdout
    assert "backup     none yet in the backup folder" in checked.stdout


async def test_backup_without_a_path_goes_to_the_dated_folder(db: Database, tmp_path: Path) -> None:
    made = linli("backup", db=Path(db.path))
    assert made.returncode == 0, made.stderr
    (copy,) = (tmp_path / "backups").glob("linli-*.db")
    assert made.stdout.strip().startswith(f"backup made {copy} (")
    checked = linli("check", db=Path(db.path))
    assert f"backup     the newest is {copy}, made 0 h ago" in checked.stdout


async def test_restore_puts_a_backup_back_and_keeps_the_database_aside(
    db: Database, tmp_path: Path
) -> None:
    await _fill(db, "before")
    target = tmp_path / "yesterday.db"
    assert linli("backup", str(target), db=Path(db.path)).returncode == 0
    await _fill(db, "after")
    running = linli("restore", str(target), db=Path(db.path))
    assert running.returncode != 0 and "stop it first" in running.stderr
    await db.close()  # the bot stopped

    restored = linli("restore", str(target), db=Path(db.path))
    assert restored.returncode == 0, restored.stderr
    assert await _texts(Path(db.path)) == ["before"]
    (aside,) = kept_aside(tmp_path)
    assert await _texts(aside) == ["before", "after"]
    assert f"kept as {aside}" in restored.stdout


async def test_restore_refuses_a_damaged_or_newer_file_in_one_line_and_exits_nonzero(
    db: Database, tmp_path: Path
) -> None:
    await _fill(db, "kept")
    await db.close()
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x07" * 8192)
    newer = tmp_path / "newer.db"
    async with aiosqlite.connect(newer, isolation_level=None) as conn:
        await conn.execute(f"PRAGMA user_version = {latest() + 1}")
        await conn.execute("CREATE TABLE people (id INTEGER)")

    for bad, why in ((damaged, "is not a sound SQLite database"), (newer, "newer than")):
        refused = linli("restore", str(bad), db=Path(db.path))
        assert refused.returncode != 0
        assert refused.stdout == ""
        lines = refused.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("linli restore: ") and why in lines[0]
    assert await _texts(Path(db.path)) == ["kept"]


@pytest.mark.parametrize("args", [["restore"], ["check", "extra.db"], ["run", "x.db"]])
def test_a_command_given_the_wrong_file_arguments_says_so_in_one_line(
    tmp_path: Path, args: list[str]
) -> None:
    wrong = linli(*args, db=tmp_path / "linli.db")
    assert wrong.returncode == 2
    assert len(wrong.stderr.strip().splitlines()) == 1


def test_check_on_a_missing_database_says_so_in_one_line(tmp_path: Path) -> None:
    missing = linli("check", db=tmp_path / "nowhere.db")
    assert missing.returncode != 0
    assert missing.stderr.strip() == f"linli check: no database at {tmp_path / 'nowhere.db'}"
    assert not (tmp_path / "nowhere.db").exists()


async def test_the_bot_refuses_to_start_on_a_database_from_a_newer_linli(tmp_path: Path) -> None:
    path = tmp_path / "linli.db"
    async with aiosqlite.connect(path, isolation_level=None) as conn:
        await conn.execute(f"PRAGMA user_version = {latest() + 1}")
        await conn.execute("CREATE TABLE people (id INTEGER)")
    # The token is a test one and the Bot API address a closed port: the refusal comes first.
    started = linli(
        db=path, TELEGRAM_BOT_TOKEN="123:TEST", TELEGRAM_API_BASE_URL="http://127.0.0.1:9"
    )
    assert started.returncode == 2
    (line,) = started.stderr.strip().splitlines()
    assert line.startswith("linli: ") and "newer than this Linli knows" in line
