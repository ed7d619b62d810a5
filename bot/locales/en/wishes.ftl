## Micro-wishes (微心愿): residents, staff, helpers, errors.

wish-category = { $category ->
        [study] 📚 Study
        [daily] 🧺 Daily needs
        [company] 🫖 Company and visits
        [repairs] 🔧 Repairs
        [health] 🩺 Health
       *[other] ✨ Other
    }
wish-status = { $status ->
        [review] ⏳ Waiting for review
        [published] 📣 Published
        [claimed] 🤝 Claimed by a helper
        [on_way] 🚶 On its way
        [done] 📦 Done: waiting for your confirmation
        [fulfilled] 🌟 Fulfilled
        [declined] ❌ Declined
        [withdrawn] 🚪 Withdrawn
       *[expired] ⌛ Expired
    }
wish-by-when = { $by_when ->
        [none] no date
       *[other] by { $by_when }
    }
wish-body =
    { wish-category }
    { $text }
    🗓 { wish-by-when }{ $building ->
        [none] {""}
       *[other] {"\u000A"}🏢 Building { $building }
    }

## Messages the bot sends later (outbox).

wish-staff-review =
    🌟 New wish { $number } to review
    { wish-category }
    { $text }
    🎤 Voice: { $voice } · 📷 Photo: { $photo }
    🗓 { wish-by-when }
    👤 { $name } · 🏢 { $building } · 🚪 { $unit } · 📞 { $phone }
    Building shown to helpers: { $show_building }{ $consent ->
        [none] {""}
       *[other] {"\u000A"}📝 Filed by staff; consent: { $consent }
    }
wish-staff-withdrawn = 🚪 Wish { $number } was withdrawn by the resident.
wish-staff-claimed = 🤝 Wish { $number } was claimed by { $helper }.{ $arrange ->
        [yes] {" "}Staff said they would arrange the meeting: please contact the helper.
       *[other] {""}
    }
wish-staff-released = ↩️ { $helper } gave wish { $number } back; it is on the list again.
wish-staff-stalled = ⌛ Wish { $number } made no progress after a reminder, so it was taken from { $helper } and is on the list again.
wish-staff-fulfilled = 🌟 Wish { $number } is fulfilled ({ $points } points to the helper).
wish-staff-confirm = 📦 The helper says wish { $number } for { $name } is done{ $photo ->
        [yes] {" "}(with a photo)
       *[other] {""}
    }. { $name } has no Telegram: please check with them and answer.
wish-published = 📣 Your wish { $number } has been published. Helpers can now see it (without your name or flat).
wish-declined = ❌ Your wish { $number } was declined. The reason: { $reason }
wish-claimed = 🤝 Good news: a helper has taken on your wish { $number }.
wish-on-way = 🚶 Your wish { $number } is on its way.
wish-done = 📦 The helper says your wish { $number } has come true. Did you receive it?
wish-expired = ⌛ Your wish { $number } has expired: its date passed before a helper could take it on.
wish-announce =
    🌟 A new wish { $number } is waiting for a helper
    { wish-body }
wish-helper-not-yet = ⏳ The resident has not received wish { $number } yet. It is back to "on its way": please check and report it done again when it is.
wish-helper-fulfilled = 🌟 Wish { $number } is fulfilled: the resident confirmed it. { $points } love-bank points for you. Thank you!
wish-helper-thanks = 💌 A thank-you for wish { $number }: { $text }
wish-helper-stall-reminder = ⏰ Wish { $number } has had no progress for a while. Press "🚶 On its way" or "📦 Done" when there is news, or give it back. Without news in { $days } days it goes back to the list.
wish-helper-released = ↩️ Wish { $number } had no news after the reminder, so it went back to the list for another helper. Thank you for your time.

## Buttons.

btn-wish-open = 🌟 Open
btn-wish-received = ✅ Yes, received
btn-wish-not-yet = ⏳ Not yet
btn-wish-approve = ✅ Approve
btn-wish-edit = ✏️ Edit
btn-wish-decline = ❌ Decline
btn-wish-media = 📎 Photo or voice
btn-wish-type-handover = ✍️ Type what the helper gets
btn-wish-staff-arranges = 🏢 Staff will arrange it
btn-wish-claim = 🤝 Claim it
btn-wish-claim-for = 🤝 Claim for { $partner }
btn-wish-on-way = 🚶 On its way
btn-wish-done = 📦 Done
btn-wish-release = ↩️ Give it back
btn-wish-withdraw = 🚪 Withdraw
btn-wish-thank = 💌 Send a thank-you
btn-wish-export = 📊 Export
btn-wish-partners = 🏢 Partners
btn-partner-add = ➕ Add a partner
btn-partner-remove = 🗑 Remove
btn-wish-no-date = No date
btn-wish-show-building = Yes, show my building
btn-wish-hide-building = No, keep it hidden

