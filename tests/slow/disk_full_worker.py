"""Child side of the disk-full test: saves, an export and a backup under RLIMIT_FSIZE.

``python -m tests.slow.disk_full_worker DB EXPORT`` prints one JSON object:
what each attempt raised and whether the program could go on afterwards.
"""

from __future__ import annotations

import json
import resource
import signal
import sys
from pathlib import Path

from sqlalchemy import func, select

from wall_desktop.app import open_database
from wall_desktop.db.models import Person
from wall_desktop.i18n import set_language
from wall_desktop.services.atomic_files import atomic_write
from wall_desktop.services.backup import make_backup
from wall_desktop.services.storage_errors import WriteFailed


def _limited(limit: int, attempt: object) -> dict[str, object]:
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        attempt()  # type: ignore[operator]
    except WriteFailed as exc:
        return {"error": "WriteFailed", "kind": exc.kind, "message": str(exc)}
    except Exception as exc:
        return {"error": type(exc).__name__, "message": str(exc)}
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    return {"error": None}


def main() -> None:
    set_language("en")
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, not kills
    db_path, export = Path(sys.argv[1]), Path(sys.argv[2])
    db = open_database(db_path, create=False, writer=True, operator="full")
    result: dict[str, object] = {}

    def big_save() -> None:
        with db.write("full") as s:
            for i in range(400):
                s.add(Person(first_name="Duża", last_name=f"Zmiana{i}", notes="x" * 4000))

    wal = db_path.with_name(db_path.name + "-wal")
    room = max(db_path.stat().st_size, wal.stat().st_size if wal.exists() else 0) + 64 * 1024
    result["save"] = _limited(room, big_save)

    def big_export() -> None:
        with atomic_write(export, "wb") as fh:
            for _ in range(64):
                fh.write(b"y" * 65536)

    result["export"] = _limited(1024 * 1024, big_export)
    result["backup"] = _limited(8192, lambda: make_backup(db_path))

    # The program keeps running: the same open database reads and saves again.
    with db.write("full") as s:
        s.add(Person(first_name="Po", last_name="Awarii"))
    with db.read() as s:
        result["people_after"] = s.scalar(select(func.count()).select_from(Person))
    db.dispose()
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
