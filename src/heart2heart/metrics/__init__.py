"""Measures of a conversation that need no language model: pure functions of a :class:`Conversation`.

- :mod:`~heart2heart.metrics.structure`: turns, words, talk share (words and seconds), monologues;
- :mod:`~heart2heart.metrics.timing`: duration, switches per minute, response latency;
- :mod:`~heart2heart.metrics.dominance`: talk-time dominance over sliding windows and its stereotype;
- :mod:`~heart2heart.metrics.style`: language style matching between the two main speakers;
- :mod:`~heart2heart.metrics.listening`: counts read off utterance labels (questions, reflections, advice...).

Each module documents its exact rule in its docstring; :func:`heart2heart.analysis.analyze` puts them together.
"""