## Menu and commands.

menu-wish = 🌟 Make a wish
menu-my-wishes = 🌟 My wishes
menu-wishes = 🤝 Wishes to fulfil
menu-wish-desk = 🌟 Wish desk
cmd-wish = Make a small wish
cmd-mywishes = Your wishes and where they stand
cmd-wishes = Wishes waiting for a helper
cmd-wishdesk = Wishes: review, overview, export
cmd-proxywish = A wish for a resident without Telegram
cmd-partners = Partner organisations
cmd-wishpoints = Points per wish category
cmd-wishstall = Days before a stalled claim is reminded

## Residents: the form and their wishes.

wish-ask-category = 🌟 What is your wish about? Press one:
wish-category-chosen = Your wish: { wish-category }
wish-ask-text = Tell us your wish in a few words, or send a voice message.
wish-type-or-voice = Please write your wish, or send a voice message.
wish-ask-photo = You may send one photo (only staff see it). Or press "Skip".
wish-photo-or-skip = Please send a photo, or press "Skip".
wish-ask-when = By when does it matter? Type a date (for example 2025-06-30, next Friday, 下周五), or press "No date".
wish-date-unreadable = Sorry, I could not read that date. Try 2025-06-30, or press "No date".
wish-ask-building = May helpers see your building? They never see your name, phone or flat.
wish-building-use-buttons = Please press one of the buttons.
wish-summary =
    Please check your wish:
    { wish-category }
    { $text }{ $voice ->
        [yes] {"\u000A"}🎤 (voice message)
       *[other] {""}
    }
    📷 Photo: { $photo }
    🗓 { wish-by-when }
    🏢 Building shown to helpers: { $show_building }
wish-filed = ✅ Your wish { $number } is sent. Staff will look at it soon, and we will tell you when helpers can see it.
wish-already-sent = Your wish { $number } was already sent.
wish-form-closed = This form is closed.
my-wishes-title = 🌟 Your wishes. Press one to see it:
my-wishes-empty = You have no wishes yet. Press "🌟 Make a wish" to make one.
wish-line = { $number } · { wish-status }
wish-resident-card =
    🌟 Wish { $number }
    { wish-status }
    { wish-category }
    { $text }
    🗓 { wish-by-when }{ $reason ->
        [none] {""}
       *[other] {"\u000A"}Reason: { $reason }
    }
wish-withdrawn = 🚪 Wish { $number } is withdrawn.
wish-confirmed = 🌟 Wonderful! Wish { $number } is fulfilled. Would you like to send the helper a thank-you?
wish-not-yet-noted = ⏳ Thank you. We told the helper that wish { $number } has not arrived yet.
wish-ask-thanks = 💌 Write your thank-you. The helper reads only these words, nothing else about you.
wish-thanks-sent = 💌 Your thank-you is on its way to the helper.

## Staff.

wish-approve-how = ✅ Approving wish { $number }. What does the helper receive after claiming? Type a contact or a meeting place, or let staff arrange it.
wish-prompt-handover = { $who }, what does the helper of { $number } receive after claiming (a contact, a meeting place)? Answer this message.
wish-prompt-edit = { $who }, write the new text of { $number } that helpers will read. Answer this message.
wish-prompt-decline = { $who }, why is { $number } declined? The resident reads it. Answer this message.
wish-prompt-partner = { $who }, what is the partner organisation called? Answer this message.
wish-approved = 📣 Wish { $number } is published; { $told } helpers were told.
wish-edited = ✏️ The text of { $number } is changed.
wish-declined-done = ❌ Wish { $number } is declined; the resident is told why.
wish-no-media = This wish has no photo or voice message.
wish-proxy-confirmed = ✅ Noted for wish { $number }.
wish-desk =
    🌟 Wish desk
    By status: { $statuses }
    By category: { $categories }
    Stalled after { $days } days without progress.
    Points per fulfilled wish: { $points }
