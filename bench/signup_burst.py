"""How fast residents are answered when a thousand press Sign up within one second.

    python bench/signup_burst.py            # 1,000 residents, 50 places
    python bench/signup_burst.py --quick    # 150 residents, 15 places: under a minute (CI)

Runs the real bot (real Application, SQLite file, outbox sender, due-work tick) against the
Bot API simulator with 50 ms simulated latency per call. Every resident first opens the event
through its deep link (`/start event_<id>`); then all press Sign up within one second, and we
measure when each saw their answer: the press answered with their place and check-in code, or
their number on the waiting list (the details with their buttons follow through the outbox,
within Telegram's flood limits).
The baseline is a bare python-telegram-bot echo bot answering /ping with the same concurrency,
with the same people pressing within the same second, in the same process.
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
from bot.models.events import EventSpec
from bot.services import Services
from bot.updates import PerPersonUpdateProcessor
from sandbox.simulator import BotApiSimulator, SimEvent, SimMessage

FIRST_RESIDENT = 100_000


async def _prepare(
    services: Services, sim: BotApiSimulator, people: int, places: int, rounds: int
) -> list[int]:
    """Publish one event per round (before anyone registers: no announcements to send),
    then register the residents."""
    await services.people.touch(ADMIN, "Admin", "en")
    await services.community.add_building(ADMIN, "1")
    start = SystemClock().now() + timedelta(days=3)
    events = []
    for n in range(rounds):
        spec = EventSpec(
            title=f"Neighbourhood festival: workshop {n + 1}",
            starts_at=start,
            ends_at=start + timedelta(hours=2),
            place="Community hall",
            capacity=places,
        )
        event, _ = await services.event_desk.create(ADMIN, spec, source_key=f"bench:{n}")
        events.append(event.id)
    for r in range(FIRST_RESIDENT, FIRST_RESIDENT + people):
        sim.add_user(r, f"Resident {r}")
        await services.people.touch(r, f"Resident {r}", "en")
        await services.people.register(r, f"Resident {r}", "1", f"{r % 40}-{r % 7}01", None)
    return events


async def _open_cards(
    sim: BotApiSimulator, residents: list[int], event_id: int
) -> dict[int, SimMessage]:
    """Let every resident open the event through its poster's deep link."""
    for r in residents:
        await sim.send_text(r, f"/start event_{event_id}")
    cards = await asyncio.gather(
        *(
            sim.wait_for(r, predicate=lambda m: "✍️ Sign up" in m.buttons(), timeout=120)
            for r in residents
        )
    )
    return dict(zip(residents, cards, strict=True))


def _answered(event: SimEvent) -> bool:
    """The press is answered (an alert with the code, or the number in line)."""
    answer = event.answer
    return (
        event.kind == "callback_answer"
        and answer is not None
        and answer.text is not None
        and ("check-in code" in answer.text or "waiting list" in answer.text)
    )


async def linli_rounds(
    latency: float, people: int, places: int, spread: float, rounds: int, db: Path
) -> list[Round]:
    """Run Linli; each round, measure the echo bot, then everyone pressing Sign up at once.

    Rounds alternate with the baseline, so a neighbour using the machine for a moment
    disturbs one round, not one side; the median round is the figure.
    """
    concurrency = PerPersonUpdateProcessor().max_concurrent_updates
    async with running_linli(latency, db) as (sim, services):
        events = await _prepare(services, sim, people, places, rounds)
        residents = list(range(FIRST_RESIDENT, FIRST_RESIDENT + people))
        done = []
        for event_id in events:
            cards = await _open_cards(sim, residents, event_id)

            async def press(r: int, cards: dict[int, SimMessage] = cards) -> None:
                await sim.press(r, cards[r], "✍️ Sign up")

            echo = await echo_baseline(latency, people, concurrency, spread=spread)
            result = await burst(sim, residents, press, _answered, spread=spread)
            roster = await services.event_desk.roster(ADMIN, event_id)
            held = sum(line.signup.places for line in roster.confirmed)
            ok = held == places and held + len(roster.waiting) == people
            done.append(Round(echo, result, held, ok))
            await drained(services)
        return done


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="150 residents, 15 places")
    parser.add_argument("--people", type=int, default=None)
    parser.add_argument("--places", type=int, default=None)
    add_round_options(parser)
    args = parser.parse_args()
    people = args.people or (150 if args.quick else 1000)
    places = args.places or (15 if args.quick else 50)
    concurrency = PerPersonUpdateProcessor().max_concurrent_updates
    print(
        f"sign-up burst: {people} residents press Sign up within {args.spread:.1f} s for "
        f"{places} places; latency {args.latency * 1000:.0f} ms; {concurrency} updates in parallel"
    )
    rss0 = max_rss_mib()
    with tempfile.TemporaryDirectory() as tmp:
        rounds = await linli_rounds(
            args.latency, people, places, args.spread, args.rounds, Path(tmp) / "bench.db"
        )
    print_rounds(rounds, "Sign up", f"places confirmed of {places}", " (target >= 0.80)")
    print(f"peak RSS: {max_rss_mib():.0f} MiB (started at {rss0:.0f} MiB)")
    if not all(r.correct for r in rounds):
        raise SystemExit("FAILED: places confirmed must equal capacity, everyone else waiting")


if __name__ == "__main__":
    asyncio.run(main())
