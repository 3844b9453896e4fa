"""review tables: review_user (accounts) and review (editors' decisions)

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('review_user',
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('password_hash', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('review_user', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_user_name'), ['name'], unique=True)

    op.create_table('review',
    sa.Column('reviewer', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('old_label', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('new_label', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('correction', sa.Text(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('run_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], ),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ),
    sa.ForeignKeyConstraint(['run_id'], ['run.id'], ),
    sa.ForeignKeyConstraint(['user_id'], ['review_user.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_claim_id'), ['claim_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_new_label'), ['new_label'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_new_label'))
        batch_op.drop_index(batch_op.f('ix_review_document_id'))
        batch_op.drop_index(batch_op.f('ix_review_claim_id'))

    op.drop_table('review')
    with op.batch_alter_table('review_user', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_user_name'))

    op.drop_table('review_user')
