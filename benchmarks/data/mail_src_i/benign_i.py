"""Set I benign look-alikes: real mail an exchange receives that resembles the lures (see mail-i/README.md)."""

from __future__ import annotations

from binaries import ics, pdf, spreadsheet, word_document, zip_archive
from lures_i import MID_HATSU, MID_MARROW
from people import (
    ALL_STAFF,
    CAREERS,
    CEO,
    CEO_JA,
    CFO,
    CFO_JA,
    HADDAD,
    ITO,
    ITO_JA,
    KEIRI,
    LAURENT,
    LI,
    PARK,
    SUZUKI,
    SUZUKI_JA,
    TAKAHASHI,
    TAKAHASHI_JA,
    TANAKA,
    TANAKA_JA,
    TREASURY,
    WATANABE_JA,
)
from spec import Att, Mail


def B(category: str, language: str, note: str, sender: tuple[str, str], to: tuple[str, str], subject: str,
      body: str, date: str, **kw) -> Mail:
    return Mail("benign", category, language, note, sender, (to,), subject, body, date, **kw)


BENIGN: list[Mail] = []
add = BENIGN.append

# -- exec-impersonation look-alikes -----------------------------------------------------------------
add(B("exec-impersonation", "ja", "the real CEO from his own address asks his assistant to print board materials urgently",
      CEO_JA, ITO_JA, "至急：取締役会資料の印刷",
      """伊藤さん

明日の取締役会の資料、最新版を共有ドライブの「取締役会/2026-11」に置きました。
14時までに10部印刷して会議室Aに置いてもらえますか。急ぎですみません。

佐藤""", "2026-11-02 10:05 +0900"))
add(B("exec-impersonation", "en", "the real CFO asks treasury to process a payment through the normal ticket with dual approval",
      CFO, TANAKA, "Vendor payment - TREAS-3107",
      """Hi Mika,

I've raised TREAS-3107 for the Q4 audit fee instalment (JPY 6.2m, bank details from the signed engagement
letter on file). Please process it through the usual dual approval; no rush, due date is 20 Nov.

Thanks,
Emily""", "2026-11-03 09:30 +0900"))
add(B("exec-impersonation", "ja", "security team announces a CEO-impersonation phishing drill",
      TAKAHASHI_JA, ALL_STAFF, "【告知】11月の標的型メール訓練について",
      """全社員の皆さま

セキュリティチームの高橋です。11月中旬に、経営陣を装ったメールによる訓練を実施します。
「個人アドレスからの至急の依頼」「社外秘なので誰にも言わないで」といった文面に注意し、
不審なメールは「報告」ボタンから報告してください。実際に送金や情報提供を求めることはありません。""", "2026-11-04 09:00 +0900"))
add(B("exec-impersonation", "en", "the real CEO's travel notice reminding staff he never asks for transfers by mail",
      CEO, ALL_STAFF, "Travelling 8-12 Nov",
      """Hi all,

I'll be in Singapore for the regulators' roundtable from 8 to 12 November, with limited availability.
Yuki has my calendar. As always: I will never ask anyone to move funds, buy gift cards or share credentials
by email or chat. If you get such a message "from me", report it to security.

Haruto""", "2026-11-06 18:00 +0900"))
add(B("exec-impersonation", "ko", "the real CEO writes to the Seoul office from his company address about a visit",
      ("Haruto Sato", "h.sato@kitsune-ex.co.jp"), PARK, "서울 방문 일정",
      """박대현 님,

다음 주 목요일 서울 사무소를 방문할 예정입니다. 오후 2시에 팀 미팅을 잡아 주시겠어요?
일정은 이토 씨가 캘린더로 보내드릴 겁니다.

사토 하루토""", "2026-11-07 11:00 +0900"))
add(B("exec-impersonation", "fr", "the real CFO asks the Paris office for the quarterly budget through the shared folder",
      CFO, LAURENT, "Budget T1 2027 - bureau de Paris",
      """Bonjour Camille,

Pourrais-tu déposer le budget prévisionnel T1 2027 du bureau de Paris dans le dossier Finance partagé
d'ici vendredi ? Nous en discuterons lors du point mensuel.

Merci,
Emily""", "2026-11-09 10:00 +0100"))
add(B("exec-impersonation", "ja", "the real CFO (Japanese display name) asks accounting for month-end figures",
      CFO_JA, KEIRI, "10月の月次締め数値のご確認",
      """経理部の皆さん

10月の月次締め数値を、来週月曜の経営会議までに共有フォルダにアップロードしてください。
質問があれば Slack の #finance でお願いします。

Emily""", "2026-11-10 09:15 +0900"))

