"""A Parquet event store queried through DuckDB: the backend the scaling prototype measures.

Needs the optional ``scaling`` extra (DuckDB and pyarrow); :func:`missing_extra` says how to
install it. Nothing here is imported by the app. :class:`ParquetTimeline` answers the questions
the window asks of :class:`~xiaomi_timeline.core.query.QueryResult` (how many, which page,
what counts, what density) with SQL from :mod:`xiaomi_timeline.bench.scaling_queries`; only the
answers, never the events, are held in memory.
"""

from __future__ import annotations

import importlib.util
import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from xiaomi_timeline.bench import scaling_queries as q
from xiaomi_timeline.bench.scaling_data import (
    DateColumns,
    EventChunk,
    ListColumn,
    SyntheticEntities,
)
from xiaomi_timeline.core.geometry.lanes import EventGeometry
from xiaomi_timeline.core.query import FilterState, TimelineIndex, years_per_bar
from xiaomi_timeline.core.schema import text_in
from xiaomi_timeline.core.textsearch import event_search_text

if TYPE_CHECKING:
    import duckdb
    import pyarrow as pa

INSTALL_HINT = (
    "the scaling prototype needs DuckDB and pyarrow, which the app does not: install them with\n"
    "    pip install 'xiaomi-ai-timeline[scaling]'\n"
    "(or, in a checkout: .venv/bin/pip install -e '.[scaling]')"
)
ROW_GROUP = 122_880
"""Rows per Parquet row group: small enough that a zoomed window skips most of a sorted file
by the groups' min/max statistics, large enough to compress well (DuckDB's own default)."""


def missing_extra() -> str | None:
    """What to tell the user when the extra is not installed, or None when it is."""
    missing = [m for m in ("duckdb", "pyarrow") if importlib.util.find_spec(m) is None]
    if not missing:
        return None
    return f"{' and '.join(missing)} not installed: {INSTALL_HINT}"


# -- writing -------------------------------------------------------------------------------


def _list_array(column: ListColumn) -> pa.Array:
    import pyarrow as pa  # noqa: PLC0415

    values = pa.array(column.values.tolist(), type=pa.string())
    return pa.ListArray.from_arrays(pa.array(column.offsets, type=pa.int32()), values)


def chunk_table(chunk: EventChunk) -> pa.Table:
    """One chunk of events as an Arrow table with the store's columns, in their order."""
    import pyarrow as pa  # noqa: PLC0415

    columns: dict[str, Any] = {
        "position": pa.array(chunk.position),
        "id": pa.array(chunk.ids, type=pa.string()),
        "lo": pa.array(chunk.dates.lo),
        "hi": pa.array(chunk.dates.hi),
        "anchor": pa.array(chunk.dates.anchor),
        "start_year": pa.array(chunk.dates.start_year),
        "end_year": pa.array(chunk.dates.end_year),
        "precision": pa.array(chunk.dates.precision),
        "category": pa.array(chunk.category.tolist(), type=pa.string()).dictionary_encode(),
        "status": pa.array(chunk.status.tolist(), type=pa.string()).dictionary_encode(),
        "people": _list_array(chunk.people),
        "organizations": _list_array(chunk.organizations),
        "tags": _list_array(chunk.tags),
        "title": pa.array(chunk.title, type=pa.string()),
        "description": pa.array(chunk.description, type=pa.string()),
        "search_text": pa.array(chunk.search_text, type=pa.string()),
    }
    assert tuple(columns) == q.EVENT_COLUMNS
    return pa.table(columns)


def write_parquet(path: Path, chunks: Iterable[EventChunk]) -> int:
    """Write the chunks to one Parquet file (zstd, row groups of :data:`ROW_GROUP`), through a
    temporary file so a half-written store is never left behind; the number of events."""
    import pyarrow.parquet as pq  # noqa: PLC0415

    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.tmp")
    written = 0
    try:
        writer: pq.ParquetWriter | None = None
        for chunk in chunks:
            table = chunk_table(chunk)
            if writer is None:
                writer = pq.ParquetWriter(temp, table.schema, compression="zstd")
            writer.write_table(table, row_group_size=ROW_GROUP)
            written += len(chunk)
        if writer is not None:
            writer.close()
            temp.replace(path)
    finally:
        temp.unlink(missing_ok=True)
    write_member_tables(path)
    write_word_table(path)
    return written


def member_path(path: Path, facet: str) -> Path:
    """Where the (id, position) pairs of ``facet`` are kept beside the events file."""
    return path.with_name(f"{path.stem}.{facet}.parquet")


def _quoted(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _write_parquet(connection: Any, query: str, out: Path) -> None:
    """The rows of ``query`` as the zstd Parquet file ``out``, written beside it first so a
    failed run leaves no half file."""
    temp = out.with_name(f".{out.name}.tmp")
    try:
        connection.execute(
            f"COPY ({query}) TO {_quoted(temp)}"
            f" (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE {ROW_GROUP})"
        )
        temp.replace(out)
    finally:
        temp.unlink(missing_ok=True)


def write_member_tables(path: Path) -> None:
    """Each member list of the events file as (id, position, lo, hi) rows sorted by id
    (:data:`~xiaomi_timeline.bench.scaling_queries.MEMBER_TABLES`)."""
    import duckdb  # noqa: PLC0415

    connection = duckdb.connect()
    try:
        for facet in q.MEMBER_TABLES:
            _write_parquet(
                connection,
                f"SELECT unnest({facet}) AS id, position, lo, hi FROM read_parquet"
                f"({_quoted(path)}) ORDER BY id, position",
                member_path(path, facet),
            )
    finally:
        connection.close()


def index_chunk(index: TimelineIndex) -> EventChunk:
    """A loaded document's events as one chunk: what importing a JSON file into a store would
    write, with the extents the canvas draws (:class:`EventGeometry`) and the texts the index
    searches."""
    geo = EventGeometry.from_index(index)
    events = index.events

    def members(lists: Iterable[Iterable[str]]) -> ListColumn:
        rows = [list(row) for row in lists]
        offsets = np.zeros(len(rows) + 1, dtype=np.int32)
        offsets[1:] = np.cumsum([len(r) for r in rows])
        return ListColumn(offsets, np.array([v for r in rows for v in r], dtype=object))

    language = index.document.default_language
    return EventChunk(
        position=np.arange(len(events), dtype=np.int64),
        ids=[e.id for e in events],
        dates=DateColumns(
            lo=geo.lo,
            hi=geo.hi,
            anchor=geo.anchor,
            start_year=index.start_year.astype(np.int32),
            end_year=index.end_year.astype(np.int32),
            precision=geo.precision,
        ),
        category=np.array([e.category for e in events], dtype=object),
        status=np.array([e.status for e in events], dtype=object),
        people=members(e.people for e in events),
        organizations=members(e.organizations for e in events),
        tags=members(e.tags for e in events),
        title=[text_in(e.title, language) for e in events],
        description=[text_in(e.description, language) if e.description else "" for e in events],
        search_text=[event_search_text(e) for e in events],
    )


def index_names(index: TimelineIndex) -> q.EntityNames:
    """The in-memory name tables of a loaded document."""
    document = index.document
    return q.EntityNames(
        ((p.id, p.name, p.aliases) for p in document.people),
        ((o.id, o.name, o.aliases) for o in document.organizations),
        ((c.id, c.label) for c in document.categories),
        index.tags.keys,
    )


def synthetic_names(entities: SyntheticEntities) -> q.EntityNames:
    return q.EntityNames(
        entities.people,
        ((oid, name, ()) for oid, name in entities.organizations),
        entities.categories,
        entities.tags,
    )


def write_word_table(path: Path) -> None:
    """The word index of the events file (:data:`~xiaomi_timeline.bench.scaling_queries.
    WORD_TABLE`) and its vocabulary, each in a file of its own beside it."""
    import duckdb  # noqa: PLC0415

    spill = path.with_name(f".{path.stem}.spill")
    connection = duckdb.connect()
    try:
        # a shared machine: a few GB of memory, the rest of the sort spilled to disk
        connection.execute("SET memory_limit = '3GB'")
        connection.execute("SET preserve_insertion_order = false")
        connection.execute(f"SET temp_directory = {_quoted(spill)}")
        words, vocabulary = member_path(path, "words"), member_path(path, "vocabulary")
        split = q.WORD_SPLIT.replace("'", "''")
        for out, query in (
            (
                words,
                "SELECT word, position FROM (SELECT position, unnest(list_distinct("
                f"string_split_regex(search_text, '{split}'))) AS word"
                f" FROM read_parquet({_quoted(path)})) WHERE word <> ''"
                " ORDER BY word, position",
            ),
            (vocabulary, f"SELECT DISTINCT word FROM read_parquet({_quoted(words)})"),
        ):
            _write_parquet(connection, query, out)
    finally:
        connection.close()
        shutil.rmtree(spill, ignore_errors=True)


# -- querying ------------------------------------------------------------------------------


class ParquetTimeline:
    """The events of one Parquet file, answered by DuckDB; names resolved in memory."""

    def __init__(
        self,
        path: Path,
        names: q.EntityNames,
        threads: int | None = None,
        *,
        word_index: bool = False,
    ) -> None:
        """``word_index``: search text through the word index rather than every text."""
        import duckdb  # noqa: PLC0415

        self.connection: duckdb.DuckDBPyConnection = duckdb.connect()
        if threads:
            self.connection.execute(f"SET threads = {int(threads)}")
        self.connection.execute(f"CREATE VIEW events AS FROM read_parquet({_quoted(path)})")
        for facet, table in q.MEMBER_TABLES.items():
            source = _quoted(member_path(path, facet))
            self.connection.execute(f"CREATE VIEW {table} AS FROM read_parquet({source})")
        self.names = names
        if word_index:
            words = _quoted(member_path(path, "words"))
            self.connection.execute(f"CREATE VIEW {q.WORD_TABLE} AS FROM read_parquet({words})")
            vocabulary = _quoted(member_path(path, "vocabulary"))
            rows = self._rows(q.Sql(f"SELECT word FROM read_parquet({vocabulary})"))
            self.names = names.with_words(str(row[0]) for row in rows)
        total, lo, hi, first, last = self._one(
            q.Sql("SELECT count(*), min(lo), max(hi), min(start_year), max(end_year) FROM events")
        )
        self.total = int(total)
        self.span = (float(lo), float(hi)) if self.total else (0.0, 1.0)
        self.year_bounds = (int(first), int(last)) if self.total else None

    def _rows(self, sql: q.Sql) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = self.connection.execute(sql.text, list(sql.params)).fetchall()
        return rows

    def _one(self, sql: q.Sql) -> tuple[Any, ...]:
        return self._rows(sql)[0]

    def count(self, state: FilterState) -> int:
        return int(self._one(q.count_sql(state, self.names))[0])

    def density(self, state: FilterState, window: q.Window) -> np.ndarray[Any, np.dtype[np.int64]]:
        return q.densities(self._rows(q.density_sql(state, self.names, window)), window)

    def page(
        self, state: FilterState, window: q.Window, limit: int, offset: int = 0
    ) -> list[tuple[Any, ...]]:
        return self._rows(q.page_sql(state, self.names, window, limit, offset))

    def list_counts(self, state: FilterState, facet: q.ListFacet) -> dict[str, int]:
        return {str(k): int(n) for k, n in self._rows(q.list_facet_sql(state, self.names, facet))}

    def value_counts(self, state: FilterState, facet: q.ValueFacet) -> dict[str, int]:
        return {str(k): int(n) for k, n in self._rows(q.value_facet_sql(state, self.names, facet))}

    def year_counts(self, state: FilterState) -> dict[int, int]:
        if self.year_bounds is None:
            return {}
        first, last = self.year_bounds
        step = years_per_bar(first, last)
        start = first // step * step
        rows = self._rows(q.year_edges_sql(state, self.names, start, step))
        return q.year_counts(((int(b), int(n)) for b, n in rows), first, last, step)

    def clusters(
        self,
        state: FilterState,
        window: tuple[float, float],
        bin_days: float,
        mode: q.LaneMode,
        lanes: Sequence[str],
    ) -> list[tuple[Any, ...]]:
        return self._rows(q.cluster_sql(state, self.names, *window, bin_days, mode, lanes))

    def neighbour(self, state: FilterState, event_id: str, step: int) -> str | None:
        """The matching event ``step`` places from ``event_id`` in date order, if any."""
        found = self._rows(q.Sql("SELECT position FROM events WHERE id = ?", (event_id,)))
        if not found or step == 0:
            return None
        rows = self._rows(q.neighbour_sql(state, self.names, int(found[0][0]), step))
        return str(rows[0][0]) if rows else None

    def close(self) -> None:
        self.connection.close()
