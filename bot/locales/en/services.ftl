## Texts the services write: notifications, request cards, errors.

category-name = { $category ->
    [repairs] 🔧 Repairs
    [sanitation] 🧹 Sanitation
    [neighbours] 🔊 Noise and neighbours
    [security] 🛡 Security
    [paperwork] 📄 Paperwork done for you
    [elderly] 🧓 Help for elderly or disabled
    [other] 💬 Other
   *[custom] { $category_label }
}

status-name = { $status ->
    [new] New
    [taken] Taken
    [in_progress] In progress
    [waiting] Waiting for you
    [resolved] Resolved, waiting for your answer
    [closed] Closed
    [referred] Referred elsewhere
    [withdrawn] Withdrawn
   *[reopened] Reopened
}

staff-status-name = { $status ->
    [new] New, nobody has taken it
    [taken] Taken
    [in_progress] In progress
    [waiting] Waiting for the resident
    [resolved] Resolved, waiting for the resident to confirm
    [closed] Closed
    [referred] Referred elsewhere
    [withdrawn] Withdrawn by the resident
   *[reopened] Reopened by the resident
}

staff-card =
    { $overdue ->
        [yes] ⏰ OVERDUE · { $number } · { category-name }
       *[no] { $status ->
            [new] 🆕
           *[other] 📌
        } { $number } · { category-name }
    }
    Status: { staff-status-name }
    From: { $name }, building { $building }, unit { $unit }, phone { $phone }{ $proxy ->
        [yes] {""} (no Telegram: phone the resident)
       *[no] {""}
    }
    { $description }{ $voice ->
        [yes] {""} 🎤 voice message below
       *[no] {""}
    }{ $photos ->
        [0] {""}
       *[other] {""} 📷 { $photos } photo(s) below
    }
    Location: { $location }
    Owner: { $owner } · Working on it: { $handler }{ $metoo ->
        [0] {""}
        [one] {""} · 🙋 1 neighbour has the same problem
       *[other] {""} · 🙋 { $metoo } neighbours have the same problem
    }

staff-overdue =
    ⏰ No answer yet within the target time. Please take this request.
    { staff-card }

btn-take = ✋ Take
btn-reply = 💬 Reply
btn-ask = ❓ Ask resident
btn-note = 📝 Note
btn-handover = 🔁 Pass to a colleague
btn-close = ✅ Close
btn-answer = 💬 Answer
btn-solved-yes = 👍 Yes, solved
btn-solved-no = 👎 No, not yet

request-taken = Your request { $number } is being handled by { $staff }. They will keep you posted.
request-staff-reply =
    💬 { $staff } about { $number }:
    { $text }
request-question =
    ❓ { $staff } needs something from you about { $number }:
    { $text }
request-resolved =
    ✅ Your request { $number } has been resolved:
    { $text }

    Is it solved for you? If you do not answer within { $days } days, we will close it.
request-referred =
    ℹ️ Your request { $number } is not something the community office can handle.
    Who is responsible: { $who }
    How to reach them: { $contact }
request-autoclosed = Your request { $number } was closed after 7 days without an answer. Thank you!

staff-joined = 👥 { $name } is now a staff member.
staff-removed-you = You are no longer a staff member of the community office.
staff-resident-reply =
    💬 { $name } about { $number }:
    { $text }
staff-withdrawn = ↩️ { $name } withdrew request { $number }.
staff-reopened = 🔁 { $name } says request { $number } is NOT solved. It is open again.
staff-rated = ⭐ { $number } was rated { $stars } of 5.
staff-handed-to-you =
    🔁 { $staff } passed this request to you. They stay accountable and will see your steps.
    { staff-card }
staff-fyi-reply = ℹ️ { $staff } answered the resident on { $number }: { $text }
staff-fyi-note = 📝 { $staff } noted on { $number }: { $text }
staff-fyi-handover = ℹ️ { $staff } passed { $number } to { $to }.
staff-fyi-resolved = ✅ { $staff } resolved { $number }: { $text }
staff-fyi-referred = ℹ️ { $staff } referred { $number } to { $who }.
staff-error-alert = ⚠️ Something went wrong while handling a message from { $who }. It is in the log ({ $error }).

error-generic = Sorry, that did not work. Please try again.
error-not-allowed = Sorry, only staff can do that.
error-not-found = Sorry, I cannot find that any more.
error-not-registered = Please register first: press /start.
error-conflict = This has changed in the meantime. Please look again.
error-already-taken = { $number } is already being handled by { $owner }.
error-already-yours = { $number } is already yours.
error-invalid = Sorry, I cannot use that.
error-name-length = Please give a name of 1 to { $max } characters.
error-unit-length = Please give a unit of 1 to { $max } characters, for example 2-301.
error-unknown-building = Please choose one of the buildings on the buttons.
error-invite-invalid = This invitation link has been used or has expired. Please ask for a new one.
error-label-length = Please use 1 to { $max } characters.
error-building-exists = That building is already on the list.
error-category-exists = That category already exists.
error-hours-range = Please give a number of hours from 1 to { $max }.
error-text-empty = Please write a few words.
error-text-long = That is too long: please keep it under { $max } characters.
error-unknown-category = Please choose one of the categories on the buttons.
error-request-closed = { $number } is already closed.
error-not-awaiting-answer = { $number } is not waiting for your answer.
error-already-rated = You have already rated this request. Thank you!
error-not-owner = This request belongs to { $owner }. Ask them to pass it to you.
error-not-staff = Please choose a staff member.
error-referral-incomplete = Please say who is responsible and how to reach them.
error-proxy-incomplete = Please give the resident's name and phone number.
