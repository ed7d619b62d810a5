## 协商议事：提交给每月议事会的议题。

topic-status = { $status ->
        [review] ⏳ 等待审核
        [accepted] 📋 已列入议事会议程
        [declined] ❌ 不提交议事会
        [merged] 🔗 已并入其他议题
        [on_agenda] 🗓 已列入下次议事会议程
        [postponed] ⏭ 推迟到下次议事会
        [decided] ✅ 议事会已通过，正在落实
        [closed] 🏁 已办结
       *[withdrawn] 🚪 已撤回
    }
topic-status-changed =
    🗳 议题 { $number }：{ topic-status }{ $reason ->
        [none] {""}
       *[other] {""}
            原因：{ $reason }
    }
btn-topic-accept = ✅ 列入议程
btn-topic-decline = ❌ 不提交议事会
error-topic-not-found = 找不到这个议题。
error-topic-closed = 议题 { $number } 已不再开放。
error-topic-reviewed = 议题 { $number } 已经审核过了。
error-topic-own = 这是您自己提出的议题，您已经在支持它了。
error-topic-comment-supporters = 只有支持这个议题的人才能评论：请先点"我也是"。
error-topic-building = 您可以为自己所在的楼栋或全小区提出议题。
topic-board-empty = 目前没有待议的议题。
topic-board-title = 🗳 待议议题。点开一个，按"我也是"表示支持。
topic-board-line = { $number } · 👥 { $supporters }{ $mine ->
        [yes] {" "}✔
       *[no] {""}
    }
topic-card =
    🗳 议题 { $number }
    { $text }
    { topic-status }
    👥 { $supporters } 人支持
btn-topic-me-too = 🙋 我也是
btn-topic-take-back = ↩️ 取消支持
topic-supported = 已记下：现在有 { $supporters } 人支持这个议题。
topic-supported-already = 您已经支持过这个议题了（共 { $supporters } 人）。
topic-taken-back = 已取消：现在有 { $supporters } 人支持这个议题。
topic-accepted = 议题 { $number } 已列入议程。
cmd-topics = 议事会议题：表示支持
topic-council-on = 🗓 议事会：{ $when }
