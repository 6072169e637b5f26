"""briefing: news articles in, a briefing site out."""

__version__ = "0.1.0"
