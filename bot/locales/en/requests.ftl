## Residents' requests: the new-request form, "My requests", answers, withdrawing, rating.

request-ask-category = 📝 What is it about? Please choose below.
request-category-chosen = 📝 New request: { category-name }
request-use-buttons = Please choose what it is about with the buttons above.
request-ask-description = Please tell us what happened, in a few words. You can also send a voice message 🎤.
request-type-or-voice = Please type a few words, or send a voice message 🎤. (I cannot use stickers or pictures here; you can add photos in the next step.)
request-ask-extras = Would you like to add photos (up to { $max }) or share where it is? When you are ready, press "✅ Done".
request-extras-hint = You can send photos or share your location. When you are ready, press "✅ Done".
request-photo-added = 📷 Photo { $count } of { $max } added.
request-photos-full = You have already added { $max } photos, that is the most. Press "✅ Done" to go on.
request-location-added = 📍 Location added.
request-summary =
    Please check your request:
    { category-name }
    { $description }
    📷 Photos: { $photos } · 📍 Location: { $location ->
        [yes] shared
       *[no] not shared
    }
    Press "✅ Confirm" to send it to the community office.
request-voice-note = 🎤 Voice message
request-filed =
    ✅ Thank you! Your request number is { $number }.
    The community office will answer within { $hours } hours. You can follow it with "📋 My requests".
request-already-sent = ✅ This request was already sent as { $number }. You can follow it with "📋 My requests".
request-form-closed = This form is closed. Press "📝 New request" to start again.
btn-share-location = 📍 Share location

my-requests-empty = You have no requests yet. Press "📝 New request" when you need something.
my-requests-title = 📋 Your requests. Press one to see where it stands:
my-request-line = { $number } · { category-name } · { status-name }
request-view =
    { $number } · { category-name }
    Status: { status-name }
    { $description }
request-view-history = What happened so far:
timeline-created = { $time } · 📝 You sent the request
timeline-taken = { $time } · ✋ { $who } is handling it
timeline-staff-reply = { $time } · 💬 { $who }: { $text }
timeline-resident-reply = { $time } · 🗣 You: { $text }
timeline-status = { $time } · ℹ️ { status-name }
timeline-resolved = { $time } · ✅ { $who }: { $text }
timeline-rating = { $time } · ⭐ You gave { $stars } of 5
btn-add-info = 💬 Add information
btn-withdraw = ↩️ Withdraw
btn-my-requests = 📋 My requests
btn-withdraw-yes = ↩️ Yes, withdraw it
btn-withdraw-no = No, keep it
withdraw-ask = Do you want to withdraw { $number }? The community office will stop working on it.
withdraw-done = ↩️ { $number } is withdrawn. The community office has been told.
withdraw-kept = 👍 { $number } stays open.

reply-ask = 💬 What would you like to add to { $number }? Type it, or send a photo.
reply-type-or-photo = Please type a few words, or send a photo. (I cannot use stickers or voice here.)
reply-sent = ✅ Sent. The staff handling { $number } will see it.

solved-rate = 👍 Thank you! { $number } is closed. How happy are you with how it was handled?
solved-reopened = 🔁 Sorry it is not solved yet. { $number } is open again, and the staff have been told.
rate-thanks = ⭐ Thank you for your rating of { $stars } of 5!
