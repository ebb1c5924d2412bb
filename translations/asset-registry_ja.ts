<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>%1について</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>A register of an organisation&apos;s information assets, classified by confidentiality, integrity and availability, for the administrators who keep its security policy.</source>
        <translation>組織の情報資産を機密性・完全性・可用性で格付けして管理する台帳です。情報セキュリティポリシーを運用する管理者のためのアプリケーションです。</translation>
    </message>
    <message>
        <source>Licensed under the %1 (%2).</source>
        <translation>%1（%2）のもとで提供されています。</translation>
    </message>
    <message>
        <source>Third-party components (running with Qt %1):</source>
        <translation>使用しているサードパーティ製ソフトウェア（Qt %1 で動作中）:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
</context>
<context>
    <name>AcceptanceDialog</name>
    <message>
        <source>Accept Risk %1</source>
        <translation>リスク %1 の受容</translation>
    </message>
    <message>
        <source>%1 — %2, risk level %3 (value %4)</source>
        <translation>%1 — %2、リスクの大きさ %3（リスク値 %4）</translation>
    </message>
    <message>
        <source>A&amp;pprover:</source>
        <translation>承認者(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>役職(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>役割(&amp;R):</translation>
    </message>
    <message>
        <source>Approved &amp;on:</source>
        <translation>承認日(&amp;O):</translation>
    </message>
    <message>
        <source>Accepted &amp;until:</source>
        <translation>受容期限(&amp;U):</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>受容理由(&amp;E):</translation>
    </message>
    <message>
        <source>Name of the person who approves</source>
        <translation>承認する人の氏名</translation>
    </message>
    <message>
        <source>e.g. Chief Information Security Officer</source>
        <translation>例: 最高情報セキュリティ責任者</translation>
    </message>
    <message>
        <source>Under the risk criteria, %1 may accept risks up to %2.</source>
        <translation>リスク基準では、%1 が受容できるのは %2 までです。</translation>
    </message>
    <message>
        <source>An acceptance is valid for at most %1 months (high risks: %2).</source>
        <translation>受容の有効期間は最長 %1 か月です（大のリスクは %2 か月）。</translation>
    </message>
    <message>
        <source>Accept Risk</source>
        <translation>リスクの受容</translation>
    </message>
    <message>
        <source>Accept the risk all the same?</source>
        <translation>それでもリスクを受容しますか?</translation>
    </message>
</context>
<context>
    <name>AccessService</name>
    <message>
        <source>The registry %1 is a file: roles exist only on a shared registry on a PostgreSQL server (asset-registry-cli server init).</source>
        <translation>台帳 %1 はファイルの台帳です。ロールは PostgreSQL サーバ上の共有台帳にだけあります（asset-registry-cli server init）。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>編集者</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>監査人</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>閲覧者</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a user name of the server: use letters, digits and _ . @ -, at most 63 bytes.</source>
        <translation>「%1」はサーバのユーザ名として使えません。英字・数字と _ . @ - を使い、63 バイト以内にしてください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role of the registry. Use one of: %2.</source>
        <translation>「%1」は台帳のロールではありません。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>An editor writes the assets of its departments: name at least one with --department.</source>
        <translation>編集者が変更できるのは所属部署の資産です。--department で部署を 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>Only editors have departments: the role %1 reads (or, for administrators, writes) every asset.</source>
        <translation>部署を指定できるのは編集者だけです。ロール「%1」はすべての資産を参照します（管理者はすべての資産を変更できます）。</translation>
    </message>
    <message>
        <source>The registry %1 has no roles yet: its owner sets them up with &apos;asset-registry-cli server init&apos;.</source>
        <translation>台帳 %1 にはまだロールがありません。台帳の所有者が「asset-registry-cli server init」で設定してください。</translation>
    </message>
    <message>
        <source>The user %1 holds no role in the registry %2.</source>
        <translation>ユーザ %1 は台帳 %2 のロールを持っていません。</translation>
    </message>
</context>
<context>
    <name>AccessStore</name>
    <message>
        <source>Could not set up the roles of the registry %1: %2</source>
        <translation>台帳 %1 のロールを設定できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not read the roles of the registry %1: %2</source>
        <translation>台帳 %1 のロールを読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>Could not give the user a role in the registry %1: %2</source>
        <translation>台帳 %1 でユーザにロールを付与できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not take the user&apos;s role in the registry %1 away: %2</source>
        <translation>台帳 %1 でユーザのロールを取り消せませんでした: %2</translation>
    </message>
    <message>
        <source>Could not read the members of the registry %1: %2</source>
        <translation>台帳 %1 の利用者を読み取れませんでした: %2</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <source>Amend Disposal Record %1</source>
        <translation>廃棄記録 %1 の訂正</translation>
    </message>
    <message>
        <source>A recorded disposal is final. A correction is appended as an amendment: the original value stays in the record, and both are shown and printed.</source>
        <translation>登録済みの廃棄記録は確定しており、書き換えることはできません。訂正は訂正記録として追記されます。元の値は記録に残り、画面表示と印刷には元の値と訂正後の値の両方が示されます。</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>対象:</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>項目:</translation>
    </message>
    <message>
        <source>Value in force:</source>
        <translation>現在の値:</translation>
    </message>
    <message>
        <source>Corrected value:</source>
        <translation>訂正後の値:</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>訂正の理由（必須）:</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>記録全体</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ApplicabilityDialog</name>
    <message>
        <source>Reading the statement…</source>
        <translation>適用宣言書を読み込んでいます…</translation>
    </message>
    <message>
        <source>Statement Not Read</source>
        <translation>適用宣言書を読み込めません</translation>
    </message>
    <message numerus="yes">
        <source>%n control(s): %1 applicable, %2 not applicable, %3 not assessed. The baseline requires %4 of them for at least one asset.</source>
        <translation>
            <numerusform>管理策 %n 件: 適用 %1 件、適用外 %2 件、未評価 %3 件。このうち %4 件は、ベースラインが 1 件以上の資産に求めています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Statement of Applicability</source>
        <translation>適用宣言書の保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;CSV files (*.csv)</source>
        <translation>PDF ファイル (*.pdf);;CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Writing the statement…</source>
        <translation>適用宣言書を書き出しています…</translation>
    </message>
    <message>
        <source>Statement Not Saved</source>
        <translation>適用宣言書を保存できません</translation>
    </message>
    <message>
        <source>Statement Saved</source>
        <translation>適用宣言書を保存しました</translation>
    </message>
    <message>
        <source>Saved the statement of applicability to %1.</source>
        <translation>適用宣言書を %1 に保存しました。</translation>
    </message>
    <message>
        <source>Cannot Print</source>
        <translation>印刷できません</translation>
    </message>
    <message>
        <source>&amp;Catalogue:</source>
        <translation>管理策カタログ(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>名前を付けて保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>ApplicabilityDocument</name>
    <message>
        <source>Statement of Applicability</source>
        <translation>適用宣言書</translation>
    </message>
    <message>
        <source>The catalogue no longer exists in this registry.</source>
        <translation>この管理策カタログは台帳にもう存在しません。</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>管理策カタログ: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>管理策</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2022</source>
        <translation>ISO/IEC 27001:2022</translation>
    </message>
    <message>
        <source>NIST SP 800-53</source>
        <translation>NIST SP 800-53</translation>
    </message>
    <message>
        <source>Applicability</source>
        <translation>適用可否</translation>
    </message>
    <message>
        <source>Reason for exclusion</source>
        <translation>適用除外の理由</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>実施状況</translation>
    </message>
    <message>
        <source>Assets (implemented / applicable)</source>
        <translation>資産数（実施済 / 適用）</translation>
    </message>
    <message>
        <source>The catalogue has no controls.</source>
        <translation>この管理策カタログには管理策がありません。</translation>
    </message>
    <message>
        <source>Required by the baseline (assets)</source>
        <translation>ベースラインが求める資産数</translation>
    </message>
</context>
<context>
    <name>AssessmentRunDialog</name>
    <message>
        <source>Record Assessment Run</source>
        <translation>リスクアセスメント実施記録の作成</translation>
    </message>
    <message>
        <source>The record of a risk assessment (ISO/IEC 27001 8.2). The criteria in force and the counts of the entries in scope are copied into it when it is approved.</source>
        <translation>リスクアセスメントの記録です（ISO/IEC 27001 8.2）。承認すると、その時点のリスク基準と対象範囲の項目数が写されます。</translation>
    </message>
    <message>
        <source>e.g. Risk assessment of fiscal 2026</source>
        <translation>例: 令和8年度リスクアセスメント</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>役職(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Scope (none ticked: the whole organisation):</source>
        <translation>対象範囲（未選択: 組織全体）(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Assessor:</source>
        <translation>評価者(&amp;A):</translation>
    </message>
    <message>
        <source>Approve Assessment Run %1</source>
        <translation>リスクアセスメント実施記録 %1 の承認</translation>
    </message>
    <message>
        <source>%1 — %2, %3 to %4, assessed by %5. Once approved, the record is final.</source>
        <translation>%1 — %2、%3 ～ %4、評価者 %5。承認すると記録は確定します。</translation>
    </message>
    <message>
        <source>A&amp;pprover:</source>
        <translation>承認者(&amp;P):</translation>
    </message>
    <message>
        <source>e.g. Chief Information Security Officer</source>
        <translation>例: 最高情報セキュリティ責任者</translation>
    </message>
    <message>
        <source>Approved &amp;on:</source>
        <translation>承認日(&amp;O):</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>承認(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>記録(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>AssessmentRunsWindow</name>
    <message>
        <source>Assessment Runs</source>
        <translation>リスクアセスメント実施記録</translation>
    </message>
    <message>
        <source>Run No.</source>
        <translation>実施記録番号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>対象範囲</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>評価者</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>&amp;Record Run…</source>
        <translation>実施記録を作成(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Approve Run…</source>
        <translation>実施記録を承認(&amp;A)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>組織全体</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 ～ %2</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1（%2） %3</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>未承認</translation>
    </message>
    <message>
        <source>No assessment run has been recorded yet.</source>
        <translation>リスクアセスメント実施記録はまだありません。</translation>
    </message>
    <message>
        <source>Recorded by %1. Approving it copies the criteria in force and the counts of the entries in scope into the record.</source>
        <translation>%1 が記録。承認すると、その時点のリスク基準と対象範囲の項目数が記録に写されます。</translation>
    </message>
    <message>
        <source>Criteria in force: %1
Entries by level: %2
Entries by treatment: %3</source>
        <translation>適用したリスク基準: %1
リスクの大きさ別: %2
リスク対応別: %3</translation>
    </message>
</context>
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
    <message>
        <source>Paper</source>
        <translation>書類</translation>
    </message>
    <message>
        <source>Portable electronic media</source>
        <translation>可搬電子媒体</translation>
    </message>
    <message>
        <source>Office PC</source>
        <translation>事務所PC</translation>
    </message>
    <message>
        <source>Mobile device</source>
        <translation>モバイル機器</translation>
    </message>
    <message>
        <source>In-house server</source>
        <translation>社内サーバ</translation>
    </message>
    <message>
        <source>External server or cloud service</source>
        <translation>社外サーバ・クラウド</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>施設</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
</context>
<context>
    <name>AssetControlsModel</name>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>管理策</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <source>Applicability</source>
        <translation>適用可否</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>実施状況</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>最終確認日</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>ギャップ</translation>
    </message>
</context>
<context>
    <name>AssetControlsWidget</name>
    <message>
        <source>&amp;Assign Controls…</source>
        <translation>管理策を割り当て(&amp;A)…</translation>
    </message>
    <message>
        <source>Choose controls from the catalogues and assign them to this asset</source>
        <translation>管理策カタログから管理策を選び、この資産に割り当てます</translation>
    </message>
    <message>
        <source>&amp;Edit Assignment…</source>
        <translation>割り当てを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Assignment</source>
        <translation>割り当てを解除(&amp;R)</translation>
    </message>
    <message>
        <source>Save the asset first; its controls can be assigned once it is in the registry.</source>
        <translation>先に資産を保存してください。台帳に登録されると管理策を割り当てられます。</translation>
    </message>
    <message>
        <source>The baseline requires %1 controls for this asset&apos;s classification; %2 are gaps. %3 controls are assigned.</source>
        <translation>この資産の格付けでは、ベースラインにより %1 件の管理策が必要です。うち %2 件がギャップです。割り当て済の管理策は %3 件です。</translation>
    </message>
    <message>
        <source>The asset has been disposed; its controls can no longer be changed.</source>
        <translation>この資産は廃棄済のため、管理策を変更できません。</translation>
    </message>
    <message>
        <source>Changes to controls are saved at once.</source>
        <translation>管理策の変更はすぐに保存されます。</translation>
    </message>
    <message>
        <source>Required by the baseline: %1</source>
        <translation>ベースラインによる必須: %1</translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation>適用除外: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>証跡: %1</translation>
    </message>
    <message>
        <source>Remove Assignment</source>
        <translation>割り当ての解除</translation>
    </message>
    <message>
        <source>Remove the assignment of %1? Its status, responsible person and evidence note are removed; the audit trail keeps them.</source>
        <translation>%1 の割り当てを解除しますか？実施状況、担当者、証跡の説明は削除されますが、監査証跡には残ります。</translation>
    </message>
    <message>
        <source>Assignment Not Removed</source>
        <translation>割り当てを解除できませんでした</translation>
    </message>
</context>
<context>
    <name>AssetDetailsTab</name>
    <message>
        <source>Basic</source>
        <translation>基本情報</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>Data provision and outsourcing</source>
        <translation>データの受領・提供と外部委託</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>格付け</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>ライフサイクル</translation>
    </message>
    <message>
        <source>Assigned when the asset is saved</source>
        <translation>資産の保存時に自動で採番されます</translation>
    </message>
    <message>
        <source>Required, up to 200 characters</source>
        <translation>必須（200 文字以内）</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Required: the person responsible for the asset</source>
        <translation>必須: 資産の管理責任者</translation>
    </message>
    <message>
        <source>e.g. all staff, the department, named persons</source>
        <translation>例: 全職員、所属部署、指定された担当者</translation>
    </message>
    <message>
        <source>e.g. file server, cloud service, cabinet</source>
        <translation>例: ファイルサーバ、クラウドサービス、キャビネット</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未記録</translation>
    </message>
    <message>
        <source>How many people the personal information is about. Leave it empty when the number is not recorded.</source>
        <translation>個人情報の本人の人数です。人数を記録していない場合は空欄にしてください。</translation>
    </message>
    <message>
        <source>Public or private body the data was received from</source>
        <translation>データの提供を受けた公的機関または民間団体</translation>
    </message>
    <message>
        <source>Terms the provider set when the data were received</source>
        <translation>データを受け取ったときに提供元が定めた条件</translation>
    </message>
    <message>
        <source>Third parties the data are provided to or used by</source>
        <translation>データを提供する相手、またはデータを利用する第三者</translation>
    </message>
    <message>
        <source>Terms presented to the recipients for using the data</source>
        <translation>提供先・利用者に示すデータの利用条件</translation>
    </message>
    <message>
        <source>Where the asset is kept, as a class that baseline rules and risk threats use; the medium / location field says exactly where.</source>
        <translation>資産の保存先の区分です。ベースラインのルールとリスクの脅威がこの区分を参照します。具体的な場所は「媒体・保存先」に書きます。</translation>
    </message>
    <message>
        <source>Company the handling is outsourced to</source>
        <translation>取り扱いを委託している事業者</translation>
    </message>
    <message>
        <source>Only when confidentiality stays below what the personal information calls for</source>
        <translation>機密性を個人情報の区分が求めるレベルより低くする場合のみ</translation>
    </message>
    <message>
        <source>Why this asset keeps a lower confidentiality than its personal information calls for, e.g. a published list of office holders. The override is flagged in the table and on the ledger. Not accepted for My Number.</source>
        <translation>この資産の機密性を個人情報の区分が求めるレベルより低くする理由です（例: 公表済みの役職者名簿）。例外は資産一覧と台帳に表示されます。特定個人情報には認められません。</translation>
    </message>
    <message>
        <source>Required for Permanent: 文書管理規程 or the name of a law</source>
        <translation>永年の場合は必須: 文書管理規程または法令名</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>期限を指定</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>永年</translation>
    </message>
    <message>
        <source>Requiring protection:</source>
        <translation>要保護情報:</translation>
    </message>
    <message>
        <source>The classes of information requiring protection: confidential (confidentiality 2 or 3), integrity-critical (integrity 2) and availability-critical (availability 2); set by the registry.</source>
        <translation>要保護情報の分類: 要機密情報（機密性2または3）、要保全情報（完全性2）、要安定情報（可用性2）。台帳が自動で設定します。</translation>
    </message>
    <message>
        <source>Importance:</source>
        <translation>重要度:</translation>
    </message>
    <message>
        <source>The highest of the three levels; set by the registry.</source>
        <translation>3 つのレベルのうち最も高いものです。台帳が自動で設定します。</translation>
    </message>
    <message>
        <source>Handling label:</source>
        <translation>取扱区分:</translation>
    </message>
    <message>
        <source>Follows the confidentiality level; set by the registry.</source>
        <translation>機密性のレベルに従います。台帳が自動で設定します。</translation>
    </message>
    <message>
        <source>&amp;Follow importance</source>
        <translation>重要度に合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>Sets the next review from importance, counted from the last review: 6 months for the highest importance, 12 months for the others.</source>
        <translation>次回見直し日を重要度から設定します。最終見直し日から数えて、重要度が最も高い資産は 6 か月後、それ以外は 12 か月後です。</translation>
    </message>
</context>
<context>
    <name>AssetEditor</name>
    <message>
        <source>Asset No.:</source>
        <translation>管理番号:</translation>
    </message>
    <message>
        <source>&amp;Business process:</source>
        <translation>業務分類(&amp;B):</translation>
    </message>
    <message>
        <source>Asset &amp;name:</source>
        <translation>情報資産名称(&amp;N):</translation>
    </message>
    <message>
        <source>Re&amp;marks:</source>
        <translation>備考(&amp;M):</translation>
    </message>
    <message>
        <source>Authorised &amp;users:</source>
        <translation>利用者範囲(&amp;U):</translation>
    </message>
    <message>
        <source>Managing &amp;department:</source>
        <translation>管理部署(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>管理責任者(&amp;O):</translation>
    </message>
    <message>
        <source>Asset &amp;type:</source>
        <translation>資産種別(&amp;T):</translation>
    </message>
    <message>
        <source>Medium / &amp;location:</source>
        <translation>媒体・保存先(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Confidentiality:</source>
        <translation>機密性(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Integrity:</source>
        <translation>完全性(&amp;I):</translation>
    </message>
    <message>
        <source>A&amp;vailability:</source>
        <translation>可用性(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Personal information:</source>
        <translation>個人情報(&amp;P):</translation>
    </message>
    <message>
        <source>Data sub&amp;jects:</source>
        <translation>本人の数(&amp;J):</translation>
    </message>
    <message>
        <source>Data p&amp;rovider:</source>
        <translation>提供元(&amp;R):</translation>
    </message>
    <message>
        <source>Contr&amp;actor:</source>
        <translation>委託先(&amp;A):</translation>
    </message>
    <message>
        <source>R&amp;etention until:</source>
        <translation>保存期限(&amp;E):</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>登録日:</translation>
    </message>
    <message>
        <source>Ne&amp;xt review:</source>
        <translation>次回見直し日(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状態(&amp;S):</translation>
    </message>
    <message>
        <source>New Asset</source>
        <translation>新しい資産</translation>
    </message>
    <message>
        <source>Asset %1 (disposed, read-only)</source>
        <translation>資産 %1（廃棄済・読み取り専用）</translation>
    </message>
    <message>
        <source>Asset %1 – %2</source>
        <translation>資産 %1 – %2</translation>
    </message>
    <message>
        <source>Asset Changed Elsewhere</source>
        <translation>資産が他で変更されました</translation>
    </message>
    <message>
        <source>%1

Reload the current version now? The changes made in this window will be lost.</source>
        <translation>%1

最新の内容を今すぐ再読み込みしますか？このウィンドウで行った変更は失われます。</translation>
    </message>
    <message>
        <source>Asset Not Saved</source>
        <translation>資産を保存できませんでした</translation>
    </message>
    <message>
        <source>Asset Not Found</source>
        <translation>資産が見つかりません</translation>
    </message>
    <message>
        <source>Asset %1 no longer exists in this registry.</source>
        <translation>資産 %1 はこの台帳にもう存在しません。</translation>
    </message>
    <message>
        <source>The asset was not saved:</source>
        <translation>資産を保存できませんでした:</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The new asset has not been saved. Save it before closing?</source>
        <translation>新しい資産はまだ保存されていません。閉じる前に保存しますか？</translation>
    </message>
    <message>
        <source>The changes to asset %1 have not been saved. Save them before closing?</source>
        <translation>資産 %1 の変更はまだ保存されていません。閉じる前に保存しますか？</translation>
    </message>
    <message>
        <source>This asset has been disposed. Its record is final and can no longer be edited; corrections are recorded as amendments to the disposal record.</source>
        <translation>この資産は廃棄済です。記録は確定しているため編集できません。訂正は廃棄記録への訂正記録（追記）として記録されます。</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>管理策</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Last reviewed:</source>
        <translation>最終見直し日:</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>未見直し</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <comment>last review: date by reviewer</comment>
        <translation>%1（見直し者: %2）</translation>
    </message>
    <message>
        <source>Receipt terms:</source>
        <translation>受領条件:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>提供先・利用者:</translation>
    </message>
    <message>
        <source>Use terms:</source>
        <translation>利用条件:</translation>
    </message>
    <message>
        <source>Medium class:</source>
        <translation>媒体・保存先区分:</translation>
    </message>
    <message>
        <source>Override reason:</source>
        <translation>例外理由:</translation>
    </message>
    <message>
        <source>Retention basis:</source>
        <translation>保存期限の根拠:</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>注意: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Handlin&amp;g restrictions:</source>
        <translation>取扱制限(&amp;G):</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>リスク</translation>
    </message>
</context>
<context>
    <name>AssetExport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 was not written: Shift_JIS (CP932) cannot hold these characters. Export as UTF-8, or change the values.
%2</source>
        <translation>%1 は書き出していません。次の文字は Shift_JIS（CP932）で表せません。UTF-8 で書き出すか、値を変更してください。
%2</translation>
    </message>
    <message>
        <source>Information asset register</source>
        <translation>情報資産管理台帳</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>書き出し日時: %1</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>見出し</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>%1 行目</translation>
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
    <message>
        <source>Last reviewed on</source>
        <translation>最終見直し日</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>見直し者</translation>
    </message>
    <message>
        <source>Receipt terms</source>
        <translation>受領条件</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>提供先・利用者</translation>
    </message>
    <message>
        <source>Use terms</source>
        <translation>利用条件</translation>
    </message>
    <message>
        <source>Medium class</source>
        <translation>媒体・保存先区分</translation>
    </message>
    <message>
        <source>Number of data subjects</source>
        <translation>本人の数</translation>
    </message>
    <message>
        <source>Handling restrictions</source>
        <translation>取扱制限</translation>
    </message>
    <message>
        <source>Override reason (personal information)</source>
        <translation>個人情報による格付けの例外理由</translation>
    </message>
    <message>
        <source>Retention basis</source>
        <translation>保存期限の根拠</translation>
    </message>
</context>
<context>
    <name>AssetFlags</name>
    <message>
        <source>Reportable if leaked</source>
        <translation>漏えい時に報告対象</translation>
    </message>
    <message>
        <source>Confidentiality override (personal information)</source>
        <translation>個人情報による機密性の例外</translation>
    </message>
    <message>
        <source>Retention not set</source>
        <translation>保存期限未設定</translation>
    </message>
</context>
<context>
    <name>AssetImport</name>
    <message>
        <source>Row %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>%1 行目、列「%2」: %3</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>ファイル %1 が見つかりません。</translation>
    </message>
    <message>
        <source>The workbook %1 has no sheet &apos;%2&apos;. Its sheets are: %3.</source>
        <translation>ブック %1 にシート「%2」はありません。このブックのシート: %3。</translation>
    </message>
    <message>
        <source>%1 is a CSV file, which has no sheets. Leave out the sheet.</source>
        <translation>%1 は CSV ファイルのため、シートはありません。シートの指定を外してください。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>Columns %1 and %2 are both imported as %3. Leave one of them out.</source>
        <translation>列「%1」と列「%2」が、どちらも%3として取り込まれます。どちらか一方を除外してください。</translation>
    </message>
    <message>
        <source>No column heading names a field of the ledger (for example 情報資産名称 or Asset name). Check that the file has a header row, or choose the field of each column.</source>
        <translation>台帳の項目名（例: 情報資産名称、Asset name）に一致する列見出しがありません。ファイルに見出し行があることを確認するか、各列の取り込み先の項目を選んでください。</translation>
    </message>
    <message>
        <source>The file has no column for %1 (%2), which every asset needs. Add the column, or choose which column holds it.</source>
        <translation>すべての資産に必要な%1（%2）の列がありません。列を追加するか、どの列に入っているかを選んでください。</translation>
    </message>
    <message>
        <source>There is a value in column %1, which has no heading: &apos;%2&apos;. Add a heading for it or remove the value.</source>
        <translation>見出しのない %1 列目に値「%2」があります。見出しを付けるか、値を削除してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date. Write it as 2026-04-01.</source>
        <translation>「%1」は日付として読めません。2026-04-01 の形式で入力してください。</translation>
    </message>
    <message>
        <source>%1 is empty. Enter a level of the %2 scheme (%3).</source>
        <translation>%1が空欄です。格付け基準「%2」のレベル（%3）を入力してください。</translation>
    </message>
    <message>
        <source>The file has a header row but no assets below it.</source>
        <translation>ファイルに見出し行はありますが、その下に資産の行がありません。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s). Correct them and import the file again.</source>
        <translation>
            <numerusform>ファイルに問題が %n 件あるため、何も取り込んでいません。問題を修正してから、もう一度取り込んでください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssetRisksWidget</name>
    <message>
        <source>&amp;Generate Candidates</source>
        <translation>候補を生成(&amp;G)</translation>
    </message>
    <message>
        <source>One identified entry for each threat of the catalogue that applies to the asset&apos;s type and medium class and has no entry yet</source>
        <translation>資産種別と媒体・保存先区分に当てはまり、まだ項目のないカタログの脅威ごとに、特定済の項目を作ります</translation>
    </message>
    <message>
        <source>Ne&amp;w Risk Entry…</source>
        <translation>リスクを追加(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Open Risk Entry…</source>
        <translation>リスクを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Save the asset first; then its risks can be assessed here.</source>
        <translation>まず資産を保存してください。その後、ここでリスクを評価できます。</translation>
    </message>
    <message>
        <source>%1 open risk entries, %2 high, %3 needing reassessment; %4 threats of the catalogue without an entry.</source>
        <translation>未終了のリスク %1 件（大 %2 件、要再評価 %3 件）。項目のないカタログの脅威 %4 件。</translation>
    </message>
    <message>
        <source>Generate Candidates</source>
        <translation>候補の生成</translation>
    </message>
    <message>
        <source>Every threat of the catalogue that applies to this asset has an entry already.</source>
        <translation>この資産に当てはまるカタログの脅威には、すべて項目があります。</translation>
    </message>
    <message>
        <source>Open Risk Entry</source>
        <translation>リスクを開く</translation>
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
    <message>
        <source>Could not update the search index of the registry %1: %2</source>
        <translation>台帳 %1 の検索インデックスを更新できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not remove the asset from the registry %1: %2</source>
        <translation>台帳 %1 から資産を削除できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>AssetTableModel</name>
    <message>
        <source>Overdue for review: the next review was due on %1.</source>
        <translation>見直し期限切れ: 次回見直し日は %1 でした。</translation>
    </message>
    <message>
        <source>The retention ended on %1: the asset is due for disposal.</source>
        <translation>保存期限は %1 に終了しました。この資産は廃棄対象です。</translation>
    </message>
</context>
<context>
    <name>AssetUndoCommand</name>
    <message>
        <source>Registration of %1</source>
        <translation>%1 の登録</translation>
    </message>
    <message>
        <source>Edit of %1</source>
        <translation>%1 の編集</translation>
    </message>
    <message numerus="yes">
        <source>Bulk Edit of %n Asset(s)</source>
        <translation>
            <numerusform>%n 件の資産の一括編集</numerusform>
        </translation>
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
        <source>&apos;%1&apos; is not an asset type. Use one of: %2.</source>
        <translation>「%1」は資産種別ではありません。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of personal information. Use one of: %2.</source>
        <translation>「%1」は個人情報の区分ではありません。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status. Use one of: %2.</source>
        <translation>「%1」は状態ではありません。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of data subjects. Enter a whole number of 0 or more, or leave it empty.</source>
        <translation>「%1」は本人の数として読めません。0 以上の整数を入力するか、空欄にしてください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a level of %2 in the %3 scheme (%4).</source>
        <translation>「%1」は格付け基準「%3」の%2のレベルではありません（%4）。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date. Write it as 2026-04-01.</source>
        <translation>%1: 「%2」は日付として読めません。2026-04-01 の形式で入力してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a medium class. Use one of: %2, or leave it empty.</source>
        <translation>「%1」は媒体・保存先区分ではありません。次のいずれかを指定するか、空欄にしてください: %2。</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Assign Controls</source>
        <translation>管理策の割り当て</translation>
    </message>
    <message>
        <source>Control Assignment</source>
        <translation>管理策の割り当て</translation>
    </message>
    <message>
        <source>Applicability:</source>
        <translation>適用可否:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <source>&amp;Implementation:</source>
        <translation>実施状況(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>担当者(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>期限(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>証跡(&amp;E):</translation>
    </message>
    <message>
        <source>Last &amp;verified:</source>
        <translation>最終確認日(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Applicable</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Not applicable</source>
        <translation>適用除外(&amp;N)</translation>
    </message>
    <message>
        <source>Why the control does not apply to the asset (required)</source>
        <translation>この資産に管理策を適用しない理由（必須）</translation>
    </message>
    <message>
        <source>Person or role responsible</source>
        <translation>担当者名または役割</translation>
    </message>
    <message>
        <source>By</source>
        <translation>期限を設定</translation>
    </message>
    <message>
        <source>On</source>
        <translation>確認日を設定</translation>
    </message>
    <message>
        <source>Where the evidence is: a document, a record, a ticket number</source>
        <translation>証跡の所在: 文書、記録、チケット番号など</translation>
    </message>
    <message>
        <source>Change this field for every assignment</source>
        <translation>すべての割り当てでこの項目を変更します</translation>
    </message>
    <message>
        <source>%1 controls for %2 assets</source>
        <translation>%2 件の資産に %1 件の管理策</translation>
    </message>
    <message>
        <source>Tick the fields to set. Fields left unticked keep each asset&apos;s current value (new assignments start as applicable, implementation unknown).</source>
        <translation>設定する項目にチェックを付けてください。チェックしない項目は各資産の現在の値のままです（新しい割り当ては「適用」「実施状況不明」で始まります）。</translation>
    </message>
</context>
<context>
    <name>AssignmentUndoCommand</name>
    <message numerus="yes">
        <source>Control Assignment (%n change(s))</source>
        <translation>
            <numerusform>管理策の割り当て（%n 件の変更）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Every change to the registry: who, when, what — filter, print and export it</source>
        <translation>台帳へのすべての変更（誰が・いつ・何を）を絞り込み、印刷、書き出しを行います</translation>
    </message>
    <message>
        <source>Check that no event of the audit trail was changed, removed, inserted or reordered</source>
        <translation>監査証跡のイベントが改ざん・削除・挿入・並べ替えされていないことを確認します</translation>
    </message>
    <message>
        <source>Audit Lo&amp;g…</source>
        <translation>監査ログ(&amp;G)…</translation>
    </message>
    <message>
        <source>Verify &amp;History…</source>
        <translation>履歴を検証(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>AuditCheckpoint</name>
    <message>
        <source>&apos;%1&apos; is not a checkpoint. Write it as printed on the audit report: the sequence number, a colon and at least 16 hexadecimal digits of the hash, e.g. 1234:0123456789abcdef.</source>
        <translation>「%1」はチェックポイントではありません。監査報告書に印刷されたとおり、通番、コロン、ハッシュの先頭 16 桁以上の 16 進数で入力してください（例: 1234:0123456789abcdef）。</translation>
    </message>
    <message>
        <source>The checkpoint %1 names event 0. Sequence numbers start at 1.</source>
        <translation>チェックポイント %1 はイベント 0 を指しています。通番は 1 から始まります。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Event %1 is out of order: it was recorded after event %2.</source>
        <translation>イベント %1 の順序が入れ替えられています。このイベントはイベント %2 の後に記録されたものです。</translation>
    </message>
    <message>
        <source>Event %1 was inserted into the audit trail: the event after it is chained to event %2.</source>
        <translation>イベント %1 は監査証跡に後から挿入されています。次のイベントはイベント %2 に連結されています。</translation>
    </message>
    <message>
        <source>Event %1 is not chained to event %2: an event was removed, replaced or rewritten before it.</source>
        <translation>イベント %1 はイベント %2 に連結されていません。これより前のイベントが削除、差し替え、または書き換えられています。</translation>
    </message>
    <message>
        <source>Events %1 to %2 are missing from the audit trail (deleted): the next event is %3.</source>
        <translation>イベント %1～%2 が監査証跡にありません（削除されています）。次のイベントは %3 です。</translation>
    </message>
    <message>
        <source>Event %1 is missing from the audit trail (deleted): the next event is %2.</source>
        <translation>イベント %1 が監査証跡にありません（削除されています）。次のイベントは %2 です。</translation>
    </message>
    <message>
        <source>Event %1 (%2, %3 %4) was changed after it was recorded: it no longer matches its hash.</source>
        <translation>イベント %1（%2、%3 %4）は記録後に書き換えられています。ハッシュと一致しません。</translation>
    </message>
    <message>
        <source>The history up to event %1 was rewritten: the checkpoint %2 does not match the event now there (%3). The chain in the file holds together, so it was recomputed after a change. Restore the registry from a backup made before the checkpoint and compare.</source>
        <translation>イベント %1 までの履歴が書き換えられています。チェックポイント %2 が現在のイベント（%3）と一致しません。ファイル内の連鎖は整合しているため、変更後にハッシュが再計算されています。チェックポイントより前に作成したバックアップから台帳を復元し、比較してください。</translation>
    </message>
    <message>
        <source>The verification was cancelled after %1 events.</source>
        <translation>%1 件のイベントを確認したところで検証を中止しました。</translation>
    </message>
    <message>
        <source>The audit trail ends at event %1, but the checkpoint %2 names event %3: events recorded before the checkpoint were removed. Restore the registry from a backup made after the checkpoint.</source>
        <translation>監査証跡はイベント %1 で終わっていますが、チェックポイント %2 はイベント %3 を指しています。チェックポイントより前に記録されたイベントが削除されています。チェックポイント以降に作成したバックアップから台帳を復元してください。</translation>
    </message>
    <message>
        <source>The audit trail is empty.</source>
        <translation>監査証跡は空です。</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 events match their hashes, and the history up to the checkpoint %2 is unchanged.</source>
        <translation>監査証跡は改ざんされていません。%1 件のイベントがハッシュと一致し、チェックポイント %2 までの履歴は変更されていません。</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 events match their hashes.</source>
        <translation>監査証跡は改ざんされていません。%1 件のイベントがハッシュと一致しました。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>通番</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>記録の種類</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>チェックポイント</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>割り当て</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>割り当て解除</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>廃止</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>廃止を取り消し</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>導入</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>訂正記録（追記）</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>証跡ファイルの追加</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Control assignment</source>
        <translation>管理策の割り当て</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>管理策</translation>
    </message>
    <message>
        <source>Control catalogue</source>
        <translation>管理策カタログ</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <source>Disposal record</source>
        <translation>廃棄記録</translation>
    </message>
    <message>
        <source>Registry setting</source>
        <translation>台帳の設定</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>実施状況</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証跡</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>最終確認日</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>証跡ファイル</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>ファイルの種類</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>サイズ（バイト）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>見直し</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受容</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Risk entry</source>
        <translation>リスク登録簿の項目</translation>
    </message>
    <message>
        <source>Risk assessment run</source>
        <translation>リスクアセスメント実施記録</translation>
    </message>
    <message>
        <source>The values recorded at the creation of asset record %1 name event %2, which created no batch of assets: they were added or changed afterwards.</source>
        <translation>資産レコード %1 の登録時の値がイベント %2 を指していますが、このイベントは資産の一括登録ではありません。値は後から追加または変更されています。</translation>
    </message>
    <message>
        <source>The values of the assets created by event %1 were changed, removed or added after they were recorded: they no longer match the digest in the event.</source>
        <translation>イベント %1 で登録された資産の値が、記録後に変更、削除または追加されています。イベントに記録されたダイジェストと一致しません。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>Assets added together</source>
        <translation>資産の一括登録</translation>
    </message>
    <message>
        <source>Number of assets</source>
        <translation>資産数</translation>
    </message>
    <message>
        <source>First asset</source>
        <translation>最初の資産</translation>
    </message>
    <message>
        <source>Last asset</source>
        <translation>最後の資産</translation>
    </message>
    <message>
        <source>Fields recorded</source>
        <translation>記録した項目</translation>
    </message>
    <message>
        <source>SHA-256 of the values</source>
        <translation>値の SHA-256</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>ファイルの SHA-256</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>記録日時</translation>
    </message>
    <message>
        <source>The values recorded at the creation of risk entry record %1 name event %2, which created no batch of risk entries: they were added or changed afterwards.</source>
        <translation>リスク登録簿の項目のレコード %1 の登録時の値がイベント %2 を指していますが、このイベントはリスク登録簿の項目の一括登録ではありません。値は後から追加または変更されています。</translation>
    </message>
    <message>
        <source>The values of the risk entries created by event %1 were changed, removed or added after they were recorded: they no longer match the digest in the event.</source>
        <translation>イベント %1 で登録されたリスク登録簿の項目の値が、記録後に変更、削除または追加されています。イベントに記録されたダイジェストと一致しません。</translation>
    </message>
    <message>
        <source>Risk entries added together</source>
        <translation>リスク登録簿の項目の一括登録</translation>
    </message>
    <message>
        <source>First risk entry</source>
        <translation>最初のリスク登録簿の項目</translation>
    </message>
    <message>
        <source>Last risk entry</source>
        <translation>最後のリスク登録簿の項目</translation>
    </message>
    <message>
        <source>Number of risk entries</source>
        <translation>リスク登録簿の項目数</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>No.</source>
        <translation>通番</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Changes (old → new)</source>
        <translation>変更内容（変更前 → 変更後）</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>記録日時</translation>
    </message>
</context>
<context>
    <name>AuditLogWindow</name>
    <message>
        <source>Checkpoint: %1</source>
        <translation>チェックポイント: %1</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>すべての操作</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>すべての対象</translation>
    </message>
    <message>
        <source>Cannot Print</source>
        <translation>印刷できません</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>監査ログの書き出し</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Audit Log Not Exported</source>
        <translation>監査ログを書き出せませんでした</translation>
    </message>
    <message>
        <source>Save Audit Report as PDF</source>
        <translation>監査報告書を PDF で保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Audit Report Not Saved</source>
        <translation>監査報告書を保存できませんでした</translation>
    </message>
    <message>
        <source>Print Preview – %1</source>
        <translation>印刷プレビュー – %1</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>開始日(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>終了日(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>実行者(&amp;W):</translation>
    </message>
    <message>
        <source>Part of the user or host name</source>
        <translation>ユーザ名またはホスト名の一部</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>操作(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>対象(&amp;R):</translation>
    </message>
    <message>
        <source>A&amp;sset:</source>
        <translation>資産(&amp;S):</translation>
    </message>
    <message>
        <source>Asset number, e.g. IA-000001</source>
        <translation>資産番号（例: IA-000001）</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>絞り込みを解除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV で書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF で保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Verify &amp;History…</source>
        <translation>履歴を検証(&amp;H)…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln 件のイベント</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit Report</source>
        <translation>監査報告書</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>履歴を読み込んでいます…</translation>
    </message>
    <message>
        <source>Writing the audit log…</source>
        <translation>監査ログを書き出しています…</translation>
    </message>
    <message>
        <source>Writing the audit report…</source>
        <translation>監査報告書を作成しています…</translation>
    </message>
</context>
<context>
    <name>AuditReportDocument</name>
    <message>
        <source>Audit Report</source>
        <translation>監査報告書</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>期間: %1～%2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>期間: %1 以降</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>期間: %1 まで</translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>実行者: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>操作: %1</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>対象: %1</translation>
    </message>
    <message>
        <source>Asset: %1</source>
        <translation>資産: %1</translation>
    </message>
    <message>
        <source>Every event of the audit trail</source>
        <translation>監査証跡のすべてのイベント</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>イベント数: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>通番</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Changes (old → new)</source>
        <translation>変更内容（変更前 → 変更後）</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>イベントはありません。</translation>
    </message>
    <message>
        <source>… and %1 more events. Narrow the report with a filter, or export it as CSV, to see them all.</source>
        <translation>… ほか %1 件のイベントがあります。すべてを見るには、絞り込むか CSV で書き出してください。</translation>
    </message>
    <message>
        <source>Checkpoint of the audit trail</source>
        <translation>監査証跡のチェックポイント</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>チェックポイント</translation>
    </message>
    <message>
        <source>The audit trail is empty.</source>
        <translation>監査証跡は空です。</translation>
    </message>
    <message>
        <source>%1
Full hash: %2
Keep this page apart from the registry. asset-registry-cli verify --checkpoint %1 proves that the history up to event %3 is unchanged.</source>
        <translation>%1
ハッシュ（全桁）: %2
このページは台帳ファイルとは別に保管してください。asset-registry-cli verify --checkpoint %1 で、イベント %3 までの履歴が変更されていないことを証明できます。</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>記録日時</translation>
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
    <name>BackupActions</name>
    <message>
        <source>&amp;Back Up Registry…</source>
        <translation>台帳をバックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the registry, with the checkpoint of its history</source>
        <translation>台帳の整合したコピーを、履歴のチェックポイント付きで書き出します</translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation>バックアップから復元(&amp;K)…</translation>
    </message>
    <message>
        <source>Replace the registry by one of its backups, after checking it</source>
        <translation>バックアップを検査してから、そのバックアップで台帳を置き換えます</translation>
    </message>
    <message>
        <source>Registry on a Network Drive</source>
        <translation>ネットワークドライブ上の台帳</translation>
    </message>
    <message>
        <source>Registry Damaged</source>
        <translation>台帳の破損</translation>
    </message>
    <message>
        <source>Automatic Backup Failed</source>
        <translation>自動バックアップの失敗</translation>
    </message>
    <message>
        <source>The daily backup of the registry could not be written.
%1</source>
        <translation>台帳の毎日のバックアップを書き出せませんでした。
%1</translation>
    </message>
    <message>
        <source>Automatic backup written: %1 (checkpoint %2)</source>
        <translation>自動バックアップを書き出しました: %1（チェックポイント %2）</translation>
    </message>
    <message>
        <source>Back Up Registry</source>
        <translation>台帳のバックアップ</translation>
    </message>
    <message>
        <source>Registry backups (*.sqlite)</source>
        <translation>台帳のバックアップ (*.sqlite)</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>バックアップを書き出しています…</translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation>バックアップの失敗</translation>
    </message>
    <message>
        <source>Backup Written</source>
        <translation>バックアップ完了</translation>
    </message>
    <message>
        <source>The registry was backed up to %1 (%2 assets).

Checkpoint: %3

Keep the checkpoint apart from the registry (e.g. printed): it proves later that the history up to this point was not changed.</source>
        <translation>台帳を %1 にバックアップしました（資産 %2 件）。

チェックポイント: %3

チェックポイントは台帳とは別に保管してください（印刷など）。この時点までの履歴が変更されていないことを後で証明できます。</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>バックアップを検査しています…</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>復元できません</translation>
    </message>
    <message>
        <source>Replace the registry %1 by the backup %2?

The backup holds %3 assets; its checkpoint is %4.

The current registry file is kept beside it as %5.replaced-….</source>
        <translation>台帳 %1 をバックアップ %2 で置き換えますか？

バックアップの資産は %3 件、チェックポイントは %4 です。

現在の台帳ファイルは %5.replaced-… として同じフォルダに残します。</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>バックアップを復元しています…</translation>
    </message>
    <message>
        <source>Registry Restored</source>
        <translation>台帳の復元完了</translation>
    </message>
    <message>
        <source>The registry was restored from %1 (%2 assets, checkpoint %3).

The replaced file was kept as %4.</source>
        <translation>%1 から台帳を復元しました（資産 %2 件、チェックポイント %3）。

置き換えたファイルは %4 として残しました。</translation>
    </message>
    <message>
        <source>Backup Cancelled</source>
        <translation>バックアップをキャンセルしました</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>フォルダ %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Could not copy the registry %1 to %2: %3. Nothing was changed.</source>
        <translation>台帳 %1 を %2 にコピーできませんでした: %3。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file for the backup.</source>
        <translation>%1 は既に存在します。バックアップには新しいファイルを指定してください。</translation>
    </message>
    <message>
        <source>A backup cannot replace its own registry %1.</source>
        <translation>バックアップで元の台帳 %1 を上書きすることはできません。</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1. Check that its parent folder exists and is writable.</source>
        <translation>バックアップフォルダ %1 を作成できません。親フォルダが存在し、書き込み可能であることを確認してください。</translation>
    </message>
    <message>
        <source>Could not name the backup %1. Nothing was changed.</source>
        <translation>バックアップに %1 という名前を付けられませんでした。何も変更していません。</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>バックアップ %1 が見つかりません。</translation>
    </message>
    <message>
        <source>%1 is not a backup of a registry: it is not a SQLite database.</source>
        <translation>%1 は SQLite データベースではないため、台帳のバックアップではありません。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2). Choose another backup.</source>
        <translation>バックアップ %1 は破損しています（%2）。別のバックアップを選んでください。</translation>
    </message>
    <message>
        <source>%1 is not a backup of an asset registry: it is a SQLite database of another application.</source>
        <translation>%1 は別のアプリケーションの SQLite データベースで、情報資産管理台帳のバックアップではありません。</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of this application (schema %2; this version reads up to %3).</source>
        <translation>バックアップ %1 はこのアプリケーションの新しいバージョンで作成されています（スキーマ %2。このバージョンが読めるのは %3 まで）。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read as a registry (%2).</source>
        <translation>バックアップ %1 を台帳として読み込めません（%2）。</translation>
    </message>
    <message>
        <source>The backup and the registry are the same file %1.</source>
        <translation>バックアップと台帳が同じファイル %1 です。</translation>
    </message>
    <message>
        <source>The registry %1 was not changed.</source>
        <translation>台帳 %1 は変更していません。</translation>
    </message>
    <message>
        <source>The registry %1 is open in another program (process %2). Close it there, then restore again; nothing was changed.</source>
        <translation>台帳 %1 は別のプログラム（プロセス %2）で開かれています。そちらで閉じてから、もう一度復元してください。何も変更していません。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダ %1 を作成できません。</translation>
    </message>
    <message>
        <source>The copy of the backup %1 did not check out (%2); the registry %3 was not changed.</source>
        <translation>バックアップ %1 のコピーが検査に合格しませんでした（%2）。台帳 %3 は変更していません。</translation>
    </message>
    <message>
        <source>Could not move the registry %1 aside; nothing was changed.</source>
        <translation>台帳 %1 を退避できませんでした。何も変更していません。</translation>
    </message>
    <message>
        <source>Could not put the restored registry in place at %1; the registry was left as it was.</source>
        <translation>復元した台帳を %1 に配置できませんでした。台帳は元のままです。</translation>
    </message>
    <message>
        <source>The audit trail of the backup %1 does not verify: %2
The registry %3 was not changed.</source>
        <translation>バックアップ %1 の監査証跡を検証できませんでした: %2
台帳 %3 は変更していません。</translation>
    </message>
    <message>
        <source>The shared registry %1 lives on a PostgreSQL server: it is backed up there, with the server&apos;s own tools (pg_dump), by the server&apos;s administrator. The backups of this application are copies of registry files.</source>
        <translation>共有台帳 %1 は PostgreSQL サーバ上にあります。バックアップはサーバの管理者がサーバ側の機能（pg_dump）で行います。このアプリケーションのバックアップは台帳ファイルの複製です。</translation>
    </message>
</context>
<context>
    <name>BannerChoice</name>
    <message>
        <source>Highest label among the rows (automatic)</source>
        <translation>含まれる資産の最上位の取扱区分（自動）</translation>
    </message>
    <message>
        <source>Printed at the top right of every page, like a stamp. Automatic: the handling label of the most confidential asset the document contains. Leave empty for none.</source>
        <translation>各ページの右上に、押印のように印刷されます。自動の場合は、文書に含まれる資産のうち最も機密性の高い資産の取扱区分になります。不要な場合は空欄にしてください。</translation>
    </message>
</context>
<context>
    <name>BaselineDialog</name>
    <message>
        <source>Baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>管理策</translation>
    </message>
    <message>
        <source>Importance ≥</source>
        <translation>重要度 ≥</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation>資産種別</translation>
    </message>
    <message>
        <source>&amp;Add Rules…</source>
        <translation>ルールを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove Rules</source>
        <translation>ルールを削除(&amp;R)</translation>
    </message>
    <message>
        <source>Reset to &amp;Default</source>
        <translation>既定に戻す(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Any personal information</source>
        <translation>個人情報あり</translation>
    </message>
    <message>
        <source>Reset Baseline</source>
        <translation>ベースラインを既定に戻す</translation>
    </message>
    <message>
        <source>Replace every rule with the default baseline shipped with the application? Rules you added are removed when you save.</source>
        <translation>すべてのルールを、アプリケーションに同梱された既定のベースラインに置き換えますか？追加したルールは保存時に削除されます。</translation>
    </message>
    <message>
        <source>Baseline Not Reset</source>
        <translation>ベースラインを既定に戻せませんでした</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>変更の破棄</translation>
    </message>
    <message>
        <source>Discard the changes to the baseline?</source>
        <translation>ベースラインの変更を破棄しますか？</translation>
    </message>
    <message>
        <source>Each rule requires its control for every asset that meets all of the rule&apos;s conditions; a rule without conditions applies to every asset. &quot;Any personal information&quot; includes special care-required and My Number information; &quot;Named&quot; means the asset names a data provider, recipients or a contractor. Changes apply to the gap report at once after saving.</source>
        <translation>各ルールは、ルールの条件をすべて満たす資産に対して、その管理策を必須とします。条件のないルールはすべての資産に適用されます。「個人情報あり」には要配慮個人情報と特定個人情報（マイナンバー）も含まれます。「あり」は、資産に提供元、提供先・利用者または委託先が記入されていることを表します。変更は保存後すぐにギャップレポートに反映されます。</translation>
    </message>
    <message>
        <source>Data provider</source>
        <translation>提供元</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>提供先・利用者</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>委託先</translation>
    </message>
    <message>
        <source>Medium class</source>
        <translation>媒体・保存先区分</translation>
    </message>
    <message>
        <source>Add &amp;Missing Defaults</source>
        <translation>不足している既定のルールを追加(&amp;M)</translation>
    </message>
    <message>
        <source>Adds the rules of the default baseline that this baseline does not have, e.g. rules of a newer version, and keeps every rule it has.</source>
        <translation>既定のベースラインにあって、このベースラインにないルール（新しい版で追加されたルールなど）を追加します。今あるルールはすべて残ります。</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>Baseline Not Changed</source>
        <translation>ベースラインは変更されていません</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) of the default baseline are not in this baseline, for example rules that a newer version added. &quot;Add Missing Defaults&quot; adds them and keeps every rule you have.</source>
        <translation>
            <numerusform>既定のベースラインのルールのうち %n 件が、このベースラインにありません（新しい版で追加されたルールなど）。「不足している既定のルールを追加」で追加でき、今あるルールはすべて残ります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuiltInCatalog</name>
    <message>
        <source>The built-in control catalogue of this build is damaged: %1</source>
        <translation>このビルドに組み込まれた管理策カタログが破損しています: %1</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Bulk Edit</source>
        <translation>一括編集</translation>
    </message>
    <message numerus="yes">
        <source>Changes the ticked fields of %n asset(s) at once. Either every asset is changed or, when one of them cannot be, none; Edit ▸ Undo takes the whole change back.</source>
        <translation>
            <numerusform>チェックを付けた項目を %n 件の資産でまとめて変更します。すべての資産が変更されるか、1 件でも変更できなければどれも変更されません。［編集］▸［元に戻す］で変更全体を取り消せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Managing &amp;department:</source>
        <translation>管理部署(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>管理責任者(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状態(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Medium class:</source>
        <translation>媒体・保存先区分(&amp;M):</translation>
    </message>
    <message>
        <source>Mark as &amp;reviewed on:</source>
        <translation>見直し済みにする(&amp;R) 見直し日:</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>見直し者</translation>
    </message>
    <message>
        <source>The person who reviewed the assets</source>
        <translation>資産を見直した人</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Change %n Asset(s)</source>
        <translation>
            <numerusform>%n 件の資産を変更(&amp;C)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed:</source>
        <translation>何も変更されていません:</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>Control Catalogues</source>
        <translation>管理策カタログ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>ISO/IEC 27001</source>
        <translation>ISO/IEC 27001</translation>
    </message>
    <message>
        <source>SP 800-53</source>
        <translation>SP 800-53</translation>
    </message>
    <message>
        <source>&amp;Import OSCAL Catalogue…</source>
        <translation>OSCAL カタログを取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>Import an OSCAL JSON catalogue such as NIST SP 800-53 Rev. 5; importing it again updates it</source>
        <translation>NIST SP 800-53 Rev. 5 などの OSCAL JSON カタログを取り込みます。再度取り込むと更新されます</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Written for this application, in Japanese and English. Version %1.</source>
        <translation>本アプリケーション用に日本語と英語で作成されたカタログです。バージョン %1。</translation>
    </message>
    <message>
        <source>The controls of this registry. Add your own where the catalogues do not fit.</source>
        <translation>この台帳独自の管理策です。既存のカタログが合わない場合は独自の管理策を追加してください。</translation>
    </message>
    <message>
        <source>Imported from %1. Version %2, updated %3.</source>
        <translation>%1 から取り込み。バージョン %2、更新日 %3。</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（廃止）</translation>
    </message>
    <message>
        <source>&amp;Reinstate</source>
        <translation>廃止を取り消す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>廃止(&amp;R)</translation>
    </message>
    <message>
        <source>Import OSCAL Catalogue</source>
        <translation>OSCAL カタログの取り込み</translation>
    </message>
    <message>
        <source>OSCAL catalogues (*.json);;All files (*)</source>
        <translation>OSCAL カタログ (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Catalogue Not Imported</source>
        <translation>管理策カタログを取り込めませんでした</translation>
    </message>
    <message>
        <source>Catalogue Imported</source>
        <translation>管理策カタログを取り込みました</translation>
    </message>
    <message>
        <source>%1

%2 controls added, %3 updated, %4 unchanged, %5 retired; %6 withdrawn controls left out.</source>
        <translation>%1

管理策を %2 件追加、%3 件更新、%4 件変更なし、%5 件廃止しました。撤回された管理策 %6 件は除外しました。</translation>
    </message>
    <message>
        <source>Retire Control</source>
        <translation>管理策の廃止</translation>
    </message>
    <message>
        <source>Retire %1? It is no longer offered nor required by the baseline; the assets keep their assignments of it.</source>
        <translation>%1 を廃止しますか？選択肢に表示されなくなり、ベースラインでも必須ではなくなります。資産への既存の割り当ては残ります。</translation>
    </message>
    <message>
        <source>Control Not Changed</source>
        <translation>管理策を変更できませんでした</translation>
    </message>
    <message>
        <source>&amp;New Custom Control…</source>
        <translation>独自の管理策を追加(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>Certificate of Sanitisation</source>
        <translation>データ消去証明書</translation>
    </message>
    <message>
        <source>The media listed below were sanitised and verified as recorded in this certificate.</source>
        <translation>下記の媒体について、本証明書に記載のとおりデータの消去を実施し、その結果を検証しました。</translation>
    </message>
    <message>
        <source>Record No. %1</source>
        <translation>記録番号 %1</translation>
    </message>
    <message>
        <source>Record No. %1, item %2 of %3</source>
        <translation>記録番号 %1（%3 件中 %2 件目）</translation>
    </message>
    <message>
        <source>Media: %1</source>
        <translation>対象媒体 %1 件</translation>
    </message>
    <message>
        <source>OVERRIDE: a method weaker than the minimum was used</source>
        <translation>【最低基準の例外】最低基準より弱い消去方式を使用</translation>
    </message>
    <message>
        <source>Sanitisation</source>
        <translation>消去の方法</translation>
    </message>
    <message>
        <source>Performed and validated by</source>
        <translation>実施者・確認者</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>対象媒体</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>証跡ファイル</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>訂正記録</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>OVERRIDE: %1 is weaker than the minimum method for %2. Reason: %3</source>
        <translation>【最低基準の例外】%1 は %2 の最低限の消去方式より弱い方式です。理由: %3</translation>
    </message>
    <message>
        <source>The method meets the minimum for every medium.</source>
        <translation>すべての媒体について、最低限の消去方式を満たしています。</translation>
    </message>
    <message>
        <source>%1 (amended)</source>
        <translation>%1（訂正あり）</translation>
    </message>
    <message>
        <source>%1 (override)</source>
        <translation>%1（例外）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Medium (type, make, model)</source>
        <translation>媒体（種別・メーカー・型番）</translation>
    </message>
    <message>
        <source>Serial No. / Property No.</source>
        <translation>シリアル番号／備品番号</translation>
    </message>
    <message>
        <source>Classification before</source>
        <translation>消去前の格付け</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>検証結果</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加日時・追加者</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>訂正日時・訂正者</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>訂正前</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>訂正後</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Title / Organisation</source>
        <translation>役職・所属</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>記録日時</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%2
%1</translation>
    </message>
    <message>
        <source>Disposal record %1</source>
        <translation>廃棄記録 %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Confidentiality %1 (%2)</source>
        <translation>機密性 %1（%2）</translation>
    </message>
    <message>
        <source>Integrity %1</source>
        <translation>完全性 %1</translation>
    </message>
    <message>
        <source>Availability %1</source>
        <translation>可用性 %1</translation>
    </message>
    <message>
        <source>Disposal record %1 does not exist in this registry.</source>
        <translation>廃棄記録 %1 はこの台帳にありません。</translation>
    </message>
    <message>
        <source>The asset is not part of disposal record %1.</source>
        <translation>この資産は廃棄記録 %1 に含まれていません。</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm t</source>
        <comment>date and time format of the certificate (QDateTime::toString)</comment>
        <translation>yyyy/MM/dd HH:mm t</translation>
    </message>
    <message>
        <source>%1_certificate.pdf</source>
        <extracomment>File name offered for a saved certificate; %1 is the record number (and the asset number).</extracomment>
        <translation>%1_データ消去証明書.pdf</translation>
    </message>
    <message>
        <source>The data listed below were deleted and verified as recorded in this certificate.</source>
        <translation>下記のデータについて、本証明書に記載のとおり削除を実施し、その結果を検証しました。</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>区分: %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>対象データ %1 件</translation>
    </message>
    <message>
        <source>None (data in a system or service)</source>
        <translation>なし（システム・サービス内のデータ）</translation>
    </message>
    <message>
        <source>CAUTION: %1</source>
        <translation>【注意】%1</translation>
    </message>
    <message>
        <source>The method meets the minimum for every asset.</source>
        <translation>すべての資産について、最低限の消去方式を満たしています。</translation>
    </message>
    <message>
        <source>Data deleted</source>
        <translation>対象データ</translation>
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
        <translation>関係者限り</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>組織外秘</translation>
    </message>
    <message>
        <source>Public information: no confidentiality requirement applies.</source>
        <translation>公開情報であり、機密性の要求はない。</translation>
    </message>
    <message>
        <source>Disclosure outside the organisation would have a serious impact on the business, on partners or on data subjects.</source>
        <translation>組織外に漏えいすると、事業に大きな影響がある（取引先・本人への影響を含む）。</translation>
    </message>
    <message>
        <source>Disclosure to anyone but the designated persons would have a grave impact: legal liability, harm to data subjects or loss of trust.</source>
        <translation>指定された関係者以外に漏えいすると、深刻な影響がある（法的責任を問われる、本人への被害、信用の失墜等）。</translation>
    </message>
    <message>
        <source>Tampering or errors would have a negligible impact on the business.</source>
        <translation>改ざんや誤りがあっても、事業への影響はほとんどない。</translation>
    </message>
    <message>
        <source>Tampering or errors would have a serious impact on the business or on partners.</source>
        <translation>改ざんや誤りがあると、事業に大きな影響がある（取引先への影響を含む）。</translation>
    </message>
    <message>
        <source>Tampering or errors would have a grave impact: wrong decisions, legal liability or harm to data subjects.</source>
        <translation>改ざんや誤りがあると、深刻な影響がある（誤った意思決定、法的責任を問われる、本人への被害等）。</translation>
    </message>
    <message>
        <source>Unavailability would have a negligible impact; a stop of several days is acceptable.</source>
        <translation>利用できなくても影響はほとんどなく、数日間の停止は許容できる。</translation>
    </message>
    <message>
        <source>Unavailability would have a serious impact; it must be restored within a working day.</source>
        <translation>利用できないと事業に大きな影響があり、1 営業日以内に復旧する必要がある。</translation>
    </message>
    <message>
        <source>Unavailability would have a grave impact; the business stops without it and it must be restored within hours.</source>
        <translation>利用できないと深刻な影響があり（業務が停止する等）、数時間以内に復旧する必要がある。</translation>
    </message>
    <message>
        <source>Confidential information</source>
        <translation>要機密情報</translation>
    </message>
    <message>
        <source>Integrity-critical information</source>
        <translation>要保全情報</translation>
    </message>
    <message>
        <source>Availability-critical information</source>
        <translation>要安定情報</translation>
    </message>
    <message>
        <source>Information requiring protection</source>
        <translation>要保護情報</translation>
    </message>
    <message>
        <source>Restricted</source>
        <comment>handling label of earlier registries</comment>
        <translation>関係者外秘</translation>
    </message>
    <message>
        <source>Internal</source>
        <comment>handling label of earlier registries</comment>
        <translation>社外秘</translation>
    </message>
    <message>
        <source>Public</source>
        <comment>handling label of earlier registries</comment>
        <translation>公開</translation>
    </message>
    <message>
        <source>Confidentiality class 3</source>
        <translation>機密性3情報</translation>
    </message>
    <message>
        <source>Confidentiality class 2</source>
        <translation>機密性2情報</translation>
    </message>
    <message>
        <source>Confidentiality class 1</source>
        <translation>機密性1情報</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Information that requires confidentiality equivalent to that of classified documents.</source>
        <translation>秘密文書に相当する機密性を要する情報</translation>
    </message>
    <message>
        <source>Information that does not require confidentiality equivalent to that of classified documents but is not intended to be made public immediately.</source>
        <translation>秘密文書に相当する機密性は要しないが、直ちに一般に公表することを前提としていない情報</translation>
    </message>
    <message>
        <source>Information other than information of confidentiality class 2 or 3.</source>
        <translation>機密性2又は機密性3の情報以外の情報</translation>
    </message>
    <message>
        <source>Information (other than on paper) whose tampering, errors or damage could infringe the rights of citizens or hinder the proper conduct of administrative work (other than in minor ways).</source>
        <translation>行政事務で取り扱う情報（書面を除く。）のうち、改ざん、誤びゅう又は破損により、国民の権利が侵害され又は行政事務の適確な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報</translation>
    </message>
    <message>
        <source>Information (other than on paper) other than information of integrity class 2.</source>
        <translation>完全性2情報以外の情報（書面を除く。）</translation>
    </message>
    <message>
        <source>Information (other than on paper) whose loss, misplacement or unavailability could infringe the rights of citizens or hinder the stable conduct of administrative work (other than in minor ways).</source>
        <translation>行政事務で取り扱う情報（書面を除く。）のうち、その滅失、紛失又は当該情報が利用不可能であることにより、国民の権利が侵害され又は行政事務の安定的な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報</translation>
    </message>
    <message>
        <source>Information (other than on paper) other than information of availability class 2.</source>
        <translation>可用性2情報以外の情報（書面を除く。）</translation>
    </message>
    <message>
        <source>Disclosure would have a negligible impact on the business, partners or data subjects.</source>
        <translation>漏えいしても、事業・取引先・本人への影響はほとんどない。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1 (required).</source>
        <translation>%1（必須）。</translation>
    </message>
    <message>
        <source>%1: one of %2.</source>
        <translation>%1: %2 のいずれか。</translation>
    </message>
    <message>
        <source>%1: a level of the registry&apos;s scheme, e.g. 1, 2, 3 or Low, Moderate, High.</source>
        <translation>%1: 台帳の格付け基準のレベル（例: 1、2、3 または Low、Moderate、High）。</translation>
    </message>
    <message>
        <source>%1: a whole number, 0 or more.</source>
        <translation>%1: 0 以上の整数。</translation>
    </message>
    <message>
        <source>%1: a date such as 2026-04-01 (default: from the importance).</source>
        <translation>%1: 2026-04-01 の形式の日付（既定: 重要度から算出）。</translation>
    </message>
    <message>
        <source>%1: a date such as 2026-04-01, or permanent.</source>
        <translation>%1: 2026-04-01 の形式の日付、または permanent（永年）。</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <source>There is no asset %1 in the registry %2. Check the asset number with the list command.</source>
        <translation>台帳 %2 に資産 %1 はありません。list コマンドで管理番号を確認してください。</translation>
    </message>
    <message>
        <source>Lists assets as CSV, TSV or JSON on standard output, with the filters of the asset table.</source>
        <translation>資産一覧と同じ絞り込み条件で資産を抽出し、CSV・TSV・JSON 形式で標準出力に書き出します。</translation>
    </message>
    <message>
        <source>Output format (default: csv). TSV writes tabs and line breaks in a value as \t and \n.</source>
        <translation>出力形式（既定: csv）。TSV では、値の中のタブと改行を \t と \n で書き出します。</translation>
    </message>
    <message>
        <source>Columns to write, by field key (default: all, in ledger order).</source>
        <translation>出力する列をフィールドキーで指定します（既定: すべての列を台帳の列順で出力）。</translation>
    </message>
    <message>
        <source>Heading row of CSV and TSV: field keys (default) or translated labels.</source>
        <translation>CSV・TSV の見出し行: フィールドキー（既定）または表示用の項目名。</translation>
    </message>
    <message>
        <source>Write values as people read them (translated names, local dates) instead of codes.</source>
        <translation>値をコードではなく、読みやすい形（翻訳した名称、地域の形式の日付）で出力します。</translation>
    </message>
    <message>
        <source>Only assets whose text contains every word.</source>
        <translation>指定したすべての語を含む資産のみ。</translation>
    </message>
    <message>
        <source>Only assets of this managing department.</source>
        <translation>指定した管理部署の資産のみ。</translation>
    </message>
    <message>
        <source>Only assets of this type: %1.</source>
        <translation>指定した資産種別の資産のみ: %1。</translation>
    </message>
    <message>
        <source>Only assets of this importance: 1, 2 or 3.</source>
        <translation>指定した重要度の資産のみ: 1、2、3。</translation>
    </message>
    <message>
        <source>Only assets with this status: %1.</source>
        <translation>指定した状態の資産のみ: %1。</translation>
    </message>
    <message>
        <source>Only assets with this kind of personal information (%1), or any kind.</source>
        <translation>指定した区分の個人情報を含む資産のみ（%1）。any を指定すると、いずれかの個人情報を含む資産。</translation>
    </message>
    <message>
        <source>Include disposed assets.</source>
        <translation>廃棄済の資産も含めます。</translation>
    </message>
    <message>
        <source>Sort by this field (default: asset_no).</source>
        <translation>並べ替えに使う項目（既定: asset_no）。</translation>
    </message>
    <message>
        <source>Sort in descending order.</source>
        <translation>降順に並べ替えます。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an output format. Use csv, tsv or json.</source>
        <translation>「%1」は出力形式ではありません。csv、tsv、json のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of heading. Use keys or labels.</source>
        <translation>「%1」は見出しの種類ではありません。keys または labels を指定してください。</translation>
    </message>
    <message>
        <source>JSON keys are always field keys; --headers labels is for CSV and TSV.</source>
        <translation>JSON のキーは常にフィールドキーです。--headers labels は CSV と TSV でのみ使えます。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field. Use field keys: %2.</source>
        <translation>「%1」は項目ではありません。次のフィールドキーを指定してください: %2。</translation>
    </message>
    <message>
        <source>--columns names no field.</source>
        <translation>--columns に項目が指定されていません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an asset type. Use one of: %2.</source>
        <translation>「%1」は資産種別ではありません。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status. Use one of: %2.</source>
        <translation>「%1」は状態ではありません。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of personal information. Use any or one of: %2.</source>
        <translation>「%1」は個人情報の区分ではありません。any または次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field to sort by. Use a field key such as asset_no or name.</source>
        <translation>「%1」は並べ替えに使える項目ではありません。asset_no や name などのフィールドキーを指定してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an importance. Use 1, 2 or 3.</source>
        <translation>「%1」は重要度ではありません。1、2、3 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Shows every field of an asset and its history.</source>
        <translation>資産のすべての項目と履歴を表示します。</translation>
    </message>
    <message>
        <source>The asset number, e.g. IA-000001.</source>
        <translation>管理番号（例: IA-000001）。</translation>
    </message>
    <message>
        <source>Output format (default: text).</source>
        <translation>出力形式（既定: text）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an output format. Use text or json.</source>
        <translation>「%1」は出力形式ではありません。text または json を指定してください。</translation>
    </message>
    <message>
        <source>Registers a new asset and prints its asset number. Values may be codes or labels in English or Japanese.</source>
        <translation>新しい資産を登録し、その管理番号を表示します。値はコード、または日本語・英語の名称で指定できます。</translation>
    </message>
    <message>
        <source>Nothing to change. Give at least one field option, e.g. --status stored.</source>
        <translation>変更する項目がありません。項目のオプションを 1 つ以上指定してください（例: --status stored）。</translation>
    </message>
    <message>
        <source>List assets as CSV, TSV or JSON, with filters</source>
        <translation>資産を絞り込み、CSV・TSV・JSON で一覧表示</translation>
    </message>
    <message>
        <source>Show an asset with its history: show ASSET_NO</source>
        <translation>資産を履歴とともに表示: show ASSET_NO</translation>
    </message>
    <message>
        <source>Register a new asset; prints its asset number</source>
        <translation>新しい資産を登録し、管理番号を表示</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; to see how to use it.</source>
        <translation>使い方は「%1 %2 --help」で確認してください。</translation>
    </message>
    <message>
        <source>Lists the controls of the catalogues: code, title, area and the catalogue they come from.</source>
        <translation>管理策カタログの管理策を一覧表示します（コード、名称、分野、収録元のカタログ）。</translation>
    </message>
    <message>
        <source>Only this catalogue: builtin, own, or a word of an imported catalogue&apos;s title or the start of its UUID.</source>
        <translation>このカタログのみ: builtin、own、または取り込んだカタログの名称に含まれる語、UUID の先頭部分。</translation>
    </message>
    <message>
        <source>Output format (default: csv).</source>
        <translation>出力形式（既定: csv）。</translation>
    </message>
    <message>
        <source>Include retired controls.</source>
        <translation>廃止された管理策も含めます。</translation>
    </message>
    <message>
        <source>Imports an OSCAL JSON catalogue (e.g. NIST SP 800-53 Rev. 5) as a catalogue of its own. Importing the same catalogue again updates it in place; a file that is not a complete OSCAL catalogue changes nothing.</source>
        <translation>OSCAL JSON 形式のカタログ（例: NIST SP 800-53 Rev. 5）を独立した管理策カタログとして取り込みます。同じカタログをもう一度取り込むと、そのカタログが更新されます。完全な OSCAL カタログでないファイルの場合は何も変更しません。</translation>
    </message>
    <message>
        <source>The OSCAL catalogue (JSON).</source>
        <translation>OSCAL カタログ（JSON）。</translation>
    </message>
    <message>
        <source>%1 (version %2): %3 controls added, %4 updated, %5 unchanged, %6 retired; %7 withdrawn controls left out.</source>
        <translation>%1（バージョン %2）: 管理策を %3 件追加、%4 件更新、%5 件変更なし、%6 件廃止しました。撤回された管理策 %7 件は取り込んでいません。</translation>
    </message>
    <message>
        <source>Usage: %1 catalog list [--catalog NAME] [--format csv|tsv|json] [--all]
       %1 catalog import FILE
Run &apos;%1 catalog list --help&apos; for the options.</source>
        <translation>使い方: %1 catalog list [--catalog NAME] [--format csv|tsv|json] [--all]
        %1 catalog import FILE
オプションは「%1 catalog list --help」で確認できます。</translation>
    </message>
    <message>
        <source>Say what to do with the catalogues: list or import.</source>
        <translation>管理策カタログに対する操作を指定してください: list または import。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a catalog command. Use list or import.</source>
        <translation>「%1」は catalog のコマンドではありません。list または import を指定してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --%2. Write it as 2026-04-01, or none.</source>
        <translation>--%2 の「%1」は日付として読めません。2026-04-01 の形式、または none で指定してください。</translation>
    </message>
    <message>
        <source>Assigns controls to assets, or changes their assignment: whether the control applies, how far it is implemented, who is responsible, by when. Options left out keep the current values. Prints the number of assignments changed.</source>
        <translation>資産に管理策を割り当てるか、その割り当てを変更します（適用の有無、実施状況、担当者、期限）。指定しなかったオプションは現在の値のままです。変更した割り当ての件数を表示します。</translation>
    </message>
    <message>
        <source>The assets, e.g. IA-000001 IA-000002.</source>
        <translation>対象の資産（例: IA-000001 IA-000002）。</translation>
    </message>
    <message>
        <source>The control, e.g. TEC-05 or AC-2; repeat for several. Required.</source>
        <translation>管理策（例: TEC-05、AC-2）。複数ある場合は繰り返し指定します。必須。</translation>
    </message>
    <message>
        <source>The catalogue of the controls, when a code is in several.</source>
        <translation>管理策のカタログ（同じコードが複数のカタログにある場合）。</translation>
    </message>
    <message>
        <source>Whether the control applies to the assets; &apos;no&apos; needs --reason.</source>
        <translation>管理策を資産に適用するかどうか。no の場合は --reason が必要です。</translation>
    </message>
    <message>
        <source>Why the control does not apply.</source>
        <translation>管理策を適用しない理由。</translation>
    </message>
    <message>
        <source>Implementation: implemented, partial, not_implemented or unknown (also 実施済, 一部実施, 未実施, 不明).</source>
        <translation>実施状況: implemented、partial、not_implemented、unknown（実施済、一部実施、未実施、不明 も可）。</translation>
    </message>
    <message>
        <source>Person responsible for the control.</source>
        <translation>管理策の担当者。</translation>
    </message>
    <message>
        <source>Date by which the control is to be implemented.</source>
        <translation>管理策の実施期限。</translation>
    </message>
    <message>
        <source>Where the evidence is: a document, a record, a ticket.</source>
        <translation>証跡の所在（文書、記録、チケットなど）。</translation>
    </message>
    <message>
        <source>Day the control was last verified.</source>
        <translation>管理策の最終確認日。</translation>
    </message>
    <message>
        <source>Remove the assignments instead.</source>
        <translation>割り当てを解除します。</translation>
    </message>
    <message>
        <source>The option --control is required.</source>
        <translation>オプション --control は必須です。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value of --applicable. Use yes or no.</source>
        <translation>「%1」は --applicable に指定できる値ではありません。yes または no を指定してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an implementation status. Use one of: %2.</source>
        <translation>「%1」は実施状況ではありません。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>--remove cannot be combined with the fields of an assignment.</source>
        <translation>--remove は割り当ての項目を指定するオプションと同時に指定できません。</translation>
    </message>
    <message>
        <source>There is no asset %1 in the registry %2.</source>
        <translation>台帳 %2 に資産 %1 はありません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an area. Give its number, 1 to 10.</source>
        <translation>「%1」は分野ではありません。分野の番号（1～10）を指定してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of gap. Use one of: %2.</source>
        <translation>「%1」はギャップの種類ではありません。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>Gaps: %1 in %2 of %3 assets</source>
        <translation>ギャップ: %1 件（資産 %3 件中 %2 件）</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>種類別</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>分野別</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>部署別</translation>
    </message>
    <message>
        <source>The gap report: controls the baseline requires that are missing, not (fully) implemented, overdue, or marked not applicable without a reason; with counts per kind, area and department. Exit status 1 when there are gaps, 0 when there are none.</source>
        <translation>ギャップレポート: ベースラインで必要な管理策のうち、未割当て、未実施・一部実施、期限超過、または理由なしで適用除外としたものを、種類別・分野別・部署別の件数とともに表示します。ギャップがある場合は終了ステータス 1、ない場合は 0 で終了します。</translation>
    </message>
    <message>
        <source>Only the gaps of this asset.</source>
        <translation>この資産のギャップのみ。</translation>
    </message>
    <message>
        <source>Only controls of this area (1–10).</source>
        <translation>この分野の管理策のみ（1～10）。</translation>
    </message>
    <message>
        <source>Only this kind of gap: %1.</source>
        <translation>このギャップの種類のみ: %1。</translation>
    </message>
    <message>
        <source>Only controls of this catalogue.</source>
        <translation>このカタログの管理策のみ。</translation>
    </message>
    <message>
        <source>Only assets whose number or name contains the text.</source>
        <translation>管理番号または名称にこの文字列を含む資産のみ。</translation>
    </message>
    <message>
        <source>Output format (default: text, a summary and the list).</source>
        <translation>出力形式（既定: text。概要と一覧）。</translation>
    </message>
    <message>
        <source>Only the counts, without the list (text format).</source>
        <translation>一覧を表示せず、件数のみを表示します（text 形式）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an output format. Use text, csv, tsv or json.</source>
        <translation>「%1」は出力形式ではありません。text、csv、tsv、json のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>%1 gaps in %2 assets.</source>
        <translation>ギャップ %1 件（資産 %2 件）。</translation>
    </message>
    <message>
        <source>The statement of applicability of a catalogue: every control with its applicability, the reasons for excluding it and its implementation across the registry.</source>
        <translation>管理策カタログの適用宣言書: すべての管理策について、適用の有無、適用除外の理由、台帳全体での実施状況を示します。</translation>
    </message>
    <message>
        <source>The catalogue (default: builtin).</source>
        <translation>管理策カタログ（既定: builtin）。</translation>
    </message>
    <message>
        <source>Output format on stdout (default: csv).</source>
        <translation>標準出力への出力形式（既定: csv）。</translation>
    </message>
    <message>
        <source>Write a CSV file for Excel (UTF-8 with BOM, headings in the UI language) instead.</source>
        <translation>代わりに Excel 向けの CSV ファイル（BOM 付き UTF-8、見出しは UI の言語）を書き出します。</translation>
    </message>
    <message>
        <source>Control catalogues: catalog list [--catalog NAME], catalog import FILE</source>
        <translation>管理策カタログ: catalog list [--catalog NAME]、catalog import FILE</translation>
    </message>
    <message>
        <source>Assign controls to assets: assign ASSET_NO… --control CODE [--status …]</source>
        <translation>資産に管理策を割り当て: assign ASSET_NO… --control CODE [--status …]</translation>
    </message>
    <message>
        <source>The gap report of required controls; exit status 1 when there are gaps</source>
        <translation>必要な管理策のギャップレポート（ギャップがある場合は終了ステータス 1）</translation>
    </message>
    <message>
        <source>The statement of applicability of a catalogue</source>
        <translation>管理策カタログの適用宣言書</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value of --%2. Use one of: %3.</source>
        <translation>「%1」は --%2 に指定できる値ではありません。次のいずれかを指定してください: %3。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --%2. Write it as 2026-04-01.</source>
        <translation>--%2 の「%1」は日付として読めません。2026-04-01 の形式で指定してください。</translation>
    </message>
    <message>
        <source>Records and completes the disposal of one or more assets (one job, e.g. a contractor pick-up). The assets become disposed and read-only. Prints the record number.</source>
        <translation>1 件以上の資産の廃棄を記録し、完了します（委託先による一括回収などを 1 件の廃棄作業として記録）。対象の資産は廃棄済となり、読み取り専用になります。廃棄記録の番号を表示します。</translation>
    </message>
    <message>
        <source>The assets whose media were sanitised, e.g. IA-000001 IA-000002.</source>
        <translation>媒体のデータを消去した資産（例: IA-000001 IA-000002）。</translation>
    </message>
    <message>
        <source>Sanitisation method (NIST SP 800-88), required.</source>
        <translation>消去方式（NIST SP 800-88、必須）。</translation>
    </message>
    <message>
        <source>Technique, required: %1.</source>
        <translation>消去技術（必須）: %1。</translation>
    </message>
    <message>
        <source>Tool used for the sanitisation.</source>
        <translation>データ消去に使用したツール。</translation>
    </message>
    <message>
        <source>Version of the tool.</source>
        <translation>ツールのバージョン。</translation>
    </message>
    <message>
        <source>How the result was verified, required.</source>
        <translation>結果の検証方法（必須）。</translation>
    </message>
    <message>
        <source>Result of the verification, required. A failed verification cannot complete a disposal.</source>
        <translation>検証結果（必須）。検証が不合格の場合、廃棄を完了することはできません。</translation>
    </message>
    <message>
        <source>Where the media go afterwards: %1 (default: destroyed for the method destroy, else internal-reuse).</source>
        <translation>消去後の処分先: %1（既定: 消去方式が destroy の場合は destroyed、それ以外は internal-reuse）。</translation>
    </message>
    <message>
        <source>Who performed the sanitisation, required.</source>
        <translation>データ消去の実施者（必須）。</translation>
    </message>
    <message>
        <source>Title of the performer.</source>
        <translation>実施者の役職。</translation>
    </message>
    <message>
        <source>Organisation of the performer.</source>
        <translation>実施者の所属組織。</translation>
    </message>
    <message>
        <source>Date of the sanitisation (default: today).</source>
        <translation>データ消去の実施日（既定: 今日）。</translation>
    </message>
    <message>
        <source>Who validated the sanitisation, required.</source>
        <translation>データ消去の確認者（必須）。</translation>
    </message>
    <message>
        <source>Title of the validator.</source>
        <translation>確認者の役職。</translation>
    </message>
    <message>
        <source>Organisation of the validator.</source>
        <translation>確認者の所属組織。</translation>
    </message>
    <message>
        <source>Date of the validation (default: today).</source>
        <translation>確認日（既定: 今日）。</translation>
    </message>
    <message>
        <source>Contractor who did the work.</source>
        <translation>作業を行った委託先。</translation>
    </message>
    <message>
        <source>Number of the contractor&apos;s certificate.</source>
        <translation>委託先が発行した証明書の番号。</translation>
    </message>
    <message>
        <source>Why a method weaker than the minimum for an asset was used; the disposal is then flagged as an override.</source>
        <translation>資産の最低限の消去方式より弱い消去方式を使用した理由。この廃棄は最低基準の例外として記録されます。</translation>
    </message>
    <message>
        <source>Notes; required to describe an &apos;other&apos; technique, verification or destination.</source>
        <translation>備考。消去技術・検証方法・消去後の処分先に other（その他）を指定した場合は、その内容の説明として必須です。</translation>
    </message>
    <message>
        <source>A file to keep as evidence (contractor certificate, photo); repeat for several.</source>
        <translation>証跡として保管するファイル（委託先の証明書、写真など）。複数ある場合は繰り返し指定します。</translation>
    </message>
    <message>
        <source>Make of every item.</source>
        <translation>全媒体に共通のメーカー。</translation>
    </message>
    <message>
        <source>Model of every item.</source>
        <translation>全媒体に共通の型番。</translation>
    </message>
    <message>
        <source>Serial number; give it once per asset, in the order of the assets.</source>
        <translation>シリアル番号。資産ごとに 1 回ずつ、資産を指定した順に指定します。</translation>
    </message>
    <message>
        <source>Property number; once per asset, in their order.</source>
        <translation>備品番号。資産ごとに 1 回ずつ、資産の順に指定します。</translation>
    </message>
    <message>
        <source>User or host the medium came from; once per asset, in their order.</source>
        <translation>媒体を使用していた利用者またはホスト。資産ごとに 1 回ずつ、資産の順に指定します。</translation>
    </message>
    <message>
        <source>Whether the data was backed up (default: unknown).</source>
        <translation>データのバックアップの有無（既定: unknown）。</translation>
    </message>
    <message>
        <source>Where the backup is kept.</source>
        <translation>バックアップの保管場所。</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>オプション --%1 は必須です。</translation>
    </message>
    <message>
        <source>--%1 is given %2 times for %3 assets. Give it once per asset, in the order of the assets.</source>
        <translation>資産 %3 件に対して --%1 が %2 回指定されています。資産ごとに 1 回ずつ、資産を指定した順に指定してください。</translation>
    </message>
    <message>
        <source>An asset is named twice. Name each asset once.</source>
        <translation>同じ資産が 2 回指定されています。各資産は 1 回だけ指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Recorded disposal %1: %n asset(s) disposed.</source>
        <translation>
            <numerusform>廃棄記録 %1 を登録しました: %n 件の資産を廃棄しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) kept in the registry.</source>
        <translation>
            <numerusform>証跡ファイル %n 件を台帳に保管しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagged as an override: %1 is weaker than the minimum method for %2.</source>
        <translation>最低基準の例外として記録しました: %1 は %2 の最低限の消去方式より弱い消去方式です。</translation>
    </message>
    <message>
        <source>Retention passed</source>
        <translation>保存期限切れ</translation>
    </message>
    <message>
        <source>Retention ends soon</source>
        <translation>保存期限間近</translation>
    </message>
    <message>
        <source>Disposal pending</source>
        <translation>廃棄予定</translation>
    </message>
    <message>
        <source>Lists the assets due for disposal: retention passed or ending within the window, and assets marked disposal pending. Most urgent first.</source>
        <translation>廃棄の対象となる資産を一覧表示します。保存期限を過ぎた資産、指定した期間内に保存期限を迎える資産、状態が廃棄予定の資産を、緊急度の高い順に表示します。</translation>
    </message>
    <message>
        <source>Also list assets whose retention ends within this many days (default: 0, only those already due).</source>
        <translation>保存期限がこの日数以内に来る資産も表示します（既定: 0。既に期限が来ている資産のみ）。</translation>
    </message>
    <message>
        <source>Write the status and the reason as people read them instead of codes.</source>
        <translation>状態と理由を、コードではなく読みやすい名称で出力します。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of days for --within. Give 0 or more.</source>
        <translation>「%1」は --within の日数として読めません。0 以上の整数を指定してください。</translation>
    </message>
    <message>
        <source>Checked %1 of %2 evidence files…</source>
        <translation>証跡ファイル %2 件中 %1 件を確認しました…</translation>
    </message>
    <message>
        <source>MISMATCH %1 %2: recorded SHA-256 %3, now %4</source>
        <translation>不一致 %1 %2: 記録された SHA-256 %3、現在 %4</translation>
    </message>
    <message>
        <source>ERROR %1</source>
        <translation>エラー %1</translation>
    </message>
    <message>
        <source>%1 of %2 evidence files do not match the SHA-256 recorded when they were added. Restore the registry from a backup and compare.</source>
        <translation>証跡ファイル %2 件中 %1 件が、追加時に記録された SHA-256 と一致しません。台帳をバックアップから復元して比較してください。</translation>
    </message>
    <message>
        <source>OK: %1 evidence files match their SHA-256.</source>
        <translation>OK: 証跡ファイル %1 件の SHA-256 はすべて一致しました。</translation>
    </message>
    <message>
        <source>Writes the certificate of sanitisation of a disposal record as PDF (A4 portrait).</source>
        <translation>廃棄記録のデータ消去証明書を PDF（A4 縦）で書き出します。</translation>
    </message>
    <message>
        <source>The disposal record, e.g. D-000001, or an asset number of a disposed asset.</source>
        <translation>廃棄記録の番号（例: D-000001）、または廃棄済の資産の管理番号。</translation>
    </message>
    <message>
        <source>The PDF file to write, required.</source>
        <translation>書き出す PDF ファイル（必須）。</translation>
    </message>
    <message>
        <source>Only this asset of the record (default: every asset).</source>
        <translation>廃棄記録のうち、この資産のみ（既定: すべての資産）。</translation>
    </message>
    <message>
        <source>Language of the certificate (default: the language of the messages).</source>
        <translation>証明書の言語（既定: メッセージの言語）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language of the certificate. Use ja or en.</source>
        <translation>「%1」は証明書の言語として使えません。ja または en を指定してください。</translation>
    </message>
    <message>
        <source>There is no disposal record %1 in the registry %2.</source>
        <translation>台帳 %2 に廃棄記録 %1 はありません。</translation>
    </message>
    <message>
        <source>Asset %1 is not part of disposal record %2.</source>
        <translation>資産 %1 は廃棄記録 %2 に含まれていません。</translation>
    </message>
    <message>
        <source>Wrote the certificate of %1 to %2.</source>
        <translation>%1 の消去証明書を %2 に書き出しました。</translation>
    </message>
    <message>
        <source>Record the disposal of assets: dispose ASSET_NO… --method … --performed-by … --validated-by …</source>
        <translation>資産の廃棄を記録: dispose ASSET_NO… --method … --performed-by … --validated-by …</translation>
    </message>
    <message>
        <source>List assets due for disposal: due [--within DAYS]</source>
        <translation>廃棄対象の資産を一覧表示: due [--within DAYS]</translation>
    </message>
    <message>
        <source>Write a certificate of sanitisation as PDF: certificate D-000001 --output FILE</source>
        <translation>データ消去証明書を PDF で書き出し: certificate D-000001 --output FILE</translation>
    </message>
    <message>
        <source>How many assets to add (required).</source>
        <translation>追加する資産の件数（必須）。</translation>
    </message>
    <message>
        <source>Seed of the random choices; the same seed gives the same assets (default: 1).</source>
        <translation>乱数のシード。同じシードからは同じ資産が生成されます（既定: 1）。</translation>
    </message>
    <message>
        <source>Assets per transaction (default: 10000).</source>
        <translation>1 トランザクションあたりの資産の件数（既定: 10000）。</translation>
    </message>
    <message>
        <source>Say how many assets to add: --count N.</source>
        <translation>追加する資産の件数を指定してください: --count N。</translation>
    </message>
    <message>
        <source>--count must be a whole number from 1 to %1, not &apos;%2&apos;.</source>
        <translation>--count には 1 から %1 までの整数を指定してください。「%2」は指定できません。</translation>
    </message>
    <message>
        <source>--seed must be a whole number of 0 or more, not &apos;%1&apos;.</source>
        <translation>--seed には 0 以上の整数を指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>--batch must be a whole number from 1 to 1000000, not &apos;%1&apos;.</source>
        <translation>--batch には 1 から 1000000 までの整数を指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>%1 of %2 assets were added before the failure.</source>
        <translation>失敗するまでに、%2 件中 %1 件の資産が追加されました。</translation>
    </message>
    <message>
        <source>generated %1 / %2</source>
        <translation>生成済み %1 / %2</translation>
    </message>
    <message>
        <source>Added %1 assets to %2 in %3 s.</source>
        <translation>%2 に %1 件の資産を追加しました（%3 秒）。</translation>
    </message>
    <message>
        <source>Add synthetic assets for demos and benchmarks: generate --count N</source>
        <translation>デモ・ベンチマーク用の架空の資産を追加: generate --count N</translation>
    </message>
    <message>
        <source>Writes the asset ledger (情報資産管理台帳) as a PDF file: header with organisation, title, handling banner, selection and print time; page n of N on every page.</source>
        <translation>情報資産管理台帳を PDF ファイルに書き出します。ヘッダに組織名、表題、取扱表示、抽出条件、印刷日時を記載し、各ページにページ番号（n / N）を付けます。</translation>
    </message>
    <message>
        <source>The PDF file to write (required).</source>
        <translation>書き出す PDF ファイル（必須）。</translation>
    </message>
    <message>
        <source>Columns to print (default: the IPA ledger&apos;s columns).</source>
        <translation>印刷する列（既定: IPA の情報資産管理台帳の列）。</translation>
    </message>
    <message>
        <source>Group the assets, with a count per group.</source>
        <translation>資産をグループ分けし、グループごとの件数を表示します。</translation>
    </message>
    <message>
        <source>Paper size (default: A4).</source>
        <translation>用紙サイズ（既定: A4）。</translation>
    </message>
    <message>
        <source>Print in portrait orientation (default: landscape).</source>
        <translation>縦向きで印刷します（既定: 横向き）。</translation>
    </message>
    <message>
        <source>Language of the ledger (default: the language of messages).</source>
        <translation>台帳の言語（既定: メッセージの言語）。</translation>
    </message>
    <message>
        <source>Name the PDF file to write with --pdf FILE.</source>
        <translation>書き出す PDF ファイルを --pdf FILE で指定してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a grouping. Use department or asset_type.</source>
        <translation>「%1」はグループ分けの方法ではありません。department または asset_type を指定してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a paper size. Use A4 or A3.</source>
        <translation>「%1」は用紙サイズではありません。A4 または A3 を指定してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language. Use ja or en.</source>
        <translation>「%1」は言語ではありません。ja または en を指定してください。</translation>
    </message>
    <message>
        <source>Reading assets</source>
        <translation>資産を読み込み中</translation>
    </message>
    <message>
        <source>Writing pages</source>
        <translation>ページを書き出し中</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the ledger of %n asset(s) to %1</source>
        <translation>
            <numerusform>資産 %n 件の台帳を %1 に書き出しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ページ</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the asset ledger as a PDF file</source>
        <translation>情報資産管理台帳を PDF ファイルに書き出し</translation>
    </message>
    <message>
        <source>Usage: %1 [--database FILE] [--lang ja|en] COMMAND [options]</source>
        <translation>使い方: %1 [--database FILE] [--lang ja|en] COMMAND [オプション]</translation>
    </message>
    <message>
        <source>Information asset registry on the command line: list, show, add and edit assets and fill registries for tests.</source>
        <translation>コマンドラインで情報資産管理台帳を操作します。資産の一覧表示・表示・追加・編集と、テスト用の台帳へのデータ投入ができます。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>The registry file to work on (default: your registry, as in the application window).</source>
        <translation>操作する台帳ファイル（既定: アプリケーションのウィンドウと同じ、既定の台帳）。</translation>
    </message>
    <message>
        <source>Language of messages and labels (default: the application&apos;s language).</source>
        <translation>メッセージと項目名の言語（既定: アプリケーションの言語）。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation>各コマンドのオプションは「%1 COMMAND --help」で確認できます。</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for the commands and options.</source>
        <translation>コマンドとオプションは「%1 --help」で確認できます。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>不要な引数「%1」が指定されています。</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>「%1」というコマンドはありません。</translation>
    </message>
    <message>
        <source>Show the help of a command: help COMMAND</source>
        <translation>コマンドのヘルプを表示: help COMMAND</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>オプション %1 には値が必要です。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>%1 というオプションはありません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language of the application. Use --lang ja or --lang en.</source>
        <translation>「%1」はこのアプリケーションの言語ではありません。--lang ja または --lang en を指定してください。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>コマンドが指定されていません。</translation>
    </message>
    <message>
        <source>Could not write the output. Check that the disk is not full.</source>
        <translation>出力を書き込めませんでした。ディスクの空き容量を確認してください。</translation>
    </message>
    <message>
        <source>Unknown option %1. Options are written with two dashes, e.g. --format.</source>
        <translation>%1 というオプションはありません。オプションはダッシュ 2 つで始めます（例: --format）。</translation>
    </message>
    <message>
        <source>The option --%1 goes before the command: %2 --%1 … %3 …</source>
        <translation>オプション --%1 はコマンドの前に指定します: %2 --%1 … %3 …</translation>
    </message>
    <message>
        <source>Unknown option --%1 for the command %2.</source>
        <translation>コマンド %2 に --%1 というオプションはありません。</translation>
    </message>
    <message>
        <source>The option --%1 is given more than once. Give it once.</source>
        <translation>オプション --%1 が複数回指定されています。1 回だけ指定してください。</translation>
    </message>
    <message>
        <source>The option --%1 takes no value. Write just --%1.</source>
        <translation>オプション --%1 には値を指定できません。--%1 だけを指定してください。</translation>
    </message>
    <message>
        <source>The option --%1 needs a value: --%1 %2</source>
        <translation>オプション --%1 には値が必要です: --%1 %2</translation>
    </message>
    <message>
        <source>The argument %1 is missing: %2</source>
        <translation>引数 %1 が指定されていません: %2</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;. Values of options follow the option name, e.g. --search &quot;text&quot;.</source>
        <translation>不要な引数「%1」が指定されています。オプションの値はオプション名の後に続けて指定します（例: --search &quot;検索語&quot;）。</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[オプション]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>使い方: %1</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>引数:</translation>
    </message>
    <message>
        <source>Creates a new, empty registry file: the --database file, or your default registry if it does not exist yet.</source>
        <translation>新しい空の台帳ファイルを作成します。作成するのは --database で指定したファイル、指定がなければ既定の台帳です（まだ存在しない場合）。</translation>
    </message>
    <message>
        <source>Classification scheme of the registry (default: ipa). It cannot be changed later.</source>
        <translation>台帳の格付け基準（既定: ipa）。後から変更することはできません。</translation>
    </message>
    <message>
        <source>Prefix of asset numbers (default: IA-).</source>
        <translation>管理番号の接頭辞（既定: IA-）。</translation>
    </message>
    <message>
        <source>Name of the organisation, printed on the ledger.</source>
        <translation>組織名。印刷する台帳に記載されます。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a classification scheme. Use one of: %2.</source>
        <translation>「%1」は格付け基準ではありません。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>Shows the registry file, its classification scheme, schema version and number of assets.</source>
        <translation>台帳ファイル、格付け基準、スキーマのバージョン、資産の件数を表示します。</translation>
    </message>
    <message>
        <source>Registry file</source>
        <translation>台帳ファイル</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織名</translation>
    </message>
    <message>
        <source>Classification scheme</source>
        <translation>格付け基準</translation>
    </message>
    <message>
        <source>Asset number prefix</source>
        <translation>管理番号の接頭辞</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>スキーマのバージョン</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>資産数</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>監査イベント数</translation>
    </message>
    <message>
        <source>Create a new registry file: --database FILE init [--scheme ipa]</source>
        <translation>新しい台帳ファイルを作成: --database FILE init [--scheme ipa]</translation>
    </message>
    <message>
        <source>Show the registry file, scheme, schema version and counts</source>
        <translation>台帳ファイル、格付け基準、スキーマのバージョン、件数を表示</translation>
    </message>
    <message>
        <source>not imported: the registry assigns asset numbers</source>
        <translation>取り込まない: 管理番号は台帳が割り当てます</translation>
    </message>
    <message>
        <source>not imported: follows from the classification</source>
        <translation>取り込まない: 格付けから自動で決まります</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>取り込まない</translation>
    </message>
    <message>
        <source>Imports assets from a CSV file (UTF-8 or Shift_JIS, comma or tab separated) or an Excel workbook (XLSX). Headings may be Japanese or English, in any order, below a title block. Every row is imported, or none.</source>
        <translation>CSV ファイル（UTF-8 または Shift_JIS、カンマ区切りまたはタブ区切り）または Excel ブック（XLSX）から資産を取り込みます。見出しは日本語でも英語でもよく、順序は自由で、表題部分の下にあっても構いません。すべての行を取り込むか、1 行も取り込まないかのどちらかです。</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>取り込むファイル。</translation>
    </message>
    <message>
        <source>Check the file and list every problem; import nothing.</source>
        <translation>ファイルを検査して、すべての問題を表示します。取り込みは行いません。</translation>
    </message>
    <message>
        <source>The sheet of a workbook to read, by name or number (default: the first visible sheet).</source>
        <translation>読み込むブックのシート。名前または番号で指定します（既定: 表示されている最初のシート）。</translation>
    </message>
    <message>
        <source>Import the column with this heading into this field (a field key or label), or leave it out with HEADING=-.</source>
        <translation>指定した見出しの列を、指定した項目（フィールドキーまたは項目名）に取り込みます。HEADING=- とするとその列は取り込みません。</translation>
    </message>
    <message>
        <source>--map: the file has no column headed &apos;%1&apos;.</source>
        <translation>--map: ファイルに見出しが「%1」の列はありません。</translation>
    </message>
    <message>
        <source>--map: &apos;%1&apos; is not a field.</source>
        <translation>--map: 「%1」は項目ではありません。</translation>
    </message>
    <message>
        <source>CSV, %1</source>
        <translation>CSV、%1</translation>
    </message>
    <message>
        <source>workbook, sheet %1</source>
        <translation>ブック、シート「%1」</translation>
    </message>
    <message>
        <source>%1 (%2): header in row %3, %4 rows of assets.</source>
        <translation>%1（%2）: 見出しは %3 行目、資産は %4 行です。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>取り込み中</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n problem(s); nothing would be imported.</source>
        <translation>
            <numerusform>試行: 問題が %n 件あります。このままでは何も取り込まれません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: no problems; %n asset(s) would be imported.</source>
        <translation>
            <numerusform>試行: 問題はありません。%n 件の資産が取り込まれます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n asset(s).</source>
        <translation>
            <numerusform>%n 件の資産を取り込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports assets to CSV (UTF-8 with BOM for Excel, or Shift_JIS), to an Excel workbook in the ledger&apos;s layout, or to JSON. Importing the CSV or XLSX file gives back every field.</source>
        <translation>資産を CSV（Excel 向けの BOM 付き UTF-8、または Shift_JIS）、台帳の書式の Excel ブック、または JSON に書き出します。書き出した CSV・XLSX ファイルを取り込むと、すべての項目が元どおりになります。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>書き出すファイル。</translation>
    </message>
    <message>
        <source>File format (default: from the file name, else csv).</source>
        <translation>ファイル形式（既定: ファイル名の拡張子から判断し、判断できなければ csv）。</translation>
    </message>
    <message>
        <source>Encoding of a CSV file (default: utf-8-bom). cp932 (Shift_JIS) refuses characters it cannot hold and names them.</source>
        <translation>CSV ファイルの文字コード（既定: utf-8-bom）。cp932（Shift_JIS）で表せない文字がある場合は書き出さずに、その文字を示します。</translation>
    </message>
    <message>
        <source>Columns to write (default: every field, in ledger order).</source>
        <translation>書き出す列（既定: すべての項目を台帳の列順で）。</translation>
    </message>
    <message>
        <source>Language of headings and labels in the file (default: the language of messages).</source>
        <translation>ファイル内の見出しと名称の言語（既定: メッセージの言語）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an export format. Use csv, xlsx or json.</source>
        <translation>「%1」は書き出し形式ではありません。csv、xlsx、json のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an encoding. Use utf-8-bom, utf-8 or cp932.</source>
        <translation>「%1」は文字コードではありません。utf-8-bom、utf-8、cp932 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--encoding is for CSV files only.</source>
        <translation>--encoding は CSV ファイルにのみ指定できます。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field.</source>
        <translation>「%1」は項目ではありません。</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>書き出し中</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n asset(s) to %1.</source>
        <translation>
            <numerusform>%n 件の資産を %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import assets from a CSV or Excel file, all or nothing (--dry-run checks)</source>
        <translation>CSV または Excel ファイルから資産を一括で取り込み（--dry-run で事前検査）</translation>
    </message>
    <message>
        <source>Export assets to CSV, Excel (XLSX) or JSON</source>
        <translation>資産を CSV・Excel（XLSX）・JSON に書き出し</translation>
    </message>
    <message>
        <source>Leave out the approval boxes (承認・確認・作成) of the first page.</source>
        <translation>1 ページ目の押印欄（承認・確認・作成）を印刷しません。</translation>
    </message>
    <message>
        <source>Cannot read the checkpoint file %1: %2</source>
        <translation>チェックポイントファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no checkpoint. A checkpoint is written as SEQ:HASH, e.g. 1234:0123456789abcdef.</source>
        <translation>ファイル %1 にチェックポイントがありません。チェックポイントは 通番:ハッシュ の形式です（例: 1234:0123456789abcdef）。</translation>
    </message>
    <message>
        <source>Checkpoint: %1 (full hash %2)</source>
        <translation>チェックポイント: %1（ハッシュ全桁 %2）</translation>
    </message>
    <message>
        <source>Verifying the audit trail</source>
        <translation>監査証跡を検証中</translation>
    </message>
    <message>
        <source>MISMATCH event %1: %2</source>
        <translation>不一致 イベント %1: %2</translation>
    </message>
    <message>
        <source>The audit trail does not match from event %1 on. Restore the registry from a backup and compare.</source>
        <translation>監査証跡はイベント %1 以降が一致しません。バックアップから台帳を復元し、比較してください。</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <source>Cannot write the checkpoint file %1: %2</source>
        <translation>チェックポイントファイル %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Verify the audit trail (the default).</source>
        <translation>監査証跡を検証します（既定）。</translation>
    </message>
    <message>
        <source>Re-hash the evidence files (alone, unless --chain or --all is given too).</source>
        <translation>証跡ファイルのハッシュを計算し直します（--chain または --all を併せて指定しない限り、これだけを行います）。</translation>
    </message>
    <message>
        <source>Every check: the audit trail and the evidence files.</source>
        <translation>すべての検証: 監査証跡と証跡ファイル。</translation>
    </message>
    <message>
        <source>A checkpoint printed earlier (on an audit report, by a backup or by verify): the history up to it must be unchanged.</source>
        <translation>以前に表示・印刷したチェックポイント（監査報告書、バックアップ、verify のもの）。そこまでの履歴が変更されていないことを確認します。</translation>
    </message>
    <message>
        <source>Read the checkpoint from this file.</source>
        <translation>チェックポイントをこのファイルから読み込みます。</translation>
    </message>
    <message>
        <source>When the audit trail is intact, write its checkpoint to this file (keep it away from the registry).</source>
        <translation>監査証跡が改ざんされていなければ、そのチェックポイントをこのファイルに書き込みます（台帳とは別の場所に保管してください）。</translation>
    </message>
    <message>
        <source>Give either --checkpoint or --checkpoint-file, not both.</source>
        <translation>--checkpoint と --checkpoint-file はどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>Lists the events of the audit trail, oldest first, one row per changed field (an event without changes has one row). Prints the checkpoint of the trail on stderr.</source>
        <translation>監査証跡のイベントを古い順に、変更された項目ごとに 1 行で一覧表示します（変更のないイベントは 1 行）。監査証跡のチェックポイントを標準エラー出力に表示します。</translation>
    </message>
    <message>
        <source>Only events on or after this day (local time).</source>
        <translation>この日（現地時刻）以降のイベントだけ。</translation>
    </message>
    <message>
        <source>Only events on or before this day (local time).</source>
        <translation>この日（現地時刻）までのイベントだけ。</translation>
    </message>
    <message>
        <source>Only events of actors whose name contains this text.</source>
        <translation>実行者名にこの文字列を含むイベントだけ。</translation>
    </message>
    <message>
        <source>Only events of this action: %1.</source>
        <translation>この操作のイベントだけ: %1。</translation>
    </message>
    <message>
        <source>Only events about this kind of record: %1.</source>
        <translation>この種類の記録に関するイベントだけ: %1。</translation>
    </message>
    <message>
        <source>Only events about this asset and its controls.</source>
        <translation>この資産とその管理策に関するイベントだけ。</translation>
    </message>
    <message>
        <source>Write actions, records, fields and values as people read them instead of codes.</source>
        <translation>操作、対象、項目、値をコードではなく表示名で出力します。</translation>
    </message>
    <message>
        <source>List audit events: audit [--since DATE --until DATE --actor --asset]</source>
        <translation>監査イベントを一覧表示: audit [--since 日付 --until 日付 --actor --asset]</translation>
    </message>
    <message>
        <source>Checkpoint (sequence:hash): %1</source>
        <translation>チェックポイント（連番:ハッシュ）: %1</translation>
    </message>
    <message>
        <source>Writes a consistent, owner-only copy of the registry and prints its checkpoint (sequence and hash of the last audit event). Safe while other programs use the registry.</source>
        <translation>台帳の整合したコピーを所有者のみ読み書きできるファイルとして書き出し、そのチェックポイント（最後の監査イベントの連番とハッシュ）を表示します。他のプログラムが台帳を使用中でも安全に実行できます。</translation>
    </message>
    <message>
        <source>The backup file to write (default: a new file named by date in the registry&apos;s backup folder).</source>
        <translation>書き出すバックアップファイル（既定: 台帳のバックアップフォルダに日時の名前で新しいファイルを作成）。</translation>
    </message>
    <message>
        <source>Backed up %1 assets of %2.</source>
        <translation>%2 の資産 %1 件をバックアップしました。</translation>
    </message>
    <message>
        <source>Lists the backups of the registry in its backup folder, newest first, with their dates and checkpoints.</source>
        <translation>台帳のバックアップフォルダにあるバックアップを、新しい順に日時とチェックポイント付きで一覧表示します。</translation>
    </message>
    <message>
        <source>No backups in %1.</source>
        <translation>%1 にバックアップはありません。</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>on demand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>%1	%2	%3	unreadable: %4</source>
        <translation>%1	%2	%3	読み込めません: %4</translation>
    </message>
    <message>
        <source>%1	%2	%3	%4 assets	%5</source>
        <translation>%1	%2	%3	資産 %4 件	%5</translation>
    </message>
    <message>
        <source>Replaces the registry by a backup. The backup is checked first (integrity, schema); the replaced file is kept beside it as &lt;registry&gt;.replaced-DATE-TIME.</source>
        <translation>台帳をバックアップで置き換えます。バックアップは先に検査します（整合性、スキーマ）。置き換えたファイルは &lt;台帳&gt;.replaced-日付-時刻 として同じフォルダに残します。</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>復元するバックアップ。</translation>
    </message>
    <message>
        <source>The registry file to replace (default: --database, or your default registry). It may be missing or damaged.</source>
        <translation>置き換える台帳ファイル（既定: --database、または既定の台帳）。存在しない台帳や破損した台帳も指定できます。</translation>
    </message>
    <message>
        <source>Restored %1 assets from %2.</source>
        <translation>%2 から資産 %1 件を復元しました。</translation>
    </message>
    <message>
        <source>The replaced registry was kept as %1.</source>
        <translation>置き換えた台帳は %1 として残しました。</translation>
    </message>
    <message>
        <source>Write a consistent backup of the registry: backup [FILE]</source>
        <translation>台帳の整合したバックアップを書き出し: backup [FILE]</translation>
    </message>
    <message>
        <source>List the registry&apos;s backups with their dates and checkpoints</source>
        <translation>台帳のバックアップを日時とチェックポイント付きで一覧表示</translation>
    </message>
    <message>
        <source>Replace the registry by a checked backup: restore FILE [--to REGISTRY]</source>
        <translation>検査済みのバックアップで台帳を置き換え: restore FILE [--to REGISTRY]</translation>
    </message>
    <message>
        <source>before upgrade</source>
        <translation>移行前</translation>
    </message>
    <message>
        <source>Mark assets as reviewed and set their next review: review ASSET_NO… [--by NAME] [--on DATE]</source>
        <translation>資産を見直し済みにし、次回見直し日を設定する: review ASSET_NO… [--by NAME] [--on DATE]</translation>
    </message>
    <message>
        <source>Only assets overdue for review (next review before today; never disposed ones).</source>
        <translation>見直し期限切れの資産だけ（次回見直し日が今日より前。廃棄済の資産は含みません）。</translation>
    </message>
    <message>
        <source>Adds synthetic assets drawn from the kinds of asset a ledger holds (payroll with My Number, health checks, contracts on paper, open data…), with control assignments and a few disposals, for demos, tests and benchmarks.</source>
        <translation>台帳に実際にある種類の資産（個人番号を含む給与データ、健康診断結果、紙の契約書、オープンデータなど）から合成した資産を、管理策の割り当てと少数の廃棄記録とともに追加します。デモ、テスト、ベンチマーク用です。</translation>
    </message>
    <message>
        <source>Add only the assets: no control assignments and no disposals.</source>
        <translation>資産だけを追加します（管理策の割り当てと廃棄記録は追加しません）。</translation>
    </message>
    <message>
        <source>The %1 assets were added, but not the sample assignments and disposals: %2</source>
        <translation>%1 件の資産は追加しましたが、見本の割り当てと廃棄記録は追加できませんでした: %2</translation>
    </message>
    <message>
        <source>Marks assets as reviewed: records the day of the review and the reviewer, and sets the next review from the importance (6 months for the highest, 12 months for the others). Prints each asset number with its next review.</source>
        <translation>資産を見直し済みにします。見直しの日付と見直し者を記録し、次回見直し日を重要度から設定します（最も高い重要度は 6 か月後、それ以外は 12 か月後）。資産ごとに管理番号と次回見直し日を出力します。</translation>
    </message>
    <message>
        <source>The assets that were reviewed, e.g. IA-000001 IA-000002.</source>
        <translation>見直した資産。例: IA-000001 IA-000002</translation>
    </message>
    <message>
        <source>Who reviewed them (default: the user recorded in the audit trail, user@host).</source>
        <translation>見直し者（既定: 監査証跡に記録される利用者 user@host）。</translation>
    </message>
    <message>
        <source>The day of the review, e.g. 2026-04-01 (default: today).</source>
        <translation>見直しの日付。例: 2026-04-01（既定: 今日）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --on. Write it as 2026-04-01.</source>
        <translation>「%1」は --on の日付として読めません。2026-04-01 の形式で指定してください。</translation>
    </message>
    <message>
        <source>There is no asset %1 in the registry %2. Nothing was marked as reviewed.</source>
        <translation>台帳 %2 に資産 %1 はありません。どの資産も見直し済みにしていません。</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n asset(s) as reviewed on %1 by %2.</source>
        <translation>
            <numerusform>%n 件の資産を %1 付けで見直し済みにしました（見直し者: %2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: one of %2, or empty for none.</source>
        <translation>%1: %2 のいずれか。指定しない場合は空欄。</translation>
    </message>
    <message>
        <source>%1: the terms the data were received under (formerly sharing terms).</source>
        <translation>%1: データを受け取ったときの条件（以前の提供条件）。</translation>
    </message>
    <message>
        <source>%1: the terms presented to the recipients.</source>
        <translation>%1: 提供先・利用者に示す条件。</translation>
    </message>
    <message>
        <source>%1: who the data are provided to or used by.</source>
        <translation>%1: データを提供する相手、またはデータを利用する者。</translation>
    </message>
    <message>
        <source>Lists the rules of the baseline: the control each rule requires and the conditions an asset must meet for it. Levels are normalised ordinals 1 to 3.</source>
        <translation>ベースラインのルールを一覧表示します: 各ルールが必須とする管理策と、資産がそのために満たす条件です。レベルは正規化した 1～3 の値です。</translation>
    </message>
    <message>
        <source>List the rules of the shipped default baseline that this baseline does not have instead.</source>
        <translation>代わりに、製品に含まれる既定のベースラインのルールのうち、このベースラインにないものを一覧表示します。</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a level of the %3 scheme (%4).</source>
        <translation>--%1: 「%2」は格付け基準「%3」のレベルではありません（%4）。</translation>
    </message>
    <message>
        <source>--importance: &apos;%1&apos; is not an importance. Use 1, 2 or 3.</source>
        <translation>--importance: 「%1」は重要度ではありません。1、2 または 3 を指定してください。</translation>
    </message>
    <message>
        <source>--personal-info: &apos;%1&apos; is not a kind a rule can require. Use personal (any personal information), sensitive or my_number.</source>
        <translation>--personal-info: 「%1」はルールで条件にできる区分ではありません。personal（個人情報あり）、sensitive または my_number を指定してください。</translation>
    </message>
    <message>
        <source>--asset-type: &apos;%1&apos; is not an asset type. Use one of: %2.</source>
        <translation>--asset-type: 「%1」は資産種別ではありません。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>--medium-class: &apos;%1&apos; is not a medium class. Use one of: %2.</source>
        <translation>--medium-class: 「%1」は媒体・保存先区分ではありません。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>Adds a rule to the baseline: the control is required for every asset that meets all the conditions given (none: every asset). Prints the number of the new rule.</source>
        <translation>ベースラインにルールを追加します: 指定した条件をすべて満たす資産（条件なしの場合はすべての資産）に、その管理策を必須とします。新しいルールの番号を出力します。</translation>
    </message>
    <message>
        <source>The control the rule requires, e.g. OUT-02. Required.</source>
        <translation>ルールが必須とする管理策（例: OUT-02）。必須。</translation>
    </message>
    <message>
        <source>The catalogue of the control, when the code is in several.</source>
        <translation>管理策のカタログ（コードが複数のカタログにある場合）。</translation>
    </message>
    <message>
        <source>Confidentiality at least this level of the scheme.</source>
        <translation>機密性が格付け基準のこのレベル以上。</translation>
    </message>
    <message>
        <source>Integrity at least this level of the scheme.</source>
        <translation>完全性が格付け基準のこのレベル以上。</translation>
    </message>
    <message>
        <source>Availability at least this level of the scheme.</source>
        <translation>可用性が格付け基準のこのレベル以上。</translation>
    </message>
    <message>
        <source>Importance at least this (1, 2 or 3).</source>
        <translation>重要度がこの値以上（1、2 または 3）。</translation>
    </message>
    <message>
        <source>Personal information of this kind: personal (every kind), sensitive or my_number.</source>
        <translation>この区分の個人情報: personal（すべての区分）、sensitive または my_number。</translation>
    </message>
    <message>
        <source>Asset type: one of %1.</source>
        <translation>資産種別: %1 のいずれか。</translation>
    </message>
    <message>
        <source>The asset names a data provider.</source>
        <translation>資産に提供元が記入されている。</translation>
    </message>
    <message>
        <source>The asset names recipients.</source>
        <translation>資産に提供先・利用者が記入されている。</translation>
    </message>
    <message>
        <source>The asset names a contractor.</source>
        <translation>資産に委託先が記入されている。</translation>
    </message>
    <message>
        <source>Medium class: one of %1.</source>
        <translation>媒体・保存先区分: %1 のいずれか。</translation>
    </message>
    <message>
        <source>Removes rules from the baseline by their numbers in &apos;baseline list&apos;.</source>
        <translation>「baseline list」に表示される番号で、ベースラインからルールを削除します。</translation>
    </message>
    <message>
        <source>The numbers of the rules, e.g. 3 17.</source>
        <translation>ルールの番号（例: 3 17）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the number of a rule. The baseline has rules 1 to %2; see &apos;baseline list&apos;.</source>
        <translation>「%1」はルールの番号ではありません。ベースラインのルールは 1～%2 です。「baseline list」で確認してください。</translation>
    </message>
    <message>
        <source>Adds the rules of the shipped default baseline that the baseline does not have, and keeps every rule it has. Prints the number of rules added.</source>
        <translation>製品に含まれる既定のベースラインのルールのうち、このベースラインにないものを追加します。今あるルールはすべて残ります。追加したルールの数を出力します。</translation>
    </message>
    <message>
        <source>Replaces every rule of the baseline with the shipped default baseline. Rules added by hand are removed.</source>
        <translation>ベースラインのルールをすべて、製品に含まれる既定のベースラインに置き換えます。手で追加したルールは削除されます。</translation>
    </message>
    <message>
        <source>Usage: %1 baseline list [--format csv|tsv|json] [--missing-defaults]
       %1 baseline add --control CODE [conditions…]
       %1 baseline remove RULE…
       %1 baseline add-defaults
       %1 baseline reset
Run &apos;%1 baseline add --help&apos; for the conditions.</source>
        <translation>使い方: %1 baseline list [--format csv|tsv|json] [--missing-defaults]
        %1 baseline add --control CODE [条件…]
        %1 baseline remove RULE…
        %1 baseline add-defaults
        %1 baseline reset
ベースラインの規則の条件は「%1 baseline add --help」で確認できます。</translation>
    </message>
    <message>
        <source>Say what to do with the baseline: list, add, remove, add-defaults or reset.</source>
        <translation>ベースラインに対する操作を指定してください: list、add、remove、add-defaults または reset。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a baseline command. Use list, add, remove, add-defaults or reset.</source>
        <translation>「%1」はベースライン（baseline）のコマンドではありません。list、add、remove、add-defaults または reset を指定してください。</translation>
    </message>
    <message>
        <source>The baseline&apos;s rules: baseline list, add, remove, add-defaults, reset</source>
        <translation>ベースラインのルール: baseline list、add、remove、add-defaults、reset</translation>
    </message>
    <message>
        <source>Kind of disposal: media (sanitising devices, media and paper; the default) or data (deleting data inside a live system or cloud service, with the deletion log or the provider&apos;s certificate as evidence).</source>
        <translation>廃棄の区分: media（機器・記録媒体・紙の消去・破壊。既定）または data（稼働中のシステムやクラウドサービス内のデータ消去。削除ログまたは事業者の証明書を証跡とする）。</translation>
    </message>
    <message>
        <source>Media type, required for media: %1. Give it once for every item, or once per asset in their order. The techniques allowed follow from it.</source>
        <translation>媒体種別（media では必須）: %1。すべての品目に 1 回、または資産ごとに資産の順に指定します。使用できる消去技術は媒体種別で決まります。</translation>
    </message>
    <message>
        <source>What the medium is (size, interface…), for every item.</source>
        <translation>媒体の説明（容量、インターフェースなど）。すべての品目に適用されます。</translation>
    </message>
    <message>
        <source>--destination is for media; a data deletion hands no medium over. Leave it out.</source>
        <translation>--destination は媒体の消去・破壊のためのオプションです。データ消去では媒体を引き渡さないため、指定しないでください。</translation>
    </message>
    <message>
        <source>%1, separated by &apos;;&apos;: any of %2, or the registry&apos;s own (see the registry settings); an empty text removes them all.</source>
        <translation>%1。「;」で区切って指定: %2 のいずれか、または台帳独自の取扱制限（台帳の設定を参照）。空の文字列を指定するとすべて解除します。</translation>
    </message>
    <message>
        <source>%1: required with permanent, e.g. 文書管理規程 or a law&apos;s name.</source>
        <translation>%1: permanent（永年）の場合は必須（例: 文書管理規程、法令名）。</translation>
    </message>
    <message>
        <source>%1: why confidentiality stays below what personal or sensitive personal information calls for (flagged on the ledger).</source>
        <translation>%1: 機密性を個人情報・要配慮個人情報が求めるレベルより低くする理由（台帳に表示されます）。</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>注意: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Warning: --%1: %2</source>
        <translation>警告: --%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) break a personal-information or retention rule. Edit each one and fix the field named above.</source>
        <translation>
            <numerusform>%n 件の資産が個人情報または保存期限の規則に違反しています。各資産を編集し、上に示した項目を修正してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>OK: every asset meets the personal-information and retention rules.</source>
        <translation>OK: すべての資産が個人情報と保存期限の規則を満たしています。</translation>
    </message>
    <message>
        <source>Checks the integrity of the registry. By default (--chain) it walks the hash chain of the audit trail and names the first event that was changed, deleted, inserted or reordered; with a checkpoint printed earlier it also proves that the history up to it is unchanged. --evidence re-hashes every evidence file of the disposal records. --rules lists every asset that breaks a personal-information or retention rule (asset number, rule, field, fix). Prints the checkpoint to keep. Exit status 1 when anything does not match or any asset breaks a rule.</source>
        <translation>台帳の完全性を検証します。既定（--chain）では監査証跡のハッシュ連鎖をたどり、改ざん・削除・挿入・並べ替えされた最初のイベントを示します。以前に印刷したチェックポイントを指定すると、そこまでの履歴が変更されていないことも証明します。--evidence は廃棄記録のすべての証跡ファイルのハッシュを計算し直します。--rules は個人情報または保存期限の規則に違反しているすべての資産を一覧にします（管理番号、規則、項目、修正方法）。保管用のチェックポイントを表示します。一致しないものがあるか、規則に違反する資産があれば終了ステータスは 1 です。</translation>
    </message>
    <message>
        <source>List every asset that breaks a personal-information or retention rule, with the field to fix (alone, unless --chain or --evidence is given too).</source>
        <translation>個人情報または保存期限の規則に違反しているすべての資産を、修正する項目とともに一覧にします（--chain または --evidence も指定しない限り、これだけを行います）。</translation>
    </message>
    <message>
        <source>Check the audit trail, evidence and rules: verify [--checkpoint SEQ:HASH] [--evidence|--rules|--all]</source>
        <translation>監査証跡・証跡ファイル・規則を検証: verify [--checkpoint 通番:ハッシュ] [--evidence|--rules|--all]</translation>
    </message>
    <message>
        <source>Only assets whose retention is not set (保存期限未設定).</source>
        <translation>保存期限が設定されていない資産（保存期限未設定）のみ。</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) have no retention and will be flagged as retention not set until someone sets it.</source>
        <translation>
            <numerusform>%n 件の資産に保存期限がありません。設定されるまで「保存期限未設定」として表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The threat catalogue: threat list|add|edit|retire|reinstate|reviewed</source>
        <translation>脅威カタログ: threat list|add|edit|retire|reinstate|reviewed</translation>
    </message>
    <message>
        <source>--%1 takes 1, 2 or 3.</source>
        <translation>--%1 には 1、2、3 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Lists the candidate risks of assets from the threat catalogue; with --save records them as identified entries, all in one step.</source>
        <translation>脅威カタログから資産のリスク候補を一覧にします。--save を付けると、すべてを一度に「特定済」の項目として登録します。</translation>
    </message>
    <message>
        <source>The assets.</source>
        <translation>対象の資産。</translation>
    </message>
    <message>
        <source>Record the candidates in the risk register.</source>
        <translation>候補をリスク登録簿に登録します。</translation>
    </message>
    <message numerus="yes">
        <source>%n risk entries recorded.</source>
        <translation>
            <numerusform>リスク登録簿に %n 件を登録しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the risk register with filters.</source>
        <translation>リスク登録簿を条件で絞り込んで一覧にします。</translation>
    </message>
    <message>
        <source>Only entries of this level.</source>
        <translation>このリスクの大きさの項目だけ。</translation>
    </message>
    <message>
        <source>Only entries of this status: %1, or open.</source>
        <translation>この状態の項目だけ: %1、または open（終了以外）。</translation>
    </message>
    <message>
        <source>Only entries of assets of this department.</source>
        <translation>この管理部署の資産の項目だけ。</translation>
    </message>
    <message>
        <source>Only entries that need reassessment.</source>
        <translation>要再評価の項目だけ。</translation>
    </message>
    <message>
        <source>Only entries overdue for review or treatment.</source>
        <translation>見直しまたは対応の期限を過ぎた項目だけ。</translation>
    </message>
    <message>
        <source>Shows one entry of the risk register.</source>
        <translation>リスク登録簿の項目を 1 件表示します。</translation>
    </message>
    <message>
        <source>The entry, e.g. R-000001.</source>
        <translation>項目（例: R-000001）。</translation>
    </message>
    <message>
        <source>Assesses an entry: threat likelihood and vulnerability (derived from the asset&apos;s controls, or entered with a rationale). Prints the value and level.</source>
        <translation>項目を評価します: 脅威の起こりやすさと脆弱性（資産の管理策から導出、または根拠を付けて入力）。リスク値とリスクの大きさを表示します。</translation>
    </message>
    <message>
        <source>Threat likelihood, required.</source>
        <translation>脅威の起こりやすさ（必須）。</translation>
    </message>
    <message>
        <source>Vulnerability (default: derived).</source>
        <translation>脆弱性（既定: 管理策から導出）。</translation>
    </message>
    <message>
        <source>Why the vulnerability is what it is; required when it is entered.</source>
        <translation>脆弱性の根拠。入力する場合は必須です。</translation>
    </message>
    <message>
        <source>Why the likelihood is what it is.</source>
        <translation>起こりやすさの根拠。</translation>
    </message>
    <message>
        <source>Plans the treatment of an entry. Planned controls are assigned to the asset with the person and due date.</source>
        <translation>項目のリスク対応を計画します。追加・強化する管理策は、担当者と期限を付けて資産に割り当てられます。</translation>
    </message>
    <message>
        <source>The treatment plan.</source>
        <translation>リスク対応計画。</translation>
    </message>
    <message>
        <source>A control to add or strengthen; repeat for several.</source>
        <translation>追加・強化する管理策。複数ある場合は繰り返し指定します。</translation>
    </message>
    <message>
        <source>Who is responsible for the planned controls.</source>
        <translation>追加・強化する管理策の担当者。</translation>
    </message>
    <message>
        <source>By when the treatment is done.</source>
        <translation>対応期限。</translation>
    </message>
    <message>
        <source>Contractor, insurer or cloud provider the risk is transferred to.</source>
        <translation>リスクの移転先（委託先、保険会社、クラウド事業者）。</translation>
    </message>
    <message>
        <source>Records the residual likelihood and vulnerability after treatment.</source>
        <translation>対応後の起こりやすさと脆弱性を記録します。</translation>
    </message>
    <message>
        <source>Residual likelihood, required.</source>
        <translation>対応後の起こりやすさ（必須）。</translation>
    </message>
    <message>
        <source>Residual vulnerability, required.</source>
        <translation>対応後の脆弱性（必須）。</translation>
    </message>
    <message>
        <source>Records the acceptance of an entry&apos;s risk by someone whose authority covers its level.</source>
        <translation>リスクの大きさに見合う権限を持つ者によるリスクの受容を記録します。</translation>
    </message>
    <message>
        <source>Who approves, required.</source>
        <translation>受容承認者（必須）。</translation>
    </message>
    <message>
        <source>The approver&apos;s title, required.</source>
        <translation>承認者の役職（必須）。</translation>
    </message>
    <message>
        <source>The approver&apos;s role: %1 (default: owner).</source>
        <translation>承認者の立場: %1（既定: owner）。</translation>
    </message>
    <message>
        <source>Day of approval (default: today).</source>
        <translation>承認日（既定: 今日）。</translation>
    </message>
    <message>
        <source>Until when the acceptance holds, required.</source>
        <translation>受容期限（必須）。</translation>
    </message>
    <message>
        <source>Why the risk is accepted, required.</source>
        <translation>受容理由（必須）。</translation>
    </message>
    <message>
        <source>Closes an entry with the reason; an assessed entry is never deleted. With --not-applicable a candidate is marked not applicable.</source>
        <translation>理由を付けて項目を終了します。評価済の項目は削除されません。--not-applicable を付けると候補を「該当なし」にします。</translation>
    </message>
    <message>
        <source>Why it is closed, required.</source>
        <translation>終了理由（必須）。</translation>
    </message>
    <message>
        <source>The threat does not apply to the asset.</source>
        <translation>この脅威は資産に該当しない。</translation>
    </message>
    <message>
        <source>Lists entries overdue for review or treatment, needing reassessment, or with an acceptance ending soon. Exit status 1 when there are any.</source>
        <translation>見直しまたは対応の期限を過ぎた項目、要再評価の項目、受容期限が近い項目を一覧にします。1 件でもあれば終了ステータス 1 を返します。</translation>
    </message>
    <message>
        <source>Acceptances ending within this many days (default: 30).</source>
        <translation>受容期限までの日数（既定: 30）。</translation>
    </message>
    <message>
        <source>--within takes a number of days.</source>
        <translation>--within には日数を指定してください。</translation>
    </message>
    <message>
        <source>Say what to do with the risk register, e.g. risk list.</source>
        <translation>リスク登録簿に対する操作を指定してください（例: risk list）。</translation>
    </message>
    <message>
        <source>Lists the threats of the registry: the built-in catalogue and the registry&apos;s own.</source>
        <translation>台帳の脅威を一覧にします: 組み込みの脅威カタログと台帳独自の脅威。</translation>
    </message>
    <message>
        <source>Include retired threats.</source>
        <translation>廃止した脅威も含めます。</translation>
    </message>
    <message>
        <source>Name in Japanese.</source>
        <translation>日本語の名称。</translation>
    </message>
    <message>
        <source>Name in English.</source>
        <translation>英語の名称。</translation>
    </message>
    <message>
        <source>Category: %1.</source>
        <translation>区分: %1。</translation>
    </message>
    <message>
        <source>Objectives affected, e.g. CA.</source>
        <translation>影響を受ける特性（例: CA）。</translation>
    </message>
    <message>
        <source>Reference to the policy, e.g. §3(1).</source>
        <translation>基本方針の該当箇所（例: §3(1)）。</translation>
    </message>
    <message>
        <source>An asset type it applies to; none: every type.</source>
        <translation>対象とする資産種別。指定しなければすべての種別。</translation>
    </message>
    <message>
        <source>A medium class it applies to: %1; none: every class.</source>
        <translation>対象とする媒体・保存先区分: %1。指定しなければすべての区分。</translation>
    </message>
    <message>
        <source>A related control code.</source>
        <translation>関連する管理策のコード。</translation>
    </message>
    <message>
        <source>Threat likelihood in this registry.</source>
        <translation>この台帳での脅威の起こりやすさ。</translation>
    </message>
    <message>
        <source>Description in Japanese.</source>
        <translation>日本語の説明。</translation>
    </message>
    <message>
        <source>Description in English.</source>
        <translation>英語の説明。</translation>
    </message>
    <message>
        <source>Adds a threat of the registry&apos;s own.</source>
        <translation>台帳独自の脅威を追加します。</translation>
    </message>
    <message>
        <source>Its code, e.g. T-OWN-01.</source>
        <translation>脅威のコード（例: T-OWN-01）。</translation>
    </message>
    <message>
        <source>Changes a threat. Of a built-in threat only the likelihood in this registry can be changed.</source>
        <translation>脅威を変更します。組み込みの脅威は、この台帳での起こりやすさだけを変更できます。</translation>
    </message>
    <message>
        <source>The threat, e.g. T-INT-01.</source>
        <translation>脅威（例: T-INT-01）。</translation>
    </message>
    <message>
        <source>Retires a threat: it is no longer a candidate. Its entries are kept.</source>
        <translation>脅威を廃止します。リスク候補には出なくなりますが、登録済の項目は残ります。</translation>
    </message>
    <message>
        <source>Puts a retired threat back in force.</source>
        <translation>脅威の廃止を取り消します。</translation>
    </message>
    <message>
        <source>Records that the threat catalogue was reviewed for new threats; without --on prints the last review.</source>
        <translation>新たな脅威について脅威カタログを見直したことを記録します。--on を付けなければ最終見直し日を表示します。</translation>
    </message>
    <message>
        <source>Day of the review.</source>
        <translation>見直し日。</translation>
    </message>
    <message>
        <source>Say what to do with the threats, e.g. threat list.</source>
        <translation>脅威に対する操作を指定してください（例: threat list）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a threat command. Use list, add, edit, retire, reinstate or reviewed.</source>
        <translation>「%1」は threat のコマンドではありません。list、add、edit、retire、reinstate、reviewed のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Usage: %1 threat list [options]
       %1 threat add CODE [options]
       %1 threat edit CODE [options]
       %1 threat retire CODE
       %1 threat reinstate CODE
       %1 threat reviewed [options]
Run &apos;%1 threat SUBCOMMAND --help&apos; for the options of each.</source>
        <translation>使い方: %1 threat list [options]
        %1 threat add CODE [options]
        %1 threat edit CODE [options]
        %1 threat retire CODE
        %1 threat reinstate CODE
        %1 threat reviewed [options]
各サブコマンドのオプションは「%1 threat SUBCOMMAND --help」で確認できます。</translation>
    </message>
    <message>
        <source>The treatment, required: reduce, avoid, transfer or accept.</source>
        <translation>リスク対応（必須）: reduce（低減）、avoid（回避）、transfer（移転）、accept（受容）のいずれか。</translation>
    </message>
    <message>
        <source>The risk register: risk candidates|list|show|assess|treat|residual|accept|close|due|print|export</source>
        <translation>リスク登録簿: risk candidates|list|show|assess|treat|residual|accept|close|due|print|export</translation>
    </message>
    <message>
        <source>Usage: %1 risk candidates ASSET_NO… [--save]
       %1 risk list [options]
       %1 risk show RISK_NO
       %1 risk assess RISK_NO [options]
       %1 risk treat RISK_NO [options]
       %1 risk residual RISK_NO [options]
       %1 risk accept RISK_NO [options]
       %1 risk close RISK_NO [options]
       %1 risk due [options]
       %1 risk print --kind analysis|plan|acceptance --pdf FILE
       %1 risk export FILE.csv|FILE.xlsx
Run &apos;%1 risk SUBCOMMAND --help&apos; for the options of each.</source>
        <translation>使い方: %1 risk candidates ASSET_NO… [--save]
        %1 risk list [options]
        %1 risk show RISK_NO
        %1 risk assess RISK_NO [options]
        %1 risk treat RISK_NO [options]
        %1 risk residual RISK_NO [options]
        %1 risk accept RISK_NO [options]
        %1 risk close RISK_NO [options]
        %1 risk due [options]
        %1 risk print --kind analysis|plan|acceptance --pdf FILE
        %1 risk export FILE.csv|FILE.xlsx
各サブコマンドのオプションは「%1 risk SUBCOMMAND --help」で確認できます。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a risk command. Use candidates, list, show, assess, treat, residual, accept, close, due, print or export.</source>
        <translation>「%1」は risk のコマンドではありません。candidates、list、show、assess、treat、residual、accept、close、due、print、export のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Writes the risk analysis results (リスク分析結果一覧), the treatment plan (リスク対応計画) or the residual risk acceptance record (残留リスク受容記録) as a PDF file, with approval boxes and the risk criteria on the first page.</source>
        <translation>リスク分析結果一覧、リスク対応計画または残留リスク受容記録を PDF ファイルに書き出します。1 ページ目には押印欄と適用するリスク基準を印刷します。</translation>
    </message>
    <message>
        <source>Which document (default: analysis).</source>
        <translation>書類の種類（既定: analysis）。</translation>
    </message>
    <message>
        <source>Language of the document (default: the language of messages).</source>
        <translation>書類の言語（既定: メッセージの言語）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of risk document. Use analysis, plan or acceptance.</source>
        <translation>「%1」はリスク関係書類の種類ではありません。analysis、plan または acceptance を指定してください。</translation>
    </message>
    <message>
        <source>Wrote %1 to %2</source>
        <translation>%1 を %2 に書き出しました</translation>
    </message>
    <message>
        <source>Writes the risk register as a CSV file or an Excel workbook in IPA-like columns; the file name&apos;s suffix (.csv or .xlsx) says which.</source>
        <translation>リスク登録簿を IPA の様式に近い列で CSV ファイルまたは Excel ブックに書き出します。どちらにするかはファイル名の拡張子（.csv または .xlsx）で決まります。</translation>
    </message>
    <message>
        <source>The file to write, e.g. risks.csv or risks.xlsx.</source>
        <translation>書き出すファイル（例: risks.csv、risks.xlsx）。</translation>
    </message>
    <message>
        <source>Encoding of a CSV file (default: utf-8-bom).</source>
        <translation>CSV ファイルの文字コード（既定: utf-8-bom）。</translation>
    </message>
    <message>
        <source>Language of the headings and names (default: the language of messages).</source>
        <translation>見出しと名称の言語（既定: メッセージの言語）。</translation>
    </message>
    <message>
        <source>Name a .csv or .xlsx file to write, not &apos;%1&apos;.</source>
        <translation>書き出すファイルには .csv または .xlsx のファイル名を指定してください（「%1」は指定できません）。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n risk entries to %1</source>
        <translation>
            <numerusform>%n 件のリスクを %1 に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes the given fields of one or several assets; the other fields stay as they are. Several assets, by number or chosen with the --where options, change in one transaction: all of them or none.</source>
        <translation>1 件または複数の資産の指定した項目を変更します。ほかの項目はそのままです。資産番号で指定した、または --where オプションで選んだ複数の資産は 1 つのトランザクションで変更され、すべて変更されるか、どれも変更されないかのどちらかです。</translation>
    </message>
    <message>
        <source>The asset number, e.g. IA-000001; several may be given.</source>
        <translation>資産番号（例: IA-000001）。複数指定できます。</translation>
    </message>
    <message>
        <source>Also mark the assets reviewed today by this person, in the same transaction (the review command marks them alone).</source>
        <translation>同じトランザクションで、資産をこの人が今日見直したものとして記録します（見直しだけを記録するには review コマンドを使います）。</translation>
    </message>
    <message>
        <source>Which assets? Give their asset numbers, or choose them with --where options, e.g. --where-department NAME.</source>
        <translation>どの資産を変更しますか？ 資産番号を指定するか、--where オプション（例: --where-department 部署名）で選んでください。</translation>
    </message>
    <message>
        <source>Give either asset numbers or --where options, not both.</source>
        <translation>資産番号と --where オプションは同時に指定できません。どちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>No asset matches the --where options. Nothing was changed.</source>
        <translation>--where オプションに一致する資産はありません。何も変更されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) changed.</source>
        <translation>
            <numerusform>%n 件の資産を変更しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change fields of assets: edit ASSET_NO… --field value…</source>
        <translation>資産の項目を変更: edit 資産番号… --項目 値…</translation>
    </message>
    <message>
        <source>A shared registry on PostgreSQL: server init|grant|revoke|members</source>
        <translation>PostgreSQL 上の共有台帳: server init|grant|revoke|members</translation>
    </message>
    <message>
        <source>The server commands work on a shared registry: name it with --database postgresql://USER@HOST/DATABASE.</source>
        <translation>server コマンドは共有台帳に対して使います。--database postgresql://ユーザ@ホスト/データベース で指定してください。</translation>
    </message>
    <message>
        <source>Creates a shared registry in the empty database of --database, with its roles (administrator, editor, auditor, viewer); run by the database&apos;s owner, who needs the right to create roles. On an existing registry it upgrades the schema and brings the roles&apos; privileges up to date.</source>
        <translation>--database の空のデータベースに共有台帳を作成し、ロール（管理者、編集者、監査人、閲覧者）を設定します。ロールを作成する権限を持つデータベースの所有者が実行します。既存の台帳に対しては、スキーマを更新し、ロールの権限を最新にします。</translation>
    </message>
    <message>
        <source>The registry existed already: its schema and the privileges of its roles are up to date.</source>
        <translation>台帳は既にありました。スキーマとロールの権限を最新にしました。</translation>
    </message>
    <message>
        <source>Created the registry and its roles. Give users a role with &apos;%1 --database ADDRESS server grant USER --role editor --department NAME&apos;.</source>
        <translation>台帳とロールを作成しました。利用者には「%1 --database アドレス server grant ユーザ --role editor --department 部署名」でロールを付与してください。</translation>
    </message>
    <message>
        <source>Gives a user of the server one role in the shared registry (replacing the role it had). A user the server does not know yet is created without a password: set one with psql&apos;s \password.</source>
        <translation>サーバのユーザに共有台帳のロールを 1 つ付与します（それまでのロールは置き換えます）。サーバにまだないユーザはパスワードなしで作成されます。psql の \password でパスワードを設定してください。</translation>
    </message>
    <message>
        <source>The user name on the server.</source>
        <translation>サーバ上のユーザ名。</translation>
    </message>
    <message>
        <source>The role: administrators change everything, editors the assets of their departments, auditors and viewers read (viewers without the history and evidence).</source>
        <translation>ロール: 管理者はすべてを変更でき、編集者は所属部署の資産を変更でき、監査人と閲覧者は参照だけができます（閲覧者は履歴と証跡を参照できません）。</translation>
    </message>
    <message>
        <source>A department whose assets an editor writes (repeat for several).</source>
        <translation>編集者が資産を変更できる部署（複数のときは繰り返し指定）。</translation>
    </message>
    <message>
        <source>Name the role with --role.</source>
        <translation>--role でロールを指定してください。</translation>
    </message>
    <message>
        <source>Takes a user&apos;s role in the shared registry away (the user stays on the server).</source>
        <translation>共有台帳でのユーザのロールを取り消します（サーバのユーザは残ります）。</translation>
    </message>
    <message>
        <source>Lists the users with a role in the shared registry, and the departments of editors.</source>
        <translation>共有台帳のロールを持つユーザと、編集者の部署を一覧表示します。</translation>
    </message>
    <message>
        <source>Say what to do with the shared registry, e.g. server init.</source>
        <translation>共有台帳に対して行う操作を指定してください（例: server init）。</translation>
    </message>
    <message>
        <source>Usage: %1 --database postgresql://… server init [options]
       %1 --database postgresql://… server grant USER --role ROLE [--department NAME…]
       %1 --database postgresql://… server revoke USER
       %1 --database postgresql://… server members
Run &apos;%1 server SUBCOMMAND --help&apos; for the options of each.</source>
        <translation>使い方: %1 --database postgresql://… server init [options]
        %1 --database postgresql://… server grant USER --role ROLE [--department NAME…]
        %1 --database postgresql://… server revoke USER
        %1 --database postgresql://… server members
各サブコマンドのオプションは「%1 server SUBCOMMAND --help」で確認できます。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server command. Use init, grant, revoke or members.</source>
        <translation>「%1」は server のコマンドではありません。init、grant、revoke、members のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Copy a registry file to a shared registry: migrate --from FILE --to postgresql://…</source>
        <translation>台帳ファイルを共有台帳に移す: migrate --from ファイル --to postgresql://…</translation>
    </message>
    <message>
        <source>Copies a registry file to a shared registry on a PostgreSQL server: every asset, control, assignment, disposal record, evidence file, risk entry and the whole audit history. The database must be empty; the copy is checked (rows, evidence hashes, audit chain) before the command reports success. Then run &apos;server init&apos; on it to set up the roles.</source>
        <translation>台帳ファイルを PostgreSQL サーバ上の共有台帳に移します。すべての資産、管理策、割り当て、廃棄記録、証跡ファイル、リスク、監査証跡の全履歴を写します。移行先のデータベースは空でなければなりません。写した結果（行数、証跡のハッシュ値、監査証跡のハッシュチェーン）を検査してから完了を報告します。その後「server init」でロールを設定してください。</translation>
    </message>
    <message>
        <source>The empty database on the server.</source>
        <translation>サーバ上の空のデータベース。</translation>
    </message>
    <message>
        <source>Name the registry file with --from and the server with --to.</source>
        <translation>--from で台帳ファイルを、--to でサーバを指定してください。</translation>
    </message>
    <message>
        <source>Copying %1: %2 rows</source>
        <translation>%1 を移行中: %2 行</translation>
    </message>
    <message>
        <source>Copied and checked: the audit chain verifies on the server up to the checkpoint %1, and %2 evidence files match their SHA-256.</source>
        <translation>移行と検査が終わりました。サーバ上の監査証跡はチェックポイント %1 まで検証でき、証跡ファイル %2 件が SHA-256 と一致しました。</translation>
    </message>
    <message>
        <source>The registry file to copy; its data stays as it is.</source>
        <translation>移行元の台帳ファイル（内容は変わりません）。</translation>
    </message>
    <message>
        <source>Handling banner of the document (default: the highest handling label among the printed assets; empty for none).</source>
        <translation>文書に表示する取扱表示（既定: 印刷する資産のうち最上位の取扱区分。空にすると表示しません）。</translation>
    </message>
    <message>
        <source>Handling banner of the document (default: the highest handling label among the entries&apos; assets; empty for none).</source>
        <translation>文書に表示する取扱表示（既定: 対象の資産のうち最上位の取扱区分。空にすると表示しません）。</translation>
    </message>
    <message>
        <source>Handling banner of an Excel file (default: the highest handling label among the exported rows).</source>
        <translation>Excel ファイルに表示する取扱表示（既定: 書き出す資産のうち最上位の取扱区分）。</translation>
    </message>
    <message>
        <source>The server %1 asks for the password of %2, and this command cannot ask for it: its input is not a terminal. Put the password in ~/.pgpass (a line HOST:PORT:DATABASE:USER:PASSWORD, readable only by you) or in the environment variable PGPASSWORD, and run the command again.</source>
        <translation>サーバ %1 がユーザ %2 のパスワードを求めていますが、このコマンドの入力は端末ではないため、パスワードを尋ねられません。パスワードを ~/.pgpass（「ホスト:ポート:データベース:ユーザ:パスワード」の 1 行、本人だけが読める権限）か環境変数 PGPASSWORD に設定して、もう一度実行してください。</translation>
    </message>
    <message>
        <source>Password of %1 for %2: </source>
        <translation>%2 の %1 のパスワード: </translation>
    </message>
    <message>
        <source>No password was typed; nothing was done.</source>
        <translation>パスワードが入力されませんでした。何も実行していません。</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>No encryption</source>
        <translation>暗号化しない</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it</source>
        <translation>サーバが対応していれば暗号化する</translation>
    </message>
    <message>
        <source>Always encrypt</source>
        <translation>常に暗号化する</translation>
    </message>
    <message>
        <source>Encrypt and verify the certificate</source>
        <translation>暗号化し、証明書を検証する</translation>
    </message>
    <message>
        <source>Encrypt and verify the certificate and host name</source>
        <translation>暗号化し、証明書とホスト名を検証する</translation>
    </message>
    <message>
        <source>Connects without encryption: the password and the registry&apos;s data cross the network readable. Only for a server on this computer or on a network you trust entirely.</source>
        <translation>暗号化せずに接続します。パスワードも台帳のデータも読める状態でネットワークを流れます。このコンピュータ上のサーバか、完全に信頼できるネットワーク上のサーバに限って使用してください。</translation>
    </message>
    <message>
        <source>Always encrypts and refuses a server without TLS, but does not verify the server&apos;s certificate: protects against eavesdropping, not against a machine posing as the server.</source>
        <translation>常に暗号化し、TLS に対応していないサーバには接続しません。ただしサーバの証明書は検証しないため、盗聴は防げますが、サーバになりすました機器は見分けられません。</translation>
    </message>
    <message>
        <source>Always encrypts and verifies that the server&apos;s certificate is signed by the certificate authority in ~/.postgresql/root.crt.</source>
        <translation>常に暗号化し、サーバの証明書が ~/.postgresql/root.crt の認証局によって署名されていることを検証します。</translation>
    </message>
    <message>
        <source>Always encrypts, verifies the server&apos;s certificate against ~/.postgresql/root.crt and that it was issued for the host name above. The safest setting; the server&apos;s administrator gives you the authority&apos;s certificate.</source>
        <translation>常に暗号化し、サーバの証明書を ~/.postgresql/root.crt で検証したうえで、上のホスト名に対して発行されたものであることも確認します。最も安全な設定です。認証局の証明書はサーバの管理者から受け取ってください。</translation>
    </message>
    <message>
        <source>Enter the host name or address of the server.</source>
        <translation>サーバのホスト名またはアドレスを入力してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or an address. Enter a name such as db.example.org, an address such as 192.0.2.10 or ::1, or the folder of the server&apos;s socket such as /run/postgresql.</source>
        <translation>「%1」はホスト名でもアドレスでもありません。db.example.org のような名前、192.0.2.10 や ::1 のようなアドレス、または /run/postgresql のようなサーバのソケットのフォルダを入力してください。</translation>
    </message>
    <message>
        <source>Enter the name of the registry&apos;s database on the server.</source>
        <translation>サーバ上の台帳のデータベース名を入力してください。</translation>
    </message>
    <message>
        <source>Cannot Connect to Shared Registry</source>
        <translation>共有台帳に接続できません</translation>
    </message>
    <message>
        <source>Connect to Shared Registry</source>
        <translation>共有台帳に接続</translation>
    </message>
    <message>
        <source>A shared registry lives in a database on a PostgreSQL server, where several administrators work on it at once. The server&apos;s administrator gives you these values.</source>
        <translation>共有台帳は PostgreSQL サーバ上のデータベースにあり、複数の管理者が同時に作業できます。以下の値はサーバの管理者に確認してください。</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>db.example.org, 192.0.2.10, ::1 or /run/postgresql</source>
        <translation>db.example.org、192.0.2.10、::1 または /run/postgresql</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <source>The registry&apos;s database on the server</source>
        <translation>サーバ上の台帳のデータベース</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザ名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;TLS mode:</source>
        <translation>TLS モード(&amp;T):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The password is taken from ~/.pgpass or PGPASSWORD when they hold one; otherwise it is asked for when the server wants it. It is used until the application is closed and never saved.</source>
        <translation>パスワードは ~/.pgpass または PGPASSWORD にあればそこから読み、なければサーバが求めたときに入力を求めます。入力したパスワードはアプリケーションを終了するまで使用し、保存はしません。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>Encrypts when the server offers TLS and otherwise connects without encryption; the server&apos;s certificate is not verified. The default of PostgreSQL&apos;s own programs, but no protection against someone who can change what crosses the network.</source>
        <translation>サーバが TLS に対応していれば暗号化し、対応していなければ暗号化せずに接続します。サーバの証明書は検証しません。PostgreSQL 付属のプログラムの既定値ですが、ネットワーク上の通信を改ざんできる者に対しては保護になりません。</translation>
    </message>
</context>
<context>
    <name>ConnectingDialog</name>
    <message>
        <source>Connecting to Shared Registry</source>
        <translation>共有台帳に接続中</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
</context>
<context>
    <name>ControlActions</name>
    <message>
        <source>Con&amp;trols</source>
        <translation>管理策(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Gap Report…</source>
        <translation>ギャップレポート(&amp;G)…</translation>
    </message>
    <message>
        <source>Required controls that are missing, not implemented or overdue, per area and department</source>
        <translation>未割当て、未実施または期限超過の必須管理策を分野別・部署別に表示します</translation>
    </message>
    <message>
        <source>&amp;Assign Controls…</source>
        <translation>管理策を割り当て(&amp;A)…</translation>
    </message>
    <message>
        <source>Assign controls to the selected assets</source>
        <translation>選択した資産に管理策を割り当てます</translation>
    </message>
    <message>
        <source>&amp;Catalogues…</source>
        <translation>管理策カタログ(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Baseline…</source>
        <translation>ベースライン(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Statement of Applicability…</source>
        <translation>適用宣言書(&amp;S)…</translation>
    </message>
    <message>
        <source>Show Asset</source>
        <translation>資産の表示</translation>
    </message>
    <message>
        <source>The asset is hidden by the filter of the asset list. Clear the filter and try again.</source>
        <translation>この資産は資産一覧の絞り込み条件により非表示になっています。絞り込みを解除してから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>Assign Controls</source>
        <translation>管理策の割り当て</translation>
    </message>
    <message>
        <source>Select the assets to assign controls to.</source>
        <translation>管理策を割り当てる資産を選択してください。</translation>
    </message>
    <message>
        <source>The selected assets have been disposed of; their controls can no longer be changed.</source>
        <translation>選択した資産は廃棄済のため、管理策を変更できません。</translation>
    </message>
    <message>
        <source>%1 assignments saved</source>
        <translation>%1 件の割り当てを保存しました</translation>
    </message>
    <message>
        <source>disposed assets left out: %1</source>
        <translation>除外した廃棄済の資産: %1</translation>
    </message>
</context>
<context>
    <name>ControlCatalog</name>
    <message>
        <source>Built-in controls</source>
        <translation>組み込みの管理策</translation>
    </message>
    <message>
        <source>Custom controls</source>
        <translation>独自の管理策</translation>
    </message>
</context>
<context>
    <name>ControlCodes</name>
    <message>
        <source>Not classified</source>
        <translation>未分類</translation>
    </message>
    <message>
        <source>Organisational</source>
        <translation>組織的対策</translation>
    </message>
    <message>
        <source>Governance and incident response</source>
        <translation>体制整備・緊急時対応</translation>
    </message>
    <message>
        <source>Asset classification, management and disposal</source>
        <translation>情報資産の分類・管理・廃棄</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>物理的対策</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>人的対策</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>技術的対策</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>運用</translation>
    </message>
    <message>
        <source>Data distribution</source>
        <translation>データ流通</translation>
    </message>
    <message>
        <source>Outsourcing</source>
        <translation>外部委託</translation>
    </message>
    <message>
        <source>Compliance, inspection and audit</source>
        <translation>法令遵守・点検・監査</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>実施済</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>一部実施</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未割当て</translation>
    </message>
    <message>
        <source>Not applicable without a reason</source>
        <translation>適用除外の理由なし</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Implementation unknown</source>
        <translation>実施状況不明</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>適用除外</translation>
    </message>
</context>
<context>
    <name>ControlEditDialog</name>
    <message>
        <source>&amp;Code:</source>
        <translation>コード(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>分野(&amp;A):</translation>
    </message>
    <message>
        <source>Title (&amp;Japanese):</source>
        <translation>名称・日本語(&amp;J):</translation>
    </message>
    <message>
        <source>Title (&amp;English):</source>
        <translation>名称・英語(&amp;E):</translation>
    </message>
    <message>
        <source>Description (Japanese):</source>
        <translation>説明（日本語）:</translation>
    </message>
    <message>
        <source>Description (English):</source>
        <translation>説明（英語）:</translation>
    </message>
    <message>
        <source>&amp;ISO/IEC 27001:2022:</source>
        <translation>ISO/IEC 27001:2022(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;NIST SP 800-53:</source>
        <translation>NIST SP 800-53(&amp;N):</translation>
    </message>
    <message>
        <source>e.g. OWN-01</source>
        <translation>例: OWN-01</translation>
    </message>
    <message>
        <source>Annex A control IDs, e.g. A.5.9, A.8.10</source>
        <translation>附属書 A の管理策 ID（例: A.5.9、A.8.10）</translation>
    </message>
    <message>
        <source>Control IDs, e.g. CM-8, MP-6</source>
        <translation>管理策 ID（例: CM-8、MP-6）</translation>
    </message>
    <message>
        <source>New Custom Control</source>
        <translation>独自の管理策の追加</translation>
    </message>
    <message>
        <source>Custom Control %1</source>
        <translation>独自の管理策 %1</translation>
    </message>
</context>
<context>
    <name>ControlExport</name>
    <message>
        <source>%1 cannot hold %2. Export as UTF-8 instead; nothing was written.</source>
        <translation>%1 では %2 を表せません。UTF-8 で書き出してください。何も書き出していません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>管理策</translation>
    </message>
    <message>
        <source>Control title</source>
        <translation>管理策名</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>ギャップ</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>実施状況</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2022</source>
        <translation>ISO/IEC 27001:2022</translation>
    </message>
    <message>
        <source>NIST SP 800-53</source>
        <translation>NIST SP 800-53</translation>
    </message>
    <message>
        <source>Applicability</source>
        <translation>適用可否</translation>
    </message>
    <message>
        <source>Reason for exclusion</source>
        <translation>適用除外の理由</translation>
    </message>
    <message>
        <source>Assets requiring it</source>
        <translation>対象資産</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>適用除外</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>実施済</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>一部実施</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未評価</translation>
    </message>
</context>
<context>
    <name>ControlPickerDialog</name>
    <message>
        <source>Choose Controls</source>
        <translation>管理策の選択</translation>
    </message>
    <message>
        <source>Choose a Control</source>
        <translation>管理策の選択</translation>
    </message>
    <message>
        <source>&amp;Catalogue:</source>
        <translation>管理策カタログ(&amp;C):</translation>
    </message>
    <message>
        <source>All catalogues</source>
        <translation>すべてのカタログ</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <source>Code or words of the title</source>
        <translation>コードまたは名称の語句</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>分野</translation>
    </message>
    <message numerus="yes">
        <source>%n controls chosen.</source>
        <translation>
            <numerusform>%n 件の管理策を選択中です。</numerusform>
        </translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2022 %1</source>
        <translation>ISO/IEC 27001:2022 %1</translation>
    </message>
    <message>
        <source>NIST SP 800-53 %1</source>
        <translation>NIST SP 800-53 %1</translation>
    </message>
</context>
<context>
    <name>ControlService</name>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>The registry %1 has no table of control catalogues. Restore it from a backup.</source>
        <translation>台帳 %1 に管理策カタログの表がありません。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>The registry has no built-in catalogue.</source>
        <translation>台帳に組み込みの管理策カタログがありません。</translation>
    </message>
    <message>
        <source>The registry already has version %1 of the built-in catalogue, which is newer than %2.</source>
        <translation>台帳には組み込みの管理策カタログのバージョン %1 が既にあり、%2 より新しいバージョンです。</translation>
    </message>
    <message>
        <source>There is no control catalogue &apos;%1&apos;. The registry has: %2.</source>
        <translation>管理策カタログ「%1」はありません。台帳にあるカタログ: %2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches several catalogues: %2. Give more of the name or the key.</source>
        <translation>「%1」に該当するカタログが複数あります: %2。名称をより詳しく指定するか、キーを指定してください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Nothing was imported.</source>
        <translation>%1 を読み込めません: %2。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>The catalogue %1 has no control %2.</source>
        <translation>管理策カタログ %1 に管理策 %2 はありません。</translation>
    </message>
    <message>
        <source>No catalogue has a control %1. Check the code in the list of controls.</source>
        <translation>管理策 %1 を含むカタログはありません。管理策の一覧でコードを確認してください。</translation>
    </message>
    <message>
        <source>The control code %1 is in several catalogues: %2. Name the catalogue.</source>
        <translation>管理策コード %1 は複数のカタログにあります: %2。カタログを指定してください。</translation>
    </message>
    <message>
        <source>The control code is required. Enter a short code such as OWN-01.</source>
        <translation>管理策コードは必須です。OWN-01 のような短いコードを入力してください。</translation>
    </message>
    <message>
        <source>The control code &apos;%1&apos; is not usable. Use up to 40 letters, digits and . - _ ( ) /, starting with a letter or digit.</source>
        <translation>管理策コード「%1」は使用できません。英字または数字で始まる 40 文字以内の英数字と . - _ ( ) / で指定してください。</translation>
    </message>
    <message>
        <source>The control needs a title in Japanese or English.</source>
        <translation>管理策には日本語または英語の名称が必要です。</translation>
    </message>
    <message>
        <source>A control title is longer than 200 characters. Shorten it.</source>
        <translation>管理策名が 200 文字を超えています。短くしてください。</translation>
    </message>
    <message>
        <source>Choose the area of the control (1–10).</source>
        <translation>管理策の分野（1～10）を選んでください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a control of ISO/IEC 27001:2022 Annex A (A.5.1–A.5.37, A.6.1–A.6.8, A.7.1–A.7.14, A.8.1–A.8.34).</source>
        <translation>「%1」は ISO/IEC 27001:2022 附属書 A の管理策ではありません（A.5.1～A.5.37、A.6.1～A.6.8、A.7.1～A.7.14、A.8.1～A.8.34）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a NIST SP 800-53 control ID. Write it like AC-2 or AC-2(1).</source>
        <translation>「%1」は NIST SP 800-53 の管理策 ID ではありません。AC-2 や AC-2(1) のように記述してください。</translation>
    </message>
    <message>
        <source>Control %1 no longer exists in this registry.</source>
        <translation>管理策 %1 はこの台帳にもう存在しません。</translation>
    </message>
    <message>
        <source>The control no longer exists in this registry.</source>
        <translation>この管理策は台帳にもう存在しません。</translation>
    </message>
    <message>
        <source>The asset no longer exists in this registry.</source>
        <translation>この資産は台帳にもう存在しません。</translation>
    </message>
    <message>
        <source>Asset %1 has been disposed; its controls can no longer be changed.</source>
        <translation>資産 %1 は廃棄済のため、管理策を変更できません。</translation>
    </message>
    <message>
        <source>Control %1 has been retired and cannot be assigned any more. Choose a control in force.</source>
        <translation>管理策 %1 は廃止されたため、割り当てられません。有効な管理策を選んでください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an implementation status. Choose one of: %2.</source>
        <translation>「%1」は実施状況ではありません。次のいずれかを選んでください: %2。</translation>
    </message>
    <message>
        <source>Control %1 is marked not applicable to asset %2 without a reason. Enter why it does not apply.</source>
        <translation>管理策 %1 が資産 %2 に理由なしで適用除外になっています。適用しない理由を入力してください。</translation>
    </message>
    <message>
        <source>A text of the assignment of %1 is too long (reason up to 2000, evidence note up to 4000, responsible up to 200 characters).</source>
        <translation>%1 の割り当ての文字数が多すぎます（理由は 2000 文字、証跡の説明は 4000 文字、担当者は 200 文字まで）。</translation>
    </message>
    <message>
        <source>The date last verified (%1) is in the future. Enter the day the control was checked.</source>
        <translation>最終確認日（%1）が未来の日付です。管理策を確認した日を入力してください。</translation>
    </message>
    <message>
        <source>Choose at least one asset and one control to assign.</source>
        <translation>割り当てる資産と管理策をそれぞれ 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>… and %1 more problems.</source>
        <translation>…ほかに %1 件の問題があります。</translation>
    </message>
    <message>
        <source>The control is not assigned to the asset.</source>
        <translation>この管理策は資産に割り当てられていません。</translation>
    </message>
    <message>
        <source>Rule %1 names a control that does not exist. Choose a control.</source>
        <translation>ルール %1 で指定された管理策は存在しません。管理策を選んでください。</translation>
    </message>
    <message>
        <source>Rule %1 (%2) has a level %3; levels are 1 to 3.</source>
        <translation>ルール %1（%2）のレベルが %3 です。レベルは 1～3 で指定してください。</translation>
    </message>
    <message>
        <source>Rule %1 (%2): &apos;%3&apos; is not a kind of personal information a rule can require.</source>
        <translation>ルール %1（%2）: 「%3」はルールで条件にできる個人情報の区分ではありません。</translation>
    </message>
    <message>
        <source>Rule %1 (%2): &apos;%3&apos; is not an asset type.</source>
        <translation>ルール %1（%2）: 「%3」は資産種別ではありません。</translation>
    </message>
    <message>
        <source>Rule %1 repeats rule %2 (%3). Remove one of them.</source>
        <translation>ルール %1 はルール %2（%3）と重複しています。どちらかを削除してください。</translation>
    </message>
    <message>
        <source>Confidentiality ≥ %1</source>
        <translation>機密性 ≥ %1</translation>
    </message>
    <message>
        <source>Integrity ≥ %1</source>
        <translation>完全性 ≥ %1</translation>
    </message>
    <message>
        <source>Availability ≥ %1</source>
        <translation>可用性 ≥ %1</translation>
    </message>
    <message>
        <source>Importance ≥ %1</source>
        <translation>重要度 ≥ %1</translation>
    </message>
    <message>
        <source>Any personal information</source>
        <translation>個人情報あり</translation>
    </message>
    <message>
        <source>Personal information: %1</source>
        <translation>個人情報: %1</translation>
    </message>
    <message>
        <source>Asset type: %1</source>
        <translation>資産種別: %1</translation>
    </message>
    <message>
        <source>Every asset</source>
        <translation>すべての資産</translation>
    </message>
    <message>
        <source>Rule %1 (%2): &apos;%3&apos; is not a medium class. Choose one of: %4.</source>
        <translation>ルール %1（%2）: 「%3」は媒体・保存先区分ではありません。次のいずれかを選んでください: %4。</translation>
    </message>
    <message>
        <source>Data provider named</source>
        <translation>提供元あり</translation>
    </message>
    <message>
        <source>Recipients named</source>
        <translation>提供先・利用者あり</translation>
    </message>
    <message>
        <source>Contractor named</source>
        <translation>委託先あり</translation>
    </message>
    <message>
        <source>Medium class: %1</source>
        <translation>媒体・保存先区分: %1</translation>
    </message>
    <message>
        <source>There is already a custom control %1. Choose another code.</source>
        <translation>独自の管理策 %1 は既に存在します。別のコードを指定してください。</translation>
    </message>
    <message>
        <source>The registry has no catalogue for its custom controls.</source>
        <translation>台帳に独自の管理策のカタログがありません。</translation>
    </message>
    <message>
        <source>Control %1 belongs to a catalogue that cannot be edited. Add a custom control instead.</source>
        <translation>管理策 %1 は編集できないカタログに属しています。代わりに独自の管理策を追加してください。</translation>
    </message>
    <message>
        <source>Control %1 belongs to a catalogue that cannot be edited; only custom controls are retired. Mark it not applicable where it does not apply.</source>
        <translation>管理策 %1 は編集できないカタログに属しています。廃止できるのは独自の管理策だけです。該当しない資産では適用除外にしてください。</translation>
    </message>
    <message>
        <source>The asset or the control could not be read. Nothing was saved; try again.</source>
        <translation>資産または管理策を読み込めませんでした。何も保存されていません。もう一度実行してください。</translation>
    </message>
    <message>
        <source>The assignment of control %1 to asset %2 has been changed since. Nothing was changed.</source>
        <translation>資産 %2 への管理策 %1 の割り当ては、その後に変更されています。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>ControlStore</name>
    <message>
        <source>Could not save a control catalogue in the registry %1: %2</source>
        <translation>台帳 %1 に管理策カタログを保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not save control %1 in the registry %2: %3</source>
        <translation>台帳 %2 に管理策 %1 を保存できませんでした: %3</translation>
    </message>
    <message>
        <source>Could not save a control assignment in the registry %1: %2</source>
        <translation>台帳 %1 に管理策の割り当てを保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not remove a control assignment in the registry %1: %2</source>
        <translation>台帳 %1 から管理策の割り当てを削除できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not save the baseline in the registry %1: %2</source>
        <translation>台帳 %1 にベースラインを保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not read the controls of an asset in the registry %1: %2</source>
        <translation>台帳 %1 から資産の管理策を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Could not compute the gap report of the registry %1: %2</source>
        <translation>台帳 %1 のギャップレポートを作成できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not compute the statement of applicability of the registry %1: %2</source>
        <translation>台帳 %1 の適用宣言書を作成できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not read the controls of the registry %1: %2</source>
        <translation>台帳 %1 から管理策を読み込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Row %1: a value starts with a quote (&quot;) that is never closed. Add the closing quote, or double the quotes inside the value (&quot;&quot;).</source>
        <translation>%1 行目: 値が引用符（&quot;）で始まっていますが、閉じる引用符がありません。閉じる引用符を追加するか、値の中の引用符を 2 つ重ねて（&quot;&quot;）ください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: it is larger than %2 MB, more than this application imports from one file. Split it into smaller files.</source>
        <translation>%1 を読み込めません: %2 MB を超えており、1 つのファイルから取り込める大きさを超えています。ファイルを分割してください。</translation>
    </message>
</context>
<context>
    <name>DashboardActions</name>
    <message>
        <source>Das&amp;hboard</source>
        <translation>ダッシュボード(&amp;H)</translation>
    </message>
    <message>
        <source>Where the risk is: heat map, risks, assets, control gaps and what is due</source>
        <translation>リスクの所在: ヒートマップ、リスク、資産、管理策のギャップ、期限の近いもの</translation>
    </message>
    <message>
        <source>Dashboard at S&amp;tart</source>
        <translation>起動時にダッシュボードを表示(&amp;T)</translation>
    </message>
    <message>
        <source>Open the dashboard whenever a registry is opened</source>
        <translation>台帳を開くたびにダッシュボードを開きます</translation>
    </message>
    <message>
        <source>Print Risk Doc&amp;uments…</source>
        <translation>リスク関係書類を印刷(&amp;U)…</translation>
    </message>
    <message>
        <source>Print the risk analysis results, the treatment plan or the residual risk acceptance record</source>
        <translation>リスク分析結果一覧、リスク対応計画または残留リスク受容記録を印刷します</translation>
    </message>
    <message>
        <source>Write the risk register to a CSV file or an Excel workbook</source>
        <translation>リスク登録簿を CSV ファイルまたは Excel ブックに書き出します</translation>
    </message>
    <message>
        <source>Save Risk Document as PDF</source>
        <translation>リスク関係書類を PDF で保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Risk Document Not Saved</source>
        <translation>リスク関係書類を保存できませんでした</translation>
    </message>
    <message>
        <source>Saved %1 to %2</source>
        <translation>%1 を %2 に保存しました</translation>
    </message>
    <message>
        <source>Cannot Print</source>
        <translation>印刷できません</translation>
    </message>
    <message>
        <source>Export Risk Register</source>
        <translation>リスク登録簿の書き出し</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel ブック (*.xlsx);;CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Nothing Exported</source>
        <translation>書き出されませんでした</translation>
    </message>
    <message>
        <source>Name a .csv or .xlsx file to write, not %1.</source>
        <translation>書き出すファイルには .csv または .xlsx のファイル名を指定してください（%1 は指定できません）。</translation>
    </message>
    <message>
        <source>Exported %1 risk entries to %2</source>
        <translation>%1 件のリスクを %2 に書き出しました</translation>
    </message>
    <message>
        <source>E&amp;xport Risk Register…</source>
        <translation>リスク登録簿の書き出し(&amp;X)…</translation>
    </message>
    <message>
        <source>Print Preview – %1</source>
        <translation>印刷プレビュー – %1</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Overdue for review or treatment</source>
        <translation>見直しまたは対応の期限超過</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>未選択</translation>
    </message>
    <message>
        <source>Assets by importance</source>
        <translation>重要度別の資産</translation>
    </message>
    <message>
        <source>Other departments (%1)</source>
        <translation>その他の部署（%1）</translation>
    </message>
    <message>
        <source>Assets by department</source>
        <translation>部署別の資産</translation>
    </message>
    <message>
        <source>Control gaps by area (%1)</source>
        <translation>分野別の管理策のギャップ（%1）</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 現在</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Asset reviews overdue</source>
        <translation>見直し期限を過ぎた資産</translation>
    </message>
    <message>
        <source>Asset reviews within %1 days</source>
        <translation>%1 日以内に見直す資産</translation>
    </message>
    <message>
        <source>Risk entries overdue for review or treatment</source>
        <translation>見直しまたは対応の期限を過ぎたリスク</translation>
    </message>
    <message>
        <source>Acceptances ending within %1 days</source>
        <translation>%1 日以内に受容期限が来るリスク</translation>
    </message>
    <message>
        <source>Disposals due within %1 days</source>
        <translation>%1 日以内に廃棄予定の資産</translation>
    </message>
    <message>
        <source>Assets (not disposed)</source>
        <translation>資産（廃棄済を除く）</translation>
    </message>
    <message>
        <source>&amp;Overdue Entries…</source>
        <translation>期限超過の項目(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;High Risks…</source>
        <translation>大のリスク(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>Risk &amp;Documents…</source>
        <translation>リスク関係書類(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>PDF で保存(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Cannot start printing the dashboard.</source>
        <translation>ダッシュボードの印刷を開始できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Print Dashboard</source>
        <translation>ダッシュボードの印刷</translation>
    </message>
    <message>
        <source>Cannot Print</source>
        <translation>印刷できません</translation>
    </message>
    <message>
        <source>Save Dashboard as PDF</source>
        <translation>ダッシュボードを PDF で保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Dashboard Not Saved</source>
        <translation>ダッシュボードを保存できませんでした</translation>
    </message>
    <message>
        <source>assessed entries of importance %1 × likelihood of damage %2</source>
        <translation>重要度 %1 × 被害発生可能性 %2 の評価済の項目</translation>
    </message>
    <message>
        <source>assessed entries only</source>
        <translation>評価済の項目のみ</translation>
    </message>
    <message>
        <source>Assessed open risk entries by level</source>
        <translation>リスクの大きさ別の項目（評価済・未終了）</translation>
    </message>
    <message>
        <source>Assessed open risk entries by treatment</source>
        <translation>リスク対応別の項目（評価済・未終了）</translation>
    </message>
    <message>
        <source>Heat map of assessed open risk entries (%1)</source>
        <translation>評価済・未終了のリスクのヒートマップ（%1 件）</translation>
    </message>
    <message>
        <source>Candidates not yet assessed (not in the heat map)</source>
        <translation>評価前の候補（ヒートマップには含めません）</translation>
    </message>
    <message>
        <source>C&amp;andidates to Assess…</source>
        <translation>評価前の候補(&amp;A)…</translation>
    </message>
    <message>
        <source>Dashboard – %1</source>
        <translation>ダッシュボード – %1</translation>
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
        <translation>台帳 %1 は読み取り専用です。ファイルとフォルダを書き込み可能にするか、書き込めるフォルダにコピーしてから開き直してください。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the new registry.</source>
        <translation>%1 は既に存在します。新しい台帳には別のファイル名を指定してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a classification scheme (ipa, government, fips199).</source>
        <translation>「%1」は格付け基準ではありません（ipa、government、fips199 のいずれか）。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダ %1 を作成できません。</translation>
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
    <message>
        <source>The registry %1 does not exist. Check the file name, or create a new registry.</source>
        <translation>台帳 %1 が見つかりません。ファイル名を確認するか、新しい台帳を作成してください。</translation>
    </message>
    <message>
        <source>A step of this change failed; nothing was saved in the registry %1.</source>
        <translation>この変更の途中の処理が失敗したため、台帳 %1 には何も保存されていません。</translation>
    </message>
    <message>
        <source>The registry %1 could not be read while saving this change; nothing was saved. Try again; if it happens again, check the registry with &apos;verify&apos;.</source>
        <translation>この変更を保存する途中で台帳 %1 を読み取れなかったため、何も保存されていません。もう一度実行してください。繰り返し起きる場合は「verify」で台帳を検査してください。</translation>
    </message>
    <message>
        <source>The folder %1 of the registry %2 is read-only, and the registry needs to write its journal files beside it. Make the folder writable, or copy the registry to a writable folder, and open it again. The file was not changed.</source>
        <translation>台帳 %2 のフォルダ %1 は読み取り専用です。台帳はそのフォルダにジャーナルファイルを書き込む必要があります。フォルダを書き込み可能にするか、台帳を書き込めるフォルダにコピーしてから開き直してください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>another program is writing to the registry (an import, for example) and did not finish within %1 seconds. Nothing was changed; wait until the other program has finished and try again</source>
        <translation>別のプログラムが台帳に書き込み中で（取り込みなど）、%1 秒以内に終わりませんでした。何も変更していません。別のプログラムの処理が終わるのを待ってから、もう一度実行してください</translation>
    </message>
    <message>
        <source>the disk is full. Nothing was changed; free space on the disk that holds the registry and try again</source>
        <translation>ディスクの空き容量がありません。何も変更していません。台帳のあるディスクの空き容量を増やしてから、もう一度実行してください</translation>
    </message>
    <message>
        <source>the disk reported an error while reading or writing. Nothing was changed; check the disk (and free space on it) and try again</source>
        <translation>読み書き中にディスクがエラーを返しました。何も変更していません。ディスク（と空き容量）を確認してから、もう一度実行してください</translation>
    </message>
    <message>
        <source>the registry or its journal files (-wal, -shm) have become read-only. Nothing was changed; make them writable and open the registry again</source>
        <translation>台帳またはそのジャーナルファイル（-wal、-shm）が読み取り専用になっています。何も変更していません。書き込み可能にしてから台帳を開き直してください</translation>
    </message>
    <message>
        <source>the registry is damaged. Stop using it and restore the latest good backup</source>
        <translation>台帳が破損しています。使用を中止し、最新の正常なバックアップから復元してください</translation>
    </message>
    <message>
        <source>%1 (SQLite: %2)</source>
        <translation>%1（SQLite: %2）</translation>
    </message>
    <message>
        <source>The registry %1 is still being checked for damage; nothing can be saved until the check has passed. Try again in a moment.</source>
        <translation>台帳 %1 の破損の検査がまだ終わっていません。検査が終わるまで保存できません。少し待ってからもう一度実行してください。</translation>
    </message>
    <message>
        <source>The registry %1 is damaged (%2). Nothing can be saved in it. Restore it from the latest good backup (File &gt; Restore from Backup…, or asset-registry-cli restore).</source>
        <translation>台帳 %1 は破損しています（%2）。この台帳には保存できません。最新の正常なバックアップから復元してください（ファイル &gt; バックアップから復元…、または asset-registry-cli restore）。</translation>
    </message>
    <message>
        <source>The server %1 refused the user name or password. Check both (the password comes from ~/.pgpass or is asked for) and try again.</source>
        <translation>サーバ %1 がユーザ名またはパスワードを受け付けませんでした。両方を確認して（パスワードは ~/.pgpass から読むか、入力を求めます）、もう一度接続してください。</translation>
    </message>
    <message>
        <source>The server %1 and this connection disagree on TLS encryption: the server requires it, or the TLS mode asks for it and the server does not offer it, or its certificate cannot be verified. Choose the TLS mode the server&apos;s administrator names (sslmode=require, verify-full…).</source>
        <translation>サーバ %1 とこの接続とで TLS 暗号化の設定が合いません。サーバが暗号化を必要としているか、TLS モードが暗号化を求めているのにサーバが対応していないか、サーバの証明書を検証できません。サーバの管理者が指定する TLS モード（sslmode=require、verify-full など）を選んでください。</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached. Check the host name and port and the network, or whether the server is running, and try again.</source>
        <translation>サーバ %1 に接続できません。ホスト名、ポート番号、ネットワーク、サーバが動作しているかを確認して、もう一度接続してください。</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1.</source>
        <translation>サーバ %1 に接続できません。</translation>
    </message>
    <message>
        <source>%1 (PostgreSQL: %2)</source>
        <translation>%1（PostgreSQL: %2）</translation>
    </message>
    <message>
        <source>Cannot open the registry %1: Qt&apos;s PostgreSQL driver is not installed (the Debian package libqt6sql6-psql).</source>
        <translation>台帳 %1 を開けません。Qt の PostgreSQL ドライバ（Debian パッケージ libqt6sql6-psql）がインストールされていません。</translation>
    </message>
    <message>
        <source>The database %1 is not an asset registry: it holds tables of another application. Nothing was changed.</source>
        <translation>データベース %1 は情報資産の台帳ではありません。別のアプリケーションのテーブルがあります。何も変更していません。</translation>
    </message>
    <message>
        <source>The registry %1 was written by a newer version of this application (schema %2; this version reads up to %3). Use the newer version; nothing was changed.</source>
        <translation>台帳 %1 はこのアプリケーションの新しいバージョンで書き込まれています（スキーマ %2。このバージョンが読めるのは %3 まで）。新しいバージョンを使ってください。何も変更していません。</translation>
    </message>
    <message>
        <source>The database %1 is not empty: a new registry is created only in an empty database. Nothing was changed.</source>
        <translation>データベース %1 は空ではありません。新しい台帳は空のデータベースにだけ作成できます。何も変更していません。</translation>
    </message>
    <message>
        <source>the server lets you change only the assets of the departments you are a member of (and what belongs to them), and this change touches another department&apos;s. Nothing was changed; ask the registry&apos;s administrator if you need to make it</source>
        <translation>サーバで変更できるのは所属部署の資産（とそれに付随する記録）だけで、この変更は他の部署の資産に関わります。何も変更していません。必要な場合は台帳の管理者に依頼してください</translation>
    </message>
    <message>
        <source>The registry %1 has schema %2 and this version of the application needs schema %3. Only the registry&apos;s owner can upgrade it: ask them to run &apos;asset-registry-cli --database ADDRESS server init&apos; with this version. Nothing was changed.</source>
        <translation>台帳 %1 のスキーマは %2 で、このバージョンのアプリケーションにはスキーマ %3 が必要です。スキーマを更新できるのは台帳の所有者だけです。このバージョンで「asset-registry-cli --database アドレス server init」を実行するよう依頼してください。何も変更していません。</translation>
    </message>
    <message>
        <source>The database of %1 does not exist on the server. Check its name, or ask the server&apos;s administrator to create it; then create the registry in it with &apos;asset-registry-cli --database ADDRESS server init&apos;.</source>
        <translation>%1 のデータベースがサーバにありません。名前を確認するか、サーバの管理者に作成を依頼してください。その後、「asset-registry-cli --database アドレス server init」で台帳を作成してください。</translation>
    </message>
    <message>
        <source>The database %1 holds no registry yet. Create one in it with &apos;asset-registry-cli --database ADDRESS server init&apos;.</source>
        <translation>データベース %1 にはまだ台帳がありません。「asset-registry-cli --database アドレス server init」で台帳を作成してください。</translation>
    </message>
    <message>
        <source>The server %1 asks for a password and none was given: ~/.pgpass has no entry for it and PGPASSWORD is not set.</source>
        <translation>サーバ %1 がパスワードを求めていますが、パスワードが与えられていません（~/.pgpass に該当する行がなく、PGPASSWORD も設定されていません）。</translation>
    </message>
    <message>
        <source>The server %1 does not let this user connect to the database. Check the user name, or ask the registry&apos;s administrator to grant you access.</source>
        <translation>サーバ %1 はこのユーザのデータベースへの接続を許可していません。ユーザ名を確認するか、台帳の管理者に利用権限の付与を依頼してください。</translation>
    </message>
    <message>
        <source>The registry %1 was written by a newer version of this application. Use the newer version; nothing was changed.</source>
        <translation>台帳 %1 はこのアプリケーションの新しいバージョンで作成されています。新しいバージョンで開いてください。何も変更していません。</translation>
    </message>
    <message>
        <source>The server %1 refused the change: your role on the server does not allow this change. Nothing was changed.</source>
        <translation>サーバ %1 が変更を拒否しました。サーバでのロールではこの変更はできません。何も変更していません。</translation>
    </message>
    <message>
        <source>The server %1 refused the change: it lets you change only the assets of the departments you are a member of. Nothing was changed.</source>
        <translation>サーバ %1 が変更を拒否しました。変更できるのは所属部署の資産だけです。何も変更していません。</translation>
    </message>
    <message>
        <source>The database name &apos;%1&apos; is too long for the registry&apos;s roles: they are named after it (%2 is %3 bytes in UTF-8), and PostgreSQL keeps only %4 bytes of a name. Use a database with a name of at most %5 bytes; nothing was created.</source>
        <translation>データベース名「%1」は台帳のロールには長すぎます。ロールはデータベース名から名付けられ（%2 は UTF-8 で %3 バイト）、PostgreSQL は名前の先頭 %4 バイトしか保持しません。名前が %5 バイト以内のデータベースを使ってください。何も作成していません。</translation>
    </message>
    <message>
        <source>your role on the server does not allow this change: auditors and viewers change nothing, editors change only the assets of their departments, and only administrators change settings, catalogues, controls and the baseline. Nothing was changed</source>
        <translation>サーバでのロールではこの変更はできません。監査人と閲覧者は変更できず、編集者が変更できるのは所属部署の資産だけで、設定・管理策カタログ・管理策・ベースラインを変更できるのは管理者だけです。何も変更していません</translation>
    </message>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
</context>
<context>
    <name>DisposalActions</name>
    <message>
        <source>&amp;Disposal</source>
        <translation>廃棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Record Disposal…</source>
        <translation>廃棄を記録(&amp;R)…</translation>
    </message>
    <message>
        <source>Disposal Record of Asset…</source>
        <translation>資産の廃棄記録…</translation>
    </message>
    <message>
        <source>Assets &amp;Due for Disposal…</source>
        <translation>廃棄対象の資産(&amp;D)…</translation>
    </message>
    <message>
        <source>Disposal Re&amp;cords…</source>
        <translation>廃棄記録の一覧(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Minimum Methods…</source>
        <translation>最低限の消去方式(&amp;M)…</translation>
    </message>
    <message>
        <source>Cannot Record Disposal</source>
        <translation>廃棄を記録できません</translation>
    </message>
    <message>
        <source>Record Disposal</source>
        <translation>廃棄を記録</translation>
    </message>
    <message>
        <source>%1 assets are selected. One disposal record covers at most %2 assets; select fewer and record the rest as further records.</source>
        <translation>%1 件の資産が選択されています。1 件の廃棄記録に含められる資産は %2 件までです。選択する資産を減らし、残りは別の廃棄記録として登録してください。</translation>
    </message>
    <message>
        <source>The selected assets have already been disposed of: %1. Open their disposal records to see or amend them.</source>
        <translation>選択した資産は既に廃棄済です: %1。内容の確認や訂正は、それぞれの廃棄記録を開いて行ってください。</translation>
    </message>
    <message>
        <source>Already disposed of, left out: %1.</source>
        <translation>次の資産は廃棄済のため対象から除外しました: %1。</translation>
    </message>
    <message>
        <source>Disposal Record</source>
        <translation>廃棄記録</translation>
    </message>
    <message>
        <source>Asset %1 has no disposal record.</source>
        <translation>資産 %1 には廃棄記録がありません。</translation>
    </message>
    <message>
        <source>Show in Asset List</source>
        <translation>資産一覧で表示</translation>
    </message>
    <message>
        <source>The asset is hidden by the current filter. Clear the filter and try again.</source>
        <translation>現在の絞り込み条件により、この資産は表示されていません。絞り込みを解除してから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>Record the secure disposal of the selected assets as one record (Ctrl+Shift+D)</source>
        <translation>選択した資産の安全な廃棄を 1 件の廃棄記録として記録します（Ctrl+Shift+D）</translation>
    </message>
</context>
<context>
    <name>DisposalCodes</name>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>パージ</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>破壊</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>上書き</translation>
    </message>
    <message>
        <source>Block erase</source>
        <translation>ブロック消去</translation>
    </message>
    <message>
        <source>Cryptographic erase</source>
        <translation>暗号化消去</translation>
    </message>
    <message>
        <source>Degauss</source>
        <translation>消磁</translation>
    </message>
    <message>
        <source>Shred</source>
        <translation>裁断</translation>
    </message>
    <message>
        <source>Disintegrate</source>
        <translation>粉砕</translation>
    </message>
    <message>
        <source>Melt</source>
        <translation>溶解</translation>
    </message>
    <message>
        <source>Incinerate</source>
        <translation>焼却</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Full verification</source>
        <translation>全数検証</translation>
    </message>
    <message>
        <source>Quick sampling</source>
        <translation>抜き取り検証</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Reuse inside the organisation</source>
        <translation>組織内で再利用</translation>
    </message>
    <message>
        <source>Reuse outside the organisation</source>
        <translation>組織外で再利用</translation>
    </message>
    <message>
        <source>Recycling</source>
        <translation>リサイクル</translation>
    </message>
    <message>
        <source>Returned to the manufacturer</source>
        <translation>製造元へ返却</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>破壊済</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>No</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Drilling (punching holes)</source>
        <translation>穿孔（穴あけ）</translation>
    </message>
    <message>
        <source>Crushing</source>
        <translation>破砕</translation>
    </message>
    <message>
        <source>Magnetic destruction</source>
        <translation>磁気破壊</translation>
    </message>
    <message>
        <source>Factory reset</source>
        <translation>初期化（工場出荷時の状態に戻す）</translation>
    </message>
    <message>
        <source>Logical deletion</source>
        <translation>論理削除</translation>
    </message>
    <message>
        <source>Logical deletion with key destruction</source>
        <translation>論理削除と暗号鍵の破棄</translation>
    </message>
    <message>
        <source>Deletion by the service provider</source>
        <translation>事業者による削除</translation>
    </message>
    <message>
        <source>Media sanitisation</source>
        <translation>媒体の消去・破壊</translation>
    </message>
    <message>
        <source>Data deletion in a system or service</source>
        <translation>システム・サービス内のデータ消去</translation>
    </message>
    <message>
        <source>Hard disk drive (HDD)</source>
        <translation>ハードディスク（HDD）</translation>
    </message>
    <message>
        <source>Solid-state drive (SSD)</source>
        <translation>ソリッドステートドライブ（SSD）</translation>
    </message>
    <message>
        <source>USB flash drive</source>
        <translation>USBメモリ</translation>
    </message>
    <message>
        <source>SD card</source>
        <translation>SDカード</translation>
    </message>
    <message>
        <source>Optical disc (CD, DVD, BD)</source>
        <translation>光ディスク（CD・DVD・BD）</translation>
    </message>
    <message>
        <source>Magnetic tape</source>
        <translation>磁気テープ</translation>
    </message>
    <message>
        <source>Smartphone or tablet</source>
        <translation>スマートフォン・タブレット</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>紙</translation>
    </message>
</context>
<context>
    <name>DisposalDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Override reason:</source>
        <translation>例外の理由:</translation>
    </message>
    <message>
        <source>Override: %1 is weaker than the minimum method for %2. Choose a stronger method, or enter the reason for the override below; the disposal will be flagged.</source>
        <translation>最低基準の例外: %1 は %2 の最低限の消去方式より弱い方式です。より強い方式を選ぶか、下欄に例外の理由を入力してください。理由を入力した場合、この廃棄は例外として記録されます。</translation>
    </message>
    <message>
        <source>Override: %1 is weaker than the minimum method for %2. The disposal will be flagged as an override with the reason given.</source>
        <translation>最低基準の例外: %1 は %2 の最低限の消去方式より弱い方式です。この廃棄は、入力された理由とともに最低基準の例外として記録されます。</translation>
    </message>
    <message>
        <source>Override reason (required):</source>
        <translation>例外の理由（必須）:</translation>
    </message>
    <message>
        <source>Cannot Add Evidence</source>
        <translation>証跡を追加できません</translation>
    </message>
    <message>
        <source>%1 is already in the list as %2.</source>
        <translation>%1 と同じ内容のファイルが、既に %2 として一覧にあります。</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2、%3）</translation>
    </message>
    <message>
        <source>Add Evidence File</source>
        <translation>証跡ファイルの追加</translation>
    </message>
    <message>
        <source>Evidence (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic);;All files (*)</source>
        <translation>証跡 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>Record the disposal of %n asset(s)? The record is final: the assets become disposed and can no longer be edited. Corrections are made as amendments, which keep the original.</source>
        <translation>
            <numerusform>%n 件の資産の廃棄を記録しますか？ 記録は確定し、資産は廃棄済となって以後は編集できなくなります。訂正は訂正記録として追記し、元の内容はそのまま残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Record Disposal</source>
        <translation>廃棄を記録</translation>
    </message>
    <message>
        <source>Record how the media of the assets below were sanitised and verified (NIST SP 800-88). One record covers all of them, e.g. a contractor pick-up; each keeps its own serial number and result.</source>
        <translation>下記の資産の媒体について、データ消去と検証の方法を記録します（NIST SP 800-88）。委託先による一括回収などを想定し、すべての資産を 1 件の廃棄記録にまとめます。シリアル番号と検証結果は資産ごとに記録します。</translation>
    </message>
    <message numerus="yes">
        <source>Media (%n asset(s))</source>
        <translation>
            <numerusform>対象媒体（資産 %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Sanitisation and verification</source>
        <translation>データ消去と検証</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>消去方式:</translation>
    </message>
    <message>
        <source>Technique:</source>
        <translation>消去技術:</translation>
    </message>
    <message>
        <source>Tool:</source>
        <translation>使用ツール:</translation>
    </message>
    <message>
        <source>Tool version:</source>
        <translation>ツールのバージョン:</translation>
    </message>
    <message>
        <source>Verification:</source>
        <translation>検証方法:</translation>
    </message>
    <message>
        <source>Destination afterwards:</source>
        <translation>消去後の処分先:</translation>
    </message>
    <message>
        <source>Performed and validated by</source>
        <translation>実施者・確認者</translation>
    </message>
    <message>
        <source>Performed by:</source>
        <translation>実施者:</translation>
    </message>
    <message>
        <source>Performed on:</source>
        <translation>実施日:</translation>
    </message>
    <message>
        <source>Validated by:</source>
        <translation>確認者:</translation>
    </message>
    <message>
        <source>Validated on:</source>
        <translation>確認日:</translation>
    </message>
    <message>
        <source>Name (required)</source>
        <translation>氏名（必須）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Contractor:</source>
        <translation>委託先:</translation>
    </message>
    <message>
        <source>When a contractor did the work</source>
        <translation>委託先が作業した場合に入力</translation>
    </message>
    <message>
        <source>Contractor&apos;s certificate No.:</source>
        <translation>委託先の証明書番号:</translation>
    </message>
    <message>
        <source>Override and notes</source>
        <translation>例外の理由と備考</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>備考:</translation>
    </message>
    <message>
        <source>Required to describe an &apos;Other&apos; technique, verification or destination</source>
        <translation>消去技術・検証方法・消去後の処分先で「その他」を選んだ場合は、その内容を必ず記入</translation>
    </message>
    <message>
        <source>Evidence files (kept in the registry, at most %1 each)</source>
        <translation>証跡ファイル（台帳内に保存。1 ファイルあたり最大 %1）</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Minimum method from each asset&apos;s confidentiality, personal information and the destination — %1. %2 meets it for every asset.</source>
        <translation>各資産の機密性・個人情報と消去後の処分先から求めた最低限の消去方式: %1。%2 はすべての資産について最低限の消去方式を満たしています。</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>区分:</translation>
    </message>
    <message>
        <source>Media sanitisation: devices, media and paper (ISO/IEC 27001 A.7.14). Data deletion: data inside a live system or cloud service (A.8.10), with the deletion log or the provider&apos;s certificate as evidence.</source>
        <translation>媒体の消去・破壊: 機器・記録媒体・紙（ISO/IEC 27001 A.7.14）。データ消去: 稼働中のシステムやクラウドサービス内のデータ（A.8.10）。削除ログまたは事業者の証明書を証跡とします。</translation>
    </message>
    <message>
        <source>Please check:</source>
        <translation>確認してください:</translation>
    </message>
    <message>
        <source>The disposal cannot be recorded:</source>
        <translation>廃棄を記録できません:</translation>
    </message>
    <message>
        <source>Leave %1 (%2) out of this disposal? The asset stays in use; record its disposal later, for example after its medium has been sanitised again.</source>
        <translation>%1（%2）をこの廃棄から外しますか？ この資産は使用中のまま残ります。媒体を消去し直した後などに、あらためて廃棄を記録してください。</translation>
    </message>
    <message>
        <source>Remove from Disposal</source>
        <translation>廃棄から外す</translation>
    </message>
    <message>
        <source>Leave the selected asset out of this disposal, e.g. when its medium failed verification</source>
        <translation>選択した資産をこの廃棄から外します（媒体の検証に失敗したときなど）</translation>
    </message>
</context>
<context>
    <name>DisposalField</name>
    <message>
        <source>Record No.</source>
        <translation>記録番号</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>消去方式</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>消去技術</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>使用ツール</translation>
    </message>
    <message>
        <source>Tool version</source>
        <translation>ツールのバージョン</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>検証方法</translation>
    </message>
    <message>
        <source>Destination after sanitisation</source>
        <translation>消去後の処分先</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>Performer&apos;s title</source>
        <translation>実施者の役職</translation>
    </message>
    <message>
        <source>Performer&apos;s organisation</source>
        <translation>実施者の所属</translation>
    </message>
    <message>
        <source>Performed on</source>
        <translation>実施日</translation>
    </message>
    <message>
        <source>Validated by</source>
        <translation>確認者</translation>
    </message>
    <message>
        <source>Validator&apos;s title</source>
        <translation>確認者の役職</translation>
    </message>
    <message>
        <source>Validator&apos;s organisation</source>
        <translation>確認者の所属</translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation>確認日</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>委託先</translation>
    </message>
    <message>
        <source>Contractor&apos;s certificate No.</source>
        <translation>委託先の証明書番号</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>例外の理由</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>記録者</translation>
    </message>
    <message>
        <source>Asset No.</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <source>Asset name</source>
        <translation>情報資産名称</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>媒体種別</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>メーカー</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型番</translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Property No.</source>
        <translation>備品番号</translation>
    </message>
    <message>
        <source>Source (user / host)</source>
        <translation>使用者・ホスト</translation>
    </message>
    <message>
        <source>Data backed up</source>
        <translation>バックアップの有無</translation>
    </message>
    <message>
        <source>Backup location</source>
        <translation>バックアップ先</translation>
    </message>
    <message>
        <source>Minimum method</source>
        <translation>最低限の消去方式</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>検証結果</translation>
    </message>
    <message>
        <source>Kind of disposal</source>
        <translation>廃棄の区分</translation>
    </message>
    <message>
        <source>Media description</source>
        <translation>媒体の説明</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>個人情報</translation>
    </message>
</context>
<context>
    <name>DisposalItemsModel</name>
    <message>
        <source>C %1 (%2) · I %3 · A %4</source>
        <translation>機密性 %1（%2）・完全性 %3・可用性 %4</translation>
    </message>
    <message>
        <source>The method chosen is weaker than the minimum for this asset: an override reason is needed and the disposal is flagged.</source>
        <translation>選択した消去方式は、この資産の最低基準より弱い方式です。例外の理由の入力が必要で、この廃棄は最低基準の例外として記録されます。</translation>
    </message>
    <message>
        <source>%1 (override)</source>
        <translation>%1（例外）</translation>
    </message>
    <message>
        <source>%1 (amended)</source>
        <translation>%1（訂正あり）</translation>
    </message>
    <message>
        <source>Classification before</source>
        <translation>消去前の格付け</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>DisposalRecordDialog</name>
    <message>
        <source>Disposal Record %1</source>
        <translation>廃棄記録 %1</translation>
    </message>
    <message>
        <source>Disposal record %1 — final, recorded by %2 on %3</source>
        <translation>廃棄記録 %1 — 確定済み（%3 に %2 が記録）</translation>
    </message>
    <message>
        <source>Override: %1 is weaker than the minimum method for %2. Reason: %3</source>
        <translation>最低基準の例外: %1 は %2 の最低限の消去方式より弱い方式です。理由: %3</translation>
    </message>
    <message>
        <source>%1 (amended)</source>
        <translation>%1（訂正あり）</translation>
    </message>
    <message>
        <source>Recorded as: %1</source>
        <translation>記録時の値: %1</translation>
    </message>
    <message>
        <source>Evidence files (%1)</source>
        <translation>証跡ファイル（%1）</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録全体</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Amendments (%1)</source>
        <translation>訂正記録（%1）</translation>
    </message>
    <message>
        <source>Cannot Open Evidence</source>
        <translation>証跡を開けません</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>No application opens %1. It was saved as %2; open it from there.</source>
        <translation>%1 を開けるアプリケーションがありません。%2 として保存しましたので、そこから開いてください。</translation>
    </message>
    <message>
        <source>Cannot Save Evidence</source>
        <translation>証跡を保存できません</translation>
    </message>
    <message>
        <source>Save Evidence File</source>
        <translation>証跡ファイルの保存</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Add Evidence File</source>
        <translation>証跡ファイルの追加</translation>
    </message>
    <message>
        <source>Evidence (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic);;All files (*)</source>
        <translation>証跡 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot Add Evidence</source>
        <translation>証跡を追加できません</translation>
    </message>
    <message>
        <source>Evidence Verified</source>
        <translation>証跡の検証完了</translation>
    </message>
    <message numerus="yes">
        <source>All %n evidence file(s) match the SHA-256 recorded when they were added.</source>
        <translation>
            <numerusform>証跡ファイル %n 件は、すべて追加時に記録した SHA-256 と一致しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence Changed</source>
        <translation>証跡の改変を検出</translation>
    </message>
    <message>
        <source>These evidence files no longer match the SHA-256 recorded when they were added: %1. Restore the registry from a backup and compare.</source>
        <translation>次の証跡ファイルは、追加時に記録した SHA-256 と一致しません: %1。バックアップから台帳を復元して比較してください。</translation>
    </message>
    <message>
        <source>Cannot Print Certificate</source>
        <translation>証明書を印刷できません</translation>
    </message>
    <message>
        <source>Cannot Save Certificate</source>
        <translation>証明書を保存できません</translation>
    </message>
    <message>
        <source>Save Certificate as PDF</source>
        <translation>証明書を PDF で保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>追加者</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>追加日時</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>訂正日時・訂正者</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>訂正前</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>訂正後</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Verify SHA-256</source>
        <translation>SHA-256 を検証</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>訂正…</translation>
    </message>
    <message>
        <source>Certificate in:</source>
        <translation>証明書の言語:</translation>
    </message>
    <message>
        <source>Preview Certificate…</source>
        <translation>証明書の印刷プレビュー…</translation>
    </message>
    <message>
        <source>Print Certificate…</source>
        <translation>証明書を印刷…</translation>
    </message>
    <message>
        <source>Save Certificate as PDF…</source>
        <translation>証明書を PDF で保存…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) could not be read:</source>
        <translation>
            <numerusform>証跡ファイル %n 件を読み込めませんでした:</numerusform>
        </translation>
    </message>
    <message>
        <source>These evidence files no longer match the SHA-256 recorded when they were added: %1.</source>
        <translation>次の証跡ファイルは、追加時に記録した SHA-256 と一致しなくなっています: %1。</translation>
    </message>
    <message>
        <source>Cannot Verify Evidence</source>
        <translation>証跡を検証できません</translation>
    </message>
    <message>
        <source>Writing the certificate…</source>
        <translation>データ消去証明書を作成しています…</translation>
    </message>
</context>
<context>
    <name>DisposalRecordsDialog</name>
    <message>
        <source>Override</source>
        <translation>例外</translation>
    </message>
    <message numerus="yes">
        <source>%n disposal record(s).</source>
        <translation>
            <numerusform>廃棄記録 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Disposal Records</source>
        <translation>廃棄記録の一覧</translation>
    </message>
    <message>
        <source>Record No.</source>
        <translation>記録番号</translation>
    </message>
    <message>
        <source>Performed on</source>
        <translation>実施日</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>消去方式</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>消去後の処分先</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>対象資産</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>Validated by</source>
        <translation>確認者</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>委託先</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>Open Record…</source>
        <translation>記録を開く…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
</context>
<context>
    <name>DisposalService</name>
    <message>
        <source>Confidentiality level %1 has no minimum method of its own. Choose level 1, 2 or 3.</source>
        <translation>機密性レベル %1 には最低限の消去方式を設定できません。レベル 1、2、3 のいずれかを選んでください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sanitisation method. Choose one of: %2.</source>
        <translation>「%1」は消去方式ではありません。次のいずれかを選んでください: %2。</translation>
    </message>
    <message>
        <source>The minimum method for confidentiality %1 cannot be weaker than the one for level %2 (%3). Choose %3 or stronger, or lower level %2 first.</source>
        <translation>機密性 %1 の最低限の消去方式を、レベル %2 の方式（%3）より弱くすることはできません。%3 以上の方式を選ぶか、先にレベル %2 の方式を弱くしてください。</translation>
    </message>
    <message>
        <source>The minimum method for confidentiality %1 cannot be stronger than the one for level %2 (%3). Choose %3 or weaker, or raise level %2 first.</source>
        <translation>機密性 %1 の最低限の消去方式を、レベル %2 の方式（%3）より強くすることはできません。%3 以下の方式を選ぶか、先にレベル %2 の方式を強くしてください。</translation>
    </message>
    <message>
        <source>Asset %1 does not exist in this registry.</source>
        <translation>資産 %1 はこの台帳にありません。</translation>
    </message>
    <message>
        <source>Asset %1 has already been disposed of. Open its disposal record to see or amend it.</source>
        <translation>資産 %1 は既に廃棄済です。内容の確認や訂正は、その廃棄記録を開いて行ってください。</translation>
    </message>
    <message>
        <source>A disposal needs at least one asset. Choose the assets whose media were sanitised.</source>
        <translation>廃棄の記録には資産が 1 件以上必要です。媒体のデータ消去を行った資産を選んでください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sanitisation technique. Choose one of: %2.</source>
        <translation>「%1」は消去技術ではありません。次のいずれかを選んでください: %2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a verification method. Choose one of: %2.</source>
        <translation>「%1」は検証方法ではありません。次のいずれかを選んでください: %2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a destination after sanitisation. Choose one of: %2.</source>
        <translation>「%1」は消去後の処分先ではありません。次のいずれかを選んでください: %2。</translation>
    </message>
    <message>
        <source>&apos;Other&apos; is chosen for the technique, the verification or the destination. Describe it in the notes.</source>
        <translation>消去技術・検証方法・消去後の処分先のいずれかで「その他」が選ばれています。その内容を備考に記入してください。</translation>
    </message>
    <message>
        <source>Enter the name of the person who performed the sanitisation.</source>
        <translation>データ消去の実施者の氏名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the date on which the sanitisation was performed.</source>
        <translation>データ消去の実施日を入力してください。</translation>
    </message>
    <message>
        <source>Enter the name of the person who validated the sanitisation.</source>
        <translation>データ消去の確認者の氏名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the date on which the sanitisation was validated.</source>
        <translation>データ消去の確認日を入力してください。</translation>
    </message>
    <message>
        <source>%1 is in the future (%2). A disposal is recorded after it was done.</source>
        <translation>%1 が未来の日付（%2）になっています。廃棄は実施した後に記録してください。</translation>
    </message>
    <message>
        <source>The sanitisation was validated (%1) before it was performed (%2). Correct one of the dates.</source>
        <translation>確認日（%1）が実施日（%2）より前になっています。どちらかの日付を訂正してください。</translation>
    </message>
    <message>
        <source>A certificate number is given but no contractor. Enter the contractor who issued the certificate.</source>
        <translation>証明書番号が入力されていますが、委託先が入力されていません。証明書を発行した委託先を入力してください。</translation>
    </message>
    <message>
        <source>Asset %1 is listed twice. Each asset appears once in a disposal.</source>
        <translation>資産 %1 が 2 回指定されています。1 件の廃棄記録には各資産を 1 回だけ含めてください。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an answer for &apos;Data backed up&apos;. Choose one of: %3.</source>
        <translation>%1: 「%2」は「バックアップの有無」の値として使えません。次のいずれかを選んでください: %3。</translation>
    </message>
    <message>
        <source>Verification of %1 failed, so its disposal cannot be completed. Sanitise the medium again and verify it, or leave the asset out of this disposal.</source>
        <translation>%1 の検証結果が不合格のため、廃棄を完了できません。媒体のデータ消去をやり直して再度検証するか、この資産を今回の廃棄から除外してください。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a verification result. Choose one of: %3.</source>
        <translation>%1: 「%2」は検証結果ではありません。次のいずれかを選んでください: %3。</translation>
    </message>
    <message>
        <source>%1 is weaker than the minimum method for %2. Choose a stronger method, or enter the reason for using a weaker one; the disposal is then flagged as an override.</source>
        <translation>%1 は %2 の最低限の消去方式より弱い方式です。より強い方式を選ぶか、弱い方式を使う理由を入力してください。理由を入力した場合、この廃棄は最低基準の例外として記録されます。</translation>
    </message>
    <message>
        <source>An evidence file has no name. Give the file a name.</source>
        <translation>名前のない証跡ファイルがあります。ファイルに名前を付けてください。</translation>
    </message>
    <message>
        <source>The evidence file %1 is empty (0 bytes). Choose the file that holds the evidence.</source>
        <translation>証跡ファイル %1 は空です（0 バイト）。証跡の内容が入ったファイルを選んでください。</translation>
    </message>
    <message>
        <source>The evidence file %1 is %2 MB; evidence files can be at most %3 MB. Scan or save it at a lower resolution, or split it into several files.</source>
        <translation>証跡ファイル %1 は %2 MB あります。証跡ファイルは 1 ファイルあたり最大 %3 MB です。解像度を下げてスキャンまたは保存し直すか、複数のファイルに分割してください。</translation>
    </message>
    <message>
        <source>The evidence file %1 does not exist. Check the name and the folder.</source>
        <translation>証跡ファイル %1 が見つかりません。ファイル名とフォルダを確認してください。</translation>
    </message>
    <message>
        <source>%1 is not a file. Choose a file as evidence.</source>
        <translation>%1 はファイルではありません。証跡にはファイルを選んでください。</translation>
    </message>
    <message>
        <source>Cannot read the evidence file %1: %2. Check that you may read it.</source>
        <translation>証跡ファイル %1 を読み込めません: %2。ファイルの読み取り権限があるか確認してください。</translation>
    </message>
    <message>
        <source>The evidence file %1 is attached twice. Attach each file once.</source>
        <translation>証跡ファイル %1 が 2 回添付されています。各ファイルは 1 回だけ添付してください。</translation>
    </message>
    <message>
        <source>Asset %1 no longer exists in this registry.</source>
        <translation>資産 %1 はこの台帳にもう存在しません。</translation>
    </message>
    <message>
        <source>Asset %1 has already been disposed of (%2). A disposal is recorded once; correct it with an amendment.</source>
        <translation>資産 %1 は既に廃棄済です（%2）。廃棄は 1 回だけ記録できます。訂正は訂正記録として追記してください。</translation>
    </message>
    <message>
        <source>Asset %1 was disposed of by someone else while this disposal was being recorded. Nothing was saved.</source>
        <translation>この廃棄を記録している間に、資産 %1 が他の人によって廃棄済にされました。何も保存されていません。</translation>
    </message>
    <message>
        <source>Disposal record %1 does not exist in this registry.</source>
        <translation>廃棄記録 %1 はこの台帳にありません。</translation>
    </message>
    <message>
        <source>The file %1 is already attached to %2 as %3.</source>
        <translation>ファイル %1 と同じ内容のファイルが、既に %3 として %2 に添付されています。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field of a disposal record.</source>
        <translation>「%1」は廃棄記録の項目ではありません。</translation>
    </message>
    <message>
        <source>%1 cannot be amended: it is taken from the asset or set by the rules when the disposal is recorded.</source>
        <translation>%1 は訂正できません。この項目は、廃棄の記録時に資産から取り込まれるか、規則に従って設定されます。</translation>
    </message>
    <message>
        <source>Enter the reason for the amendment; it is kept with the record.</source>
        <translation>訂正記録の理由を入力してください。理由は記録とともに保存されます。</translation>
    </message>
    <message>
        <source>%1 belongs to one asset of the disposal. Choose the asset of %2 whose %1 you correct.</source>
        <translation>%1 は廃棄記録内の個々の資産ごとの項目です。%2 の資産のうち、%1 を訂正する資産を選んでください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value of %2. Choose one of: %3.</source>
        <translation>「%1」は %2 の値として使えません。次のいずれかを選んでください: %3。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date. Write it as 2026-04-01.</source>
        <translation>「%1」は日付として読めません。2026-04-01 の形式で入力してください。</translation>
    </message>
    <message>
        <source>%1 already reads &apos;%2&apos;. Nothing to amend.</source>
        <translation>%1 は既に「%2」です。訂正の必要はありません。</translation>
    </message>
    <message>
        <source>Evidence file %1 does not exist in this registry.</source>
        <translation>証跡ファイル %1 はこの台帳にありません。</translation>
    </message>
    <message>
        <source>The evidence file %1 no longer matches the SHA-256 recorded when it was added; it has been altered inside the registry file. Restore the registry from a backup.</source>
        <translation>証跡ファイル %1 は、追加時に記録した SHA-256 と一致しません。台帳ファイル内で改変されています。バックアップから台帳を復元してください。</translation>
    </message>
    <message>
        <source>Data in a system or service is deleted, not destroyed: %1 cannot be the minimum of a data deletion. Choose Clear or Purge; Destroy belongs to media sanitisation.</source>
        <translation>システム・サービス内のデータは削除するもので、破壊はできません。%1 はデータ消去の最低限の消去方式にできません。クリアまたはパージを選んでください。破壊は媒体の消去・破壊で使います。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of disposal. Choose one of: %2.</source>
        <translation>「%1」は廃棄の区分ではありません。次のいずれかを選んでください: %2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no minimum method of its own. Choose personal, sensitive or my_number.</source>
        <translation>「%1」には固有の最低限の消去方式はありません。personal、sensitive、my_number のいずれかを選んでください。</translation>
    </message>
    <message>
        <source>The minimum method for %1 cannot be weaker than the one for %2 (%3): it is personal information too. Choose %3 or stronger, or lower the one for %2 first.</source>
        <translation>%1 の最低限の消去方式は、%2 の最低限の消去方式（%3）より弱くできません（%1 も個人情報です）。%3 以上を選ぶか、先に %2 の方式を下げてください。</translation>
    </message>
    <message>
        <source>The minimum method for %1 cannot be stronger than the one for %2 (%3). Choose %3 or weaker, or raise the one for %2 first.</source>
        <translation>%1 の最低限の消去方式は、%2 の最低限の消去方式（%3）より強くできません。%3 以下を選ぶか、先に %2 の方式を上げてください。</translation>
    </message>
    <message>
        <source>Data in a system or service is deleted, not destroyed: a data deletion is Clear or Purge. Choose one of them, or record a media sanitisation to destroy a medium.</source>
        <translation>システム・サービス内のデータは削除するもので、破壊はできません。データ消去の消去方式はクリアまたはパージです。どちらかを選ぶか、媒体を破壊する場合は媒体の消去・破壊として記録してください。</translation>
    </message>
    <message>
        <source>%1: a data deletion removes data from a system or service and has no media type. Leave it empty, or record a media sanitisation for the medium.</source>
        <translation>%1: データ消去はシステム・サービスからデータを削除するもので、媒体種別はありません。空欄にするか、媒体については媒体の消去・破壊として記録してください。</translation>
    </message>
    <message>
        <source>%1: choose the media type (%2); the techniques allowed follow from it.</source>
        <translation>%1: 媒体種別（%2）を選んでください。使用できる消去技術は媒体種別で決まります。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a media type. Choose one of: %3.</source>
        <translation>%1: 「%2」は媒体種別ではありません。次のいずれかを選んでください: %3。</translation>
    </message>
    <message>
        <source>%1: the media type is &apos;Other&apos;. Describe the medium in its media description.</source>
        <translation>%1: 媒体種別が「その他」です。媒体の説明に媒体の内容を記入してください。</translation>
    </message>
    <message>
        <source>%1 is done to a medium, not to data in a live system. A data deletion uses: %2. Record a media sanitisation for the medium.</source>
        <translation>%1 は媒体に対して行うもので、稼働中のシステム内のデータには使えません。データ消去で使える消去技術: %2。媒体については媒体の消去・破壊として記録してください。</translation>
    </message>
    <message>
        <source>data in a system or service</source>
        <translation>システム・サービス内のデータ</translation>
    </message>
    <message>
        <source>%1 does not sanitise %2 (NIST SP 800-88, Appendix A). Techniques for %2: %3.</source>
        <translation>%1 では %2 を消去できません（NIST SP 800-88 付録 A）。%2 に使える消去技術: %3。</translation>
    </message>
    <message>
        <source>%1 on %2 counts as %3, not %4 (NIST SP 800-88, Appendix A). Choose %3 as the method, or a technique that achieves %4 on %2: %5.</source>
        <translation>%2 に対する %1 は %3 であり、%4 にはなりません（NIST SP 800-88 付録 A）。消去方式に %3 を選ぶか、%2 で %4 となる消去技術を選んでください: %5。</translation>
    </message>
    <message>
        <source>A data deletion hands no medium over, so it has no destination. Leave the destination empty, or record a media sanitisation for the medium.</source>
        <translation>データ消去では媒体を引き渡さないため、消去後の処分先はありません。処分先を空欄にするか、媒体については媒体の消去・破壊として記録してください。</translation>
    </message>
    <message>
        <source>A data deletion needs its evidence: attach the deletion log or the provider&apos;s certificate of deletion, or enter the number of the provider&apos;s certificate.</source>
        <translation>データ消去には証跡が必要です。削除ログまたは事業者の削除証明書を添付するか、事業者の証明書番号を入力してください。</translation>
    </message>
    <message>
        <source>The service provider deleted the data: enter the provider as the contractor.</source>
        <translation>事業者がデータを削除しています。委託先に事業者を入力してください。</translation>
    </message>
    <message>
        <source>Choose the verification result of %1: passed or failed.</source>
        <translation>%1 の検証結果（合格または不合格）を選んでください。</translation>
    </message>
    <message>
        <source>%1 both performed and validated the sanitisation. A second person should validate it, so that the record does not rest on one person&apos;s word.</source>
        <translation>%1 が消去の実施者と確認者を兼ねています。記録が 1 人の申告だけに頼らないよう、別の人が確認してください。</translation>
    </message>
    <message>
        <source>No evidence file is attached. Attach the certificate, a photo or the tool&apos;s report, so that the disposal can be proven later; files can also be added to the record afterwards.</source>
        <translation>証跡ファイルが添付されていません。後で廃棄を証明できるよう、証明書、写真またはツールの報告書を添付してください。ファイルは記録後に廃棄記録へ追加することもできます。</translation>
    </message>
</context>
<context>
    <name>DisposalStore</name>
    <message>
        <source>Could not number the disposal record in the registry %1: %2</source>
        <translation>台帳 %1 で廃棄記録の番号を採番できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not save the disposal record in the registry %1: %2</source>
        <translation>台帳 %1 に廃棄記録を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not save an item of the disposal record in the registry %1: %2</source>
        <translation>台帳 %1 に廃棄記録の明細を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not store the evidence file in the registry %1: %2</source>
        <translation>台帳 %1 に証跡ファイルを格納できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not save the amendment in the registry %1: %2</source>
        <translation>台帳 %1 に訂正記録を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not mark the asset as disposed in the registry %1: %2</source>
        <translation>台帳 %1 で資産を廃棄済にできませんでした: %2</translation>
    </message>
    <message>
        <source>Could not read disposal records from the registry %1: %2</source>
        <translation>台帳 %1 から廃棄記録を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Could not read an evidence file from the registry %1: %2</source>
        <translation>台帳 %1 から証跡ファイルを読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Evidence file %1 does not exist in this registry.</source>
        <translation>証跡ファイル %1 はこの台帳にありません。</translation>
    </message>
    <message>
        <source>Could not read the evidence files of the registry %1: %2</source>
        <translation>台帳 %1 の証跡ファイルの一覧を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Could not read the assets due for disposal from the registry %1: %2</source>
        <translation>台帳 %1 から廃棄対象の資産を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Could not count the assets due for disposal in the registry %1: %2</source>
        <translation>台帳 %1 の廃棄対象の資産数を数えられませんでした: %2</translation>
    </message>
</context>
<context>
    <name>DueAssetsModel</name>
    <message>
        <source>Retention passed</source>
        <translation>保存期限切れ</translation>
    </message>
    <message>
        <source>Retention ends soon</source>
        <translation>保存期限間近</translation>
    </message>
    <message>
        <source>Disposal pending</source>
        <translation>廃棄予定</translation>
    </message>
    <message>
        <source>Why due</source>
        <translation>廃棄対象の理由</translation>
    </message>
</context>
<context>
    <name>DueDisposalDialog</name>
    <message>
        <source>%1 assets due; the first %2 are shown.</source>
        <translation>廃棄対象の資産は %1 件です。先頭の %2 件を表示しています。</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) due.</source>
        <translation>
            <numerusform>廃棄対象の資産は %n 件です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets Due for Disposal</source>
        <translation>廃棄対象の資産</translation>
    </message>
    <message>
        <source>Retention passed, or ending within:</source>
        <translation>保存期限切れ、または期限まで:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日以内</translation>
    </message>
    <message>
        <source>Record Disposal of Selected…</source>
        <translation>選択した資産の廃棄を記録…</translation>
    </message>
    <message>
        <source>Show in Asset List</source>
        <translation>資産一覧で表示</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>元に戻す: %1(&amp;U)</translation>
    </message>
    <message>
        <source>Take back the last change made in this window; the undo is recorded in the audit log</source>
        <translation>このウィンドウで最後に行った変更を取り消します。取り消しは監査ログに記録されます</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>やり直し: %1(&amp;R)</translation>
    </message>
    <message>
        <source>Du&amp;plicate Asset…</source>
        <translation>資産を複製(&amp;P)…</translation>
    </message>
    <message>
        <source>Register a new asset filled from the selected one (Ctrl+D)</source>
        <translation>選択した資産の内容で新しい資産を登録します（Ctrl+D）</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>一括編集(&amp;B)…</translation>
    </message>
    <message>
        <source>Change department, owner, status or medium class of the selected assets at once, or mark them reviewed (Ctrl+Shift+E)</source>
        <translation>選択した資産の管理部署、管理責任者、状態、媒体・保存先区分をまとめて変更するか、見直し済みにします（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>Cannot Undo or Redo</source>
        <translation>元に戻す・やり直しができません</translation>
    </message>
    <message>
        <source>%1

This step has been taken off the Undo list.</source>
        <translation>%1

この操作は元に戻す対象から外されました。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（複製）</translation>
    </message>
    <message>
        <source>Bulk Edit</source>
        <translation>一括編集</translation>
    </message>
    <message>
        <source>%1 assets are selected. Change at most %2 assets at a time; select fewer, for example one department, and change the rest afterwards.</source>
        <translation>%1 件の資産が選択されています。一度に変更できるのは %2 件までです。部署ごとなど選択を絞り、残りは後で変更してください。</translation>
    </message>
    <message>
        <source>Only disposed assets are selected; they can no longer be changed.</source>
        <translation>選択されているのは廃棄済の資産だけです。廃棄済の資産は変更できません。</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) changed.</source>
        <translation>
            <numerusform>%n 件の資産を変更しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disposed asset(s) left as they are.</source>
        <translation>
            <numerusform>廃棄済の資産 %n 件はそのままです。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceFolder</name>
    <message>
        <source>Cannot create a private temporary folder for the evidence file: %1</source>
        <translation>証跡ファイル用の非公開の一時フォルダを作成できません: %1</translation>
    </message>
    <message>
        <source>The temporary folder %1 can be read by other users; the evidence file was not written there.</source>
        <translation>一時フォルダ %1 は他の利用者も読み取れるため、証跡ファイルを書き出しませんでした。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダ %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 private.</source>
        <translation>フォルダ %1 を非公開にできません。</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>%1 を置き換えられません: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 private.</source>
        <translation>%1 を非公開にできません。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Assets</source>
        <translation>資産の書き出し</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX), in the ledger&apos;s layout</source>
        <translation>Excel ブック（XLSX）、台帳のレイアウト</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON, for other programs</source>
        <translation>JSON（他のプログラム向け）</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (opens correctly in Excel)</source>
        <translation>UTF-8（BOM 付き、Excel で正しく開けます）</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932), for older systems</source>
        <translation>Shift_JIS（CP932）、古いシステム向け</translation>
    </message>
    <message>
        <source>UTF-8 without BOM</source>
        <translation>UTF-8（BOM なし）</translation>
    </message>
    <message>
        <source>Shift_JIS cannot hold every character; the export then names the assets and fields to change, and writes nothing.</source>
        <translation>Shift_JIS ではすべての文字を表せません。表せない文字がある場合は、変更が必要な資産と項目を示し、何も書き出しません。</translation>
    </message>
    <message>
        <source>Every field (an import reads them all back)</source>
        <translation>すべての項目（取り込みですべて読み戻せます）</translation>
    </message>
    <message>
        <source>The ledger&apos;s columns</source>
        <translation>台帳の列</translation>
    </message>
    <message>
        <source>Language of the application</source>
        <translation>アプリケーションの表示言語</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>列(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Headings in:</source>
        <translation>見出しの言語(&amp;H):</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>対象の資産</translation>
    </message>
    <message>
        <source>Those in the list: %1</source>
        <translation>一覧に表示中の資産: %1</translation>
    </message>
    <message>
        <source>All assets, disposed ones included</source>
        <translation>すべての資産（廃棄済を含む）</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Enc&amp;oding:</source>
        <translation>文字コード(&amp;O):</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All departments</source>
        <translation>すべての部署</translation>
    </message>
    <message>
        <source>All asset types</source>
        <translation>すべての資産種別</translation>
    </message>
    <message>
        <source>Importance %1</source>
        <translation>重要度 %1</translation>
    </message>
    <message>
        <source>All current statuses</source>
        <translation>すべての状態（廃棄済を除く）</translation>
    </message>
    <message>
        <source>Any personal information</source>
        <translation>個人情報あり</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <source>Name, number, department, owner… (Ctrl+F)</source>
        <translation>名称、管理番号、部署、管理責任者…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Shows the assets whose text contains every word typed here.</source>
        <translation>ここに入力したすべての語を含む資産を表示します。</translation>
    </message>
    <message>
        <source>Managing department</source>
        <translation>管理部署</translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation>資産種別</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Status. Disposed assets are shown only when chosen here or with View ▸ Show disposed assets.</source>
        <translation>状態。廃棄済の資産は、ここで選択するか［表示］▸［廃棄済の資産を表示］を選んだときにだけ表示されます。</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>Shows every asset again</source>
        <translation>すべての資産を再び表示します</translation>
    </message>
    <message>
        <source>Overd&amp;ue for review</source>
        <translation>見直し期限切れ(&amp;U)</translation>
    </message>
    <message>
        <source>Shows only the assets whose next review date has passed</source>
        <translation>次回見直し日を過ぎた資産だけを表示します</translation>
    </message>
    <message>
        <source>Retention not set</source>
        <translation>保存期限未設定</translation>
    </message>
    <message>
        <source>Only the assets whose retention is not set yet (imported from a ledger that never recorded it).</source>
        <translation>保存期限がまだ設定されていない資産（保存期限を記録していない台帳から取り込んだもの）だけを表示します。</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>絞り込みを解除(&amp;C)</translation>
    </message>
    <message>
        <source>Any importance</source>
        <translation>すべての重要度</translation>
    </message>
    <message>
        <source>Personal info: all</source>
        <translation>個人情報: すべて</translation>
    </message>
</context>
<context>
    <name>GapReportDialog</name>
    <message>
        <source>Gap Report of Controls</source>
        <translation>管理策のギャップレポート</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部署(&amp;D):</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>すべての部署</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>分野(&amp;A):</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>すべての分野</translation>
    </message>
    <message>
        <source>&amp;Gap:</source>
        <translation>ギャップ(&amp;G):</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>&amp;Catalogue:</source>
        <translation>管理策カタログ(&amp;C):</translation>
    </message>
    <message>
        <source>All catalogues</source>
        <translation>すべてのカタログ</translation>
    </message>
    <message>
        <source>Asset &amp;search:</source>
        <translation>資産の検索(&amp;S):</translation>
    </message>
    <message>
        <source>Asset number or name</source>
        <translation>管理番号または情報資産名称</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>ギャップ数</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV で書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Export Gap Report</source>
        <translation>ギャップレポートの書き出し</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Writing the gap report…</source>
        <translation>ギャップレポートを作成しています…</translation>
    </message>
    <message>
        <source>Gap Report Not Exported</source>
        <translation>ギャップレポートを書き出せませんでした</translation>
    </message>
    <message>
        <source>Save Gap Report as PDF</source>
        <translation>ギャップレポートを PDF で保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Gap Report Not Saved</source>
        <translation>ギャップレポートを保存できませんでした</translation>
    </message>
    <message>
        <source>Cannot Print</source>
        <translation>印刷できません</translation>
    </message>
    <message>
        <source>Print Preview – %1</source>
        <translation>印刷プレビュー – %1</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>PDF で保存(&amp;F)…</translation>
    </message>
    <message numerus="yes">
        <source>No gaps: every required control of the %Ln asset(s) checked is in place.</source>
        <translation>
            <numerusform>ギャップはありません。確認した %Ln 件の資産について、必須の管理策はすべて実施されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 of %3</source>
        <comment>gaps in assets with gaps of the assets checked</comment>
        <translation>%3中、%2 件に %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln gap(s)</source>
        <translation>
            <numerusform>%Ln 件のギャップ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>資産 %Ln 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GapReportDocument</name>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>No gaps.</source>
        <translation>ギャップはありません。</translation>
    </message>
    <message>
        <source>Gap Report of Controls</source>
        <translation>管理策のギャップレポート</translation>
    </message>
    <message>
        <source>One asset</source>
        <translation>1 件の資産</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>分野: %1</translation>
    </message>
    <message>
        <source>Gap: %1</source>
        <translation>ギャップ: %1</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>管理策カタログ: %1</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>検索: %1</translation>
    </message>
    <message>
        <source>All assets except disposed ones, every control the baseline requires</source>
        <translation>廃棄済を除くすべての資産、ベースラインで必須のすべての管理策</translation>
    </message>
    <message>
        <source>Gaps: %1 in %2 of %3 assets</source>
        <translation>ギャップ: %3 件中 %2 件の資産に %1 件</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Gaps per area</source>
        <translation>分野別のギャップ</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Gaps per department</source>
        <translation>部署別のギャップ</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>ギャップ数</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>管理策</translation>
    </message>
    <message>
        <source>Control title</source>
        <translation>管理策名</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>ギャップ</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>%1 (%2 gaps)</source>
        <translation>%1（ギャップ %2 件）</translation>
    </message>
    <message>
        <source>… and %1 more gaps. Narrow the report with a filter, or export it as CSV, to see them all.</source>
        <translation>…ほかに %1 件のギャップがあります。すべて確認するには、絞り込み条件で対象を絞るか、CSV で書き出してください。</translation>
    </message>
</context>
<context>
    <name>GapTableModel</name>
    <message>
        <source>Control</source>
        <translation>管理策</translation>
    </message>
    <message>
        <source>Control title</source>
        <translation>管理策名</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>ギャップ</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>HandlingRestrictions</name>
    <message>
        <source>No copying</source>
        <translation>複製禁止</translation>
    </message>
    <message>
        <source>Not to be taken out</source>
        <translation>持出禁止</translation>
    </message>
    <message>
        <source>No distribution</source>
        <translation>配付禁止</translation>
    </message>
    <message>
        <source>No redistribution</source>
        <translation>再配付禁止</translation>
    </message>
    <message>
        <source>Encryption required</source>
        <translation>暗号化必須</translation>
    </message>
    <message>
        <source>Destroy after reading</source>
        <translation>読後廃棄</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator of handling restrictions</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>HeatMapWidget</name>
    <message>
        <source>Impor-
tance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Likelihood of damage</source>
        <translation>被害発生可能性</translation>
    </message>
    <message>
        <source>Importance %1 × likelihood of damage %2 = %3 (%4): %5 assessed open entries. Click to show them in the risk register.</source>
        <translation>重要度 %1 × 被害発生可能性 %2 = %3（%4）: 評価済・未終了の項目 %5 件。クリックするとリスク登録簿に表示します。</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>利用者ガイド(&amp;U)</translation>
    </message>
    <message>
        <source>The guide to the first hour with the registry, in the language of the application (F1; F1 in a window opens its section)</source>
        <translation>台帳を使い始めて最初の 1 時間で行う作業の説明を、アプリケーションの言語で開きます（F1。各画面で F1 を押すと、その画面の説明が開きます）</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <source>A new asset has no history yet. Its history starts when it is saved.</source>
        <translation>新しい資産にはまだ履歴がありません。保存すると履歴が始まります。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n 項目</numerusform>
        </translation>
    </message>
    <message>
        <source>Event %1, %2 UTC</source>
        <translation>イベント %1、%2 UTC</translation>
    </message>
    <message>
        <source>No events are recorded for %1.</source>
        <translation>%1 のイベントは記録されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) about %1, newest first.</source>
        <translation>
            <numerusform>%1 に関するイベント %n 件（新しい順）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>記録日時</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Assets</source>
        <translation>資産の取り込み</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>シート(&amp;S):</translation>
    </message>
    <message>
        <source>Heading in the file</source>
        <translation>ファイル内の見出し</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>取り込み先の項目</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>最初の値</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>ファイル内の行</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題点</translation>
    </message>
    <message>
        <source>Save &amp;List…</source>
        <translation>一覧を保存(&amp;L)…</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>試行（ドライラン）</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>確認(&amp;C)</translation>
    </message>
    <message>
        <source>Read every row and list every problem, without importing anything</source>
        <translation>すべての行を読み込んで問題点を一覧にします。取り込みは行いません</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込み(&amp;I)</translation>
    </message>
    <message>
        <source>Add every row to the registry; nothing is added if a row has a problem</source>
        <translation>すべての行を台帳に追加します。問題のある行が 1 つでもあれば、何も追加しません</translation>
    </message>
    <message>
        <source>Choose a CSV file or an Excel workbook. Japanese or English headings are recognised in any order, also below a title block.</source>
        <translation>CSV ファイルまたは Excel ブックを選択してください。日本語または英語の見出しを、順序を問わず認識します。表題部分の下にある見出しも認識します。</translation>
    </message>
    <message>
        <source>Ledgers (*.csv *.tsv *.txt *.xlsx);;CSV files (*.csv *.tsv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>台帳ファイル (*.csv *.tsv *.txt *.xlsx);;CSV ファイル (*.csv *.tsv *.txt);;Excel ブック (*.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>CSV file, %1</source>
        <translation>CSV ファイル（%1）</translation>
    </message>
    <message>
        <source>Excel workbook, sheet %1</source>
        <translation>Excel ブック、シート「%1」</translation>
    </message>
    <message>
        <source>%1. Header in row %2; %3 rows of assets below it.</source>
        <translation>%1。見出しは %2 行目、その下に資産が %3 行あります。</translation>
    </message>
    <message>
        <source>Check how each column is read, then run the dry run with Check.</source>
        <translation>各列の読み取り方を確認してから、［確認］で試行してください。</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（取り込まない）</translation>
    </message>
    <message>
        <source>Not imported: the registry gives each asset a new number.</source>
        <translation>取り込みません: 管理番号は台帳が資産ごとに新しく採番します。</translation>
    </message>
    <message>
        <source>Not imported: it follows from the classification.</source>
        <translation>取り込みません: 格付けから自動で決まります。</translation>
    </message>
    <message>
        <source>Not imported: choose a field to import it.</source>
        <translation>取り込みません: 取り込むには項目を選択してください。</translation>
    </message>
    <message>
        <source>The columns changed: run the dry run again with Check.</source>
        <translation>列の対応が変更されました。［確認］でもう一度試行してください。</translation>
    </message>
    <message>
        <source>%1 problems; the first %2 are listed (save the list to see them all). Nothing can be imported until the file is corrected.</source>
        <translation>問題が %1 件あります。最初の %2 件を表示しています（すべて確認するには一覧を保存してください）。ファイルを修正するまで取り込めません。</translation>
    </message>
    <message>
        <source>%1 problems. Nothing can be imported until the file is corrected.</source>
        <translation>問題が %1 件あります。ファイルを修正するまで取り込めません。</translation>
    </message>
    <message>
        <source>Save Problem List</source>
        <translation>問題点一覧の保存</translation>
    </message>
    <message>
        <source>-problems</source>
        <translation>-問題点</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Cannot Save List</source>
        <translation>一覧を保存できません</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Importing assets…</source>
        <translation>資産を取り込んでいます…</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>取り込まれませんでした</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>取り込み完了</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>ファイルを選択(&amp;F)…</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) have no retention and will be flagged as retention not set until someone sets it.</source>
        <translation>
            <numerusform>%n 件の資産に保存期限がありません。設定されるまで「保存期限未設定」として表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>すべての行を確認しています…</translation>
    </message>
    <message numerus="yes">
        <source>No problems: %Ln asset(s) will be added. Import adds them all in one step.</source>
        <translation>
            <numerusform>問題はありません。資産 %Ln 件が追加されます。取り込みでは、すべてを一度に追加します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) were added to the registry.</source>
        <translation>
            <numerusform>資産 %Ln 件を台帳に追加しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputGuard</name>
    <message>
        <source>Unsaved Input</source>
        <translation>未保存の入力</translation>
    </message>
    <message>
        <source>The input in this window has not been saved. Close the window and discard it?</source>
        <translation>入力した内容は保存されていません。画面を閉じて入力を破棄しますか？</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The latest good backup is %1 of %2 (%3 assets, checkpoint %4).</source>
        <translation>最新の正常なバックアップは %2 の %1 です（資産 %3 件、チェックポイント %4）。</translation>
    </message>
    <message>
        <source>No backup of it was found in %1; restore one you keep elsewhere.</source>
        <translation>%1 にバックアップが見つかりませんでした。別の場所に保管しているバックアップから復元してください。</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Cancelling… Nothing of this job is kept.</source>
        <translation>キャンセルしています… この処理の結果は何も残りません。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>LedgerActions</name>
    <message>
        <source>&amp;Print Ledger…</source>
        <translation>台帳を印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the asset ledger of the assets in the list</source>
        <translation>一覧に表示中の資産の情報資産管理台帳を印刷します</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>See the printed asset ledger page by page before printing</source>
        <translation>印刷する情報資産管理台帳を、印刷前にページごとに確認します</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>印刷プレビュー</translation>
    </message>
    <message>
        <source>Save Ledger as P&amp;DF…</source>
        <translation>台帳を PDF で保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the asset ledger as a PDF file</source>
        <translation>情報資産管理台帳を PDF ファイルとして保存します</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>Add assets from a CSV file or an Excel workbook</source>
        <translation>CSV ファイルまたは Excel ブックから資産を追加します</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Write assets to a CSV file, an Excel workbook or JSON</source>
        <translation>資産を CSV ファイル、Excel ブックまたは JSON に書き出します</translation>
    </message>
    <message>
        <source>Registry &amp;Settings…</source>
        <translation>台帳の設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Organisation name and handling labels of this registry</source>
        <translation>この台帳の組織名と取扱区分</translation>
    </message>
    <message>
        <source>Reading assets…</source>
        <translation>資産を読み込んでいます…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Writing the ledger…</source>
        <translation>台帳を作成しています…</translation>
    </message>
    <message>
        <source>Save Ledger as PDF</source>
        <translation>台帳を PDF で保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Ledger Not Saved</source>
        <translation>台帳を保存できませんでした</translation>
    </message>
    <message>
        <source>Saved the ledger to %1</source>
        <translation>台帳を %1 に保存しました</translation>
    </message>
    <message>
        <source>Cannot Print</source>
        <translation>印刷できません</translation>
    </message>
    <message>
        <source>Print Preview – %1</source>
        <translation>印刷プレビュー – %1</translation>
    </message>
    <message>
        <source>Print Asset Ledger</source>
        <translation>情報資産管理台帳の印刷</translation>
    </message>
    <message>
        <source>Printing the ledger…</source>
        <translation>台帳を印刷しています…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Export Assets</source>
        <translation>資産の書き出し</translation>
    </message>
    <message>
        <source>Exporting assets…</source>
        <translation>資産を書き出しています…</translation>
    </message>
    <message>
        <source>Nothing Exported</source>
        <translation>書き出されませんでした</translation>
    </message>
    <message>
        <source>Asset Ledger</source>
        <translation>情報資産管理台帳</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln asset(s)</source>
        <translation>
            <numerusform>資産 %Ln 件を取り込みました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln asset(s) to %1</source>
        <translation>
            <numerusform>資産 %Ln 件を %1 に書き出しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerDocument</name>
    <message>
        <source>&apos;%1&apos; is not a column of the ledger. Use one of: %2.</source>
        <translation>「%1」は台帳の列ではありません。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>Name at least one column to print.</source>
        <translation>印刷する列を 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>text &quot;%1&quot;</source>
        <translation>「%1」を含む</translation>
    </message>
    <message>
        <source>with personal information</source>
        <translation>個人情報あり</translation>
    </message>
    <message>
        <source>disposed assets left out</source>
        <translation>廃棄済の資産を除く</translation>
    </message>
    <message>
        <source>all assets</source>
        <translation>すべての資産</translation>
    </message>
    <message>
        <source>all assets, %1</source>
        <translation>すべての資産、%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Selection: %1</source>
        <translation>抽出条件: %1</translation>
    </message>
    <message>
        <source>Sorted by: %1 (%2)</source>
        <translation>並び順: %1（%2）</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>昇順</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>降順</translation>
    </message>
    <message>
        <source>Grouped by: %1</source>
        <translation>グループ: %1</translation>
    </message>
    <message>
        <source>Classification: %1</source>
        <translation>格付け基準: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>No assets match the selection.</source>
        <translation>条件に一致する資産はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n asset(s))</source>
        <translation>
            <numerusform>%1: %2（資産 %n 件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assets: %Ln</source>
        <translation>
            <numerusform>資産数: %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>C</source>
        <comment>ledger column heading: confidentiality (機密性)</comment>
        <translation>機密性</translation>
    </message>
    <message>
        <source>I</source>
        <comment>ledger column heading: integrity (完全性)</comment>
        <translation>完全性</translation>
    </message>
    <message>
        <source>A</source>
        <comment>ledger column heading: availability (可用性)</comment>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>overdue for review</source>
        <translation>見直し期限切れ</translation>
    </message>
    <message>
        <source>%1 (reportable if leaked)</source>
        <comment>ledger cell: personal information flagged 漏えい時に報告対象</comment>
        <translation>%1（漏えい時に報告対象）</translation>
    </message>
    <message>
        <source>%1 (override)</source>
        <comment>ledger cell: confidentiality kept below what the personal information calls for, with a recorded reason</comment>
        <translation>%1（例外）</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <comment>ledger cell: the name of a disposed asset</comment>
        <translation>【%1】%2</translation>
    </message>
    <message numerus="yes">
        <source>Of which disposed: %Ln</source>
        <translation>
            <numerusform>うち廃棄済: %Ln 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerPrintDialog</name>
    <message>
        <source>Print Asset Ledger</source>
        <translation>情報資産管理台帳の印刷</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>縦</translation>
    </message>
    <message>
        <source>Language of the application</source>
        <translation>アプリケーションの表示言語</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>グループ化しない</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>印刷の向き(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>グループ化(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Banner:</source>
        <translation>取扱表示(&amp;B):</translation>
    </message>
    <message>
        <source>Selection:</source>
        <translation>抽出条件:</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Ledger Columns</source>
        <translation>台帳の列(&amp;L)</translation>
    </message>
    <message>
        <source>The columns of the IPA ledger, in their order</source>
        <translation>IPA の台帳の列（この順序で印刷されます）</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Approval boxes (approved, checked, prepared) on the first page</source>
        <translation>1 ページ目に押印欄（承認・確認・作成）を印刷</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>用紙(&amp;E):</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>言語(&amp;N):</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>PDF で保存(&amp;F)…</translation>
    </message>
    <message>
        <source>Assets: %1
Sorted by: %2</source>
        <translation>対象資産: %1
並び順: %2</translation>
    </message>
</context>
<context>
    <name>LevelSelector</name>
    <message>
        <source>Rationale (required):</source>
        <translation>評価根拠（必須）:</translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation>評価根拠:</translation>
    </message>
    <message>
        <source>Required at the highest level: why the impact would be this grave</source>
        <translation>最高レベルでは必須: 影響がこれほど重大となる理由</translation>
    </message>
    <message>
        <source>Why this level was chosen</source>
        <translation>このレベルとした理由</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot Open Registry</source>
        <translation>台帳を開けません</translation>
    </message>
    <message>
        <source>Open Registry</source>
        <translation>台帳を開く</translation>
    </message>
    <message>
        <source>Asset registries (*.sqlite *.db);;All files (*)</source>
        <translation>情報資産管理台帳 (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Asset Not Found</source>
        <translation>資産が見つかりません</translation>
    </message>
    <message>
        <source>Asset %1 no longer exists in this registry.</source>
        <translation>資産 %1 はこの台帳にもう存在しません。</translation>
    </message>
    <message>
        <source>Asset %1 saved.</source>
        <translation>資産 %1 を保存しました。</translation>
    </message>
    <message>
        <source>Asset %1 saved. The current filter does not show it.</source>
        <translation>資産 %1 を保存しました。現在の絞り込み条件では表示されません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) shown of %1</source>
        <translation>
            <numerusform>資産 %1 件中 %Ln 件を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>Information Asset Registry</source>
        <translation>情報資産管理台帳</translation>
    </message>
    <message>
        <source>%1 · scheme: %2</source>
        <translation>%1 · 格付け基準: %2</translation>
    </message>
    <message>
        <source>%1
Organisation: %2</source>
        <translation>%1
組織: %2</translation>
    </message>
    <message>
        <source>%1 – Information Asset Registry</source>
        <translation>%1 – 情報資産管理台帳</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent registries</source>
        <translation>最近使った台帳はありません</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>一覧を消去(&amp;C)</translation>
    </message>
    <message>
        <source>Cannot Read Assets</source>
        <translation>資産を読み込めません</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使った台帳(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Asset</source>
        <translation>資産(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>&amp;New Registry…</source>
        <translation>新しい台帳(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new registry file</source>
        <translation>新しい台帳ファイルを作成します</translation>
    </message>
    <message>
        <source>&amp;Open Registry…</source>
        <translation>台帳を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another registry file</source>
        <translation>別の台帳ファイルを開きます</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;New Asset…</source>
        <translation>新しい資産(&amp;N)…</translation>
    </message>
    <message>
        <source>Register a new asset (Ctrl+N)</source>
        <translation>新しい資産を登録します（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Edit Asset…</source>
        <translation>資産を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected asset (Enter or double-click)</source>
        <translation>選択した資産を編集します（Enter キーまたはダブルクリック）</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>Read the registry again (F5)</source>
        <translation>台帳を読み込み直します（F5）</translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>列を元に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;Disposed Assets</source>
        <translation>廃棄済の資産を表示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Information Asset Registry</source>
        <translation>情報資産管理台帳について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>No registry is open</source>
        <translation>台帳が開かれていません</translation>
    </message>
    <message>
        <source>Open a registry…</source>
        <translation>台帳を開く…</translation>
    </message>
    <message>
        <source>Create a new registry…</source>
        <translation>新しい台帳を作成…</translation>
    </message>
    <message>
        <source>Use the default registry</source>
        <translation>既定の台帳を使用</translation>
    </message>
    <message>
        <source>No assets are registered yet.
Choose New Asset (Ctrl+N) to register the first one.</source>
        <translation>資産はまだ登録されていません。
［新しい資産］（Ctrl+N）を選んで、最初の資産を登録してください。</translation>
    </message>
    <message>
        <source>No asset matches the search and the filters.
Clear Filters shows every asset again.</source>
        <translation>検索条件と絞り込み条件に一致する資産はありません。
［絞り込みを解除］を選ぶと、すべての資産が表示されます。</translation>
    </message>
    <message>
        <source>New Asset</source>
        <translation>新しい資産</translation>
    </message>
    <message>
        <source>Edit Asset</source>
        <translation>資産を編集</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Cl&amp;ear Filters</source>
        <translation>絞り込みを解除(&amp;E)</translation>
    </message>
    <message>
        <source>Open a registry that several administrators share on a PostgreSQL server</source>
        <translation>複数の管理者が PostgreSQL サーバ上で共有する台帳を開く</translation>
    </message>
    <message>
        <source>Open a registry file, create a new one, connect to a shared registry on a server, or use the default registry in your data folder.</source>
        <translation>台帳ファイルを開くか、新しい台帳を作成するか、サーバ上の共有台帳に接続するか、データフォルダにある既定の台帳を使用してください。</translation>
    </message>
    <message>
        <source>Connect to a shared registry…</source>
        <translation>共有台帳に接続…</translation>
    </message>
    <message>
        <source>&amp;Connect to Shared Registry…</source>
        <translation>共有台帳に接続(&amp;C)…</translation>
    </message>
    <message>
        <source>%1 or more assets shown of %2 (counting…)</source>
        <translation>資産 %2 件中 %1 件以上を表示（件数を数えています…）</translation>
    </message>
</context>
<context>
    <name>MinimumMethodsDialog</name>
    <message>
        <source>Minimum Sanitisation Methods</source>
        <translation>最低限の消去方式</translation>
    </message>
    <message>
        <source>Confidentiality %1 (%2):</source>
        <translation>機密性 %1（%2）:</translation>
    </message>
    <message>
        <source>The weakest method allowed when disposing of an asset: the stronger of the minimum for its confidentiality and the minimum for its personal information, for each kind of disposal. Media that leave the organisation (reuse outside, recycling, return to the manufacturer) always need at least Purge; data deleted in a system or service cannot be destroyed, so Purge is its strongest method. A weaker method needs an override reason and is flagged.</source>
        <translation>資産を廃棄するときに認められる最も弱い消去方式です。廃棄の区分ごとに、機密性による最低限の消去方式と個人情報による最低限の消去方式のうち強い方が適用されます。組織外に出る媒体（組織外での再利用、リサイクル、製造元への返却）には常にパージ以上が必要です。システム・サービス内のデータは破壊できないため、パージが最も強い消去方式です。これより弱い方式には例外の理由が必要で、例外として表示されます。</translation>
    </message>
    <message>
        <source>Personal information (at least):</source>
        <translation>個人情報（この方式以上）:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>NetworkFileSystem</name>
    <message>
        <source>The registry %1 is on a network file system (%2). SQLite cannot lock a file safely there: two programs writing at once can damage it. Copy the registry to a local disk, or use a shared PostgreSQL registry for work by several people.</source>
        <translation>台帳 %1 はネットワークファイルシステム（%2）上にあります。そこでは SQLite がファイルを安全にロックできず、2 つのプログラムが同時に書き込むと台帳が破損するおそれがあります。台帳をローカルディスクにコピーするか、複数人で作業する場合は共有の PostgreSQL 台帳を使用してください。</translation>
    </message>
</context>
<context>
    <name>NewRegistryDialog</name>
    <message>
        <source>Confidentiality in three levels (1–3), integrity and availability in two (1–2), as in the government&apos;s unified standards and the guidelines for local governments.</source>
        <translation>機密性は 3 段階（1～3）、完全性と可用性は 2 段階（1～2）で格付けします。政府統一基準および地方公共団体における情報セキュリティポリシーに関するガイドラインに準拠します。</translation>
    </message>
    <message>
        <source>Low, Moderate or High impact for each objective, and N/A for the confidentiality of public information (US FIPS 199).</source>
        <translation>セキュリティ目的ごとに影響度を低・中・高で評価し、公開情報の機密性には「該当なし」を用います（米国 FIPS 199）。</translation>
    </message>
    <message>
        <source>Three levels (1–3) for confidentiality, integrity and availability, as in IPA&apos;s information security guidelines for small and medium-sized enterprises. The usual choice.</source>
        <translation>機密性・完全性・可用性をそれぞれ 3 段階（1～3）で格付けします。IPA「中小企業の情報セキュリティ対策ガイドライン」に準拠します。通常はこれを選びます。</translation>
    </message>
    <message>
        <source>New registry</source>
        <translation>新しい台帳</translation>
    </message>
    <message>
        <source>registry.sqlite</source>
        <translation>registry.sqlite</translation>
    </message>
    <message>
        <source>Asset registries (*.sqlite *.db);;All files (*)</source>
        <translation>情報資産管理台帳 (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Asset numbers will look like %1.</source>
        <translation>管理番号は %1 のようになります。</translation>
    </message>
    <message>
        <source>New Registry</source>
        <translation>新しい台帳</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>Where the new registry file is saved</source>
        <translation>新しい台帳ファイルの保存先</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Classification &amp;scheme:</source>
        <translation>格付け基準(&amp;S):</translation>
    </message>
    <message>
        <source>The scheme is chosen once, when the registry is created.</source>
        <translation>格付け基準は台帳の作成時に一度だけ選択します。</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>組織名(&amp;O):</translation>
    </message>
    <message>
        <source>Printed in the header of the ledger</source>
        <translation>台帳の見出しに印刷されます</translation>
    </message>
    <message>
        <source>Asset number &amp;prefix:</source>
        <translation>管理番号の接頭辞(&amp;P):</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation</source>
        <translation>組織名</translation>
    </message>
    <message>
        <source>This registry is new. Which organisation&apos;s assets does it record? The name is printed in the header of the ledger, the certificates and the reports. You can skip this and set it later in File ▸ Registry Settings.</source>
        <translation>新しい台帳です。どの組織の情報資産を記録しますか。組織名は、台帳、証明書、各種レポートの見出しに印刷されます。ここでは省略し、あとで［ファイル］▸［台帳の設定］で設定することもできます。</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>組織名(&amp;O):</translation>
    </message>
    <message>
        <source>e.g. Example City, Digital Services Division</source>
        <translation>例: 〇〇市 デジタル推進課</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>省略(&amp;K)</translation>
    </message>
</context>
<context>
    <name>OscalCatalog</name>
    <message>
        <source>%1 is not a valid OSCAL catalogue: %2 (at %3). Nothing was imported.</source>
        <translation>%1 は有効な OSCAL カタログではありません: %2（%3）。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>&quot;params&quot; must be a list</source>
        <translation>&quot;params&quot; はリストである必要があります</translation>
    </message>
    <message>
        <source>a parameter has no id</source>
        <translation>id のないパラメーターがあります</translation>
    </message>
    <message>
        <source>a control has no id</source>
        <translation>id のない管理策があります</translation>
    </message>
    <message>
        <source>control %1 has no title</source>
        <translation>管理策 %1 に title がありません</translation>
    </message>
    <message>
        <source>the id of control %1 is longer than 40 characters</source>
        <translation>管理策 %1 の id が 40 文字を超えています</translation>
    </message>
    <message>
        <source>control %1 appears twice</source>
        <translation>管理策 %1 が 2 回出現しています</translation>
    </message>
    <message>
        <source>&quot;controls&quot; must be a list</source>
        <translation>&quot;controls&quot; はリストである必要があります</translation>
    </message>
    <message>
        <source>a control must be an object</source>
        <translation>管理策はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; はリストである必要があります</translation>
    </message>
    <message>
        <source>an entry must be an object</source>
        <translation>項目はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>a group has no title</source>
        <translation>title のないグループがあります</translation>
    </message>
    <message>
        <source>the catalogue has no uuid</source>
        <translation>カタログに uuid がありません</translation>
    </message>
    <message>
        <source>the catalogue has no metadata</source>
        <translation>カタログに metadata がありません</translation>
    </message>
    <message>
        <source>the catalogue has no title</source>
        <translation>カタログに title がありません</translation>
    </message>
    <message>
        <source>the catalogue contains no controls in force</source>
        <translation>カタログに有効な管理策がありません</translation>
    </message>
    <message>
        <source>%1 is not a JSON file: %2 at line %3, column %4. Nothing was imported.</source>
        <translation>%1 は JSON ファイルではありません: %2（%3 行目、%4 列目）。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1 is not an OSCAL catalogue: its top level is not a JSON object. Nothing was imported.</source>
        <translation>%1 は OSCAL カタログではありません: 最上位が JSON オブジェクトではありません。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1 is an OSCAL %2, not a catalogue. Import a catalogue, for a profile the resolved profile catalogue. Nothing was imported.</source>
        <translation>%1 は OSCAL の %2 で、カタログではありません。カタログを取り込んでください。プロファイルの場合は、解決済みプロファイルのカタログを取り込んでください。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1 is not an OSCAL catalogue: it has no &quot;catalog&quot; object. Nothing was imported.</source>
        <translation>%1 は OSCAL カタログではありません: &quot;catalog&quot; オブジェクトがありません。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>the parameter %1 refers to itself</source>
        <translation>パラメータ %1 が自分自身を参照しています</translation>
    </message>
    <message>
        <source>the parameter %1 makes a text longer than %L2 characters</source>
        <translation>パラメータ %1 を展開すると %L2 文字を超える文になります</translation>
    </message>
    <message>
        <source>a statement is longer than %L1 characters once its parameters are written out</source>
        <translation>パラメータを展開した文が %L1 文字を超えています</translation>
    </message>
    <message>
        <source>groups, controls or parts are nested more than %1 levels deep</source>
        <translation>グループ・管理策・パートの入れ子が %1 階層を超えています</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, more than any OSCAL catalogue this application reads. Nothing was imported.</source>
        <translation>%1 は %2 MB を超えており、読み込める OSCAL カタログの大きさを超えています。何も取り込んでいません。</translation>
    </message>
</context>
<context>
    <name>PagedTableRenderer</name>
    <message>
        <source>Could not start printing. Check the printer or the file name and try again.</source>
        <translation>印刷を開始できませんでした。プリンタまたはファイル名を確認して、もう一度実行してください。</translation>
    </message>
    <message>
        <source>Could not start page %1 of %2. Check the printer or the disk and try again.</source>
        <translation>%2 ページ中 %1 ページ目を開始できませんでした。プリンタまたはディスクを確認して、もう一度実行してください。</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>印刷はキャンセルされました。</translation>
    </message>
    <message>
        <source>Could not finish printing. Check the printer or the disk and try again.</source>
        <translation>印刷を完了できませんでした。プリンタまたはディスクを確認して、もう一度実行してください。</translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1: %2. Choose another folder or file name.</source>
        <translation>PDF ファイル %1 に書き込めません: %2。別のフォルダまたはファイル名を選んでください。</translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1: %2. Check the free disk space and try again.</source>
        <translation>PDF ファイル %1 に書き込めません: %2。ディスクの空き容量を確認して、もう一度実行してください。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password for the Shared Registry</source>
        <translation>共有台帳のパスワード</translation>
    </message>
    <message>
        <source>The server of the shared registry %1 asks for the password of the user %2.</source>
        <translation>共有台帳 %1 のサーバが、ユーザ %2 のパスワードを求めています。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>The password is used until the application is closed and is not saved. To connect without being asked, put it in ~/.pgpass (readable only by you).</source>
        <translation>パスワードはアプリケーションを終了するまで使用し、保存はしません。入力せずに接続するには、パスワードを ~/.pgpass（本人だけが読めるファイル）に記載してください。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
</context>
<context>
    <name>PersonalInfoRules</name>
    <message>
        <source>Personal information is &apos;%1&apos;, which must be at the highest confidentiality level of the %2 scheme. Raise confidentiality to %3 and enter its rationale (no override is accepted for My Number).</source>
        <translation>個人情報が「%1」のため、機密性は格付け基準「%2」の最上位のレベルでなければなりません。機密性を %3 に上げ、評価根拠を入力してください（特定個人情報には例外は認められません）。</translation>
    </message>
    <message>
        <source>Personal information is &apos;%1&apos;, which calls for the highest confidentiality level of the %2 scheme. Raise confidentiality to %3, or record why it stays lower in the override reason (personal information).</source>
        <translation>個人情報が「%1」のため、機密性は格付け基準「%2」の最上位のレベルが求められます。機密性を %3 に上げるか、低いままとする理由を「個人情報による格付けの例外理由」に記録してください。</translation>
    </message>
    <message>
        <source>Personal information is &apos;%1&apos;, which calls for confidentiality %2 or higher in the %3 scheme. Raise confidentiality to %2 or higher, or record why it stays lower in the override reason (personal information), e.g. a published list of office holders.</source>
        <translation>個人情報が「%1」のため、格付け基準「%3」では機密性 %2 以上が求められます。機密性を %2 以上に上げるか、低いままとする理由を「個人情報による格付けの例外理由」に記録してください（例: 公表済みの役職者名簿）。</translation>
    </message>
    <message>
        <source>An override reason (personal information) is recorded, but confidentiality already meets what the personal information calls for, or the kind allows no override. Clear the override reason.</source>
        <translation>個人情報による格付けの例外理由が記録されていますが、機密性はすでに個人情報の区分が求めるレベルを満たしているか、この区分には例外が認められません。例外理由を消してください。</translation>
    </message>
    <message>
        <source>Retention until is Permanent, but My Number data must be deleted as soon as its legal retention ends. Enter the date its retention ends.</source>
        <translation>保存期限が永年ですが、特定個人情報は法定の保存期間が終わりしだい削除しなければなりません。保存期間が終わる日付を入力してください。</translation>
    </message>
    <message>
        <source>Data subjects is not recorded. Enter how many people the personal information is about: it decides whether a leak must be reported.</source>
        <translation>本人の数が記録されていません。個人情報の本人の人数を入力してください。漏えい時に報告対象となるかどうかはこの数で決まります。</translation>
    </message>
</context>
<context>
    <name>PrintDates</name>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>date format of printed documents (QDate::toString)</comment>
        <translation>yyyy/MM/dd</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <comment>the print time in the header of a document</comment>
        <translation>印刷日時: %1</translation>
    </message>
</context>
<context>
    <name>ProductInfo</name>
    <message>
        <source>Information Asset Registry</source>
        <translation>情報資産管理台帳</translation>
    </message>
    <message>
        <source>Apache License, Version 2.0</source>
        <translation>Apache License 2.0</translation>
    </message>
    <message>
        <source>Windows, printing, SQL access and translations</source>
        <translation>画面、印刷、SQL によるデータアクセス、翻訳</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>パブリックドメイン</translation>
    </message>
    <message>
        <source>Registry files, through Qt&apos;s SQLite driver</source>
        <translation>台帳ファイル（Qt の SQLite ドライバ経由）</translation>
    </message>
    <message>
        <source>Writing Excel (XLSX) files</source>
        <translation>Excel（XLSX）ファイルの書き出し</translation>
    </message>
    <message>
        <source>Reading Excel (XLSX) files</source>
        <translation>Excel（XLSX）ファイルの読み込み</translation>
    </message>
    <message>
        <source>Japanese text on screen and in printed documents</source>
        <translation>画面と印刷物の日本語表示</translation>
    </message>
    <message>
        <source>Licence: %1 (%2).</source>
        <translation>ライセンス: %1（%2）</translation>
    </message>
    <message>
        <source>Shared registries on a PostgreSQL server</source>
        <translation>PostgreSQL サーバ上の共有台帳</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>キャンセルしました。何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>The registry %1 names an unknown classification scheme &apos;%2&apos;.</source>
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
        <source>&apos;%1&apos; is not an asset type. Choose one of: %2.</source>
        <translation>「%1」は資産種別ではありません。次のいずれかを選んでください: %2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of personal information. Choose one of: %2.</source>
        <translation>「%1」は個人情報の区分ではありません。次のいずれかを選んでください: %2。</translation>
    </message>
    <message>
        <source>%1: level %2 does not exist in the %3 scheme. Choose one of %4.</source>
        <translation>%1: レベル %2 は格付け基準「%3」にありません。%4 のいずれかを選んでください。</translation>
    </message>
    <message>
        <source>%1 is at its highest level (%2). Enter the rationale for this level.</source>
        <translation>%1が最高レベル（%2）です。このレベルとした評価根拠を入力してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status. Choose one of: %2.</source>
        <translation>「%1」は状態ではありません。次のいずれかを選んでください: %2。</translation>
    </message>
    <message>
        <source>The status &apos;Disposed&apos; is set only by recording a disposal. Choose another status, or record the disposal of the asset.</source>
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
        <translation>資産 %1 は廃棄済のため編集できません。訂正は廃棄記録への訂正記録（追記）として登録してください。</translation>
    </message>
    <message>
        <source>Asset %1 was changed by someone else after you opened it. Your changes were not saved. Reopen the asset to see the current version and make your changes again.</source>
        <translation>他の画面または利用者が資産 %1 を変更しました。入力した変更は保存されていません。資産を開き直して最新の内容を確認し、もう一度変更してください。</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>%1 件目: %2</translation>
    </message>
    <message>
        <source>There is no asset %1 in this registry.</source>
        <translation>この台帳に資産 %1 はありません。</translation>
    </message>
    <message>
        <source>The minimum disposal methods are not changed here: change them in the disposal settings, which check that more confidential data never gets a weaker method.</source>
        <translation>最低限の消去方式はここでは変更できません。廃棄の設定で変更してください（機密性の高い情報に弱い消去方式が設定されないよう確認されます）。</translation>
    </message>
    <message>
        <source>The text for &apos;%1&apos; is %2 characters long. Shorten it to 200 characters or fewer.</source>
        <translation>「%1」の文字列が %2 文字あります。200 文字以内にしてください。</translation>
    </message>
    <message>
        <source>The registry setting &apos;%1&apos; cannot be changed. Only the organisation, the handling labels and the backup settings are editable here.</source>
        <translation>台帳の設定「%1」はここでは変更できません。ここで変更できるのは組織名、取扱区分、バックアップの設定だけです。</translation>
    </message>
    <message>
        <source>This version upgrades the registry %1 from schema %2 to %3, and writes a backup of it first. The backup could not be written: %4 The registry was not changed; make room or make the backup folder writable (registry settings), and open it again.</source>
        <translation>このバージョンは台帳 %1 をスキーマ %2 から %3 に移行し、その前にバックアップを書き出します。バックアップを書き出せませんでした: %4 台帳は変更していません。空き容量を確保するか、バックアップ先のフォルダを書き込み可能にして（台帳の設定）、もう一度開いてください。</translation>
    </message>
    <message>
        <source>Last reviewed on %1 lies in the future. Enter the day the review took place (today or earlier).</source>
        <translation>最終見直し日 %1 が未来の日付です。見直しを行った日（今日以前）を入力してください。</translation>
    </message>
    <message>
        <source>Reviewed by is &apos;%1&apos; but the date of the review is missing. Enter the last review date or clear the reviewer.</source>
        <translation>見直し者が「%1」ですが、最終見直し日がありません。最終見直し日を入力するか、見直し者を消してください。</translation>
    </message>
    <message>
        <source>Reviewed by is %1 characters long. Shorten it to %2 characters or fewer.</source>
        <translation>見直し者が %1 文字あります。%2 文字以内にしてください。</translation>
    </message>
    <message>
        <source>No asset was chosen. Choose the assets to mark as reviewed.</source>
        <translation>資産が選ばれていません。見直し済みにする資産を選んでください。</translation>
    </message>
    <message>
        <source>The date of the review is missing. Enter the day the review took place.</source>
        <translation>見直しの日付がありません。見直しを行った日を入力してください。</translation>
    </message>
    <message>
        <source>The review date %1 lies in the future. Enter the day the review took place (today or earlier).</source>
        <translation>見直しの日付 %1 が未来の日付です。見直しを行った日（今日以前）を入力してください。</translation>
    </message>
    <message>
        <source>Reviewed by is required. Enter the person who reviewed the assets.</source>
        <translation>見直し者は必須です。資産を見直した人を入力してください。</translation>
    </message>
    <message>
        <source>Asset %1 no longer exists in this registry. Nothing was marked as reviewed.</source>
        <translation>資産 %1 はこの台帳にもう存在しません。どの資産も見直し済みにしていません。</translation>
    </message>
    <message>
        <source>Asset %1 has been disposed; a disposed asset is no longer reviewed. Leave it out.</source>
        <translation>資産 %1 は廃棄済です。廃棄済の資産は見直しの対象外です。選択から外してください。</translation>
    </message>
    <message>
        <source>Asset %1 was registered on %2, after the review date %3. Enter a later review date.</source>
        <translation>資産 %1 の登録日は %2 で、見直しの日付 %3 より後です。これより後の見直し日を入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was marked as reviewed: %n asset(s) cannot be. Correct the selection and mark the assets again.</source>
        <translation>
            <numerusform>どの資産も見直し済みにしていません: %n 件の資産は見直し済みにできません。選択を直してから、もう一度見直し済みにしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Asset %1 was changed by someone else while it was being marked as reviewed. Nothing was marked; try again.</source>
        <translation>見直し済みにする間に、資産 %1 が他の画面または利用者によって変更されました。どの資産も見直し済みにしていません。もう一度実行してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a medium class. Choose one of: %2, or leave it empty.</source>
        <translation>「%1」は媒体・保存先区分ではありません。次のいずれかを選ぶか、空欄にしてください: %2。</translation>
    </message>
    <message>
        <source>The number of data subjects cannot be negative (%1). Enter 0 or more, or leave it empty.</source>
        <translation>本人の数に負の値（%1）は指定できません。0 以上を入力するか、空欄にしてください。</translation>
    </message>
    <message>
        <source>The number of data subjects is %1 but personal information is &apos;None&apos;. Choose the kind of personal information or clear the number.</source>
        <translation>本人の数が %1 ですが、個人情報が「なし」になっています。個人情報の種類を選ぶか、本人の数を消去してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a handling restriction of this registry. Choose one of: %2; or add it to the registry&apos;s own handling restrictions in the registry settings.</source>
        <translation>「%1」はこの台帳の取扱制限ではありません。次のいずれかを選んでください: %2。または、台帳の設定で台帳独自の取扱制限に追加してください。</translation>
    </message>
    <message>
        <source>A handling restriction of the registry is empty. Enter its name or remove the line.</source>
        <translation>台帳独自の取扱制限に空欄があります。名称を入力するか、その行を削除してください。</translation>
    </message>
    <message>
        <source>The handling restriction &apos;%1&apos; is %2 characters long. Shorten it to 60 characters or fewer.</source>
        <translation>取扱制限「%1」は %2 文字あります。60 文字以内にしてください。</translation>
    </message>
    <message>
        <source>The handling restriction &apos;%1&apos; contains a separator (; 、 , or a line break). Enter one restriction per line.</source>
        <translation>取扱制限「%1」に区切り文字（; 、 , または改行）が含まれています。1 行に 1 つずつ入力してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in handling restriction already. Remove it from the registry&apos;s own list.</source>
        <translation>「%1」は組み込みの取扱制限です。台帳独自の一覧から削除してください。</translation>
    </message>
    <message>
        <source>The handling restriction &apos;%1&apos; is listed twice. Keep one of them.</source>
        <translation>取扱制限「%1」が 2 回指定されています。1 つだけにしてください。</translation>
    </message>
    <message>
        <source>The override reason is %1 characters long. Shorten it to 500 characters or fewer.</source>
        <translation>例外理由が %1 文字あります。500 文字以内にしてください。</translation>
    </message>
    <message>
        <source>The My Number threshold for reporting a leak is &apos;%1&apos;. Enter a whole number of data subjects, 0 or more (default 100).</source>
        <translation>特定個人情報の漏えい時に報告対象とする本人の数が「%1」になっています。0 以上の整数を入力してください（既定: 100）。</translation>
    </message>
    <message>
        <source>The assets to restore and their versions do not match.</source>
        <translation>元に戻す資産とその版が一致しません。</translation>
    </message>
    <message>
        <source>No asset was chosen. Choose the assets to change.</source>
        <translation>資産が選ばれていません。変更する資産を選んでください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The asset is listed twice. Change each asset once.</source>
        <translation>同じ資産が 2 回指定されています。各資産は 1 回だけ指定してください。</translation>
    </message>
    <message>
        <source>The asset no longer exists in this registry.</source>
        <translation>この資産はもう台帳にありません。</translation>
    </message>
    <message>
        <source>The asset has been disposed and can no longer be edited. Leave it out.</source>
        <translation>この資産は廃棄済のため編集できません。対象から外してください。</translation>
    </message>
    <message>
        <source>The asset was registered on %1, after the review date %2. Enter a later review date.</source>
        <translation>この資産の登録日 %1 は見直し日 %2 より後です。より後の見直し日を入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n problem(s) in the assets chosen. Correct them and save again.</source>
        <translation>
            <numerusform>何も保存されていません。選んだ資産に %n 件の問題があります。修正してから、もう一度保存してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Asset %1 was changed by someone else in the meantime. Nothing was saved. Reload the assets and make the change again.</source>
        <translation>資産 %1 はその間にほかの人によって変更されました。何も保存されていません。資産を再読み込みして、もう一度変更してください。</translation>
    </message>
    <message>
        <source>Asset %1 has been disposed; its record stays in the registry.</source>
        <translation>資産 %1 は廃棄済です。記録は台帳に残ります。</translation>
    </message>
    <message>
        <source>Asset %1 was changed after it was registered, so it is not removed. Change it back or set its status instead.</source>
        <translation>資産 %1 は登録後に変更されているため、削除しません。変更を戻すか、代わりに状態を変更してください。</translation>
    </message>
    <message>
        <source>Asset %1 already has controls, risks or a disposal, so it is not removed. Set its status instead.</source>
        <translation>資産 %1 にはすでに管理策、リスクまたは廃棄記録があるため、削除しません。代わりに状態を変更してください。</translation>
    </message>
</context>
<context>
    <name>RegistryCopy</name>
    <message>
        <source>Could not copy the table %1 into the registry %2: %3 Nothing was kept.</source>
        <translation>テーブル %1 を台帳 %2 に写せませんでした: %3 何も残していません。</translation>
    </message>
    <message>
        <source>the registry on the server has a history already.</source>
        <translation>サーバの台帳には既に履歴があります。</translation>
    </message>
    <message>
        <source>the two schemas share no column.</source>
        <translation>両方のスキーマに共通する列がありません。</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was kept.</source>
        <translation>移行を取り消しました。何も残していません。</translation>
    </message>
    <message>
        <source>the file holds %1 rows and the server %2.</source>
        <translation>ファイルには %1 行、サーバには %2 行あります。</translation>
    </message>
</context>
<context>
    <name>RegistryMove</name>
    <message>
        <source>migrate copies a registry file to a server: --from names the file.</source>
        <translation>migrate は台帳ファイルをサーバに移します。--from には台帳ファイルを指定してください。</translation>
    </message>
    <message>
        <source>migrate copies a registry file to a server: --to names it as postgresql://USER@HOST/DATABASE.</source>
        <translation>migrate は台帳ファイルをサーバに移します。--to にはサーバを postgresql://ユーザ@ホスト/データベース の形で指定してください。</translation>
    </message>
    <message>
        <source>The audit trail of %1 does not verify, so it is not copied: %2 Restore the file from a good backup first.</source>
        <translation>%1 の監査証跡を検証できないため、移行しません: %2 先に正常なバックアップからファイルを復元してください。</translation>
    </message>
    <message>
        <source>The registry was copied to %1, but the copy does not prove equal to the file: %2 Do not use the copy; empty the database and migrate again.</source>
        <translation>台帳を %1 に写しましたが、写した内容がファイルと一致することを確認できません: %2 この写しは使わず、データベースを空にしてから移行し直してください。</translation>
    </message>
    <message>
        <source>the evidence file %1 of %2 does not match its SHA-256.</source>
        <translation>%2 の証跡ファイル %1 が SHA-256 と一致しません。</translation>
    </message>
</context>
<context>
    <name>RegistrySettingsDialog</name>
    <message>
        <source>Registry Settings</source>
        <translation>台帳の設定</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>組織名(&amp;O):</translation>
    </message>
    <message>
        <source>Printed at the top of the asset ledger and on certificates of sanitisation.</source>
        <translation>情報資産管理台帳の上部とデータ消去証明書に印刷されます。</translation>
    </message>
    <message>
        <source>Handling labels</source>
        <translation>取扱区分</translation>
    </message>
    <message>
        <source>Confidentiality %1:</source>
        <translation>機密性 %1:</translation>
    </message>
    <message>
        <source>Leave a label empty to use the standard text shown in grey.</source>
        <translation>空欄にすると、灰色で表示されている標準の表記を使用します。</translation>
    </message>
    <message>
        <source>Cannot Save Settings</source>
        <translation>設定を保存できません</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>バックアップフォルダ</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダ(&amp;F):</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>&amp;Automatic backups kept:</source>
        <translation>自動バックアップの保存数(&amp;A):</translation>
    </message>
    <message>
        <source>When the registry is opened, a backup is written at most once a day; the oldest automatic backup beyond this number is removed. Leave the folder empty to keep them beside the registry.</source>
        <translation>台帳を開いたときに、1 日 1 回までバックアップを書き出します。この数を超えた分は古い自動バックアップから削除します。フォルダを空欄にすると、台帳と同じ場所の backups フォルダに保存します。</translation>
    </message>
    <message>
        <source>e.g. Example Corporation, Information Security Committee</source>
        <translation>例: 株式会社サンプル 情報セキュリティ委員会</translation>
    </message>
    <message>
        <source>Handling restrictions</source>
        <translation>取扱制限</translation>
    </message>
    <message>
        <source>Built in:</source>
        <translation>組み込み:</translation>
    </message>
    <message>
        <source>e.g. No printing</source>
        <translation>例: 印刷禁止</translation>
    </message>
    <message>
        <source>One restriction per line. Assets can have several restrictions; they are shown in the asset editor, the ledger and exports.</source>
        <translation>1 行に 1 つずつ入力します。資産には複数の取扱制限を設定でき、資産の編集画面、台帳、書き出したファイルに表示されます。</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>My Number: reportable if leaked above (data subjects):</source>
        <translation>特定個人情報: 報告対象とする本人の数（この数を超える場合）:</translation>
    </message>
    <message>
        <source>An asset is flagged as reportable if leaked when it holds sensitive personal information, more than 1,000 data subjects, or My Number data of more data subjects than this number (default 100). Check the number against the current rules of the Personal Information Protection Commission.</source>
        <translation>要配慮個人情報を含む資産、本人の数が 1,000 を超える資産、本人の数がこの数（既定: 100）を超える特定個人情報を含む資産は「漏えい時に報告対象」と表示されます。この数は個人情報保護委員会の現行の規則で確認してください。</translation>
    </message>
    <message>
        <source>This registry&apos;s o&amp;wn:</source>
        <translation>台帳独自(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>全般(&amp;G)</translation>
    </message>
    <message>
        <source>Risk &amp;Criteria</source>
        <translation>リスク基準(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ReminderBar</name>
    <message numerus="yes">
        <source>%n asset(s) overdue for review</source>
        <translation>
            <numerusform>見直し期限切れの資産 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) due for disposal</source>
        <translation>
            <numerusform>廃棄対象の資産 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) without a retention period</source>
        <translation>
            <numerusform>保存期限未設定の資産 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Due now: %1</source>
        <translation>期限の来ている項目: %1</translation>
    </message>
    <message>
        <source>Hide the reminders until a registry is opened again</source>
        <translation>次に台帳を開くまでこのお知らせを隠します</translation>
    </message>
    <message numerus="yes">
        <source>%n risk entry(ies) due</source>
        <translation>
            <numerusform>期限の来ているリスク %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due now (overdue for review or treatment, needing reassessment, or an acceptance ending within %n day(s))</source>
        <translation>
            <numerusform>期限の来ている項目（見直しまたは対応の期限切れ、要再評価、%n 日以内に受容期限が来るもの）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Choose the backup that replaces the registry %1. The backup is checked before anything is replaced, and the current file is kept beside it.</source>
        <translation>台帳 %1 を置き換えるバックアップを選んでください。置き換える前にバックアップを検査し、現在のファイルは同じフォルダに残します。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>資産数</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>チェックポイント</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>読み込めません</translation>
    </message>
    <message>
        <source>There are no backups in %1 yet. Choose a backup file with Other File….</source>
        <translation>%1 にはまだバックアップがありません。「別のファイル…」でバックアップファイルを選んでください。</translation>
    </message>
    <message>
        <source>Backups in %1.</source>
        <translation>%1 のバックアップ。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Other File…</source>
        <translation>別のファイル(&amp;O)…</translation>
    </message>
    <message>
        <source>Backup file: %1</source>
        <translation>バックアップファイル: %1</translation>
    </message>
    <message>
        <source>Registry backups (*.sqlite *.db);;All files (*)</source>
        <translation>台帳のバックアップ (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation>移行前</translation>
    </message>
    <message>
        <source>Written before this version upgraded the registry from schema %1; restoring it goes back to the registry as it was then.</source>
        <translation>このバージョンが台帳をスキーマ %1 から移行する前に書き出したバックアップです。復元すると、その時点の台帳に戻ります。</translation>
    </message>
</context>
<context>
    <name>RestrictionSelector</name>
    <message>
        <source>%1 (no longer listed in the registry settings)</source>
        <translation>%1（台帳の設定の一覧にはもうありません）</translation>
    </message>
</context>
<context>
    <name>RetentionRule</name>
    <message>
        <source>Retention until is not set. Enter the date until which the asset is kept, or Permanent with its basis (文書管理規程 or the name of a law).</source>
        <translation>保存期限が設定されていません。資産を保存する期限の日付を入力するか、永年とその根拠（文書管理規程または法令名）を入力してください。</translation>
    </message>
    <message>
        <source>Retention is Permanent but its basis is empty. Enter the basis (文書管理規程 or the name of a law), or a date instead of Permanent.</source>
        <translation>保存期限が永年ですが、根拠が入力されていません。根拠（文書管理規程または法令名）を入力するか、永年ではなく日付を入力してください。</translation>
    </message>
    <message>
        <source>The retention basis is %1 characters long. Shorten it to 200 characters or fewer.</source>
        <translation>保存期限の根拠が %1 文字あります。200 文字以内にしてください。</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Mark as Re&amp;viewed…</source>
        <translation>見直し済みにする(&amp;V)…</translation>
    </message>
    <message>
        <source>Mark as Reviewed</source>
        <translation>見直し済みにする</translation>
    </message>
    <message>
        <source>%1 assets are selected. Mark at most %2 assets at a time; select fewer, for example one department, and mark the rest afterwards.</source>
        <translation>%1 件の資産が選択されています。一度に見直し済みにできるのは %2 件までです。部署ごとなどに絞って選択し、残りは後で見直し済みにしてください。</translation>
    </message>
    <message>
        <source>The selected assets have been disposed of and are no longer reviewed: %1.</source>
        <translation>選択した資産は廃棄済のため、見直しの対象外です: %1。</translation>
    </message>
    <message>
        <source>Disposed of, left out: %1.</source>
        <translation>廃棄済のため除外しました: %1。</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n asset(s) as reviewed.</source>
        <translation>
            <numerusform>%n 件の資産を見直し済みにしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Record that the selected assets were reviewed, and set their next review (Ctrl+Shift+R)</source>
        <translation>選択した資産を見直したことを記録し、次回見直し日を設定します（Ctrl+Shift+R）</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Mark as Reviewed</source>
        <translation>見直し済みにする</translation>
    </message>
    <message numerus="yes">
        <source>Records that %n asset(s) were reviewed. The next review is set from each asset&apos;s importance: 6 months after the review for the highest importance, 12 months for the others.</source>
        <translation>
            <numerusform>%n 件の資産を見直したことを記録します。次回見直し日は資産ごとの重要度から設定されます。重要度が最も高い資産は見直しの 6 か月後、それ以外は 12 か月後です。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reviewed on:</source>
        <translation>見直し日(&amp;R):</translation>
    </message>
    <message>
        <source>Reviewed &amp;by:</source>
        <translation>見直し者(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Mark as Reviewed</source>
        <translation>見直し済みにする(&amp;M)</translation>
    </message>
</context>
<context>
    <name>RiskActions</name>
    <message>
        <source>Ris&amp;k</source>
        <translation>リスク(&amp;K)</translation>
    </message>
    <message>
        <source>Risk &amp;Register…</source>
        <translation>リスク登録簿(&amp;R)…</translation>
    </message>
    <message>
        <source>Every entry of the risk register, with filters</source>
        <translation>リスク登録簿のすべての項目（絞り込み付き）</translation>
    </message>
    <message>
        <source>Generate Risk &amp;Candidates</source>
        <translation>リスクの候補を生成(&amp;C)</translation>
    </message>
    <message>
        <source>Risk entries for the selected assets from the threat catalogue, one per threat that applies and has no entry yet</source>
        <translation>選択した資産について、当てはまりまだ項目のない脅威ごとに、脅威カタログからリスクの項目を作ります</translation>
    </message>
    <message>
        <source>&amp;Threat Catalogue…</source>
        <translation>脅威カタログ(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Assessment Runs…</source>
        <translation>リスクアセスメント実施記録(&amp;A)…</translation>
    </message>
    <message>
        <source>Generate Risk Candidates</source>
        <translation>リスクの候補の生成</translation>
    </message>
    <message>
        <source>Select the assets to generate risk candidates for.</source>
        <translation>リスクの候補を生成する資産を選択してください。</translation>
    </message>
    <message>
        <source>The selected assets have been disposed of; no risks are recorded for them any more.</source>
        <translation>選択した資産は廃棄済です。リスクはもう記録しません。</translation>
    </message>
    <message>
        <source>%1 risk entries identified for %2 assets</source>
        <translation>%2 件の資産について %1 件のリスクを特定しました</translation>
    </message>
    <message>
        <source>%1 — disposed assets left out: %2</source>
        <translation>%1 — 廃棄済の資産は除外: %2</translation>
    </message>
</context>
<context>
    <name>RiskAssessmentTab</name>
    <message>
        <source>T&amp;hreat:</source>
        <translation>脅威(&amp;H):</translation>
    </message>
    <message>
        <source>Risk scenar&amp;io:</source>
        <translation>リスクの内容(&amp;I):</translation>
    </message>
    <message>
        <source>Objectives affected:</source>
        <translation>影響を受ける特性:</translation>
    </message>
    <message>
        <source>Confidentiality (C)</source>
        <translation>機密性（C）</translation>
    </message>
    <message>
        <source>Integrity (I)</source>
        <translation>完全性（I）</translation>
    </message>
    <message>
        <source>Availability (A)</source>
        <translation>可用性（A）</translation>
    </message>
    <message>
        <source>Risk &amp;owner:</source>
        <translation>リスク所有者(&amp;O):</translation>
    </message>
    <message>
        <source>I&amp;mportance:</source>
        <translation>重要度(&amp;M):</translation>
    </message>
    <message>
        <source>Rationale of the importance (organisation-wide risks)</source>
        <translation>重要度の評価根拠（組織全体のリスク）</translation>
    </message>
    <message>
        <source>Threat &amp;likelihood:</source>
        <translation>脅威の起こりやすさ(&amp;L):</translation>
    </message>
    <message>
        <source>3: the threat occurs in normal circumstances (it may happen at any time)
2: the threat occurs in particular circumstances (a few times a year)
1: the threat does not occur in normal circumstances</source>
        <translation>3: 通常の状況で脅威が発生する（いつ発生してもおかしくない）
2: 特定の状況で脅威が発生する（年に数回程度）
1: 通常の状況で脅威が発生することはない</translation>
    </message>
    <message>
        <source>Rationale of the likelihood</source>
        <translation>脅威の起こりやすさの評価根拠</translation>
    </message>
    <message>
        <source>Vulnerability:</source>
        <translation>脆弱性:</translation>
    </message>
    <message>
        <source>Deri&amp;ved from the asset&apos;s controls:</source>
        <translation>資産の管理策から導出(&amp;V):</translation>
    </message>
    <message>
        <source>Entered &amp;by hand:</source>
        <translation>手入力(&amp;B):</translation>
    </message>
    <message>
        <source>3: no measures in place (almost unprotected)
2: some of the measures in place
1: every measure needed is in place</source>
        <translation>3: 対策を実施していない（ほぼ無防備）
2: 部分的に対策を実施している
1: 必要な対策をすべて実施している</translation>
    </message>
    <message>
        <source>Rationale: which measures are in place and which are missing</source>
        <translation>評価根拠: 実施している対策と不足している対策</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>結果:</translation>
    </message>
    <message>
        <source>Choose a threat</source>
        <translation>脅威を選んでください</translation>
    </message>
    <message>
        <source>%1 · policy %2 · objectives %3 · related controls: %4</source>
        <translation>%1 · 基本方針 %2 · 影響を受ける特性 %3 · 関連する管理策: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 (from the asset&apos;s classification)</source>
        <translation>%1（資産の格付けから）</translation>
    </message>
    <message>
        <source>an organisation-wide risk has no controls to derive from</source>
        <translation>組織全体のリスクには導出元の管理策がありません</translation>
    </message>
    <message>
        <source>the threat has no related controls: enter it by hand</source>
        <translation>脅威に関連する管理策がありません。手入力してください</translation>
    </message>
    <message>
        <source>Choose the threat, the likelihood and the vulnerability.</source>
        <translation>脅威、脅威の起こりやすさ、脆弱性を選んでください。</translation>
    </message>
    <message>
        <source>Risk value %1 = importance %2 × threat %3 × vulnerability %4 — risk level %5</source>
        <translation>リスク値 %1 = 重要度 %2 × 脅威 %3 × 脆弱性 %4 — リスクの大きさ %5</translation>
    </message>
    <message>
        <source>Likelihood of damage %1 — risk value %2 = importance %3 × %1 — risk level %4</source>
        <translation>被害発生可能性 %1 — リスク値 %2 = 重要度 %3 × %1 — リスクの大きさ %4</translation>
    </message>
</context>
<context>
    <name>RiskCodes</name>
    <message>
        <source>Low</source>
        <translation>小</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>特定済</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>評価済</translation>
    </message>
    <message>
        <source>Treatment planned</source>
        <translation>対応計画済</translation>
    </message>
    <message>
        <source>In treatment</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受容済</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Reduce</source>
        <translation>低減</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>Transfer (share)</source>
        <translation>移転（共有）</translation>
    </message>
    <message>
        <source>Accept (retain)</source>
        <translation>受容（保有）</translation>
    </message>
    <message>
        <source>Intentional</source>
        <translation>意図的脅威</translation>
    </message>
    <message>
        <source>Negligent or accidental</source>
        <translation>過失・偶発的脅威</translation>
    </message>
    <message>
        <source>Disaster</source>
        <translation>災害</translation>
    </message>
    <message>
        <source>Disease and staff shortage</source>
        <translation>疾病・要員不足</translation>
    </message>
    <message>
        <source>Infrastructure failure</source>
        <translation>インフラ障害</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>書類</translation>
    </message>
    <message>
        <source>Portable electronic media</source>
        <translation>可搬電子媒体</translation>
    </message>
    <message>
        <source>Office PC</source>
        <translation>事務所PC</translation>
    </message>
    <message>
        <source>Mobile device</source>
        <translation>モバイル機器</translation>
    </message>
    <message>
        <source>On-premises server</source>
        <translation>社内サーバ</translation>
    </message>
    <message>
        <source>External server or cloud</source>
        <translation>社外サーバ・クラウド</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>施設</translation>
    </message>
    <message>
        <source>Asset owner</source>
        <translation>資産の管理責任者</translation>
    </message>
    <message>
        <source>Information security manager</source>
        <translation>情報セキュリティ管理者</translation>
    </message>
    <message>
        <source>Chief information security officer</source>
        <translation>最高情報セキュリティ責任者</translation>
    </message>
    <message>
        <source>Top management</source>
        <translation>経営層</translation>
    </message>
    <message>
        <source>Importance × likelihood of damage (IPA)</source>
        <translation>重要度 × 被害発生可能性（IPA）</translation>
    </message>
    <message>
        <source>Importance × threat × vulnerability</source>
        <translation>重要度 × 脅威 × 脆弱性</translation>
    </message>
</context>
<context>
    <name>RiskCriteria</name>
    <message>
        <source>&apos;%1&apos; is not a method of risk assessment. Choose one of: %2.</source>
        <translation>「%1」はリスク評価の方法ではありません。%2 のいずれかを選んでください。</translation>
    </message>
    <message>
        <source>The thresholds of the risk levels must satisfy 1 &lt; medium (%1) &lt; high (%2) ≤ %3, the highest risk value of the method.</source>
        <translation>リスクの大きさのしきい値は 1 &lt; 中（%1）&lt; 大（%2）≤ %3（この方法のリスク値の最大）でなければなりません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a risk level. Choose one of: %2.</source>
        <translation>「%1」はリスクの大きさではありません。%2 のいずれかを選んでください。</translation>
    </message>
    <message>
        <source>An asset owner may not accept a higher level of risk than the security manager.</source>
        <translation>資産の管理責任者が、情報セキュリティ管理者より大きなリスクを受容することはできません。</translation>
    </message>
    <message>
        <source>A high risk is accepted by the chief information security officer or by top management (&apos;ciso&apos; or &apos;top_management&apos;).</source>
        <translation>大のリスクを受容するのは、最高情報セキュリティ責任者または経営層（&apos;ciso&apos; または &apos;top_management&apos;）です。</translation>
    </message>
    <message>
        <source>Review intervals and the validity of an acceptance are 1 to 60 months.</source>
        <translation>見直し間隔と受容の有効期間は 1～60 か月です。</translation>
    </message>
    <message>
        <source>%1; high from %2, medium from %3; accepted by the asset owner up to %4, the security manager up to %5, high by %6; review every %7 months (high: %8)</source>
        <translation>%1。大は %2 以上、中は %3 以上。受容は資産の管理責任者が %4 まで、情報セキュリティ管理者が %5 まで、大は %6。見直しは %7 か月ごと（大: %8 か月）</translation>
    </message>
</context>
<context>
    <name>RiskCriteriaWidget</name>
    <message>
        <source> months</source>
        <translation> か月</translation>
    </message>
    <message>
        <source>Method of risk &amp;assessment:</source>
        <translation>リスク評価の方法(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;High from:</source>
        <translation>大（以上）(&amp;H):</translation>
    </message>
    <message>
        <source>M&amp;edium from:</source>
        <translation>中（以上）(&amp;E):</translation>
    </message>
    <message>
        <source>Risk level thresholds:</source>
        <translation>リスクの大きさのしきい値:</translation>
    </message>
    <message>
        <source>An asset owner may accept &amp;up to:</source>
        <translation>資産の管理責任者が受容できる上限(&amp;U):</translation>
    </message>
    <message>
        <source>A security ma&amp;nager may accept up to:</source>
        <translation>情報セキュリティ管理者が受容できる上限(&amp;N):</translation>
    </message>
    <message>
        <source>Accepting a high risk needs the a&amp;pproval of:</source>
        <translation>大のリスクの受容を承認する者(&amp;P):</translation>
    </message>
    <message>
        <source>high ris&amp;ks:</source>
        <translation>大のリスク(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Review every:</source>
        <translation>見直し間隔(&amp;R):</translation>
    </message>
    <message>
        <source>high risk&amp;s:</source>
        <translation>大のリスク(&amp;S):</translation>
    </message>
    <message>
        <source>An acceptance is &amp;valid for at most:</source>
        <translation>受容の有効期間の上限(&amp;V):</translation>
    </message>
    <message>
        <source>Changing the criteria recomputes the level of every open risk entry. The criteria in force are copied into each approved assessment run.</source>
        <translation>リスク基準を変更すると、未終了のすべてのリスクの大きさを計算し直します。承認したリスクアセスメント実施記録には、その時点のリスク基準が写されます。</translation>
    </message>
    <message>
        <source>Risk values run from 1 to %1; a value at or above the high threshold is high, at or above the medium one medium, below it low.</source>
        <translation>リスク値は 1 ～ %1 です。大のしきい値以上は大、中のしきい値以上は中、それ未満は小です。</translation>
    </message>
</context>
<context>
    <name>RiskDocument</name>
    <message>
        <source>not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>high risk accepted</source>
        <translation>大のリスクを受容</translation>
    </message>
    <message>
        <source>needs reassessment</source>
        <translation>要再評価</translation>
    </message>
    <message>
        <source>Organisation-wide</source>
        <translation>組織全体</translation>
    </message>
    <message>
        <source>Risk No.</source>
        <translation>リスク番号</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Risk scenario</source>
        <translation>リスクの内容</translation>
    </message>
    <message>
        <source>Threat likelihood</source>
        <translation>脅威の起こりやすさ</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>脆弱性</translation>
    </message>
    <message>
        <source>Likelihood of damage</source>
        <translation>被害発生可能性</translation>
    </message>
    <message>
        <source>Risk value</source>
        <translation>リスク値</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>リスクの大きさ</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>リスク対応</translation>
    </message>
    <message>
        <source>Risk owner</source>
        <translation>リスク所有者</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>次回見直し日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>リスク対応計画</translation>
    </message>
    <message>
        <source>Planned controls</source>
        <translation>追加・強化する管理策</translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation>移転先</translation>
    </message>
    <message>
        <source>Treatment due</source>
        <translation>対応期限</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>残留リスク</translation>
    </message>
    <message>
        <source>Reason for acceptance</source>
        <translation>受容理由</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>受容承認者</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>承認権限</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>承認日</translation>
    </message>
    <message>
        <source>Accepted until</source>
        <translation>受容期限</translation>
    </message>
    <message>
        <source>Risk Analysis Results</source>
        <translation>リスク分析結果一覧</translation>
    </message>
    <message>
        <source>Risk Treatment Plan</source>
        <translation>リスク対応計画</translation>
    </message>
    <message>
        <source>Residual Risk Acceptance Record</source>
        <translation>残留リスク受容記録</translation>
    </message>
    <message>
        <source>Risk criteria in force</source>
        <translation>適用するリスク基準</translation>
    </message>
    <message>
        <source>Method of risk assessment</source>
        <translation>リスク評価の方法</translation>
    </message>
    <message>
        <source>Risk levels by value</source>
        <translation>リスク値によるリスクの大きさ</translation>
    </message>
    <message>
        <source>%1: %2, %3: %4, %5: %6</source>
        <translation>%1:%2、%3:%4、%5:%6</translation>
    </message>
    <message>
        <source>Who may accept</source>
        <translation>受容できる者</translation>
    </message>
    <message>
        <source>%1 up to %2; %3 up to %4; %5 by %6</source>
        <translation>%1は%2まで、%3は%4まで、%5は%6</translation>
    </message>
    <message>
        <source>Review interval</source>
        <translation>見直し間隔</translation>
    </message>
    <message>
        <source>%1 months (%2: %3 months)</source>
        <translation>%1 か月（%2: %3 か月）</translation>
    </message>
    <message>
        <source>Longest acceptance</source>
        <translation>受容の最長有効期間</translation>
    </message>
    <message>
        <source>Entries: %1 (%2 %3, %4 %5, %6 %7)</source>
        <translation>対象: %1 件（%2 %3 件、%4 %5 件、%6 %7 件）</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>該当する項目はありません。</translation>
    </message>
    <message>
        <source>Asset concerned</source>
        <translation>対象資産</translation>
    </message>
    <message>
        <source>%1 (entries: %2)</source>
        <translation>%1（%2 件）</translation>
    </message>
</context>
<context>
    <name>RiskEntryEditor</name>
    <message>
        <source>Not estimated</source>
        <translation>未見積り</translation>
    </message>
    <message>
        <source>Close Risk Entry</source>
        <translation>リスクの終了</translation>
    </message>
    <message>
        <source>Why is the entry closed?</source>
        <translation>終了する理由は?</translation>
    </message>
    <message>
        <source>Not Applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>Why does the threat not apply to the asset?</source>
        <translation>この脅威が資産に当てはまらない理由は?</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>評価(&amp;A)</translation>
    </message>
    <message>
        <source>T&amp;reatment</source>
        <translation>リスク対応(&amp;R)</translation>
    </message>
    <message>
        <source>Resi&amp;dual Risk and Acceptance</source>
        <translation>残留リスクと受容(&amp;D)</translation>
    </message>
    <message>
        <source>Start &amp;Treatment</source>
        <translation>対応を開始(&amp;T)</translation>
    </message>
    <message>
        <source>A&amp;ccept Risk…</source>
        <translation>リスクを受容(&amp;C)…</translation>
    </message>
    <message>
        <source>Clos&amp;e Entry…</source>
        <translation>終了(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Not Applicable…</source>
        <translation>該当なし(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>New Risk Entry</source>
        <translation>新しいリスク</translation>
    </message>
    <message>
        <source>Risk Entry %1</source>
        <translation>リスク %1</translation>
    </message>
    <message>
        <source>New risk entry</source>
        <translation>新しいリスク</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Asset: %1 %2 (%3)</source>
        <translation>資産: %1 %2（%3）</translation>
    </message>
    <message>
        <source>Organisation-wide risk (no asset)</source>
        <translation>組織全体のリスク（対象資産なし）</translation>
    </message>
    <message>
        <source>A high risk has been accepted: it needs the approval of %1 and a close watch.</source>
        <translation>大のリスクが受容されています。%1の承認と継続的な監視が必要です。</translation>
    </message>
    <message>
        <source>Needs reassessment: %1</source>
        <translation>要再評価: %1</translation>
    </message>
    <message>
        <source>Marked not applicable: %1</source>
        <translation>該当なし: %1</translation>
    </message>
</context>
<context>
    <name>RiskExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Risk Register</source>
        <translation>リスク登録簿</translation>
    </message>
    <message>
        <source>Risk No.</source>
        <translation>リスク番号</translation>
    </message>
    <message>
        <source>Asset No.</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <source>Asset name</source>
        <translation>情報資産名称</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Risk scenario</source>
        <translation>リスクの内容</translation>
    </message>
    <message>
        <source>Threat likelihood</source>
        <translation>脅威の起こりやすさ</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>脆弱性</translation>
    </message>
    <message>
        <source>Likelihood of damage</source>
        <translation>被害発生可能性</translation>
    </message>
    <message>
        <source>Risk value</source>
        <translation>リスク値</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>リスクの大きさ</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>リスク対応</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>リスク対応計画</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>残留リスク</translation>
    </message>
    <message>
        <source>Risk owner</source>
        <translation>リスク所有者</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>受容承認者</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>次回見直し日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Organisation-wide</source>
        <translation>組織全体</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>書き出し日時: %1</translation>
    </message>
    <message>
        <source>%1 cannot hold %2. Export as UTF-8 instead; nothing was written.</source>
        <translation>%1 では %2 を書き出せません。UTF-8 で書き出してください。ファイルは書き込まれていません。</translation>
    </message>
</context>
<context>
    <name>RiskPrintDialog</name>
    <message>
        <source>Print Risk Documents</source>
        <translation>リスク関係書類の印刷</translation>
    </message>
    <message>
        <source>Every level</source>
        <translation>すべての大きさ</translation>
    </message>
    <message>
        <source>Every department</source>
        <translation>すべての部署</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>縦</translation>
    </message>
    <message>
        <source>Language of the application</source>
        <translation>アプリケーションの表示言語</translation>
    </message>
    <message>
        <source>Printed at the top right of every page, like a stamp. Leave empty for none.</source>
        <translation>各ページの右上に、押印のように印刷されます。不要な場合は空欄にしてください。</translation>
    </message>
    <message>
        <source>Approval boxes (approved, checked, prepared) on the first page</source>
        <translation>1 ページ目に押印欄（承認・確認・作成）を印刷</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>書類(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>リスクの大きさ(&amp;L):</translation>
    </message>
    <message>
        <source>Depar&amp;tment:</source>
        <translation>部署(&amp;T):</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>用紙(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>印刷の向き(&amp;O):</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>言語(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Banner:</source>
        <translation>取扱表示(&amp;B):</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>PDF で保存(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>RiskRegisterWindow</name>
    <message>
        <source>Risk Register</source>
        <translation>リスク登録簿</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>大きさ(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Treatment:</source>
        <translation>リスク対応(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状態(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部署(&amp;D):</translation>
    </message>
    <message>
        <source>Risk o&amp;wner:</source>
        <translation>リスク所有者(&amp;W):</translation>
    </message>
    <message>
        <source>Part of the name</source>
        <translation>氏名の一部</translation>
    </message>
    <message>
        <source>Needs &amp;reassessment</source>
        <translation>要再評価(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>期限超過(&amp;O)</translation>
    </message>
    <message>
        <source>The next review or the treatment due date has passed</source>
        <translation>次回見直し日または対応期限を過ぎています</translation>
    </message>
    <message>
        <source>Acceptance e&amp;xpired</source>
        <translation>受容期限切れ(&amp;X)</translation>
    </message>
    <message>
        <source>Open &amp;Entry…</source>
        <translation>項目を開く(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;New Organisation-wide Risk…</source>
        <translation>組織全体のリスクを追加(&amp;N)…</translation>
    </message>
    <message>
        <source>A risk of an event that concerns the whole organisation rather than one asset</source>
        <translation>個々の資産ではなく組織全体にかかわる事象のリスク</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>すべての大きさ</translation>
    </message>
    <message>
        <source>All treatments</source>
        <translation>すべてのリスク対応</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>未選択</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Open (not closed)</source>
        <translation>未終了</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>すべての部署</translation>
    </message>
    <message>
        <source>Risk criteria: %1</source>
        <translation>リスク基準: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Risk Entry</source>
        <translation>リスクを開く</translation>
    </message>
    <message>
        <source>Also filtered as the figure that opened this list was counted. Clear the filter to see every entry.</source>
        <translation>この一覧を開いた集計と同じ条件でも絞り込んでいます。すべての項目を表示するには絞り込みを解除してください。</translation>
    </message>
    <message>
        <source>Also filtered: %1. Clear the filter to see every entry.</source>
        <translation>さらに絞り込み中: %1。すべての項目を表示するには絞り込みを解除してください。</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>絞り込みを解除(&amp;C)</translation>
    </message>
</context>
<context>
    <name>RiskResidualTab</name>
    <message>
        <source>Residual li&amp;kelihood:</source>
        <translation>対応後の起こりやすさ(&amp;K):</translation>
    </message>
    <message>
        <source>Residual &amp;vulnerability:</source>
        <translation>対応後の脆弱性(&amp;V):</translation>
    </message>
    <message>
        <source>Residual risk:</source>
        <translation>残留リスク:</translation>
    </message>
    <message>
        <source>Acceptance:</source>
        <translation>受容:</translation>
    </message>
    <message>
        <source>Assessment and review:</source>
        <translation>評価と見直し:</translation>
    </message>
    <message>
        <source>Accepted by %1 (%2, %3) on %4 until %5.</source>
        <translation>%1（%2、%3）が %4 に承認、受容期限 %5。</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>受容理由: %1</translation>
    </message>
    <message>
        <source>Not accepted.</source>
        <translation>受容されていません。</translation>
    </message>
    <message>
        <source>Assessed on %1 by %2; next review %3.</source>
        <translation>%1 に %2 が評価。次回見直し日 %3。</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>未評価です。</translation>
    </message>
    <message>
        <source>Closed on %1: %2</source>
        <translation>%1 に終了: %2</translation>
    </message>
    <message>
        <source>Not estimated yet.</source>
        <translation>まだ見積もっていません。</translation>
    </message>
    <message>
        <source>Residual risk value %1 — residual risk level %2</source>
        <translation>残留リスク値 %1 — 残留リスクの大きさ %2</translation>
    </message>
</context>
<context>
    <name>RiskService</name>
    <message>
        <source>Risk entry %1 was changed by someone else at the same time. Nothing was saved; try again.</source>
        <translation>リスク登録簿の項目 %1 が同時に他の画面または利用者によって変更されました。何も保存されていません。もう一度実行してください。</translation>
    </message>
    <message>
        <source>Review overdue since %1.</source>
        <translation>見直し期限（%1）を過ぎています。</translation>
    </message>
    <message>
        <source>Treatment overdue since %1.</source>
        <translation>対応期限（%1）を過ぎています。</translation>
    </message>
    <message>
        <source>The acceptance ends on %1.</source>
        <translation>受容期限は %1 です。</translation>
    </message>
    <message>
        <source>Enter the title of the assessment (up to 200 characters), e.g. 令和8年度リスクアセスメント.</source>
        <translation>リスクアセスメントの名称を 200 文字以内で入力してください（例: 令和8年度リスクアセスメント）。</translation>
    </message>
    <message>
        <source>Enter the period of the assessment: a first and a last day, the last not before the first.</source>
        <translation>実施期間の開始日と終了日を入力してください。終了日は開始日以降にしてください。</translation>
    </message>
    <message>
        <source>Enter who carried out the assessment.</source>
        <translation>評価者を入力してください。</translation>
    </message>
    <message>
        <source>There is no assessment run %1 in this registry.</source>
        <translation>この台帳にリスクアセスメント実施記録 %1 はありません。</translation>
    </message>
    <message>
        <source>Assessment run %1 was approved on %2 and is a record now.</source>
        <translation>リスクアセスメント実施記録 %1 は %2 に承認済で、記録として確定しています。</translation>
    </message>
    <message>
        <source>Enter who approves the assessment.</source>
        <translation>承認者を入力してください。</translation>
    </message>
    <message>
        <source>Enter the day of approval; it cannot be in the future.</source>
        <translation>承認日を入力してください。未来の日付は指定できません。</translation>
    </message>
    <message>
        <source>Risk entry %1 was changed by someone else after you opened it. Your changes were not saved; reopen it and try again.</source>
        <translation>リスク登録簿の項目 %1 は、開いた後に他の画面または利用者によって変更されました。入力した変更は保存されていません。開き直してからもう一度変更してください。</translation>
    </message>
    <message>
        <source>The acceptance expired on %1.</source>
        <translation>受容期限（%1）が切れています。</translation>
    </message>
    <message>
        <source>The vulnerability derived from the asset&apos;s controls changed from %1 to %2.</source>
        <translation>資産の管理策から導出した脆弱性が %1 から %2 に変わりました。</translation>
    </message>
    <message>
        <source>The asset&apos;s importance is now %1; it was %2 when assessed.</source>
        <translation>資産の重要度が %1 になりました（評価時点では %2）。</translation>
    </message>
    <message>
        <source>The asset&apos;s personal information changed after the assessment.</source>
        <translation>評価の後で資産の個人情報の区分が変わりました。</translation>
    </message>
    <message>
        <source>The asset&apos;s type changed after the assessment.</source>
        <translation>評価の後で資産種別が変わりました。</translation>
    </message>
    <message>
        <source>The asset&apos;s medium class changed after the assessment.</source>
        <translation>評価の後で媒体・保存先区分が変わりました。</translation>
    </message>
    <message>
        <source>There is no risk entry %1 in this registry.</source>
        <translation>この台帳にリスク登録簿の項目 %1 はありません。</translation>
    </message>
    <message>
        <source>The risk entry no longer exists in this registry.</source>
        <translation>このリスク登録簿の項目は台帳にもうありません。</translation>
    </message>
    <message>
        <source>The asset no longer exists in this registry.</source>
        <translation>この資産は台帳にもうありません。</translation>
    </message>
    <message>
        <source>Asset %1 has been disposed; no risks are recorded for it any more.</source>
        <translation>資産 %1 は廃棄済です。リスクはもう登録できません。</translation>
    </message>
    <message>
        <source>Risk entry %1 is closed and can no longer be changed.</source>
        <translation>リスク登録簿の項目 %1 は終了しているため、変更できません。</translation>
    </message>
    <message>
        <source>Enter why the threat does not apply to the asset.</source>
        <translation>この脅威が資産に該当しない理由を入力してください。</translation>
    </message>
    <message>
        <source>%1 must be 1, 2 or 3 (entered: %2).</source>
        <translation>%1は 1、2、3 のいずれかにしてください（入力値: %2）。</translation>
    </message>
    <message>
        <source>The threat likelihood</source>
        <translation>脅威の起こりやすさ</translation>
    </message>
    <message>
        <source>The vulnerability</source>
        <translation>脆弱性</translation>
    </message>
    <message>
        <source>The importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>The residual likelihood</source>
        <translation>対応後の起こりやすさ</translation>
    </message>
    <message>
        <source>The residual vulnerability</source>
        <translation>対応後の脆弱性</translation>
    </message>
    <message>
        <source>Choose a threat in force for the risk entry.</source>
        <translation>リスク登録簿の項目には、廃止されていない脅威を選んでください。</translation>
    </message>
    <message>
        <source>An organisation-wide risk has no asset to take the importance from: enter why the importance is what it is.</source>
        <translation>組織全体のリスクには重要度を引き継ぐ資産がありません。重要度の根拠を入力してください。</translation>
    </message>
    <message>
        <source>Describe the risk scenario in 1 to 1000 characters.</source>
        <translation>リスクの内容を 1～1000 文字で入力してください。</translation>
    </message>
    <message>
        <source>The objectives affected must be one or more of the threat&apos;s (%1).</source>
        <translation>影響を受ける特性は、脅威の特性（%1）のうち 1 つ以上にしてください。</translation>
    </message>
    <message>
        <source>Enter the risk owner (up to 200 characters).</source>
        <translation>リスク所有者を 200 文字以内で入力してください。</translation>
    </message>
    <message>
        <source>A vulnerability entered by hand needs a rationale: say which measures are in place and which are missing.</source>
        <translation>脆弱性を入力する場合は根拠が必要です。実施している対策と不足している対策を入力してください。</translation>
    </message>
    <message>
        <source>Threat %1 has no related controls in this registry, so the vulnerability cannot be derived: enter it (1–3) with a rationale.</source>
        <translation>脅威 %1 にはこの台帳で関連する管理策がないため、脆弱性を導出できません。根拠を付けて 1～3 で入力してください。</translation>
    </message>
    <message>
        <source>Risk entry %1 has not been assessed yet: assess it before choosing how to treat it.</source>
        <translation>リスク登録簿の項目 %1 はまだ評価されていません。リスク対応を選ぶ前に評価してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a risk treatment. Choose one of: %2.</source>
        <translation>「%1」はリスク対応ではありません。%2 のいずれかを選んでください。</translation>
    </message>
    <message>
        <source>Avoiding a risk needs the plan: say which activity stops or which asset is retired.</source>
        <translation>リスクの回避には対応計画が必要です。やめる業務や廃止する資産を入力してください。</translation>
    </message>
    <message>
        <source>Enter the treatment plan.</source>
        <translation>リスク対応計画を入力してください。</translation>
    </message>
    <message>
        <source>Transferring a risk needs the recipient: the contractor, insurer or cloud provider.</source>
        <translation>リスクの移転には移転先（委託先、保険会社、クラウド事業者）が必要です。</translation>
    </message>
    <message>
        <source>Reducing a risk needs at least one planned control with a due date.</source>
        <translation>リスクの低減には、期限を付けた追加・強化する管理策が 1 つ以上必要です。</translation>
    </message>
    <message>
        <source>Reducing an organisation-wide risk needs the date by which the plan is carried out.</source>
        <translation>組織全体のリスクを低減するには、対応期限が必要です。</translation>
    </message>
    <message>
        <source>An organisation-wide risk has no asset to assign controls to: describe the measures in the plan.</source>
        <translation>組織全体のリスクには管理策を割り当てる資産がありません。対策はリスク対応計画に記載してください。</translation>
    </message>
    <message>
        <source>Only an entry with a treatment plan can go into treatment.</source>
        <translation>対応中にできるのは、対応計画済の項目だけです。</translation>
    </message>
    <message>
        <source>Assess the entry before estimating the residual risk.</source>
        <translation>残留リスクを見積もる前に項目を評価してください。</translation>
    </message>
    <message>
        <source>The residual risk value (%1) may not be higher than the risk value before treatment (%2).</source>
        <translation>残留リスク値（%1）は対応前のリスク値（%2）より大きくできません。</translation>
    </message>
    <message>
        <source>%1 assessed or owns this risk and also approves accepting it. An independent approver is better practice.</source>
        <translation>%1 はこのリスクの評価者または所有者で、受容の承認者も兼ねています。独立した承認者が望ましい運用です。</translation>
    </message>
    <message>
        <source>Risk entry %1 has not been assessed yet: a risk is accepted once its level is known.</source>
        <translation>リスク登録簿の項目 %1 はまだ評価されていません。リスクの受容は、リスクの大きさが分かってから行います。</translation>
    </message>
    <message>
        <source>Enter who approves accepting the risk.</source>
        <translation>受容承認者を入力してください。</translation>
    </message>
    <message>
        <source>Enter the approver&apos;s title (役職).</source>
        <translation>承認者の役職を入力してください。</translation>
    </message>
    <message>
        <source>Enter the day the acceptance was approved; it cannot be in the future.</source>
        <translation>受容の承認日を入力してください。未来の日付は指定できません。</translation>
    </message>
    <message>
        <source>Enter why the risk is accepted.</source>
        <translation>受容理由を入力してください。</translation>
    </message>
    <message>
        <source>The acceptance must end after the day it is approved and within %1 months of it (the registry&apos;s criteria for this level).</source>
        <translation>受容期限は承認日より後で、承認日から %1 か月以内にしてください（このリスクの大きさに対する台帳のリスク基準）。</translation>
    </message>
    <message>
        <source>Choose the approver&apos;s role: %1.</source>
        <translation>承認者の立場を選んでください: %1。</translation>
    </message>
    <message>
        <source>A high risk can only be accepted by the %1 (the registry&apos;s risk criteria).</source>
        <translation>大のリスクを受容できるのは%1だけです（台帳のリスク基準）。</translation>
    </message>
    <message>
        <source>The %1 may accept risks up to %2; this risk is %3. Ask someone whose authority covers it.</source>
        <translation>%1が受容できるリスクは%2までですが、このリスクは%3です。権限のある者に承認を依頼してください。</translation>
    </message>
    <message>
        <source>Enter why the entry is closed.</source>
        <translation>終了理由を入力してください。</translation>
    </message>
    <message>
        <source>Closing an entry needs the residual likelihood and vulnerability after treatment.</source>
        <translation>項目を終了するには、対応後の起こりやすさと脆弱性が必要です。</translation>
    </message>
    <message>
        <source>The residual risk is %1, more than the asset owner may accept: it must be accepted by someone whose authority covers it before the entry closes.</source>
        <translation>残留リスクは%1で、資産の管理責任者が受容できる大きさを超えています。項目を終了する前に、権限のある者が受容してください。</translation>
    </message>
    <message>
        <source>Risk entry %1 has been assessed and is kept: close it instead, with the reason.</source>
        <translation>リスク登録簿の項目 %1 は評価済のため削除できません。理由を付けて終了してください。</translation>
    </message>
    <message>
        <source>Control %1 is not in the treatment plan of risk entry %2, so it cannot be removed from it.</source>
        <translation>管理策 %1 はリスク登録簿の項目 %2 のリスク対応計画に含まれていないため、計画から外せません。</translation>
    </message>
</context>
<context>
    <name>RiskStore</name>
    <message>
        <source>Could not save the threat in the registry %1: %2</source>
        <translation>台帳 %1 に脅威を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not save the risk entry in the registry %1: %2</source>
        <translation>台帳 %1 にリスク登録簿の項目を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not remove the risk entry from the registry %1: %2</source>
        <translation>台帳 %1 からリスク登録簿の項目を削除できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not read the risk register of %1: %2</source>
        <translation>台帳 %1 のリスク登録簿を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Could not save the assessment run in the registry %1: %2</source>
        <translation>台帳 %1 にリスクアセスメント実施記録を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>entry %1 has been assessed or treated already and is not a new entry</source>
        <translation>項目 %1 はすでに評価または対応されており、新しい項目ではありません</translation>
    </message>
</context>
<context>
    <name>RiskTableModel</name>
    <message>
        <source>A high risk was accepted by %1 (%2) until %3.</source>
        <translation>大のリスクを %1（%2）が %3 まで受容しています。</translation>
    </message>
    <message>
        <source>(organisation-wide)</source>
        <translation>（組織全体）</translation>
    </message>
    <message>
        <source>%1 (derived)</source>
        <translation>%1（導出）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (not applicable)</source>
        <translation>%1（該当なし）</translation>
    </message>
    <message>
        <source>%1 — high risk accepted</source>
        <translation>%1 — 大のリスクを受容</translation>
    </message>
    <message>
        <source>%1 — needs reassessment</source>
        <translation>%1 — 要再評価</translation>
    </message>
    <message>
        <source>Risk No.</source>
        <translation>リスク番号</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Threat likelihood</source>
        <translation>脅威の起こりやすさ</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>脆弱性</translation>
    </message>
    <message>
        <source>Likelihood of damage</source>
        <translation>被害発生可能性</translation>
    </message>
    <message>
        <source>Risk value</source>
        <translation>リスク値</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>リスクの大きさ</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>リスク対応</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>残留リスク</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Risk owner</source>
        <translation>リスク所有者</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>次回見直し日</translation>
    </message>
</context>
<context>
    <name>RiskTreatmentTab</name>
    <message>
        <source>Treatment &amp;option:</source>
        <translation>リスク対応(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>リスク対応計画(&amp;P):</translation>
    </message>
    <message>
        <source>What is done, or for avoiding: which activity stops</source>
        <translation>実施する内容（回避の場合は、やめる活動）</translation>
    </message>
    <message>
        <source>Trans&amp;ferred to:</source>
        <translation>移転先(&amp;F):</translation>
    </message>
    <message>
        <source>Contractor, insurer or cloud provider</source>
        <translation>委託先、保険会社、クラウド事業者など</translation>
    </message>
    <message>
        <source>Treatment due:</source>
        <translation>対応期限:</translation>
    </message>
    <message>
        <source>D&amp;ue by</source>
        <translation>対応期限(&amp;U)</translation>
    </message>
    <message>
        <source>Planned controls:</source>
        <translation>追加・強化する管理策:</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>管理策</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>実施状況</translation>
    </message>
    <message>
        <source>Pic&amp;k Controls…</source>
        <translation>管理策を選ぶ(&amp;K)…</translation>
    </message>
    <message>
        <source>Choose controls to add or strengthen; they are assigned to the asset when the entry is saved</source>
        <translation>追加・強化する管理策を選びます。保存すると資産に割り当てられます</translation>
    </message>
    <message>
        <source>Edit Assi&amp;gnment…</source>
        <translation>割り当てを編集(&amp;G)…</translation>
    </message>
    <message>
        <source>Re&amp;move from Plan</source>
        <translation>計画から外す(&amp;M)</translation>
    </message>
    <message>
        <source>Take the control off this entry&apos;s plan when the entry is saved; its assignment stays with the asset</source>
        <translation>保存すると、この管理策を本項目の対応計画から外します。資産への割り当てはそのまま残ります</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>未選択</translation>
    </message>
    <message>
        <source>not yet assigned</source>
        <translation>未割当て</translation>
    </message>
</context>
<context>
    <name>RuleActions</name>
    <message>
        <source>List the assets that break a personal-information or retention rule, and fix them</source>
        <translation>個人情報または保存期限の規則に違反している資産を一覧にし、修正します</translation>
    </message>
    <message>
        <source>Check Ru&amp;les…</source>
        <translation>規則の確認(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>RuleCheck</name>
    <message>
        <source>My Number at the highest confidentiality</source>
        <translation>特定個人情報は機密性を最上位に</translation>
    </message>
    <message>
        <source>Sensitive personal information at the highest confidentiality</source>
        <translation>要配慮個人情報は機密性を最上位に</translation>
    </message>
    <message>
        <source>Personal information at the middle confidentiality or higher</source>
        <translation>個人情報は機密性を中位以上に</translation>
    </message>
    <message>
        <source>No permanent retention for My Number</source>
        <translation>特定個人情報の保存期限は永年にできない</translation>
    </message>
    <message>
        <source>Retention not set</source>
        <translation>保存期限未設定</translation>
    </message>
    <message>
        <source>Basis of a permanent retention</source>
        <translation>保存期限を永年とする根拠</translation>
    </message>
</context>
<context>
    <name>RuleCheckDialog</name>
    <message>
        <source>Every asset meets the personal-information and retention rules.</source>
        <translation>すべての資産が個人情報と保存期限の規則を満たしています。</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) break a personal-information or retention rule. Open each one and fix the field named here; the registry does not change them by itself.</source>
        <translation>
            <numerusform>%n 件の資産が個人情報または保存期限の規則に違反しています。各資産を開き、ここに示した項目を修正してください。台帳が自動で変更することはありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check Rules</source>
        <translation>規則の確認</translation>
    </message>
    <message>
        <source>Asset No.</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <source>Asset name</source>
        <translation>情報資産名称</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修正方法</translation>
    </message>
    <message>
        <source>&amp;Open Asset</source>
        <translation>資産を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>再確認(&amp;A)</translation>
    </message>
</context>
<context>
    <name>SanitisationTechniques</name>
    <message>
        <source>Drilling is not Destroy in NIST SP 800-88: the material between the holes can still be read in a laboratory. It counts as Clear only.</source>
        <translation>穿孔は NIST SP 800-88 の破壊に当たりません。穴と穴の間の部分は専門の設備で読み取れるため、クリアとしてのみ扱います。</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>&apos;%1&apos; is not a registry server address: %2 Write it as postgresql://user@host:port/database?sslmode=require.</source>
        <translation>「%1」は台帳のサーバアドレスではありません。%2 postgresql://ユーザ@ホスト:ポート/データベース?sslmode=require の形式で指定してください。</translation>
    </message>
    <message>
        <source>it cannot be read as a URL.</source>
        <translation>URL として読み取れません。</translation>
    </message>
    <message>
        <source>the parameter &apos;%1&apos; is not supported.</source>
        <translation>パラメータ「%1」には対応していません。</translation>
    </message>
    <message>
        <source>it names no database.</source>
        <translation>データベースが指定されていません。</translation>
    </message>
    <message>
        <source>the port is not a number from 1 to 65535.</source>
        <translation>ポート番号が 1～65535 の数ではありません。</translation>
    </message>
    <message>
        <source>the TLS mode &apos;%1&apos; is not one of %2.</source>
        <translation>TLS モード「%1」は %2 のいずれでもありません。</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>The file starts like UTF-8 but contains bytes that are not UTF-8. Save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>ファイルは UTF-8 のように見えますが、UTF-8 ではないバイトが含まれています。「CSV UTF-8 (コンマ区切り)」形式で保存し直してください。</translation>
    </message>
    <message>
        <source>The file starts like UTF-16 but is damaged. Save it again from the application that wrote it.</source>
        <translation>ファイルは UTF-16 のように見えますが、破損しています。ファイルを作成したアプリケーションで保存し直してください。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Shift_JIS (CP932) text. Save it as &quot;CSV UTF-8&quot; or &quot;CSV (comma delimited)&quot; and try again.</source>
        <translation>ファイルが UTF-8 と Shift_JIS（CP932）のどちらのテキストでもありません。「CSV UTF-8 (コンマ区切り)」または「CSV (コンマ区切り)」形式で保存してから、もう一度実行してください。</translation>
    </message>
</context>
<context>
    <name>Threat</name>
    <message>
        <source>The threat code &apos;%1&apos; is not valid. Use 1 to 20 capital letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, e.g. T-OWN-01.</source>
        <translation>脅威のコード「%1」は使えません。英大文字、数字、「-」「_」「.」を 1～20 文字で指定してください（例: T-OWN-01）。</translation>
    </message>
    <message>
        <source>Enter the name of the threat in Japanese or English.</source>
        <translation>脅威の名称を日本語または英語で入力してください。</translation>
    </message>
    <message>
        <source>A text of the threat is too long (names up to 200, descriptions up to 4000 characters).</source>
        <translation>脅威の文字列が長すぎます（名称は 200 文字、説明は 4000 文字まで）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a threat category. Choose one of: %2.</source>
        <translation>「%1」は脅威の区分ではありません。%2 のいずれかを選んでください。</translation>
    </message>
    <message>
        <source>The objectives a threat affects are one or more of C, I and A, in that order (e.g. CA).</source>
        <translation>脅威が影響を与える特性は、C、I、A のうち 1 つ以上をこの順に指定してください（例: CA）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an asset type.</source>
        <translation>「%1」は資産種別ではありません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a medium class. Choose from: %2.</source>
        <translation>「%1」は媒体・保存先区分ではありません。%2 から選んでください。</translation>
    </message>
    <message>
        <source>The threat likelihood is 1, 2 or 3.</source>
        <translation>脅威の起こりやすさは 1、2、3 のいずれかです。</translation>
    </message>
    <message>
        <source>The threat catalogue cannot be read: %1</source>
        <translation>脅威カタログを読み込めません: %1</translation>
    </message>
    <message>
        <source>Threat %1 of the catalogue is not valid: %2</source>
        <translation>脅威カタログの脅威 %1 が正しくありません: %2</translation>
    </message>
    <message>
        <source>The threat catalogue has no version or no threats.</source>
        <translation>脅威カタログに版数または脅威がありません。</translation>
    </message>
</context>
<context>
    <name>ThreatCatalogWindow</name>
    <message>
        <source>Threat Catalogue Reviewed</source>
        <translation>脅威カタログの見直し</translation>
    </message>
    <message>
        <source>Record that the threat catalogue was reviewed today (policy §3: new threats are followed)?</source>
        <translation>今日、脅威カタログを見直したことを記録しますか（基本方針 §3: 新たな脅威への対応）?</translation>
    </message>
    <message>
        <source>Threat Catalogue</source>
        <translation>脅威カタログ</translation>
    </message>
    <message>
        <source>&amp;Show retired threats</source>
        <translation>廃止した脅威も表示(&amp;S)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>基本方針</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>影響を受ける特性</translation>
    </message>
    <message>
        <source>Threat likelihood</source>
        <translation>脅威の起こりやすさ</translation>
    </message>
    <message>
        <source>Related controls</source>
        <translation>関連する管理策</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>&amp;Add Own Threat…</source>
        <translation>独自の脅威を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>An own threat: every field. A built-in threat: this registry&apos;s likelihood.</source>
        <translation>独自の脅威はすべての項目を、組み込みの脅威はこの台帳での脅威の起こりやすさを編集します。</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>廃止(&amp;T)</translation>
    </message>
    <message>
        <source>Re&amp;instate</source>
        <translation>廃止を取り消す(&amp;I)</translation>
    </message>
    <message>
        <source>Mark Catalogue Re&amp;viewed…</source>
        <translation>カタログを見直し済にする(&amp;V)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>%1 (catalogue: %2)</source>
        <translation>%1（カタログ: %2）</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>組み込み</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>独自</translation>
    </message>
    <message>
        <source>%1, retired</source>
        <translation>%1、廃止</translation>
    </message>
    <message>
        <source>Catalogue version %1, last reviewed on %2. %3 threats in force.</source>
        <translation>カタログの版 %1、最終見直し日 %2。有効な脅威 %3 件。</translation>
    </message>
    <message>
        <source>Catalogue version %1, not reviewed yet. %2 threats in force.</source>
        <translation>カタログの版 %1、未見直し。有効な脅威 %2 件。</translation>
    </message>
    <message>
        <source>Asset types: %1
Medium classes: %2
%3</source>
        <translation>資産種別: %1
媒体・保存先区分: %2
%3</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Retire Threat</source>
        <translation>脅威の廃止</translation>
    </message>
    <message>
        <source>Reinstate Threat</source>
        <translation>脅威の廃止の取り消し</translation>
    </message>
</context>
<context>
    <name>ThreatEditDialog</name>
    <message>
        <source>New Threat</source>
        <translation>新しい脅威</translation>
    </message>
    <message>
        <source>Threat %1</source>
        <translation>脅威 %1</translation>
    </message>
    <message>
        <source>Confidentiality (C)</source>
        <translation>機密性（C）</translation>
    </message>
    <message>
        <source>Integrity (I)</source>
        <translation>完全性（I）</translation>
    </message>
    <message>
        <source>Availability (A)</source>
        <translation>可用性（A）</translation>
    </message>
    <message>
        <source>3: the threat occurs in normal circumstances (it may happen at any time)
2: the threat occurs in particular circumstances (a few times a year)
1: the threat does not occur in normal circumstances</source>
        <translation>3: 通常の状況で脅威が発生する（いつ発生してもおかしくない）
2: 特定の状況で脅威が発生する（年に数回程度）
1: 通常の状況で脅威が発生することはない</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>コード(&amp;C):</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>分類(&amp;T):</translation>
    </message>
    <message>
        <source>Name (&amp;Japanese):</source>
        <translation>名称（日本語）(&amp;J):</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>名称（英語）(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Policy reference:</source>
        <translation>基本方針の該当箇所(&amp;P):</translation>
    </message>
    <message>
        <source>Objectives affected:</source>
        <translation>影響を受ける特性:</translation>
    </message>
    <message>
        <source>Asset t&amp;ypes (none: all):</source>
        <translation>資産種別（なし: すべて）(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Medium classes (none: all):</source>
        <translation>媒体・保存先区分（なし: すべて）(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Related controls:</source>
        <translation>関連する管理策(&amp;R):</translation>
    </message>
    <message>
        <source>Threat &amp;likelihood:</source>
        <translation>脅威の起こりやすさ(&amp;L):</translation>
    </message>
    <message>
        <source>Rationale of the likel&amp;ihood:</source>
        <translation>脅威の起こりやすさの評価根拠(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>出典(&amp;S):</translation>
    </message>
    <message>
        <source>Description (Japa&amp;nese):</source>
        <translation>説明（日本語）(&amp;N):</translation>
    </message>
    <message>
        <source>Description (En&amp;glish):</source>
        <translation>説明（英語）(&amp;G):</translation>
    </message>
    <message>
        <source>A built-in threat keeps the texts of the catalogue; this registry can set its own likelihood with a rationale.</source>
        <translation>組み込みの脅威はカタログの記載のままです。この台帳では、評価根拠を付けて脅威の起こりやすさだけを変更できます。</translation>
    </message>
    <message>
        <source>Related controls are control codes; the vulnerability of an asset is derived from its assignments of them.</source>
        <translation>関連する管理策は管理策のコードで指定します。資産の脆弱性は、それらの管理策の割り当てから導出されます。</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>ThreatService</name>
    <message>
        <source>There is no threat %1 in this registry.</source>
        <translation>この台帳に脅威 %1 はありません。</translation>
    </message>
    <message>
        <source>The threat no longer exists in this registry.</source>
        <translation>この脅威は台帳にもうありません。</translation>
    </message>
    <message>
        <source>The code %1 is already taken by a threat of this registry. Choose another code.</source>
        <translation>コード %1 はこの台帳の脅威で使われています。別のコードを指定してください。</translation>
    </message>
    <message>
        <source>Threat %1 belongs to the built-in catalogue: only its likelihood in this registry can be changed. Add a threat of your own for anything else.</source>
        <translation>脅威 %1 は組み込みの脅威カタログのものです。変更できるのはこの台帳での起こりやすさだけです。それ以外を変えたい場合は、台帳独自の脅威を追加してください。</translation>
    </message>
    <message>
        <source>Enter the day the threat catalogue was reviewed; it cannot be in the future.</source>
        <translation>脅威カタログの見直し日を入力してください。未来の日付は指定できません。</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>User Guide – Information Asset Registry</source>
        <translation>利用者ガイド – 情報資産管理台帳</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目次(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
</context>
<context>
    <name>VerifyHistory</name>
    <message>
        <source>Verifying the history…</source>
        <translation>履歴を検証しています…</translation>
    </message>
    <message>
        <source>Verify History</source>
        <translation>履歴の検証</translation>
    </message>
    <message>
        <source>%1

Checkpoint: %2
Keep it apart from the registry; verify --checkpoint %2 proves later that the history up to here is unchanged.</source>
        <translation>%1

チェックポイント: %2
台帳とは別に保管してください。後で verify --checkpoint %2 を実行すると、ここまでの履歴が変更されていないことを証明できます。</translation>
    </message>
    <message>
        <source>The history does not match.

%1

Restore the registry from a backup and compare.</source>
        <translation>履歴が一致しません。

%1

バックアップから台帳を復元し、比較してください。</translation>
    </message>
    <message>
        <source>Checkpoint from an earlier audit report or backup (optional), e.g. 1234:0123456789abcdef:</source>
        <translation>以前の監査報告書またはバックアップのチェックポイント（省略可、例: 1234:0123456789abcdef）:</translation>
    </message>
</context>
<context>
    <name>WriterNote</name>
    <message>
        <source>an import of assets</source>
        <translation>資産の取り込み</translation>
    </message>
    <message>
        <source>generating synthetic assets</source>
        <translation>合成資産の生成</translation>
    </message>
    <message>
        <source>recording a disposal</source>
        <translation>廃棄の記録</translation>
    </message>
    <message>
        <source>adding an asset</source>
        <translation>資産の登録</translation>
    </message>
    <message>
        <source>editing an asset</source>
        <translation>資産の編集</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>バックアップの復元</translation>
    </message>
    <message>
        <source>changing controls</source>
        <translation>管理策の変更</translation>
    </message>
    <message>
        <source>importing a control catalogue</source>
        <translation>管理策カタログの取り込み</translation>
    </message>
    <message>
        <source>saving changes</source>
        <translation>変更の保存</translation>
    </message>
    <message>
        <source>Another program is writing to the registry %1: %2 (%3, process %4, by %5 on %6, since %7). Nothing was changed here. Wait until it has finished, then try again.</source>
        <translation>別のプログラムが台帳 %1 に書き込み中です: %2（%3、プロセス %4、%6 の %5、%7 から）。こちらでは何も変更していません。終わるまで待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Another program is writing to the registry %1 and did not finish within %2 seconds. Nothing was changed here. Wait until the other program has finished (or close it), then try again.</source>
        <translation>別のプログラムが台帳 %1 に書き込み中で、%2 秒以内に終わりませんでした。こちらでは何も変更していません。そのプログラムが終わるまで待つか、そのプログラムを閉じてから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>XlsxSheetWriter</name>
    <message>
        <source>Cannot write the Excel file %1: %2</source>
        <translation>Excel ファイル %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation>ブックを作成できませんでした</translation>
    </message>
    <message>
        <source>The table has %1 columns; an Excel sheet holds at most %2. Choose fewer columns, or export to CSV or JSON.</source>
        <translation>表の列数は %1 列ですが、Excel のシートには最大 %2 列までしか入りません。列を減らすか、CSV または JSON で書き出してください。</translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3) holds %4 characters; an Excel cell holds at most %5. Shorten the text, or export to CSV or JSON, which have no such limit.</source>
        <translation>%1 行目 %2 列（%3）は %4 文字ありますが、Excel のセルには最大 %5 文字までしか入りません。文字数を減らすか、文字数の上限がない CSV または JSON で書き出してください。</translation>
    </message>
    <message>
        <source>cell %1%2</source>
        <translation>セル %1%2</translation>
    </message>
    <message>
        <source>the sheet could not be added</source>
        <translation>シートを追加できませんでした</translation>
    </message>
    <message>
        <source>the cell formats could not be created</source>
        <translation>セルの書式を作成できませんでした</translation>
    </message>
    <message>
        <source>page layout</source>
        <translation>ページ設定</translation>
    </message>
    <message>
        <source>The table has %1 rows; below the title block they would reach row %2, past Excel&apos;s last row %3. Export fewer rows (filter the ledger), or export to CSV or JSON, which have no such limit.</source>
        <translation>表は %1 行あり、表題の下に並べると %2 行目に達し、Excel の最終行 %3 行目を超えます。台帳を絞り込んで行を減らすか、行数の上限がない CSV または JSON で書き出してください。</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbookReader</name>
    <message>
        <source>Cannot read the Excel file %1: %2</source>
        <translation>Excel ファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>the part %1 is missing. Save the file again in Excel as &quot;Excel Workbook (*.xlsx)&quot;.</source>
        <translation>構成要素 %1 がありません。Excel で「Excel ブック (*.xlsx)」形式で保存し直してください。</translation>
    </message>
    <message>
        <source>it is not an Excel workbook (%1). Save it in Excel as &quot;Excel Workbook (*.xlsx)&quot;.</source>
        <translation>Excel ブックではありません（%1）。Excel で「Excel ブック (*.xlsx)」形式で保存してください。</translation>
    </message>
    <message>
        <source>the workbook has no worksheet.</source>
        <translation>ブックにワークシートがありません。</translation>
    </message>
    <message>
        <source>it has no sheet number %1.</source>
        <translation>%1 番目のシートがありません。</translation>
    </message>
    <message>
        <source>the part %1 is larger than %2 MB uncompressed, more than this application reads from one workbook. Split the table into smaller files.</source>
        <translation>構成要素 %1 は展開後 %2 MB を超えており、1 つのブックから読み込める大きさを超えています。表を分割して複数のファイルにしてください。</translation>
    </message>
    <message>
        <source>the part %1 is damaged (its data do not match its checksum or size). Save the file again in Excel, or use the original file.</source>
        <translation>構成要素 %1 が破損しています（データがチェックサムまたはサイズと一致しません）。Excel で保存し直すか、元のファイルを使ってください。</translation>
    </message>
    <message>
        <source>its table of shared texts holds more than %L1 entries. Split the table into smaller files.</source>
        <translation>共有文字列の表が %L1 件を超えています。表を分割して複数のファイルにしてください。</translation>
    </message>
    <message>
        <source>the sheet %1 has a row numbered &apos;%2&apos;, which is not a row of a sheet (1 to %L3).</source>
        <translation>シート %1 に行番号「%2」の行があります。シートの行番号は 1～%L3 です。</translation>
    </message>
    <message>
        <source>row %1 of the sheet %2 has a cell &apos;%3&apos; outside the columns of a sheet (A to XFD).</source>
        <translation>シート %2 の %1 行目に、シートの列（A～XFD）の外にあるセル「%3」があります。</translation>
    </message>
    <message>
        <source>the cell %1 of the sheet %2 holds more than %L3 characters, more than Excel allows in a cell.</source>
        <translation>シート %2 のセル %1 が %L3 文字を超えており、Excel で 1 つのセルに入る文字数を超えています。</translation>
    </message>
    <message>
        <source>the sheet %1 holds more than %L2 cells. Delete the rows and columns outside the table, or split it into smaller files.</source>
        <translation>シート %1 のセルが %L2 個を超えています。表の外の行と列を削除するか、表を分割して複数のファイルにしてください。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Registry of information assets with their confidentiality, integrity and availability classification.</source>
        <translation>情報資産を機密性・完全性・可用性で格付けして管理する、情報資産管理台帳です。</translation>
    </message>
    <message>
        <source>Open the registry FILE instead of the default registry.</source>
        <translation>既定の台帳の代わりに、指定したファイルの台帳を開きます。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Use the language CODE (en or ja) this time.</source>
        <translation>今回に限り、指定した言語コード（en または ja）の言語で表示します。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language of this application. Use one of: %2.</source>
        <translation>「%1」はこのアプリケーションの言語ではありません。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>Show the version and the licence.</source>
        <translation>バージョンとライセンスを表示します。</translation>
    </message>
    <message>
        <source>The registry file to open, the same as --database FILE.</source>
        <translation>開く台帳ファイル（--database FILE と同じ）。</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[ファイル]</translation>
    </message>
</context>
</TS>
