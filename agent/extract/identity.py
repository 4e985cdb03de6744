"""Whose paper is this: the model's name, the paper's own code repository, and which sentences
are about other models. Built from how papers name their contribution ("Name: …" titles, "we
introduce Name, a …", "Name is introduced", the coined term that recurs as "our Name"), never
from a list of known papers."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from agent.extract.base import FieldResult, PaperText, verify
from agent.reader import SENTENCE_END, label_sections

#: sections whose sentences describe the paper's own work
OWN_SECTIONS = {"front", "abstract", "introduction", "body", "methods", "results", "discussion"}
#: acronyms and words that look coined but name no model
GENERIC = {
    "ai",
    "ml",
    "dl",
    "nlp",
    "llm",
    "llms",
    "gpu",
    "gpus",
    "cpu",
    "api",
    "url",
    "pdf",
    "dna",
    "rna",
    "mrna",
    "cdna",
    "atac",
    "chip",
    "umap",
    "tsne",
    "t-sne",
    "pca",
    "qc",
    "auc",
    "auroc",
    "aupr",
    "roc",
    "f1",
    "grn",
    "grns",
    "scrna-seq",
    "rna-seq",
    "scrna",
    "snrna",
    "rnaseq",
    "ii",
    "iii",
    "iv",
    "usa",
    "uk",
    "eu",
    "nih",
    "nsf",
    "covid",
    "sars",
    "sars-cov-2",
    "html",
    "json",
    "csv",
    "http",
    "https",
    "github",
    "python",
    "pytorch",
    "tensorflow",
    "cuda",
    "id",
    "ids",
    "gb",
    "tb",
    "mb",
    "kb",
    "bp",
    "nm",
    "ms",
    "vs",
    "etc",
    "ie",
    "eg",
    "figure",
    "fig",
    "table",
    "supplementary",
    "appendix",
    "eq",
    "section",
    "ph",
    "ok",
}
INTRO_VERB = (
    r"(?:introduce|present|propose|develop|describe|release|build|built|design|report|create)"
)
#: "we trained X" names X only as "we trained X, a ...": one also trains other people's models
TRAIN_VERB = r"(?:pre-?)?trained"
#: a descriptor that makes the named thing an analysis, not a model or system
ANALYSIS = re.compile(
    r"\b(?:diagnostic|evaluation|benchmark\w*|metric|score|statistic\w*al test|test|bound"
    r"|measure|criterion|index|protocol|analysis|interpretability)\b",
    re.I,
)
DESCRIPTOR = re.compile(r"^\s*\)?(?:,|\s+as|\s+is)\s*(?:a|an|the)\s+((?:[\w\-]+\s+){0,5}[\w\-]+)")
#: a descriptor that makes the named thing data, not a model
#: the words that name data (a descriptor's "a dataset of ...", a phrase's "... Database (X)")
DATA_WORDS = r"data ?set|corpus|database"
DATA = re.compile(rf"\b(?:{DATA_WORDS}|collection of (?:data|sequences))\b", re.I)


@lru_cache(maxsize=1)
def _speller():  # type: ignore[no-untyped-def]
    try:
        from spellchecker import SpellChecker
    except ImportError:
        return None
    return SpellChecker(distance=1)


def is_word(token: str) -> bool:
    sp = _speller()
    return bool(sp is not None and sp.known([token.lower()]))


def coined(token: str) -> bool:
    """A made-up name: internal capitals (scGPT, AutoBA, ResNet), letters with digits (Evo2),
    or a lowercase word that is no English word (scvis)."""
    token = token.strip("()[],.;:")
    if len(token) < 2 or token.lower() in GENERIC or not re.search(r"[A-Za-z]", token):
        return False
    if token.endswith("s") and token[:-1].lower() in GENERIC:  # APIs, GPUs: plurals of a kind
        return False
    if re.fullmatch(r"[\d.\-]+[A-Za-z]?", token):
        return False
    parts = [p for p in re.split(r"[-_]", token) if p]
    for p in parts:
        if p.lower() in GENERIC:
            continue
        if re.search(r"[a-z].*[A-Z]|[A-Z]{2,}", p) and not re.fullmatch(r"[A-Z][a-z]+s?", p):
            return True  # internal capital or an acronym
        if re.search(r"[A-Za-z]\d|\d[A-Za-z]", p) and not re.fullmatch(r"\d+[a-z]{1,2}", p):
            return True
    if "-" not in token and len(token) >= 4 and (token.islower() or token.istitle()):
        # a word no dictionary knows: "scvis", "Geneformer"
        return len(token) >= (4 if token.islower() else 6) and not is_word(token)
    return False


NAME_TOKEN = r"[A-Za-z][\w\-+.]*[\w+]|[A-Za-z]"
#: a name: a coined token, optionally with a version number ("Evo 2", "GPT 4")
NAME = re.compile(rf"(?P<name>(?:{NAME_TOKEN})(?:\s\d+(?:\.\d+)?\b)?)")


@dataclass
class Sent:
    text: str
    page: int
    section: str


def section_sentences(paper: PaperText) -> list[Sent]:
    out: list[Sent] = []
    marks = label_sections(paper.pages)
    for page, page_marks in zip(paper.pages, marks, strict=True):
        bounds = page_marks + [(len(page.text) + 1, "")]
        for (start, sec), (end, _) in zip(bounds, bounds[1:], strict=False):
            text = re.sub(r"\s+", " ", page.text[start:end]).strip()
            out += [Sent(s.strip(), page.number, sec) for s in SENTENCE_END.split(text) if s]
    return out


@dataclass
class Candidate:
    name: str
    quote: str
    score: float
    how: str


def _clean_name(raw: str) -> str:
    return raw.strip().strip("()[],.;:").rstrip("-")


def _analysis_descriptor(after: str) -> bool:
    m = DESCRIPTOR.match(after)
    return bool(m and (ANALYSIS.search(m.group(1)) or DATA.search(m.group(1))))


def _acronym_for(phrase: str, text: str) -> str | None:
    """`Single-cell Pediatric Cancer Atlas (ScPCA)` -> ScPCA."""
    core = re.sub(r"^(?:the|a|an)\s+", "", phrase.strip(), flags=re.I)
    m = re.search(re.escape(core) + r"\s*\(([A-Za-z][\w\-]{1,15})\)", text, re.I)
    return m.group(1) if m and coined(m.group(1)) else None


#: an assay's name ("CITE-seq", "scATAC"): the data, never a model's name
ASSAY_NAME = re.compile(
    r"^(sc|sn)?(rna|atac|dna|cite|adt)(-?seq)?$|-seq$|^(m|nc|lnc)rnas?$"
    # imaging and spatial platforms by name (CODEX, MIBI-TOF, Xenium): instruments, not models
    r"|^(merfish|seqfish\+?|smfish|osmfish|starmap|xenium|visium|cosmx|merscope|codex|imc|mibi"
    r"|mibi-tof|cycif|phenocycler|geomx|dbit|multiome)$"
    # the genome's assays and marks (DNase, ChIP-nexus, CAGE, CpG-by-cell, Hi-C)
    r"|^(dnase|chip|cage|cpgs?|hi-?c|micro-?c|cut&(tag|run)|bisulfite)([-&\w]*)$",
    re.I,
)

# ---------------------------------------------------------------------------- not a model name
# One test of "is this capitalised token another model's name?", read by the lexicon's count of
# other models and by `about_other_models` here.
#: a plural acronym names a kind of model (LLMs, GNNs, TFMs), not a model
KIND_OF_MODEL = re.compile(r"^[A-Z]+s$")
#: the common names of the organisms single-cell biology studies (one list: the lexicon's
#: cross-species patterns read it too)
SPECIES_NAMES = (
    r"humans?|mouse|mice|murine|rats?|zebrafish|macaques?|marmosets?|primates?|chickens?|pigs?"
    r"|xenopus|frogs?|lampreys?|axolotls?|drosophila|flies|worms?|corals?|sponges?|planarians?"
    r"|sea anemones?|nematostella|plants?|arabidopsis|yeast|rice|maize|wheat|sorghum|barley"
    r"|tomato|soybean|crops?|turtles?|lizards?|opossums?|sea urchins?|cows?|cattle|dogs?|bats?"
    r"|sheep|birds?|teleosts?|reptiles?|amphibians?|(non-)?model (species|animals|organisms)"
    # (not "salmon", "snail", "horse" or "hamster": a quantifier, a transcription factor, a
    # serum and a cell line's animal)
    r"|trout|medaka|killifish|tunicates?|ascidians?|amphioxus|sea stars?|starfish"
    r"|tardigrades?|nematodes?|ferrets?|chimpanzees?|lemurs?"
    r"|honeybees?|mosquito|silkworms?|octopus|squids?|jellyfish"
)
#: an organism cited for its data ("cells in Drosophila [4]") is not a model: genera and common
#: names of the organisms biology studies most
ORGANISM = re.compile(
    rf"^(danio|mus|homo|saccharomyces|escherichia|caenorhabditis|elegans|{SPECIES_NAMES}"
    r"|organisms?|species)$",
    re.I,
)

#: names that are metrics, resources or hardware, not models ("macro-F1", "scIB", "PubMed")
NOT_A_MODEL = re.compile(
    r"^((macro|micro|weighted)-)?f1(-scores?)?$|^au(c|roc|prc|pr)$|^(ari|nmi|asw|mse|rmse|mae"
    r"|kbet|[ic]?lisi|scib|umap|t-?sne|pubmed|reactome|kegg|msigdb|gpus?|cpus?|tpus?|cpgs?"
    # the field's public databases and atlases ("summarised from DrugBank and the literature")
    r"|drugbank|chembl|pubchem|uniprot|lincs|cellmarker|panglaodb|tcga|gtex|encode|cellxgene"
    r"|ensembl|ncbi|biogrid|omnipath|dorothea|jaspar|chip-atlas|clinicaltrials(\.gov)?"
    # the names of generic algorithms ("kNN batch mixing", "a kNN graph")
    r"|k-?nns?)$"
    # where code lives, who makes a model, and lab techniques
    r"|^(github|gitlab|zenodo|figshare|openai|crispr[ai]?|eqtls?|smfish|d?cas\d+\w*|tn5|kb)$",
    re.I,
)
#: the names biology gives genes, proteins, cell lines, histone marks and embryonic days ("CD3",
#: "TCF21", "K562", "H3K27me3", "E9.5"), and a name used as an adjective ("iPSC-derived",
#: "HER2-positive"): not models
SYMBOL = re.compile(
    # (not the stems of model names: ESM2, T5, GPT4, SAM2, BLIP2, C2S)
    r"^(?!(ESM|GPT|T|SAM|BLIP|C)\d)[A-Z]{1,6}\d{1,4}([A-Z]{1,2}\d{0,2})?$"
    r"|^H\d[A-Z]\d+(me\d|ac|ub\d?)$|^E\d+\.\d$"
    r"|-(derived|positive|negative|validated|specific|dependent|deficient|expressing)$"
)


def not_a_model_name(name: str) -> bool:
    """An assay, a kind of model, an organism, a metric or resource, or a gene, protein or
    cell-line symbol: a capitalised token that names no model."""
    return bool(
        ASSAY_NAME.search(name)
        or KIND_OF_MODEL.match(name)
        or ORGANISM.match(name)
        or NOT_A_MODEL.match(name)
        or SYMBOL.search(name)
    )


def _title_candidates(title: str, text: str, counts: Counter[str]) -> list[Candidate]:
    out: list[Candidate] = []
    m = re.match(r"^\s*([^:]{1,60}):\s+\S", title)
    if m:
        head = m.group(1).strip()
        words = head.split()
        if len(words) <= 2 and coined(words[0]) or (len(words) == 1 and counts[head] >= 3):
            out.append(Candidate(head, title, 10, "title"))
        elif 2 <= len(words) <= 7 and all(
            w[0].isupper() or w.lower() in ("of", "for", "and", "the") for w in words
        ):
            acr = _acronym_for(head, text)
            if acr:
                out.append(Candidate(acr, title, 8, "title acronym"))
    # a coined name in the title that the paper keeps using ("... with Evo 2")
    for mm in NAME.finditer(title):
        nm = _clean_name(mm.group("name"))
        head = nm.split()[0]
        # a lowercase word the dictionary lacks ("pretrained", "chatbot") is jargon, not a
        # name; one with digits or an inner capital (cell2location, scVI) is a name
        spelled = coined(head) and not (head.islower() and head.isalpha())
        if ASSAY_NAME.search(head):
            continue  # the data the title names ("... for CITE-seq and scRNA-seq data")
        if (spelled or (" " in nm and head[:1].isupper())) and counts[nm] >= 5:
            out.append(Candidate(nm, title, 7, "title term"))
    return out


def _intro_candidates(sents: list[Sent], text: str) -> list[Candidate]:
    out: list[Candidate] = []
    weight = {"front": 6, "abstract": 6, "introduction": 5, "discussion": 4}
    pat_active = re.compile(
        # "we present X", "we developed X", "we assembled ... and pretrained X, a ..."
        rf"\b[Ww]e\s+(?:(?:here|also|further|then|therefore|now)\s+"
        rf"|(?P<coord>[a-z]\w*\s(?:[^.;]|(?<=\d)\.(?=\d)){{0,150}}?\band\s+(?:then\s+)?))??"
        rf"(?P<verb>{INTRO_VERB}(?:e?d)?"
        rf"|{TRAIN_VERB})\s+"
        rf"(?P<pre>(?:(?:a|an)\s+[^,.;]{{0,80}}?,\s+)?)"
        rf"(?P<the>the\s+)?(?P<rest>.{{0,120}})"
    )
    pat_passive = re.compile(
        r"(?:\((?P<acr>[^()]{2,20})\)|(?P<tok>\S+))\s+(?:is|are)\s+(?:here\s+|hereby\s+)?"
        r"(?:introduced|proposed|presented|developed)\b(?!\s+(?:in|below|above)\b)"
    )
    pat_called = re.compile(
        r"\b(?:[Ww]e|[Oo]ur)\b[^.]{0,80}?\b(?:called|named|termed|dubbed"
        r"|call (?:it|this \w+|the \w+|our \w+)|(?<=which we )call(?=\s+[A-Z])"
        r"|(?<=that we )call(?=\s+[A-Z]))\s+(?P<rest>.{0,60})"
    )
    for s in sents:
        if s.section not in OWN_SECTIONS:
            continue
        w = weight.get(s.section, 3)
        for m in pat_active.finditer(s.text):
            pre, rest = m.group("pre"), m.group("rest")
            if pre and (ANALYSIS.search(pre) or DATA.search(pre)):
                continue
            if m.group("coord") and not re.fullmatch(COORD_VERB, m.group("verb")):
                continue  # "we profiled cells and report X, a new cell state": a finding
            cand = _name_at(rest, bool(m.group("the")), text)
            if (
                cand
                and re.fullmatch(TRAIN_VERB, m.group("verb"))
                and not TRAINED_APPOSITIVE.match(rest[len(cand[1]) :])
            ):
                continue  # "we trained scGPT on ..." names whose model it trained, not its own
            if cand and not _analysis_descriptor(rest[len(cand[1]) :]):
                out.append(Candidate(cand[0], s.text, w, "we introduce"))
        for m in pat_passive.finditer(s.text):
            tok = _clean_name(m.group("acr") or m.group("tok") or "")
            if tok and coined(tok):
                out.append(Candidate(tok, s.text, w, "is introduced"))
        for m in pat_called.finditer(s.text):
            # what follows "called" is a name, a dictionary word or not ("we call it Lumen"),
            # of one capitalised word or a few ("a tool named Chat Modeling, ...")
            words = CALLED_PHRASE.match(m.group("rest"))
            cand = (words.group(1), words.group(1)) if words else None
            cand = cand or _name_at(m.group("rest"), True, text)
            if cand:
                out.append(Candidate(cand[0], s.text, w - 1, "called"))
    return out


def _name_at(rest: str, after_the: bool, text: str) -> tuple[str, str] | None:
    """The name at the start of `rest`, and the raw text it covered."""
    m = NAME.match(rest)
    if not m:
        return None
    raw = m.group("name")
    first = _clean_name(raw.split()[0])
    versioned = bool(re.search(r"\s\d", raw)) and first[:1].isupper()
    if DOC_PART.fullmatch(first):
        return None  # "Table 1", "Figure 2"
    # a capitalised phrase with its acronym: "the Single-cell Pediatric Cancer Atlas (ScPCA)"
    pm = re.match(r"((?:[A-Z][\w\-]*\s+){1,6}[A-Z][\w\-]*)\s*\(([^()]{2,15})\)", rest)
    if pm and DATA_PHRASE.search(pm.group(1)):
        return None  # "we developed the Human Developing Brain Atlas (HDBA)": data, no model
    if pm and coined(pm.group(2)):
        return pm.group(2), pm.group(0)
    if coined(first) or (versioned and not is_stop(first)):
        nm = _clean_name(raw) if re.search(r"\s\d", raw) else first
        return nm, raw
    if after_the and first[:1].isupper() and not is_stop(first):
        return first, raw  # "we propose the Transformer, ..."
    if (
        first[:1].isupper()
        and not is_stop(first)
        and first.lower() not in GENERIC
        and APPOSITIVE.match(rest[len(first) :])
        and len(re.findall(rf"\b{re.escape(first)}\b", text)) >= 2
    ):
        # a word used as a name, set off as one and used again: "we present Lumen, a ..."
        return first, first
    return None


#: a name of a few capitalised words, ended by punctuation: "named Chat Modeling, ..."
CALLED_PHRASE = re.compile(r"((?:[A-Z][\w\-]*\s+){1,3}[A-Z][\w\-]*)(?=\s*[,.;:(])")
#: a name set off by its description: "X, a transformer ...", "X, which ..."
PLAIN_DESCRIPTION = r"an?|which|the first"
#: ... or by a superlative: "X, the largest ...", "X, the only ..."
APPOSITIVE = re.compile(rf"\s*,\s+(?:{PLAIN_DESCRIPTION}|the (?:[a-z]+est|only))\s")
#: after "we trained" only the plain forms ("we pretrained scGPT, the largest ..." trained
#: someone else's model)
TRAINED_APPOSITIVE = re.compile(rf"\s*,\s+(?:{PLAIN_DESCRIPTION})\s")
#: the verbs a coordinated clause introduces a model with ("we collected data and pretrained
#: X, an encoder"); not "and report X" (a finding) nor "and trained X" (another's model)
COORD_VERB = r"(?:introduce|present|propose|develop|design|build|built|create)(?:e?d)?|pre-?trained"
#: a phrase naming data, not a model ("Atlas", "Census", "Dataset")
DATA_PHRASE = re.compile(
    rf"\b(?:{DATA_WORDS}|atlas|census|consortium|cohort|benchmark|collection|compendium)\b", re.I
)
#: parts of a paper, not names ("we present Table 1, which lists ...")
DOC_PART = re.compile(
    r"(?:fig(?:ure)?|table|section|appendix|methods|results|experiments?|supplementary|equation"
    r"|eq|algorithm|chapter|box|panel)\b",
    re.I,
)


def is_stop(word: str) -> bool:
    return word.lower() in {"this", "these", "that", "our", "a", "an", "the", "here", "we"}


#: a sentence that opens with a name as its subject: "X is a ...", "X maps ...", "X, a ..."
SUBJECT = re.compile(
    rf"^(?P<name>{NAME_TOKEN})(?:\s+(?:is|was)\s+(?:an?|the)\b|\s+(?:also\s+)?[a-z]{{2,}}s\b"
    r"(?!\s+(?:are|were|is|was|of|and)\b)|\s*,\s+(?:an?|which)\s)"
)


def _subject_candidates(sents: list[Sent], title: str, counts: Counter[str]) -> list[Candidate]:
    """A coined name that a sentence of the front matter or abstract opens with as its subject
    ("Peakwise maps fragments ...", "Hemi is a transformer ...") and that the paper uses again;
    or a title that is only a coined name (a registry entry's, a review's row)."""
    out: list[Candidate] = []
    bare = _clean_name(title)
    # one capitalised token, a word or not ("Orchid", "Rx-Scout"): a title that is only a name
    if (
        re.fullmatch(r"[A-Z][\w\-+.]*", bare)
        and not is_stop(bare)
        and bare.lower() not in GENERIC
        and counts[bare] >= 2
    ):
        out.append(Candidate(bare, title, 10, "title is the name"))
    for s in sents:
        if s.section not in ("front", "abstract") or s.text == title:
            continue
        # a title line without a full stop is glued to the sentence after it
        text = s.text[len(title) :].lstrip(" .:") if title and s.text.startswith(title) else s.text
        m = SUBJECT.match(text)
        if not m:
            continue
        nm = _clean_name(m.group("name"))
        # (not an adjective opening a sentence: "Agentic systems ...", "Lipidomic profiles ...")
        adjective = re.search(r"(?:ic|ics|al|ed|ing|ive|ous)$", nm)
        # nor an assay or a gene symbol ("CITE-seq measures ...", "TP53 is a ...")
        not_model = re.search(r"-seq$|^[A-Z0-9]+$", nm) and re.search(r"\d|-seq$", nm)
        if (
            coined(nm)
            and not adjective
            and not not_model
            and not DOC_PART.fullmatch(nm)
            and counts[nm] >= 2
        ):
            # weaker than "we introduce X": a tool a paper discusses opens sentences too
            out.append(Candidate(nm, s.text, 3, "subject"))
    return out


def _our_candidates(sents: list[Sent]) -> list[Candidate]:
    """The coined term a paper keeps calling its own: "our 152-layer ResNet"."""
    hits: Counter[str] = Counter()
    quote: dict[str, str] = {}
    rx = re.compile(
        r"\b[Oo]ur\s+(?:(?:[\w\-]*\d[\w\-]*|baseline|final|full|proposed|deeper|best)\s+){0,2}"
        r"(?P<name>[A-Za-z][\w\-]+)"
    )
    for s in sents:
        if s.section not in OWN_SECTIONS:
            continue
        for m in rx.finditer(s.text):
            nm = re.sub(r"-\d+$", "", m.group("name"))
            if coined(nm):
                nm = nm[:-1] if nm.endswith("s") and nm[:-1] in hits else nm
                hits[nm] += 1
                quote.setdefault(nm, s.text)
    return [Candidate(n, quote[n], 2 + c, "our term") for n, c in hits.items() if c >= 2]


def find_name(paper: PaperText) -> Candidate | None:
    sents = section_sentences(paper)
    text = " ".join(s.text for s in sents)
    counts: Counter[str] = Counter()
    for m in NAME.finditer(text):
        counts[_clean_name(m.group("name"))] += 1
        counts[_clean_name(m.group("name").split()[0])] += 1
    cands = (
        _title_candidates(paper.title or "", text, counts)
        + _intro_candidates(sents, text)
        + _our_candidates(sents)
        + _subject_candidates(sents, paper.title or "", counts)
    )
    if not cands:
        return None
    # the same name found several ways adds up
    total: dict[str, float] = {}
    for c in cands:
        total[c.name.lower()] = total.get(c.name.lower(), 0.0) + c.score
    best = max(cands, key=lambda c: (total[c.name.lower()], c.score))
    singular = best.name[:-1] if best.name.endswith("s") else None
    if singular and counts[singular] > 0:
        best.name = singular
    return best


# ---------------------------------------------------------------------------- code URL

CODE_URL = re.compile(
    r"(?:https?://)?(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|huggingface\.co"
    r"|zenodo\.org|codeocean\.com|sourceforge\.net)/[\w\-./~%#]+[\w/]",
    re.I,
)
OWN_CUE = re.compile(
    r"\b(?:our|we (?:make|made|provide|release|share|created|developed|implemented)"
    r"|(?:is|are) (?:freely |publicly |openly )?available|available (?:at|from|on)"
    r"|can be (?:found|accessed|downloaded)|code (?:is|and)|source code|software|repository"
    r"|implementation (?:is|of (?:our|the proposed|this))|package)\b",
    re.I,
)
CODE_LABEL = re.compile(r"\b(?:code|software|implementation|repository)\s*:\s*$", re.I)
USED_CUE = re.compile(
    r"\b(?:we used|using|used the|implementation of|official (?:release|implementation)"
    r"|obtained from|downloaded from|provided by|et al\.?)\b",
    re.I,
)
NOT_TOOL = re.compile(r"manuscript|paper|figure|tutorial|docs?\b|wiki|slides", re.I)


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


def find_code_url(paper: PaperText, name: str | None) -> tuple[str, str] | None:
    """The paper's own repository: code-availability statements, "our code", URLs naming the
    model; never a tool the paper only used, nor one cited in the references."""
    scores: dict[str, float] = {}
    count: dict[str, int] = {}
    quotes: dict[str, str] = {}
    own = _slug(name) if name else ""
    for s in section_sentences(paper):
        if s.section in ("references",):
            continue
        for m in CODE_URL.finditer(s.text):
            url = m.group(0).rstrip(".")
            if not url.startswith("http"):
                url = "https://" + url
            key = url.rstrip("/").lower()
            before = s.text[: m.start()]
            sc = 1.0
            if s.section == "availability":
                sc += 3
            elif s.section in ("front", "abstract"):
                sc += 1  # a repository in the abstract is the paper's own unless it says not
            if OWN_CUE.search(before) or CODE_LABEL.search(before):
                sc += 2
            if USED_CUE.search(before[-80:]) or re.search(r"\[\d", s.text[m.end() : m.end() + 6]):
                sc -= 4
            path = url.split("/", 3)[-1]
            if own and len(own) >= 3 and own in _slug(path):
                sc += 4
            if NOT_TOOL.search(path):
                sc -= 2
            if "/datasets/" in url:
                sc -= 2
            others = [t for t in re.split(r"[/\-_.]", path) if coined(t) and _slug(t) != own]
            if own and others and own not in _slug(path):
                sc -= 1
            count[key] = count.get(key, 0) + 1
            if key not in scores or sc > scores[key]:
                scores[key], quotes[key] = sc, s.text  # the best-placed mention is the quote
    if not scores:
        return None
    total = {k: v + 0.5 * (count[k] - 1) for k, v in scores.items()}  # repeated mentions add
    key = max(total, key=lambda k: total[k])
    if total[key] < 2.5:
        return None
    m0 = CODE_URL.search(quotes[key])
    url = next(
        (
            x.group(0).rstrip(".")
            for x in CODE_URL.finditer(quotes[key])
            if x.group(0).rstrip(".").rstrip("/").lower().endswith(key.split("://")[-1])
        ),
        m0.group(0) if m0 else key,
    )
    return (url if url.startswith("http") else "https://" + url), quotes[key]


# ---------------------------------------------------------------------------- other models

OTHER_CUE = re.compile(
    r"\b(?:such as|e\.g\.|including|like|unlike|compared (?:to|with)|versus|vs\.?|than"
    r"|outperform\w*|baselines?|previous(?:ly)?|prior(?! to)|existing|other|notably)\b",
    re.I,
)
#: tools the system itself uses or calls, listed: its parts, not peers ("the agents use tools
#: such as web search")
OWN_TOOLS = re.compile(
    r"\b(?:uses?|using|calls?|calling|invokes?|invoking|runs?|running|access(?:es)? to"
    r"|equipped with)\s+(?:[\w-]+\s+){0,3}?tools\s+(?:such as|like|including)\b",
    re.I,
)
#: ... with the tools named ("selects and calls tools such as cell2location, Tangram and
#: squidpy")
OWN_TOOL_LIST = re.compile(
    OWN_TOOLS.pattern + r"\s+[\w.\-]+(?:(?:,|,?\s+or|,?\s+and)\s+[\w.\-]+)*", re.I
)
#: the one LLM the system runs on, with examples ("an LLM such as GPT-4o or o1 receives the
#: marker genes"): its part, not a peer
OWN_LLM_EXAMPLES = re.compile(
    r"\b(?:an|the|its|our)\s+(?:llm|large language model|language model)\s+(?:such as|like"
    r"|e\.g\.,?)\s+[\w.\-]+(?:(?:,|\s+or|\s+and)\s+[\w.\-]+)*",
    re.I,
)
CITED = re.compile(r"\s?(?:\[\d[\d,\s\-\u2013]*\]|\([A-Z][\w\-]+ et al\.?,? \d{4}\w?\)|et al\.)")


#: a name followed by what acts on it or through it ("mTOR inhibitors", "JAK signalling"), or
#: what it binds or marks ("ETS-RUNX sites", "GATA1 motifs"): a gene or protein, not a model;
#: or by the cells it names ("MAIT cells", "ILC2 progenitors"): a cell type; or by the kind of
#: gene it is or what is done to it ("NEUROD factors", "HOX family", "MYC overexpression")
TARGET_AFTER = re.compile(
    r"\s+(inhibitors?|inhibition|agonists?|antagonists?|blockade|blockers?|signall?ing|pathways?"
    r"|factors?|famil(y|ies)|paralogu?es?|orthologu?es?|genes?|overexpression|deletions?"
    r"|receptors?|ligands?|knock-?outs?|knock-?downs?|mutations?|mutants?|activity|targets?"
    r"|(binding )?sites?|motifs?|axis|cells?|neurons?|progenitors?|lymphocytes?|precursors?"
    r"|subsets?|populations?)\b",
    re.I,
)


def about_other_models(text: str, own: str | None) -> bool:
    """A sentence about someone else's model: "models such as X", "unlike X", "X [12]",
    baselines. Such a sentence carries no value for this paper's model."""
    own_l = own.lower() if own else None
    if own_l and own_l in text.lower():
        return False
    text = OWN_LLM_EXAMPLES.sub(" ", text)
    text = OWN_TOOL_LIST.sub(" ", text)  # (its own tools, named: no peers)
    if re.search(
        r"\b(?:models?|methods?|tools?|approaches|frameworks?|systems?)\s+(?:such as"
        r"|like|including)\b",
        text,
        re.I,
    ) and not OWN_TOOLS.search(text):
        return True
    for m in re.finditer(r"[A-Za-z][\w\-]+", text):
        tok = m.group(0)
        # a model is named with a capital or a digit (scGPT, Geneformer, GPT-4); a lowercase
        # word no dictionary knows is technical vocabulary ("transcriptomics", "denoising")
        if (
            tok.islower()
            or not coined(tok)
            or not_a_model_name(tok)
            or (own_l and tok.lower() == own_l)
        ):
            continue
        window = text[max(0, m.start() - 60) : m.start()]
        if TARGET_AFTER.match(text, m.end()):
            continue
        if OTHER_CUE.search(window) or CITED.match(text[m.end() :]):
            return True
    return False


