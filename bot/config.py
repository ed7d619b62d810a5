"""Settings read from the environment (and an optional .env file), validated by pydantic.

A missing or malformed value must stop the start with one clear line that names the variable,
so `load_settings()` turns pydantic's ValidationError into `SettingsError` with that line.
"""

from __future__ import annotations

import re
from datetime import time
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.languages import LANGUAGES
from bot.logs import LEVELS

# Settings field -> the environment variable a person would have to fix.
_ENV_NAMES = {
    "telegram_bot_token": "TELEGRAM_BOT_TOKEN",
    "telegram_api_base_url": "TELEGRAM_API_BASE_URL",
    "db": "LINLI_DB",
    "admins": "LINLI_ADMINS",
    "staff_chat": "LINLI_STAFF_CHAT",
    "tz": "LINLI_TZ",
    "lang": "LINLI_LANG",
    "sandbox_port": "LINLI_SANDBOX_PORT",
    "send_rate": "LINLI_SEND_RATE",
    "backup_dir": "LINLI_BACKUP_DIR",
    "backup_keep": "LINLI_BACKUP_KEEP",
    "backup_hour": "LINLI_BACKUP_HOUR",
    "log_level": "LINLI_LOG_LEVEL",
    "health_port": "LINLI_HEALTH_PORT",
    "webhook_url": "LINLI_WEBHOOK_URL",
    "webhook_secret": "LINLI_WEBHOOK_SECRET",
    "webhook_listen": "LINLI_WEBHOOK_LISTEN",
    "webhook_port": "LINLI_WEBHOOK_PORT",
    "council_agenda_max": "LINLI_COUNCIL_AGENDA_MAX",
    "council_publish_days": "LINLI_COUNCIL_PUBLISH_DAYS",
    "topic_review_days": "LINLI_TOPIC_REVIEW_DAYS",
    "committee_chat": "LINLI_COMMITTEE_CHAT_ID",
    "monthly_report": "LINLI_MONTHLY_REPORT",
}
# Telegram's rule for a webhook's secret token.
_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


class SettingsError(Exception):
    """A configuration value is missing or malformed; the message is one line for a person."""


