"""Set J chat exports: a Slack workspace export, a Telegram Desktop result.json and a LinkedIn messages.csv.

Location of a chat message in labels.csv: `FILE#N`, N = the Nth counted message of the file (1-based, file
order). Slack channel_join / channel_leave / channel_purpose / channel_topic entries and Telegram
"type": "service" entries are not counted (same scheme as sets A to I).
"""

from __future__ import annotations

from typing import Any

from chat_writers import LinkedInWriter, TelegramWriter
from slack_writer import SlackWriter, slack_json
from spec import ChatFile, ChatItem

SLACK_SERVICE_SUBTYPES = ("channel_join", "channel_leave", "channel_purpose", "channel_topic")
TEAM = "T01KITSUNE"
GUEST_TEAM = "T09CORALBY"

SLACK_USERS: dict[str, dict[str, Any]] = {
    "U01HSATO": {"name": "haruto.sato", "real": "Haruto Sato", "title": "CEO", "team": TEAM,
                 "email": "h.sato@kitsune-ex.co.jp"},
    "U02MTANAKA": {"name": "m.tanaka", "real": "Mika Tanaka", "title": "Treasury Operations", "team": TEAM,
                   "email": "m.tanaka@kitsune-ex.co.jp"},
    "U02KSUZUKI": {"name": "k.suzuki", "real": "Kenta Suzuki", "title": "Backend Engineer", "team": TEAM,
                   "email": "k.suzuki@kitsune-ex.co.jp"},
    "U02STAKAHASHI": {"name": "s.takahashi", "real": "Sho Takahashi", "title": "Security", "team": TEAM,
                      "email": "s.takahashi@kitsune-ex.co.jp"},
    # Slack Connect guests from the partner's workspace (one of them on free mail).
    "U09AREYES": {"name": "ana.reyes", "real": "Ana Reyes", "title": "Head of Settlements, Coralbay Prime",
                  "team": GUEST_TEAM, "email": "ana.reyes@coralbay-prime.com"},
    "U09DLAU": {"name": "derek.lau", "real": "Derek Lau", "title": "Trading Ops, Coralbay Prime",
                "team": GUEST_TEAM, "email": "derek.lau.cbp@gmail.com"},
}

_SLACK = SlackWriter(SLACK_USERS, TEAM, id_prefix="set-j:")
_msg, _join = _SLACK.message, _SLACK.join


