"""Set E chat exports: a Slack workspace export, a Telegram Desktop result.json and a LinkedIn messages.csv.

Location of a chat message in labels.csv: `FILE#N`, N = the Nth counted message of the file (1-based, file
order). Slack entries with subtype channel_join / channel_leave / channel_purpose / channel_topic, Telegram
entries of "type": "service" and the LinkedIn header row are not counted (same scheme as sets A to D).
The file shapes follow mail_src/chats.py and mail_src_b/chats_b.py; the messages are new.
"""

from __future__ import annotations

from typing import Any

from chat_writers import LinkedInWriter, TelegramWriter
from slack_writer import SlackWriter, slack_json
from spec import ChatFile, ChatItem

SLACK_SERVICE_SUBTYPES = ("channel_join", "channel_leave", "channel_purpose", "channel_topic")
TEAM = "T01KITSUNE"
BRISA = "T09BRISAMK"

SLACK_USERS: dict[str, dict[str, Any]] = {
    "U01HSATO": {"name": "haruto.sato", "real": "Haruto Sato", "title": "CEO", "team": TEAM,
                 "email": "h.sato@kitsune-ex.co.jp"},
    "U02MTANAKA": {"name": "m.tanaka", "real": "Mika Tanaka", "title": "Treasury Operations", "team": TEAM,
                   "email": "m.tanaka@kitsune-ex.co.jp"},
    "U02KSUZUKI": {"name": "k.suzuki", "real": "Kenta Suzuki", "title": "Backend Engineer", "team": TEAM,
                   "email": "k.suzuki@kitsune-ex.co.jp"},
    "U02STAKAHASHI": {"name": "s.takahashi", "real": "Sho Takahashi", "title": "Security", "team": TEAM,
                      "email": "s.takahashi@kitsune-ex.co.jp"},
    # Slack Connect guests from Brisa Markets' workspace.
    "U09RALVES": {"name": "rafael.alves", "real": "Rafael Alves", "title": "Settlements, Brisa Markets",
                  "team": BRISA, "email": "rafael.alves@brisa-markets.com"},
    "U09BRESEARCH": {"name": "brisa.research", "real": "Brisa Markets | Research", "title": "Research",
                     "team": BRISA, "email": "brisa.research.desk@gmail.com"},
    "U09ECARTER": {"name": "emily.carter.cfo", "real": "Emily Carter", "title": "CFO", "team": BRISA,
                   "email": "emily.carter.kx@outlook.com"},
    "U09OPSBOT": {"name": "brisa-ops", "real": "Brisa Ops", "title": "Automation", "team": BRISA,
                  "email": "ops-bot@brisa-mkts.com"},
}

_SLACK = SlackWriter(SLACK_USERS, TEAM, id_prefix="set-e:")
_uuid, _msg, _join = _SLACK.uuid, _SLACK.message, _SLACK.join


