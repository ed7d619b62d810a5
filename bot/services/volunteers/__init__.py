"""Volunteers: membership, tasks and duty posts, the love bank, rewards, honours."""
