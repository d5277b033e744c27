"""Per-laptop settings (language, operator, recent databases), stored as JSON. Qt-free."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

SETTINGS_ENV = "WALL_DESKTOP_CONFIG_DIR"
MAX_RECENT = 8


def config_dir() -> Path:
    override = os.environ.get(SETTINGS_ENV)
    if override:
        return Path(override)
    from platformdirs import user_config_path

    return user_config_path("wall-desktop", appauthor=False)


@dataclass
class Settings:
    language: str = "pl"
    operator: str | None = None
    recent_databases: list[str] = field(default_factory=list)

    def remember_database(self, path: str) -> None:
        self.recent_databases = [path] + [p for p in self.recent_databases if p != path]
        del self.recent_databases[MAX_RECENT:]


def load_settings(folder: Path | None = None) -> Settings:
    path = (folder or config_dir()) / "settings.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    known = {k: v for k, v in data.items() if k in Settings.__dataclass_fields__}
    try:
        return Settings(**known)
    except TypeError:
        return Settings()


def save_settings(settings: Settings, folder: Path | None = None) -> None:
    """Written to a temporary file and renamed, so a crash never leaves half a file."""
    folder = folder or config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".json", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(asdict(settings), fh, ensure_ascii=False, indent=2)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, folder / "settings.json")
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
