"""The MIME tree: charsets, encoded words, HTML, forwards, attachments by content."""
import io
from pathlib import Path
import zipfile
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from parsers.mime import parse_mime
from parsers.models import RawMessage


def test_mime_latin1_quoted_printable_and_encoded_subject():
    raw = (b"From: =?iso-8859-1?q?P=E5l_S=F8rensen?= <pal@kristiansand.kommune.no>\r\n"
           b"To: post@helfo.no\r\nSubject: =?iso-8859-1?q?Oppsigelse_fastlege_=D8ystein_Nyg=E5rd?=\r\n"
           b"Date: Wed, 15 Feb 2023 11:05:19 +0100\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
           b"Fastlege =D8ystein Nyg=E5rd har sagt opp. Bl=E5 h=F8st.\r\n")
    msg = parse_mime(RawMessage("m.eml", raw))
    assert msg.subject == "Oppsigelse fastlege Øystein Nygård"
    assert msg.sender_name == "Pål Sørensen"
    assert "Øystein Nygård" in msg.text and "Blå høst" in msg.text
    assert msg.received.utcoffset().total_seconds() == 3600


def test_mime_windows_1252_body():
    part = MIMEText("", "plain", "utf-8")
    part.set_payload("Oppsigelse – siste arbeidsdag".encode("cp1252"))
    part.replace_header("Content-Type", 'text/plain; charset="windows-1252"')
    msg = parse_mime(RawMessage("m.eml", part.as_bytes()))
    assert "Oppsigelse – siste arbeidsdag" in msg.text


def test_mime_html_only_table_stays_readable():
    m = EmailMessage()
    m["Subject"] = "Oppsigelse"
    m.set_content("<table><tr><td><b>Navn</b></td><td>Tone&nbsp;Jacobsen</td></tr>"
                  "<tr><td>HPR-nummer</td><td>5712983</td></tr></table>", subtype="html")
    msg = parse_mime(RawMessage("m.eml", bytes(m)))
    lines = [line.split() for line in msg.text.splitlines() if line.strip()]
    assert ["Navn", "Tone", "Jacobsen"] in lines and ["HPR-nummer", "5712983"] in lines


def test_mime_attached_message_is_read_as_forward():
    inner = EmailMessage()
    inner["From"] = "Nadia Rahimi <nadia@figgjo.no>"
    inner["Subject"] = "Oppsigelse"
    inner["Date"] = "Tue, 12 Mar 2024 08:15:00 +0100"
    inner.set_content("Jeg sier herved opp min fastlegeavtale.")
    outer = MIMEMultipart()
    outer["Subject"] = "Fwd: Oppsigelse"
    outer.attach(MIMEText("Videresender, se vedlagt.", "plain", "utf-8"))
    outer.attach(MIMEMessage(inner))
    msg = parse_mime(RawMessage("m.eml", outer.as_bytes()))
    assert "sier herved opp" not in msg.text
    (fwd,) = msg.forwarded
    assert fwd.sender == "nadia@figgjo.no" and "sier herved opp" in fwd.text
    assert any(p.action == "read as forwarded message" for p in msg.parts)


def test_mime_octet_stream_spreadsheet_detected_by_content():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    outer = MIMEMultipart()
    outer.attach(MIMEText("Skjema vedlagt.", "plain", "utf-8"))
    outer.attach(MIMEApplication(buf.getvalue(), "octet-stream", Name="skjema"))
    msg = parse_mime(RawMessage("m.eml", outer.as_bytes()))
    (att,) = msg.attachments
    assert att.detected_type.endswith("spreadsheetml.sheet")


def test_mime_garbage_gives_an_error_not_an_exception():
    msg = parse_mime(RawMessage("junk.eml", b"\x00\x01\x02 not a message at all"))
    assert msg.errors


def test_mime_reply_history_is_kept_apart():
    m = EmailMessage()
    m["Subject"] = "SV: Oppsigelse"
    m.set_content("Takk for beskjed!\n\n> Den 7. okt. 2022 kl. 10:15 skrev Kari:\n> Per Olsen har sagt opp.\n> Hilsen")
    msg = parse_mime(RawMessage("m.eml", bytes(m)))
    assert msg.text == "Takk for beskjed!"
    assert "sagt opp" in msg.quoted and not msg.forwarded


def test_mime_winmail_dat_is_expanded():
    tnef = (Path(__file__).parent / "fixtures" / "winmail-one-file.tnef").read_bytes()
    outer = MIMEMultipart()
    outer.attach(MIMEText("Se vedlegg.", "plain", "utf-8"))
    outer.attach(MIMEApplication(tnef, "ms-tnef", Name="winmail.dat"))
    msg = parse_mime(RawMessage("m.eml", outer.as_bytes()))
    assert [a.filename for a in msg.attachments] == ["AUTHORS"]
    assert any(p.action == "expanded: TNEF" for p in msg.parts)
