"""Broadcast notices end to end: compose, preview, audiences, schedules, quiet hours,
replies, blocked residents and the progress report, against the Bot API simulator."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import pytest

from bot.delivery import DeliveryLimits
from bot.models.events import EventSpec
from bot.models.notices import NoticeAudience, NoticeKind, NoticeSpec
from bot.models.outbox import OutboxStatus
from bot.services import build_services
from sandbox.simulator import BotApiSimulator, FloodLimits, SimMessage
from storage.db import Database
from tests.e2e.harness import ADMIN, STAFF_CHAT, TOKEN, Harness

STAFF = 500


async def _residents(bot: Harness) -> None:
    await bot.register(11, "Wang Fang", building="1")
    await bot.register(12, "Li Na", building="2")
    await bot.register(13, "Zhang Wei", building="2", language_code="zh-hans")
    await bot.make_staff(STAFF, "Chen Jing")


async def _compose(bot: Harness, text: str, kind: str, audience: str) -> SimMessage:
    """Walk /broadcast up to the audience choice; return the message after it."""
    await bot.say(STAFF, "/broadcast")
    await bot.say(STAFF, text)
    await bot.say(STAFF, kind)
    return await bot.say(STAFF, audience)


async def _preview(bot: Harness) -> SimMessage:
    return await bot.sim.wait_for(STAFF, contains="It will reach")


@pytest.mark.any_hour
async def test_a_notice_to_one_building_reaches_only_its_residents_and_the_preview_counts_them(
    bot: Harness,
) -> None:
    await _residents(bot)
    await _no_quiet_hours(bot)  # at night a service notice waits for the morning
    await _compose(
        bot, "Water is cut tomorrow 9-12 in building 2.", "🛠 Service", "🏠 Some buildings or grids"
    )
    await bot.say(STAFF, "2")
    shown = await bot.say(STAFF, "✅ Done")
    assert "Community notice · Service" in shown.content  # the notice as residents see it
    assert "Water is cut tomorrow" in shown.content
    assert shown.buttons() == ["↩️ Reply", "🔕 No more service notices"]
    preview = await _preview(bot)
    assert "It will reach 2 people" in preview.content
    await bot.press(STAFF, preview, "📤 Send now")
    for chat in (12, 13):
        notice = await bot.sim.wait_for(chat, contains="Water is cut tomorrow")
        assert "↩️" in notice.buttons()[0]
    zh = bot.sim.last_bot_message(13)
    assert zh is not None and "社区通知" in zh.content
    report = await bot.sim.wait_for(STAFF, contains="📊 Report", timeout=10)
    assert "Delivered: 2 of 2" in report.content
    assert not [m for m in bot.sim.bot_messages(11) if "Water is cut" in m.content]


async def _no_quiet_hours(bot: Harness) -> None:
    """Turn quiet hours off, so a test's outcome does not depend on the hour it runs at."""
    await bot.services.broadcasts.set_quiet_hours(ADMIN, "0-0")


def _spec(text: str, kind: NoticeKind = NoticeKind.SERVICE) -> NoticeSpec:
    return NoticeSpec(text=text, kind=kind, audience=NoticeAudience.EVERYONE)


async def _report_when_done(
    bot: Harness, notice_id: int, within: float = 10.0, who: int = STAFF
) -> str:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while loop.time() < deadline:
        report = await bot.services.broadcasts.report(who, notice_id)
        if report.finished:
            return f"{report.sent}/{report.unreachable}/{report.failed}/{report.cancelled}"
        await asyncio.sleep(0.05)
    raise AssertionError("the notice did not finish")


async def test_a_resident_who_is_not_staff_cannot_broadcast_or_press_its_buttons(
    bot: Harness,
) -> None:
    await _residents(bot)
    refused = await bot.say(11, "/broadcast")
    assert "only staff" in refused.content
    await bot.say(STAFF, "/broadcast")  # a real form exists: its draft is number 1 or more
    draft = await bot.services.drafts.get(STAFF)
    assert draft is not None
    for data in (f"bcs:send:{draft.id}", "bcd:stop:1", "bcd:unr:0"):
        query = await bot.sim.press_data(11, 11, refused.message_id, data)
        answer = await bot.sim.wait_for_callback_answer(query)
        assert answer.show_alert and "only staff" in (answer.text or "")
    recent, planned = await bot.services.broadcasts.listing(STAFF)
    assert recent == [] and planned == []


