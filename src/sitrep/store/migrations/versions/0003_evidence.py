"""Evidence: stories and their documents, assertions, relations, reference checks, grades.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Tables keyed by document, with the same shape apart from their filter column.
_BY_DOCUMENT = {"assertions": "slot", "reference_checks": "status"}


def upgrade() -> None:
    """Create the evidence tables."""
    op.create_table(
        "stories",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("time_window", sa.String(), nullable=True),
        sa.Column("record", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stories")),
    )
    op.create_table(
        "story_documents",
        sa.Column("story_id", sa.String(), nullable=False),
        sa.Column("document_key", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"],
                                name=op.f("fk_story_documents_story_id_stories")),
        sa.ForeignKeyConstraint(["document_key"], ["documents.key"],
                                name=op.f("fk_story_documents_document_key_documents")),
        sa.PrimaryKeyConstraint("story_id", "document_key", name=op.f("pk_story_documents")),
    )
    op.create_index(op.f("ix_story_documents_document_key"), "story_documents",
                    ["document_key"])
    for table, column in _BY_DOCUMENT.items():
        op.create_table(
            table,
            sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
            sa.Column("document_key", sa.String(length=64), nullable=False),
            sa.Column(column, sa.String(), nullable=False),
            sa.Column("record", sa.Text(), nullable=False),
            sa.ForeignKeyConstraint(["document_key"], ["documents.key"],
                                    name=op.f(f"fk_{table}_document_key_documents")),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        )
        op.create_index(op.f(f"ix_{table}_document_key"), table, ["document_key"])
    op.create_index(op.f("ix_assertions_slot"), "assertions", ["slot"])
    op.create_table(
        "relations",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("story_id", sa.String(), nullable=False),
        sa.Column("relation", sa.String(), nullable=False),
        sa.Column("record", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"],
                                name=op.f("fk_relations_story_id_stories")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relations")),
    )
    op.create_index(op.f("ix_relations_story_id"), "relations", ["story_id"])
    op.create_table(
        "grades",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_key", sa.String(length=64), nullable=False),
        sa.Column("ref", sa.String(), nullable=False),
        sa.Column("credibility", sa.Integer(), nullable=False),
        sa.Column("record", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["document_key"], ["documents.key"],
                                name=op.f("fk_grades_document_key_documents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grades")),
    )
    op.create_index(op.f("ix_grades_document_key"), "grades", ["document_key"])


def downgrade() -> None:
    """Drop the evidence tables; documents and analyses are untouched."""
    op.drop_index(op.f("ix_grades_document_key"), table_name="grades")
    op.drop_table("grades")
    op.drop_index(op.f("ix_relations_story_id"), table_name="relations")
    op.drop_table("relations")
    op.drop_index(op.f("ix_assertions_slot"), table_name="assertions")
    for table in _BY_DOCUMENT:
        op.drop_index(op.f(f"ix_{table}_document_key"), table_name=table)
        op.drop_table(table)
    op.drop_index(op.f("ix_story_documents_document_key"), table_name="story_documents")
    op.drop_table("story_documents")
    op.drop_table("stories")
