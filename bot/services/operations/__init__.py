"""Running Linli for years: backups, restore, the health check, and the nightly backup."""