async def test_wrong_input_in_the_form_gets_a_friendly_answer_and_the_form_survives_a_restart(
    bot: Harness,
) -> None:
    await _residents(bot)
    await bot.say(STAFF, "/broadcast")
    await bot.sim.send_sticker(STAFF)
    assert "as text, or a photo" in (await bot.sim.wait_for(STAFF)).content
    await bot.say(STAFF, "Lift maintenance on Friday")
    await bot.restart()
    odd = await bot.say(STAFF, "something else")
    assert "did not understand" in odd.content
    await bot.say(STAFF, "🚨 Urgent")
    await bot.say(STAFF, "🌐 Residents of one language")
    shown = await bot.say(STAFF, "简体中文")
    assert "Urgent notice" in shown.content and shown.buttons() == ["↩️ Reply"]
    preview = await _preview(bot)
    assert "It will reach 1 person" in preview.content  # only Zhang Wei reads Chinese


async def test_a_photo_with_a_caption_goes_out_as_a_photo(bot: Harness) -> None:
    await _residents(bot)
    await _no_quiet_hours(bot)
    await bot.say(STAFF, "/broadcast")
    await bot.sim.send_photo(STAFF, caption="The new bicycle shed is open")
    await bot.sim.wait_for(STAFF, contains="What kind")
    await bot.say(STAFF, "🎈 Activity")
    shown = await bot.say(STAFF, "🏘 Everyone")
    assert shown.kind == "photo"
    preview = await _preview(bot)
    assert "It will reach 4 people" in preview.content  # three residents and the staff member
    await bot.press(STAFF, preview, "📤 Send now")
    notice = await bot.sim.wait_for(11, contains="bicycle shed")
    assert notice.kind == "photo" and "Activity" in notice.content


async def test_words_typed_at_the_preview_of_a_notice_to_everyone_show_the_preview_again(
    bot: Harness,
) -> None:
    await _residents(bot)
    await _compose(bot, "Lift maintenance on Friday", "🛠 Service", "🏘 Everyone")
    await _preview(bot)
    await bot.say(STAFF, "hello?")
    again = await bot.sim.wait_for(STAFF, contains="It will reach 4 people")
    draft = await bot.services.drafts.get(STAFF)
    assert draft is not None and (draft.flow, draft.step) == ("notice", "preview")
    await bot.sim.press(STAFF, again, "🕒 Schedule")
    await bot.sim.wait_for(STAFF, contains="When should it go")


def _labels(message: SimMessage) -> list[str]:
    return [label for row in message.reply_keyboard or [] for label in row]


async def test_with_no_upcoming_event_the_event_audience_asks_for_another_audience(
    bot: Harness,
) -> None:
    await _residents(bot)
    none = await _compose(bot, "Bring chairs", "🎈 Activity", "📅 People signed up for an event")
    assert "no upcoming events" in none.content
    assert "🏘 Everyone" in _labels(none)
    draft = await bot.services.drafts.get(STAFF)
    assert draft is not None and (draft.flow, draft.step) == ("notice", "audience")
    await bot.say(STAFF, "🏘 Everyone")
    assert "It will reach 4 people" in (await _preview(bot)).content


async def test_a_notice_to_an_events_sign_ups_goes_from_the_event_chosen_to_the_preview(
    bot: Harness,
) -> None:
    start = bot.clock.now() + timedelta(days=2)
    spec = EventSpec(
        title="Free clinic", starts_at=start, ends_at=start + timedelta(hours=2), place="Hall"
    )
    # Published before anyone registers, so no announcement comes between the form's messages.
    event, _told = await bot.services.event_desk.create(ADMIN, spec, source_key="notice:event")
    await _residents(bot)
    asked = await _compose(bot, "Bring chairs", "🎈 Activity", "📅 People signed up for an event")
    assert "Which event" in asked.content
    label = next(b for b in _labels(asked) if b.startswith("Free clinic"))
    await bot.say(STAFF, label)
    assert "It will reach 0 people" in (await _preview(bot)).content  # nobody signed up yet
    draft = await bot.services.drafts.get(STAFF)
    assert draft is not None and (draft.flow, draft.step) == ("notice", "preview")
    assert draft.data["audience"] == "event" and draft.data["targets"] == [str(event.id)]


