"""Set K benign look-alikes, hand-written. Each resembles a lure category but is ordinary business mail
that a security analyst would let through."""

from __future__ import annotations

from binaries import ics, pdf, spreadsheet, word_document, zip_archive
from people import (
                    ALL_STAFF,
                    CAREERS,
                    CEO,
                    CEO_JA,
                    CFO,
                    HADDAD,
                    ITO_JA,
                    KEIRI,
                    LAURENT,
                    LI,
                    PARK,
                    SUPPORT,
                    SUZUKI,
                    SUZUKI_JA,
                    TAKAHASHI,
                    TAKAHASHI_JA,
                    TANAKA,
                    TANAKA_JA,
                    TREASURY,
)
from spec import Att, Mail
from threads_k import (
                    CHEONGUN,
                    CHEONGUN_MID,
                    CORBELLE,
                    CORBELLE_MID,
                    HONGSHENG,
                    HONGSHENG_MID,
                    MINATO,
                    MINATO_MID,
                    QUILL,
                    QUILL_MID,
                    RIMAL,
                    RIMAL_MID,
)

B = "benign"

EXEC = [
    Mail(B, "exec-impersonation", "ja",
         "Real CEO from his own address: urgent swap of board papers, nothing but documents",
         CEO_JA, (TANAKA_JA,),
         "【至急】明日の取締役会資料の差し替え",
         """田中さん

明日の取締役会資料のうち、資金管理報告（p.12〜15）を最新の残高で差し替えたいです。
10月末の残高表を反映した版を、今日の18時までに共有フォルダの「取締役会/2026-11」に置いてください。
急ぎで申し訳ないですが、よろしくお願いします。

佐藤""",
         "2026-11-03 11:20 +0900"),
    Mail(B, "exec-impersonation", "en",
         "Real CFO from her own address: payment queued in the ERP, second approver and call-back as usual",
         CFO, (TREASURY,),
         "Payment for approval - Q4 audit fee (ERP #AP-20931)",
         """Hi team,

I've entered the Q4 audit fee (JPY 18,700,000) in the ERP as AP-20931. It needs the usual second
approval from treasury. The auditor's bank details are unchanged from the master record; please
still do the call-back to their known number before release, as per policy.

No rush beyond the due date on the 20th.

Emily""",
         "2026-11-04 09:30 +0900"),
    Mail(B, "exec-impersonation", "en",
         "Real CEO travel note from his own address, restating that he never asks for transfers or codes by mail",
         CEO, (ALL_STAFF,),
         "Travelling 10-14 Nov",
         """All,

I'll be in Singapore and Dubai from 10 to 14 November. Yuki has my schedule.

A reminder, since these trips are when people try it: I will never ask anyone by email, chat or
phone to move funds, change a payment, share a code or skip an approval. If you receive such a
request "from me", report it to security@kitsune-ex.co.jp and don't reply.

Haruto""",
         "2026-11-06 17:05 +0900"),
    Mail(B, "exec-impersonation", "ja",
         "CEO's assistant relays an urgent schedule change from her real address",
         ITO_JA, (TAKAHASHI_JA,),
         "社長との打ち合わせ時間変更のお願い（本日）",
         """高橋さん

お疲れさまです。伊藤です。
社長から、本日15時のセキュリティ定例を16時半に変更したいと連絡がありました。
急な変更で恐縮ですが、ご都合いかがでしょうか。難しければ明日の朝でも大丈夫とのことです。

伊藤""",
         "2026-11-05 10:12 +0900"),
    Mail(B, "exec-impersonation", "ko",
         "Real CEO from his own address asks the Seoul office for the quarterly report by Friday",
         ("Haruto Sato", "h.sato@kitsune-ex.co.jp"), (PARK,),
         "서울 오피스 분기 보고 요청",
         """박대현 님,

다음 주 이사회 전에 서울 오피스의 3분기 실적 요약과 신규 기관 고객 현황을 보고 싶습니다.
금요일까지 평소 보고 양식으로 공유 드라이브에 올려 주시면 됩니다.
서울 팀 모두 수고가 많습니다.

사토""",
         "2026-11-09 14:40 +0900"),
    Mail(B, "exec-impersonation", "fr",
         "Real CFO from her own address asks the Paris office for its 2027 budget",
         CFO, (LAURENT,),
         "Budget 2027 - bureau de Paris",
         """Bonjour Camille,

Pourriez-vous m'envoyer le budget 2027 du bureau de Paris (effectifs, loyers, prestataires)
d'ici vendredi prochain ? Le modèle habituel est dans le dossier Finance/Budget 2027.
Rien d'urgent avant cette date.

Merci,
Emily""",
         "2026-11-10 08:45 +0900"),
    Mail(B, "exec-impersonation", "zh",
         "Real CFO from her own address asks the HK desk for the monthly OTC summary",
         CFO, (LI,),
         "10月场外交易月度汇总",
         """李伟你好，

请在本周内把10月的场外交易月度汇总（成交量、客户数、主要币种）发给我，
按照往常的模板即可，我会放进月度管理报告。谢谢。

Emily""",
         "2026-11-11 10:05 +0900"),
    Mail(B, "exec-impersonation", "ar",
         "Real CEO from his own address asks the Dubai office to book a regulator meeting through official channels",
         CEO, (HADDAD,),
         "اجتماع مع الجهة التنظيمية في دبي",
         """مرحباً عمر،

أرجو ترتيب اجتماع تعريفي مع الجهة التنظيمية للأصول الافتراضية خلال زيارتي يوم 13 نوفمبر، عن طريق
بوابتهم الرسمية كالمعتاد، وإرسال الدعوة إلى يوكي لإضافتها إلى جدولي.

شكراً
هاروتو""",
         "2026-11-06 16:30 +0900"),
]

