## 工作人员服务台：工单按钮、答复、转交、办结、待办列表、代居民登记。

desk-you-own = ✋ 您已成为 { $number } 的负责人，已通知居民。
desk-prompt-reply = { $who }，请写下给居民关于 { $number } 的答复。（请回复本条消息；发送 /cancel 可取消。）
desk-prompt-ask = { $who }，关于 { $number } 需要向居民询问什么？诉求将等待居民回复。（请回复本条消息；发送 /cancel 可取消。）
desk-prompt-note = { $who }，请写下 { $number } 的内部备注，居民看不到。（请回复本条消息；发送 /cancel 可取消。）
desk-prompt-resolve = { $who }，{ $number } 办理了什么？之后会请居民确认是否解决。（请回复本条消息；发送 /cancel 可取消。）
desk-prompt-refer-who = { $who }，{ $number } 应由哪个单位负责？例如物业公司或街道办事处。（请回复本条消息；发送 /cancel 可取消。）
desk-prompt-refer-how = { $who }，居民怎样联系他们？请写电话、地址或办公时间。（请回复本条消息；发送 /cancel 可取消。）
desk-done-reply = ✅ 您对 { $number } 的答复已发给居民。
desk-done-ask = ✅ 您对 { $number } 的询问已发出，诉求等待居民回复。
desk-done-note = 📝 已为 { $number } 添加备注。
desk-done-resolve = ✅ { $number } 已标记为办结，正在请居民确认是否解决。
desk-done-refer = ℹ️ { $number } 已转介给 { $who }，已告诉居民联系方式。
desk-close-menu = { $number } 要怎样办结？
desk-handover-menu = { $number } 转交给谁办理？您仍是负责人。
desk-handover-nobody = 目前没有其他工作人员可以接手 { $number }。
desk-handed = 🔁 { $number } 已转交 { $name } 办理。您仍是负责人，会看到每一步进展。
btn-resolve = ✅ 已办结：请居民确认
btn-refer = ↪️ 非社区事务：转介
btn-card-back = ⬅️ 返回

desk-queue-title = 📥 { $filter ->
    [mine] 我负责的未办结诉求
    [untaken] 无人受理的诉求
    [overdue] 已超时的诉求
   *[all] 全部未办结诉求
}：{ $count } 件。超时的（⏰）排在前面，点击可打开。
desk-queue-empty = 📥 { $filter ->
    [mine] 您没有未办结的诉求。
    [untaken] 所有诉求都已有人受理。
    [overdue] 没有超时的诉求，辛苦了！
   *[all] 目前没有未办结的诉求。
}
desk-queue-page = 第 { $page } / { $pages } 页：第 { $first }–{ $last } 件。
desk-queue-line = { $overdue ->
    [yes] ⏰ {""}
   *[no] {""}
}{ $number } · { category-name } · { staff-status-name } · { $owner }
btn-q-all = 全部
btn-q-mine = 我的
btn-q-untaken = 未受理
btn-q-overdue = ⏰ 已超时
btn-q-previous = ◀️ 上一页
btn-q-next = 下一页 ▶️

desk-timeline-title = 办理记录（🔒 为内部记录，居民看不到）：
desk-timeline-line = { $internal ->
    [yes] 🔒 {""}
   *[no] {""}
}{ $time } · { $kind ->
    [created] 📝 { $who } 提交了诉求
    [taken] ✋ { $who } 受理
    [staff_reply] 💬 { $who }：{ $text }
    [resident_reply] 🗣 { $who }：{ $text }
    [note] 📝 { $who } 备注：{ $text }
    [handover] 🔁 { $who } 转交给 { $text }
    [resolved] ✅ { $who }：{ $text }
    [status] ℹ️ { $who }：{ staff-status-name }
    [rating] ⭐ 评分 { $text }/5
   *[escalated] ⏰ 超时未答复，已提醒工作人员和管理员
}

desk-proxy-ask-name = ☎️ 为不用 Telegram 的居民登记诉求。请问居民的姓名？
desk-proxy-ask-building = 居民住在哪一栋？
desk-proxy-ask-building-free = 居民住在哪一栋？（请输入楼栋名称或号码）
desk-proxy-ask-unit = 单元门牌是多少？例如 2-301。
desk-proxy-ask-phone = 居民的电话是多少？您需要打电话告诉他/她办理结果。
desk-proxy-phone-invalid = 请输入带数字的电话号码，例如 138 0000 0000。
desk-proxy-ask-category = 是关于什么的？请在下方选择。
desk-proxy-use-buttons = 请用上方按钮选择诉求类别。
desk-proxy-category-chosen = ☎️ 代居民登记：{ category-name }
desk-proxy-ask-description = 居民需要什么帮助？请简单写几句。
desk-proxy-summary =
    请核对代居民登记的诉求：
    { $name }，楼栋 { $building }，单元 { $unit }，电话 { $phone }
    { category-name }
    { $description }
    点“✅ 确认”提交，您将成为负责人。
desk-proxy-filed = ✅ 已为 { $name } 登记，编号 { $number }。由您负责：请打电话 { $phone } 告诉居民办理结果。
desk-proxy-already = ✅ 这件诉求已经登记过了，编号 { $number }。
desk-proxy-closed = 这个表单已关闭。请点“☎️ 代居民登记”重新开始。
