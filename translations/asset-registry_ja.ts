<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AssetCodes</name>
    <message>
        <source>Information (electronic data)</source>
        <translation>情報（電子データ）</translation>
    </message>
    <message>
        <source>Paper documents</source>
        <translation>紙文書</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>ソフトウェア</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>ハードウェア</translation>
    </message>
    <message>
        <source>Storage media</source>
        <translation>記録媒体</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>設備</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>Special care-required personal information</source>
        <translation>要配慮個人情報</translation>
    </message>
    <message>
        <source>Specific personal information (My Number)</source>
        <translation>特定個人情報</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>利用中</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>保管中</translation>
    </message>
    <message>
        <source>Disposal pending</source>
        <translation>廃棄予定</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>廃棄済</translation>
    </message>
</context>
<context>
    <name>AssetField</name>
    <message>
        <source>Asset No.</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <source>Business process</source>
        <translation>業務分類</translation>
    </message>
    <message>
        <source>Asset name</source>
        <translation>情報資産名称</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Authorised users</source>
        <translation>利用者範囲</translation>
    </message>
    <message>
        <source>Managing department</source>
        <translation>管理部署</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>管理責任者</translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation>資産種別</translation>
    </message>
    <message>
        <source>Medium / location</source>
        <translation>媒体・保存先</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>本人の数</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>機密性</translation>
    </message>
    <message>
        <source>Confidentiality rationale</source>
        <translation>機密性の評価根拠</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完全性</translation>
    </message>
    <message>
        <source>Integrity rationale</source>
        <translation>完全性の評価根拠</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Availability rationale</source>
        <translation>可用性の評価根拠</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Handling label</source>
        <translation>取扱区分</translation>
    </message>
    <message>
        <source>Data provider</source>
        <translation>提供元</translation>
    </message>
    <message>
        <source>Sharing terms</source>
        <translation>提供条件</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>委託先</translation>
    </message>
    <message>
        <source>Retention until</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登録日</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>次回見直し日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>AssetStore</name>
    <message>
        <source>Could not add the asset to the registry %1: %2</source>
        <translation>台帳 %1 に資産を追加できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not save the asset in the registry %1: %2</source>
        <translation>台帳 %1 に資産を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not read assets from the registry %1: %2</source>
        <translation>台帳 %1 から資産を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Could not count assets in the registry %1: %2</source>
        <translation>台帳 %1 の資産数を数えられませんでした: %2</translation>
    </message>
</context>
<context>
    <name>AssetValues</name>
    <message>
        <source>Permanent</source>
        <translation>永年</translation>
    </message>
    <message>
        <source>%1 is set by the registry and cannot be typed.</source>
        <translation>%1 は台帳が自動で設定するため、入力できません。</translation>
    </message>
    <message>
        <source>'%1' is not an asset type. Use one of: %2.</source>
        <translation>「%1」は資産種別ではありません。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>'%1' is not a kind of personal information. Use one of: %2.</source>
        <translation>「%1」は個人情報の区分ではありません。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>'%1' is not a status. Use one of: %2.</source>
        <translation>「%1」は状態ではありません。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>'%1' is not a number of data subjects. Enter a whole number of 0 or more, or leave it empty.</source>
        <translation>「%1」は本人の数として読めません。0 以上の整数を入力するか、空欄にしてください。</translation>
    </message>
    <message>
        <source>'%1' is not a level of %2 in the %3 scheme (%4).</source>
        <translation>「%1」は %3 の%2のレベルではありません（%4）。</translation>
    </message>
    <message>
        <source>%1: '%2' is not a date. Write it as 2026-04-01.</source>
        <translation>%1: 「%2」は日付として読めません。2026-04-01 の形式で入力してください。</translation>
    </message>
