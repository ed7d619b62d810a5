## Broadcast notices: composing, progress and reports for staff; replies and mutes for residents.

cmd-broadcast = Send a notice to residents
cmd-broadcasts = Recent and scheduled notices
cmd-quiethours = When normal notices wait until morning
menu-broadcast = 📢 Send a notice
menu-broadcasts = 🗞 Notices

## What residents receive.

notice-message =
    { $kind ->
        [urgent] 🚨 Urgent notice from the community
        [activity] 📢 Community notice · Activity
        [policy] 📢 Community notice · Policy
        [greeting] 📢 Community notice · Greetings
       *[other] 📢 Community notice · Service
    }

    { $text }
btn-notice-reply = ↩️ Reply
btn-notice-mute-service = 🔕 No more service notices
btn-notice-mute-activity = 🔕 No more activity notices
btn-notice-mute-policy = 🔕 No more policy notices
btn-notice-mute-greeting = 🔕 No more greetings
btn-notice-unmute = 🔔 Undo
notice-ask-reply = ↩️ Write your reply to the notice "{ $notice }". Staff will read it.
notice-reply-sent = ✅ Thank you, your reply was passed to the staff.
notice-muted = 🔕 Done: you will get no more { $kind ->
        [activity] activity notices
        [policy] policy notices
        [greeting] greetings
       *[other] service notices
    }. Urgent notices always arrive.
notice-unmuted = 🔔 You will get these notices again.
notice-answer =
    💬 { $name } (community staff) answered your reply to "{ $notice }":
    { $text }
    You can reply to this message to answer.
notice-reply-staff =
    ↩️ Reply to the notice "{ $notice }"
    From { $name } (building { $building }, { $unit }):
    { $text }
    Reply to this message to answer them.
notice-answer-sent = ✅ Sent to { $name }.
notice-preview-only = This is the preview: the buttons work on the real notice.

## Composing (/broadcast).

broadcast-ask-content = 📢 Write the notice. You may also send a photo or a document with the text as its caption.
broadcast-need-content = Please send the notice as text, or a photo or document with a caption.
broadcast-need-caption = Please add the notice's text as the caption of the photo or document.
broadcast-ask-kind = What kind of notice is it? Urgent notices go at once, even at night, and cannot be muted.
btn-notice-kind-urgent = 🚨 Urgent
btn-notice-kind-service = 🛠 Service
btn-notice-kind-activity = 🎈 Activity
btn-notice-kind-policy = 📜 Policy
btn-notice-kind-greeting = 🎉 Greetings
broadcast-ask-audience = Who should get it?
btn-notice-to-everyone = 🏘 Everyone
btn-notice-to-buildings = 🏠 Some buildings or grids
btn-notice-to-volunteers = 🙋 Volunteers
btn-notice-to-staff = 🧑‍💼 Staff
btn-notice-to-event = 📅 People signed up for an event
btn-notice-to-language = 🌐 Residents of one language
broadcast-ask-buildings = Choose buildings or grids one by one, then press Done. Chosen: { $chosen }
broadcast-grid = Grid { $grid }
broadcast-ask-event = Which event's sign-ups?
broadcast-no-events = There are no upcoming events. Choose another audience.
broadcast-ask-language = Residents of which language?
btn-language-en = English
btn-language-zh-hans = 简体中文
btn-language-zh-hant = 繁體中文
broadcast-preview-count =
    👆 This is the notice as residents will see it.
    It will reach { $count ->
        [one] 1 person
       *[other] { $count } people
    }.{ $quiet ->
        [yes] { " " }Quiet hours now: it waits until { $until }.
       *[no] {""}
    }
