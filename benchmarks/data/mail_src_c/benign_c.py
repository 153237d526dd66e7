"""Set C benign look-alikes: real mail an exchange receives that resembles the lures (hand-written)."""

from __future__ import annotations

from binaries import ics, pdf, png, spreadsheet, word_document, zip_archive
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
    SUZUKI,
    SUZUKI_JA,
    TAKAHASHI,
    TANAKA,
    TANAKA_JA,
    TREASURY,
    WATANABE_JA,
)
from spec import Att, Mail
from threads_c import (
    AOBA,
    AOBA_THREAD,
    FALCON,
    FALCON_THREAD,
    HANBIT,
    HANBIT_THREAD,
    MOREAU,
    MOREAU_THREAD,
    NORDEN,
    NORDEN_THREAD,
    TAKSHING,
    TAKSHING_THREAD,
)


def benign(category: str, language: str, note: str, sender: tuple[str, str], to: tuple[str, str], subject: str,
           body: str, date: str, **kw: object) -> Mail:
    return Mail("benign", category, language, note, sender, (to,), subject, body, date, **kw)  # type: ignore[arg-type]


ZIP = "application/zip"
PDF = "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

_AOBA_ZIP = zip_archive([("請求書_KX-2611.pdf", pdf(["Aoba Solutions Co., Ltd.", "Invoice KX-2611",
                                                      "Server operations, November 2026", "JPY 1,320,000"],
                                                     title="Invoice KX-2611"))], password="Ab7#kX26q")