VENDOR = [
    Mail(B, "vendor-impersonation", "en",
         "Genuine Fireblocks product update from fireblocks.com linking only to the real console and docs",
         ("Fireblocks", "product-updates@fireblocks.com"), (TANAKA,),
         "What's new in Fireblocks - November 2026",
         """Hi Mika,

Here is what shipped this month:

- Policy editor: draft and review TAP changes before publishing them. Changes still require
  approval by the admin quorum.
- Address book: bulk import for whitelisted addresses, with the same approval flow as single adds.
- Reporting: daily balance exports in CSV and Parquet.

Read the release notes: https://developers.fireblocks.com/changelog
Sign in to your workspace: https://console.fireblocks.io

Fireblocks will never ask you for your recovery passphrase, backup kit or API secret.

The Fireblocks team""",
         "2026-11-03 16:00 +0000"),
    Mail(B, "vendor-impersonation", "en",
         "Genuine Safe newsletter from safe.global about a release, pointing at app.safe.global",
         ("Safe", "hello@safe.global"), (TANAKA,),
         "Safe{Wallet} release: clearer transaction simulation",
         """Hi there,

This release makes transaction review clearer: every queued transaction now shows a decoded
summary, the simulated balance changes and a warning when a call is a delegatecall or changes the
owners, threshold, modules or guard of your Safe.

Nothing to install - the update is live on https://app.safe.global.

Stay safe,
The Safe team""",
         "2026-11-05 15:00 +0000"),
    Mail(B, "vendor-impersonation", "en",
         "Genuine Jamf maintenance notice from jamf.com; no action or download needed",
         ("Jamf Cloud Operations", "cloud-notifications@jamf.com"), (SUZUKI,),
         "Scheduled maintenance for your Jamf Cloud instance",
         """Hello,

Your Jamf Cloud instance kitsune-ex.jamfcloud.com will be upgraded to the latest release during
the maintenance window on 15 November, 02:00-04:00 JST. Managed devices do not need any action;
enrollment profiles and certificates are unchanged.

Status updates: https://status.jamf.com

Jamf Cloud Operations""",
         "2026-11-07 05:00 +0000"),
    Mail(B, "vendor-impersonation", "ja",
         "Genuine LINE WORKS maintenance notice from worksmobile.com, no login requested",
         ("LINE WORKS", "noreply@worksmobile.com"), (ITO_JA,),
         "【LINE WORKS】定期メンテナンスのお知らせ（11/18）",
         """LINE WORKS をご利用いただきありがとうございます。

下記の日程で定期メンテナンスを実施いたします。
日時: 2026年11月18日（水）2:00〜5:00
影響: メンテナンス中はトーク・カレンダーが一時的にご利用いただけません。

お客様側での作業は必要ありません。詳細は管理者画面のお知らせをご確認ください。

LINE WORKS""",
         "2026-11-10 11:00 +0900"),
    Mail(B, "vendor-impersonation", "ko",
         "Genuine Hancom update notice from hancom.com pointing to the built-in updater, no exe link",
         ("한컴", "help@hancom.com"), (PARK,),
         "[한컴오피스] 11월 정기 보안 업데이트 안내",
         """안녕하세요, 한글과컴퓨터입니다.

11월 정기 보안 업데이트가 배포되었습니다. 한컴오피스를 실행하면 자동 업데이트 알림이 표시되며,
'한컴 자동 업데이트'에서 설치하실 수 있습니다. 기업 고객은 사내 배포 시스템을 통해 적용해 주세요.

한컴은 이메일로 설치 파일을 보내거나 백신을 끄도록 요청하지 않습니다.

감사합니다.""",
         "2026-11-11 10:00 +0900"),
    Mail(B, "vendor-impersonation", "zh",
         "Genuine Ceffu monthly statement notice from ceffu.com, read in the usual portal",
         ("Ceffu", "noreply@ceffu.com"), (LI,),
         "Ceffu 10月托管对账单已生成",
         """尊敬的客户：

贵司2026年10月的托管资产对账单已生成，请登录 Ceffu 机构平台查看与下载。
如对账单有疑问，请通过平台内的工单系统联系客户经理。

Ceffu 不会通过邮件索取您的 API Secret、密码或验证码。

Ceffu 客户服务""",
         "2026-11-04 10:00 +0800"),
    Mail(B, "vendor-impersonation", "fr",
         "Genuine Pennylane monthly-closing reminder from pennylane.com",
         ("Pennylane", "notifications@pennylane.com"), (LAURENT,),
         "Clôture d'octobre : 6 justificatifs manquants",
         """Bonjour Camille,

Il reste 6 transactions d'octobre sans justificatif sur le compte Kitsune Exchange - Paris.
Vous pouvez les compléter depuis l'application, rubrique Transactions > À justifier.

Bonne journée,
L'équipe Pennylane""",
         "2026-11-05 09:00 +0100"),
    Mail(B, "vendor-impersonation", "ar",
         "Genuine Mashreq maintenance notice from mashreq.com that warns it never asks for token codes",
         ("بنك المشرق", "neobiz@mashreq.com"), (HADDAD,),
         "إشعار صيانة مجدولة لخدمات الشركات",
         """عميلنا العزيز،

نود إعلامكم بأن الخدمات المصرفية الإلكترونية للشركات ستكون غير متاحة بسبب أعمال صيانة مجدولة يوم
السبت 15 نوفمبر من الساعة 1 حتى 4 صباحاً بتوقيت الإمارات. لا يلزم أي إجراء من جانبكم.

تذكير: لن نطلب منكم أبداً رموز التفعيل أو كلمات المرور عبر البريد الإلكتروني أو الهاتف.

بنك المشرق""",
         "2026-11-12 10:00 +0400"),
    Mail(B, "vendor-impersonation", "en",
         "Genuine Cloudflare auto-renewal notice from cloudflare.com for the org's own domain",
         ("Cloudflare", "noreply@notify.cloudflare.com"), (TAKAHASHI,),
         "Your domain kitsune-ex.com will auto-renew in 30 days",
         """Hello,

kitsune-ex.com is set to auto-renew on 16 December 2026 for 1 year using the payment method on
file. No action is needed. To review renewal settings, go to Domain Registration in your
Cloudflare dashboard.

Cloudflare Registrar""",
         "2026-11-16 00:30 +0000"),
]

