"""Example conversations shipped with the package (read with :mod:`importlib.resources`; used by ``h2h demo``)."""
