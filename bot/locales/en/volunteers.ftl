## Volunteers, tasks and duty posts.

skill-patrol = Patrol
skill-environment = Environment watch
skill-publicity = Publicity
skill-events = Helping at events
skill-elderly = Visiting the elderly
skill-repairs = Small repairs
skill-medical = First aid
skill-translation = Translation
avail-weekdays = Weekdays
avail-weekends = Weekends
avail-mornings = Mornings
avail-afternoons = Afternoons
avail-evenings = Evenings

volunteer-applied-staff =
    🙋 New volunteer application: { $name } (building { $building })
    Skills: { $skills }; also: { $other }
    Areas: { $areas }
    Available: { $availability }
btn-vol-approve = ✅ Approve
btn-vol-decline = ✖️ Decline
volunteer-approved = 🎉 Welcome aboard! You are now a volunteer. Press /tasks to see what needs doing.
volunteer-declined = Thank you for offering to help. Your application was not accepted this time: { $reason }
volunteer-leader-building = 🏅 You are now the building leader of { $area }.
volunteer-leader-grid = 🏅 You are now the grid leader of { $area }.

task-announce =
    📋 New task: { $title }
    🕒 { $start }–{ $end } · 📍 { $place }
    👥 { $left } of { $needed } { $needed ->
            [one] volunteer
           *[other] volunteers
        } still needed · ❤️ { $points } points
btn-task-open = 📋 Open
btn-task-roster = 👥 Roster
task-reminder = ⏰ Reminder: { $title } starts at { $start } at { $place }. Press "Check in" on the task when you arrive.
task-points-earned = ❤️ Thank you for { $title }! { $points } points were added; your balance is { $balance }.
task-shortage-staff = ⚠️ { $title } ({ $start }) still needs { $left } of { $needed } { $needed ->
        [one] volunteer
       *[other] volunteers
    }.
task-late-release-staff = ⚠️ { $name } gave back a slot on { $title } ({ $start }) after the cut-off. { $left } of { $needed } still needed.

error-skill-exists = That skill is already on the list.
error-unknown-skill = Please choose one of the skills on the buttons.
error-unknown-area = Please choose one of the areas on the buttons.
error-volunteer-no-skills = Please choose at least one skill, or say what you can do.
error-volunteer-already = You are already a volunteer.
error-volunteer-decided = This application has already been decided.
error-not-volunteer = This is for volunteers. Press /volunteer to offer your help.
error-volunteer-paused = Your volunteering is paused. Resume it in /volunteer first.
error-volunteer-state = That does not fit where your volunteering stands now.
error-task-end = The end must be after the start ({ $start }).
error-task-not-owner = Only the staff member who made this task can confirm who came.
error-task-not-started = This task starts at { $start }; confirm who came after that.
error-task-closed = { $title } is no longer open.
error-task-full = Sorry, { $title } already has all the volunteers it needs.
error-task-started = { $title } has started; the slot can no longer be given back.
error-task-not-yours = You do not hold a slot on { $title }.
error-task-check-in-window = Check-in opens at { $opens }.
error-task-not-checked-in = Please check in first.
error-task-check-out-late = It is too late to check out; please ask staff to confirm you came.

cmd-volunteer = Volunteer: apply, or my volunteering
cmd-tasks = Tasks and duty posts to claim
cmd-mytasks = My tasks
cmd-points = My love-bank points
cmd-rewards = Rewards for points
cmd-newtask = Create a task or duty post
cmd-volunteers = Volunteers: applications, leaders, awards
cmd-addreward = Add a reward to the catalogue
cmd-honours = The monthly honours roll
menu-volunteer = 🙋 Volunteer
menu-points = ❤️ My points
menu-tasks = 🤝 Tasks
menu-my-tasks = 🗓️ My tasks
area-building = 🏠 Building { $name }
area-grid = 🗺️ Grid { $name }

volunteer-intro = 🙋 Thank you for offering to help your neighbours! A few questions, then staff will look at your application.
volunteer-ask-skills = What can you do? Press each that fits, then "Done". Chosen: { $chosen }
volunteer-ask-other = Anything else you can do? Write it in a few words, or press "Skip".
volunteer-ask-areas = Where would you like to help? Press buildings or grids, then "Done" (or "Anywhere"). Chosen: { $chosen }
volunteer-ask-availability = When are you usually free? Press each that fits, then "Done". Chosen: { $chosen }
volunteer-applied = ✅ Thank you! Your application is with the staff; you will hear from us.
volunteer-pending = Your application is with the staff. You will hear from us soon.
volunteer-card =
    🙋 Your volunteering: { $status ->
        [approved] active
        [paused] paused
       *[other] { $status }
    }
    Skills: { $skills }
    Areas: { $areas }
    Leader of: { $leads }
    On the honours roll: { $honours ->
        [yes] yes
       *[no] no
    }
