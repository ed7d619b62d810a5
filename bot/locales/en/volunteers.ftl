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
    👥 { $left } of { $needed } volunteers still needed · ❤️ { $points } points
btn-task-open = 📋 Open
btn-task-roster = 👥 Roster
task-reminder = ⏰ Reminder: { $title } starts at { $start } at { $place }. Press "Check in" on the task when you arrive.
task-points-earned = ❤️ Thank you for { $title }! { $points } points were added; your balance is { $balance }.
task-shortage-staff = ⚠️ { $title } ({ $start }) still needs { $left } of { $needed } volunteers.
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
