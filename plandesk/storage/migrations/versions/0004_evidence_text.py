"""evidence text: what was read from each document (text, method, metadata suggestions) and
its accent-folded full-text index (FTS5)

Revision ID: 0004
Revises: 0003
"""
from alembic import op
import sqlalchemy as sa

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('evidence_text',
    sa.Column('evidence_id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('page_count', sa.Integer(), nullable=False),
    sa.Column('pages_done', sa.Integer(), nullable=False),
    sa.Column('needs_ocr', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('metadata_read', sa.JSON(), nullable=False),
    sa.Column('metadata_state', sa.String(length=20), nullable=False),
    sa.Column('read_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['evidence_id'], ['evidence.id'], name=op.f('fk_evidence_text_evidence_id_evidence'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('evidence_id', name=op.f('pk_evidence_text'))
    )
    with op.batch_alter_table('evidence_text', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_text_sha256'), ['sha256'], unique=False)
    # the folded text, searched with FTS5; rowid = evidence id. The trigger keeps it in step
    # when a text row goes (a document removed, a dossier deleted: foreign-key cascades).
    op.execute("CREATE VIRTUAL TABLE evidence_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')")
    op.execute("CREATE TRIGGER evidence_text_after_delete AFTER DELETE ON evidence_text BEGIN "
               "DELETE FROM evidence_fts WHERE rowid = old.evidence_id; END")


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS evidence_text_after_delete")
    op.execute("DROP TABLE IF EXISTS evidence_fts")
    with op.batch_alter_table('evidence_text', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_text_sha256'))

    op.drop_table('evidence_text')
