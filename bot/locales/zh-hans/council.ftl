## 议事会：时间地点、议程、成员、签到。

council-when = { $date }（{ $weekday ->
        [0] 周一
        [1] 周二
        [2] 周三
        [3] 周四
        [4] 周五
        [5] 周六
       *[6] 周日
    }）{ $time }，{ $place }
council-agenda-empty = （暂无议题）
council-agenda-line = { $position }. { $number } { $text } · 👥 { $supporters }
council-member = { $name }（{ $kind ->
        [staff] 工作人员
        [leader] 负责人
       *[rep] 居民代表
    }）
council-members-none = （暂无）
council-card =
    🏛 下次议事会：{ council-when }{ $repeat ->
        [yes] （定期举行）
       *[no] {""}
    }
    议程：
    { $agenda }
    成员：{ $members }
    议程发送：{ $sent ->
        [none] 尚未发送
       *[other] { $sent }
    } · 已签到：{ $attended } 人
council-none = 🏛 还没有安排议事会。请点“📅 时间地点”安排下一次。
btn-council-set = 📅 时间地点
btn-council-members = 👥 成员
btn-council-door = 🚪 现场签到
btn-council-minutes = 📝 会议记录
btn-council-qr = 🎫 我的签到码
btn-council-add-leader = ➕ 负责人
btn-council-add-rep = ➕ 居民代表
council-ask-when = 📅 议事会什么时候开？请输入时间（“周五晚上7点”“6月6日19:00”）或规律（“每月第一个周五晚上7点”）。
council-ask-place = 📍 已理解为：{ $when }。在哪里开？
council-set-done = ✅ 议事会已安排好，会前几天会发出议程。
council-moved-told = ✅ 议事会已改期，收到过议程的人都已重新通知。
council-members = 👥 成员：{ $names }
    工作人员都参加。可在下面添加负责人或居民代表，点 ✖️ 可移除。
council-ask-who = 🔎 请输入这个人的编号（#12）或名字的一部分。
council-who-none = 🔎 没有找到与“{ $text }”相符的已登记居民，请换个写法或输入编号。
council-who-line = { $name } · 楼栋 { $building } · #{ $id }
council-who-found = 请点选要加入的人：
council-seated = ✅ { $name } 已加入议事会。
council-seated-already = { $name } 已经是议事会成员。
council-unseated = ✅ 已从议事会移除。
council-unseated-already = 这个人不是议事会成员。
council-ask-code = 🚪 议事会签到。有人到场时请逐个输入签到码（或扫他们的二维码），结束后点“✖️ 取消”。
council-checked-in = ✅ { $name } 已签到（目前 { $attended } 人）。
council-checked-in-already = { $name } 之前已签到（目前 { $attended } 人）。
council-qr-caption = 🎫 参加议事会时在门口出示。您的签到码：{ $code }
council-agenda =
    🏛 社区议事会将于 { council-when } 召开。
    议程：
    { $agenda }
    您的签到码：{ $code }
council-reminder =
    ⏰ 提醒：社区议事会将于 { council-when } 召开。
    议程：
    { $agenda }
    您的签到码：{ $code }
council-moved =
    📅 社区议事会改期了，改为 { council-when } 召开。
    议程：
    { $agenda }
    您的签到码：{ $code }
error-council-when = 抱歉，没看懂这个时间。可以试试“周五晚上7点”“6月6日19:00”或“每月第一个周五晚上7点”，并且必须是将来的时间。
error-council-not-found = 找不到这次议事会。
error-council-held = 这次议事会已经开过了。
error-council-person = 找不到这个人。
error-council-no-code = 您没有这次议事会的签到码。
error-council-code = 没有人的议事会签到码是 { $code }，请核对。
cmd-council = 下次议事会：时间、议程、成员、签到
btn-council-last = 📋 上次议事会的结果
btn-council-xlsx = 📊 导出结果 .xlsx
btn-council-publish = 📣 公布结果
council-decision = { $decision ->
        [agreed] ✅ 通过
        [rejected] ❌ 未通过
        [postponed] ⏭ 推迟到下次议事会
       *[none] ⏳ 尚未决定
    }
