"""dossier versions: packages written and imported, and the state kept before an import

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('dossier_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user', sa.String(length=200), nullable=False),
    sa.Column('reason', sa.String(length=40), nullable=False),
    sa.Column('submission_id', sa.String(length=160), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('package_sha256', sa.String(length=64), nullable=False),
    sa.Column('summary', sa.JSON(), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], name=op.f('fk_dossier_versions_dossier_id_dossiers'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_versions'))
    )
    with op.batch_alter_table('dossier_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dossier_versions_dossier_id'), ['dossier_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('dossier_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dossier_versions_dossier_id'))

    op.drop_table('dossier_versions')
