"""Topic buttons read back only as the bot wrote them."""

from __future__ import annotations

from bot.callbacks import topics
from bot.callbacks.topics import TopicPress


def test_a_me_too_button_reads_back_as_me_too_on_its_topic() -> None:
    assert topics.read_board(topics.me_too(12)) == TopicPress("me", 12)
    assert topics.read_desk(topics.accept(12)) == TopicPress("ac", 12)


def test_forged_topic_ids_read_as_no_topic() -> None:
    assert topics.read_board("tp:me:-1") == TopicPress("me", None)
    assert topics.read_board("tp:me:99999999999999999999") == TopicPress("me", None)


def test_a_desk_action_under_the_board_prefix_is_not_a_press() -> None:
    assert topics.read_board("tp:ac:1") is None
    assert topics.read_desk(topics.me_too(1)) is None
    assert topics.read_board("tp:me:1:2") is None
