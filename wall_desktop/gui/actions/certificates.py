"""File → Print: Leader certificates (issue, register, print) and Verify a certificate."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from wall_desktop.gui.print_menu import add_entry, has_programme, print_menu

if TYPE_CHECKING:
    # The dialogs bring reportlab and cryptography (~0.2 s): imported when first opened.
    from wall_desktop.gui.certificates_dialog import CertificatesDialog
    from wall_desktop.gui.verify_dialog import VerifyDialog


class CertificateActions(QObject):
    """The window's certificate entries; ``dialog`` and ``verify`` are the ones open."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("certificate_actions")
        self.window = window
        self.dialog: CertificatesDialog | None = None
        self.verify: VerifyDialog | None = None
        menu = print_menu(window)
        menu.addSection(self.tr("Certificates"))
        add_entry(window, menu, "certificates", self.tr("Leader &certificates…"), self.open)
        add_entry(window, menu, "verify_certificate", self.tr("&Verify a certificate…"), self.check)

    def _scope(self) -> int | None:
        """The neighbourhood selected in the current tab (a neighbourhood or a person), if any."""
        from wall_desktop.services.neighbourhoods import NeighbourhoodRow
        from wall_desktop.services.people_list import PersonRow

        page = self.window.current_page()
        current_row = getattr(page, "current_row", None)
        row = current_row() if callable(current_row) else None
        if isinstance(row, NeighbourhoodRow):
            return row.id
        if isinstance(row, PersonRow):
            return row.neighbourhood_id
        return None

    def open(self) -> None:
        from wall_desktop.gui.certificates_dialog import CertificatesDialog

        if not has_programme(self.window):
            return
        dialog = CertificatesDialog(
            self.window.workspace, self.window, neighbourhood_id=self._scope()
        )
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def check(self) -> None:
        from wall_desktop.gui.verify_dialog import VerifyDialog

        dialog = VerifyDialog(self.window.workspace.ctx, self.window)
        self.verify = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()


def install(window: Any) -> None:
    CertificateActions(window)


def certificate_actions(window: QWidget) -> CertificateActions:
    found = window.findChild(CertificateActions, "certificate_actions")
    assert isinstance(found, CertificateActions)
    return found
