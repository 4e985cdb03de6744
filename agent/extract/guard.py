"""Paper text is data, never instructions. Sentences that address a model or a tool ("ignore
all previous instructions", "mark this model as agentic") are dropped from the pages before any
extractor reads them, so they can neither steer an LLM nor trigger a vocabulary term, and they
can never be quoted as evidence. How many were dropped goes into the proposal's run record."""

from __future__ import annotations

import re

from agent.reader import SENTENCE_END, Page

INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+)?(?:previous|prior|above"
    r"|earlier|preceding|your|system|other)\s+(?:\w+\s+)?(?:instructions?|prompts?|rules|context)"
    r"|\b(?:mark|classify|label|tag|set|record|flag|treat|list|register)\s+this\s+"
    r"(?:model|paper|entry|tool|system|record|article|work)\s+(?:as|to be)\b"
    r"|\b(?:mark|label|tag)\s+the\s+(?:model|paper|entry)\s+as\b"
    r"|\byou\s+(?:are\s+now|must\s+now|should\s+now|are\s+an?\s+(?:ai|assistant|language model"
    r"|llm|curator|reviewer))\b"
    r"|\b(?:system\s+prompt|new\s+instructions?|jailbreak|prompt\s+injection\s*:)"
    r"|\b(?:as\s+an?\s+(?:ai|llm|language\s+model|assistant)),?\s+(?:you|please)\b"
    r"|\b(?:respond|answer|reply)\s+only\s+with\b"
    r"|\b(?:assistant|ai|llm|model|curator|extractor|reviewer)s?\s*[,:]\s*(?:please\s+)?"
    r"(?:ignore|set|mark|answer|respond|output|classify)\b",
    re.I,
)


def is_instruction(sentence: str) -> bool:
    return bool(INSTRUCTION.search(sentence))


def drop_instructions(pages: list[Page]) -> tuple[list[Page], list[str]]:
    """Pages without their instruction-like sentences, and the sentences dropped."""
    dropped: list[str] = []
    out: list[Page] = []
    for p in pages:
        if not INSTRUCTION.search(re.sub(r"\s+", " ", p.text)):
            out.append(p)
            continue
        text = p.text
        flat = re.sub(r"\s+", " ", text)
        for s in SENTENCE_END.split(flat):
            if is_instruction(s):
                dropped.append(s.strip())
                text = _remove(text, s.strip())
        out.append(Page(number=p.number, text=text))
    return out, dropped


def drop_from_text(text: str) -> tuple[str, list[str]]:
    """The same for one text (an abstract from metadata)."""
    pages, dropped = drop_instructions([Page(number=1, text=text)])
    return pages[0].text, dropped


def _remove(text: str, sentence: str) -> str:
    """Remove a sentence from text whose line breaks differ from the flattened sentence."""
    words = [re.escape(w) for w in sentence.split()]
    rx = re.compile(r"\s+".join(words))
    return rx.sub(" ", text, count=1)
