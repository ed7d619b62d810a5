"""Telegram side of consultation (协商议事): the topic board and the staff card."""
