"""The staff proxy forms and the short answer forms of requests and wishes are declared once,
with the flow and step names their drafts were always saved under."""

from __future__ import annotations

import pytest

from handlers.forms import STEPS, Form
from handlers.proxy_common import ProxyIntake


async def _ask(*_: object) -> None:
    return None


def test_the_proxy_forms_ask_the_residents_details_first_then_their_own_steps() -> None:
    from handlers.requests.proxy import PROXY
    from handlers.wishes.proxy import WISH_PROXY

    person = ("name", "building", "unit", "phone")
    assert (PROXY.flow, PROXY.steps) == ("proxy", (*person, "category", "description", "confirm"))
    wish_steps = (*person, "consent", "category", "text", "confirm")
    assert (WISH_PROXY.flow, WISH_PROXY.steps) == ("wish-proxy", wish_steps)


def test_the_answer_forms_keep_the_flow_and_step_names_their_drafts_were_saved_with() -> None:
    from handlers.requests import desk, mine
    from handlers.wishes import desk as wish_desk
    from handlers.wishes import helping
    from handlers.wishes import mine as my_wishes

    desk_steps = [f.steps for f in desk.FORMS.values()]
    assert desk_steps == [
        ("reply",), ("ask",), ("note",), ("resolve",), ("refer-who", "refer-how"), ("same-as",),
    ]  # fmt: skip
    assert {f.flow for f in desk.FORMS.values()} == {"desk"}
    assert [f.steps for f in wish_desk.FORMS.values()] == [
        ("handover",),
        ("edit",),
        ("decline",),
        ("partner",),
    ]
    assert {f.flow for f in wish_desk.FORMS.values()} == {"wish-desk"}
    assert (mine.ADD_INFO.flow, mine.ADD_INFO.steps) == ("resident-reply", ("text",))
    assert (my_wishes.THANKS.flow, my_wishes.THANKS.steps) == ("wish-thanks", ("text",))
    assert (helping.DONE.flow, helping.DONE.steps) == ("wish-done", ("photo",))


def test_every_declared_step_of_these_forms_has_its_function() -> None:
    from handlers.requests import desk, mine, proxy
    from handlers.wishes import desk as wish_desk
    from handlers.wishes import helping
    from handlers.wishes import mine as my_wishes
    from handlers.wishes import proxy as wish_proxy

    forms: list[Form] = [
        proxy.PROXY,
        wish_proxy.WISH_PROXY,
        *desk.FORMS.values(),
        *wish_desk.FORMS.values(),
        mine.ADD_INFO,
        my_wishes.THANKS,
        helping.DONE,
    ]
    missing = [(f.flow, s) for f in forms for s in f.steps if (f.flow, s) not in STEPS]
    assert missing == []


def test_a_proxy_form_that_does_not_ask_the_residents_details_first_is_refused() -> None:
    with pytest.raises(ValueError):
        ProxyIntake(Form("test-proxy-order", ["building", "name"]), "k", _ask, free_building=False)
    with pytest.raises(ValueError):
        only_details = Form("test-proxy-short", ["name", "building", "unit", "phone"])
        ProxyIntake(only_details, "k", _ask, free_building=False)
