"""budget transfers, project unlocks, the export register, certificate keys

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 00:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('programme', schema=None) as batch_op:
        batch_op.add_column(sa.Column('data_controller', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('data_purpose', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('signing_public_key', sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column('signing_private_key', sa.LargeBinary(), nullable=True))

    op.create_table('export_record',
    sa.Column('programme_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('scope', sa.Text(), nullable=True),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_export_record_programme_id_programme'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_export_record')),
    sa.UniqueConstraint('uuid', name=op.f('uq_export_record_uuid'))
    )
    with op.batch_alter_table('export_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_export_record_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_export_record_programme_id'), ['programme_id'], unique=False)

    op.create_table('project_lock_event',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_lock_event_project_id_project'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_lock_event')),
    sa.UniqueConstraint('uuid', name=op.f('uq_project_lock_event_uuid'))
    )
    with op.batch_alter_table('project_lock_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_lock_event_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_lock_event_project_id'), ['project_id'], unique=False)

    op.create_table('budget_transfer',
    sa.Column('from_line_id', sa.Integer(), nullable=False),
    sa.Column('to_line_id', sa.Integer(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['from_line_id'], ['budget_line.id'], name=op.f('fk_budget_transfer_from_line_id_budget_line'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['to_line_id'], ['budget_line.id'], name=op.f('fk_budget_transfer_to_line_id_budget_line'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_budget_transfer')),
    sa.UniqueConstraint('uuid', name=op.f('uq_budget_transfer_uuid'))
    )
    with op.batch_alter_table('budget_transfer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_budget_transfer_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_budget_transfer_from_line_id'), ['from_line_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_budget_transfer_to_line_id'), ['to_line_id'], unique=False)



def downgrade() -> None:
    op.drop_table('budget_transfer')
    op.drop_table('project_lock_event')
    op.drop_table('export_record')
    with op.batch_alter_table('programme', schema=None) as batch_op:
        batch_op.drop_column('signing_private_key')
        batch_op.drop_column('signing_public_key')
        batch_op.drop_column('data_purpose')
        batch_op.drop_column('data_controller')
