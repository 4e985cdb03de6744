"""Hand-written probe records for the lexicon screener: realistic arXiv-style abstracts, none
copied from any data set. Relevant probes never write "single-cell" (perturbation screens, cell
atlases, cell type annotation, spatial omics, analysis agents, benchmarks say it in other
words); irrelevant probes are the dangerous near misses (other senses of "cell", surveys of the
field, bulk / protein / DNA language models, general biomedical LLMs, cell biology without a
large model).

Each probe: (class, expected, title, abstract). `expected` is "found" (include or maybe),
"exclude" (any exclusion reason) or "survey" (excluded as a survey or review).
"""

from __future__ import annotations

PROBES: list[tuple[str, str, str, str]] = [
    # ---- relevant: perturbation responses ------------------------------------------------------
    (
        "perturbation",
        "found",
        "Language Models as Simulators of CRISPR Knockouts",
        "Pooled CRISPR interference experiments read out thousands of genetic knockouts at once, "
        "yet most gene pairs remain untested. We fine-tune a large language model on gene "
        "descriptions and measured knockout signatures so that it predicts the transcriptional "
        "response of a cell line to an unseen perturbation. On held-out genes the model recovers "
        "the direction of change of the top responsive genes better than linear baselines. We "
        "release code and predictions.",
    ),
    (
        "perturbation",
        "found",
        "GenePert-LLM: Predicting Post-Perturbation Expression from Text Embeddings of Genes",
        "Predicting how gene expression changes after a gene is silenced is central to target "
        "discovery. We embed each perturbed gene with a text-embedding model applied to its "
        "curated summary and regress the expression shift measured in Perturb-seq experiments. "
        "Despite its simplicity, the approach matches specialised deep models on two K562 "
        "screens and generalises to combinatorial perturbations.",
    ),
    (
        "perturbation",
        "found",
        "Reasoning About Drug Responses of Cancer Cells with Large Language Models",
        "Chemical perturbation atlases profile thousands of compounds across cancer cell lines. "
        "We ask whether a large language model, prompted with the compound's mechanism and the "
        "cell line's context, can reason about which expression programmes a drug will switch "
        "on. Chain-of-thought prompting with retrieved pathway knowledge improves the prediction "
        "of up- and down-regulated genes over zero-shot prompting. We discuss failure modes on "
        "compounds with unknown targets.",
    ),
    (
        "perturbation",
        "found",
        "In Silico Knockouts with a Pretrained Transcriptome Model",
        "Foundation models pretrained on tens of millions of cellular transcriptomes promise in "
        "silico experiments. We evaluate whether such a model predicts the effect of knocking out "
        "transcription factors during T cell activation. Predicted shifts in cell state agree "
        "with a matched CRISPR screen for 61% of regulators, and attention maps point to known "
        "targets.",
    ),
    (
        "perturbation",
        "found",
        "An Agent That Designs the Next Perturbation Experiment",
        "Choosing which genes to perturb next in a genome-wide screen is costly. We present an "
        "LLM-based agent that reads prior screening results, consults literature through tools, "
        "and proposes the next batch of guide RNAs to maximise discovery of genes that alter a "
        "phenotype of interest. Across simulated and real rounds of CRISPR experiments the agent "
        "finds more hit genes than Bayesian optimisation with the same budget.",
    ),
    # ---- relevant: cell atlases / foundation models --------------------------------------------
    (
        "atlas",
        "found",
        "A Transformer Pretrained on a Hundred Million Cells",
        "We pretrain a 300M-parameter transformer on 100 million transcriptomic profiles from "
        "public atlases spanning human and mouse tissues. Genes are tokenised by expression rank "
        "and the model is trained with a masked objective. The resulting embeddings transfer to "
        "cell type classification, batch integration and gene network inference with little "
        "fine-tuning.",
    ),
    (
        "atlas",
        "found",
        "Scaling Cellular Language Models",
        "We study scaling laws of language models that read each cell as a sequence of gene "
        "names. Training models from 10M to 1B parameters on atlas data, we find predictable "
        "gains in held-out perplexity that carry over to annotation and perturbation tasks.",
    ),
    (
        "atlas",
        "found",
        "A Foundation Model for the Developing Human Brain Atlas",
        "Atlases of the developing brain now profile millions of nuclei. We train a foundation "
        "model on these data and show that its representations separate progenitor and neuronal "
        "lineages, transfer labels to new donors, and reveal genes that drive maturation. The "
        "pretrained weights are publicly released.",
    ),
    (
        "atlas",
        "found",
        "Multimodal Pretraining Across RNA and Chromatin Profiles of Individual Cells",
        "Joint measurements of gene expression and chromatin accessibility in the same cells are "
        "increasingly common. We propose a transformer pretrained on paired and unpaired "
        "multiome data that aligns both modalities in one latent space. It translates between "
        "modalities and improves cell type annotation of accessibility-only datasets.",
    ),
    (
        "atlas",
        "found",
        "Cell2Sentence-Style Fine-Tuning of an Open LLM for Tissue Atlases",
        "We convert expression profiles into ranked gene sentences and fine-tune an open large "
        "language model to generate and describe cells from a tissue atlas. The model writes "
        "plausible profiles conditioned on a tissue and a cell type, and answers questions "
        "about clusters in natural language.",
    ),
    # ---- relevant: cell type annotation ---------------------------------------------------------
    (
        "annotation",
        "found",
        "Are Chatbots Good Cell Type Annotators?",
        "Assigning identities to clusters of cells is a manual bottleneck. We benchmark five "
        "commercial and open LLMs on the task of naming cell types from cluster marker lists "
        "across 12 tissues. The best model agrees with expert labels in 78% of clusters and its "
        "errors concentrate on rare immune subsets.",
    ),
    (
        "annotation",
        "found",
        "Ontology-Grounded Annotation of Cell Clusters with Retrieval-Augmented Language Models",
        "We couple a large language model with retrieval over the Cell Ontology and marker "
        "databases so that every predicted label is a valid ontology term with cited evidence. "
        "On blood and lung datasets the grounded model reduces hallucinated labels by half.",
    ),
    (
        "annotation",
        "found",
        "Zero-Shot Labelling of Cells by Matching Expression to Text Descriptions",
        "We align a gene expression encoder with a text encoder using contrastive learning on "
        "pairs of cells and their free-text descriptions. The joint space labels cells with "
        "types never seen in training by comparing them with textual definitions.",
    ),
    (
        "annotation",
        "found",
        "MarkerGPT: Prompting GPT-4 with Differential Expression for Immune Cell Identification",
        "We show that a carefully designed prompt listing the top differentially expressed genes "
        "of each cluster lets GPT-4 identify immune cell populations in PBMC data. We study "
        "the influence of the number of genes, the tissue context and the temperature.",
    ),
    # ---- relevant: spatial omics -----------------------------------------------------------------
    (
        "spatial",
        "found",
        "Talking to Tissue Sections: An LLM Interface for Spatial Transcriptomics",
        "Spatially resolved transcriptomics maps gene activity across tissue sections, but "
        "exploring these data requires programming. We build a natural-language interface in "
        "which a large language model translates questions into analysis calls over Visium "
        "slides and explains the resulting spatial domains.",
    ),
    (
        "spatial",
        "found",
        "A Pretrained Model of Cellular Niches from Imaging-Based Spatial Profiling",
        "Imaging-based assays such as MERFISH measure hundreds of genes at subcellular "
        "resolution. We pretrain a graph transformer on 40 million cells with their spatial "
        "neighbourhoods and show that its niche embeddings predict tissue regions, cell-cell "
        "interactions and disease status.",
    ),
    (
        "spatial",
        "found",
        "Describing Tumour Microenvironments in Words",
        "We fine-tune a vision-language model to generate textual descriptions of the tumour "
        "microenvironment from spatial gene expression maps paired with histology. Generated "
        "descriptions name immune infiltration and stromal niches and are rated accurate by "
        "pathologists.",
    ),
    (
        "spatial",
        "found",
        "Spot Deconvolution with a Foundation Model Prior",
        "Sequencing-based spatial platforms measure mixtures of several cells per spot. We use "
        "the embeddings of a pretrained cell foundation model as a prior for estimating the "
        "cell type composition of each spot, improving deconvolution accuracy on three "
        "tissues.",
    ),
    # ---- relevant: agents running analysis pipelines ------------------------------------------
    (
        "agent",
        "found",
        "An Autonomous Agent for scRNA-seq Analysis",
        "We present an LLM agent that plans and executes a full scRNA-seq workflow: quality "
        "control, normalisation, clustering, annotation and differential expression. The agent "
        "writes and debugs Python code with Scanpy, inspects plots and revises its plan. On 20 "
        "public datasets its results agree with expert analyses.",
    ),
    (
        "agent",
        "found",
        "Multi-Agent Collaboration for Transcriptomic Data Analysis",
        "Analysing count matrices of dissociated tissues involves many decisions. We design a "
        "team of language-model agents, a planner, a coder and a biologist critic, which "
        "together process raw counts into annotated cell populations and hypotheses. A user "
        "study shows that biologists without coding experience complete analyses faster.",
    ),
    (
        "agent",
        "found",
        "BioPilot: A Tool-Using Assistant for Omics Notebooks",
        "We build an assistant that turns a biologist's request into executed analysis steps "
        "over expression data of individual cells: it selects tools, runs them in a notebook and "
        "reports results in plain language. The assistant handles integration of batches, "
        "trajectory inference and marker discovery.",
    ),
    # ---- relevant: benchmarks of cell foundation models ---------------------------------------
    (
        "benchmark",
        "found",
        "How Well Do Cell Foundation Models Transfer? A Zero-Shot Evaluation",
        "Pretrained models of gene expression are increasingly used without fine-tuning. We "
        "evaluate the zero-shot embeddings of four such models on clustering, batch correction "
        "and label transfer across eight datasets. Simple baselines using highly variable genes "
        "often match or beat them.",
    ),
    (
        "benchmark",
        "found",
        "A Benchmark for Perturbation Response Prediction",
        "We release a benchmark of 30 genetic and chemical perturbation datasets with standard "
        "splits and metrics, and evaluate pretrained transformer models, graph networks and "
        "linear baselines on predicting expression changes. No method consistently beats the "
        "mean baseline on unseen perturbations.",
    ),
    (
        "benchmark",
        "found",
        "Evaluating Large Language Models on Questions About Cell Biology Data",
        "We introduce a benchmark of 2,000 questions that require reading expression matrices of "
        "cells, such as identifying cell types, comparing conditions and naming marker genes. "
        "Frontier LLMs answer 54% correctly; tool-augmented agents reach 71%.",
    ),
    # ---- irrelevant: cellular networks ---------------------------------------------------------
    (
        "network",
        "exclude",
        "LLM-Driven Handover Optimisation in Cellular Networks",
        "Handover decisions between neighbouring cells affect throughput and call drops in "
        "cellular networks. We prompt a large language model with measurement reports of user "
        "equipment and let it choose handover parameters for each cell. In a simulated urban "
        "deployment the approach reduces radio link failures by 23%.",
    ),
    (
        "network",
        "exclude",
        "A Foundation Model for Radio Access Network Telemetry",
        "We pretrain a transformer on key performance indicators collected from 40,000 cells of "
        "an operator's 5G network. The model forecasts traffic per cell and detects anomalies "
        "zero-shot, and its embeddings cluster cells by usage pattern.",
    ),
    (
        "network",
        "exclude",
        "Agentic Self-Organising Networks",
        "We propose an agentic framework in which LLM agents reconfigure cell parameters such as "
        "tilt and transmit power of base stations. Agents reason over alarms and coverage maps "
        "and coordinate across cell clusters.",
    ),
    (
        "network",
        "exclude",
        "Cell-Level Traffic Prediction with Pretrained Language Models",
        "Accurate cell-level traffic prediction supports energy saving in mobile networks. We "
        "reprogram a pretrained language model to forecast hourly traffic of each cell, using "
        "prompts describing the cell's location and neighbours.",
    ),
    # ---- irrelevant: battery / solar / fuel cells ----------------------------------------------
    (
        "energy",
        "exclude",
        "Large Language Models for Battery Cell Design",
        "Designing lithium-ion cells requires trading off energy density and cycle life. We use "
        "a large language model to propose electrolyte formulations and cell designs and "
        "evaluate them with a physics-based simulator.",
    ),
    (
        "energy",
        "exclude",
        "A Pretrained Transformer for Predicting Degradation of Cells from Early Cycles",
        "We pretrain a transformer on voltage curves of 5,000 cells cycled under varied "
        "protocols and fine-tune it to predict remaining useful life from the first 50 cycles. "
        "The model transfers to new chemistries with few labelled cells.",
    ),
    (
        "energy",
        "exclude",
        "Text Mining Perovskite Solar Cell Literature with LLMs",
        "We extract device structures and power conversion efficiencies of perovskite solar "
        "cells from 20,000 papers with an LLM and build a dataset for efficiency prediction.",
    ),
    (
        "energy",
        "exclude",
        "An LLM Agent for Fuel Cell Catalyst Discovery",
        "We present an autonomous agent that plans experiments for platinum-free catalysts of "
        "proton exchange membrane fuel cells, calling simulation tools and a robotic platform.",
    ),
    # ---- irrelevant: cellular automata ---------------------------------------------------------
    (
        "automata",
        "exclude",
        "Can Transformers Learn the Rules of Cellular Automata?",
        "We train transformers on trajectories of elementary cellular automata and test whether "
        "they infer the update rule. Each cell's next state depends on its neighbours; models "
        "generalise to unseen rules only with chain-of-thought supervision.",
    ),
    (
        "automata",
        "exclude",
        "Neural Cellular Automata as Generative Models",
        "Neural cellular automata grow images from a seed cell by local update rules. We combine "
        "them with a diffusion model and a text encoder to grow images from prompts.",
    ),
    # ---- irrelevant: table / spreadsheet / notebook cells --------------------------------------
    (
        "table",
        "exclude",
        "Cell-Level Question Answering over Tables with LLMs",
        "Table question answering requires locating the relevant cells. We propose a prompting "
        "method in which a large language model first selects rows and columns and then reads "
        "the selected cells, improving accuracy on WikiTableQuestions.",
    ),
    (
        "table",
        "exclude",
        "Formula Generation for Spreadsheets with Code Language Models",
        "We fine-tune a code language model to write spreadsheet formulas from natural language "
        "descriptions of the desired cell values.",
    ),
    (
        "table",
        "exclude",
        "Predicting the Next Notebook Cell",
        "Data scientists work in computational notebooks made of code and markdown cells. We "
        "train a language model on 2 million notebooks to suggest the next cell given the "
        "previous ones and the outputs of executed cells.",
    ),
    (
        "table",
        "exclude",
        "Detecting Errors in Table Cells with Language Models",
        "Dirty data in tables hurts downstream analysis. We use a pretrained language model to "
        "flag erroneous cells by comparing each cell with its row and column context.",
    ),
    # ---- irrelevant: "cell" in materials science / engineering ---------------------------------
    (
        "materials",
        "exclude",
        "Generating Crystal Structures with Language Models",
        "We represent crystals as text listing lattice parameters of the unit cell and atomic "
        "positions, and fine-tune a large language model to generate stable materials.",
    ),
    (
        "materials",
        "exclude",
        "LLM-Guided Design of Lattice Metamaterials",
        "Lattice metamaterials are built from repeated cells whose geometry sets stiffness. An "
        "LLM proposes cell geometries, a finite-element solver scores them and the loop "
        "converges to designs with target properties.",
    ),
    (
        "materials",
        "exclude",
        "Foundation Models for Analog Layout: Placing Standard Cells",
        "We pretrain a transformer on placed netlists and use it to place standard cells of "
        "analog circuits, reducing wirelength.",
    ),
    # ---- irrelevant: surveys and reviews of the field -----------------------------------------
    (
        "survey",
        "survey",
        "Foundation Models for Cellular Transcriptomics: Progress and Open Problems",
        "Transformers pretrained on millions of cells promise general representations of cell "
        "state. In this article we summarise the architectures, pretraining data and "
        "evaluation practices of these models, compare their reported performance on cell type "
        "annotation and perturbation prediction, and outline open challenges.",
    ),
    (
        "survey",
        "survey",
        "Large Language Models Meet Cell Biology: A Roadmap",
        "Large language models are entering the analysis of cell atlases. We review how they are "
        "used for cell type annotation, gene function reasoning and agents that run analysis "
        "pipelines, and we propose a roadmap for the community.",
    ),
    (
        "survey",
        "survey",
        "A Survey of Spatial Omics Foundation Models",
        "We survey foundation models for spatial transcriptomics and proteomics, organising them "
        "by input modality, pretraining objective and downstream task.",
    ),
    (
        "survey",
        "survey",
        "Agents for Transcriptomics: A Systematic Literature Review",
        "We systematically reviewed 85 papers that apply LLM agents to gene expression analysis "
        "of cells, including annotation and perturbation design, and we summarise the tools, "
        "benchmarks and limitations they report.",
    ),
    # ---- irrelevant: bulk RNA / protein-only / DNA-only language models ------------------------
    (
        "sequence",
        "exclude",
        "A Protein Language Model for Antibody Affinity Maturation",
        "We fine-tune a pretrained protein language model on antibody sequences and their "
        "measured binding affinities to propose mutations that improve binding.",
    ),
    (
        "sequence",
        "exclude",
        "Genomic Language Models Predict Enhancer Activity",
        "We pretrain a DNA language model on 850 genomes and fine-tune it to predict enhancer "
        "activity measured by massively parallel reporter assays in cell lines.",
    ),
    (
        "sequence",
        "exclude",
        "A Foundation Model of Bulk Tumour Transcriptomes for Survival Prediction",
        "We pretrain a transformer on 20,000 bulk RNA-seq profiles of tumours and fine-tune it to "
        "predict patient survival and drug response. Bulk expression embeddings outperform "
        "clinical covariates.",
    ),
    (
        "sequence",
        "exclude",
        "RNA Language Models for Secondary Structure",
        "We pretrain a language model on 30 million non-coding RNA sequences and show that its "
        "attention maps recover base pairs, improving secondary structure prediction.",
    ),
    # ---- irrelevant: general biomedical LLMs -----------------------------------------------------
    (
        "biomedical",
        "exclude",
        "A Biomedical LLM for Clinical Question Answering",
        "We continue pretraining an open LLM on PubMed abstracts and clinical guidelines and "
        "evaluate it on medical licensing exam questions and patient-facing dialogue.",
    ),
    (
        "biomedical",
        "exclude",
        "Extracting Gene-Disease Relations with Instruction-Tuned LLMs",
        "We instruction-tune a language model to extract relations between genes, variants and "
        "diseases from biomedical literature and compare it with supervised baselines.",
    ),
    (
        "biomedical",
        "exclude",
        "An LLM Agent for Automating Wet-Lab Protocols",
        "We present an agent that converts natural-language protocol descriptions into "
        "instructions for liquid-handling robots, including cell culture passaging steps.",
    ),
    # ---- irrelevant: cell-level biology without a large model ----------------------------------
    (
        "no_model",
        "exclude",
        "A Variational Autoencoder for Denoising Expression Counts",
        "Droplet-based sequencing of dissociated tissues yields sparse counts. We propose a small "
        "variational autoencoder with a negative binomial likelihood that denoises counts and "
        "improves clustering of cell populations on three datasets.",
    ),
    (
        "no_model",
        "exclude",
        "Optimal Transport for Aligning Cell Populations Across Time Points",
        "We align cell populations measured at successive time points with unbalanced optimal "
        "transport and infer growth rates and lineage relationships during reprogramming.",
    ),
    (
        "no_model",
        "exclude",
        "Graph Clustering of Tissue Sections",
        "We cluster spots of tissue sections into spatial domains with a graph convolutional "
        "network that combines expression and location. The method is fast and simple.",
    ),
    # ---- more relevant probes ---------------------------------------------------------------
    (
        "perturbation",
        "found",
        "Toward a Virtual Cell: Generative Pretraining on Perturbation Atlases",
        "We train a generative transformer on 80 million cells profiled under thousands of "
        "genetic and chemical perturbations. Conditioned on a perturbation token and a basal "
        "state, it samples perturbed expression profiles and ranks the genes whose knockout "
        "reverses a disease signature.",
    ),
    (
        "annotation",
        "found",
        "Annotating Plant Root Atlases with a Language Model",
        "Plant tissues are poorly covered by marker databases. We prompt an instruction-tuned "
        "LLM with cluster markers and gene descriptions from Arabidopsis root atlases; it "
        "recovers expert annotations of cortex, endodermis and stele clusters and flags "
        "ambiguous ones for review.",
    ),
    (
        "spatial",
        "found",
        "Cells as Sentences for Imaging Mass Cytometry",
        "Imaging mass cytometry measures dozens of proteins in every cell of a tissue. We write "
        "each cell and its neighbours as a short sentence of marker intensities and fine-tune a "
        "pretrained language model to classify cell phenotypes and tissue regions.",
    ),
    (
        "agent",
        "found",
        "Reasoning Agents for Gene Regulatory Network Inference from Expression of Cells",
        "We propose an LLM agent that combines prior knowledge with co-expression across "
        "millions of cells to propose regulators of each gene, test them with statistical "
        "tools and revise its hypotheses, yielding more accurate regulatory networks than "
        "correlation-based inference.",
    ),
    (
        "benchmark",
        "found",
        "Do Pretrained Expression Models Understand Cell Identity? A Probing Study",
        "We probe the layers of three pretrained transformers of gene expression for cell "
        "identity, cell cycle phase and donor, and find that identity is linearly decodable "
        "early while donor effects persist. Code is available on GitHub.",
    ),
    (
        "atlas",
        "found",
        "Pretraining on Nuclei Profiles of Postmortem Brains Improves Disease Prediction",
        "We pretrain a 50M-parameter foundation model on single-nucleus transcriptomes of 2,000 "
        "donors and fine-tune it to predict Alzheimer's pathology from the cell composition and "
        "expression programmes of each donor.",
    ),
    # ---- more irrelevant probes ---------------------------------------------------------------
    (
        "biomedical",
        "exclude",
        "Patient Education about Sickle Cell Disease with ChatGPT",
        "We evaluate the accuracy and readability of ChatGPT answers to 50 common questions of "
        "patients with sickle cell disease, rated by haematologists.",
    ),
    (
        "biomedical",
        "exclude",
        "Large Language Models for Matching Donors in Stem Cell Transplantation",
        "We use an LLM to summarise registry records and rank unrelated donors for "
        "haematopoietic stem cell transplantation; outcomes are compared with clinician choices.",
    ),
    (
        "sequence",
        "exclude",
        "A T Cell Receptor Language Model for Epitope Binding",
        "We pretrain a language model on 10 million T cell receptor sequences and fine-tune it "
        "to predict which peptide-MHC epitopes a receptor binds.",
    ),
    (
        "table",
        "exclude",
        "Excel Copilot: Filling Spreadsheet Cells with an LLM Agent",
        "We present an LLM agent that fills missing cells of spreadsheets by writing formulas "
        "and checking the values of dependent cells.",
    ),
    (
        "network",
        "exclude",
        "Cell-Free Massive MIMO Power Control with Transformers",
        "We train a transformer to allocate power in cell-free massive MIMO systems where many "
        "access points serve users jointly.",
    ),
]

