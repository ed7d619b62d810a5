"""Linli's core: configuration, models, services, delivery and the composition root."""

import os

# Opt in to python-telegram-bot's timedelta durations (RetryAfter.retry_after and friends)
# now, as the next major version makes them the only form; it also silences the warning.
os.environ.setdefault("PTB_TIMEDELTA", "1")
