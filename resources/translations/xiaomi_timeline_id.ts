<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>built-in data set</source>
        <translation>data set bawaan</translation>
    </message>
    <message>
        <source>%1 events, %2 people, %3 organizations, &lt;b&gt;%4 sources&lt;/b&gt;</source>
        <translation>%1 peristiwa, %2 tokoh, %3 organisasi, &lt;b&gt;%4 sumber&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(%1 high, %2 medium, %3 low reliability, %4 not rated by the file).</source>
        <translation>(keandalan %1 tinggi, %2 sedang, %3 rendah, %4 tidak dinilai oleh berkas).</translation>
    </message>
    <message>
        <source>(%1 high, %2 medium, %3 low reliability).</source>
        <translation>(keandalan %1 tinggi, %2 sedang, %3 rendah).</translation>
    </message>
    <message>
        <source>A desktop viewer for sourced, dated event data.</source>
        <translation>Penampil desktop untuk data peristiwa yang bertanggal dan bersumber.</translation>
    </message>
    <message>
        <source>Data set:</source>
        <translation>Data set:</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Tentang %1</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Component</source>
        <translation>Komponen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <source>Qt %1 is part of PySide6-Essentials and is used under the GNU LGPL version 3: its libraries are separate files you may replace, and its source code is available from the Qt Project (download.qt.io, code.qt.io).</source>
        <translation>Qt %1 adalah bagian dari PySide6-Essentials dan digunakan di bawah GNU LGPL versi 3: pustakanya berupa berkas terpisah yang boleh Anda ganti, dan kode sumbernya tersedia dari Qt Project (download.qt.io, code.qt.io).</translation>
    </message>
    <message>
        <source>The licence texts are in %1.</source>
        <translation>Teks lisensi ada di %1.</translation>
    </message>
    <message>
        <source>The licence texts are in each component&apos;s installed package metadata.</source>
        <translation>Teks lisensi ada di metadata paket terpasang setiap komponen.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Dibuat dengan</translation>
    </message>
</context>
<context>
    <name>Axis</name>
    <message>
        <source>%1s</source>
        <comment>a decade on the axis: 2020s</comment>
        <translation>%1-an</translation>
    </message>
</context>
<context>
    <name>ChipBar</name>
    <message>
        <source>Active filters</source>
        <translation>Filter aktif</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Lepaskan filter %1</translation>
    </message>
    <message>
        <source>No filters: every event is shown</source>
        <translation>Tanpa filter: semua peristiwa ditampilkan</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>Date: %1</source>
        <translation>Tanggal: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sumber:</translation>
    </message>
    <message>
        <source>Sources: none cited</source>
        <translation>Sumber: tidak ada yang dikutip</translation>
    </message>
    <message>
        <source>not given in the file</source>
        <translation>tidak dicantumkan dalam berkas</translation>
    </message>
</context>
<context>
    <name>ClusterCount</name>
    <message>
        <source>1000</source>
        <comment>the unit a cluster&apos;s count is shortened in from that count on, as a number: 1000 for thousands (1.2k), 10000 where counts go in ten thousands (1.2万 for 12,000)</comment>
        <translation>1000</translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>a cluster&apos;s count in that unit (1.2k, 12k) in a small badge</comment>
        <translation>%1 rb</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%Ln peristiwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%Ln sumber</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n events</source>
        <translation>
            <numerusform>%1 dari %Ln peristiwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier events in this lane</source>
        <translation>
            <numerusform>%Ln peristiwa sebelumnya di jalur ini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later events in this lane</source>
        <translation>
            <numerusform>%Ln peristiwa sesudahnya di jalur ini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events, together spanning %1</source>
        <translation>
            <numerusform>%Ln peristiwa, seluruhnya dalam rentang %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n periods running through this view</source>
        <translation>
            <numerusform>%Ln periode yang berlangsung melewati tampilan ini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events dated only to %1</source>
        <translation>
            <numerusform>%Ln peristiwa yang tanggalnya hanya diketahui sampai %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 of %n events to %2 (%3, %4x%5 px)</source>
        <translation>
            <numerusform>%1 dari %Ln peristiwa diekspor ke %2 (%3, %4x%5 px)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 of %n events to %2 (PDF on %3 paper, %4 pages)</source>
        <translation>
            <numerusform>%1 dari %Ln peristiwa diekspor ke %2 (PDF di kertas %3, %4 halaman)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 of %n events to %2 (%3)</source>
        <translation>
            <numerusform>%1 dari %Ln peristiwa diekspor ke %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events were not saved: iCalendar cannot hold dates before year 1.</source>
        <translation>
            <numerusform>%Ln peristiwa tidak disimpan: iCalendar tidak dapat memuat tanggal sebelum tahun 1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n events can be saved as %2, so %3 was not written.</source>
        <translation>
            <numerusform>Tidak satu pun dari %Ln peristiwa dapat disimpan sebagai %2, jadi %3 tidak ditulis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 of %n events to %2 (%3).</source>
        <translation>
            <numerusform>%1 dari %Ln peristiwa disimpan ke %2 (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details)</source>
        <translation>
            <numerusform>… dan %Ln lainnya (lihat rinciannya)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>%1 BC</source>
        <comment>a year before the common era</comment>
        <translation>%1 SM</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>a year on its own</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 trillion years ago</source>
        <comment>%2 may be used instead</comment>
        <translation>%1 triliun tahun lalu</translation>
    </message>
    <message>
        <source>%1 billion years ago</source>
        <comment>%2 may be used instead</comment>
        <translation>%1 miliar tahun lalu</translation>
    </message>
    <message>
        <source>%1 million years ago</source>
        <comment>%2 may be used instead</comment>
        <translation>%1 juta tahun lalu</translation>
    </message>
    <message>
        <source>%1 thousand years ago</source>
        <comment>%2 may be used instead</comment>
        <translation>%1 ribu tahun lalu</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>QLocale date format of a month: April 2023</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>QLocale date format of a day: 20 December 2024</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a date range: from – to</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>AD %1</source>
        <comment>a year of the common era</comment>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>%1 BC</source>
        <comment>the year inside a date: 15 March 44 BC</comment>
        <translation>%1 SM</translation>
    </message>
    <message>
        <source>AD %1</source>
        <comment>the year inside a date: 15 March AD 14</comment>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>known to the year</source>
        <translation>diketahui sampai tahun</translation>
    </message>
    <message>
        <source>known to the month</source>
        <translation>diketahui sampai bulan</translation>
    </message>
    <message>
        <source>known to the day</source>
        <translation>diketahui sampai hari</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select an event on the timeline or in the table to read what happened, who says so and where the sources disagree.</source>
        <translation>Pilih peristiwa di linimasa atau di tabel untuk membaca apa yang terjadi, siapa yang menyatakannya, dan di mana sumber-sumber berbeda pendapat.</translation>
    </message>
    <message>
        <source>no sources cited</source>
        <translation>tanpa sumber</translation>
    </message>
    <message>
        <source>(the file gives no status)</source>
        <translation>(berkas tidak mencantumkan status)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Tokoh</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Also cited where sources disagree:</source>
        <translation>Juga dikutip dalam perbedaan keterangan sumber:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>No source is cited for this event, so it cannot be checked here.</source>
        <translation>Peristiwa ini tidak mengutip sumber apa pun, jadi tidak dapat diperiksa di sini.</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategori:</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names in a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a heading before a list</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>(unknown source)</source>
        <translation>(sumber tidak dikenal)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the publisher, date and reliability of a source</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sumber:</translation>
    </message>
    <message>
        <source>none cited</source>
        <translation>tidak ada yang dikutip</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Where sources disagree</source>
        <translation>Perbedaan keterangan sumber</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Related events</source>
        <translation>Peristiwa terkait</translation>
    </message>
    <message>
        <source>About this data set</source>
        <translation>Tentang data set ini</translation>
    </message>
    <message>
        <source>Eras</source>
        <translation>Era</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Rincian peristiwa</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Undo filter change</source>
        <translation>&amp;Batalkan perubahan filter</translation>
    </message>
    <message>
        <source>&amp;Redo filter change</source>
        <translation>&amp;Ulangi perubahan filter</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>For&amp;ward</source>
        <translation>&amp;Maju</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy the selected event with its sources, or the selected table rows as CSV</source>
        <translation>Salin peristiwa terpilih beserta sumbernya, atau baris tabel terpilih sebagai CSV</translation>
    </message>
    <message>
        <source>Find &amp;next match</source>
        <translation>Temukan hasil se&amp;lanjutnya</translation>
    </message>
    <message>
        <source>Find &amp;previous match</source>
        <translation>Temukan hasil se&amp;belumnya</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>Select an event to copy it</source>
        <translation>Pilih peristiwa untuk menyalinnya</translation>
    </message>
    <message>
        <source>Copied the event with its sources</source>
        <translation>Peristiwa beserta sumbernya telah disalin</translation>
    </message>