btn-notice-send = 📤 Send now
btn-notice-send-at = 📤 Send at { $time }
btn-notice-schedule = 🕒 Schedule
broadcast-ask-when = When should it go? For example "tomorrow 9:00", "明天上午9点", "2026-12-05 14:00", or for a repeating notice "first Friday of every month at 9:00", "每周一上午9点".
broadcast-scheduled = 🕒 Scheduled for { $when }. See it in /broadcasts.
broadcast-recurring = 🔁 Set up: { $rule }; first on { $when }. Stop it in /broadcasts.
broadcast-form-closed = This notice form is closed. Start again with /broadcast.
error-notice-no-targets = Please choose who gets the notice first.
error-notice-when = Sorry, I could not read that time. Try "tomorrow 9:00" or "明天上午9点".
error-notice-over = This notice has already finished.
error-notice-urgent-mute = Urgent notices cannot be muted.
error-notice-unreachable = { $name } has blocked the bot; please reach them another way.
error-quiet-hours = Please write the quiet hours like "22:00-07:00" ("0-0" turns them off).

## Progress, reports and the list.

broadcast-progress =
    📤 Sending "{ $notice }"
    ✅ Sent: { $sent } of { $total }
    🚫 Unreachable: { $unreachable } · ⚠️ Failed: { $failed }
    { $held ->
        [none] ⏳ About { $minutes } min left
       *[other] 🌙 Waiting for the end of quiet hours: { $held }
    }
broadcast-report =
    📊 Report for "{ $notice }"{ $cancelled ->
        [0] {""}
       *[other] { " " }(cancelled: { $cancelled } not sent)
    }
    ✅ Delivered: { $sent } of { $total }
    🚫 Unreachable (blocked the bot): { $unreachable }
    ⚠️ Failed after retries: { $failed }
broadcast-sending = 📤 Sending now. The progress follows; you can cancel it there.
broadcast-held = 🌙 It will go out at { $time }, after quiet hours. The progress follows; you can cancel it there until then.
btn-notice-stop = ✖️ Cancel sending
broadcast-stopping = ✖️ Cancelling: what is not yet sent stays unsent.
broadcasts-title = 🗞 Notices
broadcasts-recent = Recent:
broadcasts-planned = Scheduled:
broadcasts-none = No notices yet. Send one with /broadcast.
broadcasts-line = • { $when } · "{ $notice }" · { $status ->
        [sending] sending
        [cancelled] cancelled
       *[other] done
    } · ✅ { $sent }/{ $total } · 🚫 { $unreachable } · ⚠️ { $failed } · ↩️ { $replies }
broadcasts-planned-line = • { $when } · "{ $notice }"{ $rule ->
        [none] {""}
       *[other] { " " }· 🔁 { $rule }
    }
btn-notice-unreachable = 🚫 Who is unreachable
broadcast-cancelled = ✖️ The notice "{ $notice }" is cancelled.
broadcast-stopped = ✖️ The repeating notice "{ $notice }" is stopped.
broadcasts-unreachable = 🚫 These people blocked the bot and get no notices: { $names }
broadcasts-unreachable-none = 🚫 Nobody has blocked the bot.
repeat-rule = { $freq ->
        [daily] every day
        [weekly] every { $weekday ->
            [0] Monday
            [1] Tuesday
            [2] Wednesday
            [3] Thursday
            [4] Friday
            [5] Saturday
           *[6] Sunday
        }
       *[monthly] { $nth ->
            [0] on day { $day } of every month
            [1] the first { repeat-weekday } of every month
            [2] the second { repeat-weekday } of every month
            [3] the third { repeat-weekday } of every month
            [4] the fourth { repeat-weekday } of every month
           *[other] the last { repeat-weekday } of every month
        }
    } at { $time }
repeat-weekday = { $weekday ->
        [0] Monday
        [1] Tuesday
        [2] Wednesday
        [3] Thursday
        [4] Friday
        [5] Saturday
       *[6] Sunday
    }

## Quiet hours (admins).

quiet-hours-ask = 🌙 Quiet hours are now { $hours }: normal notices written then wait until they end; urgent ones go at once. Type new ones like "22:00-07:00", or "0-0" to turn them off.
quiet-hours-set = 🌙 Quiet hours are now { $hours }.
quiet-hours-off = off
