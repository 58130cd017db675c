"""Notice period, transfer date and business days, on the calendar's hard cases."""
from datetime import date

import pytest

from rules.calendar import BusinessCalendar
from rules.deadlines import notice_period_end, registration_date, transfer_date


@pytest.mark.parametrize("notice, end", [
    (date(2022, 10, 7), date(2023, 4, 30)), (date(2023, 8, 21), date(2024, 2, 29)),
    (date(2023, 12, 12), date(2024, 6, 30)), (date(2024, 11, 1), date(2025, 5, 31)),
    (date(2022, 8, 31), date(2023, 2, 28)),
])
def test_deadlines_notice_period(notice, end):
    assert notice_period_end(notice) == end


def test_deadlines_transfer_is_first_of_next_month():
    assert transfer_date(date(2025, 3, 14)) == date(2025, 4, 1)
    assert transfer_date(date(2023, 12, 31)) == date(2024, 1, 1)


@pytest.mark.parametrize("received, registered", [
    (date(2025, 4, 15), date(2025, 4, 22)),  # Easter: Thu 17, Fri 18, Mon 21 April
    (date(2023, 12, 28), date(2024, 1, 2)),  # New Year's Day
    (date(2023, 5, 16), date(2023, 5, 22)),  # 17 May and Ascension Day
    (date(2025, 9, 6), date(2025, 9, 9)),    # received on a Saturday
    (date(2024, 2, 14), date(2024, 2, 16)),
])
def test_deadlines_registration_two_business_days(received, registered):
    assert registration_date(received, BusinessCalendar()) == registered
