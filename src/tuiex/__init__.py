"""tuiex: a terminal explorer for political news."""

__version__ = "0.1.0"
