"""``convert``, ``validate`` and ``list`` on other formats, as a user runs them."""

import csv
import io
import json
from pathlib import Path

import pytest

from tests.big_documents import grow
from tests.conftest import RunCli
from tests.paths import DATA_DIR

TL3 = DATA_DIR / "timelinejs3"


@pytest.mark.parametrize("to", ["json", "timelinejs3", "csv", "timelinejs3-csv", "ics"])
def test_convert_writes_a_file_that_opens_again_and_the_same_bytes_twice(
    tmp_path: Path, to: str, run_cli: RunCli
) -> None:
    first, second = tmp_path / "a.out", tmp_path / "b.out"
    for out in (first, second):
        done = run_cli("convert", TL3 / "women_in_computing.json", out, "--to", to)
        assert done.returncode == 0, done.stderr
        assert "10 of 10 events" in done.stdout
    assert first.read_bytes() == second.read_bytes()
    done = run_cli("validate", first)
    assert done.returncode == 0 and "valid (10 events" in done.stdout


def test_convert_applies_the_filters_and_names_the_format_by_extension(
    tmp_path: Path, run_cli: RunCli
) -> None:
    out = tmp_path / "luo.ics"
    done = run_cli("convert", DATA_DIR / "minimal.json", out, "--person", "Luo Fuli")
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert "iCalendar" in done.stdout and "of 4 events" in done.stdout


def test_a_relative_schema_still_names_the_same_schema_file_after_convert(
    tmp_path: Path, run_cli: RunCli
) -> None:
    from xiaomi_timeline.core import resources  # noqa: PLC0415

    builtin = resources.builtin_data_path()
    out = tmp_path / "deeper" / "story.json"
    out.parent.mkdir()
    assert run_cli("convert", builtin, out).returncode == 0
    original = json.loads(builtin.read_text(encoding="utf-8"))["$schema"]
    copied = json.loads(out.read_text(encoding="utf-8"))["$schema"]
    assert (out.parent / copied).resolve() == (builtin.parent / original).resolve()
    assert (out.parent / copied).resolve().is_file()
    web = tmp_path / "web.json"
    web.write_text(
        (DATA_DIR / "minimal.json")
        .read_text(encoding="utf-8")
        .replace("../../resources/schema/timeline.schema.json", "https://example.com/s.json"),
        encoding="utf-8",
    )
    assert run_cli("convert", web, out).returncode == 0
    assert json.loads(out.read_text(encoding="utf-8"))["$schema"] == "https://example.com/s.json"


def test_a_relative_schema_is_rebased_through_a_linked_folder_as_the_disk_has_it(
    tmp_path: Path,
) -> None:
    from xiaomi_timeline.core.interchange.formats import rebased  # noqa: PLC0415

    (tmp_path / "project" / "data").mkdir(parents=True)
    (tmp_path / "project" / "schema").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "project" / "data")
    out = tmp_path / "out"
    out.mkdir()
    ref = rebased("../schema/s.json", tmp_path / "link", out)
    assert (out / ref).resolve() == tmp_path / "project" / "schema" / "s.json"
    assert rebased("https://example.com/s.json", tmp_path, out) == "https://example.com/s.json"


def test_convert_says_what_a_calendar_cannot_hold(tmp_path: Path, run_cli: RunCli) -> None:
    out = tmp_path / "deep.ics"
    done = run_cli("convert", DATA_DIR / "deep-time.json", out)
    assert done.returncode == 1  # all seven start before year 1: no empty calendar
    assert "warning: big-bang: skipped: iCalendar cannot hold dates before year 1" in done.stderr
    assert (
        f"convert: none of the 7 events can be written as iCalendar (see the warnings above); "
        f"{out} was not written" in done.stderr
    )
    assert not out.exists() and done.stdout == ""
    mixed = tmp_path / "mixed.json"
    document = json.loads((DATA_DIR / "deep-time.json").read_text(encoding="utf-8"))
    document["events"][0]["start"] = "2001"
    mixed.write_text(json.dumps(document), encoding="utf-8")
    done = run_cli("convert", mixed, out)
    assert done.returncode == 0 and "1 of 7 events" in done.stdout


