"""Maintenance scripts run by hand (never by the bot)."""
