"""Domain models, vocabulary and errors. Pure: no I/O, no Qt."""
