"""Throughput of Liaison's extraction against Natasha's own pipeline, on the same texts.

    .venv/bin/python benchmarks/extract.py [--corpus DIR] [--min-bytes 1000000]

Both run on one core in this process, over the corpus repeated until it holds at least
--min-bytes characters. Each copy is made a distinct file (a numbered line in front), so no
cache keyed on a document's text can profit from having seen it: the copies stand for a
batch of different notes sharing a vocabulary. Natasha's pipeline is segmentation,
morphology, NER and span normalisation. Liaison's is `liaison.extract.pipeline.extract` on
Documents already read. Printed: characters per second for each and their ratio (the
machine is noisy; the ratio, measured in one run, is the figure to trust).

- "batch": word caches (lemmas, parses) stay warm from one document to the next, as they
  do in one `liaison ingest` over a folder;
- "cold": every bounded cache in liaison is cleared before every document, as if each note
  were read by a fresh process (loaders of shipped gazetteers stay loaded).
"""

from __future__ import annotations

import os

# One core: numpy and friends must not spread over the machine.
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from liaison.extract.pipeline import Context, extract
from liaison.model import Document
from liaison.read import read_document


def load_documents(corpus: Path, min_chars: int, folder: Path) -> list[Document]:
    """Distinct copies of the corpus documents, read as files, until they hold min_chars."""
    sources = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    docs: list[Document] = []
    while sum(len(d.text) for d in docs) < min_chars:
        for text in sources:
            path = folder / f"copy_{len(docs):04}.txt"
            path.write_text(f"Копия {len(docs)}.\n{text}", encoding="utf-8")
            docs.append(read_document(path, max_bytes=10**8))
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


def bounded_caches() -> list[Any]:
    """Every lru_cache with a size limit in liaison's modules (the unbounded ones load
    shipped files once and stay loaded in any real run)."""
    found = []
    for name, module in list(sys.modules.items()):
        if not name.startswith("liaison."):
            continue
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if info is not None and info().maxsize is not None and value not in found:
                found.append(value)
    return found


def clear_caches(caches: list[Any]) -> None:
    """Forget everything cached, as on a fresh process."""
    for cache in caches:
        cache.cache_clear()


def throughput(
    docs: list[Document], run: Callable[[Document], object], caches: list[Any] | None = None
) -> float:
    """Characters per second of ``run`` over ``docs``; ``caches`` cleared before each one."""
    chars, elapsed = 0, 0.0
    for doc in docs:
        if caches:
            clear_caches(caches)
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
    with tempfile.TemporaryDirectory() as folder:
        docs = load_documents(args.corpus, args.min_bytes, Path(folder))
    total = sum(len(d.text) for d in docs)
    ctx = Context()
    natasha = natasha_runner()
    natasha(docs[0].text)  # warm up both before timing
    extract(docs[0], ctx)
    n_speed = throughput(docs, lambda d: natasha(d.text))
    batch = throughput(docs, lambda d: extract(d, ctx))
    cold = throughput(docs, lambda d: extract(d, ctx), bounded_caches())
    print(f"texts: {len(docs)} distinct documents, {total:,} characters, one core")
    print(f"natasha (segment+morph+ner+normalise): {n_speed:>10,.0f} chars/s")
    for name, speed in (("batch (word caches warm)", batch), ("cold (all caches cleared)", cold)):
        print(f"liaison extract, {name:<26} {speed:>10,.0f} chars/s  ratio {speed / n_speed:.2f}")


if __name__ == "__main__":
    main()