#: a second batch, written after the rules were changed for PROBES and run only once written
#: (how many the changed rules got wrong at first is in the commit message)
FRESH_PROBES: list[tuple[str, str, str, str]] = [
    (
        "atlas",
        "found",
        "Naming Gene Programs with Large Language Models",
        "Matrix factorisation of expression across the cells of a tissue atlas yields hundreds of "
        "gene programs, but interpreting them is slow. We prompt a large language model with the "
        "top genes of each program and ask it to name the biological process and the cell types "
        "in which it is active. Names agree with curated annotations for 70% of programs.",
    ),
    (
        "perturbation",
        "found",
        "Combinatorial Knockout Outcomes from Knowledge Graphs and LLM Embeddings",
        "Pooled screens with a transcriptomic readout measure only a small fraction of gene "
        "pairs. We combine a biological knowledge graph with embeddings of gene descriptions "
        "from a large language model to predict the expression profile after a double "
        "knockout, outperforming additive baselines on unseen pairs.",
    ),
    (
        "annotation",
        "found",
        "An LLM Copilot for Gating Flow Cytometry Data",
        "Gating cytometry data into immune cell populations is manual and subjective. We build a "
        "copilot in which a large language model proposes gating strategies from marker "
        "panels, applies them, and explains the resulting populations to the user.",
    ),
    (
        "atlas",
        "found",
        "Text-Conditioned Diffusion for Generating Cellular Expression Profiles",
        "We train a diffusion model that generates expression profiles of cells conditioned on "
        "free-text descriptions encoded by a pretrained language model. Generated cells "
        "augment rare cell types and improve downstream classifiers.",
    ),
    (
        "annotation",
        "found",
        "Hierarchical Classification of Immune Cells with a Pretrained Transformer",
        "We fine-tune a transformer pretrained on 20 million immune cells to classify cells at "
        "three levels of the immune hierarchy. The model resolves fine T cell subsets that "
        "marker-based methods miss.",
    ),
    (
        "spatial",
        "found",
        "An Agent for Multiplexed Tissue Imaging Analysis",
        "Multiplexed imaging measures dozens of proteins per cell in intact tissue. We present an "
        "LLM agent that segments cells, assigns phenotypes from marker intensities and analyses "
        "cellular neighbourhoods, writing and running its own code.",
    ),
    (
        "atlas",
        "found",
        "Aligning Cell Embeddings with Language Across Species",
        "We align embeddings of mouse and human cells with text descriptions of their types via "
        "contrastive learning, so that labels transfer across species through language. The "
        "aligned model annotates a primate atlas without labelled training data.",
    ),
    (
        "benchmark",
        "found",
        "Do LLMs Hallucinate When Interpreting Clusters of Cells?",
        "We measure how often large language models invent marker genes or cell types when "
        "asked to interpret clusters from expression data, and propose a retrieval-based check "
        "that halves such errors.",
    ),
    (
        "atlas",
        "found",
        "A Foundation Model of Chromatin Accessibility in Individual Nuclei",
        "We pretrain a transformer on accessibility profiles of 5 million nuclei from 30 tissues. "
        "Its embeddings identify cell types, predict gene activity and transfer to new "
        "donors.",
    ),
    (
        "perturbation",
        "found",
        "Reasoning Models Predict Transcriptional Changes After Drug Treatment",
        "We train a reasoning language model with reinforcement learning to predict which genes "
        "a drug up- or down-regulates in a given cell line, writing its rationale before the "
        "answer. It beats supervised models on unseen drugs.",
    ),
    (
        "atlas",
        "found",
        "Question Answering over Tissue Atlases with Retrieval-Augmented Generation",
        "Researchers often ask which cell types express a gene in a tissue. We index atlas "
        "summaries and expression statistics and let a large language model answer such "
        "questions with citations to the atlas.",
    ),
    (
        "atlas",
        "found",
        "Cell-Type-Specific Regulatory Networks from the Attention of a Pretrained Model",
        "We read gene regulatory networks from the attention weights of a transformer pretrained "
        "on expression of millions of cells, separately for each cell type, and validate "
        "predicted edges with perturbation data.",
    ),
    # ---- dangerous near misses -----------------------------------------------------------------
    (
        "network",
        "exclude",
        "LLM Agents for Cell-Edge Users in Ultra-Dense Networks",
        "Users at the cell edge suffer interference in ultra-dense deployments. We let LLM agents "
        "negotiate resource blocks between neighbouring cells and show higher cell-edge "
        "throughput.",
    ),
    (
        "table",
        "exclude",
        "An Agent That Executes Jupyter Notebooks",
        "We present an LLM agent that reads a notebook, executes its code cells in order, "
        "repairs failing cells and summarises the outputs.",
    ),
    (
        "no_model",
        "exclude",
        "Segmenting Cells in Microscopy Images with a Promptable Vision Model",
        "We adapt a promptable segmentation foundation model to fluorescence microscopy so that "
        "it segments nuclei and cells from point prompts, improving on specialist models.",
    ),
    (
        "sequence",
        "exclude",
        "Protein Language Models Predict Subcellular Localisation",
        "We fine-tune a protein language model to predict where in the cell a protein resides, "
        "from its amino-acid sequence alone.",
    ),
    (
        "biomedical",
        "exclude",
        "Extracting Adverse Events of CAR-T Cell Therapy with LLMs",
        "We use large language models to extract cytokine release syndrome and neurotoxicity "
        "events from clinical notes of patients receiving CAR-T cell therapy.",
    ),
    (
        "biomedical",
        "exclude",
        "Reading Blood Test Reports with LLMs",
        "We evaluate LLMs on interpreting complete blood counts, including white and red cell "
        "counts, and on explaining abnormal values to patients.",
    ),
    (
        "network",
        "exclude",
        "Do Transformers Learn Grid Cells?",
        "Grid cells in the entorhinal cortex support navigation. We show that transformers "
        "trained on path integration develop grid-cell-like representations in their "
        "attention layers.",
    ),
    (
        "survey",
        "survey",
        "Large Language Models for Genomics and Transcriptomics: A Survey",
        "We survey the use of language models on DNA, RNA and expression data, including models "
        "of individual cells and spatial data, and discuss open challenges.",
    ),
    (
        "sequence",
        "exclude",
        "A Benchmark for Bulk RNA-seq Analysis Agents",
        "We release a benchmark of 50 bulk RNA-seq tasks, such as differential expression "
        "between conditions and pathway enrichment, and evaluate LLM agents that write analysis "
        "code. The best agent solves 40% of tasks.",
    ),
    (
        "table",
        "exclude",
        "Revisiting Memory Cells in Recurrent Language Models",
        "We analyse the memory cells of LSTM language models and compare them with the "
        "attention of transformers on long-range dependencies.",
    ),
    (
        "energy",
        "exclude",
        "LLM Agents for Organic Photovoltaic Discovery",
        "An LLM agent proposes donor and acceptor molecules for organic photovoltaic cells and "
        "calls quantum chemistry tools to screen them.",
    ),
    (
        "sequence",
        "exclude",
        "Predicting Drug Sensitivity of Cancer Cell Lines with LLM Embeddings",
        "We represent drugs by LLM embeddings of their descriptions and cancer cell lines by "
        "bulk expression profiles, and predict IC50 values on a large pharmacogenomic screen.",
    ),
]
