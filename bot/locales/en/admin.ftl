## Admins: appointing and removing staff; buildings and request categories.

error-admin-only = Sorry, only the community's admins can do that.

admin-staff-title = 👥 Staff members: { $count }
admin-staff-none = 👥 There are no staff members yet. Create an invitation link and send it to a colleague.
admin-staff-line = • { $name }
btn-staff-remove = ✖️ Remove { $name }
btn-staff-invite = ➕ Create invite link
admin-remove-ask = Remove { $name } from the staff? They become a resident again. Requests they own keep them as owner until passed to a colleague.
btn-remove-yes = ✖️ Yes, remove
btn-remove-no = No, keep
admin-removed = { $name } is no longer a staff member.
admin-invite =
    🔗 Send this link to the new staff member. It works once, within 7 days:
    { $link }

admin-settings-title = ⚙️ Community settings. What would you like to change?
btn-settings-buildings = 🏠 Buildings
btn-settings-categories = 🗂 Request categories
admin-buildings = 🏠 Buildings: { $count }. Press ✖️ to remove one; people living there keep it on their record.
admin-buildings-none = 🏠 No buildings are set up yet, so residents type their building's name.
btn-building-remove = ✖️ { $name }
btn-building-add = ➕ Add a building
admin-building-ask = Please type the new building's name or number.
admin-building-added = ✅ Building { $name } added.
admin-building-removed = Building { $name } removed.
admin-categories = 🗂 Request categories, and within how many hours staff must first answer:
admin-category-line = { category-name } · { $hours } h{ $active ->
    [yes] {""}
   *[no] {""} · hidden from residents
}
btn-category-hours = ⏱ { $name } · { $hours } h
btn-category-hide = 🙈 Hide
btn-category-show = 👁 Show
btn-category-add = ➕ Add a category
admin-category-ask-name = Please type the new category's name, for example "🚲 Bicycles".
admin-category-ask-hours = Within how many hours should staff first answer "{ $name }"? Please type a number from 1 to { $max }.
admin-hours-number = Please type a whole number of hours, from 1 to { $max }.
admin-category-added = ✅ Category "{ $name }" added: first answer within { $hours } hours.
admin-hours-set = ⏱ "{ $name }": first answer within { $hours } hours.
admin-category-hidden = 🙈 "{ $name }" is hidden from residents.
admin-category-shown = 👁 "{ $name }" is shown to residents again.
