"""`--demo`: a believable community, made through the real services.

Seeding is a list of steps, each safe to run again on the same database (a second start
with `--demo` finds what the first one made and adds nothing twice). A feature adds its
own step to `SEED_STEPS`, made through its real services rather than faked here.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from bot.errors import Conflict
from bot.models.events import EventSpec
from bot.models.notices import NoticeAudience, NoticeKind, NoticeSpec
from bot.models.requests import NewRequest
from bot.services import Services
from sandbox.simulator import BotApiSimulator
from sandbox.web import cast, demo_council, demo_wishes
from sandbox.web.cast import CastMember
from sandbox.web.demo_volunteers import seed_volunteers

log = logging.getLogger(__name__)

BUILDINGS = ("1号楼", "2号楼", "3号楼")
HOMES: dict[int, tuple[str, str]] = {
    cast.WANG_FANG.tg_id: ("1号楼", "2-301"),
    cast.LI_XIUYING.tg_id: ("2号楼", "1-502"),
    cast.TOM_BAKER.tg_id: ("3号楼", "3-101"),
    cast.ZHANG_WEI.tg_id: ("1号楼", "4-202"),
    cast.LIU_YANG.tg_id: ("3号楼", "2-602"),
    cast.ADMIN.tg_id: ("2号楼", "1-101"),
}
RESIDENTS = (cast.WANG_FANG, cast.LI_XIUYING, cast.TOM_BAKER, cast.ZHANG_WEI)


@dataclass(frozen=True)
class DemoWorld:
    """What a seeding step may use: the bot's services and the simulated Telegram."""

    services: Services
    sim: BotApiSimulator


SeedStep = Callable[[DemoWorld], Awaitable[None]]


async def add_buildings(world: DemoWorld) -> None:
    """Add the community's buildings (the admin's job in the chat)."""
    for name in BUILDINGS:
        with contextlib.suppress(Conflict):  # seeded on an earlier start
            await world.services.community.add_building(cast.ADMIN.tg_id, name)


async def register_residents(world: DemoWorld) -> None:
    """Register the cast's residents (the admin lives here too) in their own languages."""
    for member in (*RESIDENTS, cast.ADMIN):
        building, unit = HOMES[member.tg_id]
        await world.services.people.touch(member.tg_id, member.full_name, member.language)
        await world.services.people.register(
            member.tg_id, member.full_name, building, unit, member.phone
        )


async def open_chats(world: DemoWorld) -> None:
    """Have everyone send /start, so each chat opens with its main menu, as for a regular."""
    for member in (*RESIDENTS, cast.STAFF, cast.ADMIN):
        await world.sim.send_text(member.tg_id, "/start")


@dataclass(frozen=True)
class DemoRequest:
    """A request a resident files, and how far the staff member has taken it."""

    key: str
    resident: CastMember
    category: str
    description: str
    stage: str  # new | answered | waiting | resolved | closed
    staff_words: str = ""


DEMO_REQUESTS = (
    DemoRequest(
        "demo:1",
        cast.WANG_FANG,
        "repairs",
        "The kitchen tap has been dripping for two days and the cupboard below is wet.",
        "new",
    ),
    DemoRequest(
        "demo:2",
        cast.LI_XIUYING,
        "paperwork",
        "我腿脚不方便，想请社区帮我代办老年优待证。",
        "answered",
        "李阿姨您好，周三上午我上门帮您办理，请准备好身份证和一张一寸照片。",
    ),
    DemoRequest(
        "demo:3",
        cast.TOM_BAKER,
        "neighbours",
        "Loud music from the flat above after midnight, most nights this week.",
        "waiting",
        "Sorry to hear that. Which flat is it, and at what time does it usually start?",
    ),
    DemoRequest(
        "demo:4",
        cast.ZHANG_WEI,
        "repairs",
        "1号楼4单元楼道的灯坏了，晚上上下楼很黑。",
        "resolved",
        "电工已经更换了4单元二到四楼的楼道灯。",
    ),
    DemoRequest(
        "demo:5",
        cast.WANG_FANG,
        "sanitation",
        "The rubbish bins next to building 1 overflow every weekend.",
        "closed",
        "A second bin has been added and it is now emptied on Saturdays too.",
    ),
)


async def file_requests(world: DemoWorld) -> None:
    """File the demo requests and move each to its stage, as the staff member would."""
    services, staff = world.services, cast.STAFF.tg_id
    for demo in DEMO_REQUESTS:
        request, created = await services.requests.file(
            demo.resident.tg_id,
            new=NewRequest(category=demo.category, description=demo.description),
            source_key=demo.key,
        )
        if not created or demo.stage == "new":
            continue
        await services.desk.take(staff, request.id)
        if demo.stage == "answered":
            await services.desk.reply(staff, request.id, demo.staff_words)
        elif demo.stage == "waiting":
            await services.desk.set_waiting(staff, request.id, demo.staff_words)
        else:
            await services.desk.resolve(staff, request.id, demo.staff_words)
        if demo.stage == "closed":
            await services.requests.confirm(demo.resident.tg_id, request.id, solved=True)
            await services.requests.rate(demo.resident.tg_id, request.id, 5)


