## 微心愿：居民、工作人员、帮办人、错误提示。

wish-category = { $category ->
        [study] 📚 学习
        [daily] 🧺 生活所需
        [company] 🫖 陪伴探访
        [repairs] 🔧 维修
        [health] 🩺 健康
       *[other] ✨ 其他
    }
wish-status = { $status ->
        [review] ⏳ 等待审核
        [published] 📣 已发布
        [claimed] 🤝 已有人认领
        [on_way] 🚶 正在办理
        [done] 📦 已完成，等您确认
        [fulfilled] 🌟 已实现
        [declined] ❌ 未通过
        [withdrawn] 🚪 已撤回
       *[expired] ⌛ 已过期
    }
wish-by-when = { $by_when ->
        [none] 不限日期
       *[other] { $by_when } 前
    }
wish-body =
    { wish-category }
    { $text }
    🗓 { wish-by-when }{ $building ->
        [none] {""}
       *[other] {"\u000A"}🏢 { $building }
    }

## 稍后发送的消息（发件箱）。

wish-staff-review =
    🌟 新心愿 { $number } 待审核
    { wish-category }
    { $text }
    🎤 语音：{ $voice } · 📷 照片：{ $photo }
    🗓 { wish-by-when }
    👤 { $name } · 🏢 { $building } · 🚪 { $unit } · 📞 { $phone }
    向帮办人显示楼栋：{ $show_building }{ $consent ->
        [none] {""}
       *[other] {"\u000A"}📝 工作人员代填；同意情况：{ $consent }
    }
wish-staff-withdrawn = 🚪 心愿 { $number } 已被居民撤回。
wish-staff-claimed = 🤝 心愿 { $number } 已由 { $helper } 认领。{ $arrange ->
        [yes] {" "}工作人员负责安排见面：请联系帮办人。
       *[other] {""}
    }
wish-staff-released = ↩️ { $helper } 退回了心愿 { $number }，它已重新上架。
wish-staff-stalled = ⌛ 心愿 { $number } 提醒后仍无进展，已从 { $helper } 处收回，重新上架。
wish-staff-fulfilled = 🌟 心愿 { $number } 已实现（帮办人获得 { $points } 积分）。
wish-staff-confirm = 📦 帮办人说 { $name } 的心愿 { $number } 已完成{ $photo ->
        [yes] {" "}（附照片）
       *[other] {""}
    }。{ $name } 没有 Telegram：请与其核实后回答。
wish-published = 📣 您的心愿 { $number } 已发布。帮办人现在可以看到它（看不到您的姓名和门牌）。
wish-declined = ❌ 您的心愿 { $number } 未通过。原因：{ $reason }
wish-claimed = 🤝 好消息：已有帮办人认领您的心愿 { $number }。
wish-on-way = 🚶 您的心愿 { $number } 正在办理中。
wish-done = 📦 帮办人说您的心愿 { $number } 已经实现。您收到了吗？
wish-expired = ⌛ 您的心愿 { $number } 已过期：在帮办人认领之前日期已过。
wish-announce =
    🌟 新心愿 { $number } 等待帮办人
    { wish-body }
wish-helper-not-yet = ⏳ 居民还没有收到心愿 { $number }。状态已改回“正在办理”：请核实，完成后再报告。
wish-helper-fulfilled = 🌟 心愿 { $number } 已实现：居民已确认。您获得 { $points } 爱心积分。谢谢您！
wish-helper-thanks = 💌 心愿 { $number } 的感谢：{ $text }
wish-helper-stall-reminder = ⏰ 心愿 { $number } 已有一段时间没有进展。有消息时请按“🚶 正在办理”或“📦 已完成”，或者退回。{ $days } 天内没有消息，它将重新上架。
wish-helper-released = ↩️ 心愿 { $number } 提醒后没有消息，已重新上架，由其他帮办人接手。感谢您的付出。

## 按钮。

btn-wish-open = 🌟 查看
btn-wish-received = ✅ 已收到
btn-wish-not-yet = ⏳ 还没有
btn-wish-approve = ✅ 通过
btn-wish-edit = ✏️ 修改
btn-wish-decline = ❌ 不通过
btn-wish-media = 📎 照片或语音
btn-wish-type-handover = ✍️ 填写帮办人获得的信息
btn-wish-staff-arranges = 🏢 由工作人员安排
btn-wish-claim = 🤝 认领
btn-wish-claim-for = 🤝 代表 { $partner } 认领
btn-wish-on-way = 🚶 正在办理
btn-wish-done = 📦 已完成
btn-wish-release = ↩️ 退回
btn-wish-withdraw = 🚪 撤回
btn-wish-thank = 💌 发送感谢
btn-wish-export = 📊 导出
btn-wish-partners = 🏢 共建单位
btn-partner-add = ➕ 添加共建单位
btn-partner-remove = 🗑 移除
btn-wish-no-date = 不限日期
btn-wish-show-building = 可以，显示我的楼栋
btn-wish-hide-building = 不，保密

## 菜单和命令。

