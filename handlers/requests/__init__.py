"""Requests and the front desk in the chat: filing, following, the staff card and queue."""