def identity(paper: PaperText, rejected: list) -> tuple[dict[str, FieldResult], str | None]:
    """name, code_url (and the flag when the paper introduces no model of its own)."""
    out: dict[str, FieldResult] = {}
    cand = find_name(paper)
    name = cand.name if cand else None
    if cand:
        out["name"] = FieldResult(
            value=name,
            evidence=verify([cand.quote], paper, "name", rejected),
            confidence=0.9 if cand.score >= 6 else 0.7,
        )
    else:
        out["name"] = FieldResult(
            value=None,
            flags=[
                "introduces no model: no name found in how the paper names its contribution "
                "(an analysis, benchmark or review?); the id comes from the title"
            ],
        )
    code = find_code_url(paper, name)
    if code:
        url, quote = code
        out["code_url"] = FieldResult(
            value=url, confidence=0.9, evidence=verify([quote], paper, "code_url", rejected)
        )
    return out, name


SUMMARY = re.compile(
    r"(?:(?:Here|In this (?:paper|work|study|article)),?\s+)?\b[Ww]e\s+(?:here\s+)?"
    rf"(?:{INTRO_VERB}d?|{TRAIN_VERB})\b.*"
)


def primary_task(paper: PaperText, own: str | None, rejected: list) -> FieldResult:
    """One sentence saying what the paper contributes, quoted from its start (a heading or a
    line glued before it is left out)."""
    pick = None
    early = [
        s for s in section_sentences(paper) if s.section in ("front", "abstract", "introduction")
    ]
    for s in early:
        m = SUMMARY.search(s.text)
        if m and len(m.group(0)) > 40:
            pick = m.group(0)
            break
    for s in early if pick is None and own else []:
        if re.match(rf"^.{{0,60}}\b{re.escape(own or '')}\b.{{0,40}}\b(?:is|are)\b", s.text):
            pick = s.text
            break
    if not pick:
        return FieldResult(flags=["no summary sentence found; left for the reviewer"])
    pick = pick[:400]
    return FieldResult(
        value=pick, evidence=verify([pick], paper, "primary_task", rejected), confidence=0.6
    )


EVALUATES = re.compile(
    r"\b(?:evaluat\w+|benchmark\w*|assess\w*|diagnostics|we (?:quantify|test|measure|compare"
    r"|analy[sz]e|probe)|interpretab\w+|comparison of)\b",
    re.I,
)


def family_without_model(paper: PaperText, rejected: list) -> FieldResult | None:
    """A paper that introduces no model of its own but evaluates models is, for the registry,
    a benchmark; the evidence is its own sentence saying what it evaluates."""
    sents = [paper.title] if paper.title else []
    sents += [s.text for s in section_sentences(paper) if s.section in ("front", "abstract")]
    for text in sents:
        if about_other_models(text, None):
            continue
        if EVALUATES.search(text) and re.search(r"\bmodels?\b", text, re.I):
            ev = verify([text], paper, "family", rejected)
            if ev:
                return FieldResult(
                    value="benchmark",
                    evidence=ev,
                    confidence=0.6,
                    flags=["introduces no model but evaluates models: proposed as benchmark"],
                )
    return None
