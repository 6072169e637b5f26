"""Exceptions the library raises; the plugin and CLI turn them into messages."""


class BriefingError(Exception):
    """A problem the user can fix (configuration, missing model, unreadable corpus folder)."""


class UnreadableFile(BriefingError):
    """A corpus file that cannot become an article; the message is the reason shown to the user."""
