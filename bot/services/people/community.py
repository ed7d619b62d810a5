"""Community settings admins edit in the chat: buildings and request categories."""

from __future__ import annotations

import re

from bot.errors import Conflict, InvalidInput, NotAllowed, NotFound
from bot.languages import ALL as ALL_LANGUAGES
from bot.models.audit import AuditAction
from bot.models.people import Building
from bot.models.requests import Category
from bot.services.env import ServiceEnv
from storage import broadcasts as settings_repo
from storage import community as community_repo
from storage import people as people_repo
from storage import requests as requests_repo

LABEL_MAX = 40
ROOM_LANGUAGE = "staff_room_language"  # the community setting holding it
LANGUAGE_CODES = frozenset(language.code for language in ALL_LANGUAGES)
MAX_RESPONSE_HOURS = 24 * 30


class CommunityService:
    """Buildings and categories; reading is for everyone, editing for admins."""

    def __init__(self, env: ServiceEnv) -> None:
        self.env = env

    def _require_admin(self, tg_id: int) -> None:
        if tg_id not in self.env.settings.admins:
            raise NotAllowed()

    async def load_room_language(self) -> str:
        """Read the staff room's language as an admin set it (at start); return it."""
        async with self.env.db.reading() as conn:
            stored = await settings_repo.setting(conn, ROOM_LANGUAGE)
        self.env.room_lang = stored if stored in LANGUAGE_CODES else None
        return self.env.staff_room_lang

    async def set_room_language(self, admin_tg: int, lang: str) -> None:
        """Set the language the staff group is written to in (admins only)."""
        self._require_admin(admin_tg)
        if lang not in LANGUAGE_CODES:
            raise InvalidInput("error-unknown-language")
        async with self.env.db.transaction() as conn:
            before = self.env.staff_room_lang
            await settings_repo.set_setting(conn, ROOM_LANGUAGE, lang)
            await self.env.audit(
                conn, admin_tg, AuditAction.ROOM_LANGUAGE, "staff room", before=before, after=lang
            )
        self.env.room_lang = lang

    async def building_dependents(self, admin_tg: int, name: str) -> tuple[int, int]:
        """Return how many residents live in a building and how many of their requests are
        open: what an admin should know before removing it."""
        self._require_admin(admin_tg)
        async with self.env.db.reading() as conn:
            residents = await people_repo.count_in_building(conn, name)
            still_open = await requests_repo.open_in_building(conn, name)
        return residents, still_open

    async def category_dependents(self, admin_tg: int, code: str) -> int:
        """Return how many open requests a category holds (before hiding it)."""
        self._require_admin(admin_tg)
        async with self.env.db.reading() as conn:
            return await requests_repo.open_in_category(conn, code)

    async def buildings(self) -> list[Building]:
        """Return the buildings in display order."""
        async with self.env.db.reading() as conn:
            return await community_repo.buildings(conn)

    async def add_building(self, admin_tg: int, name: str, grid: str | None = None) -> None:
        """Add a building."""
        self._require_admin(admin_tg)
        name = name.strip()
        if not name or len(name) > LABEL_MAX:
            raise InvalidInput("error-label-length", max=LABEL_MAX)
        async with self.env.db.transaction() as conn:
            if not await community_repo.add_building(conn, name, grid):
                raise Conflict("error-building-exists")
            await self.env.audit(conn, admin_tg, AuditAction.BUILDING_ADDED, name, after=grid)

    async def set_grid(self, admin_tg: int, name: str, grid: str | None) -> None:
        """Put a building in a grid (网格), or in none; the grid scopes statistics and leaders."""
        self._require_admin(admin_tg)
        grid = grid.strip() if grid else None
        if grid is not None and len(grid) > LABEL_MAX:
            raise InvalidInput("error-label-length", max=LABEL_MAX)
        async with self.env.db.transaction() as conn:
            before = next(
                (b.grid for b in await community_repo.buildings(conn) if b.name == name), None
            )
            if not await community_repo.set_grid(conn, name, grid or None):
                raise NotFound()
            await self.env.audit(
                conn, admin_tg, AuditAction.BUILDING_GRID, name, before=before, after=grid
            )

    async def remove_building(self, admin_tg: int, name: str) -> None:
        """Remove a building (people already in it keep it on their record)."""
        self._require_admin(admin_tg)
        async with self.env.db.transaction() as conn:
            if not await community_repo.remove_building(conn, name):
                raise NotFound()
            await self.env.audit(conn, admin_tg, AuditAction.BUILDING_REMOVED, name)

    async def categories(self, *, include_hidden: bool = False) -> list[Category]:
        """Return the categories residents can choose (and, for admins, the hidden ones)."""
        async with self.env.db.reading() as conn:
            return await community_repo.categories(conn, active_only=not include_hidden)

    async def category(self, code: str) -> Category:
        """Return one category or raise NotFound."""
        async with self.env.db.reading() as conn:
            found = await community_repo.category(conn, code)
        if found is None:
            raise NotFound()
        return found

    async def add_category(self, admin_tg: int, label: str, response_hours: int) -> Category:
        """Add a category with its own name and first-response target."""
        self._require_admin(admin_tg)
        label = label.strip()
        if not label or len(label) > LABEL_MAX:
            raise InvalidInput("error-label-length", max=LABEL_MAX)
        _check_hours(response_hours)
        code = "c-" + re.sub(r"\W+", "-", label.lower()).strip("-")[:24]
        async with self.env.db.transaction() as conn:
            if not await community_repo.add_category(conn, code, label, response_hours):
                raise Conflict("error-category-exists")
            found = await community_repo.category(conn, code)
            await self.env.audit(
                conn, admin_tg, AuditAction.CATEGORY_ADDED, label, after=f"{response_hours} h"
            )
        assert found is not None
        return found

    async def set_response_hours(self, admin_tg: int, code: str, hours: int) -> None:
        """Change a category's first-response target."""
        self._require_admin(admin_tg)
        _check_hours(hours)
        async with self.env.db.transaction() as conn:
            before = await community_repo.category(conn, code)
            if before is None or not await community_repo.set_category(
                conn, code, response_hours=hours
            ):
                raise NotFound()
            await self.env.audit(
                conn,
                admin_tg,
                AuditAction.CATEGORY_TARGET,
                before.label or code,
                before=f"{before.response_hours} h",
                after=f"{hours} h",
            )

    async def set_active(self, admin_tg: int, code: str, active: bool) -> None:
        """Hide a category from residents, or show it again."""
        self._require_admin(admin_tg)
        async with self.env.db.transaction() as conn:
            before = await community_repo.category(conn, code)
            if before is None or not await community_repo.set_category(conn, code, active=active):
                raise NotFound()
            await self.env.audit(
                conn,
                admin_tg,
                AuditAction.CATEGORY_SHOWN,
                before.label or code,
                before=_shown(before.active),
                after=_shown(active),
            )


def _shown(active: bool) -> str:
    return "shown" if active else "hidden"


def _check_hours(hours: int) -> None:
    if not 1 <= hours <= MAX_RESPONSE_HOURS:
        raise InvalidInput("error-hours-range", max=MAX_RESPONSE_HOURS)