class Settings(BaseSettings):
    """Everything Linli reads from its environment."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr | None = Field(default=None, alias="TELEGRAM_BOT_TOKEN")
    telegram_api_base_url: str | None = Field(default=None, alias="TELEGRAM_API_BASE_URL")
    db: Path = Field(default=Path("linli.db"), alias="LINLI_DB")
    admins: Annotated[frozenset[int], NoDecode] = Field(default=frozenset(), alias="LINLI_ADMINS")
    staff_chat: int | None = Field(default=None, alias="LINLI_STAFF_CHAT")
    tz: str = Field(default="UTC", alias="LINLI_TZ")
    lang: str = Field(default="en", alias="LINLI_LANG")
    # The sandbox's web chat (no Telegram needed); 0 picks any free port.
    sandbox_port: int = Field(default=8080, ge=0, le=65535, alias="LINLI_SANDBOX_PORT")
    # Messages a second the outbox sends in all: under Telegram's ~30 (paid broadcasts allow more).
    send_rate: float = Field(default=25.0, gt=0, le=1000, alias="LINLI_SEND_RATE")
    # Nightly backups: the folder (default: `backups` next to the database), how many days
    # they are kept, and the community's hour they are made at ("off" makes none).
    backup_dir: Path | None = Field(default=None, alias="LINLI_BACKUP_DIR")
    backup_keep: int = Field(default=14, ge=1, le=3650, alias="LINLI_BACKUP_KEEP")
    backup_hour: time | None = Field(default=time(3), alias="LINLI_BACKUP_HOUR")
    # How much our own packages log (libraries always stay at WARNING): bot/logs.py.
    log_level: str = Field(default="INFO", alias="LINLI_LOG_LEVEL")
    # GET /healthz and /metrics on 127.0.0.1 at this port (bot/health.py); unset: off.
    health_port: int | None = Field(default=None, ge=0, le=65535, alias="LINLI_HEALTH_PORT")
    # Webhook mode (bot/webhook.py) instead of long polling, behind a reverse proxy.
    webhook_url: str | None = Field(default=None, alias="LINLI_WEBHOOK_URL")
    webhook_secret: SecretStr | None = Field(default=None, alias="LINLI_WEBHOOK_SECRET")
    webhook_listen: str = Field(default="127.0.0.1", alias="LINLI_WEBHOOK_LISTEN")
    webhook_port: int = Field(default=8443, ge=0, le=65535, alias="LINLI_WEBHOOK_PORT")
    # The council (议事会): topics on one agenda, days before it the agenda goes out, and days
    # a topic may wait for review before staff are reminded.
    council_agenda_max: int = Field(default=8, ge=1, le=50, alias="LINLI_COUNCIL_AGENDA_MAX")
    council_publish_days: int = Field(default=3, ge=0, le=30, alias="LINLI_COUNCIL_PUBLISH_DAYS")
    topic_review_days: int = Field(default=7, ge=1, le=90, alias="LINLI_TOPIC_REVIEW_DAYS")
    # Where the monthly report also goes (a committee group or person), besides the admins.
    committee_chat: int | None = Field(default=None, alias="LINLI_COMMITTEE_CHAT_ID")
    # Send the month's report by itself on the 1st (off: only /stats exports).
    monthly_report: bool = Field(default=True, alias="LINLI_MONTHLY_REPORT")

    @field_validator("admins", mode="before")
    @classmethod
    def _split_admins(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p.strip() for p in value.split(",") if p.strip()]
            return frozenset(int(p) for p in parts)
        return value

    @field_validator("tz")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @field_validator("lang")
    @classmethod
    def _known_language(cls, value: str) -> str:
        value = value.strip().lower()
        if value not in LANGUAGES:
            raise ValueError(f"must be one of {', '.join(LANGUAGES)}")
        return value

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        value = value.strip().upper()
        if value not in LEVELS:
            raise ValueError(f"must be one of {', '.join(LEVELS)}")
        return value

    @field_validator("webhook_secret")
    @classmethod
    def _secret_token(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not _SECRET.fullmatch(value.get_secret_value()):
            raise ValueError("must be 1 to 256 letters, digits, _ or -")
        return value

    @field_validator("telegram_api_base_url", "webhook_url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value

    @field_validator("backup_hour", mode="before")
    @classmethod
    def _hour(cls, value: object) -> object:
        if not isinstance(value, str):
            return value
        text = value.strip().lower()
        if text in ("off", "none", "no", ""):
            return None
        hours, _, minutes = text.partition(":")
        if not hours.isdigit() or (minutes and not minutes.isdigit()):
            raise ValueError("must be an hour like 03:00 (or off)")
        if not (0 <= int(hours) <= 23 and 0 <= int(minutes or 0) <= 59):
            raise ValueError("must be an hour like 03:00 (or off)")
        return time(int(hours), int(minutes or 0))

    @property
    def backups(self) -> Path:
        """Return the folder nightly backups go to."""
        return self.backup_dir or self.db.parent / "backups"

    @property
    def zone(self) -> ZoneInfo:
        """Return the community's time zone."""
        return ZoneInfo(self.tz)

    def require_token(self) -> str:
        """Return the bot token, or stop with a line that says how to get one."""
        if self.telegram_bot_token is None or not self.telegram_bot_token.get_secret_value():
            raise SettingsError(
                "TELEGRAM_BOT_TOKEN is not set: get a token from @BotFather and set it "
                "in the environment or in .env"
            )
        return self.telegram_bot_token.get_secret_value()

    def require_webhook_secret(self) -> str | None:
        """Return the webhook's secret in webhook mode (None when polling), or stop without one."""
        if self.webhook_url is None:
            return None
        if self.webhook_secret is None:
            raise SettingsError(
                "LINLI_WEBHOOK_SECRET is not set: webhook mode needs a secret (letters, digits,"
                " _ or -) so that only Telegram can post updates"
            )
        return self.webhook_secret.get_secret_value()


def load_settings(**overrides: object) -> Settings:
    """Read the settings, turning validation errors into one readable line."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else "?"
        name = _ENV_NAMES.get(field, field)
        raise SettingsError(f"{name} is malformed: {first['msg']}") from None
