"""Whose paper: the model name from how papers name their contribution, the paper's own code
repository, and sentences about other models."""

from __future__ import annotations

import pytest

from agent.extract.base import PaperText
from agent.extract.identity import about_other_models, coined, find_code_url, find_name
from agent.reader import Page


def paper(title: str, *pages: str) -> PaperText:
    return PaperText(
        title=title,
        pages=[Page(number=i + 1, text=t) for i, t in enumerate(pages)],
        source="pdf:test.pdf",
    )


def name_of(title: str, *pages: str) -> str | None:
    c = find_name(paper(title, *pages))
    return c.name if c else None


def test_name_from_title_prefix():
    assert (
        name_of("CellFM: a large foundation model for single cells", "Abstract\ntext") == "CellFM"
    )


def test_name_from_we_introduce_with_a_version_number():
    text = "Abstract\nHere we introduce Nova 3, a genomic language model trained on many genomes."
    assert name_of("Genome design at scale with Nova 3", text + " Nova 3 " * 5) == "Nova 3"


def test_name_from_the_appositive_after_we_propose():
    text = "Abstract\nWe propose a new network architecture, the Reformer, based on attention."
    assert name_of("Attention is what you need", text) == "Reformer"


def test_lowercase_coined_name_after_a_descriptor():
    text = "Abstract\nWe present a robust statistical model, cellvae, to embed single-cell data."
    assert name_of("Interpretable embeddings of cells", text) == "cellvae"


def test_name_from_passive_introduction():
    text = "Automated Omics Analysis (AutoOA) is introduced, an autonomous agent for omics."
    assert name_of("An agent for automated omics analyses", text) == "AutoOA"


def test_name_from_the_term_the_paper_calls_its_own():
    text = (
        "1 Introduction\nWe present a residual framework. Our 50-layer DeepNet is accurate. "
        "On ImageNet our baseline DeepNets improve. Our DeepNet wins."
    )
    assert name_of("Deep learning for images", text) == "DeepNet"


def test_name_from_title_phrase_with_its_acronym():
    text = "Abstract\nThe Human Tumour Cell Atlas (HTCA) is a portal of single-cell data."
    assert name_of("The Human Tumour Cell Atlas: a data portal", text) == "HTCA"


def test_analysis_framework_is_not_a_model_name():
    text = (
        "Abstract\nWe present a diagnostic framework for attention in scGPT. "
        "We introduce Layer Stratified Probing (LSP), a diagnostic framework for layers."
    )
    assert (
        name_of("Attention in single-cell foundation models reflects co-expression", text) is None
    )


def test_dataset_is_not_a_model_name():
    text = "Abstract\nWe release GenomeSet2, a new dataset of curated sequences."
    assert name_of("Sequences of life", text) is None


def test_review_naming_historical_tools_introduces_no_model():
    text = (
        "1 Introduction\nDENDRAL was developed to analyze molecules. A computer called MANIAC "
        "was used for simulations."
    )
    assert name_of("Computing in the life sciences: a history", text) is None


def test_heading_is_not_a_name():
    assert name_of("A study of cells", "Cell-State Analysis\nWe measured cells.") is None


def test_coined_terms():
    assert all(map(coined, ["scGPT", "AutoBA", "ResNet", "Evo2", "scvis"]))
    assert not any(map(coined, ["Single-Cell", "Co-Expression", "DNA", "The", "2019"]))


def test_code_url_is_the_papers_own_repository():
    text = (
        "Methods\nWe used the implementation of Enformer at https://github.com/other/enformer. "
        "Code availability\nThe code of Nova is available at https://github.com/lab/nova."
    )
    assert find_code_url(paper("Nova: genomes", text), "Nova")[0] == "https://github.com/lab/nova"


def test_tool_only_used_gives_no_code_url():
    text = "Methods\nWe used the official release of scGPT (https://github.com/bowang/scGPT)."
    assert find_code_url(paper("A study", text), None) is None


def test_repository_cited_in_references_is_not_the_code_url():
    text = "Abstract\nWe study cells.\nReferences\n1. Tool. https://github.com/x/tool (2020)."
    assert find_code_url(paper("A study", text), None) is None


def test_sentences_about_other_models_are_recognised():
    assert about_other_models("Single-cell foundation models such as scGPT learn genes.", None)
    assert about_other_models("Unlike Geneformer, it uses ranks.", "CellFM")
    assert about_other_models("scBERT [12] annotates cells.", "CellFM")
    assert not about_other_models("CellFM, unlike scGPT, uses protein data.", "CellFM")
    assert not about_other_models("The model is pretrained on 50 million cells.", "CellFM")


def test_a_plural_of_a_generic_acronym_is_not_a_name():
    from agent.extract.identity import coined

    assert not coined("APIs") and not coined("GPUs")


def test_an_english_word_set_off_as_a_name_and_used_again_is_the_name():
    body = "Abstract\nWe introduce Heron, an encoder of cells. Heron labels new atlases."
    assert name_of("Cell labelling at scale", body) == "Heron"


