"""Set M chat exports: a Slack workspace export, a Telegram Desktop result.json and a LinkedIn messages.csv.

Location of a chat message in labels.csv: `FILE#N`, N = the Nth counted message of the file (1-based, file
order). Slack entries with subtype channel_join / channel_leave / channel_purpose / channel_topic and
Telegram entries of "type": "service" are not counted (same scheme as sets A to K). The export plumbing is
the shared mail_src/slack_writer.py and mail_src/chat_writers.py; only people, ids and messages are new.
"""

from __future__ import annotations

import uuid
from typing import Any

from chat_writers import LinkedInWriter, TelegramWriter
from slack_writer import SlackWriter, slack_json
from spec import ChatFile, ChatItem

SLACK_SERVICE_SUBTYPES = ("channel_join", "channel_leave", "channel_purpose", "channel_topic")
TEAM = "T01KITSUNE"
BW_TEAM = "T09PINEMSH"


def lab(label: str, category: str, language: str, note: str) -> ChatItem:
    return ChatItem(label, category, language, note)


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
    # Slack Connect guests from Pinemarsh's workspace (one real, two not).
    "U09NHOLLOWAY": {"name": "nadia.holloway", "real": "Nadia Holloway", "title": "Settlements, Pinemarsh",
                     "team": BW_TEAM, "email": "n.holloway@pinemarsh-settlement.com"},
    "U09NHOLLOWA2": {"name": "nadia.holloway.bw", "real": "Nadia Holloway", "title": "Settlements",
                     "team": BW_TEAM, "email": "nadia.holloway.bw@outlook.com"},
    "U09BWITDESK": {"name": "bw-it-desk", "real": "Pinemarsh IT Desk", "title": "IT", "team": BW_TEAM,
                    "email": "pinemarsh.itdesk@gmail.com"},
}

_SLACK = SlackWriter(SLACK_USERS, TEAM, id_prefix="set-m:")
_msg, _join = _SLACK.message, _SLACK.join


