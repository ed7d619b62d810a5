# Written by `python -m scripts.zh_hant` from zh-hans/saved_replies.ftl: edit that file instead.
# 常用回覆：工作人員常說的簡短答覆，回覆時以按鈕出現。
saved-offer = 💬 也可以發常用回覆（點一下檢視全文）：
saved-shown = 💬 這條常用回覆：
saved-shown-how = 點“傳送”原樣回覆。想改幾個字：點一下文字複製，再貼上到上面問題的回覆裡修改後發出。
btn-saved-send = ✅ 傳送
btn-saved-back = ⬅️ 其他常用回覆
saved-sent = ✅ 已傳送：{ $text }
saved-reply-first = 請先在訴求上點 💬 回覆，再選常用回覆。（這條可能已經發過了。）
saved-list = 💬 常用回覆：{ $count } 條。在對應類別的訴求上點 💬 回覆時，會以按鈕出現。
saved-list-empty = 💬 還沒有常用回覆。可以新增常說的簡短答覆，例如“水管工明天上午9點到12點上門。”
saved-line = { $n }. 【{ $category }】{ $text }
saved-every-category = 所有類別
btn-saved-remove = 🗑 刪除第 { $n } 條
btn-saved-add = ➕ 新增常用回覆
saved-removed = 已刪除。
saved-already-removed = 已經刪除過了。
saved-ask-category = 這條常用回覆用於哪類訴求？
saved-press-category = 請點上面的按鈕選擇類別。
saved-ask-text = { $who }，請輸入常用回覆（不超過 { $max } 字）。居民看到的就是這段文字。
saved-kept = ✅ 已儲存：{ $text }
saved-reply-too-many = 常用回覆已有 { $max } 條，請先刪除一條。
