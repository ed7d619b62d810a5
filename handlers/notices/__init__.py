"""Notices in the chat: staff compose and follow broadcasts, residents reply and mute."""
