"""Lookalike detection for the organisation's and its vendors' domains."""

from keiho.domains.engine import LookalikeEngine
from keiho.domains.hosts import Host, InputError, parse_subject

__all__ = ["Host", "InputError", "LookalikeEngine", "parse_subject"]
