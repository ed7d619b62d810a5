## 活动与报名：居民、工作人员、提醒、文件、错误。

event-when = { $date }（{ $weekday ->
        [0] 周一
        [1] 周二
        [2] 周三
        [3] 周四
        [4] 周五
        [5] 周六
       *[6] 周日
    }）{ $start }–{ $end }

## 稍后发送的消息（发件箱）。

event-announce =
    📣 新活动：{ $title }
    🕒 { event-when }
    📍 { $place }
    { $capacity ->
        [none] 👥 名额不限
       *[other] 👥 共 { $capacity } 个名额
    } · ✍️ 报名截止 { $deadline }
    点下方按钮查看详情并报名。
event-offer =
    🎉 { $title }（{ event-when }）有空出的名额给您！
    为您保留到 { $until }（{ $places } 个名额）。点“✅ 接受名额”即可报名成功；点“✖️ 不用了”让给下一位。
event-offer-expired = ⌛ { $title }（{ event-when }）为您保留的名额已过期，已让给下一位。您已不在候补名单中。
event-reminder =
    ⏰ 活动提醒：{ $title }
    🕒 { event-when }
    📍 { $place }
    您的签到码：{ $code }（{ $places } 个名额）。请在入场时出示。
event-moved =
    🕒 { $title } 时间有变，原定 { $old_date } { $old_start }。
    新时间：{ event-when }
    📍 { $place }
event-place-changed =
    📍 { $title }（{ event-when }）换了地点：{ $place }（原地点：{ $old_place }）。
event-cancelled = ❌ { $title }（{ event-when }）已取消，非常抱歉。

## 居民。

btn-event-open = 📅 查看
btn-event-sign-up = ✍️ 报名
btn-event-join-line = ⏳ 加入候补
btn-event-closed = 🔒 报名已截止
btn-event-accept = ✅ 接受名额
btn-event-decline = ✖️ 不用了
btn-event-cancel-place = ✖️ 取消报名
btn-event-leave-line = 🚪 退出候补
btn-event-calendar = 📅 加入日历
btn-event-qr = 🔳 我的签到二维码
btn-event-manage = ⚙️ 管理
btn-event-places = { $places } 个名额

events-title = 📅 近期活动，点一项查看并报名：
events-empty = 近期暂无活动，有活动时会通知您。
event-line = { $title } · { $date } { $start }{ $state ->
        [confirmed] {" "}· ✅
        [waiting] {" "}· ⏳
        [offered] {" "}· 🎉
        [full] {" "}· 已满
       *[other] {""}
    }
my-events-title = 🎟 您报名的活动，点一项查看：
my-events-empty = 您还没有报名任何活动。点“📅 社区活动”看看有什么。
event-card =
    📅 { $title }
    🕒 { event-when }
    📍 { $place }
    { $description }
    { $capacity ->
        [none] 👥 名额不限
       *[other] 👥 剩余名额：{ $left } / { $capacity }{ $waiting ->
            [0] {""}
           *[other] {" "}· { $waiting } 人候补
        }
    }
    ✍️ { $open ->
        [yes] 报名截止 { $deadline }
       *[no] 报名已于 { $deadline } 截止
    }{ $per_person ->
        [1] {""}
       *[other] {" "}· 每人最多 { $per_person } 个名额
    }
event-card-mine =
    { $status ->
        [confirmed] ✅ 您已报名（{ $places } 个名额）。签到码：{ $code }
        [offered] 🎉 有名额为您保留到 { $until }。
       *[waiting] ⏳ 您在候补名单第 { $position } 位。
    }
event-ask-places = 您需要几个名额？（最多 { $max } 个，可带家人。）
event-signed-up =
    ✅ 报名成功：{ $title }（{ $places } 个名额）。
    🕒 { event-when }
    📍 { $place }
    您的签到码是 { $code }，入场时请出示（或出示二维码）。活动开始前我们会提醒您。
event-waiting =
    ⏳ { $title } 名额已满，您已加入候补名单：第 { $position } 位。
    有名额空出时，我们会在这里通知您，您有 { $hours } 小时时间确认。
