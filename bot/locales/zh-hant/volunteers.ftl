# Written by `python -m scripts.zh_hant` from zh-hans/volunteers.ftl: edit that file instead.
## 志願者、任務與紅色崗位。

skill-patrol = 巡邏
skill-environment = 環境監督
skill-publicity = 宣傳
skill-events = 活動協助
skill-elderly = 探訪老人
skill-repairs = 小修小補
skill-medical = 急救
skill-translation = 翻譯
avail-weekdays = 工作日
avail-weekends = 週末
avail-mornings = 上午
avail-afternoons = 下午
avail-evenings = 晚上

volunteer-applied-staff =
    🙋 新的志願者申請：{ $name }（{ $building }）
    技能：{ $skills }；其他：{ $other }
    區域：{ $areas }
    時間：{ $availability }
btn-vol-approve = ✅ 通過
btn-vol-decline = ✖️ 不通過
volunteer-approved = 🎉 歡迎加入！您已成為志願者。按 /tasks 檢視需要幫忙的任務。
volunteer-declined = 感謝您願意幫忙。這次的申請沒有通過：{ $reason }
volunteer-leader-building = 🏅 您已被任命為 { $area } 的樓棟長。
volunteer-leader-grid = 🏅 您已被任命為 { $area } 網格的網格長。

task-announce =
    📋 新任務：{ $title }
    🕒 { $start }–{ $end } · 📍 { $place }
    👥 還需 { $left } 人（共 { $needed } 人）· ❤️ { $points } 積分
btn-task-open = 📋 檢視
btn-task-roster = 👥 名單
task-reminder = ⏰ 提醒：{ $title } 將於 { $start } 在 { $place } 開始。到達後請在任務上按“簽到”。
task-points-earned = ❤️ 感謝您參加 { $title }！已為您記入 { $points } 積分，當前餘額 { $balance }。
task-shortage-staff = ⚠️ { $title }（{ $start }）還差 { $left } 名志願者（共需 { $needed } 名）。
task-late-release-staff = ⚠️ { $name } 在截止時間之後退出了 { $title }（{ $start }）。還差 { $left } 人（共 { $needed } 人）。

error-skill-exists = 這個技能已經在列表裡了。
error-unknown-skill = 請從按鈕中選擇技能。
error-unknown-area = 請從按鈕中選擇區域。
error-volunteer-no-skills = 請至少選擇一項技能，或寫下您能做什麼。
error-volunteer-already = 您已經是志願者了。
error-volunteer-decided = 這份申請已經處理過了。
error-not-volunteer = 這是志願者的功能。按 /volunteer 報名當志願者。
error-volunteer-paused = 您的志願服務已暫停。請先在 /volunteer 中恢復。
error-volunteer-state = 這與您目前的志願者狀態不符。
error-task-end = 結束時間必須晚於開始時間（{ $start }）。
error-task-not-owner = 只有建立此任務的工作人員才能確認到崗情況。
error-task-not-started = 此任務 { $start } 開始，請在開始後再確認到崗。
error-task-closed = { $title } 已不再開放。
error-task-full = 抱歉，{ $title } 的人數已滿。
error-task-started = { $title } 已經開始，不能再退出。
error-task-not-yours = 您沒有認領 { $title }。
error-task-check-in-window = 簽到將於 { $opens } 開放。
error-task-not-checked-in = 請先簽到。
error-task-check-out-late = 已過簽退時間，請聯絡工作人員確認您的到崗。

cmd-volunteer = 志願者：報名，或我的志願服務
cmd-tasks = 可認領的任務和崗位
cmd-mytasks = 我的任務
cmd-points = 我的愛心銀行積分
cmd-rewards = 積分兌換獎品
cmd-newtask = 建立任務或崗位
cmd-volunteers = 志願者：申請、負責人、獎勵積分
cmd-addreward = 新增獎品
cmd-honours = 每月光榮榜
menu-volunteer = 🙋 志願者
menu-points = ❤️ 我的積分
menu-tasks = 🤝 任務
menu-my-tasks = 🗓️ 我的任務
area-building = 🏠 { $name }
area-grid = 🗺️ { $name } 網格

volunteer-intro = 🙋 感謝您願意幫助鄰居！回答幾個問題後，工作人員會稽核您的申請。
volunteer-ask-skills = 您能做什麼？請逐個按下合適的選項，然後按“完成”。已選：{ $chosen }
volunteer-ask-other = 還能做些別的嗎？請簡單寫下，或按“跳過”。
volunteer-ask-areas = 您想在哪裡幫忙？請選擇樓棟或網格，然後按“完成”（或“不限”）。已選：{ $chosen }
volunteer-ask-availability = 您通常什麼時候有空？請逐個按下，然後按“完成”。已選：{ $chosen }
volunteer-applied = ✅ 謝謝！您的申請已交給工作人員，我們會通知您結果。
volunteer-pending = 您的申請正在由工作人員稽核，很快會通知您。
volunteer-card =
    🙋 我的志願服務：{ $status ->
        [approved] 進行中
        [paused] 已暫停
       *[other] { $status }
    }
    技能：{ $skills }
    區域：{ $areas }
    負責：{ $leads }
    上光榮榜：{ $honours ->
        [yes] 是
       *[no] 否
    }
