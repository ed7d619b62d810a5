"""What a viewer of the simulator (the sandbox's web chat) reads: chat lists, who may see a
chat, the keyboard a person sees, and voice notes in a format a browser plays."""

from __future__ import annotations

from telegram import Bot, KeyboardButton, ReplyKeyboardMarkup, ReplyKeyboardRemove

from sandbox.simulator import BotApiSimulator

ANN, BOB, GROUP = 101, 102, -1001


async def test_a_persons_chat_list_is_their_bot_chat_then_the_groups_they_are_in(
    sim: BotApiSimulator,
) -> None:
    sim.add_user(103, "Cai")
    sim.add_group(-1002, "Committee", member_ids=[ANN])
    sim.set_member_status(-1002, ANN, "left")
    assert [c.id for c in sim.chats_of(ANN)] == [ANN, GROUP]
    assert [c.id for c in sim.chats_of(103)] == [103]


async def test_only_members_may_see_a_group_and_only_its_owner_a_private_chat(
    sim: BotApiSimulator,
) -> None:
    sim.add_user(103, "Cai")
    assert sim.can_see(ANN, GROUP) and sim.can_see(ANN, ANN)
    assert not sim.can_see(103, GROUP)
    assert not sim.can_see(103, ANN)
    assert not sim.can_see(999, ANN)


async def test_the_keyboard_message_carries_the_contact_and_location_buttons(
    bot: Bot, sim: BotApiSimulator
) -> None:
    keyboard = ReplyKeyboardMarkup(
        [
            [KeyboardButton("Phone", request_contact=True)],
            [KeyboardButton("Where", request_location=True)],
        ],
        one_time_keyboard=True,
    )
    sent = await bot.send_message(ANN, "Share?", reply_markup=keyboard)
    await bot.send_message(ANN, "No keyboard on this one")
    shown = sim.keyboard_message(ANN)
    assert shown is not None and shown.message_id == sent.message_id
    assert shown.reply_markup is not None and shown.reply_markup["one_time_keyboard"] is True
    assert shown.reply_markup["keyboard"][0][0]["request_contact"] is True
    await bot.send_message(ANN, "Done", reply_markup=ReplyKeyboardRemove())
    assert sim.keyboard_message(ANN) is None


async def test_a_voice_note_keeps_the_format_it_was_recorded_in(
    bot: Bot, sim: BotApiSimulator
) -> None:
    sent = await sim.send_voice(ANN, 2, b"RIFF\x00\x00\x00\x00WAVE", mime_type="audio/wav")
    assert sent.mime_type == "audio/wav"
    update = (await bot.get_updates())[-1]
    assert update.message is not None and update.message.voice is not None
    assert update.message.voice.mime_type == "audio/wav"
    default = await sim.send_voice(ANN)
    assert default.mime_type == "audio/ogg"
