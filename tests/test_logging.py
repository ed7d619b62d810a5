"""The command line's logs: our lines at LINLI_LOG_LEVEL, libraries only at WARNING."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from bot.__main__ import configure_logging
from bot.config import Settings, SettingsError, load_settings
from bot.logs import LIBRARY_LOGGERS, OUR_LOGGERS, REDACTED, RedactingFormatter


@pytest.fixture
def restored_levels() -> Iterator[None]:
    names = ["", *OUR_LOGGERS, *LIBRARY_LOGGERS]
    before = {name: logging.getLogger(name).level for name in names}
    handlers = list(logging.getLogger().handlers)
    yield
    for name, level in before.items():
        logging.getLogger(name).setLevel(level)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)


@pytest.mark.usefixtures("restored_levels")
def test_libraries_log_only_warnings_while_our_packages_log_their_info_lines() -> None:
    configure_logging()
    for library in (
        "apscheduler.scheduler",
        "telegram.ext.Application",
        "httpx",
        "httpcore.http11",
        "aiohttp",
    ):
        assert not logging.getLogger(library).isEnabledFor(logging.INFO), library
        assert logging.getLogger(library).isEnabledFor(logging.WARNING), library
    for ours in ("bot.app", "handlers.errors", "storage.db", "sandbox.web.runner"):
        assert logging.getLogger(ours).isEnabledFor(logging.INFO), ours
        assert not logging.getLogger(ours).isEnabledFor(logging.DEBUG), ours


@pytest.mark.usefixtures("restored_levels")
def test_linli_log_level_turns_up_our_packages_but_never_the_libraries(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LINLI_LOG_LEVEL", "debug")
    configure_logging(load_settings())
    assert logging.getLogger("bot.delivery").isEnabledFor(logging.DEBUG)
    assert not logging.getLogger("httpx").isEnabledFor(logging.INFO)
    assert not logging.getLogger("apscheduler.executors.default").isEnabledFor(logging.INFO)


def test_an_unknown_log_level_stops_the_start_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LINLI_LOG_LEVEL", "LOUD")
    with pytest.raises(SettingsError, match="LINLI_LOG_LEVEL is malformed"):
        load_settings()


@pytest.mark.usefixtures("restored_levels")
def test_the_token_is_struck_out_of_messages_arguments_and_tracebacks() -> None:
    token = "123456:SECRET-token"
    stream = io.StringIO()
    configure_logging(Settings(TELEGRAM_BOT_TOKEN=token))
    handler = logging.getLogger().handlers[-1]
    assert isinstance(handler.formatter, RedactingFormatter)
    handler.setStream(stream)  # type: ignore[attr-defined]
    log = logging.getLogger("bot.test")
    log.warning("calling https://api.telegram.org/bot%s/getMe", token)
    try:
        raise RuntimeError(f"failed on /bot{token}/sendMessage")
    except RuntimeError:
        log.exception("a call failed")
    text = stream.getvalue()
    assert token not in text
    assert text.count(REDACTED) == 2  # the message and the exception in the traceback
    assert "Traceback" in text
