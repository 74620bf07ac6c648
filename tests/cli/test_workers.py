"""Reading and extracting in several processes gives the same knowledge base as one
process, with a bounded number of files in flight; a bad file stops only itself."""

from __future__ import annotations

import json
import shutil
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest
from typer.testing import CliRunner

from liaison.cli.main import EXAMPLES, app
from liaison.cli.workers import ProcessPool, dask_extractor, in_order, in_this_process
from liaison.config import Settings
from liaison.errors import LiaisonError, UnreadableDocument
from liaison.model import to_json
from tests.data import EMPTY_TXT

runner = CliRunner()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path) -> Path:
    """The corpus, the samples and one empty file, in one folder."""
    folder = tmp_path_factory.mktemp("inputs")
    for source in [*corpus_dir.glob("*.txt"), *EXAMPLES.glob("*.*")]:
        if source.suffix in (".txt", ".docx", ".html"):
            shutil.copy(source, folder / source.name)
    shutil.copy(EMPTY_TXT, folder / "zz_empty.txt")
    return folder


def export_of(db: Path, *ingest: str) -> dict[str, object]:
    result = runner.invoke(app, ["--db", str(db), "ingest", *ingest])
    assert result.exit_code == 1, result.output  # the empty file fails, the rest go in
    assert result.stderr.count("zz_empty.txt") == 1
    exported = runner.invoke(app, ["--db", str(db), "export"])
    data = json.loads(exported.stdout)
    for document in data["documents"]:
        document.pop("ingested_at")  # the one thing that differs: when it was stored
    return data


def test_two_workers_give_the_export_of_one_process(inputs: Path, tmp_path: Path) -> None:
    one = export_of(tmp_path / "one.sqlite", str(inputs), "--workers", "1")
    two = export_of(tmp_path / "two.sqlite", str(inputs), "--workers", "2")
    assert len(one["documents"]) >= 8  # type: ignore[arg-type]
    assert two == one


def test_a_pool_gives_each_file_its_extraction_in_order(inputs: Path) -> None:
    paths = sorted(inputs.iterdir())
    settings = Settings()
    here = list(in_this_process(paths, settings, None))
    pooled = list(ProcessPool(2)(paths, settings, None))
    assert len(pooled) == len(paths) >= 8
    for mine, theirs in zip(here, pooled, strict=True):
        if isinstance(mine, LiaisonError):
            assert isinstance(theirs, UnreadableDocument)
            assert (str(theirs), theirs.hint) == (str(mine), mine.hint)
        else:
            assert to_json(theirs) == to_json(mine)


def test_no_more_than_the_window_is_in_flight() -> None:
    in_flight, most = 0, 0
    with ThreadPoolExecutor(max_workers=4) as pool:

        def submit(path: Path) -> Future[str]:
            nonlocal in_flight, most
            in_flight += 1
            most = max(most, in_flight)
            return pool.submit(str, path)

        results = []
        for result in in_order(submit, (Path(f"f{n}") for n in range(50)), ahead=3):
            in_flight -= 1
            results.append(result)
    assert results == [f"f{n}" for n in range(50)]
    assert most == 3


def test_a_dask_cluster_of_two_workers_gives_the_export_of_one_process(
    inputs: Path, tmp_path: Path
) -> None:
    distributed = pytest.importorskip("distributed", reason="Dask is not installed")
    one = export_of(tmp_path / "one.sqlite", str(inputs), "--workers", "1")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        on_dask = export_of(
            tmp_path / "dask.sqlite", str(inputs), "--dask", cluster.scheduler_address
        )
    assert on_dask == one


def test_a_scheduler_that_does_not_answer_is_one_line() -> None:
    pytest.importorskip("distributed", reason="Dask is not installed")
    with pytest.raises(
        LiaisonError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:1 "
    ):
        dask_extractor("tcp://127.0.0.1:1", timeout=1)


def test_an_ingest_keeps_a_line_per_file_not_every_files_facts(
    inputs: Path, tmp_path: Path
) -> None:
    from liaison.cli.knowledge import run_ingest
    from liaison.store import Store

    url = f"sqlite:///{tmp_path / 'kb.sqlite'}"
    with Store.open(url) as store:
        outcomes = run_ingest([inputs], Settings(database_url=url), store, None, in_this_process)
    stored = [o for o in outcomes if o.status != "failed"]
    assert len(stored) >= 8
    assert all(o.extraction is None for o in outcomes)
    assert all(o.found.endswith("indicators") or o.found.endswith("indicator") for o in stored)