def slack_export() -> list[ChatFile]:
    base = "chat/slack"
    channels = [
        {"id": "C03TREASOPS", "name": "treasury-ops", "created": 1704067400, "creator": "U02MTANAKA",
         "is_archived": False, "is_general": False,
         "members": ["U01HSATO", "U02MTANAKA", "U02KSUZUKI", "U02STAKAHASHI"],
         "topic": {"value": "Treasury operations", "creator": "U02MTANAKA", "last_set": 1704067400},
         "purpose": {"value": "", "creator": "", "last_set": 0}},
        {"id": "C09CORALOTC", "name": "ext-coralbay-otc", "created": 1798000000, "creator": "U02MTANAKA",
         "is_archived": False, "is_general": False,
         "members": ["U02MTANAKA", "U02KSUZUKI", "U09AREYES", "U09DLAU"],
         "topic": {"value": "Shared channel with Coralbay Prime (Slack Connect)", "creator": "U02MTANAKA",
                   "last_set": 1798000000},
         "purpose": {"value": "", "creator": "", "last_set": 0}},
    ]
    files = [_SLACK.users_file(base), ChatFile(f"{base}/channels.json", slack_json(channels)),
             ChatFile(f"{base}/integration_logs.json", b"[]\n")]

    def day(channel: str, date: str, items: list[tuple[dict[str, Any], ChatItem | None]]) -> None:
        files.append(_SLACK.day_file(base, channel, date, items, SLACK_SERVICE_SUBTYPES))

    day("treasury-ops", "2026-11-12", [
        (_msg("U02MTANAKA", "ホット補充 120 ETH を Fireblocks に起票しました。承認は <https://console.fireblocks.io> "
              "かモバイルアプリからお願いします（送付先はホワイトリスト済み）。", "2026-11-12 01:06", 1),
         ChatItem("benign", "wallet-request", "ja", "treasury asks for approval in the real Fireblocks console, whitelisted target")),
        (_msg("U02STAKAHASHI", "Heads-up: new lookalikes today, kitsune-xe[.]com and kitsvne-ex[.]com. Blocked at the "
              "proxy. If you got mail from them, use the report button; don't click.", "2026-11-12 02:30", 2),
         ChatItem("benign", "lookalike-link", "en", "security posts defanged lookalike domains as a warning")),
    ])
    xll = {"id": "F09CBPXLL1", "created": 1794184800, "timestamp": 1794184800,
           "name": "Coralbay_Recon_Addin.xll", "title": "Coralbay_Recon_Addin.xll",
           "mimetype": "application/octet-stream", "filetype": "binary", "pretty_type": "Binary",
           "user": "U09DLAU", "user_team": GUEST_TEAM, "size": 1884160, "mode": "hosted", "is_external": False,
           "url_private": "https://files.slack.com/files-pri/T09CORALBY-F09CBPXLL1/coralbay_recon_addin.xll",
           "url_private_download":
               "https://files.slack.com/files-pri/T09CORALBY-F09CBPXLL1/download/coralbay_recon_addin.xll",
           "permalink": "https://coralbay.slack.com/files/U09DLAU/F09CBPXLL1/coralbay_recon_addin.xll"}
    day("ext-coralbay-otc", "2026-11-09", [
        (_join("U09AREYES", "2026-11-09 00:00", 10), None),
        (_join("U09DLAU", "2026-11-09 00:01", 20), None),
        (_msg("U09AREYES", "Hi Kitsune team! Settlement cut-off stays 16:00 JST. Any change of address or bank "
              "details will only ever come through our client portal, and we'll expect your call-back.",
              "2026-11-09 00:05", 30),
         ChatItem("benign", "conversation-hijack", "en", "partner's settlements lead restates the portal + call-back rule")),
        (_msg("U09DLAU", "Morning! Attached is our recon add-in so your desk can pull our fills straight into Excel. "
              "Just double-click it and enable it when Excel asks.", "2026-11-09 00:40", 40, files=[xll]),
         ChatItem("lure", "attachment", "en", "guest on Gmail shares an .xll Excel add-in to double-click and enable")),
        (_msg("U02KSUZUKI", "Thanks, but we don't load add-ins from external channels. A CSV export from your portal "
              "works fine for us.", "2026-11-09 01:02", 50),
         ChatItem("benign", "attachment", "en", "engineer declines the add-in and asks for a CSV")),
        (_msg("U09DLAU", "No worries. Can we jump on a quick call at 11? Use our Zoom: "
              "<https://zoom.us.coralbay-meet.com/j/5512093|zoom.us/j/5512093> - it'll ask you to install the "
              "Coralbay Zoom plugin first, that's our compliance recording.", "2026-11-09 01:10", 60),
         ChatItem("lure", "investor-meeting-install", "en", "Zoom link on a non-Zoom domain that requires a 'plugin' install")),
        (_msg("U09DLAU", "Also, to enable auto-netting please sign this EIP-712 permit from your treasury wallet: "
              "<https://netting.coralbay-prime.net/permit?spender=0x8c2F41aE90b7d3C5e6A1f0B9d8c7E6a5B4f3D2c1&amount=max|"
              "netting authorisation>. It's only a signature, no gas.", "2026-11-09 01:15", 70),
         ChatItem("lure", "wallet-request", "en", "guest asks for an unlimited permit signature to an unknown spender")),
        (_msg("U02MTANAKA", "We only sign in our own Fireblocks and Safe workflows, never from links here. Ana, could "
              "you confirm Derek's requests? I'll call your desk line.", "2026-11-09 01:30", 80),
         ChatItem("benign", "wallet-request", "en", "treasury refuses to sign from chat and calls the partner back")),
    ])
    return files


# -- Telegram ---------------------------------------------------------------------------------------

_TG_PEOPLE = {"박대현": "user6120340011", "Li Wei": "user6120340022", "Omar Haddad": "user6120340033",
              "Mika Tanaka": "user6120340044", "블록체인 채용 | Dexlane": "user7441208866",
              "Kitsune OTC 官方": "user7553019922", "Sadaf Legal": "user7660117733",
              "Fireblocks Support FR": "user7771203344"}


