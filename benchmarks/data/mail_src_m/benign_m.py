"""Set M benign look-alikes: real mail an exchange receives that resembles the lures (hand-written)."""

from __future__ import annotations

from binaries import ics, pdf, png, spreadsheet, word_document, zip_archive
from people import (ALL_STAFF, CAREERS, CEO, CEO_JA, CFO, HADDAD, ITO, ITO_JA, KEIRI, LAURENT, LI,
                    PARK, SUPPORT, SUZUKI, SUZUKI_JA, TAKAHASHI, TAKAHASHI_JA, TANAKA, TANAKA_JA, TREASURY)
from spec import Att, Mail
from threads_m import (PINEMARSH, YEONWOO, KIRYU, MID_PINEMARSH, MID_YEONWOO, MID_KIRYU, MID_MORVELLE,
                       MID_NAKHEEL, MID_RUNZE, MID_VERRANO, MORVELLE, NAKHEEL, RUNZE, VERRANO)

ZIP, PDF = "application/zip", "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def B(category: str, language: str, note: str, sender: tuple[str, str], to: tuple[str, str], subject: str,
      body: str, date: str, **kw) -> Mail:
    return Mail("benign", category, language, note, sender, (to,), subject, body, date, **kw)


BENIGN: list[Mail] = []
add = BENIGN.append

# ---------------------------------------------------------------- exec-impersonation look-alikes
add(B("exec-impersonation", "ja",
      "real CEO from his own address asks treasury to prepare a cold-to-hot rebalance through the normal ticket and two approvers",
      CEO_JA, TANAKA_JA, "ホットウォレット残高の補充について",
      """田中さん

年末の出金増に備えて、来週前半にコールドからホットへの補充をお願いしたいです。
金額は財務チームで試算して、通常どおり Jira の TREAS チケットで起票してください。
承認は私とエミリーの二名承認で進めます。急ぎではないので、いつもの手順で問題ありません。

佐藤""", "2026-11-04 10:12 +0900"))

add(B("exec-impersonation", "en",
      "real CEO from his own address, urgent but ordinary: move a board call and print papers; no money or credentials",
      CEO, ITO, "Urgent: board call moved to 8am tomorrow",
      """Yuki,

The board call has to move to 08:00 tomorrow because two directors are flying. Could you update the
invite and print three copies of the risk report for the room? Nothing else changes.

Thanks,
Haruto""", "2026-11-05 21:40 +0900"))

add(B("exec-impersonation", "en",
      "real CFO from her own address: urgent vendor payment queued in the ERP, with call-back and dual approval spelled out",
      CFO, KEIRI, "Please prioritise: audit firm interim invoice",
      """Hi team,

The interim invoice from our audit firm is due on Friday. I have approved it in the ERP (PO-2026-4412)
and it is waiting for the second approver. The bank details are the ones already in the vendor master;
if anything in the invoice differs from the master, call their office on the number in the contract
before paying, as usual.

Thanks,
Emily""", "2026-11-06 11:20 +0900"))

add(B("exec-impersonation", "ja",
      "assistant announces a CEO-impersonation drill and how to report, from her real address",
      ITO_JA, ALL_STAFF, "【お知らせ】経営者なりすましメール訓練の実施について",
      """社員各位

社長室の伊藤です。セキュリティチームと合同で、11月中に「社長・CFOを名乗るメール」の
訓練を実施します。訓練メールには送金・鍵・認証コードの依頼が含まれることがあります。

社長・CFOがメールやチャットで送金や秘密鍵、認証コードを依頼することはありません。
不審なメールは「報告」ボタンで security@kitsune-ex.co.jp にお知らせください。

社長室 伊藤""", "2026-11-09 09:00 +0900"))

add(B("exec-impersonation", "en",
      "real CEO's travel note from his own address restating he never asks for transfers or codes by mail or chat",
      CEO, ALL_STAFF, "Travelling 12-19 November",
      """All,

I will be in Singapore and Seoul from 12 to 19 November. Yuki manages my calendar as usual.

A reminder that I will never ask anyone to move funds, share a code or skip an approval by mail,
Telegram or WhatsApp, whoever it seems to come from. If you get such a message in my name, report it
to security and do nothing else.

Haruto""", "2026-11-11 18:30 +0900"))

add(B("exec-impersonation", "fr",
      "real CFO from her own address asks the Paris office for an ordinary report; payment goes through the usual ERP approval",
      CFO, LAURENT, "Rapport mensuel Paris + facture du notaire",
      """Bonjour Camille,

Pourriez-vous m'envoyer le rapport mensuel du bureau de Paris d'ici vendredi ? Pour la facture du
notaire, saisissez-la dans l'ERP comme d'habitude : je l'approuverai et Mika fera la seconde
validation. Rien d'urgent.

Merci,
Emily""", "2026-11-12 10:05 +0900"))

add(B("exec-impersonation", "ko",
      "real CEO from his own address plans a Seoul office visit; no request for documents or money",
      CEO, PARK, "서울 사무소 방문 일정",
      """박대현 님,

다음 주 17일 오후에 서울 사무소에 들르겠습니다. 팀 미팅 30분과 현지 파트너와의 저녁을
잡아 주시면 좋겠습니다. 일정은 유키 씨가 캘린더로 보낼 예정입니다.

사토 하루토""", "2026-11-10 12:00 +0900"))

add(B("exec-impersonation", "zh",
      "real CFO from her own address asks the HK desk for the monthly reconciliation via the shared drive",
      CFO, LI, "11月对账报告",
      """李伟你好，

请在月底前把香港场外业务的11月对账报告上传到公司共享盘的 Finance/OTC 文件夹，
按照往常的格式即可。如有差异，请在周会上说明。

谢谢，
Emily""", "2026-11-13 09:45 +0900"))

add(B("exec-impersonation", "ar",
      "real CEO from his own address congratulates the Dubai office and asks for a meeting summary",
      CEO, HADDAD, "ملخص اجتماع الهيئة التنظيمية",
      """عمر،

شكراً على تنظيم الاجتماع مع الهيئة التنظيمية أمس. أرجو إرسال ملخص قصير بالنقاط التي
طلبوها قبل نهاية الأسبوع، وسنناقشه في اجتماع الإدارة يوم الاثنين.

هاروتو""", "2026-11-14 11:00 +0900"))

