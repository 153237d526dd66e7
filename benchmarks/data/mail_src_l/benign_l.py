"""Set L benign look-alikes: hand-written for this set (see mail-l/README.md). `category` names the lure
category each message resembles."""

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
                    SUPPORT,
                    SUZUKI,
                    SUZUKI_JA,
                    TAKAHASHI,
                    TAKAHASHI_JA,
                    TANAKA,
                    TANAKA_JA,
                    TREASURY,
)
from spec import Mail
from threads_l import (
                    CHITOSE,
                    CHITOSE_MID,
                    DHOW,
                    DHOW_MID,
                    ELMSWORTH,
                    ELMSWORTH_MID,
                    EUNHA,
                    EUNHA_MID,
                    JIAHE,
                    JIAHE_MID,
                    SORELLE,
                    SORELLE_MID,
                    Att,
                    mail,
)

B, EX, VE, LL, RC, IM, TA, WA, AT, CH = ("benign", "exec-impersonation", "vendor-impersonation", "lookalike-link",
                                          "recruiter-coding-test", "investor-meeting-install", "trading-app",
                                          "wallet-request", "attachment", "conversation-hijack")
PDF, XLSX, DOCX, ZIP = ("application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/zip")
ENG = ("Engineering", "eng@kitsune-ex.co.jp")
HR_JA = ("人事部", "hr@kitsune-ex.co.jp")
IT_HELP = ("IT Helpdesk", "it-help@kitsune-ex.co.jp")
SECURITY = ("Security Team", "security@kitsune-ex.co.jp")

EXEC: list[Mail] = [
    mail(B, EX, "ja", "the real CEO from his own address asks for board figures today; no transfer, normal shared drive",
         CEO_JA, TANAKA_JA, "【至急】取締役会資料：ウォレット残高の最新値",
         """田中さん

明日の取締役会資料に、11月6日時点のホット／コールド別の残高を追記したいです。
今日中に共有ドライブの「取締役会/2026-11」フォルダの残高表を更新してもらえますか。
送金などの操作は一切不要です。数字の確認だけお願いします。

佐藤""", "2026-11-06 10:12 +0900"),
    mail(B, EX, "en", "the real CFO asks treasury to pay the auditor through the ERP with two approvers and the usual call-back",
         CFO, TREASURY, "Audit fee - please process through the ERP",
         """Hi Treasury,

The interim audit invoice from our auditors (JPY 6.6m) is approved on my side. Please raise it in the
ERP as usual; it needs the second approver and the call-back to the number we already hold for them,
not the one on the invoice.

No rush beyond the normal payment run on the 20th.

Thanks,
Emily""", "2026-11-09 09:40 +0000"),
    mail(B, EX, "ja", "the CEO's assistant shares his trip schedule and restates that he never asks for transfers or settings changes by mail",
         ITO_JA, ALL_STAFF, "佐藤社長の出張予定（11/5〜11/9 シンガポール）",
         """各位

佐藤社長は 11/5〜11/9 までシンガポール出張です。日中は会議が続くため、急ぎの連絡は私までお願いします。

なお、出張中に社長名で「私用アドレスからの送金依頼」「認証設定の変更依頼」などが届いた場合は、
対応せずセキュリティチーム（security@kitsune-ex.co.jp）へ転送してください。社長がそのような依頼を
メールやチャットで行うことはありません。

秘書室 伊藤""", "2026-11-04 17:30 +0900"),
    mail(B, EX, "en", "security team announces a CEO-impersonation drill and how to report",
         SECURITY, ALL_STAFF, "Phishing drill this month: executive impersonation",
         """Hi all,

During the second half of November we will run a phishing drill in which some of you receive mail that
pretends to come from Haruto or Emily. Please do not reply to suspicious requests; use the "Report
phishing" button in Outlook or forward to security@kitsune-ex.co.jp.

Reminder: our executives never ask for transfers, MFA changes or gift cards by mail or chat. Real
requests always come with a ticket.

Security Team""", "2026-11-04 09:00 +0900"),
    mail(B, EX, "fr", "the real CFO writes to the Paris office about the lease renewal, through the usual approval flow",
         CFO, LAURENT, "Renouvellement du bail - Paris",
         """Bonjour Camille,

Le bailleur nous a envoyé l'avenant de renouvellement. Peux-tu le déposer dans le dossier juridique et
ouvrir la demande d'approbation habituelle dans l'ERP ? Le dépôt de garantie ne change pas, il n'y a
donc rien à virer cette année.

On en parle à notre point de jeudi.

Emily""", "2026-11-10 08:50 +0000"),
    mail(B, EX, "ko", "the real CEO tells the Seoul office about his visit next week; nothing to do but book a dinner",
         CEO, PARK, "다음 주 서울 방문 일정",
         """박대현 님,

다음 주 목요일(11/19)에 서울에 들러 파트너사 두 곳과 미팅할 예정입니다.
저녁 식사 자리를 한 곳 예약해 주시면 감사하겠습니다. 비용은 평소처럼 경비 시스템으로 처리해 주세요.

사토 하루토""", "2026-11-12 11:00 +0900"),
    mail(B, EX, "zh", "the real CFO asks the HK desk to upload the monthly OTC reconciliation to the finance SharePoint",
         CFO, LI, "十月场外对账报告",
         """李伟：

请在本周五前把十月份的场外交易对账报告上传到财务部 SharePoint 的“OTC/2026-10”文件夹。
如果有差异，请在报告里注明，下周一的财务例会上讨论。

谢谢，
Emily""", "2026-11-11 02:30 +0000"),
    mail(B, EX, "ar", "the real CEO congratulates the Dubai office on the licence file and schedules a call",
         CEO, HADDAD, "ملف الترخيص - شكراً",
         """عزيزي عمر،

شكراً لك وللفريق على تقديم ملف الترخيص في موعده. سأتصل بك يوم الاثنين لمراجعة الخطوات القادمة
مع فريق الامتثال. لا حاجة لأي إجراء قبل ذلك.

هاروتو ساتو""", "2026-11-13 06:20 +0000"),
]

