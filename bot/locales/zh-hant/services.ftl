# Written by `python -m scripts.zh_hant` from zh-hans/services.ftl: edit that file instead.
## 服務層寫出的文字：通知、工單卡片、錯誤提示。

category-name = { $category ->
    [repairs] 🔧 維修
    [sanitation] 🧹 環境衛生
    [neighbours] 🔊 噪音與鄰里
    [security] 🛡 治安安全
    [paperwork] 📄 證件代辦
    [elderly] 🧓 助老助殘
    [other] 💬 其他
   *[custom] { $category_label }
}

status-name = { $status ->
    [new] 新提交
    [taken] 已受理
    [in_progress] 處理中
    [waiting] 等待您回覆
    [resolved] 已辦結，等待您確認
    [closed] 已關閉
    [referred] 已轉介
    [withdrawn] 已撤回
   *[reopened] 已重新開啟
}

staff-status-name = { $status ->
    [new] 新提交，尚無人受理
    [taken] 已受理
    [in_progress] 處理中
    [waiting] 等待居民回覆
    [resolved] 已辦結，等待居民確認
    [closed] 已關閉
    [referred] 已轉介
    [withdrawn] 居民已撤回
   *[reopened] 居民反饋未解決，已重新開啟
}

staff-card =
    { $overdue ->
        [yes] ⏰ 已超時 · { $number } · { category-name }
       *[no] { $status ->
            [new] 🆕
           *[other] 📌
        } { $number } · { category-name }
    }
    狀態：{ staff-status-name }
    居民：{ $name }，樓棟 { $building }，單元 { $unit }，電話 { $phone }{ $proxy ->
        [yes] {""}（未使用 Telegram，請電話聯絡）
       *[no] {""}
    }
    { $description }{ $voice ->
        [yes] {""} 🎤 語音見下條
       *[no] {""}
    }{ $photos ->
        [0] {""}
       *[other] {""} 📷 照片 { $photos } 張見下條
    }
    位置：{ $location }
    負責人：{ $owner } · 經辦人：{ $handler }{ $metoo ->
        [0] {""}
       *[other] {""} · 🙋 另有 { $metoo } 戶鄰居遇到同樣的問題
    }

staff-overdue =
    ⏰ 超過首次響應時限仍未答覆，請儘快受理。
    { staff-card }

btn-take = ✋ 受理
btn-reply = 💬 回覆
btn-ask = ❓ 詢問居民
btn-note = 📝 備註
btn-handover = 🔁 轉交
btn-close = ✅ 辦結
btn-answer = 💬 回覆
btn-solved-yes = 👍 已解決
btn-solved-no = 👎 還沒解決

request-taken = 您的訴求 { $number } 已由 { $staff } 受理，會隨時告訴您進展。
request-staff-reply =
    💬 { $staff } 關於 { $number } 的回覆：
    { $text }
request-question =
    ❓ { $staff } 需要您補充 { $number } 的情況：
    { $text }
request-resolved =
    ✅ 您的訴求 { $number } 已辦結：
    { $text }

    問題解決了嗎？如果 { $days } 天內沒有回覆，我們將關閉此訴求。
request-referred =
    ℹ️ 您的訴求 { $number } 不屬於社群辦理範圍。
    責任單位：{ $who }
    聯絡方式：{ $contact }
request-autoclosed = 您的訴求 { $number } 在 7 天內未收到回覆，已自動關閉。謝謝！

staff-joined = 👥 { $name } 已成為社群工作人員。
staff-removed-you = 您已不再是社群工作人員。
staff-resident-reply =
    💬 { $name } 關於 { $number }：
    { $text }
staff-withdrawn = ↩️ { $name } 撤回了訴求 { $number }。
staff-reopened = 🔁 { $name } 表示訴求 { $number } 還沒有解決，已重新開啟。
staff-rated = ⭐ { $number } 獲得評分 { $stars }/5。
staff-handed-to-you =
    🔁 { $staff } 把這件訴求轉交給您辦理，他/她仍是負責人，會看到您的每一步。
    { staff-card }
staff-fyi-reply = ℹ️ { $staff } 已答覆 { $number } 的居民：{ $text }
staff-fyi-note = 📝 { $staff } 在 { $number } 上備註：{ $text }
staff-fyi-handover = ℹ️ { $staff } 已把 { $number } 轉交給 { $to }。
staff-fyi-resolved = ✅ { $staff } 已辦結 { $number }：{ $text }
staff-fyi-referred = ℹ️ { $staff } 已將 { $number } 轉介給 { $who }。
staff-error-alert = ⚠️ 處理 { $who } 的訊息時出錯，詳情已記入日誌（{ $error }）。

error-generic = 抱歉，操作沒有成功，請再試一次。
error-not-allowed = 抱歉，只有社群工作人員可以這樣操作。
error-not-found = 抱歉，找不到這條內容了。
error-not-registered = 請先登記：點選 /start。
error-conflict = 情況已有變化，請重新檢視。
error-already-taken = { $number } 已由 { $owner } 受理。
error-already-yours = { $number } 已經是您負責的了。
error-invalid = 抱歉，無法使用這個內容。
error-name-length = 請輸入 1 到 { $max } 個字的姓名。
error-unit-length = 請輸入 1 到 { $max } 個字的單元門牌，例如 2-301。
error-unknown-building = 請點選下方按鈕中的樓棟。
error-invite-invalid = 該邀請連結已被使用或已過期，請重新索取。
error-label-length = 請使用 1 到 { $max } 個字。
error-building-exists = 該樓棟已在列表中。
error-category-exists = 該類別已存在。
error-hours-range = 請輸入 1 到 { $max } 之間的小時數。
error-text-empty = 請寫幾句話。
error-text-long = 內容太長了，請控制在 { $max } 個字以內。
error-unknown-category = 請點選下方按鈕中的類別。
error-request-closed = { $number } 已經關閉。
error-not-awaiting-answer = { $number } 目前不需要您確認。
error-already-rated = 您已經評價過了，謝謝！
error-not-owner = 此訴求由 { $owner } 負責，請讓其轉交給您。
error-not-staff = 請選擇一位工作人員。
error-referral-incomplete = 請寫明責任單位和聯絡方式。
error-proxy-incomplete = 請填寫居民姓名和電話。
