"""Undo entries for changes that are already made when they reach the undo stack."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand


class DoneCommand(QUndoCommand):
    """Qt calls ``redo()`` as a command is pushed; the change is saved by then, so that
    first call does nothing. Subclasses give ``do_again()`` and ``undo()``."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self.do_again()

    def do_again(self) -> None:
        raise NotImplementedError
