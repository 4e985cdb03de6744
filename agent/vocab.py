"""Controlled vocabularies of registry schema version 1 (SPEC.md); which field takes which is
the field table's business (agent/schema.py)."""

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
