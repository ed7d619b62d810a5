"""The demo's consultation: topics in several states and the next council with its agenda,
seeded once."""

from __future__ import annotations

from collections import Counter

from bot.models.topics import TopicStatus
from sandbox.web import cast, demo_council
from sandbox.web import demo as seeding
from sandbox.web.runner import Sandbox


async def _statuses(sandbox: Sandbox) -> Counter[TopicStatus]:
    found: Counter[TopicStatus] = Counter()
    for member in (*seeding.RESIDENTS, cast.LIU_YANG):
        for topic in await sandbox.services.topics.mine(member.tg_id):
            found[topic.status] += 1
    return found


async def test_the_demo_has_topics_in_several_states_and_a_council_with_its_agenda(
    demo: Sandbox,
) -> None:
    assert await _statuses(demo) == Counter(
        {TopicStatus.ON_AGENDA: 2, TopicStatus.REVIEW: 1, TopicStatus.DECLINED: 1}
    )
    view = await demo.services.council.view(cast.STAFF.tg_id)
    assert view is not None and view.council.repeat is not None
    assert view.council.place == demo_council.PLACE
    assert [i.supporters for i in view.agenda] == [3, 1]
    kinds = {m.person.name: m.kind for m in view.members}
    assert kinds[demo_council.REPRESENTATIVE.full_name] == "rep"


async def test_seeding_the_consultation_again_adds_nothing(demo: Sandbox) -> None:
    before = await _statuses(demo)
    view = await demo.services.council.view(cast.STAFF.tg_id)
    await seeding.seed(demo.services, demo.sim)
    assert await _statuses(demo) == before
    again = await demo.services.council.view(cast.STAFF.tg_id)
    assert view is not None and again is not None
    assert again.council == view.council and len(again.agenda) == 2
