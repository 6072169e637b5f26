"""Pure stages over plain data: clean, nlp, actors, quotes, summarize, positions."""
