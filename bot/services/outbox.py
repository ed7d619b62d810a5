"""The outbox as the sender sees it: what is due, and what became of each message."""

from __future__ import annotations

from datetime import datetime

from bot.models.outbox import Backlog, OutboxMessage, OutboxStatus
from bot.services.env import ServiceEnv
from storage import monitoring as monitoring_repo
from storage import outbox as outbox_repo
from storage import people as people_repo


class OutboxService:
    """Each call is one short transaction, so sending never holds the write lock."""

    def __init__(self, env: ServiceEnv) -> None:
        self.env = env

    async def due(self, limit: int) -> list[OutboxMessage]:
        """Return pending messages whose time has come, personal ones first."""
        async with self.env.db.reading() as conn:
            return await outbox_repo.due(conn, self.env.clock.now(), limit)

    async def next_due_at(self) -> datetime | None:
        """Return when the next pending message falls due."""
        async with self.env.db.reading() as conn:
            return await outbox_repo.next_due_at(conn)

    async def sending(self, outbox_id: int) -> None:
        """Mark a message as handed to Telegram."""
        async with self.env.db.transaction() as conn:
            await outbox_repo.mark_sending(conn, [outbox_id])

    async def sent(self, outbox_id: int, message_id: int | None) -> None:
        """Record that Telegram accepted the message."""
        async with self.env.db.transaction() as conn:
            await outbox_repo.mark_sent(conn, outbox_id, message_id, self.env.clock.now())

    async def failed(self, outbox_id: int, error: str, *, blocked_chat: int | None = None) -> None:
        """Give up on a message; a chat that blocked the bot marks its person unreachable."""
        async with self.env.db.transaction() as conn:
            await outbox_repo.mark_failed(conn, outbox_id, error, blocked=blocked_chat is not None)
            if blocked_chat is not None:
                await people_repo.mark_unreachable_chat(conn, blocked_chat)

    async def retry(self, outbox_id: int, when: datetime, error: str, *, count: bool) -> None:
        """Put a message back to be tried at `when`."""
        async with self.env.db.transaction() as conn:
            await outbox_repo.retry_later(conn, outbox_id, when, error, count=count)

    async def requeue_interrupted(self) -> int:
        """After a restart, make what was in flight pending again."""
        async with self.env.db.transaction() as conn:
            return await outbox_repo.requeue_interrupted(conn)

    async def ref_of(self, chat_id: int, message_id: int) -> str | None:
        """Return what a message the bot sent was about (e.g. `req:42`)."""
        async with self.env.db.reading() as conn:
            return await outbox_repo.ref_of_sent(conn, chat_id, message_id)

    async def alert_staff(self, who: str, error: str) -> None:
        """Tell staff, in one line, that handling someone's message failed."""
        async with self.env.db.transaction() as conn:
            await self.env.notify_staff(conn, "staff-error-alert", who=who, error=error)

    async def counts(self) -> dict[OutboxStatus, int]:
        """Return how many messages are in each status."""
        async with self.env.db.reading() as conn:
            return await outbox_repo.counts(conn)

    async def backlog(self) -> Backlog:
        """Return the messages due now or in flight, and when the oldest fell due."""
        async with self.env.db.reading() as conn:
            return await monitoring_repo.outbox_backlog(conn, self.env.clock.now())