def slack_export() -> list[ChatFile]:
    base = "chat/slack"
    channels = [
        {"id": "C03TREASURY", "name": "treasury", "created": 1704067400, "creator": "U02MTANAKA",
         "is_archived": False, "is_general": False,
         "members": ["U01HSATO", "U01ECARTER", "U02MTANAKA", "U02STAKAHASHI"],
         "topic": {"value": "Treasury operations", "creator": "U02MTANAKA", "last_set": 1704067400},
         "purpose": {"value": "", "creator": "", "last_set": 0}},
        {"id": "C09BWOPS", "name": "ext-pinemarsh-ops", "created": 1798000000, "creator": "U02MTANAKA",
         "is_archived": False, "is_general": False,
         "members": ["U02MTANAKA", "U02STAKAHASHI", "U09NHOLLOWAY", "U09NHOLLOWA2", "U09BWITDESK"],
         "topic": {"value": "Shared channel with Pinemarsh (Slack Connect)", "creator": "U02MTANAKA",
                   "last_set": 1798000000},
         "purpose": {"value": "", "creator": "", "last_set": 0}},
        {"id": "C05ENGHIRE", "name": "eng-hiring", "created": 1710000000, "creator": "U02KSUZUKI",
         "is_archived": False, "is_general": False, "members": ["U02KSUZUKI", "U02STAKAHASHI"],
         "topic": {"value": "Engineering hiring", "creator": "U02KSUZUKI", "last_set": 1710000000},
         "purpose": {"value": "", "creator": "", "last_set": 0}},
    ]
    files = [_SLACK.users_file(base, bots=()),
             ChatFile(f"{base}/channels.json", slack_json(channels)),
             ChatFile(f"{base}/integration_logs.json", b"[]\n")]

    def day(channel: str, date: str, items: list[tuple[dict[str, Any], ChatItem | None]]) -> None:
        files.append(_SLACK.day_file(base, channel, date, items, SLACK_SERVICE_SUBTYPES))

    day("treasury", "2026-11-10", [
        (_msg("U02MTANAKA", "TREAS-2305 (cold -> hot, 80 ETH, both our vaults) is queued in the Fireblocks "
              "console. <@U01ECARTER> please approve from the mobile app when you can.", "2026-11-10 01:10", 1),
         lab("benign", "wallet-request", "en", "treasury asks the CFO to approve an internal rebalance in the real Fireblocks app, with ticket")),
        (_msg("U01ECARTER", "Approved in the app. Amount and vaults match the ticket.", "2026-11-10 01:32", 2),
         lab("benign", "wallet-request", "en", "CFO confirms approval done in the real console")),
        (_msg("U02STAKAHASHI", "Heads-up: someone is messaging staff on WhatsApp as Haruto and asking for "
              "verification codes. Haruto never asks for codes or transfers in chat; report it to #security "
              "and do not reply.", "2026-11-10 03:00", 3),
         lab("benign", "exec-impersonation", "en", "security warns about a CEO impersonation on WhatsApp; no request")),
    ])
    day("ext-pinemarsh-ops", "2026-11-13", [
        (_msg("U09NHOLLOWAY", "Morning! Settlement for 13 Nov went out at 08:02 UTC to your whitelisted USDC "
              "address, tx 0x6e1f...c2a9. Please confirm receipt.", "2026-11-13 08:10", 1),
         lab("benign", "conversation-hijack", "en", "real Pinemarsh guest confirms a settlement to the whitelisted address")),
        (_join("U09NHOLLOWA2", "2026-11-13 08:40", 2), None),
        (_msg("U09NHOLLOWA2", "Hi Mika, quick one: our custody provider rotated our USDC wallet this morning. "
              "From the 20th please settle to 0x2A7e91cF04b3D58e6A1f0c9B72d4E3a5F8b06C19. The portal is "
              "down for maintenance so I am posting here, no need for a call.", "2026-11-13 08:44", 3),
         lab("lure", "wallet-request", "en", "second 'Nadia Holloway' guest on Outlook.com changes the settlement address in chat and skips the call-back")),
        (_join("U09BWITDESK", "2026-11-13 08:50", 4), None),
        (_msg("U09BWITDESK", "To keep portal access after the maintenance, all counterparties must re-verify "
              "their login here: <https://portal.pinemarsh-settlement.com.session-check.io/verify|"
              "portal.pinemarsh-settlement.com>", "2026-11-13 08:52", 5),
         lab("lure", "lookalike-link", "en", "link text shows the partner's portal but points to portal.pinemarsh-settlement.com.session-check.io")),
        (_msg("U02MTANAKA", "<@U09NHOLLOWAY> we got an address change from another 'Nadia' account above. "
              "We only change addresses through the portal plus a call-back, so nothing changes on our side. "
              "I am calling your desk now.", "2026-11-13 09:05", 6),
         lab("benign", "conversation-hijack", "en", "treasury refuses the chat address change and calls back the known contact")),
        (_msg("U09NHOLLOWAY", "Confirmed on the phone: those two accounts are not ours and our wallet has not "
              "changed. Our IT is asking Slack to remove them.", "2026-11-13 09:20", 7),
         lab("benign", "conversation-hijack", "en", "real partner confirms after call-back that nothing changed")),
    ])
    day("eng-hiring", "2026-11-14", [
        (_msg("U02KSUZUKI", "Reviewed the take-home from the candidate in a Codespace on "
              "<https://github.com/kitsune-ex/takehome-2026-aoi-kanzaki>. Tests pass with `npm ci && npm test`; "
              "good key handling. Recommend the panel.", "2026-11-14 06:00", 1),
         lab("benign", "recruiter-coding-test", "en", "internal review of a candidate's repo in a Codespace on the company's own org")),
    ])
    return files


# -- Telegram ------------------------------------------------------------------------------------

TG_PEOPLE = {
    "陈思远": "user5720148831",
    "李伟": "user6011732409",
    "润泽OTC客服": "user7788120043",
    "陈思远 ": "user7791456002",  # the impostor: same visible name (trailing space), different account
    "Jiang Tao | Yuanshan": "user7802233917",
}


