"""Requests: the residents' side and the staff desk."""
