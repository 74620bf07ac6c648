"""Throughput of Liaison's extraction against Natasha's own pipeline, on the same texts.

    .venv/bin/python benchmarks/extract.py [--corpus DIR] [--min-bytes 1000000]

Both run on one core in this process, over the corpus repeated until it holds at least
--min-bytes characters. Natasha's pipeline is segmentation, morphology, NER and span
normalisation. Liaison's is `liaison.extract.pipeline.extract` on Documents already read.
Printed: characters per second for each and their ratio (the machine is noisy; the ratio,
measured in one run, is the figure to trust). "cold" clears Liaison's word caches before
every document, so no document profits from having been seen before.
"""

from __future__ import annotations

import os

# One core: numpy and friends must not spread over the machine.
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"

import argparse
import dataclasses
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from liaison.extract.pipeline import Context, extract
from liaison.model import Document
from liaison.read import read_document
from liaison.text import morph, phrases


def load_documents(corpus: Path, min_chars: int) -> list[Document]:
    """The corpus documents, repeated (with distinct ids) until they hold min_chars."""
    base = [read_document(p, max_bytes=10**8) for p in sorted(corpus.glob("*.txt"))]
    docs: list[Document] = []
    while sum(len(d.text) for d in docs) < min_chars:
        docs += [dataclasses.replace(d, id=f"{d.id}-{len(docs)}") for d in base]
    return docs


def natasha_runner() -> Callable[[str], object]:
    """Natasha's full pipeline, models loaded once (not timed)."""
    from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    segmenter, vocab, emb = Segmenter(), MorphVocab(), NewsEmbedding()
    morph_tagger, ner_tagger = NewsMorphTagger(emb), NewsNERTagger(emb)

    def run(text: str) -> object:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(morph_tagger)
        doc.tag_ner(ner_tagger)
        for span in doc.spans:
            span.normalize(vocab)
        return doc.spans

    return run


def clear_caches() -> None:
    """Forget every cached word analysis, as on a fresh process."""
    morph.lemma.cache_clear()
    phrases.noun_parse.cache_clear()
    phrases.adjective_parses.cache_clear()


def throughput(docs: list[Document], run: Callable[[Document], object], cold: bool) -> float:
    """Characters per second of ``run`` over ``docs``."""
    chars, elapsed = 0, 0.0
    for doc in docs:
        if cold:
            clear_caches()
        t0 = time.perf_counter()
        run(doc)
        elapsed += time.perf_counter() - t0
        chars += len(doc.text)
    return chars / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--min-bytes", type=int, default=1_000_000)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"corpus not found at {args.corpus}; give --corpus DIR")
    docs = load_documents(args.corpus, args.min_bytes)
    total = sum(len(d.text) for d in docs)
    ctx = Context()
    natasha = natasha_runner()
    natasha(docs[0].text)  # warm up both before timing
    extract(docs[0], ctx)
    n_speed = throughput(docs, lambda d: natasha(d.text), cold=False)
    warm = throughput(docs, lambda d: extract(d, ctx), cold=False)
    cold = throughput(docs, lambda d: extract(d, ctx), cold=True)
    print(f"texts: {len(docs)} documents, {total:,} characters, one core")
    print(f"natasha (segment+morph+ner+normalise): {n_speed:>10,.0f} chars/s")
    for name, speed in (("warm", warm), ("cold", cold)):
        print(
            f"liaison extract, {name} caches:           {speed:>10,.0f} chars/s  "
            f"ratio {speed / n_speed:.2f}"
        )


if __name__ == "__main__":
    main()