</context>
<context>
    <name>EmptyNotice</name>
    <message>
        <source>No events shown</source>
        <translation>Tidak ada peristiwa yang ditampilkan</translation>
    </message>
    <message>
        <source>Clear all filters (Esc)</source>
        <translation>Hapus semua filter (Esc)</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Hapus semua filter</translation>
    </message>
    <message>
        <source>This timeline has no events</source>
        <translation>Linimasa ini tidak memiliki peristiwa</translation>
    </message>
    <message>
        <source>Open another file (Ctrl+O), or add events to this one.</source>
        <translation>Buka berkas lain (Ctrl+O), atau tambahkan peristiwa ke berkas ini.</translation>
    </message>
    <message>
        <source>No events match these filters</source>
        <translation>Tidak ada peristiwa yang cocok dengan filter ini</translation>
    </message>
    <message>
        <source>(the current filters)</source>
        <translation>(filter yang sedang aktif)</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n events passes all of them.</source>
        <translation>
            <numerusform>Tidak satu pun dari %Ln peristiwa lolos semua filter itu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a filter, or clear them all.</source>
        <translation>Lepaskan salah satu filter, atau hapus semuanya.</translation>
    </message>
</context>
<context>
    <name>EventHtml</name>
    <message>
        <source>English</source>
        <translation>Inggris</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Tionghoa</translation>
    </message>
    <message>
        <source>(in %1)</source>
        <comment>after a text shown in another language; %1 is its name</comment>
        <translation>(dalam bahasa %1)</translation>
    </message>
    <message>
        <source>Year as written in the file:</source>
        <translation>Tahun sebagaimana tertulis di berkas:</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Tokoh</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>%1, %2</source>
        <comment>events, years</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>person: %1</source>
        <translation>tokoh: %1</translation>
    </message>
    <message>
        <source>organization: %1</source>
        <translation>organisasi: %1</translation>
    </message>
    <message>
        <source>category: %1</source>
        <translation>kategori: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>status: %1</translation>
    </message>
    <message>
        <source>tag: %1</source>
        <translation>tag: %1</translation>
    </message>
    <message>
        <source>years: %1</source>
        <translation>tahun: %1</translation>
    </message>
    <message>
        <source>text: “%1”</source>
        <translation>teks: “%1”</translation>
    </message>
    <message>
        <source>made with %1</source>
        <translation>dibuat dengan %1</translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation>Peristiwa (%1)</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>halaman %1 dari %2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Tanggal: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>Pihak terlibat: %1</translation>
    </message>
    <message>
        <source>Sources disagree on %1: %2</source>
        <translation>Sumber berbeda pendapat soal %1: %2</translation>
    </message>
</context>
<context>
    <name>ExportData</name>
    <message>
        <source>Timeline JSON (*.json)</source>
        <translation>JSON linimasa (*.json)</translation>
    </message>
    <message>
        <source>TimelineJS3 JSON (*.json)</source>
        <translation>JSON TimelineJS3 (*.json)</translation>
    </message>
    <message>
        <source>CSV, one row per event (*.csv)</source>
        <translation>CSV, satu baris per peristiwa (*.csv)</translation>
    </message>
    <message>
        <source>TimelineJS3 spreadsheet CSV (*.csv)</source>
        <translation>CSV lembar kerja TimelineJS3 (*.csv)</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Timeline JSON</source>
        <translation>JSON linimasa</translation>
    </message>
    <message>
        <source>TimelineJS3 JSON</source>
        <translation>JSON TimelineJS3</translation>
    </message>
    <message>
        <source>CSV, one row per event</source>
        <translation>CSV, satu baris per peristiwa</translation>
    </message>
    <message>
        <source>TimelineJS3 spreadsheet CSV</source>
        <translation>CSV lembar kerja TimelineJS3</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <source>translations (only %1)</source>
        <translation>terjemahan (hanya %1)</translation>
    </message>
    <message>
        <source>descriptions</source>
        <translation>deskripsi</translation>
    </message>
    <message>
        <source>people</source>
        <translation>tokoh</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>organisasi</translation>
    </message>
    <message>
        <source>claim status</source>
        <translation>status klaim</translation>
    </message>
    <message>
        <source>status notes</source>
        <translation>catatan status</translation>
    </message>
    <message>
        <source>date notes</source>
        <translation>catatan tanggal</translation>
    </message>
    <message>
        <source>where sources disagree</source>
        <translation>perbedaan keterangan sumber</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tag</translation>
    </message>
    <message>
        <source>related events</source>
        <translation>peristiwa terkait</translation>
    </message>
    <message>
        <source>all sources but the first with a web address</source>
        <translation>semua sumber selain yang pertama dengan alamat web</translation>
    </message>
    <message>
        <source>sources (only the first web address is kept)</source>
        <translation>sumber (hanya alamat web pertama yang disimpan)</translation>
    </message>
    <message>
        <source>eras</source>
        <translation>era</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts a format does not keep</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>not kept in %1: %2</source>
        <translation>tidak disimpan dalam %1: %2</translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation>Tidak ada yang diekspor</translation>
    </message>
    <message>
        <source>Some details were not kept</source>
        <translation>Sebagian rincian tidak disimpan</translation>
    </message>
    <message>
        <source>Not kept in %1: %2.</source>
        <translation>Tidak disimpan dalam %1: %2.</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Ekspor data</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>%1 is the file this timeline was opened from; export to another file name (the open file is left as it is).</source>
        <translation>%1 adalah berkas asal linimasa ini; ekspor ke nama berkas lain (berkas yang terbuka dibiarkan apa adanya).</translation>
    </message>
    <message>
        <source>Some events were left out</source>
        <translation>Sebagian peristiwa tidak disertakan</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>the export message; what was not kept</comment>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Gambar vektor SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Ekspor linimasa</translation>
    </message>
    <message>
        <source>Export an empty picture?</source>
        <translation>Ekspor gambar kosong?</translation>
    </message>
    <message>
        <source>No events match the current filters, so the picture would show none. Export it anyway?</source>
        <translation>Tidak ada peristiwa yang cocok dengan filter saat ini, jadi gambarnya akan kosong. Tetap ekspor?</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Mengekspor %1</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written.</source>
        <translation>Ekspor dibatalkan: %1 tidak ditulis.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>The picture was cut</source>
        <translation>Gambarnya terpotong</translation>
    </message>
    <message>
        <source>The lanes need more than %1 pixels, the most an export is made tall by itself, so the lanes at the bottom are not in the picture. Filter to fewer events or lanes, or give a height on the command line (xiaomi-timeline export --height).</source>
        <translation>Jalur-jalurnya butuh lebih dari %1 piksel, tinggi maksimum yang dibuat otomatis saat ekspor, sehingga jalur paling bawah tidak masuk ke gambar. Saring agar peristiwa atau jalurnya lebih sedikit, atau tentukan tingginya lewat baris perintah (xiaomi-timeline export --height).</translation>
    </message>
    <message>
        <source>; cut at %1 px, lower lanes left out</source>
        <translation>; dipotong pada %1 px, jalur bawah tidak disertakan</translation>
    </message>