wish-desk-review = ⏳ Waiting for review:
wish-desk-unclaimed = 📣 Unclaimed, oldest first:
wish-desk-stalled = ⌛ Stalled claims:
wish-desk-line = { $number } · { wish-category } · { $text }
wish-desk-helper-line = { $number } · { $helper }
wish-desk-nothing = —
wish-partners = 🏢 Partner organisations (their members claim wishes for them):
wish-partners-empty = 🏢 No partner organisations yet.
wish-partner-line = { $name } · { $members } members
wish-partner-added = ✅ { $name } is on the list.
wish-partner-removed = 🗑 { $name } is off the list.
wish-partner-link = 🔗 A one-time link for a new member of { $name } (valid for 7 days): { $link }
wish-partner-joined = 🏢 Welcome: you now act for { $name }. Press "🤝 Wishes to fulfil" or send /wishes to see wishes waiting for a helper.
wish-points-usage = Send /wishpoints followed by a category and a number, for example: /wishpoints study 15. Categories: study, daily, company, repairs, health, other.
wish-points-set = ✅ A fulfilled { wish-category } wish now earns { $points } points.
wish-stall-usage = Send /wishstall followed by a number of days, for example: /wishstall 7.
wish-stall-set = ✅ Claims without progress for { $days } days get a reminder.
wish-proxy-ask-name = 🌟 A wish for a resident without Telegram. What is their name?
wish-proxy-ask-building = Which building do they live in?
wish-proxy-ask-unit = Which unit?
wish-proxy-ask-phone = Their phone number?
wish-proxy-phone-invalid = A phone number needs digits.
wish-proxy-ask-consent = How did they agree to share this wish (who, when, how)? This note stays with staff.
wish-proxy-ask-category = What is the wish about?
wish-proxy-ask-text = What do they wish for?
wish-proxy-summary =
    Please check the wish for { $name } ({ $building }, { $unit }, { $phone }):
    { wish-category }
    { $text }
    📝 Consent: { $consent }
wish-proxy-filed = ✅ Wish { $number } for { $name } is filed and waits for review.

## Helpers.

wishes-title = 🤝 Wishes waiting for a helper (soonest first):
wishes-empty = No wish is waiting for a helper right now. Thank you for looking!
wishes-mine-title = Your claims:
wishes-board-line = { $number } · { wish-category } · { wish-by-when }
wishes-mine-line = { $number } · { wish-status }
wish-public-card =
    🌟 Wish { $number }
    { wish-body }
wish-helper-card =
    🌟 Wish { $number }: yours{ $partner ->
        [none] {""}
       *[other] {" "}(for { $partner })
    }
    { wish-status }
    { wish-body }
    { $arrange ->
        [yes] 🏢 Staff will contact you to arrange it.
       *[other] 📍 { $handover }
    }
wish-you-claimed = 🤝 Wish { $number } is yours. Thank you!
wish-on-way-noted = 🚶 Noted: wish { $number } is on its way.
wish-ask-done-photo = 📦 Send a photo of the wish come true, or press "Skip".
wish-done-noted = 📦 Thank you! We asked the resident to confirm that the wish came true.
wish-released = ↩️ Wish { $number } is back on the list.
wish-xlsx-sheet = Wishes
wish-col-number = Number
wish-col-status = Status
wish-col-category = Category
wish-col-text = Wish
wish-col-by-when = By when
wish-col-resident = Resident
wish-col-building = Building
wish-col-unit = Unit
wish-col-phone = Phone
wish-col-helper = Helper
wish-col-filed = Filed
wish-col-fulfilled = Fulfilled
wish-col-points = Points

## Errors.

error-wish-not-found = That wish cannot be found.
error-wish-date-past = That date has passed. Please give a date still to come, or press "No date".
error-wish-not-withdrawable = Wish { $number } has been taken on already, so it cannot be withdrawn.
error-wish-not-done = Wish { $number } is not waiting for a confirmation.
error-wish-own-claim = You helped with this wish yourself, so someone else must confirm it.
error-wish-no-thanks = A thank-you for wish { $number } cannot be sent (already sent, or not fulfilled).
error-wish-needs-text = Wish { $number } has only a voice message: please press Edit and write its text first.
error-wish-date-passed = The date of wish { $number } has passed.
error-wish-reviewed = Wish { $number } has been dealt with already.
error-wish-proxy-incomplete = The name and the consent note are needed.
error-wish-resident-confirms = Only the resident can confirm wish { $number }.
error-partner-exists = A partner with that name is already on the list.
error-partner-invite = This link has been used or has expired. Please ask staff for a new one.
error-wish-helpers-only = Only volunteers and partner organisations can take on wishes.
error-wish-gone = Wish { $number } is no longer waiting for a helper.
error-wish-not-member = You do not act for that organisation.
error-wish-taken = Someone else took on wish { $number } a moment earlier. Thank you all the same!
error-wish-not-yours = That wish is not yours (any more).
error-wish-already-done = Wish { $number } has been reported done already.
error-wish-category = Unknown category. The categories are: study, daily, company, repairs, health, other.
mydata-wishes = Your wishes ({ $count }):
error-wish-own-wish = This is your own wish: another helper will take it on.
wish-confirm-reminder = 📦 A reminder: the helper reported your wish { $number } done some days ago. Did you receive it?
wish-staff-unconfirmed = 📦 Wish { $number } for { $name } was reported done but is not confirmed yet; you may want to check.
wish-desk-open = 🔍 Open { $number }
