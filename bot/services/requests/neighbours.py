"""Neighbours' requests: a resident may show an open request to their building (never their
name), and neighbours with the same problem press "Me too" once each; staff see the count
on the card, so six leaking ceilings read as one matter with six households behind it."""

from __future__ import annotations

from bot.errors import Conflict, NotFound
from bot.models.requests import Request
from bot.services.env import ServiceEnv
from storage import people as people_repo
from storage import requests as requests_repo

LISTED = 20  # neighbours' requests on one screen


class NeighbourService:
    """Share a request with one's building, list the building's, back one."""

    def __init__(self, env: ServiceEnv) -> None:
        self.env = env

    async def share(self, tg_id: int, request_id: int, shared: bool) -> Request:
        """Show one's own open request to the building (or stop showing it)."""
        async with self.env.db.transaction() as conn:
            resident = await self.env.person(conn, tg_id)
            request = await requests_repo.get(conn, request_id)
            if request is None or request.resident_id != resident.id:
                raise NotFound()
            if not request.status.is_open:
                raise Conflict("error-request-closed", number=request.number)
            await requests_repo.update(conn, request.id, shared=shared)
            changed = await requests_repo.get(conn, request.id)
        assert changed is not None
        return changed

    async def in_building(self, tg_id: int) -> list[tuple[Request, bool]]:
        """Return the open requests neighbours showed to the person's building."""
        async with self.env.db.reading() as conn:
            person = await self.env.person(conn, tg_id)
            if not person.building:
                return []
            return await requests_repo.shared_in_building(conn, person.building, person.id, LISTED)

    async def shown(self, tg_id: int, request_id: int) -> tuple[Request, bool]:
        """Return one request shown to the person's building, and whether they back it."""
        found = [pair for pair in await self.in_building(tg_id) if pair[0].id == request_id]
        if not found:
            raise NotFound()
        return found[0]

    async def me_too(self, tg_id: int, request_id: int) -> tuple[Request, bool]:
        """Back a neighbour's request once; return it and whether this press counted."""
        async with self.env.db.transaction() as conn:
            person = await self.env.person(conn, tg_id)
            request = await requests_repo.get(conn, request_id)
            filer = await people_repo.by_id(conn, request.resident_id or 0) if request else None
            if (
                request is None
                or filer is None
                or not request.shared
                or filer.building != person.building
                or filer.id == person.id
            ):
                raise NotFound()
            if not request.status.is_open:
                raise Conflict("error-request-closed", number=request.number)
            counted = await requests_repo.back(conn, request.id, person.id, self.env.clock.now())
            backed = await requests_repo.get(conn, request.id)
        assert backed is not None
        return backed, counted
