"""Events in the chat: residents' cards and sign-ups, staff's forms and manage cards."""
