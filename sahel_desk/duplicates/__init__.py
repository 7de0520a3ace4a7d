"""Finding incidents that may be the same event coded twice: plain values in, frozen
dataclasses out, no database and no Qt.

- :mod:`facts`: what is compared of an incident (dates as a span of days, the place
  with the reach of its precision, types, actors with their groups, counts,
  sources, words);
- :mod:`scoring`: how likely two incidents are one event, with the reasons in words;
- :mod:`kinds`: how near two event types are in the codebook's hierarchy;
- :mod:`words`: the words of notes and claims in any script, folded;
- :mod:`pairing`: each incident paired with its best match only.

The store finds the candidates (store/duplicates.py) and the service puts the
two together (services/duplicates.py).
"""
