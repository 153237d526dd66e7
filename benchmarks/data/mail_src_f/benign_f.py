"""Set F benign look-alikes, hand-written for this set. See mail-f/README.md."""

from __future__ import annotations

from binaries import ics, pdf, png, spreadsheet, word_document, zip_archive
from people import (ALL_STAFF, CEO, CEO_JA, CFO, HADDAD, ITO_JA, KEIRI, LAURENT, LI, PARK, SUZUKI, SUZUKI_JA,
                    TAKAHASHI, TAKAHASHI_JA, TANAKA, TANAKA_JA, TREASURY, WATANABE_JA)
from spec import Att, Mail
from threads_f import (GREYWATER, GREYWATER_MID, HANGYEOL, HANGYEOL_MID, ORSEL, ORSEL_MID, RUIFENG, RUIFENG_MID,
                       SAHAB, SAHAB_MID, TOKIWA, TOKIWA_MID, VELTMARK, VELTMARK_MID)


def B(category: str, language: str, note: str, sender: tuple[str, str], to: tuple[str, str], subject: str,
      body: str, date: str, **kw: object) -> Mail:
    return Mail("benign", category, language, note, sender, (to,), subject, body, date, **kw)  # type: ignore[arg-type]


BENIGN: list[Mail] = []
add = BENIGN.append

# ---------------------------------------------------------------- exec-impersonation look-alikes

add(B("exec-impersonation", "ja",
      "the real CEO from his own address asks for an urgent board-pack change; no money, no secrecy",
      CEO_JA, ITO_JA, "【急ぎ】明日の取締役会資料の差し替え",
      """伊藤さん

明日の取締役会資料、第3号議案（シンガポール拠点）のスライドを差し替えたいです。
最新版は共有ドライブの「取締役会/2026-11」に入れました。印刷は最新版でお願いします。
急ぎで申し訳ないですが、17時までに各取締役へ再送してもらえると助かります。

佐藤""", "2026-11-04 13:10 +0900"))

add(B("exec-impersonation", "en",
      "the real CFO from her own address asks treasury to prepare a payment through the normal two-approver ERP flow",
      CFO, TANAKA, "Payment to Ashcombe Law - please queue in ERP",
      """Hi Mika,

Ashcombe Law's invoice for the licence work (JPY 3,300,000) is approved on my side. Please queue it in
the ERP payment run for Friday with the bank details already on the vendor master (do not take details
from the invoice PDF). Kenji will be second approver as usual.

If anything about the bank details looks different from what we have on file, call their office on the
number in the engagement letter before releasing.

Thanks,
Emily""", "2026-11-05 10:02 +0900"))

add(B("exec-impersonation", "ja",
      "the real CEO announces a phishing drill that will impersonate him, from his own address",
      CEO_JA, ("全社員", "all@kitsune-ex.co.jp"), "来週の標的型メール訓練について",
      """社員の皆さん

来週、セキュリティチームが標的型メール訓練を実施します。
今回は私（佐藤）や経営陣の名前を騙ったメールも含まれます。

私が個人のメールアドレスやチャットで送金・パスワード・認証コードを依頼することは絶対にありません。
不審なメールを受け取ったら、開かずに「報告」ボタンで security@ に転送してください。

代表取締役CEO 佐藤 陽翔""", "2026-11-06 09:00 +0900"))

add(B("exec-impersonation", "en",
      "the real CEO travelling writes from his own address and tells staff to ignore anything from personal accounts",
      CEO, ALL_STAFF, "Travelling next week - how to reach me",
      """All,

I'll be in Singapore and Seoul from 16 to 21 November. Yuki has my schedule.

For anything urgent call my company phone or message me on our Slack. I will never ask you to move funds,
change wallet settings, buy anything or share codes from a personal email or a new chat account; if
something like that arrives with my name on it, report it to security.

Haruto""", "2026-11-13 18:30 +0900"))

add(B("exec-impersonation", "fr",
      "the real CFO from her own address asks Paris about the office lease deposit through the normal AP process",
      CFO, LAURENT, "Bail rue de Provence - dépôt de garantie",
      """Bonjour Camille,

Le bail des nouveaux bureaux a été signé hier chez le notaire. Le dépôt de garantie sera payé par le
circuit fournisseurs habituel : la facture de l'étude arrivera chez toi, merci de la saisir dans l'ERP
avec le RIB vérifié par téléphone auprès de l'étude. Aucun paiement ne sera demandé par e-mail hors de
ce circuit.

Merci,
Emily""", "2026-11-09 11:30 +0100"))

add(B("exec-impersonation", "ko",
      "the real CEO from his own address thanks the Seoul office and schedules a visit",
      CEO, PARK, "서울 방문 일정",
      """대현 씨,

다음 주 수요일부터 서울 사무소를 방문합니다. 목요일 오전에 팀 전체 미팅을 잡아 주시겠어요?
한결자산운용 미팅도 같은 날 오후로 맞춰 주시면 좋겠습니다.

Haruto""", "2026-11-11 09:20 +0900"))

add(B("exec-impersonation", "zh",
      "the real CFO from her own address asks the HK desk for the monthly OTC exposure report",
      CFO, LI, "11月OTC敞口报告",
      """李伟你好，

请在周五前把11月上半月的OTC客户敞口报告放到财务共享盘，和往常一样由合规复核后再发给我。
不用通过邮件发附件。

谢谢
Emily""", "2026-11-12 10:00 +0900"))

add(B("exec-impersonation", "ar",
      "the real CFO from her own address asks Dubai BD to renew the trade licence through the PRO agency",
      CFO, HADDAD, "تجديد الرخصة التجارية",
      """مرحباً عمر،

موعد تجديد الرخصة التجارية لمكتب دبي في ديسمبر. أرجو التنسيق مع مكتب الخدمات الحكومية المعتاد
وتقديم المستندات عبر البوابة الرسمية كما في العام الماضي. أرسل لي الفاتورة عند وصولها لأوافق عليها
في النظام.

شكراً،
إميلي""", "2026-11-13 09:00 +0900"))

