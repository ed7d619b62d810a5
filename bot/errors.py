"""The errors services raise, turned into friendly texts by handlers.

    DomainError                 base: every rule a person can break; `key` names the catalog text
    ├── NotAllowed              the person's role does not allow the action
    ├── NotFound                no such thing, or not theirs to see
    ├── NotRegistered           the person must register first
    ├── Conflict                the state moved on (already taken, already closed, ...)
    │   ├── AlreadyTaken        someone else took it first; carries the owner's name
    │   └── Closed              it was settled for good (decided, cancelled): its card says so
    └── InvalidInput            the value cannot be used (too long, empty, unknown choice)

Anything that is not a DomainError is a bug: it reaches the one error handler.
"""

from __future__ import annotations


class DomainError(Exception):
    """A rule was broken; `key` is the catalog message and `args` its placeholders."""

    key = "error-generic"

    def __init__(self, key: str | None = None, **args: object) -> None:
        self.key = key or type(self).key
        self.args_map: dict[str, object] = args
        super().__init__(self.key)


class NotAllowed(DomainError):
    """The person's role does not allow this."""

    key = "error-not-allowed"


class NotFound(DomainError):
    """The thing does not exist or is not theirs."""

    key = "error-not-found"


class NotRegistered(DomainError):
    """The person has not registered yet."""

    key = "error-not-registered"


class Conflict(DomainError):
    """The state moved on since the person looked."""

    key = "error-conflict"


class AlreadyTaken(Conflict):
    """Another staff member became the owner first."""

    key = "error-already-taken"


class Closed(Conflict):
    """The thing was settled for good; a card still offering it should say what happened."""

    key = "error-conflict"


class InvalidInput(DomainError):
    """The value cannot be used."""

    key = "error-invalid"
