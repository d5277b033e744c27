"""The funder's workbook: one xlsx with the indicators, people, attendance, projects and money.

Entry points: ``export_workbook`` (read, write, register: the GUI dialog and
``wall-desktop report``) and ``write_workbook`` (write gathered data only).
"""

from wall_desktop.exports.workbook.data import WorkbookData, WorkbookOptions, gather
from wall_desktop.exports.workbook.writer import (
    TargetUnavailable,
    WorkbookResult,
    check_options,
    check_target,
    export_workbook,
    write_workbook,
)

__all__ = [
    "TargetUnavailable",
    "WorkbookData",
    "WorkbookOptions",
    "WorkbookResult",
    "check_options",
    "check_target",
    "export_workbook",
    "gather",
    "write_workbook",
]
