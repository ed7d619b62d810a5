"""The services: every rule of Linli, each public call one transaction. Never imports telegram."""

from __future__ import annotations

from dataclasses import dataclass

from bot.clock import Clock
from bot.config import Settings
from bot.services.broadcasts import BROADCAST, BroadcastService
from bot.services.community import CommunityService
from bot.services.desk import DeskService
from bot.services.drafts import DraftService
from bot.services.due import DueService
from bot.services.env import ServiceEnv
from bot.services.event_common import OFFER_EXPIRY, REMINDER
from bot.services.events import EventService
from bot.services.events_staff import EventDeskService
from bot.services.notices import NoticeService
from bot.services.outbox import OutboxService
from bot.services.people import PeopleService
from bot.services.request_common import AUTOCLOSE, OVERDUE
from bot.services.requests import RequestService
from storage.db import Database


@dataclass
class Services:
    """Every service, wired to one database, clock and settings."""

    env: ServiceEnv
    people: PeopleService
    community: CommunityService
    drafts: DraftService
    requests: RequestService
    desk: DeskService
    outbox: OutboxService
    due: DueService
    events: EventService
    event_desk: EventDeskService
    broadcasts: BroadcastService
    notices: NoticeService


def build_services(db: Database, clock: Clock, settings: Settings) -> Services:
    """Wire the services together."""
    env = ServiceEnv(db=db, clock=clock, settings=settings)
    desk = DeskService(env)
    events = EventService(env)
    broadcasts = BroadcastService(env)
    return Services(
        env=env,
        people=PeopleService(env),
        community=CommunityService(env),
        drafts=DraftService(env),
        requests=RequestService(env),
        desk=desk,
        outbox=OutboxService(env),
        due=DueService(
            env,
            {
                OVERDUE: desk.escalate_overdue,
                AUTOCLOSE: desk.auto_close,
                REMINDER: events.remind,
                OFFER_EXPIRY: events.expire_offer,
                BROADCAST: broadcasts.fire,
            },
        ),
        events=events,
        event_desk=EventDeskService(env),
        broadcasts=broadcasts,
        notices=NoticeService(env),
    )
