"""The languages Linli speaks: adding one is a catalog folder (bot/locales/<code>/) and a line here.

Every other module asks this one: settings check a default against it, the catalogs load
its folders, Telegram's `language_code` is matched by its prefixes, setMyCommands publishes a
list per Telegram code, and the date reader tries each language's dateparser code.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    """One language: our code (the catalog folder), and how other tools name it."""

    code: str
    # Fluent's locale for plural rules and number formats.
    fluent_locale: str
    # Telegram's language_code for setMyCommands ("" is the default list, for everyone else).
    telegram_code: str
    # Lower-case prefixes of a Telegram user's language_code that mean this language.
    telegram_prefixes: tuple[str, ...]
    # dateparser's name of the language.
    date_parser: str


ALL = (
    Language("en", "en", "", ("en",), "en"),
    Language("zh-hans", "zh", "zh", ("zh",), "zh"),
)
LANGUAGES = tuple(language.code for language in ALL)
BY_CODE = {language.code: language for language in ALL}


def from_telegram(code: str | None) -> str | None:
    """Map a Telegram language_code (zh, zh-CN, en-GB) to one of ours, or None."""
    if not code:
        return None
    code = code.lower()
    for language in ALL:
        if code.startswith(language.telegram_prefixes):
            return language.code
    return None