# ---------------------------------------------------------------- vendor-impersonation look-alikes
add(B("vendor-impersonation", "en",
      "real Fireblocks product notice from fireblocks.com: console release notes, no action link outside the real console",
      ("Fireblocks", "no-reply@fireblocks.com"), TANAKA,
      "What's new in the Fireblocks Console - November 2026",
      """Hello Mika,

Here is what is new in the Fireblocks Console this month:

- Policy editor: rules can now be compared side by side before you submit them for approval
- Transaction history export supports up to 500,000 rows
- Address book entries show who approved them and when

All changes are live in https://console.fireblocks.io. No action is required from you.

Fireblocks""", "2026-11-04 03:00 +0000"))

add(B("vendor-impersonation", "en",
      "real Safe newsletter from safe.global about interface changes; tells users to only use app.safe.global",
      ("Safe{Wallet}", "newsletter@safe.global"), TREASURY,
      "Safe{Wallet} November update",
      """Hi,

This month in Safe{Wallet}: transaction simulation now runs for all queued transactions, and the
address book can be exported as CSV.

A reminder: Safe will never ask you to move assets to a new Safe, sign a migration, or share a
private key. Only use https://app.safe.global.

The Safe team""", "2026-11-05 14:00 +0000"))

add(B("vendor-impersonation", "en",
      "real Copper ClearLoop release note from copper.co: update is rolled out via the client portal, nothing to download from mail",
      ("Copper Client Services", "clientservices@copper.co"), TANAKA,
      "ClearLoop release 4.2 - what changes for you",
      """Dear client,

ClearLoop 4.2 will be rolled out on 12 November. There is nothing to install: the update is applied
on our side and appears in the Copper platform after your next sign-in. Your settlement schedule and
delegation limits are unchanged.

If you have questions, contact your account manager through the platform.

Copper Client Services""", "2026-11-07 10:00 +0000"))

add(B("vendor-impersonation", "en",
      "real Okta admin notice from okta.com about a scheduled maintenance window",
      ("Okta", "noreply@okta.com"), TAKAHASHI,
      "Scheduled maintenance: OK12 cell, 15 November",
      """Hello,

Okta will perform scheduled maintenance on the OK12 cell on 15 November 2026 from 02:00 to 03:00 UTC.
Sign-in will remain available; the Admin Console may be read-only for up to 10 minutes.

For details see status.okta.com.

Okta Trust""", "2026-11-08 00:30 +0000"))

add(B("vendor-impersonation", "ja",
      "real Jobcan notice from jobcan.jp about holiday support hours; no login request",
      ("ジョブカン", "info@jobcan.jp"), SUZUKI_JA,
      "【ジョブカン】年末年始のサポート窓口営業について",
      """ジョブカンをご利用のお客様へ

平素よりジョブカンをご利用いただき誠にありがとうございます。
年末年始のサポート窓口は12月29日から1月4日まで休業いたします。
期間中もサービスは通常どおりご利用いただけます。

株式会社DONUTS ジョブカン事業部""", "2026-11-10 11:00 +0900"))

add(B("vendor-impersonation", "ko",
      "Seoul office IT relays the real Douzone Bizbox update from the org's domain: nothing to do, patch applied by IT",
      ("서울 IT 지원", "it-seoul@kitsune-ex.com"), PARK,
      "[안내] Bizbox Alpha 정기 업데이트 완료",
      """박대현 님,

11월 11일 야간에 Bizbox Alpha 정기 업데이트를 IT팀에서 적용했습니다. 별도로 다시 로그인하거나
계정 인증을 할 필요는 없습니다. 계정 재인증을 요구하는 메일을 받으시면 열지 말고 보안팀에
신고해 주세요.

서울 IT 지원""", "2026-11-12 09:30 +0900"))

add(B("vendor-impersonation", "zh",
      "real Jianguoyun share notification from jianguoyun.com from a named colleague, link on the real domain",
      ("坚果云", "no-reply@jianguoyun.com"), LI,
      "Camille Laurent 与您共享了文件夹「巴黎办公室/合同扫描」",
      """李伟 您好，

Camille Laurent 通过坚果云与您共享了文件夹「巴黎办公室/合同扫描」。

打开：https://www.jianguoyun.com/p/DbR7xk0Q

坚果云""", "2026-11-13 17:00 +0800"))

add(B("vendor-impersonation", "fr",
      "real PayFit notice from payfit.com: payslip available in the usual app, no bank details requested",
      ("PayFit", "no-reply@payfit.com"), LAURENT,
      "Votre bulletin de paie est disponible",
      """Bonjour Camille,

Votre bulletin de paie d'octobre est disponible dans votre espace PayFit.
Connectez-vous depuis l'application ou https://app.payfit.com pour le consulter.

PayFit ne vous demandera jamais vos coordonnées bancaires par e-mail.

L'équipe PayFit""", "2026-11-04 08:00 +0100"))

add(B("vendor-impersonation", "ar",
      "real Zoho notice from zoho.com about a new admin console feature",
      ("Zoho Mail", "noreply@zoho.com"), HADDAD,
      "ميزة جديدة في لوحة إدارة Zoho Mail",
      """مرحباً،

أضفنا إلى لوحة إدارة Zoho Mail تقريراً جديداً لمحاولات تسجيل الدخول المشبوهة. يمكنكم الاطلاع
عليه من قسم الأمان في لوحة الإدارة المعتادة. لا يلزم أي إجراء.

فريق Zoho Mail""", "2026-11-15 08:00 +0400"))

# ---------------------------------------------------------------- lookalike-link look-alikes
add(B("lookalike-link", "en",
      "IT password-expiry notice from the org's real domain linking only to sso.kitsune-ex.co.jp",
      ("IT Service Desk", "servicedesk@kitsune-ex.co.jp"), SUZUKI,
      "Password expiry reminder",
      """Hi Kenta,

Your directory password expires in 5 days. You can change it at any time at
https://sso.kitsune-ex.co.jp/account/password or from the Okta dashboard.

We will never send you a link to change your password from any other domain.

IT Service Desk""", "2026-11-04 09:05 +0900"))

add(B("lookalike-link", "en",
      "security digest listing this set's lookalike domains defanged",
      TAKAHASHI, ALL_STAFF, "Security digest: lookalike domains seen this fortnight",
      """All,

Domains impersonating us or our vendors that we blocked in the last two weeks (defanged, do not visit):

  kitsune-eex[.]com          - password expiry page
  kitsuneex-jp[.]com         - commuting allowance form
  kitsune-ex-seoul[.]com     - security training "confirmation"
  appsafe[.]global           - fake Safe queue
  console.fireblocks-ops[.]com - fake MPC re-sharding

Our real domains are kitsune-ex.co.jp and kitsune-ex.com. If in doubt, forward to security.

Sho Takahashi, Security""", "2026-11-17 17:30 +0900"))