LOOKALIKE = [
    Mail(B, "lookalike-link", "ja",
         "Real HR stock-option notice from the org domain linking to the org's own portal",
         ("人事部", "jinji@kitsune-ex.co.jp"), (ALL_STAFF,),
         "【人事部】ストックオプション行使期間のご案内",
         """社員各位

第3回新株予約権の行使期間は12月12日（金）までです。
行使を希望される方は、社内ポータル（https://portal.kitsune-ex.co.jp/hr/equity）から申請してください。
手続きの詳細は説明会（11/20 12:00、社内Zoom）でご案内します。
メールで行使の申請やパスワードの入力をお願いすることはありません。

人事部""",
         "2026-11-04 13:00 +0900"),
    Mail(B, "lookalike-link", "en",
         "Internal IT notice about the SSO change with links only on the org's own domains",
         ("Kitsune IT", "it@kitsune-ex.co.jp"), (ALL_STAFF,),
         "Passkeys for everyone from 1 December",
         """Hi all,

From 1 December, sign-in to company apps moves to passkeys. You can register yours now at
https://sso.kitsune-ex.co.jp/settings/security (it only works from a managed device).

IT will never send you a link to "re-verify" on any other domain. If a mail says your session
expires and links somewhere else, report it with the Report button.

Kitsune IT""",
         "2026-11-05 12:00 +0900"),
    Mail(B, "lookalike-link", "en",
         "Security digest that lists this month's lookalike domains defanged",
         ("Kitsune Security", "security@kitsune-ex.co.jp"), (ALL_STAFF,),
         "Security digest - lookalike domains blocked this month",
         """Hi all,

We asked registrars to take down, and blocked at the gateway, the following lookalikes this month:

- kitsume-ex[.]com (m instead of n), used for a fake session-expiry mail
- kitsune-ex-co-jp[.]com (dots turned into hyphens), fake stock-option portal
- console.flreblocks[.]io (l instead of i)
- safe-app[.]global

Our real domains are kitsune-ex.co.jp and kitsune-ex.com, nothing else. Report anything odd.

Sho Takahashi, Security""",
         "2026-11-17 17:30 +0900"),
    Mail(B, "lookalike-link", "ja",
         "Unrelated real-estate company with a similar name writes about office space on its own domain",
         ("きつね不動産 法人営業部", "hojin@kitsune-fudosan.co.jp"), (("総務部", "somu@kitsune-ex.co.jp"),),
         "オフィス移転のご相談について（資料送付）",
         """キツネエクスチェンジ株式会社
総務部 ご担当者様

先日はお問い合わせいただきありがとうございました。きつね不動産の法人営業部です。
ご希望の条件（日本橋エリア、200坪前後）に合う物件を3件ピックアップしました。
物件概要は弊社サイト（https://www.kitsune-fudosan.co.jp/office/nihonbashi）にも掲載しております。

内覧のご希望日をお知らせください。

きつね不動産株式会社 法人営業部""",
         "2026-11-06 15:10 +0900"),
    Mail(B, "lookalike-link", "ko",
         "Seoul office benefits-points reminder from the org domain with a link on kitsune-ex.com",
         ("키츠네 서울 경영지원팀", "hr-seoul@kitsune-ex.com"), (PARK,),
         "[경영지원] 복지포인트 사용 기한 안내",
         """서울 오피스 임직원 여러분,

올해 복지포인트는 12월 15일까지 사용하셔야 합니다. 잔여 포인트는 사내 포털
(https://portal.kitsune-ex.com/benefits)에서 확인하실 수 있습니다.

경영지원팀""",
         "2026-11-10 15:00 +0900"),
    Mail(B, "lookalike-link", "zh",
         "HK HR MPF notice from the org domain linking to the org's own self-service portal",
         ("Kitsune 香港人事部", "hr-hk@kitsune-ex.com"), (LI,),
         "10月强积金供款记录已上传",
         """各位香港同事：

10月的强积金供款记录已上传至员工自助平台（https://portal.kitsune-ex.com/hk/mpf），
请在11月底前核对。如有疑问请直接联系人事部。

香港人事部""",
         "2026-11-11 14:00 +0800"),
    Mail(B, "lookalike-link", "fr",
         "Paris office expense-policy note from the org domain linking to the real intranet",
         ("Kitsune Exchange - Services généraux", "services-generaux@kitsune-ex.com"), (LAURENT,),
         "Rappel : notes de frais d'octobre",
         """Bonjour à tous,

Merci de saisir vos notes de frais d'octobre avant le 15 novembre dans l'outil habituel
(https://intranet.kitsune-ex.com/frais). La politique de frais reste inchangée.

Les services généraux""",
         "2026-11-07 09:30 +0100"),
    Mail(B, "lookalike-link", "ar",
         "Colleague in Dubai shares a folder with a normal Google Drive link from the org domain",
         ("سارة يوسف", "s.yousef@kitsune-ex.com"), (HADDAD,),
         "مجلد عروض الشركاء للاجتماع",
         """مرحباً عمر،

وضعت عروض الشركاء لاجتماع الخميس في هذا المجلد على Drive الخاص بالشركة:
https://drive.google.com/drive/folders/1kXq7mW2nR9sTfL0aPzC3vB8dE5yH6uJ

أخبرني إذا احتجت أي تعديل.

سارة""",
         "2026-11-12 11:20 +0400"),
]