BENIGN: list[Mail] = [
    # -- exec-impersonation look-alikes --------------------------------------------------------------
    benign("exec-impersonation", "ja",
           "real CEO from his own domain (DMARC pass) with an urgent but ordinary request for board slides",
           CEO_JA, ITO_JA, "至急：明日の取締役会資料",
           """伊藤さん

明日の取締役会の資料、最新版を今日の18時までに共有フォルダに置いてもらえますか。
第3四半期の数字はエミリーさんから届いたものに差し替えてください。
急ぎで申し訳ないですが、よろしくお願いします。

佐藤""", "2026-11-02 13:20 +0900"),
    benign("exec-impersonation", "en",
           "real CEO announces a phishing drill and says he never asks for transfers by mail",
           CEO, ALL_STAFF, "Phishing drill this month - and a reminder from me",
           """All,

Security will run a phishing simulation during November. Some of the test mails will use my name or
Emily's. If you receive any message "from me" asking for a transfer, gift cards, codes, or to keep
something secret from your manager, report it with the Report button. I will never ask for any of those
by email, chat or phone.

Thank you for staying sharp.

Haruto Sato
Representative Director, CEO""", "2026-11-01 10:00 +0900"),
    benign("exec-impersonation", "en",
           "real CFO from the org domain asks for an approval in the ERP and reminds about callbacks",
           CFO, TREASURY, "Norden rebate - please process through the usual approval",
           """Treasury,

Norden's October maker rebate is agreed at USD 48,200. Please raise it in NetSuite as usual; I'll approve
it there. Bank details are the ones already on file; if anything about their details changes, call Erik
on the number in the vendor master before paying.

Thanks,
Emily""", "2026-11-03 10:40 +0900"),
    benign("exec-impersonation", "ja",
           "real executive assistant relays the CEO's travel schedule from the org domain",
           ITO_JA, SUZUKI_JA, "社長の来週の出張予定（ご参考）",
           """鈴木さん

佐藤社長の来週の予定を共有します。
11/10〜11/12 シンガポール出張のため、期間中の承認は社内ワークフローで代理承認者（エミリーさん）に回ります。
メールやチャットで社長から急ぎの依頼が来た場合は、念のため私か社長の携帯に電話で確認してください。

伊藤""", "2026-11-06 16:00 +0900"),
    benign("exec-impersonation", "fr",
           "real CFO (org domain) writes to the Paris office about the lease, pointing to the normal approval flow",
           CFO, LAURENT, "Bureaux de Paris - prochaines étapes",
           """Bonjour Camille,

Bonne nouvelle : le comité a validé les bureaux de la rue de Provence. Merci de demander au cabinet
Moreau le projet de bail définitif et de lancer la demande d'engagement dans NetSuite. Le dépôt de
garantie sera payé par Tokyo après signature, selon la procédure habituelle (double validation et
rappel téléphonique du bénéficiaire).

Merci,
Emily""", "2026-11-04 09:30 +0900"),
    benign("exec-impersonation", "ko",
           "Seoul staff forwards the CEO's official Seoul visit schedule from the org domain",
           PARK, ("서울지사", "seoul@kitsune-ex.com"), "[공지] 사토 대표 서울 방문 일정",
           """서울 지사 여러분,

사토 하루토 대표가 11월 17일(화)에 서울 지사를 방문합니다.
오전 10시 타운홀, 오후에는 파트너사 미팅이 있습니다. 자세한 일정은 캘린더를 확인해 주세요.

참고로 대표님은 메신저나 개인 메일로 송금·자료를 요청하지 않습니다.
그런 연락을 받으면 보안팀에 바로 알려 주세요.

박대현""", "2026-11-09 11:00 +0900"),
    benign("exec-impersonation", "zh",
           "HK desk staff relays the CFO's expense deadline internally in Chinese",
           LI, ("香港办公室", "hk-office@kitsune-ex.com"), "CFO提醒：本周五前提交报销",
           """各位同事，

Emily（CFO）提醒大家：10月份的差旅和招待费用报销请在本周五（11月13日）前通过系统提交，逾期将顺延到下月处理。

如有疑问请直接找财务部。

李伟""", "2026-11-10 10:15 +0800"),
    benign("exec-impersonation", "ar",
           "Dubai BD lead writes internally in Arabic about the CEO's visit, from the org domain",
           HADDAD, ("مكتب دبي", "dubai@kitsune-ex.com"), "زيارة الرئيس التنفيذي لمكتب دبي",
           """الزملاء الأعزاء،

يسعدني إبلاغكم بأن السيد هاروتو ساتو، الرئيس التنفيذي، سيزور مكتب دبي يوم 16 نوفمبر. سنعقد اجتماعاً
عاماً في الساعة العاشرة صباحاً، يليه غداء مع فريق تطوير الأعمال.

يرجى تأكيد حضوركم عبر التقويم.

عمر""", "2026-11-11 09:00 +0400"),

    # -- vendor-impersonation look-alikes ------------------------------------------------------------
    benign("vendor-impersonation", "en",
           "genuine Fireblocks product update from fireblocks.com pointing to the real console",
           ("Fireblocks", "no-reply@fireblocks.com"), TAKAHASHI, "Product update: TAP editor improvements",
           """Hi Sho,

This month's release brings a redesigned Transaction Authorization Policy editor with a draft mode and
side-by-side diff before you publish. Existing policies are unchanged.

Read the release notes in the Help Center or try it in the console: https://console.fireblocks.io

The Fireblocks Team""", "2026-11-02 16:00 +0000"),
    benign("vendor-impersonation", "en",
           "genuine Safe newsletter from safe.global mentioning a security advisory with no action link",
           ("Safe", "newsletter@safe.global"), TANAKA, "Safe Monthly: November",
           """Safe Monthly - November 2026

- Safe{Wallet} now shows decoded calldata for more protocols.
- Security: a reminder that Safe will never ask you to sign a "migration" transaction by email. Upgrades
  are announced on https://safe.global/blog and shown in the app itself.
- Ecosystem: 12 new Safe Apps.

You're receiving this because you subscribed at safe.global.""", "2026-11-04 15:00 +0000"),
    benign("vendor-impersonation", "en",
           "genuine Okta admin notice from okta.com about a new admin sign-in",
           ("Okta", "noreply@okta.com"), TAKAHASHI, "New sign-in to your Okta admin account",
           """Hello Sho Takahashi,

A new sign-in to the Okta Admin Console for kitsune-ex.okta.com was detected.

Date: November 5, 2026, 09:12 JST
Location: Tokyo, Japan
Browser: Chrome on macOS

If this was you, no action is needed. If not, contact your Okta administrator.""", "2026-11-05 00:13 +0000"),
    benign("vendor-impersonation", "en",
           "genuine Google Workspace security alert from google.com",
           ("Google Workspace Alerts", "google-workspace-alerts-noreply@google.com"), TAKAHASHI,
           "Alert: Suspicious login blocked",
           """Google Workspace

Suspicious login blocked
kitsune-ex.com

We blocked a sign-in attempt to user m.tanaka@kitsune-ex.com from an unrecognised location because it
looked suspicious. View the details in the Admin console: https://admin.google.com/ac/alertcenter

You received this because you are an administrator of kitsune-ex.com.""", "2026-11-06 02:30 +0000"),
    benign("vendor-impersonation", "en",
           "genuine AWS billing notice from amazon.com",
           ("Amazon Web Services", "no-reply-aws@amazon.com"), KEIRI, "AWS Notification - Invoice available",
           """Greetings from Amazon Web Services,

Your invoice for October 2026 is now available in the Billing and Cost Management console:
https://console.aws.amazon.com/billing/home#/bills

Account: 7712-0449-1830
Amount due: USD 38,412.77

Sincerely,
Amazon Web Services""", "2026-11-03 08:00 +0000"),
    benign("vendor-impersonation", "ja",
           "genuine freee invoice notice from freee.co.jp with the real app link",
           ("freee", "no-reply@freee.co.jp"), KEIRI, "【freee】請求書を受け取りました",
           """キツネエクスチェンジ株式会社 様

株式会社アオバ・ソリューションズ から請求書が届きました。

請求金額：¥1,320,000
お支払い期限：2026年11月30日

freee会計で内容をご確認ください。
https://secure.freee.co.jp/

freee株式会社""", "2026-11-04 09:35 +0900"),
    benign("vendor-impersonation", "en",
           "genuine Chainalysis KYT alert from chainalysis.com; the case is viewed in the real app, no attachment",
           ("Chainalysis KYT", "kyt-notifications@chainalysis.com"), TAKAHASHI, "New alert: Severe - Darknet market",
           """A new KYT alert was created for your organisation.

Severity: SEVERE
Category: Darknet market (indirect)
Asset: BTC
Transfer: 0.18 BTC received 2026-11-07

Review the alert in KYT: https://kyt.chainalysis.com/alerts""", "2026-11-07 11:02 +0000"),
    benign("vendor-impersonation", "ar",
           "genuine Fireblocks customer success mail in Arabic from fireblocks.com about an in-person workshop",
           ("فريق Fireblocks", "events@fireblocks.com"), HADDAD, "دعوة: ورشة عمل Fireblocks في دبي",
           """السيد عمر حداد،

يسعدنا دعوتكم إلى ورشة عمل حول سياسات التفويض وإدارة المفاتيح، يوم 18 نوفمبر في مركز دبي المالي العالمي.

للتسجيل: https://www.fireblocks.com/events

فريق Fireblocks""", "2026-11-08 08:00 +0000"),

    # -- lookalike-link look-alikes --------------------------------------------------------------------
    benign("lookalike-link", "en",
           "internal IT password-expiry notice linking to the org's real SSO on kitsune-ex.co.jp",
           ("Kitsune IT Service Desk", "servicedesk@kitsune-ex.co.jp"), SUZUKI, "Your password expires in 7 days",
           """Hello Kenta,

Your password expires in 7 days. Change it from the self-service portal while on VPN:
https://sso.kitsune-ex.co.jp/password

IT will never email you a link that asks for your password on any other domain.

IT Service Desk""", "2026-11-02 09:00 +0900"),
    benign("lookalike-link", "ja",
           "real HR year-end tax adjustment notice from the org domain linking to the org's own portal",
           WATANABE_JA, ALL_STAFF, "【人事部】2026年 年末調整のご案内",
           """社員各位

今年も年末調整の時期となりました。
社内ポータル（https://portal.kitsune-ex.co.jp/hr/nenmatsu）から、
11月20日（金）までに各種申告書を提出してください。

不明点は人事部 渡辺までお問い合わせください。""", "2026-11-05 10:00 +0900"),
    benign("lookalike-link", "en",
           "security newsletter listing defanged lookalike domains seen this week",
           TAKAHASHI, ALL_STAFF, "Security weekly: lookalike domains we blocked",
           """Hi all,

This week we blocked the following lookalike domains at the proxy (defanged, do not visit):

  kitsnue-ex[.]co[.]jp
  kitsune-ex-wallet[.]com
  app[.]safe-global[.]app

Our real domains are only kitsune-ex.co.jp and kitsune-ex.com. Safe is app.safe.global, Fireblocks is
console.fireblocks.io.

Sho""", "2026-11-09 17:00 +0900"),
    benign("lookalike-link", "en",
           "genuine registrar renewal notice for the org's own domain",
           ("Gandi", "noreply@gandi.net"), TAKAHASHI, "Your domain kitsune-ex.com will be renewed on 1 December",
           """Hello,

Your domain kitsune-ex.com is set to auto-renew on 1 December 2026 for 1 year.
The payment method on file will be charged. Manage your domain at https://admin.gandi.net

The Gandi team""", "2026-11-03 06:00 +0000"),
    benign("lookalike-link", "en",
           "real treasury note with links to app.safe.global and console.fireblocks.io",
           TANAKA, TREASURY, "Weekly rebalancing links",
           """Team,

Links for this week's rebalancing, for convenience (use bookmarks if in doubt):
- Safe queue: https://app.safe.global/transactions/queue?safe=eth:0x7A41c93bE02f5D8a6e91C3b4f0a2d6E8c5B19F34
- Fireblocks vault overview: https://console.fireblocks.io/v2/vaults

Mika""", "2026-11-10 09:30 +0900"),
    benign("lookalike-link", "en",
           "genuine DocuSign envelope from docusign.net (real sender domain that differs from docusign.com)",
           ("Julien Moreau via DocuSign", "dse_na4@docusign.net"), CEO,
           "Please DocuSign: Mutual NDA - Kitsune Exchange / Moreau Avocats",
           """Julien Moreau sent you a document to review and sign.

REVIEW DOCUMENT: https://na4.docusign.net/Signing/EmailStart.aspx?a=5b1d8e0a-7c2f-4a91-b3e6-2f9a0c1d4e77

Do not share this email. It contains a secure link to DocuSign.""", "2026-11-12 08:20 +0000"),
    benign("lookalike-link", "ko",
           "Seoul IT notice on the org domain linking to the real VPN portal",
           ("키츠네 IT지원", "it-support@kitsune-ex.com"), PARK, "[IT] VPN 클라이언트 인증서 갱신 안내",
           """박대현 님,

VPN 인증서 갱신 기간입니다. 사내망에서 https://vpn.kitsune-ex.com/renew 에 접속하시면 자동으로 갱신됩니다.
비밀번호를 메일로 묻는 일은 없습니다.

IT지원팀""", "2026-11-10 10:00 +0900"),
    benign("lookalike-link", "zh",
           "HK office notice from the org domain with the real portal address",
           ("Kitsune Exchange 香港办公室", "hk-office@kitsune-ex.com"), LI, "OTC门户维护通知",
           """各位同事，

OTC 客户门户将于本周六凌晨 2:00-4:00（香港时间）进行例行维护。
维护后请照常通过 https://otc.kitsune-ex.com 登录，无需重新验证。

香港办公室""", "2026-11-12 18:00 +0800"),

    # -- recruiter-coding-test look-alikes -------------------------------------------------------------
    benign("recruiter-coding-test", "en",
           "GitHub notification for the org's own repo with npm ci in a PR description",
           ("Yuki Mori", "notifications@github.com"), SUZUKI,
           "[kitsune-ex/exchange-api] Bump matching engine deps (PR #1432)",
           """@ymori requested your review on: kitsune-ex/exchange-api#1432 Bump matching engine deps.

To test locally:

  npm ci
  npm test -- matching

View it on GitHub: https://github.com/kitsune-ex/exchange-api/pull/1432""", "2026-11-02 05:10 +0000",
           headers=(("List-ID", "kitsune-ex/exchange-api <exchange-api.kitsune-ex.github.com>"),)),
    benign("recruiter-coding-test", "ja",
           "HR briefs interviewers on the company's own CoderPad live-coding session; candidates install nothing",
           WATANABE_JA, SUZUKI_JA, "【面接官のお願い】11/12 バックエンド候補者のライブコーディング",
           """鈴木さん

11/12（木）14:00 のバックエンドエンジニア候補者の技術面接で、面接官をお願いします。
課題は社内で用意したCoderPadのパッドで行い、候補者側・面接官側ともに何もインストールは不要です。
パッドのURLは当日カレンダーに記載します。

人事部 渡辺""", "2026-11-05 11:00 +0900"),
    benign("recruiter-coding-test", "en",
           "genuine agency recruiter (Robert Half) asks for a CV and a call; nothing to run",
           ("Sarah Kim", "sarah.kim@roberthalf.com"), SUZUKI, "Senior backend role - Tokyo fintech",
           """Hi Kenta,

I'm working with a regulated fintech in Tokyo on a senior backend position (Go / TypeScript). Would you be
open to a 15-minute call this week? If so, a recent CV would help me tell you whether it's a fit.

Best regards,
Sarah Kim
Robert Half Japan""", "2026-11-06 03:00 +0000"),
    benign("recruiter-coding-test", "en",
           "candidate returns the org's own take-home as a link to their fork of the company's GitHub template",
           ("Arjun Mehta", "arjun.mehta.dev@gmail.com"), CAREERS, "Take-home submission - Arjun Mehta",
           """Hello,

Thank you for the assignment. My solution is in my fork of your template:
https://github.com/arjunmehta-dev/kx-takehome-ledger

I added tests (npm test) and a short README describing the design. Happy to walk through it in the
next round.

Best,
Arjun""", "2026-11-08 12:00 +0000"),
    benign("recruiter-coding-test", "en",
           "npm security advisory mail about a malicious package; warns, asks nothing to be run",
           ("GitHub", "noreply@github.com"), SUZUKI, "[GitHub] Malware advisory for a package in your dependency graph",
           """A malware advisory was published for a package in kitsune-ex/admin-portal:

  Package: eth-wallet-utilz (npm)
  Severity: Critical
  Advisory: GHSA-8x4q-2m7c-vv3p

Any computer that installed or ran this package should be considered compromised. Remove it and rotate
secrets. View the advisory: https://github.com/advisories/GHSA-8x4q-2m7c-vv3p""", "2026-11-10 01:00 +0000"),
    benign("recruiter-coding-test", "fr",
           "real French agency recruiter asks for availability for a call; no test, no link to run",
           ("Claire Bernard", "claire.bernard@morganmckinley.com"), LAURENT, "Opportunité - Responsable conformité crypto",
           """Bonjour Camille,

Je me permets de vous contacter au sujet d'un poste de responsable conformité chez un PSAN parisien.
Seriez-vous disponible pour un échange téléphonique de 20 minutes cette semaine ?

Bien cordialement,
Claire Bernard
Morgan McKinley France""", "2026-11-10 10:30 +0100"),
    benign("recruiter-coding-test", "ko",
           "real internal hiring mail: interview feedback form, nothing to install",
           ("채용팀", "careers@kitsune-ex.com"), PARK, "[채용] 면접 평가표 작성 요청",
           """박대현 님,

어제 진행하신 백엔드 개발자 면접의 평가표를 사내 HR 시스템에서 금요일까지 작성해 주세요.
https://hr.kitsune-ex.com/interviews/feedback

채용팀 드림""", "2026-11-12 15:00 +0900"),

    # -- investor-meeting-install look-alikes ----------------------------------------------------------
    benign("investor-meeting-install", "en",
           "real Zoom invitation on zoom.us from a known VC; the web client is fine",
           ("Naomi Fischer", "naomi@northstar-vc.com"), CEO, "Northstar / Kitsune - follow-up call",
           """Hi Haruto,

Thanks for the deck. Here's the link for Thursday:

Join Zoom Meeting
https://us02web.zoom.us/j/84412093375?pwd=Qm5kR2x1

Meeting ID: 844 1209 3375

Best,
Naomi""", "2026-11-03 09:00 +0000"),
    benign("investor-meeting-install", "ja",
           "real Microsoft Teams invitation on teams.microsoft.com from a Japanese bank",
           ("山田 恵子（みなと銀行）", "keiko.yamada@minato-bank.co.jp"), CEO_JA, "【ご案内】11/12 オンライン面談",
           """佐藤様

11月12日（木）10:00からのオンライン面談のURLをお送りします。

Microsoft Teams 会議に参加
https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk2OGM3@thread.v2/0

よろしくお願いいたします。
山田""", "2026-11-05 14:00 +0900"),
    benign("investor-meeting-install", "en",
           "Google Calendar invite with a meet.google.com link and an .ics",
           ("Naomi Fischer", "naomi@northstar-vc.com"), CFO, "Invitation: Northstar diligence call",
           """You have been invited to the following event.

Northstar diligence call
Friday, 13 November 2026, 10:00 - 11:00 (JST)
Join with Google Meet: https://meet.google.com/xkq-rdzt-hpa""", "2026-11-06 02:00 +0000",
           attachments=(Att("invite.ics", ics("Northstar diligence call", "20261113T010000Z", "20261113T020000Z",
                                              "naomi@northstar-vc.com", "emily.carter@kitsune-ex.com",
                                              "https://meet.google.com/xkq-rdzt-hpa", "nsvc-7781@google.com"),
                            "text/calendar"),)),
    benign("investor-meeting-install", "en",
           "real Webex invitation on webex.com from a bank",
           ("Global Markets Events", "events@smbc-gm.com"), CFO, "Webex: Digital asset custody roundtable",
           """You're invited to a Webex meeting.

Digital asset custody roundtable
Tuesday, 17 November 2026, 16:00 JST
Join: https://smbc-gm.webex.com/smbc-gm/j.php?MTID=m5a1c3e7f

You can join from the browser or the Webex app.""", "2026-11-09 07:00 +0000"),
    benign("investor-meeting-install", "ja",
           "CEO's assistant forwards an investor call moved to the investor's Microsoft Teams tenant",
           ITO_JA, CEO_JA, "【変更】Northstar社との面談はTeamsで実施",
           """社長

Northstar社のNaomiさんから、木曜の面談をZoomからMicrosoft Teamsに変更したいとの連絡がありました。
カレンダーの招待を更新しています。ブラウザ版・社用PCのTeamsどちらでも参加できます。

https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZGE4@thread.v2/0

伊藤""", "2026-11-10 18:00 +0900"),
    benign("investor-meeting-install", "en",
           "VC shares a DocSend deck link and a Calendly link; nothing to install",
           ("Liam O'Connor", "liam@harborpoint.vc"), CEO, "Harborpoint fund overview",
           """Haruto,

Great to meet at the Singapore event. Our fund overview is here: https://docsend.com/view/h7q2kz9x
If you'd like to talk, grab any slot here: https://calendly.com/liam-harborpoint/30min

Liam""", "2026-11-12 03:00 +0000"),
    benign("investor-meeting-install", "zh",
           "real Tencent Meeting invitation on meeting.tencent.com",
           ("张华", "zhanghua@jadeport-capital.com"), LI, "腾讯会议邀请：Kitsune 合作沟通",
           """李先生您好，

邀请您参加腾讯会议
会议主题：Kitsune 合作沟通
会议时间：2026/11/13 15:00-16:00（GMT+08:00）
点击链接入会：https://meeting.tencent.com/dm/x7Lw2bQk
#腾讯会议：512-883-094

张华""", "2026-11-11 09:30 +0800"),
    benign("investor-meeting-install", "ko",
           "Korean VC meeting on Google Meet; says nothing needs installing",
           ("이지은", "jieun.lee@hanriver-partners.com"), PARK, "투자 미팅 링크 안내",
           """박대현 님,

11월 16일(월) 오후 2시 미팅은 Google Meet으로 진행합니다.
https://meet.google.com/pwm-tkdq-zra
브라우저로 바로 접속하시면 되고 별도 설치는 필요 없습니다.

이지은 드림""", "2026-11-13 10:00 +0900"),

    # -- trading-app look-alikes -----------------------------------------------------------------------
    benign("trading-app", "ja",
           "the company's own app-store release announcement with apps.apple.com and play.google.com links",
           ("Kitsune Exchange", "news@kitsune-ex.co.jp"), ALL_STAFF, "Kitsune Exchange アプリ v5.2 リリースのお知らせ",
           """Kitsune Exchange アプリ v5.2 を公開しました。

・チャートに板情報のヒートマップを追加
・出金先アドレス帳の確認フローを改善

App Store：https://apps.apple.com/jp/app/kitsune-exchange/id6450012345
Google Play：https://play.google.com/store/apps/details?id=jp.co.kitsuneex.app""", "2026-11-04 12:00 +0900"),
    benign("trading-app", "en",
           "TestFlight invitation from Apple for the company's own internal beta",
           ("TestFlight", "no_reply@email.apple.com"), SUZUKI, "Kitsune Exchange 5.3 (812) for iOS is now available to test",
           """Kitsune Exchange K.K. has invited you to test Kitsune Exchange.

Build 5.3 (812) is available to test in TestFlight.

What to Test: new withdrawal address confirmation screen.""", "2026-11-06 05:00 +0000"),
    benign("trading-app", "en",
           "TradingView newsletter about new chart features",
           ("TradingView", "noreply@tradingview.com"), TANAKA, "What's new on TradingView: November",
           """New this month on TradingView:

- Volume profile on any timeframe
- Pine Script v6 updates
- Crypto heatmaps for more exchanges

Open TradingView: https://www.tradingview.com/chart/""", "2026-11-07 13:00 +0000"),
    benign("trading-app", "en",
           "internal engineering release of the company's own desk tool from github.com/kitsune-ex",
           SUZUKI, ("Trading Desk", "desk@kitsune-ex.co.jp"), "Desk monitor 1.9 released",
           """Hi desk,

Desk monitor 1.9 is out. It adds spread alerts for the new EUR pairs.
Release: https://github.com/kitsune-ex/desk-monitor/releases/tag/v1.9.0
Managed machines get it automatically through Intune tomorrow morning.

Kenta""", "2026-11-11 10:00 +0900"),
    benign("trading-app", "ko",
           "Google Play Console notice about the company's own Android app",
           ("Google Play Console", "noreply-play-console@google.com"), PARK,
           "Kitsune Exchange 앱 업데이트가 검토되었습니다",
           """Google Play Console

jp.co.kitsuneex.app의 업데이트(버전 5.2)가 검토를 통과하여 게시되었습니다.

Play Console에서 보기: https://play.google.com/console""", "2026-11-05 01:00 +0000"),
    benign("trading-app", "fr",
           "French partner exchange newsletter mentioning its mobile app on the official stores",
           ("Newsletter Coinhouse", "newsletter@coinhouse.com"), LAURENT, "Nouveautés de novembre",
           """Bonjour,

Ce mois-ci, notre application mobile ajoute les alertes de prix personnalisées.
Mettez-la à jour depuis l'App Store ou Google Play.

L'équipe Coinhouse""", "2026-11-12 09:00 +0100"),

    # -- wallet-request look-alikes --------------------------------------------------------------------
    benign("wallet-request", "ja",
           "real CEO asks signers to confirm a queued Safe transaction in app.safe.global on their devices",
           CEO_JA, TANAKA_JA, "Safe署名のお願い（月次補充）",
           """田中さん

月次のホットウォレット補充をSafeにキューしました。
https://app.safe.global/transactions/queue?safe=eth:0x7A41c93bE02f5D8a6e91C3b4f0a2d6E8c5B19F34
ハードウェアウォレットに表示されるハッシュが、Slackの #treasury に載せたものと一致することを確認してから署名してください。

佐藤""", "2026-11-02 10:00 +0900"),
    benign("wallet-request", "en",
           "genuine Fireblocks approval notification sent from fireblocks.com; approval happens in the app",
           ("Fireblocks", "no-reply@fireblocks.com"), TANAKA, "Transaction pending your approval",
           """A transaction requires your approval.

Source: Treasury Warm
Destination: Norden Liquidity (whitelisted)
Amount: 250 ETH

Approve or reject it in the Fireblocks mobile app. Fireblocks will never ask you to approve by email.""",
           "2026-11-03 06:00 +0000"),
    benign("wallet-request", "en",
           "threat-intel newsletter describing Lazarus seed-phrase and fake-signing scams; no request, no link to act on",
           ("Elliptic Insights", "insights@elliptic.co"), TAKAHASHI, "This week: how DPRK launderers moved the latest exchange hack",
           """ELLIPTIC INSIGHTS - 12 November 2026

- Lazarus Group (TraderTraitor) laundering continues through cross-chain bridges and OTC brokers.
- Social engineering remains the entry point: fake auditors asking for "seed phrase verification", fake
  partners asking signers to approve "migration" transactions, fake recruiters with coding tests.
- Our recommendation: no one outside the signer group should ever see a recovery phrase, and signers
  should verify calldata on the hardware device.

Read the full analysis on our blog.""", "2026-11-12 14:00 +0000"),
    benign("wallet-request", "en",
           "Norden confirms its payout address is unchanged via the signed portal and invites a callback",
           NORDEN, TANAKA, "Settlement addresses - no change",
           """Hi Mika,

We've heard about fake mails claiming our wallets changed. To be clear: our settlement addresses are
unchanged and any change would only be published in the signed partner portal and confirmed by phone.

Best,
Erik""", "2026-11-08 10:00 +0100"),
    benign("wallet-request", "ja",
           "treasury's internal proof-of-reserves procedure: message signing via internal tooling, no keys leave",
           TANAKA_JA, TREASURY, "PoR 手順の確認（11/30 公表分）",
           """トレジャリー各位

11/30公表のPoR（準備金証明）について手順を共有します。
・監査法人にはアドレス一覧と、各アドレスでの署名済みメッセージのみ提出します。
・署名は社内の署名ツールで行い、秘密鍵・ニーモニックは一切社外に出しません。
・監査法人から鍵やフレーズを求められた場合は、即座に高橋さんに連絡してください。

田中""", "2026-11-09 09:00 +0900"),
    benign("wallet-request", "zh",
           "OTC client confirms settlement to the address registered in the portal; no change",
           ("周静", "zhoujing@xinyuan-trading.com"), LI, "今日结算确认",
           """李经理您好，

今天的 1,250,000 USDT 请照常打到我们在贵司门户登记的地址，地址没有变化。
到账后我们会在门户里确认。

周静""", "2026-11-08 15:00 +0800"),
    benign("wallet-request", "fr",
           "internal Paris note: a supplier's IBAN change request was verified by callback to the known number",
           LAURENT, ("Comptabilité", "compta@kitsune-ex.com"), "Changement de RIB - vérifié",
           """Bonjour,

Le datacentre nous a informés d'un changement de banque. J'ai rappelé leur service comptabilité au
numéro figurant sur notre contrat : le changement est confirmé, le nouveau RIB est joint à la fiche
fournisseur dans NetSuite et a été validé par Tokyo.

Camille""", "2026-11-13 14:00 +0100"),
    benign("wallet-request", "ar",
           "Falcon Gate confirms the settlement amount to the existing whitelisted wallet",
           FALCON, HADDAD, "تأكيد التسوية الأسبوعية",
           """أخي عمر،

نؤكد استلام طلب التسوية لهذا الأسبوع بمبلغ 480,000 USDT إلى المحفظة المعتمدة المسجلة لديكم. لا تغيير في
العناوين.

خالد""", "2026-11-09 16:00 +0400"),

    # -- attachment look-alikes ------------------------------------------------------------------------
    benign("attachment", "ja",
           "PPAP: Aoba sends the invoice as an encrypted zip (password follows in a separate mail)",
           AOBA, KEIRI, "11月分ご請求書送付の件",
           """キツネエクスチェンジ株式会社
経理部 御中

いつもお世話になっております。アオバ・ソリューションズの小林です。
11月分のご請求書を送付いたします。
パスワードは別途メールにてお送りいたします。""", "2026-11-04 09:30 +0900", message_id=AOBA_THREAD,
           attachments=(Att("請求書_KX-2611.zip", _AOBA_ZIP, ZIP),)),
    benign("attachment", "ja",
           "PPAP: the password mail that follows Aoba's encrypted invoice zip",
           AOBA, KEIRI, "【パスワード】11月分ご請求書送付の件",
           """キツネエクスチェンジ株式会社
経理部 御中

先ほどお送りしたファイルのパスワードをお知らせいたします。

パスワード：Ab7#kX26q""", "2026-11-04 09:31 +0900"),
    benign("attachment", "en",
           "law firm sends a docx NDA draft (no macros)",
           ("Julien Moreau", "j.moreau@moreau-avocats.fr"), CEO, "NDA draft for review",
           """Dear Mr Sato,

Please find attached the draft mutual NDA for your review. Tracked changes are shown.

Kind regards,
Julien Moreau""", "2026-11-03 10:00 +0100",
           attachments=(Att("Mutual_NDA_Kitsune_draft_v2.docx",
                            word_document(["Mutual Non-Disclosure Agreement", "Draft v2 - for discussion"]), DOCX),)),
    benign("attachment", "en",
           "auditor sends an xlsx request list (no macros)",
           TAKSHING, CFO, "FY2026 audit - PBC list",
           """Dear Emily,

Attached is our prepared-by-client list for the FY2026 audit. Please upload documents to our portal.

Kayan""", "2026-11-04 11:00 +0800",
           attachments=(Att("PBC_list_FY2026.xlsx", spreadsheet([["#", "Item", "Due"], ["1", "Wallet list", "13 Nov"],
                                                                 ["2", "Bank confirmations", "20 Nov"]]), XLSX),)),
    benign("attachment", "en",
           "corporate client sends its KYB document pack as a plain zip of PDFs through the onboarding contact",
           ("Hannah Brooks", "h.brooks@westmere-capital.com"), ("Institutional Onboarding", "onboarding@kitsune-ex.com"),
           "KYB documents - Westmere Capital",
           """Hello,

As requested by your onboarding team, attached are our KYB documents: certificate of incorporation,
register of directors and the signed authorised-signatory list.

Kind regards,
Hannah Brooks
Operations, Westmere Capital""", "2026-11-06 15:00 +0000",
           attachments=(Att("Westmere_KYB.zip", zip_archive([
               ("Certificate_of_Incorporation.pdf", pdf(["Westmere Capital Ltd", "Certificate of Incorporation"])),
               ("Register_of_Directors.pdf", pdf(["Westmere Capital Ltd", "Register of Directors"])),
               ("Authorised_Signatories.pdf", pdf(["Westmere Capital Ltd", "Authorised signatories"]))]), ZIP),)),
    benign("attachment", "en",
           "vendor sends a PDF invoice",
           ("Billing", "billing@cloudflare.com"), KEIRI, "Your Cloudflare invoice",
           """Your invoice for November 2026 is attached.

Account: Kitsune Exchange K.K.
Amount: USD 5,000.00""", "2026-11-01 00:30 +0000",
           attachments=(Att("Invoice_CF-2026-11.pdf", pdf(["Cloudflare, Inc.", "Invoice CF-2026-11", "USD 5,000.00"],
                                                          title="Invoice"), PDF),)),
    benign("attachment", "zh",
           "HK auditor sends a confirmation letter PDF",
           TAKSHING, LI, "审计确认函",
           """李伟您好，

附件为钱包余额确认函（PDF），请核对后签字盖章寄回。

陳嘉欣""", "2026-11-10 10:00 +0800",
           attachments=(Att("Confirmation_Letter.pdf", pdf(["Tak Shing CPA", "Balance confirmation", "Kitsune Exchange"]),
                            PDF),)),
    benign("attachment", "ar",
           "Dubai partner sends a PNG screenshot of a settlement",
           FALCON, HADDAD, "لقطة شاشة للتسوية",
           """أخي عمر،

مرفقة لقطة شاشة لتأكيد التسوية كما طلبت.

خالد""", "2026-11-10 12:00 +0400",
           attachments=(Att("settlement.png", png(), "image/png"),)),

    # -- conversation-hijack look-alikes (the real threads) ----------------------------------------------
    benign("conversation-hijack", "en",
           "Norden's genuine message in the settlement thread, from the real domain",
           NORDEN, TANAKA, "November settlement schedule",
           """Hi Mika,

Proposed settlement dates for November: 6, 13, 20 and 27, cut-off 15:00 JST. SSIs unchanged.

Best,
Erik""", "2026-11-05 09:00 +0100", message_id=NORDEN_THREAD),
    benign("conversation-hijack", "en",
           "genuine reply from Norden's real domain in the same thread, In-Reply-To set, nothing changed",
           NORDEN, TANAKA, "RE: November settlement schedule",
           """Hi Mika,

Confirmed for Friday. Nothing changes on our side; same SSIs as before.

Best,
Erik""", "2026-11-06 11:00 +0100", in_reply_to=NORDEN_THREAD, references=NORDEN_THREAD),
    benign("conversation-hijack", "ja",
           "Aoba's genuine Re: from the real domain confirming the account is unchanged",
           AOBA, KEIRI, "Re: 11月分ご請求書送付の件",
           """経理部 ご担当者様

お世話になっております。小林です。
念のため申し添えますと、弊社の振込先口座に変更はございません。
口座変更のご連絡は書面と電話でのみ行っております。

小林""", "2026-11-05 10:00 +0900", in_reply_to=AOBA_THREAD, references=AOBA_THREAD),
    benign("conversation-hijack", "fr",
           "the Paris law firm's real thread starter from moreau-avocats.fr",
           MOREAU, LAURENT, "Projet de bail commercial",
           """Bonjour Camille,

Vous trouverez ci-joint le projet de bail commercial pour les bureaux de la rue de Provence.

Bien à vous,
Julien Moreau""", "2026-11-05 16:00 +0100", message_id=MOREAU_THREAD,
           attachments=(Att("Projet_bail_v2.pdf", pdf(["Projet de bail commercial", "Version 2"]), PDF),)),
    benign("conversation-hijack", "fr",
           "genuine RE: from moreau-avocats.fr in the lease thread, In-Reply-To set",
           MOREAU, LAURENT, "RE: Projet de bail commercial",
           """Camille,

Le bailleur a accepté nos commentaires. Je vous envoie la version finale lundi.

Julien""", "2026-11-07 10:00 +0100", in_reply_to=MOREAU_THREAD, references=MOREAU_THREAD),
    benign("conversation-hijack", "zh",
           "auditor's real thread starter from takshing-cpa.com.hk asking for the wallet address list",
           TAKSHING, LI, "2026年度审计 - 钱包余额确认",
           """李伟您好，

请提供截至10月31日的全部钱包地址清单。

陳嘉欣""", "2026-11-05 09:00 +0800", message_id=TAKSHING_THREAD),
    benign("conversation-hijack", "ar",
           "Falcon Gate's real thread starter from falcongate.ae",
           FALCON, HADDAD, "تسوية صفقة USDT الأسبوعية",
           """أخي عمر،

نقترح إتمام التسوية الأسبوعية يوم الثلاثاء كالمعتاد إلى العنوان المعتمد.

خالد""", "2026-11-06 10:00 +0400", message_id=FALCON_THREAD),
    benign("conversation-hijack", "ko",
           "Hanbit's real API thread from hanbitcoin.co.kr with a test schedule",
           HANBIT, PARK, "API 연동 테스트 일정",
           """박대현 님,

API 연동 테스트는 11월 16일(월)에 진행하겠습니다. 테스트 환경 문서는 저희 개발자 포털에 올려 두었습니다.

김민준 드림""", "2026-11-07 09:32 +0900", message_id=HANBIT_THREAD),
    benign("conversation-hijack", "en",
           "internal FW: of a vendor mail to a colleague",
           TANAKA, SUZUKI, "FW: Settlement addresses - no change",
           """Kenta, FYI for the partner integration. Mika

-----Original Message-----
From: Erik Lindqvist <erik.lindqvist@nordenliquidity.com>
Subject: Settlement addresses - no change

Our settlement addresses are unchanged.""", "2026-11-08 18:30 +0900"),
]