# -- vendor-impersonation look-alikes ---------------------------------------------------------------
add(B("vendor-impersonation", "en", "genuine Fireblocks release notes from fireblocks.com pointing to the real console and docs",
      ("Fireblocks", "product-updates@fireblocks.com"), TAKAHASHI, "What's new in Fireblocks - November 2026",
      """Hi Sho,

This month: Policy Editor improvements, new travel-rule providers and SDK 7.2.
Read the release notes at https://developers.fireblocks.com/changelog

Changes to your Transaction Authorization Policy always require approval by your workspace admins in the
console. Fireblocks will never ask for your API secret keys.

The Fireblocks Team""", "2026-11-02 15:00 +0000"))
add(B("vendor-impersonation", "en", "genuine Safe announcement about a UI update, links to safe.global and help.safe.global",
      ("Safe", "hello@safe.global"), TANAKA, "Safe{Wallet} interface update",
      """Hello,

We're rolling out a refreshed transaction queue in Safe{Wallet} this week. Nothing changes on-chain and no
action is required. Details: https://help.safe.global

Safe will never ask you to sign a message to "resync" or to share your seed phrase.

The Safe team""", "2026-11-03 12:00 +0000"))
add(B("vendor-impersonation", "en", "genuine Okta notice of a scheduled maintenance window",
      ("Okta", "noreply@okta.com"), TAKAHASHI, "Scheduled maintenance for your Okta org",
      """Okta will perform scheduled maintenance on cell JP1 on 15 November 2026, 02:00-03:00 UTC.
No action is required. Status: https://status.okta.com

Okta""", "2026-11-04 01:00 +0000"))
add(B("vendor-impersonation", "ja", "genuine Google Workspace admin notice in Japanese",
      ("Google Workspace", "workspace-noreply@google.com"), TAKAHASHI_JA, "［Google Workspace］2段階認証プロセスの適用に関するお知らせ",
      """管理者様

2027年1月より、管理者アカウントに対する2段階認証プロセスの適用が必須となります。
設定状況は管理コンソール（https://admin.google.com）でご確認いただけます。

Google Workspace チーム""", "2026-11-05 06:00 +0000"))
add(B("vendor-impersonation", "zh", "genuine AWS billing notice in Chinese linking to the real console",
      ("Amazon Web Services", "no-reply@aws.amazon.com"), LI, "AWS 账单已出 - 2026年10月",
      """您好，

您的 AWS 账户 2026年10月 账单已生成。请登录 AWS 控制台查看：https://console.aws.amazon.com/billing/

Amazon Web Services""", "2026-11-03 08:00 +0000"))
add(B("vendor-impersonation", "ko", "genuine Cloudflare notice about a certificate renewal, no action needed",
      ("Cloudflare", "noreply@notify.cloudflare.com"), PARK, "SSL/TLS 인증서가 갱신되었습니다",
      """안녕하세요,

kitsune-ex.com 의 엣지 인증서가 자동으로 갱신되었습니다. 별도의 조치는 필요하지 않습니다.
대시보드: https://dash.cloudflare.com

Cloudflare""", "2026-11-06 02:00 +0000"))
add(B("vendor-impersonation", "fr", "genuine DocuSign envelope from docusign.net for a real lease renewal",
      ("DocuSign via Immobilière Haussmann", "dse@eumail.docusign.net"), LAURENT, "Veuillez signer : Avenant au bail - 12 rue Taitbout",
      """Bonjour Camille,

Immobilière Haussmann vous a envoyé un document à vérifier et à signer.
EXAMINER LE DOCUMENT : https://eu.docusign.net/Signing/EmailStart.aspx?a=5e1f2c7a-1b8e-4c3a-9d0e-7a2b4c6d8e10

Ne partagez pas cet e-mail.""", "2026-11-10 14:00 +0100"))
add(B("vendor-impersonation", "ar", "genuine Slack notice about a new sign-in, pointing to slack.com",
      ("Slack", "feedback@slack.com"), HADDAD, "تسجيل دخول جديد إلى Kitsune Exchange على Slack",
      """مرحباً عمر،

تم تسجيل دخول حسابك من جهاز جديد (macOS، دبي). إذا كنت أنت، فلا داعي لأي إجراء.
إذا لم تكن أنت، غيّر كلمة المرور من إعدادات الحساب على https://kitsune-ex.slack.com/account/settings

فريق Slack""", "2026-11-12 07:10 +0400"))

