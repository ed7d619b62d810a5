"""Forms in progress, kept in SQLite so that a restart mid-form loses nothing."""

from __future__ import annotations

from typing import Any

from bot.models.work import Draft
from bot.services.env import ServiceEnv
from storage import drafts as drafts_repo


class DraftService:
    """Start, advance and end a person's form."""

    def __init__(self, env: ServiceEnv) -> None:
        self.env = env

    async def get(self, tg_id: int) -> Draft | None:
        """Return the person's open form."""
        async with self.env.db.reading() as conn:
            return await drafts_repo.get(conn, tg_id)

    async def start(self, tg_id: int, flow: str, step: str, **data: Any) -> Draft:
        """Open a form (replacing any other) at its first step."""
        async with self.env.db.transaction() as conn:
            return await drafts_repo.start(conn, tg_id, flow, step, data, self.env.clock.now())

    async def advance(self, draft: Draft, step: str, **data: Any) -> Draft | None:
        """Move the form to `step`, merging `data`; None when the form was closed meanwhile."""
        merged = {**draft.data, **data}
        async with self.env.db.transaction() as conn:
            saved = await drafts_repo.save(conn, draft.id, step, merged, self.env.clock.now())
        if not saved:
            return None
        return draft.model_copy(update={"step": step, "data": merged})

    async def finish(self, draft: Draft) -> bool:
        """Close this very form after its last step; False when it was closed meanwhile (a
        newer form of the same person is left alone)."""
        async with self.env.db.transaction() as conn:
            return await drafts_repo.delete(conn, draft.id)

    async def cancel(self, tg_id: int) -> bool:
        """Close the person's form; False when there was none."""
        async with self.env.db.transaction() as conn:
            draft = await drafts_repo.get(conn, tg_id)
            if draft is None:
                return False
            return await drafts_repo.delete(conn, draft.id)
