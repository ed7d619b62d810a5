"""The composition root: the only place that imports handlers and builds storage.

Resources follow the application's lifecycle: the database opens, migrates, and the outbox
sender and due-work tick start in post_init; they stop in post_stop / post_shutdown.
Nothing connects at import time.
"""

from __future__ import annotations

import logging
from importlib import metadata
from typing import Any

from telegram import Update
from telegram.ext import Application, BaseHandler, ContextTypes

from bot import scheduler
from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.context import BotData, LinliContext
from bot.delivery import DeliveryLimits, OutboxSender
from bot.flood import PacedLimiter, Pacer
from bot.health import HealthServer
from bot.monitor import Monitor
from bot.services import build_services
from bot.services.operations.backups import BackupService
from bot.updates import PerPersonUpdateProcessor
from handlers import chats, errors, forms
from handlers.commands import publish_commands
from handlers.consultation import board as topic_board
from handlers.consultation import council
from handlers.consultation import desk as topic_desk
from handlers.consultation import follow as topic_follow
from handlers.consultation import new as topic_new
from handlers.consultation import proxy as topic_proxy
from handlers.events import new as events_new
from handlers.events import resident as events
from handlers.events import staff as events_staff
from handlers.notices import compose as broadcasts
from handlers.notices import desk as broadcasts_desk
from handlers.notices import resident as notices
from handlers.people import admin, audit, privacy, resident_card, start
from handlers.people import anytime as people
from handlers.requests import desk, neighbours, proxy, queue, saved_replies
from handlers.requests import mine as my_requests
from handlers.requests import new as requests
from handlers.staff_room import open_staff_topics
from handlers.stats import view as stats
from handlers.volunteers import apply as volunteers
from handlers.volunteers import new_task as tasks_new
from handlers.volunteers import points, rewards_staff, skills, tasks
from handlers.volunteers import staff as volunteers_staff
from handlers.wishes import desk as wish_desk
from handlers.wishes import helping as wish_helpers
from handlers.wishes import mine as my_wishes
from handlers.wishes import new as wishes
from handlers.wishes import overview as wish_overview
from handlers.wishes import proxy as wish_proxy
from handlers.workplace import menu as workplace_menu
from handlers.workplace import search as workplace_search  # noqa: F401  (registers the text route)
from storage.db import Database

log = logging.getLogger(__name__)

LinliApp = Application[Any, LinliContext, Any, Any, BotData, Any]


def version() -> str:
    """Return the installed Linli's version (\"unknown\" when run from a bare checkout)."""
    try:
        return metadata.version("linli")
    except metadata.PackageNotFoundError:
        return "unknown"


def _health_note(app: LinliApp) -> str:
    health = app.bot_data.health
    return f", health at http://127.0.0.1:{health.port}/healthz" if health is not None else ""


def api_urls(base: str) -> tuple[str, str]:
    """Return PTB's base_url and base_file_url for a Bot API server address.

    Accepts the server root (http://localhost:8081) or PTB's form ending in /bot.
    """
    base = base.rstrip("/")
    root = base[: -len("/bot")] if base.endswith("/bot") else base
    return f"{root}/bot", f"{root}/file/bot"


def handler_groups() -> list[BaseHandler[Update, LinliContext, Any]]:
    """Return every handler in the order they must be tried.

    Note: order matters. Commands and buttons come first; `forms.HANDLERS` takes every other
    message and so stands last, with the catch-all for unknown commands after it.
    """
    return [
        *start.HANDLERS,
        *people.HANDLERS,
        *requests.HANDLERS,
        *my_requests.HANDLERS,
        *desk.HANDLERS,
        *queue.HANDLERS,
        *proxy.HANDLERS,
        *saved_replies.HANDLERS,
        *neighbours.HANDLERS,
        *admin.HANDLERS,
        *privacy.HANDLERS,
        *audit.HANDLERS,
        *resident_card.HANDLERS,
        *events.HANDLERS,
        *events_new.HANDLERS,
        *events_staff.HANDLERS,
        *wishes.HANDLERS,
        *my_wishes.HANDLERS,
        *wish_helpers.HANDLERS,
        *wish_desk.HANDLERS,
        *wish_overview.HANDLERS,
        *wish_proxy.HANDLERS,
        *volunteers.HANDLERS,
        *volunteers_staff.HANDLERS,
        *tasks.HANDLERS,
        *tasks_new.HANDLERS,
        *points.HANDLERS,
        *rewards_staff.HANDLERS,
        *skills.HANDLERS,
        *broadcasts.HANDLERS,
        *broadcasts_desk.HANDLERS,
        *notices.HANDLERS,
        *workplace_menu.HANDLERS,
        *topic_board.HANDLERS,
        *topic_desk.HANDLERS,
        *topic_new.HANDLERS,
        *topic_follow.HANDLERS,
        *topic_proxy.HANDLERS,
        *council.HANDLERS,
        *stats.HANDLERS,
        *forms.HANDLERS,
        *errors.HANDLERS,
    ]


