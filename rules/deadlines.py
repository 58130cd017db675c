"""The dates the contract derives: notice period end, transfer date, registration."""
from __future__ import annotations

import calendar
from datetime import date, timedelta

from rules.calendar import BusinessCalendar

NOTICE_PERIOD_MONTHS = 6
REGISTRATION_BUSINESS_DAYS = 2
LETTER_DAYS = 14
HELSENORGE_DAYS = 42


def add_months(day: date, months: int) -> date:
    """Same day `months` later, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def first_of_next_month(day: date) -> date:
    return add_months(day.replace(day=1), 1)


def notice_period_end(notice_date: date) -> date:
    """Six months counted from the first day of the month after the notice.

    Fastlegeforskriften: the period runs from the 1st of the month after the
    notice, so notice on 7 October ends on 30 April.
    """
    start = first_of_next_month(notice_date)
    return add_months(start, NOTICE_PERIOD_MONTHS) - timedelta(days=1)


def transfer_date(last_working_day: date) -> date:
    """The month shift when the citizens move: the 1st after the last day."""
    return first_of_next_month(last_working_day)


def registration_date(received: date, cal: BusinessCalendar) -> date:
    """Helfo needs two business days, the day of receipt not counted."""
    return cal.add_business_days(received, REGISTRATION_BUSINESS_DAYS)
