"""The sandbox's lifecycle: its own database, its own admin and staff room, a clean stop."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import aiohttp
import pytest

from bot.config import load_settings
from sandbox.web import cast
from sandbox.web.runner import Sandbox, SandboxError, SandboxOptions
from tests.sandbox.conftest import make_sandbox


def _files(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()}


async def test_the_sandbox_keeps_its_own_database_and_never_touches_linli_db(
    sandbox: Sandbox, production_db: Path, tmp_path: Path
) -> None:
    assert load_settings().db == production_db  # what production would use...
    assert sandbox.settings is not None
    assert sandbox.settings.db == tmp_path / "sandbox.db"  # ...is not what the sandbox uses
    assert _files(tmp_path) >= {"sandbox.db"}
    assert production_db.name not in _files(tmp_path)
    assert sandbox.settings.admins == cast.ADMINS
    assert sandbox.settings.staff_chat == cast.STAFF_CHAT
    assert sandbox.settings.require_token() == sandbox.sim.token
    assert sandbox.settings.telegram_api_base_url == sandbox.sim.root_url


def test_the_default_sandbox_database_is_sandbox_db() -> None:
    assert SandboxOptions().db == Path("sandbox.db")
    assert SandboxOptions().port == 8080 and SandboxOptions().host == "127.0.0.1"


async def test_without_demo_nobody_is_registered_but_the_staff_member_is_staff(
    sandbox: Sandbox,
) -> None:
    resident = await sandbox.services.people.get(cast.WANG_FANG.tg_id)
    assert resident is None or not resident.registered
    assert await sandbox.services.community.buildings() == []
    staff = await sandbox.services.people.get(cast.STAFF.tg_id)
    assert staff is not None and staff.role.value == "staff"


async def test_a_restart_on_the_same_database_remembers_what_people_did(
    tmp_path: Path, production_db: Path
) -> None:
    first = make_sandbox(tmp_path, demo=True)
    await first.start()
    await first.stop()
    again = make_sandbox(tmp_path, demo=False)
    await again.start()
    try:
        person = await again.services.people.get(cast.LI_XIUYING.tg_id)
        assert person is not None and person.building == "2号楼"
        assert len(await again.services.requests.mine(cast.WANG_FANG.tg_id)) == 2
    finally:
        await again.stop()


async def test_stopping_ends_open_event_streams_and_closes_the_web_chat(
    tmp_path: Path, production_db: Path
) -> None:
    running = make_sandbox(tmp_path, demo=False)
    await running.start()
    url = running.url
    async with aiohttp.ClientSession(url) as web:
        response = await web.get(f"/api/events?as={cast.WANG_FANG.tg_id}")
        await response.content.readline()
        await asyncio.wait_for(running.stop(), 5)
        await asyncio.wait_for(response.content.read(), 5)
        assert response.content.at_eof()
        response.release()
        with pytest.raises(aiohttp.ClientConnectionError):
            await web.get("/api/status")
    assert running.app is None


async def test_a_port_in_use_stops_the_start_with_one_line_saying_what_to_do(
    tmp_path: Path, production_db: Path
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        blocked = Sandbox(SandboxOptions(port=port, db=tmp_path / "sandbox.db"), load_settings())
        with pytest.raises(SandboxError) as caught:
            await blocked.start()
    message = str(caught.value)
    assert f"127.0.0.1:{port}" in message and "LINLI_SANDBOX_PORT" in message
    assert "\n" not in message
    assert blocked.app is None
