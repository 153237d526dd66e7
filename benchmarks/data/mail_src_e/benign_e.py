"""Set E benign look-alikes: real mail an exchange receives that resembles the lures (hand-written).

`category` names the lure category each message resembles.
"""

from __future__ import annotations

from binaries import ics, pdf, png, spreadsheet, word_document, zip_archive
from people import (ALL_STAFF, CAREERS, CEO, CEO_JA, CFO, HADDAD, ITO, ITO_JA, KEIRI, LAURENT, LI, PARK, SUPPORT,
                    SUZUKI, SUZUKI_JA, TAKAHASHI, TANAKA, TANAKA_JA, TREASURY, WATANABE_JA)
from spec import Att, Mail
from threads_e import (QIMMA, QIMMA_MID, DAEHAN, DAEHAN_MID, HALVORSEN, HALVORSEN_MID, HALVORSEN_REPLY_MID,
                       KIRISHIMA, KIRISHIMA_MID, LIANHE, LIANHE_MID, VASSEUR, VASSEUR_MID)

ZIP = "application/zip"
PDF = "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# -- exec-impersonation look-alikes ---------------------------------------------------------------

EXEC = [
    Mail("benign", "exec-impersonation", "ja",
         "the real CEO from his own address (DMARC pass) asks his assistant, urgently, to move a board meeting",
         CEO_JA, (ITO_JA,),
         "至急：明日の取締役会の時間変更",
         """伊藤さん

お疲れさまです。佐藤です。
監査法人との打ち合わせが延びたため、明日の取締役会を 14:00 から 16:00 に変更したいです。
社外取締役のお二人に至急連絡して、都合を確認してもらえますか。
議事次第の版は昨日共有したもので変わりありません。

佐藤
""", "2026-11-02 19:05 +0900"),
    Mail("benign", "exec-impersonation", "en",
         "the real CFO asks treasury to pay a supplier through the ERP two-approver flow with a call-back on new bank details",
         CFO, (TREASURY,),
         "Payment for Lumen Strait audit - please process via ERP",
         """Hi team,

Lumen Strait's interim audit invoice (LS-2026-118, JPY 6,380,000) is approved on my side. Please raise it in
the ERP as usual so it goes through the two-approver flow.

Note that their invoice shows a bank account we have not paid before. Before releasing, call their finance
team on the number in the vendor master (not the one on the invoice) and record the call-back in the ticket.
No rush beyond the normal 30-day terms.

Thanks,
Emily
""", "2026-11-04 10:30 +0900"),
    Mail("benign", "exec-impersonation", "ja",
         "the real CEO announces a phishing drill in which fake mail in his name will arrive",
         CEO_JA, (ALL_STAFF,),
         "【全社】来週の標的型メール訓練について",
         """社員の皆さん

来週、情報セキュリティ委員会による標的型メール訓練を実施します。
訓練メールの中には、私（佐藤）や CFO の名前を騙って「至急送金」「アカウント追加」などを依頼するものも含まれます。

本物の私が、個人メールやチャットから送金・権限付与・ホワイトリスト登録を依頼することはありません。
不審なメールを受け取ったら、開かずに「報告」ボタンでセキュリティチームへ報告してください。

代表取締役CEO 佐藤 陽翔
""", "2026-11-06 09:00 +0900"),
    Mail("benign", "exec-impersonation", "en",
         "the real CEO, travelling, tells staff to ignore any request from his personal accounts",
         CEO, (ALL_STAFF,),
         "Travelling next week - how to reach me",
         """Hi all,

I will be in Singapore and Hong Kong from 9 to 14 November. I will only use this mailbox and our Slack
workspace. If anyone receives a message from a Gmail, LINE, WhatsApp or Telegram account using my name,
it is not me - forward it to security@kitsune-ex.co.jp.

Approvals continue through the normal workflows; Emily covers anything urgent.

Haruto
""", "2026-11-07 18:20 +0900"),
    Mail("benign", "exec-impersonation", "fr",
         "the real CFO from her address approves the Paris office budget and asks for the usual purchase-order flow",
         CFO, (LAURENT,),
         "Budget T1 bureau de Paris - validé",
         """Bonjour Camille,

Je valide le budget T1 du bureau de Paris tel que présenté lundi. Pour les engagements au-delà de 10 000 EUR,
merci de passer comme d'habitude par un bon de commande dans l'ERP, avec double validation.

Bonne journée,
Emily
""", "2026-11-05 10:10 +0100"),
    Mail("benign", "exec-impersonation", "ko",
         "the real CEO from his address thanks the Seoul office and asks for a report through the normal channel",
         ("사토 하루토", "h.sato@kitsune-ex.co.jp"), (PARK,),
         "서울 지사 10월 실적 관련",
         """박대현 님,

서울 지사 10월 실적 잘 봤습니다. 수고 많으셨습니다.
다음 주 경영회의 전에 원화 입출금 지연 건 원인 분석을 평소처럼 공유 드라이브에 올려 주세요.
급한 건 아닙니다.

사토 하루토
""", "2026-11-08 11:00 +0900"),
    Mail("benign", "exec-impersonation", "ar",
         "the real CEO from his address asks the Dubai office to confirm attendance at an event; nothing to pay",
         ("هاروتو ساتو", "h.sato@kitsune-ex.co.jp"), (HADDAD,),
         "حضور فعالية أبوظبي",
         """عزيزي عمر،

هل يمكنك تأكيد حضورنا لفعالية أبوظبي للأصول الرقمية في 2 ديسمبر؟ التسجيل والرسوم يمران عبر فريق المشتريات كالمعتاد.
أرسل لي جدول الاجتماعات المقترح عندما يكون جاهزاً.

مع التحية،
هاروتو
""", "2026-11-09 08:30 +0900"),
    Mail("benign", "exec-impersonation", "zh",
         "the real CFO from her address asks the HK OTC desk for the monthly report via the shared drive",
         ("Emily Carter", "emily.carter@kitsune-ex.com"), (LI,),
         "香港OTC十月报告",
         """李伟你好，

请在周五前把十月份香港OTC的交易量和对手方报告上传到共享盘的 Finance/OTC 目录，
客户KYC资料不要通过邮件发送，保持在合规系统里即可。谢谢！

Emily
""", "2026-11-10 09:20 +0800"),
    Mail("benign", "exec-impersonation", "en",
         "the executive assistant, from her own address, forwards the CEO's itinerary with urgent timing",
         ITO, (TANAKA, TAKAHASHI),
         "Haruto's itinerary 9-14 Nov (urgent items flagged)",
         """Hi Mika, Sho,

Haruto's itinerary is attached in the shared calendar. Urgent items:
- Tue 10 Nov: signer quorum for the monthly cold-to-warm move needs Mika + Sho, Haruto cannot sign that day.
- Thu 12 Nov: board pack must be final by 12:00 JST.

Any request that claims to come from him while he travels should be confirmed on Slack or by phone.

Yuki
""", "2026-11-08 16:00 +0900"),
]

