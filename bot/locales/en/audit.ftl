# The audit log of staff and admin actions, for admins.
audit-title = 🧾 Audit log: { $count } { $count ->
    [one] line
   *[other] lines
}, newest first (page { $page } of { $pages }).
audit-empty = 🧾 The audit log is empty: no staff or admin action has been recorded yet.
audit-line = { $at } · { $who } · { audit-action } · { $subject }{ $change }
audit-change = : { $before } → { $after }
audit-action = { $action ->
    [staff_joined] joined the staff
    [staff_removed] removed from the staff
    [building_added] building added
    [building_removed] building removed
    [building_grid] building's grid changed
    [category_added] category added
    [category_target] category target changed
    [category_shown] category shown or hidden
    [quiet_hours] quiet hours changed
    [wish_points] wish points changed
    [stall_days] wish stall days changed
    [points_awarded] points awarded by hand
    [points_corrected] points corrected
    [data_erased] personal data erased
    [notice_sent] notice sent
    [notice_scheduled] notice scheduled
    [notice_cancelled] notice cancelled
   *[request_referred] request referred elsewhere
}
audit-people = 👤 Whose actions? (lines in the log)
audit-person = { $name } · { $count }
audit-export-caption = 🧾 The audit log as a spreadsheet.
audit-sheet = Audit log
audit-col-at = Time
audit-col-who = Who
audit-col-action = Action
audit-col-subject = What
audit-col-before = Before
audit-col-after = After
btn-audit-previous = ◀️ Newer
btn-audit-next = Older ▶️
btn-audit-people = 👤 By person
btn-audit-everyone = 👥 Everyone
btn-audit-export = 📄 Export as .xlsx
