# A resident's reply to a notice turned into a request with one tap.
btn-reply-to-request = 📝 Make it a request
reply-became-request = 📝 { $number } made from the reply; you own it.
reply-was-request = 📝 This reply is already { $number }.
request-from-notice-reply = 📝 Your reply to the notice is now request { $number }, so you can follow it in 📋 My requests.
btn-reply-to-topic = 🗳 Make it a topic
reply-became-topic = 🗳 { $number } made from the reply, for the council; review it in the Consultation topic.
reply-was-topic = 🗳 This reply is already { $number }.
topic-from-notice-reply = 🗳 Your reply to the notice is now topic { $number } for the community council; neighbours can back it on the board (📣 Community topics). Your name is not shown.