# -- lookalike-link look-alikes ---------------------------------------------------------------------
add(B("lookalike-link", "ja", "the real IT team's MFA notice with links on the company's own domain",
      ("情報システム部", "it@kitsune-ex.co.jp"), SUZUKI_JA, "【お知らせ】VPN クライアント更新（11/16）",
      """社員各位

11月16日に VPN クライアントを自動更新します。作業は不要です。
手順書：https://wiki.kitsune-ex.co.jp/it/vpn-update-2026-11
不明点は #it-help まで。

情報システム部""", "2026-11-04 10:00 +0900"))
add(B("lookalike-link", "en", "security digest lists this month's lookalike domains defanged, no live links",
      TAKAHASHI, ALL_STAFF, "Security digest - lookalike domains seen this week",
      """Hi all,

Domains registered this week that imitate us or our vendors (do not visit):
- kitsune-exchange-it[.]com
- admin.xn--kitsne-ex-j4h[.]com (looks like admin.kitsune-ex.com)
- fireblokcs[.]io
- kitsune-ex[.]com[.]kr / kitsune-ex[.]info

Our only domains are kitsune-ex.co.jp and kitsune-ex.com. Report anything else to security@.

Sho""", "2026-11-13 09:00 +0900"))
add(B("lookalike-link", "en", "unrelated company with a similar name (Kitsune Bakery) sends an order confirmation",
      ("Kitsune Bakery", "orders@kitsunebakery.com"), ITO, "Your order #48213 is confirmed",
      """Hi Yuki,

Thanks for your order of 3 celebration cakes for 14 November. Pick-up at our Ebisu shop from 11:00.
Manage your order: https://kitsunebakery.com/orders/48213

Kitsune Bakery""", "2026-11-08 12:00 +0900"))
add(B("lookalike-link", "en", "genuine Fireblocks new-device alert from fireblocks.io for a device the user just added",
      ("Fireblocks", "no-reply@fireblocks.io"), TAKAHASHI, "New device paired to your Fireblocks account",
      """A new mobile device (iPhone 16) was paired to your Fireblocks account on 6 Nov 2026 09:14 JST.
If you did not do this, contact your workspace admin.

Fireblocks""", "2026-11-06 00:15 +0000"))
add(B("lookalike-link", "ko", "the real HR team's payroll notice on the company's domain, no login link",
      ("인사팀", "hr@kitsune-ex.com"), PARK, "[인사] 11월 급여명세서 발행 안내",
      """박대현 님,

11월 급여명세서가 사내 HR 시스템에 게시되었습니다. 평소처럼 사내 포털에서 확인해 주세요.
계좌 변경은 HR 시스템에서만 가능하며, 메일로 계좌 정보를 요청하지 않습니다.""", "2026-11-14 10:00 +0900"))
add(B("lookalike-link", "zh", "a colleague shares a real Google Drive file from the company account",
      ("李伟 (Google 云端硬盘)", "drive-shares-dm-noreply@google.com"), TANAKA, "李伟 与您共享了“Q4 OTC 对账.xlsx”",
      """李伟 (l.wei@kitsune-ex.com) 与您共享了以下电子表格：

Q4 OTC 对账.xlsx
https://docs.google.com/spreadsheets/d/1kXw3Qe9vTn0PbR7sLm2YhA4cDuF6gJoZ8iE5tN1qWxs/edit

Google 云端硬盘""", "2026-11-11 03:30 +0000"))
add(B("lookalike-link", "fr", "the real Paris office expense tool reminder on the company domain",
      ("Comptabilité Kitsune Paris", "compta@kitsune-ex.com"), LAURENT, "Rappel : notes de frais d'octobre",
      """Bonjour Camille,

Petit rappel : les notes de frais d'octobre sont à déposer avant le 15 novembre dans l'outil habituel
(https://expenses.kitsune-ex.com).

Merci !""", "2026-11-05 09:00 +0100"))

