"""Reading PDFs the way real papers are typeset: line numbers, running footers, unmapped
ligature glyphs, long titles, numbered headings, URLs split across lines."""

from __future__ import annotations

from pdfs import lines_pdf

from agent.reader import Document, Page, heading_name, label_sections, read_paper
from agent.textclean import CleanReport, clean_pages, map_glyphs

BODY = (
    "Single-cell foundation models learn gene programs from large atlases of cells and "
    "transfer them to new tissues"
)


def numbered(start: int, n: int) -> list[str]:
    return [f"{BODY} sentence {i}. {start + i}" for i in range(n)]


def test_manuscript_line_numbers_are_removed(tmp_path):
    pdf = lines_pdf(tmp_path / "p.pdf", [numbered(1, 12), numbered(13, 12)], title="A paper")
    pages = read_paper(pdf).pages
    assert "sentence 0." in pages[0].text
    assert all(not line.rstrip().endswith(("1", "12", "13")) for line in pages[0].text.split("\n"))
    assert "sentence 11. 24" not in pages[1].text


def test_line_number_glued_to_a_heading_is_removed():
    lines = (
        [f"{BODY} {i}" for i in range(1, 8)]
        + ["1 Introduction8"]
        + [f"{BODY} {i}" for i in range(9, 15)]
    )
    out, _ = clean_pages(["\n".join(lines)])
    assert "1 Introduction" in out[0].split("\n")
    assert heading_name("1 Introduction") == "introduction"


def test_numbers_that_do_not_count_up_are_kept():
    text = "\n".join(f"we measured {n}" for n in (7, 3, 19, 4, 11, 2))
    out, report = clean_pages([text])
    assert out[0] == text and report.line_numbers == 0


def test_running_footer_and_licence_banner_are_removed(tmp_path):
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]
    pages = [[f"{BODY}, {w} {v} of the story." for v in words] for w in words[:4]]
    pdf = lines_pdf(
        tmp_path / "p.pdf",
        pages,
        title="A paper",
        footer="bioRxiv preprint under a CC-BY 4.0 International license. Page {page}",
    )
    read = read_paper(pdf)
    assert all("license" not in p.text for p in read.pages)
    assert all("Page" not in p.text for p in read.pages)
    assert read.report.furniture


def test_unmapped_ligature_glyphs_read_as_letters():
    # TeX T1 fonts without a text mapping give 0x1c for "fi", 0x1d for "fl", 0x15 for a dash
    text = "three \x1cndings re\x1dect co-expression (0.31\x150.42) de\x1cning the \x1celd"
    out = map_glyphs([text], CleanReport())[0]
    assert out == "three findings reflect co-expression (0.31-0.42) defining the field"


def test_unknown_ligature_glyph_is_resolved_to_a_word():
    out = map_glyphs(["arti\x00cial e\x00ective work\x00ow scienti\x00c"], CleanReport())[0]
    assert out == "artificial effective workflow scientific"


def test_no_control_characters_survive():
    out = map_glyphs(["a\x02b\x01c \uf8ee d"], CleanReport())[0]
    assert out == "abc  d"


def test_two_line_title_is_read_whole(tmp_path):
    title = (
        "Cross-Tissue Probe Transfer for Gene Regulatory Network Evaluation in Single-Cell "
        "Foundation Models"
    )
    pdf = lines_pdf(tmp_path / "p.pdf", [[BODY]], title=title)
    assert read_paper(pdf).title == title


def test_metadata_title_is_used_only_when_printed_on_the_first_page(tmp_path):
    pdf = lines_pdf(
        tmp_path / "p.pdf", [[BODY]], title="The Printed Title of It", meta_title="paper.dvi"
    )
    assert read_paper(pdf).title == "The Printed Title of It"


def test_numbered_headings_open_sections():
    page = Page(
        number=1,
        text="Abstract\nx\n1 Introduction\nx\n2 Background\nx\n3 Model Architecture\nx\n"
        "4 Results and Discussion\nx\n5 Code availability\nx\nReferences\nx",
    )
    names = [n for _, n in label_sections([page])[0]]
    assert names == [
        "front",
        "abstract",
        "introduction",
        "related_work",
        "methods",
        "results",
        "availability",
        "references",
    ]


def test_table_header_word_is_not_a_section():
    page = Page(number=1, text="1 Introduction\nwe compare\nModel\nAccuracy\nscGPT 0.9")
    names = [n for _, n in label_sections([page])[0]]
    assert names == ["front", "introduction"]


def test_url_split_across_lines_is_joined(tmp_path):
    lines = [
        "Code is available at https://github.com/example-lab/",
        "nichelm-model and documentation online.",
        "The data are at https://zenodo.org/records/12345.",
        "Next sentence starts here.",
    ]
    pdf = lines_pdf(tmp_path / "p.pdf", [lines], title="A paper")
    text = read_paper(pdf).pages[0].text
    assert "https://github.com/example-lab/nichelm-model" in text
    assert "12345.\nNext sentence" in text


def test_hyphen_of_a_hyphenated_word_is_kept_at_a_line_break():
    out, _ = clean_pages(["single-cell data and single-\ncell models; trans-\ncriptomics"])
    assert out[0] == "single-cell data and single-cell models; transcriptomics"


def test_quotes_verify_against_cleaned_text_with_page(tmp_path):
    from agent.reader import flat, locate_quote

    pdf = lines_pdf(tmp_path / "p.pdf", [numbered(1, 8), numbered(9, 8)], title="A paper")
    doc = Document(read_paper(pdf).pages)
    assert locate_quote(f"{BODY} sentence 3.", [flat(p.text) for p in doc.pages]) == 1


def test_journal_banner_above_the_title_is_dropped(tmp_path):
    pdf = lines_pdf(
        tmp_path / "p.pdf",
        [["RESEARCH ARTICLE", "www.journal.example.org", "An Agent for Omics", BODY + "."]],
        meta_title="An Agent for Omics",
    )
    read = read_paper(pdf)
    assert read.pages[0].text.startswith("An Agent for Omics")
    assert "RESEARCH ARTICLE" in read.report.furniture
