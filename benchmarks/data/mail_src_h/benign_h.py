"""Set H benign look-alikes: real mail an exchange receives that resembles the lures (hand-written,
our own wording; real third parties' mail is not their template)."""

from __future__ import annotations

from binaries import ics, pdf, spreadsheet, word_document, zip_archive
from people import (ALL_STAFF, CAREERS, CEO, CEO_JA, CFO, HADDAD, ITO_JA, KEIRI, LAURENT, LI, PARK,
                    SUPPORT, SUZUKI, SUZUKI_JA, TAKAHASHI, TAKAHASHI_JA, TANAKA, TANAKA_JA, TREASURY)
from spec import Att, Mail
from threads_h import (SHIOMI, HENGTAI, MID_SHIOMI, MID_HENGTAI, MID_RIVOLET, MID_SAEBYEOL, MID_THORNBURY,
                       MID_WADINOOR, RIVOLET, SAEBYEOL, THORNBURY, WADINOOR)


def B(category: str, language: str, note: str, sender: tuple[str, str], to: tuple[str, str], subject: str,
      body: str, date: str, **kw) -> Mail:
    return Mail("benign", category, language, note, sender, (to,), subject, body, date, **kw)


BENIGN: list[Mail] = []
add = BENIGN.append

# -- exec-impersonation look-alikes: the real executives, from their real addresses ------------------

add(B("exec-impersonation", "ja",
      "the real CEO from his own address asks for board documents to be uploaded to the usual internal drive",
      CEO_JA, ITO_JA, "取締役会資料の件（至急）",
      """伊藤さん

お疲れさまです。明日の臨時取締役会の資料、今日の18時までに社内の取締役会フォルダ
（https://drive.kitsune-ex.co.jp/board/2026-11）にアップしてもらえますか。
急ぎで申し訳ないですが、印鑑証明などの原本は不要です。総務の確認も通常どおりでお願いします。

佐藤""", "2026-11-02 09:40 +0900"))

add(B("exec-impersonation", "en",
      "the real CFO from her address asks treasury for a policy change through the normal ticket and security review",
      CFO, TANAKA, "Year-end rebalancing - please raise a policy change ticket",
      """Mika,

For the year-end rebalancing with the two market makers we will need a temporary higher daily cap on hot
wallet 1. Please raise a change ticket (TREAS-CHG) so security can review it; I'll approve in the
Fireblocks console once Sho has signed off. If the review doesn't finish in time we simply split the
transfers over two days.

And as always: if anyone, including me, asks you to skip the review by mail or chat, call me first.

Emily""", "2026-11-03 10:05 +0900"))

add(B("exec-impersonation", "en",
      "the real CEO's travel notice restates that he never asks for transfers or credentials by mail",
      CEO, ALL_STAFF, "Travelling 4-8 Nov (Singapore, Seoul)",
      """Hi all,

I'll be in Singapore and Seoul from 4 to 8 November for meetings with partners. Yuki has my schedule.

Reminder while I'm away: I will never ask anyone by mail, chat or phone to move funds, share passwords,
MFA codes or keys, or skip an approval. If you receive such a request "from me", report it to
security@kitsune-ex.co.jp.

Haruto""", "2026-11-03 18:00 +0900"))

add(B("exec-impersonation", "ja",
      "security team announces a CEO-impersonation drill from its own address",
      TAKAHASHI_JA, ALL_STAFF, "【セキュリティ】なりすましメール訓練の実施について",
      """社員各位

セキュリティ担当の高橋です。11月中旬に、経営陣を装ったメールへの対応訓練を実施します。
訓練メールは社外のアドレスから届きます。「社長から急ぎの送金依頼」「CFOから個人アドレスで連絡」
などを受け取った場合は、リンクを開かず、報告ボタンで報告してください。

訓練の結果は個人評価には使いません。

高橋""", "2026-11-04 10:00 +0900"))

add(B("exec-impersonation", "fr",
      "the real CFO from her address asks the Paris office to prepare a payment that will go through dual approval",
      CFO, LAURENT, "Paiement des honoraires d'avocats - circuit habituel",
      """Bonjour Camille,

La facture du cabinet Lefort Lefèvre & Associés Associés pour l'enregistrement PSAN est arrivée (42 300 EUR). Pouvez-vous
préparer le virement dans l'outil de paiement ? Je le validerai avec Haruto en double approbation.
Les coordonnées bancaires sont celles du référentiel fournisseurs ; si elles ont changé, on appelle
le cabinet au numéro du contrat avant toute modification.

Merci,
Emily""", "2026-11-05 10:30 +0100"))

add(B("exec-impersonation", "ko",
      "the real CEO from his address thanks the Seoul office and points to the usual approval system",
      CEO, PARK, "서울 미팅 감사합니다",
      """박대현 팀장님,

어제 서울 파트너 미팅 준비 감사했습니다. 논의된 송금 건은 평소처럼 결재 시스템에 올려 주세요.
제가 메일로 계좌나 OTP를 요청하는 일은 없으니 혹시 그런 메일을 받으면 보안팀에 바로 알려 주세요.

사토 하루토""", "2026-11-07 19:00 +0900"))