</context>
<context>
    <name>AuditStore</name>
    <message>
        <source>Could not read the audit trail of the registry %1: %2</source>
        <translation>台帳 %1 の監査証跡を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Could not write the audit trail of the registry %1: %2</source>
        <translation>台帳 %1 の監査証跡に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <source>N/A</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>機密性</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完全性</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>IPA (SME information security guidelines)</source>
        <translation>IPA（中小企業の情報セキュリティ対策ガイドライン）</translation>
    </message>
    <message>
        <source>Government (unified standards / local government guidelines)</source>
        <translation>政府統一基準・地方公共団体ガイドライン</translation>
    </message>
    <message>
        <source>FIPS 199</source>
        <translation>FIPS 199</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>関係者外秘</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>社外秘</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Tampering, loss or errors could infringe the rights of residents or customers or disrupt the organisation's work.</source>
        <translation>改ざん・消失・誤りにより、住民や顧客の権利が侵害される、または組織の業務の遂行に支障を及ぼすおそれがある。</translation>
    </message>
    <message>
        <source>Tampering, loss or errors would have at most a minor effect on the organisation's work.</source>
        <translation>改ざん・消失・誤りがあっても、組織の業務への影響は軽微である。</translation>
    </message>
    <message>
        <source>Unavailability could infringe the rights of residents or customers or stop the organisation's work.</source>
        <translation>利用できなくなると、住民や顧客の権利が侵害される、または組織の業務が停止するおそれがある。</translation>
    </message>
    <message>
        <source>Unavailability would have at most a minor effect on the organisation's work.</source>
        <translation>利用できなくなっても、組織の業務への影響は軽微である。</translation>
    </message>
    <message>
        <source>Public information: no confidentiality requirement applies.</source>
        <translation>公開情報であり、機密性の要求はない。</translation>
    </message>
    <message>
        <source>Disclosure would have a negligible impact; the information may be made public.</source>
        <translation>漏えいしても影響はほとんどなく、公開してもよい情報である。</translation>
    </message>
    <message>
        <source>Disclosure outside the organisation would have a serious impact on the business, on partners or on data subjects.</source>
        <translation>組織外に漏えいすると、事業・取引先・本人に深刻な影響を及ぼす。</translation>
    </message>
    <message>
        <source>Disclosure to anyone but the designated persons would have a grave impact: legal liability, harm to data subjects or loss of trust.</source>
        <translation>指定された関係者以外に漏えいすると、法的責任・本人への被害・信用の失墜など重大な影響を及ぼす。</translation>
    </message>
    <message>
        <source>Tampering or errors would have a negligible impact on the business.</source>
        <translation>改ざんや誤りがあっても、事業への影響はほとんどない。</translation>
    </message>
    <message>
        <source>Tampering or errors would have a serious impact on the business or on partners.</source>
        <translation>改ざんや誤りがあると、事業や取引先に深刻な影響を及ぼす。</translation>
    </message>
    <message>
        <source>Tampering or errors would have a grave impact: wrong decisions, legal liability or harm to data subjects.</source>
        <translation>改ざんや誤りがあると、誤った意思決定・法的責任・本人への被害など重大な影響を及ぼす。</translation>
    </message>
    <message>
        <source>Unavailability would have a negligible impact; a stop of several days is acceptable.</source>
        <translation>利用できなくても影響はほとんどなく、数日間の停止は許容できる。</translation>
    </message>
    <message>
        <source>Unavailability would have a serious impact; it must be restored within a working day.</source>
        <translation>利用できないと深刻な影響があり、1 営業日以内に復旧する必要がある。</translation>
    </message>
    <message>
        <source>Unavailability would have a grave impact; the business stops without it and it must be restored within hours.</source>
        <translation>利用できないと重大な影響があり、業務が止まるため数時間以内に復旧する必要がある。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the registry %1: %2</source>
        <translation>台帳 %1 を開けません: %2</translation>
    </message>
    <message>
        <source>The registry %1 is damaged and cannot be read (%2). Restore it from a backup; the file was not changed.</source>
        <translation>台帳 %1 は破損していて読み込めません（%2）。バックアップから復元してください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>The registry %1 does not exist.</source>
        <translation>台帳 %1 が見つかりません。</translation>
    </message>
    <message>
        <source>%1 is not an asset registry: it is not a SQLite database. Choose a registry file or create a new one; the file was not changed.</source>
        <translation>%1 は SQLite データベースではないため、情報資産管理台帳として開けません。台帳ファイルを選ぶか、新しい台帳を作成してください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another application, not an asset registry. The file was not changed.</source>
        <translation>%1 は別のアプリケーションの SQLite データベースで、情報資産管理台帳ではありません。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>The registry %1 was written by a newer version of this application (schema %2; this version reads up to %3). Open it with the newer version; the file was not changed.</source>
        <translation>台帳 %1 はこのアプリケーションの新しいバージョンで作成されています（スキーマ %2。このバージョンが読めるのは %3 まで）。新しいバージョンで開いてください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>The registry %1 is read-only. Make the file and its folder writable, or copy it to a writable folder, and open it again.</source>
        <translation>台帳 %1 は読み取り専用です。ファイルとフォルダーを書き込み可能にするか、書き込めるフォルダーにコピーしてから開き直してください。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the new registry.</source>
        <translation>%1 は既に存在します。新しい台帳には別のファイル名を指定してください。</translation>
    </message>
    <message>
        <source>'%1' is not a classification scheme (ipa, government, fips199).</source>
        <translation>「%1」は格付け基準ではありません（ipa、government、fips199 のいずれか）。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot create the registry %1: %2</source>
        <translation>台帳 %1 を作成できません: %2</translation>
    </message>
    <message>
        <source>Could not initialise the registry %1: %2</source>
        <translation>台帳 %1 を初期化できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not configure the connection to the registry %1: %2</source>
        <translation>台帳 %1 への接続を設定できませんでした: %2</translation>
    </message>
    <message>
        <source>Schema migration %1 is missing from this build.</source>
        <translation>スキーマ移行 %1 がこのビルドに含まれていません。</translation>
    </message>
    <message>
        <source>Could not upgrade the schema of the registry %1: %2</source>
        <translation>台帳 %1 のスキーマを更新できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not start a transaction in the registry %1: %2</source>
        <translation>台帳 %1 でトランザクションを開始できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not save the changes in the registry %1: %2</source>
        <translation>台帳 %1 に変更を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not save a registry setting in the registry %1: %2</source>
        <translation>台帳 %1 に設定を保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>The registry %1 names an unknown classification scheme '%2'.</source>
        <translation>台帳 %1 に未知の格付け基準「%2」が指定されています。</translation>
    </message>
    <message>
        <source>Asset name is required. Enter the name of the asset.</source>
        <translation>情報資産名称は必須です。資産の名称を入力してください。</translation>
    </message>
    <message>
        <source>Asset name is %1 characters long. Shorten it to 200 characters or fewer.</source>
        <translation>情報資産名称が %1 文字あります。200 文字以内にしてください。</translation>
    </message>
    <message>
        <source>Managing department is required. Enter the department that manages the asset.</source>
        <translation>管理部署は必須です。資産を管理する部署を入力してください。</translation>
    </message>
    <message>
        <source>Owner is required. Enter the person responsible for the asset.</source>
        <translation>管理責任者は必須です。資産の責任者を入力してください。</translation>
    </message>
    <message>
        <source>'%1' is not an asset type. Choose one of: %2.</source>
        <translation>「%1」は資産種別ではありません。次のいずれかを選んでください: %2。</translation>
    </message>
    <message>
        <source>'%1' is not a kind of personal information. Choose one of: %2.</source>
        <translation>「%1」は個人情報の区分ではありません。次のいずれかを選んでください: %2。</translation>
    </message>
    <message>
        <source>Data subjects cannot be negative (%1). Enter 0 or more, or leave it empty.</source>
        <translation>本人の数に負の値（%1）は指定できません。0 以上を入力するか、空欄にしてください。</translation>
    </message>
    <message>
        <source>Data subjects is %1 but personal information is 'None'. Choose the kind of personal information or clear the number.</source>
        <translation>本人の数が %1 ですが、個人情報が「なし」になっています。個人情報の区分を選ぶか、本人の数を消してください。</translation>
    </message>
    <message>
        <source>%1: level %2 does not exist in the %3 scheme. Choose one of %4.</source>
        <translation>%1: レベル %2 は %3 にありません。%4 のいずれかを選んでください。</translation>
    </message>
    <message>
        <source>%1 is at its highest level (%2). Enter the rationale for this level.</source>
        <translation>%1が最高レベル（%2）です。このレベルとした評価根拠を入力してください。</translation>
    </message>
    <message>
        <source>'%1' is not a status. Choose one of: %2.</source>
        <translation>「%1」は状態ではありません。次のいずれかを選んでください: %2。</translation>
    </message>
    <message>
        <source>The status 'Disposed' is set only by recording a disposal. Choose another status, or record the disposal of the asset.</source>
        <translation>状態「廃棄済」は廃棄記録を登録したときにだけ設定されます。別の状態を選ぶか、資産の廃棄を記録してください。</translation>
    </message>
    <message>
        <source>Retention is both permanent and until %1. Keep only one of them.</source>
        <translation>保存期限に永年と %1 の両方が指定されています。どちらか一方にしてください。</translation>
    </message>
    <message>
        <source>The asset number counter of the registry is damaged.</source>
        <translation>台帳の管理番号カウンターが壊れています。</translation>
    </message>
    <message>
        <source>Asset %1 no longer exists in this registry.</source>
        <translation>資産 %1 はこの台帳にもう存在しません。</translation>
    </message>
    <message>
        <source>Asset %1 has been disposed and can no longer be edited. Corrections are recorded as amendments to its disposal record.</source>
        <translation>資産 %1 は廃棄済みのため編集できません。訂正は廃棄記録への追記として登録してください。</translation>
    </message>
    <message>
        <source>Asset %1 was changed by someone else after you opened it. Your changes were not saved. Reopen the asset to see the current version and make your changes again.</source>
        <translation>資産 %1 は、開いた後に他の人が変更しました。あなたの変更は保存されていません。資産を開き直して最新の内容を確認し、もう一度変更してください。</translation>
    </message>
</context>
</TS>