async def test_schedule_pressed_on_an_older_preview_still_asks_when(bot: Harness) -> None:
    await _residents(bot)
    await _compose(bot, "Lift maintenance on Friday", "🛠 Service", "🏘 Everyone")
    older = await _preview(bot)
    await bot.say(STAFF, "hello?")
    newer = await bot.sim.wait_for(STAFF, contains="It will reach")
    await bot.sim.press(STAFF, newer, "🕒 Schedule")
    await bot.sim.wait_for(STAFF, contains="When should it go")
    await bot.sim.press(STAFF, older, "🕒 Schedule")
    await bot.sim.wait_for(STAFF, contains="When should it go")
    draft = await bot.services.drafts.get(STAFF)
    assert draft is not None and (draft.flow, draft.step) == ("notice", "when")


@pytest.mark.any_hour
async def test_a_notice_scheduled_in_natural_language_goes_at_its_time(bot: Harness) -> None:
    await _residents(bot)
    await _no_quiet_hours(bot)
    await _compose(bot, "Consultation day", "📜 Policy", "🏘 Everyone")
    preview = await _preview(bot)
    await bot.sim.press(STAFF, preview, "🕒 Schedule")
    await bot.sim.wait_for(STAFF, contains="When should it go")
    unread = await bot.say(STAFF, "when the cows come home")
    assert "could not read that time" in unread.content
    done = await bot.say(STAFF, "明天上午9点")
    assert "Scheduled for" in done.content
    assert await bot.tick() == 0
    await bot.sim.expect_silence(11, 0.3)
    bot.travel(timedelta(days=2))
    assert await bot.tick() == 1
    await bot.sim.wait_for(11, contains="Consultation day")
    recent, planned = await bot.services.broadcasts.listing(STAFF)
    assert planned == [] and len(recent) == 1


@pytest.mark.any_hour
async def test_a_repeating_notice_comes_back_until_it_is_stopped(bot: Harness) -> None:
    await _residents(bot)
    await _no_quiet_hours(bot)
    notice = await bot.services.broadcasts.schedule(
        STAFF,
        _spec("Council meeting today"),
        "first Friday of every month at 9:00",
        source_key="t:1",
    )
    assert notice.repeat is not None and notice.repeat.nth == 1 and notice.repeat.weekday == 4
    assert notice.send_at is not None and notice.send_at.weekday() == 4 and notice.send_at.day <= 7
    bot.travel(notice.send_at - bot.clock.now() + timedelta(minutes=1))
    assert await bot.tick() == 1
    await bot.sim.wait_for(12, contains="Council meeting today")
    _recent, planned = await bot.services.broadcasts.listing(STAFF)
    assert [p.id for p in planned] == [notice.id]
    assert planned[0].send_at is not None and planned[0].send_at > notice.send_at
    await bot.sim.send_text(STAFF, "/broadcasts")
    listing = await bot.sim.wait_for(STAFF, contains="🗞 Notices")
    assert "every month" in listing.content
    await bot.sim.press(STAFF, listing, "Council meeting today")
    # The sent notice's final report may arrive first: wait for the answer to the press.
    await bot.sim.wait_for(STAFF, contains="is stopped")
    bot.travel(timedelta(days=40))
    assert await bot.tick() == 0


@pytest.mark.any_hour
async def test_quiet_hours_hold_a_normal_notice_until_morning_but_not_an_urgent_one(
    bot: Harness,
) -> None:
    await _residents(bot)
    now = bot.clock.now()
    start, end = now - timedelta(hours=1), now + timedelta(hours=2)
    await bot.services.broadcasts.set_quiet_hours(ADMIN, f"{start:%H}:00-{end:%H}:00")
    normal = await bot.services.broadcasts.send_now(STAFF, _spec("Happy holidays"), source_key="a")
    urgent = await bot.services.broadcasts.send_now(
        STAFF, _spec("Gas leak: stay inside", NoticeKind.URGENT), source_key="b"
    )
    await bot.sim.wait_for(11, contains="Gas leak")
    await bot.sim.expect_silence(11, 0.5)
    report = await bot.services.broadcasts.report(STAFF, normal.id)
    assert report.sent == 0 and report.held_until is not None
    progress = await bot.sim.wait_for(STAFF, contains="end of quiet hours")
    assert progress is not None
    bot.travel(timedelta(hours=3))
    await bot.sim.wait_for(11, contains="Happy holidays")
    assert await _report_when_done(bot, normal.id) == "4/0/0/0"
    assert await _report_when_done(bot, urgent.id) == "4/0/0/0"