# -- vendor-impersonation look-alikes -------------------------------------------------------------

VENDOR = [
    Mail("benign", "vendor-impersonation", "en",
         "real Fireblocks maintenance notice from fireblocks.com; no link to act on",
         ("Fireblocks", "no-reply@fireblocks.com"), (TANAKA,),
         "Scheduled maintenance: Fireblocks Network - 15 Nov 2026",
         """Hello,

We will perform scheduled maintenance on the Fireblocks Network on 15 November 2026 between 01:00 and 02:00
UTC. Transfers submitted during the window will be queued and processed afterwards. No action is needed.

Current status is always available on our status page.

The Fireblocks Team
""", "2026-11-02 16:00 +0000"),
    Mail("benign", "vendor-impersonation", "en",
         "real Safe product update from safe.global linking only to app.safe.global and its docs",
         ("Safe", "hello@safe.global"), (TREASURY,),
         "What's new in Safe{Wallet}: November",
         """Hi there,

This month in Safe{Wallet}:
- Clearer transaction previews for nested Safes
- Hardware-wallet signing improvements for Ledger and Trezor
- Address book export as CSV

Open your Safe at https://app.safe.global. Release notes: https://help.safe.global

Safe never asks for your private keys or seed phrase.

The Safe team
""", "2026-11-04 15:00 +0000"),
    Mail("benign", "vendor-impersonation", "ja",
         "real Money Forward invoice notice from moneyforward.com (vendor not in the profile)",
         ("マネーフォワード クラウド請求書", "noreply@moneyforward.com"), (KEIRI,),
         "【マネーフォワード クラウド】請求書が届きました",
         """キツネ取引所株式会社 経理部 御中

株式会社ルミナス設計 様から請求書が届きました。

請求番号：LS-2611-042
支払期限：2026年12月31日

マネーフォワード クラウドにログインしてご確認ください。
https://invoice.moneyforward.com/

株式会社マネーフォワード
""", "2026-11-05 09:02 +0900"),
    Mail("benign", "vendor-impersonation", "en",
         "real CrowdStrike release note from crowdstrike.com: sensor updates roll out via policy, no download",
         ("CrowdStrike", "noreply@crowdstrike.com"), (TAKAHASHI,),
         "Falcon sensor for Windows 7.20 now generally available",
         """Falcon sensor for Windows 7.20 is now generally available in the Falcon console.
Hosts on an N-1 update policy will receive it automatically over the coming days.

Review sensor update policies in the Falcon console under Host setup and management.
Support portal: https://supportportal.crowdstrike.com

CrowdStrike
""", "2026-11-06 20:00 +0000"),
    Mail("benign", "vendor-impersonation", "en",
         "real Okta admin notice from okta.com about a new sign-in; says to act only in the admin console",
         ("Okta", "noreply@okta.com"), (TAKAHASHI,),
         "New sign-in to your Okta admin account",
         """Hi Sho,

We noticed a new sign-in to your Okta administrator account.

Time: 7 Nov 2026 08:14 JST
Browser: Chrome on macOS
Location: Tokyo, Japan

If this was you, you can ignore this email. If not, sign in to your Okta admin console directly and reset
your factors. Okta will never ask for your password by email.
""", "2026-11-07 08:16 +0900"),
    Mail("benign", "vendor-impersonation", "en",
         "real Google Workspace alert from google.com about a suspicious login blocked",
         ("Google Workspace Alerts", "google-workspace-alerts-noreply@google.com"), (TAKAHASHI,),
         "Alert: Suspicious login blocked",
         """Google Workspace
Suspicious login blocked

Google blocked a suspicious login attempt for y.ito@kitsune-ex.co.jp.
Attempt location: Singapore
Attempt time: 8 Nov 2026, 02:41 GMT

View details in the Admin console alert center: https://admin.google.com/ac/ac
""", "2026-11-08 02:45 +0000"),
    Mail("benign", "vendor-impersonation", "en",
         "real AWS billing notice from amazonaws.com",
         ("Amazon Web Services", "no-reply-aws@amazon.com"), (KEIRI,),
         "AWS Notification - Your October 2026 invoice is available",
         """Greetings from Amazon Web Services,

Your invoice for October 2026 is now available for account 4xxx-xxxx-7731.
Amount due: USD 48,212.66

You can view the invoice in the AWS Billing and Cost Management console:
https://console.aws.amazon.com/billing/home#/bills

Sincerely,
Amazon Web Services
""", "2026-11-03 07:00 +0000"),
    Mail("benign", "vendor-impersonation", "ko",
         "real VerifyVASP notice from verifyvasp.com about a scheduled API version change; no key upload",
         ("VerifyVASP", "support@verifyvasp.com"), (PARK,),
         "[VerifyVASP] API v3 전환 일정 안내",
         """안녕하세요, VerifyVASP입니다.

12월 1일부터 트래블룰 API v3가 기본 버전으로 적용됩니다. v2는 2027년 2월까지 병행 지원됩니다.
변경 사항은 개발자 문서에서 확인하실 수 있습니다. 인증서나 개인키 제출은 필요하지 않습니다.

VerifyVASP 드림
""", "2026-11-09 10:00 +0900"),
    Mail("benign", "vendor-impersonation", "zh",
         "real Hex Trust client notice from hextrust.com about holiday cut-off times",
         ("Hex Trust Client Services", "clientservices@hextrust.com"), (LI,),
         "年末结算截止时间通知",
         """尊敬的客户：

请留意12月24日至1月2日期间的提币审批截止时间将提前至香港时间16:00。
如有疑问，请通过客户门户提交工单或联系您的客户经理。本通知无需任何操作。

Hex Trust 客户服务部
""", "2026-11-11 10:00 +0800"),
    Mail("benign", "vendor-impersonation", "fr",
         "real Notabene notice from notabene.id about a Travel Rule counterparty request, to be handled in the dashboard",
         ("Notabene", "noreply@notabene.id"), (LAURENT,),
         "Nouvelle demande de transfert Travel Rule en attente",
         """Bonjour,

Une demande de transfert entrante de la part de Coinhaven SAS est en attente de votre confirmation.
Connectez-vous à votre tableau de bord Notabene pour l'examiner.

Notabene ne vous demandera jamais de signer une transaction ni de connecter un portefeuille par e-mail.

L'équipe Notabene
""", "2026-11-10 09:30 +0100"),
    Mail("benign", "vendor-impersonation", "ar",
         "real 1Password billing notice from 1password.com; no credentials asked",
         ("1Password", "billing@1password.com"), (HADDAD,),
         "إيصال اشتراك 1Password Business",
         """مرحباً،

تم تجديد اشتراك 1Password Business لفريق Kitsune Exchange بنجاح لمدة سنة.
يمكنك عرض الإيصال من صفحة الفوترة في حسابك.

لن نطلب منك أبداً مفتاحك السري أو كلمة المرور الرئيسية عبر البريد الإلكتروني.

فريق 1Password
""", "2026-11-12 06:00 +0400"),
]