# -- recruiter-coding-test look-alikes --------------------------------------------------------------
add(B("recruiter-coding-test", "en", "the company's careers team sends a browser-only CoderPad interview",
      CAREERS, ("Aiko Hoshizaki", "aiko.hoshizaki@gmail.com"), "Your technical interview with Kitsune Exchange",
      """Hi Aiko,

Your 60-minute live coding interview is on 10 November at 15:00 JST. It runs entirely in the browser on
CoderPad: https://app.coderpad.io/KX7Q2M9P
Nothing to install. Your interviewer is Kenta Suzuki.

Kitsune Exchange Talent Team""", "2026-11-03 11:00 +0900"))
add(B("recruiter-coding-test", "ja", "an agency recruiter offers an interview with a live session and nothing to install",
      ("ロバート・ウォルターズ 高木", "takagi@robertwalters.co.jp"), SUZUKI_JA, "【ご紹介】決済系スタートアップ バックエンドエンジニア",
      """鈴木健太様

ロバート・ウォルターズの高木です。決済系スタートアップのバックエンドエンジニア職をご紹介したくご連絡しました。
選考は面接2回で、技術面接は面接官とのオンラインでの設計ディスカッションです。事前課題やインストールは不要です。
ご興味があればご返信ください。""", "2026-11-04 12:00 +0900"))
add(B("recruiter-coding-test", "en", "onboarding mail for a new hire: clone from the company's own GitHub org inside the dev VM",
      SUZUKI, ("Ren Okubo", "r.okubo@kitsune-ex.co.jp"), "Welcome! Dev environment setup",
      """Hi Ren,

Welcome aboard. On your first day, inside the provisioned dev VM (not your personal machine):

  git clone git@github.com:kitsune-ex/exchange-core.git
  cd exchange-core && npm ci && docker compose up -d

Access to the org was granted via Okta this morning. Ping me in #eng-onboarding if anything fails.

Kenta""", "2026-11-05 09:30 +0900"))
add(B("recruiter-coding-test", "en", "candidate sends a portfolio repo link to read; nothing to run",
      ("Tomás Ibarra", "tomas.ibarra.dev@gmail.com"), CAREERS, "Application - Smart Contract Engineer",
      """Hello,

Please find my application for the Smart Contract Engineer role. My CV is on LinkedIn and some of my work is
public: https://github.com/tibarra/erc4626-vault-notes (a write-up of an ERC-4626 audit I did).

Best regards,
Tomás Ibarra""", "2026-11-06 20:00 +0000"))
add(B("recruiter-coding-test", "fr", "a real recruiter (Michael Page) proposes an interview by video, no test to install",
      ("Pauline Texier - Michael Page", "paulinetexier@michaelpage.fr"), LAURENT, "Opportunité - Responsable conformité crypto",
      """Bonjour Camille,

Je me permets de vous contacter pour un poste de responsable conformité chez un acteur de la finance
numérique à Paris. Seriez-vous disponible pour un échange de 20 minutes par Teams la semaine prochaine ?

Bien à vous,
Pauline Texier""", "2026-11-07 10:00 +0100"))
add(B("recruiter-coding-test", "ar", "a Bayt recruiter invites to a HackerRank test in the browser",
      ("فريق التوظيف - Bayt", "jobs@bayt.com"), HADDAD, "دعوة لإجراء اختبار تقني",
      """مرحباً عمر،

تمت دعوتك لإجراء اختبار تقني عبر الإنترنت لوظيفة مطوّر خلفي. الاختبار يعمل في المتصفح فقط على HackerRank:
https://www.hackerrank.com/test/7fk2m9q1ab/login

لا حاجة لتنزيل أي برنامج. مدة الاختبار 90 دقيقة.""", "2026-11-08 09:00 +0400"))
add(B("recruiter-coding-test", "ja", "HR asks interviewers to use the browser-based test only",
      WATANABE_JA, SUZUKI_JA, "面接官の皆さまへ：技術課題の運用ルール",
      """鈴木さん

技術面接の課題は、引き続き CoderPad 上でのみ実施してください。
候補者から「リポジトリを手元で動かしてほしい」等の依頼があった場合は対応せず、人事までご連絡ください。

渡辺""", "2026-11-10 15:00 +0900"))

# -- investor-meeting-install look-alikes -----------------------------------------------------------
add(B("investor-meeting-install", "en", "real Zoom invitation on zoom.us from an investor",
      ("Grace Whitfield", "grace@larchmontcapital.com"), CEO, "Zoom: Larchmont / Kitsune intro",
      """Hi Haruto,

Looking forward to our intro call.

Join Zoom Meeting
https://us06web.zoom.us/j/84127730915?pwd=Qm9zZ2tzSm1xV3RvbG1xZz09
Meeting ID: 841 2773 0915

Grace""", "2026-11-02 22:00 +0000"))
add(B("investor-meeting-install", "en", "Teams invitation with a calendar attachment from an investor's Microsoft 365",
      ("Tobias Brenner", "tobias.brenner@stonemere-am.com"), CFO, "Stonemere AM / Kitsune - Q4 update",
      """Hi Emily,

Invitation attached for our quarterly update.

Microsoft Teams meeting
Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZmE0YjItMDEx%40thread.v2/0

Jonas""", "2026-11-04 08:00 +0000",
      attachments=(Att("invite.ics", ics("Stonemere AM / Kitsune - Q4 update", "20261112T060000Z", "20261112T070000Z",
                                         "tobias.brenner@stonemere-am.com", "emily.carter@kitsune-ex.com",
                                         "Microsoft Teams Meeting", "set-i-sm-q4"), "text/calendar"),)))