VENDOR: list[Mail] = [
    mail(B, VE, "en", "real Fireblocks new-device sign-in notification from its own domain, linking to console.fireblocks.io",
         ("Fireblocks", "no-reply@fireblocks.io"), TANAKA, "New sign-in to your Fireblocks workspace",
         """Hi Mika,

A new sign-in to the Kitsune Exchange workspace was recorded:

  Device: Chrome on macOS
  Location: Tokyo, JP
  Time: 2026-11-05 00:42 UTC

If this was you, no action is needed. If not, contact your workspace admin and review active sessions at
https://console.fireblocks.io/v2/settings/users

Fireblocks""", "2026-11-05 00:43 +0000"),
    mail(B, VE, "en", "real Safe product newsletter from safe.global, links to app.safe.global and docs",
         ("Safe", "hello@safe.global"), TANAKA, "What's new in Safe{Wallet} - November",
         """Hi there,

This month in Safe{Wallet}:

* Nested Safes: view and sign for a Safe that is an owner of another Safe.
* Clearer transaction simulation for multisend batches.
* Guard and module changes are now highlighted in red in the queue.

Try it at https://app.safe.global and read the release notes at https://help.safe.global.

The Safe team""", "2026-11-06 15:00 +0000"),
    mail(B, VE, "en", "real Okta notice that an admin reset the user's factor, pointing to the org's own Okta tenant",
         ("Okta", "noreply@okta.com"), SUZUKI, "Your Okta Verify factor was reset",
         """Hello Kenta,

Your administrator reset your Okta Verify factor on 7 November 2026 at 10:03 JST (ticket IT-4471).
Next time you sign in at https://kitsune-ex.okta.com you will be asked to set it up again.

If you did not ask for this, contact your IT helpdesk.

Okta""", "2026-11-07 01:05 +0000"),
    mail(B, VE, "en", "real Google Workspace invoice-available notice",
         ("Google Workspace", "payments-noreply@google.com"), KEIRI, "Your Google Workspace invoice is available",
         """Your invoice for October 2026 is available.

Account: kitsune-ex.com
Amount: USD 1,944.00 (charged to the card on file)

View it in the Admin console: https://admin.google.com/ac/billing

Google Workspace""", "2026-11-04 20:00 +0000"),
    mail(B, VE, "ja", "real Chatwork maintenance notice from chatwork.com with no login request",
         ("Chatwork", "info@chatwork.com"), SUZUKI_JA, "【Chatwork】定期メンテナンスのお知らせ（11/15 深夜）",
         """いつも Chatwork をご利用いただきありがとうございます。

下記日程でシステムメンテナンスを実施いたします。メンテナンス中はサービスをご利用いただけません。

  日時：2026年11月15日（日）2:00〜5:00

詳細はお知らせページをご覧ください：https://help.chatwork.com/hc/ja/

Chatwork株式会社""", "2026-11-08 12:00 +0900"),
    mail(B, VE, "en", "real Coinbase Prime monthly statement notice pointing to prime.coinbase.com",
         ("Coinbase Prime", "no-reply@coinbase.com"), TREASURY, "Your October statement is ready",
         """Hello,

Your Coinbase Prime statement for October 2026 is ready. Sign in to https://prime.coinbase.com to
download it from Reports.

Coinbase will never ask for your API secret, passphrase or password by email.

Coinbase Prime""", "2026-11-04 14:00 +0000"),
    mail(B, VE, "zh", "real Huawei Cloud bill notice from huaweicloud.com",
         ("华为云", "noreply@huaweicloud.com"), LI, "华为云 10 月账单已出账",
         """尊敬的客户：

您的账户 kitsune-ex-hk 2026 年 10 月账单已出账，金额 HKD 3,412.60，将按合同于 11 月 20 日
通过已绑定的付款方式扣款。

可登录 https://console.huaweicloud.com 查看账单明细。

华为云""", "2026-11-04 10:00 +0800"),
    mail(B, VE, "ko", "real Atlassian plan-change notice in Korean",
         ("Atlassian", "no-reply@am.atlassian.com"), PARK, "Jira Cloud 요금제 변경 확인",
         """안녕하세요,

kitsune-ex.atlassian.net 사이트의 Jira Cloud 요금제가 Standard 에서 Premium 으로 변경되었습니다.
변경 내용은 다음 청구서부터 적용됩니다.

관리: https://admin.atlassian.com

Atlassian 드림""", "2026-11-09 03:00 +0000"),
    mail(B, VE, "fr", "real Ubble API changelog from its own domain, no credentials requested",
         ("Ubble", "product@ubble.ai"), LAURENT, "Nouveautés de l'API Ubble - novembre",
         """Bonjour,

Les nouveautés de ce mois :
* nouveau statut « review_needed » dans les webhooks ;
* la v2 de l'API reste supportée jusqu'en juin 2027, aucune action n'est requise aujourd'hui.

Documentation : https://docs.ubble.ai

L'équipe produit Ubble""", "2026-11-10 16:00 +0100"),
]