# -- lookalike-link look-alikes -------------------------------------------------------------------

LOOKALIKE = [
    Mail("benign", "lookalike-link", "ja",
         "real IT notice from the org domain linking to the real SSO on sso.kitsune-ex.co.jp",
         ("情報システム部", "it@kitsune-ex.co.jp"), (ALL_STAFF,),
         "【情報システム部】SSO ログイン画面のデザイン変更について",
         """社員各位

11月10日より、シングルサインオンのログイン画面のデザインが変わります。URL は変わりません。
https://sso.kitsune-ex.co.jp/

上記以外のドメイン（例：kitsune-ex.tokyo や kitsune-ex-sso.com など）でログインを求められた場合は、
入力せずにセキュリティチームへ報告してください。

情報システム部
""", "2026-11-04 10:00 +0900"),
    Mail("benign", "lookalike-link", "en",
         "security newsletter listing defanged lookalike domains seen this month",
         TAKAHASHI, (ALL_STAFF,),
         "Security bulletin #46: lookalike domains seen this month",
         """Hi all,

Lookalike domains we blocked this month (defanged, do not visit):
- kitsune-ex[.]jp  (TLD swap, fake password page)
- kltsune-ex[.]com (l instead of i, fake benefits page)
- app.safe.global.tx-queue[.]io (fake Safe queue)

Our only domains are kitsune-ex.co.jp and kitsune-ex.com. The Safe app is app.safe.global and the Fireblocks
console is console.fireblocks.io. Use your bookmarks.

Sho, Security
""", "2026-11-12 17:00 +0900"),
    Mail("benign", "lookalike-link", "en",
         "real HR benefits mail from the org domain linking to the real benefits subdomain",
         ("People Team", "people@kitsune-ex.com"), (ALL_STAFF,),
         "2027 benefits enrolment is open",
         """Hi all,

2027 benefits enrolment is open until 20 November. Review your options in the HR portal:
https://hr.kitsune-ex.com/benefits

Sign in with SSO as usual. Questions: #ask-people on Slack.

People Team
""", "2026-11-03 11:00 +0900"),
    Mail("benign", "lookalike-link", "en",
         "treasury colleague from the real domain shares the real app.safe.global queue link",
         TANAKA, (SUZUKI, TAKAHASHI),
         "Signers: monthly warm-wallet top-up",
         """Hi both,

Monthly warm-wallet top-up is queued in Safe:
https://app.safe.global/transactions/queue?safe=eth:0x2C81e4f0A9b3D57c61E8a0F4b2d9C7e5A3f16B08

Please check the safeTxHash on your Ledger against the one in ticket TRS-2231 before signing.

Mika
""", "2026-11-02 14:10 +0900"),
    Mail("benign", "lookalike-link", "en",
         "real Fireblocks Network connection request from fireblocks.io linking to console.fireblocks.io",
         ("Fireblocks", "no-reply@fireblocks.io"), (TREASURY,),
         "Connection request from Halvorsen Prime",
         """Halvorsen Prime has requested to connect with your workspace on the Fireblocks Network.

Review the request in the console: https://console.fireblocks.io/v2/network

If you do not recognise this counterparty, decline the request.
""", "2026-11-03 05:00 +0000"),
    Mail("benign", "lookalike-link", "ja",
         "hard negative: an unrelated real company with a similar name (Kitsune Coffee) sends a catering invoice",
         ("きつね珈琲 ケータリング", "catering@kitsune-coffee.jp"), (WATANABE_JA,),
         "11/20 社内イベント ケータリングのご確認",
         """キツネ取引所株式会社
渡辺様

いつもありがとうございます。きつね珈琲でございます。
11月20日の社内イベント用ケータリング（40名様分）のお見積りをお送りします。
メニューと金額は以下のページでご確認いただけます。
https://kitsune-coffee.jp/catering/quote/2611-40

ご不明点がございましたらお電話ください。
""", "2026-11-06 15:30 +0900"),
    Mail("benign", "lookalike-link", "ko",
         "real Seoul office admin mail from the org domain linking to the real expense system",
         ("경영지원팀", "admin-seoul@kitsune-ex.com"), (PARK,),
         "[경비정산] 10월 법인카드 정산 마감 안내",
         """박대현 님,

10월 법인카드 정산 마감은 11월 12일입니다. 사내 경비 시스템에서 증빙을 첨부해 주세요.
https://expense.kitsune-ex.com/

경영지원팀 드림
""", "2026-11-09 09:00 +0900"),
    Mail("benign", "lookalike-link", "zh",
         "real HK OTC operations mail from the org domain linking to the real portal",
         ("Kitsune OTC 运营", "otc-ops@kitsune-ex.com"), (LI,),
         "OTC门户维护通知",
         """各位交易员：

OTC客户门户将于11月15日（周日）香港时间02:00-04:00维护。维护完成后请照常通过书签登录：
https://otc.kitsune-ex.com/

OTC 运营
""", "2026-11-13 18:00 +0800"),
]

# -- recruiter-coding-test look-alikes -------------------------------------------------------------

