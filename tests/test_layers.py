"""SQL only in storage: no text outside storage/ reads like a statement (written in capitals).

The import contracts (pyproject.toml, run by `lint-imports` in CI) keep the layers apart;
this test covers what imports cannot show, a query written as a string in a service.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SQL = re.compile(
    r"^\s*(SELECT\s.+\sFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM"
    r"|CREATE\s+(TABLE|INDEX)|PRAGMA\s)",
    re.DOTALL,
)


def _strings(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]


def test_no_module_outside_storage_holds_a_query() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line}: {text[:60]!r}"
        for package in ("bot", "handlers", "sandbox")
        for path in sorted((ROOT / package).rglob("*.py"))
        for line, text in _strings(path)
        if SQL.match(text)
    ]
    assert found == []


def test_the_check_recognises_a_query_when_it_sees_one() -> None:
    assert SQL.match("SELECT id FROM requests WHERE status = ?")
    assert SQL.match("INSERT OR IGNORE INTO outbox (chat_id) VALUES (?)")
    assert not SQL.match("Select a building from the list")
