"""`keiho intel update`: re-import the feeds a profile lists, from files or URLs.

Every download goes through a `Fetcher` (the seam tests replace); a feed that cannot be fetched
or read is reported and the others still run, each file in its own transaction.
"""

from __future__ import annotations

import tempfile
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

from keiho.errors import IntelFormatError, KeihoError
from keiho.intel.store import ImportReport, IntelStore, import_paths
from keiho.profile import Feed, Profile

MAX_FEED_BYTES = 4 << 30  # a feed larger than this is not a feed


class FeedError(KeihoError):
    """A feed could not be fetched."""


class Fetcher(Protocol):
    def fetch(self, url: str, dest: Path) -> None:
        """Write the body at `url` to `dest`; raise FeedError with a clear reason."""


class HttpFetcher:
    def __init__(self, timeout: float = 60.0) -> None:
        self.timeout = timeout

    def fetch(self, url: str, dest: Path) -> None:
        request = urllib.request.Request(url, headers={"User-Agent": "keiho intel update"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response, dest.open("wb") as out:
                copied = 0
                while block := response.read(1 << 20):
                    copied += len(block)
                    if copied > MAX_FEED_BYTES:
                        raise FeedError(f"{url}: larger than {MAX_FEED_BYTES >> 30} GB, stopped")
                    out.write(block)
        except urllib.error.HTTPError as exc:
            exc.close()  # it holds the response
            raise FeedError(f"{url}: HTTP {exc.code} {exc.reason}") from None
        except (urllib.error.URLError, OSError, TimeoutError) as exc:
            reason = getattr(exc, "reason", exc)
            raise FeedError(f"{url}: cannot fetch ({reason}); no network here? list a local copy as `path` instead") from None


@dataclass(frozen=True, slots=True)
class FeedOutcome:
    feed: Feed
    report: ImportReport | None
    error: str = ""


def update(store: IntelStore, profile: Profile, fetcher: Fetcher | None = None) -> Iterator[FeedOutcome]:
    """Import every feed of the profile; yields one outcome per feed, errors included."""
    fetcher = fetcher or HttpFetcher()
    for feed in profile.intel.feeds:
        try:
            if feed.path:
                path = profile.base_dir / feed.path
                for report in import_paths(store, [path], feed.format):
                    yield FeedOutcome(feed, report)
                continue
            with tempfile.TemporaryDirectory(prefix="keiho-feed-") as tmp:
                # Keep the URL's file name: importers read formats and sources from it.
                name = Path(urlsplit(feed.url).path).name or "feed.txt"
                dest = Path(tmp) / name
                fetcher.fetch(feed.url, dest)
                for report in import_paths(store, [dest], feed.format):
                    report.path = feed.url
                    yield FeedOutcome(feed, report)
        except (FeedError, IntelFormatError) as exc:
            yield FeedOutcome(feed, None, str(exc))