add(B("exec-impersonation", "zh",
      "the real CFO from her address asks the HK desk to review quote sheet templates through the normal change process",
      CFO, LI, "报价单模板更新",
      """李伟你好，

合规部更新了报价单模板的免责声明，请在下周的变更评审里一起看一下。收款地址不变，
任何地址变更都必须走双人复核并在 Fireblocks 白名单里完成，不接受邮件或聊天里的更改。

Emily""", "2026-11-08 09:30 +0800"))

add(B("exec-impersonation", "ar",
      "the real CEO from his address confirms an event sponsorship that procurement will pay by invoice",
      CEO, HADDAD, "رعاية مؤتمر دبي",
      """عمر، مرحباً

وافقنا على رعاية مؤتمر دبي للأصول الرقمية. سيرسل المنظم فاتورة رسمية باسم الشركة إلى قسم المشتريات،
ويتم الدفع بعد الموافقة المزدوجة كالمعتاد. لا حاجة لأي تحويل من جهتك.

هاروتو""", "2026-11-09 10:00 +0400"))

# -- vendor-impersonation look-alikes: genuine vendor mail ------------------------------------------

add(B("vendor-impersonation", "en",
      "genuine Fireblocks release notice from fireblocks.com pointing to the Play Store and the real console",
      ("Fireblocks", "no-reply@fireblocks.com"), TANAKA, "Fireblocks mobile app 5.3 now available",
      """Hello,

Version 5.3 of the Fireblocks mobile app is available in the Apple App Store and Google Play. It adds
clearer transaction previews for contract calls. Update through your device's app store as usual;
Fireblocks never distributes the app as a direct download.

Release notes are in the console: https://console.fireblocks.io/v2/release-notes

The Fireblocks team""", "2026-11-02 15:00 +0000"))

add(B("vendor-impersonation", "en",
      "genuine Safe newsletter from safe.global about a UI release, no signing request",
      ("Safe", "newsletter@safe.global"), TREASURY, "What's new in Safe{Wallet} this month",
      """Hi,

This month's Safe{Wallet} release brings:
- clearer decoding of multiSend batches in the transaction queue
- warnings when a transaction changes owners, threshold, modules or the fallback handler
- a new address-book import for teams

Safe will never ask you to sign a "migration" transaction by email. Read more:
https://safe.global/blog

The Safe team""", "2026-11-03 12:00 +0000"))

add(B("vendor-impersonation", "en",
      "genuine GitHub security alert from github.com about a new SSH key, pointing to github.com settings",
      ("GitHub", "noreply@github.com"), SUZUKI, "[GitHub] A new SSH authentication public key was added to your account",
      """Hey k-suzuki!

A new SSH key ("kenta-mbp-2026") was added to your account.
If you did not add this key, remove it at https://github.com/settings/keys and review your
security log at https://github.com/settings/security-log.

Thanks,
The GitHub Team""", "2026-11-04 01:10 +0000"))

add(B("vendor-impersonation", "en",
      "genuine Okta admin notice from okta.com about a scheduled maintenance window",
      ("Okta", "noreply@okta.com"), TAKAHASHI, "Scheduled maintenance for kitsune-ex.okta.com",
      """Hello,

Maintenance for your org kitsune-ex.okta.com is scheduled for 15 November 2026, 18:00-18:30 UTC.
No action is required. Details: https://status.okta.com

Okta""", "2026-11-05 09:00 +0000"))

add(B("vendor-impersonation", "ja",
      "genuine Atlassian invoice notice from atlassian.com in Japanese",
      ("Atlassian", "noreply@am.atlassian.com"), KEIRI, "Atlassian 請求書のお知らせ（Jira Software Cloud）",
      """ご担当者様

Jira Software Cloud（kitsune-ex.atlassian.net）の 2026年11月分の請求書を発行しました。
請求書は管理画面（https://admin.atlassian.com）の「請求」からご確認いただけます。

Atlassian""", "2026-11-06 03:00 +0000"))

add(B("vendor-impersonation", "ko",
      "genuine Cloudflare notice from cloudflare.com about domain auto-renewal (Korean)",
      ("Cloudflare", "noreply@notify.cloudflare.com"), PARK, "도메인 자동 갱신 예정 안내",
      """안녕하세요,

kitsune-ex.com 도메인이 2026년 12월 1일 자동 갱신될 예정입니다. 별도 조치는 필요하지 않습니다.
설정은 https://dash.cloudflare.com 에서 확인하실 수 있습니다.

Cloudflare""", "2026-11-07 02:00 +0000"))

add(B("vendor-impersonation", "zh",
      "genuine AWS billing notice from amazonaws.com (Chinese)",
      ("Amazon Web Services", "no-reply-aws@amazon.com"), LI, "AWS 账单提醒：2026 年 10 月账单已出",
      """您好，

您的 AWS 账户（kitsune-hk-prod）2026 年 10 月的账单已生成。请登录 AWS 管理控制台的
Billing and Cost Management 查看：https://console.aws.amazon.com/billing/

Amazon Web Services""", "2026-11-08 01:00 +0000"))

add(B("vendor-impersonation", "fr",
      "genuine Google Workspace admin notice from google.com (French)",
      ("Google Workspace", "workspace-noreply@google.com"), LAURENT, "Nouvelles fonctionnalités de sécurité dans la console d'administration",
      """Bonjour,

De nouveaux paramètres de protection contre l'hameçonnage sont disponibles pour votre domaine
kitsune-ex.com. Vous pouvez les examiner dans la console d'administration :
https://admin.google.com

L'équipe Google Workspace""", "2026-11-09 08:00 +0000"))

