"""The offline, deterministic extractor: vocabulary terms with synonyms, weighted by section,
discounted for negation, related work and citations. Every value carries the sentences that
triggered it."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, replace

from agent.extract.base import Extraction, FieldResult, PaperText, add_derived, verify
from agent.extract.identity import (
    SPECIES_NAMES,
    TARGET_AFTER,
    about_other_models,
    coined,
    family_without_model,
    identity,
    not_a_model_name,
    primary_task,
)
from agent.extract.learned import Hit, WordSignal, front_sentences
from agent.extract.similarity import BONUS, FamilySimilarity
from agent.flags import Flag, FlagCode
from agent.reader import SENTENCE_END, label_sections
from agent.vocab import Domain, Family, Grounding, Modality, Task

VERSION = "lexicon-27"

# ---- term tables: value -> regex (case-insensitive). One place to read and tune. -------------
# Each value follows the SPEC's meaning of the vocabulary term; see `vocabulary rules` below for
# the rules that are more than a list of terms (assay prior, agentic by action, benchmark).
#: natural language, not "natural language processing" named as a field (its techniques, or an
#: NLP system, applied to documents read text), and the full text of papers
NATURAL_LANGUAGE = (
    r"natural[- ]language(?![- ]processing(?! (techniques|methods|tools|system|pipeline)"
    r"| (to|of|on) ([\w,-]+ ){0,3}(publications|papers|articles|texts|abstracts|literature)))"
    r"|\bfull[- ]texts? of ([\w-]+ ){0,3}(papers|articles|publications|studies)\b"
)
#: the words for a large language model of words (one list, shared by the patterns below)
LLM_WORDS = r"llms?|large language models?|gpt-?[\w.]*|chatgpt"
#: two parts joined into one system ("pairs a cell encoder with a language model")
PAIRS = r"(pair(s|ing)|coupl(es|ing)|combin(es|ing)|join(s|ing))"
#: a language model of words, not the "language model" of genes, cells or sequences
LANGUAGE_MODEL = (
    r"(?<!gene )(?<!cell )(?<!omic )(?<!dna )(?<!rna )(?<!genomic )(?<!protein )"
    r"(?<!transcriptome )(?<!transcriptomic )(?<!single-cell )(?<!sequence )(?<!chromatin )"
    r"(?<!biological )(?<!chemical )(?<!molecular )(?<!smiles )(?<!expression )"
    r"(?<!nucleotide )(?<!codon )(?<!peptide )(?<!antibody )\blanguage[- ]models?\b"
)
#: gene names written into a language model's input ("an LLM receives the top marker genes of
#: a cluster", "the differentially expressed genes are sent to several LLMs"): text it reads
LLM_READS_GENES = (
    # (gene lists as words, not the genes a "BERT-style language model" reads as tokens)
    rf"(?<!-style )(?<!like a )\b({LLM_WORDS}|language models?)\b[^.;]{{0,40}}"
    r"\b(receives?|reads?|(is|are) given|takes?)\b (\w+ ){0,4}(marker genes|gene (lists|names|sets"
    r"|symbols)|(differentially expressed|top) genes of (each |a |the )?clusters?)\b"
    r"|\b(marker genes|differentially expressed genes|gene (lists|names|sets|symbols))\b"
    r"[^.;]{0,40}\b(are |is )?(sent"
    r"|given|passed|fed|supplied) (\w+ ){0,2}to (the |an? |several |multiple )?(\w+ ){0,2}"
    rf"({LLM_WORDS}|language models?)\b"
)
#: language as what a model reads or writes: descriptions, summaries, captions, questions and
#: answers, chat. A sentence saying so about a model of cells makes it a bridge to text.
TEXT_IO = (
    rf"{NATURAL_LANGUAGE}|{LLM_READS_GENES}|free[- ]text"
    r"|\btext(ual)? (\w+ ){0,3}(descriptions?"
    r"|summar\w+|quer\w+"
    r"|captions?|reports?|answers?|prompts?)\b|\bcaption\w*|question[- ]answer\w*"
    r"|\bchat(bots?|s|ting|gpt)?\b|conversation\w*|dialog\w*|(written|typed|user)"
    r" (quer\w+|questions?|requests?|instructions?)|in (plain|natural|human) (language|words"
    r"|english)(?! processing)|\b(cell|gene|omics|protein)s?-to-text\b"
    r"|\btext-to-(cells?|genes?|omics)\b"
    # prose it writes ("writes a paragraph stating its likely identity")
    r"|\b(writ\w*|generat\w*) (a |an |short |brief )?([\w-]+ )?(paragraphs?|prose)\b"
    r"|\bwrit\w* (a |an )?([\w-]+ )?narratives?\b"
    # a person's question in, a written report or explanation out (not "researchers query
    # spatial domains", "answer biological questions", "produced results matching reports")
    r"|\b(user|pathologist|clinician)s?'?s? (\w+ )?(questions?|queries|requests?|instructions?)\b"
    r"|\b(generat|writ|draft)\w* (an? |the )?(\w+ )?(reports?|captions?|explanations?"
    r"|narratives?|descriptions?|summar(y|ies))\b"
    # cells read as, or made from, words
    r"|\b(cells?|transcriptomes?|profiles?) (in|into) (words|text|sentences|natural language)\b"
    r"|\b(cells?|profiles?) from (an? |the |their )?(\w+ )?(descriptions?|text|captions?)\b"
    # passages of papers the model itself embeds, retrieves or is trained on
    r"|\b(embed(s|ded|ding)?|encod(e|es|ed|ing)|reads?|reading|retriev(e|es|ed|ing)|match(es"
    r"|ed|ing)?|align(s|ed|ing)?|pair(s|ed|ing)?) ([\w-]+ ){0,6}?(passages|paragraphs|full-text "
    r"(articles|papers))\b"
)
#: "from (the) sequence", "from 131-kb sequences" (not the Sequence Read Archive)
FROM_SEQUENCE = (
    r"\bfrom (\d+[- ]?kb |(the |its |raw |local |genomic |regulatory )?)(dna )?sequences?\b"
    r"(?! read\b)"
)
#: a word of proteins: their sequence is no genome's
PROTEIN_WORDS = r"\b(proteins?|amino[- ]acids?|peptides?|antibod\w+|enzym\w+|ligands?)\b"
MODALITY_TERMS: dict[str, str] = {
    Modality.rna: r"scrna|snrna|single[- ](cell|nucleus) rna|rna[- ]seq(?!uences?)|transcriptom\w*"
    r"|\b(accessible )?chromatin and transcripts\b"
    r"|\btranscripts (and|with) (accessible )?chromatin\b"
    r"|gene[- ]expression|expression (profiles?|data|matri\w+|vectors?|ranks?|values)"
    r"|\brna (profiles?|counts?|expression)"
    # the single-cell RNA assays by name (pooled CRISPR screens read out by RNA-seq included)
    r"|perturb-seq|crop-seq|smart-seq\d?|drop-seq|sci-rna|10x (genomics|chromium)|\bumi counts"
    # the transcripts a cell's profile counts ("the polyadenylated transcripts captured from the
    # same nucleus", "transcripts of each cell")
    r"|\btranscripts (captured|counted|of (each|every|the same|single|individual) (cells?"
    r"|nucle\w+))"
    # RNA (or mRNA) as a measurement, not RNA molecules (sequences, structures, design)
    r"|(?<!language model of )(?<!language models of )\bm?rna\b(?![- ](sequences?|structures?"
    r"|design|molecules?|secondary|language|foundation"
    r"|binding|splicing|llms?|models?|famil(y|ies)|polyadenylation|degradation|stability"
    r"|untranslated|utrs?|codons?|translation\w*|isoforms?|vaccines?|therapeutics?"
    r"|processing|modifications?|editing|decay|half-li\w+"
    r"|velocity(?= (and [\w-]+ )?(analys[ie]s|methods?|tools?|estimat\w+|inference)|-based))\b)"
    # (nor RNA as one of the sequences listed: "genomic, RNA and protein sequences")
    r"(?!,? (and|or) ([\w-]+ ){0,2}sequences\b)"
    # (nor the molecules of the central dogma listed: "DNA, RNA and proteins")
    r"(?!(?:(?<=dna, rna)|(?<=dna and rna)|(?<=dna/rna))(?:,? (?:and|or) proteins?\b|/protein))"
    r"(?<!protein-rna)",
    Modality.atac: r"\batac\b|scatac|chromatin accessibility|accessible chromatin|open[- ]chromatin"
    # chromatin read as accessibility: accessible regions and their peaks, cCREs
    r"|\bchromatin\b(?![- ](structure|conformation|contacts?|loops?|3d|remodel\w*|regulators?"
    r"|modif\w*|organi[sz]\w*))|accessible (regions?"
    r"|sites?|elements?)|(dna|chromatin|sequence|genome)\W+(\w+\W+){0,2}accessibility"
    r"|(genomic|atac|chromatin|accessibility|open|called) peaks?|\bccres?\b"
    r"|(single[- ]cell )?epigenom\w* (tracks|profiles|data)|\bpeaks? (sets?|calling|matri\w+)"
    # accessibility in the assay's own words: where the transposase cuts ("Tn5 insertion
    # sites", "transposase-accessible fragments"), and the assays that read it beside RNA
    r"|\btn5 (insertion|integration|cut)|transposase[- ]accessib\w+"
    r"|\b(share|snare|sci-car|paired)-seq\b",
    Modality.protein: r"cite-seq|\badts?\b|surface proteins?|protein (abundance|expression|marker)"
    r"|proteom\w*|mass cytometry|cytof|\brna (\+|and) protein|\bprotein (levels|profiles)"
    # cytometry and antibody-based imaging measure proteins ("mass and flow cytometry",
    # "36-marker antibody panels", multiplexed immunofluorescence)
    r"|(mass|flow|spectral)( and (mass|flow|spectral))?( flow)? cytometry|antibody[- ]panels?"
    r"|antibody-derived tags?|multiplex\w* immunofluorescence|\bmxif\b|\bprotein imaging\b"
    # multiplexed protein imaging by platform (not OpenAI's Codex)
    # (not the CODEX database of ChIP-seq experiments)
    r"|(?-i:\bCODEX\b|\bIMC\b|\bMIBI\b|\bCyCIF\b)(?! (database|consortium|resource|project))"
    r"|imaging mass cytometry|\bmibi-tof\b"
    r"|cyclic immunofluorescence"
    # antibodies counted by their barcodes ("oligonucleotide-barcoded antibodies bound to its
    # surface", "antibody counts")
    r"|\bbarcoded antibod\w+(?![^.;]{0,40}\b(hashing|hashtags?|demultiplex\w*|pooled"
    r"|sample multiplex\w*|multiplexed (sequencing|samples)))"
    r"|(?<!demultiplexed by )(?<!demultiplexed with )(?<!pooled by )\bantibod(y|ies) (counts"
    r"|tags|barcodes)\b(?![^.;]{0,40}\b(hashing|hashtags?|demultiplex\w*))",
    Modality.spatial: r"spatial(ly)?[- ](resolved|omics|transcriptom\w*|data|coordinates|context"
    r"|clustering|domains?|microenvironments?|niches?|neighbo\w+|locations?|positions?|gene "
    r"expression|expression|information|relations|multi-?omics|atac|rna)\b|\bvisium\b|merfish"
    # a foundation model of spatial data is read on sections ("a spatial foundation model
    # pretrained on 4,800 sections")
    r"|\bspatial foundation models?\b|slide-seq"
    r"|xenium|stereo-seq|cosmx|\bst data|in situ|tissue locations?"
    # spots of an array, not the verb ("helps users spot errors") or blind spots; sections of
    # a tissue profiled, not stained slides
    r"|(?<!blind )(?<!hot )(?<!users )(?<!curators )(?<!experts )(?<!readers )(?<!pathologists )"
    r"(?<!researchers )(?<!clinicians )(?<!biologists )(?:\bspots\b|(?<!to )\bspot\b"
    r"|\bspot(?=[- ](level|locations?|coordinates|positions)\b))"
    r"(?! (errors?|mistakes|uncertain|problems|outliers|inconsistenc\w+|anomal\w+|rare)\b)"
    # (sections stained for imaging are histology; "antibody-stained" ones are spatial proteomics)
    r"|(?<!h&e-stained )(?<! stained )(?<!h&e )(?<!eosin-stained )tissue sections?"
    r"(?! stained with (h&e|hematoxylin))"
    r"|spatial (and|&|\+) \w+ (context|information|coordinates|data|profiles)"
    # the spatial assays by name: multiplexed imaging of proteins or transcripts in tissue
    # (not cells in culture imaged: "multiplexed protein imaging of melanoma cell lines")
    r"|imaging mass cytometry|\bimc\b|multiplex\w* (\w+ ){0,2}imag\w+\b(?! (\(\w+\) )?of "
    r"([\w-]+ ){0,2}cell lines)|(cyclic|multiplex\w*) "
    r"immunofluorescence|\bcycif\b|codex (multiplex\w*|imag\w+|data)|phenocycler|\bmibi\b"
    r"|spatial proteom\w*|seqfish|starmap",
    Modality.histology: r"histolog\w*|histopatholog\w*|h&e|hematoxylin|whole[- ]slide"
    r"|patholog\w* images?|tissue images?"
    # other images of the tissue: stained, immunofluorescent, multi-channel (not images of
    # cultured cells, cell lines or organoids: screens, not tissue)
    r"|(multi-?channel|immunofluorescen\w+|dapi|stained|staining) (\w+ )?images?\b"
    r"(?! of ([\w-]+ ){0,3}(cultured|cell lines?|organoids?|cells in culture))|\bdapi\b",
    Modality.dna_sequence: r"dna sequences?|genomic sequences?|nucleotide sequences?|sequence "
    # (not the DNA barcodes that tag cells or beads; the barcode sequences of species are DNA)
    r"motifs?|\bdna\b(?![- ](methylation|damage|repair))(?![- ]barcod(e|es|ed|ing)\b(?! (sequences?"
    r"\b|of ([\w.,-]+ ){0,3}(species|specimens|taxa)\b)))"
    r"|genom\w* (foundation|language) models?"
    r"|\bglms?\b|biological sequences?"
    # the genome's sequence said as "sequence" where what is predicted from it is the genome's
    # ("TF binding from sequence", "from 131-kb sequences ... DNase and CAGE tracks",
    # "sequence-to-function"; not a protein's sequence)
    r"|\bsequence-to-(function|profile|expression|activity|accessibility)\b|\bdna context\b"
    r"|(?<!enzyme )(?<!enzymatic )(?<!protein )(?<!peptide )(?<!antibody )(?<!catalytic )"
    r"(binding|accessibility|tracks?|profiles?|activity|expression|methylation|footprints?"
    rf"|enhancers?|promoters?|chromatin|dnase|atac|chip|cage)\b(?![^.;]{{0,60}}{PROTEIN_WORDS})"
    rf"[^.;]{{0,60}}{FROM_SEQUENCE}(?![^.;]{{0,40}}{PROTEIN_WORDS})"
    rf"|{FROM_SEQUENCE}[^.;]{{0,80}}\b(dnase|atac|chip|cage|accessibility|binding|chromatin) "
    r"(tracks|profiles|signals?|data)\b",
    # text only where the model consumes or produces natural language, never the "language of
    # genes" metaphor: a language *model* over gene tokens reads no text
    Modality.text: rf"{NATURAL_LANGUAGE}|free[- ]text|\btext(ual)? (descriptions?"
    r"|definitions?|descriptors?"
    r"|inputs?|prompts?|data|encoders?|embeddings?|summar\w+|queries|annotations?|labels?)"
    r"|gene (descriptions?|summar\w+)|cell sentences?|\bmetadata\b|descriptive sentences"
    r"|from text|\bcell text|text-conditioned|text prompts|narratives?|instruction[- ]tun\w+"
    # what an LLM reads or writes: questions, prompts, instructions, conversation
    # (not the points and boxes that steer an image model)
    r"|(?<!point )(?<!box )(?<!visual )(?<!mask )(?<!click )(?<!molecular-)(?<!soft )\bprompts?\b"
    r"|(?<!molecular-)prompting"
    r"|(user|users'|natural[- ]language|free-text|text) (questions?|queries"
    r"|requests?|instructions?)|(answer\w*|ask\w*|pos\w+|open-ended|multiple[- ]choice"
    r"|textbook[- ]style|exam\w*) (\w+ ){0,2}questions?"
    r"|questions? (about|on) |(follow\w*|tuned on) (\w+ ){0,2}instructions"
    r"|question[- ]answer\w*|\bchat(bots?|s|ting|gpt|-\w+)?\b|conversation\w*|dialog\w*"
    r"|plain (language|words|english)"
    # what it says in words ("explains its predictions in words")
    r"|(?<!are )(?<!were )(?<!is )(?<!was )\b(explain|describ|justif|answer|summari[sz]|report)\w*"
    r" ([\w-]+ ){0,6}?in words\b"
    r"|(textual|written|verbal) (descriptions?|explanations?|reports?)"
    # prose the model writes ("report generation", "generates pathology reports") and text paired
    # with the data it learns from ("protein-text pairs", "cell-text alignment")
    r"|\b((diagnostic|pathology|histopathology|radiology|clinical|medical|written|textual"
    r"|narrative) report|caption) generation\b|\bgenerat\w* (\w+ ){0,1}(diagnostic|pathology"
    r"|histopathology|radiology|clinical|medical|written|textual|narrative) reports\b"
    r"|\bgenerat\w* (\w+ ){0,2}captions\b"
    r"|\b(proteins?|cells?|genes?|molecules?|molecular|omics|sequences?|slides?|spots?)-text\b"
    r"|\bpaired with ([\w-]+ ){0,3}?(text|texts|captions|reports|textual \w+)\b"
    r"(?! (files?|formats?)\b)"
    r"|\b(language|text)[-\u2013](cell|gene|omics|protein|image)s? (pre-?training|alignment"
    r"|contrastive)\b"
    r"|free-form(?!,? (non-rigid |rigid )?(deformations?|registration|shapes?|alignment))"
    # a vision-language or multimodal LLM reads text beside its images (prompts, captions)
    r"|vision[- ]language|visual[- ]language|image[- ](text|caption)|\bvlms?\b|\blmms?\b|\bmllms?\b"
    r"|multi-?modal (large )?language models?"
    # text read through a sentence encoder, or a database's written entry for a gene
    rf"|sentence (encoders?|embeddings?|transformers?)|{TEXT_IO}"
    r"|(ncbi|uniprot|genecards?|wikipedia|refseq) (\w+ )?(summar\w+|descriptions?|entr(y|ies)"
    r"|text)"
    # the written entries of a vocabulary ("the text of Gene Ontology terms")
    r"|\bthe text of ([\w-]+ ){0,3}(terms|entries|definitions|descriptions|summaries)\b"
    # documents a system reads, and prose it writes ("retrieves and reads PubMed abstracts",
    # "searches the literature", "writes a report"; not the authors' own literature search)
    r"|(?<!we )(?<!by )(?<!by manually )(?<!raw )(?<!sequencing )\b(reads?|reading"
    r"|retriev\w+ and reads?) ((?!from\b)[\w'-]+ ){0,4}?(abstracts|papers"
    r"|articles|literature|publications|excerpts|full[- ]texts?"
    # (or a written record of a drug or a study: "reads the compound's monograph", "reads the
    # panel sheet and the protocol document")
    r"|monographs?|documents?|(panel|data|specification) sheets?|package inserts?|drug labels?"
    r"|(clinical|medical|health) records|clinical notes"
    r"|(drugbank|database|registry|trial) (entries|records))\b(?![^.;]*\bwe\b)"
    r"|(?<!we )(?<!by )\b(searches|searching|queries|querying|consults?|consulting|mines"
    r"|mining) ((?!from\b)[\w-]+ ){0,5}?(the |recent |published )?(literature|pubmed|abstracts"
    r"|papers)\b(?![^.;]*\bwe\b)"
    # papers the system fetches itself ("in the papers it retrieves")
    r"|\b(papers|abstracts|articles|publications) (that )?(it|the (agent|system|model)) "
    r"(retrieves|fetches|downloads|finds)\b"
    # a system's own search of the literature, the web or software documentation, as a tool
    # it is given or calls ("tools such as web search", "three tools (..., a PubMed retrieval
    # index", "browses the internet", "retrieves from the documentation of workflow
    # languages"); not how the authors found their data ("identified through a PubMed search",
    # "using a literature search") nor a search "which we ran", nor what a reader of the
    # software does ("read the documentation", "users can consult the documentation")
    r"|\b(tools?\b[^.;]{0,150}?|(calls?|calling|invok\w+|access to|apis?"
    r"|equip\w* ([\w-]+ ){0,2}with)\b[^.;]{0,40}?)"
    r"\b(literature|pubmed|web|internet)[- ](search(es)?|retrieval)\b(?![^.;]*\bwe\b)"
    r"|(?<!users can )(?<!users )(?<!you can )\bbrows(e|es|ing) the (web|internet)\b(?!-)"
    r"|(?<!users )\b(retriev(es|ing|al)|search(es|ing)|reads|reading|navigat(es|ing)"
    r"|look(s|ing) up|look-?ups?|consult(s|ing))"
    r" ((?!we\b)[\w-]+ ){0,3}?documentation\b(?![^.;]*\bwe\b)"
    r"|\b(writes|(?<!spend )writing(?![^.;]*\bwe\b)|drafts|composes) (an? |the )?([\w-]+ )?"
    r"(reports?|summar(y|ies)"
    r"|rationales?|recommendations?|paragraphs?|captions?|explanations?)\b"
    r"|\bwritten (rationales?|recommendations?|summar(y|ies))\b"
    # written descriptions embedded by a language model ("a language-model embedding of its
    # descriptions", "we embed its functional summary", "descriptions ... embedded with a
    # biomedical language model"; not an embedding of cells or genes themselves)
    r"|\bembed\w* (of )?(its|their|the|each [\w-]+'s) ((?!cells?\b|genes?\b|expression\b"
    r"|counts?\b|numeric\w*\b|statistic\w*\b)[\w-]+ ){0,3}?"
    r"(descriptions?|summar(y|ies)|definitions?|entries|text|abstracts)\b"
    # (or the labels, names and terms written for cells: "each label is embedded by a
    # biomedical language model")
    r"|\b(descriptions?|summar(y|ies)|definitions?|abstracts?|labels?)\b"
    r"[^.;:]{0,80}\b(embedded|encoded) (\w+ )?"
    r"(with|by|using) (an? |the )?([\w-]+ ){0,3}?"
    rf"({LANGUAGE_MODEL}|llms?\b|text encoders?|sentence encoders?)"
    # what a system extracts from a paper it is given ("it extracts from the paper's methods
    # the tissue and the markers"; the system the subject, not the authors' "we then
    # extract", nor features extracted from a study's images)
    r"|\b(it|the (agent|system|model|tool)|(?-i:[A-Z][\w-]+)) (then |also |first )?extracts"
    r" ([\w-]+ ){0,3}?from (the|its|each|a) (accompanying )?(paper|publication|article)('s)?\b"
    r"(?! (\w+ )?(images?|figures?|data|tables?)\b)(?![^.;]*\bwe\b)",
}
GROUNDING_TERMS: dict[str, str] = {
    Grounding.atlas: r"cell atlas|atlases|cellxgene|human cell atlas|\d+(\.\d+)?\s*(million|m)\s+"
    r"([\w-]+ ){0,3}?(cells|nuclei)\b|pre-?train\w* on (large|\d|millions|a large|multi)"
    r"|large-scale (single-cell )?"
    r"(corpus|corpora|data(sets)?|pre-?training)|reference atlas"
    # a foundation model of cells carries what it learned from the cell atlases it was
    # pretrained on ("zero-shot" alone does not: a text or image model is used zero-shot too)
    r"|(cell|single-cell|transcriptom\w*) foundation models?"
    r"|zero-shot (\w+ ){0,3}(cells?|cell[- ]types?|single-cell|transcriptom\w*|scrna\w*|genes?"
    r"|annotation|denois\w+|clustering|(batch )?integration|perturbation\w*|embeddings?)\b"
    r"|\b(cells?|cell[- ]types?|donors|genes) (\w+ ){0,3}zero-shot",
    Grounding.ontology: r"\bontolog\w*|knowledge graphs?|\bgo[- ]terms?\b|gene ontology",
    Grounding.marker: r"(using|based on|from|with|such as|of|known|canonical) marker genes?"
    r"|marker[- ]gene lists?|differentially expressed genes|\bde (genes|markers|lists)"
    r"|marker gene (reasoning|knowledge)",
    Grounding.literature: r"literature|gene descriptions?|text(ual)? (embeddings?|descriptors?)"
    r"|(learned|encoded|prior|extract\w*) (essential )?biological knowledge"
    r"|pubmed|gene summar\w+|publications|\barticles?\b|llm[- ](derived|generated) embeddings"
    r"|language model embeddings"
    # papers read for what they say ("reads the methods sections of the associated papers")
    r"|methods sections? of\b|\b(associated|accompanying|source) (papers|publications)\b",
    Grounding.spatial: r"spatial (neighbo\w+|context|niches?|proximity|relations|adjacency)"
    r"|neighbou?rhood|tissue context|microenvironment",
    Grounding.sequence: r"dna sequence|sequence motifs?|\bmotifs?\b|cis-regulatory sequence",
}
#: a generating subject that is an instrument, not the model ("technologies generate expression
#: profiles"; only the word just before the verb is read)
NOT_AN_INSTRUMENT = (
    r"(?<!technologies )(?<!technology )(?<!platforms )(?<!assays )(?<!protocols )"
    r"(?<!experiments )(?<!sequencing )"
    # "technologies have generated profiles", "the rapid generation of single-cell data": data
    # the field produces, not data a model generates
    r"(?<!technologies have )(?<!platforms have )(?<!assays have )(?<!experiments have )"
    r"(?<!studies have )(?<!consortia have )(?<!efforts have )(?<!projects have )"
    r"(?<!atlases have )(?<!rapid )(?<!massive )(?<!increasing )"
    r"(?<!growing )(?<!unprecedented )(?<!large-scale )"
    # people who produce data in the lab ("many biologists now generate single-cell data")
    r"(?<!biologists )(?<!biologists now )(?<!researchers )(?<!researchers now )(?<!labs )"
    r"(?<!laboratories )(?<!consortia )(?<!experimentalists )(?<!clinicians )"
    # ... and the studies that produced it ("the papers that generated the data")
    + "".join(
        f"(?<!{who} {rel} )"
        for who in ("papers", "studies", "labs", "laboratories", "experiments", "groups")
        for rel in ("that", "which")
    )
)
#: a generated noun that is a representation or a label of cells, not cells, or an atlas a
#: field assembles ("the increasing generation of single-cell atlases")
#: data profiled from tissue, not made by a model ("we generated single-cell transcriptomes of
#: 310,000 cells from organoids")
PROFILED_FROM = (
    r"(?![^.;]{0,60}\bfrom ([\w-]+ ){0,2}(organoids?|tissues?|samples|donors|patients|biopsies"
    r"|mice|embryos|individuals)\b)"
)
NOT_DATA_AFTER = (
    r"(?!(-\w+| and \w+)?( (?!(for|to|of|in|on|with|by|from|as|at|and|or|that|which)\b)"
    r"[\w-]+)?[- ](embeddings?|representations?|types?|annotations?|labels?"
    r"|identit\w+|states? labels|atlas\w*|hypothes\w+)\b)(?!-driven)"
)
#: one space learned for data ("learns a shared latent space", "a joint representation")...
SHARED_SPACE = (
    r"\b(learn|produc|build|construct)\w* (an? |the )?(shared|joint|common) (latent space"
    r"|embeddings?|representations?)\b"
)
#: ... of several kinds or sources (not cells and genes, images and spots, or cells and text)
SEVERAL_DATA = (
    r"\b(modalit(y|ies)|multi-?omic\w*|multiome|batches|(expression|rna) and (chromatin )?"
    r"accessibility|(rna|expression) and (atac|protein))\b"
)
#: a network given to the model as its input graph ("... used as a proxy for the causal graph")
AS_INPUT = r"(?! (used |serving )?as (an? )?(proxy|prior|input|scaffold))"
#: an organism by its common name (one group)
SPECIES = rf"({SPECIES_NAMES})"
#: ... without the regular plural's "s" (that "humans" and "human" are one organism)
SPECIES_STEM = rf"({SPECIES_NAMES.replace('s?', '')})"


def species_named(g: str) -> str:
    """An organism, caught as group `g`, singular (a regular plural's "s" is left outside it;
    mouse, mice and murine are marked as one, `g`_rodent)."""
    return (
        rf"(?P<{g}>(?P<{g}_rodent>mouse|mice|murine)\b|(?!(mouse|mice|murine)\b){SPECIES_STEM})"
        r"s?\b"
    )


def same_species(g: str) -> str:
    """The organism `species_named(g)` caught, named again: singular and plural are one, and so
    are mouse, mice and murine."""
    return rf"(?({g}_rodent)(mouse|mice|murine)|(?P={g})s?)\b"


def other_species(g: str) -> str:
    """An organism other than the one `species_named(g)` caught."""
    return rf"(?!{same_species(g)}){SPECIES}\b"


#: cell types resolved in each spot of a capture array are its deconvolution (spatial
#: mapping), not cells named: "resolving cell types in every spot"
IN_SPOTS = (
    r"(?! ([\w-]+ ){0,2}(in|within|of|at|per) (each |every |the |individual )?([\w-]+ )?(spots?"
    r"|beads?|pixels|bins)\b)"
)
TASK_TERMS: dict[str, str] = {
    # the task labels cells; an annotation that is data provenance ("annotations curated by
    # experts", "variant annotations") or knowledge about genes ("Gene Ontology annotations",
    # "curated functional annotations") is not it
    Task.annotation: r"(?<!variant )(?<!genome )(?<!sequence )(?<!expert )(?<!human )"
    r"(?<!manual )(?<!pathologist )(?<!pathologists' )(?<!gene ontology )(?<!\bgo )(?<!function )"
    r"(?<!functional )(?<!\bgene )(?<!pathway )(?<!protein )(?<!component )"
    r"(?<!process )(?<!response )(?<!difficult to )(?<!hard to )(?<!disease )(?<!region )"
    r"(?<!anatomical )(?<!enhancer )(?<!pixel )(?<!sample )(?<!curated )(?<!existing )"
    r"(?<!experimental )(?<!regulon )(?<!tf-target )(?<!target-gene )(?<!element )"
    r"(?<!drug target )(?<!drug-target )(?<!gene target )"
    # (nor the targets' annotations a resource holds: "target annotations from ChEMBL"; a
    # target dataset's annotation is still a task)
    r"(?!(?<=\btarget )annotations (from|in)\b)"
    # (nor a property studies differ in: "atlases that differ in annotation granularity")
    r"(?!(?<=\bin )annotat\w* (granularity|quality|levels?|resolution|depth)\b)"
    r"annotat(ion|ions|e|es|ing)\b"
    # (sequences, proteins or genes annotated with their function, and annotations that are
    # training supervision: "annotating user-provided sequences", "annotations for poorly
    # characterised proteins", "annotations such as taxonomy and protein function")
    r"(?! (?!(using|with|from|via|based)\b)([\w-]+ ){0,2}sequences\b"
    r"| (for|of) (?!panels\b)([\w-]+ ){0,3}proteins\b"
    r"| such as (taxonom\w*|gene|protein|functions?|go)\b)"
    # (a reference's annotation as a property or a resource, not a task: "its annotation depth",
    # "their own annotation resources")
    r"(?! (depth|resources?|files?|databases?|tables?|tracks?|schemes?)\b)"
    # (nor a figure, plot or step the verb annotates with what was done: "the critic annotates
    # each figure with the metric values it used"; "annotation code" is the task's)
    r"(?!(?<=te|es|ng) (each |every |the |its |their |all )?(figures?|figure panels?|plots?"
    r"|charts?|reports?|decisions?|steps?|code|logs?|scripts?|commands?)\b)"
    # (regions, regulons or genes annotated with what is known of them; nor genomes, isoforms or
    # proteins annotated: "annotating draft assemblies", "annotation of long-read transcriptomes")
    r"(?! (the )?(regions|regulons|peaks|variants|genes|enhancers|elements|motifs)\b)"
    r"(?! (of )?(the |their |its )?(new |newly assembled |draft |long-read )?(genomes?|assembl\w*"
    r"|isoforms?|transcript models|transcriptomes? from long reads|long-read \w+|proteins?)\b)"
    # (nor annotations given to the model as an optional input: "annotations can be added",
    # "annotations, if available, can optionally be supplied")
    r"(?! (are|were) (curated|made|provided))(?!(,[^,.;]{1,30},)? (optionally )?(can|could|may) "
    r"(optionally )?be (optionally )?(added|supplied|provided)\b)(?! (made |provided )?(by|from) "
    r"(\w+ )?(experts?"
    r"|pathologists?|curators?|clinicians?|annotators?))"
    r"|cell[- ]type (identification|classification|labell?ing|prediction|assignment|calling)"
    r"|(?<!pseudo-)(?<!pseudo )label (projection|assignment)"
    # (not cells classified by their response: "classifying cells as sensitive or resistant")
    r"|classif\w+ (of )?((?!respons|outcome|effect)[\w-]+ ){0,3}(cells|nuclei|cell types?"
    r"|cell states)\b(?! ([\w-]+ ){0,4}(as|into) (either )?(drug[- ])?(sensitive|resistant"
    r"|responsive|non-responsive|responders?|non-responders?)\b)"
    r"|cell[- ]type clustering"
    r"|(?<!metabolic )(?<!genetic )(?<!fluorescent )(?<!lineage )(?<!barcode )"
    r"\b(cluster|per-cell|cell)[- ]labell?ing\b(?! (of samples|experiments?|data|with (4su|lipid"
    r"|antibod|oligo|dyes?|barcodes?|fluoresc)))"
    r"|(cell|cell[- ]type|cell[- ]state) "
    r"classification|label (transfer|prediction)"
    # (cell types found, not a setting predictions are made in: "chromatin signals in new cell
    # types", "generalises to new cell types")
    r"|(?<!generali[sz]es to )(?<!generali[sz]e to )(?<!signals in )(?<!predictions in )"
    r"(?<!accessibility in )(?<!expression in )(novel cell(s| types?)|(unknown|new) cell types)"
    # identity predicted, not what shapes it ("regulators of cell identity", "cell identity is
    # established by regulatory programs")
    r"|(predict|classif|infer|assign)\w* (\w+ ){0,2}cell identit(y|ies)|\bcell typing\b"
    # cells named after the fact: "cells were annotated", "labels spots with cell-type terms",
    # "resolves 41 immune states", "assigns labels at subclass level"
    r"|\b(cells|nuclei|clusters|spots) (\w+ ){0,4}(were|are|is|was) annotated\b(?! (by|as|from)\b)"
    r"|\blabel(s|ling|ing)? (the )?(cells|nuclei|spots|clusters) (with|as|by)\b"
    r"|\bassign\w* (cell[- ]type labels|labels to (each |the |individual )?(cells|nuclei|clusters"
    r"|spots))\b"
    rf"|\bresolv\w+ (?!which )(\d+ )?([\w-]+ ){{0,2}}(cell[- ]types{IN_SPOTS}|subtypes|subsets"
    r"|cell states"
    r"|immune states|(neuron|neuronal|cell|immune|cortical) (classes|subclasses))\b"
    # calling the phenotype of each cell (imaging and cytometry say so)
    r"|\bphenotyp(e|es|ed|ing) (?!of\b|in\b)(\w+ ){0,2}cells\b|cell phenotyping"
    # naming the cells of a sample in other words: labels carried over from a reference,
    # cell-type labels assigned
    r"|labels? (are |is |were )?transferr\w+|transferr?\w* ([\w-]+ ){0,5}labels?"
    # cells or types labelled by the model ("labels cells zero-shot", "labelled cell types more
    # accurately than"; not "named the correct cell type" a variant acts in)
    r"|\blabels (the )?(individual |single |query |unlabell?ed |new )?(cells|nuclei|clusters"
    r"|cell (sub)?types|cell states)\b"
    r"|\blabell?ed cell types (more|better|correctly|accurately)\b"
    # the verb after its subject ("it labelled cell types and niches"; not cells labelled to
    # train it, "we labelled cells by their guide")
    r"|\b(it|and|then|also) labell?ed (the )?(\d+ )?(\w+-)?(cell (sub)?types|cell states)\b"
    # (or scored: "labelled cell types in held-out species with 88% accuracy")
    r"|(?<!we )(?<!experts )(?<!curators )(?<!annotators )(?<!pathologists )"
    r"\blabell?ed (the )?(cell (sub)?types|cell states|cells) (?![^.;]{0,60}\bby hand\b)"
    r"[^.;]{0,60}\bwith (an? )?"
    r"(\d[\d.]* ?% |[\d.]+ |\w+ )?(accuracy|(macro-|micro-)?f1)\b"
    # (not the field's range of tasks: "from labelling cell types to discovering drugs")
    r"|(?<!from )\blabell?ing (the )?(new |unseen |query )?(cell (sub)?types|cell states)\b"
    r"|\blabels? ([\w-]+ ){0,6}?transfer(s|red)? (on)?to\b"
    # free-text labels mapped onto an ontology's terms (the task is annotation & ontology mapping)
    r"|(map|harmoni[sz]|standardi[sz]|normali[sz])\w* ([\w-]+ ){0,4}(labels?|annotations?|names)"
    r" (\w+ ){0,3}(to|onto|with) (the |an? )?([\w-]+ )?ontolog\w*"
    r"|assign\w* (\w+ ){0,3}(cell[- ]types?|cell identit\w+|cell[- ]type labels?)"
    # finding cell types or states, or telling cells apart (not "identified regulators of stem
    # cells")
    # (nor the cell types a drug or disease acts on most: "identified the responsive cell
    # types", "the most affected cell types")
    r"|(identif|detect|recogni[sz])\w* (?!(\w+ ){0,2}?(drug-)?(responsive|responding|affected"
    r"|vulnerable|susceptible|sensitive|resistant|perturbed) )(\w+ ){0,2}?(cell[- ]types?"
    r"|cell[- ]states?)\b(?! (most |least )?(affected|responsive|vulnerable|susceptible"
    r"|sensitive|resistant)\b)"
    r"(?!-(specific|dependent|resolved))(?! (that|which) (differ|change|respond|expand|shift)"
    r"\w*)"
    r"|(identif|detect|discover)\w* (\w+ ){0,2}?(rare|novel|new|unknown) (cell )?(sub)?populations?"
    r"|separat(e|es|ed|ing) (?!shared\b|technical\b)[\w-]+ from ([\w-]+ ){0,2}(cells|cell types)\b"
    r"|(distinguish|discriminat)\w* ([\w-]+ ){0,3}?(between|from|vs\.?|versus) "
    r"([\w-]+ ){0,3}"
    r"(cells|cell[- ]types?|cell[- ]states?)\b"
    # naming the cell type of a cluster, or labelling populations
    r"|(?<!gene )\bnam(e|es|ing) (the |their |its |each )?((?!and |or )[\w-]+ )?cell[- ]types?\b"
    r"|\bcell[- ]type names?\b"
    # the same in further words: "assigns labels at subclass level", "the labelling of new
    # datasets", "classifies 38 leukocyte populations", "distinguishes 28 neuronal subtypes",
    # "assigns 24 cell phenotypes", questions about a cell's type, gating cytometry data,
    # rare cell types recalled, a written description of a cell's identity
    r"|\bpropos\w* (an? |the )?(cell[- ]type )?labels?\b(?!-| (noise|smoothing))"
    r"|\bassign\w* (\w+ ){0,2}(withheld|unseen|held-out|new|novel|rare|query) types\b"
    r"|\bassign\w* labels at\b|\blabell?ing of (new |query |unseen |incoming )?datasets\b"
    r"|\blabell?ing (of )?(new|query|unseen|incoming) (cells|nuclei|samples)\b"
    # (not patients, diseases or tumours told apart)
    # (nor slides or images classified: "slide-level classification of subtypes")
    r"|(?<!slide-level )(?<!slide )(?<!whole-slide )(?<!image )(?<!tile-level )(?<!patch-level )"
    r"(?<!wsi-level )(?<!image-level )"
    r"\b(distinguish|discriminat|classif)\w* (?!([\w-]+ ){0,3}(patients?|diseases?|clinical"
    r"|tumou?rs?|cancers?|viral|virus\w*|influenza)\b)(\d+ )?([\w-]+ ){0,3}?(subtypes"
    r"|populations|cell phenotypes)\b"
    r"|\bassign\w* (\w+ ){0,2}((cell|cellular) (phenotypes|subtypes|identities)|(correct|cell-type)"
    r" identities)\b"
    # ("assigns 38 immune states")
    r"|\bassign\w* ((cells|nuclei) to )?(\d+ )?([\w-]+ )?(immune|cell|cellular|t-cell|neuronal) "
    r"(states|subsets)\b(?! along\b)"
    r"|\bquestions? (about|on) (\w+ ){0,2}cell[- ]types?\b|cell[- ]type interpretation"
    r"|\b(automat\w+|manual|computational|unsupervised|autonomous) gating\b"
    r"|\bgating (hierarch\w+|strateg\w+)"
    r"|\b(recall|detection|discovery|identification) of (\w+ )?(rare|novel|unknown) cell "
    r"(types?|populations?|states?)\b"
    r"|\b(writ|generat|produc)\w* (an? |the )?([\w-]+ )?descri\w+ (of )?(\w+ ){0,2}identit(y|ies)\b"
    r"|(?<!drivers )(?<!driver )(?<!reporter )(?<!reporters )(?<!genetic )(?<!dye )(?<!dyes )"
    r"(?<!lineage )\blabel(s|ling|ing)? (\w+ ){0,2}(sub)?(populations|subtypes)\b"
    r"|\blabels \d+ ([\w-]+ ){0,2}subsets\b"
    # identities assigned to cells or populations, clusters named, labels carried over to new
    # data, a dataset labelled, names agreeing with curated labels
    # (not sample, donor, guide or compound identities: demultiplexing; not experimental
    # labelling with 4sU or DAPI; not names given to clusters by hand or by a compound)
    r"|\bassign\w* (cell[- ]type |cellular |cell )?identities to (\w+ ){0,2}(cells|nuclei"
    r"|populations|clusters)\b|\bidentities (\w+ ){0,2}assigned (matched|agreed)\b"
    r"|(?<!experts )(?<!curators )(?<!authors )(?<!annotators )(?<!biologists )(?<!we )(?<!then )"
    r"(?<!manually )(?<!later )"
    r"\bnam(es|ed|ing) (new |unlabell?ed |each |the )?(clusters|populations)\b(?! (after|for)\b)"
    r"(?! ([\w-]+ ){0,3}(manually|by hand)\b)"
    r"|\bnames (it |they )?gives? to\b"
    r"|\bcarr(y|ies|ied|ying) (\w+ ){0,2}(labels?|identit(y|ies)) over to\b"
    r"|\blabels? (learned|trained|transferred) [^.;]{0,40}\bcarr(y|ies|ied) over\b"
    r"|\b(agree\w*|match\w*) (with )?(the )?(\w+ ){0,2}(curated|author|expert|curators'?"
    r"|published) (cell[- ]type )?(identities|labels|annotations)\b",
    # (not an agent's trajectories: the logs of the steps it took)
    # (nor the path a sequence design or an optimisation took)
    # (not a perturbation that validates something else: "perturbation-validated targets",
    # "perturbation metadata", "confirmed by knockdown", "published knockout data"; not the
    # context a finding is placed in: "changes along differentiation", "differentiation states")
    # (not perturbations as ground truth for something else, nor adversarial ones; not the
    # trajectory of a training loss)
    # (not a model's inputs or settings perturbed to explain or test it: "input perturbations
    # serve only to estimate attribution", "perturbations of the learning rate")
    Task.trajectory_perturbation: r"(?<!adversarial )(?<!gradient-chosen )(?<!drug )"
    r"(?<!compound )(?<!chemical )(?<!input )(?<!token )perturb\w*\b"
    r"(?![- ](validated|metadata|labels?|databases?|resources?|derived|backed|based (ground"
    r"|evidence))\b)(?! (ground[- ]truth|evidence)\b)"
    # (nor perturbation data as a reference: "query perturbation signature databases",
    # "somewhat better on perturbation-based standards")
    r"(?![- ]signature (databases?|look-?ups?|queries|resources?)\b)"
    r"(?![- ]based (gold )?standards?\b)(?! (gold )?standards?\b)"
    r"(?! (of )?(the |its |their )?(model's )?(inputs?\b(?! (genes?|expression|cells?)\b)"
    r"|input (tokens|features)|(model )?weights|learning rate|hyper-?parameters|batch size)\b)"
    r"|(?<!agent )(?<!agents' )(?<!reasoning )"
    r"(?<!design )(?<!optimi[sz]ation )(?<!training )(?<!loss )"
    r"trajector\w*\b(?! (are|were) (released|available|provided|shared))(?! of (the |its )?"
    r"(training |validation |test |pretraining |reconstruction |masked[\w-]* )?(loss|error|accuracy"
    r"|objective)\b)|pseudotime|in silico "
    r"knock\w*|cell fate|differentiation dynamics|developmental potential"
    r"|(developmental|differentiation|stem[- ]cell|cellular) potency"
    # how cells change over time or under intervention, in other words
    r"|in silico (deletions?|overexpression)"
    # (not a knockdown done to check a finding: "knockdown of its top candidate delayed
    # regeneration")
    # (nor one done at the bench, told by its result in the past: "knockdown of two of them
    # lowered albumin secretion"; not "predicts how knockout of a factor alters its targets")
    r"|(?<!published )(?<!validated by )(?<!confirmed by )knock-?(outs?|downs?)(?! (data"
    r"|ground[- ]truth)\b)\b(?! of ([\w-]+ ){1,8}((impair|delay|reduc|abolish|abrogat|block|slow"
    r"|prevent|confirm|validat)\w*|(lowered|raised|increased|decreased|altered|disrupted))\b)"
    # (not a lab's protocol: "dozens of differentiation protocols", "a differentiation campaign",
    # "during directed differentiation", "a differentiation time course showed")
    r"|(?<!along )(?<!during )(?<!during directed )(?<!from )\bdifferentiation\b(?! (states?|status"
    r"|markers?|protocols?|campaigns?|media|medium)\b)(?! time[- ]courses? (showed|revealed"
    r"|confirmed|indicated)\b)"
    r"|(state|fate) transitions?|developmental "
    r"(dynamics|processes|trajector\w+|time)|time-course|genetic (screens?|interventions?)"
    r"|reprogramming|responses? to (gene|genetic)"
    # lineages followed or reconstructed, not "markers of two lineages"
    r"|lineage (tracing|trajector\w*|inference|commitment|specification|decisions?|choices?"
    r"|relationships?|reconstruction|hierarch\w*|dynamics|priming|bias)"
    r"|cell lineages?\b(?! such as)"
    r"|(trac|reconstruct|infer)\w* (\w+ ){0,2}lineages?"
    # cells or states put in order along a developmental axis, or a progression reconstructed
    # ("ordering T-cell states along the path to dysfunction", "ordered parasites along a
    # continuous developmental axis", "reconstruct the progression from stem-like to ...")
    # (the verb, not "two orders of magnitude along the axis", "the laminar order of cells")
    r"|(?<!\bthe )(?<!\ba )(?<!\ban )(?<!same )(?<!laminar )(?<!spatial )(?<!linear )(?<!\d )"
    r"(?<!two )(?<!three )(?<!several )(?<!many )\border(s|ed|ing)? (?!of\b)([\w+-]+ ){1,4}?"
    r"along (a |an |the |their )?([\w-]+ ){0,2}?(axis|path"
    r"|continuum|progression|trajectory|trajectories)\b"
    r"|\b(reconstruct|infer|recover|trac|model)\w* (the )?([\w-]+ ){0,2}?(progression"
    r"|transitions?) (of [\w-]+ (cells|states) )?from\b",
    # (not a model merely robust to batch effects)
    Task.integration: r"data integration|(?<!robust to )(?<!robust against )(?<!robustness to )"
    r"(?<!insensitive to )(?<!datasets with )(?<!data with )(?<!datasets with strong )"
    r"(?<!data with strong )batch (correction|integration)|batch[- ]mixing|technical batches"
    # batch effects removed, not merely named: the noise a simulator adds, a limitation, what
    # artefacts create ("can create batch effects", "together with antibody batch effects")
    # (not a covariate a test adjusts for: "adjusting for batch")
    r"|(remov|correct)\w* ((technical|donor|the) ){0,2}batch(es)?\b(?![- ]sizes?\b)"
    r"|(remov|correct|mitigat|reduc(e|es|ed|ing)\b|eliminat|regress\w* out|disentangl|absorb"
    r"|suppress|minimi[sz]|overcom|account\w* for|model(s|ed|led|ing)?\b|handl|separat)\w* "
    r"((of|and|for|the|[\w-]+,) )?([\w-]+ ){0,4}?batch (effects?|artefacts?|artifacts?)\b"
    r"|\bbatch[- ](effect )?(removal|correction)\b|\bbatch[- ]corrected\b"
    r"|\bbatch (effects?|artefacts?|artifacts?) (are |were |is |was )?(removed|corrected|mitigated"
    r"|reduced|eliminated|regressed out|minimi[sz]ed)\b"
    r"|integrat\w* "
    r"(of )?(multiple|([\w-]+ )?multi-?omic\w*(?! knowledge)|datasets|batches|modalities|across)"
    # data brought into one space ("integrate profiles of different marks into a common space")
    r"|integrat\w* ([\w-]+ ){0,3}?(profiles|datasets|batches|samples|cells|modalities|omics"
    r"|layers|studies|data|atlases|experiments|measurements|rna|atac|chromatin|accessibility"
    r"|[\w-]*-seq|transcriptom\w*|epigenom\w*|proteom\w*)\b(?! of (neighbou?ring|adjacent"
    r"|nearby) cells)[^.;]{0,60}?into (a |one )?(common|shared|joint|single"
    r"|unified) ((latent|embedding) )?(space|embedding|manifold)\b"
    r"|\b(profiles|datasets|batches|samples|cells|modalities|studies|data)\b[^.;]{0,40}?\b(are|is"
    r"|were|was) integrated into (a |one )?(common|shared|joint|single|unified) ((latent|embedding)"
    r" )?(space|embedding|manifold) by\b"
    # (harmonising data, not labels or vocabularies: that is annotation)
    r"|(?<!label )(?<!labels )(?<!annotation )(?<!term )(?<!embeddings are )(?<!identifiers "
    r"were )(?<!symbols were )(?<!labels were )(?<!labels are )(?<!name )(?<!-name )"
    r"(?<!names )harmoni[sz]\w+\b(?! tables?\b)(?! ([\w-]+ ){0,3}(labels?|annotations?|terms"
    r"|names|vocabular\w*|metadata|corpus|corpora|collection|resource|identifiers|symbols"
    r"|pipelines?|preprocessing|quality|protocols?|gene spaces?|gene sets?|(name|mapping"
    r"|conversion|lookup|cell-type|id|identifier) tables?))"
    # a batch effect said to be gone ("places samples in one space without batch artefacts")
    r"|without (\w+ )?batch (artefacts?|artifacts?)"
    r"|multi-?omic\w* (integration|embedding)|integration (&|and|\+) "
    # (not a cross-dataset setting of annotation: reference and query from different studies)
    r"(annotation|label)|multi-batch|cross-dataset (integration|alignment|harmoni\w+|batch)"
    # integrating whose object is data from several sources: batches, datasets, modalities
    r"|integrat\w+ (?!([\w-]+ ){0,3}?tools\b)[^.;]{0,60}?\b(batches|datasets|modalities|studies"
    r"|samples|donors"
    r"|technologies|platforms|omics layers)\b|\bintegrat\w+ with ([\w-]+ ){0,2}(atlas(es)?"
    r"|references)\b"
    # data of several kinds or sources brought into one space
    r"|\b(align|embed|map|project|plac|bring|brought|merg)\w* ([\w-]+ ){0,5}?(datasets|modalities"
    r"|batches|omics|layers|samples|sections|atlases|studies) (in|into|onto) (a |one |its |their"
    r" |the )?(common|shared|joint|single|unified) (\w+ )?(space|embedding)"
    # data put there in the passive ("RNA-only and ATAC-only datasets could be placed in the joint
    # embedding"; not modalities aligned, which may be an image and its spots, or text and cells)
    r"|\b(datasets|atlases|studies|batches|samples|sections) ([\w-]+ ){0,8}?(could be "
    r"|can be |are |were |is |was )(placed|projected|embedded|mapped|aligned|merged|integrated) "
    r"(in|into|onto) (a |one |the )?(common|shared|joint|single|unified) (latent |embedding )?"
    r"(space|embedding)"
    # batches merged, donor or laboratory effects removed ("for merging batches", "merging
    # batches and donors", "it corrects donor and laboratory effects")
    r"|\bmerg(e|es|ed|ing) (the )?(batches|donors)\b"
    r"|\b(remov|correct|mitigat|reduc(e|es|ed|ing)\b|eliminat|regress\w* out)\w* (for )?"
    r"([\w-]+ ){0,2}?(donor|laborator\w*|lab|study|site|protocol|technical|chemistry|platform"
    r"|batch)((,| and| or)( and)? [\w-]+){0,3} effects\b"
    # (not what removing them "would" do)
    r"(?! (would|could|might|may)\b)"
    # the noun names the task ("batch integration", "RNA-ATAC integration"), unless what is
    # integrated is knowledge, tools or text rather than data
    # (not a vector's integration site)
    r"|(?<!seamless )(?<!this )(?<!such )(?<!vector )(?<!viral )(?<!proviral )(?<!software )"
    r"(?<!workflow )(?<!pipeline )(?<!tool )(?<!system )\bintegration\b(?!-based)(?![- ]sites?\b)"
    r"(?! (of|with) (\w+ ){0,2}(knowledge"
    r"|tools?|information|text|llms?|language|prior|features|analysis))"
    # (nor a model's parts joined, or software fitted into a workflow: "integration of the
    # slide encoder with a frozen LLM", "integration into existing clinical workflows")
    r"(?! of (the |its |our |a |an )?([\w-]+ ){0,2}(encoders?|decoders?|modules?"
    r"|components?|backbones?|adapters?|heads?) (with|into)\b)"
    r"(?! into (\w+ ){0,3}(workflows?|pipelines?|practice|routines?|software)\b)"
    r"|(align|fus|unif)\w+ (\w+ ){0,3}(modalities"
    r"|omics)|joint (embedding|representation)s? of (\w+ ){0,2}(modalities|omics)"
    r"|\bjoint (analysis|modell?ing) of ([\w-]+ ){0,3}(multi-?omic\w*|multiome|multimodal"
    r"|modalities)"
    # one space learned for data of several kinds or sources ("learns a shared latent space",
    # "a joint representation of cell states from expression and accessibility"), not one
    # shared with text; matching cells across modalities
    rf"|{SEVERAL_DATA}[^.;]{{0,80}}{SHARED_SPACE}|{SHARED_SPACE}[^.;]{{0,80}}{SEVERAL_DATA}"
    r"|\bmodality matching\b"
    # datasets of different labs merged, the technical differences between them removed,
    # cells profiled differently brought together, cells kept together by type rather than
    # by laboratory (not a pretraining corpus assembled, samples pooled or runs merged)
    r"|\bmerg\w* (\w+ ){0,2}(datasets|data|profiles|samples) (from|across) (different|multiple"
    r"|several|\d+) (labs|laboratories|studies|centres|centers|platforms|technologies"
    r"|protocols|donors)\b"
    r"(?! into (an? |one |the )?(single )?(training|pretraining) (corpus|set|data))"
    r"|\bremov\w* (the )?technical differences between\b"
    # differences between donors, protocols or studies removed, said the other way round
    r"|\b(technical|donor|protocol|study|laboratory|lab|batch|chemistry)( and (technical|donor"
    r"|protocol|study|laboratory|lab|batch|chemistry))? (differences|effects|variation) "
    r"([\w-]+ ){0,4}(are|were|is|was) (also )?(removed|corrected|eliminated)\b"
    r"(?! (with|by|using|before|upstream|beforehand|prior to|during|in advance|in preprocessing)\b)"
    r"|\bbring\w* together (\w+ ){0,2}(cells|datasets|samples) (profiled|measured) (with|on|by|at)"
    r" (different|several|multiple)\b|\b(together|group\w*|cluster\w*) (\w+ ){0,6}by (cell )?"
    r"((type|subtype)s?|(cell )?of origin|lineage|tissue) rather than (by )?(batch|laboratory|lab"
    r"|study|platform|cohort|protocol|donor)\b",
    Task.spatial_mapping: r"spatial (mapping|domains?|clustering|deconvolution|decomposition"
    r"|organi[sz]ation"
    r"|regions?|complexit\w+|imputation|gene imputation|context prediction|label\w*)"
    # (deconvolution of spots or sections; of other data only where the model reads spatial data
    # (`SPATIAL_ANALYSIS`): not "tumour deconvolution" from bulk methylation reads)
    r"|\b(spot|spatial|visium|section)s?[- ](\w+[- ])?deconvol\w+"
    r"|\bdeconvol\w+ (of |the |each |every ){0,3}(\w+ )?(spots?|sections?|slides?|visium|spatial)\b"
    r"|regions? (selection|of interest)|tissue[- ]domain|niche (prediction|label\w*)"
    r"|spatial transcriptomics analysis|spatial gene expression prediction|super-resolution"
    # expression predicted for spots or from the tissue image ("spot-level gene expression
    # prediction from H&E")
    r"|\b(spot|spatial)[- ]level (gene )?expression prediction"
    r"|\b(gene )?expression prediction from (h&e|histology|(tissue |histology )?images?)\b"
    r"|\b(predict|infer)\w* (the )?(spot-level |spatial |spatially resolved )?(gene )?(expression"
    r"|transcriptomes?)( of [\w\s,-]{0,30}?)? (\w+ ){0,3}?from ((routine|standard|stained) )?"
    r"(h&e|histolog\w*|(tissue |histology |h&e |h&e-stained |whole-slide )(images?|slides"
    r"|sections))"
    r"|\b(gene )?expression (is |was )?predicted from (h&e|histolog\w*|(tissue |histology |h&e )"
    r"images?)\b"
    r"|(predict\w*|infer\w*|imput\w*) (of )?spatial (gene )?expression",
    # (not a network given as the model's input graph: "a gene regulatory network used as a
    # proxy for the causal graph"; not post-transcriptional regulation)
    Task.regulatory_inference: rf"gene[- ]regulatory[- ]networks?{AS_INPUT}|\bgrns?\b"
    r"|gene[- ]networks? (inference|recovery|reconstruction|discovery)"
    r"|(infer|recover|reconstruct)\w* (\w+ ){0,2}gene[- ]networks?"
    r"|regulatory (inference"
    rf"|networks?{AS_INPUT}|syntax|grammar|discovery)"
    r"|network (prediction|inference)|enhancer\w*-(promoter|gene)|promoter-enhancer|\btf-"
    # regulators tied to what they regulate, in other words: "factor-target weights",
    # "transcription factor-to-target scores", "regulator-to-element links", "peak-to-gene
    # links", "transcription factor-gene interactions"
    # (not known ones the model is given: "from prior transcription factor-gene interactions")
    r"|(?<!prior )(?<!known )(?<!curated )(?<!published )(?<!transcription )(?<!transcription-)"
    r"\b(factor|regulator|tf|transcription[- ]factor)s?[- ](to[- ])?(target|gene|element|region)s?"
    r"( genes?)? (weights|scores|links?|edges?|pairs|interactions?|relationships|maps?)\b"
    # (not pairs a resource gives as a prior: "pairs from DoRothEA serve as a prior")
    r"(?! (from|in|of) [A-Z])(?![^.;]{0,40}\b(serves?|served|used|given) as (an? )?(prior|input)"
    r"\b)"
    r"|(?<!input )(?<!inputs )(?<!prior )\b(peak|element|region|enhancer|cre)s?-to-"
    r"(target-)?genes?\b(?! (links?|maps?) (computed|derived|taken|obtained|from)\b)"
    # elements linked to the genes they act on ("links 48,000 distal peaks to target genes",
    # "connects the affected element to candidate target genes")
    r"|\b(link|connect)\w* ([\w,.-]+ ){0,4}(peaks|elements?|regions|enhancers|variants) to "
    r"(their |candidate |putative |likely )?(target )?genes\b"
    # which factors or elements control a gene or a programme ("which factors drive each gene
    # programme", "which distal elements control each gene", "the factors driving a programme")
    r"|\bwhich (\w+ ){0,2}(factors|regulators|elements|enhancers) (\w+ ){0,2}(control|drive"
    r"|regulate|set up|govern)\w* (\w+ ){0,2}(genes?|programmes?|programs?|expression"
    r"|accessibility)\b"
    r"|\b(factors|regulators) (driving|that drive|behind|controlling|that control|setting up) "
    r"(\w+ ){0,2}(gene )?(programmes?|programs?)\b"
    # regulators named or ranked ("nominates the factors", "the top five regulators named",
    # "candidate upstream factors", "reveals state-specific regulators")
    r"|\b(identif|nominat|recover|reveal|rank|prioriti[sz]|propos)\w* (\w+ ){0,3}"
    r"(regulators|upstream factors|master regulators)\b"
    r"|\b(candidate|putative) upstream (factors|regulators)\b"
    r"|\b(infer|learn|recover|reconstruct|build|rebuild|identif|discover|derive)\w* (\w+ ){0,3}"
    r"regulons\b|\bregulons (are |were )?(inferred|learned|recovered|reconstructed)\b"
    # the motifs that drive a cell type's elements ("the transcription-factor motifs that drive
    # cell-type-specific enhancers")
    r"|\bmotifs? (that |which )?(drive|control|explain|underl\w+) ([\w-]+ ){0,3}(enhancers?"
    r"|accessibility|expression|elements|regions|peaks|chromatin)\b"
    r"|(regulatory elements?|pathway) (inference|prediction|discovery|rewiring|crosstalk)"
    # which pathways are at work in a cell ("pathway activity is read out per cell", "identifies
    # the engaged pathway")
    r"|(?<!using )(?<!with )(?<!from )\bpathway[- ]activit(y|ies)\b(?! (scores? )?(from|in)"
    r" (public|curated|external)\b)(?! (scores? )?as (inputs?|features|covariates)\b)"
    r"|\b(identif|infer|detect|resolv|find|finds|found)\w* (the )?(\w+ ){0,2}(engaged|active"
    r"|activated) pathways?\b"
    r"|signall?ing cascades?|(tf|transcription[- ]factor) (footprints?|activit\w+"
    r"|occupancy)|(?<!post-)transcriptional "
    r"regulation"
    r"|\blink\w* (\w+ ){0,3}(cis-regulatory elements?|regulatory elements?|enhancers?|peaks?"
    r"|elements) (\w+ )?to (\w+ ){0,2}(genes|promoters)\b"
    r"|(pathway|gene module|gene programm?e|regulon|regulator)s? (analysis|inference"
    r"|discovery|identification|detection|prediction)"
    # pathways, regulators and regulatory elements are the task only when something finds
    # them: not "pathway resources it queries" or "peaks called at cis-regulatory elements"
    r"|\btranscription factors? ([\w-]+ ){0,5}?(are|were|is|was) (then )?(nominated|prioriti[sz]ed"
    r"|inferred|ranked)\b"
    r"|\b(infer|identif|discover|reconstruct|uncover|prioriti[sz]|nominat|recover|decod"
    r"|rank)\w* "
    r"([\w-]+ ){0,4}?(pathways? (that|which|behind|driving|controlling|regulating)|transcription"
    r" factors?|regulators?|(cis-)?regulatory elements?|enhancers?|gene modules?"
    r"|gene programm?e?s?)\b"
    # in further words: regulons, regulatory circuits and hierarchies, the targets of a
    # transcription factor, candidate or master regulators found, gene programmes named or
    # queried
    # (not regulons taken from a resource, nor "near known master regulators")
    r"|\bregulons? (inferred|activit\w+|analys\w+)|(infer|identif|discover|reconstruct|analy[sz]"
    r"|examin|prioriti[sz])\w* (\w+ ){0,3}regulons?\b"
    r"|\b(recover|predict|infer|propos|identif|discover)\w* (\w+ ){0,3}((factor|tf)[- ]target "
    r"(edges|relationships|links|pairs)|regulatory links)\b"
    # a regulatory layer tied to the genes it acts on ("nominates 6,300 methylation-expression
    # links", "predicts enhancer-gene pairs")
    r"|\b(nominat|infer|identif|predict|recover|propos)\w* (\d[\d,.]* )?(candidate )?"
    r"(methylation|enhancer|peak|element|cre|cpg|region|chromatin|accessibility|tf|factor)-"
    r"(expression|gene|target|promoter) (links|pairs|interactions)\b"
    r"|regulatory (circuits|hierarchies)|(infer|identif|uncover|discover|predict|recover"
    r"|reconstruct|map)\w* (\w+ ){0,3}regulatory (circuits?|hierarch\w+|relationships"
    r"|interactions|logic)"
    r"|(transcription[- ]factor|\btf) (targets?|target (sets?|genes?))\b"
    # (found, not used: "predicts expression from prior transcription factor-gene interactions")
    r"|\b(predict|infer|recover|identif)\w* ((?!(from|using|through|via|with|on|based)\b)[\w-]+ )"
    r"{0,3}(?<!prior )(?<!known )(?<!curated )(transcription[- ]factor( \(tf\))?|tf)-(target )?"
    r"(gene|target)s? (regulatory )?(interactions|links|pairs|relationships)\b"
    r"|\b(identif|nominat|recover|return|find|found|prioriti[sz]|rank|reveal|uncover)\w* "
    r"(\w+ ){0,3}(?<!known )(?<!validated )(candidate|key|master|upstream) (regulators"
    r"|transcription factors)\b"
    r"|\b(nam(e|es|ed|ing)|interpret(s|ed|ing)?|quer(y|ies|ied|ying)) (\w+ ){0,2}gene "
    r"(programm?e?s?|modules?)\b"
    # the function a gene set shares: the pathway or process behind it
    r"|\b(nam|propos|infer|summari[sz]|describ|interpret|identif)\w* (\w+ ){0,3}(functions?"
    r"|biological process\w*|pathways?) (\w+ ){0,2}(shared by|of|behind) (a |an |each |the )?"
    r"([\w-]+ ){0,2}gene[- ]sets?\b"
    r"|\bgene[- ]sets? (analysis|summari[sz]\w*|interpretation)\b",
    # (species the training data come from are data, not the task: "genomes of multiple
    # species", "trained on different species", "multiple species are included")
    Task.cross_species: r"cross-species|across (\w+ )?species|(?<!from )(?<!of )(?<!on )"
    r"(multiple|different) species(?! (are|were|is) (included|used|pooled|combined|added))"
    r"|homologous genes"
    # species never seen in training, and comparisons between species
    r"|\b(to|for|on) (\w+ ){0,2}(unseen|new|held-out) species\b|\bspecies (unseen|not seen"
    r"|absent)\b"
    # (or whole branches of the tree kept out: "with whole clades held out for evaluation")
    r"|\b(species|animals|organisms|plants|vertebrates|invertebrates)\b[^.;]{0,80}?"
    r"\b((held-out|unseen) (clades|taxa)|(whole |entire )?(clades|taxa) (were |are )?(held out"
    r"|withheld|left out))\b"
    r"|\b(compar|transfer|map|align|conserv)\w* [^.;]{0,50}\bbetween species\b"
    # carrying what was learned in one organism over to another
    # (verbs, not "alignments across 240 species" an input is computed from; not a result
    # "translated to crop breeding")
    # (one organism named twice is none: "transfers labels from mice to mouse organoids")
    r"|((transfer|map|align|generali[sz]|translat)(s|es|ed|ing|e|ping|ped)?\b ([\w-]+ ){0,3}"
    r"(between|across|from|to)|carr(y|ies|ied|ying) ([\w-]+ ){0,3}(to|onto)) "
    rf"((?!(to|from|and)\b)(?!{SPECIES}\b)\w+ ){{0,2}}"
    rf"({species_named('broad')}|organisms|species)"
    r"\b(?! (cells|tissues?|data|reference|atlas(es)?|genomes?|assembl\w*|breeding"
    r"|programmes?))"
    rf"(?!( [\w-]+){{0,3}} to (the )?([\w-]+ ){{0,2}}?{same_species('broad')})"
    r"|\b(identif|find|found|recover|reveal)\w* (\w+ ){0,2}homologous cell types\b"
    # cells classified or labels carried between two organisms ("classified query cells more
    # accurately across platforms and between human and mouse")
    # (not droplets of two organisms told apart, or what is conserved or differs between them)
    r"|\b(classif|label|annotat|transfer|carr)\w* [^.;,]{0,120}(?<!conserved )(?<!doublets )"
    r"(?<!mixed )(?<!differ )(?<!differs )(?<!differences )\bbetween "
    rf"{species_named('pair')} and {other_species('pair')}(?! (cells|nuclei)\b)",
    # what is generated is data: cells, profiles, samples; not embeddings, labels or text
    # ("generates cell embeddings", "generates cell type annotations", "generates text
    # describing data"), not data an assay or a study produced ("technologies generate
    # expression profiles", "markers generated from clustering"), and not the simulated data
    # a method is tested on ("on 550 simulated datasets")
    Task.generation: rf"{NOT_AN_INSTRUMENT}\b(generat\w*|synthes\w*|simulat(e|es|ing|ions? of)"
    r"|(?<=\bwe )simulated) "
    r"(of |the |an? )?(synthetic |realistic |new |pseudo-?)?(cells?|data|single-cell|expression"
    rf"|profiles|samples|transcriptom\w*|scrna|pseudo-cells)\b{NOT_DATA_AFTER}{PROFILED_FROM}"
    # (not the synthetic data a method is assessed on)
    r"|(?<!on )(?<!with )(?<!using )synthetic (data\b|cells|single-cell|scrna\w*|samples)"
    r"|(?<!on )(?<!with )(?<!using )(?<!\d )synthetic (datasets|atlases)"
    # profiles of a named layer made ("synthesises accessibility profiles for RNA-only cells")
    r"|(?<!-)\bsynthesi[sz](e|es|ed|ing) ([\w-]+ )?(profiles|cells|transcriptomes)\b"
    # (not a model's kind or its training: "deep generative modelling of velocity", "generative
    # pretraining", "a data augmentation scheme")
    r"|data synthesis|conditional generation|generative embeddings"
    r"|(perturbation|cell) simulation|pseudo-cells|(pseudo-?cells?|cells?|profiles?|expression) "
    r"generation"
    r"|simulat(e|es|ing) (whole |entire |realistic )?([\w-]+ ){0,2}(slides|tissues?|sections)\b"
    # cells written or produced by the model ("writes realistic cells for under-sampled tissues",
    # "it produces cells that shift interferon-response genes", "writes new cell sentences")
    # (not cells that divide, nor a sequencing run's output: "stem cells produce new cells",
    # "sequencing produced transcriptomes from 50,000 cells")
    r"|(?<!cells )(?<!sequencing )(?<!runs )(?<!experiments )(?<!protocols )(?<!assays )"
    r"\b(writ(e|es|ing)|produc(e|es|ed|ing)) (new |realistic |plausible |synthetic |artificial "
    r"|the treated |treated )?(cells|cell sentences|transcriptomes)\b"
    r"(?! (from|in|of) (the |each |every |[\d,.]+ )?([\w-]+ )?(tissues?|samples?|donors?|patients?"
    r"|organs?|cells|nuclei)\b)"
    rf"|{NOT_AN_INSTRUMENT}\bgenerat(e|es|ed|ing|ion of)\b"
    r"(?! (from|by|with|using|in|on|at"
    r"|for)\b)[ ,()'-]+((?!(text|embeddings?|representations?|descriptions?|hypothes\w+"
    r"|answers?|reports?|code|summar\w+|explanations?|annotations?|labels?|insights?|captions?"
    r"|interpretations?|from|by"
    r"|using)\b)[\w-]+[ ,()'-]+){0,4}?(scrna\w*|data|cells?|profiles|samples|slides|tissues?(?!-)"
    r"|sections)\b"
    rf"{NOT_DATA_AFTER}{PROFILED_FROM}",
    # (responses to treatments predicted, not a population "associated with therapy response";
    # and the drug perturbations that measure them)
    Task.drug_response: r"drug (responses?|sensitivity|synergy|resistance)|chemical perturbation"
    r"|\b(predict|forecast)\w* ([\w-]+ ){0,3}?(\w+-)?inhibitor[- ]respons\w+"
    r"|(drug|small[- ]molecule|compound) perturbations?|molecular perturbations?\b(?! such as)"
    r"|(predict|forecast)\w* (\w+ ){0,3}"
    r"(treatment|therapy|therapeutic) responses?|(treatment|therapy|therapeutic) response "
    r"(prediction|modell?ing|forecasting)"
    r"|compound (response|screen)|dose-response"
    # cells that tolerate or survive a treatment ("which cells tolerate BET inhibition",
    # "drug-tolerant persisters")
    r"|\bdrug[- ]toleran\w+|\b(drug|treatment|therapy) tolerance\b|\btolerat\w* (the )?([\w-]+ )"
    r"{0,2}?(inhibition|inhibitors?|treatment|therapy|drugs?|compounds?)\b"
    r"|\brespon\w+ (of ([\w-]+ ){1,3})?to (\w+ ){0,3}(therap\w+|treatments?|drugs?|compounds?"
    r"|inhibitors?"
    r"|chemotherap\w+|immunotherap\w+|small molecules)\b"
    # cells treated with or exposed to drugs, drug-dose combinations, chemical screens, and
    # drugs ranked or repurposed from the cells' responses
    r"|chemical (and \w+ )?perturbations?|chemical screens?|\bsci-plex"
    r"|\b(treated|exposed) (\w+ ){0,2}(with|to) (\w+ ){0,4}(drugs|compounds|small molecules"
    r"|inhibitors)\b|drug[- ]dose|drug combinations?|candidate drugs|drug (repurposing|candidates"
    r"|signatures)|\bdrugs (are |were )?ranked|\brank\w* (\w+ ){0,2}drugs\b",
}
#: a word between a verb and "one space" that is no text or drug (those make it a space of
#: cells and text, or of drugs and genes)
DATA_WORD = r"(?!(text|captions?|descriptions?|queries|sentences|drugs?|compounds?)\b)[\w,-]+ "
#: data from several sources, and one space for them
SOURCES = (
    r"(datasets|studies|cohorts|donors|laborator(y|ies)|labs|batches|chemistr(y|ies)|technologies"
    r"|protocols|platforms|panels|assays|runs)\b,?"
)
#: a modifier word, not a preposition or relative that makes the phrase a place or a scope
#: ("types in which", "responses across cell types")
#: a word that makes identities a sample's, not a cell's ("donor identities", "clonal
#: identities")
NOT_A_SAMPLE = (
    r"(?!(donors?|samples?|patients?|clon\w*|lineages?|barcodes?|guides?|hashtags?|genotypes?"
    r"|individuals?|perturbations?)\b)"
)
NOT_A_PLACE = (
    r"(?!(in|across|for|of|within|between|from|per|among|by|over|under|to|with|whose|which|that"
    r"|at|on|into|genes?|programm?e?s?|driving|underlying|behind|governing|controlling|defining"
    r"|shaping)\b)"
)
ONE_SPACE = (
    r"((a |one |the same )?(common|shared|single|joint|unified) |one |the same )(latent "
    r"|embedding )?(space|embedding|coordinate system|footing)\b"
)
#: each task as authors say it in other words: an act on its object, as the vocabulary means it
#: (cells given identities, differences between laboratories removed, new cells sampled, labels
#: carried from one species to another, cells put back into a tissue, a gene deleted in silico,
#: factors that switch genes on, drugs reshaping cells). Near misses are excluded where they
#: share the words: sample, donor or guide identities; data an experiment generates; what
#: removing donor effects "would" do.
#: what the act is said to be for the field, not done here ("Predicting the effects of small
#: molecules on cells is a central goal", "Reducing differences between laboratories is
#: essential")
FIELD_GOAL_AFTER = (
    r"(?![^.;]{0,80}\b(is|are|remains?) (a |an |the )?(\w+ )?(goal|challenge|problem|task|step"
    r"|aim|need|promise|essential|necessary|needed|required|crucial|critical|key)\b)"
)
OTHER_WORDS: dict[str, str] = {
    # (identities of cells, not of samples, donors, guides, perturbations, genotypes, positions
    # or neurons in development; cells a model labels, not cells a reporter or dye labels)
    # cells told their type in further words: a type named or answered for a cell ("names its
    # type and state in prose", "answers with the correct type", "captions named the correct
    # cell type"), cells sorted into types, cells identified with an accuracy, labels carried
    # over that reach an accuracy, a head trained on reference labels, cell-type fields filled in
    Task.annotation: r"\b(population|cluster) labell?ing\b"
    # what kind of cell each one is, decided ("determines what kind of cell each barcode came
    # from")
    # (of each cell, and not decided by hand: "we manually decided which type of cells each
    # cluster contained")
    r"|(?<!manually )(?<!we )\b(determin|predict|tell|infer)\w* (\w+ ){0,2}?(what|which) (kind"
    r"|type|sort)s? of cells? (each|every|an? individual|a given) \w+"
    # each cell given its nearest population of a reference ("assigning each cell its nearest
    # fetal population", "assigns each nucleus to one of 31 populations")
    r"|\bassign\w* (each|every) (cell|nucleus) (to )?(its|a|one of [\d,]+) ([\w-]+ ){0,2}"
    r"(populations?|cell types?|types?|identit(y|ies)|labels?|clusters)\b"
    r"|\b(nam(e|es|ed|ing)|answers? with|returns?|gives?) (its|their|the correct"
    r"|the right|each cell's|the cell's) (cell[- ])?types?\b(?!-)(?! (that|which|in which|where) "
    r"(a |the )?(variant|mutation|drug|compound|gene)s?\b)"
    r"|(?<!facs-)(?<!facs )\bsort\w* (\w+ ){0,2}(cells|nuclei|neurons) into (\d[\d,]* )?"
    r"([\w-]+ )?(subtypes|types|populations)\b(?! by ([\w-]+ ){0,3}(levels?|status|flow)\b)"
    r"|\bidentif\w* (?!([\w-]+ ){0,2}(perturbed|treated|infected|transfected|edited|doublets?|dying"
    r"|cycling|malignant|mutant)\b)([\w-]+ ){0,5}?(cells|nuclei) with (an? )?(\d[\d.]*%? |high )?"
    r"(accuracy|macro-f1|f1)\b"
    r"|\blabels? (from|of|transferred from) [^.;]{0,50}?\breach\w* (an? )?(\d|accuracy)"
    r"|\b(heads?|classifiers?|probes?) trained on ([\w-]+ ){0,3}?(reference|cell[- ]type|author"
    r"|annotated|atlas|expert|curated|ground-truth) labels\b"
    r"|\b(heads?|classifiers?|probes?) trained on labels from (an? |the )([\w-]+ )?"
    r"(reference|atlas)\b"
    r"|\bpredict\w* (the )?(missing )?([\w,-]+ (and )?){0,4}cell[- ]type (fields|metadata"
    r"|columns)\b"
    r"|\bassign\w* (?!([\w-]+ ){0,2}?(sample|donor|guide|barcode|hashtag|clon\w*"
    r"|spatial|patient|perturbation|genetic|individual|genotype|positional|neuronal|regional|sex)"
    r"\b)([\w-]+ ){0,2}identit(y|ies) to\b"
    r"|(?<!sample )(?<!donor )(?<!guide )(?<!barcode )(?<!hashtag )(?<!clone )(?<!clonal )"
    r"(?<!perturbation )(?<!genetic )\b(cell )?identities (\w+ ){0,2}assigned\b"
    r"|\bassign\w* ([\w-]+ ){0,3}(cells|nuclei|neurons|events|each cell|every cell|each nucleus"
    r"|every nucleus) ([\w-]+ ){0,4}?to (\d+ |their |its |one of \d+ )?([\w-]+ ){0,2}"
    r"(types|subtypes"
    r"|populations|classes|subclasses)\b"
    r"|(?<!drivers )(?<!driver )(?<!reporter )(?<!reporters )(?<!genetic )(?<!dye )(?<!dyes )"
    r"(?<!lineage )\b(labels|labell?ing|names|naming) (the |\d+ )?([\w-]+ ){0,2}(populations"
    r"|subtypes|cell classes)\b"
    r"|\b(labels|names) (new|unseen|query|unlabell?ed|held-out|incoming) ([\w-]+ ){0,2}"
    r"(cells|nuclei)\b|\blabels ([\w-]+ ){0,2}(cells|nuclei) (it|that|the model) (has|have) "
    r"(never|not) seen\b|\bnam(es|ing) (?!(schemes?|conventions?|systems?)\b)([\w-]+ ){0,3}"
    r"(cells|nuclei)\b(?! (with|using|after)\b)"
    # cells given names, identities or phenotypes ("imaged cells receive names from the
    # reference", "were assigned to 37 fine identities", "assigned 31 phenotypes")
    r"|\b(cells?|nuclei) (\w+ ){0,3}receiv(e|es|ed) (\w+ ){0,2}(names|labels?|identities)\b"
    r"|\bassign\w* (to )?(\d+ )?((?!(no|sample|donor|guide|barcode|hashtag|clon\w*|patient"
    r"|genetic|genotype|perturbation|clinical|disease|severe|mild)\b)[\w-]+ ){0,2}(identities"
    r"|phenotypes)\b(?! to ([\w-]+ ){0,3}(patients|donors|individuals|samples|subjects)\b)"
    r"|\btell\w* apart (the )?(\d+ )?([\w-]+ ){0,4}?(cell[- ]types|cell states|populations"
    r"|subtypes)\b"
    # the right population given, which population a cluster is, cells phenotyped, labelling
    # tasks scored ("assigns the correct population to 92% of cells", "must say which population
    # it is", "support phenotyping with few labels", "71% on labelling tasks")
    r"|\bassign\w* the (correct|right|true) (population|cell type|type|identity|label)\b"
    r"|\b(say|says|name|names|tell|tells|decide|decides) which (population|cell type|type) "
    r"(it|each|a|the)\b"
    r"|\b(correct|updat|refin|revis)\w* (the )?(existing |curated )?(cell[- ]type )?annotations\b"
    r"|\b(support|enable|improv)\w* (cell )?phenotyping\b(?! of (patients?|cohorts?|patient"
    r"|tumou?rs?|samples|individuals))"
    r"|(?<!function )(?<!gene )(?<!gene-function )(?<!text )\blabell?ing tasks\b"
    # identities given or named, each population named, clusters named, zero-shot labels
    r"|\bgiv\w* (\w+ )?(cell )?identities to\b"
    r"|\bnam\w* the identit(y|ies) of (the |each |a |every )?"
    r"(cells?|clusters?|populations?|nuclei|nucleus)\b"
    r"|(?<!sample )(?<!donor )(?<!guide )(?<!barcode )(?<!hashtag )(?<!clone )(?<!clonal )"
    r"(?<!perturbation )(?<!genetic )(?<!condition )(?<!treatment )"
    r"\b(names|labels|identities) ([\w-]+ ){0,6}?(are|were) (given|assigned|passed) to "
    r"([\w-]+ ){0,4}(cells|nuclei)\b(?![^.;]{0,40}\b(hashtags?|barcodes?|oligonucleotides?"
    r"|genotypes?|guides?)\b)"
    r"|\b(names|labels|naming|labell?ing|name|label) (each|every) ([\w-]+ )?(cell|cluster"
    r"|population|nucleus)\b(?! (with|using|after)\b| by (donor|sample|batch|condition|genotype"
    r"|hashtag|barcode|guide)s?\b)"
    r"|\bnam(e|es|ing) (the |their )?(cell )?(clusters|populations)\b"
    r"|\bzero-shot (cell[- ]type )?(labels|labell?ing)\b"
    r"|\bidentif\w* (\w+ ){0,2}?(immune|t[- ]cell|myeloid|neuronal|stromal|epithelial) "
    r"(sub)?populations\b"
    r"|\brecover\w* (cell )?identities\b"
    r"|\bidentities (are |were )?(then )?transferr\w*"
    r"|\bcarr(y|ies|ied|ying) (\w+ ){0,2}labels (\w+ ){0,3}?(over|from|across)\b"
    r"|\blabels (\w+ ){0,5}(carr(y|ies|ied) over|were carried)\b"
    r"|\blabels ([\w-]+ ){0,3}carried (from|to|onto|across)\b"
    r"|\b(cells|nuclei|clusters|data|datasets|uploads) (\w+ ){0,3}(are|is|were|was) annotated "
    r"automatically\b|\bautomatically annotat\w+ (\w+ ){0,2}(cells|nuclei|clusters|datasets)\b"
    # cell types named or told apart, whatever their modifiers ("names cell types in new
    # datasets", "resolve neuronal and glial subtypes", "separate author-defined cell types");
    # not what is done in or across them ("responses in unseen cell types"), nor features "that
    # distinguish cell types"; identities recovered ("recovers author-assigned identities"), not
    # cell types recovered after an integration (biology kept, not labels given)
    rf"|(?<!that )(?<!which )(?<!gene )\b(nam|separat|distinguish|resolv)(e|es|ed|ing|s)? "
    r"(?!(and|or)\b)(the )?"
    rf"({NOT_A_PLACE}[\w-]+ )"
    rf"{{0,4}}?(cell[- ]types|subtypes|(cell )?identities)\b{IN_SPOTS}"
    # (not the identities of donors, clones or samples: demultiplexing and lineage)
    rf"|\brecover\w* (the )?({NOT_A_PLACE}{NOT_A_SAMPLE}[\w-]+ ){{0,3}}?(cell )?identities\b"
    # identities or labels carried over to other data ("identities carry over at 0.85
    # accuracy"; "carries over the reference's labels")
    r"|\b(identities|labels|annotations) ([\w-]+ ){0,6}?carr(y|ies|ied|ying) over\b"
    r"|\bcarr(y|ies|ied|ying) over (the )?([\w'-]+ ){0,2}(identities|labels|annotations)\b"
    # the right term named for a cell ("names the correct ontology term", "names the type of a
    # given cell", "naming a cell from its top markers"; not "the correct cell type" a variant
    # acts in)
    r"|\b(nam|assign|predict|return|output|pick|choos)\w* the (correct|right|true|matching) "
    r"((cell )?ontology term|cl term|(cell )?identity)\b"
    r"|\bnam(e|es|ed|ing) (the type of )?(a|each|the|every) (given |single |query )?cell\b"
    r"(?![- ](lines?|cultures?|type-specific|types?|cycles?|states?|phases?|counts?|sizes?"
    r"|fates?)\b)"
    # and in more words: a cell's type named right, identities carried to other data, cells or
    # populations labelled, labels predicted ("named the cell type correctly in 86% of cases",
    # "transferred cell identities to zebrafish", "populations to be labelled in data that never
    # measured them", "reference-driven labelling of cells", "predict several cell-state labels",
    # "asking chatbots to name cells")
    r"|\b(nam|identif|predict|assign)\w* the cell[- ]type (correctly|accurately)\b"
    r"|\btransferr?\w* (the )?([\w-]+ )?(cell )?identities\b"
    r"|\b(populations|cell types|subtypes|cell states) ([\w-]+ ){0,6}?(to )?(be|are|were|is|was) "
    r"labell?ed\b(?! (with|by) (an? |the )?(dyes?|reporters?|antibod\w+|barcodes?|guides?"
    r"|fluoresc\w+|hashtags?)\b)(?! (manually|by hand)\b)(?! (manually )?by (the )?(original )?"
    r"(authors|experts?|curators?|annotators?|pathologists?|biologists?)\b)"
    r"|(?<!metabolic )(?<!genetic )(?<!fluorescent )(?<!lineage )(?<!barcode )(?<!dye )"
    r"(?<!hashtag )(?<!antibody )(?<!oligo )\blabell?ing of (the )?([\w-]+ ){0,2}(cells|nuclei"
    r"|clusters)\b(?! (with|using|by) ([\w-]+ ){0,2}(antibod|oligo|hashtag|lipid|dyes?|barcodes?"
    r"|fluoresc|4su|metabolic)\w*)"
    r"|\bpredict\w* (\w+ ){0,3}cell[- ](state|type) labels\b"
    r"|\bto name (the |their )?([\w-]+ )?(cells|clusters|populations)\b",
    # (effects removed by the model, not a preprocessing step "with Harmony"; data of several
    # sources in one space, not cells and text, or drugs and genes)
    # data of several sources brought together in further words: sources that "fold together",
    # cells from different panels and donors placed together, unpaired single-layer datasets
    # aligned or co-embedded, samples of different batches aligned
    Task.integration: r"\b(donors|laboratories|labs|studies|batches|samples|panels|cohorts)"
    r" (\w+ ){0,3}(fold|come|fall|mix|merge)s? together\b"
    r"|\bplac\w* (cells|profiles|samples|nuclei) from different ([\w-]+,? (and |or )?){1,3}"
    r"together\b"
    # (not dissociated cells co-embedded with spots to place them: that is spatial mapping)
    r"|\b(align|co-embed)\w* (?![^.;]{0,40}\b(spatial|text|textual|language|captions?|images?)\b)"
    r"(\w+ ){0,2}?(unpaired )?[\w-]+ and [\w-]+ "
    r"(datasets|data|profiles|cells|nuclei)\b"
    r"|\balign\w* (\w+ ){0,2}(samples|cells|datasets|profiles) (measured|profiled|collected"
    r"|sequenced|processed) (in|on|by|with) different\b"
    r"|\bintegrat\w* (\w+ ){0,2}cohorts\b"
    r"|\b(donor|protocol|laboratory|lab|lab-to-lab|study|cohort|technology"
    r"|technical|batch|chemistry|platform)(-specific|-driven|-level)?( and [\w-]+)? (effects"
    r"|differences|structure)"
    r" (\w+ ){0,2}(shrinks?|vanish(es)?|fell|collapses?|disappears?|(is|are|were) removed"
    r"|drops?)\b(?! (with|using|by|before)\b)"
    r"|\bremov\w* (\w+ ){0,2}(technology|laboratory|lab|donor|study|cohort|protocol|technical"
    r"|chemistry|platform)( and [\w-]+)? effects\b(?! (would|could|might|may|with|using|before)\b)"
    r"|\bcombin\w* (\w+ ){0,3}?(studies|batches|laboratories|sequencing runs)\b"
    rf"|\b{SOURCES} ({DATA_WORD}){{0,12}}?(fall|falls) into {ONE_SPACE}"
    r"|\b(put|puts|place|places|placed|bring|brings|brought|align|aligns|aligned|fold|folds"
    r"|folded|project"
    rf"|projects|embed|embeds) ({DATA_WORD}){{0,10}}?{SOURCES} "
    rf"({DATA_WORD}){{0,8}}?(into|in|on|onto) {ONE_SPACE}"
    rf"|\bacross (\d+ )?([\w-]+ )?{SOURCES} ({DATA_WORD}){{0,3}}?(puts|places"
    rf"|brings|aligns|projects|embeds) ({DATA_WORD}){{0,6}}?(into|in|on|onto) "
    rf"{ONE_SPACE}|\b{SOURCES} ({DATA_WORD}){{0,6}}?(can be |are |were |be )?(analy[sz]ed|embedded"
    rf"|modell?ed) together\b"
    # slices or sections of a tissue aligned with one another (not aligned "with PASTE" or
    # "manually" before the analysis)
    r"|(?<!we )\b(align|aligns|aligning|register|registers|registering) ([\w-]+ ){0,5}?(slices"
    r"|sections)\b(?![^.;]{0,80}?\b(manually|with|via|prior to|before|to correct)\b)"
    # the metrics of batch mixing are reported only for an integration ("batch ASW 0.88",
    # "iLISI 1.9 to 3.4", "kBET", "scIB batch score")
    r"|\b(ilisi|kbet|batch asw|asw[- ]batch|scib( \w+)? (score|metrics?)|batch (mixing )?"
    r"(score|entropy))\b"
    # two kinds of data joined ("integrates scRNA-seq and scATAC-seq", "aligns single-cell
    # multi-omics datasets", "matches cells profiled by different assays")
    r"|\bintegrat\w+ (single-cell )?(scrna-seq|rna-seq|transcriptom\w+|expression|scatac-seq"
    r"|atac-seq|chromatin accessibility|proteomics?)( data)? (and|with) (single-cell )?(scrna-seq"
    r"|rna-seq|transcriptom\w+|expression|scatac-seq|atac-seq|chromatin|accessibility|proteomics?"
    r"|proteins?|surface proteins?|methylation|images?|imaging)\b"
    r"|\balign\w* ([\w-]+ ){0,2}multi-?omics? (data|datasets)\b"
    r"|\bmatch\w* cells (profiled (by|with|on) different|(\w+ )?across (modalities|assays"
    r"|technologies|platforms))\b"
    r"|\bmerg\w* (\w+ ){0,2}(nuclei|cells|data) from "
    r"(different|several|multiple) (laboratories|labs|studies|protocols)\b"
    # cells of several sources brought together ("its embeddings bring together nuclei profiled
    # by three platforms", "cells from different donors and laboratories sit together in one
    # space"), and grouped by identity rather than by source; technical variation removed
    r"|\b(embeddings?|space|representations?|encoder|model|it) (also )?(bring|brings|brought)"
    r" together ([\w-]+ ){0,3}(cells|nuclei|datasets|profiles|samples) (from|profiled|measured"
    r"|sequenced|acquired|collected|generated)\b"
    r"|\b(cells|nuclei|datasets|profiles|samples) from (different|several|multiple|many|diverse"
    rf"|\d+) [^.;]{{0,120}}?\b(sit|sits|lie|lies|fall|falls|mix|mixes|land|(are|were) placed"
    rf"|(are|were|(need to|can|must) be) brought) (together )?(in|into) {ONE_SPACE}"
    # (or share it: "trained so that samples from different cohorts share one space"), and a
    # model trained against telling the sources apart ("a cohort-adversarial objective")
    r"|\b(cells|nuclei|datasets|profiles|samples) from (different|several|multiple|many|diverse"
    rf"|\d+) [^.;]{{0,120}}?\b(share|shares|occupy|occupies) {ONE_SPACE}"
    r"|\b(batch|cohort|donor|site|study|laboratory|platform)[- ]adversarial\b(?! (attacks?"
    r"|examples?|noise|perturbations?)\b)"
    r"|\b(group|groups|grouped|cluster|clusters|clustered) by (cell )?(identity|type|cell type)"
    r" (rather than|and not|not|instead of) by\b"
    r"|\bremov\w* (\w+ ){0,2}(technical|batch|donor|study|protocol|laboratory) (variation"
    r"|differences)\b(?! (would|could|might|may|with|using|before|such as)\b)"
    # differences between runs, laboratories or technologies removed ("removes differences
    # between sequencing runs while keeping biological variation")
    # (not the authors' preprocessing: "we removed differences between batches beforehand")
    r"|(?<!we )(?<!authors )\b(remov|correct|eliminat|reduc|subtract|regress)\w* (\w+ ){0,2}?"
    r"(differences|variation|discrepanc\w+|artefacts|artifacts|shifts) (\w+ ){0,1}?(between"
    r"|across|among|from) (\w+ ){0,2}?(sequencing runs|runs|batches|samples|donors|technologies"
    r"|platforms|laborator\w+|labs|studies|protocols|experiments|sites|chemistries)\b"
    r"(?! (beforehand|in advance|before|prior to|with|using|would|could|might)\b)"
    rf"{FIELD_GOAL_AFTER}",
    # (cells a model samples or dreams up; not what stem cells or a consortium produce)
    Task.generation: r"\b(sampl|dream)\w* (up )?(\d[\d,.]* (million )?)?(new|realistic|synthetic"
    r"|virtual|artificial)( [\w-]+){0,2} (cells|profiles|transcriptomes|methylomes"
    r"|count profiles)\b"
    r"|\b(synthesi[sz]|generat|produc)\w* (\d[\d,.]* (million )?)?(realistic|synthetic|virtual"
    r"|artificial)( [\w-]+){0,2} (cells|profiles|transcriptomes|methylomes|count profiles)\b"
    r"|\b(conditionally|unconditionally) sampled\b|\bsampl\w* (cells )?(un)?conditionally\b"
    r"|\binto a realistic ([\w-]+ ){0,2}(profile|cell|transcriptome)\b"
    # new regulatory sequences designed or generated ("design synthetic enhancers", "guided
    # generation proposes short sequences predicted to be open in a target cell type")
    r"|\b(design\w*|generat\w*|propos\w*) (of )?((synthetic|novel|new|short|artificial"
    r"|cell[- ]type[- ]specific) ){1,3}(dna )?(enhancers?|promoters?|sequences|regulatory "
    r"elements|cres)\b|\bguided generation\b"
    # profiles written from text ("a text-conditioned generative model", "turns the prompt's
    # encoding into a full count profile"); one layer generated from another ("translates
    # transcriptomes into proteomes", "missing-modality prediction", "imputes unmeasured
    # epitopes from RNA")
    r"|\btext-conditioned\b"
    r"|\bturns? ([\w'-]+ ){0,3}(encoding|prompt|description|sentence) into (a |an )?"
    r"([\w-]+ ){0,2}(profile|transcriptome|cell)\b(?![- ]type)"
    # counterfactual cells, and cells augmented for rare types ("produce counterfactual
    # nuclei", "data augmentation for rare cell types")
    r"|\bcounterfactual (cells|nuclei|profiles|transcriptomes)\b"
    # a profile edited as asked ("produces an edited profile", "editing expression profiles
    # with natural-language instructions"; not a genome edited in the cells)
    r"|\b(produc|generat|output|return)\w* (an? |the )?(edited|counterfactual)( [\w-]+){0,2} "
    r"(cells?|profiles?|transcriptomes?)\b|\bedit\w* ([\w-]+ ){0,2}?(expression|cell|count) "
    r"profiles\b"
    r"|\bdata augmentation for (rare )?(cell types|populations|classes)\b"
    r"|\b(missing|unmeasured)[- ]modalit(y|ies) (prediction|generation|imputation)\b"
    r"|\b(translat|generat)\w* (\w+ ){0,2}(one )?modalit(y|ies) (from|into) (another|the other)\b"
    r"|\btranslat\w* ([\w-]+ ){0,2}(transcriptomes?|expression profiles?) into (proteomes?|protein"
    r"|chromatin|accessibility)\b"
    r"|\bimput\w* (the )?(unmeasured |missing |held-out )?(epitopes|proteins|surface proteins"
    r"|adts?|protein levels) from (rna|expression|transcriptomes?)\b"
    # (the other layer's values produced for data that lack it: "generates predicted protein
    # abundance for RNA-only datasets")
    rf"|{NOT_AN_INSTRUMENT}(?<!-seq )\bgenerat\w* (the )?(predicted |imputed |missing )?"
    r"(surface[- ])?(protein|adt|accessibility|chromatin) (abundances?|levels|profiles|counts)\b"
    r"(?! (measurements|readouts|data)\b)"
    # cells made in silico ("creates in-silico cells indistinguishable from measured ones")
    r"|\b(creat|produc|generat|mak|synthesi[sz])\w* (\w+ ){0,2}?(in[- ]silico|artificial"
    r"|synthetic) (cells|profiles|transcriptomes|samples)\b",
    # (from one species to another: never the same species on both sides)
    Task.cross_species: r"\b(labels|identities|annotations?) ([\w-]+ ){0,6}?(from|learned on|of) "
    rf"(the )?([\w-]+ ){{0,3}}?{species_named('from_species')}\b( [\w-]+){{0,6}}? (carr\w+ over"
    rf"|transferr?\w*|carried) (\w+ ){{0,2}}?to (the )?([\w-]+ ){{0,3}}?"
    rf"{other_species('from_species')}"
    # (the moving verb first: "labels carried over from zebrafish references improved the
    # annotation of trout cells")
    rf"|\b(labels|identities|annotations|names) (carr\w+ over|projected) from "
    rf"(the )?([\w-]+ ){{0,3}}?{species_named('moved_first')}\b[^.;]{{0,60}}?\b(to|of|for|on|in) "
    rf"(the )?([\w-]+ ){{0,3}}?{other_species('moved_first')}"
    rf"|\b(trained|pretrained) (only )?on ([\w-]+ ){{0,5}}?{species_named('trained_on')}\b"
    rf"[^.;]{{0,60}}\b(applied"
    rf"|predicts?|transfers?|annotates|labels|classifies|recogni[sz]es)\b[^.;]{{0,40}}\b"
    rf"{other_species('trained_on')}"
    rf"|\b(reads|learned on|trained on) an? {species_named('read_species')} (atlas|reference)\b"
    rf"[^.;]{{0,40}}\blabels ([\w-]+ ){{0,1}}?{other_species('read_species')}"
    # labels moved from one organism to another in further words ("transfers labels from rice
    # to wheat", "names learned from the mouse atlas are given to turtle cells", "trained with
    # human labels only, it gives identities to chicken nuclei", "labels cells of animals it
    # never saw", "annotates datasets of four animals by transfer from vertebrate references")
    rf"|\btransfer\w* (\w+ ){{0,2}}(labels|identities|annotations|names) from (the )?"
    rf"([\w-]+ ){{0,3}}?{species_named('moved_from')}\b[^.;]{{0,40}}?\bto (the )?([\w-]+ ){{0,3}}?"
    rf"{other_species('moved_from')}"
    rf"|\b(names|labels|identities|annotations) (learned|taken) (from|on) (the )?([\w-]+ ){{0,3}}?"
    rf"{species_named('named_from')}\b[^.;]{{0,40}}?\b(are|were) (given|passed|transferred) to "
    rf"([\w-]+ ){{0,3}}?{other_species('named_from')}"
    rf"|\b(trained|fine-tuned) (only )?(with|on) {species_named('labels_of')} (labels|annotations"
    rf"|references?)( only)?\b[^.;]{{0,60}}\b(identities|labels|names|annotat\w*)\b[^.;]{{0,30}}"
    rf"\b{other_species('labels_of')}"
    r"|\b(labels|annotates|names) ([\w-]+ ){0,3}(cells|nuclei) of ([\w-]+ ){0,2}(animals"
    r"|species|organisms) (that )?(it|the model) (has )?never (saw|seen)\b"
    rf"|\b(annotat|label)\w* [^.;]{{0,80}}\bby transfer from ({SPECIES}|vertebrate|mammalian"
    r"|invertebrate|animal) references\b"
    rf"|\bapplied to (the )?{SPECIES} genome without retraining\b"
    rf"|\bapplied without retraining to (the )?{SPECIES} genome\b"
    # what was learned on one organism used on another ("fine-tuned on mouse cortex, it assigns
    # subtypes in human cortex"), and cells of one organism placed on another's reference
    # ("places human organoid cells on the mouse developmental timeline"); one organism's name
    # in two forms (mouse, mice) is not two
    rf"|\b(trained|pretrained|fine-tuned|fitted) (only )?on ([\w.,]+ ){{0,3}}?"
    rf"{species_named('fitted_on')}\b(?! and\b| or\b|,|/|-)[^.;]{{0,60}}?\b(appl\w*|assign\w*"
    r"|transferr?\w*|label\w*|annotat\w*|predict\w*|map\w*|generali[sz]\w*|evaluat\w*|tested"
    r"|test\w*|used|runs?|performs?|classif\w*|names?|identif\w*)\b[^.;]{0,40}?\b(in|to|on"
    rf"|onto|for) (the )?([\w-]+ )?{other_species('fitted_on')}(?!-)"
    rf"|\b(plac|map|project|align|embed)\w* (the )?{species_named('cells_of')}\b"
    r"(?! and\b| or\b|,|/|-) ([\w-]+ ){0,3}?(cells|nuclei|organoids?|profiles|transcriptomes)\b"
    rf"[^.;]{{0,30}}?\b(on|onto|to|into|with) (the |a )?([\w-]+ )?{other_species('cells_of')}"
    r"(?!-)( [\w-]+){0,2} (atlas|reference|timeline|embedding|space|map|trajectory|coordinates"
    r"|data|dataset|cells)\b"
    # cells compared across counted animals ("compares cell types across seven vertebrates")
    # (compared or carried across them: not data collected across them, nor what is conserved)
    r"|\b(compar|transfer|align|map|annotat|label|integrat|embed|match)\w* [^.;]{0,60}?"
    r"(?<!conserved )(?<!collected )(?<!pretrained on cells from )\b(across|between|among) "
    r"(\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|diverse) "
    r"(vertebrates|mammals|primates|organisms|animals|taxa|clades)\b",
    # (into a tissue, not onto coated slides or a UMAP's coordinates)
    # (and data mapped to an atlas's common coordinates)
    Task.spatial_mapping: r"(?<!we )\b(map|mapping|maps|align|aligns|aligning) ((?!mri|volumes?"
    r"|images?|programs?)[\w-]+ ){0,6}?(to|onto) (the |a )?([\w-]+ ){0,4}?(common coordinate "
    r"(framework|system)|3d atlas(es)?)\b(?![^.;]{0,80}?\b((was|were) (done|performed|carried "
    r"out)|prior to|before)\b)"
    r"|\b(put|puts|place|places|placed|project\w*|assign\w*|map|maps|mapped|mapping|locat\w*)"
    r" (\w+ ){0,3}(dissociated|single-cell|single-nucleus|scrna-seq) ([\w-]+ ){0,3}(cells|nuclei"
    r"|profiles|data(set)?|reference data) ([\w-]+ ){0,4}?(back )?(into|onto|to|in) "
    r"([\w-]+ ){0,3}(tissue|sections?|volume|locations?|positions|coordinates|spots)\b"
    r"(?! of origin)"
    # where a dissociated cell came from, and what a spot is made of
    r"|\bspatial origin of ([\w-]+ ){0,2}(cells|nuclei)\b|\bcell-to-spot\b"
    r"|\b(assign|map|plac)\w* ([\w-]+ ){0,2}(cells|nuclei) from (an? |the )?(single-cell|scrna-seq"
    r"|dissociated|single-nucleus) ([\w-]+ ){0,2}to ([\w-]+ ){0,3}(locations|positions|spots)\b"
    r"|\b(dissociated|single-cell|single-nucleus|scrna-seq|snrna-seq) ([\w-]+ ){0,3}(cells|nuclei"
    r"|profiles|data(set)?) (are|were|is|can be) (placed|projected|mapped) (\w+ ){0,2}?(onto|into"
    r"|to) ([\w-]+ ){0,3}(tissue|sections?|coordinates|locations)\b"
    r"|\b(make-up|composition) of ([\w-]+ ){0,2}(multi-?cellular )?spots\b"
    r"|\bspot composition\b|\bhow many cells of each type ([\w-]+ ){0,3}(each|every) "
    r"([\w-]+ ){0,2}spot\b"
    # sections divided into their regions ("divides tissue sections into anatomical regions")
    # (not by hand, nor for cross-validation)
    r"|(?<!pathologists )(?<!we )(?<!manually )\b(divid|partition|parcell?at)\w* (\w+ ){0,2}?"
    r"(tissues?|sections?|slides?) (\w+ ){0,2}?into (\w+ ){0,2}?(regions|domains|niches|layers"
    r"|compartments|areas|zones)\b(?![^.;]{0,40}\b(by hand|manually|cross-validation|training"
    r"|testing)\b)",
    # (a gene, factor or symbol deleted in silico, not doublets or ambient RNA removed; a
    # developmental path, not a signalling one)
    Task.trajectory_perturbation: r"\b(delet|remov|knock\w* out|silenc)\w* (an? |the )?"
    r"([\w-]+ ){0,2}?(gene|factor|regulator|(?-i:(?!RNA\b|DNA\b)[A-Z][A-Z0-9]{2,}))"
    r"('s token)? in silico\b"
    r"|\bin silico (deletion|knockout|knockdown) of\b"
    # how cells shift after an intervention, forecast ("forecasting how each population's
    # transcriptome shifts after stimulation", "predicts the early transcriptional response to
    # held-out stimuli"), and profiles put in order of time ("orders profiles along response
    # time")
    r"|\b(predict|forecast|simulat)\w* (the )?([\w-]+ )?transcriptional responses? to "
    r"(held-out |unseen |new |novel )?(stimul\w*|perturbations?|knock-?(downs?|outs?)|cytokines?)"
    r"|\border(s|ed|ing)? (cells|profiles|nuclei) (along|by) ([\w-]+ )?time\b"
    r"|\b(forecast|predict|simulat)\w* how ([\w'-]+ ){0,3}?(cells?|populations?|transcriptomes?"
    r"|expression|profiles?) (shifts?|changes?|responds?|moves?) (after|under|upon|following|to) "
    r"(stimulation|perturbation|knock-?(down|out)s?|cytokines?|gene (deletion|silencing))\b"
    r"|\b(ordering|ordered|orders) cells along\b|\breconstruct\w* an? ([\w-]+ )?(repair"
    r"|developmental|differentiation|lineage|maturation|regenerat\w+|fate) (path|route|course)\b"
    # what silencing, deleting or over-expressing genes does to cells, forecast ("simulates the
    # effect of silencing transcription factors on cell state")
    r"|\b(predict|forecast|simulat|anticipat|estimat|model)\w* (the )?([\w-]+ )?(effects?"
    r"|consequences?|impacts?|outcomes?) of (\w+ ){0,2}?(silencing|knocking (out|down)|deleting"
    r"|overexpressing|over-expressing|activating|repressing|inhibiting|disrupting) "
    r"(\w+ ){0,2}?(genes?|factors?|regulators?|transcription factors?)\b"
    # which fates progenitors take, or the direction cells move in ("tells which progenitors give
    # rise to which fates", "estimates the direction each cell is moving in")
    # (not one it cannot tell, nor what lineage barcodes reveal)
    r"|(?<!cannot )(?<!not )\b(predict|infer|tell|determin|identif)\w* (\w+ ){0,2}?"
    r"(which|what) (\w+ ){0,2}?(progenitors?|stem cells?|precursors?|cells) (\w+ ){0,1}?gives? "
    r"rise to\b"
    # (the fates of cells, not of patients: "predicts the fate of patients with lymphoma")
    r"|\b(predict|infer|trac|reconstruct)\w* (the )?(\w+ ){0,2}?(cell(ular)?|developmental"
    r"|lineage|terminal|clonal|progenitor) fates?\b(?!-)"
    r"|\b(predict|infer|trac|reconstruct)\w* the fates? of (\w+ ){0,2}?(progenitors?|cells"
    r"|clones|stem cells)\b"
    # (fate probabilities or bias the model computes; not those a tool gave as ground truth, nor
    # choices barcodes record)
    r"|\b(estimat|predict|comput|infer|assign|quantif|calculat)\w* (\w+ ){0,3}?fate "
    r"(probabilit\w+|bias\w*|outcomes?)\b"
    r"|\bpredicted fates?( (probabilit\w+|bias\w*|distributions?))?\b"
    r"|\b(estimat|infer|predict)\w* (the )?directions? (\w+ ){0,5}?(moving|heading|developing"
    r"|differentiating)\b",
    # (transcription factors and their genes, not "which factors drive resistance")
    # a sequence model read for the factors behind what it predicts ("in silico mutagenesis
    # reveals the motif grammar", "attributes each prediction to transcription-factor motifs")
    Task.regulatory_inference: r"\b(in silico mutagenesis|attribution\w*|attribut\w+ (\w+ ){0,3}to)"
    r"\b[^.;]{0,80}\b(motifs?|transcription[- ]factors?)\b|\bmotif (grammars?|syntax|codes?)\b"
    r"|\b(effects?|impacts?) of ([\w-]+ ){0,3}variants on ([\w-]+ ){0,3}(gene )?regulation\b"
    r"|\bwhich transcription factors (\w+ ){0,1}(drive|switch on"
    r"|control|regulate|govern)\b|\bwhich factors (switch on|regulate|control|drive) (which )?"
    r"(genes|targets)\b|\bfactor-target (relationships|edges|pairs|links)\b"
    r"(?! (as|from) )|\benhancer-factor pairs\b|\bfactors regulating each gene\b"
    # factors tied to the genes they switch on, the regulator or pathway behind a programme
    # ("links factors to the genes they switch on", "names the pathway or upstream regulator
    # responsible", "the factors whose motif accessibility best explains the divergence")
    r"|\b(links?|linking|ties|tying) (\w+ ){0,2}(factors?|regulators?) to (\w+ ){0,3}genes\b"
    r"|\b(identif|infer|propos|nominat|find|finds|found|recover|predict|name)\w* (the )?(\w+ ){0,2}"
    r"upstream (regulators?|drivers?)\b"
    r"|\b(transcription factors?|regulators?|drivers?) (that|which) (drive|control|regulate"
    r"|relay|switch on)s?\b"
    r"|\b(nam|identif|infer|propos)\w* the (pathways?|processes|regulators?|transcription "
    r"factors)( or [\w-]+)? ((most )?likely (to be )?)?"
    r"(behind|responsible|driving|underlying|(it|they) ([\w-]+ ){0,2}reflects?)\b"
    r"|\bfactors whose ([\w-]+ ){0,3}(best )?(explains?|drives?)\b",
    # (predicted, not measured)
    Task.drug_response: r"\b(inhibitors?|drugs?|compounds?) (\w+ ){0,2}reshape\b"
    # compounds found that reverse a disease state or signature, and compounds ranked
    r"|\b(compounds?|drugs?|molecules?) (that |which )?(might |could |would |may )?revers\w+\b"
    r"|\bsignature[- ]revers\w+|\brevers\w+ (\w+ ){0,2}(disease )?signatures?\b"
    r"|\b(top-ranked|ranked|candidate) compounds\b"
    r"|\bsurvive (a|the) given (drug|treatment)\b"
    r"|\b(forecast|predict|anticipat)\w* post-treatment expression\b"
    r"|\b(drugs?|compounds?|molecules?)\b[^.;]{0,120}\b(forecast|predict|anticipat)\w* (the )?"
    r"(shift|change|state|profiles?|expression)( \w+)? of (drug-|compound-)?treated ([\w-]+ )?"
    r"cells\b"
    r"|\bidentif\w* (the )?(drug-)?sensitive (cell )?lines (with|at) (an? )?(auprc|auroc|auc"
    r"|accuracy|precision)\b|\b(predict|forecast|rank)\w* (the )?(drug-)?sensitive (cell )?lines\b"
    # what compounds do to cells, forecast ("anticipates the transcriptional effect of unseen
    # small molecules")
    # (not the field's goal: "Predicting the effects of small molecules ... is a central goal";
    # nor the authors' analysis: "we estimated the effects of drugs on cell composition")
    r"|(?<!we )\b(predict|forecast|anticipat|simulat)\w* (the )?([\w-]+ )?(effects?|responses?"
    r"|impacts?|consequences?) (\w+ ){0,2}?of (\w+ ){0,2}?(small[- ]molecules?|compounds?|drugs?"
    rf"|inhibitors?|chemicals?|therap\w+)\b{FIELD_GOAL_AFTER}",
}
for _task, _words in OTHER_WORDS.items():
    TASK_TERMS[_task] += "|" + _words
#: cell–cell communication: signalling between cells, which the survey files under pathway
#: inference (its ligand–receptor models), but only where it is the model's subject; see
#: `communication_halved`
CELL_COMMUNICATION = (
    r"cell-cell communication|ligand-receptor|(cellular|intercellular|cell) communication"
    r"|intercellular signal\w+"
)
#: regulatory inference said in words other than cell–cell communication
REGULATION_PROPER = re.compile(TASK_TERMS[Task.regulatory_inference], re.I)
CELL_COMMUNICATION_RX = re.compile(CELL_COMMUNICATION, re.I)
TASK_TERMS[Task.regulatory_inference] += "|" + CELL_COMMUNICATION
DOMAIN_TERMS: dict[str, str] = {
    Domain.biological_grounding: r"biologically meaningful|biological (knowledge|interpretation"
    r"|insights?)|\bontolog\w*|pathway enrichment",
    Domain.batch_effects: r"batch (effects?|correction|integration)",
    Domain.multiomics_alignment: r"multi-?omic\w* (integration|alignment)|cross-modal\w*"
    r"|multimodal alignment",
    Domain.trajectory_perturbation: TASK_TERMS[Task.trajectory_perturbation],
    Domain.generalization: r"cross-species|zero-shot|unseen (cell|tissue|data)\w*|generali[sz]\w+"
    r"|transferability",
    Domain.fairness: r"fairness|demographic|under-?represented|ancestry",
    Domain.explainability: r"interpretab\w+|explainab\w+|attention (weights|maps)|saliency",
    Domain.privacy: r"privacy|federated|de-identif\w+",
    Domain.scalability: r"scalab\w+|millions of cells|\d+\s*million cells|computational(ly)? "
    r"efficien\w+",
    Domain.emerging_agentic: r"agentic|\bllm agents?\b|multi-agent|tool[- ](use|calling)",
}
#: the spatial & multimodal family's own data: space, tissue images, several omics
SPACE_IMAGES_OMICS = (
    r"spatial(ly)?[- ](resolved|omics|transcriptom\w*|context|clustering|domains?)|histolog\w*"
    r"|histopatholog\w*|multi-?omic\w*"
)
#: what makes a text bridge whatever else the sentence says: an LLM, natural language, text
TEXT_BRIDGE_STRONG = (
    rf"large language models?|\bllms?\b|\bgpt-?\w*|chatgpt|{NATURAL_LANGUAGE}"
    # a language model of billions of parameters is a large one ("a 7B-parameter language model")
    r"|\b\d+(\.\d+)?\s?b(-parameter)? ((?!(single-cell|cell|gene|genomic|genome|dna|rna|protein"
    r"|sequence|omics?|chromatin|transcriptomic|molecular)\b)[\w-]+ )?language models?\b"
    r"|language interface|cell sentences?|text(ual)? (embeddings?|encoders?|descriptors?"
    r"|descriptions?|definitions?)|text pl?ms?\b|\bchat(bots?|s)?\b|chat-\w+|conversational"
    # cells paired with language ("cell-text pairs", "cell-language pretraining")
    r"|\bcell-text\b|\b(cells?|genes?|omics)[- ](language|text)[- ](pairs?|pre-?train\w*"
    r"|alignment|contrastive)\b"
    r"|question[- ]answering|answers? (\w+ ){0,3}questions"
    rf"|{TEXT_IO}"
    # a language model that is prompted reads a prompt: text ("prompts a reasoning language
    # model with each cluster's genes")
    rf"|\bprompt\w* (an? |the |its )?([\w-]+ ){{0,2}}{LANGUAGE_MODEL}"
    rf"|{LANGUAGE_MODEL} (is |are |was |were )?prompted"
    # a language model reading what is written about genes or terms: their text
    rf"|{LANGUAGE_MODEL}[^.;]{{0,60}}\b(summar(y|ies)|descriptions?|definitions?|captions?)\b"
    # an encoder of cells joined with a language model ("pairs a cell-state encoder pretrained
    # on 14 million cells with a language model that reads a protocol's methods text")
    rf"|\b{PAIRS} (an? |the |its )?"
    r"([\w-]+ ){0,3}?(encoder|model)\b[^.;]{0,80}?\bwith (an? |the )?([\w-]+ ){0,2}?"
    rf"{LANGUAGE_MODEL}"
    rf"|\b(summar(y|ies)|descriptions?|definitions?|captions?)\b[^.;]{{0,60}}{LANGUAGE_MODEL}"
)
#: epigenome assays other than accessibility: DNA methylation, histone marks, 3D contacts
EPIGENOME_ASSAYS = (
    r"methylom\w*|single-cell (dna )?methylation|histone marks?|histone modification profiles?"
    # (DNA methylation as data the model reads, not a mechanism named in background)
    r"|\bdna methylation (profiles?|arrays?|data|states?|levels?|patterns|sequencing)\b"
    r"|\b(models?|transformers?|encoders?) (of|for) (single-cell )?(dna )?methylation\b"
    r"|\bcpg (sites?|methylation)|methylation (profiles?|arrays?|data|states?|levels?)"
    r"|cut&(tag|run)|\bhi-c\b|\b3d genome"
)
FAMILY_TERMS: dict[str, str] = {
    Family.text_bridge: rf"{TEXT_BRIDGE_STRONG}|{LANGUAGE_MODEL}",
    Family.spatial_multimodal: rf"{SPACE_IMAGES_OMICS}|multi-?modal",
    Family.epigenomic: r"\batac\b|scatac|chromatin(?![- ](remodel\w*|regulators?|modif\w*))"
    r"|epigenom\w*|" + EPIGENOME_ASSAYS,
    Family.foundation: r"foundation models?|pre-?trained (transformer|model)|self-supervised "
    r"(pre-?training|learning)|masked (gene|expression)|pre-?train\w* on"
    # pretraining a network of its own ("we pretrain a transformer on millions of cells")
    r"|\bpre-?train(s|ed)? (an? |our )?(\w+ ){0,2}(transformers?|models?|encoders?)\b",
    Family.benchmark: r"\bbenchmark\w*|\barena\b|evaluation (framework|study|suite)",
    Family.agentic: r"\bagentic\b|\b(llm|ai|autonomous|language|multi-?)[- ]?agents?\b|"
    r"\bagents? (that|which) (plan|call|use)|tool[- ](use|calling|augmented)"
    r"|plans? and execut\w+",
}
#: the term table of each vocabulary field the lexicon scores as a set of values seen
SET_TERMS: dict[str, dict[str, str]] = {
    "modalities": MODALITY_TERMS,
    "grounding": GROUNDING_TERMS,
    "tasks": TASK_TERMS,
    "domains": DOMAIN_TERMS,
}
#: what maps a model's own word onto a vocabulary value (the LLM extractor's fallback): the term
#: tables, but not the domains' (evidence patterns, too broad to name a value)
SYNONYMS: dict[str, dict[str, str]] = {
    **{f: t for f, t in SET_TERMS.items() if t is not DOMAIN_TERMS},
    "family": FAMILY_TERMS,
    "secondary_families": FAMILY_TERMS,
}
#: scAgent, CellAgent: an agent by name (not a "Conversational Agent": one that only converses)
AGENT_NAME = re.compile(
    r"[a-z]Agent\b|(?<![Cc]onversational )(?<![Dd]ialogue )(?<![Cc]hat )\bAgent\b"
)

#: an agent of another trade (a drug, a chemical, a contrast medium) or a chat partner
NOT_AI_AGENT = (
    r"therapeutic|chemotherapeutic|anti[\w-]+|chemical|causative|infectious|pharmacological"
    r"|reducing|oxidi[sz]ing|contrast|imaging|biologic(al)?(?! (research|discovery|data))"
    r"|single(?!-cell)|chelating|alkylating"
    r"|small-molecule|reprogramming|reinforcement|learning|rl|simulated|software"
    # one that only converses: an agent in name, not one that plans and calls tools
    r"|conversational|dialogue|chat"
)
#: words that make "agent" another thing's ("a foundation model for agents"): not between the
#: name's article and "agent"
AGENT_OF_ANOTHER = r"for|of|to|with|by|from|in|on|and|or"
#: the paper calls its own system an agent ("Tiller is an LLM agent", "Dovetail: an agent for
#: comparing atlases", "we present Wren, an autonomous agent that ..."); `name` must be its name
#: where a text names its own system before saying what it is ("We present X, ...")
WE_PRESENT = r"\bwe (present|introduce|propose|develop|describe|buil[dt])\w*\s+"
SELF_AGENT = re.compile(
    rf"(^\s*|{WE_PRESENT})"
    r"(?P<name>[\w.+-]+( [\w.+-]+)?)(:| is| was|,)\s+(an?|the|our)\s+"
    rf"((?!({NOT_AI_AGENT}|{AGENT_OF_ANOTHER})\b)[\w-]+\s+){{0,3}}?(multi-?)?agents?\b"
    # (not "agent-free", "agent-guided", "an agent of change", "an LLM agent benchmark")
    r"(?![- ](based|model)|-\w|'s|\s+(of|benchmarks?|environments?|gyms?|toolkits?|simulations?"
    r"|simulators?)\b)",
    re.I,
)

#: a system called a language model of words by its own name ("Verjuice is a 14B open-weight
#: language model fine-tuned to label clusters"; not a cell, gene or protein language model,
#: whose "language" is a metaphor for its data: `LANGUAGE_MODEL`)
SELF_LLM = re.compile(
    rf"(^\s*|{WE_PRESENT}|(?<=\s))"
    r"(?P<name>[\w.+-]+)(:| is| was|,)\s+(an?|the|our)\s+"
    rf"(?!.*\bagents?\b)([\w-]+\s+){{0,3}}?(large\s+)?({LANGUAGE_MODEL}|\bllms?\b)"
    # (not a language model "of enhancer sequences", "for scRNA-seq data", "trained with
    # expression profiles of 50 million cells": its data is the language)
    r"(?!,? (of|for|over|on|(pre)?trained (on|with)) ([\w-]+ ){0,3}?(sequences?|cells?|genes?"
    r"|proteins?|dna|rna|enhancers?|promoters?|genom\w*|epigenom\w*|chromatin|transcriptom\w*"
    r"|single[- ]cell\w*|expression|[\w-]*-seq|sc\w+|antibod\w+|peptides?|molecules?)\b)",
    re.I,
)

#: what makes a language model one of words in the name it is given: its size in billions,
#: open or instruction-tuned weights, reasoning or chat, or "LLM" ("a pretrained language
#: model" alone is what models of cells and sequences call themselves too)
WORDS_LLM = re.compile(
    rf"\b({LLM_WORDS})\b|\b(\d+(\.\d+)?\s?b(-parameter)?|open-weights?"
    r"|instruction-tuned|general-purpose|reasoning|chat|conversational|decoder-only|frontier)\s+"
    r"([\w-]+\s+)?language models?\b",
    re.I,
)

SECTION_WEIGHT = {
    "title": 3.0,
    "abstract": 3.0,
    "front": 2.0,
    "introduction": 1.0,
    "methods": 1.0,
    "results": 0.8,
    "discussion": 0.6,
    "related_work": 0.2,
    "appendix": 0.3,
    "references": 0.0,
}
#: the words that deny what follows them, which both negation patterns below begin with
NEGATORS = r"not|no|nor|without"
NEGATION = re.compile(
    rf"\b({NEGATORS}|never (sees?|uses?|reads?|receives?|takes?)|neither|lacks?|unlike"
    r"|instead of|rather than|stops? (short of|before))\b"
    r"[^.;:]{0,40}$"
    # (a sentence that opens on the contrast: all of its first clause is the others'; "Unlike
    # approaches that mine papers to assemble regulatory networks, we ...")
    # (up to the clause's own subject: "we", "it", or a name before its verb)
    r"|^\s*(unlike|in contrast to|rather than|instead of)\b(?![^.;:,]*(\b(we|it|they)\s"
    r"|\s(?-i:[A-Z])[\w-]*\s+([a-z]+s\b|$)))[^.;:,]*$"
    r"|\bdiscard(s|ed|ing)?( (the|its|their|all|any))?( [\w-]+){0,5} $"
    # a contrast with other data: "harder than for transcriptomes", "most annotation tools were
    # designed for scRNA-seq", "approaches designed for expression data"
    r"|\bthan for ([\w-]+ ){0,2}$"
    # data set against the model's ("datasets are small compared with their RNA counterparts")
    r"|\bcompared (with|to) (their|its) $"
    r"|\b(most|existing|other|previous|current|conventional|many|standard|than)\b[^.;]{0,40}"
    r"\b(tools|methods|approaches|models)\b[^.;]{0,30}\b(designed|developed|built) for "
    r"([\w-]+ ){0,2}$",
    re.I,
)
RELATED = re.compile(
    r"\bet al\.|\[\d+(,\s*\d+)*\]"
    # (not the baselines a result is measured against: "better than existing methods",
    # "outperforming prior models")
    r"|(?<!better than )(?<!faster than )(?<!more accurately than )(?<!more robustly than )"
    r"(?<!higher than )(?<!improves over )(?<!improvements over )(?<!improvement over )"
    r"(?<!outperforms )(?<!outperformed )(?<!outperforming )"
    r"(?<!surpasses )(?<!surpassed )(?<!surpassing )(?<!beats )(?<!beating )"
    # (nor those it is level with: "it matches prior models", "on par with existing methods")
    r"(?<!matches )(?<!matched )(?<!matching )(?<!rivals )(?<!equals )(?<!on par with )"
    r"(?<!comparable to )(?<!competitive with )(?<!as well as )(?<!versus )(?<!vs\. )"
    r"\b(previous|prior|existing|earlier) (work|studies|methods|models|approaches|simulators)"
    # (a sentence whose subject they are: "Earlier pretrained cell models were evaluated on")
    r"|^\s*(previous|prior|existing|earlier) ([\w-]+ ){1,2}(methods|models)\b"
    # (tools, pipelines and frameworks too, but not the contrast a sentence about the model opens
    # with: "Unlike existing pipelines, the LLM plans ...")
    r"|(?<!unlike )(?<!than )(?<!over )(?<!compared with )(?<!compared to )(?<!contrast to )"
    r"\b(previous|prior|existing|earlier) (tools|pipelines|frameworks|algorithms)"
    # what other papers showed of the models ("were shown by their authors to ...", "in their
    # original papers")
    r"|\b(shown|reported|claimed|demonstrated) by (their|its|the original) authors\b"
    r"|\bin (their|its|the) original (papers?|publications?|reports?)\b"
    # what the baselines were made for ("foundation-model baselines built to forecast responses
    # to perturbations do not model plate structure")
    r"|\bbaselines? (that (were |are )?)?(built|designed|trained|developed|meant|made) (to|for)\b",
    re.I,
)
#: a sentence that states the field's problem ("... remains challenging due to ...")
BACKGROUND = re.compile(
    # (not a "challenge" the paper runs, a competition: "Community challenge for ...", "the
    # Virtual Cell Challenge")
    r"\b((?<!community )(?<!dream )(?<!kaggle )(?<!prediction )(?<!benchmark )(?<!crowdsourced )"
    r"challeng\w+(?<!(?-i:\w Challenge))(?<!(?-i:\w Challenges))"
    r"|remains? (nascent|difficult|hard|limited|unclear|open)|limitations?|lacks?"
    r"|struggle\w*|bottleneck\w*"
    # what has held the field back ("which has slowed the adoption of pretrained models")
    r"|(has|have|had) (\w+ )?(slowed|hindered|hampered|impeded|held back|limited)"
    # what most of the field does ("yet most atlases annotate them from transcripts alone")
    r"|\bmost (atlases|studies|methods|tools|models|pipelines|datasets|analyses) (still )?"
    r"(annotate|label|use|rely|treat|measure|profile|define|ignore)\w*"
    r"|\bwhich (slows|hinders|hampers|impedes|limits))\b"
    # what is usually done with such data ("profiles are usually interpreted only after being
    # paired with RNA")
    r"|\b(are|is) (usually|typically|conventionally|traditionally|commonly|often) (\w+ ){0,2}?"
    r"(interpreted|analy[sz]ed|handled|processed|paired|studied|treated|annotated|labell?ed)\b",
    re.I,
)
#: what the field's technologies and methods do ("technologies make it possible to measure
#: the response of cells to drugs", "many methods are being developed to ...", "studies
#: increasingly produce ..."): background for tasks (the data it names may still be the
#: model's, so modalities and family keep it)
FIELD_ACTIVITY = re.compile(
    # what a kind of model is for ("foundation models promise to unify labelling cells, ...",
    # "methods have been proposed for ...", "such models are now used for ...")
    # (not the paper's own: "the embeddings from these models are used for annotation")
    r"(?<!these )(?<!our )(?<!its )(?<!both )(?<!two )(?<!three )(?<!resulting )"
    r"\b(models|methods|approaches|tools)\b[^.;]{0,40}\b(promise to|have (improved|advanced"
    r"|transformed)|have been (proposed|applied"
    r"|used|employed) (for|to)|are ((now|increasingly|widely|commonly|routinely|often"
    r"|typically|frequently) ){0,2}(used|applied|employed) (for|to))\b|"
    # (what a kind of modelling supports: "generative modelling supports tasks such as ...")
    r"\b(modell?ing|models|methods|approaches)\b[^.;]{0,60}\b(supports?|enables?|underpins?"
    r"|facilitates?) (many |several |downstream |various )?(tasks"
    r"|applications|analyses) such as\b|"
    r"\bmotivat\w* (much|many|most) of\b|\ba (common|standard|usual|typical) (route|approach"
    r"|strategy|practice)\b|"
    r"\b(make it possible|(are|have been) (being )?developed|advancing rapidly|increasingly"
    # ("accelerated the development of methods for clustering, ... and trajectory inference")
    r"|development of (\w+ ){0,2}(methods|tools|algorithms|models) for"
    # and a check run with another tool ("As a sanity check, an off-the-shelf classifier ...")
    r"|as an? (sanity |quality )?check)\b",
    re.I,
)
WE = re.compile(r"\b(we|our)\b", re.I)
#: a sentence about what is left for later ("... is left for future work"), only hoped for
#: ("we expect it to help"), reported in other work ("is reported in a companion paper"), or
#: what earlier work or another tool did ("had already been removed", "computed with an
#: off-the-shelf tool"): not what the model does now
FUTURE = re.compile(
    r"\bfuture (work|studies|research|directions?|versions?)\b|\bwe (anticipate|envisage"
    r"|envision|foresee)\b|\b(is|remains) an active area\b|\bleft (for|to) (future|later"
    r"|follow-up)|\bwe (plan|intend|hope) to\b|\bremains? to be (explored|tested|seen"
    r"|addressed|studied)"
    # "we have not yet tested whether", "its use ... has not been tested" (not "compounds that
    # have not been tested", what the model predicts for)
    r"|(?<!that )(?<!which )(?<!whose )(?<!cells )\b(have|has) not (yet )?(been )?(tested"
    r"|explored|evaluated|examined|assessed)\b"
    # (an attempt the authors did not make: "natural extensions that we have not attempted";
    # not one earlier tools did not make, "a task earlier models have not attempted")
    r"|\bwe (have|had) not (yet )?(attempted|tried|pursued|addressed)\b"
    # what was taken from earlier work ("the differentiation path is taken from prior
    # lineage-tracing work"), and what was done before the modelling ("Before modelling we
    # corrected donor effects with Harmony")
    r"|\b(paths?|trajector\w+|lineages?|labels?|annotations?|networks?|orderings?|pseudotimes?)"
    r" ([\w-]+ ){0,6}?(is|are|was|were) (taken|borrowed|adopted|inherited) from (prior|previous"
    r"|earlier|published|existing) "
    r"|^\s*before (modell?ing|training|pretraining|fine-tuning),? (we|the (data|datasets|cells"
    r"|counts|profiles) (were|was))\b"
    # a step done only to show the data ("pseudotime was computed only to order cells for
    # display")
    r"|\bonly (to|for) ([\w-]+ ){0,4}?(display|visuali[sz]ation|plotting|illustration)\b"
    r"|\bfor display\b|\bfor visuali[sz]ation (purposes )?only\b"
    # what an experiment needs, not what the model does ("how many cells are needed to detect a
    # rare population", "the depth needed to distinguish cell types")
    r"|\b(depth|cells|reads|coverage|sample sizes?|samples|donors|replicates)\b[^.;]{0,30}?"
    r"\b(needed|required|necessary) to (detect|distinguish|identify|resolve|recover|separate)\b"
    # a step people did ("cell-type labelling, performed by the analysts with standard tools")
    # (not a task the model automates: "a task traditionally performed by human experts")
    r"|(,|\b(was|were|is|are)) (performed|done|carried out|conducted) by (the )?(human |expert "
    r"|three |two )?(analysts?|experts?|curators?|annotators?|pathologists?|users?"
    r"|original authors)\b"
    # what the authors decline or postpone: "we do not attempt it here", "was outside our
    # scope", "a question we leave open", "is an obvious next use", "is ongoing", "is planned",
    # "might eventually be used"
    # what others did upstream: "the atlas authors had already removed batch effects"
    r"|\bhad already (been )?(\w+ ){0,2}?(removed|corrected|integrated|annotated|labell?ed"
    r"|harmoni[sz]ed|merged)\b"
    r"|\bleft to the (users?|reader|analysts?)\b"
    # a step done to the data beforehand with another tool ("datasets were harmonised with
    # Harmony before clustering")
    r"|\b(were|was|are|is) (first )?(harmoni[sz]ed|integrated|batch[- ]corrected|corrected"
    r"|merged|annotated|labell?ed|clustered) (with|using|by|in) [^.;]{0,40}?\b(before|prior to"
    r"|upstream of|ahead of)\b"
    # or with a tool that is not the model ("pseudotime computed with an off-the-shelf tool")
    # (a step "performed" so is one the authors did: not "outperforming integration performed
    # with existing tools", a comparison)
    r"|\b(computed|run|inferred|obtained|estimated|called|(was|were|is|are) (performed|done"
    r"|carried out)) (with|using|by) (an? |the )?(off-the-shelf|existing|standard|third-party"
    r"|external|separate|conventional) ([\w-]+ )?(tools?|packages?|methods?|pipelines?|software"
    r"|algorithms?|classifiers?)\b"
    # cells the authors had labelled by another model ("we labelled them with a separate,
    # externally trained annotation model"; not labels the model's output agrees with)
    r"|\b(labell?ed|annotated|classified) (them|these cells|the (generated |simulated )?cells)"
    r" (with|using|by) (an? |the )?((separate|external|externally trained|independent"
    r"|independently trained|off-the-shelf|existing|third-party),? ){1,3}([\w-]+ )?(models?"
    r"|classifiers?|annotators?|tools?)\b"
    r"|\bwe (do|did) not (attempt|address|pursue|explore|consider|study|tackle|try|assess"
    r"|evaluate|revisit|test|examine|analy[sz]e|benchmark)\b"
    r"|\b(outside|beyond) (the|our) scope\b(?! of (?!(this|our|the present)\b))"
    r"|\b(remains?|is|are|was|were) out of scope\b"
    r"|\bleave (it |this |that )?open\b"
    r"|\b(obvious|natural|interesting|promising|exciting|logical) next (use|direction|step"
    r"|extension|application)s?\b|\b(an?|one) (obvious|natural|interesting|promising|exciting"
    r"|logical) (use|direction|step|extension|application) (is|would be|will be) to\b"
    r"|(?<!treatment )(?<!therapy )(?<!differentiation )(?<!development )\b(is|are|remains?) "
    r"(ongoing|planned)\b"
    r"|\b(might|could|may) (eventually|one day|someday)\b"
    # a sentence or clause that opens on the future ("In future, atlases could supply ...";
    # not cells' states "in the future" a model forecasts)
    r"|(^|;\s*)in (the )?(near )?future\b"
    # a use imagined, not made ("could in principle be used for cell-cell communication")
    r"|\b(could|might|may) (in principle|potentially|conceivably|also) be (used|applied|extended)"
    r" (for|to)\b"
    # a use hoped for or expected, not shown ("we expect the embeddings to help network
    # inference", "integration, which we hope this resource will make easier"; not a result
    # "as we expected")
    r"|\bwe (hope|expect|anticipate|believe)\b(?=(?: (?!(?:but|and)\b)[\w,'-]+){0,12}? (will|would"
    r"|to (help|enable|facilitate|ease|aid|benefit|make|serve|support|improve|be useful))\b)"
    # what is itself reported in other work, as the clause's subject or an aside ("integration
    # is reported in a companion paper", "performance at integration, reported elsewhere,"; not
    # data or a cohort "described elsewhere [12]" the model reads)
    r"|\b(is|are|was|were|will be|has been|have been) (reported|described|presented|evaluated"
    r"|shown|published) (elsewhere|in (a |an |the )?(companion|separate|forthcoming|follow-up)"
    r" (paper|study|manuscript|report|work))\b"
    r"|,\s*(reported|described|presented|evaluated|published) (elsewhere|in (a |an |the )?"
    r"(companion|separate|forthcoming|follow-up) (paper|study|manuscript|report|work)),"
    # (the model's or the study's scope: "is outside SpotTrial's scope")
    # (the name outside the match, which must not read as this model being the tool)
    r"|\b(outside|beyond) (?=([\w-]+'s|its) scope\b)",
    re.I,
)
#: what earlier work did with the same thing ("description-based gene embeddings have previously
#: been used to annotate cells"; not this model's own history, `score_terms` checks the subject):
#: its tasks, up to the end of its clause (`PRIOR_USE_END`), are not this model's
PRIOR_USE = re.compile(
    r"\b(have|has|had) (previously|already|earlier|long|mostly|largely|primarily|so far) been "
    r"(used|applied|employed|proposed|shown|explored) (for|to|in)\b",
    re.I,
)
#: an agent that others may build later ("future assistants could call it", "building such
#: agents is outside the scope of this work"): not what this system does
NOT_THIS_WORK = re.compile(
    rf"{FUTURE.pattern}|\bfuture [\w-]+( [\w-]+)? (could|can|may|might|will)\b"
    r"|\b(outside|beyond) the scope of (this|our|the present) (work|study|paper)\b",
    re.I,
)
#: the experiments and assays a result is checked by: at the bench, and any
BENCH_ASSAYS = (
    r"(in situ|hybridi[sz]\w*|immuno\w+|western|q?pcr|rt-qpcr|experiments?|assays?|staining"
    r"|knock\w+|imaging|(flow |mass )?cytometry|microscopy|perturbations?)"
)
VALIDATION_ASSAYS = rf"({BENCH_ASSAYS}|[\w-]*-seq|proteomics?)"
#: a relative clause that ends on a verb of support, its subject the experiment that backed a
#: result ("..., which CRISPR knockout in organoids confirmed")
BACKED = (
    r",\s*(which|as) ([\w&+/-]+ ){1,6}(supported|confirmed|validated|corroborated|verified)"
    r"(?=\s*([.,;:]|$))"
)
#: the steps around a model that data may be used for without the model reading it: placing
#: sections, finding one's way in a tissue, showing or reading results ("registration",
#: "orientation", "to interpret the flags"; not the model's own steps, "to locate its
#: neighbours", "to align the two latent spaces")
AROUND_THE_MODEL = (
    r"(regist(er|ering|ration)|align(ing|ment)? (the |adjacent |serial )?(sections|slides)"
    r"|orient(ing|ation)?|visuali[sz](e|ing|ation)|display(ing)?|illustrat(e|ing|ion)"
    r"|interpret(ing|ation)?|select(ing|ion)? (regions|sections|fields|areas))\b"
)
#: a sentence about a secondary use of the model ("we also apply it to a scATAC-seq benchmark
#: dataset"): the data it names is not the data the model is built for
SECONDARY_USE = re.compile(
    r"\b(also|additionally|further(more)?|finally)\b[^.;]{0,30}\b(appl|evaluat|test|assess"
    r"|transfer|validat|extend|benchmark)\w*\b[^.;]{0,60}?\b(data(sets?)?|benchmarks?|samples"
    r"|atlas\w*|cohorts?|assays?|modalit\w+|[\w-]*-seq)\b"
    r"|\bas an? (downstream|further|additional|secondary|proof-of-concept) (test|task"
    r"|application|example|evaluation|use)"
    # data kept for checking the model, not read by it ("labels for evaluation come from the
    # transcriptome", "the paired transcriptomes serve solely to evaluate")
    r"|\b(only|solely|just|merely) (be |being )?(used |kept |reserved )?(to|for) (evaluat|check"
    r"|validat|assess|confirm|verif)\w*|\b(serv|us)\w* (only |solely )?(to|for) (evaluat|check"
    r"|validat)\w*"
    # "served only as evaluation references", "used only to derive labels and to evaluate",
    # "are not input to the model"
    r"|\b(serv|us)\w* (only |solely )?as (an? )?(\w+ )?(evaluation|validation|reference|check"
    r"|control)\b"
    # ("the measurements are reserved for checking whether", "used only for this evaluation",
    # "As an independent check, we compared", "checked against held-out surface protein",
    # "surface proteins are the ground truth")
    r"|\b(reserved|held back|set aside) (\w+ )?for (checking|evaluat\w*|validat\w*|testing)\b"
    r"|\bus\w* only for (this |the |that )?(evaluation|validation|check\w*|comparison)\b"
    r"|\b(checked|validated|verified|evaluated|judged) against (the )?(held-out|independent"
    r"|matched|orthogonal|measured)\b|\b(is|are|was|were) the ground[- ]truth\b"
    r"|^\s*as an? (independent |orthogonal |external )?(check|validation|test)\b"
    r"|\b(only|solely) (to|for) [^.;]{0,40}?\band (to |for )?(evaluat|validat|check)\w*"
    # (not data held back only until fine-tuning: "never shown to the model during pretraining
    # but added as a second input for fine-tuning")
    r"|\b(not|never) (an? )?(inputs?|input data|fed|given|shown|seen|provided|supplied|passed)"
    r" (to|into|by) (the|our)"
    r" (model|encoder|network)\b(?![^.;]{0,60}\b(but|until|then|later)\b[^.;]{0,40}(fine-tun\w*"
    r"|inputs?|encoders?|added|introduc\w*))"
    r"|\b(which|that) (it|the (model|encoder|network)|our (model|encoder|network)) (never|does not"
    r"|did not) (sees?|see|saw|reads?|read|uses?|use|used)\b"
    # data said to be outside the model's view, the model named or not ("judged against data
    # the model never saw: ...", "tag levels measured in the same cells, which Calver never
    # receives")
    r"|\b(data|datasets?|measurements?|levels|profiles) (that |which )?(it|the (model|encoder"
    r"|network)|our (model|encoder|network)) never (sees?|saw|receives?|received|reads?|read)\b"
    r"|\b(which|that) [\w-]+ never (receives?|received|sees?|saw)\b"
    # a prior put together from other data before training ("the prior was compiled once,
    # before training, from motif scans of accessible regions")
    # a result found where other data say it should be, what the sentence opens on ("In blood,
    # Sallow's top edges are enriched for footprints in accessible chromatin"; not "Tollan links
    # peaks to genes using multiome data, and the links are enriched for eQTLs")
    r"|^[^;]{0,80}?\b(edges|targets|links|predictions|genes|regions) (\w+ ){0,2}(are|were|is|was)"
    r" enriched"
    r" (for|in|at)\b"
    r"|\bprior ([\w-]+ ){0,2}?(was|were|is|are) (compiled|built|derived|constructed|assembled"
    r"|obtained)\b(?=[^.;]{0,40}\b(before training|once|public|external|databases?|compendia"
    r"|motif scans|other studies)\b)(?![^.;]*\bof the (same|matched) (cells|nuclei)\b)"
    # data said not to enter the model ("no spatial information enters the model itself"),
    # and an independent dataset turned to for a check ("we turned to an independent MERFISH
    # section and checked that ...")
    r"|\bno ([\w-]+ ){0,2}(information|data|inputs?|measurements?) (enters|enter|is given to"
    r"|is fed (to|into)|reaches) (the|our) (model|encoder|network)\b"
    r"|\b(turned to|used|using|on|with) an independent ([\w-]+ ){0,3}(section|dataset|cohort)\b"
    r"[^.;]{0,60}\b(check\w*|confirm\w*|validat\w*|verif\w*)\b"
    # a layer held out to check the model ("checking, in the held-out RNA of the nuclei"; a
    # layer discarded is a negation: NEGATION)
    r"|\b(check\w*|confirm\w*|verif\w*)\b[^.;]{0,30}\bin the held-out\b"
    # data that is the reference a result is compared with ("compared with chromatin
    # accessibility clusters from paired multiome data", "compare against ATAC-based labels")
    r"|\bcompar\w+ (\w+ ){0,2}(with|against|to) ([\w-]+ ){0,3}(rna|atac|chromatin|accessibility"
    r"|protein|adt|multiome|expression|transcriptom\w*|spatial)[\w-]*( [\w-]+){0,2} (annotations?"
    r"|clusters|labels|references?|maps?|measurements|levels|counts)\b"
    # a sentence that opens on what it checks ("To check that the subsets are real, we compared
    # them with surface-protein measurements"; "To ask whether its predictions resolve cell
    # types, we compiled eQTLs mapped in single-cell RNA-seq")
    r"|^\s*to (check|test|verify|confirm|validate|ask|see|assess|examine) (that|whether|if)\b"
    r"[^.;]*\b(compar\w+|we (compiled|collected|assembled|gathered|turned to))"
    r"(?![^.;]*\b(appl(y|ies|ied)|ran|runs?|fed|feeds?)\b)"
    # what a named baseline reads, in an appositive ("LINGER, a multiome method that
    # additionally reads chromatin accessibility")
    r"|\b(for|than|versus|vs\.?|against|over) (?-i:[A-Z][\w-]*),? an? ([\w-]+ ){0,3}(method|model"
    r"|tool|approach|baseline)s? (that|which)"
    r" (also |additionally )?(reads?|uses?|takes?|requires?|needs?|integrates?)\b"
    r"|\b(labels?|data|datasets?|annotations?) (\w+ )?for (evaluation|validation)\b"
    # where labels came from ("cell-type labels of the reference were assigned by its original
    # authors from gene-activity scores and transfer from scRNA-seq")
    # (told in the past: how the data were made, not what the model does to each cell)
    r"|\blabels? (of [\w\s-]{0,40}?)?(were|was) (assigned|derived|obtained|taken|transferred"
    r"|inherited)\b"
    r"|\bonly as an? (\w+ )?(check|control|validation)\b"
    # what a baseline reads ("prompting a chat model with markers, a baseline we include")
    r"|\bas an? ([\w-]+ )?baseline\b|\ban? baseline (that |which )?we\b"
    r"|\bbaselines? (such as|including|like)\b"
    # data that backed what the model predicted ("proteomic measurements supported the
    # pathways the model predicted")
    r"|\b(validated|confirmed|verified|checked|sorted|enriched) (\w+ ){0,3}(by|with|using) "
    # (what was checked may take more words when an assay does the checking: "we checked
    # disputed labels in the airway by CITE-seq surface staining")
    # (not what the model was shown to do with its own data: "validated that it integrates
    # multiome data by jointly encoding scATAC-seq and scRNA-seq", "validated across tasks using
    # scRNA-seq data": the bench assays only)
    r"|\b(validated|confirmed|verified|checked) (?!(that|whether|across|on|in)\b)"
    rf"([\w-]+ ){{1,6}}?(by|with|using) ([\w-]+ ){{0,2}}{BENCH_ASSAYS}\b"
    rf"|\b(tested|supported|corroborated) (\w+ ){{0,3}}by ([\w-]+ ){{0,2}}{VALIDATION_ASSAYS}"
    # data kept outside the model ("that comparison uses external data only and plays no part
    # in training")
    r"|\bplays? no (part|role) in (the )?training\b|\bexternal data only\b"
    # knowledge the model is given, built from other data ("the prior network, built from
    # transcription factor motifs in accessible chromatin"), and data a finding was checked in
    # ("targets whose promoters are more accessible in matched chromatin accessibility profiles")
    r"|\bprior ([\w-]+ ){0,2}?(networks?|graphs?|knowledge)\b,? (\w+ ){0,2}(built|derived"
    r"|constructed|inferred|obtained|taken) from\b"
    r"|\b(more|less) (accessible|open|expressed|methylated|bound) in (matched|independent"
    r"|external|orthogonal) ([\w-]+ ){0,3}(profiles|data(sets?)?|measurements)\b"
    r"|\b(validated|confirmed|checked|verified|supported|replicated) in (matched|independent"
    r"|external|orthogonal) ([\w-]+ ){0,3}(profiles|data(sets?)?|measurements|cohorts?)\b"
    r"|\b(supported|confirmed|corroborated|validated) (the |its |our )?([\w-]+ ){0,3}"
    r"(predictions?|findings|results|pathways|hypothes[ie]s)\b"
    # what people marked on another section or slide, the reference a result is compared with
    # ("consistent with annotations on the matched H&E slides", "regions two pathologists
    # annotated independently on the adjacent H&E slide"), and data used only to mark the
    # ground truth ("H&E images were used solely to draw the ground-truth regions")
    r"|\b(annotat\w+|drawn|delineat\w+|outlined|marked) (\w+ ){0,3}(on|in) (the |an? )?(matched"
    r"|adjacent|paired|consecutive|serial|neighbouring|neighboring|corresponding) ([\w&-]+ ){0,2}"
    r"(slides?|sections?|images?|stains?)\b"
    r"|\b(only|solely) (be |being )?(used )?to (draw|define|delineate|mark|outline|annotate)"
    r" (the )?(ground[- ]truth|reference|true|expert)\b"
    # data used only for a step around the model, not read by it ("the H&E images were used
    # only to register sections", "used for anatomical orientation only", "used only to
    # interpret the flags"; not "coordinates are used only to define neighbourhoods", the
    # model's own use)
    rf"|\b(used|kept|consulted|taken) (only|solely|merely|just) (to|for) ([\w-]+ ){{0,2}}?"
    rf"{AROUND_THE_MODEL}"
    rf"|\b(used|kept|consulted|taken) (to|for) ([\w-]+ ){{0,3}}?{AROUND_THE_MODEL} only\b",
    re.I,
)
#: fraction of the best value's score another value needs in long papers
RELATIVE = 0.25
THRESHOLD = 2.0


@dataclass
class Sentence:
    text: str
    page: int
    weight: float


def sentences(paper: PaperText) -> list[Sentence]:
    out = [Sentence(paper.title, 1, SECTION_WEIGHT["title"])] if paper.title else []
    if paper.abstract:
        out += [Sentence(s, 1, SECTION_WEIGHT["abstract"]) for s in _split(paper.abstract)]
    marks = label_sections(paper.pages)
    for page, page_marks in zip(paper.pages, marks, strict=True):
        bounds = page_marks + [(len(page.text) + 1, "")]
        for (start, sec), (end, _) in zip(bounds, bounds[1:], strict=False):
            w = SECTION_WEIGHT.get(sec, 1.0)
            if w == 0:
                continue
            out += [Sentence(s, page.number, w) for s in _split(page.text[start:end])]
    return out


def _split(text: str) -> list[str]:
    text = re.sub(r"\s+", " ", text).strip()
    return [s.strip() for s in SENTENCE_END.split(text) if len(s.strip()) > 3]


@dataclass(frozen=True)
class SentenceMarks:
    """What `score_terms` reads of a sentence whatever the terms or the paper's model: each
    field reads a paper's sentences again, so they are computed once per sentence text."""

    text: str  # dashes normalised
    low: str
    ours: bool  # opens with "we" / "our model" (OURS)
    related: bool  # cites related work (RELATED)
    we: bool
    background: bool  # states the field's problem (BACKGROUND)
    field_activity: bool  # what the field's methods do (FIELD_ACTIVITY)
    secondary_use: bool  # a secondary use of the model (SECONDARY_USE)
    future: re.Match[str] | None  # left for later, hoped for, done elsewhere (FUTURE)
    compared_parts: tuple[tuple[int, int], ...]  # the comparisons' spans (COMPARED_PART)


@functools.lru_cache(maxsize=4096)
def sentence_marks(raw: str) -> SentenceMarks:
    text = dashes(raw)
    return SentenceMarks(
        text=text,
        low=text.lower(),
        ours=bool(OURS.match(text)),
        related=bool(RELATED.search(text)),
        we=bool(WE.search(text)),
        background=bool(BACKGROUND.search(text)),
        field_activity=bool(FIELD_ACTIVITY.search(text)),
        secondary_use=bool(SECONDARY_USE.search(text)),
        future=FUTURE.search(text),
        compared_parts=tuple(c.span() for c in COMPARED_PART.finditer(text)),
    )


def score_terms(
    sents: list[Sentence],
    terms: dict[str, str],
    own: re.Pattern[str] | None = None,
    group: bool = True,
    secondary: bool = False,
    baselines: bool = True,
    field_activity: bool = False,
    compared: frozenset[int] = frozenset(),
    subject_lists: bool = False,
) -> dict[str, tuple[float, list]]:
    """value -> (score, [(weight, sentence)]), discounting negation and related work. A sentence
    that names the paper's own model (`own`) is about it, even when it cites something; one
    that names other models too is discounted, unless `group` is False (a property the whole
    group shares, such as working on single cells). With `secondary`, a sentence about a
    secondary use of the model (`SECONDARY_USE`) is discounted too; with `field_activity`,
    one about what the field's technologies and methods do (`FIELD_ACTIVITY`). In a sentence
    of `compared` (ids: admitted only because the model is its subject), a term inside its
    comparisons (`COMPARED_PART`: what the baselines are and do) does not count. With
    `subject_lists`, a sentence this model opens as its subject is discounted only for the
    models listed with it (`own_group`; what the model does: its tasks)."""
    compiled = {v: term_rx(p) for v, p in terms.items()}
    literals = terms_literals(tuple(terms.items()))
    scores: dict[str, tuple[float, list]] = {}
    for s in sents:
        marks = sentence_marks(s.text)
        text, low = marks.text, marks.low
        present = literals.values_in(low)
        named = bool(own and own.search(text))  # names this paper's model
        about_own = named or marks.ours  # or speaks of "we" / "our model"
        related = 0.3 if marks.related and not about_own else 1.0
        if (
            not about_own
            and not marks.we
            and (marks.background or (field_activity and marks.field_activity))
        ):
            related = min(related, 0.5)  # the problem the field has, not what this model does
        in_group = 1.0
        if group and named:
            others = (own_group if subject_lists else other_models)(text, own, baselines)
            in_group = group_weight(len(others))
        if secondary and marks.secondary_use:
            related = min(related, 0.3)
        future = marks.future
        if future and own and own.search(future.group(0)):
            future = None  # (this model is the tool: "datasets were integrated with Quorin before")
        earlier = PRIOR_USE.search(text)
        if earlier and own and own.search(text, max(0, earlier.start() - 40), earlier.start()):
            earlier = None  # (this model's own history: "Quorin embeddings have been used to")
        # (its reach: to the end of its clause, ", and Quorin extends them to ..." is this one's)
        ended = PRIOR_USE_END.search(text, earlier.end()) if earlier else None
        reach = ended.start() if ended else len(text)
        masked = marks.compared_parts if id(s) in compared else ()
        contrasted = contrasted_part(text, own)
        if contrasted:
            masked = (*masked, contrasted)
        # (the experiment that backed a result is not the model's act: "..., which CRISPRi
        # knockdown with flow cytometry supported")
        masked = (*masked, *(v.span() for v in BACKED_BY.finditer(text)))
        if secondary:  # (what the baselines a score is set against read is theirs)
            masked = (*masked, *(v.span() for v in SCORED_BASELINES.finditer(text)))
        for value, (rx, lits) in compiled.items():
            if lits is not None and value not in present:
                continue  # none of the literals every match contains: no regex needed
            found = [x for x in rx.finditer(text) if not any(a <= x.start() < b for a, b in masked)]
            if not found:
                continue
            # a match set aside without a word of denial ("after discarding low-quality spots,
            # it deconvolves each spot"): the next one counts
            m, negated = found[0], negated_term(text, found[0])
            if negated and not DENIES.search(text, 0, m.start()):
                later = next((x for x in found[1:] if not negated_term(text, x)), None)
                if later:
                    m, negated = later, False
            grouped = 1.0 if in_group < 1.0 and own_clause(text, m, own, baselines) else in_group
            if subject_lists and others_clause(text, m, own, baselines):
                grouped = min(grouped, 0.3)
            w = s.weight * min(related, grouped)
            if future and same_clause(text, m.start(), future.start()):
                w *= 0.1  # what is left for later, not what the model does
            elif earlier and earlier.start() <= m.start() < reach:
                w *= 0.1  # what earlier work did
            if negated:
                w *= 0.1
            total, hits = scores.get(value, (0.0, []))
            hits.append((w, s))
            scores[value] = (total + w, hits)
    return scores


#: the baselines a score is set against, each with its own score ("against 0.66 for a model
#: of cell-type proportions alone and 0.70 for a slide-level pathology model reading H&E")
SCORED_BASELINES = re.compile(
    r"\b(against|versus|vs\.?|compared (with|to))\s+(an? [\w-]+ (of|at) )?\d[\d.,]*\s*%?"
    r"\s+(for|from|with|by)\s+(?=[^;]{0,60}\b(models?|methods?|baselines?|approach\w*|tools?"
    r"|classifiers?|pipelines?)\b)[^;]*",
    re.I,
)
#: (its terms count for no field: `score_terms` masks it)
BACKED_BY = re.compile(BACKED, re.I)
#: a sentence that opens on what other methods do, to set this model against them ("Unlike
#: multiome pipelines, which need chromatin profiles of the same cells, Tolbooth uses
#: expression alone")
CONTRAST_OPENERS = r"unlike|in contrast to|contrary to|as opposed to|whereas|while"
FRONTED_CONTRAST = re.compile(rf"\s*({CONTRAST_OPENERS})\b[^;:]*?,\s+", re.I)


def contrasted_part(text: str, own: re.Pattern[str] | None) -> tuple[int, int] | None:
    """The span of a fronted contrast with other methods, up to this model as the subject of
    the main clause: its terms are the other methods', not this model's."""
    if FRONTED_CONTRAST.match(text) is None:
        return None
    # (the contrast may hold commas: the main clause starts at the last comma this model
    # follows)
    for c in reversed(list(re.finditer(r",\s+", text))):
        after = c.end()
        # (this model as the main clause's subject)
        if re.match(rf"{DENIAL_SUBJECT}|\bour\b", text[after:], re.I) or (
            own and own.match(text, after)
        ):
            return (0, after)
    return None


#: the term as the subject of a denial after it: "cell type annotation, the task these models
#: were proposed for, is deliberately not evaluated here"
DENIED_AFTER = re.compile(
    # (an appositive closed by commas may stand between; not a relative clause, whose denial is
    # another subject's: "annotation of rare populations, which were not considered before")
    # (the term may open a longer name: "perturbation-response prediction, which ..., is")
    r"((-[\w-]+)?(\s+(?!(which|that|who|whose|where|and|but|while|is|are|was|were)\b)[\w-]+)"
    r"{0,2}?(?=,))?"
    r"(,[^,.;]{1,120},)?\s+((?!(which|that|who|whose|where|and|but|while)\b)[\w-]+\s+){0,2}?"
    r"((is|are|was|were) (deliberately |intentionally |explicitly )?(not|never) (evaluated"
    r"|addressed|considered|studied|tested|covered|assessed|attempted|explored)"
    # (another task than the paper's: "perturbation-response prediction, which asks how
    # expression changes, is a different task")
    r"|(is|was) (an?|quite an?) (different|separate|distinct|other) (task|problem|question))\b",
    re.I,
)


def negated_term(text: str, m: re.Match[str]) -> bool:
    """A negation before the match reaches it: not a "without" phrase ended by a verb
    coordinated after it, and no new clause between them. Or the term is the subject of a
    denial after it (`DENIED_AFTER`)."""
    if DENIED_AFTER.match(text, m.end()):
        return True
    negation = NEGATION.search(text[: m.start()])
    return bool(
        negation
        and not coordinated_act(negation, text, m)
        and not fronted_phrase_ended(text, negation, m)
        and not (  # "... without any shared peak set, Ardent names cell types"
            negation.group(0).lower().startswith("without")
            and (e := WITHOUT_ENDED_BY_NAME.search(text, negation.start())) is not None
            and e.start() < m.start()
        )
        and not any(  # (the whole text: its lookahead reads past the match)
            e.start() < m.start() for e in NEGATION_ENDED.finditer(text, negation.start())
        )
        and not (
            COMMA_VERB.search(text[: m.end()], negation.start())
            and not AWAITING_VERB.match(text, negation.start())
            and not MODAL_BEFORE.search(text, 0, negation.start())
        )
    )


#: a "without" phrase ended where a name starts the next clause with its verb
WITHOUT_ENDED_BY_NAME = re.compile(r",\s+[A-Z][\w-]+\s+(?!(is|was|does|has)\b)[a-z]+s\b")
#: a sentence opening on a "without" phrase ("Without any orthology table, labels ...")
FRONTED_WITHOUT = re.compile(r"\s*(?:[\w-]+\s+){0,2}?without\b[^,;]{1,80},", re.I)


DENIAL_AFTER = re.compile(rf"\b({NEGATORS}|never|cannot|can't|fails? to)\b", re.I)


def fronted_phrase_ended(text: str, negation: re.Match[str], m: re.Match[str]) -> bool:
    """The negation is a fronted "without" phrase, and the match comes after its comma."""
    phrase = FRONTED_WITHOUT.match(text)
    return bool(
        phrase
        and negation.start() < phrase.end() <= m.start()
        # (and no denial of its own after it: "Without X, it cannot transfer labels")
        and not DENIAL_AFTER.search(text, phrase.end(), m.start())
    )


#: a verb of the model's own work, coordinated after a negated phrase ("integrate studies
#: without batch correction and annotate cell types"): the negation ends at "and"
COORDINATED_ACT = re.compile(r"\band\s+$", re.I)
ACT_VERB = re.compile(
    r"(annotat|integrat|remov|correct|predict|identif|classif|label|infer|generat|simulat|map"
    r"|align|harmoni|deconvol|reconstruct|recover|transfer|imput|segment|cluster)\w*\b",
)


#: a negation's reach ends where a new clause begins ("cluster by cell type rather than by
#: study, and give label transfer"; "not only ... but")
NEGATION_ENDED = re.compile(
    # (and a fronted "without" phrase ends at its comma: "Without fine-tuning, it labels cells")
    r",\s+(it|we|they|the model)\s+(?!(is|are|was|were|does|do|did|cannot|can't)\b)"
    r"|,\s+(and|but|while|whereas|yet)\b(?!(\s+\w+){1,2}\s+(is|are|was|were|remains?)\b)"
    r"|\bnot only\b",
    re.I,
)
#: a comma before a verb of the model's own work ends the negation of an aside before it
#: ("embeddings, without any fine-tuning, integrate datasets")
COMMA_VERB = re.compile(
    r",\s+(?=(annotat|integrat|remov|correct|generat|simulat|harmoni[sz]|imput|merg)(e|es)\b"
    r"|(predict|label|infer|map|align|reconstruct|recover|transfer|segment|cluster)s?\b"
    r"|(identif|classif)(y|ies)\b)",
    re.I,
)
#: a negation still waiting for its verb: a list of verbs it governs ("is not designed to
#: denoise, integrate or annotate"), or a modal before an aside ("cannot, without retraining,")
AWAITING_VERB = re.compile(
    r"(not|never)\s+(\w+\s+)?(designed|meant|intended|able|built|trained|used)\s+to\b", re.I
)
MODAL_BEFORE = re.compile(
    r"\b(cannot|can't|can not|does not|do not|is not|are not|not|never)\s*,\s*$", re.I
)


def coordinated_act(negation: re.Match[str], text: str, m: re.Match[str]) -> bool:
    """The match is a verb of the model's work right after "and", and the `negation` before
    it is a "without" phrase: the negation is the phrase's, not the verb's ("integrate studies
    without batch correction and annotate cells"; but "does not annotate cells and integrate
    samples" denies both)."""
    return bool(
        negation.group(0).lower().startswith("without")
        and COORDINATED_ACT.search(text, 0, m.start())
        and ACT_VERB.match(text, m.start())
    )


#: where one clause of a sentence ends and another begins ("it annotates subtypes; extending it
#: to slides is left for future work")
CLAUSE_BREAK = re.compile(
    # (not "but" before the same subject's next verb: "... become possible but are beyond the
    # scope of this work")
    r";|,\s+(?:but|while|whereas|although|yet)\b|\s+but\s(?!(?:is|are|was|were|remains?|lies?)\b)"
    # ", and" before what it does now ("... is planned, and X already integrates ...") or what
    # comes later ("X annotates cells, and further evaluation is planned", "and we anticipate")
    r"|,\s+and\s+(?:(?:\S+\s+)?(?:already|now|currently)\b"
    r"|(?=(?:further|additional|future|more|we (?:anticipate|envisage|envision|foresee|expect"
    r"|hope|believe))\b))"
    r"|,\s+which\s+(?=(?:already|now|currently)\b)"
)


#: where earlier work's clause ends: a clause break, or any ", and" (", and Quorin extends them
#: to integrate ..." is this model's)
PRIOR_USE_END = re.compile(rf"{CLAUSE_BREAK.pattern}|,\s+and\b", re.I)


def same_clause(text: str, a: int, b: int) -> bool:
    """Positions a and b of the sentence lie in one clause."""
    lo, hi = sorted((a, b))
    return not any(b.start() < hi for b in CLAUSE_BREAK.finditer(text, lo))


class TermLiterals:
    """The literals of a dict of terms (`term_rx`) in one Aho-Corasick automaton: one scan of
    a sentence tells which terms could match it."""

    def __init__(self, items: tuple[tuple[str, str], ...]):
        from agent.screen.prefilter import automaton  # only when a paper is read

        self.always = frozenset(v for v, p in items if term_rx(p)[1] is None)
        owners: dict[str, set[str]] = {}
        for v, p in items:
            for lit in term_rx(p)[1] or ():
                owners.setdefault(lit, set()).add(v)
        self._lits = sorted(owners)
        self._owners = [frozenset(owners[w]) for w in self._lits]
        self._auto = automaton(self._lits)

    def values_in(self, low: str) -> frozenset[str]:
        """The terms one of whose literals the lower-cased text contains, and those without
        literals (their regex always runs)."""
        if self._auto is None:
            return self.always
        found = {k for k, _, _ in self._auto.find_matches_as_indexes(low, overlapping=True)}
        return self.always.union(*(self._owners[k] for k in found))


@functools.lru_cache(maxsize=256)
def terms_literals(items: tuple[tuple[str, str], ...]) -> TermLiterals:
    return TermLiterals(items)


@functools.lru_cache(maxsize=1024)
def term_rx(pattern: str) -> tuple[re.Pattern[str], tuple[str, ...] | None]:
    """A term's regex and the lower-case literals one of which every match contains (derived
    from the regex itself, as the screener's prefilter does); None when some alternative has
    none, and then the regex always runs. Bounded: a paper's own-name pattern (the named
    model introduction) is one entry per paper, and a batch reads thousands."""
    from agent.screen.prefilter import required_literals  # only when a paper is read

    rx = re.compile(pattern, re.I)
    try:
        return rx, tuple(sorted(required_literals(rx)))
    except ValueError:
        return rx, None


def select(
    scores: dict[str, tuple[float, list]], long_doc: bool, top: float | None = None
) -> list[str]:
    """The values scoring at least `THRESHOLD`, and in a long paper at least `RELATIVE` times
    the top score (`top`: another table's, where given)."""
    if top is None:
        top = max((s for s, _ in scores.values()), default=0.0)
    floor = max(THRESHOLD, RELATIVE * top if long_doc else 0.0)
    return [v for v, (s, _) in scores.items() if s >= floor]


# ---- vocabulary rules: what the terms alone cannot say ----------------------------------------
DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-"})


def dashes(text: str) -> str:
    """En/em dashes as hyphens (same length, so match offsets stay valid)."""
    return text.translate(DASHES)


TITLE_NAME = re.compile(r"^\s*([A-Za-z0-9][\w\-\+\.]{1,30})\s*:")


#: a sentence that speaks of the paper's own work ("We ...", "Our model ...")
OURS = re.compile(r"\s*(we|our)\b", re.I)
#: a sentence about "our model" stays even when it compares with existing ones ("We evaluate
#: models such as X" is about others and is filtered)
OUR_MODEL = re.compile(r"\s*our\b", re.I)
#: a sentence whose subject is the paper's model, by pronoun or description ("It fills in
#: missing values", "The same embeddings place cells ...", "In our hands, ..."): with the
#: comparisons it makes removed (`COMPARED_PART`), it is about this model when nothing else in
#: it names another
OWN_SUBJECT = re.compile(
    # an opening phrase first ("Moreover,", "When fine-tuned,", "Across 12 benchmarks,")
    r"\s*(?:(?:moreover|furthermore|in addition|additionally|finally|notably|(?:once|after"
    r"|when) (?:being )?(?:pretrained|fine-?tuned|trained)|across [\w\s-]{1,40}"
    r"|compared (?:to|with) [^,;]{1,60}),?\s+)?"
    r"(?:it(?! (?:is|has|was|were|remains|seems|appears)\b[^,;]{0,30}\b(?:that|whether)\b)|its"
    r"|in our hands,? (?=it\b|the model\b|the method\b)"
    r"|(?:the|this|these) (?:same |resulting |pretrained |fine-?tuned |learned |proposed "
    r"|foundation )?(?:model|embeddings?|embedding space|encoder|representations?|network"
    r"|framework|system|approach|method|agent|tool|pipeline|platform)"
    r"(?! (?:that|which|who|most|of|used)\b))\b",
    re.I,
)
#: the parts of a sentence that compare with baselines: scores in parentheses, "versus 0.42 for
#: PCA", "outperforming A and B on ...", "improving on A", "than A"
COMPARED_PART = re.compile(
    r"\([^()]*\d[^()]*\)"
    r"|,?\s*\b(?:outperform\w*|improv\w* (?:on|over|upon)|surpass\w*|exceed\w*|beating|matching"
    r"|rivall?ing|on par with)\b[^;]*"
    r"|\b(?:versus|vs\.?|against|compared (?:to|with)|than)\s+[^,;()]*"
    # (and what the baseline is: "than GEARS, a method for perturbation prediction")
    r"(?:,\s+(?:a|an|the|two|three|both|which|that|designed|built|originally)\b[^;()]*)?",
    re.I,
)


#: a sentence opening on other methods or the field ("Existing methods ...", "Most tools ...",
#: "Deep models for ...", "Encoder-only models ...")
OTHERS_SUBJECT = re.compile(
    r"\s*(?:[\w\s,-]{0,40},\s*)?(?:existing|current|most|many|previous|prior|other|conventional"
    r"|traditional|standard|these|such|popular|several|some|all)\b"
    r"|\s*(?:[\w-]+\s+){0,3}(?:models|methods|approaches|tools|algorithms|networks|frameworks"
    r"|pipelines)\b",
    re.I,
)
#: a hypothetical ("a version trained on X could integrate modalities better than Y")
HYPOTHETICAL = re.compile(r"\b(could|would|might)\b", re.I)


def own_subject_compared(text: str, own_label: str | None) -> bool:
    """The sentence's subject is this paper's model and it names others only to compare with
    them ("It fills in missing values (AUROC 0.87 versus 0.81 for X)"); or it names no model
    but in its comparisons, a result told without a subject model ("Labels learned on mouse
    carry over to the lizard with 0.78 accuracy, against 0.61 for X")."""
    rest = COMPARED_PART.sub(" ", text)
    if about_other_models(rest, own_label):
        return False
    if OWN_SUBJECT.match(text):
        return True
    return (
        bool(other_models(text, None))
        and not OTHERS_SUBJECT.match(text)
        and not HYPOTHETICAL.search(rest)
        and not other_models(rest, None)
        and not any(  # nor a coined name outside them ("Zorblax does X better than Y")
            coined(t) and not not_a_model_name(t)
            for t in re.findall(r"\b[A-Z][\w-]+", rest)
            if not (own_label and t.lower() == own_label.lower())
        )
    )


def bare_title_name(paper: PaperText) -> str | None:
    """A title that is only a name (one or two words, e.g. a registry entry's) names the model."""
    title = (paper.title or "").strip().rstrip(".")
    return title if title and len(title.split()) <= 2 and len(title) >= 3 else None


def own_name_rx(paper: PaperText, found: str | None = None) -> re.Pattern[str] | None:
    """The paper's own model name: the one identity found (`found`), else a `Name: ...` title
    or a one-word title."""
    title = (paper.title or "").strip()
    m = TITLE_NAME.match(title)
    name = found or (m.group(1) if m else (title if title and len(title.split()) <= 2 else ""))
    if len(name) < 3:
        return None
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")


#: a model's name: CamelCase or letters with digits (scGPT, OmiCLIP, FmH2ST, GPT-4), not an
#: assay (scRNA-seq, scATAC, CITE-seq)
MODEL_NAME = re.compile(
    r"\b(?:[A-Za-z]*[a-z][A-Z][\w-]*|[A-Z][A-Za-z]*\d[\w.-]*|[A-Z]{2,}[a-z][\w-]*)"
)


#: a sentence naming this many other models is about a group (one other is a comparison)
GROUP = 2


def own_clause(
    text: str, m: re.Match[str], own: re.Pattern[str] | None, baselines: bool = True
) -> bool:
    """In a sentence that names this model among others, the term `m` stands in a clause of
    this model's own, not discounted as the group's: the clause names no other model and has
    this model (by name or as "it", "the model") for its subject ("X (Liu et al., 2024) builds
    ... from A and B; it enables annotation and batch integration")."""
    start = max((b.end() for b in CLAUSE_BREAK.finditer(text, 0, m.start())), default=0)
    end = next((b.start() for b in CLAUSE_BREAK.finditer(text, m.end())), len(text))
    clause = re.sub(r"^\W+", "", text[start:end])
    # this model is the clause's subject: named early in it, or "it" / "the model" where it is
    # the first model the sentence names ("Tollan distils Pellam and Quen; it enables ..." is
    # Tollan's)
    if own is None or (start, end) == (0, len(text)) or other_models(clause, own, baselines):
        return False  # (not "A, B and C annotate cells; they also ...": the group again)
    named, first = own.search(clause), own.search(text)
    return (named is not None and named.start() <= 60) or (
        OWN_SUBJECT.match(clause) is not None
        and first is not None
        and first.start() < start
        and not other_models(text[: first.start()], own, baselines)
    )


#: the term stands in a relative clause about other models, named after it ("follows models
#: that integrate batches (A 0.20, B 1.0)"): theirs, not this model's
#: a relative clause about a kind of model ("methods that", "tools which")
KINDS_THAT = re.compile(
    r"\b(models|methods|tools|approaches|algorithms|baselines|pipelines)\s+(that|which)\b", re.I
)
OTHERS_RELATIVE = re.compile(
    r"(?<!\bfirst of the )(?<!\bonly one of the )(?<!\bone of the )(?<!\bfirst among the )"
    rf"{KINDS_THAT.pattern}\s+([\w-]+\s+){{0,3}}$",
    re.I,
)
#: the term stands in a clause about a model named just before it: a relative clause ("builds
#: on A and B, which were trained to annotate cell types"), an appositive ("the encoder of A, a
#: model that annotates cell types") or what it is for ("complements A for batch integration")
NAMED_CLAUSE = re.compile(
    r"(?P<name>[\w-]+)(\s*(\[[\d,\s-]+\]|\([^()]{0,40}\)))?,?\s+(which|that|who)\s+"
    r"([\w-]+\s+){0,8}$"
    r"|(?P<name2>[\w-]+),\s+an?\s+([\w-]+\s+){0,2}(model|method|tool|framework|approach)\s+"
    r"(that|which)\s+([\w-]+\s+){0,4}$",
    re.I,
)


def others_clause(
    text: str, m: re.Match[str], own: re.Pattern[str] | None, baselines: bool = True
) -> bool:
    """The task term `m` is said of other models: in a relative clause about models named
    after it ("follows models that integrate batches (A 0.20, B 1.0)"), or in a clause about
    a model named just before it (`NAMED_CLAUSE`)."""
    before = text[: m.start()]
    if OTHERS_RELATIVE.search(before) and other_models(text[m.start() :], own, baselines):
        return True
    c = NAMED_CLAUSE.search(before)
    if c is None:
        return False
    name, clause = c.group("name") or c.group("name2"), before[c.start() :]
    if re.search(r"\b(it|its|itself)\b", clause, re.I) or (own and own.search(clause)):
        return False  # ("replaces the decoder of A, which allows it to integrate")
    return name in other_models(text, own, baselines)


#: what may stand between names listed together: commas, "and", "or", citations
LIST_GLUE = re.compile(r"^(\s*(,|\band\b|\bor\b|\[[\d,\s-]+\]|\([^()]{0,40}\d{4}\w?\))\s*)+$")


def listed_with(text: str, own: re.Pattern[str] | None, others: set[str]) -> set[str]:
    """The other names listed together with the own name ("CellAgent, Wren and AutoBA plan
    analyses"), not those named after its verbs: the tools an agent runs ("Wren writes code,
    corrects donor effects with scVI and runs SAMap") are no group it belongs to."""
    found = list(own.finditer(text)) if own else []
    if not found:
        return others
    spans = sorted((m.start(), m.end()) for n in others for m in re.finditer(re.escape(n), text))
    group: set[str] = set()
    for o in found:  # (each time the sentence names this model)
        left, right = o.start(), o.end()
        for a, b in reversed([x for x in spans if x[1] <= o.start()]):
            if not LIST_GLUE.match(text[b:left]):
                break
            group.add(text[a:b])
            left = a
        for a, b in [x for x in spans if x[0] >= o.end()]:
            if not LIST_GLUE.match(text[right:a]):
                break
            group.add(text[a:b])
            right = b
    return group


def own_group(text: str, own: re.Pattern[str] | None, baselines: bool = True) -> set[str]:
    """The other models a sentence that names this one puts it among. Where this model is
    named before any other ("Garganey labels cell populations ... by combining chromVAR
    deviations"), only the names listed with it (`listed_with`): those after its verb are what
    it uses, runs or is compared with, not a group it belongs to. Where others come first
    ("Whereas A and B plan analyses, Pellam answers directly"), all of them."""
    others = other_models(text, own, baselines)
    o = own.search(text) if own and others else None
    if o is None or other_models(text[: o.start()], own, baselines):
        return others
    return listed_with(text, own, others)


def group_weight(others: int) -> float:
    """A sentence about a group of models says little about this one, and the less the larger
    the group ("Representative models include A, B, C and ours, trained on ATAC atlases")."""
    return 1.0 if others == 0 else 0.4 if others == 1 else 0.25 if others == 2 else 0.15


#: the words that set a model against others ("outperforms", "than", "versus")
COMPARISON = (
    r"than|outperform\w*|unlike|versus|vs\b|compared|exceed\w*|beat\w*|surpass\w*|against"
    r"|ahead of"
    r"|improv\w* (on|over|upon)"
    # ("name cell types as accurately as those on scGPT embeddings"; not "as well as", a list)
    r"|as (accurately|precisely|reliably|robustly|good|fast) as"
)
#: a name the model is built from or runs, not a peer it is listed or compared with ("driven by
#: GPT-4", "invokes software such as Scanpy and CellTypist", "fine-tuned from Llama")
COMPONENT_CUE = re.compile(
    r"\b(driven by|powered by|built (on|upon|with)|backed by|on top of|(fine-?tuned|initiali[sz]ed"
    r"|adapted|distilled) from|invok\w*|calls?|calling|runs?|running"
    # the resources a system consults ("a literature agent searches PubMed and ChIP-Atlas")
    r"|search(es|ing)?|quer(y|ies|ying)|consults?|consulting"
    # where it fetches data from ("retrieving the datasets from CELLxGENE")
    r"|(retriev|download|fetch)\w* ([\w-]+ ){0,4}from"
    # the encoder it reads its input with ("gene descriptions are encoded with BioBERT"), the
    # LLM it runs on ("an LLM such as GPT-4o receives the marker genes")
    r"|(encod|embedd?)\w* (\w+ ){0,3}(with|using|by|through)|\b(an|the|its) (llm|large language "
    r"model|language model) (such as|like|e\.g\.,?)|(tools?|software|packages?"
    rf"|librar(y|ies)|apis?) (such as|like|including))\b(?!.*\b({COMPARISON})\b)[^.;]{{0,40}}$",
    re.I,
)


#: a name followed by its citation ("Geneformer (Theodoris et al., 2023)", "Alpha [12]"): another
#: work, whatever its spelling
CITED_NAME = re.compile(
    r"\b([A-Z][\w\-]+)\s*(?:\((?:[A-Z][\w\-]+ (?:et al\.?|and [A-Z][\w\-]+),? \d{4}\w?)\)"
    r"|\[\d[\d,\s\-]*\])"
)


#: a name the own model is compared against, after the own model ("X outperforms A and B",
#: "X reaches 0.9, exceeding A"): a baseline, not a member of a group the sentence is about
COMPARED = re.compile(
    # (a decimal point is no sentence's end: "against 0.64 for A and 0.66 for B")
    rf"\b({COMPARISON})\b\.?([^.;]|(?<=\d)\.(?=\d)){{0,60}}$"
    r"|\b(vs\.?|versus|against|than)\s+\d*\.?\d+\s*%?\s+"
    r"(for|of|by)\s+$",
    re.I,
)
#: a name reported with its score in parentheses right after the own model's score ("0.87
#: macro-F1 (scGPT 0.79, Geneformer 0.74)"): a baseline, not a version or a share
SCORED_AFTER = re.compile(r"\s*[:=]?\s*(0?\.\d|\d+(\.\d+)?\s*%)")
OWN_SCORE_BEFORE = re.compile(r"\d(\.\d+)?\s*%?\s*([\w-]+\s*)?\(([^()]*,\s*)?$")
#: a parenthesis with a number in it, a word of comparison, and a score (a percentage or a
#: decimal, not a version "1.0" inside a word): what marks a parenthesis as baselines' scores
SCORES_IN_PARENS = re.compile(r"\([^()]*\d[^()]*\)")
COMPARISON_WORD = re.compile(rf"\b({COMPARISON}|baselines?)\b", re.I)
A_SCORE = re.compile(r"(?<![\w.])(\d+(\.\d+)?\s*%|0?\.\d+)(?![\w.])")


#: a name followed by what it is, a collection of data ("the CellxGene database", "the HCA
#: atlas"), names a resource, not a model; so does a name inside a web address
RESOURCE_AFTER = re.compile(
    # (also the first of two: "the RefBank and ProtAtlas gene summaries")
    r"((,|\s+(and|or))\s+[\w-]+)?\s+((gene|protein|cell|function(al)?)\s+)?"
    r"(databases?|atlas(es)?|portals?|data ?sets?|data ?bases?|corpus|corpora|census"
    r"|collections?|repositor(y|ies)|consortium|compendium|cohorts?"
    # a resource's written entries ("UniProt summaries", "NCBI gene descriptions", "UniProt
    # function text")
    r"|summar(y|ies)|descriptions?|entr(y|ies)|records?|abstracts|text|annotations)\b",
    re.I,
)


#: a name (or the last of a list of names) followed by what of it is called, routines of a
#: toolkit the system runs, not a peer model ("a plan of Tasker, Fenn and Orrin calls", "Quell
#: functions")
COMPONENT_AFTER = re.compile(
    r"((,\s*|\s+(and|or)\s+|,\s+(and|or)\s+)(?!(which|that|who|it)\b)[\w.-]+){0,5}\s+"
    r"(calls|routines|functions(?! as\b)"
    r"|commands|modules|wrappers|subroutines)\b",
    re.I,
)


#: a parenthesis right after a name, spelling it out in words; and words just before a name in
#: parentheses, spelling it out ("Transcriptome-Oriented Learning of reguLAtory Networks (TOLLAN)")
OWN_EXPANSION = re.compile(r"\s*\(((?:[\w/&'-]+[\s,]+){2,}[\w/&'-]+)\)")
EXPANSION_BEFORE = re.compile(r"((?:[\w/&'-]+[\s,]+){2,}[\w/&'-]+)\s*\($")


def spells(name: str, words: str) -> bool:
    """The name's capitals appear, in order, among the capitals of `words` (an acronym spelled
    out: "MAESTRO", "Model-based AnalysEs of Single-cell Transcriptome and RegulOme")."""
    caps = iter(c for c in words if c.isupper())
    wanted = [c for c in name if c.isupper()]
    return len(wanted) >= 2 and all(c in caps for c in wanted)


def spelled_out(text: str, own: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """The spans of words that spell out the model's own acronym, in a parenthesis after it or
    before it in parentheses: they name no other model."""
    spans = []
    for o in own.finditer(text) if own else ():
        after = OWN_EXPANSION.match(text, o.end())
        before = EXPANSION_BEFORE.search(text, max(0, o.start() - 160), o.start())
        if after and spells(o.group(0), after.group(1)):
            spans.append(after.span(1))
        elif before and text.startswith(")", o.end()) and spells(o.group(0), before.group(1)):
            spans.append(before.span(1))
    return spans


def compared_parentheses(
    text: str, first_own: re.Match[str] | None, baselines: bool
) -> list[tuple[int, int]]:
    """The spans of parentheses that hold baselines' scores: after the own model's name, one with
    a score after the name or a word of comparison ("0.84 accuracy (A gene scores: 0.71; B:
    0.78)", "(0.90, vs 0.83 for A)"; not versions in "models that integrate batches (A 0.20, B
    1.0)"); and, where baselines are set apart (`baselines` False), one before the name or
    without it that compares with a score ("effects are removed (kBET 0.82, versus 0.71 for A),
    while ... Pellam assigns"), unless a group the sentence is about owns it ("Methods that
    integrate batches (kBET 0.82 for A versus 0.71 for B) lose rare cells")."""
    after = first_own.end() if first_own else len(text)
    before = first_own.start() if first_own else len(text)
    spans = []
    for x in SCORES_IN_PARENS.finditer(text):
        compares = False
        if x.start() >= after:
            compares = bool(
                A_SCORE.search(text, after, x.start()) or COMPARISON_WORD.search(x.group(0))
            )
        elif x.end() <= before:
            compares = bool(
                not baselines
                and COMPARISON_WORD.search(x.group(0))
                and A_SCORE.search(x.group(0))
                and not KINDS_THAT.search(text, 0, x.start())
            )
        if compares:
            spans.append((x.start(), x.end()))
    return spans


def other_models(text: str, own: re.Pattern[str] | None, baselines: bool = True) -> set[str]:
    """Other models the sentence names; with `baselines` False, not those the own model is
    compared against (what the own model does there is its own task, but the data such a
    sentence names may be the baselines')."""
    found = [*MODEL_NAME.finditer(text), *(m for m in CITED_NAME.finditer(text))]
    first_own = own.search(text) if own and not baselines else None

    compared_spans = compared_parentheses(text, first_own, baselines)

    def baseline(m: re.Match[str]) -> bool:
        if any(a <= m.start() < b for a, b in compared_spans):
            return True
        if first_own is None or first_own.start() > m.start():
            return False
        between = text[first_own.end() : m.start()]
        scored = OWN_SCORE_BEFORE.search(between) and SCORED_AFTER.match(text, m.end())
        return bool(COMPARED.search(between) or scored)

    spelled = spelled_out(text, own)

    names = {
        (m.group(1) if m.re is CITED_NAME else m.group(0)).rstrip(".-")
        for m in found
        if not COMPONENT_CUE.search(text[max(0, m.start() - 60) : m.start()])
        and not any(a <= m.start() < b for a, b in spelled)
        and not baseline(m)
        and not RESOURCE_AFTER.match(text, m.end())
        and not COMPONENT_AFTER.match(text, m.end())
        and not TARGET_AFTER.match(text, m.end())
        and text[max(0, m.start() - 1) : m.start()] not in ("/", ".", "@")
        # (the second half of a hyphenated name, "MoE" of "Quill-MoE", is no name of its own)
        and not re.match(r"\w-", text[max(0, m.start() - 2) : m.start()])
    }
    return {n for n in names if not not_a_model_name(n) and not (own and own.fullmatch(n))}


#: cell-level expression context: a paper about single cells, cell types or gene expression
#: that names no other assay measures RNA (the SPEC's default single-cell assay)
CELL_CONTEXT = {
    "cell-level data": r"single[- ](cells?|nucle\w+)|cell[- ]types?|cell[- ](states?|embeddings?"
    r"|identit\w+|annotation|clustering|classification|populations?|representations?)|cells as "
    r"tokens|each cell|individual cells"
    r"|(millions?|thousands?|\d+(\.\d+)?\s*(million|thousand|[mk])?) (of )?(\w+ )?cells\b"
    r"|gene[- ]expression|expression profiles?|gene tokens|gene[- ]ranked|ranked genes"
    r"|gene-cell|cell-cell graph|\bcells? (and|or) genes\b|classif\w+ cells"
    r"|\b(diseased|healthy|immune|tumou?r|blood|stem|t|b|nk|myeloid|epithelial|cancer"
    r"|progenitor|neural|hematopoietic|malignant) cells\b"
    # what single cells show when no assay is named: expression, transcriptional states and
    # responses, marker genes of clusters, cells that are annotated or clustered
    r"|\bexpression\b|transcriptional|marker genes?|differentially expressed|cell clusters"
    r"|clusters of cells|(annotat|classif|cluster|label|embed|encod|represent)\w* (\w+ )?cells\b"
    r"|responses? of cells|cellular (states?|responses?|heterogeneity|identit\w+)"
    # the single-cell toolkit and its files: an analysis run on them is of single cells
    r"|\bh5ad\b|\banndata\b|\b(scanpy|seurat) (code|objects?|pipelines?|workflows?|functions"
    r"|analys[ie]s)\b|pseudotime"
    # profiles of dissociated cells are cell-level ("each dissociated tumour-infiltrating
    # profile")
    r"|\bdissociated ([\w-]+ ){0,2}(profiles?|cells|nuclei|transcriptomes?)\b",
}


def cells_named(sents: list[Sentence]) -> bool:
    """The text (a model's name included: "CellAgent", "scFoo") speaks of cells."""
    return any(CELLS.search(s.text) for s in sents)


#: cells, or a name in the field's single-cell convention (scGPT, scAgent); not the wet lab's
#: read-outs and stocks ("cell viability", "cell lines", "cell growth"), which are no data
CELLS = re.compile(
    r"(?i:cell(?!ular network|ular automat|-free"
    r"|s?[- ](viability|lines?|growth|culture|proliferation|death|survival)))|\bsc[A-Z]"
)


#: the survey's tasks that are done on single cells (annotating, perturbing, integrating cells,
#: their drug responses): a model doing them reads single-cell data
CELL_TASKS = (Task.annotation, Task.trajectory_perturbation, Task.integration, Task.drug_response)
#: (CITE-seq and REAP-seq read transcripts beside surface proteins)
MULTI_OMIC = {"multi-omic": r"multi-?omic\w*|\bmultiome\b|\b(cite|reap)-seq\b"}
#: the omics layers: two of them make a multi-omic (multimodal) model
OMICS = frozenset({Modality.rna, Modality.atac, Modality.protein})
#: assays that measure something other than RNA: when one of them is the data, no RNA prior
OTHER_ASSAYS = {Modality.atac, Modality.protein, Modality.dna_sequence}


#: expression as the *output* of a model of another assay ("predicts gene expression from
#: chromatin"): not data the model consumes
EXPRESSION_OUTPUT = re.compile(
    # (not what it predicts from: "infers cell states from transcriptome and chromatin")
    r"\b(predict\w*|imput\w*|infer\w*|reconstruct\w*|generat\w*)\b((?!\bfrom\b)[^.;]){0,40}"
    r"(gene[- ])?expression"
    # the transcriptome it predicts (not the missing transcriptomes it imputes beside reading)
    r"|\b(predict|infer)\w*\b((?!\b(from|using|with|given|based on|by)\b)[^.;]){0,40}"
    r"(transcriptom\w*|transcription(al)? "
    r"(activit\w+|output))"
    r"|transcriptomic (resources|outcomes)|(gene[- ])?expression (prediction"
    r"|imputation|inference|forecasting)|gene activit\w+"
    # RNA-seq read-outs a sequence model predicts ("predicts RNA-seq coverage from sequence")
    r"|\b(predict|output)\w*\b((?!\b(from|using|with|given|based on|by)\b)[^.;]){0,40}"
    r"(rna-seq (coverage|tracks?|signals?)|\bm?rna (abundance|levels?))"
    # genomic tracks, the targets a sequence-to-function model is trained to put out ("trained on
    # thousands of RNA-seq, CAGE and DNase tracks"; not "tracks" as a verb)
    r"|\b(rna-seq|cage|dnase|atac-seq|chip-seq|bulk|genomic|functional genomics|epigenomic"
    r"|coverage)\b[^.;]{0,60}?\btracks\b(?! (how|whether|the|which|what)\b)"
    # expression as what regulatory DNA does, not data ("enhancers control gene expression")
    r"|\b(enhancers?|promoters?|(regulatory |cis-regulatory )?elements|cres|sequences?) "
    r"([\w,()-]+ ){0,4}?(control|regulat|orchestrat|govern|drive|modulat)\w*\b (\w+ ){0,2}"
    r"(gene )?expression",
    re.I,
)


def as_output(
    values: list[str],
    sc: dict[str, tuple[float, list]],
    value: str,
    beside: set[str],
    output: Callable[[str], bool],
) -> list[str]:
    """Drop `value` when the model reads one of `beside` and every sentence that gave `value`
    at full weight speaks of it as what the model puts out (`output` of the sentence's text)."""
    if value not in values or not set(values) & beside:
        return values
    # (a discounted sentence, a check or a baseline's, does not speak for the model)
    hits = [h for w, h in sc.get(value, (0.0, []))[1] if w >= 1.0]
    if hits and all(output(h.text) for h in hits):
        return [v for v in values if v != value]
    return values


def expression_as_output(values: list[str], sc: dict[str, tuple[float, list]]) -> list[str]:
    """Drop rna when chromatin or sequence is the data and every rna sentence only predicts
    expression."""
    return as_output(
        values, sc, Modality.rna, {Modality.atac, Modality.dna_sequence}, expression_only_output
    )


#: single-cell RNA said to be read beside the regulation words ("uses paired scATAC-seq and
#: scRNA-seq profiles to learn how enhancers regulate gene expression")
RNA_READ = re.compile(
    r"\b(uses?|using|reads?|reading|takes?|taking|together with)\b"
    r"[^.;]{0,40}?\b((sc|sn)rna-seq|single[- ](cell|nucleus) rna)",
    re.I,
)


def expression_only_output(text: str) -> bool:
    """The sentence speaks of expression as what the model puts out, and reads no single-cell
    RNA beside it (`RNA_READ`)."""
    text = dashes(text)
    return bool(EXPRESSION_OUTPUT.search(text)) and not RNA_READ.search(text)


#: chromatin measured in single cells ("scATAC-seq", "single-nucleus accessibility", "nuclei")
SINGLE_CELL_CHROMATIN = re.compile(
    r"\bsc-?atac|\bsn-?atac|single[- ](cells?|nucle\w+)|\bnuclei\b|individual cells"
    r"|\bper[- ]cell\b|\bpseudo-?bulk\b"
    r"|\b(each|every|per) (cell|nucleus)\b(?![- ](lines?|types?|states?))",
    re.I,
)


#: accessibility read beside the sequence ("taking as input the DNA sequence and the
#: accessibility profile", "from DNA sequence together with chromatin accessibility")
CHROMATIN_INPUT = re.compile(
    r"\binputs?\b|\btogether with\b|\b(from|reads?|reading|takes?|taking) (the |its )?(dna )?"
    r"sequence (and|plus|with)\b|\bcombin\w+ (the )?(dna )?sequence\b[^.;]{0,60}\bwith\b",
    re.I,
)


def chromatin_as_output(values: list[str], sc: dict[str, tuple[float, list]]) -> list[str]:
    """Drop atac from a model that reads DNA sequence when no atac sentence speaks of single
    cells: bulk chromatin profiles and tracks are what a sequence model predicts (Sei's
    chromatin profiles, a genomic language model fine-tuned on chromatin tracks), not data it
    reads; single-cell accessibility is what a sequence model of single cells is trained on."""
    return as_output(
        values,
        sc,
        Modality.atac,
        {Modality.dna_sequence},
        lambda text: not (SINGLE_CELL_CHROMATIN.search(text) or CHROMATIN_INPUT.search(text)),
    )


#: the clause that says where an idea came from ("inspired by machine translation between
#: natural languages, ...", "drawing on language models from natural language processing"):
#: the language it names is the analogy, not data the model reads
ANALOGY = re.compile(
    r"\b(inspired by|drawing on|borrow\w* (\w+ ){0,2}from|following the success\w* of"
    r"|analogous(ly)? to|akin to|parallels? with)\b[^,;:]*",
    re.I,
)


def by_analogy_only(sc: dict[str, tuple[float, list]], key: str, pattern: str) -> bool:
    """`key` is given only inside analogy clauses: with them removed, no sentence that gave it
    still says it (`pattern`)."""
    hits = sc.get(key, (0.0, []))[1]
    rx = re.compile(pattern, re.I)
    return bool(hits) and not any(rx.search(ANALOGY.sub("", dashes(h.text))) for _, h in hits)


def text_by_analogy(values: list[str], sc: dict[str, tuple[float, list]]) -> list[str]:
    """Drop text when it is said only in clauses that draw an analogy with language."""
    if Modality.text in values and by_analogy_only(sc, Modality.text, MODALITY_TERMS["text"]):
        return [v for v in values if v != Modality.text]
    return values


def own_values_only(
    values: list[str], sc: dict[str, tuple[float, list]], own: re.Pattern[str] | None
) -> list[str]:
    """Values only from sentences about this model: a value that only sentences about a group
    of models give is dropped when sentences about this model alone give values of their own
    ("A, B and ours were trained on ATAC atlases" says nothing about our assay)."""

    def solo(v: str) -> float:
        hits = sc.get(v, (0.0, []))[1]
        return sum(w for w, h in hits if len(other_models(dashes(h.text), own)) < GROUP)

    if not any(solo(v) >= THRESHOLD for v in values):
        return values
    return [v for v in values if solo(v) > 0]


#: cells seen in pictures: microscopy, slides, stained tiles
IMAGE_DATA = re.compile(
    r"microscop\w+|\bimag(es?|ing)\b|whole[- ]slides?|\btiles?\b|stain(ed|ing)", re.I
)
#: any word of genes and their expression
GENE_WORDS = re.compile(r"\bgenes?\b|expression|transcript\w*|\brna\b", re.I)
#: sequences of amino acids, antibodies, immune receptors or codons as what a model reads: the
#: SPEC gives them no modality, and they are no cell's transcriptome ("paired heavy-light
#: sequences", "coding sequences"); not "protein sequence", which single-cell models name as a
#: gene's feature (to carry genes across species), nor a gene's sequence as its embedding, nor
#: sequencing reads ("paired-end"), non-coding DNA, or ligands' and receptors' in general
SEQUENCE_DATA = (
    r"\b(amino[- ]acids?|antibod(y|ies)|peptides?|heavy[- ]chains?|light[- ]chains?"
    r"|paired[\s–-]+(heavy|light|[\w-]+[- ]chain)[\w–-]*|(t|b)[- ]cell[- ]receptors?|tcrs?|bcrs?"
    r"|cdr3|codons?|(?<!non-)(?<!protein-)coding)[\s–-]+([\w–-]+\s+){0,2}?sequences?\b"
    # (not a gene's protein as its feature: "protein-sequence embeddings", "genes matched by
    # protein sequence similarity", "the coding sequences of marker genes")
    r"(?![\s-]*(embedd\w*|similarit\w*|homolog\w*|identit\w*|alignments?"
    r"|of ([\w-]+ ){0,2}genes?|language models?))"
)
#: expression named as data (not "an expression readout" or "specificity of expression")
EXPRESSION_DATA = re.compile(
    r"\b(gene[- ])?expression (data|profiles?|matri\w+|measurements|values|atlas\w*|counts"
    r"|levels|of)\b|\bgene[- ]expression\b|transcriptom\w*|\brna-seq\b|\bscrna"
    r"|\bsingle[- ](cell|nucleus) rna\b|\brna sequencing\b|\bcount matri\w+"
    r"|\b(umi|mrna) counts\b|\bcite-seq\b|\bgex\b",
    re.I,
)


#: multi-omic data of which the model reads one part ("of which only the accessibility
#: measurements are used", "uses only their accessibility")
PARTLY_READ = re.compile(
    r"\bonly (the |their |its )?([\w-]+ ){0,2}(measurements|profiles|data|modality|part|layer)"
    r" (are |is |were |was )?(used|read|kept)\b|\buses? only (the |their |its )\w+",
    re.I,
)


#: the one layer of several that the model reads ("pretrained on their ATAC fragments alone",
#: "using only the accessibility profiles", "an accessibility-only encoder")
READ_ALONE = re.compile(
    r"\b(on|from|using|with|of) (the |their |its )?([\w-]+ ){1,3}alone\b"
    # (the phrase stops before "of": "using only the RNA of CITE-seq cells")
    r"|\b(on|from|using|uses?|reads?) only "
    # (not features chosen: "using only the top ATAC peaks and all genes")
    r"(?!((the|their|its) )?((top|most|highly|first|\d+)\b|[\w-]+ (peaks|genes|features)\b))"
    r"(the |their |its )?((?!(of|in|from|for|with)\b)[\w-]+ ?){1,3}"
    r"|\b\w+-only\b(?! (baselines?|methods?|models?|approaches|tools|counterparts?|variants?"
    r"|versions?|foundation models))",
    re.I,
)
#: a sentence where one layer alone is a comparison, an ablation or a shortfall ("compared with
#: RNA-only baselines", "an ablation using ATAC alone", "cannot be resolved with transcriptomes
#: alone"), not the model's reading
ALONE_CONTRASTED = re.compile(
    r"\b(cannot|can ?not|not|fail\w*|insufficient|worse|better|miss\w*|than|unlike|compar\w+"
    r"|outperform\w*|ablat\w*|variants?|baselines?|counterparts?|versions?|unreliable"
    # one layer first, or only at inference, and both read in the end ("pretrained on RNA-only
    # cells, then adapted to multiome data, where it reads both")
    r"|first|then|stages?|later|adds?|together|jointly|both|inference|test time)\b",
    re.I,
)
OMICS_TERMS: dict[str, re.Pattern[str]] = {v: re.compile(MODALITY_TERMS[v], re.I) for v in OMICS}
#: the layers as a sentence that reads one alone names them ("accessibility-only", "expression
#: alone")
ALONE_TERMS = {
    v: re.compile(rf"{MODALITY_TERMS[v]}|{extra}", re.I)
    for v, extra in (
        (Modality.rna, r"\bexpression\b"),
        (Modality.atac, r"\baccessibility\b"),
        (Modality.protein, r"\bproteins?\b"),
    )
}


@functools.lru_cache(maxsize=4096)
def layers_read_alone(text: str) -> frozenset[str]:
    """The omics layers a sentence says the model reads alone (none where one layer alone is
    a comparison, an ablation or a shortfall)."""
    alone = [x.span() for x in READ_ALONE.finditer(text)]
    if not alone or ALONE_CONTRASTED.search(text):
        return frozenset()
    return frozenset(
        {
            v
            for v, rx in ALONE_TERMS.items()
            for x in rx.finditer(text)
            if any(a <= x.start() < b for a, b in alone)
        }
    )


#: a layer of paired data the authors discard ("10x Multiome runs, but we discard their RNA
#: readout")
DISCARDED_LAYER = re.compile(
    r"\bdiscard\w* (their|its|the) ([\w-]+ )?(?P<layer>rna|atac|protein|adt|expression|chromatin"
    r"|accessibility|transcriptom\w*) (readouts?|data|layers?|measurements?|profiles?|modality"
    r"|counts)\b",
    re.I,
)
#: the word for a layer (its first letters) -> the modality
LAYER_OF = {
    "rna": Modality.rna,
    "expression": Modality.rna,
    "transcriptom": Modality.rna,
    "atac": Modality.atac,
    "chromatin": Modality.atac,
    "accessibility": Modality.atac,
    "protein": Modality.protein,
    "adt": Modality.protein,
}


#: the words for a layer the model may be said to read none of ("molecular" is every omics
#: layer: "it sees no molecular data at any stage")
DENIABLE_LAYERS = {
    Modality.histology: r"images?|imaging|histolog\w*|h&e|morpholog\w*",
    Modality.dna_sequence: r"(dna )?sequences?|dna|genomic sequences?",
    Modality.text: r"text|natural language|textual (inputs?|descriptions)|free text"
    r"|(text|cell|gene) descriptions|(annotation |label )?strings",
    Modality.rna: r"molecular|expression|transcriptom\w*|rna",
    Modality.protein: r"molecular|proteins?|antibod\w+|adts?|surface markers",
    Modality.atac: r"molecular|chromatin|accessibility|atac(-seq)?",
    Modality.spatial: r"spatial (information|coordinates|positions)|coordinates|locations?",
}
#: the text says the model reads none of a layer ("Infill itself uses no image data", "it does
#: not use natural language", "never sees the DNA sequence", "Bramble does not model RNA",
#: "it never looks at expression data")
#: the noun after a layer's word ("image data", "sequence information"), in both forms of the
#: denial; stripped before the layer's word is read (`LAYER_NOUN`)
LAYER_NOUNS = r"(data|information|inputs?|features?|measurements?|profiles?|readouts?)"
LAYER_NOUN = re.compile(rf" {LAYER_NOUNS}$", re.I)
LAYER_DENIED = re.compile(
    r"\b((uses?|reads?|takes?|sees?|consumes?|receives?|needs?|requires?|models?|ingests?) no"
    r"|(does|do|did) not (use|read|take|see|consume|receive|need|require|model|ingest|access"
    r"|look at)( any)?"
    r"|never (uses|reads|takes|sees|consumes|receives|models|ingests|accesses|looks at)( any)?"
    r"( the| these| those)?) "
    rf"(?P<layer>(\w+ )?[\w&-]+)( {LAYER_NOUNS})?"
    r"(?=\s*([.,;:]|$|\b(and|but|or|as input|at (any|all) stages?|at all)\b))",
    re.I,
)

#: a layer said never to reach the model, in the passive ("the paired transcriptomes were never
#: shown to the model", "expression data are not given to Quen")
#: (not data held out to test it: "held-out images were never shown to the model"; the
#: clause ends after the receiver, as for the active form, so "... to the model during
#: pretraining" is no denial, nor one after "At inference,": ONE_STAGE)
LAYER_DENIED_PASSIVE = re.compile(
    r"(?<![\w-])(?<!held-out )(?<!withheld )(?<!test )(?<!validation )(?<!unseen )(?<!new )"
    r"(?!(held-out|withheld|test|validation|unseen|new)\b)"
    rf"(?P<layer>(\w+ )?[\w&-]+( {LAYER_NOUNS})?)"
    r" (is|are|was|were) (never|not) (shown|given|fed|provided|passed|input)"
    r"( at any (stage|point))? to (?P<to>(?P<us>the (model|network|encoder)|it)|[\w-]+)"
    r"(?=\s*([.,;:]|$|\b(and|but|or|at (any|all) stages?|at all)\b))",
    re.I,
)


#: a layer, the sentence's subject, said never to be read or to enter the model, with no
#: receiver named ("The H&E images in the output folders were never read.", "the H&E images
#: that accompany Visium were used only to register sections and never entered the model",
#: "Chromatin accessibility data were available for four species but were not used."): the
#: sentence must name no other model and no stage (`layers_denied`); not a denial for a use
#: the clause goes on to name ("were not used for training")
LAYER_KEPT_OUT = re.compile(
    r"^\s*((the|these|those|its|their|all|any|paired|matched)\s+)*"
    r"(?P<layer>[\w&/-]+(\s+(?!(that|which|in|from|of|for|accompanying|is|are|was|were|never"
    r"|not)\b)[\w&/-]+){0,2})"
    # (the whole layer, not some of its records: "transcriptomes of cells with fewer than 200
    # genes were not used", "images from slides that failed quality control" are filtering)
    r"(?![^.;:]*\b(fewer|less|more|than|fail\w*|low[- ]quality|quality control|doublets?"
    r"|blacklist\w*|borders?|edges?|isotype|outliers?|filter\w*|exclud\w*|removed)\b)"
    r"(\s+(that|which|in|from|of|for|accompanying)\b[^.;:]{0,60}?)?"
    r"\s+((is|are|was|were)\s+(available|measured|collected|profiled|generated|acquired)\b"
    r"[^.;:]{0,60}?\s+but\s+((is|are|was|were)\s+)?(never|not)\s+(used|read)"
    r"|(is|are|was|were)\s+never\s+(read|used|seen|loaded|opened|analy[sz]ed|modell?ed"
    r"|included)"
    r"|[^.;:]{0,80}?\bnever\s+(entered|entering|reached|reaching|went\s+into)\s+(the|our)\s+"
    r"(model|network|encoder))"
    r"(?=\s*([.,;:]|$|\b(and|but)\b))",
    re.I,
)


#: a layer in a relative clause this model never reads ("surface-protein levels, which Tern
#: never reads,"): the model must be named or "it" (another model's name is its own reading)
LAYER_AMOUNT = re.compile(r" (levels|abundances?|counts|values)$")
LAYER_NEVER_READ = re.compile(
    r"(?P<layer>[\w&/-]+(\s+[\w&/-]+){0,2}),\s+which\s+(?P<who>[\w-]+)\s+never\s+(reads?|uses?"
    r"|sees?|receives?|takes)\b",
    re.I,
)


#: the subject of a denial that is this model ("Infill itself uses no image data", "it sees
#: no molecular data"), at the end of the clause before the denial
DENIAL_SUBJECT = (
    r"\b(it|itself|we|the (proposed )?(model|method|framework|approach)|this (model|method)"
    r"|our (model|method|approach|framework))\b"
)
#: a denial for one stage only ("at inference it does not require text"; not "either during
#: training or at inference")
ONE_STAGE = re.compile(
    r"(?<!either )(?<!neither )(?<!or )(?<!nor )\b(at|during) (inference|test time|prediction"
    r"|deployment)\b(?! (or|nor) )",
    re.I,
)


def denies_own(text: str, m: re.Match[str], own: re.Pattern[str] | None) -> bool:
    """The denial `m` is this model's: its clause has the model (by name, "it", "the model")
    for its subject and names no other model; not a denial for one stage only, nor one about
    other models ("current foundation models do not use natural language", "Unlike Pellam,
    Quen does not use text")."""
    clause = re.split(r"[;:]|\b(but|whereas|while|unlike|however)\b", text[: m.start()])[-1]
    clause = clause or ""
    if ONE_STAGE.search(clause) or ONE_STAGE.match(text[m.end() :].lstrip(" ,")):
        return False
    subject = re.search(DENIAL_SUBJECT, clause, re.I) or (own and own.search(clause))
    # (the last name before the denial is its subject: "Unlike Pellam, Quen does not")
    names = [c.group(0) for c in re.finditer(r"\b[A-Z][\w-]+", clause)]
    last = names[-1] if names else ""
    other_subject = bool(last) and not (
        (own and own.fullmatch(last)) or last.lower() in ("it", "we", "our", "the", "this")
    )
    # (a model named in a contrast before this one's name is not the subject: "Unlike scGen,
    # Harl does not model drug responses"; "scGen, like Harl, does not" names the other)
    own_last = own is not None and re.search(rf"(^|,)\s*(?:{own.pattern})\s*$", clause) is not None
    return bool(subject) and not other_subject and (own_last or not other_models(clause, own))


def layers_denied(sents: list[Sentence], own: re.Pattern[str] | None) -> frozenset[str]:
    """The layers the text says this model reads none of (`denies_own`)."""
    out = set()
    for s in sents:
        text = dashes(s.text)
        for m in LAYER_DENIED.finditer(text):
            if not denies_own(text, m, own):
                continue
            layer = LAYER_NOUN.sub("", m.group("layer").lower())
            out |= layer_values(layer)
        for m in LAYER_DENIED_PASSIVE.finditer(text):
            # (the receiver is this model, for every stage, and the sentence names no other
            # model anywhere: "it" and "the model" could be another's)
            ours = bool(m.group("us") or (own and own.fullmatch(m.group("to"))))
            if ours and not ONE_STAGE.search(text[: m.start()]) and not names_another(text, own):
                out |= layer_values(LAYER_NOUN.sub("", m.group("layer").lower()))
        for m in LAYER_NEVER_READ.finditer(text):
            if m.group("who").lower() == "it" or (own and own.fullmatch(m.group("who"))):
                # ("surface-protein levels": the amounts of a layer are the layer)
                layer = LAYER_AMOUNT.sub("", m.group("layer").lower()).replace("-", " ")
                out |= trailing_layer_values(layer)
        kept_out = LAYER_KEPT_OUT.match(text)
        if kept_out and not ONE_STAGE.search(text) and not names_another(text, own):
            out |= trailing_layer_values(kept_out.group("layer").lower())
    return frozenset(out)


def trailing_layer_values(layer: str) -> set[str]:
    """The modalities a subject's layer words name, read from its last words ("h&e images",
    "the chromatin accessibility"), the noun after them left out ("image data")."""
    words = LAYER_NOUN.sub("", layer).split()
    return set().union(*(layer_values(" ".join(words[i:])) for i in range(len(words))))


#: a name that opens a sentence as its subject ("Pellam is a baseline; ..."), not a word
#: that opens most sentences
OPENING_NAME = re.compile(
    r"\s*(?!(The|This|These|That|Those|It|Its|We|Our|In|At|For|A|An|Each|Every|All|Both|Such"
    r"|Here|There|Unlike|Like)\b)(?-i:(?P<name>[A-Z][a-z][\w-]*))\b"
    r"(?= (is|was|are|were|uses|used|reads|read|takes|sees|serves)\b|,)"
)


def names_another(text: str, own: re.Pattern[str] | None) -> bool:
    """The sentence names a model other than this one: a name `other_models` knows, a
    capitalised word past the sentence's first that is not this model's name ("In contrast
    to Pellam, ..."), or a name that opens the sentence as its subject ("Pellam is a
    baseline; the transcriptomes were never shown to it")."""
    if other_models(text, own):
        return True
    words = re.findall(r"(?<=\s)(?-i:[A-Z][a-z][\w-]*)\b", text)
    opening = OPENING_NAME.match(text)
    if opening:
        words.append(opening.group("name"))
    # (an assay or platform is no model: "the H&E images that accompany Visium")
    return any(not (own and own.fullmatch(w)) and not ASSAY_WORD.fullmatch(w) for w in words)


#: a capitalised word that names an assay or platform, not a model
ASSAY_WORD = re.compile("|".join(f"(?:{MODALITY_TERMS[v]})" for v in Modality), re.I)


def layer_values(layer: str) -> set[str]:
    """The modalities a layer's words name ("paired transcriptomes" -> rna)."""
    return {
        str(v) for v, words in DENIABLE_LAYERS.items() if re.fullmatch(rf"(\w+ )?({words})", layer)
    }


#: a task the model is said not to do ("Foxing does not predict responses to unseen
#: compounds", "it is not designed to annotate cells"): an act denied, up to the end of its
#: clause (not "does not require labels": what it needs is no task; not a denial that goes on
#: "but ...", which keeps part of the task)
DENIED_ACTS = (
    r"(predict|forecast|perform|attempt|model|annotate|label|integrate|correct|deconvolve"
    r"|impute|map|infer|generate|simulate|transfer|address|tackle|handle|order|reconstruct|trace"
    r"|track|place|analy[sz]e)"
)
TASK_DENIED = re.compile(
    r"\b((does|do|did) not|cannot|can ?not|(is|was) not (designed|meant|intended|built|trained"
    rf"|used)( or (designed|meant|intended|built|trained|used))? to) {DENIED_ACTS}\b"
    r"(?P<rest>(?!\s*\b(but|although|though|except|unless|until|yet)\b)[^.;:,]*"
    # (the acts listed with it: "does not analyse the resulting data, map cells into tissue or
    # integrate sections")
    # (a list goes on with "or", not "and", which opens a clause of its own: "we do not model
    # cell types, and predict the responses of cells")
    rf"(?P<listed>(,\s+((or|nor)\s+)?{DENIED_ACTS}\b[^.;:,]*)*))"
    r"(?![^.;]*\b(but|instead|rather)\b)"
    # the model said not to be a method of the task ("Tussock is not a deconvolution or mapping
    # method"; not what it "is not a replacement for", nor a kind of method it is not, "not a
    # black-box classifier", "not a conventional deconvolution method")
    r"|\b(is|was) not an? (?P<kind>((?!(replacement|substitute|proxy|alternative|black-box"
    r"|conventional|traditional|classical|standard|typical|simple|mere|generic|dedicated"
    r"|single-purpose)\b)[\w-]+( (or|and) [\w-]+)? ){1,3}(method|tool|model|approach|classifier"
    r"|forecaster|predictor|simulator|annotator|integrator))\b(?![^.;]*\b(but|instead|rather)\b)",
    re.I,
)
#: a task denied in the passive, the task the subject ("chemical perturbations are not
#: modelled", "no response to treatment is modelled"): its sentence does not count
#: what a task said not to be done "was not": the participles both passive denials share
NOT_UNDERTAKEN = r"evaluated|assessed|addressed|considered|attempted|tested|studied|benchmarked"
TASK_DENIED_PASSIVE = re.compile(
    # (the subject: a few words after the clause opens, across no verb, relative pronoun or
    # conjunction: not "Tern predicts responses to drugs that were not tested")
    # ("..., so drug responses cannot be predicted yet")
    r"(?:^|[;:]\s*|,\s+(?:and|but|while|whereas|so)\s+|\s(?:but|and)\s+)"
    r"(?P<rest>(?P<no>no\s+)?(?:(?!(?:that|which|who|whose|and|or|but|is|are|was|were)\b)"
    r"[\w'/()-]+\s+){1,7}?)(?:(?:is|are|was|were)\s+(?P<neg>not\s+|never\s+)?"
    r"|(?P<cannot>can ?not\s+be\s+))(?:\w+ly\s+)?"
    rf"(?:modell?ed|predicted|examined|{NOT_UNDERTAKEN}|repeated|re-?derived|redone|re-?run"
    r"|re-?computed|re-?annotated|performed)\b",
    re.I,
)
#: a task the sentence opens on, said not to be this work's ("Reconstructing the network of
#: skeletogenesis, a celebrated achievement of the field, was not the aim of this study";
#: "Cell-cell communication analysis, which several users requested, is not implemented"): its
#: sentence does not count
TASK_NOT_HERE = re.compile(
    r"(?:^\s*|[;:]\s*|,\s+(?:but|while|whereas|so|and)\s+)"
    rf"(?!(?:{CONTRAST_OPENERS}|although|though)\b)"
    r"(?P<rest>(?:(?!\b(?:but|while|whereas|so)\b|,\s+and\b)[^;:]){3,160}?)"
    # (its subject, not a relative pronoun's: "..., which were not considered in earlier atlases")
    r"(?<!\bwhich)(?<!\bthat)(?<!\bwho),?\s+"
    r"(?:is|are|was|were|remains?|lies|lie|fell|falls)\s+"
    r"(?:(?:\w+ly\s+)?(?:not|never)\s+(?:\w+ly\s+)?(?:implemented|pursued|explored|supported"
    rf"|{NOT_UNDERTAKEN}|the (?:aim|goal|focus|purpose|subject)|part of (?:this|the present|our)"
    r"|a contribution"
    r"|within (?:the |our )?(?:present |current )?scope|in scope)"
    r"|(?:outside|beyond) (?:the |our )?(?:present |current )?(?:scope|remit)"
    r"|left (?:to|for) (?:future|later|other)|out of scope)\b",
    re.I,
)
#: a task's result taken over from the data's source, the task the subject ("labels came from
#: the manual gating of the original studies", "batch integration had already been performed
#: by the consortium"): its sentence does not count
TASK_FROM_SOURCE = re.compile(
    r"^\s*(?P<rest>(?:(?!(?:that|which|who|whose|is|are|was|were|we)\b)[\w'/()-]+\s+){1,8}?)"
    r"(?:(?:came|come|(?:is|are|was|were) (?:taken|obtained|inherited|carried over|those)"
    r"|(?:had|has|have) (?:already )?been (?:performed|done|carried out|derived|run|computed))"
    r"\s+(?:[\w-]+\s+){0,4}?(?:from|by|in|of)\s+[^.;]{0,50}?\b(?:the|each|their)\s+"
    r"(?:original|published|source|submitting|submitters'?|consortium|authors'?|contributing"
    r"|respective|previous|earlier|accompanying)\b"
    # (or done before this work, by whatever means: "integration was performed beforehand with
    # scVI", "labels had been harmonised by curators beforehand")
    r"|(?:is|are|was|were|had been|has been|have been) (?:already )?[\w-]+ed\b[^.;]{0,60}?"
    r"\b(?:beforehand|in advance)\b)",
    re.I,
)
#: a denial narrowed by what follows it ("..., only whether cells survive")
NARROWED = re.compile(r",\s*(only|just|merely|rather)\b", re.I)
#: the tasks as a denial names them, in a word or two ("not a deconvolution or mapping method",
#: "does not map cells into tissue", "is not a classifier", "does not integrate sections")
DENIED_TASK_WORDS = {
    Task.spatial_mapping: re.compile(
        r"\bdeconvol\w+|\bmapping (method|tool|model)|\bmap(s|ping)? ([\w-]+ ){0,2}(into|onto) "
        r"(the )?(tissue|space|sections?|spots?)\b",
        re.I,
    ),
    Task.annotation: re.compile(
        r"\b(classifier|annotator|annotation (method|tool|model)|label (cells|cell types))\b",
        re.I,
    ),
    Task.integration: re.compile(
        r"\b(integrat(e|es|ion|ing) (sections|datasets|studies|batches|modalities)"
        r"|batch[- ]correction|integration (method|tool|model))\b",
        re.I,
    ),
    Task.generation: re.compile(r"\b(generative model|generator|simulator)\b", re.I),
}
#: what an intervention does to cells, as the object of a denied forecast: the task it names
#: ("does not forecast what a knockout or compound will do")
FORECAST_DENIED = re.compile(r"^\S+ not (predict|forecast|simulate)\b", re.I)
#: (the intervention the forecast is of: "what a knockout will do", "the effects of compounds")
FORECAST_OF = r"\b(what|how|which|whether|effects? of|responses? to|outcomes? of)\b[^.;,]{0,40}"
DENIED_INTERVENTIONS = {
    Task.trajectory_perturbation: re.compile(
        rf"{FORECAST_OF}\b(knock-?(outs?|downs?)|knocked (out|down)|gene (deletions?|silencing))"
        r"\b",
        re.I,
    ),
    Task.drug_response: re.compile(rf"{FORECAST_OF}\b(drugs?|compounds?|inhibitors?)\b", re.I),
}
#: a denial narrowed to part of the task (a limitation, not a denial): "responses to unseen
#: compounds", "combinations of more than two", "from noise alone", "explicit", "by hand", "the
#: same mean response"
PARTIAL_DENIAL = re.compile(
    r"\b(unseen|untested|new|novel|held-out|absent|alone|only|directly|explicit\w*|by hand"
    r"|manually|the same|more than|combinations?|beyond|outside|without|before|prior to"
    r"|during|preprocessing)\b",
    re.I,
)


def tasks_denied(
    sents: list[Sentence], own: re.Pattern[str] | None
) -> tuple[frozenset[str], set[tuple[str, int]], set[tuple[str, int]]]:
    """The tasks the text says this model does not do (`denies_own`): the task's term in the
    rest of the denied act's clause. A denial of only a part of the task or of a step before it
    (`PARTIAL_DENIAL`), a task denied in the passive (`TASK_DENIED_PASSIVE`) and one whose
    result came from the data's source (`TASK_FROM_SOURCE`) leave the task to the other
    sentences: it returns (task, sentence id) pairs whose hit does not count, and among them
    those of the passive and the source (the task is not this model's there at all)."""
    out, partial, elsewhere = set(), set(), set()
    for s in sents:
        text = dashes(s.text)
        for m in TASK_DENIED.finditer(text):
            if not denies_own(text, m, own):
                continue
            act = text[m.start() : m.end()]
            found = {str(t) for t, p in TASK_TERMS.items() if term_rx(p)[0].search(act)}
            # (a denial names the task in fewer words than a claim, in the kind of method the
            # model is not or the acts listed after the first: "not a deconvolution or mapping
            # method", "does not analyse ..., map cells into tissue")
            named = m.group("kind") or m.group("listed") or ""
            found |= {str(t) for t, rx in DENIED_TASK_WORDS.items() if rx.search(named)}
            if FORECAST_DENIED.match(act):
                found |= {str(t) for t, rx in DENIED_INTERVENTIONS.items() if rx.search(act)}
            # (or narrowed after it: "does not predict how expression changes under a drug,
            # only whether cells survive")
            if PARTIAL_DENIAL.search(m.group("rest") or m.group("kind") or "") or NARROWED.match(
                text, m.end()
            ):
                partial |= {(t, id(s)) for t in found}
            else:
                out |= found
        for m in TASK_DENIED_PASSIVE.finditer(text):
            subject = m.group("rest")
            # (a denial needs its word, "not", "never" or a subject opening on "no"; and a
            # subject that names no other model)
            if not (m.group("neg") or m.group("no") or m.group("cannot")) or other_models(
                subject, own
            ):
                continue
            # (the sentence's hit does not count; the task said elsewhere still does)
            elsewhere |= {(t, id(s)) for t in tasks_only_in(text, *m.span("rest"))}
        for m in TASK_FROM_SOURCE.finditer(text):
            elsewhere |= {(t, id(s)) for t in tasks_only_in(text, *m.span())}
        for m in TASK_NOT_HERE.finditer(text):
            # (a subject that is a task, not this model doing one: "Tern improves annotation of
            # rare populations, which were not considered")
            rest = m.group("rest")
            if own is not None and own.search(rest) and not GERUND.match(rest):
                continue
            elsewhere |= {(t, id(s)) for t in tasks_only_in(text, *m.span("rest"))}
    return frozenset(out), partial | elsewhere, elsewhere


#: a subject that opens on an act ("extending Tern to compound screens")
GERUND = re.compile(r"\s*\w+ing\b")
#: a clause that leaves its act for later ("extending it to compound screens is left to future
#: work")
LEFT_FOR_LATER = re.compile(r"\bfuture\b|\bleft (to|for)\b", re.I)
#: where a sentence's clauses part
CLAUSES = re.compile(r"[;:]|,\s+(?:and|but|so|while|whereas)\b|,")


def tasks_only_in(text: str, start: int, end: int) -> set[str]:
    """The tasks whose terms the span names and the rest of the sentence does not, outside
    its denied clauses ("It annotates cells in one pass, and annotation is not repeated": the
    claim stands; "Compound screens were not used, so drug responses cannot be predicted": it
    does not)."""
    rest = " ".join(
        c
        for c in CLAUSES.split(text[:start] + " ; " + text[end:])
        if not DENIES.search(c) and not LEFT_FOR_LATER.search(c)
    )
    return {
        str(t)
        for t, p in TASK_TERMS.items()
        if term_rx(p)[0].search(text[start:end]) and not term_rx(p)[0].search(rest)
    }


def partly_denied(pairs: set[tuple[str, int]], task: str, sentence: Sentence) -> bool:
    """The sentence's hit for the task is a partial denial's (`tasks_denied`)."""
    return (task, id(sentence)) in pairs


def layers_discarded(text: str) -> frozenset[str]:
    """The omics layers a sentence says are discarded before the model reads the data."""
    words = (m.group("layer").lower() for m in DISCARDED_LAYER.finditer(text))
    return frozenset(LAYER_OF[next(k for k in LAYER_OF if w.startswith(k))] for w in words)


def read_alone(table: dict[str, tuple[float, list]]) -> dict[str, tuple[float, list]]:
    """Drop an omics layer's sentences that say the model reads another layer alone: there the
    layer is the corpus's ("212 paired RNA and ATAC experiments ... on their ATAC fragments
    alone"), not the model's input; the sentences that say the layer is discarded; and RNA's
    sentences that deny the model reads expression ("labels came from an RNA reference atlas;
    the model itself never takes expression as input")."""

    def elsewhere(v: str, s: Sentence) -> bool:
        if v in layers_discarded(s.text) or (v == Modality.rna and RNA_NOT_INPUT.search(s.text)):
            return True
        inside = layers_read_alone(dashes(s.text))
        return bool(inside - {v}) and v not in inside

    return without_hits(table, OMICS, elsewhere)


#: the text denies that expression is the model's input at all ("the model itself never takes
#: expression as input"), not only some of it ("never sees the expression of held-out genes")
RNA_NOT_INPUT = re.compile(
    r"\b(never|does not|do not|did not)\s+(sees?|reads?|uses?|takes?|consumes?)\s+"
    r"([\w-]+\s+){0,2}?(expression|transcriptom\w*|rna)(\s+(data|profiles|measurements))?"
    r"\s+(as (an? )?inputs?|at all)\b",
    re.I,
)
#: the text denies that the model reads expression ("never sees the transcriptomes of the B
#: cells", "no expression or other cell measurements are used")
RNA_DENIED = re.compile(
    # (not a reference it does without: "it does not use a single-cell RNA reference")
    r"\b(never|does not|do not|did not)\s+(sees?|reads?|uses?|takes?|consumes?)\b[^.;]{0,30}"
    r"\b(transcriptom\w*|rna|expression)\b"
    r"(?!(-seq)? (references?|atlas\w*|priors?|labels|velocity))"
    # (not a denial for one step: "no expression data are used to learn gene embeddings")
    r"|\bno (gene )?(expression|transcriptom\w*|rna)\b[^.;]{0,40}\b(is|are|was|were) (used|read"
    r"|seen|needed)\b(?!\s+(to|for|in|during|when|by)\b)",
    re.I,
)


#: genes represented by a protein language model's embedding of their products: a feature of
#: each gene, not proteins measured in cells
PROTEIN_LM_GENES = re.compile(
    r"\bprotein language models?\b|\bembedding of (its|their|each gene's) (protein )?products?\b",
    re.I,
)


def assay_prior(
    values: list[str],
    sents: list[Sentence],
    own: re.Pattern[str] | None,
    scores: dict[str, tuple[float, list]] | None = None,
) -> tuple[list[str], dict[str, tuple[float, list]]]:
    """Single-cell transcriptomic context (cells, cell types, expression, or a task done on
    single cells) => rna unless another assay is named; spatial omics without another assay
    is spatial transcriptomics. Returns the values and the evidence."""
    if Modality.rna in values:
        return values, {}
    if any(RNA_DENIED.search(s.text) for s in sents):
        return values, {}  # the text says the model reads no expression
    # (not multiome data only partly read: "uses only their accessibility; the paired
    # transcriptomes serve solely to evaluate")
    partly = any(
        PARTLY_READ.search(s.text) or layers_read_alone(dashes(s.text)) or layers_discarded(s.text)
        for s in sents
    )
    multi = (
        None if partly else score_terms(sents, MULTI_OMIC, own, secondary=True).get("multi-omic")
    )
    if multi and multi[0] >= THRESHOLD:  # multi-omic single-cell data includes the transcriptome
        return sorted({*values, Modality.rna}), {Modality.rna: multi}
    protein_hits = (scores or {}).get(Modality.protein, (0.0, []))[1]
    gene_features = bool(protein_hits) and all(
        PROTEIN_LM_GENES.search(h.text) for _, h in protein_hits
    )
    if set(values) & OTHER_ASSAYS - ({Modality.protein} if gene_features else set()):
        return values, {}  # another assay is the data
    epigenome = score_terms(sents, {"epigenome": EPIGENOME_ASSAYS}, own, group=False).get(
        "epigenome"
    )
    if epigenome and epigenome[0] >= THRESHOLD:
        return values, {}  # methylation, histone marks or contacts are the data
    images = any(IMAGE_DATA.search(s.text) for s in sents)
    # (genes named only in sentences `FUTURE` marks, what is left for later, done by others or
    # not done, are no data the model reads: "cell states defined by single-cell
    # transcriptomics might one day be linked to ...")
    genes = any(GENE_WORDS.search(s.text) and not sentence_marks(s.text).future for s in sents)
    if Modality.spatial not in values and (Modality.histology in values or images and not genes):
        # tissue images are the data (a pathology model's cells and their types are seen, and
        # the expression it names is another model's), or cells are seen in images and no gene
        # is named anywhere
        return values, {}
    sequences = score_terms(sents, {"sequences": SEQUENCE_DATA}, own, group=False).get("sequences")
    if (
        sequences
        and sequences[0] >= THRESHOLD
        and not any(EXPRESSION_DATA.search(s.text) for s in sents)
    ):
        # sequences are the data (an antibody model trained on sequences from single B cells),
        # as the epigenome above, and no expression data is named
        return values, {}
    context = score_terms(sents, CELL_CONTEXT, own, group=False)
    # a task counts as done on cells where the text speaks of cells at all: annotating
    # records or integrating knowledge is curation, not single-cell work
    tasks = {str(t): TASK_TERMS[t] for t in CELL_TASKS} if context or cells_named(sents) else {}
    total, hits = 0.0, list[tuple[float, Sentence]]()
    for score, value_hits in [*context.values(), *score_terms(sents, tasks, own).values()]:
        total += score
        hits += [h for h in value_hits if all(h[1] is not s for _, s in hits)]
    if Modality.spatial in values or total >= THRESHOLD:
        return sorted({*values, Modality.rna}), {Modality.rna: (total, hits)}
    return values, {}


#: what is done with spatial data is spatial mapping: clustering spots into tissue domains,
#: imputing or predicting expression in place, segmenting tissue, resolving spots into cells.
#: Not clustering cells (that is their types), nor segmenting cells or working on segmented
#: ones (that is how the data are made): "phenotypes segmented cells", "cell clustering"
SPATIAL_ANALYSIS: dict[str, str] = {
    Task.spatial_mapping: r"\bclustering (of )?(\w+ ){0,2}(spots|regions|domains|tissues?"
    r"|sections|slides|spatial (\w+ )?(data|transcriptom\w*)|visium)\b"
    r"|\b(spot|region|tissue)s?[- ]clustering|\bspatially[- ](\w+[- ])?clustering"
    r"|\bclusters? (\w+ ){0,2}spots\b|\bdomains?\b|imput\w+|deconvol\w+"
    r"|\b(tissue|domain|region|niche)s?[- ](\w+[- ])?segment\w+"
    r"|\bsegment\w* (\w+ ){0,2}(tissues?|sections?|slides?) into\b"
    # spots resolved into the proportions of their cell types
    r"|\bcell[- ]type (proportions|abundances?)\b|\bproportions of (\w+ ){0,2}cell types\b"
    # ("fits cell-type mixtures to each bead", "Robust Cell Type Decomposition")
    r"|\b(mixtures?|proportions)( of cell types)? (to|of|for|in) (each|every) ([\w-]+ ){0,3}(spots?"
    r"|beads?|pixels?)\b|\b(mixtures?|proportions)( of cell types)? per ([\w-]+ ){0,2}(spot|bead)"
    r"|\bcell[- ]type decomposition\b|\bdecompos\w+ (each |every )?(spot|bead)s? into\b"
    r"|\bpredict\w* (\w+ ){0,2}(spatial )?(coordinates|locations)\b"
    r"|super-resolution|(predict\w*|reconstruct\w*) (\w+ ){0,2}(gene )?expression"
    # (expression inferred, not a score "estimated from expression")
    rf"|\b(infer|estimat)\w* (the )?({NOT_A_PLACE}[\w-]+ ){{0,2}}(gene )?expression\b"
    r"|cross-modal prediction|tissue (retrieval|regions?|architecture)|\bniches?\b"
    r"|spot-to-cell|cellular maps?|reference frame"
    r"|\b(section|slice|serial|rigid|non-rigid|free-form) registration\b"
    r"|\bregist\w+ (\w+ ){0,3}(sections?|slices?) (to|onto|into)\b"
    # cells placed in layers, regions or locations ("places cells into anatomical layers")
    r"|(plac|assign|locat|position|project)\w* ([\w%-]+ ){0,4}?(cells?|nuclei|sections?)\b"
    r"[^.;]{0,40}?\b(locations?|positions|layers?|regions|coordinates|tissue|pseudo-?space)\b"
    r"|(map|locali[sz])\w* ([\w-]+ ){0,4}?(cells|cell types|spots|genes|populations?)\b",
}


def spatial_tasks(
    values: list[str],
    modalities: Collection[str],
    sents: list[Sentence],
    own: re.Pattern[str] | None,
    undone: Collection[str] = frozenset(),
) -> tuple[list[str], dict[str, tuple[float, list]]]:
    """A model of spatial data that clusters, imputes or segments does spatial mapping, unless
    the text says it does not (`undone`)."""
    if Modality.spatial not in modalities:
        return values, {}
    return task_of_the_data(Task.spatial_mapping, SPATIAL_ANALYSIS, values, sents, own, undone)


def task_of_the_data(
    task: str,
    terms: dict[str, str],
    values: list[str],
    sents: list[Sentence],
    own: re.Pattern[str] | None,
    undone: Collection[str],
) -> tuple[list[str], dict[str, tuple[float, list]]]:
    """The task a model's data imply where the text says what it does with them (`terms`),
    unless the rules have it or the text says the model does not do it (`undone`)."""
    if task in values or task in undone:
        return values, {}
    sc = score_terms(sents, terms, own, baselines=False)
    if sc.get(task, (0.0, []))[0] >= THRESHOLD:
        return sorted({*values, task}), sc
    return values, {}


#: two or more omics layers brought into one space (SPEC: multi-omic integration): "a joint
#: embedding of transcripts and surface proteins", "one latent space for paired and unpaired
#: nuclei"
JOINT_SPACE: dict[str, str] = {
    Task.integration: r"\b(joint|shared|common|single|unified|one)\s+(latent\s+|embedding\s+)?"
    r"(space|embeddings?|representations?|coordinate system|manifold)\b"
}
#: the words of a space that is not one of cells
JOINT_ASIDE = re.compile(
    r"\b(genes|gene (embedding|token|representation)s?|transcription factors?|tfs?|text\w*"
    r"|descriptions?|captions?|terms|ontolog\w*"
    r"|images?|histolog\w*|language|sentences?)\b",
    re.I,
)


def multiomic_integration(
    values: list[str],
    modalities: Collection[str],
    sents: list[Sentence],
    own: re.Pattern[str] | None,
    undone: Collection[str] = frozenset(),
) -> tuple[list[str], dict[str, tuple[float, list]]]:
    """A model that reads two or more omics layers and puts them in one space integrates them,
    unless the text says it does not (`undone`)."""
    if len(OMICS & set(map(str, modalities))) < 2:
        return values, {}
    # (a space of cells, not one of genes, factors, text or images beside them)
    cells = [s for s in sents if not JOINT_ASIDE.search(s.text)]
    return task_of_the_data(Task.integration, JOINT_SPACE, values, cells, own, undone)


#: the tasks a model's data imply, each with its note
DATA_TASKS = (
    (spatial_tasks, "spatial_mapping: analysis of spatial data"),
    (multiomic_integration, "integration: two or more omics layers put in one space"),
)


LLM_OR_AGENT = re.compile(
    rf"\b({LLM_WORDS}|language[- ]models?|agents?|agentic|assistants?|copilots?|ai scientists?)\b",
    re.I,
)
#: working unattended: "without human intervention" (an act, not a negation of the acts after it)
UNATTENDED_TERMS = (
    r"without (a )?humans? (in the loop|intervention|input)"
    r"|without being (told|asked|instructed|prompted)"
)
UNATTENDED = re.compile(UNATTENDED_TERMS, re.I)
#: a denial of the act just after it: "does not run code", "no external tools", "never calls"
DENIAL_WORDS = rf"\b({NEGATORS}|never|neither|cannot)"
DENIED = re.compile(rf"{DENIAL_WORDS}\s+([\w-]+,?\s+((or|and)\s+)?){{0,4}}$", re.I)
#: running software by itself: calling, launching or executing tools, programs, scripts, code;
#: an LLM that has tools of its own ("an LLM with literature tools", "tool-using")
TOOL_USE_TERMS = (
    r"(?:(calls?|calling|invok\w+|launch\w*|runs?|running|execut\w+) ([\w-]+ ){0,4}(software"
    r"|programs?|solvers?|simulators?|services?|scripts?|tools|code)\b"
    r"|(equipped with|access to) ([\w-]+ ){0,3}(tools|(code )?interpreters?|sandbox(es)?"
    r"|apis|search engines?)\b|tool-(using|augmented|equipped)\b"
    r"|(llms?|language[- ]models?|agents?|assistants?) with ([\w-]+ ){0,3}tools\b"
    r"|(connected|linked|attached) to (an? )?(toolbox|toolkit|set of tools)\b)"
)
#: what an agent does (SPEC: plans multi-step work and calls tools/APIs autonomously)
AGENT_ACTIONS = re.compile(
    # a tool the LLM uses, not the paper's product ("we release an open-source tool")
    r"\bplan(s|ning|ner)?\b|(?<!open-source )(?<!software )(?<!a )(?<!an )\btools?\b"
    r"|\bexecut\w+( (\w+ ){0,3}(code|scripts?|programs?|tools|notebooks?)\b)?"
    r"|(?<!cell[- ])(?<!non-)(?<!non)\bautonomous(ly)?\b|self-verif\w+"
    r"|iterativ\w+ (refine\w*|correct\w*|improv\w*)|orchestrat\w+|\bcontrollers?\b"
    r"|closed-loop|(?<!provide an )(?<!provides an )(?<!provide )\bapis?\b|function[- ]calling"
    r"|multi-step"
    r"|(?<!a )(?<!and )\bworkflows?\b|interacts? with "
    r"(\w+ ){0,2}(databases?|tools?|environments?)"
    r"|\bmemory\b(?!-efficient| (footprint|usage|cost|consumption|requirements?|efficien\w+))"
    # the same acts in other words: break the work into steps, write and run code, query
    # databases, check the results and try again
    r"|decompos\w+|(into|in) (\w+ )?(steps|sub-?tasks|stages)|sub-?tasks|step-by-step"
    r"|\b(break(s|ing)?|broken) ([\w-]+ ){0,3}into ([\w-]+ ){0,5}?(steps|sub-?tasks|sub-?questions"
    r"|stages)\b|\bcheck(s|ing|ed)? what (comes|came) back\b"
    r"|(writ\w*|generat\w*|run\w*|debug\w*) (\w+ ){0,2}(code|scripts?|pipelines?|python|r"
    r" (code|scripts?)|r and python|sql|notebooks?)\b"
    # (the code named by what it does: "writes and runs its own quality-control, clustering and
    # annotation code")
    r"|\b(writ\w*|run\w*)( and (run|execut)\w*)? (its|their) own ([\w-]+,? ){0,5}?(and [\w-]+ )?"
    r"(code|scripts?)\b"
    # a failed step run again ("re-running any step whose quality checks fail")
    r"|\bre-?run\w* (any |each |every |the )?(failed )?steps?\b"
    r"|\bwrit(es?|ing) and (execut|run)\w* (its own |the )?([\w-]+ )?(queries|programs|commands)\b"
    # mending what failed: "repairs failed steps from their error messages"
    r"|\b(repair|fix|rewrit|debug)\w* (\w+ ){0,3}(steps?|code|errors?|failures?|scripts?|calls?)\b"
    r"|error messages?"
    r"|\b(runs?|running) (the |an? )?(\w+ )?analys[ie]s|(quer\w+|search\w*|retriev\w*) "
    r"(\w+ ){0,2}(databases?|web|literature|ontologies|knowledge ?(bases?|graphs?)"
    r"|external (sources|resources)|pubmed|repositor\w+)|feedback"
    r"|self-(correct\w*|reflect\w*|debug\w*)"
    r"|\bquer\w* ([\w-]+ ){0,4}programmatically\b|\bcall\w* ([\w-]+ ){0,5}as an? tool\b"
    r"|(revis|refin|correct)\w* (it|them|its \w+|the (code|analysis|results|plan))"
    # choosing and running software by itself, one step after another
    rf"|\binvok\w+|\bon its own\b|{UNATTENDED_TERMS}"
    r"|\bchain\w* (\w+ ){0,3}(tools?|steps|analyses|calls|commands)\b|\bchaining\b"
    r"|select\w* ((and \w+|among|from|between) )?([\w-]+ ){0,4}(tools?|software|packages"
    r"|simulators?|solvers?|programs)\b"
    # changing its own settings until a check passes ("adjusts parameters until ...")
    r"|\b(adjust|tun|re-?tun|updat|chang)\w* (its |the |their )?([\w-]+ ){0,2}(parameters?"
    r"|settings?|configurations?|prompts?) until\b"
    r"|(select|choos)\w* and (run|appl)\w* ([\w-]+ ){0,4}(methods?|tools?|pipelines?)\b"
    # deciding the next step itself, checking what came out, and trying again when it failed
    r"|\b(decid|choos|determin)\w* how to \w+"
    r"|\b(decid|choos|determin)\w* (which|what|how|when) (\w+ ){0,5}?(steps?|tools?|methods?"
    r"|analys[ie]s|to (map|call|run|use|apply)"
    r"|parameters?|strateg(y|ies))\b|\b(check|inspect|verif|validat)\w* (the |its )?(\w+ ){0,2}"
    r"(results?|outputs?|quality)\b|\b(check|inspect)\w* (the |its )?(\w+ ){0,3}metrics\b"
    r"|\b(repeat|retr[yi]|redo)\w* (\w+ ){0,3}(steps?"
    r"|analys[ie]s|that fail)|\b(repeat|continu|loop|iterat|re-?run)\w* (\w+ ){0,6}?(until|over "
    r"(several |multiple |many |\d+ )?rounds)|\b(function|tool|api) calls?\b"
    r"|\bcalls? to (\w+ ){0,4}(functions?|tools?|apis?"
    r"|software|librar(y|ies))\b|\bfed back\b|\bdecides? whether\b|monitors? (the )?execution"
    rf"|\b{TOOL_USE_TERMS}|\biterat\w+ ([\w-]+ ){{0,4}}?until\b"
    # the same in further words: choosing thresholds or a method and its settings, calling
    # named routines, looking at its own diagnostics, running a step again when they are poor
    # or with revised inputs, trying other back-ends when one fails, stopping when a check
    # passes ("chooses filtering thresholds", "calls SoupX, scDblFinder and normalisation
    # routines", "re-runs inference with revised gene sets", "tries several alignment
    # back-ends", "stops when the shortlist is supported")
    r"|\bchoos\w* (?!([\w-]+ ){0,2}?(learning|dropout|batch|hyper|lora|training))([\w-]+ ){0,2}"
    r"(thresholds?|cut-?offs?|parameters?|settings|back-?ends?)\b"
    r"|\bselect\w* and (parameteri[sz]|configur|tun)\w* (an? |the )?([\w-]+ ){0,2}(methods?"
    r"|tools?|back-?ends?|models?)\b"
    r"|\bcalls? ([\w,-]+ ){1,6}?(routines|functions|packages|libraries|modules)\b"
    r"|(?<!we )\binspect\w* (\w+ ){0,2}(diagnostic\w*|plots|statistics|logs|distributions"
    r"|outputs)\b"
    # running what the case needs, and trying other ways when one fails ("runs A, B and a
    # label-transfer classifier as needed", "tests alternative gene correspondences")
    r"|\b(runs?|running|calls?|calling|uses?|using|appl(y|ies|ying))\b[^.;]{1,100}\bas needed\b"
    r"|(?<!we )\b(tests?|testing|tries|trying) (several |other )?alternatives?\b"
    r"|\bre-?run\w* ([\w-]+ ){0,4}?(when|if|with (revised|updated|adjusted))\b"
    r"|(?<!we )\b(tries|tried) (several|multiple|different|alternative|other) ([\w-]+ ){0,2}"
    r"(back-?ends"
    r"|methods|tools|approaches|pipelines)\b|\bswitch\w* to (another|a different|an alternative)"
    r"( ([\w-]+ ){0,2}?(methods?|tools?|back-?ends?|strateg(y|ies)|approach(es)?|pipelines?"
    r"|algorithms?)\b|(?= (when|if|once|without)\b|[,.;]))"
    # calling a model of its own choosing as a tool, and updating after each round
    r"|\b(calls?|calling|invok\w+) (an? |the )?([\w-]+ ){0,3}(models?|predictors?|simulators?"
    r"|back-?ends?) (to|through|via)\b"
    r"|\bupdat\w* its (plan|hypothes[ie]s)\b"
    # fetching data, running an analysis, querying a resource for something, as steps of its
    # own ("by retrieving the datasets from the portal, running differential expression per
    # population, querying the signature library for compounds")
    r"|(?<!we )\b(retriev|download|fetch)\w* (the |an? )?([\w-]+ ){0,2}(datasets?|data|studies"
    r"|samples) from\b|(?<!we )\b(runs?|running) (the |an? )?([\w-]+ ){0,2}(differential (gene )?"
    r"expression|enrichment|quality control)\b"
    # (a resource queried for something, by name or kind: "querying LINCS for compounds", "queries
    # a signature library for"; not "query clusters for each tissue")
    r"|(?<!we )\bquer(y|ies|ying) (the |a |an )?((?!(gpt|claude|gemini|llama|chatgpt|llms?)\b)"
    r"(?-i:[A-Z][\w-]+)|([\w-]+ )?(databases?|library"
    r"|libraries|portal|api|resources?|census|atlas|index|repository|knowledge ?base)) for\b"
    # (resources queried by name, several at once: "queries GEO, CELLxGENE and ArrayExpress",
    # "queries STRING, Reactome and PubMed for prior knowledge")
    # (the verb, not label transfer's noun: "annotates query PBMC and BMMC datasets")
    r"|(?<!we )\bquer(ies|ying) (?-i:[A-Z][\w-]+)(, (?-i:[A-Z][\w-]+))*,? (and|or) "
    r"(?-i:[A-Z][\w-]+)\b(?! (cells|datasets?|samples|data|profiles)\b)"
    # choosing what to look at next, carrying the steps out, going back to the data when the
    # evidence does not settle it, and retrying with other settings ("decides which
    # perturbations to examine", "carries out these steps", "goes back to the data", "retries
    # with other settings when they fall short")
    r"|\b(decid|choos|determin)\w* (which|what) ([\w-]+ ){1,3}?to (examine|test|analy[sz]e"
    r"|investigate|pursue|explore|follow up|prioriti[sz]e|query|inspect|look at)\b"
    r"|(?<!we )\bcarr(y|ies|ied|ying) out (these|the|those|each|all|its|every) ([\w-]+ )?(steps"
    r"|stages"
    r"|analyses)\b|\b(go(es)?|going|went|return(s|ed|ing)?) back to (the )?(raw )?(data|analysis"
    r"|code)\b|\breturn(s|ed|ing)? to the (raw )?data\b"
    r"|\bretr(y|ies|ied|ying) (with|using|under) (other|different|new|revised|adjusted"
    r"|alternative) ([\w-]+ )?(settings|parameters|methods|thresholds|prompts)\b"
    r"|\b(lets|letting|allows) (it|the (llm|model|agent|system)) (to )?iterate\b"
    r"|(?<!training )\bstops? when\b(?! [^.;]{0,40}\b(loss|perplexity|converg\w*|plateau\w*"
    r"|epochs?)\b)",
    re.I,
)
#: a sentence that denies something: the learned task signal never quotes one
DENIES = re.compile(rf"{DENIAL_WORDS}\b", re.I)
#: choosing a setting (thresholds, cut-offs, parameters), which any pipeline does: an act for
#: an LLM system, not the decision that makes a pipeline without one an agent
SETTING_CHOICE = (
    r"(?!\w* ([\w-]+ ){0,2}(thresholds?|cut-?offs?|parameters?|settings|back-?ends?)\b)"
)
#: writing or mending code, planning (choosing is apart: `DECIDES`, `PEOPLE_ACTS`)
WRITES_OR_PLANS = r"\bplan|decid|\bwrit|\bgenerat|repair|rewrit|debug"
#: acts a pipeline does not do: planning, choosing, writing or mending code
DECIDES = re.compile(rf"{WRITES_OR_PLANS}|choos{SETTING_CHOICE}")
#: acts people do as often as systems: the users' or the authors', not the system's, when a
#: person is their subject ("users inspect diagnostic plots", "we also tried several prompts")
PEOPLE_ACTS = re.compile(
    rf"{WRITES_OR_PLANS}|choos|inspect|select\w* and|\btr(y|ies|ied)\b|switch|re-?run"
)
#: deciding the work itself ("decides how to map", "plans the analysis"), not writing code
CHOOSES = re.compile(rf"decid|choos{SETTING_CHOICE}")
#: a name said only as the contrast ("Unlike LLM-based assistants, X chooses ..."): not this
#: system
CONTRASTED = re.compile(r"\b(unlike|than|instead of|rather than)\s+([\w-]+\s+){0,2}$", re.I)
#: the system's part calls tools ("each reviewer may call lookup tools"): an act by itself
CALLS_TOOLS = re.compile(r"(calls?|calling|invok\w+) ([\w-]+ ){0,4}tools\b")
#: a decision people make, not the system ("the user chooses how to filter")
PEOPLE_DECIDE = re.compile(
    r"\b(users?|researchers?|analysts?|biologists?|clinicians?|authors|we|you)\s+([\w-]+\s+){0,2}$",
    re.I,
)
#: the one act that is an agent's by itself: the LLM (or assistant) runs software itself
RUNS_SOFTWARE = re.compile(
    rf"^{TOOL_USE_TERMS}|\b(runs?|running|execut\w+)\b.*\b(code|scripts?|python|notebooks?"
    r"|(sql|cypher|database|api) queries)\b"
)


#: a system built on an LLM of words (not a "language model" of genes, cells or DNA)
LLM_SYSTEM = re.compile(
    rf"\b({LLM_WORDS}|agents?|agentic|assistants?|copilots?)\b"
    rf"|{LANGUAGE_MODEL}",
    re.I,
)
#: acts too common in any methods sentence to mark an agent unless an LLM is named beside them
WEAK_ACTS = re.compile(
    r"(\w+ )?(tools?|workflows?|memory|feedback|plan\w*|multi-step|controllers?)$|interacts? with"
)


def systems_act(text: str, act: re.Match[str]) -> bool:
    """The act is the system's: not denied (`negated`), and not a decision or plan the users
    (or the authors) make ("the user chooses how to filter")."""
    by_people = PEOPLE_ACTS.match(act.group(0).lower()) and PEOPLE_DECIDE.search(
        text[: act.start()]
    )
    return not negated(text, act) and not by_people


def negated(text: str, act: re.Match[str]) -> bool:
    """The act is denied ("it does not run code", "no external tools are used"): a system
    that says what it does not do is not doing it. "Without human intervention" is an act of
    its own, not a denial of the acts after it."""
    if DENIES.search(UNATTENDED.sub("", act.group(0))):  # "executes no code"
        return True
    return bool(DENIED.search(UNATTENDED.sub("", text[: act.start()])))


#: a sentence that opens on a contrast ("While A relies on ...", "Unlike A, which ...")
CONTRAST_OPEN = re.compile(rf"\s*({CONTRAST_OPENERS}|where)\b", re.I)


def agent_actions(sents: list[Sentence], own: re.Pattern[str] | None) -> tuple[float, list]:
    """Sentences where an LLM (or agent) does agent things: two distinct actions, or one next
    to the word agent. Related work is discounted as for terms; a denied act is no act, and a
    sentence that denies the LLM itself ("without an LLM") counts a tenth. Once the front of
    the paper says the system is built on an LLM, a later sentence about what "the model", "the
    planner" or "the system" does counts too, when one of its two acts is more than a word every
    methods section uses (tools, workflow, memory, feedback, plan)."""
    total, hits = 0.0, []
    front = SECTION_WEIGHT["front"]
    llm_system = any(
        s.weight >= front
        and any(not CONTRASTED.search(s.text[: x.start()]) for x in LLM_SYSTEM.finditer(s.text))
        for s in sents
    )
    for s in sents:
        text = dashes(s.text)
        # once the front says the system is an LLM's, its name stands for the LLM
        m = next(
            (x for x in LLM_OR_AGENT.finditer(text) if not CONTRASTED.search(text[: x.start()])),
            None,
        ) or (own.search(text) if own and llm_system else None)
        # (a sentence that opens on a contrast with other systems: their acts before this one's
        # name are theirs, and they are no group this one belongs to: "While A relies on a fixed
        # workflow, Wren plans each analysis ...")
        o = own.search(text) if own else None
        start = o.start() if o and CONTRAST_OPEN.match(text) and "," in text[: o.start()] else 0
        acts = {
            a.group(0).lower() for a in AGENT_ACTIONS.finditer(text, start) if systems_act(text, a)
        }
        if not m and not llm_system:
            # with no LLM named, only a run of acts that includes running software and
            # deciding or writing it ("drafts a plan, writes R and Python, runs tools and
            # repairs failed steps"), or deciding how to do the work and calling the tools
            # that do it; not a pipeline that runs tools and retries
            if (
                len(acts) < (2 if any(map(CHOOSES.match, acts)) else 3)
                or not any(map(RUNS_SOFTWARE.search, acts))
                or not any(map(DECIDES.search, acts))
            ):
                continue
        elif m:
            agentish = re.search(r"\bagent", text, re.I) or any(map(RUNS_SOFTWARE.search, acts))
            if len(acts) < 2 and not (acts and agentish):
                continue
        elif not any(map(CALLS_TOOLS.match, acts)) and (
            len(acts) < 2 or all(map(WEAK_ACTS.match, acts))
        ):
            continue
        w = s.weight
        named = bool(own and own.search(text))
        if RELATED.search(text) and not (named or OURS.match(text)):
            w *= 0.3
        elif BACKGROUND.search(text) and not (named or WE.search(text)):
            w *= 0.3  # what LLMs in general do or fail at: the field's problem, not this system
        elif named:  # what a group of systems does is weak evidence for this one
            w *= group_weight(len(own_group(text[start:], own)))
        if DENIED.search(text[: m.start()] if m else "") or NOT_THIS_WORK.search(text):
            w *= 0.1
        total += w
        hits.append((w, s))
    return total, hits


#: the system calls no tools ("it does not call tools", "no external tools")
TOOLS_DENIED = re.compile(
    r"\b(does|do|did) not (call|use|run|invoke|access) (any )?(external )?tools\b"
    r"|\b(calls|uses|runs|has) no (external )?tools\b",
    re.I,
)


#: what an LLM agent is made of: a language model, tools, APIs, code
AGENT_MACHINERY = re.compile(
    rf"\b({LLM_WORDS}|language[- ]models?|language agents?|claude|gemini|llama[\w.-]*"
    r"|tool[- ]?(calls?|calling|use"
    r"|using)|tools|apis?|code"
    # agents that do information work are software: literature-search, data-analysis agents
    # (a chemical "research agent" or a reinforcement-learning "search agent" is stopped by the
    # other checks of `self_described_agent`: the word agent of this system, no tools denied)
    r"|(literature|search|analysis|analyst|research|retrieval|coding)[- ]agents?)\b",
    re.I,
)


#: under a title that is only the system's name, the descriptor a table gives it, as agents:
#: "Reference-free cell annotation - multi-agent LLM pipeline with quality scoring"
DESCRIBED_AS_AGENTS = re.compile(
    # (not an alternative to agents: "Single-model alternative to multi-agent LLM pipelines", "no
    # multi-agent orchestration")
    r"^((?!\b(alternatives? to|instead of|without|unlike|rather than|no|not)\b)[^.;]){0,80}?"
    rf"\b(multi-?agent|({LLM_WORDS}|language[- ]models?|language) agents?)\b",
    re.I,
)


def self_described_llm(
    sents: list[Sentence], own: re.Pattern[str] | None, reads_text: bool
) -> Sentence | None:
    """The first sentence of the front that calls this paper's system, by its name, a language
    model of words (`SELF_LLM`): one the name itself makes so (`WORDS_LLM`), or any language
    model where the text is found among what the system reads (`reads_text`): what it reads or
    writes is language, whatever data it is applied to; None when none does."""
    if own is None:
        return None
    for s in sents:
        if s.weight < SECTION_WEIGHT["front"]:
            continue
        for m in SELF_LLM.finditer(dashes(s.text)):
            if own.fullmatch(m.group("name")) and (reads_text or WORDS_LLM.search(m.group(0))):
                return s
    return None


def self_described_agent(
    sents: list[Sentence], own: re.Pattern[str] | None, bare_title: str | None = None
) -> Sentence | None:
    """The first sentence of the front that calls this paper's system, by its name, an agent
    (or, under a title that is only its name, `bare_title`, the descriptor that opens the text,
    `DESCRIBED_AS_AGENTS`); None when none does, when the text names no language model, tool,
    code or agent doing information work (literature search, data analysis: `AGENT_MACHINERY`;
    not a reinforcement-learning or chemical "agent"), or when it says the system calls no tools
    (one that only answers)."""
    if own is None or any(TOOLS_DENIED.search(dashes(s.text)) for s in sents):
        return None
    if not any(AGENT_MACHINERY.search(s.text) for s in sents):
        return None
    for s in sents:
        if s.weight < SECTION_WEIGHT["front"]:
            continue
        m = SELF_AGENT.search(dashes(s.text))
        if m and own.search(m.group("name")):
            return s
    if bare_title:
        opening = next((s for s in sents if s.text.strip().rstrip(".") != bare_title), None)
        if opening and DESCRIBED_AS_AGENTS.search(dashes(opening.text)):
            return opening
    return None


#: the note on modalities or tasks the learned signal dropped
DROPPED = "dropped, the learned signal rules it out"
#: the note on the RNA prior (rna guessed where no assay names it) the learned signal doubts
PRIOR_DOUBTED = "rna not inferred where no assay names it: the learned signal doubts it"
#: the share of a sentence's weight its naming of a value keeps, at least, for the sentence to
#: quote it: every discount `score_terms` makes (related or background work, other models in
#: the sentence, what is left for later or was done earlier, a denial) leaves half or less
NAMING_FLOOR = 0.6
#: the note's end on a value the learned signal gave that no sentence names
UNNAMED = "no sentence names it: the quote is the sentence that leans most towards it (check)"


def learned_note_head(value: str) -> str:
    """How the note on a value the learned signal gave begins."""
    return f"{value}: learned signal"


#: the kinds of act an agent's work is made of, read across the sentences about the system:
#: it plans the work, writes code, runs software, checks what came out and tries again
ACT_KINDS = {
    "plan": re.compile(
        r"\bplanner\b|\bplan(s|ning)? (the |an |its )?([\w-]+ )?(analys[ie]s|steps|workflows?"
        r"|experiments?|actions)\b|decompos\w+|\bsub-?(goals?|tasks?|questions?)\b"
        r"|\bsequence of (\w+ ){0,3}(steps|calls|actions)\b|\bdecid\w* (on )?(the )?next (step"
        r"|action)\b|\b(decid|choos)\w* (\w+ ){0,3}(which|what|how|when|tools?|methods?"
        r"|simulators?|parameters|(their )?order)\b"
        r"|\bselect\w* (among|between) (\w+ ){0,3}(tools?|methods?|simulators?|models?)\b",
        re.I,
    ),
    "code": re.compile(
        r"\b(writ|generat|synthesi[sz]|draft)\w* (\w+ ){0,3}(code|scripts?|programs?|python"
        r"|sql|notebooks?|commands?)\b|\bprogram synthesis\b",
        re.I,
    ),
    "run": re.compile(
        rf"\b{TOOL_USE_TERMS}|\b(runs?|running|execut\w+) (it|them|each \w+)\b"
        r"|\b(runs?|running|execut\w+) (\w+ ){0,3}(computations?|notebooks?|commands?)\b"
        r"|\b(sandbox|jupyter kernel|interpreter)\b|\b(api|tool|function) calls?\b"
        r"|\bcalls? (\w+ ){0,3}(apis?|functions?|services?)\b"
        r"|\bquer(y|ies|ying) ([\w-]+ ){0,3}(databases?|knowledge (graph|base)s?|apis?|servers?"
        r"|pubmed|repositor\w+|interfaces?)\b",
        re.I,
    ),
    "check": re.compile(
        r"\b(inspect|check|verif|validat)\w* (\w+ ){0,3}(outputs?|results?|logs?|figures?"
        r"|plots?|answers?|errors?|statistics)\b|\b(checks|verifies) that\b"
        r"|\breads? (back )?(the |its )?([\w-]+ )?(outputs?|results|logs?|errors?)\b"
        r"|\bcompar\w+ (\w+ ){0,3}with (a |the )?(real|reference|expected)\b",
        re.I,
    ),
    "retry": re.compile(
        r"\btr(y|ies|ying|ied) again\b|\bretr(y|ies|ying|ied)\b|\bre-?(quer|plan)\w*"
        r"|\brewrit\w+|\b(repair|fix)\w* (the |its |failed )?(\w+ ){0,2}(code|steps?|errors?"
        r"|calls?|scripts?)\b|\bdebug\w*|\bself-correct\w*|\brevisit\w*"
        r"|\b(loop|iterat|repeat|continu|adjust|re-?run|refin)\w* ([\w-]+ ){0,6}until\b",
        re.I,
    ),
}
#: kinds of act only a system that decides its own steps does (a pipeline runs and checks)
DECIDING_KINDS = {"plan", "code"}


def agent_workflow(sents: list[Sentence], own: re.Pattern[str] | None) -> list[Sentence]:
    """The front's sentences about this system (no other model named, not related work,
    background or future work) that together describe an agent's work, or [] when they do
    not: three kinds of act (`ACT_KINDS`) beside a named LLM, or four with no LLM named; running
    software and planning or writing code among them. A workflow told over several sentences
    ("it drafts a plan. ... it writes Python and runs it ... and retries") is an agent's as much
    as one sentence saying it all; a pipeline that runs tools, checks and retries is not."""
    front = SECTION_WEIGHT["front"]
    kinds: dict[str, Sentence] = {}
    llm = False
    for s in sents:
        if s.weight < front:
            continue
        text = dashes(s.text)
        named = bool(own and own.search(text))
        if NOT_THIS_WORK.search(text) or (RELATED.search(text) and not named):
            continue
        if BACKGROUND.search(text) and not (named or WE.search(text)):
            continue  # the field's problem, or what LLMs in general do
        if other_models(text, own):
            continue
        llm = llm or bool(LLM_SYSTEM.search(text))
        for kind, rx in ACT_KINDS.items():
            for act in rx.finditer(text):
                if systems_act(text, act):
                    kinds.setdefault(kind, s)
    found = set(kinds)
    if "run" not in found or not found & DECIDING_KINDS or len(found) < (3 if llm else 4):
        return []
    return list({id(s): s for s in kinds.values()}.values())


#: a paper whose contribution is an evaluation of models or an evaluation set
BENCHMARK_CONTRIBUTION = {
    "benchmark": r"\b(a|an|the|first|new|novel|comprehensive|large-scale|systematic|our)\s+"
    r"([\w-]+\s+){0,3}?(benchmark(ing)?|evaluation (framework|study|suite|dataset|set)|arena"
    r"|leaderboard)s?\b(?!\s+(datasets?|results|performance|tasks|mixtures|data|samples"
    r"|simulations?|profiles))"
    r"|\bbenchmark(ing)? (stud(y|ies)|suites?|frameworks?|datasets? (for|of)|tools?)"
    r"|\bqa benchmark|\bbenchmark(ing)? (&|and) evaluation"
    # (not a method compared with its baselines: "we compare it with linear models")
    r"|\b(we|to) (benchmark(ed)?|evaluated?|assess(ed)?|compared?|systematically (explored?"
    r"|evaluated?|assess(ed)?|compared?))\s+(?!(our|the proposed|its|this|it|itself)\b)"
    r"([\w-]+\s+){0,5}?(models|llms|methods|tools|approaches|generators|predictors|encoders"
    r"|pipelines|agents|(agent )?frameworks|packages|annotators|(?<!linear )(?<!logistic )"
    r"classifiers)\b"
    # a counted set of other people's models, tools or embeddings ("we probe 17 embedding sets")
    # (and the systems run or asked: "we run six systems", "queried 11 open-weight LLMs")
    r"|\bwe (prob|compar|evaluat|benchmark|assess|test|ran|run|quer(y|ied)|ask|prompt|scor)\w* (\d+"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple) ([\w-]+ )"
    r"{0,3}?(models|llms|methods|tools|agents|frameworks|embeddings|embedding sets"
    r"|representations|encoders|systems|assistants|chatbots|pipelines|packages|predictors"
    r"|annotators|(?<!linear )(?<!logistic )classifiers)\b"
    # the representations taken from a counted set of other models ("we derived cell-line
    # representations from seven pretrained models")
    r"|\bwe (deriv|extract|obtain|comput)\w* ([\w-]+ ){0,4}?from (\d+|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|several|multiple) ([\w-]+ ){0,3}?(models|llms"
    r"|encoders|foundation models)\b"
    # a platform made of datasets, tasks and leaderboards ("an open platform of datasets, tasks,
    # leaderboards and tools")
    r"|\b(platform|collection|suite|hub|resource) of ([\w-]+,? (and )?){0,4}?(leaderboards"
    r"|benchmarks)\b"
    # a test set the authors built to score others ("we built a test set of 2,870 clusters")
    r"|\bwe (built|assembled|curated|created|constructed|compiled) an? (new )?(test|evaluation)"
    r" (set|suite|collection)\b"
    # a suite of tasks made to assess models or agents
    r"|\b(is|as) an? ([\w-]+ )?(suite|set|collection|battery) of (\d[\d,]*|hundreds|thousands) "
    r"([\w/-]+ ){0,4}?(tasks|questions|problems|challenges)\b"
    r"|\b(tasks|questions|problems) (for|to) (assess|evaluat|benchmark|test|measur)\w* "
    r"([\w-]+ ){0,3}?(models|llms|agents|methods)\b"
    # (splits or test sets made to evaluate kinds of model, none named: "fitness-landscape
    # splits for evaluating protein sequence models")
    r"|\b(splits|test sets) (designed )?(for|to) (assess|evaluat|benchmark|test)\w* "
    r"(?!([\w-]+ ){0,3}?(?-i:[A-Z]))([\w-]+ ){0,3}?(models|llms|methods|predictors)\b"
    r"|\bwe (benchmark|evaluate|assess|compare) (two|three|four|five|six|seven|eight|nine|ten"
    r"|\d+|several|all|each) of them\b"
    r"|\b(evaluation|assessment|comparison|benchmarking) of ([\w-]+\s+)"
    r"{0,4}?(models|llms|methods|packages|predictors|annotators|tools)\b"
    # measuring what models can do is an evaluation; exploring their "potential" for a task
    # is how method papers introduce themselves
    r"|\b(evaluat|assess|examin|measur|quantif)\w* (the )?(limitations|capabilit\w+|performance"
    r"|abilit\w+) (and \w+ )?of ([\w-]+\s+){0,3}?(models|llms)\b"
    # asking a question of existing models ("we investigate whether the attention of two
    # pretrained foundation models reflects ...") is an evaluation of them
    r"|\b(investigat|examin|analy[sz]|test|prob|explor|ask)\w* (whether|how well|if|to what extent)"
    r"\b(?![^.;]{0,80}\b(our|the proposed)\b)[^.;]{0,80}?\b(models|llms)\b"
    # what several existing models give, taken and examined ("we extracted gene embeddings
    # from six pretrained models")
    r"|\bwe (extract|prob|test|compar|evaluat|benchmark)\w* [^.;]{0,80}?\b(from|of|across) (\d+"
    r"|two|three|four|five|six|seven|eight|nine|ten|several|multiple) ([\w-]+ ){0,3}?(models"
    r"|llms)\b"
    # what a counted set of models was made to give ("labels produced by prompting five
    # general-purpose language models")
    r"|\bwe (compar|evaluat|assess|judg|scor|test)\w* [^.;]{0,60}?\b(produced|generated|given"
    r"|returned|obtained|made) by (prompting|querying|asking|running) (\d+|two|three|four|five"
    r"|six|seven|eight|nine|ten|several|multiple) ([\w-]+ ){0,3}?(models|llms|systems|assistants"
    r"|chatbots)\b"
    # a named benchmark or "this study" as the subject: "X evaluates five pretrained models",
    # "X audits annotation by four models", not a method "compared with" or "favourably to" them
    # a sentence that opens by naming what the work is, as a table or a heading does:
    # "Perturbation benchmark for single-cell foundation models", "Living community benchmark -"
    # (of lower-case words or acronyms: "Comparison of Pellam with five other models" is a
    # method's result; so is "Extensive benchmark - Pellam outperforms five models")
    r"|^([\w-]+\s+){0,4}?(benchmark|evaluation|comparison|challenge|competition|leaderboard)s?"
    r"( (for|of) (?!(our|its|the proposed|this)\b)((?-i:[a-z0-9][\w-]*|[A-Z]{2,}s?)\s+){0,4}?"
    r"(models|llms|agents|methods|tools|embeddings)\b"
    r"| [-\u2013\u2014:] (?![^.;]{0,60}\b(outperform\w*|surpass\w*|improv\w*|achiev\w*|beats?"
    r"|exceed\w*)\b))"
    # or a heading with no verb, whatever it evaluates ("Critical evaluation of pretrained
    # annotators.", "Benchmark for automated gene expression data analysis."); not one that names
    # a model ("Comparison of Pellam with five models") or says what was found
    r"|^([\w-]+\s+){0,3}?(benchmark|evaluation|comparison|challenge|competition)s?"
    r"( and ([\w-]+ ){1,2}?(hub|platform|suite|resource|dataset|library|leaderboard))? (for|of"
    r"|beyond|on|across) (?-i:(?![^.;]*\b[A-Z][a-z]))(?![^.;]*\b(is|are|was|were|outperform\w*"
    r"|surpass\w*|achiev\w*|shows?|showed|improv\w*|we|our|with|requires?|remains?|has|have"
    r"|can|could|enables?|needs?|depends?|lacks?|may|must|should|will)\b)[^.;]{0,80}\.?$",
}


#: ... a named benchmark or "this study" as the subject: "X evaluates five pretrained models",
#: "X audits annotation by four models", not a method "compared with" or "favourably to" them;
#: as a review tells it too, with a citation and in the past ("X (Liu et al., 2023) compared A,
#: B, C and D with task-specific methods", "X tests zero-shot embeddings from A and B"). Naming
#: the models it evaluates is what such a sentence does, so it is scored without the discount
#: of a sentence that names other models
def named_benchmark(subject: str = r"(?-i:[A-Z][\w-]*[A-Za-z0-9])") -> dict[str, str]:
    """The terms of a benchmark named as its sentence's subject (any capitalised name, or the
    paper's own)."""
    return {
        "benchmark": rf"\b({subject}|this (benchmark|study|suite|work|paper))"
        r"( \([^()]{0,40}\d{4}\w?\)| \[[\d,\s-]+\])? ("
        # (a question-answering set: "X [12] asks a model to answer research questions")
        r"asks (an? model|models|llms|systems|(each|every|all|several|\d+) (models?|llms?)) to "
        r"(answer|solve)\b"
        r"|(evaluat|benchmark|test|audit|assess|compar)(es|s|ed)\s+"
        r"(?!(our|its|the proposed|this|shows?|that|reveal\w*|indicate\w*|demonstrate\w*"
        r"|confirm\w*|suggest\w*|favou?rably|well|on|in|with|to|against)\b)"
        r"((?!(to|against|favou?rably|well)\b)[\w-]+,?\s+){0,9}?(models|llms|methods|predictors"
        r"|tools|agents|approaches|embeddings)\b)",
    }


NAMED_BENCHMARK = named_benchmark()
#: what a paper introducing a model calls it
MODEL_NOUNS = (
    r"(models?|framework|method|system|tool|architecture|transformer|agent|classifier|encoder"
    r"|predictor|pipeline|algorithm|approach|platform|assistant)"
)
MODEL_INTRO = {
    "model": r"\bwe (here |now |therefore |thus )?(present|introduce|propose|develop)\w*\b"
    rf"(?!.{{0,60}}\b(benchmark|evaluation|dataset)\b).{{0,80}}\b{MODEL_NOUNS}\b",
}


def benchmark_contribution(
    sents: list[Sentence], own: re.Pattern[str] | None = None
) -> tuple[float, list, float]:
    """(benchmark score, its evidence, model-introduction score), from the front of the paper:
    a benchmark says what it is where the paper states its contribution. The paper's own name
    right after "we present" introduces what it names, unless a benchmark or data follows."""
    front = [s for s in sents if s.weight >= SECTION_WEIGHT["front"]]
    by_sentence: dict[int, tuple[float, Sentence]] = {}
    # (where the paper's name is known, only it or "this study" is the benchmark's subject:
    # "Tollan evaluated six models" is related work in a paper about Pellam)
    named_terms = NAMED_BENCHMARK if own is None else named_benchmark(f"(?:{own.pattern})")
    for terms, named in ((BENCHMARK_CONTRIBUTION, None), (named_terms, own)):
        for w, h in score_terms(front, terms, named, group=False).get("benchmark", (0.0, []))[1]:
            if w > by_sentence.get(id(h), (0.0, h))[0]:
                by_sentence[id(h)] = (w, h)
    hits = list(by_sentence.values())
    bench = (sum(w for w, _ in hits), hits)
    scores = score_terms(front, MODEL_INTRO)  # (static terms: compiled once)
    intros: dict[str, str] = {}
    if own is not None:
        intros["named"] = (
            rf"\bwe (here |now )?(present|introduce|propose|develop)\w* ({own.pattern})"
            r"(?!.{0,60}\b(benchmark|evaluation|data(sets?)?|suite|tasks|collection|atlas|corpus"
            r"|compendium|resource|database|baselines?)\b)"
        )
        # the name as the subject of what it is ("Ostinato is a vision transformer pretrained
        # on ...")
        intros["is"] = (
            rf"({own.pattern}) is an? (?!.{{0,60}}\b(benchmark|evaluation|dataset)\b)"
            rf"([\w-]+ ){{0,4}}{MODEL_NOUNS}\b"
        )
        scores = {**scores, **score_terms(front, intros)}
    intro = max((v[0] for v in scores.values()), default=0.0)
    return bench[0], bench[1], intro


def result(
    values: list[str] | str | bool | None,
    scores: dict[str, tuple[float, list]],
    paper: PaperText,
    fld: str,
    rejected: list,
    keys: list[str] | None = None,
) -> FieldResult:
    keys = keys if keys is not None else (values if isinstance(values, list) else [str(values)])
    quotes: list[str] = []
    conf = 1.0
    for k in keys:
        score, hits = scores.get(k, (0.0, []))
        conf = min(conf, min(1.0, score / (2 * THRESHOLD)))
        quotes += [s.text for _, s in sorted(hits, key=lambda h: -h[0])[:2]]
    ev = verify(quotes, paper, fld, rejected)
    flags = [] if ev or not keys else ["no verified evidence"]
    return FieldResult(value=values, evidence=ev, confidence=round(conf, 2), flags=flags)


MULTIMODAL = re.compile(r"multi-?modal", re.I)
#: a molecule and its modes: sequence, structure, graph, surface
MOLECULAR_MODES = re.compile(
    r"\b(sequences?|structur\w+|graphs?|molecul\w+|residues?|amino[- ]acids?|backbones?"
    r"|conformation\w*|surfaces?|smiles|proteins?|peptides?|antibod\w+|enzymes?|ligands?)\b",
    re.I,
)
#: words of the spatial & multimodal family's data: cells, omics, tissue, images, space
CELL_TISSUE_DATA = re.compile(
    r"cells?\b|cellular|omic|transcriptom|chromatin|tissue|histolog|patholog|slides?\b|images?"
    r"|imaging|spatial|\bspots?\b|atac|rna|protein (expression|abundance|levels)",
    re.I,
)


#: the genome's own modes: its sequence and the chromatin marks, binding and contacts on it
GENOME_MODES = re.compile(
    r"\b(dna|genom\w*) sequences?|chromatin|chip-seq|\b(factor|ctcf|tf|regulator) binding\b"
    r"|\bbinding (sites?|profiles?|tracks?)|\batac|hi-c|epigenom\w*",
    re.I,
)
#: a model that reads DNA and predicts what the genome does in cells (expression, accessibility
#: tracks): its omics are outputs of the sequence, a regulatory-genomics (epigenomic) model
SEQUENCE_TO_FUNCTION = {
    "from_sequence": r"\b(predict|model)\w* [^.;]{0,80}\bfrom (the |its |their )?(underlying "
    r"|regulatory )?(dna|genomic|nucleotide) sequences?\b|sequence-to-(function|expression"
    r"|activity|profiles?)"
}
#: data of the cell beyond its genome: expression, proteins, space, images
CELL_READOUTS = re.compile(
    r"transcriptom|\brna\b|expression|protein (abundance|levels)|spatial"
    r"|histolog|patholog|slides?\b|images?|imaging|tissue",
    re.I,
)


def tallied(hits: list[tuple[float, Sentence]]) -> tuple[float, list]:
    """A value's score and evidence from its (weight, sentence) hits."""
    return sum(w for w, _ in hits), hits


#: what a model's output is then used for ("the enhanced expression reveals ...")
DOWNSTREAM_USE = re.compile(
    # (and the analysis a result supports: "imputed ligand genes support cell-cell
    # communication analysis"; not what the model enables: "enables the inference of")
    r"\b(reveal|uncover)\w*\b|\bdownstream\b"
    r"|\b(expression|genes|embeddings|outputs?|profiles|predictions|maps?|values|data"
    r"|transcriptomes|imputations?|results|estimates) (\w+ ){0,2}"
    r"(support|allow|permit)\w* (\w+ ){0,2}$",
    re.I,
)


@functools.cache
def other_task_terms() -> list[re.Pattern[str]]:
    """The tasks' terms but regulatory inference's, and deconvolution of any kind, compiled
    (once, when a paper is read)."""
    terms = [p for v, p in TASK_TERMS.items() if v != Task.regulatory_inference]
    return [term_rx(p)[0] for p in (*terms, r"\bdeconvol\w+")]


def communication_halved(table: dict[str, tuple[float, list]]) -> dict[str, tuple[float, list]]:
    """Cell–cell communication counts as pathway inference where it is what the sentence says
    the model does, not one analysis among others that a tool, an agent or a benchmark runs
    ("segmentation, deconvolution and cell-cell communication tools"), nor a use downstream
    ("the enhanced expression reveals ligand-receptor interactions"): a sentence that says
    regulation only in those words, beside another task or after such a use, weighs half."""
    key = Task.regulatory_inference
    if key not in table:
        return table

    def aside(text: str) -> bool:
        m = CELL_COMMUNICATION_RX.search(text)
        if m is None or REGULATION_PROPER.search(text):
            return False
        return bool(DOWNSTREAM_USE.search(text, 0, m.start())) or any(
            rx.search(text) for rx in other_task_terms()
        )

    hits = [(w / 2 if aside(dashes(s.text)) else w, s) for w, s in table[key][1]]
    return {**table, key: tallied(hits)}


#: a model's output used to test other people's methods ("we use it to benchmark methods for
#: clustering and trajectory inference", "to benchmark cell clustering methods"): the tasks
#: named from there on are those methods'
BENCHMARKING_OTHERS = re.compile(
    r"\b(to|for) (benchmark\w*|evaluat\w*|assess\w*|test\w*) ([\w-]+ ){0,4}?(methods|tools"
    r"|algorithms|pipelines|approaches|software)\b"
    r"((?!,? (and|but|while|whereas) (it|we|they|its|our|the model)\b)[^.;])*",
    re.I,
)


#: the evidence a finding is checked against ("regulators supported by knockout data
#: (Perturb-seq)", "validated the combinations by CRISPR screening", "checks its hits against a
#: perturbation model"): perturbation data there are a check, not what the model does
#: a check's reach: on through its list of evidence, up to a clause of the model's own ("...,
#: and Wren further predicts ...")
CHECK_REACH = (
    r"((?!,? (and|but|while|whereas) (it|we|they|its|our|(?-i:[A-Z][\w-]*))\b|, (it|we|they)\b)"
    r"[^.;])*"
)
CHECKED_AGAINST = re.compile(
    # (a sentence that opens on the check ends it at its comma: "Validated in three cell lines,
    # it predicts responses to ..."; otherwise the check runs on through its list of evidence, up
    # to a clause of the model's own: "..., and Wren further predicts ...")
    r"^\s*(supported|validated|confirmed|corroborated|checked|verified)\b[^.;,]*"
    r"|\b(supported|validated|confirmed|corroborated|checked|checks|verified|verify|verifies)\b"
    r" ([\w-]+ ){0,4}?"
    r"(by|against|with|using|in\b(?! silico))\b"
    rf"{CHECK_REACH}"
    # what the outputs are scored against: gold standards and benchmarks built from perturbation
    # experiments ("networks were scored against gold standards from ... regulator perturbation
    # experiments", "in benchmarks on perturbation datasets with known targets", "for 14
    # factors whose knockdown had been profiled")
    r"|\b(scored|evaluated|assessed|benchmarked|judged|compared|tested)\b ([\w-]+ ){0,5}?"
    r"(against|on)\b[^.;,]*?\b(data|datasets?|experiments?|screens?|standards?|knock-?(downs|outs)"
    r"|perturbations)\b"
    r"((?! (and|while|but|to|for) )[^.;,])*"
    # a reference said by what it was made from ("knockdown-derived gold standards", "gold
    # standards from perturbation screens", "programs derived from knockdown experiments")
    r"|(?<![\w-])[\w-]+-(derived|based) (gold[- ]standards?|ground[- ]truths?|references?"
    r"|benchmarks?)\b"
    r"|\b(gold[- ]standards?|ground[- ]truths?) (derived |built |taken )?from\b[^.;,]*"
    r"|\b(derived|built|taken|collected) from ([\w-]+ ){0,3}?(knock-?(down|out)|perturbation"
    r"|crispr\w*) (experiments|screens|studies|data)\b"
    r"|\bin benchmarks on\b[^.;,]*"
    # a finding tested or followed up at the bench by the authors ("We tested RUNX1 by siRNA
    # knockdown in fibroblasts", "We characterised the population further by lineage tracing")
    rf"|\bwe (tested|characteri[sz]ed|followed)\b ([\w-]+ ){{0,5}}?by\b{CHECK_REACH}"
    # data that serve as the truth ("on 41 datasets with stimulation, ligand treatment or
    # receptor knockout as ground truth")
    r"|\bwith [^.;]{0,80}?\bas (the )?(ground[- ]truth|gold[- ]standard)\b"
    # ("with matched ChIP-seq and Perturb-seq ground truth"; a clause whose data serve only as
    # the yardstick: "the Perturb-seq screens serve only as a yardstick", "knockdown signatures
    # from public screens, used here purely as ground truth")
    r"|\bwith ([\w-]+ ){0,6}?(ground[- ]truths?|gold[- ]standards?)\b"
    r"|\b([\w-]+ ){0,4}(screens?|data|datasets?|signatures?|experiments?|measurements)\b"
    r"[^.;:,]{0,40}?,? (used|serv(e|es|ed|ing)|act(s|ed|ing)?|kept) (here )?(only |purely |solely "
    r"|just )?as (an? |the )?([\w-]+ )?(ground[- ]truth|gold[- ]standard|yardstick)s?\b"
    r"|\b(orthogonal|independent|experimental) evidence \([^()]*\)"
    r"|\b(factors|genes|regulators|targets) whose (knockdowns?|knockouts?|perturbations?) "
    r"(had been|have been|were|was) (profiled|measured|assayed)\b",
    re.I,
)


#: another task's metric borrowed for the model's own purpose ("we borrow the scIB batch-mixing
#: metrics but read them in reverse"): its task is not said
BORROWED_METRIC = re.compile(
    r"\b(borrow|adopt|reus|repurpos)\w* (the |its |their )?([\w-]+ ){0,4}?(metrics?|scores?)\b"
    r"[^.;,]*?\b(but|in reverse|opposite|instead|inverted)\b[^.;]*",
    re.I,
)
#: models a benchmark leaves out ("We exclude models such as A and B, which perform ...")
LEFT_OUT = re.compile(
    r"\b(exclud\w*|omit\w*|leave out|left out|(do|did) not (include|evaluate|consider))\b", re.I
)
#: a measure taken from another task ("borrowing a standard from cell-type annotation, how
#: accurately a classifier trained on synthetic cells labels real ones"): the task it is
#: borrowed from, and the measure, are not what the paper does
BORROWED_FROM = re.compile(
    r"\b(borrow|adopt|tak)\w* (an? |the )?([\w-]+ ){0,2}?(standard|metric|measure|criterion"
    r"|score|yardstick|test|practice)s? from [^;]*",
    re.I,
)

#: what the authors release ("we release the model and the harmonised mouse atlas"): an atlas
#: harmonised as a resource, not the integration task
RELEASED = re.compile(
    # (the authors' act, not "the current release covers ... batch integration")
    r"\bwe (also )?(release|share|deposit|provide|make (\w+ )?available)\b[^.;]*",
    re.I,
)
#: a measure said by where it comes from ("we adopt the rank-based score introduced by
#: drug-response benchmarks"): that task is the measure's origin, not what the model does
BORROWED_SCORE = re.compile(
    r"\b(metrics?|scores?|measures?|criteri(on|a)|yardsticks?)\b,? (first |originally )?"
    r"(introduced|proposed|defined|developed) (by|in) (the |earlier |previous |published |prior )?"
    r"([\w-]+ ){0,4}?(benchmarks?|challenges?|competitions?|studies|literature)\b",
    re.I,
)


def said_only_in(
    table: dict[str, tuple[float, list]], spans: re.Pattern[str], keys: Iterable[str]
) -> dict[str, tuple[float, list]]:
    """Each of `keys`' hits weighs a tenth where its sentence says the task only inside what
    `spans` matches (masked out, the rest of the sentence no longer says it)."""

    def inside(v: str, s: Sentence) -> bool:
        text = dashes(s.text)
        found = [m.span() for m in spans.finditer(text)]
        if not found:
            return False
        for a, b in found:
            text = text[:a] + " " * (b - a) + text[b:]
        return not term_rx(TASK_TERMS[v])[0].search(text)

    return {
        v: tallied([(w / 10 if v in keys and inside(v, s) else w, s) for w, s in hits])
        for v, (_, hits) in table.items()
    }


def said_aside(
    table: dict[str, tuple[float, list]], benchmark: bool
) -> dict[str, tuple[float, list]]:
    """Tasks said only aside weigh a tenth. Perturbation said only as the evidence a finding is
    checked against (`CHECKED_AGAINST`); any task said only as where a measure comes from
    (`BORROWED_SCORE`). For a model: a task said only where its output serves
    to benchmark others' methods (`BENCHMARKING_OTHERS`: a simulator that tests clustering
    methods does not cluster), and integration said only in a metric borrowed for another
    purpose (`BORROWED_METRIC`). For a benchmark, whose tasks are the ones it tests methods on:
    a task said only in a measure borrowed from another task (`BORROWED_FROM`)."""
    table = said_only_in(table, CHECKED_AGAINST, {Task.trajectory_perturbation})
    table = said_only_in(table, BORROWED_SCORE, table.keys())
    if benchmark:
        return said_only_in(table, BORROWED_FROM, table.keys())
    table = said_only_in(table, BENCHMARKING_OTHERS, table.keys())
    table = said_only_in(table, RELEASED, {Task.integration})
    return said_only_in(table, BORROWED_METRIC, {Task.integration})


def without_hits(
    table: dict[str, tuple[float, list]],
    keys: Iterable[str],
    drop: Callable[[str, Sentence], bool],
) -> dict[str, tuple[float, list]]:
    """The table with each of `keys`' hits dropped where `drop(key, sentence)` holds."""
    out = dict(table)
    for k in keys:
        if k in out:
            out[k] = tallied([(w, h) for w, h in out[k][1] if not drop(k, h)])
    return out


#: what a note says of a task set aside by the act judgement
SET_ASIDE = "left out: the learned act judgement reads its sentences as not this model's act"


def acts_judged(
    table: dict[str, tuple[float, list]], signal: WordSignal
) -> tuple[dict[str, tuple[float, list]], dict[str, tuple[float, list[str]]]]:
    """The tasks' table with each hit dropped whose sentence the learned act judgement reads as
    not this model's act (its probability below the judgement's bound: the field's background,
    a baseline's task, the authors' bench work, data kept for checking, work left for later,
    said in words no rule lists); and, for each task that lost a hit, the lowest probability
    and the features that weighed most against it."""
    aside: dict[str, tuple[float, list[str]]] = {}

    def not_its_act(task: str, s: Sentence) -> bool:
        text = dashes(s.text)
        # (every match of the term: the rules may have counted a later one than the first, "Unlike
        # batch correction methods, Eelgrass integrates twenty studies"; one read as the model's
        # act keeps the sentence)
        spans: list[tuple[int, int] | None] = [
            m.span() for m in term_rx(TASK_TERMS[task])[0].finditer(text)
        ]
        p, against = max(
            (signal.act_probability(task, text, span) for span in spans or [None]),
            key=lambda judged: judged[0],
        )
        if p >= signal.act_drop_below:
            return False
        if p < aside.get(task, (1.0, []))[0]:
            aside[task] = (p, against)
        return True

    return without_hits(table, list(table), not_its_act), aside


def acts_notes(
    judged: dict[str, tuple[float, list[str]]], values: set[str], version: str
) -> list[Flag]:
    """A note for each task the act judgement left out (of `judged`: those the rules would have
    taken), with the probability and the words that weighed against it."""
    return [
        Flag(
            code=FlagCode.note,
            field="tasks",
            message=f"{task} {SET_ASIDE} (probability {p:.3f}, against: "
            f"{', '.join(against) or '-'}; {version})",
        )
        for task, (p, against) in sorted(judged.items())
        if task not in values
    ]


def molecular_multimodal(fam: dict[str, tuple[float, list]]) -> dict[str, tuple[float, list]]:
    """ "Multimodal" over a molecule's sequence and structure is not the spatial & multimodal
    family (tissue space, images, several omics of cells): such a hit is dropped. "Multimodal"
    over the genome's sequence and its chromatin (accessibility, binding, contacts) is an
    epigenomic model's: such a hit moves to epigenomic."""
    total, hits = fam.get(Family.spatial_multimodal, (0.0, []))
    keep: list[tuple[float, Sentence]] = []
    genomic: list[tuple[float, Sentence]] = []
    for w, h in hits:
        t = h.text
        only_multimodal = MULTIMODAL.search(t) and not re.search(SPACE_IMAGES_OMICS, t, re.I)
        if only_multimodal and len(GENOME_MODES.findall(t)) >= 2 and not CELL_READOUTS.search(t):
            genomic.append((w, h))  # counted once: not again where chromatin already scored
            continue
        if only_multimodal and MOLECULAR_MODES.search(t) and not CELL_TISSUE_DATA.search(t):
            continue
        keep.append((w, h))
    if len(keep) == len(hits):
        return fam
    out = {**fam, Family.spatial_multimodal: tallied(keep)}
    _, epi_hits = fam.get(Family.epigenomic, (0.0, []))
    genomic = [(w, h) for w, h in genomic if all(h is not e for _, e in epi_hits)]
    if genomic:
        out[Family.epigenomic] = tallied(epi_hits + genomic)
    return out


#: the families named by the data a model reads, and that data
DATA_FAMILIES = (Family.epigenomic, Family.spatial_multimodal)
BRIDGED_DATA = (Modality.atac, Modality.spatial, Modality.histology)


def language_multimodal(fam: dict[str, tuple[float, list]]) -> dict[str, tuple[float, list]]:
    """ "Multimodal" where one of the modes is language (cells and text, images and text) is
    a bridge to text, not a spatial or multi-omic model: such a hit moves to text_bridge."""
    total, hits = fam.get(Family.spatial_multimodal, (0.0, []))
    text_rx = re.compile(
        rf"{FAMILY_TERMS[Family.text_bridge]}|{MODALITY_TERMS[Modality.text]}"
        r"|\blanguage\b(?! of (cells?|genes?|life|biology))|\btexts?\b",
        re.I,
    )
    keep: list[tuple[float, Sentence]] = []
    move: list[tuple[float, Sentence]] = []
    for w, h in hits:
        t = dashes(h.text)
        only_multimodal = MULTIMODAL.search(t) and not re.search(SPACE_IMAGES_OMICS, t, re.I)
        (move if only_multimodal and text_rx.search(t) else keep).append((w, h))
    if not move:
        return fam
    out = dict(fam)
    out[Family.spatial_multimodal] = tallied(keep)
    tb_total, tb_hits = fam.get(Family.text_bridge, (0.0, []))
    out[Family.text_bridge] = (tb_total + sum(w for w, _ in move), tb_hits + move)
    return out


#: what a language model of cells reads: cells, genes, their expression
CELL_DATA_WORDS = re.compile(
    r"\bcells?\b|\bgenes?\b|gene[- ]expression|transcriptom\w*|single[- ]cell|\bscrna|rna-seq",
    re.I,
)


#: what a title calls a foundation model in so many words
FOUNDATION_MODEL = re.compile(r"\bfoundation(al)? models?\b", re.I)


#: a pretrained model the system uses, not the model it is ("encoded by a pretrained
#: transformer", "cells with a pretrained encoder")
PRETRAINED_PART = re.compile(
    r"\b(with|by|using|uses|via|from|through) (a|an|the|its|frozen) ([\w-]+ ){0,2}?pre-?trained"
    r"( [\w-]+){0,2}? (transformers?|models?|encoders?)\b"
    # (one of two parts joined: "pairs a cell-state encoder pretrained on 14 million cells with
    # a language model")
    rf"|\b{PAIRS} (an? |the |its )?([\w-]+ ){{0,3}}?(encoder|model) "
    r"pre-?trained on\b[^.;]{0,80}?\bwith (an? |the )",
    re.I,
)
#: weights the model starts from are its own ("initialised with", "fine-tuned from")
OWN_WEIGHTS = re.compile(r"\b(initiali[sz]ed|fine-?tuned|adapted|distilled|continued)\b", re.I)
#: the model itself is pretrained ("we pretrain", "X is pretrained on", "pretraining on")
PRETRAINED_SELF = re.compile(
    r"\b(we|is|are|was|were) (jointly |further )?pre-?train\w*|\bpre-?training (on|with)\b",
    re.I,
)


def pretrained_components(
    fam: dict[str, tuple[float, list]],
) -> dict[str, tuple[float, list]]:
    """A sentence whose only sign of a foundation model is a pretrained model the system uses
    as a part says how the system is built, not that it is a foundation model: such a hit
    counts a third."""
    _, hits = fam.get(Family.foundation, (0.0, []))
    terms = re.compile(FAMILY_TERMS[Family.foundation], re.I)

    def part_only(text: str) -> bool:
        part = PRETRAINED_PART.search(text)
        if part is None or PRETRAINED_SELF.search(text) or OWN_WEIGHTS.search(text):
            return False
        return not terms.search(text[: part.start()] + text[part.end() :])

    kept = [(w / 3 if part_only(h.text) else w, h) for w, h in hits]
    if kept == hits:
        return fam
    return {**fam, Family.foundation: tallied(kept)}


def cell_language_models(fam: dict[str, tuple[float, list]]) -> dict[str, tuple[float, list]]:
    """A "language model" (no LLM, no text) in a sentence about cells and genes is a model
    of cells that borrows the word, reading genes as tokens ("a pretrained deep language model
    for cell type annotation of scRNA-seq data"): no bridge to text."""
    _, hits = fam.get(Family.text_bridge, (0.0, []))
    strong = re.compile(TEXT_BRIDGE_STRONG, re.I)
    keep = [
        (w, h)
        for w, h in hits
        if strong.search(dashes(h.text)) or not CELL_DATA_WORDS.search(h.text)
    ]
    if len(keep) == len(hits):
        return fam
    return {**fam, Family.text_bridge: tallied(keep)}


def bridged_sentences(fam: dict[str, tuple[float, list]]) -> set[int]:
    """Sentences where the model links its data to language it reads or writes ("maps
    chromatin profiles to textual descriptions with an LLM"): there the chromatin or tissue
    data is what is bridged, not what makes the family. (LLM-derived embeddings used as
    features of spatial data are not such a link.)"""
    text_io = re.compile(TEXT_IO, re.I)
    return {
        id(h)
        for _, h in fam.get(Family.text_bridge, (0.0, []))[1]
        if (text_io.search(h.text) or LLM_DOES.search(h.text)) and not LLM_FEATURES.search(h.text)
    }


#: an LLM doing the task itself: prompted, it reasons, annotates, answers, describes. What it
#: reads then is a prompt (the data written as text) and what it writes is language
LLM_DOES = re.compile(
    r"\bprompt(s|ing|ed)?\b|\b(llms?|gpt-?[\w.]*|chatgpt|large language models?|language "
    r"models?)\b (\w+ ){0,2}(to )?(annotat|reason|answer|generat|describ|explain|interpret"
    r"|label|summari[sz]|assign)\w*",
    re.I,
)
#: an LLM as a source of features: its embeddings feed another model
LLM_FEATURES = re.compile(
    r"\b(llm|gpt|language[- ]model)[- ](derived|generated|based) (\w+ )?(embeddings?|features?"
    r"|representations?)|embeddings? (from|of) (an? |the )?(llms?|gpt-?[\w.]*|large language "
    r"models?)",
    re.I,
)


def without_sentences(
    table: dict[str, tuple[float, list]], keys: tuple[str, ...], drop: set[int]
) -> dict[str, tuple[float, list]]:
    return without_hits(table, keys, lambda _, s: id(s) in drop)


#: an omics layer the model predicts ("prediction of surface protein abundance from RNA",
#: "imputes the proteome", "RNA-to-protein translation"): its output, not a layer it reads (not
#: "infers states from / using the proteome", where the layer is what it predicts from)
PREDICTS_BEFORE = re.compile(
    r"\b(?P<verb>predict\w*|imput\w*|infer\w*|estimat\w*|recover\w*)\b"
    r"((?!\b(from|using|with|given|based on|by)\b)[^.;:]){0,40}$",
    re.I,
)
#: ... and the layer it is predicted from, after it ("surface protein abundance from RNA"),
#: which imputing needs (the missing values a model imputes may be of a layer it reads)
PREDICTED_FROM = re.compile(r"[^.;:]{0,40}?\bfrom\b", re.I)
TO_LAYER = re.compile(r"\w-to-$")


def predicted_from_other(table: dict[str, tuple[float, list]]) -> dict[str, tuple[float, list]]:
    """Drop an omics layer's sentences where every mention of it is what the model predicts
    (imputed from another layer; not "imputes the missing proteins" of data it reads)."""

    def output(v: str, s: Sentence) -> bool:
        text = dashes(s.text)
        found = list(OMICS_TERMS[v].finditer(text))

        def predicted(x: re.Match[str]) -> bool:
            verb = PREDICTS_BEFORE.search(text, 0, x.start())
            return bool(
                TO_LAYER.search(text, 0, x.start())
                or (verb and verb.group("verb").lower().startswith(("predict", "estimat")))
                or (verb and PREDICTED_FROM.match(text, x.end()))
            )

        return bool(found) and all(predicted(x) for x in found)

    return without_hits(table, OMICS, output)


#: a sentence about a check of the model's results ("on CITE-seq benchmarks, its clusters agree
#: with protein-defined types"): the layers it names are the check's
CHECKED = re.compile(
    r"\b(benchmarks?|evaluat\w+|agree\w* with|compar\w+|match\w*|defined by|gating"
    r"|concordan\w*|consistent with|validat\w+)\b",
    re.I,
)


#: a sentence's subject is the paper's model by pronoun
IT = re.compile(r"\b(it|its)\b", re.I)


def layers_elsewhere(text: str, own: re.Pattern[str] | None) -> bool:
    """A sentence whose layers are not the model's input: a check of its results, or one not
    about the model (neither its name, "we" nor "it": "Public atlases of scRNA-seq and
    scATAC-seq data now span ...")."""
    about = bool(own and own.search(text)) or sentence_marks(text).we or bool(IT.search(text))
    return bool(CHECKED.search(text)) or not about


def read_together(
    table: dict[str, tuple[float, list]], layers: set[str], own: re.Pattern[str] | None
) -> bool:
    """Some sentence names two of `layers` (of the model's data, `table`) together, not in a
    check of its results."""
    seen: dict[int, int] = {}
    for v in layers:
        hits = table.get(v, (0.0, []))[1]
        for i in {id(h) for w, h in hits if w > 0 and not layers_elsewhere(h.text, own)}:
            seen[i] = seen.get(i, 0) + 1
    return any(n >= 2 for n in seen.values())


#: a "language model" of biological sequences: it reads residues or bases, not words
SEQUENCE_LM = {
    "sequence model": r"(protein|amino[- ]acid|dna|rna|nucleotide|genom\w*|antibody|peptide"
    r"|bcr|tcr|residue)s? (\w+ ){0,2}sequences?|protein language models?|\bplms?\b"
    r"|genom\w* language models?|(dna|rna|nucleotide) language models?",
}


def sequence_language_model(
    sents: list[Sentence], own: re.Pattern[str] | None, modalities: dict[str, tuple[float, list]]
) -> bool:
    """The paper's language model reads biological sequences, and no sentence says it reads
    natural language."""
    seq = score_terms(sents, SEQUENCE_LM, own).get("sequence model", (0.0, []))[0]
    return seq >= THRESHOLD and modalities.get(Modality.text, (0.0, []))[0] < THRESHOLD


def language_is_the_data(
    family: str, fam: dict[str, tuple[float, list]], mods: list, bench_hits: list
) -> bool:
    """A text bridge (or a benchmark that evaluates LLMs) whose LLM reads or writes language
    about the data, so text is an input or output whatever words the paper uses for it. An
    "LLM" of DNA, RNA or protein sequences reads sequences, not language."""
    if set(mods) & {Modality.dna_sequence}:
        return False
    if family == Family.benchmark:  # what it evaluates are LLMs
        return any(LLM.search(dashes(h.text)) for _, h in bench_hits)
    return family == Family.text_bridge and fam.get(Family.text_bridge, (0.0, []))[0] > 0


LLM = re.compile(rf"\b({LLM_WORDS})\b", re.I)
#: text that is the data an agent works on: papers, records, notes, knowledge bases
TEXT_AS_DATA = re.compile(
    r"\b(literature|papers?|publications?|articles?|abstracts?|records?|notes|reports?"
    r"|knowledge ?bases?|curation|corpus|corpora|documents?|documentation|pubmed|monographs?"
    r"|(panel|data|specification) sheets?"
    r"|(web|internet)[- ](search\w*|retrieval|pages?|sites?)|the (web|internet))\b",
    re.I,
)


#: language that is an agent's data, not only its controller's: people talk to it in plain
#: words (questions, requests, a conversation), or its LLM reads the data written into a
#: prompt ("prompting a language model with marker genes")
AGENT_TEXT_IO = re.compile(
    r"\b(plain|natural)[- ](language|english|words)\b(?! (reasoning|explanations?))"
    r"|\bin (plain|natural|everyday) (language|english|words)\b|\bconversational\w*"
    r"|\bchat(s|bots?)?\b|\b(conversation|dialog\w*) with (the |its )?(users?|researchers?"
    r"|biologists?|scientists?)"
    r"|\bprompt\w* (an? |the )?([\w-]+ ){0,3}with ([\w-]+ ){0,3}(genes|markers"
    rf"|profiles|expression)\b|{LLM_READS_GENES}",
    re.I,
)


#: an agent's own act on the literature ("with retrieval over the literature", "searches PubMed")
READS_LITERATURE = re.compile(
    r"\b(retriev\w*|reads?|reading|search\w*|quer\w+|mines?|mining|consult\w*|cites?|citing"
    r"|check\w*|against|(propos|deriv)\w* from|rag|retrieval-augmented|grounds?|grounded)\b",
    re.I,
)
#: the documents an agent reads, in other words than "the literature": it reads, retrieves,
#: searches or mines papers, abstracts, PubMed, methods sections, notes or registries ("a
#: literature agent searches and reads papers", "the papers it retrieves", "mines PubMed")
DOCUMENTS = (
    r"(papers?|articles?|publications?|pubmed|europe pmc|google scholar|biorxiv|medrxiv"
    r"|manuscripts?|preprints?|textbooks?|(?:full|free)[- ]texts?|documentation|manuals?"
    r"|methods?(?: sections?| texts?)|(?:clinical|patient|lab|laboratory|case) notes"
    r"|(?:trial )?registries|(?:sample|study|gene|protein) (?:descriptions|summaries))"
)
READS_DOCUMENTS = re.compile(
    # (not data taken from a study: "pulls count matrices from 40 published studies")
    r"\b(reads?|reading|retriev(?:e|es|ed|ing)|search(?:es|ed|ing)?|mines?|mining"
    r"|quer(?:y|ies|ied|ying)|consults?|consulted|consulting|parses?|parsing|looks? up"
    rf"|looking up|extracts?|extracting)\b(?:\W+[\w'-]+){{0,4}}?\W+{DOCUMENTS}\b"
    rf"|\b{DOCUMENTS} (?:it|they|that|which) (?:retriev|reads?|search|mines?|finds?|consult)"
    # what it finds checked against the literature's reports ("checks the resulting regulators
    # against published studies")
    r"|\b(checks?|checked|checking|validates?|compares?) [^.;]{0,60}?\bagainst (the )?"
    r"(published|prior) (studies|reports|work|literature)\b",
    re.I,
)
#: people reading documents, which the system spares them ("forces biologists to consult
#: documentation")
PEOPLE_READ = re.compile(
    r"\b(biologists?|researchers?|users?|scientists?|analysts?|curators?|clinicians?|experts?"
    r"|humans?|people)\b[^.;]{0,40}\b(consult|read|search|quer|mine|look|extract|retriev)",
    re.I,
)
#: literature in a contrast or as a pretraining corpus ("Unlike literature-grounded agents",
#: "GPT-4o, which was pretrained on the scientific literature")
LITERATURE_ASIDE = re.compile(
    r"\b(unlike|whereas|in contrast|does not read|never reads)\b"
    r"|\bpre-?trained on\b",
    re.I,
)


def agent_reads_literature(
    fr: FieldResult,
    scored: dict[str, dict[str, tuple[float, list]]],
    paper: PaperText,
    rejected: list,
    ruled_out: dict[str, float],
    sents: list[Sentence],
) -> FieldResult:
    """An agent grounded in the literature it retrieves or reads works on text: the documents
    are its data, as for a model that reads them (the sentences that ground it are the
    evidence). So does one that reads papers, notes or methods text without the word
    "literature" (`sents`: the sentences about this system)."""
    values = [str(v) for v in fr.value]
    total, hits = scored.get("grounding", {}).get(Grounding.literature, (0.0, []))
    # (the literature the agent itself retrieves or reads: not one it is contrasted with, nor
    # the corpus its LLM was pretrained on)
    hits = [
        (w, h)
        for w, h in hits
        if READS_LITERATURE.search(h.text) and not LITERATURE_ASIDE.search(h.text)
    ]
    # (a sentence in which it reads documents weighs as a sentence about this system)
    documents = [
        s
        for s in sents
        if READS_DOCUMENTS.search(s.text)
        # (the system's act: not what the field's tools or people do, nor the authors')
        and not (marks := sentence_marks(s.text)).field_activity
        and not marks.we
        and not PEOPLE_READ.search(s.text)
        and not LITERATURE_ASIDE.search(s.text)
        and not DENIES.search(s.text)
        and not marks.future
    ]
    hits = [(w, h) for w, h in hits if h not in documents] + [(s.weight, s) for s in documents]
    # (the signal's doubt about text stands against the literature named, not against a
    # sentence in which the system itself reads documents)
    if Modality.text in values or not hits or (Modality.text in ruled_out and not documents):
        return fr
    if sum(w for w, _ in hits) < THRESHOLD:
        return fr
    sc = {**scored["modalities"], Modality.text: tallied(hits)}
    out = result(sorted({*values, Modality.text}), sc, paper, "modalities", rejected)
    msg = "text: the agent retrieves or reads the literature it is grounded in"
    out.flags += [f for f in fr.flags if f.code != FlagCode.no_evidence]
    out.flags.append(Flag(code=FlagCode.note, field="modalities", message=msg))
    return out


def agent_language_is_no_data(
    fr: FieldResult,
    sc: dict[str, tuple[float, list]],
    paper: PaperText,
    rejected: list,
    rules: frozenset[str] | None = None,
) -> FieldResult:
    """An agent's controller reads instructions and writes answers: that language is how it
    is driven, not data it analyses. `text` stays only where text is what it works on
    (literature, records, knowledge bases), where people talk to it in plain language or its
    LLM is prompted with the data, or where it reads no other data."""
    values = [str(v) for v in fr.value]
    # (text is left where it is the only data the rules found: `rules`, the rules' modalities,
    # not those the learned signal added)
    if Modality.text not in values or len(values if rules is None else rules) < 2:
        return fr
    if any(
        TEXT_AS_DATA.search(h.text)
        # (said of this system, not of a group it is listed in: undiscounted)
        or (AGENT_TEXT_IO.search(h.text) and w >= 0.5 * h.weight)
        for w, h in sc.get(Modality.text, (0.0, []))[1]
    ):
        return fr
    kept = [v for v in values if v != Modality.text]
    out = result(kept, sc, paper, "modalities", rejected)
    msg = "text left out: the agent's instructions and answers are how it is driven, not data"
    # (the learned signal's note on text goes with it)
    out.flags = [
        f
        for f in fr.flags
        if f.code != FlagCode.no_evidence and not f.message.startswith(learned_note_head("text"))
    ]
    out.flags.append(Flag(code=FlagCode.note, field="modalities", message=msg))
    return out


SIMILARITY_BONUS = BONUS
#: rule scores this close (less than half an abstract sentence's hit) are a tie
SIMILARITY_TIE = 1.5


def similarity_sentences(sents: list[Sentence], own: re.Pattern[str] | None) -> list[Sentence]:
    """What the similarity signal reads: the title, abstract and front matter, and sentences
    naming the model or speaking of "we", about this model alone (not a group's)."""
    about = [
        s
        for s in sents
        if s.weight >= SECTION_WEIGHT["front"] or (own and own.search(s.text)) or OURS.match(s.text)
    ]
    return [s for s in about if len(other_models(dashes(s.text), own)) < GROUP]


class LexiconExtractor:
    name = "lexicon"
    needs_index = False  # reads the pages; `add` queues the paper for indexing instead
    prompt_versions = {"lexicon": VERSION}  # noqa: RUF012 - read-only

    def __init__(
        self, similarity: FamilySimilarity | None = None, signal: WordSignal | None = None
    ):
        """`similarity`: the optional MiniLM signal for the family decision (off by default:
        loading the model costs seconds; see agent.extract.similarity). `signal`: the learned
        word signal (agent.extract.learned): tasks where the rules found none and beside
        theirs, and the rules' tasks it rules out; a family it is
        sure of; the rules' modalities it rules out, and those it is sure of."""
        self.similarity = similarity
        self.signal = signal
        version = VERSION + ("+similarity" if similarity is not None else "")
        if signal is not None:
            version += f"+{signal.version}"
        self.prompt_versions = {"lexicon": version}

    def extract(self, paper: PaperText) -> Extraction:
        rejected: list = []
        own_fields, own_name = identity(paper, rejected)
        own = own_name_rx(paper, own_name)
        # sentences about other models ("models such as X", "X [12]") carry no value here
        own_label = own_name or bare_title_name(paper)
        every = sentences(paper)
        sents = [
            s
            for s in every
            if s.text == paper.title
            or OUR_MODEL.match(s.text)
            or not about_other_models(s.text, own_label)
        ]
        long_doc = sum(len(p.text) for p in paper.pages) > 8000
        fields: dict[str, FieldResult] = {}
        scored: dict[str, dict[str, tuple[float, list]]] = {}
        # (set with the modalities and the tasks, which come before the family)
        rules_modalities: frozenset[str] = frozenset()
        rules_tasks: frozenset[str] = frozenset()
        modality_scores: dict[str, tuple[float, list]] = {}
        # what the model does, said while comparing it with baselines ("It fills in missing
        # values (0.87 versus 0.81 for X)"), is a task; its other fields stay with the filter
        # (a compared tool-using pipeline makes no agent)
        kept = {id(s) for s in sents}
        compared = frozenset(
            id(s) for s in every if id(s) not in kept and own_subject_compared(s.text, own_label)
        )
        # the learned signal reads the front of the paper, as it was trained to (once), and
        # quotes only a sentence about this model that denies nothing and speaks of nothing left
        # for later
        front_x = (
            self.signal.read(front_sentences(every, SECTION_WEIGHT["front"])) if self.signal else {}
        )
        quotable = [
            s
            for s in every
            if id(s) in kept and not DENIES.search(s.text) and not sentence_marks(s.text).future
        ]
        ruled_out = self.signal.ruled_out(front_x) if self.signal is not None else {}
        # what the authors did to other models ("We evaluated six systems, including X, ...")
        # is a benchmark's own act, though the sentence names them
        ours = [s for s in every if id(s) in kept or OURS.match(s.text)]
        bench, bench_hits, intro = benchmark_contribution(ours, own)
        is_benchmark = bench >= THRESHOLD and bench > intro
        # a task is read from sentences about this model and those comparing it; a benchmark's
        # own sentences too (the tasks it runs the models on are its tasks, not those it leaves
        # out)
        task_sents = [
            s
            for s in every
            if id(s) in kept
            or id(s) in compared
            or (is_benchmark and OURS.match(s.text) and not LEFT_OUT.search(s.text))
        ]
        # the layers the text says this model reads none of (modalities, and no text bridge),
        # and the tasks it says it does not do (wholly, or in part: those sentences' hits)
        denied = layers_denied(sents, own)
        undone, partly, elsewhere = tasks_denied(sents, own)
        # (the tasks the act judgement took from the rules: for their notes)
        judged: dict[str, tuple[float, list[str]]] = {}
        for fld, terms in SET_TERMS.items():
            top: float | None = None  # (the top score a long paper's floor is set by: its own)
            sc = scored[fld] = score_terms(
                task_sents if fld == "tasks" else sents,
                terms,
                own,
                # (the tasks a benchmark runs the models it names on are its tasks: "X (Liu et
                # al., 2024) wraps A, B and C, comparing them on batch correction and ...")
                group=not (fld == "tasks" and is_benchmark),
                secondary=fld == "modalities",
                baselines=fld != "tasks",
                field_activity=fld == "tasks",
                subject_lists=fld == "tasks",
                compared=compared,
            )
            if fld == "modalities":
                # (what the rules would have chosen before the layers read alone or thrown away)
                chosen = frozenset(map(str, select(sc, long_doc)))
                sc = scored[fld] = read_alone(sc)
            if fld == "tasks":
                # (a task named only where the text denies it in the passive or says its
                # result came from the data's source: the signal adds it no more than the rules)
                named_elsewhere = frozenset(
                    str(t)
                    for t, (_, hits) in sc.items()
                    if hits and all((str(t), id(h)) in elsewhere for _, h in hits)
                )
                sc = communication_halved(said_aside(sc, is_benchmark))
                sc = scored[fld] = without_hits(
                    sc, {t for t, _ in partly}, functools.partial(partly_denied, partly)
                )
                if self.signal is not None and self.signal.judges_acts(front_x):
                    # (the tasks the rules would have taken and do not once the sentences not
                    # about this model's acts are set aside; a long paper's floor stays the
                    # one the rules' own scores set, so a task set aside raises no other)
                    top = max((v for v, _ in sc.values()), default=0.0)
                    before = set(map(str, select(sc, long_doc)))
                    sc, judged = acts_judged(sc, self.signal)
                    scored[fld] = sc
            values = sorted(select(sc, long_doc, top))
            if fld == "tasks" and judged:  # (those the rules would have taken, and now do not)
                left_out = before - set(map(str, values))
                judged = {t: v for t, v in judged.items() if t in left_out}
            notes: list[Flag] = []
            if fld == "modalities":
                chosen |= frozenset(map(str, values))
                values = expression_as_output(own_values_only(values, sc, own), sc)
                values = chromatin_as_output(values, sc)
                values = text_by_analogy(values, sc)
                # (what the rules left out on purpose, or the text denies: the signal adds none)
                excluded = denied | (chosen - set(map(str, values)))
                if any(RNA_DENIED.search(s.text) for s in sents):
                    excluded |= {Modality.rna.value}
                if set(map(str, values)) & denied:
                    values = [v for v in values if str(v) not in denied]
                    msg = "left out, the text says the model reads none: " + ", ".join(
                        sorted(denied)
                    )
                    notes = [*notes, Flag(code=FlagCode.note, field=fld, message=msg)]
                if Modality.rna not in denied:  # (no RNA prior where the text denies RNA)
                    values, prior = assay_prior(values, sents, own, sc)
                else:
                    prior = {}
                doubt = (
                    self.signal.prior_doubted(front_x)
                    if prior and self.signal is not None
                    else None
                )
                if doubt is not None:  # a guess the signal does not back
                    assert self.signal is not None
                    values = [v for v in values if v != Modality.rna]
                    msg = f"{PRIOR_DOUBTED} (probability {doubt:.3f}; {self.signal.version})"
                    notes = [*notes, Flag(code=FlagCode.note, field=fld, message=msg)]
                elif prior and Modality.rna not in ruled_out:
                    sc = {**sc, **prior}
                    msg = "rna inferred: cell-level expression context names no other assay"
                    notes = [*notes, Flag(code=FlagCode.note, field=fld, message=msg)]
                values, notes = self._ruled_out(values, ruled_out, notes)
                # (the family and spatial tasks are decided on the rules' modalities, not on
                # those the signal adds)
                rules_modalities = frozenset(map(str, values))
                if self.signal is not None:
                    values, learned, learned_notes = self._learned_modalities(
                        values, front_x, quotable, excluded, own
                    )
                    sc = {**sc, **learned}
                    notes += learned_notes
                # (the scores the field was chosen from, for the steps that rebuild it below)
                modality_scores = sc
            if fld == "tasks":
                if set(map(str, values)) & undone:
                    values = [v for v in values if str(v) not in undone]
                    msg = "left out, the text says the model does not do: " + ", ".join(
                        sorted(undone)
                    )
                    notes = [*notes, Flag(code=FlagCode.note, field=fld, message=msg)]
                # (a task the act judgement left out is not taken back by the spatial rule)
                for of_data, msg in DATA_TASKS:
                    values, implied = of_data(
                        values, rules_modalities, task_sents, own, undone | set(judged)
                    )
                    if implied:
                        sc = {**sc, **implied}
                        notes = [*notes, Flag(code=FlagCode.note, field=fld, message=msg)]
                rules_tasks = frozenset(map(str, values))
                if self.signal is not None:
                    # (the rules' tasks before the drop set the signal's bar and are never
                    # added back)
                    found = rules_tasks
                    doubted = self.signal.ruled_out(front_x, "tasks")
                    values, notes = self._ruled_out(values, doubted, notes, fld)
                    # (the family is decided on these, not on the tasks the signal adds)
                    rules_tasks = frozenset(map(str, values))
                    # (a task the act judgement left out may come back here, at the signal's
                    # own bar and with its note: the paper's words as a whole can outweigh one
                    # sentence's reading; kept out, blind tasks lost 8 records of 773)
                    values, learned, learned_notes = self._learned_tasks(
                        values, front_x, quotable, found, undone | named_elsewhere, own, set(judged)
                    )
                    sc = {**sc, **learned}
                    notes += learned_notes
                if judged and self.signal is not None:
                    notes += acts_notes(judged, set(map(str, values)), self.signal.version)
            fields[fld] = result(values, sc, paper, fld, rejected)
            fields[fld].flags += notes
            if not values:
                msg = "no value found; left for the reviewer"
                dropped = [
                    f
                    for f in notes
                    if f.message.startswith((DROPPED, PRIOR_DOUBTED)) or SET_ASIDE in f.message
                ]
                fields[fld].flags = [
                    Flag(code=FlagCode.no_evidence, field=fld, message=msg),
                    *dropped,
                ]
        fam = score_terms(sents, FAMILY_TERMS, own, secondary=True)
        fam = cell_language_models(molecular_multimodal(language_multimodal(fam)))
        fam = pretrained_components(fam)
        if by_analogy_only(fam, Family.text_bridge, FAMILY_TERMS[Family.text_bridge]):
            # language was the idea, not the data
            fam.pop(Family.text_bridge)
        sequence_llm = sequence_language_model(sents, own, scored["modalities"])
        if sequence_llm:
            fam.pop(Family.text_bridge, None)  # its "LLM" reads sequences: no bridge to text
        bridged = bridged_sentences(fam)
        fam = without_sentences(fam, DATA_FAMILIES, bridged)
        acted, act_hits = agent_actions(sents, own)
        workflow = agent_workflow(sents, own) if acted < THRESHOLD else []
        if workflow:  # what it does, told over several sentences
            acted = max(acted, THRESHOLD)
            act_hits = [*act_hits, *((s.weight, s) for s in workflow)]
        if act_hits:  # agent evidence: what it is called, and what it does
            total, hits = fam.get(Family.agentic, (0.0, []))
            fam[Family.agentic] = (total + acted, hits + act_hits)
        agentic_score = fam.get(Family.agentic, (0.0, []))[0]
        by_name = bool(AGENT_NAME.search(paper.title or ""))
        called = self_described_agent(sents, own, bare_title_name(paper))
        agentic = agentic_score >= THRESHOLD * 1.5 or acted >= THRESHOLD or by_name or bool(called)
        if by_name and sents and sents[0].text == paper.title:  # the name is the evidence
            total, hits = fam.get(Family.agentic, (0.0, []))
            fam[Family.agentic] = (total, [(sents[0].weight, sents[0]), *hits])
        elif called:  # so is the sentence that calls it an agent
            total, hits = fam.get(Family.agentic, (0.0, []))
            fam[Family.agentic] = (total, [(called.weight, called), *hits])
        name_only = agentic and agentic_score < THRESHOLD
        if bench_hits:
            total, hits = fam.get(Family.benchmark, (0.0, []))
            fam[Family.benchmark] = (max(total, bench), bench_hits + hits)
        nudge, sim_note = None, None
        if self.similarity is not None and not is_benchmark and not agentic:
            # only a family decided by the model's data; the best sentence is the evidence
            match = self.similarity.best(similarity_sentences(sents, own))
            if match is not None:
                nudge = (match.family, SIMILARITY_BONUS)
                total, hits = fam.get(match.family, (0.0, []))
                fam[match.family] = (total, [*hits, (0.0, match.sentence)])
                msg = (
                    f"similarity: {match.family} (cosine {match.cosine:.2f} with "
                    f"'{match.description}')"
                )
                sim_note = Flag(code=FlagCode.note, field="family", message=msg)
        # omics predicted from the DNA sequence (sequence-to-function)
        from_sequence = score_terms(sents, SEQUENCE_TO_FUNCTION, own).get(
            "from_sequence", (0.0, [])
        )
        llm_self = (
            None
            if sequence_llm
            else self_described_llm(sents, own, Modality.text in rules_modalities)
        )
        if llm_self is not None and not agentic:
            # a language model of words is a bridge to text, whatever data it is applied to
            total, hits = fam.get(Family.text_bridge, (0.0, []))
            bonus = 3 * THRESHOLD
            fam[Family.text_bridge] = (total + bonus, [(bonus, llm_self), *hits])
        if Modality.text in denied:  # "it does not use natural language"
            fam = {f: v for f, v in fam.items() if f != Family.text_bridge}
        family, secondary = self._family(
            fam,
            scored["modalities"],
            agentic,
            name_only,
            is_benchmark,
            long_doc,
            paper.title,
            own,
            rules_modalities,
            predicted_from_other(without_sentences(scored["modalities"], BRIDGED_DATA, bridged)),
            nudge,
            from_sequence=from_sequence[0] >= THRESHOLD,
            regulatory=Task.regulatory_inference in rules_tasks
            and not {Task.integration, Task.annotation, Task.generation} & rules_tasks,
        )
        sure = self.signal.family(front_x, family, quotable) if self.signal is not None else None
        if sure is not None:  # the family the signal is sure of, quoted with its sentence
            sure, named = self._named_first("family", sure, quotable, own)
            total, hits = fam.get(sure.value, (0.0, []))
            first = max((w for w, _ in hits), default=0.0) + 1.0  # its sentence is quoted first
            fam[sure.value] = (max(total, 2 * THRESHOLD), [(first, sure.sentence), *hits])
            why = f"over the rules' {family}" + ("" if named else f"; {UNNAMED}")
            note = self._learned_note("family", sure, why)
            family, secondary = sure.value, [f for f in secondary if f != sure.value]
        fields["family"] = result(family, fam, paper, "family", rejected)
        if sure is not None:
            fields["family"].confidence = sure.probability
            fields["family"].flags.append(note)
        if sim_note is not None:
            fields["family"].flags.append(sim_note)
        mods = fields["modalities"].value
        if (
            not sequence_llm
            and language_is_the_data(family, fam, mods, bench_hits)
            and Modality.text not in mods
            and Modality.text not in ruled_out
        ):
            # a text bridge links cells to language: what its LLM reads or writes is text
            llm_said = [(w, h) for w, h in bench_hits if LLM.search(dashes(h.text))]
            sc = {
                **modality_scores,
                Modality.text: fam.get(Family.text_bridge) or (THRESHOLD, llm_said),
            }
            notes = [f for f in fields["modalities"].flags if f.code != FlagCode.no_evidence]
            fields["modalities"] = result(
                sorted({*mods, Modality.text}), sc, paper, "modalities", rejected
            )
            msg = "text inferred: an LLM reads or writes it"
            fields["modalities"].flags += [
                *notes,
                Flag(code=FlagCode.note, field="modalities", message=msg),
            ]
        if own_name is None and not agentic and family != "benchmark":  # an analysis paper
            fields["family"] = family_without_model(paper, rejected) or fields["family"]
        fields["secondary_families"] = result(secondary, fam, paper, "secondary_families", rejected)
        # agentic: false rests on the absence of (undiscounted) agent language, not on a quote
        fields["agentic"] = result(
            agentic, fam, paper, "agentic", rejected, keys=[Family.agentic] if agentic else []
        )
        if not agentic:
            fields["agentic"].confidence = 0.8 if agentic_score == 0 else 0.6
        if agentic and family == Family.agentic:
            fields["modalities"] = agent_language_is_no_data(
                fields["modalities"], modality_scores, paper, rejected, rules_modalities
            )
            fields["modalities"] = agent_reads_literature(
                fields["modalities"],
                {**scored, "modalities": modality_scores},
                paper,
                rejected,
                ruled_out,
                sents,
            )
        add_derived(fields)
        fields.update(own_fields)
        fields["primary_task"] = primary_task(paper, own_name, rejected)
        return Extraction(
            extractor=self.name,
            prompt_versions=dict(self.prompt_versions),
            fields=fields,
            rejected_quotes=rejected,
        )

    def _ruled_out(
        self, values: list, ruled_out: dict[str, float], notes: list[Flag], fld: str = "modalities"
    ) -> tuple[list, list[Flag]]:
        """The rules' modalities (or tasks) less those the learned signal rules out, and a note
        naming them in place of the notes on how they were found."""
        gone = {v: ruled_out[v] for v in map(str, values) if v in ruled_out}
        if not gone:
            return values, notes
        notes = [f for f in notes if f.message.split(":", 1)[0] not in gone]
        assert self.signal is not None
        msg = (
            f"{DROPPED} ("
            + ", ".join(f"{m}: probability {p:.3f}" for m, p in sorted(gone.items()))
            + f"; {self.signal.version})"
        )
        kept = [v for v in values if str(v) not in gone]
        return kept, [*notes, Flag(code=FlagCode.note, field=fld, message=msg)]

    def _learned_note(self, fld: str, hit: Hit, why: str) -> Flag:
        """The note on a value the learned signal gave: which, its probability, its version."""
        assert self.signal is not None
        msg = f"{learned_note_head(hit.value)} (probability {hit.probability:.2f}; "
        return Flag(code=FlagCode.note, field=fld, message=f"{msg}{self.signal.version}), {why}")

    def _learned_modalities(
        self,
        values: list,
        front_x: dict[str, float],
        quotable: list[Sentence],
        excluded: frozenset[str],
        own: re.Pattern[str] | None,
    ) -> tuple[list, dict[str, tuple[float, list]], list[Flag]]:
        """The modalities the learned signal adds beside the rules' (never one `excluded`: what
        the text denies or the rules left out on purpose), each with a note giving its
        probability. Each is quoted from the `quotable` sentence that scores highest for it
        among those that name it in the lexicon's terms; where none does, from the quotable
        sentence that scores highest for it, and the note says that no sentence names it, for
        the reviewer to check (round nineteen: such values were right on all 39 training
        records where they were added, in-sample, and gained in leave-one-set-out)."""
        assert self.signal is not None
        hits = self.signal.modalities_added(front_x, {*map(str, values), *excluded}, quotable)
        return self._learned_values("modalities", values, hits, quotable, Modality, own)

    def _named_first(
        self, fld: str, hit: Hit, quotable: list[Sentence], own: re.Pattern[str] | None
    ) -> tuple[Hit, bool]:
        """The signal's `hit` quoted from the `quotable` sentence that names its value in the
        lexicon's terms and scores highest for it under the value's weights (whatever that
        score), and True; where no sentence names it, the hit as the signal quoted it, and
        False. A sentence names the value only where `score_terms`
        discounts nothing of it (`NAMING_FLOOR`): not as related or background work, a group
        of models, what is left for later or was done earlier, or what is denied."""
        assert self.signal is not None
        terms = {**SET_TERMS, "family": FAMILY_TERMS}[fld]
        weights = {
            "tasks": self.signal.tasks,
            "modalities": self.signal.modalities,
            "family": self.signal.families,
        }[fld]
        if hit.value not in terms or hit.value not in weights:
            return hit, False
        said = score_terms(quotable, {hit.value: terms[hit.value]}, own)
        naming = [s for w, s in said.get(hit.value, (0.0, []))[1] if w >= NAMING_FLOOR * s.weight]
        best = self.signal.best_sentence(weights[hit.value][0], naming, above=None)
        return (replace(hit, sentence=best), True) if best is not None else (hit, False)

    def _learned_values(
        self,
        fld: str,
        values: list,
        hits: list[Hit],
        quotable: list[Sentence],
        kind: type,
        own: re.Pattern[str] | None,
        set_aside: Collection[str] = (),
    ) -> tuple[list, dict[str, tuple[float, list]], list[Flag]]:
        """The rules' `values` with the signal's `hits` (of vocabulary `kind`), each quoted
        from a sentence that names it where one does (`_named_first`), with a note giving its
        probability that says so where none does, and where the rules' sentences for it were
        `set_aside` by the act judgement; and their scores."""
        scores, notes = {}, []
        for hit in hits:
            quoted, named = self._named_first(fld, hit, quotable, own)
            scores[hit.value] = (hit.probability * 2 * THRESHOLD, [(1.0, quoted.sentence)])
            why = (
                "the act judgement set the rules' sentences for it aside"
                if hit.value in set_aside
                else "no rule fired for it"
            ) + ("" if named else f", and {UNNAMED}")
            notes.append(self._learned_note(fld, hit, why))
        return sorted([*values, *(kind(h.value) for h in hits)]), scores, notes

    def _learned_tasks(
        self,
        values: list,
        front_x: dict[str, float],
        quotable: list[Sentence],
        found: frozenset[str],
        undone: frozenset[str],
        own: re.Pattern[str] | None,
        set_aside: Collection[str] = (),
    ) -> tuple[list, dict[str, tuple[float, list]], list[Flag]]:
        """The tasks the learned signal proposes (from the front's features) where the rules
        `found` none, or adds beside theirs at its `add_threshold` (none of theirs it
        dropped, none the text says the model does not do): each with its best `quotable`
        sentence as evidence and a note giving its probability (and saying so where the act
        judgement had `set_aside` the rules' sentences for it)."""
        assert self.signal is not None
        hits = self.signal.added(front_x, set(found), quotable)
        hits = [h for h in hits if h.value not in undone]
        return self._learned_values("tasks", values, hits, quotable, Task, own, set_aside)

    @staticmethod
    def _family(
        fam: dict[str, tuple[float, list]],
        modalities: dict[str, tuple[float, list]],
        agentic: bool,
        name_only: bool,
        is_benchmark: bool,
        long_doc: bool,
        title: str = "",
        own: re.Pattern[str] | None = None,
        chosen: frozenset[str] = frozenset(),
        family_data: dict[str, tuple[float, list]] | None = None,
        nudge: tuple[str, float] | None = None,
        from_sequence: bool = False,
        regulatory: bool = False,
    ) -> tuple[str, list[str]]:
        """The primary family from the contribution (a benchmark, an agent) and else from the
        model's main data: chromatin => epigenomic, space, images or several omics =>
        spatial_multimodal, text or an LLM => text_bridge, expression alone => foundation.
        The data is read from sentences about this model alone where they say enough; a
        sentence about a group of models decides only when nothing else does. Several omics
        predicted `from_sequence` (DNA in, tracks out) make an epigenomic model; so do the
        transcriptome and chromatin read together by a model whose work is `regulatory`
        (regulatory elements and their genes; not integrating, labelling or generating)."""
        solo = True

        def s(f: str) -> float:
            return score_of(fam, f)

        data_table = modalities if family_data is None else family_data

        def m(v: str) -> float:  # the data the model was found to read, not every mention
            return score_of(data_table, v) if v in chosen else 0.0

        def score_of(table: dict[str, tuple[float, list]], key: str) -> float:
            total, hits = table.get(key, (0.0, []))
            if not solo:
                return total
            return sum(w for w, h in hits if len(other_models(dashes(h.text), own)) < GROUP)

        def data_scores() -> dict[str, float]:
            d: dict[str, float] = {
                Family.epigenomic: s(Family.epigenomic) + m(Modality.atac),
                Family.spatial_multimodal: s(Family.spatial_multimodal)
                + m(Modality.spatial)
                + m(Modality.histology),
                Family.text_bridge: s(Family.text_bridge),
                Family.foundation: s(Family.foundation),
            }
            measured = {v for v in chosen & OMICS if m(v) >= THRESHOLD}  # named, not inferred
            if len(measured) >= 2 and from_sequence and Modality.dna_sequence in chosen:
                # omics read out of the DNA sequence: the genome's function, not multi-omic data
                d[Family.epigenomic] += d.pop(Family.spatial_multimodal)
                d[Family.epigenomic] += min(m(v) for v in measured)
                d[Family.spatial_multimodal] = 0.0
            elif (
                regulatory
                and measured == {Modality.rna, Modality.atac}
                and m(Modality.spatial) + m(Modality.histology) == 0
            ):  # chromatin read beside expression to find regulatory elements: chromatin-first
                d[Family.epigenomic] += d.pop(Family.spatial_multimodal)
                d[Family.spatial_multimodal] = 0.0
            elif len(measured) >= 2:  # the transcriptome with chromatin or protein: multi-omic
                d[Family.spatial_multimodal] += d.pop(Family.epigenomic)
                d[Family.spatial_multimodal] += min(m(v) for v in measured)
                d[Family.epigenomic] = 0.0
            return d

        title_hit = {
            f
            for f, (_, hits) in fam.items()
            if any(h.weight >= SECTION_WEIGHT["title"] and h.text == title for _, h in hits)
        }
        data = data_scores()
        own_data = max(data.values()) >= THRESHOLD  # sentences about this model alone say it
        if not own_data:
            solo = False
            data = data_scores()
        solo = False
        if is_benchmark or Family.benchmark in title_hit:
            primary = Family.benchmark
        elif agentic and not (
            name_only
            and max(m(Modality.atac), m(Modality.spatial) + m(Modality.histology)) >= THRESHOLD
        ):
            # an agent by name only, whose text is about the chromatin or tissue data it reads,
            # belongs to that data's family; the LLM an agent is built on is its controller,
            # not a bridge to text
            primary = Family.agentic
        else:
            cands = [
                Family.text_bridge,
                Family.spatial_multimodal,
                Family.epigenomic,
                Family.foundation,
            ]
            # an epigenomic or foundation model names itself so; text and spatial are inputs
            bias = {Family.foundation: 1.2, Family.epigenomic: 1.2}
            # "foundation model" says how a model was made, its data says which family: a
            # foundation model of tissue images, chromatin, several omics or proteins seen in
            # tissue is of that data's family (one of cells' transcriptomes with spatial context
            # stays a foundation model). Two layers are the model's data when one sentence names
            # both ("reads RNA counts and antibody-derived tags jointly"), not when a second
            # layer turns up alone elsewhere (a fine-tuning target, an evaluation)
            measured = {v for v in chosen & OMICS if m(v) >= THRESHOLD}
            images_or_chromatin = own_data and (
                max(data[Family.epigenomic], m(Modality.histology)) >= THRESHOLD
                or read_together(data_table, measured, own)
                or (
                    min(m(Modality.protein), m(Modality.spatial)) >= THRESHOLD
                    and read_together(data_table, {Modality.protein, Modality.spatial}, own)
                )
            )
            if images_or_chromatin:
                cands.remove(Family.foundation)
            if nudge is not None and nudge[0] in data:
                # the similarity signal breaks ties and speaks where no term does; it never
                # overrules a clear decision of the rules
                ranked = sorted((data[f] * bias.get(f, 1.0) for f in cands), reverse=True)
                if ranked[0] < THRESHOLD or ranked[0] - ranked[1] < SIMILARITY_TIE:
                    data = {**data, nudge[0]: data[nudge[0]] + nudge[1]}
            primary = max(cands, key=lambda f: (data[f] * bias.get(f, 1.0), -cands.index(f)))
            if data[primary] < THRESHOLD:  # weak evidence does not make a family
                primary = Family.foundation
            elif (
                Family.foundation in title_hit
                and FOUNDATION_MODEL.search(title)
                and primary not in title_hit
                and not images_or_chromatin
            ):
                # the title calls it a foundation model (not only "a pretrained encoder")
                primary = Family.foundation
        top = data.get(primary, s(primary))
        floor = max(THRESHOLD, 0.5 * top) if long_doc else THRESHOLD
        secondary = sorted(
            f
            for f in FAMILY_TERMS
            if f != primary and s(f) >= floor and f not in (Family.benchmark, Family.agentic)
        )
        return str(primary), [str(f) for f in secondary]
