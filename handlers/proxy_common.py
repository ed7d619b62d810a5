"""The resident's details in the staff proxy forms, written once for both: the request filed
for a resident without Telegram (flow "proxy", keys "desk-proxy-…") and the wish (flow
"wish-proxy", keys "wish-proxy-…").

Both ask name, building (buttons, or free text while none are set up), unit and phone, in that
order and with the same checks; then each form goes on with its own steps. Each form declares
all its steps, these four first (`PERSON_FIELDS`), so the order is read in one place. The step
names and the catalog keys stay as they were, so a draft saved mid-form before an upgrade still
resumes.
"""

from __future__ import annotations

from telegram import Update

from bot.context import LinliContext
from bot.errors import NotAllowed
from bot.models.people import Actor
from bot.models.work import Draft
from bot.services.people.registry import NAME_MAX, UNIT_MAX
from handlers.common import lang, say
from handlers.forms import Form, Step, need_text
from handlers.keyboards import cancel_only, choices
from handlers.requests.desk import detour
from handlers.requests.queue import chat_of

BUILDING_MAX = 40
PHONE_MAX = 32
PERSON_FIELDS = ("name", "building", "unit", "phone")
LIMITS = {"name": NAME_MAX, "building": BUILDING_MAX, "unit": UNIT_MAX, "phone": PHONE_MAX}


async def typed(
    update: Update, context: LinliContext, person: Actor, draft: Draft, limit: int
) -> str | None:
    """Return the text typed for this step, or None when it was not for the form."""
    if await detour(update, context, person, draft):
        return None
    return await need_text(update, context, person, limit=limit)


async def take(
    update: Update, context: LinliContext, person: Actor, draft: Draft, limit: int, form: Form
) -> Draft | None:
    """Keep the text typed for the draft's step under the step's own name and move the form
    to its next step; None when the message was not for the form or not usable text."""
    text = await typed(update, context, person, draft, limit)
    if text is None:
        return None
    return await form.next(draft, context, **{draft.step: text}) or draft


def person_fields(draft: Draft) -> dict[str, str]:
    """Return the resident's name, building, unit and phone as the form took them."""
    return {k: str(draft.data.get(k) or "") for k in PERSON_FIELDS}


class ProxyIntake:
    """The name, building, unit and phone steps of one proxy form.

    `form` declares these four steps first, then its own; `keys` is the form's catalog prefix;
    `ask_next` asks the form's own step that follows the phone; `free_building` says whether
    the form has a question for a community with no buildings set up
    (`<keys>-ask-building-free`).
    """

    def __init__(self, form: Form, keys: str, ask_next: Step, *, free_building: bool) -> None:
        own = form.steps[len(PERSON_FIELDS) :]
        if form.steps[: len(PERSON_FIELDS)] != PERSON_FIELDS or not own:
            raise ValueError(f"form {form.flow!r} must ask {PERSON_FIELDS} first, then its own")
        self.form = form
        self.keys = keys
        self.ask_next = ask_next
        self.free_building = free_building
        for name in PERSON_FIELDS:
            form.step(name)(self.got_field)

    async def begin(self, update: Update, context: LinliContext, person: Actor) -> None:
        """Open the form at the resident's name (staff only)."""
        if not person.role.is_staff:
            raise NotAllowed()
        await self.form.start(context, person, chat=chat_of(update))
        keyboard = cancel_only(lang(context, person))
        await say(update, context, person, f"{self.keys}-ask-name", keyboard)

    async def got_field(
        self, update: Update, context: LinliContext, person: Actor, draft: Draft
    ) -> None:
        """Take the name, building (one from the list while any are set up) or unit, or a
        phone number with digits in it; then ask the next question."""
        field = draft.step
        text = await typed(update, context, person, draft, LIMITS[field])
        if text is None:
            return
        if field == "building":
            known = [b.name for b in await context.services.community.buildings()]
            if known and text not in known:
                keyboard = choices(lang(context, person), known)
                await say(update, context, person, "error-unknown-building", keyboard)
                return
        if field == "phone" and not any(c.isdigit() for c in text):
            await say(update, context, person, f"{self.keys}-phone-invalid")
            return
        following = self.form.after(field)
        draft = await self.form.next(draft, context, **{field: text}) or draft
        await self.ask(update, context, person, draft, following)

    async def ask(
        self, update: Update, context: LinliContext, person: Actor, draft: Draft, at: str | None
    ) -> None:
        """Ask the question of step `at`: buildings as buttons, unit and phone typed."""
        if at == "building":
            buildings = [b.name for b in await context.services.community.buildings()]
            free = self.free_building and not buildings
            key = f"{self.keys}-ask-building-free" if free else f"{self.keys}-ask-building"
            await say(update, context, person, key, choices(lang(context, person), buildings))
        elif at in PERSON_FIELDS:
            keyboard = cancel_only(lang(context, person))
            await say(update, context, person, f"{self.keys}-ask-{at}", keyboard)
        else:
            await self.ask_next(update, context, person, draft)
