"""Use cases over a ``Store``: plain values in, pydantic models or small reports out."""
