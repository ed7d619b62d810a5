# Written by `python -m scripts.zh_hant` from zh-hans/events.ftl: edit that file instead.
## 活動與報名：居民、工作人員、提醒、檔案、錯誤。

event-when = { $date }（{ $weekday ->
        [0] 週一
        [1] 週二
        [2] 週三
        [3] 週四
        [4] 週五
        [5] 週六
       *[6] 週日
    }）{ $start }–{ $end }

## 稍後傳送的訊息（發件箱）。

event-announce =
    📣 新活動：{ $title }
    🕒 { event-when }
    📍 { $place }
    { $capacity ->
        [none] 👥 名額不限
       *[other] 👥 共 { $capacity } 個名額
    } · ✍️ 報名截止 { $deadline }
    點下方按鈕檢視詳情並報名。
event-offer =
    🎉 { $title }（{ event-when }）有空出的名額給您！
    為您保留到 { $until }（{ $places } 個名額）。點“✅ 接受名額”即可報名成功；點“✖️ 不用了”讓給下一位。
event-offer-expired = ⌛ { $title }（{ event-when }）為您保留的名額已過期，已讓給下一位。您已不在候補名單中。
event-reminder =
    ⏰ 活動提醒：{ $title }
    🕒 { event-when }
    📍 { $place }
    您的簽到碼：{ $code }（{ $places } 個名額）。請在入場時出示。
event-moved =
    🕒 { $title } 時間有變，原定 { $old_date } { $old_start }。
    新時間：{ event-when }
    📍 { $place }
event-place-changed =
    📍 { $title }（{ event-when }）換了地點：{ $place }（原地點：{ $old_place }）。
event-cancelled = ❌ { $title }（{ event-when }）已取消，非常抱歉。

## 居民。

btn-event-open = 📅 檢視
btn-event-sign-up = ✍️ 報名
btn-event-join-line = ⏳ 加入候補
btn-event-closed = 🔒 報名已截止
btn-event-accept = ✅ 接受名額
btn-event-decline = ✖️ 不用了
btn-event-cancel-place = ✖️ 取消報名
btn-event-leave-line = 🚪 退出候補
btn-event-calendar = 📅 加入日曆
btn-event-qr = 🔳 我的簽到二維碼
btn-event-manage = ⚙️ 管理
btn-event-places = { $places } 個名額

events-title = 📅 近期活動，點一項檢視並報名：
events-empty = 近期暫無活動，有活動時會通知您。
event-line = { $title } · { $date } { $start }{ $state ->
        [confirmed] {" "}· ✅
        [waiting] {" "}· ⏳
        [offered] {" "}· 🎉
        [full] {" "}· 已滿
       *[other] {""}
    }
my-events-title = 🎟 您報名的活動，點一項檢視：
my-events-empty = 您還沒有報名任何活動。點“📅 社群活動”看看有什麼。
event-card =
    📅 { $title }
    🕒 { event-when }
    📍 { $place }
    { $description }
    { $capacity ->
        [none] 👥 名額不限
       *[other] 👥 剩餘名額：{ $left } / { $capacity }{ $waiting ->
            [0] {""}
           *[other] {" "}· { $waiting } 人候補
        }
    }
    ✍️ { $open ->
        [yes] 報名截止 { $deadline }
       *[no] 報名已於 { $deadline } 截止
    }{ $per_person ->
        [1] {""}
       *[other] {" "}· 每人最多 { $per_person } 個名額
    }
event-card-mine =
    { $status ->
        [confirmed] ✅ 您已報名（{ $places } 個名額）。簽到碼：{ $code }
        [offered] 🎉 有名額為您保留到 { $until }。
       *[waiting] ⏳ 您在候補名單第 { $position } 位。
    }
event-ask-places = 您需要幾個名額？（最多 { $max } 個，可帶家人。）
event-signed-up =
    ✅ 報名成功：{ $title }（{ $places } 個名額）。
    🕒 { event-when }
    📍 { $place }
    您的簽到碼是 { $code }，入場時請出示（或出示二維碼）。活動開始前我們會提醒您。
event-waiting =
    ⏳ { $title } 名額已滿，您已加入候補名單：第 { $position } 位。
    有名額空出時，我們會在這裡通知您，您有 { $hours } 小時時間確認。
