"""Staff search in storage: the trigram indexes find English and Chinese, short words by LIKE,
and stay in step with the requests and people they index."""

from __future__ import annotations

import aiosqlite

from storage import search
from storage.db import Database

NOW = "2026-11-23T08:00:00+00:00"


async def _person(conn: aiosqlite.Connection, name: str, building: str, phone: str) -> int:
    cur = await conn.execute(
        "INSERT INTO people (name, building, unit, phone, created_at) VALUES (?, ?, '2-301', ?, ?)",
        (name, building, phone, NOW),
    )
    return int(cur.lastrowid or 0)


async def _request(conn: aiosqlite.Connection, resident: int, category: str, words: str) -> int:
    cur = await conn.execute(
        "INSERT INTO requests (resident_id, category, description, status, created_at, due_at)"
        " VALUES (?, ?, ?, 'new', ?, ?)",
        (resident, category, words, NOW, NOW),
    )
    return int(cur.lastrowid or 0)


async def _filled(db: Database) -> tuple[int, int, int, int]:
    async with db.transaction() as conn:
        wang = await _person(conn, "Wang Fang", "3", "13800001111")
        li = await _person(conn, "李明", "7", "13900002222")
        tap = await _request(conn, wang, "repair", "A dripping tap in the kitchen")
        lamp = await _request(conn, li, "repair", "楼道灯坏了，晚上很黑")
    return wang, li, tap, lamp


async def test_english_words_find_requests_and_their_residents_newest_first(db: Database) -> None:
    wang, _li, tap, lamp = await _filled(db)
    async with db.reading() as conn:
        assert await search.find(conn, "requests", ["dripping", "kitchen"], limit=5) == [tap]
        assert await search.find(conn, "requests", ["repair"], limit=5) == [lamp, tap]
        assert await search.find(conn, "requests", ["wang"], limit=5) == [tap]
        assert await search.find(conn, "people", ["13800001111"], limit=5) == [wang]
        assert await search.count(conn, "requests", ["repair"]) == 2


async def test_chinese_words_are_found_without_spaces_and_short_ones_by_like(db: Database) -> None:
    _wang, li, _tap, lamp = await _filled(db)
    async with db.reading() as conn:
        assert await search.find(conn, "requests", ["灯坏了"], limit=5) == [lamp]
        assert await search.find(conn, "requests", ["楼道"], limit=5) == [lamp]  # two characters
        assert await search.find(conn, "people", ["李明"], limit=5) == [li]
        assert await search.find(conn, "people", ["7"], limit=5) == [li]  # a building
        assert await search.find(conn, "requests", ["灯", "tap"], limit=5) == []


async def test_quotes_and_wildcards_are_words_not_query_syntax(db: Database) -> None:
    await _filled(db)
    async with db.reading() as conn:
        assert await search.find(conn, "requests", ['"tap OR'], limit=5) == []
        assert await search.find(conn, "requests", ["%"], limit=5) == []
        assert await search.find(conn, "requests", ["_"], limit=5) == []


async def test_the_index_follows_edits_erasure_and_deletion(db: Database) -> None:
    _wang, li, tap, lamp = await _filled(db)
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE requests SET description = 'A broken window' WHERE id = ?", (tap,)
        )
        await conn.execute(
            "UPDATE people SET name = 'Erased', phone = NULL, erased = 1 WHERE id = ?", (li,)
        )
    async with db.reading() as conn:
        assert await search.find(conn, "requests", ["dripping"], limit=5) == []
        assert await search.find(conn, "requests", ["window"], limit=5) == [tap]
        assert await search.find(conn, "people", ["李明"], limit=5) == []
        assert await search.find(conn, "people", ["13900002222"], limit=5) == []
        assert await search.find(conn, "requests", ["13900002222"], limit=5) == []
        assert await search.find(conn, "requests", ["灯坏了"], limit=5) == [lamp]
    async with db.transaction() as conn:
        await conn.execute("DELETE FROM requests WHERE id = ?", (lamp,))
    async with db.reading() as conn:
        assert await search.find(conn, "requests", ["灯坏了"], limit=5) == []


async def test_the_index_agrees_with_a_plain_like_scan(db: Database) -> None:
    await _filled(db)
    async with db.reading() as conn:
        for words in (["repair"], ["tap"], ["灯坏了"], ["wang", "kitchen"], ["3"], ["nothing"]):
            indexed = await search.find(conn, "requests", words, limit=10)
            assert indexed == await search.scan_requests(conn, words, limit=10), words
