"""Write small, real PDFs of papers (fpdf2): the bundled example, benchmark papers, tests."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

EXAMPLE_TITLE = "NicheLM: a spatially grounded foundation model for single-cell transcriptomics"
EXAMPLE_SECTIONS: list[tuple[str, str]] = [
    (
        "Abstract",
        "We present NicheLM, a transformer foundation model pretrained on 31 million cells from "
        "the CELLxGENE cell atlas and 4 million spots of spatial transcriptomics data. NicheLM "
        "encodes each cell together with its spatial neighbourhood, so that the tissue context "
        "grounds the learned representation. The model supports cell type annotation, spatial "
        "deconvolution of Visium spots and batch integration across donors. Code is available at "
        "https://github.com/example-lab/nichelm.",
    ),
    (
        "1 Introduction",
        "Single-cell RNA sequencing has produced atlases of hundreds of millions of cells. "
        "Foundation models pretrained on such atlases learn transferable gene and cell "
        "representations. Spatial transcriptomics adds where each cell sits in the tissue. "
        "We introduce NicheLM, which couples expression tokens with spatial coordinates.",
    ),
    (
        "2 Related Work",
        "Earlier work trained large models on dissociated cells only (Cui et al., 2024). Agentic "
        "systems such as CellAgent [12] plan multi-step analyses with tool calling, which NicheLM "
        "does not do. Text-based models embed gene descriptions from the literature [7].",
    ),
    (
        "3 Methods",
        "NicheLM is a 12-layer transformer with 86 million parameters. Gene expression values "
        "are binned and embedded as tokens, and the spatial neighbourhood of each cell is encoded "
        "with a graph attention layer over its 16 nearest neighbours. Pretraining uses masked "
        "gene expression prediction on the atlas and a neighbourhood contrastive loss on the "
        "spatial data. The input data are single-cell RNA-seq profiles and spatial "
        "transcriptomics measurements with spatial coordinates.",
    ),
    (
        "4 Results",
        "For cell type annotation NicheLM reaches a macro F1 of 0.91 on held-out tissues. In "
        "spatial deconvolution of Visium spots it lowers the error by 18 percent compared with "
        "cell2location. For batch correction across 12 donors it improves the integration score. "
        "The model scales to millions of cells on a single GPU.",
    ),
    (
        "5 Discussion",
        "NicheLM does not use natural language and does not model chromatin accessibility. "
        "Future work will add protein measurements.",
    ),
    (
        "References",
        "[7] Chen and Zou. GenePT. 2024. [12] Xiao et al. CellAgent: an LLM-driven multi-agent "
        "framework. 2024.",
    ),
]


def write_paper(
    path: Path,
    title: str,
    sections: list[tuple[str, str]],
    repeat_body: int = 1,
    meta_title: bool = True,
) -> Path:
    """A text PDF with a title, headed sections and paragraphs (repeat_body pads the length)."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    if meta_title:
        pdf.set_title(title)
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for i in range(repeat_body):
        for heading, body in sections:
            if i and heading in ("Abstract", "References"):
                continue
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(
                0,
                7,
                heading if not i else f"{heading} (part {i + 1})",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, body, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


def write_example(path: Path) -> Path:
    return write_paper(path, EXAMPLE_TITLE, EXAMPLE_SECTIONS)


if __name__ == "__main__":
    import sys

    print(write_example(Path(sys.argv[1] if len(sys.argv) > 1 else "examples/nichelm.pdf")))