RECRUITER = [
    Mail("benign", "recruiter-coding-test", "en",
         "real agency recruiter (en world Japan) proposes a role and a call; nothing to run",
         ("Rachel Kim - en world Japan", "rachel.kim@enworld.com"), (SUZUKI,),
         "Senior Backend Engineer - fintech client in Tokyo",
         """Hi Kenta,

I'm a consultant at en world Japan. One of our fintech clients in Otemachi is hiring a Senior Backend Engineer
(Go, Kafka). Would you be open to a 20-minute call next week? If so, just reply with a couple of slots.

Best regards,
Rachel Kim
""", "2026-11-02 10:00 +0900"),
    Mail("benign", "recruiter-coding-test", "en",
         "real HackerRank assessment in the browser, sent by the company's own careers team",
         ("Kitsune Exchange Careers via HackerRank", "support@hackerrankforwork.com"), (("Aiko Mori", "aiko.mori.dev@gmail.com"),),
         "Kitsune Exchange - online assessment invitation",
         """Hi Aiko,

Kitsune Exchange has invited you to take an online assessment for the Backend Engineer position.
The test runs entirely in your browser (90 minutes, two problems). You do not need to install anything.

Start the test: https://www.hackerrank.com/test/kx-backend-2026/login

Good luck!
HackerRank for Work
""", "2026-11-03 09:00 +0000"),
    Mail("benign", "recruiter-coding-test", "ja",
         "internal onboarding mail: npm ci / docker compose up on the company's own GitHub repo",
         ("鈴木 健太", "k.suzuki@kitsune-ex.co.jp"), (("小林 大輔", "d.kobayashi@kitsune-ex.co.jp"),),
         "開発環境セットアップ手順（入社初日）",
         """小林さん

ようこそ！開発環境は以下の手順でセットアップしてください。

1. 貸与 Mac で https://github.com/kitsune-ex/exchange-core を clone
2. `npm ci`
3. `docker compose up -d`（ローカルの Postgres と Redis が起動します）

社外のリポジトリや、採用面接で渡されたコードを業務用 Mac で実行しないでください。
分からないことは #dev-onboarding で聞いてください。

鈴木
""", "2026-11-04 09:30 +0900"),
    Mail("benign", "recruiter-coding-test", "en",
         "real GitHub pull-request notification for the company's own repo mentioning npm install",
         ("Kenta Suzuki", "notifications@github.com"), (TAKAHASHI,),
         "[kitsune-ex/exchange-core] Bump ws to 8.18.1 (PR #2214)",
         """@k-suzuki requested your review on: kitsune-ex/exchange-core#2214 Bump ws to 8.18.1.

Lockfile updated with `npm install ws@8.18.1`; CI green.

View it on GitHub: https://github.com/kitsune-ex/exchange-core/pull/2214
""", "2026-11-05 03:15 +0000"),
    Mail("benign", "recruiter-coding-test", "ja",
         "real Japanese agency (Reeracoen) arranges an interview at the client's office",
         ("リーラコーエン 転職支援 山口", "yamaguchi@reeracoen.co.jp"), (SUZUKI_JA,),
         "面接日程のご連絡（株式会社トラスト証券様）",
         """鈴木様

お世話になっております。リーラコーエンの山口です。
株式会社トラスト証券様の一次面接の日程が確定しましたのでご連絡いたします。

日時：11月13日（金）18:30〜19:30
場所：先方本社（東京都中央区日本橋）受付にてお名前をお伝えください
持ち物：特にございません

事前課題はございません。よろしくお願いいたします。
""", "2026-11-06 12:00 +0900"),
    Mail("benign", "recruiter-coding-test", "fr",
         "real agency recruiter (Urban Linker) says the client's Codility test runs in the browser; nothing to install",
         ("Sophie Garnier - Urban Linker", "sophie.garnier@urbanlinker.com"), (LAURENT,),
         "Poste Product Owner Crypto - prochaine étape",
         """Bonjour Camille,

Merci pour notre échange. Le client souhaite vous faire passer un court exercice sur Codility, directement
dans le navigateur (45 minutes), avant l'entretien avec le CTO. Vous recevrez le lien de Codility sous 24h.
Aucun logiciel à installer.

Bien cordialement,
Sophie Garnier
""", "2026-11-07 11:00 +0100"),
    Mail("benign", "recruiter-coding-test", "ko",
         "real Korean job platform (Saramin) notification about a job application status",
         ("사람인", "noreply@saramin.co.kr"), (PARK,),
         "[사람인] 지원하신 포지션의 서류 결과 안내",
         """박대현 님,

지원하신 '블록체인 인프라 엔지니어' 포지션의 서류 전형 결과가 등록되었습니다.
사람인에 로그인하여 확인해 주세요.

사람인 드림
""", "2026-11-08 10:00 +0900"),
    Mail("benign", "recruiter-coding-test", "zh",
         "real recruiter from Liepin invites to a phone screen; no code to run",
         ("猎聘顾问 刘畅", "liuchang@liepin.com"), (LI,),
         "香港数字资产公司 交易系统负责人 职位沟通",
         """李先生您好，

我是猎聘的顾问刘畅。香港一家持牌数字资产交易平台正在招聘交易系统负责人，
想约您本周做一个 15 分钟的电话沟通，了解您的意向。方便的话请回复合适的时间。

刘畅
""", "2026-11-09 14:00 +0800"),
    Mail("benign", "recruiter-coding-test", "en",
         "careers team sends a candidate the company's own take-home hosted under github.com/kitsune-ex, run in a container the candidate controls",
         CAREERS, (("Tom Ashworth", "tom.ashworth.dev@outlook.com"),),
         "Kitsune Exchange - take-home exercise",
         """Hi Tom,

Thanks for the first interview. The take-home is a small public repo:
https://github.com/kitsune-ex/hiring-exercise-orderbook

It has no install scripts: read the README, implement the missing function and run the tests with
`go test ./...`. Please use any machine or container you like; we never need access to your environment.
Send us a link to your fork within a week, no rush.

Kitsune Exchange Careers
""", "2026-11-10 15:00 +0900"),
]

# -- investor-meeting-install look-alikes ----------------------------------------------------------

