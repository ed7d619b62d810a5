"""The log: one line per thing an operator wants to know, never the token.

Our own packages log at LINLI_LOG_LEVEL (INFO by default): the start, a notice sent with its
report, a person who blocked the bot, a backup made, and every error once with its
traceback. Libraries speak only at WARNING: APScheduler would log every tick, PTB every step
of a start, and httpx every request's URL, which carries the bot token.

The token is also struck out by the formatter itself, from the message, its arguments and
any traceback, so a library turned up to DEBUG by hand still cannot write it down.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from typing import TextIO

OUR_LOGGERS = ("bot", "handlers", "storage", "sandbox")
LIBRARY_LOGGERS = ("apscheduler", "httpx", "httpcore", "telegram", "telegram.ext", "aiohttp")
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
REDACTED = "[token]"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RedactingFormatter(logging.Formatter):
    """Format a record, then strike out every secret wherever it appears in the line."""

    def __init__(self, secrets: Iterable[str], fmt: str = FORMAT) -> None:
        super().__init__(fmt)
        # Longest first, so a secret that contains another is struck out whole.
        self.secrets = sorted({s for s in secrets if s}, key=len, reverse=True)

    def format(self, record: logging.LogRecord) -> str:
        """Return the line with each secret replaced by [token]."""
        line = super().format(record)
        for secret in self.secrets:
            line = line.replace(secret, REDACTED)
        return line


class _LinliHandler(logging.StreamHandler[TextIO]):
    """Marks the handler this module installed, so configuring again replaces it."""


def configure_logging(
    level: str = "INFO", secrets: Iterable[str] = (), stream: TextIO | None = None
) -> logging.Handler:
    """Send the log to `stream` (stderr): ours at `level`, libraries at WARNING, no secrets."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _LinliHandler)]:
        root.removeHandler(old)
    handler = _LinliHandler(stream or sys.stderr)
    handler.setFormatter(RedactingFormatter(secrets))
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    for name in LIBRARY_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    for name in OUR_LOGGERS:
        logging.getLogger(name).setLevel(level.upper())
    return handler
