"""Read Bot API parameters from any of the encodings Telegram accepts.

PTB sends `application/x-www-form-urlencoded` with every non-string value JSON-encoded, and
switches to multipart/form-data when a file is uploaded; other clients send JSON bodies or
query strings. Handlers should not care, so every accessor coerces from a string when needed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from sandbox.simulator.api import ApiError, bad_request

_FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")
_TRUE = {"true", "1", "yes"}


@dataclass(frozen=True)
class Upload:
    """A file sent in a multipart part."""

    data: bytes
    filename: str | None
    content_type: str | None


class Params:
    """Typed, lenient access to one request's parameters."""

    def __init__(self, values: dict[str, Any], uploads: dict[str, Upload] | None = None) -> None:
        self.values = values
        self.uploads = uploads or {}

    @classmethod
    async def read(cls, request: web.Request) -> Params:
        """Collect query string, JSON body or form fields (and file parts) of a request."""
        values: dict[str, Any] = dict(request.query)
        uploads: dict[str, Upload] = {}
        if not request.body_exists:
            return cls(values)
        if request.content_type in _FORM_TYPES:
            form = await request.post()
            for key, value in form.items():
                if isinstance(value, web.FileField):
                    uploads[key] = Upload(value.file.read(), value.filename, value.content_type)
                else:
                    values[key] = value
            return cls(values, uploads)
        body = await request.read()
        if body.strip():
            try:
                decoded = json.loads(body)
            except ValueError as exc:
                raise bad_request("can't parse JSON object") from exc
            if not isinstance(decoded, dict):
                raise bad_request("can't parse JSON object")
            values.update(decoded)
        return cls(values, uploads)

    def has(self, name: str) -> bool:
        """Tell whether the parameter was given (and is not null)."""
        return self.values.get(name) is not None or name in self.uploads

    def _required(self, name: str) -> Any:
        value = self.values.get(name)
        if value is None or value == "":
            raise bad_request(f"{name} is empty")
        return value

    def text(self, name: str) -> str | None:
        """Return a string parameter, stringifying numbers sent in JSON bodies."""
        value = self.values.get(name)
        if value is None:
            return None
        return value if isinstance(value, str) else str(value)

    def integer(self, name: str, *, required: bool = False) -> int | None:
        """Return an integer parameter; a malformed one is refused like Telegram does."""
        value = self._required(name) if required else self.values.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            raise bad_request(f"invalid {name} specified")
        if isinstance(value, int):
            return value
        try:
            return int(str(value).strip())
        except ValueError as exc:
            raise bad_request(f"invalid {name} specified") from exc

    def require_int(self, name: str) -> int:
        """Return an integer parameter that must be present."""
        value = self.integer(name, required=True)
        assert value is not None  # _required already refused a missing one
        return value

    def number(self, name: str, *, required: bool = False) -> float | None:
        """Return a float parameter (coordinates)."""
        value = self._required(name) if required else self.values.get(name)
        if value is None:
            return None
        try:
            return float(value)
        except (TypeError, ValueError) as exc:
            raise bad_request(f"invalid {name} specified") from exc

    def flag(self, name: str) -> bool:
        """Return a boolean parameter; absent means False."""
        value = self.values.get(name)
        if isinstance(value, str):
            return value.strip().lower() in _TRUE
        return bool(value)

    def obj(self, name: str) -> Any:
        """Return a structured parameter, decoding it when it arrived as a JSON string."""
        value = self.values.get(name)
        if not isinstance(value, str):
            return value
        try:
            return json.loads(value)
        except ValueError as exc:
            raise bad_request(f"can't parse {name} JSON object") from exc

    def upload(self, name: str) -> Upload | str | None:
        """Return an uploaded file, following `attach://` references, or the string given.

        A string result is a file_id or an HTTP URL, which the caller resolves.
        """
        if name in self.uploads:
            return self.uploads[name]
        value = self.text(name)
        if value is not None and value.startswith("attach://"):
            part = self.uploads.get(value.removeprefix("attach://"))
            if part is None:
                raise bad_request(f"can't find attached file {value!r}")
            return part
        return value


def error_response(error: ApiError) -> web.Response:
    """Render an ApiError as Telegram's JSON error body with the matching HTTP status."""
    return web.json_response(error.body(), status=error.error_code)