add(B("vendor-impersonation", "ar",
      "genuine Slack notice from slack.com about a Slack Connect invitation (Arabic)",
      ("Slack", "feedback@slack.com"), HADDAD, "دعوة Slack Connect من Wadi Noor Brokerage",
      """مرحباً عمر،

دعتك شركة Wadi Noor Brokerage للانضمام إلى قناة مشتركة عبر Slack Connect. يمكن لمسؤول مساحة العمل
لديكم قبول الدعوة أو رفضها من https://app.slack.com

Slack""", "2026-11-10 06:00 +0000"))

# -- lookalike-link look-alikes: real links on the org's and vendors' real domains -------------------

add(B("lookalike-link", "en",
      "real IT notice about VPN certificate renewal on the org's own domain",
      ("Kitsune IT Helpdesk", "it-helpdesk@kitsune-ex.co.jp"), ALL_STAFF, "VPN certificate renewal (automatic, 14 Nov)",
      """Hi all,

VPN client certificates issued in 2025 will be renewed automatically by the device-management agent on
14 November. You don't need to do anything and you will not be asked for your password. Status page:
https://it.kitsune-ex.co.jp/status

If a page or mail asks you to "enrol" your VPN certificate with your password, report it.

IT Helpdesk""", "2026-11-02 10:00 +0900"))

add(B("lookalike-link", "ja",
      "real general-affairs notice about health checks linking to the company's own intranet",
      ("総務部", "soumu@kitsune-ex.co.jp"), ALL_STAFF, "【総務】定期健康診断の予約について",
      """社員各位

定期健康診断の予約は、社内ポータル（https://portal.kitsune-ex.co.jp/kenshin）から受け付けます。
社外のサイトでパスワードを入力するよう求めることはありません。

総務部""", "2026-11-03 11:00 +0900"))

add(B("lookalike-link", "en",
      "security digest that lists this week's lookalike domains defanged",
      TAKAHASHI, ALL_STAFF, "Security digest: lookalike domains seen this week",
      """Hi all,

Domains we blocked this week (defanged, do not visit):
- kitsune-ex[.]or[.]jp and kitsune-exs[.]co[.]jp (fake IT and HR pages)
- app[.]xn--afe-ehd[.]global (Cyrillic letter in "safe")
- console[.]fireblocks[.]ai
Our real apps are only on kitsune-ex.co.jp, kitsune-ex.com, app.safe.global and console.fireblocks.io.

Sho""", "2026-11-06 17:00 +0900"))

add(B("lookalike-link", "en",
      "unrelated design studio with a similar name writes from its own domain about a logo inquiry",
      ("Kitsune Design Studio", "hello@kitsune-design.jp"), SUPPORT, "Re: logo usage inquiry",
      """Hello,

We received a message meant for you (someone confused our names). We are a small design studio in
Fukuoka and have no relation to your exchange. We have told the sender to contact you directly.

Best regards,
Kitsune Design Studio""", "2026-11-08 13:00 +0900"))

add(B("lookalike-link", "ko",
      "real HR year-end tax notice from the org's own domain linking to the real intranet (Korean)",
      ("인사팀", "hr@kitsune-ex.com"), PARK, "2026년 연말정산 일정 안내",
      """서울사무소 여러분,

연말정산 간소화 자료는 1월 중 사내 포털(https://portal.kitsune-ex.com/hr/yearend)에서 받습니다.
11월에는 제출할 자료가 없으니 다른 사이트에서 요청이 오면 보안팀에 알려 주세요.

인사팀""", "2026-11-09 10:00 +0900"))

add(B("lookalike-link", "zh",
      "real HK admin notice from the org's own domain about year-end bonus (Chinese)",
      ("Kitsune HK 行政部", "admin@kitsune-ex.com"), LI, "年终花红发放时间",
      """各位同事：

年终花红将于 12 月 20 日随薪资一并发放，无需另行提交资料。如需更新银行账户，请在公司人事系统
（https://hr.kitsune-ex.com）内操作并经人事部电话确认。

行政部""", "2026-11-10 10:00 +0800"))

add(B("lookalike-link", "fr",
      "real Paris HR message from the org's own domain about meal-voucher cards (French)",
      ("Ressources Humaines Paris", "rh@kitsune-ex.com"), LAURENT, "Cartes titres-restaurant 2027",
      """Bonjour à tous,

Les nouvelles cartes titres-restaurant seront distribuées au bureau le 2 décembre. Aucune démarche en
ligne n'est nécessaire.

Service RH""", "2026-11-11 09:00 +0100"))

# -- recruiter look-alikes ---------------------------------------------------------------------------

add(B("recruiter-coding-test", "en",
      "the company's own careers team sends a HackerRank test in the browser, no local install",
      CAREERS, ("Rina Okabe", "rina.okabe.dev@gmail.com"), "Kitsune Exchange - online coding test",
      """Hi Rina,

Thank you for applying for the Backend Engineer role. The next step is a 60-minute coding test on
HackerRank, which runs entirely in your browser:
https://www.hackerrank.com/test/kx-backend-2026

You don't need to install or run anything on your computer. Questions: reply to this mail.

Kitsune Exchange Careers""", "2026-11-02 11:00 +0900"))