def slack_export() -> list[ChatFile]:
    base = "chat/slack"
    users_file = _SLACK.users_file(base, bots={"U09OPSBOT"})
    channels = [
        {"id": "C03TREASURY", "name": "treasury", "created": 1704067400, "creator": "U02MTANAKA",
         "is_archived": False, "is_general": False, "members": ["U01HSATO", "U02MTANAKA", "U02STAKAHASHI"],
         "topic": {"value": "Treasury operations", "creator": "U02MTANAKA", "last_set": 1704067400},
         "purpose": {"value": "", "creator": "", "last_set": 0}},
        {"id": "C09BRISA", "name": "ext-brisa-markets", "created": 1798000000, "creator": "U02MTANAKA",
         "is_archived": False, "is_general": False,
         "members": ["U02MTANAKA", "U02KSUZUKI", "U09RALVES", "U09BRESEARCH", "U09ECARTER", "U09OPSBOT"],
         "topic": {"value": "Shared channel with Brisa Markets (Slack Connect)", "creator": "U02MTANAKA",
                   "last_set": 1798000000},
         "purpose": {"value": "", "creator": "", "last_set": 0}},
    ]
    files = [users_file,
             ChatFile(f"{base}/channels.json", slack_json(channels)),
             ChatFile(f"{base}/integration_logs.json", b"[]\n")]

    def day(channel: str, date: str, items: list[tuple[dict[str, Any], ChatItem | None]]) -> None:
        files.append(_SLACK.day_file(base, channel, date, items, SLACK_SERVICE_SUBTYPES))

    day("treasury", "2026-11-09", [
        (_msg("U02MTANAKA",
              "週次の補充を Safe に起票しました。"
              "<https://app.safe.global/transactions/queue?safe=eth:0x2C81e4f0A9b3D57c61E8a0F4b2d9C7e5A3f16B08> "
              "Ledger 上の safeTxHash をチケット TRS-2252 と照合してから署名をお願いします。",
              "2026-11-09 01:10", 100),
         ChatItem("benign", "wallet-request", "ja",
                  "treasury posts the real app.safe.global queue link and asks signers to compare the hash")),
        (_msg("U02STAKAHASHI",
              "FYI: fake 'Fireblocks Network connection request' mails are landing from fb-network-notify dot com "
              "and point at a misspelled console domain. Real requests only show up inside console.fireblocks.io. "
              "Report, don't click.",
              "2026-11-09 02:05", 200),
         ChatItem("benign", "lookalike-link", "en", "security warning that describes the fake console domain without a link")),
        (_msg("U01HSATO",
              "来週は出張中です。承認はいつものワークフローで回してください。私の名前で DM や個人アカウントから"
              "送金依頼が来たら、無視してセキュリティへ。",
              "2026-11-09 03:00", 300),
         ChatItem("benign", "exec-impersonation", "ja",
                  "the real CEO's workspace account says requests in his name outside the workflow are fake")),
    ])
    dmg_file = {"id": "F09BRSIG01", "created": 1794900000, "timestamp": 1794900000,
                "name": "BrisaSignals-1.8.dmg", "title": "BrisaSignals-1.8.dmg",
                "mimetype": "application/x-apple-diskimage", "filetype": "dmg", "pretty_type": "Disk image",
                "user": "U09BRESEARCH", "user_team": BRISA, "size": 61325312, "mode": "hosted", "is_external": False,
                "url_private": "https://files.slack.com/files-pri/T09BRISAMK-F09BRSIG01/brisasignals-1.8.dmg",
                "url_private_download": "https://files.slack.com/files-pri/T09BRISAMK-F09BRSIG01/download/brisasignals-1.8.dmg",
                "permalink": "https://brisa-markets.slack.com/files/U09BRESEARCH/F09BRSIG01/brisasignals-1.8.dmg"}
    day("ext-brisa-markets", "2026-11-11", [
        (_join("U09RALVES", "2026-11-11 00:00", 10), None),
        (_join("U09BRESEARCH", "2026-11-11 00:01", 20), None),
        (_join("U09ECARTER", "2026-11-11 00:02", 30), None),
        (_join("U09OPSBOT", "2026-11-11 00:03", 40), None),
        (_msg("U09RALVES", "Morning all! Weekly settlement is Thursday as usual. Addresses stay as whitelisted in "
                           "Fireblocks; any change comes as a signed letter, never here.", "2026-11-11 00:30", 100),
         ChatItem("benign", "conversation-hijack", "en", "partner's settlement lead restates the rules in the shared channel")),
        (_msg("U09BRESEARCH", "Sharing our desk's signal app with Kitsune treasury :rocket: predicts 1h BTC/JPY moves. "
                              "Mac build attached - if macOS blocks it, right-click > Open. Connect it with an API key "
                              "that can trade and withdraw so it can rebalance for you.",
              "2026-11-11 01:15", 200, [dmg_file]),
         ChatItem("lure", "trading-app", "en",
                  "guest on a free-mail account shares a price-signal .dmg with a Gatekeeper bypass and asks for a withdraw-enabled key")),
        (_msg("U02KSUZUKI", "Thanks, but we don't install tools shared in channels. Rafael, is this account really "
                            "from your team?", "2026-11-11 01:30", 300),
         ChatItem("benign", "trading-app", "en", "staff declines the shared app and asks the partner to vouch for the account")),
        (_msg("U09ECARTER", "Mika, Emily here on my Brisa guest login, my Kitsune laptop is with IT. Please push "
                            "300k USDC to 0x5B7e0d9A2c41F83b6E1a0D7c9F2e4B8a3C6d10E7 before cut-off, Brisa will "
                            "net it Thursday. I'll sign the ticket later.",
              "2026-11-11 02:10", 400),
         ChatItem("lure", "exec-impersonation", "en",
                  "guest account from another workspace named like the CFO asks for an off-workflow USDC transfer")),
        (_msg("U09RALVES", "Last week's settlement, for your records: "
                           "<https://etherscan.io/tx/0x3c9e1a7f2b5d08e4c6a1f9d3b7e2a5c0d8f4b1e6a9c3d7f0b2e5a8c1d4f7b0e3>",
              "2026-11-11 02:40", 500),
         ChatItem("benign", "wallet-request", "en", "partner shares a real etherscan.io transaction link")),
        (_msg("U09OPSBOT", "New Fireblocks Network routing request from Brisa Markets. Accept here: "
                           "<https://console.fireblocks.io-network.app/connections/accept?id=b71c|console.fireblocks.io>",
              "2026-11-11 03:05", 600),
         ChatItem("lure", "lookalike-link", "en",
                  "bot-named guest posts a link whose text shows console.fireblocks.io but points to console.fireblocks.io-network.app")),
        (_msg("U02MTANAKA", "QBR on Thursday at 17:00 JST: <https://us02web.zoom.us/j/86612093344> "
                            "(company Zoom, nothing to install).", "2026-11-11 04:00", 700),
         ChatItem("benign", "investor-meeting-install", "en", "staff posts the real zoom.us link for a partner review")),
    ])
    return files


