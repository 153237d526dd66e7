"""Set F chat exports: a Slack workspace export, a Telegram Desktop result.json and a LinkedIn messages.csv.

Location of a chat message in labels.csv: `FILE#N`, N = the Nth counted message of the file (1-based, file
order). Slack entries with subtype channel_join / channel_leave / channel_purpose / channel_topic, Telegram
entries of "type": "service" and the LinkedIn header row are not counted (same scheme as sets A to E).
The file shapes follow the chat writers of sets A and B (mail_src/chats.py, mail_src_b/chats_b.py).
"""

from __future__ import annotations

from typing import Any

from chat_writers import LinkedInWriter, TelegramWriter
from slack_writer import SlackWriter, slack_json
from spec import ChatFile, ChatItem

SLACK_SERVICE_SUBTYPES = ("channel_join", "channel_leave", "channel_purpose", "channel_topic")
TEAM = "T01KITSUNE"
GUEST_TEAM = "T09VELTMRK"
OTHER_TEAM = "T09XQZ7710"

SLACK_USERS: dict[str, dict[str, Any]] = {
    "U02MTANAKA": {"name": "m.tanaka", "real": "Mika Tanaka", "title": "Treasury Operations", "team": TEAM,
                   "email": "m.tanaka@kitsune-ex.co.jp"},
    "U02STAKAHASHI": {"name": "s.takahashi", "real": "Sho Takahashi", "title": "Security", "team": TEAM,
                      "email": "s.takahashi@kitsune-ex.co.jp"},
    "U02KSUZUKI": {"name": "k.suzuki", "real": "Kenta Suzuki", "title": "Backend Engineer", "team": TEAM,
                   "email": "k.suzuki@kitsune-ex.co.jp"},
    "U09JVERHAGEN": {"name": "joost.verhagen", "real": "Joost Verhagen", "title": "Operations, Veltmark Clearing",
                     "team": GUEST_TEAM, "email": "j.verhagen@veltmark.nl"},
    "U09AKOOPS": {"name": "anouk.koops", "real": "Anouk Koops", "title": "Settlements, Veltmark Clearing",
                  "team": GUEST_TEAM, "email": "a.koops@veltmark.nl"},
    "U09RVDBERG": {"name": "ruben.vdberg", "real": "Ruben van den Berg", "title": "Trading desk",
                   "team": OTHER_TEAM, "email": "ruben.vdberg.trading@gmail.com"},
}

_SLACK = SlackWriter(SLACK_USERS, TEAM, id_prefix="set-f:")
_uuid, _msg, _join = _SLACK.uuid, _SLACK.message, _SLACK.join