def test_convert_refuses_an_unknown_output_format_and_a_bad_input(
    tmp_path: Path, run_cli: RunCli
) -> None:
    done = run_cli("convert", DATA_DIR / "minimal.json", tmp_path / "out.xlsx")
    assert done.returncode == 2 and "--to" in done.stderr
    bad = tmp_path / "bad.csv"
    bad.write_text("Year,Headline\nsoon,Launch\n", encoding="utf-8")
    done = run_cli("convert", bad, tmp_path / "out.json")
    assert done.returncode == 1
    assert f"{bad}:2:1: Year: 'soon' is not a whole number" in done.stderr
    assert not (tmp_path / "out.json").exists()
    assert "Traceback" not in done.stderr


def test_validate_and_list_read_every_format(run_cli: RunCli) -> None:
    done = run_cli(
        "validate",
        TL3 / "eras.json",
        TL3 / "my-own-timeline.csv",
        DATA_DIR / "ics" / "google-calendar.ics",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count(": valid (") == 3
    done = run_cli("list", TL3 / "women_in_computing.csv", "--format", "csv", "--year", "1940-1950")
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert rows and all("1940" <= row["start"][:4] <= "1950" for row in rows)


def test_list_csv_opens_again_unchanged(tmp_path: Path, run_cli: RunCli) -> None:
    listing = tmp_path / "listing.csv"
    listing.write_text(run_cli("list", "--format", "csv").stdout, encoding="utf-8")
    again = run_cli("list", listing, "--format", "csv")
    assert again.returncode == 0, again.stderr
    assert again.stdout == listing.read_text(encoding="utf-8")


def _big_timeline(path: Path, events: int = 3000) -> Path:
    """Our JSON with ``events`` events spread over 1991-2030 (a year filter keeps a few)."""
    document = grow(json.loads((DATA_DIR / "minimal.json").read_text(encoding="utf-8")), events)
    for number, event in enumerate(document["events"]):
        event["start"] = str(1991 + number % 40)
        event.pop("end", None)
    path.write_text(json.dumps(document, indent=1), encoding="utf-8")
    return path


@pytest.mark.parametrize("spelling", ["same", "relative", "symlink"])
def test_convert_refuses_to_write_over_its_own_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: RunCli, spelling: str
) -> None:
    victim = _big_timeline(tmp_path / "victim.json")
    before = victim.read_bytes()
    monkeypatch.chdir(tmp_path)
    out: Path = {
        "same": victim,
        "relative": Path("./sub/../victim.json"),
        "symlink": tmp_path / "link.json",
    }[spelling]
    (tmp_path / "sub").mkdir()
    if spelling == "symlink":
        out.symlink_to(victim)
    done = run_cli("convert", victim, out, "--year", "2020")
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.strip() == (
        f"xiaomi-timeline convert: cannot write {out}: it is the input file {victim}; "
        "write to another file name (the input is left as it is)"
    )
    assert victim.read_bytes() == before
    assert "valid (3000 events" in run_cli("validate", victim).stdout


def test_convert_refuses_to_rewrite_a_timelinejs3_file_in_place(
    tmp_path: Path, run_cli: RunCli
) -> None:
    tjs = tmp_path / "tjs.json"
    tjs.write_bytes((TL3 / "women_in_computing.json").read_bytes())
    done = run_cli("convert", tjs, tjs)
    assert done.returncode == 2 and "it is the input file" in done.stderr
    assert tjs.read_bytes() == (TL3 / "women_in_computing.json").read_bytes()


def test_convert_names_what_a_format_does_not_keep(tmp_path: Path, run_cli: RunCli) -> None:
    big = _big_timeline(tmp_path / "big.json")
    document = json.loads(big.read_text(encoding="utf-8"))
    document["events"][1500]["sources"] = ["sources-copy-0", "S1"]  # S1 is the one with a URL
    big.write_text(json.dumps(document), encoding="utf-8")
    done = run_cli("convert", big, tmp_path / "x.json", "--to", "timelinejs3")
    assert done.returncode == 0, done.stderr
    assert "3000 of 3000 events" in done.stdout
    assert done.stderr.splitlines() == [
        "note: not kept in TimelineJS3 JSON: people, organizations, claim status, where "
        "sources disagree, related events, all sources but the first with a web address, "
        "translations (only en)"
    ]
    done = run_cli("convert", big, tmp_path / "x.ics", "--language", "id")
    assert done.stderr.splitlines() == [
        "note: not kept in iCalendar: people, organizations, where sources disagree, related "
        "events, sources (only the first web address is kept), translations (only id)"
    ]
    done = run_cli("convert", big, tmp_path / "copy.json")
    assert done.returncode == 0 and done.stderr == ""


def test_convert_says_only_what_the_written_events_use(tmp_path: Path, run_cli: RunCli) -> None:
    plain = tmp_path / "plain.csv"
    plain.write_text("start,title\n2020,A\n2021,B\n", encoding="utf-8")
    done = run_cli("convert", plain, tmp_path / "plain.ics")
    assert done.returncode == 0 and done.stderr == ""
    done = run_cli("convert", DATA_DIR / "minimal.json", tmp_path / "born.csv", "--year", "1995")
    assert "1 of 4" in done.stdout and done.stderr == ""
    done = run_cli("convert", DATA_DIR / "minimal.json", tmp_path / "hire.csv", "--year", "2024")
    assert done.stderr.splitlines() == [
        "note: not kept in CSV (one row per event): where sources disagree, related events"
    ]


def test_validate_and_convert_name_csv_columns_that_are_not_read(
    tmp_path: Path, run_cli: RunCli
) -> None:
    sheet = tmp_path / "notes.csv"
    rows = "".join(f"{1991 + n % 40},Event {n},keep me {n}\n" for n in range(3000))
    sheet.write_text("start,title,notes_col\n" + rows, encoding="utf-8")
    warning = (
        f"{sheet}:1:3: warning: column 'notes_col' is not read: its cells are not kept (the "
        "columns read are id, start, end, title, description, category, category_label, status, "
        "status_note, people_names, organization_names, sources, source_citations, "
        "date_note; rename a column to one of them to keep it)"
    )
    done = run_cli("validate", sheet)
    assert done.returncode == 0 and "valid (3000 events" in done.stdout
    assert warning in done.stderr.splitlines()
    done = run_cli("convert", sheet, tmp_path / "notes.json")
    assert done.returncode == 0 and warning in done.stderr.splitlines()


def test_validate_names_columns_outside_the_timelinejs3_template(
    tmp_path: Path, run_cli: RunCli
) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("Year,Headline,Notes,Text, Owner \n2020,A,x,y,z\n", encoding="utf-8")
    done = run_cli("validate", sheet)
    assert done.returncode == 0
    (warning,) = [line for line in done.stderr.splitlines() if "not read" in line]
    assert warning.startswith(
        f"{sheet}:1:3: warning: columns 'Notes', 'Owner' are not read: their cells are not kept"
    )


def test_our_own_csv_has_no_unread_columns(tmp_path: Path, run_cli: RunCli) -> None:
    listing = tmp_path / "listing.csv"
    listing.write_text(run_cli("list", "--format", "csv").stdout, encoding="utf-8")
    done = run_cli("validate", listing, TL3 / "women_in_computing.csv")
    assert done.returncode == 0 and "not read" not in done.stderr


def test_one_event_is_counted_in_the_singular(tmp_path: Path, run_cli: RunCli) -> None:
    one = tmp_path / "one.csv"
    one.write_text("start,title\n2020,Alone\n", encoding="utf-8")
    done = run_cli("convert", one, tmp_path / "one.json")
    assert done.stdout == f"wrote {tmp_path / 'one.json'} (Timeline JSON, 1 of 1 event)\n"
    assert run_cli("list", one).stdout.splitlines()[-1] == "1 of 1 event"
    big = _big_timeline(tmp_path / "big.json")
    done = run_cli("convert", big, tmp_path / "few.csv", "--year", "2020")
    assert "(CSV (one row per event), 75 of 3000 events)" in done.stdout
    assert run_cli("list", big, "--year", "1800").stdout.splitlines()[-1] == "0 of 3000 events"


def test_an_empty_timelinejs3_file_is_told_as_one(tmp_path: Path, run_cli: RunCli) -> None:
    empty = tmp_path / "tjs_emp.json"
    empty.write_text('{"events":[]}', encoding="utf-8")
    done = run_cli("validate", empty)
    assert done.returncode == 0
    assert "schema_version" not in done.stdout + done.stderr
    assert done.stderr.splitlines() == [
        f'{empty}: warning: a TimelineJS3 timeline with no events (add slides to "events")'
    ]
    ours = tmp_path / "ours.json"
    ours.write_text('{"schema_version": 1, "title": "T", "events": []}', encoding="utf-8")
    assert run_cli("validate", ours).stderr.splitlines() == [
        f'{ours}: warning: a timeline with no events (add events to "events")'
    ]
