# Written by `python -m scripts.zh_hant` from zh-hans/council.ftl: edit that file instead.
## 議事會：時間地點、議程、成員、簽到。

council-when = { $date }（{ $weekday ->
        [0] 週一
        [1] 週二
        [2] 週三
        [3] 週四
        [4] 週五
        [5] 週六
       *[6] 週日
    }）{ $time }，{ $place }
council-agenda-empty = （暫無議題）
council-agenda-line = { $position }. { $number } { $text } · 👥 { $supporters }
council-member = { $name }（{ $kind ->
        [staff] 工作人員
        [leader] 負責人
       *[rep] 居民代表
    }）
council-members-none = （暫無）
council-card =
    🏛 下次議事會：{ council-when }{ $repeat ->
        [yes] （定期舉行）
       *[no] {""}
    }
    議程：
    { $agenda }
    成員：{ $members }
    議程傳送：{ $sent ->
        [none] 尚未傳送
       *[other] { $sent }
    } · 已簽到：{ $attended } 人
council-none = 🏛 還沒有安排議事會。請點“📅 時間地點”安排下一次。
btn-council-set = 📅 時間地點
btn-council-members = 👥 成員
btn-council-door = 🚪 現場簽到
btn-council-minutes = 📝 會議記錄
btn-council-qr = 🎫 我的簽到碼
btn-council-add-leader = ➕ 負責人
btn-council-add-rep = ➕ 居民代表
council-ask-when = 📅 議事會什麼時候開？請輸入時間（“週五晚上7點”“6月6日19:00”）或規律（“每月第一個週五晚上7點”）。
council-ask-place = 📍 已理解為：{ $when }。在哪裡開？
council-set-done = ✅ 議事會已安排好，會前幾天會發出議程。
council-moved-told = ✅ 議事會已改期，收到過議程的人都已重新通知。
council-members = 👥 成員：{ $names }
    工作人員都參加。可在下面新增負責人或居民代表，點 ✖️ 可移除。
council-ask-who = 🔎 請輸入這個人的編號（#12）或名字的一部分。
council-who-none = 🔎 沒有找到與“{ $text }”相符的已登記居民，請換個寫法或輸入編號。
council-who-line = { $name } · 樓棟 { $building } · #{ $id }
council-who-found = 請點選要加入的人：
council-seated = ✅ { $name } 已加入議事會。
council-seated-already = { $name } 已經是議事會成員。
council-unseated = ✅ 已從議事會移除。
council-unseated-already = 這個人不是議事會成員。
council-ask-code = 🚪 議事會簽到。有人到場時請逐個輸入簽到碼（或掃他們的二維碼），結束後點“✖️ 取消”。
council-checked-in = ✅ { $name } 已簽到（目前 { $attended } 人）。
council-checked-in-already = { $name } 之前已簽到（目前 { $attended } 人）。
council-qr-caption = 🎫 參加議事會時在門口出示。您的簽到碼：{ $code }
council-agenda =
    🏛 社群議事會將於 { council-when } 召開。
    議程：
    { $agenda }
    您的簽到碼：{ $code }
council-reminder =
    ⏰ 提醒：社群議事會將於 { council-when } 召開。
    議程：
    { $agenda }
    您的簽到碼：{ $code }
council-moved =
    📅 社群議事會改期了，改為 { council-when } 召開。
    議程：
    { $agenda }
    您的簽到碼：{ $code }
error-council-when = 抱歉，沒看懂這個時間。可以試試“週五晚上7點”“6月6日19:00”或“每月第一個週五晚上7點”，並且必須是將來的時間。
error-council-not-found = 找不到這次議事會。
error-council-held = 這次議事會已經開過了。
error-council-person = 找不到這個人。
error-council-no-code = 您沒有這次議事會的簽到碼。
error-council-code = 沒有人的議事會簽到碼是 { $code }，請核對。
cmd-council = 下次議事會：時間、議程、成員、簽到
btn-council-last = 📋 上次議事會的結果
btn-council-xlsx = 📊 匯出結果 .xlsx
btn-council-publish = 📣 公佈結果
council-decision = { $decision ->
        [agreed] ✅ 通過
        [rejected] ❌ 未通過
        [postponed] ⏭ 推遲到下次議事會
       *[none] ⏳ 尚未決定
    }
