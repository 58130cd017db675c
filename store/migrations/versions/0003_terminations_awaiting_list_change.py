"""terminations awaiting a list change: a flag and its index

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 05:00:00

The open-terminations query walked every termination in deadline order and
tested each for a list change; with years of answered terminations that
grows without bound. The flag (maintained by store.links) makes it one
index range scan. Existing rows get the flag computed here.
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

# Two NOT EXISTS, not one with OR, so each can use its index.
_FILL = """
UPDATE orders SET awaiting_list_change = (
    status <> 'rejected'
    AND NOT EXISTS (SELECT 1 FROM orders AS c
                    WHERE c.type IN ('new_gp', 'unassigned_list') AND c.status <> 'rejected'
                      AND c.flr_list_id = orders.flr_list_id)
    AND NOT EXISTS (SELECT 1 FROM orders AS c
                    WHERE c.type IN ('new_gp', 'unassigned_list') AND c.status <> 'rejected'
                      AND c.departing_hpr = orders.departing_hpr))
WHERE type = 'termination'
"""


def upgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('awaiting_list_change', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    op.execute(_FILL)
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_index('ix_orders_type_urgency')
        batch_op.create_index('ix_orders_open_terminations',
                              ['type', 'awaiting_list_change', 'urgency', 'created_at', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_index('ix_orders_open_terminations')
        batch_op.create_index('ix_orders_type_urgency', ['type', 'urgency', 'created_at', 'id'], unique=False)
        batch_op.drop_column('awaiting_list_change')
