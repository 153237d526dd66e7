"""Set L chat exports: a Slack workspace export, a Telegram Desktop result.json and a LinkedIn messages.csv.

Location of a chat message in labels.csv: `FILE#N`, N = the Nth counted message of the file (1-based, file
order). Slack entries with subtype channel_join / channel_leave / channel_purpose / channel_topic and
Telegram entries of "type": "service" are not counted; for LinkedIn N counts data records (same scheme as
set A). The export plumbing is the shared slack_writer.py / chat_writers.py.
"""

from __future__ import annotations

import uuid
from typing import Any

from chat_writers import LinkedInWriter, TelegramWriter
from slack_writer import SlackWriter, slack_json
from spec import ChatFile, ChatItem

SLACK_SERVICE_SUBTYPES = ("channel_join", "channel_leave", "channel_purpose", "channel_topic")
TEAM = "T01KITSUNE"
GUEST_TEAM = "T0LTARNWICK"
OUTSIDE_TEAM = "T0LOUTSIDE1"

SLACK_USERS: dict[str, dict[str, Any]] = {
    "U01HSATO": {"name": "haruto.sato", "real": "Haruto Sato", "title": "CEO", "team": TEAM,
                 "email": "h.sato@kitsune-ex.co.jp"},
    "U02MTANAKA": {"name": "m.tanaka", "real": "Mika Tanaka", "title": "Treasury Operations", "team": TEAM,
                   "email": "m.tanaka@kitsune-ex.co.jp"},
    "U02STAKAHASHI": {"name": "s.takahashi", "real": "Sho Takahashi", "title": "Security", "team": TEAM,
                      "email": "s.takahashi@kitsune-ex.co.jp"},
    "U02KSUZUKI": {"name": "k.suzuki", "real": "Kenta Suzuki", "title": "Backend Engineer", "team": TEAM,
                   "email": "k.suzuki@kitsune-ex.co.jp"},
    "U0LNVORONOVA": {"name": "nadia.voronova", "real": "Nadia Voronova", "title": "Head of Settlement, Tarnwick Markets",
                   "team": GUEST_TEAM, "email": "n.voronova@tarnwick.markets"},
    "U0LTACHEBE": {"name": "tom.achebe", "real": "Tom Achebe", "title": "Trader, Tarnwick Markets",
                   "team": GUEST_TEAM, "email": "t.achebe@tarnwick.markets"},
    "U0LITDESK": {"name": "kitsune.servicedesk", "real": "Kitsune ServiceDesk", "title": "IT Support",
                  "team": OUTSIDE_TEAM, "email": "kitsune.servicedesk@outlook.com"},
}

_SLACK = SlackWriter(SLACK_USERS, TEAM, id_prefix="set-l:")
_msg, _join = _SLACK.message, _SLACK.join


