## 协商议事议题：居民提议题、我的议题、评论、工作人员卡片上的操作。

menu-new-topic = 🗳 提个议题
menu-topics = 📣 社区议题
cmd-topic = 向社区议事会提一个议题
cmd-mytopics = 我提出的议题
topic-ask-about = 🗳 您希望议事会讨论什么？简单写几句，或者发一条语音。
topic-type-or-voice = 请用文字写下来，或者发一条语音。（这里看不懂表情贴图。）
topic-ask-photo = 要不要配一张照片？发一张照片，或者点"跳过"。
topic-ask-where = 这是关于您所在的楼栋，还是全小区？
btn-topic-my-building = 🏠 所在楼栋（{ $building }）
btn-topic-everyone = 🏘 全小区
topic-use-where-buttons = 请点一个按钮：您的楼栋，或者全小区。
topic-ask-name = 可以让邻居看到议题是您提的吗？（社区办公室总能看到。）
btn-topic-name-yes = 👤 可以，显示我的名字
btn-topic-name-no = 🙈 不用，只让办公室知道
topic-use-name-buttons = 请点"可以"或"不用"。
topic-preview =
    请核对您的议题：
    { $text }{ $media ->
        [photo] {""}
            📷 附照片
        [voice] {""}
            🎤 附语音
        [both] {""}
            📷 附照片和 🎤 语音
       *[none] {""}
    }
    范围：{ $building ->
        [all] 全小区
       *[other] { $building }
    }
    您的名字：{ $shown ->
        [yes] 邻居可以看到
       *[no] 只有办公室知道
    }
    点"确认"提交。
topic-use-confirm = 请点"确认"提交议题，或者点"取消"。
topic-raised = ✅ 您的议题 { $number } 已提交。社区办公室会审看，每一步都会告诉您。邻居可以在"📣 社区议题"里表示支持。
topic-already-raised = 您的议题 { $number } 已经提交过了。
topic-form-closed = 这个表单已关闭。点"🗳 提个议题"重新开始。
btn-topic-mine = 🗂 我的议题
topic-mine-empty = 您还没有提过议题。点"🗳 提个议题"来提一个。
topic-mine-title = 🗂 您提出的议题。点开一个查看进展。
topic-mine-line = { $number } · { $status ->
        [review] ⏳
        [accepted] 📋
        [declined] ❌
        [merged] 🔗
        [on_agenda] 🗓
        [postponed] ⏭
        [decided] ✅
        [closed] 🏁
       *[withdrawn] 🚪
    } · 👥 { $supporters }
topic-mine-card =
    🗳 议题 { $number }
    { $text }
    { topic-status }
    👥 { $supporters } 人支持{ $request ->
        [none] {""}
       *[other] {""}
            📝 已转为诉求 { $request } 办理
    }{ $target ->
        [none] {""}
       *[other] {""}
            🔗 已并入议题 { $target }
    }
btn-topic-comment = 💬 写评论
btn-topic-answer = 💬 回答
topic-ask-comment = 💬 请写下您对 { $number } 的评论（最多 { $max } 个字）。
topic-comment-saved = ✅ 您对 { $number } 的评论已保存，办公室会和议题一起看到。
topic-staff-comment =
    💬 { $number }：{ $name } { $unit } 写道
    { $text }
topic-question =
    ❓ 社区办公室想了解您的议题 { $number }：
    { $text }
    点"回答"回复。
topic-merged = 🔗 议题 { $number } 已并入议题 { $target }："{ $text }"。您的支持一并转过去，每一步都会告诉您。
topic-merged-in = 🔗 议题 { $number } 已并入您的议题 { $target }：现在有 { $supporters } 位邻居支持。
topic-became-request = 📝 您的议题 { $number } 社区办公室可以直接办理：已转为诉求 { $request }。每一步都会在"📋 我的诉求"里告诉您。
topic-handled-as-request = 📝 您支持的议题 { $number } 由社区办公室作为普通诉求直接办理，不再提交议事会。
topic-desk-card =
    🗳 议题 { $number } · { topic-status }
    { $text }{ $media ->
        [photo] {" "}📷
        [voice] {" "}🎤
       *[none] {""}
    }
    范围：{ $building ->
        [all] 全小区
       *[other] { $building }
    }
    提出人：{ $name } { $unit }（{ $shown ->
        [yes] 邻居可见姓名
       *[no] 对邻居隐藏姓名
    }）
    👥 { $supporters } 人支持{ $phone ->
        [none] {""}
       *[other] {""}
            ☎️ 没有 Telegram：电话 { $phone }
    }{ $note ->
        [none] {""}
       *[other] {""}
            🗒 办公室备注：{ $note }
    }{ $request ->
        [none] {""}
       *[other] {""}
            📝 已转为诉求 { $request }
    }{ $target ->
        [none] {""}
       *[other] {""}
            🔗 已并入 { $target }
    }{ $comments ->
        [none] {""}
       *[other] {""}
            { $comments }
    }
