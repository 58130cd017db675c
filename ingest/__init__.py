"""Ingestion: messages from IMAP mailboxes and from files, as raw bytes."""