LOOKALIKE: list[Mail] = [
    mail(B, LL, "ja", "real HR notice on the org's own domain about the employee stock-ownership plan, linking the real intranet",
         HR_JA, ALL_STAFF, "【社員持株会】12月拠出分の口数変更について",
         """社員各位

社員持株会の12月拠出分の口数変更を受け付けます。
手続きは社内ポータル（https://intra.kitsune-ex.co.jp/hr/mochikabu）から行ってください。
奨励金率は従来どおり 10% です。

締切：11月20日（金）

人事部""", "2026-11-04 10:00 +0900"),
    mail(B, LL, "en", "security digest lists this month's lookalike domains, defanged",
         SECURITY, ALL_STAFF, "Weekly security digest - lookalike domains seen",
         """Hi all,

Lookalike domains we blocked this week (defanged, do not visit):

  kitusne-ex[.]co[.]jp      - fake stock-ownership page
  fireblock[.]io            - fake Fireblocks device re-binding
  app.safe-global[.]org     - fake Safe queue link
  kitsune-ex[.]asia         - fake club subsidy form

If you entered your password on any of them, tell us right away and we will reset it with you.

Security Team""", "2026-11-16 09:00 +0900"),
    mail(B, LL, "en", "real facilities notice about parking permits on the real intranet",
         ("Facilities", "facilities@kitsune-ex.com"), ALL_STAFF, "Parking permits 2027",
         """Hello,

2027 parking permits will be handed out at reception from 1 December. If you no longer need a space,
please tell us via the intranet form: https://intra.kitsune-ex.com/facilities/parking

No login to any other site is needed.

Facilities""", "2026-11-06 09:30 +0900"),
    mail(B, LL, "ko", "real Seoul club-subsidy notice linking the company's own benefits site",
         ("경영지원팀", "admin-seoul@kitsune-ex.com"), PARK, "하반기 동호회 지원금 신청",
         """서울지점 여러분,

하반기 동호회 지원금 신청은 사내 복지 포털(https://benefits.kitsune-ex.com/club)에서 받습니다.
신청 기간은 11월 30일까지입니다.

경영지원팀""", "2026-11-05 10:00 +0900"),
    mail(B, LL, "fr", "real HR notice about the new health insurer, linking the insurer's real site",
         ("RH Paris", "rh@kitsune-ex.com"), LAURENT, "Nouvelle mutuelle au 1er janvier",
         """Bonjour à tous,

Notre nouvelle complémentaire santé sera Alan à partir du 1er janvier. Vous recevrez une invitation
directement d'Alan (alan.com) pour créer votre compte ; rien n'est à faire sur un autre site.

Les RH""", "2026-11-07 11:00 +0100"),
    mail(B, LL, "zh", "real HR year-end bonus notice linking the company's own HR site",
         ("人力资源部", "hr-hk@kitsune-ex.com"), LI, "2026 年终奖金安排",
         """各位同事：

年终奖金方案将于 12 月初在公司 HR 系统（https://hr.kitsune-ex.com）公布，届时会另行通知。
本月无需签署任何文件。

人力资源部""", "2026-11-09 10:00 +0800"),
    mail(B, LL, "ar", "real Dubai facilities notice: collect new access cards at reception, no login",
         ("إدارة المرافق", "facilities@kitsune-ex.com"), HADDAD, "بطاقات الدخول الجديدة",
         """الزملاء الأعزاء،

يمكن استلام بطاقات الدخول الجديدة من الاستقبال اعتباراً من 20 نوفمبر مع إبراز الهوية.
لا حاجة لتسجيل الدخول إلى أي موقع.

إدارة المرافق""", "2026-11-12 09:00 +0400"),
]

