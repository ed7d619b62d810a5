"""Wishes as the repository keeps them: a new wish whole, every field the resident decided."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.models.wishes import NewWish, WishStatus
from storage import people, wishes
from storage.db import Database

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


async def test_a_new_wish_is_stored_with_every_field_it_carries_and_read_back(
    db: Database,
) -> None:
    new = NewWish(
        category="study",
        text="A school bag for my daughter",
        voice_file_id="voice-1",
        photo="photo-1",
        by_when=datetime(2026, 12, 1, 15, 59, tzinfo=UTC),
        show_building=True,
    )
    # Every field differs from its default, so a field the repository forgot cannot pass.
    defaults = {name: field.default for name, field in NewWish.model_fields.items()}
    assert all(getattr(new, name) != default for name, default in defaults.items())
    async with db.transaction() as conn:
        resident = await people.insert(conn, tg_id=7, name="Wang Fang", now=NOW)
        stored = await wishes.insert(
            conn, resident_id=resident.id, new=new, now=NOW, source_key="wish-draft:1"
        )
    async with db.reading() as conn:
        found = await wishes.get(conn, stored.id)
    assert found is not None and found.resident_id == resident.id
    assert (found.status, found.created_at, found.filed_by) == (WishStatus.REVIEW, NOW, None)
    read_back = NewWish(**{name: getattr(found, name) for name in NewWish.model_fields})
    assert read_back == new


async def test_a_proxy_wish_keeps_who_filed_it_and_how_the_resident_agreed(db: Database) -> None:
    async with db.transaction() as conn:
        staff = await people.insert(conn, tg_id=9, name="Staff Li", now=NOW)
        resident = await people.insert(conn, tg_id=None, name="Grandma Chen", now=NOW)
        stored = await wishes.insert(
            conn,
            resident_id=resident.id,
            new=NewWish(category="company", text="A weekly visit"),
            now=NOW,
            source_key="wish-proxy:1",
            consent_note="Agreed on the phone",
            filed_by=staff.id,
        )
    async with db.reading() as conn:
        found = await wishes.get(conn, stored.id)
    assert found is not None and found.is_proxy
    assert (found.consent_note, found.filed_by) == ("Agreed on the phone", staff.id)
    assert (found.voice_file_id, found.photo, found.by_when, found.show_building) == (
        None,
        None,
        None,
        False,
    )
