"""the words of each person's search key, for name searches by index

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 08:30:00

A name search wants the people having a word that starts with each typed
word; with only ``person.search_key`` that meant reading every key with
``instr``.  ``person_word`` holds each word of the key (split at spaces and
hyphens) under an index; the flush hook keeps it from now on.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from wall_desktop.text_keys import key_words

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('person_word',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('word', sa.String(length=210), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_person_word_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_word'))
    )
    op.create_index('ix_person_word_word', 'person_word', ['word', 'person_id'], unique=False)
    op.create_index(op.f('ix_person_word_person_id'), 'person_word', ['person_id'], unique=False)

    # The words of the people already stored, deleted ones too (as their keys are kept).
    bind = op.get_bind()
    people = sa.table('person', sa.column('id'), sa.column('search_key'))
    words = sa.table('person_word', sa.column('person_id'), sa.column('word'))
    rows = bind.execute(sa.select(people.c.id, people.c.search_key)).all()
    found = [{'person_id': pid, 'word': w} for pid, key in rows for w in key_words(key or '')]
    if found:
        bind.execute(words.insert(), found)


def downgrade() -> None:
    op.drop_index(op.f('ix_person_word_person_id'), table_name='person_word')
    op.drop_index('ix_person_word_word', table_name='person_word')
    op.drop_table('person_word')
