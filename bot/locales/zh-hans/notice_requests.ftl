# 把居民对通知的回复一键转成诉求。
btn-reply-to-request = 📝 转为诉求
reply-became-request = 📝 已将这条回复转为 { $number }，由您负责。
reply-was-request = 📝 这条回复已是 { $number }。
request-from-notice-reply = 📝 您对通知的回复已登记为诉求 { $number }，可在 📋 我的诉求 里查看进展。
btn-reply-to-topic = 🗳 转为议题
reply-became-topic = 🗳 已将这条回复转为议题 { $number }，请在协商议事里审核。
reply-was-topic = 🗳 这条回复已是 { $number }。
topic-from-notice-reply = 🗳 您对通知的回复已成为社区议事会的议题 { $number }，邻居们可以在 📣 社区议题 里表示支持。不会显示您的名字。
