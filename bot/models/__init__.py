"""Domain models, one module per feature; they import nothing of ours but each other."""
