"""Our CSV read a block of rows and a column at a time gives what reading it row by row
with the csv module gives: the same cells, rows, ids and names, and problems at the same
row, line and column, wherever in a big file the one odd row is."""

from __future__ import annotations

import random

import pytest

from xiaomi_timeline.core.interchange.csvtext import BLOCK_CHARACTERS, records, row_blocks
from xiaomi_timeline.core.loading.loader import load_bytes
from xiaomi_timeline.core.problems import DocumentError
from xiaomi_timeline.core.schema import text_in

HEADER = "id,start,title,description,people,sources,source_citations\n"
ROW = (
    'e{n},{year},Event {n},"What happened in {n}, and why.",Luo Fuli; Lei Jun,s1; s2,'
    '"A report, Xinhua, 2020 (high reliability) <https://x.example/1>; B <https://x.example/2>"'
)


def _rows(count: int) -> list[str]:
    return [ROW.format(n=n, year=2000 + n % 25) for n in range(count)]


def _sheet(rows: list[str]) -> bytes:
    return (HEADER + "\n".join(rows) + "\n").encode()


def _far() -> int:
    """A row well past the first block of text."""
    count = 3 * BLOCK_CHARACTERS // len(_rows(1)[0])
    assert count > 1000
    return count


def test_texts_read_in_blocks_give_the_csv_modules_rows_and_errors() -> None:
    pieces = [
        "a",
        "é – ü",
        "b c",
        ",",
        ";",
        '"',
        '""',
        ',"',
        '",',
        "\n",
        "\r",
        "\r\n",
        " ",
        "\t",
        "\0",
    ]
    chooser = random.Random(16)
    for _ in range(4000):
        text = "".join(chooser.choice(pieces) for _ in range(chooser.randrange(40)))
        for delimiter in (",", ";"):
            expected = _records(text, delimiter)
            assert _blocks(text, delimiter) == expected, repr(text)
            assert _blocks(text.encode(), delimiter) == expected, repr(text)


def _blocks(text: str | bytes, delimiter: str) -> object:
    try:
        return [
            pair
            for numbers, rows in row_blocks(text, delimiter)
            for pair in zip(numbers, rows, strict=True)
        ]
    except Exception as error:
        return repr(error), getattr(error, "line", None)


def _records(text: str, delimiter: str) -> object:
    try:
        return list(records(text, delimiter))
    except Exception as error:
        return repr(error), getattr(error, "line", None)


def test_a_cell_of_two_lines_far_into_a_big_file_is_read_and_rows_keep_their_numbers() -> None:
    rows = _rows(_far() + 500)
    far = _far()
    rows[far] = f'e{far},2020,"Two\nlines",,Ann Lee,,'
    rows[far + 200] = f"e{far + 200},2020-13,Event,,,,"  # a bad date after it
    with pytest.raises(DocumentError) as caught:
        load_bytes(_sheet(rows), "big.csv")
    (problem,) = caught.value.problems
    assert (problem.line, problem.column, problem.path) == (far + 202, 2, "start")
    rows[far + 200] = f"e{far + 200},2020-12,Event,,,,"
    document = load_bytes(_sheet(rows), "big.csv")
    assert document.events[far].title == "Two\nlines"
    assert document.events[far + 1].title == f"Event {far + 1}"
    names = {person.id: person.name for person in document.people}
    assert [names[p] for p in document.events[far].people] == ["Ann Lee"]


@pytest.mark.parametrize(
    ("odd", "message"),
    [
        (',2020,"Open title,,,,', "a cell's opening quote (\") is never closed"),
        (',2020,"Title" launch,,,,', 'a quoted cell has text after its closing quote (")'),
    ],
)
def test_a_bad_quote_far_into_a_big_file_is_named_at_its_line(odd: str, message: str) -> None:
    rows = [f"e{n},{2000 + n % 25},Event {n},,,," for n in range(_far() + 300)]
    rows[_far()] = f"e{_far()}{odd}"
    with pytest.raises(DocumentError) as caught:
        load_bytes(_sheet(rows), "quotes.csv")
    (problem,) = caught.value.problems
    assert problem.line == _far() + 2
    assert problem.message == f"cannot be read as CSV: {message}"


def test_one_row_of_odd_ids_and_names_among_thousands_reads_as_alone() -> None:
    rows = _rows(4000)
    rows[2345] = 'not an id!,2020,Odd one,,Lei Jun ;Ann  Lee;; ,s2 ;s3,"B; C"'
    document = load_bytes(_sheet(rows), "odd.csv")
    odd = document.events[2345]
    assert odd.id == "not-an-id"
    assert [e.id for e in document.events[2344:2347:2]] == ["e2344", "e2346"]
    names = {person.id: person.name for person in document.people}
    assert [names[p] for p in odd.people] == ["Lei Jun", "Ann  Lee"]
    assert [names[p] for p in document.events[0].people] == ["Luo Fuli", "Lei Jun"]
    assert list(odd.sources) == ["s2", "s3"]
    titles = {source.id: text_in(source.title, "en") for source in document.sources}
    assert (titles["s2"], titles["s3"]) == ("B", "C")  # s2 was first cited by row 2


def test_a_row_with_extra_cells_far_into_a_big_file_is_named_and_the_rest_read() -> None:
    rows = _rows(_far() + 100)
    rows[_far()] += ",extra"
    with pytest.raises(DocumentError) as caught:
        load_bytes(_sheet(rows), "wide.csv")
    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == (_far() + 2, 8)
    rows[_far()] = rows[_far()].removesuffix(",extra") + ",,"
    assert len(load_bytes(_sheet(rows), "wide.csv").events) == _far() + 100


def test_a_windows_file_reads_as_the_same_file_with_plain_line_breaks() -> None:
    rows = _rows(3000)
    rows[1500] = 'e1500,2020,"Two\nlines",,,,'
    plain = load_bytes(_sheet(rows), "sheet.csv")
    windows = load_bytes(_sheet(rows).replace(b"\n", b"\r\n"), "sheet.csv")
    assert windows.model_dump(exclude={"events"}) == plain.model_dump(exclude={"events"})
    assert [e.title for e in windows.events[1499:1502]] == [
        "Event 1499",
        "Two\r\nlines",
        "Event 1501",
    ]
    assert windows.events[:1500] == plain.events[:1500]


def test_a_byte_that_is_not_utf8_far_into_a_big_file_is_named_at_its_row_and_column() -> None:
    rows = _rows(_far() + 100)
    rows[_far()] = rows[_far()].replace("Event", "Ev\udcffent", 1)
    data = (HEADER + "\n".join(rows) + "\n").encode(errors="surrogateescape")
    with pytest.raises(DocumentError) as caught:
        load_bytes(data, "latin.csv")
    (problem,) = caught.value.problems
    column = rows[_far()].index("\udcff") + 1
    assert (problem.line, problem.column) == (_far() + 2, column)
    assert problem.message == "not valid UTF-8 (byte 0xff)"


def test_a_file_beyond_ascii_reads_as_its_text_would() -> None:
    rows = [row.replace("Event", "Événement –", 1) for row in _rows(_far() + 100)]
    rows[_far() // 2] = f'e{_far() // 2},2020,"Deux\nlignes – é",,,,'  # the rest: csv module
    document = load_bytes(_sheet(rows), "accents.csv")
    assert document.events[_far() // 2].title == "Deux\nlignes – é"
    assert document.events[_far()].title == f"Événement – {_far()}"
    assert len(document.events) == _far() + 100