add(B("recruiter-coding-test", "en",
      "Randstad recruiter from randstad.co.jp introducing a role, interview by Teams, no code to run",
      ("Ken Ogawa | Randstad", "ken.ogawa@randstad.co.jp"), SUZUKI, "Senior Backend role at a Tokyo fintech",
      """Hi Kenta,

I'm a consultant at Randstad Professionals. A Tokyo fintech client is hiring a senior backend engineer
(Go, Postgres). If you're interested, I'd suggest a 20-minute Teams call; the client's technical
interview is a live pairing session on their side, nothing to install.

Best regards,
Ken Ogawa""", "2026-11-03 12:30 +0900"))

add(B("recruiter-coding-test", "ja",
      "internal onboarding mail with npm ci / docker compose on the company's own GitHub org",
      SUZUKI_JA, ("新人エンジニア 山口", "t.yamaguchi@kitsune-ex.co.jp"), "開発環境のセットアップ手順",
      """山口さん

入社おめでとうございます。開発環境は以下の手順でセットアップしてください。

  git clone git@github.com:kitsune-ex/exchange-api.git
  cd exchange-api && npm ci
  docker compose up -d db

会社支給の PC で、社内の README に従って進めてください。わからない点は #dev-onboarding へ。

鈴木""", "2026-11-04 10:00 +0900"))

add(B("recruiter-coding-test", "en",
      "candidate shares their own public portfolio repo for reviewers to read, not to run",
      ("Rina Okabe", "rina.okabe.dev@gmail.com"), CAREERS, "Re: Kitsune Exchange - online coding test",
      """Hello,

Thank you, I completed the HackerRank test. In case it helps the reviewers, my public work is at
https://github.com/rinaokabe/order-matching-notes (a write-up with code samples). There's nothing to
install; the README explains the design.

Best regards,
Rina Okabe""", "2026-11-05 20:00 +0900"))

add(B("recruiter-coding-test", "ko",
      "Wanted recruiter notice from wanted.co.kr with an in-platform assessment (Korean)",
      ("원티드", "noreply@wanted.co.kr"), PARK, "[원티드] 포지션 제안이 도착했습니다",
      """박대현님, 새로운 포지션 제안이 도착했습니다.

회사: 서울 소재 핀테크 기업
포지션: 백엔드 리드

제안 내용은 원티드 앱 또는 https://www.wanted.co.kr 에서 확인하실 수 있습니다.

원티드""", "2026-11-06 09:00 +0900"))

add(B("recruiter-coding-test", "fr",
      "Welcome to the Jungle notification of a message from a recruiter (French)",
      ("Welcome to the Jungle", "notifications@welcometothejungle.com"), LAURENT, "Nouveau message d'un recruteur",
      """Bonjour Camille,

Vous avez reçu un nouveau message d'un recruteur pour le poste « Head of Operations ». Consultez-le sur
https://www.welcometothejungle.com/fr/me/messages

L'équipe Welcome to the Jungle""", "2026-11-07 08:30 +0100"))

add(B("recruiter-coding-test", "zh",
      "HK colleague forwards a real interview schedule from a headhunter with a video interview, nothing to install (Chinese)",
      LI, ("Kitsune HK 招聘", "hk-careers@kitsune-ex.com"), "候选人面试安排",
      """你好，

候选人张先生的面试安排如下：11 月 12 日下午 3 点，Teams 视频面试，面试题由我们在会议中现场出题，
候选人不需要提前安装任何东西。会议邀请稍后由系统发出。

李伟""", "2026-11-08 15:00 +0800"))

add(B("recruiter-coding-test", "ar",
      "internal HR in Dubai confirms a live technical interview on Teams (Arabic)",
      ("الموارد البشرية - دبي", "hr-dubai@kitsune-ex.com"), HADDAD, "مقابلة تقنية للمرشح",
      """عمر، مرحباً

تم تحديد موعد المقابلة التقنية للمرشح يوم الخميس الساعة 2 ظهراً عبر Microsoft Teams.
سيتم حل التمرين مباشرة أثناء المقابلة، ولا يُطلب من المرشح تشغيل أي كود على جهازه.

الموارد البشرية""", "2026-11-09 09:00 +0400"))

# -- investor-meeting look-alikes: real meeting invites ------------------------------------------------

add(B("investor-meeting-install", "en",
      "real Zoom invitation on zoom.us from a known investor",
      ("Laura Fennimore | Pinefield Ventures", "laura.fennimore@pinefield.vc"), CEO, "Pinefield x Kitsune - Zoom details",
      """Hi Haruto,

Thursday 10:00 JST works. Zoom link:
https://us02web.zoom.us/j/84120937715?pwd=Rk9aV2

Talk then,
Laura""", "2026-11-02 16:00 +0000"))

