# 工作人员从任何提到居民的卡片打开的居民卡片。
btn-resident-card = 👤 居民卡片
rc-head = 👤 { $name } · { $building }，{ $unit } · ☎️ { $phone }{ $telegram ->
    [no] {" "}· 不用 Telegram（由工作人员代登记，请电话联系）
   *[yes] { $unreachable ->
        [yes] {" "}· 已屏蔽机器人
       *[no] {""}
    }
} · 登记于 { $since }
rc-requests = 📋 诉求：{ $total } 件（{ $open } 件未办结）
rc-wishes = 🌟 心愿：{ $total } 个（{ $open } 个进行中）
rc-event = 📅 已报名：{ $title }（{ $start }）
rc-volunteer = 🙋 志愿者：{ $status ->
    [approved] 在岗
    [applied] 已申请，待审核
    [paused] 暂停中
    [declined] 申请未通过
   *[left] 已退出
} · ❤️ { $points } 分
rc-task = 🤝 已认领：{ $title }（{ $start }）
rc-open-request = { $number } · { staff-status-name }
