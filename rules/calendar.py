"""Norwegian business days: Monday to Friday except public holidays."""
from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays


class BusinessCalendar:
    """Business-day arithmetic over Norway's public holidays (the `holidays` package)."""

    def __init__(self, country: str = "NO") -> None:
        self.country = country

    @lru_cache(maxsize=64)
    def _holidays(self, year: int) -> frozenset[date]:
        return frozenset(holidays.country_holidays(self.country, years=year))

    def is_business_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self._holidays(day.year)

    def add_business_days(self, start: date, days: int) -> date:
        """The `days`-th business day after `start`; `start` itself is not counted."""
        day = start
        left = days
        while left > 0:
            day += timedelta(days=1)
            if self.is_business_day(day):
                left -= 1
        return day