event-cancelled-place = 已取消您在 { $title } 的報名。謝謝告知，名額將讓給下一位。
event-left-line = 您已退出 { $title } 的候補名單。
event-declined = 您已放棄 { $title } 的名額，謝謝，名額將讓給下一位。
event-closed-alert = 該活動報名已於 { $deadline } 截止。
event-qr-caption = 🔳 { $title } 的簽到碼：{ $code }。入場時請出示。
event-ics-caption = 📅 開啟此檔案，即可把 { $title } 加入日曆。
event-ics-alarm = { $title } 即將開始。
event-not-registered = 請先登記（只需一分鐘），然後再點“報名”。
event-alert-place = ✅ 報名成功：{ $title }（{ $places } 個名額）。簽到碼：{ $code }。詳情見聊天訊息。
event-alert-waiting = ⏳ { $title } 名額已滿：您在候補名單第 { $position } 位。有名額空出時會在這裡通知您。
event-ask-cancel-mine = { $status ->
        [confirmed] 確定取消您在 { $title } 的報名嗎？名額將讓給下一位。
        [offered] 確定放棄 { $title } 為您保留的名額嗎？名額將讓給下一位。
       *[waiting] 確定退出 { $title } 的候補名單嗎？
    }
btn-event-cancel-mine-yes = 是的
btn-event-cancel-mine-no = 不，保留

## 工作人員。

btn-event-roster = 👥 報名名單
btn-event-export = 📊 匯出表格
btn-event-checkin = ✅ 現場簽到
btn-event-poster = 🖼 海報二維碼
btn-event-move = 🕒 修改時間
btn-event-place = 📍 修改地點
btn-event-capacity = 🔢 修改名額
btn-event-cancel = ❌ 取消活動
btn-event-cancel-yes = ❌ 確定取消
btn-event-cancel-no = 保留活動
btn-event-publish = 📣 釋出
btn-event-unlimited = 不限
btn-event-until-start = 到活動開始
btn-event-everyone = 所有居民
btn-event-some-buildings = 部分樓棟
btn-event-volunteers = 志願者
btn-event-default-reminders = 提前 24 小時和 2 小時
btn-event-no-reminders = 不提醒

event-staff-card =
    ⚙️ { $title }
    🕒 { event-when }
    📍 { $place }
    👥 已報名：{ $confirmed }（{ $capacity ->
        [none] 名額不限
       *[other] 共 { $capacity } 個名額
    }）· 保留中：{ $offered } · 候補：{ $waiting }
    ✅ 已簽到：{ $attended } / { $coming }
    { $status ->
        [cancelled] ❌ 已取消
       *[other] ✍️ 報名截止 { $deadline }
    }
event-roster-title = 👥 { $title }（{ $date }）：{ $confirmed } 人報名，{ $waiting } 人候補
event-roster-coming = 已報名：
event-roster-offered = 名額保留中：
event-roster-waiting = 候補（按順序）：
event-roster-line = { $number }. { $name } · 🏠 { $building } / { $unit } · 📞 { $phone } · 👥 { $places } · 🔑 { $code }{ $checked ->
        [yes] {" "}✅
       *[no] {""}
    }
event-roster-none = （無）
event-export-caption = 📊 { $title } 報名名單
event-poster-caption = 🖼 { $title } 海報二維碼，掃碼即可在機器人中開啟活動：{ $link }
event-ask-checkin = ✅ { $title } 現場簽到。居民到場時逐個輸入簽到碼（或掃描二維碼）。結束時點“✖️ 取消”。
event-checked-in = ✅ { $name } 簽到成功（{ $places } 個名額），活動：{ $title }。已到 { $attended } / { $coming }。
event-checked-in-already = ☑️ { $name } 已經簽到過了（{ $title }）。
checkin-usage = 請傳送 /checkin 加簽到碼，例如 /checkin K7MX4Q；或開啟活動點“✅ 現場簽到”。
event-ask-move = 🕒 { $title } 改到什麼時候開始？（原定 { event-when }）例如“6月1日下午2點”或“June 1 14:00”。
event-ask-place = 📍 { $title } 改到哪裡舉行？（現在：{ $place }）
event-ask-capacity = 🔢 { $title } 現在設多少個名額？（已佔用 { $taken } 個）請輸入數字，或點“不限”。
event-changed = ✅ 已儲存，已通知所有報名的居民。
event-capacity-changed = ✅ 已儲存，新增名額會依次給候補的居民。
event-ask-cancel = 確定取消 { $title }（{ event-when }）嗎？所有報名的居民都會收到通知。
event-cancel-done = ❌ { $title } 已取消，已通知 { $told } 人。
event-cancel-kept = { $title } 照常舉行。

