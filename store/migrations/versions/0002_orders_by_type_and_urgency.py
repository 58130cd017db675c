"""orders by type and urgency

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 04:47:51.275699
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa  # noqa: F401
import sqlmodel  # noqa: F401
import store.types  # noqa: F401

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.create_index('ix_orders_type_urgency', ['type', 'urgency', 'created_at', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_index('ix_orders_type_urgency')
