"""Notices: broadcasts as staff run them, and residents' replies and mutes."""
