"""How fast the front desk answers a burst of residents filing requests at the same moment.

    python bench/intake.py            # 500 residents
    python bench/intake.py --quick    # 100 residents, well under a minute (run by .ci/run)

Runs the real bot (real Application, SQLite file, outbox sender) against the Bot API
simulator with 50 ms simulated latency per call. Every resident first fills the request form
through the chat up to its Confirm button; then all press Confirm at once, and we measure
when each saw their request number. Two baselines, in the same process with the same
concurrency: a bare python-telegram-bot echo bot answering /ping with no limits at all, and
one that makes the same two counted calls per press as Confirm through the same pacing under
Telegram's limits (about 30 a second in all): the second is the one Linli can be held to.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.burst import ADMIN, BurstResult, burst, echo_baseline, max_rss_mib, running_linli
from bot.models.outbox import OutboxStatus
from bot.updates import PerPersonUpdateProcessor
from sandbox.simulator import BotApiSimulator, SimMessage

FIRST_RESIDENT = 100_000
# What Confirm costs in counted calls: the summary's buttons removed, the number sent.
CONFIRM_CALLS = 2


async def fill_form(sim: BotApiSimulator, resident: int, patience: float = 30) -> SimMessage:
    """Walk one resident through the request form up to the summary with Confirm.

    Under Telegram's limits a crowd's prompts come at about 28 a second in all, so a bigger
    crowd gives each prompt a longer `patience` (seconds).
    """
    await sim.press_reply_button(resident, "📝 New request")
    categories = await sim.wait_for(resident, contains="What is it about", timeout=patience)
    await sim.press(resident, categories, "Repairs")
    await sim.wait_for(resident, contains="what happened", timeout=patience)
    await sim.send_text(resident, f"The hallway light on my floor is out ({resident})")
    await sim.wait_for(resident, contains="add photos", timeout=patience)
    await sim.press_reply_button(resident, "✅ Done")
    return await sim.wait_for(
        resident, predicate=lambda m: "✅ Confirm" in m.buttons(), timeout=patience
    )


async def linli_burst(latency: float, people: int, db: Path) -> tuple[BurstResult, int, int]:
    """Run Linli, prepare `people` filled forms, and measure the Confirm burst."""
    async with running_linli(latency, db) as (sim, services):
        await services.people.touch(ADMIN, "Admin", "en")
        await services.community.add_building(ADMIN, "1")
        residents = list(range(FIRST_RESIDENT, FIRST_RESIDENT + people))
        for r in residents:
            sim.add_user(r, f"Resident {r}")
            await services.people.touch(r, f"Resident {r}", "en")
            await services.people.register(r, f"Resident {r}", "1", f"{r % 40}-{r % 7}01", None)
            await sim.send_text(r, "/start")
        patience = 30 + people / 10  # 500 people's prompts take ~18 s a step at 28 a second
        await asyncio.gather(
            *(sim.wait_for(r, contains="Welcome back", timeout=patience) for r in residents)
        )
        forms = dict(
            zip(
                residents,
                await asyncio.gather(*(fill_form(sim, r, patience) for r in residents)),
                strict=True,
            )
        )

        async def confirm(r: int) -> None:
            await sim.press(r, forms[r], "✅ Confirm")

        result = await burst(
            sim,
            residents,
            confirm,
            lambda e: (
                e.kind == "new"
                and e.message is not None
                and e.message.from_bot
                and "R-0" in e.message.content
            ),
        )
        mine = [await services.requests.mine(r) for r in residents]
        filed = sum(1 for found in mine if len(found) == 1)
        counts = await services.outbox.counts()
        queued = counts.get(OutboxStatus.PENDING, 0) + counts.get(OutboxStatus.SENDING, 0)
        return result, filed, queued


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100 residents")
    parser.add_argument("--people", type=int, default=None)
    parser.add_argument("--latency", type=float, default=0.05)
    args = parser.parse_args()
    people = args.people or (100 if args.quick else 500)
    concurrency = PerPersonUpdateProcessor().max_concurrent_updates
    print(
        f"intake burst: {people} residents press Confirm at once; latency {args.latency * 1000:.0f} ms; "
        f"{concurrency} updates in parallel"
    )
    rss0 = max_rss_mib()
    echo = await echo_baseline(args.latency, people, concurrency)
    print(echo.line("echo bot (/ping), unpaced"))
    paced = await echo_baseline(args.latency, people, concurrency, calls=CONFIRM_CALLS)
    print(paced.line("echo bot, 2 calls, paced"))
    with tempfile.TemporaryDirectory() as tmp:
        linli, filed, queued = await linli_burst(args.latency, people, Path(tmp) / "bench.db")
    print(linli.line("linli (Confirm -> R-number)"))
    print(
        f"ratio to the paced echo bot (the same calls under Telegram's limits): "
        f"{linli.rate / paced.rate:.2f}; p99 {linli.percentile(99):.2f} s against "
        f"{paced.percentile(99):.2f} s"
    )
    print(f"ratio to the unpaced echo bot (no limits at all): {linli.rate / echo.rate:.2f}")
    print(f"residents with exactly one request: {filed} of {people} (must be equal)")
    print(f"staff cards still in the outbox (one a second to the admin's chat): {queued}")
    print(f"peak RSS: {max_rss_mib():.0f} MiB (started at {rss0:.0f} MiB)")
    if filed != people:
        raise SystemExit("FAILED: not every Confirm made exactly one request")


if __name__ == "__main__":
    asyncio.run(main())