add(B("exec-impersonation", "ja",
      "the real executive assistant relays a CEO schedule change from her own address",
      ITO_JA, TANAKA_JA, "佐藤の予定変更（11/17 財務定例）",
      """田中さん

お疲れさまです。伊藤です。
佐藤の予定変更により、11/17（月）の財務定例を10時→14時に変更させてください。
会議室はそのまま「富士」です。カレンダーも更新しました。

伊藤""", "2026-11-14 16:40 +0900"))

# ---------------------------------------------------------------- vendor-impersonation look-alikes

add(B("vendor-impersonation", "en",
      "real Fireblocks maintenance notice from fireblocks.com linking to the real console; asks nothing",
      ("Fireblocks", "no-reply@fireblocks.com"), TREASURY,
      "Scheduled maintenance: 15 Nov 2026, 02:00-02:30 UTC",
      """Hello,

We will perform scheduled maintenance on the Fireblocks platform on 15 November 2026 between 02:00 and
02:30 UTC. During this window, transaction signing may be delayed by a few minutes. No action is needed.

Status updates: https://status.fireblocks.com
Console: https://console.fireblocks.io

The Fireblocks team""", "2026-11-10 18:00 +0000"))

add(B("vendor-impersonation", "en",
      "real Safe release notes from safe.global; mentions guards and modules but asks for no signature",
      ("Safe", "newsletter@safe.global"), TANAKA,
      "Safe{Wallet} November release: transaction guard insights",
      """Hi,

This month's Safe{Wallet} release adds clearer warnings when a transaction enables a module or sets a
guard, and shows the decoded call on the confirmation screen. Nothing changes for existing Safes and no
action is required.

Read the release notes: https://safe.global/blog

Reminder: Safe will never ask you to sign a transaction by email.

Safe""", "2026-11-06 15:00 +0000"))

add(B("vendor-impersonation", "en",
      "real Yubico order shipping notice from yubico.com for replacement keys ordered by security",
      ("Yubico Store", "orders@yubico.com"), TAKAHASHI,
      "Your Yubico order #YB-2611-48213 has shipped",
      """Hi Sho,

Good news: your order has shipped.

  20 x YubiKey 5C NFC
  Carrier: DHL Express, tracking 4418 2093 77

Track your shipment: https://www.yubico.com/store/orders

Thanks for shopping with Yubico.""", "2026-11-07 08:00 +0000"))

add(B("vendor-impersonation", "ja",
      "real SmartHR notice from smarthr.jp pointing to the company's real tenant; no re-login demand",
      ("SmartHR", "noreply@smarthr.jp"), SUZUKI_JA,
      "【SmartHR】賞与明細が届きました",
      """鈴木 健太 さん

株式会社Kitsune Exchangeから賞与明細が届きました。
SmartHRにログインしてご確認ください。

https://kitsune-ex.smarthr.jp/

このメールは送信専用です。""", "2026-11-14 10:00 +0900"))

add(B("vendor-impersonation", "en",
      "real Okta notice from okta.com about a new admin console feature; links to the org's real Okta tenant",
      ("Okta", "noreply@okta.com"), TAKAHASHI,
      "New in your Okta org: phishing-resistant authenticator enforcement",
      """Hello Sho,

Your Okta org (kitsune-ex.okta.com) now supports enforcing phishing-resistant authenticators per app.
You can review the new policy options in the Admin Console under Security > Authentication Policies.

https://kitsune-ex-admin.okta.com/admin/access/policies

This is an informational message; no action is required.

Okta""", "2026-11-04 20:00 +0000"))

add(B("vendor-impersonation", "zh",
      "real Alibaba Cloud notice from alibabacloud.com recommending key rotation in the console; asks for no secret",
      ("阿里云", "noreply@notice.alibabacloud.com"), LI,
      "【阿里云】AccessKey 安全使用建议",
      """尊敬的用户：

为提升账号安全，建议您定期轮换 AccessKey，并优先使用 RAM 角色和 STS 临时凭证。
请登录阿里云控制台，在"RAM 访问控制"中查看 AccessKey 的最近使用时间。

阿里云不会通过邮件、电话或短信索要您的 AccessKey Secret。

阿里云""", "2026-11-09 11:00 +0800"))

add(B("vendor-impersonation", "fr",
      "real Qonto monthly statement notice from qonto.com; no credentials requested",
      ("Qonto", "noreply@qonto.com"), LAURENT,
      "Votre relevé d'octobre est disponible",
      """Bonjour Camille,

Le relevé de compte d'octobre 2026 de KITSUNE EXCHANGE FRANCE SAS est disponible dans votre espace Qonto
(rubrique Documents).

Qonto ne vous demandera jamais votre code PIN ni un code reçu par SMS par e-mail ou par téléphone.

L'équipe Qonto""", "2026-11-03 07:00 +0100"))

add(B("vendor-impersonation", "ar",
      "real Emirates NBD notice from emiratesnbd.com saying token updates come only through the app stores",
      ("Emirates NBD", "noreply@emiratesnbd.com"), HADDAD,
      "تحديث تطبيق الخدمات المصرفية للشركات",
      """عزيزنا العميل،

يتوفر إصدار جديد من تطبيق الخدمات المصرفية للشركات على App Store وGoogle Play. يمكنك التحديث من
المتجر مباشرة.

تذكير: لن نرسل لك أبداً ملفات تثبيت عبر البريد الإلكتروني، ولن نطلب رمز التفعيل أو كلمة المرور.

بنك الإمارات دبي الوطني""", "2026-11-08 10:00 +0400"))

add(B("vendor-impersonation", "ko",
      "real NHN Cloud maintenance notice from nhncloud.com for the Seoul office's cloud account",
      ("NHN Cloud", "noreply@nhncloud.com"), PARK,
      "[NHN Cloud] 정기 점검 안내 (11/16)",
      """안녕하세요, NHN Cloud입니다.

2026년 11월 16일(일) 02:00~04:00 (KST) 콘솔 정기 점검이 진행됩니다.
점검 시간 동안 콘솔 접속이 제한되며, 운영 중인 인스턴스에는 영향이 없습니다.

자세한 내용은 콘솔 공지사항을 확인해 주세요.
감사합니다.""", "2026-11-12 14:00 +0900"))

# ---------------------------------------------------------------- lookalike-link look-alikes

