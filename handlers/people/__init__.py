"""People in the chat: registration, language and menu, their data, staff and settings."""