def slack_export() -> list[ChatFile]:
    base = "chat/slack"
    users_file = _SLACK.users_file(base, admin=None, tz_outside="Europe/Amsterdam")
    channels = [
        {"id": "C03TREASURY", "name": "treasury", "created": 1704067400, "creator": "U02MTANAKA",
         "is_archived": False, "is_general": False, "members": ["U02MTANAKA", "U02STAKAHASHI", "U02KSUZUKI"],
         "topic": {"value": "Treasury operations", "creator": "U02MTANAKA", "last_set": 1704067400},
         "purpose": {"value": "", "creator": "", "last_set": 0}},
        {"id": "C09VELTOPS", "name": "ext-veltmark-ops", "created": 1798000000, "creator": "U02MTANAKA",
         "is_archived": False, "is_general": False,
         "members": ["U02MTANAKA", "U02KSUZUKI", "U09JVERHAGEN", "U09AKOOPS", "U09RVDBERG"],
         "topic": {"value": "Shared channel with Veltmark Clearing (Slack Connect)", "creator": "U02MTANAKA",
                   "last_set": 1798000000},
         "purpose": {"value": "", "creator": "", "last_set": 0}},
    ]
    files = [users_file,
             ChatFile(f"{base}/channels.json", slack_json(channels)),
             ChatFile(f"{base}/integration_logs.json", b"[]\n")]

    def day(channel: str, date: str, items: list[tuple[dict[str, Any], ChatItem | None]]) -> None:
        files.append(_SLACK.day_file(base, channel, date, items, SLACK_SERVICE_SUBTYPES))

    day("treasury", "2026-11-11", [
        (_msg("U02MTANAKA",
              "Veltmark の 14日サイクル、口座変更のメールが来ましたが Joost さんに電話で確認したところ送っていないとのこと。"
              "マスター契約の口座のまま進めます。",
              "2026-11-11 08:30", 100),
         ChatItem("benign", "conversation-hijack", "ja",
                  "treasury notes a call-back showed the partner's 'bank change' mail was fake; keeps the old account")),
        (_msg("U02STAKAHASHI",
              "Thanks Mika. I've blocked the sender domain (veltmark dot ni) at the gateway. Everyone: settlement "
              "details only change via the signed portal + phone call.",
              "2026-11-11 08:42", 200),
         ChatItem("benign", "conversation-hijack", "en",
                  "security confirms the block and names the lookalike in prose only")),
    ])
    dmg = {"id": "F09RFQDMG1", "created": 1794700000, "timestamp": 1794700000,
           "name": "DeskRFQ-1.4.dmg", "title": "DeskRFQ-1.4.dmg", "mimetype": "application/x-apple-diskimage",
           "filetype": "dmg", "pretty_type": "Disk image", "user": "U09RVDBERG", "user_team": OTHER_TEAM,
           "size": 61432810, "mode": "hosted", "is_external": False,
           "url_private": "https://files.slack.com/files-pri/T09XQZ7710-F09RFQDMG1/deskrfq-1.4.dmg",
           "url_private_download": "https://files.slack.com/files-pri/T09XQZ7710-F09RFQDMG1/download/deskrfq-1.4.dmg",
           "permalink": "https://xqz-trading.slack.com/files/U09RVDBERG/F09RFQDMG1/deskrfq-1.4.dmg"}
    day("ext-veltmark-ops", "2026-11-12", [
        (_join("U09JVERHAGEN", "2026-11-12 00:00", 10), None),
        (_join("U09AKOOPS", "2026-11-12 00:01", 20), None),
        (_join("U09RVDBERG", "2026-11-12 00:02", 30), None),
        (_msg("U09JVERHAGEN", "Morning all. Friday's cycle runs as per the schedule I mailed on 4 Nov, nothing has "
                              "changed on our side.", "2026-11-12 07:00", 100),
         ChatItem("benign", "conversation-hijack", "en", "partner confirms the settlement schedule is unchanged")),
        (_msg("U09RVDBERG", "Hi, Ruben from the trading desk side. We quote RFQs through a small Mac tool, much "
                            "faster than email. Install the attached, right-click > Open since it's not notarised "
                            "yet, and log in with your Kitsune API key.", "2026-11-12 07:40", 200, [dmg]),
         ChatItem("lure", "trading-app", "en",
                  "guest from a third workspace on a Gmail account shares an un-notarised RFQ dmg and asks for an API key")),
        (_msg("U09AKOOPS", "For Friday, the queued transfer is here, please sign so we can net it: "
                           "<https://app.safe.global.queue-view.net/tx?id=kx-1114|app.safe.global>",
              "2026-11-12 08:10", 300),
         ChatItem("lure", "lookalike-link", "en",
                  "link text shows app.safe.global but the URL is app.safe.global.queue-view.net")),
        (_msg("U02MTANAKA", "Anouk, we don't sign from links in chat. I'll check the queue in our own Safe.",
              "2026-11-12 08:20", 400),
         ChatItem("benign", "lookalike-link", "en", "staff declines to sign from a chat link")),
        (_msg("U09RVDBERG", "Also our desk needs a one-off signature to whitelist you: sign this message with the "
                            "hot wallet in MetaMask, it's just eth_sign of 0x3f1c9e0a7b2d4e6f8a1c3e5b7d9f0a2c4e6b8d0f1a3c5e7b9d2f4a6c8e0b1d3f",
              "2026-11-12 08:35", 500),
         ChatItem("lure", "wallet-request", "en",
                  "guest asks for a blind eth_sign of a raw 32-byte hash with the hot wallet")),
        (_msg("U02KSUZUKI", "Reported both messages from Ruben to security. Veltmark team, is he actually with you?",
              "2026-11-12 08:50", 600),
         ChatItem("benign", "wallet-request", "en", "staff reports the guest and asks the partner to vouch")),
    ])
    return files