add(B("lookalike-link", "en",
      "real IT notice from the org's own domain links to the real vpn.kitsune-ex.co.jp renewal page",
      ("Kitsune IT Service Desk", "servicedesk@kitsune-ex.co.jp"), SUZUKI,
      "VPN certificate renewal window opens 10 Nov",
      """Hi all,

Client certificates for GlobalProtect will be renewed automatically on managed laptops between 10 and 14
November. If your laptop was offline during that window, renew manually from the self-service page:

    https://vpn.kitsune-ex.co.jp/selfservice

You'll sign in through our usual SSO (sso.kitsune-ex.co.jp). IT will never send you a renewal link on
any other domain.

IT Service Desk""", "2026-11-05 10:00 +0900"))

add(B("lookalike-link", "ja",
      "real HR bonus notice from the org's domain links to hr.kitsune-ex.co.jp",
      WATANABE_JA, ("全社員", "all@kitsune-ex.co.jp"), "冬季賞与について",
      """社員各位

人事部の渡辺です。
冬季賞与は12月10日に支給予定です。明細はSmartHRで12月5日以降に閲覧できます。
評価面談の記録は社内人事ポータル（https://hr.kitsune-ex.co.jp/review）でご確認ください。

人事部""", "2026-11-13 11:00 +0900"))

add(B("lookalike-link", "en",
      "security bulletin lists this month's lookalike domains defanged and tells staff what the real hosts are",
      TAKAHASHI, ALL_STAFF, "Security bulletin: lookalike domains seen this week",
      """Hi all,

This week we blocked mail and links using these lookalikes of our domains and vendors:

  - kitsune-ex[.]online (HR "bonus" page)
  - hxxps://vpn.kitsune-ex.co.jp.auth-sso[.]app (VPN "renewal")
  - console-fireblocks[.]io and app.saafe[.]global

Our real hosts end in kitsune-ex.co.jp or kitsune-ex.com; Fireblocks is console.fireblocks.io and Safe is
app.safe.global. If a link's domain looks almost right, it is wrong. Report via the Report button.

Sho Takahashi
Security""", "2026-11-14 17:00 +0900"))

add(B("lookalike-link", "ja",
      "an unrelated company with a similar name (Kitsune Logistics) sends a real delivery notice for ordered office supplies",
      ("キツネ運輸 配送センター", "info@kitsune-logistics.co.jp"), ITO_JA,
      "お届け予定のお知らせ（伝票番号 7712-4408-3391）",
      """株式会社Kitsune Exchange 伊藤 由紀 様

いつもキツネ運輸をご利用いただきありがとうございます。
ご注文の荷物（発送元：アスクル）を以下の日程でお届けいたします。

お届け予定日：11月12日（木）午前中
個数：3個

日時の変更はお電話（0120-xxx-xxx）でも承ります。

キツネ運輸株式会社""", "2026-11-11 08:00 +0900"))

add(B("lookalike-link", "fr",
      "real Paris HR notice from kitsune-ex.com about the mutuelle change links to the insurer's real site",
      ("RH Paris", "rh.paris@kitsune-ex.com"), LAURENT,
      "Mutuelle 2027 : ce qui change",
      """Bonjour à tous,

À partir du 1er janvier 2027, notre mutuelle d'entreprise sera gérée par Alan. Chaque salarié recevra
directement une invitation d'Alan (adresse se terminant par @alan.com) pour créer son compte sur
https://alan.com. Aucune saisie n'est nécessaire sur un portail interne.

Questions : passez me voir ou écrivez-moi.

RH Paris""", "2026-11-06 14:00 +0100"))

add(B("lookalike-link", "zh",
      "real HK office notice from the org's domain about MPF that points to the trustee's and MPFA's official sites",
      ("香港办公室行政", "admin.hk@kitsune-ex.com"), LI,
      "强积金年度结算说明",
      """各位同事：

强积金受托人将于11月底寄出年度权益报表。如需更新个人资料，请直接登录受托人官方网站的会员账户，
或参阅积金局网站 https://www.mpfa.org.hk 的说明。公司不会要求大家在其他网站登录。

香港办公室 行政部""", "2026-11-10 09:30 +0800"))

add(B("lookalike-link", "ko",
      "real Seoul office notice from kitsune-ex.com links to the company's real expense portal",
      ("서울사무소 총무", "admin.seoul@kitsune-ex.com"), PARK,
      "11월 경비 정산 마감 안내",
      """서울사무소 여러분,

11월 경비 정산은 11월 28일 마감입니다.
정산은 기존과 동일하게 https://expense.kitsune-ex.com 에서 사내 SSO로 로그인해 주세요.

감사합니다.""", "2026-11-14 10:00 +0900"))

# ---------------------------------------------------------------- recruiter-coding-test look-alikes

add(B("recruiter-coding-test", "en",
      "real Korn Ferry recruiter approach with no code to run and an ordinary call invitation",
      ("Hannah Whitmore", "hannah.whitmore@kornferry.com"), SUZUKI,
      "Head of Platform Engineering - confidential search (Tokyo)",
      """Dear Kenta,

I'm leading a confidential search for a Head of Platform Engineering at a regulated digital-asset firm in
Tokyo. Your background in exchange backends looks highly relevant.

Would you be open to a 20-minute call next week? I can share the role specification once we speak. There
is no test at this stage; the client's process is interviews followed by a system-design discussion.

Kind regards,
Hannah Whitmore
Korn Ferry, Tokyo""", "2026-11-04 09:15 +0900"))

add(B("recruiter-coding-test", "en",
      "real Codility invitation: a browser-based test, nothing to install or clone",
      ("Codility", "no-reply@codility.com"), SUZUKI,
      "You've been invited to a coding assessment by Brightline Payments",
      """Hi Kenta,

Brightline Payments has invited you to complete a coding assessment.

  Duration: 90 minutes
  Languages: TypeScript, Go, Python
  Deadline: 18 Nov 2026

Start the assessment in your browser: https://app.codility.com/test/

The test runs entirely in the browser. You don't need to install anything.

Codility""", "2026-11-08 06:00 +0000"))

