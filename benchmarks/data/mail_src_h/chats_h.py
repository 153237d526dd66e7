"""Set H chat exports: a Slack workspace export, a Telegram Desktop result.json and a LinkedIn
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
GUEST_TEAM = "T09THRNBRY"

SLACK_USERS: dict[str, dict[str, Any]] = {
    "U01HSATO": {"name": "haruto.sato", "real": "Haruto Sato", "title": "CEO", "team": TEAM,
                 "email": "h.sato@kitsune-ex.co.jp"},
    "U02MTANAKA": {"name": "m.tanaka", "real": "Mika Tanaka", "title": "Treasury Operations", "team": TEAM,
                   "email": "m.tanaka@kitsune-ex.co.jp"},
    "U02STAKAHASHI": {"name": "s.takahashi", "real": "Sho Takahashi", "title": "Security", "team": TEAM,
                      "email": "s.takahashi@kitsune-ex.co.jp"},
    "U02KSUZUKI": {"name": "k.suzuki", "real": "Kenta Suzuki", "title": "Backend Engineer", "team": TEAM,
                   "email": "k.suzuki@kitsune-ex.co.jp"},
    # Slack Connect guests from the partner's workspace (one is not who he says).
    "U09GPELLOW": {"name": "graham.pellow", "real": "Graham Pellow", "title": "Clearing Ops, Thornbury",
                   "team": GUEST_TEAM, "email": "g.pellow@thornbury-clearing.com"},
    "U09NASHE": {"name": "nate.ashe", "real": "Nate Ashe", "title": "Onboarding, Thornbury", "team": GUEST_TEAM,
                 "email": "nate.ashe.tdw@gmail.com"},
    "U09SAFESUP": {"name": "safe-wallet-support", "real": "Safe Wallet Support", "title": "Support",
                   "team": GUEST_TEAM, "email": "safe.wallet.helpdesk@outlook.com"},
}

_SLACK = SlackWriter(SLACK_USERS, TEAM, id_prefix="set-h:")
_msg, _join = _SLACK.message, _SLACK.join


def slack_export() -> list[ChatFile]:
    base = "chat/slack"
    users_file = _SLACK.users_file(base)
    channels = [
        {"id": "C03TREASURY", "name": "treasury", "created": 1704067400, "creator": "U02MTANAKA",
         "is_archived": False, "is_general": False, "members": ["U01HSATO", "U02MTANAKA", "U02STAKAHASHI"],
         "topic": {"value": "Treasury operations", "creator": "U02MTANAKA", "last_set": 1704067400},
         "purpose": {"value": "", "creator": "", "last_set": 0}},
        {"id": "C09THBCLR", "name": "ext-thornbury-clearing", "created": 1797400000, "creator": "U02MTANAKA",
         "is_archived": False, "is_general": False,
         "members": ["U02MTANAKA", "U02KSUZUKI", "U09GPELLOW", "U09NASHE", "U09SAFESUP"],
         "topic": {"value": "Shared channel with Thornbury Clearing (Slack Connect)", "creator": "U02MTANAKA",
                   "last_set": 1797400000},
         "purpose": {"value": "", "creator": "", "last_set": 0}},
    ]
    files = [users_file,
             ChatFile(f"{base}/channels.json", slack_json(channels)),
             ChatFile(f"{base}/integration_logs.json", b"[]\n")]

    def day(channel: str, date: str, items: list[tuple[dict[str, Any], ChatItem | None]]) -> None:
        files.append(_SLACK.day_file(base, channel, date, items, SLACK_SERVICE_SUBTYPES))

    day("treasury", "2026-11-04", [
        (_msg("U02MTANAKA",
              "TREAS-2291 の cold→warm 補充を Fireblocks で起票しました: "
              "<https://console.fireblocks.io/v2/transactions> 金額と宛先をデバイスで確認してから承認お願いします。",
              "2026-11-04 01:30", 100),
         ChatItem("benign", "wallet-request", "ja",
                  "treasury posts the real Fireblocks console link for a ticketed top-up with a device-check reminder")),
        (_msg("U02STAKAHASHI",
              "FYI: mail going around pretending to be an audit firm asking for the hot-wallet private key "
              "(kanade-audit dot jp). No auditor ever needs a key. Report and delete.",
              "2026-11-04 03:00", 200),
         ChatItem("benign", "wallet-request", "en",
                  "security warning that names the fake audit request without a live link")),
        (_msg("U01HSATO", "ありがとう。承認しました。", "2026-11-04 04:10", 300),
         ChatItem("benign", "exec-impersonation", "ja", "the real CEO's workspace account acknowledges an approval")),
    ])
    day("ext-thornbury-clearing", "2026-11-09", [
        (_join("U09GPELLOW", "2026-11-09 00:00", 10), None),
        (_join("U09NASHE", "2026-11-09 00:01", 20), None),
        (_join("U09SAFESUP", "2026-11-09 00:02", 30), None),
        (_msg("U09GPELLOW", "Morning all. Reminder: margin top-ups only to the collateral wallet in the signed "
                            "SSI. We will never change it in chat.", "2026-11-09 00:30", 100),
         ChatItem("benign", "conversation-hijack", "en", "partner restates that settlement details never change in chat")),
        (_msg("U09NASHE", "Hey Kenta, for the new clearing API we need your side to run our onboarding checker "
                          "once: `npx thornbury-onboard@latest --with-keys` on a machine that has the prod API "
                          "keys in env. It uploads a fingerprint only.", "2026-11-09 02:00", 200),
         ChatItem("lure", "recruiter-coding-test", "en",
                  "guest on a Gmail-backed account asks an engineer to npx an unknown package with prod API keys loaded")),
        (_msg("U09SAFESUP", "Hi from Safe{Wallet} support :wave: your Safe shows a stuck nonce. Connect your "
                            "signer at <https://app.safe.global.nonce-fix.io/repair|app.safe.global> and sign the "
                            "repair message to unblock the queue.", "2026-11-09 03:15", 300),
         ChatItem("lure", "lookalike-link", "en",
                  "guest named 'Safe Wallet Support' links text app.safe.global to a prefix lookalike host")),
        (_msg("U02MTANAKA", "We don't take Safe support requests here. Graham, is Nate on your team? "
                            "I'll check with you by phone.", "2026-11-09 03:30", 400),
         ChatItem("benign", "vendor-impersonation", "en", "staff declines and moves verification to a phone call")),
        (_msg("U09NASHE", "Also Mika, Graham asked me to pass on: this week's top-up should go to "
                          "0x9d1F4a7C2e08B63d5A1c8E7f0B2d4C6a9E3f5b17, the SSI wallet is being rotated.",
              "2026-11-09 04:00", 500),
         ChatItem("lure", "wallet-request", "en",
                  "guest in the shared channel relays a new collateral address outside the signed SSI")),
    ])
    return files


def telegram_export() -> list[ChatFile]:
    people = {"Omar Haddad": "user5099001122", "Li Wei": "user5055667788", "박대현": "user5066778899",
              "Yusuf | Remal Fund": "user7901230001", "Kitsune Exchange OTC": "user7901230002",
              "Camille Laurent": "user5077889900", "Sora | Quant Signals": "user7901230003"}
    tg = TelegramWriter(people, first_id=5100)
    tg.service("Omar Haddad", "2026-11-05 06:00", "create_group", title="Kitsune × partners (OTC)",
               members=["Omar Haddad", "Li Wei", "박대현", "Camille Laurent"])
    tg.entry("Omar Haddad", "2026-11-05 06:05",
             ["Welcome everyone. Settlement instructions are only sent through our portal, never in this group."],
             ChatItem("benign", "wallet-request", "en", "group owner restates that settlement instructions never come by chat"))
    tg.service("Yusuf | Remal Fund", "2026-11-06 08:00", "join_group_by_link")
    tg.entry("Yusuf | Remal Fund", "2026-11-06 08:10",
             ["مرحباً عمر، لاجتماع المستثمرين اليوم نحتاج أن تثبّت برنامج الاجتماع الآمن أولاً: ",
              {"type": "link", "text": "https://remal-meet.app/download/RemalMeet_Setup.exe"},
              " ثم اختر «تشغيل على أي حال»."],
             ChatItem("lure", "investor-meeting-install", "ar",
                      "investor asks in Telegram to install a 'secure meeting' exe and bypass SmartScreen"))
    tg.entry("Li Wei", "2026-11-06 09:00",
             ["今天的季度会议用腾讯会议，链接在邮件里，浏览器直接入会就行。"],
             ChatItem("benign", "investor-meeting-install", "zh", "colleague says the real meeting runs in the browser"))
    tg.service("Kitsune Exchange OTC", "2026-11-07 02:00", "join_group_by_link")
    tg.entry("Kitsune Exchange OTC", "2026-11-07 02:05",
             ["공지: 지갑 시스템 점검으로 모든 파트너는 아래 봇에서 지갑 복구 문구를 재등록해야 합니다 → ",
              {"type": "mention", "text": "@kitsune_wallet_verify_bot"}],
             ChatItem("lure", "wallet-request", "ko",
                      "account named like the company's OTC desk asks partners to re-register recovery phrases in a bot"))
    tg.entry("박대현", "2026-11-07 02:20",
             ["위 공지는 저희 회사 계정이 아닙니다. 절대 입력하지 마세요. 보안팀에 신고했습니다."],
             ChatItem("benign", "wallet-request", "ko", "staff warns the group that the 'official' account is fake"))
    tg.service("Sora | Quant Signals", "2026-11-08 05:00", "join_group_by_link")
    tg.entry("Sora | Quant Signals", "2026-11-08 05:10",
             ["Bonjour Camille, voici notre robot d'arbitrage pour Mac (pas encore sur l'App Store) : ",
              {"type": "link", "text": "https://quantsignals.pro/mac/ArbiBot.dmg"},
              " — faites clic droit > Ouvrir pour passer Gatekeeper."],
             ChatItem("lure", "trading-app", "fr", "stranger shares an arbitrage-bot dmg with a Gatekeeper bypass"))
    tg.entry("Camille Laurent", "2026-11-08 05:30",
             ["Merci, mais nous n'installons que des outils validés par notre IT."],
             ChatItem("benign", "trading-app", "fr", "staff declines the unvetted trading tool"))
    return [tg.export("Kitsune × partners (OTC)", "private_supergroup", 1987650001)]


def linkedin_export() -> list[ChatFile]:
    li = LinkedInWriter(lambda seed: str(uuid.uuid5(uuid.NAMESPACE_URL, "set-h:" + seed)))
    me = ("Kenta Suzuki", "https://www.linkedin.com/in/kenta-suzuki-kx")
    ceo = ("Haruto Sato", "https://www.linkedin.com/in/harutosato")
    rec = ("Elena Voss", "https://www.linkedin.com/in/elena-voss-talent-7741")
    hays = ("Megumi Sakai", "https://www.linkedin.com/in/megumi-sakai-hays")
    inv = ("Ryo Kanda", "https://www.linkedin.com/in/ryo-kanda-vc-3390")
    fake_ceo = ("佐藤 陽翔", "https://www.linkedin.com/in/sato-haruto-kitsune-ceo-2026")
    li.row("elena", rec, me, "2026-11-03 08:00", "Blockchain Engineer - take-home",
           "Hi Kenta, loved your profile. Our client's first round is a take-home: clone "
           "https://gitlab.com/vossa-talent/perp-engine-task and run `npm install && npm run verify` on your work "
           "laptop (the verifier needs your real browser profile). Then ping me on Discord: elena.voss#5512.",
           ChatItem("lure", "recruiter-coding-test", "en",
                    "recruiter asks to run a GitLab repo on the work laptop with the browser profile, then Discord"))
    li.row("elena", me, rec, "2026-11-03 12:00", "Blockchain Engineer - take-home",
           "Thanks Elena, I only do take-homes in a browser IDE or a live session. Happy to talk if that works.",
           ChatItem("benign", "recruiter-coding-test", "en", "the owner's own SENT reply declining to run the repo"),
           folder="SENT")
    li.row("hays", hays, me, "2026-11-04 02:00", "シニアエンジニア求人のご紹介",
           "鈴木様、ヘイズ・ジャパンの坂井です。都内フィンテック企業のシニアエンジニア職をご紹介できればと思います。"
           "選考はオンライン面接と面接官とのライブコーディングのみで、事前に何かをインストールいただく必要はありません。",
           ChatItem("benign", "recruiter-coding-test", "ja", "Hays recruiter with a live interview, nothing to install"))
    li.row("ryo", inv, me, "2026-11-05 06:00", "ご挨拶",
           "鈴木さん、カンダキャピタルの神田です。御社の技術責任者の方と15分ほどお話しできればと思います。"
           "Zoom（zoom.us）のリンクをお送りしますのでご都合をお知らせください。",
           ChatItem("benign", "investor-meeting-install", "ja", "investor proposes an ordinary zoom.us call"))
    li.row("fakeceo", fake_ceo, me, "2026-11-06 13:00", "至急",
           "鈴木さん、佐藤です。こちらの新しいアカウントから失礼します。外部監査用に GitHub の管理者トークンを"
           "今すぐこのメッセージで送ってください。Slack は監査中なので使えません。",
           ChatItem("lure", "exec-impersonation", "ja",
                    "second LinkedIn profile using the CEO's Japanese name asks for a GitHub admin token"))
    li.row("ceo", ceo, me, "2026-11-06 14:00", "Re: impersonation",
           "Kenta, thanks for flagging the fake profile. That isn't me; I've reported it. I'll never ask for tokens here.",
           ChatItem("benign", "exec-impersonation", "en", "the CEO's real profile confirms the other one is fake"))
    li.row("yanling", ("王燕玲", "https://www.linkedin.com/in/wang-yanling-fund-8812"), me, "2026-11-07 09:00",
           "合作交流",
           "铃木先生您好，我们基金想和贵司技术团队开个短会。会议需要用我们的加密会议客户端，请先安装："
           "https://yanling-capital.com/meet/SecureMeet_Setup.msi ，安装时请暂时关闭杀毒软件。",
           ChatItem("lure", "investor-meeting-install", "zh",
                    "fund contact asks to install a meeting MSI and disable antivirus"))
    return [li.export()]


def all_chats() -> list[ChatFile]:
    return [*slack_export(), *telegram_export(), *linkedin_export()]