RECRUIT = [
    Mail(B, "recruiter-coding-test", "en",
         "Careers team books an engineer as interviewer for a browser-only CoderPad session; nothing to install",
         CAREERS, (SUZUKI,),
         "Interviewer request - Backend Engineer candidate (CoderPad, 12 Nov)",
         """Hi Kenta,

Could you interview a Backend Engineer candidate on 12 November, 15:00-16:00 JST? It runs in the
browser on CoderPad; the pad link comes from coderpad.io an hour before and the question bank is
in the hiring wiki. The candidate installs nothing and runs nothing locally.

Please accept the calendar hold if that works.

Kitsune Exchange Careers""",
         "2026-11-04 16:20 +0900"),
    Mail(B, "recruiter-coding-test", "en",
         "Careers asks an engineer to review a candidate's take-home PR on the company's own GitHub org, run in a Codespace",
         CAREERS, (SUZUKI,),
         "Take-home to review - Platform Engineer (Daniel E.)",
         """Hi Kenta,

Daniel Eze has submitted the platform take-home as a pull request:
https://github.com/kitsune-ex/platform-take-home/pull/57

Please review it in a GitHub Codespace ("Code" > "Codespaces"): the devcontainer runs `npm ci`
and the tests there, so nothing runs on your laptop. Scorecard in Greenhouse by Friday, please.

Kitsune Exchange Careers""",
         "2026-11-06 11:00 +0900"),
    Mail(B, "recruiter-coding-test", "en",
         "GitHub review-request notification on the org's repo mentioning npm ci in CI",
         ("GitHub", "notifications@github.com"), (SUZUKI,),
         "[kitsune-ex/withdrawal-service] Bump ethers to 6.13.4 (PR #4133)",
         """@y-kobayashi requested your review on: kitsune-ex/withdrawal-service#4133

Bump ethers to 6.13.4.

CI: npm ci && npm test - all checks have passed.

View it on GitHub: https://github.com/kitsune-ex/withdrawal-service/pull/4133""",
         "2026-11-09 02:15 +0000"),
    Mail(B, "recruiter-coding-test", "ja",
         "Real agency recruiter arranges a normal interview; no code to run",
         ("JACリクルートメント 小野寺", "onodera.k@jac-recruitment.jp"), (SUZUKI_JA,),
         "面談日程のご相談（フィンテック企業 バックエンドエンジニア）",
         """鈴木 健太 様

JACリクルートメントの小野寺です。先日ご案内したフィンテック企業の件、書類選考を通過しました。
一次面接はオンライン（Microsoft Teams）で、候補日は以下のとおりです。
・11/12（木）19:00〜 ・11/13（金）18:30〜
技術課題は面接当日に画面共有で口頭説明いただく形式で、事前の作業はございません。

小野寺""",
         "2026-11-07 10:30 +0900"),
    Mail(B, "recruiter-coding-test", "ko",
         "Korean recruiter sets up an interview on Programmers (browser test)",
         ("프로그래머스 채용팀", "recruit@programmers.co.kr"), (PARK,),
         "[프로그래머스] 코딩테스트 응시 안내",
         """박대현 님 안녕하세요.

지원하신 포지션의 온라인 코딩테스트 일정을 안내드립니다.
일시: 11월 14일(금) 20:00~21:30
응시 방법: 프로그래머스 웹사이트에서 브라우저로 응시 (별도 프로그램 설치 없음)

응시 링크는 시작 30분 전에 이메일로 발송됩니다.

프로그래머스 채용팀""",
         "2026-11-10 18:00 +0900"),
    Mail(B, "recruiter-coding-test", "zh",
         "Liepin consultant invites to an ordinary video interview on Tencent Meeting, no test files",
         ("猎聘顾问 刘婷", "liuting@liepin.com"), (LI,),
         "面试邀请 - 场外交易主管（香港）",
         """李伟您好，

您好，我是猎聘的顾问刘婷。客户（香港一家持牌券商）希望与您进行首轮视频面试，
时间建议在11月13日下午3点，通过腾讯会议进行，会议号稍后由客户HR发出。
面试以交流经验为主，无需提前准备代码或安装任何软件。

刘婷""",
         "2026-11-11 09:45 +0800"),
    Mail(B, "recruiter-coding-test", "fr",
         "Hays recruiter proposes an in-person interview with a paper case study; nothing to install",
         ("Claire Lemoine - Hays", "claire.lemoine@hays.fr"), (LAURENT,),
         "Entretien - Responsable conformité crypto",
         """Bonjour Camille,

Notre client souhaite vous rencontrer pour le poste de responsable conformité. L'entretien aura
lieu dans leurs locaux à Paris (8e) le 18 novembre à 10 h. Une étude de cas vous sera remise sur
place, sur papier. Aucun logiciel à installer.

Bien cordialement,
Claire Lemoine""",
         "2026-11-12 14:00 +0100"),
    Mail(B, "recruiter-coding-test", "ar",
         "GulfTalent recruiter message about a normal interview, nothing to run",
         ("GulfTalent", "jobs@gulftalent.com"), (HADDAD,),
         "دعوة لمقابلة - مدير تطوير الأعمال",
         """عزيزي عمر،

يسعدنا إبلاغك بأن صاحب العمل اطلع على ملفك ويرغب في إجراء مقابلة معك لوظيفة مدير تطوير الأعمال في دبي.
ستكون المقابلة حضورية في مكتبهم يوم 17 نوفمبر. لا يلزم أي اختبار أو تنزيل مسبق.

فريق GulfTalent""",
         "2026-11-13 09:00 +0400"),
]

