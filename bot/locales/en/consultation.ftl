## Consultation (协商议事): topics for the monthly council.

topic-status = { $status ->
        [review] ⏳ Waiting for review
        [accepted] 📋 Accepted for the council's agenda
        [declined] ❌ Not for the council
        [merged] 🔗 Merged into another topic
       *[withdrawn] 🚪 Withdrawn
    }
topic-staff-review =
    🗳 New topic { $number } for the council
    { $text }
    Where: { $building ->
        [all] the whole community
       *[other] building { $building }
    }
    Raised by { $name } { $unit }
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
