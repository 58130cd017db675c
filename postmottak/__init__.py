"""postmottak: Helfo's mail intake for the GP registry (CLI, settings, wiring)."""
__version__ = "0.1.0"