INVESTOR = [
    Mail("benign", "investor-meeting-install", "en",
         "real Zoom invitation from an investor on zoom.us; nothing to install beyond the official client",
         ("Laura Chen - Crestmoor Capital", "laura.chen@crestmoor.vc"), (ITO,),
         "Crestmoor / Kitsune - Zoom details",
         """Hi Yuki,

Here are the details for Thursday's call with Haruto:
Join Zoom Meeting: https://us02web.zoom.us/j/87761230045?pwd=Qm9rZ2p1
Meeting ID: 877 6123 0045, passcode 551823

Looking forward to it.
Laura
""", "2026-11-02 08:00 +0000"),
    Mail("benign", "investor-meeting-install", "en",
         "real Microsoft Teams invitation with a teams.microsoft.com link and .ics",
         ("Olivia Pemberton", "olivia.pemberton@harborline.com"), (CFO,),
         "Harborline / Kitsune diligence call",
         """Dear Emily,

Please find the invitation for Tuesday's diligence call attached.

Microsoft Teams meeting
Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE4ZDMy%40thread.v2/0
Meeting ID: 248 113 509 771  Passcode: q7Zt2x

Kind regards,
Olivia
""", "2026-11-04 12:00 +0000",
         attachments=(Att("invite.ics", ics("Harborline / Kitsune diligence", "20261110T060000Z", "20261110T070000Z",
                                            "olivia.pemberton@harborline.com", "emily.carter@kitsune-ex.com",
                                            "Microsoft Teams Meeting", "hb-kx-20261110@harborline.com"),
                          "text/calendar"),)),
    Mail("benign", "investor-meeting-install", "ja",
         "Japanese VC meets at its own office; data room is a normal browser link on a known service",
         ("東雲ベンチャーズ 片山", "katayama@shinonome-vc.jp"), (ITO_JA,),
         "11/12 面談のご案内",
         """伊藤様

お世話になっております。東雲ベンチャーズの片山です。
11月12日（木）15:00 より、弊社オフィス（港区虎ノ門）にて佐藤社長との面談をお願いいたします。
事前資料は DocSend でお送りしますので、ブラウザでご覧ください。インストールは不要です。

よろしくお願いいたします。
""", "2026-11-05 17:00 +0900"),
    Mail("benign", "investor-meeting-install", "en",
         "internal IT note: meeting clients update only through Self Service; never from links sent by externals",
         ("IT Service Desk", "it@kitsune-ex.co.jp"), (ALL_STAFF,),
         "Zoom and Teams updates this week",
         """Hi all,

Zoom 6.4 and the new Teams client will be pushed to all company laptops this week through Self Service.
You do not need to download anything yourself.

If an external contact tells you to install a plugin, a "fix" script or a special client to join a meeting,
don't - join from the browser and tell security.

IT Service Desk
""", "2026-11-06 10:00 +0900"),
    Mail("benign", "investor-meeting-install", "ko",
         "Korean investor sends a normal Webex link on webex.com",
         ("이준호", "junho.lee@haneulequity.co.kr"), (PARK,),
         "IR 미팅 Webex 링크",
         """박대현 님,

내일 오후 3시 IR 미팅 링크 보내드립니다. 별도 설치 없이 브라우저로도 접속 가능합니다.
https://haneulequity.webex.com/meet/junho.lee

이준호 드림
""", "2026-11-09 16:00 +0900"),
    Mail("benign", "investor-meeting-install", "fr",
         "family office sends a Google Meet link from meet.google.com",
         ("Antoine Verneuil", "antoine@verneuil-patrimoine.fr"), (LAURENT,),
         "Entretien mercredi - lien Meet",
         """Bonjour Camille,

Voici le lien pour l'entretien de mercredi à 10h avec M. Sato :
https://meet.google.com/xkf-qtrb-wpn

À mercredi,
Antoine
""", "2026-11-10 18:00 +0100"),
    Mail("benign", "investor-meeting-install", "zh",
         "Chinese investor uses the official Tencent Meeting link; nothing else to install",
         ("陈思远", "chensy@longmencap.com"), (LI,),
         "下周二会议链接",
         """李先生您好，

下周二上午10点的会议链接如下，使用腾讯会议官方客户端或网页版均可：
https://meeting.tencent.com/dm/8Zk2LwQp3

会议号：482 117 905

陈思远
""", "2026-11-11 10:00 +0800"),
    Mail("benign", "investor-meeting-install", "ar",
         "Abu Dhabi investor confirms an in-person meeting and a Teams fallback link",
         ("فيصل الحمادي", "faisal.alhammadi@sahracap.com"), (HADDAD,),
         "تأكيد اجتماع الأحد",
         """عزيزي عمر،

نؤكد الاجتماع مع السيد ساتو يوم الأحد الساعة 11 صباحاً في مكتبنا في سوق أبوظبي العالمي.
إذا تعذر الحضور، يمكن الانضمام عبر Teams:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmQ4Njc1%40thread.v2/0

فيصل
""", "2026-11-12 09:00 +0400"),
]

# -- trading-app look-alikes ------------------------------------------------------------------------

TRADING = [
    Mail("benign", "trading-app", "en",
         "real App Store Connect mail: the company's own iOS app was approved",
         ("App Store Connect", "no_reply@email.apple.com"), (SUZUKI,),
         "The status of your (iOS) app, Kitsune Exchange, is now Ready for Distribution",
         """Dear Kitsune Exchange K.K.,

The following app has been approved for distribution:
App Name: Kitsune Exchange
App Version Number: 4.12.0
Platform: iOS

You can view it in App Store Connect.

Best regards,
App Store Connect
""", "2026-11-03 01:00 +0000"),
    Mail("benign", "trading-app", "ja",
         "the company's own customer announcement of its app update with apps.apple.com and play.google.com links",
         SUPPORT, (("Customer list", "announce@kitsune-ex.com"),),
         "【キツネ取引所】スマホアプリ v4.12 リリースのお知らせ",
         """いつもキツネ取引所をご利用いただきありがとうございます。

スマートフォンアプリ v4.12 をリリースしました。チャートの描画速度を改善し、価格アラート機能を追加しています。

App Store：https://apps.apple.com/jp/app/kitsune-exchange/id6443012345
Google Play：https://play.google.com/store/apps/details?id=jp.co.kitsuneex.app

当社がメールやSNSでアプリのインストールファイル（.apk など）を直接お送りすることはありません。

キツネ取引所 カスタマーサポート
""", "2026-11-04 12:00 +0900"),
    Mail("benign", "trading-app", "en",
         "real TradingView newsletter about new indicators; web app only",
         ("TradingView", "noreply@tradingview.com"), (TANAKA,),
         "New on TradingView: volume footprint for crypto pairs",
         """Hi Mika,

Volume footprint charts are now available for crypto pairs on all paid plans. Open any chart on
https://www.tradingview.com and add the Volume Footprint indicator.

Happy trading,
The TradingView Team
""", "2026-11-05 15:00 +0000"),
    Mail("benign", "trading-app", "en",
         "security warning about fake trading and price-prediction apps, no live links",
         TAKAHASHI, (ALL_STAFF,),
         "Reminder: fake trading tools targeting exchange staff",
         """Hi all,

We are seeing cold emails offering AI price-prediction apps and arbitrage bots to treasury and OTC staff.
They usually ask you to ignore a SmartScreen/Gatekeeper warning, add an antivirus exclusion, or enter an
API key with withdrawal rights. Do not install them. Approved tools are in Self Service only.

Sho, Security
""", "2026-11-09 11:00 +0900"),
    Mail("benign", "trading-app", "ko",
         "Korean internal mail: the quant team's tool released from the company's own GitHub org",
         ("박대현", "d.park@kitsune-ex.com"), (("서울 퀀트팀", "quant-seoul@kitsune-ex.com"),),
         "김프 모니터링 대시보드 v1.3 배포",
         """팀원 여러분,

김프 모니터링 대시보드 v1.3이 사내 저장소에 릴리스되었습니다.
https://github.com/kitsune-ex/kimp-dashboard/releases/tag/v1.3.0

사내 쿠버네티스에 배포되어 있으니 별도로 설치하실 필요는 없고, 사내 URL로 접속하시면 됩니다.
출금 권한 있는 API 키는 절대 사용하지 않습니다.

박대현
""", "2026-11-10 10:00 +0900"),
    Mail("benign", "trading-app", "zh",
         "real Google Play Console notice about the company's Android app review",
         ("Google Play Console", "noreply-play-console@google.com"), (LI,),
         "您的应用更新已发布：Kitsune Exchange",
         """您好，

您的应用 Kitsune Exchange（jp.co.kitsuneex.app）的更新版本 4.12.0 已通过审核并发布到 Google Play。

您可以在 Play 管理中心查看详情。

Google Play 团队
""", "2026-11-04 02:00 +0000"),
    Mail("benign", "trading-app", "fr",
         "French market-data vendor (Kaiko) sends an API changelog; no executable",
         ("Kaiko", "product@kaiko.com"), (LAURENT,),
         "Kaiko API : nouveautés de novembre",
         """Bonjour,

Ce mois-ci, l'API Kaiko ajoute les carnets d'ordres agrégés sur 5 nouvelles plateformes et un endpoint de
VWAP à la minute. Détails dans la documentation : https://docs.kaiko.com

L'équipe Kaiko
""", "2026-11-12 10:00 +0100"),
]

