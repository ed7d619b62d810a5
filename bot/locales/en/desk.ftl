## The staff desk: card buttons, answers, hand-over, closing, the queue, requests filed for residents.

desk-you-own = ✋ You own { $number } now. The resident has been told.
desk-prompt-reply = { $who }, please write your answer to the resident about { $number }. (Reply to this message; /cancel to stop.)
desk-prompt-ask = { $who }, what do you need to ask the resident about { $number }? It waits for their answer. (Reply to this message; /cancel to stop.)
desk-prompt-note = { $who }, please write an internal note on { $number }. The resident never sees it. (Reply to this message; /cancel to stop.)
desk-prompt-resolve = { $who }, what was done about { $number }? The resident will be asked whether it is solved. (Reply to this message; /cancel to stop.)
desk-prompt-refer-who = { $who }, who is responsible for { $number }? For example the property management company or the district office. (Reply to this message; /cancel to stop.)
desk-prompt-refer-how = { $who }, how can the resident reach them? A phone number, an address or opening hours. (Reply to this message; /cancel to stop.)
desk-done-reply = ✅ Your answer on { $number } was sent to the resident.
desk-done-ask = ✅ Your question on { $number } was sent. The request waits for the resident's answer.
desk-done-note = 📝 Note added to { $number }.
desk-done-resolve = ✅ { $number } is marked resolved. The resident is asked whether it is solved.
desk-done-refer = ℹ️ { $number } is referred to { $who }. The resident has been told how to reach them.
desk-close-menu = How should { $number } be closed?
desk-handover-menu = Who should work on { $number }? You stay accountable.
desk-handover-nobody = There is no other staff member to pass { $number } to yet.
desk-handed = 🔁 { $number } is now with { $name }. You stay the owner and will see every step.
btn-resolve = ✅ Resolved: ask the resident
btn-refer = ↪️ Not ours: refer
btn-card-back = ⬅️ Back

desk-queue-title = 📥 { $filter ->
    [mine] My open requests
    [untaken] Requests nobody has taken
    [overdue] Overdue requests
   *[all] All open requests
}: { $count }. Overdue ones (⏰) come first; press one to open it.
desk-queue-empty = 📥 { $filter ->
    [mine] You have no open requests.
    [untaken] Every request has an owner.
    [overdue] Nothing is overdue. Well done!
   *[all] There are no open requests.
}
desk-queue-page = Page { $page } of { $pages }: { $first }–{ $last }.
desk-queue-line = { $overdue ->
    [yes] ⏰ {""}
   *[no] {""}
}{ $number } · { category-name } · { staff-status-name } · { $owner }
btn-q-all = All
btn-q-mine = Mine
btn-q-untaken = Untaken
btn-q-overdue = ⏰ Overdue
btn-q-previous = ◀️ Previous
btn-q-next = Next ▶️

desk-timeline-title = History (🔒 = internal, the resident does not see it):
desk-timeline-line = { $internal ->
    [yes] 🔒 {""}
   *[no] {""}
}{ $time } · { $kind ->
    [created] 📝 { $who } sent the request
    [taken] ✋ { $who } took it
    [staff_reply] 💬 { $who }: { $text }
    [resident_reply] 🗣 { $who }: { $text }
    [note] 📝 { $who } noted: { $text }
    [handover] 🔁 { $who } passed it to { $text }
    [resolved] ✅ { $who }: { $text }
    [status] ℹ️ { $who }: { staff-status-name }
    [rating] ⭐ Rated { $text } of 5
   *[escalated] ⏰ No answer in time: the staff and admins were alerted
}

desk-proxy-ask-name = ☎️ A request for a resident without Telegram. What is the resident's name?
desk-proxy-ask-building = Which building does the resident live in?
desk-proxy-ask-building-free = Which building does the resident live in? (Type its name or number.)
desk-proxy-ask-unit = Which unit or flat? For example 2-301.
desk-proxy-ask-phone = What is the resident's phone number? You will phone them with the answer.
desk-proxy-phone-invalid = Please type a phone number with digits, for example 138 0000 0000.
desk-proxy-ask-category = What is it about? Please choose below.
desk-proxy-use-buttons = Please choose what it is about with the buttons above.
desk-proxy-category-chosen = ☎️ Request for a resident: { category-name }
desk-proxy-ask-description = What does the resident need? Please write it in a few words.
desk-proxy-summary =
    Please check the request for the resident:
    { $name }, building { $building }, unit { $unit }, phone { $phone }
    { category-name }
    { $description }
    Press "✅ Confirm" to file it. You will be its owner.
desk-proxy-filed = ✅ Filed as { $number } for { $name }. You own it: please phone { $phone } with the answer.
desk-proxy-already = ✅ This request was already filed as { $number }.
desk-proxy-closed = This form is closed. Press "☎️ Request for a resident" to start again.
