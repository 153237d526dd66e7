"""Set C chat exports: a Slack workspace export, a Telegram Desktop result.json and a LinkedIn
messages.csv. The file shapes follow sets A/B's chat writers; the messages are new."""

from __future__ import annotations

from typing import Any

from chat_writers import LinkedInWriter, TelegramWriter
from slack_writer import SlackWriter, slack_json
from spec import ChatFile, ChatItem

SLACK_SERVICE_SUBTYPES = ("channel_join", "channel_leave", "channel_purpose", "channel_topic")
TEAM = "T01KITSUNE"
NORDEN_TEAM = "T09NORDENL"
OTHER_TEAM = "T0AQX7RM2"

SLACK_USERS: dict[str, dict[str, Any]] = {
    "U01HSATO": {"name": "haruto.sato", "real": "Haruto Sato", "title": "CEO", "team": TEAM,
                 "email": "h.sato@kitsune-ex.co.jp"},
    "U02MTANAKA": {"name": "m.tanaka", "real": "Mika Tanaka", "title": "Treasury Operations", "team": TEAM,
                   "email": "m.tanaka@kitsune-ex.co.jp"},
    "U02KSUZUKI": {"name": "k.suzuki", "real": "Kenta Suzuki", "title": "Backend Engineer", "team": TEAM,
                   "email": "k.suzuki@kitsune-ex.co.jp"},
    "U02STAKAHASHI": {"name": "s.takahashi", "real": "Sho Takahashi", "title": "Security", "team": TEAM,
                      "email": "s.takahashi@kitsune-ex.co.jp"},
    "U09ELINDQ": {"name": "erik.lindqvist", "real": "Erik Lindqvist", "title": "Head of Settlements, Norden",
                  "team": NORDEN_TEAM, "email": "erik.lindqvist@nordenliquidity.com"},
    "U09ANNAB": {"name": "anna.berg", "real": "Anna Berg", "title": "Quant Developer, Norden",
                 "team": NORDEN_TEAM, "email": "anna.berg.nordn@gmail.com"},
    # A guest from an unrelated workspace whose display name copies the CEO's.
    "U0AHSATO2": {"name": "haruto.sato.ceo", "real": "Haruto Sato (CEO)", "title": "CEO, Kitsune Exchange",
                  "team": OTHER_TEAM, "email": "haruto.sato.ceo@kitsune-exchange.jp"},
}

_SLACK = SlackWriter(SLACK_USERS, TEAM, id_prefix="set-c:")
_uuid, _msg, _join = _SLACK.uuid, _SLACK.message, _SLACK.join


