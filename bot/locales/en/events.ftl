## Events and sign-ups: residents, staff, reminders, files, errors.

event-when = { $date } ({ $weekday ->
        [0] Mon
        [1] Tue
        [2] Wed
        [3] Thu
        [4] Fri
        [5] Sat
       *[6] Sun
    }) { $start }–{ $end }

## Messages the bot sends later (outbox).

event-announce =
    📣 New event: { $title }
    🕒 { event-when }
    📍 { $place }
    { $capacity ->
        [none] 👥 No limit on places
        [one] 👥 1 place
       *[other] 👥 { $capacity } places
    } · ✍️ Sign up until { $deadline }
    Press the button to see more and sign up.
event-offer =
    🎉 A place is free for you at { $title } ({ event-when })!
    It is kept for you until { $until } ({ $places ->
        [one] 1 place
       *[other] { $places } places
    }). Press "✅ Accept the place" to take it, or "✖️ No, thanks" to let the next person have it.
event-offer-expired = ⌛ The place offered to you at { $title } ({ event-when }) was not taken in time, so it went to the next person. You are no longer on the waiting list.
event-reminder =
    ⏰ Reminder: { $title }
    🕒 { event-when }
    📍 { $place }
    Your check-in code: { $code } ({ $places ->
        [one] 1 place
       *[other] { $places } places
    }). Show it at the door.
event-moved =
    🕒 { $title } has moved. It was on { $old_date } at { $old_start }.
    New time: { event-when }
    📍 { $place }
event-place-changed =
    📍 { $title } ({ event-when }) has a new place: { $place } (it was { $old_place }).
event-cancelled = ❌ { $title } ({ event-when }) has been cancelled. We are sorry.

## Residents.

btn-event-open = 📅 Open
btn-event-sign-up = ✍️ Sign up
btn-event-join-line = ⏳ Join the waiting list
btn-event-closed = 🔒 Sign-up closed
btn-event-accept = ✅ Accept the place
btn-event-decline = ✖️ No, thanks
btn-event-cancel-place = ✖️ Cancel my place
btn-event-leave-line = 🚪 Leave the waiting list
btn-event-calendar = 📅 Add to calendar
btn-event-qr = 🔳 My check-in QR code
btn-event-manage = ⚙️ Manage
btn-event-places =
    { $places ->
        [one] 1 place
       *[other] { $places } places
    }

events-title = 📅 Upcoming events. Press one to see it and sign up:
events-empty = There are no upcoming events at the moment. We will tell you when there are.
event-line = { $title } · { $date } { $start }{ $state ->
        [confirmed] {" "}· ✅
        [waiting] {" "}· ⏳
        [offered] {" "}· 🎉
        [full] {" "}· full
       *[other] {""}
    }
my-events-title = 🎟 Your events. Press one to see it:
my-events-empty = You have not signed up for anything yet. Press "📅 Events" to see what is on.
event-card =
    📅 { $title }
    🕒 { event-when }
    📍 { $place }
    { $description }
    { $capacity ->
        [none] 👥 No limit on places
       *[other] 👥 Places left: { $left } of { $capacity }{ $waiting ->
            [0] {""}
           *[other] {" "}· { $waiting } waiting
        }
    }
    ✍️ { $open ->
        [yes] Sign up until { $deadline }
       *[no] Sign-up closed on { $deadline }
    }{ $per_person ->
        [1] {""}
       *[other] {" "}· up to { $per_person } places each
    }
event-card-mine =
    { $status ->
        [confirmed] ✅ You have { $places ->
            [one] 1 place
           *[other] { $places } places
        }. Your check-in code: { $code }
        [offered] 🎉 A place is offered to you until { $until }.
       *[waiting] ⏳ You are number { $position } on the waiting list.
    }
event-ask-places = How many places do you need? (Up to { $max }, for you and your family.)
event-signed-up =
    ✅ You are signed up for { $title }: { $places ->
        [one] 1 place
       *[other] { $places } places
    }.
    🕒 { event-when }
    📍 { $place }
    Your check-in code is { $code }. Show it (or its QR code) at the door. We will remind you before it starts.
