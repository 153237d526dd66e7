from __future__ import annotations

import mailbox
import os
import tracemalloc
from pathlib import Path

import pytest
from conftest import shared_path

from keiho.errors import KeihoError
from keiho.mail.sources import (
    MAX_DIRECTORY_DEPTH,
    MailSourceError,
    RawMessage,
    iter_raw_messages,
)


def message(subject: str, body: str = "Hello.\n", newline: str = "\n") -> bytes:
    text = f"From: Alice <alice@example.com>\nTo: bob@example.org\nSubject: {subject}\n\n{body}"
    return text.replace("\n", newline).encode()


def collect(*targets: str | Path, max_message_bytes: int = 2**20) -> tuple[list[RawMessage], list[tuple[str, str]]]:
    problems: list[tuple[str, str]] = []
    found = list(iter_raw_messages([str(target) for target in targets], max_message_bytes=max_message_bytes,
                                   on_problem=lambda where, why: problems.append((where, why))))
    return found, problems


def test_single_eml_is_returned_byte_for_byte(tmp_path: Path) -> None:
    data = message("Invoice", "Caf\u00e9 cr\u00e8me\r\n", newline="\r\n")
    path = tmp_path / "one.eml"
    path.write_bytes(data)
    found, problems = collect(path)
    assert found == [RawMessage(str(path), data)]
    assert problems == []


def test_directory_walk_is_recursive_sorted_and_picks_mail_files_only(tmp_path: Path) -> None:
    (tmp_path / "b" / "deeper").mkdir(parents=True)
    (tmp_path / "a").mkdir()
    files = {
        "b/deeper/z.eml": message("z"),
        "b/2.EML": message("upper-case suffix"),
        "a/10.eml": message("ten"),
        "a/9.eml": message("nine"),
        "top.eml": message("top"),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "a" / "mbox").write_bytes(b"From x@y Mon Jan  1 00:00:00 2024\n" + message("in mbox"))
    (tmp_path / "notes.txt").write_bytes(message("a .txt is not picked up"))
    (tmp_path / "a" / "README").write_bytes(message("nor is a file without suffix outside a Maildir"))

    found, problems = collect(tmp_path)

    assert problems == []
    assert [m.location for m in found] == [
        str(tmp_path / "a" / "10.eml"), str(tmp_path / "a" / "9.eml"), f"{tmp_path / 'a' / 'mbox'}#1",
        str(tmp_path / "b" / "2.EML"), str(tmp_path / "b" / "deeper" / "z.eml"), str(tmp_path / "top.eml"),
    ]
    for raw in found:
        if "#" not in raw.location:
            assert raw.data == files[os.path.relpath(raw.location, tmp_path)]
    assert found[2].data == message("in mbox")


def test_mbox_unescapes_from_lines_and_does_not_split_on_body_from(tmp_path: Path) -> None:
    first = message("first", "Line one.\nFrom my desk, without escaping.\n\nFrom here on it is just prose.\n")
    second = message("second", "quoted:\n>From the archive\n", newline="\r\n")
    third = message("third", "last one\n")
    path = tmp_path / "box.mbox"
    path.write_bytes(
        b"From alice@example.com Mon Jan  1 10:00:00 2024\n" + first + b"\n"
        # mboxrd: a body line ">From the archive" is stored with one more '>'
        + b"From bob@example.org Tue Jan  2 11:30:00 2024\r\n" + second.replace(b">From", b">>From") + b"\r\n"
        + b"From MAILER-DAEMON Wed Jan  3 12:00:00 +0000 2024\n" + third + b"\n"
    )
    found, problems = collect(path)
    assert problems == []
    assert found == [RawMessage(f"{path}#1", first), RawMessage(f"{path}#2", second), RawMessage(f"{path}#3", third)]


def test_mbox_written_by_the_standard_library_round_trips(tmp_path: Path) -> None:
    originals = [message(f"m{n}", f"From line {n} at 10:00 in the body\n\nFrom 10:00 to 12:00 too\n") for n in range(5)]
    originals.append(message("crlf", "windows\r\n", newline="\r\n"))
    box = mailbox.mbox(tmp_path / "std.mbox")  # mangles body "From " lines to ">From "
    for data in originals:
        box.add(data)
    box.close()
    found, problems = collect(tmp_path / "std.mbox")
    assert problems == []
    assert [raw.data for raw in found] == originals


def test_long_lines_in_an_mbox_are_kept_intact(tmp_path: Path) -> None:
    long_body = "A" * 700_000 + "\nFrom x@y Mon Jan  1 00:00:00 2024 is not at a line start here\n"
    data = message("long", long_body)
    path = tmp_path / "long.mbox"
    path.write_bytes(b"From a@b Mon Jan  1 00:00:00 2024\n" + data + b"\nFrom a@b Mon Jan  1 00:00:01 2024\n" + data)
    found, _ = collect(path)
    assert [raw.data for raw in found] == [data, data]


def test_oversize_message_inside_an_mbox_is_skipped_and_numbering_kept(tmp_path: Path) -> None:
    small, big = message("small"), message("big", "x" * 5000 + "\n")
    path = tmp_path / "mixed.mbox"
    separator = b"From a@b Mon Jan  1 00:00:00 2024\n"
    path.write_bytes(separator + small + b"\n" + separator + big + b"\n" + separator + small)
    found, problems = collect(path, max_message_bytes=1000)
    assert [raw.location for raw in found] == [f"{path}#1", f"{path}#3"]
    assert [where for where, _ in problems] == [f"{path}#2"]
    assert "1,000 bytes" in problems[0][1]


