"""The send log: which calls Telegram counts, and how many went out in the last second."""

from __future__ import annotations

from bot.flood import SendLog, is_counted


def test_sends_edits_and_copies_count_but_chat_actions_and_reads_do_not() -> None:
    assert is_counted("sendMessage") and is_counted("editMessageText")
    assert is_counted("copyMessage") and is_counted("sendPhoto")
    assert not is_counted("sendChatAction")
    assert not is_counted("getUpdates") and not is_counted("answerCallbackQuery")


def test_the_log_counts_a_rolling_second_and_remembers_each_chats_last_call() -> None:
    log = SendLog()
    for n in range(5):
        log.record(7 if n % 2 else 8, now=100.0 + n * 0.3)  # 100.0 .. 101.2
    assert log.in_last_second(101.25) == 4  # 100.3, 100.6, 100.9, 101.2
    assert log.last == {8: 101.2, 7: 100.9}
    log.record(None, now=101.3)
    assert log.in_last_second(101.3) == 4 and set(log.last) == {7, 8}


def test_a_call_counts_while_it_flies_and_is_written_down_when_it_comes_back() -> None:
    log = SendLog()
    log.start(7)
    log.start(None)
    assert log.in_last_second(50.0) == 2 and log.busy(7) and not log.busy(8)
    log.finish(7, now=50.4)
    assert log.in_last_second(50.5) == 2 and not log.busy(7) and log.last == {7: 50.4}
    log.finish(None, now=50.6)
    assert log.in_last_second(51.5) == 1  # 50.6 is still inside the second, 50.4 is not
