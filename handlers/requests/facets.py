"""The queue's facets: building, category, status, owner and age, combined.

A press carries each facet as a letter and a small number (bot/callbacks/requests.py); here
they become the `QueueFacets` the desk reads, and each chosen value gets its label in the
staff member's language. A building or category is named by its place in the admin's list,
so a list changed since the button was drawn reads as an old button, not as another filter.
"""

from __future__ import annotations

from bot import i18n
from bot.context import LinliContext
from bot.models.requests import QUEUE_AGES, QUEUE_STATUSES, FacetCount, QueueFacets

# letter -> the QueueFacets field it sets
FIELDS = {"b": "building", "c": "category", "s": "status", "o": "owner_id", "a": "older_days"}


class Places:
    """The buildings and categories in the admin's order, read once per press."""

    def __init__(self, buildings: list[str], categories: dict[str, str]) -> None:
        self.buildings = buildings
        self.categories = categories  # code -> label (custom categories have no catalog name)
        self.category_codes = list(categories)

    @classmethod
    async def read(cls, context: LinliContext) -> Places:
        """Read the lists the numbers on the buttons point into."""
        community = context.services.community
        buildings = [b.name for b in await community.buildings()]
        categories = await community.categories(include_hidden=True)
        return cls(buildings, {c.code: c.label or c.code for c in categories})

    def facets(self, code: dict[str, int]) -> QueueFacets | None:
        """Return the facets a press names, or None when a number points past its list."""
        values: dict[str, object] = {}
        for letter, number in code.items():
            if letter == "b":
                found: object = _at(self.buildings, number)
            elif letter == "c":
                found = _at(self.category_codes, number)
            elif letter == "s":
                found = _at(list(QUEUE_STATUSES), number)
            elif letter == "a":
                found = number if number in QUEUE_AGES else None
            else:
                found = number
            if found is None:
                return None
            values[FIELDS[letter]] = found
        return QueueFacets.model_validate(values)

    def number(self, letter: str, value: str) -> int | None:
        """Return the number a button carries for one facet's value (None: not listed)."""
        if letter == "b":
            return _place(self.buildings, value)
        if letter == "c":
            return _place(self.category_codes, value)
        if letter == "s":
            return _place([s.value for s in QUEUE_STATUSES], value)
        return int(value) if value.isdigit() else None

    def label(self, lng: str, letter: str, choice: FacetCount) -> str:
        """Return how one facet's value reads on a button or in the queue's title."""
        value = choice.value
        if letter == "c":
            label = self.categories.get(value, value)
            return i18n.t(lng, "category-name", category=value, category_label=label)
        if letter == "s":
            return i18n.t(lng, "staff-status-name", status=value)
        if letter == "a":
            return i18n.t(lng, "q-facet-age", days=int(value))
        if letter == "o":
            return choice.name or value
        return value

    def summary(self, lng: str, facets: QueueFacets) -> str:
        """Return the chosen facets as one line ("2 · Repairs · over 3 days")."""
        chosen = []
        for letter, field in FIELDS.items():
            value = getattr(facets, field)
            if value is not None and letter != "o":
                chosen.append(self.label(lng, letter, FacetCount(value=str(value), count=0)))
        return " · ".join(chosen)


def _at(items: list[str], number: int) -> str | None:
    return items[number - 1] if 1 <= number <= len(items) else None


def _place(items: list[str], value: str) -> int | None:
    return items.index(value) + 1 if value in items else None
