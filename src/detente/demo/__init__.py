"""The bundled demo corpus (``corpus/``): documents written for detente about China–Russia
relations 2014–2025 and a few other dyads, in every format detente reads. ``detente demo`` builds
a corpus from them. Outlets, reporters and experts are invented; officials act as the public
record says. ``warc_pages/`` and ``make_warc.py`` rebuild ``corpus/archive/*.warc.gz``."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def corpus_dir() -> Path:
    """The folder of demo documents inside the installed package."""
    return Path(str(resources.files("detente.demo").joinpath("corpus")))
