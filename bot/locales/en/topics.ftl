## Consultation topics: the resident's form, My topics, comments, the staff card's actions.

menu-new-topic = 🗳 Raise a topic
menu-topics = 📣 Community topics
cmd-topic = Raise a topic for the community council
cmd-mytopics = The topics you raised
topic-ask-about = 🗳 What should the community council talk about? Write it in a few words, or send a voice message.
topic-type-or-voice = Please write it in words or send a voice message. (I cannot read stickers here.)
topic-ask-photo = Would a photo help? Send one, or press "Skip".
topic-ask-where = Is it about your building or the whole community?
btn-topic-my-building = 🏠 Building { $building }
btn-topic-everyone = 🏘 The whole community
topic-use-where-buttons = Please press one of the buttons: your building, or the whole community.
topic-ask-name = May neighbours see your name with the topic? (The office always sees it.)
btn-topic-name-yes = 👤 Yes, show my name
btn-topic-name-no = 🙈 No, keep it to the office
topic-use-name-buttons = Please press "Yes" or "No".
topic-preview =
    Please check your topic:
    { $text }{ $media ->
        [photo] {""}
            📷 With a photo
        [voice] {""}
            🎤 With a voice message
        [both] {""}
            📷 With a photo and 🎤 a voice message
       *[none] {""}
    }
    Where: { $building ->
        [all] the whole community
       *[other] building { $building }
    }
    Your name: { $shown ->
        [yes] shown to neighbours
       *[no] only the office sees it
    }
    Press "Confirm" to send it.
topic-use-confirm = Please press "Confirm" to send your topic, or "Cancel".
topic-raised = ✅ Your topic { $number } is sent. The office will look at it, and you will hear of every step. Neighbours can back it under "📣 Community topics".
topic-already-raised = Your topic { $number } is sent already.
topic-form-closed = This form is closed. Press "🗳 Raise a topic" to start again.
btn-topic-mine = 🗂 My topics
topic-mine-empty = You have not raised a topic yet. Press "🗳 Raise a topic" to raise one.
topic-mine-title = 🗂 The topics you raised. Press one to see where it stands.
topic-mine-line = { $number } · { $status ->
        [review] ⏳
        [accepted] 📋
        [declined] ❌
        [merged] 🔗
        [on_agenda] 🗓
        [postponed] ⏭
        [decided] ✅
        [closed] 🏁
       *[withdrawn] 🚪
    } · 👥 { $supporters }
topic-mine-card =
    🗳 Topic { $number }
    { $text }
    { topic-status }
    👥 { $supporters } { $supporters ->
        [one] supporter
       *[other] supporters
    }{ $request ->
        [none] {""}
       *[other] {""}
            📝 Handled as request { $request }
    }{ $target ->
        [none] {""}
       *[other] {""}
            🔗 Now part of topic { $target }
    }
btn-topic-comment = 💬 Add a comment
btn-topic-answer = 💬 Answer
topic-ask-comment = 💬 Write your comment on { $number } (up to { $max } characters).
topic-comment-saved = ✅ Your comment on { $number } is saved. The office sees it with the topic.
topic-staff-comment =
    💬 { $number }: { $name } { $unit } wrote
    { $text }
topic-question =
    ❓ The office asks about your topic { $number }:
    { $text }
    Press "Answer" to reply.
topic-merged = 🔗 Topic { $number } is now part of topic { $target }: "{ $text }". Your support carries over, and you will hear of every step.
topic-merged-in = 🔗 Topic { $number } is now part of your topic { $target }: { $supporters } neighbours back it.
topic-became-request = 📝 Your topic { $number } is something the office can do for you directly: it is now request { $request }. You will hear of every step under "📋 My requests".
topic-handled-as-request = 📝 Topic { $number }, which you back, is being handled by the office as an ordinary request rather than at the council.
topic-desk-card =
    🗳 Topic { $number } · { topic-status }
    { $text }{ $media ->
        [photo] {" "}📷
        [voice] {" "}🎤
       *[none] {""}
    }
    Where: { $building ->
        [all] the whole community
       *[other] building { $building }
    }
    Raised by { $name } { $unit } ({ $shown ->
        [yes] name shown to neighbours
       *[no] name hidden from neighbours
    })
    👥 { $supporters } { $supporters ->
        [one] supporter
       *[other] supporters
    }{ $phone ->
        [none] {""}
       *[other] {""}
            ☎️ No Telegram: phone { $phone }
    }{ $note ->
        [none] {""}
       *[other] {""}
            🗒 Office note: { $note }
    }{ $request ->
        [none] {""}
       *[other] {""}
            📝 Now request { $request }
    }{ $target ->
        [none] {""}
       *[other] {""}
            🔗 Merged into { $target }
    }{ $comments ->
        [none] {""}
       *[other] {""}
            { $comments }
    }