btn-vol-pause = ⏸️ Pause
btn-vol-resume = ▶️ Resume
btn-vol-leave = 👋 Stop volunteering
btn-vol-honours-on = 🏅 Show me on the honours roll
btn-vol-honours-off = 🙈 Keep me off the honours roll
btn-vol-anywhere = Anywhere
btn-vol-award = ❤️ Award points
btn-vol-no-leader = Not a leader
volunteer-left = 👋 You are no longer a volunteer. Thank you for all your help! Any slots ahead were given back.
volunteer-honours-on = 🏅 You will appear on the monthly honours roll.
volunteer-honours-off = You will not appear on the honours roll.
volunteer-approved-staff = ✅ { $name } is now a volunteer.
volunteer-declined-staff = { $name } was told the application was declined.
volunteer-ask-decline-reason = { $who }, why is the application declined? The resident will read this.
volunteer-ask-lead = Which building or grid should they lead?
volunteer-leader-staff = 🏅 { $name } now leads: { $area }
volunteers-staff-list = 🙋 Applications: { $applied } (press a name to approve) · Volunteers: { $approved } (press a name to appoint a leader)
volunteers-staff-empty = No applications and no volunteers yet.
award-ask-points = { $who }, how many points?
award-ask-note = { $who }, what are they for? The volunteer will read this.
award-done = ❤️ { $points } points awarded.

tasks-title = 📋 Tasks and duty posts (⭐ fits you):
tasks-empty = No open tasks right now. You will be told when one fits you.
task-line = { $star ->
        [yes] ⭐
       *[no] ▫️
    } { $start } { $title } · { $mine ->
        [yes] ✅ yours
       *[no] { $left } needed
    }
my-tasks-title = 🗓️ Your tasks:
my-tasks-empty = You hold no tasks. Press /tasks to find one.
my-task-line = { $start } { $title } · { $state ->
        [claimed] claimed
        [came] done ✅
        [no_show] missed
       *[other] { $state }
    }
task-card =
    📋 { $title }
    🕒 { $start }–{ $end }
    📍 { $place } · { $area }
    { $description }
    👥 { $left } of { $needed } still needed · ❤️ { $points } points{ $weekly ->
        [yes] {" "}· 🔁 every week
       *[no] {""}
    }
task-mine = { $state ->
        [claimed] ✅ You hold a slot. Press "Check in" when you arrive.
        [in] 🟢 You are checked in. Press "Check out" when you are done.
        [came] 🎉 Done, thank you!
        [no_show] Marked as not come.
       *[other] { $state }
    }
btn-task-claim = 🙋 Claim a slot
btn-task-release = ↩️ Give the slot back
btn-task-check-in = 📍 Check in
btn-task-check-out = ✅ Check out
task-claimed = ✅ The slot on { $title } is yours. You will be reminded before it starts.
task-released = ↩️ You gave back your slot on { $title }.
task-released-late = ↩️ You gave back your slot on { $title }. It is past the cut-off, so this is recorded and staff were told.
task-checked-in = 📍 Checked in at { $title }. Thank you!
task-checked-out = ✅ You are checked out of { $title }.
roster-title =
    👥 { $title } ({ $start }): { $taken } of { $needed }
    { $lines }
roster-line = { $name }: { $state ->
        [claimed] { $checked ->
            [yes] checked in
           *[no] claimed
        }
        [came] came ✅
        [no_show] did not come ✖️
        [released] { $late ->
            [yes] gave back late ⚠️
           *[no] gave back
        }
       *[other] { $state }
    }
roster-came = ✅ { $name } came.
roster-missed = ✖️ { $name } did not come.

newtask-ask-title = 📋 New task or duty post. What is it called?
newtask-ask-description = A few words about it (what to do, what to bring), or press "Skip".
newtask-ask-start = When does it start? For example "Saturday 19:00" or "周六晚上7点".
newtask-ask-end = It starts { $start }. When does it end? A time alone means that day.
newtask-ask-place = Where?
newtask-ask-needed = How many volunteers are needed?
newtask-ask-points = How many points does it earn each volunteer?
newtask-ask-area = Which area is it for? Volunteers of that area hear of it first.
newtask-ask-skills = Which skills does it need? Press each, then "Done" (none: anyone). Chosen: { $chosen }
newtask-ask-weekly = Does it repeat every week?
btn-task-weekly = 🔁 Every week
btn-task-once = Just once
newtask-preview =
    Please check the task:
    📋 { $title }
    🕒 { $start }–{ $end } · 📍 { $place } · { $area }
    { $description }
    👥 { $needed } { $needed ->
            [one] volunteer
           *[other] volunteers
        } · ❤️ { $points } points · skills: { $skills }{ $weekly ->
        [yes] {" "}· 🔁 every week
       *[no] {""}
    }
btn-task-publish = 📣 Publish
newtask-published = 📣 Published. { $told ->
        [one] One matching volunteer was told.
       *[other] { $told } matching volunteers were told.
    }
newtask-manage = The roster of { $title } is here:
task-confirm-owner = 👥 { $title } ({ $start }) is over. { $open ->
        [one] One volunteer
       *[other] { $open } volunteers
    } did not check out: please open the roster and mark who came; only then do they earn their points.
cmd-skills = Skills volunteers choose from
skills-title = 🧰 Skills volunteers choose from. Press one to hide it (volunteers who chose it keep it).
btn-skill-add = ➕ Add a skill
skill-ask-name = { $who }, what is the new skill called?
skill-added = 🧰 { $name } is on the list.
skill-hidden = 🙈 { $name } is hidden.
task-shortage-leader = ⚠️ As leader of { $area }: { $title } ({ $start }) still needs { $left } of { $needed } { $needed ->
        [one] volunteer
       *[other] volunteers
    }. Do you know someone who could help?
btn-vol-approve-all = ✅ Approve all { $count }
volunteers-approved-all = { $count ->
    [one] ✅ 1 application approved.
   *[other] ✅ { $count } applications approved.
}
