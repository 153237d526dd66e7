"""Set J benign look-alikes: real mail an exchange receives that resembles the lures (hand-written)."""

from __future__ import annotations

import binaries as b
from people import (
    ALL_STAFF,
    CAREERS,
    CEO,
    CEO_JA,
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
    TAKAHASHI,
    TAKAHASHI_JA,
    TANAKA,
    TANAKA_JA,
    TREASURY,
)
from spec import Att, Mail
from threads_j import (
    AMBERFIELD,
    CHEONGSOL,
    DINGSHENG,
    LORVANE,
    MID_AMBERFIELD,
    MID_CHEONGSOL,
    MID_DINGSHENG,
    MID_LORVANE,
    MID_MIYAJIMA,
    MID_SADAF,
    MIYAJIMA,
    SADAF,
)

PDF = "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def B(category: str, language: str, note: str, sender: tuple[str, str], to: tuple[tuple[str, str], ...],
      subject: str, body: str, date: str, **kw) -> Mail:
    return Mail("benign", category, language, note, sender, to, subject, body, date, **kw)


BENIGN: list[Mail] = [
    # -- exec-impersonation look-alikes ------------------------------------------------------------
    B("exec-impersonation", "ja", "real CEO from his own address asks treasury for an early reserve report; no transfer",
      CEO_JA, (TANAKA_JA,), "【至急】分別管理レポートの前倒し",
      """田中さん

金融庁とのミーティングが 11/13(金) 午前に前倒しになりました。
10月末時点の分別管理レポート（顧客資産・自己資産の内訳）を 11/12 の夕方までに
いつもの共有フォルダに置いてもらえますか。

送金やウォレット操作は一切不要です。数字の確認だけお願いします。
不明点があれば明日の朝会で。

佐藤""", "2026-11-09 18:42 +0900"),
    B("exec-impersonation", "en", "real CFO approves a vendor invoice in the ERP and repeats the call-back rule",
      CFO, (KEIRI, TANAKA), "Approved: Q4 audit fee (PO-26-1187)",
      """Hi both,

I have approved the Q4 audit fee in the ERP (PO-26-1187, JPY 4,180,000). It now needs the second
approver as usual; Mika, it is in your queue.

The bank details are the ones already on file for the audit firm. If anybody, me included, ever
asks you by email or chat to pay to different details, please call me on my desk line before doing
anything.

Thanks,
Emily""", "2026-11-04 10:15 +0900"),
    B("exec-impersonation", "en", "CEO's assistant books travel for him urgently; ordinary logistics, no payment or credentials",
      ITO, (ALL_STAFF,), "Haruto's Singapore trip next week - please hold your 1:1s",
      """Hi all,

Haruto will be in Singapore from 17 to 19 November for the regulator roundtable. I am moving his
1:1s to the week after; you will get updated invites from me today.

While he travels he will not approve anything by email or chat. Anything urgent goes through me or
through the normal ticket, and treasury approvals stay in Fireblocks with the usual quorum.

Thanks,
Yuki""", "2026-11-10 09:05 +0900"),
    B("exec-impersonation", "ja", "real CEO asks an engineer to review a PR today through normal code review",
      CEO_JA, (SUZUKI_JA,), "今日中にレビューお願いできますか（出金画面の文言修正）",
      """鈴木さん

出金確認画面の注意文言を法務チェック済みの内容に差し替える PR を出してもらいました。
https://github.com/kitsune-ex/web-app/pull/2291

文言だけの変更ですが、通常どおりレビューとCIを通してからマージしてください。
ブランチ保護などの設定は変えなくて大丈夫です。

よろしくお願いします。
佐藤""", "2026-11-11 11:20 +0900"),
    B("exec-impersonation", "fr", "real CFO asks the Paris office to validate a notary invoice in the two-approver workflow",
      CFO, (LAURENT,), "Facture notaire - validation dans le circuit habituel",
      """Bonjour Camille,

La facture de l'étude notariale pour le bail de la rue de Provence est arrivée (2 340 EUR TTC).
Peux-tu la valider dans l'outil de notes de frais fournisseurs ? Elle partira ensuite au second
approbateur comme d'habitude.

Le RIB est celui déjà enregistré. Si tu reçois un jour un autre RIB « urgent » à mon nom,
appelle-moi directement.

Merci,
Emily""", "2026-11-12 16:40 +0100"),
    B("exec-impersonation", "ko", "real CEO tells the Seoul office about his visit; meetings only, nothing to send",
      CEO, (PARK,), "다음 주 서울 방문 일정",
      """대현 씨,

다음 주 화요일(11/17)에 서울 사무소에 들릅니다. 오후에 거래은행 담당자와 미팅을 잡아 주시고,
저녁에는 팀 회식을 했으면 합니다.

자료나 송금 같은 건 필요 없습니다. 일정만 캘린더로 보내 주세요.

사토 하루토""", "2026-11-10 14:12 +0900"),
    B("exec-impersonation", "zh", "real CFO asks the HK desk for month-end reconciliation and offers a Teams call",
      CFO, (LI,), "10月OTC对账 - 本周五前",
      """李伟，你好：

请在本周五前把10月份OTC交易的对账表放到共享盘的 Finance/OTC 文件夹里，
按对手方汇总即可。如果有差异，我们周五下午用 Teams 过一下。

不需要任何转账操作，谢谢！

Emily""", "2026-11-03 11:30 +0800"),

    # -- vendor-impersonation look-alikes ----------------------------------------------------------
    B("vendor-impersonation", "en", "genuine Fireblocks notice from fireblocks.com linking only to console.fireblocks.io",
      ("Fireblocks", "no-reply@fireblocks.com"), (TANAKA,), "A new Policy version was published in your workspace",
      """Hello,

A new Transaction Authorization Policy version was published in the workspace "Kitsune Exchange".

Published by: s.takahashi@kitsune-ex.co.jp
Approved by: 2 of 3 admins

Review the change history in the Console: https://console.fireblocks.io/v2/policy/history

If you did not expect this change, contact your workspace admins.

Fireblocks""", "2026-11-05 02:14 +0000"),
    B("vendor-impersonation", "en", "genuine Safe product update from safe.global linking to app.safe.global",
      ("Safe", "updates@safe.global"), (TANAKA,), "What's new in Safe{Wallet} this month",
      """Hi,

Here is what shipped in Safe{Wallet} in October:

- Nested Safes: manage a Safe owned by another Safe from one screen.
- Clearer transaction simulation results before you sign.
- Batch export of transaction history as CSV.

Try it at https://app.safe.global. Nothing needs to be migrated and there is nothing to install.
We will never ask for your seed phrase or private keys.

The Safe team""", "2026-11-06 15:00 +0000"),
    B("vendor-impersonation", "en", "real Infura usage notice from infura.io; no action beyond the dashboard",
      ("Infura", "notifications@infura.io"), (SUZUKI,), "Your API key has reached 80% of its daily credit limit",
      """Hi Kenta,

Your API key "kitsune-prod-ethereum" has used 80% of its daily credits.

Requests above the limit will be rate-limited until 00:00 UTC. You can review usage or upgrade your
plan in the dashboard: https://app.infura.io/dashboard

Infura by Consensys""", "2026-11-07 22:31 +0000"),
    B("vendor-impersonation", "en", "real Okta new-device sign-in notice pointing at the org's own Okta tenant",
      ("Okta", "noreply@okta.com"), (TAKAHASHI,), "New sign-on notification",
      """Hello Sho,

Your Kitsune Exchange account was used to sign in from a new device.

Date: November 8, 2026, 09:12 JST
Browser: Firefox on macOS
Location: Tokyo, Japan

If this was you, you can ignore this message. If not, sign in at https://kitsune-ex.okta.com and
reset your password, then tell your administrator.

Okta""", "2026-11-08 00:13 +0000"),
    B("vendor-impersonation", "en", "real GitHub notice that an OAuth app was authorised, on github.com",
      ("GitHub", "noreply@github.com"), (SUZUKI,), "[GitHub] A third-party OAuth application has been added to your account",
      """Hey k-suzuki-kx!

A third-party OAuth application (Linear) with read:user and repo scopes was recently authorized to
access your account.

Visit https://github.com/settings/connections/applications/ for more information.

To see this and other security events for your account, visit
https://github.com/settings/security-log

Thanks,
The GitHub Team""", "2026-11-09 06:48 +0000"),
    B("vendor-impersonation", "ko", "real Cloudflare certificate renewal notice in Korean from cloudflare.com",
      ("Cloudflare", "noreply@notify.cloudflare.com"), (PARK,), "kitsune-ex.com 인증서가 자동으로 갱신되었습니다",
      """안녕하세요,

kitsune-ex.com 영역의 엣지 인증서가 자동으로 갱신되었습니다. 별도 조치는 필요하지 않습니다.

새 인증서 만료일: 2027년 2월 10일
확인: https://dash.cloudflare.com/

Cloudflare 팀""", "2026-11-11 03:02 +0900"),
    B("vendor-impersonation", "fr", "real Google Workspace security alert in French from google.com",
      ("Google Workspace", "workspace-noreply@google.com"), (LAURENT,), "Alerte de sécurité : nouvelle connexion sur Mac",
      """Nouvelle connexion à votre compte c.laurent@kitsune-ex.com

Nous avons détecté une nouvelle connexion depuis un appareil Mac (Paris, France).
Si c'était vous, aucune action n'est requise. Sinon, consultez l'activité sur
https://myaccount.google.com/notifications

Vous avez reçu cet e-mail pour vous informer des modifications importantes apportées à votre compte.
© 2026 Google LLC""", "2026-11-13 08:25 +0100"),
    B("vendor-impersonation", "zh", "real AWS billing notice in Chinese from amazon.com",
      ("Amazon Web Services", "no-reply-aws@amazon.com"), (LI,), "您的 AWS 账单已出 - 2026年10月",
      """您好，

您 2026 年 10 月的 AWS 账单已生成，账户 ID 以 ...4417 结尾。
本期费用：USD 18,204.55

请登录 AWS 账单与成本管理控制台查看详情：https://console.aws.amazon.com/billing/

Amazon Web Services""", "2026-11-03 09:10 +0800"),
    B("vendor-impersonation", "ar", "real Slack notice in Arabic from slack.com about a workspace setting",
      ("Slack", "feedback@slack.com"), (HADDAD,), "تم تغيير إعدادات الاحتفاظ بالرسائل في مساحة العمل",
      """مرحباً عمر،

قام أحد مسؤولي مساحة العمل Kitsune Exchange بتغيير سياسة الاحتفاظ بالرسائل إلى 400 يوم.
لا يلزم أي إجراء من جانبك.

لمعرفة المزيد: https://slack.com/help

فريق Slack""", "2026-11-12 10:40 +0400"),

    # -- lookalike-link look-alikes ----------------------------------------------------------------
    B("lookalike-link", "ja", "real general-affairs notice about ID card renewal on the org's own intranet",
      ("総務部", "soumu@kitsune-ex.co.jp"), (ALL_STAFF,), "入館カード更新のお知らせ（11/16〜）",
      """各位

ビル管理会社の入館システム更新に伴い、入館カードを順次交換します。
新しいカードは 11/16(月) 以降、受付でお渡しします。

申請は不要です。事前に写真を差し替えたい方のみ社内ポータルからお願いします。
https://portal.kitsune-ex.co.jp/soumu/idcard

パスワードやMFAコードを入力する画面はありません。

総務部""", "2026-11-06 10:00 +0900"),
    B("lookalike-link", "en", "real IT notice with links on the org's real SSO and device portals",
      ("Kitsune IT", "it-support@kitsune-ex.co.jp"), (ALL_STAFF,), "Laptop compliance check - action only if flagged",
      """Hi all,

Intune will run the quarterly compliance check on 12 November. Most of you need to do nothing.

If your laptop is flagged, you will see a notice in Company Portal. Open Company Portal from the
Start menu / Launchpad and press "Check status". Do not install profiles from links in mail.

Status page: https://it.kitsune-ex.co.jp/status
Sign-in is always through https://sso.kitsune-ex.co.jp

Kitsune IT""", "2026-11-09 09:30 +0900"),
    B("lookalike-link", "en", "security digest listing this set's lookalike domains, defanged, with no live link",
      TAKAHASHI, (ALL_STAFF,), "Security digest: lookalikes registered this month",
      """Hi all,

The domains below imitate us or our vendors. Do not visit them. They are defanged on purpose.

- kitsune-xe[.]com (letters swapped)
- kitsvne-ex[.]com (v for u)
- kitsune-ex[.]work and kitsune-ex[.]cn (other TLDs)
- fireblocks-network[.]com (not Fireblocks)
- safe-wallet[.]jp (not Safe)

Our only domains are kitsune-ex.co.jp and kitsune-ex.com. Report anything else that claims to be
us to security@kitsune-ex.co.jp.

Sho""", "2026-11-16 17:05 +0900"),
    B("lookalike-link", "ja", "booking confirmation from an unrelated inn whose name contains 'kitsune'",
      ("きつね湯温泉 旅館", "yoyaku@kitsune-onsen.jp"), (ITO_JA,), "ご予約確認：12月4日 2名様",
      """伊藤 由紀 様

この度はきつね湯温泉をご予約いただき、誠にありがとうございます。

ご宿泊日：2026年12月4日（金）1泊
人数：2名様
お部屋：離れ「紅葉」

ご予約内容の確認・変更は下記ページから可能です。
https://www.kitsune-onsen.jp/reserve/confirm

皆様のお越しを心よりお待ちしております。
きつね湯温泉""", "2026-11-07 13:22 +0900"),
    B("lookalike-link", "ko", "Seoul office colleague points to the welfare mall on the org's real domain",
      PARK, (ALL_STAFF,), "복지 포인트 연말 소멸 안내",
      """서울 사무소 여러분,

올해 복지 포인트는 12월 31일에 소멸됩니다. 사용 내역은 사내 포털에서 확인하실 수 있습니다.
https://welfare.kitsune-ex.com

평소처럼 회사 SSO로 로그인하시면 됩니다. 별도 링크로 비밀번호를 요구하는 메일은 보안팀에 신고해 주세요.

박대현""", "2026-11-10 10:18 +0900"),
    B("lookalike-link", "zh", "HK colleague reminds the desk of the annual declaration on the real compliance site",
      LI, (ALL_STAFF,), "年度利益冲突申报提醒",
      """各位同事：

合规部提醒：年度利益冲突申报请在11月20日前完成。
入口：https://compliance.kitsune-ex.com/declaration

使用公司统一登录即可，无需另行注册。如有疑问请联系合规部。

李伟""", "2026-11-11 16:02 +0800"),
    B("lookalike-link", "ar", "Dubai colleague explains visa renewal goes through the company's real HR portal",
      HADDAD, (ALL_STAFF,), "تجديد الإقامات لفريق دبي",
      """الزملاء الكرام،

تنتهي إقامات بعض الزملاء في دبي خلال الربع الأول. يرجى رفع نسخة جواز السفر عبر بوابة الموارد البشرية
الرسمية فقط: https://hr.kitsune-ex.com/visa

لن نطلب منكم أبداً إرسال الجواز أو كلمة المرور عبر البريد أو واتساب.

عمر""", "2026-11-12 11:50 +0400"),

    # -- recruiter-coding-test look-alikes ---------------------------------------------------------
    B("recruiter-coding-test", "en", "company's own careers team schedules a Karat live interview in the browser",
      CAREERS, (("Daniel Okafor", "daniel.okafor@gmail.com"),), "Next step: technical interview with Karat",
      """Hi Daniel,

Thanks for your time with our team. The next step is a 60-minute technical interview run by our
partner Karat. It happens entirely in the browser; you will not need to download, clone or install
anything on your computer.

Please pick a slot here: https://kitsune-ex.karat.io/schedule

If anything about this process looks unusual, reply to this address or check our careers page at
https://kitsune-ex.co.jp/careers.

Kitsune Exchange Careers""", "2026-11-05 12:00 +0900"),
    B("recruiter-coding-test", "ja", "internal onboarding runs npm ci inside the devcontainer of the company's own repo",
      SUZUKI_JA, (("新井 拓海", "t.arai@kitsune-ex.co.jp"),), "開発環境セットアップ手順（入社初日）",
      """新井さん

入社おめでとうございます。初日の開発環境セットアップです。

1. 会社支給のMacで GitHub (github.com/kitsune-ex) にSSOでログイン
2. github.com/kitsune-ex/web-app を Codespaces で開く（ローカルには clone しません）
3. devcontainer 内のターミナルで npm ci && npm test

本番の鍵や .env は devcontainer には入っていません。分からないことは #dev-help へ。

鈴木""", "2026-11-16 09:10 +0900"),
    B("recruiter-coding-test", "ja", "real agency recruiter offers a role; interview is a call, nothing to run",
      ("Morgan McKinley 佐々木", "k.sasaki@morganmckinley.co.jp"), (SUZUKI_JA,), "ブロックチェーンエンジニア求人のご案内",
      """鈴木 健太 様

突然のご連絡失礼いたします。モーガン・マッキンリーの佐々木と申します。
国内大手証券グループのデジタルアセット部門にて、バックエンドエンジニアを募集しております。

ご興味がございましたら、まずは30分ほどお電話でお話しできればと存じます。
選考は面接形式で、事前課題はございません。

ご検討のほど、よろしくお願いいたします。
佐々木""", "2026-11-04 15:33 +0900"),
    B("recruiter-coding-test", "en", "GitHub review request on the company's own repo mentions pip install -e",
      ("GitHub", "notifications@github.com"), (SUZUKI,), "[kitsune-ex/risk-engine] Review requested on #412",
      """@t-arai-kx requested your review on: kitsune-ex/risk-engine#412 Add funding-rate limits.

To test locally in the dev VM:
    pip install -e .[dev]
    pytest tests/limits

--
View it on GitHub: https://github.com/kitsune-ex/risk-engine/pull/412
You are receiving this because your review was requested.""", "2026-11-17 02:40 +0000"),
    B("recruiter-coding-test", "ko", "real RocketPunch job message; interview by video call, no code to run",
      ("로켓펀치", "noreply@rocketpunch.com"), (PARK,), "[로켓펀치] 새 포지션 제안이 도착했습니다",
      """박대현님, 새로운 포지션 제안이 도착했습니다.

회사: 한빛페이먼츠
포지션: 사업개발 매니저 (디지털자산)
메시지: 경력을 보고 연락드립니다. 편하실 때 화상으로 30분 정도 이야기 나누고 싶습니다.

제안 확인하기: https://www.rocketpunch.com/messages""", "2026-11-08 19:05 +0900"),
    B("recruiter-coding-test", "fr", "real Malt freelance mission request; discussion only",
      ("Malt", "notifications@malt.fr"), (LAURENT,), "Nouvelle proposition de mission",
      """Bonjour Camille,

Une entreprise souhaite échanger avec vous au sujet d'une mission :
« Conseil conformité MiCA, 10 jours, Paris / hybride ».

Répondez directement depuis votre messagerie Malt : https://www.malt.fr/messages

L'équipe Malt""", "2026-11-14 10:12 +0100"),
    B("recruiter-coding-test", "zh", "real BOSS直聘 notification; a chat invitation with no download",
      ("BOSS直聘", "service@zhipin.com"), (LI,), "有新的招聘者向您打招呼",
      """李伟 您好，

「某香港持牌券商」的招聘者向您打招呼：
“您好，看到您有OTC交易经验，方便的话可以约个电话聊聊吗？”

请在 BOSS直聘 App 内回复：https://www.zhipin.com/""", "2026-11-09 20:30 +0800"),

    # -- investor-meeting-install look-alikes ------------------------------------------------------
    B("investor-meeting-install", "en", "investor sends an ordinary zoom.us invitation",
      ("Grace Whitfield", "grace@ashgrove-partners.com"), (CEO,), "Ashgrove x Kitsune - intro call",
      """Hi Haruto,

Looking forward to our intro on Thursday. Here is the link:

Join Zoom Meeting
https://us02web.zoom.us/j/86120934471?pwd=QkV2cHpZR3N1dG9HMWpxYmJ4dz09
Meeting ID: 861 2093 4471

No deck needed; we will just talk through your custody setup.

Best,
Grace Whitfield
Ashgrove Partners""", "2026-11-04 08:30 +0000"),
    B("investor-meeting-install", "ja", "VC sends a real Microsoft Teams invitation with an .ics",
      ("青木 聡（みなとみらいキャピタル）", "s.aoki@mm-capital.jp"), (CEO_JA,), "面談のご案内（11/12 15:00）",
      """佐藤様

先日はありがとうございました。下記にて面談を設定いたしました。

日時：11月12日（木）15:00〜16:00
Microsoft Teams 会議に参加：https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmQ4NWE1/0

招待状（.ics）を添付しております。よろしくお願いいたします。
青木""", "2026-11-06 17:45 +0900",
      attachments=(Att("invite.ics", b.ics("みなとみらいキャピタル面談", "20261112T060000Z", "20261112T070000Z",
                                          "s.aoki@mm-capital.jp", "h.sato@kitsune-ex.co.jp",
                                          "Microsoft Teams", "mmcap-20261112@mm-capital.jp"), "text/calendar"),)),
    B("investor-meeting-install", "fr", "family office sends a plain Google Meet link",
      ("Antoine Berthelot", "a.berthelot@berthelot-fo.fr"), (LAURENT,), "Point mensuel - lien Meet",
      """Bonjour Camille,

Pour notre point de mardi à 10h, voici le lien : https://meet.google.com/kqz-rbtm-wex

Rien à installer, le navigateur suffit.

Bien à vous,
Antoine""", "2026-11-13 18:02 +0100"),
    B("investor-meeting-install", "ko", "Korean investor sends a real webex.com invitation",
      ("김민재", "minjae.kim@hanul-partners.co.kr"), (PARK,), "투자 검토 미팅 안내 (Webex)",
      """박대현 님,

다음 주 수요일 오후 3시 미팅은 Webex로 진행하겠습니다.
https://hanulpartners.webex.com/meet/minjae.kim

브라우저에서 바로 참여하셔도 됩니다.

김민재 드림""", "2026-11-11 13:40 +0900"),
    B("investor-meeting-install", "zh", "HK fund sends a real Tencent Meeting link on meeting.tencent.com",
      ("陈思远", "siyuan.chen@jinglan-capital.com.hk"), (LI,), "周四会议链接",
      """李伟你好，

周四下午三点的会议用腾讯会议：
https://meeting.tencent.com/dm/Kq8TzY3vNw1p
会议号：482 119 307

浏览器也可以直接入会。

思远""", "2026-11-10 12:20 +0800"),
    B("investor-meeting-install", "ar", "Abu Dhabi investor sends a normal zoom.us link in Arabic",
      ("سارة الكعبي", "s.alkaabi@ghaf-ventures.ae"), (HADDAD,), "رابط اجتماع الأحد",
      """أهلاً عمر،

رابط اجتماع يوم الأحد الساعة 11 صباحاً بتوقيت دبي:
https://us06web.zoom.us/j/84410276653

يمكنكم الانضمام من المتصفح مباشرة.

مع التحية،
سارة""", "2026-11-12 09:15 +0400"),

    # -- trading-app look-alikes -------------------------------------------------------------------
    B("trading-app", "en", "App Store Connect says the company's own iOS app build was approved",
      ("App Store Connect", "no_reply@email.apple.com"), (SUZUKI,), "The status of your app has changed to Ready for Distribution",
      """Dear Kenta Suzuki,

The following app has been approved and the status has changed to Ready for Distribution:

App Name: Kitsune Exchange
App Version Number: 5.12.0
Platform: iOS

You can view the app in App Store Connect: https://appstoreconnect.apple.com

Best regards,
App Store Connect""", "2026-11-05 04:02 +0000"),
    B("trading-app", "en", "real TradingView price alert; no download",
      ("TradingView", "noreply@tradingview.com"), (LI,), "Alert: BTCUSD Crossing 118,000",
      """Your alert on BTCUSD (COINBASE) was triggered:

BTCUSD Crossing 118,000.00

Open chart: https://www.tradingview.com/chart/

You are receiving this because you created this alert.""", "2026-11-14 01:44 +0000"),
    B("trading-app", "ja", "desk note: only official stores and the company's GitHub org for trading tools",
      TANAKA_JA, (ALL_STAFF,), "取引ツールの導入ルール（再周知）",
      """各位

最近、社外の方から「裁定ツール」「自動売買アプリ」を勧められるケースが増えています。
業務PCに入れてよいのは、IT部門が Intune / Jamf で配布したもの、
または github.com/kitsune-ex のリリースのみです。

開発者モードの有効化やプロファイルのインストールを求められたら、必ず断ってセキュリティに連絡してください。

田中""", "2026-11-06 12:00 +0900"),
    B("trading-app", "ko", "Google Play Console notice for the company's own Android app",
      ("Google Play Console", "noreply-play-console@google.com"), (PARK,), "앱 업데이트가 게시되었습니다",
      """안녕하세요.

Kitsune Exchange (com.kitsuneex.app) 버전 5.12.0이 프로덕션 트랙에 게시되었습니다.

Play Console에서 확인하기: https://play.google.com/console

Google Play 팀""", "2026-11-06 09:30 +0900"),
    B("trading-app", "zh", "internal: HK desk points to the company's own desktop release on github.com/kitsune-ex",
      LI, (("OTC Desk HK", "otc-hk@kitsune-ex.com"),), "OTC报价工具 v3.4 已发布",
      """各位：

OTC报价工具 v3.4 已在公司 GitHub 发布：
https://github.com/kitsune-ex/otc-quoter/releases/tag/v3.4.0

办公电脑会由 IT 通过 Intune 自动推送，无需手动下载。如需提前使用，请联系 IT。

李伟""", "2026-11-13 10:05 +0800"),

    # -- wallet-request look-alikes ----------------------------------------------------------------
    B("wallet-request", "en", "genuine Safe notification of a pending transaction; sign only in app.safe.global",
      ("Safe", "notifications@safe.global"), (TANAKA,), "New transaction awaiting your confirmation",
      """A new transaction is waiting for your confirmation on Safe "Kitsune Treasury" (eth:0x7a1C...3e02).

Type: Send 250,000 USDC
To: Kitsune Cold Vault 2 (address book)
Confirmations: 1 of 3

Review and confirm in the Safe{Wallet} app: https://app.safe.global/transactions/queue

Safe""", "2026-11-09 05:50 +0000"),
    B("wallet-request", "en", "genuine Fireblocks approval request for a whitelisted internal transfer",
      ("Fireblocks", "no-reply@fireblocks.com"), (TANAKA,), "Transaction pending your approval",
      """A transaction requires your approval:

Source: Hot Wallet 1
Destination: Cold Vault A (whitelisted)
Amount: 120 ETH
Initiator: m.tanaka@kitsune-ex.co.jp

Approve or reject in the Fireblocks mobile app or at https://console.fireblocks.io

Fireblocks""", "2026-11-12 01:10 +0000"),
    B("wallet-request", "ja", "internal treasury: rebalancing between whitelisted wallets with the usual quorum",
      TANAKA_JA, (TREASURY,), "ホット補充（11/12）承認依頼",
      """トレジャリー各位

出金増加に備えて、コールド→ホットへ 120 ETH を補充します。
送付先はホワイトリスト登録済みの Hot Wallet 1 のみです。

Fireblocks 上で通常どおり 2/3 の承認をお願いします。
アドレスの変更や追加はありません。

田中""", "2026-11-12 10:05 +0900"),
    B("wallet-request", "ko", "support reply warns a customer never to share the 24-word recovery phrase",
      ("Kitsune Exchange 고객지원", "support@kitsune-ex.com"), (("이정훈", "jh.lee82@naver.com"),),
      "Re: [문의 #88213] 지갑 복구 문구를 알려 달라는 연락을 받았습니다",
      """이정훈 고객님,

문의해 주셔서 감사합니다.

Kitsune Exchange는 어떤 경우에도 복구 문구(24단어)나 개인 키를 요청하지 않습니다.
전화, 메신저, 이메일로 이를 요구하는 경우 모두 사기입니다. 절대 알려 주지 마세요.

받으신 메시지는 캡처하여 이 티켓에 첨부해 주시면 확인하겠습니다.

고객지원팀 드림""", "2026-11-08 14:30 +0900"),
    B("wallet-request", "en", "partner's payout change verified by call-back and queued for two approvers",
      TANAKA, (("Treasury", "treasury@kitsune-ex.com"), TAKAHASHI), "Coralbay Prime payout address - verified by call-back",
      """Hi both,

Coralbay Prime sent a new USDC payout address through their portal on 10 November. I called their
settlements lead on the number in our onboarding file (not the one in the mail) and she read the
first and last six characters back to me; they match.

I have added it to the address book in Fireblocks; it needs Sho's approval as second admin, and the
24-hour cool-down applies. No payment goes there before the cool-down ends.

Mika""", "2026-11-11 15:20 +0900"),
    B("wallet-request", "zh", "colleague shares a settlement hash on etherscan.io; nothing to sign",
      LI, (TANAKA,), "鼎盛结算已完成",
      """Mika，

鼎盛的 USDT 结算已完成，链上记录：
https://etherscan.io/tx/0x6d3b1f0a9e8c27b4f5a1d0c3e9b8a7f6e5d4c3b2a1908f7e6d5c4b3a29180f7e

金额与确认单一致。

李伟""", "2026-11-10 17:42 +0800"),
    B("wallet-request", "ar", "Dubai colleague says client address changes go only through portal and call-back",
      HADDAD, (TANAKA,), "طلب عميل لتغيير عنوان السحب",
      """ميكا،

اتصل بي أحد عملاء الشركات يطلب تغيير عنوان سحب USDT. أبلغته أن التغيير يتم فقط عبر بوابة العملاء
ثم نتصل به على الرقم المسجل لدينا للتأكيد، مع فترة انتظار 24 ساعة.

لم أرسل شيئاً ولم أغيّر شيئاً.

عمر""", "2026-11-13 13:05 +0400"),

    # -- attachment look-alikes --------------------------------------------------------------------
    B("attachment", "ja", "PPAP: real vendor invoice in an encrypted zip; password follows in a separate mail",
      ("株式会社ハルニレ設備 経理", "keiri@harunire-setsubi.co.jp"), (KEIRI,), "【請求書送付】2026年10月分 空調保守",
      """キツネエクスチェンジ株式会社
経理部 御中

いつもお世話になっております。ハルニレ設備の経理でございます。
10月分の空調保守費用の請求書を送付いたします。

添付ファイルはパスワード付きZIPです。パスワードは別メールにてお送りします。

よろしくお願いいたします。""", "2026-11-04 11:02 +0900",
      attachments=(Att("請求書_202610.zip", b.zip_archive(
          [("請求書_202610.pdf", b.pdf(["Invoice 2026-10", "Air conditioning maintenance", "JPY 132,000"],
                                       "Invoice"))], password="Hn2026-1104"), "application/zip"),)),
    B("attachment", "ja", "PPAP: the separate password mail for the vendor invoice",
      ("株式会社ハルニレ設備 経理", "keiri@harunire-setsubi.co.jp"), (KEIRI,), "【パスワード送付】2026年10月分 空調保守",
      """キツネエクスチェンジ株式会社
経理部 御中

先ほどお送りした請求書ZIPのパスワードをお知らせします。

パスワード：Hn2026-1104

よろしくお願いいたします。""", "2026-11-04 11:04 +0900"),
    B("attachment", "en", "security team shares an IOC spreadsheet naming lure file types",
      TAKAHASHI, (("Security Team", "security@kitsune-ex.co.jp"),), "IOC sheet - November lures (do not open samples)",
      """Team,

Attached is this month's IOC sheet: file names, hashes and sender domains of lures we blocked
(.url shortcuts, .msc consoles, a .cpl, a .terminal file). The sheet itself is a plain .xlsx without
macros. Samples stay in the sandbox share; do not copy them to laptops.

Sho""", "2026-11-18 18:10 +0900",
      attachments=(Att("ioc_2026-11.xlsx", b.spreadsheet([
          ["type", "value", "note"], ["filename", "Remittance_Advice_1108.url", "WebDAV shortcut"],
          ["filename", "監査資料_2026Q3.msc", "MMC console"], ["domain", "kitsune-xe[.]com", "lookalike"],
          ["filename", "Board_Deck.terminal", "macOS Terminal file"]]), XLSX),)),
    B("attachment", "en", "real DocuSign envelope from docusign.net for a known counterparty",
      ("Nathan Price via Docusign", "dse_na3@docusign.net"), (TANAKA,), "Please DocuSign: Amberfield - Kitsune ISDA Schedule amendment",
      """Nathan Price sent you a document to review and sign.

REVIEW DOCUMENT: https://na3.docusign.net/Signing/EmailStart.aspx?a=5c1e2f88-1d3a-4b7e-9f02-aa61c0d7e311

Nathan Price
n.price@amberfield-markets.com

Do Not Share This Email: this email contains a secure link to Docusign. Please do not share this
email, link, or access code with others.""", "2026-11-09 13:00 +0000"),
    B("attachment", "fr", "French law firm sends a contract draft as a plain .docx",
      ("Maître Claire Dumonteil", "c.dumonteil@dumonteil-avocats.fr"), (LAURENT,), "Projet de contrat de prestation - version 3",
      """Bonjour Madame Laurent,

Vous trouverez ci-joint la version 3 du contrat de prestation, intégrant vos commentaires du 10 novembre
(mode révision activé).

Je reste à votre disposition.

Bien cordialement,
Claire Dumonteil""", "2026-11-12 15:30 +0100",
      attachments=(Att("Contrat_prestation_v3.docx", b.word_document(
          ["Contrat de prestation de services", "Version 3 - 12 novembre 2026"]), DOCX),)),
    B("attachment", "zh", "HK partner sends a plain reconciliation xlsx",
      DINGSHENG, (LI,), "10月对账单", """李伟你好，

附件是10月份的对账单，请查收。如有出入请告诉我。

周嘉怡
鼎盛数字资产 结算部""", "2026-11-05 15:12 +0800",
      attachments=(Att("对账单_202610.xlsx", b.spreadsheet([["日期", "币种", "数量"], ["2026-10-31", "USDT", "1,250,000"]]),
                       XLSX),)),
    B("attachment", "ar", "Dubai vendor sends a quotation as a PDF",
      ("شركة الواحة للأثاث المكتبي", "sales@alwaha-office.ae"), (HADDAD,), "عرض سعر - أثاث المكتب الجديد",
      """السيد عمر حداد المحترم،

نرفق لكم عرض السعر الخاص بأثاث مكتب دبي الجديد، صالح لمدة 30 يوماً.

مع خالص التحية،
قسم المبيعات""", "2026-11-10 12:25 +0400",
      attachments=(Att("Quotation_AW-2611.pdf", b.pdf(["Quotation AW-2611", "Office furniture", "AED 48,900"],
                                                     "Quotation"), PDF),)),

    # -- conversation-hijack look-alikes: the partners' real threads -------------------------------
    B("conversation-hijack", "en", "partner's real settlement thread opener (the hijack replies to it)",
      AMBERFIELD, (TANAKA,), "Weekly settlement - w/c 2 Nov",
      """Hi Mika,

Net settlement for this week: we owe you 412,300 USDC, to be sent to your usual deposit address on
Friday 6 Nov before 15:00 JST. Our sending address is unchanged (the one on file).

Let me know if your numbers differ.

Nathan Price
Settlements, Amberfield Markets""", "2026-11-03 09:12 +0000", message_id=MID_AMBERFIELD),
    B("conversation-hijack", "ja", "Japanese broker's real thread opener about a settlement schedule",
      MIYAJIMA, (TANAKA_JA,), "11月分 受渡スケジュールのご確認",
      """キツネエクスチェンジ株式会社
田中様

いつもお世話になっております。宮島証券 決済部の小野寺です。
11月分の受渡スケジュール案をお送りします。ご確認のほどお願いいたします。

・11/10 JPY 受渡（いつもの口座）
・11/17 BTC 受渡（登録済みアドレス）

変更点はございません。
小野寺""", "2026-11-05 09:42 +0900", message_id=MID_MIYAJIMA),
    B("conversation-hijack", "fr", "French private bank's real thread opener about a custody fee",
      LORVANE, (LAURENT,), "Frais de conservation T4",
      """Bonjour Camille,

Comme chaque trimestre, les frais de conservation du T4 (3 850 EUR) seront prélevés le 20 novembre
sur votre compte habituel chez nous. Aucune action de votre part n'est requise.

Bien à vous,
Hélène Marchetti
Banque Lorvane""", "2026-11-06 10:20 +0100", message_id=MID_LORVANE),
    B("conversation-hijack", "ko", "Korean asset manager's real thread opener about a redemption",
      CHEONGSOL, (PARK,), "11월 환매 일정 안내",
      """박대현 님,

11월 환매 건은 11월 16일에 기존에 등록된 원화 계좌로 입금될 예정입니다.
변경 사항은 없습니다.

윤서진 드림
청솔자산운용 운용지원팀""", "2026-11-07 10:05 +0900", message_id=MID_CHEONGSOL),
    B("conversation-hijack", "zh", "HK OTC partner's real thread opener confirming a block trade",
      DINGSHENG, (LI,), "大宗交易确认 DS-1108",
      """李伟你好，

确认今天的大宗交易：买入 USDT 3,000,000，价格 7.792 HKD。
我方港币将于今天下午四点前汇出，收到后请放币至已登记地址。

周嘉怡""", "2026-11-08 11:00 +0800", message_id=MID_DINGSHENG),
    B("conversation-hijack", "ar", "Dubai brokerage's real thread opener about monthly statements",
      SADAF, (HADDAD,), "كشف الحساب الشهري - أكتوبر",
      """الأستاذ عمر،

تم رفع كشف الحساب الشهري لشهر أكتوبر على بوابة العملاء. لا توجد أي تغييرات على بياناتنا المصرفية.

خالد المنصوري
صدف للوساطة""", "2026-11-09 10:30 +0400", message_id=MID_SADAF),
    B("conversation-hijack", "en", "partner replies in its own thread after a call-back: nothing changed",
      AMBERFIELD, (TANAKA,), "RE: Weekly settlement - w/c 2 Nov",
      """Hi Mika,

Thanks for calling. To confirm in writing: our bank details and wallet addresses have NOT changed.
Any message saying otherwise did not come from us; please ignore it. The 412,300 USDC went out
this morning from our usual address.

Nathan""", "2026-11-06 08:05 +0000", in_reply_to=MID_AMBERFIELD, references=MID_AMBERFIELD),
    B("conversation-hijack", "ja", "internal forward of a hijack attempt to security, domain defanged",
      TANAKA_JA, (TAKAHASHI_JA,), "FW: 宮島証券を名乗る返信（miyajima-sec[.]com）",
      """高橋さん

宮島証券とのスレッドに、ドメインが違う返信（miyajima-sec[.]com）が来ました。
添付ZIPは開いていません。小野寺さんに電話で確認したところ、送っていないとのことです。
元メールはフィッシング報告ボタンで送りました。

田中""", "2026-11-11 14:40 +0900"),
]
