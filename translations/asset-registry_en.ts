<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApplicabilityDialog</name>
    <message numerus="yes">
        <source>%n control(s): %1 applicable, %2 not applicable, %3 not assessed. The baseline requires %4 of them for at least one asset.</source>
        <translation>
            <numerusform>%n control: %1 applicable, %2 not applicable, %3 not assessed. The baseline requires %4 of them for at least one asset.</numerusform>
            <numerusform>%n controls: %1 applicable, %2 not applicable, %3 not assessed. The baseline requires %4 of them for at least one asset.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssetImport</name>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s). Correct them and import the file again.</source>
        <translation>
            <numerusform>Nothing was imported: the file has %n problem. Correct it and import the file again.</numerusform>
            <numerusform>Nothing was imported: the file has %n problems. Correct them and import the file again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssetUndoCommand</name>
    <message numerus="yes">
        <source>Bulk Edit of %n Asset(s)</source>
        <translation>
            <numerusform>Bulk Edit of %n Asset</numerusform>
            <numerusform>Bulk Edit of %n Assets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentUndoCommand</name>
    <message numerus="yes">
        <source>Control Assignment (%n change(s))</source>
        <translation>
            <numerusform>Control Assignment (%n change)</numerusform>
            <numerusform>Control Assignment (%n changes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogWindow</name>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BaselineDialog</name>
    <message numerus="yes">
        <source>%n rule(s) of the default baseline are not in this baseline, for example rules that a newer version added. &quot;Add Missing Defaults&quot; adds them and keeps every rule you have.</source>
        <translation>
            <numerusform>%n rule of the default baseline is not in this baseline, for example a rule that a newer version added. &quot;Add Missing Defaults&quot; adds it and keeps every rule you have.</numerusform>
            <numerusform>%n rules of the default baseline are not in this baseline, for example rules that a newer version added. &quot;Add Missing Defaults&quot; adds them and keeps every rule you have.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Changes the ticked fields of %n asset(s) at once. Either every asset is changed or, when one of them cannot be, none; Edit ▸ Undo takes the whole change back.</source>
        <translation>
            <numerusform>Changes the ticked fields of %n asset at once. Either the asset is changed or nothing is; Edit ▸ Undo takes the change back.</numerusform>
            <numerusform>Changes the ticked fields of %n assets at once. Either every asset is changed or, when one of them cannot be, none; Edit ▸ Undo takes the whole change back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Change %n Asset(s)</source>
        <translation>
            <numerusform>&amp;Change %n Asset</numerusform>
            <numerusform>&amp;Change %n Assets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Recorded disposal %1: %n asset(s) disposed.</source>
        <translation>
            <numerusform>Recorded disposal %1: %n asset disposed.</numerusform>
            <numerusform>Recorded disposal %1: %n assets disposed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) kept in the registry.</source>
        <translation>
            <numerusform>%n evidence file kept in the registry.</numerusform>
            <numerusform>%n evidence files kept in the registry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the ledger of %n asset(s) to %1</source>
        <translation>
            <numerusform>Wrote the ledger of %n asset to %1</numerusform>
            <numerusform>Wrote the ledger of %n assets to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n problem(s); nothing would be imported.</source>
        <translation>
            <numerusform>Dry run: %n problem; nothing would be imported.</numerusform>
            <numerusform>Dry run: %n problems; nothing would be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: no problems; %n asset(s) would be imported.</source>
        <translation>
            <numerusform>Dry run: no problems; %n asset would be imported.</numerusform>
            <numerusform>Dry run: no problems; %n assets would be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n asset(s).</source>
        <translation>
            <numerusform>Imported %n asset.</numerusform>
            <numerusform>Imported %n assets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n asset(s) to %1.</source>
        <translation>
            <numerusform>Exported %n asset to %1.</numerusform>
            <numerusform>Exported %n assets to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n asset(s) as reviewed on %1 by %2.</source>
        <translation>
            <numerusform>Marked %n asset as reviewed on %1 by %2.</numerusform>
            <numerusform>Marked %n assets as reviewed on %1 by %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) break a personal-information or retention rule. Edit each one and fix the field named above.</source>
        <translation>
            <numerusform>%n asset breaks a personal-information or retention rule. Edit it and fix the field named above.</numerusform>
            <numerusform>%n assets break a personal-information or retention rule. Edit each one and fix the field named above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) have no retention and will be flagged as retention not set until someone sets it.</source>
        <translation>
            <numerusform>%n asset has no retention and will be flagged as retention not set until someone sets it.</numerusform>
            <numerusform>%n assets have no retention and will be flagged as retention not set until someone sets it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk entries recorded.</source>
        <translation>
            <numerusform>%n risk entry recorded.</numerusform>
            <numerusform>%n risk entries recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n risk entries to %1</source>
        <translation>
            <numerusform>Exported %n risk entry to %1</numerusform>
            <numerusform>Exported %n risk entries to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) changed.</source>
        <translation>
            <numerusform>%n asset changed.</numerusform>
            <numerusform>%n assets changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ControlPickerDialog</name>
    <message numerus="yes">
        <source>%n controls chosen.</source>
        <translation>
            <numerusform>%n control chosen.</numerusform>
            <numerusform>%n controls chosen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisposalDialog</name>
    <message numerus="yes">
        <source>Record the disposal of %n asset(s)? The record is final: the assets become disposed and can no longer be edited. Corrections are made as amendments, which keep the original.</source>
        <translation>
            <numerusform>Record the disposal of %n asset? The record is final: the asset becomes disposed and can no longer be edited. Corrections are made as amendments, which keep the original.</numerusform>
            <numerusform>Record the disposal of %n assets? The record is final: the assets become disposed and can no longer be edited. Corrections are made as amendments, which keep the original.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Media (%n asset(s))</source>
        <translation>
            <numerusform>Media (%n asset)</numerusform>
            <numerusform>Media (%n assets)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisposalRecordDialog</name>
    <message numerus="yes">
        <source>All %n evidence file(s) match the SHA-256 recorded when they were added.</source>
        <translation>
            <numerusform>%n evidence file matches the SHA-256 recorded when it was added.</numerusform>
            <numerusform>All %n evidence files match the SHA-256 recorded when they were added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) could not be read:</source>
        <translation>
            <numerusform>%n evidence file could not be read:</numerusform>
            <numerusform>%n evidence files could not be read:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisposalRecordsDialog</name>
    <message numerus="yes">
        <source>%n disposal record(s).</source>
        <translation>
            <numerusform>%n disposal record.</numerusform>
            <numerusform>%n disposal records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueDisposalDialog</name>
    <message numerus="yes">
        <source>%n asset(s) due.</source>
        <translation>
            <numerusform>%n asset due.</numerusform>
            <numerusform>%n assets due.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message numerus="yes">
        <source>%n asset(s) changed.</source>
        <translation>
            <numerusform>%n asset changed.</numerusform>
            <numerusform>%n assets changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disposed asset(s) left as they are.</source>
        <translation>
            <numerusform>%n disposed asset left as it is.</numerusform>
            <numerusform>%n disposed assets left as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GapReportDialog</name>
    <message numerus="yes">
        <source>No gaps: every required control of the %Ln asset(s) checked is in place.</source>
        <translation>
            <numerusform>No gaps: every required control of the %Ln asset checked is in place.</numerusform>
            <numerusform>No gaps: every required control of the %Ln assets checked is in place.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gap(s)</source>
        <translation>
            <numerusform>%Ln gap</numerusform>
            <numerusform>%Ln gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln asset</numerusform>
            <numerusform>%Ln assets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) about %1, newest first.</source>
        <translation>
            <numerusform>%n event about %1, newest first.</numerusform>
            <numerusform>%n events about %1, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n asset(s) have no retention and will be flagged as retention not set until someone sets it.</source>
        <translation>
            <numerusform>%n asset has no retention and will be flagged as retention not set until someone sets it.</numerusform>
            <numerusform>%n assets have no retention and will be flagged as retention not set until someone sets it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No problems: %Ln asset(s) will be added. Import adds them all in one step.</source>
        <translation>
            <numerusform>No problems: %Ln asset will be added. Import adds it in one step.</numerusform>
            <numerusform>No problems: %Ln assets will be added. Import adds them all in one step.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) were added to the registry.</source>
        <translation>
            <numerusform>%Ln asset was added to the registry.</numerusform>
            <numerusform>%Ln assets were added to the registry.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerActions</name>
    <message numerus="yes">
        <source>Imported %Ln asset(s)</source>
        <translation>
            <numerusform>Imported %Ln asset</numerusform>
            <numerusform>Imported %Ln assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln asset(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln asset to %1</numerusform>
            <numerusform>Exported %Ln assets to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerDocument</name>
    <message numerus="yes">
        <source>%1: %2 (%n asset(s))</source>
        <translation>
            <numerusform>%1: %2 (%n asset)</numerusform>
            <numerusform>%1: %2 (%n assets)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assets: %Ln</source>
        <translation>
            <numerusform>Assets: %Ln</numerusform>
            <numerusform>Assets: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of which disposed: %Ln</source>
        <translation>
            <numerusform>Of which disposed: %Ln</numerusform>
            <numerusform>Of which disposed: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln asset(s) shown of %1</source>
        <translation>
            <numerusform>%Ln asset shown of %1</numerusform>
            <numerusform>%Ln assets shown of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message numerus="yes">
        <source>Nothing was marked as reviewed: %n asset(s) cannot be. Correct the selection and mark the assets again.</source>
        <translation>
            <numerusform>Nothing was marked as reviewed: %n asset cannot be. Correct the selection and mark the assets again.</numerusform>
            <numerusform>Nothing was marked as reviewed: %n assets cannot be. Correct the selection and mark the assets again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n problem(s) in the assets chosen. Correct them and save again.</source>
        <translation>
            <numerusform>Nothing was saved: %n problem in the assets chosen. Correct it and save again.</numerusform>
            <numerusform>Nothing was saved: %n problems in the assets chosen. Correct them and save again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderBar</name>
    <message numerus="yes">
        <source>%n asset(s) overdue for review</source>
        <translation>
            <numerusform>%n asset overdue for review</numerusform>
            <numerusform>%n assets overdue for review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) due for disposal</source>
        <translation>
            <numerusform>%n asset due for disposal</numerusform>
            <numerusform>%n assets due for disposal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) without a retention period</source>
        <translation>
            <numerusform>%n asset without a retention period</numerusform>
            <numerusform>%n assets without a retention period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk entry(ies) due</source>
        <translation>
            <numerusform>%n risk entry due</numerusform>
            <numerusform>%n risk entries due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due now (overdue for review or treatment, needing reassessment, or an acceptance ending within %n day(s))</source>
        <translation>
            <numerusform>due now (overdue for review or treatment, needing reassessment, or an acceptance ending within %n day)</numerusform>
            <numerusform>due now (overdue for review or treatment, needing reassessment, or an acceptance ending within %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message numerus="yes">
        <source>Marked %n asset(s) as reviewed.</source>
        <translation>
            <numerusform>Marked %n asset as reviewed.</numerusform>
            <numerusform>Marked %n assets as reviewed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message numerus="yes">
        <source>Records that %n asset(s) were reviewed. The next review is set from each asset&apos;s importance: 6 months after the review for the highest importance, 12 months for the others.</source>
        <translation>
            <numerusform>Records that %n asset was reviewed. The next review is set from its importance: 6 months after the review for the highest importance, 12 months for the others.</numerusform>
            <numerusform>Records that %n assets were reviewed. The next review is set from each asset&apos;s importance: 6 months after the review for the highest importance, 12 months for the others.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskRegisterWindow</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleCheckDialog</name>
    <message numerus="yes">
        <source>%n asset(s) break a personal-information or retention rule. Open each one and fix the field named here; the registry does not change them by itself.</source>
        <translation>
            <numerusform>%n asset breaks a personal-information or retention rule. Open it and fix the field named here; the registry does not change it by itself.</numerusform>
            <numerusform>%n assets break a personal-information or retention rule. Open each one and fix the field named here; the registry does not change them by itself.</numerusform>
        </translation>
    </message>
</context>
</TS>
