"""Set G chat exports: a Slack export, a Telegram result.json and a LinkedIn messages.csv.

Location of a chat message in labels.csv: `FILE#N`, N = the Nth counted message of the file, skipping Slack
channel_join/leave/purpose/topic entries and Telegram "type": "service" entries (same scheme as set A).
The export plumbing follows sets A and B's chat writers; the messages are new.
"""

from __future__ import annotations

from typing import Any

from chat_writers import LinkedInWriter, TelegramWriter
from slack_writer import SlackWriter, slack_json
from spec import ChatFile, ChatItem

SLACK_SERVICE_SUBTYPES = ("channel_join", "channel_leave", "channel_purpose", "channel_topic")
TEAM = "T01KITSUNE"
GUEST_TEAM = "T09LARKSPR"

SLACK_USERS: dict[str, dict[str, Any]] = {
    "U01HSATO": {"name": "haruto.sato", "real": "Haruto Sato", "title": "CEO", "team": TEAM,
                 "email": "h.sato@kitsune-ex.co.jp"},
    "U02MTANAKA": {"name": "m.tanaka", "real": "Mika Tanaka", "title": "Treasury Operations", "team": TEAM,
                   "email": "m.tanaka@kitsune-ex.co.jp"},
    "U02KSUZUKI": {"name": "k.suzuki", "real": "Kenta Suzuki", "title": "Backend Engineer", "team": TEAM,
                   "email": "k.suzuki@kitsune-ex.co.jp"},
    "U02STAKAHASHI": {"name": "s.takahashi", "real": "Sho Takahashi", "title": "Security", "team": TEAM,
                      "email": "s.takahashi@kitsune-ex.co.jp"},
    "U09OPRITCH": {"name": "owen.pritchard", "real": "Owen Pritchard", "title": "Settlements, Larkspur Digital Markets",
                   "team": GUEST_TEAM, "email": "o.pritchard@larkspur-dm.com"},
    "U09JFENWICK": {"name": "j.fenwick", "real": "James Fenwick", "title": "Larkspur Digital Markets",
                    "team": GUEST_TEAM, "email": "jfenwick.larkspur@gmail.com"},
}

_SLACK = SlackWriter(SLACK_USERS, TEAM, id_prefix="set-g:")
_uuid, _msg, _join = _SLACK.uuid, _SLACK.message, _SLACK.join


def slack_export() -> list[ChatFile]:
    base = "chat/slack"
    users_file = _SLACK.users_file(base)
    channels = [
        {"id": "C03TREASURY", "name": "treasury", "created": 1704067400, "creator": "U02MTANAKA",
         "is_archived": False, "is_general": False, "members": ["U01HSATO", "U02MTANAKA", "U02STAKAHASHI"],
         "topic": {"value": "Treasury operations", "creator": "U02MTANAKA", "last_set": 1704067400},
         "purpose": {"value": "", "creator": "", "last_set": 0}},
        {"id": "C09LARKSPUR", "name": "ext-larkspur-settlement", "created": 1797000000, "creator": "U02MTANAKA",
         "is_archived": False, "is_general": False,
         "members": ["U02MTANAKA", "U02KSUZUKI", "U02STAKAHASHI", "U09OPRITCH", "U09JFENWICK"],
         "topic": {"value": "Shared channel with Larkspur Digital Markets (Slack Connect)", "creator": "U02MTANAKA",
                   "last_set": 1797000000},
         "purpose": {"value": "", "creator": "", "last_set": 0}},
    ]
    files = [users_file,
             ChatFile(f"{base}/channels.json", slack_json(channels)),
             ChatFile(f"{base}/integration_logs.json", b"[]\n")]

    def day(channel: str, date: str, items: list[tuple[dict[str, Any], ChatItem | None]]) -> None:
        files.append(_SLACK.day_file(base, channel, date, items, SLACK_SERVICE_SUBTYPES))

    day("treasury", "2026-11-09", [
        (_msg("U02MTANAKA", "Weekly rebalance is queued in Fireblocks (cold -> hot, 1,200 ETH). @Emily @Sho please "
              "approve in the console when you have a minute.", "2026-11-09 01:10", 1),
         ChatItem("benign", "wallet-request", "en", "treasury asks co-signers to approve in the real Fireblocks console")),
        (_msg("U01HSATO", "Approved on my side too. Reminder: nobody moves funds on a DM or email from me, "
              "always through Fireblocks.", "2026-11-09 01:40", 2),
         ChatItem("benign", "exec-impersonation", "en", "real CEO in the internal channel restating the rule")),
        (_msg("U02STAKAHASHI", "FYI we blocked mail from <https://fireblocks-certs.com|fireblocks-certs[.]com> today "
              "asking to reinstall the co-signer. Real notices only come from fireblocks.com.", "2026-11-09 03:00", 3),
         ChatItem("benign", "vendor-impersonation", "en", "security warns about a fake vendor domain in the channel")),
    ])
    day("ext-larkspur-settlement", "2026-11-11", [
        (_join("U09JFENWICK", "2026-11-11 00:55", 1), None),
        (_msg("U09OPRITCH", "Morning! Friday's settlement schedule is unchanged, same whitelisted addresses.",
              "2026-11-11 01:00", 2),
         ChatItem("benign", "conversation-hijack", "en", "real partner confirms nothing changed in Slack Connect")),
        (_msg("U09JFENWICK", "Hi Mika, James from Larkspur ops here - Owen asked me to share the updated settlement "
              "wallet for Friday, please use 0x5Ab2e07C91d4F3a68B0c1E7d29F5a4C3e8B06d71 from now on, thanks!",
              "2026-11-11 01:20", 3),
         ChatItem("lure", "wallet-request", "en", "new guest on a Gmail account contradicts the partner and pushes a new payout address")),
        (_msg("U09JFENWICK", "Also our reconciliation sheet is here, need you to log in to view: "
              "<https://larkspur-dmk.com/recon/nov|docs.google.com/spreadsheets/larkspur-recon>", "2026-11-11 01:22", 4),
         ChatItem("lure", "lookalike-link", "en", "link text shows docs.google.com but points to the partner lookalike")),
        (_msg("U02MTANAKA", "Thanks both. Any address change goes through our call-back process, so we'll keep the "
              "whitelisted one until Owen confirms by phone.", "2026-11-11 01:30", 5),
         ChatItem("benign", "wallet-request", "en", "treasury declines the change pending call-back")),
    ])
    return files