INVESTOR = [
    Mail(B, "investor-meeting-install", "en",
         "Real investor sends an ordinary zoom.us link; joining in the browser or the installed client",
         ("Sophie Lang", "sophie.lang@eastmere-partners.com"), (CEO,),
         "Eastmere x Kitsune - intro call Thursday",
         """Hi Haruto,

Thanks for making time. Here is the link for Thursday 13 Nov, 09:00 JST:
https://us06web.zoom.us/j/83349120584?pwd=Rk9aT2xZcE1uQ0RqS3dLVlh6

Meeting ID: 833 4912 0584. Your usual Zoom client or the browser is fine.

Best,
Sophie Lang
Eastmere Partners""",
         "2026-11-04 21:10 +0000"),
    Mail(B, "investor-meeting-install", "en",
         "Teams invitation with an .ics from a genuine partner's own tenant",
         ("Marco Bellini", "m.bellini@ostrale-ventures.com"), (CFO,),
         "Ostrale Ventures - Series C follow-up",
         """Hi Emily,

Invitation attached for our follow-up on 17 November, 17:00 JST, on Microsoft Teams:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWFhYzY0ZTQtOTFiNC00@thread.v2/0

Marco""",
         "2026-11-06 08:40 +0000",
         attachments=(Att("invite.ics",
                          ics("Ostrale Ventures - Series C follow-up", "20261117T080000Z", "20261117T090000Z",
                              "m.bellini@ostrale-ventures.com", "emily.carter@kitsune-ex.com",
                              "Microsoft Teams Meeting", "ostrale-20261117@ostrale-ventures.com"),
                          "text/calendar"),)),
    Mail(B, "investor-meeting-install", "ja",
         "Japanese VC sends a Google Meet link for a diligence call; nothing to install",
         ("若葉インベストメント 石田", "ishida@wakaba-invest.co.jp"), (CEO_JA,),
         "デューデリジェンス面談のご案内（Google Meet）",
         """佐藤 陽翔 様

若葉インベストメントの石田です。来週のデューデリジェンス面談は Google Meet で実施いたします。
日時: 11月18日（火）10:00〜11:00
URL: https://meet.google.com/pqx-mrzt-kvd

ブラウザからそのままご参加いただけます。どうぞよろしくお願いいたします。

石田""",
         "2026-11-10 09:20 +0900"),
    Mail(B, "investor-meeting-install", "ko",
         "Korean bank sends an ordinary Webex invitation on webex.com",
         ("신한은행 디지털자산팀", "digital.asset@shinhan.com"), (PARK,),
         "[미팅 안내] 디지털자산 수탁 협력 논의",
         """박대현 님,

다음 주 수요일 오후 2시 미팅은 Webex로 진행합니다.
https://shinhan.webex.com/shinhan/j.php?MTID=m7c2f9a0d41b8e5
브라우저 또는 기존에 설치된 Webex 앱으로 참여하시면 됩니다.

신한은행 디지털자산팀 드림""",
         "2026-11-11 16:30 +0900"),
    Mail(B, "investor-meeting-install", "zh",
         "Chinese investor sends an ordinary Tencent Meeting link on meeting.tencent.com",
         ("远景资本 孙悦", "sunyue@yuanjing-cap.com"), (LI,),
         "会议邀请：11月14日 投资交流",
         """李伟您好，

感谢安排。会议信息如下：
腾讯会议：https://meeting.tencent.com/dm/Qw8sK2vLr5Tn
会议号：482-913-776
时间：11月14日 15:00（香港时间）

可直接用浏览器或已安装的腾讯会议加入。

孙悦""",
         "2026-11-12 10:40 +0800"),
    Mail(B, "investor-meeting-install", "fr",
         "French family office proposes a plain Teams meeting, no plugin",
         ("Béatrice Rolland", "b.rolland@maison-ardel.fr"), (LAURENT,),
         "Réunion investisseurs - lien Teams",
         """Bonjour Camille,

Voici le lien pour notre réunion de jeudi 14 h avec M. Sato :
https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk3MmRhNmUtOGQ0Ny00@thread.v2/0

Vous pouvez rejoindre depuis le navigateur.

Béatrice Rolland
Maison Ardel""",
         "2026-11-13 10:15 +0100"),
    Mail(B, "investor-meeting-install", "ar",
         "Dubai investor sends an ordinary Zoom link",
         ("فيصل المهيري", "f.almheiri@sabkha-ventures.ae"), (HADDAD,),
         "رابط اجتماع الاستثمار",
         """الأخ عمر،

هذا رابط اجتماع يوم الأحد الساعة 2 ظهراً بتوقيت دبي:
https://us02web.zoom.us/j/81920337415

يمكن الانضمام من المتصفح أو من تطبيق زوم المعتاد.

فيصل المهيري""",
         "2026-11-14 12:00 +0400"),
    Mail(B, "investor-meeting-install", "ja",
         "Internal IT notice: meeting apps are updated only through Self Service, never from invite links",
         ("Kitsune IT", "it@kitsune-ex.co.jp"), (ALL_STAFF,),
         "【情報システム】会議アプリのインストール・更新について",
         """社員各位

Zoom・Teams・Webex などの会議アプリは、会社のセルフサービス（Jamf Self Service / Intune ポータル）
からのみインストール・更新してください。社外の方から「専用アプリ」「プラグイン」「SDK更新」の
インストールを求められた場合は、ブラウザ参加で対応し、情報システム部に連絡してください。

情報システム部""",
         "2026-11-05 09:00 +0900"),
]

