"""Micro-wishes in the chat: residents' wishes, the helpers' board, the staff desk."""