@dataclass(frozen=True)
class DemoEvent:
    """An upcoming event, some days from the first demo start, and who signs up for it."""

    key: str
    title: str
    description: str
    in_days: int
    starts: time
    hours: float
    place: str
    capacity: int | None
    per_person: int = 1
    sign_ups: tuple[CastMember, ...] = field(default=())


DEMO_EVENTS = (
    DemoEvent(
        "demo-event:1",
        "Free health check for seniors · 老年人免费体检",
        "Blood pressure, blood sugar and a talk with a family doctor. 请带上医保卡。",
        3,
        time(9, 0),
        2.5,
        "Community clinic, ground floor of 2号楼",
        20,
        sign_ups=(cast.LI_XIUYING, cast.ZHANG_WEI),
    ),
    DemoEvent(
        "demo-event:2",
        "Legal advice afternoon: wills and inheritance · 法律咨询日",
        "A lawyer from the district legal aid centre answers questions one by one.",
        6,
        time(14, 0),
        2.5,
        "Meeting room 1, community centre",
        2,
        sign_ups=(cast.TOM_BAKER, cast.WANG_FANG, cast.ZHANG_WEI),  # the third waits
    ),
    DemoEvent(
        "demo-event:3",
        "Winter flea market · 冬季跳蚤市场",
        "Bring what you no longer need, find what you do. Hot tea for everyone.",
        12,
        time(10, 0),
        5,
        "The square between 1号楼 and 3号楼",
        None,
        per_person=2,
        sign_ups=(cast.WANG_FANG,),
    ),
)


async def publish_events(world: DemoWorld) -> None:
    """Publish the demo events as the staff member would, and sign some residents up."""
    services = world.services
    zone = services.env.settings.zone
    today = services.env.clock.now().astimezone(zone).date()
    for demo in DEMO_EVENTS:
        starts_at = datetime.combine(today + timedelta(days=demo.in_days), demo.starts, zone)
        spec = EventSpec(
            title=demo.title,
            description=demo.description,
            starts_at=starts_at,
            ends_at=starts_at + timedelta(hours=demo.hours),
            place=demo.place,
            capacity=demo.capacity,
            per_person=demo.per_person,
        )
        event, _ = await services.event_desk.create(cast.STAFF.tg_id, spec, source_key=demo.key)
        if event.deadline <= services.env.clock.now():
            continue  # a later start, after the demo event's sign-up closed
        for member in demo.sign_ups:  # signing up again is a no-op: seeded once
            await services.events.sign_up(member.tg_id, event.id)


async def volunteers(world: DemoWorld) -> None:
    """A volunteer of 3号楼 with an open patrol, a claimed task, points and rewards."""
    await seed_volunteers(world.services)
    await world.sim.send_text(cast.LIU_YANG.tg_id, "/start")


DEMO_NOTICE = NoticeSpec(
    text="Water will be cut in 1号楼 tomorrow from 9:00 to 12:00 for pipe repairs.\n"
    "明天9:00至12:00，1号楼因维修管道停水，请提前储水。",
    kind=NoticeKind.URGENT,  # shown at once whatever the hour the demo starts
    audience=NoticeAudience.BUILDINGS,
    targets=["1号楼"],
)
DEMO_CONSULTATION = NoticeSpec(
    text="Consultation day: the residents' council meets at 9:00 in the community centre. "
    "Bring your topics!\n协商议事日：居民议事会上午9点在社区中心召开，欢迎提出议题。",
    kind=NoticeKind.POLICY,
)


async def send_notices(world: DemoWorld) -> None:
    """Send a notice to building 1 now, and set up the monthly consultation-day notice.

    The source keys make a second start find both and add nothing.
    """
    services, staff = world.services, cast.STAFF.tg_id
    await services.broadcasts.send_now(staff, DEMO_NOTICE, source_key="demo-notice:1")
    await services.broadcasts.schedule(
        staff,
        DEMO_CONSULTATION,
        "first Friday of every month at 9:00",
        source_key="demo-notice:2",
    )


# Order matters: residents need buildings, requests need residents. New features append.
SEED_STEPS: list[SeedStep] = [
    add_buildings,
    register_residents,
    open_chats,
    file_requests,
    publish_events,
    demo_wishes.seed_wishes,
    volunteers,
    send_notices,
    demo_council.seed_topics,
]


async def seed(services: Services, sim: BotApiSimulator) -> None:
    """Run every seeding step."""
    world = DemoWorld(services, sim)
    for step in SEED_STEPS:
        await step(world)
    log.info("demo community seeded: %d steps", len(SEED_STEPS))
