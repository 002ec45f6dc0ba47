<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>built-in data set</source>
        <translation>内置数据集</translation>
    </message>
    <message>
        <source>%1 events, %2 people, %3 organizations, &lt;b&gt;%4 sources&lt;/b&gt;</source>
        <translation>%1 个事件，%2 位人物，%3 个机构，&lt;b&gt;%4 个来源&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(%1 high, %2 medium, %3 low reliability, %4 not rated by the file).</source>
        <translation>（可靠性高 %1 个、中 %2 个、低 %3 个，%4 个文件未评级）。</translation>
    </message>
    <message>
        <source>(%1 high, %2 medium, %3 low reliability).</source>
        <translation>（可靠性高 %1 个、中 %2 个、低 %3 个）。</translation>
    </message>
    <message>
        <source>A desktop viewer for sourced, dated event data.</source>
        <translation>一款查看有出处、有日期的事件数据的桌面应用。</translation>
    </message>
    <message>
        <source>Data set:</source>
        <translation>数据集：</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Qt %1 is part of PySide6-Essentials and is used under the GNU LGPL version 3: its libraries are separate files you may replace, and its source code is available from the Qt Project (download.qt.io, code.qt.io).</source>
        <translation>Qt %1 是 PySide6-Essentials 的一部分，依 GNU LGPL 第 3 版使用：其库是可由您替换的独立文件，其源代码可从 Qt 项目获取（download.qt.io、code.qt.io）。</translation>
    </message>
    <message>
        <source>The licence texts are in %1.</source>
        <translation>许可证全文见 %1。</translation>
    </message>
    <message>
        <source>The licence texts are in each component&apos;s installed package metadata.</source>
        <translation>许可证全文见各组件已安装软件包的元数据。</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>构建所用组件</translation>
    </message>
</context>
<context>
    <name>Axis</name>
    <message>
        <source>%1s</source>
        <comment>a decade on the axis: 2020s</comment>
        <translation>%1年代</translation>
    </message>
</context>
<context>
    <name>ChipBar</name>
    <message>
        <source>Active filters</source>
        <translation>当前筛选</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>移除筛选条件 %1</translation>
    </message>
    <message>
        <source>No filters: every event is shown</source>
        <translation>无筛选：显示全部事件</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Sources: none cited</source>
        <translation>来源：未引用</translation>
    </message>
    <message>
        <source>not given in the file</source>
        <translation>文件中未注明</translation>
    </message>