def test_maildir_reads_cur_new_and_subfolders_but_not_tmp(tmp_path: Path) -> None:
    box = mailbox.Maildir(tmp_path / "Maildir", create=True)
    inbox = {box.add(message(f"inbox {n}")): message(f"inbox {n}") for n in range(3)}
    sent = box.add_folder("Sent")
    sent_key = sent.add(message("sent"))
    moved_key = next(iter(inbox))
    moved = box.get_message(moved_key)
    moved.set_subdir("cur")
    moved.set_flags("S")
    box[moved_key] = moved  # now in cur/ with flags
    (tmp_path / "Maildir" / "tmp" / "123.partial").write_bytes(message("still being delivered"))
    (tmp_path / "Maildir" / "new" / ".hidden").write_bytes(message("dot files are not messages"))

    found, problems = collect(tmp_path)  # found as a Maildir inside a plain directory

    assert problems == []
    assert len(found) == 4
    for raw in found:
        assert Path(raw.location).read_bytes() == raw.data
        assert Path(raw.location).parent.name in ("cur", "new")
    assert sorted(raw.data for raw in found) == sorted([*(box.get_bytes(k) for k in inbox), sent.get_bytes(sent_key)])
    assert f"{os.sep}.Sent{os.sep}" in found[-1].location


def test_bad_files_are_reported_and_the_rest_still_read(tmp_path: Path) -> None:
    good = message("good")
    (tmp_path / "1-empty.eml").write_bytes(b"")
    (tmp_path / "2-big.eml").write_bytes(message("big", "y" * 4000))
    (tmp_path / "3-binary.eml").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "4-text.eml").write_bytes(b"just some notes, not a message\n")
    (tmp_path / "5-dangling.eml").symlink_to(tmp_path / "nowhere")
    os.mkfifo(tmp_path / "6-fifo.eml")  # opening a FIFO for reading would block: must be refused
    (tmp_path / "7-good.eml").write_bytes(good)

    found, problems = collect(tmp_path, max_message_bytes=2000)

    assert found == [RawMessage(str(tmp_path / "7-good.eml"), good)]
    reasons = dict(problems)
    assert [Path(where).name for where, _ in problems] == [
        "1-empty.eml", "2-big.eml", "3-binary.eml", "4-text.eml", "5-dangling.eml", "6-fifo.eml"]
    assert "empty" in reasons[str(tmp_path / "1-empty.eml")]
    assert "over the limit" in reasons[str(tmp_path / "2-big.eml")]
    assert "binary" in reasons[str(tmp_path / "3-binary.eml")]
    assert "not a mail message" in reasons[str(tmp_path / "4-text.eml")]
    assert "cannot read" in reasons[str(tmp_path / "5-dangling.eml")]
    assert "not a regular file" in reasons[str(tmp_path / "6-fifo.eml")]


def test_problems_are_logged_too(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "empty.eml").write_bytes(b"")
    assert list(iter_raw_messages([str(tmp_path)])) == []
    assert f"{tmp_path / 'empty.eml'}: empty file" in caplog.text


def test_missing_target_raises_before_reading_anything(tmp_path: Path) -> None:
    (tmp_path / "ok.eml").write_bytes(message("ok"))
    with pytest.raises(MailSourceError) as raised:
        iter_raw_messages([str(tmp_path / "ok.eml"), str(tmp_path / "missing.mbox")])
    assert isinstance(raised.value, KeihoError)
    assert raised.value.exit_code == 2
    assert str(raised.value) == f"{tmp_path / 'missing.mbox'}: no such file or directory"


def test_too_deep_directory_is_reported_not_walked(tmp_path: Path) -> None:
    deep = tmp_path.joinpath(*["d"] * (MAX_DIRECTORY_DEPTH + 2))
    deep.mkdir(parents=True)
    (deep / "lost.eml").write_bytes(message("deep"))
    (tmp_path / "near.eml").write_bytes(message("near"))
    found, problems = collect(tmp_path)
    assert [Path(raw.location).name for raw in found] == ["near.eml"]
    assert len(problems) == 1 and "deep" in problems[0][1]


def test_large_mbox_is_streamed_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.mbox"
    body = ("lorem ipsum dolor sit amet " * 3 + "\n") * 120  # about 10 KB per message
    count = 400
    with path.open("wb") as out:
        for n in range(count):
            out.write(f"From sender{n}@example.com Mon Jan  1 00:00:00 2024\n".encode())
            out.write(message(f"bulk {n}", body) + b"\n")
    file_size = path.stat().st_size
    assert file_size > 3_000_000

    tracemalloc.start()
    try:
        seen = total = 0
        for raw in iter_raw_messages([str(path)]):
            seen += 1
            total += len(raw.data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert seen == count
    assert total > file_size * 0.95
    assert peak < file_size / 20


def test_staged_email_corpus_is_read_completely() -> None:
    corpus = shared_path("data", "email")
    expected = sum(
        1 for folder in sorted(os.listdir(corpus)) if (corpus / folder).is_dir()
        for name in os.listdir(corpus / folder) if name.endswith(".eml")
    )
    problems: list[tuple[str, str]] = []
    found = sum(1 for _ in iter_raw_messages([str(corpus)], on_problem=lambda w, r: problems.append((w, r))))
    assert problems == []
    assert found == expected
