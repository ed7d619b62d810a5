## 群发通知：工作人员编写、进度与报告；居民回复与屏蔽。

cmd-broadcast = 向居民发送通知
cmd-broadcasts = 最近和预定的通知
cmd-quiethours = 普通通知在夜间等待的时段
menu-broadcast = 📢 发送通知
menu-broadcasts = 🗞 通知

## 居民收到的内容。

notice-message =
    { $kind ->
        [urgent] 🚨 社区紧急通知
        [activity] 📢 社区通知 · 活动
        [policy] 📢 社区通知 · 政策
        [greeting] 📢 社区通知 · 节日问候
       *[other] 📢 社区通知 · 服务
    }

    { $text }
btn-notice-reply = ↩️ 回复
btn-notice-mute-service = 🔕 不再接收服务通知
btn-notice-mute-activity = 🔕 不再接收活动通知
btn-notice-mute-policy = 🔕 不再接收政策通知
btn-notice-mute-greeting = 🔕 不再接收节日问候
btn-notice-unmute = 🔔 撤销
notice-ask-reply = ↩️ 请写下您对通知“{ $notice }”的回复，工作人员会看到。
notice-reply-sent = ✅ 谢谢，您的回复已转给工作人员。
notice-muted = 🔕 好的，您将不再收到{ $kind ->
        [activity] 活动通知
        [policy] 政策通知
        [greeting] 节日问候
       *[other] 服务通知
    }。紧急通知仍会送达。
notice-unmuted = 🔔 您将重新收到这类通知。
notice-answer =
    💬 社区工作人员{ $name }回复了您对“{ $notice }”的留言：
    { $text }
    您可以直接回复这条消息。
notice-reply-staff =
    ↩️ 对通知“{ $notice }”的回复
    来自 { $name }（{ $building }，{ $unit }）：
    { $text }
    回复这条消息即可答复对方。
notice-answer-sent = ✅ 已发送给 { $name }。
notice-preview-only = 这是预览：正式通知上的按钮才能使用。

## 编写（/broadcast）。

broadcast-ask-content = 📢 请写下通知内容。也可以发送图片或文件，并把文字写在说明里。
broadcast-need-content = 请用文字发送通知，或发送带说明文字的图片或文件。
broadcast-need-caption = 请把通知文字写在图片或文件的说明里。
broadcast-ask-kind = 这是哪类通知？紧急通知会立即发送（夜间也发），且不能被屏蔽。
btn-notice-kind-urgent = 🚨 紧急
btn-notice-kind-service = 🛠 服务
btn-notice-kind-activity = 🎈 活动
btn-notice-kind-policy = 📜 政策
btn-notice-kind-greeting = 🎉 节日问候
broadcast-ask-audience = 发给谁？
btn-notice-to-everyone = 🏘 全体居民
btn-notice-to-buildings = 🏠 部分楼栋或网格
btn-notice-to-volunteers = 🙋 志愿者
btn-notice-to-staff = 🧑‍💼 工作人员
btn-notice-to-event = 📅 某活动的报名者
btn-notice-to-language = 🌐 某种语言的居民
broadcast-ask-buildings = 请逐个选择楼栋或网格，然后按“完成”。已选：{ $chosen }
broadcast-grid = 网格 { $grid }
broadcast-ask-event = 哪个活动的报名者？
broadcast-no-events = 目前没有即将举行的活动，请选择其他对象。
broadcast-ask-language = 哪种语言的居民？
btn-language-en = English
btn-language-zh-hans = 简体中文
btn-language-zh-hant = 繁體中文
broadcast-preview-count =
    👆 这就是居民将看到的通知。
    将发送给 { $count } 人。{ $quiet ->
        [yes] 现在是免打扰时段：将等到 { $until } 再发。
       *[no] {""}
    }