add(B("investor-meeting-install", "ja", "投資家からの Google Meet 招待（meet.google.com、インストール不要）",
      ("三ツ谷ベンチャーズ 北川", "kitagawa@mitsuya-ventures.jp"), CEO_JA, "ご面談のご案内（11/13）",
      """佐藤様

11月13日 16時からのご面談、以下の Google Meet でお願いいたします。
https://meet.google.com/xkq-mbrt-zvp

ブラウザからそのままご参加いただけます。""", "2026-11-06 13:00 +0900"))
add(B("investor-meeting-install", "ko", "Webex invitation from a Korean investor on webex.com",
      ("김서연", "seoyeon.kim@garam-partners.co.kr"), PARK, "Webex 회의 초대: 가람파트너스 x Kitsune",
      """박대현 님,

다음 주 화요일 오후 4시 회의 링크입니다.
https://garampartners.webex.com/meet/seoyeon.kim

브라우저에서 바로 참여하실 수 있습니다.""", "2026-11-07 14:00 +0900"))
add(B("investor-meeting-install", "zh", "Tencent Meeting invitation on meeting.tencent.com",
      ("王静", "wangjing@hengda-fund.cn"), LI, "腾讯会议邀请：恒达基金季度沟通",
      """李伟先生，

王静邀请您参加腾讯会议
会议主题：恒达基金季度沟通
会议时间：2026/11/12 15:00-16:00 (GMT+08:00)
点击链接入会：https://meeting.tencent.com/dm/Xk2P9fQ7hB1c
#腾讯会议：582-337-914""", "2026-11-09 11:00 +0800"))
add(B("investor-meeting-install", "fr", "French investor confirms a Zoom meeting on zoom.us",
      ("Claire Desjardins", "claire@bellerive-invest.fr"), LAURENT, "Confirmation - rendez-vous du 17/11",
      """Bonjour Camille,

Je vous confirme notre rendez-vous du 17 novembre à 10h. Lien Zoom :
https://zoom.us/j/93018457721

Bonne journée,
Claire""", "2026-11-12 17:00 +0100"))
add(B("investor-meeting-install", "en", "internal IT notice: meetings run in the browser, never install plugins sent by externals",
      ("IT Helpdesk", "it@kitsune-ex.co.jp"), ALL_STAFF, "Reminder: external meetings and plugins",
      """Hi all,

External meetings (Zoom, Teams, Meet, Webex) work in the browser or in the apps IT installs via Intune.
If someone sends you an "update", "audio fix" or "plugin" before a call, do not run it - forward it to
security@kitsune-ex.co.jp.

IT Helpdesk""", "2026-11-11 09:00 +0900"))

# -- trading-app look-alikes ------------------------------------------------------------------------
add(B("trading-app", "ja", "the company's own app release note linking to the official App Store and Google Play",
      ("Kitsune Exchange", "news@kitsune-ex.com"), ALL_STAFF, "Kitsune アプリ v5.3 をリリースしました",
      """Kitsune アプリ v5.3 を公開しました。主な変更：指値注文の通知改善、チャートの高速化。

App Store: https://apps.apple.com/jp/app/kitsune-exchange/id6447812033
Google Play: https://play.google.com/store/apps/details?id=jp.co.kitsuneex.app

公式ストア以外からの配布は行っていません。""", "2026-11-05 11:00 +0900"))
add(B("trading-app", "en", "TradingView newsletter about new chart features",
      ("TradingView", "noreply@tradingview.com"), TANAKA, "New: volume footprint charts",
      """Hi Mika,

Volume footprint charts are now available to all Premium users on the web and desktop app.
Learn more: https://www.tradingview.com/blog/en/volume-footprint-2026/

The TradingView Team""", "2026-11-06 15:00 +0000"))
add(B("trading-app", "en", "IT announces the Bloomberg terminal update pushed through Intune",
      ("IT Helpdesk", "it@kitsune-ex.co.jp"), TANAKA, "Bloomberg Terminal update tonight",
      """Hi Mika,

The Bloomberg Terminal client on the trading desk PCs will be updated tonight via Intune. Nothing to do on
your side; please log out before 20:00.

IT Helpdesk""", "2026-11-09 13:00 +0900"))
add(B("trading-app", "ko", "desk note: only official store apps for price alerts",
      PARK, ("서울 트레이딩 데스크", "seoul-desk@kitsune-ex.com"), "가격 알림 앱 관련 안내",
      """팀원 여러분,

외부에서 받은 가격 예측 앱이나 확장 프로그램은 설치하지 마세요. 가격 알림은 회사 앱 또는 IT가 승인한
TradingView 만 사용합니다. 궁금한 점은 저에게 물어봐 주세요.""", "2026-11-12 09:30 +0900"))
add(B("trading-app", "ar", "Binance-style exchange partner announces its official app update via official stores",
      ("OKX Middle East", "no-reply@okx.com"), HADDAD, "تحديث تطبيق OKX متوفر الآن",
      """مرحباً،

إصدار جديد من تطبيق OKX متاح الآن على App Store وGoogle Play. لا نرسل أبداً ملفات تثبيت عبر البريد.

فريق OKX""", "2026-11-13 12:00 +0400"))
add(B("trading-app", "zh", "colleague recommends the official desktop client from the vendor's site, approved by IT",
      LI, TANAKA, "关于行情终端",
      """Mika，

香港这边已经由 IT 通过公司软件中心装好了 Refinitiv Workspace，东京那边如需要可以在软件中心申请，不要从外部链接下载。

李伟""", "2026-11-14 10:00 +0800"))

