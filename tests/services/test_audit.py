"""The audit log: each staff or admin action leaves one line in the same transaction, with
who, what and before/after; a refused action leaves none; only admins read and export it."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from openpyxl import load_workbook

from bot.errors import Conflict, NotAllowed
from bot.models.audit import AuditAction
from bot.models.notices import NoticeSpec
from bot.services import Services
from tests.conftest import ADMIN_TG, add_resident, add_staff

RESIDENT, STAFF = 21, 31


async def _lines(
    services: Services,
) -> list[tuple[AuditAction, str | None, str, str | None, str | None]]:
    entries, _ = await services.audit.page(ADMIN_TG, actor_id=None, page=0)
    return [(e.action, e.actor_name, e.subject, e.before, e.after) for e in reversed(entries)]


async def test_settings_staff_and_points_each_leave_one_line_with_before_and_after(
    services: Services,
) -> None:
    await add_resident(services, RESIDENT, "Wang Fang")
    await add_staff(services, STAFF, "Staff Zhou")
    await services.community.set_response_hours(ADMIN_TG, "repairs", 12)
    await services.broadcasts.set_quiet_hours(ADMIN_TG, "22:00-07:00")
    resident = await services.people.get(RESIDENT)
    assert resident is not None
    await services.love_bank.award(STAFF, resident.id, 5, "Carried chairs")
    lines = await _lines(services)
    # The three buildings of the fixture come first.
    assert lines[:3] == [(AuditAction.BUILDING_ADDED, "Admin Li", n, None, None) for n in "123"]
    assert lines[3:] == [
        (AuditAction.STAFF_JOINED, "Staff Zhou", "Staff Zhou", "resident", "staff"),
        (AuditAction.CATEGORY_TARGET, "Admin Li", "repairs", "24 h", "12 h"),
        (AuditAction.QUIET_HOURS, "Admin Li", "quiet_hours", None, "22:00-07:00"),
        (AuditAction.POINTS_AWARDED, "Staff Zhou", "Wang Fang", None, "+5: Carried chairs"),
    ]


async def test_a_refused_action_leaves_no_line(services: Services) -> None:
    _, before = await services.audit.page(ADMIN_TG, actor_id=None, page=0)
    with pytest.raises(Conflict):
        await services.community.add_building(ADMIN_TG, "1")  # exists already
    _, after = await services.audit.page(ADMIN_TG, actor_id=None, page=0)
    assert after == before


async def test_a_notice_sent_and_cancelled_is_logged_under_its_number(services: Services) -> None:
    await add_staff(services, STAFF, "Staff Zhou")
    notice = await services.broadcasts.send_now(
        STAFF, NoticeSpec(text="Water off on Friday\nFrom 9 to 12"), source_key="audit:1"
    )
    await services.broadcasts.cancel(STAFF, notice.id)
    lines = (await _lines(services))[-2:]
    subject = f"#{notice.id} Water off on Friday"
    assert lines == [
        (AuditAction.NOTICE_SENT, "Staff Zhou", subject, None, None),
        (AuditAction.NOTICE_CANCELLED, "Staff Zhou", subject, "sending", None),
    ]


async def test_one_persons_lines_and_the_export_read_back_with_openpyxl(
    services: Services,
) -> None:
    await add_staff(services, STAFF, "Staff Zhou")
    staff = await services.people.get(STAFF)
    assert staff is not None
    await services.wish_desk.set_stall_days(STAFF, 5)
    mine, total = await services.audit.page(ADMIN_TG, actor_id=staff.id, page=0)
    assert total == 2 and [e.action for e in mine] == [
        AuditAction.STALL_DAYS,
        AuditAction.STAFF_JOINED,
    ]
    assert await services.audit.actors(ADMIN_TG) == [
        (1, "Admin Li", 3),
        (staff.id, "Staff Zhou", 2),
    ]
    name, data = await services.audit.export(ADMIN_TG, actor_id=None, lang="zh-hans")
    assert name.startswith("linli-audit-") and name.endswith(".xlsx")
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("时间", "操作人", "操作", "对象", "修改前", "修改后")
    assert len(rows) == 1 + 5
    assert rows[-1][1:] == ("Staff Zhou", "修改心愿提醒天数", "stall_days", "7", "5")
    assert isinstance(rows[-1][0], datetime)


async def test_staff_cannot_read_or_export_the_log(services: Services) -> None:
    await add_staff(services, STAFF, "Staff Zhou")
    with pytest.raises(NotAllowed):
        await services.audit.page(STAFF, actor_id=None, page=0)
    with pytest.raises(NotAllowed):
        await services.audit.export(STAFF, actor_id=None, lang="en")
