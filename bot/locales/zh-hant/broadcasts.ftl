# Written by `python -m scripts.zh_hant` from zh-hans/broadcasts.ftl: edit that file instead.
## 群發通知：工作人員編寫、進度與報告；居民回覆與遮蔽。

cmd-broadcast = 向居民傳送通知
cmd-broadcasts = 最近和預定的通知
cmd-quiethours = 普通通知在夜間等待的時段
menu-broadcast = 📢 傳送通知
menu-broadcasts = 🗞 通知

## 居民收到的內容。

notice-message =
    { $kind ->
        [urgent] 🚨 社群緊急通知
        [activity] 📢 社群通知 · 活動
        [policy] 📢 社群通知 · 政策
        [greeting] 📢 社群通知 · 節日問候
       *[other] 📢 社群通知 · 服務
    }

    { $text }
btn-notice-reply = ↩️ 回覆
btn-notice-mute-service = 🔕 不再接收服務通知
btn-notice-mute-activity = 🔕 不再接收活動通知
btn-notice-mute-policy = 🔕 不再接收政策通知
btn-notice-mute-greeting = 🔕 不再接收節日問候
btn-notice-unmute = 🔔 撤銷
notice-ask-reply = ↩️ 請寫下您對通知“{ $notice }”的回覆，工作人員會看到。
notice-reply-sent = ✅ 謝謝，您的回覆已轉給工作人員。
notice-muted = 🔕 好的，您將不再收到{ $kind ->
        [activity] 活動通知
        [policy] 政策通知
        [greeting] 節日問候
       *[other] 服務通知
    }。緊急通知仍會送達。
notice-unmuted = 🔔 您將重新收到這類通知。
notice-answer =
    💬 社群工作人員{ $name }回覆了您對“{ $notice }”的留言：
    { $text }
    您可以直接回復這條訊息。
notice-reply-staff =
    ↩️ 對通知“{ $notice }”的回覆
    來自 { $name }（{ $building }，{ $unit }）：
    { $text }
    回覆這條訊息即可答覆對方。
notice-answer-sent = ✅ 已傳送給 { $name }。
notice-preview-only = 這是預覽：正式通知上的按鈕才能使用。

## 編寫（/broadcast）。

broadcast-ask-content = 📢 請寫下通知內容。也可以傳送圖片或檔案，並把文字寫在說明裡。
broadcast-need-content = 請用文字傳送通知，或傳送帶說明文字的圖片或檔案。
broadcast-need-caption = 請把通知文字寫在圖片或檔案的說明裡。
broadcast-ask-kind = 這是哪類通知？緊急通知會立即傳送（夜間也發），且不能被遮蔽。
btn-notice-kind-urgent = 🚨 緊急
btn-notice-kind-service = 🛠 服務
btn-notice-kind-activity = 🎈 活動
btn-notice-kind-policy = 📜 政策
btn-notice-kind-greeting = 🎉 節日問候
broadcast-ask-audience = 發給誰？
btn-notice-to-everyone = 🏘 全體居民
btn-notice-to-buildings = 🏠 部分樓棟或網格
btn-notice-to-volunteers = 🙋 志願者
btn-notice-to-staff = 🧑‍💼 工作人員
btn-notice-to-event = 📅 某活動的報名者
btn-notice-to-language = 🌐 某種語言的居民
broadcast-ask-buildings = 請逐個選擇樓棟或網格，然後按“完成”。已選：{ $chosen }
broadcast-grid = 網格 { $grid }
broadcast-ask-event = 哪個活動的報名者？
broadcast-no-events = 目前沒有即將舉行的活動，請選擇其他物件。
broadcast-ask-language = 哪種語言的居民？
btn-language-en = English
btn-language-zh-hans = 简体中文
btn-language-zh-hant = 繁體中文
broadcast-preview-count =
    👆 這就是居民將看到的通知。
    將傳送給 { $count } 人。{ $quiet ->
        [yes] 現在是免打擾時段：將等到 { $until } 再發。
       *[no] {""}
    }