# -- wallet-request look-alikes ---------------------------------------------------------------------
add(B("wallet-request", "en", "treasury asks a co-signer to approve a ticketed transfer in the real Fireblocks console",
      TANAKA, TAKAHASHI, "Approval needed: TREAS-3112 cold -> warm",
      """Sho,

TREAS-3112 (120 ETH, cold vault -> warm vault, both internal) is waiting for your approval in the Fireblocks
console. Please verify the amount and destination on your device before approving.

Mika""", "2026-11-04 11:00 +0900"))
add(B("wallet-request", "en", "partner confirms after a call-back that their payout address has NOT changed",
      ("Ingrid Haugland", "ingrid.haugland@brisklane.io"), TREASURY, "Re: Did you change your payout wallet?",
      """Hi team,

Thanks for calling me this morning. To confirm in writing: Brisklane has NOT changed its payout wallet. The
Gmail message was not from us; we've reported it. Please keep using the address in our signed SSI.

Ingrid""", "2026-11-03 14:00 +0000"))
add(B("wallet-request", "ja", "the support team's reply template warns a customer never to share the seed phrase",
      ("Kitsune Exchange サポート", "support@kitsune-ex.com"), ("山本 直樹", "n.yamamoto.88@gmail.com"), "Re: ウォレットの復元について",
      """山本様

お問い合わせありがとうございます。当社スタッフがシードフレーズ（復元フレーズ）や秘密鍵をお伺いすることは
一切ございません。メールや電話で求められた場合は詐欺ですので、入力・返信しないでください。

Kitsune Exchange サポート""", "2026-11-05 16:00 +0900"))
add(B("wallet-request", "en", "a Safe transaction queued by treasury for co-signing in the official app",
      TANAKA, CFO, "Safe: 2nd signature needed for USDC top-up",
      """Emily,

I've queued a 500,000 USDC top-up from the treasury Safe to our Fireblocks deposit address (on the allowlist)
in https://app.safe.global. It needs your signature; please check the destination on your Ledger screen.

Mika""", "2026-11-07 10:00 +0900"))
add(B("wallet-request", "fr", "the Paris office asks for an address whitelist change through the ticket with a call-back",
      LAURENT, TREASURY, "Ajout d'adresse en liste blanche - TREAS-3120",
      """Bonjour,

J'ai créé TREAS-3120 pour ajouter l'adresse de dépôt de notre nouveau client institutionnel. J'ai vérifié
l'adresse par appel vidéo avec son directeur financier ; merci de faire le contre-appel habituel avant validation.

Camille""", "2026-11-08 11:00 +0100"))
add(B("wallet-request", "ar", "an OTC client confirms a settlement to the address already in the signed SSI",
      ("سيف الكتبي", "saif@ketbi-holdings.ae"), HADDAD, "تأكيد تسوية صفقة اليوم",
      """عمر،

نؤكد صفقة اليوم. يرجى التسوية إلى العنوان المسجّل في تعليمات التسوية الموقّعة لدينا كالمعتاد. لا تغيير في أي تفاصيل.

سيف""", "2026-11-10 09:00 +0400"))
add(B("wallet-request", "ko", "security reminder in Korean: no auditor ever needs private keys",
      ("Sho Takahashi", "s.takahashi@kitsune-ex.co.jp"), PARK, "보안 점검 사칭 메일 주의",
      """박대현 님,

'보안 점검'을 사칭해 개인키나 키스토어 파일을 요구하는 메일이 돌고 있습니다. 어떤 점검 기관도 개인키를
요구하지 않습니다. 받으시면 보안팀으로 전달해 주세요.

다카하시""", "2026-11-12 16:00 +0900"))
add(B("wallet-request", "zh", "treasury asks the HK desk to verify a new client address via a call-back before whitelisting",
      TANAKA, LI, "新客户白名单地址",
      """李伟，

新客户的提币地址已经在工单 TREAS-3125 中。请按流程给客户财务负责人回电核对前后各六位，确认后在系统里审批。

Mika""", "2026-11-13 10:00 +0900"))