def telegram_export() -> list[ChatFile]:
    tg = TelegramWriter(_TG_PEOPLE, first_id=4100)
    tg.service("박대현", "2026-11-03 00:00", "invite_members", members=["Li Wei", "Omar Haddad", "Mika Tanaka"])
    tg.entry("박대현", "2026-11-03 00:05",
             ["11월 파트너 조정방입니다. 주소나 계좌 변경은 이 방에서 받지 않고, 포털과 전화 확인으로만 처리합니다."],
             ChatItem("benign", "wallet-request", "ko", "admin restates that address changes only go through portal and call-back"))
    tg.service("블록체인 채용 | Dexlane", "2026-11-04 02:00", "join_group_by_link", inviter="Group")
    tg.entry("블록체인 채용 | Dexlane", "2026-11-04 02:03",
             ["[채용] 블록체인 백엔드 개발자 모집 (원격, 연봉 1.5억+). 과제: ",
              {"type": "link", "text": "https://github.com/dexlane-hr/vault-task"},
              " 클론 후 npm i && npm run start:dev 실행, 결과 화면을 DM으로 보내 주세요. 업무용 PC에서 해야 점수가 나옵니다."],
             ChatItem("lure", "recruiter-coding-test", "ko", "job post asks to clone and npm run a repo on the work PC, results by DM"))
    tg.service("Kitsune OTC 官方", "2026-11-06 03:00", "join_group_by_link", inviter="Group")
    tg.entry("Kitsune OTC 官方", "2026-11-06 03:02",
             ["各位合作方：OTC门户已升级，请用公司账号重新登录并绑定二次验证：",
              {"type": "link", "text": "https://otc.kitsune-ex.com.cn/login"}],
             ChatItem("lure", "lookalike-link", "zh", "account named like the OTC desk links to a .com.cn combo of the org domain"))
    tg.entry("Li Wei", "2026-11-06 03:20",
             ["上面那个账号不是我们的。我们的OTC门户地址没有变化，请不要点击，已经报告给管理员。"],
             ChatItem("benign", "lookalike-link", "zh", "desk member warns the group the portal link is fake"))
    tg.service("Sadaf Legal", "2026-11-07 06:00", "join_group_by_link", inviter="Group")
    msg = tg.entry("Sadaf Legal", "2026-11-07 06:04",
                   ["مرفق ملحق العقد بعد التعديلات. افتح الملف المضغوط على جهاز ويندوز وانقر على الملحق."],
                   ChatItem("lure", "attachment", "ar", "unknown member sends a zipped .pdf.lnk 'contract annex'"))
    msg.update({"file": "(File not included. Change data exporting settings to download.)",
                "file_name": "ملحق_العقد.zip", "file_size": 2871, "mime_type": "application/zip"})
    tg.entry("Omar Haddad", "2026-11-07 06:30",
             ["لا نفتح ملفات مضغوطة من هنا. أرسلوا الملحق عبر البريد الرسمي لصدف وسنتصل بخالد للتأكيد."],
             ChatItem("benign", "attachment", "ar", "staff refuses the zip and will verify by phone"))
    tg.entry("Mika Tanaka", "2026-11-08 01:00",
             ["Weekly partner sync moved to 10:30 JST. Same link: ",
              {"type": "link", "text": "https://us02web.zoom.us/j/81234005566"}],
             ChatItem("benign", "investor-meeting-install", "en", "staff shares a real zoom.us link"))
    tg.service("Fireblocks Support FR", "2026-11-10 08:00", "join_group_by_link", inviter="Group")
    tg.entry("Fireblocks Support FR", "2026-11-10 08:03",
             [("Bonjour, ici le support Fireblocks Europe. Votre co-signataire API est obsolète ; installez l'agent "
               "à jour avant ce soir : "), {"type": "link", "text": "https://fireblocks-cosigner.eu/agent/FBAgent-5.2.pkg"},
              " puis autorisez-le dans Confidentialité et sécurité."],
             ChatItem("lure", "vendor-impersonation", "fr", "'Fireblocks support' account pushes a co-signer agent pkg from a non-Fireblocks domain"))
    return [tg.export("Kitsune × OTC Partners (Nov)", "private_supergroup", 1987650271)]


# -- LinkedIn ---------------------------------------------------------------------------------------

OWNER = ("Kenta Suzuki", "https://www.linkedin.com/in/kenta-suzuki-kx")


