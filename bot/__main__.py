"""Command line: `python -m bot` (or `linli`) runs the bot with long polling."""

from __future__ import annotations

import argparse
import logging
import sys

from bot.config import SettingsError, load_settings


def _logging() -> None:
    logging.basicConfig(
        format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=logging.INFO
    )
    # httpx logs every request URL, and the URL carries the bot token: keep it quiet.
    logging.getLogger("httpx").setLevel(logging.WARNING)


def main(argv: list[str] | None = None) -> int:
    """Run the bot; a configuration problem stops it with one clear line."""
    parser = argparse.ArgumentParser(prog="linli", description="Linli, the community front desk")
    parser.add_argument(
        "command",
        nargs="?",
        default="run",
        choices=["run"],
        help="run: serve Telegram with long polling (default)",
    )
    parser.parse_args(argv)
    try:
        settings = load_settings()
        settings.require_token()
    except SettingsError as exc:
        print(f"linli: {exc}", file=sys.stderr)
        return 2
    _logging()
    from bot.app import build_application

    application = build_application(settings)
    application.run_polling(allowed_updates=["message", "callback_query"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
