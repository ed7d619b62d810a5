"""The command line's logs: our lines at INFO, libraries only at WARNING, never the token."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from bot.__main__ import OUR_LOGGERS, configure_logging


@pytest.fixture
def restored_levels() -> Iterator[None]:
    names = ["", *OUR_LOGGERS, "apscheduler", "telegram", "httpx"]
    before = {name: logging.getLogger(name).level for name in names}
    yield
    for name, level in before.items():
        logging.getLogger(name).setLevel(level)


@pytest.mark.usefixtures("restored_levels")
def test_libraries_log_only_warnings_while_our_packages_log_their_info_lines() -> None:
    configure_logging()
    for library in ("apscheduler.scheduler", "telegram.ext.Application", "httpx", "aiohttp"):
        assert not logging.getLogger(library).isEnabledFor(logging.INFO), library
        assert logging.getLogger(library).isEnabledFor(logging.WARNING), library
    for ours in ("bot.app", "handlers.errors", "storage.db", "sandbox.web.runner"):
        assert logging.getLogger(ours).isEnabledFor(logging.INFO), ours