RECRUIT: list[Mail] = [
    mail(B, RC, "en", "careers team asks an interviewer to review a candidate's take-home PR on the company's own GitHub org",
         CAREERS, SUZUKI, "Interview panel: please review take-home PR #41",
         """Hi Kenta,

Candidate A. Morgan submitted the matching-engine take-home. Please review the pull request in our own
org before Thursday's panel:

  https://github.com/kitsune-ex/takehome-matching/pull/41

CI has already run it in the sandbox; please read it in the browser or a Codespace, no need to run it
locally.

Careers team""", "2026-11-05 10:00 +0900"),
    mail(B, RC, "ja", "genuine agency recruiter introduces a role and asks for a call; nothing to install",
         ("西田 真央 (Spring転職エージェント)", "mao.nishida@springjapan.com"), SUZUKI_JA, "バックエンドエンジニア求人のご紹介",
         """鈴木様

突然のご連絡失礼いたします。Spring転職エージェントの西田と申します。
フィンテック企業のバックエンドエンジニア（Go/Rust）求人をご紹介したくご連絡しました。
ご興味があれば、15分ほどお電話でお話しできれば幸いです。

ご都合のよい日時をお知らせください。""", "2026-11-06 12:30 +0900"),
    mail(B, RC, "en", "GitHub Actions failure notification for the company's own repo, showing npm ci in the log",
         ("GitHub", "notifications@github.com"), SUZUKI, "[kitsune-ex/wallet-service] Run failed: CI - main (a1f93c2)",
         """Run failed for CI on main (a1f93c2)

  build   Process completed with exit code 1.
  > npm ci
  > npm test -- --runInBand
  1 failing: withdrawal limits > rejects over daily cap

View the run: https://github.com/kitsune-ex/wallet-service/actions/runs/11839201

You are receiving this because you are subscribed to this repository.""", "2026-11-07 05:12 +0000"),
    mail(B, RC, "en", "internal onboarding: dev environment from the company's own repo, inside the managed VM only",
         TAKAHASHI, ENG, "Dev environment refresh - do it inside the dev VM",
         """Hi all,

The dev container image has been refreshed. Inside your managed dev VM (not on your laptop):

  git clone https://github.com/kitsune-ex/devenv
  cd devenv && make dev

Never run code from external repos, candidates or recruiters on a machine that has production access.
Ping #eng-help if something breaks.

Sho""", "2026-11-09 09:15 +0900"),
    mail(B, RC, "ko", "Korean job-platform recommendation with no code or download",
         ("점핏", "noreply@jumpit.co.kr"), PARK, "박대현 님께 추천하는 포지션 3건",
         """박대현 님, 이번 주 추천 포지션입니다.

- 블록체인 백엔드 개발자 (서울 강남)
- 디지털자산 수탁 인프라 엔지니어
- 거래소 리스크 관리 시스템 개발

자세히 보기: https://www.jumpit.co.kr

수신을 원하지 않으시면 설정에서 변경하세요.""", "2026-11-10 08:00 +0900"),
    mail(B, RC, "zh", "Lagou job alert with no code or download",
         ("拉勾招聘", "service@lagou.com"), LI, "您关注的职位有新机会",
         """李伟您好，

根据您的求职意向，为您推荐以下职位：
· 数字资产托管 高级工程师（香港）
· 区块链安全研究员（深圳）

查看详情：https://www.lagou.com

拉勾招聘""", "2026-11-11 09:00 +0800"),
    mail(B, RC, "fr", "APEC job-offer alert with no code or download",
         ("Apec", "alertes@apec.fr"), LAURENT, "3 nouvelles offres correspondent à votre recherche",
         """Bonjour Camille,

3 nouvelles offres correspondent à votre alerte « Responsable conformité crypto » :
- Responsable conformité PSAN - Paris 8e
- Chargé(e) LCB-FT actifs numériques - La Défense
- Compliance officer - Lyon

Consulter les offres : https://www.apec.fr

L'Apec""", "2026-11-12 07:00 +0100"),
    mail(B, RC, "ar", "Naukrigulf job alert with no code or download",
         ("Naukrigulf", "jobalerts@naukrigulf.com"), HADDAD, "وظائف جديدة تناسب ملفك",
         """مرحباً عمر،

وظائف جديدة في دبي تناسب ملفك المهني:
- مدير تطوير أعمال - أصول رقمية
- مدير علاقات مؤسسية - بورصة عملات مشفرة

عرض الوظائف: https://www.naukrigulf.com

Naukrigulf""", "2026-11-13 08:00 +0400"),
    mail(B, RC, "en", "candidate applies with a CV and a public GitHub profile to read; nothing to run",
         ("Tomasz Nowak", "tomasz.nowak.dev@gmail.com"), CAREERS, "Application - Senior Backend Engineer",
         """Hello,

I'd like to apply for the Senior Backend Engineer role. My CV is attached and some of my open-source
work (a Rust order-book library) is on https://github.com/tnowak-dev.

Happy to do any assessment you use.

Best regards,
Tomasz Nowak""", "2026-11-14 19:20 +0100",
         attachments=(Att("Tomasz_Nowak_CV.pdf", pdf(["Tomasz Nowak", "Senior Backend Engineer", "Rust, Go, PostgreSQL"],
                                                       "CV"), PDF),)),
]

