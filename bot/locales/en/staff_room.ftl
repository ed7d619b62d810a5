# The staff room's forum topics, one per stream.
forum-topic-requests = 📥 Requests
forum-topic-alerts = ⏰ Alerts
forum-topic-replies = ↩️ Replies to notices
forum-topic-wishes = 🌟 Wishes
forum-topic-volunteers = 🙋 Volunteers and rewards
forum-topic-consultation = 🗳 Consultation