async def test_quiet_hours_are_changed_by_an_admin_and_refused_to_others(bot: Harness) -> None:
    await _residents(bot)
    await bot.say(ADMIN, "/quiethours")
    bad = await bot.say(ADMIN, "late evening")
    assert "22:00-07:00" in bad.content
    done = await bot.say(ADMIN, "23:30-06:00")
    assert "23:30-06:00" in done.content
    start, end = await bot.services.broadcasts.quiet_hours()
    assert (start.hour, start.minute, end.hour) == (23, 30, 6)
    refused = await bot.say(STAFF, "/quiethours")
    assert "only the community's admins" in refused.content


async def test_a_resident_replies_and_staff_answer_back_through_the_bot(bot: Harness) -> None:
    await _residents(bot)
    await _no_quiet_hours(bot)
    await bot.services.broadcasts.send_now(STAFF, _spec("Water is cut tomorrow"), source_key="a")
    notice = await bot.sim.wait_for(12, contains="Water is cut")
    asked = await bot.press(12, notice, "↩️ Reply")
    assert "Write your reply" in asked.content
    thanks = await bot.say(12, "Will there be water trucks?")
    assert "passed to the staff" in thanks.content
    passed = await bot.sim.wait_for(STAFF_CHAT, contains="Will there be water trucks?")
    assert "Water is cut tomorrow" in passed.content and "Li Na" in passed.content
    await bot.sim.send_text(
        ADMIN, "Yes, at the gate from 9:00", chat_id=STAFF_CHAT, reply_to=passed
    )
    await bot.sim.wait_for(STAFF_CHAT, contains="Sent to Li Na")
    answer = await bot.sim.wait_for(12, contains="Yes, at the gate from 9:00")
    # Replying to staff's answer (or to the notice itself) reaches staff again.
    await bot.sim.send_text(12, "Thank you!", reply_to=answer)
    await bot.sim.wait_for(STAFF_CHAT, contains="Thank you!")
    await bot.sim.send_text(13, "收到", reply_to=await bot.sim.wait_for(13, contains="Water"))
    await bot.sim.wait_for(STAFF_CHAT, contains="收到")
    recent, _planned = await bot.services.broadcasts.listing(STAFF)
    assert recent[0].replies == 3


async def test_a_resident_mutes_a_kind_but_urgent_notices_still_arrive(bot: Harness) -> None:
    await _residents(bot)
    await _no_quiet_hours(bot)
    await bot.services.broadcasts.send_now(
        STAFF, _spec("Happy new year", NoticeKind.GREETING), source_key="a"
    )
    notice = await bot.sim.wait_for(11, contains="Happy new year")
    muted = await bot.press(11, notice, "🔕 No more greetings")
    assert "no more greetings" in muted.content
    _text, count = await bot.services.broadcasts.preview(
        STAFF, _spec("x", NoticeKind.GREETING), "en"
    )
    assert count == 3
    await bot.services.broadcasts.send_now(
        STAFF, _spec("Happy spring festival", NoticeKind.GREETING), source_key="b"
    )
    await bot.services.broadcasts.send_now(
        STAFF, _spec("Storm tonight", NoticeKind.URGENT), source_key="c"
    )
    await bot.sim.wait_for(11, contains="Storm tonight")
    await bot.sim.wait_for(12, contains="Happy spring festival")
    assert not [m for m in bot.sim.bot_messages(11) if "spring festival" in m.content]
    await bot.press(11, muted, "🔔 Undo")
    _text, count = await bot.services.broadcasts.preview(
        STAFF, _spec("x", NoticeKind.GREETING), "en"
    )
    assert count == 4


async def test_a_blocked_resident_is_marked_unreachable_counted_and_listed_for_staff(
    bot: Harness,
) -> None:
    await _residents(bot)
    await _no_quiet_hours(bot)
    bot.sim.block(12)
    notice = await bot.services.broadcasts.send_now(STAFF, _spec("Fire drill"), source_key="a")
    assert await _report_when_done(bot, notice.id) == "3/1/0/0"
    report = await bot.sim.wait_for(STAFF, contains="📊 Report", timeout=10)
    assert "Unreachable (blocked the bot): 1" in report.content
    person = await bot.services.people.get(12)
    assert person is not None and person.unreachable
    _text, count = await bot.services.broadcasts.preview(STAFF, _spec("next"), "en")
    assert count == 3  # Li Na drops out of future audiences
    await bot.sim.send_text(STAFF, "/broadcasts")
    listing = await bot.sim.wait_for(STAFF, contains="🗞 Notices")
    assert "Fire drill" in listing.content and "🚫 1" in listing.content
    who = await bot.press(STAFF, listing, "🚫 Who is unreachable")
    assert "Li Na" in who.content


