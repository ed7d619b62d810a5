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


async def test_switching_language_in_the_middle_of_a_form_keeps_the_form(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await sim.press_reply_button(RESIDENT, "📝 New request")
    await sim.wait_for(RESIDENT, predicate=lambda m: bool(m.buttons() or m.reply_keyboard))
    keyboard = sim.reply_keyboard(RESIDENT)
    await sim.send_text(RESIDENT, "/language")
    choose = await sim.wait_for(RESIDENT, contains="Please choose your language")
    await sim.press(RESIDENT, choose, "简体中文")
    await sim.wait_for(RESIDENT, contains=i18n.t("zh-hans", "language-set-form-goes-on"))
    assert sim.reply_keyboard(RESIDENT) == keyboard  # no main menu as if the form had ended
    draft = await bot.services.drafts.get(RESIDENT)
    assert draft is not None and draft.flow == "request"