council-minutes-line = { $position }. { $number } { $text }：{ council-decision }{ $said ->
        [none] {""}
       *[other] {" "}{ $said }
    }
council-minutes =
    📝 会议记录（已签到 { $attended } 人）：
    { $lines }
    请为每个议题点 ✅ 通过、❌ 未通过 或 ⏭ 推迟；已通过的议题点 ➕ 添加落实事项。
council-ask-decision-agreed = ✅ 通过。请用一两句话写明通过了什么。
council-ask-decision-rejected = ❌ 未通过。请用一两句话写明原因。
council-ask-decision-postponed = ⏭ 推迟到下次议事会。请用一两句话写明原因。
council-decision-recorded = ✅ 决定已记录，已通知提出议题的居民和支持者。
council-held-next = 🏛 所有议题都已有决定。下次议事会定于 { $when }，推迟的议题优先列入议程。
council-pick-owner = 👤 这项落实事项由谁负责？
council-ask-action = ✍️ 需要做什么？（会生成一条由这位负责人处理的诉求。）
council-action-added = ✅ 落实事项已登记。
council-action-number = 诉求编号：{ $request }。所有落实事项完成后，议题即办结。
council-topic-decided =
    🏛 议事会对议题 { $number } 的决定：{ council-decision }
    { $text }
council-topic-closed = 🏁 议题 { $number } 已办结：议事会通过的事项都已落实。谢谢您提出这个议题。
council-action-yours =
    🏛 议题 { $number } 的一项落实事项由您负责：诉求 { $request }。
    { $text }
council-action-overdue = ⏰ 议题 { $number } 的落实事项 { $request } 已过 { $days } 天仍未完成，请跟进。
error-council-decided = { $number } 的决定已经记录过了。
error-council-not-agreed = 只有已通过的议题才能添加落实事项（{ $number } 不是）。
council-outcome-line = • { $number } { $text }：{ council-decision }{ $said ->
        [none] {""}
       *[other] {" "}—— { $said }
    }
council-outcome-notice =
    🏛 社区议事会（{ council-when }）的决定：
    { $lines }
    感谢提出和支持这些议题的每一位居民。
council-published = 📣 结果已作为通知发给 { $recipients } 位居民（如在免打扰时段，会在结束后发出）。
council-xlsx-caption = 📊 议事会结果：议程、决定、落实事项、负责人和进展。
council-xlsx-sheet = 议事结果
council-xlsx-title = 社区议事会，{ $when }，{ $place }
council-xlsx-position = 序号
council-xlsx-topic = 议题
council-xlsx-text = 内容
council-xlsx-supporters = 支持人数
council-xlsx-decision = 决定
council-xlsx-said = 决定说明
council-xlsx-request = 落实事项（诉求或任务）
council-xlsx-owner = 负责人
council-xlsx-status = 进展
council-xlsx-due = 期限
error-council-nothing-decided = 这次议事会还没有任何决定。
council-review-late = ⏳ 议题 { $number } 等待审核已超过 { $days } 天：{ $text }
council-task-status = { $status ->
        [task_done] 已完成：志愿者已到场
       *[task_open] 进行中：等待志愿者
    }
council-ask-task = 🙋 为这个议题发布志愿任务。志愿者要做什么？（简短的标题）
council-ask-task-when = 📅 什么时候需要？（例如“周六上午9点”）
council-ask-task-place = 📍 在哪里？
council-task-added = ✅ 志愿任务已发布，并已通知志愿者。
council-task-title = “{ $title }”是这个议题的落实事项：您确认有志愿者到场后即完成。
council-who-keen = 👥 或从支持议题最多的居民中选择：
