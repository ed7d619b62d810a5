"""Drafts saved before forms were declared with their steps in order still resume where they were."""

from __future__ import annotations

from typing import Any

from sandbox.simulator import BotApiSimulator
from storage import drafts as drafts_repo
from tests.e2e.harness import ADMIN, Harness

RESIDENT = 7


async def _saved_draft(
    bot: Harness, flow: str, step: str, data: dict[str, Any], who: int = RESIDENT
) -> None:
    """Write the draft row as the bot wrote it before the change: flow, step and data."""
    env = bot.services.env
    async with env.db.transaction() as conn:
        await drafts_repo.start(conn, who, flow, step, data, env.clock.now())


async def test_a_request_draft_saved_at_its_description_continues_there_after_a_restart(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await _saved_draft(
        bot, "request", "description", {"category": "repairs", "category_label": "🔧 Repairs"}
    )
    await bot.restart()
    await sim.send_text(RESIDENT, "The kitchen tap drips")
    await sim.wait_for(RESIDENT, contains="add photos")
    draft = await bot.services.drafts.get(RESIDENT)
    assert draft is not None and (draft.flow, draft.step) == ("request", "extras")
    assert draft.data["description"] == "The kitchen tap drips"
    assert draft.data["category"] == "repairs"
    await sim.press_reply_button(RESIDENT, "✅ Done")
    summary = await sim.wait_for(RESIDENT, contains="Please check your request")
    await sim.press(RESIDENT, summary, "Confirm")
    await sim.wait_for(RESIDENT, contains="R-000001")
    assert await bot.services.drafts.get(RESIDENT) is None


async def test_a_draft_at_a_step_no_form_declares_is_dropped_and_the_message_answered_kindly(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await _saved_draft(bot, "request", "no-such-step", {"category": "repairs"})
    await sim.send_text(RESIDENT, "hello")
    await sim.wait_for(RESIDENT, contains="did not understand")
    assert await bot.services.drafts.get(RESIDENT) is None


async def test_a_registration_draft_saved_at_the_unit_continues_there_after_a_restart(
    bot: Harness, sim: BotApiSimulator
) -> None:
    sim.add_user(RESIDENT, "Wang Fang")
    await _saved_draft(bot, "register", "unit", {"name": "Wang Fang", "building": "2"})
    await bot.restart()
    await sim.send_text(RESIDENT, "3-101")
    await sim.wait_for(RESIDENT, contains="share your phone number")
    await sim.send_text(RESIDENT, "Skip")
    await sim.wait_for(RESIDENT, contains="you are registered")
    person = await bot.services.people.get(RESIDENT)
    assert person is not None
    assert (person.name, person.building, person.unit) == ("Wang Fang", "2", "3-101")


async def test_a_notice_draft_saved_at_its_kind_continues_there_after_a_restart(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.make_staff(RESIDENT, "Chen Jing")
    content = {"text": "Lift maintenance on Friday", "photo": None, "document": None}
    await _saved_draft(bot, "notice", "kind", content)
    await bot.restart()
    await sim.send_text(RESIDENT, "🛠 Service")
    await sim.wait_for(RESIDENT, contains="Who should get it")
    draft = await bot.services.drafts.get(RESIDENT)
    assert draft is not None and (draft.flow, draft.step) == ("notice", "audience")
    assert draft.data["kind"] == "service" and draft.data["text"] == content["text"]


async def test_an_admins_category_draft_saved_at_its_hours_continues_there_after_a_restart(
    bot: Harness, sim: BotApiSimulator
) -> None:
    data = {"chat": ADMIN, "name": "🚲 Bicycles"}
    await _saved_draft(bot, "adm-category", "hours", data, who=ADMIN)
    await bot.restart()
    await sim.send_text(ADMIN, "48")
    await sim.wait_for(ADMIN, contains="first answer within 48 hours")
    found = await bot.services.community.categories()
    assert [c.response_hours for c in found if c.label == "🚲 Bicycles"] == [48]
    assert await bot.services.drafts.get(ADMIN) is None


async def test_an_event_draft_saved_at_its_place_continues_at_the_places_after_a_restart(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.make_staff(RESIDENT, "Chen Jing")
    data = {
        "title": "Tea afternoon",
        "description": "",
        "starts_at": "2026-03-14T07:00:00+00:00",
        "ends_at": "2026-03-14T09:00:00+00:00",
    }
    await _saved_draft(bot, "event-new", "place", data)
    await bot.restart()
    await sim.send_text(RESIDENT, "Community hall")
    await sim.wait_for(RESIDENT, contains="How many places")
    draft = await bot.services.drafts.get(RESIDENT)
    assert draft is not None and (draft.flow, draft.step) == ("event-new", "capacity")
    assert draft.data["place"] == "Community hall" and draft.data["title"] == "Tea afternoon"


async def test_a_volunteer_application_saved_at_other_skills_continues_at_the_areas_after_a_restart(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await _saved_draft(bot, "volunteer", "other", {"skills": []})
    await bot.restart()
    await sim.send_text(RESIDENT, "I can fix bicycles")
    await sim.wait_for(RESIDENT, contains="Where would you like to help")
    draft = await bot.services.drafts.get(RESIDENT)
    assert draft is not None and (draft.flow, draft.step) == ("volunteer", "areas")
    assert draft.data["skills_other"] == "I can fix bicycles"