def slack_export() -> list[ChatFile]:
    base = "chat/slack"
    users_file = _SLACK.users_file(base)
    channels = [
        {"id": "C03TREASURY", "name": "treasury", "created": 1704067400, "creator": "U02MTANAKA",
         "is_archived": False, "is_general": False,
         "members": ["U01HSATO", "U02MTANAKA", "U02STAKAHASHI", "U0AHSATO2"],
         "topic": {"value": "Treasury operations", "creator": "U02MTANAKA", "last_set": 1704067400},
         "purpose": {"value": "", "creator": "", "last_set": 0}},
        {"id": "C09NORDEN", "name": "ext-norden-liquidity", "created": 1797000000, "creator": "U02MTANAKA",
         "is_archived": False, "is_general": False,
         "members": ["U02MTANAKA", "U02KSUZUKI", "U02STAKAHASHI", "U09ELINDQ", "U09ANNAB"],
         "topic": {"value": "Slack Connect with Norden Liquidity", "creator": "U02MTANAKA", "last_set": 1797000000},
         "purpose": {"value": "", "creator": "", "last_set": 0}},
    ]
    files = [users_file,
             ChatFile(f"{base}/channels.json", slack_json(channels)),
             ChatFile(f"{base}/integration_logs.json", b"[]\n")]

    def day(channel: str, date: str, items: list[tuple[dict[str, Any], ChatItem | None]]) -> None:
        files.append(_SLACK.day_file(base, channel, date, items, SLACK_SERVICE_SUBTYPES))

    day("treasury", "2026-11-09", [
        (_msg("U02MTANAKA",
              "今週の補充トランザクションを Fireblocks に起票しました。承認は Fireblocks アプリからお願いします。"
              "宛先はホワイトリスト済みの Treasury Warm です。",
              "2026-11-09 00:30", 100),
         ChatItem("benign", "wallet-request", "ja", "treasury posts a routine Fireblocks approval request; approval in the app")),
        (_join("U0AHSATO2", "2026-11-09 02:00", 200), None),
        (_msg("U0AHSATO2",
              "Mika, I'm on the road and can't open Fireblocks. Please send 300 ETH from the warm vault to "
              "0xB47e0c2d91A5f36E8a7C1d4b02F9e6a3D5c8b1E0 now - it's for the Norden margin call. I'll sign off later.",
              "2026-11-09 02:05", 300),
         ChatItem("lure", "exec-impersonation", "en",
                  "guest from another workspace named 'Haruto Sato (CEO)' asks for an off-policy ETH transfer")),
        (_msg("U02STAKAHASHI",
              "@channel that account is not Haruto - it's an external guest from another workspace. Removed it. "
              "Real approvals only happen in Fireblocks.",
              "2026-11-09 02:20", 400),
         ChatItem("benign", "exec-impersonation", "en", "security warns the channel and names the CEO; asks nothing")),
        (_msg("U01HSATO",
              "確認ありがとうございます。私からチャットで送金を頼むことはありません。補充は通常どおり Fireblocks で承認します。",
              "2026-11-09 02:40", 500),
         ChatItem("benign", "exec-impersonation", "ja", "the real CEO confirms he never asks for transfers in chat")),
    ])
    day("ext-norden-liquidity", "2026-11-10", [
        (_msg("U09ELINDQ",
              "Morning! Settlement for Friday is confirmed at the 15:00 JST cut-off, same SSIs as in the portal.",
              "2026-11-10 00:10", 100),
         ChatItem("benign", "conversation-hijack", "en", "partner confirms settlement with unchanged instructions")),
        (_join("U09ANNAB", "2026-11-10 03:00", 200), None),
        (_msg("U09ANNAB",
              "Hi all, Anna from Norden's quant team. We built a small desktop app that shows our quotes against your "
              "book in real time - makes reconciliation trivial. Mac build: "
              "<https://norden-tools.app/desk/NordenQuoteViewer-2.1.dmg|NordenQuoteViewer 2.1> (unsigned for now, "
              "right-click > Open).",
              "2026-11-10 03:05", 300),
         ChatItem("lure", "trading-app", "en",
                  "new guest with a gmail address shares an unsigned dmg 'quote viewer' from a non-Norden domain")),
        (_msg("U02KSUZUKI",
              "Thanks Anna, but we don't install unsigned apps. If Norden has an API we can integrate via "
              "<https://github.com/kitsune-ex/partner-gateway|our partner gateway>.",
              "2026-11-10 03:30", 400),
         ChatItem("benign", "trading-app", "en", "engineer declines and points to the org's own GitHub repository")),
        (_msg("U09ANNAB",
              "No problem! Then could someone from treasury quickly sign the rebate approval on our side: "
              "<https://app.safe-wallet.cc/tx/sign?id=4471|Safe transaction 4471>? It's just a message signature.",
              "2026-11-10 04:00", 500),
         ChatItem("lure", "wallet-request", "en", "same guest asks treasury to sign on a Safe lookalike domain")),
        (_msg("U09ELINDQ",
              "Flagging: Anna's account isn't one of ours. We have no Anna Berg. Please remove her. Our only Safe "
              "links are on app.safe.global.",
              "2026-11-10 04:15", 600),
         ChatItem("benign", "wallet-request", "en", "the real partner disowns the guest and names the real Safe domain")),
    ])
    return files


# -- Telegram Desktop (single-chat JSON export) -------------------------------------------------


