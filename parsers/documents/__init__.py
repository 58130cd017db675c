"""Documents as messages: PDF (text, filled forms, scans), Word, ODF text, RTF and page images to text.

    from parsers.documents import is_document, read_document
    if is_document(att):
        doc = read_document(att)   # doc.text, doc.segments, doc.fields, doc.ocr, doc.error
"""
from parsers.documents.read import read_document
from parsers.documents.sniff import document_kind, is_document
from parsers.documents.types import OCR_REVIEW_BELOW, DocumentText, Segment

__all__ = ["DocumentText", "OCR_REVIEW_BELOW", "Segment", "document_kind", "is_document", "read_document"]