btn-notice-send = 📤 立即发送
btn-notice-send-at = 📤 { $time } 发送
btn-notice-schedule = 🕒 定时发送
broadcast-ask-when = 什么时候发送？例如“明天上午9点”、“tomorrow 9:00”、“2026-12-05 14:00”；重复的通知可写“每月第一个周五上午9点”、“every Monday 9:00”。
broadcast-scheduled = 🕒 已定于 { $when } 发送。可在 /broadcasts 查看。
broadcast-recurring = 🔁 已设置：{ $rule }；首次在 { $when }。可在 /broadcasts 停止。
broadcast-form-closed = 这个通知表单已关闭。请用 /broadcast 重新开始。
error-notice-no-targets = 请先选择通知发给谁。
error-notice-when = 抱歉，没看懂这个时间。请试试“明天上午9点”或“tomorrow 9:00”。
error-notice-over = 这条通知已经结束。
error-notice-urgent-mute = 紧急通知不能屏蔽。
error-notice-unreachable = { $name } 已屏蔽机器人，请用其他方式联系。
error-quiet-hours = 请按“22:00-07:00”的格式填写免打扰时段（“0-0”表示关闭）。

## 进度、报告与列表。

broadcast-progress =
    📤 正在发送“{ $notice }”
    ✅ 已发送：{ $sent } / { $total }
    🚫 无法送达：{ $unreachable } · ⚠️ 失败：{ $failed }
    { $held ->
        [none] ⏳ 约剩 { $minutes } 分钟
       *[other] 🌙 等待免打扰时段结束：{ $held }
    }
broadcast-report =
    📊 “{ $notice }”的发送报告{ $cancelled ->
        [0] {""}
       *[other] （已取消：{ $cancelled } 条未发送）
    }
    ✅ 已送达：{ $sent } / { $total }
    🚫 无法送达（已屏蔽机器人）：{ $unreachable }
    ⚠️ 多次重试后失败：{ $failed }
broadcast-sending = 📤 正在发送。进度见下方，可在那里取消。
broadcast-held = 🌙 现在是免打扰时段，将在 { $time } 发出。进度见下方，发出前可在那里取消。
btn-notice-stop = ✖️ 取消发送
broadcast-stopping = ✖️ 正在取消：尚未发出的将不再发送。
broadcasts-title = 🗞 通知
broadcasts-recent = 最近：
broadcasts-planned = 预定：
broadcasts-none = 还没有通知。用 /broadcast 发送一条。
broadcasts-line = • { $when } · “{ $notice }” · { $status ->
        [sending] 发送中
        [cancelled] 已取消
       *[other] 已完成
    } · ✅ { $sent }/{ $total } · 🚫 { $unreachable } · ⚠️ { $failed } · ↩️ { $replies }
broadcasts-planned-line = • { $when } · “{ $notice }”{ $rule ->
        [none] {""}
       *[other] { " " }· 🔁 { $rule }
    }
btn-notice-unreachable = 🚫 无法送达的人
broadcast-cancelled = ✖️ 通知“{ $notice }”已取消。
broadcast-stopped = ✖️ 重复通知“{ $notice }”已停止。
broadcasts-unreachable = 🚫 以下居民已屏蔽机器人，收不到通知：{ $names }
broadcasts-unreachable-none = 🚫 没有人屏蔽机器人。
repeat-rule = { $freq ->
        [daily] 每天
        [weekly] 每{ $weekday ->
            [0] 周一
            [1] 周二
            [2] 周三
            [3] 周四
            [4] 周五
            [5] 周六
           *[6] 周日
        }
       *[monthly] { $nth ->
            [0] 每月{ $day }日
            [1] 每月第一个{ repeat-weekday }
            [2] 每月第二个{ repeat-weekday }
            [3] 每月第三个{ repeat-weekday }
            [4] 每月第四个{ repeat-weekday }
           *[other] 每月最后一个{ repeat-weekday }
        }
    } { $time }
repeat-weekday = { $weekday ->
        [0] 周一
        [1] 周二
        [2] 周三
        [3] 周四
        [4] 周五
        [5] 周六
       *[6] 周日
    }

## 免打扰时段（管理员）。

quiet-hours-ask = 🌙 当前免打扰时段为 { $hours }：其间发出的普通通知会等到时段结束，紧急通知立即发送。请输入新的时段，如“22:00-07:00”，或输入“0-0”关闭。
quiet-hours-set = 🌙 免打扰时段已改为 { $hours }。
quiet-hours-off = 关闭