add(B("lookalike-link", "ja",
      "real employee stock-ownership notice from the org's own domain linking to the intranet",
      ("社員持株会事務局", "mochikabu@kitsune-ex.co.jp"), ALL_STAFF,
      "【社員持株会】2027年度 拠出金額変更の受付開始",
      """社員各位

2027年度の拠出金額変更の受付を開始しました。変更を希望される方は、社内ポータルの
「総務 > 社員持株会」ページ（https://intra.kitsune-ex.co.jp/soumu/mochikabu）から申請してください。
締切は11月30日です。ご不明点は総務部までお問い合わせください。

社員持株会事務局（総務部）""", "2026-11-06 12:00 +0900"))

add(B("lookalike-link", "ja",
      "unrelated company with a similar name (きつね堂書店, kitsunedo-books.jp) sends an order confirmation",
      ("きつね堂書店", "order@kitsunedo-books.jp"), ITO_JA,
      "ご注文ありがとうございます（注文番号 KD-204411）",
      """伊藤 由紀 様

きつね堂書店をご利用いただきありがとうございます。
以下のご注文を承りました。

・『暗号資産の会計と税務 2026年版』 1冊
お届け予定日: 11月10日

注文履歴: https://www.kitsunedo-books.jp/mypage/orders

きつね堂書店""", "2026-11-08 15:20 +0900"))

add(B("lookalike-link", "ko",
      "Seoul office security training reminder from the org's real domain linking to the real LMS",
      ("정보보안팀", "security@kitsune-ex.com"), PARK,
      "[안내] 하반기 정보보호 교육 수강 안내",
      """박대현 님,

하반기 정보보호 교육이 사내 LMS에 등록되었습니다. 11월 30일까지
https://lms.kitsune-ex.com 에서 평소처럼 SSO로 로그인하여 수강해 주세요.
교육과 관련해 비밀번호를 메일로 요청하는 일은 없습니다.

정보보안팀""", "2026-11-09 10:00 +0900"))

add(B("lookalike-link", "zh",
      "HK admin notice on the org's real domain about the expense system, linking to its real subdomain",
      ("行政部", "admin-hk@kitsune-ex.com"), LI,
      "差旅报销：11月截止日期提醒",
      """各位同事：

11月差旅报销请于11月25日前在 https://expense.kitsune-ex.com 提交，登录方式不变（公司SSO）。
收款银行卡信息无需重新绑定。

行政部""", "2026-11-11 09:00 +0800"))

add(B("lookalike-link", "fr",
      "Paris HR note from the org's real domain: payroll provider unchanged, never asks for bank details by mail",
      ("RH Paris", "rh-paris@kitsune-ex.com"), LAURENT,
      "Paie de novembre - calendrier",
      """Bonjour à tous,

La paie de novembre sera versée le 27. Aucun changement de prestataire n'est prévu : vos
coordonnées bancaires restent celles enregistrées dans PayFit. Nous ne vous demanderons jamais
votre RIB par un lien envoyé par e-mail.

RH Paris""", "2026-11-14 10:30 +0100"))

add(B("lookalike-link", "ar",
      "Dubai HR insurance renewal notice from the org's real domain, forms handled in person",
      ("الموارد البشرية", "hr-dubai@kitsune-ex.com"), HADDAD,
      "تجديد التأمين الصحي",
      """الزملاء الأعزاء،

سيتم تجديد وثيقة التأمين الصحي في الأول من ديسمبر دون تغيير في التغطية. من يرغب في إضافة
أحد المعالين يرجى تعبئة النموذج الورقي لدى قسم الموارد البشرية في المكتب قبل 25 نوفمبر.

الموارد البشرية""", "2026-11-15 09:00 +0400"))

add(B("lookalike-link", "en",
      "real Safe co-signer request from a colleague's own address with a link to the real app.safe.global",
      TANAKA, CFO, "Safe tx #418 ready for your signature",
      """Emily,

Monthly fee payment to our audit firm is queued on the treasury Safe as tx #418 (ticket TREAS-2291,
amount and address match the vendor master). Please review and sign at
https://app.safe.global/transactions/queue?safe=eth:0x4B1d7e0A9c3F52E86d0b1C7a2E94f3D6b0c8A157

Mika""", "2026-11-16 14:00 +0900"))

# ---------------------------------------------------------------- recruiter-coding-test look-alikes
add(B("recruiter-coding-test", "en",
      "the company's own careers team sends a browser-only Coderbyte assessment; nothing to install",
      CAREERS, ("Aoi Kanzaki", "aoi.kanzaki.dev@gmail.com"), "Kitsune Exchange - online assessment",
      """Hi Aoi,

Thanks for applying for the Backend Engineer role. The next step is a 60-minute online assessment on
Coderbyte, which runs entirely in your browser:

https://coderbyte.com/sl-candidate?promo=kitsune-ex-backend

There is nothing to download or run on your computer. You have until 14 November to start it.

Kitsune Exchange Careers""", "2026-11-05 10:30 +0900"))

add(B("recruiter-coding-test", "en",
      "real agency recruiter (Robert Walters) with a role description and a phone call, nothing to run",
      ("Hannah Price", "hannah.price@robertwalters.com"), SUZUKI,
      "Lead engineer role at a Tokyo fintech - quick chat?",
      """Hi Kenta,

I am working on a Lead Engineer search for a regulated Tokyo fintech (payments, not crypto). Hybrid,
JPY 14-17m. If you are open to a conversation, let me know a time for a 15-minute call this week.
No pressure if the timing is not right.

Best regards,
Hannah Price
Robert Walters Japan""", "2026-11-06 12:15 +0900"))

add(B("recruiter-coding-test", "en",
      "GitHub pull-request notification on the company's own repo mentioning npm ci and npm test",
      ("GitHub", "notifications@github.com"), SUZUKI,
      "[kitsune-ex/withdrawal-service] Bump undici to 6.21.1 (PR #882)",
      """@dependabot opened a pull request in kitsune-ex/withdrawal-service.

Bumps undici from 6.19.8 to 6.21.1.

CI ran `npm ci` and `npm test`: all checks passed.

View it on GitHub:
https://github.com/kitsune-ex/withdrawal-service/pull/882

You are receiving this because you are subscribed to this repository.""", "2026-11-07 02:40 +0000"))

add(B("recruiter-coding-test", "ja",
      "internal onboarding mail: clone from github.com/kitsune-ex and run docker compose inside the dev VM",
      SUZUKI_JA, ("新井 蓮", "r.arai@kitsune-ex.co.jp"), "開発環境セットアップ手順",
      """新井さん

入社おめでとうございます。開発環境のセットアップ手順です。
必ず支給された開発用VM内で作業してください。

  git clone git@github.com:kitsune-ex/exchange-core.git
  cd exchange-core
  docker compose up -d
  npm ci

詳細は Confluence の「新人オンボーディング」ページにあります。分からないことは
#eng-onboarding で聞いてください。

鈴木""", "2026-11-09 10:00 +0900"))

add(B("recruiter-coding-test", "ko",
      "real Jumpit (점핏) job alert with a link to the job board; no task to run",
      ("점핏", "noreply@jumpit.co.kr"), PARK,
      "[점핏] 관심 포지션 새 공고 3건",
      """박대현 님, 관심 포지션으로 설정하신 '블록체인 백엔드' 분야에 새 공고가 등록되었습니다.

- 핀테크 A사 백엔드 엔지니어 (경력 5년 이상)
- 디지털자산 수탁사 B사 플랫폼 엔지니어
- 결제 스타트업 C사 서버 개발자

점핏에서 확인하기: https://www.jumpit.co.kr/positions

점핏 드림""", "2026-11-10 08:00 +0900"))

add(B("recruiter-coding-test", "zh",
      "real Lagou (拉勾) interview invitation: on-site interview, nothing to install",
      ("拉勾招聘", "service@lagou.com"), LI,
      "面试邀请：香港某数字资产公司 - 场外交易经理",
      """李伟您好，

某数字资产公司邀请您参加场外交易经理职位的面试：
时间：11月18日 下午3点
地点：香港中环 皇后大道中 某商业大厦 18楼（现场面试）

如需改期请在拉勾App内回复。

拉勾招聘""", "2026-11-12 10:20 +0800"))

add(B("recruiter-coding-test", "fr",
      "real APEC-style recruiter message: an interview in Paris, no code to run",
      ("Sophie Lenoir", "sophie.lenoir@apec.fr"), LAURENT,
      "Offre correspondant à votre profil",
      """Bonjour Camille,

Une offre de responsable conformité dans une banque privée parisienne correspond à votre profil.
Si elle vous intéresse, je peux vous mettre en relation pour un premier entretien dans leurs locaux
la semaine prochaine. Vous trouverez le descriptif sur notre site, référence 178432.

Cordialement,
Sophie Lenoir
Apec""", "2026-11-13 11:40 +0100"))

add(B("recruiter-coding-test", "ar",
      "real NaukriGulf alert with jobs on the job board; nothing to run",
      ("NaukriGulf", "alerts@naukrigulf.com"), HADDAD,
      "وظائف جديدة تناسب ملفك",
      """مرحباً عمر،

وجدنا 4 وظائف جديدة في مجال تطوير الأعمال في دبي تناسب ملفك. يمكنك الاطلاع عليها والتقديم
من حسابك على الموقع https://www.naukrigulf.com

فريق NaukriGulf""", "2026-11-14 07:30 +0400"))

add(B("recruiter-coding-test", "en",
      "hiring manager asks a colleague to read a candidate's public repo in the browser and review it, nothing to run locally",
      SUZUKI, TAKAHASHI, "Candidate repo to review before Thursday",
      """Sho,

Could you read through the candidate's take-home before Thursday's panel? It is on our own org:
https://github.com/kitsune-ex/takehome-2026-aoi-kanzaki

Please review it in the browser or a Codespace; do not run it on your laptop. I mainly want your view
on how they handle the signing key in tests.

Kenta""", "2026-11-16 16:20 +0900"))

# ---------------------------------------------------------------- investor-meeting-install look-alikes
add(B("investor-meeting-install", "en",
      "real investor's Zoom invitation on zoom.us, join in browser or existing app",
      ("Clara Whitmore", "clara.whitmore@embercove.vc"), CEO,
      "Embercove / Kitsune - follow-up call",
      """Hi Haruto,

Thanks for the session last week. Here is the link for our follow-up on Tuesday 10:00 JST:

https://us02web.zoom.us/j/84120937716?pwd=QmF1dGhUb2tlbjIwMjY

Meeting ID: 841 2093 7716

Best,
Clara Whitmore
Partner, Embercove Ventures""", "2026-11-04 19:00 +0900"))

add(B("investor-meeting-install", "en",
      "Microsoft Teams invitation from a real fund with an .ics; link on teams.microsoft.com",
      ("Rupert Vale", "rupert.vale@bramblefield.com"), CFO,
      "Bramblefield Capital - quarterly review",
      """Microsoft Teams meeting

Join on your computer, mobile app or room device:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ4MjE5OTMtYjFmYy00%40thread.v2/0

Meeting ID: 391 224 708 115
Passcode: hT6kq2

Rupert Vale
Bramblefield Capital""", "2026-11-05 16:00 +0900",
      attachments=(Att("invite.ics", ics("Bramblefield Capital - quarterly review", "20261112T050000Z",
                                          "20261112T060000Z", "rupert.vale@bramblefield.com",
                                          "emily.carter@kitsune-ex.com",
                                          "Microsoft Teams Meeting", "bf-qr-20261112@bramblefield.com"),
                       "text/calendar"),)))

add(B("investor-meeting-install", "ja",
      "Japanese VC proposes a Google Meet call on meet.google.com, no plugin",
      ("深山キャピタル 小野寺", "onodera@miyama-vc.co.jp"), CEO_JA,
      "次回面談のご案内（Google Meet）",
      """佐藤様

先日はありがとうございました。次回は11月19日（木）15時からGoogle Meetでお願いできればと
存じます。

https://meet.google.com/kpr-txwz-qmd

ブラウザからそのままご参加いただけます。

深山ベンチャーキャピタル 小野寺""", "2026-11-11 14:00 +0900"))

add(B("investor-meeting-install", "en",
      "real Webex invitation from a bank's own domain",
      ("Webex", "messenger@webex.com"), CFO,
      "Invitation: Custody banking review - Harland Trust",
      """Harland Trust invites you to a Webex meeting.

When: Friday, 13 November 2026, 17:00 JST
Join: https://harlandtrust.webex.com/harlandtrust/j.php?MTID=m4e8c2a1f0d7b

Meeting number: 2514 887 3309

Join from the Webex app or your browser.""", "2026-11-09 08:00 +0000"))

add(B("investor-meeting-install", "en",
      "IT notice: meeting apps update only through Intune / Self Service, never from links in mail",
      ("IT Service Desk", "servicedesk@kitsune-ex.co.jp"), ALL_STAFF,
      "Reminder: installing or updating meeting apps",
      """All,

Zoom, Teams, Webex and Google Meet are kept up to date automatically through Intune (Windows) and
Self Service (Mac). If someone outside the company asks you to install a plugin, driver, SDK or
"secure client" to join a meeting, do not do it: join in the browser, or ask us.

IT Service Desk""", "2026-11-10 09:30 +0900"))

add(B("investor-meeting-install", "ko",
      "Korean investor's Zoom invitation on zoom.us",
      ("새암인베스트먼트 이준호", "junho.lee@saeaminvest.co.kr"), PARK,
      "후속 미팅 줌 링크",
      """박대현 님,

지난주 미팅 감사했습니다. 후속 미팅은 11월 18일 오후 4시에 줌으로 진행하겠습니다.

https://us06web.zoom.us/j/81203349921?pwd=SGFudWwyMDI2

브라우저나 기존에 쓰시는 줌 앱으로 들어오시면 됩니다.

이준호 드림""", "2026-11-12 17:00 +0900"))

add(B("investor-meeting-install", "zh",
      "Chinese fund's Tencent Meeting invitation on meeting.tencent.com",
      ("远山资本 周明", "zhouming@yuanshancap.com"), LI,
      "腾讯会议邀请：投资交流",
      """周明 邀请您参加腾讯会议
会议主题：投资交流
会议时间：2026/11/19 15:00-16:00 (GMT+08:00)

点击链接入会：https://meeting.tencent.com/dm/Xq7b2LkR9pTz
#腾讯会议：482-339-107

可使用已安装的腾讯会议或浏览器入会。""", "2026-11-13 11:00 +0800"))

add(B("investor-meeting-install", "fr",
      "French investor's Google Meet invitation, no installation",
      ("Antoine Véron", "antoine.veron@lisiere.vc"), LAURENT,
      "Invitation : point associés - jeudi 19 novembre",
      """Bonjour Camille,

Je vous propose de faire le point jeudi 19 novembre à 10h sur Google Meet :
https://meet.google.com/vqs-hcnb-dtw

Aucune installation n'est nécessaire, le navigateur suffit.

Antoine Véron
Lisière Ventures""", "2026-11-16 09:00 +0100"))

add(B("investor-meeting-install", "ar",
      "Gulf family office's Zoom invitation on zoom.us",
      ("فيصل النعيمي", "faisal@dunecrest.ae"), HADDAD,
      "رابط اجتماع الغد",
      """أخي عمر،

نؤكد اجتماع الغد الساعة 11 صباحاً عبر Zoom:
https://us02web.zoom.us/j/86622401937

يمكنك الدخول من المتصفح أو من تطبيق Zoom المثبت لديك.

فيصل""", "2026-11-17 16:00 +0400"))

# ---------------------------------------------------------------- trading-app look-alikes
add(B("trading-app", "en",
      "App Store Connect: the company's own iOS app version approved",
      ("App Store Connect", "no_reply@email.apple.com"), SUZUKI,
      "The status of your app, Kitsune Exchange (iOS) 5.12.0, is now Ready for Distribution",
      """Dear Kenta Suzuki,

The following app has been approved and is now Ready for Distribution:

App Name: Kitsune Exchange
App Version Number: 5.12.0
App SKU: KITSUNE-EX-IOS

You can view the status in App Store Connect.

The App Store Team""", "2026-11-05 04:10 +0000"))

add(B("trading-app", "en",
      "Google Play Console: the company's own Android release rolled out",
      ("Google Play Console", "noreply-play-console@google.com"), SUZUKI,
      "Your update to Kitsune Exchange is live on Google Play",
      """Your app update is now available on Google Play.

App: Kitsune Exchange (jp.co.kitsuneex.app)
Version: 5.12.0 (51200)
Track: Production (100% rollout)

Google Play Console""", "2026-11-06 02:00 +0000"))

add(B("trading-app", "ja",
      "company's own desktop app release from the org domain pointing to github.com/kitsune-ex and official stores",
      ("Kitsune Exchange サポート", "support@kitsune-ex.com"), ALL_STAFF,
      "【リリース】Kitsune Pro デスクトップ版 3.4.0",
      """社員各位

Kitsune Pro デスクトップ版 3.4.0 を公開しました。お客様からの問い合わせに備えて共有します。

- Windows / macOS 版: https://github.com/kitsune-ex/kitsune-pro-desktop/releases/tag/v3.4.0
- モバイル版: App Store / Google Play

公式の配布元は上記のみです。他のサイトやメッセージで配布されているものは偽物です。

カスタマーサポート部""", "2026-11-09 15:00 +0900"))

add(B("trading-app", "en",
      "real TradingView price alert from tradingview.com",
      ("TradingView", "noreply@tradingview.com"), TANAKA,
      "Alert: BTCUSD crossing 98,000",
      """Your alert on BTCUSD (Coinbase) triggered:

BTCUSD Crossing 98,000.00

View chart: https://www.tradingview.com/chart/?symbol=COINBASE%3ABTCUSD

You are receiving this email because you set an alert on TradingView.""", "2026-11-10 06:12 +0000"))

add(B("trading-app", "en",
      "desk note on approved terminals: only IT-deployed tools, API keys without withdrawal rights",
      TANAKA, TREASURY, "Reminder: approved trading tools",
      """Team,

After last week's vendor pitches, a reminder of our rules:

- Only terminals deployed by IT (Bloomberg, our own Kitsune Pro, TradingView in the browser)
- No .dmg/.exe/.apk from vendors, however good the demo looked
- API keys for tools are read-only or trade-only, never withdrawal-enabled, always IP-restricted

If a vendor insists, send them to security.

Mika""", "2026-11-11 10:00 +0900"))

add(B("trading-app", "ko",
      "real Upbit notice from upbit.com about a market listing; no app download",
      ("업비트", "no-reply@upbit.com"), PARK,
      "[업비트] 원화 마켓 디지털 자산 추가 안내",
      """안녕하세요, 업비트입니다.

11월 12일 원화 마켓에 디지털 자산 2종이 추가됩니다. 자세한 내용은 업비트 공지사항을
확인해 주세요.

업비트는 공식 앱스토어 외의 경로로 앱을 배포하지 않습니다.

업비트 드림""", "2026-11-11 18:00 +0900"))

