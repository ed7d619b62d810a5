"""Statistics for staff: /stats, its period and scope buttons, the card, charts and export."""
