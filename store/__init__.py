"""The store: raw messages, parsed results, orders, findings, audit (SQLModel)."""