btn-topic-is-request = 📝 This is a request
btn-topic-merge = 🔗 Merge into another
btn-topic-ask = ❓ Ask for details
topic-prompt-decline = { $who }, why is { $number } not for the council? Reply with the reason: the resident who raised it and its supporters will read it.
topic-prompt-merge = { $who }, reply with the number of the topic to merge { $number } into (for example T-000003).
topic-prompt-ask = { $who }, reply with your question about { $number }: the resident who raised it gets it and can answer.
topic-done-decline = ❌ { $number } is not for the council; the resident and the supporters are told.
topic-done-merge = 🔗 { $number } is merged into { $target }; everyone who backed either is told.
topic-done-ask = ❓ Your question on { $number } is sent to the resident; the answer will come here.
topic-done-request = 📝 { $number } is now request { $request }, and you are its owner.
topic-merge-number = That is not a topic number: please reply with one like T-000003.
error-topic-merged-already = Topic { $number } is already merged into { $target }.
error-topic-target-not-found = There is no topic with that number.
error-topic-merge-self = A topic cannot be merged into itself: give a number other than { $number }.
error-topic-target-closed = Topic { $number } is no longer open, so nothing can be merged into it.
error-topic-raiser-unreachable = The resident who raised { $number } cannot get messages from the bot: please phone them.
btn-topic-show-card = 🗳 Show the topic
topic-proxy-ask-name = ☎️ A topic for a resident without Telegram. What is the resident's name?
topic-proxy-ask-building = Which building does the resident live in?
topic-proxy-ask-building-free = Which building does the resident live in? (Type its name or number.)
topic-proxy-ask-unit = Which unit or flat? For example 2-301.
topic-proxy-ask-phone = What is the resident's phone number? You will phone them as the topic moves on.
topic-proxy-phone-invalid = Please type a phone number with digits, for example 138 0000 0000.
topic-proxy-ask-about = What does the resident want the council to discuss? Write it in their words.
topic-proxy-ask-where = Is it about the resident's building or the whole community?
topic-proxy-ask-shown = Did the resident agree that neighbours may see their name with the topic?
topic-proxy-ask-note = Your note for the office: how the resident raised it (a visit, a call) and anything they asked for.
topic-proxy-summary =
    Please check the topic for { $name } ({ $building } { $unit }, ☎️ { $phone }):
    { $text }
    Where: { $where ->
        [all] the whole community
       *[other] building { $where }
    }
    Name shown to neighbours: { $shown ->
        [yes] yes
       *[no] no
    }
    🗒 { $note }
topic-proxy-filed = ✅ Raised as { $number } for { $name }. Please phone { $phone } as it moves on.
topic-proxy-already = ✅ This topic was already raised as { $number }.
topic-proxy-closed = This form is closed. Use /proxytopic (under "🧰 Staff tools") to start again.
cmd-proxytopic = Raise a topic for a resident without Telegram
cmd-topicdesk = The topics waiting for review, with their cards
ws-group-consultation = 🗳 Consultation
topic-desk-title = 🗳 Topics waiting for review, oldest first. Press one for its card.
topic-desk-empty = No topic is waiting for review.
topic-desk-line = { $number } · { $text }
topic-from-request = 🗳 Your request { $request } is now part of topic { $number } for the community council: neighbours with the same matter back it together, and you will hear of every step.
topic-from-usage = Type the requests to make one topic of, and words for it if you like: /topicfrom R-000003 R-000007 Noise from the bar at night
topic-from-done = 🗳 { $number } is raised from { $count } { $count ->
        [one] request
       *[other] requests
    }; its card is in the staff chat.
topic-from-already = 🗳 These requests are topic { $number } already.
btn-request-to-topic = 🗳 Raise as a topic
error-topic-from-none = Name at least one request, for example /topicfrom R-000003 R-000007.
error-topic-from-many = At most { $max } requests can become one topic at once.
error-topic-from-missing = There is no request { $number } (or its resident has left).
error-topic-from-closed = Request { $number } is closed: only open requests can become a topic.
cmd-topicfrom = Make one topic of several requests
topic-merge-pick = Or pick the topic to merge { $number } into:
