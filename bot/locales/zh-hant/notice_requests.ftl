# Written by `python -m scripts.zh_hant` from zh-hans/notice_requests.ftl: edit that file instead.
# 把居民對通知的回覆一鍵轉成訴求。
btn-reply-to-request = 📝 轉為訴求
reply-became-request = 📝 已將這條回覆轉為 { $number }，由您負責。
reply-was-request = 📝 這條回覆已是 { $number }。
request-from-notice-reply = 📝 您對通知的回覆已登記為訴求 { $number }，可在 📋 我的訴求 裡檢視進展。
btn-reply-to-topic = 🗳 轉為議題
reply-became-topic = 🗳 已將這條回覆轉為議題 { $number }，請在協商議事裡稽核。
reply-was-topic = 🗳 這條回覆已是 { $number }。
topic-from-notice-reply = 🗳 您對通知的回覆已成為社群議事會的議題 { $number }，鄰居們可以在 📣 社群議題 裡表示支援。不會顯示您的名字。
