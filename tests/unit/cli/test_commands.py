"""The headless CLI as a user runs it: exit codes, messages, table/json/csv output."""

import csv
import io
import json
import os
import subprocess
import sys
import unicodedata

import pytest

from tests.cli_process import run
from tests.paths import DATA_DIR

DATA = DATA_DIR
MINIMAL = DATA / "minimal.json"


def test_validate_valid_file_exits_0():
    done = run("validate", MINIMAL)
    assert done.returncode == 0, done.stderr
    assert "valid (4 events, 2 people, 1 organization, 1 source)" in done.stdout


def test_validate_builtin_data_set_exits_0():
    done = run("validate")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "built-in data set: valid" in done.stdout


def test_validate_warns_about_events_that_cite_no_sources(tmp_path):
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
    done = run("validate", path)
    assert done.returncode == 0  # valid: a warning, not a problem
    assert (
        f"{path}: warning: 7 events cite no sources (readers cannot check them): "
        "e0, e1, e2, e3, e4 and 2 more" in done.stderr
    )
    assert "warning" not in run("validate").stderr  # the built-in data cites for every event


def test_validate_reports_every_problem_as_file_line_col_path_message(tmp_path):
    bad = tmp_path / "bad.json"
    document = json.loads(MINIMAL.read_text(encoding="utf-8"))
    document["events"][0]["people"] = ["ghost"]
    document["events"][1]["start"] = "2023-02-30"
    bad.write_text(json.dumps(document, indent=2), encoding="utf-8")
    done = run("validate", bad, MINIMAL)
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
def test_malformed_files_exit_1_without_traceback(tmp_path, content):
    bad = tmp_path / "broken.json"
    bad.write_bytes(content)
    done = run("validate", bad)
    assert done.returncode == 1
    assert done.stdout.startswith(f"{bad}:")
    assert "Traceback" not in done.stdout + done.stderr


def test_usage_errors_exit_2():
    assert run("validate", "--bogus").returncode == 2
    done = run("list", MINIMAL, "--year", "twenty")
    assert done.returncode == 2
    assert "is not a year or a year range" in done.stderr
    assert run("list", MINIMAL, "--year", "2024-2019").returncode == 2


def test_list_table_by_person_in_chinese():
    done = run("list", MINIMAL, "--person", "罗福莉")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split()[:4] == ["DATE", "STATUS", "CATEGORY", "TITLE"]
    assert [line.split()[0] for line in lines[1:-1]] == ["1995", "2019-07", "2024-12-20"]
    assert lines[-1] == "3 of 4 events"


def test_list_json_carries_dates_with_precision():
    done = run("list", MINIMAL, "--year", "2022-2024", "--format", "json")
    records = json.loads(done.stdout)
    assert [r["id"] for r in records] == ["plan", "hire"]
    assert records[0]["date"] == "2022 – 2026"
    assert records[1]["precision"] == "day"
    assert records[1]["people_names"] == ["Luo Fuli", "Lei Jun"]


def test_list_csv_parses_and_joins_lists():
    done = run("list", MINIMAL, "--status", "reported", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [row["id"] for row in rows] == ["hire"]
    assert rows[0]["people_names"] == "Luo Fuli; Lei Jun"


def test_list_in_chinese_keeps_its_columns_aligned():
    """Chinese characters take two terminal columns; the people column still lines up."""
    args = ("list", "--language", "zh-Hans", "--year", "2024")
    done = run(*args)
    assert done.returncode == 0, done.stderr
    assert "报道称雷军招揽罗福莉领导小米AI大模型团队" in done.stdout
    header, *lines, _count = done.stdout.splitlines()
    names = [
        ", ".join(r["people_names"]) for r in json.loads(run(*args, "--format", "json").stdout)
    ]
    assert len(names) == len(lines) and sum(map(bool, names)) >= 5

    def columns(text):
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

    people_column = header.index("PEOPLE")
    for line, people in zip(lines, names, strict=True):
        if people:
            assert line.endswith(people)
            assert columns(line[: len(line) - len(people)]) == people_column, line


def test_list_language_switch_uses_indonesian_titles():
    done = run("list", MINIMAL, "--category", "research", "--language", "id", "--format", "json")
    assert json.loads(done.stdout)[0]["title"] == "Makalah di ACL"


def test_unknown_person_warns_and_lists_nothing():
    done = run("list", MINIMAL, "--person", "Nobody")
    assert done.returncode == 0
    assert "warning: No person in this file is called \u201cNobody\u201d." in done.stderr
    assert done.stdout.splitlines()[-1] == "0 of 4 events"


def test_list_bad_file_exits_1_with_location(tmp_path):
    bad = tmp_path / "x.json"
    bad.write_text('{"schema_version": 1, "title": "t", "events": [}', encoding="utf-8")
    done = run("list", bad)
    assert done.returncode == 1
    assert done.stderr.startswith(f"{bad}:1:")


def test_schema_prints_the_json_schema():
    done = run("schema")
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
def test_builtin_story_of_luo_fuli(who):
    done = run("list", "--person", who, "--format", "json")
    assert done.returncode == 0, done.stderr
    records = json.loads(done.stdout)
    assert {r["id"] for r in records} >= LUO_FULI_STORY
    assert all("luo-fuli" in r["people"] for r in records)
    dates = [r["start"] for r in records]
    assert dates == sorted(dates, key=lambda d: (d[:4], d))  # date order


def test_builtin_2024_moves():
    records = json.loads(run("list", "--year", "2024", "--format", "json").stdout)
    found = {r["id"] for r in records}
    assert {"xiaomi-ai-platform-dept", "luo-fuli-xiaomi-hire-reported"} <= found
    hire = next(r for r in records if r["id"] == "luo-fuli-xiaomi-hire-reported")
    assert hire["status"] == "reported"
    assert hire["date"] == "20 December 2024"


def test_piping_into_head_is_quiet(tmp_path):
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


def test_csv_names_organizations():
    done = run("list", MINIMAL, "--status", "reported", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert rows[0]["organization_names"] == "Xiaomi"


def test_help_piped_into_head_is_quiet():
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


def test_list_says_who_says_so_and_names_categories():
    done = run("list", MINIMAL, "--status", "reported", "--format", "csv")
    (row,) = csv.DictReader(io.StringIO(done.stdout))
    assert (row["id"], row["category"], row["category_label"]) == ("hire", "career", "Career")
    (citation,) = row["source_citations"].split("; ")
    assert citation.endswith("reliability)") or "reliability) <http" in citation
    table = run("list", MINIMAL, "--status", "reported").stdout.splitlines()
    assert table[0].split()[:3] == ["DATE", "STATUS", "CATEGORY"]
    assert table[1].split()[2] == "Career"


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (["--year", "-43"], ["ides-of-march"]),
        (["--year=-100--27"], ["caesar-consul", "ides-of-march", "actium"]),
        (["--year=-26-0"], ["augustus"]),
    ],
)
def test_list_filters_years_before_1_and_says_them_as_bc(year, expected):
    done = run("list", DATA / "deep-time.json", *year, "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [row["id"] for row in rows] == expected
    assert rows[0]["date"].endswith(" BC") or "BC –" in rows[0]["date"]


def test_a_year_before_1_written_short_is_a_usage_error_that_shows_the_form():
    done = run("validate", DATA / "deep-time.json")
    assert done.returncode == 0, done.stdout
    bad = run("list", DATA / "deep-time.json", "--year=-43-x")
    assert bad.returncode == 2
    assert "-43 (44 BC: year 0 is 1 BC)" in bad.stderr
