"""Consultation (协商议事): topics residents raise, staff review, the council decides."""
