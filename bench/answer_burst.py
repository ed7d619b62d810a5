"""Residents answering a notice all at once, while a long notice is being sent: nobody unanswered.

    python bench/answer_burst.py           # 1,000 residents press within one second
    python bench/answer_burst.py --quick   # 200 residents (CI)

Runs the real bot (real Application, SQLite file, outbox sender, production pacing) against the
Bot API simulator with 50 ms latency per call and Telegram's flood limits enforced as strict
rolling windows (30 a second in all, 1 a second per chat); every 429 it answers is counted.

1. N residents of building 2 receive a notice ("Lift check tomorrow") and wait.
2. A notice to the 2,000 residents of building 1 starts going out at LINLI_SEND_RATE.
3. A few seconds in, the N residents press "↩️ Reply" on their notice, evenly within one
   second; each should get "Write your reply" as soon as Telegram's limits allow.

The floor for the last answer is N / 30 s (Telegram's whole budget spent on answers); the
figures are the time until the last answer against that floor, the waits' p50 and p99, and the
long notice's rate during the burst against its rate before it. It fails only when an answer
is lost; speed is reported, never judged here.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.broadcast import ADMIN, add_people, settings_for, until
from bench.burst import TOKEN, burst, drained, max_rss_mib
from bot.app import build_application
from bot.config import Settings
from bot.lifecycle import start_polling, stop_polling
from bot.models.notices import NoticeAudience, NoticeKind, NoticeSpec
from sandbox.simulator import BotApiSimulator, FloodLimits, SimEvent

AUDIENCE = 100_000  # building 1: the long notice
PRESSERS = 200_000  # building 2: the people who answer
LEAD = 3.0  # seconds the long notice runs before the presses begin
REPLY_BUTTON = "↩️ Reply"
REPLY_FORM = "Write your reply"
TELEGRAM_LIMIT = FloodLimits().global_per_second  # the floor: every call of a second an answer


def notice_to(building: str, text: str) -> NoticeSpec:
    """Return a notice to one building (urgent, so quiet hours never hold the run)."""
    return NoticeSpec(
        text=text, kind=NoticeKind.URGENT, audience=NoticeAudience.BUILDINGS, targets=[building]
    )


async def run(pressers: int, audience: int, folder: Path) -> int:
    """Measure one burst of answers during one long notice; return how many answers were lost."""
    rate = Settings().send_rate
    async with BotApiSimulator(token=TOKEN, latency=0.05, flood_limits=FloodLimits()) as sim:
        sim.add_user(ADMIN, "Admin")
        readers = list(range(AUDIENCE, AUDIENCE + audience))
        people = list(range(PRESSERS, PRESSERS + pressers))
        for tg in (*readers, *people):
            sim.add_user(tg, f"Resident {tg}")
        app = build_application(settings_for(folder / "answers.db", sim.base_url, rate))
        await start_polling(app)
        try:
            services = app.bot_data.services
            assert services is not None
            await services.people.touch(ADMIN, "Admin", "en")
            await add_people(services.env.db, readers, "1")
            await add_people(services.env.db, people, "2")
            await services.broadcasts.send_now(
                ADMIN, notice_to("2", "Lift check tomorrow"), source_key="bench:lift"
            )
            await drained(services, within=pressers / rate * 3 + 60)

            arrivals: list[float] = []
            audience_chats = set(readers)

            def count_notice(event: SimEvent) -> None:
                message, chat = event.message, event.chat_id
                mine = event.kind == "new" and message is not None and message.from_bot
                if mine and chat in audience_chats and message and "Water" in message.content:
                    arrivals.append(time.perf_counter())

            sim.subscribe(count_notice)
            notice_started = time.perf_counter()
            await services.broadcasts.send_now(
                ADMIN, notice_to("1", "Water is cut at noon"), source_key="bench:water"
            )
            await asyncio.sleep(LEAD)
            refused_before = sim.stats.too_many_requests

            async def press(tg: int) -> None:
                [lift] = [m for m in sim.bot_messages(tg) if "Lift check" in m.content]
                await sim.press(tg, lift, REPLY_BUTTON)

            def answered(event: SimEvent) -> bool:
                message = event.message
                return (
                    event.kind == "new"
                    and message is not None
                    and message.from_bot
                    and REPLY_FORM in message.content
                )

            floor = pressers / TELEGRAM_LIMIT
            presses_started = time.perf_counter()
            result = await burst(
                sim, people, press, answered, within=floor * 4 + 60, spread=1.0, partial=True
            )
            burst_ended = presses_started + result.seconds
            await until(lambda: len(arrivals) >= audience, audience / rate * 3 + 120)
            notice_took = (arrivals[-1] if arrivals else time.perf_counter()) - notice_started
            refused = sim.stats.too_many_requests
        finally:
            await stop_polling(app)

    before = sum(1 for t in arrivals if t < presses_started) / (presses_started - notice_started)
    during_count = sum(1 for t in arrivals if presses_started <= t <= burst_ended)
    during = during_count / result.seconds if result.seconds > 0 else 0.0
    print(
        f"answers: {pressers - result.missing} of {pressers} answered; lost {result.missing} "
        "(must be 0)"
    )
    print(
        f"answers: last one {result.seconds:.2f} s after the first press; floor "
        f"{pressers}/{TELEGRAM_LIMIT} = {floor:.2f} s; ratio {result.seconds / floor:.2f} "
        "(goal <= 1.3)"
    )
    print("  " + result.line("reply -> 'Write your reply'"))
    print(
        f"429s the simulator answered: {refused} ({refused - refused_before} during the burst)"
        " (target 0)"
    )
    print(
        f"long notice: {len(arrivals):,} of {audience:,} in {notice_took:.1f} s (floor "
        f"{audience / rate:.1f} s at {rate:g}/s); {before:.1f}/s before the burst, "
        f"{during:.1f}/s during it ({during / before if before else 0:.2f} of its pace)"
    )
    return result.missing


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="200 residents instead of 1,000")
    parser.add_argument("--audience", type=int, default=2_000, help="the long notice's readers")
    args = parser.parse_args()
    pressers = 200 if args.quick else 1_000
    print(
        f"answer burst: {pressers} residents press '{REPLY_BUTTON}' within 1 s while a notice "
        f"goes to {args.audience:,}; latency 50 ms, flood limits 30/s in all and 1/s per chat"
    )
    with tempfile.TemporaryDirectory() as tmp:
        lost = await run(pressers, args.audience, Path(tmp))
    print(f"peak RSS: {max_rss_mib():.0f} MiB")
    if lost:
        raise SystemExit(f"FAILED: {lost} residents pressed and never got an answer")


if __name__ == "__main__":
    asyncio.run(main())
