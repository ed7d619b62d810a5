"""Events: sign-ups and the waiting line, staff's events, their files."""