</context>
<context>
    <name>FacetSection</name>
    <message>
        <source>No match for “%1”</source>
        <translation>Tidak ada yang cocok dengan “%1”</translation>
    </message>
    <message>
        <source>None in this file</source>
        <translation>Tidak ada di berkas ini</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>People</source>
        <translation>Tokoh</translation>
    </message>
    <message>
        <source>Find a person, any script</source>
        <translation>Cari tokoh, dalam aksara apa pun</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>Status klaim</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Find an organization</source>
        <translation>Cari organisasi</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Search events (Ctrl+F)</source>
        <translation>Cari peristiwa (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Cari peristiwa</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Hapus semua filter</translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation>Teks: “%1”</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Tokoh: %1</translation>
    </message>
    <message>
        <source>Years: %1</source>
        <translation>Tahun: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategori: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Org: %1</source>
        <translation>Organisasi: %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Tag: %1</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Month known</source>
        <translation>Bulan diketahui</translation>
    </message>
    <message>
        <source>Year known</source>
        <translation>Tahun diketahui</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Day known</source>
        <translation>Hari diketahui</translation>
    </message>
    <message>
        <source>Month known (band = the month)</source>
        <translation>Bulan diketahui (pita = bulan itu)</translation>
    </message>
    <message>
        <source>Year known (band = the year)</source>
        <translation>Tahun diketahui (pita = tahun itu)</translation>
    </message>
    <message>
        <source>Period (faded ends: uncertain)</source>
        <translation>Periode (ujung samar: tidak pasti)</translation>
    </message>
    <message>
        <source>12 = a cluster of 12 events; click to zoom in</source>
        <translation>12 = kelompok 12 peristiwa; klik untuk memperbesar</translation>
    </message>
    <message>
        <source>12 = a cluster of 12 events too close to draw apart</source>
        <translation>12 = kelompok 12 peristiwa yang terlalu berdekatan untuk digambar terpisah</translation>
    </message>
    <message>
        <source>Band = events dated only to a wider year/month, or periods through the view; click to zoom out</source>
        <translation>Pita = peristiwa yang hanya diketahui tahun/bulannya, atau periode yang melewati tampilan; klik untuk memperkecil</translation>
    </message>
    <message>
        <source>Grey band = events dated only to a year or month wider than the view, or periods running through it</source>
        <translation>Pita abu-abu = peristiwa yang hanya diketahui tahun atau bulannya (lebih lebar dari tampilan), atau periode yang melewatinya</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>Status klaim</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Lainnya…</translation>
    </message>
</context>
<context>
    <name>LegendPopup</name>
    <message>
        <source>Timeline legend</source>
        <translation>Keterangan linimasa</translation>
    </message>
</context>
<context>
    <name>LoadProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Stop opening this file and keep what is shown (Esc)</source>
        <translation>Berhenti membuka berkas ini dan pertahankan yang sedang ditampilkan (Esc)</translation>
    </message>
    <message>
        <source>Opening %1 (%2 MB)…</source>
        <translation>Membuka %1 (%2 MB)…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Memeriksa %1…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>By &amp;category</source>
        <translation>Menurut &amp;kategori</translation>
    </message>
    <message>
        <source>By &amp;person</source>
        <translation>Menurut &amp;tokoh</translation>
    </message>
    <message>
        <source>By &amp;organization</source>
        <translation>Menurut &amp;organisasi</translation>
    </message>
    <message>
        <source>Same as the &amp;interface</source>
        <translation>Sama dengan &amp;antarmuka</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Bahasa &amp;sistem</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistem</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Terang</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Gelap</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Peristiwa</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Event count</source>
        <translation>Jumlah peristiwa</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <source>Open the &amp;built-in data set</source>
        <translation>Buka data set &amp;bawaan</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>&amp;Export image…</source>
        <translation>&amp;Ekspor gambar…</translation>
    </message>
    <message>
        <source>Save the events shown as a PNG, SVG or PDF picture</source>
        <translation>Simpan peristiwa yang ditampilkan sebagai gambar PNG, SVG, atau PDF</translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation>Ekspor &amp;data…</translation>
    </message>
    <message>
        <source>Save the events shown as timeline JSON, TimelineJS3, CSV or iCalendar</source>
        <translation>Simpan peristiwa yang ditampilkan sebagai JSON linimasa, TimelineJS3, CSV, atau iCalendar</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Print the events shown: the timeline, then each event and its sources</source>
        <translation>Cetak peristiwa yang ditampilkan: linimasa, lalu setiap peristiwa beserta sumbernya</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Search events</source>
        <translation>&amp;Cari peristiwa</translation>
    </message>
    <message>
        <source>Clear &amp;all filters</source>
        <translation>Hapus &amp;semua filter</translation>
    </message>
    <message>
        <source>&amp;Fit the timeline to the events (F)</source>
        <translation>&amp;Paskan linimasa ke peristiwa (F)</translation>
    </message>
    <message>
        <source>Clear search, then filters</source>
        <translation>Hapus pencarian, lalu filter</translation>
    </message>
    <message>
        <source>&amp;Previous event</source>
        <translation>Peristiwa se&amp;belumnya</translation>
    </message>
    <message>
        <source>&amp;Next event</source>
        <translation>Peristiwa se&amp;sudahnya</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Layar &amp;penuh</translation>
    </message>
    <message>
        <source>Focus the &amp;timeline</source>
        <translation>Fokus ke &amp;linimasa</translation>
    </message>
    <message>
        <source>Focus the event &amp;table</source>
        <translation>Fokus ke &amp;tabel peristiwa</translation>
    </message>
    <message>
        <source>Focus the &amp;details</source>
        <translation>Fokus ke &amp;rincian</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan papan ketik</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Tentang %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Buka yang &amp;terakhir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Jalur</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>Bahasa &amp;antarmuka</translation>
    </message>
    <message>
        <source>Content &amp;language</source>
        <translation>&amp;Bahasa konten</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <source>built-in data set</source>
        <translation>data set bawaan</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
</context>
<context>
    <name>OutputExtent</name>
    <message>
        <source>List every event?</source>
        <translation>Cantumkan setiap peristiwa?</translation>
    </message>
    <message>
        <source>Listing all %1 events with their sources takes about %2 pages after the timeline.</source>
        <translation>Mencantumkan semua %1 peristiwa beserta sumbernya memerlukan sekitar %2 halaman setelah linimasa.</translation>
    </message>
    <message>
        <source>Filter to fewer events, or leave the list out.</source>
        <translation>Saring agar peristiwanya lebih sedikit, atau tanpa daftar.</translation>
    </message>
    <message>
        <source>Timeline pages only</source>
        <translation>Hanya halaman linimasa</translation>
    </message>
    <message>
        <source>Everything (about %1 pages)</source>
        <translation>Semuanya (sekitar %1 halaman)</translation>
    </message>
</context>
<context>
    <name>OutputProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Listing the events: %1 of %2</source>
        <translation>Mencantumkan peristiwa: %1 dari %2</translation>
    </message>
    <message>
        <source>Drawing the pages: %1 of %2</source>
        <translation>Menggambar halaman: %1 dari %2</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <source>Timeline overview</source>
        <translation>Ikhtisar linimasa</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Ikhtisar</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview</source>
        <translation>Pratinjau cetak</translation>
    </message>
    <message>
        <source>Preparing the pages</source>
        <translation>Menyiapkan halaman</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Pencetakan gagal</translation>
    </message>
    <message>
        <source>The pages could not be sent to the printer. Check that it is ready, or choose another one.</source>
        <translation>Halaman tidak dapat dikirim ke pencetak. Periksa apakah pencetak siap, atau pilih pencetak lain.</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>File problems</source>
        <translation>Masalah berkas</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>Try loading the file again</source>
        <translation>Coba muat berkasnya lagi</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Dismiss the problem banner</source>
        <translation>Tutup spanduk masalah</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%Ln masalah</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has %2; still showing the last version that loaded. Fix the file and it reloads.</source>
        <translation>%1 memiliki %2; versi terakhir yang berhasil dimuat tetap ditampilkan. Perbaiki berkasnya dan ia akan dimuat ulang.</translation>
    </message>
    <message>
        <source>Could not open %1 (%2); showing %3 instead. Fix the file and it opens.</source>
        <translation>%1 tidak dapat dibuka (%2); yang ditampilkan %3. Perbaiki berkasnya dan ia akan terbuka.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... dan %Ln lainnya</numerusform>
        </translation>
    </message>
    <message>
        <source>The app closed while opening %1 last time, so it was not opened again; showing %2 instead. Press Try again to open %1.</source>
        <translation>Aplikasi tertutup saat membuka %1 terakhir kali, jadi berkas itu tidak dibuka lagi; yang ditampilkan %2. Tekan Coba lagi untuk membuka %1.</translation>
    </message>
    <message>
        <source>%1 was deleted or moved; still showing the last version. It reloads when the file is back.</source>
        <translation>%1 dihapus atau dipindahkan; versi terakhirnya tetap ditampilkan. Berkas dimuat ulang begitu ada lagi.</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>Cannot open file</source>
        <translation>Berkas tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>Try opening the file again</source>
        <translation>Coba buka berkasnya lagi</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%Ln masalah</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be opened (%2). The timeline you were looking at stays open.</source>
        <translation>%1 tidak dapat dibuka (%2). Linimasa yang sedang Anda lihat tetap terbuka.</translation>
    </message>
    <message>
        <source>Could not open %1; showing %3 instead (%2 below). Fix the file and it opens, or press Try again.</source>
        <translation>%1 tidak dapat dibuka; yang ditampilkan %3 (%2 di bawah). Perbaiki berkasnya dan ia akan terbuka, atau tekan Coba lagi.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>use a real calendar date</source>
        <translation>pakai tanggal yang benar-benar ada di kalender</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>harus berupa objek</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>kolom %1 tidak dikenal</translation>
    </message>
    <message>
        <source>put a cell that holds a comma in double quotes, or name the extra column in the header row</source>
        <translation>apit sel yang berisi koma dengan tanda kutip ganda, atau beri nama kolom tambahan itu di baris tajuk</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 bukan bilangan bulat</translation>
    </message>
    <message>
        <source>write a whole number, e.g. 2019, or -44 for 44 BC</source>
        <translation>tulis bilangan bulat, mis. 2019, atau -44 untuk 44 SM</translation>
    </message>
    <message>
        <source>write 1 to 12, or leave it empty</source>
        <translation>tulis 1 sampai 12, atau biarkan kosong</translation>
    </message>
    <message>
        <source>write 1 to 31, or leave it empty</source>
        <translation>tulis 1 sampai 31, atau biarkan kosong</translation>
    </message>
    <message>
        <source>give at least a year</source>
        <translation>beri setidaknya tahunnya</translation>
    </message>
    <message>
        <source>add one</source>
        <translation>tambahkan satu</translation>
    </message>
    <message>
        <source>%1 has month %2; months run from 01 to 12</source>
        <translation>%1 memakai bulan %2; bulan hanya dari 01 sampai 12</translation>
    </message>
    <message>
        <source>%1 does not exist: %2 has %3 days</source>
        <translation>%1 tidak ada: %2 hanya punya %3 hari</translation>
    </message>
    <message>
        <source>end %1 is before start %2</source>
        <translation>akhir %1 lebih awal dari awal %2</translation>
    </message>
    <message>
        <source>swap start and end, or fix the year</source>
        <translation>tukar awal dan akhir, atau perbaiki tahunnya</translation>
    </message>
    <message>
        <source>swap start and end, or fix the month</source>
        <translation>tukar awal dan akhir, atau perbaiki bulannya</translation>
    </message>
    <message>
        <source>swap start and end, or fix the day</source>
        <translation>tukar awal dan akhir, atau perbaiki tanggalnya</translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation>%1 bukan tanggal</translation>
    </message>
    <message>
        <source>write YYYY, YYYY-MM or YYYY-MM-DD, e.g. &quot;2019&quot;, &quot;2023-04&quot;, &quot;2024-12-20&quot;</source>
        <translation>tulis YYYY, YYYY-MM, atau YYYY-MM-DD, mis. &quot;2019&quot;, &quot;2023-04&quot;, &quot;2024-12-20&quot;</translation>
    </message>
    <message>
        <source>must be a date in double quotes</source>
        <translation>harus berupa tanggal dalam tanda kutip ganda</translation>
    </message>
    <message>
        <source>write &quot;YYYY&quot;, &quot;YYYY-MM&quot; or &quot;YYYY-MM-DD&quot;, e.g. &quot;2021&quot; or &quot;2021-03&quot;</source>
        <translation>tulis &quot;YYYY&quot;, &quot;YYYY-MM&quot;, atau &quot;YYYY-MM-DD&quot;, mis. &quot;2021&quot; atau &quot;2021-03&quot;</translation>
    </message>
    <message>
        <source>unknown category id %1</source>
        <translation>id kategori %1 tidak dikenal</translation>
    </message>
    <message>
        <source>add a category with id %1 to &quot;categories&quot;, or fix the spelling</source>
        <translation>tambahkan kategori dengan id %1 ke &quot;categories&quot;, atau perbaiki ejaannya</translation>
    </message>
    <message>
        <source>unknown person id %1</source>
        <translation>id orang %1 tidak dikenal</translation>
    </message>
    <message>
        <source>add a person with id %1 to &quot;people&quot;, or fix the spelling</source>
        <translation>tambahkan orang dengan id %1 ke &quot;people&quot;, atau perbaiki ejaannya</translation>
    </message>
    <message>
        <source>unknown organization id %1</source>
        <translation>id organisasi %1 tidak dikenal</translation>
    </message>
    <message>
        <source>add an organization with id %1 to &quot;organizations&quot;, or fix the spelling</source>
        <translation>tambahkan organisasi dengan id %1 ke &quot;organizations&quot;, atau perbaiki ejaannya</translation>
    </message>
    <message>
        <source>unknown source id %1</source>
        <translation>id sumber %1 tidak dikenal</translation>
    </message>
    <message>
        <source>add a source with id %1 to &quot;sources&quot;, or fix the spelling</source>
        <translation>tambahkan sumber dengan id %1 ke &quot;sources&quot;, atau perbaiki ejaannya</translation>
    </message>
    <message>
        <source>unknown event id %1</source>
        <translation>id peristiwa %1 tidak dikenal</translation>
    </message>
    <message>
        <source>add an event with id %1 to &quot;events&quot;, or fix the spelling</source>
        <translation>tambahkan peristiwa dengan id %1 ke &quot;events&quot;, atau perbaiki ejaannya</translation>
    </message>
    <message>
        <source>duplicate id %1 (first used at %2[%3])</source>
        <translation>id %1 ganda (pertama dipakai di %2[%3])</translation>
    </message>
    <message>
        <source>give each entry its own id</source>
        <translation>beri setiap entri id-nya sendiri</translation>
    </message>
    <message>
        <source>the title is blank</source>
        <translation>judulnya kosong</translation>
    </message>
    <message>
        <source>write a title</source>
        <translation>tulis judul</translation>
    </message>
    <message>
        <source>write a title in &quot;%1&quot;, or remove that language</source>
        <translation>tulis judul dalam &quot;%1&quot;, atau hapus bahasa itu</translation>
    </message>
    <message>
        <source>required field %1 is missing</source>
        <translation>kolom wajib %1 tidak ada</translation>
    </message>
    <message>
        <source>add &quot;%2&quot;</source>
        <translation>tambahkan &quot;%2&quot;</translation>
    </message>
    <message>
        <source>did you mean %2?</source>
        <translation>maksud Anda %2?</translation>
    </message>
    <message>
        <source>remove it, or use one of: %2</source>
        <translation>hapus, atau pakai salah satu dari: %2</translation>
    </message>
    <message>
        <source>%1 is not an allowed %2</source>
        <translation>%1 bukan nilai %2 yang diizinkan</translation>
    </message>
    <message>
        <source>use one of: %3</source>
        <translation>pakai salah satu dari: %3</translation>
    </message>
    <message>
        <source>%1 is not a colour</source>
        <translation>%1 bukan warna</translation>
    </message>
    <message>
        <source>write #RRGGBB, e.g. &quot;#1E88E5&quot;</source>
        <translation>tulis #RRGGBB, mis. &quot;#1E88E5&quot;</translation>
    </message>
    <message>
        <source>%1 is not a web address</source>
        <translation>%1 bukan alamat web</translation>
    </message>
    <message>
        <source>write a full http:// or https:// URL</source>
        <translation>tulis URL lengkap dengan http:// atau https://</translation>
    </message>
    <message>
        <source>%1 is not a language tag</source>
        <translation>%1 bukan tag bahasa</translation>
    </message>
    <message>
        <source>write a BCP 47 tag such as en, id, zh-Hans</source>
        <translation>tulis tag BCP 47 seperti en, id, zh-Hans</translation>
    </message>
    <message>
        <source>%1 is not a valid id</source>
        <translation>%1 bukan id yang sah</translation>
    </message>
    <message>
        <source>ids use letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; or &apos;-&apos; and start with a letter or digit</source>
        <translation>id memakai huruf, angka, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; atau &apos;-&apos; dan diawali huruf atau angka</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>lebih dari %1 karakter</translation>
    </message>
    <message>
        <source>shorten it</source>
        <translation>persingkat</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>tidak boleh kosong</translation>
    </message>
    <message>
        <source>write some text or remove the field</source>
        <translation>tulis teks atau hapus kolom ini</translation>
    </message>
    <message>
        <source>must be text (a JSON string)</source>
        <translation>harus berupa teks (string JSON)</translation>
    </message>
    <message>
        <source>write the value in double quotes, e.g. &quot;Text&quot;</source>
        <translation>tulis nilainya dalam tanda kutip ganda, mis. &quot;Teks&quot;</translation>
    </message>
    <message>
        <source>must be text, or an object of texts by language</source>
        <translation>harus berupa teks, atau objek berisi teks per bahasa</translation>
    </message>
    <message>
        <source>e.g. &quot;title&quot;: &quot;Text&quot; or &quot;title&quot;: {&quot;en&quot;: &quot;Text&quot;, &quot;id&quot;: &quot;Teks&quot;}</source>
        <translation>mis. &quot;title&quot;: &quot;Teks&quot; atau &quot;title&quot;: {&quot;en&quot;: &quot;Text&quot;, &quot;id&quot;: &quot;Teks&quot;}</translation>
    </message>
    <message>
        <source>must not be an empty object</source>
        <translation>tidak boleh berupa objek kosong</translation>
    </message>
    <message>
        <source>give at least one text, e.g. {&quot;en&quot;: &quot;Text&quot;}</source>
        <translation>beri setidaknya satu teks, mis. {&quot;id&quot;: &quot;Teks&quot;}</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>harus berupa daftar</translation>
    </message>
    <message>
        <source>write a JSON array, e.g. [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>tulis array JSON, mis. [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>write {...} with its fields, at least %1</source>
        <translation>tulis {...} beserta kolom-kolomnya, setidaknya %1</translation>
    </message>
    <message>
        <source>map each level to its meaning, e.g. {&quot;low&quot;: &quot;A mirror site&quot;}</source>
        <translation>petakan setiap tingkat ke artinya, mis. {&quot;low&quot;: &quot;Situs cermin&quot;}</translation>
    </message>
    <message>
        <source>trailing comma before %1</source>
        <translation>koma berlebih sebelum %1</translation>
    </message>
    <message>
        <source>JSON allows no comma after the last item: delete this comma</source>
        <translation>JSON tidak mengizinkan koma setelah butir terakhir: hapus koma ini</translation>
    </message>
    <message>
        <source>the file ends here, before %1</source>
        <translation>berkas berakhir di sini, sebelum %1</translation>
    </message>
    <message>
        <source>the file may be cut off or not fully saved; close what was opened</source>
        <translation>berkas mungkin terpotong atau belum tersimpan sepenuhnya; tutup yang sudah dibuka</translation>
    </message>
    <message>
        <source>missing comma after this value</source>
        <translation>tidak ada koma setelah nilai ini</translation>
    </message>
    <message>
        <source>separate items of a list or object with a comma</source>
        <translation>pisahkan butir daftar atau objek dengan koma</translation>
    </message>
    <message>
        <source>a text ends just before this: a closing quote may be missing earlier</source>
        <translation>sebuah teks berakhir tepat sebelum ini: mungkin ada tanda kutip penutup yang hilang sebelumnya</translation>
    </message>
    <message>
        <source>end each text with &quot;; write \&quot; for a quote inside a text</source>
        <translation>akhiri setiap teks dengan &quot;; tulis \&quot; untuk tanda kutip di dalam teks</translation>
    </message>
    <message>
        <source>extra text after the end of the document</source>
        <translation>ada teks tambahan setelah akhir dokumen</translation>
    </message>
    <message>
        <source>the JSON document ends at line %1, column %2: delete what follows it</source>
        <translation>dokumen JSON berakhir di baris %1, kolom %2: hapus apa pun setelahnya</translation>
    </message>
    <message>
        <source>this is not JSON</source>
        <translation>ini bukan JSON</translation>
    </message>
    <message>
        <source>a timeline file is a JSON object: {&quot;schema_version&quot;: 1, &quot;title&quot;: ...}</source>
        <translation>berkas linimasa adalah objek JSON: {&quot;schema_version&quot;: 1, &quot;title&quot;: ...}</translation>
    </message>
    <message>
        <source>a comment: JSON allows none</source>
        <translation>komentar: JSON tidak mengizinkan komentar</translation>
    </message>
    <message>
        <source>delete the comment, or move it into a &quot;notes&quot; text</source>
        <translation>hapus komentar itu, atau pindahkan ke teks &quot;notes&quot;</translation>
    </message>
    <message>
        <source>single quotes: JSON needs double quotes</source>
        <translation>tanda kutip tunggal: JSON memerlukan tanda kutip ganda</translation>
    </message>
    <message>
        <source>write &quot;name&quot; and &quot;text&quot; in double quotes</source>
        <translation>tulis &quot;nama&quot; dan &quot;teks&quot; dalam tanda kutip ganda</translation>
    </message>
    <message>
        <source>a line break (or control character) inside a text: a closing quote may be missing</source>
        <translation>ada ganti baris (atau karakter kontrol) di dalam teks: mungkin tanda kutip penutupnya hilang</translation>
    </message>
    <message>
        <source>end the text with &quot; on this line, or write \n for a line break</source>
        <translation>akhiri teks dengan &quot; di baris ini, atau tulis \n untuk ganti baris</translation>
    </message>
    <message>
        <source>a text that is never closed</source>
        <translation>teks yang tidak pernah ditutup</translation>
    </message>
    <message>
        <source>end it with a double quote (&quot;)</source>
        <translation>akhiri dengan tanda kutip ganda (&quot;)</translation>
    </message>
    <message>
        <source>the file ends inside this text: it may be cut off or not fully saved</source>
        <translation>berkas berakhir di dalam teks ini: mungkin terpotong atau belum tersimpan sepenuhnya</translation>
    </message>
    <message>
        <source>expected a field name in double quotes</source>
        <translation>seharusnya ada nama kolom dalam tanda kutip ganda</translation>
    </message>
    <message>
        <source>e.g. &quot;title&quot;: &quot;...&quot;</source>
        <translation>mis. &quot;title&quot;: &quot;...&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given more than once in this object; the first is at line %2, column %3</source>
        <translation>&quot;%1&quot; muncul lebih dari sekali dalam objek ini; yang pertama ada di baris %2, kolom %3</translation>
    </message>
    <message>
        <source>keep one of them: a JSON reader would use only the last and drop the other</source>
        <translation>pertahankan salah satunya: pembaca JSON hanya akan memakai yang terakhir dan membuang yang lain</translation>
    </message>
    <message>
        <source>the top level is a JSON %1, not an object</source>
        <translation>tingkat teratas berupa %1 JSON, bukan objek</translation>
    </message>
    <message>
        <source>wrap the content in {&quot;schema_version&quot;: 1, &quot;title&quot;: ..., &quot;events&quot;: [...]}</source>
        <translation>bungkus isinya dalam {&quot;schema_version&quot;: 1, &quot;title&quot;: ..., &quot;events&quot;: [...]}</translation>
    </message>
    <message>
        <source>not valid UTF-8 (byte %1)</source>
        <translation>bukan UTF-8 yang sah (bita %1)</translation>
    </message>
    <message>
        <source>save the file as UTF-8</source>
        <translation>simpan berkas sebagai UTF-8</translation>
    </message>
    <message>
        <source>row %1 has %2 cells but the header has %3 columns</source>
        <translation>baris %1 berisi %2 sel, padahal tajuknya hanya %3 kolom</translation>
    </message>
    <message>
        <source>put a cell that holds a semicolon in double quotes, or name the extra column in the header row</source>
        <translation>apit sel yang berisi titik koma dengan tanda kutip ganda, atau beri nama kolom tambahan itu di baris tajuk</translation>
    </message>
    <message>
        <source>put a cell that holds a tab in double quotes, or name the extra column in the header row</source>
        <translation>apit sel yang berisi tab dengan tanda kutip ganda, atau beri nama kolom tambahan itu di baris tajuk</translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation>kolom %1 tidak ada</translation>
    </message>
    <message>
        <source>add it to the header row (the first row); columns: %2</source>
        <translation>tambahkan ke baris tajuk (baris pertama); kolom: %2</translation>
    </message>
    <message>
        <source>save it as &quot;CSV UTF-8&quot; (Excel) or export it again from Google Sheets</source>
        <translation>simpan sebagai &quot;CSV UTF-8&quot; (Excel) atau ekspor ulang dari Google Sheets</translation>
    </message>
    <message>
        <source>not a timeline: no CSV header row, iCalendar or JSON found</source>
        <translation>bukan linimasa: tidak ditemukan baris tajuk CSV, iCalendar, atau JSON</translation>
    </message>
    <message>
        <source>open a timeline JSON, a TimelineJS3 file, a CSV with a header row, or an .ics</source>
        <translation>buka JSON linimasa, berkas TimelineJS3, CSV dengan baris tajuk, atau berkas .ics</translation>
    </message>
    <message>
        <source>a spreadsheet workbook (Excel, LibreOffice), not a timeline file</source>
        <translation>buku kerja lembar sebar (Excel, LibreOffice), bukan berkas linimasa</translation>
    </message>
    <message>
        <source>save the sheet as &quot;CSV UTF-8&quot; and open that</source>
        <translation>simpan lembarnya sebagai &quot;CSV UTF-8&quot; lalu buka berkas itu</translation>
    </message>
    <message>
        <source>not a readable iCalendar file: %1</source>
        <translation>bukan berkas iCalendar yang dapat dibaca: %1</translation>
    </message>
    <message>
        <source>export the calendar again from its program, or fix the line it names</source>
        <translation>ekspor ulang kalendernya dari programnya, atau perbaiki baris yang disebut</translation>
    </message>
    <message>
        <source>%1 is given twice in this event; the first is at line %2</source>
        <translation>%1 muncul dua kali dalam acara ini; yang pertama ada di baris %2</translation>
    </message>
    <message>
        <source>keep one of them</source>
        <translation>pertahankan salah satunya</translation>
    </message>
    <message>
        <source>this event is never closed</source>
        <translation>acara ini tidak pernah ditutup</translation>
    </message>
    <message>
        <source>add END:VEVENT</source>
        <translation>tambahkan END:VEVENT</translation>
    </message>
    <message>
        <source>write a date as YYYYMMDD (20230215) or a date and time as YYYYMMDDTHHMMSS (20230215T093000)</source>
        <translation>tulis tanggal sebagai YYYYMMDD (20230215) atau tanggal dan waktu sebagai YYYYMMDDTHHMMSS (20230215T093000)</translation>
    </message>
    <message>
        <source>the event has no DTSTART</source>
        <translation>acara ini tidak memiliki DTSTART</translation>
    </message>
    <message>
        <source>give the date it starts</source>
        <translation>berikan tanggal mulainya</translation>
    </message>
    <message>
        <source>the event has no SUMMARY (title)</source>
        <translation>acara ini tidak memiliki SUMMARY (judul)</translation>
    </message>
    <message>
        <source>give it a title</source>
        <translation>berikan judul</translation>
    </message>
    <message>
        <source>the event ends (%1) before it starts (%2)</source>
        <translation>acara ini berakhir (%1) sebelum dimulai (%2)</translation>
    </message>
    <message>
        <source>swap DTSTART and DTEND, or fix the date</source>
        <translation>tukar DTSTART dan DTEND, atau perbaiki tanggalnya</translation>
    </message>
    <message>
        <source>DURATION %1 is negative</source>
        <translation>DURATION %1 bernilai negatif</translation>
    </message>
    <message>
        <source>give a positive DURATION</source>
        <translation>berikan DURATION yang positif</translation>
    </message>
    <message>
        <source>the year is missing</source>
        <translation>tahunnya tidak ada</translation>
    </message>
    <message>
        <source>month %1 does not exist</source>
        <translation>bulan %1 tidak ada</translation>
    </message>
    <message>
        <source>day %1 does not exist</source>
        <translation>tanggal %1 tidak ada</translation>
    </message>
    <message>
        <source>day %1 does not exist: %2 has %3 days</source>
        <translation>tanggal %1 tidak ada: %2 hanya punya %3 hari</translation>
    </message>
    <message>
        <source>write a day from 1 to %3, or fix the month</source>
        <translation>tulis tanggal 1 sampai %3, atau perbaiki bulannya</translation>
    </message>
    <message>
        <source>a day is given without a month</source>
        <translation>tanggal diberikan tanpa bulan</translation>
    </message>
    <message>
        <source>add the month</source>
        <translation>tambahkan bulannya</translation>
    </message>
    <message>
        <source>the event has no start date</source>
        <translation>peristiwa ini tidak punya tanggal mulai</translation>
    </message>
    <message>
        <source>the event has no headline, text or media caption</source>
        <translation>peristiwa ini tidak punya judul, teks, atau keterangan media</translation>
    </message>
    <message>
        <source>the era has no start date</source>
        <translation>era ini tidak punya tanggal mulai</translation>
    </message>
    <message>
        <source>the era has no end date</source>
        <translation>era ini tidak punya tanggal akhir</translation>
    </message>
    <message>
        <source>the era has no headline</source>
        <translation>era ini tidak punya judul</translation>
    </message>
    <message>
        <source>this is TimelineJS 2&apos;s format, not TimelineJS3&apos;s</source>
        <translation>ini format TimelineJS 2, bukan TimelineJS3</translation>
    </message>
    <message>
        <source>save it as TimelineJS3 JSON ({&quot;title&quot;: ..., &quot;events&quot;: [...]}) and open that</source>
        <translation>simpan sebagai JSON TimelineJS3 ({&quot;title&quot;: ..., &quot;events&quot;: [...]}) lalu buka berkas itu</translation>
    </message>
    <message>
        <source>not a TimelineJS3 timeline: no events list</source>
        <translation>bukan linimasa TimelineJS3: tidak ada daftar events</translation>
    </message>
    <message>
        <source>add &quot;events&quot;: [...]</source>
        <translation>tambahkan &quot;events&quot;: [...]</translation>
    </message>
    <message>
        <source>write {...} with start_date and text</source>
        <translation>tulis {...} dengan start_date dan text</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>berkasnya kosong</translation>
    </message>
    <message>
        <source>a timeline file is a JSON object; see the README</source>
        <translation>berkas linimasa adalah objek JSON; lihat README</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between closing brackets: &apos;}&apos; and &apos;]&apos;</comment>
        <translation> dan </translation>
    </message>
    <message>
        <source>warning</source>
        <translation>peringatan</translation>
    </message>
</context>
<context>
    <name>SectionHeading</name>
    <message>
        <source>Hide this section</source>
        <translation>Sembunyikan bagian ini</translation>
    </message>
    <message>
        <source>Show this section</source>
        <translation>Tampilkan bagian ini</translation>
    </message>
    <message>
        <source>Expanded; press to hide</source>
        <translation>Terbuka; tekan untuk menyembunyikan</translation>
    </message>
    <message>
        <source>Collapsed; press to show</source>
        <translation>Tertutup; tekan untuk menampilkan</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>On the timeline</source>
        <translation>Di linimasa</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>Perbesar / perkecil</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Geser</translation>
    </message>
    <message>
        <source>Go to the start / end</source>
        <translation>Ke awal / akhir</translation>
    </message>
    <message>
        <source>Fit the filtered events</source>
        <translation>Paskan ke peristiwa yang tersaring</translation>
    </message>
    <message>
        <source>In the years histogram</source>
        <translation>Di histogram tahun</translation>
    </message>
    <message>
        <source>Move between years</source>
        <translation>Pindah antartahun</translation>
    </message>
    <message>
        <source>Extend the chosen range</source>
        <translation>Perluas rentang yang dipilih</translation>
    </message>
    <message>
        <source>Choose the focused year</source>
        <translation>Pilih tahun yang difokuskan</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Semua tahun</translation>
    </message>
    <message>
        <source>In a people or organization search</source>
        <translation>Di pencarian tokoh atau organisasi</translation>
    </message>
    <message>
        <source>Move into the list of matches</source>
        <translation>Masuk ke daftar hasil</translation>
    </message>
    <message>
        <source>Tick the highlighted match (at first the top one)</source>
        <translation>Centang hasil yang disorot (mula-mula yang teratas)</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Di mana saja</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Pindah antarkontrol</translation>
    </message>
    <message>
        <source>Tick or untick the focused item of a filter list</source>
        <translation>Centang atau hapus centang butir yang difokuskan di daftar filter</translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation>Buka menu</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Jendela</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <source>Events on a time axis; Up and Down move between rows, Left and Right between events in date order, + and - zoom</source>
        <translation>Peristiwa pada sumbu waktu; Atas dan Bawah berpindah antarbaris, Kiri dan Kanan antarperistiwa menurut tanggal, + dan - untuk memperbesar/memperkecil</translation>
    </message>
    <message>
        <source>Show the whole legend</source>
        <translation>Tampilkan seluruh keterangan</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Tidak ada peristiwa</translation>
    </message>
    <message>
        <source>Eras</source>
        <translation>Era</translation>
    </message>
</context>
<context>
    <name>Tooltips</name>
    <message>
        <source>Click to go to the nearest</source>
        <translation>Klik untuk menuju yang terdekat</translation>
    </message>
    <message>
        <source>Click to zoom out and see them</source>
        <translation>Klik untuk memperkecil dan melihatnya</translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>Klik untuk memperbesar</translation>
    </message>
</context>
<context>
    <name>WindowFiles</name>
    <message>
        <source>Opening %1…</source>
        <translation>Membuka %1…</translation>
    </message>
    <message>
        <source>Stopped opening %1; showing %2 instead</source>
        <translation>Batal membuka %1; yang ditampilkan %2</translation>
    </message>
    <message>
        <source>The last file, %1, is no longer there; showing %2 instead</source>
        <translation>Berkas terakhir, %1, sudah tidak ada; menampilkan %2 sebagai gantinya</translation>
    </message>
    <message>
        <source>No event with id “%1”</source>
        <translation>Tidak ada peristiwa dengan id “%1”</translation>
    </message>
    <message>
        <source>The selected event “%1” is hidden by the filters</source>
        <translation>Peristiwa terpilih “%1” tersembunyi oleh filter</translation>
    </message>
    <message>
        <source>the built-in data set “%1”</source>
        <translation>data set bawaan “%1”</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 dibuka</translation>
    </message>
    <message>
        <source>%1 (a second column of that name)</source>
        <translation>%1 (kolom kedua dengan nama itu)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between column names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1; these columns are not read and their cells are not shown: %2</source>
        <translation>%1; kolom-kolom ini tidak dibaca dan isinya tidak ditampilkan: %2</translation>
    </message>
    <message>
        <source>Stopped opening %1; the timeline shown is unchanged</source>
        <translation>Batal membuka %1; linimasa yang ditampilkan tidak berubah</translation>
    </message>
    <message>
        <source>Still opening %1: cancel it first</source>
        <translation>Masih membuka %1: batalkan dulu</translation>
    </message>
    <message>
        <source>Open timeline</source>
        <translation>Buka linimasa</translation>
    </message>
    <message>
        <source>Timelines (*.json *.csv *.tsv *.ics);;Timeline or TimelineJS3 JSON (*.json);;CSV, ours or TimelineJS3&apos;s spreadsheet (*.csv *.tsv);;iCalendar (*.ics);;All files (*)</source>
        <translation>Linimasa (*.json *.csv *.tsv *.ics);;JSON linimasa atau TimelineJS3 (*.json);;CSV, milik kami atau lembar kerja TimelineJS3 (*.csv *.tsv);;iCalendar (*.ics);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Tidak ada berkas terakhir</translation>
    </message>
    <message>
        <source>&amp;Clear recent files</source>
        <translation>&amp;Kosongkan daftar berkas terakhir</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Confirmed</source>
        <comment>claim status</comment>
        <translation>Terkonfirmasi</translation>
    </message>
    <message>
        <source>Reported</source>
        <comment>claim status</comment>
        <translation>Dilaporkan</translation>
    </message>
    <message>
        <source>Disputed</source>
        <comment>claim status</comment>
        <translation>Diperdebatkan</translation>
    </message>
    <message>
        <source>Reported (unconfirmed)</source>
        <comment>claim status</comment>
        <translation>Dilaporkan (belum dikonfirmasi)</translation>
    </message>
    <message>
        <source>high reliability</source>
        <translation>keandalan tinggi</translation>
    </message>
    <message>
        <source>medium reliability</source>
        <translation>keandalan sedang</translation>
    </message>
    <message>
        <source>low reliability</source>
        <translation>keandalan rendah</translation>
    </message>
    <message>
        <source>No group</source>
        <comment>imported events that had no group</comment>
        <translation>Tanpa grup</translation>
    </message>
    <message>
        <source>No person</source>
        <comment>lane of events naming nobody</comment>
        <translation>Tanpa tokoh</translation>
    </message>
    <message>
        <source>No organization</source>
        <comment>lane of events naming no organization</comment>
        <translation>Tanpa organisasi</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>lane of events in no category</comment>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>No person in this file is called “%1”.</source>
        <translation>Tidak ada tokoh bernama “%1” di berkas ini.</translation>
    </message>
    <message>
        <source>No organization in this file is called “%1”.</source>
        <translation>Tidak ada organisasi bernama “%1” di berkas ini.</translation>
    </message>
    <message>
        <source>No category in this file is called “%1”.</source>
        <translation>Tidak ada kategori bernama “%1” di berkas ini.</translation>
    </message>
</context>
<context>
    <name>YearHistogram</name>
    <message>
        <source>Years</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Tidak ada peristiwa</translation>
    </message>
    <message>
        <source>Year %1: %2</source>
        <translation>Tahun %1: %2</translation>
    </message>
    <message>
        <source>Events per year: click a year or drag across years to filter; click again to clear</source>
        <translation>Peristiwa per tahun: klik satu tahun atau seret melintasi beberapa tahun untuk menyaring; klik lagi untuk menghapus</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Semua tahun</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Tahun %1</translation>
    </message>
    <message>
        <source>Years %1 to %2</source>
        <translation>Tahun %1 sampai %2</translation>
    </message>
</context>
</TS>