add(B("recruiter-coding-test", "en",
      "internal note for interviewers: the company's own take-home lives in github.com/kitsune-ex and runs in a devcontainer",
      ("Kitsune Exchange Careers", "careers@kitsune-ex.co.jp"), SUZUKI,
      "Interviewer guide: reviewing the backend take-home",
      """Hi Kenta,

Thanks for reviewing take-homes this cycle. Candidates fork https://github.com/kitsune-ex/backend-take-home
and submit a PR. To review:

  1. Open the PR in a GitHub Codespace (the repo's devcontainer), not on your laptop
  2. npm ci && npm test inside the Codespace
  3. Score with the rubric in the README

Never run candidate code on your workstation. Ping me with questions.

Careers team""", "2026-11-05 11:00 +0900"))

add(B("recruiter-coding-test", "en",
      "real GitHub pull-request notification on the company's own repo that mentions npm ci",
      ("Yuto Mori", "notifications@github.com"), SUZUKI,
      "Re: [kitsune-ex/matching-engine] Bump ws to 8.18.1 (PR #812)",
      """@mori-kx commented on this pull request.

CI is green. Locally I ran `npm ci && npm run test:integration` against the staging order book and
everything passes. Ready for review.

--
Reply to this email directly or view it on GitHub:
https://github.com/kitsune-ex/matching-engine/pull/812""", "2026-11-10 03:12 +0000",
      headers=(("List-ID", "kitsune-ex/matching-engine <matching-engine.kitsune-ex.github.com>"),
               ("X-GitHub-Reason", "review_requested"))))

add(B("recruiter-coding-test", "ja",
      "real Recruit Direct Scout scout message with a normal interview flow and no code",
      ("リクルートダイレクトスカウト", "no-reply@directscout.recruit.co.jp"), SUZUKI_JA,
      "【スカウト】大手決済会社 バックエンドリード職のご案内",
      """鈴木 健太 様

ヘッドハンターからスカウトが届きました。

ポジション：バックエンドエンジニアリングリード（決済）
勤務地：東京都港区
選考：書類選考 → 面接2回（うち1回はシステム設計のディスカッション）

詳細はリクルートダイレクトスカウトにログインしてご確認ください。
https://directscout.recruit.co.jp/""", "2026-11-09 12:00 +0900"))

add(B("recruiter-coding-test", "ko",
      "real JobKorea scouting notice; interview process with no downloads",
      ("잡코리아", "noreply@jobkorea.co.kr"), PARK,
      "[잡코리아] 기업이 박대현 님께 면접을 제안했습니다",
      """박대현 님, 안녕하세요.

핀테크 기업에서 '블록체인 백엔드 개발자' 포지션으로 면접을 제안했습니다.
전형: 서류 → 1차 면접(화상) → 2차 면접(대면)

제안 내용은 잡코리아 홈페이지에서 확인하실 수 있습니다.
https://www.jobkorea.co.kr/""", "2026-11-10 09:00 +0900"))

add(B("recruiter-coding-test", "zh",
      "real Zhaopin interview invitation with an in-person interview; nothing to install",
      ("智联招聘", "service@zhaopin.com"), LI,
      "面试邀请：高级后端工程师（区块链方向）",
      """李伟您好，

某金融科技公司邀请您参加面试：
职位：高级后端工程师（区块链方向）
形式：线下面试（香港中环办公室）
时间：11月18日 上午10:00

请登录智联招聘查看详情并确认是否参加。""", "2026-11-11 10:00 +0800"))

add(B("recruiter-coding-test", "fr",
      "real Hellowork job-alert style recruiter email with a normal interview process",
      ("Hellowork Recrutement", "recrutement@hellowork.com"), LAURENT,
      "Une entreprise souhaite échanger avec vous : Responsable conformité crypto",
      """Bonjour Camille,

Une entreprise du secteur des actifs numériques a consulté votre profil et souhaite échanger avec vous
pour un poste de Responsable conformité (Paris).

Processus : entretien téléphonique, puis deux entretiens sur site.
Consultez l'offre sur votre espace Hellowork.

L'équipe Hellowork""", "2026-11-12 08:30 +0100"))

add(B("recruiter-coding-test", "ar",
      "real Bayt.com recruiter message with an ordinary interview invitation",
      ("Bayt.com", "noreply@bayt.com"), HADDAD,
      "دعوة لمقابلة - مدير تطوير أعمال (دبي)",
      """مرحباً عمر،

قامت شركة في قطاع التكنولوجيا المالية بدعوتك لمقابلة لوظيفة مدير تطوير أعمال في دبي.
المقابلة حضورية في مكتب الشركة في مركز دبي المالي العالمي.

يمكنك الاطلاع على التفاصيل والرد على الدعوة من حسابك في بيت.كوم.""", "2026-11-13 10:00 +0400"))

# ---------------------------------------------------------------- investor-meeting-install look-alikes

add(B("investor-meeting-install", "en",
      "real investor invite with an ordinary zoom.us link and calendar file; nothing to install beyond Zoom itself",
      ("Grace Liu | Pinecrest Ventures", "grace@pinecrest.vc"), CEO,
      "Pinecrest / Kitsune - intro call",
      """Hi Haruto,

Looking forward to our intro call on Monday 17 Nov, 09:00 JST.

Join Zoom Meeting: https://us02web.zoom.us/j/84120557731?pwd=Q2xVb1h3
Meeting ID: 841 2055 7731

Calendar invite attached.

Best,
Grace""", "2026-11-12 01:00 +0000",
      attachments=(Att("invite.ics",
                       ics("Pinecrest / Kitsune intro", "20261117T000000Z", "20261117T003000Z", "grace@pinecrest.vc",
                           "h.sato@kitsune-ex.co.jp", "https://us02web.zoom.us/j/84120557731", "pc-kx-1117@pinecrest.vc"),
                       "text/calendar"),)))

add(B("investor-meeting-install", "en",
      "real Microsoft Teams meeting invitation on teams.microsoft.com",
      ("Tom Ashby", "tom.ashby@northcove-capital.com"), CFO,
      "Northcove Capital - Q4 portfolio review",
      """Hi Emily,

Microsoft Teams meeting
Join on your computer, mobile app or room device:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTc4ZjM1YjAtNmE5Zi00N2E1%40thread.v2/0

Meeting ID: 348 221 905 117
Passcode: r7Xk2p

Best,
Tom""", "2026-11-06 07:30 +0000"))

