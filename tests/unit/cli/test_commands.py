"""The headless CLI as a user runs it: exit codes, messages, table/json/csv output.

The commands run in this process through the entry point's ``main``; the real executable is
started only where the process itself matters (exit status, a pipe closed early).
"""

import csv
import io
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from tests.big_documents import grow
from tests.cli_process import run as run_executable
from tests.conftest import RunCli
from tests.paths import DATA_DIR

DATA = DATA_DIR
MINIMAL = DATA / "minimal.json"


def test_validate_valid_file_exits_0(run_cli: RunCli) -> None:
    done = run_cli("validate", MINIMAL)
    assert done.returncode == 0, done.stderr
    assert "valid (4 events, 2 people, 1 organization, 1 source)" in done.stdout


def test_validate_builtin_data_set_exits_0(run_cli: RunCli) -> None:
    done = run_cli("validate")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "built-in data set: valid" in done.stdout


def test_validate_warns_about_events_that_cite_no_sources(tmp_path: Path, run_cli: RunCli) -> None:
    path = tmp_path / "t.json"
    events = [{"id": f"e{i}", "title": "T", "start": "2020", "category": "c"} for i in range(7)]
    path.write_text(
        json.dumps(
            {
                "schema_version": 1,
                "title": "T",
                "events": events,
                "categories": [{"id": "c", "label": "C"}],
            }
        ),
        encoding="utf-8",
    )
    done = run_cli("validate", path)
    assert done.returncode == 0  # valid: a warning, not a problem
    assert (
        f"{path}: warning: 7 events cite no sources (readers cannot check them): "
        "e0, e1, e2, e3, e4 and 2 more" in done.stderr
    )
    assert "cite no sources" not in run_cli("validate").stderr  # the built-in data cites them


def test_validate_reports_every_problem_as_file_line_col_path_message(
    tmp_path: Path, run_cli: RunCli
) -> None:
    bad = tmp_path / "bad.json"
    document = json.loads(MINIMAL.read_text(encoding="utf-8"))
    document["events"][0]["people"] = ["ghost"]
    document["events"][1]["start"] = "2023-02-30"
    bad.write_text(json.dumps(document, indent=2), encoding="utf-8")
    done = run_cli("validate", bad, MINIMAL)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    problems = [line for line in lines if line.startswith(str(bad))]
    assert any(": events[0].people[0]: unknown person id 'ghost'" in p for p in problems)
    assert any(": events[1].start: '2023-02-30' does not exist" in p for p in problems)
    for problem in problems:
        _, line, column, *_ = problem.split(":")
        assert line.isdigit() and column.isdigit()
    assert f"{MINIMAL}: valid" in done.stdout  # later files are still checked
    assert "Traceback" not in done.stdout + done.stderr


@pytest.mark.parametrize("content", [b"", b"{", b"\xff\xfe", b"[]", b'{"schema_version": NaN}'])
def test_malformed_files_exit_1_without_traceback(
    tmp_path: Path, content: bytes, run_cli: RunCli
) -> None:
    bad = tmp_path / "broken.json"
    bad.write_bytes(content)
    done = run_cli("validate", bad)
    assert done.returncode == 1
    assert done.stdout.startswith(f"{bad}:")
    assert "Traceback" not in done.stdout + done.stderr


def test_usage_errors_exit_2(run_cli: RunCli) -> None:
    assert run_cli("validate", "--bogus").returncode == 2
    done = run_cli("list", MINIMAL, "--year", "twenty")
    assert done.returncode == 2
    assert "is not a year or a year range" in done.stderr
    assert run_cli("list", MINIMAL, "--year", "2024-2019").returncode == 2


def test_list_table_by_person_in_chinese(run_cli: RunCli) -> None:
    done = run_cli("list", MINIMAL, "--person", "罗福莉")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split()[:4] == ["DATE", "STATUS", "CATEGORY", "TITLE"]
    assert [line.split()[0] for line in lines[1:-1]] == ["1995", "2019-07", "2024-12-20"]
    assert lines[-1] == "3 of 4 events"


def test_list_json_carries_dates_with_precision(run_cli: RunCli) -> None:
    done = run_cli("list", MINIMAL, "--year", "2022-2024", "--format", "json")
    records = json.loads(done.stdout)
    assert [r["id"] for r in records] == ["plan", "hire"]
    assert records[0]["date"] == "2022 – 2026"
    assert records[1]["precision"] == "day"
    assert records[1]["people_names"] == ["Luo Fuli", "Lei Jun"]