def linkedin_export() -> list[ChatFile]:
    li = LinkedInWriter(_SLACK.uuid, seed_prefix="li-j:")
    cole = ("Ethan Cole", "https://www.linkedin.com/in/ethan-cole-vantor-talent")
    mori = ("森本 彩花", "https://www.linkedin.com/in/ayaka-morimoto-rec")
    ishida = ("石田 拓也", "https://www.linkedin.com/in/takuya-ishida-kabuto-fund")
    vega = ("Lucas Vega", "https://www.linkedin.com/in/lucas-vega-volsurface")
    hale = ("Rebecca Hale", "https://www.linkedin.com/in/rebecca-hale-northcrest")
    seo = ("서지원", "https://www.linkedin.com/in/jiwon-seo-headhunter")

    li.row("cole", cole, OWNER, "2026-11-04 07:10", "Vantor DEX - Staff Engineer",
           "Hi Kenta, loved your talk on withdrawal queues. We're hiring a Staff Engineer at Vantor DEX (fully remote, "
           "$280k + tokens). First step is a practical: download the repo from "
           "https://drive.google.com/file/d/1vT9kQm2Xc7/view, unzip and run `node index.js` on your main machine - it "
           "checks your environment and Chrome profile. Send me the output on Telegram @ethan_vantor.",
           ChatItem("lure", "recruiter-coding-test", "en", "recruiter sends a Drive zip to run with node on the main machine, then Telegram"))
    li.row("cole", OWNER, cole, "2026-11-04 09:02", "RE: Vantor DEX - Staff Engineer",
           "Thanks Ethan. I don't run external code on my work machine. If there is a browser-based test or a call, "
           "I'm happy to do that.", ChatItem("benign", "recruiter-coding-test", "en", "engineer declines and asks for a browser test"),
           folder="SENT")
    li.row("mori", mori, OWNER, "2026-11-05 03:30", "ポジションのご紹介",
           "鈴木様、突然のご連絡失礼いたします。リクルーターの森本です。国内の証券会社でバックエンドのポジションがございます。"
           "まずはお電話で15分ほどお話しできませんか？課題などはございません。",
           ChatItem("benign", "recruiter-coding-test", "ja", "recruiter proposes a phone call with no assignment"))
    li.row("ishida", ishida, OWNER, "2026-11-07 10:20", "佐藤CEOとの面談について",
           "鈴木さん、カブトファンドの石田です。来週の佐藤CEOとの面談、技術面の確認で鈴木さんにもご同席いただきたく。"
           "当社の会議は Zoom Workplace の専用プラグインが必要です。https://zoom-ws.jp/plugin/ZoomWorkplacePlugin.pkg "
           "を事前にインストールし、ブロックされたら「このまま開く」を選んでください。",
           ChatItem("lure", "investor-meeting-install", "ja", "investor asks to install a Zoom 'plugin' pkg from a non-Zoom domain"))
    li.row("vega", vega, OWNER, "2026-11-10 15:45", "Vol surface dashboard",
           "Kenta - our desk built a vol-surface dashboard for crypto options that your traders would love. Windows build: "
           "https://mega.nz/file/Qx7tRkLp#volsurface-pro-3.1.exe . It's unsigned, so click 'More info' > 'Run anyway'. "
           "Plug in an API key with trading enabled for the live greeks.",
           ChatItem("lure", "trading-app", "en", "unsigned trading dashboard exe from Mega with SmartScreen bypass and API key"))
    li.row("hale", hale, OWNER, "2026-11-12 08:15", "Northcrest x Kitsune - tech diligence",
           "Hi Kenta, Rebecca from Northcrest Ventures. As part of diligence we'd like 45 minutes with your platform team. "
           "I'll send a Microsoft Teams invite from northcrest.vc; join from the browser or your usual Teams app.",
           ChatItem("benign", "investor-meeting-install", "en", "investor proposes a normal Teams meeting"))
    li.row("seo", seo, OWNER, "2026-11-15 05:50", "제안 드립니다",
           "스즈키 님 안녕하세요, 헤드헌터 서지원입니다. 서울 소재 거래소의 백엔드 리드 포지션이 있어 연락드렸습니다. "
           "관심 있으시면 화상으로 30분 정도 이야기 나눠요. 사전 과제는 없습니다.",
           ChatItem("benign", "recruiter-coding-test", "ko", "headhunter proposes a video call, no assignment"))
    return [li.export()]


def all_chats() -> list[ChatFile]:
    return [*slack_export(), *telegram_export(), *linkedin_export()]
