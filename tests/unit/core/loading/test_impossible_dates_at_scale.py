"""One impossible date in a file of thousands of events is a located problem, never a crash.

numpy's string-to-date cast used to kill the process (SIGSEGV) once the array was big enough,
so these run at a size the old tests never reached, and the CLI ones in a child process,
where a crash shows as an exit code instead of taking the test run down.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tests.big_documents import DATE_FIELDS, grow, put_date
from tests.conftest import RunCli
from xiaomi_timeline.core.columns import date_spans
from xiaomi_timeline.core.dates import date_span
from xiaomi_timeline.core.loading.loader import DocumentError, load_path

IMPOSSIBLE = ["2023-02-30", "2021-02-29", "2023-13-01", "2023-13-99", "2023-00-10", "2023-04-31"]


@pytest.mark.parametrize("bad", IMPOSSIBLE)
@pytest.mark.parametrize("where", [0, 1234, 2999])
def test_one_impossible_date_among_thousands_is_named(bad: str, where: int) -> None:
    texts = ["2024-02-29", "2023-12-31", "2019", "2020-02"] * 750
    texts[where] = bad
    with pytest.raises(ValueError, match=bad):
        date_spans(texts)


def test_thousands_of_real_dates_parse_as_the_one_date_parser_does() -> None:
    rng = np.random.default_rng(7)
    ordinals = rng.integers(1, 3_652_059, size=5000)  # 0001-01-01 .. 9999-12-31
    texts = [
        date.fromordinal(int(o)).isoformat()[: int(n)]
        for o, n in zip(ordinals, rng.choice([4, 7, 10], size=5000), strict=True)
    ]
    expected = np.array([date_span(text) for text in texts], dtype=np.float64)
    assert np.array_equal(date_spans(texts), expected)


BC_TEXTS = ["-0043-03-15", "-0044-02-29", "-13700000000", "-0500-12", "2019", "0000"]
IMPOSSIBLE_BC = ["-0043-02-29", "-0043-13", "-43", "-1234567890123", "-0043-04-31", "20190"]


@pytest.mark.parametrize("bad", IMPOSSIBLE_BC)
@pytest.mark.parametrize("where", [0, 2999])
def test_one_impossible_bc_date_among_thousands_is_named(bad: str, where: int) -> None:
    texts = BC_TEXTS * 500
    texts[where] = bad
    with pytest.raises(ValueError, match=bad):
        date_spans(texts)


def test_thousands_of_bc_and_deep_time_dates_parse_as_the_one_date_parser_does() -> None:
    rng = np.random.default_rng(11)
    years = np.concatenate(
        (rng.integers(-9999, 10000, size=3000), -rng.integers(10_000, 10**12, size=2000))
    )
    ordinals = rng.integers(0, 365, size=5000)
    texts = []
    for year, offset, length in zip(years, ordinals, rng.choice([0, 3, 6], size=5000), strict=True):
        day = date.fromordinal(int(date(2001, 1, 1).toordinal() + offset))  # not a leap year
        head = f"{int(year):05d}" if year < 0 else f"{int(year):04d}"
        texts.append((head + day.isoformat()[4:])[: len(head) + int(length)])
    expected = np.array([date_span(text) for text in texts], dtype=np.float64)
    assert np.array_equal(date_spans(texts), expected)


def test_validate_names_an_impossible_bc_date_among_thousands(
    sample_document: dict[str, Any], tmp_path: Path
) -> None:
    document = grow(sample_document, 3000)
    for number, event in enumerate(document["events"]):
        event["start"] = BC_TEXTS[number % len(BC_TEXTS)]
        event.pop("end", None)
    document["events"][2345]["start"] = "-0043-02-29"
    path = tmp_path / "big.json"
    path.write_text(json.dumps(document, indent=1), encoding="utf-8")
    with pytest.raises(DocumentError) as caught:
        load_path(path)
    (problem,) = caught.value.problems
    assert str(problem).endswith(
        ": events[2345].start: '-0043-02-29' does not exist: February 44 BC has 28 days "
        "(use a real calendar date)"
    )
    line, column = (int(n) for n in str(problem).removeprefix(f"{path}:").split(":")[:2])
    text_line = path.read_text(encoding="utf-8").splitlines()[line - 1]
    assert text_line[column - 1 :].startswith('"-0043-02-29"')


@pytest.mark.parametrize("field", DATE_FIELDS, ids=".".join)
def test_validate_names_an_impossible_date_in_every_date_field(
    field: tuple[str, ...], sample_document: dict[str, Any], tmp_path: Path, run_cli: RunCli
) -> None:
    document = grow(sample_document, 2500)
    path_in_document = put_date(document, field, "2023-02-30")
    path = tmp_path / "big.json"
    path.write_text(json.dumps(document, indent=1), encoding="utf-8")
    done = run_cli("validate", path)
    assert done.returncode == 1, (done.returncode, done.stderr[-2000:])
    assert f": {path_in_document}: '2023-02-30' does not exist" in done.stdout


@pytest.mark.parametrize("field", DATE_FIELDS, ids=".".join)
def test_the_loader_raises_its_own_error_for_every_date_field(
    field: tuple[str, ...], sample_document: dict[str, Any], tmp_path: Path
) -> None:
    document = grow(sample_document, 2500)
    path_in_document = put_date(document, field, "2021-02-29")
    path = tmp_path / "big.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(DocumentError) as caught:
        load_path(path)
    assert any(problem.path == path_in_document for problem in caught.value.problems)