# -- wallet-request look-alikes ---------------------------------------------------------------------

WALLET = [
    Mail("benign", "wallet-request", "en",
         "real CFO asks signers to approve a queued Safe transaction in app.safe.global and verify the hash on device",
         CFO, (TANAKA, TAKAHASHI),
         "Please sign: Q4 cold-to-warm rebalance (urgent today)",
         """Hi Mika, Sho,

The Q4 rebalance (2,000 ETH cold -> warm) is queued in Safe and needs two more signatures today:
https://app.safe.global/transactions/queue?safe=eth:0x9B1e3c7D05aF48E2b6c0D9f1A7e3B5c8d2F46a10

Before you sign, compare the safeTxHash on your Ledger with the one in ticket TRS-2247 and confirm the
destination is our warm wallet from the address book. No delegatecall in this one.

Emily
""", "2026-11-03 10:00 +0900"),
    Mail("benign", "wallet-request", "en",
         "real Fireblocks approval notification from fireblocks.io pointing to the mobile app",
         ("Fireblocks", "no-reply@fireblocks.io"), (TANAKA,),
         "Transaction pending your approval",
         """A transaction requires your approval.

Asset: USDC (Ethereum)
Amount: 250,000
Source: Treasury Vault
Destination: Halvorsen Prime (whitelisted)

Approve or reject in the Fireblocks mobile app. Fireblocks will never ask you for your recovery phrase.
""", "2026-11-05 06:00 +0000"),
    Mail("benign", "wallet-request", "en",
         "support reply to a customer that mentions seed phrases only as a warning",
         SUPPORT, (("Daniel Wu", "daniel.wu.trader@gmail.com"),),
         "Re: [Ticket #884120] Withdrawal stuck",
         """Hello Daniel,

Your withdrawal of 0.8 BTC was delayed by our standard 24-hour hold on newly added addresses. It was
broadcast at 09:12 UTC; you can follow it on any block explorer with the transaction ID in your history.

Please note: Kitsune Exchange staff will never ask for your seed phrase, private key or 2FA codes.

Kitsune Exchange Support
""", "2026-11-06 09:30 +0000"),
    Mail("benign", "wallet-request", "ja",
         "internal treasury procedure: a partner's address change needs a signed letter, a call-back and a 24h hold",
         TANAKA_JA, (TREASURY,),
         "取引先の出金先アドレス変更手順（再周知）",
         """トレジャリーチーム各位

最近、取引先を装ったアドレス変更依頼が増えています。改めて手順を確認します。

1. 変更依頼はメールだけでは受け付けない（署名済みレターをポータル経由で受領）
2. ベンダーマスタ登録済みの電話番号へ折り返し確認
3. ホワイトリスト登録後 24 時間ホールド、初回は少額テスト送金

役員からの依頼でも例外はありません。

田中
""", "2026-11-07 11:00 +0900"),
    Mail("benign", "wallet-request", "ko",
         "Korean daily settlement report from the Seoul office with tx hashes; nothing to sign",
         PARK, (TREASURY,),
         "[서울] 11/9 정산 완료 보고",
         """트레저리팀,

11월 9일 대한디지털자산과의 정산이 완료되었습니다.
USDT 1,500,000 - 등록된 주소로 송금, TX: 0x5e1f9a2c7d0b84e3a6c1f5d92b8e07a4c3d6f1b9e2a5c8d70f4b1e3a6c9d2f58

특이사항 없습니다.
박대현
""", "2026-11-09 18:00 +0900"),
    Mail("benign", "wallet-request", "zh",
         "HK OTC trade confirmation to the client's whitelisted address",
         LI, (("Lianhe Capital Ops", "ops@lianhe-cap.hk"),),
         "成交确认 OTC-HK-20261110-03",
         """周小姐您好，

今日成交确认如下：
卖出 USDT 800,000，结算至贵司已登记白名单地址（尾号 …7c2E）。
交易哈希：0x8a3d1f7e2c9b05a4e6d1c8f3b7a2e9d0c5f4b8a1e7d3c6f2b9a0e5d8c1f4a7b3

如需变更结算地址，请按框架协议第5条通过签署的书面通知办理。

李伟
""", "2026-11-10 16:00 +0800"),
    Mail("benign", "wallet-request", "fr",
         "real auditor asks for signed messages (proof of control) done in-house; explicitly no keys",
         ("Mathilde Renaud - Fauvel & Associés", "m.renaud@fauvel-associes.fr"), (LAURENT,),
         "Preuve de réserves - procédure",
         """Bonjour Camille,

Pour la preuve de réserves, nous vous enverrons via le portail sécurisé une liste de messages à signer avec
chacune de vos adresses. Vous signez en interne, avec vos procédures habituelles, et nous retournez
uniquement les signatures. Nous n'avons besoin d'aucune clé privée, keystore ni phrase de récupération.

Cordialement,
Mathilde Renaud
""", "2026-11-11 09:00 +0100"),
    Mail("benign", "wallet-request", "ar",
         "Arabic internal note reminding the Dubai office that no one will ever ask for the recovery phrase",
         HADDAD, (("فريق دبي", "dubai@kitsune-ex.com"),),
         "تذكير: عبارات الاسترداد",
         """الزملاء الأعزاء،

تذكير بأن عبارات الاسترداد تُحفظ فقط في الخزنة الفعلية بموجب إجراء التحكم المزدوج.
لن يطلب منكم أي فريق تدقيق أو مدير إدخالها في نموذج أو إرسالها بالبريد. أبلغوا فريق الأمن فوراً عن أي طلب من هذا النوع.

عمر
""", "2026-11-14 10:00 +0400"),
]

