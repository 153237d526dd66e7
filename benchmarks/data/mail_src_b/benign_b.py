"""Set B benign look-alikes: legitimate mail that shares the surface of a lure category.

`category` names the lure category a message resembles. Real third parties (github.com, zoom.us,
fireblocks.com, safe.global, hays.co.jp, ...) appear as the senders they really are; the wording is
ours. Partner companies are invented but are not lookalikes of anything.
"""

from __future__ import annotations

import binaries as b
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
    SUPPORT,
    SUZUKI,
    SUZUKI_JA,
    TAKAHASHI,
    TANAKA,
    TANAKA_JA,
    TREASURY,
)
from spec import Att, Mail

SIGNERS = (TANAKA, TAKAHASHI, CFO)
ENG = ("Engineering", "eng@kitsune-ex.co.jp")
DEPENDABOT_HEADERS = (("List-ID", "kitsune-ex/wallet-service <wallet-service.kitsune-ex.github.com>"),
                      ("List-Unsubscribe", "<https://github.com/notifications/unsubscribe/AC7PQ2M>"),
                      ("X-GitHub-Reason", "security_alert"), ("X-GitHub-Sender", "dependabot[bot]"))

BENIGN: list[Mail] = [
    # ---------------------------------------------------------------- resembles exec-impersonation
    Mail("benign", "exec-impersonation", "en",
         "the real CEO from his own domain (DMARC pass) asks the CFO to prepare the board's treasury figures; no secrecy, no payment",
         CEO, (CFO,),
         "Treasury numbers for the November board",
         """Emily,

For the November board could you prepare the usual treasury page: hot/warm/cold split, month-on-month
change and the insurance coverage ratio? Yuki has the template. Friday is fine.

If anything looks odd, let's go through it together on Thursday's 1:1.

Thanks,
Haruto""",
         "2026-11-01 18:20 +0900", cc=(ITO,)),
    Mail("benign", "exec-impersonation", "ja",
         "the real CEO (own domain, pass) thanks staff after the security drill and asks them to report suspicious mail",
         CEO_JA, (ALL_STAFF,),
         "訓練メールへのご協力ありがとうございました",
         """社員の皆さん

お疲れさまです。佐藤です。
先週実施した標的型メール訓練では、多くの方が不審メールを #security に報告してくれました。ありがとうございます。

あらためてお願いです。私や役員の名前で「至急」「内密に」といった送金・情報提供の依頼が届いた場合は、
必ず社内の電話番号で本人に確認してください。私から個人のメールやLINEで依頼することはありません。

佐藤 陽翔""",
         "2026-11-04 09:00 +0900"),
    Mail("benign", "exec-impersonation", "en",
         "the real CFO from her own domain asks accounts payable to hold a payment pending the usual call-back",
         CFO, (KEIRI,),
         "Hold on Minato Systems payment until call-back",
         """Hi team,

We received a request to change Minato Systems' bank details. Please hold invoice MS-2026-11 and do the
usual call-back to their finance contact on the number in our vendor master (not the number in the email).
Once confirmed, release it in the normal payment run.

Thanks,
Emily""",
         "2026-11-09 14:00 +0900"),
    Mail("benign", "exec-impersonation", "ja",
         "the real CFO in katakana (own domain) shares the year-end close schedule with a plain PDF",
         CFO_JA, (KEIRI, TANAKA_JA),
         "年度末決算スケジュールの共有",
         """経理部・財務部の皆さん

お疲れさまです。エミリーです。
年度末決算のスケジュールを添付します。監査法人とのミーティングは1月14日です。
不明点があれば来週の定例で確認しましょう。

エミリー・カーター""",
         "2026-11-10 10:30 +0900",
         attachments=(Att("決算スケジュール_FY2026.pdf", b.pdf(["FY2026 Year-end close", "Audit meeting: 2027-01-14"],
                                                          "Close schedule"), "application/pdf"),)),
    # ---------------------------------------------------------------- resembles vendor-impersonation
    Mail("benign", "vendor-impersonation", "en",
         "real Safe release notes from safe.global about a new Safe{Wallet} version; links only to safe.global",
         ("Safe", "newsletter@safe.global"), (TAKAHASHI,),
         "Safe{Wallet} November release: transaction simulation for every chain",
         """Hi there,

This month's Safe{Wallet} release brings transaction simulation to every supported network and a
clearer warning when a transaction uses delegatecall.

Read the release notes: https://safe.global/blog/safe-wallet-december-release
Open Safe{Wallet}: https://app.safe.global

Nothing to install - the web app updates automatically.

The Safe team""",
         "2026-11-02 16:00 +0000",
         headers=(("List-Unsubscribe", "<https://safe.global/unsubscribe?u=8812>"),)),
    Mail("benign", "vendor-impersonation", "en",
         "real Fireblocks maintenance notice from fireblocks.com; points to the real console, asks for nothing",
         ("Fireblocks Support", "support@fireblocks.com"), (TAKAHASHI, SUZUKI),
         "Scheduled maintenance: November 13, 02:00-03:00 UTC",
         """Hello,

Fireblocks will perform scheduled maintenance on November 13 between 02:00 and 03:00 UTC. During this
window, transaction signing may be delayed by up to 10 minutes. No action is required.

Status updates: https://status.fireblocks.com
Console: https://console.fireblocks.io

Fireblocks Support""",
         "2026-11-05 11:00 +0000"),
    Mail("benign", "vendor-impersonation", "en",
         "real Fireblocks invoice from billing@fireblocks.com with a PDF; bank details unchanged",
         ("Fireblocks Billing", "billing@fireblocks.com"), (KEIRI, CFO),
         "Invoice FB-2026-1342 for Kitsune Exchange K.K.",
         """Dear customer,

Please find attached invoice FB-2026-1342 for the period November 2026. Payment terms are net 30 to
the bank account on file. Our bank details have not changed.

Fireblocks Billing""",
         "2026-11-01 03:00 +0000",
         attachments=(Att("Invoice_FB-2026-1342.pdf", b.pdf(["Fireblocks", "Invoice FB-2026-1342",
                                                               "Period: November 2026"], "Invoice"),
                          "application/pdf"),)),
    Mail("benign", "vendor-impersonation", "ja",
         "a real domestic vendor (invented, not a lookalike) sends its annual maintenance contract renewal notice",
         ("株式会社ミナトシステムズ 営業部", "sales@minato-systems.co.jp"), (KEIRI,),
         "保守契約更新のご案内（2027年度）",
         """経理部 御中

いつも大変お世話になっております。ミナトシステムズ営業部です。
現行の保守契約が2027年3月末で満了となるため、更新のご案内をお送りいたします。
内容に変更はございません。ご不明点は担当の森までお問い合わせください。

株式会社ミナトシステムズ 営業部""",
         "2026-11-03 10:00 +0900"),
    # ---------------------------------------------------------------- resembles lookalike-link
    Mail("benign", "lookalike-link", "en",
         "internal IT password-expiry notice from the org's own domain linking to its own SSO host",
         ("Kitsune IT", "it@kitsune-ex.co.jp"), (SUZUKI,),
         "Your password expires in 5 days",
         """Hi Kenta,

Your Kitsune account password expires in 5 days. Change it from the company SSO portal:

https://sso.kitsune-ex.co.jp/account/password

IT will never ask you for your password by email or chat.

Kitsune IT""",
         "2026-11-02 09:00 +0900"),
    Mail("benign", "lookalike-link", "en",
         "real Okta notification from okta.com about a new sign-in, links to the org's own okta tenant",
         ("Okta", "noreply@okta.com"), (TANAKA,),
         "New sign-on notification",
         """Hello Mika,

Your Kitsune Exchange account was used to sign in from a new device.

Browser: Safari on macOS
Location: Tokyo, Japan
Time: November 3, 2026 08:14 JST

If you recognise this activity, no action is needed. If not, contact your administrator or review your
account at https://kitsune-ex.okta.com/enduser/settings

Okta""",
         "2026-11-02 23:15 +0000"),
    Mail("benign", "lookalike-link", "ja",
         "HR notice from the org's own domain linking to the real internal portal (same story as a lure)",
         ("人事部", "jinji@kitsune-ex.co.jp"), (ALL_STAFF,),
         "【人事部】年末調整の入力期限について",
         """社員各位

年末調整の入力期限は11月12日です。社内ポータルから入力してください。

https://portal.kitsune-ex.co.jp/nencho

パスワードをメールで聞くことはありません。

人事部""",
         "2026-11-01 12:00 +0900"),
    Mail("benign", "lookalike-link", "zh",
         "the real Hong Kong OTC colleague (own domain) asks to confirm a trade inside the company's own OTC portal",
         ("Kitsune OTC Desk", "otc@kitsune-ex.com"), (LI,),
         "请确认今日大宗交易",
         """李伟，

今日的大宗交易（USDT 2,000,000）已在内部OTC系统中等待你复核：

https://otc.kitsune-ex.com/desk/review/HK-88214

按流程请在系统内复核，不要通过邮件回复金额。

OTC Desk""",
         "2026-11-08 10:40 +0800"),
    # ---------------------------------------------------------------- resembles recruiter-coding-test
    Mail("benign", "recruiter-coding-test", "en",
         "real GitHub Dependabot security alert for the company's own repo, mentions npm and a version bump",
         ("dependabot[bot]", "notifications@github.com"), (SUZUKI,),
         "[kitsune-ex/wallet-service] Bump axios from 1.7.7 to 1.7.9 (PR #288)",
         """Bumps axios from 1.7.7 to 1.7.9 to fix a moderate severity vulnerability.

You can trigger a rebase of this PR by commenting `@dependabot rebase`.
To test locally: `git fetch origin pull/288/head && npm ci && npm test`

--
View it on GitHub: https://github.com/kitsune-ex/wallet-service/pull/288
You are receiving this because you are subscribed to this thread.""",
         "2026-11-01 02:30 +0000", headers=DEPENDABOT_HEADERS),
    Mail("benign", "recruiter-coding-test", "en",
         "internal engineering mail from the org's domain with npm and docker compose commands for the company's own repo",
         ("Kenta Suzuki", "k.suzuki@kitsune-ex.co.jp"), (ENG,),
         "Local setup for the new settlement service",
         """Hi all,

The settlement service is now in the monorepo. To run it locally:

git clone git@github.com:kitsune-ex/settlement.git
cd settlement
npm ci
docker compose up -d postgres
npm run migrate && npm run dev

Please don't use `npm install` on CI branches, it rewrites the lockfile. Questions in #eng-backend.

Kenta""",
         "2026-11-03 15:10 +0900"),
    Mail("benign", "recruiter-coding-test", "en",
         "real recruiter from Hays (hays.co.jp) asks for a CV and availability; nothing to run or install",
         ("Sarah Mitchell", "sarah.mitchell@hays.co.jp"), (SUZUKI,),
         "Senior backend role - fintech client in Tokyo",
         """Hi Kenta,

I'm a recruiter at Hays in Tokyo working with a regulated fintech client on a senior backend role
(TypeScript, Postgres, Kubernetes). If you're open to hearing more, could you share an updated CV and
a couple of times for a 20-minute call next week? Their process is two interviews, no take-home.

Best regards,
Sarah Mitchell
Hays Specialist Recruitment Japan""",
         "2026-11-04 11:20 +0900"),
    Mail("benign", "recruiter-coding-test", "ja",
         "real Japanese agency (JAC Recruitment) schedules an interview; no files, no code",
         ("JAC Recruitment 中村", "nakamura@jac-recruitment.jp"), (SUZUKI_JA,),
         "面接日程のご連絡",
         """鈴木 健太 様

JACリクルートメントの中村です。
先日ご応募いただいたポジションについて、一次面接の日程候補をお送りします。

・11月17日（火）14:00〜15:00
・11月18日（水）10:00〜11:00

面接は先方オフィス（大手町）で行います。ご都合をお知らせください。

中村""",
         "2026-11-07 13:00 +0900"),
    Mail("benign", "recruiter-coding-test", "en",
         "the company's own careers address sends a candidate a take-home hosted in its own GitHub org, run in a sandbox",
         CAREERS, (("Priya Nair", "priya.nair@gmail.com"),),
         "Kitsune Exchange - technical exercise",
         """Hi Priya,

Thanks for your time today. As discussed, the technical exercise is in our public repo:
https://github.com/kitsune-ex/interview-exercise

It has no install scripts; we recommend running it in a disposable container or Codespace, and we
never ask candidates to run anything on a machine that holds personal keys.

Kitsune Exchange Talent Team""",
         "2026-11-08 17:30 +0900"),
    # ---------------------------------------------------------------- resembles investor-meeting-install
    Mail("benign", "investor-meeting-install", "en",
         "real Zoom invitation from no-reply@zoom.us with a zoom.us join link and no download",
         ("Zoom", "no-reply@zoom.us"), (CFO,),
         "Meeting invitation: Northbridge Partners / Kitsune Exchange",
         """Daniel Okafor is inviting you to a scheduled Zoom meeting.

Topic: Northbridge Partners / Kitsune Exchange
Time: Nov 10, 2026 10:00 AM Osaka, Sapporo, Tokyo

Join Zoom Meeting
https://us02web.zoom.us/j/85512349876?pwd=Qk1ab2NkZUZ3d0Rr

Meeting ID: 855 1234 9876
Passcode: 610227""",
         "2026-11-03 07:00 +0000"),
    Mail("benign", "investor-meeting-install", "en",
         "genuine Microsoft Teams invite from a partner's own domain with a teams.microsoft.com link and an .ics",
         ("Laura Jensen", "laura.jensen@nordlys-capital.com"), (CEO, ITO),
         "Nordlys Capital / Kitsune - intro call",
         """Hi Haruto, hi Yuki,

Invitation for our intro call below.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2ZDk1YjEtOGJm%40thread.v2/0
Meeting ID: 392 114 875 221
Passcode: p7Xk3T
________________________________________________________________________________

Best,
Laura""",
         "2026-11-04 09:30 +0100",
         attachments=(Att("invite.ics", b.ics("Nordlys Capital / Kitsune - intro call", "20261111T010000Z",
                                              "20261111T013000Z", "laura.jensen@nordlys-capital.com",
                                              "h.sato@kitsune-ex.co.jp",
                                              "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2ZDk1YjEtOGJm%40thread.v2/0",
                                              "nordlys-kitsune-1211"), "text/calendar"),)),
    Mail("benign", "investor-meeting-install", "ko",
         "Korean investor (invented, not a lookalike) sends a Google Meet link and asks for the deck only",
         ("이서연", "seoyeon.lee@hanbit-partners.co.kr"), (PARK,),
         "다음 주 미팅 안내",
         """박대현 님, 안녕하세요.

한빛파트너스 이서연입니다. 다음 주 화요일 오후 3시 미팅은 Google Meet으로 진행합니다.

https://meet.google.com/xqe-mdrt-kpa

별도 설치는 필요 없습니다. 회의 전에 최신 IR 자료(PDF)만 보내 주시면 감사하겠습니다.

이서연 드림""",
         "2026-11-05 10:10 +0900"),
    Mail("benign", "investor-meeting-install", "ja",
         "internal IT notice from the org's domain asking staff to update Zoom from the official zoom.us download page",
         ("情報システム部", "it@kitsune-ex.co.jp"), (ALL_STAFF,),
         "Zoomクライアントの更新のお願い",
         """社員各位

Zoomの脆弱性修正版が公開されました。社用PCのZoomを今週中に更新してください。
更新は Zoom アプリの「アップデートを確認」または公式サイトから行ってください。

https://zoom.us/download

メールやチャットで送られてきたインストーラーは実行しないでください。

情報システム部""",
         "2026-11-08 09:30 +0900"),
    # ---------------------------------------------------------------- resembles trading-app
    Mail("benign", "trading-app", "en",
         "real TradingView product mail from tradingview.com about a new feature; web links only",
         ("TradingView", "noreply@tradingview.com"), (LI,),
         "New on TradingView: order-book heatmaps",
         """Hi,

Order-book heatmaps are now available on all paid plans. Open any chart and add the Heatmap
indicator from the indicators menu.

https://www.tradingview.com/blog/en/order-book-heatmaps/

TradingView""",
         "2026-11-03 14:00 +0000",
         headers=(("List-Unsubscribe", "<https://www.tradingview.com/unsubscribe/?t=a81c>"),)),
    Mail("benign", "trading-app", "ja",
         "the company's own support announces its app update on the App Store and Google Play",
         SUPPORT, (("Kitsune Exchange 会員各位", "members@kitsune-ex.com"),),
         "Kitsune Exchange アプリ 5.2 公開のお知らせ",
         """いつもKitsune Exchangeをご利用いただきありがとうございます。

スマートフォンアプリ 5.2 を公開しました。App Store または Google Play から更新してください。

iOS: https://apps.apple.com/jp/app/kitsune-exchange/id6446512345
Android: https://play.google.com/store/apps/details?id=jp.co.kitsuneex.app

当社がAPKファイルをメールで配布することはありません。

Kitsune Exchange サポート""",
         "2026-11-06 12:00 +0900"),
    # ---------------------------------------------------------------- resembles wallet-request
    Mail("benign", "wallet-request", "en",
         "customer support ticket reply that mentions seed phrases only to warn the customer never to share them",
         SUPPORT, (("Tom Becker", "tom.becker@gmail.com"),),
         "Re: [Ticket #48213] Someone asked for my recovery phrase",
         """Hello Tom,

Thank you for reporting this. The account that messaged you on Telegram is not Kitsune Exchange.
We will never ask for your seed phrase, recovery phrase or private key, and we never ask you to
"verify" a wallet by sending funds.

If you entered your recovery phrase anywhere, move your funds to a new wallet immediately. You can
review your Kitsune account security at https://www.kitsune-ex.com/settings/security

Kitsune Exchange Support""",
         "2026-11-02 10:00 +0900",
         in_reply_to="<CAH7tb4e91@mail.gmail.com>", references="<CAH7tb4e91@mail.gmail.com>"),
    Mail("benign", "wallet-request", "ja",
         "the real CEO (own domain, pass) asks signers to approve a cold-to-warm transfer in the real app.safe.global",
         CEO_JA, SIGNERS,
         "署名のお願い：コールド→ウォーム補充（Safe）",
         """署名者の皆さん

お疲れさまです。佐藤です。
月次のウォームウォレット補充（800 ETH）を Safe で起票しました。本日中に確認と署名をお願いします。

https://app.safe.global/transactions/queue?safe=eth:0x7A41c93bE02f5D8a6e91C3b4f0a2d6E8c5B19F34

署名前に、ハードウェアウォレットに表示されるハッシュと #treasury のハッシュを照合してください。

佐藤""",
         "2026-11-07 10:10 +0900"),
    Mail("benign", "wallet-request", "en",
         "real Etherscan address-watch alert from etherscan.io about the org's own hot wallet",
         ("Etherscan", "noreply@etherscan.io"), (TREASURY,),
         "Etherscan Alert: outgoing transaction on hot wallet 1",
         """An address on your watch list has an outgoing transaction.

Address: 0x00000000000000000000000000000000000a11ce (hot wallet 1)
Value: 25 ETH
Tx: https://etherscan.io/tx/0x9b3e1f2a7c4d5e60f8a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f607

To manage alerts, visit https://etherscan.io/myaddress""",
         "2026-11-08 05:12 +0000"),
    Mail("benign", "wallet-request", "fr",
         "the real Paris colleague (own domain) reminds the team of the key-ceremony procedure, mentions recovery phrases",
         LAURENT, (("Équipe Paris", "paris@kitsune-ex.com"),),
         "Rappel : cérémonie de clés de jeudi",
         """Bonjour à tous,

Rappel pour la cérémonie de clés de jeudi : aucun téléphone dans la salle, les phrases de
récupération sont écrites uniquement sur les plaques métalliques fournies et ne sont jamais
saisies sur un ordinateur ni envoyées par e-mail.

Merci,
Camille""",
         "2026-11-09 09:00 +0100"),
    # ---------------------------------------------------------------- resembles attachment
    Mail("benign", "attachment", "en",
         "real law-firm (invented, not a lookalike) sends an SPA draft as a plain docx without macros",
         ("Anderson Kato LPC", "docs@anderson-kato.jp"), (CFO,),
         "Project Fennec - SPA draft v4",
         """Dear Ms Carter,

Please find attached the fourth draft of the share purchase agreement, marked up against v3.
We look forward to your comments.

Kind regards,
Anderson Kato LPC""",
         "2026-11-03 05:00 +0000",
         attachments=(Att("Fennec_SPA_v4.docx", b.word_document(["SHARE PURCHASE AGREEMENT", "Draft v4"]),
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),)),
    Mail("benign", "attachment", "ja",
         "Japanese vendor sends an encrypted zip of a PDF invoice with the password in a separate mail (PPAP habit)",
         ("株式会社ミナトシステムズ 経理", "keiri@minato-systems.co.jp"), (KEIRI,),
         "11月分ご請求書送付の件",
         """経理部 御中

いつもお世話になっております。ミナトシステムズ経理です。
11月分の請求書を送付いたします。パスワードは別メールにてお送りします。

株式会社ミナトシステムズ 経理""",
         "2026-11-07 10:00 +0900",
         attachments=(Att("請求書_MS-2026-11.zip", b.zip_archive(
             [("請求書_MS-2026-11.pdf", b.pdf(["Minato Systems", "Invoice MS-2026-11"], "Invoice"))],
             password="Ms2026Nov"), "application/zip"),)),
    Mail("benign", "attachment", "en",
         "internal security team shares a spreadsheet of blocked IOCs including .lnk and .iso file names",
         TAKAHASHI, (("Security", "security@kitsune-ex.co.jp"),),
         "Weekly IOC list (week 45)",
         """Team,

Attached is this week's IOC list for the gateway. Highlights: ISO 'contract' images containing
.pdf.lnk shortcuts, and HTML 'DocuSign' envelopes that build a zip in the browser. All are blocked
at the gateway; the spreadsheet is plain xlsx.

Sho""",
         "2026-11-08 18:00 +0900",
         attachments=(Att("IOC_week49.xlsx", b.spreadsheet([
             ["type", "value", "note"],
             ["filename", "Fennec_SPA_Execution.iso", "ISO with .pdf.lnk"],
             ["domain", "baxterlowe-legal.com", "lookalike law firm"],
         ]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),)),
    Mail("benign", "attachment", "ar",
         "real Dubai vendor (invented, not a lookalike) sends its monthly invoice as a plain PDF",
         ("قسم الحسابات - الواحة للخدمات", "accounts@alwaha-services.ae"), (HADDAD,),
         "فاتورة خدمات نوفمبر",
         """السيد عمر المحترم،

نرفق لكم فاتورة خدمات المكتب لشهر نوفمبر. الدفع حسب الحساب البنكي المسجل لديكم دون تغيير.

مع التحية،
قسم الحسابات""",
         "2026-11-06 09:00 +0400",
         attachments=(Att("Invoice_Alwaha_2026-11.pdf", b.pdf(["Al Waha Services", "Invoice 2026-11"], "Invoice"),
                          "application/pdf"),)),
    # ---------------------------------------------------------------- resembles conversation-hijack
    Mail("benign", "conversation-hijack", "en",
         "genuine Minato Systems reply in the real thread from its real domain; confirms bank details are unchanged",
         ("Minato Systems Billing", "billing@minato-systems.co.jp"), (KEIRI, CFO),
         "Re: November maintenance invoice MS-2026-11",
         """Dear Accounts team,

Thank you for calling us to check. We have NOT changed our bank account; please pay to the account
printed on the invoice as usual. We have reported the other email to our IT team.

Best regards,
Minato Systems Billing

On Mon, 9 Nov 2026 at 14:05, Emily Carter <emily.carter@kitsune-ex.com> wrote:
> Could you confirm whether your bank details changed this month?""",
         "2026-11-09 16:30 +0900",
         in_reply_to="<20261109140512.8C1D0@kitsune-ex.com>",
         references="<ms-inv-2026-11.a83f@minato-systems.co.jp> <20261109140512.8C1D0@kitsune-ex.com>"),
    Mail("benign", "conversation-hijack", "ja",
         "genuine investor reply in the thread from the partner's real domain sharing a term sheet as a PDF attachment",
         ("桜峰ベンチャーズ 山田", "yamada@sakura-peak.vc"), (ITO_JA,),
         "Re: 出資条件（タームシート）の件",
         """伊藤様

お世話になっております。桜峰ベンチャーズの山田です。
修正版のタームシートを添付いたします。佐藤様にもご確認いただけますと幸いです。

> 伊藤です。修正版をいただけましたら佐藤に回します。""",
         "2026-11-10 15:40 +0900",
         in_reply_to="<CAFk3x9Q2m@kitsune-ex.co.jp>", references="<CAFk3x9Q2m@kitsune-ex.co.jp>",
         attachments=(Att("TermSheet_rev3.pdf", b.pdf(["Term Sheet", "Revision 3"], "Term sheet"),
                          "application/pdf"),)),
    Mail("benign", "conversation-hijack", "ko",
         "internal Seoul reply in a thread (own domain) forwarding a partner's new office address, not bank details",
         PARK, (TANAKA, ("Camille Laurent", "c.laurent@kitsune-ex.com")),
         "RE: 파트너사 연락처 변경",
         """다나카 님,

파트너사 한빛파트너스가 1월부터 사무실을 강남으로 이전한다고 합니다. 계좌 정보 변경은 없습니다.
새 주소는 CRM에 반영해 두었습니다.

박대현

-----Original Message-----
From: Mika Tanaka <m.tanaka@kitsune-ex.co.jp>
Subject: 파트너사 연락처 변경
> 변경 사항이 있으면 알려 주세요.""",
         "2026-11-10 11:00 +0900",
         in_reply_to="<20261109.55aa@kitsune-ex.co.jp>", references="<20261109.55aa@kitsune-ex.co.jp>"),
]

