"""Broadcast notices in the services: audiences, double taps, schedules, repeating rules,
quiet hours, cancelling, and queueing many recipients in one transaction."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.clock import ShiftedClock
from bot.config import Settings
from bot.errors import Conflict, InvalidInput, NotAllowed, NotFound
from bot.models.notices import BroadcastStatus, NoticeAudience, NoticeKind, NoticeSpec
from bot.models.outbox import OutboxStatus
from bot.models.people import Role
from bot.services import Services, build_services
from bot.services.recurrence import next_time, quiet_until, read_quiet_hours, read_repeat
from storage import people as people_repo
from storage.db import Database
from tests.conftest import ADMIN_TG, add_resident
from tests.services.test_events import make_event

SHANGHAI = ZoneInfo("Asia/Shanghai")
BASE = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # Monday 10:00 in Shanghai


def spec(
    text: str = "Water is cut tomorrow",
    kind: NoticeKind = NoticeKind.URGENT,
    audience: NoticeAudience = NoticeAudience.EVERYONE,
    targets: list[str] | None = None,
) -> NoticeSpec:
    return NoticeSpec(text=text, kind=kind, audience=audience, targets=targets or [])


async def _people(services: Services) -> None:
    await add_resident(services, 11, "Wang Fang", building="1")
    await add_resident(services, 12, "Li Na", building="2")
    await add_resident(services, 13, "Zhang Wei", building="3")


async def _count(services: Services, notice: NoticeSpec) -> int:
    _text, count = await services.broadcasts.preview(ADMIN_TG, notice, "en")
    return count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("first Friday of every month at 9:00", "2026-12-04 09:00"),
        ("the last Friday of each month 3pm", "2026-11-27 15:00"),
        ("every Monday at 9am", "2026-11-30 09:00"),
        ("daily 8:30", "2026-11-24 08:30"),
        ("on the 5th of every month at 10:00", "2026-12-05 10:00"),
        ("每月第一个周五上午9点", "2026-12-04 09:00"),
        ("每个月最后一个星期五下午3点", "2026-11-27 15:00"),
        ("每周一上午9点", "2026-11-30 09:00"),
        ("每天8点", "2026-11-24 08:00"),
        ("每月5号上午10点", "2026-12-05 10:00"),
    ],
)
def test_repeating_rules_are_read_in_english_and_chinese(text: str, expected: str) -> None:
    rule = read_repeat(text, SHANGHAI, BASE)
    assert rule is not None
    first = next_time(rule, SHANGHAI, BASE)
    assert first is not None and first.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M") == expected


@pytest.mark.parametrize("text", ["tomorrow 9:00", "every blah", "每月32号上午9点", "明天上午9点"])
def test_one_off_times_and_nonsense_are_not_repeating_rules(text: str) -> None:
    assert read_repeat(text, SHANGHAI, BASE) is None


def test_quiet_hours_across_midnight_end_the_next_morning() -> None:
    start, end = read_quiet_hours("22:00-07:00") or (time(), time())
    late = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)  # 23:00 in Shanghai
    assert quiet_until(late, SHANGHAI, start, end) == datetime(2026, 11, 23, 23, 0, tzinfo=UTC)
    early = datetime(2026, 11, 23, 21, 0, tzinfo=UTC)  # 05:00 the next day
    assert quiet_until(early, SHANGHAI, start, end) == datetime(2026, 11, 23, 23, 0, tzinfo=UTC)
    assert quiet_until(BASE, SHANGHAI, start, end) is None
    assert read_quiet_hours("25:00-07:00") is None and read_quiet_hours("soon") is None


async def test_each_audience_reaches_the_right_people(services: Services) -> None:
    await _people(services)
    async with services.env.db.transaction() as conn:
        person = await people_repo.by_tg(conn, 12)
        assert person is not None
        await people_repo.update(conn, person.id, role=Role.VOLUNTEER)
        zh = await people_repo.by_tg(conn, 13)
        assert zh is not None
        await people_repo.update(conn, zh.id, language="zh-hans")
    await services.community.add_building(ADMIN_TG, "4", grid="North")
    await add_resident(services, 14, "Zhao Lei", building="4")
    assert await _count(services, spec()) == 4  # the admin is not registered as a resident
    buildings = spec(audience=NoticeAudience.BUILDINGS, targets=["1", "grid:North"])
    assert await _count(services, buildings) == 2
    assert await _count(services, spec(audience=NoticeAudience.VOLUNTEERS)) == 1
    chinese = spec(audience=NoticeAudience.LANGUAGE, targets=["zh-hans"])
    assert await _count(services, chinese) == 1
    with pytest.raises(InvalidInput):
        await _count(services, spec(audience=NoticeAudience.BUILDINGS))


async def test_a_resident_cannot_preview_or_send_a_notice(services: Services) -> None:
    await _people(services)
    with pytest.raises(NotAllowed):
        await services.broadcasts.preview(11, spec(), "en")
    with pytest.raises(NotAllowed):
        await services.broadcasts.send_now(11, spec(), source_key="x")
    with pytest.raises(NotAllowed):
        await services.broadcasts.cancel(11, 1)


async def test_a_double_tap_on_send_makes_one_notice_and_one_message_each(
    services: Services,
) -> None:
    await _people(services)
    first, second = await asyncio.gather(
        services.broadcasts.send_now(ADMIN_TG, spec(), source_key="draft:1"),
        services.broadcasts.send_now(ADMIN_TG, spec(), source_key="draft:1"),
    )
    assert first.id == second.id and first.recipients == 3
    report = await services.broadcasts.report(ADMIN_TG, first.id)
    assert report.left == 3


async def test_a_hundred_thousand_recipients_are_queued_in_one_transaction(
    services: Services,
) -> None:
    now = services.env.clock.now()
    async with services.env.db.transaction() as conn:  # setup only: people in one statement
        await conn.executemany(
            "INSERT INTO people (tg_id, name, building, registered, created_at)"
            " VALUES (?, 'R', '1', 1, ?)",
            [(tg, now.isoformat()) for tg in range(100_000, 200_000)],
        )
    notice = await services.broadcasts.send_now(ADMIN_TG, spec(), source_key="big")
    assert notice.recipients == 100_000
    counts = await services.outbox.counts()
    assert counts == {OutboxStatus.PENDING: 100_000}
    rows = await services.outbox.due(3)
    assert {r.broadcast_id for r in rows} == {notice.id}


@pytest.mark.any_hour
async def test_a_scheduled_notice_is_sent_once_when_due_and_can_be_cancelled_before(
    services: Services, clock: ShiftedClock
) -> None:
    await _people(services)
    notice = await services.broadcasts.schedule(ADMIN_TG, spec(), "tomorrow 9:00", source_key="s1")
    assert notice.status == BroadcastStatus.SCHEDULED
    other = await services.broadcasts.schedule(ADMIN_TG, spec(), "tomorrow 10:00", source_key="s2")
    await services.broadcasts.cancel(ADMIN_TG, other.id)
    with pytest.raises(InvalidInput):
        await services.broadcasts.schedule(ADMIN_TG, spec(), "yesterday 9:00", source_key="s3")
    clock.advance(timedelta(days=2))
    done = await asyncio.gather(services.due.run_due(), services.due.run_due())
    assert sum(done) == 1
    sent = await services.broadcasts.report(ADMIN_TG, notice.id)
    assert sent.broadcast.status == BroadcastStatus.SENDING and sent.left == 3
    cancelled = await services.broadcasts.report(ADMIN_TG, other.id)
    assert cancelled.broadcast.status == BroadcastStatus.CANCELLED and cancelled.left == 0
    with pytest.raises(Conflict):
        await services.broadcasts.cancel(ADMIN_TG, other.id)
    with pytest.raises(NotFound):
        await services.broadcasts.cancel(ADMIN_TG, 999)


@pytest.mark.any_hour
async def test_a_normal_notice_in_quiet_hours_waits_and_an_urgent_one_does_not(
    services: Services,
) -> None:
    await _people(services)
    now = services.env.clock.now()
    start, end = now - timedelta(hours=1), now + timedelta(hours=2)
    await services.broadcasts.set_quiet_hours(ADMIN_TG, f"{start:%H}:00-{end:%H}:00")
    normal = await services.broadcasts.send_now(
        ADMIN_TG, spec(kind=NoticeKind.SERVICE), source_key="n"
    )
    urgent = await services.broadcasts.send_now(ADMIN_TG, spec(), source_key="u")
    due = await services.outbox.due(100)
    assert {r.broadcast_id for r in due} == {urgent.id}
    held = await services.broadcasts.report(ADMIN_TG, normal.id)
    assert held.held_until is not None and held.held_until > now
    with pytest.raises(NotAllowed):
        await services.broadcasts.set_quiet_hours(11, "0-0")


async def test_replies_reach_staff_only_from_people_who_got_the_notice(
    services: Services,
) -> None:
    await _people(services)
    notice = await services.broadcasts.send_now(
        ADMIN_TG, spec(audience=NoticeAudience.BUILDINGS, targets=["1"]), source_key="r"
    )
    reply = await services.notices.reply(11, notice.id, "Until when?")
    with pytest.raises(NotFound):
        await services.notices.reply(12, notice.id, "Not my building")
    with pytest.raises(NotAllowed):
        await services.notices.answer(12, reply.id, "forged")
    resident = await services.notices.answer(ADMIN_TG, reply.id, "Until noon")
    assert resident.name == "Wang Fang"
    with pytest.raises(Conflict):
        await services.notices.mute(11, notice.id)  # urgent notices cannot be muted


async def test_a_notice_to_an_events_sign_ups_reaches_those_signed_up_and_waiting(
    services: Services, clock: ShiftedClock
) -> None:
    await _people(services)
    event_id = await make_event(services, clock, capacity=1)
    await services.events.sign_up(11, event_id)
    await services.events.sign_up(12, event_id)  # waits for a place: still concerned
    audience = spec(audience=NoticeAudience.EVENT, targets=[str(event_id)])
    assert await _count(services, audience) == 2
    assert await _count(services, spec(audience=NoticeAudience.EVENT, targets=["999"])) == 0


async def test_without_a_staff_chat_a_reply_goes_to_the_staff_member_who_sent_the_notice(
    db: Database, clock: ShiftedClock, settings: Settings
) -> None:
    alone = build_services(db, clock, settings.model_copy(update={"staff_chat": None}))
    await alone.people.touch(ADMIN_TG, "Admin Li", "en")
    await alone.community.add_building(ADMIN_TG, "1")
    await add_resident(alone, 11, "Wang Fang", building="1")
    notice = await alone.broadcasts.send_now(ADMIN_TG, spec(), source_key="solo")
    await alone.notices.reply(11, notice.id, "Thanks for telling us")
    rows = await alone.outbox.due(100)
    to_sender = [r for r in rows if r.ref is not None and r.ref.startswith("bcr:")]
    assert [r.chat_id for r in to_sender] == [ADMIN_TG]
    assert "Thanks for telling us" in to_sender[0].text and to_sender[0].priority == 0
