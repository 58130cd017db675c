"""Parsers: MIME tree, classification, text extraction, forms."""
