"""The spaCy pipeline for Norwegian (bokmål and nynorsk) mail: built from config.cfg."""
from parsers.nlp.build import load_pipeline

__all__ = ["load_pipeline"]
