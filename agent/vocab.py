"""Controlled vocabularies of registry schema version 1 (SPEC.md)."""

from enum import StrEnum


class Family(StrEnum):
    foundation = "foundation"
    text_bridge = "text_bridge"
    spatial_multimodal = "spatial_multimodal"
    epigenomic = "epigenomic"
    agentic = "agentic"
    benchmark = "benchmark"


class Modality(StrEnum):
    rna = "rna"
    atac = "atac"
    protein = "protein"
    spatial = "spatial"
    histology = "histology"
    dna_sequence = "dna_sequence"
    text = "text"


class Grounding(StrEnum):
    atlas = "atlas"
    ontology = "ontology"
    marker = "marker"
    literature = "literature"
    spatial = "spatial"
    sequence = "sequence"
    implicit = "implicit"


class Task(StrEnum):
    annotation = "annotation"
    trajectory_perturbation = "trajectory_perturbation"
    integration = "integration"
    spatial_mapping = "spatial_mapping"
    regulatory_inference = "regulatory_inference"
    cross_species = "cross_species"
    generation = "generation"
    drug_response = "drug_response"


class Domain(StrEnum):
    biological_grounding = "biological_grounding"
    batch_effects = "batch_effects"
    multiomics_alignment = "multiomics_alignment"
    trajectory_perturbation = "trajectory_perturbation"
    generalization = "generalization"
    fairness = "fairness"
    explainability = "explainability"
    privacy = "privacy"
    scalability = "scalability"
    emerging_agentic = "emerging_agentic"


OMIC_MODALITIES = frozenset({Modality.rna, Modality.atac, Modality.protein})

#: The fields a proposal extracts, and the enum behind each set-valued one.
SET_FIELDS: dict[str, type[StrEnum]] = {
    "modalities": Modality,
    "grounding": Grounding,
    "tasks": Task,
    "domains": Domain,
    "secondary_families": Family,
}


def is_multiomic(modalities: set[Modality] | frozenset[Modality]) -> bool:
    """SPEC: multi-omic is derived, two or more of rna/atac/protein."""
    return len(OMIC_MODALITIES & set(modalities)) >= 2
