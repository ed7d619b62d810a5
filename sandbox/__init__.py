"""Outside the bot's core: the pretend Telegram (simulator) and the browser sandbox (web)."""
