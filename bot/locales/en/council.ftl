## The council meeting (议事会): time and place, agenda, members, check-in.

council-when = { $date } ({ $weekday ->
        [0] Mon
        [1] Tue
        [2] Wed
        [3] Thu
        [4] Fri
        [5] Sat
       *[6] Sun
    }) { $time }, { $place }
council-agenda-empty = (no topics yet)
council-agenda-line = { $position }. { $number } { $text } · 👥 { $supporters }
council-member = { $name } ({ $kind ->
        [staff] staff
        [leader] leader
       *[rep] residents' representative
    })
council-members-none = (none yet)
council-card =
    🏛 Next council: { council-when }{ $repeat ->
        [yes] {" "}(repeats)
       *[no] {""}
    }
    Agenda:
    { $agenda }
    Members: { $members }
    Agenda sent: { $sent ->
        [none] not yet
       *[other] { $sent }
    } · Checked in: { $attended }
council-none = 🏛 No council is set yet. Press "📅 Date and place" to set the next one.
btn-council-set = 📅 Date and place
btn-council-members = 👥 Members
btn-council-door = 🚪 Check-in at the door
btn-council-minutes = 📝 Minutes
btn-council-qr = 🎫 My check-in QR
btn-council-add-leader = ➕ Leader
btn-council-add-rep = ➕ Representative
council-ask-when = 📅 When is the council? Type a time ("Friday 19:00", "June 6 19:00") or a rule ("the first Friday of every month at 19:00").
council-ask-place = 📍 Understood: { $when }. Where will it be held?
council-set-done = ✅ The council is set. The agenda goes out a few days before.
council-moved-told = ✅ The council is moved. Everyone who had the agenda has been told again.
council-members = 👥 Members: { $names }
    Staff always sit. Add a leader or a residents' representative below, or press ✖️ to take one off.
council-ask-who = 🔎 Type the person's number (#12) or part of their name.
council-who-none = 🔎 Nobody registered matches "{ $text }". Try another spelling or the number.
council-who-line = { $name } · building { $building } · #{ $id }
council-who-found = Press the person to seat:
council-seated = ✅ { $name } now sits on the council.
council-seated-already = { $name } sits on the council already.
council-unseated = ✅ Taken off the council.
council-unseated-already = That person was not on the council.
council-ask-code = 🚪 Check-in for the council. Type each code as people arrive (or scan their QR). Press "✖️ Cancel" when done.
council-checked-in = ✅ { $name } is checked in ({ $attended } so far).
council-checked-in-already = { $name } was checked in already ({ $attended } so far).
council-qr-caption = 🎫 Show this at the door of the council. Your code: { $code }
council-agenda =
    🏛 The community council meets on { council-when }.
    On the agenda:
    { $agenda }
    Your check-in code for the door: { $code }
council-reminder =
    ⏰ Reminder: the community council meets on { council-when }.
    On the agenda:
    { $agenda }
    Your check-in code: { $code }
council-moved =
    📅 The community council has moved: it now meets on { council-when }.
    On the agenda:
    { $agenda }
    Your check-in code: { $code }
error-council-when = Sorry, I could not read that time. Try "Friday 19:00", "June 6 19:00" or "the first Friday of every month at 19:00". It must be in the future.
error-council-not-found = That council cannot be found.
error-council-held = That council has been held already.
error-council-person = That person cannot be found.
error-council-no-code = You have no check-in code for that council.
error-council-code = No one has the council check-in code { $code }. Please check it.
cmd-council = The next council: date, agenda, members, check-in
btn-council-last = 📋 Outcomes of the last council
btn-council-xlsx = 📊 Outcomes as .xlsx
btn-council-publish = 📣 Publish the outcomes
council-decision = { $decision ->
        [agreed] ✅ agreed
        [rejected] ❌ rejected
        [postponed] ⏭ postponed to the next council
       *[none] ⏳ not decided yet
    }
council-minutes-line = { $position }. { $number } { $text }: { council-decision }{ $said ->
        [none] {""}
       *[other] {" "}{ $said }
    }
council-minutes =
    📝 Minutes ({ $attended } checked in):
    { $lines }
    Press ✅ agreed, ❌ rejected or ⏭ postponed for each topic; ➕ adds a follow-up action to an agreed one.
council-ask-decision-agreed = ✅ Agreed. In a sentence or two, what was agreed?
council-ask-decision-rejected = ❌ Rejected. In a sentence or two, why?
council-ask-decision-postponed = ⏭ Postponed to the next council. In a sentence or two, why?
council-decision-recorded = ✅ The decision is recorded; the resident who raised the topic and its supporters have been told.
council-held-next = 🏛 Every topic has its decision. The next council is set for { $when }; postponed topics go on its agenda first.
council-pick-owner = 👤 Who owns this follow-up action?
council-ask-action = ✍️ What should be done? (It becomes a request with this owner.)
council-action-added = ✅ The follow-up action is filed.
council-action-number = Its request number: { $request }. The topic closes when all its actions are done.
council-topic-decided =
    🏛 The council decided on topic { $number }: { council-decision }
    { $text }
council-topic-closed = 🏁 Topic { $number } is done: everything the council agreed has been carried out. Thank you for raising it.
council-action-yours =
    🏛 A follow-up action of topic { $number } is yours: request { $request }.
    { $text }
council-action-overdue = ⏰ The follow-up action { $request } of topic { $number } is not done after { $days } days. Please see to it.
error-council-decided = The decision on { $number } has been recorded already.
error-council-not-agreed = Only an agreed topic gets follow-up actions ({ $number } is not).
council-outcome-line = • { $number } { $text }: { council-decision }{ $said ->
        [none] {""}
       *[other] {" "}— { $said }
    }
council-outcome-notice =
    🏛 What the community council decided on { council-when }:
    { $lines }
    Thank you to everyone who raised and backed these topics.
council-published = 📣 The outcomes are published as a notice to { $recipients } { $recipients ->
        [one] resident
       *[other] residents
    } (held until quiet hours end, if need be).
council-xlsx-caption = 📊 The council's outcomes: agenda, decisions, actions, owners and status.
council-xlsx-sheet = Outcomes
council-xlsx-title = Community council, { $when }, { $place }
council-xlsx-position = No.
council-xlsx-topic = Topic
council-xlsx-text = What it is about
council-xlsx-supporters = Supporters
council-xlsx-decision = Decision
council-xlsx-said = Decision text
council-xlsx-request = Follow-up (request or task)
council-xlsx-owner = Owner
council-xlsx-status = Status
council-xlsx-due = Due
error-council-nothing-decided = Nothing has been decided at that council yet.
council-review-late = ⏳ Topic { $number } has waited for review for more than { $days } days: { $text }
council-task-status = { $status ->
        [task_done] Done: a volunteer came
       *[task_open] Open: waiting for a volunteer
    }
council-ask-task = 🙋 A volunteer task for this topic. What should the volunteers do? (A short title.)
council-ask-task-when = 📅 When are they needed? (e.g. "Saturday 9:00")
council-ask-task-place = 📍 Where?
council-task-added = ✅ The volunteer task is posted; volunteers are told.
council-task-title = "{ $title }" is the topic's follow-up action: it is done when a volunteer you confirm has come.
council-who-keen = 👥 Or pick from the residents who back the most topics:
