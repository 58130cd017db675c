"""What reading a document gives back: its text, where each part came from, its form fields."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

# Below this mean word confidence (0-100) OCR text should be checked by a person.
OCR_REVIEW_BELOW = 80.0


@dataclass(frozen=True)
class Segment:
    """Characters [start, end) of DocumentText.text came from `origin`.

    `origin` is "NAME#page=N", "NAME#field=FIELD" or "NAME" (a Word or RTF
    file has no pages). `confidence` is the OCR confidence (0-100) of an
    OCR line, None for text that was not read by OCR.
    """

    start: int
    end: int
    origin: str
    confidence: float | None = None


@dataclass
class DocumentText:
    """A document turned into text that the body extractor can read."""

    text: str = ""
    segments: list[Segment] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)
    ocr: bool = False
    ocr_confidence: float | None = None
    error: str | None = None
    pages: int = 0
    kind: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def needs_review(self) -> bool:
        """True when a person should look: unreadable, or OCR with low confidence."""
        if self.error:
            return True
        return self.ocr and (self.ocr_confidence is None or self.ocr_confidence < OCR_REVIEW_BELOW)

    def segment_at(self, offset: int) -> Segment | None:
        """The segment holding character `offset`, or None."""
        starts = [s.start for s in self.segments]
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and self.segments[i].start <= offset < self.segments[i].end:
            return self.segments[i]
        return None

    def origin_at(self, offset: int) -> str | None:
        """Where character `offset` of `text` came from ("a.pdf#page=1"), or None."""
        seg = self.segment_at(offset)
        return seg.origin if seg else None


class TextBuilder:
    """Appends pieces of text and records each piece's origin as a segment."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self.segments: list[Segment] = []

    def add(self, text: str, origin: str | None = None, confidence: float | None = None) -> None:
        if not text:
            return
        if origin is not None:
            last = self.segments[-1] if self.segments else None
            if last and last.end == self._len and last.origin == origin and last.confidence == confidence:
                self.segments[-1] = Segment(last.start, self._len + len(text), origin, confidence)
            else:
                self.segments.append(Segment(self._len, self._len + len(text), origin, confidence))
        self._parts.append(text)
        self._len += len(text)

    def separate(self, sep: str = "\n\n") -> None:
        """Start a new block: add `sep` unless the text is empty or already ends with it."""
        if self._len and not self.text.endswith(sep):
            self.add(sep)

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def __len__(self) -> int:
        return self._len
