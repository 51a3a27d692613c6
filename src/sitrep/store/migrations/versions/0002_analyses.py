"""Analysis results: one row per analysed document, one per annotation.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create ``analyses`` and ``annotations``."""
    op.create_table(
        "analyses",
        sa.Column("document_key", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(), nullable=True),
        sa.Column("stages", sa.String(), nullable=False),
        sa.Column("problems", sa.Text(), nullable=True),
        sa.Column("analyzed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["document_key"], ["documents.key"],
                                name=op.f("fk_analyses_document_key_documents")),
        sa.PrimaryKeyConstraint("document_key", name=op.f("pk_analyses")),
    )
    op.create_table(
        "annotations",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_key", sa.String(length=64), nullable=False),
        sa.Column("layer", sa.String(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(), nullable=True),
        sa.Column("side", sa.String(), nullable=True),
        sa.Column("actor", sa.String(), nullable=True),
        sa.Column("record", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["document_key"], ["documents.key"],
                                name=op.f("fk_annotations_document_key_documents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_annotations")),
    )
    for column in ("document_key", "layer", "label", "actor"):
        op.create_index(op.f(f"ix_annotations_{column}"), "annotations", [column])


def downgrade() -> None:
    """Drop the analysis tables; documents are untouched."""
    for column in ("document_key", "layer", "label", "actor"):
        op.drop_index(op.f(f"ix_annotations_{column}"), table_name="annotations")
    op.drop_table("annotations")
    op.drop_table("analyses")
