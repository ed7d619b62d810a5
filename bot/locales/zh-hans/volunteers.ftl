## 志愿者、任务与红色岗位。

skill-patrol = 巡逻
skill-environment = 环境监督
skill-publicity = 宣传
skill-events = 活动协助
skill-elderly = 探访老人
skill-repairs = 小修小补
skill-medical = 急救
skill-translation = 翻译
avail-weekdays = 工作日
avail-weekends = 周末
avail-mornings = 上午
avail-afternoons = 下午
avail-evenings = 晚上

volunteer-applied-staff =
    🙋 新的志愿者申请：{ $name }（{ $building } 号楼）
    技能：{ $skills }；其他：{ $other }
    区域：{ $areas }
    时间：{ $availability }
btn-vol-approve = ✅ 通过
btn-vol-decline = ✖️ 不通过
volunteer-approved = 🎉 欢迎加入！您已成为志愿者。按 /tasks 查看需要帮忙的任务。
volunteer-declined = 感谢您愿意帮忙。这次的申请没有通过：{ $reason }
volunteer-leader-building = 🏅 您已被任命为 { $area } 的楼栋长。
volunteer-leader-grid = 🏅 您已被任命为 { $area } 网格的网格长。

task-announce =
    📋 新任务：{ $title }
    🕒 { $start }–{ $end } · 📍 { $place }
    👥 还需 { $left } 人（共 { $needed } 人）· ❤️ { $points } 积分
btn-task-open = 📋 查看
btn-task-roster = 👥 名单
task-reminder = ⏰ 提醒：{ $title } 将于 { $start } 在 { $place } 开始。到达后请在任务上按“签到”。
task-points-earned = ❤️ 感谢您参加 { $title }！已为您记入 { $points } 积分，当前余额 { $balance }。
task-shortage-staff = ⚠️ { $title }（{ $start }）还差 { $left } 名志愿者（共需 { $needed } 名）。
task-late-release-staff = ⚠️ { $name } 在截止时间之后退出了 { $title }（{ $start }）。还差 { $left } 人（共 { $needed } 人）。

error-skill-exists = 这个技能已经在列表里了。
error-unknown-skill = 请从按钮中选择技能。
error-unknown-area = 请从按钮中选择区域。
error-volunteer-no-skills = 请至少选择一项技能，或写下您能做什么。
error-volunteer-already = 您已经是志愿者了。
error-volunteer-decided = 这份申请已经处理过了。
error-not-volunteer = 这是志愿者的功能。按 /volunteer 报名当志愿者。
error-volunteer-paused = 您的志愿服务已暂停。请先在 /volunteer 中恢复。
error-volunteer-state = 这与您目前的志愿者状态不符。
error-task-end = 结束时间必须晚于开始时间（{ $start }）。
error-task-not-owner = 只有创建此任务的工作人员才能确认到岗情况。
error-task-not-started = 此任务 { $start } 开始，请在开始后再确认到岗。
error-task-closed = { $title } 已不再开放。
error-task-full = 抱歉，{ $title } 的人数已满。
error-task-started = { $title } 已经开始，不能再退出。
error-task-not-yours = 您没有认领 { $title }。
error-task-check-in-window = 签到将于 { $opens } 开放。
error-task-not-checked-in = 请先签到。
error-task-check-out-late = 已过签退时间，请联系工作人员确认您的到岗。
