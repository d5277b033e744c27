"""programme logos, Polish sort key for people

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 03:35:02.330205
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from wall_desktop.text_keys import person_sort_key

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('programme_logo',
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=50), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_programme_logo_programme_id_programme'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programme_logo')),
    sa.UniqueConstraint('uuid', name=op.f('uq_programme_logo_uuid'))
    )
    with op.batch_alter_table('programme_logo', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_programme_logo_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_programme_logo_programme_id'), ['programme_id'], unique=False)

    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('sort_key', sa.String(length=210), nullable=False, server_default='')
        )
        batch_op.create_index(batch_op.f('ix_person_sort_key'), ['sort_key'], unique=False)

    # Fill the key for the people already stored (the flush hook keeps it from now on).
    bind = op.get_bind()
    people = sa.table(
        'person', sa.column('id'), sa.column('first_name'), sa.column('last_name'),
        sa.column('sort_key'),
    )
    rows = bind.execute(sa.select(people.c.id, people.c.first_name, people.c.last_name)).all()
    if rows:
        bind.execute(
            people.update().where(people.c.id == sa.bindparam('pid')).values(
                sort_key=sa.bindparam('key')
            ),
            [{'pid': pid, 'key': person_sort_key(first or '', last or '')} for pid, first, last in rows],
        )



def downgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_sort_key'))
        batch_op.drop_column('sort_key')

    with op.batch_alter_table('programme_logo', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_programme_logo_programme_id'))
        batch_op.drop_index(batch_op.f('ix_programme_logo_change_seq'))

    op.drop_table('programme_logo')