add(B("investor-meeting-install", "ja",
      "real Japanese VC meeting invitation using Google Meet in the browser",
      ("山科キャピタル 西田", "nishida@yamashina-cap.co.jp"), CEO_JA,
      "面談のご案内（11月18日）",
      """佐藤様

お世話になっております。山科キャピタルの西田です。
11月18日（水）16時からの面談は、以下のGoogle Meetでお願いいたします。

https://meet.google.com/qvx-mwta-hzc

ブラウザからそのままご参加いただけます。資料は当日画面共有いたします。

よろしくお願いいたします。""", "2026-11-14 10:15 +0900"))

add(B("investor-meeting-install", "en",
      "internal IT note: meeting apps are updated only through Self Service; never install a client a guest sends",
      ("Kitsune IT Service Desk", "servicedesk@kitsune-ex.co.jp"), ALL_STAFF,
      "Zoom and Teams updates this week",
      """Hi all,

Zoom 6.3 and the latest Teams client will be pushed to managed laptops through Self Service (macOS) and
Company Portal (Windows) this week. You don't need to do anything.

If an external party asks you to install a "special" meeting client, plugin or update before a call,
don't. Join in the browser or ask us.

IT Service Desk""", "2026-11-09 09:00 +0900"))

add(B("investor-meeting-install", "ko",
      "real Korean investor meeting by Webex in the browser",
      ("송유진 | 청담파트너스", "yujin.song@cheongdampartners.co.kr"), PARK,
      "청담파트너스 - 미팅 일정 확정",
      """박대현 님,

11월 17일(월) 오후 3시 미팅 확정되었습니다. Webex 링크 공유드립니다.
https://cheongdampartners.webex.com/meet/yujin.song

브라우저에서 바로 참여하실 수 있습니다.

감사합니다.
송유진 드림""", "2026-11-12 13:30 +0900"))

add(B("investor-meeting-install", "fr",
      "real French investor Teams invitation; browser or installed Teams",
      ("Margaux Fontaine", "m.fontaine@lisere-invest.fr"), LAURENT,
      "Point investissement - jeudi 10h",
      """Bonjour Camille,

Je vous confirme notre point de jeudi à 10h. Lien Teams :
https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmQ0MzA2OTEtZDM4%40thread.v2/0

Vous pouvez rejoindre depuis le navigateur.

Bien à vous,
Margaux Fontaine
Liseré Investissement""", "2026-11-10 16:00 +0100"))

add(B("investor-meeting-install", "zh",
      "real Chinese investor meeting through Feishu's official meeting link",
      ("赵磊", "zhaolei@hongyun-capital.cn"), LI,
      "会议邀请：鸿运资本 x Kitsune 投资交流",
      """李先生您好，

本周四下午4点的交流会使用飞书会议：
https://vc.feishu.cn/j/381225907

可直接在浏览器中入会，也可以使用已安装的飞书客户端。

赵磊""", "2026-11-11 15:00 +0800"))

add(B("investor-meeting-install", "ar",
      "real Arabic investor meeting with a standard zoom.us link",
      ("ريم الحمادي", "reem@falaj-ventures.ae"), HADDAD,
      "اجتماع فلج فنتشرز - الثلاثاء",
      """الأخ عمر،

نؤكد اجتماعنا يوم الثلاثاء الساعة 11 صباحاً عبر Zoom:
https://us06web.zoom.us/j/87733104219

مع التحية،
ريم الحمادي
فلج فنتشرز""", "2026-11-15 09:00 +0400"))

# ---------------------------------------------------------------- trading-app look-alikes

add(B("trading-app", "en",
      "real App Store Connect notice that the company's own app version is ready for distribution",
      ("App Store Connect", "no_reply@email.apple.com"), SUZUKI,
      "The status of your app, Kitsune Exchange 4.12.0, is now Ready for Distribution",
      """Dear Kitsune Exchange K.K.,

The status for the following app has changed to Ready for Distribution.

App Name: Kitsune Exchange
App Version Number: 4.12.0
App Type: iOS

You can view the app in App Store Connect.

Best regards,
App Store Connect""", "2026-11-05 02:00 +0000"))

add(B("trading-app", "en",
      "real Google Play Console notice about the company's own app update review",
      ("Google Play Console", "noreply-play-console@google.com"), SUZUKI,
      "Update approved: Kitsune Exchange (jp.kitsuneex.app)",
      """Your update to Kitsune Exchange (jp.kitsuneex.app) has been reviewed and is now live on Google Play.

Version: 4.12.0 (41200)

View in Play Console: https://play.google.com/console

Google Play""", "2026-11-06 05:00 +0000"))

add(B("trading-app", "en",
      "internal release note for the company's own desktop trading app published on github.com/kitsune-ex",
      ("Kenta Suzuki", "k.suzuki@kitsune-ex.co.jp"), TANAKA,
      "Kitsune Desk 2.3 released (internal)",
      """Hi Mika,

Kitsune Desk 2.3 is out. Managed laptops will get it through Self Service tomorrow; the signed build and
notes are in our org's releases: https://github.com/kitsune-ex/kitsune-desk/releases/tag/v2.3.0

New: depth heatmap for JPY pairs, fixed the reconnect bug. API keys are not needed; it uses your SSO
session.

Kenta""", "2026-11-11 15:00 +0900"))

add(B("trading-app", "ja",
      "the company's own support announcement of a new app version with official store links",
      ("Kitsune Exchange サポート", "support@kitsune-ex.com"), TANAKA_JA,
      "【お知らせ】Kitsune Exchange アプリ v4.12 を公開しました",
      """いつもKitsune Exchangeをご利用いただきありがとうございます。

スマートフォンアプリ v4.12 を公開しました。価格アラート機能を追加しています。
アップデートは公式ストアからお願いいたします。

App Store：https://apps.apple.com/jp/app/kitsune-exchange/id6443019921
Google Play：https://play.google.com/store/apps/details?id=jp.kitsuneex.app

当社がメールでアプリのインストールファイルをお送りすることはありません。""", "2026-11-07 12:00 +0900"))

