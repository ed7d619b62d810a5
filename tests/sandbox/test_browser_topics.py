"""A resident raises a topic in the web chat of a real browser (Debian's headless Chromium,
driven by Playwright) and finds it on the board of community topics and under My topics;
the staff room gets its card."""

from __future__ import annotations

from playwright.async_api import Browser

from sandbox.web import cast
from sandbox.web.runner import Sandbox
from tests.sandbox.test_browser import (  # noqa: F401  (the fixture and the skip come along)
    bot_says,
    browser,
    open_page,
    press,
    pytestmark,
    tap,
    type_in,
)


async def test_a_resident_raises_a_topic_in_the_browser_and_sees_it_on_the_board(
    demo: Sandbox,
    browser: Browser,  # noqa: F811
) -> None:
    page = await open_page(browser, f"{demo.url}/#p={cast.TOM_BAKER.tg_id}")
    await tap(page, "🗳 Raise a topic")
    await bot_says(page, "What should the community council talk about")
    await type_in(page, "Bicycle racks by the east gate")
    await bot_says(page, "Would a photo help")
    await tap(page, "Skip")
    await bot_says(page, "your building or the whole community")
    await tap(page, "🏘 The whole community")
    await bot_says(page, "May neighbours see your name")
    await tap(page, "👤 Yes, show my name")
    await bot_says(page, "Please check your topic")
    await press(page, "Please check your topic", "Confirm")
    await bot_says(page, "is sent")
    sent = page.locator("#messages .msg.in", has_text="is sent").last
    number = (await sent.inner_text()).split("Your topic ")[1].split(" ")[0]
    assert number.startswith("T-")
    await tap(page, "📣 Community topics")
    await bot_says(page, "Open topics for the council")
    await press(page, "Open topics for the council", number)
    await bot_says(page, "Bicycle racks by the east gate")
    await press(page, "Open topics for the council", "My topics")
    await bot_says(page, "The topics you raised")
    listed = page.locator("#messages .msg", has_text="The topics you raised").last
    assert number in await listed.inner_text()
    staff = await open_page(browser, f"{demo.url}/#p={cast.STAFF.tg_id}&c={cast.STAFF_CHAT}")
    await bot_says(staff, "Bicycle racks by the east gate")
