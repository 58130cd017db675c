"""Attachments of the shared corpus's documents/ messages (copied to tests/documents/data) read into text that carries their facts."""
from __future__ import annotations

import email
import glob
import os
from email import policy

import pytest

from parsers.documents import is_document, read_document
from parsers.models import Attachment

EXPECT = {
    "a01": ["Type endring: Ny fastlege overtar eksisterende liste", "FLR listenummer: 340517",
            "Fratredende fastlege: Trond Aalstad, HPR-nr. 3417052",
            "Ny fastlege: Hanna Lie Gundersen, HPR-nr. 8052316", "Gjelder fra: 01.11.2024", "Listetak: 1000"],
    "a02": ["Listenummer (FLR-ID): 310108", "Ny fastlege: Ahmad Karimi, HPR-nr. 9274105", "1. mars 2025"],
    "a03": ["Haugesund, 3. mars 2025", "HPR-nr.: 5561294", "siste arbeidsdag blir 31. august 2025"],
    "a04": ["Eirik Løvstad", "4829163", "Larvik, 14.10.2024", "Torstrand legesenter"],
    "a05": ["Type endring: Ubesatt liste", "FLR listenummer: 550314", "Gjelder fra: 01.06.2025",
            "Fratredende fastlege: Tor Arne Kolbjørnsen, HPR-nr. 2716493", "Listetak: 1200"],
    "a06": ["Synnøve Eldøy, HPR-nr. 7425930, tek over lista hans frå 1. august 2025", "FLR-nummer 461407"],
}


def attachments(path: str) -> list[Attachment]:
    with open(path, "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=policy.default)
    out = []
    for part in msg.iter_attachments():
        data = part.get_content()
        out.append(Attachment(part.get_filename(), part.get_content_type(), part.get_content_type(), len(data), data))
    return out


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_corpus_attachment_text_carries_the_facts(corpus_dir, name):
    paths = glob.glob(os.path.join(corpus_dir, f"{name}_*.eml"))
    assert paths, f"{name} is missing from {corpus_dir}"
    (att,) = attachments(paths[0])
    assert is_document(att)
    doc = read_document(att)
    assert doc.error is None
    text = " ".join(doc.text.split())
    for needle in EXPECT[name]:
        assert needle in text, needle
    assert "Ny fastlege:" not in doc.text or name != "a05"