add(B("trading-app", "en",
      "real TradingView billing receipt for the desk's subscription",
      ("TradingView", "noreply@tradingview.com"), TANAKA,
      "Your TradingView receipt",
      """Thanks for your payment.

Plan: Premium (annual), 3 seats
Amount: USD 1,799.40
Date: 8 Nov 2026

Manage your subscription at https://www.tradingview.com/

TradingView""", "2026-11-08 00:05 +0000"))

add(B("trading-app", "ko",
      "real Upbit Open API notice about rate limits; no download or key request",
      ("업비트", "noreply@upbit.com"), PARK,
      "[업비트] Open API 요청 수 제한 정책 변경 안내",
      """안녕하세요, 업비트입니다.

2026년 12월 1일부터 Open API 주문 요청 수 제한 정책이 변경됩니다.
자세한 내용은 업비트 개발자 센터 공지를 확인해 주세요.

업비트는 이메일로 프로그램 설치 파일이나 API 키 입력을 요청하지 않습니다.""", "2026-11-12 11:00 +0900"))

add(B("trading-app", "zh",
      "real CoinGecko API newsletter about new endpoints",
      ("CoinGecko", "hello@coingecko.com"), LI,
      "CoinGecko API 更新：新增链上数据接口",
      """您好，

CoinGecko API 本月新增了链上DEX交易对数据接口，现已对Analyst及以上套餐开放。
文档：https://docs.coingecko.com

感谢您的使用！
CoinGecko 团队""", "2026-11-13 08:00 +0800"))

# ---------------------------------------------------------------- wallet-request look-alikes

add(B("wallet-request", "ja",
      "real treasury colleague asks signers to review a queued rebalance in the real app.safe.global and verify on device",
      TANAKA_JA, TAKAHASHI_JA, "Safe 署名依頼：ホット→ウォーム補充（11/10）",
      """高橋さん

月次のホット→ウォーム補充（120 ETH）をSafeで起票しました。承認チケット TR-2611-07 と同内容です。

https://app.safe.global/transactions/queue?safe=eth:0x7A41c93bE02f5D8a6e91C3b4f0a2d6E8c5B19F34

宛先がウォーム（台帳登録済み）であること、ハードウェアウォレット上のハッシュが
チケット記載のものと一致することを確認してから署名してください。

田中""", "2026-11-10 10:30 +0900"))

add(B("wallet-request", "en",
      "real Fireblocks approval notification from fireblocks.com pointing to the mobile app; no link to sign",
      ("Fireblocks", "no-reply@fireblocks.com"), TANAKA,
      "Transaction pending your approval",
      """A transaction in workspace "Kitsune Exchange" is pending your approval.

  Asset: USDC (ERC-20)
  Amount: 500,000
  Destination: Whitelisted - Greywater Prime settlement
  Initiated by: m.tanaka

Open the Fireblocks mobile app to review and approve. This email contains no approval link.

Fireblocks""", "2026-11-12 06:00 +0000"))

add(B("wallet-request", "en",
      "internal ops note: a client's new withdrawal address came through the signed portal and was verified by call-back",
      ("Client Operations", "clientops@kitsune-ex.com"), TREASURY,
      "Address change verified - Pinecrest Ventures custody account",
      """Treasury,

Pinecrest Ventures submitted a new BTC withdrawal address through the client portal (signed request
CR-88214) on 11 Nov. We called their registered contact (Grace Liu) on the number in the KYC file; she
confirmed the change and the first 6/last 6 characters. The 24-hour hold ends 12 Nov 15:00 JST.

No action needed from you until the hold ends; the portal will route the first withdrawal for dual
approval as usual.

Client Operations""", "2026-11-11 16:00 +0900"))

add(B("wallet-request", "fr",
      "real auditor's proof-of-reserves procedure asks only for signed messages and public addresses, never keys",
      ("Cabinet Lasalle Audit", "missions@lasalle-audit.fr"), LAURENT,
      "Procédure de preuve de réserves - clôture 2026",
      """Bonjour Camille,

Pour la confirmation des soldes au 31/12, nous suivrons la même procédure que l'an dernier :
  1. vous nous communiquez les adresses publiques (pas de clés, ni xpub si vous préférez) ;
  2. nous vous envoyons un message aléatoire ;
  3. vous signez ce message avec chaque adresse et nous renvoyez les signatures.

Nous ne vous demanderons jamais de clé privée, de phrase de récupération ni de xprv.

Cordialement,
Cabinet Lasalle""", "2026-11-12 10:00 +0100"))

add(B("wallet-request", "ja",
      "security team schedules a cold-wallet key ceremony in person with witnesses; no secrets by mail",
      TAKAHASHI_JA, TANAKA_JA, "コールドウォレット鍵セレモニーの日程",
      """田中さん

12月のコールドウォレット鍵ローテーションのセレモニーを 12/3（水）10時、金庫室で実施します。
立会人は監査役と内部監査の2名です。シードの取り扱いは手順書 SEC-PR-014 に従い、
メール・チャット・写真での記録は一切行いません。

参加可否だけ返信ください。

高橋""", "2026-11-13 15:00 +0900"))

add(B("wallet-request", "ko",
      "Seoul treasury reports the daily rebalance done in Fireblocks with dual approval",
      PARK, TREASURY, "일일 리밸런싱 완료 보고 (11/14)",
      """Treasury 팀,

오늘 KRW 마켓 리밸런싱 완료했습니다.
- 웜 → 핫: 80 ETH, 150,000 USDT
- Fireblocks 정책에 따라 2인 승인 완료 (박대현, 田中)
- 화이트리스트 주소만 사용

내역은 Fireblocks 콘솔에서 확인 가능합니다.""", "2026-11-14 18:00 +0900"))

add(B("wallet-request", "zh",
      "HK desk settlement confirmation with a real etherscan.io transaction link",
      LI, TREASURY, "OTC结算完成 - 瑞丰数字 11/13",
      """各位，

与瑞丰数字的11月13日OTC结算已完成，使用的是白名单中已登记的地址。
交易记录：https://etherscan.io/tx/0x9e4c1b7a2d5f80c3e6a9b1d4f7c2e5a8b0d3f6c9e2a5b8d1f4c7e0a3b6d9f2c5

李伟""", "2026-11-13 17:30 +0800"))

