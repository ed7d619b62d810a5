"""The summary card: a Summary as one short text in a staff member's language."""

from __future__ import annotations

from bot import i18n
from bot.models.stats import Summary


def hours(lang: str, value: float | None) -> str:
    """Return a duration in hours as people read it (1 decimal), or a dash when unknown."""
    if value is None:
        return i18n.t(lang, "stats-unknown")
    return i18n.t(lang, "stats-hours", hours=f"{value:.1f}")


def days(lang: str, value: float | None) -> str:
    """Return a duration in days (1 decimal), or a dash when unknown."""
    if value is None:
        return i18n.t(lang, "stats-unknown")
    return i18n.t(lang, "stats-days", days=f"{value:.1f}")


def share(lang: str, value: float | None) -> str:
    """Return a share as a whole percentage, or a dash when unknown."""
    return i18n.t(lang, "stats-unknown") if value is None else f"{100 * value:.0f}%"


def card(summary: Summary, lang: str, scope: str, period: str) -> str:
    """Return the summary card of a period and scope."""
    r, p, n, e = summary.requests, summary.residents, summary.notices, summary.events
    v, w = summary.volunteers, summary.wishes
    languages = ", ".join(
        i18n.t(lang, "stats-language", code=code or "none", count=count)
        for code, count in p.languages.items()
    )
    text = i18n.t(
        lang,
        "stats-card",
        scope=scope,
        period=period,
        filed=r.filed,
        answered=r.answered,
        resolved=r.resolved,
        referred=r.referred,
        open=r.open,
        response_median=hours(lang, r.response.median_hours),
        response_p90=hours(lang, r.response.p90_hours),
        within=share(lang, r.response.within_target),
        resolution_median=hours(lang, r.resolution.median_hours),
        resolution_p90=hours(lang, r.resolution.p90_hours),
        overdue=share(lang, r.overdue_share),
        reopened=share(lang, r.reopened_share),
        rating=i18n.t(lang, "stats-unknown") if r.rating is None else f"{r.rating:.1f}",
        registered=p.registered,
        joined=p.joined,
        reachable=share(lang, p.reachable_share),
        languages=languages or i18n.t(lang, "stats-unknown"),
        notices=n.sent,
        recipients=n.recipients,
        delivered=n.delivered,
        unreachable=n.unreachable,
        replies=n.replies,
        held=e.held,
        taken=e.places_taken,
        offered=e.places_offered,
        came=e.checked_in,
        signed=e.signed_up,
        waiting=e.waiting,
        active=v.active,
        approved=v.approved,
        hours=f"{v.hours:.1f}",
        points=v.points_earned,
        filled=v.slots_filled,
        needed=v.slots_needed,
        no_shows=v.no_shows,
        rewards=v.rewards_redeemed,
        spent=v.points_spent,
        wishes=w.raised,
        fulfilled=w.fulfilled,
        wish_days=days(lang, w.median_days),
    )
    if summary.topics is not None:
        t = summary.topics
        text += "\n" + i18n.t(
            lang,
            "stats-card-topics",
            raised=t.raised,
            accepted=t.accepted,
            declined=t.declined,
            supports=t.supports,
        )
    return text
