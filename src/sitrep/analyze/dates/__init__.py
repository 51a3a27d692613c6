"""Dates in English, Ukrainian and Russian reports, resolved against the publication time.

One module per family of date forms, each a tuple of rules (pattern plus resolver that
returns ``None`` when the match is not a date), and one dispatcher, as feedparser's
``datetimes/`` has one module per format::

    absolute   "23 November 2025", "Nov. 23", "2025-11-23", "23.11.2025", "23 листопада"
    windows    "over the past day", "in the past 48 hours", "since the beginning of November",
               "минулої доби", "за сутки", "overnight"
    relative   "yesterday", "last month", "this year", "two years ago", "вчора", "в этом году"
    months     "November 2025", "in November", "у листопаді", "in 1998"
    weekdays   "on Friday", "last Tuesday", "у п'ятницю"
    roles      which clock a mention sets: happened, said, published or unknown
"""

from __future__ import annotations

from sitrep.analyze.dates.extract import RULES, STAGE, extract_dates

__all__ = ["RULES", "STAGE", "extract_dates"]
