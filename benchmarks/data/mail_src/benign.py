"""Benign look-alike mail: each one shares the surface of a lure category but is legitimate.

`category` names the lure category a message resembles, so per-category false positives can be
counted. Real organisations' domains (github.com, zoom.us, fireblocks.com, safe.global, ...) appear
as the senders they really are; partner companies are invented but not lookalikes of anything.
"""

from __future__ import annotations

import binaries as b
from people import (
                    ALL_STAFF,
                    CAREERS,
                    CEO,
                    CEO_JA,
                    CFO,
                    CFO_JA,
                    HADDAD,
                    ITO,
                    KEIRI,
                    LAURENT,
                    LI,
                    PARK,
                    SUPPORT,
                    SUZUKI,
                    SUZUKI_JA,
                    TAKAHASHI,
                    TAKAHASHI_JA,
                    TANAKA,
                    TANAKA_JA,
                    TREASURY,
                    WATANABE_JA,
)
from spec import Att, Mail

SIGNERS = (TANAKA, TAKAHASHI, CFO)
GH_LIST = (("List-ID", "kitsune-ex/matching-engine <matching-engine.kitsune-ex.github.com>"),
           ("List-Unsubscribe", "<https://github.com/notifications/unsubscribe/AB3KX7Q>"),
           ("X-GitHub-Reason", "review_requested"))

