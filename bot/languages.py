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
    # Telegram's language_code for setMyCommands ("" is the default list, for everyone else;
    # None: no list of its own, since Telegram names languages by two letters only).
    telegram_code: str | None
    # Lower-case prefixes of a Telegram user's language_code that mean this language.
    telegram_prefixes: tuple[str, ...]
    # dateparser's name of the language.
    date_parser: str


ALL = (
    Language("en", "en", "", ("en",), "en"),
    Language("zh-hans", "zh", "zh", ("zh",), "zh"),
    # Written from zh-hans by `python -m scripts.zh_hant`; Taiwan, Hong Kong and Macau.
    Language("zh-hant", "zh", None, ("zh-hant", "zh-tw", "zh-hk", "zh-mo"), "zh-Hant"),
)
LANGUAGES = tuple(language.code for language in ALL)
BY_CODE = {language.code: language for language in ALL}


def from_telegram(code: str | None) -> str | None:
    """Map a Telegram language_code (zh, zh-CN, en-GB) to one of ours, or None."""
    if not code:
        return None
    code = code.lower()
    # The longest prefix wins: zh-TW is Traditional although "zh" would match it too.
    matches = [
        (len(p), lang.code) for lang in ALL for p in lang.telegram_prefixes if code.startswith(p)
    ]
    return max(matches)[1] if matches else None
