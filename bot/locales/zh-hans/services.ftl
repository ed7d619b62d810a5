## 服务层写出的文字：通知、工单卡片、错误提示。

category-name = { $category ->
    [repairs] 🔧 维修
    [sanitation] 🧹 环境卫生
    [neighbours] 🔊 噪音与邻里
    [security] 🛡 治安安全
    [paperwork] 📄 证件代办
    [elderly] 🧓 助老助残
    [other] 💬 其他
   *[custom] { $category_label }
}

status-name = { $status ->
    [new] 新提交
    [taken] 已受理
    [in_progress] 处理中
    [waiting] 等待您回复
    [resolved] 已办结，等待您确认
    [closed] 已关闭
    [referred] 已转介
    [withdrawn] 已撤回
   *[reopened] 已重新打开
}

staff-status-name = { $status ->
    [new] 新提交，尚无人受理
    [taken] 已受理
    [in_progress] 处理中
    [waiting] 等待居民回复
    [resolved] 已办结，等待居民确认
    [closed] 已关闭
    [referred] 已转介
    [withdrawn] 居民已撤回
   *[reopened] 居民反馈未解决，已重新打开
}

staff-card =
    { $overdue ->
        [yes] ⏰ 已超时 · { $number } · { category-name }
       *[no] { $status ->
            [new] 🆕
           *[other] 📌
        } { $number } · { category-name }
    }
    状态：{ staff-status-name }
    居民：{ $name }，楼栋 { $building }，单元 { $unit }，电话 { $phone }{ $proxy ->
        [yes] {""}（未使用 Telegram，请电话联系）
       *[no] {""}
    }
    { $description }{ $voice ->
        [yes] {""} 🎤 语音见下条
       *[no] {""}
    }{ $photos ->
        [0] {""}
       *[other] {""} 📷 照片 { $photos } 张见下条
    }
    位置：{ $location }
    负责人：{ $owner } · 经办人：{ $handler }{ $metoo ->
        [0] {""}
       *[other] {""} · 🙋 另有 { $metoo } 户邻居遇到同样的问题
    }

staff-overdue =
    ⏰ 超过首次响应时限仍未答复，请尽快受理。
    { staff-card }

btn-take = ✋ 受理
btn-reply = 💬 回复
btn-ask = ❓ 询问居民
btn-note = 📝 备注
btn-handover = 🔁 转交
btn-close = ✅ 办结
btn-answer = 💬 回复
btn-solved-yes = 👍 已解决
btn-solved-no = 👎 还没解决

request-taken = 您的诉求 { $number } 已由 { $staff } 受理，会随时告诉您进展。
request-staff-reply =
    💬 { $staff } 关于 { $number } 的回复：
    { $text }
request-question =
    ❓ { $staff } 需要您补充 { $number } 的情况：
    { $text }
request-resolved =
    ✅ 您的诉求 { $number } 已办结：
    { $text }

    问题解决了吗？如果 { $days } 天内没有回复，我们将关闭此诉求。
request-referred =
    ℹ️ 您的诉求 { $number } 不属于社区办理范围。
    责任单位：{ $who }
    联系方式：{ $contact }
request-autoclosed = 您的诉求 { $number } 在 7 天内未收到回复，已自动关闭。谢谢！

staff-joined = 👥 { $name } 已成为社区工作人员。
staff-removed-you = 您已不再是社区工作人员。
staff-resident-reply =
    💬 { $name } 关于 { $number }：
    { $text }
staff-withdrawn = ↩️ { $name } 撤回了诉求 { $number }。
staff-reopened = 🔁 { $name } 表示诉求 { $number } 还没有解决，已重新打开。
staff-rated = ⭐ { $number } 获得评分 { $stars }/5。
staff-handed-to-you =
    🔁 { $staff } 把这件诉求转交给您办理，他/她仍是负责人，会看到您的每一步。
    { staff-card }
staff-fyi-reply = ℹ️ { $staff } 已答复 { $number } 的居民：{ $text }
staff-fyi-note = 📝 { $staff } 在 { $number } 上备注：{ $text }
staff-fyi-handover = ℹ️ { $staff } 已把 { $number } 转交给 { $to }。
staff-fyi-resolved = ✅ { $staff } 已办结 { $number }：{ $text }
staff-fyi-referred = ℹ️ { $staff } 已将 { $number } 转介给 { $who }。
staff-error-alert = ⚠️ 处理 { $who } 的消息时出错，详情已记入日志（{ $error }）。

error-generic = 抱歉，操作没有成功，请再试一次。
error-not-allowed = 抱歉，只有社区工作人员可以这样操作。
error-not-found = 抱歉，找不到这条内容了。
error-not-registered = 请先登记：点击 /start。
error-conflict = 情况已有变化，请重新查看。
error-already-taken = { $number } 已由 { $owner } 受理。
error-already-yours = { $number } 已经是您负责的了。
error-invalid = 抱歉，无法使用这个内容。
error-name-length = 请输入 1 到 { $max } 个字的姓名。
error-unit-length = 请输入 1 到 { $max } 个字的单元门牌，例如 2-301。
error-unknown-building = 请点选下方按钮中的楼栋。
error-invite-invalid = 该邀请链接已被使用或已过期，请重新索取。
error-label-length = 请使用 1 到 { $max } 个字。
error-building-exists = 该楼栋已在列表中。
error-category-exists = 该类别已存在。
error-hours-range = 请输入 1 到 { $max } 之间的小时数。
error-text-empty = 请写几句话。
error-text-long = 内容太长了，请控制在 { $max } 个字以内。
error-unknown-category = 请点选下方按钮中的类别。
error-request-closed = { $number } 已经关闭。
error-not-awaiting-answer = { $number } 目前不需要您确认。
error-already-rated = 您已经评价过了，谢谢！
error-not-owner = 此诉求由 { $owner } 负责，请让其转交给您。
error-not-staff = 请选择一位工作人员。
error-referral-incomplete = 请写明责任单位和联系方式。
error-proxy-incomplete = 请填写居民姓名和电话。
