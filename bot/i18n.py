"""Every text a person reads comes from here: Fluent catalogs in bot/locales/<lang>/*.ftl.

Why Fluent: plurals and variants live in the translation, not in code, and the .ftl files are
read as they are (no compile step). Each feature has its own file, so features grow apart.
"""

from __future__ import annotations

import logging
from functools import cache
from importlib import resources
from typing import Any

from fluent.runtime import FluentBundle, FluentResource

from bot.languages import BY_CODE, LANGUAGES

log = logging.getLogger(__name__)


@cache
def _bundle(lang: str) -> FluentBundle:
    bundle = FluentBundle([BY_CODE[lang].fluent_locale], use_isolating=False)
    for entry in sorted(catalog_files(lang), key=lambda e: e.name):
        bundle.add_resource(FluentResource(entry.read_text(encoding="utf-8")))
    return bundle


def catalog_files(lang: str) -> list[Any]:
    """Return the .ftl files of one language."""
    folder = resources.files("bot").joinpath("locales", lang)
    return [e for e in folder.iterdir() if e.name.endswith(".ftl")]


def t(lang: str, key: str, **args: Any) -> str:
    """Return the text `key` in `lang`, falling back to English, then to the key itself."""
    for candidate in (lang if lang in LANGUAGES else "en", "en"):
        bundle = _bundle(candidate)
        if bundle.has_message(key):
            pattern = bundle.get_message(key).value
            if pattern is None:
                break
            text, errors = bundle.format_pattern(pattern, args)
            if errors:
                log.warning("catalog %s/%s: %s", candidate, key, errors)
            return str(text)
    log.error("missing catalog key %s", key)
    return key


def has(key: str) -> bool:
    """Return True when `key` is a catalog message (English holds every key)."""
    return _bundle("en").has_message(key)


def every(key: str, **args: Any) -> set[str]:
    """Return the text in every language (to recognise a reply-keyboard button in any)."""
    return {t(lang, key, **args) for lang in LANGUAGES}
