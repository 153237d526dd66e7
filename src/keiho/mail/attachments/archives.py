"""A bounded walk into archives: zip, 7z, RAR, tar, gzip / bzip2 / xz, ISO and encrypted Office files.

`ArchiveWalker.walk` yields every file it meets (the attachment first, then members, depth
first) as an `Entry`, and what it noticed on the way (a bomb, an encrypted archive, a password
that opened it, an archive inside an archive, a member it could not read) as an `Event`.

Nothing is trusted: members are read in chunks against a byte budget, the per-message member
count, the nesting depth and the expansion ratio (extracted bytes over compressed bytes
consumed so far), so a bomb is caught while it inflates, not after. VHD(X), DMG, raw disk
images and CAB are read with 7-Zip when it is installed (`sevenzip_tool.py`); RAR with rarfile,
its compressed members through `unar` when that is installed (`rar.py`).
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import tarfile
import warnings
import zipfile
from collections.abc import Iterator, Sequence

import py7zr
import pycdlib
import pyzipper  # type: ignore[import-untyped]  # no stubs; used like the stdlib's zipfile
from py7zr.io import Py7zIO, WriterFactory

from keiho.mail.attachments import rar, sevenzip_tool
from keiho.mail.attachments.budget import (
    READ_ERRORS,
    Bomb,
    Budget,
    CountingReader,
    Spent,
    Stop,
)
from keiho.mail.attachments.filetype import (
    OPENED_BY_7ZIP,
    Kind,
    is_archive_like,
    is_container,
    sniff,
    zip_directory,
)
from keiho.mail.attachments.limits import Limits
from keiho.mail.attachments.passwords import mask
from keiho.mail.attachments.walk_items import Child, Entry, Event, label, unreadable

__all__ = ["ArchiveWalker", "Entry", "Event", "label"]

_ZIP_AES = 99  # compression method WinZip uses to mark AES-encrypted members
_PASSWORD_CHECK_BYTES = 1 << 16  # ZipCrypto is decrypted in pure Python (~1 MB/s): a check reads this much at most
_DIRECTORY_BYTES_PER_MEMBER = 1024  # a zip directory larger than this per allowed member is refused unread
_DECOMPRESSED_SUFFIXES = {".tgz": ".tar", ".tbz": ".tar", ".tbz2": ".tar", ".txz": ".tar"}

class ArchiveWalker:
    """Walks the attachments of one message; the byte, member and password-try budgets are
    shared by all of them."""

    def __init__(self, limits: Limits, passwords: Sequence[str] = ()) -> None:
        self.limits = limits
        self.budget = Budget(limits, passwords)

    def walk(self, name: str, data: bytes, declared_type: str = "") -> Iterator[Entry | Event]:
        self.budget.start_attachment(len(data))
        try:
            yield from self._visit((name,), data, 0, Child(name, data, True), False, declared_type)
        except Bomb as bomb:
            yield Event("bomb", bomb.path, bomb.details)
        except Spent as spent:
            yield Event("unreadable", spent.path, spent.details)

    # -- the walk --------------------------------------------------------------------------------

    def _visit(
        self, path: tuple[str, ...], data: bytes, depth: int, child: Child, inside_archive: bool, declared: str = ""
    ) -> Iterator[Entry | Event]:
        kind = sniff(data)
        yield Entry(path, data, kind, depth, child.complete, child.encrypted, declared)
        if inside_archive and is_archive_like(kind):
            yield Event("nested", path, {"kind": kind.value, "depth": depth})
        if not is_container(kind):
            return
        if not child.complete:
            reason = f"only the first {len(data)} bytes were read; the {kind} was not opened"
            yield Event("unreadable", path, {"reason": reason})
            return
        if depth >= self.limits.max_depth:
            reason = f"archives nested deeper than {self.limits.max_depth} levels"
            yield Event("bomb", path, {"reason": reason, "depth": depth})
            return
        produced = 0
        for item in self._open(kind, path, data):
            if isinstance(item, Event):
                yield item
                continue
            produced += len(item.data)
            self.budget.check_ratio(produced, len(data), path, "archive")
            yield from self._visit(path + (item.name,), item.data, depth + 1, item, inside_archive or is_archive_like(kind))

    def _open(self, kind: Kind, path: tuple[str, ...], data: bytes) -> Iterator[Child | Event]:
        if kind is Kind.ZIP:
            return self._zip(path, data)
        if kind is Kind.SEVEN_ZIP:
            return self._sevenzip(path, data)
        if kind is Kind.RAR:
            return rar.walk_members(self.budget, path, data)
        if kind is Kind.TAR:
            return self._tar(path, data)
        if kind is Kind.ISO:
            return self._iso(path, data)
        if kind is Kind.ENCRYPTED_OFFICE:
            return self._encrypted_office(path, data)
        if kind in OPENED_BY_7ZIP:
            return self._with_7zip(kind, path, data)
        return self._decompressed(kind, path, data)

    def _too_many(self, path: tuple[str, ...]) -> Event:
        return Event("unreadable", path, {"reason": self.budget.too_many_members()})

    # -- zip -------------------------------------------------------------------------------------

    def _zip(self, path: tuple[str, ...], data: bytes) -> Iterator[Child | Event]:
        directory = zip_directory(data)
        if directory is not None and (
            directory[0] > self.limits.max_members or directory[1] > self.limits.max_members * _DIRECTORY_BYTES_PER_MEMBER
        ):
            reason = f"the zip directory lists {directory[0]} members ({directory[1]} bytes); not opened"
            yield Event("unreadable", path, {"reason": reason})
            return
        reader = CountingReader(data)
        try:
            archive = zipfile.ZipFile(reader)
            members = [info for info in archive.infolist() if not info.is_dir()]
        except READ_ERRORS as exc:
            yield unreadable(path, "not a readable zip", exc)
            return
        aes = any(info.flag_bits & 0x1 and info.compress_type == _ZIP_AES for info in members)
        if aes:
            # WinZip AES: the stdlib lists it but cannot decrypt it; pyzipper, the stdlib's reader
            # with AES added, can (and reads ZipCrypto members of the same archive too).
            archive.close()
            reader = CountingReader(data)
            try:
                archive = pyzipper.AESZipFile(reader)
                members = [info for info in archive.infolist() if not info.is_dir()]
            except READ_ERRORS as exc:
                yield unreadable(path, "not a readable AES zip", exc)
                return
        with archive:
            for info in members:
                info.filename = _zip_name(info)
            locked = [info for info in members if info.flag_bits & 0x1]
            password = None
            if locked:
                yield Event("encrypted", path, {"format": "zip (AES)" if aes else "zip", "encrypted_members": len(locked)})
                password = self._zip_password(archive, locked)
                if password is not None:
                    yield Event("password", path, {"password": mask(password), "format": "zip (AES)" if aes else "zip"})
            for info in members:
                if not self.budget.take_member():
                    yield self._too_many(path)
                    return
                encrypted = bool(info.flag_bits & 0x1)
                if encrypted and password is None:
                    yield Child(info.filename, b"", False, True)
                    continue
                decrypt_left = self.budget.decrypt_left()
                if encrypted and decrypt_left <= 0:
                    reason = f"more than {self.limits.max_decrypt_bytes} bytes decrypted in this message; not decrypted"
                    yield Event("unreadable", path + (info.filename,), {"reason": reason})
                    yield Child(info.filename, b"", False, True)
                    continue
                before = reader.consumed
                try:
                    with archive.open(info, pwd=password.encode("utf-8") if encrypted and password else None) as stream:
                        content, complete = self.budget.read(
                            stream, path + (info.filename,), lambda: reader.consumed, decrypt_left if encrypted else None
                        )
                except READ_ERRORS as exc:
                    yield unreadable(path + (info.filename,), "member could not be read", exc)
                    yield Child(info.filename, b"", False, encrypted)
                    continue
                finally:
                    if encrypted:
                        self.budget.decrypted += reader.consumed - before
                yield Child(info.filename, content, complete, encrypted)

    def _zip_password(self, archive: zipfile.ZipFile, locked: list[zipfile.ZipInfo]) -> str | None:
        """The first candidate that decrypts the smallest encrypted member without error."""
        target = min(locked, key=lambda info: info.compress_size)
        for candidate in self.budget.candidates():
            try:
                with archive.open(target, pwd=candidate.encode("utf-8")) as stream:
                    left = _PASSWORD_CHECK_BYTES
                    while left > 0 and (chunk := stream.read(min(left, self.limits.chunk_bytes))):
                        left -= len(chunk)
            except READ_ERRORS:
                continue
            return candidate
        return None

    # -- 7z --------------------------------------------------------------------------------------

    def _sevenzip(self, path: tuple[str, ...], data: bytes) -> Iterator[Child | Event]:
        try:
            archive = py7zr.SevenZipFile(io.BytesIO(data))
            locked, names_hidden = archive.needs_password(), False
        except py7zr.PasswordRequired:
            archive, locked, names_hidden = None, True, True
        except Exception as exc:  # noqa: BLE001 - py7zr raises many types (Bad7zFile, TypeError, lzma errors) on bad input
            yield unreadable(path, "not a readable 7z archive", exc)
            return
        password = None
        if locked:
            yield Event("encrypted", path, {"format": "7z", "names_encrypted": names_hidden})
            archive, password = self._sevenzip_password(data, archive)
            if password is not None:
                yield Event("password", path, {"password": mask(password), "format": "7z"})
        if archive is None:
            return
        with archive:
            try:
                members = [info for info in archive.list() if not info.is_directory]
            except Exception as exc:  # noqa: BLE001 - hostile input makes the library raise anything
                yield unreadable(path, "7z directory could not be read", exc)
                return
            if locked and password is None:
                for info in members:
                    if not self.budget.take_member():
                        yield self._too_many(path)
                        return
                    yield Child(info.filename or "", b"", False, True)
                return
            # py7zr never writes more than a member's declared size, so the declared sizes bound
            # the work: check them before anything is decompressed.
            declared = sum(max(info.uncompressed or 0, 0) for info in members)
            self.budget.check_ratio(declared, len(data), path, "archive (declared sizes)")
            if declared > self.budget.bytes_left():
                raise Spent(path, {"reason": f"the 7z archive declares {declared} bytes, over what is left of the budget"})
            if len(members) > self.budget.members_left():
                yield self._too_many(path)
                return
            collector = _Collector(self.budget, path)
            failure: Exception | None = None
            try:
                archive.extractall(factory=collector)
            except Stop:
                raise
            except Exception as exc:  # noqa: BLE001 - hostile input makes the library raise anything
                failure = exc
            if failure is not None:
                yield unreadable(path, "7z members could not be extracted", failure)
            for info in members:
                self.budget.take_member()
                name = info.filename or ""
                sink = collector.sinks.get(name)
                if sink is None or failure is not None:
                    yield Child(name, sink.content() if sink else b"", False, password is not None)
                else:
                    yield Child(name, sink.content(), not sink.truncated, password is not None)

    def _sevenzip_password(
        self, data: bytes, archive: py7zr.SevenZipFile | None
    ) -> tuple[py7zr.SevenZipFile | None, str | None]:
        """(the archive opened with the password, the password), or (the archive as it was, None).

        With encrypted names, a candidate that decrypts the directory is the password. With
        plain names, it must also decrypt the smallest member (only when the declared sizes fit
        the budget: a wrong key still makes py7zr decompress up to them)."""
        smallest = None
        if archive is not None:
            sizes = [(info.uncompressed or 0, info.filename) for info in archive.list() if not info.is_directory]
            if not sizes or sum(size for size, _ in sizes) > self.budget.bytes_left():
                return archive, None
            smallest = min(sizes)[1]
        for candidate in self.budget.candidates():
            try:
                if smallest is not None:
                    with py7zr.SevenZipFile(io.BytesIO(data), password=candidate) as trial:
                        trial.extract(targets=[smallest], factory=_Discard())
                opened = py7zr.SevenZipFile(io.BytesIO(data), password=candidate)
            except Exception:  # noqa: S112, BLE001 - a wrong password shows as any decoding error
                continue
            if archive is not None:
                archive.close()
            return opened, candidate
        return archive, None

    # -- tar, ISO, single-stream compression ------------------------------------------------------

    def _tar(self, path: tuple[str, ...], data: bytes) -> Iterator[Child | Event]:
        try:
            archive = tarfile.open(fileobj=io.BytesIO(data), mode="r:")  # noqa: SIM115 - closed by the `with` below
        except READ_ERRORS as exc:
            yield unreadable(path, "not a readable tar archive", exc)
            return
        with archive:
            while True:
                try:
                    member = archive.next()
                    if member is None:
                        return
                    if not member.isfile():
                        continue
                    if not self.budget.take_member():
                        yield self._too_many(path)
                        return
                    stream = archive.extractfile(member)
                    if stream is None:
                        continue
                    content, complete = self.budget.read(stream, path + (member.name,))
                except READ_ERRORS as exc:
                    yield unreadable(path, "tar archive is damaged", exc)
                    return
                yield Child(member.name, content, complete)

    def _iso(self, path: tuple[str, ...], data: bytes) -> Iterator[Child | Event]:
        iso = pycdlib.PyCdlib()
        try:
            iso.open_fp(io.BytesIO(data))
        except Exception as exc:  # noqa: BLE001 - pycdlib raises its own and struct/index errors on bad images
            yield unreadable(path, "not a readable ISO image", exc)
            return
        try:
            facade = _iso_facade(iso)
            children: list[str] = []
            for directory, _, files in iso.walk(**{facade: "/"}):
                for name in files:
                    children.append(directory.rstrip("/") + "/" + name)
                    if len(children) > self.budget.members_left():
                        break
            for full in children:
                if not self.budget.take_member():
                    yield self._too_many(path)
                    return
                shown = full.lstrip("/")
                if facade == "iso_path":
                    shown = shown.rsplit(";", 1)[0].rstrip(".")
                try:
                    with iso.open_file_from_iso(**{facade: full}) as stream:
                        content, complete = self.budget.read(stream, path + (shown,))
                except Stop:
                    raise
                except Exception as exc:  # noqa: BLE001 - hostile input makes the library raise anything
                    yield unreadable(path + (shown,), "file in the image could not be read", exc)
                    yield Child(shown, b"", False)
                    continue
                yield Child(shown, content, complete)
        except Stop:
            raise
        except Exception as exc:  # noqa: BLE001 - hostile input makes the library raise anything
            yield unreadable(path, "ISO directory could not be read", exc)
        finally:
            iso.close()

    # -- disk images and containers read by 7-Zip --------------------------------------------

    def _with_7zip(self, kind: Kind, path: tuple[str, ...], data: bytes) -> Iterator[Child | Event]:
        if sevenzip_tool.PROGRAM is None:
            yield Event("unreadable", path, {"reason": f"{kind} contents not read: 7-Zip (7zz) is not installed"})
            return
        with sevenzip_tool.image_file(data, kind.value) as image:
            try:
                listed = sevenzip_tool.list_members(image)
            except sevenzip_tool.SevenZipError as exc:
                yield unreadable(path, f"not a readable {kind}", exc)
                return
            for member in listed:
                if not self.budget.take_member():
                    yield self._too_many(path)
                    return
                try:
                    with sevenzip_tool.member_stream(image, member.path) as stream:
                        content, complete = self.budget.read(stream, path + (member.path,))
                except (sevenzip_tool.SevenZipError, OSError) as exc:
                    yield unreadable(path + (member.path,), "file in the image could not be read", exc)
                    yield Child(member.path, b"", False)
                    continue
                yield Child(member.path, content, complete)

    def _decompressed(self, kind: Kind, path: tuple[str, ...], data: bytes) -> Iterator[Child | Event]:
        reader = CountingReader(data)
        name = _decompressed_name(path[-1])
        stream: gzip.GzipFile | bz2.BZ2File | lzma.LZMAFile
        try:
            if kind is Kind.GZIP:
                stream = gzip.GzipFile(fileobj=reader)
            elif kind is Kind.BZIP2:
                stream = bz2.BZ2File(reader)
            else:
                stream = lzma.LZMAFile(reader)  # noqa: SIM115 - closed by the `with` below
            with stream:
                content, complete = self.budget.read(stream, path + (name,), lambda: reader.consumed)
        except READ_ERRORS as exc:
            yield unreadable(path, f"{kind} stream is damaged", exc)
            return
        if self.budget.take_member():
            yield Child(name, content, complete)
        else:
            yield self._too_many(path)

    def _encrypted_office(self, path: tuple[str, ...], data: bytes) -> Iterator[Child | Event]:
        yield Event("encrypted", path, {"format": "Office document"})
        for candidate in self.budget.candidates():
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")  # cryptography deprecation notices on import
                    import msoffcrypto  # type: ignore[import-untyped]  # no stubs

                    office = msoffcrypto.OfficeFile(io.BytesIO(data))
                    office.load_key(password=candidate, verify_password=True)
                    out = io.BytesIO()
                    office.decrypt(out)
            except Exception:  # noqa: S112, BLE001 - wrong password or unsupported encryption: both mean "not opened"
                continue
            content = out.getvalue()
            self.budget.spend(len(content), path)
            yield Event("password", path, {"password": mask(candidate), "format": "Office document"})
            if self.budget.take_member():
                cap = self.limits.max_member_bytes
                yield Child("(decrypted)", content[:cap], len(content) <= cap, True)
            else:
                yield self._too_many(path)
            return


class _Sink(Py7zIO):
    """Receives one 7z member, charging the budget as py7zr writes."""

    def __init__(self, budget: Budget, path: tuple[str, ...]) -> None:
        self._budget, self._path, self._cap = budget, path, budget.limits.max_member_bytes
        self._buffer = bytearray()
        self.truncated = False

    def write(self, s: bytes | bytearray) -> int:
        self._budget.spend(len(s), self._path)
        room = self._cap - len(self._buffer)
        if len(s) > room:
            self.truncated = True
        if room > 0:
            self._buffer += s[:room]
        return len(s)

    def read(self, size: int | None = None) -> bytes:
        return b""

    def seek(self, offset: int, whence: int = 0) -> int:
        return 0

    def flush(self) -> None:
        return None

    def size(self) -> int:
        return len(self._buffer)

    def content(self) -> bytes:
        return bytes(self._buffer)


class _Collector(WriterFactory):
    def __init__(self, budget: Budget, path: tuple[str, ...]) -> None:
        self._budget, self._path = budget, path
        self.sinks: dict[str, _Sink] = {}

    def create(self, filename: str) -> Py7zIO:
        sink = _Sink(self._budget, self._path + (filename,))
        self.sinks[filename] = sink
        return sink


class _NullSink(Py7zIO):
    def write(self, s: bytes | bytearray) -> int:
        return len(s)

    def read(self, size: int | None = None) -> bytes:
        return b""

    def seek(self, offset: int, whence: int = 0) -> int:
        return 0

    def flush(self) -> None:
        return None

    def size(self) -> int:
        return 0


class _Discard(WriterFactory):
    def create(self, filename: str) -> Py7zIO:
        return _NullSink()


def _iso_facade(iso: pycdlib.PyCdlib) -> str:
    """Which directory tree to read: Joliet and UDF carry the long names Windows shows;
    plain ISO 9660 names are 8.3 and end in ';1'."""
    if iso.has_joliet():
        return "joliet_path"
    if iso.has_udf():
        return "udf_path"
    return "rr_path" if iso.has_rock_ridge() else "iso_path"


def _zip_name(info: zipfile.ZipInfo) -> str:
    """The member name as its writer meant it. Without the UTF-8 flag `zipfile` decodes names as
    CP437; macOS writes UTF-8 and Japanese Windows writes CP932 without setting it."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    if raw.isascii():
        return info.filename
    for encoding in ("utf-8", "cp932"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename


def _decompressed_name(name: str) -> str:
    lowered = name.lower()
    for suffix, replacement in _DECOMPRESSED_SUFFIXES.items():
        if lowered.endswith(suffix):
            return name[: -len(suffix)] + replacement
    for suffix in (".gz", ".gzip", ".bz2", ".xz", ".z"):
        if lowered.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return "(decompressed)"
