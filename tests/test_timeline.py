"""Tests for mapping.timeline: finding and resolving news-style time expressions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mapping.timeline import TimeExpression, day_span, find_times, resolve_time
from mapping.types import TIME_PRECISIONS, TimeSpan

ALMATY = "Asia/Almaty"
D = date(2022, 1, 6)  # a Thursday
SEED = (
    "The sound of gunfire came from the direction of the mayor's office, stormed by protesters on "
    "Wednesday, at around 5:30 p.m. local time (11:30 a.m. GMT) and again about an hour later."
)


def one(text: str) -> TimeExpression:
    """The single time expression in `text`."""
    found = find_times(text)
    assert len(found) == 1, found
    return found[0]


def resolve(text: str, published: date = D, tz: str = ALMATY, previous: TimeSpan | None = None) -> TimeSpan:
    span = resolve_time(one(text), published, tz, previous)
    assert span is not None
    return span


def iso(span: TimeSpan) -> tuple[str, str, str]:
    return span.start.isoformat(), span.end.isoformat(), span.precision


def minute(tz: str, year: int, month: int, day: int, hour: int, mins: int) -> TimeSpan:
    start = datetime(year, month, day, hour, mins, tzinfo=ZoneInfo(tz))
    return TimeSpan(start, start + timedelta(minutes=1), "minute")


# --- the brief's cases (Reuters, Almaty, published Thursday 2022-01-06) ---------------------

def test_weekday_is_most_recent_on_or_before_publication() -> None:
    assert iso(resolve("on Wednesday")) == ("2022-01-05T00:00:00+06:00", "2022-01-06T00:00:00+06:00", "day")
    assert resolve("on Thursday").start.date() == D
    assert resolve("Friday").start.date() == date(2021, 12, 31)
    assert resolve("last Thursday").start.date() == date(2021, 12, 30)


def test_local_clock_time() -> None:
    span = resolve("at around 5:30 p.m. local time")
    assert iso(span) == ("2022-01-06T17:30:00+06:00", "2022-01-06T17:31:00+06:00", "minute")


def test_parenthetical_gmt_time_is_equivalent_and_converted() -> None:
    local, gmt = find_times("at around 5:30 p.m. local time (11:30 a.m. GMT)")
    assert not local.is_equivalent
    assert gmt.is_equivalent and gmt.text == "11:30 a.m. GMT"
    span = resolve_time(gmt, D, ALMATY)
    assert span is not None and span.start.isoformat() == "2022-01-06T17:30:00+06:00"


@pytest.mark.parametrize("published", [date(2025, 3, 8), date(2025, 3, 9)])
def test_the_day_of_a_gmt_restatement_dates_a_bare_clock_time(published: date) -> None:
    """8 p.m. in Portland is 0400 GMT on Sunday: Saturday there, whether published on Saturday or Sunday."""
    local, gmt = find_times("from about 8 p.m. (0400 GMT Sunday)")
    assert gmt.is_equivalent and local.aside == gmt
    span = resolve_time(local, published, "America/Los_Angeles", minute("America/Los_Angeles", 2025, 3, 9, 1, 30))
    assert span is not None and span.start.isoformat() == "2025-03-08T20:00:00-08:00"
    east = resolve_time(find_times("at about 1 a.m. (1700 GMT Tuesday)")[0], date(2023, 6, 15), "Asia/Shanghai")
    assert east is not None and east.start.isoformat() == "2023-06-14T01:00:00+08:00"
    wrong = find_times("at 1 a.m. (1700 GMT Tuesday)")[0]  # not the same instant in Los Angeles: not its day
    assert resolve_time(wrong, date(2025, 3, 9), "America/Los_Angeles").start.date() == date(2025, 3, 9)


def test_a_part_of_the_day_before_its_day_is_one_span() -> None:
    span = resolve("Before dawn on Sunday", published=date(2023, 9, 4), tz="UTC",
                   previous=minute("UTC", 2023, 9, 2, 22, 15))  # not the dawn after the last event's day
    assert iso(span) == ("2023-09-03T00:00:00+00:00", "2023-09-03T06:00:00+00:00", "day")


def test_a_day_after_the_gmt_restatement_is_the_local_clock_times_day() -> None:
    local, gmt = find_times("fired tear gas at 2 p.m. (1900 GMT) on Thursday to clear the gate")
    assert gmt.is_equivalent and local.anchor is not None and local.anchor.text == "on Thursday"
    span = resolve_time(local, date(2023, 10, 27), "America/Panama")
    assert span is not None and span.start.isoformat() == "2023-10-26T14:00:00-05:00"


def test_about_an_hour_later_shifts_previous() -> None:
    previous = minute(ALMATY, 2022, 1, 6, 17, 30)
    span = resolve("about an hour later", previous=previous)
    assert iso(span) == ("2022-01-06T18:30:00+06:00", "2022-01-06T19:30:00+06:00", "hour")
    assert resolve_time(one("about an hour later"), D, ALMATY) is None


def test_again_marks_a_repeat() -> None:
    expr = one("and again about an hour later")
    assert expr.kind == "relative" and expr.repeat
    assert not one("about an hour later").repeat


def test_overnight_is_the_night_ending_on_publication() -> None:
    span = resolve("overnight")
    assert iso(span) == ("2022-01-05T18:00:00+06:00", "2022-01-06T06:00:00+06:00", "day")


def test_overnight_after_an_earlier_previous_day() -> None:
    previous = day_span(date(2022, 1, 3), ALMATY)
    assert resolve("overnight", previous=previous).start.isoformat() == "2022-01-03T18:00:00+06:00"


def test_in_recent_days() -> None:
    span = resolve("in recent days")
    assert iso(span) == ("2022-01-01T00:00:00+06:00", "2022-01-07T00:00:00+06:00", "week")


def test_said_thursday_is_a_report() -> None:
    expr = one("authorities said Thursday")
    assert expr.kind == "weekday" and expr.is_report


def test_almaty_offset_changed_in_2024() -> None:
    span = resolve("at around 5:30 p.m. local time", published=date(2024, 6, 1))
    assert span.start.isoformat() == "2024-06-01T17:30:00+05:00"


def test_offsets_are_absolute_with_a_window() -> None:
    text = "Intro sentence here. " + SEED
    start = text.index("The sound")
    found = find_times(text, start)
    assert [e.text for e in found] == [
        "on Wednesday", "at around 5:30 p.m. local time", "11:30 a.m. GMT", "again about an hour later"]
    for e in found:
        assert text[e.start:e.end] == e.text and e.start >= start
    assert [e.kind for e in found] == ["weekday", "clock", "clock", "relative"]
    end = text.index("(11:30")
    assert [e.text for e in find_times(text, start, end)] == ["on Wednesday", "at around 5:30 p.m. local time"]


def test_seed_sentence_sequence() -> None:
    times = [e for e in find_times(SEED) if not e.is_equivalent]
    previous = None
    spans = []
    for e in times[1:]:  # the caller decides "on Wednesday" belongs to the storming
        span = resolve_time(e, D, ALMATY, previous)
        assert span is not None
        spans.append(span)
        previous = span
    assert [s.start.isoformat() for s in spans] == ["2022-01-06T17:30:00+06:00", "2022-01-06T18:30:00+06:00"]


# --- other zones, DST -------------------------------------------------------------------

def test_kyiv_winter_and_summer_offsets() -> None:
    assert resolve("at about 5 a.m.", date(2022, 2, 24), "Europe/Kyiv").start.isoformat() == (
        "2022-02-24T05:00:00+02:00")
    assert resolve("at 5 a.m.", date(2022, 7, 1), "Europe/Kyiv").start.isoformat() == "2022-07-01T05:00:00+03:00"


def test_kolkata_half_hour_offset_from_gmt() -> None:
    span = resolve("at 10:00 GMT", date(2023, 3, 15), "Asia/Kolkata")
    assert span.start.isoformat() == "2023-03-15T15:30:00+05:30"
    assert resolve("1130 GMT", date(2023, 3, 15), "Asia/Kolkata").start.isoformat() == "2023-03-15T17:00:00+05:30"


def test_utc_time_keeps_the_local_date_east_of_greenwich() -> None:
    span = resolve("at 23:00 GMT", date(2022, 5, 10), "Asia/Tokyo")
    assert span.start.isoformat() == "2022-05-10T08:00:00+09:00"


def test_fixed_offset_and_named_zone() -> None:
    assert resolve("at 14:00 GMT+3", tz=ALMATY).start.isoformat() == "2022-01-06T17:00:00+06:00"
    assert resolve("at 9 a.m. EDT", date(2022, 7, 4), "Europe/London").start.isoformat() == (
        "2022-07-04T14:00:00+01:00")


def test_new_york_hour_later_across_spring_forward() -> None:
    tz = "America/New_York"
    previous = resolve("at 1:30 a.m.", date(2022, 3, 13), tz)
    assert previous.start.isoformat() == "2022-03-13T01:30:00-05:00"
    later = resolve("an hour later", date(2022, 3, 13), tz, previous)
    assert later.start.isoformat() == "2022-03-13T03:30:00-04:00"


def test_new_york_day_span_across_fall_back() -> None:
    span = day_span(date(2022, 11, 6), "America/New_York")
    assert span.start.isoformat() == "2022-11-06T00:00:00-04:00"
    assert span.end.isoformat() == "2022-11-07T00:00:00-05:00"
    assert span.end.astimezone(UTC) - span.start.astimezone(UTC) == timedelta(hours=25)
    assert span.precision == "day"


def test_unknown_zone_is_unresolved() -> None:
    assert resolve_time(one("on Wednesday"), D, "Mars/Olympus_Mons") is None


# --- clock times ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "hhmm", "precision"), [
    ("at 17:30", "17:30", "minute"),
    ("at 5 pm", "17:00", "minute"),
    ("10 a.m.", "10:00", "minute"),
    ("12 a.m.", "00:00", "minute"),
    ("noon", "12:00", "minute"),
    ("midnight", "00:00", "minute"),
    ("shortly after midnight", "00:00", "hour"),
    ("just before 9 p.m.", "20:30", "hour"),
    ("at 0600 hrs", "06:00", "minute"),
    ("at about 10 in the morning", "10:00", "minute"),
    ("at nine in the evening", "21:00", "minute"),
    ("at four o'clock in the afternoon", "16:00", "minute"),
    ("around 11 at night", "23:00", "minute"),
    ("at 2 at night", "02:00", "minute"),
])
def test_clock_forms(text: str, hhmm: str, precision: str) -> None:
    span = resolve(text)
    assert (span.start.strftime("%H:%M"), span.precision) == (hhmm, precision)
    assert one(text).kind == "clock"


def test_bare_clock_takes_previous_day() -> None:
    previous = resolve("on Wednesday")
    assert resolve("at 10 p.m.", previous=previous).start.isoformat() == "2022-01-05T22:00:00+06:00"
    week = resolve("in recent days")
    assert resolve("at 10 p.m.", previous=week).start.date() == D


def test_clock_merged_with_adjacent_day() -> None:
    expr = one("at 5 p.m. on Wednesday")
    assert expr.kind == "clock" and expr.text == "at 5 p.m. on Wednesday"
    span = resolve_time(expr, D, ALMATY)
    assert span is not None and span.start.isoformat() == "2022-01-05T17:00:00+06:00"
    assert resolve("yesterday at 3 p.m.").start.isoformat() == "2022-01-05T15:00:00+06:00"
    assert [e.kind for e in find_times("on Wednesday, at 5 p.m.")] == ["weekday", "clock"]


# --- weekdays and parts of days ---------------------------------------------------------

def test_late_and_early_narrow_the_day() -> None:
    assert iso(resolve("late on Thursday")) == ("2022-01-06T18:00:00+06:00", "2022-01-07T00:00:00+06:00", "day")
    assert iso(resolve("early Friday")) == ("2021-12-31T00:00:00+06:00", "2021-12-31T12:00:00+06:00", "day")
    assert iso(resolve("Wednesday night")) == ("2022-01-05T18:00:00+06:00", "2022-01-06T06:00:00+06:00", "day")
    assert resolve("in the early hours of Tuesday").end.isoformat() == "2022-01-04T06:00:00+06:00"


def test_day_references() -> None:
    assert resolve("today").start.date() == D
    assert resolve("yesterday").start.date() == date(2022, 1, 5)
    assert resolve("the day before yesterday").start.date() == date(2022, 1, 4)
    assert resolve("last night").start.isoformat() == "2022-01-05T18:00:00+06:00"
    assert resolve("this morning").start.isoformat() == "2022-01-06T05:00:00+06:00"
    assert one("tonight").kind == "day_ref"


def test_earlier_and_later_in_the_day_use_previous() -> None:
    previous = minute(ALMATY, 2022, 1, 4, 17, 30)
    earlier = resolve("earlier in the day", previous=previous)
    assert (earlier.start.isoformat(), earlier.end.isoformat()) == (
        "2022-01-04T00:00:00+06:00", "2022-01-04T17:30:00+06:00")
    later = resolve("later in the day", previous=previous)
    assert later.start.isoformat() == "2022-01-04T17:31:00+06:00"
    evening = resolve("by the evening", previous=previous)
    assert (evening.start.isoformat(), one("by the evening").kind) == ("2022-01-04T17:00:00+06:00", "part_of_day")


# --- relative ---------------------------------------------------------------------------

def test_relative_offsets() -> None:
    previous = minute(ALMATY, 2022, 1, 6, 17, 30)
    assert iso(resolve("two hours later", previous=previous))[::2] == ("2022-01-06T19:30:00+06:00", "hour")
    assert iso(resolve("30 minutes later", previous=previous))[::2] == ("2022-01-06T18:00:00+06:00", "minute")
    assert resolve("an hour earlier", previous=previous).start.hour == 16
    assert resolve("hours later", previous=previous).precision == "day"
    assert resolve("the next day", previous=previous).start.date() == date(2022, 1, 7)
    assert resolve("the following morning", previous=previous).start.isoformat() == "2022-01-07T05:00:00+06:00"
    assert resolve("a day later").start.date() == date(2022, 1, 7)  # relative to D without previous
    wednesday = resolve("on Wednesday")
    assert iso(resolve("an hour later", previous=wednesday)) == iso(wednesday)  # only the day is known
    assert resolve_time(one("an hour later"), D, ALMATY, resolve("in recent days")) is None


def test_ago_counts_from_publication() -> None:
    previous = minute(ALMATY, 2021, 12, 1, 9, 0)
    assert resolve("three days ago", previous=previous).start.date() == date(2022, 1, 3)
    assert resolve("a week ago").start.date() == date(2021, 12, 30)
    assert iso(resolve("two months ago"))[::2] == ("2021-11-01T00:00:00+06:00", "month")
    days = resolve("several days ago")
    assert (days.start.date(), days.end.date(), days.precision) == (date(2021, 12, 30), D, "week")


# --- ranges -----------------------------------------------------------------------------

def test_ranges_end_with_publication_day() -> None:
    assert iso(resolve("in recent weeks"))[::2] == ("2021-12-09T00:00:00+06:00", "month")
    assert iso(resolve("since Tuesday")) == ("2022-01-04T00:00:00+06:00", "2022-01-07T00:00:00+06:00", "week")
    assert iso(resolve("last week")) == ("2021-12-27T00:00:00+06:00", "2022-01-03T00:00:00+06:00", "week")
    assert resolve("earlier this week").start.isoformat() == "2022-01-03T00:00:00+06:00"
    assert resolve("in the past 24 hours").precision == "day"
    assert one("since Tuesday").kind == "recent"


# --- dates ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("January 5", date(2022, 1, 5)),
    ("5 January", date(2022, 1, 5)),
    ("Jan. 5, 2022", date(2022, 1, 5)),
    ("on 5 January 2022", date(2022, 1, 5)),
    ("2022-01-05", date(2022, 1, 5)),
    ("December 28", date(2021, 12, 28)),  # no year, and D's year would be in the future
    ("Feb. 1", date(2022, 2, 1)),  # within 30 days after D: D's year
    ("Wednesday, January 5", date(2022, 1, 5)),
])
def test_explicit_dates(text: str, expected: date) -> None:
    span = resolve(text)
    assert (span.start.date(), span.precision, one(text).kind) == (expected, "day", "date")


def test_month_names() -> None:
    assert iso(resolve("in March 2021"))[::2] == ("2021-03-01T00:00:00+06:00", "month")
    assert resolve("in December").start.date() == date(2021, 12, 1)
    assert iso(resolve("mid-December")) == ("2021-12-11T00:00:00+06:00", "2021-12-21T00:00:00+06:00", "week")
    assert resolve_time(one("February 30"), D, ALMATY) is None
    assert resolve("on the night of 4-5 January").start.isoformat() == "2022-01-04T18:00:00+06:00"


@pytest.mark.parametrize("text", [
    "Theresa May said the vote would go ahead.",
    "Thousands joined a protest march through the city.",
    "The March organisers met the mayor.",
    "The match ended 5-3 after extra time.",
    "Prices rose 3.5 percent to 12.45 million.",
    "the 2022 elections",
    "John 3:16",
    "Marchers carried flags on Mondays.",
    "The Sunday Times said the Good Friday agreement held.",
    "Soldiers of the 2nd battalion moved in.",
    "They met on the 5th floor of the ministry.",
    "the 19th century",
    "Fire broke out on the 3rd and 4th floors.",
])
def test_not_times(text: str) -> None:
    assert find_times(text) == []


# --- reports ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "report"), [
    ("the ministry said in a statement on Tuesday", True),
    ("a spokesman told reporters on Monday", True),
    ("police spokesperson Saltanat Azirbek told state news channel Khabar-24 on Monday", True),
    ("the agency reported Wednesday", True),
    ("the president announced late on Friday", True),
    ("a witness told police he saw the blast on Monday", False),
    ("protesters stormed the building on Monday", False),
])
def test_report_times(text: str, report: bool) -> None:
    assert one(text).is_report is report


def test_a_report_verb_in_the_sentence_before_does_not_make_a_report() -> None:
    text = 'one woman told the website by telephone. On the 2nd, a crowd had smashed the windows of a shop.'
    start = text.index("On the")
    assert [e.is_report for e in find_times(text, start)] == [False]
    assert [e.is_report for e in find_times(text)] == [True]  # read as one sentence, it is one


@pytest.mark.parametrize(("text", "published", "day"), [
    ("On the 2nd, a crowd had smashed the windows", date(2024, 8, 5), date(2024, 8, 2)),
    ("on the 28th, when police", date(2024, 8, 5), date(2024, 7, 28)),  # a day after publication: last month's
    ("on the 31st, x", date(2024, 3, 5), date(2024, 1, 31)),  # February has none
])
def test_ordinal_day_of_the_month(text: str, published: date, day: date) -> None:
    first = find_times(text)[0]
    assert first.kind == "date" and first.text.lower().startswith("on the")
    span = resolve_time(first, published, ALMATY)
    assert span is not None and (span.start.date(), span.precision) == (day, "day")


# --- robustness -------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["", " ", "12345678901234567890", "日本語のテキスト 5時", "\x00\n\t", ":::::",
                                  "a.m. p.m.", "on on on Monday Monday", "at 99:99 p.m."])
def test_odd_strings(text: str) -> None:
    for e in find_times(text):
        assert 0 <= e.start < e.end <= len(text)
    assert find_times(text, 5, 2) == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789:.apm APMon MondayJanuary-()GMT,\n")) | st.characters(),
               max_size=60),
       st.integers(-5, 70), st.integers(-5, 70) | st.none())
def test_find_times_never_raises_and_offsets_stay_inside(text: str, start: int, end: int | None) -> None:
    found = find_times(text, start, end)
    lo = max(0, start)
    hi = len(text) if end is None else min(end, len(text))
    for a, b in pairwise(found):
        assert a.end <= b.start
    for e in found:
        assert lo <= e.start < e.end <= hi and text[e.start:e.end] == e.text
        span = resolve_time(e, D, ALMATY, minute(ALMATY, 2022, 1, 6, 17, 30))
        assert span is None or (span.start <= span.end and span.precision in TIME_PRECISIONS)


@pytest.mark.parametrize("clock, previous_hour, expected_day", [
    ("at 02:30", 20, 6),  # "late on Wednesday ... at 02:30": the night goes on into Thursday
    ("shortly before 1 a.m.", 22, 6),
    ("at around 03:00", 9, 5),  # after a morning: the same day
    ("at 5:45 a.m.", 17, 5),  # after an afternoon: not a night that goes on
])
def test_a_small_hours_clock_time_after_an_evening_is_the_next_day(clock: str, previous_hour: int,
                                                                    expected_day: int) -> None:
    previous = minute(ALMATY, 2022, 1, 5, previous_hour, 0)
    assert resolve(clock, previous=previous).end.day == expected_day


@pytest.mark.parametrize("words, published, saturday", [
    ("last weekend", date(2024, 11, 16), 9),  # said on a Saturday: the weekend before
    ("last weekend", date(2024, 11, 17), 9),
    ("last weekend", date(2024, 11, 19), 16),  # said on a Tuesday: the one just gone
    ("over the weekend", date(2024, 11, 17), 16),
    ("over the weekend", date(2024, 11, 18), 16),
])
def test_last_weekend_said_at_a_weekend_is_the_one_before(words: str, published: date, saturday: int) -> None:
    span = resolve(words, published=published)
    assert (span.start.day, (span.end - span.start).days) == (saturday, 2)


def test_overnight_into_a_day_is_the_night_before_it() -> None:
    """"fought overnight into Sunday": from Saturday evening to Sunday morning."""
    assert iso(resolve("overnight into Wednesday")) == ("2022-01-04T18:00:00+06:00", "2022-01-05T06:00:00+06:00",
                                                        "day")


@pytest.mark.parametrize("clock, start", [
    ("shortly before midnight", "2022-01-04T23:30:00+06:00"),  # the end of Tuesday, whose night it was
    ("at 2 a.m.", "2022-01-05T02:00:00+06:00"),  # within the early hours told
])
def test_a_clock_time_after_a_night_is_the_nearest_one(clock: str, start: str) -> None:
    """After "Tuesday night", a clock time of no day of its own is the one nearest to it; after "the early hours of
    Wednesday", an evening clock time is that Wednesday's."""
    night = resolve("on Tuesday night")
    assert resolve(clock, previous=night).start.isoformat() == start
    early = resolve("in the early hours of Wednesday")
    assert resolve("at 11 p.m.", previous=early).start.isoformat() == "2022-01-05T23:00:00+06:00"


