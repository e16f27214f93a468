"""accounts of the optional sign-in, and seals of finalised dossiers

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('accounts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=100), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('password_hash', sa.String(length=300), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_sign_in', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accounts')),
    sa.UniqueConstraint('username', name=op.f('uq_accounts_username'))
    )
    op.create_table('dossier_seals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('sealed_at', sa.DateTime(), nullable=False),
    sa.Column('sealed_by', sa.String(length=200), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('evidence_count', sa.Integer(), nullable=False),
    sa.Column('reopened_at', sa.DateTime(), nullable=True),
    sa.Column('reopened_by', sa.String(length=200), nullable=False),
    sa.Column('reopen_reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], name=op.f('fk_dossier_seals_dossier_id_dossiers'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_seals'))
    )
    with op.batch_alter_table('dossier_seals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dossier_seals_dossier_id'), ['dossier_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('dossier_seals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dossier_seals_dossier_id'))
    op.drop_table('dossier_seals')
    op.drop_table('accounts')