def telegram_export() -> list[ChatFile]:
    people = {"Li Wei": "user5055667788", "Omar Haddad": "user5099001122", "박대현": "user5066778899",
              "Camille Laurent": "user5011998877", "Jason Ho | Meridian Ventures": "user7912340011",
              "Kitsune Exchange 官方": "user7912340012", "Hiroshi Kondo": "user7912340013"}
    tg = TelegramWriter(people, first_id=4100)
    entry, service = tg.entry, tg.service

    service("Li Wei", "2026-11-02 01:00", "invite_members", members=["Omar Haddad", "박대현", "Camille Laurent"])
    entry("Li Wei", "2026-11-02 01:05",
          ["海外办公室协调群。提醒：任何地址变更、付款和软件安装都只通过公司正式渠道确认。"],
          ChatItem("benign", "wallet-request", "zh", "admin restates that address changes go through official channels"))
    service("Jason Ho | Meridian Ventures", "2026-11-03 02:00", "join_group_by_link", inviter="Group")
    entry("Jason Ho | Meridian Ventures", "2026-11-03 02:04",
          ["Hi team, for tomorrow's call with your CEO our Zoom link changed, please join here: ",
           {"type": "text_link", "text": "zoom.us/j/92031178842",
            "href": "https://zoom-us.meeting-join.app/j/92031178842"},
           " - if it says your client is outdated, install the update it offers."],
          ChatItem("lure", "investor-meeting-install", "en",
                   "investor's text shows zoom.us but the link goes to a lookalike that pushes a client 'update'"))
    entry("Camille Laurent", "2026-11-03 02:30",
          ["La réunion est déjà planifiée sur notre Zoom officiel : ", {"type": "link", "text": "https://kitsune-ex.zoom.us/j/81120034455"},
           ". Rien à installer de votre côté."],
          ChatItem("benign", "investor-meeting-install", "fr", "staff posts the company's real zoom.us link"))
    service("Kitsune Exchange 官方", "2026-11-04 06:00", "join_group_by_link", inviter="Group")
    entry("Kitsune Exchange 官方", "2026-11-04 06:02",
          ["【官方通知】为配合钱包系统升级，请各合作方在 ", {"type": "link", "text": "https://kitsune-ex-upgrade.com/wallet"},
           " 导入结算钱包的助记词以完成迁移，否则资产将被冻结。"],
          ChatItem("lure", "wallet-request", "zh",
                   "account named as the exchange asks partners to import seed phrases on a lookalike site"))
    entry("Omar Haddad", "2026-11-04 06:20",
          ["هذا الحساب ليس تابعاً لنا. لا تدخلوا عبارة الاسترداد في أي موقع. تم الإبلاغ عنه."],
          ChatItem("benign", "wallet-request", "ar", "staff warns the group that the account is fake"))
    service("Hiroshi Kondo", "2026-11-05 05:00", "join_group_by_link", inviter="Group")
    entry("Hiroshi Kondo", "2026-11-05 05:03",
          ["박대현님, 지난번 얘기한 채용 과제입니다. ",
           {"type": "link", "text": "https://gitlab.com/web3-hire-kr/exchange-task"},
           " 클론 후 npm install && npm run dev 실행해서 결과 화면 캡처 부탁드립니다. 오늘 안에 부탁해요."],
          ChatItem("lure", "recruiter-coding-test", "ko",
                   "recruiter joining by link pushes a GitLab task to run with npm install and npm run dev today"))
    entry("박대현", "2026-11-05 05:30",
          ["회사 PC에서는 외부 코드를 실행하지 않습니다. 필요하면 라이브 코딩 면접으로 진행해 주세요."],
          ChatItem("benign", "recruiter-coding-test", "ko", "staff declines to run external code"))
    return [tg.export("Kitsune 海外オフィス連絡", "private_supergroup", 1987650077)]


# -- LinkedIn (Get a copy of your data -> messages.csv) ----------------------------------------

OWNER = ("Kenta Suzuki", "https://www.linkedin.com/in/kenta-suzuki-kx")


