"""A typed CallbackContext: handlers write `context.services.requests`, never bot_data lookups."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from telegram.ext import Application, CallbackContext, ExtBot

from bot.flood import Lane
from bot.models.people import Actor
from bot.services import Services

if TYPE_CHECKING:
    from bot.delivery import OutboxSender
    from bot.health import HealthServer
    from bot.monitor import Monitor


@dataclass
class BotData:
    """What the application holds for handlers; filled in post_init."""

    services: Services | None = None
    sender: OutboxSender | None = None
    username: str = "linli_bot"
    monitor: Monitor | None = None  # counters and last successes, for /healthz and /metrics
    health: HealthServer | None = None  # the local health port, when LINLI_HEALTH_PORT is set
    extra: dict[str, object] = field(default_factory=dict)


class LinliContext(
    CallbackContext[ExtBot[Lane], dict[object, object], dict[object, object], BotData]
):
    """The context every handler receives."""

    def __init__(
        self,
        application: Application,
        chat_id: int | None = None,
        user_id: int | None = None,
    ) -> None:
        super().__init__(application=application, chat_id=chat_id, user_id=user_id)
        # The person behind this update, once handlers.common.actor has looked them up.
        self.acting: Actor | None = None

    @property
    def services(self) -> Services:
        """Return the services; they exist from post_init on."""
        services = self.bot_data.services
        if services is None:
            raise RuntimeError("services are not ready: post_init has not run")
        return services
