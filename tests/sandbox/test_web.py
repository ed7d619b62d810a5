"""The web chat's JSON API against a running sandbox, over real HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import io
import re
import wave

import aiohttp

from sandbox.simulator import tiny_png
from sandbox.web import cast
from sandbox.web.actions import COMMUNITY_LOCATION, deep_link_payload
from sandbox.web.runner import Sandbox
from tests.sandbox.helpers import EventStream, get, listing, next_bot, post, say, tap

WANG = cast.WANG_FANG.tg_id
LI = cast.LI_XIUYING.tg_id
STAFF = cast.STAFF.tg_id


REMOTE = re.compile(
    r"""(?:src|href)=["']https?:|url\(\s*["']?https?:|@import|from\s+["']https?:|import\(["']https?:"""
)


async def test_the_page_and_its_scripts_come_from_the_package_with_nothing_remote(
    web: aiohttp.ClientSession,
) -> None:
    async with web.get("/") as response:
        page = await response.text()
        assert response.status == 200 and "text/html" in response.content_type
    assert '<script type="module" src="/static/app.js">' in page
    assert REMOTE.search(page) is None
    for name in ("app.js", "render.js", "app.css"):
        async with web.get(f"/static/{name}") as response:
            body = await response.text()
            assert response.status == 200, name
            assert REMOTE.search(body) is None, f"{name} loads something remote"
    async with web.get("/static/app.css") as response:
        assert "Noto Sans CJK SC" in await response.text()


async def test_the_people_list_offers_residents_a_staff_member_and_an_admin(
    web: aiohttp.ClientSession,
) -> None:
    people = {p["id"]: p for p in (await get(web, "/api/people"))["people"]}
    assert set(people) == {member.tg_id for member in cast.CAST}
    assert people[STAFF]["role"] == "staff"
    assert people[cast.ADMIN.tg_id]["role"] == "admin"
    assert people[WANG] == {
        "id": WANG,
        "name": "Wang Fang",
        "language": "en",
        "role": "resident",
        "registered": False,
        "building": None,
        "unit": None,
    }
    assert people[LI]["language"] == "zh-hans"


async def test_staff_see_the_staff_room_and_residents_only_their_chat_with_the_bot(
    web: aiohttp.ClientSession,
) -> None:
    staff_chats = (await get(web, f"/api/people/{STAFF}/chats"))["chats"]
    assert [c["id"] for c in staff_chats] == [STAFF, cast.STAFF_CHAT]
    assert staff_chats[0]["is_bot"] and staff_chats[0]["title"] == cast.BOT_NAME
    assert (
        staff_chats[1]["title"] == cast.STAFF_CHAT_TITLE and staff_chats[1]["type"] == "supergroup"
    )
    resident_chats = (await get(web, f"/api/people/{WANG}/chats"))["chats"]
    assert [c["id"] for c in resident_chats] == [WANG]


async def test_a_person_cannot_read_or_write_in_a_chat_they_are_not_in(
    web: aiohttp.ClientSession,
) -> None:
    async with web.get(f"/api/chats/{cast.STAFF_CHAT}/messages?as={WANG}") as response:
        assert response.status == 403
        assert "error" in await response.json()
    body = {"as": WANG, "text": "let me in"}
    async with web.post(f"/api/chats/{STAFF}/messages", json=body) as response:
        assert response.status == 403


async def test_a_typed_message_reaches_the_bot_and_its_answer_is_listed_with_the_keyboard(
    sandbox: Sandbox, web: aiohttp.ClientSession
) -> None:
    sent = await say(web, WANG, "/start")
    assert sent["text"] == "/start" and not sent["from_bot"] and sent["sender"]["id"] == WANG
    await next_bot(sandbox, WANG, "What is your name")
    chat = await listing(web, WANG)
    texts = [m["text"] for m in chat["messages"]]
    assert texts[0] == "/start" and "What is your name" in texts[-1]
    assert chat["keyboard"]["rows"][0] == [{"text": "Wang Fang", "request": None}]
    assert chat["keyboard"]["one_time"] is True


async def test_registering_on_the_page_shares_the_persons_own_number_with_the_contact_button(
    sandbox: Sandbox, web: aiohttp.ClientSession
) -> None:
    await say(web, WANG, "/start")
    await next_bot(sandbox, WANG, "What is your name")
    await tap(web, WANG, "Wang Fang")
    await next_bot(sandbox, WANG, "Which building")
    await say(web, WANG, "7")
    await next_bot(sandbox, WANG, "Which unit")
    await say(web, WANG, "2-301")
    await next_bot(sandbox, WANG, "phone number")
    rows = (await listing(web, WANG))["keyboard"]["rows"]
    assert {"text": "📱 Share my phone number", "request": "contact"} in [
        b for r in rows for b in r
    ]
    shared = await tap(web, WANG, "📱 Share my phone number")
    assert shared["kind"] == "contact"
    assert shared["contact"]["phone_number"] == cast.WANG_FANG.phone
    await next_bot(sandbox, WANG, "you are registered")
    person = await sandbox.services.people.get(WANG)
    assert person is not None and person.registered and person.phone == cast.WANG_FANG.phone
    listed = {p["id"]: p for p in (await get(web, "/api/people"))["people"]}
    assert listed[WANG]["building"] == "7" and listed[WANG]["unit"] == "2-301"


async def test_pressing_an_inline_button_reaches_the_bot_and_the_page_lists_the_edit(
    demo: Sandbox, demo_web: aiohttp.ClientSession
) -> None:
    await tap(demo_web, WANG, "📝 New request")
    categories = await next_bot(demo, WANG, "What is it about")
    pressed = await post(
        demo_web,
        f"/api/chats/{WANG}/press",
        {"as": WANG, "message_id": categories.message_id, "row": 0, "column": 0},
    )
    assert pressed["query_id"] in demo.press_owners
    await demo.sim.wait_for_edit(categories, timeout=10)
    shown = {m["id"]: m for m in (await listing(demo_web, WANG))["messages"]}
    edited = shown[categories.message_id]
    assert edited["edited"] >= 1 and "New request: 🔧 Repairs" in edited["text"]
    assert edited["buttons"] == []


async def test_a_button_the_message_no_longer_shows_cannot_be_pressed(
    demo: Sandbox, demo_web: aiohttp.ClientSession
) -> None:
    await tap(demo_web, WANG, "📝 New request")
    categories = await next_bot(demo, WANG, "What is it about")
    body = {"as": WANG, "message_id": categories.message_id, "row": 40, "column": 0}
    async with demo_web.post(f"/api/chats/{WANG}/press", json=body) as response:
        assert response.status == 409
        assert "not shown" in (await response.json())["error"]


async def test_the_event_stream_brings_the_bots_answer_without_asking(
    sandbox: Sandbox, web: aiohttp.ClientSession
) -> None:
    async with web.get(f"/api/events?as={WANG}") as response:
        assert response.content_type == "text/event-stream"
        stream = EventStream(response)
        assert await stream.next() == {"type": "ready", "as": WANG}
        await say(web, WANG, "/start")
        event = await asyncio.wait_for(stream.next_from_bot(), 10)
    assert event["change"] == "new" and event["chat_id"] == WANG
    assert "Welcome to Linli" in event["message"]["text"]
    assert event["chat"]["id"] == WANG


async def test_a_persons_event_stream_carries_only_their_own_chats(
    sandbox: Sandbox, web: aiohttp.ClientSession
) -> None:
    async with web.get(f"/api/events?as={LI}") as response:
        stream = EventStream(response)
        await stream.next()  # ready
        await say(web, WANG, "/start")
        await next_bot(sandbox, WANG, "What is your name")
        await say(web, LI, "/start")
        event = await asyncio.wait_for(stream.next(), 10)
    assert event["chat_id"] == LI and event["message"]["text"] == "/start"


async def test_the_answer_to_a_press_reaches_only_the_person_who_pressed(
    demo: Sandbox, demo_web: aiohttp.ClientSession
) -> None:
    staff_card = next(m for m in demo.sim.bot_messages(cast.STAFF_CHAT) if m.buttons())
    async with demo_web.get(f"/api/events?as={cast.ADMIN.tg_id}") as admin_response:
        admin_stream = EventStream(admin_response)
        await admin_stream.next()
        async with demo_web.get(f"/api/events?as={STAFF}") as response:
            stream = EventStream(response)
            await stream.next()
            pressed = await post(
                demo_web,
                f"/api/chats/{cast.STAFF_CHAT}/press",
                {"as": STAFF, "message_id": staff_card.message_id, "row": 0, "column": 0},
            )
            answer = await asyncio.wait_for(_answer(stream), 10)
        assert answer["query_id"] == pressed["query_id"]
        await demo.sim.send_text(cast.ADMIN.tg_id, "/start")
        seen = await asyncio.wait_for(admin_stream.next(), 10)
    assert seen["type"] == "message"  # the staff member's answer never reached the admin


async def _answer(stream: EventStream) -> dict[str, object]:
    while True:
        event = await stream.next()
        if event["type"] == "answer":
            return event


async def test_an_uploaded_photo_becomes_a_photo_whose_bytes_the_page_can_show(
    sandbox: Sandbox, web: aiohttp.ClientSession
) -> None:
    picture = tiny_png(8, 6)
    form = aiohttp.FormData()
    form.add_field("as", str(WANG))
    form.add_field("caption", "Under the sink")
    form.add_field("file", picture, filename="tap.png", content_type="image/png")
    async with web.post(f"/api/chats/{WANG}/files", data=form) as response:
        assert response.status == 201
        sent = await response.json()
    assert sent["kind"] == "photo" and sent["text"] == "Under the sink"
    assert sandbox.sim.chat_messages(WANG)[-1].photo == picture
    async with web.get(sent["file"]["url"]) as response:
        assert response.content_type == "image/png"
        assert await response.read() == picture


async def test_an_audio_file_goes_as_a_voice_note_and_the_microphone_button_makes_one(
    sandbox: Sandbox, web: aiohttp.ClientSession
) -> None:
    made = await post(web, f"/api/chats/{WANG}/voice", {"as": WANG})
    assert made["kind"] == "voice" and made["duration"] == 2
    async with web.get(made["file"]["url"]) as response:
        assert response.content_type == "audio/wav"
        data = await response.read()
    with wave.open(io.BytesIO(data)) as recording:
        assert recording.getnframes() / recording.getframerate() == 2.0
    form = aiohttp.FormData()
    form.add_field("as", str(WANG))
    form.add_field("file", data, filename="note.wav", content_type="audio/wav")
    async with web.post(f"/api/chats/{WANG}/files", data=form) as response:
        uploaded = await response.json()
    assert uploaded["kind"] == "voice" and uploaded["file"]["mime"] == "audio/wav"
    assert sandbox.sim.chat_messages(WANG)[-1].voice == data


async def test_a_document_the_bot_sends_downloads_under_its_name(
    sandbox: Sandbox, web: aiohttp.ClientSession
) -> None:
    assert sandbox.app is not None
    await sandbox.app.bot.send_document(WANG, b"R-000001: the tap", filename="我的数据.txt")
    shown = (await listing(web, WANG))["messages"][-1]
    assert shown["kind"] == "document" and shown["file"]["name"] == "我的数据.txt"
    async with web.get(shown["file"]["url"] + "?download=1") as response:
        assert await response.read() == b"R-000001: the tap"
        disposition = response.headers["Content-Disposition"]
    assert disposition.startswith("attachment;") and "%E6%88%91" in disposition


async def test_a_location_button_shares_a_point_in_the_community(
    demo: Sandbox, demo_web: aiohttp.ClientSession
) -> None:
    await tap(demo_web, WANG, "📝 New request")
    categories = await next_bot(demo, WANG, "What is it about")
    await demo.sim.press(WANG, categories, "🔧 Repairs")
    await next_bot(demo, WANG, "tell us what happened")
    await say(demo_web, WANG, "The tap drips")
    await next_bot(demo, WANG, "add photos")
    shared = await tap(demo_web, WANG, "📍 Share location")
    assert shared["kind"] == "location"
    assert (shared["location"]["latitude"], shared["location"]["longitude"]) == COMMUNITY_LOCATION
    await next_bot(demo, WANG, "Location added")


async def test_a_person_added_on_the_page_talks_to_the_bot_in_their_language(
    sandbox: Sandbox, web: aiohttp.ClientSession
) -> None:
    added = await post(web, "/api/people", {"name": "王 小明", "language": "zh-hans"})
    assert added["name"] == "王 小明" and added["registered"] is False
    assert added["id"] not in {member.tg_id for member in cast.CAST}
    await say(web, added["id"], "/start")
    await next_bot(sandbox, added["id"], "请问您怎么称呼")
    listed = {p["id"] for p in (await get(web, "/api/people"))["people"]}
    assert added["id"] in listed


async def test_a_nameless_person_or_an_unknown_language_is_refused_with_a_reason(
    web: aiohttp.ClientSession,
) -> None:
    for body in ({"name": "  ", "language": "en"}, {"name": "Anna", "language": "fr"}):
        async with web.post("/api/people", json=body) as response:
            assert response.status == 400
            assert (await response.json())["error"]


async def test_skipping_ahead_on_the_bots_clock_runs_what_fell_due(
    demo: Sandbox, demo_web: aiohttp.ClientSession
) -> None:
    moved = await post(demo_web, "/api/clock", {"hours": 24 * 8})
    assert moved["ran"] >= 1
    mine = await demo.services.requests.mine(cast.ZHANG_WEI.tg_id)
    assert mine[0].status.value == "closed"  # resolved, unanswered for 7 days: auto-closed
    async with demo_web.post("/api/clock", json={"hours": 0}) as response:
        assert response.status == 400


def test_a_telegram_link_to_this_bot_opens_it_with_its_start_payload() -> None:
    bot = cast.BOT_USERNAME
    assert deep_link_payload(f"https://t.me/{bot}?start=staff_abc", bot) == "staff_abc"
    assert deep_link_payload(f"https://t.me/{bot}", bot) == ""
    assert deep_link_payload("https://t.me/another_bot?start=x", bot) is None
    assert deep_link_payload("https://example.org/?start=x", bot) is None


async def test_a_newcomer_who_opens_a_staff_invite_joins_the_staff_room(
    sandbox: Sandbox, web: aiohttp.ClientSession
) -> None:
    token = await sandbox.services.people.create_staff_invite(cast.ADMIN.tg_id)
    added = await post(web, "/api/people", {"name": "Liu Yang", "language": "en"})
    before = (await get(web, f"/api/people/{added['id']}/chats"))["chats"]
    assert [c["id"] for c in before] == [added["id"]]
    await say(web, added["id"], f"/start staff_{token}")
    await next_bot(sandbox, added["id"], "Welcome to the staff team")
    after = (await get(web, f"/api/people/{added['id']}/chats"))["chats"]
    assert [c["id"] for c in after] == [added["id"], cast.STAFF_CHAT]
    listed = {p["id"]: p for p in (await get(web, "/api/people"))["people"]}
    assert listed[added["id"]]["role"] == "staff"


async def test_the_staff_room_is_a_forum_whose_cards_show_their_topic(
    demo: Sandbox, demo_web: aiohttp.ClientSession
) -> None:
    room = demo.sim.world.chats[cast.STAFF_CHAT]
    assert "📥 Requests" in room.topics.values()
    chat = await listing(demo_web, STAFF, cast.STAFF_CHAT)
    cards = [m for m in chat["messages"] if m["text"].startswith(("🆕 R-", "📌 R-"))]
    assert cards and {m.get("topic") for m in cards} == {"📥 Requests"}