INVESTOR: list[Mail] = [
    mail(B, IM, "en", "real investor sends a standard zoom.us link; browser or the installed client",
         ("Grace Okafor", "grace@bramblecrest.com"), CEO, "Bramblecrest / Kitsune - Zoom for Tuesday",
         """Hi Haruto,

Here is the link for Tuesday 10:00 JST:
https://zoom.us/j/93318204417?pwd=Qm9rU2VhTHk3

Joining from the browser is fine. Looking forward to it.

Grace Okafor
Bramblecrest Partners""", "2026-11-05 08:00 +0000"),
    mail(B, IM, "ja", "securities firm sends a Teams invitation with an .ics",
         ("石川 慶 (みなと証券)", "k.ishikawa@minato-sec.co.jp"), CEO_JA, "IR面談のご案内（Microsoft Teams）",
         """佐藤様

11月18日（水）15:00〜の面談を Microsoft Teams にてお願いいたします。招待状を添付いたしました。

会議リンク：https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1MzQ4@thread.v2/0

みなと証券 石川""", "2026-11-10 14:00 +0900",
         attachments=(Att("invite.ics", ics("IR面談 Kitsune Exchange", "20261118T060000Z", "20261118T070000Z",
                                          "k.ishikawa@minato-sec.co.jp", "h.sato@kitsune-ex.co.jp",
                                          "Microsoft Teams", "minato-20261118-ir"), "text/calendar"),)),
    mail(B, IM, "ko", "Korean VC sends a Google Meet link",
         ("윤서진 (새벽파트너스)", "seojin.yoon@saebyeok-partners.kr"), PARK, "미팅 링크 공유드립니다",
         """박대현 님,

목요일 오후 4시 미팅은 Google Meet 으로 진행합니다.
https://meet.google.com/kqx-trhb-mwe

브라우저로 바로 들어오시면 됩니다.

윤서진 드림""", "2026-11-11 10:00 +0900"),
    mail(B, IM, "zh", "Chinese fund sends a standard Tencent Meeting link",
         ("赵明轩 (澄江资本)", "mx.zhao@chengjiang-cap.com"), LI, "腾讯会议邀请：周五项目交流",
         """李伟您好，

周五下午三点的交流会使用腾讯会议：
https://meeting.tencent.com/dm/Xq7R2pL0aZkN
会议号：418 227 903

网页或已安装的客户端均可入会。

赵明轩""", "2026-11-12 11:00 +0800"),
    mail(B, IM, "fr", "French investor sends a Webex link",
         ("Claire Lemarchand", "c.lemarchand@vauban-invest.fr"), LAURENT, "Invitation Webex - revue trimestrielle",
         """Bonjour Camille,

Voici le lien Webex pour notre revue trimestrielle de mardi à 10h :
https://vauban-invest.webex.com/meet/c.lemarchand

Le navigateur suffit.

Claire Lemarchand""", "2026-11-13 09:30 +0100"),
    mail(B, IM, "en", "IT notice: meeting clients are installed and updated only by Intune/Jamf, never from a link a contact sends",
         IT_HELP, ALL_STAFF, "Reminder: meeting apps come from Self Service only",
         """Hi all,

Zoom, Teams and Webex on company laptops are installed and updated by Intune (Windows) and Jamf Self
Service (Mac). If an external contact says you need a special client, plugin or "update" to join their
meeting, do not install it: join in the browser and tell us.

IT Helpdesk""", "2026-11-06 09:00 +0900"),
    mail(B, IM, "ar", "Abu Dhabi fund sends a zoom.us link in Arabic",
         ("مريم الكعبي", "maryam@sidraridge.ae"), HADDAD, "رابط اجتماع الأربعاء",
         """عزيزي عمر،

رابط اجتماع الأربعاء الساعة 11 صباحاً:
https://zoom.us/j/85520147736

يمكنك الانضمام من المتصفح مباشرة.

مريم الكعبي
Sidra Ridge Capital""", "2026-11-15 12:00 +0400"),
    mail(B, IM, "en", "startup founder shares a DocSend deck ahead of a call; view in browser",
         ("Ivo Brandt", "ivo@lumenrail.io"), CEO, "Lumenrail deck before our call",
         """Hi Haruto,

Ahead of Friday, here is our deck: https://docsend.com/view/p8x2kzq4r7

We'll use the Google Meet link in the calendar invite.

Ivo""", "2026-11-16 07:30 +0000"),
]

TRADING: list[Mail] = [
    mail(B, TA, "en", "the company's own app release, linking only the official stores",
         SUPPORT, ALL_STAFF, "Kitsune Exchange app 5.2 is live",
         """Hi all,

Version 5.2 of our app (price alerts, faster KYC) is live:
App Store: https://apps.apple.com/jp/app/kitsune-exchange/id1587203344
Google Play: https://play.google.com/store/apps/details?id=jp.co.kitsuneex.app

Please point customers only to these two links.

Product team""", "2026-11-05 11:00 +0900"),
    mail(B, TA, "en", "real TradingView alert notification",
         ("TradingView", "noreply@tradingview.com"), TANAKA, "Alert: BTCUSD crossing 98,000",
         """Your alert "BTCUSD crossing 98,000" was triggered.

Open chart: https://www.tradingview.com/chart/?symbol=BTCUSD

TradingView""", "2026-11-07 02:14 +0000"),
    mail(B, TA, "ja", "desk note: approved terminals are installed only from the Intune Company Portal",
         TAKAHASHI_JA, TANAKA_JA, "トレーディング端末の承認リスト更新",
         """田中さん

デスクで利用可能な端末ソフトの承認リストを更新しました（Bloomberg、TradingView Desktop、自社の管理画面）。
いずれも Intune のポータルサイトからのみインストールしてください。社外から送られてきたツールや
ボットは、評価依頼としてセキュリティチームに回してください。

高橋""", "2026-11-08 10:30 +0900"),
    mail(B, TA, "en", "real App Store Connect build-status notice",
         ("App Store Connect", "no_reply@email.apple.com"), SUZUKI, "The status of your app has changed to Ready for Distribution",
         """Dear Kenta Suzuki,

The following app has been approved and its status is now Ready for Distribution:
App Name: Kitsune Exchange
App Version Number: 5.2

App Store Connect""", "2026-11-04 22:00 +0000"),
    mail(B, TA, "ko", "real Upbit Open API notice about mandatory IP allowlists",
         ("업비트", "noreply@upbit.com"), PARK, "[업비트] Open API 키 IP 등록 의무화 안내",
         """안녕하세요, 업비트입니다.

12월 1일부터 모든 Open API 키는 허용 IP 등록이 필수입니다. 등록은 업비트 웹사이트
마이페이지 > Open API 관리에서 하실 수 있습니다.

업비트는 API 키나 비밀번호를 이메일로 요청하지 않습니다.""", "2026-11-10 09:00 +0900"),
    mail(B, TA, "zh", "IT notice that a Bloomberg Terminal update is pushed by Intune overnight",
         ("IT 支持", "it-hk@kitsune-ex.com"), LI, "Bloomberg 终端今晚自动更新",
         """各位：

今晚 22:00 起，IT 将通过 Intune 推送 Bloomberg 终端更新，请保持电脑开机并连接公司网络。
无需自行下载任何安装包。

IT 支持""", "2026-11-12 17:00 +0800"),
]

