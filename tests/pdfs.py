"""Broken PDFs for reader tests, generated on the fly."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF


def corrupt(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage\x00\xff not a pdf")
    return path


def empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def image_only(path: Path) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_fill_color(120, 120, 120)
    pdf.rect(20, 20, 150, 200, style="F")  # a scanned page: drawing, no text layer
    pdf.output(str(path))
    return path


def encrypted(path: Path, text_pdf: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(text_pdf).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    with path.open("wb") as fh:
        writer.write(fh)
    return path