btn-vol-pause = ⏸️ 暫停
btn-vol-resume = ▶️ 恢復
btn-vol-leave = 👋 退出志願者
btn-vol-honours-on = 🏅 可以上光榮榜
btn-vol-honours-off = 🙈 不上光榮榜
btn-vol-anywhere = 不限
btn-vol-award = ❤️ 獎勵積分
btn-vol-no-leader = 不擔任負責人
volunteer-left = 👋 您已退出志願者。感謝您的付出！之後認領的任務已自動退出。
volunteer-honours-on = 🏅 您將出現在每月光榮榜上。
volunteer-honours-off = 您不會出現在光榮榜上。
volunteer-approved-staff = ✅ { $name } 已成為志願者。
volunteer-declined-staff = 已告知 { $name } 申請未通過。
volunteer-ask-decline-reason = { $who }，申請為什麼不通過？居民會看到這段話。
volunteer-ask-lead = 請選擇由其負責的樓棟或網格：
volunteer-leader-staff = 🏅 { $name } 現在負責：{ $area }
volunteers-staff-list = 🙋 待稽核申請：{ $applied }（按姓名通過）· 志願者：{ $approved }（按姓名任命負責人）
volunteers-staff-empty = 暫無申請，也暫無志願者。
award-ask-points = { $who }，獎勵多少積分？
award-ask-note = { $who }，獎勵的原因是什麼？志願者會看到這段話。
award-done = ❤️ 已獎勵 { $points } 積分。

tasks-title = 📋 任務和崗位（⭐ 適合您）：
tasks-empty = 目前沒有開放的任務。有適合您的任務時會通知您。
task-line = { $star ->
        [yes] ⭐
       *[no] ▫️
    } { $start } { $title } · { $mine ->
        [yes] ✅ 已認領
       *[no] 還需 { $left } 人
    }
my-tasks-title = 🗓️ 我的任務：
my-tasks-empty = 您還沒有認領任務。按 /tasks 檢視。
my-task-line = { $start } { $title } · { $state ->
        [claimed] 已認領
        [came] 已完成 ✅
        [no_show] 未到崗
       *[other] { $state }
    }
task-card =
    📋 { $title }
    🕒 { $start }–{ $end }
    📍 { $place } · { $area }
    { $description }
    👥 還需 { $left } 人（共 { $needed } 人）· ❤️ { $points } 積分{ $weekly ->
        [yes] {" "}· 🔁 每週
       *[no] {""}
    }
task-mine = { $state ->
        [claimed] ✅ 您已認領。到達後請按“簽到”。
        [in] 🟢 您已簽到。結束後請按“簽退”。
        [came] 🎉 已完成，謝謝您！
        [no_show] 已記為未到崗。
       *[other] { $state }
    }
btn-task-claim = 🙋 認領
btn-task-release = ↩️ 退出
btn-task-check-in = 📍 簽到
btn-task-check-out = ✅ 簽退
task-claimed = ✅ 您已認領 { $title }。開始前會提醒您。
task-released = ↩️ 您已退出 { $title }。
task-released-late = ↩️ 您已退出 { $title }。已過截止時間，此次退出已記錄並通知工作人員。
task-checked-in = 📍 已在 { $title } 簽到，謝謝！
task-checked-out = ✅ 您已從 { $title } 簽退。
roster-title =
    👥 { $title }（{ $start }）：{ $taken }/{ $needed }
    { $lines }
roster-line = { $name }：{ $state ->
        [claimed] { $checked ->
            [yes] 已簽到
           *[no] 已認領
        }
        [came] 已到崗 ✅
        [no_show] 未到崗 ✖️
        [released] { $late ->
            [yes] 逾期退出 ⚠️
           *[no] 已退出
        }
       *[other] { $state }
    }
roster-came = ✅ { $name } 已到崗。
roster-missed = ✖️ { $name } 未到崗。

newtask-ask-title = 📋 新任務或崗位。名稱是什麼？
newtask-ask-description = 簡單介紹一下（做什麼、帶什麼），或按“跳過”。
newtask-ask-start = 什麼時候開始？例如“週六晚上7點”或“Saturday 19:00”。
newtask-ask-end = 開始時間是 { $start }。什麼時候結束？只寫時間表示當天。
newtask-ask-place = 在哪裡？
newtask-ask-needed = 需要幾名志願者？
newtask-ask-points = 每位志願者可得多少積分？
newtask-ask-area = 面向哪個區域？該區域的志願者會收到通知。
newtask-ask-skills = 需要哪些技能？逐個按下，然後按“完成”（不選則不限）。已選：{ $chosen }
newtask-ask-weekly = 是否每週重複？
btn-task-weekly = 🔁 每週
btn-task-once = 僅一次
newtask-preview =
    請核對任務：
    📋 { $title }
    🕒 { $start }–{ $end } · 📍 { $place } · { $area }
    { $description }
    👥 { $needed } 名志願者 · ❤️ { $points } 積分 · 技能：{ $skills }{ $weekly ->
        [yes] {" "}· 🔁 每週
       *[no] {""}
    }
btn-task-publish = 📣 釋出
newtask-published = 📣 已釋出，已通知 { $told } 名匹配的志願者。
newtask-manage = { $title } 的名單在這裡：
task-confirm-owner = 👥 { $title }（{ $start }）已結束。有 { $open } 名志願者沒有簽退：請開啟名單確認誰到崗了，確認後才會記入積分。
cmd-skills = 志願者可選的技能
skills-title = 🧰 志願者可選的技能。按下即可隱藏（已選的志願者不受影響）。
btn-skill-add = ➕ 新增技能
skill-ask-name = { $who }，新技能叫什麼？
skill-added = 🧰 已新增 { $name }。
skill-hidden = 🙈 已隱藏 { $name }。
task-shortage-leader = ⚠️ 您負責的 { $area }：{ $title }（{ $start }）還差 { $left } 名志願者（共需 { $needed } 名）。您能找到人幫忙嗎？
btn-vol-approve-all = ✅ 全部通過（{ $count } 人）
volunteers-approved-all = ✅ 已通過 { $count } 份申請。
