"""The offline lexicon extractor's judgement: sections, negation, related work, verbs."""

from __future__ import annotations

import pytest

from agent.extract.base import PaperText
from agent.extract.lexicon import LexiconExtractor
from agent.reader import Page


def extract(title: str, body: str):
    paper = PaperText(title=title, pages=[Page(number=1, text=f"{title}\n{body}")], source="t")
    return LexiconExtractor().extract(paper).fields


def test_negated_modality_is_not_selected():
    f = extract(
        "CellX: a model",
        "We present CellX for single-cell RNA-seq data. CellX does "
        "not use chromatin accessibility data.",
    )
    assert f["modalities"].value == ["rna"]


def test_agent_in_related_work_does_not_make_it_agentic():
    f = extract(
        "CellX: a model",
        "We present CellX, a foundation model for single-cell "
        "RNA-seq.\nRelated Work\nAgentic systems such as CellAgent [3] call tools.",
    )
    assert f["agentic"].value is False and f["family"].value == "foundation"


def test_agent_that_plans_and_calls_tools_is_agentic():
    f = extract(
        "CellPilot: an LLM agent for single-cell analysis",
        "We present CellPilot, an "
        "LLM agent that plans multi-step single-cell RNA-seq analyses and calls tools "
        "autonomously for cell type annotation.",
    )
    assert f["agentic"].value is True and f["family"].value == "agentic"


def test_integrating_as_a_verb_is_not_the_integration_task():
    f = extract(
        "X: Integrating Large Language Models for spatial transcriptomics",
        "We present X, which uses LLMs to interpret spatial transcriptomics data.",
    )
    assert "integration" not in f["tasks"].value


def test_batch_integration_is_the_integration_task():
    f = extract(
        "Y: a model",
        "We present Y for batch integration of single-cell RNA-seq datasets from many donors.",
    )
    assert "integration" in f["tasks"].value


def test_benchmark_paper_is_benchmark_family():
    f = extract(
        "Arena: a benchmark of LLMs for cell type annotation",
        "We evaluate eight large language models on single-cell RNA-seq annotation.",
    )
    assert f["family"].value == "benchmark"


def test_every_value_carries_a_triggering_sentence():
    f = extract(
        "Z: a model",
        "We present Z, pretrained on 20 million cells from the "
        "CELLxGENE atlas, for cell type annotation of single-cell RNA-seq.",
    )
    for name in ("modalities", "grounding", "tasks"):
        assert f[name].value and f[name].evidence
        assert all(e.page == 1 for e in f[name].evidence)


def test_no_evidence_leaves_field_empty_and_flagged():
    f = extract("Q: a model", "We present Q.")
    assert f["tasks"].value == [] and f["tasks"].flags


def test_domain_score_counts_domains():
    f = extract(
        "W: a model",
        "We present W. It is interpretable and scalable to millions "
        "of cells, and corrects batch effects.",
    )
    assert f["domain_score"].value == len(f["domains"].value) == 3


# ---- error classes of issue 10, each with short hand-written sentences ------------------------


def test_cells_and_gene_expression_without_an_assay_mean_rna():
    f = extract(
        "CellX: a model of cell states",
        "CellX learns embeddings of single cells from ten donors. "
        "It labels cell types in new tissues.",
    )
    assert f["modalities"].value == ["rna"]
    assert f["modalities"].evidence and any(
        "inferred" in fl.message for fl in f["modalities"].flags
    )


def test_multi_omic_data_includes_rna():
    f = extract("OmX: a model", "OmX embeds multi-omic single-cell profiles into one space.")
    assert "rna" in f["modalities"].value


def test_another_assay_named_means_no_rna_prior():
    f = extract(
        "PeakX: a model",
        "PeakX is pretrained on chromatin accessibility of single cells to label cell types.",
    )
    assert f["modalities"].value == ["atac"]


def test_expression_predicted_from_chromatin_is_not_an_input():
    f = extract(
        "ChromY: a model",
        "ChromY reads chromatin accessibility and DNA sequence. "
        "ChromY predicts gene expression in unseen cell types.",
    )
    assert "rna" not in f["modalities"].value


def test_language_of_genes_is_a_metaphor_not_text():
    f = extract(
        "GeneTalk: a model",
        "GeneTalk is a context-aware model of the language of genes, trained on the "
        "transcriptomes of ten million cells.",
    )
    assert "text" not in f["modalities"].value and f["family"].value == "foundation"


def test_natural_language_the_model_reads_is_text():
    f = extract(
        "AskCell: a model",
        "AskCell answers natural-language questions about single-cell RNA-seq data.",
    )
    assert "text" in f["modalities"].value


def test_llm_that_plans_and_runs_tools_is_agentic_without_the_word_agent():
    f = extract(
        "OmicsPilot: automated analysis",
        "OmicsPilot uses a large language model to plan multi-step single-cell analyses, "
        "execute bioinformatics tools and iteratively refine the workflow from the results.",
    )
    assert f["agentic"].value is True and f["family"].value == "agentic"
    assert f["agentic"].evidence


def test_llm_that_only_answers_is_not_agentic():
    f = extract(
        "CellChat-LM: a model",
        "CellChat-LM uses a large language model to describe clusters of single-cell "
        "RNA-seq data in plain words.",
    )
    assert f["agentic"].value is False


def test_paper_that_evaluates_models_is_a_benchmark():
    f = extract(
        "How well do foundation models annotate cells?",
        "We systematically evaluate six single-cell foundation models on cell type "
        "annotation across twelve tissues and release the evaluation set.",
    )
    assert f["family"].value == "benchmark"


def test_model_paper_that_reports_benchmark_results_is_not_a_benchmark():
    f = extract(
        "TileFM: a foundation model for single-cell data",
        "We present TileFM, a foundation model pretrained on 20 million cells. "
        "TileFM outperforms baselines on benchmark datasets for cell type annotation.",
    )
    assert f["family"].value == "foundation"


def test_data_type_of_a_cited_method_does_not_decide_the_field():
    f = extract(
        "RnaOnly: a model",
        "RnaOnly is a foundation model for single-cell RNA-seq. Earlier methods "
        "(Smith et al., 2023) used chromatin accessibility and histology images.",
    )
    assert f["modalities"].value == ["rna"]


def test_spatial_data_and_images_make_a_spatial_multimodal_model():
    f = extract(
        "TissueNet-X: a model",
        "TissueNet-X aligns H&E histology images with spatial transcriptomics spots "
        "to map cell types onto tissue sections.",
    )
    assert f["family"].value == "spatial_multimodal"
    assert {"histology", "spatial", "rna"} <= set(f["modalities"].value)


def test_annotated_data_is_not_the_annotation_task():
    f = extract(
        "GeneBench: a dataset",
        "GeneBench provides expert-annotated code for analysing gene expression data. "
        "These annotations were curated by bioinformaticians.",
    )
    assert "annotation" not in f["tasks"].value


def test_a_kind_of_model_is_not_another_model():
    # "LLMs" names a kind of model: the sentence is still about this paper's system alone
    f = extract(
        "PipeX: automated proteomics",
        "We present PipeX. PipeX uses large language models (LLMs) to plan analyses, "
        "execute bioinformatics tools and iteratively refine workflows.",
    )
    assert f["agentic"].value is True


def test_a_sentence_about_our_model_counts_even_next_to_existing_models():
    f = extract(
        "A transcriptome foundation model",
        "We pretrain a foundation model on single-cell RNA-seq. Our model outperforms the "
        "existing models on identifying novel cell types.",
    )
    assert "annotation" in f["tasks"].value


def test_a_lowercase_technical_word_is_not_another_model():
    # "denoising" is no dictionary word, but a model is named with a capital or a digit
    f = extract(
        "ClotNet: a model of tissues",
        "We present ClotNet. It treats cells as tokens and uses a denoising prior to encode "
        "spatially resolved transcriptomics.",
    )
    assert "spatial" in f["modalities"].value


def test_a_sentence_about_a_large_group_of_models_does_not_decide_the_family():
    f = extract(
        "CellNova",
        "Learns embeddings of single-cell RNA-seq profiles with a masked gene transformer. "
        "Representative models include AlphaOne (Li et al., 2023), BetaTwo, GammaThree and "
        "CellNova, trained on chromatin accessibility atlases. AlphaOne, BetaTwo and CellNova "
        "scale to scATAC-seq peaks. Epigenomic variants (GammaThree, CellNova, DeltaFour) "
        "model chromatin accessibility.",
    )
    assert f["family"].value == "foundation" and "atac" not in f["modalities"].value


def test_a_task_done_on_single_cells_implies_rna():
    f = extract(
        "PertNet", "Predicts perturbation outcomes and supports batch integration of cell atlases."
    )
    assert f["modalities"].value == ["rna"]
    assert f["modalities"].evidence


def test_prompts_an_llm_reads_are_text():
    f = extract(
        "PromptCell",
        "PromptCell writes the top genes of each cluster into prompts and asks the model to "
        "name the cell type.",
    )
    assert "text" in f["modalities"].value


def test_an_llm_that_labels_cells_reads_text_whatever_it_is_called():
    f = extract("LabelLM", "Uses a large language model to label clusters of single cells.")
    assert "text" in f["modalities"].value
    assert any("text inferred" in fl.message for fl in f["modalities"].flags)
    assert f["modalities"].evidence


def test_an_llm_of_dna_sequences_reads_no_text():
    f = extract(
        "SeqLLM",
        "SeqLLM is a large language model pretrained on DNA sequences of many genomes.",
    )
    assert "text" not in f["modalities"].value


def test_a_chatbot_is_a_text_bridge():
    f = extract(
        "CellTalk",
        "A chatbot that explains gene expression patterns of immune cells to biologists.",
    )
    assert f["family"].value == "text_bridge"


def test_exploring_the_potential_of_llms_is_not_a_benchmark():
    f = extract(
        "LLMs for cells",
        "We explore the potential of large language models for cell type annotation and "
        "propose a prompting method that labels clusters.",
    )
    assert f["family"].value != "benchmark"


def test_measuring_the_capabilities_of_llms_is_a_benchmark():
    f = extract(
        "Can LLMs read cells?",
        "We assess the capabilities of large language models on cell type annotation "
        "across twelve tissues.",
    )
    assert f["family"].value == "benchmark"


def test_outputs_a_counted_set_of_llms_was_prompted_for_make_a_benchmark():
    f = extract(
        "Judging machine-made cell labels against curators",
        "Across 15 atlases we compared the labels produced by prompting five general-purpose "
        "language models with cluster marker genes to expert annotations.",
    )
    assert f["family"].value == "benchmark"


def test_a_method_compared_with_a_counted_set_of_llms_is_no_benchmark():
    f = extract(
        "Tessel: annotating cell clusters with a language model",
        "We present Tessel, which prompts GPT-4 with each cluster's marker genes. We compared "
        "its labels with those of five general-purpose language models and of SingleR.",
    )
    assert f["family"].value != "benchmark"


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Thole explains each of its predictions in words.", True),
        ("Thole describes the cell states it finds in words a biologist can check.", True),
        ("In other words, Thole predicts expression from expression.", False),
    ],
)
def test_what_a_model_says_in_words_is_text(sentence, text):
    f = extract(
        "Thole: a single-cell model",
        f"Thole couples an expression encoder pretrained on 20 million cells to a decoder. "
        f"{sentence}",
    )
    assert ("text" in f["modalities"].value) is text


def test_an_assistant_that_writes_runs_and_revises_code_is_agentic():
    f = extract(
        "OmicsHelper",
        "An assistant that writes analysis code for single-cell data, runs the code and "
        "revises it when errors occur.",
    )
    assert f["agentic"].value is True and f["agentic"].evidence


def test_an_llm_that_breaks_a_question_into_steps_and_queries_databases_is_agentic():
    f = extract(
        "GeneSolver",
        "Uses a large language model to decompose a research question into steps, query "
        "gene databases and check each result with feedback from the data.",
    )
    assert f["agentic"].value is True


def test_automatic_extraction_by_an_llm_is_not_agentic():
    f = extract(
        "MarkerLM",
        "Large language models automatically extract marker genes from papers for automated "
        "cell type annotation.",
    )
    assert f["agentic"].value is False


def test_integration_names_the_task_when_data_is_integrated():
    f = extract(
        "JoinX",
        "Integrates profiles from many batches and donors into one embedding of single cells.",
    )
    assert "integration" in f["tasks"].value


def test_integrating_knowledge_is_not_the_integration_task():
    f = extract(
        "KnowX",
        "KnowX supports the integration of prior knowledge into a model of single cells.",
    )
    assert "integration" not in f["tasks"].value


def test_clustering_spatial_data_is_spatial_mapping():
    f = extract(
        "SpotNet",
        "SpotNet embeds spatial transcriptomics spots and supports clustering and imputation.",
    )
    assert "spatial_mapping" in f["tasks"].value


def test_chromatin_of_single_cells_is_atac_and_epigenomic():
    f = extract(
        "ChromaCell",
        "A chromatin model that encodes accessible regions of single cells to impute peaks.",
    )
    assert f["modalities"].value == ["atac"] and f["family"].value == "epigenomic"


def test_a_peak_of_a_curve_is_not_chromatin():
    f = extract(
        "LagNet",
        "LagNet models gene expression of single cells. The peak correlation occurred at a "
        "positive lag.",
    )
    assert "atac" not in f["modalities"].value


def test_knockouts_and_state_transitions_are_the_perturbation_task():
    f = extract(
        "FateX",
        "Models cell-state transitions during differentiation and predicts responses to gene "
        "knockouts.",
    )
    assert "trajectory_perturbation" in f["tasks"].value


def test_transcriptome_and_chromatin_together_make_a_multimodal_model():
    f = extract(
        "PairNet",
        "PairNet integrates scRNA-seq and scATAC-seq profiles of the same cells into a joint "
        "embedding.",
    )
    assert f["family"].value == "spatial_multimodal"


def test_reproducibility_instructions_are_not_text_the_model_reads():
    f = extract(
        "CellFormer",
        "CellFormer is pretrained on single-cell RNA-seq of ten million cells. The repository "
        "includes step-by-step instructions for reproducing all figures.",
    )
    assert "text" not in f["modalities"].value


def test_a_benchmark_of_cell_foundation_models_reads_no_text():
    f = extract(
        "How do cell foundation models attend?",
        "We present a benchmark of single-cell foundation models on gene regulatory "
        "inference. Unlike large language models, these models read expression.",
    )
    assert f["family"].value == "benchmark" and "text" not in f["modalities"].value


def test_annotating_records_without_cells_is_not_single_cell_data():
    f = extract(
        "CurateBot",
        "An LLM tool that supports annotation of database records and integration of "
        "knowledge from papers.",
    )
    assert "rna" not in f["modalities"].value


def test_a_language_model_of_protein_sequences_is_no_text_bridge():
    f = extract(
        "FoldLM: protein language models at scale",
        "FoldLM is a large language model trained on 500 million protein sequences to "
        "predict stability from amino acid sequences.",
    )
    assert f["family"].value != "text_bridge" and "text" not in f["modalities"].value


def test_an_agent_framework_built_on_an_llm_is_agentic_not_a_text_bridge():
    f = extract(
        "LabPilot: An LLM Driven Agent Framework for Assay Design",
        "We propose LabPilot, which uses large language models to choose models, tune them "
        "and retrieve data from public databases.",
    )
    assert f["agentic"].value is True and f["family"].value == "agentic"


def test_multimodal_with_language_as_a_mode_is_a_text_bridge():
    f = extract(
        "LinkCell: a multimodal model of cells and language",
        "LinkCell aligns transcriptomes with text descriptions in a multimodal embedding.",
    )
    assert f["family"].value == "text_bridge"


def test_expression_prediction_by_a_chromatin_model_is_not_rna_input():
    f = extract(
        "PeakExpr",
        "Gene expression prediction and regulatory inference from chromatin accessibility of "
        "single cells.",
    )
    assert f["modalities"].value == ["atac"]


def test_a_model_used_zero_shot_is_grounded_in_its_pretraining_atlas():
    f = extract("ZeroCell", "ZeroCell labels cell types of new donors zero-shot.")
    assert "atlas" in f["grounding"].value and f["grounding"].evidence


def test_the_fields_open_challenges_are_not_this_models_tasks():
    f = extract(
        "MolText: molecules in words",
        "Models of molecules are widespread. LLMs remain limited in biology due to challenges "
        "including multimodal data integration. We present MolText, which describes small "
        "molecules in plain words.",
    )
    assert "integration" not in f["tasks"].value


def test_an_author_named_chat_is_not_natural_language_input():
    f = extract(
        "CellX: a model",
        "We present CellX, a foundation model pretrained on single-cell RNA-seq of 10 million "
        "cells, following the masked-gene objective of Chatterjee et al.",
    )
    assert "text" not in f["modalities"].value


def test_chromatin_remodelling_genes_are_not_chromatin_accessibility_data():
    f = extract(
        "CellX: a model",
        "We present CellX, a foundation model pretrained on single-cell RNA-seq of 10 million "
        "cells. CellX finds that chromatin remodeling genes drive the response to perturbation.",
    )
    assert f["modalities"].value == ["rna"] and f["family"].value == "foundation"


# ---- issue 10, round 2: rules that follow the vocabulary's meaning (hand-written sentences) ----


def test_labels_carried_over_from_a_reference_is_annotation():
    f = extract(
        "Refa: a model",
        "We present Refa. Cell type labels are transferred from an annotated reference to new "
        "samples of single-cell RNA-seq.",
    )
    assert "annotation" in f["tasks"].value


def test_hyphenated_natural_language_makes_a_text_bridge():
    f = extract(
        "Descra: a model",
        "We present Descra, which aligns single-cell embeddings with natural-language "
        "descriptions of cell types written by curators.",
    )
    assert f["family"].value == "text_bridge"


def test_llm_that_runs_software_by_itself_is_agentic_without_the_word_agent():
    f = extract(
        "Runa: an LLM assistant for single-cell analysis",
        "Runa is driven by GPT-4 and invokes analysis software such as Scanpy on its own, "
        "from quality control to the annotation of scRNA-seq data.",
    )
    assert f["agentic"].value is True and f["family"].value == "agentic"


def test_a_model_the_system_is_built_on_is_not_a_peer_that_discounts_the_sentence():
    f = extract(
        "Runa: a tool",
        "Runa is built on Llama and CellTypist and annotates cell types of scRNA-seq data.",
    )
    assert "annotation" in f["tasks"].value


def test_two_measured_omics_make_a_multimodal_model():
    f = extract(
        "Duo: a model",
        "We present Duo, which embeds RNA and surface protein measurements of the same cells "
        "from CITE-seq into one space.",
    )
    assert f["family"].value == "spatial_multimodal"
    assert {"rna", "protein"} <= set(f["modalities"].value)


def test_counting_cells_is_cell_level_expression_context():
    f = extract(
        "Vocab: a cell language model",
        "Genes are the words of a biological language. We pretrain a masked model on an atlas "
        "of 20 million human cells.",
    )
    assert f["modalities"].value == ["rna"]


def test_data_of_a_secondary_use_is_not_the_models_data():
    f = extract(
        "Expra: a foundation model of gene expression",
        "We present Expra, a foundation model pretrained on 10 million single-cell "
        "transcriptomes. We also apply Expra embeddings to a public scATAC-seq benchmark.",
    )
    assert f["modalities"].value == ["rna"]


def test_zero_shot_alone_is_not_atlas_grounding():
    f = extract(
        "Patho: a vision-language model",
        "We present Patho, which performs zero-shot classification of tissue image patches.",
    )
    assert "atlas" not in f["grounding"].value


def test_zero_shot_annotation_of_cells_is_atlas_grounding():
    f = extract(
        "Cella: a model",
        "We present Cella for scRNA-seq, which supports zero-shot annotation of cell types.",
    )
    assert "atlas" in f["grounding"].value


def test_a_name_with_its_citation_is_another_model_whatever_its_spelling():
    # "Alpha (Li et al., 2024)" is a peer in a list: the sentence is about a group
    f = extract(
        "Narra",
        "Cell captioning - generates free-text descriptions of single cells. Representative "
        "models include Alpha (Li et al., 2024), Narra (Wu et al., 2025), and Gamma (Ho et al., "
        "2025), trained on spatial transcriptomics atlases.",
    )
    assert f["family"].value == "text_bridge" and "spatial" not in f["modalities"].value


def test_chromatin_mapped_to_text_by_an_llm_is_a_text_bridge():
    f = extract(
        "Peakword",
        "Maps chromatin accessibility profiles of cells to textual cell type descriptions "
        "with an LLM.",
    )
    assert f["family"].value == "text_bridge"
    assert {"atac", "text"} <= set(f["modalities"].value)


def test_llm_embeddings_as_features_of_spatial_data_keep_the_spatial_family():
    f = extract(
        "Spafuse",
        "Identifies spatial domains by fusing LLM-derived gene embeddings with spatial "
        "transcriptomics signals.",
    )
    assert f["family"].value == "spatial_multimodal"


def test_a_written_summary_of_each_cell_is_a_bridge_to_text():
    f = extract(
        "Summa: describing cells",
        "Summa writes a short textual summary of each cell from its expression profile and "
        "retrieves cells from a typed query.",
    )
    assert f["family"].value == "text_bridge" and "text" in f["modalities"].value


def test_gene_summaries_read_by_a_sentence_encoder_are_text():
    f = extract(
        "Genembed",
        "We embed each gene with a sentence encoder applied to its NCBI summary and average "
        "the embeddings of the genes a cell expresses.",
    )
    assert "text" in f["modalities"].value


def test_llm_that_calls_software_and_iterates_is_agentic():
    f = extract(
        "Enzo: a planner for enzyme design",
        "Given a goal, Enzo uses GPT-4 to decide the next experiment, calls docking software "
        "and iterates on the candidates until the goal is met.",
    )
    assert f["agentic"].value is True


def test_a_question_in_and_a_written_report_out_are_text():
    f = extract(
        "Slidetalk: a model for histopathology",
        "We present Slidetalk, which takes whole-slide images and a pathologist's question and "
        "generates a diagnostic report.",
    )
    assert {"histology", "text"} <= set(f["modalities"].value)


def test_responses_to_a_therapy_are_the_drug_response_task():
    f = extract(
        "Immo: a model",
        "We present Immo, pretrained on immune cells, which predicts responses to checkpoint "
        "therapy from single-cell RNA-seq.",
    )
    assert "drug_response" in f["tasks"].value


def test_transferring_between_organisms_is_cross_species():
    f = extract(
        "Orga: a model",
        "We present Orga for scRNA-seq, which transfers cell type labels from mouse to human.",
    )
    assert "cross_species" in f["tasks"].value


def test_human_and_mouse_cells_as_data_are_not_cross_species():
    f = extract(
        "Orgb: a model",
        "We present Orgb for scRNA-seq, pretrained on atlases from human and mouse tissues.",
    )
    assert "cross_species" not in f["tasks"].value


def test_an_llm_tool_the_paper_releases_is_not_an_agent():
    f = extract(
        "Tuna: fine-tuning LLMs on single cells",
        "We release Tuna, an open-source tool and a workflow for fine-tuning large language "
        "models on single-cell RNA-seq data.",
    )
    assert f["agentic"].value is False


def test_chain_of_thought_prompting_is_not_an_agent():
    f = extract(
        "Reasa: prompting for annotation",
        "Chain-of-thought prompting of an LLM with marker genes, and a memory-efficient "
        "implementation, improve cell type annotation.",
    )
    assert f["agentic"].value is False


# ---- the optional similarity signal (agent.extract.similarity), with a stand-in encoder ----


class KeywordEncoder:
    """Stand-in for MiniLM: a unit vector by keyword (a description without one gets its own
    axis), so every cosine is 1 or 0."""

    def __init__(self):
        self.calls = 0

    def encode(self, texts):
        from agent.extract.similarity import FAMILY_DESCRIPTIONS

        described = {d for ds in FAMILY_DESCRIPTIONS.values() for d in ds}
        self.calls += 1
        out = []
        for t in texts:
            axis = next(
                (i for i, k in enumerate(("tissue", "language", "chromatin")) if k in t), None
            )
            axis = axis if axis is not None else 3 if t in described else 4
            out.append([1.0 if i == axis else 0.0 for i in range(5)])
        return out


def extract_with_similarity(title: str, body: str, encoder):
    from agent.extract.similarity import FamilySimilarity

    paper = PaperText(title=title, pages=[Page(number=1, text=f"{title}\n{body}")], source="t")
    ex = LexiconExtractor(similarity=FamilySimilarity(encoder=encoder))
    return ex.extract(paper).fields


def test_similarity_decides_where_no_term_does_and_quotes_the_sentence():
    body = "Zed places every measured cell back within the tissue it came from."
    assert extract("Zed", body)["family"].value == "foundation"  # the rules alone: no term
    f = extract_with_similarity("Zed", body, KeywordEncoder())
    assert f["family"].value == "spatial_multimodal"
    assert [e.quote for e in f["family"].evidence] == [f"Zed {body}"]  # title + sentence
    assert any("similarity: spatial_multimodal" in str(x) for x in f["family"].flags)


def test_similarity_never_overrules_a_clear_rule_decision():
    body = (
        "Zed learns from ATAC-seq peaks of single cells. Zed is pretrained on scATAC-seq "
        "profiles. Zed places cells within the tissue."
    )
    f = extract_with_similarity("Zed", body, KeywordEncoder())
    assert f["family"].value == "epigenomic"


def test_similarity_model_is_not_used_for_an_agent():
    enc = KeywordEncoder()
    f = extract_with_similarity(
        "Zed: an LLM agent",
        "Zed is an LLM agent that plans analyses and calls tools on the tissue data.",
        enc,
    )
    assert f["family"].value == "agentic" and enc.calls == 0


def test_an_agents_instructions_are_not_a_data_modality():
    # (lexicon-10: a user's request in natural language is text the agent reads; the
    # instructions its controller follows are not)
    f = extract(
        "Omnia: an LLM agent for single-cell analysis",
        "Omnia is an LLM agent that follows instructions, plans the steps and calls tools to "
        "cluster and annotate scRNA-seq data.",
    )
    assert f["agentic"].value is True and f["modalities"].value == ["rna"]


def test_text_an_agent_works_on_stays_a_modality():
    f = extract(
        "Curo: an LLM agent for curation",
        "Curo is an LLM agent that plans searches and calls tools to read the literature and "
        "extract natural-language descriptions of cell types from papers into records of "
        "scRNA-seq studies.",
    )
    assert "text" in f["modalities"].value


@pytest.mark.parametrize(
    "tools",
    [
        "two tools, a PubMed search that returns abstracts and a marker database",
        "tools such as web search and a differential expression routine",
        "a retrieval index over the documentation of analysis packages",
        "tools that browse the internet",
    ],
    ids=["pubmed-search", "web-search", "documentation", "browsing"],
)
def test_an_agent_searching_documents_as_a_tool_reads_text(tools):
    f = extract(
        "Ferro: an LLM agent for single-cell analysis",
        f"Ferro couples an LLM to {tools}, plans the steps and annotates scRNA-seq clusters.",
    )
    assert "text" in f["modalities"].value


def test_a_long_reach_to_the_literature_an_agent_reads_is_text():
    f = extract(
        "Lanner: agents for discovery",
        "Lanner is a multi-agent system whose search agents read and synthesise the scientific "
        "literature to propose hypotheses, and whose analysis agent runs code on scRNA-seq data.",
    )
    assert "text" in f["modalities"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Its labels were confirmed by a literature search, which we ran by hand.",
        "Source code and documentation are available online.",
        "Its 40 training cohorts were located through a web search of public archives.",
        "Following a PubMed search, marker genes for each lineage were chosen as priors.",
        "It is tested against language models on literature search questions.",
        "Please read the documentation before installing.",
        "Users can consult the documentation for details.",
        "The package ships searchable documentation and tutorials.",
        "Users can browse the web-based atlas and download the data.",
        "We use a literature search to compile marker genes.",
        "Cell types were annotated using marker genes from a literature search of each tissue.",
    ],
    ids=[
        "authors-search",
        "released-documentation",
        "data-found",
        "priors-found",
        "benchmark",
        "read-the-docs",
        "users-consult",
        "searchable",
        "web-based",
        "we-use",
        "using",
    ],
)
def test_the_authors_search_or_documentation_is_no_text_the_model_reads(sentence):
    f = extract(
        "Kolt: a foundation model",
        f"We present Kolt, a transformer pretrained on scRNA-seq profiles. {sentence}",
    )
    assert f["modalities"].value == ["rna"]


def test_an_agent_whose_cells_are_wet_lab_read_outs_reads_no_expression():
    f = extract(
        "Tallow: an LLM agent for gene editing",
        "Tallow is an LLM agent that plans CRISPR knockout experiments, calls guide design "
        "tools and ranks the genes whose loss lowers cell viability in cell lines.",
    )
    assert "rna" not in f["modalities"].value


def test_wet_lab_read_outs_in_capitals_are_no_cells_either():
    f = extract(
        "Tallow: an LLM agent for gene editing",
        "Tallow is an LLM agent that plans CRISPR knockout experiments, calls guide design "
        "tools and ranks genes by Cell Viability in Cell Lines.",
    )
    assert "rna" not in f["modalities"].value


def test_drug_responses_of_cell_lines_read_from_expression_are_rna():
    f = extract(
        "Dosa: a model",
        "We present Dosa, which predicts the drug response of cancer cell lines from their "
        "gene expression.",
    )
    assert "rna" in f["modalities"].value


def test_cells_named_by_type_are_cell_level_expression_context():
    f = extract("Tact: a model", "We present Tact, which predicts how T cells of a tumour respond.")
    assert "rna" in f["modalities"].value


def test_a_b_cell_receptor_sequence_is_not_expression_context():
    f = extract(
        "Recep: a protein language model",
        "We present Recep, a protein language model that designs B-cell receptor sequences.",
    )
    assert "rna" not in f["modalities"].value


def test_perturb_seq_is_an_rna_assay():
    f = extract("Pert: a model", "We present Pert, trained on Perturb-seq screens of 2,000 genes.")
    assert "rna" in f["modalities"].value


def test_asking_whether_existing_models_can_do_something_is_an_evaluation():
    f = extract(
        "Do foundation models of cells know regulation?",
        "We investigate whether the attention weights of two pretrained single-cell "
        "foundation models reflect known gene regulatory networks.",
    )
    assert f["family"].value == "benchmark"


def test_asking_how_well_our_model_does_is_not_an_evaluation_of_others():
    f = extract(
        "Regu: a foundation model",
        "We present Regu, a foundation model of single-cell RNA-seq, and investigate how well "
        "our models recover gene regulatory networks.",
    )
    assert f["family"].value == "foundation"


def test_multimodal_over_a_proteins_sequence_and_structure_is_not_the_spatial_family():
    f = extract(
        "Fuse: a multimodal protein model",
        "We present Fuse, a multimodal model that combines protein sequence and structure "
        "graphs in a pretrained transformer to predict function.",
    )
    assert f["family"].value == "foundation"


def test_multimodal_over_rna_and_chromatin_of_cells_stays_the_spatial_family():
    f = extract(
        "Fusc: a multimodal model",
        "We present Fusc, a multimodal model of RNA and chromatin accessibility measured in "
        "the same single cells.",
    )
    assert f["family"].value == "spatial_multimodal"


def test_telling_diseased_from_healthy_cells_is_annotation():
    f = extract(
        "Diso: a model",
        "We present Diso for scRNA-seq, which distinguishes diseased from healthy cells.",
    )
    assert "annotation" in f["tasks"].value


def test_an_llm_prompted_with_spatial_markers_to_annotate_is_a_text_bridge():
    f = extract(
        "Spotlm",
        "Annotates spatial transcriptomics spots by prompting GPT-4 with the marker genes of "
        "each spatial domain.",
    )
    assert f["family"].value == "text_bridge"
    assert {"rna", "spatial", "text"} <= set(f["modalities"].value)


def test_an_llm_reasoning_over_chromatin_to_annotate_is_a_text_bridge():
    f = extract(
        "Peaklm",
        "An LLM reasons over chromatin accessibility peaks near marker genes to annotate "
        "scATAC-seq cells.",
    )
    assert f["family"].value == "text_bridge"


def test_a_vision_language_model_reads_text():
    f = extract(
        "Histovl: a vision-language model for pathology",
        "We present Histovl, trained on whole-slide image patches paired with captions.",
    )
    assert {"histology", "text"} <= set(f["modalities"].value)


def test_spatial_and_expression_context_is_spatial_data():
    f = extract("Spex", "Spex encodes spatial & expression context of each cell for an LLM.")
    assert "spatial" in f["modalities"].value


def test_a_language_model_of_cells_is_not_a_bridge_to_text():
    f = extract(
        "Sclm: a pretrained deep language model for cell type annotation of single-cell RNA-seq",
        "We pretrain a transformer on millions of unlabelled cells and fine-tune it to annotate "
        "cell types.",
    )
    assert f["family"].value == "foundation" and f["modalities"].value == ["rna"]
    assert f["family"].evidence  # the pretraining sentence says so


def test_a_language_model_that_writes_about_cells_is_a_text_bridge():
    f = extract(
        "Scwrite: a language model that describes cells",
        "Scwrite writes natural-language descriptions of single cells from their genes.",
    )
    assert f["family"].value == "text_bridge"


def test_the_literal_gate_never_hides_a_term_match():
    # score_terms skips a term's regex when none of its required literals is in the sentence
    from agent.extract import lexicon as lx

    sents = [
        "We present Zed, an LLM agent that invokes Scanpy on its own to annotate T cells.",
        "Cell type labels are transferred from an atlas of 20 million human cells.",
        "It maps scATAC-seq peaks to natural-language descriptions and answers users' questions.",
        "A vision-language model for H&E whole-slide images predicts spatial gene expression.",
    ]
    tables = [lx.MODALITY_TERMS, lx.GROUNDING_TERMS, lx.TASK_TERMS, lx.FAMILY_TERMS]
    for table in [*tables, lx.DOMAIN_TERMS, lx.CELL_CONTEXT]:
        for pattern in table.values():
            rx, lits = lx.term_rx(pattern)
            assert lits is not None
            for s in sents:
                if rx.search(s):
                    assert any(lit in s.lower() for lit in lits), (pattern[:40], s)


def test_one_scan_names_the_terms_whose_literals_a_sentence_holds():
    from agent.extract import lexicon as lx

    terms = (
        ("a", r"\bspatial (map|atlas)"),
        ("b", r"\bdeconvol\w+"),
        ("c", r"\w+ cells?"),
        ("d", r"\w+"),  # no literal: its regex always runs
    )
    scan = lx.terms_literals(terms)
    assert scan.values_in("it deconvolves spots into a spatial atlas") == {"a", "b", "d"}
    assert scan.values_in("nothing here") == {"d"}


def test_the_literal_scan_agrees_with_a_substring_test_of_each_literal():
    from agent.extract import lexicon as lx

    sents = [
        "We present Zed, an LLM agent that invokes Scanpy on its own to annotate T cells.",
        "Cell type labels are transferred from an atlas of 20 million human cells.",
        "It maps scATAC-seq peaks to natural-language descriptions and answers users' questions.",
        "A vision-language model for H&E whole-slide images predicts spatial gene expression.",
    ]
    tables = [lx.MODALITY_TERMS, lx.GROUNDING_TERMS, lx.TASK_TERMS, lx.FAMILY_TERMS]
    for table in [*tables, lx.DOMAIN_TERMS, lx.CELL_CONTEXT]:
        scan = lx.terms_literals(tuple(table.items()))
        for low in (s.lower() for s in sents):
            one_by_one = {
                v
                for v, p in table.items()
                if (lits := lx.term_rx(p)[1]) is None or any(lit in low for lit in lits)
            }
            assert scan.values_in(low) == one_by_one


# ---- lexicon-4.1: rules that matched far too broadly on natural sentences (code review) ----


def test_a_spatial_model_that_answers_biological_questions_is_not_a_text_bridge():
    f = extract(
        "Spaz: a model",
        "We present Spaz, a deep model of spatial transcriptomics that finds spatial domains to "
        "answer fundamental biological questions.",
    )
    assert f["family"].value == "spatial_multimodal"


def test_researchers_querying_spatial_domains_is_not_text_input():
    f = extract(
        "Spaz: a model",
        "We present Spaz, a deep model of spatial transcriptomics that lets researchers query "
        "spatial domains.",
    )
    assert "text" not in f["modalities"].value


def test_results_matching_published_reports_are_not_text_output():
    f = extract(
        "Atak: a model",
        "We present Atak, a model of single-cell chromatin accessibility from scATAC-seq. "
        "The model produced results matching published reports.",
    )
    assert "text" not in f["modalities"].value


def test_reads_mapped_to_a_reference_genome_are_not_cross_species():
    f = extract(
        "Orgc: a model",
        "We present Orgc for scRNA-seq. Reads were mapped to the human reference genome.",
    )
    assert "cross_species" not in f["tasks"].value


def test_inhibitory_neurons_are_not_the_drug_response_task():
    f = extract(
        "Neur: a model",
        "We present Neur for scRNA-seq. Cluster 5 corresponds to inhibitory neurons.",
    )
    assert "drug_response" not in f["tasks"].value


def test_identifying_regulators_of_cells_is_not_annotation():
    f = extract(
        "Regu: a model",
        "We present Regu for scRNA-seq. We identified regulators of stem cells.",
    )
    assert "annotation" not in f["tasks"].value


def test_calling_variants_with_software_is_not_an_agent_act():
    from agent.extract.lexicon import AGENT_ACTIONS

    assert not AGENT_ACTIONS.search("Variants were called with standard software.")


def test_iterating_over_cells_is_not_an_agent_act():
    from agent.extract.lexicon import AGENT_ACTIONS

    assert not AGENT_ACTIONS.search("The encoder iterates over cells in each batch.")


def test_selecting_baseline_methods_is_not_an_agent_act():
    from agent.extract.lexicon import AGENT_ACTIONS

    assert not AGENT_ACTIONS.search("We selected three baseline methods for comparison.")


def test_an_llm_that_calls_an_api_does_an_agent_act():
    from agent.extract.lexicon import AGENT_ACTIONS

    assert AGENT_ACTIONS.search("The LLM calls an API to fetch gene annotations.")


def test_an_organism_before_a_citation_is_not_another_model():
    from agent.extract.lexicon import other_models

    others = other_models(
        "Zed annotates cells in Drosophila [4] and Seurat (Hao et al., 2021).", None
    )
    assert "Drosophila" not in others


def test_attention_the_model_also_applies_is_not_a_secondary_use():
    from agent.extract.lexicon import SECONDARY_USE

    assert not SECONDARY_USE.search(
        "Zed also applies attention over the spatial neighbours of each cell."
    )


def test_an_assistant_that_runs_tools_on_the_data_is_agentic():
    f = extract(
        "TissueDesk: asking tissue sections questions",
        "We describe an assistant for spatial transcriptomics: given a question, the LLM "
        "runs the clustering tools on the slide and reports what it found.",
    )
    assert f["agentic"].value is True


def test_a_foundation_model_of_images_and_spatial_expression_is_spatial_multimodal():
    f = extract(
        "A foundation model of tissue from stained slides and expression",
        "We pretrain a transformer on H&E whole-slide images paired with spatial gene "
        "expression of 400 tissue sections, and predict expression from the image.",
    )
    assert f["family"].value == "spatial_multimodal"


def test_a_foundation_model_of_chromatin_accessibility_is_epigenomic():
    f = extract(
        "A foundation model of open chromatin",
        "We pretrain a transformer on scATAC-seq peaks of four million nuclei; its "
        "embeddings of chromatin accessibility separate cell types.",
    )
    assert f["family"].value == "epigenomic"


def test_an_llm_that_chooses_its_steps_and_retries_failures_is_agentic():
    f = extract(
        "OmicsPilot: hands-free analysis",
        "The language model looks at the count matrix, chooses which normalisation and "
        "clustering steps to use, and repeats the steps that fail.",
    )
    assert f["agentic"].value is True


def test_simulating_the_expression_of_unseen_samples_is_generation():
    f = extract(
        "A generative model of donors",
        "We train a transformer on blood cells of 300 donors and simulate the expression "
        "of donors it has never seen.",
    )
    assert "generation" in f["tasks"].value


def test_millions_of_cells_of_a_kind_are_an_atlas():
    f = extract(
        "A model of lung cells",
        "We pretrain a transformer on 6 million human lung epithelial cells.",
    )
    assert "atlas" in f["grounding"].value


def test_a_language_model_of_genes_that_writes_descriptions_of_cells_is_a_text_bridge():
    f = extract(
        "Reading cells aloud",
        "We fine-tune a language model on the ranked gene names of two million cells so "
        "that it writes a description of each cell and generates cells from a description.",
    )
    assert f["family"].value == "text_bridge" and "text" in f["modalities"].value


def test_what_the_llm_system_does_counts_in_sentences_that_do_not_name_the_llm():
    f = extract(
        "Running cloning experiments with a large language model",
        "We connect a large language model to a pipetting robot. The system turns a request "
        "into a protocol, monitors execution on the robot and retries the steps that fail.",
    )
    assert f["agentic"].value is True


def test_common_methods_words_without_an_llm_beside_them_are_not_agent_acts():
    f = extract(
        "GeneText: gene embeddings from an LLM",
        "We embed gene descriptions with a large language model. The embeddings plug into "
        "existing workflows and tools for clustering cells.",
    )
    assert f["agentic"].value is False


def test_an_llm_whose_function_calls_are_fed_back_to_it_is_agentic():
    f = extract(
        "Talking to your data",
        "A language model turns each question into calls to a library of analysis functions, "
        "whose results are fed back to it.",
    )
    assert f["agentic"].value is True


def test_transferring_hyphenated_cell_type_labels_is_annotation():
    f = extract(
        "A model of tissue sections",
        "The representations transfer cell-type labels from a dissociated reference to the "
        "spatial data.",
    )
    assert "annotation" in f["tasks"].value


def test_mapping_free_text_labels_onto_an_ontology_is_annotation():
    f = extract(
        "Tidy labels",
        "We fine-tune a language model to map the free-text cell labels of submitted "
        "datasets onto the Cell Ontology.",
    )
    assert "annotation" in f["tasks"].value


def test_aligning_datasets_of_two_assays_into_a_common_space_is_integration():
    f = extract(
        "Joint embedding of two assays",
        "The model aligns unpaired scRNA-seq and scATAC-seq datasets into a common space.",
    )
    assert "integration" in f["tasks"].value


def test_an_agents_released_trajectories_are_not_the_trajectory_task():
    f = extract(
        "Evaluating analysis agents",
        "We compare four agent frameworks on 100 single-cell analysis tasks. The tasks, "
        "harness and agent trajectories are released.",
    )
    assert "trajectory_perturbation" not in f["tasks"].value


def test_a_foundation_model_of_cells_with_spatial_context_stays_a_foundation_model():
    f = extract(
        "A spatially aware foundation model for single-cell transcriptomics",
        "We pretrain a transformer foundation model on 20 million cells of a cell atlas and "
        "one million spots of spatial transcriptomics, encoding each cell with its spatial "
        "neighbourhood.",
    )
    assert f["family"].value == "foundation"


def test_a_task_left_for_future_work_is_not_a_task():
    f = extract(
        "Cell typing with a pretrained encoder",
        "Our encoder, pretrained on five million cells, labels the cell types of new samples. "
        "Deconvolving Visium spots into their cell types is something we leave for future "
        "work.",
    )
    assert "spatial_mapping" not in f["tasks"].value


def test_pathway_resources_an_assistant_queries_are_not_regulatory_inference():
    f = extract(
        "An assistant for screen design",
        "Through web APIs, the assistant looks up pathway resources and gene databases.",
    )
    assert "regulatory_inference" not in f["tasks"].value


def test_regulatory_elements_used_as_tokens_are_not_regulatory_inference():
    f = extract(
        "Accessibility tokens",
        "Each nucleus becomes a sentence of tokens, one per accessible cis-regulatory element "
        "in a shared reference list.",
    )
    assert "regulatory_inference" not in f["tasks"].value


def test_identifying_regulators_behind_cell_states_is_regulatory_inference():
    f = extract(
        "Explaining cell states",
        "From its attention maps we identify the transcription factors that drive each state.",
    )
    assert "regulatory_inference" in f["tasks"].value


def test_gene_module_inference_named_as_a_task_is_regulatory_inference():
    f = extract("A cell model", "Downstream uses cover clustering and gene module inference.")
    assert "regulatory_inference" in f["tasks"].value


def test_markers_of_two_lineages_are_not_the_trajectory_task():
    f = extract(
        "Quality control with an LLM",
        "Clusters that co-express markers of two lineages are flagged as likely doublets.",
    )
    assert "trajectory_perturbation" not in f["tasks"].value


def test_reconstructing_cell_lineages_is_the_trajectory_task():
    f = extract("A model of blood", "The model reconstructs cell lineages in haematopoiesis.")
    assert "trajectory_perturbation" in f["tasks"].value


def test_agreement_with_annotations_made_by_pathologists_is_not_annotation():
    f = extract(
        "Tissue regions from images",
        "The predicted regions overlap well with annotations by two pathologists.",
    )
    assert "annotation" not in f["tasks"].value


def test_species_pooled_for_pretraining_are_not_the_cross_species_task():
    f = extract(
        "A genome model",
        "Accuracy improves only when different species are used in pretraining.",
    )
    assert "cross_species" not in f["tasks"].value


def test_multiplexed_tissue_imaging_of_proteins_is_spatial():
    f = extract(
        "Pretraining on tumour images",
        "Training data are cells segmented from imaging mass cytometry of tumour sections.",
    )
    assert "spatial" in f["modalities"].value


def test_an_llm_that_does_not_run_code_is_not_agentic():
    f = extract(
        "Summaries of clusters",
        "A large language model reads the top genes of every cluster and writes a label; "
        "the language model never runs code and does not call external tools.",
    )
    assert f["agentic"].value is False


def test_a_metric_name_beside_the_model_is_not_another_model():
    f = extract(
        "A cell model",
        "We present scOrca, a transformer of cells. scOrca annotates cell types with a "
        "macro-F1 of 0.9 and a scIB score of 0.7.",
    )
    assert "annotation" in f["tasks"].value


def test_a_task_done_better_than_named_baselines_is_the_models_task():
    f = extract(
        "A cell model",
        "We present scOrca, a transformer of cells. For batch correction scOrca scores higher "
        "than SeuratX, BBKNN-2 and LIGER-2.",
    )
    assert "integration" in f["tasks"].value


def test_rna_sequences_are_molecules_not_the_rna_seq_assay():
    f = extract("Folding with a language model", "We model tRNA and rRNA sequences.")
    assert "rna" not in f["modalities"].value


def test_rna_families_are_molecules_not_the_rna_assay():
    f = extract("Folding with a language model", "The embeddings sort RNA families apart.")
    assert "rna" not in f["modalities"].value


def test_point_and_box_prompts_of_an_image_model_are_not_text():
    f = extract(
        "Cell outlines",
        "Users correct difficult outlines by clicking point or box prompts.",
    )
    assert "text" not in f["modalities"].value


def test_cells_seen_in_images_with_no_gene_named_are_not_rna():
    f = extract(
        "Counting cells in slides",
        "A detector trained on one million outlined cells from microscopy images counts "
        "lymphocytes in new slides.",
    )
    assert "rna" not in f["modalities"].value


def test_an_llm_that_chooses_a_strategy_and_reruns_until_stable_is_agentic():
    f = extract(
        "Aligning atlases",
        "The LLM decides which normalisation strategy fits, then re-runs the integration "
        "with new parameters until the batches mix.",
    )
    assert f["agentic"].value is True


def test_we_benchmarked_pretrained_models_in_the_past_tense_is_a_benchmark():
    f = extract(
        "How good are cell models at drug response?",
        "We evaluated seven published cell models on twelve drug screens. As a reference we "
        "propose MedianDrug, a linear baseline.",
    )
    assert f["family"].value == "benchmark"


def test_outputs_taken_from_several_existing_models_and_probed_is_a_benchmark():
    f = extract(
        "Looking inside cell models",
        "We probed the cell embeddings of four published models with linear classifiers.",
    )
    assert f["family"].value == "benchmark"


def test_a_model_that_embeds_paragraphs_of_papers_is_text():
    f = extract(
        "Cells meet papers",
        "Our dual encoder embeds expression profiles and paragraphs of papers side by side.",
    )
    assert "text" in f["modalities"].value


def test_phenotyping_cells_is_annotation():
    f = extract("Imaging cells", "The encoder phenotypes cells in unseen cohorts.")
    assert "annotation" in f["tasks"].value


def test_data_drawn_from_several_species_are_not_the_cross_species_task():
    f = extract("A genome model", "Pretraining on data from multiple species helps.")
    assert "cross_species" not in f["tasks"].value


# ---------------------------------------------------------------- lexicon-7 (training corpus)


def test_named_benchmark_that_evaluates_models_is_a_benchmark():
    f = extract(
        "Sandpiper: a retina testbed",
        "Sandpiper evaluates seven published cell models on batch removal across eleven "
        "retina datasets.",
    )
    assert f["family"].value == "benchmark"


def test_a_model_that_ranks_first_among_methods_is_no_benchmark():
    f = extract(
        "Thistle: lung cells at scale",
        "Thistle is a transformer pretrained on twelve million lung cells. Thistle ranks "
        "first among nine methods for batch removal.",
    )
    assert f["family"].value != "benchmark"


def test_evaluating_several_of_them_is_a_benchmark():
    f = extract(
        "Do chromatin encoders generalise?",
        "Many pretrained chromatin encoders have appeared. We evaluate five of them on "
        "held-out tissues from three labs.",
    )
    assert f["family"].value == "benchmark"


def test_a_run_of_acts_with_code_written_and_run_is_an_agent_without_the_word_llm():
    f = extract(
        "Wayleave",
        "Given a question about a marrow sample, Wayleave outlines its plan, produces Python "
        "code, executes the code in isolation and debugs the calls that crash.",
    )
    assert f["agentic"].value is True


def test_a_pipeline_that_runs_tools_and_retries_is_no_agent():
    f = extract(
        "Sedgeflow",
        "Sedgeflow is a workflow that runs alignment software on every sample, checks the "
        "output quality and repeats failed steps until they pass.",
    )
    assert f["agentic"].value is False


def test_hyphenated_language_model_planner_makes_an_agent():
    f = extract(
        "Culvert",
        "Culvert uses a language-model planner to choose and run niche-calling methods on "
        "tissue sections, checking intermediate results before each next step.",
    )
    assert f["agentic"].value is True


def test_named_llm_system_that_writes_and_runs_code_is_an_agent():
    f = extract(
        "Teasel: from guide libraries to claims",
        "We present Teasel, a large language model with a statistics toolbox. Teasel "
        "groups silenced genes by their effects, then writes and runs code to contrast them.",
    )
    assert f["agentic"].value is True


def test_a_tool_the_paper_releases_is_no_agent_act():
    f = extract(
        "Vervain: gene descriptions for cells",
        "We present Vervain, a large language model that aligns cells with gene descriptions. "
        "Vervain can be accessed programmatically and is released as a tool.",
    )
    assert f["agentic"].value is False


def test_cells_that_were_annotated_in_passing_are_annotation():
    f = extract(
        "Bracken: admission blood",
        "We present Bracken, a transformer pretrained on blood cells. Per patient, "
        "circulating cells are annotated, then averaged into a single profile.",
    )
    assert "annotation" in f["tasks"].value


def test_cells_annotated_by_curators_are_a_reference_not_the_task():
    f = extract(
        "Bracken: admission blood",
        "We present Bracken, a transformer that forecasts knockout effects. All cells of its "
        "training atlas were annotated by expert curators.",
    )
    assert "annotation" not in f["tasks"].value


def test_labelled_cells_as_an_adjective_are_not_annotation():
    f = extract(
        "Bracken: admission blood",
        "We present Bracken, a transformer that forecasts knockout effects. Tuning needs only "
        "500 labelled cells per screen.",
    )
    assert "annotation" not in f["tasks"].value


def test_cell_typing_is_annotation():
    f = extract(
        "Fernlet: sparse methylomes",
        "We present Fernlet, a transformer for single-cell methylomes. On sparse coverage, "
        "Fernlet improves cell typing in the cortex.",
    )
    assert "annotation" in f["tasks"].value


# ---------------------------------------------------------------- lexicon-8 (agents)


def test_a_workflow_told_over_several_sentences_is_an_agent():
    f = extract(
        "Quillon",
        "Quillon receives a question about a tumour atlas. It first splits the question into "
        "sub-questions. For each one it drafts Python, executes it in a sandbox and reads the "
        "output. When the numbers do not support an answer it tries again.",
    )
    assert f["agentic"].value is True


def test_a_pipeline_told_over_several_sentences_is_no_agent():
    f = extract(
        "Marlpath",
        "Marlpath is a workflow manager for sequencing cores. It runs alignment tools on each "
        "sample. It checks the output logs. Failed jobs are retried until they succeed.",
    )
    assert f["agentic"].value is False


def test_acts_a_system_says_it_does_not_do_are_no_agent_acts():
    f = extract(
        "Lorikeet: an LLM assistant for questions about cells",
        "Lorikeet answers questions about single-cell profiles in plain language. It executes "
        "no code, so every answer comes from the profile itself, and it queries no external "
        "database.",
    )
    assert f["agentic"].value is False


@pytest.mark.parametrize(
    "later",
    [
        "In later work we plan to expose Tamsin as a tool that an autonomous agent could call.",
        "Tamsin can serve autonomous agents as a callable tool; building such agents is outside "
        "the scope of this work.",
    ],
)
def test_an_agent_left_for_later_work_does_not_make_the_model_agentic(later):
    f = extract(
        "Tamsin",
        f"We pretrain Tamsin, a transformer, on 20 million single-cell transcriptomes. {later}",
    )
    assert f["agentic"].value is False


def test_an_llm_with_tools_of_its_own_is_agentic():
    f = extract(
        "Naming gene programmes with a language model with pathway and ontology tools",
        "Tessellate names the gene programmes of single-cell atlases.",
    )
    assert f["agentic"].value is True


def test_an_llm_systems_component_that_calls_tools_is_an_agent_act():
    f = extract(
        "Sorrel",
        "Sorrel asks three LLM reviewers to label the same cell clusters. Each reviewer may "
        "call lookup and plotting tools.",
    )
    assert f["agentic"].value is True


def test_deciding_how_to_do_a_step_and_calling_tools_is_an_agent_without_an_llm_named():
    f = extract(
        "Ferrule",
        "Ferrule decides how to align the two atlases and calls clustering and mapping tools.",
    )
    assert f["agentic"].value is True


# ---------------------------------------------------------------- lexicon-8 (families)


def test_genes_embedded_by_a_hyphenated_language_model_make_a_text_bridge():
    f = extract(
        "Lumenword",
        "Lumenword represents every gene by the language-model embedding of its curated summary "
        "and every cell as the expression-weighted mean of those vectors.",
    )
    assert f["family"].value == "text_bridge"


def test_a_pretrained_encoder_the_system_uses_does_not_make_it_a_foundation_model():
    f = extract(
        "Tessaline",
        "Tessaline deconvolves Visium spots into cell-type proportions, taking its signatures "
        "from a single-cell reference encoded by a pretrained transformer.",
    )
    assert f["family"].value == "spatial_multimodal"


def test_a_model_of_single_cell_methylomes_is_epigenomic():
    f = extract(
        "Cytomere",
        "Cytomere is pretrained on 900,000 single-cell methylomes and classifies cell types "
        "from sparse CpG coverage.",
    )
    assert f["family"].value == "epigenomic"


def test_histone_mark_profiles_of_single_cells_are_not_rna():
    f = extract(
        "Markwise",
        "Markwise embeds single-cell CUT&Tag profiles of histone marks and separates cell types "
        "in the bone marrow.",
    )
    assert "rna" not in f["modalities"].value


def test_what_llms_in_general_do_in_a_background_sentence_is_no_agent_act():
    f = extract(
        "Corvale: a language model that names cell types",
        "Corvale is fine-tuned to name cell types from marker genes with a written rationale. "
        "Large language models can plan analyses and call tools, but they struggle to explain "
        "their labels.",
    )
    assert f["agentic"].value is False


def test_data_named_only_as_a_contrast_is_not_a_modality():
    f = extract(
        "Poreline",
        "Poreline annotates single-cell ATAC-seq profiles, a task harder than for transcriptomes.",
    )
    assert "rna" not in f["modalities"].value


def test_data_named_in_the_problem_the_field_finds_hard_is_not_a_modality():
    f = extract(
        "Loopkit",
        "Loopkit predicts chromatin contacts from DNA sequence. How enhancers shape gene "
        "expression remains hard to study.",
    )
    assert "rna" not in f["modalities"].value


def test_a_multimodal_model_of_the_genomes_sequence_and_chromatin_is_epigenomic():
    f = extract(
        "Foldwise: multimodal learning of genome folding",
        "Foldwise is a multimodal network that predicts chromatin contacts from DNA sequence "
        "and CTCF binding. Its multimodal encoder reads the genome sequence and binding tracks "
        "together.",
    )
    assert f["family"].value == "epigenomic"


# guards from the review of lexicon-8: what the new rules must not do


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Genepoet",
            "Genepoet is a large language model that annotates cell types from marker genes. "
            "Its accuracy is on par with existing annotation tools.",
        ),
        (
            "Snakeweave",
            "Snakeweave is a Snakemake workflow for single-cell RNA-seq processing. In the next "
            "step it determines which steps must be rerun. It runs alignment and quantification "
            "tools on each sample and checks the output logs. Jobs that fail are resubmitted "
            "until they complete.",
        ),
        (
            "Genewhisper",
            "Genewhisper is an LLM chatbot for single-cell atlases. It queries a curated "
            "knowledge base, selects which passages to quote and checks its answers.",
        ),
        (
            "Gatekeep",
            "In Gatekeep the user chooses how to filter the cells, and the package then runs "
            "the QC software.",
        ),
        (
            "Notewise",
            "Notewise is a large language model that writes descriptions of cell clusters from "
            "their expression. Notebooks to run the Python code are available online.",
        ),
    ],
)
def test_pipelines_chatbots_and_users_decisions_are_not_agents(title, body):
    assert extract(title, body)["agentic"].value is False


def test_future_states_a_model_predicts_are_not_future_work():
    f = extract(
        "Fatecast",
        "Fatecast is a transformer trained on single-cell ATAC-seq profiles: from one snapshot "
        "of single-cell chromatin accessibility, future cell fates can be read out.",
    )
    assert f["modalities"].value == ["atac"]


def test_a_comparison_between_the_models_own_assays_keeps_both():
    f = extract(
        "Cellarion",
        "Cellarion annotates single cells from either assay of a multiome experiment; its "
        "accuracy is higher on RNA profiles than on ATAC profiles.",
    )
    assert "atac" in f["modalities"].value


def test_a_passing_mention_of_cpg_islands_keeps_the_rna_prior():
    f = extract(
        "Ageloom",
        "Ageloom annotates cell types in single-cell atlases of ageing tissues. Genes near CpG "
        "islands dominate its attention.",
    )
    assert f["modalities"].value == ["rna"]


def test_a_model_initialised_with_pretrained_weights_keeps_its_foundation_evidence():
    from agent.extract.lexicon import Sentence, pretrained_components

    hit = Sentence("Cellarion is initialised with a pretrained transformer.", 1, 3.0)
    fam = pretrained_components({"foundation": (3.0, [(3.0, hit)])})
    assert fam["foundation"][0] == 3.0


# ---- lexicon-9 (tasks read by what the verb acts on) -------------------------------------------


def tasks(title: str, body: str) -> list[str]:
    return [str(t) for t in extract(title, body)["tasks"].value]


@pytest.mark.parametrize(
    "body",
    [
        "Quillon turns single-cell expression profiles into cell embeddings: it generates cell "
        "embeddings with a sentence encoder.",
        "Quillon reads marker genes of single-cell clusters and generates cell type annotations "
        "that match the experts' labels.",
        "Quillon reads single-cell clusters and can also generate text describing non-text data "
        "such as gene sets.",
        "Quillon finds rare cell types in single-cell data; on 300 simulated datasets it beats "
        "clustering.",
        "Quillon annotates single cells from marker genes generated from single-cell clustering.",
        "Single-cell technologies generate expression profiles of millions of cells, and Quillon "
        "annotates them.",
    ],
)
def test_what_is_generated_must_be_data_for_the_generation_task(body):
    assert "generation" not in tasks("Quillon", body)


def test_a_list_of_research_steps_is_not_generation():
    body = (
        "Science moves through hypothesis generation, experimentation and data analysis. "
        "Quillon is an LLM agent for single-cell studies that plans experiments and runs code."
    )
    assert "generation" not in tasks("Quillon", body)


def test_pseudo_cell_generation_named_as_a_task_is_generation():
    body = (
        "Quillon is a copilot for single-cell RNA-seq that does cell type annotation and "
        "conditional pseudo-cell generation from plain-language commands."
    )
    assert "generation" in tasks("Quillon", body)


@pytest.mark.parametrize(
    "body",
    [
        "Vantro embeds genes for single-cell perturbation models from text: NCBI summaries and "
        "Gene Ontology annotations are passed through a language model.",
        "Vantro predicts single-cell perturbation responses; curated functional annotations of "
        "each gene help most.",
        "Vantro predicts drug responses of single cells, classifying the response of cells to "
        "each compound.",
        "Vantro predicts single-cell perturbation effects and detects cell-type-specific "
        "responses to knockouts.",
        "Vantro predicts single-cell chromatin states and identifies key regulators of cell "
        "identity during reprogramming.",
    ],
)
def test_knowledge_about_genes_and_cell_type_adjectives_are_not_annotation(body):
    assert "annotation" not in tasks("Vantro", body)


@pytest.mark.parametrize(
    "body",
    [
        "Vantro builds a graph of single-cell multi-omics data and excels at identifying rare "
        "populations that clustering misses.",
        "Vantro is a pretrained single-cell encoder evaluated on cell type clustering.",
        "Vantro pretrains on single-cell CITE-seq data, and labels learned on a protein-rich "
        "reference transfer onto RNA-only query cells.",
    ],
)
def test_finding_or_carrying_over_cell_populations_is_annotation(body):
    assert "annotation" in tasks("Vantro", body)


def test_released_agent_trajectories_are_not_the_trajectory_task():
    body = (
        "Loomwright is an LLM agent that plans and runs single-cell analyses by calling tools. "
        "Code and trajectories are available online."
    )
    assert "trajectory_perturbation" not in tasks("Loomwright", body)


@pytest.mark.parametrize(
    ("title", "body", "task"),
    [
        (
            "Niveau",
            "Niveau learns single-cell spatial embeddings and integrates spatial multi-omic data "
            "of mouse brain sections.",
            "integration",
        ),
        (
            "Niveau",
            "Niveau models cellular communication between neighbouring single cells in spatial "
            "data.",
            "regulatory_inference",
        ),
        (
            "Niveau",
            "Niveau predicts single-cell accessibility from DNA sequence and links distal "
            "enhancers to their target genes.",
            "regulatory_inference",
        ),
        (
            "Niveau",
            "Niveau is pretrained on single-cell data and evaluated on cell annotation and "
            "gene-network recovery.",
            "regulatory_inference",
        ),
        (
            "Niveau",
            "Niveau annotates single-cell immune subsets and ranks transcription factors whose "
            "motifs track stimulation.",
            "regulatory_inference",
        ),
        (
            "Niveau",
            "Niveau predicts, from tumour slides, the response to targeted and immune therapies "
            "of each patient's cells.",
            "drug_response",
        ),
        (
            "Niveau",
            "Niveau is trained on single-cell drug perturbation atlases to map unperturbed cells "
            "to perturbed ones.",
            "drug_response",
        ),
        (
            "Niveau",
            "Niveau reads single-cell spatial transcriptomics and maps dozens of fine-grained "
            "neural cell types across the mouse brain.",
            "spatial_mapping",
        ),
        (
            "Niveau",
            "Niveau embeds single cells from many stimulated and resting samples in one space and "
            "removes batch artefacts.",
            "integration",
        ),
        (
            "Corvid",
            "Corvid embeds single cells and separates malignant from healthy epithelial cells.",
            "annotation",
        ),
        (
            "Corvid",
            "Corvid prompts an LLM with the marker genes of single-cell clusters and names their "
            "cell types.",
            "annotation",
        ),
        (
            "Corvid",
            "Corvid is pretrained on single-cell cytometry data and labels immune populations "
            "across panels.",
            "annotation",
        ),
        (
            "Corvid",
            "Corvid is an LLM agent that runs pseudotime and gene-regulatory-network tools on "
            "single-cell data.",
            "regulatory_inference",
        ),
        (
            "Corvid",
            "Corvid is pretrained on scATAC-seq nuclei for regulatory element inference.",
            "regulatory_inference",
        ),
        (
            "Corvid",
            "Corvid reads single-cell ATAC-seq fragments and maps transcription factor footprints "
            "per cell type.",
            "regulatory_inference",
        ),
        (
            "Corvid",
            "Corvid learns single-cell co-accessibility that recovers promoter-enhancer contacts.",
            "regulatory_inference",
        ),
        (
            "Corvid",
            "Corvid tokenises single cells by pathways and infers pathway rewiring in disease.",
            "regulatory_inference",
        ),
        (
            "Corvid",
            "Corvid embeds single cells from many donors; its batch-mixing score beats a VAE.",
            "integration",
        ),
        (
            "Corvid",
            "Corvid places single cells of 200 patients in one space in which technical batches "
            "disappear.",
            "integration",
        ),
        (
            "Corvid",
            "Corvid simulates whole spatial transcriptomic slides after pretraining on 2,000 "
            "sections.",
            "generation",
        ),
        (
            "Pyxis",
            "Pyxis adapts a single-cell foundation model for molecular perturbation prediction.",
            "drug_response",
        ),
        (
            "Pyxis",
            "Pyxis predicts the transcriptional response of cells to small molecules.",
            "drug_response",
        ),
        (
            "Pyxis",
            "Pyxis maps single-cell query data to a reference and infers gene programmes.",
            "regulatory_inference",
        ),
        (
            "Pyxis",
            "Pyxis is pretrained on single-cell data and fine-tuned for cell type prediction.",
            "annotation",
        ),
        (
            "Pyxis",
            "Pyxis is a platform that benchmarks single-cell methods on label projection.",
            "annotation",
        ),
        (
            "Pyxis",
            "Pyxis benchmarks the spatial decomposition of spot-based transcriptomics.",
            "spatial_mapping",
        ),
        (
            "Pyxis",
            "Pyxis predicts the developmental potential of single cells from their expression.",
            "trajectory_perturbation",
        ),
    ],
)
def test_tasks_said_in_other_words_are_found(title, body, task):
    assert task in tasks(title, body)


def test_a_population_associated_with_therapy_response_is_not_drug_response():
    body = (
        "Niveau finds rare single-cell populations; in melanoma it revealed a population "
        "associated with therapy response."
    )
    assert "drug_response" not in tasks("Niveau", body)


def test_integrating_knowledge_across_sources_is_not_the_integration_task():
    body = (
        "Curio is an LLM assistant for single-cell curators, searching ontologies and "
        "integrating knowledge across external sources."
    )
    assert "integration" not in tasks("Curio", body)


@pytest.mark.parametrize(
    "name",
    ["the CellBank database", "CD3 and CD28", "H3K27me3 marks", "iPSC-derived", "E9.5 embryo"],
)
def test_resources_genes_and_marks_are_not_other_models(name):
    from agent.extract.lexicon import other_models

    assert other_models(f"Vantro was trained on {name} cells.", None) == set()


def test_a_name_in_a_web_address_is_not_another_model():
    from agent.extract.lexicon import other_models

    assert other_models("Vantro is at https://github.com/SomeLabHealth/vantro.", None) == set()


# ---- lexicon-9 (what the model reads, and what it is) ------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Drawing on language models from natural language processing, Tessel is a transformer "
        "pretrained on ten million single-cell expression profiles.",
        "Inspired by machine translation between natural languages, Tessel translates "
        "single-cell transcriptomes into surface-protein levels.",
        "Tessel is pretrained on single-cell RNA and ATAC profiles with a contrastive loss, "
        "analogous to vision-language pretraining.",
    ],
)
def test_language_named_as_the_source_of_an_idea_is_not_text(body):
    assert "text" not in extract("Tessel", body)["modalities"].value


def test_a_prompting_strategy_over_molecules_is_not_text():
    f = extract(
        "Tessel",
        "Tessel encodes whole-slide images of tumours with their bulk RNA-seq profiles, and "
        "its molecular alignment supports a molecular-prompting strategy for retrieval.",
    )
    assert "text" not in f["modalities"].value


def test_a_text_bridge_inspired_by_llms_keeps_its_text():
    f = extract(
        "Tessel",
        "Inspired by large language models, Tessel pairs single-cell profiles with free-text "
        "descriptions. Tessel answers questions about cells in natural language.",
    )
    assert "text" in f["modalities"].value


def test_omics_predicted_from_dna_sequence_make_an_epigenomic_model():
    f = extract(
        "Helixa: single-cell expression and accessibility tracks from DNA sequence",
        "Helixa predicts single-cell RNA-seq coverage and scATAC-seq insertion profiles of "
        "each cell from the DNA sequence of a genomic window. Helixa is fine-tuned on 10x "
        "Multiome data of human blood.",
    )
    assert f["family"].value == "epigenomic"


def test_paired_rna_and_atac_read_by_a_model_stay_multi_omic():
    f = extract(
        "Bivalve",
        "Bivalve is pretrained on paired single-cell RNA-seq and scATAC-seq profiles and "
        "learns one embedding of both modalities of each cell.",
    )
    assert f["family"].value == "spatial_multimodal"


@pytest.mark.parametrize(
    "body",
    [
        "Larkspur is an encoder of single-cell ATAC-seq profiles pretrained on two million "
        "nuclei. Labels for evaluation come from the transcriptome-based annotations of each "
        "atlas.",
        "Larkspur is an encoder of single-cell ATAC-seq profiles pretrained on two million "
        "nuclei. The paired transcriptomes serve solely to evaluate its gene scores.",
        "Larkspur is an encoder of single-cell ATAC-seq profiles pretrained on two million "
        "nuclei; the model itself never sees expression data.",
    ],
)
def test_data_kept_for_checking_the_model_is_not_its_modality(body):
    assert extract("Larkspur", body)["modalities"].value == ["atac"]


def test_a_model_measured_against_baselines_does_not_share_their_sentence():
    import re

    from agent.extract.lexicon import other_models

    text = "Gauge scores five embeddings against PCA and scVI on 22 datasets."
    assert other_models(text, re.compile(r"\bGauge\b"), baselines=False) == set()


# ---- lexicon-9 (third pass: the recalled corpus of perturbation, regulation and task papers) --


@pytest.mark.parametrize(
    ("body", "task"),
    [
        (
            "Cell identity is established by regulatory programs; Pyxis infers single-cell GRNs.",
            "annotation",
        ),
        (
            "Pyxis learns regulatory sequence features in major cell lineages such "
            "as muscle and neurons.",
            "trajectory_perturbation",
        ),
        (
            "Pyxis designs enhancers for single-cell types; following the design "
            "trajectories shows motif use.",
            "trajectory_perturbation",
        ),
        (
            "Pyxis infers single-cell GRNs; such methods are usually assessed on synthetic data.",
            "generation",
        ),
        (
            "Pyxis scores single-cell motif activities, because transcription "
            "factor motifs share its embedding space.",
            "regulatory_inference",
        ),
        (
            "Pyxis models gene programmes in single cells separately from "
            "programmes shared across cell types.",
            "annotation",
        ),
        (
            "Pyxis learns single-cell networks and can generate tissue- or "
            "cell-type-specific GRNs.",
            "generation",
        ),
        (
            "The increasing generation of single-cell atlases calls for Pyxis, "
            "which integrates batches.",
            "generation",
        ),
        (
            "Pyxis annotates single cells and is robust to batch effects between studies.",
            "integration",
        ),
    ],
)
def test_words_near_a_task_that_are_not_the_task(body, task):
    assert task not in tasks("Pyxis", body)


def test_an_assay_named_in_the_title_is_not_the_models_name():
    from agent.extract.identity import find_name

    body = (
        "CITE-seq measures proteins with RNA. CITE-seq panels differ. We present Quokka, a "
        "network for CITE-seq data. It imputes CITE-seq proteins and transfers labels from "
        "CITE-seq to scRNA-seq data."
    )
    paper = PaperText(
        title="A deep learning method for CITE-seq and scRNA-seq data integration",
        pages=[Page(number=1, text=body)],
        source="test",
    )
    cand = find_name(paper)
    assert cand is not None and cand.name == "Quokka"


# ---- lexicon-9 guards: the review's sentences (each failed on the first lexicon-9 version) ---


@pytest.mark.parametrize(
    "body",
    [
        "Inspired by CLIP, Fennel maximizes the similarity between cell embeddings and "
        "embeddings of free-text cell descriptions.",
        "Fennel annotates single cells on the basis of free-text descriptions of each type.",
        "Inspired by machine translation, Fennel translates scRNA-seq profiles into "
        "natural-language descriptions.",
    ],
)
def test_text_said_beside_an_analogy_is_still_text(body):
    assert "text" in extract("Fennel", body)["modalities"].value


@pytest.mark.parametrize(
    ("body", "modality"),
    [
        (
            "Fennel is trained only on CITE-seq protein data and evaluated on twelve datasets.",
            "protein",
        ),
        (
            "Fennel is a framework for benchmarking foundation models on "
            "single-cell ATAC-seq data.",
            "atac",
        ),
    ],
)
def test_evaluating_the_models_own_data_is_not_a_secondary_use(body, modality):
    assert modality in extract("Fennel", body)["modalities"].value


def test_peaks_embedded_from_their_sequence_keep_a_multi_omic_model():
    f = extract(
        "Fennel",
        "Fennel jointly embeds paired scRNA-seq and scATAC-seq profiles of single cells, "
        "learning peak embeddings from the underlying DNA sequence of each peak. Fennel "
        "integrates multi-omic data.",
    )
    assert f["family"].value == "spatial_multimodal"


@pytest.mark.parametrize(
    ("body", "task"),
    [
        ("Fennel simulates gene knockouts in single cells to predict cell fate.", "generation"),
        ("Fennel generates cell-level embeddings of single-cell profiles.", "generation"),
        ("Fennel reads single-cell clusters and generates data-driven hypotheses.", "generation"),
        (
            "Fennel encodes gene names and cell types with a pretrained language model.",
            "annotation",
        ),
        (
            "Fennel separates technical variation from biological variation across cells.",
            "annotation",
        ),
        (
            "Fennel predicts single-cell perturbation responses over a gene network prior.",
            "regulatory_inference",
        ),
        (
            "Fennel predicts single-cell responses to molecular perturbations such "
            "as CRISPR knockouts.",
            "drug_response",
        ),
        ("Fennel embeds single cells and scores T cell potency.", "trajectory_perturbation"),
        ("Fennel annotates single cells and is robust against batch effects.", "integration"),
        ("Fennel annotates single cells and integrates prior multi-omic knowledge.", "integration"),
        ("Fennel annotates single cells and removes doublets per batch.", "integration"),
    ],
)
def test_review_sentences_that_are_not_the_task(body, task):
    assert task not in tasks("Fennel", body)


@pytest.mark.parametrize(
    ("body", "task"),
    [
        ("We simulated scRNA-seq data for 20 cell types with Fennel.", "generation"),
        ("Fennel assigns standardized Cell Ontology annotations to single cells.", "annotation"),
        (
            "Fennel identifies cell types specific to the diseased tissue from single cells.",
            "annotation",
        ),
        ("Fennel predicts the response of tumour cells to chemotherapy.", "drug_response"),
        (
            "Fennel reconstructs single-cell trajectories and maps cell lineages.",
            "trajectory_perturbation",
        ),
    ],
)
def test_review_sentences_that_are_the_task(body, task):
    assert task in tasks("Fennel", body)


@pytest.mark.parametrize("name", ["ESM2", "T5", "C2S", "scGPT-based"])
def test_model_names_that_look_like_symbols_are_still_models(name):
    from agent.extract.lexicon import other_models

    assert other_models(f"Fennel builds on {name} features of cells, unlike A.", None)


def test_a_model_name_that_starts_with_an_assay_word_can_be_the_models_name():
    from agent.extract.identity import ASSAY_NAME

    assert not ASSAY_NAME.search("DNABERT2") and ASSAY_NAME.search("scRNA-seq")


# ---------------------------------------------------------------- lexicon-10 (training corpus)


@pytest.mark.parametrize(
    "title, body",
    [
        # a classifier the paper presents, compared with its baselines
        (
            "Pellam: whole-body cell typing",
            "Here we present Pellam, a cell type classifier trained on 9 million cells. We "
            "compare it with linear models and random forests on held-out donors.",
        ),
        # its own name after "we present", beside an evaluation framework it also proposes
        (
            "Vellum: responses to unseen perturbations",
            "We present Vellum, which uses interaction graphs to predict expression responses "
            "to unseen perturbations. We also propose an improved evaluation framework with "
            "calibrated baselines.",
        ),
        # a model fine-tuned for a clinical question: "diagnosis" is no evaluation of models
        (
            "Chromatin of relapse",
            "We fine-tuned a pretrained accessibility model on scATAC-seq of marrow samples. "
            "The model separates resistant from sensitive blasts at diagnosis.",
        ),
    ],
)
def test_a_paper_presenting_its_own_model_is_not_a_benchmark(title, body):
    assert extract(title, body)["family"].value != "benchmark"


@pytest.mark.parametrize(
    "title, body",
    [
        # a suite of tasks on which agent frameworks are evaluated
        (
            "Can agents finish an analysis?",
            "OmniTrial is a suite of 150 tasks, from clustering to trajectory inference, each "
            "with a dataset and an automatic checker. We evaluated six agent frameworks built "
            "on three LLMs.",
        ),
        # tasks made for assessing agents
        (
            "Quarry",
            "Quarry: 250 multi-step single-cell analysis tasks for assessing LLM agents on "
            "tool use and code execution.",
        ),
        # a counted set of other people's embeddings, probed
        (
            "What do gene vectors hold?",
            "We probe 12 such embedding sets with linear classifiers on 20 gene-level tasks.",
        ),
    ],
)
def test_a_paper_evaluating_others_models_or_agents_is_a_benchmark(title, body):
    assert extract(title, body)["family"].value == "benchmark"


def test_a_data_resource_named_after_we_introduce_does_not_outweigh_its_benchmark():
    f = extract(
        "Brindle-2k: spatial profiles with slides",
        "We introduce Brindle-2k, a collection of 2,000 spatial profiles linked to slides. "
        "We further present a set of tasks that evaluate pathology models, and we benchmark "
        "nine pathology foundation models on it.",
    )
    assert f["family"].value == "benchmark"


def test_a_model_evaluated_on_a_suite_of_tasks_is_not_a_benchmark():
    f = extract(
        "Fennix: a foundation model of marrow",
        "We present Fennix, a foundation model pretrained on 8 million marrow cells. We "
        "evaluate Fennix on a suite of 12 tasks.",
    )
    assert f["family"].value == "foundation"


@pytest.mark.parametrize(
    "title, body",
    [
        # a language model that is prompted reads text
        (
            "Glint",
            "Glint prompts a reasoning language model with each cluster's top genes and asks "
            "for a cell type.",
        ),
        # terms embedded from their written definitions
        (
            "Labels never seen",
            "Kestrel embeds each ontology term from its textual definition and trains an "
            "expression encoder to align every cell with its term.",
        ),
        # cells paired with language
        (
            "Pellet",
            "Pellet is a foundation model with cell-language pretraining. It learns from 20 "
            "million cell-text pairs.",
        ),
    ],
)
def test_a_model_reading_language_about_cells_is_a_text_bridge(title, body):
    assert extract(title, body)["family"].value == "text_bridge"


def test_a_textual_definition_is_text():
    f = extract(
        "Labels never seen",
        "Kestrel embeds each ontology term from its textual definition and aligns cells to it.",
    )
    assert "text" in f["modalities"].value


@pytest.mark.parametrize(
    "body",
    [
        "Pallid is an accessibility encoder pretrained on 3 million scATAC-seq nuclei. Paired "
        "transcriptomes are not input to the model.",
        "Pallid is an accessibility encoder pretrained on 3 million scATAC-seq nuclei. We used "
        "paired transcriptomes only to derive reference labels and to evaluate.",
        "Pallid is an accessibility encoder pretrained on 3 million scATAC-seq nuclei. Paired "
        "transcriptomes served only as evaluation references.",
    ],
)
def test_data_kept_only_to_check_the_model_is_not_its_modality(body):
    assert extract("Pallid", body)["modalities"].value == ["atac"]


def test_data_kept_only_to_check_the_model_does_not_decide_its_family():
    f = extract(
        "Reading regulation from attention",
        "We pretrain Tarn, an encoder of expression, on 30 million cells and read regulatory "
        "networks from its attention. ChIP-seq and chromatin accessibility data served only "
        "as evaluation references.",
    )
    assert f["family"].value == "foundation"


def test_an_llm_system_that_picks_simulators_and_adjusts_them_until_a_check_passes_is_agentic():
    f = extract(
        "Mimic: scenarios on request",
        "Mimic is a language-model system that reads a scenario, selects among several "
        "simulators, generates the data and adjusts the parameters until the statistics match "
        "a reference dataset.",
    )
    assert f["agentic"].value is True


def test_a_model_whose_authors_tuned_parameters_until_convergence_is_not_agentic():
    f = extract(
        "Loam: a cell encoder",
        "We pretrain Loam on 9 million cells and tuned the parameters until the validation "
        "loss stopped falling.",
    )
    assert f["agentic"].value is False


def test_a_pretrained_encoder_in_the_title_is_not_a_foundation_model_of_spatial_data():
    f = extract(
        "Deconvolving spots with a pretrained spot encoder",
        "Mottle, a spot encoder pretrained on 2 million Visium spots, estimates the cell-type "
        "composition of each spot in spatial transcriptomics sections.",
    )
    assert f["family"].value == "spatial_multimodal"


def test_a_title_calling_it_a_foundation_model_keeps_its_spatial_data_foundation():
    f = extract(
        "Mottle: a foundation model of cells in their tissue",
        "Mottle, a spot encoder pretrained on 2 million Visium spots, estimates the cell-type "
        "composition of each spot in spatial transcriptomics sections.",
    )
    assert f["family"].value == "foundation"


def test_a_foundation_model_of_dna_methylation_is_epigenomic():
    f = extract(
        "Cyprus: a foundation model for DNA methylation",
        "Cyprus is pretrained on 90,000 methylation profiles from arrays and sequencing and "
        "imputes missing CpG sites.",
    )
    assert f["family"].value == "epigenomic"


def test_a_drug_that_blocks_dna_methylation_does_not_make_a_cell_model_epigenomic():
    f = extract(
        "Alder: responses of cells to drugs",
        "We present Alder, a foundation model pretrained on 12 million transcriptomes that "
        "predicts single-cell responses to drugs such as DNA methylation inhibitors.",
    )
    assert f["family"].value == "foundation"


@pytest.mark.parametrize(
    "body",
    [
        "Tallow is pretrained on 300 million single cells measured by mass and flow cytometry "
        "and labels immune populations across panels.",
        "Tallow encodes cells from multiplexed immunofluorescence of tumour sections, each "
        "described by its marker intensities.",
        "Tallow embeds cells from 40 studies whose antibody panels share only eight markers.",
    ],
)
def test_cytometry_and_antibody_imaging_measure_protein_not_rna(body):
    values = extract("Tallow", body)["modalities"].value
    assert "protein" in values and "rna" not in values


def test_multiome_data_read_only_for_its_accessibility_adds_no_rna():
    f = extract(
        "Wick",
        "Wick annotates cells from scATAC-seq fragments. It is pretrained on public multiome "
        "datasets but uses only their accessibility; the paired transcriptomes serve solely to "
        "evaluate it.",
    )
    assert f["modalities"].value == ["atac"]


@pytest.mark.parametrize(
    "body",
    [
        "Given a question and an h5ad file, Rill has a language model write and run code "
        "until clustering is complete.",
        "Rill drafts a plan, writes R code and runs pseudotime tools in a sandbox.",
    ],
)
def test_an_analysis_of_single_cell_files_or_pseudotime_reads_rna(body):
    assert extract("Rill", body)["modalities"].value == ["rna"]


def test_data_used_as_an_external_check_is_not_a_modality():
    f = extract(
        "Sorrel",
        "Sorrel is an expression-only transformer pretrained on 9 million immune cells. Paired "
        "surface protein levels from CITE-seq were used as an external check.",
    )
    assert f["modalities"].value == ["rna"]


def test_natural_language_processing_as_a_field_is_not_text():
    f = extract(
        "Fen",
        "Self-supervised pretraining has transformed natural language processing. Fen "
        "pretrains a transformer on 8 million single-cell transcriptomes.",
    )
    assert "text" not in f["modalities"].value


def test_what_a_baseline_reads_is_not_the_models_data():
    f = extract(
        "Fen",
        "Fen pretrains a transformer on 8 million single-cell transcriptomes. Prompting a chat "
        "model with cluster markers, a baseline we include, reaches 0.70.",
    )
    assert "text" not in f["modalities"].value


def test_natural_language_processing_techniques_applied_to_documents_read_text():
    f = extract(
        "Ledger",
        "Ledger applies natural language processing techniques to thousands of pages of "
        "protocol documents to find contradictions.",
    )
    assert "text" in f["modalities"].value


def test_work_left_for_the_future_discounts_only_its_own_clause():
    f = extract(
        "Tern",
        "Tern is an encoder pretrained on 12 million nuclei. It is used to annotate neuronal "
        "and glial subtypes; the authors note that extending it to spatial slides for "
        "deconvolution is left for future work.",
    )
    assert "annotation" in f["tasks"].value and "spatial_mapping" not in f["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Brume assigns labels at subclass level and speeds the labelling of new datasets.",
        "Brume classifies 31 leukocyte populations across cytometry panels.",
        "Brume distinguishes 19 interneuron subtypes in methylation data.",
        "A linear probe on Brume's embeddings assigns 17 cell phenotypes.",
        "Brume answers multiple-choice questions about cell type and tissue.",
        "Brume is an LLM-driven system for automated gating of flow cytometry samples.",
        "Brume improves the recall of rare cell types in dense tissue.",
        "Given a cell's top genes, Brume writes a description of its likely identity.",
    ],
)
def test_annotation_said_in_further_words(body):
    assert "annotation" in extract("Brume", body)["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Brume is a transformer with a gating mechanism in every layer, pretrained on 9 "
        "million cells to predict responses to drugs.",
        "Brume classifies patient cohorts by their response to therapy.",
    ],
)
def test_words_near_annotation_that_are_not_annotation(body):
    assert "annotation" not in extract("Brume", body)["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        # a perturbation that validates a finding about regulation
        "Orrin infers regulatory networks from accessibility; two of its predicted regulators "
        "were validated by knockdown.",
        "Orrin's attention nominates drivers of T-cell exhaustion, two of which are supported "
        "by published knockout data.",
        "On datasets with perturbation-validated targets, Orrin's networks reach an AUPRC of 0.2.",
        # differentiation as the setting of a finding
        "Orrin reveals factors whose binding changes along differentiation.",
        "Orrin resolves distinct differentiation states of macrophages in each organ.",
        # perturbation as a label written into the text the model reads
        "Orrin reads cell-type, tissue and perturbation metadata written as sentences.",
        # not yet tested
        "We have not yet tested whether Orrin, trained on atlases of healthy tissue alone, can "
        "predict responses to genetic perturbations.",
    ],
)
def test_perturbation_and_differentiation_as_setting_are_not_the_task(body):
    assert "trajectory_perturbation" not in extract("Orrin", body)["tasks"].value


def test_in_silico_deletion_of_genes_is_the_perturbation_task():
    f = extract(
        "Orrin",
        "Orrin supports in silico deletion experiments in which removing a gene token shifts "
        "the cell embedding as observed in matched knockout data.",
    )
    assert "trajectory_perturbation" in f["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Sable harmonises data acquired on six instruments into one embedding.",
        "Sable places treated and untreated samples in one space without batch artefacts.",
        "Sable lets accessibility-only datasets be integrated with RNA atlases.",
        "Sable places unpaired RNA-only and ATAC-only datasets into its joint space.",
    ],
)
def test_integration_said_in_further_words(body):
    assert "integration" in extract("Sable", body)["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Sable harmonises free-text cell labels to the Cell Ontology.",
        "We release Sable and a harmonised corpus of labelled cells.",
        "Sable offers de novo annotation and label harmonisation for single-cell data.",
    ],
)
def test_harmonising_labels_or_a_corpus_is_not_integration(body):
    assert "integration" not in extract("Sable", body)["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Regulons inferred from single-cell data are noisy; Knot examines candidate regulons "
        "and ranks them.",
        "Knot writes ranked hypotheses about context-specific regulatory circuits.",
        "Knot's gene embeddings help most on gene-level tasks such as predicting transcription "
        "factor targets.",
        "Given a question, Knot returns candidate regulators with supporting evidence.",
        "Knot hands the top genes of each factor to an LLM for naming gene programmes.",
    ],
)
def test_regulatory_inference_said_in_further_words(body):
    assert "regulatory_inference" in extract("Knot", body)["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Knot groups genes into tokens through a mask built from pathways and regulons drawn "
        "from curated resources.",
        "Knot's attention highlights regulatory elements near known master regulators.",
        "Knot simulates knockouts in silico, recovering 60% of validated master regulators.",
    ],
)
def test_regulators_as_a_resource_or_a_check_are_not_regulatory_inference(body):
    assert "regulatory_inference" not in extract("Knot", body)["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Wren lets biologists ask questions about single-cell data in plain language; an LLM "
        "translates each request into function calls and decides whether more calls are "
        "needed.",
        "Prompting a language model with marker genes gives unverified labels. Wren, an LLM "
        "agent, prompts the model with each cluster's markers, queries marker databases "
        "through API calls and revises its label until the expression agrees.",
    ],
)
def test_an_agent_people_talk_to_or_that_prompts_its_llm_with_the_data_reads_text(body):
    f = extract("Wren", body)
    assert f["agentic"].value is True and "text" in f["modalities"].value


def test_an_agents_natural_language_reasoning_is_not_its_data():
    f = extract(
        "Wren",
        "Wren is an LLM agent that plans multi-step annotation of scRNA-seq data and calls "
        "tools, explaining its steps through natural-language reasoning.",
    )
    assert "text" not in f["modalities"].value


@pytest.mark.parametrize(
    "body",
    [
        "Mire embeds cell states in a gene regulatory network used as a proxy for the causal "
        "graph and predicts which drugs reverse disease states.",
        "Mire predicts expression from accessibility; genes it cannot predict are enriched "
        "for post-transcriptional regulation.",
    ],
)
def test_a_network_as_input_or_post_transcriptional_regulation_is_not_regulatory_inference(body):
    assert "regulatory_inference" not in extract("Mire", body)["tasks"].value


@pytest.mark.parametrize(
    "background",
    [
        "The rapid generation of single-cell data has outpaced analysis.",
        "Sequencing technologies have generated expression profiles of millions of cells.",
    ],
)
def test_data_the_field_produces_is_not_the_generation_task(background):
    f = extract("Tansy", f"{background} Tansy annotates cells from scRNA-seq data.")
    assert "generation" not in f["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Vetch predicts the state of melanoma cells treated with a panel of cancer drugs.",
        "Vetch models unseen drug-dose pairs from a chemical screen of cancer cell lines.",
        "Chemical and genetic perturbations are screened at scale; Vetch predicts responses "
        "to new ones.",
        "Vetch shifts diseased cells with drug signatures and candidate drugs are ranked by "
        "how far they move cells towards health.",
    ],
)
def test_drug_response_said_in_further_words(body):
    assert "drug_response" in extract("Vetch", body)["tasks"].value


def test_drug_discovery_promised_in_background_is_not_drug_response():
    f = extract(
        "Vetch",
        "Foundation models promise to accelerate drug discovery. Vetch annotates cell types "
        "in scRNA-seq data.",
    )
    assert "drug_response" not in f["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Lode aligns serial sections by a free-form, non-rigid registration of cell graphs.",
        "Lode adapts to new tasks through in-context learning with soft prompt tokens.",
        "Recent advances in natural language processing suggest that sequences can be "
        "generated by language models; Lode generates protein sequences.",
    ],
)
def test_registration_soft_prompts_and_nlp_as_a_field_are_not_text(body):
    assert "text" not in extract("Lode", body)["modalities"].value


@pytest.mark.parametrize(
    "body",
    [
        "Lode learns jointly from the multi-channel images and the gene expression of "
        "spatially resolved single cells.",
        "Lode segments cells from DAPI images and subcellular spatial transcriptomics.",
    ],
)
def test_stained_and_multichannel_tissue_images_are_histology(body):
    assert "histology" in extract("Lode", body)["modalities"].value


def test_an_nlp_system_reading_the_full_text_of_papers_reads_text():
    f = extract(
        "Sift",
        "We developed Sift, a natural language processing system that extracts cell type "
        "markers from the full text of single-cell studies.",
    )
    assert "text" in f["modalities"].value


@pytest.mark.parametrize(
    "body",
    [
        "Cell type identification in scATAC-seq is laborious, and most supervised annotation "
        "tools were designed for scRNA-seq. Pell annotates scATAC-seq cells.",
        "Pell infers regulatory networks from scATAC-seq data more accurately than approaches "
        "designed for expression data.",
    ],
)
def test_data_other_tools_were_designed_for_is_not_the_models(body):
    assert extract("Pell", body)["modalities"].value == ["atac"]


def test_multiplexed_imaging_of_cell_lines_is_protein_not_spatial():
    values = extract(
        "Quill",
        "We apply Quill to multiplexed protein imaging (4i) of melanoma cell lines treated with "
        "drugs, predicting the state of each cell.",
    )["modalities"].value
    assert "protein" in values and "spatial" not in values


def test_measurements_that_supported_the_predictions_are_not_a_modality():
    f = extract(
        "Quill",
        "Quill models disease stages in single-nucleus RNA-seq of lungs. Proteomic measurements "
        "of the same lungs supported the pathways Quill predicted.",
    )
    assert f["modalities"].value == ["rna"]


@pytest.mark.parametrize(
    "body",
    [
        "Lark encodes each modality separately and learns a shared latent space with a "
        "variational autoencoder.",
        "Lark learns a joint representation of cell states from expression and accessibility.",
        "Lark covers modality prediction, modality matching and joint embedding of multiome data.",
    ],
)
def test_one_space_learned_for_several_modalities_is_integration(body):
    assert "integration" in extract("Lark", body)["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Lark learns joint embeddings of cells and genes in spatial context.",
        "Lark learns a joint representation of image patches and the expression at the same spots.",
    ],
)
def test_a_joint_space_of_cells_and_genes_or_images_and_spots_is_not_integration(body):
    assert "integration" not in extract("Lark", body)["tasks"].value


def test_a_model_improving_on_a_baseline_keeps_the_task_of_its_sentence():
    f = extract(
        "Tarn",
        "We show that Tarn predicts transcriptional responses to unseen drug-dose pairs in a "
        "chemical screen, improving on DoseNet.",
    )
    assert "drug_response" in f["tasks"].value


def test_a_negation_ends_at_a_coordinated_verb_of_the_models_work():
    f = extract(
        "Pyre",
        "Pyre embeddings integrate studies from different labs without explicit batch "
        "correction and annotate cell types in held-out tissues.",
    )
    assert "annotation" in f["tasks"].value


def test_a_negation_still_covers_coordinated_data():
    f = extract(
        "Pyre",
        "Pyre annotates cells from scRNA-seq data without chromatin and protein data.",
    )
    assert f["modalities"].value == ["rna"]


def test_multiome_data_of_which_one_part_is_used_adds_no_rna():
    f = extract(
        "Pyre",
        "Pyre is pretrained on 12 million nuclei from scATAC-seq and multiome datasets, of "
        "which only the accessibility measurements are used. Pyre annotates cells.",
    )
    assert f["modalities"].value == ["atac"]


def test_proposing_a_label_is_annotation():
    f = extract(
        "Pyre",
        "Given a cluster, Pyre retrieves passages describing similar cells, and the top-ranked "
        "passages are used to propose a label.",
    )
    assert "annotation" in f["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Heron transfers labels to tissues and to species unseen during training.",
        "Heron enables comparisons of cell states between species.",
        "Heron's gene encoders let the model generalise to new species.",
    ],
)
def test_unseen_species_and_comparisons_between_species_are_cross_species(body):
    assert "cross_species" in extract("Heron", body)["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Heron annotates cells; gains concentrated in datasets with strong batch effects.",
        "Heron annotates cells in cross-dataset settings in which reference and query come "
        "from different studies.",
    ],
)
def test_batch_effects_as_a_condition_and_cross_dataset_annotation_are_not_integration(body):
    assert "integration" not in extract("Heron", body)["tasks"].value


@pytest.mark.parametrize(
    "body, task",
    [
        (
            "Tern's embeddings capture regulatory relationships between genes.",
            "regulatory_inference",
        ),
        ("Tern learns interpretable gene programs from expression.", "regulatory_inference"),
        ("Tern points to key drivers of tumour growth in patients.", "regulatory_inference"),
        ("We propose a label-free encoder of expression profiles, Tern.", "annotation"),
        ("Tern distinguishes disease phenotypes across patient cohorts.", "annotation"),
        (
            "Tern is pretrained on 200 datasets and learns a shared embedding of genes and cells.",
            "integration",
        ),
    ],
)
def test_claims_near_a_task_that_are_not_the_task(body, task):
    assert task not in extract("Tern", body)["tasks"].value


def test_embeddings_harmonised_across_domains_are_not_integration():
    f = extract(
        "Brill",
        "Brill trains a feature extractor so that bulk and single-cell embeddings are "
        "harmonised, and predicts the drug response of individual cells.",
    )
    assert "integration" not in f["tasks"].value


# ---- lexicon-10 guards: the review's findings (each failed before the mends) ----------------


@pytest.mark.parametrize(
    "title, body, task",
    [
        # what a model predicts for is untested, not the model's own future work
        (
            "Kelp",
            "Kelp predicts responses to combinations of gene knockouts that have not been tested.",
            "trajectory_perturbation",
        ),
        (
            "Kelp",
            "Kelp predicts how cells respond to compounds that have not yet been tested in the "
            "lab.",
            "drug_response",
        ),
        (
            "Kelp",
            "Kelp annotates cell types in tissues that have not been examined by atlases.",
            "annotation",
        ),
    ],
)
def test_what_the_model_predicts_for_may_be_untested(title, body, task):
    assert task in extract(title, body)["tasks"].value


@pytest.mark.parametrize(
    "body, task",
    [
        (
            "Kelp annotates cells. Future work will pursue two directions: cross-species transfer "
            "and drug response prediction.",
            "drug_response",
        ),
        (
            "Cell fate decisions are controlled by key transcription factors. Kelp annotates "
            "cells.",
            "regulatory_inference",
        ),
        (
            "Metabolic labelling of cells with 4sU separates new from old transcripts; Kelp "
            "infers RNA velocity.",
            "annotation",
        ),
        (
            "Kelp assigns cells to sample identities from hashtag counts and detects doublets.",
            "annotation",
        ),
        ("Kelp, trained on bulk TCGA profiles, classifies breast cancer subtypes.", "annotation"),
        ("We propose a label noise correction scheme for training Kelp on atlases.", "annotation"),
        (
            "Gene identifiers were harmonised across 400 studies before Kelp was pretrained.",
            "integration",
        ),
        (
            "Kelp's modality alignment stage projects cell embeddings into the token space of an "
            "LLM.",
            "integration",
        ),
        (
            "Kelp's agent integrates information from PubMed, UniProt and the Human Protein Atlas.",
            "integration",
        ),
        (
            "Kelp learns a joint embedding of cells and peaks from chromatin accessibility data.",
            "integration",
        ),
        (
            "Synaptic gene programs differ between species, so Kelp is trained on mouse data only.",
            "cross_species",
        ),
        (
            "Kelp does not annotate cell types and integrate samples; it only assigns transcripts "
            "to cells.",
            "integration",
        ),
    ],
)
def test_the_reviews_task_false_positives(body, task):
    assert task not in extract("Kelp", body)["tasks"].value


@pytest.mark.parametrize(
    "title, body, absent",
    [
        (
            "Kelp",
            "We present Kelp, a family of pretrained models designed for scATAC-seq data. Kelp "
            "annotates cells in 2 million nuclei.",
            "rna",
        ),
        (
            "Kelp",
            "Kelp predicts disease states from scRNA-seq; markers were validated by flow "
            "cytometry in an independent cohort.",
            "protein",
        ),
        (
            "Kelp",
            "Kelp is pretrained on Cell Painting fluorescence images of compound-treated cultured "
            "cells.",
            "histology",
        ),
        (
            "Kelp",
            "Kelp is an autonomous agent built on ChatGPT that plans and runs scRNA-seq analyses "
            "with tools.",
            "text",
        ),
        (
            "Kelp",
            "Kelp is a retrieval chatbot that answers user questions about Seurat and Scanpy "
            "documentation.",
            "rna",
        ),
        (
            "Kelp",
            "Kelp is pretrained on 20 million transcriptomes. The full text of the paper and code "
            "are available online.",
            "text",
        ),
    ],
)
def test_the_reviews_modality_false_positives(title, body, absent):
    assert absent not in extract(title, body)["modalities"].value


def test_dna_methylation_named_in_background_does_not_make_a_cell_model_epigenomic():
    f = extract(
        "Kelp",
        "Gene expression is controlled by transcription factors, histone modifications and DNA "
        "methylation. Kelp is a foundation model pretrained on 20 million single-cell "
        "transcriptomes.",
    )
    assert f["family"].value == "foundation" and f["modalities"].value == ["rna"]


def test_an_nlp_system_applied_to_publications_reads_text():
    f = extract(
        "Kelp",
        "Kelp is a system that applies natural language processing to 30,000 publications to "
        "extract cell type marker genes.",
    )
    assert "text" in f["modalities"].value


# ---- lexicon-10, last pass: tasks said in other words (written-e/f training sets) ----------


@pytest.mark.parametrize(
    "body",
    [
        "Nearest-neighbour transfer in Wisp's space assigns identities to cells from held-out "
        "donors.",
        "Across 30 datasets, the identities Wisp assigned matched the curators' for 81% of cells.",
        "After fine-tuning, Wisp labels 47 immune subsets with 0.91 accuracy.",
        "Wisp names unlabelled clusters; the names it gives to them agree with author labels.",
        "Labels learned on mouse brain carry over to the lizard cortex with Wisp.",
    ],
)
def test_annotation_said_as_authors_say_it(body):
    assert "annotation" in extract("Wisp", body)["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Wisp asks whether embeddings can merge datasets from different labs without erasing "
        "biology.",
        "When samples come from several runs, Wisp removes technical differences between them.",
        "Wisp's joint embedding brings together cells profiled with different panels.",
        "Wisp groups cells assayed in two laboratories by subtype rather than by laboratory.",
    ],
)
def test_integration_said_as_authors_say_it(body):
    assert "integration" in extract("Wisp", body)["tasks"].value


def test_factor_target_edges_recovered_are_regulatory_inference():
    f = extract("Wisp", "Wisp's influence scores recover factor-target edges in five tissues.")
    assert "regulatory_inference" in f["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Wisp assigns identities to cells with 0.87 macro-F1 (CellNet 0.79, TypeFormer 0.74).",
        "Wisp's embeddings assign identities to cells (macro-F1 0.83, vs 0.81 for CellNet).",
    ],
)
def test_baselines_reported_with_scores_do_not_make_a_sentence_about_others(body):
    assert "annotation" in extract("Wisp", body)["tasks"].value


@pytest.mark.parametrize(
    "sentence, task",
    [
        (
            "The pretraining corpus was assembled by combining public datasets from 900 studies.",
            "integration",
        ),
        ("We combined samples from eight patients into one lane using hashtags.", "integration"),
        ("Donor-to-donor differences explained 12% of the variance in viability.", "integration"),
        ("Drug sensitivity varied by cell type rather than by donor.", "integration"),
        ("We placed cells from four donors into 384-well plates.", "integration"),
        ("The corpus brings together cells from 40 tissues and 12 organs.", "integration"),
        ("Removing donor effects would erase the variation that matters here.", "integration"),
        (
            "Hashtag oligonucleotides assign sample identities to cells before pooling.",
            "annotation",
        ),
        ("Guide identities were assigned to cells by a mixture model.", "annotation"),
        ("Cells were labelled with 4sU to measure newly synthesised RNA.", "annotation"),
        ("In most atlases, experts named clusters manually.", "annotation"),
        ("Each perturbation carries a dose label to the decoder.", "annotation"),
        ("It detects expanded immune populations after checkpoint blockade.", "annotation"),
        (
            "It uses regulatory links from public databases as an attention prior.",
            "regulatory_inference",
        ),
        (
            "Sorrel follows models that integrate batches (scVI 0.20, Harmony 1.0) for its corpus.",
            "integration",
        ),
    ],
)
def test_the_last_reviews_task_false_positives(sentence, task):
    body = f"Sorrel predicts single-cell responses to drugs in cancer cell lines. {sentence}"
    assert task not in extract("Sorrel", body)["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "It sorts neurons by cell type classification (0.88 versus 0.80 for ZorbNet).",
        "The same embeddings perform cell type classification, outperforming ZorbNet and scQuib.",
        "In our hands, it performs cell type classification better than ZorbNet.",
    ],
)
def test_a_sentence_about_the_model_that_compares_with_baselines_keeps_its_task(sentence):
    body = f"Quoll is a transformer pretrained on nine million nuclei. {sentence}"
    assert "annotation" in extract("Quoll", body)["tasks"].value


def test_a_compared_sentence_keeps_only_its_task_not_another_system_s_tools():
    body = (
        "Quoll is a language model fine-tuned to name cell clusters from their marker genes. It "
        "reaches 0.81 accuracy on held-out clusters, outperforming ZorbNet (0.70) and "
        "matching a tool-using pipeline that queries marker databases (0.80)."
    )
    assert extract("Quoll", body)["agentic"].value is False


def test_a_sentence_about_another_model_with_a_comparison_stays_about_it():
    body = (
        "Quoll is a transformer pretrained on nine million nuclei for spatial deconvolution. "
        "Zorblax performs cell type classification better than scQuib (0.9 versus 0.8)."
    )
    assert "annotation" not in extract("Quoll", body)["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Predicting the effect of gene knockouts is a natural next use; we do not attempt it.",
        "Modelling responses to perturbations is an interesting direction we do not address.",
        "Perturbation prediction, often claimed for such models, was outside our scope.",
        "The model might eventually be used to predict knockout effects, a question we leave open.",
        "Extending it to knockout prediction is ongoing.",
    ],
)
def test_work_the_authors_decline_or_postpone_is_not_a_task(sentence):
    body = f"Quoll is a transformer pretrained on nine million nuclei to annotate cells. {sentence}"
    assert "trajectory_perturbation" not in extract("Quoll", body)["tasks"].value


def test_a_negation_ends_where_a_new_clause_begins():
    body = (
        "Quoll embeddings group cells by tissue rather than by donor, and give accurate label "
        "transfer between atlases."
    )
    assert "annotation" in extract("Quoll", body)["tasks"].value


def test_not_only_is_no_negation():
    body = "Quoll not only performs cell type classification but also ranks marker genes."
    assert "annotation" in extract("Quoll", body)["tasks"].value


def wren_tasks(sentence: str) -> list[str]:
    """The tasks read from one sentence after a plain introduction of a pretrained model."""
    body = f"Wren is a transformer pretrained on ten million single-cell profiles. {sentence}"
    return extract("Wren", body)["tasks"].value


@pytest.mark.parametrize(
    "task, sentence",
    [
        ("annotation", "It assigns identities to every nucleus of a new biopsy."),
        ("annotation", "A probe on Wren embeddings assigns marrow cells to 19 populations."),
        ("annotation", "It names the populations of a regenerating limb."),
        ("annotation", "Wren tells apart the cell states of regenerating fins."),
        ("annotation", "Wren labels unseen cells from a new organ at 0.8 accuracy."),
        ("annotation", "Uploaded data are annotated automatically against a reference."),
        ("integration", "Wren puts cells from 12 donors and four labs on a common footing."),
        ("integration", "In Wren's space, cohort effects fell while types stayed apart."),
        ("integration", "Wren removes technology and laboratory effects from the atlas."),
        ("integration", "Wren was the best method at combining studies."),
        ("generation", "Wren dreams up new cells for any requested tissue."),
        ("generation", "Wren turns a short prompt into a realistic expression profile."),
        ("cross_species", "Labels learned on mouse retina carry over to the lamprey eye."),
        ("cross_species", "Trained only on human, Wren predicts chromatin states in pig atlases."),
        ("spatial_mapping", "Wren places dissociated single-cell profiles back into the section."),
        (
            "trajectory_perturbation",
            "Deleting a factor's token in silico shifts cells to fibrosis.",
        ),
        ("trajectory_perturbation", "Ordering cells along its embedding traces a repair course."),
        ("regulatory_inference", "Wren reveals which factors switch on which genes in the heart."),
        ("drug_response", "Wren anticipates how three kinase inhibitors reshape the tumour."),
        ("drug_response", "Wren predicts the sensitive cell lines for each compound."),
    ],
)
def test_a_task_said_in_other_words_is_read(task, sentence):
    assert task in wren_tasks(sentence)


@pytest.mark.parametrize(
    "task, sentence",
    [
        ("annotation", "Barcodes assign sample identities to cells before pooling."),
        ("annotation", "Wren stops before naming cell populations."),
        (
            "annotation",
            "As a check, an off-the-shelf ZorbNet model assigned the identity of cells.",
        ),
        ("integration", "Wren embeds cells and text queries in a shared space."),
        ("integration", "Wren embeds drugs and genes in a shared space for scoring."),
        ("integration", "Removing donor effects would erase the biology we study."),
        ("generation", "Labs generate new datasets every week."),
        ("cross_species", "Labels from human blood were carried over to a held-out human donor."),
        ("drug_response", "Patients reshape their diets during treatment."),
    ],
)
def test_the_same_words_without_the_task_are_not_read(task, sentence):
    assert task not in wren_tasks(sentence)


@pytest.mark.parametrize(
    "task, sentence",
    [
        (
            "drug_response",
            "Single-cell assays make it possible to measure how single cells respond to drugs.",
        ),
        (
            "trajectory_perturbation",
            "Many methods have been developed to order differentiating cells in pseudotime.",
        ),
        ("generation", "Here we generate a single-cell multiome atlas of the developing gut."),
        ("annotation", "Wren enables drug response annotations for single cells."),
        ("annotation", "It helps where homology between genes is difficult to annotate."),
        ("integration", "Its profiles beat those of integration-based approaches."),
    ],
)
def test_what_the_field_or_an_experiment_does_is_not_the_model_s_task(task, sentence):
    assert task not in wren_tasks(sentence)


def test_a_benchmark_of_language_models_of_rna_sequences_reads_no_text():
    # (it raised KeyError: the sequence models' text-bridge evidence had been dropped)
    title = "Comprehensive benchmarking of large language models for RNA folding"
    body = (
        "We benchmark six large language models trained on RNA sequences, each representing "
        "every base as a vector, on structure prediction. Two LLMs outperform the others."
    )
    f = extract(title, body)
    assert f["family"].value == "benchmark" and "text" not in f["modalities"].value


# ---- lexicon-11 guards: the review's findings (each failed before the mends) ---------------
@pytest.mark.parametrize(
    "task, sentence",
    [
        # what a baseline is or does, inside a comparison
        ("trajectory_perturbation", "It ranks drugs better than GEARS, a perturbation method."),
        ("integration", "It imputes proteins better than totalVI, built for batch integration."),
        ("generation", "It is far faster than scDesign3, which simulates realistic cells."),
        (
            "annotation",
            "The same embeddings rank drugs, outperforming ZorbNet tuned for annotation.",
        ),
        (
            "trajectory_perturbation",
            "It has been shown that linear models outperform ZorbNet at predicting knockouts.",
        ),
        # wet-lab labelling, demultiplexing, biology
        ("annotation", "Guide capture assigns perturbation identities to each cell."),
        ("annotation", "Hox genes assign positional identity to limb fibroblasts."),
        ("annotation", "Cre drivers label distinct fibroblast populations in the fin."),
        ("annotation", "EdU incorporation labels dividing cells in the crypt."),
        ("annotation", "Peaks were annotated automatically to the nearest gene."),
        # study design and preprocessing
        ("integration", "Samples from six time points were analysed together."),
        ("integration", "We combined donors into four pools for multiplexed sequencing."),
        ("integration", "Donor effects were removed with Harmony before clustering."),
        (
            "integration",
            "It places cells from 40 studies and their text captions in a shared space.",
        ),
        # the same species, RNA removed in silico, other senses
        (
            "cross_species",
            "Pretrained on human cells, the model predicts cell types in human tumours.",
        ),
        ("cross_species", "Once trained, it is applied to the human genome to score variants."),
        ("trajectory_perturbation", "After removing ambient RNA in silico, we clustered nuclei."),
        ("generation", "Intestinal stem cells produce new epithelial cells every four days."),
        ("regulatory_inference", "We ask which factors drive acquired resistance to inhibitors."),
        ("drug_response", "Post-treatment expression of exhaustion markers was measured."),
        ("spatial_mapping", "We placed dissociated cells onto coated slides for staining."),
    ],
)
def test_the_reviews_false_positives_of_the_new_phrasings(task, sentence):
    assert task not in wren_tasks(sentence)


@pytest.mark.parametrize(
    "task, sentence",
    [
        ("annotation", "Wren represents a promising step towards automated cell type annotation."),
        (
            "annotation",
            "As a natural extension, Wren performs cell type annotation of new atlases.",
        ),
        (
            "integration",
            "Sequencing more donors is planned, and Wren already integrates 120 batches.",
        ),
        (
            "drug_response",
            "Wren forecasts responses to drugs for patients whose treatment is ongoing.",
        ),
        (
            "trajectory_perturbation",
            "Wren goes beyond the scope of annotation tools by predicting knockout effects.",
        ),
        ("integration", "We do not consider batch labels, yet Wren corrects batch effects."),
        ("annotation", "It prompts off-the-shelf GPT-4o to perform cell type annotation."),
    ],
)
def test_present_work_is_not_read_as_future_or_as_another_model_s(task, sentence):
    assert task in wren_tasks(sentence)


def test_a_negation_reaches_a_clause_with_its_own_subject():
    body = (
        "Wren predicts single-cell responses to drugs. Most models are not evaluated on new "
        "platforms, and batch correction is left to users."
    )
    assert "integration" not in extract("Wren", body)["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Heron is an LLM-driven assistant that inspects quality plots, chooses filtering "
        "thresholds and calls doublet, ambient-RNA and normalisation routines for single-cell "
        "data, rerunning a step when its own diagnostics stay poor.",
        "Heron couples an LLM to a network builder and a literature index for single-cell data "
        "and lets it iterate: it re-runs inference with revised gene sets and stops when the "
        "shortlist of regulators is supported.",
    ],
)
def test_an_llm_system_described_by_what_it_does_is_agentic(body):
    f = extract("Heron", body)
    assert f["agentic"].value is True and f["family"].value == "agentic"


@pytest.mark.parametrize(
    "body",
    [
        "Heron is an R package for single-cell data that calls C++ routines for speed and "
        "stops when the clustering converges.",
        "Heron is a single-cell foundation model; we tried several training objectives and "
        "reran the evaluation with different seeds.",
    ],
)
def test_a_pipeline_or_a_model_s_training_is_not_agentic(body):
    assert extract("Heron", body)["agentic"].value is False


@pytest.mark.parametrize(
    "body",
    [
        "Osprey is an LLM agent for single-cell data that calls clustering tools and retrieves "
        "and reads PubMed abstracts about candidate markers before it labels clusters.",
        "Osprey predicts how single cells respond to drugs and drafts a short rationale for "
        "each prediction.",
    ],
)
def test_an_agent_that_reads_documents_or_writes_prose_reads_text(body):
    assert "text" in extract("Osprey", body)["modalities"].value


def test_the_authors_literature_search_is_not_text_the_model_reads():
    body = (
        "Osprey is a transformer pretrained on ten million single-cell profiles. We searched "
        "the literature for marker genes of each population to check its clusters."
    )
    assert "text" not in extract("Osprey", body)["modalities"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Its written rationales help curators spot uncertain labels.",
        "Gene embeddings inherit the blind spots of the cell types sequenced.",
        "Kestrel was pretrained on 40,000 H&E-stained tissue sections with bulk profiles.",
        "Two predicted homologies were then tested by in situ hybridisation.",
        "We checked the ratios against an imaging panel of tissue sections; that comparison "
        "uses external data only and plays no part in training.",
    ],
)
def test_spatial_words_that_are_no_spatial_data_of_the_model(sentence):
    body = f"Kestrel is a transformer pretrained on single-cell RNA-seq profiles. {sentence}"
    assert "spatial" not in extract("Kestrel", body)["modalities"].value


def test_spots_of_an_array_are_spatial_data():
    body = "Kestrel deconvolves each spot of a slide into the cell types that make it up."
    assert "spatial" in extract("Kestrel", body)["modalities"].value


@pytest.mark.parametrize(
    "body",
    [
        "Plover is a genomic language model of DNA that reads the sequences encoding DNA, RNA "
        "and proteins across bacterial genomes.",
        "Plover is a whole-slide model for H&E pathology. Plover uses no molecular data; we "
        "note that coupling such encoders to spatial transcriptomics is an active area.",
        "Plover is a whole-slide model for H&E pathology. We anticipate combining it with "
        "transcriptome encoders.",
        "Plover reads chromatin accessibility peaks of single nuclei and discards the RNA "
        "counts of multiome runs.",
    ],
)
def test_rna_named_as_a_molecule_later_work_or_discarded_is_not_the_model_s_data(body):
    assert "rna" not in extract("Plover", body)["modalities"].value


# ---- lexicon-11 guards: the second review's findings (each failed before the mends) --------
@pytest.mark.parametrize(
    "body, value",
    [
        ("Plover jointly models RNA and protein counts of single cells from CITE-seq.", "rna"),
        ("Plover maps single cells to spots by optimal transport.", "spatial"),
        ("Plover segments cells in antibody-stained tissue sections of lymph nodes.", "spatial"),
        (
            "After discarding low-quality spots, Plover deconvolves each spot of a Visium slide.",
            "spatial",
        ),
        ("Tested with CITE-seq data, Plover integrates RNA and surface protein.", "protein"),
        (
            "Plover embeds scRNA-seq and scATAC-seq profiles, and we anticipate broad use.",
            "atac",
        ),
        ("After discarding doublets, Plover integrates scATAC-seq profiles of 50 donors.", "atac"),
    ],
)
def test_the_second_reviews_modalities_that_must_stay(body, value):
    assert value in extract("Plover", body)["modalities"].value


@pytest.mark.parametrize(
    "body",
    [
        "Plover maps query datasets from three published papers onto a single-cell reference.",
        "Raw sequencing reads from 14 publications were reprocessed to train Plover on cells.",
        "By searching the literature, we compiled marker genes to check Plover's clusters.",
    ],
)
def test_the_second_reviews_text_that_is_not_read(body):
    assert "text" not in extract("Plover", body)["modalities"].value


@pytest.mark.parametrize(
    "body",
    [
        "Plover is a text bridge that links single cells to language. We fine-tune the LLM "
        "with LoRA, choosing learning-rate settings on a validation split; training stops "
        "when validation loss plateaus.",
        "Plover is an interactive tool in which users inspect diagnostic plots of single-cell "
        "data and ask an LLM questions about them.",
        "Plover is a Snakemake workflow for single-cell data that chooses alignment parameters "
        "per sample and executes R scripts for each step.",
        "Unlike LLM-based assistants, Plover chooses clustering thresholds automatically and "
        "calls Scanpy functions directly on single-cell data.",
    ],
)
def test_the_second_reviews_systems_that_are_not_agents(body):
    assert extract("Plover", body)["agentic"].value is False


def test_a_system_that_switches_method_without_being_told_is_agentic():
    body = (
        "Plover is an LLM system for single-cell data that runs an integration tool and, "
        "without being told, switches to another normalisation method when mixing is poor."
    )
    assert extract("Plover", body)["agentic"].value is True


def test_expression_and_chromatin_read_to_find_regulatory_elements_is_epigenomic():
    body = (
        "Linnet reads paired scRNA-seq and scATAC-seq profiles of the same nuclei and links "
        "each distal accessible element to the genes it regulates, inferring gene regulatory "
        "networks of the hair follicle."
    )
    assert extract("Linnet", body)["family"].value == "epigenomic"


def test_expression_and_chromatin_integrated_stay_multimodal():
    body = (
        "Linnet integrates paired scRNA-seq and scATAC-seq profiles of the same nuclei into one "
        "embedding, removing batch effects between studies."
    )
    assert extract("Linnet", body)["family"].value == "spatial_multimodal"


@pytest.mark.parametrize(
    "sentence, task",
    [
        ("Dunlin aligns partially overlapping Visium slices of one tumour.", "integration"),
        ("Dunlin maps serial MERFISH data onto a 3D atlas of the mouse brain.", "spatial_mapping"),
    ],
)
def test_slices_aligned_and_data_mapped_to_an_atlas_are_read(sentence, task):
    body = f"Dunlin is a method for spatial transcriptomics. {sentence}"
    assert task in extract("Dunlin", body)["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Serial sections were aligned manually before Dunlin was trained.",
        "Its region calls agree with registered MERFISH sections of the same animals.",
    ],
)
def test_sections_aligned_by_hand_or_as_a_reference_are_no_integration(sentence):
    body = f"Dunlin is a model that labels cell types in single-cell RNA-seq data. {sentence}"
    assert "integration" not in extract("Dunlin", body)["tasks"].value


@pytest.mark.parametrize(
    "sentence, task",
    [
        (
            "We align the MERFISH sections of each animal with STalign before annotation.",
            "integration",
        ),
        (
            "We register the sections to a common template to correct for deformation.",
            "integration",
        ),
        (
            "Mapping of all sections to the common coordinate framework was done with QuickNII.",
            "spatial_mapping",
        ),
        ("MRI volumes were aligned to a 3D atlas of the brain.", "spatial_mapping"),
    ],
)
def test_the_third_reviews_preprocessing_is_no_task(sentence, task):
    body = f"Dunlin is a model that labels cell types in single-cell RNA-seq data. {sentence}"
    assert task not in extract("Dunlin", body)["tasks"].value


def test_expression_and_chromatin_read_to_label_cells_stay_multimodal():
    body = (
        "Linnet is pretrained on paired scRNA-seq and scATAC-seq profiles; it annotates cell "
        "types and infers gene regulatory networks."
    )
    assert extract("Linnet", body)["family"].value != "epigenomic"


def test_a_transcriptome_the_model_predicts_is_not_an_input():
    f = extract(
        "Quillon: predicting enhancer marks, contact maps and the transcriptome",
        "Quillon reads the DNA sequence and chromatin accessibility of a cell type and predicts "
        "histone marks and transcription activity.",
    )
    assert f["modalities"].value == ["atac", "dna_sequence"]


def test_a_foundation_model_of_two_omics_is_multimodal():
    body = (
        "Tandem is a foundation model pretrained on 6 million CITE-seq cells, reading RNA and "
        "antibody-derived tag tokens as one sequence. Tandem annotates immune cells."
    )
    f = extract("Tandem", body)
    assert sorted(f["modalities"].value) == ["protein", "rna"]
    assert f["family"].value == "spatial_multimodal"


def test_a_foundation_model_of_proteins_imaged_in_tissue_is_multimodal():
    body = (
        "Mosaik is a foundation model pretrained on multiplexed protein imaging of 3,000 tissue "
        "sections, with spatially resolved marker intensities for every segmented cell. Mosaik "
        "phenotypes cells in new cohorts."
    )
    f = extract("Mosaik: a foundation model for multiplexed protein imaging of tissues", body)
    assert {"protein", "spatial"} <= set(f["modalities"].value)
    assert f["family"].value == "spatial_multimodal"


def test_data_never_given_to_the_model_is_not_its_modality():
    body = (
        "Brindle is a transformer pretrained on 30 million cells from single-cell RNA-seq "
        "studies; it annotates cell types. On a CITE-seq dataset we confirm that its labels agree "
        "with surface-protein markers; the protein measurements are never given to the model."
    )
    assert extract("Brindle", body)["modalities"].value == ["rna"]


def test_a_layer_predicted_from_another_does_not_make_a_multimodal_model():
    body = (
        "Sorrel is a foundation model pretrained on 25 million cells from single-cell RNA-seq "
        "atlases. Sorrel annotates cell types, and its embeddings allow the prediction of "
        "surface protein abundance from RNA."
    )
    assert extract("Sorrel", body)["family"].value == "foundation"


def test_one_layer_read_alone_from_paired_data_is_the_only_modality():
    body = (
        "We collected 2 million nuclei from 150 paired RNA and ATAC experiments and pretrained "
        "Thistle, a chromatin encoder, on their ATAC fragments alone. Thistle transfers cell type "
        "labels to new scATAC-seq datasets."
    )
    f = extract("Thistle", body)
    assert f["modalities"].value == ["atac"]
    assert f["family"].value == "epigenomic"


@pytest.mark.parametrize(
    "title, body",
    [
        (
            "Plover: an agent for matching cell types across species",
            "Plover receives two atlases; its language model converts gene names with orthology "
            "tables and reports matched populations.",
        ),
        (
            "Plover",
            "Plover is an LLM agent that answers atlas questions. It fetches cells from a census, "
            "converts gene names with orthology tables and reports matched populations.",
        ),
    ],
)
def test_a_system_the_paper_calls_an_agent_is_agentic(title, body):
    f = extract(title, body)
    assert f["agentic"].value is True
    assert f["family"].value == "agentic"


@pytest.mark.parametrize(
    "body",
    [
        "We develop Plover, a reinforcement learning agent that selects the next batch of "
        "genetic perturbations to test in a pooled screen.",
        "We present Plover, an agent that chooses which wells to image next by Bayesian "
        "optimisation of a cell-state score.",
    ],
)
def test_an_agent_with_no_language_model_or_tools_is_not_agentic(body):
    assert extract("Plover", body)["agentic"].value is False


def test_an_agent_based_model_is_not_an_agent():
    f = extract(
        "Plover: an agent-based model of tumour growth",
        "Plover is an agent-based model in which cells divide, migrate and die on a lattice.",
    )
    assert f["agentic"].value is False


def test_an_llm_with_access_to_a_code_interpreter_is_agentic():
    body = (
        "Heron chooses which genes to knock out in the next round of a pooled screen. Each of its "
        "roles is a separate LLM with access to a code interpreter and the screen's count tables."
    )
    assert extract("Heron", body)["agentic"].value is True


@pytest.mark.parametrize(
    "title, body",
    [
        (
            "ChatGene: A Conversational Agent for Genomic Sequences",
            "ChatGene answers questions in English about DNA sequences, coupling a DNA encoder "
            "to a language model.",
        ),
        (
            "ChatGene",
            "We present ChatGene, a multimodal conversational agent that answers questions in "
            "English about DNA sequences.",
        ),
    ],
)
def test_a_conversational_agent_that_only_answers_is_not_agentic(title, body):
    assert extract(title, body)["agentic"].value is False


@pytest.mark.parametrize(
    "body",
    [
        "Unlike RNA-only baselines, Garnet jointly models chromatin accessibility and gene "
        "expression of 10x Multiome nuclei.",
        "Garnet reads chromatin accessibility together with gene expression, resolving states "
        "that cannot be separated with transcriptomes alone.",
        "Garnet learns joint embeddings of single-cell multiome data and annotates cell types. "
        "An ablation using chromatin accessibility alone loses 9 points of accuracy.",
    ],
)
def test_one_layer_alone_in_a_comparison_or_ablation_keeps_both_layers(body):
    assert extract("Garnet", body)["modalities"].value == ["atac", "rna"]


def test_the_transcriptome_a_model_predicts_from_is_an_input():
    body = "Garnet infers cell states from transcriptome and chromatin accessibility profiles."
    assert extract("Garnet", body)["modalities"].value == ["atac", "rna"]


def test_data_held_back_until_fine_tuning_is_an_input():
    body = (
        "Garnet is pretrained on 15 million scRNA-seq profiles. Surface protein counts are never "
        "shown to the model in pretraining but are added as a second input for fine-tuning on "
        "CITE-seq data."
    )
    assert extract("Garnet", body)["modalities"].value == ["protein", "rna"]


def test_a_second_layer_only_as_a_fine_tuning_target_keeps_a_foundation_model():
    body = (
        "Garnet is a foundation model pretrained on 28 million single-cell transcriptomes. "
        "Fine-tuned on CITE-seq data, it predicts surface protein abundance and annotates cells."
    )
    assert extract("Garnet", body)["family"].value == "foundation"


def test_a_layer_that_is_only_the_reference_of_a_comparison_is_not_read():
    body = (
        "Garnet is pretrained on 22 million scRNA-seq profiles. Its cell embeddings are compared "
        "with chromatin accessibility clusters from paired multiome data."
    )
    assert extract("Garnet", body)["modalities"].value == ["rna"]


@pytest.mark.parametrize(
    "sentence",
    [
        # what a kind of model is for
        "Pretrained cell models promise to simplify modelling perturbations and reconstructing "
        "trajectories.",
        "Such models are now used for perturbation prediction, yet few labs adopt them.",
        # what other papers showed of the models the paper studies
        "The compared models were shown by their authors to predict perturbation effects.",
        # what the authors say they did not do here
        "Although its embeddings could serve perturbation modelling, we did not assess this here.",
        "Perturbation modelling becomes possible with such embeddings but is beyond the scope of "
        "this work.",
    ],
)
def test_perturbation_the_paper_does_not_do_is_no_task(sentence):
    assert "trajectory_perturbation" not in wren_tasks(f"It labels cell types. {sentence}")


@pytest.mark.parametrize(
    "title, body",
    [
        (
            "Bramble: an agent-free pipeline for cluster labels",
            "Bramble is an agent-free pipeline that labels scRNA-seq clusters with fixed marker "
            "rules and one language-model prompt per cluster.",
        ),
        (
            "Bramble",
            "Bramble is a foundation model for agents: a transcriptome encoder whose embeddings "
            "other systems can query.",
        ),
        (
            "Bramble",
            "Bramble is an LLM agent for spatial transcriptomics that answers questions from "
            "precomputed summaries; it does not call tools.",
        ),
    ],
)
def test_agent_words_that_do_not_make_the_system_an_agent(title, body):
    assert extract(title, body)["agentic"].value is False


@pytest.mark.parametrize(
    "body",
    [
        "Stonecrop is pretrained on RNA-only cells and then adapted to multiome data, where it "
        "reads RNA and ATAC together.",
        "Stonecrop integrates single-cell multiome data into one latent space; to save memory it "
        "is fit using only the top ATAC peaks and all genes.",
    ],
)
def test_a_stage_or_a_feature_choice_is_not_one_layer_read_alone(body):
    assert extract("Stonecrop", body)["modalities"].value == ["atac", "rna"]


def test_a_comparison_with_expert_labels_keeps_the_models_data():
    body = (
        "Stonecrop reads RNA and surface protein from CITE-seq jointly; compared with expert "
        "annotations, its clusters resolve more T-cell states."
    )
    assert extract("Stonecrop", body)["modalities"].value == ["protein", "rna"]


@pytest.mark.parametrize(
    "body, family",
    [
        (
            "Stonecrop predicts cell fate bias using the transcriptome and chromatin "
            "accessibility of progenitors profiled by single-cell multiome.",
            "spatial_multimodal",
        ),
        (
            "Stonecrop is a foundation model pretrained on 30 million single-cell transcriptomes. "
            "Its embeddings improve cell annotation and RNA-to-proteome translation.",
            "foundation",
        ),
        (
            "Stonecrop is a foundation model pretrained on 30 million single-cell transcriptomes. "
            "On CITE-seq benchmarks with matched RNA and protein measurements, its clusters agree "
            "with protein-defined cell types.",
            "foundation",
        ),
    ],
)
def test_the_family_follows_the_layers_the_model_reads(body, family):
    assert extract("Stonecrop", body)["family"].value == family


@pytest.mark.parametrize(
    "body",
    [
        # the encoder a model reads its input with is a part of it, not another model
        "Sedge infers regulatory links from single-cell transcriptomes; the descriptions of "
        "each gene are encoded with the biomedical language model PubLex.",
        # a database's written entries are a resource, not another model
        "Sedge embeds the RefBank and ProtAtlas gene summaries of 18,000 human genes into one "
        "space and "
        "represents each cell as the expression-weighted mean of its gene vectors.",
    ],
)
def test_gene_descriptions_read_through_a_named_encoder_or_database_are_text(body):
    assert "text" in extract("Sedge", body)["modalities"].value


@pytest.mark.parametrize(
    "body",
    [
        # gene names written into a language model's input
        "Tamarack labels scRNA-seq clusters. In its first stage, an LLM such as GPT-4o receives "
        "the top marker genes of each cluster and proposes candidate cell types.",
        "Tamarack is an LLM agent that labels scRNA-seq clusters. The top differentially "
        "expressed genes of each cluster are sent to three large language models, and it calls "
        "marker database tools to check their answers.",
        # literature the system searches or fetches itself
        "Tamarack is an LLM agent that ranks drugs for tumour single-cell profiles; a reader "
        "module searches clinical trial registries and PubMed for evidence on each candidate.",
        "Tamarack is an LLM agent that labels scRNA-seq clusters by looking up their marker "
        "genes in marker databases and in the papers it retrieves.",
    ],
)
def test_text_a_system_reads_gene_lists_or_papers_in(body):
    assert "text" in extract("Tamarack", body)["modalities"].value


def test_bulk_chromatin_tracks_a_sequence_model_predicts_are_not_read():
    body = (
        "Quartz is a DNA language model pretrained on the genomes of 200 mammals. Fine-tuned on "
        "bulk chromatin accessibility tracks, it predicts the effects of non-coding variants."
    )
    assert extract("Quartz", body)["modalities"].value == ["dna_sequence"]


@pytest.mark.parametrize(
    "body",
    [
        "Quartz reads the DNA sequence of each peak and predicts its accessibility in single "
        "cells, trained on scATAC-seq profiles of 90,000 nuclei.",
        "Quartz predicts contact maps of a cell type, taking as input the DNA sequence and the "
        "chromatin accessibility profile of that cell type.",
    ],
)
def test_chromatin_a_sequence_model_is_trained_on_or_given_is_read(body):
    assert extract("Quartz", body)["modalities"].value == ["atac", "dna_sequence"]


def test_multiplexed_imaging_platforms_measure_protein():
    body = "Mica phenotypes every segmented cell in CODEX and IMC images of tumour sections."
    assert "protein" in extract("Mica", body)["modalities"].value


def test_openai_codex_is_no_protein_assay():
    body = (
        "Mica is an LLM agent that writes analysis code with OpenAI Codex and runs it on "
        "single-cell RNA-seq data."
    )
    assert "protein" not in extract("Mica", body)["modalities"].value


@pytest.mark.parametrize(
    "body",
    [
        "Mica is a protein language model of T cell receptor chains from single cells; it "
        "never sees the transcriptomes of the cells.",
        "Mica models antibody chains sequenced from single B cells; no expression or other cell "
        "measurements are used.",
    ],
)
def test_a_model_that_reads_no_expression_gets_no_rna_prior(body):
    assert "rna" not in extract("Mica", body)["modalities"].value


@pytest.mark.parametrize(
    "body",
    [
        "Lorikeet is a graph transformer pretrained on 9 million single-cell transcriptomes. It "
        "annotates cell types in new donors. Lorikeet and a labelled benchmark of two million "
        "cells are released.",
        "We here present Lorikeet, a method that integrates single-cell transcriptomes across "
        "donors. Our in-depth benchmark shows that it is competitive with scVI and Harmony.",
    ],
)
def test_a_model_paper_that_also_releases_or_runs_a_benchmark_is_no_benchmark(body):
    assert extract("Lorikeet", body)["family"].value != "benchmark"


def test_a_paper_whose_subject_is_a_benchmark_stays_a_benchmark():
    body = (
        "Lorikeet is a benchmark framework of 40 tasks that evaluates eight single-cell "
        "foundation models on annotation and integration."
    )
    assert extract("Lorikeet", body)["family"].value == "benchmark"


@pytest.mark.parametrize(
    "title, body",
    [
        (
            "TaskYard: can LLM systems analyse single cells end to end?",
            "We built TaskYard, 180 analysis tasks on 30 public datasets with an automated "
            "checker. We evaluated five systems, including CellPilot, two multi-agent pipelines "
            "and GPT-4o with a code interpreter. The best completed 41% of tasks.",
        ),
        (
            "Naming clusters with chatbots",
            "We built a test set of 2,000 clusters with author labels and queried nine "
            "open-weight LLMs with identical prompts. Agreement ranged from 0.35 to 0.74.",
        ),
    ],
)
def test_a_paper_that_runs_other_systems_on_its_tasks_is_a_benchmark(title, body):
    assert extract(title, body)["family"].value == "benchmark"


@pytest.mark.parametrize(
    "body, family",
    [
        # the missing values of a layer it reads are imputed, not predicted from another layer
        (
            "Weaver denoises RNA counts and imputes the missing surface protein levels of "
            "CITE-seq data, reading both layers in one encoder.",
            "spatial_multimodal",
        ),
        # the field's two assays in a background sentence are not the model's
        (
            "Atlases of scRNA-seq and scATAC-seq data now span hundreds of millions of cells. We "
            "pretrain Weaver on 90 million scRNA-seq profiles with a masked expression objective. "
            "Weaver improves cell type annotation over smaller models.",
            "foundation",
        ),
        # a check against another layer is not reading it
        (
            "Weaver is a foundation model pretrained on 40 million scRNA-seq profiles. On CITE-seq "
            "data, the cell types it assigns from RNA match those defined by surface protein "
            "gating.",
            "foundation",
        ),
    ],
)
def test_two_layers_are_the_models_data_only_where_it_reads_both(body, family):
    assert extract("Weaver: a foundation model of cells.", body)["family"].value == family


def test_a_codex_database_is_no_protein_assay():
    body = (
        "Weaver predicts transcription factor binding from scATAC-seq peaks, trained on binding "
        "sites from the CODEX database of ChIP-seq experiments."
    )
    assert "protein" not in extract("Weaver", body)["modalities"].value


def test_the_papers_own_models_used_for_a_task_keep_the_task():
    body = (
        "We pretrain two Weaver models on 20 and 60 million cells. The embeddings from these "
        "models are used for cell type annotation on 25 datasets."
    )
    assert "annotation" in extract("Weaver", body)["tasks"].value


def test_genes_a_bert_style_model_reads_as_tokens_are_no_text():
    body = (
        "Weaver is a BERT-style language model that reads the top expressed genes of each cell "
        "as an ordered sequence of tokens; it annotates cell types."
    )
    assert "text" not in extract("Weaver", body)["modalities"].value


def test_doing_without_an_rna_reference_is_no_denial_of_rna():
    body = (
        "Weaver identifies spatial domains in Stereo-seq and Visium sections. Unlike "
        "deconvolution methods, it does not use a single-cell RNA reference."
    )
    assert "rna" in extract("Weaver", body)["modalities"].value


def test_pseudobulk_accessibility_combined_with_sequence_is_read():
    body = (
        "Weaver combines the DNA sequence of each candidate enhancer with pseudobulk ATAC-seq "
        "coverage of 150 cell types to predict the expression of nearby genes."
    )
    assert extract("Weaver", body)["modalities"].value == ["atac", "dna_sequence"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Guided by the model, we design synthetic enhancers active in one neuronal type only.",
        "Guided generation then proposes short sequences predicted to be open in microglia only.",
    ],
)
def test_designing_new_regulatory_sequences_is_generation(sentence):
    body = (
        f"Sorrel is a DNA sequence model trained on single-cell chromatin accessibility. {sentence}"
    )
    assert "generation" in extract("Sorrel", body)["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Without fine-tuning, it labels cells of new donors zero-shot.",
        "It transfers the reference atlas cell type labels to query data.",
        "It labelled cell types more accurately than marker-based methods.",
    ],
)
def test_labelling_cells_in_other_words_is_annotation(sentence):
    assert "annotation" in wren_tasks(sentence)


def test_labels_carried_from_one_organism_to_another_are_cross_species():
    body = (
        "Bryony is pretrained on 4 million plant cells. Using orthologous genes, it transferred "
        "annotations from Arabidopsis to rice and maize."
    )
    assert "cross_species" in extract("Bryony", body)["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "In silico mutagenesis of its inputs reveals which transcription factor motifs open "
        "each cell type's enhancers.",
        "It attributes each prediction to the motifs of known transcription factors.",
        "It scores the effects of non-coding variants on cell-type-specific gene regulation.",
    ],
)
def test_reading_a_sequence_model_for_its_factors_is_regulatory_inference(sentence):
    body = (
        "Teasel predicts single-cell chromatin accessibility from 1-kb DNA windows, trained on "
        f"scATAC-seq data. {sentence}"
    )
    assert "regulatory_inference" in extract("Teasel", body)["tasks"].value


def test_a_map_the_model_never_sees_is_not_its_data():
    body = (
        "Tansy reconstructs differentiation trajectories from scRNA-seq profiles. We confirm the "
        "trajectories by comparison with an independent spatial transcriptomics map, which the "
        "model never sees."
    )
    assert extract("Tansy", body)["modalities"].value == ["rna"]


def test_a_use_imagined_in_principle_is_no_task():
    body = (
        "Tansy annotates cell types in scRNA-seq atlases. Its embeddings could in principle be "
        "used for cross-species alignment."
    )
    assert "cross_species" not in extract("Tansy", body)["tasks"].value


def test_data_not_provided_to_the_model_is_not_its_modality():
    body = (
        "Yarrow is pretrained on 3 million scATAC-seq nuclei and labels cell types. We compared "
        "its labels with those from matched scRNA-seq; the RNA was not provided to the model."
    )
    assert extract("Yarrow", body)["modalities"].value == ["atac"]


def test_baselines_in_a_scored_parenthesis_after_the_own_name_are_comparisons():
    body = (
        "After fine-tuning on 40 labelled nuclei per type, Pellam assigns nuclei of held-out "
        "tissues to their types at 0.84 accuracy (LabelNet gene scores: 0.71; TypeFormer: 0.78)."
    )
    assert "annotation" in extract("Pellam", body)["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Its embeddings bring together nuclei profiled by three platforms without correction.",
        "Cells from different donors, kits and laboratories sit together in one space.",
        "Pellam places RNA-only and ATAC-only datasets from 23 studies into one coordinate system.",
        "Embedding several donors together removes technical variation while keeping biology.",
        "Nuclei measured in separate experiments group by identity rather than by laboratory.",
        "Pellam decides whether samples from different sites need to be brought into a common "
        "space.",
    ],
)
def test_sources_brought_into_one_space_in_further_words_is_integration(body):
    assert (
        "integration"
        in extract("Pellam", f"Pellam is pretrained on single cells. {body}")["tasks"].value
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "It gives cell identities to nuclei of two unlabelled tissues.",
        "It names each population from its marker genes.",
        "We ask it to name cell populations from their top genes.",
        "Scoring each cell against ontology definitions gives zero-shot labels.",
        "Its embeddings resolve eight cortical neuron classes.",
        "A linear probe on its embeddings assigns bone-marrow cells to 27 populations.",
        "Linear probes on its embeddings identify immune populations in three blood datasets.",
        "It names the identity of each cluster in withheld tissues.",
    ],
)
def test_identities_given_and_populations_named_are_annotation(sentence):
    assert "annotation" in wren_tasks(sentence)


def test_what_is_usually_done_with_the_data_is_background():
    body = (
        "Chromatin is read from sparse data. Single-nucleus ATAC-seq profiles are usually "
        "interpreted only after being paired with RNA. Pellam is a transformer pretrained on 5 "
        "million scATAC-seq nuclei; it assigns nuclei to their types from accessibility alone."
    )
    assert extract("Pellam", body)["modalities"].value == ["atac"]


@pytest.mark.parametrize(
    "sentence",
    [
        "During training it is exposed to adversarial perturbations of the count matrix.",
        "We chart the trajectory of the validation loss over four orders of magnitude of compute.",
        "On four datasets with knockout ground truth, its top factors hold more validated drivers.",
        "Its networks are scored against ChIP-seq and perturbation-derived ground truth.",
        "Its answers are checked against perturbation-backed evidence.",
    ],
)
def test_perturbations_as_ground_truth_or_attacks_and_loss_trajectories_are_no_task(sentence):
    body = f"Pellam infers gene regulatory networks from single-cell data. {sentence}"
    assert "trajectory_perturbation" not in extract("Pellam", body)["tasks"].value


def test_tasks_a_kind_of_modelling_supports_are_background():
    body = (
        "Pellam generates synthetic single-cell profiles. Generative modelling of single-cell data "
        "supports tasks such as trajectory inference and batch correction."
    )
    assert extract("Pellam", body)["tasks"].value == ["generation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "It outperforms other models on disease annotation and prognosis.",
        "It offers a data-driven route to region annotation in large sections.",
        "Its regions agree better with anatomical annotations than other methods' regions.",
        "It annotates regions with the motif occurrences found in their DNA sequence.",
        "A final step queries a transcription-factor database to annotate regulons.",
        "Its descriptions of genes come closer to curated annotations.",
        "Attention localises tumour regions with an AUROC of 0.88 against pixel annotations.",
        "It identifies the cell states that differ most between patients and controls.",
        "Many methods exist for resolving which cell types occupy each spot.",
    ],
)
def test_annotations_of_regions_genes_or_diseases_are_not_cell_annotation(sentence):
    body = f"Pellam is pretrained on ten million single-cell profiles. {sentence}"
    assert "annotation" not in extract("Pellam", body)["tasks"].value


def test_a_result_told_without_a_subject_model_keeps_its_task_beside_baselines():
    body = (
        "Pellam is pretrained on single-cell profiles of five organs. In our hands, datasets from "
        "38 studies with different chemistries fall into a common space, outperforming scVI, "
        "Harmony and scArches on every metric."
    )
    assert "integration" in extract("Pellam", body)["tasks"].value


def test_a_sentence_opening_on_existing_methods_stays_theirs():
    body = (
        "Pellam is pretrained on single-cell profiles. Existing methods such as scVI remove batch "
        "effects better than Harmony. Pellam generates synthetic cells."
    )
    assert "integration" not in extract("Pellam", body)["tasks"].value


def test_a_fronted_without_phrase_ends_at_its_comma():
    body = (
        "Pellam is pretrained on 20 million cells of 14 vertebrates. Without any orthology table, "
        "labels learned on mouse cortex carry over to the lizard pallium with 0.78 accuracy."
    )
    assert "cross_species" in extract("Pellam", body)["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Fine-tuned, it transfers labels from rice to wheat without retraining.",
        "Names learned from the mouse brain atlas are given to turtle and lizard cells.",
        "Trained with human labels only, it gives cell identities to chicken and opossum nuclei.",
        "After pretraining, it labels cells of animals it never saw.",
        "We used it to annotate whole-body datasets of four animals by transfer from vertebrate "
        "references.",
    ],
)
def test_labels_moved_between_organisms_in_further_words_are_cross_species(sentence):
    assert "cross_species" in wren_tasks(sentence)


def test_names_given_to_cells_are_annotation():
    assert "annotation" in wren_tasks("Names learned from an atlas are given to new cells.")


def test_studies_folded_into_one_space_are_integration():
    assert "integration" in wren_tasks("It folds 146 studies into one space.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Each transduced stem cell carries a unique vector integration site.",
        "Its toolbox integrates more than 600 tools, including models, datasets and packages.",
        "Foundation models have improved the labelling and batch correction of dissociated cells.",
        "The atlas authors had already removed donor and batch effects with Harmony; we used "
        "their embedding as given.",
    ],
)
def test_integration_sites_tools_the_field_and_upstream_correction_are_not_integration(sentence):
    body = f"Pellam generates synthetic single-cell profiles. {sentence}"
    assert "integration" not in extract("Pellam", body)["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "It assigns individual cells from a single-cell reference to locations in a section.",
        "It infers the spatial origin of dissociated cells.",
        "Dissociated scRNA-seq cells are placed onto sections of the same tissue.",
        "It estimates the make-up of multicellular spots.",
        "It estimates how many cells of each type contribute to every multicellular spot.",
    ],
)
def test_cells_placed_in_tissue_and_spots_resolved_in_further_words_are_spatial_mapping(
    sentence,
):
    assert "spatial_mapping" in wren_tasks(sentence)


def test_a_spatial_model_placing_cells_beside_baselines_does_spatial_mapping():
    body = (
        "Pellam is pretrained on Visium and MERFISH sections. Pellam placed 68% of cells in the "
        "correct layer, more often than Tangram, CellTrek and novoSpaRc."
    )
    assert "spatial_mapping" in extract("Pellam", body)["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "It is a text-conditioned generative model of single-cell expression.",
        "A decoder turns the prompt's encoding into a full count profile.",
        "It handles missing-modality prediction for cells measured by RNA alone.",
        "In the shared space it generates one modality from another.",
        "It translates single-cell transcriptomes into proteomes.",
        "It imputes unmeasured epitopes from RNA alone.",
    ],
)
def test_profiles_written_from_text_or_from_another_layer_are_generation(sentence):
    assert "generation" in wren_tasks(sentence)


def test_rna_as_a_molecule_of_the_central_dogma_is_no_assay():
    body = (
        "Pellam reads DNA sequences and answers questions in text. It is tuned on tasks of RNA "
        "polyadenylation and degradation and on histone marks."
    )
    assert "rna" not in extract("Pellam", body)["modalities"].value


def test_a_layer_discarded_before_the_model_sees_the_data_is_not_read():
    body = (
        "Pellam is pretrained on 3 million scATAC-seq nuclei and links enhancers to genes. Many "
        "training sets are 10x Multiome runs, but we deliberately discard their RNA readout."
    )
    assert extract("Pellam", body)["modalities"].value == ["atac"]


def test_imaging_platforms_listed_as_examples_are_not_other_models():
    body = (
        "Pellam phenotypes cells in tissue sections. Multiplexed imaging assays such as MIBI-TOF, "
        "CODEX and CyCIF measure dozens of proteins in situ."
    )
    assert "protein" in extract("Pellam", body)["modalities"].value


def test_a_layer_held_out_to_check_the_model_is_not_read():
    body = (
        "Pellam is pretrained on 3 million scATAC-seq nuclei and links enhancers to genes. Most "
        "training datasets are 10x Multiome experiments, but we discard their RNA readout; the "
        "model sees only open regions. We confirmed the links by checking, in the held-out RNA "
        "of Multiome nuclei, that target-gene expression tracks enhancer accessibility."
    )
    assert extract("Pellam", body)["modalities"].value == ["atac"]


def test_a_billion_parameter_language_model_writing_prose_about_cells_is_a_text_bridge():
    body = (
        "Pellam is a 7B-parameter language model fine-tuned to read a cell, written as its most "
        "expressed genes, and to write a paragraph stating the cell's likely identity."
    )
    f = extract("Pellam", body)
    assert (f["family"].value, "text" in f["modalities"].value) == ("text_bridge", True)


def test_a_resources_function_text_is_text_the_model_reads():
    body = (
        "Pellam starts from what biologists wrote: each gene is encoded from its UniProt "
        "function text by a frozen embedder, followed by a transformer pretrained on 25M cells."
    )
    assert "text" in extract("Pellam", body)["modalities"].value


def test_the_text_of_vocabulary_terms_is_text_the_model_reads():
    body = (
        "Pellam injects the text of Gene Ontology terms into the gene tokens of a single-cell "
        "transformer."
    )
    assert "text" in extract("Pellam", body)["modalities"].value


@pytest.mark.parametrize(
    "body",
    [
        "Pellam is an LLM-driven planner that reads prior literature, calls a pretrained "
        "expression model to forecast each knockout's effect and proposes a library.",
        "Pellam lets a language model choose every step of the comparison. When the chosen "
        "back-end failed, Pellam switched to another without being told.",
        "Pellam splits the work among LLM agents: a literature agent searches PubMed and "
        "ChIP-Atlas for evidence, and a data agent runs GRNBoost2 and pySCENIC on the matrix.",
    ],
)
def test_an_llm_system_that_calls_models_switches_back_ends_or_consults_resources_is_agentic(
    body,
):
    assert extract("Pellam", f"{body}")["agentic"].value is True


@pytest.mark.parametrize(
    "sentence",
    [
        "Pairing regions with their promoters links factors to the genes they switch on.",
        "Given a programme, it proposes the upstream regulators responsible.",
        "It names the pathway or process behind each programme.",
        "At each branch, the factors whose motif accessibility best explains the split emerge.",
        "It traces each programme to the transcription factors that relay it.",
    ],
)
def test_regulators_behind_programmes_in_further_words_are_regulatory_inference(sentence):
    assert "regulatory_inference" in wren_tasks(sentence)


def test_shifts_of_treated_cells_predicted_are_drug_response_and_drug_targets_are_no_models():
    sentence = (
        "For 73 unseen compounds it predicted the shift of treated immune cells, placing JAK "
        "inhibitors and mTOR inhibitors in the right order of potency."
    )
    assert "drug_response" in wren_tasks(sentence)


def test_batch_mixing_metrics_reported_are_integration():
    assert "integration" in wren_tasks(
        "Across twelve studies its embeddings reach an iLISI of 3.4."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "It integrates scRNA-seq and scATAC-seq by canonical correlation.",
        "It aligns single-cell multi-omics datasets without known correspondences.",
        "It matches cells profiled by different assays.",
    ],
)
def test_two_kinds_of_data_joined_are_integration(sentence):
    assert "integration" in wren_tasks(sentence)


def test_spatial_transcriptomics_joined_with_histology_is_not_integration():
    body = (
        "Pellam infers super-resolution tissue architecture by integrating spatial "
        "transcriptomics with histology."
    )
    assert "integration" not in extract("Pellam", body)["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "It maps single-cell transcriptomes between phylogenetically remote species.",
        "Across seven animals it identified homologous cell types.",
    ],
)
def test_transcriptomes_mapped_between_species_are_cross_species(sentence):
    assert "cross_species" in wren_tasks(sentence)


@pytest.mark.parametrize(
    "body",
    [
        "Pellam: deep generative modelling of transcriptional dynamics for RNA velocity. It "
        "infers latent time for each cell.",
        "Pellam shows that value-binned generative pretraining improves perturbation prediction.",
        "Pellam learns cell embeddings with graph contrastive learning and a data augmentation "
        "scheme.",
        "We compare 45 trajectory methods on 110 real and 229 synthetic datasets.",
    ],
)
def test_a_models_kind_its_training_or_its_test_data_are_not_generation(body):
    assert "generation" not in extract("Pellam", body)["tasks"].value


def test_genes_embedded_by_a_protein_language_model_leave_the_cells_expression():
    body = (
        "Pellam represents every gene by a frozen protein language model embedding of its "
        "product, so cells from any species with an annotated proteome share one input space. "
        "We pretrain it on 27 million cells with masked reconstruction."
    )
    assert "rna" in extract("Pellam", body)["modalities"].value


@pytest.mark.parametrize(
    "body",
    [
        "Pellam models spatial ATAC and spatial RNA profiled on adjacent sections.",
        "Pellam is a spatial foundation model pretrained on 4,800 sections.",
    ],
)
def test_spatial_assays_by_layer_and_spatial_foundation_models_read_space(body):
    assert "spatial" in extract("Pellam", body)["modalities"].value


def test_transcripts_named_beside_chromatin_are_rna():
    body = "Pellam co-embeds accessible chromatin and transcripts in tissue sections."
    assert "rna" in extract("Pellam", body)["modalities"].value


def test_data_said_not_to_enter_the_model_and_an_independent_check_are_not_read():
    body = (
        "Pellam is a transformer pretrained on 35 million single-cell transcriptomes. To test its "
        "regulons we turned to an independent MERFISH section and checked that co-expressing "
        "cells sit together. No spatial information enters the model itself."
    )
    assert extract("Pellam", body)["modalities"].value == ["rna"]


@pytest.mark.parametrize(
    "sentence",
    [
        "It is fine-tuned to tell apart 64 immune and stromal populations.",
        "It assigns the correct population to 91.7% of cells.",
        "Given a cluster's top genes, a model must say which population it is.",
        "Its per-cell representations support phenotyping with few labels.",
        "Success fell from 71% on labelling tasks to 22% on regulator questions.",
    ],
)
def test_populations_told_apart_and_labelling_scored_are_annotation(sentence):
    assert "annotation" in wren_tasks(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "It matches cluster signatures against drug perturbation profiles from a database.",
        "Perturbation experiments motivate much of the single-cell field.",
        "The downstream analysis of knockouts is left to the user.",
    ],
)
def test_drug_perturbations_the_fields_motives_and_work_left_to_users_are_no_perturbation_task(
    sentence,
):
    body = f"Pellam ranks drugs for each cluster of a patient's tumour cells. {sentence}"
    assert "trajectory_perturbation" not in extract("Pellam", body)["tasks"].value


def test_data_made_with_a_harmonised_protocol_is_not_integration():
    body = (
        "Pellam is a benchmark of label transfer. Most of the data were generated by a "
        "consortium with a harmonised protocol."
    )
    assert "integration" not in extract("Pellam", body)["tasks"].value


# guards written after an adversarial review of this round's rules (each failed before)
@pytest.mark.parametrize(
    ("body", "task"),
    [
        (
            "Tollan annotates query cells by transfer from expert-curated references.",
            "cross_species",
        ),
        ("Tollan removes technical noise such as dropout and ambient RNA.", "integration"),
        ("Tollan integrates expression and motif information to infer networks.", "integration"),
        ("Tollan names the identity of the knocked-down gene in each screen.", "annotation"),
        ("Tollan labels every nucleus by donor from natural genetic variants.", "annotation"),
        ("Tollan supports phenotyping of patient cohorts from H&E slides.", "annotation"),
        ("Tollan is scored on gene-function labelling tasks.", "annotation"),
        (
            "Simulated knockouts of upstream regulators reproduce the measured shifts.",
            "regulatory_inference",
        ),
        ("A classifier head is conditioned on text descriptions of each cell type.", "generation"),
        ("A linear head turns each cell's embedding into a cell type prediction.", "generation"),
        (
            "Tollan's candidate regulators are being translated to crop breeding programmes.",
            "cross_species",
        ),
        (
            "Tollan reads conservation scores from alignments across 240 mammalian species.",
            "cross_species",
        ),
        ("Tollan's predictions were transferred from cell lines to animals.", "cross_species"),
        (
            "A common route links transcription factors to the genes they regulate.",
            "regulatory_inference",
        ),
        (
            "Deep models for cross-species annotation have not yet outperformed SAMap and SATURN.",
            "cross_species",
        ),
        (
            "A version trained on paired data could integrate modalities better than MultiVI.",
            "integration",
        ),
        (
            "Without orthology information, it cannot transfer labels from mouse to zebrafish.",
            "cross_species",
        ),
        ("Graph connectivity of the inferred networks is low.", "integration"),
        ("Condition labels were assigned to cells from hashtag oligonucleotides.", "annotation"),
        ("It identifies the processes that failed in each run.", "regulatory_inference"),
        (
            "It assigns single-cell profiles of metastatic cells to their tissue of origin.",
            "spatial_mapping",
        ),
        (
            "Cross-species transfer remains out of scope, and its labels were less accurate than "
            "CellTypist.",
            "cross_species",
        ),
    ],
)
def test_the_rounds_new_wordings_do_not_fire_on_other_senses(body, task):
    text = f"Tollan is a transformer pretrained on ten million human single-cell profiles. {body}"
    assert task not in extract("Tollan", text)["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Tollan is a 1.2B single-cell language model that reads cells as ranked gene tokens.",
        "Tollan orders progenitors in time and produces a coherent narrative of lineage "
        "restriction from scRNA-seq data.",
    ],
)
def test_a_language_model_of_cells_and_a_figurative_narrative_make_no_text_bridge(body):
    assert extract("Tollan", body)["family"].value != "text_bridge"


def test_bayesian_updating_of_beliefs_is_not_an_agent():
    body = (
        "Tollan prompts an LLM with marker genes, then updates its beliefs with each cluster's "
        "expression and iteratively refines the labels."
    )
    assert extract("Tollan", body)["agentic"].value is False


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Tollan is one language model for genomes, transcripts and proteins.", "rna"),
        (
            "Tollan is pretrained on 210 independent spatial transcriptomics datasets, and its "
            "niche embeddings were validated against pathologist annotations.",
            None,
        ),
    ],
)
def test_transcripts_as_sequences_and_many_independent_datasets_read(body, value):
    mods = extract("Tollan", body)["modalities"].value
    assert (value not in mods) if value else ("spatial" in mods)


def test_droplets_discarded_leave_the_layers_read():
    body = (
        "Tollan embeds paired gene expression and chromatin accessibility of single nuclei, after "
        "it discards the ambient profiles of empty droplets."
    )
    assert "atac" in extract("Tollan", body)["modalities"].value


def test_corrected_annotations_are_annotation():
    body = (
        "Tollan is pretrained on single cells. It finds cells whose curated annotations disagree "
        "with their neighbours and corrects existing annotations in 14 public atlases."
    )
    assert "annotation" in extract("Tollan", body)["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Tollan is pretrained on paired nuclei. It performs data augmentation for rare cell types.",
        "Tollan's generative model of both layers fills in a missing layer and produces "
        "counterfactual nuclei.",
    ],
)
def test_counterfactual_cells_and_augmentation_for_rare_types_are_generation(body):
    assert "generation" in extract("Tollan", body)["tasks"].value


def test_the_models_own_downstream_tasks_are_its_tasks():
    body = (
        "Tollan is pretrained on 30 million cells. The model supports downstream tasks such as "
        "cell-type annotation, batch integration and perturbation prediction."
    )
    assert {"annotation", "integration"} <= set(extract("Tollan", body)["tasks"].value)


@pytest.mark.parametrize(
    "body",
    [
        "Pellam is pretrained on 1 million contact maps. Its embeddings resolve neuronal and "
        "glial subtypes in the cortex.",
        "Pellam is pretrained on 9 million cells. Its embeddings separate author-defined cell "
        "types better than PCA does.",
        "Pellam is pretrained on 62 million cells. A linear probe on Pellam recovers "
        "author-assigned identities at 0.91 macro-F1.",
        "Pellam embeds both layers in one space, where identities from an RNA reference carry "
        "over to ATAC-only nuclei at 0.90 accuracy.",
        "Pellam writes a description of a cell, and its first sentence names the correct "
        "ontology term 79% of the time.",
        "Pellam reads a cell sentence and names the type of a given cell with 0.86 accuracy.",
        "On zero-shot label assignment for nine held-out datasets, Pellam attains 0.83 accuracy.",
    ],
)
def test_cell_types_named_told_apart_or_carried_over_are_annotation(body):
    assert "annotation" in extract("Pellam", body)["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Pellam is pretrained on 9 million cells. It predicts responses in unseen cell types.",
        "Pellam is pretrained on 9 million cells. It finds the motifs that distinguish cell "
        "types in each tissue.",
        "Pellam integrates the studies into one space and recovers cell types that are "
        "separable with one layer only.",
        "Pellam names genes driving cell identities.",
        "Pellam recovers donor identities of pooled cells.",
        "Pellam predicts the correct label for each tumour's drug response.",
        "Pellam uses an optimal-transport pseudo-label assignment.",
        "Pellam names the cell cycle phase of each cell.",
        "Pellam separates cycling and quiescent cell states along a trajectory.",
    ],
)
def test_cell_types_as_a_scope_features_or_biology_kept_are_not_annotation(body):
    assert "annotation" not in extract("Pellam", body)["tasks"].value


def test_the_second_half_of_a_hyphenated_own_name_is_no_other_model():
    body = (
        "We introduce Pellam-MoE, a transformer pretrained on 70 million cells. On zero-shot "
        "cell-type annotation for nine held-out datasets, Pellam-MoE attains 0.83 accuracy "
        "compared with 0.80 for the dense baseline."
    )
    assert "annotation" in extract("Pellam-MoE", body)["tasks"].value


def test_a_comparison_said_as_accurately_as_leaves_the_task_to_the_own_model():
    body = (
        "Pellam is pretrained on 21 million cells. Classifiers trained on Pellam embeddings "
        "name cell types as accurately as those trained on scGPT embeddings."
    )
    assert "annotation" in extract("Pellam", body)["tasks"].value


def test_motif_names_listed_after_such_as_are_no_other_models():
    body = (
        "Pellam reads DNA and predicts accessibility in 400 cell types. In silico mutagenesis "
        "recovers motif grammars, such as composite ETS-RUNX sites in T cells."
    )
    assert "regulatory_inference" in extract("Pellam", body)["tasks"].value


def test_what_the_fields_models_are_routinely_applied_to_is_background():
    body = (
        "Single-cell foundation models are now routinely applied to batch integration, "
        "perturbation prediction and gene network inference. Pellam is a sparse transformer "
        "pretrained on 70 million cells that matches a dense baseline at a quarter of the cost."
    )
    tasks = extract("Pellam: sparse experts for single cells.", body)["tasks"].value
    assert not {"integration", "trajectory_perturbation", "regulatory_inference"} & set(tasks)


@pytest.mark.parametrize(
    "body",
    [
        "Fine-tuned on mouse cortex, Pellam assigns neuronal subtypes in human prefrontal cortex.",
        "Rolled forward, Pellam places human organoid cells on the mouse developmental timeline.",
        "Trained on 2 million mouse cells, Pellam assigns cell types in human cortex.",
    ],
)
def test_what_was_learned_on_one_organism_used_on_another_is_cross_species(body):
    assert "cross_species" in extract("Pellam", body)["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Pellam is trained on mouse data and tested in mice.",
        "Pellam is trained on mice and applied to mouse tissue.",
        "Pellam maps human cells onto the human atlas.",
        "Pellam is pretrained on human tumour cells and outperforms models designed for mouse "
        "tissue.",
        "Pellam is fine-tuned on human kidney data, unlike earlier work on mouse kidney.",
        "Pellam is fine-tuned on human lung cells and predicts responses to mouse-derived "
        "antibodies.",
        "Pellam maps human tumour cells in xenografts onto mouse stroma.",
        "Pellam is trained on humans and applied to human tissue.",
        "Pellam is trained on rats and applied to rat kidney.",
        "Pellam transfers cell type labels from mice to mouse organoids.",
        "Pellam transfers cell type labels from human to humans.",
    ],
)
def test_one_organism_named_two_ways_or_only_compared_is_not_cross_species(body):
    assert "cross_species" not in extract("Pellam", body)["tasks"].value


def test_elements_linked_to_the_promoters_they_control_are_regulatory_inference():
    body = (
        "Pellam reads DNA around each peak and links distal elements to the promoters they control."
    )
    assert "regulatory_inference" in extract("Pellam", body)["tasks"].value


def test_expression_inferred_from_tissue_images_is_spatial_mapping():
    body = (
        "Pellam is pretrained on 1,100 Visium sections with paired H&E images. From H&E alone, "
        "Pellam infers the expression of 2,000 genes at 16-um resolution."
    )
    assert "spatial_mapping" in extract("Pellam", body)["tasks"].value


def test_a_score_estimated_from_expression_is_no_spatial_mapping():
    body = (
        "Pellam scores ligand-receptor pairs in Visium spots and compares them with signalling "
        "activity estimated from expression."
    )
    assert "spatial_mapping" not in extract("Pellam", body)["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Pellam is pretrained on 6 million nuclei. When atlases from different consortia are "
        "combined, study-specific structure collapses.",
        "Pellam translates chromatin into expression and lets unpaired accessibility-only and "
        "expression-only datasets be embedded together.",
    ],
)
def test_study_structure_collapsing_and_datasets_embedded_together_are_integration(body):
    assert "integration" in extract("Pellam", body)["tasks"].value


def test_cells_and_their_text_embedded_together_are_not_integration():
    body = "Pellam's datasets, cells and their text descriptions are embedded together."
    assert "integration" not in extract("Pellam", body)["tasks"].value


def test_a_denial_is_not_ended_by_a_capitalised_word_in_its_list():
    body = "Pellam does not use chromatin accessibility, CITE-seq proteins or images."
    assert "protein" not in extract("Pellam", body)["modalities"].value


def test_a_without_phrase_ends_where_the_model_names_the_next_clause():
    body = (
        "Pretrained on 6 million nuclei from 91 studies without any shared peak set, Pellam "
        "classifies cell types in new datasets at 0.87 macro-F1."
    )
    assert "annotation" in extract("Pellam", body)["tasks"].value


def test_data_biologists_generate_is_not_generation():
    body = (
        "Many biologists now generate single-cell data faster than they can analyse it. Pellam "
        "is a language model that turns a question into an analysis notebook."
    )
    assert "generation" not in extract("Pellam", body)["tasks"].value


def test_an_llm_controller_calling_predictors_through_an_interface_is_an_agent():
    body = (
        "Pellam is an LLM-based controller that calls three response predictors through a "
        "uniform interface and compares their predicted shifts with the disease signature."
    )
    assert extract("Pellam", body)["agentic"].value is True


def test_an_llm_that_neither_executes_code_nor_queries_databases_is_not_an_agent():
    body = (
        "Pellam is a large language model that names cell clusters from their marker genes. "
        "Pellam neither executes code nor queries databases."
    )
    assert extract("Pellam", body)["agentic"].value is False


@pytest.mark.parametrize(
    "body",
    [
        "Pellam is a slide encoder for pathology report generation from whole-slide images.",
        "Pellam reads whole-slide images and generates diagnostic reports.",
        "We curate 2 million protein-text pairs and pretrain Pellam to align sequences with "
        "function.",
    ],
)
def test_reports_the_model_writes_and_text_paired_with_its_data_are_text(body):
    assert "text" in extract("Pellam", body)["modalities"].value


def test_the_authors_reporting_a_result_is_no_text():
    body = "We report that Pellam improves the annotation of cells from scRNA-seq."
    assert "text" not in extract("Pellam", body)["modalities"].value


@pytest.mark.parametrize(
    "body",
    [
        "Pellam reads whole-slide images; integration of the slide encoder with a frozen "
        "language model lets it write reports.",
        "Pellam is designed for flexible integration into various clinical workflows.",
    ],
)
def test_a_models_parts_joined_or_software_fitted_into_a_workflow_is_not_integration(body):
    assert "integration" not in extract("Pellam", body)["tasks"].value


@pytest.mark.parametrize(
    "result",
    [
        "The learned embeddings corrected batch effects and supported cell type annotation "
        "better than existing methods.",
        "The learned embeddings corrected batch effects and supported cell type annotation, "
        "outperforming existing methods.",
    ],
)
def test_a_result_measured_against_existing_methods_is_still_about_the_model(result):
    body = (
        "We present Pellam, a framework that learns embeddings of single cells from their "
        f"proteomic profiles. Pellam works in two stages. {result}"
    )
    assert {"annotation", "integration"} <= set(extract("Pellam", body)["tasks"].value)


def test_existing_methods_as_the_subject_are_related_work():
    body = (
        "We present Pellam, a framework that learns embeddings of single cells from their "
        "proteomic profiles. Existing methods correct batch effects and support cell type "
        "annotation."
    )
    assert extract("Pellam", body)["tasks"].value == []


@pytest.mark.parametrize(
    "body",
    [
        "Perturbation benchmark for single-cell foundation models - probes on frozen embeddings.",
        "Living community benchmark - formalised single-cell tasks on public leaderboards.",
        "Critical evaluation of pretrained single-cell annotators.",
        "Benchmark for automated single-cell expression data analysis.",
        "Pellam (Wren et al., 2024) compared Tollan, Quen, Arvo and three other models on "
        "integration and annotation.",
    ],
)
def test_a_benchmark_told_as_a_review_or_table_tells_it_is_a_benchmark(body):
    assert extract("Pellam", body)["family"].value == "benchmark"


@pytest.mark.parametrize(
    "body",
    [
        "Benchmark results show that Pellam, a transformer pretrained on 30 million cells, "
        "improves annotation of single cells.",
        "Evaluation of Pellam on single-cell annotation. Pellam is pretrained on 30 million cells.",
        "Pellam (Wren et al., 2024) is a transformer pretrained on 30 million cells; it "
        "compared favourably with existing models on annotation of single cells.",
    ],
)
def test_a_model_measured_on_benchmarks_is_no_benchmark(body):
    assert extract("Pellam", body)["family"].value != "benchmark"


@pytest.mark.parametrize(
    "body",
    [
        "Pellam: language-cell pretraining on scRNA-seq profiles paired with ontology-derived "
        "text.",
        "Pellam is trained on whole-slide images paired with their pathology reports.",
    ],
)
def test_text_paired_with_the_models_data_is_text(body):
    assert "text" in extract("Pellam", body)["modalities"].value


def test_cells_paired_with_their_spatial_coordinates_are_no_text():
    body = "Pellam reads scRNA-seq profiles paired with spatial coordinates of each spot."
    assert "text" not in extract("Pellam", body)["modalities"].value


def test_a_clause_of_the_models_own_in_a_sentence_naming_others_is_about_the_model():
    body = (
        "Pellam (Zhao et al., 2024) builds a corpus from Tollan and Quen (Wren et al., 2023) "
        "and trains a cell encoder initialised from Arvo (Li et al., 2022); it enables "
        "zero-shot cell type annotation and batch integration."
    )
    assert {"annotation", "integration"} <= set(extract("Pellam", body)["tasks"].value)


@pytest.mark.parametrize(
    "body",
    [
        "Representative models include Pellam (Zhao et al., 2024), Tollan (Wren et al., 2023) "
        "and Quen (Li et al., 2022), which correct batch effects across donors.",
        "Pellam (Zhao et al., 2024), Tollan (Wren et al., 2023) and Quen (Li et al., 2022) "
        "are transformers; they also correct batch effects across donors.",
    ],
)
def test_what_a_group_of_models_does_is_not_this_models_task(body):
    assert "integration" not in extract("Pellam", body)["tasks"].value


def test_the_tasks_a_benchmark_runs_the_models_it_names_on_are_its_tasks():
    body = (
        "Perturbation benchmark for single-cell foundation models - probes on frozen "
        "embeddings. Pellam (Wren et al., 2024) evaluates Tollan, Quen (Li et al., 2023), Arvo "
        "(Bero et al., 2022) and simple additive models on drug responses of cancer cell lines."
    )
    assert "drug_response" in extract("Pellam", body)["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "The prior network, built from transcription factor motifs in accessible chromatin, "
        "is encoded with a graph network.",
        "Slow regulators have targets whose promoters are more accessible in matched chromatin "
        "accessibility profiles.",
    ],
)
def test_knowledge_built_from_other_data_or_a_check_in_matched_data_is_not_the_input(sentence):
    body = (
        "We present Pellam, which predicts the single-cell gene expression of perturbed cells. "
        f"{sentence}"
    )
    assert extract("Pellam", body)["modalities"].value == ["rna"]


def test_finding_the_cell_types_a_drug_acts_on_is_not_annotation():
    body = (
        "Pellam ranks the cell types of a sample by their response to a drug. Across six "
        "datasets, Pellam identified the responsive cell types more accurately than "
        "alternative strategies."
    )
    assert "annotation" not in extract("Pellam", body)["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Base-resolution TF binding from sequence. Pellam predicts ChIP-nexus binding of four "
        "factors and exposes their motif syntax.",
        "Pellam predicts regulatory activity from 131-kb sequences, trained on human and mouse "
        "DNase, ATAC, ChIP and CAGE tracks.",
        "Pellam imputes single-cell DNA methylation from sparse CpG-by-cell matrices, with DNA "
        "context as input.",
    ],
)
def test_the_genomes_sequence_said_as_sequence_is_dna_sequence(body):
    assert "dna_sequence" in extract("Pellam", body)["modalities"].value


@pytest.mark.parametrize(
    "body",
    [
        "Pellam predicts protein structure from sequence alone.",
        "Pellam predicts the binding affinity of antibodies from sequence.",
        "Pellam predicts enzyme activity from sequence.",
        "Pellam is trained on expression profiles from the Sequence Read Archive.",
    ],
)
def test_a_proteins_sequence_or_the_sequence_read_archive_is_no_dna_sequence(body):
    assert "dna_sequence" not in extract("Pellam", body)["modalities"].value


# ---- lexicon-16 guards: the round-fifteen review's findings (each failed before the mends) ---


@pytest.mark.parametrize(
    "body, value",
    [
        (
            "Pellam builds a cell graph derived from the spatial coordinates of Visium spots and "
            "learns spot embeddings from scRNA-seq profiles.",
            "spatial",
        ),
        ("Pellam learns from chromatin accessibility in matched scATAC-seq profiles.", "atac"),
    ],
)
def test_a_graph_of_the_models_own_data_or_its_matched_profiles_stay_its_input(body, value):
    assert value in extract("Pellam", body)["modalities"].value


@pytest.mark.parametrize(
    "body",
    [
        "We present Pellam, a foundation model pretrained on 30 million single cells. Comparison "
        "of Pellam with five other models shows higher annotation accuracy. Evaluation of Pellam "
        "embeddings shows they capture cell identity.",
        "Pellam: a foundation model pretrained on 30 million single cells for annotation. "
        "Extensive benchmark - Pellam outperforms five models.",
        "We present Pellam, a foundation model pretrained on 30 million single cells. Tollan "
        "evaluated six foundation models and found that none handles proteins. Tollan compared "
        "five foundation models on perturbation.",
    ],
)
def test_a_method_paper_measured_against_others_or_citing_a_benchmark_is_no_benchmark(body):
    assert extract("Pellam", body)["family"].value != "benchmark"


@pytest.mark.parametrize(
    "body",
    [
        "Pellam is a transformer pretrained on 30 million cells. Tollan (Li et al., 2023) "
        "distils Pellam and Quen into a small encoder; it enables cell type annotation and batch "
        "integration.",
        "We present Pellam, a framework for proteomic profiles. Compared with existing methods "
        "that correct batch effects and support cell type annotation, it is faster.",
    ],
)
def test_another_models_clause_or_a_contrast_with_existing_methods_gives_no_task(body):
    tasks = extract("Pellam", body)["tasks"].value
    assert "annotation" not in tasks and "integration" not in tasks


@pytest.mark.parametrize(
    "body",
    [
        "Pellam performs integration with a variational encoder.",
        "Pellam achieves integration into a common coordinate system.",
    ],
)
def test_the_models_own_integration_said_with_an_encoder_or_into_a_system_is_integration(body):
    assert "integration" in extract("Pellam", body)["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Pellam reads scRNA-seq profiles and generates quality control reports for each sample.",
        "Pellam reads scRNA-seq count matrices paired with the raw text files of their barcodes.",
    ],
)
def test_reports_of_numbers_and_text_files_are_no_text(body):
    assert "text" not in extract("Pellam", body)["modalities"].value


def test_the_cell_types_most_affected_by_a_drug_are_not_annotation():
    body = "Pellam ranks cells by their response. Pellam identified the cell types most affected "
    body += "by the drug."
    assert "annotation" not in extract("Pellam", body)["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Pellam names the phenotype of 12 million segmented cells from CODEX images of tonsil.",
        "Pellam improves cell clustering of imaging mass cytometry sections of lymph node.",
        "Pellam is a cell segmentation model for Xenium sections that draws nuclear boundaries.",
    ],
)
def test_clustering_or_segmenting_cells_of_spatial_data_is_no_spatial_mapping(sentence):
    assert "spatial_mapping" not in extract("Pellam", sentence)["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Given a Visium section, it assigns each dissociated cell to its most likely coordinates.",
        "It projects single cells into a pseudo-space learned from a Visium template.",
        "It estimates cell-type proportions in every Visium spot.",
        "A perceptron trained on the MERFISH section predicts spatial coordinates of each cell.",
        "It performs spatially informed clustering of Visium spots and dissociated cells.",
    ],
)
def test_cells_given_coordinates_and_spots_given_proportions_are_spatial_mapping(sentence):
    body = f"Pellam is a method for spatial transcriptomics. {sentence}"
    assert "spatial_mapping" in extract("Pellam", body)["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Tollan is an agent for spatial transcriptomics that runs segmentation, domain detection, "
        "deconvolution and cell-cell communication tools on a user's Visium data.",
        "Tollan denoises spatial transcriptomics; the denoised expression reveals ligand-receptor "
        "interactions between tumour and immune cells.",
    ],
)
def test_cell_communication_as_one_analysis_or_a_use_downstream_is_no_regulatory_inference(body):
    assert "regulatory_inference" not in extract("Tollan", body)["tasks"].value


def test_cell_communication_as_the_models_subject_is_regulatory_inference():
    f = extract(
        "Tollan: inferring cell-cell communication from spatial transcriptomics",
        "Tollan scores ligand-receptor pairs between neighbouring cells of Visium sections.",
    )
    assert "regulatory_inference" in f["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Quen, a language model agent, proposes the biological process behind each gene set and "
        "checks it against pathway databases.",
        "Quen performs gene set summarisation with a large language model.",
    ],
)
def test_the_function_a_gene_set_shares_is_pathway_inference(sentence):
    assert "regulatory_inference" in extract("Quen", sentence)["tasks"].value


def test_a_gene_set_as_a_panel_is_no_pathway_inference():
    body = "Quen annotates cell types whatever the gene set of the sequencing platform."
    assert "regulatory_inference" not in extract("Quen", body)["tasks"].value


def test_cell_types_as_the_setting_of_a_prediction_are_no_annotation():
    body = (
        "Pellam predicts chromatin accessibility from DNA sequence and generalises to new cell "
        "types, where its predictions in unseen cell types stay accurate."
    )
    assert "annotation" not in extract("Pellam", body)["tasks"].value


def test_a_task_said_not_to_be_evaluated_after_it_is_denied():
    body = (
        "Pellam benchmarks embeddings of five pretrained models for batch integration. Cell type "
        "annotation, the task for which the models were first proposed, is not evaluated here."
    )
    assert "annotation" not in extract("Pellam", body)["tasks"].value


def test_a_denial_of_another_task_after_a_conjunction_leaves_the_term():
    body = (
        "Pellam is pretrained on ten million single cells. Pellam names cell types in new "
        "datasets, and batch correction was not evaluated."
    )
    assert "annotation" in extract("Pellam", body)["tasks"].value


def test_data_the_model_never_saw_is_not_its_modality():
    body = (
        "Pellam is pretrained on two million scATAC-seq profiles of bone marrow. Pellam was "
        "validated against paired single-cell RNA measurements that it never saw during training."
    )
    assert "rna" not in extract("Pellam", body)["modalities"].value


def test_cite_seq_cells_are_read_with_their_transcripts():
    body = (
        "Wren is a set transformer pretrained on 40 million cytometry events and two million "
        "CITE-seq cells, with each antibody a token tied to its target."
    )
    assert "rna" in extract("Wren", body)["modalities"].value


def test_a_table_descriptor_of_agents_under_a_bare_name_makes_the_system_agentic():
    f = extract(
        "Quen",
        "Interpretable cell annotation - multi-agent LLM pipeline with quality scoring. Quen "
        "(Wren et al., 2024) assigns labels from cluster markers.",
    )
    assert f["agentic"].value is True


def test_a_descriptor_of_agents_under_a_full_title_is_not_a_self_description():
    f = extract(
        "A cell atlas of the lung",
        "Multi-agent LLM pipelines are popular. We profile 200,000 lung cells with scRNA-seq.",
    )
    assert f["agentic"].value is False


@pytest.mark.parametrize(
    "sentence",
    [
        "It computes attribution scores by perturbing input tokens of the model.",
        "These input perturbations serve only to estimate attribution.",
        "It is robust to perturbations of the learning rate and batch size.",
    ],
)
def test_a_models_inputs_or_settings_perturbed_are_no_perturbation_task(sentence):
    assert "trajectory_perturbation" not in wren_tasks(sentence)


def test_a_training_losss_trajectory_with_a_modifier_is_no_trajectory_task():
    sentence = "Training was stable: the trajectory of the masked-region loss declined smoothly."
    assert "trajectory_perturbation" not in wren_tasks(sentence)


def test_a_knockdown_done_to_check_a_finding_is_no_perturbation_task():
    sentence = "Knockdown of its top candidate factor delayed regeneration in zebrafish."
    assert "trajectory_perturbation" not in wren_tasks(sentence)


def test_labels_carried_onto_other_species_are_cross_species():
    sentence = "Carrying human reference labels onto these species reaches 80% accuracy."
    assert "cross_species" in wren_tasks(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "For RNA-only cells it synthesises accessibility profiles.",
        "The same sampler produces unconditional synthetic atlases.",
    ],
)
def test_profiles_of_a_layer_synthesised_and_synthetic_atlases_are_generation(sentence):
    assert "generation" in wren_tasks(sentence)


def test_tasks_of_methods_a_simulator_is_used_to_benchmark_are_not_its_own():
    body = (
        "We present Pellam, a simulator that generates synthetic single-cell expression "
        "profiles. We use Pellam to benchmark methods for clustering, cell type annotation and "
        "trajectory inference."
    )
    tasks = extract("Pellam", body)["tasks"].value
    assert "generation" in tasks and "annotation" not in tasks


def test_a_benchmark_keeps_the_tasks_it_tests_methods_on():
    body = (
        "Pellam is a benchmark of single-cell foundation models. We use it to evaluate eleven "
        "methods for cell type annotation and batch integration."
    )
    assert {"annotation", "integration"} <= set(extract("Pellam", body)["tasks"].value)


def test_dna_barcodes_that_tag_cells_are_no_dna_sequence():
    body = (
        "Wren marks cells with heritable, expressed DNA barcodes so that clonal relationships "
        "are read out together with single-cell transcriptomes."
    )
    assert "dna_sequence" not in extract("Wren", body)["modalities"].value


def test_barcode_sequences_of_species_are_dna_sequence():
    body = "Wren is a masked language model pretrained on the DNA barcode sequences of insects."
    assert "dna_sequence" in extract("Wren", body)["modalities"].value


def test_deconvolution_of_bulk_data_is_no_spatial_mapping():
    body = (
        "Wren is a transformer over bisulfite sequencing reads that identifies methylation "
        "patterns and performs tumour deconvolution of cell-free DNA samples."
    )
    assert "spatial_mapping" not in extract("Wren", body)["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Wren performs spot deconvolution with a single-cell reference.",
        "Wren is pretrained on Visium sections and performs deconvolution with a single-cell "
        "reference.",
    ],
)
def test_deconvolution_of_spots_or_by_a_model_of_spatial_data_is_spatial_mapping(body):
    assert "spatial_mapping" in extract("Wren", body)["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Quen is a genomic language model; a light head annotates draft assemblies of 14 species.",
        "Quen is a tool for the quality control, curation and annotation of long-read "
        "transcriptomes.",
    ],
)
def test_genomes_or_isoforms_annotated_are_no_cell_annotation(body):
    assert "annotation" not in extract("Quen", body)["tasks"].value


def test_software_or_workflow_integration_is_no_data_integration():
    body = (
        "Quen names cell types in clinical samples. Quen fits into Scanpy through a one-line "
        "wrapper; this software integration is its only interface to other pipelines."
    )
    assert "integration" not in extract("Quen", body)["tasks"].value


def test_a_cell_type_named_after_an_including_is_no_other_model():
    body = (
        "Wren is pretrained on 15 million immune cells. A light classification head then "
        "assigned identities to cells of 41 studies, including rare MAIT cells."
    )
    assert "annotation" in extract("Wren", body)["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Its units also served as features for naming cells.",
        "Imaged cells in turn receive names from the dissociated reference.",
        "Panel-restricted cells were assigned to 37 fine identities at 0.83 accuracy.",
        "A linear probe on the embeddings assigned 31 phenotypes in held-out images.",
        "Labels carried from mouse to marmoset cortex reached 0.86 accuracy.",
    ],
)
def test_cells_named_in_further_words_are_annotation(sentence):
    assert "annotation" in wren_tasks(sentence)


def test_a_model_that_assigns_no_identities_does_no_annotation():
    body = (
        "Wren generates synthetic single-cell profiles. A classifier scores its outputs; Wren "
        "itself assigns no identities."
    )
    assert "annotation" not in extract("Wren", body)["tasks"].value


def test_donor_and_protocol_differences_removed_are_integration():
    assert "integration" in wren_tasks("Donor and protocol differences are also removed.")


def test_donor_differences_removed_with_a_tool_beforehand_are_no_integration():
    sentence = "Donor differences were removed with Harmony before training."
    assert "integration" not in wren_tasks(sentence)


def test_cells_classified_between_two_organisms_are_cross_species():
    assert "cross_species" in wren_tasks(
        "It classified query cells more accurately than existing methods across sequencing "
        "platforms and between human and mouse."
    )


def test_cells_classified_between_two_samples_of_one_organism_are_not_cross_species():
    assert "cross_species" not in wren_tasks(
        "It classified query cells between mouse and mice of the same strain."
    )


def test_joint_analysis_of_multi_omics_data_is_integration():
    assert "integration" in wren_tasks(
        "It is a cycle attention model for the joint analysis of single-cell multi-omics data."
    )


def test_a_layer_used_only_to_confirm_is_not_read():
    body = (
        "Tollan is pretrained on 900,000 scATAC-seq nuclei of bone marrow. For 40,000 nuclei "
        "profiled by multiome we used the matched transcriptomes only to confirm the lineages."
    )
    assert "rna" not in extract("Tollan", body)["modalities"].value


def test_rna_named_in_a_sentence_that_denies_the_model_reads_expression_is_not_read():
    body = (
        "Tollan is pretrained on 900,000 scATAC-seq nuclei. Its labels came from an RNA "
        "reference atlas; Tollan itself never takes expression as input."
    )
    assert "rna" not in extract("Tollan", body)["modalities"].value


# ---- lexicon-17 guards: the round-sixteen review's findings (each failed before the mends) ---


@pytest.mark.parametrize(
    ("body", "task"),
    [
        (
            "Pellam labels cells in scRNA-seq datasets that it never saw during pretraining.",
            "annotation",
        ),
        (
            "Pellam improves cell type annotation of rare populations, which were not "
            "considered in earlier atlases.",
            "annotation",
        ),
        (
            "Pellam performs batch integration, a problem that is not addressed by existing "
            "annotators.",
            "integration",
        ),
    ],
)
def test_a_denial_of_another_subject_after_a_task_leaves_it(body, task):
    assert task in extract("Pellam", body)["tasks"].value


def test_a_partial_denial_of_expression_keeps_the_rna_the_model_reads():
    body = (
        "Pellam is a transformer pretrained on single-cell RNA-seq profiles of 30 tissues, and at "
        "test time it never sees the expression of the held-out genes."
    )
    assert "rna" in extract("Pellam", body)["modalities"].value


def test_an_embedding_used_to_confirm_populations_keeps_its_data():
    body = (
        "Pellam jointly embeds RNA and surface protein measured by CITE-seq; the learned "
        "embedding is used to confirm rare populations."
    )
    assert {"rna", "protein"} <= set(extract("Pellam", body)["modalities"].value)


@pytest.mark.parametrize(
    "body",
    [
        "Pellam performs cell type annotation of images from imaging mass cytometry.",
        "Pellam is a method for novel cell type discovery in tumour atlases.",
    ],
)
def test_cell_annotation_of_images_and_novel_cell_types_found_are_annotation(body):
    assert "annotation" in extract("Pellam", body)["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Knockdowns of its top candidates delayed regeneration.",
        "Knockdown of its top candidate delays regeneration.",
    ],
)
def test_a_knockdown_done_as_a_check_in_any_form_is_no_perturbation_task(sentence):
    assert "trajectory_perturbation" not in wren_tasks(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "It ranks candidate regulators by in silico perturbation of input genes.",
        "It reconstructs the trajectory of dopaminergic neuron loss in Parkinson's disease.",
    ],
)
def test_input_genes_perturbed_and_a_biological_loss_trajectory_are_the_task(sentence):
    assert "trajectory_perturbation" in wren_tasks(sentence)


@pytest.mark.parametrize(
    "body",
    [
        "Tollan enables the inference of cell-cell communication from single-cell transcriptomes.",
        "Tollan is a graph neural network used to infer cell-cell communication from "
        "single-cell transcriptomes.",
    ],
)
def test_cell_communication_the_model_enables_is_its_own(body):
    assert "regulatory_inference" in extract("Tollan", body)["tasks"].value


def test_a_new_clause_of_the_models_own_ends_the_methods_it_benchmarks():
    body = (
        "Pellam is fast enough for testing many alternative integration approaches, and it "
        "integrates datasets of 40 donors in an hour."
    )
    assert "integration" in extract("Pellam", body)["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Pellam initialises its attention heads with the pathways of the hallmark gene sets and "
        "names cell types.",
        "Pellam defines a scoring function for each gene set and ranks cells by it.",
    ],
)
def test_gene_sets_as_priors_or_scores_are_no_pathway_inference(body):
    assert "regulatory_inference" not in extract("Pellam", body)["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Pellam assigns clinical phenotypes to each donor from the cells of a biopsy.",
        "Pellam assigned severe phenotypes to 40% of patients.",
        "We introduce Pellam, a naming scheme for cells and genes in the atlas.",
    ],
)
def test_patients_phenotyped_and_a_naming_scheme_are_no_annotation(body):
    assert "annotation" not in extract("Pellam", body)["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Pellam classifies droplets in barnyard experiments as singlets or doublets between "
        "human and mouse cells.",
        "Pellam is a DNA language model. Pellam classifies regulatory elements from sequence "
        "features that are conserved between human and mouse.",
    ],
)
def test_droplets_of_two_organisms_or_conserved_features_are_not_cross_species(body):
    assert "cross_species" not in extract("Pellam", body)["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Single-model alternative to multi-agent LLM pipelines for cell annotation. Quen (Wren "
        "et al., 2024) assigns labels from cluster markers with one GPT-4 call.",
        "Cell annotation with GPT-4, no multi-agent orchestration. Quen assigns labels from "
        "cluster markers.",
    ],
)
def test_a_descriptor_of_an_alternative_to_agents_is_no_agent(body):
    assert extract("Quen", body)["agentic"].value is False


def test_clustering_of_spatial_data_is_spatial_mapping():
    body = (
        "Pellam is a graph autoencoder for spatial transcriptomics. Pellam improves clustering "
        "of spatial transcriptomics data from the human cortex."
    )
    assert "spatial_mapping" in extract("Pellam", body)["tasks"].value


def test_cells_projected_into_a_latent_space_are_no_spatial_mapping():
    body = (
        "Pellam is a graph model for Visium spatial transcriptomics. Pellam projects cells into a "
        "shared latent space for downstream analysis."
    )
    assert "spatial_mapping" not in extract("Pellam", body)["tasks"].value


def test_profiles_synthesized_in_the_past_tense_are_generation():
    assert "generation" in wren_tasks("For RNA-only cells it synthesized accessibility profiles.")


def test_antibody_synthesizing_cells_are_no_generation():
    assert "generation" not in wren_tasks("It identifies antibody-synthesizing plasma cells.")


@pytest.mark.parametrize(
    "body",
    [
        "Wren is pretrained on the DNA barcode sequence of each insect specimen.",
        "Wren is pretrained on DNA barcodes of 1.5 million insect species.",
    ],
)
def test_barcodes_of_species_are_dna_sequence(body):
    assert "dna_sequence" in extract("Wren", body)["modalities"].value


def test_dna_barcoded_antibodies_are_no_dna_sequence():
    body = "Wren reads surface proteins of single cells measured with DNA-barcoded antibodies."
    assert "dna_sequence" not in extract("Wren", body)["modalities"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Each imaged cell receives a label from the dissociated reference.",
        "Imaged cells received names from the dissociated reference.",
    ],
)
def test_a_cell_receiving_a_name_in_any_form_is_annotation(sentence):
    assert "annotation" in wren_tasks(sentence)


def test_a_singular_cell_type_after_including_is_no_other_model():
    body = (
        "Wren is pretrained on 15 million immune cells. A light classification head then "
        "assigned identities to cells of 41 studies, including rare MAIT cell subsets."
    )
    assert "annotation" in extract("Wren", body)["tasks"].value


def test_differences_removed_in_preprocessing_are_no_integration():
    assert "integration" not in wren_tasks(
        "Study effects across the corpus were eliminated during quality control."
    )


def test_a_heading_like_opening_with_a_verb_is_no_benchmark():
    body = (
        "Comparison of cell states across conditions requires a shared embedding. Pellam learns "
        "one from 10 million cells."
    )
    assert extract("Pellam", body)["family"].value != "benchmark"


def test_joint_analysis_of_multiome_data_is_integration():
    assert "integration" in wren_tasks("It enables joint analysis of paired multiome data.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The regulators it placed upstream matched regulators supported by knockout data "
        "(Perturb-seq and published knockouts) in 58% of cases.",
        "We validated the predicted drug combinations by CRISPR genetic screening.",
        "It then checks its top hits against a pretrained single-cell perturbation model.",
    ],
)
def test_perturbation_data_a_finding_is_checked_against_are_no_perturbation_task(sentence):
    assert "trajectory_perturbation" not in wren_tasks(sentence)


def test_a_perturbation_model_validated_against_perturbation_data_keeps_its_task():
    body = (
        "Pellam predicts the transcriptional effects of gene knockouts in single cells, validated "
        "against held-out Perturb-seq screens."
    )
    assert "trajectory_perturbation" in extract("Pellam", body)["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "It classifies single cells from cell lines as sensitive or resistant to 42 compounds.",
        "When available, cell-type annotations can be added to constrain the latent dynamics.",
        # (the second review's: an aside or "optionally" before the input, "into" states)
        "Cell-type annotations can optionally be supplied to guide the latent space.",
        "Cell-type annotations, if available, can be added to the input.",
        "It classifies tumour cells into drug-sensitive and drug-resistant states.",
        "It classifies cancer cells as responsive or non-responsive to cisplatin.",
    ],
)
def test_cells_classified_by_response_or_annotations_as_an_input_are_no_annotation(sentence):
    assert "annotation" not in wren_tasks(sentence)


@pytest.mark.parametrize(
    "introduction",
    [
        "We present TOLLAN (Transcriptome-Oriented Learning of reguLAtory Networks)",
        "We present Transcriptome-Oriented Learning of reguLAtory Networks (TOLLAN)",
    ],
)
def test_words_spelling_out_the_models_acronym_are_no_other_models(introduction):
    body = (
        f"{introduction}, a workflow that performs clustering, cell type annotation, "
        "transcription regulator inference and integration of scRNA-seq and scATAC-seq."
    )
    assert "regulatory_inference" in extract("TOLLAN", body)["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "It is prompted to predict cell-type-specific transcription factor-gene interactions.",
        "It predicts transcription factor-target gene interactions in each cell type.",
        "It predicts cell-type-specific transcription factor-gene regulatory links.",
    ],
)
def test_transcription_factor_gene_interactions_predicted_are_regulatory_inference(sentence):
    assert "regulatory_inference" in wren_tasks(sentence)


# ---- the second review's findings on the last cycle (each failed before the mends) ----------


@pytest.mark.parametrize(
    "sentence",
    [
        "Validated in three held-out cell lines, it predicts transcriptional responses to unseen "
        "genetic perturbations.",
        "Supported by attention to gene context, it predicts responses to unseen genetic "
        "perturbations.",
        "We validated in silico perturbation predictions of the model on published screens.",
    ],
)
def test_a_check_in_another_clause_or_in_silico_leaves_the_perturbation_task(sentence):
    assert "trajectory_perturbation" in wren_tasks(sentence)


def test_annotations_the_model_gives_and_then_used_are_annotation():
    assert "annotation" in wren_tasks(
        "Its cell-type annotations can be used directly for downstream differential expression."
    )


def test_prior_transcription_factor_gene_interactions_used_are_no_regulatory_inference():
    assert "regulatory_inference" not in wren_tasks(
        "It predicts expression from prior transcription factor-gene interactions."
    )


@pytest.mark.parametrize(
    "body",
    [
        "Pellam is a transformer for single-cell RNA-seq data. Trained on atlases and verified in "
        "Perturb-seq screens, it predicts the transcriptional effects of gene knockouts.",
        "Pellam is a transformer for single-cell RNA-seq data. Its regulators were confirmed by "
        "CRISPR screens, and Pellam further predicts the effects of unseen gene knockouts.",
    ],
)
def test_a_clause_of_the_models_own_after_a_check_keeps_the_perturbation_task(body):
    assert "trajectory_perturbation" in extract("Pellam", body)["tasks"].value


def test_toolkit_routines_an_llm_system_plans_are_no_peer_models():
    f = extract(
        "Marrit: an LLM-driven runner for single-cell preprocessing",
        "Marrit turns a request into a plan of QuellKit, scFenn and OstraNet calls, executes each "
        "step and re-plans when a check fails.",
    )
    assert f["agentic"].value is True


def test_an_llm_system_that_fetches_data_runs_an_analysis_and_queries_a_library_is_agentic():
    f = extract(
        "Pellam: a conversational agent for drug repurposing from single-cell atlases",
        "Pellam answers questions by retrieving the relevant datasets from the Tollan portal, "
        "running pseudobulk differential expression per population and querying a signature "
        "library for compounds that oppose each change.",
    )
    assert f["agentic"].value is True


def test_a_generic_algorithm_abbreviation_names_no_other_model():
    from agent.extract.lexicon import other_models

    assert other_models("Wren reads the kNN batch mixing of each run.", None) == set()


def test_an_agent_grounded_in_the_literature_it_retrieves_reads_text():
    f = extract(
        "Quen: an LLM agent for single-cell analysis",
        "We present Quen, an LLM agent that plans single-cell RNA-seq analyses and calls tools "
        "for clustering and annotation, with retrieval over the published literature to support "
        "each label.",
    )
    assert "text" in f["modalities"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Quen reads a study's paper and its processed data, then proposes new analyses.",
        "Quen checks the resulting regulators against published studies before reporting them.",
        "Quen retrieves the submitters' labels and methods text before mapping the cells.",
    ],
)
def test_an_agent_that_reads_papers_without_the_word_literature_reads_text(sentence):
    f = extract(
        "Quen: an LLM agent for single-cell analysis",
        "We present Quen, an LLM agent that plans single-cell RNA-seq analyses and calls tools "
        f"for clustering and annotation. {sentence}",
    )
    assert "text" in f["modalities"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Unlike agents that read papers, Quen works only on the count matrix.",
        "Quen does not read papers or other documents.",
        "In future work Quen will read the methods sections of the source papers.",
    ],
)
def test_papers_an_agent_does_not_read_are_no_text(sentence):
    f = extract(
        "Quen: an LLM agent for single-cell analysis",
        "We present Quen, an LLM agent that plans single-cell RNA-seq analyses and calls tools "
        f"for clustering and annotation. {sentence}",
    )
    assert "text" not in f["modalities"].value


def test_transcriptomics_named_as_what_held_the_field_back_is_no_modality():
    f = extract(
        "Orrin: a pretrained model of single-nucleus chromatin accessibility",
        "Single-nucleus ATAC-seq measures open chromatin in each nucleus. These profiles are "
        "sparse, which has slowed the adoption of pretrained models outside transcriptomics. "
        "We present Orrin, a transformer pretrained on 9 million "
        "scATAC-seq nuclei for cell type annotation.",
    )
    assert f["modalities"].value == ["atac"] and f["family"].value == "epigenomic"


def test_the_data_existing_simulators_were_built_for_is_no_modality():
    f = extract(
        "Fenn: simulating single-cell ATAC-seq",
        "Single-cell ATAC-seq maps open chromatin. Benchmarking tools for peak calling is costly, "
        "and existing simulators were designed for gene expression counts. We present Fenn, "
        "which generates synthetic scATAC-seq count matrices from a real scATAC-seq matrix.",
    )
    assert "rna" not in f["modalities"].value


def test_rna_velocity_a_chromatin_model_complements_is_no_rna_input():
    f = extract(
        "Tessel: mitotic age from chromatin accessibility",
        "Tessel estimates the age of each cell from scATAC-seq profiles of clock-like loci and "
        "complements RNA velocity and pseudotime analyses.",
    )
    assert "rna" not in f["modalities"].value


def test_data_the_model_never_saw_listed_after_a_colon_is_no_modality():
    f = extract(
        "Sallow: regulatory networks from a pretrained expression model",
        "Sallow is a transformer pretrained on 20 million human cells' transcriptomes. We judged "
        "its networks against data the model never saw: footprints computed from single-cell "
        "chromatin accessibility of the same tissues.",
    )
    assert f["modalities"].value == ["rna"]


def test_measurements_which_the_model_never_receives_are_no_modality():
    f = extract(
        "Calver: immune cell labelling from transcriptomes",
        "Calver is a foundation model pretrained on 9 million cells for cell type annotation. "
        "We compared each label with the antibody-derived tag levels measured in the same cells, "
        "which Calver never receives.",
    )
    assert f["modalities"].value == ["rna"]


def test_edges_enriched_for_other_data_are_a_check_not_a_modality():
    f = extract(
        "Orvel: gene networks from single-cell expression",
        "Orvel is a transformer pretrained on 12 million cells' expression profiles. Its top "
        "edges are enriched for footprints in accessible chromatin of the matching cell type.",
    )
    assert "atac" not in f["modalities"].value


def test_a_prior_compiled_from_other_data_before_training_is_no_modality():
    f = extract(
        "Priorwell: an expression model with a regulatory prior",
        "Priorwell is a transformer pretrained on 24 million human cells' gene expression. The "
        "prior was compiled once, before training, from motif scans of accessible regions in "
        "public ATAC-seq compendia.",
    )
    assert f["modalities"].value == ["rna"]


def test_what_most_atlases_do_is_background_not_the_models_data():
    f = extract(
        "Merrow: fine immune labels from transcriptomes",
        "Immune cells come in many subsets. Immune subsets are defined by surface proteins, yet "
        "most atlases annotate them from transcripts alone. Merrow is a foundation model "
        "pretrained on 9 million cells that reads only gene expression and labels immune subsets.",
    )
    assert "protein" not in f["modalities"].value


def test_the_tools_an_llm_system_runs_are_no_group_it_belongs_to():
    from agent.extract.lexicon import listed_with, own_name_rx

    paper = PaperText(title="Shrike", pages=[Page(number=1, text="Shrike")], source="t")
    own = own_name_rx(paper, "Shrike")
    text = "Shrike writes code, corrects donor effects with scVI and runs SAMap on the cells."
    assert listed_with(text, own, {"scVI", "SAMap"}) == set()


def test_names_listed_with_the_own_name_are_its_group():
    from agent.extract.lexicon import listed_with, own_name_rx

    paper = PaperText(title="Shrike", pages=[Page(number=1, text="Shrike")], source="t")
    own = own_name_rx(paper, "Shrike")
    text = "CellAgent [3], Shrike and AutoBA plan analyses and call tools."
    assert listed_with(text, own, {"CellAgent", "AutoBA"}) == {"CellAgent", "AutoBA"}


def test_an_llm_that_runs_methods_as_needed_and_tests_alternatives_is_agentic():
    f = extract(
        "Avocet: cross-species mapping with a reasoning language model",
        "In Avocet a reasoning-tuned large language model conducts cross-species mapping. It "
        "runs SpecMap, an embedding model and a label-transfer classifier as needed, inspects "
        "confidence distributions and tests alternative gene correspondences.",
    )
    assert f["agentic"].value is True


def test_a_references_annotation_depth_or_resources_are_no_annotation_task():
    f = extract(
        "Tollan: mapping cells onto tissue sections",
        "Tollan deconvolves Visium spots into cell-type proportions. We examine how the "
        "reference's annotation depth affects it, and release scripts that build gene tables "
        "from each organism's own annotation resources.",
    )
    assert "annotation" not in f["tasks"].value


def test_target_annotations_used_as_a_prior_are_no_annotation_task():
    f = extract(
        "Wren: a regulatory network from single-cell expression",
        "Wren is a sparse gene regulatory network fitted on single-cell expression with priors "
        "from motif-based TF-target annotations, and it predicts transcription factor targets.",
    )
    assert "annotation" not in f["tasks"].value


def test_cell_types_resolved_in_each_spot_are_deconvolution_not_annotation():
    f = extract(
        "Harlow: resolving cell types in every spot of a capture array",
        "Harlow estimates the cell-type proportions of each Visium spot from a single-cell "
        "reference.",
    )
    assert f["tasks"].value == ["spatial_mapping"]


def test_a_layer_the_text_says_the_model_uses_none_of_is_left_out():
    f = extract(
        "Infill: completing in situ panels with a pretrained single-cell prior",
        "Infill predicts unmeasured genes for every segmented cell of Xenium sections. It beats "
        "methods that predict expression from H&E images, which we include as baselines; Infill "
        "itself uses no image data.",
    )
    assert "histology" not in f["modalities"].value


def test_a_layer_the_model_is_said_not_to_model_is_left_out():
    f = extract(
        "Bramble: pretraining on multiplexed ion beam images for cell phenotyping",
        "Bramble is pretrained on 900 multiplexed protein images of lymph nodes and phenotypes "
        "segmented cells into 30 types; the same cells can later be matched to dissociated "
        "single-cell references. Bramble does not model RNA.",
    )
    assert "rna" not in f["modalities"].value


def test_a_layer_never_shown_to_the_model_is_left_out():
    f = extract(
        "Quarrel: naming immune cells from their surface-tag profiles",
        "Quarrel reads each cell's antibody-derived tag counts from CITE-seq runs and names its "
        "type with a small transformer over the tags. The paired transcriptomes were never "
        "shown to the model.",
    )
    assert "rna" not in f["modalities"].value


@pytest.mark.parametrize(
    "denial",
    [
        # another model's: the receiver named, a sentence naming it, or opened by it
        "Unlike Quarrel, Pellam was never shown the transcriptomes; the transcriptomes were not "
        "given to Pellam.",
        "In contrast to Pellam, the transcriptomes were not given to it.",
        "Pellam is a baseline; the transcriptomes were never shown to it.",
        # one stage only
        "The paired transcriptomes were never shown to the model during pretraining.",
        "At inference, the paired transcriptomes are not given to the model.",
    ],
)
def test_a_passive_denial_that_is_not_this_models_for_every_stage_keeps_the_layer(denial):
    f = extract(
        "Quarrel: naming immune cells from surface tags and transcriptomes",
        "Quarrel reads each cell's antibody-derived tag counts and its transcriptome from "
        f"CITE-seq runs. {denial}",
    )
    assert "rna" in f["modalities"].value


def test_held_out_data_never_shown_to_the_model_is_no_denial_of_the_layer():
    f = extract(
        "Tamsin: a slide encoder for tumour grading",
        "Tamsin is pretrained on 40,000 H&E whole-slide images of breast tumours and grades "
        "each slide. Held-out images were never shown to the model.",
    )
    assert "histology" in f["modalities"].value


def test_slides_people_annotated_to_compare_with_are_not_data_the_model_reads():
    f = extract(
        "Pellow: tissue domains from Visium sections",
        "Pellow clusters the spots of Visium sections of human kidney into tissue domains with "
        "a graph transformer over their expression. Its domains agree with the compartments "
        "that two pathologists marked independently on the adjacent H&E slides.",
    )
    assert "histology" not in f["modalities"].value


def test_images_used_only_to_draw_the_ground_truth_are_not_data_the_model_reads():
    f = extract(
        "Pellow: tissue domains from Visium sections",
        "Pellow clusters the spots of Visium sections of human kidney into tissue domains with "
        "a graph transformer over their expression. H&E images were used only to delineate "
        "the reference compartments.",
    )
    assert "histology" not in f["modalities"].value


def test_data_used_only_to_define_the_models_own_neighbourhoods_is_still_read():
    f = extract(
        "Nicheo: cell neighbourhoods in the kidney",
        "Nicheo groups the cells of kidney biopsies into communities from their expression. "
        "Spatial coordinates are used only to define neighbourhoods.",
    )
    assert "spatial" in f["modalities"].value


def test_an_image_model_compared_with_annotated_slides_still_reads_images():
    f = extract(
        "Tamsin: tumour regions from H&E slides",
        "Tamsin is pretrained on 40,000 H&E whole-slide images and segments each slide into "
        "tumour, stroma and necrosis. Its regions agree with those pathologists marked on the "
        "adjacent sections.",
    )
    assert "histology" in f["modalities"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Wrenfield represents each gene by a large-language-model embedding of its entries "
        "in three model-organism databases, so that the genes of two species share one space.",
        "For every gene we collected the summaries written by model-organism databases and "
        "embedded them with a biomedical language model; each cell is the expression-weighted "
        "mean of its genes.",
    ],
)
def test_written_descriptions_a_language_model_embeds_are_text(sentence):
    f = extract("Wrenfield: cells through what is written about their genes", sentence)
    assert "text" in f["modalities"].value


def test_an_embedding_of_cells_is_no_text():
    f = extract(
        "Wrenfield: a transformer of single-cell expression",
        "Wrenfield is pretrained on 20 million cells and returns an embedding of each cell's "
        "expression summary for annotation.",
    )
    assert "text" not in f["modalities"].value


def test_an_agent_that_extracts_from_the_papers_methods_reads_text():
    f = extract(
        "Corvell: an analyst that reads the study before it clusters",
        "Given a single-cell RNA-seq dataset and its publication, Corvell extracts from the "
        "paper's methods the tissue and the expected populations, then plans, writes and runs "
        "scanpy code in a sandbox and revises it when a check fails.",
    )
    assert "text" in f["modalities"].value


@pytest.mark.parametrize(
    "title,body",
    [
        (
            "Pim: tumour morphology from slides",
            "Pim is trained on 3,000 H&E slides. Pim extracts morphological features from the "
            "study's H&E images and classifies tumours.",
        ),
        (
            "Pim: annotating cells",
            "Pim annotates cells from single-cell RNA-seq data with a transformer. We then "
            "extract marker genes from each publication to check its labels.",
        ),
    ],
)
def test_features_extracted_from_images_or_by_the_authors_are_no_text(title, body):
    assert "text" not in extract(title, body)["modalities"].value


def test_an_agent_that_reads_database_entries_reads_text():
    f = extract(
        "Corvell: drug candidates for disease cell states",
        "Corvell computes differential expression per cell type in disease atlases, queries a "
        "connectivity resource for compounds that reverse each signature, reads DrugBank "
        "entries and trial records for each candidate, and ranks them.",
    )
    assert "text" in f["modalities"].value


def test_models_the_own_model_is_ahead_of_are_baselines_not_its_group():
    f = extract(
        "Yarrow: a chromatin accessibility model",
        "Yarrow is pretrained on 11 million scATAC-seq nuclei. On 16 integration tasks, Yarrow's "
        "embeddings achieved the best batch-correction scores, ahead of PeakKit, scOpen2 and "
        "two peak-based foundation models.",
    )
    assert "integration" in f["tasks"].value


def test_profiles_integrated_into_a_common_space_are_integration():
    f = extract(
        "Dotter: pretraining across histone marks",
        "Dotter is pretrained on 2.4 million single-cell histone mark profiles. Dotter's "
        "embeddings integrate profiles of different marks from the same tissue into a common "
        "space.",
    )
    assert "integration" in f["tasks"].value


def test_a_without_aside_closed_by_its_comma_does_not_negate_the_verb_after_it():
    f = extract(
        "Quillon: a cell model",
        "Quillon is pretrained on 20 million single-cell transcriptomes. Quillon's embeddings, "
        "used without fine-tuning, integrate datasets from many laboratories.",
    )
    assert "integration" in f["tasks"].value


def test_a_heading_naming_a_benchmark_and_model_hub_is_a_benchmark():
    f = extract(
        "Tessmark",
        "Multimodal benchmark and model hub for therapeutics, including single-cell tasks. "
        "Tessmark [17] extends a data commons with tasks defined in single-cell context.",
    )
    assert f["family"].value == "benchmark"


def test_splits_for_evaluating_models_are_a_benchmark():
    f = extract(
        "Fitmark",
        "Fitness-landscape splits for evaluating protein sequence models. Fitmark [9] defines "
        "train-test splits over three landscapes that force extrapolation to unseen sequences.",
    )
    assert f["family"].value == "benchmark"


def test_a_set_that_asks_a_model_to_answer_questions_is_a_benchmark():
    f = extract(
        "QuenQA",
        "Yes/no question answering over biomedical abstracts. QuenQA [12] asks a model to answer "
        "research questions derived from article titles, using the abstract as context.",
    )
    assert f["family"].value == "benchmark"


def test_a_system_that_breaks_a_question_into_steps_and_writes_and_executes_queries_is_agentic():
    f = extract(
        "Wrenquery",
        "Multi-hop biomedical question answering over a knowledge graph. Wrenquery [4] breaks a "
        "question into a graph of reasoning steps, writes and executes its own Cypher queries "
        "against a knowledge graph and checks what comes back before it answers.",
    )
    assert f["agentic"].value is True


def test_language_agents_in_a_bare_names_descriptor_make_an_agent():
    f = extract(
        "Pellary",
        "Training language agents on molecular cloning and literature questions. Pellary [8] "
        "casts scientific tasks as decision processes and trains open-weight agents by expert "
        "iteration.",
    )
    assert f["agentic"].value is True


def test_a_model_said_to_see_no_molecular_data_reads_no_omics():
    f = extract(
        "Tilepath: a slide tile encoder",
        "Tilepath trains a vision transformer contrastively on unlabelled H&E slide tiles of "
        "cancer tissue; it serves as a backbone of expression regressors although it sees no "
        "molecular data at any stage.",
    )
    assert not {"rna", "atac", "protein"} & set(f["modalities"].value)


@pytest.mark.parametrize(
    "sentence",
    [
        "We release the model with a web service for annotating user-provided sequences.",
        "We use the model to propose annotations for poorly characterised proteins.",
        "It is trained with supervision from annotations such as taxonomy and protein function.",
        "The tasks cover expression prediction and regulatory element annotation.",
        "The tasks include slide-level classification of subtypes from H&E.",
    ],
)
def test_sequences_proteins_elements_or_slides_annotated_are_no_cell_annotation(sentence):
    f = extract(
        "Gennet: a genomic language model",
        f"Gennet is a transformer pretrained on genomes of 500 species. {sentence}",
    )
    assert "annotation" not in f["tasks"].value


def test_rna_listed_among_sequences_is_no_expression():
    f = extract(
        "Lucanet: one language model for nucleic acids and proteins",
        "Lucanet is pretrained on DNA and protein sequences of many species. It performs well on "
        "tasks involving genomic, RNA and protein sequences.",
    )
    assert "rna" not in f["modalities"].value


def test_a_platform_of_datasets_tasks_and_leaderboards_is_a_benchmark():
    f = extract(
        "Therabench: multimodal foundations for therapeutic science",
        "We present Therabench, a major expansion of an open platform of datasets, tasks, "
        "leaderboards and tools for therapeutic machine learning, with new tasks spanning "
        "single-cell modalities. Its model hub exposes pretrained models so that they can be "
        "evaluated on the new benchmarks.",
    )
    assert f["family"].value == "benchmark"


@pytest.mark.parametrize(
    "sentence",
    [
        "It is fine-tuned on references whose labels were harmonised to the Cell Ontology.",
        "The corpus was assembled from public archives and harmonised to a common gene space.",
        "We release the model and a channel-name harmonisation table.",
    ],
)
def test_labels_names_or_a_gene_space_harmonised_are_no_integration(sentence):
    f = extract(
        "Calvet: immune cell labelling",
        f"Calvet is a foundation model pretrained on 9 million cells for cell type annotation. "
        f"{sentence}",
    )
    assert "integration" not in f["tasks"].value


def test_cell_communication_an_output_supports_is_a_downstream_use():
    f = extract(
        "Infillo: completing in situ panels",
        "Infillo predicts unmeasured genes for every segmented cell of Xenium sections. Imputed "
        "ligand and receptor genes support cell-cell communication analysis beyond the panel.",
    )
    assert "regulatory_inference" not in f["tasks"].value


def test_a_task_of_the_model_that_opens_its_sentence_is_not_discounted_for_the_tools_it_uses():
    f = extract(
        "Garnet: an LLM agent for single-cell chromatin analysis",
        "We introduce Garnet, an agent in which a large language model plans and runs tools. "
        "Garnet labels cell populations using gene-activity scores and ChromKit deviations.",
    )
    assert "annotation" in f["tasks"].value


def test_a_task_of_models_listed_with_this_one_stays_discounted():
    from agent.extract.lexicon import own_group, own_name_rx

    paper = PaperText(title="Garnet", pages=[Page(number=1, text="Garnet")], source="t")
    own = own_name_rx(paper, "Garnet")
    text = "Garnet, CellKit2 and scLabelR label cell populations from gene-activity scores."
    assert own_group(text, own) == {"CellKit2", "scLabelR"}


def test_the_group_is_found_wherever_the_sentence_names_this_model():
    from agent.extract.lexicon import listed_with, own_name_rx

    paper = PaperText(title="Garnet", pages=[Page(number=1, text="Garnet")], source="t")
    own = own_name_rx(paper, "Garnet")
    text = "Garnet: models include Garnet (Li et al., 2024) and CellKit2, which correct batches."
    assert listed_with(text, own, {"CellKit2"}) == {"CellKit2"}


def test_systematically_evaluating_packages_is_a_benchmark():
    f = extract(
        "Which package should label my cells?",
        "Many packages exist for cell type annotation. In this study, we systematically "
        "evaluated ten widely used R packages on real single-cell datasets.",
    )
    assert f["family"].value == "benchmark"


def test_scoring_eleven_methods_is_a_benchmark():
    f = extract(
        "Vonna: a leakage-controlled evaluation of knockout-response predictors",
        "We assemble three Perturb-seq screens under a strict split and we score eleven methods "
        "by Pearson delta on the top differentially expressed genes.",
    )
    assert f["family"].value == "benchmark"


def test_a_community_challenge_the_paper_runs_is_no_background():
    f = extract(
        "Virtual Cell Contest",
        "Community challenge for virtual cell models - predicting transcriptome-wide effects of "
        "genetic perturbations in stem cells. The Virtual Cell Contest released a Perturb-seq "
        "dataset with held-out perturbations.",
    )
    assert f["family"].value == "benchmark"


def test_a_model_said_to_use_no_natural_language_is_no_text_bridge():
    f = extract(
        "Turnwell: a decoder transformer for perturbation of human cells",
        "Can the recipe behind large language models be applied to cells? Turnwell is trained on "
        "110 million single-cell transcriptomes and predicts responses to genetic perturbations. "
        "Turnwell does not use natural language; its parallels to language modelling lie in its "
        "architecture.",
    )
    assert f["family"].value == "foundation" and "text" not in f["modalities"].value


@pytest.mark.parametrize(
    "body,task",
    [
        ("Cluster labelling by LLMs. Wren sends each cluster's genes to an LLM.", "annotation"),
        (
            "Reasoning LLM for per-cell labelling. Wren reads each cell as a gene list.",
            "annotation",
        ),
        (
            "Robust cell type decomposition. Wren fits cell-type mixtures to each Visium spot "
            "with a Poisson model and a single-cell reference.",
            "spatial_mapping",
        ),
    ],
)
def test_tasks_a_review_names_in_its_own_words(body, task):
    assert task in extract("Wren", body)["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Networks were scored against gold standards from regulator perturbation experiments.",
        "In benchmarks on perturbation datasets with known targets, Wren recovered activities.",
        "For 14 factors whose knockdown had been profiled, Wren's networks predict the targets.",
    ],
)
def test_perturbation_data_networks_are_scored_against_are_no_perturbation_task(sentence):
    f = extract(
        "Wren: regulatory networks from single-cell expression",
        f"Wren infers gene regulatory networks from single-cell RNA-seq data. {sentence}",
    )
    assert "trajectory_perturbation" not in f["tasks"].value


def test_a_perturbation_model_evaluated_on_perturbation_screens_keeps_its_task():
    f = extract(
        "Wren: forecasting knockout responses",
        "Wren predicts transcriptional responses of single cells to unseen genetic perturbations. "
        "It was evaluated on three Perturb-seq screens.",
    )
    assert "trajectory_perturbation" in f["tasks"].value


def test_a_sentence_opening_on_what_it_checks_names_no_modality():
    f = extract(
        "Brannel: a masked-expression encoder",
        "Brannel is pretrained on 52 million dissociated human cells. To check that the T-cell "
        "subsets are real, we compared them with surface-protein measurements in CITE-seq data.",
    )
    assert "protein" not in f["modalities"].value


def test_what_a_named_baseline_reads_in_an_appositive_is_no_modality():
    f = extract(
        "Hawsey: regulons from an expression transformer",
        "Hawsey is pretrained on 22 million human cells. Across six cell types, Hawsey regulons "
        "recover ChIP-supported targets at an AUPRC of 0.19, against 0.11 for GENIX and 0.15 for "
        "LINDOR, a multiome method that additionally reads chromatin accessibility.",
    )
    assert "atac" not in f["modalities"].value


def test_baselines_reported_with_decimal_scores_are_baselines_not_a_group():
    import re

    from agent.extract.lexicon import other_models

    own = re.compile(r"(?<![\w-])Brannel(?![\w-])")
    text = (
        "Brannel embeddings reach an aggregate of 0.71, against 0.64 for HarmoKit and 0.66 for "
        "scVAEx, while keeping rare populations."
    )
    assert other_models(text, own, baselines=False) == set()


def test_knockouts_listed_as_orthogonal_evidence_are_no_perturbation_task():
    f = extract(
        "Lussel: ligand-receptor interactions from spatial data",
        "Lussel infers cell-cell communication from spatial transcriptomics. On 15 datasets with "
        "orthogonal evidence (receptor knockouts, blocking antibodies and proximity ligation), "
        "Lussel's top-ranked interactions reach an AUROC of 0.81, against 0.66 for CommKit2.",
    )
    assert "trajectory_perturbation" not in f["tasks"].value


def test_batch_mixing_metrics_borrowed_for_another_purpose_are_no_integration():
    f = extract(
        "Donnel: individual signal in single-cell embeddings",
        "Donnel embeds single cells so that each donor's signal is kept. We borrow the batch-"
        "mixing metrics but read them in reverse: a low iLISI across donors is desirable here.",
    )
    assert "integration" not in f["tasks"].value


def test_a_compared_parenthesis_before_the_models_name_holds_baselines():
    import re

    from agent.extract.lexicon import other_models

    own = re.compile(r"(?<![\w-])Pelmey(?![\w-])")
    text = (
        "Site effects are removed from the adapted embeddings (kBET 0.82, versus 0.71 for "
        "scVAEx), while biology is kept: Pelmey assigns 38 immune states."
    )
    assert other_models(text, own, baselines=False) == set()


def test_immune_states_assigned_are_annotation():
    f = extract("Pelmey", "Pelmey assigns 38 immune states to blood cells at a macro-F1 of 0.89.")
    assert "annotation" in f["tasks"].value


# ---- lexicon-18 guards: the round-seventeen review's findings (each failed before the mends) ---


@pytest.mark.parametrize(
    "sentence",
    [
        "However, current foundation models do not use natural language.",
        "Unlike Pellam, Quenformer does not use text.",
        "Pellam requires no coding language and answers plain-English questions.",
        "At inference Pellam does not require text, and it embeds cells alone.",
    ],
)
def test_a_denial_about_other_models_or_one_stage_leaves_a_text_bridge(sentence):
    f = extract(
        "Pellam: aligning cells with natural language",
        "Pellam is trained contrastively on 5 million single-cell transcriptomes paired with "
        f"natural-language descriptions of their cell types. {sentence}",
    )
    assert f["family"].value == "text_bridge"


def test_other_methods_that_use_no_histology_leave_the_models_histology():
    f = extract(
        "Tollan: spatial domains from H&E images and expression",
        "Tollan reads H&E histology images together with Visium spatial transcriptomics. "
        "Previous methods such as BayesKit2 do not use the image, but Tollan does.",
    )
    assert "histology" in f["modalities"].value


@pytest.mark.parametrize(
    "opening",
    [
        "A central challenge in single-cell biology is integrating datasets across batches.",
        "Batch integration is a long-standing challenge in single-cell genomics.",
        "One major challenge is removing batch effects across datasets.",
    ],
)
def test_a_challenge_of_the_field_stays_background(opening):
    f = extract(
        "Pellam: a model for cell type annotation",
        f"Single-cell atlases keep growing. {opening} Pellam is pretrained for cell type "
        "annotation on 10 million cells.",
    )
    assert "integration" not in f["tasks"].value


def test_a_contrast_with_existing_pipelines_opens_a_sentence_about_the_model():
    f = extract(
        "Pellam: autonomous single-cell analysis with large language models",
        "Single-cell analysis needs many steps. Unlike existing pipelines, the LLM plans each "
        "analysis, writes Python code, executes it and repairs failed steps.",
    )
    assert f["agentic"].value is True


def test_a_perturbation_model_evaluated_on_screens_in_one_clause_keeps_its_task():
    f = extract(
        "Quen: a perturbation model",
        "Quen was evaluated on Perturb-seq datasets of CRISPR knockouts and predicts "
        "transcriptional responses to unseen genetic perturbations.",
    )
    assert "trajectory_perturbation" in f["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Pellam is not designed to denoise, integrate or annotate datasets.",
        "Pellam cannot, without retraining, integrate datasets from new platforms.",
    ],
)
def test_a_negation_runs_on_through_a_comma_that_closes_no_without_aside(sentence):
    f = extract(
        "Pellam: generating single-cell profiles",
        f"Pellam generates realistic single-cell transcriptomes. {sentence}",
    )
    assert "integration" not in f["tasks"].value


def test_agents_named_before_a_contrast_are_a_group_not_this_models_acts():
    f = extract(
        "Pellam: single-pass answers about cells",
        "Pellam is a large language model that answers questions about cell types in a single "
        "forward pass. Whereas CellAgentX, BioMastr and AutoBAx plan multi-step analyses and "
        "call external tools, Pellam answers directly.",
    )
    assert f["agentic"].value is False


@pytest.mark.parametrize(
    "sentence",
    [
        "Pellam builds on GeneKit2 and scGPTx, which were trained to annotate cell types and "
        "integrate batches.",
        "Pellam reuses the encoder of scGPTx, a model that annotates cell types and integrates "
        "datasets across batches.",
    ],
)
def test_the_tasks_of_a_model_named_in_a_clause_of_its_own_are_not_this_models(sentence):
    f = extract(
        "Pellam: forecasting perturbation responses",
        "Pellam predicts transcriptional responses of single cells to unseen genetic "
        f"perturbations. {sentence}",
    )
    assert not {"annotation", "integration"} & set(f["tasks"].value)


def test_the_first_of_the_methods_that_do_a_task_is_this_model():
    f = extract(
        "Pellam",
        "Pellam is the first of the methods that annotate cell types across species, "
        "outperforming CellTypeX and scANVIx.",
    )
    assert "annotation" in f["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "We test alternative prompt templates and inspect the output distributions of the LLMs.",
        "The LLM labels query clusters for each tissue; we query the model for a cell type name.",
        "The LLM runs similarity-search queries against a vector index as needed.",
    ],
)
def test_the_authors_acts_and_query_cells_are_no_agent_acts(sentence):
    f = extract(
        "Pellam: cell type annotation with LLMs",
        f"Pellam prompts an LLM with marker genes to annotate cell clusters. {sentence}",
    )
    assert f["agentic"].value is False


@pytest.mark.parametrize(
    "body",
    [
        "Tollan links distal scATAC-seq peaks to target genes using paired single-cell multiome "
        "data, and the predicted links are enriched for fine-mapped eQTLs.",
        "Tollan infers regulatory networks from multiome data. Its prior is built from "
        "scATAC-seq accessibility of the same cells, and expression comes from scRNA-seq.",
    ],
)
def test_results_enriched_in_other_data_or_a_prior_of_the_same_cells_keep_the_models_data(body):
    assert "atac" in extract("Tollan: enhancer-gene links", body)["modalities"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "We use twelve datasets to evaluate Pellam embeddings on annotation and integration.",
        "Held-out splits designed to test generalisation of the embeddings show that Pellam "
        "transfers across tissues.",
        "We evaluate linear classifiers trained on frozen Pellam embeddings.",
        "For each cluster, Pellam asks the LLM to answer which cell type the markers indicate.",
    ],
)
def test_a_method_evaluated_or_asking_an_llm_is_no_benchmark(sentence):
    f = extract(
        "Pellam: a single-cell model",
        f"Pellam, a transformer pretrained on 20 million cells, embeds single cells. {sentence}",
    )
    assert f["family"].value != "benchmark"


@pytest.mark.parametrize(
    "body,expected",
    [
        ("Datasets from twelve studies are integrated into a shared latent space by Pellam.", True),
        (
            "Pellam integrates spatial neighbourhood context into a shared latent space to "
            "identify spatial domains.",
            False,
        ),
        (
            "Pellam integrates gene regulatory priors into a unified latent space to predict "
            "perturbation responses.",
            False,
        ),
    ],
)
def test_data_not_context_or_priors_integrated_into_one_space_is_integration(body, expected):
    assert ("integration" in extract("Pellam", body)["tasks"].value) is expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Pellam improves cell-type annotation quality across 12 tissues.",
        "Fine-tuned Pellam raises annotation resolution to 120 fine-grained subtypes.",
        "Pellam performs cell type annotation using peak sequences.",
        "Pellam supports cell type annotation for panels of 200 proteins.",
        "Pellam raises target annotation accuracy to 0.93 on mouse-to-human transfer.",
    ],
)
def test_cell_annotation_said_with_quality_sequences_proteins_or_a_target_stays(sentence):
    assert "annotation" in extract("Pellam", sentence)["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Pellam infers RNA synthesis rates from single-cell labeling data such as scEU-seq.",
        "Pellam is trained on data from 4sU metabolic cell labelling experiments.",
        "Pellam demultiplexes pooled samples after lipid-tagged cell labeling of samples.",
    ],
)
def test_experimental_cell_labelling_is_no_annotation(sentence):
    assert "annotation" not in extract("Pellam", sentence)["tasks"].value


def test_expression_tables_harmonised_across_batches_are_integration():
    f = extract("Pellam", "Pellam harmonizes gene expression tables across batches.")
    assert "integration" in f["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Wren allows inference of cell-cell communication from ligand-receptor co-expression.",
        "Wren supports cell-cell communication inference at single-cell resolution.",
    ],
)
def test_cell_communication_the_model_allows_or_supports_is_its_own(sentence):
    f = extract(
        "Wren: a spatial model",
        f"Wren is pretrained on Visium spatial transcriptomics sections. {sentence}",
    )
    assert "regulatory_inference" in f["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Unlike literature-grounded agents that retrieve PubMed abstracts, Wren works only on "
        "the count matrix and does not read papers.",
        "Wren uses GPT-4o, which was pretrained on the scientific literature, to plan steps.",
    ],
)
def test_literature_in_a_contrast_or_an_llms_pretraining_is_no_text_an_agent_reads(sentence):
    f = extract(
        "Wren: an LLM agent for single-cell analysis",
        "We present Wren, an LLM agent that plans single-cell RNA-seq analyses and calls tools "
        f"for clustering and annotation. {sentence}",
    )
    assert "text" not in f["modalities"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Quen resolves cell types per spot.",
        "Quen resolves cell types within each Visium spot.",
        "Quen resolves the cell types present at each spot.",
    ],
)
def test_cell_types_resolved_per_spot_in_other_words_are_no_annotation(sentence):
    f = extract(
        "Quen: deconvolving spatial transcriptomics",
        f"Quen estimates the cell-type proportions of Visium spots. {sentence}",
    )
    assert "annotation" not in f["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Quen fits cell-type mixtures to every bead.",
        "Quen fits a mixture of cell types to each bead.",
        "Quen decomposes each bead into its cell types.",
    ],
)
def test_mixtures_fitted_to_beads_in_other_words_are_spatial_mapping(sentence):
    f = extract("Quen: Slide-seq", f"Quen reads Slide-seq spatial transcriptomics. {sentence}")
    assert "spatial_mapping" in f["tasks"].value


def test_patch_or_wsi_level_classification_is_no_annotation():
    f = extract(
        "Quen: a pathology encoder",
        "Quen is pretrained on H&E whole-slide images. It supports patch-level classification of "
        "tumour subtypes and WSI-level classification of subtypes.",
    )
    assert "annotation" not in f["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Breaking the request into sub-questions, the LLM writes and executes SQL queries and "
        "checks what came back.",
        "The LLM is writing and executing its own database queries and checking what came back.",
    ],
)
def test_agent_acts_in_other_tenses_are_agent_acts(sentence):
    f = extract(
        "Quen: answering questions over single-cell databases",
        f"Quen is a system built on GPT-4o for single-cell atlases. {sentence}",
    )
    assert f["agentic"].value is True


def test_a_peer_model_followed_by_which_calls_tools_is_still_a_peer():
    from agent.extract.lexicon import other_models

    assert other_models("Pellam and CellAgentX, which calls tools, annotate cells.", None) == {
        "CellAgentX"
    }


def test_rna_velocity_the_model_estimates_with_chromatin_is_rna():
    f = extract(
        "Pellam: joint velocity",
        "Pellam models RNA velocity and chromatin accessibility jointly from 10x Multiome data.",
    )
    assert "rna" in f["modalities"].value and f["family"].value != "epigenomic"


# ---- lexicon-18 guards: the second review's findings (each failed before the mends) ---


@pytest.mark.parametrize(
    "body,modality",
    [
        (
            "We present Pellam, a transformer model that reads chromatin accessibility and gene "
            "expression from the same nuclei.",
            "atac",
        ),
        (
            "We introduce Pellam, a deep learning method that takes H&E images and spot "
            "expression as input.",
            "histology",
        ),
    ],
)
def test_the_models_own_introduction_is_no_baselines_appositive(body, modality):
    assert modality in extract("Pellam", body)["modalities"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Our method uses no histology images.",
        "Tollan, trained on expression alone, does not use histology images.",
        "Tollan does not use images, either during training or at inference.",
    ],
)
def test_the_papers_own_denials_of_a_layer_in_other_words(sentence):
    f = extract(
        "Tollan: spatial domains",
        f"Tollan identifies spatial domains in Visium sections with matched H&E images. {sentence}",
    )
    assert "histology" not in f["modalities"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Pellam, without task-specific training, annotates cell types in 12 tissues.",
        "Pellam, with no task-specific heads, annotates cell types in 12 tissues.",
        "Pellam needs no batch labels, annotates cell types and transfers labels across studies.",
    ],
)
def test_a_negation_in_an_aside_ends_at_the_comma_before_the_models_verb(sentence):
    assert "annotation" in extract("Pellam", sentence)["tasks"].value


def test_acts_after_a_contrast_with_a_named_system_are_this_agents():
    f = extract(
        "Wren: single-cell analysis with large language models",
        "Wren is a large language model for single cells. While CellAgentX relies on a fixed "
        "workflow, Wren plans each analysis, writes Python code, executes it and repairs failed "
        "steps.",
    )
    assert f["agentic"].value is True


@pytest.mark.parametrize(
    "sentence",
    [
        "Pellam performs on par with scANVIx for label transfer across 14 tissues.",
        "Pellam replaces the decoder of scVIx, which allows it to integrate datasets with unseen "
        "batches.",
    ],
)
def test_a_baseline_compared_with_or_a_component_leaves_the_models_task(sentence):
    tasks = extract("Pellam", f"Pellam is pretrained on 20 million cells. {sentence}")["tasks"]
    assert tasks.value


def test_a_check_opening_is_only_a_check_when_it_compares():
    f = extract(
        "Pellam",
        "Pellam is pretrained on 20 million single-cell transcriptomes. To test whether Pellam "
        "generalises to chromatin, we trained it on 10x Multiome scATAC-seq profiles.",
    )
    assert "atac" in f["modalities"].value


@pytest.mark.parametrize(
    "body,expected",
    [
        ("Pellam integrates RNA and chromatin accessibility into a common embedding.", True),
        (
            "Quen predicts perturbation responses. Before training, cells from the 12 screens "
            "were integrated into a shared embedding with HarmonyX.",
            False,
        ),
    ],
)
def test_integration_into_one_space_by_the_model_not_before_training(body, expected):
    assert ("integration" in extract("Pellam", body)["tasks"].value) is expected


@pytest.mark.parametrize(
    "body,expected",
    [
        ("Quen, a protein language model, enables annotation of unlabelled sequences.", False),
        ("Quen predicts drug response and uses drug target annotations from DrugKit2.", False),
        ("Quen integrates atlases that differ in annotation granularity.", False),
        ("Pellam performs automated cell labeling with marker gene knowledge.", True),
        ("Pellam enables accurate single-cell labeling across 30 tissues.", True),
    ],
)
def test_annotation_exclusions_after_the_second_review(body, expected):
    assert ("annotation" in extract("Pellam", body)["tasks"].value) is expected


def test_existing_tools_integrating_datasets_are_related_work():
    f = extract(
        "Pellam: forecasting perturbation responses",
        "Pellam predicts responses of single cells to genetic perturbations. Existing tools "
        "integrate datasets across batches by aligning shared populations.",
    )
    assert "integration" not in f["tasks"].value


def test_challenges_opening_a_sentence_are_background():
    f = extract(
        "Pellam: forecasting perturbation responses",
        "Pellam predicts responses of single cells to genetic perturbations. Challenges remain in "
        "integrating datasets across batches and removing batch effects.",
    )
    assert "integration" not in f["tasks"].value


def test_metrics_adopted_for_their_purpose_leave_integration():
    f = extract(
        "Pellam",
        "We adopt the scIB metrics, and Pellam integrates 12 batches better than scVIx.",
    )
    assert "integration" in f["tasks"].value


def test_a_groups_scored_parenthesis_is_no_baseline_of_this_model():
    f = extract(
        "Pellam: forecasting perturbation responses",
        "Pellam predicts responses of single cells to genetic perturbations. Methods that "
        "integrate batches (kBET 0.82 for scVIx versus 0.71 for HarmonyX) lose rare cells, "
        "whereas Pellam keeps them.",
    )
    assert "integration" not in f["tasks"].value


def test_benchmarking_classifiers_and_asking_each_llm_are_benchmarks():
    f = extract(
        "Which classifier for single cells?",
        "We benchmark 14 classifiers for cell type annotation on 27 single-cell RNA-seq datasets.",
    )
    assert f["family"].value == "benchmark"


def test_literature_an_agent_grounds_its_answers_in_is_text():
    f = extract(
        "Wren: an LLM agent for single-cell analysis",
        "We present Wren, an LLM agent that plans single-cell RNA-seq analyses and calls tools "
        "for clustering and annotation. Its answers are grounded in the literature through a RAG "
        "index of 2 million PubMed abstracts.",
    )
    assert "text" in f["modalities"].value


def test_communication_analysis_imputed_data_support_is_downstream():
    f = extract(
        "Wren: imputing MERFISH panels",
        "Wren predicts unmeasured genes for every cell of MERFISH sections. The imputed data "
        "support cell-cell communication analysis.",
    )
    assert "regulatory_inference" not in f["tasks"].value


def test_downstream_rna_velocity_analysis_of_a_chromatin_model_is_no_rna():
    f = extract(
        "Tollan: a scATAC-seq model",
        "Tollan is pretrained on 5 million scATAC-seq nuclei. Tollan embeddings are compatible "
        "with downstream RNA velocity analysis.",
    )
    assert "rna" not in f["modalities"].value


def test_an_llm_queried_for_a_name_is_no_resource_an_agent_queries():
    f = extract(
        "Pellam: annotation with GPT-4o",
        "Pellam queries GPT-4o for a cell type name for each cluster of single cells.",
    )
    assert f["agentic"].value is False


@pytest.mark.parametrize(
    "body,expected",
    [
        ("Pellam assigns cells to 38 immune states at a macro-F1 of 0.89.", True),
        ("Pellam assigns cell states along the differentiation trajectory.", False),
    ],
)
def test_cells_assigned_to_states_are_annotation_but_states_along_a_trajectory_are_not(
    body, expected
):
    assert ("annotation" in extract("Pellam", body)["tasks"].value) is expected


def test_pathology_model_whose_cells_are_seen_gets_no_rna_prior():
    f = extract(
        "Quernstone: nuclei typed in stained slides",
        "Quernstone is a vision transformer pretrained on 90,000 H&E whole-slide images. It "
        "segments every nucleus and assigns each cell a type (tumour, immune, stromal), and "
        "its tile features feed histology-to-expression predictors built by others.",
    )
    assert f["modalities"].value == ["histology"]


def test_expression_that_regulatory_dna_controls_is_no_rna():
    f = extract(
        "Tallowmere: enhancer activity from sequence",
        "Enhancers and promoters control gene expression in every cell type. Tallowmere is a "
        "convolutional network that predicts reporter activity directly from 300-bp DNA "
        "sequences measured in two cell lines.",
    )
    assert f["modalities"].value == ["dna_sequence"]


def test_rna_seq_tracks_a_sequence_model_predicts_are_no_rna():
    f = extract(
        "Farrowdeep: coverage from sequence",
        "Farrowdeep predicts RNA-seq coverage from 400 kb of DNA sequence. It is trained on "
        "thousands of RNA-seq and CAGE tracks from human and mouse.",
    )
    assert f["modalities"].value == ["dna_sequence"]


def test_a_gene_family_named_in_capitals_is_no_other_model():
    f = extract(
        "Wendle: chromatin of nuclei",
        "Wendle is pretrained on 9 million nuclei. Across tissues it recovers the transcription "
        "factors that specify each lineage, such as KLFX factors in neurons.",
    )
    assert "regulatory_inference" in f["tasks"].value


def test_data_merged_from_different_laboratories_is_integration():
    f = extract(
        "Wendle: chromatin of nuclei",
        "Wendle is pretrained on 9 million nuclei. Its embeddings merge profiles from several "
        "protocols while keeping cell identities apart.",
    )
    assert "integration" in f["tasks"].value


def test_an_aside_without_fine_tuning_does_not_deny_the_merge_after_it():
    f = extract(
        "Wendle: chromatin of nuclei",
        "Wendle is pretrained on 9 million nuclei. Wendle yields embeddings that, without "
        "fine-tuning, merge data from different laboratories while keeping cell identities "
        "apart.",
    )
    assert "integration" in f["tasks"].value


@pytest.mark.parametrize(
    "data",
    [
        "the Tn5 insertion sites and the transcripts of each nucleus",
        "transposase-accessible fragments and transcripts of the same nuclei",
        "paired SNARE-seq profiles of the same nuclei",
    ],
)
def test_accessibility_in_the_assays_own_words_is_atac(data):
    f = extract("Brackwater: paired nuclei", f"Brackwater is pretrained on {data}.")
    assert "atac" in f["modalities"].value


def test_antibodies_counted_by_their_barcodes_are_protein():
    f = extract(
        "Brackwater: three readouts",
        "Brackwater reads each cell's mRNA and the counts of oligonucleotide-barcoded "
        "antibodies bound to its surface.",
    )
    assert "protein" in f["modalities"].value


def test_a_cells_mrna_beside_other_readouts_is_rna():
    f = extract(
        "Brackwater: three readouts",
        "Brackwater reads, from one cell, its mRNA, its accessible chromatin and its surface "
        "proteins.",
    )
    assert "rna" in f["modalities"].value


def test_mrna_abundance_a_sequence_model_predicts_is_no_rna():
    f = extract(
        "Lathmoor: abundance from promoters",
        "Lathmoor is a convolutional network that predicts mRNA abundance directly from the "
        "promoter's DNA sequence.",
    )
    assert f["modalities"].value == ["dna_sequence"]


def test_a_sentence_that_opens_on_the_future_gives_no_modality():
    f = extract(
        "Glasswort: slides and words",
        "Glasswort is a CLIP-style model trained on histology images paired with text captions. "
        "In future, spatial transcriptomic atlases could supply molecular captions for it.",
    )
    assert "spatial" not in f["modalities"].value


def test_data_compiled_to_ask_whether_the_model_holds_is_a_check_not_its_input():
    f = extract(
        "Glasswort: regulation from sequence",
        "Glasswort takes 500 kilobases of DNA sequence and predicts thousands of bulk tracks "
        "across tissues. To ask whether its variant effects resolve cell types, we compiled "
        "eQTLs mapped in single-cell RNA-seq of blood cells.",
    )
    assert f["modalities"].value == ["dna_sequence"]


def test_what_the_same_embeddings_were_previously_used_for_is_not_this_models_task():
    f = extract(
        "Pennywort: labels across species",
        "Pennywort labels cells across species from text-derived gene embeddings. Such "
        "embeddings have previously been used to forecast genetic perturbations; we ask whether "
        "they carry identities between organisms.",
    )
    assert "trajectory_perturbation" not in f["tasks"].value


def test_data_harmonised_with_another_tool_before_the_model_is_not_its_integration():
    f = extract(
        "Pennywort: naming clusters",
        "Pennywort names clusters of cells with a fine-tuned language model. Multi-sample "
        "datasets were harmonised with Harmony before clustering; Pennywort only sees the "
        "gene lists.",
    )
    assert "integration" not in f["tasks"].value


def test_pseudotime_computed_with_an_off_the_shelf_tool_is_not_the_models_task():
    f = extract(
        "Pennywort: joint embeddings",
        "Pennywort integrates batches and modalities into one space. On a marrow atlas we show "
        "pseudotime computed with an off-the-shelf tool on its embedding.",
    )
    assert "trajectory_perturbation" not in f["tasks"].value


def test_compounds_found_to_reverse_a_disease_state_are_drug_response():
    f = extract(
        "Cobnut: from atlases to therapies",
        "Cobnut takes a single-cell disease atlas and finds compounds that reverse the "
        "disease state of fibroblasts.",
    )
    assert "drug_response" in f["tasks"].value


def test_target_annotations_from_a_resource_are_not_annotation():
    f = extract(
        "Cobnut: from atlases to therapies",
        "Cobnut is a language model that calls analysis functions: differential expression and "
        "target annotations from a drug database.",
    )
    assert "annotation" not in f["tasks"].value


def test_a_measure_borrowed_from_another_task_is_not_the_benchmarks_task():
    f = extract(
        "Sallowby: judging synthetic cells",
        "We present Sallowby, a benchmark that compares 12 generators of single-cell data. "
        "Realism is scored by distributional distances and, borrowing a standard from "
        "cell-type annotation, how accurately a classifier trained on synthetic cells labels "
        "real ones.",
    )
    assert "annotation" not in f["tasks"].value


def test_a_task_the_model_is_said_not_to_do_is_left_out():
    f = extract(
        "Quillet: plates brought together",
        "Quillet removes plate and batch effects from large compound screens. Our contribution "
        "is batch correction: Quillet does not predict responses to compounds.",
    )
    assert f["tasks"].value == ["integration"]


@pytest.mark.parametrize(
    ("sentence", "task"),
    [
        ("Marrow determines what kind of cell each barcode came from.", "annotation"),
        (
            "Marrow simulates the effect of silencing transcription factors on cell state.",
            "trajectory_perturbation",
        ),
        (
            "Marrow tells which progenitors give rise to which fates during haematopoiesis.",
            "trajectory_perturbation",
        ),
        (
            "Marrow estimates the direction each cell is moving in from spliced and unspliced "
            "counts.",
            "trajectory_perturbation",
        ),
        (
            "Marrow removes differences between sequencing runs while keeping biological "
            "variation.",
            "integration",
        ),
        (
            "Marrow anticipates the transcriptional effect of unseen small molecules at each dose.",
            "drug_response",
        ),
        (
            "Marrow creates in-silico cells that a classifier cannot tell from measured ones.",
            "generation",
        ),
        ("Marrow compares cell types across seven vertebrates in one embedding.", "cross_species"),
        (
            "A Marrow trained on human cells annotates macaque and marmoset data unchanged.",
            "cross_species",
        ),
        (
            "Marrow divides tissue sections into anatomical regions from the expression of their "
            "spots.",
            "spatial_mapping",
        ),
    ],
)
def test_a_task_said_in_words_from_the_vocabularys_meaning(sentence, task):
    f = extract(
        "Marrow: a single-cell model",
        f"We present Marrow, a transformer pretrained on 20 million single-cell transcriptomes. "
        f"{sentence}",
    )
    assert task in f["tasks"].value


@pytest.mark.parametrize(
    ("sentence", "task"),
    [
        (
            "The aligner also outputs counts of spliced and unspliced reads for each gene.",
            "trajectory_perturbation",
        ),
        (
            "Marrow's authors removed differences between batches beforehand, as the original "
            "study did.",
            "integration",
        ),
        ("Marrow, like Tarrow, compares cell types of one species only.", "cross_species"),
    ],
)
def test_the_vocabularys_meaning_in_words_that_are_not_the_task(sentence, task):
    f = extract(
        "Marrow: a single-cell model",
        f"We present Marrow, a transformer pretrained on 20 million single-cell transcriptomes "
        f"that labels cell types. {sentence}",
    )
    assert task not in f["tasks"].value


# ---- lexicon-27 guards: the round-thirty-one review's findings (each failed before the mends) ---


@pytest.mark.parametrize(
    ("sentence", "task"),
    [
        ("Marrow was pretrained on cells from across five mammals.", "cross_species"),
        ("Gene regulatory programs are conserved across many mammals.", "cross_species"),
        (
            "Marrow predicts the fate of patients with lymphoma from tumour transcriptomes.",
            "trajectory_perturbation",
        ),
        (
            "We computed RNA velocity from spliced and unspliced counts with scVelo as a "
            "preprocessing step.",
            "trajectory_perturbation",
        ),
        (
            "Predicting the effects of small molecules on cells is a central goal of drug "
            "discovery.",
            "drug_response",
        ),
        (
            "We estimated the effects of drugs on cell composition using a linear model.",
            "drug_response",
        ),
        (
            "Reducing differences between laboratories is essential for atlas building.",
            "integration",
        ),
        ("We manually decided which type of cells each cluster contained.", "annotation"),
        (
            "Marrow cannot tell which progenitors give rise to which fates.",
            "trajectory_perturbation",
        ),
        (
            "Marrow was trained on human cells and identifies rare cell types missed by "
            "mouse-trained models.",
            "cross_species",
        ),
        ("Pathologists divide tissue sections into regions by hand.", "spatial_mapping"),
    ],
)
def test_reviewed_wordings_near_the_new_task_words_are_not_the_task(sentence, task):
    f = extract(
        "Marrow: a single-cell model",
        f"We present Marrow, a transformer pretrained on 20 million single-cell transcriptomes. "
        f"{sentence}",
    )
    assert task not in f["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Quen retrieves datasets from published studies and reanalyses them.",
        "Quen checks the quality-control summaries of each sample.",
        "Quen gathers data following published protocols.",
        "Current tools force biologists to consult documentation and write code.",
    ],
)
def test_data_from_studies_and_people_reading_documents_are_no_text_an_agent_reads(sentence):
    f = extract(
        "Quen: an LLM agent for single-cell analysis",
        "We present Quen, an LLM agent that plans single-cell RNA-seq analyses and calls tools "
        f"for clustering and annotation. {sentence}",
    )
    assert "text" not in f["modalities"].value


def test_a_method_trained_on_labels_prompted_from_llms_is_no_benchmark():
    f = extract(
        "Cell-type annotation with a graph network",
        "We introduce a graph neural network for cell-type annotation. It outperforms labels "
        "produced by prompting five general-purpose models.",
    )
    assert f["family"].value != "benchmark"


@pytest.mark.parametrize(
    ("sentence", "denied"),
    [
        ("Unlike scGen, Marrow does not model drug responses.", True),
        ("scGen, like Marrow, does not model drug responses.", False),
        ("scGen initialised with Marrow does not model drug responses.", False),
    ],
)
def test_a_denial_after_a_contrast_with_another_model_is_this_models(sentence, denied):
    from agent.extract.lexicon import Sentence, own_name_rx, tasks_denied

    paper = PaperText(title="Marrow", pages=[Page(number=1, text="Marrow")], source="t")
    undone, _, _ = tasks_denied([Sentence(sentence, 1, 3.0)], own_name_rx(paper, "Marrow"))
    assert ("drug_response" in undone) is denied


def test_a_task_another_model_is_said_not_to_do_stays():
    f = extract(
        "Quillet: responses to compounds",
        "Quillet predicts responses of cells to unseen drugs. Unlike Quillet, Tarrow does not "
        "predict responses to unseen compounds.",
    )
    assert "drug_response" in f["tasks"].value


def test_a_denial_that_goes_on_but_keeps_the_task():
    f = extract(
        "Quillet: naming cells",
        "Quillet annotates cell types zero-shot. It does not map cells with reference labels "
        "but names them from markers.",
    )
    assert "annotation" in f["tasks"].value


def test_pathway_activity_read_out_per_cell_is_regulatory_inference():
    f = extract(
        "Fennick: pathways in single cells",
        "Fennick is pretrained on 20 million cells. Pathway activity is read out per cell by "
        "probing the embeddings of member genes.",
    )
    assert "regulatory_inference" in f["tasks"].value


def test_perturbations_that_serve_as_ground_truth_are_no_task():
    f = extract(
        "Fennick: pathways in single cells",
        "Fennick reads pathway activity in single cells. On 30 datasets with ligand treatment or "
        "receptor knockout as ground truth, Fennick identifies the engaged pathway.",
    )
    assert "trajectory_perturbation" not in f["tasks"].value


def test_what_baselines_were_built_to_do_is_not_the_models_task():
    f = extract(
        "Fennick: plates brought together",
        "Fennick removes plate effects from screens of single cells. Foundation-model baselines "
        "built to forecast responses to perturbations do not model plate structure.",
    )
    assert "trajectory_perturbation" not in f["tasks"].value


def test_the_tasks_a_benchmark_runs_named_models_on_are_its_tasks():
    f = extract(
        "Rushford: a common-ground benchmark of nine cell models on knockout prediction",
        "Published comparisons use different splits. We evaluate nine pretrained models, among "
        "them scOakum, CellBellwort and TansyFM, against simple baselines (PCA, scVelt and linear "
        "models) on two tasks: assigning cell types in 22 held-out datasets; and predicting "
        "knockouts.",
    )
    assert "annotation" in f["tasks"].value


def test_clusters_named_by_the_agent_are_annotation():
    f = extract(
        "Rushford: an atlas-building assistant",
        "Rushford plans the analysis, writes and runs code, and named clusters with ontology "
        "terms, citing the markers behind each call.",
    )
    assert "annotation" in f["tasks"].value


def test_batch_removal_is_integration():
    f = extract(
        "Rushford: a model of cells",
        "Rushford is pretrained on 20 million cells and evaluated on batch removal.",
    )
    assert "integration" in f["tasks"].value


def test_trained_on_one_species_data_and_applied_to_another_is_cross_species():
    f = extract(
        "Dunnock: accessibility from sequence",
        "Dunnock reads 16 kb of DNA and predicts accessibility in 140 cell types. It is trained "
        "on single-nucleus ATAC-seq from adult mouse brain and peripheral organs and applied "
        "without retraining to the human, macaque and marmoset genomes.",
    )
    assert "cross_species" in f["tasks"].value


def test_samples_that_cluster_by_origin_rather_than_cohort_are_integration():
    f = extract(
        "Corncrake: methylation with expression",
        "Corncrake is pretrained on paired methylation and RNA-seq profiles. It learns an "
        "embedding in which tumours cluster by cell of origin rather than by platform or cohort.",
    )
    assert "integration" in f["tasks"].value


def test_methylation_expression_links_nominated_are_regulatory_inference():
    f = extract(
        "Corncrake: methylation with expression",
        "Corncrake is pretrained on paired methylation and RNA-seq profiles. Its attention "
        "nominates 6,300 methylation-expression links.",
    )
    assert "regulatory_inference" in f["tasks"].value


def test_withheld_types_assigned_are_annotation():
    f = extract(
        "Pipit: an open label set",
        "Pipit maps cell embeddings onto text prototypes. On 18 atlases with 20% of types "
        "withheld, Pipit assigns withheld types with a balanced accuracy of 0.57.",
    )
    assert "annotation" in f["tasks"].value


def test_spot_level_expression_predicted_from_the_stain_is_spatial_mapping():
    f = extract(
        "Pipit",
        "Spot-level gene expression prediction from H&E by image-expression contrast.",
    )
    assert "spatial_mapping" in f["tasks"].value


def test_writing_and_running_its_own_analysis_code_is_an_agents_act():
    f = extract(
        "Kestrow",
        "End-to-end analysis of single cells. Given a count matrix and a question, Kestrow [13] "
        "writes and runs its own quality-control, clustering and annotation code, inspects the "
        "resulting plots, and revises its plan when a step fails [13].",
    )
    assert f["agentic"].value is True


def test_rerunning_failed_steps_after_searching_repositories_is_agentic():
    f = extract(
        "Kestrow",
        "Automated curation of public datasets. Data curation is also being handed to language "
        "models: Kestrow [14] searches public repositories for studies matching a query, maps "
        "their metadata onto an ontology and merges them, re-running any step whose quality "
        "checks fail [14].",
    )
    assert f["agentic"].value is True


def test_the_tools_a_system_calls_by_name_are_no_peers():
    f = extract(
        "Kestrow: a copilot for spatial transcriptomics",
        "Kestrow is a large-language-model copilot that receives a spatial dataset. It "
        "decomposes the question into steps, selects and calls tools such as Mapwright, "
        "Tanglefoot, SpaDomX and squidpy, executes code in a sandbox and revises its plan.",
    )
    assert f["agentic"].value is True


def test_strings_the_model_never_sees_are_no_text():
    f = extract(
        "Larkspur: a cell model",
        "Before training, we used GPT-4o once, offline, to map 14,212 distinct author-supplied "
        "annotation strings onto Cell Ontology terms. Larkspur itself never sees these strings. "
        "It is a 310-million-parameter transformer that reads binned expression values for 62 "
        "million cells.",
    )
    assert "text" not in f["modalities"].value


def test_a_public_database_named_in_the_sentence_is_no_other_model():
    f = extract(
        "Larkspur: sensitivity explained",
        "Larkspur fine-tunes an 8B-parameter open-weight language model on paired descriptions "
        "of cell state and drug, each drug's mechanism as summarised from DrugBank.",
    )
    assert f["family"].value == "text_bridge"


def test_profiles_that_atlas_efforts_have_generated_are_no_generation():
    f = extract(
        "Larkspur: response from proteomes",
        "Larkspur predicts drug response of tumours. The Cancer Proteome Atlas and related "
        "efforts have generated reverse-phase protein array (RPPA) profiles for more than 8,000 "
        "patient tumours.",
    )
    assert "generation" not in f["tasks"].value


def test_data_set_against_their_rna_counterparts_is_no_rna():
    f = extract(
        "Gorsedd: accessibility of rare nuclei",
        "Single-nucleus ATAC-seq datasets are small compared with their RNA counterparts. "
        "Gorsedd is pretrained on 1.2 million nuclei from scATAC-seq studies.",
    )
    assert "rna" not in f["modalities"].value


def test_where_the_references_labels_came_from_is_no_input():
    f = extract(
        "Gorsedd: accessibility in place",
        "Gorsedd is pretrained on spatial ATAC-seq sections. Cell-type labels of the dissociated "
        "reference were assigned by its original authors from transfer from scRNA-seq, and "
        "Gorsedd inherits them.",
    )
    assert "rna" not in f["modalities"].value


@pytest.mark.parametrize(
    "reads",
    [
        "A biomedical language model reads the compound's monograph before the response is decoded",
        "The agent reads the panel sheet and plans a gating hierarchy",
    ],
)
def test_a_written_record_the_system_reads_is_text(reads):
    f = extract("Wychelm: responses from words", f"Wychelm is built on cells. {reads}.")
    assert "text" in f["modalities"].value


def test_ordering_cells_in_pseudotime_denied_is_left_out():
    f = extract(
        "Tormore: surface proteins of marrow cells",
        "Haematopoietic differentiation has been charted extensively with transcriptomes. "
        "Tormore embeds marrow cells from their surface proteins and labels cell types. The aim "
        "is representation, not developmental modelling: it does not order cells in pseudotime "
        "or infer lineage branching.",
    )
    assert "trajectory_perturbation" not in f["tasks"].value


def test_what_other_models_have_mostly_been_applied_to_is_not_this_models_task():
    f = extract(
        "Tormore: cells and text",
        "Whereas expression models have mostly been applied to in silico perturbation, Tormore "
        "integrates batches of cells with text-derived gene embeddings.",
    )
    assert "trajectory_perturbation" not in f["tasks"].value


def test_the_development_of_methods_for_a_task_is_the_fields_not_the_models():
    from agent.extract.lexicon import sentence_marks

    marks = sentence_marks(
        "Advances in single-cell sequencing have accelerated the development of methods for "
        "clustering and trajectory inference."
    )
    assert marks.field_activity


@pytest.mark.parametrize(
    "said",
    [
        "Given a cell, Whitlow names its type and state in prose.",
        "Whitlow's captions named the correct cell type in 84% of cells.",
        "Whitlow's embeddings sort neurons into 188 subtypes with 0.91 accuracy.",
        "A kNN classifier on Whitlow embeddings identifies mouse cells with 0.88 accuracy.",
        "Whitlow predicts missing tissue, disease and cell-type fields for sparsely annotated "
        "cells.",
    ],
)
def test_cells_told_their_type_in_further_words_is_annotation(said):
    f = extract("Whitlow: a cell model", f"Whitlow is pretrained on 20 million cells. {said}")
    assert "annotation" in f["tasks"].value


@pytest.mark.parametrize(
    "said",
    [
        "In its embedding, donors and laboratories fold together without explicit correction.",
        "Its joint embedding placed cells from different panels and donors together.",
        "It co-embeds unpaired scRNA-seq and scATAC-seq data.",
        "A discrepancy penalty aligns samples measured in different batches.",
    ],
)
def test_data_of_several_sources_brought_together_in_further_words_is_integration(said):
    f = extract("Harrier: a cell model", f"Harrier is pretrained on 20 million cells. {said}")
    assert "integration" in f["tasks"].value


def test_dissociated_cells_co_embedded_with_spots_are_no_integration():
    f = extract(
        "Harrier: cells put back in place",
        "Harrier maps single cells to their positions in tissue. It first co-embeds the "
        "scRNA-seq and spatial data into a shared feature space.",
    )
    assert "integration" not in f["tasks"].value


def test_a_simulator_for_benchmark_mixtures_makes_no_benchmark():
    f = extract(
        "Shelduck: cell types in every spot of a capture array",
        "Shelduck decomposes every spot of a spatial transcriptomics section into cell-type "
        "proportions with a reference encoder pretrained on 11 million single-cell profiles. "
        "We provide a plug-in for spatial analysis frameworks and a simulator for generating "
        "benchmark mixtures from any annotated reference.",
    )
    assert f["family"].value != "benchmark"


# ---- lexicon-19 guards: the round-eighteen review's findings (each failed before the mends) ---
P_QUORIN = (
    "We present Quorin, a foundation model for single-cell RNA-seq that predicts "
    "transcriptional responses to genetic perturbations."
)
OPEN_QUORIN = (
    "We present Quorin, a foundation model for single-cell RNA-seq that integrates datasets "
    "across donors and annotates cell types."
)


@pytest.mark.parametrize(
    "body, task",
    [
        (
            f"{P_QUORIN} Quorin cannot predict the effects of combinations of more than two "
            "perturbations.",
            "trajectory_perturbation",
        ),
        (
            f"{P_QUORIN} Unlike linear baselines, Quorin does not predict the same mean response "
            "for every perturbation.",
            "trajectory_perturbation",
        ),
        (
            f"{OPEN_QUORIN} We do not correct batch effects before training; Quorin learns them "
            "away.",
            "integration",
        ),
        (
            f"{OPEN_QUORIN} We do not annotate the cells by hand; Quorin transfers labels from a "
            "reference atlas.",
            "annotation",
        ),
        (
            f"{OPEN_QUORIN} Quorin does not perform explicit batch correction; instead, "
            "integration emerges from pretraining.",
            "integration",
        ),
        (
            "We present Quorin, a generative model of single-cell RNA-seq that simulates realistic "
            "cells. Quorin does not generate cells from noise alone: it conditions on cell type.",
            "generation",
        ),
    ],
)
def test_a_limitation_or_a_denied_means_keeps_the_task(body, task):
    assert task in extract("Quorin: a model", body)["tasks"].value


def test_held_out_prompts_the_model_never_sees_keep_its_text():
    f = extract(
        "Quorin: instruction-tuned language model for cells",
        "We present Quorin, a large language model fine-tuned on cell sentences and natural "
        "language instructions for single-cell RNA-seq annotation. Quorin never sees the "
        "evaluation prompts, so its answers reflect generalisation.",
    )
    assert "text" in f["modalities"].value


@pytest.mark.parametrize(
    "said, task",
    [
        (
            "Quorin integrates datasets across 40 donors, outperforming integration performed with "
            "existing tools.",
            "integration",
        ),
        (
            "Quorin has already been used to annotate over 50 million cells in three atlas "
            "projects.",
            "annotation",
        ),
        (
            "Gene embeddings have previously been used for annotation, and Quorin extends them to "
            "integrate batches across donors.",
            "integration",
        ),
        (
            "Cells from twelve laboratories were annotated with Quorin before trajectory analysis.",
            "annotation",
        ),
    ],
)
def test_the_models_own_act_beside_earlier_work_or_tools_counts(said, task):
    f = extract(
        "Quorin: a model", f"We present Quorin, a foundation model for single-cell RNA-seq. {said}"
    )
    assert task in f["tasks"].value


def test_labels_the_model_assigns_from_its_own_measurements_keep_them():
    f = extract(
        "Quorin: a model",
        "We present Quorin, a multimodal model that annotates cells. Cell-type labels are "
        "assigned to each cell by Quorin from its RNA and surface protein measurements.",
    )
    assert "protein" in f["modalities"].value


def test_data_collected_to_test_the_model_and_applied_to_it_is_read():
    f = extract(
        "Quorin: a model",
        "We present Quorin, a foundation model for single-cell RNA-seq that annotates cell types. "
        "To assess whether Quorin generalises to new assays, we collected CITE-seq data from 3 "
        "donors and applied Quorin to both RNA and protein.",
    )
    assert "protein" in f["modalities"].value


@pytest.mark.parametrize(
    "body",
    [
        "We present Quorin, a model that uses paired scATAC-seq and scRNA-seq profiles to learn "
        "how chromatin accessibility regulates gene expression in each cell type.",
        "We present Quorin, which reads DNA sequence together with measured scRNA-seq expression "
        "of 2 million cells and learns how variants modulate expression across cell types.",
        "We present Quorin, which takes DNA sequence and single-cell RNA-seq profiles and tracks "
        "how regulatory variants shift cell-type expression.",
    ],
)
def test_expression_a_model_reads_beside_regulation_words_stays_rna(body):
    assert "rna" in extract("Quorin: regulatory model", body)["modalities"].value


@pytest.mark.parametrize(
    "body",
    [
        "We present Quorin, a model trained on single-cell RNA-seq of cancer cell lines that "
        "predicts drug-target interactions for 2,000 compounds.",
        "We present Quorin, a model that predicts drug sensitivity of tumour cells from "
        "single-cell RNA-seq, using pathway activity scores as input features.",
    ],
)
def test_drug_targets_and_pathway_features_are_no_regulatory_inference(body):
    assert "regulatory_inference" not in extract("Quorin: a model", body)["tasks"].value


@pytest.mark.parametrize(
    "said",
    [
        "A linear probe trained on perturbation labels recovers the targeted gene from Quorin "
        "embeddings.",
        "Quorin returns the cell's type-specific response to each knockout.",
        "Quorin identifies perturbed cells with an F1 of 0.91.",
        "Quorin clusters the cells; we named the clusters using canonical marker genes.",
    ],
)
def test_labels_of_other_kinds_and_people_naming_clusters_are_no_annotation(said):
    assert "annotation" not in extract("Quorin: a model", f"{P_QUORIN} {said}")["tasks"].value


def test_cells_identified_with_a_percent_accuracy_are_annotation():
    f = extract(
        "Quorin: a model",
        "We present Quorin, a foundation model for single-cell RNA-seq. A classifier on Quorin "
        "embeddings identifies T cells and B cells with 94% accuracy.",
    )
    assert "annotation" in f["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "We present Quorin, a contrastive model that aligns single-cell and text data in a "
        "shared space for retrieval of cells by natural language queries.",
        "We present Quorin, a foundation model for single-cell RNA-seq. We merged samples from "
        "12 donors into one training corpus of 2 million cells.",
    ],
)
def test_cells_aligned_with_text_or_a_corpus_assembled_are_no_integration(body):
    assert "integration" not in extract("Quorin: a model", body)["tasks"].value


def test_tools_a_benchmark_excludes_give_it_no_task():
    f = extract(
        "PertBench: benchmarking single-cell foundation models for perturbation prediction",
        "We present PertBench, a benchmark of single-cell foundation models for predicting "
        "transcriptional responses to genetic perturbations in scRNA-seq. We evaluate nine "
        "models on unseen single-gene perturbations and cell-line transfer. We exclude models "
        "such as Tanglewood and celltopos, which perform spatial deconvolution.",
    )
    assert "spatial_mapping" not in f["tasks"].value


def test_antibodies_that_hash_samples_are_no_protein():
    f = extract(
        "Quorin: a model",
        "We present Quorin, a foundation model for single-cell RNA-seq trained on 10 million "
        "cells; samples were multiplexed with oligonucleotide-barcoded antibodies (cell "
        "hashing).",
    )
    assert "protein" not in f["modalities"].value


def test_an_mrna_sequence_model_reads_no_expression():
    f = extract(
        "Quorin: a language model of mRNA",
        "We present Quorin, a language model pretrained on mRNA untranslated regions and codon "
        "sequences that predicts translation efficiency.",
    )
    assert "rna" not in f["modalities"].value


def test_expression_predicted_from_stained_sections_is_spatial_mapping():
    f = extract(
        "Quorin: a model",
        "We present Quorin, a model that predicts gene expression from H&E images of tumour "
        "sections.",
    )
    assert "spatial_mapping" in f["tasks"].value


def test_a_non_benchmark_models_result_after_a_borrowed_metric_counts():
    f = extract(
        "Quorin: a model",
        "We present Quorin, a foundation model for single-cell RNA-seq. Adopting the metrics "
        "from the scIB benchmark, Quorin achieves the best batch integration across 12 datasets.",
    )
    assert "integration" in f["tasks"].value


# ---- lexicon-19 guards: the second review's findings (each failed before these mends) ----
A_QUORIN = (
    "We present Quorin, a foundation model for single-cell RNA-seq that annotates cell types."
)
G_QUORIN = (
    "We present Quorin, a generative model of single-cell RNA-seq that simulates realistic cells."
)


@pytest.mark.parametrize(
    "title, body, task",
    [
        ("Quorin: a model", f"{G_QUORIN} Quorin cannot annotate cell types.", "annotation"),
        (
            "Quillet: plates brought together",
            "Quillet removes plate and batch effects from large compound screens. Quillet does "
            "not predict responses to compounds; instead, it corrects plate effects.",
            "drug_response",
        ),
        (
            "Quorin: a model",
            f"{A_QUORIN} Quorin is not designed to predict the effects of genetic perturbations "
            "beyond its training set.",
            "trajectory_perturbation",
        ),
        (
            "Quorin: a model",
            f"{OPEN_QUORIN} Transfer learning has long been used for drug response prediction.",
            "drug_response",
        ),
        (
            "Quorin: a model",
            f"{A_QUORIN} Trajectories were inferred using standard tools on the annotated cells.",
            "trajectory_perturbation",
        ),
    ],
)
def test_denials_earlier_work_and_other_tools_give_no_task(title, body, task):
    assert task not in extract(title, body)["tasks"].value


@pytest.mark.parametrize(
    "body, task",
    [
        (
            f"{A_QUORIN} Quorin embeddings have already been used to integrate 40 donors in three "
            "atlas projects.",
            "integration",
        ),
        (f"{A_QUORIN} Quorin sorts the neurons into 14 types by their expression.", "annotation"),
        (
            f"{P_QUORIN} A linear classifier trained on expert labels transfers them to new "
            "donors.",
            "annotation",
        ),
    ],
)
def test_the_models_own_history_and_sorting_count(body, task):
    assert task in extract("Quorin: a model", body)["tasks"].value


@pytest.mark.parametrize(
    "title, body, layer",
    [
        (
            "Quorin: regulatory model",
            "We present Quorin, a model that uses paired scATAC-seq and scRNA-seq profiles to "
            "learn how enhancers regulate gene expression in each cell type.",
            "rna",
        ),
        (
            "Quorin: a model",
            "We present Quorin, a joint model of RNA and protein measured in the same cells.",
            "rna",
        ),
        (
            "Quorin: a model",
            f"{A_QUORIN} To assess whether Quorin generalises to new assays, we collected "
            "CITE-seq data from 3 donors and ran Quorin on both RNA and protein.",
            "protein",
        ),
    ],
)
def test_layers_the_model_reads_beside_tricky_words_stay(title, body, layer):
    assert layer in extract(title, body)["modalities"].value


@pytest.mark.parametrize(
    "title, body, layer",
    [
        (
            "Quorin: chromatin cells",
            "We present Quorin, a model that annotates cell types from single-cell ATAC-seq. "
            "Labels were assigned by the original study using scRNA-seq and surface protein "
            "markers.",
            "protein",
        ),
        (
            "Farrowdeep: accessibility from sequence",
            "Farrowdeep predicts chromatin accessibility from 400 kb of DNA sequence. It is "
            "trained on RNA-seq, CAGE and DNase tracks from human and mouse.",
            "rna",
        ),
    ],
)
def test_label_sources_and_training_tracks_are_not_read(title, body, layer):
    assert layer not in extract(title, body)["modalities"].value


def test_datasets_integrated_into_a_portal_or_corpus_are_no_integration():
    f = extract(
        "Quorin: a model",
        f"{A_QUORIN} Quorin was trained on 30 million cells from 800 datasets and is integrated "
        "into a public web portal.",
    )
    assert "integration" not in f["tasks"].value


def test_a_future_sentence_with_a_named_assay_after_and_stays_future():
    f = extract(
        "Quorin: a model",
        f"{A_QUORIN} Future work will apply Quorin to CRISPR screens, and Perturb-seq profiles "
        "will show whether it predicts perturbation responses.",
    )
    assert "trajectory_perturbation" not in f["tasks"].value


@pytest.mark.parametrize(
    "said",
    [
        "predicts the expression of 250 genes from H&E-stained tissue images",
        "predicts gene expression directly from routine histology slides",
        "infers gene expression from H&E images of tumour sections",
        "predicts transcriptomes from H&E images",
    ],
)
def test_expression_predicted_from_the_stain_in_further_words_is_spatial_mapping(said):
    f = extract("Quorin: a model", f"We present Quorin, a model that {said}.")
    assert "spatial_mapping" in f["tasks"].value


def test_antibodies_used_to_pool_samples_are_no_protein():
    f = extract(
        "Quorin: a model",
        "We present Quorin, a foundation model for single-cell RNA-seq trained on 10 million "
        "cells; samples were labelled with barcoded antibodies and pooled for multiplexed "
        "sequencing.",
    )
    assert "protein" not in f["modalities"].value


@pytest.mark.parametrize(
    "hoped",
    [
        "We expect its peak embeddings to help gene regulatory network inference as well.",
        "Shared labels ease batch integration of atlases, which we hope this resource will make "
        "routine.",
    ],
)
def test_a_task_hoped_for_is_not_the_models(hoped):
    f = extract(
        "Tern",
        f"Tern is an encoder pretrained on 12 million nuclei that annotates cell types. {hoped}",
    )
    assert f["tasks"].value == ["annotation"]


@pytest.mark.parametrize(
    "elsewhere",
    [
        "Its scores at batch integration, reported elsewhere, did not rank the models here.",
        "Integration of its embeddings across donors is reported in a companion paper.",
    ],
)
def test_a_task_reported_in_other_work_is_not_the_models(elsewhere):
    f = extract(
        "Tern",
        "Tern is an encoder pretrained on 12 million nuclei that annotates cell types. "
        + elsewhere,
    )
    assert f["tasks"].value == ["annotation"]


def test_a_hope_after_and_leaves_the_clause_before_it():
    f = extract(
        "Tern",
        "Tern is a foundation model. Tern annotates cell types in scATAC-seq and CITE-seq data, "
        "and we expect it will generalise to new tissues.",
    )
    assert "annotation" in f["tasks"].value and "atac" in f["modalities"].value


@pytest.mark.parametrize(
    "body",
    [
        "Tern annotates cell types in 40 tissues of the cohort described elsewhere [12].",
        "Tern annotates cell types on the atlas presented in a companion paper.",
    ],
)
def test_data_described_in_other_work_leave_the_task(body):
    f = extract("Tern", "Tern is an encoder pretrained on 12 million nuclei. " + body)
    assert "annotation" in f["tasks"].value


def test_a_belief_about_what_the_model_does_is_not_a_hope():
    f = extract(
        "Tern",
        "Tern is an encoder pretrained on 12 million nuclei. We believe Tern is the first encoder "
        "that annotates cell types and integrates batches across donors in one pass.",
    )
    assert {"annotation", "integration"} <= set(f["tasks"].value)


@pytest.mark.parametrize(
    "reference",
    [
        "On knockdown-derived gold standards for T cells, Tern's networks recover factor targets "
        "better than co-expression.",
        "Tern's networks were scored against genome-scale knockdowns in two cell lines.",
        "For 90 programs derived from knockdown experiments, the silenced factor is among Tern's "
        "top three regulators in half of the cases.",
    ],
)
def test_perturbation_data_that_only_score_the_networks_are_not_a_task(reference):
    f = extract(
        "Tern",
        "Tern infers gene regulatory networks from the attention of a pretrained cell encoder. "
        + reference,
    )
    assert f["tasks"].value == ["regulatory_inference"]


def test_a_task_outside_the_models_own_scope_is_not_the_models():
    f = extract(
        "Tern",
        "Tern is an encoder pretrained on 12 million nuclei that annotates cell types. Batch "
        "integration of serial sections is outside Tern's scope.",
    )
    assert f["tasks"].value == ["annotation"]


def test_a_task_denied_in_the_passive_is_not_read_from_that_sentence():
    f = extract(
        "Tern",
        "Tern predicts the transcriptome a gene knockout produces in unscreened cell types. "
        "Drug perturbations are not modelled.",
    )
    assert f["tasks"].value == ["trajectory_perturbation"]


def test_a_task_said_beside_a_passive_denial_of_another_still_counts():
    f = extract(
        "Tern",
        "Tern predicts the transcriptome a gene knockout produces in unscreened cell types. "
        "Tern also predicts drug responses of tumour cells. Responses to drug combinations are "
        "not modelled.",
    )
    assert "drug_response" in f["tasks"].value


def test_a_spatial_model_that_says_it_does_not_map_cells_gets_no_spatial_mapping():
    f = extract(
        "Tern",
        "Tern is a vision transformer pretrained on 9,000 multiplexed tissue images that "
        "phenotypes cells and identifies multicellular niches in spatial proteomics data. Tern "
        "cannot map dissociated single-cell data onto tissue or deconvolve spot-based assays.",
    )
    assert "spatial_mapping" not in f["tasks"].value


@pytest.mark.parametrize(
    "labels",
    [
        "Fine-tuned on a small reference, Tern labels cell types in unseen scATAC atlases.",
        "Asked about a tumour section, Tern ran deconvolution, and then it labelled cell types "
        "and niches.",
        "We test it on labelling cell types in five new tissues.",
    ],
)
def test_labelling_cell_types_is_annotation(labels):
    f = extract("Tern", "Tern is a pretrained encoder of single nuclei. " + labels)
    assert "annotation" in f["tasks"].value


def test_cells_labelled_to_train_the_model_are_no_annotation():
    f = extract(
        "Tern",
        "Tern predicts the expression a gene knockout produces in unscreened cell types. To "
        "train it, we labelled cells by their guide.",
    )
    assert "annotation" not in f["tasks"].value


def test_cells_labelled_by_an_external_model_to_check_them_are_no_annotation():
    f = extract(
        "Tern",
        "Tern is a diffusion model that generates synthetic single-cell profiles conditioned on "
        "tissue and donor. To check the simulated cells, we labelled them with a separate, "
        "externally trained annotation model.",
    )
    assert f["tasks"].value == ["generation"]


def test_a_task_named_only_as_where_a_score_comes_from_is_not_the_models():
    f = extract(
        "Tern",
        "Tern predicts the transcriptome a gene knockout produces in unscreened cell types. We "
        "adopt the rank-based score introduced by drug response benchmarks.",
    )
    assert f["tasks"].value == ["trajectory_perturbation"]


def test_a_harmonised_atlas_released_is_no_integration():
    f = extract(
        "Tern",
        "Tern predicts which tumour cells survive each drug from their expression. We release "
        "the model and the harmonised mouse treatment atlas.",
    )
    assert "integration" not in f["tasks"].value


def test_harmonised_atlases_the_model_makes_are_integration():
    f = extract(
        "Tern",
        "Tern is an agent that takes raw counts to annotated, harmonised atlases without a human "
        "in the loop.",
    )
    assert "integration" in f["tasks"].value


@pytest.mark.parametrize(
    "body",
    [
        "Tern predicts responses of tumour cells to drugs that were not tested in the screen.",
        "Tern predicts responses of tumour cells to compounds that are not modelled by existing "
        "methods.",
    ],
)
def test_a_passive_denial_inside_a_relative_clause_leaves_the_task(body):
    f = extract("Tern", "Tern is an encoder pretrained on 12 million cells. " + body)
    assert "drug_response" in f["tasks"].value


def test_a_passive_denial_after_and_denies_only_its_own_subject():
    f = extract(
        "Tern",
        "Tern is an encoder pretrained on 12 million cells. Tern annotates cell types in 40 "
        "tissues and rare subtypes were not considered.",
    )
    assert "annotation" in f["tasks"].value


def test_a_passive_denial_with_an_adverb_is_a_denial():
    f = extract(
        "Tern",
        "Tern predicts the transcriptome a gene knockout produces in unscreened cell types. "
        "Drug perturbations are not explicitly modelled.",
    )
    assert f["tasks"].value == ["trajectory_perturbation"]


def test_labels_of_independent_methods_the_output_agrees_with_leave_the_task():
    f = extract(
        "Tern",
        "Tern is an encoder pretrained on 12 million cells from single-cell RNA-seq. Tern "
        "annotates cell types in 40 tissues, agreeing with labels assigned by independent "
        "methods.",
    )
    assert "annotation" in f["tasks"].value


def test_a_benchmarks_metrics_for_a_task_keep_the_task():
    f = extract(
        "BenchX",
        "We introduce BenchX, a benchmark of single-cell RNA-seq methods. BenchX ranks 12 "
        "methods with metrics designed for cell type annotation.",
    )
    assert "annotation" in f["tasks"].value


def test_a_task_said_after_where_a_metric_comes_from_still_counts():
    f = extract(
        "Tern",
        "Tern predicts the transcriptome a gene knockout produces in unscreened cell types. On "
        "metrics defined by the Norman screen, Tern also predicts drug responses of tumour cells.",
    )
    assert "drug_response" in f["tasks"].value


def test_a_harmonised_atlas_the_model_builds_is_integration():
    f = extract(
        "Tern",
        "Tern is an encoder pretrained on 12 million cells. Tern builds a harmonised atlas of 40 "
        "studies from raw counts.",
    )
    assert "integration" in f["tasks"].value


def test_a_release_that_covers_integration_keeps_it():
    f = extract(
        "Tern",
        "Tern is an encoder pretrained on 12 million cells. The current release supports "
        "label projection and batch integration of new datasets.",
    )
    assert "integration" in f["tasks"].value


def test_a_model_of_antibody_sequences_from_single_b_cells_gets_no_rna_prior():
    f = extract(
        "Tarnby: a paired-chain antibody model",
        "Tarnby is a transformer trained on four million paired heavy- and light-chain "
        "sequences recovered from single B cells of 300 donors. It predicts which light "
        "chains pair with a given heavy chain.",
    )
    assert "rna" not in f["modalities"].value


def test_a_cell_model_that_carries_genes_across_species_by_protein_sequence_keeps_rna():
    f = extract(
        "Fernwick: a cell model across species",
        "Fernwick embeds every gene by its protein sequence, so cells of species never seen "
        "in pretraining can be read. It labels cell types in frog and zebrafish cells "
        "without fine-tuning.",
    )
    assert "rna" in f["modalities"].value


def test_cell_autonomous_is_no_act_of_an_agent():
    from agent.extract.lexicon import AGENT_ACTIONS

    text = "The language model shows that the effect of the knockout is cell-autonomous."
    assert not AGENT_ACTIONS.search(text)


def test_a_system_of_literature_search_and_analysis_agents_is_agentic():
    f = extract(
        "Quernstone",
        "Quernstone: automated hypothesis loop for drug repurposing - a multi-agent system of "
        "literature-search agents and a data-analysis agent. Its search agents propose "
        "candidate compounds; the analysis agent reads the single-cell screens that follow "
        "and chooses the next round.",
    )
    assert f["agentic"].value is True


def test_a_repertoire_model_that_reads_expression_beside_receptor_sequences_keeps_rna():
    f = extract(
        "Ashgrove: T cells read by their receptors and their genes",
        "Ashgrove represents single T cells from their TCR sequences and the expression of "
        "2,000 genes, and labels each cell's state.",
    )
    assert "rna" in f["modalities"].value


def test_sequences_named_only_as_the_contrast_leave_the_rna_prior_alone():
    f = extract(
        "Holt: a cell model",
        "Holt is pretrained on 30 million single cells from 400 donors. It labels cell types "
        "and cell states in new tissues. Unlike antibody models trained on amino-acid "
        "sequences, it needs no receptor data.",
    )
    assert "rna" in f["modalities"].value


# ---- lexicon-22: tasks said by others, for show, or as a field's range; tasks in other words --


def test_a_task_the_model_is_level_with_prior_models_on_is_its_own():
    f = extract(
        "Tern",
        "Tern is an encoder pretrained on 12 million cells that predicts cell fate. On cell-type "
        "classification across nine organs it matches prior models.",
    )
    assert "annotation" in f["tasks"].value


def test_a_task_earlier_models_were_evaluated_on_is_not_the_models():
    f = extract(
        "Tern",
        "Tern is an encoder pretrained on 12 million cells that annotates cell types in new "
        "tissues. Earlier pretrained transcriptome models were mostly evaluated on batch "
        "integration.",
    )
    assert f["tasks"].value == ["annotation"]


def test_labelling_cell_types_as_the_fields_range_is_not_a_task():
    f = extract(
        "Tern",
        "From labelling cell types to finding drug targets, cell biology needs general models. "
        "Tern is an encoder pretrained on 30 million cells whose embeddings remove batch effects "
        "across 40 studies.",
    )
    assert f["tasks"].value == ["integration"]


def test_a_figure_the_system_annotates_is_no_cell_annotation():
    f = extract(
        "Tern",
        "Tern is a team of LLM agents that integrates single-cell datasets across batches. Its "
        "critic annotates each figure with the scores it used.",
    )
    assert f["tasks"].value == ["integration"]


def test_annotation_code_the_agent_writes_is_annotation():
    f = extract(
        "Tern",
        "Tern is an LLM agent for single-cell RNA-seq data: it writes and runs its own "
        "quality-control, clustering and annotation code.",
    )
    assert "annotation" in f["tasks"].value


def test_a_task_the_authors_have_not_attempted_is_not_the_models():
    f = extract(
        "Tern",
        "Tern is an accessibility model pretrained on 5 million nuclei whose embeddings integrate "
        "datasets across laboratories. Gene regulatory network inference is a natural extension "
        "that we have not attempted.",
    )
    assert f["tasks"].value == ["integration"]


def test_a_step_done_only_for_display_is_not_a_task():
    f = extract(
        "Tern",
        "Tern is a transcriptome model pretrained on 20 million cells that predicts the response "
        "of each tumour cell to targeted drugs. Pseudotime was computed only to order cells for "
        "display.",
    )
    assert f["tasks"].value == ["drug_response"]


def test_a_step_performed_by_analysts_is_not_the_models():
    f = extract(
        "Tern",
        "Tern is a language model that runs quality-control tools on droplet single-cell data. "
        "Cell-type labelling, performed by the analysts with standard tools, was unaffected.",
    )
    assert "annotation" not in f["tasks"].value


def test_a_step_performed_with_existing_classifiers_is_not_the_models():
    f = extract(
        "Tern",
        "Tern is a transformer pretrained on 6 million cells whose embeddings remove batch "
        "effects across 200 studies. Cell-type labelling in the integrated space was performed "
        "with existing classifiers.",
    )
    assert f["tasks"].value == ["integration"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Its embeddings order exhausted T-cell states along the path to dysfunction.",
        "It reconstructs the progression from stem-like to terminally exhausted T cells.",
        "Its embeddings ordered the cells along a continuous developmental axis.",
    ],
)
def test_cells_ordered_along_a_progression_are_a_trajectory(sentence):
    f = extract("Tern", "Tern is a transformer pretrained on 9 million tumour cells. " + sentence)
    assert "trajectory_perturbation" in f["tasks"].value


def test_transcription_factors_nominated_in_the_passive_are_regulatory_inference():
    f = extract(
        "Tern",
        "Tern is an LLM agent that processes single-nucleus ATAC-seq data. Transcription factors "
        "that distinguish the clusters are nominated from motif deviations.",
    )
    assert "regulatory_inference" in f["tasks"].value


def test_cells_that_tolerate_a_drug_are_a_drug_response():
    f = extract(
        "Tern",
        "Tern is an accessibility model pretrained on 2 million nuclei that predicts which "
        "untreated glioma cells tolerate BET inhibition.",
    )
    assert f["tasks"].value == ["drug_response"]


def test_data_the_studies_generated_is_no_generation():
    f = extract(
        "Tern",
        "Tern is a transformer pretrained on 6 million cells whose embeddings remove batch "
        "effects across studies, read from the methods sections of the papers that generated "
        "the data.",
    )
    assert f["tasks"].value == ["integration"]


def test_cell_types_an_experiment_needs_depth_to_distinguish_are_not_annotation():
    f = extract(
        "Tern",
        "Tern is a simulator that generates realistic single-cell count data. We use it to choose "
        "the sequencing depth needed to distinguish cell types.",
    )
    assert f["tasks"].value == ["generation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ambient RNA can create batch effects and spurious differences.",
        "It can also simulate batch effects between plates.",
        "Differential expression is tested adjusting for batch.",
    ],
)
def test_batch_effects_named_but_not_removed_are_no_integration(sentence):
    f = extract(
        "Tern",
        "Tern is a transformer pretrained on 8 million cells that annotates cell types. "
        + sentence,
    )
    assert f["tasks"].value == ["annotation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "It removes multi-level, complex batch effects across patients.",
        "Steps include correction of donor and batch effects.",
        "It gives batch-corrected embeddings of every donor.",
    ],
)
def test_batch_effects_removed_are_integration(sentence):
    f = extract("Tern", "Tern is a transformer pretrained on 8 million cells. " + sentence)
    assert "integration" in f["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Asked about held-out clusters, Tern named the cell type correctly in 80% of cases.",
        "Trained on human labels alone, Tern transferred cell identities to zebrafish.",
        "Rare populations could then be labelled in atlases that never measured protein.",
        "Tern enables reference-driven labelling of cells in new datasets.",
        "Tern is fine-tuned to predict several cell-state labels at once.",
    ],
)
def test_cell_types_named_in_further_words_are_annotation(sentence):
    f = extract("Tern", "Tern is a transformer pretrained on 9 million cells. " + sentence)
    assert "annotation" in f["tasks"].value


def test_cells_the_model_writes_are_generation():
    f = extract(
        "Tern",
        "Tern is a diffusion transformer trained on 30 million cells that writes realistic cells "
        "for under-sampled tissues.",
    )
    assert f["tasks"].value == ["generation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "For merging batches and donors, Tern beats scVI on every scIB score.",
        "Tern corrects donor and laboratory effects better than MultiVI.",
        "RNA-only datasets from 12 studies could be placed in the joint embedding.",
    ],
)
def test_data_of_several_sources_brought_together_in_further_words_are_integration(sentence):
    f = extract("Tern", "Tern is a transformer pretrained on 9 million nuclei. " + sentence)
    assert "integration" in f["tasks"].value


def test_cells_and_text_placed_in_one_space_are_no_integration():
    f = extract(
        "Tern",
        "Tern is a dual encoder that places single-cell transcriptomes and natural-language "
        "descriptions in a shared embedding space, so that a query retrieves matching cells. It "
        "annotates cell types zero-shot.",
    )
    assert f["tasks"].value == ["annotation"]


@pytest.mark.parametrize(
    "sentence, task",
    [
        (
            "Tern automates cell-type annotation, a task traditionally performed by experts.",
            "annotation",
        ),
        (
            "Tern predicts responses to unseen drug combinations, a task earlier models have not "
            "attempted.",
            "drug_response",
        ),
        ("Tern embeddings are sufficient to distinguish cell types.", "annotation"),
        ("Tern learns the features needed to identify rare cell types.", "annotation"),
        ("For illustration, Tern integrates two pancreas datasets.", "integration"),
    ],
)
def test_the_models_own_task_beside_words_of_others_steps_still_counts(sentence, task):
    f = extract("Tern", "Tern is a transformer pretrained on 9 million cells. " + sentence)
    assert task in f["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Tern explicitly models batch effects as a latent covariate.",
        "Tern accounts for batch effects across 40 studies.",
        "Tern separates technical batch effects from biological variation.",
        "Tern corrects for batch and donor effects.",
    ],
)
def test_batch_effects_the_model_handles_are_integration(sentence):
    f = extract("Tern", "Tern is a transformer pretrained on 9 million cells. " + sentence)
    assert "integration" in f["tasks"].value


def test_data_without_batch_effects_is_no_integration():
    f = extract(
        "Tern",
        "Tern is a transformer that annotates cell types. It was pretrained on data without "
        "batch effects.",
    )
    assert f["tasks"].value == ["annotation"]


def test_cells_that_divide_are_no_generation():
    f = extract(
        "Tern",
        "Tern is a transformer pretrained on 9 million cells that annotates cell types. Neural "
        "stem cells produce new cells throughout life.",
    )
    assert f["tasks"].value == ["annotation"]


def test_cell_types_the_authors_labelled_are_not_the_models_annotation():
    f = extract(
        "Tern",
        "Tern infers the lineages of progenitor cells. It was benchmarked on datasets whose cell "
        "types were labelled by the original authors.",
    )
    assert f["tasks"].value == ["trajectory_perturbation"]


def test_a_task_the_model_is_not_trained_or_used_for_is_not_its_own():
    f = extract(
        "Tern",
        "Tern infers gene regulatory networks from the attention of a pretrained cell encoder. "
        "Tern is not trained or used to predict the outcome of perturbations.",
    )
    assert f["tasks"].value == ["regulatory_inference"]


@pytest.mark.parametrize(
    "sentence",
    [
        "To rank candidates, the agent queries perturbation signature databases.",
        "Its networks score better on perturbation-based standards than on binding data.",
    ],
)
def test_perturbation_data_as_a_reference_is_no_task(sentence):
    f = extract(
        "Tern",
        "Tern is an LLM agent that infers gene regulatory networks from single-cell data. "
        + sentence,
    )
    assert f["tasks"].value == ["regulatory_inference"]


# ---- lexicon-23: agents told by their acts, tasks checked against data or done elsewhere ------


def test_an_llm_that_chooses_and_runs_methods_and_retries_is_agentic():
    f = extract(
        "Tern: building cell atlases from public repositories",
        "Tern is a system in which a large language model plans and carries out these steps. It "
        "queries GEO, CELLxGENE and ArrayExpress, chooses and runs an alignment method, checks "
        "mixing and conservation metrics, and retries with other settings when they fall short.",
    )
    assert f["agentic"].value is True


def test_an_llm_that_decides_what_to_examine_and_goes_back_to_the_data_is_agentic():
    f = extract(
        "Tern: explaining screen hits",
        "Tern is driven by a large language model that decides which perturbations to examine, "
        "runs enrichment routines on the cells and goes back to the data when evidence conflicts.",
    )
    assert f["agentic"].value is True


def test_a_language_model_that_queries_one_database_is_not_agentic():
    f = extract(
        "Tern: a text-expression model of immune cells",
        "Tern aligns cell embeddings with a language model of gene descriptions from the NCBI "
        "database. It labels immune cells in new single-cell datasets.",
    )
    assert f["agentic"].value is False


def test_a_task_in_an_opening_contrast_clause_is_the_others():
    f = extract(
        "Tern",
        "Tern is a transformer pretrained on 25 million cells that labels cell types zero-shot. "
        "Unlike approaches that mine papers to assemble regulatory networks, we use text only to "
        "seed the gene vocabulary.",
    )
    assert f["tasks"].value == ["annotation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Across eight datasets with matched ChIP-seq and Perturb-seq ground truth, its regulons "
        "recovered validated targets.",
        "Its regulons matched targets of knockdown signatures from public screens, used here "
        "purely as ground truth.",
        "The Perturb-seq screens serve only as a yardstick.",
    ],
)
def test_perturbation_data_kept_as_the_truth_is_no_task(sentence):
    f = extract(
        "Tern",
        "Tern infers regulons specific to each cell state from single-cell expression. " + sentence,
    )
    assert f["tasks"].value == ["regulatory_inference"]


def test_a_denied_forecast_of_a_knockout_or_compound_denies_the_task():
    f = extract(
        "Tern",
        "Tern is pretrained on 14 million cells, together with 3 million cells from CRISPR and "
        "compound screens, and labels cell states in new tumours. Tern does not forecast what a "
        "knockout or compound will do.",
    )
    assert f["tasks"].value == ["annotation"]


def test_a_path_taken_from_prior_work_is_not_the_models_trajectory():
    f = extract(
        "Tern",
        "Tern is a transformer pretrained on 9 million T cells that annotates cell types. The "
        "differentiation path from progenitor to terminal exhaustion is taken from prior "
        "lineage-tracing work.",
    )
    assert f["tasks"].value == ["annotation"]


def test_a_correction_done_before_the_modelling_is_not_the_models_integration():
    f = extract(
        "Tern",
        "Tern links distal enhancers to the genes they control from single-cell multiome data. "
        "Before modelling we corrected donor effects with Harmony.",
    )
    assert f["tasks"].value == ["regulatory_inference"]


def test_a_knockdown_at_the_bench_during_directed_differentiation_is_no_task():
    f = extract(
        "Tern",
        "Tern is a transformer pretrained on 27 million cells that tells adult from fetal "
        "hepatocytes. In the laboratory, siRNA knockdown of two top genes during directed "
        "differentiation lowered albumin secretion.",
    )
    assert "trajectory_perturbation" not in f["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "It is trained with a cohort-adversarial objective on 2,900 blood samples.",
        "It is trained so that samples from different cohorts share one space.",
    ],
)
def test_sources_made_indistinguishable_is_integration(sentence):
    f = extract(
        "Tern",
        "Tern pools the embeddings of a pretrained cell encoder into one vector per sample. "
        + sentence,
    )
    assert "integration" in f["tasks"].value


def test_forecasting_how_cells_shift_after_stimulation_is_perturbation():
    f = extract(
        "Tern",
        "Tern conditions a decoder over a pretrained immune-cell encoder on the protocol text, "
        "forecasting how each population's transcriptome shifts after stimulation.",
    )
    assert "trajectory_perturbation" in f["tasks"].value


@pytest.mark.parametrize(
    "body, task",
    [
        (
            "Tern is a transformer pretrained on 20 million cells. It predicts how knockout of "
            "any transcription factor alters the expression of its target genes.",
            "trajectory_perturbation",
        ),
        (
            "Tern predicts the effects of CRISPR knockouts on single-cell expression, with "
            "control cells used as the reference.",
            "trajectory_perturbation",
        ),
        (
            "Tern predicts how tumour cells respond to drugs from their expression. Unlike "
            "chemistry-aware models, Tern does not model the structure of each compound.",
            "drug_response",
        ),
        (
            "Tern is a transformer pretrained on 20 million cells. Before fine-tuning, Tern "
            "already annotates cell types zero-shot.",
            "annotation",
        ),
        (
            "Tern is a transformer pretrained on 20 million cells. The tokenizer is borrowed from "
            "published gene language models and Tern annotates cell types in new tissues.",
            "annotation",
        ),
        (
            "Unlike previous foundation models that need paired measurements Tern integrates "
            "scRNA-seq and scATAC-seq data from unpaired experiments.",
            "integration",
        ),
        (
            "Tern models directed differentiation of stem cells into beta cells.",
            "trajectory_perturbation",
        ),
        (
            "Tern reconstructs differentiation time courses from snapshot single-cell data.",
            "trajectory_perturbation",
        ),
        (
            "Tern predicts the effect of siRNA knockdown of each gene on the transcriptome.",
            "trajectory_perturbation",
        ),
    ],
)
def test_the_models_own_task_survives_the_new_discounts(body, task):
    assert task in extract("Tern", body)["tasks"].value


def test_an_adversarial_attack_on_donors_is_no_integration():
    f = extract(
        "Tern",
        "Tern annotates cell types. We test its robustness with a donor-adversarial attack on "
        "the input counts.",
    )
    assert f["tasks"].value == ["annotation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "We carried out all downstream analyses in Scanpy and verified the clustering metrics "
        "against expert labels.",
        "It annotates query PBMC and BMMC datasets and checks the quality of the transferred "
        "labels.",
    ],
)
def test_methods_sentences_beside_an_llm_embedding_are_not_agent_acts(sentence):
    f = extract(
        "Tern: an LLM embedding of cells",
        "Tern is built on a large language model that embeds cells from their ranked genes. "
        + sentence,
    )
    assert f["agentic"].value is False


@pytest.mark.parametrize(
    "body, task",
    [
        (
            "Given an observed profile and an instruction in words, Tern produces an edited "
            "profile that changes only what the instruction asks for.",
            "generation",
        ),
        (
            "Tern is a transformer pretrained on 4 million cells that predicts the early "
            "transcriptional response to held-out stimuli.",
            "trajectory_perturbation",
        ),
        (
            "Fine-tuned on time courses, Tern orders profiles along response time.",
            "trajectory_perturbation",
        ),
        (
            "Tern is a benchmark of analysis agents whose tasks cover population labelling in "
            "single-cell atlases.",
            "annotation",
        ),
    ],
)
def test_tasks_said_as_edits_responses_orderings_and_labelling(body, task):
    assert task in extract("Tern", body)["tasks"].value


# ---- lexicon-23, from probe20 and probe21: the authors' bench work, data origins, checks ------


@pytest.mark.parametrize(
    "sentence",
    [
        "We tested RUNX1 by siRNA knockdown in patient-derived fibroblasts.",
        "We characterised the population further by lineage tracing with a Cre-based reporter.",
        "It was pretrained on 2 million nuclei from adult hearts and from differentiation time "
        "courses.",
    ],
)
def test_the_authors_bench_work_and_data_origins_are_no_trajectory(sentence):
    f = extract("Tern", "Tern annotates cell types in single-cell atlases. " + sentence)
    assert f["tasks"].value == ["annotation"]


def test_transcriptomes_the_authors_profiled_from_tissue_are_not_generated_by_the_model():
    f = extract(
        "Tern",
        "We generated single-cell transcriptomes of 310,000 cells from organoids. Tern, a model "
        "pretrained on 16 million cells, annotates cell types in them.",
    )
    assert "generation" not in f["tasks"].value


def test_each_cell_assigned_its_nearest_population_is_annotation():
    f = extract(
        "Tern",
        "Tern, a model pretrained on 16 million cells, mapped organoid cells onto the primary "
        "reference, assigning each cell its nearest fetal population with a confidence score.",
    )
    assert "annotation" in f["tasks"].value


def test_the_transcription_factors_proposed_behind_a_state_are_regulatory_inference():
    f = extract(
        "Tern",
        "Tern answers questions about cells. Asked what drives a state, Tern proposed the "
        "transcription factors likely to be behind it.",
    )
    assert "regulatory_inference" in f["tasks"].value


def test_accessibility_used_only_for_an_independent_check_is_not_a_modality():
    f = extract(
        "Tern",
        "We pretrained Tern on 9 million nuclei from single-nucleus RNA-seq atlases and inferred "
        "regulons. As an independent check, we compared predicted targets with chromatin "
        "accessibility measured in matched multiome nuclei. The accessibility data were used "
        "only for this evaluation.",
    )
    assert f["modalities"].value == ["rna"]


def test_an_agent_that_reads_the_methods_sections_of_papers_works_on_text():
    f = extract(
        "Tern: assembling single-cell atlases from public repositories",
        "Tern is a system in which a large language model plans and carries out these steps. It "
        "queries GEO, CELLxGENE and ArrayExpress, reads the methods sections of the associated "
        "papers to extract donor information, chooses and runs an alignment method on the "
        "single-cell data, and retries with other settings when checks fail.",
    )
    assert f["agentic"].value is True and "text" in f["modalities"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "The stained images of each section were used only to align the sections.",
        "Stained images of a neighbouring section were used for anatomical orientation only.",
        "The stained images were consulted solely to interpret the predicted domains.",
    ],
)
def test_images_used_only_for_a_step_around_the_model_are_not_its_data(sentence):
    f = extract(
        "Tern",
        "Tern is a transformer pretrained on 20 million spots from Visium sections of the human "
        f"brain, each spot read with its spatial neighbours. {sentence}",
    )
    assert "histology" not in f["modalities"].value


@pytest.mark.parametrize(
    "step", ["define each cell's neighbourhood graph", "locate each cell's nearest neighbours"]
)
def test_coordinates_used_only_for_the_models_own_step_stay_its_data(step):
    f = extract(
        "Tern",
        "Tern is a transformer pretrained on 20 million dissociated cells. The spatial "
        f"coordinates of imaged cells are used only to {step}, which Tern reads with the cells' "
        "transcripts.",
    )
    assert "spatial" in f["modalities"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "The morphology images in each output folder were never read.",
        "The stained images that come with each Visium slide never entered the model.",
        "Histology images were available for every section but were not used.",
    ],
)
def test_a_layer_the_sentence_opens_on_and_says_was_never_read_is_denied(sentence):
    f = extract(
        "Tern",
        "Tern is a transformer pretrained on 20 million spots from Visium sections of the human "
        "brain, each spot read with its spatial neighbours and the H&E image tile under it. "
        f"{sentence}",
    )
    assert "histology" not in f["modalities"].value


def test_a_layer_not_used_for_one_stage_only_is_not_denied():
    f = extract(
        "Tern",
        "Tern is a transformer pretrained on 20 million spots from Visium sections, each spot "
        "read with the H&E image tile under it. The H&E images were not used for pretraining "
        "but were added as a second input for fine-tuning.",
    )
    assert "histology" in f["modalities"].value


def test_labels_checked_by_a_staining_assay_are_no_modality():
    f = extract(
        "Tern",
        "Tern is a transformer pretrained on 40 million single-cell transcriptomes that names "
        "cell types. We checked contested labels in the tonsil by CITE-seq surface staining.",
    )
    assert f["modalities"].value == ["rna"]


BACKED_BY_AN_EXPERIMENT = (
    "Tern is a transformer pretrained on 40 million single-cell transcriptomes that infers gene "
    "regulatory networks. In B cells it proposed IRF4 as a repressor of a plasma-cell "
    "programme, which CRISPRi knockdown with flow cytometry supported."
)


def test_the_assay_of_an_experiment_that_backed_a_result_is_no_modality():
    f = extract("Tern", BACKED_BY_AN_EXPERIMENT)
    assert f["modalities"].value == ["rna"]


def test_the_perturbation_of_an_experiment_that_backed_a_result_is_no_task():
    f = extract("Tern", BACKED_BY_AN_EXPERIMENT)
    assert "trajectory_perturbation" not in f["tasks"].value


def test_what_an_opening_contrast_says_other_methods_read_is_theirs():
    f = extract(
        "Tern",
        "Tern is a transformer pretrained on 40 million single-cell transcriptomes that infers "
        "gene regulatory networks. Unlike multiome pipelines, which link accessible chromatin "
        "to genes and need chromatin profiles of the same cells, Tern reads expression alone.",
    )
    assert "atac" not in f["modalities"].value


def test_profiles_of_dissociated_cells_are_cell_level_expression():
    f = extract(
        "Tern: predicting immunotherapy response from tumour biopsies",
        "Tern embeds each dissociated tumour-infiltrating profile with a pretrained transformer "
        "and pools the embeddings of a biopsy to predict response to checkpoint blockade.",
    )
    assert f["modalities"].value == ["rna"]


def test_accessible_regions_of_each_nucleus_beside_their_sequence_are_read():
    f = extract(
        "Tern: a pretrained model of paired chromatin and transcripts",
        "Tern represents each nucleus by its accessible regions, scanned for motifs in their "
        "DNA sequence, and by its expressed genes, and learns which regions predict each "
        "gene's expression.",
    )
    assert "atac" in f["modalities"].value


def test_genes_named_only_in_what_is_left_for_later_give_no_expression_prior():
    f = extract(
        "Tern: a foundation model for cryo-electron tomograms",
        "Tern is a masked autoencoder pretrained on 9,000 electron microscopy images of 30 cell "
        "types. Its "
        "embeddings separate membranes, ribosomes and mitochondria without labels. Cell states "
        "defined by single-cell transcriptomics might one day be linked to these structures.",
    )
    assert "rna" not in f["modalities"].value


def test_labels_embedded_by_a_language_model_are_text():
    f = extract(
        "Tern",
        "Tern merges single-cell studies using the labels their authors wrote: each label is "
        "embedded by a biomedical language model, and a transcriptome encoder is trained so "
        "that cells with similar labels come together.",
    )
    assert "text" in f["modalities"].value


def test_a_model_called_no_mapping_method_does_not_map():
    f = extract(
        "Tern: what happens to a tissue when a population goes missing",
        "Tern is a graph transformer pretrained on 40 million cells measured in situ by Xenium "
        "and CosMx across 12 organs, each cell represented by its transcripts and those of its "
        "spatial neighbours. Users delete a population from a section and Tern predicts how the "
        "expression of the remaining cells shifts. Tern is not a deconvolution or mapping "
        "method.",
    )
    assert "spatial_mapping" not in f["tasks"].value


def test_acts_listed_after_a_denied_one_are_denied_too():
    f = extract(
        "Tern: choosing gene panels for spatial transcriptomics",
        "Tern selects gene panels for imaging-based spatial transcriptomics from dissociated "
        "references. Tern does not analyse the resulting spatial data, map cells into tissue "
        "or integrate sections.",
    )
    assert "spatial_mapping" not in f["tasks"].value


def test_a_task_called_a_different_one_is_not_the_papers():
    f = extract(
        "Tern: cell-line embeddings and drug sensitivity",
        "We evaluated seven pretrained models on drug sensitivity prediction in 400 cancer cell "
        "lines. Perturbation-response prediction, which asks how expression changes under a "
        "drug, is a different task.",
    )
    assert "trajectory_perturbation" not in f["tasks"].value


def test_a_denied_forecast_narrowed_after_a_comma_keeps_the_task():
    f = extract(
        "Tern",
        "Tern is a language model that predicts the area under the dose-response curve of a "
        "drug in a cancer cell line from text. Tern does not predict how expression changes "
        "under a drug, only whether cells survive.",
    )
    assert "drug_response" in f["tasks"].value


def test_states_the_model_labelled_are_annotation():
    f = extract(
        "Tern",
        "Tern is a transformer pretrained on 9 million immune cells. Applied to 80 infusion "
        "products, it brought cells from five centres into one space and labelled 17 T-cell "
        "states.",
    )
    assert "annotation" in f["tasks"].value


def test_a_language_model_with_a_toolbox_that_scores_and_edits_in_rounds_is_agentic():
    f = extract(
        "Tern: gene panels chosen by a language model",
        "Tern is a language model connected to a toolbox: it reads the user's description of a "
        "study, retrieves single-cell references, proposes a candidate panel, simulates imaging "
        "of that panel on the references, scores how well the simulated data separate the "
        "populations, and edits the panel in response, for up to 20 rounds.",
    )
    assert f["agentic"].value is True


def test_representations_derived_from_seven_models_make_a_benchmark():
    f = extract(
        "Tern: foundation model embeddings and drug sensitivity",
        "Several single-cell foundation models report that their embeddings improve drug "
        "sensitivity prediction. We tested this claim under matched conditions. For 400 cancer "
        "cell lines, we derived cell-line representations from seven pretrained models and "
        "trained identical predictors of drug response.",
    )
    assert f["family"].value == "benchmark"


def test_a_system_its_text_calls_a_language_model_is_a_text_bridge():
    f = extract(
        "Tern: naming clusters of spatial data",
        "Tern is a 14B open-weight language model fine-tuned to name clusters of Xenium and "
        "CosMx spatial transcriptomics data from the cluster's panel genes and a description "
        "of the clusters around it in the tissue.",
    )
    assert f["family"].value == "text_bridge"


def test_a_language_model_for_epigenomic_signals_is_no_text_bridge_by_its_name():
    f = extract(
        "Tern: a pretrained language model for context-specific epigenomics",
        "The similarities between natural language and biological sequences have inspired large "
        "language models in genomics. We present Tern, a transformer-based pretrained language "
        "model for predicting context-specific human epigenomic signals. Tern takes as input "
        "the DNA sequence of a genomic region together with the expression of 700 transcription "
        "factors, and predicts chromatin accessibility and histone marks in unseen cell types.",
    )
    assert f["family"].value == "epigenomic"


def test_a_cell_encoder_paired_with_a_language_model_is_a_text_bridge():
    f = extract(
        "Tern",
        "Tern pairs a cell-state encoder pretrained on 9 million organoid cells with a language "
        "model that reads a protocol's methods text, and forecasts the cell types the protocol "
        "yields.",
    )
    assert f["family"].value == "text_bridge"


def test_what_a_scored_baseline_reads_is_not_the_models_data():
    f = extract(
        "Tern",
        "Tern is a transformer pretrained on 20 million cells from imaging-based spatial "
        "transcriptomics sections, each cell read with its neighbours. Tern reached an AUROC "
        "of 0.81, against 0.66 for a model of cell-type proportions and 0.70 for a "
        "slide-level pathology model reading H&E.",
    )
    assert "histology" not in f["modalities"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Transcriptomes of cells with fewer than 200 detected genes were never used.",
        "Expression profiles of doublets were never used.",
    ],
)
def test_records_filtered_out_of_a_layer_do_not_deny_the_layer(sentence):
    f = extract(
        "Tern",
        "Tern is a transformer pretrained on 30 million single-cell transcriptomes that "
        f"annotates cell types. {sentence}",
    )
    assert "rna" in f["modalities"].value


def test_a_cell_encoder_paired_with_a_chemical_language_model_is_no_text_bridge():
    f = extract(
        "Tern",
        "Tern predicts drug response. It combines a cell encoder pretrained on 20 million "
        "single-cell transcriptomes with a chemical language model of drug SMILES.",
    )
    assert f["family"].value != "text_bridge"


def test_a_language_model_of_single_cell_data_is_no_text_bridge_by_its_name():
    f = extract(
        "Tern",
        "Tern is an open-weight language model for scRNA-seq data, pretrained on 30 million "
        "cells, that annotates cell types and integrates batches.",
    )
    assert f["family"].value == "foundation"


def test_a_kind_of_method_the_model_is_not_denies_no_task():
    f = extract(
        "Tern",
        "Tern is a transformer pretrained on 30 million single-cell transcriptomes that "
        "annotates cell types. Tern is not a black-box classifier: each label comes with the "
        "marker genes that support it.",
    )
    assert "annotation" in f["tasks"].value


def test_a_clause_after_a_denial_that_opens_on_and_is_not_denied():
    f = extract(
        "Tern",
        "Tern is pretrained on 20 million cells. We do not model cell types explicitly, and "
        "predict the responses of cells to unseen genetic perturbations.",
    )
    assert "trajectory_perturbation" in f["tasks"].value


def test_the_models_own_data_in_a_validated_claim_stay_its_data():
    f = extract(
        "Tern",
        "Tern is a multiome model. We validated that Tern integrates paired multiome data by "
        "jointly encoding scATAC-seq and scRNA-seq.",
    )
    assert "atac" in f["modalities"].value


def test_a_margin_over_a_score_is_no_baseline():
    f = extract(
        "Tern",
        "Tern improves macro-F1 by more than 12% for rare cell types by reading chromatin "
        "accessibility alongside expression.",
    )
    assert "atac" in f["modalities"].value


def test_a_layer_in_a_relative_clause_the_model_never_reads_is_not_its_data():
    f = extract(
        "Tern",
        "Tern is a language model that names clusters from their marker genes, given as text. "
        "We compared its names with surface-protein levels, which Tern never reads, on one "
        "tonsil dataset.",
    )
    assert "protein" not in f["modalities"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Without retraining, Tern also labelled cell types in two new tissues.",
        "Tern labelled cell types in held-out donors with 91% accuracy.",
    ],
)
def test_cell_types_the_model_labelled_are_annotation(sentence):
    f = extract(
        "Tern",
        "Tern is a transformer pretrained on 40 million single-cell transcriptomes that forecasts "
        f"the effect of gene knockouts. {sentence}",
    )
    assert "annotation" in f["tasks"].value


def test_responses_to_an_inhibitor_in_one_compound_noun_are_drug_response():
    f = extract(
        "Tern: a pretrained cytometry model forecasts kinase-inhibitor responses",
        "Tern is a set transformer pretrained on 300 million mass cytometry events.",
    )
    assert "drug_response" in f["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Its factor-target weights agree with binding data.",
        "A readout turns attention heads into transcription factor-to-target scores.",
        "Tern links 20,000 distal peaks to their target genes.",
        "Tern connects each risk element to candidate target genes.",
        "Tern reveals which factors drive each gene programme.",
        "For each gene list Tern proposes candidate upstream factors.",
        "Tern identifies the motifs that drive cell-type-specific enhancers.",
    ],
)
def test_regulators_tied_to_what_they_regulate_are_regulatory_inference(sentence):
    f = extract(
        "Tern",
        f"Tern is a transformer pretrained on 40 million single-cell transcriptomes. {sentence}",
    )
    assert "regulatory_inference" in f["tasks"].value


def test_regulons_given_as_input_tokens_are_no_regulatory_inference():
    f = extract(
        "Tern",
        "Tern is a transformer pretrained on 40 million single-cell transcriptomes that labels "
        "cell types. Its tokens are pathways and regulons drawn from curated resources.",
    )
    assert "regulatory_inference" not in f["tasks"].value


def test_protein_levels_generated_for_data_without_them_are_generation():
    f = extract(
        "Tern",
        "Tern is pretrained on 6 million cells with paired RNA and surface-protein counts. "
        "Its main use is to generate predicted protein abundance for RNA-only datasets.",
    )
    assert "generation" in f["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "It was trained on clusters of 150 animals, with whole clades held out for testing.",
        "Labels carried over from frog references improved the annotation of axolotl cells.",
    ],
)
def test_labels_moved_to_organisms_never_trained_on_are_cross_species(sentence):
    f = extract(
        "Tern",
        "Tern is a transformer pretrained on 3 million single-cell transcriptomes of fishes "
        f"that names cell types. {sentence}",
    )
    assert "cross_species" in f["tasks"].value


@pytest.mark.parametrize(
    ("sentence", "task"),
    [
        (
            "The population labels came from the manual gating of the original studies.",
            "annotation",
        ),
        ("Batch integration had already been performed by the consortium.", "integration"),
        ("Batch integration was performed beforehand with another tool.", "integration"),
    ],
)
def test_a_task_whose_result_came_from_the_datas_source_is_not_the_models(sentence, task):
    f = extract(
        "Tern",
        "Tern is a set transformer pretrained on 300 million mass cytometry events that "
        f"predicts responses to kinase inhibitors. {sentence}",
    )
    assert task not in f["tasks"].value


def test_a_task_the_model_does_stays_beside_labels_from_the_datas_source():
    f = extract(
        "Tern",
        "Tern is a transformer pretrained on 40 million single-cell transcriptomes that labels "
        "query cells with cell types. The reference annotations came from the original studies.",
    )
    assert "annotation" in f["tasks"].value


@pytest.mark.parametrize(
    ("sentence", "task"),
    [
        ("Dosing data were not available, so drug responses cannot be predicted.", "drug_response"),
        (
            "Cell-cell communication analysis, which reviewers asked for, is not implemented.",
            "regulatory_inference",
        ),
        (
            "Inferring the gene regulatory network, a classic goal, was not the aim of this work.",
            "regulatory_inference",
        ),
        (
            "Cross-species comparison, asked for by users, is outside the present scope.",
            "cross_species",
        ),
        (
            "Cell-type annotation, the task such models were built for, is deliberately not "
            "evaluated here.",
            "annotation",
        ),
    ],
)
def test_a_task_said_not_to_be_this_works_is_not_the_models(sentence, task):
    f = extract(
        "Tern",
        "Tern is a transformer pretrained on 40 million single-cell transcriptomes that "
        f"forecasts the effect of gene knockouts. {sentence}",
    )
    assert task not in f["tasks"].value


def test_two_omics_layers_put_in_one_space_are_integration():
    f = extract(
        "Tern",
        "Tern is pretrained on 5 million CITE-seq cells with paired transcripts and surface "
        "proteins. Its "
        "joint embedding separates memory T-cell subsets better than either layer alone.",
    )
    assert "integration" in f["tasks"].value


def test_one_omics_layer_and_its_text_in_one_space_are_no_integration():
    f = extract(
        "Tern",
        "Tern is pretrained on 5 million single-cell transcriptomes and their written "
        "descriptions. Its joint embedding lets a query sentence retrieve matching cells.",
    )
    assert "integration" not in f["tasks"].value


# ---- lexicon-26 guards: the round-thirty review's findings (each failed before the mends) ----


@pytest.mark.parametrize(
    ("sentence", "task"),
    [
        (
            "Tern performs batch integration and cell type annotation in one pass, but "
            "cross-species transfer is not supported.",
            "annotation",
        ),
        (
            "It annotates cell types in a single pass, and annotation is not repeated for each "
            "new dataset.",
            "annotation",
        ),
        (
            "Tern integrates 40 studies into one atlas, so batch correction is not performed "
            "separately.",
            "integration",
        ),
        (
            "Fine-tuning for annotation had already been performed by the original authors, so "
            "we evaluate Tern zero-shot on annotation of 12 new tissues.",
            "annotation",
        ),
        (
            "Regulons were inferred by Tern from motifs enriched upstream of each gene's "
            "transcription start site.",
            "regulatory_inference",
        ),
        (
            "Unlike existing models whose gene regulatory network inference is not supported at "
            "single-cell resolution, Tern infers cell-specific gene regulatory networks.",
            "regulatory_inference",
        ),
    ],
)
def test_a_task_the_model_does_stays_beside_a_clause_that_denies_or_sources_another(sentence, task):
    f = extract(
        "Tern",
        f"Tern is a transformer pretrained on 40 million single-cell transcriptomes. {sentence}",
    )
    assert task in f["tasks"].value


def test_a_layer_another_model_never_used_stays_this_models():
    f = extract(
        "Tern",
        "Tern is a transformer pretrained on 40 million single-cell transcriptomes. Tern reads "
        "spatial coordinates, which Geneformer never used, alongside expression.",
    )
    assert "spatial" in f["modalities"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "It prioritizes candidate driver genes from somatic mutations in 10,000 tumours.",
        "It finds spatial motifs that drive immune exclusion.",
        "Gene activity scores were computed by assigning peaks to genes within 100 kb.",
        "It takes as input peak-to-gene links computed with ArchR.",
        "Transcription factor-target pairs from DoRothEA serve as a prior for the attention.",
    ],
)
def test_inputs_and_other_kinds_of_drivers_and_motifs_are_no_regulatory_inference(sentence):
    f = extract(
        "Tern",
        "Tern is a transformer pretrained on 40 million single-cell transcriptomes that labels "
        f"cell types. {sentence}",
    )
    assert "regulatory_inference" not in f["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Transcription factors and their target genes are placed in a common embedding space.",
        "Cells and their text descriptions are projected into a joint embedding space.",
    ],
)
def test_a_joint_space_of_genes_or_text_beside_two_layers_is_no_integration(sentence):
    f = extract(
        "Tern",
        "Tern reads paired scRNA-seq and scATAC-seq profiles of 2 million nuclei and infers gene "
        f"regulatory networks. {sentence}",
    )
    assert "integration" not in f["tasks"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Trained on mouse embryos, Tern predicts the response to Snail overexpression in neural "
        "crest cells.",
        "Reads were pseudoaligned to GENCODE with Salmon before training.",
        "Labels transferred from the human reference improved annotation in horse-serum-treated "
        "organoids.",
        "Previous work showed that labels transferred from mouse atlases to human tissues are "
        "often wrong; Tern annotates human cells directly.",
        "Whole clades were held out to test how it places new subclones on the lineage tree.",
    ],
)
def test_names_that_are_not_organisms_and_others_transfers_are_no_cross_species(sentence):
    f = extract(
        "Tern",
        "Tern is a transformer pretrained on 40 million single-cell transcriptomes that labels "
        f"cell types. {sentence}",
    )
    assert "cross_species" not in f["tasks"].value


@pytest.mark.parametrize(
    ("sentence", "task"),
    [
        (
            "CITE-seq generates surface protein abundance measurements alongside transcriptomes.",
            "generation",
        ),
        (
            "Checkpoint inhibitor responses in melanoma were associated with a T cell state.",
            "drug_response",
        ),
        ("We labelled cells by hand with 95% accuracy compared to flow sorting.", "annotation"),
    ],
)
def test_an_assay_a_finding_or_peoples_labelling_is_not_the_models_task(sentence, task):
    f = extract(
        "Tern",
        "Tern is a transformer pretrained on 40 million single-cell transcriptomes that "
        f"integrates batches. {sentence}",
    )
    assert task not in f["tasks"].value
