"""Turn message text as a bot sends it into what Telegram stores: plain text plus entities.

Telegram parses `parse_mode="HTML"` strictly (an unescaped `<` or an unknown tag is a 400),
counts limits on the parsed text, measures entity offsets in UTF-16 code units and trims
surrounding whitespace. Doing the same here lets tests catch unescaped user input and texts
that only overflow once markup is gone.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

from sandbox.simulator.api import bad_request

Entity = dict[str, Any]

_SIMPLE_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "code": "code",
    "pre": "pre",
}
_ATTR_TAGS = {"a", "span", "blockquote", "tg-emoji"}
_VALUE = r"""(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?"""
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+" + _VALUE + r")*)\s*>")
_ATTR = re.compile(r"([a-zA-Z-]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+)))?")
_CHAR_REF = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|lt|gt|amp|quot);")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


def utf16_len(text: str) -> int:
    """Measure text the way Telegram measures entity offsets and lengths."""
    return len(text.encode("utf-16-le")) // 2


@dataclass
class _Open:
    tag: str
    offset: int
    entity: Entity | None
    children: list[Entity] = field(default_factory=list)


def _byte_offset(source: str, index: int) -> int:
    return len(source[:index].encode("utf-8"))


def _entity_for(tag: str, attrs: dict[str, str], stack: list[_Open]) -> Entity | None:
    """Map a start tag to the entity it opens (None when it opens nothing, like `<a>`)."""
    if tag in _SIMPLE_TAGS:
        entity: Entity = {"type": _SIMPLE_TAGS[tag]}
        language = attrs.get("class", "")
        if tag == "code" and stack and stack[-1].tag == "pre" and language.startswith("language-"):
            pre = stack[-1].entity
            if pre is not None:
                pre["language"] = language.removeprefix("language-")
            return None
        return entity
    if tag == "a":
        href = attrs.get("href")
        return {"type": "text_link", "url": href} if href else None
    if tag == "span" and attrs.get("class") == "tg-spoiler":
        return {"type": "spoiler"}
    if tag == "blockquote":
        return {"type": "expandable_blockquote" if "expandable" in attrs else "blockquote"}
    if tag == "tg-emoji" and attrs.get("emoji-id"):
        return {"type": "custom_emoji", "custom_emoji_id": attrs["emoji-id"]}
    return None


def _parse_attrs(chunk: str) -> dict[str, str]:
    attrs: dict[str, str] = {}
    for match in _ATTR.finditer(chunk):
        name, dq, sq, bare = match.groups()
        value = next((v for v in (dq, sq, bare) if v is not None), "")
        attrs[name.lower()] = html.unescape(value)
    return attrs


def parse_html(source: str) -> tuple[str, list[Entity]]:
    """Parse Telegram-flavoured HTML into (plain text, entities) or refuse it with a 400."""
    out: list[str] = []
    units = 0  # UTF-16 length of what is in `out`
    stack: list[_Open] = []
    entities: list[Entity] = []
    i = 0
    while i < len(source):
        char = source[i]
        if char == "<":
            match = _TAG.match(source, i)
            if match is None:
                raise bad_request(
                    "can't parse entities: Unsupported start tag at byte offset "
                    f"{_byte_offset(source, i)}"
                )
            closing, name, attr_chunk = match.group(1), match.group(2).lower(), match.group(3)
            if name not in _SIMPLE_TAGS and name not in _ATTR_TAGS:
                raise bad_request(
                    f'can\'t parse entities: Unsupported start tag "{name}" at byte offset '
                    f"{_byte_offset(source, i)}"
                )
            if closing:
                if not stack or stack[-1].tag != name:
                    expected = f"</{stack[-1].tag}>" if stack else "nothing"
                    raise bad_request(
                        "can't parse entities: Unmatched end tag at byte offset "
                        f'{_byte_offset(source, i)}, expected "{expected}", found "</{name}>"'
                    )
                opened = stack.pop()
                if opened.entity is not None and units > opened.offset:
                    entities.append(
                        {**opened.entity, "offset": opened.offset, "length": units - opened.offset}
                    )
            else:
                entity = _entity_for(name, _parse_attrs(attr_chunk), stack)
                stack.append(_Open(name, units, entity))
            i = match.end()
            continue
        if char == "&" and (ref := _CHAR_REF.match(source, i)) is not None:
            char = _decode_ref(ref.group(1))
            i = ref.end()
        else:
            i += 1
        out.append(char)
        units += utf16_len(char)
    if stack:
        raise bad_request(
            f"can't parse entities: Can't find end tag corresponding to start tag \"{stack[-1].tag}\""
        )
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def _decode_ref(ref: str) -> str:
    if ref in _NAMED:
        return _NAMED[ref]
    code = int(ref[2:], 16) if ref[1] in "xX" else int(ref[1:])
    try:
        return chr(code)
    except (ValueError, OverflowError) as exc:
        raise bad_request("can't parse entities: invalid character reference") from exc


def _trim(text: str, entities: list[Entity]) -> tuple[str, list[Entity]]:
    """Strip surrounding whitespace as Telegram does, keeping entities on the same characters."""
    stripped = text.strip()
    if stripped == text:
        return text, entities
    shift = utf16_len(text[: len(text) - len(text.lstrip())])
    end = utf16_len(stripped)
    kept: list[Entity] = []
    for entity in entities:
        start = max(entity["offset"] - shift, 0)
        stop = min(entity["offset"] + entity["length"] - shift, end)
        if stop > start:
            kept.append({**entity, "offset": start, "length": stop - start})
    return stripped, kept


def parse_text(
    raw: str, parse_mode: str | None, entities: list[Entity] | None
) -> tuple[str, list[Entity]]:
    """Return the plain text and entities Telegram would store for a text or caption."""
    mode = (parse_mode or "").lower()
    if mode == "html":
        plain, parsed = parse_html(raw)
    elif mode in ("markdown", "markdownv2"):
        # Markdown is not parsed into entities here; dropping escapes keeps the text readable.
        plain, parsed = re.sub(r"\\(.)", r"\1", raw), []
    elif mode == "":
        plain, parsed = raw, [dict(e) for e in entities or [] if isinstance(e, dict)]
    else:
        raise bad_request(f"unsupported parse_mode {parse_mode!r}")
    return _trim(plain, parsed)


def command_entities(text: str) -> list[Entity]:
    """Mark a leading "/command" (with an optional "@bot") the way Telegram clients do."""
    if not text.startswith("/"):
        return []
    command = text.split(maxsplit=1)[0]
    return [{"type": "bot_command", "offset": 0, "length": utf16_len(command)}]
