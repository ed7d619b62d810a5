# 把居民对通知的回复一键转成诉求。
btn-reply-to-request = 📝 转为诉求
reply-became-request = 📝 已将这条回复转为 { $number }，由您负责。
reply-was-request = 📝 这条回复已是 { $number }。
request-from-notice-reply = 📝 您对通知的回复已登记为诉求 { $number }，可在 📋 我的诉求 里查看进展。
