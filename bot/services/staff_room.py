"""The staff room's forum topics as Linli keeps them: one per stream and chat."""

from __future__ import annotations

from bot.services.env import ServiceEnv
from storage import staff_topics as staff_topics_repo


class StaffRoomService:
    """Remember the topics made in the staff chat, so a restart reuses them."""

    def __init__(self, env: ServiceEnv) -> None:
        self.env = env

    async def topics(self, chat_id: int) -> dict[str, int]:
        """Return the topics known in the chat, by stream."""
        async with self.env.db.reading() as conn:
            return await staff_topics_repo.of_chat(conn, chat_id)

    async def remember(self, chat_id: int, stream: str, thread_id: int) -> None:
        """Keep a topic just made for a stream."""
        async with self.env.db.transaction() as conn:
            await staff_topics_repo.remember(conn, chat_id, stream, thread_id, self.env.clock.now())
