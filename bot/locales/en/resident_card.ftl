# The resident card staff open from any card that names a resident.
btn-resident-card = 👤 Resident's card
rc-head = 👤 { $name } · building { $building }, { $unit } · ☎️ { $phone }{ $telegram ->
    [no] {" "}· no Telegram (filed by staff: phone them)
   *[yes] { $unreachable ->
        [yes] {" "}· has blocked the bot
       *[no] {""}
    }
} · known since { $since }
rc-requests = 📋 Requests: { $total } ({ $open } open)
rc-wishes = 🌟 Wishes: { $total } ({ $open } still going)
rc-event = 📅 Signed up: { $title } ({ $start })
rc-volunteer = 🙋 Volunteer: { $status ->
    [approved] active
    [applied] applied, waiting for approval
    [paused] paused
    [declined] application declined
   *[left] no longer volunteering
} · ❤️ { $points } points
rc-task = 🤝 Holds a place: { $title } ({ $start })
rc-open-request = { $number } · { staff-status-name }
