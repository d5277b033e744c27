"""indexes for #9: none that only writes pay for; a mark's cell; people per neighbourhood

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 07:30:00

Nothing reads rows by ``change_seq`` or the log by anything but its order,
yet every write paid for them: an index entry moved on each changed row and
two more trees as large as the log.  The log is append-only, so its ``id``
follows ``change_seq``.  Saving a mark looks its cell up (live or deleted
row): the person's index becomes (person, session), which serves both.  The
neighbourhoods list counts people per neighbourhood from one partial index,
leaving out the few deleted people found through another.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

# the tracked tables as they stood at 0003
TABLES = (
    'attendance', 'budget_line', 'budget_transfer', 'certificate', 'consent', 'enrolment',
    'enrolment_role', 'expense', 'expense_document', 'export_record', 'neighbourhood',
    'neighbourhood_mentor', 'operator', 'person', 'programme', 'programme_logo', 'project',
    'project_lock_event', 'project_member', 'residents_meeting', 'training_session',
)


def upgrade() -> None:
    for table in TABLES:
        op.drop_index(f'ix_{table}_change_seq', table_name=table)
    op.drop_index('ix_change_log_row_uuid', table_name='change_log')
    op.drop_index('ix_change_log_change_seq', table_name='change_log')
    op.drop_index('ix_attendance_person_id', table_name='attendance')
    op.create_index('ix_attendance_person_session', 'attendance', ['person_id', 'session_id'], unique=False)
    op.create_index('ix_enrolment_programme_counts', 'enrolment', ['programme_id', 'neighbourhood_id', 'status', 'person_id'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
    op.create_index('ix_person_deleted_at', 'person', ['deleted_at'], unique=False, sqlite_where=sa.text('deleted_at IS NOT NULL'), postgresql_where=sa.text('deleted_at IS NOT NULL'))


def downgrade() -> None:
    op.drop_index('ix_person_deleted_at', table_name='person')
    op.drop_index('ix_enrolment_programme_counts', table_name='enrolment')
    op.drop_index('ix_attendance_person_session', table_name='attendance')
    op.create_index('ix_attendance_person_id', 'attendance', ['person_id'], unique=False)
    op.create_index('ix_change_log_change_seq', 'change_log', ['change_seq'], unique=False)
    op.create_index('ix_change_log_row_uuid', 'change_log', ['row_uuid'], unique=False)
    for table in TABLES:
        op.create_index(f'ix_{table}_change_seq', table, ['change_seq'], unique=False)
