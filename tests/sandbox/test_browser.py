"""The web chat in a real browser: Debian's headless Chromium, driven by Playwright.

A newcomer registers and files a request, the staff member takes it in the staff room and
answers, and the newcomer's open page shows the answer without a reload. A Chinese-speaking
resident's chat must show real Chinese glyphs, not boxes. Screenshots land in tmp_path.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from playwright.async_api import Browser, FilePayload, Page, async_playwright

from sandbox.simulator import tiny_png
from sandbox.web import cast
from sandbox.web.runner import Sandbox

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WAIT_MS = 10_000

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="Debian's chromium is not installed (apt-get install chromium fonts-noto-cjk); "
    ".ci/run installs it",
)


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        await launched.close()


async def open_page(browser: Browser, url: str) -> Page:
    page = await browser.new_page(viewport={"width": 1280, "height": 860})
    page.set_default_timeout(WAIT_MS)
    await page.goto(url)
    await page.wait_for_selector("body[data-ready=true]")
    return page


async def bot_says(page: Page, words: str) -> None:
    await page.locator("#messages .msg.in", has_text=words).last.wait_for()


async def tap(page: Page, button: str) -> None:
    await page.locator("#keyboard button", has_text=button).click()


async def press(page: Page, message_words: str, button: str) -> None:
    message = page.locator("#messages .msg", has_text=message_words).last
    await message.locator(".inline button", has_text=button).click()


async def type_in(page: Page, text: str) -> None:
    await page.fill("#text", text)
    await page.press("#text", "Enter")


def distinct_bytes_of_png(png: bytes) -> int:
    """Count the distinct byte values of a PNG's pixels (a blank page has a handful)."""
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    position, pixels = 8, b""
    while position < len(png):
        (length,) = struct.unpack(">I", png[position : position + 4])
        kind = png[position + 4 : position + 8]
        if kind == b"IDAT":
            pixels += png[position + 8 : position + 8 + length]
        position += 12 + length
    return len(set(zlib.decompress(pixels)))


async def register_newcomer(page: Page, name: str) -> None:
    await page.click("#add-person summary")
    await page.fill("#add-form input[name=name]", name)
    await page.select_option("#add-form select[name=language]", "en")
    await page.click("#add-form button[type=submit]")
    await page.locator("#start").click()
    await bot_says(page, "What is your name")
    await tap(page, name)
    await bot_says(page, "Which building")
    await tap(page, "2号楼")
    await bot_says(page, "Which unit")
    await type_in(page, "5-203")
    await bot_says(page, "share your phone number")
    await tap(page, "Share my phone number")
    await bot_says(page, "you are registered")


async def file_request(page: Page, words: str) -> None:
    await tap(page, "New request")
    await press(page, "What is it about", "Repairs")
    await bot_says(page, "tell us what happened")
    await type_in(page, words)
    await bot_says(page, "add photos")
    png: FilePayload = {"name": "lift.png", "mimeType": "image/png", "buffer": tiny_png(40, 30)}
    await page.set_input_files("#file", files=[png])
    await bot_says(page, "Photo 1 of 5 added")
    await tap(page, "Done")
    await bot_says(page, "Please check your request")
    await press(page, "Please check your request", "Confirm")
    await bot_says(page, "R-000006")


async def test_a_newcomer_files_a_request_and_sees_the_staff_answer_arrive_without_reload(
    demo: Sandbox, browser: Browser, tmp_path: Path
) -> None:
    resident = await open_page(browser, demo.url)
    await register_newcomer(resident, "Anna Schmidt")
    await file_request(resident, "The lift in building 2 stops between floors")
    assert await resident.locator("#messages .msg.out img.photo").count() == 1
    await resident.evaluate("window.stillTheSamePage = true")

    staff = await open_page(browser, f"{demo.url}/#p={cast.STAFF.tg_id}&c={cast.STAFF_CHAT}")
    card = "The lift in building 2 stops between floors"
    await bot_says(staff, card)
    await press(staff, card, "Take")
    await staff.locator("#toast", has_text="You own R-000006").wait_for()
    await press(staff, card, "Reply")
    await bot_says(staff, "please write your answer to the resident about R-000006")
    assert await staff.locator("#reply-bar").is_visible()  # the ForceReply opened a reply
    await type_in(staff, "A technician comes at 3 pm today.")
    await bot_says(staff, "Your answer on R-000006 was sent")

    await bot_says(resident, "A technician comes at 3 pm today.")
    assert await resident.evaluate("window.stillTheSamePage") is True
    shot = tmp_path / "resident.png"
    await resident.screenshot(path=str(shot))
    assert distinct_bytes_of_png(shot.read_bytes()) > 40


async def test_a_chinese_speaking_residents_chat_shows_simplified_chinese(
    demo: Sandbox, browser: Browser, tmp_path: Path
) -> None:
    page = await open_page(browser, f"{demo.url}/#p={cast.LI_XIUYING.tg_id}")
    await bot_says(page, "周三上午我上门帮您办理")
    text = await page.inner_text("body")
    assert "李秀英" in text and "欢迎回来" in text and "我要反映" in text
    # With no CJK font, every character is the same empty box: different glyphs prove one.
    distinct = await page.evaluate(
        """() => {
            const canvas = document.createElement("canvas");
            canvas.width = canvas.height = 64;
            const g = canvas.getContext("2d");
            const draw = (ch) => {
                g.clearRect(0, 0, 64, 64);
                g.font = `48px ${getComputedStyle(document.body).fontFamily}`;
                g.fillText(ch, 4, 52);
                return g.getImageData(0, 0, 64, 64).data.join(",");
            };
            return draw("简") !== draw("体") && draw("中") !== draw("文");
        }"""
    )
    assert distinct is True
    shot = tmp_path / "chinese.png"
    await page.screenshot(path=str(shot))
    assert distinct_bytes_of_png(shot.read_bytes()) > 40


async def test_a_resident_signs_up_for_a_demo_event_and_gets_its_calendar_file(
    demo: Sandbox, browser: Browser
) -> None:
    page = await open_page(browser, f"{demo.url}/#p={cast.TOM_BAKER.tg_id}")
    await tap(page, "📅 Events")
    await bot_says(page, "Upcoming events")
    await press(page, "Upcoming events", "Winter flea market")
    await bot_says(page, "Bring what you no longer need")
    await press(page, "Bring what you no longer need", "Sign up")
    await bot_says(page, "How many places do you need")
    await press(page, "How many places do you need", "2 places")
    await page.locator("#alert", has_text="You have 2 places at Winter flea market").wait_for()
    await page.click("#alert button")
    await bot_says(page, "You are signed up for Winter flea market")
    signed = page.locator("#messages .msg.in", has_text="You are signed up for").last
    code = (await signed.inner_text()).split("Your check-in code is ")[1][:6]
    roster = await demo.services.event_desk.roster(cast.STAFF.tg_id, 3)
    mine = [line for line in roster.confirmed if line.name == "Tom Baker"]
    assert [(line.signup.places, line.signup.code) for line in mine] == [(2, code)]
    await press(page, "You are signed up for", "Add to calendar")
    link = page.locator("#messages .msg.in a[download]").last
    await link.wait_for()
    assert (await link.get_attribute("download") or "").endswith(".ics")
