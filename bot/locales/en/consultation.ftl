## Consultation (协商议事): topics for the monthly council.

topic-status = { $status ->
        [review] ⏳ Waiting for review
        [accepted] 📋 Accepted for the council's agenda
        [declined] ❌ Not for the council
        [merged] 🔗 Merged into another topic
        [on_agenda] 🗓 On the agenda of the next council
        [postponed] ⏭ Postponed to the next council
        [decided] ✅ Agreed by the council: being carried out
        [closed] 🏁 Closed
       *[withdrawn] 🚪 Withdrawn
    }
topic-status-changed =
    🗳 Topic { $number }: { topic-status }{ $reason ->
        [none] {""}
       *[other] {""}
            Reason: { $reason }
    }
btn-topic-accept = ✅ Accept for the agenda
btn-topic-decline = ❌ Not for the council
error-topic-not-found = That topic cannot be found.
error-topic-closed = Topic { $number } is no longer open.
error-topic-reviewed = Topic { $number } has been reviewed already.
error-topic-own = This is your own topic: you back it already.
error-topic-comment-supporters = Only people who back the topic may comment on it: press "Me too" first.
error-topic-building = You can raise a topic for your own building or for the whole community.
topic-board-empty = No open topics for the council right now.
topic-board-title = 🗳 Open topics for the council. Press one to back it with "Me too".
topic-board-line = { $number } · 👥 { $supporters }{ $mine ->
        [yes] {" "}✔
       *[no] {""}
    }
topic-card =
    🗳 Topic { $number }
    { $text }
    { topic-status }
    👥 { $supporters } { $supporters ->
        [one] supporter
       *[other] supporters
    }
btn-topic-me-too = 🙋 Me too
btn-topic-take-back = ↩️ Take my Me too back
topic-supported = Counted: { $supporters } now back this topic.
topic-supported-already = You back this topic already ({ $supporters } in all).
topic-taken-back = Taken back: { $supporters } back this topic now.
topic-accepted = Topic { $number } is accepted for the agenda.
cmd-topics = Topics for the community council: back them with Me too
topic-council-on = 🗓 Council: { $when }
