"""Admin, erase-my-data and language buttons keep their data, read back, and refuse forgeries."""

from __future__ import annotations

import pytest

from bot.callbacks import people as cb
from bot.callbacks.codec import DATA_LIMIT, ID_MAX
from bot.languages import LANGUAGES
from handlers.people import admin
from handlers.people.community_settings import building_key

KEY = building_key("1号楼")

ADMIN_BUTTONS: list[tuple[str, str, cb.AdminPress]] = [
    (cb.settings_page(), "adm:set", cb.AdminPress("set")),
    (cb.buildings_page(), "adm:bld", cb.AdminPress("bld")),
    (cb.categories_page(), "adm:cat", cb.AdminPress("cat")),
    (cb.staff_page(), "adm:staff", cb.AdminPress("staff")),
    (cb.remove_staff(7), "adm:rm:7", cb.AdminPress("rm", "7")),
    (cb.remove_staff_sure(7), "adm:rmok:7", cb.AdminPress("rmok", "7")),
    (cb.invite_staff(), "adm:inv", cb.AdminPress("inv")),
    (cb.add_building(), "adm:badd", cb.AdminPress("badd")),
    (cb.remove_building(KEY), f"adm:bdel:{KEY}", cb.AdminPress("bdel", KEY)),
    (cb.add_category(), "adm:cadd", cb.AdminPress("cadd")),
    (cb.category_hours(3), "adm:chr:3", cb.AdminPress("chr", "3")),
    (cb.category_visibility(3), "adm:cvis:3", cb.AdminPress("cvis", "3")),
]


@pytest.mark.parametrize(("data", "expected", "press"), ADMIN_BUTTONS)
def test_every_admin_button_keeps_its_data_and_reads_back_as_its_press(
    data: str, expected: str, press: cb.AdminPress
) -> None:
    assert data == expected
    assert cb.read_admin(data) == press


def test_the_admin_router_has_a_handler_for_every_admin_action() -> None:
    assert set(admin.ACTIONS) == cb.ADMIN_ACTIONS


@pytest.mark.parametrize(
    "data",
    ["adm:bogus", "adm:rm:1:2", "adm:rm:" + "1" * 25, "adm:rm:a b", "me:rm:1", "adm", None],
)
def test_an_admin_press_the_bot_never_writes_reads_as_none(data: str | None) -> None:
    assert cb.read_admin(data) is None


def test_a_removal_naming_digits_no_person_can_have_still_reads_for_the_page_to_refuse() -> None:
    # The removal itself says "not found", as it did before the button format was shared.
    assert cb.read_admin(f"adm:rmok:{2**63}") == cb.AdminPress("rmok", str(2**63))


def test_erasing_ones_data_keeps_its_three_buttons() -> None:
    assert (cb.erase_ask(), cb.erase_sure(True), cb.erase_sure(False)) == (
        "me:ask",
        "me:del:y",
        "me:del:n",
    )
    assert cb.read_erase("me:ask") == cb.ErasePress(None)
    assert cb.read_erase("me:del:y") == cb.ErasePress(True)
    assert cb.read_erase("me:del:n") == cb.ErasePress(False)


@pytest.mark.parametrize(
    "data", ["me:ask:y", "me:del", "me:del:x", "me:del:y:y", "me:erase", "adm:del:y", None]
)
def test_an_erase_press_the_bot_never_writes_reads_as_none(data: str | None) -> None:
    assert cb.read_erase(data) is None


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_button_keeps_its_data_and_reads_back_as_its_code(code: str) -> None:
    assert cb.choose_language(code) == f"lang:{code}"
    assert cb.read_language(cb.choose_language(code), LANGUAGES) == code


@pytest.mark.parametrize("data", ["lang:fr", "lang:", "lang", "lang:en:x", "me:en", None])
def test_a_language_press_the_bot_never_writes_reads_as_none(data: str | None) -> None:
    assert cb.read_language(data, LANGUAGES) is None


def test_every_people_button_fits_telegrams_limit_with_the_largest_ids() -> None:
    every = [data for data, _, _ in ADMIN_BUTTONS]
    every += [cb.remove_staff(ID_MAX), cb.remove_staff_sure(ID_MAX)]
    every += [cb.category_hours(ID_MAX), cb.category_visibility(ID_MAX)]
    every += [cb.erase_ask(), cb.erase_sure(True), *(cb.choose_language(c) for c in LANGUAGES)]
    assert all(len(data.encode()) <= DATA_LIMIT for data in every)