event-waiting =
    ⏳ { $title } is full, so you are on the waiting list: number { $position }.
    If a place frees up, we will offer it to you here, with { $hours } hours to accept.
event-cancelled-place = Your place at { $title } is cancelled. Thank you for letting us know: it goes to the next person.
event-left-line = You have left the waiting list for { $title }.
event-declined = You have said no to the place at { $title }. Thank you: it goes to the next person.
event-closed-alert = Sign-up for this event closed on { $deadline }.
event-qr-caption = 🔳 Your check-in code for { $title }: { $code }. Show this at the door.
event-ics-caption = 📅 Open this file to add { $title } to your calendar.
event-ics-alarm = { $title } starts soon.
event-not-registered = Please register first (it takes a minute), then press Sign up again.
event-alert-place = ✅ You have { $places ->
        [one] a place
       *[other] { $places } places
    } at { $title }. Your check-in code: { $code }. The details follow in the chat.
event-alert-waiting = ⏳ { $title } is full: you are number { $position } on the waiting list. We will offer you a place here if one frees up.
event-ask-cancel-mine = { $status ->
        [confirmed] Cancel your place at { $title }? It will go to the next person.
        [offered] Say no to the place offered at { $title }? It will go to the next person.
       *[waiting] Leave the waiting list for { $title }?
    }
btn-event-cancel-mine-yes = Yes
btn-event-cancel-mine-no = No, keep it

## Staff.

btn-event-roster = 👥 Who is coming
btn-event-export = 📊 Spreadsheet
btn-event-checkin = ✅ Check in at the door
btn-event-poster = 🖼 Poster QR
btn-event-move = 🕒 Change time
btn-event-place = 📍 Change place
btn-event-capacity = 🔢 Change places
btn-event-cancel = ❌ Cancel event
btn-event-cancel-yes = ❌ Yes, cancel it
btn-event-cancel-no = Keep it
btn-event-publish = 📣 Publish
btn-event-unlimited = No limit
btn-event-until-start = Until it starts
btn-event-everyone = Everyone
btn-event-some-buildings = Some buildings
btn-event-volunteers = Volunteers
btn-event-default-reminders = 24 h and 2 h before
btn-event-no-reminders = No reminders

event-staff-card =
    ⚙️ { $title }
    🕒 { event-when }
    📍 { $place }
    👥 Coming: { $confirmed } ({ $capacity ->
        [none] no limit
        [one] 1 place
       *[other] { $capacity } places
    }) · offered: { $offered } · waiting: { $waiting }
    ✅ Checked in: { $attended } of { $coming }
    { $status ->
        [cancelled] ❌ Cancelled
       *[other] ✍️ Sign-up until { $deadline }
    }
event-roster-title = 👥 { $title } ({ $date }): { $confirmed } coming, { $waiting } waiting
event-roster-coming = Coming:
event-roster-offered = Offered a place:
event-roster-waiting = Waiting, in order:
event-roster-line = { $number }. { $name } · 🏠 { $building } / { $unit } · 📞 { $phone } · 👥 { $places } · 🔑 { $code }{ $checked ->
        [yes] {" "}✅
       *[no] {""}
    }
event-roster-none = (nobody)
event-export-caption = 📊 Sign-ups for { $title }
event-poster-caption = 🖼 Poster QR for { $title }. Scanning it opens the event in the bot: { $link }
event-ask-checkin = ✅ Check-in for { $title }. Type each code as people arrive (or scan their QR). Press "✖️ Cancel" when done.
event-checked-in = ✅ { $name } is checked in ({ $places ->
        [one] 1 place
       *[other] { $places } places
    }) for { $title }. { $attended } of { $coming } have arrived.
event-checked-in-already = ☑️ { $name } was already checked in for { $title }.
checkin-usage = Type /checkin followed by the code, e.g. /checkin K7MX4Q, or open an event and press "✅ Check in at the door".
event-ask-move = 🕒 When does { $title } start now? (It starts { event-when }.) For example "June 1 14:00" or "6月1日下午2点".
event-ask-place = 📍 Where is { $title } now? (Now: { $place })
event-ask-capacity = 🔢 How many places for { $title } now? ({ $taken } are taken.) Type a number, or press "No limit".
event-changed = ✅ Saved. Everyone signed up has been told.
event-capacity-changed = ✅ Saved. Freed places go to the waiting list.
event-ask-cancel = Cancel { $title } ({ event-when })? Everyone signed up will be told.
event-cancel-done = ❌ { $title } is cancelled; { $told } people were told.
event-cancel-kept = { $title } stays on.

