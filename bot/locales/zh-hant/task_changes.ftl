# Written by `python -m scripts.zh_hant` from zh-hans/task_changes.ftl: edit that file instead.
# 任務釋出後修改或取消。
btn-task-change-time = 🕒 改時間
btn-task-change-place = 📍 改地點
btn-task-change-needed = 👥 改人數
btn-task-change-points = ❤️ 改積分
btn-task-cancel = ✖️ 取消任務
btn-task-cancel-sure = ✖️ 確定取消
task-ask-starts_at = { $who }，{ $title } 改到什麼時候開始？例如“週六 9:00”。時長不變。
task-ask-place = { $who }，{ $title } 改在哪裡？
task-ask-needed = { $who }，{ $title } 現在需要幾位志願者？
task-ask-points = { $who }，{ $title } 現在給多少積分？
task-number-needed = 請輸入一個數字，例如 4。
error-task-needed-taken = 已有 { $taken } 位志願者認領：請至少填 { $taken }（且至少為 1）。
error-task-was-cancelled = { $title } 已取消。
error-task-over = { $title } 已結束，不能再修改。
task-changed-staff = ✅ 已修改 { $title }，已通知 { $told } 位志願者。
task-cancel-ask = 確定取消 { $title } 嗎？已認領的 { $taken } 位志願者會收到通知。
task-cancelled-staff = ✖️ 已取消 { $title }，已通知 { $told } 位志願者。
task-changed = 🔔 { $title } 有變動（{ $what ->
    [starts_at] 時間改了
    [place] 地點改了
    [needed] 人數改了
   *[points] 積分改了
}）：🕒 { $start }–{ $end } · 📍 { $place } · ❤️ { $points } 分。您的名額保留。
task-cancelled = ✖️ { $title }（{ $start }，{ $place }）已取消。感謝您願意出力。