def slack_export() -> list[ChatFile]:
    base = "chat/slack"
    channels = [
        {"id": "C0LTREASURY", "name": "treasury", "created": 1704067400, "creator": "U02MTANAKA",
         "is_archived": False, "is_general": False, "members": ["U01HSATO", "U02MTANAKA", "U02STAKAHASHI"],
         "topic": {"value": "Treasury operations", "creator": "U02MTANAKA", "last_set": 1704067400},
         "purpose": {"value": "", "creator": "", "last_set": 0}},
        {"id": "C0LTARNWICK", "name": "ext-tarnwick-markets", "created": 1798000000, "creator": "U02MTANAKA",
         "is_archived": False, "is_general": False,
         "members": ["U02MTANAKA", "U02STAKAHASHI", "U02KSUZUKI", "U0LNVORONOVA", "U0LTACHEBE", "U0LITDESK"],
         "topic": {"value": "Shared channel with Tarnwick Markets (Slack Connect)", "creator": "U02MTANAKA",
                   "last_set": 1798000000},
         "purpose": {"value": "", "creator": "", "last_set": 0}},
    ]
    files = [_SLACK.users_file(base, tz_outside="Europe/London"),
             ChatFile(f"{base}/channels.json", slack_json(channels)),
             ChatFile(f"{base}/integration_logs.json", b"[]\n")]

    def day(channel: str, date: str, items: list[tuple[dict[str, Any], ChatItem | None]]) -> None:
        files.append(_SLACK.day_file(base, channel, date, items, SLACK_SERVICE_SUBTYPES))

    day("treasury", "2026-11-06", [
        (_msg("U02MTANAKA", "Elmsworth 250k USDC is in the Fireblocks queue, whitelisted address, needs one more "
                            "approver in the mobile app.", "2026-11-06 01:32", 10),
         ChatItem("benign", "wallet-request", "en", "treasury asks for a co-approval in the real Fireblocks app")),
        (_msg("U01HSATO", "Approved from my phone. Thanks Mika.", "2026-11-06 01:40", 20),
         ChatItem("benign", "exec-impersonation", "en", "the real CEO in the internal channel confirming an approval")),
        (_msg("U02STAKAHASHI", "Heads-up: someone registered fireblock dot io (no s) and is mailing approvers about "
                               "\"device re-binding\". Ignore it; real notices only come from fireblocks.io.",
              "2026-11-06 02:10", 30),
         ChatItem("benign", "lookalike-link", "en", "security warning naming a lookalike in prose, no live link")),
    ])
    day("ext-tarnwick-markets", "2026-11-10", [
        (_join("U0LNVORONOVA", "2026-11-10 00:00", 5), None),
        (_join("U0LTACHEBE", "2026-11-10 00:01", 6), None),
        (_join("U0LITDESK", "2026-11-10 00:02", 7), None),
        (_msg("U0LNVORONOVA", "Morning all. Reminder that Tarnwick settlement instructions only change through the "
                            "signed SSI process, never in this channel.", "2026-11-10 00:30", 10),
         ChatItem("benign", "conversation-hijack", "en", "partner restates that settlement details never change in chat")),
        (_msg("U0LITDESK", "Hi Kitsune team, this is IT. Slack Connect channels are being re-verified today. Please "
                           "sign in again here so you don't lose access: "
                           "<https://kitsune-ex-slack.com/sso/verify|kitsune-ex.slack.com/sso>", "2026-11-10 01:05", 20),
         ChatItem("lure", "lookalike-link", "en",
                  "outside guest named like the company's IT desk links a lookalike SSO page behind kitsune-ex.slack.com text")),
        (_msg("U0LTACHEBE", "Can someone on your side sign the Safe tx for the collateral top-up? Hash "
                            "0x6f1e9b...c2a4. Just sign the hash, no need to look at the calldata, our ops already "
                            "checked it.", "2026-11-10 02:15", 30),
         ChatItem("lure", "wallet-request", "en", "partner trader asks to blind-sign a Safe hash without checking the calldata")),
        (_msg("U02MTANAKA", "We don't sign hashes from chat. Please queue it through the agreed process and we'll "
                            "check the calldata as usual.", "2026-11-10 02:20", 40),
         ChatItem("benign", "wallet-request", "en", "treasury refuses the blind signature and restates the process")),
        (_msg("U0LNVORONOVA", "Agreed, Mika. Tom, please use the normal queue. Our Zoom for Thursday: "
                            "<https://zoom.us/j/96614023385>", "2026-11-10 02:31", 50),
         ChatItem("benign", "investor-meeting-install", "en", "partner shares a plain zoom.us link")),
    ])
    return files


def telegram_export() -> list[ChatFile]:
    people = {"Mika Tanaka": "user5120044871", "李伟": "user5120044872", "Rawdha OTC Desk": "user6631047719",
              "Rawdha Ops Support": "user7012558390", "Kitsune Treasury": "user7193355014",
              "Ren Ishida (Rawdha)": "user6631047720"}
    tg = TelegramWriter(people, first_id=3100)
    tg.service("Mika Tanaka", "2026-11-04 02:00", "invite_members", members=["Rawdha OTC Desk", "Ren Ishida (Rawdha)"])
    tg.entry("Ren Ishida (Rawdha)", "2026-11-04 02:05",
             ["Hi Mika, hi Li, Rawdha's OTC desk here. Quotes will come in this group, confirmations by email as agreed."],
             ChatItem("benign", "conversation-hijack", "en", "partner opens the OTC group and restates the confirmation channel"))
    tg.entry("Mika Tanaka", "2026-11-04 02:07", ["Thanks Ren. Settlement addresses stay as in the signed onboarding pack."],
             ChatItem("benign", "wallet-request", "en", "treasury restates that settlement addresses only come from the onboarding pack"))
    tg.service("Rawdha Ops Support", "2026-11-07 05:00", "join_group_by_link", inviter="Rawdha OTC Desk")
    msg = tg.entry("Rawdha Ops Support", "2026-11-07 05:03",
                   [("Hello! To receive RFQs faster please install our desktop RFQ terminal (Mac). If macOS blocks it, "
                    "right-click > Open. "), {"type": "link", "text": "https://rawdha-rfq.app/dl/RawdhaRFQ-2.3.dmg"}],
                   ChatItem("lure", "trading-app", "en", "newcomer pushes an unsigned RFQ terminal dmg with a Gatekeeper bypass"))
    msg["reply_to_message_id"] = 3101
    tg.entry("李伟", "2026-11-07 05:10", ["我们只用网页报价，不安装任何客户端，谢谢。"],
             ChatItem("benign", "trading-app", "zh", "desk declines to install any client"))
    tg.service("Kitsune Treasury", "2026-11-09 06:00", "join_group_by_link", inviter="Rawdha Ops Support")
    tg.entry("Kitsune Treasury", "2026-11-09 06:02",
             ["Rawdha 各位，今天起本公司的 USDT 收款地址更换为 TN3vX8kQ2bW7yR5pL9cE4mH6aZ1dF0sJuG，旧地址请勿再使用。"],
             ChatItem("lure", "wallet-request", "zh", "account named like Kitsune treasury that joined by link announces a new receiving address"))
    tg.entry("Ren Ishida (Rawdha)", "2026-11-09 06:20",
             [("Mika, can you confirm? This account joined by link and is not one of yours as far as we know. We will "
              "keep using the address in the onboarding pack.")],
             ChatItem("benign", "conversation-hijack", "en", "partner questions the impostor and keeps the onboarding address"))
    tg.entry("Rawdha Ops Support", "2026-11-09 07:15",
             ["Li, for the HK desk: please also send your API key and secret here so we can set up automated settlement."],
             ChatItem("lure", "vendor-impersonation", "en", "fake partner support asks for exchange API key and secret in chat"))
    return [tg.export("Kitsune ⇄ Rawdha OTC", "private_supergroup", 1882210457)]


