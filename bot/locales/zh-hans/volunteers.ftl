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
    🙋 新的志愿者申请：{ $name }（{ $building }）
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

cmd-volunteer = 志愿者：报名，或我的志愿服务
cmd-tasks = 可认领的任务和岗位
cmd-mytasks = 我的任务
cmd-points = 我的爱心银行积分
cmd-rewards = 积分兑换奖品
cmd-newtask = 创建任务或岗位
cmd-volunteers = 志愿者：申请、负责人、奖励积分
cmd-addreward = 添加奖品
cmd-honours = 每月光荣榜
menu-volunteer = 🙋 志愿者
menu-points = ❤️ 我的积分
menu-tasks = 🤝 任务
menu-my-tasks = 🗓️ 我的任务
area-building = 🏠 { $name }
area-grid = 🗺️ { $name } 网格

volunteer-intro = 🙋 感谢您愿意帮助邻居！回答几个问题后，工作人员会审核您的申请。
volunteer-ask-skills = 您能做什么？请逐个按下合适的选项，然后按“完成”。已选：{ $chosen }
volunteer-ask-other = 还能做些别的吗？请简单写下，或按“跳过”。
volunteer-ask-areas = 您想在哪里帮忙？请选择楼栋或网格，然后按“完成”（或“不限”）。已选：{ $chosen }
volunteer-ask-availability = 您通常什么时候有空？请逐个按下，然后按“完成”。已选：{ $chosen }
volunteer-applied = ✅ 谢谢！您的申请已交给工作人员，我们会通知您结果。
volunteer-pending = 您的申请正在由工作人员审核，很快会通知您。
volunteer-card =
    🙋 我的志愿服务：{ $status ->
        [approved] 进行中
        [paused] 已暂停
       *[other] { $status }
    }
    技能：{ $skills }
    区域：{ $areas }
    负责：{ $leads }
    上光荣榜：{ $honours ->
        [yes] 是
       *[no] 否
    }
btn-vol-pause = ⏸️ 暂停
btn-vol-resume = ▶️ 恢复
btn-vol-leave = 👋 退出志愿者
btn-vol-honours-on = 🏅 可以上光荣榜
btn-vol-honours-off = 🙈 不上光荣榜
btn-vol-anywhere = 不限
btn-vol-award = ❤️ 奖励积分
btn-vol-no-leader = 不担任负责人
volunteer-left = 👋 您已退出志愿者。感谢您的付出！之后认领的任务已自动退出。
volunteer-honours-on = 🏅 您将出现在每月光荣榜上。
volunteer-honours-off = 您不会出现在光荣榜上。
volunteer-approved-staff = ✅ { $name } 已成为志愿者。
volunteer-declined-staff = 已告知 { $name } 申请未通过。
volunteer-ask-decline-reason = { $who }，申请为什么不通过？居民会看到这段话。
volunteer-ask-lead = 请选择由其负责的楼栋或网格：
volunteer-leader-staff = 🏅 { $name } 现在负责：{ $area }
volunteers-staff-list = 🙋 待审核申请：{ $applied }（按姓名通过）· 志愿者：{ $approved }（按姓名任命负责人）
volunteers-staff-empty = 暂无申请，也暂无志愿者。
award-ask-points = { $who }，奖励多少积分？
award-ask-note = { $who }，奖励的原因是什么？志愿者会看到这段话。
award-done = ❤️ 已奖励 { $points } 积分。

tasks-title = 📋 任务和岗位（⭐ 适合您）：
tasks-empty = 目前没有开放的任务。有适合您的任务时会通知您。
task-line = { $star ->
        [yes] ⭐
       *[no] ▫️
    } { $start } { $title } · { $mine ->
        [yes] ✅ 已认领
       *[no] 还需 { $left } 人
    }
my-tasks-title = 🗓️ 我的任务：
my-tasks-empty = 您还没有认领任务。按 /tasks 查看。
my-task-line = { $start } { $title } · { $state ->
        [claimed] 已认领
        [came] 已完成 ✅
        [no_show] 未到岗
       *[other] { $state }
    }
