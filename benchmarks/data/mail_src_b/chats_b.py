"""Set B chat exports (a small Slack workspace export and a Telegram Desktop result.json).

Location of a chat message in labels.csv: `FILE#N`, N = the Nth counted message of the file
(1-based, file order). Slack entries with subtype channel_join / channel_leave / channel_purpose /
channel_topic and Telegram entries of "type": "service" are not counted (same scheme as set A).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from slack_writer import SlackWriter, slack_json
from spec import ChatFile, ChatItem

SLACK_SERVICE_SUBTYPES = ("channel_join", "channel_leave", "channel_purpose", "channel_topic")
TEAM = "T01KITSUNE"
GUEST_TEAM = "T08VELARIS"


SLACK_USERS: dict[str, dict[str, Any]] = {
    "U01HSATO": {"name": "haruto.sato", "real": "Haruto Sato", "title": "CEO", "team": TEAM,
                 "email": "h.sato@kitsune-ex.co.jp"},
    "U02MTANAKA": {"name": "m.tanaka", "real": "Mika Tanaka", "title": "Treasury Operations", "team": TEAM,
                   "email": "m.tanaka@kitsune-ex.co.jp"},
    "U02KSUZUKI": {"name": "k.suzuki", "real": "Kenta Suzuki", "title": "Backend Engineer", "team": TEAM,
                   "email": "k.suzuki@kitsune-ex.co.jp"},
    "U02STAKAHASHI": {"name": "s.takahashi", "real": "Sho Takahashi", "title": "Security", "team": TEAM,
                      "email": "s.takahashi@kitsune-ex.co.jp"},
    # Slack Connect guests from a partner's workspace.
    "U08PSINGH": {"name": "priya.singh", "real": "Priya Singh", "title": "Settlements, Velaris Markets",
                  "team": GUEST_TEAM, "email": "priya.singh@velaris.markets"},
    "U08MROSS": {"name": "mark.ross", "real": "Mark Ross", "title": "BD, Velaris Markets", "team": GUEST_TEAM,
                 "email": "mark.ross.velaris@outlook.com"},
    "U08FBSUP": {"name": "fireblocks-support", "real": "Fireblocks Support", "title": "Support",
                 "team": GUEST_TEAM, "email": "fireblocks.helpdesk@gmail.com"},
}


_SLACK = SlackWriter(SLACK_USERS, TEAM, id_prefix="set-b:")
_uuid, _msg, _join = _SLACK.uuid, _SLACK.message, _SLACK.join


def slack_export() -> list[ChatFile]:
    base = "chat/slack"
    users_file = _SLACK.users_file(base)
    channels = [
        {"id": "C03TREASURY", "name": "treasury", "created": 1704067400, "creator": "U02MTANAKA",
         "is_archived": False, "is_general": False, "members": ["U01HSATO", "U02MTANAKA", "U02STAKAHASHI"],
         "topic": {"value": "Treasury operations", "creator": "U02MTANAKA", "last_set": 1704067400},
         "purpose": {"value": "", "creator": "", "last_set": 0}},
        {"id": "C08VELOTC", "name": "ext-velaris-settlement", "created": 1796000000, "creator": "U02MTANAKA",
         "is_archived": False, "is_general": False,
         "members": ["U02MTANAKA", "U02KSUZUKI", "U08PSINGH", "U08MROSS", "U08FBSUP"],
         "topic": {"value": "Shared channel with Velaris Markets (Slack Connect)", "creator": "U02MTANAKA",
                   "last_set": 1796000000},
         "purpose": {"value": "", "creator": "", "last_set": 0}},
    ]
    files = [users_file,
             ChatFile(f"{base}/channels.json", slack_json(channels)),
             ChatFile(f"{base}/integration_logs.json", b"[]\n")]

    def day(channel: str, date: str, items: list[tuple[dict[str, Any], ChatItem | None]]) -> None:
        files.append(_SLACK.day_file(base, channel, date, items, SLACK_SERVICE_SUBTYPES))

    day("treasury", "2026-11-07", [
        (_msg("U01HSATO",
              "署名者の皆さん、月次補充を Safe で起票しました: "
              "<https://app.safe.global/transactions/queue?safe=eth:0x7A41c93bE02f5D8a6e91C3b4f0a2d6E8c5B19F34>"
              " ハッシュをデバイスで確認してから署名してください。",
              "2026-11-07 01:15", 100),
         ChatItem("benign", "wallet-request", "ja",
                  "the real CEO's workspace account posts the real app.safe.global queue link with a hash-check reminder")),
        (_msg("U02STAKAHASHI",
              "Heads-up: a fake 'Safe{Wallet} signer re-verification' mail is going around "
              "(safe-wallet-security dot com). Safe never asks you to re-verify signers. Report, don't click.",
              "2026-11-07 02:00", 200),
         ChatItem("benign", "vendor-impersonation", "en",
                  "security team warning that names the fake Safe notice without a live link")),
    ])
    apk = {"id": "F08VELAPK1", "created": 1796900000, "timestamp": 1796900000,
           "name": "VelarisQuant-2.0.4.apk", "title": "VelarisQuant-2.0.4.apk",
           "mimetype": "application/vnd.android.package-archive", "filetype": "apk", "pretty_type": "APK",
           "user": "U08MROSS", "user_team": GUEST_TEAM, "size": 48211456, "mode": "hosted", "is_external": False,
           "url_private": "https://files.slack.com/files-pri/T08VELARIS-F08VELAPK1/velarisquant-2.0.4.apk",
           "url_private_download": "https://files.slack.com/files-pri/T08VELARIS-F08VELAPK1/download/velarisquant-2.0.4.apk",
           "permalink": "https://velaris.slack.com/files/U08MROSS/F08VELAPK1/velarisquant-2.0.4.apk"}
    day("ext-velaris-settlement", "2026-11-08", [
        (_join("U08PSINGH", "2026-11-08 00:00", 10), None),
        (_join("U08MROSS", "2026-11-08 00:01", 20), None),
        (_join("U08FBSUP", "2026-11-08 00:02", 30), None),
        (_msg("U08PSINGH", "Hi team, settlement cut-off stays 15:00 JST. Our instructions come only via the "
                           "signed portal, never in this channel.", "2026-11-08 01:00", 100),
         ChatItem("benign", "conversation-hijack", "en", "partner greeting that restates the settlement rules")),
        (_msg("U08MROSS", "Our quant desk built a bot that nets your inventory automatically. Android build "
                          "attached, sideload it and paste a trade+withdraw API key, it does the rest.",
              "2026-11-08 02:30", 200, [apk]),
         ChatItem("lure", "trading-app", "en",
                  "external guest (free-mail account) shares a trading-bot APK and asks for withdraw-enabled API keys")),
        (_msg("U08FBSUP", "Hello from Fireblocks Support :wave: we see failed co-signer heartbeats from your "
                          "workspace. Please paste the contents of your co-signer `config.json` here so we can "
                          "re-pair it, or run <https://fireblocks-helpdesk.net/repair.sh|our repair script>.",
              "2026-11-08 03:10", 300),
         ChatItem("lure", "vendor-impersonation", "en",
                  "guest named 'Fireblocks Support' from another workspace asks for co-signer config and a repair script")),
        (_msg("U02KSUZUKI", "We only talk to Fireblocks through our support portal. Reporting this account to our "
                            "security team.", "2026-11-08 03:20", 400),
         ChatItem("benign", "vendor-impersonation", "en", "staff reply that mentions Fireblocks support and declines")),
        (_msg("U08MROSS", "Also, quick one for Mika: we moved our settlement wallet, please use "
                          "0x6c0e91a4d7b2f835e1c9a07d4b3f2e8a5c1d9b70 from today, old one is retired.",
              "2026-11-08 05:00", 500),
         ChatItem("lure", "conversation-hijack", "en",
                  "guest in the shared channel changes the settlement address outside the signed portal")),
    ])
    return files


# -- Telegram Desktop (single-chat JSON export) -------------------------------------------------


def telegram_export() -> list[ChatFile]:
    people = {"Mika Tanaka": "user5011223344", "Li Wei": "user5055667788", "Sumin Jung | Hangang VC": "user7812340001",
              "Omar Haddad": "user5099001122", "Kitsune Support": "user7812340002",
              "Ahmed Al Farsi": "user7812340003", "박대현": "user5066778899"}
    rows: list[tuple[dict[str, Any], ChatItem | None]] = []
    seq = [2000]

    def stamp(when: str) -> dict[str, str]:
        moment = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
        return {"date": moment.strftime("%Y-%m-%dT%H:%M:%S"), "date_unixtime": str(int(moment.timestamp()))}

    def entry(sender: str, when: str, parts: list[Any], label: ChatItem) -> None:
        seq[0] += 1
        entities = [{"type": "plain", "text": p} if isinstance(p, str) else dict(p) for p in parts]
        text: Any = parts[0] if len(parts) == 1 and isinstance(parts[0], str) else parts
        msg = {"id": seq[0], "type": "message", **stamp(when), "from": sender, "from_id": people[sender],
               "text": text, "text_entities": entities}
        rows.append((msg, label))

    def service(actor: str, when: str, action: str, **extra: Any) -> None:
        seq[0] += 1
        msg = {"id": seq[0], "type": "service", **stamp(when), "actor": actor, "actor_id": people[actor],
               "action": action, **extra, "text": "", "text_entities": []}
        rows.append((msg, None))

    service("Mika Tanaka", "2026-11-01 01:00", "invite_members", members=["Li Wei", "Omar Haddad", "박대현"])
    entry("Mika Tanaka", "2026-11-01 01:05",
          [("Partner coordination group for November. Reminder: wallet addresses and bank details only through "
            "the signed portal.")],
          ChatItem("benign", "wallet-request", "en", "admin restates that addresses only come via the portal"))
    service("Sumin Jung | Hangang VC", "2026-11-02 02:00", "join_group_by_link", inviter="Group")
    entry("Sumin Jung | Hangang VC", "2026-11-02 02:05",
          ["대표님 미팅 전에 저희 포트폴리오 데모 빌드를 미리 실행해 주세요. ",
           {"type": "text_link", "text": "데모 빌드 (macOS)", "href": "https://hangang-ventures.kr/demo/PortfolioWallet-0.9.dmg"},
           " 실행 시 경고가 뜨면 '열기'를 눌러 주세요."],
          ChatItem("lure", "investor-meeting-install", "ko",
                   "VC joins by link and pushes a 'demo build' dmg with a Gatekeeper bypass instruction"))
    entry("박대현", "2026-11-02 02:30",
          ["미팅은 저희 Zoom으로 진행합니다: ", {"type": "link", "text": "https://us06web.zoom.us/j/83300112233"},
           " 별도 설치 파일은 필요 없습니다."],
          ChatItem("benign", "investor-meeting-install", "ko", "staff posts the real zoom.us link and says nothing to install"))
    service("Kitsune Support", "2026-11-03 06:00", "join_group_by_link", inviter="Group")
    entry("Kitsune Support", "2026-11-03 06:02",
          ["[Kitsune Support] Routine wallet audit: every partner must confirm wallet ownership at ",
           {"type": "link", "text": "https://kitsune-ex-support.com/verify"},
           " by entering the 12-word recovery phrase of the settlement wallet. Deadline today."],
          ChatItem("lure", "wallet-request", "en",
                   "account named 'Kitsune Support' joins by link and asks for a recovery phrase on a lookalike site"))
    entry("Ahmed Al Farsi", "2026-11-04 07:00",
          ["مرحباً، عقد الشراكة جاهز للتوقيع. افتحوا الملف المرفق على جهاز ويندوز وانقروا على العقد."],
          ChatItem("lure", "attachment", "ar", "unknown member sends a 'contract' as an .iso image to open on Windows"))
    rows[-1][0].update({"file": "(File not included. Change data exporting settings to download.)",
                        "file_name": "عقد_الشراكة.iso", "file_size": 1376256,
                        "mime_type": "application/x-iso9660-image"})
    entry("Omar Haddad", "2026-11-04 07:20",
          ["لا نفتح ملفات ISO. أرسلوا العقد بصيغة PDF عبر البريد الرسمي من فضلكم."],
          ChatItem("benign", "attachment", "ar", "staff refuses the ISO and asks for a PDF by official mail"))
    entry("Li Wei", "2026-11-05 03:00",
          ["今天结算完成，交易记录：",
           {"type": "link", "text": "https://etherscan.io/tx/0x2f8a9c1e4b7d3a60e5f1c2b8d9a4e7f30c6b1d5a8e2f9c4b7a3d0e6f1c8b5a29"}],
          ChatItem("benign", "wallet-request", "zh", "colleague shares a real etherscan.io transaction"))
    export = {"name": "Kitsune × Partners (Nov)", "type": "private_supergroup", "id": 1987650042,
              "messages": [m for m, _ in rows]}
    labels = [lab for m, lab in rows if m["type"] != "service" and lab is not None]
    return [ChatFile("chat/telegram/result.json", json.dumps(export, ensure_ascii=False, indent=1).encode(), labels)]


def all_chats() -> list[ChatFile]:
    return [*slack_export(), *telegram_export()]
