"""evidence text: what was read from each document (text, method, metadata suggestions) and
its accent-folded full-text index (FTS5 on SQLite; on PostgreSQL a table of folded text
parts with a generated tsvector and a GIN index)

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

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
    if op.get_bind().dialect.name == "sqlite":
        # the folded text, searched with FTS5; rowid = evidence id. The trigger keeps it in step
        # when a text row goes (a document removed, a dossier deleted: foreign-key cascades).
        op.execute("CREATE VIRTUAL TABLE evidence_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')")
        op.execute("CREATE TRIGGER evidence_text_after_delete AFTER DELETE ON evidence_text BEGIN "
                   "DELETE FROM evidence_fts WHERE rowid = old.evidence_id; END")
    else:
        # PostgreSQL: the folded words in parts of a few thousand words (a tsvector keeps word
        # positions up to 16383 and holds at most 1 MB), each with its tsvector ('simple': the
        # words are already folded, nothing to stem); the cascade keeps it in step.
        op.create_table('evidence_search',
        sa.Column('evidence_id', sa.Integer(), nullable=False),
        sa.Column('part', sa.Integer(), nullable=False),
        sa.Column('body', sa.Text(), nullable=False),
        sa.Column('words', postgresql.TSVECTOR(),
                  sa.Computed("to_tsvector('simple'::regconfig, body)", persisted=True), nullable=False),
        sa.ForeignKeyConstraint(['evidence_id'], ['evidence_text.evidence_id'],
                                name=op.f('fk_evidence_search_evidence_id_evidence_text'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('evidence_id', 'part', name=op.f('pk_evidence_search'))
        )
        op.create_index(op.f('ix_evidence_search_words'), 'evidence_search', ['words'], unique=False,
                        postgresql_using='gin')


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS evidence_text_after_delete")
        op.execute("DROP TABLE IF EXISTS evidence_fts")
    else:
        op.drop_table('evidence_search')
    with op.batch_alter_table('evidence_text', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_text_sha256'))

    op.drop_table('evidence_text')
