"""CSV opens as a timeline: TimelineJS3's template and ours, with problems at row and column."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.big_documents import grow
from tests.paths import DATA_DIR
from xiaomi_timeline.core.interchange.detection import Format
from xiaomi_timeline.core.interchange.formats import unread_header_columns, write
from xiaomi_timeline.core.loading.loader import load_builtin, load_bytes, load_path
from xiaomi_timeline.core.problems import DocumentError
from xiaomi_timeline.core.schema import Document, text_in

EXAMPLES = DATA_DIR / "timelinejs3"
HEADER = (
    "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,"
    "Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n"
)


def test_the_template_csv_opens_like_its_json_twin() -> None:
    from_csv = load_path(EXAMPLES / "women_in_computing.csv")
    from_json = load_path(EXAMPLES / "women_in_computing.json")
    assert text_in(from_csv.title, "en") == "Women in Computing"
    assert [(e.title, e.start, e.end) for e in from_csv.events] == [
        (e.title, e.start, e.end) for e in from_json.events
    ]
    assert load_path(EXAMPLES / "my-own-timeline.csv").events


def test_template_rows_title_era_and_group() -> None:
    data = (
        HEADER + ",,,,,,,,,My title,About it,,,,,title,,\n"
        "2019,7,,,,,,,,ACL,Eight papers,,,,,,Research,\n"
        "2018,,,,2020,,,,,Years of study,,,,,,era,,\n"
    ).encode()
    document = load_bytes(data, "sheet.csv")
    assert text_in(document.title, "en") == "My title"
    (event,) = document.events
    assert (event.start, event.title, event.category) == ("2019-07", "ACL", "research")
    assert [(era.title, era.start, era.end) for era in document.eras] == [
        ("Years of study", "2018", "2020")
    ]


def test_every_bad_cell_is_reported_at_row_and_column() -> None:
    data = (
        HEADER + "2019,7,,,,,,,,Fine,,,,,,,,\n"
        "twenty,,,,,,,,,Bad year,,,,,,,,\n"
        "2020,2,30,,,,,,,Impossible day,,,,,,,,\n"
        "2021,1,,,,,,,,,,,,,,,,\n"
    ).encode()
    with pytest.raises(DocumentError) as caught:
        load_bytes(data, "sheet.csv")
    assert [str(p) for p in caught.value.problems] == [
        "sheet.csv:3:1: Year: 'twenty' is not a whole number "
        "(write a whole number, e.g. 2019, or -44 for 44 BC)",
        "sheet.csv:4:3: Day: day 30 does not exist: February 2020 has 29 days "
        "(write a day from 1 to 29, or fix the month)",
        "sheet.csv:5:10: Headline: the event has no headline, text or media caption (add one)",
    ]


def test_a_wrong_day_or_month_is_at_its_own_column_and_says_what_to_fix() -> None:
    data = (
        HEADER + "2021,4,31,,,,,,,Day 31 in April,,,,,,,,\n"
        "2021,5,,,2021,3,,,,Ends in March,,,,,,,,\n"
        "2021,5,10,,2021,5,3,,,Ends on the 3rd,,,,,,,,\n"
        "2021,5,,,2020,6,,,,Ends a year early,,,,,,,,\n"
        "2021,1,1,,2021,2,29,,,No 29 February,,,,,,,,\n"
    ).encode()
    with pytest.raises(DocumentError) as caught:
        load_bytes(data, "sheet.csv")
    assert [str(p) for p in caught.value.problems] == [
        "sheet.csv:2:3: Day: day 31 does not exist: April 2021 has 30 days "
        "(write a day from 1 to 30, or fix the month)",
        "sheet.csv:3:6: End Month: end 2021-03 is before start 2021-05 "
        "(swap start and end, or fix the month)",
        "sheet.csv:4:7: End Day: end 2021-05-03 is before start 2021-05-10 "
        "(swap start and end, or fix the day)",
        "sheet.csv:5:5: End Year: end 2020-06 is before start 2021-05 "
        "(swap start and end, or fix the year)",
        "sheet.csv:6:7: End Day: day 29 does not exist: February 2021 has 28 days "
        "(write a day from 1 to 28, or fix the month)",
    ]


def test_an_end_month_before_the_start_in_our_csv_says_to_fix_the_month() -> None:
    with pytest.raises(DocumentError) as caught:
        load_bytes(b"start,end,title\n2021-05,2021-03,Launch\n", "ours.csv")
    assert [str(p) for p in caught.value.problems] == [
        "ours.csv:2:2: end: end 2021-03 is before start 2021-05 "
        "(swap start and end, or fix the month)"
    ]


def test_a_missing_column_and_a_wrong_encoding_are_named() -> None:
    with pytest.raises(DocumentError, match=r"sheet.csv:1:3: title: the column 'title' is missing"):
        load_bytes(b"start,end\n2019,\n", "sheet.csv")
    with pytest.raises(DocumentError, match=r"sheet.csv:2:9: not valid UTF-8 \(byte 0xe9\)"):
        load_bytes(b"start,title\n2019,Caf\xe9 opens\n", "sheet.csv")


def test_our_csv_reads_back_to_the_same_csv(tmp_path) -> None:  # type: ignore[no-untyped-def]
    builtin = load_builtin()
    first = write(builtin, Format.CSV, "id").data
    again = load_bytes(first, "listing.csv")
    assert write(again, Format.CSV, "id").data == first
    assert len(again.people) == len({p for e in builtin.events for p in e.people})


def test_unrated_sources_stay_unrated_through_our_csv(sample_document: dict) -> None:  # type: ignore[type-arg]
    for source in sample_document["sources"]:
        del source["reliability"]
    sample_document["sources"][0]["title"] = "Two views; one report"  # a "; " of its own
    document = Document.model_validate(sample_document)
    first = write(document, Format.CSV, "en").data
    assert b"reliability" not in first  # no level the file never gave
    again = load_bytes(first, "listing.csv")
    by_title = {text_in(s.title, "en"): s for s in again.sources}
    assert by_title["Two views; one report"].url == "https://example.org/report"
    assert by_title["Two views; one report"].publisher == "Example News"
    assert {s.reliability for s in again.sources} == {None}
    assert write(again, Format.CSV, "en").data == first


def test_one_bad_row_among_thousands_is_found(sample_document: dict) -> None:  # type: ignore[type-arg]
    document = Document.model_validate(grow(sample_document, 3000))
    rows = list(csv.reader(io.StringIO(write(document, Format.CSV).data.decode())))
    rows[2718][rows[0].index("status")] = "rumoured"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    with pytest.raises(DocumentError) as caught:
        load_bytes(buffer.getvalue().encode(), "big.csv")
    (problem,) = caught.value.problems
    assert (problem.line, problem.column, problem.path) == (2719, 10, "status")
    assert "'rumoured' is not an allowed status" in problem.message


def test_json_array_or_odd_csv_is_refused_clearly() -> None:
    with pytest.raises(DocumentError, match="the top level is a JSON array"):
        load_bytes(json.dumps([1]).encode(), "x.json")
    with pytest.raises(DocumentError, match="the column 'start' is missing"):
        load_bytes(b"name,count\na,1\n", "odd.csv")


def test_a_duplicate_id_is_reported_in_the_files_own_terms() -> None:
    data = b"id,start,title\na,2020,One\nb,2021,Two\na,2022,Three\n"
    with pytest.raises(DocumentError) as caught:
        load_bytes(data, "dup.csv")
    assert [str(p) for p in caught.value.problems] == [
        "dup.csv:4:1: id: duplicate id 'a' (first used at row 2) (give each entry its own id)"
    ]


def test_a_semicolon_separated_csv_opens_as_excel_writes_it_with_a_comma_decimal_sign() -> None:
    rows = "".join(
        f"{1991 + n % 40}-0{1 + n % 9};Peluncuran {n}, tahap 1;confirmed\n" for n in range(3000)
    )
    document = load_bytes(("start;title;status\n" + rows).encode("utf-8-sig"), "semi.csv")
    assert len(document.events) == 3000
    assert (document.events[7].start, document.events[7].title) == (
        "1998-08",
        "Peluncuran 7, tahap 1",
    )
    assert {event.status for event in document.events} == {"confirmed"}


def test_a_bad_cell_of_a_semicolon_csv_is_at_its_row_and_column() -> None:
    rows = [f"{1991 + n % 40};Event {n};reported" for n in range(3000)]
    rows[2046] = "2020;Event 2046;maybe"
    data = ("start;title;status\n" + "\n".join(rows) + "\n").encode()
    with pytest.raises(DocumentError) as caught:
        load_bytes(data, "semi.csv")
    (problem,) = caught.value.problems
    assert str(problem).startswith("semi.csv:2048:3: status: 'maybe' is not")


def test_the_timelinejs3_template_saved_with_semicolons_opens() -> None:
    data = (HEADER.replace(",", ";") + "2019;7;;;;;;;;ACL, 2019;;;;;;;Research;\n").encode()
    (event,) = load_bytes(data, "sheet.csv").events
    assert (event.start, event.title, event.category) == ("2019-07", "ACL, 2019", "research")


@pytest.mark.parametrize(
    ("extra", "cells"), [(",confirmed", 3), (",extra,cells", 4), (",2021,confirmed,,", 4)]
)
def test_a_row_with_more_cells_than_the_header_is_named_among_thousands(
    extra: str, cells: int
) -> None:
    rows = [f"{1991 + n % 40},Event {n}" for n in range(3000)]
    rows[2046] += extra
    data = ("start,title\n" + "\n".join(rows) + "\n").encode()
    with pytest.raises(DocumentError) as caught:
        load_bytes(data, "c_rag3.csv")
    assert [str(p) for p in caught.value.problems] == [
        f"c_rag3.csv:2048:3: row 2048 has {cells} cells but the header has 2 columns (put a "
        "cell that holds a comma in double quotes, or name the extra column in the header row)"
    ]


@pytest.mark.parametrize(
    ("separator", "named", "name"), [(";", "semicolon", "semi.csv"), ("\t", "tab", "sheet.tsv")]
)
def test_the_hint_for_a_row_with_more_cells_names_the_files_own_separator(
    separator: str, named: str, name: str
) -> None:
    rows = [f"{1991 + n % 40}{separator}Event {n}, part 1" for n in range(4000)]
    rows[3211] += f"{separator}confirmed"
    data = (f"start{separator}title\n" + "\n".join(rows) + "\n").encode()
    with pytest.raises(DocumentError) as caught:
        load_bytes(data, name)
    assert [str(p) for p in caught.value.problems] == [
        f"{name}:3213:3: row 3213 has 3 cells but the header has 2 columns (put a cell that "
        f"holds a {named} in double quotes, or name the extra column in the header row)"
    ]


def test_a_template_row_with_more_cells_names_its_semicolon_separator() -> None:
    data = (HEADER.replace(",", ";") + "2019;7;;;;;;;;ACL;;;;;;;Research;;Oops\n").encode()
    with pytest.raises(DocumentError) as caught:
        load_bytes(data, "sheet.csv")
    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == (2, 19)
    assert problem.hint.startswith("put a cell that holds a semicolon in double quotes")


def test_empty_cells_after_the_last_column_are_harmless() -> None:
    rows = "".join(f"{1991 + n % 40},Event {n},,\n" for n in range(3000))
    document = load_bytes(("start,title,status\n" + rows).encode(), "sheet.csv")
    assert len(document.events) == 3000


def test_a_template_row_with_more_cells_than_the_header_is_named() -> None:
    data = (HEADER + "2019,7,,,,,,,,ACL,,,,,,,Research,,Oops\n").encode()
    with pytest.raises(DocumentError) as caught:
        load_bytes(data, "sheet.csv")
    assert [str(p) for p in caught.value.problems] == [
        "sheet.csv:2:19: row 2 has 19 cells but the header has 18 columns (put a cell that "
        "holds a comma in double quotes, or name the extra column in the header row)"
    ]


def test_an_event_without_a_status_stays_without_one_through_our_csv(
    sample_document: dict[str, Any],
) -> None:
    del sample_document["events"][0]["status"]
    document = Document.model_validate(sample_document)
    first = write(document, Format.CSV, "en").data
    row = next(csv.DictReader(io.StringIO(first.decode())))
    assert row["id"] == sample_document["events"][0]["id"] and row["status"] == ""
    again = load_bytes(first, "listing.csv")
    assert "status" not in again.events[0].model_fields_set  # still "the file gives no status"
    assert all("status" in e.model_fields_set for e in again.events[1:])


def test_a_tab_separated_file_opens_and_its_bad_cell_is_at_row_and_column() -> None:
    rows = [f"{1991 + n % 40}-0{1 + n % 9}\tLaunch {n}, phase 1\tconfirmed" for n in range(3000)]
    good = ("start\ttitle\tstatus\n" + "\n".join(rows) + "\n").encode()
    document = load_bytes(good, "sheet.tsv")
    assert len(document.events) == 3000
    assert (document.events[7].start, document.events[7].title) == ("1998-08", "Launch 7, phase 1")
    rows[1999] = "2020-02-30\tLaunch 1999\tconfirmed"
    with pytest.raises(DocumentError) as caught:
        load_bytes(("start\ttitle\tstatus\n" + "\n".join(rows) + "\n").encode(), "sheet.tsv")
    (problem,) = caught.value.problems
    assert str(problem).startswith("sheet.tsv:2001:1: start: ")
    assert "2020-02-30" in problem.message


@pytest.mark.parametrize("suffix", ["xlsx", "ods"])
def test_a_spreadsheet_workbook_is_refused_with_what_to_do(tmp_path: Path, suffix: str) -> None:
    workbook = tmp_path / f"timeline.{suffix}"
    with zipfile.ZipFile(workbook, "w") as archive:  # how .xlsx and .ods files are made
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", "<worksheet/>" * 2000)
    with pytest.raises(DocumentError) as caught:
        load_path(workbook)
    (problem,) = caught.value.problems
    assert str(problem) == (
        f"{workbook}:1:1: a spreadsheet workbook (Excel, LibreOffice), not a timeline file "
        '(save the sheet as "CSV UTF-8" and open that)'
    )


SEPARATORS = ("; ", ";", " ;")


def test_a_users_sheet_with_description_people_and_organizations_columns_keeps_them() -> None:
    rows = [
        f"{2000 + n % 25},Event {n},What happened in {n}.,Luo Fuli{SEPARATORS[n % 3]}Lei Jun,Xiaomi"
        for n in range(2500)
    ]
    sheet = "start,title,description,people,organizations\n" + "\n".join(rows) + "\n"
    document = load_bytes(sheet.encode(), "mine.csv")
    event = document.events[1234]
    assert (event.title, event.description) == ("Event 1234", "What happened in 1234.")
    names = {person.id: person.name for person in document.people}
    assert [names[p] for p in event.people] == ["Luo Fuli", "Lei Jun"]
    assert [o.name for o in document.organizations] == ["Xiaomi"]
    assert len(document.people) == 2  # "A; B", "A;B" and "A ;B" name the same two people
    assert unread_header_columns(sheet.encode(), "mine.csv") is None  # nothing left unread
    again = write(document, Format.CSV).data
    assert load_bytes(again, "again.csv").events[1234].description == "What happened in 1234."


def test_a_quote_never_closed_is_named_at_its_row_not_read_as_the_rest_of_the_file() -> None:
    rows = [f"{1991 + n % 30},Event {n},reported" for n in range(3000)]
    rows[1499] = '2020,"Launch of the lab,reported'  # the rest of the file went into one cell
    data = ("start,title,status\n" + "\n".join(rows) + "\n").encode()
    with pytest.raises(DocumentError) as caught:
        load_bytes(data, "quotes.csv")
    assert [str(p) for p in caught.value.problems] == [
        "quotes.csv:1501:1: cannot be read as CSV: a cell's opening quote (\") is never closed "
        '(close it with a " or remove it)'
    ]


def test_text_after_a_closing_quote_is_named_instead_of_dropping_the_quote() -> None:
    rows = [f"{1991 + n % 30},Event {n}" for n in range(2000)]
    rows[700] = '2001,"Mi 1" launch'
    with pytest.raises(DocumentError) as caught:
        load_bytes(("start,title\n" + "\n".join(rows) + "\n").encode(), "quotes.csv")
    (problem,) = caught.value.problems
    assert (problem.line, problem.message) == (
        702,
        'cannot be read as CSV: a quoted cell has text after its closing quote (")',
    )
    multi_line = 'start,title\n2001,"two\nlines",\n2002,"say ""hi"""\n'
    assert [e.title for e in load_bytes(multi_line.encode(), "ok.csv").events] == [
        "two\nlines",
        'say "hi"',
    ]


