"""Wishes and their claims. A claim is taken by a conditional UPDATE of the wish and an
INSERT that the partial unique index `wish_claims_live` refuses when a live claim exists."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import aiosqlite

from bot.models.wishes import Claim, ClaimStatus, NewWish, Wish, WishStatus
from storage.rows import parse_ts, ts

_WISH_TIMES = ("by_when", "created_at", "published_at", "fulfilled_at", "thanked_at")
_CLAIM_TIMES = ("claimed_at", "progress_at", "reminded_at", "ended_at")
_WISH_FIELDS = {
    "category",
    "text",
    "status",
    "decline_reason",
    "handover",
    "staff_arranges",
    "reviewed_by",
    "published_at",
    "fulfilled_at",
    "points",
    "thanked_at",
}


def _wish(row: aiosqlite.Row) -> Wish:
    data: dict[str, Any] = dict(row)
    data.pop("source_key", None)
    for name in _WISH_TIMES:
        data[name] = parse_ts(data[name])
    return Wish.model_validate(data)


def _claim(row: aiosqlite.Row) -> Claim:
    data: dict[str, Any] = dict(row)
    for name in _CLAIM_TIMES:
        data[name] = parse_ts(data[name])
    return Claim.model_validate(data)


async def insert(
    conn: aiosqlite.Connection,
    *,
    resident_id: int,
    new: NewWish,
    now: datetime,
    source_key: str,
    consent_note: str | None = None,
    filed_by: int | None = None,
) -> Wish:
    """Add a wish waiting for review and return it."""
    cur = await conn.execute(
        "INSERT INTO wishes (resident_id, category, text, voice_file_id, photo, by_when,"
        " show_building, status, consent_note, filed_by, created_at, source_key)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            resident_id,
            new.category,
            new.text,
            new.voice_file_id,
            new.photo,
            ts(new.by_when),
            new.show_building,
            WishStatus.REVIEW.value,
            consent_note,
            filed_by,
            ts(now),
            source_key,
        ),
    )
    wish = await get(conn, int(cur.lastrowid or 0))
    assert wish is not None
    return wish


async def get(conn: aiosqlite.Connection, wish_id: int) -> Wish | None:
    """Return one wish."""
    async with conn.execute("SELECT * FROM wishes WHERE id = ?", (wish_id,)) as cur:
        row = await cur.fetchone()
    return _wish(row) if row else None


async def by_source(conn: aiosqlite.Connection, source_key: str) -> Wish | None:
    """Return the wish filed from this source (a form), if any."""
    async with conn.execute("SELECT * FROM wishes WHERE source_key = ?", (source_key,)) as cur:
        row = await cur.fetchone()
    return _wish(row) if row else None


async def of_resident(conn: aiosqlite.Connection, resident_id: int) -> list[Wish]:
    """Return a resident's wishes, newest first."""
    async with conn.execute(
        "SELECT * FROM wishes WHERE resident_id = ? ORDER BY id DESC", (resident_id,)
    ) as cur:
        return [_wish(r) for r in await cur.fetchall()]


async def with_status(
    conn: aiosqlite.Connection, statuses: tuple[WishStatus, ...], limit: int = 1000
) -> list[Wish]:
    """Return wishes in these statuses: soonest date first (dateless last), then newest."""
    marks = ", ".join("?" for _ in statuses)
    async with conn.execute(
        f"SELECT * FROM wishes WHERE status IN ({marks})"
        " ORDER BY by_when IS NULL, by_when, id DESC LIMIT ?",
        (*[s.value for s in statuses], limit),
    ) as cur:
        return [_wish(r) for r in await cur.fetchall()]


async def everything(conn: aiosqlite.Connection) -> list[Wish]:
    """Return every wish, oldest first (the export)."""
    async with conn.execute("SELECT * FROM wishes ORDER BY id") as cur:
        return [_wish(r) for r in await cur.fetchall()]


async def move(
    conn: aiosqlite.Connection,
    wish_id: int,
    allowed: tuple[WishStatus, ...],
    status: WishStatus,
    **fields: object,
) -> bool:
    """Set the status (and fields) only if the wish is in `allowed`; False when it moved on."""
    unknown = set(fields) - _WISH_FIELDS
    if unknown:
        raise ValueError(f"unknown wish fields: {sorted(unknown)}")
    values = [ts(v) if isinstance(v, datetime) else v for v in fields.values()]
    sets = "".join(f", {name} = ?" for name in fields)
    marks = ", ".join("?" for _ in allowed)
    cur = await conn.execute(
        f"UPDATE wishes SET status = ?{sets} WHERE id = ? AND status IN ({marks})",
        (status.value, *values, wish_id, *[s.value for s in allowed]),
    )
    return cur.rowcount == 1


async def set_text(conn: aiosqlite.Connection, wish_id: int, text: str) -> bool:
    """Change the text staff publish; only before it is claimed."""
    cur = await conn.execute(
        "UPDATE wishes SET text = ? WHERE id = ? AND status IN ('review', 'published')",
        (text, wish_id),
    )
    return cur.rowcount == 1


