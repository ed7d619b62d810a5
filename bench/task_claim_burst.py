"""How fast volunteers are answered when hundreds press Claim on one task within a second.

    python bench/task_claim_burst.py            # 1,000 volunteers, 50 slots
    python bench/task_claim_burst.py --quick    # 150 volunteers, 15 slots: under a minute (CI)

Runs the real bot (real Application, SQLite file, outbox sender, due-work tick) against the
Bot API simulator with 50 ms simulated latency per call. Every volunteer first opens the
task's card from /tasks; then all press "Claim a slot" within one second, and we measure when
each saw their answer: "the slot is yours", or the alert that the task is full. Exactly as
many slots as needed must be taken. The baseline is a bare python-telegram-bot echo bot
answering /ping with the same concurrency, the same people within the same second, in the
same process.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.burst import (
    ADMIN,
    Round,
    add_round_options,
    burst,
    drained,
    echo_baseline,
    max_rss_mib,
    print_rounds,
    running_linli,
)
from bot.clock import SystemClock
from bot.models.volunteers import Application, SlotStatus, TaskSpec
from bot.services import Services
from bot.updates import PerPersonUpdateProcessor
from sandbox.simulator import BotApiSimulator, SimEvent, SimMessage

FIRST = 200_000


async def _prepare(
    services: Services, sim: BotApiSimulator, people: int, slots: int, rounds: int
) -> list[int]:
    """Publish one task per round (before anyone volunteers: nobody to tell), then make the
    volunteers."""
    await services.people.touch(ADMIN, "Admin", "en")
    await services.community.add_building(ADMIN, "1")
    start = SystemClock().now() + timedelta(days=3)
    tasks = []
    for n in range(rounds):
        spec = TaskSpec(
            title=f"Patrol round {n + 1}",
            place="North gate",
            starts_at=start + timedelta(hours=n),
            ends_at=start + timedelta(hours=n + 2),
            needed=slots,
            points=10,
        )
        task, _ = await services.task_desk.create(ADMIN, spec, source_key=f"bench:{n}")
        tasks.append(task.id)
    for v in range(FIRST, FIRST + people):
        sim.add_user(v, f"Volunteer {v}")
        await services.people.touch(v, f"Volunteer {v}", "en")
        await services.people.register(v, f"Volunteer {v}", "1", f"{v % 40}-{v % 7}01", None)
        made = await services.volunteers.apply(v, Application(skills=["patrol"]))
        await services.volunteers.approve(ADMIN, made.person_id)
    return tasks


async def _open_cards(
    sim: BotApiSimulator, people: list[int], round_no: int
) -> dict[int, SimMessage]:
    """Let every volunteer open the round's task from /tasks."""
    for v in people:
        await sim.send_text(v, "/tasks")
    lists = await asyncio.gather(
        *(sim.wait_for(v, contains="Tasks and duty posts", timeout=120) for v in people)
    )
    for v, listing in zip(people, lists, strict=True):
        await sim.press(v, listing, f"Patrol round {round_no}")
    cards = await asyncio.gather(
        *(
            sim.wait_for(v, predicate=lambda m: "🙋 Claim a slot" in m.buttons(), timeout=120)
            for v in people
        )
    )
    return dict(zip(people, cards, strict=True))


def _answered(event: SimEvent) -> bool:
    """The press is answered: the slot is theirs, or the alert says the task is full."""
    if event.kind == "callback_answer":
        text = event.answer.text if event.answer is not None else None
        return text is not None and "all the volunteers it needs" in text
    return event.kind == "new" and event.message is not None and "is yours" in event.message.content


async def linli_rounds(
    latency: float, people: int, slots: int, spread: float, rounds: int, db: Path
) -> list[Round]:
    """Run Linli; each round, measure the echo bot, then everyone pressing Claim at once."""
    concurrency = PerPersonUpdateProcessor().max_concurrent_updates
    async with running_linli(latency, db) as (sim, services):
        tasks = await _prepare(services, sim, people, slots, rounds)
        await drained(services)
        volunteers = list(range(FIRST, FIRST + people))
        done = []
        for n, task_id in enumerate(tasks, 1):
            cards = await _open_cards(sim, volunteers, n)

            async def press(v: int, cards: dict[int, SimMessage] = cards) -> None:
                await sim.press(v, cards[v], "🙋 Claim a slot")

            echo = await echo_baseline(latency, people, concurrency, spread=spread)
            result = await burst(sim, volunteers, press, _answered, spread=spread)
            _, roster = await services.task_desk.roster(ADMIN, task_id)
            taken = sum(1 for s in roster if s.status == SlotStatus.CLAIMED)
            done.append(Round(echo, result, taken, taken == slots))
            await drained(services)
        return done


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="150 volunteers, 15 slots")
    parser.add_argument("--people", type=int, default=None)
    parser.add_argument("--slots", type=int, default=None)
    add_round_options(parser)
    args = parser.parse_args()
    people = args.people or (150 if args.quick else 1000)
    slots = args.slots or (15 if args.quick else 50)
    concurrency = PerPersonUpdateProcessor().max_concurrent_updates
    print(
        f"claim burst: {people} volunteers press Claim within {args.spread:.1f} s for "
        f"{slots} slots; latency {args.latency * 1000:.0f} ms; {concurrency} updates in parallel"
    )
    rss0 = max_rss_mib()
    with tempfile.TemporaryDirectory() as tmp:
        rounds = await linli_rounds(
            args.latency, people, slots, args.spread, args.rounds, Path(tmp) / "bench.db"
        )
    print_rounds(rounds, "Claim", f"slots taken of {slots}")
    print(f"peak RSS: {max_rss_mib():.0f} MiB (started at {rss0:.0f} MiB)")
    if not all(r.correct for r in rounds):
        raise SystemExit("FAILED: slots taken must equal the number needed")


if __name__ == "__main__":
    asyncio.run(main())
