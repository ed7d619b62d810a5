# Changing or cancelling a task after it was published.
btn-task-change-time = 🕒 Change the time
btn-task-change-place = 📍 Change the place
btn-task-change-needed = 👥 Change the places
btn-task-change-points = ❤️ Change the points
btn-task-cancel = ✖️ Cancel the task
btn-task-cancel-sure = ✖️ Yes, cancel it
task-ask-starts_at = { $who }, when does { $title } start now? For example "Saturday 9:00". It keeps its length.
task-ask-place = { $who }, where is { $title } now?
task-ask-needed = { $who }, how many volunteers does { $title } need now?
task-ask-points = { $who }, how many points does { $title } earn now?
task-number-needed = Please type a number, for example 4.
error-task-needed-taken = { $taken } { $taken ->
    [one] volunteer already holds a place
   *[other] volunteers already hold a place
}: type at least { $taken } (and at least 1).
error-task-was-cancelled = { $title } was cancelled.
error-task-over = { $title } is over: it can no longer be changed.
task-changed-staff = ✅ { $title } changed; { $told } { $told ->
    [one] volunteer was told
   *[other] volunteers were told
}.
task-cancel-ask = Cancel { $title }? { $taken } { $taken ->
    [one] volunteer holds a place and will be told
   *[other] volunteers hold a place and will be told
}.
task-cancelled-staff = ✖️ { $title } is cancelled; { $told } { $told ->
    [one] volunteer was told
   *[other] volunteers were told
}.
task-changed = 🔔 { $title } has changed ({ $what ->
    [starts_at] new time
    [place] new place
    [needed] new number of places
   *[points] new points
}): 🕒 { $start }–{ $end } · 📍 { $place } · ❤️ { $points } points. Your place is kept.
task-cancelled = ✖️ { $title } ({ $start }, { $place }) is cancelled. Thank you for offering your time.