WALLET: list[Mail] = [
    mail(B, WA, "en", "real Fireblocks approval-request notification; approval happens in the mobile app",
         ("Fireblocks", "no-reply@fireblocks.io"), TANAKA, "Transaction awaiting your approval",
         """A transaction is awaiting your approval:

  Source: Treasury Vault 02
  Destination: Elmsworth Prime (whitelisted)
  Amount: 250,000 USDC

Approve or reject it in the Fireblocks mobile app.

Fireblocks""", "2026-11-06 01:30 +0000"),
    mail(B, WA, "en", "internal treasury note: sign queued Safe transactions in the real app after checking hashes",
         TANAKA, (CFO, TAKAHASHI), "Safe queue 212-214 ready for signatures",
         """Hi both,

Nonces 212-214 are queued in the treasury Safe (monthly fee payments, all to whitelisted addresses).
Please check the safeTxHash on your hardware signer against the sheet in the treasury drive and sign in
https://app.safe.global when you have a moment.

Mika""", "2026-11-11 02:50 +0000"),
    mail(B, WA, "ja", "key-ceremony schedule; recovery material never leaves the vault room",
         TAKAHASHI_JA, TANAKA_JA, "コールドウォレット鍵更新セレモニーの日程",
         """田中さん

コールドウォレットの鍵更新セレモニーを 11/19（木）10:00 より金庫室で実施します。
参加者は前回と同じ4名です。リカバリー情報は金庫室の外に持ち出さず、撮影・メモも禁止です。

高橋""", "2026-11-09 15:00 +0900"),
    mail(B, WA, "en", "partner payout-address change confirmed by call-back and added through the whitelisting flow",
         TANAKA, TAKAHASHI, "Greyfen Markets new USDC address - verified",
         """Hi Sho,

Greyfen Markets sent a new USDC address through their signed portal. I called back their ops lead on the
number in our onboarding file and she read the address back to me. I've submitted it in the Fireblocks
whitelist flow; it needs your approval and the 24-hour delay applies.

Mika""", "2026-11-12 03:10 +0000"),
    mail(B, WA, "en", "support reply warning a customer never to share the recovery phrase",
         SUPPORT, ("Daniel Okonkwo", "daniel.okonkwo84@gmail.com"), "Re: [#88231] Someone asked for my recovery phrase",
         """Hi Daniel,

Thank you for reporting this. Kitsune Exchange staff will never ask for your recovery phrase, private
keys or 2FA codes, by mail, chat or phone. The account that messaged you is not ours; please block it.

Your account shows no unusual activity.

Kitsune Exchange Support""", "2026-11-13 06:00 +0000"),
    mail(B, WA, "ja", "proof-of-reserves auditor's procedure asks only for signed messages, never keys",
         ("監査法人 白樺 デジタル資産チーム", "digital@shirakaba-audit.jp"), TANAKA_JA, "準備金証明の手続きについて",
         """田中様

準備金証明（PoR）の手続きについてご案内します。
各ウォレットで所定のメッセージに署名いただき、署名結果のみをご提出ください。
秘密鍵やリカバリーフレーズをご提出いただくことは一切ありません。

監査法人白樺""", "2026-11-10 11:00 +0900"),
    mail(B, WA, "fr", "Paris office adds a client withdrawal address after a call-back, through the tool",
         LAURENT, TANAKA, "Adresse de retrait client - vérifiée",
         """Bonjour Mika,

Le client Fauré & Fils a ajouté une nouvelle adresse de retrait via son espace client. J'ai rappelé leur
trésorier au numéro du dossier KYC, il a confirmé l'adresse. La demande est dans l'outil, en attente de
ta validation et du délai de 24 h.

Camille""", "2026-11-13 10:30 +0100"),
    mail(B, WA, "zh", "HK desk confirms an OTC settlement to a long-whitelisted address",
         LI, TANAKA, "场外结算完成确认",
         """田中：

今天与嘉禾数字资产的场外交易已结算，USDT 发送至白名单中的既有地址（未变更），
交易哈希已登记在结算表中。

李伟""", "2026-11-08 08:40 +0000"),
    mail(B, WA, "ar", "Dubai office tells a client to use only the deposit address shown in the app",
         HADDAD, ("Saeed Al Mansoori", "saeed.mansoori@sidraridge.ae"), "عنوان الإيداع",
         """أخي سعيد،

يرجى استخدام عنوان الإيداع الظاهر في حسابكم على المنصة فقط. لن نرسل لكم عناوين إيداع عبر البريد
الإلكتروني أو الواتساب.

عمر حداد""", "2026-11-14 09:00 +0400"),
    mail(B, WA, "ko", "Seoul office's quarterly cold-wallet check where recovery phrases are never handled",
         PARK, TAKAHASHI, "분기 콜드월렛 점검 결과",
         """다카하시 님,

서울 금고의 하드웨어 지갑 3대 분기 점검을 마쳤습니다. 봉인 번호와 펌웨어 버전만 확인했고,
복구 문구 카드는 봉투를 열지 않았습니다. 점검표는 보안 드라이브에 올려 두었습니다.

박대현""", "2026-11-16 10:00 +0900"),
]