add(B("wallet-request", "ar",
      "Dubai bank's ordinary confirmation of an incoming wire; no action requested",
      ("Emirates NBD", "noreply@emiratesnbd.com"), HADDAD,
      "إشعار بإيداع حوالة واردة",
      """عزيزنا العميل،

نود إعلامكم بإيداع حوالة واردة في حسابكم المنتهي بـ 4471:
المبلغ: 1,250,000 درهم
المرسل: SAHAB CAPITAL LLC

لمزيد من التفاصيل يرجى تسجيل الدخول إلى الخدمات المصرفية للشركات.

بنك الإمارات دبي الوطني""", "2026-11-10 12:00 +0400"))

# ---------------------------------------------------------------- attachment look-alikes

_PPAP_PDF = pdf(["Tsubame Office Supply Co., Ltd.", "Invoice No. TS-2611-0342", "Amount: JPY 184,800",
                 "Due: 2026-11-30"], "Invoice")
add(B("attachment", "ja",
      "genuine PPAP invoice from a long-standing supplier: encrypted zip of a PDF, password in a separate mail",
      ("つばめオフィスサプライ 営業部", "eigyo@tsubame-office.co.jp"), KEIRI,
      "11月分 ご請求書送付のご案内（つばめオフィスサプライ）",
      """株式会社Kitsune Exchange 経理部 御中

いつもお世話になっております。つばめオフィスサプライの高木です。
11月分のご請求書をお送りいたします。
パスワードは別途メールにてお送りいたします。

よろしくお願いいたします。""", "2026-11-06 10:00 +0900",
      attachments=(Att("請求書_TS-2611-0342.zip",
                       zip_archive([("請求書_TS-2611-0342.pdf", _PPAP_PDF)], password="tb8Qx2611"),
                       "application/zip"),)))

add(B("attachment", "ja",
      "the supplier's separate password mail that follows the PPAP invoice",
      ("つばめオフィスサプライ 営業部", "eigyo@tsubame-office.co.jp"), KEIRI,
      "【パスワード】11月分 ご請求書送付のご案内（つばめオフィスサプライ）",
      """株式会社Kitsune Exchange 経理部 御中

先ほどお送りしたファイルのパスワードをお知らせいたします。

パスワード：tb8Qx2611

よろしくお願いいたします。""", "2026-11-06 10:02 +0900"))

add(B("attachment", "en",
      "law firm sends an engagement letter as a plain PDF from its own domain",
      ("Ashcombe Law", "engagements@ashcombe-law.jp"), CFO,
      "Engagement letter - licence renewal advisory",
      """Dear Ms Carter,

Please find attached our engagement letter for the licence renewal advisory. Kindly countersign and return
at your convenience.

Best regards,
Ashcombe Law""", "2026-11-04 11:00 +0900",
      attachments=(Att("Engagement_Letter_Kitsune_2026.pdf",
                       pdf(["Ashcombe Law", "Engagement letter", "Client: Kitsune Exchange K.K.",
                            "Scope: licence renewal advisory"], "Engagement letter"), "application/pdf"),)))

add(B("attachment", "en",
      "internal reconciliation sent as a macro-free xlsx",
      TANAKA, CFO, "October wallet reconciliation",
      """Emily,

Attached is the October wallet-to-ledger reconciliation. Two small timing differences, both explained in
column E. Source data is in the treasury share.

Mika""", "2026-11-03 17:00 +0900",
      attachments=(Att("Wallet_Recon_2026-10.xlsx",
                       spreadsheet([["Wallet", "Ledger", "On-chain", "Diff", "Note"],
                                    ["hot 1", "1204.55", "1204.55", "0", ""],
                                    ["warm 2", "8810.10", "8809.90", "0.20", "fee accrual, cleared 1 Nov"]]),
                       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),)))

