"""Uploaded files read into the knowledge base in the background, one at a time, with a
status per file that the upload page polls: queued, reading, storing, then done or failed
with its one line. A bad file fails alone; the others go on."""

from __future__ import annotations

import logging
import queue
import shutil
import tempfile
import threading
import uuid
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from liaison.config import Settings
from liaison.errors import LiaisonError
from liaison.store import Store

if TYPE_CHECKING:
    from liaison.cli.workers import Extracted, Extractor

log = logging.getLogger(__name__)

# How far along a file is at each step, for its progress bar.
PROGRESS = {"queued": 5, "reading": 30, "storing": 80, "done": 100, "failed": 100}
KEPT_JOBS = 500


@dataclass(frozen=True, slots=True, kw_only=True)
class UploadJob:
    """One uploaded file and what has become of it."""

    id: str
    name: str
    user: str
    state: str = "queued"
    outcome: str = ""  # new, updated, unchanged; or the error's line
    document: str | None = None

    @property
    def progress(self) -> int:
        return PROGRESS[self.state]

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "state": self.state,
            "progress": self.progress,
            "outcome": self.outcome,
            "document": self.document,
        }


def safe_name(name: str) -> str:
    """A file name as a browser sent it, reduced to its last part (no folders, no '..').

    >>> safe_name("../../etc/passwd"), safe_name("C:\\\\notes\\\\Справка.docx"), safe_name("")
    ('passwd', 'Справка.docx', 'upload')
    """
    last = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    return last if last not in ("", ".", "..") else "upload"


def named(line: str, path: Path) -> str:
    """An error line about a kept upload, naming the file as it was sent, not where it
    was kept.

    >>> named("/tmp/x/1/a.txt: does not look like text", Path("/tmp/x/1/a.txt"))
    'a.txt: does not look like text'
    """
    return line.replace(str(path), path.name)


class UploadQueue:
    """Files waiting to be read, and the status of every recent one, shared by threads."""

    def __init__(self, settings: Settings, store: Store, workers: int) -> None:
        self.settings = settings
        self.store = store
        self.workers = workers
        self.folder = Path(tempfile.mkdtemp(prefix="liaison-uploads-"))
        self.jobs: dict[str, UploadJob] = {}
        self.pending: queue.Queue[tuple[str, Path] | None] = queue.Queue()
        self.lock = threading.Lock()
        self.thread: threading.Thread | None = None
        self.pool: Executor | None = None

    def add(self, name: str, content: bytes, user: str) -> UploadJob:
        """Keep an uploaded file and queue it; its job says how it goes."""
        job = UploadJob(id=uuid.uuid4().hex, name=safe_name(name), user=user)
        place = self.folder / job.id
        place.mkdir()
        path = place / job.name
        path.write_bytes(content)
        with self.lock:
            self.jobs[job.id] = job
            self.forget_old()
        self.start()
        self.pending.put((job.id, path))
        return job

    def status(self, ids: Sequence[str] | None = None) -> list[UploadJob]:
        """The jobs asked for (all recent ones when ``ids`` is None), oldest first."""
        with self.lock:
            jobs = list(self.jobs.values())
        return jobs if ids is None else [j for j in jobs if j.id in set(ids)]

    def start(self) -> None:
        """Start the worker thread on the first upload."""
        with self.lock:
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self.work, name="uploads", daemon=True)
                self.thread.start()

    def stop(self) -> None:
        """Let the worker finish what it reads and remove the kept files."""
        if self.thread is not None and self.thread.is_alive():
            self.pending.put(None)
            self.thread.join(timeout=60)
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
        shutil.rmtree(self.folder, ignore_errors=True)

    def wait(self) -> None:
        """Until every queued file is done (for tests and benchmarks)."""
        self.pending.join()

    def work(self) -> None:
        """Read queued files one by one until told to stop."""
        while (item := self.pending.get()) is not None:
            job_id, path = item
            try:
                self.ingest(job_id, path)
            finally:
                shutil.rmtree(path.parent, ignore_errors=True)
                self.pending.task_done()
        self.pending.task_done()

    def ingest(self, job_id: str, path: Path) -> None:
        """One file through the same flow as `liaison ingest`, its job updated on the way."""
        from liaison.cli.flow import ingest_files

        self.update(job_id, state="reading")
        extractor = self.extractor()
        try:
            outcomes = ingest_files(
                [path],
                self.settings,
                self.store,
                lambda _: self.update(job_id, state="storing"),
                None,
                extractor,
                known_as=lambda kept: kept.name,
            )
            for outcome in outcomes:
                if outcome.error is not None:
                    line = named(str(outcome.error), path)
                    self.update(job_id, state="failed", outcome=line)
                else:
                    document = outcome.extraction.document.id if outcome.extraction else None
                    self.update(job_id, state="done", outcome=outcome.status, document=document)
        except LiaisonError as error:
            self.update(job_id, state="failed", outcome=named(str(error), path))
        except Exception as error:  # a bug in one file's reading must not stop the queue
            log.exception("upload %s failed", path.name)
            self.update(job_id, state="failed", outcome=f"{path.name}: {error}")

    def extractor(self) -> Extractor | None:
        """Where files are read: a process of their own (made on first use and kept, the
        extractors loaded once), so the pages stay quick; here when ``workers`` is 0."""
        if self.workers < 1:
            return None
        if self.pool is None:
            from liaison.cli.workers import ProcessPool

            self.pool = ProcessPool(1).executor()
        pool = self.pool

        def extract_in_pool(
            paths: Sequence[Path], settings: Settings, published: date | None
        ) -> Iterator[Extracted]:
            from liaison.cli.workers import extract_or_error

            for path in paths:
                yield pool.submit(extract_or_error, path, settings, published).result()

        return extract_in_pool

    def update(self, job_id: str, **changes: str | None) -> None:
        with self.lock:
            self.jobs[job_id] = replace(self.jobs[job_id], **changes)  # type: ignore[arg-type]

    def forget_old(self) -> None:
        """Keep the status of the newest ``KEPT_JOBS`` files only (called under the lock)."""
        for job_id in list(self.jobs)[:-KEPT_JOBS]:
            del self.jobs[job_id]
