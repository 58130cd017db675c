"""Outbound mail: reminders, receipts, exports, sent from an outbox."""
