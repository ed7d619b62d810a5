## Start, registration, menus, forms, language, help, errors.

# The newcomer's first message: the welcome and, as its own paragraph, what we keep.
welcome-new =
    👋 Welcome to Linli, the front desk of our community. I can pass your requests to the community office and keep you posted.

    { privacy-note }
welcome-back = 👋 Welcome back, { $name }! Choose what you need below.
staff-welcome = 👥 Welcome to the staff team! New requests will reach you here or in the staff group.
privacy-note = 🔒 What we keep: your name, building and unit, and your phone number if you share it, plus what you send in requests. Only community staff see them; other residents and volunteers never do. You can see it all with /mydata and erase it with /deleteme.
register-ask-name = What is your name? Press the button to use your Telegram name, or type it.
register-ask-building = Which building do you live in?
register-ask-building-free = Which building do you live in? (Type its name or number.)
register-ask-unit = Which unit or flat? For example 2-301.
register-ask-phone = Would you like to share your phone number, so staff can call you back? This is optional.
register-phone-use-button = Please press "Share my phone number", or "Skip".
register-phone-not-yours = Please share your own phone number with the button below.
register-done = ✅ Thank you, you are registered. Use the buttons below whenever you need something.

btn-share-phone = 📱 Share my phone number
btn-skip = Skip
btn-cancel = ✖️ Cancel
btn-done = ✅ Done
btn-confirm = ✅ Confirm
btn-back = ⬅️ Back
btn-open-private-chat = 💬 Talk to me in private

menu-new-request = 📝 New request
menu-my-requests = 📋 My requests
menu-language = 🌐 Language
menu-my-data = 🔒 My data
menu-queue = 📥 Request queue
menu-proxy = ☎️ Request for a resident
menu-staff = 👥 Staff
menu-settings = ⚙️ Community settings
menu-events = 📅 Events
menu-my-events = 🎟 My events

form-need-text = Please type your answer in words. (I cannot read stickers, pictures or voice here.)
form-cancelled = Cancelled. Nothing was sent. What would you like to do?
form-nothing-open = There is nothing to cancel. What would you like to do?
form-not-understood = Sorry, I did not understand that. Please use the buttons below.
form-not-text = I cannot use that here. Please use the buttons below.
unknown-command = Sorry, I do not know that command. Please use the buttons below.
error-unexpected = 😔 Sorry, something went wrong on our side. The staff have been told. Please try again in a moment.
error-too-old = This button is from an old message. Please use the menu below.
chat-private-only = I only work in a private chat. Press the button below to talk to me there.
chat-private-only-press = I only work in a private chat. Please open it to use this.

language-choose = Please choose your language:
language-set = ✅ I will speak English with you.
lang-name-en = English
lang-name-zh-hans = 简体中文

help-resident = Linli passes your requests to the community office and tells you every step. Press "📝 New request" to ask for something, and "📋 My requests" to see where your requests stand. "🗳 Raise a topic" (/topic) puts a matter before the community council, and "📣 Community topics" (/topics) lets you back your neighbours' topics. /cancel leaves any form.
help-staff = New requests arrive with buttons: ✋ Take makes you the owner. "📥 Request queue" lists open requests, overdue first. "☎️ Request for a resident" files one for someone without Telegram. /cancel leaves any form.

cmd-start = Start, or show the menu
cmd-request = File a new request
cmd-myrequests = My requests and their status
cmd-language = Change language
cmd-mydata = What Linli stores about me
cmd-deleteme = Erase my personal data
cmd-help = How Linli works
cmd-cancel = Leave the current form
cmd-queue = Open requests, overdue first
cmd-proxy = File a request for a resident without Telegram
cmd-replies = Saved replies: short answers to send with one tap
cmd-staff = Appoint or remove staff
cmd-settings = Buildings and request categories
cmd-events = Upcoming events: sign up
cmd-myevents = My sign-ups and waiting lists
cmd-newevent = Create and publish an event
cmd-checkin = Check in a resident by code