def telegram_export() -> list[ChatFile]:
    tg = TelegramWriter(TG_PEOPLE, first_id=30500)
    tg.entry("陈思远", "2026-11-11 02:05",
             ["今日报价 USDT/HKD 7.782 / 7.790，额度 300万，请确认。"],
             lab("benign", "wallet-request", "zh", "real partner's daily OTC quote in the shared group"))
    tg.entry("李伟", "2026-11-11 02:20",
             ["确认买入 100万 USDT，按协议你们先付 HKD，我们收到后打到白名单地址。"],
             lab("benign", "wallet-request", "zh", "desk confirms a trade under the agreed fiat-first rule and whitelisted address"))
    tg.service("润泽OTC客服", "2026-11-11 03:00", "join_group_by_link", inviter="Group")
    tg.entry("润泽OTC客服", "2026-11-11 03:02",
             ["为提升结算效率，请各位合作方安装我司新版场外APP（安卓）：",
              {"type": "link", "text": "https://runze-otc-app.com/download/RunzeOTC_2.1.apk"},
              "\n安装时请允许未知来源。"],
             lab("lure", "trading-app", "zh", "new 'customer service' account that joined by link pushes a sideloaded OTC APK"))
    tg.entry("陈思远", "2026-11-11 03:15",
             ["@all 这个客服账号不是我们的，我们没有APP，请不要安装。"],
             lab("benign", "trading-app", "zh", "real partner warns that the APK account is not theirs"))
    tg.service("陈思远 ", "2026-11-12 01:00", "join_group_by_link", inviter="Group")
    msg = tg.entry("陈思远 ", "2026-11-12 01:04",
                   ["李总，今天这笔急，我们的港币明天才能到，麻烦先把 100万 USDT 打到新地址 "
                    "TVx7bQ2mKp9Rw4Lc8Nf3Hd6Js1Ag5Ye0Uz，后面补单。"],
                   lab("lure", "conversation-hijack", "zh", "impostor with the partner's name asks to release USDT before the fiat, to a new address"))
    msg["from"] = "陈思远"
    tg.service("Jiang Tao | Yuanshan", "2026-11-12 05:00", "join_group_by_link", inviter="Group")
    tg.entry("Jiang Tao | Yuanshan", "2026-11-12 05:06",
             ["Hi all, Yuanshan Capital here. For tomorrow's call we use a private Zoom cluster, please install "
              "the update first: ",
              {"type": "text_link", "text": "zoom.us/download", "href": "https://us05web.zoom.us.jmeet.live/update/ZoomInstallerFull.pkg"},
              " (Open Anyway if macOS complains)."],
             lab("lure", "investor-meeting-install", "en", "link text shows zoom.us but points to a lookalike pkg, with a Gatekeeper override"))
    tg.entry("李伟", "2026-11-12 05:30",
             ["Thanks, we will join from the browser as usual; our IT does not allow installing meeting updates from links."],
             lab("benign", "investor-meeting-install", "en", "desk declines the 'update' and joins in the browser"))
    return [tg.export("Runze OTC x Kitsune", "private_supergroup", 1903344721)]


# -- LinkedIn ------------------------------------------------------------------------------------

def _uuid(seed: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "set-m:" + seed))


KENTA = ("Kenta Suzuki", "https://www.linkedin.com/in/kenta-suzuki-kitsune")
PARK_LI = ("박대현", "https://www.linkedin.com/in/daehyun-park-kx")
HARUTO_LI = ("Haruto Sato", "https://www.linkedin.com/in/haruto-sato-kitsune")
HADDAD_LI = ("عمر حداد", "https://www.linkedin.com/in/omar-haddad-kx")
LAURENT_LI = ("Camille Laurent", "https://www.linkedin.com/in/camille-laurent-kx")


