## 居民诉求：提交诉求的表单、“我的诉求”、补充、撤回、评价。

request-ask-category = 📝 请问是哪方面的事情？请在下方选择。
request-category-chosen = 📝 新诉求：{ category-name }
request-use-buttons = 请点上方的按钮选择类别。
request-ask-description = 请简单说说发生了什么。也可以发一段语音 🎤。
request-type-or-voice = 请输入几句话，或发一段语音 🎤。（这里无法使用贴纸或图片，下一步可以添加照片。）
request-ask-extras = 需要添加照片（最多 { $max } 张）或发送位置吗？准备好后请点“✅ 完成”。
request-extras-hint = 您可以发送照片或位置。准备好后请点“✅ 完成”。
request-photo-added = 📷 已添加第 { $count } 张照片（最多 { $max } 张）。
request-photos-full = 已经添加了 { $max } 张照片，不能再多了。请点“✅ 完成”继续。
request-location-added = 📍 已添加位置。
request-summary =
    请核对您的诉求：
    { category-name }
    { $description }
    📷 照片：{ $photos } 张 · 📍 位置：{ $location ->
        [yes] 已发送
       *[no] 未发送
    }
    请点“✅ 确认”提交给社区。
request-voice-note = 🎤 语音留言
request-filed =
    ✅ 谢谢！您的诉求编号是 { $number }。
    社区会在 { $hours } 小时内答复您。可以在“📋 我的诉求”里查看进展。
request-already-sent = ✅ 这条诉求已经提交过了，编号 { $number }。可以在“📋 我的诉求”里查看进展。
request-form-closed = 这张表单已经关闭了。请点“📝 我要反映”重新开始。
btn-share-location = 📍 发送位置

my-requests-empty = 您还没有提交过诉求。有需要时请点“📝 我要反映”。
my-requests-title = 📋 您的诉求。点一条查看办理情况：
my-request-line = { $number } · { category-name } · { status-name }
request-view =
    { $number } · { category-name }
    状态：{ status-name }
    { $description }
request-view-history = 办理经过：
timeline-created = { $time } · 📝 您提交了诉求
timeline-taken = { $time } · ✋ { $who } 负责办理
timeline-staff-reply = { $time } · 💬 { $who }：{ $text }
timeline-resident-reply = { $time } · 🗣 您：{ $text }
timeline-status = { $time } · ℹ️ { status-name }
timeline-resolved = { $time } · ✅ { $who }：{ $text }
timeline-rating = { $time } · ⭐ 您的评价：{ $stars } 分（满分 5 分）
btn-add-info = 💬 补充情况
btn-withdraw = ↩️ 撤回
btn-my-requests = 📋 我的诉求
btn-withdraw-yes = ↩️ 确认撤回
btn-withdraw-no = 不撤回
withdraw-ask = 确定要撤回 { $number } 吗？撤回后社区将停止办理。
withdraw-done = ↩️ { $number } 已撤回，已通知社区。
withdraw-kept = 👍 { $number } 继续办理。

reply-ask = 💬 关于 { $number }，您想补充什么？请输入文字，或发送照片。
reply-type-or-photo = 请输入几句话，或发送照片。（这里无法使用贴纸或语音。）
reply-sent = ✅ 已发送，负责 { $number } 的工作人员会看到。

solved-rate = 👍 谢谢！{ $number } 已关闭。您对这次办理满意吗？请打分：
solved-reopened = 🔁 抱歉还没解决。{ $number } 已重新打开，并已通知工作人员。
rate-thanks = ⭐ 谢谢您的评价：{ $stars } 分（满分 5 分）！
