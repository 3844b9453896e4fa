"""factdesk: automated fact-and-claim checking for newsrooms."""

__version__ = "0.1.0"