# -- attachment look-alikes -------------------------------------------------------------------------

_PPAP = zip_archive([("請求書_2611.pdf", pdf(["Invoice 2611", "Lumen Strait Audit LLC", "Amount: JPY 6,380,000"],
                                              title="Invoice 2611"))], password="Ls7Qe2v9")

ATTACH = [
    Mail("benign", "attachment", "ja",
         "genuine PPAP encrypted zip of a PDF invoice; the password comes in a separate mail",
         ("ルーメン監査法人 経理", "keiri@lumen-strait.co.jp"), (KEIRI,),
         "【請求書送付】2026年11月分",
         """キツネ取引所株式会社
経理部 御中

いつもお世話になっております。
11月分の請求書を送付いたします。パスワードは別メールにてお送りします。

ルーメン監査法人 経理担当
""", "2026-11-04 10:00 +0900", attachments=(Att("請求書_2611.zip", _PPAP, ZIP),)),
    Mail("benign", "attachment", "ja",
         "the separate PPAP password mail that follows the invoice zip",
         ("ルーメン監査法人 経理", "keiri@lumen-strait.co.jp"), (KEIRI,),
         "【パスワード通知】2026年11月分 請求書",
         """キツネ取引所株式会社
経理部 御中

先ほどお送りした請求書ファイルのパスワードをお知らせします。
パスワード：Ls7Qe2v9

ルーメン監査法人 経理担当
""", "2026-11-04 10:02 +0900"),
    Mail("benign", "attachment", "en",
         "board pack as a PDF from the executive assistant",
         ITO, (CEO, CFO),
         "Board pack - 12 Nov (final)",
         """Hi Haruto, Emily,

Final board pack attached (PDF). Changes since the draft are on pages 4 and 11.

Yuki
""", "2026-11-11 17:00 +0900",
         attachments=(Att("Board_Pack_2026-11-12.pdf", pdf(["Board of Directors", "12 November 2026", "Agenda"],
                                                            title="Board Pack"), PDF),)),
    Mail("benign", "attachment", "en",
         "market maker sends a macro-free xlsx of monthly fills",
         ("Nadia Fenwick", "nadia.fenwick@tidewell.com"), (TANAKA,),
         "October fills report",
         """Hi Mika,

October fills report attached (xlsx, no macros). Totals reconcile with your statement except two fills on
the 28th, flagged in yellow.

Nadia
""", "2026-11-03 07:30 +0000",
         attachments=(Att("Tidewell_Fills_2026-10.xlsx", spreadsheet([["date", "pair", "side", "qty", "price"],
                                                                      ["2026-10-28", "BTC/JPY", "buy", "1.2", "15230000"],
                                                                      ["2026-10-28", "ETH/JPY", "sell", "30", "561000"]]),
                          XLSX),)),
    Mail("benign", "attachment", "fr",
         "real counsel sends a .docx contract draft (no macros) in the existing relationship",
         VASSEUR, (LAURENT,),
         "Projet de contrat de prestation - version 2",
         """Camille,

Vous trouverez ci-joint la version 2 du contrat de prestation, en mode révision.
Je reste disponible pour en parler jeudi.

Bien à vous,
Hélène Vasseur
""", "2026-11-06 15:00 +0100",
         attachments=(Att("Contrat_prestation_v2.docx",
                          word_document(["Contrat de prestation de services", "Version 2 - projet"]), DOCX),)),
    Mail("benign", "attachment", "en",
         "security training mail that names .lnk, .iso, .chm and .hta as dangerous attachment types; no attachment",
         TAKAHASHI, (ALL_STAFF,),
         "Training: attachment types we block and why",
         """Hi all,

Our gateway now blocks .lnk, .iso, .img, .chm, .hta, .js, .vbs, .wsf, .xll and .msi attachments, including
inside zip and 7z archives. If a partner genuinely needs to send one of these, ask them to share it through
our Box tenant and contact security first. A PDF should never ask you to "enable content".

Sho, Security
""", "2026-11-10 09:00 +0900"),
    Mail("benign", "attachment", "ko",
         "Korean partner sends a PDF agreement draft from its real domain",
         DAEHAN, (PARK,),
         "유동성 공급 계약서 갱신본 (PDF)",
         """박대현 님,

2027년 유동성 공급 계약서 갱신본을 PDF로 보내드립니다. 검토 후 의견 주시면 반영하겠습니다.

한지원 드림
""", "2026-11-12 10:00 +0900",
         attachments=(Att("LP_Agreement_2027_draft.pdf", pdf(["Liquidity Provision Agreement 2027", "Draft"],
                                                              title="LP Agreement"), PDF),)),
    Mail("benign", "attachment", "zh",
         "HK bank real e-receipt as a PDF from the bank's real domain",
         ("HSBC HK e-Advice", "e-advice@hsbc.com.hk"), (LI,),
         "电子通知书：汇入汇款",
         """尊敬的客户：

附件为您的汇入汇款电子通知书（PDF）。如有疑问，请致电您的客户经理。

此邮件由系统发出。
""", "2026-11-11 12:00 +0800",
         attachments=(Att("eAdvice_20261111.pdf", pdf(["Inward Remittance Advice", "USD 386,200.00"],
                                                      title="e-Advice"), PDF),)),
    Mail("benign", "attachment", "ar",
         "Dubai supplier sends a quotation as a normal PDF",
         ("الريادة للحلول التقنية", "sales@alriyada.ae"), (HADDAD,),
         "عرض سعر - كاميرات المكتب",
         """السيد عمر المحترم،

مرفق عرض السعر بصيغة PDF لكاميرات المراقبة في المكتب. السعر صالح لمدة 30 يوماً.

قسم المبيعات
""", "2026-11-12 11:00 +0400",
         attachments=(Att("Quotation_CCTV_1126.pdf", pdf(["Quotation", "CCTV for Dubai office"], title="Quotation"),
                          PDF),)),
    Mail("benign", "attachment", "en",
         "real screenshot PNG of a dashboard from a colleague",
         SUZUKI, (TAKAHASHI,),
         "Screenshot of the alert",
         """Sho, here's the screenshot of the matching-engine latency alert from last night.

Kenta
""", "2026-11-13 09:00 +0900",
         attachments=(Att("latency_alert.png", png(), "image/png"),)),
]