def test_press_release_times_hours_and_the_intervening_night() -> None:
    """Police press-release style: "at around 02:40 hours on January 5" is that clock time on that day; "during the
    intervening night of January 4 and 5" is the night of the 4th."""
    assert iso(resolve("at around 02:40 hours on January 5"))[0] == "2022-01-05T02:40:00+06:00"
    night = iso(resolve("during the intervening night of January 4 and 5,"))
    assert night[:2] == ("2022-01-04T18:00:00+06:00", "2022-01-05T06:00:00+06:00")
    assert [e.text for e in find_times("Rallies on January 3 and 14 people were held on January 6 and 7.")] == \
        ["on January 3", "on January 6 and 7"]  # ("and 14 people": a count, not a second day)


def test_military_hours_only_as_a_time_of_day() -> None:
    """"at about 1930 hours" is 7:30 p.m.; "1930 hours of community service" names no time."""
    from mapping.timeline import find_times

    found = find_times("The groups clashed at about 1930 hours on Sunday.")
    assert [t.kind for t in found] == ["clock"] and "1930 hours" in found[0].text, found
    assert find_times("He was sentenced to 1930 hours of community service.") == []


def test_a_clock_after_a_night_of_two_dates_is_the_morning_that_ends_it() -> None:
    """"on the night of 3-4 May, at about 02:40": the clock joins the night across the comma, on the 4th (and "on
    Tuesday night at 11 p.m." stays Tuesday's)."""
    text = "On the night of 3-4 May, at about 02:40, gunmen fired on a border patrol."
    clock = find_times(text, 0, len(text))[0]
    span = resolve_time(clock, date(2025, 5, 5), "Asia/Baku", None)
    assert span is not None and span.start.isoformat() == "2025-05-04T02:40:00+04:00"
    late = "Gunmen fired on a patrol on Tuesday night at 11 p.m."
    span = resolve_time(find_times(late, 0, len(late))[0], date(2025, 5, 8), "Asia/Baku", None)
    assert span is not None and span.start.isoformat() == "2025-05-06T23:00:00+04:00"
