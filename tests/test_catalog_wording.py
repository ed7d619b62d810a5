"""Wording rules that hold whatever the feature: names as entered, plurals where a number meets a noun."""

from __future__ import annotations

from bot.i18n import t


def test_the_chinese_wish_card_shows_the_building_as_entered() -> None:
    text = t(
        "zh-hans", "wish-body", category="other", text="书包", by_when="none", building="2号楼"
    )
    assert "🏢 2号楼" in text
    assert "号楼 号楼" not in text


def test_one_volunteer_is_singular_and_two_are_plural() -> None:
    one = t(
        "en", "task-shortage-staff", title="Clean-up", start="Fri 5 Dec 15:00", left=1, needed=1
    )
    two = t(
        "en", "task-shortage-staff", title="Clean-up", start="Fri 5 Dec 15:00", left=1, needed=2
    )
    assert "1 of 1 volunteer." in one
    assert "1 of 2 volunteers." in two
