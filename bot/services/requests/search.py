"""Staff search: a number opens its item; words find requests and residents, newest first.

Why here: staff type into the chat rather than walk lists, so any text that is not part of a
form reaches this service (handlers/workplace/search.py). Only staff may search: the results
hold residents' names and phones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.errors import NotFound
from bot.models.people import Person
from bot.models.requests import Request
from bot.services.env import ServiceEnv
from storage import people as people_repo
from storage import requests as requests_repo
from storage import search as search_repo

SHOWN = 8  # results of each kind on one answer
WORDS_MAX = 6
_NUMBER = re.compile(r"\s*([RrWwEe])\s*-?\s*0*(\d{1,12})\s*")


@dataclass(frozen=True)
class Found:
    """What a search found: the newest requests and people, and how many there are."""

    requests: list[Request]
    people: list[Person]
    request_total: int
    people_total: int


def read_number(text: str) -> tuple[str, int] | None:
    """Return ("R"|"W"|"E", id) when the text is an item's number such as R-000003 or e5."""
    match = _NUMBER.fullmatch(text)
    if match is None or int(match[2]) == 0:
        return None
    return match[1].upper(), int(match[2])


def words_of(text: str) -> list[str]:
    """Return the words to look for (at most a few, each as typed, case folded)."""
    return [w.casefold() for w in text.split()][:WORDS_MAX]


class SearchService:
    """Staff search over the requests and the people."""

    def __init__(self, env: ServiceEnv) -> None:
        self.env = env

    async def find(self, staff_tg: int, text: str) -> Found:
        """Return the requests and residents holding every word, newest first."""
        words = words_of(text)
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, staff_tg)
            if not words:
                return Found([], [], 0, 0)
            request_ids = await search_repo.find(conn, "requests", words, limit=SHOWN)
            person_ids = await search_repo.find(conn, "people", words, limit=SHOWN)
            found = [await requests_repo.get(conn, i) for i in request_ids]
            people = await people_repo.by_ids(conn, set(person_ids))
            return Found(
                requests=[r for r in found if r is not None],
                people=[people[i] for i in person_ids if i in people],
                request_total=await search_repo.count(conn, "requests", words),
                people_total=await search_repo.count(conn, "people", words),
            )

    async def request(self, staff_tg: int, request_id: int) -> Request:
        """Return one request by its number, for staff."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, staff_tg)
            found = await requests_repo.get(conn, request_id)
        if found is None:
            raise NotFound()
        return found
