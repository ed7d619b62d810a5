"""The audit log in the chat: an admin pages through it, narrows it to one person and gets
it as a spreadsheet; staff and residents are refused."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from sandbox.simulator import BotApiSimulator
from tests.e2e.harness import ADMIN, Harness

STAFF, RESIDENT = 20, 7


async def test_an_admin_reads_the_log_by_person_and_exports_it(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.make_staff(STAFF, "Li Lei")
    await bot.services.wish_desk.set_stall_days(STAFF, 4)
    await bot.services.community.set_response_hours(ADMIN, "repairs", 8)
    await sim.send_text(ADMIN, "/audit")
    log = await sim.wait_for(ADMIN, contains="Audit log:")
    assert "Li Lei · wish stall days changed · stall_days: 7 → 4" in log.content
    assert "category target changed · repairs: 24 h → 8 h" in log.content
    await sim.press(ADMIN, log, "👤 By person")
    people = await sim.wait_for_edit(log, lambda m: "Whose actions" in m.content)
    await sim.press(ADMIN, people, "Li Lei · 2")
    mine = await sim.wait_for_edit(people, lambda m: "Audit log: 2 lines" in m.content)
    assert "repairs" not in mine.content and "👥 Everyone" in mine.buttons()
    await sim.press(ADMIN, mine, "📄 Export as .xlsx")
    sheet = await sim.wait_for(ADMIN, predicate=lambda m: m.kind == "document")
    assert sheet.document is not None and (sheet.filename or "").endswith(".xlsx")
    book = load_workbook(io.BytesIO(sheet.document)).active
    assert book is not None
    rows = list(book.iter_rows(values_only=True))
    assert [r[2] for r in rows[1:]] == ["joined the staff", "wish stall days changed"]


async def test_staff_and_residents_are_refused_the_log(bot: Harness, sim: BotApiSimulator) -> None:
    await bot.make_staff(STAFF, "Li Lei")
    await bot.register(RESIDENT, "Wang Fang")
    await sim.send_text(STAFF, "/audit")
    await sim.wait_for(STAFF, contains="only the community's admins")
    last = sim.bot_messages(RESIDENT)[-1].message_id
    for data in ("au:pg:0:0", "au:xl:0", "au:who"):
        query = await sim.press_data(RESIDENT, RESIDENT, last, data)
        assert "admins" in ((await sim.wait_for_callback_answer(query)).text or "")
    await sim.send_text(ADMIN, "/audit")
    log = await sim.wait_for(ADMIN, contains="Audit log")
    for data in ("au:pg:0", "au:xl:x", "au:nope"):
        query = await sim.press_data(ADMIN, ADMIN, log.message_id, data)
        assert "old message" in ((await sim.wait_for_callback_answer(query)).text or "")