def test_a_name_after_we_trained_needs_its_description():
    body = "Abstract\nWe pretrained Osprey, a graph encoder, on tissue slides. Osprey is fast."
    assert name_of("Learning from slides", body) == "Osprey"


def test_a_model_we_trained_without_a_description_is_someone_elses():
    body = "Abstract\nWe trained scWidget-7 on four atlases and measured its accuracy."
    assert name_of("How well do cell models transfer?", body) is None


def test_a_part_of_the_paper_set_off_by_a_description_is_not_a_name():
    body = "Abstract\nWe present Table 3, which lists every run. Table 3 is long."
    assert name_of("Runs", body) is None


def test_lowercase_jargon_repeated_from_the_title_is_not_a_name():
    body = "Abstract\n" + " ".join(["Flow cytometry counts blood cells quickly."] * 5)
    assert name_of("From flow cytometry to diagnosis", body) is None


def test_a_lowercase_name_with_digits_repeated_from_the_title_is_a_name():
    body = "Abstract\n" + " ".join(["spot2cell maps spots onto cells."] * 5)
    assert name_of("Mapping tissue with spot2cell", body) == "spot2cell"


def test_name_from_we_also_propose():
    body = "Abstract\nFive models are compared. We also propose MedianDrug, a linear baseline."
    assert name_of("Drug response at a glance", body) == "MedianDrug"


def test_name_that_opens_a_sentence_as_its_subject_is_the_models():
    body = (
        "Sporewick reads pollen-grain transcriptomes as bags of tokens. After tuning, "
        "Sporewick sorts grains from unseen cultivars."
    )
    assert name_of("Grains as documents", f"Grains as documents\n{body}") == "Sporewick"


def test_adjective_opening_a_sentence_is_no_name():
    body = (
        "Proteomic readouts are sparse. Proteomic panels also differ between labs, so "
        "three imputation schemes are compared."
    )
    assert name_of("Sparse panels", f"Sparse panels\n{body}") is None


def test_a_tools_noun_phrase_opening_a_sentence_does_not_outvote_we_introduce():
    body = (
        "Peakcaller scores are noisy in sparse nuclei. Peakcaller scores are kept as a "
        "reference. We introduce Lindenmoth, a masked model of accessible regions."
    )
    assert name_of("Sparse nuclei", f"Sparse nuclei\n{body}") == "Lindenmoth"


def test_title_that_is_only_a_word_names_the_model():
    body = "Heather is a transformer pretrained on cord blood cells. Heather reads counts."
    assert name_of("Heather", f"Heather\n{body}") == "Heather"


@pytest.mark.parametrize(
    "sentence, name",
    [
        # the past tense of every introducing verb
        ("We developed Quelvix, which reads peaks and genes together.", "Quelvix"),
        ("We designed Marrowfinch, which places nuclei on a lineage tree.", "Marrowfinch"),
        ("Here we presented Tesselin, which maps spots to cell states.", "Tesselin"),
        # a coordinated verb after other work in the same sentence (a decimal is no full stop)
        (
            "We pooled 2.4 million nuclei from 90 studies and pretrained Gable, an encoder of "
            "fragments. Gable transfers labels.",
            "Gable",
        ),
        # an English word set off by a superlative and used again
        ("We present Lantern, the largest model of marrow to date. Lantern is open.", "Lantern"),
        # "which we call X": a dictionary word is a name when the paper calls it one
        ("This simple encoding, which we call Harbour, beats atlases.", "Harbour"),
        # a name of several capitalised words
        ("We build a small program named Cell Weaver, offering two modes.", "Cell Weaver"),
        # a phrase and its acronym: the acronym, not the phrase's first word
        ("We developed the MultiPhase Kinetic Model (MP-KM2), an extension.", "MP-KM2"),
    ],
)
def test_names_the_contribution_is_introduced_with(sentence, name):
    assert name_of("A study of cells", "Abstract\n" + sentence) == name


def test_tools_the_system_uses_are_its_parts_not_other_models():
    assert not about_other_models(
        "Its planner and critic agents use tools such as web search and a docking program.",
        None,
    )


def test_tools_listed_as_the_fields_are_other_models():
    assert about_other_models("Existing tools such as Seurat cluster cells well.", None)


def test_a_gene_symbol_after_compared_with_is_no_other_model():
    assert not about_other_models(
        "Its embeddings predicted response with an AUC of 0.79, compared with 0.62 for CD8 "
        "density.",
        None,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # someone else's model, trained further
        "We pretrained Geneformer, the largest publicly released cell model, on 2 million "
        "cardiac cells.",
        # a coordinated "and trained" tool; a coordinated finding
        "We collected 40 lung datasets and trained scVI, a variational autoencoder, on all of "
        "them.",
        "We profiled 500,000 cells and report SenMac-1, a previously undescribed macrophage state.",
        # data named with its acronym
        "We developed the Human Developing Brain Atlas (HDBA) from 3 million nuclei.",
        # tools an agent calls
        "Our agent can call CellTypist, Scanpy and scVI through a tool interface.",
    ],
)
def test_what_the_review_found_is_not_the_papers_model(sentence):
    assert name_of("A study of cells", "Abstract\n" + sentence) is None
