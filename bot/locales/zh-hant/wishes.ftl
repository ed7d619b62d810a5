# Written by `python -m scripts.zh_hant` from zh-hans/wishes.ftl: edit that file instead.
## 微心願：居民、工作人員、幫辦人、錯誤提示。

wish-category = { $category ->
        [study] 📚 學習
        [daily] 🧺 生活所需
        [company] 🫖 陪伴探訪
        [repairs] 🔧 維修
        [health] 🩺 健康
       *[other] ✨ 其他
    }
wish-status = { $status ->
        [review] ⏳ 等待稽核
        [published] 📣 已釋出
        [claimed] 🤝 已有人認領
        [on_way] 🚶 正在辦理
        [done] 📦 已完成，等您確認
        [fulfilled] 🌟 已實現
        [declined] ❌ 未通過
        [withdrawn] 🚪 已撤回
       *[expired] ⌛ 已過期
    }
wish-by-when = { $by_when ->
        [none] 不限日期
       *[other] { $by_when } 前
    }
wish-body =
    { wish-category }
    { $text }
    🗓 { wish-by-when }{ $building ->
        [none] {""}
       *[other] {"\u000A"}🏢 { $building }
    }

## 稍後傳送的訊息（發件箱）。

wish-staff-review =
    🌟 新心願 { $number } 待稽核
    { wish-category }
    { $text }
    🎤 語音：{ $voice } · 📷 照片：{ $photo }
    🗓 { wish-by-when }
    👤 { $name } · 🏢 { $building } · 🚪 { $unit } · 📞 { $phone }
    向幫辦人顯示樓棟：{ $show_building }{ $consent ->
        [none] {""}
       *[other] {"\u000A"}📝 工作人員代填；同意情況：{ $consent }
    }
wish-staff-withdrawn = 🚪 心願 { $number } 已被居民撤回。
wish-staff-claimed = 🤝 心願 { $number } 已由 { $helper } 認領。{ $arrange ->
        [yes] {" "}工作人員負責安排見面：請聯絡幫辦人。
       *[other] {""}
    }
wish-staff-released = ↩️ { $helper } 退回了心願 { $number }，它已重新上架。
wish-staff-stalled = ⌛ 心願 { $number } 提醒後仍無進展，已從 { $helper } 處收回，重新上架。
wish-staff-fulfilled = 🌟 心願 { $number } 已實現（幫辦人獲得 { $points } 積分）。
wish-staff-confirm = 📦 幫辦人說 { $name } 的心願 { $number } 已完成{ $photo ->
        [yes] {" "}（附照片）
       *[other] {""}
    }。{ $name } 沒有 Telegram：請與其核實後回答。
wish-published = 📣 您的心願 { $number } 已釋出。幫辦人現在可以看到它（看不到您的姓名和門牌）。
wish-declined = ❌ 您的心願 { $number } 未通過。原因：{ $reason }
wish-claimed = 🤝 好訊息：已有幫辦人認領您的心願 { $number }。
wish-on-way = 🚶 您的心願 { $number } 正在辦理中。
wish-done = 📦 幫辦人說您的心願 { $number } 已經實現。您收到了嗎？
wish-expired = ⌛ 您的心願 { $number } 已過期：在幫辦人認領之前日期已過。
wish-announce =
    🌟 新心願 { $number } 等待幫辦人
    { wish-body }
wish-helper-not-yet = ⏳ 居民還沒有收到心願 { $number }。狀態已改回“正在辦理”：請核實，完成後再報告。
wish-helper-fulfilled = 🌟 心願 { $number } 已實現：居民已確認。您獲得 { $points } 愛心積分。謝謝您！
wish-helper-thanks = 💌 心願 { $number } 的感謝：{ $text }
wish-helper-stall-reminder = ⏰ 心願 { $number } 已有一段時間沒有進展。有訊息時請按“🚶 正在辦理”或“📦 已完成”，或者退回。{ $days } 天內沒有訊息，它將重新上架。
wish-helper-released = ↩️ 心願 { $number } 提醒後沒有訊息，已重新上架，由其他幫辦人接手。感謝您的付出。