def _li_uuid(seed: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "set-l:" + seed))


def linkedin_export() -> list[ChatFile]:
    li = LinkedInWriter(_li_uuid, seed_prefix="li:")
    me = ("Kenta Suzuki", "https://www.linkedin.com/in/kenta-suzuki-kx")
    rec = ("Aiden Cole", "https://www.linkedin.com/in/aiden-cole-web3talent")
    li.row("cole", rec, me, "2026-11-05 09:00", "Senior Rust role - quick test",
           "Hi Kenta, I'm hiring for a DeFi derivatives team (remote, USD 240k). First step is a short test: clone "
           "https://bitbucket.org/vantablock-hiring/risk-engine-test and run npm install && npm run start on your "
           "everyday laptop, then send me a screenshot. We can continue on Telegram @aidencole_talent.",
           ChatItem("lure", "recruiter-coding-test", "en", "Contagious-Interview style recruiter: run a Bitbucket repo locally, then Telegram"))
    li.row("cole", me, rec, "2026-11-05 10:30", "", "Thanks Aiden, I don't run external code on my work machine. Happy "
           "to do a live coding session in the browser instead.",
           ChatItem("benign", "recruiter-coding-test", "en", "the owner's own SENT reply declining to run the repo"),
           folder="SENT")
    inv = ("Mei Fujisawa", "https://www.linkedin.com/in/mei-fujisawa-sorano")
    li.row("fujisawa", inv, me, "2026-11-08 06:00", "投資検討の件",
           "鈴木さん、はじめまして。そらのキャピタルの藤沢です。御社の技術チームと一度お話ししたく、"
           "弊社の会議ツール（SoranoLink）でお願いできますか。https://soranolink-meet.com/setup/SoranoLink.pkg "
           "をインストールのうえ、開けない場合は「システム設定 > プライバシーとセキュリティ」から許可してください。",
           ChatItem("lure", "investor-meeting-install", "ja", "investor asks to install a meeting pkg and override Gatekeeper"))
    hr = ("Sophie Lambert", "https://www.linkedin.com/in/sophie-lambert-hays")
    li.row("lambert", hr, me, "2026-11-11 08:00", "Opportunity in Tokyo",
           "Hello Kenta, I'm a consultant at a recruitment agency in Tokyo. I have a backend role at a payments "
           "company that matches your profile. Would you be open to a 15-minute call this week? No assessment "
           "before the first interview.",
           ChatItem("benign", "recruiter-coding-test", "en", "genuine agency recruiter asking for a call, nothing to run"))
    peer = ("Jun Park", "https://www.linkedin.com/in/jun-park-dev")
    li.row("park", peer, me, "2026-11-12 11:00", "",
           "Great meeting you at the Tokyo Rust meetup! Here are my slides: https://speakerdeck.com/junpark/async-rust",
           ChatItem("benign", "attachment", "en", "meetup contact shares slides on a well-known slide site"))
    fake = ("佐藤 陽翔 | Kitsune Exchange CEO", "https://www.linkedin.com/in/haruto-sato-ceo-kitsune")
    li.row("fakesato", fake, me, "2026-11-14 12:00", "",
           "鈴木さん、佐藤です。個人アカウントから失礼。投資家側の技術デューデリジェンスで急ぎ必要なので、"
           "出金署名サービスの本番 .env（APIキー類を含むもの）をそのままここに貼ってもらえますか。"
           "情シスには後で私から話します。",
           ChatItem("lure", "exec-impersonation", "ja", "second LinkedIn profile using the CEO's name asks for the withdrawal signer's production .env"))
    ev = ("TOKYO Web3 Summit", "https://www.linkedin.com/company/tokyo-web3-summit")
    li.row("summit", ev, me, "2026-11-16 03:00", "Speaker schedule",
           "Hi Kenta, thanks for joining as a speaker. The final schedule is on our site; your slot is 14:20 in Hall B. "
           "Zoom for the rehearsal: https://zoom.us/j/91022837461",
           ChatItem("benign", "investor-meeting-install", "en", "conference organiser with a schedule and a plain zoom.us link"))
    return [li.export()]


def all_chats() -> list[ChatFile]:
    return [*slack_export(), *telegram_export(), *linkedin_export()]