event-cancelled-place = 已取消您在 { $title } 的报名。谢谢告知，名额将让给下一位。
event-left-line = 您已退出 { $title } 的候补名单。
event-declined = 您已放弃 { $title } 的名额，谢谢，名额将让给下一位。
event-closed-alert = 该活动报名已于 { $deadline } 截止。
event-qr-caption = 🔳 { $title } 的签到码：{ $code }。入场时请出示。
event-ics-caption = 📅 打开此文件，即可把 { $title } 加入日历。
event-ics-alarm = { $title } 即将开始。
event-not-registered = 请先登记（只需一分钟），然后再点“报名”。
event-alert-place = ✅ 报名成功：{ $title }（{ $places } 个名额）。签到码：{ $code }。详情见聊天消息。
event-alert-waiting = ⏳ { $title } 名额已满：您在候补名单第 { $position } 位。有名额空出时会在这里通知您。
event-ask-cancel-mine = { $status ->
        [confirmed] 确定取消您在 { $title } 的报名吗？名额将让给下一位。
        [offered] 确定放弃 { $title } 为您保留的名额吗？名额将让给下一位。
       *[waiting] 确定退出 { $title } 的候补名单吗？
    }
btn-event-cancel-mine-yes = 是的
btn-event-cancel-mine-no = 不，保留

## 工作人员。

btn-event-roster = 👥 报名名单
btn-event-export = 📊 导出表格
btn-event-checkin = ✅ 现场签到
btn-event-poster = 🖼 海报二维码
btn-event-move = 🕒 修改时间
btn-event-place = 📍 修改地点
btn-event-capacity = 🔢 修改名额
btn-event-cancel = ❌ 取消活动
btn-event-cancel-yes = ❌ 确定取消
btn-event-cancel-no = 保留活动
btn-event-publish = 📣 发布
btn-event-unlimited = 不限
btn-event-until-start = 到活动开始
btn-event-everyone = 所有居民
btn-event-some-buildings = 部分楼栋
btn-event-volunteers = 志愿者
btn-event-default-reminders = 提前 24 小时和 2 小时
btn-event-no-reminders = 不提醒

event-staff-card =
    ⚙️ { $title }
    🕒 { event-when }
    📍 { $place }
    👥 已报名：{ $confirmed }（{ $capacity ->
        [none] 名额不限
       *[other] 共 { $capacity } 个名额
    }）· 保留中：{ $offered } · 候补：{ $waiting }
    ✅ 已签到：{ $attended } / { $coming }
    { $status ->
        [cancelled] ❌ 已取消
       *[other] ✍️ 报名截止 { $deadline }
    }
event-roster-title = 👥 { $title }（{ $date }）：{ $confirmed } 人报名，{ $waiting } 人候补
event-roster-coming = 已报名：
event-roster-offered = 名额保留中：
event-roster-waiting = 候补（按顺序）：
event-roster-line = { $number }. { $name } · 🏠 { $building } / { $unit } · 📞 { $phone } · 👥 { $places } · 🔑 { $code }{ $checked ->
        [yes] {" "}✅
       *[no] {""}
    }
event-roster-none = （无）
event-export-caption = 📊 { $title } 报名名单
event-poster-caption = 🖼 { $title } 海报二维码，扫码即可在机器人中打开活动：{ $link }
event-ask-checkin = ✅ { $title } 现场签到。居民到场时逐个输入签到码（或扫描二维码）。结束时点“✖️ 取消”。
event-checked-in = ✅ { $name } 签到成功（{ $places } 个名额），活动：{ $title }。已到 { $attended } / { $coming }。
event-checked-in-already = ☑️ { $name } 已经签到过了（{ $title }）。
checkin-usage = 请发送 /checkin 加签到码，例如 /checkin K7MX4Q；或打开活动点“✅ 现场签到”。
event-ask-move = 🕒 { $title } 改到什么时候开始？（原定 { event-when }）例如“6月1日下午2点”或“June 1 14:00”。
event-ask-place = 📍 { $title } 改到哪里举行？（现在：{ $place }）
event-ask-capacity = 🔢 { $title } 现在设多少个名额？（已占用 { $taken } 个）请输入数字，或点“不限”。
event-changed = ✅ 已保存，已通知所有报名的居民。
event-capacity-changed = ✅ 已保存，新增名额会依次给候补的居民。
event-ask-cancel = 确定取消 { $title }（{ event-when }）吗？所有报名的居民都会收到通知。
event-cancel-done = ❌ { $title } 已取消，已通知 { $told } 人。
event-cancel-kept = { $title } 照常举行。

