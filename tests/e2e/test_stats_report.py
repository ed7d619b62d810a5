"""The monthly report: sent to the admins and the committee chat on the 1st for the month
before, once, even across a restart; and "Export this month" in /stats."""

from __future__ import annotations

import io
from datetime import timedelta

from openpyxl import load_workbook

from bot.services.stats import periods
from sandbox.simulator import BotApiSimulator
from tests.e2e.harness import ADMIN, Harness

COMMITTEE = -100700
STAFF = 20


def _documents(sim: BotApiSimulator, chat: int) -> list[str]:
    return [
        m.file.filename or "" for m in sim.bot_messages(chat) if m.kind == "document" and m.file
    ]


async def test_the_monthly_report_goes_once_on_the_first_even_across_a_restart(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.stop()
    bot.settings_extra = {"LINLI_COMMITTEE_CHAT_ID": COMMITTEE, "LINLI_MONTHLY_REPORT": True}
    sim.add_group(COMMITTEE, "Committee", member_ids=[ADMIN])
    await bot.start()
    zone = bot.services.env.settings.zone
    now = bot.clock.now()
    first = periods.first_of_next_month(now, zone)
    assert await bot.tick() == 0  # nothing is due before the 1st
    bot.travel(first - now + timedelta(seconds=5))
    await bot.restart()  # the row armed before survives; arming again adds nothing
    await bot.tick()  # the due-work job ticks every 0.2 s too: either of them sends it
    month = now.astimezone(zone).strftime("%Y-%m")
    admin_doc = await sim.wait_for(ADMIN, predicate=lambda m: m.kind == "document")
    assert month in (admin_doc.caption or "") and "monthly report" in (admin_doc.caption or "")
    await sim.wait_for(COMMITTEE, predicate=lambda m: m.kind == "document")
    assert admin_doc.file is not None
    book = load_workbook(io.BytesIO(admin_doc.file.data))
    assert book.sheetnames[:2] == ["Summary", "Requests"]
    await bot.restart()
    assert await bot.tick() == 0
    await sim.expect_silence(ADMIN, 0.5)
    assert len(_documents(sim, ADMIN)) == 1 and len(_documents(sim, COMMITTEE)) == 1
    # The next month's report was armed for the 1st after, and goes then.
    following = periods.first_of_next_month(first + timedelta(days=1), zone)
    bot.travel(following - bot.clock.now() - timedelta(seconds=5))
    assert await bot.tick() == 0
    bot.travel(timedelta(seconds=10))
    await bot.tick()
    later = await sim.wait_for(ADMIN, predicate=lambda m: m.kind == "document")
    assert first.astimezone(zone).strftime("%Y-%m") in (later.caption or "")


async def test_with_the_monthly_report_off_nothing_is_sent_on_the_first(
    bot: Harness, sim: BotApiSimulator
) -> None:
    zone = bot.services.env.settings.zone
    now = bot.clock.now()
    bot.travel(periods.first_of_next_month(now, zone) - now + timedelta(seconds=5))
    assert await bot.tick() == 0
    await sim.expect_silence(ADMIN, 0.3)


async def test_staff_export_this_month_from_stats(bot: Harness, sim: BotApiSimulator) -> None:
    await bot.make_staff(STAFF, "Zhou Min")
    periods_card = await bot.say(STAFF, "/stats")
    await sim.press(STAFF, periods_card, "📥 Export this month (.xlsx)")
    sent = await sim.wait_for(STAFF, predicate=lambda m: m.kind == "document")
    assert sent.file is not None and (sent.file.filename or "").endswith("-en.xlsx")
    assert "Whole community" in (sent.caption or "")
    book = load_workbook(io.BytesIO(sent.file.data))
    assert "Love bank" in book.sheetnames
