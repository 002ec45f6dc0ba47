"""Other people's timeline formats in and out: TimelineJS3 (JSON and its spreadsheet as CSV),
the CSV that ``list --format csv`` writes, and iCalendar.

Each reader turns a file into the same plain dict the loader validates for our own JSON, plus
a map from that dict's field paths back to the file's rows, columns and lines, so every check
of our format applies to imported files and its problems point into the file the user has.
Each writer turns a (filtered) document into deterministic bytes. Nothing here imports Qt.
"""
