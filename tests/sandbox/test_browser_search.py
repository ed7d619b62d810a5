"""A staff member finds a request by a word in the web chat of a real browser (Debian's
headless Chromium, driven by Playwright) and opens its card from the results."""

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
    type_in,
)


async def test_a_staff_member_finds_a_request_by_a_word_and_opens_it(
    demo: Sandbox,
    browser: Browser,  # noqa: F811
) -> None:
    page = await open_page(browser, f"{demo.url}/#p={cast.STAFF.tg_id}")
    await type_in(page, "dripping")
    await bot_says(page, "Found 1 request")
    found = page.locator("#messages .msg", has_text="Found 1 request").last
    label = (await found.locator(".inline button").first.inner_text()).split(" · ")[0]
    assert label.startswith("R-")
    await press(page, "Found 1 request", label)
    # The card comes with its history (the results' button shows the words too).
    await bot_says(page, "History (🔒")
    card = page.locator("#messages .msg", has_text="History (🔒").last
    text = await card.inner_text()
    assert label in text and "The kitchen tap has been dripping" in text
