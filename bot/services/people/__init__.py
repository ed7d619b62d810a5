"""People and the community's settings."""
