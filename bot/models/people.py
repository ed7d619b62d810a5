"""People and the community's buildings as the domain sees them."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class Role(StrEnum):
    """What a person may do; admins come from LINLI_ADMINS, the rest is stored."""

    RESIDENT = "resident"
    VOLUNTEER = "volunteer"
    STAFF = "staff"
    ADMIN = "admin"

    @property
    def is_staff(self) -> bool:
        """Return True for staff and admins: both work the front desk."""
        return self in (Role.STAFF, Role.ADMIN)


class Person(BaseModel):
    """Anyone the bot knows: a Telegram user, or a resident entered by staff (proxy)."""

    model_config = ConfigDict(frozen=True)

    id: int
    tg_id: int | None
    name: str
    building: str | None = None
    unit: str | None = None
    phone: str | None = None
    language: str | None = None
    tg_language: str | None = None
    role: Role = Role.RESIDENT
    registered: bool = False
    unreachable: bool = False
    is_proxy: bool = False
    erased: bool = False
    created_at: datetime


class Actor(Person):
    """The person behind an update: always someone on Telegram, so `tg_id` is never None.

    A `Person` may be a resident staff entered by phone (no Telegram account); the one who
    pressed a button or wrote a message is not. Handlers get an Actor once per update
    (`handlers.common.actor`) and pass `tg_id` to services without checking it again.
    """

    tg_id: int

    @classmethod
    def of(cls, person: Person) -> Actor:
        """Return `person` as the acting person; they must have a Telegram account."""
        if person.tg_id is None:
            raise ValueError("an acting person is always on Telegram")
        return person if isinstance(person, Actor) else cls(**person.model_dump())


class Building(BaseModel):
    """A building of the community, optionally in a grid."""

    name: str
    grid: str | None = None
    position: int = 0