council-minutes-line = { $position }. { $number } { $text }：{ council-decision }{ $said ->
        [none] {""}
       *[other] {" "}{ $said }
    }
council-minutes =
    📝 會議記錄（已簽到 { $attended } 人）：
    { $lines }
    請為每個議題點 ✅ 通過、❌ 未通過 或 ⏭ 推遲；已通過的議題點 ➕ 新增落實事項。
council-ask-decision-agreed = ✅ 通過。請用一兩句話寫明通過了什麼。
council-ask-decision-rejected = ❌ 未通過。請用一兩句話寫明原因。
council-ask-decision-postponed = ⏭ 推遲到下次議事會。請用一兩句話寫明原因。
council-decision-recorded = ✅ 決定已記錄，已通知提出議題的居民和支持者。
council-held-next = 🏛 所有議題都已有決定。下次議事會定於 { $when }，推遲的議題優先列入議程。
council-pick-owner = 👤 這項落實事項由誰負責？
council-ask-action = ✍️ 需要做什麼？（會生成一條由這位負責人處理的訴求。）
council-action-added = ✅ 落實事項已登記。
council-action-number = 訴求編號：{ $request }。所有落實事項完成後，議題即辦結。
council-topic-decided =
    🏛 議事會對議題 { $number } 的決定：{ council-decision }
    { $text }
council-topic-closed = 🏁 議題 { $number } 已辦結：議事會通過的事項都已落實。謝謝您提出這個議題。
council-action-yours =
    🏛 議題 { $number } 的一項落實事項由您負責：訴求 { $request }。
    { $text }
council-action-overdue = ⏰ 議題 { $number } 的落實事項 { $request } 已過 { $days } 天仍未完成，請跟進。
error-council-decided = { $number } 的決定已經記錄過了。
error-council-not-agreed = 只有已通過的議題才能新增落實事項（{ $number } 不是）。
council-outcome-line = • { $number } { $text }：{ council-decision }{ $said ->
        [none] {""}
       *[other] {" "}—— { $said }
    }
council-outcome-notice =
    🏛 社群議事會（{ council-when }）的決定：
    { $lines }
    感謝提出和支援這些議題的每一位居民。
council-published = 📣 結果已作為通知發給 { $recipients } 位居民（如在免打擾時段，會在結束後發出）。
council-xlsx-caption = 📊 議事會結果：議程、決定、落實事項、負責人和進展。
council-xlsx-sheet = 議事結果
council-xlsx-title = 社群議事會，{ $when }，{ $place }
council-xlsx-position = 序號
council-xlsx-topic = 議題
council-xlsx-text = 內容
council-xlsx-supporters = 支援人數
council-xlsx-decision = 決定
council-xlsx-said = 決定說明
council-xlsx-request = 落實事項（訴求或任務）
council-xlsx-owner = 負責人
council-xlsx-status = 進展
council-xlsx-due = 期限
error-council-nothing-decided = 這次議事會還沒有任何決定。
council-review-late = ⏳ 議題 { $number } 等待稽核已超過 { $days } 天：{ $text }
council-task-status = { $status ->
        [task_done] 已完成：志願者已到場
       *[task_open] 進行中：等待志願者
    }
council-ask-task = 🙋 為這個議題釋出志願任務。志願者要做什麼？（簡短的標題）
council-ask-task-when = 📅 什麼時候需要？（例如“週六上午9點”）
council-ask-task-place = 📍 在哪裡？
council-task-added = ✅ 志願任務已釋出，並已通知志願者。
council-task-title = “{ $title }”是這個議題的落實事項：您確認有志願者到場後即完成。
council-who-keen = 👥 或從支援議題最多的居民中選擇：