add(B("trading-app", "zh",
      "HK desk note: Bloomberg terminal update pushed by IT, nothing to download",
      LI, ("香港场外团队", "otc-hk@kitsune-ex.com"), "Bloomberg 终端更新",
      """各位：

IT 部门今晚会通过公司软件中心推送 Bloomberg 终端更新，明早开机后会自动安装完成，
大家无需自行下载任何安装包。如有外部人员发给你们交易软件，请转给安全团队。

李伟""", "2026-11-13 18:30 +0800"))

add(B("trading-app", "fr",
      "real Kaiko market-data newsletter from kaiko.com",
      ("Kaiko Research", "research@kaiko.com"), LAURENT,
      "Kaiko Research - liquidité des marchés européens en novembre",
      """Bonjour,

Cette semaine : la profondeur de marché sur les paires EUR a progressé de 12 %, et les écarts de
prix entre plateformes européennes restent faibles. Lire l'analyse complète sur notre site :
https://research.kaiko.com

L'équipe Kaiko Research""", "2026-11-12 09:00 +0100"))

add(B("trading-app", "ar",
      "TestFlight invitation for the company's own app from Apple",
      ("TestFlight", "no_reply@email.apple.com"), HADDAD,
      "Kitsune Exchange K.K. has invited you to test Kitsune Exchange",
      """Kitsune Exchange K.K. has invited you to test Kitsune Exchange (5.13.0 beta).

To get started, install TestFlight from the App Store on your iPhone, then open the invitation on
that device.

Apple""", "2026-11-16 03:00 +0000"))

# ---------------------------------------------------------------- wallet-request look-alikes
add(B("wallet-request", "en",
      "treasury co-signing in the real Fireblocks console with ticket and whitelisted destination",
      TANAKA, CFO, "Approval needed: TREAS-2290 hot wallet top-up",
      """Emily,

TREAS-2290 (cold to hot rebalance, 120 ETH, both vault accounts ours) is waiting for your approval
in the Fireblocks console. The destination is our own hot vault, already whitelisted. Approve from
the Fireblocks mobile app when you have a moment.

Mika""", "2026-11-04 15:00 +0900"))

add(B("wallet-request", "en",
      "Fireblocks transaction-approval notification from fireblocks.io",
      ("Fireblocks", "no-reply@fireblocks.io"), CFO,
      "Transaction pending your approval",
      """A transaction is pending your approval.

Source: Treasury Cold Vault
Destination: Hot Vault 1 (internal)
Asset: ETH
Amount: 120

Approve or reject it in the Fireblocks mobile app. Fireblocks never asks you to approve by email.""",
      "2026-11-04 06:02 +0000"))

add(B("wallet-request", "ja",
      "support reply warning a customer never to share the seed phrase",
      SUPPORT, ("山口 大輝", "daiki.yamaguchi88@gmail.com"), "Re: 【お問い合わせ】ウォレット復元について",
      """山口様

お問い合わせありがとうございます。Kitsune Exchange のサポートが、お客様のシードフレーズ
（リカバリーフレーズ）や秘密鍵を伺うことは一切ありません。当社名を名乗る方から入力を求め
られた場合は、入力せずにこのメールアドレスへご連絡ください。

出金先アドレスの変更は、アプリの「セキュリティ > アドレス帳」から二段階認証を経て行えます。

Kitsune Exchange カスタマーサポート""", "2026-11-06 14:00 +0900"))

add(B("wallet-request", "en",
      "call-back-verified payout address change, recorded in a ticket",
      TANAKA, ("OTC Ops", "otc-ops@kitsune-ex.com"), "Pinemarsh payout address - verified by call-back",
      """Team,

Pinemarsh asked for a new USDC address in our portal today. I called Nadia Holloway on the number in
the onboarding file; she confirmed the request and read back the address. It is added to the
whitelist after the 24-hour hold (TREAS-2301). Nothing changes until then.

Mika""", "2026-11-07 11:00 +0900"))

add(B("wallet-request", "en",
      "auditor's proof-of-reserves request: signed messages only, explicitly no keys or seeds",
      ("Ingrid Solheim", "ingrid.solheim@wyncote-assurance.com"), CFO,
      "Proof of reserves - signed message procedure",
      """Dear Emily,

For the year-end proof of reserves we need each wallet to sign the challenge message
"Wyncote PoR 2026-12-31 Kitsune" with its own key, using your usual signing tools. Please send us the
addresses and signatures only. We will never ask for private keys, seed phrases or backup shares.

Kind regards,
Ingrid Solheim
Wyncote Assurance""", "2026-11-10 09:00 +0000"))

add(B("wallet-request", "ko",
      "Seoul office key-ceremony scheduling: done in person, no keys by mail",
      TAKAHASHI, PARK, "키 세레모니 일정 (서울)",
      """박대현 님,

서울 콜드월렛 재구성 키 세레모니를 11월 20일 오전에 진행합니다. 참가자는 직접 금고실에서
하드웨어로만 작업하며, 백업 조각은 어떤 경우에도 사진이나 메일로 공유하지 않습니다.
참관 가능 여부만 회신 부탁드립니다.

Sho Takahashi""", "2026-11-12 11:00 +0900"))

add(B("wallet-request", "zh",
      "real staking provider's monthly report: rewards credited, no signature requested",
      ("Figment 报告", "reports@figment.io"), LI,
      "10月质押收益报告",
      """您好，

附件为贵司10月份的质押收益报告。本月共发放奖励 1,284.6 ATOM，提币地址和授权设置均无变化。
本邮件无需任何操作。

Figment""", "2026-11-05 02:00 +0000",
      attachments=(Att("Figment_Report_2026-10.pdf",
                       pdf(["Staking report October 2026", "Rewards: 1,284.6 ATOM",
                            "Withdrawal address unchanged"], "Report"), PDF),)))

add(B("wallet-request", "fr",
      "partner confirms its settlement address is unchanged after a call-back",
      (MORVELLE[0], MORVELLE[1]), LAURENT, "Confirmation suite à votre appel",
      """Bonjour Camille,

Comme convenu au téléphone, je vous confirme que nos coordonnées de règlement n'ont pas changé :
l'IBAN enregistré dans votre référentiel reste valable. Nous n'avons envoyé aucune note de
migration. Merci de votre vigilance.

Hélène Garnier
Banque Morvelle""", "2026-11-12 15:00 +0100"))