</context>
<context>
    <name>ClusterCount</name>
    <message>
        <source>1000</source>
        <comment>the unit a cluster&apos;s count is shortened in from that count on, as a number: 1000 for thousands (1.2k), 10000 where counts go in ten thousands (1.2万 for 12,000)</comment>
        <translation>10000</translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>a cluster&apos;s count in that unit (1.2k, 12k) in a small badge</comment>
        <translation>%1万</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%Ln 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%Ln 个来源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n events</source>
        <translation>
            <numerusform>%1 / %Ln 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier events in this lane</source>
        <translation>
            <numerusform>本泳道中更早的 %Ln 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later events in this lane</source>
        <translation>
            <numerusform>本泳道中更晚的 %Ln 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events, together spanning %1</source>
        <translation>
            <numerusform>%Ln 个事件，时间跨度为 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n periods running through this view</source>
        <translation>
            <numerusform>%Ln 个贯穿当前视图的时期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events dated only to %1</source>
        <translation>
            <numerusform>%Ln 个仅知日期为 %1 的事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 of %n events to %2 (%3, %4x%5 px)</source>
        <translation>
            <numerusform>已将 %Ln 个事件中的 %1 个导出到 %2（%3，%4x%5 像素）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 of %n events to %2 (PDF on %3 paper, %4 pages)</source>
        <translation>
            <numerusform>已将 %Ln 个事件中的 %1 个导出到 %2（PDF，%3 纸张，%4 页）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 of %n events to %2 (%3)</source>
        <translation>
            <numerusform>已将 %Ln 个事件中的 %1 个导出到 %2（%3）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events were not saved: iCalendar cannot hold dates before year 1.</source>
        <translation>
            <numerusform>%Ln 个事件未保存：iCalendar 无法容纳公元 1 年之前的日期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n events can be saved as %2, so %3 was not written.</source>
        <translation>
            <numerusform>%Ln 个事件都无法保存为 %2，因此未写入 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 of %n events to %2 (%3).</source>
        <translation>
            <numerusform>已将 %1 / %Ln 个事件保存到 %2（%3）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details)</source>
        <translation>
            <numerusform>……另有 %Ln 个（见详细信息）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>%1 BC</source>
        <comment>a year before the common era</comment>
        <translation>公元前%1年</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>a year on its own</comment>
        <translation>%1年</translation>
    </message>
    <message>
        <source>%1 trillion years ago</source>
        <comment>%2 may be used instead</comment>
        <translation>%2年前</translation>
    </message>
    <message>
        <source>%1 billion years ago</source>
        <comment>%2 may be used instead</comment>
        <translation>%2年前</translation>
    </message>
    <message>
        <source>%1 million years ago</source>
        <comment>%2 may be used instead</comment>
        <translation>%2年前</translation>
    </message>
    <message>
        <source>%1 thousand years ago</source>
        <comment>%2 may be used instead</comment>
        <translation>%2年前</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>QLocale date format of a month: April 2023</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>QLocale date format of a day: 20 December 2024</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a date range: from – to</comment>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>AD %1</source>
        <comment>a year of the common era</comment>
        <translation>公元%1年</translation>
    </message>
    <message>
        <source>%1 BC</source>
        <comment>the year inside a date: 15 March 44 BC</comment>
        <translation>公元前%1</translation>
    </message>
    <message>
        <source>AD %1</source>
        <comment>the year inside a date: 15 March AD 14</comment>
        <translation>公元%1</translation>
    </message>
    <message>
        <source>known to the year</source>
        <translation>精确到年</translation>
    </message>
    <message>
        <source>known to the month</source>
        <translation>精确到月</translation>
    </message>
    <message>
        <source>known to the day</source>
        <translation>精确到日</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select an event on the timeline or in the table to read what happened, who says so and where the sources disagree.</source>
        <translation>在时间线或表格中选择一个事件，即可查看发生了什么、由谁报道，以及各来源的分歧所在。</translation>
    </message>
    <message>
        <source>no sources cited</source>
        <translation>未引用来源</translation>
    </message>
    <message>
        <source>(the file gives no status)</source>
        <translation>（文件未注明状态）</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Also cited where sources disagree:</source>
        <translation>说法分歧处另引用：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>No source is cited for this event, so it cannot be checked here.</source>
        <translation>此事件未引用任何来源，无法在此核查。</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names in a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a heading before a list</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>(unknown source)</source>
        <translation>（未知来源）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the publisher, date and reliability of a source</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>none cited</source>
        <translation>未引用</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Where sources disagree</source>
        <translation>来源说法分歧</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Related events</source>
        <translation>相关事件</translation>
    </message>
    <message>
        <source>About this data set</source>
        <translation>关于此数据集</translation>
    </message>
    <message>
        <source>Eras</source>
        <translation>时代</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>事件详情</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Undo filter change</source>
        <translation>撤销筛选更改(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo filter change</source>
        <translation>重做筛选更改(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>For&amp;ward</source>
        <translation>前进(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected event with its sources, or the selected table rows as CSV</source>
        <translation>复制所选事件及其来源，或将表格中所选行复制为 CSV</translation>
    </message>
    <message>
        <source>Find &amp;next match</source>
        <translation>查找下一个匹配项(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;previous match</source>
        <translation>查找上一个匹配项(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Select an event to copy it</source>
        <translation>请先选择要复制的事件</translation>
    </message>
    <message>
        <source>Copied the event with its sources</source>
        <translation>已复制事件及其来源</translation>
    </message>
</context>
<context>
    <name>EmptyNotice</name>
    <message>
        <source>No events shown</source>
        <translation>未显示任何事件</translation>
    </message>
    <message>
        <source>Clear all filters (Esc)</source>
        <translation>清除所有筛选 (Esc)</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>清除所有筛选</translation>
    </message>
    <message>
        <source>This timeline has no events</source>
        <translation>此时间线没有事件</translation>
    </message>
    <message>
        <source>Open another file (Ctrl+O), or add events to this one.</source>
        <translation>请打开其他文件 (Ctrl+O)，或为此文件添加事件。</translation>
    </message>
    <message>
        <source>No events match these filters</source>
        <translation>没有符合这些筛选条件的事件</translation>
    </message>
    <message>
        <source>(the current filters)</source>
        <translation>（当前筛选条件）</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n events passes all of them.</source>
        <translation>
            <numerusform>%Ln 个事件中没有一个能同时满足这些条件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a filter, or clear them all.</source>
        <translation>请移除一个筛选条件，或全部清除。</translation>
    </message>
</context>
<context>
    <name>EventHtml</name>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>印尼文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>(in %1)</source>
        <comment>after a text shown in another language; %1 is its name</comment>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Year as written in the file:</source>
        <translation>文件中写明的年份：</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>%1, %2</source>
        <comment>events, years</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>person: %1</source>
        <translation>人物：%1</translation>
    </message>
    <message>
        <source>organization: %1</source>
        <translation>机构：%1</translation>
    </message>
    <message>
        <source>category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>tag: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>years: %1</source>
        <translation>年份：%1</translation>
    </message>
    <message>
        <source>text: “%1”</source>
        <translation>文本：“%1”</translation>
    </message>
    <message>
        <source>made with %1</source>
        <translation>由 %1 制作</translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation>事件（%1）</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>相关方：%1</translation>
    </message>
    <message>
        <source>Sources disagree on %1: %2</source>
        <translation>各来源对%1说法不一：%2</translation>
    </message>
</context>
<context>
    <name>ExportData</name>
    <message>
        <source>Timeline JSON (*.json)</source>
        <translation>时间线 JSON (*.json)</translation>
    </message>
    <message>
        <source>TimelineJS3 JSON (*.json)</source>
        <translation>TimelineJS3 JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV, one row per event (*.csv)</source>
        <translation>CSV，每个事件一行 (*.csv)</translation>
    </message>
    <message>
        <source>TimelineJS3 spreadsheet CSV (*.csv)</source>
        <translation>TimelineJS3 电子表格 CSV (*.csv)</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Timeline JSON</source>
        <translation>时间线 JSON</translation>
    </message>
    <message>
        <source>TimelineJS3 JSON</source>
        <translation>TimelineJS3 JSON</translation>
    </message>
    <message>
        <source>CSV, one row per event</source>
        <translation>CSV，每个事件一行</translation>
    </message>
    <message>
        <source>TimelineJS3 spreadsheet CSV</source>
        <translation>TimelineJS3 电子表格 CSV</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <source>translations (only %1)</source>
        <translation>译文（仅保留 %1）</translation>
    </message>
    <message>
        <source>descriptions</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>claim status</source>
        <translation>核实状态</translation>
    </message>
    <message>
        <source>status notes</source>
        <translation>状态说明</translation>
    </message>
    <message>
        <source>date notes</source>
        <translation>日期说明</translation>
    </message>
    <message>
        <source>where sources disagree</source>
        <translation>来源说法分歧</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>related events</source>
        <translation>相关事件</translation>
    </message>
    <message>
        <source>all sources but the first with a web address</source>
        <translation>除第一个带网址的来源外的所有来源</translation>
    </message>
    <message>
        <source>sources (only the first web address is kept)</source>
        <translation>来源（仅保留第一个网址）</translation>
    </message>
    <message>
        <source>eras</source>
        <translation>时代</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts a format does not keep</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>not kept in %1: %2</source>
        <translation>%1 未保留：%2</translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation>未导出任何内容</translation>
    </message>
    <message>
        <source>Some details were not kept</source>
        <translation>部分内容未保留</translation>
    </message>
    <message>
        <source>Not kept in %1: %2.</source>
        <translation>%1 未保留：%2。</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>%1 is the file this timeline was opened from; export to another file name (the open file is left as it is).</source>
        <translation>%1 是当前时间线打开的文件；请导出为另一个文件名（已打开的文件保持不变）。</translation>
    </message>
    <message>
        <source>Some events were left out</source>
        <translation>部分事件未被导出</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>the export message; what was not kept</comment>
        <translation>%1；%2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>导出时间线</translation>
    </message>
    <message>
        <source>Export an empty picture?</source>
        <translation>导出空白图片？</translation>
    </message>
    <message>
        <source>No events match the current filters, so the picture would show none. Export it anyway?</source>
        <translation>没有符合当前筛选条件的事件，图片中将不会有任何事件。仍要导出吗？</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>正在导出 %1</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written.</source>
        <translation>已取消导出：未写入 %1。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The picture was cut</source>
        <translation>图片已被截断</translation>
    </message>
    <message>
        <source>The lanes need more than %1 pixels, the most an export is made tall by itself, so the lanes at the bottom are not in the picture. Filter to fewer events or lanes, or give a height on the command line (xiaomi-timeline export --height).</source>
        <translation>各泳道所需高度超过 %1 像素（自动导出的最大高度），因此底部的泳道未包含在图片中。请筛选以减少事件或泳道，或在命令行中指定高度 (xiaomi-timeline export --height)。</translation>
    </message>
    <message>
        <source>; cut at %1 px, lower lanes left out</source>
        <translation>；在 %1 像素处截断，下方泳道未包含</translation>
    </message>
</context>
<context>
    <name>FacetSection</name>
    <message>
        <source>No match for “%1”</source>
        <translation>没有与“%1”匹配的项</translation>
    </message>
    <message>
        <source>None in this file</source>
        <translation>此文件中没有</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Find a person, any script</source>
        <translation>查找人物（任意文字）</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>核实状态</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Find an organization</source>
        <translation>查找机构</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Search events (Ctrl+F)</source>
        <translation>搜索事件 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>搜索事件</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>清除所有筛选</translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation>文本：“%1”</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>人物：%1</translation>
    </message>
    <message>
        <source>Years: %1</source>
        <translation>年份：%1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Org: %1</source>
        <translation>机构：%1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>标签：%1</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Month known</source>
        <translation>已知月份</translation>
    </message>
    <message>
        <source>Year known</source>
        <translation>已知年份</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Day known</source>
        <translation>已知具体日期</translation>
    </message>
    <message>
        <source>Month known (band = the month)</source>
        <translation>已知月份（色带＝该月）</translation>
    </message>
    <message>
        <source>Year known (band = the year)</source>
        <translation>已知年份（色带＝该年）</translation>
    </message>
    <message>
        <source>Period (faded ends: uncertain)</source>
        <translation>时期（两端渐淡：不确定）</translation>
    </message>
    <message>
        <source>12 = a cluster of 12 events; click to zoom in</source>
        <translation>12 = 聚合的 12 个事件；点击放大</translation>
    </message>
    <message>
        <source>12 = a cluster of 12 events too close to draw apart</source>
        <translation>12 = 因过于密集而聚合显示的 12 个事件</translation>
    </message>
    <message>
        <source>Band = events dated only to a wider year/month, or periods through the view; click to zoom out</source>
        <translation>色带 = 仅知年份/月份的事件，或贯穿视图的时期；点击缩小</translation>
    </message>
    <message>
        <source>Grey band = events dated only to a year or month wider than the view, or periods running through it</source>
        <translation>灰色色带 = 仅知年份或月份（范围宽于视图）的事件，或贯穿视图的时期</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>核实状态</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>聚合</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>更多…</translation>
    </message>
</context>
<context>
    <name>LegendPopup</name>
    <message>
        <source>Timeline legend</source>
        <translation>时间线图例</translation>
    </message>
</context>
<context>
    <name>LoadProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop opening this file and keep what is shown (Esc)</source>
        <translation>停止打开此文件，保留当前显示的内容（Esc）</translation>
    </message>
    <message>
        <source>Opening %1 (%2 MB)…</source>
        <translation>正在打开 %1（%2 MB）…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>By &amp;category</source>
        <translation>按类别(&amp;C)</translation>
    </message>
    <message>
        <source>By &amp;person</source>
        <translation>按人物(&amp;P)</translation>
    </message>
    <message>
        <source>By &amp;organization</source>
        <translation>按机构(&amp;O)</translation>
    </message>
    <message>
        <source>Same as the &amp;interface</source>
        <translation>与界面相同(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Event count</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;built-in data set</source>
        <translation>打开内置数据集(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export image…</source>
        <translation>导出图片(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the events shown as a PNG, SVG or PDF picture</source>
        <translation>将显示的事件保存为 PNG、SVG 或 PDF 图片</translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation>导出数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the events shown as timeline JSON, TimelineJS3, CSV or iCalendar</source>
        <translation>将显示的事件保存为时间线 JSON、TimelineJS3、CSV 或 iCalendar</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the events shown: the timeline, then each event and its sources</source>
        <translation>打印当前显示的事件：先是时间线，然后是每个事件及其来源</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Search events</source>
        <translation>搜索事件(&amp;S)</translation>
    </message>
    <message>
        <source>Clear &amp;all filters</source>
        <translation>清除所有筛选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Fit the timeline to the events (F)</source>
        <translation>缩放时间线以显示全部事件(&amp;F)</translation>
    </message>
    <message>
        <source>Clear search, then filters</source>
        <translation>先清除搜索，再清除筛选</translation>
    </message>
    <message>
        <source>&amp;Previous event</source>
        <translation>上一个事件(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next event</source>
        <translation>下一个事件(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>Focus the &amp;timeline</source>
        <translation>聚焦时间线(&amp;T)</translation>
    </message>
    <message>
        <source>Focus the event &amp;table</source>
        <translation>聚焦事件表格(&amp;T)</translation>
    </message>
    <message>
        <source>Focus the &amp;details</source>
        <translation>聚焦详情(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>关于 %1(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>泳道(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>界面语言(&amp;I)</translation>
    </message>
    <message>
        <source>Content &amp;language</source>
        <translation>内容语言(&amp;L)</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>built-in data set</source>
        <translation>内置数据集</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
</context>
<context>
    <name>OutputExtent</name>
    <message>
        <source>List every event?</source>
        <translation>列出所有事件？</translation>
    </message>
    <message>
        <source>Listing all %1 events with their sources takes about %2 pages after the timeline.</source>
        <translation>列出全部 %1 个事件及其来源，需要在时间线之后再用约 %2 页。</translation>
    </message>
    <message>
        <source>Filter to fewer events, or leave the list out.</source>
        <translation>可以筛选出较少的事件，或不附列表。</translation>
    </message>
    <message>
        <source>Timeline pages only</source>
        <translation>仅时间线页</translation>
    </message>
    <message>
        <source>Everything (about %1 pages)</source>
        <translation>全部（约 %1 页）</translation>
    </message>
</context>
<context>
    <name>OutputProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Listing the events: %1 of %2</source>
        <translation>正在列出事件：%1 / %2</translation>
    </message>
    <message>
        <source>Drawing the pages: %1 of %2</source>
        <translation>正在绘制页面：%1 / %2</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <source>Timeline overview</source>
        <translation>时间线概览</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Preparing the pages</source>
        <translation>正在准备页面</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <source>The pages could not be sent to the printer. Check that it is ready, or choose another one.</source>
        <translation>无法将页面发送到打印机。请检查打印机是否就绪，或选择其他打印机。</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>File problems</source>
        <translation>文件问题</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Try loading the file again</source>
        <translation>重新尝试加载文件</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>关闭(&amp;D)</translation>
    </message>
    <message>
        <source>Dismiss the problem banner</source>
        <translation>关闭问题提示栏</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%Ln 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has %2; still showing the last version that loaded. Fix the file and it reloads.</source>
        <translation>%1 有%2；仍显示上次成功加载的版本。修正文件后将自动重新加载。</translation>
    </message>
    <message>
        <source>Could not open %1 (%2); showing %3 instead. Fix the file and it opens.</source>
        <translation>无法打开 %1（%2）；现显示%3。修正文件后即可打开。</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>……另有 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>The app closed while opening %1 last time, so it was not opened again; showing %2 instead. Press Try again to open %1.</source>
        <translation>上次打开 %1 时应用意外关闭，因此这次没有再打开它；现显示%2。点击“重试”可打开 %1。</translation>
    </message>
    <message>
        <source>%1 was deleted or moved; still showing the last version. It reloads when the file is back.</source>
        <translation>%1 已被删除或移动；仍显示其最后版本。文件恢复后将重新加载。</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>Cannot open file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Try opening the file again</source>
        <translation>重新尝试打开文件</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%Ln 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be opened (%2). The timeline you were looking at stays open.</source>
        <translation>无法打开 %1（%2）。您正在查看的时间线保持不变。</translation>
    </message>
    <message>
        <source>Could not open %1; showing %3 instead (%2 below). Fix the file and it opens, or press Try again.</source>
        <translation>无法打开 %1；现显示%3（下方列出%2）。修正文件后即可打开，或点击“重试”。</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>use a real calendar date</source>
        <translation>请使用日历上真实存在的日期</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>未知字段 %1</translation>
    </message>
    <message>
        <source>put a cell that holds a comma in double quotes, or name the extra column in the header row</source>
        <translation>请把含逗号的单元格放在双引号中，或在表头行为多出的列命名</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 不是整数</translation>
    </message>
    <message>
        <source>write a whole number, e.g. 2019, or -44 for 44 BC</source>
        <translation>请写整数，例如 2019；公元前 44 年写作 -44</translation>
    </message>
    <message>
        <source>write 1 to 12, or leave it empty</source>
        <translation>请写 1 到 12，或留空</translation>
    </message>
    <message>
        <source>write 1 to 31, or leave it empty</source>
        <translation>请写 1 到 31，或留空</translation>
    </message>
    <message>
        <source>give at least a year</source>
        <translation>至少写明年份</translation>
    </message>
    <message>
        <source>add one</source>
        <translation>请添加一个</translation>
    </message>
    <message>
        <source>%1 has month %2; months run from 01 to 12</source>
        <translation>%1 的月份是 %2；月份只能是 01 到 12</translation>
    </message>
    <message>
        <source>%1 does not exist: %2 has %3 days</source>
        <translation>%1 不存在：%2只有 %3 天</translation>
    </message>
    <message>
        <source>end %1 is before start %2</source>
        <translation>结束日期 %1 早于开始日期 %2</translation>
    </message>
    <message>
        <source>swap start and end, or fix the year</source>
        <translation>请对调开始和结束日期，或更正年份</translation>
    </message>
    <message>
        <source>swap start and end, or fix the month</source>
        <translation>请对调开始和结束日期，或更正月份</translation>
    </message>
    <message>
        <source>swap start and end, or fix the day</source>
        <translation>请对调开始和结束日期，或更正日期中的日</translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation>%1 不是日期</translation>
    </message>
    <message>
        <source>write YYYY, YYYY-MM or YYYY-MM-DD, e.g. &quot;2019&quot;, &quot;2023-04&quot;, &quot;2024-12-20&quot;</source>
        <translation>请写成 YYYY、YYYY-MM 或 YYYY-MM-DD，例如 &quot;2019&quot;、&quot;2023-04&quot;、&quot;2024-12-20&quot;</translation>
    </message>
    <message>
        <source>must be a date in double quotes</source>
        <translation>必须是写在双引号中的日期</translation>
    </message>
    <message>
        <source>write &quot;YYYY&quot;, &quot;YYYY-MM&quot; or &quot;YYYY-MM-DD&quot;, e.g. &quot;2021&quot; or &quot;2021-03&quot;</source>
        <translation>请写成 &quot;YYYY&quot;、&quot;YYYY-MM&quot; 或 &quot;YYYY-MM-DD&quot;，例如 &quot;2021&quot; 或 &quot;2021-03&quot;</translation>
    </message>
    <message>
        <source>unknown category id %1</source>
        <translation>未知的类别 id %1</translation>
    </message>
    <message>
        <source>add a category with id %1 to &quot;categories&quot;, or fix the spelling</source>
        <translation>在 &quot;categories&quot; 中添加 id 为 %1 的类别，或更正拼写</translation>
    </message>
    <message>
        <source>unknown person id %1</source>
        <translation>未知的人物 id %1</translation>
    </message>
    <message>
        <source>add a person with id %1 to &quot;people&quot;, or fix the spelling</source>
        <translation>在 &quot;people&quot; 中添加 id 为 %1 的人物，或更正拼写</translation>
    </message>
    <message>
        <source>unknown organization id %1</source>
        <translation>未知的机构 id %1</translation>
    </message>
    <message>
        <source>add an organization with id %1 to &quot;organizations&quot;, or fix the spelling</source>
        <translation>在 &quot;organizations&quot; 中添加 id 为 %1 的机构，或更正拼写</translation>
    </message>
    <message>
        <source>unknown source id %1</source>
        <translation>未知的来源 id %1</translation>
    </message>
    <message>
        <source>add a source with id %1 to &quot;sources&quot;, or fix the spelling</source>
        <translation>在 &quot;sources&quot; 中添加 id 为 %1 的来源，或更正拼写</translation>
    </message>
    <message>
        <source>unknown event id %1</source>
        <translation>未知的事件 id %1</translation>
    </message>
    <message>
        <source>add an event with id %1 to &quot;events&quot;, or fix the spelling</source>
        <translation>在 &quot;events&quot; 中添加 id 为 %1 的事件，或更正拼写</translation>
    </message>
    <message>
        <source>duplicate id %1 (first used at %2[%3])</source>
        <translation>id %1 重复（首次用于 %2[%3]）</translation>
    </message>
    <message>
        <source>give each entry its own id</source>
        <translation>请给每一项一个独有的 id</translation>
    </message>
    <message>
        <source>the title is blank</source>
        <translation>标题为空</translation>
    </message>
    <message>
        <source>write a title</source>
        <translation>请填写标题</translation>
    </message>
    <message>
        <source>write a title in &quot;%1&quot;, or remove that language</source>
        <translation>请填写 &quot;%1&quot; 的标题，或删除该语言</translation>
    </message>
    <message>
        <source>required field %1 is missing</source>
        <translation>缺少必填字段 %1</translation>
    </message>
    <message>
        <source>add &quot;%2&quot;</source>
        <translation>请添加 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>did you mean %2?</source>
        <translation>您是不是想写 %2？</translation>
    </message>
    <message>
        <source>remove it, or use one of: %2</source>
        <translation>请删除它，或使用以下之一：%2</translation>
    </message>
    <message>
        <source>%1 is not an allowed %2</source>
        <translation>%1 不是允许的 %2 值</translation>
    </message>
    <message>
        <source>use one of: %3</source>
        <translation>请使用以下之一：%3</translation>
    </message>
    <message>
        <source>%1 is not a colour</source>
        <translation>%1 不是颜色</translation>
    </message>
    <message>
        <source>write #RRGGBB, e.g. &quot;#1E88E5&quot;</source>
        <translation>请写成 #RRGGBB，例如 &quot;#1E88E5&quot;</translation>
    </message>
    <message>
        <source>%1 is not a web address</source>
        <translation>%1 不是网址</translation>
    </message>
    <message>
        <source>write a full http:// or https:// URL</source>
        <translation>请写完整的 http:// 或 https:// 网址</translation>
    </message>
    <message>
        <source>%1 is not a language tag</source>
        <translation>%1 不是语言标签</translation>
    </message>
    <message>
        <source>write a BCP 47 tag such as en, id, zh-Hans</source>
        <translation>请写 BCP 47 标签，例如 en、id、zh-Hans</translation>
    </message>
    <message>
        <source>%1 is not a valid id</source>
        <translation>%1 不是有效的 id</translation>
    </message>
    <message>
        <source>ids use letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; or &apos;-&apos; and start with a letter or digit</source>
        <translation>id 由字母、数字、&apos;.&apos;、&apos;_&apos;、&apos;:&apos; 或 &apos;-&apos; 组成，并以字母或数字开头</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>shorten it</source>
        <translation>请缩短</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>write some text or remove the field</source>
        <translation>请填写文字，或删除该字段</translation>
    </message>
    <message>
        <source>must be text (a JSON string)</source>
        <translation>必须是文字（JSON 字符串）</translation>
    </message>
    <message>
        <source>write the value in double quotes, e.g. &quot;Text&quot;</source>
        <translation>请把值写在双引号中，例如 &quot;文字&quot;</translation>
    </message>
    <message>
        <source>must be text, or an object of texts by language</source>
        <translation>必须是文字，或按语言列出文字的对象</translation>
    </message>
    <message>
        <source>e.g. &quot;title&quot;: &quot;Text&quot; or &quot;title&quot;: {&quot;en&quot;: &quot;Text&quot;, &quot;id&quot;: &quot;Teks&quot;}</source>
        <translation>例如 &quot;title&quot;: &quot;文字&quot; 或 &quot;title&quot;: {&quot;en&quot;: &quot;Text&quot;, &quot;zh-Hans&quot;: &quot;文字&quot;}</translation>
    </message>
    <message>
        <source>must not be an empty object</source>
        <translation>不能是空对象</translation>
    </message>
    <message>
        <source>give at least one text, e.g. {&quot;en&quot;: &quot;Text&quot;}</source>
        <translation>请至少写一段文字，例如 {&quot;zh-Hans&quot;: &quot;文字&quot;}</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>write a JSON array, e.g. [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>请写成 JSON 数组，例如 [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>write {...} with its fields, at least %1</source>
        <translation>请写成 {...} 并填入字段，至少要有 %1</translation>
    </message>
    <message>
        <source>map each level to its meaning, e.g. {&quot;low&quot;: &quot;A mirror site&quot;}</source>
        <translation>为每个等级写明含义，例如 {&quot;low&quot;: &quot;镜像网站&quot;}</translation>
    </message>
    <message>
        <source>trailing comma before %1</source>
        <translation>%1 前面多了一个逗号</translation>
    </message>
    <message>
        <source>JSON allows no comma after the last item: delete this comma</source>
        <translation>JSON 不允许在最后一项后加逗号：请删除这个逗号</translation>
    </message>
    <message>
        <source>the file ends here, before %1</source>
        <translation>文件在此结束，缺少 %1</translation>
    </message>
    <message>
        <source>the file may be cut off or not fully saved; close what was opened</source>
        <translation>文件可能被截断或未完整保存；请补全未闭合的括号</translation>
    </message>
    <message>
        <source>missing comma after this value</source>
        <translation>这个值后面缺少逗号</translation>
    </message>
    <message>
        <source>separate items of a list or object with a comma</source>
        <translation>列表或对象中的各项要用逗号分隔</translation>
    </message>
    <message>
        <source>a text ends just before this: a closing quote may be missing earlier</source>
        <translation>有一段文字在此之前结束：前面可能缺少右引号</translation>
    </message>
    <message>
        <source>end each text with &quot;; write \&quot; for a quote inside a text</source>
        <translation>每段文字都以 &quot; 结尾；文字中的引号请写成 \&quot;</translation>
    </message>
    <message>
        <source>extra text after the end of the document</source>
        <translation>文档结束后还有多余的文字</translation>
    </message>
    <message>
        <source>the JSON document ends at line %1, column %2: delete what follows it</source>
        <translation>JSON 文档在第 %1 行第 %2 列结束：请删除其后的内容</translation>
    </message>
    <message>
        <source>this is not JSON</source>
        <translation>这不是 JSON</translation>
    </message>
    <message>
        <source>a timeline file is a JSON object: {&quot;schema_version&quot;: 1, &quot;title&quot;: ...}</source>
        <translation>时间线文件是一个 JSON 对象：{&quot;schema_version&quot;: 1, &quot;title&quot;: ...}</translation>
    </message>
    <message>
        <source>a comment: JSON allows none</source>
        <translation>注释：JSON 不允许注释</translation>
    </message>
    <message>
        <source>delete the comment, or move it into a &quot;notes&quot; text</source>
        <translation>请删除注释，或把它移到 &quot;notes&quot; 文字中</translation>
    </message>
    <message>
        <source>single quotes: JSON needs double quotes</source>
        <translation>单引号：JSON 需要双引号</translation>
    </message>
    <message>
        <source>write &quot;name&quot; and &quot;text&quot; in double quotes</source>
        <translation>名称和文字都要写在双引号中，如 &quot;name&quot;、&quot;text&quot;</translation>
    </message>
    <message>
        <source>a line break (or control character) inside a text: a closing quote may be missing</source>
        <translation>文字中有换行（或控制字符）：可能缺少右引号</translation>
    </message>
    <message>
        <source>end the text with &quot; on this line, or write \n for a line break</source>
        <translation>请在本行用 &quot; 结束文字，换行请写成 \n</translation>
    </message>
    <message>
        <source>a text that is never closed</source>
        <translation>文字没有闭合</translation>
    </message>
    <message>
        <source>end it with a double quote (&quot;)</source>
        <translation>请用双引号（&quot;）结束</translation>
    </message>
    <message>
        <source>the file ends inside this text: it may be cut off or not fully saved</source>
        <translation>文件在这段文字中结束：可能被截断或未完整保存</translation>
    </message>
    <message>
        <source>expected a field name in double quotes</source>
        <translation>此处应为双引号中的字段名</translation>
    </message>
    <message>
        <source>e.g. &quot;title&quot;: &quot;...&quot;</source>
        <translation>例如 &quot;title&quot;: &quot;...&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given more than once in this object; the first is at line %2, column %3</source>
        <translation>此对象中 &quot;%1&quot; 出现了不止一次；第一次在第 %2 行第 %3 列</translation>
    </message>
    <message>
        <source>keep one of them: a JSON reader would use only the last and drop the other</source>
        <translation>只保留其中一个：JSON 读取程序只会使用最后一个，并丢弃另一个</translation>
    </message>
    <message>
        <source>the top level is a JSON %1, not an object</source>
        <translation>顶层是 JSON %1，不是对象</translation>
    </message>
    <message>
        <source>wrap the content in {&quot;schema_version&quot;: 1, &quot;title&quot;: ..., &quot;events&quot;: [...]}</source>
        <translation>请把内容放进 {&quot;schema_version&quot;: 1, &quot;title&quot;: ..., &quot;events&quot;: [...]}</translation>
    </message>
    <message>
        <source>not valid UTF-8 (byte %1)</source>
        <translation>不是有效的 UTF-8（字节 %1）</translation>
    </message>
    <message>
        <source>save the file as UTF-8</source>
        <translation>请将文件另存为 UTF-8</translation>
    </message>
    <message>
        <source>row %1 has %2 cells but the header has %3 columns</source>
        <translation>第 %1 行有 %2 个单元格，但表头只有 %3 列</translation>
    </message>
    <message>
        <source>put a cell that holds a semicolon in double quotes, or name the extra column in the header row</source>
        <translation>请把含分号的单元格放在双引号中，或在表头行为多出的列命名</translation>
    </message>
    <message>
        <source>put a cell that holds a tab in double quotes, or name the extra column in the header row</source>
        <translation>请把含制表符的单元格放在双引号中，或在表头行为多出的列命名</translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation>缺少 %1 列</translation>
    </message>
    <message>
        <source>add it to the header row (the first row); columns: %2</source>
        <translation>请把它加到表头行（第一行）；所需列：%2</translation>
    </message>
    <message>
        <source>save it as &quot;CSV UTF-8&quot; (Excel) or export it again from Google Sheets</source>
        <translation>请另存为 &quot;CSV UTF-8&quot;（Excel），或从 Google 表格重新导出</translation>
    </message>
    <message>
        <source>not a timeline: no CSV header row, iCalendar or JSON found</source>
        <translation>不是时间线：未找到 CSV 表头行、iCalendar 或 JSON</translation>
    </message>
    <message>
        <source>open a timeline JSON, a TimelineJS3 file, a CSV with a header row, or an .ics</source>
        <translation>请打开时间线 JSON、TimelineJS3 文件、带表头行的 CSV 或 .ics 文件</translation>
    </message>
    <message>
        <source>a spreadsheet workbook (Excel, LibreOffice), not a timeline file</source>
        <translation>这是电子表格工作簿（Excel、LibreOffice），不是时间线文件</translation>
    </message>
    <message>
        <source>save the sheet as &quot;CSV UTF-8&quot; and open that</source>
        <translation>请将工作表另存为“CSV UTF-8”后再打开</translation>
    </message>
    <message>
        <source>not a readable iCalendar file: %1</source>
        <translation>不是可读取的 iCalendar 文件：%1</translation>
    </message>
    <message>
        <source>export the calendar again from its program, or fix the line it names</source>
        <translation>请从日历程序重新导出，或修正所指出的那一行</translation>
    </message>
    <message>
        <source>%1 is given twice in this event; the first is at line %2</source>
        <translation>此事件中 %1 出现了两次；第一次在第 %2 行</translation>
    </message>
    <message>
        <source>keep one of them</source>
        <translation>只保留其中一个</translation>
    </message>
    <message>
        <source>this event is never closed</source>
        <translation>此事件没有结束标记</translation>
    </message>
    <message>
        <source>add END:VEVENT</source>
        <translation>添加 END:VEVENT</translation>
    </message>
    <message>
        <source>write a date as YYYYMMDD (20230215) or a date and time as YYYYMMDDTHHMMSS (20230215T093000)</source>
        <translation>日期写作 YYYYMMDD（20230215），日期和时间写作 YYYYMMDDTHHMMSS（20230215T093000）</translation>
    </message>
    <message>
        <source>the event has no DTSTART</source>
        <translation>此事件没有 DTSTART</translation>
    </message>
    <message>
        <source>give the date it starts</source>
        <translation>请给出开始日期</translation>
    </message>
    <message>
        <source>the event has no SUMMARY (title)</source>
        <translation>此事件没有 SUMMARY（标题）</translation>
    </message>
    <message>
        <source>give it a title</source>
        <translation>请给出标题</translation>
    </message>
    <message>
        <source>the event ends (%1) before it starts (%2)</source>
        <translation>此事件的结束日期（%1）早于开始日期（%2）</translation>
    </message>
    <message>
        <source>swap DTSTART and DTEND, or fix the date</source>
        <translation>交换 DTSTART 和 DTEND，或修正日期</translation>
    </message>
    <message>
        <source>DURATION %1 is negative</source>
        <translation>DURATION %1 为负值</translation>
    </message>
    <message>
        <source>give a positive DURATION</source>
        <translation>请给出正的 DURATION</translation>
    </message>
    <message>
        <source>the year is missing</source>
        <translation>缺少年份</translation>
    </message>
    <message>
        <source>month %1 does not exist</source>
        <translation>不存在第 %1 月</translation>
    </message>
    <message>
        <source>day %1 does not exist</source>
        <translation>不存在第 %1 日</translation>
    </message>
    <message>
        <source>day %1 does not exist: %2 has %3 days</source>
        <translation>不存在第 %1 日：%2只有 %3 天</translation>
    </message>
    <message>
        <source>write a day from 1 to %3, or fix the month</source>
        <translation>请写 1 到 %3 之间的日，或更正月份</translation>
    </message>
    <message>
        <source>a day is given without a month</source>
        <translation>给出了日却没有月</translation>
    </message>
    <message>
        <source>add the month</source>
        <translation>请添加月份</translation>
    </message>
    <message>
        <source>the event has no start date</source>
        <translation>该事件没有开始日期</translation>
    </message>
    <message>
        <source>the event has no headline, text or media caption</source>
        <translation>该事件没有标题、正文或媒体说明</translation>
    </message>
    <message>
        <source>the era has no start date</source>
        <translation>该时代没有开始日期</translation>
    </message>
    <message>
        <source>the era has no end date</source>
        <translation>该时代没有结束日期</translation>
    </message>
    <message>
        <source>the era has no headline</source>
        <translation>该时代没有标题</translation>
    </message>
    <message>
        <source>this is TimelineJS 2&apos;s format, not TimelineJS3&apos;s</source>
        <translation>这是 TimelineJS 2 的格式，不是 TimelineJS3 的</translation>
    </message>
    <message>
        <source>save it as TimelineJS3 JSON ({&quot;title&quot;: ..., &quot;events&quot;: [...]}) and open that</source>
        <translation>请另存为 TimelineJS3 JSON（{&quot;title&quot;: ..., &quot;events&quot;: [...]}）后再打开</translation>
    </message>
    <message>
        <source>not a TimelineJS3 timeline: no events list</source>
        <translation>不是 TimelineJS3 时间线：没有 events 列表</translation>
    </message>
    <message>
        <source>add &quot;events&quot;: [...]</source>
        <translation>请添加 &quot;events&quot;: [...]</translation>
    </message>
    <message>
        <source>write {...} with start_date and text</source>
        <translation>请写 {...}，包含 start_date 和 text</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>a timeline file is a JSON object; see the README</source>
        <translation>时间线文件是一个 JSON 对象；请参阅 README</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between closing brackets: &apos;}&apos; and &apos;]&apos;</comment>
        <translation> 和 </translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>SectionHeading</name>
    <message>
        <source>Hide this section</source>
        <translation>隐藏此部分</translation>
    </message>
    <message>
        <source>Show this section</source>
        <translation>显示此部分</translation>
    </message>
    <message>
        <source>Expanded; press to hide</source>
        <translation>已展开；按下可隐藏</translation>
    </message>
    <message>
        <source>Collapsed; press to show</source>
        <translation>已折叠；按下可显示</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>On the timeline</source>
        <translation>在时间线上</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>放大 / 缩小</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <source>Go to the start / end</source>
        <translation>转到开头 / 结尾</translation>
    </message>
    <message>
        <source>Fit the filtered events</source>
        <translation>缩放以显示筛选出的事件</translation>
    </message>
    <message>
        <source>In the years histogram</source>
        <translation>在年份直方图中</translation>
    </message>
    <message>
        <source>Move between years</source>
        <translation>在年份间移动</translation>
    </message>
    <message>
        <source>Extend the chosen range</source>
        <translation>扩展所选范围</translation>
    </message>
    <message>
        <source>Choose the focused year</source>
        <translation>选择当前年份</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>In a people or organization search</source>
        <translation>在人物或机构搜索框中</translation>
    </message>
    <message>
        <source>Move into the list of matches</source>
        <translation>进入匹配结果列表</translation>
    </message>
    <message>
        <source>Tick the highlighted match (at first the top one)</source>
        <translation>勾选高亮的匹配项（默认为第一项）</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>任何位置</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>在控件间移动</translation>
    </message>
    <message>
        <source>Tick or untick the focused item of a filter list</source>
        <translation>勾选或取消勾选筛选列表中的当前项</translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation>打开菜单</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Events on a time axis; Up and Down move between rows, Left and Right between events in date order, + and - zoom</source>
        <translation>时间轴上的事件；上、下键在行间移动，左、右键按日期顺序在事件间移动，+ 和 - 缩放</translation>
    </message>
    <message>
        <source>Show the whole legend</source>
        <translation>显示完整图例</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>没有事件</translation>
    </message>
    <message>
        <source>Eras</source>
        <translation>时代</translation>
    </message>
</context>
<context>
    <name>Tooltips</name>
    <message>
        <source>Click to go to the nearest</source>
        <translation>点击跳转到最近的事件</translation>
    </message>
    <message>
        <source>Click to zoom out and see them</source>
        <translation>点击缩小以查看</translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>点击放大</translation>
    </message>
</context>
<context>
    <name>WindowFiles</name>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Stopped opening %1; showing %2 instead</source>
        <translation>已停止打开 %1；现显示%2</translation>
    </message>
    <message>
        <source>The last file, %1, is no longer there; showing %2 instead</source>
        <translation>上次打开的文件 %1 已不存在；改为显示%2</translation>
    </message>
    <message>
        <source>No event with id “%1”</source>
        <translation>没有 id 为“%1”的事件</translation>
    </message>
    <message>
        <source>The selected event “%1” is hidden by the filters</source>
        <translation>所选事件“%1”被筛选条件隐藏</translation>
    </message>
    <message>
        <source>the built-in data set “%1”</source>
        <translation>内置数据集“%1”</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>%1 (a second column of that name)</source>
        <translation>%1（同名的第二列）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between column names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1; these columns are not read and their cells are not shown: %2</source>
        <translation>%1；以下列未被读取，其内容不会显示：%2</translation>
    </message>
    <message>
        <source>Stopped opening %1; the timeline shown is unchanged</source>
        <translation>已停止打开 %1；当前显示的时间线保持不变</translation>
    </message>
    <message>
        <source>Still opening %1: cancel it first</source>
        <translation>仍在打开 %1：请先取消</translation>
    </message>
    <message>
        <source>Open timeline</source>
        <translation>打开时间线</translation>
    </message>
    <message>
        <source>Timelines (*.json *.csv *.tsv *.ics);;Timeline or TimelineJS3 JSON (*.json);;CSV, ours or TimelineJS3&apos;s spreadsheet (*.csv *.tsv);;iCalendar (*.ics);;All files (*)</source>
        <translation>时间线 (*.json *.csv *.tsv *.ics);;时间线或 TimelineJS3 JSON (*.json);;CSV（本应用格式或 TimelineJS3 电子表格）(*.csv *.tsv);;iCalendar (*.ics);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>&amp;Clear recent files</source>
        <translation>清除最近打开的文件(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Confirmed</source>
        <comment>claim status</comment>
        <translation>已证实</translation>
    </message>
    <message>
        <source>Reported</source>
        <comment>claim status</comment>
        <translation>据报道</translation>
    </message>
    <message>
        <source>Disputed</source>
        <comment>claim status</comment>
        <translation>有争议</translation>
    </message>
    <message>
        <source>Reported (unconfirmed)</source>
        <comment>claim status</comment>
        <translation>据报道（未证实）</translation>
    </message>
    <message>
        <source>high reliability</source>
        <translation>可靠性高</translation>
    </message>
    <message>
        <source>medium reliability</source>
        <translation>可靠性中等</translation>
    </message>
    <message>
        <source>low reliability</source>
        <translation>可靠性低</translation>
    </message>
    <message>
        <source>No group</source>
        <comment>imported events that had no group</comment>
        <translation>未分组</translation>
    </message>
    <message>
        <source>No person</source>
        <comment>lane of events naming nobody</comment>
        <translation>无人物</translation>
    </message>
    <message>
        <source>No organization</source>
        <comment>lane of events naming no organization</comment>
        <translation>无机构</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>lane of events in no category</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>No person in this file is called “%1”.</source>
        <translation>此文件中没有名为“%1”的人物。</translation>
    </message>
    <message>
        <source>No organization in this file is called “%1”.</source>
        <translation>此文件中没有名为“%1”的机构。</translation>
    </message>
    <message>
        <source>No category in this file is called “%1”.</source>
        <translation>此文件中没有名为“%1”的类别。</translation>
    </message>
</context>
<context>
    <name>YearHistogram</name>
    <message>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>没有事件</translation>
    </message>
    <message>
        <source>Year %1: %2</source>
        <translation>%1年：%2</translation>
    </message>
    <message>
        <source>Events per year: click a year or drag across years to filter; click again to clear</source>
        <translation>每年的事件数：点击某一年或拖动选择多个年份进行筛选；再次点击可清除</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>Years %1 to %2</source>
        <translation>%1年至%2年</translation>
    </message>
</context>
</TS>
