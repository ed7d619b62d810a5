"""Micro-wishes: residents', helpers' and staff's sides, stalls, files."""
