"""How fast helpers are answered when hundreds press Claim on a few wishes within one second.

    python bench/wish_claim_burst.py            # 1,000 helpers, 10 wishes a round
    python bench/wish_claim_burst.py --quick    # 150 helpers, 5 wishes a round (CI)

Runs the real bot (real Application, SQLite file, outbox sender, due-work tick) against the
Bot API simulator with 50 ms simulated latency per call. The helpers are members of a partner
organisation (joined through one-time links); each opens one of the round's wishes and then
all press "Claim it" within one second. Each is answered either with the wish (the winner) or
an alert that someone took it a moment earlier; exactly one claim per wish must win.
The baseline is a bare python-telegram-bot echo bot answering /ping with the same concurrency,
with the same people acting within the same second, in the same process.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.burst import (
    ADMIN,
    Round,
    add_round_options,
    burst,
    echo_baseline,
    max_rss_mib,
    print_rounds,
    running_linli,
)
from bot.models.wishes import NewWish, WishStatus
from bot.services import Services
from bot.updates import PerPersonUpdateProcessor
from sandbox.simulator import BotApiSimulator, SimEvent, SimMessage

FIRST_HELPER = 200_000
RESIDENT = 199_999


async def _prepare(
    services: Services, sim: BotApiSimulator, helpers: int, wishes: int, rounds: int
) -> list[list[int]]:
    """Publish every round's wishes before anyone may claim (no announcements to send), then
    let the helpers join a partner organisation through their one-time links."""
    await services.people.touch(ADMIN, "Admin", "en")
    await services.community.add_building(ADMIN, "1")
    sim.add_user(RESIDENT, "Resident")
    await services.people.touch(RESIDENT, "Resident", "en")
    await services.people.register(RESIDENT, "Resident", "1", "1-101", None)
    batches = []
    for r in range(rounds):
        batch = []
        for n in range(wishes):
            wish, _ = await services.wishes.file(
                RESIDENT,
                new=NewWish(category="study", text=f"Books {r}-{n}"),
                source_key=f"bench:{r}:{n}",
            )
            await services.wish_desk.approve(ADMIN, wish.id, "At the service station")
            batch.append(wish.id)
        batches.append(batch)
    partner = await services.wish_desk.add_partner(ADMIN, "Bench volunteers")
    for h in range(FIRST_HELPER, FIRST_HELPER + helpers):
        sim.add_user(h, f"Helper {h}")
        await services.people.touch(h, f"Helper {h}", "en")
        _, token = await services.wish_desk.partner_invite(ADMIN, partner.id)
        await services.wish_helpers.join_partner(h, token)
    return batches


async def _open_cards(
    sim: BotApiSimulator, helpers: list[int], batch: list[int]
) -> dict[int, SimMessage]:
    """Let each helper open one of the round's wishes from /wishes (the card has Claim).

    The list shows twenty wishes; the round's one is opened with its button's data, as a
    press on that line would send it.
    """
    for h in helpers:
        await sim.send_text(h, "/wishes")
    boards = await asyncio.gather(
        *(sim.wait_for(h, contains="waiting for a helper", timeout=120) for h in helpers)
    )
    for n, (h, board) in enumerate(zip(helpers, boards, strict=True)):
        await sim.press_data(h, h, board.message_id, f"wh:op:{batch[n % len(batch)]}")
    cards = await asyncio.gather(
        *(
            sim.wait_for(h, predicate=lambda m: "🤝 Claim it" in m.buttons(), timeout=120)
            for h in helpers
        )
    )
    return dict(zip(helpers, cards, strict=True))


def _answered(event: SimEvent) -> bool:
    """The press is answered: the winner's "is yours", or the alert that someone was first."""
    if event.kind == "callback_answer" and event.answer is not None:
        return "moment earlier" in (event.answer.text or "")
    return event.kind == "new" and event.message is not None and "is yours" in event.message.content


async def linli_rounds(
    latency: float, helpers: int, wishes: int, spread: float, rounds: int, db: Path
) -> list[Round]:
    """Run Linli; each round, measure the echo bot, then everyone pressing Claim at once."""
    concurrency = PerPersonUpdateProcessor().max_concurrent_updates
    async with running_linli(latency, db) as (sim, services):
        batches = await _prepare(services, sim, helpers, wishes, rounds)
        people = list(range(FIRST_HELPER, FIRST_HELPER + helpers))
        done = []
        for batch in batches:
            cards = await _open_cards(sim, people, batch)

            async def press(h: int, cards: dict[int, SimMessage] = cards) -> None:
                await sim.press(h, cards[h], "🤝 Claim it")

            echo = await echo_baseline(latency, helpers, concurrency, spread=spread)
            result = await burst(sim, people, press, _answered, spread=spread)
            claimed = 0
            for wish_id in batch:
                wish = await services.wishes.view(RESIDENT, wish_id)
                claimed += wish.status == WishStatus.CLAIMED
            done.append(Round(echo, result, claimed, claimed == len(batch)))
        return done


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="150 helpers, 5 wishes a round")
    parser.add_argument("--helpers", type=int, default=None)
    parser.add_argument("--wishes", type=int, default=None)
    add_round_options(parser)
    args = parser.parse_args()
    helpers = args.helpers or (150 if args.quick else 1000)
    wishes = args.wishes or (5 if args.quick else 10)
    concurrency = PerPersonUpdateProcessor().max_concurrent_updates
    print(
        f"claim burst: {helpers} helpers press Claim within {args.spread:.1f} s on {wishes} "
        f"wishes; latency {args.latency * 1000:.0f} ms; {concurrency} updates in parallel"
    )
    rss0 = max_rss_mib()
    with tempfile.TemporaryDirectory() as tmp:
        rounds = await linli_rounds(
            args.latency, helpers, wishes, args.spread, args.rounds, Path(tmp) / "bench.db"
        )
    print_rounds(rounds, "Claim", f"wishes claimed of {wishes}")
    print(f"peak RSS: {max_rss_mib():.0f} MiB (started at {rss0:.0f} MiB)")
    if not all(r.correct for r in rounds):
        raise SystemExit("FAILED: every wish must be claimed exactly once")


if __name__ == "__main__":
    asyncio.run(main())