## 按鈕。

btn-wish-open = 🌟 檢視
btn-wish-received = ✅ 已收到
btn-wish-not-yet = ⏳ 還沒有
btn-wish-approve = ✅ 通過
btn-wish-edit = ✏️ 修改
btn-wish-decline = ❌ 不通過
btn-wish-media = 📎 照片或語音
btn-wish-type-handover = ✍️ 填寫幫辦人獲得的資訊
btn-wish-staff-arranges = 🏢 由工作人員安排
btn-wish-claim = 🤝 認領
btn-wish-claim-for = 🤝 代表 { $partner } 認領
btn-wish-on-way = 🚶 正在辦理
btn-wish-done = 📦 已完成
btn-wish-release = ↩️ 退回
btn-wish-withdraw = 🚪 撤回
btn-wish-thank = 💌 傳送感謝
btn-wish-export = 📊 匯出
btn-wish-partners = 🏢 共建單位
btn-partner-add = ➕ 新增共建單位
btn-partner-remove = 🗑 移除
btn-wish-no-date = 不限日期
btn-wish-show-building = 可以，顯示我的樓棟
btn-wish-hide-building = 不，保密

## 選單和命令。

menu-wish = 🌟 許個心願
menu-my-wishes = 🌟 我的心願
menu-wishes = 🤝 認領心願
menu-wish-desk = 🌟 心願臺
cmd-wish = 許一個微心願
cmd-mywishes = 我的心願及進展
cmd-wishes = 等待幫辦的心願
cmd-wishdesk = 心願：稽核、概覽、匯出
cmd-proxywish = 為沒有 Telegram 的居民登記心願
cmd-partners = 共建單位
cmd-wishpoints = 各類心願的積分
cmd-wishstall = 認領無進展幾天後提醒

## 居民：表單和我的心願。

wish-ask-category = 🌟 您的心願是關於什麼的？請點選：
wish-category-chosen = 您的心願：{ wish-category }
wish-ask-text = 請用幾句話寫下您的心願，或傳送語音。
wish-type-or-voice = 請寫下您的心願，或傳送語音。
wish-ask-photo = 您可以傳送一張照片（只有工作人員能看到），或按“跳過”。
wish-photo-or-skip = 請傳送照片，或按“跳過”。
wish-ask-when = 最晚什麼時候需要？請輸入日期（例如 2025-06-30、下週五），或按“不限日期”。
wish-date-unreadable = 抱歉，看不懂這個日期。可以試試 2025-06-30，或按“不限日期”。
wish-ask-building = 可以讓幫辦人看到您的樓棟嗎？他們永遠看不到您的姓名、電話和門牌。
wish-building-use-buttons = 請按下面的按鈕。
wish-summary =
    請核對您的心願：
    { wish-category }
    { $text }{ $voice ->
        [yes] {"\u000A"}🎤（語音）
       *[other] {""}
    }
    📷 照片：{ $photo }
    🗓 { wish-by-when }
    🏢 向幫辦人顯示樓棟：{ $show_building }
wish-filed = ✅ 您的心願 { $number } 已提交。工作人員會盡快稽核，幫辦人可以看到時我們會告訴您。
wish-already-sent = 您的心願 { $number } 已經提交過了。
wish-form-closed = 這個表單已經關閉。
my-wishes-title = 🌟 您的心願，點一個檢視：
my-wishes-empty = 您還沒有心願。按“🌟 許個心願”來許一個吧。
wish-line = { $number } · { wish-status }
wish-resident-card =
    🌟 心願 { $number }
    { wish-status }
    { wish-category }
    { $text }
    🗓 { wish-by-when }{ $reason ->
        [none] {""}
       *[other] {"\u000A"}原因：{ $reason }
    }
