# Written by `python -m scripts.zh_hant` from zh-hans/consultation.ftl: edit that file instead.
## 協商議事：提交給每月議事會的議題。

topic-status = { $status ->
        [review] ⏳ 等待稽核
        [accepted] 📋 已列入議事會議程
        [declined] ❌ 不提交議事會
        [merged] 🔗 已併入其他議題
        [on_agenda] 🗓 已列入下次議事會議程
        [postponed] ⏭ 推遲到下次議事會
        [decided] ✅ 議事會已通過，正在落實
        [closed] 🏁 已辦結
       *[withdrawn] 🚪 已撤回
    }
topic-status-changed =
    🗳 議題 { $number }：{ topic-status }{ $reason ->
        [none] {""}
       *[other] {""}
            原因：{ $reason }
    }
btn-topic-accept = ✅ 列入議程
btn-topic-decline = ❌ 不提交議事會
error-topic-not-found = 找不到這個議題。
error-topic-closed = 議題 { $number } 已不再開放。
error-topic-reviewed = 議題 { $number } 已經稽核過了。
error-topic-own = 這是您自己提出的議題，您已經在支援它了。
error-topic-comment-supporters = 只有支援這個議題的人才能評論：請先點"我也是"。
error-topic-building = 您可以為自己所在的樓棟或全小區提出議題。
topic-board-empty = 目前沒有待議的議題。
topic-board-title = 🗳 待議議題。點開一個，按"我也是"表示支援。
topic-board-line = { $number } · 👥 { $supporters }{ $mine ->
        [yes] {" "}✔
       *[no] {""}
    }
topic-card =
    🗳 議題 { $number }
    { $text }
    { topic-status }
    👥 { $supporters } 人支援
btn-topic-me-too = 🙋 我也是
btn-topic-take-back = ↩️ 取消支援
topic-supported = 已記下：現在有 { $supporters } 人支援這個議題。
topic-supported-already = 您已經支援過這個議題了（共 { $supporters } 人）。
topic-taken-back = 已取消：現在有 { $supporters } 人支援這個議題。
topic-accepted = 議題 { $number } 已列入議程。
cmd-topics = 議事會議題：表示支援
topic-council-on = 🗓 議事會：{ $when }
