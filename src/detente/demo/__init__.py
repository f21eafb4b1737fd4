"""The bundled demo corpus (``corpus/``): documents written for detente about China–Russia
relations 2014–2025 and a few other dyads, in every format detente reads. ``detente demo`` builds
a corpus from them."""
