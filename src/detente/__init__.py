"""detente: how relations between states evolve, with the evidence."""

__version__ = "0.1.0"
