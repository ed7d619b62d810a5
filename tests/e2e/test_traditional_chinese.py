"""A resident whose Telegram speaks zh-TW is greeted and served in Traditional Chinese, and
can choose it (or leave it) with /language."""

from __future__ import annotations

from bot import i18n
from sandbox.simulator import BotApiSimulator
from tests.e2e.harness import Harness

RESIDENT = 7


async def test_a_taiwanese_resident_is_served_in_traditional_chinese(
    bot: Harness, sim: BotApiSimulator
) -> None:
    first_line = i18n.t("zh-hant", "welcome-new").splitlines()[0]
    assert first_line != i18n.t("zh-hans", "welcome-new").splitlines()[0]
    await bot.register(RESIDENT, "陳美玲", language_code="zh-TW")
    assert any(first_line in m.content for m in sim.bot_messages(RESIDENT))
    await sim.send_text(RESIDENT, "/language")
    choose = await sim.wait_for(RESIDENT, contains=i18n.t("zh-hant", "language-choose"))
    assert {"English", "简体中文", "繁體中文"} <= set(choose.buttons())
    await sim.press(RESIDENT, choose, "简体中文")
    await sim.wait_for(RESIDENT, contains=i18n.t("zh-hans", "language-set"))
