# 任务发布后修改或取消。
btn-task-change-time = 🕒 改时间
btn-task-change-place = 📍 改地点
btn-task-change-needed = 👥 改人数
btn-task-change-points = ❤️ 改积分
btn-task-cancel = ✖️ 取消任务
btn-task-cancel-sure = ✖️ 确定取消
task-ask-starts_at = { $who }，{ $title } 改到什么时候开始？例如“周六 9:00”。时长不变。
task-ask-place = { $who }，{ $title } 改在哪里？
task-ask-needed = { $who }，{ $title } 现在需要几位志愿者？
task-ask-points = { $who }，{ $title } 现在给多少积分？
task-number-needed = 请输入一个数字，例如 4。
error-task-needed-taken = 已有 { $taken } 位志愿者认领：请至少填 { $taken }（且至少为 1）。
error-task-was-cancelled = { $title } 已取消。
error-task-over = { $title } 已结束，不能再修改。
task-changed-staff = ✅ 已修改 { $title }，已通知 { $told } 位志愿者。
task-cancel-ask = 确定取消 { $title } 吗？已认领的 { $taken } 位志愿者会收到通知。
task-cancelled-staff = ✖️ 已取消 { $title }，已通知 { $told } 位志愿者。
task-changed = 🔔 { $title } 有变动（{ $what ->
    [starts_at] 时间改了
    [place] 地点改了
    [needed] 人数改了
   *[points] 积分改了
}）：🕒 { $start }–{ $end } · 📍 { $place } · ❤️ { $points } 分。您的名额保留。
task-cancelled = ✖️ { $title }（{ $start }，{ $place }）已取消。感谢您愿意出力。
