"""Bot API methods about the bot itself, its updates, commands, chats, members and files."""

from __future__ import annotations

import re
from typing import Any

from sandbox.simulator.api import ApiError, bad_request, method
from sandbox.simulator.methods_send import chat_id_of
from sandbox.simulator.params import Params
from sandbox.simulator.state import JSON, SimChat, SimUser
from sandbox.simulator.world import CommandScope, World

_COMMAND = re.compile(r"^[a-z0-9_]{1,32}$")
_ADMIN_RIGHTS = (
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
    "can_pin_messages",
)
_NO_GIFTS = {
    "unlimited_gifts": False,
    "limited_gifts": False,
    "unique_gifts": False,
    "premium_subscription": False,
    "gifts_from_channels": False,
}
# Setters whose effect nothing in the simulator shows; accepting them keeps bots running.
_ACCEPTED = (
    "setChatMenuButton",
    "setMyDescription",
    "setMyShortDescription",
    "setMyName",
    "setMyDefaultAdministratorRights",
    "pinChatMessage",
    "unpinChatMessage",
    "unpinAllChatMessages",
    "setMessageReaction",
)


@method("getMe")
async def get_me(world: World, p: Params) -> JSON:
    """Describe the bot."""
    return {
        **world.bot_json(),
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


@method("getUpdates")
async def get_updates(world: World, p: Params) -> list[JSON]:
    """Long-poll for updates; refused while a webhook is set, as Telegram does."""
    if world.webhook_url:
        raise ApiError(
            409,
            "Conflict: can't use getUpdates method while webhook is active; "
            "use deleteWebhook to delete the webhook first",
        )
    allowed = p.obj("allowed_updates")
    return await world.updates.poll(
        offset=p.integer("offset") or 0,
        limit=p.integer("limit") or 100,
        wait=p.number("timeout") or 0.0,
        allowed=allowed if isinstance(allowed, list) else None,
    )


@method("setWebhook")
async def set_webhook(world: World, p: Params) -> bool:
    """Remember the webhook; updates are posted to it when it is on this machine."""
    world.webhook_url = p.text("url") or ""
    if p.flag("drop_pending_updates"):
        world.updates.drop_pending()
    allowed = p.obj("allowed_updates")
    kinds = [str(kind) for kind in allowed] if isinstance(allowed, list) else None
    await world.webhook.set(world.webhook_url, p.text("secret_token") or "", kinds)
    return True


@method("deleteWebhook")
async def delete_webhook(world: World, p: Params) -> bool:
    """Forget the webhook, optionally dropping pending updates."""
    world.webhook_url = ""
    await world.webhook.clear()
    if p.flag("drop_pending_updates"):
        world.updates.drop_pending()
    return True


@method("getWebhookInfo")
async def get_webhook_info(world: World, p: Params) -> JSON:
    """Describe the webhook state."""
    return {
        "url": world.webhook_url,
        "has_custom_certificate": False,
        "pending_update_count": world.updates.pending_count,
    }


async def _accept(world: World, p: Params) -> bool:
    return True


for _name in ("logOut", "close", *_ACCEPTED):
    method(_name)(_accept)


@method("sendChatAction")
async def send_chat_action(world: World, p: Params) -> bool:
    """Note a "typing..." style action; blocked users refuse it like messages."""
    chat = world.sendable_chat(chat_id_of(p))
    world.chat_actions.append((chat.id, p.text("action") or ""))
    return True


def _scope(p: Params) -> CommandScope:
    scope = p.obj("scope") or {"type": "default"}
    if not isinstance(scope, dict) or not isinstance(scope.get("type"), str):
        raise bad_request("can't parse BotCommandScope JSON object")
    return (
        scope["type"],
        scope.get("chat_id"),
        scope.get("user_id"),
        p.text("language_code") or "",
    )


@method("setMyCommands")
async def set_my_commands(world: World, p: Params) -> bool:
    """Store the command list shown for one scope and language."""
    commands = p.obj("commands")
    if not isinstance(commands, list) or len(commands) > 100:
        raise bad_request("can't parse commands JSON object")
    for command in commands:
        if not isinstance(command, dict) or not _COMMAND.match(str(command.get("command", ""))):
            raise bad_request("BOT_COMMAND_INVALID")
        if not 1 <= len(str(command.get("description", ""))) <= 256:
            raise bad_request("command description is empty or too long")
    world.commands[_scope(p)] = [
        {"command": c["command"], "description": c["description"]} for c in commands
    ]
    return True


@method("getMyCommands")
async def get_my_commands(world: World, p: Params) -> list[JSON]:
    """Return the list stored for exactly this scope and language."""
    return world.commands.get(_scope(p), [])


@method("deleteMyCommands")
async def delete_my_commands(world: World, p: Params) -> bool:
    """Remove the list for one scope and language."""
    world.commands.pop(_scope(p), None)
    return True


@method("getChat")
async def get_chat(world: World, p: Params) -> JSON:
    """Describe a chat as ChatFullInfo."""
    chat = world.chat_or_error(chat_id_of(p))
    return {
        **chat.to_json(),
        "accent_color_id": 0,
        "max_reaction_count": 11,
        "accepted_gift_types": dict(_NO_GIFTS),
    }


def member_json(user: JSON, status: str) -> JSON:
    """Render a ChatMember object with the fields PTB requires for its status."""
    data: JSON = {"status": status, "user": user}
    if status == "creator":
        data["is_anonymous"] = False
    elif status == "administrator":
        data.update(can_be_edited=False, is_anonymous=False)
        data.update(dict.fromkeys(_ADMIN_RIGHTS, True))
    elif status == "kicked":
        data["until_date"] = 0
    return data


def _status(world: World, chat: SimChat, user_id: int) -> str:
    if user_id == world.bot_id:
        return "member" if chat.user is not None else "administrator"
    if chat.user is not None:
        return "member" if user_id == chat.user.id else "left"
    return chat.member_status.get(user_id, "left")


@method("getChatMember")
async def get_chat_member(world: World, p: Params) -> JSON:
    """Tell a person's status in a chat, as configured with add_group/set_member_status."""
    chat = world.chat_or_error(chat_id_of(p))
    user_id = p.require_int("user_id")
    user: SimUser | None = world.users.get(user_id)
    if user is None and user_id != world.bot_id:
        raise bad_request("user not found")
    user_json: Any = world.bot_json() if user is None else user.to_json()
    return member_json(user_json, _status(world, chat, user_id))


@method("getFile")
async def get_file(world: World, p: Params) -> JSON:
    """Return a File with the path it can be downloaded from."""
    sim_file = world.files.by_id.get(p.text("file_id") or "")
    if sim_file is None:
        raise bad_request("invalid file_id")
    return sim_file.file_json()


@method("createForumTopic")
async def create_forum_topic(world: World, p: Params) -> JSON:
    """Open a topic in a forum supergroup; its thread id is the id of the message that opens it
    (a service message Telegram posts), so it is counted like one."""
    chat = world.chat_or_error(chat_id_of(p))
    name = p.text("name") or ""
    if not chat.is_forum:
        raise bad_request("the chat is not a forum")
    if not 1 <= len(name) <= 128:
        raise bad_request("TOPIC_NAME_INVALID")
    chat.last_message_id += 1
    thread = chat.last_message_id
    chat.topics[thread] = name
    return {"message_thread_id": thread, "name": name, "icon_color": 7322096}
