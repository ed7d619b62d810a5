"""Staff search over requests and people (migration 009's FTS5 trigram indexes).

Why trigram: it finds Chinese, written without spaces, as well as English words. A trigram
index cannot match fewer than three characters, so shorter words (a building "3", "王") are
matched with LIKE over the same indexed text; the longer words still narrow the rows first.
Newest first: an index row's rowid is the request's or the person's id.
"""

from __future__ import annotations

import aiosqlite

TRIGRAM = 3
_TABLES = {"requests": "request_search", "people": "people_search"}


def _phrase(word: str) -> str:
    """Quote a word as an FTS5 string, so that its punctuation is not query syntax."""
    return '"' + word.replace('"', '""') + '"'


def _like(word: str) -> str:
    """Return a LIKE pattern finding `word` anywhere, with LIKE's own wildcards escaped."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _where(table: str, words: list[str]) -> tuple[str, list[object]]:
    long = [w for w in words if len(w) >= TRIGRAM]
    short = [w for w in words if len(w) < TRIGRAM]
    clauses: list[str] = []
    params: list[object] = []
    if long:
        clauses.append(f"{table} MATCH ?")
        params.append(" ".join(_phrase(w) for w in long))
    for word in short:
        clauses.append("body LIKE ? ESCAPE '\\'")
        params.append(_like(word))
    return " AND ".join(clauses) or "0", params


async def find(conn: aiosqlite.Connection, kind: str, words: list[str], *, limit: int) -> list[int]:
    """Return the ids of the requests or people (`kind`) whose text holds every word."""
    table = _TABLES[kind]
    where, params = _where(table, words)
    sql = f"SELECT rowid FROM {table} WHERE {where} ORDER BY rowid DESC LIMIT ?"
    async with conn.execute(sql, [*params, limit]) as cur:
        return [int(row[0]) for row in await cur.fetchall()]


async def count(conn: aiosqlite.Connection, kind: str, words: list[str]) -> int:
    """Return how many requests or people hold every word."""
    table = _TABLES[kind]
    where, params = _where(table, words)
    async with conn.execute(f"SELECT COUNT(*) FROM {table} WHERE {where}", params) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def scan_requests(conn: aiosqlite.Connection, words: list[str], *, limit: int) -> list[int]:
    """Return the same as `find(..., "requests", ...)` by a plain LIKE scan of the requests and
    their residents, without the index: the bench's yardstick and the tests' oracle."""
    text = (
        "r.category || ' ' || r.description || ' ' || COALESCE(CASE WHEN p.erased THEN '' ELSE "
        "COALESCE(p.name, '') || ' ' || COALESCE(p.building, '') || ' ' || COALESCE(p.unit, '')"
        " || ' ' || COALESCE(p.phone, '') END, '')"
    )
    clauses = [f"{text} LIKE ? ESCAPE '\\'" for _ in words] or ["0"]
    sql = (
        "SELECT r.id FROM requests r LEFT JOIN people p ON p.id = r.resident_id "
        f"WHERE {' AND '.join(clauses)} ORDER BY r.id DESC LIMIT ?"
    )
    async with conn.execute(sql, [*(_like(w) for w in words), limit]) as cur:
        return [int(row[0]) for row in await cur.fetchall()]