## 工作人员：新建活动表单。

newevent-ask-title = 📅 新建活动。活动名称是什么？（例如“义诊”）
newevent-ask-description = 简单介绍一下（带什么、适合谁）。也可以点“跳过”。
newevent-ask-start = 🕒 什么时候开始？例如“明天下午3点”“6月1日下午2点”“下周六上午9点”“June 1 14:00”。
newevent-ask-end = 开始时间：{ $start }。什么时候结束？（输入“下午4点”或“16:00”即可。）
newevent-ask-place = 📍 在哪里举行？
newevent-ask-capacity = 👥 有多少个名额？请输入数字，或点“不限”。
newevent-ask-deadline = ✍️ 报名截止到什么时候？请输入时间，或点“到活动开始”。
newevent-ask-audience = 哪些人可以报名？
newevent-ask-buildings = 请逐个点选可以报名的楼栋，然后点“✅ 完成”。已选：{ $chosen }
newevent-ask-per-person = 每位居民最多可报几个名额（例如带一位家人就是 2）？
newevent-ask-reminders = ⏰ 什么时候提醒大家？点按钮，或输入提前的小时数，例如“48, 3”。
newevent-ask-photo = 🖼 发一张活动照片或海报，或点“跳过”。
newevent-preview =
    请核对活动信息：
    📅 { $title }
    🕒 { event-when }
    📍 { $place }
    { $description }
    👥 { $capacity ->
        [none] 名额不限
       *[other] 共 { $capacity } 个名额
    } · 每人最多 { $per_person } 个
    ✍️ 报名截止 { $deadline }
    🙋 { $audience ->
        [buildings] 楼栋：{ $buildings }
        [volunteers] 志愿者
       *[all] 所有居民
    }
    ⏰ 提醒：{ $reminders }
    点“📣 发布”即发布并通知{ $audience ->
        [buildings] 这些楼栋的居民
        [volunteers] 志愿者
       *[all] 所有居民
    }。
newevent-reminders-none = 不提醒
newevent-published = 📣 已发布！正在通知 { $told } 人。
newevent-manage = ⚙️ 在这里管理 { $title }，以后也可以从“📅 社区活动”进入：
newevent-form-closed = 此表单已关闭，请发送 /newevent 重新开始。

## 表格。

xlsx-sheet = 报名名单
xlsx-col-number = 序号
xlsx-col-status = 状态
xlsx-col-name = 姓名
xlsx-col-building = 楼栋
xlsx-col-unit = 门牌
xlsx-col-phone = 电话
xlsx-col-places = 名额
xlsx-col-code = 签到码
xlsx-col-signed-up = 报名时间
xlsx-col-checked-in = 签到时间
event-signup-status = { $status ->
        [confirmed] 已报名
        [offered] 保留中
        [waiting] 候补
       *[other] { $status }
    }

## 错误。

error-event-not-found = 抱歉，找不到这个活动。
error-event-cancelled = { $title } 已取消。
error-signup-closed = 该活动报名已于 { $deadline } 截止。
error-event-not-for-you = 抱歉，该活动只面向特定居民。
error-event-places = 请选择 1 到 { $max } 个名额。
error-event-not-signed = 您没有报名 { $title }。
error-event-started = { $title } 已经开始了。
error-offer-gone = { $title } 的保留名额已失效。
error-event-date = 抱歉，没看懂这个时间。请这样写：“6月1日下午2点”或“June 1 14:00”。
error-event-date-past = 这个时间已经过去了，请输入 { $after } 之后的时间。
error-event-end = 结束时间必须晚于开始时间（{ $start }）。
error-event-deadline = 报名截止时间必须在现在之后、活动开始（{ $start }）之前。
error-number-range = 请输入 { $low } 到 { $high } 之间的数字。
error-event-no-buildings = 请至少选择一个楼栋。
error-event-reminders = 请输入最多 5 个小时数，每个在 1 到 { $max } 之间，例如“24, 2”。
error-capacity-below = 已有 { $taken } 个名额被占用，请至少输入这个数。
error-code-unknown = 没有找到签到码为 { $code } 的有效报名，请核对。
error-code-other-event = 这个签到码属于另一个活动：{ $title }。