## Staff: the new-event form.

newevent-ask-title = 📅 New event. What is it called? (e.g. "Free clinic" / "义诊")
newevent-ask-description = A few words about it (what to bring, who it is for). Or press "Skip".
newevent-ask-start = 🕒 When does it start? For example "June 1 14:00", "tomorrow 3pm", "6月1日下午2点", "下周六上午9点".
newevent-ask-end = Starts { $start }. When does it end? (A time like "16:00" or "下午4点" is enough.)
newevent-ask-place = 📍 Where is it?
newevent-ask-capacity = 👥 How many places? Type a number, or press "No limit".
newevent-ask-deadline = ✍️ Until when can people sign up? Type a time, or press "Until it starts".
newevent-ask-audience = Who may sign up?
newevent-ask-buildings = Press each building that may sign up, then "✅ Done". Chosen: { $chosen }
newevent-ask-per-person = How many places may one resident take (e.g. 2 with a family member)?
newevent-ask-reminders = ⏰ When should people be reminded? Press a button, or type hours before the start, e.g. "48, 3".
newevent-ask-photo = 🖼 Send a photo or poster for it, or press "Skip".
newevent-preview =
    Please check the event:
    📅 { $title }
    🕒 { event-when }
    📍 { $place }
    { $description }
    👥 { $capacity ->
        [none] No limit on places
        [one] 1 place
       *[other] { $capacity } places
    } · up to { $per_person } each
    ✍️ Sign up until { $deadline }
    🙋 { $audience ->
        [buildings] Buildings: { $buildings }
        [volunteers] Volunteers
       *[all] Everyone
    }
    ⏰ Reminders: { $reminders }
    Press "📣 Publish" to publish it and tell { $audience ->
        [buildings] the residents of those buildings
        [volunteers] the volunteers
       *[all] all residents
    }.
newevent-reminders-none = none
newevent-published = 📣 Published! { $told } people are being told.
newevent-manage = ⚙️ Manage { $title } here, or later from "📅 Events":
newevent-form-closed = This form is closed. Use /newevent to start again.

## Spreadsheet.

xlsx-sheet = Sign-ups
xlsx-col-number = No.
xlsx-col-status = Status
xlsx-col-name = Name
xlsx-col-building = Building
xlsx-col-unit = Unit
xlsx-col-phone = Phone
xlsx-col-places = Places
xlsx-col-code = Code
xlsx-col-signed-up = Signed up
xlsx-col-checked-in = Checked in
event-signup-status = { $status ->
        [confirmed] Coming
        [offered] Offered
        [waiting] Waiting
       *[other] { $status }
    }

## Errors.

error-event-not-found = Sorry, I cannot find that event.
error-event-cancelled = { $title } has been cancelled.
error-signup-closed = Sign-up for this event closed on { $deadline }.
error-event-not-for-you = Sorry, this event is for a particular group of residents.
error-event-places = Please choose from 1 to { $max } places.
error-event-not-signed = You are not signed up for { $title }.
error-event-started = { $title } has already started.
error-offer-gone = The offer for { $title } is no longer open.
error-event-date = Sorry, I could not read that time. Please try like "June 1 14:00" or "6月1日下午2点".
error-event-date-past = That time has passed. Please give a time after { $after }.
error-event-end = The end must be after the start ({ $start }).
error-event-deadline = Sign-up must close before the event starts ({ $start }) and after now.
error-number-range = Please type a number from { $low } to { $high }.
error-event-no-buildings = Please choose at least one building.
error-event-reminders = Please give up to 5 numbers of hours, each from 1 to { $max }, e.g. "24, 2".
error-capacity-below = { $taken } places are already taken: please give at least that many.
error-code-unknown = No confirmed sign-up has the code { $code }. Please check it.
error-code-other-event = That code is for another event: { $title }.