@pytest.mark.any_hour
async def test_sending_can_be_cancelled_from_the_progress_message(bot: Harness) -> None:
    await _residents(bot)
    now = bot.clock.now()
    start, end = now - timedelta(hours=1), now + timedelta(hours=2)
    await bot.services.broadcasts.set_quiet_hours(ADMIN, f"{start:%H}:00-{end:%H}:00")
    await _compose(bot, "Garden party tonight", "🎈 Activity", "🏘 Everyone")
    # Quiet hours now: the button says when the notice will go.
    await bot.press(STAFF, await _preview(bot), f"📤 Send at {end:%H}:00")
    progress = await bot.sim.wait_for(STAFF, contains="✅ Sent:")
    await bot.press(STAFF, progress, "✖️ Cancel sending")
    report = await bot.sim.wait_for(STAFF, contains="📊 Report", timeout=10)
    assert "cancelled: 4 not sent" in report.content
    bot.travel(timedelta(hours=3))
    await bot.sim.expect_silence(11, 0.5)
    assert bot.services.outbox is not None
    counts = await bot.services.outbox.counts()
    assert counts.get(OutboxStatus.CANCELLED) == 4


async def test_a_notice_cut_off_by_a_crash_goes_on_after_restart_and_nobody_misses_it(
    bot: Harness,
) -> None:
    await _residents(bot)
    await _no_quiet_hours(bot)
    await bot.stop()
    # The bot is down: the notice is queued as a crash would leave it, one row in flight.
    db = Database(bot.db_path)
    await db.connect()
    services = build_services(db, bot.clock, bot.settings())
    notice = await services.broadcasts.send_now(STAFF, _spec("Lift repaired"), source_key="k")
    rows = await services.outbox.due(10)
    await services.outbox.sending(rows[0].id)
    await db.close()
    await bot.start()
    for chat in (11, 12, 13, STAFF):
        await bot.sim.wait_for(chat, contains="Lift repaired")
    assert await _report_when_done(bot, notice.id) == "4/0/0/0"
    for chat in (11, 12, 13, STAFF):
        assert len([m for m in bot.sim.bot_messages(chat) if "Lift repaired" in m.content]) == 1


async def test_a_429_during_a_notice_pauses_sending_and_everyone_still_gets_it(
    tmp_path: Path,
) -> None:
    sim = BotApiSimulator(token=TOKEN, flood_limits=FloodLimits(global_per_second=5))
    await sim.start()
    sim.add_user(ADMIN, "Admin Li")
    bot = Harness(
        sim=sim,
        db_path=tmp_path / "linli.db",
        staff_chat=None,
        # Two calls in flight at most: each pause then costs at most two refusals.
        limits=DeliveryLimits(per_second=100, private_gap=0, idle_wait=0.1, in_flight=2),
    )
    await bot.start()
    try:
        await bot.services.people.touch(ADMIN, "Admin Li", "en")
        await bot.services.community.add_building(ADMIN, "1")
        await _no_quiet_hours(bot)
        chats = list(range(3001, 3013))
        for chat in chats:
            sim.add_user(chat, f"Resident {chat}")
            await bot.services.people.touch(chat, f"Resident {chat}", "en")
            await bot.services.people.register(chat, f"Resident {chat}", "1", "1-101", None)
        notice = await bot.services.broadcasts.send_now(ADMIN, _spec("Water"), source_key="x")
        assert await _report_when_done(bot, notice.id, within=20, who=ADMIN) == "12/0/0/0"
        # Paused after each refusal, not hammering (without the pause, hundreds).
        assert 1 <= sim.stats.too_many_requests <= 8
        assert all(len(sim.bot_messages(c)) == 1 for c in chats)
    finally:
        await bot.stop()
        await sim.stop()