TRADING = [
    Mail(B, "trading-app", "ja",
         "Company's own app release announced with official App Store and Google Play links",
         ("キツネエクスチェンジ広報", "pr@kitsune-ex.co.jp"), (ALL_STAFF,),
         "【社内共有】スマホアプリ v5.2 リリースのお知らせ",
         """社員各位

本日、キツネエクスチェンジ公式アプリ v5.2 をリリースしました（チャートの描画改善、指値注文の一括取消）。
App Store: https://apps.apple.com/jp/app/kitsune-exchange/id6447710231
Google Play: https://play.google.com/store/apps/details?id=jp.co.kitsuneex.app

お客様からのお問い合わせには公式ストア以外からのダウンロードは案内しないようお願いします。

広報部""",
         "2026-11-05 15:30 +0900"),
    Mail(B, "trading-app", "en",
         "Genuine TradingView newsletter about charting features",
         ("TradingView", "noreply@tradingview.com"), (TANAKA,),
         "New: volume footprint charts for everyone",
         """Hi Mika,

Volume footprint charts are now available on all paid plans, on the web and in the desktop app.
Update the desktop app from inside the app or from tradingview.com/desktop.

Happy trading,
The TradingView team""",
         "2026-11-07 14:00 +0000"),
    Mail(B, "trading-app", "en",
         "Internal desk note: the approved market-data terminal comes through the Company Portal, read-only keys",
         ("Trading Desk Lead", "desk@kitsune-ex.com"), (TANAKA,),
         "Market-data terminal for the new desk seats",
         """Hi Mika,

The two new desk seats get the approved market-data terminal through the Company Portal
(Intune) - please don't install anything vendors send directly. API keys for analytics tools are
read-only; trading and withdrawal keys stay in the OMS.

Thanks""",
         "2026-11-09 10:10 +0900"),
    Mail(B, "trading-app", "ko",
         "Seoul office note about the company's app update on the official stores",
         ("키츠네 서울 운영팀", "ops-seoul@kitsune-ex.com"), (PARK,),
         "앱 업데이트 고객 문의 대응 안내",
         """박대현 님,

이번 주 공식 앱 업데이트(v5.2) 관련 고객 문의가 늘고 있습니다. 고객께는 App Store와
Google Play 공식 스토어에서만 업데이트하시도록 안내해 주세요. APK 파일이나 외부 링크는 절대 안내하지 않습니다.

운영팀""",
         "2026-11-10 11:30 +0900"),
    Mail(B, "trading-app", "zh",
         "TestFlight invitation from Apple for the company's own internal beta app",
         ("TestFlight", "no_reply@email.apple.com"), (LI,),
         "Kitsune Exchange 邀请您测试 Kitsune Trader (Beta)",
         """Kitsune Exchange K.K. 邀请您测试 Kitsune Trader。

要开始测试，请在您的 iOS 设备上安装 App Store 中的 TestFlight，然后打开此邀请：
https://testflight.apple.com/join/Kx7pQ2mL

测试版本：1.4 (212)""",
         "2026-11-12 03:00 +0000"),
    Mail(B, "trading-app", "fr",
         "Google Play Console notice about the company's own app review",
         ("Google Play Console", "noreply-play-console@google.com"), (LAURENT,),
         "Mise à jour publiée : Kitsune Exchange (jp.co.kitsuneex.app)",
         """Bonjour,

La mise à jour de votre application Kitsune Exchange (version 5.2, code 5200) a été examinée et
publiée sur Google Play. Elle sera disponible pour les utilisateurs dans les prochaines heures.

L'équipe Google Play Console""",
         "2026-11-05 07:10 +0000"),
]

WALLET = [
    Mail(B, "wallet-request", "en",
         "Real CFO asks signers to confirm a ticketed Safe transaction in the real app.safe.global after reviewing the decoded data",
         CFO, (TREASURY,),
         "Safe signatures needed - cold-to-warm rebalance (TCK-8821)",
         """Hi team,

The monthly cold-to-warm rebalance (TCK-8821, 1,200 ETH to our warm wallet 2) is proposed in
https://app.safe.global. Please check the decoded transaction shows a plain transfer to the
address in the ticket and no owner, threshold or module change, then confirm with your hardware
wallet. Two confirmations needed by 17:00.

Emily""",
         "2026-11-04 10:45 +0900"),
    Mail(B, "wallet-request", "en",
         "Genuine Fireblocks approval notification from fireblocks.io linking to the real console",
         ("Fireblocks", "no-reply@fireblocks.io"), (TANAKA,),
         "Transaction pending your approval",
         """A transaction in workspace Kitsune Exchange - Prod is pending your approval.

Amount: 80 BTC
Source: Cold Vault 1  Destination: Warm Vault (internal)
Initiated by: m.tanaka

Approve or reject in the Fireblocks mobile app or at https://console.fireblocks.io.""",
         "2026-11-06 01:20 +0000"),
    Mail(B, "wallet-request", "en",
         "Support reply to a customer that mentions seed phrases only to warn never to share them",
         SUPPORT, (("Ryan Cole", "ryan.cole@fastmail.com"),),
         "Re: [#448120] Someone asked for my recovery phrase",
         """Hi Ryan,

Thank you for reporting this. Kitsune Exchange staff will never ask for your seed phrase,
private key, 2FA codes or password, by email, chat or phone. The "support agent" who contacted
you on Telegram is not us. Please don't reply to them; we have reported the account.

Your Kitsune account is not affected. You can review your sessions in Settings > Security.

Kitsune Exchange Support""",
         "2026-11-07 13:30 +0900"),
    Mail(B, "wallet-request", "ja",
         "Key ceremony invitation from security: in-person, offline, with witnesses",
         TAKAHASHI_JA, (TANAKA_JA,),
         "コールドウォレット鍵セレモニーのご案内（11/19）",
         """田中さん

年次のコールドウォレット署名鍵ローテーションに伴う鍵セレモニーを以下で実施します。
日時: 11月19日（水）10:00〜12:00　場所: 本社 セキュアルーム
立会人: 監査役、内部監査室
手順書はセキュアルーム内で紙で配布します。電子データでの鍵やシードのやりとりは一切ありません。

高橋""",
         "2026-11-10 17:00 +0900"),
    Mail(B, "wallet-request", "ko",
         "Treasury tells the Seoul office that a call-back showed the partner's settlement address did not change",
         ("Mika Tanaka", "m.tanaka@kitsune-ex.co.jp"), (PARK,),
         "청운자산운용 정산 주소 - 변경 없음 확인",
         """박대현 님,

청운자산운용 명의로 새 정산 주소를 안내하는 메일이 왔었는데, 윤서진 님께 등록된 번호로 전화해 보니
주소 변경은 없다고 하셨습니다. 기존 주소 그대로 정산하시면 됩니다. 해당 메일은 보안팀에 신고했습니다.

다나카""",
         "2026-11-10 15:30 +0900"),
    Mail(B, "wallet-request", "en",
         "Genuine staking provider's monthly rewards report; withdrawal credentials unchanged, nothing to sign",
         ("Figment Reporting", "reports@figment.io"), (TANAKA,),
         "Monthly staking report - October 2026",
         """Hello,

Your October staking report for Kitsune Exchange K.K. is available in the Figment Hub.
64 validators active, 0 slashing events. Withdrawal credentials are unchanged (0x01, your
treasury address as registered). No action is required.

Figment""",
         "2026-11-03 09:00 +0000"),
    Mail(B, "wallet-request", "zh",
         "HK desk's routine OTC release to a whitelisted address with dual approval and call-back done",
         LI, (TANAKA,),
         "场外结算放币确认 - 泓盛数字 11/6",
         """田中你好，

泓盛数字本周的港币已经到账（银行流水已核对），我已在 Fireblocks 发起 USDT 放币，
目标为白名单中的原有地址，并已致电陈嘉怡确认。请按双人审批流程批准。谢谢。

李伟""",
         "2026-11-06 16:10 +0800"),
    Mail(B, "wallet-request", "fr",
         "Support answers a French client: new withdrawal addresses go through the app with a 24-hour hold",
         SUPPORT, (("Julie Moreau", "julie.moreau@orange.fr"),),
         "Re: Ajout d'une adresse de retrait",
         """Bonjour Julie,

Pour ajouter une nouvelle adresse de retrait, allez dans l'application > Compte > Carnet
d'adresses. Toute nouvelle adresse est activée après un délai de 24 heures, et vous recevez une
confirmation par e-mail. Nous ne vous demanderons jamais votre phrase de récupération.

Le support Kitsune Exchange""",
         "2026-11-12 11:00 +0900"),
    Mail(B, "wallet-request", "ar",
         "Dubai office confirms a settlement to the whitelisted address after a call-back",
         HADDAD, (TANAKA,),
         "تأكيد تسوية ريمال كابيتال",
         """مرحباً ميكا،

اتصلت بليلى الشامسي على رقمها المسجل لدينا وأكدت أن عنوان التسوية لم يتغير. يمكن تنفيذ تسوية
هذا الأسبوع إلى العنوان المدرج في القائمة البيضاء وفق إجراء الموافقة المزدوجة.

عمر""",
         "2026-11-12 14:45 +0400"),
]

