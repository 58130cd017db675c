"""Assemble the pipeline from config.cfg; one instance per process."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import spacy
from spacy.language import Language
from spacy.util import load_config_from_str

import parsers.nlp.components  # noqa: F401  (registers our factories)

CONFIG = resources.files("parsers.nlp").joinpath("config.cfg")


def build_pipeline() -> Language:
    """A fresh pipeline: spacy.blank("nb") plus the components config.cfg lists."""
    config = load_config_from_str(CONFIG.read_text("utf-8"))
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    nlp.initialize()
    return nlp


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    return build_pipeline()