# -- attachment look-alikes -------------------------------------------------------------------------
_PPAP = zip_archive([("御見積書_KX-1107.pdf", pdf(["Quotation KX-1107", "Kitsune Exchange K.K."], "Quotation"))],
                    password="Ym7#qP2w")
add(B("attachment", "ja", "a domestic vendor's PPAP encrypted zip holding a PDF quote",
      ("株式会社サクラネット 営業部 森", "mori@sakuranet.co.jp"), KEIRI, "御見積書送付の件",
      """経理部 ご担当者様

いつもお世話になっております。御見積書を送付いたします。
パスワードは別メールにてお送りします。""", "2026-11-07 13:00 +0900",
      attachments=(Att("御見積書_KX-1107.zip", _PPAP, "application/zip"),)))
add(B("attachment", "ja", "the PPAP password follow-up mail from the same vendor",
      ("株式会社サクラネット 営業部 森", "mori@sakuranet.co.jp"), KEIRI, "【パスワード】御見積書送付の件",
      """経理部 ご担当者様

先ほどお送りしたファイルのパスワードをお知らせします。
パスワード：Ym7#qP2w""", "2026-11-07 13:02 +0900"))
add(B("attachment", "en", "security shares an IOC spreadsheet listing lure file types",
      TAKAHASHI, ("Security Team", "security@kitsune-ex.co.jp"), "IOC sheet - November campaign",
      """Team,

Attached: this month's IOC sheet (hashes, domains, file names like *.pdf.lnk, *.xll, RLO names).
No payloads are included.

Sho""", "2026-11-14 11:00 +0900",
      attachments=(Att("IOC_2026-11.xlsx",
                       spreadsheet([["type", "value", "note"], ["domain", "fireblokcs[.]io", "typo"],
                                    ["filename", "TermSheet_Draft3.pdf.lnk", "ISO-borne LNK"],
                                    ["filename", "OTC_Pricing_Model.xll", "Excel add-in"]]),
                       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),)))
add(B("attachment", "en", "a real vendor invoice PDF from the company's audit firm",
      ("Billing - Harcourt LLP", "billing@harcourt-llp.com"), CFO, "Invoice HL-20261104",
      """Dear Emily,

Please find attached invoice HL-20261104 for October advisory services. Bank details are unchanged from our
engagement letter.

Harcourt LLP Billing""", "2026-11-04 07:00 +0000",
      attachments=(Att("Invoice_HL-20261104.pdf", pdf(["Invoice HL-20261104", "Advisory services October 2026"], "Invoice"),
                       "application/pdf"),)))