wish-withdrawn = 🚪 心願 { $number } 已撤回。
wish-confirmed = 🌟 太好了！心願 { $number } 已實現。要給幫辦人發一句感謝嗎？
wish-not-yet-noted = ⏳ 謝謝。我們已告訴幫辦人心願 { $number } 還沒有收到。
wish-ask-thanks = 💌 請寫下您的感謝。幫辦人只會看到這些話，看不到您的其他資訊。
wish-thanks-sent = 💌 您的感謝已發給幫辦人。

## 工作人員。

wish-approve-how = ✅ 通過心願 { $number }。幫辦人認領後能得到什麼？請填寫聯絡方式或見面地點，或由工作人員安排。
wish-prompt-handover = { $who }，{ $number } 的幫辦人認領後得到什麼（聯絡方式、見面地點）？請回復此訊息。
wish-prompt-edit = { $who }，請寫下幫辦人將看到的 { $number } 新內容。請回復此訊息。
wish-prompt-decline = { $who }，{ $number } 為什麼不通過？居民會看到。請回復此訊息。
wish-prompt-partner = { $who }，共建單位叫什麼名字？請回復此訊息。
wish-approved = 📣 心願 { $number } 已釋出；已通知 { $told } 位幫辦人。
wish-edited = ✏️ { $number } 的內容已修改。
wish-declined-done = ❌ 心願 { $number } 未通過；已告知居民原因。
wish-no-media = 這個心願沒有照片或語音。
wish-proxy-confirmed = ✅ 心願 { $number } 已記錄。
wish-desk =
    🌟 心願臺
    按狀態：{ $statuses }
    按類別：{ $categories }
    認領 { $days } 天無進展即為停滯。
    每個實現的心願積分：{ $points }
wish-desk-review = ⏳ 等待稽核：
wish-desk-unclaimed = 📣 未認領，最早的在前：
wish-desk-stalled = ⌛ 停滯的認領：
wish-desk-line = { $number } · { wish-category } · { $text }
wish-desk-helper-line = { $number } · { $helper }
wish-desk-nothing = —
wish-partners = 🏢 共建單位（其成員代表單位認領心願）：
wish-partners-empty = 🏢 還沒有共建單位。
wish-partner-line = { $name } · { $members } 位成員
wish-partner-added = ✅ { $name } 已加入名單。
wish-partner-removed = 🗑 { $name } 已移出名單。
wish-partner-link = 🔗 { $name } 新成員的一次性連結（7 天內有效）：{ $link }
wish-partner-joined = 🏢 歡迎：您現在代表 { $name }。按“🤝 認領心願”或傳送 /wishes 檢視等待幫辦的心願。
wish-points-usage = 請傳送 /wishpoints 加類別和數字，例如：/wishpoints study 15。類別：study、daily、company、repairs、health、other。
wish-points-set = ✅ 實現一個{ wish-category }心願現在獲得 { $points } 積分。
wish-stall-usage = 請傳送 /wishstall 加天數，例如：/wishstall 7。
wish-stall-set = ✅ 認領 { $days } 天無進展將收到提醒。
wish-proxy-ask-name = 🌟 為沒有 Telegram 的居民登記心願。居民姓名？
wish-proxy-ask-building = 住在哪棟樓？
wish-proxy-ask-unit = 哪個單元門牌？
wish-proxy-ask-phone = 電話號碼？
wish-proxy-phone-invalid = 電話號碼需要有數字。
wish-proxy-ask-consent = 居民如何同意分享這個心願（誰、何時、怎樣）？此記錄只給工作人員看。
wish-proxy-ask-category = 心願是關於什麼的？
wish-proxy-ask-text = 居民的心願是什麼？
wish-proxy-summary =
    請核對 { $name }（{ $building }，{ $unit }，{ $phone }）的心願：
    { wish-category }
    { $text }
    📝 同意情況：{ $consent }
