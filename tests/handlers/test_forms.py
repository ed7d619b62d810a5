"""The form machinery: a form's steps are declared once, in order, and `next` follows them."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import pytest

from bot.context import LinliContext
from bot.models.people import Actor
from bot.services import Services
from handlers.forms import STEPS, Form

PERSON = 7


def _context(services: Services) -> LinliContext:
    """Form only reaches the services through the context, so a stand-in carries them."""
    return cast(LinliContext, SimpleNamespace(services=services))


def _person() -> Actor:
    return cast(Actor, SimpleNamespace(tg_id=PERSON))


async def _handler(*_: Any) -> None:
    return None


def test_a_form_starts_at_its_first_step_and_each_step_is_followed_by_the_next_declared() -> None:
    form = Form("test-order", ["one", "two", "three"])
    assert form.first == "one"
    assert form.after("one") == "two"
    assert form.after("two") == "three"
    assert form.after("three") is None


def test_a_form_without_steps_or_with_a_step_twice_is_refused() -> None:
    with pytest.raises(ValueError):
        Form("test-empty", [])
    with pytest.raises(ValueError):
        Form("test-twice", ["one", "two", "one"])


def test_registering_a_step_the_form_does_not_declare_fails_at_once() -> None:
    form = Form("test-undeclared", ["one"])
    with pytest.raises(ValueError):
        form.step("other")
    with pytest.raises(ValueError):
        form.after("other")


def test_a_declared_step_is_registered_under_the_flow_and_step_names_a_draft_stores() -> None:
    form = Form("test-register", ["one", "two"])
    form.step("two")(_handler)
    assert STEPS[("test-register", "two")] is _handler


def test_the_request_and_wish_forms_keep_the_step_names_their_drafts_were_saved_with() -> None:
    from handlers.requests.new import REQUEST
    from handlers.wishes.new import WISH

    assert (REQUEST.flow, REQUEST.steps) == ("request", ("category", "description", "extras"))
    wish_steps = ("category", "text", "photo", "when", "building", "confirm")
    assert (WISH.flow, WISH.steps) == ("wish", wish_steps)
    for form in (REQUEST, WISH):
        for name in form.steps:
            assert (form.flow, name) in STEPS


async def test_next_saves_the_answer_and_moves_the_draft_to_the_following_step(
    services: Services,
) -> None:
    form = Form("test-next", ["one", "two"])
    context = _context(services)
    draft = await form.start(context, _person(), kept="yes")
    assert (draft.flow, draft.step) == ("test-next", "one")
    assert await form.next(draft, context, answer="42")
    saved = await services.drafts.get(PERSON)
    assert saved is not None and saved.step == "two"
    assert saved.data == {"kept": "yes", "answer": "42"}


async def test_next_from_the_last_step_finishes_the_form(services: Services) -> None:
    form = Form("test-last", ["one", "two"])
    context = _context(services)
    draft = await form.start(context, _person())
    assert await form.next(draft, context)
    moved = await services.drafts.get(PERSON)
    assert moved is not None
    assert await form.next(moved, context)
    assert await services.drafts.get(PERSON) is None


async def test_finishing_a_form_that_a_newer_one_replaced_leaves_the_newer_one_alone(
    services: Services,
) -> None:
    old = Form("test-old", ["only"])
    new = Form("test-new", ["first", "second"])
    context = _context(services)
    stale = await old.start(context, _person())
    await new.start(context, _person())
    assert not await old.next(stale, context)
    current = await services.drafts.get(PERSON)
    assert current is not None and (current.flow, current.step) == ("test-new", "first")


async def test_next_on_a_form_closed_meanwhile_says_so(services: Services) -> None:
    form = Form("test-closed", ["one", "two"])
    context = _context(services)
    draft = await form.start(context, _person())
    await services.drafts.cancel(PERSON)
    assert not await form.next(draft, context, answer="late")
    assert await services.drafts.get(PERSON) is None


async def test_jump_goes_to_a_declared_step_and_stay_saves_without_moving(
    services: Services,
) -> None:
    form = Form("test-jump", ["one", "two", "three"])
    context = _context(services)
    draft = await form.start(context, _person())
    assert await form.jump(draft, context, "three", skipped=True)
    jumped = await services.drafts.get(PERSON)
    assert jumped is not None and jumped.step == "three"
    assert await form.stay(jumped, context, more=1)
    stayed = await services.drafts.get(PERSON)
    assert stayed is not None and stayed.step == "three"
    assert stayed.data == {"skipped": True, "more": 1}
    with pytest.raises(ValueError):
        await form.jump(stayed, context, "nowhere")
