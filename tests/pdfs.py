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


def lines_pdf(
    path: Path,
    pages: list[list[str]],
    title: str | None = None,
    title_size: int = 20,
    footer: str | None = None,
    meta_title: str | None = None,
) -> Path:
    """A paper laid out line by line, as real PDFs are: a large-font title (wrapped when long),
    body lines exactly as given (line numbers, split URLs, headings), and a running footer."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=False)
    if meta_title:
        pdf.set_title(meta_title)
    for i, lines in enumerate(pages):
        pdf.add_page()
        if i == 0 and title:
            pdf.set_font("Helvetica", "B", title_size)
            pdf.multi_cell(120, title_size * 0.5, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        pdf.set_font("Helvetica", "", 10)
        for line in lines:
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        if footer:
            pdf.set_y(-15)
            pdf.set_font("Helvetica", "", 8)
            pdf.cell(0, 5, footer.format(page=i + 1), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path