_PPAP_PW = "Qf7-mN2x"
ATTACH = [
    Mail(B, "attachment", "ja",
         "PPAP: vendor sends an encrypted zip holding a PDF invoice; the password follows separately",
         ("浜風システムズ 経理", "keiri@hamakaze-sys.co.jp"), (KEIRI,),
         "【請求書送付】2026年11月分 保守費用",
         """キツネエクスチェンジ株式会社 経理部 御中

いつもお世話になっております。浜風システムズ経理担当です。
11月分の保守費用の請求書をお送りいたします。パスワードは別メールにてお送りします。

浜風システムズ株式会社 経理""",
         "2026-11-05 10:00 +0900",
         attachments=(Att("請求書_202611.zip",
                          zip_archive([("請求書_202611.pdf",
                                        pdf(["Invoice 2026-11", "Hamakaze Systems", "Maintenance fee JPY 880,000"],
                                            title="Invoice"))], password=_PPAP_PW),
                          "application/zip"),)),
    Mail(B, "attachment", "ja",
         "PPAP password mail that follows the encrypted invoice",
         ("浜風システムズ 経理", "keiri@hamakaze-sys.co.jp"), (KEIRI,),
         "【パスワード】2026年11月分 保守費用",
         f"""キツネエクスチェンジ株式会社 経理部 御中

先ほどお送りした請求書ファイルのパスワードをお知らせします。

パスワード: {_PPAP_PW}

浜風システムズ株式会社 経理""",
         "2026-11-05 10:02 +0900"),
    Mail(B, "attachment", "en",
         "Law firm sends a plain PDF engagement letter",
         ("Grace Tan", "grace.tan@tanandpartners.sg"), (CFO,),
         "Engagement letter - MAS licensing advice",
         """Dear Emily,

Please find attached our engagement letter for the licensing advice we discussed. Once signed,
please return it by email; our invoice will follow at the end of the month through the usual
channel.

Kind regards,
Grace Tan
Tan & Partners LLP""",
         "2026-11-06 07:30 +0000",
         attachments=(Att("Engagement_Letter_Kitsune.pdf",
                          pdf(["Tan & Partners LLP", "Engagement letter", "Client: Kitsune Exchange K.K."],
                              title="Engagement letter"), "application/pdf"),)),
    Mail(B, "attachment", "en",
         "Security team shares an IOC spreadsheet naming lure file types (.lnk, .xll, .hta)",
         TAKAHASHI, (("SOC", "soc@kitsune-ex.co.jp"),),
         "IOC list - November lures",
         """Team,

Attached are this month's IOCs: lookalike domains (defanged), file names and hashes of the .iso,
.lnk, .xll, .hta and .chm attachments we blocked. Please add them to the hunting queries.

Sho""",
         "2026-11-17 18:10 +0900",
         attachments=(Att("ioc_2026-11.xlsx",
                          spreadsheet([["type", "value", "note"],
                                       ["domain", "kitsume-ex[.]com", "session expiry phish"],
                                       ["file", "OTC_RateCard_Q4_2026.pdf.lnk", "inside ISO"],
                                       ["file", "VolSurface_Pricer.xll", "PE in xll"],
                                       ["file", "SecureMessage.hta", "powershell"]]),
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),)),
    Mail(B, "attachment", "fr",
         "French partner sends a .docx contract draft (no macros)",
         CORBELLE, (LAURENT,),
         "Projet de convention de mandat - version 2",
         """Bonjour Camille,

Vous trouverez ci-joint la version 2 du projet de convention, avec nos commentaires en marge.
Nous pouvons en parler mardi si cela vous convient.

Bien à vous,
Hélène Vautrin""",
         "2026-11-09 16:20 +0100",
         attachments=(Att("Convention_mandat_v2.docx",
                          word_document(["Convention de mandat de gestion", "Version 2 - projet"]),
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),)),
    Mail(B, "attachment", "ko",
         "Korean partner sends a PDF settlement report",
         CHEONGUN, (PARK,),
         "10월 정산 보고서 송부",
         """박대현 님,

10월 정산 보고서를 PDF로 첨부드립니다. 확인 부탁드립니다.

윤서진 드림""",
         "2026-11-03 17:00 +0900",
         attachments=(Att("Cheongun_Settlement_202610.pdf",
                          pdf(["Cheongun Asset Management", "Settlement report October 2026"], title="Settlement"),
                          "application/pdf"),)),
    Mail(B, "attachment", "zh",
         "HK partner sends a macro-free xlsx trade blotter",
         HONGSHENG, (LI,),
         "10月成交明细",
         """李伟你好，

附件是10月的场外成交明细（xlsx），请核对。

嘉怡""",
         "2026-11-03 11:00 +0800",
         attachments=(Att("HS_trades_202610.xlsx",
                          spreadsheet([["date", "pair", "side", "qty", "price"],
                                       ["2026-10-07", "USDT/HKD", "buy", "1500000", "7.781"],
                                       ["2026-10-21", "BTC/USDT", "sell", "12", "97250"]]),
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),)),
    Mail(B, "attachment", "ar",
         "Dubai partner sends a PDF fee schedule",
         RIMAL, (HADDAD,),
         "جدول الرسوم لعام 2027",
         """الأخ عمر،

مرفق جدول الرسوم المحدث لعام 2027 بصيغة PDF للاطلاع.

ليلى الشامسي""",
         "2026-11-04 11:30 +0400",
         attachments=(Att("Rimal_Fees_2027.pdf", pdf(["Rimal Capital", "Fee schedule 2027"], title="Fees"),
                          "application/pdf"),)),
]