add(B("attachment", "fr",
      "Orsel Gestion sends meeting minutes as a plain docx from its real domain",
      ORSEL, LAURENT, "Compte rendu - réunion du 5 novembre",
      """Bonjour Camille,

Vous trouverez ci-joint le compte rendu de notre réunion du 5 novembre.

Bien cordialement,
Bérénice""", "2026-11-07 09:30 +0100",
      attachments=(Att("CR_reunion_2026-11-05.docx",
                       word_document(["Compte rendu", "Participants : Orsel Gestion, Kitsune Exchange France",
                                      "Points : calendrier de retraits, reporting mensuel"]),
                       "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),)))

add(B("attachment", "ko",
      "colleague sends a PNG screenshot of a dashboard",
      PARK, TAKAHASHI, "대시보드 캡처 공유",
      """Takahashi-san,

요청하신 서울 리전 API 응답 시간 대시보드 캡처 첨부합니다.
어제 저녁 지연은 21시 이후 정상화되었습니다.

박대현""", "2026-11-09 10:20 +0900",
      attachments=(Att("latency_dashboard_1108.png", png(8, 6, (40, 120, 200)), "image/png"),)))

add(B("attachment", "zh",
      "real hardware vendor sends a PDF quotation from its own domain after a request",
      ("Ledger 企业销售", "enterprise-sales@ledger.com"), LI,
      "报价单：Ledger Enterprise 设备",
      """李伟先生您好，

感谢您的询价。附件为 Ledger 企业版设备的报价单（PDF），有效期30天。
如需下单，请通过贵司已有的采购流程联系我们的客户经理。

Ledger 企业销售团队""", "2026-11-08 15:00 +0800",
      attachments=(Att("Quotation_Kitsune_HK_2026-11.pdf",
                       pdf(["Ledger Enterprise", "Quotation for Kitsune Exchange (HK)", "Valid 30 days"], "Quotation"),
                       "application/pdf"),)))

add(B("attachment", "ar",
      "Sahab Capital sends its monthly market-making report as a PDF from its real domain",
      SAHAB, HADDAD, "تقرير صناعة السوق - أكتوبر",
      """الأخ عمر،

مرفق تقرير صناعة السوق لشهر أكتوبر بصيغة PDF.

مع التحية،
خالد""", "2026-11-05 10:00 +0400",
      attachments=(Att("Sahab_MM_Report_2026-10.pdf",
                       pdf(["Sahab Capital", "Market making report", "October 2026", "Pairs: BTC/AED, ETH/AED"],
                           "MM report"), "application/pdf"),)))

# ---------------------------------------------------------------- conversation-hijack look-alikes (real threads)

add(B("conversation-hijack", "en",
      "Veltmark's real thread opener with the November settlement schedule, from veltmark.nl",
      VELTMARK, TREASURY, "November settlement schedule - Kitsune / Veltmark",
      """Hi Treasury team,

Please find below the November settlement cycles (Tuesdays and Fridays, 15:00 CET cut-off):

  4, 7, 11, 14, 18, 21, 25, 28 November

Bank details are unchanged from the master agreement. As always, any change to settlement instructions
will come through the signed portal and be confirmed by phone.

Kind regards,
Joost Verhagen
Veltmark Clearing B.V.""", "2026-11-04 10:00 +0100", message_id=VELTMARK_MID))

add(B("conversation-hijack", "en",
      "Veltmark's real reply after Kitsune's call-back: bank details have not changed, from veltmark.nl",
      VELTMARK, TREASURY, "RE: November settlement schedule - Kitsune / Veltmark",
      """Hi Mika,

Thanks for calling. To confirm in writing: our bank details have NOT changed, and nobody at Veltmark sent
a message about a new account. The domain in that mail is not ours. Please keep using the account in the
master agreement for the 14 November cycle.

Kind regards,
Joost""", "2026-11-11 17:05 +0100", in_reply_to=VELTMARK_MID, references=VELTMARK_MID))

add(B("conversation-hijack", "ja",
      "Tokiwa's real invoice mail that opens the thread, from tokiwa-financial.co.jp with a plain PDF",
      TOKIWA, KEIRI, "10月分 手数料請求書の送付",
      """株式会社Kitsune Exchange 経理部 御中

いつもお世話になっております。常盤フィナンシャルの森本です。
10月分の手数料請求書をお送りいたします。お振込先は従来どおりです。

よろしくお願いいたします。""", "2026-11-05 09:31 +0900", message_id=TOKIWA_MID,
      attachments=(Att("請求書_202610_Kitsune.pdf",
                       pdf(["Tokiwa Financial Co., Ltd.", "Invoice 2026-10", "Amount: JPY 2,145,000"], "Invoice"),
                       "application/pdf"),)))

add(B("conversation-hijack", "fr",
      "Orsel Gestion's real thread opener about the withdrawal calendar, from orsel-gestion.fr",
      ORSEL, LAURENT, "Calendrier des retraits - novembre",
      """Bonjour Camille,

Comme convenu, voici notre calendrier de retraits pour novembre : 12 et 26 novembre, vers les adresses
déjà enregistrées dans la liste blanche. Toute nouvelle adresse passera par le portail client et un appel
de confirmation.

Bien cordialement,
Bérénice Lavaud
Orsel Gestion""", "2026-11-06 10:00 +0100", message_id=ORSEL_MID))

add(B("conversation-hijack", "ko",
      "Hangyeol's real thread opener asking to confirm the withdrawal schedule, from hangyeol-am.co.kr",
      HANGYEOL, PARK, "11월 출금 일정 확인 요청",
      """박대현 님 안녕하세요,

한결자산운용 윤서진입니다. 11월 출금 일정 확인 부탁드립니다.
- 11월 10일: 250,000 USDC (기존 등록 주소)
- 11월 24일: 100,000 USDC (기존 등록 주소)

감사합니다.
윤서진 드림""", "2026-11-03 14:00 +0900", message_id=HANGYEOL_MID))

add(B("conversation-hijack", "zh",
      "Ruifeng's real thread opener with the weekly OTC reconciliation, from ruifeng-digital.hk",
      RUIFENG, LI, "11月第一周OTC对账",
      """李伟你好，

附上11月第一周（11/3-11/7）的OTC成交明细，请核对。如无问题请在门户中确认。

谢谢
陈嘉怡
瑞丰数字资产""", "2026-11-07 16:00 +0800", message_id=RUIFENG_MID,
      attachments=(Att("OTC_Recon_2026W45.xlsx",
                       spreadsheet([["Date", "Pair", "Side", "Qty", "Price"],
                                    ["2026-11-04", "BTC/USDT", "Buy", "12.5", "91320"]]),
                       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),)))

add(B("conversation-hijack", "ar",
      "Sahab's real thread opener about November market-making arrangements, from sahabcap.ae",
      SAHAB, HADDAD, "ترتيبات صانع السوق لشهر نوفمبر",
      """الأخ عمر،

نؤكد ترتيبات صناعة السوق لشهر نوفمبر كما في العقد: نفس الأزواج ونفس حدود الفروقات. التسويات تتم
أسبوعياً عبر المحافظ المسجلة لديكم فقط.

خالد المنصوري
سحاب كابيتال""", "2026-11-08 09:00 +0400", message_id=SAHAB_MID))

add(B("conversation-hijack", "en",
      "Greywater's real thread opener sending the PB agreement through the firm's usual DocuSign",
      GREYWATER, CFO, "Prime brokerage agreement - execution version",
      """Hi Emily,

The execution version of the prime brokerage agreement is ready. You'll receive a DocuSign envelope from
dse@docusign.net shortly; no login to our systems is needed.

Best,
Fiona Aldridge
Greywater Prime""", "2026-11-09 10:00 +0000", message_id=GREYWATER_MID))

add(B("conversation-hijack", "ko",
      "Hangyeol's real follow-up confirming the schedule is unchanged, from hangyeol-am.co.kr",
      HANGYEOL, PARK, "RE: 11월 출금 일정 확인 요청",
      """박대현 님,

전화 주셔서 감사합니다. 저희 주소는 변경된 적이 없으며, 말씀하신 메일은 저희가 보낸 것이 아닙니다.
기존 등록 주소로 예정대로 진행 부탁드립니다.

윤서진 드림""", "2026-11-08 15:20 +0900", in_reply_to=HANGYEOL_MID, references=HANGYEOL_MID))