add(B("attachment", "fr", "a lawyer sends a macro-free .docx contract draft",
      ("Maître Hugo Delacourt", "h.delacourt@delacourt-avocats.fr"), LAURENT, "Projet de convention de services",
      """Bonjour Camille,

Vous trouverez ci-joint le projet de convention de services (format Word, modifications suivies).

Cordialement,
Hugo Delacourt""", "2026-11-09 15:00 +0100",
      attachments=(Att("Convention_services_v2.docx", word_document(["Projet de convention de services", "Version 2"]),
                       "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),)))
add(B("attachment", "ko", "a Korean partner sends a macro-free xlsx reconciliation",
      ("이준호", "junho.lee@saehan-trust.co.kr"), PARK, "10월 정산 내역 송부",
      """박대현 님,

10월 정산 내역을 첨부합니다. 확인 부탁드립니다.

이준호 드림""", "2026-11-05 10:30 +0900",
      attachments=(Att("10월_정산내역.xlsx", spreadsheet([["일자", "금액"], ["2026-10-31", "1,250,000 USDT"]]),
                       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),)))
add(B("attachment", "zh", "a bank sends a PDF remittance advice",
      ("恒生银行 企业服务", "corporate.notice@hangseng.com"), LI, "汇款通知书",
      """您好，

附件为贵公司今日收到的汇款通知书（PDF），请查收。

恒生银行""", "2026-11-10 16:00 +0800",
      attachments=(Att("汇款通知书_20261110.pdf", pdf(["Remittance Advice", "2026-11-10"], "Remittance"), "application/pdf"),)))
add(B("attachment", "ar", "a Dubai partner sends a PDF commission statement",
      ("مكتب المحاسبة - الراية", "accounts@alraya-fz.ae"), HADDAD, "كشف العمولات – أكتوبر",
      """السيد عمر،

مرفق كشف العمولات لشهر أكتوبر بصيغة PDF.

مع التحية""", "2026-11-11 10:00 +0400",
      attachments=(Att("Commission_Oct2026.pdf", pdf(["Commission statement", "October 2026"], "Commissions"), "application/pdf"),)))

# -- conversation-hijack look-alikes ----------------------------------------------------------------
add(B("conversation-hijack", "en", "the real Marrowgate Custody thread opener from its genuine domain",
      ("Petra Lindgren", "p.lindgren@marrowgate-custody.com"), TANAKA, "Weekly settlement 14 Nov - confirmations",
      """Hi Mika,

Please find below this week's settlement confirmations. Settlement to the vault in our signed SSI as usual.

Petra Lindgren
Settlement Operations, Marrowgate Custody""", "2026-11-11 08:00 +0000", message_id=MID_MARROW))
add(B("conversation-hijack", "en", "treasury's reply in the real Marrowgate thread, to the genuine address",
      TANAKA, ("Petra Lindgren", "p.lindgren@marrowgate-custody.com"), "RE: Weekly settlement 14 Nov - confirmations",
      """Hi Petra,

Confirmed on our side, thanks. Settlement on Friday to the SSI vault.

Mika""", "2026-11-11 17:00 +0900", in_reply_to=MID_MARROW, references=MID_MARROW))
add(B("conversation-hijack", "ja", "the real Hatsukari Trust thread opener from the genuine domain with a PDF",
      ("初雁トラスト 川村", "kawamura@hatsukari-trust.co.jp"), TANAKA_JA, "11月分 保管残高報告書の件",
      """田中様

お世話になっております。初雁トラストの川村です。
11月分の保管残高報告書を添付いたします。ご査収ください。""", "2026-11-04 09:30 +0900", message_id=MID_HATSU,
      attachments=(Att("保管残高報告書_202611.pdf", pdf(["Custody balance report", "2026-11"], "Report"), "application/pdf"),)))
add(B("conversation-hijack", "ja", "internal forward of the Hatsukari lookalike reply to security, domain defanged",
      TANAKA_JA, TAKAHASHI_JA, "FW: Re: 11月分 保管残高報告書の件（不審）",
      """高橋さん

初雁トラストのスレッドに hatsukari-trusts[.]co[.]jp（末尾に s）から返信が来ました。パスワード付き zip 付きです。
開いていません。確認をお願いします。

田中""", "2026-11-06 11:00 +0900"))
add(B("conversation-hijack", "zh", "the genuine Guangyue OTC trade confirmation from the real domain",
      ("光越场外 周敏", "zhoumin@guangyue-otc.com.hk"), LI, "11月13日大宗成交确认",
      """李伟，

附上今天的大宗成交确认，请核对。按惯例法币到账后放币。

周敏""", "2026-11-13 09:40 +0800"))
add(B("conversation-hijack", "ar", "the genuine Sahm Brokerage commission invoice thread from its real domain",
      ("ميثاء الفلاسي", "maitha.alfalasi@sahm-brokerage.ae"), HADDAD, "فاتورة عمولات أكتوبر",
      """عمر،

فاتورة عمولات أكتوبر متاحة في بوابة الشركاء. التحويل إلى الحساب المعتاد في العقد.

ميثاء""", "2026-11-12 09:00 +0400"))
add(B("conversation-hijack", "fr", "the genuine Rochebrune Gestion thread opener about the custody agreement",
      ("Lucas Perrin", "l.perrin@rochebrune-gestion.fr"), LAURENT, "Convention de dépôt - version finale",
      """Bonjour Camille,

Nous finalisons la convention de dépôt ; je vous l'enverrai via notre espace de partage habituel dès
validation par notre juridique.

Lucas""", "2026-11-14 16:00 +0100"))