menu-wish = 🌟 许个心愿
menu-my-wishes = 🌟 我的心愿
menu-wishes = 🤝 认领心愿
menu-wish-desk = 🌟 心愿台
cmd-wish = 许一个微心愿
cmd-mywishes = 我的心愿及进展
cmd-wishes = 等待帮办的心愿
cmd-wishdesk = 心愿：审核、概览、导出
cmd-proxywish = 为没有 Telegram 的居民登记心愿
cmd-partners = 共建单位
cmd-wishpoints = 各类心愿的积分
cmd-wishstall = 认领无进展几天后提醒

## 居民：表单和我的心愿。

wish-ask-category = 🌟 您的心愿是关于什么的？请点选：
wish-category-chosen = 您的心愿：{ wish-category }
wish-ask-text = 请用几句话写下您的心愿，或发送语音。
wish-type-or-voice = 请写下您的心愿，或发送语音。
wish-ask-photo = 您可以发送一张照片（只有工作人员能看到），或按“跳过”。
wish-photo-or-skip = 请发送照片，或按“跳过”。
wish-ask-when = 最晚什么时候需要？请输入日期（例如 2025-06-30、下周五），或按“不限日期”。
wish-date-unreadable = 抱歉，看不懂这个日期。可以试试 2025-06-30，或按“不限日期”。
wish-ask-building = 可以让帮办人看到您的楼栋吗？他们永远看不到您的姓名、电话和门牌。
wish-building-use-buttons = 请按下面的按钮。
wish-summary =
    请核对您的心愿：
    { wish-category }
    { $text }{ $voice ->
        [yes] {"\u000A"}🎤（语音）
       *[other] {""}
    }
    📷 照片：{ $photo }
    🗓 { wish-by-when }
    🏢 向帮办人显示楼栋：{ $show_building }
wish-filed = ✅ 您的心愿 { $number } 已提交。工作人员会尽快审核，帮办人可以看到时我们会告诉您。
wish-already-sent = 您的心愿 { $number } 已经提交过了。
wish-form-closed = 这个表单已经关闭。
my-wishes-title = 🌟 您的心愿，点一个查看：
my-wishes-empty = 您还没有心愿。按“🌟 许个心愿”来许一个吧。
wish-line = { $number } · { wish-status }
wish-resident-card =
    🌟 心愿 { $number }
    { wish-status }
    { wish-category }
    { $text }
    🗓 { wish-by-when }{ $reason ->
        [none] {""}
       *[other] {"\u000A"}原因：{ $reason }
    }
wish-withdrawn = 🚪 心愿 { $number } 已撤回。
wish-confirmed = 🌟 太好了！心愿 { $number } 已实现。要给帮办人发一句感谢吗？
wish-not-yet-noted = ⏳ 谢谢。我们已告诉帮办人心愿 { $number } 还没有收到。
wish-ask-thanks = 💌 请写下您的感谢。帮办人只会看到这些话，看不到您的其他信息。
wish-thanks-sent = 💌 您的感谢已发给帮办人。

## 工作人员。

wish-approve-how = ✅ 通过心愿 { $number }。帮办人认领后能得到什么？请填写联系方式或见面地点，或由工作人员安排。
wish-prompt-handover = { $who }，{ $number } 的帮办人认领后得到什么（联系方式、见面地点）？请回复此消息。
wish-prompt-edit = { $who }，请写下帮办人将看到的 { $number } 新内容。请回复此消息。
wish-prompt-decline = { $who }，{ $number } 为什么不通过？居民会看到。请回复此消息。
wish-prompt-partner = { $who }，共建单位叫什么名字？请回复此消息。
wish-approved = 📣 心愿 { $number } 已发布；已通知 { $told } 位帮办人。
wish-edited = ✏️ { $number } 的内容已修改。
wish-declined-done = ❌ 心愿 { $number } 未通过；已告知居民原因。
wish-no-media = 这个心愿没有照片或语音。
wish-proxy-confirmed = ✅ 心愿 { $number } 已记录。
wish-desk =
    🌟 心愿台
    按状态：{ $statuses }
    按类别：{ $categories }
    认领 { $days } 天无进展即为停滞。
    每个实现的心愿积分：{ $points }