add(B("investor-meeting-install", "en",
      "real Microsoft Teams invitation with an .ics from a known investor",
      ("Tom Reyes | Eastgate Capital", "tom.reyes@eastgate-capital.com"), CFO, "Invitation: Kitsune Q4 update",
      """Emily,

Invitation for our Q4 update attached. Join on Teams:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA3YzEx%40thread.v2/0

Tom""", "2026-11-03 09:00 +0000",
      attachments=(Att("invite.ics", ics("Kitsune Q4 update", "20261110T010000Z", "20261110T020000Z",
                                         "tom.reyes@eastgate-capital.com", "emily.carter@kitsune-ex.com",
                                         "Microsoft Teams Meeting", "q4-eastgate-kitsune"), "text/calendar"),)))

add(B("investor-meeting-install", "ja",
      "real Google Meet invitation from a Japanese VC",
      ("風見ベンチャーズ 井上", "inoue@kazami-ventures.jp"), CEO_JA, "面談のご案内（Google Meet）",
      """佐藤様

11月7日（金）15:00 からの面談は Google Meet で行います。
https://meet.google.com/kxq-bwdr-tpa

ブラウザからそのままご参加いただけます。

井上""", "2026-11-04 11:00 +0900"))

add(B("investor-meeting-install", "en",
      "internal IT notice: update Zoom only from zoom.us or the company portal",
      ("Kitsune IT Helpdesk", "it-helpdesk@kitsune-ex.co.jp"), ALL_STAFF, "Zoom / Teams updates - where to get them",
      """Hi all,

Zoom and Teams update themselves on company laptops. If a meeting page asks you to download a "plugin",
"SDK", or "secure client", don't. Close it and tell us. Official sources only: zoom.us, the Microsoft
Store and our Self Service portal.

IT Helpdesk""", "2026-11-05 09:30 +0900"))

add(B("investor-meeting-install", "ko",
      "real Webex invitation from a Korean investor",
      ("강지훈 | 한울파트너스", "jihoon.kang@hanul-partners.co.kr"), PARK, "투자 미팅 Webex 링크",
      """박대현 팀장님,

11월 11일 오전 10시 미팅 링크 보내드립니다.
https://hanulpartners.webex.com/meet/jihoon.kang

브라우저로도 바로 참여 가능합니다.

강지훈 드림""", "2026-11-06 17:00 +0900"))

add(B("investor-meeting-install", "zh",
      "real Tencent Meeting (VooV) invitation on meeting.tencent.com, no download needed",
      ("林振宇 | 北辰资本", "zhenyu.lin@beichen-capital.com"), LI, "会议邀请：季度沟通",
      """李先生您好，

邀请您参加腾讯会议：
会议主题：季度沟通
时间：2026/11/12 10:00-11:00 (GMT+08:00)
点击链接入会：https://meeting.tencent.com/dm/Xk2mQ8vPz
可以直接在浏览器中入会。

林振宇""", "2026-11-07 18:00 +0800"))

add(B("investor-meeting-install", "fr",
      "real Zoom invitation from a French investor",
      ("Claire Dumont - Fonds Aubrac", "c.dumont@fonds-aubrac.fr"), LAURENT, "Réunion investisseurs - lien Zoom",
      """Bonjour Camille,

Voici le lien pour jeudi 15 h :
https://us06web.zoom.us/j/86620418837

À jeudi,
Claire Dumont""", "2026-11-08 12:00 +0100"))

add(B("investor-meeting-install", "ar",
      "real Teams invitation from a Gulf investor (Arabic)",
      ("نورة الشامسي - صندوق الغاف", "noura@ghaf-fund.ae"), HADDAD, "دعوة اجتماع عبر Teams",
      """عمر، مرحباً

رابط اجتماع الغد الساعة 11 صباحاً:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2QxNz%40thread.v2/0

يمكنك الانضمام من المتصفح مباشرة.

نورة""", "2026-11-10 15:00 +0400"))

# -- trading-app look-alikes --------------------------------------------------------------------------

add(B("trading-app", "en",
      "the company's own app release announcement linking to the App Store and Google Play",
      SUPPORT, ("Kitsune customers", "announce@kitsune-ex.com"), "Kitsune Exchange app 4.2 is out",
      """Hello,

Version 4.2 of the Kitsune Exchange app is available:
- iOS: https://apps.apple.com/jp/app/kitsune-exchange/id6470012345
- Android: https://play.google.com/store/apps/details?id=com.kitsuneex.app

We never send app files by mail, chat or direct download. Always install from these stores.

Kitsune Exchange Support""", "2026-11-03 12:00 +0900"))

add(B("trading-app", "ja",
      "internal desk note: the analytics tool is built from the company's own GitHub release",
      TANAKA_JA, ("トレーディングデスク", "desk@kitsune-ex.co.jp"), "スプレッド分析ツールの更新",
      """デスクの皆さん

社内のスプレッド分析ツール v1.8 をリリースしました。社内 GitHub のリリースページ
（https://github.com/kitsune-ex/spread-analytics/releases）から、IT 管理のセルフサービス経由で
インストールしてください。社外から送られてくるツールは使わないでください。

田中""", "2026-11-05 17:00 +0900"))

add(B("trading-app", "en",
      "TradingView product newsletter from tradingview.com",
      ("TradingView", "noreply@tradingview.com"), LAURENT, "New on TradingView: multi-chart sync",
      """Hi,

You can now sync drawings across multiple charts in a layout. Try it on the web or in the desktop app
(download only from https://www.tradingview.com/desktop/).

The TradingView team""", "2026-11-06 14:00 +0000"))

