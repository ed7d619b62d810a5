"""The audit log for admins: read it by page and by person, and export it as a spreadsheet.

The lines are written by the services that make each change (ServiceEnv.audit, in the same
transaction); this service only reads them. Admins only: the log names staff and what they
did to residents' records.
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from bot import i18n
from bot.errors import NotAllowed
from bot.models.audit import AuditEntry
from bot.services.env import ServiceEnv
from storage import audit as audit_repo

PAGE = 15
_COLUMNS = ("audit-col-at", "audit-col-who", "audit-col-action", "audit-col-subject",
            "audit-col-before", "audit-col-after")  # fmt: skip


class AuditService:
    """Admins read and export the audit log."""

    def __init__(self, env: ServiceEnv) -> None:
        self.env = env

    def _require_admin(self, admin_tg: int) -> None:
        if admin_tg not in self.env.settings.admins:
            raise NotAllowed("error-admin-only")

    async def page(
        self, admin_tg: int, *, actor_id: int | None, page: int
    ) -> tuple[list[AuditEntry], int]:
        """Return one page of the log, newest first, and how many lines it holds in all."""
        self._require_admin(admin_tg)
        async with self.env.db.reading() as conn:
            total = await audit_repo.count(conn, actor_id=actor_id)
            page = min(max(page, 0), max(0, -(-total // PAGE) - 1))
            found = await audit_repo.recent(conn, actor_id=actor_id, limit=PAGE, offset=page * PAGE)
        return found, total

    async def actors(self, admin_tg: int) -> list[tuple[int, str, int]]:
        """Return who has lines in the log (id, name, count), most first."""
        self._require_admin(admin_tg)
        async with self.env.db.reading() as conn:
            return await audit_repo.actors(conn)

    async def export(self, admin_tg: int, *, actor_id: int | None, lang: str) -> tuple[str, bytes]:
        """Return the whole log (or one person's lines) as an .xlsx, oldest first, times in
        the community's zone; streamed from SQLite in chunks into a write-only workbook."""
        self._require_admin(admin_tg)
        zone = self.env.settings.zone
        book = Workbook(write_only=True)
        sheet = book.create_sheet(i18n.t(lang, "audit-sheet")[:31])
        bold = Font(bold=True)
        header = [WriteOnlyCell(sheet, value=i18n.t(lang, key)) for key in _COLUMNS]
        for cell in header:
            cell.font = bold
        sheet.append(header)
        async with self.env.db.reading() as conn:
            async for entry in audit_repo.every(conn, actor_id=actor_id):
                sheet.append(
                    [
                        entry.at.astimezone(zone).replace(tzinfo=None),
                        entry.actor_name or "—",
                        i18n.t(lang, "audit-action", action=entry.action.value),
                        entry.subject,
                        entry.before or "",
                        entry.after or "",
                    ]
                )
        buffer = io.BytesIO()
        book.save(buffer)
        stamp = self.env.clock.now().astimezone(zone)
        return f"linli-audit-{stamp:%Y-%m-%d}.xlsx", buffer.getvalue()
