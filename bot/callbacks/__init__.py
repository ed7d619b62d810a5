"""Button data, one module per feature: what a button sends back, written and read in one place.

Services put buttons on outbox messages and handlers on their answers; both build the data
with the feature's module here, and the handler reads a press back with the same module, so
the two sides cannot drift apart. `codec` holds the shared format and the id check.
"""