add(B("trading-app", "ko",
      "Seoul office notice that the Korean app update is on the official stores (Korean)",
      PARK, ("서울사무소", "seoul@kitsune-ex.com"), "한국어 앱 업데이트 안내",
      """서울사무소 여러분,

한국어 지원이 추가된 앱 4.2 버전이 앱스토어와 구글 플레이에 올라왔습니다.
고객 문의가 오면 공식 스토어에서만 설치하도록 안내해 주세요. APK 파일은 배포하지 않습니다.

박대현""", "2026-11-07 11:00 +0900"))

add(B("trading-app", "zh",
      "HK desk note about an approved Chrome extension installed from the Chrome Web Store by IT",
      LI, ("香港交易台", "hk-desk@kitsune-ex.com"), "行情插件安装说明",
      """各位：

合规批准的行情插件已由 IT 通过管理策略从 Chrome 应用商店统一推送，不需要自己安装。
请不要加载任何"已解压的扩展程序"，也不要用别人发来的压缩包。

李伟""", "2026-11-09 10:00 +0800"))

add(B("trading-app", "fr",
      "Paris office note about using only the managed TradingView licence (French)",
      LAURENT, ("Bureau de Paris", "paris@kitsune-ex.com"), "Licences TradingView",
      """Bonjour à tous,

Les licences TradingView de l'équipe sont gérées par l'entreprise. Installez l'application uniquement
depuis tradingview.com ou le portail de l'IT ; aucune version « débloquée » n'est autorisée.

Camille""", "2026-11-11 10:00 +0100"))

# -- wallet-request look-alikes: transaction workflows done properly -----------------------------------

add(B("wallet-request", "en",
      "internal treasury request to co-sign in the real Fireblocks console with the ticket reference",
      TANAKA, CFO, "TREAS-2291: cold-to-warm top-up for approval",
      """Emily,

The weekly cold-to-warm top-up (150 BTC) is in the Fireblocks console for your approval:
https://console.fireblocks.io/v2/transactions
Ticket TREAS-2291, destination is the whitelisted warm vault. Please verify the amount and destination
on your device before approving.

Mika""", "2026-11-02 10:20 +0900"))

add(B("wallet-request", "en",
      "Brightmoor's genuine ops mail from its own domain confirms the address is unchanged after a call-back",
      ("Brightmoor Liquidity - Ops", "ops@brightmoor-liquidity.com"), TREASURY, "Re: settlement wallet - confirmation",
      """Hi Treasury team,

Thanks for calling us this morning. To confirm in writing: our settlement wallet has not changed, and
we did not send the Gmail message you received. Please keep using the address in our signed
settlement instructions.

Brightmoor Liquidity Operations""", "2026-11-02 12:00 +0000"))

add(B("wallet-request", "ja",
      "support reply to a customer warning that staff never ask for seed phrases",
      SUPPORT, ("お客様", "customer.kk@yahoo.co.jp"), "Re: ウォレットの復元について [#55120]",
      """お客様

お問い合わせありがとうございます。当社スタッフがシードフレーズ（復元フレーズ）や秘密鍵を
お尋ねすることは一切ございません。そのような依頼を受けた場合は入力せず、当窓口までご連絡ください。

キツネエクスチェンジ サポート""", "2026-11-04 13:00 +0900"))

add(B("wallet-request", "en",
      "treasury asks signers to review an owner change queued in the real Safe app after a security-reviewed ticket",
      TREASURY, CFO, "Safe owner rotation (SEC-418) queued",
      """Emily,

As approved in SEC-418, the owner rotation for the settlement Safe (replacing Kenta's retired Ledger) is
queued in https://app.safe.global. The new owner address is in the ticket; please compare it on your
hardware wallet screen before signing. Threshold stays 3 of 5.

Treasury""", "2026-11-05 11:00 +0900"))

add(B("wallet-request", "en",
      "threat-intel newsletter about Lazarus seed-phrase and private-key theft",
      ("Chainwatch Weekly", "newsletter@chainwatch-weekly.com"), TAKAHASHI, "Chainwatch Weekly #212: DPRK tradecraft update",
      """This week:
- Lazarus-linked actors posed as auditors asking exchanges to "export private keys for verification".
- Fake recovery-check sites collecting 24-word seed phrases from custody staff.
- Blind-signing requests (eth_sign of raw hashes) framed as Travel Rule proofs.
Never share a seed phrase or private key, and never sign a raw hash you can't decode.

Chainwatch Weekly""", "2026-11-06 07:00 +0000"))

add(B("wallet-request", "ko",
      "Seoul treasury confirms a whitelist addition after a call-back (Korean)",
      PARK, TANAKA, "화이트리스트 추가 완료 (콜백 확인)",
      """다나카님,

새별자산의 신규 수탁 주소는 오늘 담당자와 계약서상 번호로 통화해 확인했고, 이중 승인을 거쳐
Fireblocks 화이트리스트에 추가했습니다. 24시간 대기 후 사용 가능합니다.

박대현""", "2026-11-07 16:00 +0900"))

add(B("wallet-request", "zh",
      "HK desk margin top-up through the whitelisted address with dual approval (Chinese)",
      LI, TANAKA, "保证金补充（已走审批）",
      """田中你好，

北辰那边的保证金补充 50 ETH 已在 Fireblocks 里提交，目的地址是白名单里原有的地址，
等你和 Emily 复核审批。没有任何地址变更。

李伟""", "2026-11-08 11:00 +0800"))