_INVOICE_PDF = pdf(["Yushima Shiko Co.", "Invoice MP-2026-1104", "Business cards x 200: JPY 18,700"], "Invoice")

ATTACH: list[Mail] = [
    mail(B, AT, "ja", "PPAP-style encrypted zip of a PDF invoice from a known supplier; the password follows in a second mail",
         ("湯島紙工 請求担当", "seikyu@yushima-shiko.co.jp"), KEIRI, "請求書送付のご案内（11月分）",
         """経理部 御中

いつもお世話になっております。11月分の請求書を添付にてお送りいたします。
パスワードは別メールにてお送りいたします。

湯島紙工株式会社""", "2026-11-05 13:00 +0900",
         attachments=(Att("請求書_MP-2026-1104.zip", zip_archive([("請求書_MP-2026-1104.pdf", _INVOICE_PDF)],
                                                               password="mp1104"), ZIP),)),
    mail(B, AT, "ja", "the supplier's separate password mail for the PPAP zip",
         ("湯島紙工 請求担当", "seikyu@yushima-shiko.co.jp"), KEIRI, "【パスワード】請求書送付のご案内（11月分）",
         """経理部 御中

先ほどお送りした添付ファイルのパスワードをお知らせします。

パスワード：mp1104

湯島紙工株式会社""", "2026-11-05 13:02 +0900"),
    mail(B, AT, "en", "law firm sends a contract draft as a plain docx",
         ("Hannah Ashdown", "h.ashdown@carrow-lane.law"), CFO, "Custody agreement - draft v3",
         """Dear Emily,

Attached is draft v3 of the custody agreement with our comments. Happy to discuss on Thursday's call.

Kind regards,
Hannah Ashdown
Carrow Lane LLP""", "2026-11-06 16:00 +0000",
         attachments=(Att("Custody_Agreement_v3.docx", word_document(["Custody Agreement", "Draft v3",
                                                                     "Clause 4: segregation of assets"]), DOCX),)),
    mail(B, AT, "en", "security team's IOC spreadsheet naming lure file types and hashes",
         SECURITY, ENG, "IOC list - November DPRK lures",
         """Hi,

Attached is this month's IOC sheet (file types, names and hashes) from the industry ISAC: ISO with
.docx.lnk, CHM checklists, SVG invoices, .xll add-ins. Please add the hashes to your detections.

Security Team""", "2026-11-08 09:00 +0900",
         attachments=(Att("IOC_2026-11.xlsx", spreadsheet([
             ["type", "name", "sha256"],
             ["lnk", "TermSheet_final.docx.lnk", "3f1a9c0d5b7e2a4c6d8e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e"],
             ["chm", "Audit_Checklist.chm", "9b8a7c6d5e4f30211f2e3d4c5b6a79880766554433221100ffeeddccbbaa9988"],
             ["svg", "Invoice.svg", "0a1b2c3d4e5f60718293a4b5c6d7e8f9001122334455667788990aabbccddeeff"]]), XLSX),)),
    mail(B, AT, "ko", "Korean partner sends a macro-free xlsx meeting schedule",
         ("윤서진 (새벽파트너스)", "seojin.yoon@saebyeok-partners.kr"), PARK, "12월 방문 일정표 공유",
         """박대현 님,

12월 도쿄 방문 일정표를 첨부드립니다. 확인 부탁드립니다.

윤서진 드림""", "2026-11-14 15:00 +0900",
         attachments=(Att("방문일정_12월.xlsx", spreadsheet([["날짜", "일정"], ["12/3", "키츠네 본사 미팅"],
                                                          ["12/4", "FSA 세미나"]]), XLSX),)),
    mail(B, AT, "zh", "known HK partner sends a PDF trade confirmation",
         JIAHE, LI, "11月12日成交确认书",
         """李先生：

附件为 11 月 12 日场外成交确认书（PDF），请查收。

何嘉欣
嘉禾数字资产""", "2026-11-12 18:00 +0800",
         attachments=(Att("Trade_Confirmation_20261112.pdf",
                          pdf(["Jiahe Digital Assets", "Trade confirmation 2026-11-12", "USDT/HKD 500,000"],
                              "Confirmation"), PDF),)),
    mail(B, AT, "fr", "French supplier sends a PDF invoice",
         ("Facturation Bureau Vallon", "facturation@bureau-vallon.fr"), LAURENT, "Facture F-2026-311",
         """Bonjour,

Veuillez trouver ci-joint la facture F-2026-311 pour les fournitures d'octobre. Paiement à 30 jours
sur le compte habituel.

Bureau Vallon""", "2026-11-09 10:00 +0100",
         attachments=(Att("Facture_F-2026-311.pdf", pdf(["Bureau Vallon", "Facture F-2026-311", "Total TTC : 412,80 EUR"],
                                                        "Facture"), PDF),)),
    mail(B, AT, "ar", "Dubai event organiser sends a PNG floor plan",
         ("فريق الفعاليات - Gulf Chain Forum", "events@gulfchainforum.com"), HADDAD, "مخطط الجناح",
         """عزيزي عمر،

مرفق مخطط موقع جناحكم في المعرض. يرجى التأكيد قبل 20 نوفمبر.

فريق الفعاليات""", "2026-11-11 13:00 +0400",
         attachments=(Att("booth_plan.png", png(8, 6, (40, 90, 160)), "image/png"),)),
]

