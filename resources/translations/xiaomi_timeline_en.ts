<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n events</source>
        <translation>
            <numerusform>%1 of %Ln event</numerusform>
            <numerusform>%1 of %Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier events in this lane</source>
        <translation>
            <numerusform>%Ln earlier event in this lane</numerusform>
            <numerusform>%Ln earlier events in this lane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later events in this lane</source>
        <translation>
            <numerusform>%Ln later event in this lane</numerusform>
            <numerusform>%Ln later events in this lane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events, together spanning %1</source>
        <translation>
            <numerusform>%Ln event, spanning %1</numerusform>
            <numerusform>%Ln events, together spanning %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n periods running through this view</source>
        <translation>
            <numerusform>%Ln period running through this view</numerusform>
            <numerusform>%Ln periods running through this view</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events dated only to %1</source>
        <translation>
            <numerusform>%Ln event dated only to %1</numerusform>
            <numerusform>%Ln events dated only to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 of %n events to %2 (%3, %4x%5 px)</source>
        <translation>
            <numerusform>Exported %1 of %Ln event to %2 (%3, %4x%5 px)</numerusform>
            <numerusform>Exported %1 of %Ln events to %2 (%3, %4x%5 px)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 of %n events to %2 (PDF on %3 paper, %4 pages)</source>
        <translation>
            <numerusform>Exported %1 of %Ln event to %2 (PDF on %3 paper, %4 pages)</numerusform>
            <numerusform>Exported %1 of %Ln events to %2 (PDF on %3 paper, %4 pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 of %n events to %2 (%3)</source>
        <translation>
            <numerusform>Exported %1 of %Ln event to %2 (%3)</numerusform>
            <numerusform>Exported %1 of %Ln events to %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events were not saved: iCalendar cannot hold dates before year 1.</source>
        <translation>
            <numerusform>%Ln event was not saved: iCalendar cannot hold dates before year 1.</numerusform>
            <numerusform>%Ln events were not saved: iCalendar cannot hold dates before year 1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n events can be saved as %2, so %3 was not written.</source>
        <translation>
            <numerusform>The %Ln event cannot be saved as %2, so %3 was not written.</numerusform>
            <numerusform>None of the %Ln events can be saved as %2, so %3 was not written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 of %n events to %2 (%3).</source>
        <translation>
            <numerusform>Saved %1 of %Ln event to %2 (%3).</numerusform>
            <numerusform>Saved %1 of %Ln events to %2 (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details)</source>
        <translation>
            <numerusform>… and %Ln more (see the details)</numerusform>
            <numerusform>… and %Ln more (see the details)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyNotice</name>
    <message numerus="yes">
        <source>None of the %n events passes all of them.</source>
        <translation>
            <numerusform>The %Ln event does not pass all of them.</numerusform>
            <numerusform>None of the %Ln events passes all of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %Ln more</numerusform>
            <numerusform>... and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
</context>
</TS>