add(B("wallet-request", "fr",
      "Paris office reports that a Safe owner-addition request was refused and sent to security (French)",
      LAURENT, TAKAHASHI, "Demande d'ajout de propriétaire sur le Safe - refusée",
      """Bonjour Sho,

Pour info, un contact m'a demandé d'ajouter un « co-signataire de secours » avec un seuil de 1 sur
notre Safe. J'ai refusé et je te transfère la demande pour analyse. Aucune transaction n'a été créée.

Camille""", "2026-11-09 12:00 +0100"))

add(B("wallet-request", "ar",
      "Dubai BD confirms a client's payout goes to the address on file after dual approval (Arabic)",
      HADDAD, TREASURY, "تسوية عميل المدار",
      """فريق الخزينة، مرحباً

تسوية عميل المدار لهذا اليوم تُرسل إلى العنوان المسجل في ملف العميل فقط. وصلتنا رسالة من بريد Gmail
تطلب تغيير العنوان، وقد تم رفضها وتحويلها إلى فريق الأمن.

عمر""", "2026-11-11 14:00 +0400"))

# -- attachment look-alikes ---------------------------------------------------------------------------

_PPAP = zip_archive([("請求書_202611_KX.pdf", pdf(["Invoice 2026-11 Kohaku Insatsu", "Total JPY 1,320,000"], "Invoice"))],
                    password="Qm7-wp2R")

add(B("attachment", "ja",
      "genuine PPAP encrypted invoice zip (PDF inside) from a known vendor, password in a separate mail",
      ("株式会社琥珀印刷 営業部", "eigyo@kohaku-insatsu.co.jp"), KEIRI, "請求書送付のご案内（11月分）",
      """経理部 ご担当者様

いつもお世話になっております。11月分の請求書をお送りします。
パスワードは別メールにてお送りいたします。

株式会社琥珀印刷 営業部""", "2026-11-04 10:00 +0900",
      attachments=(Att("請求書_202611_KX.zip", _PPAP, "application/zip"),)))

add(B("attachment", "ja",
      "the PPAP password mail that follows the invoice",
      ("株式会社琥珀印刷 営業部", "eigyo@kohaku-insatsu.co.jp"), KEIRI, "パスワードのお知らせ（請求書送付のご案内）",
      """経理部 ご担当者様

先ほどお送りした請求書ファイルのパスワードをお知らせします。

パスワード：Qm7-wp2R

株式会社琥珀印刷 営業部""", "2026-11-04 10:02 +0900"))

add(B("attachment", "en",
      "counterparty sends a plain PDF liquidity agreement for signature",
      THORNBURY, TANAKA, "Updated clearing agreement (PDF)",
      """Mika,

Attached is the updated clearing agreement with the new fee schedule. We'll send the signature request
through DocuSign from docusign.net once legal signs off.

Graham""", "2026-11-03 08:00 +0000",
      attachments=(Att("Thornbury_Clearing_Agreement_2026.pdf",
                       pdf(["Clearing Agreement", "Thornbury Clearing - Kitsune Exchange"], "Agreement"),
                       "application/pdf"),)))

add(B("attachment", "en",
      "IOC spreadsheet from security naming lure file types (.lnk, .chm, .xll, .hta)",
      TAKAHASHI, ALL_STAFF, "IOC list for November (xlsx)",
      """Hi all,

Attached is November's IOC list. It lists file types we block at the gateway (.lnk, .chm, .xll, .hta,
.iso, .scr) and this month's malicious domains. The spreadsheet has no macros.

Sho""", "2026-11-06 16:00 +0900",
      attachments=(Att("IOC_2026-11.xlsx", spreadsheet([
          ["type", "value", "note"], ["ext", ".lnk", "blocked"], ["ext", ".chm", "blocked"],
          ["ext", ".xll", "blocked"], ["domain", "proofmark-research[.]io", "CHM lure"]]),
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),)))

