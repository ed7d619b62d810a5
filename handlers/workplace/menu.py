"""Staff tools: one "🧰 Staff tools" button opens the groups, each group its tools' buttons.

Why buttons for commands: staff should not have to remember twenty commands. A tool's button
runs the very command handler a typed command would (found among the application's
registered CommandHandlers), so a flow has one way in and the menu cannot drift from it.
Adding a button is one line in TOOLS below.
"""

from __future__ import annotations

from dataclasses import dataclass

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callbacks import workplace as callbacks
from bot.context import LinliContext
from bot.errors import NotAllowed
from bot.models.outbox import Button
from bot.models.people import Actor, Role
from handlers.common import actor, friendly, lang, require_admin, require_staff, say, tr
from handlers.forms import menu
from handlers.keyboards import inline


@dataclass(frozen=True)
class Tool:
    """One staff command, the group its button sits in, and whether only admins see it."""

    command: str
    group: str
    admin: bool = False


# Groups in the order shown; each needs `ws-group-<name>` in bot/locales/*/workplace.ftl.
GROUPS = ("desk", "notices", "events", "volunteers", "wishes", "consultation", "settings")
# One line per button.
TOOLS: tuple[Tool, ...] = (
    Tool("queue", "desk"),
    Tool("proxy", "desk"),
    Tool("replies", "desk"),
    Tool("broadcast", "notices"),
    Tool("broadcasts", "notices"),
    Tool("quiethours", "notices", admin=True),
    Tool("newevent", "events"),
    Tool("checkin", "events"),
    Tool("newtask", "volunteers"),
    Tool("volunteers", "volunteers"),
    Tool("addreward", "volunteers"),
    Tool("honours", "volunteers"),
    Tool("skills", "volunteers", admin=True),
    Tool("wishdesk", "wishes"),
    Tool("proxywish", "wishes"),
    Tool("wishes", "wishes"),
    Tool("partners", "wishes"),
    Tool("wishpoints", "wishes"),
    Tool("wishstall", "wishes"),
    Tool("staff", "settings", admin=True),
    Tool("settings", "settings", admin=True),
    Tool("audit", "settings", admin=True),
    Tool("topicdesk", "consultation"),
    Tool("proxytopic", "consultation"),
    Tool("topicfrom", "consultation"),
    Tool("council", "consultation"),
    Tool("stats", "desk"),
)


def tools_for(role: Role, group: str | None = None) -> list[Tool]:
    """Return the tools a role may use, in one group or all."""
    return [
        t
        for t in TOOLS
        if (group is None or t.group == group) and (not t.admin or role == Role.ADMIN)
    ]


def groups_for(role: Role) -> list[str]:
    """Return the groups that hold at least one tool for the role."""
    return [g for g in GROUPS if tools_for(role, g)]


def groups_markup(context: LinliContext, person: Actor) -> list[list[Button]]:
    """Return the group buttons, two a row."""
    buttons = [
        Button(text=f"ws-group-{g}", data=callbacks.group(g)) for g in groups_for(person.role)
    ]
    return [buttons[i : i + 2] for i in range(0, len(buttons), 2)]


@menu("menu-staff-tools")
async def show_tools(update: Update, context: LinliContext, person: Actor) -> None:
    """Show the groups of staff tools."""
    require_staff(person)
    rows = groups_markup(context, person)
    await say(update, context, person, "ws-title", inline(lang(context, person), rows))


def _command_handler(
    context: LinliContext, command: str
) -> CommandHandler[LinliContext, None] | None:
    """Return the registered handler of `command`, the one a typed command reaches."""
    for handlers in context.application.handlers.values():
        for handler in handlers:
            if isinstance(handler, CommandHandler) and command in handler.commands:
                return handler
    return None


@friendly
async def pressed_tools(update: Update, context: LinliContext) -> None:
    """Open a group, go back to the groups, or run a tool; anyone but staff is refused."""
    query = update.callback_query
    if query is None:
        return
    person = await actor(update, context)
    require_staff(person)
    read = callbacks.read(query.data)
    known = {t.command: t for t in tools_for(Role.ADMIN)}
    if read is None or (read[0] == "group" and read[1] not in GROUPS):
        await query.answer(tr(context, person, "error-too-old"), show_alert=True)
        return
    action, name = read
    if action == "run":
        tool = known.get(name)
        handler = _command_handler(context, name) if tool is not None else None
        if tool is None or handler is None:
            await query.answer(tr(context, person, "error-too-old"), show_alert=True)
            return
        if tool.admin:
            require_admin(person)
        await query.answer()
        await handler.callback(update, context)
        return
    await query.answer()
    code = lang(context, person)
    if action == "home":
        await query.edit_message_text(
            tr(context, person, "ws-title"),
            reply_markup=inline(code, groups_markup(context, person)),
        )
        return
    tools = tools_for(person.role, name)
    if not tools:
        raise NotAllowed("error-admin-only")
    rows = [
        [
            Button(
                text=tr(
                    context,
                    person,
                    "ws-tool",
                    command=t.command,
                    what=tr(context, person, f"cmd-{t.command}"),
                ),
                data=callbacks.run(t.command),
            )
        ]
        for t in tools
    ]
    rows.append([Button(text="ws-back", data=callbacks.home())])
    await query.edit_message_text(
        tr(context, person, f"ws-group-{name}"), reply_markup=inline(code, rows)
    )


async def explain_tools(update: Update, context: LinliContext, person: Actor) -> None:
    """Explain the staff (and admin) tools in a few lines each, after the general help."""
    if not person.role.is_staff:
        return
    await say(update, context, person, "ws-help-staff")
    if person.role == Role.ADMIN:
        await say(update, context, person, "ws-help-admin")


HANDLERS: list[BaseHandler[Update, LinliContext, None]] = [
    CallbackQueryHandler(pressed_tools, pattern=f"^{callbacks.TOOLS}:"),
]