async def counts(conn: aiosqlite.Connection, column: str) -> dict[str, int]:
    """Return how many wishes there are per status or per category."""
    if column not in ("status", "category"):
        raise ValueError(column)
    async with conn.execute(f"SELECT {column}, COUNT(*) FROM wishes GROUP BY {column}") as cur:
        return {str(r[0]): int(r[1]) for r in await cur.fetchall()}


# ---- claims ---------------------------------------------------------------------------------


async def add_claim(
    conn: aiosqlite.Connection, wish_id: int, helper_id: int, partner_id: int | None, now: datetime
) -> Claim | None:
    """Record a live claim; None when the wish already has one (the unique index says so)."""
    cur = await conn.execute(
        "INSERT OR IGNORE INTO wish_claims (wish_id, helper_id, partner_id, status, claimed_at,"
        " progress_at) VALUES (?, ?, ?, ?, ?, ?)",
        (wish_id, helper_id, partner_id, ClaimStatus.CLAIMED.value, ts(now), ts(now)),
    )
    if cur.rowcount != 1:
        return None
    return await claim(conn, int(cur.lastrowid or 0))


async def claim(conn: aiosqlite.Connection, claim_id: int) -> Claim | None:
    """Return one claim."""
    async with conn.execute("SELECT * FROM wish_claims WHERE id = ?", (claim_id,)) as cur:
        row = await cur.fetchone()
    return _claim(row) if row else None


async def live_claim(conn: aiosqlite.Connection, wish_id: int) -> Claim | None:
    """Return the wish's live claim, if any."""
    async with conn.execute(
        "SELECT * FROM wish_claims WHERE wish_id = ? AND ended_at IS NULL", (wish_id,)
    ) as cur:
        row = await cur.fetchone()
    return _claim(row) if row else None


async def last_claim(conn: aiosqlite.Connection, wish_id: int) -> Claim | None:
    """Return the wish's latest claim, live or ended."""
    async with conn.execute(
        "SELECT * FROM wish_claims WHERE wish_id = ? ORDER BY id DESC LIMIT 1", (wish_id,)
    ) as cur:
        row = await cur.fetchone()
    return _claim(row) if row else None


async def claims_of(conn: aiosqlite.Connection, helper_id: int) -> list[Claim]:
    """Return a helper's live claims, oldest first."""
    async with conn.execute(
        "SELECT * FROM wish_claims WHERE helper_id = ? AND ended_at IS NULL ORDER BY id",
        (helper_id,),
    ) as cur:
        return [_claim(r) for r in await cur.fetchall()]


async def live_claims(conn: aiosqlite.Connection) -> list[Claim]:
    """Return every live claim, oldest progress first."""
    async with conn.execute(
        "SELECT * FROM wish_claims WHERE ended_at IS NULL ORDER BY progress_at, id"
    ) as cur:
        return [_claim(r) for r in await cur.fetchall()]


async def progress(
    conn: aiosqlite.Connection,
    claim_id: int,
    allowed: tuple[ClaimStatus, ...],
    status: ClaimStatus,
    now: datetime,
    done_photo: str | None = None,
) -> bool:
    """Move a live claim on (progress restarts the stall clock); False when it moved already."""
    marks = ", ".join("?" for _ in allowed)
    cur = await conn.execute(
        "UPDATE wish_claims SET status = ?, progress_at = ?, reminded_at = NULL,"
        " done_photo = COALESCE(?, done_photo)"
        f" WHERE id = ? AND ended_at IS NULL AND status IN ({marks})",
        (status.value, ts(now), done_photo, claim_id, *[s.value for s in allowed]),
    )
    return cur.rowcount == 1


async def mark_reminded(conn: aiosqlite.Connection, claim_id: int, now: datetime) -> bool:
    """Note the stall reminder; False when the claim ended or was reminded already."""
    cur = await conn.execute(
        "UPDATE wish_claims SET reminded_at = ?"
        " WHERE id = ? AND ended_at IS NULL AND reminded_at IS NULL",
        (ts(now), claim_id),
    )
    return cur.rowcount == 1


async def end_claim(
    conn: aiosqlite.Connection, claim_id: int, status: ClaimStatus, reason: str, now: datetime
) -> bool:
    """End a live claim; False when it had ended already (so it is ended once)."""
    cur = await conn.execute(
        "UPDATE wish_claims SET status = ?, ended_at = ?, end_reason = ?"
        " WHERE id = ? AND ended_at IS NULL",
        (status.value, ts(now), reason, claim_id),
    )
    return cur.rowcount == 1


async def anonymise_resident(conn: aiosqlite.Connection, resident_id: int) -> None:
    """For a resident who erased their data: withdraw wishes nobody holds yet (their words
    go too) and drop the photos and voice messages of all of them."""
    await conn.execute(
        "UPDATE wishes SET status = 'withdrawn', text = ''"
        " WHERE resident_id = ? AND status IN ('review', 'published')",
        (resident_id,),
    )
    await conn.execute(
        "UPDATE wishes SET photo = NULL, voice_file_id = NULL WHERE resident_id = ?",
        (resident_id,),
    )
