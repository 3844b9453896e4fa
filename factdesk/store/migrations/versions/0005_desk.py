"""desk workflow: desk_document (status, assignee), desk_comment, desk_audit; evidence
quote and record address; a review's previous corrected value

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('desk_document',
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('assignee', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ),
    sa.PrimaryKeyConstraint('document_id')
    )
    with op.batch_alter_table('desk_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_desk_document_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_desk_document_assignee'), ['assignee'], unique=False)

    op.create_table('desk_comment',
    sa.Column('author', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=True),
    sa.Column('run_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], ),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ),
    sa.ForeignKeyConstraint(['run_id'], ['run.id'], ),
    sa.ForeignKeyConstraint(['user_id'], ['review_user.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('desk_comment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_desk_comment_document_id'), ['document_id'], unique=False)

    op.create_table('desk_audit',
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('field', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.Column('claim_text', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=True),
    sa.Column('run_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], ),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ),
    sa.ForeignKeyConstraint(['run_id'], ['run.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('desk_audit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_desk_audit_document_id'), ['document_id'], unique=False)

    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.add_column(sa.Column('quote', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('record', sqlmodel.sql.sqltypes.AutoString(length=256), nullable=True))
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.add_column(sa.Column('old_correction', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.drop_column('old_correction')
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.drop_column('record')
        batch_op.drop_column('quote')
    with op.batch_alter_table('desk_audit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_desk_audit_document_id'))
    op.drop_table('desk_audit')
    with op.batch_alter_table('desk_comment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_desk_comment_document_id'))
    op.drop_table('desk_comment')
    with op.batch_alter_table('desk_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_desk_document_assignee'))
        batch_op.drop_index(batch_op.f('ix_desk_document_status'))
    op.drop_table('desk_document')
