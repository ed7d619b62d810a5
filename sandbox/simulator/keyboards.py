"""Validate reply markup like Telegram does, and read buttons back out of it.

Telegram refuses malformed keyboards (callback data over 64 bytes, a button without an action,
an unknown markup object) with a 400; a bot that only ever ran against a lenient fake would
meet those errors for the first time in production.
"""

from __future__ import annotations

from typing import Any

from sandbox.simulator.api import ApiError, bad_request

Markup = dict[str, Any]

_INLINE_ACTIONS = (
    "callback_data",
    "url",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
_MARKUP_KINDS = ("inline_keyboard", "keyboard", "remove_keyboard", "force_reply")
_URL_PREFIXES = ("http://", "https://", "tg://")


def _markup_error() -> ApiError:
    return bad_request("can't parse reply keyboard markup JSON object")


def _rows(markup: Markup, key: str) -> list[list[Any]]:
    rows = markup.get(key)
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise _markup_error()
    return rows


def _check_inline_button(button: Any) -> None:
    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
        raise bad_request(
            'can\'t parse inline keyboard button: Field "text" must be of type String'
        )
    actions = [name for name in _INLINE_ACTIONS if button.get(name) is not None]
    if not actions:
        raise bad_request(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
        )
    data = button.get("callback_data")
    if data is not None and not 1 <= len(str(data).encode("utf-8")) <= 64:
        raise bad_request("BUTTON_DATA_INVALID")
    url = button.get("url")
    if url is not None and not str(url).startswith(_URL_PREFIXES):
        raise bad_request("BUTTON_URL_INVALID")


def _check_reply_button(button: Any) -> None:
    text = button if isinstance(button, str) else (button or {}).get("text")
    if not isinstance(text, str) or not text:
        raise bad_request('can\'t parse keyboard button: Field "text" must be of type String')


def validate_markup(markup: Any, *, inline_only: bool = False) -> Markup | None:
    """Return the markup if Telegram would accept it, else raise the 400 Telegram sends."""
    if markup is None or markup == {}:
        # PTB serialises an empty InlineKeyboardMarkup as "{}"; Telegram reads it as "none".
        return None
    if not isinstance(markup, dict) or not any(kind in markup for kind in _MARKUP_KINDS):
        raise _markup_error()
    if inline_only and "inline_keyboard" not in markup:
        raise bad_request("inline keyboard expected")
    if "inline_keyboard" in markup:
        for row in _rows(markup, "inline_keyboard"):
            for button in row:
                _check_inline_button(button)
    elif "keyboard" in markup:
        for row in _rows(markup, "keyboard"):
            for button in row:
                _check_reply_button(button)
    return markup


def is_inline(markup: Markup | None) -> bool:
    """Tell whether markup is an inline keyboard (the only kind a Message carries back)."""
    return markup is not None and "inline_keyboard" in markup


def inline_buttons(markup: Markup | None) -> list[dict[str, Any]]:
    """Flatten an inline keyboard into its buttons, row by row."""
    if not is_inline(markup):
        return []
    assert markup is not None
    return [button for row in markup["inline_keyboard"] for button in row]


def reply_buttons(markup: Markup | None) -> list[list[dict[str, Any]]] | None:
    """Return a reply keyboard's buttons as dicts (strings normalised), or None."""
    if markup is None or "keyboard" not in markup:
        return None
    return [
        [{"text": button} if isinstance(button, str) else dict(button) for button in row]
        for row in markup["keyboard"]
    ]