def telegram_export() -> list[ChatFile]:
    people = {"Camille Laurent": "user5011220001", "Li Wei": "user5011220002", "Omar Haddad": "user5011220003",
              "박대현": "user5011220004", "Arnaud | Ostrelle Capital": "user7900110001",
              "Kitsune OTC Desk": "user7900110002", "Minjun | Pulse Quant": "user7900110003"}
    tg = TelegramWriter(people, first_id=4100)
    entry, service = tg.entry, tg.service

    service("Camille Laurent", "2026-11-03 08:00", "invite_members", members=["Li Wei", "Omar Haddad", "박대현"])
    entry("Camille Laurent", "2026-11-03 08:05",
          ["Groupe de coordination OTC pour novembre. Rappel : aucune adresse de règlement ni coordonnée bancaire "
           "n'est acceptée ici, uniquement via le portail signé."],
          ChatItem("benign", "wallet-request", "fr", "admin restates that addresses only come via the portal"))
    service("Arnaud | Ostrelle Capital", "2026-11-04 09:00", "join_group_by_link", inviter="Group")
    entry("Arnaud | Ostrelle Capital", "2026-11-04 09:10",
          ["Bonjour à tous, Arnaud de Ostrelle Capital. Pour notre call d'investissement de demain, installez notre "
           "module de visio sécurisé avant d'entrer : ",
           {"type": "text_link", "text": "Ostrelle Meet (macOS)", "href": "https://ostrelle-capital.co/meet/OstrelleMeet-2.4.dmg"},
           " (Zoom ne passe pas notre conformité)."],
          ChatItem("lure", "investor-meeting-install", "fr", "investor pushes a dmg 'meeting module' instead of Zoom"))
    entry("Li Wei", "2026-11-04 09:30",
          ["我们只用 Zoom 或 Teams 的官方客户端，会议链接请通过邮件发送，谢谢。"],
          ChatItem("benign", "investor-meeting-install", "zh", "staff declines the custom client and asks for an official invite"))
    entry("Kitsune OTC Desk", "2026-11-05 02:00",
          ["【官方通知】为配合冷钱包升级，请各合作伙伴在以下页面导入助记词完成白名单迁移：",
           {"type": "link", "text": "https://kitsune-ex-otc.com/whitelist"}],
          ChatItem("lure", "wallet-request", "zh", "fake 'official desk' account asks partners to import seed phrases on a lookalike"))
    service("Minjun | Pulse Quant", "2026-11-06 03:00", "join_group_by_link", inviter="Group")
    entry("Minjun | Pulse Quant", "2026-11-06 03:05",
          ["안녕하세요, 김프 차익 자동매매 봇 베타입니다. 윈도우용: ",
           {"type": "link", "text": "https://pulsequant.app/beta/PulseBot_Setup.exe"},
           " 설치 후 출금 권한 API 키를 등록하세요."],
          ChatItem("lure", "trading-app", "ko", "arbitrage bot exe asking for withdrawal-enabled API keys"))
    entry("박대현", "2026-11-06 04:00",
          ["이 그룹에서 받은 실행 파일은 설치하지 마세요. 보안팀에 신고했습니다."],
          ChatItem("benign", "trading-app", "ko", "colleague warns not to install the posted bot"))
    entry("Omar Haddad", "2026-11-07 06:00",
          ["تمت تسوية اليوم بنجاح، رابط المعاملة: ",
           {"type": "link", "text": "https://etherscan.io/tx/0x8c1f0e3a7b2d9c46e5a1f8b3d07c2e9a4b6f1d58c3e0a7b29d4f6c1e8a3b5d70"}],
          ChatItem("benign", "wallet-request", "ar", "colleague shares a real etherscan.io transaction"))
    return [tg.export("Kitsune OTC Partners (Nov)", "private_supergroup", 1987651177)]


