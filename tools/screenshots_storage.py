#!/usr/bin/env python3
"""PNGs of the read-only banner, the cloud-folder warning and the restore dialog (1366×768).

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots_storage.py [--lang pl]

Works on throw-away copies of the demo programme; the user's files are not touched.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta

from shot_window import OUT, start


def main() -> int:
    app, scratch, language = start("wall-shots-storage-")
    from PySide6.QtWidgets import QApplication

    from wall_desktop.gui.backup_dialogs import RestoreDialog
    from wall_desktop.gui.main_window import MainWindow
    from wall_desktop.gui.storage_dialogs import holder_text
    from wall_desktop.gui.tabs.people import PeopleTab
    from wall_desktop.gui.workspace import Workspace, open_demo, open_workspace
    from wall_desktop.services.backup import make_backup
    from wall_desktop.services.storage_errors import WriterLockHeld

    demo = open_demo("Anna Nowak")
    template = demo.path
    demo.close()
    assert template is not None

    def settle() -> None:
        for _ in range(5):
            QApplication.processEvents()

    def window_on(ws: Workspace) -> MainWindow:
        window = MainWindow(ws)
        window.remember_layout = False
        window.setGeometry(0, 0, 1366, 768)
        window.show()
        window.load_all()
        settle()
        return window

    # 1. another laptop writes to the database: opened read-only, with the banner
    office = scratch / "office"
    office.mkdir()
    path = office / "wall.sqlite"
    shutil.copy(template, path)
    code = (
        "import sys; from pathlib import Path;"
        "from wall_desktop.services.writer_lock import acquire_writer_lock;"
        f"lock = acquire_writer_lock(Path({str(path)!r}), 'Ewa Kowalczyk');"
        "print('held', flush=True); sys.stdin.read()"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    try:
        open_workspace(path, "Anna Nowak", writer=True)
        raise SystemExit("the lock was not refused")
    except WriterLockHeld as err:
        notice = holder_text(err)
    ws = open_workspace(path, "Anna Nowak", read_only=True)
    ws.notice = notice
    window = window_on(ws)
    window.tabs.setCurrentWidget(window.page(PeopleTab))
    settle()
    target = OUT / f"read-only-banner-{language}.png"
    window.grab().save(str(target))
    print(target)
    window.close()
    ws.close()
    child.communicate("")

    # 2. the restore dialog over the window, the newest backup chosen and counted
    clock = datetime.now(UTC)
    for hours, reason in ((70, "startup"), (52, "auto"), (26, "manual"), (5, "auto"), (1, "exit")):
        make_backup(path, reason=reason, clock=lambda h=hours: clock - timedelta(hours=h))
    ws = open_workspace(path, "Anna Nowak", writer=True)
    window = window_on(ws)
    dialog = RestoreDialog(path, window)
    dialog.show()
    dialog.move(window.x() + (1366 - dialog.width()) // 2, window.y() + 150)
    settle()
    target = OUT / f"restore-dialog-{language}.png"
    screen = app.primaryScreen()
    screen.grabWindow(0, 0, 0, 1366, 768).save(str(target))
    print(target)
    dialog.close()
    window.close()
    ws.close()

    # 3. a database inside a Dropbox folder: the warning banner
    synced = scratch / "Dropbox" / "Fundacja WALL"
    synced.mkdir(parents=True)
    cloud = synced / "wall.sqlite"
    shutil.copy(template, cloud)
    ws = open_workspace(cloud, "Anna Nowak", writer=True)
    window = window_on(ws)
    target = OUT / f"cloud-warning-{language}.png"
    window.grab().save(str(target))
    print(target)
    window.close()
    ws.close()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
