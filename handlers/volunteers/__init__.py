"""Volunteers in the chat: applying, tasks and duty posts, the love bank and rewards."""
