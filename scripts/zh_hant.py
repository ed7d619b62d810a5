"""Write the Traditional Chinese catalogs (bot/locales/zh-hant/) from the Simplified ones.

    python -m scripts.zh_hant          # rewrite zh-hant from zh-hans
    python -m scripts.zh_hant --check  # exit 1 when zh-hant is not what zh-hans gives

OpenCC's s2twp profile converts characters and Taiwan's everyday words (信息 -> 訊息), so the
Traditional catalogs follow every change to the Simplified ones with one command; a test
runs the check so they never drift. Message ids, placeholders ({ $name }) and selector keys
are ASCII, so the conversion leaves them as they are; only the words change.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import opencc

LOCALES = Path(__file__).resolve().parents[1] / "bot" / "locales"
SOURCE, TARGET = LOCALES / "zh-hans", LOCALES / "zh-hant"
HEADER = "# Written by `python -m scripts.zh_hant` from zh-hans/{name}: edit that file instead.\n"


# A language's name is written in its own script in every catalog (简体中文 stays 简体中文).
KEEP = ("lang-name-", "btn-language-")


def _convert(converter: opencc.OpenCC, text: str) -> str:
    lines = text.splitlines(keepends=True)
    return "".join(line if line.startswith(KEEP) else converter.convert(line) for line in lines)


def converted() -> dict[str, str]:
    """Return each Traditional catalog file's text, by file name."""
    converter = opencc.OpenCC("s2twp")
    return {
        path.name: HEADER.format(name=path.name) + _convert(converter, path.read_text("utf-8"))
        for path in sorted(SOURCE.glob("*.ftl"))
    }


def main(argv: list[str] | None = None) -> int:
    """Write (or check) the Traditional catalogs; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check they are up to date")
    args = parser.parse_args(argv)
    wanted = converted()
    present = (
        {p.name: p.read_text("utf-8") for p in TARGET.glob("*.ftl")} if TARGET.exists() else {}
    )
    if args.check:
        stale = sorted(
            set(wanted) ^ set(present) | {n for n in wanted if present.get(n) != wanted[n]}
        )
        for name in stale:
            print(f"zh-hant/{name} is not what zh-hans/{name} gives: run python -m scripts.zh_hant")
        return 1 if stale else 0
    TARGET.mkdir(exist_ok=True)
    for name in set(present) - set(wanted):
        (TARGET / name).unlink()
    for name, text in wanted.items():
        (TARGET / name).write_text(text, "utf-8")
    print(f"wrote {len(wanted)} catalogs to {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
