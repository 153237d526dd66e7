"""Set G benign look-alikes (hand-written). `category` names the lure category each one resembles."""

from __future__ import annotations

from binaries import ics, pdf, spreadsheet, word_document, zip_archive
from people import (ALL_STAFF, CAREERS, CEO, CEO_JA, CFO, CFO_JA, HADDAD, ITO, ITO_JA, KEIRI, LAURENT, LI, PARK,
                    SUPPORT, SUZUKI, TAKAHASHI, TAKAHASHI_JA, TANAKA, TANAKA_JA, TREASURY)
from spec import Att
from threads_g import ARDENNE, DAEYANG, GULF, HOSHINO, LARKSPUR, LIANFENG, MID, mk


def B(*a, **kw):
    return mk("benign", *a, **kw)


EX, VI, LL, RC, IV, TA, WR, ATT, CH = ("exec-impersonation", "vendor-impersonation", "lookalike-link",
                                      "recruiter-coding-test", "investor-meeting-install", "trading-app",
                                      "wallet-request", "attachment", "conversation-hijack")

BENIGN = [
    # ---------------------------------------------------------------- executives, for real
    B(EX, "ja", "real CEO from the org domain asks treasury to prepare a transfer through the normal approval flow",
      CEO_JA, TANAKA_JA, "来週の運用資金移動について",
      """田中さん

来週水曜にホットウォレットの残高が下限を割りそうなので、コールドからの補充を準備してください。
金額は通常どおり運用ルールの範囲で、Fireblocksでの起票とカーターさんの承認でお願いします。
急ぎではありません。不明点は明日の定例で。

佐藤""", "2026-11-02 18:20 +0900"),
    B(EX, "en", "real CFO urgently asks accounting to pay a known vendor but insists on call-back and dual approval",
      CFO, KEIRI, "Urgent: Hoshino Trust fee payment today",
      """Hi team,

Hoshino Trust's November fee is due today and I forgot to release it before my flight. Please process it
through the usual payment run (invoice is in the AP system, same bank details as last quarter).
If anything in the bank details differs from the vendor master, stop and call Yamaguchi-san on the number
we have on file, not the one in any email. Second approval from Tanaka-san as always.

Thanks,
Emily""", "2026-11-05 07:30 +0900"),
    B(EX, "ja", "real executive assistant announces a phishing drill that will impersonate the CEO",
      ITO_JA, ALL_STAFF, "【告知】CEOなりすまし訓練メールの実施について",
      """社員各位

セキュリティチームと共同で、今月中にCEOを装った訓練メールを送信します。
「至急」「内密に」「送金」などを含むメールを受け取った場合は、開かずにセキュリティ窓口へ報告してください。
佐藤社長が個人アドレスやチャットで送金を依頼することはありません。

秘書室 伊藤""", "2026-11-01 10:00 +0900"),
    B(EX, "en", "real CEO from his own address thanks staff and mentions he'll be travelling; no request",
      CEO, ALL_STAFF, "Travelling next week - who to contact",
      """Team,

I'll be in Singapore from 9 to 13 November. For anything urgent, please go through Yuki, who has my schedule.
I won't ask anyone to move funds, share codes or install anything by email or chat while I'm away - if you
receive such a message "from me", report it to Sho.

Haruto""", "2026-11-06 17:00 +0900"),
    B(EX, "ko", "real Seoul office head-of-office note from the org domain about a quarterly payment run",
      PARK, TANAKA, "서울 법인 11월 비용 정산 일정",
      """다나카님,

서울 법인 11월 비용 정산은 11월 25일 정기 지급일에 진행하겠습니다. 
지급 목록은 ERP에 올려두었고, 승인은 기존처럼 도쿄 재무팀 2인 승인으로 부탁드립니다.

박대현 드림""", "2026-11-10 11:30 +0900"),
    B(EX, "zh", "real CFO from the org domain reminds the HK desk to keep dual approval even when she travels",
      CFO, LI, "出差期间的审批安排",
      """李伟你好，

我下周在新加坡出差。期间所有 OTC 结算仍然需要两人审批，第二审批人由田中担任。
如果有人以我的名义用私人邮箱或聊天软件要求放行，请直接忽略并报告安全团队。

Emily""", "2026-11-06 15:10 +0900"),

    # ---------------------------------------------------------------- genuine vendors
    B(VI, "en", "genuine Fireblocks maintenance notice linking to the real console and status page",
      ("Fireblocks", "no-reply@fireblocks.com"), TANAKA, "Scheduled maintenance: 15 November 2026",
      """Hello,

We will perform scheduled maintenance on 15 November 2026 between 02:00 and 03:00 UTC. Transaction signing may
be delayed during this window. No action is required from you.

Status updates: https://status.fireblocks.com
Console: https://console.fireblocks.io

The Fireblocks team""", "2026-11-08 12:00 +0000"),
    B(VI, "en", "genuine Safe product update pointing to app.safe.global and its docs",
      ("Safe", "no-reply@safe.global"), TREASURY, "What's new in Safe{Wallet} - November",
      """Hi,

This month in Safe{Wallet}: improved transaction simulation and clearer warnings when a transaction uses
delegatecall. Read more at https://help.safe.global and open your Safe at https://app.safe.global.

Safe will never ask for your seed phrase or private keys.

The Safe team""", "2026-11-04 14:00 +0000"),
    B(VI, "en", "genuine Okta admin notification on the org's real okta.com tenant",
      ("Okta", "noreply@okta.com"), TAKAHASHI, "Your Okta org: new admin role assigned",
      """Hello Sho,

A Super Administrator role was assigned to k.suzuki@kitsune-ex.co.jp in your Okta org kitsune-ex.okta.com by
s.takahashi@kitsune-ex.co.jp.

Review admin assignments: https://kitsune-ex-admin.okta.com/admin/access/admins

Okta""", "2026-11-05 04:12 +0000"),
    B(VI, "en", "genuine Cloudflare notice about a certificate renewal on the org's zone",
      ("Cloudflare", "noreply@notify.cloudflare.com"), TAKAHASHI, "Certificate renewed for kitsune-ex.com",
      """The edge certificate for kitsune-ex.com and *.kitsune-ex.com was renewed automatically.
No action is needed.

Manage: https://dash.cloudflare.com

Cloudflare""", "2026-11-09 03:00 +0000"),
    B(VI, "ja", "genuine Google Workspace security alert in Japanese to the admin",
      ("Google Workspace", "google-workspace-alerts-noreply@google.com"), TAKAHASHI_JA, "Google Workspace アラート: 不審なログインをブロックしました",
      """Google Workspace 管理者様

ユーザー y.ito@kitsune-ex.co.jp のアカウントで不審なログイン試行があり、ブロックされました。
詳細は管理コンソールのアラートセンターでご確認ください: https://admin.google.com/ac/ac

Google Workspace チーム""", "2026-11-07 06:20 +0900"),
    B(VI, "ko", "genuine AWS notice in Korean about an access key older than 90 days",
      ("Amazon Web Services", "no-reply-aws@amazon.com"), PARK, "[AWS] 90일 이상 교체되지 않은 액세스 키",
      """안녕하세요,

계정 1234-5678-9012에 90일 이상 교체되지 않은 IAM 액세스 키가 있습니다. 보안 모범 사례에 따라
키를 교체하는 것을 권장합니다. AWS 콘솔(https://console.aws.amazon.com/iam)에서 확인하십시오.

AWS는 이메일로 자격 증명을 요청하지 않습니다.""", "2026-11-11 02:00 +0000"),
    B(VI, "fr", "genuine DocuSign envelope from docusign.net for a real Paris lease renewal",
      ("DocuSign via Foncière Lumière", "dse@eumail.docusign.net"), LAURENT, "Veuillez signer : Avenant bail bureaux Paris 2027",
      """Foncière Lumière vous a envoyé un document à examiner et à signer.

EXAMINER LE DOCUMENT: https://eu.docusign.net/Signing/EmailStart.aspx?a=5c1e0f2a-77b3-4d41-9a0e-3f2b6d8c1a40

Ne partagez pas cet e-mail. Il contient un lien d'accès sécurisé.""", "2026-11-12 10:00 +0100"),
    B(VI, "zh", "genuine Slack notice in Chinese about a new Slack Connect invitation, via slack.com",
      ("Slack", "feedback@slack.com"), LI, "联丰场外 邀请您加入 Slack Connect 频道",
      """周静（lianfeng-otc.hk）邀请您在 Slack Connect 中加入频道 #kitsune-lianfeng-settlement。
您的工作区管理员需要批准此邀请。

在 Slack 中查看：https://kitsune-ex.slack.com/connect/invitations

Slack""", "2026-11-03 04:00 +0000"),
    B(VI, "ar", "genuine Atlassian notice in Arabic about a Jira site-admin login from a new device",
      ("Atlassian", "noreply@am.atlassian.com"), HADDAD, "تسجيل دخول جديد إلى حسابك في Atlassian",
      """مرحباً،

تم تسجيل الدخول إلى حسابك في Atlassian من جهاز جديد (Windows، دبي). إذا كنت أنت، فلا داعي لأي إجراء.
إذا لم تكن أنت، فقم بتغيير كلمة المرور من https://id.atlassian.com/manage-profile/security

Atlassian""", "2026-11-10 07:00 +0000"),

    # ---------------------------------------------------------------- real links to real places
    B(LL, "ja", "internal IT notice linking to the company's real SSO on its own domain",
      ("情報システム部", "it@kitsune-ex.co.jp"), ALL_STAFF, "パスワード有効期限の変更について",
      """社員各位

11月16日より、パスワードの有効期限を廃止し、パスキー（FIDO2）による認証に移行します。
手順はイントラネット（https://intra.kitsune-ex.co.jp/it/passkey）をご覧ください。
メールのリンクからパスワードを入力させることはありません。

情報システム部""", "2026-11-04 09:00 +0900"),
    B(LL, "en", "security newsletter that lists defanged lookalike domains seen this month",
      TAKAHASHI, ALL_STAFF, "Security digest: lookalike domains blocked in November",
      """Hi all,

This month the gateway blocked mail from these lookalikes of our domains and vendors (defanged, do not visit):

  k1tsune-ex[.]com
  kitsune--ex[.]com
  safe[.]global-wallet[.]app
  fireblocks-certs[.]com

Our real domains are kitsune-ex.co.jp and kitsune-ex.com only. Report anything else that claims to be us.

Sho / Security""", "2026-11-18 10:00 +0900"),
    B(LL, "en", "real HR benefits notice from the org domain linking to the real HR SaaS",
      ("People Team", "people@kitsune-ex.com"), ALL_STAFF, "Open enrolment for 2027 benefits",
      """Hi everyone,

Open enrolment for 2027 benefits is now live in SmartHR: https://kitsune-ex.smarthr.jp
Log in with Okta as usual. The window closes on 30 November.

People Team""", "2026-11-09 09:30 +0900"),
    B(LL, "fr", "Paris office note from the org domain linking to the real compliance intranet",
      LAURENT, ("Équipe Paris", "paris@kitsune-ex.com"), "Formation LCB-FT annuelle",
      """Bonjour à tous,

La formation annuelle LCB-FT est disponible sur l'intranet : https://intra.kitsune-ex.co.jp/compliance/lcbft
Merci de la terminer avant le 30 novembre.

Camille""", "2026-11-05 09:10 +0100"),
    B(LL, "ko", "Korean real payroll notice from the org domain pointing to the company intranet",
      ("키츠네 익스체인지 서울 인사", "hr-seoul@kitsune-ex.com"), PARK, "11월 급여 지급 안내",
      """박대현님,

11월 급여는 11월 25일에 지급됩니다. 급여명세서는 사내 인트라넷 (https://intra.kitsune-ex.co.jp/hr/payslip)에서
Okta 로그인 후 확인하실 수 있습니다.

서울 인사 담당""", "2026-11-17 10:00 +0900"),
    B(LL, "en", "unrelated real company with a similar name (Kitsune Ramen) sends a newsletter",
      ("Kitsune Ramen Shibuya", "news@kitsune-ramen.jp"), ITO, "November seasonal menu",
      """Thank you for visiting Kitsune Ramen! Our November seasonal yuzu shio ramen is here.
Reserve for groups at https://kitsune-ramen.jp/reserve""", "2026-11-03 12:00 +0900"),

    # ---------------------------------------------------------------- genuine hiring
    B(RC, "en", "real agency recruiter asks for a CV and a call; nothing to run",
      ("Claire Whitfield | Hays Japan", "claire.whitfield@hays.co.jp"), SUZUKI, "Backend lead role - quick chat?",
      """Hi Kenta,

I'm recruiting a backend lead for a regulated payments company in Tokyo. If you're open to hearing about it,
could we schedule a 20-minute call this week? No need to prepare anything.

Best regards,
Claire""", "2026-11-02 05:30 +0000"),
    B(RC, "ja", "the company's own careers team sends a candidate a HackerRank link for a hosted interview",
      CAREERS, ("山下 拓海", "takumi.yamashita@gmail.com"), "【キツネ・エクスチェンジ】オンラインコーディング試験のご案内",
      """山下 拓海 様

この度はご応募ありがとうございます。次の選考としてオンラインのコーディング試験をお願いします。
ブラウザ上で完結し、ソフトウェアのインストールは不要です。

https://www.hackerrank.com/test/kitsune-ex-backend-2026

受験期限：11月12日 23:59

キツネ・エクスチェンジ 採用担当""", "2026-11-05 10:00 +0900"),
    B(RC, "en", "internal onboarding mail with npm ci and docker compose for the company's own repo",
      SUZUKI, ("Aiko Mori", "a.mori@kitsune-ex.co.jp"), "Welcome! Dev environment setup",
      """Hi Aiko,

Welcome aboard! To set up the matching-engine repo:

  git clone git@github.com:kitsune-ex/matching-engine.git
  cd matching-engine && npm ci && docker compose up -d

Use the company laptop only; the repo needs your Okta-backed GitHub SSO.

Kenta""", "2026-11-09 10:30 +0900"),
    B(RC, "en", "real GitHub notification: a pull request review request on the company's org",
      ("GitHub", "notifications@github.com"), SUZUKI, "[kitsune-ex/wallet-service] Bump ethers to 6.13 (PR #412)",
      """@m-aoki requested your review on: kitsune-ex/wallet-service#412 Bump ethers to 6.13.

Run `npm install` locally and `npm test` if you'd like to verify the lockfile.

View it on GitHub: https://github.com/kitsune-ex/wallet-service/pull/412""", "2026-11-11 03:20 +0000"),
    B(RC, "fr", "French candidate thanks HR and sends a link to her public GitHub portfolio",
      ("Manon Girard", "manon.girard@proton.me"), LAURENT, "Merci pour l'entretien",
      """Bonjour Camille,

Merci pour l'entretien de ce matin. Comme convenu, voici mon profil GitHub avec quelques projets Rust :
https://github.com/manongirard

Bonne journée,
Manon""", "2026-11-13 17:20 +0100"),
    B(RC, "zh", "real recruiter in Chinese from a known agency proposes a video interview; no files or code",
      ("Michael Page 香港 陈嘉怡", "kayee.chan@michaelpage.com.hk"), LI, "职位机会：加密资产交易主管",
      """李先生您好，

我是 Michael Page 香港的顾问。一家持牌虚拟资产交易平台正在招聘交易主管，不知您是否有兴趣了解？
如方便，我们可以本周安排 15 分钟电话沟通。

陈嘉怡""", "2026-11-08 10:00 +0800"),

    # ---------------------------------------------------------------- real meetings
    B(IV, "en", "real Zoom invitation on zoom.us from a known investor, no install step",
      ("Hannah Lowe | Sakuragi Growth Partners", "hannah@sakuragi-gp.com"), CEO, "Board observer call - 12 Nov",
      """Haruto,

Zoom link for our quarterly catch-up:
https://us02web.zoom.us/j/81234567890?pwd=Q2tXbVZJd1ZqZz09
Meeting ID: 812 3456 7890

Talk soon,
Hannah""", "2026-11-07 09:00 +0000",
      attachments=(Att("invite.ics", ics("Board observer call", "20261112T010000Z", "20261112T014500Z",
          "hannah@sakuragi-gp.com", "h.sato@kitsune-ex.co.jp", "https://us02web.zoom.us/j/81234567890", "g-ics-1"),
          "text/calendar"),)),
    B(IV, "ja", "real Teams invitation from teams.microsoft.com for a due-diligence call",
      ("松井 健二 | 東邦キャピタル", "k.matsui@toho-capital.co.jp"), CFO_JA, "デューデリジェンス会議（Microsoft Teams）",
      """カーター様

デューデリジェンス会議の招待をお送りします。ブラウザからも参加できます。

Microsoft Teams 会議に参加
https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ5ZTk2@thread.v2/0

松井""", "2026-11-10 09:00 +0900"),
    B(IV, "en", "internal IT notice asking staff to update Zoom from zoom.us or the App Store only",
      ("IT Helpdesk", "it@kitsune-ex.co.jp"), ALL_STAFF, "Please update Zoom (security release)",
      """Hi all,

Zoom published a security release this week. Update from inside the app (Check for Updates) or from
https://zoom.us/download - never from a link someone sends you before a meeting. Managed Macs will update
automatically on Friday.

IT Helpdesk""", "2026-11-12 09:00 +0900"),
    B(IV, "ko", "real Google Meet invite in Korean from a known VC",
      ("최유진 | 서울테크벤처스", "yujin.choi@stv.co.kr"), PARK, "후속 미팅 일정 (Google Meet)",
      """박대현님,

후속 미팅은 11월 14일 오전 10시로 잡았습니다. 링크: https://meet.google.com/kxq-wzrt-abc
별도 설치 없이 브라우저에서 참여하시면 됩니다.

최유진 드림""", "2026-11-11 14:00 +0900"),
    B(IV, "ar", "real Webex invitation from webex.com for a licensing meeting in Abu Dhabi",
      ("مريم العلي", "maryam.alali@adgm-advisory.ae"), HADDAD, "دعوة: اجتماع الترخيص عبر Webex",
      """عزيزي عمر،

رابط اجتماع الغد عبر Webex:
https://adgmadvisory.webex.com/meet/maryam.alali

مع التحية،
مريم""", "2026-11-15 08:30 +0400"),

    # ---------------------------------------------------------------- trading apps, genuine
    B(TA, "ja", "the company's own app release announcement pointing to the App Store and Google Play",
      SUPPORT, ("お客様各位", "news@kitsune-ex.com"), "Kitsune Exchange アプリ v5.2 リリースのお知らせ",
      """いつもKitsune Exchangeをご利用いただきありがとうございます。
iOS / Android アプリ v5.2 を公開しました。公式ストアからアップデートしてください。

App Store: https://apps.apple.com/jp/app/kitsune-exchange/id1587000000
Google Play: https://play.google.com/store/apps/details?id=jp.co.kitsuneex.app

当社がストア以外からアプリを配布することはありません。""", "2026-11-06 11:00 +0900"),
    B(TA, "en", "TradingView billing receipt for the desk's subscription",
      ("TradingView", "noreply@tradingview.com"), TANAKA, "Your TradingView Premium receipt",
      """Thank you for your payment. Plan: Premium (annual). Amount: USD 719.40.
Manage your subscription at https://www.tradingview.com/account/""", "2026-11-03 00:10 +0000"),
    B(TA, "en", "internal desk note recommending the vendor's official download page for a market-data terminal",
      TANAKA, ("Trading Desk", "desk@kitsune-ex.co.jp"), "Kaiko terminal trial - install via IT",
      """Hi desk,

We start a 30-day trial of Kaiko market data next week. IT will push the client through Intune - please don't
download installers yourselves. Read-only API keys only; no withdrawal permissions, as always.

Mika""", "2026-11-10 16:00 +0900"),
    B(TA, "zh", "Chinese note from the HK desk about the official OKX app update via app stores",
      LI, ("OTC 团队", "otc-hk@kitsune-ex.com"), "交易软件更新提醒",
      """各位，

OKX 和 Binance 的手机 App 本周都有更新，请只通过 App Store / Google Play 更新，
不要安装任何群聊或邮件里发来的 APK。

李伟""", "2026-11-13 10:00 +0800"),
    B(TA, "fr", "French newsletter about crypto trading tools, no download",
      ("La Lettre Crypto Pro", "newsletter@lettrecryptopro.fr"), LAURENT, "Les outils de trading algorithmique en 2026",
      """Cette semaine : comparatif des plateformes de trading algorithmique, et rappel de l'AMF sur les faux
logiciels de trading diffusés via Telegram. Lire l'article : https://lettrecryptopro.fr/2026/11/outils-algo""",
      "2026-11-14 07:00 +0100"),

    # ---------------------------------------------------------------- wallet workflows done properly
    B(WR, "en", "internal treasury asks co-signers to review a Fireblocks transaction in the real console",
      TANAKA, (CFO, TAKAHASHI), "Approval needed: weekly cold-to-hot rebalance",
      """Emily, Sho,

I've created the weekly rebalance in Fireblocks (cold vault -> hot wallet, 1,200 ETH, per the treasury policy).
Please review and approve in the console or the mobile app. Destination is our own whitelisted hot wallet.

Mika""", "2026-11-04 10:00 +0900"),
    B(WR, "ja", "internal key-ceremony notice that explicitly forbids photographing or sending seed phrases",
      TAKAHASHI_JA, (TANAKA_JA, ITO_JA), "コールドウォレット鍵セレモニー（11/17）の手順",
      """関係者各位

11/17の鍵セレモニーの手順を共有します。
・会場は本社金庫室、参加者は4名、録画あり
・復元フレーズは紙に記録し、写真撮影・メール・チャットでの送付は一切禁止
・ハードウェアウォレットは封印袋のまま持ち込み

高橋""", "2026-11-10 18:00 +0900"),
    B(WR, "en", "Larkspur's genuine settlement thread opener, with the address already on the whitelist",
      LARKSPUR, TANAKA, "Larkspur / Kitsune - November settlement schedule",
      """Hi Mika,

Attached is the settlement schedule for November. Settlement addresses are unchanged from the whitelisted ones
we verified by call in September. Let us know if you see any difference.

Best,
Owen""", "2026-11-09 08:00 +0000", message_id=MID["larkspur"],
      attachments=(Att("Larkspur_Kitsune_Nov_Schedule.pdf", pdf(["Larkspur Digital Markets", "November 2026 settlement schedule"],
          "Settlement"), "application/pdf"),)),
    B(WR, "en", "support reply to a customer that mentions seed phrases only as a warning",
      SUPPORT, ("Daniel Reyes", "d.reyes@fastmail.com"), "Re: [#55102] Wallet recovery question",
      """Hi Daniel,

Kitsune Exchange staff will never ask for your seed phrase or private key. Your exchange account doesn't use
a seed phrase at all - to regain access, use "Forgot password" at https://app.kitsune-ex.com and complete
the identity check.

Kitsune Exchange Support""", "2026-11-08 12:00 +0900"),
    B(WR, "ko", "Korean colleague asks for a second signature in the real Safe app on a known transaction",
      PARK, TANAKA, "Safe 2차 서명 부탁드립니다",
      """다나카님,

서울 법인 운영비용 지급 트랜잭션을 Safe에 올렸습니다 (nonce 118, 수신처는 등록된 법인 지갑).
https://app.safe.global 에서 내용 확인 후 두 번째 서명 부탁드립니다.

박대현""", "2026-11-12 15:00 +0900"),
    B(WR, "ar", "Gulf Meridian's genuine weekly settlement thread with unchanged whitelisted address",
      GULF, HADDAD, "تسوية صفقة الأسبوع",
      """عمر،

مرفق ملخص صفقات هذا الأسبوع. التسوية كالمعتاد إلى عنواننا المسجل لديكم، دون أي تغيير.

خالد""", "2026-11-08 10:00 +0400", message_id=MID["gulf"]),
    B(WR, "zh", "Lianfeng OTC's genuine settlement confirmation thread",
      LIANFENG, LI, "本周大宗交易结算确认",
      """李伟你好，

本周三笔大宗交易已确认，结算账户与合同约定一致，没有变更。如有任何账户变更，我们一定会先电话通知。

周静""", "2026-11-10 11:00 +0800", message_id=MID["lianfeng"]),
    B(WR, "fr", "Paris office asks treasury to approve a whitelisted address after a call-back",
      LAURENT, TANAKA, "Nouvelle adresse de règlement - vérifiée par téléphone",
      """Bonjour Mika,

Banque Ardenne Privée nous a transmis une nouvelle adresse de règlement via leur portail. J'ai rappelé
Bastien Lefort au numéro du contrat et il l'a confirmée de vive voix. Tu peux lancer l'ajout à la liste blanche
(délai de 24 h habituel).

Camille""", "2026-11-15 10:00 +0100"),

    # ---------------------------------------------------------------- benign attachments
    B(ATT, "ja", "PPAP-style encrypted invoice zip from a known vendor (password follows separately)",
      ("株式会社みなと印刷 営業部", "eigyo@minato-insatsu.co.jp"), KEIRI, "請求書送付のご案内（11月分）",
      """経理部 ご担当者様

11月分の請求書をお送りします。パスワードは別メールにてお送りいたします。

株式会社みなと印刷""", "2026-11-05 10:00 +0900",
      attachments=(Att("請求書_202611.zip", zip_archive([("請求書_202611.pdf", pdf(["Invoice", "Minato Insatsu Co., Ltd.", "November 2026"], "Invoice"))],
          password="Mn7p2026"), "application/zip"),)),
    B(ATT, "ja", "the PPAP password mail for the invoice zip",
      ("株式会社みなと印刷 営業部", "eigyo@minato-insatsu.co.jp"), KEIRI, "【パスワード】請求書送付のご案内（11月分）",
      """先ほどお送りしたファイルのパスワードです。
Mn7p2026""", "2026-11-05 10:02 +0900"),
    B(ATT, "en", "real board deck PDF from the CFO to the board",
      CFO, (CEO,), "Board pack - November",
      """Haruto,

Board pack for the 20th attached (PDF). Financials are final; the risk section is still draft.

Emily""", "2026-11-14 18:00 +0900",
      attachments=(Att("Board_pack_Nov2026.pdf", pdf(["Kitsune Exchange", "Board pack November 2026"], "Board pack"),
          "application/pdf"),)),
    B(ATT, "en", "IOC spreadsheet from a threat-intel sharing group naming lure file types",
      ("JPCERT-style ISAC Sharing", "share@crypto-isac.jp"), TAKAHASHI, "IOC update: DPRK-linked lures, week 45",
      """Members,

Attached is this week's IOC list (xlsx, no macros): lure file names (.pdf.lnk, .docx.vbs, .chm), domains and hashes.
TLP:AMBER - share within your security team only.""", "2026-11-06 09:00 +0900",
      attachments=(Att("IOC_week45.xlsx", spreadsheet([["type", "value", "note"],
          ["filename", "TermSheet_v3.docx.vbs", "7z, password in body"],
          ["domain", "fireblocks-certs[.]com", "co-signer phish"]]),
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),)),
    B(ATT, "fr", "genuine French lawyer sends a .docx (no macros) draft contract",
      ARDENNE, LAURENT, "Ouverture du compte de cantonnement",
      """Bonjour Camille,

Veuillez trouver ci-joint le projet de convention d'ouverture du compte de cantonnement. Les pièces KYC
peuvent être déposées sur notre portail habituel.

Bien cordialement,
Bastien Lefort""", "2026-11-06 10:00 +0100", message_id=MID["ardenne"],
      attachments=(Att("Convention_cantonnement.docx", word_document(["Convention d'ouverture de compte de cantonnement"]),
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),)),
    B(ATT, "ko", "Daeyang Custody's genuine monthly balance statement PDF",
      DAEYANG, PARK, "10월 보관 잔고 확인서",
      """박대현님,

10월 말 기준 보관 잔고 확인서를 첨부합니다.

한지민 드림""", "2026-11-07 10:00 +0900", message_id=MID["daeyang"],
      attachments=(Att("잔고확인서_202610.pdf", pdf(["Daeyang Custody", "Balance statement October 2026"], "Statement"),
          "application/pdf"),)),
    B(ATT, "ar", "Dubai office shares a scanned trade-licence PDF internally",
      HADDAD, TANAKA, "رخصة تجارية محدثة",
      """ميكا،

مرفق نسخة PDF من الرخصة التجارية المحدّثة لمكتب دبي لملف الامتثال.

عمر""", "2026-11-09 09:00 +0400",
      attachments=(Att("trade_licence_2027.pdf", pdf(["Trade licence", "Kitsune Exchange Dubai"], "Licence"),
          "application/pdf"),)),
    B(ATT, "zh", "HK audit firm's real confirmation letter as a PDF, signing via the firm's portal",
      ("罗兵咸审计 黄志明", "chiming.wong@hk-audit-partners.com"), LI, "2026 年度审计函证",
      """李先生您好，

附件为年度审计函证（PDF），请贵司财务签署后通过我们一贯使用的客户门户上传，无需邮件回传。

黄志明""", "2026-11-11 10:00 +0800",
      attachments=(Att("审计函证_2026.pdf", pdf(["Audit confirmation 2026"], "Confirmation"), "application/pdf"),)),

    # ---------------------------------------------------------------- genuine threads
    B(CH, "ja", "Hoshino Trust's genuine invoice thread opener",
      HOSHINO, KEIRI, "信託報酬のご請求について（11月分）",
      """経理部 ご担当者様

いつもお世話になっております。星野信託の山口です。
11月分の信託報酬の請求書を添付いたします。お振込先は従来どおりです。

星野信託 山口""", "2026-11-05 09:30 +0900", message_id=MID["hoshino"],
      attachments=(Att("請求書_星野信託_202611.pdf", pdf(["Hoshino Trust", "Invoice November 2026"], "Invoice"), "application/pdf"),)),
    B(CH, "ja", "Hoshino Trust's genuine reply after call-back: bank details did NOT change",
      HOSHINO, KEIRI, "RE: 信託報酬のご請求について（11月分）",
      """経理部 ご担当者様

お電話ありがとうございました。弊社の振込先口座に変更はございません。
「口座変更」のメールは弊社から送信したものではありませんので、ご対応いただかないようお願いいたします。

星野信託 山口""", "2026-11-07 18:10 +0900", in_reply_to=MID["hoshino"], references=MID["hoshino"]),
    B(CH, "en", "Tanaka's genuine reply in the Larkspur thread confirming the schedule",
      TANAKA, (LARKSPUR,), "RE: Larkspur / Kitsune - November settlement schedule",
      """Thanks Owen, schedule confirmed on our side. Friday's settlement will go to the whitelisted address.

Mika""", "2026-11-09 17:00 +0900", in_reply_to=MID["larkspur"], references=MID["larkspur"]),
    B(CH, "en", "Larkspur's genuine reply in the thread after call-back: wallet unchanged, warns about lookalike",
      LARKSPUR, TANAKA, "RE: Larkspur / Kitsune - November settlement schedule",
      """Hi Mika,

Thanks for calling. To confirm: we have NOT changed custodian or settlement wallets. The message from
"larkspur-dmk" is not from us - we've reported the domain. Friday's settlement goes to the usual address.

Owen""", "2026-11-11 13:00 +0000", in_reply_to=MID["larkspur"], references=MID["larkspur"]),
    B(CH, "fr", "Paris office's genuine reply in the Ardenne thread",
      LAURENT, (ARDENNE,), "RE: Ouverture du compte de cantonnement",
      """Bonjour Bastien,

Merci pour le projet de convention. Nous déposerons les pièces sur votre portail habituel d'ici jeudi.

Camille""", "2026-11-06 15:00 +0100", in_reply_to=MID["ardenne"], references=MID["ardenne"]),
    B(CH, "ko", "Park's genuine reply in the Daeyang thread",
      PARK, (DAEYANG,), "RE: 10월 보관 잔고 확인서",
      """한지민님,

확인서 잘 받았습니다. 내부 장부와 일치합니다. 감사합니다.

박대현""", "2026-11-07 14:00 +0900", in_reply_to=MID["daeyang"], references=MID["daeyang"]),
    B(CH, "ar", "Haddad's genuine reply in the Gulf Meridian thread",
      HADDAD, (GULF,), "RE: تسوية صفقة الأسبوع",
      """خالد،

شكراً. تم التحقق من الصفقات، وسنرسل التسوية إلى العنوان المسجل يوم الخميس.

عمر""", "2026-11-08 14:00 +0400", in_reply_to=MID["gulf"], references=MID["gulf"]),
    B(CH, "zh", "Li's genuine reply in the Lianfeng thread",
      LI, (LIANFENG,), "RE: 本周大宗交易结算确认",
      """周静你好，

收到，三笔交易已核对无误，按合同账户结算。谢谢。

李伟""", "2026-11-10 15:00 +0800", in_reply_to=MID["lianfeng"], references=MID["lianfeng"]),
    B(CH, "en", "internal forward of the suspicious Larkspur lookalike mail to security, domain defanged",
      TANAKA, (TAKAHASHI,), "FW: suspicious - RE: Larkspur / Kitsune - November settlement schedule",
      """Sho,

Forwarding for analysis. This came from larkspur-dmk[.]com (real domain is larkspur-dm.com) and asks to change
the USDC settlement address. I did not act on it; Owen confirmed by phone that nothing changed.

Mika""", "2026-11-11 14:00 +0900"),
]
