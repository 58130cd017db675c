"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-12-01 04:33:56.082765
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa
import sqlmodel
import store.types
from sqlalchemy.dialects import postgresql

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('app_user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('display_name', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', store.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('username')
    )
    op.create_table('audit_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.Column('raw_id', sa.Integer(), nullable=True),
    sa.Column('field', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=True),
    sa.Column('before', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=True),
    sa.Column('after', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=True),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_raw_id'), ['raw_id'], unique=False)
        batch_op.create_index('ix_audit_order', ['order_id', 'at'], unique=False)

    op.create_table('ingest_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mailbox', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('folder', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('started_at', store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('finished_at', store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('fetched', sa.Integer(), nullable=False),
    sa.Column('stored', sa.Integer(), nullable=False),
    sa.Column('skipped', sa.Integer(), nullable=False),
    sa.Column('failed', sa.Integer(), nullable=False),
    sa.Column('server_uids', sa.Integer(), nullable=True),
    sa.Column('reconciled', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('ingest_run', schema=None) as batch_op:
        batch_op.create_index('ix_ingest_run_folder', ['mailbox', 'folder', 'started_at'], unique=False)

    op.create_table('mailbox_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mailbox', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('folder', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('uidvalidity', sa.BigInteger(), nullable=True),
    sa.Column('last_attempt', store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_success', store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_error', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('mailbox', 'folder', name='uq_mailbox_state')
    )
    op.create_table('outbox',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.Column('to_addr', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('cc_addr', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('subject', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('body', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('message_id', sqlmodel.sql.sqltypes.AutoString(length=998), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('created_at', store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('send_after', store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('sent_at', store.types.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('message_id')
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index('ix_outbox_due', ['status', 'send_after'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_order_id'), ['order_id'], unique=False)

    op.create_table('raw_message',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=True),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('mailbox', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('message_id', sqlmodel.sql.sqltypes.AutoString(length=998), nullable=True),
    sa.Column('oversized', sa.Boolean(), nullable=False),
    sa.Column('stored_at', store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('purged_at', store.types.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('mailbox', 'message_id', name='uq_raw_mailbox_message_id'),
    sa.UniqueConstraint('sha256')
    )
    with op.batch_alter_table('raw_message', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_raw_message_stored_at'), ['stored_at'], unique=False)

    op.create_table('registry_snapshot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('taken', sa.Date(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('imported_at', store.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('registry_snapshot', schema=None) as batch_op:
        batch_op.create_index('ix_registry_snapshot_latest', ['kind', 'taken', 'id'], unique=False)

    op.create_table('reminder',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('due_at', store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('created_at', store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('done_at', store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('outbox_id', sa.Integer(), nullable=True),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('reminder', schema=None) as batch_op:
        batch_op.create_index('ix_reminder_due', ['state', 'due_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminder_order_id'), ['order_id'], unique=False)

    op.create_table('parsed_message',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('raw_id', sa.Integer(), nullable=False),
    sa.Column('parser_version', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('parsed_at', store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('message_id', sqlmodel.sql.sqltypes.AutoString(length=998), nullable=True),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('municipality_number', sqlmodel.sql.sqltypes.AutoString(length=4), nullable=True),
    sa.Column('municipality_name', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('subject', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('sender', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('sender_name', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('received', store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('needs_review', sa.Boolean(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('quoted', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('attachments', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('errors', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('purged_at', store.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['raw_id'], ['raw_message.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('raw_id')
    )
    with op.batch_alter_table('parsed_message', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_parsed_message_municipality_number'), ['municipality_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_parsed_message_received'), ['received'], unique=False)

    op.create_table('raw_location',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('raw_id', sa.Integer(), nullable=False),
    sa.Column('mailbox', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('folder', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('uidvalidity', sa.BigInteger(), nullable=False),
    sa.Column('uid', sa.BigInteger(), nullable=False),
    sa.Column('seen_at', store.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['raw_id'], ['raw_message.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('mailbox', 'folder', 'uidvalidity', 'uid', name='uq_raw_location')
    )
    with op.batch_alter_table('raw_location', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_raw_location_raw_id'), ['raw_id'], unique=False)

    op.create_table('registry_list',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('snapshot_id', sa.Integer(), nullable=False),
    sa.Column('flr_list_id', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('municipality', sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
    sa.Column('gp_name', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('hpr_number', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('ceiling', sa.Integer(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['snapshot_id'], ['registry_snapshot.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('registry_list', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_registry_list_snapshot_id'), ['snapshot_id'], unique=False)

    op.create_table('registry_unassigned',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('snapshot_id', sa.Integer(), nullable=False),
    sa.Column('municipality', sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
    sa.Column('unassigned', sa.Integer(), nullable=False),
    sa.Column('distribution', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.ForeignKeyConstraint(['snapshot_id'], ['registry_snapshot.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('registry_unassigned', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_registry_unassigned_snapshot_id'), ['snapshot_id'], unique=False)

    op.create_table('orders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('raw_id', sa.Integer(), nullable=False),
    sa.Column('parsed_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('type', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('in_queue', sa.Boolean(), nullable=False),
    sa.Column('fields', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('spans', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('uncertain', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('urgency', sa.Date(), nullable=False),
    sa.Column('municipality_number', sqlmodel.sql.sqltypes.AutoString(length=4), nullable=True),
    sa.Column('flr_list_id', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('departing_hpr', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('parser_version', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('edited', sa.Boolean(), nullable=False),
    sa.Column('created_at', store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('purged_at', store.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['parsed_id'], ['parsed_message.id'], ),
    sa.ForeignKeyConstraint(['raw_id'], ['raw_message.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_orders_parsed_id'), ['parsed_id'], unique=False)
        batch_op.create_index('ix_orders_queue', ['in_queue', 'urgency', 'created_at', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_raw_id'), ['raw_id'], unique=False)
        batch_op.create_index('ix_orders_status_updated', ['status', 'updated_at'], unique=False)
        batch_op.create_index('ix_orders_type_hpr', ['type', 'departing_hpr'], unique=False)
        batch_op.create_index('ix_orders_type_list', ['type', 'flr_list_id'], unique=False)

    op.create_table('finding',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('parsed_id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('severity', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('detail', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['parsed_id'], ['parsed_message.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('finding', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_finding_code'), ['code'], unique=False)
        batch_op.create_index(batch_op.f('ix_finding_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_finding_parsed_id'), ['parsed_id'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('finding', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_finding_parsed_id'))
        batch_op.drop_index(batch_op.f('ix_finding_order_id'))
        batch_op.drop_index(batch_op.f('ix_finding_code'))

    op.drop_table('finding')
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_index('ix_orders_type_list')
        batch_op.drop_index('ix_orders_type_hpr')
        batch_op.drop_index('ix_orders_status_updated')
        batch_op.drop_index(batch_op.f('ix_orders_raw_id'))
        batch_op.drop_index('ix_orders_queue')
        batch_op.drop_index(batch_op.f('ix_orders_parsed_id'))

    op.drop_table('orders')
    with op.batch_alter_table('registry_unassigned', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_registry_unassigned_snapshot_id'))

    op.drop_table('registry_unassigned')
    with op.batch_alter_table('registry_list', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_registry_list_snapshot_id'))

    op.drop_table('registry_list')
    with op.batch_alter_table('raw_location', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_raw_location_raw_id'))

    op.drop_table('raw_location')
    with op.batch_alter_table('parsed_message', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_parsed_message_received'))
        batch_op.drop_index(batch_op.f('ix_parsed_message_municipality_number'))

    op.drop_table('parsed_message')
    with op.batch_alter_table('reminder', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reminder_order_id'))
        batch_op.drop_index('ix_reminder_due')

    op.drop_table('reminder')
    with op.batch_alter_table('registry_snapshot', schema=None) as batch_op:
        batch_op.drop_index('ix_registry_snapshot_latest')

    op.drop_table('registry_snapshot')
    with op.batch_alter_table('raw_message', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_raw_message_stored_at'))

    op.drop_table('raw_message')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_order_id'))
        batch_op.drop_index('ix_outbox_due')

    op.drop_table('outbox')
    op.drop_table('mailbox_state')
    with op.batch_alter_table('ingest_run', schema=None) as batch_op:
        batch_op.drop_index('ix_ingest_run_folder')

    op.drop_table('ingest_run')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_order')
        batch_op.drop_index(batch_op.f('ix_audit_event_raw_id'))

    op.drop_table('audit_event')
    op.drop_table('app_user')
    
