"""Events for staff: create, remind, move, cancel, more places, check in, files."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import timedelta

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from bot.clock import ShiftedClock
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.models.events import EventSpec, SignupStatus
from bot.services import Services
from bot.services.events.files import ics
from tests.conftest import ADMIN_TG, add_resident, add_staff
from tests.services.test_events import make_event, offers_to, queued_to

A, B, C = 11, 12, 13
STAFF = 20


@pytest.fixture
async def people(services: Services) -> Services:
    await add_resident(services, A, "王芳")
    await add_resident(services, B, "Li Ming")
    await add_resident(services, C, "Zhao Lei")
    await add_staff(services, STAFF, "Staff Zhou")
    return services


def reminders(messages: Sequence[object]) -> int:
    return sum(1 for m in messages if "Reminder" in getattr(m, "text", ""))


async def test_a_resident_cannot_create_or_change_events(
    people: Services, clock: ShiftedClock
) -> None:
    start = clock.now() + timedelta(days=2)
    spec = EventSpec(title="x", starts_at=start, ends_at=start + timedelta(hours=1), place="y")
    with pytest.raises(NotAllowed):
        await people.event_desk.create(A, spec, source_key="k")
    event_id = await make_event(people, clock)
    with pytest.raises(NotAllowed):
        await people.event_desk.cancel_event(A, event_id)
    with pytest.raises(NotAllowed):
        await people.event_desk.move(A, event_id, start + timedelta(days=1))
    with pytest.raises(NotAllowed):
        await people.event_desk.roster(A, event_id)


async def test_publishing_the_same_form_twice_makes_one_event(
    people: Services, clock: ShiftedClock
) -> None:
    first = await make_event(people, clock, key="draft:7")
    second = await make_event(people, clock, key="draft:7")
    assert first == second


async def test_an_end_before_the_start_or_a_late_deadline_is_refused(
    people: Services, clock: ShiftedClock
) -> None:
    start = clock.now() + timedelta(days=2)
    bad_end = EventSpec(title="x", starts_at=start, ends_at=start, place="y")
    with pytest.raises(InvalidInput):
        people.event_desk.check_spec(bad_end)
    late = bad_end.model_copy(
        update={"ends_at": start + timedelta(hours=1), "deadline": start + timedelta(minutes=1)}
    )
    with pytest.raises(InvalidInput):
        people.event_desk.check_spec(late)


async def test_reminders_fire_once_each_before_the_event(
    people: Services, clock: ShiftedClock
) -> None:
    event_id = await make_event(people, clock, capacity=5, hours_ahead=30)
    await people.events.sign_up(A, event_id)
    await people.events.sign_up(B, event_id)
    clock.advance(timedelta(hours=6, seconds=1))
    assert await people.due.run_due() == 1
    assert await people.due.run_due() == 0
    assert reminders(await queued_to(people, A)) == 1 and reminders(await queued_to(people, B)) == 1
    clock.advance(timedelta(hours=22))
    assert await people.due.run_due() == 1
    assert reminders(await queued_to(people, A)) == 2


async def test_after_downtime_only_the_nearer_reminder_is_sent_and_none_after_the_start(
    people: Services, clock: ShiftedClock
) -> None:
    event_id = await make_event(people, clock, capacity=5, hours_ahead=30)
    await people.events.sign_up(A, event_id)
    clock.advance(timedelta(hours=28, minutes=30))  # both reminders are due now
    assert await people.due.run_due() == 2
    assert reminders(await queued_to(people, A)) == 1
    other = await make_event(people, clock, capacity=5, hours_ahead=3, key="k2")
    await people.events.sign_up(B, other)
    clock.advance(timedelta(hours=4))  # the bot was down past the start
    await people.due.run_due()
    assert reminders(await queued_to(people, B)) == 0


async def test_moving_an_event_tells_people_and_moves_the_reminders(
    people: Services, clock: ShiftedClock
) -> None:
    event_id = await make_event(people, clock, capacity=1, hours_ahead=30)
    await people.events.sign_up(A, event_id)
    await people.events.sign_up(B, event_id)
    start = (await people.events.view(A, event_id)).event.starts_at
    await people.event_desk.move(STAFF, event_id, start + timedelta(days=1))
    back = await people.event_desk.move(STAFF, event_id, start)  # and back: reminders again
    assert back.starts_at == start and back.ends_at - start == timedelta(hours=2)
    assert sum("has moved" in m.text for m in await queued_to(people, A)) == 2
    assert any("has moved" in m.text for m in await queued_to(people, B))  # waiting, told too
    clock.advance(timedelta(hours=6, seconds=1))
    assert await people.due.run_due() == 1
    await people.event_desk.move(STAFF, event_id, start + timedelta(days=1))
    clock.advance(timedelta(hours=22, minutes=30))  # the old 2-hour reminder time
    assert await people.due.run_due() == 0
    clock.advance(timedelta(hours=1, minutes=30))  # 24 hours before the new time
    assert await people.due.run_due() == 1
    assert reminders(await queued_to(people, A)) == 2


async def test_changing_the_place_tells_everyone_signed_up(
    people: Services, clock: ShiftedClock
) -> None:
    event_id = await make_event(people, clock, capacity=5)
    await people.events.sign_up(A, event_id)
    await people.event_desk.change_place(STAFF, event_id, "Room 2, Building 3")
    told = await queued_to(people, A)
    assert any("Room 2, Building 3" in m.text and "Community hall" in m.text for m in told)


async def test_cancelling_tells_everyone_and_clears_reminders_and_offers(
    people: Services, clock: ShiftedClock
) -> None:
    event_id = await make_event(people, clock, capacity=1, hours_ahead=30)
    for who in (A, B, C):
        await people.events.sign_up(who, event_id)
    await people.events.cancel(A, event_id)  # B has an offer now
    _, told = await people.event_desk.cancel_event(STAFF, event_id)
    assert told == 2
    assert any("cancelled" in m.text for m in await queued_to(people, C))
    clock.advance(timedelta(hours=29))
    assert await people.due.run_due() == 0
    assert reminders(await queued_to(people, B)) == 0


async def test_more_places_go_to_the_waiting_list(people: Services, clock: ShiftedClock) -> None:
    event_id = await make_event(people, clock, capacity=1)
    for who in (A, B, C):
        await people.events.sign_up(who, event_id)
    with pytest.raises(InvalidInput):
        await people.event_desk.change_capacity(STAFF, event_id, 0)
    changed = await people.event_desk.change_capacity(STAFF, event_id, 2)
    assert changed.places_left == 0
    assert len(await offers_to(people, B, event_id)) == 1
    assert not await offers_to(people, C, event_id)


async def test_check_in_by_code_is_recorded_once(people: Services, clock: ShiftedClock) -> None:
    event_id = await make_event(people, clock, capacity=5)
    view = await people.events.sign_up(A, event_id)
    assert view.mine is not None and view.mine.code is not None
    typed = f" {view.mine.code[:3].lower()}-{view.mine.code[3:]} "
    first = await people.event_desk.check_in(STAFF, typed, event_id)
    assert not first.already and first.line.name == "王芳"
    again = await people.event_desk.check_in(STAFF, view.mine.code)
    assert again.already
    assert (await people.event_desk.roster(STAFF, event_id)).attended == 1
    with pytest.raises(NotFound):
        await people.event_desk.check_in(STAFF, "AAAAAA")
    with pytest.raises(NotAllowed):
        await people.event_desk.check_in(B, view.mine.code)


async def test_the_spreadsheet_lists_coming_then_waiting_with_chinese_names(
    people: Services, clock: ShiftedClock
) -> None:
    event_id = await make_event(people, clock, capacity=1)
    await people.events.sign_up(A, event_id)
    await people.events.sign_up(B, event_id)
    name, data = await people.event_desk.export(STAFF, event_id, "zh-hans")
    assert name.endswith(".xlsx")
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[2][:3] == ("序号", "状态", "姓名")
    assert rows[3][1:3] == ("已报名", "王芳") and rows[4][1:3] == ("候补", "Li Ming")


async def test_the_calendar_file_opens_in_a_calendar_library(
    people: Services, clock: ShiftedClock
) -> None:
    event_id = await make_event(people, clock, capacity=5)
    _, data = await people.events.calendar(A, event_id)
    view = await people.events.view(A, event_id)
    parsed = Calendar.from_ical(data)
    entry = next(iter(parsed.walk("VEVENT")))
    assert str(entry["summary"]) == "Free clinic 义诊"
    assert entry.decoded("dtstart") == view.event.starts_at.replace(microsecond=0)
    assert ics(view.event, "en") == ics(view.event, "en")  # stable for the same event


async def test_the_poster_qr_is_a_png_of_the_deep_link(
    people: Services, clock: ShiftedClock
) -> None:
    event_id = await make_event(people, clock)
    link, png = await people.event_desk.poster(ADMIN_TG, event_id, "linli_bot")
    assert link == f"https://t.me/linli_bot?start=event_{event_id}"
    assert png.startswith(b"\x89PNG\r\n\x1a\n")


async def test_a_waiting_resident_has_no_qr_code(people: Services, clock: ShiftedClock) -> None:
    event_id = await make_event(people, clock, capacity=1)
    await people.events.sign_up(A, event_id)
    await people.events.sign_up(B, event_id)
    code, png = await people.events.my_qr(A, event_id, "linli_bot")
    assert png.startswith(b"\x89PNG") and len(code) == 6
    view = await people.events.view(B, event_id)
    assert view.mine is not None and view.mine.status == SignupStatus.WAITING
    with pytest.raises(Exception, match="error-event-not-signed"):
        await people.events.my_qr(B, event_id, "linli_bot")