add(B("attachment", "fr",
      "French notary sends a plain docx draft contract (French)",
      ("Maître Agathe Roux", "a.roux@roux-notaires.fr"), LAURENT, "Projet de bail - version de travail",
      """Bonjour Madame Laurent,

Vous trouverez ci-joint le projet d'avenant au bail au format Word, pour vos commentaires.

Bien cordialement,
Maître Agathe Roux""", "2026-11-07 11:00 +0100",
      attachments=(Att("Projet_avenant_bail.docx", word_document(["Projet d'avenant au bail commercial",
                                                                  "Paris 8e"]),
                       "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),)))

add(B("attachment", "ko",
      "Korean partner sends a plain PDF trade confirmation (Korean)",
      SAEBYEOL, PARK, "거래 확인서 송부",
      """박대현 팀장님,

11월 7일 거래 확인서를 PDF로 첨부드립니다. 확인 부탁드립니다.

최은서 드림""", "2026-11-08 09:00 +0900",
      attachments=(Att("거래확인서_20261107.pdf", pdf(["Trade confirmation 2026-11-07"], "Confirmation"),
                       "application/pdf"),)))

add(B("attachment", "zh",
      "HK OTC partner sends a macro-free xlsx statement (Chinese)",
      HENGTAI, LI, "十月对账单",
      """李先生：

附件是十月份的对账单（Excel，无宏），请核对。

周嘉怡""", "2026-11-10 10:00 +0800",
      attachments=(Att("对账单_2026-10.xlsx", spreadsheet([["日期", "币种", "数量"], ["2026-10-31", "USDT", "1200000"]]),
                       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),)))

add(B("attachment", "ar",
      "Dubai partner sends a plain PDF licence copy (Arabic)",
      WADINOOR, HADDAD, "نسخة من الرخصة التجارية",
      """عمر، مرحباً

مرفق نسخة PDF من رخصتنا التجارية المحدثة لملف العناية الواجبة.

خالد""", "2026-11-11 10:00 +0400",
      attachments=(Att("Wadi_Noor_Trade_License.pdf", pdf(["Trade Licence", "Wadi Noor Brokerage"], "Licence"),
                       "application/pdf"),)))

# -- conversation-hijack look-alikes: the partners' real threads --------------------------------------

add(B("conversation-hijack", "en",
      "Thornbury's real thread opener with the November margin schedule",
      THORNBURY, TANAKA, "November margin call schedule",
      """Hi Mika,

Please find the margin call schedule for November below. Top-ups go to the collateral wallet in our
signed settlement instructions, as before.

  Thu 5 Nov, Thu 12 Nov, Thu 19 Nov, Thu 26 Nov - 09:00 UTC

Best,
Graham""", "2026-11-04 09:15 +0000", message_id=MID_THORNBURY))

add(B("conversation-hijack", "en",
      "Mika's genuine reply in the Thornbury thread",
      TANAKA, THORNBURY, "RE: November margin call schedule",
      """Hi Graham,

Thanks, schedule noted. We'll send Thursday's top-up to the usual collateral wallet.

Mika""", "2026-11-04 18:30 +0900", in_reply_to=MID_THORNBURY, references=MID_THORNBURY))

add(B("conversation-hijack", "ja",
      "Asagiri's real thread opener about the November purchase payment",
      SHIOMI, TANAKA_JA, "11月分 暗号資産購入代金のお振込みについて",
      """田中様

いつもお世話になっております。汐見商事の村瀬です。
11月分の購入代金は、11月10日に契約書記載の口座からお振込みいたします。
ご確認のほどよろしくお願いいたします。

村瀬""", "2026-11-05 10:00 +0900", message_id=MID_SHIOMI))

add(B("conversation-hijack", "fr",
      "Rivolet's real thread opener about the SEPA mandate",
      RIVOLET, LAURENT, "Mandat de prélèvement SEPA",
      """Bonjour Camille,

Nous finalisons le mandat de prélèvement SEPA. Notre service conformité vous l'enverra pour signature
via notre portail client, comme convenu.

Bien cordialement,
Hélène Marchetti""", "2026-11-06 09:30 +0100", message_id=MID_RIVOLET))

add(B("conversation-hijack", "ko",
      "Saebyeol's real thread opener about the November redemption schedule",
      SAEBYEOL, PARK, "11월 환매 일정 확인 요청",
      """박대현 팀장님,

11월 환매는 11월 12일 예정입니다. 입금 주소는 계약서에 명시된 기존 주소 그대로입니다.
확인 부탁드립니다.

최은서 드림""", "2026-11-05 11:30 +0900", message_id=MID_SAEBYEOL))

add(B("conversation-hijack", "ar",
      "Wadi Noor's real thread opener about the monthly settlement agreement",
      WADINOOR, HADDAD, "اتفاقية التسوية الشهرية",
      """عمر، أهلاً

نرسل لكم اتفاقية التسوية الشهرية عبر منصة التوقيع لدى فريقنا القانوني الأسبوع القادم. لا تغيير
في عناوين المحافظ.

خالد""", "2026-11-07 08:15 +0400", message_id=MID_WADINOOR))

add(B("conversation-hijack", "zh",
      "Hengtai's real thread opener confirming a block trade with the usual settlement order",
      HENGTAI, LI, "今日大宗交易确认",
      """李伟你好，

确认今天的 USDT 大宗交易：1,200,000 USDT。按惯例，我们港币款项到账后贵司再放币。

周嘉怡""", "2026-11-06 14:00 +0800", message_id=MID_HENGTAI))

add(B("conversation-hijack", "zh",
      "Li Wei's genuine reply in the Hengtai thread",
      LI, HENGTAI, "Re: 今日大宗交易确认",
      """周小姐你好，

收到，款项到账后我们马上放币。

李伟""", "2026-11-06 15:10 +0800", in_reply_to=MID_HENGTAI, references=MID_HENGTAI))

add(B("conversation-hijack", "ja",
      "internal forward of the Asagiri hijack to security with the lookalike domain defanged",
      TANAKA_JA, TAKAHASHI_JA, "FW: 汐見商事からの口座変更依頼（不審）",
      """高橋さん

汐見商事の村瀬様から口座変更の返信が来ましたが、ドメインが shiomi-shouji[.]co[.]jp で
普段と違います。村瀬様に契約書の番号でお電話したところ、変更は依頼していないとのことでした。
調査をお願いします。振込は行っていません。

田中""", "2026-11-06 17:00 +0900"))