btn-notice-send = 📤 立即傳送
btn-notice-send-at = 📤 { $time } 傳送
btn-notice-schedule = 🕒 定時傳送
broadcast-ask-when = 什麼時候傳送？例如“明天上午9點”、“tomorrow 9:00”、“2026-12-05 14:00”；重複的通知可寫“每月第一個週五上午9點”、“every Monday 9:00”。
broadcast-scheduled = 🕒 已定於 { $when } 傳送。可在 /broadcasts 檢視。
broadcast-recurring = 🔁 已設定：{ $rule }；首次在 { $when }。可在 /broadcasts 停止。
broadcast-form-closed = 這個通知表單已關閉。請用 /broadcast 重新開始。
error-notice-no-targets = 請先選擇通知發給誰。
error-notice-when = 抱歉，沒看懂這個時間。請試試“明天上午9點”或“tomorrow 9:00”。
error-notice-over = 這條通知已經結束。
error-notice-urgent-mute = 緊急通知不能遮蔽。
error-notice-unreachable = { $name } 已遮蔽機器人，請用其他方式聯絡。
error-quiet-hours = 請按“22:00-07:00”的格式填寫免打擾時段（“0-0”表示關閉）。

## 進度、報告與列表。

broadcast-progress =
    📤 正在傳送“{ $notice }”
    ✅ 已傳送：{ $sent } / { $total }
    🚫 無法送達：{ $unreachable } · ⚠️ 失敗：{ $failed }
    { $held ->
        [none] ⏳ 約剩 { $minutes } 分鐘
       *[other] 🌙 等待免打擾時段結束：{ $held }
    }
broadcast-report =
    📊 “{ $notice }”的傳送報告{ $cancelled ->
        [0] {""}
       *[other] （已取消：{ $cancelled } 條未傳送）
    }
    ✅ 已送達：{ $sent } / { $total }
    🚫 無法送達（已遮蔽機器人）：{ $unreachable }
    ⚠️ 多次重試後失敗：{ $failed }
broadcast-sending = 📤 正在傳送。進度見下方，可在那裡取消。
broadcast-held = 🌙 現在是免打擾時段，將在 { $time } 發出。進度見下方，發出前可在那裡取消。
btn-notice-stop = ✖️ 取消傳送
broadcast-stopping = ✖️ 正在取消：尚未發出的將不再發送。
broadcasts-title = 🗞 通知
broadcasts-recent = 最近：
broadcasts-planned = 預定：
broadcasts-none = 還沒有通知。用 /broadcast 傳送一條。
broadcasts-line = • { $when } · “{ $notice }” · { $status ->
        [sending] 傳送中
        [cancelled] 已取消
       *[other] 已完成
    } · ✅ { $sent }/{ $total } · 🚫 { $unreachable } · ⚠️ { $failed } · ↩️ { $replies }
broadcasts-planned-line = • { $when } · “{ $notice }”{ $rule ->
        [none] {""}
       *[other] { " " }· 🔁 { $rule }
    }
btn-notice-unreachable = 🚫 無法送達的人
broadcast-cancelled = ✖️ 通知“{ $notice }”已取消。
broadcast-stopped = ✖️ 重複通知“{ $notice }”已停止。
broadcasts-unreachable = 🚫 以下居民已遮蔽機器人，收不到通知：{ $names }
broadcasts-unreachable-none = 🚫 沒有人遮蔽機器人。
repeat-rule = { $freq ->
        [daily] 每天
        [weekly] 每{ $weekday ->
            [0] 週一
            [1] 週二
            [2] 週三
            [3] 週四
            [4] 週五
            [5] 週六
           *[6] 週日
        }
       *[monthly] { $nth ->
            [0] 每月{ $day }日
            [1] 每月第一個{ repeat-weekday }
            [2] 每月第二個{ repeat-weekday }
            [3] 每月第三個{ repeat-weekday }
            [4] 每月第四個{ repeat-weekday }
           *[other] 每月最後一個{ repeat-weekday }
        }
    } { $time }
repeat-weekday = { $weekday ->
        [0] 週一
        [1] 週二
        [2] 週三
        [3] 週四
        [4] 週五
        [5] 週六
       *[6] 週日
    }

## 免打擾時段（管理員）。

quiet-hours-ask = 🌙 當前免打擾時段為 { $hours }：其間發出的普通通知會等到時段結束，緊急通知立即傳送。請輸入新的時段，如“22:00-07:00”，或輸入“0-0”關閉。
quiet-hours-set = 🌙 免打擾時段已改為 { $hours }。
quiet-hours-off = 關閉
