"""The services: every rule of Linli, each public call one transaction. Never imports telegram."""

from __future__ import annotations

from dataclasses import dataclass

from bot.clock import Clock
from bot.config import Settings
from bot.services.consultation.council import DAY_BEFORE as COUNCIL_DAY_BEFORE
from bot.services.consultation.council import HOURS_BEFORE as COUNCIL_HOURS_BEFORE
from bot.services.consultation.council import PUBLISH as COUNCIL_PUBLISH
from bot.services.consultation.council import REVIEW_LATE, CouncilService
from bot.services.consultation.members import MemberService
from bot.services.consultation.outcomes import ACTION_OVERDUE, OutcomeService
from bot.services.consultation.topics import TopicService
from bot.services.drafts import DraftService
from bot.services.due import DueService
from bot.services.env import ServiceEnv
from bot.services.events.common import OFFER_EXPIRY, REMINDER
from bot.services.events.resident import EventService
from bot.services.events.staff import EventDeskService
from bot.services.notices.broadcasts import BROADCAST, BroadcastService
from bot.services.notices.resident import NoticeService
from bot.services.operations.backups import BackupService
from bot.services.operations.nightly import BACKUP, NightlyBackups
from bot.services.outbox import OutboxService
from bot.services.people.audit import AuditService
from bot.services.people.community import CommunityService
from bot.services.people.registry import PeopleService
from bot.services.people.resident_card import ResidentCardService
from bot.services.requests.common import AUTOCLOSE, OVERDUE
from bot.services.requests.desk import DeskService
from bot.services.requests.neighbours import NeighbourService
from bot.services.requests.resident import RequestService
from bot.services.requests.saved_replies import SavedReplyService
from bot.services.requests.search import SearchService
from bot.services.staff_room import StaffRoomService
from bot.services.stats.service import MONTHLY, StatsService
from bot.services.volunteers.honours import HonoursService
from bot.services.volunteers.love_bank import LoveBankService
from bot.services.volunteers.membership import VolunteerService
from bot.services.volunteers.rewards import RewardService
from bot.services.volunteers.task_common import TASK_DONE, TASK_REMINDER, TASK_REPEAT, TASK_SHORTAGE
from bot.services.volunteers.tasks import TaskService
from bot.services.volunteers.tasks_staff import TaskDeskService
from bot.services.wishes.common import WISH_EXPIRY, WISH_RELEASE, WISH_STALL, WISH_UNCONFIRMED
from bot.services.wishes.desk import WishDeskService
from bot.services.wishes.helping import WishHelperService
from bot.services.wishes.overview import WishOverviewService
from bot.services.wishes.resident import WishService
from bot.services.wishes.stalls import WishStallService
from storage.db import Database


@dataclass
class Services:
    """Every service, wired to one database, clock and settings."""

    env: ServiceEnv
    people: PeopleService
    community: CommunityService
    audit: AuditService
    resident_cards: ResidentCardService
    staff_room: StaffRoomService
    drafts: DraftService
    requests: RequestService
    saved_replies: SavedReplyService
    neighbours: NeighbourService
    desk: DeskService
    outbox: OutboxService
    due: DueService
    events: EventService
    event_desk: EventDeskService
    wishes: WishService
    wish_desk: WishDeskService
    wish_helpers: WishHelperService
    wish_overview: WishOverviewService
    love_bank: LoveBankService
    volunteers: VolunteerService
    tasks: TaskService
    task_desk: TaskDeskService
    rewards: RewardService
    honours: HonoursService
    broadcasts: BroadcastService
    notices: NoticeService
    search: SearchService
    topics: TopicService
    council: CouncilService
    outcomes: OutcomeService
    council_members: MemberService
    stats: StatsService
    backups: BackupService
    nightly: NightlyBackups


def build_services(db: Database, clock: Clock, settings: Settings) -> Services:
    """Wire the services together."""
    env = ServiceEnv(db=db, clock=clock, settings=settings)
    desk = DeskService(env)
    events = EventService(env)
    wishes = WishService(env)
    stalls = WishStallService(env)
    task_desk = TaskDeskService(env)
    broadcasts = BroadcastService(env)
    council = CouncilService(env)
    outcomes = OutcomeService(env, council, desk, broadcasts, task_desk)
    env.done_hooks.append(outcomes.done)
    stats = StatsService(env)
    backups = BackupService(settings, clock)
    nightly = NightlyBackups(env, backups)
    return Services(
        env=env,
        people=PeopleService(env),
        community=CommunityService(env),
        audit=AuditService(env),
        resident_cards=ResidentCardService(env),
        staff_room=StaffRoomService(env),
        drafts=DraftService(env),
        requests=RequestService(env),
        saved_replies=SavedReplyService(env),
        neighbours=NeighbourService(env),
        desk=desk,
        outbox=OutboxService(env),
        due=DueService(
            env,
            {
                OVERDUE: desk.escalate_overdue,
                AUTOCLOSE: desk.auto_close,
                REMINDER: events.remind,
                OFFER_EXPIRY: events.expire_offer,
                WISH_EXPIRY: wishes.expire,
                WISH_STALL: stalls.remind_stalled,
                WISH_RELEASE: stalls.release_stalled,
                WISH_UNCONFIRMED: stalls.remind_unconfirmed,
                TASK_REMINDER: task_desk.remind,
                TASK_SHORTAGE: task_desk.shortage,
                TASK_REPEAT: task_desk.repeat,
                TASK_DONE: task_desk.ask_owner,
                BROADCAST: broadcasts.fire,
                COUNCIL_PUBLISH: council.publish,
                COUNCIL_DAY_BEFORE: council.remind,
                COUNCIL_HOURS_BEFORE: council.remind,
                ACTION_OVERDUE: outcomes.remind_overdue,
                REVIEW_LATE: council.remind_review,
                MONTHLY: stats.send_monthly,
                BACKUP: nightly.run,
            },
        ),
        events=events,
        event_desk=EventDeskService(env),
        wishes=wishes,
        wish_desk=WishDeskService(wishes),
        wish_helpers=WishHelperService(env),
        wish_overview=WishOverviewService(env),
        love_bank=LoveBankService(env),
        volunteers=VolunteerService(env),
        tasks=TaskService(env),
        task_desk=task_desk,
        rewards=RewardService(env),
        honours=HonoursService(env),
        broadcasts=broadcasts,
        notices=NoticeService(env),
        search=SearchService(env),
        topics=TopicService(env),
        council=council,
        outcomes=outcomes,
        council_members=MemberService(env),
        stats=stats,
        backups=backups,
        nightly=nightly,
    )
