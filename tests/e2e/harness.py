"""End-to-end harness: the real Linli Application, polling a Bot API simulator on 127.0.0.1.

Simulated people send messages and press buttons through the simulator; tests read what the
bot sent. `restart()` stops the application and builds a new one on the same database file,
the way a crash-and-restart would, to prove state survives.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from bot.app import LinliApp, build_application
from bot.clock import ShiftedClock
from bot.config import Settings
from bot.delivery import DeliveryLimits
from bot.lifecycle import start_polling, stop_polling
from bot.models.notices import NoticeKind
from bot.services import Services
from sandbox.simulator import BotApiSimulator, SimMessage
from tests.clock import pinned_clock

TOKEN = "123456:LINLI-TEST"
ADMIN = 1000
STAFF_CHAT = -100500
FAST = DeliveryLimits(per_second=200, private_gap=0.0, group_gap=0.0, idle_wait=0.2)


@dataclass
class Harness:
    """One simulator, one database, and the running application."""

    sim: BotApiSimulator
    db_path: Path
    staff_chat: int | None = STAFF_CHAT
    admins: frozenset[int] = frozenset({ADMIN})
    # Pinned (tests/clock.py): no outcome may depend on the hour the suite runs at.
    clock: ShiftedClock = field(default_factory=pinned_clock)
    limits: DeliveryLimits = FAST
    app: LinliApp | None = None
    settings_extra: dict[str, Any] = field(default_factory=dict)

    def settings(self) -> Settings:
        """Return the settings the bot runs with."""
        return Settings(
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_API_BASE_URL=self.sim.base_url,
            LINLI_DB=self.db_path,
            LINLI_ADMINS=",".join(str(a) for a in sorted(self.admins)),
            LINLI_STAFF_CHAT=self.staff_chat,
            # Due work that would run in every test travelling through a night or a month's end
            # has tests of its own (tests/services/test_nightly_backup.py, the monthly report's):
            # here it is off unless a test asks for it.
            **{"LINLI_BACKUP_HOUR": "off", "LINLI_MONTHLY_REPORT": False, **self.settings_extra},
        )

    async def start(self) -> None:
        """Build and start the application with long polling."""
        self.app = build_application(
            self.settings(),
            clock=self.clock,
            limits=self.limits,
            tick_seconds=0.2,
            progress_seconds=0.3,
        )
        await start_polling(self.app)

    async def stop(self) -> None:
        """Stop polling and the application, as on a shutdown."""
        if self.app is None:
            return
        await stop_polling(self.app)
        self.app = None

    async def restart(self) -> None:
        """Stop and start again on the same database."""
        await self.stop()
        await self.start()

    @property
    def services(self) -> Services:
        """Return the running application's services."""
        assert self.app is not None and self.app.bot_data.services is not None
        return self.app.bot_data.services

    async def tick(self) -> int:
        """Run the due-work tick now (instead of waiting for the job)."""
        return await self.services.due.run_due()

    def travel(self, delta: timedelta) -> None:
        """Move the bot's clock forward, and tell the sender: rows held back may be due now."""
        self.clock.advance(delta)
        sender = self.app.bot_data.sender if self.app is not None else None
        if sender is not None:
            sender.wake()

    async def past_quiet_hours(self) -> None:
        """Move the clock to the end of quiet hours if it is inside them (else leave it).

        A test that runs at any hour uses it where bulk messages (announcements) must go out.
        """
        end = await self.services.broadcasts.quiet_end_now(NoticeKind.SERVICE)
        if end is not None:
            self.travel(end - self.clock.now())

    # ---- conversations -----------------------------------------------------------------

    async def say(self, user_id: int, text: str, **kwargs: Any) -> SimMessage:
        """Send text as a person and wait for the bot's next message to them."""
        await self.sim.send_text(user_id, text, **kwargs)
        return await self.sim.wait_for(kwargs.get("chat_id") or user_id)

    async def press(self, user_id: int, message: SimMessage, button: str) -> SimMessage:
        """Press an inline button and wait for the bot's next message in that chat."""
        await self.sim.press(user_id, message, button)
        return await self.sim.wait_for(message.chat_id)

    async def register(
        self,
        user_id: int,
        name: str,
        building: str = "1",
        unit: str = "2-301",
        phone: str | None = None,
        language_code: str = "en",
    ) -> None:
        """Add a Telegram user and walk them through registration."""
        self.sim.add_user(user_id, name, language_code=language_code)
        await self.sim.send_text(user_id, "/start")
        await self.sim.wait_for(user_id, predicate=lambda m: m.reply_keyboard is not None)
        await self.say(user_id, name)
        await self.say(user_id, building)
        await self.say(user_id, unit)
        if phone is None:
            await self.sim.send_text(user_id, "Skip" if language_code == "en" else "跳过")
        else:
            await self.sim.send_contact(user_id, phone)
        await self.sim.wait_for(user_id, contains="✅")

    async def make_staff(self, user_id: int, name: str) -> None:
        """Appoint a staff member through an admin's one-time invite link."""
        token = await self.services.people.create_staff_invite(ADMIN)
        self.sim.add_user(user_id, name)
        await self.sim.send_text(user_id, f"/start staff_{token}")
        await self.sim.wait_for(user_id, contains="staff")
        # The admin is told through the outbox; read it now, so that a later `say` to the
        # admin gets the answer to what it said and not this notice.
        await self.sim.wait_for(ADMIN, contains=f"{name} is now a staff member")