HIJACK: list[Mail] = [
    mail(B, CH, "en", "Elmsworth's genuine thread opener from Tanaka confirming November cut-offs",
         TANAKA, ELMSWORTH, "Elmsworth / Kitsune - November settlement schedule",
         """Hi Harriet,

Confirming our cut-offs for November: 15:00 JST daily, USDC and USD legs as in the SSIs on file.

Best,
Mika""", "2026-11-05 09:31 +0000", message_id=ELMSWORTH_MID),
    mail(B, CH, "en", "Elmsworth's real reply after a call-back: our SSIs have not changed",
         ELMSWORTH, TANAKA, "RE: Elmsworth / Kitsune - November settlement schedule",
         """Hi Mika,

Thanks for calling. To confirm in writing: our settlement instructions have not changed, and we never
send SSIs through a portal link. The elmsworth-co.uk message is not from us; we've reported it.

Best,
Harriet Voss
Elmsworth Prime""", "2026-11-10 14:05 +0000", in_reply_to=ELMSWORTH_MID, references=ELMSWORTH_MID),
    mail(B, CH, "ja", "Chitose Finance's genuine thread opener with its real settlement statement",
         CHITOSE, TANAKA_JA, "11月分 精算明細のご送付",
         """田中様

いつもお世話になっております。千歳ファイナンスの大関です。
11月分の精算明細をお送りいたします。ご確認のほどよろしくお願いいたします。

大関""", "2026-11-06 13:12 +0900", message_id=CHITOSE_MID,
         attachments=(Att("精算明細_202611.pdf", pdf(["Chitose Finance", "Settlement statement 2026-11"], "Statement"), PDF),)),
    mail(B, CH, "fr", "Banque Sorelle's genuine thread about the EUR leg, no change of account",
         SORELLE, LAURENT, "Règlement de la jambe EUR - novembre",
         """Bonjour Camille,

Pour novembre, les règlements de la jambe EUR restent sur le compte habituel, selon le calendrier joint
à notre convention. Aucune modification n'est prévue.

Mathilde Royer
Banque Sorelle""", "2026-11-07 10:00 +0100", message_id=SORELLE_MID),
    mail(B, CH, "ko", "Eunha Digital's genuine thread opener sharing the November settlement schedule",
         EUNHA, PARK, "11월 정산 일정 공유드립니다",
         """박대현 님,

11월 정산 일정 공유드립니다. 매주 화요일·금요일 오후 3시, 지갑 주소는 기존과 동일합니다.

정하윤 드림""", "2026-11-06 10:20 +0900", message_id=EUNHA_MID),
    mail(B, CH, "en", "internal forward of the Eunha lookalike reply to security, domain defanged",
         PARK, SECURITY, "FW: suspicious reply in Eunha Digital thread",
         """Hi Security,

The reply below came from eunhadigitai[.]co[.]kr (i instead of l) and asks us to change the USDT
address. I have not acted on it and I called Eunha; they confirmed nothing changed. Please block the
domain.

Park""", "2026-11-10 18:05 +0900"),
    mail(B, CH, "zh", "Jiahe's genuine trade-confirmation thread opener",
         JIAHE, LI, "11月8日场外成交确认",
         """李先生：

确认 11 月 8 日成交：USDT 1,200,000 / HKD，按原有结算指引进行。

何嘉欣""", "2026-11-08 11:00 +0800", message_id=JIAHE_MID),
    mail(B, CH, "ar", "Dhow Bridge's genuine statement mail; the statement is in its portal as usual",
         DHOW, HADDAD, "كشف حساب التسوية لشهر أكتوبر",
         """أخي عمر،

كشف حساب التسوية لشهر أكتوبر متاح في بوابة العملاء كالمعتاد. لا يلزم تثبيت أي برنامج.

يوسف المري
Dhow Bridge Brokerage""", "2026-11-09 10:00 +0400", message_id=DHOW_MID),
    mail(B, CH, "ja", "Chitose's genuine follow-up: only the original statement is valid",
         CHITOSE, TANAKA_JA, "Re: 11月分 精算明細のご送付",
         """田中様

お電話ありがとうございました。弊社から修正版の明細はお送りしておりません。
6日にお送りした明細が正しいものです。不審なメールは破棄していただけますと幸いです。

大関""", "2026-11-10 09:30 +0900", in_reply_to=CHITOSE_MID, references=CHITOSE_MID),
]

BENIGN: list[Mail] = [*EXEC, *VENDOR, *LOOKALIKE, *RECRUIT, *INVESTOR, *TRADING, *WALLET, *ATTACH, *HIJACK]
