# Written by `python -m scripts.zh_hant` from zh-hans/desk.ftl: edit that file instead.
## 工作人員服務檯：工單按鈕、答覆、轉交、辦結、待辦列表、代居民登記。

desk-you-own = ✋ 您已成為 { $number } 的負責人，已通知居民。
desk-prompt-reply = { $who }，請寫下給居民關於 { $number } 的答覆。（請回複本條訊息；傳送 /cancel 可取消。）
desk-prompt-ask = { $who }，關於 { $number } 需要向居民詢問什麼？訴求將等待居民回覆。（請回複本條訊息；傳送 /cancel 可取消。）
desk-prompt-note = { $who }，請寫下 { $number } 的內部備註，居民看不到。（請回複本條訊息；傳送 /cancel 可取消。）
desk-prompt-resolve = { $who }，{ $number } 辦理了什麼？之後會請居民確認是否解決。（請回複本條訊息；傳送 /cancel 可取消。）
desk-prompt-refer-who = { $who }，{ $number } 應由哪個單位負責？例如物業公司或街道辦事處。（請回複本條訊息；傳送 /cancel 可取消。）
desk-prompt-refer-how = { $who }，居民怎樣聯絡他們？請寫電話、地址或辦公時間。（請回複本條訊息；傳送 /cancel 可取消。）
desk-done-reply = ✅ 您對 { $number } 的答覆已發給居民。
desk-done-ask = ✅ 您對 { $number } 的詢問已發出，訴求等待居民回覆。
desk-done-note = 📝 已為 { $number } 新增備註。
desk-done-resolve = ✅ { $number } 已標記為辦結，正在請居民確認是否解決。
desk-done-refer = ℹ️ { $number } 已轉介給 { $who }，已告訴居民聯絡方式。
desk-close-menu = { $number } 要怎樣辦結？
desk-handover-menu = { $number } 轉交給誰辦理？您仍是負責人。
desk-handover-nobody = 目前沒有其他工作人員可以接手 { $number }。
desk-handed = 🔁 { $number } 已轉交 { $name } 辦理。您仍是負責人，會看到每一步進展。
btn-resolve = ✅ 已辦結：請居民確認
btn-refer = ↪️ 非社群事務：轉介
btn-card-back = ⬅️ 返回

desk-queue-title = 📥 { $filter ->
    [mine] 我負責的未辦結訴求
    [untaken] 無人受理的訴求
    [overdue] 已超時的訴求
   *[all] 全部未辦結訴求
}：{ $count } 件。超時的（⏰）排在前面，點選可開啟。
desk-queue-empty = 📥 { $filter ->
    [mine] 您沒有未辦結的訴求。
    [untaken] 所有訴求都已有人受理。
    [overdue] 沒有超時的訴求，辛苦了！
   *[all] 目前沒有未辦結的訴求。
}
desk-queue-page = 第 { $page } / { $pages } 頁：第 { $first }–{ $last } 件。
desk-queue-line = { $overdue ->
    [yes] ⏰ {""}
   *[no] {""}
}{ $number } · { category-name } · { staff-status-name } · { $owner }
btn-q-all = 全部
btn-q-mine = 我的
btn-q-untaken = 未受理
btn-q-overdue = ⏰ 已超時
btn-q-previous = ◀️ 上一頁
btn-q-next = 下一頁 ▶️

desk-timeline-title = 辦理記錄（🔒 為內部記錄，居民看不到）：
desk-timeline-line = { $internal ->
    [yes] 🔒 {""}
   *[no] {""}
}{ $time } · { $kind ->
    [created] 📝 { $who } 提交了訴求
    [taken] ✋ { $who } 受理
    [staff_reply] 💬 { $who }：{ $text }
    [resident_reply] 🗣 { $who }：{ $text }
    [note] 📝 { $who } 備註：{ $text }
    [handover] 🔁 { $who } 轉交給 { $text }
    [resolved] ✅ { $who }：{ $text }
    [status] ℹ️ { $who }：{ staff-status-name }
    [rating] ⭐ 評分 { $text }/5
   *[escalated] ⏰ 超時未答覆，已提醒工作人員和管理員
}

desk-proxy-ask-name = ☎️ 為不用 Telegram 的居民登記訴求。請問居民的姓名？
desk-proxy-ask-building = 居民住在哪一棟？
desk-proxy-ask-building-free = 居民住在哪一棟？（請輸入樓棟名稱或號碼）
desk-proxy-ask-unit = 單元門牌是多少？例如 2-301。
desk-proxy-ask-phone = 居民的電話是多少？您需要打電話告訴他/她辦理結果。
desk-proxy-phone-invalid = 請輸入帶數字的電話號碼，例如 138 0000 0000。
desk-proxy-ask-category = 是關於什麼的？請在下方選擇。
desk-proxy-use-buttons = 請用上方按鈕選擇訴求類別。
desk-proxy-category-chosen = ☎️ 代居民登記：{ category-name }
desk-proxy-ask-description = 居民需要什麼幫助？請簡單寫幾句。
desk-proxy-summary =
    請核對代居民登記的訴求：
    { $name }，樓棟 { $building }，單元 { $unit }，電話 { $phone }
    { category-name }
    { $description }
    點“✅ 確認”提交，您將成為負責人。
desk-proxy-filed = ✅ 已為 { $name } 登記，編號 { $number }。由您負責：請打電話 { $phone } 告訴居民辦理結果。
desk-proxy-already = ✅ 這件訴求已經登記過了，編號 { $number }。
desk-proxy-closed = 這個表單已關閉。請點“☎️ 代居民登記”重新開始。
