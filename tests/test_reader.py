"""pypdf reading, normalisation, sections, chunks, and the four broken-PDF errors."""

from __future__ import annotations

import pdfs
import pytest
from pdfgen import write_paper

from agent.reader import Document, PdfError, chunk, flat, locate_quote, normalise, read_pdf


def test_reads_page_numbered_text(example_pdf):
    pages = read_pdf(example_pdf)
    assert [p.number for p in pages] == [1]
    assert "We present NicheLM" in pages[0].text


def test_long_paper_has_many_pages(tmp_path):
    from pdfgen import EXAMPLE_SECTIONS, EXAMPLE_TITLE

    pages = read_pdf(write_paper(tmp_path / "p.pdf", EXAMPLE_TITLE, EXAMPLE_SECTIONS, 8))
    assert len(pages) >= 4 and [p.number for p in pages] == list(range(1, len(pages) + 1))


def test_hyphenation_across_line_break_is_joined():
    assert normalise("single-cell trans-\ncriptomics") == "single-cell transcriptomics"


def test_ligatures_and_typographic_quotes_are_normalised():
    assert normalise("\ufb01ne \u201cword\u201d \u2013 x") == 'fine "word" - x'


def test_sections_are_recognised(example_pdf):
    doc = Document(read_pdf(example_pdf))
    names = [name for _, name in doc.sections[0]]
    assert names[:1] == ["front"]
    assert {"abstract", "introduction", "related_work", "methods", "results", "references"} <= set(
        names
    )


def test_chunks_keep_page_and_offsets(tmp_path):
    from pdfgen import EXAMPLE_SECTIONS, EXAMPLE_TITLE

    doc = Document(read_pdf(write_paper(tmp_path / "p.pdf", EXAMPLE_TITLE, EXAMPLE_SECTIONS, 4)))
    chunks = chunk(doc, size=400, overlap=50)
    assert len(chunks) > 4
    for c in chunks:
        page_text = doc.pages[c.page - 1].text
        assert c.text == page_text[c.start : c.end].strip()


def test_quote_found_across_whitespace_and_hyphenation():
    pages = [flat("the model is pre-\ntrained on   31 million cells")]
    assert locate_quote("pretrained on 31 million cells", pages) == 1


def test_invented_quote_is_not_found():
    assert locate_quote("trained on 5 billion cells", [flat("trained on 31 million cells")]) is None


@pytest.mark.parametrize(
    "maker, kind",
    [
        (pdfs.corrupt, "corrupt"),
        (pdfs.empty, "empty"),
        (pdfs.image_only, "no_text"),
    ],
)
def test_broken_pdf_gives_distinct_error(tmp_path, maker, kind):
    path = maker(tmp_path / "bad.pdf")
    with pytest.raises(PdfError) as exc:
        read_pdf(path)
    assert exc.value.kind == kind and str(path) in str(exc.value)


def test_encrypted_pdf_gives_distinct_error(tmp_path, example_pdf):
    path = pdfs.encrypted(tmp_path / "enc.pdf", example_pdf)
    with pytest.raises(PdfError) as exc:
        read_pdf(path)
    assert exc.value.kind == "encrypted"


def test_a_sentence_may_open_with_a_name_written_in_lower_case_first():
    from agent.reader import SENTENCE_END

    assert SENTENCE_END.split("It improves annotation. scFoo is available.") == [
        "It improves annotation.",
        "scFoo is available.",
    ]


def test_an_abbreviation_before_a_lower_case_name_ends_no_sentence():
    from agent.reader import SENTENCE_END

    assert (
        len(SENTENCE_END.split("Assays (e.g. scRNA-seq) and models (Liu et al. scFoo) help.")) == 1
    )


def test_more_abbreviations_before_a_lower_case_name_end_no_sentence():
    from agent.reader import SENTENCE_END

    for text in ("Pellam (a.k.a. scPellam) helps.", "(E.g. scRNA-seq) helps.", "See Figs. scX."):
        assert len(SENTENCE_END.split(text)) == 1, text