add(B("wallet-request", "ar",
      "Etherscan address-watch alert for the company's own hot wallet",
      ("Etherscan", "noreply@etherscan.io"), HADDAD,
      "Address Watch alert: 0x...a11ce",
      """Etherscan Address Watch

An outgoing transaction was detected from your watched address "hot wallet 1"
0x00000000000000000000000000000000000a11ce

Value: 4.2 ETH
View: https://etherscan.io/address/0x00000000000000000000000000000000000a11ce""", "2026-11-13 05:00 +0000"))

add(B("wallet-request", "en",
      "real Safe queue request between colleagues with amount and ticket, link to app.safe.global",
      CFO, TANAKA, "Re: Safe tx #418 ready for your signature",
      """Signed, thanks. Amount and address matched the vendor master and TREAS-2291.

Emily""", "2026-11-16 16:10 +0900"))

# ---------------------------------------------------------------- attachment look-alikes
_INV = pdf(["Ginza Office Supply Co., Ltd.", "Invoice 2026-11-0412", "Amount: JPY 142,560"], "Invoice")
add(B("attachment", "ja",
      "PPAP: genuine supplier sends an encrypted zip of a PDF invoice; password follows in a separate mail",
      ("銀座オフィスサプライ 経理", "keiri@ginza-office-supply.co.jp"), KEIRI, "請求書送付のご案内（2026年11月分）",
      """キツネエクスチェンジ株式会社 経理部 御中

いつもお世話になっております。11月分の請求書をお送りいたします。
パスワードは別途メールにてお知らせいたします。

銀座オフィスサプライ株式会社 経理課""", "2026-11-05 10:00 +0900",
      attachments=(Att("請求書_202611.zip", zip_archive([("請求書_202611.pdf", _INV)], password="G0s-2611x"), ZIP),)))

add(B("attachment", "ja",
      "the PPAP password mail that follows the genuine invoice",
      ("銀座オフィスサプライ 経理", "keiri@ginza-office-supply.co.jp"), KEIRI, "【パスワード】請求書送付のご案内（2026年11月分）",
      """キツネエクスチェンジ株式会社 経理部 御中

先ほどお送りした請求書ファイルのパスワードをお知らせいたします。

パスワード: G0s-2611x

銀座オフィスサプライ株式会社 経理課""", "2026-11-05 10:02 +0900"))

add(B("attachment", "en",
      "security team's IOC spreadsheet naming lure file types (.lnk, .chm, .xll, .cpl, .jar)",
      TAKAHASHI, ("Security Team", "security@kitsune-ex.co.jp"), "IOC sheet - week 46",
      """Team,

Attached is this week's IOC sheet for the mail gateway rules. New entries: .cpl inside 7z, CHM trade
reports, SVG "signed NDA" files and a .jar arbitrage bot. Please review before Thursday's sync.

Sho""", "2026-11-13 17:00 +0900",
      attachments=(Att("IOC_week46.xlsx", spreadsheet([
          ["type", "value", "note"],
          ["domain", "veridane-legal[.]com", "SVG smuggling"],
          ["filename", "Recon_Nov2026_balances.cpl", "7z, password in body"],
          ["filename", "*.pdf.lnk in .iso", "term sheet lure"],
          ["filename", "ArbitrageTri-4.1.jar", "trading bot"],
      ]), XLSX),)))

add(B("attachment", "en",
      "law firm sends a docx NDA (no macros) for review",
      ("Yamato & Partners", "m.kondo@yamato-law.jp"), CEO, "NDA draft - Harrowgate discussions",
      """Dear Mr Sato,

Please find attached our draft NDA for the discussions with Harrowgate. It is a plain Word document;
tracked changes are on. We would appreciate comments by Wednesday.

Best regards,
Makoto Kondo
Yamato & Partners""", "2026-11-08 11:00 +0900",
      attachments=(Att("NDA_Kitsune_Harrowgate_draft.docx",
                       word_document(["Mutual Non-Disclosure Agreement", "Draft for discussion"]), DOCX),)))

add(B("attachment", "ko",
      "Korean partner sends a quarterly report PDF",
      ("연우커스터디 정민수", "ms.jung@yeonwoo-custody.co.kr"), PARK, "3분기 보관 현황 보고서",
      """박대현 님,

3분기 보관 현황 보고서를 첨부합니다. 검토 후 의견 주시면 감사하겠습니다.

정민수 드림""", "2026-11-04 14:00 +0900",
      attachments=(Att("Yeonwoo_Q3_Report.pdf", pdf(["Yeonwoo Custody", "Q3 2026 custody report"], "Report"), PDF),)))

add(B("attachment", "zh",
      "HK partner sends a macro-free xlsx trade blotter",
      (RUNZE[0], RUNZE[1]), LI, "10月成交明细",
      """李伟您好，

附件为10月份成交明细（Excel），请查收。如有出入请告知。

陈思远
润泽场外""", "2026-11-04 16:00 +0800",
      attachments=(Att("Runze_Trades_2026-10.xlsx", spreadsheet([
          ["date", "pair", "side", "qty", "price"],
          ["2026-10-03", "BTC/USD", "buy", "12", "94210"],
          ["2026-10-17", "USDT/HKD", "sell", "500000", "7.79"],
      ]), XLSX),)))

add(B("attachment", "fr",
      "French partner sends a signed PDF letter",
      (MORVELLE[0], MORVELLE[1]), LAURENT, "Lettre de confirmation signée",
      """Bonjour Camille,

Vous trouverez ci-joint notre lettre de confirmation signée concernant le compte séquestre.

Hélène Garnier""", "2026-11-06 15:00 +0100",
      attachments=(Att("Confirmation_sequestre.pdf",
                       pdf(["Banque Morvelle", "Lettre de confirmation", "Compte sequestre"], "Lettre"), PDF),)))

add(B("attachment", "ar",
      "Dubai office shares a photo (PNG) of the event booth",
      HADDAD, CEO, "صورة الجناح في المؤتمر",
      """هاروتو،

مرفقة صورة جناحنا في المؤتمر اليوم. الحضور كان جيداً.

عمر""", "2026-11-18 14:00 +0400",
      attachments=(Att("booth.png", png(8, 8, (240, 130, 30)), "image/png"),)))

add(B("attachment", "en",
      "internal forward of a suspicious attachment to security, defanged and without the attachment",
      CFO, TAKAHASHI, "FW: Term sheet - Series C secondary (suspicious)",
      """Sho,

Forwarding for analysis; I did not open it. The sender is deals@ravenmoor-partners[.]com and the
attachment was an .iso with a "PDF" inside. I have removed the attachment from this forward.

Emily""", "2026-11-05 18:00 +0900"))

