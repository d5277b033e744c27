"""All mapped classes, importable from one place."""

from wall_desktop.db.models.budget import BudgetLine, BudgetTransfer, Expense, ExpenseDocument
from wall_desktop.db.models.meta import ChangeLog, DatabaseInfo, Operator
from wall_desktop.db.models.people import Consent, Enrolment, EnrolmentRole, Person
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
    "Programme",
    "ProgrammeLogo",
    "Project",
    "ProjectLockEvent",
    "ProjectMember",
    "ResidentsMeeting",
    "TrainingSession",
]