# -- Telegram Desktop (single-chat JSON export) -------------------------------------------------


def telegram_export() -> list[ChatFile]:
    people = {"李伟": "user6011220031", "박대현": "user6011220032", "Omar Haddad": "user6011220033",
              "Camille Laurent": "user6011220034", "Kim Taeyang | Seoul Capital": "user8123400011",
              "Kitsune 官方客服": "user8123400012", "Khalid Al Mazrouei": "user8123400013",
              "Hugo | Lumina Protocol": "user8123400014"}
    tg = TelegramWriter(people, first_id=5000)
    entry, service = tg.entry, tg.service

    service("李伟", "2026-11-03 01:00", "invite_members", members=["박대현", "Omar Haddad", "Camille Laurent"])
    entry("李伟", "2026-11-03 01:05",
          ["本群仅用于协调会议时间。任何地址、银行账户或签名请求一律不在群里处理，请走官方邮件和签署流程。"],
          ChatItem("benign", "wallet-request", "zh", "admin says addresses and signatures are never handled in the group"))
    service("Kim Taeyang | Seoul Capital", "2026-11-04 02:00", "join_group_by_link", inviter="Group")
    entry("Kim Taeyang | Seoul Capital", "2026-11-04 02:10",
          ["내일 투자 미팅 전에 회의 앱을 최신 버전으로 업데이트해 주세요. 구버전은 저희 보안 회의실에 못 들어옵니다: ",
           {"type": "text_link", "text": "Zoom 업데이트 (macOS)", "href": "https://zoom-kr.app/update/ZoomUpdate-6.4.pkg"}],
          ChatItem("lure", "investor-meeting-install", "ko",
                   "'investor' joins by link and pushes a Zoom 'update' pkg from a non-Zoom domain before a meeting"))
    entry("박대현", "2026-11-04 02:30",
          ["저희 쪽에서 Google Meet으로 진행하겠습니다. 설치 필요 없습니다: ",
           {"type": "link", "text": "https://meet.google.com/pqz-hkdn-rvw"}],
          ChatItem("benign", "investor-meeting-install", "ko", "staff answers with a real meet.google.com link"))
    service("Kitsune 官方客服", "2026-11-05 06:00", "join_group_by_link", inviter="Group")
    entry("Kitsune 官方客服", "2026-11-05 06:05",
          ["【官方通知】合作伙伴返佣已开放领取，请连接结算钱包并签名确认：",
           {"type": "link", "text": "https://kitsune-ex-rebate.com/claim"},
           " 今晚24点截止。"],
          ChatItem("lure", "wallet-request", "zh",
                   "account named as official support asks partners to connect the settlement wallet and sign on a lookalike"))
    service("Khalid Al Mazrouei", "2026-11-06 07:00", "join_group_by_link", inviter="Group")
    msg = entry("Khalid Al Mazrouei", "2026-11-06 07:05",
                ["جدول التسويات المحدّث مرفق، افتحوه على ويندوز لأن النسخة تعمل مع الماكرو."],
                ChatItem("lure", "attachment", "ar",
                         "unknown member shares a 'settlement schedule' that is a .xlsx.lnk shortcut"))
    msg.update({"file": "(File not included. Change data exporting settings to download.)",
                "file_name": "جدول_التسويات.xlsx.lnk", "file_size": 2488, "mime_type": "application/x-ms-shortcut"})
    entry("Omar Haddad", "2026-11-06 07:20",
          ["من فضلك لا ترسل ملفات هنا. أرسل الجدول بصيغة PDF عبر البريد الرسمي وسنتحقق منه."],
          ChatItem("benign", "attachment", "ar", "staff refuses the file and asks for a PDF by official mail"))
    entry("Hugo | Lumina Protocol", "2026-11-07 09:00",
          ["On recrute des devs Solidity/TS (full remote, 150k€). Petit test avant l'entretien : ",
           {"type": "link", "text": "https://github.com/lumina-protocol-jobs/staking-dashboard-test"},
           " → npm install && npm start, corrigez le bug d'affichage et écrivez-moi en privé."],
          ChatItem("lure", "recruiter-coding-test", "fr",
                   "recruiter drops a repo to run with npm install && npm start and pivots to private messages"))
    entry("Camille Laurent", "2026-11-07 09:20",
          ["Pour info, nos offres sont uniquement sur notre site carrières : ",
           {"type": "link", "text": "https://kitsune-ex.com/careers"},
           " Les entretiens techniques se font dans le navigateur, sans rien installer."],
          ChatItem("benign", "recruiter-coding-test", "fr", "staff points to the real careers page and browser-only interviews"))
    entry("李伟", "2026-11-08 03:00",
          ["今天的结算已完成：",
           {"type": "link", "text": "https://tronscan.org/#/transaction/7f3a9c1e5b2d84a6c0e9f1b7d3a5c8e2f4b6a9d1c7e3f5b8a2d4c6e9f1b3a5c7"}],
          ChatItem("benign", "wallet-request", "zh", "colleague shares a real tronscan.org transaction"))
    return [tg.export("Kitsune OTC Asia (Nov)", "private_supergroup", 1987650077)]


