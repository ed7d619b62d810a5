# 工作群的话题，每类一个。
forum-topic-requests = 📥 诉求
forum-topic-alerts = ⏰ 提醒
forum-topic-replies = ↩️ 通知回复
forum-topic-wishes = 🌟 微心愿
forum-topic-volunteers = 🙋 志愿者和兑换
forum-topic-consultation = 🗳 协商议事