def test_a_column_named_twice_is_named_as_not_read() -> None:
    rows = "".join(f"{2000 + n % 20},Event {n},Second {n},What {n}\n" for n in range(1500))
    sheet = ("start,title,Title ,description\n" + rows).encode()
    assert load_bytes(sheet, "twice.csv").events[9].title == "Event 9"  # the first is read
    unread = unread_header_columns(sheet, "twice.csv")
    assert unread is not None and (unread.names, unread.first) == (("Title",), 3)
    assert str(unread.problem("twice.csv")) == (
        "twice.csv:1:3: warning: column 'Title' is given twice (columns 2 and 3): only the "
        "first is read, the cells of the second are not kept (rename or delete one of each "
        "pair; the columns read are " + ", ".join(unread.read) + "; rename a column to one of "
        "them to keep it)"
    )


def test_a_semicolon_csv_whose_column_name_holds_a_comma_opens() -> None:
    """The separator is the one that splits the header into the most columns: a European
    sheet's "Beschreibung, lang" column does not make it comma-separated."""
    rows = "".join(f"{1991 + n % 40};Ereignis {n};research;Teil {n}, kurz\n" for n in range(1000))
    header = "start;title;category;Beschreibung, lang\n"
    document = load_bytes((header + rows).encode(), "semi-commahdr.csv")
    assert len(document.events) == 1000
    assert (document.events[9].title, document.events[9].category) == ("Ereignis 9", "research")


def test_a_comma_csv_whose_column_name_holds_a_semicolon_stays_comma_separated() -> None:
    rows = "".join(f"{1991 + n % 40},Event {n}; part one,x\n" for n in range(1000))
    document = load_bytes(("start,title,notes; extra\n" + rows).encode(), "comma.csv")
    assert len(document.events) == 1000
    assert document.events[0].title == "Event 0; part one"