async def test_a_notice_that_keeps_failing_for_one_resident_is_retried_then_counted_failed(
    bot: Harness,
) -> None:
    await _residents(bot)
    await _no_quiet_hours(bot)
    spec = NoticeSpec(
        text="Boiler check", kind=NoticeKind.URGENT, audience=NoticeAudience.BUILDINGS,
        targets=["1"],
    )  # fmt: skip
    bot.sim.fail_next("sendMessage", times=50)
    notice = await bot.services.broadcasts.send_now(STAFF, spec, source_key="f")
    for _ in range(8):
        bot.travel(timedelta(minutes=1))  # past each backoff instead of waiting for it
        await asyncio.sleep(0.2)
    assert await _report_when_done(bot, notice.id) == "0/0/1/0"
    assert bot.sim.stats.calls["sendMessage"] >= bot.limits.max_attempts
    person = await bot.services.people.get(11)
    assert person is not None and not person.unreachable  # failing is not blocking


async def test_a_double_tap_on_send_now_sends_the_notice_once(bot: Harness) -> None:
    await _residents(bot)
    await _no_quiet_hours(bot)
    await _compose(bot, "Parcel lockers moved", "🛠 Service", "🏘 Everyone")
    preview = await _preview(bot)
    await asyncio.gather(
        bot.sim.press(STAFF, preview, "📤 Send now"), bot.sim.press(STAFF, preview, "📤 Send now")
    )
    await bot.sim.wait_for(11, contains="Parcel lockers moved")
    await bot.sim.expect_silence(11, 0.5)
    recent, _planned = await bot.services.broadcasts.listing(STAFF)
    assert len(recent) == 1
    assert len([m for m in bot.sim.bot_messages(11) if "Parcel lockers" in m.content]) == 1


async def test_a_forged_reply_or_mute_button_for_someone_elses_notice_finds_nothing(
    bot: Harness,
) -> None:
    await _residents(bot)
    await _no_quiet_hours(bot)
    spec = NoticeSpec(
        text="Building 2 only", audience=NoticeAudience.BUILDINGS, targets=["2"]
    )  # fmt: skip
    notice = await bot.services.broadcasts.send_now(STAFF, spec, source_key="g")
    await bot.sim.wait_for(12, contains="Building 2 only")
    menu = bot.sim.last_bot_message(11)
    assert menu is not None
    for data in (f"bcu:r:{notice.id}", f"bcu:m:{notice.id}", "bcu:x:1", "bcu:r:abc"):
        query = await bot.sim.press_data(11, 11, menu.message_id, data)
        answer = await bot.sim.wait_for_callback_answer(query)
        assert answer.show_alert
    assert await bot.services.broadcasts.preview(STAFF, _spec("x"), "en") == (
        "📢 Community notice · Service\n\nx",
        4,
    )


async def test_a_personal_message_queued_during_a_long_notice_goes_out_next(
    tmp_path: Path,
) -> None:
    sim = BotApiSimulator(token=TOKEN, flood_limits=FloodLimits())
    await sim.start()
    sim.add_user(ADMIN, "Admin Li")
    bot = Harness(
        sim=sim,
        db_path=tmp_path / "linli.db",
        staff_chat=None,
        limits=DeliveryLimits(per_second=5, idle_wait=0.1),
    )
    await bot.start()
    try:
        await bot.services.people.touch(ADMIN, "Admin Li", "en")
        for building in ("1", "2"):
            await bot.services.community.add_building(ADMIN, building)
        await _no_quiet_hours(bot)
        for chat in [*range(3001, 3021), 4001]:
            sim.add_user(chat, f"Resident {chat}")
            await bot.services.people.touch(chat, f"Resident {chat}", "en")
            building = "2" if chat == 4001 else "1"
            await bot.services.people.register(chat, f"R {chat}", building, "1-101", None)
        spec = NoticeSpec(text="Water", audience=NoticeAudience.BUILDINGS, targets=["1"])
        notice = await bot.services.broadcasts.send_now(ADMIN, spec, source_key="long")
        await sim.wait_for(3002, contains="Water")
        person = await bot.services.people.get(4001)
        async with bot.services.env.db.transaction() as conn:
            await bot.services.env.notify(conn, person, "notice-unmuted")
        await sim.wait_for(4001, contains="again", timeout=1.0)  # one slot, not 3 s of notice
        report = await bot.services.broadcasts.report(ADMIN, notice.id)
        assert report.left >= 10  # the notice was still going out
    finally:
        await bot.stop()
        await sim.stop()
