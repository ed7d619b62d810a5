"""Files that users and the bot send, kept in memory and served for download like Telegram's.

Telegram hands out opaque file_ids and serves bytes under a file_path; bots re-send by file_id
and download via getFile. Both paths must work offline for photo and document flows.
"""

from __future__ import annotations

import mimetypes
import struct
import zlib
from dataclasses import dataclass
from typing import Any

JSON = dict[str, Any]


def tiny_png(width: int = 2, height: int = 2) -> bytes:
    """Build a valid, tiny grey PNG so tests need no image files."""

    def chunk(tag: bytes, payload: bytes) -> bytes:
        crc = zlib.crc32(tag + payload) & 0xFFFFFFFF
        return struct.pack(">I", len(payload)) + tag + payload + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


SMALL_PNG = tiny_png()
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(eq=False)
class SimFile:
    """A stored file, downloadable at base_file_url + token + "/" + file_path."""

    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes
    filename: str | None = None
    mime_type: str | None = None
    width: int = 0
    height: int = 0

    def _base(self) -> JSON:
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.data),
        }

    def file_json(self) -> JSON:
        """Return the Bot API File object (getFile)."""
        return {**self._base(), "file_path": self.file_path}

    def photo_json(self) -> list[JSON]:
        """Return the PhotoSize list of a photo message (one size is enough for bots)."""
        return [{**self._base(), "width": self.width, "height": self.height}]

    def document_json(self) -> JSON:
        """Return the Bot API Document object."""
        data = self._base()
        if self.filename:
            data["file_name"] = self.filename
        if self.mime_type:
            data["mime_type"] = self.mime_type
        return data

    def voice_json(self, duration: int) -> JSON:
        """Return the Bot API Voice object."""
        return {**self._base(), "duration": duration, "mime_type": self.mime_type or "audio/ogg"}

    def sticker_json(self, emoji: str | None) -> JSON:
        """Return the Bot API Sticker object of a plain (static, regular) sticker."""
        data: JSON = {**self._base(), "type": "regular", "width": 512, "height": 512}
        data.update(is_animated=False, is_video=False)
        if emoji:
            data["emoji"] = emoji
        return data


def _extension(filename: str | None, mime_type: str | None) -> str:
    if filename and "." in filename:
        return filename.rsplit(".", 1)[-1]
    guessed = mimetypes.guess_extension(mime_type) if mime_type else None
    return (guessed or ".bin").lstrip(".")


_FOLDERS = {"photo": "photos", "document": "documents", "voice": "voice", "sticker": "stickers"}


class FileStore:
    """Every file users or the bot sent, by file_id and by download path."""

    def __init__(self) -> None:
        self.by_id: dict[str, SimFile] = {}
        self.by_path: dict[str, SimFile] = {}

    def add(
        self, data: bytes, kind: str, filename: str | None = None, mime_type: str | None = None
    ) -> SimFile:
        """Store bytes and give them ids and a path like Telegram's "photos/file_3.png"."""
        number = len(self.by_id) + 1
        width, height = (100, 100)
        is_png = data.startswith(_PNG_SIGNATURE) and data[12:16] == b"IHDR"
        if is_png:
            width, height = struct.unpack(">II", data[16:24])
        if kind == "photo":
            # Photos carry no file name on Telegram; their type decides the path's extension.
            filename, mime_type = None, "image/png" if is_png else "image/jpeg"
        elif mime_type is None and filename:
            mime_type = mimetypes.guess_type(filename)[0]
        folder = _FOLDERS.get(kind, "documents")
        sim_file = SimFile(
            file_id=f"{kind}-{number}-AgADsim",
            file_unique_id=f"uniq{number}",
            file_path=f"{folder}/file_{number}.{_extension(filename, mime_type)}",
            data=data,
            filename=filename,
            mime_type=mime_type,
            width=width,
            height=height,
        )
        self.by_id[sim_file.file_id] = sim_file
        self.by_path[sim_file.file_path] = sim_file
        return sim_file