HIJACK = [
    Mail(B, "conversation-hijack", "en",
         "Quillfeather's genuine thread opener from its real domain",
         QUILL, (TANAKA,),
         "November netting schedule",
         """Hi Mika,

Please find below our proposed netting schedule for November: net settlement every Friday at
10:00 UTC, USDC on Ethereum to the addresses already whitelisted on both sides, fiat leg by
SWIFT to the accounts on file. Shout if anything needs to change.

Best,
Alistair Renwick
Quillfeather Markets""",
         "2026-11-04 09:30 +0000", message_id=QUILL_MID),
    Mail(B, "conversation-hijack", "en",
         "Quillfeather's real contact confirms after a call-back that its settlement address has not changed",
         QUILL, (TANAKA,),
         "RE: November netting schedule",
         """Hi Mika,

Thanks for the call just now. To confirm in writing: our USDC settlement address has NOT
changed. The message from "quillfeather-markets.com" is not from us; we have reported the domain.
Please keep settling to the whitelisted address.

Alistair""",
         "2026-11-08 13:05 +0000", in_reply_to=QUILL_MID, references=QUILL_MID),
    Mail(B, "conversation-hijack", "ja",
         "Minatogawa Securities' genuine thread opener",
         MINATO, (TANAKA_JA,),
         "貸株契約の更新について",
         """田中様

いつもお世話になっております。湊川証券の北村です。
来年1月に更新を迎える貸株基本契約について、料率と担保条件の案をご相談させてください。
来週どこかで30分ほどお時間をいただけますでしょうか。

北村""",
         "2026-11-05 10:40 +0900", message_id=MINATO_MID),
    Mail(B, "conversation-hijack", "ko",
         "Cheongun's genuine thread opener",
         CHEONGUN, (PARK,),
         "11월 정산 일정 안내",
         """박대현 님,

11월 정산 일정을 아래와 같이 안내드립니다.
- 매주 목요일 16시 (KST), USDT는 기존 등록 주소로 정산
- 원화 정산은 기존 계좌로 진행

변경 사항이 생기면 담당자 간 전화로 먼저 확인드리겠습니다.

윤서진 드림""",
         "2026-11-04 09:50 +0900", message_id=CHEONGUN_MID),
    Mail(B, "conversation-hijack", "zh",
         "Hongsheng's genuine thread opener",
         HONGSHENG, (LI,),
         "11月第二周场外结算安排",
         """李伟你好，

附上11月第二周的场外结算安排：本周四交割 320 万 USDT，客户港币到账后再放币，
地址沿用白名单中的原地址。如有变化我会先打电话。

嘉怡""",
         "2026-11-05 11:15 +0800", message_id=HONGSHENG_MID),
    Mail(B, "conversation-hijack", "fr",
         "Corbelle's genuine thread opener",
         CORBELLE, (LAURENT,),
         "Mandat de gestion - pièces KYC",
         """Bonjour Camille,

Pour finaliser l'ouverture du mandat, pourriez-vous nous transmettre l'extrait Kbis de la
succursale et la liste des bénéficiaires effectifs ? Le dépôt se fait sur notre espace client
habituel.

Bien à vous,
Hélène Vautrin
Maison Corbelle Finance""",
         "2026-11-06 10:30 +0100", message_id=CORBELLE_MID),
    Mail(B, "conversation-hijack", "ar",
         "Rimal's genuine thread opener",
         RIMAL, (HADDAD,),
         "جدول التسويات لشهر نوفمبر",
         """الأخ عمر،

نرسل لكم جدول التسويات لشهر نوفمبر: التسوية كل يوم اثنين إلى العناوين والحسابات المسجلة دون تغيير.
سيصلكم كشف الحساب الشهري كالمعتاد عبر البوابة.

ليلى الشامسي
ريمال كابيتال""",
         "2026-11-06 12:10 +0400", message_id=RIMAL_MID),
    Mail(B, "conversation-hijack", "en",
         "Internal forward of the suspicious Minatogawa reply to security, domain defanged",
         TANAKA, (("Security", "security@kitsune-ex.co.jp"),),
         "FW: suspicious reply in Minatogawa thread",
         """Security team,

Forwarding a reply in our thread with Minatogawa Securities. It came from rninatogawa-sec[.]co[.]jp
(rn instead of m) with a password zip. I have not opened it and have called Kitamura-san on the
number we have on file; he did not send it.

Mika""",
         "2026-11-09 15:05 +0900"),
]

BENIGN = [*EXEC, *VENDOR, *LOOKALIKE, *RECRUIT, *INVESTOR, *TRADING, *WALLET, *ATTACH, *HIJACK]