BENIGN: list[Mail] = [
    # ---------------------------------------------------------------- resembles exec-impersonation
    Mail("benign", "wallet-request", "en",
         "the real CEO from h.sato@kitsune-ex.co.jp asks signers to approve a transaction in the real app.safe.global",
         CEO, SIGNERS,
         "Please sign: treasury rebalance (Safe, 2 of 3)",
         """Hi all,

As agreed in Monday's treasury meeting, I have proposed the monthly rebalance from the hot Safe
to the warm Safe (1,200 ETH). Please review and sign in Safe when you can today:

https://app.safe.global/transactions/queue?safe=eth:0x7A41c93bE02f5D8a6e91C3b4f0a2d6E8c5B19F34

Before signing, check the transaction hash on your hardware wallet against the one posted in
#treasury on Slack, as usual. Two signatures are enough.

Thanks,
Haruto""",
         "2026-10-05 10:15 +0900"),
    Mail("benign", "exec-impersonation", "ja",
         "the real CEO (佐藤 陽翔, own domain, auth pass) writes an all-staff year-end message",
         CEO_JA, (ALL_STAFF,),
         "年末のご挨拶と来期の方針について",
         """社員の皆さん

お疲れさまです。佐藤です。
今年も一年、本当にありがとうございました。
11月の全社会議でお話ししたとおり、来期は「顧客資産の保護」を最優先に掲げます。
具体的には、コールドウォレットの運用見直しと、社員向けのセキュリティ研修の拡充を進めます。

12月19日（金）に納会を予定しています。詳細は総務部から連絡します。

代表取締役 CEO
佐藤 陽翔""",
         "2026-11-20 17:30 +0900"),
    Mail("benign", "exec-impersonation", "en",
         "the real CFO from emily.carter@kitsune-ex.com with a plain (macro-free) xlsx budget template",
         CFO, (TANAKA, SUZUKI, TAKAHASHI),
         "Q1 2027 budget submissions due Friday",
         """Hi team leads,

Please fill in the attached template with your Q1 2027 budget and send it back by Friday.
Keep headcount and tooling on separate lines. Ping me on Slack with questions.

Emily""",
         "2026-11-02 09:00 +0900",
         attachments=(Att("Q1_2027_Budget_Template.xlsx", b.spreadsheet([
             ["Team", "Line item", "Q1 2027 (JPY)", "Notes"],
             ["", "Headcount", "", ""], ["", "Tooling", "", ""], ["", "Travel", "", ""]]),
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),)),
    Mail("benign", "exec-impersonation", "ja",
         "the real CFO writing in Japanese (エミリー・カーター, own domain) about an expense deadline",
         CFO_JA, (ALL_STAFF,),
         "経費精算の締め切りについて",
         """皆さん

お疲れさまです。エミリーです。
10月分の経費精算の締め切りは11月5日（水）です。
領収書の画像を添付のうえ、経費精算システムから申請してください。
期限を過ぎた申請は翌月の処理になりますのでご注意ください。

エミリー・カーター
CFO""",
         "2026-10-30 11:00 +0900"),
    Mail("benign", "exec-impersonation", "ja",
         "a customer who happens to be named 佐藤 (common surname) writing from gmail about a withdrawal",
         ("佐藤 健", "ken.sato1988@gmail.com"), (SUPPORT,),
         "出金が反映されない件",
         """Kitsune Exchange サポートご担当者様

いつも利用させていただいております。佐藤と申します。
11月3日に申請したETHの出金がまだウォレットに反映されていません。
取引ID（TxID）は以下のとおりです。

0x4be1c0d2a9f37e58b6c1d4a2e9f07b3c5d8e1a6f2b9c4d07e3a5f18b6c2d9e40

お手数ですが、状況をご確認いただけますでしょうか。
よろしくお願いいたします。

佐藤 健""",
         "2026-11-04 21:12 +0900", auth="pass"),
    Mail("benign", "exec-impersonation", "en",
         "executive assistant on the real domain sends on behalf of the CEO (CEO name in the display name)",
         ("Yuki Ito (on behalf of Haruto Sato)", "y.ito@kitsune-ex.co.jp"), (TANAKA, TAKAHASHI, CFO),
         "Board meeting logistics - Thursday 10:00",
         """Dear all,

On behalf of Haruto, here are the logistics for Thursday's board meeting:

Time: 10:00-12:30 JST
Place: 18F large meeting room (Teams link in the calendar invite for remote attendees)
Pre-read: in the Board folder on the shared drive

Please confirm your attendance by Wednesday noon.

Best regards,
Yuki Ito
Executive Assistant to the CEO""",
         "2026-10-26 15:20 +0900"),
    Mail("benign", "exec-impersonation", "ja",
         "partner company writes to 佐藤社長 with 様 and ご担当者様 from its own (non-lookalike) domain",
         ("株式会社ミナトシステムズ 小林", "kobayashi@minato-sys.co.jp"), (CEO_JA,),
         "次回定例会のお打ち合わせ日程につきまして",
         """Kitsune Exchange株式会社
代表取締役 佐藤 陽翔 様

いつも大変お世話になっております。
株式会社ミナトシステムズの小林でございます。

先日はお忙しい中、お時間を頂戴し誠にありがとうございました。
佐藤社長からご提案いただいた件、社内で検討を進めております。

次回の定例会につきまして、下記日程のいずれかでご都合いかがでしょうか。
・11月12日（水）14:00〜15:00
・11月13日（木）10:00〜11:00
場所は前回同様、貴社会議室にお伺いできれば幸いです。

何卒よろしくお願い申し上げます。

株式会社ミナトシステムズ
営業本部 小林 直樹""",
         "2026-11-04 10:20 +0900", charset="iso-2022-jp"),
    Mail("benign", "exec-impersonation", "en",
         "the real CEO forwards a press draft from his own address with 'Sent from my iPhone'",
         CEO, (ITO,),
         "FW: Nikkei interview - draft for review",
         """Yuki, please send this to PR and legal for review. I have no changes.

Haruto
Sent from my iPhone

---------- Forwarded message ---------
From: Naomi Hayes <n.hayes@asiafintech-review.com>
Date: Tue, Oct 27, 2026
Subject: Nikkei interview - draft for review

Dear Mr. Sato, attached below is the draft of the interview for your review before publication.""",
         "2026-10-28 07:55 +0900"),
    Mail("benign", "exec-impersonation", "ko",
         "Korean partner writes to the CEO ('사토 하루토 대표님') from its own domain about a meeting",
         ("한빛디지털 최민수", "ms.choi@hanbit-digital.co.kr"), (CEO,),
         "다음 주 서울 미팅 일정 확인",
         """사토 하루토 대표님께,

안녕하십니까. 한빛디지털 최민수입니다.
다음 주 서울 방문 일정에 맞추어 11월 18일(수) 오후 3시에 저희 사무실에서 미팅을 진행하고자 합니다.
참석자는 저희 측 3명이며, 커스터디 협력 방안을 중심으로 논의드리고자 합니다.

일정이 괜찮으신지 회신 부탁드립니다.

최민수 드림
한빛디지털 사업개발팀""",
         "2026-11-06 09:40 +0900"),
    Mail("benign", "exec-impersonation", "ar",
         "Arabic partner addresses the CEO formally from its own domain to confirm a Dubai meeting",
         ("مريم الهاشمي", "maryam@alnoor-digital.ae"), (CEO,),
         "تأكيد موعد الاجتماع في دبي",
         """السيد هاروتو ساتو المحترم،

تحية طيبة وبعد،
يسعدنا تأكيد موعد اجتماعنا في مكاتبنا بمركز دبي المالي العالمي يوم الثلاثاء 24 نوفمبر الساعة
الحادية عشرة صباحاً، لمناقشة التعاون في مجال الحفظ الآمن للأصول الرقمية.

يرجى إعلامنا بأسماء الحاضرين من فريقكم.

مع أطيب التحيات،
مريم الهاشمي
مديرة تطوير الأعمال - النور الرقمية""",
         "2026-11-09 12:00 +0400"),
    Mail("benign", "exec-impersonation", "fr",
         "French conference organiser invites 'M. Sato' to speak, from its own event domain",
         ("Sophie Martin", "sophie.martin@parisblockchainweek.com"), (CEO,),
         "Invitation à intervenir - Paris Blockchain Week 2027",
         """Cher M. Sato,

Au nom de l'équipe de Paris Blockchain Week, j'ai le plaisir de vous inviter à intervenir lors de
notre édition 2027, dans la table ronde consacrée à la sécurité des plateformes d'échange.

La conférence aura lieu du 13 au 15 avril 2027 au Carrousel du Louvre.
Pourriez-vous nous indiquer d'ici fin novembre si vous êtes disponible ?

Bien cordialement,
Sophie Martin
Programme Manager""",
         "2026-11-10 11:30 +0100"),

    # ---------------------------------------------------------------- resembles vendor-impersonation
    Mail("benign", "vendor-impersonation", "en",
         "Fireblocks newsletter from the real fireblocks.com with links to fireblocks.com",
         ("Fireblocks", "news@fireblocks.com"), (TAKAHASHI,),
         "Fireblocks Monthly: policy engine updates and new chains",
         """Fireblocks Monthly - November 2026

What's new
- Policy engine: time-based approval rules are now generally available.
- New chains: support for two additional EVM networks in the Fireblocks Network.
- Webinar: "Securing treasury operations against social engineering", Dec 3.

Read more: https://www.fireblocks.com/blog/
Manage preferences: https://www.fireblocks.com/email-preferences/

Fireblocks, 500 7th Avenue, New York, NY""",
         "2026-11-03 15:00 +0000",
         headers=(("List-Unsubscribe", "<https://www.fireblocks.com/email-preferences/>"),
                  ("Precedence", "bulk"))),
    Mail("benign", "vendor-impersonation", "en",
         "Fireblocks support ticket update from the real fireblocks.io with a console.fireblocks.io link",
         ("Fireblocks Support", "support@fireblocks.io"), (TAKAHASHI,),
         "[Fireblocks Support] Ticket #208114 updated",
         """Hello Sho,

Your ticket #208114 ("Co-signer upgrade to 4.x") has been updated:

"The upgrade guide for API Co-Signer 4.x is in the Developer Portal. You can check the current
version of your co-signer in the console under Settings > API Co-Signer."

Console: https://console.fireblocks.io/v2/settings/cosigner

Reply to this email to add a comment to the ticket.

Fireblocks Support""",
         "2026-10-15 13:22 +0000"),
    Mail("benign", "vendor-impersonation", "en",
         "Safe release notes from the real safe.global mentioning signing and connecting wallets",
         ("Safe", "no-reply@safe.global"), (TANAKA,),
         "Safe{Wallet} release: clearer transaction decoding before you sign",
         """What's new in Safe{Wallet}

- Transaction decoding: nested multisend calls are now shown step by step before you sign.
- Hardware wallets: improved connection for Ledger and Trezor.
- Address book: import and export as CSV.

Open Safe{Wallet}: https://app.safe.global
Release notes: https://help.safe.global

You are receiving this because you subscribed to product updates.""",
         "2026-10-22 16:00 +0000",
         headers=(("List-Unsubscribe", "<https://safe.global/unsubscribe>"),)),
    Mail("benign", "vendor-impersonation", "ja",
         "Fireblocks event invitation in Japanese from the real fireblocks.com",
         ("Fireblocks Japan", "events@fireblocks.com"), (TANAKA_JA,),
         "【ご招待】Fireblocks Tokyo Customer Day 2026",
         """田中 美香 様

平素よりFireblocksをご愛顧いただき、誠にありがとうございます。
この度、国内のお客様を対象とした「Fireblocks Tokyo Customer Day 2026」を開催いたします。

日時：2026年12月8日（火）14:00〜18:00
会場：東京都千代田区（詳細はお申し込み後にご案内いたします）

お申し込みはこちら：https://www.fireblocks.com/events/tokyo-customer-day-2026/

皆様のご参加を心よりお待ちしております。

Fireblocks Japan""",
         "2026-11-05 10:00 +0900"),
    Mail("benign", "vendor-impersonation", "en",
         "Safe security advisory from the real safe.global telling users to verify hashes and never share seeds",
         ("Safe Security", "security@safe.global"), (TANAKA, TAKAHASHI),
         "Security reminder: verify what you sign",
         """Dear Safe user,

We are seeing phishing campaigns that imitate Safe{Wallet} with lookalike domains. Remember:

- Safe{Wallet} is only at https://app.safe.global.
- Safe will never ask for your seed phrase or private keys.
- Verify the transaction hash on your hardware wallet before signing.

Stay safe,
Safe Security""",
         "2026-10-29 12:00 +0000"),
    Mail("benign", "vendor-impersonation", "en",
         "one-time verification code from the real fireblocks.io login flow",
         ("Fireblocks", "no-reply@fireblocks.io"), (TAKAHASHI,),
         "Your Fireblocks verification code",
         """Your verification code is: 482913

This code expires in 10 minutes. If you did not try to sign in to the Fireblocks Console,
you can ignore this email.""",
         "2026-11-12 00:41 +0000"),

    # ---------------------------------------------------------------- resembles lookalike-link
    Mail("benign", "lookalike-link", "en",
         "internal IT (own domain) announces a password policy change with a link to the real sso.kitsune-ex.co.jp",
         ("IT Service Desk", "it-support@kitsune-ex.co.jp"), (ALL_STAFF,),
         "Password policy change from December 1",
         """Hello everyone,

From December 1 passwords must be at least 14 characters and passkeys become the default
sign-in method. You can register a passkey now at:

https://sso.kitsune-ex.co.jp/settings/passkeys

IT will never ask you for your password by email or chat.

IT Service Desk""",
         "2026-11-10 09:00 +0900"),
    Mail("benign", "lookalike-link", "ja",
         "real HR (own domain) year-end tax adjustment notice linking to portal.kitsune-ex.co.jp",
         WATANABE_JA, (ALL_STAFF,),
         "【人事部】年末調整の入力のお願い",
         """社員各位

人事部の渡辺です。
今年も年末調整の時期となりました。
社内ポータルの「年末調整」メニューから、11月14日（金）までに入力をお願いします。

https://portal.kitsune-ex.co.jp/hr/nenmatsu

ご不明点は人事部までお問い合わせください。

人事部 渡辺 彩""",
         "2026-10-31 10:00 +0900"),
    Mail("benign", "lookalike-link", "en",
         "Okta notification from okta.com linking to the company tenant kitsune-ex.okta.com (brand as a SaaS subdomain)",
         ("Okta", "noreply@okta.com"), (SUZUKI,),
         "New sign-in to your Kitsune Exchange account",
         """Hi Kenta,

A new sign-in to your Kitsune Exchange Okta account was detected.

Browser: Chrome on macOS
Location: Tokyo, Japan
Time: November 11, 2026 08:12 JST

If this was you, no action is needed. If not, review your account:
https://kitsune-ex.okta.com/enduser/settings""",
         "2026-11-11 08:13 +0900"),
    Mail("benign", "lookalike-link", "en",
         "HTML mail whose link text and href are the same real docs.safe.global URL",
         ("Kenta Suzuki", "k.suzuki@kitsune-ex.co.jp"), (TAKAHASHI,),
         "Safe module guard docs",
         """Sho, this is the page I mentioned about transaction guards:
https://docs.safe.global/advanced/smart-account-guards

Kenta""",
         "2026-10-16 14:40 +0900",
         html="""<html><body><p>Sho, this is the page I mentioned about transaction guards:<br>
<a href="https://docs.safe.global/advanced/smart-account-guards">https://docs.safe.global/advanced/smart-account-guards</a></p>
<p>Kenta</p></body></html>"""),
    Mail("benign", "lookalike-link", "ko",
         "Korean service notice from a real Korean exchange domain with links to its own site",
         ("업비트", "noreply@upbit.com"), (PARK,),
         "[업비트] 서비스 점검 안내",
         """안녕하세요, 업비트입니다.

보다 안정적인 서비스 제공을 위해 아래와 같이 시스템 점검을 진행합니다.

점검 일시: 2026년 11월 15일(일) 02:00 ~ 04:00
점검 내용: 입출금 서버 안정화 작업

점검 시간 동안 디지털 자산 입출금이 일시 중단됩니다.
자세한 내용은 공지사항을 확인해 주세요: https://upbit.com/service_center/notice

감사합니다.""",
         "2026-11-12 18:00 +0900"),
    Mail("benign", "lookalike-link", "en",
         "conference newsletter whose visible URLs go through the sender's own click-tracking host",
         ("TOKEN2049", "newsletter@token2049.com"), (CEO,),
         "TOKEN2049 Singapore 2027: early bird tickets",
         """TOKEN2049 Singapore returns in October 2027.
Early bird tickets: www.token2049.com/tickets
Unsubscribe: www.token2049.com/unsubscribe""",
         "2026-11-13 02:00 +0000",
         html="""<html><body>
<p>TOKEN2049 Singapore returns in October 2027.</p>
<p>Early bird tickets: <a href="https://click.token2049.com/ls/click?upn=u001.Kx7Q2b">www.token2049.com/tickets</a></p>
<p><a href="https://click.token2049.com/ls/click?upn=u001.Un5sb">Unsubscribe</a></p>
</body></html>""",
         headers=(("List-Unsubscribe", "<https://click.token2049.com/ls/unsub?upn=u001.Un5sb>"),
                  ("Precedence", "bulk"))),
    Mail("benign", "lookalike-link", "fr",
         "French event newsletter from the organiser's real domain with links to it",
         ("Paris Blockchain Week", "newsletter@parisblockchainweek.com"), (LAURENT,),
         "Le programme 2027 est en ligne",
         """Bonjour,

Le programme de Paris Blockchain Week 2027 est désormais disponible.
Découvrez les intervenants et réservez votre place : https://www.parisblockchainweek.com/programme

À bientôt à Paris,
L'équipe Paris Blockchain Week

Se désinscrire : https://www.parisblockchainweek.com/desinscription""",
         "2026-11-14 10:00 +0100",
         headers=(("List-Unsubscribe", "<https://www.parisblockchainweek.com/desinscription>"),)),
    Mail("benign", "lookalike-link", "en",
         "real DocuSign envelope notification from docusign.net with a docusign.net review link",
         ("Orion Legal via DocuSign", "dse@docusign.net"), (CFO,),
         "Please DocuSign: Kitsune_Orion_NDA_2026.pdf",
         """Orion Legal sent you a document to review and sign.

REVIEW DOCUMENT: https://na3.docusign.net/Signing/EmailStart.aspx?a=5c2f0e1b-7d7a-4f3e&acct=8f1e

Do Not Share This Email: this email contains a secure link to DocuSign. Please do not share this
email, link, or access code with others.""",
         "2026-11-16 06:00 +0000", reply_to="Orion Legal <legal@orion-legal.com>"),

    # ---------------------------------------------------------------- resembles recruiter-coding-test
    Mail("benign", "recruiter-coding-test", "en",
         "real recruiter from a real agency domain asking for a CV; no repo, no install",
         ("Hannah Clarke", "hannah.clarke@robertwalters.co.jp"), (TAKAHASHI,),
         "Security Engineering Manager opportunity - Tokyo",
         """Dear Sho,

I'm a consultant in Robert Walters' technology practice in Tokyo. One of our clients, a regulated
fintech in Marunouchi, is hiring a Security Engineering Manager (bilingual Japanese/English).

If you are open to a confidential conversation, could you send me your latest CV and let me
know a convenient time for a 20-minute call this week?

Kind regards,
Hannah Clarke
Senior Consultant, Technology
Robert Walters Japan""",
         "2026-10-07 12:30 +0900"),
    Mail("benign", "recruiter-coding-test", "ja",
         "Japanese scout mail from a real job-board domain; link to its own site, no code to run",
         ("ビズリーチ", "info@bizreach.co.jp"), (SUZUKI_JA,),
         "【ビズリーチ】プラチナスカウトが届いています",
         """鈴木 健太 様

ヘッドハンターからプラチナスカウトが届いています。

ポジション：バックエンドエンジニア（金融系）
想定年収：900万円〜1,200万円

スカウトの詳細はこちらからご確認ください。
https://www.bizreach.jp/scout/

※本メールは送信専用アドレスから送信しています。""",
         "2026-10-09 08:00 +0900"),
    Mail("benign", "recruiter-coding-test", "en",
         "real GitHub pull-request notification (reply-to differs as GitHub's always does) with npm install steps",
         ("Tomoko Abe", "notifications@github.com"), (SUZUKI,),
         "[kitsune-ex/matching-engine] Bump ethers to 6.13.4 (PR #412)",
         """@tomoko-abe requested your review on: kitsune-ex/matching-engine#412 Bump ethers to 6.13.4.

Bumps ethers from 6.13.2 to 6.13.4. To test locally:

  git fetch origin pull/412/head:pr-412 && git checkout pr-412
  npm ci
  npm test

--
Reply to this email directly, view it on GitHub:
https://github.com/kitsune-ex/matching-engine/pull/412
You are receiving this because your review was requested.""",
         "2026-10-13 11:20 +0900",
         reply_to="kitsune-ex/matching-engine <reply+AB3KX7Q2ZDNLXH@reply.github.com>",
         headers=GH_LIST, message_id="<kitsune-ex/matching-engine/pull/412@github.com>"),
    Mail("benign", "recruiter-coding-test", "en",
         "developer mailing-list post with npm install commands and github.com links",
         ("Node.js Security", "nodejs-sec@googlegroups.com"), (SUZUKI,),
         "[nodejs-sec] Node.js security releases available",
         """Security releases are now available for the 20.x, 22.x and 24.x release lines.

Update with your usual channel, for example:

  nvm install 22
  npm install -g npm@latest

Details of the fixed vulnerabilities:
https://github.com/nodejs/node/releases
https://nodejs.org/en/blog/vulnerability/

--
You received this message because you are subscribed to the Google Groups "nodejs-sec" group.""",
         "2026-10-15 00:30 +0000",
         headers=(("List-ID", "<nodejs-sec.googlegroups.com>"), ("Precedence", "list"),
                  ("List-Unsubscribe", "<mailto:nodejs-sec+unsubscribe@googlegroups.com>")),
         return_path="nodejs-sec+bncBDX@googlegroups.com"),
    Mail("benign", "recruiter-coding-test", "en",
         "our own HR sends a candidate a take-home exercise in the company's real GitHub organisation",
         ("Kitsune Exchange Careers", "careers@kitsune-ex.co.jp"), (("Jordan Lee", "jordan.lee.dev@gmail.com"),),
         "Kitsune Exchange - take-home exercise",
         """Hi Jordan,

Thanks for your time on the first interview. As discussed, here is the take-home exercise:

https://github.com/kitsune-ex/takehome-2026

Please do it in your own environment at your own pace; we expect about 3 hours of work and
you have a full week. You never need to connect a real wallet or use real funds.

Kitsune Exchange Recruiting""",
         "2026-10-19 16:00 +0900"),
    Mail("benign", "recruiter-coding-test", "en",
         "real GitHub Actions failure notification for the company's own repository",
         ("GitHub", "notifications@github.com"), (SUZUKI,),
         "[kitsune-ex/wallet-service] Run failed: CI - main (a1b2c3d)",
         """Run failed for main (a1b2c3d)

Repository: kitsune-ex/wallet-service
Workflow: CI
Duration: 4m 12s

Job "test (node 22)" failed at step "npm ci".

View workflow run: https://github.com/kitsune-ex/wallet-service/actions/runs/11842001""",
         "2026-10-23 13:05 +0900",
         headers=(("List-ID", "kitsune-ex/wallet-service <wallet-service.kitsune-ex.github.com>"),
                  ("X-GitHub-Reason", "ci_activity"))),
    Mail("benign", "recruiter-coding-test", "en",
         "real npm notice from npmjs.com about a package publish in the company scope",
         ("npm", "support@npmjs.com"), (SUZUKI,),
         "Successfully published @kitsune-ex/sdk@2.4.0",
         """Hi kenta-suzuki!

A new version of the package @kitsune-ex/sdk (2.4.0) was published at 2026-10-27T04:11:02Z.

Install it with: npm install @kitsune-ex/sdk@2.4.0
Package page: https://www.npmjs.com/package/@kitsune-ex/sdk

If you did not publish this version, please contact support immediately.

The npm team""",
         "2026-10-27 04:12 +0000"),
    Mail("benign", "recruiter-coding-test", "en",
         "real LinkedIn weekly notification from linkedin.com with links to linkedin.com",
         ("LinkedIn", "notifications-noreply@linkedin.com"), (TAKAHASHI,),
         "You appeared in 9 searches this week",
         """Sho, you appeared in 9 searches this week.

See who's looking: https://www.linkedin.com/me/search-appearances/

Top searcher titles: Recruiter, Security Engineer, Engineering Manager

Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe""",
         "2026-10-25 01:00 +0000",
         headers=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"),)),
    Mail("benign", "recruiter-coding-test", "en",
         "a job applicant from gmail sends a PDF CV to the careers address",
         ("Priya Nair", "priya.nair.sec@gmail.com"), (CAREERS,),
         "Application: Security Analyst (ref. SEC-2026-07)",
         """Dear Hiring Team,

Please find attached my CV for the Security Analyst position (ref. SEC-2026-07).
I have four years of SOC experience at a payments company in Singapore and hold OSCP.

Thank you for your consideration.

Best regards,
Priya Nair""",
         "2026-10-28 22:10 +0800",
         attachments=(Att("Priya_Nair_CV.pdf", b.pdf(["Priya Nair", "Security Analyst", "Experience: SOC analyst, 4 years",
                                                      "Certifications: OSCP"], "CV"), "application/pdf"),)),
    Mail("benign", "recruiter-coding-test", "zh",
         "Chinese partner engineer shares the official SDK install command and its github.com repository",
         ("陈志明", "zm.chen@harbourline.hk"), (LI,),
         "API对接：SDK安装说明",
         """李伟你好：

关于下周的API对接，我们的官方SDK已经在npm发布，安装命令如下：

npm install @harbourline/otc-sdk

源代码和文档在我们的GitHub上：https://github.com/harbourline/otc-sdk
测试环境的API密钥会由我们的运维同事通过贵司的安全渠道另行发送。

陈志明
港线数字资产 技术部""",
         "2026-11-03 15:30 +0800"),
    Mail("benign", "recruiter-coding-test", "fr",
         "French recruiter from a real agency domain asks for a CV and a call; nothing to run",
         ("Julien Moreau", "julien.moreau@michaelpage.fr"), (LAURENT,),
         "Opportunité - Responsable conformité crypto-actifs (Paris)",
         """Bonjour Camille,

Je suis consultant chez Michael Page, division Banque & Services financiers.
Un de nos clients, un prestataire agréé PSAN à Paris, recrute un(e) responsable conformité.

Seriez-vous disponible pour un échange téléphonique cette semaine ? Si le poste vous intéresse,
n'hésitez pas à me transmettre votre CV à jour.

Bien cordialement,
Julien Moreau
Michael Page""",
         "2026-11-05 11:00 +0100"),

    # ---------------------------------------------------------------- resembles investor-meeting-install
    Mail("benign", "investor-meeting-install", "en",
         "real Zoom invitation from zoom.us with a us06web.zoom.us join link",
         ("Zoom", "no-reply@zoom.us"), (CEO,),
         "Invitation: Kitsune x Sakura Peak - Q4 investor update",
         """Sakura Peak Ventures is inviting you to a scheduled Zoom meeting.

Topic: Kitsune x Sakura Peak - Q4 investor update
Time: Nov 19, 2026 10:00 AM Osaka, Sapporo, Tokyo

Join Zoom Meeting
https://us06web.zoom.us/j/81234567890?pwd=bXlQd2ZyYk9tRkE3

Meeting ID: 812 3456 7890
Passcode: 554120""",
         "2026-11-12 09:00 +0900", reply_to="Aiko Fujimoto <aiko@sakurapeak.vc>"),
    Mail("benign", "investor-meeting-install", "en",
         "real quarterly investor update (LP letter) from the VC's own domain",
         ("Sakura Peak Ventures", "ir@sakurapeak.vc"), (CEO, CFO),
         "Sakura Peak Ventures - Q3 2026 portfolio update",
         """Dear founders and partners,

Q3 2026 highlights across the portfolio:
- Four follow-on rounds closed, total JPY 6.2bn.
- Our security working group will host a session on social-engineering attacks against
  crypto companies (fake recruiters, fake investors) on December 4.

The full letter is available in the investor portal: https://portal.sakurapeak.vc/letters/2026-q3

Warm regards,
The Sakura Peak team""",
         "2026-10-20 08:00 +0900"),
    Mail("benign", "investor-meeting-install", "en",
         "real Microsoft Teams invitation from a partner domain with a teams.microsoft.com link",
         ("Olivia Grant", "olivia.grant@northgatepartners.com"), (CFO,),
         "Kitsune / Northgate - diligence call",
         """Microsoft Teams meeting

Join on your computer, mobile app or room device
https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA4NmI3YjEtYTQ2@thread.v2/0?context=%7b%22Tid%22%3a%22b7e1%22%7d

Meeting ID: 412 889 301 77
Passcode: Vx3qP9

Olivia Grant
Northgate Partners""",
         "2026-10-22 15:00 +0000"),
    Mail("benign", "investor-meeting-install", "ja",
         "Japanese investor meeting invitation with a real zoom.us link",
         ("藤本 愛子（サクラピーク・ベンチャーズ）", "aiko@sakurapeak.vc"), (CEO_JA,),
         "次回の投資委員会向けお打ち合わせのご案内",
         """佐藤様

いつもお世話になっております。サクラピーク・ベンチャーズの藤本です。
次回投資委員会に向けたお打ち合わせを、下記のとおりオンラインで実施させてください。

日時：11月19日（木）10:00〜11:00
Zoom：https://us06web.zoom.us/j/81234567890?pwd=bXlQd2ZyYk9tRkE3
ミーティングID：812 3456 7890
パスコード：554120

どうぞよろしくお願いいたします。

藤本 愛子""",
         "2026-11-12 09:05 +0900"),
    Mail("benign", "investor-meeting-install", "en",
         "internal DevOps mail (own domain) with 'curl -fsSL https://get.docker.com | sh' for a CI runner",
         ("Kenta Suzuki", "k.suzuki@kitsune-ex.co.jp"), (TAKAHASHI,),
         "New CI runner setup notes",
         """Sho,

Notes for the new self-hosted CI runner (staging VLAN only):

  curl -fsSL https://get.docker.com | sh
  sudo usermod -aG docker runner
  ./config.sh --url https://github.com/kitsune-ex --labels staging

I pinned the Docker version afterwards. Let me know if security wants the script reviewed first.

Kenta""",
         "2026-10-29 18:20 +0900"),
    Mail("benign", "investor-meeting-install", "en",
         "real Zoom product mail from zoom.us asking to update the client from zoom.us/download",
         ("Zoom", "no-reply@zoom.us"), (CEO,),
         "Update your Zoom Workplace app",
         """A new version of the Zoom Workplace app is available.

Updating gives you the latest security fixes and features. Update from within the app
(Check for Updates) or download it from https://zoom.us/download

The Zoom Team""",
         "2026-11-01 20:00 +0000"),
    Mail("benign", "investor-meeting-install", "ar",
         "Arabic meeting invitation from an Abu Dhabi fund with a real teams.microsoft.com link",
         ("سارة المنصوري", "sara.almansoori@falconpeak.ae"), (HADDAD,),
         "دعوة لاجتماع عبر Microsoft Teams",
         """الأستاذ عمر حداد المحترم،

يسعدنا دعوتكم لاجتماع عبر Microsoft Teams لمناقشة فرص الاستثمار يوم الأربعاء 25 نوفمبر
الساعة العاشرة صباحاً بتوقيت الإمارات.

رابط الاجتماع:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmQ5ZTk0@thread.v2/0

مع التحية،
سارة المنصوري
صندوق فالكون بيك""",
         "2026-11-15 09:00 +0400"),
    Mail("benign", "investor-meeting-install", "ko",
         "Korean VC meeting with a real meet.google.com link",
         ("정유진", "yj.jung@bluewave-ventures.kr"), (PARK,),
         "투자 검토 미팅 일정 안내",
         """박대현 님, 안녕하세요.

블루웨이브벤처스 정유진입니다.
다음 주 화요일(11월 24일) 오후 2시에 온라인 미팅으로 투자 검토 논의를 진행하고자 합니다.

Google Meet 링크: https://meet.google.com/xbq-rtnd-kpa

참석 가능 여부를 알려주시면 감사하겠습니다.

정유진 드림""",
         "2026-11-16 10:30 +0900"),

    # ---------------------------------------------------------------- resembles trading-app
    Mail("benign", "trading-app", "en",
         "internal announcement of the company's own app release with apps.apple.com and play.google.com links",
         ("Product Team", "product@kitsune-ex.com"), (ALL_STAFF,),
         "Kitsune Exchange app 3.2 is live",
         """Hi all,

Version 3.2 of the Kitsune Exchange app is now live in both stores:

iOS: https://apps.apple.com/jp/app/kitsune-exchange/id6446512345
Android: https://play.google.com/store/apps/details?id=jp.co.kitsuneex.app

Highlights: passkey sign-in and withdrawal address allow-lists.

Product Team""",
         "2026-10-14 12:00 +0900"),
    Mail("benign", "trading-app", "ja",
         "internal release of an in-house trading tool from the company's own GitHub organisation",
         SUZUKI_JA, (TANAKA_JA,),
         "社内向け取引監視ツール v1.4 リリースのお知らせ",
         """田中さん

お疲れさまです。鈴木です。
取引監視ツールの v1.4 をリリースしました。
社内GitHubのリリースページから、署名済みのインストーラーを取得してください。

https://github.com/kitsune-ex/trade-monitor/releases/tag/v1.4.0

インストール前に、リリースページ記載のSHA-256と一致することを確認してください。

鈴木""",
         "2026-10-21 16:45 +0900"),
    Mail("benign", "trading-app", "en",
         "TradingView product newsletter from the real tradingview.com",
         ("TradingView", "noreply@tradingview.com"), (TANAKA,),
         "New on TradingView: multi-exchange order book heatmaps",
         """What's new this month on TradingView

- Order book heatmaps for major crypto exchanges
- Faster Pine Script editor
- Desktop app update: https://www.tradingview.com/desktop/

Happy trading,
The TradingView team""",
         "2026-11-06 14:00 +0000",
         headers=(("List-Unsubscribe", "<https://www.tradingview.com/unsubscribe/>"), ("Precedence", "bulk"))),

    # ---------------------------------------------------------------- resembles wallet-request
    Mail("benign", "wallet-request", "en",
         "auditor asks for public wallet addresses for proof of reserves and says never to send keys",
         ("Rachel Ng", "rachel.ng@harbourassurance.com"), (CFO,),
         "Proof of reserves - address list request",
         """Dear Emily,

For the Q4 proof-of-reserves engagement, please send us the list of public wallet addresses in
scope (hot, warm and cold) by November 20, using the secure portal as before.

We will ask you to sign a message from a sample of addresses to prove control. Please do not
send private keys, seed phrases or keystore files: we never need them.

Best regards,
Rachel Ng
Harbour Assurance""",
         "2026-11-03 10:00 +0800"),
    Mail("benign", "wallet-request", "en",
         "internal security awareness mail describing lures (seed phrases, npm install tests, curl | bash)",
         TAKAHASHI, (ALL_STAFF,),
         "Security reminder: how Lazarus-style lures reach us",
         """Hello everyone,

A reminder of the lures targeting crypto companies right now:

- Fake recruiters sending "coding tests": a repo you must clone and run with npm install.
- Fake investors asking you to fix Zoom with a command such as curl ... | bash.
- Messages asking for a seed phrase, a private key, or an urgent transfer to a new address.

Nobody at Kitsune will ever ask for your seed phrase. Report anything suspicious to
security@kitsune-ex.co.jp or in #security on Slack.

Sho Takahashi
Security""",
         "2026-10-02 09:30 +0900"),
    Mail("benign", "wallet-request", "ja",
         "internal cold-wallet audit schedule mentioning private keys kept offline",
         TAKAHASHI_JA, (TANAKA_JA, CFO_JA),
         "コールドウォレット定期監査の日程",
         """田中さん、エミリーさん

お疲れさまです。高橋です。
四半期ごとのコールドウォレット定期監査を、11月26日（木）に実施します。
秘密鍵は従来どおりオフラインの金庫室で管理し、監査では署名テストのみを行います。
鍵やシードフレーズを電子データで持ち出すことはありません。

当日の立ち会いをお願いします。

高橋""",
         "2026-11-09 11:00 +0900"),
    Mail("benign", "wallet-request", "en",
         "customer from gmail asks about a pending withdrawal, quoting the destination address and tx hash",
         ("Marcus Webb", "marcus.webb77@gmail.com"), (SUPPORT,),
         "Withdrawal pending for 3 hours",
         """Hello,

My USDC withdrawal from this morning is still pending. Details:

Destination: 0x2f8c6e1a9b4d7035e2c1f9a8b6d4e03c7a5f9b12
Amount: 2,500 USDC
Request ID: WD-88120417

Could you check what is holding it up? Thanks.

Marcus""",
         "2026-11-10 13:00 +0000"),
    Mail("benign", "wallet-request", "fr",
         "French customer asks about a withdrawal with the destination address",
         ("Lucie Bernard", "lucie.bernard@orange.fr"), (SUPPORT,),
         "Retrait en attente",
         """Bonjour,

J'ai demandé hier un retrait de 0,8 ETH vers l'adresse suivante :
0x6a1d3f9e2c7b504e8d1a6c3f9b2e7d4a0c5f8e31

Le retrait apparaît toujours « en attente ». Pouvez-vous me dire quand il sera traité ?

Merci d'avance,
Lucie Bernard""",
         "2026-11-11 19:20 +0100"),
    Mail("benign", "wallet-request", "ko",
         "Korean customer asks why a withdrawal is delayed, with the transaction hash",
         ("김서연", "seoyeon.kim@naver.com"), (SUPPORT,),
         "출금 지연 문의",
         """안녕하세요.

어제 요청한 이더리움 출금이 아직 완료되지 않았습니다.
트랜잭션 해시: 0x9e3b7c1d5a2f48e6b0c9d3a7f1e5b2c8d4a6f0e9b3c7d1a5f2e8b4c6d0a9f3e7

확인 부탁드립니다. 감사합니다.
김서연 드림""",
         "2026-11-12 08:45 +0900"),
    Mail("benign", "wallet-request", "zh",
         "Chinese customer asks about a delayed withdrawal to their own address",
         ("王芳", "wangfang88@163.com"), (SUPPORT,),
         "提币一直未到账",
         """您好：

我在11月12日申请提取1,000 USDT到以下地址，但至今未到账：
0x1c7e4a9d2b8f3065e1d4c7a2b9f6e3d0a8c5b4f7

请帮忙查询一下，谢谢！

王芳""",
         "2026-11-13 20:30 +0800"),
    Mail("benign", "wallet-request", "en",
         "Etherscan address-watch alert about the company's own hot wallet, from etherscan.io",
         ("Etherscan", "no-reply@etherscan.io"), (TREASURY,),
         "Address Watch Alert: incoming transaction to hot wallet 1",
         """An incoming transaction was detected for your watched address.

Address: 0x00000000000000000000000000000000000a11ce (hot wallet 1)
Value: 12.5 ETH
Transaction: https://etherscan.io/tx/0x71c2e9a4b3d8f05e6a1c7b2d9e4f3a08c5b6d1e7f2a9c4b3d8e0f5a6c1b7d2e9

You can manage your watch list at https://etherscan.io/myaddress""",
         "2026-11-14 03:20 +0000"),

    # ---------------------------------------------------------------- resembles attachment
    Mail("benign", "attachment", "en",
         "real vendor invoice as a plain PDF from fireblocks.com billing",
         ("Fireblocks Billing", "billing@fireblocks.com"), (CFO,),
         "Invoice FB-2026-1187 - Kitsune Exchange K.K.",
         """Dear Kitsune Exchange K.K.,

Please find attached invoice FB-2026-1187 for the Q4 2026 platform subscription.
Payment terms: net 30, to the bank account on file (unchanged).

Fireblocks Billing""",
         "2026-10-01 12:00 +0000",
         attachments=(Att("Invoice_FB-2026-1187.pdf", b.pdf(["Fireblocks", "Invoice FB-2026-1187",
                                                           "Customer: Kitsune Exchange K.K.",
                                                           "Q4 2026 platform subscription"], "Invoice"),
                          "application/pdf"),)),
    Mail("benign", "attachment", "ja",
         "accounting firm sends a plain zip of three monthly-report PDFs",
         ("みなと会計事務所", "office@minato-kaikei.jp"), (KEIRI,),
         "10月分 月次資料の送付",
         """Kitsune Exchange株式会社
経理部 御中

いつもお世話になっております。みなと会計事務所です。
10月分の月次資料（試算表・総勘定元帳・部門別損益）をお送りいたします。
ご確認のほど、よろしくお願いいたします。

みなと会計事務所""",
         "2026-11-07 15:00 +0900",
         attachments=(Att("月次資料_2026年10月.zip", b.zip_archive([
             ("試算表_202610.pdf", b.pdf(["Trial balance 2026-10"], "Trial balance")),
             ("総勘定元帳_202610.pdf", b.pdf(["General ledger 2026-10"], "General ledger")),
             ("部門別損益_202610.pdf", b.pdf(["Departmental P&L 2026-10"], "P&L")),
         ]), "application/zip"),)),
    Mail("benign", "attachment", "ja",
         "real partner sends a password-protected zip of a contract PDF; password promised in a separate mail",
         ("株式会社ミナトシステムズ 小林", "kobayashi@minato-sys.co.jp"), (CFO_JA,),
         "保守契約書（ドラフト）送付の件",
         """Kitsune Exchange株式会社
エミリー・カーター 様

いつもお世話になっております。ミナトシステムズの小林です。
来期の保守契約書ドラフトをお送りいたします。
ファイルはパスワード付きZIPにしております。パスワードは別途メールにてお送りいたします。

ご確認のほど、よろしくお願いいたします。

株式会社ミナトシステムズ
小林 直樹""",
         "2026-11-10 14:00 +0900",
         attachments=(Att("保守契約書_ドラフト.zip", b.zip_archive(
             [("保守契約書_ドラフト.pdf", b.pdf(["Maintenance agreement (draft)", "Minato Systems / Kitsune Exchange"],
                                           "Contract"))], password="Mn7#kq2P"), "application/zip"),)),
    Mail("benign", "attachment", "ja",
         "the separate password mail for the partner's zip (Japanese PPAP practice), no attachment, no link",
         ("株式会社ミナトシステムズ 小林", "kobayashi@minato-sys.co.jp"), (CFO_JA,),
         "【パスワード通知】保守契約書（ドラフト）送付の件",
         """エミリー・カーター 様

先ほどお送りしたファイルのパスワードをお知らせいたします。

パスワード：Mn7#kq2P

よろしくお願いいたします。

株式会社ミナトシステムズ
小林 直樹""",
         "2026-11-10 14:02 +0900"),
    Mail("benign", "attachment", "en",
         "Google Calendar invitation with an .ics attachment",
         ("Aiko Fujimoto", "calendar-notification@google.com"), (CEO,),
         "Invitation: Sakura Peak board prep @ Wed Nov 25, 2026 14:00 - 15:00 (JST)",
         """Aiko Fujimoto has invited you to an event.

Sakura Peak board prep
Wednesday Nov 25, 2026 14:00 - 15:00 (Japan Standard Time)
Location: Sakura Peak office, Roppongi

Reply for h.sato@kitsune-ex.co.jp: Yes / No / Maybe
Invitation from Google Calendar: https://calendar.google.com/calendar/""",
         "2026-11-15 10:00 +0900", reply_to="aiko@sakurapeak.vc",
         attachments=(Att("invite.ics", b.ics("Sakura Peak board prep", "20261125T050000Z", "20261125T060000Z",
                                              "aiko@sakurapeak.vc", "h.sato@kitsune-ex.co.jp",
                                              "Sakura Peak office, Roppongi", "7k2q9v@google.com"),
                          "text/calendar"),)),
    Mail("benign", "attachment", "en",
         "law firm sends a plain (macro-free) .docx contract draft",
         ("Orion Legal", "legal@orion-legal.com"), (CFO,),
         "Draft mutual NDA - Kitsune / Orion",
         """Dear Emily,

Attached is our first draft of the mutual NDA in Word format. Please track your changes.

Kind regards,
Orion Legal""",
         "2026-11-02 06:30 +0000",
         attachments=(Att("Kitsune_Orion_NDA_draft.docx", b.word_document(
             ["MUTUAL NON-DISCLOSURE AGREEMENT", "Between Kitsune Exchange K.K. and Orion OTC Partners Ltd."]),
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),)),
    Mail("benign", "attachment", "en",
         "colleague sends a PNG screenshot of a dashboard",
         TANAKA, (SUZUKI,),
         "Screenshot of the balance glitch",
         """Kenta, here is the screenshot of the balance widget showing the stale value around 09:40.

Mika""",
         "2026-11-05 09:52 +0900",
         attachments=(Att("balance_widget_0940.png", b.png(), "image/png"),)),
    Mail("benign", "attachment", "en",
         "security firm delivers an encrypted 7z pentest report; password shared by phone as agreed",
         ("Tsubasa Okada", "t.okada@bluefin-security.jp"), (TAKAHASHI,),
         "Penetration test report (final)",
         """Sho-san,

Please find the final penetration test report attached as an encrypted 7z archive.
As agreed in the kick-off, I will read the password to you by phone; it is not in this email.

Best regards,
Tsubasa Okada
Bluefin Security""",
         "2026-11-17 17:00 +0900",
         attachments=(Att("Kitsune_Pentest_Report_Final.7z", b.seven_zip(
             [("Kitsune_Pentest_Report_Final.pdf", b.pdf(["Penetration test report", "Kitsune Exchange K.K."],
                                                         "Report"))], "r7Q!mZ2x-Lk", "pentest"),
             "application/x-7z-compressed"),)),
    Mail("benign", "attachment", "ar",
         "Arabic invoice from a Dubai vendor as a plain PDF",
         ("شركة الأفق للخدمات", "billing@alofuq-services.ae"), (HADDAD,),
         "فاتورة خدمات أكتوبر",
         """السيد عمر حداد،

تجدون مرفقاً فاتورة خدمات شهر أكتوبر لمكتب دبي.
شروط الدفع: خلال 30 يوماً إلى الحساب المعتاد.

مع التحية،
قسم الفواتير - شركة الأفق للخدمات""",
         "2026-11-03 10:00 +0400",
         attachments=(Att("Invoice_AlOfuq_2026-10.pdf", b.pdf(["Al Ofuq Services", "Invoice 2026-10",
                                                             "Customer: Kitsune Exchange (Dubai office)"], "Invoice"),
                          "application/pdf"),)),

    # ---------------------------------------------------------------- resembles conversation-hijack
    Mail("benign", "conversation-hijack", "en",
         "genuine RE: from billing@fireblocks.com with In-Reply-To/References and the quoted thread",
         ("Fireblocks Billing", "billing@fireblocks.com"), (CFO,),
         "RE: Q4 custody fee invoice - Kitsune Exchange",
         """Hi Emily,

Attached again for convenience is invoice FB-2026-1187. Payment details are unchanged from the
previous quarter.

Best regards,
Fireblocks Billing

-----Original Message-----
From: Emily Carter <emily.carter@kitsune-ex.com>
Sent: Monday, October 12, 2026 10:14 AM
Subject: Q4 custody fee invoice - Kitsune Exchange

Hi, could you resend the Q4 custody fee invoice? We need it for the month-end close.
Thanks, Emily""",
         "2026-10-12 11:30 +0000",
         in_reply_to="<CAKx7Q1-emily-q4-invoice@kitsune-ex.com>",
         references="<CAKx7Q1-emily-q4-invoice@kitsune-ex.com>",
         attachments=(Att("Invoice_FB-2026-1187.pdf", b.pdf(["Fireblocks", "Invoice FB-2026-1187"], "Invoice"),
                          "application/pdf"),)),
    Mail("benign", "conversation-hijack", "ja",
         "genuine RE: 【ご確認】 from the real partner domain with In-Reply-To and quoted text",
         ("株式会社ミナトシステムズ 小林", "kobayashi@minato-sys.co.jp"), (KEIRI,),
         "RE: 【ご確認】11月分請求書の件",
         """経理部 御中

お世話になっております。ミナトシステムズの小林です。
ご確認いただきありがとうございます。
お振込先はこれまでと変更ございません。引き続きよろしくお願いいたします。

> 株式会社ミナトシステムズ 小林様
> 11月分の請求書、受領いたしました。お振込先に変更がないかご確認いただけますでしょうか。
> Kitsune Exchange 経理部""",
         "2026-11-05 11:10 +0900",
         in_reply_to="<20261105100211.keiri.4471@kitsune-ex.co.jp>",
         references="<20261104093000.kobayashi.11@minato-sys.co.jp> <20261105100211.keiri.4471@kitsune-ex.co.jp>"),
    Mail("benign", "conversation-hijack", "en",
         "out-of-office auto reply from a partner with the original subject",
         ("Olivia Grant", "olivia.grant@northgatepartners.com"), (CFO,),
         "Automatic reply: Kitsune / Northgate - diligence call",
         """Thank you for your email. I am out of the office until November 30 with limited access to
email. For urgent matters, please contact James Holt (james.holt@northgatepartners.com).

Olivia""",
         "2026-11-20 02:00 +0000",
         headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")),
         in_reply_to="<4471.emily.northgate@kitsune-ex.com>"),
    Mail("benign", "conversation-hijack", "en",
         "internal FW: of a vendor thread between colleagues on the real domain",
         CFO, (TANAKA,),
         "FW: Fireblocks renewal quote",
         """Mika, FYI - renewal quote below. No action needed yet.

Emily

---------- Forwarded message ---------
From: Fireblocks Sales <sales@fireblocks.com>
Date: Thu, Nov 12, 2026
Subject: Fireblocks renewal quote

Hi Emily, please find the renewal quote for 2027 in the customer portal.""",
         "2026-11-13 09:15 +0900"),
    Mail("benign", "conversation-hijack", "fr",
         "genuine French reply in a supplier thread with In-Reply-To and unchanged bank details",
         ("Atelier Numérique", "compta@atelier-numerique.fr"), (LAURENT,),
         "RE: Facture Atelier Numérique - octobre",
         """Bonjour Camille,

Merci pour votre retour. Je vous confirme que nos coordonnées bancaires restent inchangées ;
le RIB est celui du contrat.

Bonne journée,
Service comptabilité
Atelier Numérique

> Bonjour, pouvez-vous confirmer le RIB pour la facture d'octobre ? Merci. Camille""",
         "2026-11-18 11:30 +0100",
         in_reply_to="<20261118.camille.facture@kitsune-ex.com>",
         references="<20261118.camille.facture@kitsune-ex.com>"),
    Mail("benign", "conversation-hijack", "zh",
         "genuine Chinese reply from the Hong Kong partner with In-Reply-To about settlement times",
         ("陈志明", "zm.chen@harbourline.hk"), (LI,),
         "回复：结算时间确认",
         """李伟你好：

确认一下，下周起每日结算时间仍为香港时间下午四点，结算地址不变。
如有变更，我们会通过正式函件并电话确认后通知贵司。

陈志明

> 陈先生您好，请确认下周的结算时间是否有调整。李伟""",
         "2026-11-19 10:00 +0800",
         in_reply_to="<20261119.liwei.settle@kitsune-ex.com>",
         references="<20261119.liwei.settle@kitsune-ex.com>"),
    Mail("benign", "investor-meeting-install", "en",
         "partner sends a calendar follow-up with a real zoom.us link and asks nothing to be installed",
         ("James Holt", "james.holt@northgatepartners.com"), (CFO,),
         "Diligence call - Zoom link instead of Teams",
         """Hi Emily,

Olivia is travelling, so we will use Zoom instead of Teams for Thursday:
https://northgatepartners.zoom.us/j/93412087765

Nothing to install beyond the normal Zoom app (or join from the browser).

Best,
James""",
         "2026-11-20 08:00 +0000"),
]
