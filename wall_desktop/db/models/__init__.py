"""All mapped classes, importable from one place.

The model modules leave out ``from __future__ import annotations``: with it,
SQLAlchemy evaluates every ``Mapped[...]`` string when the classes are made,
which cost 8 ms of each start (#9).  Forward references are quoted instead.
"""

from wall_desktop.db.models.budget import BudgetLine, BudgetTransfer, Expense, ExpenseDocument
from wall_desktop.db.models.meta import ChangeLog, DatabaseInfo, Operator
from wall_desktop.db.models.people import Consent, Enrolment, EnrolmentRole, Person, PersonWord
from wall_desktop.db.models.programme import (
    Neighbourhood,
    NeighbourhoodMentor,
    Programme,
    ProgrammeLogo,
)
from wall_desktop.db.models.projects import (
    Project,
    ProjectLockEvent,
    ProjectMember,
    ResidentsMeeting,
)
from wall_desktop.db.models.records import Certificate, ExportRecord
from wall_desktop.db.models.training import Attendance, TrainingSession

__all__ = [
    "Attendance",
    "BudgetLine",
    "BudgetTransfer",
    "Certificate",
    "ChangeLog",
    "Consent",
    "DatabaseInfo",
    "Enrolment",
    "EnrolmentRole",
    "Expense",
    "ExpenseDocument",
    "ExportRecord",
    "Neighbourhood",
    "NeighbourhoodMentor",
    "Operator",
    "Person",
    "PersonWord",
    "Programme",
    "ProgrammeLogo",
    "Project",
    "ProjectLockEvent",
    "ProjectMember",
    "ResidentsMeeting",
    "TrainingSession",
]
