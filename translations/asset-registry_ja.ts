<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AssetCodes</name>
    <message>
        <source>Information (electronic data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special care-required personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific personal information (My Number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetField</name>
    <message>
        <source>Asset No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium / location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetStore</name>
    <message>
        <source>Could not add the asset to the registry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the asset in the registry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read assets from the registry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count assets in the registry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetValues</name>
    <message>
        <source>Permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set by the registry and cannot be typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an asset type. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of personal information. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of data subjects. Enter a whole number of 0 or more, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a level of %2 in the %3 scheme (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date. Write it as 2026-04-01.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditStore</name>
    <message>
        <source>Could not read the audit trail of the registry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the audit trail of the registry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPA (SME information security guidelines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government (unified standards / local government guidelines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIPS 199</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampering, loss or errors could infringe the rights of residents or customers or disrupt the organisation&apos;s work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampering, loss or errors would have at most a minor effect on the organisation&apos;s work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailability could infringe the rights of residents or customers or stop the organisation&apos;s work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailability would have at most a minor effect on the organisation&apos;s work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public information: no confidentiality requirement applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure would have a negligible impact; the information may be made public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure outside the organisation would have a serious impact on the business, on partners or on data subjects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure to anyone but the designated persons would have a grave impact: legal liability, harm to data subjects or loss of trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampering or errors would have a negligible impact on the business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampering or errors would have a serious impact on the business or on partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampering or errors would have a grave impact: wrong decisions, legal liability or harm to data subjects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailability would have a negligible impact; a stop of several days is acceptable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailability would have a serious impact; it must be restored within a working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailability would have a grave impact; the business stops without it and it must be restored within hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the registry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry %1 is damaged and cannot be read (%2). Restore it from a backup; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an asset registry: it is not a SQLite database. Choose a registry file or create a new one; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another application, not an asset registry. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry %1 was written by a newer version of this application (schema %2; this version reads up to %3). Open it with the newer version; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry %1 is read-only. Make the file and its folder writable, or copy it to a writable folder, and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the new registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a classification scheme (ipa, government, fips199).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the registry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not initialise the registry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not configure the connection to the registry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema migration %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the schema of the registry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a transaction in the registry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the changes in the registry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save a registry setting in the registry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>The registry %1 names an unknown classification scheme &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset name is required. Enter the name of the asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset name is %1 characters long. Shorten it to 200 characters or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing department is required. Enter the department that manages the asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner is required. Enter the person responsible for the asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an asset type. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of personal information. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects cannot be negative (%1). Enter 0 or more, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects is %1 but personal information is &apos;None&apos;. Choose the kind of personal information or clear the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: level %2 does not exist in the %3 scheme. Choose one of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at its highest level (%2). Enter the rationale for this level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status &apos;Disposed&apos; is set only by recording a disposal. Choose another status, or record the disposal of the asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention is both permanent and until %1. Keep only one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset number counter of the registry is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset %1 no longer exists in this registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset %1 has been disposed and can no longer be edited. Corrections are recorded as amendments to its disposal record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset %1 was changed by someone else after you opened it. Your changes were not saved. Reopen the asset to see the current version and make your changes again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