wish-proxy-filed = ✅ { $name } 的心願 { $number } 已登記，等待稽核。

## 幫辦人。

wishes-title = 🤝 等待幫辦的心願（日期最近的在前）：
wishes-empty = 現在沒有等待幫辦的心願。謝謝您的關注！
wishes-mine-title = 您認領的：
wishes-board-line = { $number } · { wish-category } · { wish-by-when }
wishes-mine-line = { $number } · { wish-status }
wish-public-card =
    🌟 心願 { $number }
    { wish-body }
wish-helper-card =
    🌟 心願 { $number }：由您認領{ $partner ->
        [none] {""}
       *[other] {" "}（代表 { $partner }）
    }
    { wish-status }
    { wish-body }
    { $arrange ->
        [yes] 🏢 工作人員會聯絡您安排。
       *[other] 📍 { $handover }
    }
wish-you-claimed = 🤝 心願 { $number } 由您認領。謝謝您！
wish-on-way-noted = 🚶 已記錄：心願 { $number } 正在辦理。
wish-ask-done-photo = 📦 請傳送一張心願實現的照片，或按“跳過”。
wish-done-noted = 📦 謝謝！我們已請居民確認心願是否實現。
wish-released = ↩️ 心願 { $number } 已重新上架。
wish-xlsx-sheet = 心願
wish-col-number = 編號
wish-col-status = 狀態
wish-col-category = 類別
wish-col-text = 心願
wish-col-by-when = 截止日期
wish-col-resident = 居民
wish-col-building = 樓棟
wish-col-unit = 門牌
wish-col-phone = 電話
wish-col-helper = 幫辦人
wish-col-filed = 提交時間
wish-col-fulfilled = 實現時間
wish-col-points = 積分

## 錯誤提示。

error-wish-not-found = 找不到這個心願。
error-wish-date-past = 這個日期已經過去了。請填寫將來的日期，或按“不限日期”。
error-wish-not-withdrawable = 心願 { $number } 已被認領，不能撤回。
error-wish-not-done = 心願 { $number } 不在等待確認。
error-wish-own-claim = 這個心願是您幫辦的，需要由其他人確認。
error-wish-no-thanks = 無法傳送心願 { $number } 的感謝（已傳送過，或尚未實現）。
error-wish-needs-text = 心願 { $number } 只有語音：請先按“修改”寫下文字。
error-wish-date-passed = 心願 { $number } 的日期已過。
error-wish-reviewed = 心願 { $number } 已經處理過了。
error-wish-proxy-incomplete = 需要填寫姓名和同意情況。
error-wish-resident-confirms = 只有居民本人可以確認心願 { $number }。
error-partner-exists = 名單上已有同名的共建單位。
error-partner-invite = 這個連結已被使用或已過期。請向工作人員索取新連結。
error-wish-helpers-only = 只有志願者和共建單位可以認領心願。
error-wish-gone = 心願 { $number } 已不再等待幫辦人。
error-wish-not-member = 您不代表這個單位。
error-wish-taken = 有人剛剛先認領了心願 { $number }。仍然謝謝您！
error-wish-not-yours = 這個心願不（再）由您認領。
error-wish-already-done = 心願 { $number } 已經報告完成。
error-wish-category = 沒有這個類別。類別有：study（學習）、daily（生活所需）、company（陪伴探訪）、repairs（維修）、health（健康）、other（其他）。
mydata-wishes = 您的心願（{ $count }）：
error-wish-own-wish = 這是您自己的心願，會由其他幫辦人認領。
wish-confirm-reminder = 📦 提醒：幫辦人幾天前報告您的心願 { $number } 已完成。您收到了嗎？
wish-staff-unconfirmed = 📦 { $name } 的心願 { $number } 已報告完成，但尚未確認；請跟進一下。
wish-desk-open = 🔍 開啟 { $number }
