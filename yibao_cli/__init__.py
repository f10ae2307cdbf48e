"""yibao: a terminal guide to China's basic medical insurance card procedures."""

__version__ = "0.1.0"