wish-desk-review = ⏳ 等待审核：
wish-desk-unclaimed = 📣 未认领，最早的在前：
wish-desk-stalled = ⌛ 停滞的认领：
wish-desk-line = { $number } · { wish-category } · { $text }
wish-desk-helper-line = { $number } · { $helper }
wish-desk-nothing = —
wish-partners = 🏢 共建单位（其成员代表单位认领心愿）：
wish-partners-empty = 🏢 还没有共建单位。
wish-partner-line = { $name } · { $members } 位成员
wish-partner-added = ✅ { $name } 已加入名单。
wish-partner-removed = 🗑 { $name } 已移出名单。
wish-partner-link = 🔗 { $name } 新成员的一次性链接（7 天内有效）：{ $link }
wish-partner-joined = 🏢 欢迎：您现在代表 { $name }。按“🤝 认领心愿”或发送 /wishes 查看等待帮办的心愿。
wish-points-usage = 请发送 /wishpoints 加类别和数字，例如：/wishpoints study 15。类别：study、daily、company、repairs、health、other。
wish-points-set = ✅ 实现一个{ wish-category }心愿现在获得 { $points } 积分。
wish-stall-usage = 请发送 /wishstall 加天数，例如：/wishstall 7。
wish-stall-set = ✅ 认领 { $days } 天无进展将收到提醒。
wish-proxy-ask-name = 🌟 为没有 Telegram 的居民登记心愿。居民姓名？
wish-proxy-ask-building = 住在哪栋楼？
wish-proxy-ask-unit = 哪个单元门牌？
wish-proxy-ask-phone = 电话号码？
wish-proxy-phone-invalid = 电话号码需要有数字。
wish-proxy-ask-consent = 居民如何同意分享这个心愿（谁、何时、怎样）？此记录只给工作人员看。
wish-proxy-ask-category = 心愿是关于什么的？
wish-proxy-ask-text = 居民的心愿是什么？
wish-proxy-summary =
    请核对 { $name }（{ $building }，{ $unit }，{ $phone }）的心愿：
    { wish-category }
    { $text }
    📝 同意情况：{ $consent }
wish-proxy-filed = ✅ { $name } 的心愿 { $number } 已登记，等待审核。

## 帮办人。

wishes-title = 🤝 等待帮办的心愿（日期最近的在前）：
wishes-empty = 现在没有等待帮办的心愿。谢谢您的关注！
wishes-mine-title = 您认领的：
wishes-board-line = { $number } · { wish-category } · { wish-by-when }
wishes-mine-line = { $number } · { wish-status }
wish-public-card =
    🌟 心愿 { $number }
    { wish-body }
wish-helper-card =
    🌟 心愿 { $number }：由您认领{ $partner ->
        [none] {""}
       *[other] {" "}（代表 { $partner }）
    }
    { wish-status }
    { wish-body }
    { $arrange ->
        [yes] 🏢 工作人员会联系您安排。
       *[other] 📍 { $handover }
    }
wish-you-claimed = 🤝 心愿 { $number } 由您认领。谢谢您！
wish-on-way-noted = 🚶 已记录：心愿 { $number } 正在办理。
wish-ask-done-photo = 📦 请发送一张心愿实现的照片，或按“跳过”。
wish-done-noted = 📦 谢谢！我们已请居民确认心愿是否实现。
wish-released = ↩️ 心愿 { $number } 已重新上架。
wish-xlsx-sheet = 心愿
wish-col-number = 编号
wish-col-status = 状态
wish-col-category = 类别
wish-col-text = 心愿
wish-col-by-when = 截止日期
wish-col-resident = 居民
wish-col-building = 楼栋
wish-col-unit = 门牌
wish-col-phone = 电话
wish-col-helper = 帮办人
wish-col-filed = 提交时间
wish-col-fulfilled = 实现时间
wish-col-points = 积分

## 错误提示。

error-wish-not-found = 找不到这个心愿。
error-wish-date-past = 这个日期已经过去了。请填写将来的日期，或按“不限日期”。
error-wish-not-withdrawable = 心愿 { $number } 已被认领，不能撤回。
error-wish-not-done = 心愿 { $number } 不在等待确认。
error-wish-own-claim = 这个心愿是您帮办的，需要由其他人确认。
error-wish-no-thanks = 无法发送心愿 { $number } 的感谢（已发送过，或尚未实现）。
error-wish-needs-text = 心愿 { $number } 只有语音：请先按“修改”写下文字。
error-wish-date-passed = 心愿 { $number } 的日期已过。
error-wish-reviewed = 心愿 { $number } 已经处理过了。
error-wish-proxy-incomplete = 需要填写姓名和同意情况。
error-wish-resident-confirms = 只有居民本人可以确认心愿 { $number }。
error-partner-exists = 名单上已有同名的共建单位。
error-partner-invite = 这个链接已被使用或已过期。请向工作人员索取新链接。
error-wish-helpers-only = 只有志愿者和共建单位可以认领心愿。
error-wish-gone = 心愿 { $number } 已不再等待帮办人。
error-wish-not-member = 您不代表这个单位。
error-wish-taken = 有人刚刚先认领了心愿 { $number }。仍然谢谢您！
error-wish-not-yours = 这个心愿不（再）由您认领。
error-wish-already-done = 心愿 { $number } 已经报告完成。
error-wish-category = 没有这个类别。类别有：study（学习）、daily（生活所需）、company（陪伴探访）、repairs（维修）、health（健康）、other（其他）。
mydata-wishes = 您的心愿（{ $count }）：
error-wish-own-wish = 这是您自己的心愿，会由其他帮办人认领。
wish-confirm-reminder = 📦 提醒：帮办人几天前报告您的心愿 { $number } 已完成。您收到了吗？
wish-staff-unconfirmed = 📦 { $name } 的心愿 { $number } 已报告完成，但尚未确认；请跟进一下。
wish-desk-open = 🔍 打开 { $number }
