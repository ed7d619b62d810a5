"""The staff workplace: every staff tool reachable by buttons."""