def linkedin_export() -> list[ChatFile]:
    li = LinkedInWriter(_uuid)
    rec = ("Daniel Ferreday", "https://www.linkedin.com/in/daniel-ferreday-talent")
    li.row("ferreday", rec, KENTA, "2026-11-06 09:12", "Staff engineer - DeFi risk",
           "Hi Kenta, I am hiring for a Staff Engineer at a DeFi risk startup (USD 260k + tokens). First step is a "
           "small task: clone github.com/aurelinx-labs/vault-monitor, run `npm install && npm run dev` on your "
           "daily laptop and tell me what the dashboard shows. Then ping me on Telegram @dferreday_hr.",
           lab("lure", "recruiter-coding-test", "en", "LinkedIn recruiter: run an unknown repo on the daily laptop, then Telegram"))
    li.row("ferreday", KENTA, rec, "2026-11-06 10:40", "RE: Staff engineer - DeFi risk",
           "Thanks Daniel. I only run interview code inside a disposable sandbox; happy to do a live session in "
           "your browser-based tool instead.",
           lab("benign", "recruiter-coding-test", "en", "employee declines to run the repo and proposes a browser session"))
    vc = ("小野寺 亮", "https://www.linkedin.com/in/ryo-onodera-vc-jp")
    li.row("onodera", vc, HARUTO_LI, "2026-11-08 05:20", "面談のお願い",
           "佐藤様、はじめまして。日本の暗号資産特化ファンドの小野寺です。来週のオンライン面談は社内規定により専用アプリで"
           "行います。https://kumo-vcmeet.jp/app/VCMeet.pkg をインストールし、「このまま開く」を選んでください。",
           lab("lure", "investor-meeting-install", "ja", "LinkedIn 'VC' asks the CEO to install a meeting pkg from an unknown domain"))
    gen = ("Laura Bennett", "https://www.linkedin.com/in/laura-bennett-fintech-recruiter")
    li.row("bennett", gen, KENTA, "2026-11-09 12:00", "Coffee chat?",
           "Hi Kenta, I recruit for fintech teams in Tokyo. No role to push right now; would you be open to a "
           "coffee chat near Otemachi in December to hear what you are looking for?",
           lab("benign", "recruiter-coding-test", "en", "genuine recruiter proposing an in-person coffee, nothing to run"))
    fake_ceo = ("사토 하루토 (Haruto Sato)", "https://www.linkedin.com/in/haruto-sato-ceo-kx2")
    li.row("fakeceo", fake_ceo, PARK_LI, "2026-11-10 07:45", "급한 부탁",
           "박대현 님, 사토입니다. 회사 계정이 잠겨서 이 계정으로 연락합니다. 오늘 중으로 파트너사에 3만 USDT를 보내야 하는데 "
           "서울 계정에서 처리 가능할까요? 자세한 건 텔레그램 @haruto_sato_kx 로 얘기합시다. 본사에는 아직 알리지 마세요.",
           lab("lure", "exec-impersonation", "ko", "second 'Haruto Sato' profile asks the Seoul office for a secret USDT transfer and a Telegram pivot"))
    inv = ("Antoine Véron", "https://www.linkedin.com/in/antoine-veron-lisiere")
    li.row("veron", inv, LAURENT_LI, "2026-11-11 16:00", "Ravi de vous avoir rencontrée",
           "Bonjour Camille, ravi d'avoir échangé au salon. Je vous envoie une invitation Google Meet pour jeudi "
           "par mail depuis mon adresse lisiere.vc ; le navigateur suffit.",
           lab("benign", "investor-meeting-install", "fr", "genuine investor follow-up pointing to a browser Meet invite"))
    bot = ("ماجد الشمري", "https://www.linkedin.com/in/majed-alshammari-ai-trading")
    li.row("shammari", bot, HADDAD_LI, "2026-11-12 11:30", "بوت تداول بالذكاء الاصطناعي",
           "مرحباً عمر، نقدم لشركتكم بوت تداول بالذكاء الاصطناعي. حمّل التطبيق من https://ai-tradebot-gulf.com/app.apk "
           "وفعّل التثبيت من مصادر غير معروفة، ثم أدخل مفاتيح API مع صلاحية السحب.",
           lab("lure", "trading-app", "ar", "LinkedIn stranger pushes a sideloaded trading-bot APK wanting withdrawal keys"))
    fb = ("Ethan Moore", "https://www.linkedin.com/in/ethan-moore-fireblocks")
    li.row("moore", fb, HARUTO_LI, "2026-11-13 02:10", "Fireblocks webinar - policy engine",
           "Hi Haruto, we are running a customer webinar on policy engine best practices on 3 December. "
           "Registration is on fireblocks.com/events; your team will also get the invite by mail. No action needed otherwise.",
           lab("benign", "vendor-impersonation", "en", "vendor account exec invites to a webinar on the vendor's own site"))
    return [li.export()]


def all_chats() -> list[ChatFile]:
    return [*slack_export(), *telegram_export(), *linkedin_export()]