def test_list_csv_parses_and_joins_lists(run_cli: RunCli) -> None:
    done = run_cli("list", MINIMAL, "--status", "reported", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [row["id"] for row in rows] == ["hire"]
    assert rows[0]["people_names"] == "Luo Fuli; Lei Jun"


def test_list_in_chinese_keeps_its_columns_aligned(run_cli: RunCli) -> None:
    """Chinese characters take two terminal columns; the people column still lines up."""
    args = ("list", "--language", "zh-Hans", "--year", "2024")
    done = run_cli(*args)
    assert done.returncode == 0, done.stderr
    assert "报道称雷军招揽罗福莉领导小米AI大模型团队" in done.stdout
    header, *lines, _count = done.stdout.splitlines()
    names = [
        ", ".join(r["people_names"]) for r in json.loads(run_cli(*args, "--format", "json").stdout)
    ]
    assert len(names) == len(lines) and sum(map(bool, names)) >= 5

    def columns(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

    people_column = header.index("PEOPLE")
    for line, people in zip(lines, names, strict=True):
        if people:
            assert line.endswith(people)
            assert columns(line[: len(line) - len(people)]) == people_column, line


def test_list_language_switch_uses_indonesian_titles(run_cli: RunCli) -> None:
    done = run_cli(
        "list", MINIMAL, "--category", "research", "--language", "id", "--format", "json"
    )
    assert json.loads(done.stdout)[0]["title"] == "Makalah di ACL"


def test_unknown_person_warns_and_lists_nothing(run_cli: RunCli) -> None:
    done = run_cli("list", MINIMAL, "--person", "Nobody")
    assert done.returncode == 0
    assert "warning: No person in this file is called \u201cNobody\u201d." in done.stderr
    assert done.stdout.splitlines()[-1] == "0 of 4 events"


def test_list_bad_file_exits_1_with_location(tmp_path: Path, run_cli: RunCli) -> None:
    bad = tmp_path / "x.json"
    bad.write_text('{"schema_version": 1, "title": "t", "events": [}', encoding="utf-8")
    done = run_cli("list", bad)
    assert done.returncode == 1
    assert done.stderr.startswith(f"{bad}:1:")


def test_schema_prints_the_json_schema(run_cli: RunCli) -> None:
    done = run_cli("schema")
    schema = json.loads(done.stdout)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert "events" in schema["properties"]


LUO_FULI_STORY = {
    "luo-fuli-acl-2019",
    "luo-fuli-joins-damo",
    "luo-fuli-joins-high-flyer",
    "deepseek-v2-released",
    "luo-fuli-xiaomi-hire-reported",
}


@pytest.mark.parametrize("who", ["Luo Fuli", "罗福莉"])
def test_builtin_story_of_luo_fuli(who: str, run_cli: RunCli) -> None:
    done = run_cli("list", "--person", who, "--format", "json")
    assert done.returncode == 0, done.stderr
    records = json.loads(done.stdout)
    assert {r["id"] for r in records} >= LUO_FULI_STORY
    assert all("luo-fuli" in r["people"] for r in records)
    dates = [r["start"] for r in records]
    assert dates == sorted(dates, key=lambda d: (d[:4], d))  # date order


def test_builtin_2024_moves(run_cli: RunCli) -> None:
    records = json.loads(run_cli("list", "--year", "2024", "--format", "json").stdout)
    found = {r["id"] for r in records}
    assert {"xiaomi-ai-platform-dept", "luo-fuli-xiaomi-hire-reported"} <= found
    hire = next(r for r in records if r["id"] == "luo-fuli-xiaomi-hire-reported")
    assert hire["status"] == "reported"
    assert hire["date"] == "20 December 2024"


def test_piping_into_head_is_quiet(tmp_path: Path) -> None:
    document = json.loads(MINIMAL.read_text(encoding="utf-8"))
    document["events"] = [
        {"id": f"e{i}", "title": f"Event number {i}", "start": "2020", "category": "career"}
        for i in range(20_000)
    ]
    big = tmp_path / "big.json"
    big.write_text(json.dumps(document), encoding="utf-8")
    command = f'"{sys.executable}" -m xiaomi_timeline list "{big}" --format json | head -n 2'
    done = subprocess.run(
        command, shell=True, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.stdout.splitlines() == ["[", "  {"]
    assert "Traceback" not in done.stderr
    assert "BrokenPipe" not in done.stderr


def test_csv_names_organizations(run_cli: RunCli) -> None:
    done = run_cli("list", MINIMAL, "--status", "reported", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert rows[0]["organization_names"] == "Xiaomi"


def test_help_piped_into_head_is_quiet() -> None:
    command = f'"{sys.executable}" -m xiaomi_timeline --help | head -n 1'
    done = subprocess.run(
        command,
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.stdout.startswith("xiaomi-timeline ")
    assert "Traceback" not in done.stderr


def test_list_says_who_says_so_and_names_categories(run_cli: RunCli) -> None:
    done = run_cli("list", MINIMAL, "--status", "reported", "--format", "csv")
    (row,) = csv.DictReader(io.StringIO(done.stdout))
    assert (row["id"], row["category"], row["category_label"]) == ("hire", "career", "Career")
    (citation,) = row["source_citations"].split("; ")
    assert citation.endswith("reliability)") or "reliability) <http" in citation
    table = run_cli("list", MINIMAL, "--status", "reported").stdout.splitlines()
    assert table[0].split()[:3] == ["DATE", "STATUS", "CATEGORY"]
    assert table[1].split()[2] == "Career"


def test_validate_names_each_one_way_related_link_where_it_is(
    tmp_path: Path, run_cli: RunCli
) -> None:
    document = grow(json.loads(MINIMAL.read_text(encoding="utf-8")), 3000)
    assert document["events"][2999]["id"] == "copy-2995"
    document["events"][2999]["related"] = ["copy-10"]  # copy-10 does not link back
    path = tmp_path / "big.json"
    path.write_text(json.dumps(document, indent=1), encoding="utf-8")
    done = run_cli("validate", path)
    assert done.returncode == 0
    one_way = [line for line in done.stderr.splitlines() if "'copy-2995' back" in line]
    where = _line_of(path, '"copy-10"')
    assert one_way == [
        f"{path}:{where}: warning: events[2999].related[0]: event "
        "'copy-2995' lists 'copy-10' as related, but event 'copy-10' does not list "
        "'copy-2995' back (add \"copy-2995\" to the \"related\" of event 'copy-10', or "
        "remove this link)"
    ]


def test_validate_names_claim_sources_missing_from_the_event(
    tmp_path: Path, run_cli: RunCli
) -> None:
    document = json.loads(MINIMAL.read_text(encoding="utf-8"))
    document["sources"].append({**document["sources"][0], "id": "s2"})
    hire = document["events"][1]
    hire["conflicts"] = [
        {
            "topic": "Date",
            "claims": [
                {"text": "December", "sources": ["s2"]},
                {"text": "November", "sources": hire["sources"]},
            ],
        }
    ]
    path = tmp_path / "t.json"
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    done = run_cli("validate", path)
    assert done.returncode == 0, done.stdout
    assert (
        "warning: events[1].sources: event 'hire': its conflict claims cite 's2', not in its "
        'sources (add it to the event\'s "sources", so its list of sources is complete)'
    ) in done.stderr


def test_a_duplicate_source_id_makes_the_file_invalid(tmp_path: Path, run_cli: RunCli) -> None:
    document = json.loads(MINIMAL.read_text(encoding="utf-8"))
    document["sources"].append(document["sources"][0])
    path = tmp_path / "t.json"
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    done = run_cli("validate", path)
    assert done.returncode == 1
    source_id = document["sources"][0]["id"]
    assert f": sources[1].id: duplicate id {source_id!r} (first used at sources[0])" in done.stdout


def test_the_executable_exits_0_1_and_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert run_executable("validate", MINIMAL).returncode == 0
    invalid = run_executable("validate", bad)
    assert invalid.returncode == 1
    assert invalid.stdout.startswith(f"{bad}:1:2: ")
    assert "Traceback" not in invalid.stdout + invalid.stderr
    assert run_executable("list", MINIMAL, "--year", "twenty").returncode == 2


def _line_of(path: Path, text: str) -> str:
    """``line:column`` of the last occurrence of ``text`` in ``path``."""
    content = path.read_text(encoding="utf-8")
    offset = content.rindex(text)
    line = content.count("\n", 0, offset) + 1
    return f"{line}:{offset - content.rfind(chr(10), 0, offset)}"


def test_validate_accepts_a_utf8_byte_order_mark_with_a_warning(
    tmp_path: Path, run_cli: RunCli
) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL.read_bytes())
    done = run_cli("validate", path)
    assert done.returncode == 0, done.stdout
    assert f"{path}: valid (4 events" in done.stdout
    assert f"{path}: warning: the file starts with a UTF-8 byte-order mark" in done.stderr
    assert "byte-order mark" not in run_cli("validate", MINIMAL).stderr


def test_app_help_says_what_a_launch_without_file_opens(run_cli: RunCli) -> None:
    done = run_cli("--help")
    text = " ".join(done.stdout.split())
    assert "Without FILE it reopens the file open when it was last closed" in text
    assert "--builtin" in text
    assert "built-in Xiaomi AI data set when no FILE is given" not in text


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (["--year", "-43"], ["ides-of-march"]),
        (["--year=-100--27"], ["caesar-consul", "ides-of-march", "actium"]),
        (["--year=-26-0"], ["augustus"]),
    ],
)
def test_list_filters_years_before_1_and_says_them_as_bc(
    year: list[str], expected: list[str], run_cli: RunCli
) -> None:
    done = run_cli("list", DATA / "deep-time.json", *year, "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [row["id"] for row in rows] == expected
    assert rows[0]["date"].endswith(" BC") or "BC –" in rows[0]["date"]


def test_a_year_before_1_written_short_is_a_usage_error_that_shows_the_form(
    run_cli: RunCli,
) -> None:
    done = run_cli("validate", DATA / "deep-time.json")
    assert done.returncode == 0, done.stdout
    bad = run_cli("list", DATA / "deep-time.json", "--year=-43-x")
    assert bad.returncode == 2
    assert "-43 (44 BC: year 0 is 1 BC)" in bad.stderr