OWNER = ("Kenta Suzuki", "https://www.linkedin.com/in/kenta-suzuki-kx")


def linkedin_export() -> list[ChatFile]:
    li = LinkedInWriter(_uuid)
    row = li.row

    ellis = ("Rebecca Ellis", "https://www.linkedin.com/in/rebecca-ellis-web3talent")
    hayashi = ("林 大輔", "https://www.linkedin.com/in/daisuke-hayashi-defi")
    osei = ("Kwame Osei", "https://www.linkedin.com/in/kwame-osei-jac")
    fang = ("方 宇", "https://www.linkedin.com/in/fangyu-quantfund")
    mori = ("Aiko Mori", "https://www.linkedin.com/in/aiko-mori-kx")
    dupont = ("Julien Dupont", "https://www.linkedin.com/in/julien-dupont-tech")
    alharbi = ("فيصل الحربي", "https://www.linkedin.com/in/faisal-alharbi-fintech")

    row("ellis", ellis, OWNER, "2026-11-03 07:00", "Staff Engineer - Lumora Chain",
        "Hi Kenta! Lumora Chain (Series B, fully remote) would love to fast-track you. The first stage is a small "
        "debugging task: https://github.com/lumora-chain-talent/staking-dashboard - clone it, npm install, npm run "
        "dev and tell me what the console prints. Please do it on the machine you use for work so the env matches.",
        ChatItem("lure", "recruiter-coding-test", "en", "recruiter pushes a repo to npm install on the work machine"))
    row("ellis", OWNER, ellis, "2026-11-03 08:15", "",
        "Thanks Rebecca. I don't run take-home repos on company machines. Happy to do a live coding session.",
        ChatItem("benign", "recruiter-coding-test", "en", "owner declines; mentions npm only in his refusal"),
        folder="SENT")
    row("hayashi", hayashi, OWNER, "2026-11-05 11:00", "",
        "鈴木さん、DeFiプロジェクトのCTOをしている林です。業務委託のご相談です。詳細はDiscord（hayashi_defi）で。"
        "事前に弊社のノード監視ツールを入れておいてください: pip install lumenode-monitor && lumenode init --daemon",
        ChatItem("lure", "recruiter-coding-test", "ja", "contract offer: pivot to Discord plus pip install of an unknown daemon"))
    row("osei", osei, OWNER, "2026-11-06 02:00", "Opportunity in Tokyo",
        "Hi Kenta, Kwame from JAC Recruitment. I have a platform-engineering role at a listed fintech. "
        "Would you be open to a call next week? I'll send the JD by email.",
        ChatItem("benign", "recruiter-coding-test", "en", "real agency recruiter asking for a call; nothing to run"))
    row("fang", fang, OWNER, "2026-11-08 05:00", "合作机会",
        "Kenta 你好，我们是一家量化基金，想投资贵司的撮合引擎团队。下周视频会议请先安装我们的会议客户端："
        "https://fyq-meeting.com/download/FYQMeet_setup.exe ，普通 Zoom 无法接入我们的加密会议室。",
        ChatItem("lure", "investor-meeting-install", "zh", "investor pushes a custom meeting exe from an unknown domain"))
    row("mori", mori, OWNER, "2026-11-09 01:00", "",
        "Kenta, thanks for the onboarding mail! npm ci and docker compose worked fine on the company laptop.",
        ChatItem("benign", "recruiter-coding-test", "en", "new colleague confirms internal onboarding steps"))
    row("dupont", dupont, OWNER, "2026-11-12 13:00", "Conférence Rust Paris",
        "Bonjour Kenta, nous organisons un meetup Rust à Paris en janvier. Intéressé pour parler de votre moteur "
        "d'appariement ? Infos : https://www.meetup.com/rust-paris/",
        ChatItem("benign", "investor-meeting-install", "fr", "meetup organiser invitation with a real site"))
    row("alharbi", alharbi, OWNER, "2026-11-14 10:00", "",
        "مرحباً كينتا، نحن نطوّر تطبيق تداول بالذكاء الاصطناعي يتنبأ بالأسعار. جرّب النسخة التجريبية لسطح المكتب: "
        "https://predikta-ai.com/beta/Predikta.dmg وإذا ظهر تحذير macOS اضغط بالزر الأيمن ثم فتح.",
        ChatItem("lure", "trading-app", "ar", "AI price-prediction dmg with a Gatekeeper bypass instruction"))

    return [li.export()]


def all_chats() -> list[ChatFile]:
    return [*slack_export(), *telegram_export(), *linkedin_export()]
