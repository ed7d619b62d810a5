# Written by `python -m scripts.zh_hant` from zh-hans/staff_room.ftl: edit that file instead.
# 工作群的話題，每類一個。
forum-topic-requests = 📥 訴求
forum-topic-alerts = ⏰ 提醒
forum-topic-replies = ↩️ 通知回覆
forum-topic-wishes = 🌟 微心願
forum-topic-volunteers = 🙋 志願者和兌換
forum-topic-consultation = 🗳 協商議事
