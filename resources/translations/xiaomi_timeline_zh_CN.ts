<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>built-in data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events, %2 people, %3 organizations, &lt;b&gt;%4 sources&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 high, %2 medium, %3 low reliability).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop viewer for sourced, dated event data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Axis</name>
    <message>
        <source>%1s</source>
        <comment>a decade on the axis: 2020s</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n events</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n events</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier events in this lane</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later events in this lane</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events, together spanning %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n periods running through this view</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events dated only to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 of %n events to %2 (%3, %4x%5 px)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>%1</source>
        <comment>a year on its own</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>QLocale date format of a month: April 2023</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>QLocale date format of a day: 20 December 2024</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a date range: from – to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known to the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known to the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known to the day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select an event on the timeline or in the table to read what happened, who says so and where the sources disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sources cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the file gives no status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also cited where sources disagree:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source is cited for this event, so it cannot be checked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyNotice</name>
    <message>
        <source>No events shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This timeline has no events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another file (Ctrl+O), or add events to this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events match these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the current filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %n events passes all of them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a filter, or clear them all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources disagree on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export an empty picture?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events match the current filters, so the picture would show none. Export it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture was cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lanes need more than %1 pixels, the most an export is made tall by itself, so the lanes at the bottom are not in the picture. Filter to fewer events or lanes, or give a height on the command line (xiaomi-timeline export --height).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; cut at %1 px, lower lanes left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetSection</name>
    <message>
        <source>No match for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person, any script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search events (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No filters: every event is shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month known (band = the month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year known (band = the year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period (faded ends: uncertain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 = a cluster of 12 events; click to zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 = a cluster of 12 events too close to draw apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band = events dated only to a wider year/month, or periods through the view; click to zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey band = events dated only to a year or month wider than the view, or periods running through it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>By &amp;category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the &amp;interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;built-in data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the events shown as a PNG, SVG or PDF picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit the timeline to the events (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search, then filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus the &amp;timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus the event &amp;table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus the &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in data set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <source>Timeline overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>File problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try loading the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the problem banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has %2; still showing the last version that loaded. Fix the file and it reloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1 (%2); showing %3 instead. Fix the file and it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was deleted or moved; still showing the last version. It reloads when the file is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>Cannot open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try opening the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be opened (%2). The timeline you were looking at stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1; showing %3 instead (%2 below). Fix the file and it opens, or press Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>On the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the start / end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the filtered events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the years histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the chosen range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the focused year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a people or organization search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move into the list of matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the highlighted match (at first the top one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick or untick the focused item of a filter list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events on a time axis; wheel or + and - zoom, drag pans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tooltips</name>
    <message>
        <source>Click to zoom out and see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowFiles</name>
    <message>
        <source>Loading %1 (%2 MB)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event with id “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in data set “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear recent files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Confirmed</source>
        <comment>claim status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <comment>claim status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <comment>claim status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported (unconfirmed)</source>
        <comment>claim status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cited sources establish what happened and none disputes it (see the sources and the status note for how strong they are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated by the cited sources but not independently confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources disagree on what happened or on key details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary record or established outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary report or republication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregator, SEO mirror or AI-written summary: use only alongside a better source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person</source>
        <comment>lane of events naming nobody</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization</source>
        <comment>lane of events naming no organization</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>lane of events in no category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person in this file is called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization in this file is called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category in this file is called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearHistogram</name>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per year: click a year or drag across years to filter; click again to clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