# -- Telegram Desktop (single-chat JSON export) -------------------------------------------------


def telegram_export() -> list[ChatFile]:
    people = {"Kenta Suzuki": "user5011440021", "Yuki Ito": "user5011440022", "박대현": "user5011440023",
              "Haruto Sato | CEO": "user7945521003", "Web3求人 | 坂口": "user7945521004",
              "Jiwoo Han | Daon Ventures": "user7945521005", "李伟": "user5011440024"}
    tg = TelegramWriter(people, first_id=4100)
    entry, service = tg.entry, tg.service

    service("Kenta Suzuki", "2026-11-03 01:00", "invite_members", members=["Yuki Ito", "박대현", "李伟"])
    entry("Kenta Suzuki", "2026-11-03 01:02",
          ["Web3 meetup Tokyo の連絡用グループです。求人や投資の話はDMではなく会社のメールでお願いします。"],
          ChatItem("benign", "recruiter-coding-test", "ja", "group admin sets ground rules for a meetup group"))
    service("Web3求人 | 坂口", "2026-11-04 03:00", "join_group_by_link", inviter="Group")
    entry("Web3求人 | 坂口", "2026-11-04 03:05",
          ["【急募】DEXバックエンド 月単価180万〜。スキルチェックとして下記リポジトリを clone して ",
           {"type": "code", "text": "npm i && npm run start:local"},
           " を実行、起動画面のスクショをDMください。 ",
           {"type": "link", "text": "https://github.com/dex-kaihatsu/skillcheck-api"}],
          ChatItem("lure", "recruiter-coding-test", "ja",
                   "recruiter joins by link and asks members to clone and run an npm project and DM a screenshot"))
    entry("Yuki Ito", "2026-11-04 03:20",
          ["グループ外のリポジトリは実行しないでください。気になる求人は会社メールで転送を。"],
          ChatItem("benign", "recruiter-coding-test", "ja", "staff warns members not to run the repo"))
    service("Haruto Sato | CEO", "2026-11-06 10:00", "join_group_by_link", inviter="Group")
    entry("Haruto Sato | CEO", "2026-11-06 10:02",
          ["Kenta, this is my new Telegram, old phone was lost. Need you to send 3,000 USDT to a speaker for "
           "tonight's event, I'll approve the expense tomorrow: TFv8kR2mQ7nL4pX9cB1wD6eH3jS5aZ0gYt"],
          ChatItem("lure", "exec-impersonation", "en",
                   "new account named after the CEO claims a lost phone and asks for a USDT transfer"))
    entry("Kenta Suzuki", "2026-11-06 10:10",
          ["This is not Haruto. Please don't reply; I've reported the account to Telegram and our security team."],
          ChatItem("benign", "exec-impersonation", "en", "staff flags the impersonating account"))
    service("Jiwoo Han | Daon Ventures", "2026-11-09 05:00", "join_group_by_link", inviter="Group")
    entry("Jiwoo Han | Daon Ventures", "2026-11-09 05:04",
          ["박대현 님, 내일 미팅은 저희 보안 회의 앱으로 진행합니다. 미리 설치 부탁드립니다: ",
           {"type": "link", "text": "https://daon-ventures.net/app/DaonMeet-2.0.pkg"},
           " (설치 시 '확인되지 않은 개발자' 경고가 나오면 무시하세요)"],
          ChatItem("lure", "investor-meeting-install", "ko",
                   "investor joins by link and asks to install a meeting pkg and ignore the Gatekeeper warning"))
    entry("李伟", "2026-11-09 06:00",
          ["明天的会我们用公司的Zoom：", {"type": "link", "text": "https://us06web.zoom.us/j/85521094461"},
           "，不需要安装其他软件。"],
          ChatItem("benign", "investor-meeting-install", "zh", "colleague posts a real zoom.us link, nothing to install"))
    return [tg.export("Web3 Meetup Tokyo (Nov)", "private_supergroup", 1987650077)]