def build_application(
    settings: Settings,
    *,
    clock: Clock | None = None,
    limits: DeliveryLimits | None = None,
    tick_seconds: float = scheduler.TICK_SECONDS,
    progress_seconds: float = scheduler.PROGRESS_SECONDS,
) -> LinliApp:
    """Build the bot: the real PTB Application, wired to SQLite and the outbox sender."""
    token = settings.require_token()
    clock = clock or SystemClock()
    limits = limits or DeliveryLimits.for_rate(settings.send_rate)
    pacer = Pacer(limits.pace())
    monitor = Monitor(clock)
    mode = "webhook" if settings.webhook_url else "polling"
    builder = (
        Application.builder()
        .token(token)
        .context_types(ContextTypes(context=LinliContext, bot_data=BotData))
        .concurrent_updates(PerPersonUpdateProcessor(handled=monitor.handled))
        .rate_limiter(PacedLimiter(pacer, monitor))
    )
    if settings.telegram_api_base_url:
        base_url, file_url = api_urls(settings.telegram_api_base_url)
        builder = builder.base_url(base_url).base_file_url(file_url)

    async def post_init(app: LinliApp) -> None:
        await BackupService(settings, clock).before_start()  # an older database: backed up first
        db = Database(settings.db)
        await db.connect()
        services = build_services(db, clock, settings)
        sender = OutboxSender(app.bot, services, limits, pacer, monitor)
        db.on_outbox_commit = sender.wake
        app.bot_data.services = services
        app.bot_data.sender = sender
        app.bot_data.monitor = monitor
        app.bot_data.username = app.bot.username
        await sender.start()
        await services.community.load_room_language()
        await publish_commands(app.bot, services)
        await open_staff_topics(app.bot, services)
        await services.stats.arm_monthly()
        await services.nightly.arm()
        scheduler.install(app, tick_seconds)
        scheduler.every(app, broadcasts_desk.progress_tick, progress_seconds, "linli-progress")
        if settings.health_port is not None:
            health = HealthServer(
                monitor, services, port=settings.health_port, tick_seconds=tick_seconds,
                version=version(), mode=mode,
            )  # fmt: skip
            await health.start()
            app.bot_data.health = health
        log.info(
            "Linli %s started (%s) as @%s, database %s%s",
            version(), mode, app.bot.username, settings.db, _health_note(app),
        )  # fmt: skip

    async def post_stop(app: LinliApp) -> None:
        if app.bot_data.health is not None:
            await app.bot_data.health.stop()
            app.bot_data.health = None
        if app.bot_data.sender is not None:
            await app.bot_data.sender.stop()

    async def post_shutdown(app: LinliApp) -> None:
        await post_stop(app)
        if app.bot_data.services is not None:
            await app.bot_data.services.nightly.settled()  # a backup under way finishes first
            await app.bot_data.services.env.db.close()

    app: LinliApp = (
        builder.post_init(post_init).post_stop(post_stop).post_shutdown(post_shutdown).build()
    )
    app.add_handlers(handler_groups())
    app.add_handler(chats.GUARD, group=chats.GROUP)  # before every handler: only the chats we serve
    app.add_error_handler(errors.on_error)
    return app
