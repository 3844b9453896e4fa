"""sources tables: source_snapshot, source_fact, verdict_recheck

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('source_snapshot',
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('retrieved_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('record_id', sqlmodel.sql.sqltypes.AutoString(length=256), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('http_status', sa.Integer(), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('source_snapshot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_source_snapshot_source'), ['source'], unique=False)

    op.create_table('source_fact',
    sa.Column('pack', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=256), nullable=False),
    sa.Column('fact_sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('snapshot_id', sa.Integer(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['snapshot_id'], ['source_snapshot.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('pack', 'kind', 'key')
    )
    with op.batch_alter_table('source_fact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_source_fact_snapshot_id'), ['snapshot_id'], unique=False)

    op.create_table('verdict_recheck',
    sa.Column('fact', sqlmodel.sql.sqltypes.AutoString(length=256), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('verdict_id', sa.Integer(), nullable=False),
    sa.Column('marked_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('done_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['verdict_id'], ['verdict.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('verdict_id', 'fact')
    )
    with op.batch_alter_table('verdict_recheck', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_verdict_recheck_verdict_id'), ['verdict_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('verdict_recheck', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_verdict_recheck_verdict_id'))
    op.drop_table('verdict_recheck')
    with op.batch_alter_table('source_fact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_source_fact_snapshot_id'))
    op.drop_table('source_fact')
    with op.batch_alter_table('source_snapshot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_source_snapshot_source'))
    op.drop_table('source_snapshot')
