"""Set D benign look-alikes: real mail an exchange receives that resembles the lures. Hand-written
for this set; real third parties appear in our own wording, not their templates."""

from __future__ import annotations

from binaries import ics, pdf, spreadsheet, word_document, zip_archive
from people import (
    ALL_STAFF,
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
    WATANABE_JA,
)
from spec import Att, Mail
from threads_d import (
    ADEBAYO,
    ALNOOR_PRICING_ID,
    AU,
    HAN,
    ISHIKARI_OTC_ID,
    JADE_BLOCK_ID,
    MARLOWE_FEES_ID,
    MEIWA_AUDIT_ID,
    MORIYAMA_JA,
    ROUSSEL,
    SAEED,
    SEORIN_WHITELIST_ID,
    SUGIURA_JA,
    VAUCLAIR_SEPA_ID,
)


def B(category: str, language: str, note: str, sender: tuple[str, str], to: tuple[str, str], subject: str,
      body: str, date: str, **kw: object) -> Mail:
    return Mail("benign", category, language, note, sender, (to,), subject, body, date, **kw)  # type: ignore[arg-type]


BENIGN: list[Mail] = [
    # ---------------------------------------------------------------- exec-impersonation look-alikes
    B("exec-impersonation", "ja", "real CEO from his own address (DMARC pass) with an urgent but ordinary board-pack request",
      CEO_JA, ITO_JA, "明日の取締役会資料",
      """伊藤さん

明日の取締役会資料、最終版を今日の18時までに共有ドライブの「取締役会/2026-11」フォルダに置いてください。
第3号議案の数字は経理の最新版に差し替えをお願いします。急ぎで申し訳ない。

佐藤""", "2026-11-02 11:20 +0900"),
    B("exec-impersonation", "en", "real CFO asks treasury to prepare a payment in the bank portal under the normal two-approver flow",
      CFO, TANAKA, "Marlowe Q4 fee - please prepare",
      """Hi Mika,

Please prepare the Marlowe Q4 custody fee in the bank portal as usual (vendor master, existing account).
I'll approve it there as second approver tomorrow morning. No rush beyond that.

Thanks,
Emily""", "2026-11-06 08:10 +0000"),
    B("exec-impersonation", "ja", "real CEO's expense-claim note to accounting; mentions a transfer but inside the normal process",
      CEO_JA, KEIRI, "シンガポール出張の経費精算",
      """経理部 各位

先週のシンガポール出張分の経費を経費精算システムに登録しました。領収書の原本は伊藤さんに渡してあります。
いつも通りの承認フローで処理をお願いします。

佐藤""", "2026-11-09 09:05 +0900"),
    B("exec-impersonation", "en", "real CFO reminds treasury she never requests transfers by mail or WhatsApp and to call her",
      CFO, TREASURY, "Reminder: how I will (and won't) ask for payments",
      """Hi all,

Given the BEC attempts we've seen this quarter across the industry: I will never ask you to move funds, change
a beneficiary or skip approvals by email, WhatsApp or a personal account. Every payment goes through the bank
portal or the Fireblocks/Safe approval flow.

If you get a message that looks like me asking otherwise, call my mobile from the company directory before
doing anything, and forward it to security@.

Emily""", "2026-11-04 01:30 +0000"),
    B("exec-impersonation", "fr", "Paris staff reports the fake CFO escrow request to the real CFO and asks for a phone check",
      LAURENT, CFO, "Demande de virement séquestre - vérification",
      """Bonjour Emily,

J'ai reçu ce matin un mail à ton nom (adresse kitsune-exchange.eu) me demandant un virement de séquestre
de 385 000 EUR vers une étude notariale, en toute confidentialité. Je n'ai rien fait.

Peux-tu me confirmer par téléphone que ce n'est pas toi ? J'ai transféré le message à l'équipe sécurité.

Camille""", "2026-11-06 10:05 +0100"),
    B("exec-impersonation", "ja", "CEO's executive assistant arranges a dinner on his behalf from her real address",
      ITO_JA, TANAKA_JA, "社長との会食日程について",
      """田中さん

佐藤社長から、財務チームとの会食を来週どこかで設定するよう頼まれています。
11/17（火）または11/19（木）の19時以降でご都合いかがでしょうか。お店はこちらで手配します。

伊藤""", "2026-11-10 14:02 +0900"),
    B("exec-impersonation", "ko", "Seoul office lead shares the CEO's Seoul visit schedule internally",
      PARK, ("서울 법인", "seoul@kitsune-ex.com"), "대표님 서울 방문 일정 안내",
      """서울 법인 여러분,

사토 대표님이 11월 18일(수) 서울 사무소를 방문하십니다. 오전에는 전체 미팅, 오후에는 파트너사 미팅이
있습니다. 일정 관련 문의는 저에게 주세요.

박대현 드림""", "2026-11-11 09:30 +0900"),

    # ---------------------------------------------------------------- vendor-impersonation look-alikes
    B("vendor-impersonation", "en", "real Fireblocks maintenance notice from fireblocks.com; links only to the status page",
      ("Fireblocks", "no-reply@fireblocks.com"), TANAKA, "Scheduled maintenance - 15 November 2026",
      """Hello,

Fireblocks will perform scheduled maintenance on Sunday 15 November 2026, 01:00-02:00 UTC. The Console and
API may be briefly unavailable; queued transactions are not affected and no action is required.

Live updates: https://status.fireblocks.com

Fireblocks Support""", "2026-11-08 12:00 +0000"),
    B("vendor-impersonation", "en", "real Safe product newsletter from safe.global linking to app.safe.global and help.safe.global",
      ("Safe", "newsletter@safe.global"), TANAKA, "What's new in Safe{Wallet} - November",
      """Hi there,

This month in Safe{Wallet}: transaction simulation on more networks, clearer decoding of nested calls, and a new
signer-hardware guide.

Open the app: https://app.safe.global
Read the guide: https://help.safe.global

Reminder: Safe will never ask you for a seed phrase or to re-sign transactions from an email link.

The Safe team""", "2026-11-03 15:00 +0000"),
    B("vendor-impersonation", "en", "real Okta new-device sign-in notice pointing to the tenant's okta.com domain",
      ("Okta", "noreply@okta.com"), SUZUKI, "New sign-on notification",
      """Hi Kenta,

Your Kitsune Exchange Okta account was used to sign in from a new device.

Date: November 9, 2026 08:58 JST
Browser: Chrome on macOS
Location: Tokyo, Japan

If this was you, you can ignore this message. If not, report it: https://kitsune-ex.okta.com/signin/report""",
      "2026-11-08 23:59 +0000"),
    B("vendor-impersonation", "en", "real Google Workspace invoice notice from google.com",
      ("Google Workspace", "payments-noreply@google.com"), CFO, "Your Google Workspace invoice is available",
      """Your invoice for Google Workspace (kitsune-ex.co.jp) for October 2026 is available.

Amount: ¥412,560
Payment method: automatic (card ending 4412)

View it in the Admin console: https://admin.google.com/ac/billing""", "2026-11-02 02:00 +0000"),
    B("vendor-impersonation", "en", "real AWS scheduled-maintenance notice from amazon.com",
      ("Amazon Web Services", "no-reply-aws@amazon.com"), SUZUKI, "[Action may be required] Scheduled maintenance for your EC2 instance",
      """Hello,

One of your Amazon EC2 instances in ap-northeast-1 (i-0a4f1c9e2b7d83a51) is scheduled for instance retirement
on 20 November 2026 due to degraded underlying hardware. We recommend stopping and starting the instance
before that date.

See the AWS Health Dashboard for details: https://health.aws.amazon.com/health/home

Amazon Web Services""", "2026-11-10 07:20 +0000"),
    B("vendor-impersonation", "zh", "real Cobo monthly custody statement notice from cobo.com; nothing to install",
      ("Cobo", "billing@cobo.com"), LI, "Cobo Custody 10月对账单已生成",
      """尊敬的客户：

贵司 2026 年 10 月的托管对账单已生成，请登录 Cobo 机构门户查看与下载。

如有疑问，请联系您的客户经理。Cobo 不会通过邮件要求您提供私钥、助记词或安装任何软件。

Cobo 团队""", "2026-11-03 10:00 +0800"),
    B("vendor-impersonation", "en", "real Cloudflare certificate-renewal notice for the org's own zone",
      ("Cloudflare", "noreply@notify.cloudflare.com"), SUZUKI, "Edge certificate renewed for kitsune-ex.com",
      """The edge certificate for kitsune-ex.com and *.kitsune-ex.com was renewed successfully.

Valid until: 2027-02-12
Certificate authority: Google Trust Services

No action is needed. Manage certificates in your dashboard: https://dash.cloudflare.com""",
      "2026-11-14 04:30 +0000"),
    B("vendor-impersonation", "fr", "real Sumsub account manager in French from sumsub.com about a routine quarterly review",
      ("Léa Fontaine - Sumsub", "lea.fontaine@sumsub.com"), LAURENT, "Revue trimestrielle de votre intégration",
      """Bonjour Camille,

Je vous propose notre revue trimestrielle de l'intégration KYC de Kitsune Exchange (Paris) : taux d'approbation,
délais moyens et nouvelles règles de l'AMLR. Seriez-vous disponible jeudi 19 novembre à 10 h ?

Je vous enverrai une invitation Google Meet. Rien à préparer de votre côté.

Bien cordialement,
Léa Fontaine
Customer Success Manager, Sumsub""", "2026-11-12 11:15 +0100"),
    B("vendor-impersonation", "ja", "real Slack billing notice in Japanese from slack.com",
      ("Slack", "feedback@slack.com"), SUZUKI_JA, "Kitsune Exchange ワークスペースの領収書",
      """鈴木 健太 様

Kitsune Exchange ワークスペースの 2026年11月分のお支払いを受け付けました。
Business+ プラン、142 アカウント。

領収書はワークスペース設定の「請求」ページからダウンロードできます：
https://kitsune-ex.slack.com/admin/billing

Slack チーム""", "2026-11-01 10:00 +0900"),

    # ---------------------------------------------------------------- lookalike-link look-alikes
    B("lookalike-link", "en", "real GitHub security notice (new SSH key) from github.com",
      ("GitHub", "noreply@github.com"), SUZUKI, "[GitHub] A new SSH authentication public key was added to your account",
      """Hey ksuzuki-kx!

The following SSH key was added to your account:

  kenta-mbp-2026
  SHA256:Yk3c1W0r5pQ8tL2nZx6vB9eA4sD7fG0hJ1kM3nP5qR8

If you believe this key was added in error, you can remove it and disable access at:
https://github.com/settings/keys

Thanks,
The GitHub Team""", "2026-11-03 01:12 +0000"),
    B("lookalike-link", "ja", "real internal IT announcement of the expense-system migration on the org's own subdomain",
      TAKAHASHI_JA, ALL_STAFF, "経費精算システム移行のお知らせ（11/16〜）",
      """社員各位

情報システム部の高橋です。11月16日より経費精算システムを新バージョンに切り替えます。
URL は変わらず https://keihi.kitsune-ex.co.jp です。ログインは従来どおり社内 SSO（Okta）経由です。

なお、移行に便乗した「再ログインのお願い」等の不審メールが届いた場合は、リンクを開かず
セキュリティチームへ転送してください。当部からパスワードの入力を求めるメールは送りません。

情報システム部 高橋""", "2026-11-10 17:40 +0900"),
    B("lookalike-link", "en", "internal security update listing takedowns of lookalike domains, defanged",
      TAKAHASHI, ALL_STAFF, "Lookalike domain takedowns - week 46",
      """Hi all,

This week we filed takedown requests for domains imitating us and our vendors:

  kitsune-ex[.]net          (fake expense-system login)
  kitsune-ex-helpdesk[.]com (fake MFA re-enrolment)
  app.safe[.]qlobal         (fake Safe signing queue)

If you received mail pointing to any of these and clicked, tell us in #security-help; nobody gets in
trouble for reporting. Our only domains are kitsune-ex.co.jp and kitsune-ex.com.

Sho""", "2026-11-13 08:00 +0000"),
    B("lookalike-link", "en", "real Confluence mention notification from the org's atlassian.net site",
      ("Confluence", "confluence@kitsune-ex.atlassian.net"), SUZUKI, "Sho Takahashi mentioned you on \"Hot wallet runbook v4\"",
      """Sho Takahashi mentioned you on a page

"@Kenta can you double-check the RPC failover section before Thursday?"

View page: https://kitsune-ex.atlassian.net/wiki/spaces/OPS/pages/884211/Hot+wallet+runbook+v4""",
      "2026-11-11 03:15 +0000"),
    B("lookalike-link", "ko", "Seoul office lead announces the admin console's real address on the org domain",
      PARK, ("서울 법인", "seoul@kitsune-ex.com"), "관리자 콘솔 접속 관련 안내",
      """서울 법인 여러분,

관리자 콘솔 주소는 변경되지 않습니다. 계속 https://admin.kitsune-ex.com 을 사용해 주세요.
최근 '접속 주소 변경'을 사칭한 메일이 돌고 있으니, 다른 주소로 로그인하라는 안내는 모두 보안팀에 신고 바랍니다.

박대현 드림""", "2026-11-13 11:30 +0900"),
    B("lookalike-link", "ar", "real partner-portal announcement in Arabic from the org's own domain, linking to the real portal",
      ("Kitsune Exchange - فريق الشركاء", "partners@kitsune-ex.com"), HADDAD, "تقارير التسوية الشهرية متاحة الآن",
      """الأستاذ عمر حداد،

أصبحت تقارير التسوية لشهر أكتوبر متاحة في بوابة الشركاء:
https://partners.kitsune-ex.com/reports

لن نطلب منك أبداً إدخال كلمة المرور عبر رابط من نطاق آخر.

فريق الشركاء""", "2026-11-04 09:00 +0400"),
    B("lookalike-link", "en", "real DocuSign envelope from docusign.net for a partner addendum",
      ("Marlowe Custody via DocuSign", "dse_na4@docusign.net"), CFO, "Please DocuSign: Custody Agreement Addendum No.3",
      """James Adebayo sent you a document to review and sign.

Custody Agreement Addendum No.3 (Kitsune Exchange K.K.)

REVIEW DOCUMENT: https://na4.docusign.net/Signing/EmailStart.aspx?a=4f1e8b2c-77d1-4b1e-9a63-0c2de5a91f47

Do not share this email. It contains a secure link to DocuSign.""", "2026-11-12 07:45 +0000",
      reply_to="james.adebayo@marlowe-custody.com"),

    # ---------------------------------------------------------------- recruiter-coding-test look-alikes
    B("recruiter-coding-test", "ja", "HR asks interviewers to review a candidate's take-home in the org's own GitHub; nothing to run",
      WATANABE_JA, SUZUKI_JA, "【面接官依頼】バックエンド候補者の課題レビュー",
      """鈴木さん

来週面接予定の候補者の課題提出がありました。社内リポジトリのプルリクエストとして登録してあります。
https://github.com/kitsune-ex/hiring-exercises/pull/57

コードはレビューのみで、ローカルでの実行は不要です（CI の結果が PR に表示されています）。
評価シートは金曜までにお願いします。

人事部 渡辺""", "2026-11-04 10:30 +0900"),
    B("recruiter-coding-test", "en", "real agency recruiter introduces a role and asks for a CV and a Teams call; no code",
      ("Aiko Morgan", "aiko.morgan@randstad.co.jp"), SUZUKI, "Platform engineering lead role - confidential search",
      """Hi Kenta,

I'm a consultant at Randstad Professionals in Tokyo. I'm running a confidential search for a platform
engineering lead at a regulated fintech in Marunouchi. Would you be open to a 20-minute Microsoft Teams
call next week? If so, an updated CV would help, and I'll share the full job description.

Best regards,
Aiko Morgan""", "2026-11-05 05:40 +0000"),
    B("recruiter-coding-test", "en", "real CodeSignal assessment invitation that runs in the browser",
      ("CodeSignal", "no-reply@codesignal.com"), SUZUKI, "You've been invited to a General Coding Assessment",
      """Hi Kenta,

Northwind Payments has invited you to complete a coding assessment on CodeSignal.

Duration: 70 minutes, in your browser (no installation needed)
Deadline: November 20, 2026

Start: https://app.codesignal.com/invite/7hQ2mXc9aLp3""", "2026-11-07 14:00 +0000"),
    B("recruiter-coding-test", "ja", "real Wantedly notification about a company wanting to talk",
      ("Wantedly", "no-reply@wantedly.com"), SUZUKI_JA, "鈴木さんに「話を聞きたい」が届きました",
      """鈴木 健太 さん

株式会社フィンテック・ラボから「話を聞きたい」が届きました。
メッセージを確認するには Wantedly にログインしてください。

https://www.wantedly.com/messages

Wantedly""", "2026-11-09 12:00 +0900"),
    B("recruiter-coding-test", "fr", "real Welcome to the Jungle job-alert digest in French",
      ("Welcome to the Jungle", "alertes@welcometothejungle.com"), LAURENT, "3 nouvelles offres correspondent à votre alerte",
      """Bonjour Camille,

Voici les nouvelles offres correspondant à votre alerte « Compliance crypto - Paris » :

- Responsable conformité PSAN - Paris 9e
- Chargée de conformité LCB-FT - Paris 2e
- Head of Compliance MiCA - Télétravail partiel

Voir les offres : https://www.welcometothejungle.com/fr/me/alerts""", "2026-11-10 07:00 +0100"),
    B("recruiter-coding-test", "en", "internal security asks engineers to run npm audit / pip-audit on the company's own repos",
      TAKAHASHI, SUZUKI, "Dependency audit before the release freeze",
      """Hi Kenta,

Before Friday's freeze, please run the dependency audit on the services you own, from your existing
checkouts of github.com/kitsune-ex:

  npm audit --omit=dev
  pip-audit -r requirements.txt

Paste the summary in the release ticket. No new packages needed; both tools are already in the dev image.

Sho""", "2026-11-11 06:30 +0000"),
    B("recruiter-coding-test", "ko", "real Korean career platform (Remember) position offer; asks for a call, no assignment",
      ("리멤버 커리어", "career@rememberapp.co.kr"), PARK, "[포지션 제안] 핀테크 기업 보안 아키텍트",
      """박대현님, 안녕하세요.

리멤버 커리어를 통해 헤드헌터가 포지션을 제안했습니다.
- 회사: 비공개 (핀테크, 판교)
- 포지션: 보안 아키텍트

관심이 있으시면 리멤버 앱에서 '관심 있음'을 눌러 주세요. 이후 헤드헌터가 통화 일정을 잡아 드립니다.""",
      "2026-11-12 10:00 +0900"),

    # ---------------------------------------------------------------- investor-meeting-install look-alikes
    B("investor-meeting-install", "en", "real investor meeting on a genuine zoom.us link; nothing to install",
      ("Hannah Price", "hannah.price@glenmere.vc"), CEO, "Glenmere x Kitsune - follow-up call",
      """Hi Haruto,

Thanks again for the session in Singapore. Here's the link for our follow-up on Wednesday 11 Nov, 17:00 JST:

https://us02web.zoom.us/j/84120933517?pwd=Qk1ZbEx3cVd6T2hSNUpIUmF2dz09
Meeting ID: 841 2093 3517

Our partner Tom will join from London.

Best,
Hannah""", "2026-11-06 10:30 +0000"),
    B("investor-meeting-install", "ja", "real Microsoft Teams invite from an investor for a meeting",
      ("株式会社アサギリベンチャーズ 松本", "matsumoto@asagiri-ventures.co.jp"), CEO_JA, "【ご案内】11/12 Teams面談のURL",
      """佐藤様

いつもお世話になっております。アサギリベンチャーズの松本です。
11月12日（木）16時からのご面談は、Microsoft Teams で実施いたします。

会議に参加する：https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA4ZTFmY2QtYjM0NC00@thread.v2/0
会議 ID: 392 118 447 552  パスコード: 7kQx2B

ブラウザからもご参加いただけます。よろしくお願いいたします。""", "2026-11-09 15:20 +0900"),
    B("investor-meeting-install", "en", "real Google Calendar invitation with an .ics and a meet.google.com link",
      ("Google Calendar", "calendar-notification@google.com"), CFO, "Invitation: Kitsune / Ridgeview Partners diligence @ Mon Nov 16, 2026",
      """Ridgeview Partners invited you to a meeting.

Kitsune / Ridgeview Partners diligence
Monday Nov 16, 2026 9:00am - 10:00am (GMT)
Join with Google Meet: https://meet.google.com/xbt-qmva-krp

Organizer: anna.lindqvist@ridgeviewpartners.com""", "2026-11-10 11:00 +0000",
      reply_to="anna.lindqvist@ridgeviewpartners.com",
      attachments=(Att("invite.ics", ics("Kitsune / Ridgeview Partners diligence", "20261116T090000Z", "20261116T100000Z",
                                        "anna.lindqvist@ridgeviewpartners.com", "emily.carter@kitsune-ex.com",
                                        "https://meet.google.com/xbt-qmva-krp", "rvp-kx-1116@google.com"), "text/calendar"),)),
    B("investor-meeting-install", "ar", "real Dubai investor invitation in Arabic on a genuine webex.com link",
      ("شركة السدرة للاستثمار", "meetings@sidra-invest.ae"), HADDAD, "دعوة لاجتماع عبر ويبكس",
      """الأستاذ عمر،

يسرنا دعوتكم لاجتماع المتابعة يوم الأربعاء الساعة الثانية ظهراً بتوقيت دبي عبر Webex:

https://sidra-invest.webex.com/meet/investments

يمكن الانضمام من المتصفح مباشرة. مع خالص التحية،
إدارة الاستثمار""", "2026-11-08 10:00 +0400"),
    B("investor-meeting-install", "zh", "Chinese investor meeting on a genuine zoom.us link, nothing to install",
      ("远川投资 林佳", "linjia@yuanchuan-invest.com"), LI, "周四投资会议链接",
      """李总您好，

周四下午四点的会议链接如下，直接用浏览器或已安装的 Zoom 客户端加入即可：

https://us06web.zoom.us/j/86733190421
会议号：867 3319 0421

林佳""", "2026-11-11 16:40 +0800"),
    B("investor-meeting-install", "en", "internal IT notice: meeting clients update through managed software only, never from links",
      TAKAHASHI, ALL_STAFF, "Zoom and Teams updates this week (managed)",
      """Hi all,

IT will push the latest Zoom and Teams clients through Intune / Jamf Self Service this week. You don't need to
do anything; if a prompt asks you to restart the app, that's us.

Never install a meeting "plugin", "SDK" or "codec" from a link sent by an external contact. Real Zoom,
Teams, Meet and Webex meetings all work from the browser.

Sho""", "2026-11-09 02:00 +0000"),
    B("investor-meeting-install", "en", "investor sends a PDF Q&A pack ahead of the committee call; no viewer or install",
      ("Anna Lindqvist", "anna.lindqvist@ridgeviewpartners.com"), CFO, "Q&A pack for Monday",
      """Hi Emily,

Attached is our Q&A list for Monday's diligence session (PDF). We'll go through it on the Google Meet in the
invite. Feel free to answer live; no written responses needed.

Best,
Anna""", "2026-11-13 09:15 +0000",
      attachments=(Att("Ridgeview_QA_Kitsune.pdf", pdf(["Ridgeview Partners - Kitsune Exchange diligence Q&A",
                                                        "1. Custody model and key ceremonies",
                                                        "2. Hot/cold wallet ratios", "3. Incident history"],
                                                       "Q&A"), "application/pdf"),)),

    # ---------------------------------------------------------------- trading-app look-alikes
    B("trading-app", "en", "real App Store Connect notice that the company's own app version is live",
      ("App Store Connect", "no_reply@email.apple.com"), SUZUKI, "The status of your app has changed to Ready for Distribution",
      """Dear Kitsune Exchange K.K.,

The following app has been approved and is now Ready for Distribution:

App Name: Kitsune Exchange
App Version Number: 4.8.0
Platform: iOS

https://apps.apple.com/jp/app/kitsune-exchange/id6447129901""", "2026-11-05 03:00 +0000"),
    B("trading-app", "ja", "company's own app update announcement linking only to the App Store and Google Play",
      SUPPORT, ("Kitsune Exchange お客様", "news@kitsune-ex.com"), "【Kitsune Exchange】アプリ v4.8 リリースのお知らせ",
      """いつも Kitsune Exchange をご利用いただきありがとうございます。

スマートフォンアプリ v4.8 を公開しました。チャートの描画速度向上と、出金先アドレス帳の二段階確認に対応しています。

App Store: https://apps.apple.com/jp/app/kitsune-exchange/id6447129901
Google Play: https://play.google.com/store/apps/details?id=jp.co.kitsuneex.app

当社がメール等で APK ファイルやインストーラーを直接お送りすることはありません。""", "2026-11-06 12:00 +0900"),
    B("trading-app", "en", "real Google Play Console notice that an update was published",
      ("Google Play Console", "noreply-play-console@google.com"), SUZUKI, "Your update to Kitsune Exchange is live",
      """Your update to Kitsune Exchange (jp.co.kitsuneex.app), version 4.8.0 (480), is now available on Google Play.

View in Play Console: https://play.google.com/console""", "2026-11-06 04:10 +0000"),
    B("trading-app", "ko", "Korean industry newsletter warning about fake trading-signal apps distributed as APK/MSI",
      ("디지털자산 보안 뉴스레터", "newsletter@dasecurity-news.kr"), PARK, "[주간 보안] 가짜 퀀트 시그널 앱 주의보",
      """이번 주 주요 이슈

1. '무료 퀀트 시그널' 앱을 사칭한 악성 설치 파일(MSI/APK)이 거래소 임직원을 노리고 있습니다.
   백신을 끄라고 안내하는 경우 100% 악성으로 보셔도 됩니다.
2. 북한 연계 조직(Lazarus)이 가상자산 기업 개발자에게 코딩 과제를 가장해 접근하는 사례가 계속되고 있습니다.

자세한 내용: https://dasecurity-news.kr/weekly/2026-46""", "2026-11-12 08:00 +0900"),
    B("trading-app", "en", "engineer shares the internal desktop build from the org's own GitHub releases (trusted source)",
      SUZUKI, TANAKA, "Treasury dashboard 2.3 for desktop",
      """Hi Mika,

The treasury dashboard 2.3 desktop build is published on our internal releases page:
https://github.com/kitsune-ex/treasury-dashboard/releases/tag/v2.3.0

It's signed with our developer ID and also available in Self Service, which is the easier route. Changelog
is in the release notes.

Kenta""", "2026-11-09 06:00 +0000"),
    B("trading-app", "ar", "Dubai partner shares its official app on the App Store and Google Play",
      SAEED, HADDAD, "تطبيقنا الجديد متاح الآن",
      """عزيزي عمر،

يسعدنا إبلاغكم بأن تطبيق النور للمحترفين أصبح متاحاً على المتاجر الرسمية:

https://apps.apple.com/ae/app/alnoor-markets-pro/id6502218890
https://play.google.com/store/apps/details?id=ae.alnoormarkets.pro

مع التحية، خالد""", "2026-11-10 13:00 +0400"),
    B("trading-app", "zh", "HK colleague shares the company app's Google Play listing for a client",
      LI, ("OTC 团队", "otc@kitsune-ex.com"), "客户问到安卓版App",
      """各位，

有客户问安卓版在哪里下载，统一发官方商店链接就好：
https://play.google.com/store/apps/details?id=jp.co.kitsuneex.app

不要给客户发安装包文件。

李伟""", "2026-11-13 11:00 +0800"),

    # ---------------------------------------------------------------- wallet-request look-alikes
    B("wallet-request", "en", "treasury asks the CEO to sign a Safe transaction in the real app.safe.global and to check the hash on the device",
      TANAKA, CEO, "Safe tx #418 ready for your signature",
      """Haruto,

Safe tx #418 (rebalance 150 ETH cold -> warm, ticket TRS-2291) is queued in https://app.safe.global.
Two of three signatures are in. Please check that the safeTxHash on your Ledger matches the one in the
ticket before signing: 0x5c1e...9a47.

Thanks,
Mika""", "2026-11-05 02:15 +0000"),
    B("wallet-request", "ja", "internal treasury note on today's withdrawal approvals in the real Fireblocks console",
      TANAKA_JA, ("財務チーム", "treasury@kitsune-ex.com"), "本日の出金承認について",
      """財務チーム各位

本日分の顧客出金バッチ（BTC 12件、ETH 31件）を Fireblocks に起票しました。
承認は https://console.fireblocks.io のアプリ内承認からお願いします。金額と宛先がチケットと一致することを必ず確認してください。

田中""", "2026-11-09 10:00 +0900"),
    B("wallet-request", "en", "real Fireblocks approval notification from fireblocks.io linking to console.fireblocks.io",
      ("Fireblocks", "no-reply@fireblocks.io"), TANAKA, "Transaction pending your approval",
      """A transaction is pending your approval.

Asset: ETH
Amount: 150
Source: Cold-1
Destination: Warm-2 (internal)
Initiated by: Mika Tanaka

Review in the Fireblocks mobile app or https://console.fireblocks.io""", "2026-11-05 02:20 +0000"),
    B("wallet-request", "en", "partner announces a future settlement-address change only via its portal and a call-back, nothing to do by mail",
      ADEBAYO, TREASURY, "Heads-up: settlement address rotation in January",
      """Hi team,

As part of our annual key rotation, Marlowe will rotate its settlement addresses in January. Nothing
changes now. The new addresses will be published in the client portal only, and your account manager will
call your registered treasury contact to confirm them by voice. Please disregard any address change you
receive by email, including from us.

Best,
James Adebayo
Marlowe Custody""", "2026-11-12 02:00 +0000"),
    B("wallet-request", "ar", "Dubai partner confirms a settlement to the already-registered address with an etherscan.io link",
      SAEED, HADDAD, "تأكيد استلام التسوية",
      """عزيزي عمر،

نؤكد استلام دفعة التسوية لهذا الأسبوع على عنواننا المسجل لديكم. رابط المعاملة:
https://etherscan.io/tx/0x7d3a91c0e4b58f2a6c1d9e0b3f7a2c5d8e4b1f0a9c6d3e2b5a8f7c4d1e0b9a36

شكراً لكم، خالد""", "2026-11-07 15:30 +0400"),
    B("wallet-request", "zh", "OTC desk lead restates the 'receive fiat before releasing coins' rule",
      LI, ("OTC 团队", "otc@kitsune-ex.com"), "重申：先收款后放币",
      """各位，

最近同业遇到多起"款已汇出，请先放币"的诈骗。重申我们的规则：银行确认到账、合规复核完成后才放币，
任何客户的催促、水单截图都不能作为放币依据。收款地址变更必须走客户门户并电话回访。

李伟""", "2026-11-10 09:30 +0800"),
    B("wallet-request", "en", "security awareness note: never type a recovery phrase anywhere; how to report",
      TAKAHASHI, ALL_STAFF, "Recovery phrases: the one rule",
      """Hi all,

A reminder after this week's attempts: no one at Kitsune, at Safe, Fireblocks or any auditor will ever ask
you for a recovery phrase, private key or keystore password. Not in a form, not by mail, not to "verify a
backup". Backups are checked only in a key ceremony, in person, with two officers present.

If anything asks you for one, screenshot it and post in #security-help.

Sho""", "2026-11-07 01:00 +0000"),
    B("wallet-request", "ko", "Seoul office lead schedules an in-person key ceremony; keys stay in the HSM",
      PARK, ("서울 법인", "seoul@kitsune-ex.com"), "검증인 키 세리머니 일정",
      """서울 법인 인프라 담당자분들께,

검증인 키 교체 세리머니를 11월 17일 오전 10시 서울 사무소 보안실에서 진행합니다.
키는 HSM 안에서만 생성·보관되며, 파일이나 비밀번호를 메일·메신저로 주고받는 일은 없습니다.
참석자는 신분증을 지참해 주세요.

박대현 드림""", "2026-11-12 16:00 +0900"),

    # ---------------------------------------------------------------- attachment look-alikes
    B("attachment", "ja", "genuine PPAP: a known vendor's encrypted invoice zip of a PDF, password sent separately",
      ("株式会社ヨツバ設備 経理課", "keiri@yotsuba-setsubi.co.jp"), KEIRI, "【請求書】2026年10月分（オフィス空調保守）",
      """キツネエクスチェンジ株式会社
経理部 御中

いつもお世話になっております。ヨツバ設備の経理課でございます。
10月分の空調保守費用のご請求書を添付いたします。パスワードは別メールにてお送りします。

何卒よろしくお願い申し上げます。""", "2026-11-04 14:10 +0900",
      attachments=(Att("請求書_202610_ヨツバ設備.zip", zip_archive(
          [("請求書_202610.pdf", pdf(["Invoice 2026-10", "Office HVAC maintenance", "JPY 187,000"], "Invoice"))],
          password="Ytb-7731k"), "application/zip"),)),
    B("attachment", "ja", "the separate password mail that follows the vendor's PPAP invoice",
      ("株式会社ヨツバ設備 経理課", "keiri@yotsuba-setsubi.co.jp"), KEIRI, "【パスワード】2026年10月分ご請求書",
      """経理部 御中

先ほどお送りした請求書ファイルのパスワードをお知らせいたします。

パスワード：Ytb-7731k

ヨツバ設備 経理課""", "2026-11-04 14:12 +0900"),
    B("attachment", "en", "internal phishing-drill results shared as a plain xlsx",
      TAKAHASHI, CFO, "October phishing drill results",
      """Hi Emily,

Attached are the October drill results by department (xlsx, no macros). Click rate fell from 9% to 4%;
reporting rate is up to 61%. Happy to walk through it at the risk committee.

Sho""", "2026-11-03 07:30 +0000",
      attachments=(Att("phishing_drill_2026-10.xlsx", spreadsheet([
          ["Department", "Sent", "Clicked", "Reported"], ["Treasury", "12", "0", "10"],
          ["Engineering", "48", "2", "31"], ["Sales", "30", "3", "14"]]),
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),)),
    B("attachment", "fr", "French accounting firm sends its invoice as a plain PDF",
      ("Cabinet Lefèvre Expertise", "facturation@lefevre-expertise.fr"), LAURENT, "Facture n° 2026-0412 - mission d'octobre",
      """Bonjour Madame Laurent,

Veuillez trouver ci-joint notre facture n° 2026-0412 pour la mission comptable d'octobre, payable à 30 jours
sur le compte habituel.

Bien cordialement,
Cabinet Lefèvre Expertise""", "2026-11-05 10:00 +0100",
      attachments=(Att("Facture_2026-0412.pdf", pdf(["Cabinet Lefevre Expertise", "Facture 2026-0412",
                                                     "Mission comptable octobre 2026", "EUR 4 800 HT"], "Facture"),
                       "application/pdf"),)),
    B("attachment", "zh", "HK partner sends meeting minutes as a macro-free docx",
      AU, LI, "11月5日会议纪要",
      """李生，

附上本周会议纪要（Word 文档），如有需要修改的地方请直接批注后回传。

Wing Ki""", "2026-11-06 11:20 +0800",
      attachments=(Att("会议纪要_20261105.docx", word_document(["Meeting minutes 2026-11-05",
                                                               "Attendees: Jade Harbour OTC, Kitsune Exchange",
                                                               "1. Block trade settlement windows"]),
                       "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),)),
    B("attachment", "ja", "law firm sends an .ics invite and a PDF agenda for a contract review",
      ("西村・高山法律事務所 中野", "nakano@nishimura-takayama-law.jp"), TANAKA_JA, "契約レビュー打合せのご案内（11/17）",
      """田中様

いつもお世話になっております。西村・高山法律事務所の中野です。
11月17日の契約レビュー打合せの招待とアジェンダ（PDF）をお送りします。

よろしくお願いいたします。""", "2026-11-11 13:00 +0900",
      attachments=(Att("invite.ics", ics("契約レビュー打合せ", "20261117T050000Z", "20261117T060000Z",
                                        "nakano@nishimura-takayama-law.jp", "m.tanaka@kitsune-ex.co.jp",
                                        "当事務所 会議室B", "ntlaw-20261117-kx"), "text/calendar"),
                   Att("agenda_20261117.pdf", pdf(["Agenda 2026-11-17", "1. Custody agreement addendum",
                                                   "2. Liability caps"], "Agenda"), "application/pdf"))),
    B("attachment", "en", "completed DocuSign envelope with the signed PDF attached",
      ("DocuSign", "dse_na4@docusign.net"), CFO, "Completed: Custody Agreement Addendum No.3",
      """All parties have completed Custody Agreement Addendum No.3.

The completed document is attached. You can also view it in DocuSign:
https://na4.docusign.net/Member/EmailStart.aspx?m=9b7f2e40-1c3a-4d8e-b6f5-2a0c7e91d3b8""", "2026-11-13 03:30 +0000",
      attachments=(Att("Custody_Agreement_Addendum_No3.pdf", pdf(["Custody Agreement Addendum No.3",
                                                                 "Marlowe Custody Pte Ltd / Kitsune Exchange K.K.",
                                                                 "Signed electronically"], "Addendum"),
                       "application/pdf"),)),
    B("attachment", "ko", "Korean vendor quote as a plain PDF",
      ("한결시큐리티 영업팀", "sales@hangyeol-sec.co.kr"), PARK, "출입통제 시스템 견적서 송부",
      """박대현 팀장님,

요청하신 서울 사무소 출입통제 시스템 견적서를 PDF로 보내드립니다. 검토 후 회신 부탁드립니다.

한결시큐리티 영업팀 드림""", "2026-11-09 11:00 +0900",
      attachments=(Att("견적서_키츠네익스체인지.pdf", pdf(["Quotation", "Access control system - Seoul office",
                                                         "KRW 18,400,000"], "Quote"), "application/pdf"),)),

    # ---------------------------------------------------------------- conversation-hijack look-alikes (real threads)
    B("conversation-hijack", "en", "real Marlowe thread opener from the partner's own domain, bank details unchanged",
      ADEBAYO, TREASURY, "Q4 custody fee schedule",
      """Hi team,

Please find below the Q4 custody fee schedule. The invoice (USD 86,400) will follow on 10 November and is
payable to the account already on file with you. No changes to our bank details.

Best,
James""", "2026-11-03 04:12 +0000", message_id=MARLOWE_FEES_ID),
    B("conversation-hijack", "en", "real Marlowe reply in the same thread (In-Reply-To) confirming receipt, no new details",
      ADEBAYO, TREASURY, "RE: Q4 custody fee schedule",
      """Hi Mika,

Thanks, payment received today on our usual account. For the record, we have not changed our bank details;
please ignore any mail suggesting otherwise and call me if in doubt.

James""", "2026-11-13 05:00 +0000", in_reply_to=MARLOWE_FEES_ID, references=MARLOWE_FEES_ID),
    B("conversation-hijack", "ja", "real Ishikari OTC settlement thread opener from the partner's own domain",
      MORIYAMA_JA, TANAKA_JA, "11月分 OTC決済について",
      """田中様

いつもお世話になっております。石狩デジタルトレーディングの森山です。
11月分のOTC決済（USDC 1,500,000）について、受取アドレスは従来どおり貴社登録済みのアドレスでお願いいたします。
着金後、約定確認書をお送りします。

よろしくお願いいたします。""", "2026-11-05 09:45 +0900", message_id=ISHIKARI_OTC_ID),
    B("conversation-hijack", "fr", "real Banque Vauclair thread opener about the SEPA account, from the bank's own domain",
      ROUSSEL, LAURENT, "Ouverture du compte de cantonnement SEPA",
      """Bonjour Camille,

Le compte de cantonnement de Kitsune Exchange est ouvert. Les coordonnées bancaires vous ont été remises en
main propre lors de notre rendez-vous et figurent dans votre espace client. Pour toute modification, nous
vous appellerons toujours depuis le standard de la banque.

Élodie Roussel
Banque Vauclair - Relations institutionnelles""", "2026-11-03 11:00 +0100", message_id=VAUCLAIR_SEPA_ID),
    B("conversation-hijack", "ko", "real Seorin whitelist request thread opener from the partner's own domain",
      HAN, PARK, "입출금 화이트리스트 주소 등록 요청",
      """박대현님 안녕하세요, 서린디지털 한지우입니다.

다음 주부터 시작되는 정산을 위해 저희 입금 주소를 화이트리스트에 등록 부탁드립니다.
주소는 보안상 파트너 포털에 올려 두었으니 포털에서 확인해 주시고, 등록 전 제 휴대폰으로 한 번 확인 전화 부탁드립니다.

감사합니다.""", "2026-11-06 11:31 +0900", message_id=SEORIN_WHITELIST_ID),
    B("conversation-hijack", "zh", "real Jade Harbour block-trade thread opener from the partner's own domain",
      AU, LI, "11月7日大宗交易结算确认",
      """李生，

今日大宗交易（BTC 42.5）已成交，請按我哋登記嘅地址交收，唔好用任何其他地址。交收後請回覆 TXID。

Wing Ki
Jade Harbour OTC""", "2026-11-07 11:18 +0800", message_id=JADE_BLOCK_ID),
    B("conversation-hijack", "ja", "real Meiwa audit thread opener listing the documents requested, nothing attached",
      SUGIURA_JA, TAKAHASHI_JA, "期末監査に向けた資料ご依頼",
      """高橋様

お世話になっております。明和監査法人の杉浦です。
期末監査に向けて、以下の資料を監査ポータルへアップロードいただけますでしょうか。

1. 鍵管理規程（最新版）
2. 10月のコールドウォレット入出金記録
3. 特権アカウント一覧

期限は11月20日です。よろしくお願いいたします。""", "2026-11-04 15:02 +0900", message_id=MEIWA_AUDIT_ID),
    B("conversation-hijack", "ar", "real Al Noor pricing thread from the partner's own domain",
      SAEED, HADDAD, "أسعار السيولة للأسبوع القادم",
      """عزيزي عمر،

مرفق في البوابة جدول أسعار السيولة للأسبوع القادم لأزواج USDT/AED وBTC/AED. لا تغيير على شروط التسوية
أو العناوين المسجلة.

خالد السعيد
Al Noor Markets""", "2026-11-08 09:00 +0400", message_id=ALNOOR_PRICING_ID),
    B("conversation-hijack", "ja", "staff reply in the real Ishikari thread (In-Reply-To) confirming settlement to the registered address",
      TANAKA_JA, MORIYAMA_JA, "Re: 11月分 OTC決済について",
      """森山様

お世話になっております。キツネエクスチェンジの田中です。
本日、登録済みアドレス宛に USDC 1,500,000 を送付いたしました。TXID は別途ポータルに記載しております。
なお、本件で受取アドレス変更のメールが届きましたが、貴社確認のうえ無視しております。

田中""", "2026-11-05 16:30 +0900", in_reply_to=ISHIKARI_OTC_ID, references=ISHIKARI_OTC_ID),
]