task-card =
    📋 { $title }
    🕒 { $start }–{ $end }
    📍 { $place } · { $area }
    { $description }
    👥 还需 { $left } 人（共 { $needed } 人）· ❤️ { $points } 积分{ $weekly ->
        [yes] {" "}· 🔁 每周
       *[no] {""}
    }
task-mine = { $state ->
        [claimed] ✅ 您已认领。到达后请按“签到”。
        [in] 🟢 您已签到。结束后请按“签退”。
        [came] 🎉 已完成，谢谢您！
        [no_show] 已记为未到岗。
       *[other] { $state }
    }
btn-task-claim = 🙋 认领
btn-task-release = ↩️ 退出
btn-task-check-in = 📍 签到
btn-task-check-out = ✅ 签退
task-claimed = ✅ 您已认领 { $title }。开始前会提醒您。
task-released = ↩️ 您已退出 { $title }。
task-released-late = ↩️ 您已退出 { $title }。已过截止时间，此次退出已记录并通知工作人员。
task-checked-in = 📍 已在 { $title } 签到，谢谢！
task-checked-out = ✅ 您已从 { $title } 签退。
roster-title =
    👥 { $title }（{ $start }）：{ $taken }/{ $needed }
    { $lines }
roster-line = { $name }：{ $state ->
        [claimed] { $checked ->
            [yes] 已签到
           *[no] 已认领
        }
        [came] 已到岗 ✅
        [no_show] 未到岗 ✖️
        [released] { $late ->
            [yes] 逾期退出 ⚠️
           *[no] 已退出
        }
       *[other] { $state }
    }
roster-came = ✅ { $name } 已到岗。
roster-missed = ✖️ { $name } 未到岗。

newtask-ask-title = 📋 新任务或岗位。名称是什么？
newtask-ask-description = 简单介绍一下（做什么、带什么），或按“跳过”。
newtask-ask-start = 什么时候开始？例如“周六晚上7点”或“Saturday 19:00”。
newtask-ask-end = 开始时间是 { $start }。什么时候结束？只写时间表示当天。
newtask-ask-place = 在哪里？
newtask-ask-needed = 需要几名志愿者？
newtask-ask-points = 每位志愿者可得多少积分？
newtask-ask-area = 面向哪个区域？该区域的志愿者会收到通知。
newtask-ask-skills = 需要哪些技能？逐个按下，然后按“完成”（不选则不限）。已选：{ $chosen }
newtask-ask-weekly = 是否每周重复？
btn-task-weekly = 🔁 每周
btn-task-once = 仅一次
newtask-preview =
    请核对任务：
    📋 { $title }
    🕒 { $start }–{ $end } · 📍 { $place } · { $area }
    { $description }
    👥 { $needed } 名志愿者 · ❤️ { $points } 积分 · 技能：{ $skills }{ $weekly ->
        [yes] {" "}· 🔁 每周
       *[no] {""}
    }
btn-task-publish = 📣 发布
newtask-published = 📣 已发布，已通知 { $told } 名匹配的志愿者。
newtask-manage = { $title } 的名单在这里：
task-confirm-owner = 👥 { $title }（{ $start }）已结束。有 { $open } 名志愿者没有签退：请打开名单确认谁到岗了，确认后才会记入积分。
cmd-skills = 志愿者可选的技能
skills-title = 🧰 志愿者可选的技能。按下即可隐藏（已选的志愿者不受影响）。
btn-skill-add = ➕ 添加技能
skill-ask-name = { $who }，新技能叫什么？
skill-added = 🧰 已添加 { $name }。
skill-hidden = 🙈 已隐藏 { $name }。
task-shortage-leader = ⚠️ 您负责的 { $area }：{ $title }（{ $start }）还差 { $left } 名志愿者（共需 { $needed } 名）。您能找到人帮忙吗？
btn-vol-approve-all = ✅ 全部通过（{ $count } 人）
volunteers-approved-all = ✅ 已通过 { $count } 份申请。