## 工作人員：新建活動表單。

newevent-ask-title = 📅 新建活動。活動名稱是什麼？（例如“義診”）
newevent-ask-description = 簡單介紹一下（帶什麼、適合誰）。也可以點“跳過”。
newevent-ask-start = 🕒 什麼時候開始？例如“明天下午3點”“6月1日下午2點”“下週六上午9點”“June 1 14:00”。
newevent-ask-end = 開始時間：{ $start }。什麼時候結束？（輸入“下午4點”或“16:00”即可。）
newevent-ask-place = 📍 在哪裡舉行？
newevent-ask-capacity = 👥 有多少個名額？請輸入數字，或點“不限”。
newevent-ask-deadline = ✍️ 報名截止到什麼時候？請輸入時間，或點“到活動開始”。
newevent-ask-audience = 哪些人可以報名？
newevent-ask-buildings = 請逐個點選可以報名的樓棟，然後點“✅ 完成”。已選：{ $chosen }
newevent-ask-per-person = 每位居民最多可報幾個名額（例如帶一位家人就是 2）？
newevent-ask-reminders = ⏰ 什麼時候提醒大家？點按鈕，或輸入提前的小時數，例如“48, 3”。
newevent-ask-photo = 🖼 發一張活動照片或海報，或點“跳過”。
newevent-preview =
    請核對活動資訊：
    📅 { $title }
    🕒 { event-when }
    📍 { $place }
    { $description }
    👥 { $capacity ->
        [none] 名額不限
       *[other] 共 { $capacity } 個名額
    } · 每人最多 { $per_person } 個
    ✍️ 報名截止 { $deadline }
    🙋 { $audience ->
        [buildings] 樓棟：{ $buildings }
        [volunteers] 志願者
       *[all] 所有居民
    }
    ⏰ 提醒：{ $reminders }
    點“📣 釋出”即釋出並通知{ $audience ->
        [buildings] 這些樓棟的居民
        [volunteers] 志願者
       *[all] 所有居民
    }。
newevent-reminders-none = 不提醒
newevent-published = 📣 已釋出！正在通知 { $told } 人。
newevent-manage = ⚙️ 在這裡管理 { $title }，以後也可以從“📅 社群活動”進入：
newevent-form-closed = 此表單已關閉，請傳送 /newevent 重新開始。

## 表格。

xlsx-sheet = 報名名單
xlsx-col-number = 序號
xlsx-col-status = 狀態
xlsx-col-name = 姓名
xlsx-col-building = 樓棟
xlsx-col-unit = 門牌
xlsx-col-phone = 電話
xlsx-col-places = 名額
xlsx-col-code = 簽到碼
xlsx-col-signed-up = 報名時間
xlsx-col-checked-in = 簽到時間
event-signup-status = { $status ->
        [confirmed] 已報名
        [offered] 保留中
        [waiting] 候補
       *[other] { $status }
    }

## 錯誤。

error-event-not-found = 抱歉，找不到這個活動。
error-event-cancelled = { $title } 已取消。
error-signup-closed = 該活動報名已於 { $deadline } 截止。
error-event-not-for-you = 抱歉，該活動只面向特定居民。
error-event-places = 請選擇 1 到 { $max } 個名額。
error-event-not-signed = 您沒有報名 { $title }。
error-event-started = { $title } 已經開始了。
error-offer-gone = { $title } 的保留名額已失效。
error-event-date = 抱歉，沒看懂這個時間。請這樣寫：“6月1日下午2點”或“June 1 14:00”。
error-event-date-past = 這個時間已經過去了，請輸入 { $after } 之後的時間。
error-event-end = 結束時間必須晚於開始時間（{ $start }）。
error-event-deadline = 報名截止時間必須在現在之後、活動開始（{ $start }）之前。
error-number-range = 請輸入 { $low } 到 { $high } 之間的數字。
error-event-no-buildings = 請至少選擇一個樓棟。
error-event-reminders = 請輸入最多 5 個小時數，每個在 1 到 { $max } 之間，例如“24, 2”。
error-capacity-below = 已有 { $taken } 個名額被佔用，請至少輸入這個數。
error-code-unknown = 沒有找到簽到碼為 { $code } 的有效報名，請核對。
error-code-other-event = 這個簽到碼屬於另一個活動：{ $title }。
