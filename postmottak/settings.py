"""Settings: embedded defaults, overlaid by config.toml, then by the environment.

Secrets never live in config.toml: they come from the environment or files
that the config names.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

ENV_PREFIX = "POSTMOTTAK_"


class SettingsError(ValueError):
    """The configuration cannot be used; the message says which key and why."""


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _env_overrides(environ: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in environ.items():
        if not name.startswith(ENV_PREFIX) or "__" not in name or name == "POSTMOTTAK_CONFIG":
            continue
        section, _, key = name[len(ENV_PREFIX):].lower().partition("__")
        out.setdefault(section, {})[key] = value
    return out


@dataclass
class Settings:
    """Validated settings; `raw` keeps every section for the stages that own them."""

    raw: dict[str, Any] = field(default_factory=dict)
    config_file: Path | None = None

    @property
    def data_dir(self) -> Path:
        return Path(self.raw["general"]["data_dir"])

    @property
    def timezone(self) -> str:
        return self.raw["general"]["timezone"]

    @property
    def database_url(self) -> str:
        url = self.raw["database"].get("url") or ""
        return url or f"sqlite:///{self.data_dir / 'postmottak.db'}"

    def section(self, name: str) -> dict[str, Any]:
        return self.raw.get(name, {})


def load_settings(config: Path | None = None, environ: dict[str, str] | None = None) -> Settings:
    """Defaults, then `config` (or $POSTMOTTAK_CONFIG, or ./config.toml if present), then env."""
    environ = dict(os.environ if environ is None else environ)
    defaults = tomllib.loads(resources.files("postmottak").joinpath("defaults.toml").read_text("utf-8"))
    path = config or (Path(environ["POSTMOTTAK_CONFIG"]) if environ.get("POSTMOTTAK_CONFIG") else None)
    if path is None and Path("config.toml").is_file():
        path = Path("config.toml")
    merged = defaults
    if path is not None:
        try:
            merged = _merge(merged, tomllib.loads(path.read_text("utf-8")))
        except FileNotFoundError as err:
            raise SettingsError(f"config file {path} does not exist") from err
        except tomllib.TOMLDecodeError as err:
            raise SettingsError(f"config file {path} is not valid TOML: {err}") from err
    merged = _merge(merged, _env_overrides(environ))
    settings = Settings(raw=merged, config_file=path)
    try:
        from zoneinfo import ZoneInfo

        ZoneInfo(settings.timezone)
    except Exception as err:
        raise SettingsError(f"general.timezone: unknown time zone {settings.timezone!r}") from err
    return settings