# ---------------------------------------------------------------- conversation-hijack look-alikes
add(B("conversation-hijack", "en",
      "Pinemarsh's real thread opener from its own domain: settlement schedule, no address change",
      (PINEMARSH[0], PINEMARSH[1]), TANAKA, "November settlement schedule - Pinemarsh / Kitsune",
      """Hi Mika,

Proposed November settlement dates: 6, 13, 20 and 27 November, 08:00 UTC, USDC on Ethereum to and from
the addresses already whitelisted on both sides. Let me know if any date clashes with your holidays.

Best,
Nadia Holloway
Settlements, Pinemarsh""", "2026-11-04 00:12 +0000", message_id=MID_PINEMARSH))

add(B("conversation-hijack", "en",
      "Kitsune's genuine reply in the Pinemarsh thread (In-Reply-To set)",
      TANAKA, (PINEMARSH[0], PINEMARSH[1]), "RE: November settlement schedule - Pinemarsh / Kitsune",
      """Hi Nadia,

The dates work for us. As agreed, any change of address goes through the portal and a call-back to
the numbers in the onboarding file.

Mika""", "2026-11-04 11:30 +0900", in_reply_to=MID_PINEMARSH, references=MID_PINEMARSH))

add(B("conversation-hijack", "ja",
      "Kiryu Securities' real thread opener from its own domain with a plain PDF confirmation",
      (KIRYU[0], KIRYU[1]), TANAKA_JA, "11月分 約定確認書のご送付",
      """田中様

いつもお世話になっております。桐生証券の大森です。
11月第1週分の約定確認書をお送りいたします。ご査収のほどよろしくお願いいたします。

桐生証券株式会社 大森 俊介""", "2026-11-05 10:15 +0900", message_id=MID_KIRYU,
      attachments=(Att("約定確認書_20261105.pdf", pdf(["Kiryu Securities", "Trade confirmation 2026-11-05"],
                                                     "Confirmation"), PDF),)))

add(B("conversation-hijack", "ko",
      "Yeonwoo Custody's real thread opener: monthly fee invoice to the account on file",
      (YEONWOO[0], YEONWOO[1]), PARK, "11월 보관 수수료 청구서",
      """박대현 님,

11월 보관 수수료 청구서를 보내 드립니다. 입금 계좌는 계약서에 기재된 기존 계좌와 동일합니다.

정민수 드림""", "2026-11-06 09:00 +0900", message_id=MID_YEONWOO))

add(B("conversation-hijack", "zh",
      "Runze OTC's real thread opener about the monthly reconciliation",
      (RUNZE[0], RUNZE[1]), LI, "场外结算对账 11月",
      """李伟您好，

11月上半月的场外结算对账表已上传至双方共享的文件夹，请核对。
如无问题，按原协议结算。

陈思远
润泽场外""", "2026-11-05 10:30 +0800", message_id=MID_RUNZE))

add(B("conversation-hijack", "fr",
      "Banque Morvelle's real thread opener about the escrow return on the usual account",
      (MORVELLE[0], MORVELLE[1]), LAURENT, "Compte séquestre - restitution des fonds",
      """Bonjour Camille,

La restitution des fonds du compte séquestre est prévue vendredi 13 novembre, sur le compte
habituel enregistré dans nos deux référentiels. Aucune action n'est requise de votre part.

Hélène Garnier
Banque Morvelle""", "2026-11-09 14:20 +0100", message_id=MID_MORVELLE))

add(B("conversation-hijack", "ar",
      "Nakheel Crest's real thread opener: draft term sheet attached as docx",
      (NAKHEEL[0], NAKHEEL[1]), HADDAD, "مسودة الشروط - نخيل كرست / كيتسوني",
      """أخي عمر،

مرفقة مسودة الشروط للشراكة المقترحة. نرجو مراجعتها وإرسال ملاحظاتكم خلال الأسبوع.

يوسف المنصوري
نخيل كرست كابيتال""", "2026-11-07 10:00 +0400", message_id=MID_NAKHEEL,
      attachments=(Att("TermSheet_Draft.docx", word_document(["Term sheet draft", "Nakheel Crest / Kitsune"]), DOCX),)))

add(B("conversation-hijack", "en",
      "Verrano Prime's real thread opener: OTC ticket with fiat-first settlement as agreed",
      (VERRANO[0], VERRANO[1]), LI, "OTC ticket VP-3391 - settlement",
      """Li Wei,

Confirming ticket VP-3391: we buy 25 BTC. As usual, our USD wire goes first and you release the BTC
once it is credited.

Callum Achterberg
Verrano Prime""", "2026-11-09 02:00 +0000", message_id=MID_VERRANO))

add(B("conversation-hijack", "en",
      "Verrano Prime confirms after a call-back that the forwarded 'release now' message was not theirs",
      (VERRANO[0], VERRANO[1]), LI, "RE: OTC ticket VP-3391 - settlement",
      """Li Wei,

Thanks for calling. To confirm in writing: we did not send the forward asking you to release before
the wire, and verrano-prime[.]com is not our domain. Our wire went out this morning; please release as
usual once it is credited.

Callum""", "2026-11-16 10:30 +0000", in_reply_to=MID_VERRANO, references=MID_VERRANO))

add(B("conversation-hijack", "ja",
      "internal forward of the Kiryu hijack to security with the lookalike domain defanged",
      TANAKA_JA, TAKAHASHI_JA, "FW: RE: 11月分 約定確認書のご送付（不審）",
      """高橋さん

桐生証券を名乗る「修正版」メールが届きましたが、送信元が kiryu-sc[.]co[.]jp で、正規の
kiryu-sec.co.jp と違います。添付のパスワード付きZIPは開いていません。大森さんには電話で
確認中です。調査をお願いします。

田中""", "2026-11-08 14:05 +0900"))

add(B("conversation-hijack", "ko",
      "Yeonwoo Custody's real reply confirming after a call-back that the bank account has not changed",
      (YEONWOO[0], YEONWOO[1]), PARK, "RE: 11월 보관 수수료 청구서 - 계좌 변경 없음",
      """박대현 님,

전화 주셔서 감사합니다. 당사 계좌는 변경되지 않았으며, 계좌 변경을 메일로 안내하는 일은
없습니다. 기존 계좌로 입금해 주시면 됩니다.

정민수 드림""", "2026-11-09 15:30 +0900", in_reply_to=MID_YEONWOO, references=MID_YEONWOO))
