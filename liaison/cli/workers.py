"""Where files are read and extracted: here, in a pool of processes, or on a Dask cluster.

Reading and extracting a file needs nothing but the file and the settings, so it can run
anywhere; resolving and storing need everything stored before, so one writer does them, in
the order the files were given. Each engine therefore yields, for each path in order, its
extraction or the error that stopped it, and keeps only a bounded number of files in
flight, so that an ingest of any size holds a few extractions at a time, not all of them.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from liaison.config import Settings
from liaison.errors import LiaisonError
from liaison.model import Extraction

Extracted = Extraction | LiaisonError
# Files submitted ahead of the writer, per worker: enough to keep every worker busy while
# the writer stores, few enough that memory stays that of a handful of extractions.
AHEAD_PER_WORKER = 4
# Below this many files per worker, starting the processes (each loads the extractors'
# models) costs more than sharing the work saves: they are read here.
FILES_PER_WORKER_MIN = 4
# How much lower the workers' scheduling priority is than the writer's. The one writer is
# what every file waits for; with as many workers as cores, the workers would otherwise
# take the writer's core from it as often as it takes theirs.
WORKER_NICENESS = 10


class Extractor(Protocol):
    """Reads and extracts files, giving back one result per path, in the paths' order."""

    def __call__(
        self, paths: Sequence[Path], settings: Settings, published: date | None
    ) -> Iterator[Extracted]: ...


def extract_or_error(path: Path, settings: Settings, published: date | None) -> Extracted:
    """One file's extraction, or the error a user should see for it (sent back as a value,
    so that a bad file in a worker stops that file only)."""
    from liaison.cli.flow import extract_file

    try:
        return extract_file(path, settings, published)
    except LiaisonError as error:
        return error


def in_this_process(
    paths: Sequence[Path], settings: Settings, published: date | None
) -> Iterator[Extracted]:
    """Each file read and extracted here, when the writer asks for it."""
    for path in paths:
        yield extract_or_error(path, settings, published)


def default_workers() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class Pending(Protocol):
    """A result on its way: a concurrent.futures or a Dask future."""

    def result(self) -> Any: ...


def in_order(submit: Callable[[Path], Pending], paths: Iterable[Path], ahead: int) -> Iterator[Any]:
    """The results of ``submit(path)`` for every path, in order, with at most ``ahead``
    submitted and not yet handed on."""
    pending: deque[Pending] = deque()
    for path in paths:
        pending.append(submit(path))
        if len(pending) >= ahead:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


class ProcessPool:
    """Reads and extracts in ``workers`` processes of this machine.

    The processes start from a clean server process that has imported the extractors once
    (``forkserver``): never a copy of a process holding threads (the progress bar's) and
    their locks, and without importing Natasha again for each worker.
    """

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)

    def __call__(
        self, paths: Sequence[Path], settings: Settings, published: date | None
    ) -> Iterator[Extracted]:
        if len(paths) < self.workers * FILES_PER_WORKER_MIN:
            yield from in_this_process(paths, settings, published)
            return
        with self.executor() as pool:

            def submit(path: Path) -> Pending:
                return pool.submit(extract_or_error, path, settings, published)

            yield from in_order(submit, paths, self.workers * AHEAD_PER_WORKER)

    def executor(self) -> Executor:
        """The pool, its processes forked from a server that has the extractors loaded."""
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["liaison.extract.pipeline", "liaison.cli.flow"])
        return ProcessPoolExecutor(
            max_workers=self.workers, mp_context=context, initializer=yield_to_writer
        )


def yield_to_writer() -> None:
    """(In a worker, as it starts.) Run below the writer's priority (``WORKER_NICENESS``)."""
    with contextlib.suppress(OSError):  # a system that does not allow it: run as they are
        os.nice(WORKER_NICENESS)


def local_extractor(workers: int | None) -> Extractor:
    """This machine's engine: ``workers`` processes (default: one per core), or this
    process alone for one."""
    count = default_workers() if workers is None else workers
    if count <= 1:
        return in_this_process
    return ProcessPool(count)


DASK_TIMEOUT_SECONDS = 20


class DaskCluster:
    """Reads and extracts on the workers of a Dask cluster (``distributed``).

    Every worker runs Liaison's own ``extract_or_error``: it needs Liaison installed, the
    same version as here, and the files at the same paths (a shared or copied folder). The
    writer stays here, so the knowledge base is written by one process, in order.
    """

    def __init__(self, address: str, timeout: float = DASK_TIMEOUT_SECONDS) -> None:
        self.address = address
        self.client = connect(address, timeout)

    def __call__(
        self, paths: Sequence[Path], settings: Settings, published: date | None
    ) -> Iterator[Extracted]:
        try:
            threads = sum(self.client.nthreads().values()) or 1

            def submit(path: Path) -> Pending:
                return self.client.submit(  # type: ignore[no-any-return]
                    extract_or_error, path, settings, published, pure=False
                )

            yield from in_order(submit, paths, threads * AHEAD_PER_WORKER)
        finally:
            self.client.close()


def connect(address: str, timeout: float) -> Any:
    """A Dask client of the scheduler at ``address``; one clear line when there is none."""
    try:
        from distributed import Client
    except ImportError as error:
        raise LiaisonError(
            "--dask needs Dask's distributed scheduler, which is not installed",
            "pip install 'liaison[dask]', or drop --dask to use this machine's cores",
        ) from error
    try:
        return Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        raise LiaisonError(
            f"cannot reach the Dask scheduler at {address} ({error})",
            "check the address (tcp://host:8786) and that the scheduler runs",
        ) from error


def dask_extractor(address: str, timeout: float = DASK_TIMEOUT_SECONDS) -> Extractor:
    """The engine of the Dask cluster whose scheduler is at ``address``, waiting up to
    ``timeout`` seconds for it to answer."""
    return DaskCluster(address, timeout)
