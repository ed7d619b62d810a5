"""Command line: `python -m bot` (or `linli`) runs the bot with long polling.

Without a TELEGRAM_BOT_TOKEN it starts the sandbox instead (the real bot against a fake
Telegram, with a web chat on 127.0.0.1), so a fresh machine has something to try at once.
`linli backup [PATH]`, `linli restore FILE` and `linli check` look after the database file
(bot/maintenance.py).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from bot import maintenance
from bot.config import Settings, SettingsError, load_settings
from bot.logs import OUR_LOGGERS
from bot.logs import configure_logging as _configure_logging
from bot.maintenance import refuse_newer

__all__ = ["OUR_LOGGERS", "configure_logging", "main"]

OPERATOR_COMMANDS = ("backup", "restore", "check")


def configure_logging(settings: Settings | None = None) -> None:
    """Log one line per thing an operator cares about (bot/logs.py), the token struck out."""
    if settings is None:
        _configure_logging()
        return
    secrets = [settings.telegram_bot_token, settings.webhook_secret]
    _configure_logging(settings.log_level, [s.get_secret_value() for s in secrets if s])


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="linli", description="Linli, the community front desk")
    parser.add_argument(
        "command",
        nargs="?",
        default="run",
        choices=["run", "sandbox", *OPERATOR_COMMANDS],
        help="run: serve Telegram with long polling (default; the sandbox when no token is "
        "set); sandbox: the bot against a fake Telegram, with a web chat; backup [PATH]: "
        "back the database up now (the bot may be running); restore FILE: put a backup in "
        "the database's place (stop the bot first); check: the database's health",
    )
    parser.add_argument(
        "path", nargs="?", type=Path, help="backup: where to write; restore: the backup to use"
    )
    sandbox = parser.add_argument_group("sandbox")
    sandbox.add_argument(
        "--port", type=int, help="web chat port (default: LINLI_SANDBOX_PORT, else 8080)"
    )
    sandbox.add_argument(
        "--db", type=Path, help="the sandbox's own database file (default: sandbox.db)"
    )
    sandbox.add_argument(
        "--demo", action="store_true", help="seed a demo community: buildings, residents, requests"
    )
    return parser


def _sandbox(args: argparse.Namespace, settings: Settings, *, why: str = "") -> int:
    from sandbox.web.runner import DEFAULT_DB, SandboxOptions, run

    port = settings.sandbox_port if args.port is None else args.port
    if not 0 <= port <= 65535:
        print(f"linli: --port must be 0 to 65535, not {port}", file=sys.stderr)
        return 2
    if why:
        where = f"http://127.0.0.1:{port}" if port else "a free port on 127.0.0.1"
        print(f"linli: {why}: starting the sandbox, a web chat at {where}", file=sys.stderr)
    configure_logging(settings)
    options = SandboxOptions(port=port, db=args.db or DEFAULT_DB, demo=args.demo)
    return run(options, settings)


def _operate(args: argparse.Namespace, settings: Settings) -> int:
    if args.port is not None or args.db is not None or args.demo:
        print("linli: --port, --db and --demo are for the sandbox", file=sys.stderr)
        return 2
    if args.command == "restore" and args.path is None:
        print("linli restore: name the backup file to restore", file=sys.stderr)
        return 2
    if args.command == "check" and args.path is not None:
        print(f"linli check: checks LINLI_DB and takes no file: {args.path}", file=sys.stderr)
        return 2
    configure_logging(settings)
    return maintenance.run(args.command, args.path, settings)


def main(argv: list[str] | None = None) -> int:
    """Run the bot (or the sandbox); a configuration problem stops it with one clear line."""
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"linli: {exc}", file=sys.stderr)
        return 2
    if args.command in OPERATOR_COMMANDS:
        return _operate(args, settings)
    if args.path is not None:
        print(f"linli: {args.command} takes no file: {args.path}", file=sys.stderr)
        return 2
    if args.command == "sandbox":
        return _sandbox(args, settings)
    try:
        settings.require_token()
    except SettingsError:
        return _sandbox(args, settings, why="TELEGRAM_BOT_TOKEN is not set (no Telegram)")
    if args.port is not None or args.db is not None or args.demo:
        print(
            "linli: --port, --db and --demo are for the sandbox: "
            "run `python -m bot sandbox` with them",
            file=sys.stderr,
        )
        return 2
    try:
        settings.require_webhook_secret()
    except SettingsError as exc:
        print(f"linli: {exc}", file=sys.stderr)
        return 2
    refusal = refuse_newer(settings)
    if refusal is not None:
        print(refusal, file=sys.stderr)
        return 2
    configure_logging(settings)
    from bot.app import build_application

    application = build_application(settings)
    if settings.webhook_url:
        from bot.lifecycle import run_webhook

        asyncio.run(run_webhook(application, settings))
        return 0
    application.run_polling(allowed_updates=["message", "callback_query"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