btn-topic-is-request = 📝 这是诉求
btn-topic-merge = 🔗 并入其他议题
btn-topic-ask = ❓ 询问详情
topic-prompt-decline = { $who }，{ $number } 为什么不提交议事会？请回复原因：提出人和支持者都会看到。
topic-prompt-merge = { $who }，请回复要把 { $number } 并入的议题编号（例如 T-000003）。
topic-prompt-ask = { $who }，请回复您对 { $number } 的问题：提出人会收到并可以回答。
topic-done-decline = ❌ { $number } 不提交议事会；已告知提出人和支持者。
topic-done-merge = 🔗 { $number } 已并入 { $target }；已告知两边的支持者。
topic-done-ask = ❓ 您对 { $number } 的问题已发给居民，回答会发到这里。
topic-done-request = 📝 { $number } 已转为诉求 { $request }，由您负责。
topic-merge-number = 这不是议题编号：请回复类似 T-000003 的编号。
error-topic-merged-already = 议题 { $number } 已经并入 { $target } 了。
error-topic-target-not-found = 没有这个编号的议题。
error-topic-merge-self = 议题不能并入自己：请给出 { $number } 以外的编号。
error-topic-target-closed = 议题 { $number } 已不再开放，不能再并入。
error-topic-raiser-unreachable = 提出 { $number } 的居民收不到机器人的消息：请打电话联系。
btn-topic-show-card = 🗳 查看议题
topic-proxy-ask-name = ☎️ 为没有 Telegram 的居民提议题。居民叫什么名字？
topic-proxy-ask-building = 居民住在哪栋楼？
topic-proxy-ask-building-free = 居民住在哪栋楼？（请输入楼名或楼号。）
topic-proxy-ask-unit = 哪个单元门牌？例如 2-301。
topic-proxy-ask-phone = 居民的电话是多少？议题有进展时您会打电话告诉他。
topic-proxy-phone-invalid = 请输入带数字的电话号码，例如 138 0000 0000。
topic-proxy-ask-about = 居民希望议事会讨论什么？请用居民的原话写下来。
topic-proxy-ask-where = 这是关于居民所在的楼栋，还是全小区？
topic-proxy-ask-shown = 居民是否同意让邻居看到议题是他提的？
topic-proxy-ask-note = 给办公室的备注：居民是怎么提出的（上门、电话），以及他的其他要求。
topic-proxy-summary =
    请核对为 { $name }（{ $building } { $unit }，☎️ { $phone }）提的议题：
    { $text }
    范围：{ $where ->
        [all] 全小区
       *[other] { $where }
    }
    邻居可见姓名：{ $shown ->
        [yes] 是
       *[no] 否
    }
    🗒 { $note }
topic-proxy-filed = ✅ 已为 { $name } 提出议题 { $number }。有进展时请打电话 { $phone } 告诉他。
topic-proxy-already = ✅ 这个议题已经提出过了：{ $number }。
topic-proxy-closed = 这个表单已关闭。请用 /proxytopic（在"🧰 工作工具"里）重新开始。
cmd-proxytopic = 为没有 Telegram 的居民提议题
cmd-topicdesk = 待审核的议题及其卡片
ws-group-consultation = 🗳 协商议事
topic-desk-title = 🗳 待审核的议题，最早的在前。点开一个查看卡片。
topic-desk-empty = 没有待审核的议题。
topic-desk-line = { $number } · { $text }
topic-from-request = 🗳 您的诉求 { $request } 已并入提交社区议事会的议题 { $number }：反映同一件事的邻居一起支持它，每一步都会告诉您。
topic-from-usage = 请输入要合成一个议题的诉求编号，也可以加一句说明：/topicfrom R-000003 R-000007 夜里酒吧太吵
topic-from-done = 🗳 已由 { $count } 条诉求提出议题 { $number }，卡片在工作群里。
topic-from-already = 🗳 这些诉求已经是议题 { $number } 了。
btn-request-to-topic = 🗳 提交为议题
error-topic-from-none = 请至少写一条诉求编号，例如 /topicfrom R-000003 R-000007。
error-topic-from-many = 一次最多 { $max } 条诉求合成一个议题。
error-topic-from-missing = 没有诉求 { $number }（或者提出人已经离开）。
error-topic-from-closed = 诉求 { $number } 已关闭：只有未办结的诉求可以转为议题。
cmd-topicfrom = 把几条诉求合成一个议题
topic-merge-pick = 或者选择要把 { $number } 并入的议题：