def linkedin_export() -> list[ChatFile]:
    li = LinkedInWriter(_uuid, seed_prefix="li:")
    row = li.row

    reyes = ("Sofia Reyes", "https://www.linkedin.com/in/sofia-reyes-talent-web3")
    hartmann = ("Lukas Hartmann", "https://www.linkedin.com/in/lukas-hartmann-vc")
    ogawa = ("小川 亮", "https://www.linkedin.com/in/ryo-ogawa-tech-recruit")
    page = ("Emma Wilson", "https://www.linkedin.com/in/emma-wilson-michaelpage")
    sato_kx = ("Haruto Sato", "https://www.linkedin.com/in/haruto-sato-kitsune")
    trader = ("Victor Lam", "https://www.linkedin.com/in/victor-lam-algo")
    mentor = ("Nina Petrova", "https://www.linkedin.com/in/nina-petrova-eng")
    bizreach = ("佐々木 葵", "https://www.linkedin.com/in/aoi-sasaki-recruit")

    row("reyes", reyes, OWNER, "2026-11-02 07:00", "Lead Blockchain Engineer - remote, USD 300k",
        "Hi Kenta! Our client, a well-funded DEX, loves your profile. First step is a quick skills check: clone "
        "https://github.com/dexlabs-recruit/perp-engine-assessment, run `npm install` and `npm run start`, and "
        "send me a screenshot of the dashboard. The hiring manager wants to decide by Friday, so today would be ideal.",
        ChatItem("lure", "recruiter-coding-test", "en",
                 "recruiter with a huge salary pushes an unknown GitHub repo to npm install and start, with urgency"))
    row("reyes", OWNER, reyes, "2026-11-02 08:10", "",
        "Thanks Sofia. I'm happy to talk, but I don't run repositories from outside on my machines. Could we do a "
        "live interview instead?",
        ChatItem("benign", "recruiter-coding-test", "en", "owner's sent reply declines to run the repo"), folder="SENT")
    row("hartmann", hartmann, OWNER, "2026-11-04 09:00", "Investment in Kitsune infra spin-off",
        "Hello Kenta, we're evaluating an investment in exchange infrastructure. Before we talk, please install our "
        "data-room viewer so you can see the term sheet: https://dataroom.hartmann-capital.io/viewer/HCViewer.pkg "
        "(the web version is disabled for confidentiality).",
        ChatItem("lure", "investor-meeting-install", "en", "investor requires installing a 'data-room viewer' pkg"))
    row("ogawa", ogawa, OWNER, "2026-11-06 10:00", "Web3エンジニアのポジションについて",
        "鈴木さん、はじめまして。香港の取引所の案件です。技術選考の代わりに、こちらのプロジェクトを動かして"
        "フィードバックをいただけますか。https://bitbucket.org/hk-exchange-dev/wallet-sdk-review "
        "pip install -r requirements.txt のあと python run_review.py を実行してください。"
        "詳細はTelegram（@ryo_ogawa_hr）でご連絡します。",
        ChatItem("lure", "recruiter-coding-test", "ja",
                 "Japanese recruiter: Bitbucket repo to pip install and run, then pivot to Telegram"))
    row("page", page, OWNER, "2026-11-07 02:00", "Senior Engineer - Tokyo",
        "Hi Kenta, I'm a consultant at Michael Page Japan. I have a senior backend role at a Tokyo payments company. "
        "Would you be open to a short call next week? No preparation needed.",
        ChatItem("benign", "recruiter-coding-test", "en", "real agency recruiter asks for a call, nothing to run"))
    row("sato", sato_kx, OWNER, "2026-11-08 01:00", "",
        "Kenta, great job on the release. The team dinner is on the 20th, Ito-san will send details.",
        ChatItem("benign", "exec-impersonation", "en", "the real CEO's connection sends a friendly note, no request"))
    row("trader", trader, OWNER, "2026-11-09 12:00", "Algo trading tool for exchanges",
        "Hey Kenta, I run a small prop shop. We built a market-prediction bot that beats the order book by ~2%. "
        "Windows build here: https://lamquant.net/bot/LamPredict_Setup.zip (password: lam2026). If SmartScreen "
        "complains, click 'Run anyway'. Would love your feedback as an exchange engineer.",
        ChatItem("lure", "trading-app", "en",
                 "stranger sends a password-protected zip of a prediction bot with a SmartScreen bypass"))
    row("mentor", mentor, OWNER, "2026-11-11 06:00", "",
        "Hi Kenta, thanks for your talk at the meetup! The slides you asked about are on my GitHub: "
        "https://github.com/ninapetrova/talks/tree/main/2026-tokyo - no code to run, just the PDF.",
        ChatItem("benign", "recruiter-coding-test", "en", "meetup contact shares slides on GitHub; nothing to run"))
    row("bizreach", bizreach, OWNER, "2026-11-13 03:00", "ビズリーチ経由のご連絡",
        "鈴木様、ビズリーチ経由でご連絡いたしました佐々木です。ご興味があれば、面談日程をご都合のよい日で"
        "ご指定ください。選考は面接のみで、事前課題はございません。",
        ChatItem("benign", "recruiter-coding-test", "ja", "Japanese agency recruiter asks for an interview date; no task"))

    return [li.export()]


def all_chats() -> list[ChatFile]:
    return [*slack_export(), *telegram_export(), *linkedin_export()]