# -- LinkedIn (Get a copy of your data -> messages.csv) ----------------------------------------

OWNER = ("Kenta Suzuki", "https://www.linkedin.com/in/kenta-suzuki-kx")


def linkedin_export() -> list[ChatFile]:
    li = LinkedInWriter(_uuid)
    row = li.row

    quill = ("Ethan Quill", "https://www.linkedin.com/in/ethan-quill-talent-4410")
    mori = ("森 裕子", "https://www.linkedin.com/in/yuko-mori-hr-kx")
    dahan = ("Chloé Dahan", "https://www.linkedin.com/in/chloe-dahan-vc")
    amin = ("أمين الزعبي", "https://www.linkedin.com/in/amin-alzoubi-capital")
    hu = ("胡晓峰", "https://www.linkedin.com/in/xiaofeng-hu-hr")
    walker = ("Priya Walker", "https://www.linkedin.com/in/priya-walker-hays-jp")

    row("quill", quill, OWNER, "2026-11-05 09:00", "Lead Solidity/TS role - quick practical",
        "Hi Kenta, loved your talk at the meetup. We're hiring a lead engineer (USD 240k). First step is a short "
        "practical: clone https://bitbucket.org/quillbyte-labs/vault-dashboard and run `npm install && npm run dev`, "
        "then send me the URL it prints. Please use your main laptop, the wallet mock needs your local browser profile.",
        ChatItem("lure", "recruiter-coding-test", "en",
                 "recruiter asks to run an npm project on the main laptop 'for the browser profile'"))
    row("quill", OWNER, quill, "2026-11-05 11:30", "",
        "Thanks Ethan, I don't run external code on my work machine. Happy to do a browser-based test or a live "
        "system-design interview instead.",
        ChatItem("benign", "recruiter-coding-test", "en", "owner's own SENT reply declining to run the code"),
        folder="SENT")
    row("mori", mori, OWNER, "2026-11-06 02:00", "",
        "鈴木さん、来週の社内勉強会の資料、Confluenceに上げました。https://kitsune-ex.atlassian.net/wiki/spaces/ENG",
        ChatItem("benign", "lookalike-link", "ja", "colleague shares the company's real Atlassian space"))
    row("dahan", dahan, OWNER, "2026-11-08 13:00", "Rencontre investisseurs",
        "Bonjour Kenta, pour notre appel de jeudi nous utilisons Google Meet : https://meet.google.com/dvr-kqpe-wmx "
        "- rien à installer. À jeudi !",
        ChatItem("benign", "investor-meeting-install", "fr", "investor shares a real Google Meet link, nothing to install"))
    row("amin", amin, OWNER, "2026-11-10 08:00", "",
        "مرحباً كينتا، نريد مناقشة استثمار في شركتكم. اجتماعاتنا تتم عبر تطبيقنا الخاص لأسباب أمنية، يرجى تحميله "
        "وتثبيته قبل الاجتماع: https://alzoubi-capital.com/meet/ZCMeetSetup.exe",
        ChatItem("lure", "investor-meeting-install", "ar",
                 "investor asks to install a private meeting exe from the firm's own domain"))
    row("hu", hu, OWNER, "2026-11-11 07:00", "职位说明",
        "您好，附上区块链架构师职位说明，请下载查看：https://jd-files.top/JD_架构师_2026.pdf.exe 下载后双击打开即可。",
        ChatItem("lure", "attachment", "zh", "recruiter links a 'job description' that is a .pdf.exe download"))
    row("walker", walker, OWNER, "2026-11-12 04:00", "Platform lead - Tokyo",
        "Hi Kenta, Priya from Hays Tokyo. I have a platform lead role at a listed fintech; process is two interviews "
        "and a system-design session, no take-home. Free for a call this week?",
        ChatItem("benign", "recruiter-coding-test", "en", "agency recruiter approach with no code to run"))

    return [li.export()]


def all_chats() -> list[ChatFile]:
    return [*slack_export(), *telegram_export(), *linkedin_export()]
