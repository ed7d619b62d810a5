"""The deployment files: the systemd unit, the env example, the image and the compose file."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from bot.config import Settings

ROOT = Path(__file__).resolve().parent.parent
UNIT = ROOT / "deploy" / "linli.service"


def _unit() -> configparser.ConfigParser:
    # systemd units are INI files; keys are case-sensitive and may repeat (strict=False).
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(UNIT.read_text(encoding="utf-8"))
    return parser


def test_the_unit_runs_as_linli_from_its_env_file_with_the_database_in_var_lib() -> None:
    service = _unit()["Service"]
    assert service["User"] == "linli"
    assert service["EnvironmentFile"] == "/etc/linli/linli.env"
    assert service["StateDirectory"] == "linli"
    assert service["Environment"] == "LINLI_DB=/var/lib/linli/linli.db"
    assert service["ExecStart"].endswith("/linli")
    assert service["Restart"] == "on-failure"
    assert _unit()["Install"]["WantedBy"] == "multi-user.target"


def test_the_unit_is_hardened_and_may_write_only_its_state_directory() -> None:
    service = _unit()["Service"]
    assert service["NoNewPrivileges"] == "yes"
    assert service["ProtectSystem"] == "strict"
    assert service["ReadWritePaths"] == "/var/lib/linli"
    assert service["ProtectHome"] == "yes"
    assert service["CapabilityBoundingSet"] == ""


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze not here")
def test_systemd_analyze_verifies_the_unit(tmp_path: Path) -> None:
    # The unit names /opt/linli/bin/linli, which this machine lacks: verify a copy whose
    # ExecStart is a program that exists, so that everything else is what is checked.
    copy = tmp_path / "linli.service"
    text = re.sub(r"^ExecStart=.*$", "ExecStart=/bin/true", UNIT.read_text(), flags=re.M)
    copy.write_text(text)
    result = subprocess.run(
        ["systemd-analyze", "verify", str(copy)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "", result.stderr


def test_the_env_example_names_every_setting() -> None:
    text = (ROOT / "deploy" / "linli.env.example").read_text(encoding="utf-8")
    named = set(re.findall(r"^#?([A-Z][A-Z0-9_]+)=", text, flags=re.M))
    settings = {field.alias for field in Settings.model_fields.values() if field.alias}
    assert settings - named == set()


def test_the_image_runs_linli_as_a_user_with_the_database_on_the_data_volume() -> None:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert re.findall(r"^FROM (\S+)", text, flags=re.M) == ["python:3.12-slim", "python:3.12-slim"]
    users = re.findall(r"^USER (\S+)", text, flags=re.M)
    assert users and users[-1] not in {"root", "0"}
    assert 'VOLUME ["/data"]' in text and "LINLI_DB=/data/linli.db" in text
    assert text.rstrip().endswith('CMD ["linli"]')


def test_the_image_never_takes_a_database_or_a_token() -> None:
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert {"*.db", ".env", "linli.env", ".git"} <= set(ignored)


def test_compose_keeps_the_database_on_a_volume_restarts_and_checks_healthz() -> None:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
    linli = compose["services"]["linli"]
    assert linli["restart"] == "unless-stopped"
    assert linli["env_file"] == "linli.env"
    assert "linli-data:/data" in linli["volumes"] and "linli-data" in compose["volumes"]
    port = linli["environment"]["LINLI_HEALTH_PORT"]
    assert f"http://127.0.0.1:{port}/healthz" in " ".join(linli["healthcheck"]["test"])