# -- LinkedIn (Get a copy of your data -> messages.csv) ----------------------------------------

OWNER = ("Kenta Suzuki", "https://www.linkedin.com/in/kenta-suzuki-kx")


def linkedin_export() -> list[ChatFile]:
    li = LinkedInWriter(_uuid, seed_prefix="li:")
    row = li.row

    reyes = ("Sophia Reyes", "https://www.linkedin.com/in/sophia-reyes-vantor-talent")
    yamashita = ("山下 誠", "https://www.linkedin.com/in/makoto-yamashita-kabuto-partners")
    fake_ceo = ("Haruto Sato", "https://www.linkedin.com/in/haruto-sato-ceo-kitsune")
    real_ceo = ("Haruto Sato", "https://www.linkedin.com/in/harutosato")
    doda = ("森田 由美", "https://www.linkedin.com/in/yumi-morita-dodax")
    wanted = ("최민지", "https://www.linkedin.com/in/minji-choi-wanted")
    zhang = ("张宁", "https://www.linkedin.com/in/ning-zhang-sec")

    row("reyes", reyes, OWNER, "2026-11-02 11:00", "Backend role at Vantor Labs",
        "Hi Kenta! Loved your talk at the Tokyo meetup. We're hiring a backend lead (remote, $220k + tokens). "
        "First step is a quick practical: https://bitbucket.org/vantor-labs/wallet-indexer-trial - please run "
        "npm i && npm run start on your main machine and fix the sync bug, then share a screenshot. "
        "After that our CTO will call you.",
        ChatItem("lure", "recruiter-coding-test", "en",
                 "recruiter sends a Bitbucket repo to run with npm i && npm run start on the main machine"))
    row("reyes", OWNER, reyes, "2026-11-02 12:30", "RE: Backend role at Vantor Labs",
        "Thanks Sophia. I don't run external code on my work machine. Happy to do a live exercise in a browser "
        "editor if that works for you.",
        ChatItem("benign", "recruiter-coding-test", "en", "owner's own sent reply declining to run the code"), folder="SENT")
    row("yamashita", yamashita, OWNER, "2026-11-05 08:00", "",
        "鈴木様、兜パートナーズの山下です。御社のシリーズCの件で、技術面の確認を30分ほどお願いできますでしょうか。"
        "弊社は情報管理上、専用会議アプリ KabutoMeet を使っております。こちらから Windows 版を入れておいてください: "
        "https://kabuto-partners.net/meet/KabutoMeet_Setup.exe",
        ChatItem("lure", "investor-meeting-install", "ja",
                 "'investor' asks an engineer to install a proprietary meeting app exe from its own domain"))
    row("morita", doda, OWNER, "2026-11-06 10:00", "ポジションのご紹介",
        "鈴木様、doda X の森田です。決済系スタートアップのテックリードのポジションがございます。"
        "ご興味があれば、まずはカジュアル面談（オンライン、30分）をいかがでしょうか。",
        ChatItem("benign", "recruiter-coding-test", "ja", "real headhunter offers a casual call; nothing to run or install"))
    row("fakeceo", fake_ceo, OWNER, "2026-11-08 14:00", "",
        "Kenta, it's Haruto. I'm locked out of GitHub 2FA while travelling and the investor demo is in an hour. "
        "Can you disable the org's 2FA requirement for today, or send me one of your recovery codes? "
        "Please keep it between us, I'll explain later. WhatsApp me at +65 8127 4409.",
        ChatItem("lure", "exec-impersonation", "en",
                 "second 'Haruto Sato' profile asks to disable org 2FA or share recovery codes and moves to WhatsApp"))
    row("realceo", real_ceo, OWNER, "2026-11-09 00:30", "",
        "Congratulations on three years at Kitsune, Kenta! Thank you for all the work on the matching engine.",
        ChatItem("benign", "exec-impersonation", "en", "the real CEO's profile sends a work-anniversary note"))
    row("wanted", wanted, OWNER, "2026-11-10 05:00", "",
        "안녕하세요 스즈키 님, 원티드의 최민지입니다. 서울 소재 핀테크 회사의 백엔드 리드 포지션을 소개드리고 싶습니다. "
        "관심 있으시면 편하실 때 짧게 통화 가능할까요?",
        ChatItem("benign", "recruiter-coding-test", "ko", "real Korean recruiter asks for a short call"))
    row("zhang", zhang, OWNER, "2026-11-12 02:00", "",
        "健太，分享一篇关于朝鲜黑客利用假面试投放恶意 npm 包的分析文章，我们团队最近也在培训里讲这个："
        "https://www.microsoft.com/en-us/security/blog/",
        ChatItem("benign", "recruiter-coding-test", "zh",
                 "security contact shares an article about fake-interview npm malware; nothing to run"))

    return [li.export()]


def all_chats() -> list[ChatFile]:
    return [*slack_export(), *telegram_export(), *linkedin_export()]