# -- conversation-hijack look-alikes: the partners' real threads ----------------------------------

HIJACK = [
    Mail("benign", "conversation-hijack", "en",
         "Halvorsen Prime's genuine thread opener about the settlement schedule",
         HALVORSEN, (TANAKA,),
         "November settlement schedule - Halvorsen Prime / Kitsune",
         """Hi Mika,

Proposed settlement dates for November: 7, 14, 21 and 28, cut-off 15:00 CET, to the addresses already
whitelisted on both sides. Could you confirm?

Best regards,
Ingrid Solberg
Head of Settlements, Halvorsen Prime AS
""", "2026-11-04 10:00 +0100", message_id=HALVORSEN_MID),
    Mail("benign", "conversation-hijack", "en",
         "our genuine reply in the Halvorsen thread (the message the hijack answers)",
         TANAKA, (HALVORSEN,),
         "RE: November settlement schedule - Halvorsen Prime / Kitsune",
         """Hi Ingrid,

Confirmed: 7, 14, 21 and 28 November, 15:00 CET cut-off, existing whitelisted addresses.

Mika
""", "2026-11-04 19:30 +0900", message_id=HALVORSEN_REPLY_MID, in_reply_to=HALVORSEN_MID,
         references=HALVORSEN_MID),
    Mail("benign", "conversation-hijack", "en",
         "Halvorsen's genuine follow-up from the real domain confirming no address change after our call-back",
         HALVORSEN, (TANAKA,),
         "RE: November settlement schedule - Halvorsen Prime / Kitsune",
         """Hi Mika,

Thanks for calling. To confirm in writing: we have NOT changed any settlement address. Please keep using the
whitelisted one. We've reported halvorsen-prlme.com to our registrar contact.

Ingrid
""", "2026-11-06 09:15 +0100", in_reply_to=HALVORSEN_REPLY_MID,
         references=f"{HALVORSEN_MID} {HALVORSEN_REPLY_MID}"),
    Mail("benign", "conversation-hijack", "ja",
         "Kirishima Trust's genuine invoice mail (thread opener)",
         KIRISHIMA, (KEIRI,),
         "11月分 信託報酬のご請求について",
         """キツネ取引所株式会社
経理部 御中

いつもお世話になっております。霧島信託銀行の森本でございます。
11月分の信託報酬のご請求書を、法人ポータルにアップロードいたしました。
お振込先は従来どおりでございます。ご確認のほどよろしくお願い申し上げます。

霧島信託銀行 法人営業部 森本 浩二
""", "2026-11-04 09:30 +0900", message_id=KIRISHIMA_MID),
    Mail("benign", "conversation-hijack", "fr",
         "Atelier Vasseur's genuine mail about the CASP filing calendar (thread opener)",
         VASSEUR, (LAURENT,),
         "Note CASP - calendrier de dépôt",
         """Camille,

Comme convenu, voici le calendrier proposé pour le dépôt du dossier CASP :
- 20 novembre : relecture interne
- 2 décembre : dépôt auprès de l'AMF

La note détaillée suivra sur notre espace partagé habituel.

Bien à vous,
Hélène Vasseur
""", "2026-11-05 14:00 +0100", message_id=VASSEUR_MID),
    Mail("benign", "conversation-hijack", "ko",
         "Daehan Digital Assets' genuine thread opener on the November settlement schedule",
         DAEHAN, (PARK,),
         "11월 유동성 공급 정산 일정",
         """박대현 님,

11월 정산은 9일, 23일 두 차례 진행하며, 기존에 등록된 지갑 주소를 그대로 사용하겠습니다.
일정 확인 부탁드립니다.

한지원 드림
""", "2026-11-06 14:02 +0900", message_id=DAEHAN_MID),
    Mail("benign", "conversation-hijack", "ko",
         "our genuine reply in the Daehan thread confirming the schedule",
         PARK, (DAEHAN,),
         "RE: 11월 유동성 공급 정산 일정",
         """한지원 님,

일정 확인했습니다. 9일, 23일 기존 주소로 진행하겠습니다. 주소 변경 시에는 계약서에 따라 서면 통지 부탁드립니다.

박대현 드림
""", "2026-11-06 16:30 +0900", in_reply_to=DAEHAN_MID, references=DAEHAN_MID),
    Mail("benign", "conversation-hijack", "zh",
         "Lianhe Capital's genuine thread opener about the framework agreement revision (PDF via its portal)",
         LIANHE, (LI,),
         "场外交易框架协议修订稿",
         """李先生，

框架协议修订稿已上传至我们的客户文件平台，您可以用原有账户登录查看（PDF格式）。
主要修改在第7条结算时限。请在下周前给我们意见。

周嘉慧
联和资本 交易运营部
""", "2026-11-05 11:00 +0800", message_id=LIANHE_MID),
    Mail("benign", "conversation-hijack", "ar",
         "Qimma Digital's genuine brokerage-fee invoice mail (thread opener)",
         QIMMA, (HADDAD,),
         "فاتورة رسوم الوساطة - أكتوبر",
         """عزيزي عمر،

مرفق فاتورة رسوم الوساطة لشهر أكتوبر. يرجى التحويل إلى حسابنا المعتاد المسجل لديكم.

سالم المنصوري
القمة الرقمية
""", "2026-11-07 10:00 +0400", message_id=QIMMA_MID,
         attachments=(Att("AW_Invoice_2026-10.pdf", pdf(["Invoice", "Brokerage fees October 2026"], title="Invoice"),
                          PDF),)),
    Mail("benign", "conversation-hijack", "en",
         "genuine FW: of a partner's mail by a colleague, internally, with the original quoted",
         TAKAHASHI, (TANAKA,),
         "FW: RE: November settlement schedule - Halvorsen Prime / Kitsune",
         """Mika, FYI - forwarding the suspicious "new wallet" reply so you have it in the ticket. Don't act on it;
Ingrid has confirmed by phone that nothing changed.

Sho

-----Original Message-----
From: Ingrid Solberg
Subject: RE: November settlement schedule - Halvorsen Prime / Kitsune
""", "2026-11-06 10:00 +0900"),
]

BENIGN = [*EXEC, *VENDOR, *LOOKALIKE, *RECRUITER, *INVESTOR, *TRADING, *WALLET, *ATTACH, *HIJACK]
