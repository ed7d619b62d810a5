# Written by `python -m scripts.zh_hant` from zh-hans/requests.ftl: edit that file instead.
## 居民訴求：提交訴求的表單、“我的訴求”、補充、撤回、評價。

request-ask-category = 📝 請問是哪方面的事情？請在下方選擇。
request-category-chosen = 📝 新訴求：{ category-name }
request-use-buttons = 請點上方的按鈕選擇類別。
request-ask-description = 請簡單說說發生了什麼。也可以發一段語音 🎤。
request-type-or-voice = 請輸入幾句話，或發一段語音 🎤。（這裡無法使用貼紙或圖片，下一步可以新增照片。）
request-ask-extras = 需要新增照片（最多 { $max } 張）或傳送位置嗎？準備好後請點“✅ 完成”。
request-extras-hint = 您可以傳送照片或位置。準備好後請點“✅ 完成”。
request-photo-added = 📷 已新增第 { $count } 張照片（最多 { $max } 張）。
request-photos-full = 已經添加了 { $max } 張照片，不能再多了。請點“✅ 完成”繼續。
request-location-added = 📍 已新增位置。
request-summary =
    請核對您的訴求：
    { category-name }
    { $description }
    📷 照片：{ $photos } 張 · 📍 位置：{ $location ->
        [yes] 已傳送
       *[no] 未傳送
    }
    請點“✅ 確認”提交給社群。
request-voice-note = 🎤 語音留言
request-filed =
    ✅ 謝謝！您的訴求編號是 { $number }。
    社群會在 { $hours } 小時內答覆您。可以在“📋 我的訴求”裡檢視進展。
request-already-sent = ✅ 這條訴求已經提交過了，編號 { $number }。可以在“📋 我的訴求”裡檢視進展。
request-form-closed = 這張表單已經關閉了。請點“📝 我要反映”重新開始。
btn-share-location = 📍 傳送位置

my-requests-empty = 您還沒有提交過訴求。有需要時請點“📝 我要反映”。
my-requests-title = 📋 您的訴求。點一條檢視辦理情況：
my-request-line = { $number } · { category-name } · { status-name }
request-view =
    { $number } · { category-name }
    狀態：{ status-name }
    { $description }
request-view-history = 辦理經過：
timeline-created = { $time } · 📝 您提交了訴求
timeline-taken = { $time } · ✋ { $who } 負責辦理
timeline-staff-reply = { $time } · 💬 { $who }：{ $text }
timeline-resident-reply = { $time } · 🗣 您：{ $text }
timeline-status = { $time } · ℹ️ { status-name }
timeline-resolved = { $time } · ✅ { $who }：{ $text }
timeline-rating = { $time } · ⭐ 您的評價：{ $stars } 分（滿分 5 分）
btn-add-info = 💬 補充情況
btn-withdraw = ↩️ 撤回
btn-my-requests = 📋 我的訴求
btn-withdraw-yes = ↩️ 確認撤回
btn-withdraw-no = 不撤回
withdraw-ask = 確定要撤回 { $number } 嗎？撤回後社群將停止辦理。
withdraw-done = ↩️ { $number } 已撤回，已通知社群。
withdraw-kept = 👍 { $number } 繼續辦理。

reply-ask = 💬 關於 { $number }，您想補充什麼？請輸入文字，或傳送照片。
reply-type-or-photo = 請輸入幾句話，或傳送照片。（這裡無法使用貼紙或語音。）
reply-sent = ✅ 已傳送，負責 { $number } 的工作人員會看到。

solved-rate = 👍 謝謝！{ $number } 已關閉。您對這次辦理滿意嗎？請打分：
solved-reopened = 🔁 抱歉還沒解決。{ $number } 已重新開啟，並已通知工作人員。
rate-thanks = ⭐ 謝謝您的評價：{ $stars } 分（滿分 5 分）！
