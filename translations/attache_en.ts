<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Attache::Export::HtmlReportWriter</name>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attache::Export::MarkdownReportWriter</name>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attache::Export::Report</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>%Ln quote</numerusform>
            <numerusform>%Ln quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln annotation</numerusform>
            <numerusform>%Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln outlet(s)</source>
        <translation>
            <numerusform>%Ln outlet</numerusform>
            <numerusform>%Ln outlets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attache::Gui::FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attache::Gui::PeoplePanel</name>
    <message numerus="yes">
        <source>%1 (%n quote(s))</source>
        <translation>
            <numerusform>%1 (%n quote)</numerusform>
            <numerusform>%1 (%n quotes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ReportDialog</name>
    <message numerus="yes">
        <source>Selected articles (%n)</source>
        <translation>
            <numerusform>Selected article (%n)</numerusform>
            <numerusform>Selected articles (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SearchDock</name>
    <message numerus="yes">
        <source>%n results for the filters</source>
        <translation>
            <numerusform>%n result for the filters</numerusform>
            <numerusform>%n results for the filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results for “%1”</source>
        <translation>
            <numerusform>%n result for “%1”</numerusform>
            <numerusform>%n results for “%1”</numerusform>
        </translation>
    </message>
</context>
</TS>
