"""Errors that keiho reports to a person as one clear line (never as a traceback)."""

from __future__ import annotations


class KeihoError(Exception):
    """An error with a message fit for the user; the CLI prints it and exits with `exit_code`."""

    exit_code = 2


class ProfileError(KeihoError):
    """The organisation profile is missing, unreadable or invalid."""

    def __init__(self, path: str, key: str, problem: str) -> None:
        self.path, self.key, self.problem = path, key, problem
        where = f"{path}: {key}: " if key else f"{path}: "
        super().__init__(where + problem)


class RuleError(KeihoError):
    """A rule file is invalid."""


class StoreError(KeihoError):
    """The findings store cannot be opened or migrated."""


class IntelFormatError(KeihoError):
    """An intel file cannot be imported; `where` is a line ("line 12") or element path."""

    exit_code = 2

    def __init__(self, path: str, where: str, problem: str) -> None:
        self.path, self.where, self.problem = path, where, problem
        super().__init__(f"{path}: {where}: {problem}" if where else f"{path}: {problem}")
